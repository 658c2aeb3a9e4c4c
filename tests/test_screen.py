"""The start screen gives the whole pattern's answer on every line (newsclean.screen).

It may only drop alternatives that cannot match: these tests compare it with the whole
pattern, on generated patterns and lines, on every line rule of the default cleaners
(each language's build too) and on the corpus's lines.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import regex
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsclean import prose
from newsclean.cleaners.base import LineRules
from newsclean.presets import DEFAULT
from newsclean.rules import LANGUAGES, LINE_PREFIX
from newsclean.screen import StartScreen, first_chars

_END = r")[\s:|»›>.…]*$"
CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "cases"


def whole(patterns: list[str]) -> regex.Pattern[str]:
    body = "|".join(f"(?P<_r{i}>{p})" for i, p in enumerate(patterns))
    return regex.compile(LINE_PREFIX + "(?:" + body + _END, regex.IGNORECASE)


def rule_of(found: regex.Match[str] | None, count: int) -> int | None:
    """The rule whose group took part in a match (what LineRules reads)."""
    if found is None:
        return None
    return next(i for i in range(count) if found.groupdict().get(f"_r{i}") is not None)


def same(patterns: list[str], lines: list[str]) -> None:
    full, screen = whole(patterns), StartScreen(patterns, _END)
    for line in lines:
        expected = rule_of(full.match(line), len(patterns))
        assert rule_of(screen.match(line), len(patterns)) == expected, (patterns, line)


# Patterns made of the items the screen reads and of those it does not, each with the
# texts it matches (in several cases), so that generated lines match often.
_ATOMS = {
    "a": "aA", "b": "bB", "ſ": "ſsS", "K": "Kk\u212a", "\\(": "(", "\\[": "[", "-": "-",
    "•": "•", " ": " ", "[ab(]": "ab(", "[^a]": "b1 ", "[a-c]": "ac", "\\s": " \t",
    "\\d": "1", "\\p{Lu}": "AK", ".": "a1", "(?-i:A)": "A", "(?i:b)": "bB", "\\b": "",
    "(?=a)": "", "(?!b)": "",
}  # fmt: skip
_QUANTIFIERS = {"": (1, 1), "?": (0, 1), "*": (0, 3), "+": (1, 3), "{0,2}": (0, 2),
                "{1,2}": (1, 2), "{2}": (2, 2), "??": (0, 1), "*?": (0, 2)}  # fmt: skip


@st.composite
def _pattern(draw: st.DrawFn, depth: int = 0) -> tuple[str, str]:
    """A pattern and a text it may match (lookarounds and \\b may refuse it)."""
    branches = []
    for _ in range(draw(st.integers(1, 3))):
        pattern, text = "", ""
        for _ in range(draw(st.integers(0 if branches else 1, 3))):
            if depth < 2 and draw(st.integers(0, 3)) == 0:
                inner, example = draw(_pattern(depth + 1))
                item = draw(st.sampled_from(["(?:{})", "({})"])).format(inner)
                choices = [example]
            else:
                item = draw(st.sampled_from(sorted(_ATOMS)))
                choices = list(_ATOMS[item]) or [""]
            quantifier = draw(st.sampled_from(sorted(_QUANTIFIERS)))
            least, most = _QUANTIFIERS[quantifier]
            pattern += item + quantifier
            for _ in range(draw(st.integers(least, most))):
                text += draw(st.sampled_from(choices))
        branches.append((pattern, text))
    pattern = "|".join(p for p, _ in branches)
    return pattern, draw(st.sampled_from([t for _, t in branches]))


_AROUND = st.sampled_from(["", "", " ", "• ", "- ", "—", "(", "1", "a", ":", "  "])
_LINES = st.text(alphabet="aAbBſkK (-[•*—1 \t", max_size=10)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_pattern(), _AROUND, _AROUND), min_size=1, max_size=3), _LINES)
def test_the_screen_answers_as_the_whole_pattern_on_generated_patterns(
    drawn: list[tuple[tuple[str, str], str, str]], noise: str
) -> None:
    patterns = [pattern for (pattern, _), _, _ in drawn]
    assume(_compiles(patterns))
    lines = [before + text + after for (_, text), before, after in drawn] + [noise]
    same(patterns, lines)


def _compiles(patterns: list[str]) -> bool:
    try:
        whole(patterns)
    except regex.error:
        return False
    return True


def test_the_prefix_may_give_back_what_an_alternative_starts_with() -> None:
    # "-" is a bullet and the first character of a rule; white space opens another.
    same(["-\\s*more", "\\s+share"], ["- more", "--more", "-- more", " share", "•  share", "share"])


def test_a_letter_matches_in_every_case_the_engine_allows() -> None:
    # The long s and the Kelvin sign match "s" and "k" when case is ignored.
    same(["share", "kids"], ["ſhare", "SHARE", "\u212aids", "kids", "bids"])


def test_first_chars_reads_literals_and_optional_items() -> None:
    assert first_chars("share") == {"s"}
    assert first_chars(r"(?:sign\s+up|join)") == {"s", "j"}
    assert first_chars(r"\[?\s*(?:read|see)\s+also") == {"[", "r", "s"}
    assert first_chars(r"[(\[]?more") == {"(", "[", "m"}
    assert first_chars(r"(?:the\s+)?(?:a|b){0,2}c") == {"t", "a", "b", "c"}
    assert first_chars(r"(?-i:SOURCE)\s+") == {"S"}


@pytest.mark.parametrize(
    "pattern",
    [r"\p{Lu}\w+", r"(?=a)a", r"[^a]b", r"[a-c]", r"a?", r"(?:a|\d)b", r"(?i:a)", r".a", ""],
)
def test_first_chars_does_not_read_what_it_cannot_be_sure_of(pattern: str) -> None:
    assert first_chars(pattern) is None


def _rule_sets() -> list[tuple[str, LineRules]]:
    found = []
    for cleaner in DEFAULT._cleaners:
        rules = getattr(cleaner, "rules", None)
        if isinstance(rules, LineRules):
            found.append((f"{cleaner.name}", rules))
            build = getattr(cleaner, "language_rules", None)
            if build is not None:
                for language in LANGUAGES[:10]:
                    found.append((f"{cleaner.name}:{language}", LineRules(build((language,)))))
    return found


def _corpus_lines() -> list[str]:
    lines: set[str] = set()
    for path in sorted(CORPUS.glob("*.json")):
        for line in json.loads(path.read_text(encoding="utf-8"))["raw"]:
            lines.add(line.strip())
    return sorted(lines)


_RULE_WORDS = regex.compile(r"\p{L}[\p{L}'’]*")


@pytest.mark.parametrize("name, rules", _rule_sets(), ids=lambda v: v if isinstance(v, str) else "")
def test_the_default_rules_answer_as_their_whole_patterns(name: str, rules: LineRules) -> None:
    lines = _corpus_lines()
    assert len(lines) > 1000
    checked = 0
    for zone, (screen, members, _) in rules._zones.items():
        full = rules.whole_pattern(zone)
        # The rules' own words, alone and in runs, with bullets and in other cases.
        words = sorted({w for m in members for w in _RULE_WORDS.findall(m.pattern)})
        made = [f"{a} {b}" for a, b in itertools.pairwise(words)]
        made += ["• " + w.upper() for w in words] + ["- " + w.title() for w in words]
        for line in lines + words + made:
            expected = full.match(line)
            pattern, present = screen.pattern_for(line)
            found = None if pattern is None else pattern.match(line)
            assert (found is None) == (expected is None), (name, line)
            if found is not None and expected is not None:
                assert rule_of(found, len(members)) == rule_of(expected, len(members))
                assert rule_of(found, len(members)) in present
                checked += 1
    assert checked, f"{name}: no line matched a rule, so nothing was compared"


# The block statistics' screens: a cheap search first, the same answer as the plain one.
_PROSE_TEXT = st.text(alphabet='aAbB .!?…:"”)_*|»/—\n\tKk1', max_size=40)
_ENDS_FORWARD = regex.compile(prose._ENDS.pattern)


@settings(max_examples=300, deadline=None)
@given(_PROSE_TEXT)
def test_the_block_statistics_screens_give_the_plain_answers(text: str) -> None:
    assert prose.ends_sentence(text) == (_ENDS_FORWARD.search(text) is not None)
    assert prose._glued(text) == (prose._GLUED_HEADLINE.match(text) is not None)
    if not prose._SEPARATOR_MARK.search(text):
        assert not prose._SEPARATOR.findall(text)


@pytest.mark.parametrize(
    "text, ends, glued",
    [
        ("The road stays closed.", True, False),
        ("The road stays closed.\n", True, False),
        ("“Closed,” she said.”)  ", True, False),
        ("Popular headlines", False, False),
        ("Signal faultCommuters were late", False, False),  # two words before the join
        ("Tram line cut after a signal faultCommuters were late.", True, True),
    ],
)
def test_sentence_ends_and_glued_headlines(text: str, ends: bool, glued: bool) -> None:
    assert prose.ends_sentence(text) is ends
    assert prose._glued(text) is glued
