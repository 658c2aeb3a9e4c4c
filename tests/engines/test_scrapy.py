"""The Scrapy item pipeline: real crawls of a local site made from the golden corpus.

A server on 127.0.0.1 serves the corpus's pages as text and as HTML; each crawl runs in
a process of its own (``scrapy_spider.py``, or the example project with ``scrapy
crawl``), so Twisted's reactor never starts in pytest's process. Every item the feed
export writes is compared with ``newsclean.clean`` / ``clean_html`` of the same page,
computed here; the crawl's statistics are checked against ``explain``. Pages of made-up
hosts are served through the same server acting as an HTTP proxy: nothing leaves the
loopback interface.
"""

from __future__ import annotations

import dataclasses
import html
import json
import logging
import os
import shlex
import shutil
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import newsclean
from newsclean.evaluate import Case, load_cases

pytest.importorskip("scrapy")
pytest.importorskip("itemadapter")

import scrapy
from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from newsclean.integrations.scrapy import CleanPipeline

ROOT = Path(__file__).resolve().parents[2]
SPIDER = Path(__file__).with_name("scrapy_spider.py")
EXAMPLE = ROOT / "examples" / "scrapy_project"
PIPELINE = {"newsclean.integrations.scrapy.CleanPipeline": 300}
CASES = load_cases(ROOT / "corpus")
SITE_CASES = [
    json.loads(path.read_text(encoding="utf-8"))
    for path in sorted((ROOT / "corpus" / "sites").glob("*.json"))
]
#: The kinds of item the crawl spider makes, in the order it gives them to the pages.
KINDS = ("dict", "item", "dataclass", "attrs")

# -- the local site ---------------------------------------------------------------------


def html_page(case: Case) -> str:
    """The case's page as simple HTML: its title, and each line of the text a paragraph."""
    lines = [line.strip() for line in case.raw.split("\n") if line.strip()]
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return (
        f'<html><head><meta charset="utf-8"><title>{html.escape(lines[0])}</title></head>'
        f"<body><article>{body}</article></body></html>"
    )


def index_page(links: list[str]) -> str:
    items = "".join(
        f'<li><a href="{html.escape(link)}">{html.escape(link)}</a></li>' for link in links
    )
    return f"<html><head><title>Index</title></head><body><ul>{items}</ul></body></html>"


TEXT = "text/plain; charset=utf-8"
HTML = "text/html; charset=utf-8"
#: Every other case as a text page, every sixth of the others as an HTML page: every
#: language and shape, in a crawl of a few seconds.
TEXT_PAGES = {f"/text/{case.id}": case.raw for case in CASES[::2]}
HTML_PAGES = {f"/html/{case.id}": html_page(case) for case in CASES[1::6]}
#: Made-up hosts, reached through the proxy: the site cases' pages (a host each), a host
#: with too few pages to learn from, and one the sites file does not know.
HOST_PAGES = {
    f"http://{case['id']}.example/{n}": "\n".join(page["raw"])
    for case in SITE_CASES
    for n, page in enumerate(case["pages"])
}
FEW_PAGES = {f"http://few.example/{n}": CASES[n].raw for n in range(2)}
UNLEARNED_PAGES = {f"http://unlearned.example/{n}": CASES[n + 2].raw for n in range(2)}
PROXY_INDEX = "http://index.example/"


def pages() -> dict[str, tuple[str, str]]:
    """Every page the server answers for, by request target."""
    found: dict[str, tuple[str, str]] = {}
    found.update({path: (TEXT, text) for path, text in TEXT_PAGES.items()})
    found.update({path: (HTML, text) for path, text in HTML_PAGES.items()})
    found["/"] = (HTML, index_page([*TEXT_PAGES, *HTML_PAGES]))
    hosts = {**HOST_PAGES, **FEW_PAGES, **UNLEARNED_PAGES}
    found.update({url: (TEXT, text) for url, text in hosts.items()})
    found[PROXY_INDEX] = (HTML, index_page(list(hosts)))
    return found


class PageHandler(BaseHTTPRequestHandler):
    """Answers from the server's pages: a path, or an absolute URL when used as a proxy."""

    protocol_version = "HTTP/1.1"
    server: Site

    def do_GET(self) -> None:
        found = self.server.pages.get(self.path)
        if found is None:
            self.send_error(404)
            return
        content_type, text = found
        body = text.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class Site(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, found: dict[str, tuple[str, str]]) -> None:
        super().__init__(("127.0.0.1", 0), PageHandler)
        self.pages = found


@contextmanager
def serving(server: ThreadingHTTPServer) -> Iterator[str]:
    """Serve in a thread; yield the server's base URL."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving(Site(pages())) as base:
        yield base


def loopback_env() -> dict[str, str]:
    """This environment without proxy settings: every request goes to 127.0.0.1."""
    return {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}


# -- crawling ---------------------------------------------------------------------------


def crawl(
    tmp_path: Path,
    start_url: str,
    settings: dict[str, Any],
    *,
    proxy: str | None = None,
    bad: list[dict[str, Any]] | None = None,
) -> tuple[dict[str, dict[str, Any]], dict[str, Any], str]:
    """Run scrapy_spider.py; return its items by page, its statistics and its log."""
    feed, stats = tmp_path / "items.jsonl", tmp_path / "stats.json"
    config = {
        "start_url": start_url,
        "proxy": proxy,
        "bad": bad or [],
        "stats": str(stats),
        "settings": {
            "ITEM_PIPELINES": PIPELINE,
            "FEEDS": {str(feed): {"format": "jsonlines", "encoding": "utf8", "overwrite": True}},
            "TELNETCONSOLE_ENABLED": False,
            "LOG_LEVEL": "INFO",
            **settings,
        },
    }
    path = tmp_path / "config.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(SPIDER), str(path)],
        capture_output=True,
        text=True,
        env=loopback_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    found = json.loads(stats.read_text(encoding="utf-8"))
    assert found.get("finish_reason") == "finished", result.stderr[-5000:]
    assert "log_count/ERROR" not in found, result.stderr[-5000:]
    assert not deprecations(result.stderr)
    assert "Traceback" not in result.stderr, result.stderr[-5000:]
    items = {}
    for line in feed.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        assert item["page"] not in items
        items[item["page"]] = item
    return items, found, result.stderr


def deprecations(log: str) -> list[str]:
    """The log's deprecation warnings about the pipeline (a ``spider`` argument, say)."""
    return [line for line in log.splitlines() if "Deprecat" in line and "newsclean" in line]


def newsclean_stats(stats: dict[str, Any]) -> dict[str, Any]:
    return {k.removeprefix("newsclean/"): v for k, v in stats.items() if k.startswith("newsclean/")}


def removal_stats(stats: dict[str, Any]) -> dict[str, int]:
    return {
        k.removeprefix("removals/"): v
        for k, v in newsclean_stats(stats).items()
        if k.startswith("removals/")
    }


FINE_TEXT = "Rain fell all day."
#: Bad fields, each given to one item of every kind: they must come out as they went in.
BAD = [
    {"page": "bad/missing", "fields": {}},
    {"page": "bad/none", "fields": {"text": None, "html": None}},
    {"page": "bad/empty", "fields": {"text": "", "html": ""}},
    {"page": "bad/blank", "fields": {"text": " \n\t ", "html": "  "}},
    {"page": "bad/number", "fields": {"text": 42, "html": 7}},
    {"page": "bad/list", "fields": {"text": ["By Jane Doe"], "html": {"p": 1}}},
    # The text is fine; the HTML is binary (a PageError): logged, counted, left as it is.
    {"page": "bad/binary", "fields": {"text": FINE_TEXT, "html": "\x00" * 200}},
]


def test_a_crawl_cleans_every_page_as_newsclean_does(site: str, tmp_path: Path) -> None:
    settings = {
        "NEWSCLEAN_FIELDS": ["text"],
        "NEWSCLEAN_HTML_FIELDS": ["html"],
        "NEWSCLEAN_EXPLAIN_FIELD": "newsclean",
    }
    items, stats, log = crawl(tmp_path, site + "/", settings, bad=BAD)
    bad_pages = {f"{bad['page']}/{kind}": bad for bad in BAD for kind in KINDS}
    assert set(items) == {*TEXT_PAGES, *HTML_PAGES, *bad_pages}
    served = len(TEXT_PAGES) + len(HTML_PAGES)
    assert Counter(item["kind"] for item in items.values()) == {
        kind: served // 4 + (n < served % 4) + len(BAD) for n, kind in enumerate(KINDS)
    }

    removals: Counter[str] = Counter()
    chars = 0
    for path, raw in TEXT_PAGES.items():
        item = items[path]
        expected = newsclean.explain(raw)
        assert item["text"] == newsclean.clean(raw) == expected.text, path
        assert item["url"] == site + path
        assert item["newsclean"] == {
            "text": {
                "removals": [r.to_dict() for r in expected.removals],
                "metadata": expected.metadata.to_dict(),
                "shape": expected.shape,
                "site": None,
            }
        }
        assert item.get("html") is None  # missing: absent, or None for dataclass and attrs
        removals.update(expected.by_cleaner())
        chars += len(raw) - len(expected.text)
    for path, page in HTML_PAGES.items():
        item = items[path]
        expected_page = newsclean.explain_html(page, url=site + path)
        assert item["html"] == newsclean.clean_html(page, url=site + path) == expected_page.text
        assert item["newsclean"] == {
            "html": {
                "removals": [r.to_dict() for r in expected_page.removals],
                "metadata": expected_page.metadata.to_dict(),
                "shape": expected_page.shape,
                "site": None,
            }
        }
        removals.update(Counter(r.cleaner for r in expected_page.removals))
        chars += len(expected_page.extracted) - len(expected_page.text)

    for name, bad in bad_pages.items():
        item = items[name]
        fields = dict(bad["fields"])
        if name.startswith("bad/binary"):
            fields["text"] = newsclean.clean(FINE_TEXT)
            cleaned = newsclean.explain(FINE_TEXT)
            assert item["newsclean"]["text"]["removals"] == [r.to_dict() for r in cleaned.removals]
            assert set(item["newsclean"]) == {"text"}  # the HTML failed: nothing of it
            removals.update(cleaned.by_cleaner())
            chars += len(FINE_TEXT) - len(cleaned.text)
        else:
            assert item.get("newsclean") is None
        for field in ("text", "html"):
            if item["kind"] in ("dict", "item"):
                assert (field in item) == (field in fields), name
            assert item.get(field) == fields.get(field), name

    ours = newsclean_stats(stats)
    kinds = len(KINDS)
    assert ours["items"] == len(items)
    assert ours["fields_cleaned"] == len(TEXT_PAGES) + len(HTML_PAGES) + kinds
    assert ours["fields_skipped/missing"] == len(TEXT_PAGES) + len(HTML_PAGES) + 4 * kinds
    assert ours["fields_skipped/empty"] == 4 * kinds
    assert ours["fields_skipped/not_text"] == 4 * kinds
    assert ours["fields_skipped"] == sum(
        ours[f"fields_skipped/{why}"] for why in ("missing", "empty", "not_text")
    )
    assert ours["errors"] == kinds
    assert ours["fields_cleaned"] + ours["fields_skipped"] + ours["errors"] == 2 * len(items)
    assert ours["fields_emptied"] == sum(1 for path in HTML_PAGES if not items[path]["html"]) + sum(
        1 for path in TEXT_PAGES if not items[path]["text"]
    )
    assert removal_stats(stats) == {name: removals.get(name, 0) for name in newsclean.DEFAULT.names}
    assert ours["removals"] == sum(removals.values())
    assert ours["chars_removed"] == chars
    assert ours["cleaning_seconds"] > 0
    assert "explain_not_stored" not in ours
    assert "PageError" in log  # the binary page, logged
    assert f"newsclean: {len(items):,} items, {ours['fields_cleaned']:,} fields cleaned" in log


def test_site_profiles_are_picked_by_each_items_host(site: str, tmp_path: Path) -> None:
    records = [{"url": url, "text": text} for url, text in {**HOST_PAGES, **FEW_PAGES}.items()]
    sites = newsclean.learn_sites(records, site="url", field="text")
    assert len(sites) == len(SITE_CASES) + 1 and sites.unready == ["few.example"]
    sites.save(tmp_path / "sites.json")
    settings = {
        "NEWSCLEAN_SITES": str(tmp_path / "sites.json"),
        "NEWSCLEAN_EXPLAIN_FIELD": "newsclean",
        "NEWSCLEAN_URL_FIELD": "url",
    }
    items, stats, log = crawl(tmp_path, PROXY_INDEX, settings, proxy=site)
    assert set(items) == {*HOST_PAGES, *FEW_PAGES, *UNLEARNED_PAGES}
    site_removals = 0
    for url, raw in {**HOST_PAGES, **FEW_PAGES, **UNLEARNED_PAGES}.items():
        item = items[url]
        assert item["url"] == url  # the made-up host, reached through the proxy
        profile = sites.profile_for({"url": url})
        assert (profile is not None) == (url not in UNLEARNED_PAGES)
        expected = newsclean.explain(raw, site=profile)
        assert item["text"] == newsclean.clean(raw, site=profile) == expected.text, url
        stored = item["newsclean"]["text"]
        assert stored["removals"] == [r.to_dict() for r in expected.removals]
        host = url.split("/")[2]
        assert stored["site"] == (host if url in HOST_PAGES else None)
        site_removals += expected.by_cleaner().get("site", 0)
    for case in SITE_CASES:  # the site cases' own answers
        for n, page in enumerate(case["pages"]):
            assert items[f"http://{case['id']}.example/{n}"]["text"] == "\n".join(page["clean"])
    ours = newsclean_stats(stats)
    assert ours["with_site_profile"] == len(HOST_PAGES)
    assert ours["without_site_profile"] == len(FEW_PAGES) + len(UNLEARNED_PAGES)
    assert ours["removals/site"] == site_removals > 0
    assert f"{len(HOST_PAGES):,} items with a site profile" in log


# -- the example project of docs/scrapy.md ----------------------------------------------


def example_pages(folder: Path) -> dict[str, str]:
    """Saved pages for the example: one site case's pages as text, and a few corpus pages
    as text and HTML. Return the text the spider should read from each, by file name."""
    folder.mkdir()
    expected = {}
    case = next(c for c in SITE_CASES if c["id"] == "en-lines-local-portal")
    for n, page in enumerate(case["pages"]):
        expected[f"portal-{n}.txt"] = "\n".join(page["raw"])
    for case in CASES[10:12]:
        expected[f"{case.id}.txt"] = case.raw
    for case in CASES[20:22]:
        (folder / f"{case.id}.html").write_text(html_page(case), encoding="utf-8")
        expected[f"{case.id}.html"] = "\n".join(
            line.strip() for line in case.raw.split("\n") if line.strip()
        )
    for name, text in expected.items():
        if name.endswith(".txt"):
            (folder / name).write_text(text, encoding="utf-8")
    return expected


def run(command: str, cwd: Path) -> str:
    """Run a command of docs/scrapy.md (``scrapy ...`` or ``newsclean ...``) with this
    interpreter; return its log."""
    args = shlex.split(command)
    result = subprocess.run(
        [sys.executable, "-m", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=loopback_env(),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
    assert "Traceback" not in result.stderr and " ERROR: " not in result.stderr, result.stderr
    assert not deprecations(result.stderr)
    return result.stderr


def read_feed(path: Path) -> dict[str, dict[str, Any]]:
    items = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        items[item["url"].rsplit("/", 1)[1]] = item
    return items


class QuietFiles(SimpleHTTPRequestHandler):
    """``python -m http.server``'s handler, without a log line per request."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_example_project_runs_as_the_docs_say(tmp_path: Path) -> None:
    """docs/scrapy.md's commands, on its project, against a directory of saved pages
    served by http.server's own handler (what ``python -m http.server`` runs)."""
    expected = example_pages(tmp_path / "pages")
    handler = partial(QuietFiles, directory=str(tmp_path / "pages"))
    project, alone = tmp_path / "project", tmp_path / "alone"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns("__pycache__"))
    alone.mkdir()
    shutil.copy(EXAMPLE / "newsproject" / "spiders" / "news.py", alone)
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), handler)) as base:
        url = f"{base}/"
        # In the project, as the docs run it: cleaned, then the two passes with sites.
        log = run(f"scrapy crawl news -a start_url={url} -O news.jsonl", project)
        run(
            f"scrapy crawl news -a start_url={url} -s NEWSCLEAN_ENABLED=False -O raw.jsonl", project
        )
        run("newsclean learn raw.jsonl --field text -o sites.json", project)
        sites_log = run(
            f"scrapy crawl news -a start_url={url} -s NEWSCLEAN_SITES=sites.json -O clean.jsonl",
            project,
        )
        # The spider alone, outside any project.
        pipelines = json.dumps(PIPELINE)
        run(
            f"scrapy runspider news.py -a start_url={url} -s 'ITEM_PIPELINES={pipelines}' "
            "-O news.jsonl",
            alone,
        )
    news, raw, clean = (
        read_feed(project / name) for name in ("news.jsonl", "raw.jsonl", "clean.jsonl")
    )
    spider_alone = read_feed(alone / "news.jsonl")
    assert set(news) == set(raw) == set(clean) == set(spider_alone) == set(expected)
    sites = newsclean.Sites.load(project / "sites.json")
    assert list(sites) == ["127.0.0.1"] and not sites.unready
    site_removals = 0
    for name, text in expected.items():
        assert raw[name]["text"] == text, name  # the pipeline off: the page's text as read
        assert "newsclean" not in raw[name]
        cleaned = newsclean.explain(text)
        assert news[name]["text"] == spider_alone[name]["text"] == cleaned.text, name
        assert "newsclean" not in spider_alone[name]  # no NEWSCLEAN_EXPLAIN_FIELD there
        assert news[name]["newsclean"]["text"]["removals"] == [
            r.to_dict() for r in cleaned.removals
        ]
        profile = sites.profile_for(raw[name])
        with_site = newsclean.explain(text, site=profile)
        assert clean[name]["text"] == newsclean.clean(text, site=profile) == with_site.text, name
        site_removals += with_site.by_cleaner().get("site", 0)
    assert site_removals > 0  # the portal's menus and footer, learned from its five pages
    assert "newsclean: 9 items, 9 fields cleaned" in log
    assert "9 items with a site profile" in sites_log


def test_the_docs_show_the_example_projects_files() -> None:
    docs = (ROOT / "docs" / "scrapy.md").read_text(encoding="utf-8")
    for name in ("scrapy.cfg", "newsproject/settings.py", "newsproject/spiders/news.py"):
        assert (EXAMPLE / name).read_text(encoding="utf-8") in docs, name
    assert "(scrapy.md)" in (ROOT / "docs" / "engines.md").read_text(encoding="utf-8")


# -- the pipeline in this process, on a crawler that does not crawl ----------------------


def pipeline(**settings: Any) -> tuple[CleanPipeline, Any]:
    crawler = get_crawler(settings_dict=settings)
    found = CleanPipeline.from_crawler(crawler)
    found.open_spider()
    return found, crawler.stats


class NewsItem(scrapy.Item):
    url = scrapy.Field()
    text = scrapy.Field()
    html = scrapy.Field()
    newsclean = scrapy.Field()


class BareItem(scrapy.Item):
    url = scrapy.Field()
    text = scrapy.Field()


@dataclasses.dataclass
class NewsData:
    url: str | None = None
    text: Any = None
    html: Any = None
    newsclean: Any = None


@dataclasses.dataclass(frozen=True)
class FrozenData:
    text: str


PAGE = "By Jane Doe, CNN\n2 mins read\nRain fell all day.\nShare this article"
HTML_PAGE = (
    "<html><head><title>Rain closes coast road</title></head><body><article>"
    "<h1>Rain closes coast road</h1><p>By Jane Doe</p>"
    "<p>" + "Heavy rain closed the coast road on Monday, the council said. " * 5 + "</p>"
    "<p>Share this article</p></article></body></html>"
)


def item_kinds() -> list[Any]:
    kinds: list[Any] = [dict, NewsItem, NewsData]
    try:
        import attrs
    except ImportError:  # pragma: no cover - attrs comes with Twisted
        return kinds

    @attrs.define
    class NewsAttrs:
        url: Any = None
        text: Any = None
        html: Any = None
        newsclean: Any = None

    return [*kinds, NewsAttrs]


@pytest.mark.parametrize("kind", item_kinds(), ids=lambda kind: kind.__name__)
def test_process_item_cleans_every_kind_of_item_in_place(kind: Any) -> None:
    clean, stats = pipeline(
        NEWSCLEAN_FIELDS="text", NEWSCLEAN_HTML_FIELDS="html", NEWSCLEAN_EXPLAIN_FIELD="newsclean"
    )
    item = kind(url="https://www.a.example/1", text=PAGE, html=HTML_PAGE.encode())
    assert clean.process_item(item) is item
    second = kind(url="https://a.example/2")  # nothing to clean
    assert clean.process_item(second) is second
    got = ItemAdapter(item).asdict()
    explained = newsclean.explain(PAGE)
    page = newsclean.explain_html(HTML_PAGE, url="https://www.a.example/1")
    removals = Counter(explained.by_cleaner()) + Counter(r.cleaner for r in page.removals)
    assert got["text"] == newsclean.clean(PAGE) == "Rain fell all day."
    assert got["html"] == newsclean.clean_html(HTML_PAGE.encode(), url="https://www.a.example/1")
    assert got["newsclean"]["text"]["removals"] == [r.to_dict() for r in explained.removals]
    assert got["newsclean"]["text"]["metadata"]["authors"] == ["Jane Doe"]
    assert got["newsclean"]["html"]["metadata"] == page.metadata.to_dict()
    assert stats.get_value("newsclean/items") == 2
    assert stats.get_value("newsclean/fields_cleaned") == 2
    assert stats.get_value("newsclean/fields_skipped/missing") == 2
    assert removals["bylines"] == 2  # one on each page
    for name in newsclean.DEFAULT.names:
        assert stats.get_value(f"newsclean/removals/{name}") == removals[name]
    assert stats.get_value("newsclean/errors") == 0


def test_html_without_an_explanation_is_cleaned_as_clean_html() -> None:
    """Without NEWSCLEAN_EXPLAIN_FIELD the pipeline skips trafilatura's metadata, as
    clean_html does; the text and the counts are explain_html's."""
    clean, stats = pipeline(NEWSCLEAN_FIELDS=[], NEWSCLEAN_HTML_FIELDS=["html"])
    removals: Counter[str] = Counter()
    chars = 0
    for n, (path, page) in enumerate(list(HTML_PAGES.items())[:8]):
        url = "https://news.example" + path
        item = {"url": url, "html": page.encode("utf-8") if n % 2 else page}
        clean.process_item(item)
        expected = newsclean.explain_html(page, url=url)
        assert item["html"] == newsclean.clean_html(page, url=url) == expected.text
        assert "newsclean" not in item
        removals.update(r.cleaner for r in expected.removals)
        chars += len(expected.extracted) - len(expected.text)
    for name in newsclean.DEFAULT.names:
        assert stats.get_value(f"newsclean/removals/{name}") == removals[name]
    assert stats.get_value("newsclean/chars_removed") == chars
    assert stats.get_value("newsclean/fields_cleaned") == 8


def test_bad_input_is_left_as_it_is_and_counted(caplog: pytest.LogCaptureFixture) -> None:
    clean, stats = pipeline(NEWSCLEAN_HTML_FIELDS=["html"], NEWSCLEAN_EXPLAIN_FIELD="newsclean")
    items: list[Any] = [
        {"text": b"By Jane Doe\nbytes are not text"},  # not text: decode it first
        {"text": "   ", "html": b""},  # empty, empty
        {"text": None, "html": 3.5},  # missing, not text
        {"html": "\x00" * 100},  # a PageError
        FrozenData(PAGE),  # cannot be written: an error
        BareItem(text=PAGE),  # no field for the explanation: cleaned, the rest not stored
        BareItem(text=PAGE),
    ]
    copies = [dict(item) if isinstance(item, dict) else None for item in items[:4]]
    with caplog.at_level(logging.WARNING, logger="newsclean.integrations.scrapy"):
        for item in items:
            assert clean.process_item(item) is item
        assert clean.process_item("not an item") == "not an item"
    assert [dict(item) for item in items[:4]] == copies
    assert items[4].text == PAGE
    assert items[5]["text"] == items[6]["text"] == "Rain fell all day."
    got = {k.removeprefix("newsclean/"): v for k, v in stats.get_stats().items()}
    assert got["items"] == len(items)
    assert got["fields_skipped/not_text"] == 2
    assert got["fields_skipped/empty"] == 2
    assert got["fields_skipped/missing"] == 6  # 3 of dicts, the html of the other three
    assert got["errors"] == 2
    assert got["fields_cleaned"] == 2
    assert got["fields_cleaned"] + got["fields_skipped"] + got["errors"] == 2 * len(items)
    assert got["explain_not_stored"] == 2
    assert got["not_items"] == 1
    messages = [record.getMessage() for record in caplog.records]
    assert sum("BareItem items have no field 'newsclean'" in m for m in messages) == 1  # once
    assert any("PageError" in m for m in messages)
    errors = [r for r in caplog.records if r.levelno == logging.ERROR and r.exc_info]
    assert [r.exc_info[0].__name__ for r in errors if r.exc_info] == ["FrozenInstanceError"]


class Exploding(dict):
    """An item that cannot even be read."""

    def __getitem__(self, key: str) -> Any:
        raise RuntimeError("boom")


def test_an_item_that_cannot_be_read_is_returned_as_it_is(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clean, stats = pipeline()
    item = Exploding(text=PAGE)
    with caplog.at_level(logging.ERROR, logger="newsclean.integrations.scrapy"):
        assert clean.process_item(item) is item
    assert dict.__getitem__(item, "text") == PAGE
    assert stats.get_value("newsclean/errors") == 1
    assert "could not read the item" in caplog.text and "boom" in caplog.text


def test_settings_choose_the_pipeline_shape_and_language() -> None:
    clean, _ = pipeline(NEWSCLEAN_WITHOUT="bylines, read_time", NEWSCLEAN_PRESET="conservative")
    assert clean.config.pipeline == newsclean.CONSERVATIVE.without("bylines", "read_time")
    item = {"text": PAGE}
    clean.process_item(item)
    assert item["text"] == newsclean.CONSERVATIVE.without("bylines", "read_time").clean(PAGE)
    assert item["text"].startswith("By Jane Doe")
    clean, _ = pipeline(
        NEWSCLEAN_PRESET="newsclean.AGGRESSIVE", NEWSCLEAN_SHAPE="lines", NEWSCLEAN_LANGUAGE="de"
    )
    assert clean.config.pipeline is newsclean.AGGRESSIVE
    assert (clean.config.shape, clean.config.language) == ("lines", "de")
    clean, _ = pipeline(NEWSCLEAN_PRESET=newsclean.DEFAULT.without("teasers"))
    assert "teasers" not in clean.config.pipeline.names
    with pytest.raises(NotConfigured):
        pipeline(NEWSCLEAN_ENABLED=False)


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"NEWSCLEAN_PRESET": "gentle"}, "NEWSCLEAN_PRESET: no preset named 'gentle'"),
        ({"NEWSCLEAN_PRESET": "newsclean.nowhere"}, "NEWSCLEAN_PRESET: cannot import"),
        ({"NEWSCLEAN_PRESET": "newsclean.clean"}, "is a function, not a newsclean.Pipeline"),
        ({"NEWSCLEAN_PRESET": 3}, "NEWSCLEAN_PRESET must be a preset name"),
        ({"NEWSCLEAN_WITHOUT": ["bylines", "ads"]}, "NEWSCLEAN_WITHOUT: no cleaner named 'ads'"),
        (
            {"NEWSCLEAN_PRESET": "conservative", "NEWSCLEAN_WITHOUT": "teasers"},
            "in the 'conservative' preset",
        ),
        ({"NEWSCLEAN_SHAPE": "html"}, "NEWSCLEAN_SHAPE: 'html' is not a shape"),
        ({"NEWSCLEAN_LANGUAGE": "xx"}, "NEWSCLEAN_LANGUAGE: unknown language 'xx'"),
        ({"NEWSCLEAN_FIELDS": [], "NEWSCLEAN_HTML_FIELDS": ""}, "both empty"),
        ({"NEWSCLEAN_FIELDS": "body", "NEWSCLEAN_HTML_FIELDS": "body"}, "both name body"),
        ({"NEWSCLEAN_FIELDS": {"text": "html"}}, "NEWSCLEAN_FIELDS must be a list of names"),
        ({"NEWSCLEAN_FIELDS": ["text", 3]}, "NEWSCLEAN_FIELDS: 3 is not a name"),
        ({"NEWSCLEAN_EXPLAIN_FIELD": "text"}, "NEWSCLEAN_EXPLAIN_FIELD 'text' is also a field"),
        ({"NEWSCLEAN_URL_FIELD": ["url"]}, "NEWSCLEAN_URL_FIELD must be a field name"),
        ({"NEWSCLEAN_SITES": 7}, "NEWSCLEAN_SITES must be a path"),
    ],
)
def test_a_bad_setting_stops_the_crawler_at_start_naming_it(
    settings: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValueError) as raised:
        pipeline(**settings)
    assert message in str(raised.value)
    assert str(raised.value).startswith("NEWSCLEAN_")


def test_a_sites_file_that_cannot_be_read_stops_the_crawler(tmp_path: Path) -> None:
    not_json = tmp_path / "notes.json"
    not_json.write_text("menus and footers", encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text('{"format": "something-else"}', encoding="utf-8")
    for path, message in [
        (tmp_path / "absent.json", "no such file"),
        (not_json, "is not JSON"),
        (other, "is not a newsclean sites file"),
        (tmp_path, "cannot read"),
    ]:
        with pytest.raises(newsclean.ProfileError) as raised:
            pipeline(NEWSCLEAN_SITES=str(path))
        assert str(raised.value).startswith("NEWSCLEAN_SITES: ") and message in str(raised.value)
