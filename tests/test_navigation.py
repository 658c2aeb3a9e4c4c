"""The navigation family's structural rule: a line of link text inside the story."""

from __future__ import annotations

import newsclean

PARAGRAPHS = [
    "The council said on Monday that the coast road would stay closed for a week while "
    "engineers inspect the sea wall.",
    "Buses will run on the inland route every twenty minutes, the operator said, and the "
    "ferry will add two sailings a day.",
    "Residents were told to move their cars to higher ground before the spring tides on "
    "Thursday, the council said.",
]


def _page(*between: str) -> str:
    first, second, third = PARAGRAPHS
    return "\n\n".join(["# Floods close the coast road", first, *between, second, third]) + "\n"


def test_a_line_of_link_text_inside_the_story_goes() -> None:
    gallery = "[View the full gallery »](https://example.org/gallery/floods)"
    related = "  * [Floods: what we know so far](https://example.org/floods)"
    cleaned = newsclean.explain(_page(gallery, related), shape="markdown")
    assert [(r.rule, r.text.strip()) for r in cleaned.removals] == [
        ("navigation.link_line", gallery),
        ("navigation.link_line", related.strip()),
    ]
    assert all(paragraph in cleaned.text for paragraph in PARAGRAPHS)


def test_the_story_s_own_links_stay() -> None:
    """The negative cases: a sentence with a link in it, a linked sentence that goes on
    in lower case, and a longer linked sentence are the story's."""
    lines = [
        "The full report is on [the council's website](https://example.org/report).",
        "[and the map of closures](https://example.org/map) shows the inland route.",
        "[The county's flood plan, published last spring, set out which roads would close "
        "first](https://example.org/plan).",
    ]
    text = _page(*lines)
    assert newsclean.clean(text, shape="markdown") == text
