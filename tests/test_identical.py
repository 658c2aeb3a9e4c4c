"""Every result on the golden corpus is the recorded one, byte for byte.

``tests/data/explain-digests.json`` holds a SHA-256 of each corpus text's whole
``explain`` result (clean text, removals with offsets, rules and reasons, refusals,
metadata) under each preset, written by ``tools/identical.py``. A change that is meant
only to make newsclean faster must leave every digest as it is; a change meant to change
results writes the file again and says why.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import identical  # noqa: E402
import newsclean  # noqa: E402

RECORDED = ROOT / "tests" / "data" / "explain-digests.json"


def test_corpus_results_are_the_recorded_ones() -> None:
    expected = json.loads(RECORDED.read_text(encoding="utf-8"))
    found = identical.digests()
    changed = identical.compare(expected, found)
    assert not changed, (
        f"{len(changed)} results changed, e.g. {changed[:5]}; if meant, run "
        "python tools/identical.py write tests/data/explain-digests.json"
    )


def test_a_digest_sees_a_change_of_reason() -> None:
    cleaned = newsclean.explain("By Jane Doe\nRain fell all day on the coast road.")
    assert cleaned.removals
    first = cleaned.removals[0]
    other = type(first)(first.start, first.end, first.cleaner, first.rule, first.reason + "!",
                        first.text)  # fmt: skip
    changed = type(cleaned)(cleaned.text, (other, *cleaned.removals[1:]), cleaned.metadata,
                            shape=cleaned.shape)  # fmt: skip
    assert identical.digest(changed) != identical.digest(cleaned)
    assert identical.compare({"a": "1", "b": "2"}, {"a": "1", "c": "2"}) == ["b", "c"]


def test_clean_gives_the_text_explain_gives() -> None:
    # ``clean`` does not build the records ``explain`` returns: the text must not differ.
    for key, text, site in identical.corpus_texts():
        for name, pipeline in identical.PRESETS.items():
            assert pipeline.clean(text, site=site) == pipeline.explain(text, site=site).text, (
                f"{key}/{name}"
            )
