"""The records a cleaning run produces: spans found, removals made, metadata captured.

A cleaner reports :class:`Span` objects: offsets into the original text, a rule id and
a reason. The pipeline turns each kept span into a :class:`Removal` (the span plus the
cleaner's name and the removed text) and gathers everything in :class:`Cleaned`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the original text that a cleaner wants removed (or replaced).

    ``start`` and ``end`` are offsets into the original text; ``rule`` is a short,
    stable id (``"bylines.by_name"``); ``reason`` says why in words a user reads.
    ``replacement`` is empty for a removal; the opt-in repair cleaners put text back
    (a missing space, say). The capture fields carry metadata found in the span.
    ``positional`` is true when the span is removed for where it stands (a teaser under a
    related-stories heading, a menu around the story), not for its own words: the guard
    judges a run of positional blocks of one rule as one removal (:mod:`newsclean.guard`).

    >>> Span(0, 17, "timestamps.date_line", "a line that is only a date")
    Span(start=0, end=17, rule='timestamps.date_line', reason='a line that is only a date')
    """

    start: int
    end: int
    rule: str
    reason: str
    replacement: str = ""
    authors: tuple[str, ...] = ()
    published: str | None = None
    read_time: int | None = None
    positional: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(
                f"span offsets must satisfy 0 <= start <= end, got {self.start}, {self.end}"
            )
        if self.start == self.end and not self.replacement:
            raise ValueError("an empty span must carry a replacement")

    def __repr__(self) -> str:
        extra = ""
        if self.replacement:
            extra += f", replacement={self.replacement!r}"
        if self.authors:
            extra += f", authors={self.authors!r}"
        if self.published is not None:
            extra += f", published={self.published!r}"
        if self.read_time is not None:
            extra += f", read_time={self.read_time!r}"
        if self.positional:
            extra += ", positional=True"
        return (
            f"Span(start={self.start}, end={self.end}, rule={self.rule!r}, "
            f"reason={self.reason!r}{extra})"
        )


@dataclass(frozen=True, slots=True)
class Removal:
    """One change made to the original text, as ``explain`` reports it.

    ``text`` is what stood at ``original[start:end]``; ``replacement`` is what the
    clean text has instead (empty for a removal).
    """

    start: int
    end: int
    cleaner: str
    rule: str
    reason: str
    text: str
    replacement: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the removal as a JSON-ready dict."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Refusal(Removal):
    """A removal the guard refused: it would have taken the story, so it was not made.

    The fields are the removal's (what the cleaner wanted and why); ``guard`` says why it
    was refused ("it would take 2 story paragraphs in a row").
    """

    guard: str = ""


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the cleaners captured from the lines they removed.

    ``published`` is the date as written; ``published_date`` the same parsed to a
    :class:`datetime.date` (or :class:`datetime.datetime` when a time was given), or
    ``None`` when it could not be parsed. ``read_time`` is in minutes.
    """

    authors: tuple[str, ...] = ()
    published: str | None = None
    published_date: dt.date | None = None
    read_time: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the metadata as a JSON-ready dict (dates as ISO strings)."""
        return {
            "authors": list(self.authors),
            "published": self.published,
            "published_date": self.published_date.isoformat() if self.published_date else None,
            "read_time": self.read_time,
        }


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The result of :func:`newsclean.explain`: clean text, removals, metadata.

    ``shape`` is the shape the text was read in (``"lines"``, ``"paragraphs"``,
    ``"wrapped"``, ``"markdown"`` or ``"page"``); ``refused`` lists the removals the guard
    refused because they would have taken the story.
    """

    text: str
    removals: tuple[Removal, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    shape: str = "lines"
    refused: tuple[Refusal, ...] = ()

    def by_cleaner(self) -> dict[str, int]:
        """Count removals per cleaner name.

        >>> Cleaned("x").by_cleaner()
        {}
        """
        counts: dict[str, int] = {}
        for removal in self.removals:
            counts[removal.cleaner] = counts.get(removal.cleaner, 0) + 1
        return counts

    def to_dict(self) -> dict[str, Any]:
        """Return the whole result as a JSON-ready dict."""
        return {
            "text": self.text,
            "shape": self.shape,
            "removals": [r.to_dict() for r in self.removals],
            "refused": [r.to_dict() for r in self.refused],
            "metadata": self.metadata.to_dict(),
        }
