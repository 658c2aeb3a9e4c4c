"""newsclean as a Scrapy item pipeline: ``pip install 'newsclean[scrapy]'``.

In the project's ``settings.py``::

    ITEM_PIPELINES = {"newsclean.integrations.scrapy.CleanPipeline": 300}
    NEWSCLEAN_FIELDS = ["text"]              # fields holding a page's text
    NEWSCLEAN_HTML_FIELDS = ["html"]         # fields holding a page's HTML
    NEWSCLEAN_EXPLAIN_FIELD = "newsclean"    # the removals and metadata go there
    NEWSCLEAN_SITES = "sites.json"           # made by `newsclean learn`

Each field named in ``NEWSCLEAN_FIELDS`` is cleaned as :func:`newsclean.clean` cleans
it, and each field named in ``NEWSCLEAN_HTML_FIELDS`` as :func:`newsclean.clean_html`
does (the story extracted by trafilatura, then cleaned; :func:`newsclean.explain_html`,
with trafilatura's metadata, when the explanation is kept); the story is written back
into the same field, so an HTML field holds the story's text afterwards. Every setting:

``NEWSCLEAN_ENABLED`` (``True``)
    ``False`` turns the pipeline off (``NotConfigured``: items pass untouched).
``NEWSCLEAN_FIELDS`` (``["text"]``)
    the text fields to clean (a list, or a comma-separated string with ``-s``).
``NEWSCLEAN_HTML_FIELDS`` (``[]``)
    the HTML fields (``str`` or ``bytes``).
``NEWSCLEAN_PRESET`` (``"default"``)
    ``"default"``, ``"conservative"``, ``"aggressive"``, or a
    :class:`~newsclean.Pipeline`: the object, or its import path
    (``"project.cleaning.PIPELINE"``).
``NEWSCLEAN_WITHOUT`` (``[]``)
    cleaners of the preset to leave out.
``NEWSCLEAN_SHAPE`` (``"auto"``)
    the texts' shape, as for :func:`newsclean.clean`.
``NEWSCLEAN_LANGUAGE`` (``None``)
    an ISO 639-1 code, ``"auto"`` or ``None`` (every language's phrases).
``NEWSCLEAN_EXPLAIN_FIELD`` (``None``)
    a field to put what was removed in.
``NEWSCLEAN_SITES`` (``None``)
    a sites file made by ``newsclean learn``.
``NEWSCLEAN_URL_FIELD`` (``"url"``)
    the field whose host picks the site profile (also trafilatura's URL for HTML).

A bad setting (an unknown preset, cleaner, shape or language, a field named twice, a
sites file that cannot be read) raises :class:`ValueError` (:class:`~newsclean.ProfileError`
for the sites file) when the crawler starts, with the setting's name in the message.

With ``NEWSCLEAN_EXPLAIN_FIELD = "newsclean"`` an item that had a field cleaned gets
``item["newsclean"] = {field: {"removals": [...], "metadata": {...}, "shape": ...,
"site": ...}}``, one entry per cleaned field (``site`` is the host whose profile was
used, or ``None``). For an HTML field, the removals' offsets are into trafilatura's text
of the page and the metadata is :class:`~newsclean.PageMetadata`'s (title, authors,
date, site name). A ``scrapy.Item``, dataclass or attrs item must declare that field;
where it does not, the entry is left out and counted.

Bad input never stops the crawl: a field that is missing (absent or ``None``), empty
(only white space) or not text (not ``str``; ``bytes`` are text for an HTML field only)
is left as it is and counted; a field whose cleaning raises is left as it is, logged and
counted in ``newsclean/errors``. No item is dropped, and the item returned is the one
received. Items are read and written through :class:`itemadapter.ItemAdapter`: dicts,
``scrapy.Item``, dataclass and attrs items all work.

Statistics (``crawler.stats``; ``scrapy crawl`` prints them at the end):
``newsclean/items``; ``newsclean/fields_cleaned``; ``newsclean/fields_emptied`` (cleaned
to ``""``); ``newsclean/fields_skipped`` and ``newsclean/fields_skipped/missing``,
``.../empty``, ``.../not_text``; ``newsclean/errors``. Every configured field of every
item is counted once: cleaned + skipped + errors = items x fields.
``newsclean/removals`` and ``newsclean/removals/<cleaner>`` for every cleaner of the
pipeline (zeros included); ``newsclean/chars_removed`` (the characters the cleaners
took out of the texts they cleaned; for HTML, out of trafilatura's text);
``newsclean/with_site_profile`` and ``newsclean/without_site_profile`` (items, with
``NEWSCLEAN_SITES``); ``newsclean/explain_not_stored``; ``newsclean/not_items``;
``newsclean/cleaning_seconds`` (the pipeline's own time, set when the spider closes).
One summary line is logged when the spider closes.

Cleaning runs in Scrapy's reactor thread, like any synchronous item pipeline: it is CPU
work that the crawl waits for (``benchmarks/scrapy_crawl.py`` measures its share).
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

try:
    from itemadapter import ItemAdapter, is_item
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.exceptions import NotConfigured
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector
    from scrapy.utils.misc import load_object
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.integrations.scrapy needs scrapy and itemadapter: "
        "pip install 'newsclean[scrapy]'"
    ) from error

from newsclean.html import explain_html, extract
from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS
from newsclean.shapes import SHAPES
from newsclean.sites import ProfileError, SiteProfile, Sites, site_key

__all__ = ["CleanConfig", "CleanPipeline"]

logger = logging.getLogger(__name__)

#: The prefix of every statistic the pipeline keeps.
PREFIX = "newsclean"
#: Why a field was left as it is (``newsclean/fields_skipped/<why>``).
SKIPS = ("missing", "empty", "not_text")
#: Errors a page's or a text's content can cause (logged without a traceback).
_INPUT_ERRORS = (ValueError, TypeError, UnicodeError)


@dataclass(frozen=True)
class CleanConfig:
    """The pipeline's settings, checked: what :meth:`from_settings` reads."""

    fields: tuple[str, ...] = ("text",)
    html_fields: tuple[str, ...] = ()
    pipeline: Pipeline = PRESETS["default"]
    shape: str = "auto"
    language: str | None = None
    explain_field: str | None = None
    sites: Sites | None = None
    url_field: str = "url"

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> CleanConfig:
        """Read and check the ``NEWSCLEAN_*`` settings; raise :class:`ValueError`
        (:class:`~newsclean.ProfileError` for ``NEWSCLEAN_SITES``) naming the setting."""
        if settings.get("NEWSCLEAN_FIELDS") is None:
            fields: tuple[str, ...] = ("text",)
        else:
            fields = _names(settings, "NEWSCLEAN_FIELDS")
        html_fields = _names(settings, "NEWSCLEAN_HTML_FIELDS")
        if not fields and not html_fields:
            raise ValueError(
                "NEWSCLEAN_FIELDS and NEWSCLEAN_HTML_FIELDS are both empty: no field to clean"
            )
        both = sorted(set(fields) & set(html_fields))
        if both:
            raise ValueError(
                f"NEWSCLEAN_FIELDS and NEWSCLEAN_HTML_FIELDS both name {', '.join(both)}: "
                "a field is either text or HTML"
            )
        preset = settings.get("NEWSCLEAN_PRESET") or "default"
        pipeline = _pipeline(preset)
        without = _names(settings, "NEWSCLEAN_WITHOUT")
        unknown = [name for name in without if name not in pipeline.names]
        if unknown:
            named = f"the {preset!r} preset" if isinstance(preset, str) else "NEWSCLEAN_PRESET"
            raise ValueError(
                f"NEWSCLEAN_WITHOUT: no cleaner named {', '.join(map(repr, unknown))} in "
                f"{named}; its cleaners are {', '.join(pipeline.names)}"
            )
        if without:
            pipeline = pipeline.without(*without)
        shape = settings.get("NEWSCLEAN_SHAPE") or "auto"
        if shape != "auto" and shape not in SHAPES:
            raise ValueError(
                f"NEWSCLEAN_SHAPE: {shape!r} is not a shape; use 'auto' or one of "
                f"{', '.join(SHAPES)}"
            )
        language = settings.get("NEWSCLEAN_LANGUAGE") or None
        try:
            language_set(language)
        except (ValueError, AttributeError, TypeError) as error:
            raise ValueError(f"NEWSCLEAN_LANGUAGE: {error}") from None
        explain_field = _name(settings, "NEWSCLEAN_EXPLAIN_FIELD")
        if explain_field is not None and explain_field in fields + html_fields:
            raise ValueError(
                f"NEWSCLEAN_EXPLAIN_FIELD {explain_field!r} is also a field to clean; "
                "name another field"
            )
        url_field = _name(settings, "NEWSCLEAN_URL_FIELD") or "url"
        return cls(
            fields=fields,
            html_fields=html_fields,
            pipeline=pipeline,
            shape=shape,
            language=language,
            explain_field=explain_field,
            sites=_sites(settings.get("NEWSCLEAN_SITES")),
            url_field=url_field,
        )


def _names(settings: BaseSettings, name: str) -> tuple[str, ...]:
    """A list setting of names: a list, or a comma-separated string (``-s NAME=a,b``)."""
    value = settings.get(name)
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[Any] = [part for part in value.split(",") if part.strip()]
    elif isinstance(value, (list, tuple)):
        items = list(value)
    else:
        raise ValueError(f"{name} must be a list of names, not {type(value).__name__}")
    found: list[str] = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise ValueError(f"{name}: {item!r} is not a name")
        if item.strip() not in found:
            found.append(item.strip())
    return tuple(found)


def _name(settings: BaseSettings, name: str) -> str | None:
    """A setting naming one field, or ``None`` when unset or empty."""
    value = settings.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a field name, not {type(value).__name__}")
    return value.strip() or None


def _pipeline(value: Any) -> Pipeline:
    """``NEWSCLEAN_PRESET``: a preset's name, a :class:`Pipeline`, or its import path."""
    if isinstance(value, Pipeline):
        return value
    if not isinstance(value, str):
        raise ValueError(
            f"NEWSCLEAN_PRESET must be a preset name or a newsclean.Pipeline, "
            f"not {type(value).__name__}"
        )
    if value in PRESETS:
        return PRESETS[value]
    if "." not in value:
        raise ValueError(
            f"NEWSCLEAN_PRESET: no preset named {value!r}; choose from {', '.join(PRESETS)} "
            "(or give a newsclean.Pipeline's import path)"
        )
    try:
        found = load_object(value)
    except (ImportError, NameError, ValueError) as error:
        raise ValueError(f"NEWSCLEAN_PRESET: cannot import {value!r}: {error}") from None
    if not isinstance(found, Pipeline):
        raise ValueError(
            f"NEWSCLEAN_PRESET: {value!r} is a {type(found).__name__}, not a newsclean.Pipeline"
        )
    return found


def _sites(value: Any) -> Sites | None:
    """``NEWSCLEAN_SITES``: a sites file's path (or a :class:`Sites`), read once."""
    if value is None or value == "":
        return None
    if isinstance(value, Sites):
        return value
    if not isinstance(value, (str, Path)):
        raise ValueError(f"NEWSCLEAN_SITES must be a path, not {type(value).__name__}")
    try:
        return Sites.load(value)
    except ProfileError as error:
        raise ProfileError(f"NEWSCLEAN_SITES: {error}") from None
    except OSError as error:
        raise ProfileError(f"NEWSCLEAN_SITES: cannot read {value}: {error}") from None


class CleanPipeline:
    """A Scrapy item pipeline that cleans the page furniture out of items' fields.

    Enable it with ``ITEM_PIPELINES = {"newsclean.integrations.scrapy.CleanPipeline":
    300}`` and configure it with the ``NEWSCLEAN_*`` settings (this module's docstring,
    ``docs/scrapy.md``). Scrapy builds it with :meth:`from_crawler`.
    """

    def __init__(self, config: CleanConfig, stats: StatsCollector) -> None:
        self.config = config
        self.stats = stats
        self.seconds = 0.0
        self._unstorable: set[type] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        """Build the pipeline from the crawler's settings (Scrapy calls this)."""
        if not crawler.settings.getbool("NEWSCLEAN_ENABLED", True):
            raise NotConfigured("NEWSCLEAN_ENABLED is False")
        if crawler.stats is None:  # pragma: no cover - Scrapy always has a collector here
            raise ValueError("the crawler has no stats collector")
        return cls(CleanConfig.from_settings(crawler.settings), crawler.stats)

    # -- Scrapy's item pipeline interface --------------------------------------------

    def open_spider(self, spider: Spider | None = None) -> None:
        """Start every counter at 0, so the statistics' keys do not depend on the crawl."""
        keys = ["items", "fields_cleaned", "fields_emptied", "fields_skipped", "errors"]
        keys += [f"fields_skipped/{why}" for why in SKIPS]
        keys += ["removals", "chars_removed"]
        keys += [f"removals/{name}" for name in self.config.pipeline.names]
        if self.config.sites is not None:
            keys += ["with_site_profile", "without_site_profile"]
        for key in keys:
            self.stats.inc_value(f"{PREFIX}/{key}", 0)

    def process_item(self, item: Any, spider: Spider | None = None) -> Any:
        """Clean the item's configured fields in place and return the same item."""
        started = time.perf_counter()
        try:
            self._process(item)
        except Exception as error:  # a safety net: fields are guarded one by one in _field
            self._inc("errors")
            logger.error("newsclean could not read the item; left as it is", exc_info=error)
        finally:
            self.seconds += time.perf_counter() - started
        return item

    def close_spider(self, spider: Spider | None = None) -> None:
        """Record the pipeline's own time and log one summary line."""
        self.stats.set_value(f"{PREFIX}/cleaning_seconds", round(self.seconds, 6))
        logger.info(self.summary())

    # -- the work ---------------------------------------------------------------------

    def _inc(self, key: str, count: int = 1) -> None:
        self.stats.inc_value(f"{PREFIX}/{key}", count)

    def _process(self, item: Any) -> None:
        if not is_item(item):
            self._inc("not_items")
            logger.warning("newsclean: %s is not an item; left as it is", type(item).__name__)
            return
        config = self.config
        adapter = ItemAdapter(item)
        self._inc("items")
        url = adapter.get(config.url_field)
        url = url if isinstance(url, str) else None
        profile: SiteProfile | None = None
        site: str | None = None
        if config.sites is not None:
            profile = config.sites.profile_for(adapter, field=config.url_field)
            if profile is not None and profile.ready:
                site = site_key(url)
                self._inc("with_site_profile")
            else:
                self._inc("without_site_profile")
        explained: dict[str, dict[str, Any]] = {}
        for field in config.fields:
            self._field(adapter, field, False, url, profile, site, explained)
        for field in config.html_fields:
            self._field(adapter, field, True, url, profile, site, explained)
        if config.explain_field is not None and explained:
            self._store(adapter, item, explained)

    def _field(
        self,
        adapter: ItemAdapter,
        field: str,
        html: bool,
        url: str | None,
        profile: SiteProfile | None,
        site: str | None,
        explained: dict[str, dict[str, Any]],
    ) -> None:
        """Clean one field (or count why not); never raise for the item's content."""
        config = self.config
        value: Any = adapter.get(field)
        why = _skip(value, html)
        if why is not None:
            self._inc("fields_skipped")
            self._inc(f"fields_skipped/{why}")
            return
        try:
            if html and config.explain_field is not None:
                page = explain_html(
                    value,
                    url=url,
                    language=config.language,
                    shape=config.shape,
                    pipeline=config.pipeline,
                    site=profile,
                )
                text, removals, before = page.text, page.removals, len(page.extracted)
                metadata, shape = page.metadata.to_dict(), page.shape
            else:
                # HTML without an explanation: clean_html's way, without trafilatura's
                # metadata (a third of its time); the text is the same.
                source = extract(value, url=url, metadata=False)[0] if html else value
                cleaned = config.pipeline.explain(
                    source, language=config.language, shape=config.shape, site=profile
                )
                text, removals, before = cleaned.text, cleaned.removals, len(source)
                metadata, shape = cleaned.metadata.to_dict(), cleaned.shape
            adapter[field] = text
        except _INPUT_ERRORS as error:
            self._error(field, url, error, traceback=False)
            return
        except Exception as error:
            self._error(field, url, error, traceback=True)
            return
        self._inc("fields_cleaned")
        if not text:
            self._inc("fields_emptied")
        self._inc("removals", len(removals))
        for name, count in Counter(removal.cleaner for removal in removals).items():
            self._inc(f"removals/{name}", count)
        self._inc("chars_removed", before - len(text))
        if config.explain_field is not None:
            explained[field] = {
                "removals": [removal.to_dict() for removal in removals],
                "metadata": metadata,
                "shape": shape,
                "site": site,
            }

    def _error(self, field: str, url: str | None, error: Exception, *, traceback: bool) -> None:
        self._inc("errors")
        where = f"field {field!r} of {url}" if url else f"field {field!r}"
        if traceback:
            logger.error("newsclean could not clean %s; left as it is", where, exc_info=error)
        else:
            logger.warning(
                "newsclean could not clean %s; left as it is: %s: %s",
                where,
                type(error).__name__,
                error,
            )

    def _store(self, adapter: ItemAdapter, item: Any, explained: dict[str, Any]) -> None:
        field = self.config.explain_field
        assert field is not None
        try:
            adapter[field] = explained
        except (KeyError, AttributeError, TypeError):
            self._inc("explain_not_stored")
            kind = type(item)
            if kind not in self._unstorable:
                self._unstorable.add(kind)
                logger.warning(
                    "newsclean: %s items have no field %r (NEWSCLEAN_EXPLAIN_FIELD); declare "
                    "it to keep what was removed",
                    kind.__name__,
                    field,
                )

    def summary(self) -> str:
        """One line saying what the pipeline did (logged when the spider closes)."""

        def get(key: str) -> int:
            return int(self.stats.get_value(f"{PREFIX}/{key}", 0))

        skipped = ", ".join(f"{get(f'fields_skipped/{why}'):,} {why}" for why in SKIPS)
        line = (
            f"newsclean: {get('items'):,} items, {get('fields_cleaned'):,} fields cleaned, "
            f"{get('fields_skipped'):,} skipped ({skipped}), {get('errors'):,} errors; "
            f"{get('removals'):,} removals, {get('chars_removed'):,} characters removed; "
            f"{self.seconds:.2f} s cleaning"
        )
        if self.config.sites is not None:
            line += f"; {get('with_site_profile'):,} items with a site profile"
        return line


def _skip(value: Any, html: bool) -> str | None:
    """Why a field's value is left as it is (``None``: it is cleaned)."""
    if value is None:
        return "missing"
    if isinstance(value, str) or (html and isinstance(value, (bytes, bytearray))):
        return None if value.strip() else "empty"
    return "not_text"
