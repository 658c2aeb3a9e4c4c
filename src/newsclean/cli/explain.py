"""``newsclean explain FILE``: the text with every removed span marked and labelled.

Without colour a removal reads ``[-Share this article-]{promotions}``; in a terminal the
removed text is struck through in red and the cleaner's name follows it, dimmed. A
replacement made by a repair shows as ``{+text+}`` (green). After the text come the
counts per cleaner and the captured metadata.

>>> from newsclean import explain
>>> text = "By Ann Lee\\nRain fell.\\nShare this article"
>>> print(mark_removals(text, explain(text), colour=False))
[-By Ann Lee-]{bylines}
Rain fell.
[-Share this article-]{promotions}
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from newsclean.cli.options import EXIT_INPUT, EXIT_OK, add_decode_option, add_pipeline_options
from newsclean.cli.page import InputError, explain_file, format_metadata
from newsclean.html import PageError
from newsclean.records import Cleaned

STRUCK = "\x1b[9;31m"
LABEL = "\x1b[2;33m"
ADDED = "\x1b[32m"
RESET = "\x1b[0m"


def mark_removals(text: str, cleaned: Cleaned, *, colour: bool) -> str:
    """Return ``text`` with each removal marked in place and labelled by its cleaner."""
    pieces: list[str] = []
    position = 0
    for removal in cleaned.removals:
        pieces.append(text[position : removal.start])
        body = removal.text.rstrip("\r\n")
        ending = removal.text[len(body) :]
        if body:
            pieces.append(_struck(body, removal.cleaner, colour))
        if removal.replacement:
            added = removal.replacement
            pieces.append(f"{ADDED}{{+{added}+}}{RESET}" if colour else f"{{+{added}+}}")
        pieces.append(ending)
        position = removal.end
    pieces.append(text[position:])
    return "".join(pieces)


def _struck(body: str, cleaner: str, colour: bool) -> str:
    if not colour:
        return f"[-{body}-]{{{cleaner}}}"
    # Colour each line on its own, so pagers and terminals never carry it across lines.
    lines = body.split("\n")
    marked = "\n".join(f"{STRUCK}{line}{RESET}" if line else "" for line in lines)
    return f"{marked} {LABEL}{cleaner}{RESET}"


def use_colour(choice: str) -> bool:
    """``always``, ``never``, or ``auto``: a terminal, unless ``NO_COLOR`` is set."""
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean explain",
        description="Show a page's text with every removal marked and labelled by its cleaner.",
    )
    parser.add_argument("input", help="a UTF-8 text file or HTML page, or - for standard input")
    parser.add_argument(
        "--html",
        action="store_true",
        help="the input is an HTML page (implied by .html/.htm): extract with trafilatura first",
    )
    parser.add_argument(
        "--color",
        "--colour",
        choices=["auto", "always", "never"],
        default="auto",
        help="colour the marks (default: auto, when standard output is a terminal and "
        "NO_COLOR is unset)",
    )
    add_pipeline_options(parser, pipeline_option=False)
    add_decode_option(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean explain``; return the exit code."""
    parser = make_parser()
    args = parser.parse_args(argv)
    try:
        text, cleaned, _, header = explain_file(args)
    except ValueError as error:
        parser.error(str(error))
    except (InputError, PageError) as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return EXIT_INPUT
    colour = use_colour(args.color)
    if header:
        print(header)
    marked = mark_removals(text, cleaned, colour=colour)
    sys.stdout.write(marked if marked.endswith("\n") or not marked else marked + "\n")
    counts = cleaned.by_cleaner()
    summary = ", ".join(f"{name} {count}" for name, count in counts.items()) or "nothing"
    print(f"-- shape: {cleaned.shape}")
    print(f"-- removed {len(cleaned.removals)} span(s): {summary}")
    for refusal in cleaned.refused:
        first = refusal.text.strip().split("\n", 1)[0][:60]
        print(f"-- refused: {refusal.cleaner} ({refusal.rule}) {first!r}: {refusal.guard}")
    print(f"-- {format_metadata(cleaned)}")
    return EXIT_OK
