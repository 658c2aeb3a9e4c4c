"""``chrome``: the page around the story: menus, link lists, teaser lists, footers, forms.

The story finder (:mod:`newsclean.story`) reads every block's shallow features, finds
the main run of prose blocks (the story), scores each stretch of blocks around it that
is not prose, and judges each of their blocks with its stretch's score among its own
features. The blocks it scores as chrome go, each with a reason that says what decided:
"one of 14 short lines before the story" (the run of blocks that go together). Inside the
story this cleaner removes nothing (the named families judge those blocks), and prose
outside it stays, as do the story's own runs (its list, photo, table, fact box), the
story's headline (:func:`newsclean.story.headline`) and what stands between the
headline and the story, the text's only top-level heading a little further up
(:func:`newsclean.story.lone_headline`), a list a story paragraph introduces with a
colon (:func:`newsclean.story.introduced_lists`), and a byline or a date line in the few
blocks before or after the story (its family takes it and keeps the name or the date).
The page's title line ("Marsh Notes: Heron count", its first line, which says the
story's headline again above it) goes. The guard (:mod:`newsclean.guard`) still checks
every removal.

Language-independent: the features are lengths, function-word shares (a stoplist per
language), punctuation, links, list and heading marks, capitals, digits and position.

>>> from newsclean import DEFAULT
>>> menu = ["Home", "World", "Business", "Sport", "Weather", "Video", "Search"]
>>> story = ["The council said on Monday that the coast road would stay closed for a week "
...          "while engineers inspect the damaged sea wall, and that buses would run instead."] * 4
>>> cleaned = DEFAULT.only("chrome").explain("\\n".join(menu + story), shape="page")
>>> cleaned.text == "\\n".join(story)
True
>>> cleaned.removals[0].reason
'one of 7 short lines before the story'
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.cleaners.meta_lines import meta_line
from newsclean.document import Block, Document
from newsclean.records import Span
from newsclean.story import (
    VISIBLE,
    Weights,
    find_story,
    headline,
    introduced_lists,
    lone_headline,
    looks,
    numbered_list,
    title_line,
    weights,
)

#: How far from the story (in blocks) a byline or a date line is the story's. On the
#: fit half of the readability pages as page text, the story's bylines and dates stood
#: 1 to 11 blocks before it; those further up (36 to 40) were an infobox's dates. After
#: the story, a blog's "posted by Ann Marsh at 11:42" stands next to it.
CREDIT_REACH = 12


def _credits(doc: Document, block: Block) -> bool:
    """True when ``block`` is a meta line that names the story's authors or its date by
    its own form ("By Daniel Hirst", "Published 3 November 2026"). In the blocks just
    before or after the story (:data:`CREDIT_REACH`; dates further up are a sidebar's or
    an infobox's), its own family removes it and captures them as metadata, which a
    stretch's removal would not. It is read as a line inside the page, not at its head:
    bare names between bars ("Symptoms | Doctors | Health Care Reform", a menu) are the
    stretch's."""
    meta = meta_line(doc, block)
    return meta is not None and bool(meta.authors or meta.published)


class Chrome(Cleaner):
    """Remove the blocks of non-prose around the story that the story finder scores as
    chrome."""

    name = "chrome"
    #: Its runs lie outside the story's main run: one that holds a paragraph of two
    #: sentences goes but for that paragraph (see :meth:`newsclean.guard.Guard.check`).
    splits = True

    def __init__(self, *, fitted: Weights | None = None) -> None:
        #: The finder's weights (default: the shipped ``rules/story.json``).
        self.fitted = fitted

    def find(self, doc: Document) -> Iterator[Span]:
        fitted = self.fitted or weights()
        if not fitted.acts(doc.shape) or len(doc.content) < 2:
            return
        story = find_story(doc, fitted)
        where = (story.first, story.last)
        title = title_line(doc, where)
        if title:
            yield line_span(doc.content[0], "chrome.title_line",
                            "the page's title line: it says the headline again",
                            positional=True)  # fmt: skip
        at = fitted.threshold(doc.shape)
        chosen = {rank for rank, score in enumerate(story.chrome) if score > at}
        at = fitted.stretch_threshold(doc.shape)
        # The story's headline, and what stands between it and the story, are the story's
        # (the named families judge a byline or a date there).
        top = headline(doc, where) if at < 1.0 else None
        own = numbered_list(doc, where)
        for stretch in story.stretches:
            if stretch.score > at:
                last = stretch.last
                if top is not None and stretch.where == "before" and last >= top:
                    last = top - 1
                chosen.update(
                    rank
                    for rank in range(stretch.first, last + 1)
                    if VISIBLE.search(doc.content[rank].text)  # format marks read as blank
                    and rank not in own
                )
        if title:
            chosen.discard(0)  # it went above, with its own reason
        # The text's only top-level heading, a little further before the story, is its
        # headline too; a list that a story paragraph introduces is the story's.
        chosen.discard(lone_headline(doc, where))
        chosen -= introduced_lists(doc, story, fitted.bar)
        # A byline or date line next to the story goes by its family, which keeps what it
        # says: it is none of the runs the reasons count.
        chosen = {
            rank
            for rank in chosen
            if not (_near(story.first, story.last, rank) and _credits(doc, doc.content[rank]))
        }
        for first, last in _together(sorted(chosen)):
            side = "before" if last < story.first else "after"
            one, many = looks(doc, first, last)
            size = last - first + 1
            reason = (
                f"a {one} {side} the story"
                if size == 1
                else f"one of {size} {many} {side} the story"
            )
            for rank in range(first, last + 1):
                yield line_span(doc.content[rank], f"chrome.{side}_story", reason,
                                positional=True)  # fmt: skip


def _near(first: int, last: int, rank: int) -> bool:
    """True for a rank within :data:`CREDIT_REACH` blocks of the story, before or after."""
    return 0 < first - rank <= CREDIT_REACH or 0 < rank - last <= CREDIT_REACH


def _together(ranks: list[int]) -> list[tuple[int, int]]:
    """The runs of ranks next to each other in ``ranks`` (ascending), as ``(first, last)``.

    >>> _together([1, 2, 3, 7, 9, 10])
    [(1, 3), (7, 7), (9, 10)]
    """
    runs: list[tuple[int, int]] = []
    for rank in ranks:
        if runs and runs[-1][1] == rank - 1:
            runs[-1] = (runs[-1][0], rank)
        else:
            runs.append((rank, rank))
    return runs
