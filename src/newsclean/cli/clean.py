"""``newsclean clean INPUT... [-o OUTPUT]``: clean many documents, with every record accounted for.

Inputs are text files (one document each), directories of them, standard input, JSONL
(also .gz/.zst), CSV or Parquet, by extension or ``--format``. The output format comes
from ``-o``'s extension or ``--output-format``; without ``-o`` it goes to standard
output in the input's format (JSONL for Parquet). Output is written under a temporary
name and renamed into place at the end, so an interrupted or failed run leaves no
partial file.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import FrameType
from typing import IO, Any

from newsclean.batch import available_cores
from newsclean.cli.learn import add_learning_options, learn_files, learning_error
from newsclean.cli.options import (
    EXIT_BAD_RECORD,
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    add_decode_option,
    add_pipeline_options,
    pipeline_from,
)
from newsclean.formats import (
    EXTENSIONS,
    FORMATS,
    FormatError,
    compression,
    detect_format,
    pyarrow_parquet,
    zstandard_module,
)
from newsclean.job import ON_ERROR, LearnSummary, RecordError, Summary, run
from newsclean.progress import Progress, wants_bar
from newsclean.readers import (
    InputFile,
    Record,
    expand_inputs,
    parquet_schema,
    read_records,
)
from newsclean.sites import ProfileError, Sites
from newsclean.writers import (
    STDOUT,
    AtomicFile,
    RawWriter,
    added_types,
    make_writer,
    relative_target,
)


class UsageError(Exception):
    """The options do not make a run (exit code 2)."""


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean clean",
        description="Clean many documents: text files, directories, standard input, "
        "JSONL (.gz/.zst), CSV or Parquet.",
        epilog="Exit codes: 0 done; 1 an input or output failed (unreadable or corrupt file, "
        "disk full, a worker died); 2 wrong usage, or a bad record stopped the run "
        "(--on-error stop); 130 interrupted; 141 standard output closed early. "
        "An interrupted or failed run leaves no output file.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, or -")
    parser.add_argument(
        "-o",
        "--output",
        default=STDOUT,
        help="output file, or a directory for text files (default: standard output)",
    )
    parser.add_argument("--format", choices=FORMATS, help="input format (default: by extension)")
    parser.add_argument(
        "--output-format", choices=FORMATS, help="output format (default: by -o's extension)"
    )
    parser.add_argument(
        "--field", default="text", help="the field holding the text (default: text)"
    )
    parser.add_argument(
        "--explain", action="store_true", help="add a removals column: what went and why"
    )
    parser.add_argument(
        "--metadata", action="store_true", help="add a metadata column: authors, date, read time"
    )
    add_pipeline_options(parser, pipeline_option=True)
    sites = parser.add_argument_group("site profiles")
    sites.add_argument(
        "--sites",
        metavar="FILE",
        help="clean each record with its site's profile from FILE (made by newsclean learn)",
    )
    sites.add_argument(
        "--learn-sites",
        action="store_true",
        help="learn the sites' profiles from the inputs first, then clean (two passes)",
    )
    sites.add_argument(
        "--site-field",
        help="the field naming each record's site, a URL or a name (default: the sites "
        "file's, or url)",
    )
    add_learning_options(sites)
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=available_cores(),
        help="worker processes (default: the machine's cores, here %(default)s)",
    )
    errors = parser.add_argument_group("bad records")
    errors.add_argument(
        "--on-error",
        choices=ON_ERROR,
        default="stop",
        help="a malformed record, a missing or non-string field: stop (exit 2 with "
        "FILE:LINE: reason; the default), skip (write it, untouched, to the rejects file) "
        "or keep (pass it through with an error field)",
    )
    errors.add_argument(
        "--rejects", help="the rejects file for --on-error skip (default: OUTPUT.rejects.EXT)"
    )
    errors.add_argument(
        "--error-field", default="error", help="the field --on-error keep adds (default: error)"
    )
    add_decode_option(errors)
    report = parser.add_argument_group("reporting")
    report.add_argument("-q", "--quiet", action="store_true", help="no progress bar, no summary")
    report.add_argument("--stats", metavar="FILE", help="write the summary as JSON to FILE")
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean clean``; return the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        plan = Plan(args)
    except (UsageError, FormatError, ValueError) as error:
        parser.error(str(error))
    nothing = "" if args.output == STDOUT else "; no output written"
    if plan.to_directory:
        nothing = "; the files written so far are whole, the others not written"
    with _terminate_as_interrupt():
        try:
            summary = plan.execute()
        except RecordError as error:
            print(f"newsclean: {error}", file=sys.stderr)
            print(
                f"newsclean: stopped{nothing} (--on-error skip or keep to go on)",
                file=sys.stderr,
            )
            return EXIT_BAD_RECORD
        except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_BROKEN_PIPE
        except KeyboardInterrupt:
            print(f"\nnewsclean: interrupted{nothing}", file=sys.stderr)
            return EXIT_INTERRUPTED
        except BrokenProcessPool:
            print(
                f"newsclean: a worker process died (out of memory, or killed){nothing}",
                file=sys.stderr,
            )
            return EXIT_INPUT
        except (OSError, FormatError) as error:
            print(f"newsclean: {_describe(error)}{nothing}", file=sys.stderr)
            return EXIT_INPUT
    if not args.quiet:
        print(f"newsclean: {summary.report()}", file=sys.stderr)
    return EXIT_OK


def _text_name(path: str) -> str:
    """The name a text document is written under: its path, or stdin.txt."""
    return "stdin.txt" if path in ("-", "<stdin>") else path


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.filename:
        return f"{error.filename}: {error.strerror or error}"
    return str(error)


@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM like Ctrl-C, so a killed run cleans up its temporary files too."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Plan:
    """A checked set of options: inputs, output, formats, rejects; ``execute`` runs it."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        #: What finishes a successful run, in order: close writers, then rename files.
        self.finishers: list[Callable[[], object]] = []
        self.pipeline = pipeline_from(args)
        if args.jobs < 1:
            raise UsageError(f"--jobs must be at least 1, got {args.jobs}")
        missing = [p for p in args.inputs if p != "-" and not os.path.exists(p)]
        if missing:
            raise UsageError(f"no such file or directory: {', '.join(missing)}")
        self.files = expand_inputs(args.inputs, args.format)
        self.input_format = self.files[0].format if self.files else (args.format or "text")
        self.output = args.output
        self.to_directory = self.output != STDOUT and (
            Path(self.output).is_dir() or self.output.endswith(os.sep)
        )
        if self.input_format == "parquet" and any(f.path == "-" for f in self.files):
            raise UsageError("Parquet cannot be read from standard input; give the file")
        self.output_format = self._output_format()
        self.rejects = self._rejects_path()
        self._check_libraries()
        self._check_targets()
        self.sites: Sites | None = None
        self.learned: LearnSummary | None = None
        self._check_sites()

    def _check_sites(self) -> None:
        """Read ``--sites`` now (a bad file is a usage error, before any work)."""
        args = self.args
        if args.sites and args.learn_sites:
            raise UsageError("give --sites FILE or --learn-sites, not both")
        if args.learn_sites:
            if any(f.path == "-" for f in self.files):
                raise UsageError("--learn-sites reads the input twice: give files, not -")
            error = learning_error(args)
            if error is not None:
                raise UsageError(error)
            if self.input_format == "text" and not args.site_field:
                raise UsageError("--learn-sites on text files needs --site-field (text files "
                                 "have only path and text; try --site-field path)")  # fmt: skip
        elif args.sites:
            try:
                self.sites = Sites.load(args.sites)
            except ProfileError as error:
                raise UsageError(str(error)) from None
        elif args.site_field:
            raise UsageError("--site-field goes with --sites FILE or --learn-sites")

    def _check_targets(self) -> None:
        """No file written may be an input or another written file; --stats can be written."""
        args = self.args
        inputs = {os.path.realpath(f.path) for f in self.files if f.path != "-"}
        targets = [t for t in (self.output, self.rejects, args.stats) if t and t != STDOUT]
        seen: set[str] = set()
        for target in targets:
            real = os.path.realpath(target)
            if real in inputs:
                raise UsageError(f"{target} is also an input; write somewhere else")
            if real in seen:
                raise UsageError(f"{target} is named for two outputs; give each its own name")
            seen.add(real)
        stats = Path(args.stats) if args.stats else None
        if stats is not None and (stats.is_dir() or not stats.parent.resolve().is_dir()):
            raise UsageError(f"--stats {args.stats}: not a file in an existing directory")
        if self.to_directory:
            directory = Path(os.path.realpath(self.output))
            sources = [Path(os.path.realpath(p)) for p in args.inputs if p != "-"]
            for source in sources:
                if (
                    directory == source
                    or directory.is_relative_to(source)
                    or (source.is_relative_to(directory))
                ):
                    raise UsageError(
                        f"-o {self.output} and the input {source} overlap; write elsewhere"
                    )
            names: dict[Path, str] = {}
            roots = [f for f in args.inputs if f != "-"]
            for item in self.files:
                target = relative_target(directory, _text_name(item.path), roots)
                if target in names:
                    raise UsageError(
                        f"{names[target]} and {item.path} would both be written to {target}"
                    )
                names[target] = item.path

    def _check_libraries(self) -> None:
        """Say now, before any work, that a format's optional library is missing."""
        if "parquet" in (self.input_format, self.output_format):
            pyarrow_parquet()
        paths = [f.path for f in self.files] + [self.output]
        if any(compression(path) == "zst" for path in paths if path != STDOUT):
            zstandard_module()

    def _output_format(self) -> str:
        args = self.args
        if self.to_directory:
            if self.input_format != "text" or (args.output_format or "text") != "text":
                raise UsageError("a directory output holds text files: the inputs must be text")
            return "text"
        if args.output_format:
            fmt: str = args.output_format
        elif self.output != STDOUT:
            try:
                fmt = detect_format(self.output)
            except FormatError as error:
                raise UsageError(str(error).replace("--format", "--output-format")) from error
        else:
            fmt = "jsonl" if self.input_format == "parquet" else self.input_format
        if fmt == "parquet" and self.output == STDOUT:
            raise UsageError("Parquet output needs a file: pass -o OUTPUT.parquet")
        if fmt == "text" and (len(self.files) != 1 or self.input_format != "text"):
            raise UsageError(
                "text output holds one document; give -o a directory (one file per input "
                "file), or write .jsonl, .csv or .parquet"
            )
        return fmt

    def _rejects_path(self) -> str | None:
        args = self.args
        if args.on_error != "skip":
            if args.rejects:
                raise UsageError("--rejects goes with --on-error skip")
            return None
        if args.rejects:
            return str(args.rejects)
        if self.output == STDOUT or self.to_directory:
            raise UsageError("--on-error skip with this output needs --rejects FILE")
        suffix = {"text": ".jsonl", "jsonl": ".jsonl", "csv": ".csv", "parquet": ".parquet"}
        stem = Path(self.output)  # clean.v1.jsonl.gz -> clean.v1.rejects.jsonl
        if compression(stem):
            stem = stem.with_suffix("")
        if stem.suffix.lower() in EXTENSIONS:
            stem = stem.with_suffix("")
        return f"{stem}.rejects{suffix[self.input_format]}"

    # -- running ----------------------------------------------------------------------

    def execute(self) -> Summary:
        args = self.args
        with contextlib.ExitStack() as stack:
            write = self._open_output(stack)
            reject = self._open_rejects(stack)
            total = sum(f.size for f in self.files)
            if args.learn_sites:
                args.site_field = args.site_field or "url"
                self.sites, self.learned = learn_files(self.files, args, label="learning")
                if not args.quiet:
                    print(f"newsclean: {self.learned.report()}", file=sys.stderr)
            progress = Progress(
                total,
                enabled=wants_bar(args.quiet),
                label="cleaning" if self.sites is not None else "",
            )
            stack.callback(progress.close)
            summary = run(
                read_records(self.files, field=args.field, decode_errors=args.decode_errors),
                write=write,
                reject=reject,
                pipeline=self.pipeline,
                field=args.field,
                language=args.language,
                shape=args.shape,
                removals=args.explain,
                metadata=args.metadata,
                on_error=args.on_error,
                error_field=args.error_field,
                jobs=args.jobs,
                progress=progress,
                sites=self.sites,
                site_field=args.site_field,
            )
            progress.close()
            for finish in self.finishers:
                finish()
        if args.stats:
            report = summary.to_dict()
            if self.learned is not None:
                report["learning"] = self.learned.to_dict()
            with AtomicFile(args.stats) as stats:
                stats.file.write(json.dumps(report, indent=2).encode() + b"\n")
                stats.commit()
        return summary

    def _open_output(self, stack: contextlib.ExitStack) -> Any:
        """Open the output; return the write function. Finishers commit at the end."""
        args = self.args
        if self.to_directory:
            directory = Path(self.output)
            directory.mkdir(parents=True, exist_ok=True)
            roots = [f for f in args.inputs if f != "-"]

            def write_file(record: dict[str, Any], source: Record) -> None:
                target = relative_target(directory, _text_name(str(record["path"])), roots)
                target.parent.mkdir(parents=True, exist_ok=True)
                with AtomicFile(target) as out:
                    if source.error is not None:  # --on-error keep: the file as it was
                        out.file.write(source.raw if isinstance(source.raw, bytes) else b"")
                    else:
                        writer = make_writer(out.file, "text", str(target), field=args.field)
                        writer.write(record)
                        writer.close()
                    out.commit()

            return write_file
        stream: IO[bytes]
        if self.output == STDOUT:
            stream = sys.stdout.buffer
            self.finishers.append(stream.flush)
        else:
            atomic = stack.enter_context(AtomicFile(self.output))
            stream = atomic.file
        schema = None
        if self.output_format == "parquet":
            types = added_types(
                removals=args.explain,
                metadata=args.metadata,
                error_field=args.error_field if args.on_error == "keep" else None,
                raw=args.on_error == "keep" and self.input_format != "parquet",
            )
            if self.input_format == "parquet" and self.files:
                schema = parquet_schema(self.files[0].path)
        else:
            types = None
        keep = [args.error_field, "raw"] if args.on_error == "keep" else []
        writer = make_writer(
            stream,
            self.output_format,
            self.output,
            field=args.field,
            schema=schema,
            types=types,
            extra=keep,
        )
        self.finishers.append(writer.close)
        if self.output != STDOUT:
            self.finishers.append(atomic.commit)
        return lambda record, source: writer.write(record)

    def _open_rejects(self, stack: contextlib.ExitStack) -> Any:
        if self.rejects is None:
            return None
        atomic = stack.enter_context(AtomicFile(self.rejects))
        first = self.files[0] if self.files else InputFile("-", "text")
        schema = parquet_schema(first.path) if self.input_format == "parquet" else None
        writer = RawWriter(atomic.file, schema=schema)

        def reject(record: Record) -> None:
            if self.input_format == "text":  # the file stays where it is; list it
                line = {"path": record.source, "error": record.error}
                writer.write_raw(json.dumps(line, ensure_ascii=False).encode() + b"\n")
            else:
                writer.write_raw(record.raw, record.header)

        self.finishers.extend([writer.close, atomic.commit])
        return reject
