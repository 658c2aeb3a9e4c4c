"""Shapes and blocks: the text is read in its own shape and judged as blocks."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.document import Document
from newsclean.lines import Block, split_lines
from newsclean.shapes import (
    _OPEN,
    SHAPES,
    _Links,
    code_lines,
    detect_shape,
    plain_markdown,
    split_blocks,
    wrap_width,
)
from strategies import paragraphs, stories

STORY = [
    "The council said on Monday that the coast road would stay closed for a week while "
    "engineers inspect the damaged sea wall, and that buses would run on the inland route.",
    "Residents of the harbour streets were told to move their cars to higher ground before "
    "the spring tides on Thursday, when the water is expected to reach the quay.",
    "The ferry company said it would add two sailings a day until the road reopens, and "
    "that season tickets bought for the road bridge would be honoured on board.",
]


def test_one_paragraph_per_line() -> None:
    assert detect_shape("\n".join(["Headline", *STORY])) == "lines"


def test_blank_line_paragraphs() -> None:
    assert detect_shape("\n\n".join(["Headline", *STORY])) == "paragraphs"


@pytest.mark.parametrize("width", [40, 60, 78, 100, 120])
def test_hard_wrapped_text_is_read_at_its_width(width: int) -> None:
    text = "\n\n".join(textwrap.fill(p, width) for p in STORY)
    assert detect_shape(text) == "wrapped"
    found = wrap_width(split_lines(text))
    assert found is not None and width - 8 <= found <= width


def test_markdown() -> None:
    text = "\n".join(["* [Home](/)", "* [News](/news)", "* [Sport](/sport)", "", *STORY])
    assert detect_shape(text) == "markdown"


def test_page_text() -> None:
    menu = ["Home", "News", "Sport", "Weather", "Business", "Video", "Travel", "Contact us"]
    footer = ["About us", "Privacy", "Terms", "Cookies", "Advertise", "Careers", "Help"]
    text = "\n\n".join(
        "\n".join(part) for part in (menu, ["Headline", *STORY, *STORY], footer, menu)
    )
    assert detect_shape(text) == "page"
    # The same text without its blank lines is an extractor's list-heavy output, not a page.
    assert detect_shape(text.replace("\n\n", "\n")) == "lines"


def test_page_text_of_mostly_long_lines() -> None:
    """A page's visible text where a layout sets some blocks apart with blank lines and
    runs the rest together (a blog: a menu, the story's paragraphs, a list of posts) is a
    page, though most of its lines are long."""
    menu = ["Home", "News", "Sport", "Weather", "Business", "Video", "Travel", "Contact us"]
    posts = [f"{p.split(',')[0]}, and more from the week" for p in STORY * 3]
    text = "\n".join([*menu, "", "Headline", *STORY * 3, "", *posts, "", *STORY])
    assert detect_shape(text) == "page"


MENU = ["Home", "News", "Sport", "Weather", "Business", "Video", "Travel", "Contact us"]
FOOTER = ["About us", "Privacy", "Terms", "Cookies", "Advertise", "Careers", "Help"]


@pytest.mark.parametrize(
    "title",
    [
        "Coast road closed for a week - Harbour News",
        "Coast road closed for a week | Harbour News",
        "Harbour News: Coast road closed for a week",
        "Harbour News » Coast road closed for a week",
    ],
)
def test_a_page_text_with_no_blank_lines_that_opens_with_its_title_line(title: str) -> None:
    """A page's visible text whose layout set no blank line anywhere is a page when it
    opens with the page's title line: the headline said again with the site's name
    beside it. Without the title line it is one paragraph per line."""
    body = [*MENU, "Coast road closed for a week", *STORY, *FOOTER, *MENU]
    assert detect_shape("\n".join(body)) == "lines"
    text = "\n".join([title, *body])
    assert detect_shape(text) == "page"
    cleaned = newsclean.clean(text).splitlines()
    # The menus and the footer go; the headline and the story stay (the title line may:
    # the story finder reads this headline as the story's first block).
    assert cleaned[-4:] == ["Coast road closed for a week", *STORY]
    assert cleaned[:-4] in ([], [title])


def test_a_title_set_right_above_an_extractors_text_is_no_title_line() -> None:
    """A user who keeps the page's title with an extractor's text sets it right above the
    headline (a byline between at most): no menu stands between, so it is no page."""
    lines = ["Coast road closed for a week - Harbour News", "Coast road closed for a week",
             "By Ann Lee", *STORY * 8]  # fmt: skip
    assert detect_shape("\n".join(lines)) == "lines"
    assert newsclean.clean("\n".join(lines)).splitlines()[-24:] == STORY * 8


#: Short lines of a story (a list of the detour's roads and rules), not a menu.
DETOUR = ["Harbour Street to Mill Lane", "Mill Lane to the inland road",
          "Buses every 20 minutes", "Night buses from the quay", "Taxis at the station only",
          "Parking on the school field", "No lorries on Mill Lane",
          "Cyclists may use the sea wall path"]  # fmt: skip


@pytest.mark.parametrize(
    "lines",
    [
        # No separator joins the later line to the rest of the first.
        ["Coast road closed for a week while engineers inspect the sea wall", "Mill Lane",
         "Inland road", "Quay car park", "Coast road closed", *STORY, *DETOUR, *DETOUR, *STORY,
         *STORY],
        # A colon headline whose first words a subheading says again after the story began.
        ["Coast road closed: what it means for buses", *STORY, "Coast road closed", *DETOUR,
         *DETOUR, *STORY, *STORY],
    ],
    ids=["no separator", "said again inside the story"],
)  # fmt: skip
def test_a_first_line_that_is_no_title_line_leaves_an_extractors_text_as_lines(
    lines: list[str],
) -> None:
    """The title-line test's negatives: a headline that starts with a later line's words
    with no separator, and a headline with a colon whose first words a subheading says
    again after the story has begun (a page's headline said again stands above it)."""
    assert detect_shape("\n".join(lines)) == "lines"
    assert newsclean.clean("\n".join(lines)) == "\n".join(lines)


def test_a_story_in_lines_with_a_list_and_section_breaks_keeps_every_line() -> None:
    """The page rule's negative: one paragraph per line, a list of short items inside the
    story and two section breaks read as a page; the story finder takes none of it."""
    items = ["Coast road", "Harbour streets", "Quay car park", "Ferry terminal",
             "Sea wall path", "Beach huts", "Lifeboat station", "Fish market"]  # fmt: skip
    lines = ["Coast road closed for a week", *STORY, "The closures are:", *items, "",
             *STORY, "", *STORY, *STORY, *STORY]  # fmt: skip
    text = "\n".join(lines)
    assert detect_shape(text) == "page"
    cleaned = newsclean.clean(text)
    assert [line for line in cleaned.splitlines() if line] == [line for line in lines if line]


def test_wrapped_paragraphs_are_reflowed_into_blocks() -> None:
    text = "\n\n".join(textwrap.fill(p, 60) for p in STORY)
    doc = Document(text)
    assert [block.stripped for block in doc] == STORY
    for block in doc:
        assert text[block.start : block.end] == block.text
        assert block.lines > 1


def test_a_short_line_after_a_full_one_starts_a_block() -> None:
    """A headline over a byline, no blank line between: two blocks, not one."""
    wrapped = textwrap.fill(STORY[0], 60)
    doc = Document("Coast road closed for a week\nBy Jane Doe\n\n" + wrapped, shape="wrapped")
    assert [block.stripped for block in doc][:2] == ["Coast road closed for a week", "By Jane Doe"]


@pytest.mark.parametrize("shape", ["wrapped", "markdown"])
def test_a_wrapped_quotation_is_read_as_its_paragraphs(shape: str) -> None:
    """Each line of a wrapped quotation starts with ``>``: its paragraphs are blocks, and
    a line of quote marks alone parts them."""
    quoted = "\n>\n".join(
        textwrap.fill(p, 60, initial_indent="> ", subsequent_indent="> ") for p in STORY[1:]
    )
    lead = "\n\n".join(textwrap.fill(p, 60) for p in STORY)
    text = lead + "\n\n" + quoted
    doc = Document(text, shape=shape)
    assert [block.stripped for block in doc if block.stripped] == STORY + STORY[1:]
    for block in doc:
        assert text[block.start : block.end] == block.text


QUOTED = [
    "The engineers found two cracks below the waterline, and the wall will have to be "
    "drained before it can be filled, the county's surveyor wrote in her report.",
    "Until then, she said, nobody should walk on the promenade at high tide, and the "
    "benches along the wall will be taken away for the winter.",
    "The report puts the cost of the repairs at more than a million dollars, most of it "
    "to be paid from the state's emergency fund.",
]


def test_a_story_that_ends_in_a_long_quotation_keeps_it() -> None:
    """A page's wrapped story whose last paragraphs are a quotation: each quoted line
    was a block too short to be prose, and went as "a line that is not prose after the
    story"."""
    menu = ["Home", "News", "Local", "Sport", "Weather", "Traffic", "Video", "Contact"]
    footer = ["About us", "Advertise", "Careers", "Privacy", "Terms", "Sitemap"]
    quoted = "\n>\n".join(
        textwrap.fill(p, 60, initial_indent="> ", subsequent_indent="> ") for p in QUOTED
    )
    story = "\n\n".join(textwrap.fill(p, 60) for p in STORY)
    text = "\n".join(menu) + "\n\n" + story + "\n\n" + quoted + "\n\n" + "\n".join(footer)
    cleaned = newsclean.explain(text)
    assert cleaned.shape == "wrapped"
    assert story + "\n\n" + quoted in cleaned.text
    assert not [r for r in cleaned.removals if r.text.startswith(">")]


def test_quoted_lines_that_are_not_wrapped_stay_lines() -> None:
    """The negative: a quoted exchange of short lines is one block a line."""
    exchange = ["> Are the buses running?", "> Only on the inland route.", "> Since when?"]
    text = "\n\n".join(textwrap.fill(p, 60) for p in STORY) + "\n\n" + "\n".join(exchange)
    doc = Document(text, shape="wrapped")
    assert [block.stripped for block in doc][3:] == [line[2:] for line in exchange]


def test_a_quotation_deeper_or_with_a_list_starts_a_block() -> None:
    lead = "\n\n".join(textwrap.fill(p, 60) for p in STORY)
    above = textwrap.fill(STORY[1], 60, initial_indent="> ", subsequent_indent="> ")
    for first, then in (("> > ", "> > "), ("> * ", ">   ")):
        below = textwrap.fill(STORY[2], 60, initial_indent=first, subsequent_indent=then)
        doc = Document(lead + "\n\n" + above + "\n" + below, shape="wrapped")
        blocks = [block.stripped for block in doc]
        assert blocks[3] == STORY[1]
        assert blocks[4].endswith(STORY[2]) and len(blocks) == 5


def test_markdown_blocks_keep_link_text_and_leave_targets_out() -> None:
    text = (
        "# Coast road closed\n\n"
        "The [council](https://example.com/council) said the road would stay\n"
        'closed, as [the report](https://example.com/r "Report") shows.\n\n'
        "  * [Home](/)\n"
        "  * [News](/news)\n\n"
        "![A photo of the wall](https://example.com/wall.jpg)"
    )
    blocks = split_blocks(text, shape="markdown", width=70)
    assert [(b.kind, b.stripped) for b in blocks] == [
        ("heading", "Coast road closed"),
        ("paragraph", "The council said the road would stay closed, as the report shows."),
        ("item", "Home"),
        ("item", "News"),
        ("image", ""),
    ]
    assert blocks[1].linked == len("council") + len("the report")


def _fill78(text: str) -> str:
    """Wrap as crawler Markdown tools do: 78 columns, words and web addresses unbroken."""
    return textwrap.fill(text, 78, break_long_words=False, break_on_hyphens=False)


TAGS = ["Bayesian", "Books", "Business", "Cancer", "Creativity", "Education", "Emacs",
        "Graphics", "History", "Interview", "Math", "Music", "Python", "Science",
        "Typography", "Unicode", "Windows", "Statistics", "Programming", "Quality"]  # fmt: skip


def test_wrapped_markdown_with_a_tag_cloud_is_read_at_its_width() -> None:
    """A tag cloud's links, wrapped at the width, end their lines with a link's closing
    bracket: not a sentence's end. The story's wrapped paragraphs are reflowed, not cut
    into lines."""
    cloud = " ".join(
        f'[{tag}](https://example.com/blog/tag/{tag.lower()}/ "{11 + i} topics")'
        for i, tag in enumerate(TAGS)
    )
    text = "\n\n".join([*(_fill78(p) for p in STORY), _fill78(cloud)])
    assert detect_shape(text) == "markdown"
    assert wrap_width(split_lines(text)) == 78
    assert [block.stripped for block in Document(text)][:3] == STORY


def test_wrapped_markdown_with_long_web_addresses_is_read_at_its_width() -> None:
    """A list of links whose addresses no tool can break runs its lines past the width
    (each item, then its section and author on the next line); the width is read from
    the other lines."""
    items = [
        f"  * [**{tag} news this week**](https://example.com/blogs/{tag.lower()}/post/"
        f"{tag.lower() * (1 + i % 4)}/2012/10/29/c1d0360a-205b-11e2-9cd5-b55c38388962.html)  \n"
        f"[{tag}](https://example.com/blogs/{tag.lower()}) | [Jane Doe](https://example.com/jane)"
        for i, tag in enumerate(TAGS[:12])
    ]
    text = "\n\n".join([*(_fill78(p) for p in STORY * 2), "\n".join(items)])
    assert detect_shape(text) == "markdown"
    assert wrap_width(split_lines(text)) == 78
    assert [block.stripped for block in Document(text)][:3] == STORY


def test_markdown_link_lines_that_are_not_wrapped_stay_lines() -> None:
    """The negative: one link a line, lines of about one length, is not a wrapped text."""
    titles = ["Harbour works to start in May", "Ferry fares rise again", "New lifeboat named",
              "Fish market to close early", "Bridge tolls under review", "Beach huts for sale",
              "Sea wall repairs: what we know", "Buses added on inland route"]  # fmt: skip
    links = [f"[{t}](https://example.com/news/{t.lower().replace(' ', '-')[:20]})" for t in titles]
    text = "\n".join(["# Coast road closed", *STORY, *links])
    assert detect_shape(text) == "markdown"
    assert wrap_width(split_lines(text)) is None
    assert [block.stripped for block in Document(text)] == ["Coast road closed", *STORY, *titles]


def test_a_link_broken_over_lines_stays_in_its_block() -> None:
    text = "Read [the full\nreport](https://example.com/report) here.\n\nNext paragraph."
    blocks = split_blocks(text, shape="markdown", width=None)
    assert [b.stripped for b in blocks] == ["Read the full report here.", "Next paragraph."]


def test_plain_markdown_unescapes_nothing_it_should_not() -> None:
    assert plain_markdown("**Bold** and _plain_ and `code`") == ("Bold and _plain_ and code", 0)


def test_an_unknown_shape_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="shape must be 'auto' or one of"):
        newsclean.clean("text", shape="html")


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_can_be_asked_for(shape: str) -> None:
    text = "\n\n".join(textwrap.fill(p, 70) for p in STORY)
    cleaned = newsclean.explain(text, shape=shape)
    assert cleaned.shape == shape
    assert cleaned.text == text  # a story without furniture is kept whole in every reading


def test_explain_reports_the_shape_read() -> None:
    assert newsclean.explain("").shape == "lines"
    text = "\n\n".join(textwrap.fill(p, 70) for p in STORY)
    assert newsclean.explain(text).shape == "wrapped"


def test_removals_in_wrapped_text_are_spans_of_the_original() -> None:
    """A removed wrapped block goes whole; the kept lines come out as they were."""
    prompt = textwrap.fill(
        "Sign up for our daily newsletter to get the latest headlines delivered to your "
        "inbox every morning.",
        50,
    )
    story = [textwrap.fill(p, 50) for p in STORY]
    text = "\n\n".join([story[0], prompt, *story[1:]])
    cleaned = newsclean.explain(text)
    assert cleaned.shape == "wrapped"
    assert cleaned.text == "\n\n".join(story)
    assert [r.text for r in cleaned.removals] == [prompt]
    assert newsclean.apply_removals(text, cleaned.removals) == cleaned.text


@settings(max_examples=150, deadline=None)
@given(stories(), st.integers(40, 120), st.sampled_from(["\n\n", "\n"]))
def test_kept_lines_of_a_wrapped_story_come_out_unchanged(
    story: list[str], width: int, separator: str
) -> None:
    text = separator.join(textwrap.fill(block, width) for block in story)
    cleaned = newsclean.explain(text)
    assert cleaned.text == text
    assert newsclean.apply_removals(text, cleaned.removals) == cleaned.text


@settings(max_examples=100, deadline=None)
@given(st.lists(paragraphs(), min_size=1, max_size=5), st.integers(40, 120))
def test_reading_a_wrapped_text_finds_its_paragraphs(parts: list[str], width: int) -> None:
    text = "\n\n".join(textwrap.fill(p, width) for p in parts)
    doc = Document(text, shape="wrapped")
    assert [block.stripped for block in doc] == parts


def test_the_command_line_takes_a_shape(tmp_path: object) -> None:
    text = "\n".join(["Rain fell.", "Share this article"])
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "--shape", "lines", "--explain", "-"],
        input=text.encode(),
        capture_output=True,
        check=True,
    )
    assert result.stdout.decode().startswith("shape: lines\n")
    bad = subprocess.run(
        [sys.executable, "-m", "newsclean", "--shape", "html", "-"],
        input=b"x",
        capture_output=True,
    )
    assert bad.returncode == 2 and b"invalid choice" in bad.stderr


def test_a_text_reshaped_keeps_its_lines_blocks_and_memo() -> None:
    text = "\n".join(["Home", "News", *STORY])
    doc = Document(text, shape="page")
    again = doc.reshaped("paragraphs")
    fresh = Document(text, shape="paragraphs")
    assert again.shape == "paragraphs" and again.width is None
    assert again.content is doc.content and again.memo is doc.memo
    # What a fresh reading in that shape would give, block for block.
    assert [(b.index, b.start, b.end, b.stripped, b.kind) for b in again.content] == [
        (b.index, b.start, b.end, b.stripped, b.kind) for b in fresh.content
    ]


def test_only_a_whole_text_of_one_block_a_line_is_reshaped() -> None:
    wrapped = Document(textwrap.fill(" ".join(STORY), 60), shape="wrapped")
    with pytest.raises(ValueError, match="one block a line"):
        wrapped.reshaped("lines")
    doc = Document("\n".join(["Home", *STORY]), shape="page")
    with pytest.raises(ValueError, match="one block a line"):
        doc.reshaped("markdown")
    view = doc.without({doc.content[0].index})
    with pytest.raises(ValueError, match="a whole document"):
        view.reshaped("lines")


_LINE_ENDS = st.text(alphabet=st.sampled_from(list("ab \t\n\r\u2028\x85\u00a0\x1c")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(_LINE_ENDS)
def test_split_lines_gives_each_line_as_a_line_pattern_reads_it(text: str) -> None:
    # Texts without "\r" are split by str.split (faster); the lines must be the ones a
    # line pattern reads, ends and stripped text alike, with blocks for non-blank lines.
    expected = []
    for match in regex.finditer(r"([^\r\n]*+)(?:\r\n|\r|\n|$)", text):
        start, stop = match.span()
        if start == stop == len(text):
            break
        expected.append((start, match.end(1), stop, match.group(1), match.group(1).strip()))
    lines = split_lines(text)
    assert [(ln.start, ln.end, ln.stop, ln.text, ln.stripped) for ln in lines] == expected
    assert [ln.index for ln in lines] == list(range(len(lines)))
    assert all(isinstance(ln, Block) == bool(ln.stripped) for ln in lines)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(list("[]()ab !")), max_size=12), max_size=6))
def test_an_open_markdown_link_is_read_from_its_brackets(lines: list[str]) -> None:
    links, depth, seen = _Links(), 0, False
    for line in lines:
        links.read(line)
        for char in line:  # every character, as the reader did before it skipped to brackets
            if char in "[(":
                depth += 1
            elif char in "])" and depth:
                depth -= 1
        seen = seen or _OPEN.search(line) is not None
        assert (links.depth, links.seen, links.open) == (depth, seen, depth > 0 and seen)


def test_a_setext_headline_is_one_heading_block_with_its_underline() -> None:
    """Crawlers such as r.jina.ai write a page's headline as a Setext heading ("=" underline): one
    heading block, so that the headline and its underline stay or go together. A line of
    dashes under a line stays a block of its own (html2text's one-column table rule)."""
    text = "Rain closes road\n================\n\nThe road shut.\n\nColumn\n---\n\nMore."
    blocks = split_blocks(text, shape="markdown")
    assert [(b.kind, b.stripped, b.lines) for b in blocks[:2]] == [
        ("heading", "Rain closes road", 2),
        ("paragraph", "The road shut.", 1),
    ]
    assert [b.stripped for b in blocks[2:]] == ["Column", "---", "More."]
    # In the line shapes every line stays a block of its own.
    assert len(split_blocks(text, shape="lines")) == 6


READER_HEADER = [
    "Title: Coast road closed for a week | Harbour News",
    "",
    "URL Source: https://harbournews.example/coast-road-closed",
    "",
    "Markdown Content:",
]


@pytest.mark.parametrize("said_again", [True, False])
def test_a_reader_services_header_goes_and_its_title_only_when_said_again(
    said_again: bool,
) -> None:
    """r.jina.ai's header above the page it made Markdown of: the source line and the
    content label go; the title line goes only when the text says its headline again
    (else it is the story's only headline)."""
    headline = ["Coast road closed for a week", "============================", ""]
    body = headline if said_again else []
    text = "\n".join([*READER_HEADER, *body, *"\n\n".join(STORY).split("\n")])
    cleaned = newsclean.explain(text)
    gone = {r.text.strip() for r in cleaned.removals}
    assert {READER_HEADER[2], "Markdown Content:"} <= gone
    assert (READER_HEADER[0] in gone) is said_again
    assert all(paragraph in cleaned.text for paragraph in STORY)


def test_label_lines_without_a_readers_source_line_are_no_header() -> None:
    """ "Title:" and "Markdown Content:" alone, with no "URL Source:" line, are the story's."""
    text = "\n".join(["Title: The harbour act", "Markdown Content:", *STORY])
    assert newsclean.clean(text) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("a\n```\nx = 1\n```\nb", [1, 2, 3]),
        ("a\n```python\nx = 1\n````\nb", [1, 2, 3]),  # an info string; a longer close
        ("a\n   ```\nx = 1\n   ```", [1, 2, 3]),  # indented up to three spaces
        ("a\n````\n```\nx = 1\n````", [1, 2, 3, 4]),  # a shorter fence inside is code
        ("a\n```\nx = 1\n``` b", []),  # a fence with words after it closes nothing
        ("a\n```\nx = 1", []),  # never closed
        ("a\n    ```\nx = 1\n    ```", []),  # four spaces: an indented line, no fence
        ("a\n``` a`b\nx = 1\n```", []),  # a backtick after the fence: inline code
        ("~~~~~~~~\nReply\n~~~~~~~~", []),  # tildes divide a page's text as often
    ],
)
def test_code_lines_are_those_of_closed_backtick_fences(text: str, code: list[int]) -> None:
    assert sorted(code_lines(text, split_lines(text))) == code


def test_a_code_block_of_short_lines_is_no_menu_for_the_page_test() -> None:
    """An extractor's Markdown of a technical post: a listing of short lines between its
    paragraphs is no run of menu lines, so the text is not read as a page's."""
    listing = ["```", *[f"package{i}==1.{i}" for i in range(12)], "```"]
    text = "\n\n".join([STORY[0], "\n".join(listing), STORY[1], STORY[2]])
    text += "\n" + "\n".join(f"Then step {i}." for i in range(12))
    assert detect_shape(text) != "page"
    unfenced = text.replace("```\n", "").replace("\n```", "")
    assert detect_shape(unfenced) == "page"
