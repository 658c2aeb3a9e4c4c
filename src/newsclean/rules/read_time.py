"""Read-time labels: "2 mins read", "Reading time: 3 minutes", "Lesezeit: 3 Minuten".

Each pattern must fill a line (or a segment of a meta line such as
"Jane Doe · 4 min read"); the captured group ``n`` is the number of minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsclean.rules import alternation, merged, nukta_spellings

#: Units for "minutes", every shipped language.
MINUTE_UNITS = ["min", "mins", "min.", "minute", "minutes", "minuten", "minuto", "minutos", "mn",
                "minuti", "minuut", "minuty", "minut", "minutę", "menit", "मिनट"]  # fmt: skip

#: Labels written before the number ("Reading time: 3 min").
LABELS_BEFORE = {
    "en": ["Reading time", "Read time", "Estimated reading time", "Time to read", "Read"],
    "de": ["Lesezeit", "Lesedauer", "Geschätzte Lesezeit"],
    "fr": ["Temps de lecture", "Lecture", "Durée de lecture"],
    "es": ["Tiempo de lectura", "Lectura", "Tiempo estimado de lectura"],
    "pt": ["Tempo de leitura", "Leitura", "Tempo estimado de leitura"],
    "it": ["Tempo di lettura", "Tempo di lettura stimato", "Lettura"],
    "nl": ["Leestijd", "Geschatte leestijd"],
    "pl": ["Czas czytania", "Czas lektury", "Przeczytasz w", "Przeczytanie zajmie"],
    "id": ["Waktu baca", "Lama baca", "Waktu membaca", "Estimasi waktu baca"],
    "hi": nukta_spellings(["पढ़ने का समय", "पढ़ने में लगने वाला समय"]),
}

#: Words written after the number and unit ("4 min read", "3 Min. Lesezeit").
LABELS_AFTER = {
    "en": ["read", "reading", "reading time", "read time", "to read"],
    "de": ["Lesezeit", "Lesedauer", "zum Lesen"],
    "fr": ["de lecture", "lecture"],
    "es": ["de lectura", "lectura"],
    "pt": ["de leitura", "leitura"],
    "it": ["di lettura", "lettura"],
    "nl": ["leestijd", "lezen"],
    "pl": ["czytania", "lektury"],
    "id": ["baca", "waktu baca", "membaca"],
    "hi": nukta_spellings(["में पढ़ें", "पढ़ें", "पढ़ने का समय"]),
}

_NUMBER = (
    r"(?:about\s+|approx\.?\s+|ca\.?\s+|~\s*|environ\s+|unos\s+|cerca\s+de\s+|circa\s+|"
    r"ongeveer\s+|ok\.\s*|około\s+|sekitar\s+|लगभग\s+)?(?P<n>\d{1,3})"
)
_UNIT = r"\s*-?\s*" + alternation(MINUTE_UNITS) + r"(?!\p{L})\.?"


def read_time_pattern(languages: Sequence[str] | None = None) -> str:
    """The read-time pattern with the labels of ``languages`` (all when ``None``)."""
    before = alternation(merged(LABELS_BEFORE, languages))
    after = alternation(merged(LABELS_AFTER, languages))
    return (
        r"(?:"
        + before
        + r"\s*:?\s*(?:de\s+)?"
        + _NUMBER
        + _UNIT
        + r"(?:\s+"
        + after
        + r")?"
        + r"|"
        + _NUMBER
        + _UNIT
        + r"\s+"
        + after
        + r"|(?:ten\s+(?:tekst|artykuł)\s+)?przeczytasz\s+w\s+(?:mniej\s+niż\s+)?minutę"
        + r"|less\s+than\s+(?:a|one|1)\s+minute\s+read"
        + r"|(?:weniger\s+als\s+(?:eine|1)\s+minute|unter\s+(?:einer|1)\s+minute)\s+lesezeit"
        + r"|lesezeit\s*:?\s*(?:weniger\s+als\s+(?:eine|1)|unter\s+(?:einer|1))\s+minute"
        + r")"
    )


#: The whole read-time pattern (case-insensitive), without anchors.
READ_TIME = read_time_pattern()
