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

datatrove ships steps to its workers by pickling (dill for Slurm, ``multiprocess`` for
the local executor). A preset travels as its name; a :class:`~newsclean.Pipeline`
travels by value with ``dill(recurse=True)``, so cleaners written in the driver script
(its ``__main__``) work on the workers too.
"""

from __future__ import annotations

from typing import Any

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.formatters.base import BaseFormatter
    from datatrove.utils.typeshelper import StatHints
except ImportError as error:  # pragma: no cover - exercised only without the extra
    raise ImportError(
        "newsclean.integrations.datatrove needs datatrove: pip install 'newsclean[datatrove]'"
    ) from error

from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS


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
    ) -> None:
        super().__init__()
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

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
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

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pipeline = self.resolved
        names = pipeline.names
        for doc in data:
            self.stat_update(StatHints.total)
            language = self.language
            if self.language_key is not None:
                language = doc.metadata.get(self.language_key) or language
            with self.track_time():
                cleaned = pipeline.explain(doc.text, language=language)
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
