"""Quality on the development data in ``../shared/data``: the figures of docs/quality.md.

    python benchmarks/quality.py [--write docs/quality-table.md] [--limit N]

* ``trafilatura-eval``: trafilatura alone (its evaluation settings) against the pages'
  ``with`` / ``without`` segments; the same text cleaned with ``newsclean.clean``
  (``without`` segments removed, ``with`` segments lost); ``newsclean.clean_html``.
* ``readability-pages``: for pages whose expected metadata has a byline, whether the
  authors newsclean captures match it, and whether the byline is gone from the text.
* ``newspaper-snapshots``: what the cleaners remove from an older extractor's text.

Exits 0 with a message when ``../shared/data`` is absent (a user's machine).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import regex

import newsclean
from newsclean.html import EXTRACTION, explain_html

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
_SPACE = regex.compile(r"\s+")


def norm(text: str) -> str:
    """Whitespace-normalise, as the trafilatura evaluation does."""
    return _SPACE.sub(" ", text).strip()


def score(text: str, page: dict[str, Any]) -> tuple[int, int, int]:
    """Return (true positives, false negatives, false positives) of one page's text."""
    flat = norm(text)
    tp = sum(norm(s) in flat for s in page["with"])
    fp = sum(norm(s) in flat for s in page["without"])
    return tp, len(page["with"]) - tp, fp


def prf(tp: int, fn: int, fp: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def trafilatura_eval(limit: int | None) -> dict[str, Any]:
    import trafilatura

    folder = DATA / "trafilatura-eval"
    pages = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    items = list(pages.items())[:limit]
    base = Counter[str]()
    cleaned = Counter[str]()
    html = Counter[str]()
    lost: list[str] = []
    for _, page in items:
        with gzip.open(folder / "html" / (page["file"] + ".gz")) as handle:
            raw = handle.read()
        try:
            source: str | bytes = raw.decode("utf-8")
        except UnicodeDecodeError:
            source = raw
        extracted = (
            trafilatura.extract(
                source,
                fast=False,
                include_comments=False,
                include_tables=True,
                include_formatting=False,
            )
            or ""
        )
        for counter, text in (
            (base, extracted),
            (cleaned, newsclean.clean(extracted)),
            (html, newsclean.clean_html(raw)),
        ):
            tp, fn, fp = score(text, page)
            counter.update(tp=tp, fn=fn, fp=fp)
        before = {s for s in page["with"] if norm(s) in norm(extracted)}
        after = norm(newsclean.clean(extracted))
        lost += [f"{page['file']}: {s!r}" for s in before if norm(s) not in after]
    result = {"pages": len(items)}
    for name, counter in (("trafilatura", base), ("clean", cleaned), ("clean_html", html)):
        p, r, f = prf(counter["tp"], counter["fn"], counter["fp"])
        result[name] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), **counter}
    residue = base["fp"]
    result["residue_removed"] = residue - cleaned["fp"]
    removed = residue - cleaned["fp"]
    result["residue_removed_share"] = round(removed / residue, 3) if residue else 0
    result["with_lost"] = lost
    return result


def _person(text: str) -> str:
    text = regex.sub(r"(?i)^\s*(?:by|von|par|por)\s+", "", text)
    return norm(regex.sub(r"[^\p{L}\s]", " ", text)).casefold()


def readability_pages() -> dict[str, Any]:
    folder = DATA / "readability-pages"
    rows = []
    for page in sorted(p for p in folder.iterdir() if p.is_dir()):
        expected = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
        byline = expected.get("byline")
        if not byline:
            continue
        with gzip.open(page / "source.html.gz") as handle:
            cleaned = explain_html(handle.read())
        got = " ".join(cleaned.metadata.authors)
        want = _person(byline)
        match = bool(got) and (_person(got) in want or want in _person(got))
        gone = norm(byline) not in norm(cleaned.text)
        rows.append({"page": page.name, "byline": byline, "captured": got, "match": match,
                     "gone": gone, "source": cleaned.metadata.sources.get("authors")})  # fmt: skip
    matched = sum(r["match"] for r in rows)
    gone = sum(r["gone"] for r in rows)
    return {
        "pages_with_byline": len(rows),
        "authors_match": matched,
        "authors_match_share": round(matched / len(rows), 3) if rows else 0,
        "byline_gone": gone,
        "rows": rows,
    }


def newspaper_snapshots() -> dict[str, Any]:
    folder = DATA / "newspaper-snapshots" / "text"
    by_cleaner = Counter[str]()
    by_rule = Counter[str]()
    pages = touched = 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not text.strip():
            continue
        pages += 1
        cleaned = newsclean.explain(text)
        touched += bool(cleaned.removals)
        by_cleaner.update(r.cleaner for r in cleaned.removals)
        by_rule.update(r.rule for r in cleaned.removals)
    return {"pages": pages, "pages_touched": touched, "by_cleaner": dict(by_cleaner.most_common()),
            "by_rule": dict(by_rule.most_common())}  # fmt: skip


def table(results: dict[str, Any]) -> str:
    t = results["trafilatura-eval"]
    rb = results["readability-pages"]
    ns = results["newspaper-snapshots"]
    rows = [
        "| trafilatura-eval (development half) | P | R | F1 | `without` left |",
        "|---|---|---|---|---|",
    ]
    labels = {"trafilatura": "trafilatura alone", "clean": "trafilatura, then `clean`",
              "clean_html": "`clean_html`"}  # fmt: skip
    for name, label in labels.items():
        s = t[name]
        rows.append(f"| {label} | {s['P']:.3f} | {s['R']:.3f} | {s['F1']:.3f} | {s['fp']} |")
    rows += [
        "",
        f"`clean` removes {t['residue_removed']} of the {t['trafilatura']['fp']} `without` "
        "segments "
        f"trafilatura leaves ({t['residue_removed_share']:.1%}) and loses {len(t['with_lost'])} "
        f"`with` segments ({t['pages']} pages; settings: `{json.dumps(EXTRACTION)}`).",
        "",
        f"readability-pages: {rb['authors_match']} of {rb['pages_with_byline']} pages with a "
        "byline "
        f"get matching authors ({rb['authors_match_share']:.1%}); the byline is gone from the text "
        f"on {rb['byline_gone']}.",
        "",
        f"newspaper-snapshots: {ns['pages_touched']} of {ns['pages']} non-empty pages lose at "
        "least "
        "one line; removals per cleaner: "
        + ", ".join(f"{k} {v}" for k, v in ns["by_cleaner"].items())
        + ".",
    ]
    return "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", type=Path, help="write the markdown table to this file")
    parser.add_argument("--json", type=Path, help="write every figure as JSON")
    parser.add_argument("--limit", type=int, help="only the first N trafilatura-eval pages")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"{DATA} is absent: the development data is not on this machine; nothing to measure.")
        return 0
    results = {
        "trafilatura-eval": trafilatura_eval(args.limit),
        "readability-pages": readability_pages(),
        "newspaper-snapshots": newspaper_snapshots(),
    }
    text = table(results)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
