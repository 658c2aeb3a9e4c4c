"""Fit the story finder's weights (``src/newsclean/rules/story.json``) on the fit half.

    python tools/fit.py [--check] [--write]

Reads the development data's fit half only (``tools/devdata.py``: pages split by site),
in all four shapes. Each block of each text is labelled story or furniture:

* dragnet, cleaneval: story when at least half of its 4-token shingles are in the
  page's gold text (a block shorter than four tokens: when its tokens stand in the gold
  text in that order); weighted by its shingles, so that every text weighs the same;
* trafilatura-eval: story when it holds one of the page's ``with`` segments, furniture
  when it holds a ``without`` segment, unlabelled otherwise.

Then it fits, with scikit-learn's logistic regression (the ``fit`` extra):

1. the prose model, on every labelled block;
2. for each story bar and prose bar (``tau``) on a grid, the story of each text
   (``newsclean.story.story_run``), its stretches of non-prose, and the stretch model on
   them (a stretch is labelled by the share of its weight that is furniture);
3. the block model, on every labelled block it judges (``newsclean.story.block_rows``:
   outside the story, not prose, not the story's own; a byline or date line just before
   the story, which its family takes, left out), a block's label being furniture or not;
4. a threshold per shape the text is read in (``page``, ``paragraphs``, ``wrapped``,
   ``markdown``), with the bar and ``tau``: the best mean F1 of the finder alone over the
   fit half's texts of that shape, where at most :data:`MAX_LOSERS` of them lose more
   than a tenth of their recall to the finder (none for ``paragraphs``:
   :data:`STRICT_LOSERS`). Texts read as ``lines`` (an extractor's output, one paragraph
   a line) get no threshold: the finder leaves them to the named families. On the fit
   half the best allowed threshold there gained 0.009 F1 and cost lists that stories hold
   (results, addresses, figures), so precision wins. The golden corpus sets floors
   (:func:`corpus_floors`): no content line of a case taken, and every case the shipped
   weights clean exactly still cleaned exactly.

``--thresholds-only`` keeps the shipped models, bar and ``tau`` and chooses the
thresholds again (step 4 alone): to try the finder on another shape without refitting
what it already does. Where the shipped weights hold a stretch threshold, the block model
may also judge on top of it (a block goes when either model calls it chrome).
``--block-only`` keeps the shipped prose and stretch models, bar and ``tau``, and fits
the block model and the thresholds (steps 3 and 4): the prose scores, which the guard and
the vocabulary model read too, stay as they are.

F1 here is computed from per-block shingle hits (fast, close to the benchmark's: a
shingle the blocks hold more often than the gold text counts at most as often as the gold
text holds it, so removing a headline's copies in share links costs nothing while one
copy stays); the real figures are ``benchmarks/quality.py``'s. ``--check`` also prints
the figures on the check half (never used to choose). ``--write`` writes the weights
with a note of what they were fitted on.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import json
import math
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import itertools

import regex

import devdata
import scoring
from newsclean import story as finder
from newsclean.cleaners.chrome import _credits, _near, _together
from newsclean.document import Document
from newsclean.prose import block_stats

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "newsclean" / "rules" / "story.json"
BARS = (0.4, 0.5, 0.6)
TAUS = (0.3, 0.4, 0.5)
THRESHOLDS = tuple(round(0.5 + 0.025 * i, 3) for i in range(20))
#: Share of texts that may lose more than a tenth of their recall to the finder. Counted
#: as the benchmark counts (see :func:`_hits`), 5% let every shape take the grid's lowest
#: threshold, where page and wrapped text lose more pages for no F1; at 3% the page
#: threshold rose to 0.725, where the first line of a plain menu ("Home") stays (the chrome
#: module's example); 3.5% keeps page and wrapped text at or below their thresholds
#: before, with no more pages losing a tenth of their recall.
MAX_LOSERS = 0.035
#: The groups of shapes (as read) that get a threshold each, and those the finder acts on.
GROUPS = finder.SHAPE_GROUPS
ACTIVE = ("markdown", "page", "paragraphs", "wrapped")
#: Groups held to a stricter share of losers than ``--max-losers``: texts read as
#: paragraphs are mostly an extractor's output, where the story is nearly all there is.
STRICT_LOSERS = {"paragraphs": 0.0}
_TOKEN = regex.compile(r"\w+")
WHAT = (
    "the story finder's weights (newsclean.story): three logistic models (prose, stretch, "
    "block); 'block' says when and how the block model was fitted on the others"
)


@dataclass
class Text:
    """One page in one shape, with its blocks' features and labels."""

    key: str
    shape: str
    doc: Document
    rows: list[list[float]]
    labels: list[int | None]
    weights: list[float]
    gold: str | None
    #: Per block: its shingles, and how many of them are in the gold text.
    shingles: list[int]
    hits: list[int]
    #: The gold text's shingles.
    gold_size: int = 0
    #: The shingles the blocks hold more often than the gold text: for each, how often the
    #: gold text holds it and ``(block, count)`` for each block that holds it (their
    #: counts are not in ``hits``).
    excess: list[tuple[int, list[tuple[int, int]]]] = dataclasses.field(default_factory=list)


def _gold_index(gold: str) -> tuple[set[tuple[str, ...]], set[tuple[str, ...]]]:
    tokens = _TOKEN.findall(gold)
    shingles = {tuple(tokens[i : i + 4]) for i in range(max(0, len(tokens) - 3))}
    short = {tuple(tokens[i : i + n]) for n in (1, 2, 3) for i in range(len(tokens) - n + 1)}
    return shingles, short


def label_gold(doc: Document, gold: str) -> tuple[list[int | None], list[float]]:
    shingles, short = _gold_index(gold)
    labels: list[int | None] = []
    weights: list[float] = []
    for block in doc.content:
        tokens = _TOKEN.findall(block.stripped)
        if not tokens:
            labels.append(None)
            weights.append(0.0)
            continue
        if len(tokens) < 4:
            labels.append(int(tuple(tokens) in short))
            weights.append(1.0)
            continue
        grams = [tuple(tokens[i : i + 4]) for i in range(len(tokens) - 3)]
        labels.append(int(sum(g in shingles for g in grams) >= 0.5 * len(grams)))
        weights.append(float(len(grams)))
    return labels, weights


def label_segments(
    doc: Document, with_: list[str], without: list[str]
) -> tuple[list[int | None], list[float]]:
    labels: list[int | None] = []
    weights: list[float] = []
    keep = [scoring.norm(s) for s in with_]
    drop = [scoring.norm(s) for s in without]
    for block in doc.content:
        flat = scoring.norm(block.stripped)
        if any(s and s in flat for s in keep):
            labels.append(1)
        elif any(s and s in flat for s in drop):
            labels.append(0)
        else:
            labels.append(None)
        weights.append(1.0 if labels[-1] is not None else 0.0)
    return labels, weights


def texts_of(half: str) -> list[Text]:
    found = []
    for page in devdata.load(("dragnet", "cleaneval", "trafilatura"), half=half):
        for shape, text in page.shapes.items():
            if shape not in devdata.SHAPES or not text.strip():
                continue  # a shape measured only, not fitted on; or an empty text
            doc = Document(text)
            if page.gold is not None:
                labels, weights = label_gold(doc, page.gold)
            else:
                labels, weights = label_segments(doc, page.with_, page.without)
            total = sum(weights) or 1.0
            weights = [w * len(weights) / total for w in weights]  # each text weighs alike
            shingles, hits, gold_size, excess = _hits(doc, page.gold)
            found.append(Text(page.key, shape, doc, finder.prose_features(doc), labels,
                              weights, page.gold, shingles, hits, gold_size, excess))  # fmt: skip
    return found


def _hits(
    doc: Document, gold: str | None
) -> tuple[list[int], list[int], int, list[tuple[int, list[tuple[int, int]]]]]:
    """Per block, its shingles and those it shares with ``gold``; the gold text's size;
    and the shingles the blocks together hold more often than the gold text (a headline
    in share links' targets and teasers too), whose hits depend on which blocks stay: the
    benchmark counts a shared shingle at most as often as the gold text holds it."""
    if gold is None:
        return [], [], 0, []
    true = scoring.shingles(gold)
    mine = [scoring.shingles(block.text) for block in doc.content]
    total: Counter[tuple[str, ...]] = Counter()
    for counts in mine:
        total.update(counts)
    over = {s for s, n in total.items() if s in true and n > true[s]}
    shingles, hits = [], []
    holders: dict[tuple[str, ...], list[tuple[int, int]]] = {s: [] for s in over}
    for rank, counts in enumerate(mine):
        shingles.append(sum(counts.values()))
        hits.append(sum(n for s, n in (counts & true).items() if s not in over))
        for s in over.intersection(counts):
            holders[s].append((rank, counts[s]))
    excess = [(true[s], holders[s]) for s in sorted(over)]
    return shingles, hits, sum(true.values()), excess


def fit_logistic(
    rows: list[list[float]], labels: list[int], weights: list[float], names: list[str], c: float
) -> finder.Model:
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.asarray(rows, dtype=float)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std[std == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit((x - mean) / std, np.asarray(labels), sample_weight=np.asarray(weights))
    w = model.coef_[0] / std  # fold the scaling into the weights
    bias = float(model.intercept_[0] - (model.coef_[0] * mean / std).sum())
    return finder.Model(tuple(names), tuple(round(float(v), 6) for v in w), round(bias, 6))


def sigmoid(v: float) -> float:
    return 1 / (1 + math.exp(-max(min(v, 50), -50)))


def guarded(text: Text, removed: set[int]) -> set[int]:
    """What the guard lets through of ``removed`` (runs of blocks next to each other): its
    two cheapest tests, two prose paragraphs in a row and half the paragraph words (the
    real guard, with its other tests, runs in benchmarks/quality.py)."""
    stats = block_stats(text.doc)
    total = sum(s.words for s in stats if s.prose)
    kept: set[int] = set()
    for first, last in _together(sorted(removed)):
        run = range(first, last + 1)
        prose = [stats[i].prose for i in run]
        if any(a and b for a, b in itertools.pairwise(prose)):
            continue
        if sum(stats[i].words for i in run if stats[i].prose) > 0.5 * total:
            continue
        kept.update(run)
    return kept


def page_figures(text: Text, removed: set[int]) -> tuple[float, float, float]:
    """(precision, recall, recall before) of the text without ``removed``, from block hits."""
    shingles = sum(n for i, n in enumerate(text.shingles) if i not in removed)
    hits = sum(n for i, n in enumerate(text.hits) if i not in removed)
    all_hits = sum(text.hits)
    for gold_count, holders in text.excess:
        hits += min(gold_count, sum(n for i, n in holders if i not in removed))
        all_hits += min(gold_count, sum(n for _, n in holders))
    gold = text.gold_size or 1
    precision = hits / shingles if shingles else 0.0
    return precision, min(hits / gold, 1.0), min(all_hits / gold, 1.0)


@dataclass
class Scored:
    """One text's story and stretches for one bar and tau, and (once the stretch model is
    fitted) the block model's rows."""

    text: Text
    story: tuple[int, int]
    values: list[float]
    stretches: list[tuple[int, int, list[float]]]
    labels: list[float | None]
    weights: list[float]
    blocks: list[tuple[int, list[float]]] | None = None


def score_texts(texts: list[Text], prose: finder.Model, bar: float, tau: float) -> list[Scored]:
    found = []
    for text in texts:
        values = [sigmoid(prose.logit(row)) for row in text.rows]
        story = finder.story_run(text.doc, values, bar)
        runs = finder.stretches(text.doc, text.rows, values, story, tau)
        labels: list[float | None] = []
        weights: list[float] = []
        for first, last, _ in runs:
            pairs = [(text.labels[i], text.weights[i]) for i in range(first, last + 1)]
            weight = sum(w for label, w in pairs if label is not None)
            furniture = sum(w for label, w in pairs if label == 0)
            labels.append(furniture / weight if weight else None)
            weights.append(weight)
        found.append(Scored(text, story, values, runs, labels, weights))
    return found


def add_blocks(scored: list[Scored], stretch: finder.Model, tau: float) -> None:
    """Give each text the block model's rows, its stretches scored by ``stretch`` (a byline
    or date line next to the story, which the chrome cleaner leaves to its family, left
    out)."""
    for item in scored:
        text = item.text
        marks = [(first, last, sigmoid(stretch.logit(row))) for first, last, row in item.stretches]
        rows = finder.block_rows(text.doc, text.rows, item.values, item.story, tau, marks)
        first, last = item.story
        item.blocks = [
            (rank, row)
            for rank, row in rows
            if not (_near(first, last, rank) and _credits(text.doc, text.doc.content[rank]))
        ]


def fit_blocks(scored: list[Scored], c: float) -> finder.Model:
    """Step 3: the block model, furniture (1) or story (0), on the labelled blocks it judges."""
    rows, labels, weights = [], [], []
    for item in scored:
        text = item.text
        for rank, row in item.blocks or []:
            label, weight = text.labels[rank], text.weights[rank]
            if label is None or weight <= 0:
                continue
            rows.append(row)
            labels.append(1 - label)
            weights.append(weight)
    return fit_logistic(rows, labels, weights, finder.block_feature_names(), c)


def fit_stretches(scored: list[Scored], c: float) -> finder.Model:
    rows, labels, weights = [], [], []
    for item in scored:
        for (_, _, row), label, weight in zip(
            item.stretches, item.labels, item.weights, strict=False
        ):
            if label is None or weight <= 0:
                continue
            rows += [row, row]  # a stretch is partly furniture: two weighted samples
            labels += [1, 0]
            weights += [label * weight, (1 - label) * weight]
    return fit_logistic(rows, labels, weights, list(finder.STRETCH), c)


def evaluate(
    scored: list[Scored],
    model: finder.Model,
    thresholds: tuple[float, ...] | dict[str, float],
    by: str = "group",
    kind: str = "block",
    stretches: tuple[finder.Model, dict[str, float]] | None = None,
) -> dict[tuple[str, float], dict[str, float]]:
    """Per shape group (``by="group"``, the shape as read) or per shape the text was made
    in (``by="made"``) and threshold: mean precision, recall, F1 and the share of losers
    when the blocks the block ``model`` scores above the threshold go (``kind="block"``), or
    the stretches the stretch ``model`` scores above it (``kind="stretch"``). ``thresholds``
    may map each group to its own. ``stretches``, with ``kind="block"``: a stretch model
    and its thresholds per group, whose stretches go as well (the finder removes a block
    that either model calls chrome)."""
    sums: dict[tuple[str, float], list[float]] = {}
    for item in scored:
        text = item.text
        if text.gold is None:
            continue
        group = GROUPS[text.doc.shape]
        key_of = group if by == "group" else text.shape
        if kind == "block":
            scores = [(rank, sigmoid(model.logit(row))) for rank, row in item.blocks or []]
        else:
            scores = [
                (rank, sigmoid(model.logit(row)))
                for first, last, row in item.stretches
                for rank in range(first, last + 1)
            ]
        also: set[int] = set()
        if stretches is not None and group in stretches[1]:
            model_of, at = stretches[0], stretches[1][group]
            also = {
                rank
                for first, last, row in item.stretches
                if sigmoid(model_of.logit(row)) > at
                for rank in range(first, last + 1)
            }
        chosen = (thresholds[group],) if isinstance(thresholds, dict) else thresholds
        for threshold in chosen:
            removed = {rank for rank, score in scores if score > threshold} | also
            precision, recall, before = page_figures(text, guarded(text, removed))
            key = (key_of, threshold if not isinstance(thresholds, dict) else 0.0)
            entry = sums.setdefault(key, [0.0, 0.0, 0.0, 0.0])
            entry[0] += precision
            entry[1] += recall
            entry[2] += before > 0 and recall < 0.9 * before
            entry[3] += 1
    figures = {}
    for key, (precision, recall, losers, count) in sums.items():
        p, r = precision / count, recall / count
        figures[key] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                        "losers": losers / count, "texts": count}  # fmt: skip
    return figures


def baseline(texts: list[Text], by: str = "group") -> dict[str, float]:
    """Mean F1 of the input texts per shape group or shape made (the block-hit estimate)."""
    sums: dict[str, list[float]] = {}
    for text in texts:
        if text.gold is None:
            continue
        precision, recall, _ = page_figures(text, set())
        key = GROUPS[text.doc.shape] if by == "group" else text.shape
        entry = sums.setdefault(key, [0.0, 0.0, 0.0])
        entry[0] += precision
        entry[1] += recall
        entry[2] += 1
    out = {}
    for shape, (p, r, n) in sums.items():
        p, r = p / n, r / n
        out[shape] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def choose_thresholds(
    figures: dict[str, dict[tuple[str, float], dict[str, float]]],
    inputs: dict[str, float],
    max_losers: float,
    floors: dict[tuple[str, str], float] | None = None,
    kept: dict[str, float] | None = None,
) -> tuple[float, dict[str, float], dict[str, float]]:
    """Step 4: for each shape the finder acts on, the model that judges it (``figures`` by
    kind, ``"block"`` or ``"stretch"``, or ``"both"``: the block model on top of the
    stretch model at its ``kept`` threshold) and its threshold; the sum of their F1.
    Returns the block model's thresholds and the stretch model's (1.0 where a model does
    not judge).

    ``lines`` gets 1.0 (the finder does not act); a shape with no allowed threshold too.
    ``floors``: the least threshold allowed per (shape, kind) (see :func:`corpus_floors`).
    """
    floors = floors or {}
    kept = kept or {}
    chosen: dict[str, float] = {"lines": 1.0}
    stretch: dict[str, float] = {}
    total = 0.0
    for group in ACTIVE:
        options = [
            (by_kind[group, t]["f1"], t, kind)
            for kind, by_kind in sorted(figures.items())
            for t in THRESHOLDS
            if (group, t) in by_kind
            and t >= floors.get((group, kind), 0.0)
            and (kind != "both" or kept.get(group, 1.0) < 1.0)
            and by_kind[group, t]["losers"] <= min(max_losers, STRICT_LOSERS.get(group, 1.0))
        ]
        f1, threshold, kind = max(options) if options else (inputs.get(group, 0.0), 1.0, "block")
        chosen[group] = 1.0 if kind == "stretch" else threshold
        if kind == "stretch":
            stretch[group] = threshold
        elif kind == "both":
            stretch[group] = kept[group]
        total += f1
    return total, chosen, stretch


def corpus_floors(weights: finder.Weights, max_rounds: int = 40) -> dict[tuple[str, str], float]:
    """The golden corpus's word on the thresholds: for each (shape, kind) the finder
    judges with, the least threshold at which ``chrome`` removes no content line of the
    corpus's cases read in that shape, its known failures (xfail) aside, and at which
    every case that the shipped weights clean exactly is still cleaned exactly. The
    corpus is the cleaning contract written out: a threshold that takes a case's
    headline, or leaves a menu line the shipped finder took, breaks it, whatever the
    development data say. Found by raising, one step of the grid at a time, each
    threshold that does (the block model's where it judges, alone or on top of a stretch
    threshold: kind ``"both"``; the stretch model's where it judges alone)."""
    from newsclean.cleaners.chrome import Chrome
    from newsclean.evaluate import evaluate as on_corpus
    from newsclean.presets import DEFAULT

    cases, shapes, exact = _corpus()
    floors: dict[tuple[str, str], float] = {}
    current = weights
    for _ in range(max_rounds):
        pipeline = DEFAULT.replace("chrome", Chrome(fitted=current))
        losing: set[str] = set()
        for case in cases:
            report = on_corpus([case], pipeline)
            if report.removed_by["chrome"] > report.correct_by["chrome"] or (
                case.id in exact and not report.exact
            ):
                losing.add(shapes[case.id])
        if not losing:
            return floors
        blocks, stretches = dict(current.thresholds), dict(current.stretch_thresholds)
        raised = False
        for group in losing:
            block, stretch = blocks.get(group, 1.0), stretches.get(group, 1.0)
            if block < 1.0:
                kind = "both" if stretch < 1.0 else "block"
                blocks[group] = floors[group, kind] = min(round(block + 0.025, 3), 1.0)
                raised = True
            elif stretch < 1.0:
                stretches[group] = floors[group, "stretch"] = min(round(stretch + 0.025, 3), 1.0)
                raised = True
        if not raised:
            # The finder is off where a case still fails (a case the shipped weights clean
            # with a model now out of the running): let the caller choose again, each
            # floor only ever rising.
            return floors
        current = finder.Weights(current.prose, current.stretch, current.block, current.bar,
                                 current.tau, blocks, current.notes, stretches)  # fmt: skip
    raise RuntimeError("the corpus still loses content lines at every threshold tried")


@functools.cache
def _corpus() -> tuple[list[Any], dict[str, str], frozenset[str]]:
    """The golden corpus's cases but its known failures (an xfail says what newsclean gets
    wrong today; the others are what it must get right), the shape group each is read in,
    and those the shipped weights clean exactly: read once, for every round of floors."""
    from newsclean.cleaners.chrome import Chrome
    from newsclean.evaluate import evaluate as on_corpus
    from newsclean.evaluate import load_cases
    from newsclean.presets import DEFAULT

    every = load_cases(ROOT / "corpus")
    if not every:  # a copy of tools/ outside the repository would fit with no floors
        raise SystemExit(f"no corpus cases in {ROOT / 'corpus'}: the floors need them")
    cases = [case for case in every if not case.xfail]
    shapes = {case.id: GROUPS[newsclean_shape(case)] for case in cases}
    shipped = on_corpus(cases, DEFAULT.replace("chrome", Chrome(fitted=finder.weights())))
    exact = frozenset(case.id for case in cases) - set(shipped.failures)
    return cases, shapes, exact


def newsclean_shape(case: Any) -> str:
    """The shape ``explain`` reads a corpus case in."""
    import newsclean

    return str(newsclean.explain(case.raw, shape=case.shape or "auto").shape)


def choose(
    scored: list[Scored],
    weights: finder.Weights,
    inputs: dict[str, float],
    max_losers: float,
) -> tuple[float, finder.Weights]:
    """Step 4 with the corpus's floors: thresholds chosen, the corpus checked, chosen
    again above the floors it sets, until it keeps every content line."""
    figures = {
        "block": evaluate(scored, weights.block, THRESHOLDS),
        "stretch": evaluate(scored, weights.stretch, THRESHOLDS, kind="stretch"),
    }
    # Where the weights already hold stretch thresholds (the shipped ones, step 4 alone),
    # the block model may also judge on top of them: a block goes when either model
    # calls it chrome.
    kept = dict(weights.stretch_thresholds)
    if kept:
        both = (weights.stretch, kept)
        figures["both"] = evaluate(scored, weights.block, THRESHOLDS, stretches=both)
    floors: dict[tuple[str, str], float] = {}
    while True:
        total, blocks, stretches = choose_thresholds(figures, inputs, max_losers, floors, kept)
        found = dataclasses.replace(weights, thresholds=blocks, stretch_thresholds=stretches)
        more = corpus_floors(found)
        if not more:
            return total, found
        for key, value in more.items():
            floors[key] = max(floors.get(key, 0.0), value)


def fit_all(fit: list[Text], c: float, max_losers: float) -> finder.Weights:
    """Steps 1 to 4: the three models, the bar, ``tau`` and the thresholds."""
    rows, labels, weights = [], [], []
    for text in fit:
        for row, label, weight in zip(text.rows, text.labels, text.weights, strict=False):
            if label is not None and weight > 0:
                rows.append(row)
                labels.append(label)
                weights.append(weight)
    prose = fit_logistic(rows, labels, weights, finder.prose_feature_names(), c)
    inputs = baseline(fit)
    best: tuple[float, finder.Weights] | None = None
    for bar in BARS:
        for tau in TAUS:
            scored = score_texts(fit, prose, bar, tau)
            stretch = fit_stretches(scored, c)
            add_blocks(scored, stretch, tau)
            block = fit_blocks(scored, c)
            unchosen = finder.Weights(prose, stretch, block, bar, tau, {}, {})
            total, found = choose(scored, unchosen, inputs, max_losers)
            print(f"bar {bar} tau {tau}: {total / len(ACTIVE):.4f} {found.thresholds} "
                  f"stretches {found.stretch_thresholds}", file=sys.stderr)  # fmt: skip
            if best is None or total > best[0]:
                best = (total, found)
    assert best is not None
    return best[1]


def refit_thresholds(fit: list[Text], max_losers: float) -> finder.Weights:
    """Step 4 alone, on the shipped models, bar and ``tau``."""
    shipped = finder.weights()
    scored = score_texts(fit, shipped.prose, shipped.bar, shipped.tau)
    add_blocks(scored, shipped.stretch, shipped.tau)
    return choose(scored, shipped, baseline(fit), max_losers)[1]


def refit_blocks(fit: list[Text], c: float, max_losers: float) -> finder.Weights:
    """Steps 3 and 4, on the shipped prose and stretch models, bar and ``tau`` (read from
    the file, which may hold no block model yet)."""
    data = json.loads(TARGET.read_text(encoding="utf-8"))
    none = finder.Model(tuple(finder.block_feature_names()), (), 0.0)
    shipped = finder.Weights(
        finder._model(data["prose"], finder.prose_feature_names()),
        finder._model(data["stretch"], finder.STRETCH),
        none, float(data["bar"]), float(data["tau"]), dict(data["thresholds"]),
        data.get("notes", {}),
    )  # fmt: skip
    scored = score_texts(fit, shipped.prose, shipped.bar, shipped.tau)
    add_blocks(scored, shipped.stretch, shipped.tau)
    found = dataclasses.replace(shipped, block=fit_blocks(scored, c))
    return choose(scored, found, baseline(fit), max_losers)[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="also report the check half")
    parser.add_argument("--write", action="store_true", help=f"write {TARGET.name}")
    parser.add_argument("--thresholds-only", action="store_true",
                        help="keep the shipped models, bar and tau")  # fmt: skip
    parser.add_argument("--block-only", action="store_true",
                        help="keep the shipped prose and stretch models, bar and tau")  # fmt: skip
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--max-losers", type=float, default=MAX_LOSERS,
                        help="share of texts that may lose a tenth of their recall")  # fmt: skip
    args = parser.parse_args()
    fit = texts_of("fit")
    print(f"fit half: {len(fit)} texts, {sum(len(t.rows) for t in fit)} blocks", file=sys.stderr)
    if args.thresholds_only:
        chosen = refit_thresholds(fit, args.max_losers)
    elif args.block_only:
        chosen = refit_blocks(fit, args.c, args.max_losers)
    else:
        chosen = fit_all(fit, args.c, args.max_losers)
    thresholds = chosen.thresholds
    halves = {"fit": fit}
    if args.check:
        halves["check"] = texts_of("check")
    print(f"chosen: bar {chosen.bar}, tau {chosen.tau}, thresholds {thresholds}, "
          f"stretch thresholds {chosen.stretch_thresholds}")  # fmt: skip
    report: dict[str, dict[str, dict[str, float]]] = {}
    for half, texts in halves.items():
        scored = score_texts(texts, chosen.prose, chosen.bar, chosen.tau)
        add_blocks(scored, chosen.stretch, chosen.tau)
        for by in ("group", "made"):
            base = baseline(texts, by)
            figures = _figures(scored, chosen, by)
            for (key, _), f in sorted(figures.items()):
                print(f"{half:5} {by:5} {key:10} input F1 {base[key]:.4f}  finder F1 {f['f1']:.4f} "
                      f"P {f['precision']:.4f} R {f['recall']:.4f} losers {f['losers']:.3f} "
                      f"({f['texts']:.0f} texts)")  # fmt: skip
                if by == "made":
                    report.setdefault(half, {})[key] = f
    shapes = {s: round(f["f1"], 4) for s, f in report["fit"].items()}
    if args.write:
        today = dt.date.today().isoformat()
        if args.thresholds_only or args.block_only:
            notes = dict(chosen.notes)
            step = "thresholds" if args.thresholds_only else "block"
            if args.block_only:
                notes["what"] = WHAT
            notes[step] = {
                "command": f"python tools/fit.py --{step}-only --write",
                "date": today,
                "fit_half": shapes,
            }
        else:
            counts = Counter(t.key.split("/")[0] for t in fit if t.shape == "page")
            notes = {
                "what": WHAT,
                "fitted_on": "the fit half (pages split by site, tools/devdata.py) of "
                "../shared/data: "
                + ", ".join(f"{name} {n} pages" for name, n in sorted(counts.items()))
                + "; each page in four shapes (page text, wrapped, Markdown, trafilatura)",
                "command": "python tools/fit.py --write",
                "date": today,
                "fit_half": shapes,
            }
        data = {
            "notes": notes,
            "bar": chosen.bar,
            "tau": chosen.tau,
            "thresholds": thresholds,
            "stretch_thresholds": chosen.stretch_thresholds,
            "prose": _dump(chosen.prose),
            "stretch": _dump(chosen.stretch),
            "block": _dump(chosen.block),
        }
        TARGET.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


def _figures(
    scored: list[Scored], weights: finder.Weights, by: str
) -> dict[tuple[str, float], dict[str, float]]:
    """:func:`evaluate` with each text judged by the model the weights give its shape."""
    figures: dict[tuple[str, float], dict[str, float]] = {}
    stretch_only = {g for g in weights.stretch_thresholds if weights.threshold(g) >= 1.0}
    parts = {
        "block": [i for i in scored if GROUPS[i.text.doc.shape] not in stretch_only],
        "stretch": [i for i in scored if GROUPS[i.text.doc.shape] in stretch_only],
    }
    table = {
        "block": {g: weights.threshold(g) for g in GROUPS.values()},
        "stretch": {g: weights.stretch_threshold(g) for g in GROUPS.values()},
    }
    for kind, items in parts.items():
        model = weights.block if kind == "block" else weights.stretch
        both = (weights.stretch, dict(weights.stretch_thresholds)) if kind == "block" else None
        for key, found in evaluate(items, model, table[kind], by, kind=kind,
                                   stretches=both).items():  # fmt: skip
            if key in figures:  # a shape made whose texts are judged by both: merge
                old, n, m = figures[key], figures[key]["texts"], found["texts"]
                merged = {k: (old[k] * n + found[k] * m) / (n + m) for k in old}
                p, r = merged["precision"], merged["recall"]
                merged["f1"] = 2 * p * r / (p + r) if p + r else 0.0
                merged["texts"] = n + m
                figures[key] = merged
            else:
                figures[key] = found
    return figures


def _dump(model: finder.Model) -> dict[str, object]:
    return {"features": list(model.features), "weights": list(model.weights), "bias": model.bias}


if __name__ == "__main__":
    sys.exit(main())
