"""Scrapy benchmark: a crawl of 1,000 local pages with and without newsclean's pipeline.

    python benchmarks/scrapy_crawl.py                   # 1,000 text pages, 5 rounds
    python benchmarks/scrapy_crawl.py --html            # HTML pages, cleaned with clean_html
    python benchmarks/scrapy_crawl.py --pages 200 --rounds 3

Needs ``pip install -e '.[scrapy]'``. A server on 127.0.0.1 (http.server, in a thread of
this process) serves an index page linking to ``--pages`` pages made from the golden
corpus's texts, repeated with distinct URLs (as text/plain, or with ``--html`` as simple
HTML pages, ``<article>`` and a ``<p>`` per line). Each crawl is a fresh process running
a spider that follows every link and yields ``{"url", "text"}`` (or ``{"url", "html"}``)
per page to a JSON-lines feed, with Scrapy's default concurrency and ``LOG_LEVEL=INFO``;
``with`` turns on ``newsclean.integrations.scrapy.CleanPipeline`` on that field, and
``without`` runs the same crawl with no pipeline. The two alternate in each round (the
order flips from round to round), and the medians are reported:

- ``process``: the crawl process's wall time, start-up and imports included;
- ``crawl``: Scrapy's ``elapsed_time_seconds``, from the spider's opening to its closing;
- ``cleaning``: the pipeline's own time inside the crawl (``newsclean/cleaning_seconds``);
- the pipeline's share of the crawl: ``(crawl with - crawl without) / crawl with``, and
  of the process's wall time likewise.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PIPELINE = "newsclean.integrations.scrapy.CleanPipeline"


# -- the local site ---------------------------------------------------------------------


def make_pages(count: int, as_html: bool) -> dict[str, tuple[str, bytes]]:
    """The index and ``count`` pages: the corpus's texts in turn, each at its own URL."""
    from newsclean.evaluate import load_cases

    texts = [case.raw for case in load_cases(ROOT / "corpus")]
    found: dict[str, tuple[str, bytes]] = {}
    links = []
    for number in range(count):
        text = texts[number % len(texts)]
        path = f"/news/{number:05d}"
        links.append(f'<li><a href="{path}">{number}</a></li>')
        if as_html:
            lines = [line.strip() for line in text.split("\n") if line.strip()]
            body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
            page = (
                f'<html><head><meta charset="utf-8"><title>{html.escape(lines[0])}</title>'
                f"</head><body><article>{body}</article></body></html>"
            )
            found[path] = ("text/html; charset=utf-8", page.encode("utf-8"))
        else:
            found[path] = ("text/plain; charset=utf-8", text.encode("utf-8"))
    index = f"<html><body><ul>{''.join(links)}</ul></body></html>"
    found["/"] = ("text/html; charset=utf-8", index.encode("utf-8"))
    return found


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def do_GET(self) -> None:
        found = self.pages.get(self.path)
        if found is None:
            self.send_error(404)
            return
        content_type, body = found
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


# -- one crawl, in its own process ------------------------------------------------------


def child(config_path: Path) -> None:
    """The body of one timed crawl: run the spider, write Scrapy's statistics."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    config = json.loads(config_path.read_text(encoding="utf-8"))
    field = config["field"]

    class Pages(scrapy.Spider):
        name = "pages"
        start_urls: ClassVar[list[str]] = [config["start_url"]]

        def parse(self, response: Any) -> Any:
            yield from response.follow_all(css="a", callback=self.parse_page)

        def parse_page(self, response: Any) -> Any:
            yield {"url": response.url, field: response.text}

    settings: dict[str, Any] = {
        "LOG_LEVEL": "INFO",
        "TELNETCONSOLE_ENABLED": False,
        "FEEDS": {config["feed"]: {"format": "jsonlines", "encoding": "utf8", "overwrite": True}},
    }
    if config["pipeline"]:
        settings["ITEM_PIPELINES"] = {PIPELINE: 300}
        settings["NEWSCLEAN_FIELDS" if field == "text" else "NEWSCLEAN_HTML_FIELDS"] = [field]
        if field != "text":
            settings["NEWSCLEAN_FIELDS"] = []
    process = CrawlerProcess(settings=settings)
    crawler = process.create_crawler(Pages)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats is not None else {}
    Path(config["stats"]).write_text(json.dumps(stats, default=str), encoding="utf-8")


def timed(base: str, work: Path, *, pipeline: bool, field: str) -> dict[str, float]:
    """One crawl in a fresh process: its wall time and Scrapy's statistics."""
    config = {
        "start_url": base + "/",
        "field": field,
        "pipeline": pipeline,
        "feed": str(work / "items.jsonl"),
        "stats": str(work / "stats.json"),
    }
    path = work / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, "--child", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"the crawl failed:\n{result.stderr[-3000:]}")
    stats = json.loads((work / "stats.json").read_text(encoding="utf-8"))
    return {
        "process": wall,
        "crawl": float(stats["elapsed_time_seconds"]),
        "cleaning": float(stats.get("newsclean/cleaning_seconds", 0.0)),
        "items": float(stats.get("item_scraped_count", 0)),
        "cleaned": float(stats.get("newsclean/fields_cleaned", 0)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--html", action="store_true", help="HTML pages, cleaned as HTML")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return

    field = "html" if args.html else "text"
    Handler.pages = make_pages(args.pages, args.html)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    runs: dict[str, list[dict[str, float]]] = {"without": [], "with": []}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            for number in range(args.rounds):
                order = ("without", "with") if number % 2 == 0 else ("with", "without")
                for name in order:
                    found = timed(base, work, pipeline=name == "with", field=field)
                    if found["items"] != args.pages:
                        sys.exit(f"{name}: {found['items']:.0f} items, not {args.pages}")
                    if name == "with" and found["cleaned"] != args.pages:
                        sys.exit(f"with: {found['cleaned']:.0f} fields cleaned, not {args.pages}")
                    runs[name].append(found)
                    print(
                        f"round {number + 1} {name:>7}: process {found['process']:6.2f} s, "
                        f"crawl {found['crawl']:6.2f} s, cleaning {found['cleaning']:5.2f} s",
                        flush=True,
                    )
    finally:
        server.shutdown()
        server.server_close()

    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    figures = {
        "pages": args.pages,
        "kind": field,
        "rounds": args.rounds,
        "median": {
            name: {key: median(name, key) for key in ("process", "crawl", "cleaning")}
            for name in runs
        },
    }
    with_, without = figures["median"]["with"], figures["median"]["without"]
    share_crawl = (with_["crawl"] - without["crawl"]) / with_["crawl"]
    share_process = (with_["process"] - without["process"]) / with_["process"]
    figures["share_of_crawl"] = share_crawl
    figures["share_of_process"] = share_process
    figures["cleaning_share_of_crawl"] = with_["cleaning"] / with_["crawl"]
    print()
    print(f"{args.pages:,} {field} pages, {args.rounds} rounds, medians:")
    print("| | process wall time | crawl (Scrapy's elapsed) | pipeline's own time |")
    print("|---|---:|---:|---:|")
    for name in ("without", "with"):
        row = figures["median"][name]
        own = f"{row['cleaning']:.2f} s" if name == "with" else "-"
        print(f"| {name} the pipeline | {row['process']:.2f} s | {row['crawl']:.2f} s | {own} |")
    print(
        f"\nThe pipeline's share: {share_crawl:.0%} of the crawl's time "
        f"({share_process:.0%} of the process's); its own time is "
        f"{figures['cleaning_share_of_crawl']:.0%} of the crawl, "
        f"{with_['cleaning'] / args.pages * 1000:.2f} ms per page."
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
