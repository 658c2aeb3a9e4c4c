"""``legal``: copyright and rights lines, standards notices, photo credits, advert labels.

An advert that writes its words in a mix of Latin and Cyrillic letters (a homoglyph
trick against filters: "Yоur соntеnt", with Cyrillic "о" and "е") goes too: three such
words in a line are never prose.

>>> from newsclean import DEFAULT
>>> DEFAULT.only("legal").clean(
...     "Copyright law changes passed the Senate.\\n© 2025 Valley Herald. All rights reserved.")
'Copyright law changes passed the Senate.'
"""

from __future__ import annotations

import regex

from newsclean.cleaners.base import LineRuleCleaner, LineRules, line_span
from newsclean.document import Document, Line
from newsclean.records import Span
from newsclean.rules.legal import RULES, build_rules

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_WORD = regex.compile(r"\w+")
_LATIN = regex.compile(r"\p{Latin}")
#: Words mixing Latin and Cyrillic letters that make a line an advert.
MIXED_WORDS = 3


def mixed_script(line: Line) -> bool:
    """True when at least three words of ``line`` mix Latin and Cyrillic letters.

    >>> from newsclean.document import Document
    >>> mixed_script(Document("Yоur соntеnt іѕ dеlіvеrеd").content[0])
    True
    >>> mixed_script(Document("Новый iPhone продаётся в Москве").content[0])
    False
    """
    text = line.stripped
    if not _CYRILLIC.search(text):
        return False
    mixed = 0
    for word in _WORD.findall(text):
        if _CYRILLIC.search(word) and _LATIN.search(word):
            mixed += 1
            if mixed >= MIXED_WORDS:
                return True
    return False


class Legal(LineRuleCleaner):
    """Remove copyright lines, photo credits and advertising labels."""

    name = "legal"
    rules = LineRules(RULES)
    language_rules = staticmethod(build_rules)

    def unmatched(self, doc: Document, line: Line) -> Span | None:
        if mixed_script(line):
            return line_span(line, "legal.mixed_script", "an advert written in mixed scripts")
        return None
