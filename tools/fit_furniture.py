"""Fit the vocabulary judge's weights (``src/newsclean/rules/furniture.json``) on the fit half.

    python tools/fit_furniture.py [--check] [--write] [--hold-out de]

Reads the development data's fit half (``tools/devdata.py``: pages split by site), in all
four shapes, read as ``newsclean.clean`` reads them (shape ``auto``, ``language=None``:
every vocabulary). Every short block that the model judges
(``newsclean.furniture.for_the_model``: it holds a family's words, its form does not
decide, and it shows no sign of story prose) is labelled as ``tools/fit.py`` labels blocks:
story by the gold text (dragnet, cleaneval) or by trafilatura-eval's ``with`` segments,
furniture by its ``without`` segments or by standing outside the gold text.

The pages of one whole language (``--hold-out``, German by default: the largest language
after English, so its figures mean something) are left out of fitting and reported on
their own, from both halves: a design that only works where it was fitted shows there.

Then it fits, with scikit-learn's logistic regression (the ``fit`` extra), the chance that
a candidate is furniture, and chooses the lowest threshold on a grid at which the fitted
candidates keep their story: at most :data:`MAX_STORY_LOST` of the story-labelled
candidates removed and a precision of at least :data:`MIN_PRECISION` among the removed.
``--threshold lines=0.8`` sets a group's threshold instead, chosen on the fit half with
``benchmarks/quality.py`` (the notes say how). ``--check`` also prints the figures on
the check half (never used to choose).
``--write`` writes the weights with a note of what they were fitted on.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import devdata
import fit
import scoring
from newsclean import furniture
from newsclean.document import Document

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "newsclean" / "rules" / "furniture.json"
THRESHOLDS = tuple(round(0.3 + 0.02 * i, 2) for i in range(35))
#: Share of story-labelled candidates the judge may remove, per group of shapes: in an
#: extractor's text (``lines``) nearly every block is story, and each one lost counts.
MAX_STORY_LOST = {"lines": 0.01, "page": 0.02}
#: Share of the removed candidates that must be furniture.
MIN_PRECISION = 0.9
#: How the thresholds were chosen (written into the notes).
THRESHOLD_NOTE = (
    "the lowest on a grid at which the fit half's story-labelled candidates lose at most "
    "MAX_STORY_LOST, unless set with --threshold; lines=0.8 was set on the fit half with "
    "benchmarks/quality.py (trafilatura's text): trafilatura-eval loses 2 of its 688 with "
    "segments (at most 1%), and 0.7 loses dragnet more pages a tenth of their recall"
)
#: The languages of ``scoring.justext_language`` by code.
NAMES = {"de": "German", "en": "English", "fr": "French", "es": "Spanish", "pl": "Polish"}

#: (page key, shape made, language, family, label (1: furniture), features, group, text)
Row = tuple[str, str, str, str, int, tuple[float, ...], str, str]


def _page_rows(page: devdata.Page) -> list[Row]:
    """(page key, shape, language, family, label, features) of every labelled candidate."""
    language = scoring.justext_language(page.shapes.get("extracted") or page.shapes["page"])
    found: list[Row] = []
    for shape, text in page.shapes.items():
        if shape not in devdata.SHAPES or not text.strip():
            continue  # a shape measured only, not fitted on; or an empty text
        doc = Document(text)
        if page.gold is not None:
            labels, _ = fit.label_gold(doc, page.gold)
            # A block of a word or three is story only when it is a line of the gold text:
            # "International" or "Reply" found somewhere in the gold is a menu's or a
            # form's word, not the story's.
            lines = {_words(line) for line in page.gold.splitlines()}
            for rank, block in enumerate(doc.content):
                words = _words(block.stripped)
                if labels[rank] == 1 and len(words.split()) < 4 and words not in lines:
                    labels[rank] = 0
        else:
            labels, _ = fit.label_segments(doc, page.with_, page.without)
        for candidate in furniture.for_the_model(doc, furniture.by_form(doc)):
            label = labels[candidate.rank]
            if label is None:
                continue
            group = furniture.group_of(doc.shape)
            text = doc.content[candidate.rank].stripped[:100]
            found.append((page.key, shape, language, candidate.family, 1 - label, candidate.row,
                          group, text))  # fmt: skip
    return found


def _words(text: str) -> str:
    return " ".join(fit._TOKEN.findall(text.lower()))


def rows_of(half: str, jobs: int) -> list[Row]:
    pages = list(devdata.load(("dragnet", "cleaneval", "trafilatura"), half=half))
    with ProcessPoolExecutor(jobs) as pool:
        return [row for rows in pool.map(_page_rows, pages, chunksize=4) for row in rows]


def scores(model: Any, rows: list[Row]) -> list[float]:
    return [1 / (1 + math.exp(-max(min(model.logit(r[5]), 50), -50))) for r in rows]


def figures(rows: list[Row], probabilities: list[float], threshold: float) -> dict[str, Any]:
    furniture_all = sum(r[4] for r in rows)
    story_all = len(rows) - furniture_all
    taken = [r for r, p in zip(rows, probabilities, strict=True) if p >= threshold]
    hit = sum(r[4] for r in taken)
    lost = len(taken) - hit
    return {
        "candidates": len(rows),
        "furniture": furniture_all,
        "removed": hit,
        "recall": round(hit / furniture_all, 3) if furniture_all else 0.0,
        "story": story_all,
        "story_lost": lost,
        "precision": round(hit / len(taken), 3) if taken else 1.0,
    }


def choose(rows: list[Row], probabilities: list[float], most_lost: float) -> float:
    for threshold in THRESHOLDS:
        got = figures(rows, probabilities, threshold)
        if got["story_lost"] <= most_lost * max(got["story"], 1) and (
            got["precision"] >= MIN_PRECISION
        ):
            return threshold
    return 1.0


def _threshold(text: str) -> tuple[str, float]:
    group, _, value = text.partition("=")
    if group not in furniture.GROUPS:
        raise argparse.ArgumentTypeError(f"a group is one of {furniture.GROUPS}")
    return group, float(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="also report the check half")
    parser.add_argument("--write", action="store_true", help="write rules/furniture.json")
    parser.add_argument("--hold-out", default="de", help="language left out of fitting")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation")
    parser.add_argument("--show", type=int, default=0, help="print the top story/left rows")
    parser.add_argument("--threshold", type=_threshold, action="append", default=[],
                        help="GROUP=VALUE: set a group's threshold (chosen on the fit half "
                        "with benchmarks/quality.py)")  # fmt: skip
    args = parser.parse_args()
    args.threshold = dict(args.threshold)
    if not devdata.DATA.is_dir():
        print("no development data in ../shared/data: nothing to fit")
        return 0
    held = NAMES.get(args.hold_out, args.hold_out)
    fit_rows = rows_of("fit", args.jobs)
    check_rows = rows_of("check", args.jobs) if args.check else []
    train = [r for r in fit_rows if r[2] != held]
    print(f"fit half: {len(fit_rows)} candidates, {len(train)} outside {held}")
    report: dict[str, Any] = {}
    models: dict[str, Any] = {}
    for group in furniture.GROUPS:
        mine = [r for r in train if r[6] == group]
        # Each shape made weighs alike: page text has many more short blocks.
        per_shape = Counter(r[1] for r in mine)
        weights = [len(mine) / (len(per_shape) * per_shape[r[1]]) for r in mine]
        model = fit.fit_logistic([list(r[5]) for r in mine], [r[4] for r in mine],
                                 weights, list(furniture.FEATURES), args.C)  # fmt: skip
        threshold = choose(mine, scores(model, mine), MAX_STORY_LOST[group])
        if group in args.threshold:
            threshold = args.threshold[group]
        models[group] = (model, threshold)
        print(f"== group {group}: {len(mine)} fitted candidates, threshold {threshold}")
        fitted_scores = scores(model, mine)
        for bar in (0.5, 0.6, 0.7, 0.8, 0.9):
            print(f"  at {bar}:", figures(mine, fitted_scores, bar))
        groups = {
            "fit": mine,
            f"held-out {held} (both halves)": [
                r for r in fit_rows + check_rows if r[2] == held and r[6] == group
            ],
        }
        if args.check:
            groups["check"] = [r for r in check_rows if r[2] != held and r[6] == group]
        for name, rows in groups.items():
            report[f"{group}: {name}"] = got = figures(rows, scores(model, rows), threshold)
            print(f"  {name}", got)
        for name, weight in sorted(zip(model.features, model.weights, strict=True),
                                   key=lambda x: -abs(x[1]))[:12]:  # fmt: skip
            print(f"    {name:20s} {weight:+.3f}")
        if args.show:
            shown = sorted(zip(scores(model, mine), mine, strict=True), key=lambda x: -x[0])
            for p, r in [x for x in shown if x[1][4] == 0][: args.show]:
                print(f"    story {p:.3f} {r[3]:10s} {r[7]!r}")
            for p, r in [x for x in shown if x[1][4] == 1 and x[0] < threshold][: args.show]:
                print(f"    left  {p:.3f} {r[3]:10s} {r[7]!r}")
    if args.write:
        data = {
            "groups": {
                group: {
                    "features": list(model.features),
                    "weights": list(model.weights),
                    "bias": model.bias,
                    "threshold": threshold,
                }
                for group, (model, threshold) in models.items()
            },
            "notes": {
                "fitted_on": "the fit half of ../shared/data (dragnet, cleaneval, "
                "trafilatura-eval; sites split by tools/devdata.py) in four shapes, "
                f"without its {held} pages",
                "command": "python tools/fit_furniture.py " + " ".join(sys.argv[1:]),
                "thresholds": THRESHOLD_NOTE,
                "date": dt.date.today().isoformat(),
                "held_out_language": args.hold_out,
                "figures": report,
            },
        }
        TARGET.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
