"""The story finder's fit (``tools/fit.py``) counts a text's recall as the benchmark does."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import fit  # noqa: E402
from newsclean import story as finder  # noqa: E402
from newsclean.document import Document  # noqa: E402

HEADLINE = "Ferry timetable changes for the winter season"
STORY = (
    "The island ferry will run every ninety minutes instead of every hour from November, "
    "the operator said on Tuesday."
)
TEXT = "\n".join(
    [
        HEADLINE,
        STORY,
        f"Share: {HEADLINE}",  # a share line saying the headline again
        "Home News Sport Weather",
    ]
)
GOLD = f"{HEADLINE}\n{STORY}"


def _text() -> fit.Text:
    doc = Document(TEXT, shape="lines")
    shingles, hits, gold_size, excess = fit._hits(doc, GOLD)
    rows = finder.prose_features(doc)
    labels = [None] * len(doc.content)
    weights = [0.0] * len(doc.content)
    return fit.Text("t", "page", doc, rows, labels, weights, GOLD, shingles, hits, gold_size,
                    excess)  # fmt: skip


def test_a_copy_of_the_headline_costs_no_recall_while_one_copy_stays() -> None:
    text = _text()
    _, recall, before = fit.page_figures(text, {2})
    assert recall == before > 0


def test_removing_every_copy_of_the_headline_costs_its_recall() -> None:
    text = _text()
    _, recall, before = fit.page_figures(text, {0, 2})
    _, headline_only, _ = fit.page_figures(text, {0})
    assert headline_only == before  # the share line's copy stands in for it
    assert recall < before


def test_a_shingle_said_no_more_often_than_the_gold_has_it_is_plain_hits() -> None:
    text = _text()
    # The story's shingles are in one block only: their hits are the block's own.
    assert text.hits[1] > 0
    assert all(rank != 1 for _, holders in text.excess for rank, _ in holders)
