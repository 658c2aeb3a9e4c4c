"""``link_targets`` (opt-in): a Markdown link reads as its text, and images go.

Crawler Markdown keeps every link's target and every image: "the council's
[flood report](https://example.org/flood.pdf) says" and "![Harbour wall](/img/wall.jpg)".
The story finder judges link text, not targets, and keeps a story line as it was written,
targets and all; a reader copying the story, or a corpus counting its words, wants the
text. This cleaner removes each inline link's brackets and target, ``[text](target "title")``
reading as ``text``, and each image ``![alt](source)`` (a line that was only images goes
with its line ending). It changes the story's characters, so it is not in the default pipeline.

>>> from newsclean import Pipeline
>>> Pipeline([LinkTargets()]).clean("See [the report](https://example.org/r.pdf) today.")
'See the report today.'
>>> Pipeline([LinkTargets()]).clean("![Harbour wall](/img/wall.jpg)\\nThe wall held.")
'The wall held.'
>>> Pipeline([LinkTargets()]).clean("Prices [rose] (slightly) in [May].")
'Prices [rose] (slightly) in [May].'

Limits: reference-style links (``[text][1]`` with ``[1]: url`` below) and autolinks
(``<https://...>``) stay as they are; a link's text keeps its own Markdown marks.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner
from newsclean.document import Document
from newsclean.records import Span

# ``[text](target "title")`` or ``![alt](source)``: the text may hold one level of
# brackets (an image inside a link) and run over a line break, not over a blank line; the
# target may hold one level of parentheses (Wikipedia's). Possessive quantifiers: no
# backtracking into a long text.
_LINK = regex.compile(
    r"(?P<image>!?)\[(?P<text>(?:[^\[\]\n]|\n(?![ \t]*\n)|\[[^\[\]\n]*+\])*+)\]"
    r"\(\s*+(?:<[^<>\n]*+>|[^()\s]*+(?:\([^()\s]*+\)[^()\s]*+)*+)"
    r"(?:\s++(?:\"[^\"\n]*+\"|'[^'\n]*+'|\([^()\n]*+\)))?\s*+\)"
)
_IMAGE = regex.compile(r"!\[[^\[\]\n]*+\]\([^()\s]*+(?:\s++\"[^\"\n]*+\")?\s*+\)")


class LinkTargets(Cleaner):
    """Replace each Markdown link with its text; remove each image."""

    name = "link_targets"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for block in doc:
            if "](" not in text[block.start : block.end]:
                continue
            for link in _LINK.finditer(text, block.start, block.end):
                if link["image"]:
                    yield Span(link.start(), _gap(text, link), "link_targets.image", "an image")
                    continue
                # Only deletions: the link's brackets and target go, its text stays where
                # it is (on its own lines, when it runs over a line break).
                opening, closing = link.start("text"), link.end("text")
                images = list(_IMAGE.finditer(text, opening, closing))
                if not text[opening:closing].strip() or (
                    images and not _IMAGE.sub("", link["text"]).strip()
                ):
                    yield Span(
                        link.start(), _gap(text, link), "link_targets.image", "a link to an image"
                    )
                    continue
                yield Span(link.start(), opening, "link_targets.link", "a link's opening bracket")
                for image in images:
                    end = _gap(text, image, first=image.start() == opening)
                    yield Span(image.start(), end, "link_targets.image", "an image")
                yield Span(closing, link.end(), "link_targets.link", "a link's target")


def _gap(text: str, found: regex.Match[str], *, first: bool = False) -> int:
    """Where an image's removal ends: past the spaces after it when nothing but a space, the
    line's start or (``first``) a link's opening bracket stands before it (so
    "![logo](l.png) Home" reads "Home")."""
    start: int = found.start()
    end: int = found.end()
    if first or start == 0 or text[start - 1] in " \t\n":
        while end < len(text) and text[end] in " \t":
            end += 1
    return end
