"""Physical lines of a text, with their offsets: what every other view is built from."""

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
