"""A text's language: cheap detection, and the language sets cleaners choose rules by.

:func:`detect_language` counts common words (and, for Hindi, Devanagari letters) in the
first few thousand characters and names a language only when it clearly wins.
:func:`language_set` turns a caller's ``language=`` argument into the tuple of codes a
:class:`~newsclean.Document` carries: the language and English (English furniture shows
up on every site), or ``None`` for every language.
"""

from __future__ import annotations

from collections import Counter

import regex

from newsclean.rules import LANGUAGES

#: How much of the text is read.
SAMPLE = 3000
#: Fewest stopword hits the winner needs, and how many times the runner-up's it must have.
MIN_HITS = 3
MARGIN = 2.0


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Short, frequent words that are each (nearly) unique to one language.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set("the and of to is was that with for are have this from were which"),
    "de": _set("der die das und ist nicht ein eine mit sich auch dem den des wird"),
    "fr": _set("le les et est une des du dans pour qui pas sur avec sont au aux"),
    "es": _set("el los las y pero como sus fue muy hay según también este esta"),
    "pt": _set("não os das dos foi são mais pelo pela ao em na às também ainda"),
    "it": _set("il che è della delle per sono non gli nel dei alla anche questo"),
    "nl": _set("het een van niet zijn voor dat ook wordt werd naar bij maar heeft"),
    "pl": _set("i w nie się na jest że do z to jak po przez oraz"),
    "id": _set("yang dan ini itu dengan untuk dari tidak akan pada juga adalah"),
}

#: Each stopword to the languages it belongs to (built once).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)

_WORD = regex.compile(r"\p{L}+")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_LATIN = regex.compile(r"\p{Latin}")
#: Devanagari letters that make a text Hindi when Latin words are few.
_DEVANAGARI_MIN = 20


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language when it clearly wins, else ``None``.

    >>> detect_language("The council said that the road was closed for the winter.")
    'en'
    >>> detect_language("Die Stadt hat die Straße gesperrt, und das ist nicht das erste Mal.")
    'de'
    >>> detect_language("मुंबई में आज भारी बारिश हुई और कई इलाकों में पानी भर गया।")
    'hi'
    >>> detect_language("Share | Tweet | 12:45") is None
    True
    """
    sample = text[:SAMPLE]
    devanagari = len(_DEVANAGARI.findall(sample))
    if devanagari >= _DEVANAGARI_MIN and len(_LATIN.findall(sample)) < devanagari:
        return "hi"
    hits: Counter[str] = Counter()
    for word in _WORD.findall(sample.lower()):
        hits.update(_LANGUAGES_OF.get(word, ()))
    ranked = hits.most_common(2)
    if not ranked or ranked[0][1] < MIN_HITS:
        return None
    best, count = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if count < MARGIN * second:
        return None
    return best


def language_set(language: str | None, text: str = "") -> tuple[str, ...] | None:
    """Return the languages whose phrases run for ``language``: it and English, or ``None``.

    ``"auto"`` detects the language of ``text`` (``None`` when unclear). An unknown code
    raises ``ValueError``.

    >>> language_set("de")
    ('en', 'de')
    >>> language_set("en")
    ('en',)
    >>> language_set(None) is None
    True
    >>> language_set("xx")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ValueError: unknown language 'xx': use one of en, de, fr, es, pt, it, nl, pl, id, hi, ...
    """
    if language is None:
        return None
    if language == "auto":
        found = detect_language(text)
        return None if found is None else language_set(found)
    code = language.lower() if isinstance(language, str) else language
    if code not in LANGUAGES:
        raise ValueError(
            f"unknown language {language!r}: use one of {', '.join(LANGUAGES)}, 'auto' or None"
        )
    return tuple(lang for lang in LANGUAGES if lang in ("en", code))
