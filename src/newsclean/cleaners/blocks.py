"""Tail blocks: when does a marker open a list of teasers that runs to the end of the page?

A marker such as "Latest from X" near the end is followed by teaser headlines and
snippets; the same marker mid-story is followed by more story. Story paragraphs are
long and end their sentences; teaser headlines do not end with a full stop, and
snippets are cut short. Two story-like lines in a row after the marker mean the story
goes on.
"""

from __future__ import annotations

import regex

from newsclean.document import Document, Line

#: A line this long that ends a sentence reads as a story paragraph.
STORY_LINE = 100
_ENDS_SENTENCE = regex.compile(r"[.!?…\"”’)»।॥]\s*$")


#: A line this long is a paragraph however it ends (a table cell holding a story, say).
LONG_LINE = 400


def story_like(line: Line) -> bool:
    """True when ``line`` reads like a paragraph of a story (long, ends a sentence).

    Table pipes around the text do not count ("| The minister said ... |").
    """
    text = line.stripped.strip("| \u00a0")
    if len(text) >= LONG_LINE:
        return True
    return len(text) >= STORY_LINE and _ENDS_SENTENCE.search(text) is not None


def _suffix_stats(doc: Document) -> tuple[list[int], list[bool]]:
    """Per content line: story-like lines from there to the end, and whether two stand in a row.

    Computed once per document, so judging many markers stays linear.
    """
    # Views of one text only ever lose lines, so their size tells them apart.
    key = f"{__name__}:{len(doc.content)}"
    cached = doc.memo.get(key)
    if cached is None:
        flags = [story_like(line) for line in doc.content]
        size = len(flags)
        prose = [0] * (size + 1)
        pair = [False] * (size + 1)
        for i in range(size - 1, -1, -1):
            prose[i] = prose[i + 1] + flags[i]
            pair[i] = pair[i + 1] or (flags[i] and i + 1 < size and flags[i + 1])
        cached = doc.memo[key] = (prose, pair)
    return cached  # type: ignore[return-value]


def story_lines_after(doc: Document, line: Line) -> int:
    """Return how many story-like content lines follow ``line`` (linear overall: memoised)."""
    prose_after, _ = _suffix_stats(doc)
    return prose_after[doc.position(line) + 1]


def opens_tail_block(doc: Document, marker: Line, *, strict: bool = True) -> bool:
    """Return True when the lines after ``marker`` read as a teaser block, not story.

    ``strict=False`` (the aggressive preset) trusts any marker in the second half of
    the page.
    """
    first = doc.position(marker) + 1
    count = len(doc.content) - first
    if count == 0:
        return True
    position = doc.fraction_before(marker)
    if not strict:
        return position >= 0.5
    prose_after, pair_after = _suffix_stats(doc)
    prose = prose_after[first]
    if prose == 0:
        return position >= 0.2 or count >= 2
    if pair_after[first]:
        return False
    return position >= 0.5 and count >= 2 and prose * 2 <= count
