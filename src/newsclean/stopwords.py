"""Stoplists for about a hundred languages: the share of a block's words that are function
words is the strongest sign of prose there is, in any language.

The lists are jusText's (installed with trafilatura; 100 languages, from Wikipedia word
counts), read once, on first use. Chinese and Japanese, which jusText lacks and which
do not put spaces between words, are counted by their function characters
(:data:`CJK_FUNCTION`). :func:`stoplist` picks the list that covers most of a text.

>>> words = "the council said that the road would be closed for the winter".split()
>>> stoplist(words).name
'English'
>>> stoplist(["xqz", "vvk"]) is None
True
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from newsclean.language import detect_language

#: Function characters of Chinese and Japanese (particles, auxiliaries, pronouns,
#: conjunctions, common prepositions): a large share of running text, few in menus and
#: headlines. Written for newsclean.
CJK_FUNCTION = frozenset(
    "的了是在和有也就都而及与着或一个这那他她它们我你之其于为以对从被把让给但并还又很不没"
    "要会能可说等将已所中上下后前里时"
    "のにはをがでてとしたもやかなよりまへからです"
)
#: Fewest sampled words a language must cover for its list to be used.
MIN_COVER = 0.12
#: Fewest of a text's words a list must hold to be chosen by counting: one or two short
#: words ("ba", "g") name no language, and a choice made on so little would change
#: when a line goes (cleaning the clean text must change nothing).
MIN_HITS = 3
#: How many words of a text are sampled to pick its list.
SAMPLE = 400

#: The jusText list of each language newsclean detects itself (language.detect_language).
_JUSTEXT_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "it": "Italian", "nl": "Dutch", "pl": "Polish", "id": "Indonesian", "hi": "Hindi",
    "sv": "Swedish", "da": "Danish", "no": "Norwegian_Bokmal", "fi": "Finnish", "cs": "Czech",
    "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "tr": "Turkish", "el": "Greek",
    "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Stoplist:
    """One language's function words."""

    name: str
    words: frozenset[str]


def _folder() -> Any:
    try:
        return resources.files("justext") / "stoplists"
    except ModuleNotFoundError:  # pragma: no cover - trafilatura brings jusText
        return None


@functools.cache
def load(name: str) -> Stoplist | None:
    """Return one language's stoplist (``"English"``), read once; ``None`` if there is none."""
    folder = _folder()
    if folder is None:
        return None
    entry = folder / f"{name}.txt"
    if not entry.is_file():
        return None
    lines = entry.read_text(encoding="utf-8").split("\n")
    words = frozenset(word.strip().lower() for word in lines)
    return Stoplist(name, words - {""})


@functools.cache
def names() -> tuple[str, ...]:
    """The languages jusText has a stoplist for."""
    folder = _folder()
    if folder is None:
        return ()
    return tuple(
        sorted(e.name.removesuffix(".txt") for e in folder.iterdir() if e.name.endswith(".txt"))
    )


def stoplists() -> dict[str, Stoplist]:
    """Return every stoplist by language name (each read once)."""
    found = {name: load(name) for name in names()}
    return {name: listed for name, listed in found.items() if listed is not None}


def stoplist(words: Sequence[str], text: str = "") -> Stoplist | None:
    """Return the stoplist that covers most of ``words`` (lower-cased), or ``None``.

    ``text``, when given, lets newsclean's own language detection name the language
    first (cheaper than trying a hundred lists).
    """
    sample = list(map(str.lower, words[:SAMPLE]))
    if not sample:
        return None
    if text:
        code = detect_language(text)
        if code in _JUSTEXT_NAMES:
            chosen = load(_JUSTEXT_NAMES[code])
            if chosen is not None:
                return chosen
    lists = stoplists()
    counts = Counter(sample)
    best: Stoplist | None = None
    best_cover = 0
    for name in sorted(lists):
        candidate = lists[name]
        cover = sum(counts[word] for word in candidate.words.intersection(counts))
        if cover > best_cover:
            best, best_cover = candidate, cover
    if best is None or best_cover < max(MIN_COVER * len(sample), MIN_HITS):
        return None
    return best
