"""How clean()'s time grows with a document's size: 0.5 MB against 5 MB of the same page.

    python benchmarks/scaling.py [--rounds 3]

Prints the best time of each size over the rounds and their ratio: about 10 means linear.
"""

from __future__ import annotations

import argparse
import time

import newsclean

STORY = "Rain closed the coast road on Monday, the council said."
PAGE = "\n\n".join(["Headline", STORY * 3, "Share this article", STORY, "Advertisement"]) + "\n\n"


def best_time(text: str, rounds: int) -> float:
    """The best of ``rounds`` wall-clock times of ``newsclean.clean(text)``, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        newsclean.clean(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    small = PAGE * 2000
    times = {}
    for name, text in (("1x", small), ("10x", small * 10)):
        times[name] = best_time(text, args.rounds)
        print(f"{name:4} {len(text) / 1e6:6.2f} MB  {times[name]:7.2f} s")
    print(f"ratio 10x / 1x: {times['10x'] / times['1x']:.1f} (10 is linear)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
