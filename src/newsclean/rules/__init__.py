"""Rules as data: the phrases and patterns each cleaner looks for, by family and language.

Each module here holds one family's phrase tables (``{language: phrases}``) and the
regular-expression fragments built from them. The cleaners in :mod:`newsclean.cleaners`
hold the logic that applies them. Patterns are compiled once, at import.

The helpers below build the patterns; :func:`alternation` refuses an empty list, so a
table emptied by mistake fails loudly instead of matching nothing (or everything).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import regex

#: The languages newsclean knows: each has a vocabulary (``rules/vocabulary``); the first
#: ten also have phrase tables.
LANGUAGES = (
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "id", "hi",
    "sv", "da", "no", "fi", "cs", "sk", "hu", "ro", "tr", "el", "ru", "uk", "ar", "zh", "ja",
)  # fmt: skip

#: Devanagari letters with a nukta: one code point, or the letter and U+093C. Pages write
#: either (Unicode normalisation takes the first eight apart), and often leave the dot off
#: ("ज्यादा" for "ज़्यादा", "पढें" for "पढ़ें").
_NUKTA_LETTERS = {
    chr(code): chr(base) + "\u093c"
    for code, base in (
        (0x0929, 0x0928), (0x0931, 0x0930), (0x0934, 0x0933), (0x0958, 0x0915),
        (0x0959, 0x0916), (0x095A, 0x0917), (0x095B, 0x091C), (0x095C, 0x0921),
        (0x095D, 0x0922), (0x095E, 0x092B), (0x095F, 0x092F),
    )
}  # fmt: skip

def alternation(phrases: Iterable[str]) -> str:
    r"""Return a non-capturing alternation of ``phrases``, factored into a trie.

    Phrases that share a beginning share one branch ("Share" and "Share this article"
    become ``Share(?:\s+this\s+article)?``), so a line that matches none fails after a
    character or two instead of trying every phrase in turn. Longer continuations are
    tried first. Raises ``ValueError`` on an empty list: a rule with no phrases is a
    mistake.

    >>> alternation(["Share", "Share this article"])
    '(?:Share(?:\\s+this\\s+article)?)'
    >>> alternation([])
    Traceback (most recent call last):
    ...
    ValueError: a rule needs at least one phrase
    """
    items = sorted({p.strip() for p in phrases if p.strip()})
    if not items:
        raise ValueError("a rule needs at least one phrase")
    trie: dict[str, Any] = {}
    for phrase in items:
        node = trie
        for unit in _units(phrase):
            node = node.setdefault(unit, {})
        node[""] = {}
    return "(?:" + _emit(trie, _depths(trie, {})) + ")"


def _units(phrase: str) -> list[str]:
    """Split a phrase into pattern units: one per character, white space and apostrophes loose."""
    units: list[str] = []
    for char in phrase:
        if char.isspace():
            if units and units[-1] != r"\s+":
                units.append(r"\s+")
        elif char in "'’":
            units.append("['’]")
        else:
            units.append(regex.escape(char, special_only=True))
    return units


def _emit(node: dict[str, Any], depths: dict[int, int]) -> str:
    """Write a trie node as a pattern: its branches, longest first, optional where a phrase ends."""
    children = sorted((u for u in node if u), key=lambda u: (-depths[id(node[u])], u))
    branches = [unit + _emit(node[unit], depths) for unit in children]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if "" in node else body


def _depths(node: dict[str, Any], found: dict[int, int]) -> dict[int, int]:
    """Fill ``found`` with the length of the longest phrase continuing from each node of
    the trie under ``node`` (by the node's id), each read once."""
    deepest = 0
    for unit, child in node.items():
        if unit:
            _depths(child, found)
            deepest = max(deepest, 1 + found[id(child)])
    found[id(node)] = deepest
    return found


def _decomposed(text: str) -> str:
    for composed, pair in _NUKTA_LETTERS.items():
        text = text.replace(composed, pair)
    return text


def nukta_spellings(phrases: Iterable[str]) -> list[str]:
    """Return ``phrases`` in each way pages write a Devanagari nukta: composed, decomposed, left off.

    >>> [len(p) for p in nukta_spellings(["पढ़ें"])]
    [4, 5, 4]
    """
    found: list[str] = []
    for phrase in phrases:
        decomposed = _decomposed(phrase)
        composed = decomposed
        for letter, pair in _NUKTA_LETTERS.items():
            composed = composed.replace(pair, letter)
        for spelling in (composed, decomposed, decomposed.replace("\u093c", "")):
            if spelling not in found:
                found.append(spelling)
    return found


def nukta_pattern(pattern: str) -> str:
    """Let every nukta letter of a pattern match its three spellings (see :func:`nukta_spellings`).

    Only for letters outside character classes.

    >>> spellings = nukta_spellings(["ज़्यादा"])
    >>> [bool(regex.fullmatch(nukta_pattern("ज़्यादा"), s)) for s in spellings]
    [True, True, True]
    """
    pattern = _decomposed(pattern)
    for letter, pair in _NUKTA_LETTERS.items():
        pattern = pattern.replace(pair, "(?:" + letter + "|" + pair + "?)")
    return pattern


def merged(table: Mapping[str, Sequence[str]], languages: Iterable[str] | None = None) -> list[str]:
    """Return the phrases of ``table`` for ``languages`` (all languages when ``None``).

    >>> merged({"en": ["Share"], "de": ["Teilen"]}, ["de"])
    ['Teilen']
    """
    wanted = table.keys() if languages is None else [lang for lang in languages if lang in table]
    return [phrase for lang in wanted for phrase in table[lang]]


#: What may stand before furniture on its line: white space, bullets, arrows and
#: pictographs ("📲 Join our WhatsApp channel").
LINE_PREFIX = r"^[\s*•·|>»\-–—\p{So}\uFE0F]*"


def compile_line(body: str) -> regex.Pattern[str]:
    """Compile ``body`` as a case-insensitive pattern that must fill a whole line.

    Leading bullets and trailing separators or colons are allowed around it.

    >>> bool(compile_line("share").match("  Share: "))
    True
    """
    # A heading may trail a colon, an arrow or an ellipsis, but not a full stop: that ends
    # a sentence ("Mehr zum Thema Klimaschutz gibt es ...").
    return regex.compile(
        LINE_PREFIX + r"(?:" + body + r")[\s:|»›>…]*(?:\.{3})?$",
        regex.IGNORECASE,
    )


@dataclass(frozen=True, slots=True)
class Rule:
    """One line rule: a pattern that must fill a line, with the reason it is furniture.

    ``zone`` limits where on the page the rule applies: ``"any"``, ``"head"`` (the
    first lines), ``"tail"`` (the last lines) or ``"edge"`` (head or tail).
    ``max_length`` is the longest line the rule may remove. ``needs`` lists lower-case
    substrings of which a line must hold one before the pattern is tried: a substring
    test costs far less than a pattern that scans the line.
    """

    id: str
    pattern: str
    reason: str
    zone: str = "any"
    max_length: int = 200
    needs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.zone not in ZONES:
            raise ValueError(f"rule {self.id}: zone must be one of {ZONES}, got {self.zone!r}")
        if not self.pattern:
            raise ValueError(f"rule {self.id}: empty pattern")


ZONES = ("any", "head", "tail", "edge")
