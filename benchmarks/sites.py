"""The cost of learning site profiles: pages per second and peak memory.

    python benchmarks/sites.py [--quick] [--json FILE]

Synthetic crawls (made here, deterministic): each site has its own menu, footer and
prompt lines and its own vocabulary; each page adds three to eight story paragraphs of
random words from it. Every configuration runs in a fresh process, so its peak resident
memory (``ru_maxrss``) is its own:

* ``1,000 sites x 100 pages``: 100,000 pages, learned with ``learn_sites`` (the
  figure of the site-profiles issue);
* ``10 sites x 1,000 pages`` and ``10 sites x 10,000 pages``: 10,000 and 100,000 pages
  of the same sites. Past ``MAX_PAGES`` pages a site keeps a hash-chosen sample, so
  memory stays flat however many pages a site has;
* ``1 site x 100,000 pages`` with ``-j``-style reading: the same, on one site.

``--quick`` divides every page count by ten (a smoke run, not the figures).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsclean  # noqa: E402

CONFIGS = [(1000, 100), (10, 1000), (10, 10_000), (1, 100_000)]
SYLLABLES = (
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "pe",
    "da",
    "ri",
    "mo",
    "lu",
    "ke",
    "na",
)


def _words(rng: random.Random, count: int) -> list[str]:
    return ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(count)]


def crawl(sites: int, pages: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield ``sites * pages`` records (url, text), the sites' pages interleaved."""
    rng = random.Random(seed)
    furniture = []
    vocabularies = []
    for site in range(sites):
        words = _words(rng, 400)
        vocabularies.append(words)
        menu = [" ".join(rng.sample(words, 1)).title() for _ in range(8)]
        footer = [
            " ".join(rng.sample(words, rng.randint(4, 12))).capitalize() + "." for _ in range(4)
        ]
        furniture.append((menu, footer, f"site{site}.example"))
    for page in range(pages):
        for site in range(sites):
            menu, footer, host = furniture[site]
            words = vocabularies[site]
            story = [
                " ".join(rng.choice(words) for _ in range(rng.randint(15, 60))).capitalize() + "."
                for _ in range(rng.randint(3, 8))
            ]
            text = "\n".join([*menu, *story, *footer])
            yield {"url": f"https://{host}/story/{page}", "text": text}


def run_one(sites: int, pages: int) -> dict[str, float]:
    """Learn one configuration in this process; return its figures."""
    records = crawl(sites, pages)
    started = time.perf_counter()
    learned = newsclean.learn_sites(records)
    seconds = time.perf_counter() - started
    total = sites * pages
    furniture = sum(len(profile.furniture) for profile in learned.values())
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "sites": sites,
        "pages": total,
        "seconds": round(seconds, 2),
        "pages_per_second": round(total / seconds, 1),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "furniture_blocks": furniture,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the pages")
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument("--one", nargs=2, type=int, metavar=("SITES", "PAGES"),
                        help=argparse.SUPPRESS)  # fmt: skip
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(*args.one)))
        return 0
    rows = []
    for sites, pages in CONFIGS:
        if args.quick:
            pages = max(1, pages // 10)
        done = subprocess.run(
            [sys.executable, __file__, "--one", str(sites), str(pages)],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(done.stdout)
        rows.append(row)
        print(
            f"{row['sites']:>5,} sites x {pages:>7,} pages = {row['pages']:>7,}: "
            f"{row['pages_per_second']:>7,.0f} pages/s, peak RSS {row['peak_rss_mib']:>6,.1f} MiB, "
            f"{row['furniture_blocks']:,} furniture blocks learned",
            flush=True,
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
