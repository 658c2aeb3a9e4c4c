"""``syndication``: aggregator and syndication footers.

"Similar News: ..." opens a block of teasers to the end of the page; "X Latest News, X
Headlines", "The post X appeared first on Y.", wire-feed and syndicated-feed
disclaimers and "Originally published at ..." are single lines. "The post ... appeared
first on ..." glued to the end of the last paragraph is cut from it.

>>> from newsclean import DEFAULT
>>> DEFAULT.only("syndication").clean(
...     "Rain fell.\\nThe post Rain fell appeared first on Valley Herald.")
'Rain fell.'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, LineRules, line_span
from newsclean.document import Document
from newsclean.lines import Block
from newsclean.records import Span
from newsclean.rules import compile_line
from newsclean.rules.syndication import (
    BLOCK_MARKERS,
    CRAWLER_CONTENT,
    CRAWLER_HEADER_LABELS,
    CRAWLER_SOURCE,
    GLUED_FOOTERS,
    RULES,
)
from newsclean.story import said_again

_BLOCK = compile_line("|".join(BLOCK_MARKERS))
_GLUED_FOOTER = regex.compile(
    r"(?<=[.!?\"”’)])\s*(?:" + "|".join(GLUED_FOOTERS) + r")\s*$", regex.IGNORECASE
)
_CRAWLER_LABEL = regex.compile(
    r"(?:" + "|".join(regex.escape(label) for label in CRAWLER_HEADER_LABELS) + r"):\s*\S.*"
)
_CRAWLER_SOURCE = regex.compile(CRAWLER_SOURCE)
_CRAWLER_CONTENT = regex.compile(CRAWLER_CONTENT)
#: The most lines a crawler's header holds before its content label.
_CRAWLER_LINES = 8
#: Words one of the glued footers holds; lines without any are not searched.
_FOOTER_WORDS = (
    "appeared first",
    "feed",
    "first published",
    "gesendet",
    "publicó primero",
    "apareceu primeiro",
    "apparu en premier",
    "erschien zuerst",
)


class Syndication(Cleaner):
    """Remove aggregator teaser blocks and syndication footers."""

    name = "syndication"
    rules = LineRules(RULES)

    def __init__(self, *, blocks: bool = True) -> None:
        #: Remove the teasers after "Similar News:" (off in the conservative preset).
        self.blocks = blocks

    def find(self, doc: Document) -> Iterator[Span]:
        yield from _crawler_header(doc)
        for line in doc:
            text = line.stripped
            if len(text) <= 400 and _BLOCK.match(text):
                yield line_span(line, "syndication.block", "an aggregator's similar-news heading")
                # Everything after "Similar News:" was collected from other sources.
                if self.blocks:
                    for teaser in doc.after(line):
                        yield line_span(
                            teaser,
                            "syndication.block",
                            "a teaser from an aggregator's block",
                            positional=True,
                        )
                    return
                continue
            rule = self.rules.match(doc, line)
            if rule is not None:
                yield line_span(line, rule.id, rule.reason)
                continue
            if len(text) > 60 and any(map(text.__contains__, _FOOTER_WORDS)):
                # A footer is at most ~600 characters: search only the end of the line.
                glued = _GLUED_FOOTER.search(line.text, max(0, len(line.text) - 800))
                if glued is not None:
                    yield Span(
                        line.start + glued.start(),
                        line.end,
                        "syndication.glued_footer",
                        "a feed footer glued to the last paragraph",
                    )


def _crawler_header(doc: Document) -> Iterator[Span]:
    """Yield the lines of a crawler's header at the top of ``doc`` (see
    :data:`~newsclean.rules.syndication.CRAWLER_SOURCE`): its source line, its labels and
    the "Markdown Content:" line that ends it. Its "Title:" line goes only where the text
    says the title (or its headline, the title cut at its separators) again below: else it
    is the story's only headline.

    >>> doc = Document("Title: Rain closes road | Harbour News\\n\\nURL Source: https://h.example/r"
    ...                "\\n\\nMarkdown Content:\\n# Rain closes road\\n\\nThe road shut on Monday.")
    >>> [span.rule for span in _crawler_header(doc)]
    ['syndication.crawler_title', 'syndication.crawler_header', 'syndication.crawler_header']
    """
    # Read in the text as it came: another cleaner may have taken a line of it already.
    header: list[Block] = []
    for block in doc.origin[:_CRAWLER_LINES]:
        text = block.stripped
        if _CRAWLER_CONTENT.fullmatch(text):
            header.append(block)
            break
        if not _CRAWLER_LABEL.fullmatch(text):
            return  # no content label: not a crawler's header
        header.append(block)
    else:
        return
    if not any(_CRAWLER_SOURCE.fullmatch(block.stripped) for block in header):
        return
    below = doc.origin[len(header) :]
    present = {block.index for block in doc.content[:_CRAWLER_LINES]}
    for block in header:
        if block.index not in present:
            continue
        text = block.stripped
        if text.startswith("Title:"):
            if said_again(text[len("Title:") :], below):
                yield line_span(block, "syndication.crawler_title", _TITLE_REASON)
            continue
        yield line_span(block, "syndication.crawler_header", _HEADER_REASON)


_TITLE_REASON = "a crawler's title line: the text says it again below"
_HEADER_REASON = 'a crawler\'s header ("URL Source: ...", "Markdown Content:")'
