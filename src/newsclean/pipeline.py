"""The pipeline: an immutable, named sequence of cleaners that removes what they find.

Cleaners run in order. Each sees the document without the blocks removed before it, so
a tail marker is judged on what is really left at the end of the page; a cleaner that
ran before a later one removed blocks runs again on what is left, until nothing changes.
Then the clean text is read again, afresh, as cleaning it again would read it, until a
reading removes nothing: ``clean(clean(t)) == clean(t)``.
Every span a cleaner reports becomes a :class:`~newsclean.Removal` with the cleaner's name; the text
changes in one place only, :func:`~newsclean.apply.apply_removals`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from newsclean.apply import apply_removals, source_ranges
from newsclean.cleaners.base import NAME, Cleaner
from newsclean.document import Document, carried_memo
from newsclean.guard import Guard
from newsclean.language import language_set
from newsclean.ledger import Ledger
from newsclean.lines import split_lines
from newsclean.records import Cleaned, Span
from newsclean.shapes import ONE_BLOCK_A_LINE, read_shape
from newsclean.sites import SiteProfile
from newsclean.story import weights

#: At most this many passes of the cleaners over one text (a fixed point comes sooner).
MAX_ROUNDS = 8
#: Why a later reading's removal is refused (see :meth:`Pipeline._cleaned`).
CUT_INTO = "an earlier reading cut into this block and kept the rest of it"
#: At most this many readings of a text: the text as it came, then what each reading
#: left, read afresh, until a reading removes nothing (see :meth:`Pipeline.clean`).
READINGS = 4


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


def check_site(site: object) -> SiteProfile | None:
    """Return ``site`` if it is a :class:`~newsclean.SiteProfile` or ``None``; else raise
    a ``TypeError`` that says what to pass."""
    if site is None or isinstance(site, SiteProfile):
        return site
    if isinstance(site, Mapping):
        raise TypeError(
            "site= takes one site's profile; for a mapping of sites, pick the page's own "
            "(sites.profile_for(record) or sites[host])"
        )
    raise TypeError(
        f"site= takes a SiteProfile (newsclean.learn_site or SiteProfile.load), "
        f"got {type(site).__name__}"
    )


def _read_again(cleaned: str, shape: str) -> str | None:
    """The shape ``cleaned`` reads as, when it differs from ``shape`` and both are shapes
    of one block per line; else ``None``."""
    if shape not in ONE_BLOCK_A_LINE or not cleaned:
        return None
    again = read_shape(cleaned, split_lines(cleaned))[0]
    return again if again != shape and again in ONE_BLOCK_A_LINE else None


def _take_over(
    text: str, cleaned: str, ledger: Ledger, guard: Guard, more: Ledger, more_guard: Guard
) -> None:
    """Add to ``ledger`` and ``guard`` (of ``text``) what a reading of ``cleaned`` (the
    clean text they make) claimed and refused (``more`` and ``more_guard``), each brought
    back to its offsets in ``text``."""
    offsets: list[tuple[int, int, int]] = []
    copied = apply_removals(text, ledger.spans(), lines=ledger.lines, offsets=offsets)
    if copied != cleaned:  # pragma: no cover - apply_removals is deterministic
        raise AssertionError("the clean text could not be made again from its removals")
    # The blocks an earlier reading cut into and kept the rest of (a credit glued to a
    # story paragraph's start): it judged them whole. A later reading sees what is left of
    # one as its lines now break (a hard-wrapped paragraph's first line, short once its
    # credit has gone, reads as a heading of its own): they stay.
    kept = ledger.cut_into()
    for start, end, span, cleaner in more.claims:
        ranges = source_ranges(offsets, start, end)
        if not ranges:
            continue  # it took only what an earlier claim put back
        if any(low < stop and begin < high for low, high in ranges for begin, stop in kept):
            guard.refuse(replace(span, start=ranges[0][0], end=ranges[-1][1]), cleaner, CUT_INTO)
            continue
        for k, (low, high) in enumerate(ranges):
            # Metadata and a replacement go with the first stretch only.
            piece = span if k == 0 else _bare(span)
            ledger.add(replace(piece, start=low, end=high), cleaner, text)
    for span, cleaner, why in more_guard.refused:
        ranges = source_ranges(offsets, span.start, span.end)
        if ranges:
            guard.refuse(replace(span, start=ranges[0][0], end=ranges[-1][1]), cleaner, why)


def _bare(span: Span) -> Span:
    """``span`` without what it captured or puts back: the second stretch of a removal
    that a reading of the clean text made across a stretch removed before."""
    return replace(span, replacement="", authors=(), published=None, read_time=None)


def _zones(doc: Document, reach: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The blocks among the first and the last ``reach`` of ``doc``."""
    if reach <= 0:
        return (), ()
    content = doc.content
    return tuple(b.index for b in content[:reach]), tuple(b.index for b in content[-reach:])


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

    def clean(
        self,
        text: str,
        *,
        language: str | None = None,
        shape: str = "auto",
        site: SiteProfile | None = None,
    ) -> str:
        """Return the story: ``text`` without what the cleaners found.

        The same text as :meth:`explain`'s, without building its records (the removals,
        the refusals and the metadata). The clean text is read again, afresh, until a
        reading removes nothing (at most :data:`READINGS` readings), so cleaning it again
        leaves it as it is (two exceptions, for the story's sake: docs/shapes.md).
        """
        text = check_text(text)
        site = check_site(site)
        return self._cleaned(text, language, shape, site)[0]

    def explain(
        self,
        text: str,
        *,
        language: str | None = None,
        shape: str = "auto",
        site: SiteProfile | None = None,
    ) -> Cleaned:
        """Return the clean text, every removal with its reason, and the captured metadata.

        ``language`` is an ISO 639-1 code (that language's phrases and English's run),
        ``"auto"`` (detect it; all languages when unclear) or ``None`` (all languages).
        ``shape`` is how the text is laid out (``"lines"``, ``"paragraphs"``,
        ``"wrapped"``, ``"markdown"``, ``"page"``), or ``"auto"`` to read it from the text.
        ``site`` is the profile of the text's site (:func:`newsclean.learn_site`): the
        ``site`` cleaner removes the blocks it knows.
        """
        text = check_text(text)
        site = check_site(site)
        cleaned, first, ledger, guard = self._cleaned(text, language, shape, site)
        if ledger is None or guard is None:
            return Cleaned(cleaned, shape=first)
        return Cleaned(
            cleaned,
            ledger.removals(text),
            ledger.metadata(text),
            shape=first,
            refused=guard.refusals(text),
        )

    def _cleaned(
        self, text: str, language: str | None, shape: str, site: SiteProfile | None
    ) -> tuple[str, str, Ledger | None, Guard | None]:
        """Clean ``text`` (checked already): the clean text, the shape it came in, and the
        ledger and guard that hold the records (``None`` for an empty text).

        The clean text is read again, afresh, as a user cleaning it again would read it:
        its shape, its language, its blocks and their story, with nothing of the first
        reading's judgement kept (only what a line's text alone answers, see
        :func:`~newsclean.document.text_memo`). What that reading removes is removed from
        the text too (each removal brought back to the text's offsets), and the text is
        read again, until a reading removes nothing (at most :data:`READINGS`). So
        ``clean(clean(t)) == clean(t)`` by construction: the clean text is one that
        cleaning leaves as it is (but for two exceptions, for the story's sake: see the
        comments below and :data:`CUT_INTO`).
        """
        cleaned, first, ledger, guard, doc = self._reading(text, language, shape, site)
        if ledger is None or guard is None:
            return cleaned, first, ledger, guard
        judged_as = doc.shape
        # The first reading left the text to the line rules (an extractor's text, where the
        # story finder does not act): a later one does too, though what is left may read
        # as wrapped text or Markdown, where the finder acts. A list-rich story whose lines
        # lost one line of furniture can read as wrapped, and the finder took its lists.
        left = shape == "auto" and not weights().acts(judged_as)
        for _ in range(READINGS - 1):
            if cleaned == text:
                break  # nothing removed: the text reads as it did
            later = shape
            if left and read_shape(cleaned, split_lines(cleaned))[0] not in ONE_BLOCK_A_LINE:
                later = judged_as
            # What a line's or block's text answers is the same in every reading.
            carried = (doc.language, carried_memo(doc))
            again, _, more, more_guard, doc = self._reading(cleaned, language, later, site, carried)
            if more is None or more_guard is None or again == cleaned:
                break
            _take_over(text, cleaned, ledger, guard, more, more_guard)
            following = apply_removals(text, ledger.spans(), lines=ledger.lines)
            if following == cleaned:
                break  # every removal of the reading was refused (CUT_INTO)
            cleaned = following
        return cleaned, first, ledger, guard

    def _reading(
        self,
        text: str,
        language: str | None,
        shape: str,
        site: SiteProfile | None,
        carried: tuple[tuple[str, ...] | None, dict[str, object]] | None = None,
    ) -> tuple[str, str, Ledger | None, Guard | None, Document]:
        """One reading of ``text``: the cleaners run over it to a fixed point (see
        :meth:`_run`), and again over what is left where it reads as another shape of one
        block a line. Returns the clean text, the shape the text came in, the ledger and
        the guard (``None`` for an empty text), and the document as last judged.

        ``carried``: the languages and the text memos (:func:`~newsclean.document.carried_memo`)
        of an earlier reading of the same text, used when this reading's languages are the
        same."""
        languages = language_set(language, text)
        memo = dict(carried[1]) if carried is not None and carried[0] == languages else None
        doc = Document(text, language=languages, shape=shape, memo=memo, site=site)
        if not text:
            return "", doc.shape, None, None, doc
        ledger = Ledger(doc)
        guard = Guard(doc)
        read = {doc.shape}
        first = doc.shape  # what ``explain`` reports: the shape the text came in
        while True:
            self._run(doc, text, ledger, guard)
            # The claims are sorted and do not overlap: the removals, not yet written out.
            spans = ledger.spans()
            cleaned = apply_removals(text, spans, lines=doc.lines)
            # With nothing removed the text reads as it did (the shape was read from it).
            again = _read_again(cleaned, doc.shape) if shape == "auto" and spans else None
            if again is None or again in read:
                break
            # What is left reads as another shape (a menu's lines gone, the gaps between
            # paragraphs now show): judge it again in that shape, as cleaning the clean
            # text would. Only among shapes of one block per line, so the blocks stay.
            read.add(again)
            doc = doc.reshaped(again)
        return cleaned, first, ledger, guard, doc

    def _run(self, doc: Document, text: str, ledger: Ledger, guard: Guard) -> None:
        """Run the cleaners over ``doc`` to a fixed point, each span they find through
        ``guard`` into ``ledger``."""
        view = doc
        # Run to a fixed point: a cleaner that judged the page before a later cleaner
        # removed blocks judges it again, on what is left, until no removal changes the
        # page (so cleaning the clean text changes nothing). Blocks are only ever added to
        # the removed set, so this ends; a cleaner whose page has not changed is skipped.
        # What a cleaner judged: how many blocks were gone and how many claims were made.
        judged: dict[int, tuple[int, int]] = {}
        zones: dict[int, object] = {}  # cleaner position -> the zones it last judged
        seen_state = (0, 0)
        for _ in range(MAX_ROUNDS):
            for position, item in enumerate(self._cleaners):
                state = (len(ledger.removed_blocks), len(ledger.claims))
                if judged.get(position) == state:
                    continue
                if state != seen_state:
                    # A cut inside a block (a glued prompt) changes what is left of it too.
                    cuts = ledger.edited(text) if len(ledger.claims) else {}
                    view, seen_state = doc.without(ledger.removed_blocks, cuts), state
                reach = getattr(item, "zones", None)
                if reach is not None:
                    signature = _zones(view, reach)
                    if (
                        position in zones
                        and zones[position] == signature
                        and state[1] == (judged[position][1])
                    ):
                        judged[position] = state
                        continue  # it judges blocks by their zones, which have not changed
                    zones[position] = signature
                judged[position] = state
                alone = getattr(item, "alone", False)
                split = getattr(item, "splits", False)
                spans = item.find(view)
                for span in guard.check(view, item.name, spans, alone=alone, split=split):
                    ledger.add(span, item.name, text)  # type: ignore[arg-type]
            final = (len(ledger.removed_blocks), len(ledger.claims))
            if all(state == final for state in judged.values()):
                break
