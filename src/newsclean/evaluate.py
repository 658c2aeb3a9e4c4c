"""Measure a pipeline on the golden corpus: line-level precision and recall per family.

Run it as ``python -m newsclean.evaluate corpus/ [--preset NAME] [--json]``.

Every non-blank raw line of a case is *content* (it is in the expected clean text) or
*boilerplate* of one family (it is listed under that family in ``removed``). A line is
*removed* when the pipeline removed all of it. Per family:

* recall: the family's boilerplate lines that were removed (by any cleaner);
* precision: of the lines that family's cleaner removed, the share that were
  boilerplate (removing a content line is a false positive of the cleaner that did it).

Content kept is the share of content lines that survive: POLICY.md asks for 99.5%.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclean.pipeline import Pipeline
from newsclean.presets import DEFAULT, PRESETS

#: Keys every case must have.
REQUIRED = ("id", "layout", "language", "negative", "note", "raw", "clean", "removed")
CONTENT = "content"


@dataclass(frozen=True)
class Case:
    """One golden-corpus case (see ``corpus/README.md`` for the schema)."""

    id: str
    layout: str
    language: str
    negative: bool
    note: str
    raw: str
    clean: str
    removed: dict[str, list[str]]
    metadata: dict[str, Any] = field(default_factory=dict)
    xfail: str | None = None
    #: The shape the text is written in, which ``explain`` must read (optional).
    shape: str | None = None

    @property
    def families(self) -> list[str]:
        """The families this case removes lines of."""
        return sorted(self.removed)


class CaseError(ValueError):
    """A corpus case that does not follow the schema."""


def load_case(path: Path) -> Case:
    """Read one case file, checking the schema; raise :class:`CaseError` when it is off."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseError(f"{path}: cannot read: {error}") from error
    if not isinstance(data, dict):
        raise CaseError(f"{path}: a case is a JSON object")
    missing = [key for key in REQUIRED if key not in data]
    if missing:
        raise CaseError(f"{path}: missing keys {missing}")
    if data["id"] != path.stem:
        raise CaseError(f"{path}: id {data['id']!r} differs from the file name")
    for key in ("raw", "clean"):
        lines = data[key]
        if not isinstance(lines, list) or not all(isinstance(x, str) for x in lines):
            raise CaseError(f"{path}: {key} must be a list of strings")
    if not isinstance(data["removed"], dict):
        raise CaseError(f"{path}: removed must be an object")
    return Case(
        id=data["id"],
        layout=data["layout"],
        language=data["language"],
        negative=bool(data["negative"]),
        note=data["note"],
        raw="\n".join(data["raw"]),
        clean="\n".join(data["clean"]),
        removed={k: list(v) for k, v in data["removed"].items()},
        metadata=dict(data.get("metadata") or {}),
        xfail=data.get("xfail"),
        shape=data.get("shape"),
    )


def load_cases(folder: Path | str) -> list[Case]:
    """Read every ``*.json`` case under ``folder`` (or ``folder/cases``), sorted by id."""
    root = Path(folder)
    if (root / "cases").is_dir():
        root = root / "cases"
    return sorted((load_case(p) for p in root.glob("*.json")), key=lambda c: c.id)


def label_lines(case: Case) -> list[tuple[str, str]]:
    """Label each non-blank raw line ``content`` or with its family.

    Raises :class:`CaseError` when a line is neither kept (in order) nor listed.
    """
    clean = [line for line in case.clean.split("\n") if line.strip()]
    listed = {
        fragment.strip(): family
        for family, fragments in case.removed.items()
        for fragment in fragments
    }
    labels: list[tuple[str, str]] = []
    j = 0
    for line in case.raw.split("\n"):
        if not line.strip():
            continue
        if j < len(clean) and line == clean[j]:
            labels.append((line, CONTENT))
            j += 1
        elif line.strip() in listed:
            labels.append((line, listed[line.strip()]))
        elif j < len(clean) and clean[j].strip() and clean[j].strip() in line:
            # Kept in part: the rest of the line is a listed fragment.
            rest = line.replace(clean[j].strip(), "", 1).strip()
            if rest not in listed:
                raise CaseError(f"{case.id}: the removed part {rest!r} is not listed")
            labels.append((line, CONTENT))
            j += 1
        else:
            raise CaseError(f"{case.id}: raw line {line!r} is neither kept nor listed")
    if j != len(clean):
        raise CaseError(f"{case.id}: clean line {clean[j]!r} is not in raw, in order")
    return labels


@dataclass
class Report:
    """Counts from one evaluation run."""

    cases: int = 0
    exact: int = 0
    content_lines: int = 0
    content_kept: int = 0
    removed_by: Counter[str] = field(default_factory=Counter)  # lines each cleaner removed
    correct_by: Counter[str] = field(default_factory=Counter)  # ... that were boilerplate
    gold: Counter[str] = field(default_factory=Counter)  # boilerplate lines per family
    found: Counter[str] = field(default_factory=Counter)  # ... that were removed
    failures: list[str] = field(default_factory=list)

    def precision(self, family: str) -> float:
        removed = self.removed_by[family]
        return self.correct_by[family] / removed if removed else 1.0

    def recall(self, family: str) -> float:
        gold = self.gold[family]
        return self.found[family] / gold if gold else 1.0

    @property
    def content_ratio(self) -> float:
        return self.content_kept / self.content_lines if self.content_lines else 1.0

    @property
    def overall_precision(self) -> float:
        removed = sum(self.removed_by.values())
        return sum(self.correct_by.values()) / removed if removed else 1.0

    @property
    def overall_recall(self) -> float:
        gold = sum(self.gold.values())
        return sum(self.found.values()) / gold if gold else 1.0

    def to_dict(self) -> dict[str, Any]:
        families = sorted(set(self.gold) | set(self.removed_by))
        return {
            "cases": self.cases,
            "exact": self.exact,
            "content_kept": round(self.content_ratio, 4),
            "precision": round(self.overall_precision, 4),
            "recall": round(self.overall_recall, 4),
            "families": {
                f: {
                    "precision": round(self.precision(f), 4),
                    "recall": round(self.recall(f), 4),
                    "removed": self.removed_by[f],
                    "gold": self.gold[f],
                }
                for f in families
            },
            "failures": self.failures,
        }


def evaluate(cases: Iterable[Case], pipeline: Pipeline = DEFAULT) -> Report:
    """Run ``pipeline`` on every case and count lines per family."""
    report = Report()
    for case in cases:
        report.cases += 1
        cleaned = pipeline.explain(case.raw)
        if cleaned.text == case.clean:
            report.exact += 1
        else:
            report.failures.append(case.id)
        removed_by = _removed_lines(case.raw, cleaned.removals)
        cleaners = _line_cleaners(case.raw, removed_by)
        for (_, label), cleaner in zip(label_lines(case), cleaners, strict=True):
            if label == CONTENT:
                report.content_lines += 1
                if cleaner is None:
                    report.content_kept += 1
                else:
                    report.removed_by[cleaner] += 1
                continue
            report.gold[label] += 1
            if cleaner is not None:
                report.found[label] += 1
                report.removed_by[cleaner] += 1
                report.correct_by[cleaner] += 1
    return report


def _removed_lines(raw: str, removals: Sequence[Any]) -> dict[int, str]:
    """Map the start offset of each fully removed raw line to the cleaner that removed it."""
    result: dict[int, str] = {}
    offset = 0
    spans = sorted(removals, key=lambda r: r.start)
    for line in raw.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        covering = [r for r in spans if r.start < end and r.end > start]
        if not covering:
            continue
        kept = line
        for r in sorted(covering, key=lambda r: r.start, reverse=True):
            a, b = max(r.start, start) - start, min(r.end, end) - start
            kept = kept[:a] + r.replacement + kept[b:]
        if not kept.strip():
            longest = max(covering, key=lambda r: min(r.end, end) - max(r.start, start))
            result[start] = longest.cleaner
    return result


def _line_cleaners(raw: str, removed_by: dict[int, str]) -> list[str | None]:
    """The cleaner that removed each non-blank raw line, or ``None`` where it stayed."""
    result: list[str | None] = []
    offset = 0
    for line in raw.split("\n"):
        if line.strip():
            result.append(removed_by.get(offset))
        offset += len(line) + 1
    return result


def format_report(report: Report) -> str:
    """Render a report as a plain-text table."""
    rows = [
        f"cases {report.cases}, exact {report.exact}, content kept "
        f"{report.content_ratio:.4f} ({report.content_kept}/{report.content_lines})",
        f"{'family':<14}{'precision':>10}{'recall':>9}{'removed':>9}{'gold':>7}",
    ]
    for family in sorted(set(report.gold) | set(report.removed_by)):
        rows.append(
            f"{family:<14}{report.precision(family):>10.3f}{report.recall(family):>9.3f}"
            f"{report.removed_by[family]:>9}{report.gold[family]:>7}"
        )
    rows.append(
        f"{'all':<14}{report.overall_precision:>10.3f}{report.overall_recall:>9.3f}"
        f"{sum(report.removed_by.values()):>9}{sum(report.gold.values()):>7}"
    )
    if report.failures:
        rows.append("not exact: " + ", ".join(report.failures))
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None, *, prog: str = "python -m newsclean.evaluate") -> int:
    """Command line: print the per-family table for a corpus folder."""
    parser = argparse.ArgumentParser(prog=prog, description=__doc__.split("\n")[0])
    parser.add_argument(
        "corpus", nargs="?", default="corpus", help="corpus folder (default: corpus)"
    )
    parser.add_argument("--preset", choices=sorted(PRESETS), default="default")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    try:
        cases = load_cases(args.corpus)
    except CaseError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if not cases:
        print(f"error: no cases in {args.corpus}", file=sys.stderr)
        return 2
    report = evaluate(cases, PRESETS[args.preset])
    print(json.dumps(report.to_dict(), indent=2) if args.json else format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
