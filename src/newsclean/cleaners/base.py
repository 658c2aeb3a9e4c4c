"""What a cleaner is, and the two helpers most cleaners are built from.

A cleaner has a ``name`` and a ``find(doc)`` method that yields :class:`~newsclean.Span`
objects: offsets into the original text, a rule id and a reason. It never changes the
text; the :class:`~newsclean.Pipeline` applies the spans and keeps the record.

Write your own as a small class::

    class Disclaimers(Cleaner):
        name = "disclaimers"

        def find(self, doc):
            for line in doc:
                if line.stripped.startswith("Disclaimer:"):
                    yield line_span(line, "disclaimers.label", "a disclaimer")

or as a function with :func:`cleaner`.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import regex

from newsclean.document import Document, Line, text_memo
from newsclean.furniture import furniture_spans
from newsclean.records import Span
from newsclean.rules import LINE_PREFIX, Rule

#: A cleaner name is one snake_case word, used everywhere (module, CLI, docs).
NAME = regex.compile(r"^[a-z][a-z0-9_]*$")


class Cleaner(ABC):
    """Base class of cleaners: a ``name`` and a ``find`` that yields spans with reasons."""

    name: str = ""
    #: ``None`` (the default): the cleaner reads the whole page, so it judges again whenever
    #: a later cleaner removes blocks. A number ``n``: it judges each block by its own text
    #: and by whether it stands among the first or last ``n`` blocks, so it judges again
    #: only when those change (the pipeline's fixed point is cheaper for it).
    zones: int | None = None
    #: Whether the cleaner also removes the short blocks its families' vocabulary
    #: condemns (:mod:`newsclean.furniture`); only a cleaner that owns a family
    #: (:data:`newsclean.vocabulary.OWNERS`) finds any.
    words: bool = False
    #: Whether the guard judges each of the cleaner's block removals on its own (true for
    #: a cleaner whose evidence is each block's own, like the ``site`` cleaner's counts)
    #: or a run of them by one rule as one removal (the default: a teaser list).
    alone: bool = False
    #: Whether a run of the cleaner's that the guard refuses for one paragraph of two
    #: sentences or more may come apart around it (see :meth:`newsclean.guard.Guard.check`):
    #: true for a cleaner whose runs lie outside the story by construction (the story
    #: finder's stretches), false where a run may be the story misread (a teaser list
    #: after an early marker).
    splits: bool = False

    @abstractmethod
    def find(self, doc: Document) -> Iterable[Span]:
        """Yield the spans of ``doc.text`` this cleaner would remove, with reasons."""

    def __call__(self, doc: Document) -> Iterable[Span]:
        return self.find(doc)

    def with_words(self, doc: Document, spans: Iterable[Span]) -> Iterator[Span]:
        """Yield ``spans``, then the blocks of ``doc`` this cleaner's families' words
        condemn (when :attr:`words` is on) that no span of ``spans`` starts at."""
        taken: set[int] = set()
        for span in spans:
            taken.add(span.start)
            yield span
        if self.words:
            yield from furniture_spans(doc, self.name, taken)

    def __repr__(self) -> str:
        return f"<cleaner {self.name}>"


class FunctionCleaner(Cleaner):
    """A cleaner made from a function ``doc -> iterable of spans`` (see :func:`cleaner`)."""

    def __init__(self, name: str, function: Callable[[Document], Iterable[Span]]) -> None:
        if not NAME.match(name):
            raise ValueError(f"a cleaner name is one snake_case word, got {name!r}")
        self.name = name
        self.function = function
        self.__doc__ = function.__doc__

    def find(self, doc: Document) -> Iterable[Span]:
        return self.function(doc)


def cleaner(name: str) -> Callable[[Callable[[Document], Iterable[Span]]], FunctionCleaner]:
    """Turn a function ``doc -> spans`` into a cleaner called ``name``.

    >>> from newsclean import DEFAULT, line_span
    >>> @cleaner("disclaimers")
    ... def disclaimers(doc):
    ...     for line in doc:
    ...         if line.stripped.startswith("Disclaimer:"):
    ...             yield line_span(line, "disclaimers.label", "a disclaimer")
    >>> pipeline = DEFAULT + disclaimers
    >>> pipeline.clean("Rain is due on Monday.\\nDisclaimer: not advice.")
    'Rain is due on Monday.'
    """

    if not NAME.match(name):
        raise ValueError(f"a cleaner name is one snake_case word, got {name!r}")

    def wrap(function: Callable[[Document], Iterable[Span]]) -> FunctionCleaner:
        return FunctionCleaner(name, function)

    return wrap


def line_span(
    line: Line,
    rule: str,
    reason: str,
    *,
    authors: tuple[str, ...] = (),
    published: str | None = None,
    read_time: int | None = None,
    positional: bool = False,
) -> Span:
    """Return a span covering the whole content of ``line`` (a block: all its lines).

    ``positional``: the block goes for where it stands, not for its own words (see
    :class:`~newsclean.Span`).

    >>> from newsclean.document import Document
    >>> line_span(Document("a\\nShare").content[1], "x.share", "a button")
    Span(start=2, end=7, rule='x.share', reason='a button')
    """
    return Span(
        line.start,
        line.end,
        rule,
        reason,
        authors=authors,
        published=published,
        read_time=read_time,
        positional=positional,
    )


class LineRules:
    """Line rules compiled into one alternation per zone, matched against whole lines.

    >>> from newsclean.rules import Rule
    >>> rules = LineRules([Rule("x.share", "share", "a button")])
    >>> doc = Document("Story.\\nShare")
    >>> [rules.match(doc, line).id for line in doc if rules.match(doc, line)]
    ['x.share']
    """

    def __init__(self, rules: Sequence[Rule], flags: int = regex.IGNORECASE) -> None:
        if not rules:
            raise ValueError("LineRules needs at least one rule")
        self.rules = tuple(rules)
        self.max_length = max(rule.max_length for rule in rules)
        self._zones: dict[str, tuple[regex.Pattern[str], tuple[Rule, ...], int]] = {}
        for zone in ("any", "head", "tail", "edge"):
            members = tuple(r for r in rules if r.zone == zone and not r.needs)
            if members:
                longest = max(rule.max_length for rule in members)
                self._zones[zone] = (_whole_line(members, flags), members, longest)
        # Rules with needs are tried one by one, and only on lines that hold a need.
        self._gated = tuple((rule, _whole_line([rule], flags)) for rule in rules if rule.needs)
        #: Whether an answer depends on where the line stands (a head or tail rule).
        self._zoned = any(rule.zone != "any" for rule in rules)

    def match(self, doc: Document, line: Line) -> Rule | None:
        """Return the first rule that fills ``line`` where it stands, or ``None``.

        The answer depends on the line and on whether it is in the head or the tail of the
        page, so it is kept per text: a cleaner judging the page again (the pipeline runs
        to a fixed point) pays a lookup.
        """
        text = line.stripped
        if len(text) > self.max_length:
            return None
        memo = doc.memo.get(_MATCHES)
        if memo is None:
            memo = doc.memo[_MATCHES] = {}
        assert isinstance(memo, dict)
        # The answer is the text's (and its zone's, where a rule has one): alike lines
        # share it.
        key = (id(self), text, *doc.zone(line)) if self._zoned else (id(self), text)
        found: Rule | None = memo.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = memo[key] = self._match(doc, line, text)
        return found

    def _match(self, doc: Document, line: Line, text: str) -> Rule | None:
        for zone, (pattern, members, longest) in self._zones.items():
            # A line longer than every rule of the zone allows is none of its rules'.
            if len(text) > longest or not _in_zone(doc, line, zone):
                continue
            found = pattern.match(text)
            if found is None:
                continue
            for i, rule in enumerate(members):
                if found.group(f"_r{i}") is not None:
                    if len(text) <= rule.max_length:
                        return rule
                    break
        if self._gated:
            lowered = text.lower()
            for rule, pattern in self._gated:
                if (
                    len(text) <= rule.max_length
                    and any(map(lowered.__contains__, rule.needs))
                    and _in_zone(doc, line, rule.zone)
                    and pattern.match(text)
                ):
                    return rule
        return None


#: The memo key of line-rule answers (see :meth:`LineRules.match`).
_MATCHES = text_memo(f"{__name__}:matches")
#: What the memo holds for a line not judged yet (``None`` is an answer: no rule).
_UNSEEN: Any = object()


def _whole_line(rules: Sequence[Rule], flags: int) -> regex.Pattern[str]:
    """Compile rules into one pattern that must fill a line, a named group per rule."""
    body = "|".join(f"(?P<_r{i}>{rule.pattern})" for i, rule in enumerate(rules))
    return regex.compile(LINE_PREFIX + r"(?:" + body + r")[\s:|»›>.…]*$", flags)


def _in_zone(doc: Document, line: Line, zone: str) -> bool:
    if zone == "head":
        return doc.in_head(line)
    if zone == "tail":
        return doc.in_tail(line)
    if zone == "edge":
        return doc.in_head(line) or doc.in_tail(line)
    return True


#: Line rules compiled for one set of languages, by the function that builds them.
_BY_LANGUAGE: dict[tuple[Callable[..., Sequence[Rule]], tuple[str, ...]], LineRules] = {}


def rules_for(
    doc: Document,
    default: LineRules,
    build: Callable[[tuple[str, ...]], Sequence[Rule]] | None,
) -> LineRules:
    """Return the line rules for ``doc.language``: ``default`` when it is ``None`` (all
    languages) or there is no ``build``; else ``build(doc.language)``, compiled once per set.
    """
    if doc.language is None or build is None:
        return default
    key = (build, doc.language)
    found = _BY_LANGUAGE.get(key)
    if found is None:
        found = _BY_LANGUAGE[key] = LineRules(build(doc.language))
    return found


class LineRuleCleaner(Cleaner):
    """A cleaner that removes every line one of its :class:`~newsclean.rules.Rule` fills.

    ``language_rules``, when set, builds the rules for a set of languages (a text whose
    language is known); ``rules`` holds every language's.
    """

    rules: LineRules
    language_rules: Callable[[tuple[str, ...]], Sequence[Rule]] | None = None

    def __init__(self, *, words: bool = True) -> None:
        #: Also judge short blocks by the family's vocabulary (see :class:`Cleaner`).
        self.words = words

    def find(self, doc: Document) -> Iterator[Span]:
        return self.with_words(doc, self._rule_spans(doc))

    def _rule_spans(self, doc: Document) -> Iterator[Span]:
        rules = rules_for(doc, self.rules, self.language_rules)
        for line in doc:
            rule = rules.match(doc, line)
            if rule is not None:
                span = self.matched(doc, line, rule)
                if span is not None:
                    yield span
            else:
                span = self.unmatched(doc, line)
                if span is not None:
                    yield span

    def matched(self, doc: Document, line: Line, rule: Rule) -> Span | None:
        """Return what goes of a line that ``rule`` fills: by default the whole line;
        ``None`` keeps it."""
        return line_span(line, rule.id, rule.reason)

    def unmatched(self, doc: Document, line: Line) -> Span | None:
        """Judge a line no rule fills, for tests that are not patterns (default: keep it)."""
        return None
