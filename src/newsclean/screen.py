r"""An exact screen for line rules: which of a zone's alternatives can start a line.

A zone's line rules are compiled into one alternation (a hundred prompt sentences in
ten languages are one rule), and the regular-expression engine tries every alternative
at the start of every line. Most alternatives begin with a literal character, and one can
match a line only where that character (or another case of it) stands at a place the
alternative may start: after the white space and bullets :data:`~newsclean.rules.LINE_PREFIX`
allows, or anywhere among them, since the prefix may give them back.

:class:`StartScreen` reads the first characters of each alternative from its pattern,
once, and for each line compiles (once per set, then kept) the alternation of only the
alternatives that can start there. An alternative whose first character it cannot read
(an escape such as ``\p{Lu}`` or ``\d``, a lookaround, a negated class, an item that
may match nothing at the end) is kept for every line, so the screen drops only what
cannot match: every answer is the whole pattern's (``tests/test_screen.py`` checks it
against the whole pattern on generated lines and on every rule of the default cleaners).

>>> screen = StartScreen(["Share(?:\s+this)?|Tweet", r"\d+ comments"], r")$")
>>> screen.chosen("s")        # 'Tweet' cannot start at 's'; a digit class is not read
((0, (0,)), (1, (0,)))
>>> screen.match("• Tweet").lastgroup
'_r0'
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import regex

from newsclean.rules import LINE_PREFIX

#: The characters the line prefix may hold: a line's alternatives start at one of them or
#: at the first character after them.
_PREFIX_RUN = LINE_PREFIX.removeprefix("^")


class _Unread(Exception):
    """A pattern the screen does not read: it is kept whole, for every line."""


class StartScreen:
    """The alternatives of some rules' patterns, indexed by the characters they start with.

    ``patterns`` are the rules' patterns in order; a match is :data:`LINE_PREFIX`, then
    the group ``_r{i}`` of the first rule ``i`` whose alternatives fill the line, then
    ``suffix`` (which closes the group the prefix opens).
    """

    def __init__(self, patterns: Sequence[str], suffix: str, flags: int = regex.IGNORECASE) -> None:
        if flags & (regex.FULLCASE | regex.VERSION1 | regex.VERBOSE):
            raise ValueError("StartScreen reads patterns in simple case, version 0, not verbose")
        self._prefix, self._suffix, self._flags = LINE_PREFIX + "(?:", suffix, flags
        self._run = regex.compile(_PREFIX_RUN, flags)
        #: Each rule's alternatives, and the characters each may start with (``None``:
        #: not read, so tried on every line).
        self.rules: tuple[tuple[tuple[str, frozenset[str] | None], ...], ...] = tuple(
            _read(pattern) for pattern in patterns
        )
        self._literals = {
            char: regex.compile(regex.escape(char), flags)
            for alternatives in self.rules
            for _, firsts in alternatives
            for char in firsts or ()
        }
        self._by_char: dict[str, frozenset[str]] = {}
        #: The pattern for a line, by the characters where its alternatives may start
        #: (the prefix's run and the character after it), and by the first character of
        #: a line with no run.
        self._by_start: dict[str, tuple[regex.Pattern[str] | None, tuple[int, ...]]] = {}
        self._by_first: dict[str, tuple[regex.Pattern[str] | None, tuple[int, ...]]] = {}
        self._compiled: dict[tuple[tuple[int, tuple[int, ...]], ...], regex.Pattern[str]] = {}

    def match(self, text: str) -> regex.Match[str] | None:
        """Return the whole pattern's match of ``text`` (``None`` where it has none), trying
        only the alternatives that can start there."""
        pattern, _ = self.pattern_for(text)
        return None if pattern is None else pattern.match(text)

    def pattern_for(self, text: str) -> tuple[regex.Pattern[str] | None, tuple[int, ...]]:
        """Return the pattern of the alternatives that can start ``text`` (``None``: no
        alternative can) and the rules it holds, compiled once per set of alternatives."""
        found = self._by_first.get(text[:1])  # a line that opens with no prefix character
        if found is not None:
            return found
        run = self._run.match(text)
        assert run is not None  # a starred class always matches
        # The alternatives start in the prefix's run or at the character after it: what
        # counts is which characters stand there (a key of bounded size, however long
        # the run).
        start = "".join(sorted(set(text[: run.end() + 1])))
        found = self._by_start.get(start)
        if found is None:
            chosen = self.chosen(start)
            pattern = None
            if chosen:
                pattern = self._compiled.get(chosen)
                if pattern is None:
                    body = "|".join(
                        f"(?P<_r{i}>{'|'.join(self.rules[i][k][0] for k in alts)})"
                        for i, alts in chosen
                    )
                    pattern = self._compiled[chosen] = regex.compile(
                        self._prefix + body + self._suffix, self._flags
                    )
            found = self._by_start[start] = (pattern, tuple(i for i, _ in chosen))
            if run.end() == 0 and text:
                self._by_first[text[0]] = found
        return found

    def chosen(self, start: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """Return, by rule, the alternatives that can start at one of the characters of
        ``start`` (by their numbers; rules with none are left out)."""
        chars: set[str] = set()
        for char in set(start):
            chars |= self._matching(char)
        found = []
        for i, alternatives in enumerate(self.rules):
            alts = tuple(
                k for k, (_, firsts) in enumerate(alternatives) if firsts is None or firsts & chars
            )
            if alts:
                found.append((i, alts))
        return tuple(found)

    def _matching(self, char: str) -> frozenset[str]:
        """The first characters of the alternatives that ``char`` matches, in this case."""
        found = self._by_char.get(char)
        if found is None:
            found = self._by_char[char] = frozenset(
                first for first, literal in self._literals.items() if literal.fullmatch(char)
            )
        return found


#: A named group or a reference to a group: a pattern :func:`_spread` does not copy.
_REFERS = regex.compile(r"\(\?P[<=>]|\\[1-9g]|\(\?\(")
#: Most alternatives one rule's pattern is spread into (see :func:`_spread`).
MAX_ALTERNATIVES = 4000


def _read(pattern: str) -> tuple[tuple[str, frozenset[str] | None], ...]:
    """Split ``pattern`` into alternatives (:func:`_spread`), each with its first characters."""
    try:
        parts = _spread(pattern)
    except _Unread:
        return ((pattern, None),)
    found = []
    for part in parts:
        try:
            found.append((part, _first_chars(part)))
        except _Unread:
            found.append((part, None))
    return tuple(found)


def _spread(pattern: str) -> list[str]:
    r"""Split ``pattern`` into alternatives that together match what it matches: its
    top-level ones, and those of its first group, when that is a non-capturing group
    with no quantifier, each between what stands before and after the group
    (``a?(?:b|c)d`` is ``a?(?:b)d|a?(?:c)d``), as far as :data:`MAX_ALTERNATIVES`.

    >>> _spread(r"(?:Sign\s+up|Join)\s+now|Subscribe")
    ['(?:Sign\\s+up)\\s+now', '(?:Join)\\s+now', 'Subscribe']
    """
    found: list[str] = []
    for part in _alternatives(pattern):
        found.extend(_spread_part(part))
        if len(found) > MAX_ALTERNATIVES:
            raise _Unread(pattern)
    return found


def _spread_part(part: str) -> list[str]:
    """Spread one alternative (a pattern with no top-level ``|``), as :func:`_spread`."""
    # What follows the group is copied: not where it holds a named group or refers back
    # to a group by number.
    opens = None if _REFERS.search(part) else _first_group(part)
    if opens is None:
        return [part]
    close = _close(part, opens)
    head, rest = part[:opens], part[close + 1 :]
    # Spread only where what stands before the group may be absent (optional items,
    # white space): the alternatives' own first characters then tell them apart. After
    # a first letter, spreading tells nothing more.
    opening = not head or "\0" in (first_chars(head + "\0") or ())
    if not opening or rest.startswith(("?", "*", "+", "{")):
        return [part]
    inner = _alternatives(part[opens + 3 : close])
    if len(inner) == 1:  # (?:x)y is xy: the group's own first group may spread
        spreads = _first_group(inner[0]) is not None
        return _spread_part(head + inner[0] + rest) if spreads else [part]
    found: list[str] = []
    for alternative in inner:
        found.extend(_spread_part(f"{head}(?:{alternative}){rest}"))
        if len(found) > MAX_ALTERNATIVES:
            raise _Unread(part)
    return found


def first_chars(pattern: str) -> frozenset[str] | None:
    r"""Return the characters one of which starts every match of ``pattern`` (as written:
    the case flags apply when they are compared), or ``None`` when they are not read.

    Optional items add their characters and the reading goes on; white space (``\s``)
    is passed over, since the line prefix holds it: an alternative that opens with white
    space starts where the prefix could have stopped, and what follows the white space
    still stands in the prefix's run or just after it.

    >>> sorted(first_chars(r"(?:sign\s+up|subscribe)\b"))
    ['s']
    >>> sorted(first_chars(r"\(?\s*(?:Read|More)\s+on"))
    ['(', 'M', 'R']
    >>> first_chars(r"\p{Lu}\w+"), first_chars(r"(?:a|\d)"), first_chars(r"(?:a)?")
    (None, None, None)
    """
    try:
        return _first_chars(pattern)
    except _Unread:
        return None


def _first_chars(pattern: str) -> frozenset[str] | None:
    chars: set[str] = set()
    i = 0
    while i < len(pattern):
        item, end = _item(pattern, i)
        if item is None:
            return None
        least, after = _quantifier(pattern, end)
        if item is _SPACE:
            i = after
            continue
        chars |= item
        if least:
            return frozenset(chars)
        i = after
    return None  # the whole may match nothing


#: An item of white space (``\s``): passed over by :func:`first_chars`.
_SPACE = frozenset({" "})
_QUANTIFIER = regex.compile(r"\{(\d*)(?:,\d*)?\}")


def _item(pattern: str, at: int) -> tuple[frozenset[str] | None, int]:
    """Read the item at ``at``: its first characters (``None``: not read) and its end."""
    head = pattern[at]
    if head == "\\":
        if at + 1 >= len(pattern):
            raise _Unread(pattern)
        second = pattern[at + 1]
        if second == "s":
            return _SPACE, at + 2
        if second.isascii() and second.isalnum():
            return None, at + 2  # a class (\p{L}), an anchor (\b) or a code (\x41)
        return frozenset(second), at + 2
    if head == "(":
        close = _close(pattern, at)
        group = pattern[at:close]
        if group.startswith("(?:"):
            inner = group[3:]
        elif group.startswith("(?P<"):
            inner = group[group.index(">") + 1 :]
        elif group.startswith("(?-i:"):  # case-sensitive: the screen's case flags admit more
            inner = group[5:]
        elif group.startswith("(?"):
            return None, close + 1  # a lookaround, an atomic group, another flag
        else:
            inner = group[1:]
        union: set[str] = set()
        for part in _alternatives(inner):
            firsts = _first_chars(part)
            if firsts is None or firsts is _SPACE:
                return None, close + 1
            union |= firsts
        return frozenset(union), close + 1
    if head == "[":
        end = _after_class(pattern, at)
        body = pattern[at + 1 : end - 1]
        if body.startswith("^") or "-" in body.replace("\\-", ""):
            return None, end  # negated, or a range
        found: set[str] = set()
        i = 0
        while i < len(body):
            if body[i] == "\\":
                if body[i + 1].isascii() and body[i + 1].isalnum():
                    return None, end
                found.add(body[i + 1])
                i += 2
            else:
                found.add(body[i])
                i += 1
        return frozenset(found), end
    if head in ".^$|)*+?{}":
        return None, at + 1
    return frozenset(head), at + 1


def _quantifier(pattern: str, at: int) -> tuple[int, int]:
    """Read the quantifier at ``at`` (none: once): the fewest repeats and where it ends."""
    if at >= len(pattern) or pattern[at] not in "?*+{":
        return 1, at
    head = pattern[at]
    if head == "{":
        found = _QUANTIFIER.match(pattern, at)
        if found is None:
            raise _Unread(pattern)
        least, end = int(found.group(1) or 0), found.end()
    else:
        least, end = (1 if head == "+" else 0), at + 1
    if end < len(pattern) and pattern[end] in "?+":
        end += 1  # lazy or possessive
    return least, end


#: What gives a pattern its structure: an escaped character, a character class (with no
#: ``[`` inside: a set operation or a POSIX class is not read), a bracket left open, and
#: the group marks and ``|``.
_TOKENS = regex.compile(r"\\.|\[\^?(?:\\.|[^\]\\\[])*\]|\[|[()|]", regex.DOTALL)


def _structure(pattern: str, at: int = 0) -> Iterator[regex.Match[str]]:
    """Yield the group marks and ``|`` of ``pattern`` from ``at``, past escapes and classes."""
    for token in _TOKENS.finditer(pattern, at):
        text = token.group()
        if text in ("(", ")", "|"):
            yield token
        elif text in ("[", "[]", "[^]"):
            raise _Unread(pattern)  # a class that opens with "]", holds "[" or stays open


def _first_group(pattern: str) -> int | None:
    """Return where ``pattern``'s first group opens when it is a non-capturing group with
    no group before it (what stands before it is copied into each of its alternatives)."""
    for token in _structure(pattern):
        if token.group() == "(":
            return token.start() if pattern.startswith("(?:", token.start()) else None
    return None


def _alternatives(pattern: str) -> list[str]:
    """Split ``pattern`` at its top-level ``|``."""
    parts, depth, start = [], 0, 0
    for token in _structure(pattern):
        mark = token.group()
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth -= 1
            if depth < 0:
                raise _Unread(pattern)
        elif depth == 0:
            parts.append(pattern[start : token.start()])
            start = token.end()
    if depth:
        raise _Unread(pattern)
    parts.append(pattern[start:])
    return parts


def _close(pattern: str, at: int) -> int:
    """Return where the group opened at ``at`` closes."""
    depth = 0
    for token in _structure(pattern, at):
        mark = token.group()
        if mark == "(":
            depth += 1
        elif mark == ")":
            depth -= 1
            if depth == 0:
                return int(token.start())
    raise _Unread(pattern)


def _after_class(pattern: str, at: int) -> int:
    """Return where the character class opened at ``at`` ends (see :data:`_TOKENS`)."""
    token = _TOKENS.match(pattern, at)
    if token is None or token.group() in ("[", "[]", "[^]"):
        raise _Unread(pattern)
    return int(token.end())
