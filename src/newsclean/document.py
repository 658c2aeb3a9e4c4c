"""The text as cleaners see it: lines with their offsets, and the page's zones.

A :class:`Document` is built once per text. Cleaners read it; they never change it.
Between cleaners the pipeline hands on a view without the lines already removed, so
"the last lines of the page" means the last lines that are still there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

import regex

_LINE = regex.compile(r"([^\r\n]*+)(?:\r\n|\r|\n|$)")

#: How many non-blank lines count as the head and the tail of a page.
HEAD_LINES = 6
TAIL_LINES = 6


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the original text, without its line ending.

    ``start``/``end`` bound the content; ``stop`` is after the line ending, so
    ``text[start:stop]`` is the whole line as it stood.
    """

    index: int
    start: int
    end: int
    stop: int
    text: str
    #: The content without surrounding white space (computed once: every cleaner reads it).
    stripped: str = field(default="", compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.stripped and self.text:
            object.__setattr__(self, "stripped", self.text.strip())

    @property
    def blank(self) -> bool:
        """True when the line holds only white space."""
        return not self.stripped


def split_lines(text: str) -> list[Line]:
    r"""Split ``text`` into lines, keeping offsets; ``\n``, ``\r\n`` and ``\r`` all end a line.

    >>> [(ln.text, ln.start, ln.stop) for ln in split_lines("a\r\nbc\rd")]
    [('a', 0, 3), ('bc', 3, 6), ('d', 6, 7)]
    >>> split_lines("")
    []
    """
    lines: list[Line] = []
    size = len(text)
    for match in _LINE.finditer(text):
        start, stop = match.span()
        if start == stop == size:
            break  # the empty match after a final line break
        end = match.end(1)
        content = match.group(1)
        lines.append(Line(len(lines), start, end, stop, content, content.strip()))
    return lines


class Document:
    r"""A text split into lines, with the head and tail zones of the page.

    ``lines`` holds the lines still present (all of them, before any cleaner ran);
    ``content`` the non-blank ones among them.

    >>> doc = Document("Headline\n\nBody.\n")
    >>> [line.text for line in doc.content]
    ['Headline', 'Body.']
    >>> doc.in_head(doc.content[0])
    True
    """

    __slots__ = ("_position", "content", "language", "lines", "memo", "text")

    def __init__(
        self,
        text: str,
        lines: Sequence[Line] | None = None,
        memo: dict[str, object] | None = None,
        *,
        language: tuple[str, ...] | None = None,
    ) -> None:
        self.text = text
        #: The languages whose phrases the cleaners use (``("en", "de")``), or ``None`` for all.
        self.language = language
        self.lines: tuple[Line, ...] = tuple(split_lines(text) if lines is None else lines)
        self.content: tuple[Line, ...] = tuple(line for line in self.lines if not line.blank)
        self._position = {line.index: i for i, line in enumerate(self.content)}
        #: Results a cleaner computes once per text, shared by every view of it (keyed by
        #: module name; what depends on the view must say so in its key).
        self.memo: dict[str, object] = {} if memo is None else memo

    def without(self, removed: set[int]) -> Document:
        """Return the view of this document without the lines whose index is in ``removed``."""
        if not removed:
            return self
        return Document(
            self.text,
            [line for line in self.lines if line.index not in removed],
            self.memo,
            language=self.language,
        )

    def position(self, line: Line) -> int:
        """Return the line's rank among the content lines (0 for the first)."""
        return self._position[line.index]

    def in_head(self, line: Line, size: int = HEAD_LINES) -> bool:
        """True when the line is among the first ``size`` content lines."""
        return self._position.get(line.index, size) < size

    def in_tail(self, line: Line, size: int = TAIL_LINES) -> bool:
        """True when the line is among the last ``size`` content lines."""
        rank = self._position.get(line.index, -1)
        return rank >= 0 and rank >= len(self.content) - size

    def after(self, line: Line) -> Sequence[Line]:
        """Return the content lines after ``line``."""
        return self.content[self._position[line.index] + 1 :]

    def next_content(self, line: Line) -> Line | None:
        """Return the next content line after ``line``, or ``None`` at the end."""
        rank = self._position[line.index] + 1
        return self.content[rank] if rank < len(self.content) else None

    def fraction_before(self, line: Line) -> float:
        """Return the share of the text's characters that come before ``line``."""
        return line.start / len(self.text) if self.text else 0.0

    def __iter__(self) -> Iterator[Line]:
        return iter(self.content)

    def __repr__(self) -> str:
        return f"Document({len(self.content)} content lines, {len(self.text)} characters)"
