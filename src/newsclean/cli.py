"""The command line: ``newsclean FILE|-`` prints the story; ``--explain`` shows what went and why.

Examples::

    newsclean page.txt                      # the clean text
    newsclean --explain page.txt            # every removal, its cleaner and reason
    newsclean --explain --json page.txt     # the same as JSON (text, removals, metadata)
    cat page.txt | newsclean -              # read standard input
    newsclean --without bylines page.txt    # drop a cleaner
    newsclean --preset conservative page.txt
    newsclean --explain page.html           # HTML: trafilatura extracts, then the cleaners
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean import __version__
from newsclean.cleaners.glued_sentences import GluedSentences
from newsclean.cleaners.whitespace import Whitespace
from newsclean.html import PageError, explain_html
from newsclean.language import language_set
from newsclean.pipeline import Pipeline
from newsclean.presets import PRESETS
from newsclean.records import Cleaned, Metadata

#: Exit codes: 0 done, 1 input could not be read or decoded, 2 wrong usage.
EXIT_INPUT = 1
EXIT_USAGE = 2


class InputError(Exception):
    """The input could not be read or decoded; the message names the file and offset."""


def read_input(source: str, *, errors: str = "strict") -> str:
    """Read a file (or standard input for ``-``) as UTF-8 text.

    Raises :class:`InputError` naming the file and the byte offset of the first
    undecodable byte, unless ``errors="replace"``.
    """
    label = "<stdin>" if source == "-" else source
    data = read_bytes(source)
    try:
        return data.decode("utf-8-sig", errors=errors)
    except UnicodeDecodeError as error:
        raise InputError(
            f"{label}: byte {error.start} is not UTF-8 ({data[error.start : error.start + 4]!r}); "
            "convert the file to UTF-8, or pass --decode-errors replace"
        ) from error


def read_bytes(source: str) -> bytes:
    """Read a file (or standard input for ``-``) as bytes; raise :class:`InputError`."""
    label = "<stdin>" if source == "-" else source
    try:
        return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise InputError(f"{label}: cannot read: {error.strerror or error}") from error


def build_pipeline(preset: str, without: Sequence[str], repairs: Sequence[str]) -> Pipeline:
    """Return the preset, less the cleaners in ``without``, plus the opt-in repairs."""
    pipeline = PRESETS[preset]
    unknown = [name for name in without if name not in pipeline]
    if unknown:
        raise ValueError(
            f"no cleaner named {', '.join(unknown)}; choose from {', '.join(pipeline.names)}"
        )
    pipeline = pipeline.without(*without)
    optional = {"glued_sentences": GluedSentences(), "whitespace": Whitespace()}
    for name in repairs:
        pipeline = pipeline + optional[name]
    return pipeline


def format_explanation(text: str, cleaned: Cleaned) -> str:
    """Render removals and metadata for a person to read."""
    counts = cleaned.by_cleaner()
    summary = ", ".join(f"{name} {count}" for name, count in counts.items()) or "nothing"
    rows = [f"removed {len(cleaned.removals)} span(s): {summary}"]
    for removal in cleaned.removals:
        line = text.count("\n", 0, removal.start) + 1
        shown = removal.text if len(removal.text) <= 100 else removal.text[:97] + "..."
        action = f" -> {removal.replacement!r}" if removal.replacement else ""
        rows.append(f"  line {line:>4}  {removal.cleaner:<16} {removal.reason} [{removal.rule}]")
        rows.append(f"             {shown!r}{action}")
    meta = cleaned.metadata
    date = f" ({meta.published_date.isoformat()})" if meta.published_date else ""
    rows.append(
        "metadata: authors: "
        + (", ".join(meta.authors) or "-")
        + f"; published: {meta.published or '-'}{date}"
        + f"; read time: {str(meta.read_time) + ' min' if meta.read_time is not None else '-'}"
    )
    return "\n".join(rows)


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Turn the text of a scraped news page into the text of the story.",
        epilog="Cleaners: bylines, timestamps, read_time, syndication, navigation, promotions, "
        "legal, comments, teasers; opt-in repairs: glued_sentences, whitespace.",
    )
    parser.add_argument("input", help="a UTF-8 text file, or - for standard input")
    parser.add_argument("--explain", action="store_true", help="show what was removed and why")
    parser.add_argument("--json", action="store_true", help="print JSON: text, removals, metadata")
    parser.add_argument(
        "--language",
        metavar="CODE",
        help="the text's language (ISO 639-1, e.g. de), or auto to detect it; "
        "default: every language's phrases",
    )
    parser.add_argument(
        "--html",
        action="store_true",
        help="the input is an HTML page (implied by .html/.htm): extract with trafilatura first",
    )
    parser.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        default="default",
        help="which pipeline (default: default)",
    )
    parser.add_argument(
        "--without", action="append", default=[], metavar="NAME", help="drop a cleaner (repeatable)"
    )
    parser.add_argument(
        "--repair",
        action="append",
        default=[],
        choices=["glued_sentences", "whitespace"],
        help="add an opt-in repair that changes the story's characters (repeatable)",
    )
    parser.add_argument(
        "--decode-errors",
        choices=["strict", "replace"],
        default="strict",
        help="what to do with bytes that are not UTF-8 (default: strict, stop with an error)",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        pipeline = build_pipeline(args.preset, args.without, args.repair)
        language_set(args.language)  # an unknown code is a usage error, said before reading
    except ValueError as error:
        parser.error(str(error))
    html = args.html or args.input.lower().endswith((".html", ".htm"))
    try:
        if html:
            page = explain_html(read_bytes(args.input), pipeline=pipeline, language=args.language)
            text = page.extracted
            meta = page.metadata
            cleaned = Cleaned(
                page.text,
                page.removals,
                Metadata(meta.authors, meta.published, meta.published_date, meta.read_time),
            )
            page_dict: dict[str, object] = page.to_dict()
        else:
            text = read_input(args.input, errors=args.decode_errors)
            cleaned = pipeline.explain(text, language=args.language)
            page_dict = cleaned.to_dict()
    except (InputError, PageError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        if not args.explain:
            page_dict.pop("removals", None)
            page_dict.pop("extracted", None)
        print(json.dumps(page_dict, ensure_ascii=False, indent=2))
    elif args.explain:
        if html:
            print(
                f"page: title: {page.metadata.title or '-'}; site: {page.metadata.site_name or '-'}"
                f"; sources: {page.metadata.sources}"
            )
        print(format_explanation(text, cleaned))
    else:
        sys.stdout.write(cleaned.text)
        if cleaned.text and not cleaned.text.endswith("\n"):
            sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
