"""A text's language: cheap detection, and the language sets cleaners choose rules by.

:func:`detect_language` reads the first few thousand characters: a script that names its
language (Devanagari, Greek, Arabic, kana, Han, Cyrillic, with Ukrainian's own letters
telling it from Russian), else the common words of each Latin-script language; it names a
language only when it clearly wins.
:func:`language_set` turns a caller's ``language=`` argument into the tuple of codes a
:class:`~newsclean.Document` carries: the language and English (English furniture shows
up on every site), or ``None`` for every language.
"""

from __future__ import annotations

import functools

import regex

from newsclean.rules import LANGUAGES

#: How much of the text is read.
SAMPLE = 3000
#: Fewest stopword hits the winner needs, and how many times the runner-up's it must have.
MIN_HITS = 2
MARGIN = 1.5


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Short, frequent words that are each (nearly) unique to one language among those
#: written in the Latin script.
STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set("the and of to is was that with for are have this from were which"),
    "de": _set("der die das und ist nicht ein eine mit sich auch dem den des wird"),
    "fr": _set("le les et est une des du dans pour qui pas sur avec sont au aux"),
    "es": _set("el los las y pero como sus fue muy hay según también este esta"),
    "pt": _set("não os das dos foi são mais pelo pela ao em na às também ainda"),
    "it": _set("il che è della delle per sono non gli nel dei alla anche questo"),
    "nl": _set("het een van niet zijn voor dat ook wordt werd naar bij maar heeft"),
    "pl": _set("się nie jest że przez oraz został została będzie jego które który była było także"),
    "id": _set("yang dan ini itu dengan untuk dari tidak akan pada juga adalah"),
    "sv": _set(
        "och är inte för till från också när att ett vid efter mycket sig det som har säger"
    ),
    "da": _set(
        "og af ikke efter hvad mig sig blev nogle nogen meget "
        "ud op være også nu det som til havde siger mellem fordi"
    ),
    "no": _set(
        "og av ikke etter hva meg seg ble noen mye ut "
        "opp være også nå det som til hadde sier mellom fordi"
    ),
    "fi": _set("ja ei että hän oli ovat myös kuin mutta tai joka jossa sekä nyt"),
    "cs": _set(
        "na že ve jsou také jako podle který která které byl "
        "bylo může jejich mezi proto řekl uvedl při však už až či"
    ),
    "sk": _set(
        "sa na že vo sú aj ako podľa ktorý ktorá ktoré bol "
        "bolo tiež môže medzi preto povedal uviedol pri však už až či"
    ),
    "hu": _set("az és hogy nem is egy meg van volt már még csak mint pedig szerint"),
    "ro": _set("și în cu care nu pe este să din pentru au fost sunt sau"),
    "tr": _set("ve bir bu için ile olarak çok daha gibi ama kadar olan sonra"),
}

#: Each stopword to the languages it belongs to (built once).
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)

_WORD = regex.compile(r"\p{L}+")
_LATIN = regex.compile(r"\p{Latin}+")
#: The letters of the scripts that name their language (or a pair told apart below) on
#: their own.
_SCRIPT_LETTERS = (
    ("hi", r"\p{Devanagari}"),
    ("el", r"\p{Greek}"),
    ("ar", r"\p{Arabic}"),
    ("ja", r"\p{Hiragana}\p{Katakana}"),
    ("zh", r"\p{Han}"),
    ("ru", r"\p{Cyrillic}"),
)
#: Each script's pattern takes a run of its letters: :func:`_count` adds up the runs'
#: lengths.
_SCRIPTS = tuple((code, regex.compile(f"[{letters}]+")) for code, letters in _SCRIPT_LETTERS)
#: Any letter of those scripts: a sample without one names no language by its script.
_ANY_SCRIPT = regex.compile("[" + "".join(letters for _, letters in _SCRIPT_LETTERS) + "]")
#: Letters of Ukrainian that Russian does not write, and Russian's that Ukrainian does not.
_UKRAINIAN = regex.compile(r"[іїєґІЇЄҐ]+")
_RUSSIAN = regex.compile(r"[ыэъёЫЭЪЁ]+")
#: Letters of a script that name its language when Latin letters are fewer.
_SCRIPT_MIN = 20


def _count(pattern: regex.Pattern[str], sample: str) -> int:
    """How many letters of ``sample`` ``pattern`` (a run of a set of letters) finds."""
    return sum(map(len, pattern.findall(sample)))


def _by_script(sample: str) -> str | None:
    """The language a sample's script names, when that script outweighs the Latin one."""
    if _ANY_SCRIPT.search(sample) is None:
        return None
    latin = _count(_LATIN, sample)
    kana = 0
    for code, pattern in _SCRIPTS:
        count = _count(pattern, sample)
        if code == "ja":
            kana = count
            # Japanese writes kana between its kanji: a few make a Han text Japanese.
            if count >= 5 and count >= latin / 4:
                return "ja"
            continue
        if count >= _SCRIPT_MIN and count > latin:
            if code == "zh" and kana:
                return "ja"
            if code == "ru":
                ukrainian = _count(_UKRAINIAN, sample)
                russian = _count(_RUSSIAN, sample)
                if ukrainian > russian:
                    return "uk"
            return code
    return None


def detect_language(text: str) -> str | None:
    """Return the ISO 639-1 code of ``text``'s language when it clearly wins, else ``None``.

    Only the first :data:`SAMPLE` characters are read, and the answer for a sample is
    kept (a text is asked about by several readers).

    >>> detect_language("The council said that the road was closed for the winter.")
    'en'
    >>> detect_language("Die Stadt hat die Straße gesperrt, und das ist nicht das erste Mal.")
    'de'
    >>> detect_language("मुंबई में आज भारी बारिश हुई और कई इलाकों में पानी भर गया।")
    'hi'
    >>> detect_language("Kommunen har beslutat att skolan ska byggas om och att arbetet börjar.")
    'sv'
    >>> detect_language("Міська рада ухвалила рішення про ремонт мосту, який з'єднує райони.")
    'uk'
    >>> detect_language("Share | Tweet | 12:45") is None
    True
    """
    return _detect(text[:SAMPLE])


@functools.lru_cache(maxsize=1024)
def _detect(sample: str) -> str | None:
    """The language of one sample (see :func:`detect_language`)."""
    scripted = _by_script(sample)
    if scripted is not None:
        return scripted
    # A word shared by n languages gives each 1/n: close languages (Czech and Slovak,
    # Danish and Norwegian) are told apart by the words only one of them writes.
    hits: dict[str, float] = {}
    for word in _WORD.findall(sample.lower()):
        shared = _LANGUAGES_OF.get(word, ())
        for lang in shared:
            hits[lang] = hits.get(lang, 0.0) + 1 / len(shared)
    ranked = sorted(hits.items(), key=lambda item: (-item[1], item[0]))[:2]
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
