"""Cleaning twice gives what cleaning once gives: ``clean(clean(t)) == clean(t)``."""

from __future__ import annotations

import textwrap
from collections.abc import Iterator
from pathlib import Path

from hypothesis import example, given, settings

from newsclean import AGGRESSIVE, CONSERVATIVE, DEFAULT, Pipeline, cleaner, line_span
from newsclean.apply import apply_removals
from newsclean.document import Document
from newsclean.pipeline import CUT_INTO, MAX_ROUNDS, READINGS
from newsclean.prose import reference_share, text_stats
from newsclean.records import Span
from newsclean.shapes import detect_shape
from strategies import cleans_once, mixed_pages, wrapped_pages

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
        assert cleans_once(pipeline, text)


@settings(max_examples=150, deadline=None)
@given(wrapped_pages())
def test_clean_is_idempotent_on_wrapped_pages(case: tuple[list[str], str]) -> None:
    assert cleans_once(DEFAULT, case[1])


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


# Found by test_clean_is_idempotent_on_wrapped_pages (a random run): the text reads as
# `lines` (the comment form's and the teasers' short lines outnumber the two-line wrapped
# paragraphs), where the story finder does not act; once the form and the headings have
# gone, the clean text reads as `wrapped`, and a second clean takes the teasers.
def test_a_text_left_to_the_line_rules_is_read_so_again() -> None:
    """The one place where cleaning the clean text may take more, by choice: a text whose
    first reading left it to the line rules (read as ``lines``, an extractor's text) is
    read as ``lines`` again, though what is left reads as wrapped text, where the story
    finder would act. On a list-rich story, that reading took the story's lists."""
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
    explained = DEFAULT.explain(text)
    once = DEFAULT.clean(text)
    assert explained.shape == "lines"
    assert explained.text == once
    assert "Leave a Reply" not in once
    assert "Floods close the coast road" in once  # the finder did not act
    assert detect_shape(once) == "wrapped"
    assert "Floods close the coast road" not in DEFAULT.clean(once)


def test_a_reading_of_the_clean_text_removes_from_the_text_at_its_offsets() -> None:
    """What a later reading removes is reported at its offsets in the text: a removal
    across a stretch the first reading removed becomes one removal each side of it."""

    @cleaner("marks")
    def marks(doc: Document) -> Iterator[Span]:
        for block in doc.content:
            if block.stripped == "MARK":
                yield line_span(block, "marks.mark", "a mark")

    @cleaner("pairs")
    def pairs(doc: Document) -> Iterator[Span]:
        at = doc.text.find("Alpha\nBeta")
        if at >= 0:
            yield Span(at, at + len("Alpha\nBeta"), "pairs.pair", "a pair")

    text = "Intro line.\nAlpha\nMARK\nBeta\nOutro line.\n"
    explained = Pipeline([marks, pairs]).explain(text, shape="lines")
    assert explained.text == "Intro line.\nOutro line.\n"
    assert [(r.rule, r.text) for r in explained.removals] == [
        ("pairs.pair", "Alpha\n"),
        ("marks.mark", "MARK"),
        ("pairs.pair", "Beta"),
    ]
    assert apply_removals(text, explained.removals) == explained.text
    assert Pipeline([marks, pairs]).clean(explained.text, shape="lines") == explained.text


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


def test_the_clean_text_is_read_at_most_readings_times() -> None:
    """A cleaner that always finds one more line to take (here: the first line) takes one
    a round; the text is read afresh at most ``READINGS`` times, so such a cleaner cannot
    run away with the text."""

    @cleaner("first_line")
    def first_line(doc: Document) -> Iterator[Span]:
        if doc.content:
            yield line_span(doc.content[0], "first_line.first", "the first line")

    text = "\n".join(f"Line {n} of a list." for n in range(1, 101))
    explained = Pipeline([first_line]).explain(text, shape="lines")
    assert len(explained.removals) == READINGS * MAX_ROUNDS
    assert explained.text.startswith(f"Line {READINGS * MAX_ROUNDS + 1} of a list.")
    assert apply_removals(text, explained.removals) == explained.text


def test_a_reading_of_the_clean_text_that_removes_nothing_ends_the_readings() -> None:
    """A text whose first reading leaves a clean text is read twice: the second reading
    finds nothing, so the clean text and the records are the first reading's."""
    text = "Share this article\n" + QUOTED
    explained = DEFAULT.explain(text)
    assert DEFAULT.clean(explained.text) == explained.text
    assert apply_removals(text, explained.removals) == explained.text


def test_a_later_reading_leaves_a_block_an_earlier_one_cut_into() -> None:
    """Found by test_guard's glued-credit property: a credit glued to the start of a
    hard-wrapped story paragraph is cut; what is left of the paragraph's first line
    ("Most viewed as a long") is short, so the clean text reads it as a block of its own,
    and a marker rule took it. The first reading judged the paragraph whole and kept it:
    a later reading may not take part of it, and ``explain`` lists the refusal."""
    story = "The council said on Tuesday that the budget would rise by 4%. " * 2
    paragraph = "Most viewed as a long shot, the candidate said on Tuesday that " + story
    blocks = ["Council approves flood plan", "© Jane Doe/WENN " + paragraph, story, story]
    page = "\n\n".join(textwrap.fill(block, 40) for block in blocks)
    explained = DEFAULT.explain(page)
    assert " ".join(paragraph.split()) in " ".join(explained.text.split())
    assert "© Jane Doe/WENN" not in explained.text
    assert [(r.rule, r.text, r.guard) for r in explained.refused] == [
        ("navigation.marker", "Most viewed as a long", CUT_INTO)
    ]
    assert cleans_once(DEFAULT, page)
