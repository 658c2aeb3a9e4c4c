"""Recognise a line that is only a date or time stamp, and parse the date it gives.

>>> is_date_line("Updated 6:12 PM GMT, Nov 3, 2025")
True
>>> is_date_line("On March 4, 2025, the court ruled.")
False
>>> parse_date("Published: 12 Aug 2025, 09:41 AM IST")
datetime.datetime(2025, 8, 12, 9, 41)
"""

from __future__ import annotations

import datetime as dt

import regex

from newsclean.rules.dates import (
    DATE,
    DAY_WORDS,
    JOINER,
    LABEL,
    MONTH_NUMBER,
    RELATIVE,
    TIME,
    WEEKDAY,
)

#: Longest line still taken for a date stamp; longer lines are prose.
MAX_DATE_LINE = 120

_FLAGS = regex.IGNORECASE
_SEP = r"[\s,|·•/\-–—:()\[\]]"
# Every token is atomic and the repetition possessive: a line is read left to right
# once, with no backtracking between tokens (adversarial digit runs stay linear).
_TOKEN = (
    r"(?>"
    + DATE
    + "|"
    + TIME
    + "|"
    + RELATIVE
    + "|"
    + WEEKDAY
    + r"(?!\p{L})|"
    + LABEL
    + r"(?!\p{L})|"
    + JOINER
    + r"(?!\p{L})|"
    + DAY_WORDS
    + r"(?!\p{L})|Uhr(?!\p{L}))"
)
_DATE_LINE = regex.compile(r"^" + _SEP + r"*+(?:" + _TOKEN + _SEP + r"*+)++$", _FLAGS)
_HAS_STAMP = regex.compile(r"(?:" + DATE + "|" + TIME + "|" + RELATIVE + r")", _FLAGS)
_HAS_DIGIT_OR_DAY = regex.compile(r"\d|" + DAY_WORDS, _FLAGS)
_DATE = regex.compile(DATE, _FLAGS)
_TIME = regex.compile(r"(?<![\d.:])" + TIME, _FLAGS)
_ENGLISH_HINT = regex.compile(r"\b(?:posted|updated|published|[ap]\.?m\.?)\b", _FLAGS)
_STAMPS = regex.compile(
    r"(?<![\p{L}\d])(?:" + DATE + "|" + TIME + "|" + RELATIVE + "|" + WEEKDAY + r"(?!\p{L})|"
    + DAY_WORDS
    + r"(?!\p{L}))",
    _FLAGS,
)  # fmt: skip


def is_date_line(text: str) -> bool:
    """Return True when ``text`` is only a date or time stamp, with its labels.

    >>> is_date_line("14.03.2025, 17:45 Uhr")
    True
    >>> is_date_line("March Madness returns")
    False
    >>> is_date_line("Published")
    False
    """
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_DATE_LINE or not _HAS_DIGIT_OR_DAY.search(stripped):
        return False
    if _DATE_LINE.match(stripped) is None:
        return False
    return _HAS_STAMP.search(stripped) is not None


#: A year or a clock time in any language: what a date label stands next to.
_YEAR_OR_TIME = regex.compile(r"(?<!\d)(?:(?:19|20)\d{2}|\d{1,2}[:.h]\d{2})(?!\d)")


def has_stamp(text: str) -> bool:
    """Return True when ``text`` holds a date, a clock time or a year somewhere.

    >>> has_stamp("Mis à jour le 3 mars 2024 à 14h05")
    True
    >>> has_stamp("Sign up for our newsletter")
    False
    """
    return _HAS_STAMP.search(text) is not None or _YEAR_OR_TIME.search(text) is not None


def parse_date(text: str) -> dt.date | None:
    """Parse the first calendar date in ``text``; add the clock time when one follows.

    Returns ``None`` when there is no date, or no year to place it in.

    >>> parse_date("September 5, 2021")
    datetime.date(2021, 9, 5)
    >>> parse_date("Stand: 03.02.2025 10:12 Uhr")
    datetime.datetime(2025, 2, 3, 10, 12)
    >>> parse_date("2 hours ago") is None
    True
    """
    match = _DATE.search(text)
    if match is None:
        return None
    year_text = match.group("y")
    if not year_text:
        return None
    year = int(year_text)
    if year < 100:
        year += 2000
    day = int(match.group("d") or 1)
    if match.group("mn"):
        month = MONTH_NUMBER.get(match.group("mn").lower().rstrip("."), 0)
    else:
        month = int(match.group("m"))
        # "05/03/2025" is ambiguous; "/" with English labels reads month first.
        sep = match.group("sep")
        us_order = sep == "/" and _ENGLISH_HINT.search(text) and month <= 12 and day <= 12
        if us_order or month > 12 >= day:
            month, day = day, month
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    clock = _TIME.search(text, match.end())
    if clock is None:
        return date
    hour = int(clock.group("hh"))
    minute = int(clock.group("mm") or 0)
    ampm = (clock.group("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return dt.datetime(date.year, date.month, date.day, hour, minute)


def mark_stamps(text: str, mark: str = "<date>") -> str:
    """Return ``text`` with each date, time, relative stamp ("2 hours ago"), weekday and
    day word ("today") in it replaced by ``mark``: what lines alike but for their stamps
    share.

    >>> mark_stamps("Posted by Ann on Monday, March 3, 2024 at 4:15 PM")
    'Posted by Ann on <date>, <date> at <date>'
    """
    marked: str = _STAMPS.sub(mark, text)
    return marked
