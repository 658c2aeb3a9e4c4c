"""Clean the speed benchmark's texts N times in one process: a whole-process workload.

    python benchmarks/clean_loop.py [N]

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
    texts = speed.texts()
    for _ in range(rounds):
        for text in texts:
            newsclean.clean(text)


if __name__ == "__main__":
    main()
