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
from newsclean.records import Span
from newsclean.rules import compile_line
from newsclean.rules.syndication import BLOCK_MARKERS, GLUED_FOOTERS, RULES

_BLOCK = compile_line("|".join(BLOCK_MARKERS))
_GLUED_FOOTER = regex.compile(
    r"(?<=[.!?\"”’)])\s*(?:" + "|".join(GLUED_FOOTERS) + r")\s*$", regex.IGNORECASE
)
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
