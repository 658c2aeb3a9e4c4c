"""Speed of ``newsclean.clean``: documents/s, MB/s, and the ratio to a regex floor.

The floor is one compiled-regex pass per line over the same texts (a single
case-insensitive alternation of common furniture phrases, matched at every line
start): the least any line-based cleaner must do. The issue's aim is at most 5x it.

Texts: the golden corpus cases and, where ``../shared`` is beside the checkout, the
newspaper snapshots' text (real extractor output); repeated to reach ``--documents``.

    python benchmarks/speed.py [--documents 20000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import regex

import newsclean
from newsclean.evaluate import load_cases

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT.parent / "shared" / "data" / "newspaper-snapshots" / "text"

FLOOR = regex.compile(
    r"^\s*(?:by\s|share|advertisement|read more|also read|related|subscribe|sign up|"
    r"follow us|tags:|\d+\s+min|posted|updated|published|©|copyright|leave a reply|comments)",
    regex.IGNORECASE,
)


def texts() -> list[str]:
    """The benchmark's documents: corpus cases, plus the real snapshots when present."""
    found = [case.raw for case in load_cases(ROOT / "corpus")]
    if SNAPSHOTS.is_dir():
        found += [
            p.read_text(encoding="utf-8", errors="replace") for p in sorted(SNAPSHOTS.glob("*.txt"))
        ]
    return [t for t in found if t.strip()]


def floor_pass(text: str) -> int:
    """One compiled-regex match per line: the floor newsclean is compared with."""
    return sum(1 for line in text.splitlines() if FLOOR.match(line))


def best_of(repeat: int, function, documents: list[str]) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for document in documents:
            function(document)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    base = texts()
    documents = (base * (args.documents // len(base) + 1))[: args.documents]
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    newsclean.clean(documents[0])  # import-time work out of the measurement
    clean_s = best_of(args.repeat, newsclean.clean, documents)
    floor_s = best_of(args.repeat, floor_pass, documents)
    result = {
        "documents": len(documents),
        "distinct_documents": len(base),
        "megabytes": round(megabytes, 2),
        "clean_seconds": round(clean_s, 3),
        "documents_per_second": round(len(documents) / clean_s),
        "megabytes_per_second": round(megabytes / clean_s, 2),
        "floor_seconds": round(floor_s, 3),
        "ratio_to_floor": round(clean_s / floor_s, 2),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    for key, value in result.items():
        print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
