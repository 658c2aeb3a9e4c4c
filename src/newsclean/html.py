r"""HTML input: extract the story with trafilatura, then run the cleaners on its text.

>>> page = ("<html><head><title>Rain closes coast road</title></head><body><article>"
...         "<h1>Rain closes coast road</h1><p>By Jane Doe</p>"
...         "<p>" + "Heavy rain closed the coast road on Monday, the council said. " * 5 + "</p>"
...         "<p>Share this article</p></article></body></html>")
>>> cleaned = explain_html(page)
>>> cleaned.text.split("\n")[0]
'Rain closes coast road'
>>> "By Jane Doe" in cleaned.text, "Share this article" in cleaned.text
(False, False)
>>> cleaned.metadata.authors, cleaned.metadata.sources["authors"]
(('Jane Doe',), 'cleaners')
>>> cleaned.metadata.title, cleaned.metadata.sources["title"]
('Rain closes coast road', 'trafilatura')

Nothing is fetched: ``url`` only helps trafilatura resolve links and guess the site.
"""

from __future__ import annotations

import codecs
import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import regex

from newsclean.dates import parse_date
from newsclean.pipeline import Pipeline
from newsclean.presets import DEFAULT
from newsclean.records import Cleaned, Refusal, Removal
from newsclean.sites import SiteProfile

#: Largest page accepted, in bytes (or characters for ``str``); larger pages raise.
MAX_PAGE = 20_000_000

#: trafilatura's settings, chosen by measurement on the development data (see
#: docs/quality.md): its evaluation settings, which keep tables and leave comments out.
EXTRACTION = {
    "fast": False,
    "include_comments": False,
    "include_tables": True,
    "include_formatting": False,
    "include_images": False,
    "include_links": False,
}

_CHARSET = regex.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", regex.I
)


#: trafilatura joins several authors with ";" or "|".
_AUTHOR_SEPARATOR = regex.compile(r"\s*[;|]\s*")


class PageError(ValueError):
    """A page that cannot be cleaned: binary content, or larger than :data:`MAX_PAGE`."""


@dataclass(frozen=True)
class PageMetadata:
    """What is known about the page, merged from trafilatura and the cleaners.

    ``sources`` says where each value came from: ``"trafilatura"`` (the page's markup:
    meta tags, structured data) or ``"cleaners"`` (a removed byline, date or read-time
    line). For authors a byline printed on the page wins; for the date the markup wins;
    only the cleaners capture ``read_time``.
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    published_date: dt.date | None = None
    site_name: str | None = None
    read_time: int | None = None
    sources: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the metadata as a JSON-ready dict."""
        return {
            "title": self.title,
            "authors": list(self.authors),
            "published": self.published,
            "published_date": self.published_date.isoformat() if self.published_date else None,
            "site_name": self.site_name,
            "read_time": self.read_time,
            "sources": dict(self.sources),
        }


@dataclass(frozen=True)
class CleanedPage:
    """The result of :func:`explain_html`.

    ``extracted`` is trafilatura's text; ``removals`` are offsets into it (replay them
    with :func:`newsclean.apply_removals` on ``extracted``). ``text`` is the story.
    """

    text: str
    extracted: str
    removals: tuple[Removal, ...]
    metadata: PageMetadata
    #: The shape the extracted text was read in, and what the guard refused.
    shape: str = "lines"
    refused: tuple[Refusal, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the result as a JSON-ready dict."""
        return {
            "text": self.text,
            "extracted": self.extracted,
            "shape": self.shape,
            "removals": [r.to_dict() for r in self.removals],
            "refused": [r.to_dict() for r in self.refused],
            "metadata": self.metadata.to_dict(),
        }


def decode_page(html: str | bytes) -> str:
    """Return the page as text, honouring a byte-order mark or the declared charset.

    Undecodable bytes become U+FFFD; an unknown charset falls back to UTF-8.

    >>> decode_page('<meta charset="iso-8859-1"><p>Caf\\xe9</p>'.encode("latin-1"))
    '<meta charset="iso-8859-1"><p>Café</p>'
    """
    if isinstance(html, str):
        return html
    if not isinstance(html, (bytes, bytearray, memoryview)):
        raise TypeError(f"clean_html takes str or bytes, got {type(html).__name__}")
    data = bytes(html)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    declared = _CHARSET.search(data[:4096])
    encoding = "utf-8"
    if declared is not None:
        name = declared.group(1).decode("ascii", errors="ignore")
        try:
            encoding = codecs.lookup(name).name
        except LookupError:
            encoding = "utf-8"
    return data.decode(encoding, errors="replace")


def _check_page(text: str) -> None:
    if len(text) > MAX_PAGE:
        raise PageError(
            f"page is {len(text):,} characters, more than newsclean.html.MAX_PAGE ({MAX_PAGE:,}); "
            "split it or raise the limit"
        )
    sample = text[:8192]
    if sample.count("\x00") > len(sample) // 100:
        raise PageError("page looks binary (NUL bytes), not HTML")


def extract(
    html: str | bytes, *, url: str | None = None, metadata: bool = True
) -> tuple[str, dict[str, Any]]:
    """Return trafilatura's text of the page and its metadata (``{}`` where none).

    ``metadata=False`` leaves trafilatura's metadata out (its title, date and authors:
    a third of its time), for callers that need only the text; the text is the same.
    """
    import trafilatura  # imported here: plain-text users do not pay for it

    text = decode_page(html)
    _check_page(text)
    if not text.strip():
        return "", {}
    try:
        extractor: Any = trafilatura.bare_extraction  # settings come from a dict, see EXTRACTION
        document = extractor(text, url=url, with_metadata=metadata, **EXTRACTION)
    except (ValueError, TypeError, AttributeError, RecursionError):
        # Malformed or truncated markup that trafilatura cannot parse: no story found.
        return "", {}
    if document is None:
        return "", {}
    data = document if isinstance(document, dict) else document.as_dict()
    # trafilatura.extract() returns NFC text; bare_extraction() does not. NFC, as users of
    # extract() expect (trafilatura-eval ukbdnews.com: Bengali "য়" written two ways).
    return unicodedata.normalize("NFC", data.get("text") or ""), data


def explain_html(
    html: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    shape: str = "auto",
    pipeline: Pipeline = DEFAULT,
    site: SiteProfile | None = None,
) -> CleanedPage:
    """Extract the story from ``html``, clean it, and merge what is known about the page.

    ``language``, ``shape`` and ``site`` are passed to :meth:`Pipeline.explain` (the
    extracted text is usually read as ``lines``; a site profile for HTML pages is learned
    from their extracted texts, :func:`extract`).
    """
    extracted, data = extract(html, url=url)
    cleaned: Cleaned = pipeline.explain(extracted, language=language, shape=shape, site=site)
    return CleanedPage(
        cleaned.text,
        extracted,
        cleaned.removals,
        _merge(data, cleaned),
        shape=cleaned.shape,
        refused=cleaned.refused,
    )


def clean_html(
    html: str | bytes,
    *,
    url: str | None = None,
    language: str | None = None,
    shape: str = "auto",
    pipeline: Pipeline = DEFAULT,
    site: SiteProfile | None = None,
) -> str:
    """Return the story in an HTML page: trafilatura's extraction, cleaned.

    >>> clean_html("")
    ''
    """
    # The text only: trafilatura's metadata is not needed for it (explain_html merges it).
    extracted, _ = extract(html, url=url, metadata=False)
    return pipeline.clean(extracted, language=language, shape=shape, site=site)


def _merge(data: dict[str, Any], cleaned: Cleaned) -> PageMetadata:
    sources: dict[str, str] = {}
    title = data.get("title") or None
    if title:
        sources["title"] = "trafilatura"
    site_name = data.get("sitename") or None
    if site_name:
        sources["site_name"] = "trafilatura"
    # A byline printed on the page beats the markup's author field, which is often a
    # site default ("Username", readability-pages wapo-1).
    authors: tuple[str, ...] = ()
    if cleaned.metadata.authors:
        authors = cleaned.metadata.authors
        sources["authors"] = "cleaners"
    elif data.get("author"):
        authors = tuple(a.strip() for a in _AUTHOR_SEPARATOR.split(data["author"]) if a.strip())
        sources["authors"] = "trafilatura"
    published: str | None = data.get("date") or None
    published_date: dt.date | None = None
    if published:
        published_date = parse_date(published)
        sources["published"] = "trafilatura"
    elif cleaned.metadata.published:
        published = cleaned.metadata.published
        published_date = cleaned.metadata.published_date
        sources["published"] = "cleaners"
    read_time = cleaned.metadata.read_time
    if read_time is not None:
        sources["read_time"] = "cleaners"
    return PageMetadata(title, authors, published, published_date, site_name, read_time, sources)
