"""Options shared by the commands: which pipeline, which language, how to decode."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence

from newsclean.cleaners.glued_sentences import GluedSentences
from newsclean.cleaners.link_targets import LinkTargets
from newsclean.cleaners.whitespace import Whitespace
from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS
from newsclean.shapes import SHAPES

#: Exit codes: 0 done; 1 input or output failed (unreadable, undecodable, disk full);
#: 2 wrong usage, or a bad record stopped a batch run; 130 interrupted (Ctrl-C, SIGTERM);
#: 141 standard output was closed early (``| head``).
EXIT_OK = 0
EXIT_INPUT = 1
EXIT_USAGE = 2
EXIT_BAD_RECORD = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

REPAIRS = ("glued_sentences", "link_targets", "whitespace")


def add_pipeline_options(parser: argparse.ArgumentParser, *, pipeline_option: bool) -> None:
    """Add --preset, --without, --repair, --language (and --pipeline for batch runs)."""
    group = parser.add_argument_group("cleaners")
    group.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        default="default",
        help="which pipeline (default: default)",
    )
    if pipeline_option:
        group.add_argument(
            "--pipeline",
            metavar="MODULE:NAME",
            help="your own Pipeline object, imported from MODULE (instead of --preset)",
        )
    group.add_argument(
        "--without", action="append", default=[], metavar="NAME", help="drop a cleaner (repeatable)"
    )
    group.add_argument(
        "--repair",
        action="append",
        default=[],
        choices=REPAIRS,
        help="add an opt-in repair that changes the story's characters (repeatable)",
    )
    group.add_argument(
        "--language",
        metavar="CODE",
        help="the text's language (ISO 639-1, e.g. de), or auto to detect it; "
        "default: every language's phrases",
    )
    group.add_argument(
        "--shape",
        choices=("auto", *SHAPES),
        default="auto",
        help="how the text is laid out: one paragraph per line, blank-line paragraphs, "
        "hard-wrapped, Markdown, or a whole page's text; default: read it from the text",
    )


def add_decode_option(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    parser.add_argument(
        "--decode-errors",
        choices=["strict", "replace"],
        default="strict",
        help="bytes that are not UTF-8: strict stops with the file and offset (default); "
        "replace puts U+FFFD in their place",
    )


def load_pipeline(spec: str) -> Pipeline:
    """Import ``MODULE:NAME`` and return it; it must be a :class:`Pipeline`."""
    module_name, _, name = spec.partition(":")
    if not module_name or not name:
        raise ValueError(
            f"--pipeline takes MODULE:NAME, e.g. mypackage.cleaning:PIPELINE; got {spec!r}"
        )
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ValueError(f"--pipeline: cannot import {module_name}: {error}") from error
    found = getattr(module, name, None)
    if not isinstance(found, Pipeline):
        raise ValueError(f"--pipeline: {spec} is {type(found).__name__}, not a newsclean.Pipeline")
    return found


def build_pipeline(
    preset: str,
    without: Sequence[str],
    repairs: Sequence[str],
    pipeline: str | None = None,
    language: str | None = None,
) -> Pipeline:
    """Return the chosen pipeline, less ``without``, plus the repairs; raise ValueError."""
    chosen = load_pipeline(pipeline) if pipeline else PRESETS[preset]
    unknown = [name for name in without if name not in chosen]
    if unknown:
        raise ValueError(
            f"no cleaner named {', '.join(unknown)}; choose from {', '.join(chosen.names)}"
        )
    chosen = chosen.without(*without)
    optional = {
        "glued_sentences": GluedSentences(),
        "link_targets": LinkTargets(),
        "whitespace": Whitespace(),
    }
    for name in repairs:
        chosen = chosen + optional[name]
    language_set(language)  # an unknown code is a usage error, said before any reading
    return chosen


def pipeline_from(args: argparse.Namespace) -> Pipeline:
    """Build the pipeline the parsed options ask for."""
    return build_pipeline(
        args.preset, args.without, args.repair, getattr(args, "pipeline", None), args.language
    )
