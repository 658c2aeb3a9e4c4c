"""``chrome``: the page around the story: menus, link lists, teaser lists, footers, forms.

The story finder (:mod:`newsclean.story`) reads every block's shallow features, finds
the main run of prose blocks (the story) and scores each stretch of blocks around it
that is not prose. A stretch that scores as chrome goes whole, each block with a reason
that says what decided: "one of 14 short lines before the story". Inside the story this
cleaner removes nothing (the named families judge those blocks), and prose outside it
stays, as do the story's headline (a top-level heading just before it) and what stands
between the headline and the story, and a byline or a date line in the few blocks before
the story (its family takes it and keeps the name or the date). The guard
(:mod:`newsclean.guard`) still checks every removal.

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
from newsclean.story import VISIBLE, Weights, find_story, headline, looks, weights

#: How far before the story (in blocks) a byline or a date line is the story's. On the
#: fit half of the readability pages as page text, the story's bylines and dates stood
#: 1 to 11 blocks before it; those further up (36 to 40) were an infobox's dates.
CREDIT_REACH = 12


def _credits(doc: Document, block: Block) -> bool:
    """True when ``block`` is a meta line that names the story's authors or its date by
    its own form ("By Daniel Hirst", "Published 3 November 2026"). In the blocks just
    before the story (:data:`CREDIT_REACH`; dates further up are a sidebar's or an
    infobox's), its own family removes it and captures them as metadata, which a
    stretch's removal would not. It is read as a line inside the page, not at its head:
    bare names between bars ("Symptoms | Doctors | Health Care Reform", a menu) are the
    stretch's."""
    meta = meta_line(doc, block)
    return meta is not None and bool(meta.authors or meta.published)


class Chrome(Cleaner):
    """Remove the stretches of non-prose around the story that the story finder scores as
    chrome."""

    name = "chrome"
    #: Its stretches lie outside the story's main run: one that holds a paragraph of two
    #: sentences goes but for that paragraph (see :meth:`newsclean.guard.Guard.check`).
    splits = True

    def __init__(self, *, fitted: Weights | None = None) -> None:
        #: The finder's weights (default: the shipped ``rules/story.json``).
        self.fitted = fitted

    def find(self, doc: Document) -> Iterator[Span]:
        fitted = self.fitted or weights()
        threshold = fitted.threshold(doc.shape)
        if threshold >= 1.0 or len(doc.content) < 2:
            return
        story = find_story(doc, fitted)
        # The story's headline, and what stands between it and the story, are the story's
        # (the named families judge a byline or a date there).
        top = headline(doc, (story.first, story.last))
        for stretch in story.stretches:
            if stretch.score <= threshold:
                continue
            one, many = looks(doc, stretch.first, stretch.last)
            where = f"{stretch.where} the story"
            reason = (
                f"a {one} {where}" if stretch.size == 1 else f"one of {stretch.size} {many} {where}"
            )
            rule = f"chrome.{stretch.where}_story"
            last = stretch.last
            if top is not None and stretch.where == "before" and last >= top:
                last = top - 1
            for rank in range(stretch.first, last + 1):
                block = doc.content[rank]
                if not VISIBLE.search(block.text):  # a line of format marks reads as blank
                    continue
                if 0 < story.first - rank <= CREDIT_REACH and _credits(doc, block):
                    continue  # the byline or date family takes it, and keeps what it says
                yield line_span(block, rule, reason, positional=True)
