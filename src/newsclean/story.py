"""Find the story: the main run of prose blocks, and the stretches of chrome around it.

Two small fitted models judge blocks from shallow, language-independent features
(:mod:`newsclean.prose`):

1. The *prose* model scores how story-like each block is, from its own features
   (length, function words, sentence punctuation, links, kind, capitals and digits,
   position), its neighbours' and the text's.
2. The *story* is the run of blocks with the most story in it: the stretch that
   maximises the sum of ``(score - bar) * (words + 1)``, so a long prose paragraph
   outweighs a short menu line and a teaser list inside the story does not split it.
3. Outside the story, each run of blocks that are not prose (score below ``tau``) is a
   *stretch*; the *stretch* model scores it from what its blocks look like, how many
   there are, and where it stands (before or after the story, how far, between prose).
4. The *block* model judges the blocks of those runs one by one: from the block's own
   row of the prose model, its prose score and its neighbours', where it stands (before
   or after the story, how many blocks and words away), how much of the text the story
   is, and its stretch (the stretch model's score, how many blocks). A block that scores
   above the ``threshold`` of the shape the text is read in is chrome. A stretch judged
   whole goes or stays whole; judged block by block, the menu lines of a stretch go
   while a line of the story's at its edge may stay, and a short stretch of menu lines
   whose stretch score is middling goes on its own blocks' looks.

Prose outside the story (a comment, an author's note: a block that passes
:func:`newsclean.prose.is_prose`) is never chrome here, named families judge it; nor is
a run that touches the story and holds paragraph-long items, images or a table next to
the story, a fact box, or a short run next to a sentence (the story's own list, photo,
table or last line: :func:`own_run`). Nor is the story's headline (the nearest heading
in the few blocks before it, when it is a top-level one) or what stands between it and
the story (a byline, a date: the named families judge those), nor, before the story, a
line that names authors or a date by its own form (its family removes it and keeps them
as metadata). After the story, a run with story prose on both sides is the block model's
to judge, with that as one of its features. The ``chrome`` cleaner also keeps the text's
only top-level heading a little further up (:func:`lone_headline`).

The weights are data (``rules/story.json``), fitted by ``tools/fit.py`` on the fit half
of the development data; the file says what it was fitted on. Inference is plain
Python: a dot product per block and per stretch.

>>> from newsclean.document import Document
>>> text = "\\n".join(["Home", "News", "Sport", "Weather", "Contact"] + [
...     "The council said on Monday that the coast road would stay closed for a week "
...     "while engineers inspect the sea wall."] * 3 + ["Privacy", "Terms"])
>>> story = find_story(Document(text))
>>> story.first, story.last
(5, 7)
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import math
import operator
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from newsclean.document import Document
from newsclean.lines import HEADING, IMAGE, ITEM, PARAGRAPH, TABLE, Block
from newsclean.prose import Stats, block_stats, reference_share
from newsclean.shapes import NUMBERED, SETEXT_UNDERLINE, SHAPES, SHORT_WORDS, TITLE_SEPARATOR

#: A character a reader sees: not white space, not a format mark (a zero-width space).
VISIBLE = regex.compile(r"[^\s\p{Cf}]")

#: Neighbours whose features a block sees, and the windows it sees shares of.
NEIGHBOURS = (-2, -1, 1, 2)
WINDOWS = (3, 10)

OWN = (
    "log_words", "stop_share", "stop_relative", "ends", "sentences", "linked", "heading",
    "item", "table", "image", "capitals", "digits", "short", "prose", "separators",
    "position",
)  # fmt: skip
NEIGHBOUR = ("log_words", "stop_relative", "ends", "prose", "short", "linked")
WINDOW = ("prose", "short", "log_words")
TEXT = ("log_blocks", "short_share", "prose_share", "prose_words", *(f"shape_{s}" for s in SHAPES))


def prose_feature_names() -> list[str]:
    """The names of the prose model's features, in order."""
    names = [f"own_{n}" for n in OWN]
    for offset in NEIGHBOURS:
        names += [f"n{offset:+d}_{n}" for n in NEIGHBOUR] + [f"n{offset:+d}_missing"]
    for size in WINDOWS:
        names += [f"w{size}_{n}" for n in WINDOW]
    return names + [f"text_{n}" for n in TEXT]


#: The threshold each shape reads (every shape its own).
SHAPE_GROUPS = {"lines": "lines", "paragraphs": "paragraphs", "page": "page",
                "wrapped": "wrapped", "markdown": "markdown"}  # fmt: skip

STRETCH = (
    "log_blocks", "single", "mean_log_words", "max_log_words", "mean_prose", "linked", "short",
    "heading", "item", "ends", "digits", "before", "after", "log_distance", "adjacent",
    "between_prose", "words_share", "story_share", "position", "text_short_share",
    *(f"shape_{s}" for s in SHAPES),
)  # fmt: skip

#: What the block model reads of a block outside the story, after its prose row: its
#: prose score and its neighbours' (0 where there is none), where it stands, how much of
#: the text the story is, its stretch (0 outside one) and whether story prose stands on
#: both sides of its run.
BLOCK = (
    "prose", "prose_back2", "prose_back1", "prose_next1", "prose_next2", "before",
    "log_distance", "log_words_between", "story_share", "log_story_blocks", "in_stretch",
    "stretch_score", "log_stretch_blocks", "both_sides",
)  # fmt: skip


def block_feature_names() -> list[str]:
    """The names of the block model's features, in order: the prose model's, then
    :data:`BLOCK`'s."""
    return [*prose_feature_names(), *(f"block_{n}" for n in BLOCK)]


def _own(stats: Stats, reference: float, position: float) -> list[float]:
    words = stats.words
    return [
        math.log1p(words),
        stats.stop_share,
        min(stats.stop_share / reference, 3.0) if reference else 0.0,
        float(stats.ends),
        min(stats.sentences, 4) / 4,
        stats.linked / stats.chars if stats.chars else 0.0,
        float(stats.kind == HEADING),
        float(stats.kind == ITEM),
        float(stats.kind == TABLE),
        float(stats.kind == IMAGE),
        min(stats.capitals / words, 1.0) if words else 0.0,
        stats.digits / stats.chars if stats.chars else 0.0,
        float(_short(stats)),
        float(stats.prose),
        min(stats.separators / words, 1.0) if words else 0.0,
        position,
    ]


def _short(stats: Stats) -> bool:
    return stats.words <= SHORT_WORDS and not stats.ends


#: Indices into :data:`OWN` of the features a neighbour contributes.
_NEIGHBOUR_AT = [OWN.index(name) for name in NEIGHBOUR]
#: Where a block's function-word share against the view's stands in its own row and in
#: what it gives its neighbours (read per view: see :func:`newsclean.prose.reference_share`).
_RELATIVE = OWN.index("stop_relative")
_RELATIVE_GIVEN = NEIGHBOUR.index("stop_relative")
#: Where each neighbour's features sit in the padded list :func:`prose_features` makes
#: (its rows are written for four neighbours and two windows).
_PAD = max(abs(offset) for offset in NEIGHBOURS)
_OFFSETS = tuple(_PAD + offset for offset in NEIGHBOURS)
#: What a missing neighbour gives: zeros, and 1 for "missing".
_EMPTY = [0.0] * len(NEIGHBOUR) + [1.0]
if len(_OFFSETS) != 4 or len(WINDOWS) != 2:
    raise ImportError("prose_features writes rows for four neighbours and two windows")


def prose_features(doc: Document) -> list[list[float]]:
    """Return the prose model's feature rows, one per block of ``doc`` (see the names)."""
    blocks = doc.content
    stats = block_stats(doc)
    size = len(blocks)
    length = len(doc.text) or 1
    reference = reference_share(doc)
    # A block's own row is its own (its statistics, the text's, where it starts): made
    # once per text and shared by every view; only its function-word share against the
    # view's is written in per view (below).
    memo = doc.memo.setdefault(f"{__name__}:own", {})
    assert isinstance(memo, dict)
    gone = _gone_before(doc)
    if gone is not None:
        # A view: where a block starts is read in what is left of the text, as it would be
        # in the clean text (so cleaning the clean text judges the same rows again).
        length = max(length - gone[-1][1], 1)
    whole = len(doc.text) or 1
    # A block's own row but where it starts, and where it starts (the row's last).
    own: list[list[float]] = []
    starts: list[float] = []
    # What each block gives its neighbours' rows (its own, so kept with its own row).
    given = [_EMPTY] * _PAD
    lost, at, count = 0, 0, len(gone) if gone is not None else 0
    for s, b in zip(stats, blocks, strict=False):
        key = (b.index, b.stripped)
        found = memo.get(key)
        if found is None:
            # Its share against the view's (see below) stands in for 0.0 here.
            row = _own(s, 0.0, b.start / whole)
            found = memo[key] = (row[:-1], row[-1], [*(row[k] for k in _NEIGHBOUR_AT), 0.0])
        mine, theirs = found[0], found[2]
        relative = min(s.stop_share / reference, 3.0) if reference else 0.0
        if relative:  # the block's function-word share against the view's
            mine, theirs = mine.copy(), theirs.copy()
            mine[_RELATIVE] = theirs[_RELATIVE_GIVEN] = relative
        own.append(mine)
        if gone is None:
            starts.append(found[1])
        else:
            # The characters lost before the block (blocks come in order, so do losses).
            while at < count and gone[at][0] <= b.start:
                lost = gone[at][1]
                at += 1
            starts.append((b.start - lost) / length)
        given.append(theirs)
    given += [_EMPTY] * _PAD
    prose = [float(s.prose) for s in stats]
    short = [float(_short(s)) for s in stats]
    all_words = sum(s.words for s in stats) or 1
    text_row = [
        math.log1p(size),
        sum(short) / size if size else 0.0,
        sum(prose) / size if size else 0.0,
        sum(s.words for s in stats if s.prose) / all_words,
        *(float(doc.shape == shape) for shape in SHAPES),
    ]
    # The windows' shares, a column per window: the same sums and divisions as block by
    # block, made in one loop per window.
    sums = (_prefix(prose), _prefix(short), _prefix([row[0] for row in own]))
    windows = _windows(sums, size)
    back2, back1, next1, next2 = _OFFSETS
    # One list per row, in the order of prose_feature_names().
    return [
        [*own[i], starts[i], *given[i + back2], *given[i + back1], *given[i + next1],
         *given[i + next2], *windows[i], *text_row]
        for i in range(size)
    ]  # fmt: skip


def _windows(
    sums: tuple[list[float], list[float], list[float]], size: int
) -> list[tuple[float, ...]]:
    """Each block's shares of prose, short blocks and log words within each of the
    :data:`WINDOWS` blocks on each side (the near window's three, then the far one's),
    from the prefix sums ``sums``."""
    prose, short, words = sums
    near, far = WINDOWS
    found: list[tuple[float, ...]] = []
    for i in range(size):
        lo, hi = (i - near if i > near else 0), min(i + near + 1, size)
        low, high = (i - far if i > far else 0), min(i + far + 1, size)
        span, wide = hi - lo, high - low
        found.append((
            (prose[hi] - prose[lo]) / span, (short[hi] - short[lo]) / span,
            (words[hi] - words[lo]) / span, (prose[high] - prose[low]) / wide,
            (short[high] - short[low]) / wide, (words[high] - words[low]) / wide,
        ))  # fmt: skip
    return found


def _gone_before(doc: Document) -> list[tuple[int, int]] | None:
    """For a view that has lost lines, each lost line's end and the characters lost up
    to it, in order; ``None`` for the whole text."""
    if len(doc.lines) == len(doc.origin_lines):
        return None
    key = f"{__name__}:gone"
    cached = doc.memo.get(key)
    if isinstance(cached, tuple) and cached[0] is doc.lines:
        found: list[tuple[int, int]] = cached[1]
        return found
    kept = {line.index for line in doc.lines}
    found, total = [], 0
    for line in doc.origin_lines:
        if line.index not in kept:
            total += line.stop - line.start
            found.append((line.stop, total))
    doc.memo[key] = (doc.lines, found)
    return found


def _prefix(values: Sequence[float]) -> list[float]:
    sums = [0.0]
    for value in values:
        sums.append(sums[-1] + value)
    return sums


@dataclass(frozen=True)
class Model:
    """A logistic model: weights over named features, a bias, and the file's notes."""

    features: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def logit(self, row: Sequence[float]) -> float:
        # fsum is exact: the products' sum is the correctly rounded one, in any order.
        return self.bias + math.fsum(map(operator.mul, self.weights, row))


@dataclass(frozen=True)
class Weights:
    """The fitted story finder: both models and the three numbers that use them."""

    prose: Model
    stretch: Model
    #: Judges each block outside the story that is not prose (see the module's summary).
    block: Model
    #: A block adds ``(score - bar) * (words + 1)`` to a stretch of story.
    bar: float
    #: Outside the story, blocks whose prose score is below this are not prose.
    tau: float
    #: A block outside the story is chrome when the block model's score is above the
    #: threshold of the shape its text is read in ...
    thresholds: dict[str, float]
    notes: dict[str, Any]
    #: ... or when it is in a stretch whose score is above this threshold of the shape.
    #: Each shape is judged by the model that does better on it (``tools/fit.py``).
    stretch_thresholds: dict[str, float] = dataclasses.field(default_factory=dict)

    def threshold(self, shape: str) -> float:
        """The block model's threshold for a text read in ``shape``."""
        return self.thresholds.get(SHAPE_GROUPS.get(shape, shape), 1.0)

    def stretch_threshold(self, shape: str) -> float:
        """The stretch model's threshold for a text read in ``shape``."""
        return self.stretch_thresholds.get(SHAPE_GROUPS.get(shape, shape), 1.0)

    def acts(self, shape: str) -> bool:
        """True when the finder removes anything from a text read in ``shape``."""
        return min(self.threshold(shape), self.stretch_threshold(shape)) < 1.0


def _model(data: dict[str, Any], names: Sequence[str]) -> Model:
    if list(data["features"]) != list(names):
        raise ValueError("rules/story.json was fitted for other features: run tools/fit.py")
    return Model(tuple(data["features"]), tuple(float(w) for w in data["weights"]),
                 float(data["bias"]))  # fmt: skip


def _block(data: dict[str, Any]) -> dict[str, Any]:
    if "block" not in data:
        raise ValueError("rules/story.json has no block model: run tools/fit.py --block-only")
    found: dict[str, Any] = data["block"]
    return found


@functools.cache
def weights() -> Weights:
    """Return the shipped weights (``newsclean/rules/story.json``), read once."""
    data = json.loads(
        (resources.files("newsclean") / "rules" / "story.json").read_text(encoding="utf-8")
    )
    return Weights(
        prose=_model(data["prose"], prose_feature_names()),
        stretch=_model(data["stretch"], STRETCH),
        block=_model(_block(data), block_feature_names()),
        bar=float(data["bar"]),
        tau=float(data["tau"]),
        thresholds={group: float(t) for group, t in data["thresholds"].items()},
        notes=data.get("notes", {}),
        stretch_thresholds={
            group: float(t) for group, t in data.get("stretch_thresholds", {}).items()
        },
    )


@dataclass(frozen=True)
class Stretch:
    """A run of blocks outside the story, none of them prose.

    ``first`` and ``last`` are ranks in ``doc.content``; ``where`` is ``"before"`` or
    ``"after"`` (the story); ``score`` the stretch model's (0 to 1: chrome-like).
    """

    first: int
    last: int
    where: str
    score: float

    @property
    def size(self) -> int:
        return self.last - self.first + 1


class Story:
    """Where the story is in a document, and the stretches of non-prose around it.

    ``first`` and ``last`` are ranks of blocks (in ``doc.content``); ``-1`` when the text
    has no run of story at all. ``prose`` holds each block's prose score (0 to 1);
    ``stretches`` the scored runs of non-prose outside the story; ``chrome`` each block's
    block-model score (0 to 1), 0 for a block the model does not judge (the story,
    prose, the story's own runs, its headline).

    The stretches and the block scores are read when first asked for: most readers of
    a view (the guard, the vocabulary model) need only where the story is and its prose
    scores. ``judge``, when given, returns them; ``stretches`` and ``chrome`` are what
    it returns when given directly.

    >>> story = Story(1, 2, (0.1, 0.9, 0.8))
    >>> story.inside(0), story.inside(2), story.stretches, story.chrome
    (False, True, (), ())
    """

    __slots__ = ("_chrome", "_judge", "_stretches", "first", "last", "prose")

    def __init__(
        self,
        first: int,
        last: int,
        prose: tuple[float, ...],
        stretches: tuple[Stretch, ...] = (),
        chrome: tuple[float, ...] = (),
        *,
        judge: Callable[[], tuple[tuple[Stretch, ...], tuple[float, ...]]] | None = None,
    ) -> None:
        self.first = first
        self.last = last
        self.prose = prose
        self._stretches = stretches
        self._chrome = chrome
        self._judge = judge

    def _judged(self) -> None:
        if self._judge is not None:
            self._stretches, self._chrome = self._judge()
            self._judge = None

    @property
    def stretches(self) -> tuple[Stretch, ...]:
        self._judged()
        return self._stretches

    @property
    def chrome(self) -> tuple[float, ...]:
        self._judged()
        return self._chrome

    def inside(self, rank: int) -> bool:
        return self.first <= rank <= self.last

    def __repr__(self) -> str:
        return f"Story(first={self.first}, last={self.last}, blocks={len(self.prose)})"


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    e = math.exp(value)
    return e / (1.0 + e)


#: A story-prose paragraph adds at least this much per word to a run of story.
PROSE_LIFT = 0.1


def main_run(
    scores: Sequence[float],
    words: Sequence[int],
    bar: float,
    prose: Sequence[bool] | None = None,
) -> tuple[int, int]:
    """Return the stretch of blocks with the most story: the maximum sum of
    ``(score - bar) * (words + 1)`` (Kadane's algorithm); ``(-1, -1)`` if none is positive.
    A block flagged in ``prose`` (a story-prose paragraph) never subtracts.

    >>> main_run([0.1, 0.9, 0.2, 0.9, 0.1], [2, 40, 3, 50, 2], 0.5)
    (1, 3)
    """
    best, best_range = 0.0, (-1, -1)
    total, start = 0.0, 0
    for i, (score, count) in enumerate(zip(scores, words, strict=False)):
        value = (score - bar) * (count + 1)
        if prose is not None and prose[i]:
            value = max(value, PROSE_LIFT * (count + 1))
        if total <= 0:
            total, start = value, i
        else:
            total += value
        if total > best:
            best, best_range = total, (start, i)
    return best_range


def story_run(doc: Document, scores: Sequence[float], bar: float) -> tuple[int, int]:
    """Return the main run of ``doc``'s blocks (:func:`main_run`) by their prose
    ``scores``: story-prose paragraphs never subtract, nor do the lines of a code block,
    which count as story prose does (a program between a post's paragraphs, or after its
    last long one, is the story's).

    >>> doc = Document("Home\\n\\n" + "The council said the road would stay shut. " * 3)
    >>> story_run(doc, [0.1, 0.9], 0.5)
    (1, 1)
    """
    stats = block_stats(doc)
    code = doc.code
    flags = [s.prose or b.index in code for s, b in zip(stats, doc.content, strict=False)]
    return main_run(scores, [s.words for s in stats], bar, flags)


_AT = {name: OWN.index(name) for name in OWN}
_W3_SHORT = prose_feature_names().index("w3_short")
_TEXT_SHORT = prose_feature_names().index("text_short_share")


def stretches(
    doc: Document,
    rows: Sequence[Sequence[float]],
    prose: Sequence[float],
    story: tuple[int, int],
    tau: float,
    runs: Sequence[tuple[int, int, str | None]] | None = None,
) -> list[tuple[int, int, list[float]]]:
    """Return the runs of non-prose blocks (prose score below ``tau``) outside ``story``
    that are not the story's own (:func:`own_run`), each as ``(first, last, features)``
    (see :data:`STRETCH`). ``runs``, when given, :func:`runs_outside`'s runs (read again
    when not)."""
    first, last = story
    if first < 0:
        return []
    words = [s.words for s in block_stats(doc)]
    all_words = sum(words) or 1
    story_share = sum(words[first : last + 1]) / all_words
    return [
        (i, j - 1, _stretch_row(doc, rows, prose, story, tau, i, j, all_words, story_share))
        for i, j, own in (runs_outside(doc, prose, story, tau) if runs is None else runs)
        if own is None
    ]


def runs_outside(
    doc: Document, prose: Sequence[float], story: tuple[int, int], tau: float
) -> list[tuple[int, int, str | None]]:
    """Return every run of non-prose blocks (prose score below ``tau``, not a story-prose
    paragraph, not a line of a code block) outside ``story``, as ``(first, end, own)``:
    ranks ``first`` to ``end - 1``, and why the run is the story's own (:func:`own_run`)
    or ``None``."""
    first, last = story
    if first < 0:
        return []
    stats = block_stats(doc)
    size = len(prose)
    code, blocks = doc.code, doc.content  # a code block's lines are in no run, as prose
    outside = [
        prose[i] < tau and not stats[i].prose and blocks[i].index not in code for i in range(size)
    ]
    found: list[tuple[int, int, str | None]] = []
    i = 0
    while i < size:
        if first <= i <= last or not outside[i]:
            i += 1
            continue
        j = i
        while j < size and not first <= j <= last and outside[j]:
            j += 1
        found.append((i, j, own_run(doc, story, i, j)))
        i = j
    return found


def _stretch_row(
    doc: Document,
    rows: Sequence[Sequence[float]],
    prose: Sequence[float],
    story: tuple[int, int],
    tau: float,
    i: int,
    j: int,
    all_words: int,
    story_share: float,
) -> list[float]:
    """The stretch model's features of the run of blocks ranked ``i`` to ``j - 1``
    (``all_words``: the text's words; ``story_share``: the story's share of them)."""
    first, last = story
    stats = block_stats(doc)
    size = len(rows)
    block_rows = rows[i:j]
    count = j - i
    before = j <= first
    distance = first - j if before else i - last - 1
    between = i > 0 and j < size and prose[i - 1] >= tau and prose[j] >= tau

    def mean(name: str) -> float:
        at = _AT[name]
        return sum(row[at] for row in block_rows) / count

    return [
        math.log1p(count),
        float(count == 1),
        mean("log_words"),
        max(row[0] for row in block_rows),
        sum(prose[i:j]) / count,
        mean("linked"),
        mean("short"),
        mean("heading"),
        mean("item"),
        mean("ends"),
        mean("digits"),
        float(before),
        float(not before),
        math.log1p(distance),
        float(distance == 0),
        float(between),
        sum(s.words for s in stats[i:j]) / all_words,
        story_share,
        rows[i][_AT["position"]],
        rows[i][_TEXT_SHORT],
        *(float(doc.shape == s) for s in SHAPES),
    ]


#: A run with story prose on both sides is the story's own for :func:`own_run`, but after
#: the story the block model judges its blocks (with that as a feature): there it is most
#: often the headlines between teasers' snippets, seldom the story's. Before the story it
#: stays (a photo credit under the standfirst, a meeting's list of those present).
SOFT_OWN = "prose on both sides"


def block_rows(
    doc: Document,
    rows: Sequence[Sequence[float]],
    prose: Sequence[float],
    story: tuple[int, int],
    tau: float,
    scored: Sequence[tuple[int, int, float]],
    runs: Sequence[tuple[int, int, str | None]] | None = None,
) -> list[tuple[int, list[float]]]:
    """Return the block model's rows (see :func:`block_feature_names`), as ``(rank, row)``,
    of the blocks outside ``story`` it judges: those of the runs of non-prose blocks
    (:func:`runs_outside`) that are not the story's own (but for :data:`SOFT_OWN` after the
    story), not the story's headline or what stands between it and the story, not the
    story's numbered list going on after it (:func:`numbered_list`), not a line of format
    marks. ``scored`` holds the stretches as ``(first, last, score)``; ``runs``, when
    given, :func:`runs_outside`'s runs (read again when not)."""
    first, last = story
    if first < 0:
        return []
    stats = block_stats(doc)
    size = len(prose)
    judged: set[int] = set()
    soft: set[int] = set()
    for i, j, own in runs_outside(doc, prose, story, tau) if runs is None else runs:
        if own == SOFT_OWN and i > last:
            soft.update(range(i, j))
        if own is None or (own == SOFT_OWN and i > last):
            judged.update(range(i, j))
    top = headline(doc, story)
    if top is not None:
        judged.difference_update(range(top, first))
    judged.difference_update(numbered_list(doc, story))
    in_stretch: dict[int, tuple[float, int]] = {}
    for i, j, score in scored:
        for rank in range(i, j + 1):
            in_stretch[rank] = (score, j - i + 1)
    words = [s.words for s in stats]
    before_words = _prefix(words)
    story_share = (before_words[last + 1] - before_words[first]) / (before_words[-1] or 1)
    story_blocks = math.log1p(last - first + 1)

    def around(rank: int) -> float:
        return prose[rank] if 0 <= rank < size else 0.0

    found = []
    for rank in range(size):
        if rank not in judged:
            continue
        if not VISIBLE.search(doc.content[rank].text):
            continue
        before = rank < first
        distance = first - rank if before else rank - last
        between = before_words[first] - before_words[rank + 1] if before else (
            before_words[rank] - before_words[last + 1])  # fmt: skip
        score, count = in_stretch.get(rank, (0.0, 0))
        extra = [
            prose[rank], around(rank - 2), around(rank - 1), around(rank + 1), around(rank + 2),
            float(before), math.log1p(distance), math.log1p(between), story_share, story_blocks,
            float(count > 0), score, math.log1p(count), float(rank in soft),
        ]  # fmt: skip
        found.append((rank, [*rows[rank], *extra]))
    return found


#: How far before the story its headline may stand (a byline, a date, a share bar between).
HEADLINE_REACH = 4
_TOP_HEADING = regex.compile(r"^\s{0,3}#\s")


def _top_level(block: Block) -> bool:
    """True when the heading ``block`` is a top-level one: "# Headline", or a Setext one
    ("Headline" over "========", its underline the block's last line)."""
    if _TOP_HEADING.match(block.text):
        return True
    return "\n" in block.text and SETEXT_UNDERLINE.match(block.text.rsplit("\n", 1)[1]) is not None


def headline(doc: Document, story: tuple[int, int]) -> int | None:
    """Return the rank of the story's headline, or ``None``: the nearest heading within
    :data:`HEADLINE_REACH` blocks before the story, when it is a top-level one (``# ...``);
    with no heading there, the nearest block there of :data:`REPEATED_WORDS` words or
    more that the page says again above it, with more beside it (in its title line,
    "Site - Headline") or alone (in a menu), or of two words or more that is a whole
    part of the text's first line, the title line cut at its separators ("Marsh Notes:
    Heron count"); never a line of a list said twice (:func:`_listed_twice`: the same
    teasers twice, however the first line reads). Both are read in the text as it came
    (a title line that went on a first pass still says which line is the headline); a
    line a family calls furniture by its form ("Share this article" said twice) is none.
    With neither, the text's first block that is not furniture by its form, of two words
    or more, is the headline when only such furniture stands between it and the story.
    ``None`` too when nothing stands before the story (or there is none).

    >>> doc = Document("# Menu\\n\\n* Home\\n\\n# Rain closes the coast road\\n\\nBy Ann Lee\\n\\n"
    ...                "The council said on Monday that the road would stay shut.",
    ...                shape="markdown")
    >>> [block.kind for block in doc]
    ['heading', 'item', 'heading', 'paragraph', 'paragraph']
    >>> headline(doc, (4, 4))
    2
    """
    key = f"{__name__}:headline:{story}"
    cached = doc.memo.get(key)
    if isinstance(cached, tuple) and cached[0] is doc.content:  # read on this view
        known: int | None = cached[1]
        return known
    found = _headline(doc, story)
    doc.memo[key] = (doc.content, found)
    return found


#: How far before the story the text's only top-level heading may stand and still be its
#: headline (photos, captions, a byline and a share bar between), and its fewest words (a
#: site's name, a blog's, is shorter).
LONE_HEADLINE_REACH = 12
LONE_HEADLINE_WORDS = 5
_TOPS = f"{__name__}:top headings"


def lone_headline(doc: Document, story: tuple[int, int]) -> int | None:
    """Return the rank of the text's only top-level heading (``# ...``, in the text as it
    came) when it stands within :data:`LONE_HEADLINE_REACH` blocks before the story, says
    :data:`LONE_HEADLINE_WORDS` words or more and no other heading stands between it and
    the story (a blog's name over its post's title); else ``None``. The blocks between
    are judged as before.

    >>> doc = Document("# Rain closes the coast road\\n\\nBy Ann Lee\\n\\n![](a.jpg)\\n\\n"
    ...                "Photo: Ann Lee\\n\\n* Share\\n\\n* Tweet\\n\\n"
    ...                "The council said on Monday that the road would stay shut.",
    ...                shape="markdown")
    >>> lone_headline(doc, (6, 6)), headline(doc, (6, 6))
    (0, None)
    """
    tops = doc.memo.get(_TOPS)
    if not isinstance(tops, list):  # once per text, for every view
        tops = doc.memo[_TOPS] = [
            block.index for block in doc.origin if block.kind == HEADING and _top_level(block)
        ]
    if len(tops) != 1:
        return None
    first = story[0]
    for rank in range(first - 1, max(first - 1 - LONE_HEADLINE_REACH, -1), -1):
        block = doc.content[rank]
        if block.index == tops[0]:
            return rank if block.stripped.count(" ") >= LONE_HEADLINE_WORDS - 1 else None
        if block.kind == HEADING:
            return None
    return None


def _headline(doc: Document, story: tuple[int, int]) -> int | None:
    first = story[0]
    reach = range(first - 1, max(first - 1 - HEADLINE_REACH, -1), -1)
    for rank in reach:
        block = doc.content[rank]
        if block.kind == HEADING:
            return rank if _top_level(block) else None
    # No heading: the headline is the nearest line that the page says again above it (its
    # title line, "Site - Headline", or a breadcrumb's last step). Above it in the text as
    # it came, not only in what is left: a page's title line goes with the menus under it
    # on the first pass, and the headline must not go on the next.
    said, starts, indices = _said_text(doc)
    title = doc.origin[0]
    parts = (
        {_said(part) for part in TITLE_SEPARATOR.split(title.stripped)}
        if first > 0 and title.index < doc.content[first].index
        else set()
    )
    for rank in reach:
        block = doc.content[rank]
        words = _said(block.stripped)
        count = words.count(" ") + 1
        at = bisect.bisect_left(indices, block.index)  # where it stands in ``said``
        part = count >= 2 and block is not title and words in parts
        if part and len(parts) == 1:
            # The whole first line says it: a title line, unless both are in a list said
            # twice (a teaser list's first line, its heading gone on a first pass).
            part = not _listed_twice(said, starts, at)
        # Said again in a line above it (the blocks in reach come before the story).
        again = count >= REPEATED_WORDS and _said_in(said, words, starts, at)
        if (part or again) and not _furniture(doc, rank):  # a share button said twice
            return rank
    # The text opens with its headline: the first block that is not furniture by its form,
    # with only such furniture ("Share this article") between it and the story.
    for rank in range(first):
        if not _furniture(doc, rank):
            between = range(rank + 1, first)
            two = " " in _said(doc.content[rank].stripped)  # a headline, not a label
            if two and rank in reach and all(_furniture(doc, other) for other in between):
                return rank
            break
    return None


def numbered_list(doc: Document, story: tuple[int, int]) -> range:
    """Return the ranks right after the story of a numbered list that goes on with the
    numbering of its last block ("2. What We Gained in the Fire" in the story, then "3.
    ...", "4. ...") or starts at 1 there: the story's own list, however short its items.
    An empty range when there is none.

    >>> doc = Document("The ten songs on this week's tape, in order:\\n1. Rain Song\\n"
    ...                "2. Harbour Lights\\n3. Low Tide\\nPreviously: The Daily")
    >>> numbered_list(doc, (0, 1)), numbered_list(doc, (0, 0))
    (range(2, 4), range(1, 4))

    html2text writes a list of ``<strong>`` items in bold, the number's full stop escaped:

    >>> numbered_list(Document("The tracks, in order:\\n**1\\\\. Rain Song**\\n"
    ...                        "**2\\\\. Low Tide**\\nPreviously: The Daily"), (0, 0))
    range(1, 3)
    """
    last = story[1]
    if last < 0:
        return range(0)
    found = NUMBERED.match(doc.content[last].text)
    number, end = int(found.group(1)) if found else 0, last + 1
    while end < len(doc.content):
        found = NUMBERED.match(doc.content[end].text)
        if found is None or int(found.group(1)) != number + 1:
            break
        number, end = number + 1, end + 1
    return range(last + 1, end)


def title_line(doc: Document, story: tuple[int, int]) -> bool:
    """True when the text's first line is the page's title line: it stands before the
    story's headline (:func:`headline`) and says it again ("Marsh Notes: Heron count"
    above "Heron count"). It is the page's, not the story's: the headline stays, and the
    title line is a copy with the site's name.

    >>> doc = Document("Marsh Notes: Heron count\\nHome\\nAbout\\nHeron count\\n"
    ...                "We counted forty-one grey herons on the estuary this morning.")
    >>> title_line(doc, (4, 4))
    True
    """
    top = headline(doc, story)
    if not top or story[0] <= 0:
        return False
    said = _said(doc.content[top].stripped)
    return bool(said) and f" {said} " in f" {_said(doc.content[0].stripped)} "


#: A line that the page says again is a headline when it has at least this many words.
REPEATED_WORDS = 3
_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}]+")


def _said_text(doc: Document) -> tuple[str, list[int], list[int]]:
    """:func:`_said` of every block of the text as it came, padded with spaces and joined
    by line breaks (which no search holds, so a match stays in one line); where each
    starts in it (and the end); and each block's index. Once per text, for every view:
    the memo is shared by the documents of the text's shapes, so the entry says which
    blocks it was read from."""
    key = f"{__name__}:said_text"
    cached = doc.memo.get(key)
    if isinstance(cached, tuple) and cached[0] is doc.origin:
        found: tuple[str, list[int], list[int]] = cached[1]
        return found
    lines = [f" {_said(block.stripped)} " for block in doc.origin]
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    starts.append(at)
    found = ("\n".join(lines), starts, [block.index for block in doc.origin])
    doc.memo[key] = (doc.origin, found)
    return found


def _said_in(said: str, words: str, starts: list[int], at: int) -> bool:
    """True when a line of ``said`` above line ``at`` says ``words``: with more beside
    them ("Marsh Notes: Heron count", "Home > News > Heron count": a title line or a
    breadcrumb names the headline), or alone, unless it is in a list said twice
    (:func:`_listed_twice`: the same teasers twice), which names nothing."""
    found = _copies(said, words, starts[at])
    if found is None or found == "more":
        return found == "more"
    return not _listed_twice(said, starts, at)


#: A list said twice: this many lines in a row said again, in the same order, above.
LISTED_LINES = 3


def _listed_twice(said: str, starts: list[int], at: int) -> bool:
    """True when line ``at`` of ``said`` stands in a run of :data:`LISTED_LINES` lines
    (it and the lines before or after it) that stand together, in the same order and as
    whole lines, above the run too: line ``at`` is then in a list said twice (the same
    teasers), not a headline. Two lines said twice may be a menu's section and its page
    named again over the story ("Online Writing Workshop", "Teacher Reading")."""
    lines = len(starts) - 1
    for first in range(at - LISTED_LINES + 1, at + 1):
        last = first + LISTED_LINES
        if first < 0 or last > lines:
            continue
        run = said[starts[first] : starts[last] - 1]
        if all(line.strip() for line in run.split("\n")) and _whole_lines(said, run, starts[first]):
            return True
    return False


def _whole_lines(said: str, lines: str, end: int) -> bool:
    """True when ``lines`` stand in ``said`` before ``end`` as whole lines."""
    return any(_places(said, lines, end))


def _copies(said: str, words: str, end: int) -> str | None:
    """How ``said`` says ``words`` before ``end``: ``"more"`` (in a line with more beside
    them), ``"alone"`` (only as a whole line) or ``None`` (not at all)."""
    found = None
    for whole in _places(said, f" {words} ", end):
        if not whole:
            return "more"
        found = "alone"
    return found


def _places(said: str, text: str, end: int) -> Iterator[bool]:
    """For each place ``text`` stands in ``said`` before ``end``, in order: whether it
    stands there as whole lines (from a line's start to a line's end)."""
    at = said.find(text, 0, end)
    while at >= 0:
        after = at + len(text)
        yield (at == 0 or said[at - 1] == "\n") and (after == len(said) or said[after] == "\n")
        at = said.find(text, at + 1, end)


def _furniture(doc: Document, rank: int) -> bool:
    """True when a family calls the block ranked ``rank`` furniture by its form alone
    ("Share this article"; :func:`newsclean.furniture.form_of`, which reads no story)."""
    from newsclean.furniture import form_of  # furniture reads the story finder's results

    return form_of(doc, rank) is not None


def said_again(title: str, blocks: Sequence[Block]) -> bool:
    """True when one of ``blocks`` says ``title`` again, whole or one of its parts cut at
    its separators ("Rain closes road | Harbour News": "Rain closes road") of two words or
    more: the words alike, case and marks aside.

    >>> said_again("Rain closes road | Harbour News", Document("# Rain closes road").content)
    True
    """
    parts = {_said(title), *(_said(part) for part in TITLE_SEPARATOR.split(title))}
    parts = {part for part in parts if " " in part}
    return any(_said(block.stripped) in parts for block in blocks)


def _said(text: str) -> str:
    """The words of ``text``, case-folded, one space apart (what a repetition compares)."""
    return " ".join(_WORDS.findall(text.casefold()))


def own_run(doc: Document, story: tuple[int, int], i: int, j: int) -> str | None:
    """Say why the run of non-prose blocks ranked ``i`` to ``j - 1`` outside ``story`` is
    the story's own, not chrome, or ``None``:

    - paragraph-long items touching the story (``"long items"``): its list;
    - images or a table next to it, where a credit or caption may stand between
      (``"images"``, ``"a table"``): its photo, its table;
    - lines held together next to it, half or more of them "label: value" lines (``"a
      fact box"``): its practical box;
    - a run of at most three blocks next to it or to a prose paragraph that holds a
      sentence of six words or more, a quarter of them function words (``"a sentence
      next to it"``): its short last paragraph after a share line;
    - items with prose on both sides, before the story or right after it (``"prose on
      both sides"``): a photo credit between the standfirst and a story the finder
      starts late. After the story, between two paragraphs that are not the story's,
      a run that holds no such sentence is judged as any stretch: there it is most
      often the headlines between teasers' snippets or the names and dates between
      reader comments.

    >>> own_run(Document("A b c.\\n| x | y |\\n| 1 | 2 |"), (0, 0), 1, 3)
    'a table'
    """
    first, last = story
    stats = block_stats(doc)
    count = j - i
    distance = first - j if j <= first else i - last - 1
    if distance == 0 and sum(s.long for s in stats[i:j]) * 2 >= count:
        return "long items"
    if distance <= 1 and all(s.kind == IMAGE for s in stats[i:j]):
        return "images"
    if distance <= 1 and sum(_tabular(b) for b in doc.content[i:j]) * 2 > count:
        return "a table"
    if distance <= 1 and _fact_box(doc.content[i:j]):
        return "a fact box"
    left = i > 0 and (stats[i - 1].prose or first <= i - 1 <= last)
    right = j < len(doc.content) and (stats[j].prose or first <= j <= last)
    sentence = any(
        s.ends and s.sentences and s.words >= 6 and s.stop * 4 >= s.words for s in stats[i:j]
    )
    if (distance <= 1 or left or right) and count <= 3 and sentence:
        return "a sentence next to it"
    if left and right and (j <= first or first <= i - 1 <= last or sentence):  # see above
        return "prose on both sides"
    return None


def introduced_lists(doc: Document, story: Story, bar: float) -> set[int]:
    """Return the ranks of the list items outside ``story``'s main run whose list a
    paragraph of the story introduces with a colon ("... primarily for these reasons:"):
    the story's own list, which the finder's main run may leave out with the paragraph
    before it. The paragraph is story prose, inside the main run, or scored story-like
    (at least ``bar``, the finder's story bar): a short one, "Was an der Umstellung am
    aufwändigsten war:", stays in the run on one view and out of it on the next.
    ``chrome`` keeps them, whatever run of furniture they open (a footer right after the
    list is judged as before). A list whose first two items stand together ends at a
    blank line.

    >>> doc = Document("The sect has been in the news for three reasons, the court said:\\n"
    ...                "* forced marriages\\n* the trust\\n* the raid\\nAbout us", shape="markdown")
    >>> sorted(introduced_lists(doc, find_story(doc), 0.5))
    [1, 2, 3]
    """
    blocks = doc.content
    stats = block_stats(doc)
    found: set[int] = set()
    for k, block in enumerate(blocks):
        if (
            block.kind != PARAGRAPH
            or k + 1 >= len(blocks)
            or blocks[k + 1].kind != ITEM
            or not block.stripped.endswith((":", "："))
            or not (stats[k].prose or story.inside(k) or story.prose[k] >= bar)
        ):
            continue
        # The list's items: held together as its first two are (a tight list ends at a
        # blank line, where a footer's list of links may start; a loose one does not).
        loose = k + 2 < len(blocks) and _apart(doc, blocks[k + 1], blocks[k + 2])
        end = k + 2
        while (
            end < len(blocks)
            and blocks[end].kind == ITEM
            and (loose or not _apart(doc, blocks[end - 1], blocks[end]))
        ):
            end += 1
        found.update(rank for rank in range(k + 1, end) if not story.inside(rank))
    return found


def _apart(doc: Document, above: Block, below: Block) -> bool:
    """True when a blank line of the text stands between two blocks (in a view, lines
    that a cleaner took stand between blocks too, and are no blank)."""
    lines = doc.origin_lines
    return any(lines[i].blank for i in range(above.index + above.lines, below.index))


#: A fact line: a label of at most three words, a colon, a value ("Adresse : quai Rambaud").
_FACT = regex.compile(r"^\p{L}[\p{L}\p{M}'’\-]*(?:\s[\p{L}\p{M}'’\-]+){0,2}\s?[:：]\s*\S")


def _fact_box(blocks: Sequence[Block]) -> bool:
    """True when ``blocks`` open with at least three lines held together (no blank line
    between them), at least two and half of them fact lines: the story's practical box
    ("Infos pratiques", "If you go") next to it.

    >>> doc = Document("Adresse : quai Rambaud\\nHoraires : 8 h à 23 h\\nAccès : tram T1")
    >>> _fact_box(doc.content)
    True
    >>> _fact_box(Document("Accueil\\nActualités\\nContact : 01 23 45 67 89").content)
    False
    """
    group = list(blocks[:1])
    for block in blocks[1:]:
        if block.index != group[-1].index + group[-1].lines:
            break
        group.append(block)
    facts = sum(bool(_FACT.match(b.stripped)) for b in group)
    return len(group) >= 3 and facts >= 2 and facts * 2 >= len(group)


def _tabular(block: Block) -> bool:
    """True for a table row: a Markdown table's, or a line of ``|``-separated cells."""
    return (
        block.kind == TABLE or block.text.lstrip().startswith("|") or (block.text.count(" | ") >= 2)
    )


def looks(doc: Document, first: int, last: int) -> tuple[str, str]:
    """Say what the blocks ranked ``first`` to ``last`` mostly are, for a reason a user
    reads: ``("link line", "link lines")``, ``("short line", "short lines")``, ...

    >>> looks(Document("Home\\nNews\\nSport"), 0, 2)
    ('short line', 'short lines')
    """
    stats = block_stats(doc, doc.content[first : last + 1])
    half = len(stats) / 2
    if sum(s.linked * 2 > s.chars for s in stats) > half:
        return "link line", "link lines"
    if sum(s.kind == ITEM for s in stats) > half:
        return "list item", "list items"
    if sum(s.kind == HEADING for s in stats) > half:
        return "heading", "headings"
    if sum(_short(s) for s in stats) > half:
        return "short line", "short lines"
    return "line that is not prose", "lines that are not prose"


def find_story(doc: Document, fitted: Weights | None = None) -> Story:
    """Return where the story of ``doc`` is and the scored stretches of chrome around it.

    Read once per view and weights: the story finder and the guard ask alike.
    """
    fitted = fitted or weights()
    key = f"{__name__}:{id(fitted)}:{len(doc.content)}"
    cached = doc.memo.get(key)
    # A view that cuts inside a block keeps the number of blocks: the entry says which
    # view it was read on.
    if isinstance(cached, tuple) and cached[0] is doc.content:
        found: Story = cached[1]
        return found
    found = _find_story(doc, fitted)
    doc.memo[key] = (doc.content, found)
    return found


def _find_story(doc: Document, fitted: Weights) -> Story:
    if not doc.content:
        return Story(-1, -1, (), ())
    rows = prose_features(doc)
    # A block of format marks alone (a zero-width space) reads as blank: never story.
    prose = [
        _sigmoid(fitted.prose.logit(row)) if VISIBLE.search(block.text) else 0.0
        for row, block in zip(rows, doc.content, strict=False)
    ]
    story = story_run(doc, prose, fitted.bar)
    return Story(
        story[0], story[1], tuple(prose), judge=lambda: _judge(doc, fitted, rows, prose, story)
    )


def _judge(
    doc: Document,
    fitted: Weights,
    rows: Sequence[Sequence[float]],
    prose: Sequence[float],
    story: tuple[int, int],
) -> tuple[tuple[Stretch, ...], tuple[float, ...]]:
    """The stretches around ``story`` with their scores, and each block's block-model
    score (see :class:`Story`)."""
    runs = runs_outside(doc, prose, story, fitted.tau)
    found = []
    for first, last, row in stretches(doc, rows, prose, story, fitted.tau, runs):
        where = "before" if last < story[0] else "after"
        found.append(Stretch(first, last, where, _sigmoid(fitted.stretch.logit(row))))
    scored = [(s.first, s.last, s.score) for s in found]
    chrome = [0.0] * len(rows)
    for rank, row in block_rows(doc, rows, prose, story, fitted.tau, scored, runs):
        chrome[rank] = _sigmoid(fitted.block.logit(row))
    return tuple(found), tuple(chrome)
