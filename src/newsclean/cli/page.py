"""One page: ``newsclean PAGE`` prints the story; ``--explain`` lists what went and why.

The quick look at a single file, kept from newsclean 0.1. For many documents use
``newsclean clean``; for the text with its removals marked, ``newsclean explain``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from newsclean import __version__
from newsclean.cli.options import (
    EXIT_INPUT,
    EXIT_OK,
    add_decode_option,
    add_pipeline_options,
    pipeline_from,
)
from newsclean.html import PageError, explain_html
from newsclean.readers import text_record
from newsclean.records import Cleaned, Metadata


class InputError(Exception):
    """The input could not be read or decoded; the message names the file and offset."""


def read_bytes(source: str) -> bytes:
    """Read a file (or standard input for ``-``) as bytes; raise :class:`InputError`."""
    label = "<stdin>" if source == "-" else source
    try:
        return sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as error:
        raise InputError(f"{label}: cannot read: {error.strerror or error}") from error


def read_input(source: str, *, errors: str = "strict") -> str:
    """Read a file (or standard input for ``-``) as UTF-8 text.

    Raises :class:`InputError` naming the file and the byte offset of the first
    undecodable byte, unless ``errors="replace"``.
    """
    record = text_record(read_bytes(source), source, decode_errors=errors)
    if record.error is not None:
        raise InputError(f"{record.source}: {record.error}")
    return str(record.fields["text"])


def is_html(path: str, flag: bool) -> bool:
    return flag or path.lower().endswith((".html", ".htm"))


def explain_file(args: argparse.Namespace) -> tuple[str, Cleaned, dict[str, object], str]:
    """Read and explain ``args.input``: (original text, result, JSON dict, page header)."""
    pipeline = pipeline_from(args)
    if is_html(args.input, args.html):
        page = explain_html(
            read_bytes(args.input), pipeline=pipeline, language=args.language, shape=args.shape
        )
        meta = page.metadata
        cleaned = Cleaned(
            page.text,
            page.removals,
            Metadata(meta.authors, meta.published, meta.published_date, meta.read_time),
            shape=page.shape,
            refused=page.refused,
        )
        header = (
            f"page: title: {meta.title or '-'}; site: {meta.site_name or '-'}; "
            f"sources: {meta.sources}"
        )
        return page.extracted, cleaned, page.to_dict(), header
    text = read_input(args.input, errors=args.decode_errors)
    cleaned = pipeline.explain(text, language=args.language, shape=args.shape)
    return text, cleaned, cleaned.to_dict(), ""


def format_explanation(text: str, cleaned: Cleaned) -> str:
    """Render removals and metadata as a list, for a person to read."""
    counts = cleaned.by_cleaner()
    summary = ", ".join(f"{name} {count}" for name, count in counts.items()) or "nothing"
    rows = [f"shape: {cleaned.shape}", f"removed {len(cleaned.removals)} span(s): {summary}"]
    for removal in cleaned.removals:
        line = text.count("\n", 0, removal.start) + 1
        shown = removal.text if len(removal.text) <= 100 else removal.text[:97] + "..."
        action = f" -> {removal.replacement!r}" if removal.replacement else ""
        rows.append(f"  line {line:>4}  {removal.cleaner:<16} {removal.reason} [{removal.rule}]")
        rows.append(f"             {shown!r}{action}")
    if cleaned.refused:
        rows.append(f"refused {len(cleaned.refused)} removal(s) that would take the story:")
        for refusal in cleaned.refused:
            line = text.count("\n", 0, refusal.start) + 1
            rows.append(f"  line {line:>4}  {refusal.cleaner:<16} {refusal.guard} [{refusal.rule}]")
    rows.append(format_metadata(cleaned))
    return "\n".join(rows)


def format_metadata(cleaned: Cleaned) -> str:
    meta = cleaned.metadata
    date = f" ({meta.published_date.isoformat()})" if meta.published_date else ""
    read_time = f"{meta.read_time} min" if meta.read_time is not None else "-"
    return (
        f"metadata: authors: {', '.join(meta.authors) or '-'}; "
        f"published: {meta.published or '-'}{date}; read time: {read_time}"
    )


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean one page and print the story. Commands for more: newsclean clean "
        "(many documents: text, JSONL, CSV, Parquet), newsclean explain (the text with "
        "removals marked), newsclean eval (the golden corpus).",
        epilog="Cleaners: chrome, bylines, timestamps, read_time, syndication, navigation, "
        "promotions, legal, comments, teasers; opt-in repairs: glued_sentences, link_targets, "
        "whitespace.",
    )
    parser.add_argument("input", help="a UTF-8 text file or HTML page, or - for standard input")
    parser.add_argument("--explain", action="store_true", help="list what was removed and why")
    parser.add_argument("--json", action="store_true", help="print JSON: text, removals, metadata")
    parser.add_argument(
        "--html",
        action="store_true",
        help="the input is an HTML page (implied by .html/.htm): extract with trafilatura first",
    )
    add_pipeline_options(parser, pipeline_option=False)
    add_decode_option(parser)
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean PAGE``; return the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        pipeline_from(args)
    except ValueError as error:
        parser.error(str(error))
    try:
        text, cleaned, as_dict, header = explain_file(args)
    except (InputError, PageError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return EXIT_INPUT
    if args.json:
        if not args.explain:
            as_dict.pop("removals", None)
            as_dict.pop("extracted", None)
        print(json.dumps(as_dict, ensure_ascii=False, indent=2))
    elif args.explain:
        if header:
            print(header)
        print(format_explanation(text, cleaned))
    else:
        sys.stdout.write(cleaned.text)
        if cleaned.text and not cleaned.text.endswith("\n"):
            sys.stdout.write("\n")
    return EXIT_OK
