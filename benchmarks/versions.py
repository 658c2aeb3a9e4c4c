"""Two versions of newsclean side by side in one process: the ratio of their times.

Loads this checkout's ``src`` and another version's (a ``src`` folder: ``git worktree
add ../old REV`` or ``git archive REV | tar -x -C ../old``, then ``../old/src``) into one
process, and times ``clean`` (and building a ``Document``, where the text is first read)
on the speed benchmark's sets, the two versions in turn on each text, round after round.
Each ratio (this version's CPU time over the other's) is the median of the rounds'
ratios: taken text by text, it holds when the machine's speed drifts, which whole-process
timings on a shared machine do not.

    python benchmarks/versions.py ../old/src [--sets mixed,page] [--limit 150] [--rounds 5]
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

#: The modules of a version imported up front (the others are imported on first use, by
#: the version whose modules are in place).
_MODULES = ("document", "pipeline", "story", "furniture", "guard", "prose", "shapes", "ledger")


def _ours(name: str) -> bool:
    return name == "newsclean" or name.startswith("newsclean.")


def _load(src: Path) -> dict[str, ModuleType]:
    """Import newsclean from ``src``; return its modules, leaving none in ``sys.modules``."""
    for name in [n for n in sys.modules if _ours(n)]:
        del sys.modules[name]
    sys.path.insert(0, str(src))
    try:
        importlib.import_module("newsclean")
        for name in _MODULES:
            if (src / "newsclean" / f"{name}.py").exists():  # an older version may lack it
                importlib.import_module(f"newsclean.{name}")
    finally:
        sys.path.remove(str(src))
    loaded = {n: m for n, m in sys.modules.items() if _ours(n)}
    for name in loaded:
        del sys.modules[name]
    return loaded


def _use(modules: dict[str, ModuleType]) -> None:
    """Put one version's modules in place (a function importing at run time finds them)."""
    for name in [n for n in sys.modules if _ours(n)]:
        del sys.modules[name]
    sys.modules.update(modules)


def _pair(
    works: tuple[Callable[[str], object], Callable[[str], object]],
    versions: tuple[dict[str, ModuleType], dict[str, ModuleType]],
    texts: Sequence[str],
) -> tuple[float, float]:
    """CPU seconds of each version's work over ``texts``, the two timed text by text in
    turn (the first version first on even texts, second on odd ones): a drift in the
    machine's speed falls on both alike."""
    spent = [0.0, 0.0]
    for i, text in enumerate(texts):
        for k in (0, 1) if i % 2 == 0 else (1, 0):
            _use(versions[k])
            start = time.process_time()
            works[k](text)
            spent[k] += time.process_time() - start
    return spent[0], spent[1]


def _spread(ratios: Sequence[float]) -> str:
    return f"{statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("other", type=Path, help="the other version's src folder")
    parser.add_argument("--sets", default="mixed,page,wrapped,markdown,extracted")
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    if not (args.other / "newsclean" / "__init__.py").is_file():
        parser.error(f"{args.other} holds no newsclean package")
    this, other = _load(ROOT / "src"), _load(args.other)

    _use(this)
    import speed  # the benchmark's texts (its own import of newsclean is this version's)

    texts = speed.texts(args.limit)
    print("set: this version's time over the other's, median of the rounds (min-max)")
    for name in args.sets.split(","):
        documents = texts.get(name)
        if not documents:
            print(f"{name:>11}: no texts")
            continue
        versions = (this, other)
        clean = (this["newsclean"].clean, other["newsclean"].clean)
        build = (this["newsclean.document"].Document, other["newsclean.document"].Document)
        _pair(clean, versions, documents)  # warm up: per-language rules, indexes, stoplists
        cleans, builds = [], []
        for _ in range(args.rounds):
            ours, theirs = _pair(clean, versions, documents)
            cleans.append(ours / theirs)
            built = _pair(build, versions, documents)
            builds.append(built[0] / built[1])
        print(
            f"{name:>11}: clean {_spread(cleans)}  Document {_spread(builds)}"
            f"  [{len(documents)} texts; last round clean {ours:.2f} s against {theirs:.2f} s]"
        )
    _use(this)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
