"""The guard: no removal takes the story, in any shape, whatever furniture stands where."""

from __future__ import annotations

import textwrap

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean.document import Document
from newsclean.guard import Guard
from newsclean.prose import block_stats
from newsclean.records import Span
from strategies import credited_paragraphs, stories, wrapped_pages


@settings(max_examples=300, deadline=None)
@given(wrapped_pages())
def test_a_wrapped_story_keeps_every_paragraph(case: tuple[list[str], str]) -> None:
    """A story of three or more paragraphs wrapped at 40 to 120 columns, with any furniture
    block or marker inserted anywhere, keeps every story paragraph."""
    paragraphs, page = case
    cleaned = newsclean.clean(page)
    for paragraph in paragraphs:
        assert paragraph in cleaned, (paragraph, cleaned)


#: A credit whose end is not plain before a paragraph that speaks of copyright: the words
#: of the copyright family are prose's words too.
_ABOUT_COPYRIGHT = (
    "Copyright law changes passed the Senate on Tuesday, and the trade body said it had "
    "licensed the reproduction of the photographs to schools."
)
_PARAGRAPH = "The council said on Tuesday that the budget would rise by 4%. Residents agreed."
#: The story the examples put the credited paragraph in.
_STORY = ["Council approves flood plan", _PARAGRAPH, _PARAGRAPH]


@settings(max_examples=150, deadline=None)
@given(
    story=stories(),
    credited=credited_paragraphs(),
    width=st.integers(40, 120),
    at=st.integers(1, 8),
    shape=st.sampled_from(["auto", "wrapped", "markdown", "lines", "page", "paragraphs"]),
)
@example(
    story=_STORY,
    credited=("© Provided by Valley Herald Photo Desk ", _ABOUT_COPYRIGHT),
    width=72,
    at=2,
    shape="auto",
)
# Read line by line (no wrap width found in so short a text), the credit's line is the
# paragraph's first line, which ends no sentence: found by this test.
@example(
    story=_STORY,
    credited=("© Jane Doe/WENN ", _PARAGRAPH),
    width=61,
    at=1,
    shape="markdown",
)
@example(
    story=_STORY,
    credited=("© Provided by Valley Herald Photo Desk ", _PARAGRAPH),
    width=61,
    at=1,
    shape="markdown",
)
# A credit glued to a first sentence that ends on the first line of a wrapped paragraph,
# too short alone to read as prose: found by this test run unseeded (the README's command).
@example(
    story=[
        "Council approves flood plan",
        "The council said on Tuesday that the budget would rise by 4%. " * 2,
        "The council said on Tuesday that the budget would rise by 4%. " * 2,
    ],
    credited=(
        "© Provided by Valley Herald Photo Desk ",
        "The council warned that the plan needs more work. The council said on Tuesday that "
        "the budget would rise by 4%.",
    ),
    width=88,
    at=1,
    shape="auto",
)
# The credit cut off leaves the paragraph's first line short; the clean text, read again
# as page text, came apart at the sentence ends of lines that stopped looking wrapped, and
# its last sentence went as "lines that are not prose after the story": found unseeded.
@example(
    story=[
        "Council approves flood plan",
        "The council said on Tuesday that the budget would rise by 4%. " * 2,
        "The council said on Tuesday that the budget would rise by 4%. " * 3,
    ],
    credited=(
        "(© Sam Reyes) ",
        "The council warned that the budget would rise by 4%. " * 2
        + "The council said on Tuesday that the budget would rise by 4%.",
    ),
    width=41,
    at=3,
    shape="page",
)
def test_a_photo_credit_glued_to_a_paragraph_never_takes_it(
    story: list[str], credited: tuple[str, str], width: int, at: int, shape: str
) -> None:
    """A story paragraph with a photo credit glued to its start (as scrapers join a
    picture's credit to the paragraph under it), wrapped at 40 to 120 columns anywhere
    in a story, keeps every word of the paragraph, whether the credit goes or not."""
    credit, paragraph = credited
    blocks = [*story[:at], credit + paragraph, *story[at:]]  # never before the headline
    page = "\n\n".join(textwrap.fill(block, width) for block in blocks)
    cleaned = " ".join(newsclean.clean(page, shape=shape).split())
    assert " ".join(paragraph.split()) in cleaned, (page, cleaned)


@settings(max_examples=150, deadline=None)
@given(case=wrapped_pages())
def test_a_wrapped_story_read_as_page_text_keeps_every_paragraph(
    case: tuple[list[str], str],
) -> None:
    """The same story read as page text: its paragraphs are lines that blank lines hold
    together, and no removal takes a line of one."""
    paragraphs, page = case
    cleaned = newsclean.clean(page, shape="page")
    for paragraph in paragraphs:
        assert paragraph in cleaned, (paragraph, cleaned)


def test_a_line_of_a_wrapped_paragraph_read_as_lines_is_not_judged_alone() -> None:
    """Found by the property above run with ``shape="lines"``: a line of a hard-wrapped
    story paragraph was judged for its own words ("Subscribers to the utility said on" read
    as a subscribe prompt). The guard keeps the paragraph's lines."""
    paragraph = (
        "The council said on Tuesday that rain\nwould continue into the weekend.\n"
        "Subscribers to the utility said on\nTuesday that the budget would rise by\n4%."
    )
    page = _page(["Council approves flood plan"], [textwrap.fill(STORY[0], 40)], [paragraph])
    cleaned = newsclean.explain(page, shape="lines")
    assert paragraph in cleaned.text
    assert ("promotions", "it would take part of a story paragraph") in {
        (r.cleaner, r.guard) for r in cleaned.refused
    }


def test_a_prompt_line_above_a_wrapped_paragraph_still_goes() -> None:
    """The negative case: a prompt that is a whole line, held to a wrapped paragraph by no
    blank line but not one of its full lines, is still removed for its own words."""
    prompt = "Sign up for our newsletter"
    paragraph = textwrap.fill(" ".join(STORY), 40)
    page = _page(["Council approves flood plan"], [prompt, paragraph], [paragraph])
    cleaned = newsclean.clean(page, shape="lines")
    assert prompt not in cleaned
    assert cleaned.count(paragraph) == 2


@settings(max_examples=100, deadline=None)
@given(case=wrapped_pages())
def test_a_wrapped_story_read_as_lines_keeps_every_paragraph(case: tuple[list[str], str]) -> None:
    """The same story read one line at a time: no line of a story paragraph goes for its
    own words."""
    paragraphs, page = case
    cleaned = newsclean.clean(page, shape="lines")
    for paragraph in paragraphs:
        assert paragraph in cleaned, (paragraph, cleaned)


def test_the_last_line_of_a_wrapped_paragraph_is_not_chrome() -> None:
    """Found by the property above: the story finder took a wrapped paragraph's last line
    with the heading after it; the guard keeps the paragraph's lines and lets the heading go."""
    paragraph = textwrap.fill(" ".join([STORY[0]] * 2), 40)
    page = _page(["Council approves flood plan"], [paragraph], [paragraph], ["Related stories"])
    cleaned = newsclean.explain(page, shape="page")
    assert cleaned.text == _page(["Council approves flood plan"], [paragraph], [paragraph])
    assert "it would take part of a story paragraph" in {r.guard for r in cleaned.refused}


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


#: A hard-wrapped German paragraph whose next lines all start with a capital (nouns).
CAPITALS = [
    "Nach Angaben der Verwaltung kosten die geplanten Arbeiten",
    "Rund 800.000 Euro. Davon trägt das Land mit Zuschüssen für",
    "Brücken in kleineren Gemeinden im ländlichen Raum etwa die",
    "Hälfte übernimmt, sagte der Bürgermeister am Abend vor dem",
    "Rat, der die Sanierung im Frühjahr auf den Weg gebracht hat.",
]
HEADLINES = [
    "Will new bus lanes cut journey times?",
    "Storm damage closes the coastal path",
    "Why are hospital parking charges rising?",
    "Teenager rescued from cliffs near lighthouse",
    "Record crowd at the county show",
]


def _page(*groups: list[str]) -> str:
    return "\n\n".join("\n".join(group) for group in groups)


def test_a_list_of_headlines_held_together_is_not_a_paragraph() -> None:
    """Lines between blank lines that each start anew and are not full are a list: the
    guard judges them one by one (two questions among them make no story paragraph)."""
    listed = [line.rstrip("?") for line in HEADLINES]
    doc = Document(_page(["Home", "News"], listed, ["Contact us", "Terms"]), shape="page")
    paragraphs = Guard(doc).paragraphs()
    headlines = [b.index for b in doc.content if b.stripped in listed]
    assert len(headlines) == 5 and not any(i in paragraphs for i in headlines)
    assert paragraphs  # the menus' pairs are still held together
    # With the questions, the lines come apart at them: no part holds two sentences.
    doc = Document(_page(["Home", "News"], HEADLINES, ["Contact us", "Terms"]), shape="page")
    guard = Guard(doc)
    parts = set(guard.paragraphs().values())
    assert parts and all(guard._paragraph_stats(part).sentences < 2 for part in parts)


def test_lines_come_apart_at_a_sentence_end_unless_hard_wrapped() -> None:
    teaser = ["Get the app.", "Download our app for your phone and tablet and read the news."]
    doc = Document(_page(["Home", "News"], teaser, CAPITALS), shape="page")
    paragraphs = Guard(doc).paragraphs()
    app, download = (b.index for b in doc.content if b.stripped in teaser)
    assert app not in paragraphs and download not in paragraphs
    wrapped = tuple(b.index for b in doc.content if b.stripped in CAPITALS)
    assert len(wrapped) == 5 and all(paragraphs[i] == wrapped for i in wrapped)


def test_a_hard_wrapped_paragraph_with_capitals_is_still_guarded() -> None:
    """The negative case: a wrapped story paragraph read as page text, every next line
    starting with a capital, stays one paragraph, and a block removal taking it is refused."""
    story = [
        "Die Gemeinde hat am Dienstag beschlossen, die Brücke über den Mühlbach im Herbst "
        "zu sanieren. Die Arbeiten an den Pfeilern und am Geländer sollen zehn Wochen dauern.",
        "Anwohner hatten seit Jahren über Risse im Geländer geklagt, und ein Gutachten aus "
        "dem Frühjahr bestätigte die Schäden an zwei Pfeilern, die zuerst erneuert werden.",
    ]
    text = _page(["Startseite", "Lokales", "Sport"], story[:1], CAPITALS, story[1:], ["Impressum"])
    doc = Document(text, shape="page")
    first, last = (b for b in doc.content if b.stripped in (CAPITALS[0], CAPITALS[-1]))
    span = Span(first.start, last.end, "chrome.after_story", "test", positional=True)
    guard = Guard(doc)
    assert guard.check(doc, "chrome", [span]) == []
    assert [why for _, _, why in guard.refused] == [
        "it would take a story paragraph of two sentences or more"
    ]
    assert all(line in newsclean.clean(text, shape="page") for line in CAPITALS)


ARCHIVE = "Blog Archive " + " ".join(
    f"{month:02d}/01/26 - {month:02d}/08/26 ({month + 3})" for month in range(1, 13)
)


def test_a_line_of_dates_is_no_paragraph_for_the_half_rule() -> None:
    """A blog archive's one long line (dates and counts, no function words) is not among
    the text's paragraphs, so a removal that takes it is not "more than half" of them."""
    story = [STORY[0] + " " + STORY[1], STORY[2]]
    doc = Document(_page(["Home", "News"], story, [ARCHIVE, "Links"]), shape="page")
    guard = Guard(doc)
    archive = next(b for b in doc.content if b.stripped == ARCHIVE)
    assert guard.total() == sum(_words(doc, p) for p in story)
    span = Span(archive.start, archive.end, "chrome.after_story", "test", positional=True)
    assert guard.check(doc, "chrome", [span]) == [span] and guard.refused == []


def test_a_story_paragraph_without_a_sentence_end_still_counts() -> None:
    """The negative case: a long paragraph that ends without a sentence mark (a misread
    wrapped story, a paragraph cut by the scraper) keeps counting, and a removal that
    would take most of the text's paragraph words is refused."""
    cut = STORY[0] + " " + STORY[1].rstrip(".") + " and the council said that the"
    doc = Document(_page(["Home", "News"], [STORY[2]], [cut], ["Links"]), shape="page")
    guard = Guard(doc)
    block = next(b for b in doc.content if b.stripped == cut)
    assert guard.total() == _words(doc, cut) + _words(doc, STORY[2])
    span = Span(block.start, block.end, "chrome.after_story", "test", positional=True)
    assert guard.check(doc, "chrome", [span]) == []
    assert [why for _, _, why in guard.refused] == [
        f"it would take {_words(doc, cut)} of the {guard.total()} words of the text's paragraphs"
    ]


def _words(doc: Document, text: str) -> int:
    block = next(b for b in doc.content if b.stripped == text)
    return block_stats(doc, (block,))[0].words


FOOTER = ["About us", "Contact", "Advertise", "Jobs", "Terms of use", "Privacy"]
NOTICE = (
    "The Harbour Gazette is published by Coastline Media Ltd, registered in England. "
    "Our journalists follow the editors' code of practice, and complaints go to the editor."
)


def _stretch_spans(doc: Document, lines: list[str]) -> list[Span]:
    """One positional span per block of ``lines``, as the story finder yields a stretch."""
    wanted = set(lines)
    return [
        Span(b.start, b.end, "chrome.after_story", "test", positional=True)
        for b in doc.content
        if b.stripped in wanted
    ]


def test_a_stretch_with_one_paragraph_comes_apart_around_it() -> None:
    """A run refused for one paragraph of two sentences, and no other prose, goes but for
    that paragraph when the cleaner's runs lie outside the story (``split``); without
    ``split`` the whole run stays, as before."""
    stretch = [*FOOTER[:3], NOTICE, *FOOTER[3:]]
    text = "\n\n".join([*STORY, *stretch])
    doc = Document(text, shape="paragraphs")
    spans = _stretch_spans(doc, stretch)
    whole = Guard(doc)
    assert whole.check(doc, "chrome", spans) == []
    apart = Guard(doc)
    passed = apart.check(doc, "chrome", spans, split=True)
    assert [doc.text[s.start : s.end] for s in passed] == FOOTER  # type: ignore[attr-defined]
    assert [(doc.text[s.start : s.end], why) for s, _, why in apart.refused] == [
        (NOTICE, "it would take a story paragraph of two sentences or more")
    ]


def test_a_stretch_with_two_paragraphs_stays_whole() -> None:
    """The negative case: a run holding two story-prose paragraphs (not side by side, so
    not "2 in a row") may be the story misread, its short lines the story's own: with
    ``split`` it is still refused whole."""
    first = STORY[1] + " It is the third closure of the road this year."
    second = STORY[2] + " The tides will be at their highest at dawn."
    stretch = [first, "A spokesman said:", second, *FOOTER[:2]]
    text = "\n\n".join([*STORY, *STORY, *stretch])
    doc = Document(text, shape="paragraphs")
    guard = Guard(doc)
    assert guard.check(doc, "chrome", _stretch_spans(doc, stretch), split=True) == []
    assert {why for _, _, why in guard.refused} == {
        "it would take a story paragraph of two sentences or more"
    }


ARCHIVE_MONTHS = ["November", "October", "September", "August", "July", "June", "May",
                  "April", "March", "February", "January", "December"]  # fmt: skip


def test_a_blog_archive_line_is_no_paragraph_the_guard_keeps() -> None:
    """A blog's archive of months and counts in one long line: English stoplists hold the
    month names, so it read as a paragraph of 109 words, more than half of the text's,
    and the guard refused to let the footer around it go."""
    archive = "Archives " + " ".join(
        f"{month} {2012 - k // 12} ({k * 7 % 13 + 1})" for k, month in enumerate(ARCHIVE_MONTHS * 3)
    )
    story = [
        "The county council voted on Tuesday to take over the harbour trust, which owns the "
        "quay and the fish market, after a decade of disputes.",
        "The trustees said they would appeal, and that the council had not shown that any "
        "money was missing from the accounts.",
    ]
    menu = ["Home", "News", "Local", "Sport", "Weather", "Traffic", "Video", "Opinion",
            "Business", "Culture", "Contact"]  # fmt: skip
    footer = ["Newer Post", "Older Post", "Home", "Site Feed", "Archives", archive, "Followers",
              "Labels", "harbour (4)", "council (7)", "About me", "Powered by Blogger"]  # fmt: skip
    text = "\n".join(menu) + "\n\n" + "\n".join(story) + "\n\n" + "\n".join(footer)
    cleaned = newsclean.explain(text)
    assert cleaned.shape == "page"
    assert not cleaned.refused
    assert archive not in cleaned.text
    assert "\n".join(story) in cleaned.text


def test_a_paragraph_of_figures_is_still_a_paragraph() -> None:
    """The negative: a story sentence full of figures has fewer numbers than words."""
    figures = (
        "The county's population grew from 41,000 in 1990 to 52,000 in 2000 and 63,500 in "
        "2010, the census shows, and the town's from 9,800 to 12,100 in the same twenty years."
    )
    (stats,) = block_stats(Document(figures))
    assert stats.long and stats.prose


def test_no_span_takes_a_line_of_a_code_block() -> None:
    """A program's lines are the story's own, whatever their words: a removal that takes
    one, for its words or for where it stands, is refused and recorded."""
    text = "\n".join([STORY[0], "```", '"comment": {', "Share this", "```", STORY[1]])
    doc = Document(text)
    guard = Guard(doc)
    at = text.index("Share this")
    before = text.index(STORY[0])
    spans = [
        Span(at, at + len("Share this"), "promotions.share_words", "share words"),
        Span(before, before + 5, "bylines.byline", "a byline"),  # before the block: passes
    ]
    kept = guard.check(doc, "promotions", spans)
    assert kept == [spans[1]]
    assert [(s.rule, why) for s, _, why in guard.refused] == [
        ("promotions.share_words", "it would take a line of a code block")
    ]
    cleaned = newsclean.explain(text)
    assert cleaned.text == text
    assert {r.guard for r in cleaned.refused} == {"it would take a line of a code block"}


def test_a_wrapped_paragraph_whose_first_line_was_cut_short_stays_one_paragraph() -> None:
    """A credit cut off the start of a hard-wrapped paragraph leaves its first line short;
    read again, the paragraph is still one (its sentence runs on into the full lines
    below), while a short line held above a paragraph that runs on into nothing (a
    label, a heading) is not part of it."""
    cut = ["The council warned that the", "budget would rise by 4%. The council",
           "warned that the budget would rise by 4%.", "The council said on Tuesday."]  # fmt: skip
    label = ["More from the harbour", "Floods closed the coast road, and the",
             "bridge will stay shut until engineers", "have finished."]  # fmt: skip
    text = "\n\n".join(["Council approves flood plan", "\n".join(cut), "\n".join(label)])
    doc = Document(text, shape="page")  # read line by line, as page text is
    paragraphs = Guard(doc).paragraphs()
    by_text = {block.stripped: block.index for block in doc.content}
    assert paragraphs[by_text[cut[0]]] == tuple(by_text[line] for line in cut)
    assert by_text[label[0]] not in paragraphs.get(by_text[label[1]], ())
