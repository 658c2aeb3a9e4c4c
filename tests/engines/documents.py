"""News-like documents for the engine tests, written as JSONL shards."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import newsclean


def make_documents(count: int) -> list[dict[str, Any]]:
    """Documents with furniture of several families, some already clean, one empty."""
    documents = []
    for i in range(count):
        parts = [f"Harbour works reach stage {i}"]
        if i % 5:
            parts += [f"By Jane Doe{' and Omar Haddad' if i % 3 == 0 else ''}", "3 May 2024"]
        parts += [
            f"Work on the harbour wall reached stage {i} on Tuesday, the port authority said.",
            "Engineers expect the next stage to take about six weeks.",
        ]
        if i % 4 == 0:
            parts.insert(3, "Advertisement")
        if i % 2:
            parts += ["Share this article", "© 2024 The Coast Courier. All rights reserved."]
        documents.append({"id": f"doc-{i}", "text": "\n".join(parts)})
    documents.append({"id": "doc-empty", "text": "Share this article"})  # cleans to ""
    return documents


def write_shards(documents: list[dict[str, Any]], folder: Path, shards: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for shard in range(shards):
        with (folder / f"part-{shard}.jsonl").open("w", encoding="utf-8") as out:
            for document in documents[shard::shards]:
                out.write(json.dumps(document) + "\n")


def expected_counts(documents: list[dict[str, Any]]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for document in documents:
        for name, n in newsclean.explain(document["text"]).by_cleaner().items():
            counts[name] = counts.get(name, 0) + n
    return counts


SITE_CASES = Path(__file__).resolve().parent.parent.parent / "corpus" / "sites"


def make_site_documents() -> list[dict[str, Any]]:
    """A crawl of several sites: the golden site cases (one host each), a synthetic site of
    30 pages, a site of one page, and a document without a URL; interleaved."""
    documents: list[dict[str, Any]] = []
    for path in sorted(SITE_CASES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        for k, page in enumerate(case["pages"]):
            documents.append({"id": f"{case['id']}-{k}", "text": "\n".join(page["raw"]),
                              "url": f"https://www.{case['id']}.example/story/{k}"})  # fmt: skip
    menu = "Front page | Harbour | Hills | Sport | Letters"
    piers = ["north", "south", "east", "west", "old", "new"]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    for k in range(30):
        story = (  # every story its own words (digits alone would fold to one page)
            f"The ferry from the {piers[k % 6]} pier ran late on {days[k % 5]}, the harbour "
            f"office said. Crews blamed a fault in the {piers[(k + 1) % 6]} ramp."
        )
        extra = ["Letters to the editor close at noon"] if k % 3 else []
        text = "\n".join([menu, story, *extra, "The Coast Courier, since 1890"])
        documents.append(
            {"id": f"coast-{k}", "url": f"https://coast.example/news/{k}", "text": text}
        )
    documents.append({"id": "lonely", "url": "https://lonely.example/", "text": "Menu\nOne story."})
    documents.append({"id": "no-url", "text": "Menu\nA story nobody linked to."})
    return documents[::2] + documents[1::2]
