"""The development data of ``../shared/data`` as pages in five shapes, split by site.

Every page of the four development sets is turned into the shapes of text scrapers
hand newsclean (``../shared/README.md`` says how the first four are made):

* ``page``: the whole visible page text (``html_text.extract_text``, ``guess_layout``);
* ``wrapped``: hard-wrapped plain text (``html2text``, 78 columns, no links or images);
* ``markdown``: crawler Markdown with links (``html2text``, 78 columns);
* ``extracted``: trafilatura's extraction with its evaluation settings;
* ``extracted-markdown``: the same extraction as Markdown (``output_format="markdown"``,
  with its formatting: headings, lists, emphasis), as pipelines that feed language
  models ask trafilatura for it. Measured only (:data:`MEASURED_SHAPES`): the story
  finder's and the vocabulary model's weights were fitted on :data:`SHAPES`.

Each page belongs to a site (the host of its URL, canonical link or ``og:url``), and each
site to one half, ``fit`` or ``check``, by a hash of its name: the same on every machine.
Design, fitting and tuning look at the fit half only; the check half tells whether it
generalises.

The shapes are made once and cached outside the repository (``NEWSCLEAN_DEVDATA_CACHE``,
default ``~/.cache/newsclean/devdata``): the data is the shared folder's, not ours.

    python tools/devdata.py            # build the cache, print what is there
    python tools/devdata.py --rebuild  # make every shape again

Needs the ``bench`` extra (html-text, html2text).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
CACHE = Path(os.environ.get("NEWSCLEAN_DEVDATA_CACHE", Path.home() / ".cache/newsclean/devdata"))
#: Bump when the way a shape is made changes: the cache is rebuilt.
VERSION = 2

SETS = ("dragnet", "cleaneval", "trafilatura", "readability")
#: The shapes the shipped weights were fitted on (``tools/fit.py``, ``tools/fit_furniture.py``).
SHAPES = ("page", "wrapped", "markdown", "extracted")
#: Every shape a page is made into: those, and shapes measured but not fitted on.
MEASURED_SHAPES = (*SHAPES, "extracted-markdown")
HALVES = ("fit", "check")

#: trafilatura's evaluation settings (../shared/README.md).
EXTRACTION = {
    "fast": False,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
}


@dataclass
class Page:
    """One development page: its site and half, its shapes, and what it is scored against."""

    set: str
    name: str
    site: str
    shapes: dict[str, str]
    #: The human gold text (dragnet, cleaneval), or None.
    gold: str | None = None
    #: trafilatura-eval's segments: ``with`` must survive, ``without`` must not.
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    #: readability-pages' expected metadata (excerpt, byline).
    expected: dict[str, Any] = field(default_factory=dict)

    @property
    def half(self) -> str:
        return half_of(self.site)

    @property
    def key(self) -> str:
        return f"{self.set}/{self.name}"


def half_of(site: str) -> str:
    """Return the half a site belongs to: a hash of its name, the same everywhere.

    >>> half_of("example.com") in HALVES
    True
    """
    return HALVES[hashlib.sha256(site.encode("utf-8")).digest()[0] % 2]


_SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"}


def site_of(url: str) -> str:
    """Return the registrable part of a URL's host: the site pages are grouped by.

    >>> site_of("http://www.bbc.co.uk/news/x"), site_of("https://edition.cnn.com/a")
    ('bbc.co.uk', 'cnn.com')
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


_CANONICAL = regex.compile(
    r"""<link[^>]{0,300}?rel=["']?canonical["']?[^>]{0,300}?href=["']([^"'>\s]+)"""
    r"""|<link[^>]{0,300}?href=["']([^"'>\s]+)["'][^>]{0,300}?rel=["']?canonical"""
    r"""|<meta[^>]{0,300}?(?:property|name)=["']og:url["'][^>]{0,300}?content=["']([^"'>\s]+)"""
    r"""|<base[^>]{0,100}?href=["'](https?://[^"'>\s]+)""",
    regex.IGNORECASE,
)
_HREF = regex.compile(r"""href=["'](https?://[^"'/>\s]+)""", regex.IGNORECASE)


def guess_site(html: str, fallback: str) -> str:
    """Return a page's site: its canonical URL, ``og:url`` or base, else its commonest link host."""
    for match in _CANONICAL.finditer(html):
        url = next(g for g in match.groups() if g)
        if url.startswith("http"):
            return site_of(url)
    hosts = Counter(site_of(m.group(1)) for m in _HREF.finditer(html))
    for host, _ in hosts.most_common(3):
        if host and not any(
            cdn in host for cdn in ("google", "facebook", "twitter", "doubleclick")
        ):
            return host
    return fallback


def guess_host(html: str, fallback: str) -> str:
    """Return a page's host (``www.`` dropped): its canonical URL's, ``og:url``'s or base's,
    else :func:`guess_site`. Pages of one blog platform (``x.blogspot.com``) differ here.
    """
    for match in _CANONICAL.finditer(html):
        url = next(g for g in match.groups() if g)
        if url.startswith("http"):
            host = (urlsplit(url).hostname or "").lower().rstrip(".")
            return host.removeprefix("www.") or fallback
    return guess_site(html, fallback)


def hosts(set_name: str = "dragnet") -> dict[str, str]:
    """Each page of a gold set by name -> its host (made once from the HTML, then cached):
    the sites the site-profile figures learn from."""
    path = CACHE / f"hosts-{set_name}-v1.json"
    if path.exists():
        found: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
        return found
    found = {}
    for source in _sources():
        if source["set"] == set_name:
            found[source["name"]] = guess_host(source["html"], source["site"])
        elif found:
            break
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(found, indent=0, sort_keys=True), encoding="utf-8")
    return found


def decode(data: bytes) -> str:
    """Decode a page as newsclean does (BOM, declared charset, else UTF-8 with replacement)."""
    from newsclean.html import decode_page

    text = decode_page(data)
    if "\ufffd" in text[:20000] and b"charset" not in data[:4096].lower():
        text = data.decode("cp1252", errors="replace")
    return text


def make_shapes(html: str) -> dict[str, str]:
    """Return the shapes of one page's HTML (:data:`MEASURED_SHAPES`)."""
    import html2text
    import html_text
    import trafilatura

    def h2t(links: bool) -> str:
        maker = html2text.HTML2Text()
        maker.body_width = 78
        maker.ignore_links = not links
        maker.ignore_images = not links
        try:
            return str(maker.handle(html))
        except Exception:  # html2text fails on some broken pages; the shape is then empty
            return ""

    try:
        page = html_text.extract_text(html, guess_layout=True)
    except Exception:
        page = ""
    try:
        extracted = trafilatura.extract(html, **EXTRACTION) or ""  # type: ignore[arg-type]
    except Exception:
        extracted = ""
    try:
        formatted = {**EXTRACTION, "include_formatting": True, "output_format": "markdown"}
        extracted_markdown = trafilatura.extract(html, **formatted) or ""  # type: ignore[arg-type]
    except Exception:
        extracted_markdown = ""
    return {"page": page, "wrapped": h2t(False), "markdown": h2t(True), "extracted": extracted,
            "extracted-markdown": extracted_markdown}  # fmt: skip


def _sources() -> Iterator[dict[str, Any]]:
    """Yield every page as raw material: set, name, site, html and what it is scored against."""
    folder = DATA / "dragnet"
    for path in sorted((folder / "html").glob("*.html.gz")):
        name = path.name.removesuffix(".html.gz")
        html = decode(gzip.decompress(path.read_bytes()))
        gold = (folder / "gold" / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
        yield {"set": "dragnet", "name": name, "html": html, "gold": gold,
               "site": guess_site(html, f"dragnet-{name}")}  # fmt: skip
    folder = DATA / "cleaneval-dev"
    for path in sorted((folder / "html").iterdir()):
        name = path.name.split(".")[0]
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
        html = decode(raw)
        gold = (folder / "gold" / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
        yield {"set": "cleaneval", "name": name, "html": html, "gold": _cleaneval_gold(gold),
               "site": guess_site(html, f"cleaneval-{name}")}  # fmt: skip
    folder = DATA / "trafilatura-eval"
    pages = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    for url, item in pages.items():
        html = decode(gzip.decompress((folder / "html" / (item["file"] + ".gz")).read_bytes()))
        yield {"set": "trafilatura", "name": item["file"], "html": html, "site": site_of(url),
               "with_": item["with"], "without": item["without"]}  # fmt: skip
    folder = DATA / "readability-pages"
    for path in sorted(p for p in folder.iterdir() if p.is_dir()):
        html = decode(gzip.decompress((path / "source.html.gz").read_bytes()))
        expected = json.loads((path / "expected-metadata.json").read_text(encoding="utf-8"))
        yield {"set": "readability", "name": path.name, "html": html, "expected": expected,
               "site": guess_site(html, f"readability-{path.name}")}  # fmt: skip


_CLEANEVAL_TAG = regex.compile(r"^\s*<(?:p|h|l|h\d)>\s*", regex.MULTILINE | regex.IGNORECASE)
_CLEANEVAL_URL = regex.compile(r"\A\s*URL:.*\n", regex.IGNORECASE)


def _cleaneval_gold(text: str) -> str:
    """Strip CleanEval's paragraph tags (<p>, <h>, <l>) and URL line from a gold text."""
    return _CLEANEVAL_TAG.sub("", _CLEANEVAL_URL.sub("", text))


def _build(source: dict[str, Any]) -> dict[str, Any]:
    html = source.pop("html")
    return {**source, "shapes": make_shapes(html)}


def build(*, rebuild: bool = False, jobs: int = 2) -> None:
    """Make the shapes of every page, once, into the cache."""
    target = CACHE / f"pages-v{VERSION}.jsonl.gz"
    if target.exists() and not rebuild:
        return
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} is absent: no development data on this machine")
    CACHE.mkdir(parents=True, exist_ok=True)
    # A temporary file of this process's own: two processes building the cache at once
    # (a benchmark beside a check) each write theirs, and the last replace wins.
    temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    done = 0
    with gzip.open(temporary, "wt", encoding="utf-8") as out, ProcessPoolExecutor(jobs) as pool:
        for record in pool.map(_build, _sources(), chunksize=4):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            done += 1
            if done % 100 == 0:
                print(f"  {done} pages", file=sys.stderr)
    temporary.replace(target)


def load(
    sets: tuple[str, ...] = SETS, *, half: str | None = None, rebuild: bool = False
) -> list[Page]:
    """Return the development pages of ``sets`` (one half, or both), building the cache once."""
    build(rebuild=rebuild)
    pages = []
    with gzip.open(CACHE / f"pages-v{VERSION}.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            item = json.loads(line)
            if item["set"] not in sets:
                continue
            page = Page(**item)
            if half is None or page.half == half:
                pages.append(page)
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    pages = load(rebuild=args.rebuild)
    for name in SETS:
        members = [p for p in pages if p.set == name]
        sites = {p.site for p in members}
        fit = [p for p in members if p.half == "fit"]
        print(f"{name:12} {len(members):4} pages, {len(sites):4} sites; "
              f"fit {len(fit)} pages, check {len(members) - len(fit)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
