"""``newsclean learn INPUT... --site-field url -o sites.json``: learn each site's furniture.

Reads records as ``newsclean clean`` does (JSONL, CSV, Parquet, text files), groups them
by the host of ``--site-field`` (or the field's value when it is not a URL), and writes
one profile per site (:mod:`newsclean.sites`) to a versioned JSON file that
``newsclean clean --sites`` reads. The profiles do not depend on the order of the
records or on ``-j``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from concurrent.futures.process import BrokenProcessPool

from newsclean.batch import available_cores
from newsclean.cli.options import EXIT_INPUT, EXIT_INTERRUPTED, EXIT_OK, add_decode_option
from newsclean.formats import FORMATS, FormatError
from newsclean.job import LearnSummary, learn
from newsclean.progress import Progress, wants_bar
from newsclean.readers import InputFile, expand_inputs, read_records
from newsclean.shapes import SHAPES
from newsclean.sites import MAX_PAGES, MIN_PAGES, SHARE, Sites
from newsclean.writers import AtomicFile


def add_learning_options(parser: argparse.ArgumentParser | argparse._ArgumentGroup) -> None:
    """The options that decide what a profile learns (``learn`` and ``clean --learn-sites``)."""
    parser.add_argument(
        "--min-pages",
        type=int,
        default=MIN_PAGES,
        help="a site needs this many pages to learn from (default: %(default)s)",
    )
    parser.add_argument(
        "--share",
        type=float,
        default=SHARE,
        help="a block on this share of a site's pages is furniture (default: %(default)s)",
    )
    parser.add_argument(
        "--max-pages",
        type=int,
        default=MAX_PAGES,
        help="pages counted per site; a hash-chosen sample past that (default: %(default)s)",
    )


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean learn",
        description="Learn each site's furniture from its pages: one profile per site, "
        "written as JSON for newsclean clean --sites.",
        epilog="Exit codes: 0 done; 1 an input or output failed; 2 wrong usage; 130 interrupted.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or -")
    parser.add_argument("-o", "--output", required=True, help="the sites file to write (.json)")
    parser.add_argument("--format", choices=FORMATS, help="input format (default: by extension)")
    parser.add_argument("--field", default="text", help="the field holding the text")
    parser.add_argument(
        "--site-field",
        default="url",
        help="the field naming the site: a URL (its host is taken) or a name (default: url)",
    )
    parser.add_argument(
        "--shape",
        choices=("auto", *SHAPES),
        default="auto",
        help="how the texts are laid out, as for clean (default: auto)",
    )
    add_learning_options(parser)
    parser.add_argument("-j", "--jobs", type=int, default=available_cores(),
                        help="worker processes (default: %(default)s)")  # fmt: skip
    add_decode_option(parser)
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    parser.add_argument("--stats", metavar="FILE", help="write the summary as JSON to FILE")
    return parser


def learning_error(args: argparse.Namespace) -> str | None:
    """Why no profile can be learned with these settings, or ``None`` (``learn`` and
    ``clean --learn-sites`` both ask)."""
    if args.min_pages < 2:
        return f"--min-pages must be at least 2, got {args.min_pages}"
    if not 0 < args.share <= 1:
        return f"--share must be in (0, 1], got {args.share}"
    if args.max_pages < 1:
        return f"--max-pages must be at least 1, got {args.max_pages}"
    if args.jobs < 1:
        return f"--jobs must be at least 1, got {args.jobs}"
    return None


def learn_files(
    files: list[InputFile], args: argparse.Namespace, *, label: str = "learning"
) -> tuple[Sites, LearnSummary]:
    """Learn the sites of ``files`` with the options in ``args``, with a progress bar."""
    progress = Progress(sum(f.size for f in files), enabled=wants_bar(args.quiet), label=label)
    try:
        return learn(
            read_records(files, field=args.field, decode_errors=args.decode_errors),
            site_field=args.site_field,
            field=args.field,
            shape=args.shape,
            min_pages=args.min_pages,
            share=args.share,
            max_pages=args.max_pages,
            jobs=args.jobs,
            progress=progress,
        )
    finally:
        progress.close()


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean learn``; return the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    error = learning_error(args)
    if error is not None:
        parser.error(error)
    missing = [p for p in args.inputs if p != "-" and not os.path.exists(p)]
    if missing:
        parser.error(f"no such file or directory: {', '.join(missing)}")
    try:
        files = expand_inputs(args.inputs, args.format)
        sites, summary = learn_files(files, args)
        with AtomicFile(args.output) as out:
            out.file.write(sites.to_json().encode("utf-8"))
            out.commit()
        if args.stats:
            with AtomicFile(args.stats) as stats:
                stats.file.write(json.dumps(summary.to_dict(), indent=2).encode() + b"\n")
                stats.commit()
    except KeyboardInterrupt:
        print("\nnewsclean: interrupted; no sites file written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenProcessPool:
        print("newsclean: a worker process died; no sites file written", file=sys.stderr)
        return EXIT_INPUT
    except (OSError, FormatError, ValueError) as error:
        print(f"newsclean: {error}; no sites file written", file=sys.stderr)
        return EXIT_INPUT
    if not args.quiet:
        print(f"newsclean: {summary.report()}", file=sys.stderr)
        print(f"newsclean: wrote {args.output}", file=sys.stderr)
    return EXIT_OK
