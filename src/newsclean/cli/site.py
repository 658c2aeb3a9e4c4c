"""``newsclean site show SITES.json [SITE]``: what the profiles in a sites file learned."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsclean.cli.options import EXIT_INPUT, EXIT_OK, EXIT_USAGE
from newsclean.sites import ProfileError, Sites, site_key


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean site",
        description="Show what a sites file (newsclean learn -o FILE) learned.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("show", help="print each site's furniture with page counts")
    show.add_argument("sites", metavar="SITES", help="a sites file made by newsclean learn")
    show.add_argument("site", nargs="?", metavar="SITE", help="one site (host) to show")
    show.add_argument("--limit", type=int, default=40,
                      help="blocks shown per site (0: all; default: %(default)s)")  # fmt: skip
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``newsclean site``; return the exit code."""
    args = make_parser().parse_args(argv)
    try:
        sites = Sites.load(args.sites)
    except ProfileError as error:
        print(f"newsclean: {error}", file=sys.stderr)
        return EXIT_INPUT
    limit = args.limit or None
    if args.site is None:
        print(sites.describe(limit))
        return EXIT_OK
    key = site_key(args.site) or args.site
    if key not in sites:
        known = ", ".join(list(sites)[:10]) + (" ..." if len(sites) > 10 else "")
        print(f"newsclean: {args.sites} has no site {args.site!r}; it has {known}", file=sys.stderr)
        return EXIT_USAGE
    print(sites[key].describe(limit))
    return EXIT_OK
