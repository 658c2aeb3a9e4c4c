"""Apply removals to a text: the one place where the text changes.

:func:`apply_removals` is what the pipeline runs, and what a user runs to replay an
explanation: ``apply_removals(text, explain(text).removals) == clean(text)``.

Whitespace follows POLICY.md: a line whose content is all removed goes with its line
ending; a run of blank lines left around removed lines collapses to the text's own
paragraph separator; blank lines a removal left at the start or end go; every other
line stays as it was.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence

from newsclean.lines import Line, split_lines
from newsclean.records import Removal, Span


def paragraph_separator(lines: Sequence[Line]) -> int:
    """Return how many blank lines the text puts between paragraphs (its commonest run).

    >>> paragraph_separator(split_lines("a\\n\\nb\\n\\nc\\n\\n\\nd"))
    1
    >>> paragraph_separator(split_lines("a\\nb\\nc"))
    0
    """
    runs: Counter[int] = Counter()
    run = 0
    seen_content = False
    for line in lines:
        if line.blank:
            run += 1
            continue
        if seen_content and run:
            runs[run] += 1
        run = 0
        seen_content = True
    if not runs:
        return 1 if any(line.blank for line in lines) else 0
    return runs.most_common(1)[0][0]


def apply_removals(
    text: str, removals: Iterable[Removal | Span], *, lines: Sequence[Line] | None = None
) -> str:
    """Return ``text`` with ``removals`` applied and the holes they leave closed.

    Removals must not overlap (the pipeline guarantees it for its own). ``lines``, when
    given, are ``split_lines(text)`` already made.

    >>> from newsclean.records import Span
    >>> apply_removals("Head\\n\\nShare\\n\\nBody.", [Span(6, 11, "x", "a button")])
    'Head\\n\\nBody.'
    """
    ordered = sorted(removals, key=lambda r: (r.start, r.end))
    if not ordered:
        return text
    if lines is None:
        lines = split_lines(text)
    separator = paragraph_separator(lines)
    starts = [r.start for r in ordered]

    out: list[str] = []
    pending: list[str] = []  # blank lines seen since the last kept content line
    touched = False  # a removed line stands among the pending blank lines
    emitted = False  # a content line has been written
    for line in lines:
        first = bisect_left(starts, line.start)
        while first > 0 and ordered[first - 1].end > line.start:
            first -= 1
        edits = []
        for index in range(first, len(ordered)):
            removal = ordered[index]
            if removal.start >= line.stop:
                break
            if removal.end > line.start or removal.start == removal.end:
                edits.append(removal)
        if line.blank:
            if any(r.start <= line.start and r.end >= line.stop for r in edits):
                continue  # an explicit removal of the blank line itself
            blank = _edited(text, line, edits) if edits else line.text
            pending.append(blank + text[line.end : line.stop])
            continue
        content = _edited(text, line, edits) if edits else line.text
        if not content.strip():
            touched = True
            continue
        if emitted:
            out.extend(pending[:separator] if touched else pending)
        elif not touched:
            out.extend(pending)
        out.append(content + text[line.end : line.stop])
        pending = []
        touched = False
        emitted = True
    if not touched:
        out.extend(pending)
    result = "".join(out)
    if touched and lines and lines[-1].end == lines[-1].stop:
        # The text did not end with a line break; neither does the clean text.
        result = result.rstrip("\r\n")
    return result


def _edited(text: str, line: Line, edits: Sequence[Removal | Span]) -> str:
    """Return the content of ``line`` with ``edits`` (clipped to it) applied."""
    pieces: list[str] = []
    pos = line.start
    for edit in edits:
        start = max(edit.start, line.start)
        end = min(edit.end, line.end)
        if start < pos:
            continue
        if start > line.end:
            break
        pieces.append(text[pos:start])
        pieces.append(edit.replacement)
        pos = max(pos, end)
    pieces.append(text[pos : line.end])
    return "".join(pieces)
