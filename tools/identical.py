"""Prove that a change keeps every result byte for byte: digests of ``explain``.

A speed change must not change what newsclean does. This script runs
``newsclean.explain`` (all three presets, and ``language="auto"`` for the default one) on
every text it is given and writes one digest per text and preset: a SHA-256 of the whole
result as JSON (clean text, shape, every removal and refusal with its offsets, cleaner,
rule and reason, and the metadata). Two versions that give the same digests give the
same results, to the byte.

Texts: the golden corpus (``corpus/cases``, ``corpus/sites`` with and without the site's
profile) and, with ``--dev``, every development page in its four shapes
(``tools/devdata.py``: page text, wrapped, Markdown, extracted).

    python tools/identical.py write digests.json [--dev]   # before the change
    python tools/identical.py check digests.json [--dev]   # after it: exit 1 on a change

``tests/test_identical.py`` checks the corpus against ``tests/data/explain-digests.json``
in CI; after a change that is meant to change results, write it again
(``python tools/identical.py write tests/data/explain-digests.json``) and say why in the
commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import newsclean
from newsclean.evaluate import load_cases

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

#: The pipelines whose results are digested, by name.
PRESETS = {
    "default": newsclean.DEFAULT,
    "conservative": newsclean.CONSERVATIVE,
    "aggressive": newsclean.AGGRESSIVE,
}


def digest(cleaned: newsclean.Cleaned) -> str:
    """The SHA-256 of a result's JSON form (keys sorted, no white space).

    >>> digest(newsclean.explain("")) == digest(newsclean.explain(""))
    True
    """
    data = json.dumps(cleaned.to_dict(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def corpus_texts() -> Iterator[tuple[str, str, newsclean.SiteProfile | None]]:
    """The golden corpus's texts: ``(key, text, site profile or None)``."""
    for case in load_cases(CORPUS):
        yield f"corpus/{case.id}", case.raw, None
    for path in sorted((CORPUS / "sites").glob("*.json")):
        site = json.loads(path.read_text(encoding="utf-8"))
        texts = ["\n".join(page["raw"]) for page in site["pages"]]
        profile = newsclean.learn_site(texts)
        for number, text in enumerate(texts):
            key = f"sites/{site['id']}/{number}"
            yield key, text, None
            yield key + "+profile", text, profile


def dev_texts() -> Iterator[tuple[str, str, newsclean.SiteProfile | None]]:
    """Every development page in its four shapes (builds the cache once)."""
    sys.path.insert(0, str(ROOT / "tools"))
    import devdata

    for page in devdata.load():
        for shape in devdata.SHAPES:
            text = page.shapes.get(shape) or ""
            yield f"{page.set}/{page.name}/{shape}", text, None


def digests(dev: bool = False) -> dict[str, str]:
    """Return ``{key/preset: digest}`` for every text and preset."""
    found: dict[str, str] = {}
    sources = [corpus_texts()] + ([dev_texts()] if dev else [])
    for source in sources:
        for key, text, site in source:
            for name, pipeline in PRESETS.items():
                found[f"{key}/{name}"] = digest(pipeline.explain(text, site=site))
            found[f"{key}/auto"] = digest(newsclean.explain(text, language="auto", site=site))
    return found


def compare(expected: dict[str, str], found: dict[str, str]) -> list[str]:
    """Return the keys whose digests differ, or that only one side has."""
    return sorted(k for k in expected.keys() | found.keys() if expected.get(k) != found.get(k))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("write", "check"))
    parser.add_argument("file", type=Path)
    parser.add_argument("--dev", action="store_true", help="the development pages too")
    args = parser.parse_args(argv)
    found = digests(dev=args.dev)
    if args.action == "write":
        args.file.write_text(json.dumps(found, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(found)} digests written to {args.file}")
        return 0
    expected = json.loads(args.file.read_text(encoding="utf-8"))
    changed = compare(expected, found)
    for key in changed[:50]:
        print(f"changed: {key}")
    print(f"{len(found)} digests, {len(changed)} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
