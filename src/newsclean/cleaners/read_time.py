"""``read_time``: "2 mins read", "Reading time: 3 minutes", "Lesezeit: 3 Minuten".

>>> from newsclean import DEFAULT
>>> cleaned = DEFAULT.only("read_time").explain("2 mins read\\nA speed-reading contest took 4 min.")
>>> cleaned.text, cleaned.metadata.read_time
('A speed-reading contest took 4 min.', 2)
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.cleaners.meta_lines import meta_line
from newsclean.document import Document
from newsclean.records import Span

#: A read-time line may hold the post's own links too ("4 min read | Share").
_TIMED = frozenset({"read_time", "link"})


class ReadTime(Cleaner):
    """Remove read-time lines; capture the minutes."""

    name = "read_time"
    # A read-time label is one wherever it stands, and its words are judged by their
    # form alone (newsclean.furniture.labelled): block by block.
    zones = 0

    def __init__(self, *, words: bool = True) -> None:
        #: Also judge short blocks by the family's vocabulary (see :class:`Cleaner`).
        self.words = words

    def find(self, doc: Document) -> Iterator[Span]:
        return self.with_words(doc, self._rule_spans(doc))

    def _rule_spans(self, doc: Document) -> Iterator[Span]:
        for line in doc:
            if len(line.text) > 80:
                continue
            meta = meta_line(doc, line)
            if meta is not None and "read_time" in meta.kinds and meta.kinds <= _TIMED:
                yield line_span(
                    line, "read_time.label", "a read-time label", read_time=meta.read_time
                )
