"""Speed of ``newsclean.clean`` per shape of text: MB/s and the ratio to a regex floor.

Every set of texts is cleaned by each method in turn, round after round (the methods
interleaved, so a busy machine slows them alike); each method's figure is the median of
its rounds, and each ratio the median of the rounds' ratios, measured side by side.

Methods:

* ``clean``: ``newsclean.clean(text)``, the default pipeline;
* ``floor``: split the lines and run one compiled regular expression on each (a
  case-insensitive alternation of common furniture phrases, matched at each line start):
  the least any line-based cleaner must do;
* ``c4``: datatrove's C4 quality filter (``C4QualityFilter``, its defaults: sentences
  split with a tokenizer), where datatrove and spaCy are installed.

Sets (the development pages of ``tools/devdata.py`` where ``../shared`` is beside the
checkout, at most ``--limit`` pages each, chosen by a hash of their names):

* ``mixed``: extracted text, newspaper's extraction (``newspaper-snapshots``) and raw page
  text, in equal numbers;
* ``page``, ``wrapped``, ``markdown``, ``extracted``: one shape each;
* ``short-lines``: one text of 2,000 short furniture-like lines (made here);
* ``corpus``: the golden corpus's cases (always there).

    python benchmarks/speed.py [--limit 150] [--rounds 5] [--sets mixed,short-lines] [--json]
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

import regex

import newsclean
from newsclean.evaluate import load_cases

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SNAPSHOTS = SHARED / "newspaper-snapshots" / "text"
SHAPES = ("page", "wrapped", "markdown", "extracted")
SETS = ("mixed", *SHAPES, "short-lines", "corpus")

FLOOR = regex.compile(
    r"^\s*(?:by\s|share|advertisement|read more|also read|related|subscribe|sign up|"
    r"follow us|tags:|\d+\s+min|posted|updated|published|©|copyright|leave a reply|comments)",
    regex.IGNORECASE,
)


def floor_pass(text: str) -> int:
    """One compiled-regex match per line: the floor newsclean is compared with."""
    return sum(1 for line in text.splitlines() if FLOOR.match(line))


def _c4() -> Callable[[str], object] | None:
    """datatrove's C4 filter as a function of a text, or ``None`` where it cannot run."""
    try:
        from datatrove.data import Document
        from datatrove.pipeline.filters import C4QualityFilter

        c4 = C4QualityFilter()
        c4.filter(Document(text="A first test sentence.\nAnd a second one here.", id="0"))
    except Exception:  # not installed, or its tokenizer is missing
        return None

    def run(text: str) -> object:
        return c4.filter(Document(text=text, id="0"))

    return run


def _chosen(names: Sequence[tuple[str, str]], limit: int) -> list[str]:
    """At most ``limit`` texts of ``(name, text)``, chosen by a hash of their names."""
    ranked = sorted(names, key=lambda item: hashlib.sha256(item[0].encode()).hexdigest())
    return [text for _, text in ranked[:limit] if text.strip()]


def short_lines(count: int = 2000) -> str:
    """A text of ``count`` short furniture-like lines: menus, buttons, stamps, teasers."""
    words = ("Home", "News", "Sport", "Business", "Opinion", "Culture", "Weather", "Video")
    forms = (
        "{w}",
        "Share on {w}",
        "Read more",
        "Posted {n} hours ago",
        "{n} min read",
        "More from {w}",
        "{w} | {v} | Contact",
        "Photo: {w} Agency",
        "Updated {n} March 2025",
        "Comments ({n})",
    )
    lines = [
        forms[i % len(forms)].format(w=words[i % 8], v=words[(i * 3) % 8], n=i % 59 + 1)
        for i in range(count)
    ]
    return "\n".join(lines) + "\n"


def texts(limit: int) -> dict[str, list[str]]:
    """The benchmark's sets of texts, by name (the development sets where present)."""
    found: dict[str, list[str]] = {
        "short-lines": [short_lines()],
        "corpus": [case.raw for case in load_cases(ROOT / "corpus") if case.raw.strip()],
    }
    if not SHARED.is_dir():
        return found
    sys.path.insert(0, str(ROOT / "tools"))
    import devdata

    pages = devdata.load()
    for shape in SHAPES:
        found[shape] = _chosen([(p.name, p.shapes.get(shape) or "") for p in pages], limit)
    snapshots = [
        (p.name, p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted(SNAPSHOTS.glob("*.txt"))
    ]
    third = max(limit // 3, 1)
    found["mixed"] = (
        _chosen([(p.name, p.shapes.get("extracted") or "") for p in pages], third)
        + _chosen(snapshots, third)
        + _chosen([(p.name, p.shapes.get("page") or "") for p in pages], third)
    )
    return found


def _time(function: Callable[[str], object], documents: Sequence[str]) -> float:
    start = time.perf_counter()
    for document in documents:
        function(document)
    return time.perf_counter() - start


def measure(
    documents: Sequence[str], methods: dict[str, Callable[[str], object]], rounds: int
) -> dict[str, object]:
    """Time each method on ``documents`` for ``rounds`` interleaved rounds."""
    seconds: dict[str, list[float]] = {name: [] for name in methods}
    for _ in range(rounds):
        for name, function in methods.items():
            seconds[name].append(_time(function, documents))
    megabytes = sum(len(d.encode("utf-8")) for d in documents) / 1e6
    result: dict[str, object] = {"texts": len(documents), "megabytes": round(megabytes, 3)}
    for name, values in seconds.items():
        result[f"{name}_mb_s"] = round(megabytes / statistics.median(values), 3)
    for name in methods:
        if name == "clean":
            continue
        ratios = [c / o for c, o in zip(seconds["clean"], seconds[name], strict=True)]
        # How many times the other method's time clean() takes (below 1: clean is faster).
        result[f"clean_over_{name}"] = round(statistics.median(ratios), 2)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=150, help="texts per set (default 150)")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved rounds (default 5)")
    parser.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    found = texts(args.limit)
    methods: dict[str, Callable[[str], object]] = {
        "clean": newsclean.clean,
        "floor": floor_pass,
    }
    c4 = _c4()
    if c4 is not None:
        methods["c4"] = c4
    for text in found["corpus"][:20]:
        newsclean.clean(text)  # import-time work out of the measurement
    results = {}
    for name in args.sets.split(","):
        if name not in found:
            print(f"{name}: no texts here (needs ../shared)", file=sys.stderr)
            continue
        results[name] = measure(found[name], methods, args.rounds)
        if not args.json:
            row = "  ".join(f"{k} {v}" for k, v in results[name].items())
            print(f"{name:>12}: {row}", flush=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
