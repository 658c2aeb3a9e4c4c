"""The opt-in ``link_targets`` repair: a Markdown link reads as its text, images go."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import DEFAULT, LinkTargets, Pipeline, apply_removals

ONLY = Pipeline([LinkTargets()])

STORY = (
    "# Harbour wall holds in the storm\n"
    "\n"
    'The council\'s [flood report](https://example.org/flood.pdf "PDF") says the wall\n'
    "held on Monday, and [the harbour master said\n"
    "so](https://example.org/a_(b)) at a meeting in the town hall on Tuesday.\n"
    "\n"
    "![The harbour wall at high tide](/img/wall.jpg)\n"
    "\n"
    'Repairs to the [north pier](/pier) will start in [May](/may "May").\n'
)


def test_links_read_as_their_text_and_images_go() -> None:
    assert ONLY.clean(STORY) == (
        "# Harbour wall holds in the storm\n"
        "\n"
        "The council's flood report says the wall\n"
        "held on Monday, and the harbour master said\n"
        "so at a meeting in the town hall on Tuesday.\n"
        "\n"
        "Repairs to the north pier will start in May.\n"
    )


def test_every_removal_is_recorded_and_replays() -> None:
    cleaned = ONLY.explain(STORY)
    rules = {(r.rule, r.reason) for r in cleaned.removals}
    assert ("link_targets.link", "a link's target") in rules
    assert ("link_targets.image", "an image") in rules
    assert apply_removals(STORY, cleaned.removals) == cleaned.text


def test_a_link_around_an_image_keeps_its_words_and_a_logo_link_goes() -> None:
    text = "[![logo](/l.png)](/) [Home](/) [News](/news)\n\nIt held. [![x](/t.png) Photos](/p)\n"
    assert ONLY.clean(text) == "Home News\n\nIt held. Photos\n"


def test_brackets_and_parentheses_in_prose_stay() -> None:
    """The negative case: square brackets and parentheses that are not a link."""
    text = (
        "The mayor said the plan [sic] was final (for now).\n"
        "Prices [rose] (slightly) in [May], see note [1].\n"
        "An empty pair [] () and a lone ] bracket ( stay too.\n"
    )
    assert ONLY.clean(text) == text
    assert ONLY.explain(text).removals == ()


def test_with_the_default_pipeline_on_markdown() -> None:
    page = (
        "[Home](/) [News](/news) [Sport](/sport) [Weather](/weather)\n\n" + STORY + "\n"
        "* [Next story: Ferry returns](/next)\n"
    )
    plain = (DEFAULT + LinkTargets()).clean(page)
    assert "](" not in plain and "flood report says the wall" in plain
    assert newsclean.clean(page).count("](") > 0  # the default keeps the Markdown


_WORD = st.text(alphabet="abcdefghij KLMN.,", min_size=1, max_size=12).filter(str.strip)
_TARGET = st.text(alphabet="abcxyz/._-:", min_size=0, max_size=15)


@st.composite
def markdown_lines(draw: st.DrawFn) -> tuple[str, str]:
    """A text of words, links and images, and the text it must read as."""
    parts, plain = [], []
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["word", "link", "image"]))
        word = draw(_WORD).strip()
        if kind == "word":
            parts.append(word)
            plain.append(word)
        elif kind == "link":
            parts.append(f"[{word}]({draw(_TARGET)})")
            plain.append(word)
        else:
            parts.append(f"![{word}]({draw(_TARGET)})")
    return " ".join(parts), " ".join(plain)


@settings(max_examples=200, deadline=None)
@given(case=markdown_lines())
def test_links_and_images_read_as_expected(case: tuple[str, str]) -> None:
    text, plain = case
    cleaned = ONLY.clean(text)
    assert " ".join(cleaned.split()) == " ".join(plain.split())
    assert ONLY.clean(cleaned) == cleaned  # idempotent


def test_command_line_repair(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(STORY, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "--repair", "link_targets", str(page)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert b"](" not in result.stdout and b"flood report says" in result.stdout
