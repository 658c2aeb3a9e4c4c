"""What the families' vocabularies remove, by language: the figures of the vocabulary issue.

    python benchmarks/vocabulary.py [--json FILE]

1. The golden corpus, per language: of the lines each case lists as furniture, how many
   ``clean`` removes, and how many of those by a family's words (rule ids ``*_words``,
   :mod:`newsclean.furniture`); and the content lines kept.
2. trafilatura-eval, trafilatura's text (``tools/devdata.py``), per half and split into
   the language held out of fitting (``rules/furniture.json`` names it) and the fitted
   languages: ``without`` segments left by trafilatura that ``clean`` removes, the share
   removed by a family's words, and ``with`` segments lost.

Needs ``../shared/data`` for part 2 (skipped with a message when absent).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import newsclean  # noqa: E402
from newsclean.apply import apply_removals  # noqa: E402
from newsclean.evaluate import load_case  # noqa: E402
from newsclean.furniture import judge  # noqa: E402


def _by_words(original: str, cleaned: newsclean.Cleaned) -> str:
    """``original`` with every removal applied but those made by a family's words."""
    return apply_removals(original, [r for r in cleaned.removals if not r.rule.endswith("_words")])


def corpus() -> dict[str, dict[str, int]]:
    rows: dict[str, Counter[str]] = {}
    for path in sorted((ROOT / "corpus" / "cases").glob("*.json")):
        case = load_case(path)
        cleaned = newsclean.explain(case.raw)
        out = set(cleaned.text.split("\n"))
        words = {r.text.strip() for r in cleaned.removals if r.rule.endswith("_words")}
        row = rows.setdefault(case.language, Counter())
        furniture = {line.strip() for lines in case.removed.values() for line in lines}
        for line in case.raw.split("\n"):
            text = line.strip()
            if not text:
                continue
            if text in furniture:
                row["furniture"] += 1
                row["removed"] += line not in out
                row["by_words"] += text in words
            else:
                row["content"] += 1
                row["content_kept"] += line in out
    return {language: dict(row) for language, row in sorted(rows.items())}


def trafilatura(held_out: str) -> dict[str, Any]:
    import devdata
    import scoring

    if not devdata.DATA.is_dir():
        return {}
    names = {"de": "German", "fr": "French", "es": "Spanish", "pl": "Polish", "nl": "Dutch"}
    held = names.get(held_out, held_out)
    rows: dict[str, Counter[str]] = {}
    for page in devdata.load(("trafilatura",)):
        text = page.shapes["extracted"]
        group = "held-out" if scoring.justext_language(text) == held else "fitted"
        cleaned = newsclean.explain(text)
        base, out = scoring.norm(text), scoring.norm(cleaned.text)
        without_words = scoring.norm(_by_words(text, cleaned))
        row = rows.setdefault(f"{page.half} {group}", Counter())
        row["pages"] += 1
        for segment in page.without:
            flat = scoring.norm(segment)
            if flat and flat in base:
                row["leaked"] += 1
                row["removed"] += flat not in out
                row["by_words"] += flat not in out and flat in without_words
        for segment in page.with_:
            flat = scoring.norm(segment)
            if flat and flat in base:
                row["with"] += 1
                row["with_lost"] += flat not in out
    return {"held_out": held, **{key: dict(row) for key, row in sorted(rows.items())}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    args = parser.parse_args()
    held_out = judge().notes.get("held_out_language", "de")
    results = {"corpus": corpus(), "trafilatura": trafilatura(held_out)}
    print("corpus: language, furniture lines removed (by words) / listed, content lines unchanged")
    for language, row in results["corpus"].items():
        print(f"  {language}  {row.get('removed', 0):3d} ({row.get('by_words', 0):3d}) / "
              f"{row.get('furniture', 0):3d}   content {row.get('content_kept', 0)}/"
              f"{row.get('content', 0)}")  # fmt: skip
    if results["trafilatura"]:
        print(f"trafilatura-eval, trafilatura's text (held-out language: "
              f"{results['trafilatura']['held_out']})")  # fmt: skip
        for key, row in results["trafilatura"].items():
            if key == "held_out":
                continue
            print(f"  {key:16s} pages {row['pages']:3d}  without removed "
                  f"{row.get('removed', 0)}/{row.get('leaked', 0)} (by words "
                  f"{row.get('by_words', 0)})  with lost {row.get('with_lost', 0)}/"
                  f"{row.get('with', 0)}")  # fmt: skip
    else:
        print("no ../shared/data: trafilatura-eval skipped")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
