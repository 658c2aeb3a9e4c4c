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
from newsclean.prose import PROSE_WORDS, ends_sentence
from newsclean.records import Span
from newsclean.rules import Rule
from newsclean.rules.legal import RULES, build_rules
from newsclean.shapes import SHORT_WORDS, WRAP_SLACK
from newsclean.vocabulary import scan

_CYRILLIC = regex.compile(r"\p{Cyrillic}")
_WORD = regex.compile(r"\w+")
_LATIN = regex.compile(r"\p{Latin}")
#: Words mixing Latin and Cyrillic letters that make a line an advert.
MIXED_WORDS = 3
#: The rules whose pattern runs on to the end of a line, wherever the copyright mark stands.
_OPEN_ENDED = frozenset({"legal.copyright", "legal.copyright_mark"})
#: A year: a rights line states one at its mark ("© 2024 Herald"), a photographer's credit
#: rarely does.
_YEAR = regex.compile(r"(?<!\d)\d{4}(?!\d)")
#: Words a glued credit may have of its own after the mark (a name, an agency) before the
#: paragraph's sentence.
_CREDIT_WORDS = 4
_SPACE = regex.compile(r"\s*")
#: The copyright mark, as pages and html2text write it.
_MARK_TEXT = r"(?:©|\([cC]\))"
_MARK = regex.compile(_MARK_TEXT)
#: A photographer's credit that opens a paragraph, where its end is plain: "(© Jane Doe)",
#: "© Jane Doe/WENN" (a name of at most four words, a slash, the agency).
_OPENING_CREDIT = regex.compile(
    rf"\s*(?:\(\s*©[^()\n]{{1,60}}\)|{_MARK_TEXT}\s*[^\s/()]+(?:\s+[^\s/()]+){{0,3}}\s*/\s*[^\s/()]+)"
)
#: The word "copyright" beside the mark ("Copyright © Herald", "© Copyright Herald").
_COPYRIGHT_AT_MARK = regex.compile(
    rf"\bcopyright\s*{_MARK_TEXT}|{_MARK_TEXT}\s*copyright\b", regex.IGNORECASE
)


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

    def matched(self, doc: Document, line: Line, rule: Rule) -> Span | None:
        """Remove the line, unless its copyright mark is a photo credit glued to a story paragraph.

        A scraper that joins a picture's credit to the paragraph under it gives a line the
        copyright rules fill ("© Jane Doe/WENN The festival opens on Friday ..."). Where
        the credit's end is plain (a closing bracket, an agency after a slash) and more
        than a short line follows it, only the credit goes: what follows is judged again
        on its own (an "All rights reserved. ..." after it still goes). Where its end is
        not plain, a line that states no year at its mark and no rights and reads on for
        a sentence of prose stays whole.

        >>> from newsclean import DEFAULT
        >>> DEFAULT.only("legal").clean("(© Jane Doe) The festival opens on Friday with "
        ...                             "a concert on the harbour and runs for ten days.")
        'The festival opens on Friday with a concert on the harbour and runs for ten days.'
        >>> DEFAULT.only("legal").clean("© Jane Doe/AFP All rights reserved. This material "
        ...                             "may not be published, broadcast or redistributed.")
        ''
        """
        if rule.id not in _OPEN_ENDED:
            return line_span(line, rule.id, rule.reason)
        credit = _OPENING_CREDIT.match(line.text)
        # What follows is read as a reader sees it (Markdown links' text, lines reflowed).
        seen = _OPENING_CREDIT.match(line.stripped) if credit is not None else None
        if credit is not None and seen is not None and _runs_on(line.stripped[seen.end() :]):
            lead = len(credit.group()) - len(credit.group().lstrip())
            # The white space after the credit goes with it, up to the next word.
            end = _SPACE.match(line.text, credit.end()).end()
            return Span(
                line.start + lead,
                line.start + end,
                "legal.glued_credit",
                "a photo credit glued to a story paragraph",
            )
        if _glued_to_prose(doc, _read_on(doc, line)) or _glued_to_prose(
            doc, _read_on(doc, line, past_sentences=True)
        ):
            return None
        return line_span(line, rule.id, rule.reason)

    def unmatched(self, doc: Document, line: Line) -> Span | None:
        if mixed_script(line):
            return line_span(line, "legal.mixed_script", "an advert written in mixed scripts")
        return None


#: How many lines after it may finish the sentence a line leaves open (see :func:`_read_on`).
_READ_ON_LINES = 8


def _read_on(doc: Document, line: Line, *, past_sentences: bool = False) -> str:
    """The text of ``line``; where it is a full line that leaves a sentence open and the
    lines under it go on (a wrapped paragraph read line by line), with those lines up to
    the one that ends the sentence, so that the paragraph is judged, not its first line.
    ``past_sentences``: on through full lines whatever sentence ends there, to the end of
    the paragraph that the text's blank lines hold together (a credit glued to a short
    first sentence, "© Provided by Valley Herald Photo Desk The council warned ...", the
    paragraph going on below it)."""
    text = line.stripped
    lines = doc.origin_lines
    at = line.index + getattr(line, "lines", 1)
    end = min(at + _READ_ON_LINES, len(lines))
    while (past_sentences or not ends_sentence(text)) and at < end and not lines[at].blank:
        above, below = lines[at - 1].text.rstrip(), lines[at].text.rstrip()
        # A wrapped line is full: the next line's first word would not have fitted on it
        # (a short credit line over a caption is not).
        width = max(len(above), len(below))
        if len(above) + 1 + len(below.split(maxsplit=1)[0]) <= width - WRAP_SLACK:
            break
        text += " " + lines[at].stripped
        at += 1
    return text


def _runs_on(text: str) -> bool:
    """True when what follows a credit is more than a short line: text the credit was
    glued to (a paragraph, or the first line of one read line by line), not the rest of a
    credit ("Getty Images Ltd")."""
    return len(text.split()) > SHORT_WORDS


def _glued_to_prose(doc: Document, text: str) -> bool:
    """True when ``text``, a line with a copyright mark, states no year and no rights and
    reads on for a sentence of prose after the mark.

    Rights are a year at the mark or the word "copyright" beside it, or a rights phrase of the
    copyright vocabulary ("all rights reserved", "alle Rechte vorbehalten") anywhere. The
    family's single words ("reproduction", "licensed") are prose's words too.

    >>> _glued_to_prose(Document(""), "© Provided by Valley Herald Photos Copyright law "
    ...                 "changes passed the Senate on Tuesday after a long debate.")
    True
    >>> _glued_to_prose(Document(""), "© Valley Herald Media Group. All rights reserved. "
    ...                 "Reproduction without written permission of the publisher is prohibited.")
    False
    """
    if not ends_sentence(text):
        return False
    mark = _MARK.search(text)
    before, after = (text[: mark.end()], text[mark.end() :]) if mark else ("", text)
    words = after.split()
    # A rights line states its year at the mark ("© 2024 Herald", "Herald 2019 ©"), or
    # says "copyright" beside it.
    near = " ".join((*before.split()[-3:], *words[:5]))
    if (
        len(words) < PROSE_WORDS + _CREDIT_WORDS
        or _YEAR.search(near)
        or _COPYRIGHT_AT_MARK.search(text)
    ):
        return False
    return not any(
        hit.family == "copyright" and " " in hit.text.strip() for hit in scan(text, doc.language)
    )
