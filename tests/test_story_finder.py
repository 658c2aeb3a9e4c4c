"""What the story finder (``chrome``) leaves next to the story, and what it still takes."""

from __future__ import annotations

import newsclean

STORY = "Rain closed the coast road on Monday, the council said."
LONG = (
    "The county council closed the coast road at Wendle on Monday after the river burst "
    "its banks, and said it would stay shut until engineers had checked the sea wall."
)


def test_a_short_last_paragraph_after_a_share_line_stays() -> None:
    # One sentence of ten words, too short to be a story-prose paragraph for the guard,
    # between a share line and an advertisement label after the story.
    text = "\n\n".join(["Headline", STORY * 3, "Share this article", STORY, "Advertisement"])
    cleaned = newsclean.explain(text, shape="page")
    assert cleaned.text.count(STORY) == 4


def test_short_lines_without_a_sentence_next_to_the_story_still_go() -> None:
    text = "\n\n".join(["Headline", LONG, LONG, "Share", "Facebook", "Copy link"]) + "\n"
    cleaned = newsclean.explain(text, shape="page")
    gone = {text[r.start : r.end].strip() for r in cleaned.removals}
    assert {"Facebook", "Copy link"} <= gone
    assert cleaned.text.count(LONG) == 2


def test_a_fact_box_right_after_the_story_stays() -> None:
    box = (
        "If you go\nAddress: 4 Quay Street, Wendle\nOpen: Tuesday to Sunday, 8am to 11pm\n"
        "Tram: line 1"
    )
    text = "\n\n".join(["Headline", LONG, LONG, box, "Share", "Facebook", "Copy link"]) + "\n"
    cleaned = newsclean.explain(text, shape="page")
    assert box in cleaned.text


def test_contact_lines_in_the_footer_still_go() -> None:
    footer = ["Share", "Facebook", "Copy link", "About us", "Contact\nTel: 01234 567890\n"
              "Email: news@wendle.example\nAddress: 4 Quay Street"]  # fmt: skip
    text = "\n\n".join(["Headline", LONG, LONG, *footer]) + "\n"
    cleaned = newsclean.explain(text, shape="page")
    assert "Tel: 01234 567890" not in cleaned.text
    assert cleaned.text.count(LONG) == 2
