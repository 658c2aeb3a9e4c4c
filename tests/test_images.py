"""``images``: a crawler Markdown page's images around the story go; the story's stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import DEFAULT

STORY = [
    "The harbour wall held through the night, the council said on Monday, after the "
    "highest tide in forty years swept over the promenade at Eastgate.",
    "Engineers will inspect the wall next week, and the road along the front stays "
    "closed until they have finished, a spokesman for the council said.",
    "Shop owners on the front said the water reached their doors but not their floors. "
    "One of them had stacked sandbags against her café since Friday.",
    "The council says the wall was last rebuilt in 1987 and was designed for a tide "
    "half a metre lower than the one that came on Sunday night.",
]
LOGO = "[![Eastgate Echo](https://echo.example/logo.svg)](https://echo.example/)"
MENU = ["* [News](https://echo.example/news)", "* [Sport](https://echo.example/sport)",
        "* [Weather](https://echo.example/weather)"]  # fmt: skip
PHOTO = "![The promenade under water on Sunday night](https://echo.example/img/flood.jpg)"
ICONS = [
    "* [![Facebook](https://echo.example/i/fb.svg)](https://facebook.com/sharer?u=x)",
    "* [![Email](https://echo.example/i/mail.svg)](mailto:?subject=x)",
]
BANNER = "![Advertisement](https://ads.example/banner-728x90.gif)"


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def _images(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.reason) for r in DEFAULT.only("images").explain(text).removals]


def test_the_pages_images_around_the_story_go_with_their_side() -> None:
    text = _page(LOGO, *MENU, "# Harbour wall holds", STORY[0], PHOTO, *STORY[1:], *ICONS,
                 "Most read", BANNER)  # fmt: skip
    cleaned = DEFAULT.explain(text)
    gone = {r.text.strip() for r in cleaned.removals}
    assert {LOGO, *ICONS, BANNER} <= gone, gone
    assert PHOTO in cleaned.text
    assert all(paragraph in cleaned.text for paragraph in STORY)
    reasons = dict(_images(text))  # the images cleaner alone: chrome takes some first
    assert reasons.get(LOGO) == "a Markdown image with no words, before the story"
    assert reasons.get(BANNER) == "a Markdown image with no words, after the story"


def test_the_story_photo_stays_below_the_headline_between_paragraphs_and_after() -> None:
    # Negative: each image is where a story's photo stands.
    text = _page("# Harbour wall holds", PHOTO, STORY[0], PHOTO.replace("flood", "wall"),
                 *STORY[1:], PHOTO.replace("flood", "sandbags"))  # fmt: skip
    assert newsclean.clean(text) == text


def test_an_image_with_words_beside_it_is_left_to_the_other_families() -> None:
    caption = "![](https://echo.example/img/aerial.jpg) The front from the air, Monday"
    text = _page("# Harbour wall holds", *STORY, *ICONS, caption, "Most read", BANNER)
    removed = {r.text.strip() for r in DEFAULT.only("images").explain(text).removals}
    assert caption not in removed
    assert BANNER in removed


def test_only_the_markdown_shape_and_only_a_text_with_story_prose() -> None:
    text = _page(LOGO, *MENU, "# Harbour wall holds", *STORY, BANNER)
    for shape in ("lines", "paragraphs", "page"):
        assert not DEFAULT.only("images").explain(text, shape=shape).removals
    no_story = _page(*(PHOTO.replace("flood", f"photo{k}") for k in range(6)))
    assert not DEFAULT.only("images").explain(no_story, shape="markdown").removals


def test_it_can_be_left_out() -> None:
    text = _page(LOGO, *MENU, "# Harbour wall holds", *STORY, *ICONS, "Most read", BANNER)
    assert "images" in DEFAULT.names
    assert not [r for r in DEFAULT.without("images").explain(text).removals
                if r.cleaner == "images"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(
    count=st.integers(min_value=3, max_value=4),
    photos=st.lists(st.integers(min_value=1, max_value=3), min_size=1, max_size=3),
    furniture=st.lists(st.sampled_from([LOGO, BANNER, *ICONS, *MENU]), max_size=6),
    at_end=st.booleans(),
)
def test_images_between_story_paragraphs_always_stay(
    count: int, photos: list[int], furniture: list[str], at_end: bool
) -> None:
    """Property: whatever furniture stands around the story, an image between two of its
    paragraphs stays, and so does every paragraph."""
    blocks = list(STORY[:count])
    for k, gap in enumerate(sorted(set(photos), reverse=True)):
        if gap < count:
            blocks.insert(gap, PHOTO.replace("flood", f"photo{k}"))
    blocks = [*furniture, "# Harbour wall holds", *blocks]
    if at_end:
        blocks += furniture
    cleaned = newsclean.clean(_page(*blocks))
    for block in blocks:
        if block in STORY or "photo" in block:
            assert block in cleaned, block


def test_a_link_with_no_words_and_an_image_in_a_list_go_inside_the_story_too() -> None:
    icon = "[](https://facebook.com/share.php?u=https%3A%2F%2Fecho.example%2Fwall)"
    listed = "* [![Tweet](https://echo.example/i/tw.svg)](https://x.com/intent?u=x)"
    worded = "[Read the council's flood report](https://echo.example/flood-report.pdf)"
    text = _page("# Harbour wall holds", STORY[0], icon, STORY[1], listed, worded, *STORY[2:])
    found = {r.text: (r.rule, r.reason) for r in DEFAULT.only("images").explain(text).removals}
    assert found == {
        icon: ("images.icon_link", "a Markdown link with no words (an icon's)"),
        listed: ("images.image", "a Markdown image with no words, in a list or a table"),
    }
    assert all(paragraph in newsclean.clean(text) for paragraph in STORY)


def test_an_image_said_again_is_an_icon_and_a_linked_image_split_over_lines_is_one() -> None:
    reply = "![Reply](https://echo.example/i/reply.gif)"
    logo = "![Eastgate Echo](https://echo.example/logo.svg) ](https://echo.example/)"
    text = _page("[", logo, "# Harbour wall holds", STORY[0], PHOTO, STORY[1], reply,
                 STORY[2], reply, STORY[3])  # fmt: skip
    found = [(r.text, r.rule, r.reason) for r in DEFAULT.only("images").explain(text).removals]
    assert found == [
        (logo, "images.image", "a Markdown image with no words, before the story"),
        (reply, "images.repeated", "a Markdown image with no words, 2 times in the text"),
        (reply, "images.repeated", "a Markdown image with no words, 2 times in the text"),
    ]
    assert PHOTO in newsclean.clean(text)
