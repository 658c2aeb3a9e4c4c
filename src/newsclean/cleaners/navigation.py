"""``navigation``: related links, previous/next, "Latest from ..." blocks, tags, breadcrumbs.

A block marker near the end of the page ("Latest from X", "Don't Miss", "More on this
story") removes the teasers after it to the end; mid-story it removes only itself.
"Previous Story"/"Next Story" take the headline under them. "ALSO READ: ...",
"Back to top", "Tags: ..." and breadcrumbs are single lines. In Markdown, a short block
of link text inside the story ("[View the gallery »](...)") is a link line.

>>> from newsclean import DEFAULT
>>> DEFAULT.only("navigation").clean(
...     "Rain fell all day.\\nALSO READ: Floods hit the coast\\nIt stopped at night.")
'Rain fell all day.\\nIt stopped at night.'
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import regex

from newsclean.cleaners.base import Cleaner, LineRules, line_span
from newsclean.cleaners.blocks import opens_tail_block, story_lines_after
from newsclean.document import Document, Line
from newsclean.lines import HEADING, IMAGE
from newsclean.prose import block_stats
from newsclean.records import Span
from newsclean.rules import compile_line
from newsclean.rules.navigation import (
    BLOCK_MARKER,
    PAGER_MARKER,
    RULES,
    WEAK_BLOCK_MARKER,
    block_marker,
    build_rules,
    pager_marker,
)
from newsclean.story import find_story

_BLOCK = compile_line(BLOCK_MARKER)
_WEAK_BLOCK = compile_line(WEAK_BLOCK_MARKER)
#: A weak heading opens a block only in the last part of the page.
_WEAK_POSITION = 0.6
_PREVIOUS_NEXT = compile_line(PAGER_MARKER)
#: The longest pager line ("« Older Post | Home | Newer Post »").
_PAGER_MAX = 120
#: A headline under "Next Story": short, and not a sentence of the story.
_HEADLINE_MAX = 200
_SENTENCE_END = regex.compile(r"[.!?।॥]\s*$")


class _Patterns(NamedTuple):
    block: regex.Pattern[str]
    previous_next: regex.Pattern[str]
    rules: LineRules


@cache
def _patterns(languages: tuple[str, ...]) -> _Patterns:
    """The patterns for one set of languages, compiled once (the first text that needs them)."""
    return _Patterns(
        compile_line(block_marker(languages)),
        compile_line(pager_marker(languages)),
        LineRules(build_rules(languages)),
    )


def _block(doc: Document, heading: Line, rule: str, reason: str, teaser: str) -> Iterator[Span]:
    """Yield the heading of a teaser block and every line after it to the end of the page."""
    yield line_span(heading, rule, reason)
    for line in doc.after(heading):
        yield line_span(line, rule, teaser, positional=True)


_LOWER_START = regex.compile(r"^\W*\p{Ll}")
#: A link line inside the story: at most this many words, at least this share of its
#: characters link text. On the fit half of the development pages as Markdown, such
#: blocks inside the story's main run held 12,705 words of furniture and 146 of story.
LINK_LINE_WORDS = 12
LINK_LINE_SHARE = 0.9


def _link_lines(doc: Document) -> Iterator[Span]:
    """Yield the short blocks inside the story's main run that are all link text ("[View
    the full gallery »](...)", "* [Floods: what we know](...)"): a teaser, a gallery or a
    related link. Not a heading (a blog's post title is a link to the post) nor a
    sentence that goes on in lower case: those are the story's."""
    story = find_story(doc)
    stats = block_stats(doc)
    for rank in range(story.first + 1, story.last):
        block, own = doc.content[rank], stats[rank]
        if (
            0 < own.words <= LINK_LINE_WORDS
            and own.linked >= LINK_LINE_SHARE * own.chars
            and own.kind not in (IMAGE, HEADING)
            and not _LOWER_START.match(block.stripped)
        ):
            yield line_span(block, "navigation.link_line", "a line of link text inside the story")


class Navigation(Cleaner):
    """Remove related-story links, previous/next links, teaser blocks, tags and breadcrumbs."""

    name = "navigation"
    rules = LineRules(RULES)

    def __init__(
        self, *, blocks: bool = True, strict: bool = True, words: bool = True, links: bool = True
    ) -> None:
        #: Also judge short blocks by the family's vocabulary (see :class:`Cleaner`).
        self.words = words
        #: Remove the teaser block after a tail marker (off in the conservative preset).
        self.blocks = blocks
        #: Remove Markdown link lines inside the story (off in the conservative preset).
        self.links = links
        #: Judge a block by the lines after it (True), or by position alone (aggressive).
        self.strict = strict

    def find(self, doc: Document) -> Iterator[Span]:
        spans = self._rule_spans(doc)
        if self.links and doc.shape == "markdown":
            spans = itertools.chain(spans, _link_lines(doc))
        return self.with_words(doc, spans)

    def _rule_spans(self, doc: Document) -> Iterator[Span]:
        if doc.language is None:
            found = _Patterns(_BLOCK, _PREVIOUS_NEXT, self.rules)
        else:
            found = _patterns(doc.language)
        skip: set[int] = set()
        for line in doc:
            if line.index in skip:
                continue
            text = line.stripped
            linked = found.previous_next.match(text) if len(text) <= _PAGER_MAX else None
            if linked is not None and linked.group("more"):
                # A pager: its links lead to other posts, not to one headline under it.
                yield line_span(line, "navigation.pager", "a blog's pager")
                continue
            if linked is not None and len(text) <= 60:
                yield line_span(line, "navigation.previous_next", "a previous/next story link")
                headline = doc.next_content(line)
                if headline is not None and self._headline(headline, found):
                    skip.add(headline.index)
                    yield line_span(
                        headline,
                        "navigation.previous_next",
                        "the headline of a linked story",
                        positional=True,
                    )
                continue
            if len(text) <= 80 and found.block.match(text):
                if self.blocks and opens_tail_block(doc, line, strict=self.strict):
                    yield from _block(
                        doc,
                        line,
                        "navigation.block",
                        "a related-stories heading",
                        "a teaser under a related-stories heading",
                    )
                    return
                yield line_span(line, "navigation.marker", "a related-stories heading")
                continue
            if (
                self.blocks
                and len(text) <= 60
                and doc.fraction_before(line) >= _WEAK_POSITION
                and _WEAK_BLOCK.match(text)
                and story_lines_after(doc, line) == 0
                and len(doc.content) - doc.position(line) > 2
            ):
                yield from _block(
                    doc,
                    line,
                    "navigation.weak_block",
                    "a heading over teasers",
                    "a teaser under a heading",
                )
                return
            rule = found.rules.match(doc, line)
            if rule is not None:
                yield line_span(line, rule.id, rule.reason)

    @staticmethod
    def _headline(line: Line, found: _Patterns) -> bool:
        text = line.stripped
        return (
            len(text) <= _HEADLINE_MAX
            and not _SENTENCE_END.search(text)
            and not found.previous_next.match(text)
            and not found.block.match(text)
        )
