"""Two designs of a line-rule pre-screen, measured against the line rules as they run.

The line rules (``newsclean.cleaners.base.LineRules``) match each block's text against
one whole-line pattern per zone of each cleaner. A pre-screen would tell, in one pass,
which blocks any pattern can match, so that only those run the patterns. This script
measures, on the blocks of the speed benchmark's ``mixed`` set:

* ``separate``: every zone pattern of every line-rule cleaner, one after another (what
  runs now, before the per-text memo);
* ``combined``: one ``regex`` alternation of every rule (exact: it matches a block when
  any rule does);
* ``hyperscan``: Intel's multi-pattern matcher in prefilter mode (a superset of each
  pattern where the pattern uses what it cannot compile), where ``hyperscan`` is
  installed; its false positives would still need the ``regex`` match.

    python benchmarks/prescreen.py
"""

from __future__ import annotations

import gc
import re
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed

import newsclean  # noqa: F401  (builds the default cleaners' line rules)
from newsclean.cleaners.base import LineRules
from newsclean.document import Document
from newsclean.rules import LINE_PREFIX


def _hyperscan_form(pattern: str) -> str:
    r"""``\uXXXX`` as hyperscan writes it (``\x{XXXX}``)."""
    return re.sub(r"\\u([0-9A-Fa-f]{4})", r"\\x{\1}", pattern)


def main() -> None:
    rules = [o for o in gc.get_objects() if isinstance(o, LineRules)]
    patterns = [pattern for r in rules for pattern, _, _ in r._zones.values()]
    bodies = [
        member.pattern for r in rules for _, members, _ in r._zones.values() for member in members
    ]
    combined = regex.compile(
        LINE_PREFIX + "(?:" + "|".join(f"(?:{b})" for b in bodies) + r")[\s:|»›>.…]*$",
        regex.IGNORECASE,
    )
    blocks = [
        block.stripped
        for text in speed.texts(150)["mixed"]
        for block in Document(text).content
        if len(block.stripped) <= 300
    ]
    print(f"{len(rules)} line-rule sets, {len(patterns)} zone patterns, {len(bodies)} rules, "
          f"{len(blocks)} blocks")  # fmt: skip
    start = time.perf_counter()
    separate = [any(p.match(b) for p in patterns) for b in blocks]
    middle = time.perf_counter()
    together = [combined.match(b) is not None for b in blocks]
    end = time.perf_counter()
    assert separate == together, "the combined pattern must match where a rule does"
    print(f"separate: {middle - start:.3f} s, combined: {end - middle:.3f} s "
          f"({sum(separate)} blocks matched)")  # fmt: skip
    try:
        import hyperscan  # type: ignore[import-not-found]
    except ImportError:
        print("hyperscan: not installed")
        return
    flags = (
        hyperscan.HS_FLAG_CASELESS
        | hyperscan.HS_FLAG_UTF8
        | hyperscan.HS_FLAG_UCP
        | hyperscan.HS_FLAG_SINGLEMATCH
        | hyperscan.HS_FLAG_PREFILTER
    )
    compiled, refused = [], []
    for index, pattern in enumerate(patterns):
        try:
            hyperscan.Database().compile(
                expressions=[_hyperscan_form(pattern.pattern).encode()], ids=[0], elements=1,
                flags=[flags],
            )  # fmt: skip
            compiled.append(index)
        except hyperscan.error as error:
            refused.append(f"pattern {index}: {error}")
    print(f"hyperscan compiles {len(compiled)} of {len(patterns)} zone patterns; "
          f"refused: {'; '.join(refused) or 'none'}")  # fmt: skip
    if not compiled:
        return
    database = hyperscan.Database()
    database.compile(
        expressions=[_hyperscan_form(patterns[i].pattern).encode() for i in compiled],
        ids=list(range(len(compiled))), elements=len(compiled), flags=[flags] * len(compiled),
    )  # fmt: skip

    def hit(number: int, first: int, last: int, flags: int, found: list[int]) -> None:
        found.append(number)

    start = time.perf_counter()
    flagged = []
    for block in blocks:
        found: list[int] = []
        database.scan(block.encode("utf-8"), match_event_handler=hit, context=found)
        flagged.append(set(found))
    middle = time.perf_counter()
    exact = [{j for j, i in enumerate(compiled) if patterns[i].match(b)} for b in blocks]
    end = time.perf_counter()
    missed = sum(1 for f, e in zip(flagged, exact, strict=True) if not e <= f)
    extra = sum(len(f - e) for f, e in zip(flagged, exact, strict=True))
    true = sum(len(e) for e in exact)
    print(f"those {len(compiled)}: regex {end - middle:.3f} s, hyperscan {middle - start:.3f} s; "
          f"hyperscan flags {true + extra} block-pattern pairs for {true} true matches "
          f"({missed} missed)")  # fmt: skip


if __name__ == "__main__":
    main()
