"""newsclean as a datatrove pipeline step: ``pip install 'newsclean[datatrove]'``.

::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from newsclean.integrations.datatrove import NewscleanFormatter

    steps = [JsonlReader("crawl/"), NewscleanFormatter(store_metadata=True), JsonlWriter("clean/")]
    LocalPipelineExecutor(
        pipeline=steps,
        tasks=8,
        logging_dir="logs/",
    ).run()

The step cleans ``doc.text``. It feeds datatrove's per-step statistics:
``removals/<cleaner>`` for every cleaner of the pipeline (0 included, so the keys are
stable and the mean is a per-document rate), ``removals``, ``chars_removed``,
``changed``, ``emptied``, and datatrove's own ``total``, ``forwarded``, ``dropped`` and
``doc_len``. With ``store_removals`` / ``store_metadata`` it puts
``{"removals": [...], "metadata": {...}}`` in ``doc.metadata["newsclean"]``.

Site profiles (``docs/sites.md``) take three steps, each on its own executor::

    # 1. every task counts the fingerprints of its documents' sites
    LocalPipelineExecutor([JsonlReader("crawl/"), NewscleanSiteCounter("counts/")], tasks=8).run()
    # 2. one task merges them into one sites file
    LocalPipelineExecutor([NewscleanSiteMerger("counts/", "sites.json")], tasks=1).run()
    # 3. the formatter cleans each document with its site's profile
    LocalPipelineExecutor(
        [JsonlReader("crawl/"), NewscleanFormatter(sites="sites.json"), JsonlWriter("clean/")],
        tasks=8,
    ).run()

The sites file is byte for byte the one ``newsclean.learn_sites`` makes on one machine,
whatever the number of tasks (a learner's counts merge exactly: :mod:`newsclean.sites`).

datatrove ships steps to its workers by pickling (dill for Slurm, ``multiprocess`` for
the local executor). A preset travels as its name; a :class:`~newsclean.Pipeline`
travels by value with ``dill(recurse=True)``, so cleaners written in the driver script
(its ``__main__``) work on the workers too.
"""

from __future__ import annotations

from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.io import DataFolderLike, get_datafolder
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.integrations.datatrove needs datatrove: pip install 'newsclean[datatrove]'"
    ) from error

import json

from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS
from newsclean.sites import (
    MAX_PAGES,
    MIN_PAGES,
    SHARE,
    Learner,
    ProfileError,
    SiteLearners,
    SiteProfile,
    Sites,
    site_key,
)

#: The format name of a task's counts (one JSON file per task).
COUNTS_FORMAT = "newsclean-site-counts"


class _Dilled:
    """A pipeline pickled by dill with ``recurse=True``, carried inside a plain pickle."""

    __slots__ = ("data",)

    def __init__(self, data: bytes) -> None:
        self.data = data

    def __getstate__(self) -> bytes:
        return self.data

    def __setstate__(self, data: bytes) -> None:
        self.data = data


class NewscleanFormatter(BaseFormatter):  # type: ignore[misc]
    """Clean each document's text with a newsclean pipeline; count removals per cleaner.

    ``pipeline`` is a :class:`~newsclean.Pipeline` or a preset name (``"default"``,
    ``"conservative"``, ``"aggressive"``). ``language`` is passed to
    ``Pipeline.explain``; with ``language_key``, a document's ``metadata[language_key]``
    wins when present. ``drop_empty`` drops documents whose clean text is empty.
    ``sites`` is a :class:`~newsclean.Sites` or the path of a sites file (read once per
    worker); each document is cleaned with the profile of the site its
    ``metadata[site_key]`` names (default: the field the sites were learned by).
    """

    name = "📰 newsclean"

    def __init__(
        self,
        pipeline: Pipeline | str = "default",
        *,
        language: str | None = None,
        language_key: str | None = None,
        store_removals: bool = False,
        store_metadata: bool = False,
        metadata_key: str = "newsclean",
        drop_empty: bool = False,
        sites: Sites | str | None = None,
        site_key: str | None = None,
    ) -> None:
        super().__init__()
        if sites is not None and not isinstance(sites, (Sites, str)):
            raise TypeError(f"sites must be a newsclean.Sites or a path, not {type(sites)}")
        if isinstance(pipeline, str) and pipeline not in PRESETS:
            raise ValueError(f"no preset named {pipeline!r}; choose from {', '.join(PRESETS)}")
        if not isinstance(pipeline, (str, Pipeline)):
            raise TypeError(
                f"pipeline must be a newsclean.Pipeline or a preset name, not {type(pipeline)}"
            )
        language_set(language)  # an unknown code fails here, not in every worker
        self.pipeline = pipeline
        self.language = language
        self.language_key = language_key
        self.store_removals = store_removals
        self.store_metadata = store_metadata
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty
        self.sites = sites
        self.site_key = site_key
        self._loaded: Sites | None = sites if isinstance(sites, Sites) else None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        if isinstance(self.sites, str):
            state["_loaded"] = None  # each worker reads the file
        if isinstance(self.pipeline, Pipeline):
            import dill

            state["pipeline"] = _Dilled(dill.dumps(self.pipeline, recurse=True))
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if isinstance(state.get("pipeline"), _Dilled):
            import dill

            state["pipeline"] = dill.loads(state["pipeline"].data)
        self.__dict__.update(state)

    @property
    def resolved(self) -> Pipeline:
        """The pipeline object (a preset name looked up)."""
        return PRESETS[self.pipeline] if isinstance(self.pipeline, str) else self.pipeline

    def format(self, text: str) -> str:
        """Return the clean text (datatrove's formatter interface)."""
        return self.resolved.clean(text, language=self.language)

    def profiles(self) -> Sites | None:
        """The sites' profiles (a sites file read on first use)."""
        if self._loaded is None and isinstance(self.sites, str):
            with _open(self.sites) as handle:
                self._loaded = Sites.from_dict(json.load(handle), where=self.sites)
        return self._loaded

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipeline = self.resolved
        names = pipeline.names
        sites = self.profiles()
        for doc in data:
            self.stat_update(StatHints.total)
            language = self.language
            if self.language_key is not None:
                language = doc.metadata.get(self.language_key) or language
            profile: SiteProfile | None = None
            if sites is not None:
                profile = sites.profile_for(doc.metadata, field=self.site_key)
                if profile is not None and profile.ready:
                    self.stat_update("with_site_profile")
            with self.track_time():
                cleaned = pipeline.explain(doc.text, language=language, site=profile)
            counts = cleaned.by_cleaner()
            self.stat_update("removals", value=len(cleaned.removals))
            for name in names:
                self.stat_update(f"removals/{name}", value=counts.get(name, 0))
            self.stat_update("chars_removed", value=len(doc.text) - len(cleaned.text))
            if cleaned.removals:
                self.stat_update("changed")
            if self.store_removals or self.store_metadata:
                stored = doc.metadata.setdefault(self.metadata_key, {})
                if self.store_removals:
                    stored["removals"] = [r.to_dict() for r in cleaned.removals]
                if self.store_metadata:
                    stored["metadata"] = cleaned.metadata.to_dict()
            doc.text = cleaned.text
            if not doc.text:
                self.stat_update("emptied")
                if self.drop_empty:
                    self.stat_update(StatHints.dropped)
                    continue
            self.stat_update(StatHints.forwarded)
            self.update_doc_stats(doc)
            yield doc


def _open(path: str) -> Any:
    """Open a file by path or URL (fsspec, as datatrove does), for reading text."""
    import fsspec

    return fsspec.open(path, "rt", encoding="utf-8")


class NewscleanSiteCounter(PipelineStep):  # type: ignore[misc]
    """Count each site's block fingerprints in this task; write them to ``output_folder``.

    One file per task, ``{rank:05d}.json``: each site's learner state
    (:meth:`newsclean.sites.Learner.to_dict`). Documents pass through unchanged; a
    document whose ``metadata[site_key]`` names no site is counted in ``no_site``.
    :class:`NewscleanSiteMerger` (or :func:`merge_counts`) makes the sites file.
    """

    name = "📰 newsclean site counter"
    type = "📊 - STATS"

    def __init__(
        self,
        output_folder: DataFolderLike,
        *,
        site_key: str = "url",
        shape: str = "auto",
        max_pages: int = MAX_PAGES,
    ) -> None:
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.site_key = site_key
        self.shape = shape
        self.max_pages = max_pages
        Learner(shape=shape, max_pages=max_pages)  # bad settings fail here, not in a worker

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        learners = SiteLearners(shape=self.shape, max_pages=self.max_pages)
        for doc in data:
            self.stat_update("total")
            key = site_key(doc.metadata.get(self.site_key))
            if key is None:
                self.stat_update("no_site")
            else:
                with self.track_time():
                    learners.add(key, doc.text)
                self.stat_update("counted")
            yield doc
        state = {
            "format": COUNTS_FORMAT,
            "version": 1,
            "site_key": self.site_key,
            "learners": {
                site: learners.learners[site].to_dict() for site in sorted(learners.learners)
            },
        }
        with self.output_folder.open(f"{rank:05d}.json", "wt", encoding="utf-8") as out:
            json.dump(state, out)


def merge_counts(
    folder: DataFolderLike, *, min_pages: int = MIN_PAGES, share: float = SHARE
) -> Sites:
    """Merge the counts :class:`NewscleanSiteCounter` wrote into every site's profile.

    The result does not depend on how the documents were split into tasks.
    """
    source = get_datafolder(folder)
    merged: dict[str, Learner] = {}
    field = "url"
    for name in sorted(source.list_files(glob_pattern="*.json")):
        with source.open(name, "rt", encoding="utf-8") as handle:
            state = json.load(handle)
        if not isinstance(state, dict) or state.get("format") != COUNTS_FORMAT:
            raise ProfileError(f"{name} in {source.path} is not a newsclean site counts file")
        field = state["site_key"]
        for site, learned in state["learners"].items():
            learner = Learner.from_dict(learned)
            if site in merged:
                merged[site].merge(learner)
            else:
                merged[site] = learner
    return Sites(
        {
            site: learner.profile(min_pages=min_pages, share=share)
            for site, learner in merged.items()
        },
        field=field,
    )


class NewscleanSiteMerger(PipelineStep):  # type: ignore[misc]
    """Merge the counting tasks' files into one sites file (run with ``tasks=1``)."""

    name = "📰 newsclean site merger"
    type = "📊 - STATS"

    def __init__(
        self,
        input_folder: DataFolderLike,
        output_file: str,
        *,
        min_pages: int = MIN_PAGES,
        share: float = SHARE,
    ) -> None:
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.output_file = output_file
        self.min_pages = min_pages
        self.share = share

    def run(
        self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1
    ) -> DocumentsPipeline:
        if world_size != 1:
            raise ValueError("NewscleanSiteMerger runs as one task (tasks=1)")
        sites = merge_counts(self.input_folder, min_pages=self.min_pages, share=self.share)
        self.stat_update("sites", value=len(sites))
        self.stat_update("with_profile", value=len(sites) - len(sites.unready))
        import fsspec

        with fsspec.open(self.output_file, "wt", encoding="utf-8") as out:
            out.write(sites.to_json())
        if data:
            yield from data
