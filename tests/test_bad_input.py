"""Bad input gets a clear error and loses nothing."""

from __future__ import annotations

import pytest

import newsclean

STORY = "Rain closed the coast road on Monday, the council said."


@pytest.mark.parametrize(
    ("value", "says"),
    [
        (b"bytes", "decode it first"),
        (bytearray(b"x"), "decode it first"),
        (None, "got None"),
        (42, "got int"),
        (["a"], "got list"),
    ],
)
def test_non_str_raises_type_error_saying_what_to_do(value: object, says: str) -> None:
    with pytest.raises(TypeError, match=says):
        newsclean.clean(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=says):
        newsclean.explain(value)  # type: ignore[arg-type]


def test_empty_gives_empty() -> None:
    assert newsclean.clean("") == ""
    assert newsclean.explain("").removals == ()


def test_only_boilerplate_gives_empty() -> None:
    assert newsclean.clean("Share\nAdvertisement\n2 mins read\n") == ""


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_every_line_ending_works_and_is_kept(ending: str) -> None:
    text = ending.join(["September 5, 2021", "Headline", "", STORY, "", "Share this article", ""])
    assert newsclean.clean(text) == ending.join(["Headline", "", STORY, ""])


def test_control_characters_and_lone_surrogates_pass_through() -> None:
    text = f"Share\n{STORY}\x00\x0b\ud800\n\u2028Advertisement"
    cleaned = newsclean.clean(text)
    assert f"{STORY}\x00\x0b\ud800" in cleaned
    assert "Share\n" not in cleaned


ADVERSARIAL = [
    "By " + "Jane " * 4000,
    "1 " * 10000,
    "12:12 " * 5000,
    "Home » " * 3000,
    "Tags: a, " * 3000,
    "a" * 50000 + ".",
    "." * 50000,
    "Follow " + "Us " * 5000 + "on",
    "The post " + "x " * 5000 + "appeared first on Y.",
    "Sign up for " + "our " * 5000,
    "Similar News:" + "x" * 50000,
    "…reports " + "A" * 50000,
    "Jane Doe | " * 3000,
    "( " * 10000,
    "© " * 10000,
]


@pytest.mark.parametrize("line", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_lines_do_not_backtrack(line: str) -> None:
    """A long adversarial line (200,000 characters and more) is cleaned and replays.

    A catastrophic pattern would not come back from a line this long (the run hangs);
    no figure of time is checked.
    """
    text = line * 4
    cleaned = newsclean.explain(text)
    assert cleaned.text == newsclean.clean(text)
    assert len(cleaned.text) <= len(text)


def test_a_large_text_keeps_every_story_line() -> None:
    # About 5 MB. How its time grows with size is measured in benchmarks/scaling.py, not
    # here: no test depends on timing.
    page = (
        "\n\n".join(["Headline", STORY * 3, "Share this article", STORY, "Advertisement"]) + "\n\n"
    )
    cleaned = newsclean.clean(page * 20000)
    assert cleaned.count(STORY) == 4 * 20000
