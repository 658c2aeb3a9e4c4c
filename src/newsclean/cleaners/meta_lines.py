"""Read a "meta line": bylines, date stamps and read times, alone or side by side.

Pages often put several of these on one line: "By Jane Doe | Reuters | March 4, 2025",
"Jane Doe · 4 min read", "Posted on March 4, 2025 by Staff Writer". The line is split
at its separators and every segment must be one of these; the ``bylines``,
``timestamps`` and ``read_time`` cleaners share this reading.

>>> meta = read_meta_line("By Jane Doe and John Smith, CNN | Updated 6:12 PM GMT, Nov 3, 2025")
>>> meta.kinds == {"byline", "date"}, meta.authors, meta.published
(True, ('Jane Doe', 'John Smith'), 'Updated 6:12 PM GMT, Nov 3, 2025')
>>> read_meta_line("By the time the vote was called, the hall was empty.") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from newsclean.dates import is_date_line
from newsclean.document import Document, Line, text_memo
from newsclean.rules import alternation
from newsclean.rules.bylines import (
    AND,
    BY_WORD,
    GENERIC_CREDITS,
    KNOWN_OUTLET,
    NAME_WORD,
    NAMES,
    NOT_NAMES,
    ORGANISATION_FIRST_WORDS,
    ORGANISATION_WORDS,
    OUTLET,
    OUTLET_JOINER,
    ROLE,
    by_word,
)
from newsclean.rules.comments import COUNTS, FORM_LABELS
from newsclean.rules.comments import PROMPTS as COMMENT_PROMPTS
from newsclean.rules.dates import JOINER
from newsclean.rules.navigation import TAG_LIST
from newsclean.rules.promotions import BUTTONS
from newsclean.rules.read_time import READ_TIME, read_time_pattern
from newsclean.shapes import NUMBERED

#: Longest line read as a meta line, in characters and in words.
MAX_META_LINE = 200
MAX_META_WORDS = 24

_SPLIT = regex.compile(r"\s+[|·•—–]\s+|\s*[|·•]\s*|\s+-\s+")
#: What every separator of :data:`_SPLIT` holds: a line without one is one segment.
_SPLIT_MARK = regex.compile(r"[|·•—–-]")
_READ_TIME = regex.compile(r"^\s*" + READ_TIME + r"\s*[.)]?\s*$", regex.IGNORECASE)
_BY = regex.compile(r"^\(?(?i:" + BY_WORD + r")(?:\s*:\s*|\s+)")
#: A blog post's links to itself, in every language: "Permalink", "Trackback".
PERMALINKS = ["Permalink", "Permalinks", "Permalien", "Lien permanent", "Enlace permanente",
              "Link permanente", "Permanenter Link", "Bezpośredni odnośnik", "Tautan permanen",
              "Trackback", "Trackbacks", "Pingback", "Pingbacks", "Edit", "Bearbeiten",
              "Modifier", "Editar", "Modifica", "Bewerken", "Edytuj", "Sunting"]  # fmt: skip
#: A segment of a meta line that is one of the post's own links ("Posted by Jane Doe |
#: Permalink | 2 Comments | Trackback"): a share, print or subscribe button, a comment
#: prompt, counter or form link, or a link to the post itself; or its list of tags or
#: categories (:data:`_TAGS`). The families' own tables say which words those are; the
#: line still needs a byline, a date or a read time.
_POST_LINK = regex.compile(
    r"^(?:"
    + alternation(
        [b for table in BUTTONS.values() for b in table]
        + [p for table in COMMENT_PROMPTS.values() for p in table]
        + FORM_LABELS
        + PERMALINKS
    )
    + r"|"
    + COUNTS
    + r")\s*:?$",
    regex.IGNORECASE,
)
#: A segment that lists the post's tags or categories ("Tags: a, b", "Category: News").
_TAGS = regex.compile(r"^(?:" + TAG_LIST + r")$", regex.IGNORECASE)


@cache
def _language_patterns(
    languages: tuple[str, ...] | None,
) -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The read-time and byline-word patterns for a set of languages, compiled once."""
    if languages is None:
        return _READ_TIME, _BY
    return (
        regex.compile(r"^\s*" + read_time_pattern(languages) + r"\s*[.)]?\s*$", regex.IGNORECASE),
        regex.compile(r"^\(?(?i:" + by_word(languages) + r")(?:\s*:\s*|\s+)"),
    )


_QUALIFIER = (
    r"(?:(?:\s*,\s*|\s+(?i:" + OUTLET_JOINER + r")\s+|\s*[,/]\s*(?i:" + OUTLET_JOINER + r")\s+)"
    r"(?:(?i:" + ROLE + r")|" + OUTLET + r")|\s+(?:The\s+)?" + KNOWN_OUTLET + r")"
)
_NAMES_THEN = regex.compile(
    r"^(?P<names>" + NAMES + r")(?P<tail>(?:" + _QUALIFIER + r"){0,3})\)?\s*[.,]?\s*$"
)
#: Where a byline's names (and their outlet or role) may end and its date begin: a comma,
#: a joining word or a space ("By Owen Hale, March 18, 2024", "Door Anne de Vries op 3
#: maart", "By Jane Doe March 3, 2024": a page's name and date elements, run together).
_DATE_AFTER = regex.compile(r",\s+|\s+(?i:" + JOINER + r")\s+|\s+")
#: Marks and spaces around a byline's date, set between a page's elements.
_MARKS = " \t/|·•–—-"
#: A date that starts with a joining word ("on May 17"): the joint is further on.
_JOINED = regex.compile(r"(?i:" + JOINER + r")\s")
#: The words that join a date to its author: "Posted on March 4, 2025 by Staff Writer".
_DATED_BY = ("by", "von", "par", "por", "da", "door", "oleh", "przez", "द्वारा")
_DATE_THEN_BY = regex.compile(r"^(?P<date>.+?)\s+(?i:" + "|".join(_DATED_BY) + r")\s+(?P<rest>.+)$")
#: The same words with spaces, for a cheap substring test before the pattern.
_BY_INSIDE = tuple(f" {word} " for word in _DATED_BY)
_ONLY_NAMES = regex.compile(r"^(?P<names>" + NAMES + r")$")
_NAME_AND_OUTLET = regex.compile(
    r"^(?P<names>" + NAMES + r")\s*,\s*(?:(?i:" + ROLE + r")|" + KNOWN_OUTLET + r")\s*$"
)
# At the head only: "Carla Whitfield, The Lakeside Ledger" (a two- or three-word name and
# an outlet that reads as one: "The ...", or ending "Ledger", "News", ...). "Keith Caputo,
# Life of Agony" is a musician and his band (trafilatura-eval hearya.com).
_NAME_COMMA_OUTLET = regex.compile(
    r"^(?P<names>" + NAME_WORD + r"(?:\s+" + NAME_WORD + r"){1,2}),\s+"
    r"(?:(?:The|Le|La|Les|El|Der|Die|Das|Il|Lo|O|A|De|Het)\s+"
    + OUTLET
    + r"|(?:[\p{L}\d&.'’\-]+\s+){0,4}(?i:"
    + alternation(sorted(ORGANISATION_WORDS))
    + r"))$"
)
_OUTLET_ONLY = regex.compile(r"^(?:(?i:" + ROLE + r")|" + OUTLET + r")$")
_ROLE_OR_KNOWN = regex.compile(r"^(?:(?i:" + ROLE + r")|(?:The\s+)?" + KNOWN_OUTLET + r")$")
# "By The Associated Press", "By Office of University Communications", "From: Defra".
_BY_OUTLET = regex.compile(
    r"^(?:The\s+)?(?!" + alternation(NOT_NAMES[1:]) + r"(?!\p{L}))" + OUTLET + r"\)?$"
)
_PLACE = regex.compile(r"\s+(?:in|from|at|aus|en|em|à|di|w|op|te|dari)\s+.*$")
# "en" is "and" in Dutch but "in" in Spanish: it joins names only after "Door".
_NAME_SPLIT = regex.compile(
    r"\s*(?:,|;|\s(?:" + alternation([a for a in AND if a != "en"]) + r")\s)\s*"
)
_NAME_SPLIT_DUTCH = regex.compile(r"\s*(?:,|;|\s(?:" + alternation(AND) + r")\s)\s*")


@dataclass(frozen=True, slots=True)
class MetaLine:
    """What a meta line holds: its kinds of segment and what they give."""

    kinds: frozenset[str]
    authors: tuple[str, ...] = ()
    published: str | None = None
    read_time: int | None = None


def split_names(names: str, *, dutch: bool = False) -> tuple[str, ...]:
    """Split "Jane Doe and John Smith" into names, leaving out generic credits and places.

    >>> split_names("Jan Berger und Eva Roth")
    ('Jan Berger', 'Eva Roth')
    >>> split_names("Ana Souza en Buenos Aires")
    ('Ana Souza',)
    >>> split_names("Jan de Vries en Sanne van den Berg", dutch=True)
    ('Jan de Vries', 'Sanne van den Berg')
    >>> split_names("Staff Writer")
    ()
    """
    found = []
    for name in (_NAME_SPLIT_DUTCH if dutch else _NAME_SPLIT).split(names.strip()):
        name = _PLACE.sub("", name).strip(" .,")
        if not name or name.casefold() in GENERIC_CREDITS:
            continue
        words = name.split()
        if len(words) < 2 or words[-1].casefold() in ORGANISATION_WORDS:
            continue
        if words[0].casefold() in ORGANISATION_FIRST_WORDS:
            continue
        found.append(name)
    return tuple(found)


def _byline(
    segment: str, by_pattern: regex.Pattern[str] = _BY
) -> tuple[tuple[str, ...], str | None] | None:
    """Read a byline segment; return its authors and any date it carries."""
    by = by_pattern.match(segment)
    if by is not None:
        rest = segment[by.end() :]
        dutch = by.group().strip().casefold().startswith("door")
        dated = _names_then_date(rest)
        if dated is not None:
            return split_names(dated[0], dutch=dutch), dated[1]
        named = _NAMES_THEN.match(rest)
        if named is not None:
            return split_names(named.group("names"), dutch=dutch), None
        if len(rest.split()) <= 7 and _BY_OUTLET.match(rest):
            return (), None
    lowered = segment.lower()
    if not any(map(lowered.__contains__, _BY_INSIDE)):
        return None
    posted = _DATE_THEN_BY.match(segment)
    if posted is not None and is_date_line(posted.group("date")):
        named = _NAMES_THEN.match(posted.group("rest"))
        if named is not None:
            return split_names(named.group("names")), posted.group("date").strip()
    return None


def _names_then_date(rest: str) -> tuple[str, str] | None:
    """Read what follows a byline's "By" as names (with their outlet or role) and then a
    date, at the first comma, joining word or space after which only a date stands (not
    one that starts with a joining word); return the names and the date, or ``None``.
    (An outlet's pattern takes a capitalised word, so read as one piece "Owen Hale, March
    18, 2024" gave the date to the outlet.)

    >>> _names_then_date("Owen Hale, March 18, 2024")
    ('Owen Hale', 'March 18, 2024')
    >>> _names_then_date("Jane Doe, CNN, March 3, 2025")
    ('Jane Doe', 'March 3, 2025')
    >>> _names_then_date("Jane Doe, CNN") is None
    True
    >>> _names_then_date("Sean O on May 17, 2012 5:11 PM")
    ('Sean O', 'May 17, 2012 5:11 PM')
    >>> _names_then_date("Jane Doe March 3, 2024")
    ('Jane Doe', 'March 3, 2024')
    >>> _names_then_date("Ed Silverman // November 6th, 2012 // 6:25 pm")
    ('Ed Silverman', 'November 6th, 2012 // 6:25 pm')
    """
    for joint in _DATE_AFTER.finditer(rest, overlapped=True):
        # The marks a page sets between its elements are not the date's ("/ Nov 13, 2012").
        date = rest[joint.end() :].strip(_MARKS)
        # A joining word that is a name's letter ("Sean O on May 17") leads to another.
        if _JOINED.match(date) is None and is_date_line(date):
            named = _NAMES_THEN.match(rest[: joint.start()])
            return (named.group("names"), date) if named is not None else None
    return None


#: The memo entry of :func:`meta_line`: a line's reading (in the document's languages).
_MEMO = text_memo(__name__)


def meta_line(doc: Document, line: Line, *, head: bool = False) -> MetaLine | None:
    """Return :func:`read_meta_line` of ``line``, read once per document and cleaner pass."""
    key = (head, line.stripped)  # what a line holds is its text's: alike lines share it
    cache = doc.memo.setdefault(_MEMO, {})
    assert isinstance(cache, dict)
    if key not in cache:
        cache[key] = read_meta_line(line.stripped, head=head, languages=doc.language)
    found: MetaLine | None = cache[key]
    return found


def read_meta_line(
    text: str, *, head: bool = False, languages: tuple[str, ...] | None = None
) -> MetaLine | None:
    """Return what the meta line ``text`` holds, or ``None`` when it is not one.

    With ``head=True`` (the line is at the top of the page) a bare name is accepted
    next to a date, read time or outlet ("Jane Doe | Reuters"). ``languages`` limits the
    read-time labels and byline words to those languages' (``None``: all); dates stay
    language-neutral.
    """
    read_time_at, by_pattern = _language_patterns(languages)
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_META_LINE or stripped.count(" ") > MAX_META_WORDS:
        return None
    kinds: set[str] = set()
    authors: list[str] = []
    names: list[str] = []
    published: str | None = None
    minutes: int | None = None
    for raw in _SPLIT.split(stripped) if _SPLIT_MARK.search(stripped) else (stripped,):
        segment = raw.strip()
        if not segment:
            continue
        read_time = read_time_at.match(segment)
        if read_time is not None:
            kinds.add("read_time")
            minutes = minutes if minutes is not None else int(read_time.group("n") or 1)
            continue
        if is_date_line(segment):
            kinds.add("date")
            published = published or segment
            continue
        byline = _byline(segment, by_pattern)
        words = segment.count(" ") + 1
        if byline is None and "," in segment:
            named = _NAME_AND_OUTLET.match(segment) or (
                _NAME_COMMA_OUTLET.match(segment) if head else None
            )
            # Without "By", only a person's name makes a byline ("Malaysia Latest News,
            # Malaysia Headlines" is an aggregator's footer, seed 003).
            people = split_names(named.group("names")) if named else ()
            byline = (people, None) if people else None
        if byline is not None:
            kinds.add("byline")
            authors.extend(byline[0])
            published = published or byline[1]
            continue
        if _POST_LINK.match(segment) or _TAGS.match(segment):
            kinds.add("link")  # the post's own links: no kind of its own to remove
            continue
        if words > 8:
            return None  # too long for a bare name, an outlet or a role
        if _ROLE_OR_KNOWN.match(segment) or (
            words <= 6 and segment.split()[-1].casefold() in ORGANISATION_WORDS
        ):
            kinds.add("outlet")  # "Reuters", "Senior Policy Reporter", "Harlan Gazette"
            continue
        people = split_names(segment) if head and _ONLY_NAMES.match(segment) else ()
        if people:  # "Spotify" or "RSS" alone is no person's name
            kinds.add("name")
            names.extend(people)
            continue
        # "2. Salt on the Window" is no outlet: a numbered list's item (a song, a singer).
        if (
            _OUTLET_ONLY.match(segment)
            and len(segment.split()) <= 6
            and not NUMBERED.match(segment)
        ):
            kinds.add("outlet")
            continue
        return None
    if not kinds & {"byline", "date", "read_time"} and not (
        head and "name" in kinds and kinds & {"outlet", "link"}
    ):
        return None  # at the head, a bare name needs an outlet or the post's links beside it
    if "outlet" in kinds and not kinds & {"byline", "name"} and not head:
        return None
    if "name" in kinds:
        # Beside a "By" byline a bare name is the outlet's; alone, it is the author.
        if "byline" not in kinds:
            authors.extend(names)
        kinds.discard("name")
        kinds.add("byline")
    elif "outlet" in kinds:
        # At the head, an outlet beside a date is a credit line ("India News | Press Trust of
        # India | Updated: ..."): the bylines cleaner takes it.
        kinds.add("byline")
    return MetaLine(frozenset(kinds), tuple(authors), published, minutes)
