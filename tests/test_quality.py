"""Pinned quality floors on the golden corpus: the build fails when quality drops.

Raise a floor when the corpus shows better figures; never lower one without saying
why in the CHANGELOG. The figures are printed by ``python -m newsclean.evaluate corpus``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclean.evaluate import Report, evaluate, load_cases
from newsclean.presets import PRESETS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"

#: POLICY.md: the default pipeline keeps at least 99.5% of content lines.
CONTENT_FLOOR = 0.995
#: Per family: (precision floor, recall floor) for the default pipeline.
FLOORS = {
    "bylines": (0.98, 0.95),
    "timestamps": (0.98, 0.95),
    "read_time": (0.98, 0.95),
    "navigation": (0.98, 0.95),
    "promotions": (0.98, 0.95),
    "syndication": (0.98, 0.95),
    "legal": (0.98, 0.95),
    "comments": (0.98, 0.95),
    "teasers": (0.98, 0.95),
}
#: Cases that must come out exactly, out of all of them.
EXACT_FLOOR = 0.95
#: Per preset: (content kept floor, boilerplate recall floor). The conservative preset has
#: no story finder: page-text cases made mostly of menus and sidebars (the blog-archive
#: case, 20 such lines, and the curlew-count blog post, 20 more) lower its recall by design
#: (0.692 without them, 0.681 with the first, 0.676 with both), and so does the toll-bridge
#: page's teaser box, menu and footer (it removes 9 of that page's 32: 0.671 to 0.662),
#: and the two headline cases' menus (0.662 to 0.655), and the mill-river page's stretch
#: after the story, its footer and headline group (0.655 to 0.649), and the playlist and
#: title-line pages' menus, sidebars and footers (0.640 to 0.634 to 0.626), and the bird
#: blog's menu and list of posts (0.626 to 0.619), and the music blog's page without blank
#: lines, its menu, most-read list and footer (0.611 to 0.604).
PRESET_FLOORS = {
    "conservative": (0.998, 0.6),
    "default": (0.995, 0.95),
    "aggressive": (0.98, 0.95),
}


#: The cases of the vocabulary step (``corpus/vocabulary-batch.txt``), written before the
#: vocabulary judge was fitted: the floors above pin the cases before them; these have
#: their own, measured when they joined (content kept, default recall).
BATCH = frozenset((CORPUS / "vocabulary-batch.txt").read_text(encoding="utf-8").split())
BATCH_FLOORS = (1.0, 0.68)


def _cases(batch: bool) -> list:  # type: ignore[type-arg]
    return [case for case in load_cases(CORPUS) if (case.id in BATCH) == batch]


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(_cases(False), PRESETS["default"])


def test_the_vocabulary_batch_keeps_its_floor() -> None:
    measured = evaluate(_cases(True), PRESETS["default"])
    kept, recall = BATCH_FLOORS
    assert measured.content_ratio >= kept
    assert measured.overall_recall >= recall


def test_content_is_kept(report: Report) -> None:
    assert report.content_ratio >= CONTENT_FLOOR, report.failures


def test_exact_cases(report: Report) -> None:
    assert report.exact / report.cases >= EXACT_FLOOR, report.failures


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_family_floor(report: Report, family: str) -> None:
    precision, recall = FLOORS[family]
    assert report.gold[family] > 0, f"the corpus has no {family} lines to measure"
    assert report.precision(family) >= precision
    assert report.recall(family) >= recall


@pytest.mark.parametrize("preset", sorted(PRESET_FLOORS))
def test_preset_floor(preset: str) -> None:
    kept, recall = PRESET_FLOORS[preset]
    measured = evaluate(_cases(False), PRESETS[preset])
    assert measured.content_ratio >= kept
    assert measured.overall_recall >= recall
