"""The guard: no removal takes the story, in any shape, whatever furniture stands where."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings

import newsclean
from strategies import wrapped_pages


@settings(max_examples=300, deadline=None)
@given(wrapped_pages())
def test_a_wrapped_story_keeps_every_paragraph(case: tuple[list[str], str]) -> None:
    """A story of three or more paragraphs wrapped at 40 to 120 columns, with any furniture
    block or marker inserted anywhere, keeps every story paragraph."""
    paragraphs, page = case
    cleaned = newsclean.clean(page)
    for paragraph in paragraphs:
        assert paragraph in cleaned, (paragraph, cleaned)


STORY = [
    "The council said on Monday that the coast road would stay closed for a week while "
    "engineers inspect the damaged sea wall.",
    "Buses will run on the inland route every twenty minutes, the operator said, and the "
    "ferry will add two sailings a day.",
    "Residents of the harbour streets were told to move their cars to higher ground before "
    "the spring tides on Thursday.",
]


def test_an_early_marker_takes_only_itself_from_a_wrapped_story() -> None:
    """The failure this guard exists for: a marker after the first paragraph of a wrapped
    story opened a teaser block that took the rest of the story."""
    wrapped = [textwrap.fill(p, 60) for p in STORY]
    page = "\n\n".join([wrapped[0], "Related stories", *wrapped[1:]])
    cleaned = newsclean.explain(page)
    assert cleaned.shape == "wrapped"
    assert cleaned.text == "\n\n".join(wrapped)
    assert [r.text for r in cleaned.removals] == ["Related stories"]


def test_a_refused_block_removal_is_recorded() -> None:
    paragraph = "The council said on Monday that the coast road would stay closed for a week."
    text = "\n".join(["Rain closes the road", paragraph, "Related stories", paragraph, paragraph])
    cleaned = newsclean.explain(text)
    assert "Related stories" not in cleaned.text
    assert cleaned.text.count(paragraph) == 3
    refused = {(r.cleaner, r.rule, r.guard) for r in cleaned.refused}
    assert refused == {
        ("navigation", "navigation.block", "it would take 2 story paragraphs in a row")
    }
    assert all(text[r.start : r.end] == r.text for r in cleaned.refused)
    assert cleaned.to_dict()["refused"][0]["guard"] == "it would take 2 story paragraphs in a row"


def test_a_block_of_teasers_still_goes() -> None:
    """The guard lets a real teaser block through: headlines are not story paragraphs."""
    page = "\n".join(
        [*STORY, "Related stories", "Floods close the coast road", "Council approves budget"]
    )
    cleaned = newsclean.explain(page)
    assert cleaned.text == "\n".join(STORY)
    assert not cleaned.refused


def test_more_than_half_of_the_paragraph_words_is_refused() -> None:
    """Paragraph-long lines that end no sentence (a story misread as lines) are counted."""
    lines = [
        "the committee met for the third time this month to discuss the plan and its costs",
        "and agreed that the work on the harbour wall would start in the spring of next year",
        "with the road closed to traffic for at least two weeks while the crews are at work",
    ]
    text = "\n".join(["Ferry strike ends", "Related stories", *lines])
    cleaned = newsclean.explain(text)
    assert all(line in cleaned.text for line in lines)
    assert cleaned.refused and cleaned.refused[0].guard.startswith("it would take")
