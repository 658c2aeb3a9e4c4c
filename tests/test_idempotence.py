"""Cleaning twice gives what cleaning once gives: ``clean(clean(t)) == clean(t)``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings

from newsclean import AGGRESSIVE, CONSERVATIVE, DEFAULT, Pipeline
from strategies import mixed_pages, wrapped_pages

# The case the shapes issue quotes: one pass kept the last two date lines, a second took them.
QUOTED = "\n".join(
    [
        "September 5, 2021",
        "2 mins read",
        "“We needed a date,” she said.",
        "Read more closely, the plan says little about funding.",
        "September 5, 2021",
        "Share prices rose 3% in early trading.",
        "ALSO READ: Floods hit",
        "By the time the vote was called, the gallery was full.",
        "September 5, 2021",
    ]
)


def test_the_quoted_case_is_idempotent() -> None:
    for pipeline in (DEFAULT, CONSERVATIVE, AGGRESSIVE):
        once = pipeline.clean(QUOTED)
        assert pipeline.clean(once) == once


@settings(max_examples=400, deadline=None)
@given(mixed_pages())
@example(QUOTED)
def test_clean_is_idempotent_on_mixed_pages(text: str) -> None:
    for pipeline in (DEFAULT, CONSERVATIVE):
        once = pipeline.clean(text)
        assert pipeline.clean(once) == once


@settings(max_examples=150, deadline=None)
@given(wrapped_pages())
def test_clean_is_idempotent_on_wrapped_pages(case: tuple[list[str], str]) -> None:
    pipeline: Pipeline = DEFAULT
    once = pipeline.clean(case[1])
    assert pipeline.clean(once) == once


@pytest.mark.xfail(
    strict=True,
    reason="known: once navigation has taken the 'Related stories' heading, the headlines "
    "before the story score higher as a stretch, and a second clean takes one more",
)
def test_a_second_clean_takes_nothing_once_a_heading_has_gone() -> None:
    # Found by test_clean_is_idempotent_on_wrapped_pages (a hard-wrapped story under a
    # related-stories box); pinned so that the fix shows.
    text = (Path(__file__).parent / "data" / "idempotence-related-heading.txt").read_text("utf-8")
    once = DEFAULT.clean(text)
    assert DEFAULT.clean(once) == once
