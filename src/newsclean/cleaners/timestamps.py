"""``timestamps``: lines that are only a date or time stamp.

Removes "September 5, 2021", "Updated 6:12 PM GMT, Nov 3, 2025", "14.03.2025, 17:45
Uhr", "Publié le 12 mars 2025 à 18h05" and meta lines of a date and a read time, and
captures the date. A bare date may be a timeline's subheading, so without a label or a
clock time it must give a day, a month and a year, stand at the head or tail of the page,
and not be one of three or more such lines (a timeline).

>>> from newsclean import DEFAULT
>>> cleaned = DEFAULT.only("timestamps").explain("September 5, 2021\\nRain fell.")
>>> cleaned.text, cleaned.metadata.published_date
('Rain fell.', datetime.date(2021, 9, 5))
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.cleaners.meta_lines import MetaLine, meta_line
from newsclean.document import Document
from newsclean.records import Span
from newsclean.rules.dates import DATE, LABEL, TIME

_LABELLED = regex.compile(r"^\W*" + LABEL + r"(?!\p{L})", regex.IGNORECASE)
_TIME = regex.compile(TIME, regex.IGNORECASE)
_FULL_DATE = regex.compile(DATE, regex.IGNORECASE)


#: What a date line may hold besides its date: a read time, and the post's own links
#: ("October 17, 2012 | Permalink", :data:`~newsclean.cleaners.meta_lines.PERMALINKS`).
_DATED = frozenset({"date", "read_time", "link"})


def _labelled_or_timed(text: str) -> bool:
    """True when a date line carries a label ("Updated") or a clock time."""
    return bool(_LABELLED.match(text) or _TIME.search(text))


def _marked(text: str, meta: MetaLine) -> bool:
    """True when a date line is a stamp wherever it stands: it carries a label, a clock
    time, a read time or the post's own links ("September 29, 2012 | Permalink"); a
    timeline's subheading carries none of them."""
    return _labelled_or_timed(text) or meta.read_time is not None or "link" in meta.kinds


def _full_date(text: str) -> bool:
    """True when a date line gives a day, a month and a year."""
    found = _FULL_DATE.search(text)
    return found is not None and bool(found.group("d")) and bool(found.group("y"))


class Timestamps(Cleaner):
    """Remove date and time stamp lines; capture the published date."""

    name = "timestamps"

    def __init__(self, *, anywhere: bool = False, words: bool = True) -> None:
        #: Also judge short blocks by the family's vocabulary (see :class:`Cleaner`).
        self.words = words
        #: Take bare month-and-year lines in mid-story too (aggressive).
        self.anywhere = anywhere

    def find(self, doc: Document) -> Iterator[Span]:
        return self.with_words(doc, self._rule_spans(doc))

    def _rule_spans(self, doc: Document) -> Iterator[Span]:
        found = []
        for line in doc:
            meta = meta_line(doc, line)
            if meta is not None and "date" in meta.kinds and meta.kinds <= _DATED:
                found.append((line, meta))
        # Three or more bare dates make a timeline: its dates are subheadings, not stamps
        # (holdout en-neg-river-flood-timeline).
        # The page's own stamp stands in its first lines and is never a timeline's.
        bare = [line for line, meta in found if not _marked(line.stripped, meta)]
        timeline = len(bare) >= 3 and not self.anywhere
        for line, meta in found:
            text = line.stripped
            if _marked(text, meta):
                pass
            elif timeline and not doc.in_head(line, 3):
                continue
            elif not (self.anywhere or _full_date(text)):
                continue  # "March 2020": a month and a year alone may be a subheading
            elif not (doc.in_head(line) or doc.in_tail(line) or self.anywhere):
                continue
            yield line_span(
                line,
                "timestamps.date_line",
                "a line that is only a date or time stamp",
                published=meta.published,
                read_time=meta.read_time,
            )
