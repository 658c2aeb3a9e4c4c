"""``whitespace`` (opt-in): tidy white space inside lines and between paragraphs.

Strips trailing white space, turns runs of spaces, tabs and no-break spaces inside a
line into one space, drops zero-width characters, and collapses runs of blank lines to
one (none, in a text that separates paragraphs by single line breaks). This changes the
story's characters, so it is not in
the default pipeline.

>>> from newsclean import Pipeline
>>> Pipeline([Whitespace()]).clean("Rain  fell\\u00a0all day.  \\n\\n\\n\\nIt stopped.")
'Rain fell all day.\\n\\nIt stopped.'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.apply import paragraph_separator
from newsclean.cleaners.base import Cleaner
from newsclean.document import Document
from newsclean.records import Span

_RUN = regex.compile(
    r"(?<=\S)[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}(?=\S)"
    r"|(?<=\S)[\t\u00a0\u2000-\u200a\u202f\u205f\u3000](?=\S)"
)
_TRAILING = regex.compile(r"\s+$")
_ZERO_WIDTH = regex.compile(r"[\u200b\u200c\u200d\u2060\ufeff]+")


class Whitespace(Cleaner):
    """Normalise white space inside lines and blank-line runs between paragraphs."""

    name = "whitespace"

    def find(self, doc: Document) -> Iterator[Span]:
        # Normalised text separates paragraphs by one blank line at most.
        separator = min(paragraph_separator(doc.lines), 1)
        blank_run = 0
        for line in doc.lines:
            if line.blank:
                blank_run += 1
                if blank_run > separator and line.start < line.stop:
                    yield Span(
                        line.start, line.stop, "whitespace.blank_lines", "an extra blank line"
                    )
                elif line.text:
                    yield Span(
                        line.start, line.end, "whitespace.trailing", "white space on a blank line"
                    )
                continue
            blank_run = 0
            for zero in _ZERO_WIDTH.finditer(line.text):
                yield Span(
                    line.start + zero.start(),
                    line.start + zero.end(),
                    "whitespace.zero_width",
                    "a zero-width character",
                )
            for run in _RUN.finditer(line.text):
                yield Span(
                    line.start + run.start(),
                    line.start + run.end(),
                    "whitespace.spaces",
                    "a run of spaces",
                    replacement=" ",
                )
            trailing = _TRAILING.search(line.text)
            if trailing is not None:
                yield Span(
                    line.start + trailing.start(),
                    line.end,
                    "whitespace.trailing",
                    "trailing white space",
                )
