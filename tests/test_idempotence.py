"""Cleaning twice gives what cleaning once gives: ``clean(clean(t)) == clean(t)``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings

from newsclean import AGGRESSIVE, CONSERVATIVE, DEFAULT, Pipeline
from newsclean.apply import apply_removals
from newsclean.document import Document
from newsclean.prose import reference_share, text_stats
from newsclean.records import Span
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


def test_a_second_clean_takes_nothing_once_a_heading_has_gone() -> None:
    # Found by test_clean_is_idempotent_on_wrapped_pages (a hard-wrapped story under a
    # related-stories box): once navigation had taken the heading, the finder read the
    # headlines' positions in the whole text, and a second clean (which reads them in the
    # clean text) took one more. A view now reads positions in what is left.
    text = (Path(__file__).parent / "data" / "idempotence-related-heading.txt").read_text("utf-8")
    once = DEFAULT.clean(text)
    assert DEFAULT.clean(once) == once


_WRAPPED = (
    "The council said on Tuesday that the budget would rise by 4%. The\n"
    "council said on Tuesday that the budget would rise by 4%."
)
_TEASERS = (
    "Related stories\nFloods close the coast road\nCouncil approves new budget\n"
    "Striker signs for rivals"
)


@pytest.mark.xfail(
    strict=True,
    reason="found by test_clean_is_idempotent_on_wrapped_pages (a random run): the text "
    "reads as `lines` (the comment form's and the teasers' short lines outnumber the "
    "two-line wrapped paragraphs), where the story finder does not act; once the form "
    "and the headings have gone, the clean text reads as `wrapped`, and a second clean "
    "takes the teasers. A text is judged again in another shape only among the shapes of "
    "one block a line, whose blocks stay the same",
)
def test_a_text_that_reads_as_wrapped_once_cleaned_cleans_once() -> None:
    text = "\n\n".join(
        [
            "Leave a Reply\nYour email address will not be published.\nComment\nName\nEmail",
            _TEASERS,
            _TEASERS,
            "Council approves flood plan",
            _WRAPPED,
            _WRAPPED,
            _WRAPPED,
        ]
    )
    once = DEFAULT.clean(text)
    assert DEFAULT.clean(once) == once


def test_a_view_reads_the_function_word_share_its_clean_text_will_read() -> None:
    """The share a view's blocks are judged against is the clean text's, not the whole
    page's (a menu of names has no function words): cleaning the clean text reads the
    same share, so it judges the same rows (the story finder's and the vocabulary
    model's). The whole text reads its own share, as the models were fitted."""
    menu = ["Home", "World", "Business", "Sport", "Culture", "Weather", "Podcasts"]
    story = [
        "The council said on Monday that the harbour wall held through the night.",
        "Engineers will inspect it next week, and the road stays closed until then.",
        "It was last rebuilt in 1987, for a tide half a metre lower than this one.",
    ]
    text = "\n".join([*menu, *story])
    doc = Document(text)
    assert reference_share(doc) == text_stats(doc).stop_share
    view = doc.without({block.index for block in doc.content[: len(menu)]})
    clean = apply_removals(text, [Span(0, len("\n".join(menu)) + 1, "x.menu", "a menu")])
    assert clean == "\n".join(story)
    assert reference_share(view) == text_stats(Document(clean)).stop_share
    assert reference_share(view) > reference_share(doc)
