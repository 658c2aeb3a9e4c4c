"""A batch run: records in, clean records out, in order, with every record accounted for.

:func:`run` reads records, cleans the good ones (on worker processes when ``jobs > 1``),
hands each result to ``write`` in input order and each bad record to ``reject`` or
back to ``write`` with an error field, as ``on_error`` says. It returns a
:class:`Summary`: records read = written + rejected, and removals per cleaner.

>>> from newsclean.readers import Record
>>> records = [Record("a:1", {"text": "Share\\nRain fell."}, b""), Record("a:2", {}, b"x", "bad")]
>>> out = []
>>> summary = run(records, write=lambda rec, src: out.append(rec), on_error="keep")
>>> out
[{'text': 'Rain fell.'}, {'raw': 'x', 'error': 'bad'}]
>>> summary.read, summary.written, summary.rejected, dict(summary.removals)
(2, 2, 0, {'promotions': 1})
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from newsclean.batch import CHUNK_SIZE, batched, map_ordered
from newsclean.pipeline import Pipeline
from newsclean.presets import DEFAULT
from newsclean.readers import Record
from newsclean.sites import (
    MAX_PAGES,
    PagePrints,
    SiteLearners,
    SiteProfile,
    Sites,
    read_page,
    site_key,
)

#: What to do with a record that cannot be cleaned.
ON_ERROR = ("stop", "skip", "keep")
#: Bad records listed in the summary (all are counted).
LISTED_ERRORS = 20

#: One cleaned text: text, removals (or None), metadata (or None), changed.
Result = tuple[str, "list[dict[str, Any]] | None", "dict[str, Any] | None", bool]


class RecordError(Exception):
    """A bad record stopped the run (``on_error="stop"``); the message is ``FILE:LINE: reason``."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


@dataclass
class Summary:
    """What a run did: records read, written and rejected, and removals per cleaner."""

    read: int = 0
    written: int = 0
    rejected: int = 0
    changed: int = 0
    removals: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    error_count: int = 0
    seconds: float = 0.0
    #: With site profiles: records cleaned with their site's profile; ``None`` without.
    profiled: int | None = None

    def note_error(self, record: Record) -> None:
        self.error_count += 1
        if len(self.errors) < LISTED_ERRORS:
            self.errors.append((record.source, record.error or ""))

    @property
    def per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The summary as a JSON-ready dict (``--stats``)."""
        return {
            "read": self.read,
            "written": self.written,
            "rejected": self.rejected,
            "with_errors": self.error_count,
            "changed": self.changed,
            "removals": dict(self.removals.most_common()),
            "seconds": round(self.seconds, 3),
            "documents_per_second": round(self.per_second, 1),
            **({} if self.profiled is None else {"with_site_profile": self.profiled}),
            "errors": [{"source": s, "error": e} for s, e in self.errors],
        }

    def report(self) -> str:
        """The closing summary for a person: counts, speed, removals, first errors."""
        rows = [
            f"read {self.read:,} records, wrote {self.written:,}, rejected {self.rejected:,}"
            f" in {self.seconds:.1f} s ({self.per_second:,.0f} documents/s);"
            f" {self.changed:,} changed"
        ]
        if self.profiled is not None:
            rows.append(
                f"{self.profiled:,} cleaned with their site's profile, "
                f"{self.written - self.profiled:,} without "
                "(no site, or too few pages to learn from)"
            )
        if self.removals:
            counts = ", ".join(f"{name} {n:,}" for name, n in self.removals.most_common())
            rows.append(f"removals: {counts}")
        else:
            rows.append("removals: none")
        if self.error_count:
            rows.append(f"{self.error_count:,} bad record(s); the first:")
            rows.extend(f"  {source}: {error}" for source, error in self.errors[:5])
        return "\n".join(rows)


def explain_chunk(
    pipeline: Pipeline,
    texts: Sequence[str],
    language: str | None,
    removals: bool,
    metadata: bool,
    shape: str = "auto",
    profiles: Sequence[SiteProfile | None] | None = None,
) -> tuple[list[Result], Counter[str]]:
    """Clean a chunk of texts (each with its site's profile, when ``profiles`` is given);
    return each result and the chunk's removals per cleaner."""
    results: list[Result] = []
    counts: Counter[str] = Counter()
    for k, text in enumerate(texts):
        site = profiles[k] if profiles is not None else None
        cleaned = pipeline.explain(text, language=language, shape=shape, site=site)
        counts.update(r.cleaner for r in cleaned.removals)
        results.append(
            (
                cleaned.text,
                [r.to_dict() for r in cleaned.removals] if removals else None,
                cleaned.metadata.to_dict() if metadata else None,
                bool(cleaned.removals),
            )
        )
    return results, counts


def raw_text(raw: bytes | dict[str, Any]) -> str | dict[str, Any]:
    """A bad record's raw form for an output field: decoded text, or the row itself."""
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace").rstrip("\r\n")
    return raw


def run(
    records: Iterable[Record],
    *,
    write: Callable[[dict[str, Any], Record], None],
    reject: Callable[[Record], None] | None = None,
    pipeline: Pipeline = DEFAULT,
    field: str = "text",
    language: str | None = None,
    shape: str = "auto",
    removals: bool = False,
    metadata: bool = False,
    on_error: str = "stop",
    error_field: str = "error",
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
    sites: Sites | None = None,
    site_field: str | None = None,
) -> Summary:
    """Clean every record; see the module docstring. Raises :class:`RecordError` on stop.

    ``progress(documents_done, input_position)`` is called after each chunk. With
    ``sites``, each record is cleaned with the profile of its site, read from its
    ``site_field`` (default: the field the sites were learned by).
    """
    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, got {on_error!r}")
    if on_error == "skip" and reject is None:
        raise ValueError('on_error="skip" needs a reject function')
    summary = Summary(profiled=0 if sites is not None else None)
    started = time.perf_counter()

    def chunks() -> Iterator[tuple[list[Record], tuple[Any, ...]]]:
        for chunk in batched(records, chunk_size):
            summary.read += len(chunk)
            texts = []
            profiles: list[SiteProfile | None] | None = [] if sites is not None else None
            for record in chunk:
                if record.error is None:
                    texts.append(record.fields[field])
                    if sites is not None and profiles is not None:
                        profile = sites.profile_for(record.fields, field=site_field)
                        ready = profile is not None and profile.ready
                        summary.profiled = (summary.profiled or 0) + ready
                        profiles.append(profile if ready else None)
                elif on_error == "stop":
                    raise RecordError(record.source, record.error)
            yield chunk, (pipeline, texts, language, removals, metadata, shape, profiles)

    try:
        for chunk, (results, counts) in map_ordered(explain_chunk, chunks(), jobs=jobs):
            done = iter(results)
            for record in chunk:
                if record.error is None:
                    text, found, meta, changed = next(done)
                    out = dict(record.fields)
                    out[field] = text
                    if removals:
                        out["removals"] = found
                    if metadata:
                        out["metadata"] = meta
                    write(out, record)
                    summary.written += 1
                    summary.changed += changed
                    continue
                summary.note_error(record)
                if on_error == "skip":
                    assert reject is not None
                    reject(record)
                    summary.rejected += 1
                else:
                    out = dict(record.fields) if record.fields else {"raw": raw_text(record.raw)}
                    out[error_field] = record.error
                    write(out, record)
                    summary.written += 1
            summary.removals.update(counts)
            if progress is not None:
                progress(summary.written + summary.rejected, chunk[-1].position)
    finally:
        summary.seconds = time.perf_counter() - started
    return summary


def _read_pages(texts: Sequence[str], shape: str) -> list[PagePrints]:
    return [read_page(text, shape) for text in texts]


@dataclass
class LearnSummary:
    """What learning did: records read, pages learned from, sites, and what was skipped."""

    read: int = 0
    pages: int = 0
    skipped: int = 0
    sites: int = 0
    ready: int = 0
    seconds: float = 0.0
    unready: list[str] = field(default_factory=list)

    def report(self) -> str:
        """The closing summary for a person."""
        rows = [
            f"read {self.read:,} records in {self.seconds:.1f} s; learned from {self.pages:,} "
            f"pages of {self.sites:,} sites, {self.ready:,} with a profile"
        ]
        if self.skipped:
            rows.append(
                f"{self.skipped:,} record{'s' if self.skipped != 1 else ''} skipped "
                "(bad, or no site or text)"
            )
        if self.unready:
            shown = ", ".join(self.unready[:5]) + (" ..." if len(self.unready) > 5 else "")
            many = len(self.unready) != 1
            rows.append(
                f"{len(self.unready):,} site{'s have' if many else ' has'} too few pages to "
                f"learn from and {'are' if many else 'is'} cleaned without a profile: {shown}"
            )
        return "\n".join(rows)

    def to_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "pages": self.pages,
            "skipped": self.skipped,
            "sites": self.sites,
            "with_profile": self.ready,
            "too_few_pages": self.unready,
            "seconds": round(self.seconds, 3),
        }


def learn(
    records: Iterable[Record],
    *,
    site_field: str = "url",
    field: str = "text",
    shape: str = "auto",
    min_pages: int | None = None,
    share: float | None = None,
    max_pages: int = MAX_PAGES,
    jobs: int = 1,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[Sites, LearnSummary]:
    """Learn a profile per site from records (the first pass of ``--learn-sites``).

    Pages are read on ``jobs`` processes; the profiles do not depend on ``jobs`` or on
    the order of the records. A bad record, or one without a site or a text, is skipped
    and counted.
    """
    learners = SiteLearners(shape=shape, max_pages=max_pages)
    summary = LearnSummary()
    started = time.perf_counter()

    def chunks() -> Iterator[tuple[tuple[list[str], int], tuple[Any, ...]]]:
        for chunk in batched(records, chunk_size):
            summary.read += len(chunk)
            keys, texts = [], []
            for record in chunk:
                key = site_key(record.fields.get(site_field)) if record.error is None else None
                text = record.fields.get(field) if key is not None else None
                if key is None or not isinstance(text, str):
                    summary.skipped += 1
                    continue
                keys.append(key)
                texts.append(text)
            yield (keys, chunk[-1].position), (texts, shape)

    try:
        for (keys, position), pages in map_ordered(_read_pages, chunks(), jobs=jobs):
            for key, page in zip(keys, pages, strict=True):
                learners.add_page(key, page)
            summary.pages += len(pages)
            if progress is not None:
                progress(summary.read, position)
    finally:
        summary.seconds = time.perf_counter() - started
    settings: dict[str, Any] = {}
    if min_pages is not None:
        settings["min_pages"] = min_pages
    if share is not None:
        settings["share"] = share
    sites = learners.sites(field=site_field, **settings)
    summary.sites = len(sites)
    summary.unready = sites.unready
    summary.ready = summary.sites - len(summary.unready)
    return sites, summary
