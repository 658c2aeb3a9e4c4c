"""What the story finder (``chrome``) leaves next to the story, and what it still takes."""

from __future__ import annotations

import dataclasses
import textwrap

import pytest

import newsclean
from newsclean import story
from newsclean.cleaners.chrome import Chrome
from newsclean.document import Document
from newsclean.prose import block_stats
from newsclean.shapes import SHORT_WORDS

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


NOTE = (
    "Anna Berg is our coast reporter and has covered the Wendle harbour for the paper "
    "since the floods of 2019."
)


def test_headlines_between_teaser_snippets_after_the_story_go() -> None:
    # After the story, a run with no sentence in it between two prose paragraphs that are
    # not the story's is judged as any stretch: the headlines between teaser snippets.
    snippets = [
        "Volunteers counted more seal pups on the sandbank this winter than in any year "
        "since records began.",
        "The harbour board has put the dredging of the channel back by a year, citing the "
        "cost of fuel.",
        "The ferry company said it would run two fewer crossings a day from April because "
        "of the price of fuel.",
    ]
    after = [snippets[0], "12 March 2025", "Seal pups counted on the sandbank",
             "Harbour dredging pushed back", "Ferry timetable cut", "Wendle Gazette",
             "Reader's photos", snippets[1], "Lifeboat crew called out twice",
             "Council tax to rise", snippets[2], "About us"]  # fmt: skip
    text = "\n\n".join(["Headline", LONG, LONG, LONG, "Share", *after]) + "\n"
    cleaned = newsclean.explain(text, shape="page")
    gone = {text[r.start : r.end].strip(): r.cleaner for r in cleaned.removals}
    assert gone.get("Lifeboat crew called out twice") == "chrome"
    assert gone.get("Council tax to rise") == "chrome"
    assert cleaned.text.count(LONG) == 3


def test_a_line_between_the_story_and_a_note_after_it_stays() -> None:
    text = "\n\n".join(["Headline", LONG, LONG, LONG, "Wendle Gazette", NOTE, "Share"]) + "\n"
    cleaned = newsclean.explain(text, shape="page")
    assert "Wendle Gazette" in cleaned.text
    assert NOTE in cleaned.text


def test_a_line_between_prose_and_the_story_before_it_stays() -> None:
    parts = ["Home", "News", "Sport", NOTE, "Wendle Gazette", LONG, LONG, LONG, "Share"]
    cleaned = newsclean.explain("\n\n".join(parts) + "\n", shape="page")
    assert "Wendle Gazette" in cleaned.text
    assert cleaned.text.count(LONG) == 3


def test_a_one_sentence_paragraph_among_short_lines_after_the_story_stays() -> None:
    # Six pages of one site run together: the finder's story is one of them, and the
    # others' one-sentence paragraphs stand among short lines between prose paragraphs.
    page = "\n\n".join(["Headline", STORY * 3, "Share this article", STORY, "Advertisement"])
    cleaned = newsclean.explain("\n\n".join([page] * 6) + "\n")
    assert cleaned.text.count(STORY) == 4 * 6


def _rows_block_by_block(doc: Document) -> list[list[float]]:
    """The prose model's rows made the plain way, one block at a time, from the feature
    names: what ``prose_features`` must return, value for value."""
    own = [row[: len(story.OWN)] for row in story.prose_features(doc)]
    stats = block_stats(doc)
    prose = [float(s.prose) for s in stats]
    short = [float(s.words <= SHORT_WORDS and not s.ends) for s in stats]
    log_words = [row[0] for row in own]
    size = len(own)
    text_row = story.prose_features(doc)[0][-len(story.TEXT) :] if size else []
    at = [story.OWN.index(name) for name in story.NEIGHBOUR]
    rows = []
    for i in range(size):
        row = list(own[i])
        for offset in story.NEIGHBOURS:
            j = i + offset
            row += [own[j][k] for k in at] + [0.0] if 0 <= j < size else [0.0] * len(at) + [1.0]
        for window in story.WINDOWS:
            lo, hi = max(0, i - window), min(size, i + window + 1)
            row += [sum(v[lo:hi]) / (hi - lo) for v in (prose, short, log_words)]
        rows.append(row + text_row)
    return rows


def test_the_prose_rows_are_the_plain_ones() -> None:
    lines = ["Home", "News", "Sport", LONG, "Share", LONG, STORY, "Facebook", LONG] * 3
    doc = Document("\n".join(lines), shape="page")
    views = [doc, doc.without({doc.content[0].index, doc.content[4].index})]
    for view in views:
        rows = story.prose_features(view)
        assert all(len(row) == len(story.prose_feature_names()) for row in rows)
        expected = _rows_block_by_block(view)
        # The windows' shares are sums of the same values in another order: equal to the
        # last bits, not always bit for bit; every other feature is the same value.
        for got, want in zip(rows, expected, strict=True):
            assert got == pytest.approx(want, rel=1e-12, abs=1e-12)


MENU = [
    f"* [{name}](/{name.lower()})"
    for name in ("Home", "News", "Sport", "Weather", "Business", "Opinion", "Video", "Contact")
]


def test_the_headline_before_the_story_stays_with_its_menu_gone() -> None:
    # Markdown: a menu, the page's top-level heading, a byline, then the story. The short
    # headline and the byline read as the end of the menu's stretch (it went with it).
    footer = ["* [About us](/about)", "* [Privacy](/privacy)", "* [Terms](/terms)"]
    lines = [*MENU, "# Council shuts coast road", "By Ann Lee", LONG, LONG, LONG, *footer]
    text = "\n\n".join(lines) + "\n"
    cleaned = newsclean.explain(text, shape="markdown")
    assert "# Council shuts coast road" in cleaned.text
    gone = {text[r.start : r.end] for r in cleaned.removals}
    assert set(MENU) <= gone
    assert set(footer) <= gone  # the stretch after the story still goes
    assert "By Ann Lee" in gone  # the bylines family still takes it


def test_a_lower_heading_before_the_story_is_no_headline() -> None:
    lines = [*MENU, "### Popular topics", LONG, LONG, LONG]
    doc = Document("\n\n".join(lines) + "\n", shape="markdown")
    found = story.find_story(doc)
    assert story.headline(doc, (found.first, found.last)) is None


def test_a_byline_in_a_stretch_before_the_story_goes_by_its_family() -> None:
    """Page text: a byline alone between the headline and a date line, a one-line stretch
    the finder scores as chrome. Its own family takes it and keeps the author's name (the
    stretch's removal did not); a menu of bare names between bars is still the stretch's."""
    menu = ["Home", "News", "Sport", "Symptoms | Doctors | Health Care Reform", "Contact"]
    lines = [*menu, "", "Council shuts coast road", "", "By Daniel Hirst", "Published 3 March 2026"]
    text = "\n".join([*lines, "", LONG, "", LONG, "", LONG])
    cleaned = newsclean.explain(text, shape="page")
    rules = {text[r.start : r.end]: r.cleaner for r in cleaned.removals}
    assert rules["By Daniel Hirst"] == "bylines"
    assert cleaned.metadata.authors == ("Daniel Hirst",)
    assert rules["Symptoms | Doctors | Health Care Reform"] == "chrome"


def test_an_italic_note_after_the_share_bar_is_prose() -> None:
    """html2text writes italics as ``_..._``: the closing mark after the full stop hid the
    sentence end, so the note read as no prose and went with the share bar's stretch."""
    note = (
        "_Because there are so many of them, and many stand in only a few states, we\n"
        "have kept to the largest parties in this chart._"
    )
    share = ["Share this article", "Copy link", "Copy text", "Download text"]
    story = [textwrap.fill(LONG, 78)] * 3
    text = "\n\n".join([*story, *share, note, "Current issue", "Subscribe"]) + "\n"
    cleaned = newsclean.explain(text, shape="wrapped")
    assert note in cleaned.text
    assert "Copy link" not in cleaned.text


def test_a_headline_the_page_says_again_above_stays() -> None:
    """Page text has no ``#``: the headline under a long menu went with the menu's
    stretch. A line just before the story that the page's title line says again is the
    headline; a short one ("Local News", said again in the menu) is not."""
    menu = ["Home", "Local News", "Sport", "Weather", "Business", "Opinion", "Travel",
            "Video", "Puzzles", "Obituaries", "Jobs", "Motors"]  # fmt: skip
    title = "Wendle Gazette - Coast road shut after river floods"
    top = ["Local News", "Coast road shut after river floods", "Share", "Tweet"]
    text = "\n".join([title, "", *menu, "", *top, "", LONG, "", LONG, "", LONG])
    cleaned = newsclean.explain(text, shape="page")
    gone = {text[r.start : r.end] for r in cleaned.removals}
    assert "Coast road shut after river floods" not in gone
    assert {title, "Local News", "Share", "Tweet"} <= gone


def test_a_teaser_list_said_twice_names_no_headline() -> None:
    """Found by ``test_clean_is_idempotent_on_wrapped_pages``: the same list of teasers
    twice above a hard-wrapped story made the second copy's last item "said again above",
    so it was kept as the headline; a second clean, without the first copy, took it. A
    line that is only a block's words is a copy; a title line says more ("Site -
    Headline")."""
    teasers = "Related stories\nFloods close the coast road\nCouncil approves new budget\n"
    teasers += "Striker signs for rivals\n\n"
    paragraph = (
        "The council said on Tuesday that the\nbudget would rise by 4%. The council\n"
        "said on Tuesday that the budget would\nrise by 4%."
    )
    text = teasers * 2 + "Council approves flood plan\n\n" + "\n\n".join([paragraph] * 3)
    once = newsclean.clean(text)
    assert "Striker signs for rivals" not in once
    assert "Council approves flood plan" in once and once.count("budget would") == 6
    assert newsclean.clean(once) == once
    # A title line that says the headline with the site's name still names it.
    titled = "Wendle Gazette - Striker signs for rivals\n\n" + text
    doc = Document(titled)
    found = story.find_story(doc)
    top = story.headline(doc, (found.first, found.last))
    assert top is not None and doc.content[top].stripped == "Striker signs for rivals"


def test_two_lines_said_twice_still_name_the_headline() -> None:
    """A menu's section and page, named again over the story, are two lines said twice,
    not a list said twice: the nearer names the story's headline."""
    menu = ["Authors Corner", "Online Writing Workshop", "Reading for Teachers", "Handouts"]
    text = "\n".join([*menu, "Online Writing Workshop", "Reading for Teachers", LONG, LONG])
    doc = Document(text, shape="page")
    found = story.find_story(doc)
    assert found.first == 6
    top = story.headline(doc, (found.first, found.last))
    assert top is not None and doc.content[top].stripped == "Reading for Teachers"
    # Three lines said twice are a list: none of them names a headline.
    listed = "\n".join([*menu, *menu[1:], LONG, LONG])
    doc = Document(listed, shape="page")
    found = story.find_story(doc)
    assert found.first == 7
    assert story.headline(doc, (found.first, found.last)) is None


def test_a_teaser_list_said_twice_in_lines_cleans_once() -> None:
    """The text reads as lines: the related-stories headings go, and what is left reads
    as paragraphs whose first line is a teaser, the same words as the second list's first
    teaser. That line is in a list said twice (the teaser after it is said above too), so
    it names no headline, and the first line is no title line: a second clean keeps it."""
    teasers = ["Related stories", "Floods close the coast road",
               "Council approves new budget", "Striker signs for rivals"]  # fmt: skip
    text = "\n".join([*teasers, "", *teasers, "", "Council approves flood plan", "",
                      LONG, "", LONG, "", LONG])  # fmt: skip
    once = newsclean.clean(text)
    assert "Related stories" not in once
    assert once.startswith("Floods close the coast road\n")
    assert newsclean.clean(once) == once


def _judged_by(block: story.Model, threshold: float) -> story.Weights:
    """The shipped finder with another block model, judging every shape at ``threshold``."""
    shipped = story.weights()
    groups = set(story.SHAPE_GROUPS.values())
    return dataclasses.replace(
        shipped,
        block=block,
        thresholds=dict.fromkeys(groups, threshold),
        stretch_thresholds={},
    )


def test_the_block_model_judges_each_block_of_a_stretch() -> None:
    """Blocks around the story go or stay one by one, by the block model's score: here a
    model that reads only whether a block stands before the story takes the menu above it
    and leaves the footer under it, where a stretch model judges each run whole."""
    names = story.block_feature_names()
    before = names.index("block_before")
    weights = [0.0] * len(names)
    weights[before] = 20.0
    fitted = _judged_by(story.Model(tuple(names), tuple(weights), -10.0), 0.5)
    menu = ["Home", "News", "Sport", "Weather", "Contact"]
    footer = ["About us", "Privacy", "Terms"]
    text = "\n".join([*menu, LONG, LONG, LONG, *footer])
    cleaned = newsclean.DEFAULT.only("chrome").replace("chrome", Chrome(fitted=fitted))
    cleaned = cleaned.explain(text, shape="page")
    gone = {text[r.start : r.end].strip(): r for r in cleaned.removals}
    assert set(menu) <= set(gone)
    assert not set(footer) & set(gone)
    assert gone["Home"].reason == "one of 5 short lines before the story"
    assert cleaned.text.count(LONG) == 3


def test_the_block_model_leaves_what_it_does_not_judge() -> None:
    """A model that would take every block it judges still leaves the story, prose
    outside it, the story's headline and the story's own list."""
    names = story.block_feature_names()
    fitted = _judged_by(story.Model(tuple(names), (0.0,) * len(names), 10.0), 0.5)
    title = "Wendle Gazette - Coast road shut after river floods"
    text = "\n".join([title, "Home", "News", "Sport", "Coast road shut after river floods",
                      LONG, LONG, LONG, NOTE, "About us", "Privacy"])  # fmt: skip
    cleaned = newsclean.DEFAULT.replace("chrome", Chrome(fitted=fitted)).explain(text, shape="page")
    gone = {text[r.start : r.end].strip() for r in cleaned.removals}
    assert {"Home", "News", "Sport", "About us", "Privacy"} <= gone
    assert "Coast road shut after river floods" not in gone  # the headline
    assert NOTE in cleaned.text and cleaned.text.count(LONG) == 3


def test_the_title_line_goes_and_the_headline_stays() -> None:
    """Page text opens with the page's title line, "Site: Headline". With the headline
    found before the story (here as a whole part of the title line, two words), the
    title line is a copy of it: it goes with its own reason, the headline stays, and a
    second clean (no title line left to read) keeps the headline too."""
    menu = ["Home", "About", "Walks", "Photos", "Tides", "Reading", "Maps", "Contact"]
    text = "\n".join(["Marsh Notes: Heron count", "", *menu, "", "Heron count", "",
                      LONG, "", LONG, "", LONG])  # fmt: skip
    cleaned = newsclean.explain(text, shape="page")
    by_text = {text[r.start : r.end].strip(): r for r in cleaned.removals}
    assert by_text["Marsh Notes: Heron count"].rule == "chrome.title_line"
    assert "Heron count" not in by_text
    assert cleaned.text.startswith("Heron count")
    assert newsclean.clean(cleaned.text) == cleaned.text


def test_the_headline_is_read_in_the_text_as_it_came() -> None:
    """A view from which the title line has gone (a first pass took it) still finds the
    headline that the title line says again."""
    title = "Wendle Gazette - Coast road shut after river floods"
    menu = ["Home", "Local News", "Sport", "Weather", "Business", "Opinion", "Travel"]
    top = ["Coast road shut after river floods", "Share", "Tweet"]
    doc = Document("\n".join([title, "", *menu, "", *top, "", LONG, "", LONG, "", LONG]),
                   shape="page")  # fmt: skip
    for view in (doc, doc.without({doc.content[0].index})):
        found = story.find_story(view)
        at = story.headline(view, (found.first, found.last))
        assert at is not None
        assert view.content[at].stripped == "Coast road shut after river floods"


def test_a_numbered_list_that_goes_on_after_the_story_stays() -> None:
    """The story's own numbered list, however short its items, stays when it goes on
    right after the story; the footer after it still goes."""
    intro = ("The tape for this week is a slow one, ten songs for a wet Sunday afternoon, "
             "and we have kept to the order they were recorded in.")  # fmt: skip
    songs = [f"{n}. {title}" for n, title in enumerate(
        ["Rain Song - The Harbour", "Low Tide - Kestrel", "Salt Road - Ann Marsh",
         "Ferry Lights - The Quay", "Shingle - Wendle Choir", "Grey Heron - Sluice Gate"],
        start=1)]  # fmt: skip
    footer = ["Previously: The Daily", "About us", "Privacy", "Terms", "Contact"]
    text = "\n".join(["Home", "News", "Music", intro, LONG, LONG, *songs, *footer])
    cleaned = newsclean.explain(text, shape="page")
    for song in songs:
        assert song in cleaned.text
    gone = {text[r.start : r.end].strip() for r in cleaned.removals}
    assert {"About us", "Privacy", "Terms"} <= gone


def test_a_byline_just_after_the_story_goes_by_its_family() -> None:
    """A blog's "posted by ..." line right after the story goes by the bylines family,
    which keeps the author, not with the stretch of footer lines around it."""
    footer = ["Older Post", "Home", "Blog Archive", "Links", "Powered by Blogger"]
    text = "\n".join(["Marsh Notes", "Home", "About", "Heron count", LONG, LONG, LONG,
                      "posted by Ann Marsh at 11:42", *footer])  # fmt: skip
    cleaned = newsclean.explain(text, shape="page")
    by_text = {text[r.start : r.end].strip(): r.cleaner for r in cleaned.removals}
    assert by_text["posted by Ann Marsh at 11:42"] == "bylines"
    assert cleaned.metadata.authors == ("Ann Marsh",)


def test_a_numbered_list_html2text_escaped_goes_on_too() -> None:
    """html2text writes a numbered item at a line's start as ``3\\. ...``: the story's list
    goes on just the same."""
    doc = Document("\n\n".join([LONG, "1\\. Rain Song", "2\\. Harbour Lights", "3\\. Low Tide",
                                "About us"]), shape="wrapped")  # fmt: skip
    assert story.numbered_list(doc, (0, 0)) == range(1, 4)


def test_a_headline_between_share_buttons_stays() -> None:
    """Found by Hypothesis (tests/test_properties.py): a share button above and below the
    headline made a stretch of three short lines the story finder took, headline and all,
    and the button said twice was read as the headline. The text's first line that is not
    furniture by its form is the headline when only such furniture stands below it."""
    text = "\n\n".join(["Share this article", "Council approves flood plan",
                        "Share this article", LONG, LONG])  # fmt: skip
    cleaned = newsclean.explain(text)
    assert cleaned.text == "\n\n".join(["Council approves flood plan", LONG, LONG])
    assert {r.cleaner for r in cleaned.removals} == {"promotions"}


def test_a_menu_line_above_buttons_is_not_a_headline() -> None:
    """The rule's negative: a one-word menu line is a label, not a headline, and a menu
    line with others under it is not the text's first line of the story."""
    for menu in (["Sport"], ["Home", "Sport", "Weather"]):
        text = "\n\n".join([*menu, "Share this article", LONG, LONG])
        doc = Document(text, shape="page")
        assert story.headline(doc, (len(menu) + 1, len(menu) + 2)) is None


def test_the_stretches_are_judged_once_and_only_when_asked_for() -> None:
    calls = []
    stretch = story.Stretch(0, 0, "before", 0.9)

    def judge() -> tuple[tuple[story.Stretch, ...], tuple[float, ...]]:
        calls.append(1)
        return (stretch,), (0.8, 0.0)

    found = story.Story(1, 1, (0.1, 0.9), judge=judge)
    assert found.inside(1) and not found.inside(0) and found.prose == (0.1, 0.9)
    assert calls == []  # where the story is needs no stretches
    assert found.stretches == (stretch,) and found.chrome == (0.8, 0.0)
    assert found.chrome == (0.8, 0.0)
    assert calls == [1]


def test_a_found_story_gives_its_stretches_and_block_scores_when_asked() -> None:
    text = (
        "\n".join(["Home", "News", "Sport", "Weather", "Contact"])
        + "\n"
        + "\n".join(
            f"Paragraph {n} of the story says that the council met on Monday and that the "
            "road will stay closed until the spring."
            for n in range(4)
        )
        + "\n"
        + "\n".join(["About us", "Careers", "Privacy", "Terms"])
    )
    doc = Document(text, shape="page")
    found = story.find_story(doc)
    assert (found.first, found.last) == (5, 8)
    assert [(s.first, s.last, s.where) for s in found.stretches] == [
        (0, 4, "before"),
        (9, 12, "after"),
    ]
    assert len(found.chrome) == len(doc.content)
    assert all(found.chrome[rank] == 0.0 for rank in range(5, 9))  # the story is not judged


def _lone_headline_page(heading: str, between: list[str]) -> str:
    """A Markdown page: a menu, ``heading``, ``between`` (more than the headline's usual
    reach), the story, a footer."""
    menu = ["* [Home](/)", "* [News](/news)", "* [Sport](/sport)", "* [Weather](/weather)"]
    footer = ["* [About us](/about)", "* [Privacy](/privacy)"]
    return "\n\n".join(["\n".join(menu), heading, *between, LONG, LONG, LONG, "\n".join(footer)])


_BETWEEN = ["* [Floods](/tags/floods)", "* [Wendle](/tags/wendle)", "* [Roads](/tags/roads)",
            "By Ann Lee", "14 March 2024, 9:40", "![](https://example.com/river.jpg)",
            "The river at Wendle on Sunday."]  # fmt: skip


def test_the_texts_only_top_heading_is_the_headline_a_little_further_up() -> None:
    """A photo, its caption, tags, a byline and a date between the page's only ``#``
    heading and the story: it is still the story's headline, and stays even where the
    block model would take every block it judges; what stands between is judged as
    before."""
    heading = "# Coast road shut after the river floods at Wendle"
    text = _lone_headline_page(heading, _BETWEEN)
    doc = Document(text, shape="markdown")
    first = next(rank for rank, block in enumerate(doc.content) if block.stripped == LONG)
    top = next(rank for rank, block in enumerate(doc.content) if block.text == heading)
    assert first - top > story.HEADLINE_REACH
    assert story.lone_headline(doc, (first, first + 2)) == top
    assert story.headline(doc, (first, first + 2)) is None
    names = story.block_feature_names()
    fitted = _judged_by(story.Model(tuple(names), (0.0,) * len(names), 10.0), 0.5)
    pipeline = newsclean.DEFAULT.replace("chrome", Chrome(fitted=fitted))
    cleaned = pipeline.explain(text, shape="markdown")
    assert heading in cleaned.text
    gone = {text[r.start : r.end].strip() for r in cleaned.removals}
    assert {"* [Floods](/tags/floods)", "* [Home](/)"} <= gone


@pytest.mark.parametrize(
    "heading, between",
    [
        ("# Wendle Gazette", _BETWEEN),  # a site's name: too short to be a headline
        ("# Wendle Gazette blog of the valley", ["## Coast road shut", *_BETWEEN]),  # a post's
        ("# Coast road shut after the river floods", [*_BETWEEN, *_BETWEEN]),  # too far up
    ],
)
def test_a_site_name_or_a_heading_far_up_is_no_lone_headline(
    heading: str, between: list[str]
) -> None:
    text = _lone_headline_page(heading, between)
    doc = Document(text, shape="markdown")
    first = next(rank for rank, block in enumerate(doc.content) if block.stripped == LONG)
    assert story.lone_headline(doc, (first, first + 2)) is None
    names = story.block_feature_names()
    fitted = _judged_by(story.Model(tuple(names), (0.0,) * len(names), 10.0), 0.5)
    pipeline = newsclean.DEFAULT.replace("chrome", Chrome(fitted=fitted))
    assert heading not in pipeline.clean(text, shape="markdown")


def test_two_top_headings_name_no_lone_headline() -> None:
    text = _lone_headline_page("# Coast road shut after the river floods", _BETWEEN)
    doc = Document("# Wendle Gazette, news of the valley\n\n" + text, shape="markdown")
    first = next(rank for rank, block in enumerate(doc.content) if block.stripped == LONG)
    assert story.lone_headline(doc, (first, first + 2)) is None


INTRODUCING = [
    "The county council voted on Tuesday to take over the harbour trust, which owns the "
    "quay, the fish market and the boatyards, after a decade of disputes over its accounts.",
    "The trust's trustees said they would appeal, and that the council had not shown that "
    "any money was missing from the accounts it had inspected last year.",
    "The harbour has been in the news for years, mostly for three reasons:",
]
REASONS = ["* the closure of the fish market", "* the sale of two boatyards",
           "* the flooding of the quay"]  # fmt: skip
PAGE_MENU = ["Home", "News", "Local", "Sport", "Weather", "Traffic", "Video", "Contact"]
PAGE_FOOTER = ["About us", "Advertise", "Careers", "Privacy", "Terms", "Sitemap"]


def _harbour_page(introduction: list[str], items: list[str]) -> str:
    story = "\n\n".join(textwrap.fill(p, 60) for p in introduction)
    return "\n\n".join(["\n".join(PAGE_MENU), story, "\n".join(items), "\n".join(PAGE_FOOTER)])


def test_a_list_a_story_paragraph_introduces_stays() -> None:
    """The list after "... for three reasons:" is the story's, where the finder's main
    run ends before its paragraph: before, its short items went with the footer after it
    as "one of 9 short lines after the story"."""
    text = _harbour_page(INTRODUCING, REASONS)
    cleaned = newsclean.explain(text)
    assert cleaned.shape == "wrapped"
    assert "\n".join(REASONS) in cleaned.text
    assert [r.text for r in cleaned.removals if r.cleaner == "chrome"][-6:] == PAGE_FOOTER


@pytest.mark.parametrize(
    "introduction",
    [
        # A short line that names a teaser list: not story prose.
        [*INTRODUCING[:2], "More from the harbour:"],
        # A paragraph that ends a sentence: the list is not its.
        [*INTRODUCING[:2], INTRODUCING[2].replace("reasons:", "reasons.")],
    ],
)
def test_a_list_no_story_paragraph_introduces_is_judged(introduction: list[str]) -> None:
    teasers = ["* Ferry fares to rise in spring", "* Lighthouse cottage for sale",
               "* New bus route from Monday"]  # fmt: skip
    text = _harbour_page(introduction, teasers)
    doc = Document(text)
    found = story.find_story(doc)
    assert not story.introduced_lists(doc, found, story.weights().bar)
    assert "\n".join(teasers) not in newsclean.clean(text)


def test_a_code_block_is_in_the_story_run_and_in_no_run_of_chrome() -> None:
    """A listing of short lines after the story's last long paragraph, between short
    lines that introduce it, is the story's: the main run reaches over it, and no run of
    non-prose outside the story holds one of its lines. The same short lines without
    their fences are a run outside the story."""
    listing = ["```", "flask==3.0.3", "requests==2.32.3", "gunicorn==22.0.0", "```"]
    blocks = ["Menu", "Home", "News", LONG, LONG, "Pin what gets installed:",
              "\n".join(listing), "Then build it.", "Contact", "About us"]  # fmt: skip
    fenced = Document("\n\n".join(blocks), shape="page")
    found = story.find_story(fenced)
    code = [rank for rank, b in enumerate(fenced.content) if b.index in fenced.code]
    assert len(code) == len(listing)
    assert all(found.inside(rank) for rank in code)
    runs = story.runs_outside(fenced, found.prose, (found.first, found.last), 0.3)
    assert not any(i <= rank < j for i, j, _ in runs for rank in code)
    plain = Document("\n\n".join(blocks).replace("```\n", "").replace("\n```", ""), shape="page")
    found = story.find_story(plain)
    listed = [r for r, b in enumerate(plain.content) if b.stripped.startswith(("flask", "gun"))]
    assert not any(found.inside(rank) for rank in listed)
