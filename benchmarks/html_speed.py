"""Speed of ``newsclean.clean_html`` against ``trafilatura.extract`` on the same pages.

Pages: the HTML of the development sets in ``../shared/data`` (dragnet, cleaneval-dev,
trafilatura-eval, readability-pages), at most ``--limit``, chosen by a hash of their
names. Each round times every method on every page, the methods interleaved; the figure
is the median of the rounds, and the ratio the median of the rounds' ratios. Within a
round each page goes through every method back to back, so that the machine's drift
weighs on every method alike.

* ``trafilatura``: ``trafilatura.extract(html, **newsclean.html.EXTRACTION)``, the same
  settings newsclean extracts with;
* ``clean_html``: ``newsclean.clean_html(html)``: that extraction, then the cleaners;
* ``explain_html``: the same with the removals and the page's metadata (trafilatura's
  metadata extraction included).

    python benchmarks/html_speed.py [--limit 200] [--rounds 3] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import trafilatura

import newsclean
from newsclean.html import EXTRACTION

ROOT = Path(__file__).resolve().parent.parent


def pages(limit: int) -> list[str]:
    """Up to ``limit`` development pages' HTML, chosen by a hash of their names."""
    sys.path.insert(0, str(ROOT / "tools"))
    import devdata

    found = [(f"{s['set']}/{s['name']}", s["html"]) for s in devdata._sources()]
    found.sort(key=lambda item: hashlib.sha256(item[0].encode()).hexdigest())
    return [html for _, html in found[:limit]]


def _extract(html: str) -> object:
    return trafilatura.extract(html, **EXTRACTION)  # type: ignore[arg-type]


def _round(
    methods: dict[str, Callable[[str], object]], documents: Sequence[str]
) -> dict[str, float]:
    """One round: each page through every method back to back (the order turning from
    page to page), so that a machine's drift weighs on every method alike."""
    seconds = dict.fromkeys(methods, 0.0)
    names = list(methods)
    for i, document in enumerate(documents):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            start = time.perf_counter()
            methods[name](document)
            seconds[name] += time.perf_counter() - start
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    documents = pages(args.limit)
    methods: dict[str, Callable[[str], object]] = {
        "trafilatura": _extract,
        "clean_html": newsclean.clean_html,
        "explain_html": newsclean.explain_html,
    }
    for function in methods.values():
        function(documents[0])  # import-time work out of the measurement
    seconds: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(args.rounds):
        for name, spent in _round(methods, documents).items():
            seconds[name].append(spent)
    result: dict[str, object] = {"pages": len(documents)}
    for name, values in seconds.items():
        result[f"{name}_ms_per_page"] = round(1000 * statistics.median(values) / len(documents), 2)
    for name in ("clean_html", "explain_html"):
        ratios = [a / b for a, b in zip(seconds[name], seconds["trafilatura"], strict=True)]
        result[f"{name}_over_trafilatura"] = round(statistics.median(ratios), 3)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>32}: {value}")


if __name__ == "__main__":
    main()
