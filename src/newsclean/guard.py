"""The guard: no block removal takes the story.

Losing a paragraph of the story is far worse than leaving a line of furniture, so every
cleaner's removals pass the guard before the ledger takes them. A *block removal* is a
run of blocks, next to each other on the page as it stands, that one rule of one cleaner
takes for where they stand (spans marked ``positional``: the teasers under a
related-stories heading, a stretch of menus around the story, the headline under "Next
Story"). The guard refuses a block removal that would take

* two or more story-prose paragraphs in a row (:func:`newsclean.prose.is_prose`), or
* more than half of the words of the text's paragraphs (its blocks of at least
  :data:`~newsclean.prose.PROSE_WORDS` words, whether or not they end a sentence: a
  misread wrapped story or a long list counts).

A refused removal is not made; ``explain`` lists it in ``Cleaned.refused`` with the
guard's reason. A block a rule removes for its own words (a line that is a byline, a
prompt, a date) is not a block removal: its rule is the evidence, and the golden corpus
measures it.

>>> import newsclean
>>> paragraph = "The council said on Monday that the coast road would stay closed for a week."
>>> text = "\\n".join(["Rain closes the road", paragraph, "Related stories", paragraph, paragraph])
>>> cleaned = newsclean.explain(text)
>>> cleaned.text == text.replace("Related stories\\n", "")
True
>>> sorted({(r.rule, r.guard) for r in cleaned.refused})
[('navigation.block', 'it would take 2 story paragraphs in a row')]
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Iterable

from newsclean.document import Block, Document
from newsclean.prose import block_stats, may_be_long
from newsclean.records import Refusal, Span

#: A block removal may take at most this share of a text's prose words.
PROSE_SHARE = 0.5


class Guard:
    """Checks each cleaner's spans against the story, and keeps what it refused."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._total: int | None = None
        self.refused: list[tuple[Span, str, str]] = []

    def total(self) -> int:
        """The words of the text's paragraphs (computed when a removal first takes one)."""
        if self._total is None:
            self._total = sum(s.words for s in block_stats(self.doc) if s.long)
        return self._total

    def check(self, view: Document, cleaner: str, spans: Iterable[object]) -> list[object]:
        """Return the spans that pass; record the refused ones."""
        found = list(spans)
        if not any(isinstance(span, Span) and span.positional for span in found):
            return found
        blocks = view.content
        starts = [block.start for block in blocks]
        taken: dict[tuple[int, str], list[int]] = {}  # (block rank, rule) -> spans taking it
        for k, span in enumerate(found):
            if not isinstance(span, Span):
                continue  # the ledger says what is wrong with it
            if not span.positional:
                continue  # taken for its own words: not a block removal
            rule = span.rule
            rank = bisect_left(starts, span.start)
            while rank < len(blocks) and blocks[rank].end <= span.end:
                taken.setdefault((rank, rule), []).append(k)
                rank += 1
        if not taken:
            return found
        why_of: dict[int, str] = {}  # span -> why the guard refused it
        for rule, run in _runs(sorted(taken, key=lambda key: (key[1], key[0]))):
            why = self._judge(view, [blocks[rank] for rank in run])
            if why is not None:
                for rank in run:
                    for k in taken[rank, rule]:
                        why_of.setdefault(k, why)
        if not why_of:
            return found
        for k in sorted(why_of):
            span = found[k]
            assert isinstance(span, Span)
            self.refused.append((span, cleaner, why_of[k]))
        return [span for k, span in enumerate(found) if k not in why_of]

    def refusals(self, text: str) -> tuple[Refusal, ...]:
        """Return what the guard refused, in text order."""
        return tuple(
            Refusal(
                span.start,
                span.end,
                cleaner,
                span.rule,
                span.reason,
                text[span.start : span.end],
                why,
            )
            for span, cleaner, why in sorted(self.refused, key=lambda item: item[0].start)
        )

    def _judge(self, view: Document, run: list[Block]) -> str | None:
        if not any(may_be_long(block) for block in run):
            return None  # no paragraph-long block: nothing the guard protects
        stats = block_stats(view, run)
        if not any(s.long for s in stats):
            return None
        for a, b in itertools.pairwise(stats):
            if a.prose and b.prose:
                return "it would take 2 story paragraphs in a row"
        words = sum(s.words for s in stats if s.long)
        total = self.total()
        if words > PROSE_SHARE * total:
            return f"it would take {words} of the {total} words of the text's paragraphs"
        return None


def _runs(keys: list[tuple[int, str]]) -> list[tuple[str, list[int]]]:
    """Split (rank, rule) keys, sorted by rule then rank, into runs of consecutive ranks
    with one rule.

    >>> _runs([(1, "a"), (2, "a"), (3, "b"), (4, "a"), (5, "a"), (9, "a")])
    [('a', [1, 2]), ('b', [3]), ('a', [4, 5]), ('a', [9])]
    """
    runs: list[tuple[str, list[int]]] = []
    for rank, rule in keys:
        if runs and runs[-1][0] == rule and runs[-1][1][-1] == rank - 1:
            runs[-1][1].append(rank)
        else:
            runs.append((rule, [rank]))
    return runs
