"""Clean the speed benchmark's texts N times in one process: a whole-process workload.

    python benchmarks/clean_loop.py [N] [SET]

``SET`` is one of the speed benchmark's sets (default ``mixed``, or ``corpus`` where
``../shared`` is not beside the checkout).

Time it as a whole process, start-up included, to compare two versions on the same texts,
for instance with hyperfine, one version's ``src`` on ``PYTHONPATH`` for each command::

    hyperfine 'PYTHONPATH=../old/src python benchmarks/clean_loop.py 6' \\
              'python benchmarks/clean_loop.py 6'
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed

import newsclean


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    name = sys.argv[2] if len(sys.argv) > 2 else "mixed"
    found = speed.texts(150)
    texts = found.get(name, found["corpus"])
    for _ in range(rounds):
        for text in texts:
            newsclean.clean(text)


if __name__ == "__main__":
    main()
