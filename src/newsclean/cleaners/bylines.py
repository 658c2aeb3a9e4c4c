"""``bylines``: byline and credit lines, with the authors they name.

Removes "By Jane Doe, CNN", "Jane Doe | Reuters" (at the head), "Von Katrin
Sommerfeld", "Posted on March 4, 2025 by Staff Writer", wire credits ("Reporting by
...; Editing by ..."), agency credits ("(dpa)") and, at the end of the page, author bio
lines that give contact details or repeat a byline's author.

>>> from newsclean import DEFAULT
>>> cleaned = DEFAULT.only("bylines").explain("By Jane Doe, CNN\\nBy the time it ended, rain fell.")
>>> cleaned.text, cleaned.metadata.authors
('By the time it ended, rain fell.', ('Jane Doe',))

Limits: a name alone on a line, with no "By" and nothing beside it, is left (it reads
like a headline).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.cleaners.meta_lines import meta_line, split_names
from newsclean.document import Document
from newsclean.records import Span
from newsclean.rules.bylines import AGENCY_CREDIT, BIO, BIO_CUES, CONTACT, WIRE_CREDIT

_WIRE_CREDIT = regex.compile(r"^" + WIRE_CREDIT + r"$", regex.IGNORECASE)
_REPORTERS = regex.compile(
    r"(?:^|[;(]\s*)(?:additional\s+)?report(?:ing|ed)\s+by\s+(?P<names>[^;).]+)", regex.IGNORECASE
)
_AGENCY_CREDIT = regex.compile(r"^(?:" + AGENCY_CREDIT + r")$", regex.IGNORECASE)
_BIO = regex.compile(r"^" + BIO)
_CONTACT = regex.compile(r"^" + CONTACT + r"\s*$", regex.IGNORECASE)
_BIO_CUES = regex.compile(BIO_CUES, regex.IGNORECASE)
_STORY_END = regex.compile(r"[.!?]$")


class Bylines(Cleaner):
    """Remove byline and credit lines; capture the authors (and any date) they give."""

    name = "bylines"
    zones = 8  # head and tail rules; contact lines in the last eight blocks

    def find(self, doc: Document) -> Iterator[Span]:
        authors: list[str] = []
        for line in doc:
            text = line.stripped
            # The first line is the headline: never read a bare name there.
            meta = meta_line(doc, line, head=doc.in_head(line) and doc.position(line) > 0)
            if meta is not None and "byline" in meta.kinds:
                authors.extend(meta.authors)
                yield line_span(
                    line,
                    "bylines.byline",
                    "a byline",
                    authors=meta.authors,
                    published=meta.published,
                    read_time=meta.read_time,
                )
                continue
            if len(text) <= 400 and _WIRE_CREDIT.match(text):
                reporters = _REPORTERS.search(text)
                names = split_names(reporters.group("names")) if reporters else ()
                names = tuple(n for n in names if n not in authors)
                yield line_span(line, "bylines.wire_credit", "a wire credit line", authors=names)
                continue
            if len(text) <= 120 and _AGENCY_CREDIT.match(text):
                yield line_span(line, "bylines.agency_credit", "an agency credit")
                continue
            if doc.in_tail(line) and len(text) <= 80 and _CONTACT.match(text):
                yield line_span(line, "bylines.contact", "a press contact at the end of the page")
                continue
            if doc.in_tail(line, 8) and len(text) <= 400:
                bio = _BIO.match(text)
                if bio is not None and (
                    ((bio.group("role") or bio.group("verb")) and _BIO_CUES.search(text))
                    or any(bio.group("who") == a for a in authors)
                ):
                    yield line_span(line, "bylines.bio", "an author bio at the end of the page")
