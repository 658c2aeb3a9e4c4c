"""The pipeline: an immutable, named sequence of cleaners that removes what they find.

Cleaners run in order. Each sees the document without the lines removed before it, so a
tail marker is judged on what is really left at the end of the page. Every span a
cleaner reports becomes a :class:`~newsclean.Removal` with the cleaner's name; the text
changes in one place only, :func:`~newsclean.apply.apply_removals`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Iterator, Sequence

from newsclean.apply import apply_removals
from newsclean.cleaners.base import NAME, Cleaner
from newsclean.dates import parse_date
from newsclean.document import Document, Line
from newsclean.language import language_set
from newsclean.records import Cleaned, Metadata, Removal, Span


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; raise a ``TypeError`` that says what to do.

    >>> check_text(b"x")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    TypeError: newsclean cleans str, got bytes: decode it first, ...
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"newsclean cleans str, got {type(text).__name__}: decode it first, "
            'e.g. data.decode("utf-8", errors="replace")'
        )
    if text is None:
        raise TypeError("newsclean cleans str, got None: pass the page's text ('' for none)")
    raise TypeError(f"newsclean cleans str, got {type(text).__name__}: pass the page's text as str")


class Pipeline:
    """An immutable sequence of named cleaners.

    >>> from newsclean import DEFAULT
    >>> "bylines" in DEFAULT.names
    True
    >>> DEFAULT.without("bylines").clean("By Jane Doe\\nRain fell all day.")
    'By Jane Doe\\nRain fell all day.'
    >>> DEFAULT.clean("By Jane Doe\\nRain fell all day.")
    'Rain fell all day.'
    """

    __slots__ = ("_cleaners",)

    def __init__(self, cleaners: Iterable[Cleaner] = ()) -> None:
        items = tuple(cleaners)
        seen: set[str] = set()
        for item in items:
            name = getattr(item, "name", None)
            if not isinstance(name, str) or not NAME.match(name):
                raise TypeError(
                    f"{item!r} is not a cleaner: it needs a snake_case `name` and a `find(doc)` "
                    "method (subclass newsclean.Cleaner or use @newsclean.cleaner)"
                )
            if not callable(getattr(item, "find", None)):
                raise TypeError(f"cleaner {name!r} has no find(doc) method")
            if name in seen:
                raise ValueError(f"two cleaners are named {name!r}; names must be unique")
            seen.add(name)
        self._cleaners: tuple[Cleaner, ...] = items

    # -- inspecting -------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        """The cleaners' names, in the order they run."""
        return tuple(c.name for c in self._cleaners)

    def __getitem__(self, name: str) -> Cleaner:
        for item in self._cleaners:
            if item.name == name:
                return item
        raise KeyError(f"no cleaner named {name!r}; this pipeline has {', '.join(self.names)}")

    def __iter__(self) -> Iterator[Cleaner]:
        return iter(self._cleaners)

    def __len__(self) -> int:
        return len(self._cleaners)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and self._cleaners == other._cleaners

    def __hash__(self) -> int:
        return hash(self._cleaners)

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(self.names)}])"

    # -- changing (each returns a new pipeline) ---------------------------------------

    def without(self, *names: str) -> Pipeline:
        """Return a pipeline without the named cleaners."""
        for name in names:
            self[name]  # raises KeyError for an unknown name
        return Pipeline(c for c in self._cleaners if c.name not in names)

    def only(self, *names: str) -> Pipeline:
        """Return a pipeline with only the named cleaners, in this pipeline's order."""
        for name in names:
            self[name]
        return Pipeline(c for c in self._cleaners if c.name in names)

    def insert(
        self, cleaner: Cleaner, *, before: str | None = None, after: str | None = None
    ) -> Pipeline:
        """Return a pipeline with ``cleaner`` added before or after a named one (default: last)."""
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        items = list(self._cleaners)
        if before is not None:
            index = self.names.index(self[before].name)
        elif after is not None:
            index = self.names.index(self[after].name) + 1
        else:
            index = len(items)
        items.insert(index, cleaner)
        return Pipeline(items)

    def replace(self, name: str, cleaner: Cleaner) -> Pipeline:
        """Return a pipeline with the cleaner called ``name`` replaced by ``cleaner``."""
        self[name]
        return Pipeline(cleaner if c.name == name else c for c in self._cleaners)

    def __add__(self, other: Pipeline | Cleaner | Sequence[Cleaner]) -> Pipeline:
        if isinstance(other, Pipeline):
            return Pipeline(self._cleaners + other._cleaners)
        if isinstance(other, Cleaner) or hasattr(other, "find"):
            return Pipeline((*self._cleaners, other))  # type: ignore[arg-type]
        return Pipeline((*self._cleaners, *other))

    # -- running ----------------------------------------------------------------------

    def clean(self, text: str, *, language: str | None = None) -> str:
        """Return the story: ``text`` without what the cleaners found."""
        return self.explain(text, language=language).text

    def explain(self, text: str, *, language: str | None = None) -> Cleaned:
        """Return the clean text, every removal with its reason, and the captured metadata.

        ``language`` is an ISO 639-1 code (that language's phrases and English's run),
        ``"auto"`` (detect it; all languages when unclear) or ``None`` (all languages).
        """
        text = check_text(text)
        languages = language_set(language, text)
        if not text:
            return Cleaned("")
        doc = Document(text, language=languages)
        ledger = _Ledger(doc.lines)
        view, seen = doc, 0
        for item in self._cleaners:
            if len(ledger.removed_lines) != seen:  # lines are only ever added to the set
                view, seen = doc.without(ledger.removed_lines), len(ledger.removed_lines)
            for span in item.find(view):
                ledger.add(span, item.name, text)
        removals = ledger.removals(text)
        return Cleaned(apply_removals(text, removals), removals, ledger.metadata())


class _Ledger:
    """The spans claimed so far: non-overlapping, sorted, with the lines they remove."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        self.line_starts = [line.start for line in lines]
        self.starts: list[int] = []
        self.claims: list[tuple[int, int, Span, str]] = []
        self.removed_lines: set[int] = set()
        self.captures: list[Span] = []

    def add(self, span: Span, cleaner: str, text: str) -> None:
        if not isinstance(span, Span):
            raise TypeError(f"cleaner {cleaner!r} yielded {span!r}; cleaners yield Span objects")
        if span.end > len(text):
            raise ValueError(
                f"cleaner {cleaner!r} reported a span past the end of the text: {span}"
            )
        i = bisect_left(self.starts, span.start)
        # An earlier claim that reaches into this span: the first claim wins.
        if i > 0 and self.claims[i - 1][1] > span.start:
            return
        j = i
        while j < len(self.claims) and self.claims[j][0] < span.end:
            j += 1
        inside = self.claims[i:j]
        if any(end > span.end for _, end, _, _ in inside):
            return  # overlaps a later claim it does not contain
        if inside and any(start == span.start and end == span.end for start, end, _, _ in inside):
            return  # the same stretch, claimed already
        del self.claims[i:j]
        del self.starts[i:j]
        self.claims.insert(i, (span.start, span.end, span, cleaner))
        self.starts.insert(i, span.start)
        if span.authors or span.published is not None or span.read_time is not None:
            insort(self.captures, span, key=lambda s: s.start)
        self._mark_removed(span.start, span.end, text)

    def _mark_removed(self, start: int, end: int, text: str) -> None:
        first = max(bisect_right(self.line_starts, start) - 1, 0)
        for index in range(first, len(self.lines)):
            line = self.lines[index]
            if line.start > end or (line.start == end and start != end):
                break
            if line.index in self.removed_lines or line.blank:
                continue
            if self._covered(line, text):
                self.removed_lines.add(line.index)

    def _covered(self, line: Line, text: str) -> bool:
        """True when the claims leave nothing but white space of ``line``."""
        pos = line.start
        first = max(bisect_right(self.starts, line.start) - 1, 0)
        for i in range(first, len(self.claims)):
            start, end, span, _ = self.claims[i]
            if start >= line.end:
                break
            if end <= pos:
                continue
            if text[pos:start].strip() or span.replacement.strip():
                return False
            pos = max(pos, end)
        return not text[pos : line.end].strip()

    def removals(self, text: str) -> tuple[Removal, ...]:
        return tuple(
            Removal(start, end, cleaner, span.rule, span.reason, text[start:end], span.replacement)
            for start, end, span, cleaner in self.claims
        )

    def metadata(self) -> Metadata:
        authors: list[str] = []
        published: str | None = None
        read_time: int | None = None
        for span in self.captures:
            for author in span.authors:
                if author.casefold() not in {a.casefold() for a in authors}:
                    authors.append(author)
            if published is None and span.published:
                published = span.published
            if read_time is None and span.read_time is not None:
                read_time = span.read_time
        return Metadata(
            authors=tuple(authors),
            published=published,
            published_date=parse_date(published) if published else None,
            read_time=read_time,
        )
