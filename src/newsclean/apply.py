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
    text: str,
    removals: Iterable[Removal | Span],
    *,
    lines: Sequence[Line] | None = None,
    offsets: list[tuple[int, int, int]] | None = None,
) -> str:
    """Return ``text`` with ``removals`` applied and the holes they leave closed.

    Removals must not overlap (the pipeline guarantees it for its own). ``lines``, when
    given, are ``split_lines(text)`` already made. ``offsets``, when given, receives where
    the result's characters come from: ``(start, end, source)`` for each stretch of the
    result copied from ``text`` at ``source``, in order (a removal's replacement is no
    copy; see :func:`source_ranges`).

    >>> from newsclean.records import Span
    >>> apply_removals("Head\\n\\nShare\\n\\nBody.", [Span(6, 11, "x", "a button")])
    'Head\\n\\nBody.'
    """
    ordered = sorted(removals, key=lambda r: (r.start, r.end))
    if not ordered:
        if offsets is not None and text:
            offsets.append((0, len(text), 0))
        return text
    if lines is None:
        lines = split_lines(text)
    separator = paragraph_separator(lines)
    starts = [r.start for r in ordered]

    out: list[str] = []
    pending: list[str] = []  # blank lines seen since the last kept content line
    # Where each entry of ``out`` and ``pending`` comes from: its line and the edits in
    # it (kept only when ``offsets`` is asked for).
    sources: list[tuple[Line, list[Removal | Span]]] | None = None if offsets is None else []
    waiting: list[tuple[Line, list[Removal | Span]]] = []
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
            if sources is not None:
                waiting.append((line, edits))
            continue
        content = _edited(text, line, edits) if edits else line.text
        if not content.strip():
            touched = True
            continue
        if emitted:
            kept = separator if touched else len(pending)
        else:
            kept = 0 if touched else len(pending)
        out.extend(pending[:kept])
        out.append(content + text[line.end : line.stop])
        if sources is not None:
            sources.extend(waiting[:kept])
            sources.append((line, edits))
            waiting = []
        pending = []
        touched = False
        emitted = True
    if not touched:
        out.extend(pending)
        if sources is not None:
            sources.extend(waiting)
    result = "".join(out)
    if offsets is not None and sources is not None:
        _record(text, sources, offsets)
    if touched and lines and lines[-1].end == lines[-1].stop:
        # The text did not end with a line break; neither does the clean text.
        result = result.rstrip("\r\n")
    return result


def _record(
    text: str,
    sources: Sequence[tuple[Line, Sequence[Removal | Span]]],
    offsets: list[tuple[int, int, int]],
) -> None:
    """Write into ``offsets`` where each stretch of the result comes from in ``text``:
    the entries ``sources`` name, in the result's order (each its line, as
    :func:`_edited` makes it, and the line's ending)."""
    at = 0
    for line, edits in sources:
        pieces: list[tuple[int, int] | str] = []
        if edits:
            _edited(text, line, edits, pieces)
        else:
            pieces.append((line.start, line.end))
        pieces.append((line.end, line.stop))
        for piece in pieces:
            if isinstance(piece, str):
                at += len(piece)
                continue
            start, end = piece
            if end <= start:
                continue
            if offsets and offsets[-1][1] == at and offsets[-1][2] + at - offsets[-1][0] == start:
                first = offsets.pop()  # one stretch of the text, copied on
                offsets.append((first[0], at + end - start, first[2]))
            else:
                offsets.append((at, at + end - start, start))
            at += end - start


def source_ranges(
    offsets: Sequence[tuple[int, int, int]], start: int, end: int
) -> list[tuple[int, int]]:
    """Return the stretches of the original text that the result's ``start:end`` was
    copied from, in order (a replacement in it has none), given the ``offsets`` that
    :func:`apply_removals` recorded. An empty stretch (an insertion) maps to where it
    stands.

    >>> text = "Head\\n\\nShare\\n\\nBody."
    >>> offsets = []
    >>> apply_removals(text, [Span(6, 11, "x", "a button")], offsets=offsets)
    'Head\\n\\nBody.'
    >>> source_ranges(offsets, 6, 11)  # "Body." in the result
    [(13, 18)]
    >>> source_ranges(offsets, 0, 11)  # the whole result: two stretches of the text
    [(0, 6), (13, 18)]
    >>> source_ranges(offsets, 8, 8)  # an insertion before "dy." stands where "dy." came from
    [(15, 15)]
    """
    found: list[tuple[int, int]] = []
    first = max(bisect_left(offsets, (start + 1,)) - 1, 0)
    for index in range(first, len(offsets)):  # no copy of the rest: one claim at a time
        begin, stop, source = offsets[index]
        if begin > end or (begin == end and start != end):
            break
        if start == end:
            if begin <= start <= stop:
                return [(source + start - begin,) * 2]
            continue
        low, high = max(start, begin), min(end, stop)
        if low < high:
            found.append((source + low - begin, source + high - begin))
    return found


def _edited(
    text: str,
    line: Line,
    edits: Sequence[Removal | Span],
    pieces: list[tuple[int, int] | str] | None = None,
) -> str:
    """Return the content of ``line`` with ``edits`` (clipped to it) applied; ``pieces``,
    when given, receives where it comes from (a stretch of ``text``, or a replacement)."""
    parts: list[str] = []
    pos = line.start
    for edit in edits:
        start = max(edit.start, line.start)
        end = min(edit.end, line.end)
        if start < pos:
            continue
        if start > line.end:
            break
        parts.append(text[pos:start])
        parts.append(edit.replacement)
        if pieces is not None:
            pieces.append((pos, start))
            pieces.append(edit.replacement)
        pos = max(pos, end)
    parts.append(text[pos : line.end])
    if pieces is not None:
        pieces.append((pos, line.end))
    return "".join(parts)
