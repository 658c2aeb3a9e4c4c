"""The pipeline: immutable, inspectable, changed by name; custom cleaners; replay."""

from __future__ import annotations

import pytest

import newsclean
from newsclean import DEFAULT, Cleaner, Pipeline, Span, apply_removals, cleaner, line_span

PAGE = (
    "By Jane Doe\nSeptember 5, 2021\n\nRain fell all day.\n\nShare this article\nDesk note: none."
)


def test_names_are_the_cleaner_modules() -> None:
    assert DEFAULT.names == (
        "site", "chrome", "bylines", "timestamps", "read_time", "syndication", "navigation",
        "promotions", "legal", "comments", "teasers", "images",
    )  # fmt: skip
    for item in DEFAULT:
        assert type(item).__module__ == f"newsclean.cleaners.{item.name}"


def test_without_returns_a_new_pipeline_and_leaves_default_alone() -> None:
    smaller = DEFAULT.without("bylines", "promotions")
    assert "bylines" not in smaller and "bylines" in DEFAULT
    assert (
        smaller.clean(PAGE)
        == "By Jane Doe\n\nRain fell all day.\n\nShare this article\nDesk note: none."
    )
    with pytest.raises(KeyError, match="no cleaner named 'nope'"):
        DEFAULT.without("nope")


def test_insert_before_after_and_add() -> None:
    @cleaner("disclaimers")
    def disclaimers(doc: newsclean.Document):  # type: ignore[no-untyped-def]
        for line in doc:
            if line.stripped.startswith("Desk note:"):
                yield line_span(line, "disclaimers.label", "a disclaimer")

    after = DEFAULT.insert(disclaimers, after="legal")
    assert after.names.index("disclaimers") == after.names.index("legal") + 1
    before = DEFAULT.insert(disclaimers, before="site")
    assert before.names[0] == "disclaimers"
    added = DEFAULT + disclaimers
    assert added.names[-1] == "disclaimers"
    assert added.clean(PAGE) == "Rain fell all day."
    removal = added.explain(PAGE).removals[-1]
    assert (removal.cleaner, removal.rule, removal.text) == (
        "disclaimers",
        "disclaimers.label",
        "Desk note: none.",
    )
    with pytest.raises(ValueError, match="before= or after="):
        DEFAULT.insert(disclaimers, before="bylines", after="legal")


def test_a_class_cleaner_and_replace() -> None:
    class Shouting(Cleaner):
        name = "shouting"

        def find(self, doc: newsclean.Document):  # type: ignore[no-untyped-def]
            for line in doc:
                if line.stripped.isupper():
                    yield line_span(line, "shouting.caps", "a line in capitals")

    pipeline = DEFAULT.replace("comments", Shouting())
    assert "comments" not in pipeline and pipeline.names[-3] == "shouting"
    assert pipeline.clean("BREAKING\nRain fell.") == "Rain fell."
    assert repr(Shouting()) == "<cleaner shouting>"


def test_bad_cleaners_are_refused() -> None:
    with pytest.raises(TypeError, match="not a cleaner"):
        Pipeline([object()])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="names must be unique"):
        Pipeline([DEFAULT["bylines"], DEFAULT["bylines"]])
    with pytest.raises(ValueError, match="snake_case"):
        cleaner("Not A Name")

    @cleaner("yields_junk")
    def junk(doc: newsclean.Document):  # type: ignore[no-untyped-def]
        yield "not a span"

    with pytest.raises(TypeError, match="yield Span objects"):
        Pipeline([junk]).clean("text")

    @cleaner("too_far")
    def too_far(doc: newsclean.Document):  # type: ignore[no-untyped-def]
        yield Span(0, 10_000, "too_far.x", "past the end")

    with pytest.raises(ValueError, match="past the end"):
        Pipeline([too_far]).clean("short")


def test_overlapping_spans_first_claim_wins_and_containing_span_replaces() -> None:
    @cleaner("partial")
    def partial(doc: newsclean.Document):  # type: ignore[no-untyped-def]
        yield Span(0, 4, "partial.x", "the first word")

    @cleaner("whole")
    def whole(doc: newsclean.Document):  # type: ignore[no-untyped-def]
        for line in doc:
            yield line_span(line, "whole.x", "the whole line")

    cleaned = Pipeline([partial, whole]).explain("Rain fell.\nMore rain.")
    assert cleaned.text == ""
    assert [r.cleaner for r in cleaned.removals] == ["whole", "whole"]


def test_explain_replays_and_reports_original_offsets() -> None:
    cleaned = newsclean.explain(PAGE)
    for removal in cleaned.removals:
        assert PAGE[removal.start : removal.end] == removal.text
    assert apply_removals(PAGE, cleaned.removals) == cleaned.text
    assert cleaned.metadata.authors == ("Jane Doe",)
    assert str(cleaned.metadata.published_date) == "2021-09-05"
    assert cleaned.to_dict()["metadata"]["published_date"] == "2021-09-05"
    assert cleaned.by_cleaner() == {"bylines": 1, "timestamps": 1, "promotions": 1}


def test_presets_order_from_conservative_to_aggressive() -> None:
    page = ("Rain fell all day across the county, and the river rose past its banks.\n"
            "Related Stories\nA teaser headline\nAnother teaser headline")  # fmt: skip
    assert (
        newsclean.CONSERVATIVE.clean(page)
        == page.split("\n")[0] + "\nA teaser headline\nAnother teaser headline"
    )
    assert DEFAULT.clean(page) == page.split("\n")[0]


_STORY = [
    "The council said on Monday that the coast road would stay closed for a week while "
    "engineers inspect the damaged sea wall.",
    "Buses will run on the inland route, and the ferry adds two sailings a day until the "
    "road reopens.",
]
_COMMENTERS = [("Tom Reed", "4:15 PM"), ("Jane Holt", "6:40 PM"), ("Sam Okafor", "8:02 PM")]


def _thread(headers: list[tuple[str, str]]) -> str:
    lines = ["Road to stay shut for a week", "By Ann Marsh", *_STORY, "Comments"]
    for name, time in headers:
        lines += [
            f"Posted by: {name} | April 2, 2024 {time}",
            "I drove the inland route this morning and it added twenty minutes each way.",
        ]
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("headers", "authors"),
    [
        # Two commenters in one byline form: below a thread, both stay (as before).
        (_COMMENTERS[:2], ("Ann Marsh", "Tom Reed", "Jane Holt")),
        # Three, naming different people: a thread; only the story's byline names it.
        (_COMMENTERS, ("Ann Marsh",)),
        # Three in one form by one person: not a thread (a blog's posts, each signed).
        ([("Tom Reed", t) for _, t in _COMMENTERS], ("Ann Marsh", "Tom Reed")),
    ],
)
def test_a_thread_of_bylines_names_no_author(
    headers: list[tuple[str, str]], authors: tuple[str, ...]
) -> None:
    cleaned = newsclean.explain(_thread(headers))
    assert all(f"Posted by: {name}" not in cleaned.text for name, _ in headers)
    assert cleaned.metadata.authors == authors


def test_a_thread_of_linked_bylines_in_markdown_names_no_author() -> None:
    # Each commenter's name links to their own page: the form leaves the targets out.
    lines = ["# Road to stay shut for a week", "By Ann Marsh", *_STORY, "## Comments"]
    for name, time in _COMMENTERS:
        page = name.lower().replace(" ", "-")
        lines += [
            f"Posted by: [{name}](https://example.org/people/{page}) | April 2, 2024 {time}",
            "I drove the inland route this morning and it added twenty minutes each way.",
        ]
    cleaned = newsclean.explain("\n\n".join(lines), shape="markdown")
    assert "Posted by:" not in cleaned.text
    assert cleaned.metadata.authors == ("Ann Marsh",)


def test_a_thread_whose_headers_name_different_months_names_no_author() -> None:
    # The form leaves out every date and time, not only the one read as the date: these
    # headers differ in their months and weekdays, and still make one thread.
    dates = ["Monday, March 4, 2024 at 4:15 PM", "Tuesday, April 2, 2024 at 6:40 PM",
             "Friday, May 10, 2024 at 8:02 PM"]  # fmt: skip
    lines = ["Road to stay shut for a week", "By Ann Marsh", *_STORY, "Comments"]
    for (name, _), date in zip(_COMMENTERS, dates, strict=True):
        lines += [
            f"By {name}, {date}",
            "I drove the inland route this morning and it added twenty minutes each way.",
        ]
    cleaned = newsclean.explain("\n".join(lines))
    assert all(f"By {name}" not in cleaned.text for name, _ in _COMMENTERS)
    assert cleaned.metadata.authors == ("Ann Marsh",)


@pytest.mark.parametrize(
    ("byline", "authors", "published"),
    [
        ("By Owen Hale, March 18, 2024", ("Owen Hale",), "March 18, 2024"),
        ("By Owen Hale, Reuters, March 18, 2024", ("Owen Hale",), "March 18, 2024"),
        ("By Owen Hale and Ann Lee, March 18, 2024 at 5:00 pm", ("Owen Hale", "Ann Lee"),
         "March 18, 2024 at 5:00 pm"),
        ("Door Anne de Vries op 3 maart 2025", ("Anne de Vries",), "3 maart 2025"),
        # The page's name and date elements run together, with no mark between.
        ("By Owen Hale March 18, 2024", ("Owen Hale",), "March 18, 2024"),
        ("by Owen Hale Published Mar. 18, 2024 2:25 pm", ("Owen Hale",),
         "Published Mar. 18, 2024 2:25 pm"),
        # An outlet after the names, without a comma, ends them.
        ("By Owen Hale Associated Press", ("Owen Hale",), None),
        ("By Owen Hale BBC News, March 18, 2024", ("Owen Hale",), "March 18, 2024"),
        # Negative: a two-word name that is also an outlet's stays a name.
        ("By Michael Bloomberg", ("Michael Bloomberg",), None),
        # Negative: an outlet after the comma is no date.
        ("By Owen Hale, Reuters", ("Owen Hale",), None),
    ],
)  # fmt: skip
def test_a_byline_gives_the_date_after_its_names(
    byline: str, authors: tuple[str, ...], published: str | None
) -> None:
    cleaned = newsclean.explain(f"{byline}\n{_STORY[0]}\n{_STORY[1]}")
    assert cleaned.text == "\n".join(_STORY)
    assert cleaned.metadata.authors == authors
    assert cleaned.metadata.published == published


def test_a_first_byline_whose_name_is_not_read_keeps_the_story_date() -> None:
    # Teasers under the story share the story byline's form; the story's own line, whose
    # name is not read ("JWoodley"), is the text's first dated line and stays the story's.
    teasers = [("Sean Ortiz", "May 17, 2012 5:11 PM"), ("Lena Park", "July 4, 2012 9:57 AM"),
               ("Matt Cole", "June 2, 2012 3:47 PM")]  # fmt: skip
    lines = ["Rays edge Blue Jays in ten innings", "by JWoodley on Aug 9, 2012 12:43 PM", *_STORY,
             "More from the site"]  # fmt: skip
    for name, date in teasers:
        lines += [f"Fans queue for the {name.split()[1]} signing", f"by {name} on {date}"]
    cleaned = newsclean.explain("\n".join(lines))
    assert "JWoodley" not in cleaned.text
    assert cleaned.metadata.published == "Aug 9, 2012 12:43 PM"
    assert cleaned.metadata.authors == ()
