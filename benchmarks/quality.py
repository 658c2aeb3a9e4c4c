"""Quality on the development data in ``../shared/data``: the figures of docs/quality.md.

    python benchmarks/quality.py [--write docs/quality-table.md] [--json FILE]
                                 [--sets dragnet,cleaneval] [--shapes page,wrapped]

Every page of every development set is handed over in four shapes (``tools/devdata.py``
makes them from its HTML): the whole page text, hard-wrapped plain text, crawler
Markdown, and trafilatura's extraction. Per set, shape and half (the site-split fit and
check halves), it prints precision, recall and F1 of:

* the input as it is;
* ``newsclean.clean`` on it;
* C4's line rule (keep lines that end a sentence);
* jusText's classifier over the lines.

Scores: the article-extraction-benchmark's shingle F1 against gold text (dragnet,
cleaneval); trafilatura-eval's ``with`` / ``without`` segments. It also prints how many
pages lose more than a tenth / half of their story recall to ``clean``, the
trafilatura-eval figures of issue 3 (``without`` segments removed, ``with`` lost), the
readability-pages byline figures, what ``clean`` removes from the newspaper snapshots,
and the site-profile figures: the dragnet pages grouped by host, cleaned alone and with
their host's profile (``--no-sites`` skips them).

Needs the ``bench`` extra; exits 0 with a message when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import regex  # noqa: E402

import devdata  # noqa: E402
import newsclean  # noqa: E402
import newsclean.sites  # noqa: E402
import scoring  # noqa: E402
from newsclean.html import EXTRACTION, explain_html  # noqa: E402

GOLD_SETS = ("dragnet", "cleaneval")
SEGMENT_SETS = ("trafilatura",)
METHODS = ("input", "clean", "c4", "justext")
#: The shapes that are trafilatura's output, and what the table calls them.
_EXTRACTIONS = {"extracted": "trafilatura's text", "extracted-markdown": "trafilatura's Markdown"}
#: What the peers give does not change with newsclean: cached beside the shapes.
PEER_VERSION = 1


def _peers(page: devdata.Page) -> dict[str, dict[str, str]]:
    return {
        shape: {"c4": scoring.c4_rule(text), "justext": scoring.justext_lines(text)}
        for shape, text in page.shapes.items()
    }


def peer_outputs(pages: list[devdata.Page], jobs: int) -> dict[str, dict[str, dict[str, str]]]:
    """Return every page's C4 and jusText output per shape (made once, then cached)."""
    path = devdata.CACHE / f"peers-v{devdata.VERSION}.{PEER_VERSION}.pickle.gz"
    cached: dict[str, dict[str, dict[str, str]]] = {}
    if path.exists():
        with gzip.open(path, "rb") as handle:
            cached = pickle.load(handle)
    missing = [p for p in pages if p.key not in cached]
    if missing:
        with ProcessPoolExecutor(jobs) as pool:
            for page, result in zip(missing, pool.map(_peers, missing, chunksize=8), strict=False):
                cached[page.key] = result
        with gzip.open(path, "wb") as handle:
            pickle.dump(cached, handle)
    return cached


def _clean_shapes(page: devdata.Page) -> dict[str, str]:
    return {shape: newsclean.clean(text) for shape, text in page.shapes.items()}


def clean_outputs(
    pages: list[devdata.Page], jobs: int, function: Callable[[devdata.Page], dict[str, str]]
) -> dict[str, dict[str, str]]:
    with ProcessPoolExecutor(jobs) as pool:
        return {
            page.key: result
            for page, result in zip(pages, pool.map(function, pages, chunksize=8), strict=False)
        }


def gold_rows(
    pages: list[devdata.Page], outputs: dict[str, dict[str, dict[str, str]]], shapes: list[str]
) -> list[dict[str, Any]]:
    """Shingle scores per set, shape, half and method, with the story-loss counts of ``clean``."""
    rows = []
    for set_name in GOLD_SETS:
        for shape in shapes:
            for half in devdata.HALVES:
                members = [p for p in pages if p.set == set_name and p.half == half]
                if not members:
                    continue
                row: dict[str, Any] = {"set": set_name, "shape": shape, "half": half,
                                       "pages": len(members)}  # fmt: skip
                pairs: dict[str, list[tuple[float, float]]] = {m: [] for m in METHODS}
                lose_tenth = lose_half = 0
                for page in members:
                    for method in METHODS:
                        text = outputs[page.key][shape][method]
                        pairs[method].append(scoring.page_pr(text, page.gold or ""))
                    before, after = pairs["input"][-1][1], pairs["clean"][-1][1]
                    if before > 0:
                        loss = 1 - after / before
                        lose_tenth += loss > 0.10
                        lose_half += loss > 0.5
                for method in METHODS:
                    s = scoring.mean_score(pairs[method])
                    row[method] = {"P": round(s.precision, 4), "R": round(s.recall, 4),
                                   "F1": round(s.f1, 4)}  # fmt: skip
                row["lose_tenth"] = lose_tenth
                row["lose_half"] = lose_half
                rows.append(row)
    return rows


def segment_rows(
    pages: list[devdata.Page], outputs: dict[str, dict[str, dict[str, str]]], shapes: list[str]
) -> list[dict[str, Any]]:
    """trafilatura-eval segment scores per shape, half and method, with segments lost."""
    rows = []
    for shape in shapes:
        for half in devdata.HALVES:
            members = [p for p in pages if p.set == "trafilatura" and p.half == half]
            if not members:
                continue
            row: dict[str, Any] = {"set": "trafilatura", "shape": shape, "half": half,
                                   "pages": len(members)}  # fmt: skip
            lost: list[str] = []
            lose_tenth = lose_half = 0
            for method in METHODS:
                counts = Counter[str]()
                for page in members:
                    text = outputs[page.key][shape][method]
                    tp, fn, fp = scoring.segment_counts(text, page.with_, page.without)
                    counts.update(tp=tp, fn=fn, fp=fp)
                    if method == "clean":
                        base = scoring.norm(outputs[page.key][shape]["input"])
                        kept = [s for s in page.with_ if scoring.norm(s) in base]
                        flat = scoring.norm(text)
                        gone = [s for s in kept if scoring.norm(s) not in flat]
                        lost += [f"{page.name}: {s!r}" for s in gone]
                        if kept:
                            lose_tenth += len(gone) > 0.1 * len(kept)
                            lose_half += len(gone) > 0.5 * len(kept)
                p, r, f = scoring.prf(counts["tp"], counts["fn"], counts["fp"])
                row[method] = {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4),
                               "without_left": counts["fp"]}  # fmt: skip
            row["with_lost"] = lost
            row["lose_tenth"] = lose_tenth
            row["lose_half"] = lose_half
            rows.append(row)
    return rows


def _site_outputs(job: tuple[str, str, list[str]]) -> tuple[str, str, list[str], list[str], int]:
    """One site's pages in one shape: cleaned with the site's profile, and by the naive
    floor (exact lines on 30% of the site's pages removed before ``clean``); the number
    of profile removals the guard refused."""
    host, shape, texts = job
    profile = newsclean.learn_site(texts, site=host)
    with_profile, refused = [], 0
    for text in texts:
        cleaned = newsclean.explain(text, site=profile)
        with_profile.append(cleaned.text)
        refused += sum(r.cleaner == "site" for r in cleaned.refused)
    counts = Counter[str]()
    for text in texts:
        counts.update({line.strip() for line in text.splitlines() if line.strip()})
    least = newsclean.sites.threshold(len(texts), 0.3)
    repeated = {line for line, n in counts.items() if n >= least}
    naive = [
        newsclean.clean("\n".join(ln for ln in t.splitlines() if ln.strip() not in repeated))
        for t in texts
    ]
    return host, shape, with_profile, naive, refused


def site_rows(
    pages: list[devdata.Page],
    cleaned: dict[str, dict[str, str]],
    shapes: list[str],
    jobs: int,
) -> list[dict[str, Any]]:
    """Dragnet pages grouped by host: ``clean`` alone and with the host's profile (learned
    from the host's pages in that shape), per shape and half, on the hosts with at least
    ``newsclean.sites.MIN_PAGES`` pages; the naive floor beside them."""
    hosts = devdata.hosts("dragnet")
    groups: dict[str, list[devdata.Page]] = {}
    for page in pages:
        if page.set == "dragnet":
            groups.setdefault(hosts[page.name], []).append(page)
    groups = {h: g for h, g in groups.items() if len(g) >= newsclean.sites.MIN_PAGES}
    work = [(h, shape, [p.shapes[shape] for p in g]) for h, g in groups.items() for shape in shapes]
    done: dict[tuple[str, str], tuple[list[str], list[str], int]] = {}
    with ProcessPoolExecutor(jobs) as pool:
        for host, shape, with_profile, naive, refused in pool.map(_site_outputs, work):
            done[host, shape] = (with_profile, naive, refused)
    rows = []
    for shape in shapes:
        for half in devdata.HALVES:
            members = {h: g for h, g in groups.items() if g[0].half == half}
            if not members:
                continue
            pairs: dict[str, list[tuple[float, float]]] = {
                m: [] for m in ("input", "clean", "profile", "naive")
            }
            refused = 0
            for host, group in members.items():
                with_profile, naive, count = done[host, shape]
                refused += count
                for k, page in enumerate(group):
                    gold = page.gold or ""
                    pairs["input"].append(scoring.page_pr(page.shapes[shape], gold))
                    pairs["clean"].append(scoring.page_pr(cleaned[page.key][shape], gold))
                    pairs["profile"].append(scoring.page_pr(with_profile[k], gold))
                    pairs["naive"].append(scoring.page_pr(naive[k], gold))
            row: dict[str, Any] = {"set": "dragnet", "shape": shape, "half": half,
                                   "sites": len(members),
                                   "pages": sum(len(g) for g in members.values()),
                                   "refused": refused}  # fmt: skip
            for method, scored in pairs.items():
                sc = scoring.mean_score(scored)
                row[method] = {"P": round(sc.precision, 4), "R": round(sc.recall, 4),
                               "F1": round(sc.f1, 4)}  # fmt: skip
            rows.append(row)
    return rows


def trafilatura_html(pages: list[devdata.Page]) -> dict[str, Any]:
    """``clean_html`` on the trafilatura-eval pages (the figure of issue 3)."""
    counts = Counter[str]()
    folder = devdata.DATA / "trafilatura-eval"
    for page in pages:
        raw = gzip.decompress((folder / "html" / (page.name + ".gz")).read_bytes())
        tp, fn, fp = scoring.segment_counts(newsclean.clean_html(raw), page.with_, page.without)
        counts.update(tp=tp, fn=fn, fp=fp)
    p, r, f = scoring.prf(counts["tp"], counts["fn"], counts["fp"])
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4), **counts}


def _person(text: str) -> str:
    text = regex.sub(r"(?i)^\s*(?:by|von|par|por)\s+", "", text)
    return scoring.norm(regex.sub(r"[^\p{L}\s]", " ", text)).casefold()


def readability_pages() -> dict[str, Any]:
    folder = devdata.DATA / "readability-pages"
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
        gone = scoring.norm(byline) not in scoring.norm(cleaned.text)
        rows.append({"page": page.name, "byline": byline, "captured": got, "match": match,
                     "gone": gone})  # fmt: skip
    matched = sum(r["match"] for r in rows)
    return {
        "pages_with_byline": len(rows),
        "authors_match": matched,
        "byline_gone": sum(r["gone"] for r in rows),
    }


def excerpt_rows(
    pages: list[devdata.Page], outputs: dict[str, dict[str, dict[str, str]]], shapes: list[str]
) -> list[dict[str, Any]]:
    """readability-pages have no gold text: how often the expected excerpt (the story's
    first sentences) survives, per shape and method."""
    rows = []
    for shape in shapes:
        for half in devdata.HALVES:
            members = [p for p in pages if p.set == "readability" and p.half == half
                       and p.expected.get("excerpt")]  # fmt: skip
            row: dict[str, Any] = {"shape": shape, "half": half, "pages": len(members)}
            for method in METHODS:
                kept = 0
                for page in members:
                    excerpt = scoring.norm(page.expected["excerpt"])[:60]
                    kept += excerpt in scoring.norm(outputs[page.key][shape][method])
                row[method] = kept
            rows.append(row)
    return rows


def newspaper_snapshots() -> dict[str, Any]:
    folder = devdata.DATA / "newspaper-snapshots" / "text"
    by_cleaner = Counter[str]()
    pages = touched = 0
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if not text.strip():
            continue
        pages += 1
        cleaned = newsclean.explain(text)
        touched += bool(cleaned.removals)
        by_cleaner.update(r.cleaner for r in cleaned.removals)
    return {"pages": pages, "pages_touched": touched, "by_cleaner": dict(by_cleaner.most_common())}


_UNLINKED = newsclean.DEFAULT + newsclean.LinkTargets()


def _unlinked(page: devdata.Page) -> str:
    return _UNLINKED.clean(page.shapes["markdown"])


def link_rows(
    pages: list[devdata.Page], outputs: dict[str, dict[str, dict[str, str]]], jobs: int
) -> list[dict[str, Any]]:
    """Markdown with the opt-in ``link_targets`` repair: gold-text sets, per half."""
    members = [p for p in pages if p.set in GOLD_SETS and p.gold is not None]
    with ProcessPoolExecutor(jobs) as pool:
        found = pool.map(_unlinked, members, chunksize=8)
        unlinked = dict(zip([p.key for p in members], found, strict=True))
    rows = []
    for set_name in GOLD_SETS:
        for half in devdata.HALVES:
            chosen = [p for p in members if p.set == set_name and p.half == half]
            if not chosen:
                continue
            row: dict[str, Any] = {"set": set_name, "half": half, "pages": len(chosen)}
            for method, texts in (
                ("input", {p.key: outputs[p.key]["markdown"]["input"] for p in chosen}),
                ("clean", {p.key: outputs[p.key]["markdown"]["clean"] for p in chosen}),
                ("link_targets", unlinked),
            ):
                s = scoring.mean_score(scoring.page_pr(texts[p.key], p.gold or "") for p in chosen)
                row[method] = {"P": round(s.precision, 4), "R": round(s.recall, 4),
                               "F1": round(s.f1, 4)}  # fmt: skip
            rows.append(row)
    return rows


def _cell(s: dict[str, float]) -> str:
    return f"{s['P']:.3f} / {s['R']:.3f} / **{s['F1']:.3f}**"


def table(results: dict[str, Any]) -> str:
    out = [
        "Shingle precision / recall / **F1** (article-extraction-benchmark method) against the",
        "gold text; trafilatura-eval by its `with` / `without` segments. `lose >10%` / `>50%`:",
        "pages whose story recall `clean` cuts by more than a tenth / a half.",
        "",
        "| set | shape | half | pages | input | `clean` | C4 rule | jusText (lines) "
        "| lose >10% | >50% |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for row in results["gold"] + results["segments"]:
        out.append(
            f"| {row['set']} | {row['shape']} | {row['half']} | {row['pages']} | "
            + " | ".join(_cell(row[m]) for m in METHODS)
            + f" | {row['lose_tenth']} | {row['lose_half']} |"
        )
    for row in results["segments"]:
        if row["shape"] in _EXTRACTIONS:
            left = row["input"]["without_left"]
            removed = left - row["clean"]["without_left"]
            out.append("")
            out.append(
                f"trafilatura-eval, {row['half']} half, {_EXTRACTIONS[row['shape']]}: `clean` "
                f"removes {removed} of its {left} `without` segments and loses "
                f"{len(row['with_lost'])} `with` segments."
            )
    if results.get("sites"):
        out += ["", "Site profiles: dragnet pages grouped by host, the hosts with at least "
                f"{newsclean.sites.MIN_PAGES} pages; each host's profile learned from its own "
                "pages in the same shape (`learn_site`, defaults). Naive floor: exact lines on "
                "30% of the host's pages removed before `clean`. `refused`: profile removals "
                "the guard refused (a repeated paragraph inside the story).", "",
                "| shape | half | sites | pages | input | `clean` | `clean(site=)` | naive floor "
                "| refused |", "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
        for row in results["sites"]:
            out.append(
                f"| {row['shape']} | {row['half']} | {row['sites']} | {row['pages']} | "
                + " | ".join(_cell(row[m]) for m in ("input", "clean", "profile", "naive"))
                + f" | {row['refused']} |"
            )
    if results.get("links"):
        out += ["", "Markdown with the opt-in `link_targets` repair (`DEFAULT + LinkTargets()`: "
                "links read as their text, images gone):", "",
                "| set | half | pages | input | `clean` | `clean` + `link_targets` |",
                "|---|---|---|---|---|---|"]  # fmt: skip
        for row in results["links"]:
            out.append(f"| {row['set']} | {row['half']} | {row['pages']} | "
                       + " | ".join(_cell(row[m]) for m in ("input", "clean", "link_targets"))
                       + " |")  # fmt: skip
    if "clean_html" in results:
        h = results["clean_html"]
        settings = json.dumps(EXTRACTION)
        out += ["", f"`clean_html` on trafilatura-eval (both halves): P {h['P']:.3f}, "
                f"R {h['R']:.3f}, F1 {h['F1']:.3f} (settings `{settings}`)."]  # fmt: skip
    if results.get("excerpts"):
        out += ["", "readability-pages (no gold text): pages whose expected excerpt survives.", "",
                "| shape | half | pages | " + " | ".join(METHODS) + " |",
                "|---|---|---|" + "---|" * len(METHODS)]  # fmt: skip
        for row in results["excerpts"]:
            out.append(f"| {row['shape']} | {row['half']} | {row['pages']} | "
                       + " | ".join(str(row[m]) for m in METHODS) + " |")  # fmt: skip
    if "readability" in results:
        rb = results["readability"]
        out += ["", f"readability-pages: {rb['authors_match']} of {rb['pages_with_byline']} pages "
                f"with a byline get matching authors from `explain_html`; the byline is gone "
                f"from the text on {rb['byline_gone']}."]  # fmt: skip
    if "snapshots" in results:
        ns = results["snapshots"]
        out += ["", f"newspaper-snapshots: {ns['pages_touched']} of {ns['pages']} non-empty "
                "pages lose at least one line; removals per cleaner: "
                + ", ".join(f"{k} {v}" for k, v in ns["by_cleaner"].items()) + "."]  # fmt: skip
    return "\n".join(out) + "\n"


def measure(
    sets: tuple[str, ...],
    shapes: list[str],
    jobs: int,
    function: Callable[[devdata.Page], dict[str, str]] = _clean_shapes,
    *,
    extras: bool = True,
    sites: bool = True,
) -> dict[str, Any]:
    """Score ``function`` (a page -> cleaned text per shape) and the peers on ``sets``."""
    pages = devdata.load(sets)
    peers = peer_outputs(pages, jobs)
    cleaned = clean_outputs(pages, jobs, function)
    outputs = {
        page.key: {
            shape: {
                "input": page.shapes[shape],
                "clean": cleaned[page.key][shape],
                **peers[page.key][shape],
            }
            for shape in shapes
        }
        for page in pages
    }
    results: dict[str, Any] = {
        "gold": gold_rows(pages, outputs, shapes),
        "segments": segment_rows(pages, outputs, shapes) if "trafilatura" in sets else [],
        "excerpts": excerpt_rows(pages, outputs, shapes) if "readability" in sets else [],
    }
    if "dragnet" in sets and sites:
        results["sites"] = site_rows(pages, cleaned, shapes, jobs)
    if extras and "markdown" in shapes:
        results["links"] = link_rows(pages, outputs, jobs)
    if extras:
        results["clean_html"] = trafilatura_html([p for p in pages if p.set == "trafilatura"])
        results["readability"] = readability_pages()
        results["snapshots"] = newspaper_snapshots()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", type=Path, help="write the markdown table to this file")
    parser.add_argument("--json", type=Path, help="write every figure as JSON")
    parser.add_argument("--sets", default=",".join(devdata.SETS))
    parser.add_argument("--shapes", default=",".join(devdata.MEASURED_SHAPES))
    parser.add_argument("--jobs", "-j", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--quick", action="store_true", help="skip clean_html, bylines, snapshots")
    parser.add_argument("--no-sites", action="store_true", help="skip the site-profile rows")
    args = parser.parse_args()
    if not devdata.DATA.is_dir():
        print(f"{devdata.DATA} is absent: no development data on this machine; nothing to measure.")
        return 0
    results = measure(tuple(args.sets.split(",")), args.shapes.split(","), args.jobs,
                      extras=not args.quick, sites=not args.no_sites)  # fmt: skip
    text = table(results)
    print(text)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
