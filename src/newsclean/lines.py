"""Physical lines of a text, with their offsets: what every other view is built from.

A non-blank line is also a one-line :class:`Block`, the unit cleaners judge: in the
``lines``, ``paragraphs`` and ``page`` shapes the blocks are the lines themselves, and
:mod:`newsclean.shapes` joins lines into longer blocks for the wrapped and Markdown ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

_LINE = regex.compile(r"([^\r\n]*+)(?:\r\n|\r|\n|$)")


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


#: Block kinds.
PARAGRAPH, HEADING, ITEM, TABLE, IMAGE = "paragraph", "heading", "item", "table", "image"


@dataclass(frozen=True, slots=True)
class Block(Line):
    """A unit cleaners judge: one or more whole lines of the original text.

    ``index`` is the index of its first line; ``start``/``end`` bound its content,
    ``stop`` is after its last line ending; ``text`` is ``original[start:end]``.
    ``stripped`` is what a reader sees: the lines reflowed into one, Markdown marks,
    link targets and images left out. ``kind`` is ``"paragraph"``, ``"heading"``,
    ``"item"``, ``"table"`` or ``"image"``; ``lines`` is how many lines it covers and
    ``linked`` how many characters of ``stripped`` were the text of links.
    """

    kind: str = PARAGRAPH
    lines: int = 1
    linked: int = 0

    def __post_init__(self) -> None:
        """A block's ``stripped`` is given, and may be empty (an image has no words)."""


def split_lines(text: str) -> list[Line]:
    r"""Split ``text`` into lines, keeping offsets; ``\n``, ``\r\n`` and ``\r`` all end a line.

    >>> [(ln.text, ln.start, ln.stop) for ln in split_lines("a\r\nbc\rd")]
    [('a', 0, 3), ('bc', 3, 6), ('d', 6, 7)]
    >>> split_lines("")
    []
    """
    if "\r" not in text:
        return _split_at_newlines(text)
    lines: list[Line] = []
    size = len(text)
    for match in _LINE.finditer(text):
        start, stop = match.span()
        if start == stop == size:
            break  # the empty match after a final line break
        end = match.end(1)
        content = match.group(1)
        stripped = content.strip()
        # A non-blank line is its own one-line block.
        make = Block if stripped else Line
        lines.append(make(len(lines), start, end, stop, content, stripped))
    return lines


def _split_at_newlines(text: str) -> list[Line]:
    """:func:`split_lines` for a text whose lines all end with ``\n`` (no ``\r``):
    the same lines, from one ``str.split``."""
    lines: list[Line] = []
    append = lines.append
    size = len(text)
    start = 0
    for index, content in enumerate(text.split("\n")):
        if start == size:
            break  # nothing after a final line break (or an empty text)
        end = start + len(content)
        stop = end + 1 if end < size else end
        stripped = content.strip()
        # A non-blank line is its own one-line block.
        append((Block if stripped else Line)(index, start, end, stop, content, stripped))
        start = stop
    return lines
