"""The command line.

Commands::

    newsclean clean INPUT... [-o OUTPUT]   # many documents: text, JSONL, CSV, Parquet
    newsclean learn INPUT... -o SITES      # each site's furniture, learned from its pages
    newsclean site show SITES [SITE]       # what a sites file learned
    newsclean explain PAGE                 # the text with every removal marked
    newsclean eval CORPUS                  # precision and recall on a golden corpus
    newsclean PAGE [--explain] [--json]    # one page: the story (or what went and why)

Exit codes: 0 done; 1 an input or output failed; 2 wrong usage, or a bad record
stopped a batch run; 130 interrupted; 141 standard output closed early.
"""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
from collections.abc import Callable, Sequence

from newsclean import __version__


def _clean(argv: Sequence[str]) -> int:
    from newsclean.cli.clean import main

    return main(argv)


def _explain(argv: Sequence[str]) -> int:
    from newsclean.cli.explain import main

    return main(argv)


def _eval(argv: Sequence[str]) -> int:
    from newsclean.evaluate import main

    return main(argv, prog="newsclean eval")


def _learn(argv: Sequence[str]) -> int:
    from newsclean.cli.learn import main

    return main(argv)


def _site(argv: Sequence[str]) -> int:
    from newsclean.cli.site import main

    return main(argv)


def _page(argv: Sequence[str]) -> int:
    from newsclean.cli.page import main

    return main(argv)


COMMANDS: dict[str, Callable[[Sequence[str]], int]] = {
    "clean": _clean,
    "learn": _learn,
    "site": _site,
    "explain": _explain,
    "eval": _eval,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        usage = __doc__.split("\n\n", 1)[1].replace("Commands::", "Commands:")
        print(f"newsclean {__version__}: the text of a scraped news page in, the story out.\n")
        print(usage.strip())
        print("\nnewsclean COMMAND --help for a command's options.")
        return 0 if args else 2
    if argv is None and hasattr(signal, "SIGUSR1"):
        # A run that seems stuck says where it is: ``kill -USR1 PID`` prints every
        # thread's stack on standard error, and the run goes on.
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    try:
        code = COMMANDS[args[0]](args[1:]) if args[0] in COMMANDS else _page(args)
        sys.stdout.flush()  # a closed reader shows here, not in the interpreter's exit
        return code
    except KeyboardInterrupt:  # before a command's own handling starts (or after it ends)
        print("\nnewsclean: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader went away (| head): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
