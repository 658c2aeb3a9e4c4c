"""The furniture families' vocabularies, and one scan of a text for their words.

A vocabulary is data: ``rules/vocabulary/<language>.json`` lists, for each family of
:data:`FAMILIES`, the words, stems and phrases that carry its meaning in that language
("newsletter", "abonn*", "sign up"), and the ``cues`` (words of address and calls to
action: "click", "your", "jetzt") that make a short block more prompt-like without being
furniture alone. The syntax of a term:

* lower case; matched without regard to case;
* a word matches the whole word; a trailing ``*`` makes a stem ("abonn*" matches
  "Abonnement"); a phrase is words in sequence, with any white space or hyphen between
  (a hyphen splits words: "sign-up" is the phrase "sign up", and "Morgen-Newsletter"
  holds the word "newsletter"); Romanian's cedilla and comma-below letters are one;
* apostrophes are written ``'`` and match ``’`` and ``ʼ`` (Ukrainian's) alike;
* Chinese and Japanese terms are matched as characters, anywhere (no word boundaries).

:func:`scan` reads a text's words once and finds every term of a set of languages in
them (an :class:`Index` of the terms by first word), with its family.

>>> [(hit.family, hit.text) for hit in scan("Sign up for our newsletter", ("en",))]
[('subscribe', 'Sign up'), ('cues', 'our'), ('subscribe', 'newsletter')]
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import regex

#: The families whose vocabulary is kept, each with the cleaner that removes its blocks.
OWNERS: dict[str, str] = {
    "subscribe": "promotions",
    "share": "promotions",
    "follow": "promotions",
    "comment": "comments",
    "related": "navigation",
    "advertising": "legal",
    "privacy": "legal",
    "credit": "legal",
    "copyright": "legal",
    "dates": "timestamps",
    "read_time": "read_time",
}
FAMILIES: tuple[str, ...] = tuple(OWNERS)
#: Words of address and calls to action: evidence, never furniture alone.
CUES = "cues"
#: Shortest stem a ``*`` may end.
MIN_STEM = 4

#: A Chinese or Japanese character: such terms and texts are read by characters.
CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


class VocabularyError(ValueError):
    """A vocabulary file that does not follow the format (raised when it is read)."""


@cache
def _files() -> tuple[tuple[str, Any], ...]:
    """Every vocabulary file's name and data, read once."""
    folder = resources.files("newsclean.rules") / "vocabulary"
    return tuple(
        (entry.name, json.loads(entry.read_text(encoding="utf-8")))
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json")
    )


@cache
def vocabularies() -> dict[str, dict[str, tuple[str, ...]]]:
    """Return every shipped vocabulary: ``{language: {family: terms}}``, checked once.

    >>> len(vocabularies()) >= 25
    True
    >>> "newsletter*" in vocabularies()["en"]["subscribe"]
    True
    """
    found: dict[str, dict[str, tuple[str, ...]]] = {}
    for name, data in _files():
        language = _check(name, data)
        found[language] = {family: tuple(data["families"][family]) for family in (*FAMILIES, CUES)}
    return found


def names() -> dict[str, str]:
    """Return the English name of each vocabulary's language, by code."""
    vocabularies()  # every file checked
    return {data["language"]: data["name"] for _, data in _files()}


def _check(name: str, data: Any) -> str:
    if not isinstance(data, dict) or not isinstance(data.get("families"), dict):
        raise VocabularyError(f"{name}: needs 'language', 'name' and 'families'")
    language = data.get("language")
    if not isinstance(language, str) or name != f"{language}.json":
        raise VocabularyError(f"{name}: 'language' must be the file's name, got {language!r}")
    families = data["families"]
    missing = [f for f in (*FAMILIES, CUES) if f not in families]
    extra = [f for f in families if f not in (*FAMILIES, CUES)]
    if missing or extra:
        raise VocabularyError(f"{name}: families missing {missing}, unknown {extra}")
    for family, terms in families.items():
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise VocabularyError(f"{name}: {family} must be a list of non-empty strings")
        for term in terms:
            _check_term(name, family, term)
    return language


def _check_term(name: str, family: str, term: str) -> None:
    if term != term.lower():
        raise VocabularyError(f"{name}: {family} term {term!r} is not lower case")
    if "*" in term:
        # A stem that starts a term needs MIN_STEM letters; later in a phrase the words
        # before it narrow it down ("telif hak*").
        for i, word in enumerate(term.split()):
            if "*" in word[:-1] or (word.endswith("*") and i == 0 and len(word) - 1 < MIN_STEM):
                raise VocabularyError(
                    f"{name}: {family} term {term!r}: a '*' ends a word, and a first "
                    f"word's stem has {MIN_STEM}+ letters"
                )


_APOSTROPHES = "'’ʼ"
_TOKEN = regex.compile(
    r"[\p{L}\p{M}\p{N}--ʼ]+(?:[" + _APOSTROPHES + r"][\p{L}\p{M}\p{N}--ʼ]+)*", regex.V1
)
_GAP = regex.compile(r"[\s\-‐‑–]+")
_FOLD = str.maketrans({"’": "'", "ʼ": "'", "ş": "ș", "ţ": "ț"})


def _fold(word: str) -> str:
    return word.lower().translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Term:
    """One term as the index holds it: its words (stems marked), family and text."""

    words: tuple[str, ...]
    stems: tuple[bool, ...]
    family: str
    rank: int

    @property
    def key(self) -> tuple[bool, int, int]:
        """How terms that start at one word are ranked: a family's before a cue, then the
        longest, then the first family."""
        return (self.family != CUES, len(self.words), -self.rank)

    def matches(self, tokens: Sequence[str], at: int) -> bool:
        if at + len(self.words) > len(tokens):
            return False
        for word, stem, token in zip(self.words, self.stems, tokens[at:], strict=False):
            if not (token.startswith(word) if stem else token == word):
                return False
        return True


_SPLIT = regex.compile(r"[\s\-]+")


@cache
def split_term(term: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """Return a term's words (split at white space and hyphens) and which are stems.

    >>> split_term("sign-up now*")
    (('sign', 'up', 'now'), (False, False, True))
    """
    parts = [p for p in _SPLIT.split(term) if p]
    return tuple(_fold(p.rstrip("*")) for p in parts), tuple(p.endswith("*") for p in parts)


class Index:
    """Every term of a set of languages, indexed by its first word (or stem's first letters).

    A text is read as words once; each word looks up the terms that can start there, and
    the longest term that matches wins (a family's before the cues on a tie). Chinese and
    Japanese terms are found by one pattern over the characters.
    """

    def __init__(
        self, languages: tuple[str, ...] | None, cues: tuple[str, ...] | str | None = "same"
    ) -> None:
        known = vocabularies()

        def chosen(codes: tuple[str, ...] | None) -> list[str]:
            return list(known) if codes is None else [g for g in codes if g in known]

        wanted = chosen(languages)
        cued = wanted if cues == "same" else chosen(cues)  # type: ignore[arg-type]
        self.exact: dict[str, list[Term]] = {}
        self.stems: dict[str, list[Term]] = {}
        cjk: dict[str, set[str]] = {}
        seen: set[tuple[str, str]] = set()
        for family in (*FAMILIES, CUES):
            for lang in cued if family == CUES else wanted:
                for term, item in _terms(lang, family):
                    if (family, term) in seen:
                        continue
                    seen.add((family, term))
                    if item is None:
                        cjk.setdefault(family, set()).add(term)
                    elif item.stems[0]:
                        self.stems.setdefault(item.words[0][:MIN_STEM], []).append(item)
                    else:
                        self.exact.setdefault(item.words[0], []).append(item)
        # Longest first (then in order: the pattern is the same on every run).
        groups = [
            f"(?P<{family}>{'|'.join(map(regex.escape, sorted(terms, key=_longest_first)))})"
            for family, terms in cjk.items()
        ]
        self.cjk = regex.compile("|".join(groups), regex.IGNORECASE) if groups else None

    def scan(self, text: str) -> list[Hit]:
        found = []
        matches = list(_TOKEN.finditer(text))
        tokens = [_fold(m.group()) for m in matches]
        exact, stems = self.exact, self.stems
        i, count = 0, len(tokens)
        while i < count:
            token = tokens[i]
            first = exact.get(token)
            second = stems.get(token[:MIN_STEM])
            if first is None and second is None:
                i += 1
                continue
            best: Term | None = None
            for term in (*(first or ()), *(second or ())):
                # A family's term before a cue, then the longest.
                if (best is None or term.key > best.key) and (
                    term.matches(tokens, i) and self._joined(text, matches, i, len(term.words))
                ):
                    best = term
            if best is None:
                i += 1
                continue
            last = i + len(best.words) - 1
            start, end = matches[i].start(), matches[last].end()
            found.append(Hit(start, end, best.family, text[start:end]))
            i = last + 1
        if self.cjk is not None and CJK.search(text):
            for match in self.cjk.finditer(text):
                family = match.lastgroup
                assert family is not None
                found.append(Hit(match.start(), match.end(), family, match.group()))
            found.sort(key=lambda hit: hit.start)
        return found

    @staticmethod
    def _joined(text: str, matches: Sequence[regex.Match[str]], first: int, count: int) -> bool:
        """True when only white space or hyphens stand between the words of a phrase."""
        for k in range(first, first + count - 1):
            if not _GAP.fullmatch(text, matches[k].end(), matches[k + 1].start()):
                return False
        return True


def _longest_first(term: str) -> tuple[int, str]:
    return -len(term), term


@cache
def _terms(language: str, family: str) -> tuple[tuple[str, Term | None], ...]:
    """One language's terms of one family, split once (``None``: matched as characters)."""
    rank = (*FAMILIES, CUES).index(family)
    found: list[tuple[str, Term | None]] = []
    for term in vocabularies()[language][family]:
        if CJK.search(term):
            found.append((term, None))
        else:
            words, stems = split_term(term)
            found.append((term, Term(words, stems, family, rank)))
    return tuple(found)


@cache
def index(
    languages: tuple[str, ...] | None = None, cues: tuple[str, ...] | str | None = "same"
) -> Index:
    """Return the term index of ``languages`` (``None``: every language), built once; its
    cues are those of ``cues`` (``"same"``: of ``languages``)."""
    return Index(languages, cues)


@dataclass(frozen=True, slots=True)
class Hit:
    """One term of a family found in a text: where, which family, and the words found."""

    start: int
    end: int
    family: str
    text: str


def scan(text: str, languages: tuple[str, ...] | None = None) -> list[Hit]:
    """Return every vocabulary hit in ``text``, in order, for ``languages`` (``None``: all).

    >>> [hit.text for hit in scan("Kommentare (12) | Artikel teilen", ("de",))]
    ['Kommentare', 'Artikel teilen']
    >>> [hit.family for hit in scan("分享到微信", ("zh",))]
    ['share']
    """
    return index(languages).scan(text)
