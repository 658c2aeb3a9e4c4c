"""Batch benchmark: documents/s of ``newsclean clean`` for -j 1 and -j 2, and peak memory.

    python benchmarks/batch.py                       # 100,000 documents, -j 1 and -j 2
    python benchmarks/batch.py --memory 100000 1000000   # peak RSS for each size, -j 2

It generates a JSONL file of news-like documents (seeded, so every run sees the same
input): a headline, furniture (bylines, date lines, read times, share and newsletter
prompts, adverts, related blocks, copyright lines) in varying mixes, and four to
eight story paragraphs. It then runs the command line as a user would, in a
subprocess, sampling the resident memory of the whole process tree (the main process
and its workers) every 200 ms from /proc.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST = ["Jane", "Omar", "Li", "Sofia", "Kwame", "Ines", "Ravi", "Hannah", "Tomas", "Aiko"]
LAST = ["Doe", "Haddad", "Wei", "Rossi", "Mensah", "Garcia", "Patel", "Berg", "Novak", "Sato"]
SUBJECTS = [
    "The council",
    "The minister",
    "Local residents",
    "The company",
    "Researchers",
    "The city's mayor",
    "Union leaders",
    "The central bank",
    "Firefighters",
    "The court",
]
VERBS = [
    "approved",
    "rejected",
    "announced",
    "delayed",
    "questioned",
    "welcomed",
    "expanded",
    "cut",
    "reviewed",
    "defended",
]
OBJECTS = [
    "a plan for new housing",
    "the budget for next year",
    "changes to the bus network",
    "a report on river pollution",
    "the sale of the old stadium",
    "plans for a new school",
    "a rise in water charges",
    "the results of the inquiry",
    "a ban on night flights",
    "funding for the hospital",
]
TAILS = [
    "on Tuesday",
    "after a long debate",
    "despite strong objections",
    "earlier this month",
    "in a statement",
    "according to officials",
    "for the second time this year",
    "following a public consultation",
    "",
    "",
]
QUOTES = [
    '"We have listened to people," a spokesperson said.',
    '"This is not the end of the matter," one councillor told reporters.',
    "Critics said the decision came too late.",
    "Figures published last week showed a sharp rise in demand.",
    "The vote passed by a narrow margin.",
]


def sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS)
    body = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    return f"{body} {tail}.".replace(" .", ".") if tail else f"{body}."


def paragraph(rng: random.Random) -> str:
    parts = [sentence(rng) for _ in range(rng.randint(2, 5))]
    if rng.random() < 0.4:
        parts.insert(rng.randint(0, len(parts)), rng.choice(QUOTES))
    return " ".join(parts)


def document(rng: random.Random, number: int) -> str:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    day, month = rng.randint(1, 28), rng.choice(["March", "June", "October", "December"])
    head = [f"{sentence(rng)[:-1].title()}"]
    furniture_head = [
        f"By {name}",
        f"Published {day} {month} 2024",
        f"{rng.randint(2, 9)} mins read",
        "Share this article",
        f"{name} | {day} {month} 2024",
    ]
    head += rng.sample(furniture_head, rng.randint(0, 3))
    body = [paragraph(rng) for _ in range(rng.randint(4, 8))]
    if rng.random() < 0.3:
        body.insert(rng.randint(1, len(body) - 1), "Advertisement")
    if rng.random() < 0.2:
        body.insert(rng.randint(1, len(body) - 1), f"ALSO READ: {sentence(rng)}")
    tail = [
        "Sign up for our daily newsletter",
        "© 2024 The Daily Example. All rights reserved.",
        "Related\n" + "\n".join(sentence(rng)[:-1].title() for _ in range(3)),
        "Previous Story\n" + sentence(rng)[:-1].title() + "\nNext Story",
        "Leave a comment",
    ]
    foot = rng.sample(tail, rng.randint(0, 3))
    if number % 10 == 0:  # some pages are already clean
        head, foot = head[:1], []
    return "\n".join(head + body + foot)


def generate(path: Path, count: int, seed: int = 2024) -> int:
    """Write ``count`` documents as JSONL; return the file size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number in range(count):
            url = f"https://news.example/{number}"
            record = {"id": number, "url": url, "text": document(rng, number)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path.stat().st_size


PAGE = os.sysconf("SC_PAGE_SIZE")


def tree_rss(root: int) -> int:
    """Resident memory in bytes of ``root`` and its descendants, from /proc.

    Descendants are found through /proc/PID/task/*/children, so only the tree is read,
    not every process on the machine.
    """
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * PAGE
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except (OSError, ValueError):
            continue  # the process ended while we looked
    return total


def run(source: Path, jobs: int) -> tuple[float, int]:
    """Run the command line; return (seconds, peak RSS of the process tree)."""
    target = source.with_suffix(f".out{jobs}.jsonl")
    command = [
        sys.executable,
        "-m",
        "newsclean",
        "clean",
        str(source),
        "-o",
        str(target),
        "-j",
        str(jobs),
        "--quiet",
    ]
    started = time.perf_counter()
    process = subprocess.Popen(command)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    if process.returncode:
        raise SystemExit(f"newsclean clean failed with exit code {process.returncode}")
    target.unlink()
    return seconds, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents for the speed runs")
    parser.add_argument(
        "--memory",
        type=int,
        nargs="*",
        default=[],
        help="document counts for peak-memory runs at -j 2 (e.g. 100000 1000000)",
    )
    parser.add_argument("--dir", type=Path, default=None, help="where to write the inputs")
    args = parser.parse_args()
    workdir = args.dir or Path(tempfile.mkdtemp(prefix="newsclean-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    if args.docs:
        source = workdir / f"news-{args.docs}.jsonl"
        size = generate(source, args.docs)
        each = size / args.docs
        print(f"input: {args.docs:,} documents, {size / 1e6:.0f} MB ({each:,.0f} bytes each)")
        rates = {}
        for jobs in (1, 2):
            seconds, peak = run(source, jobs)
            rates[jobs] = args.docs / seconds
            print(
                f"-j {jobs}: {seconds:7.1f} s  {rates[jobs]:8,.0f} documents/s"
                f"  {size / seconds / 1e6:5.2f} MB/s  peak RSS {peak / 2**20:6.0f} MiB"
            )
        print(f"-j 2 / -j 1: {rates[2] / rates[1]:.2f}x")
        source.unlink()
    for count in args.memory:
        source = workdir / f"news-{count}.jsonl"
        size = generate(source, count)
        seconds, peak = run(source, 2)
        print(
            f"memory: {count:>9,} documents ({size / 1e6:,.0f} MB), -j 2: {seconds:7.1f} s,"
            f" {count / seconds:,.0f} documents/s,"
            f" peak RSS of all processes {peak / 2**20:,.0f} MiB"
        )
        source.unlink()


if __name__ == "__main__":
    main()
