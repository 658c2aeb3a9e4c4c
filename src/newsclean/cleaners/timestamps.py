"""``timestamps``: lines that are only a date or time stamp.

Removes "September 5, 2021", "Updated 6:12 PM GMT, Nov 3, 2025", "14.03.2025, 17:45
Uhr", "Publié le 12 mars 2025 à 18h05" and meta lines of a date and a read time, and
captures the date. A bare date in the middle of a story may be a timeline's subheading,
so there it must carry a label, a clock time, or a day and a year.

>>> from newsclean import DEFAULT
>>> cleaned = DEFAULT.only("timestamps").explain("September 5, 2021\\nRain fell.")
>>> cleaned.text, cleaned.metadata.published_date
('Rain fell.', datetime.date(2021, 9, 5))
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.cleaners.meta_lines import meta_line
from newsclean.document import Document
from newsclean.records import Span
from newsclean.rules.dates import DATE, LABEL, TIME

_LABELLED = regex.compile(r"^\W*" + LABEL + r"(?!\p{L})", regex.IGNORECASE)
_TIME = regex.compile(TIME, regex.IGNORECASE)
_FULL_DATE = regex.compile(DATE, regex.IGNORECASE)


def _clear_stamp(text: str) -> bool:
    """True when a date line is unmistakably a stamp, wherever it stands."""
    if _LABELLED.match(text) or _TIME.search(text):
        return True
    found = _FULL_DATE.search(text)
    return found is not None and bool(found.group("d")) and bool(found.group("y"))


class Timestamps(Cleaner):
    """Remove date and time stamp lines; capture the published date."""

    name = "timestamps"

    def __init__(self, *, anywhere: bool = False) -> None:
        #: Take bare month-and-year lines in mid-story too (aggressive).
        self.anywhere = anywhere

    def find(self, doc: Document) -> Iterator[Span]:
        for line in doc:
            meta = meta_line(doc, line)
            if meta is None or "date" not in meta.kinds or not meta.kinds <= {"date", "read_time"}:
                continue
            edge = doc.in_head(line) or doc.in_tail(line)
            if not (edge or self.anywhere or _clear_stamp(line.stripped)):
                continue
            yield line_span(
                line,
                "timestamps.date_line",
                "a line that is only a date or time stamp",
                published=meta.published,
                read_time=meta.read_time,
            )
