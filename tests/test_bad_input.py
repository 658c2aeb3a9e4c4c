"""Bad input gets a clear error and loses nothing."""

from __future__ import annotations

import time

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
    """Cost grows linearly with a long adversarial line: compare 1x to 4x the same line.

    A catastrophic pattern grows at least quadratically (16x); linear work grows 4x. The
    ratio (not a wall-clock limit) is what is checked, with room for a noisy machine.
    """
    small = _best_time(line)
    large = _best_time(line * 4)
    assert large <= max(12 * small, 0.05), (small, large)


def test_a_large_text_takes_time_linear_in_its_size() -> None:
    page = (
        "\n\n".join(["Headline", STORY * 3, "Share this article", STORY, "Advertisement"]) + "\n\n"
    )
    one = page * 2000  # about 1 MB
    small = _best_time(one, runs=3)
    large = _best_time(one * 10, runs=1)  # about 10 MB
    cleaned = newsclean.clean(one * 10)
    assert cleaned.count(STORY) == 4 * 20000
    assert large <= 25 * small, (small, large)


def _best_time(text: str, runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        newsclean.clean(text)
        best = min(best, time.perf_counter() - start)
    return best
