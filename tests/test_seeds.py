"""The two pages the project started from come out as POLICY.md implies.

The seeds live in ``../shared/seeds`` and are read from there (never copied here).
The expectations are written from POLICY.md, line by line: the headline and the story
paragraphs stay; the date, the read time, the tagged teaser, "ALSO READ", the
previous/next links and every block after them, the newsletter prompt and the
aggregator footer with its teasers go.
"""

from __future__ import annotations

from pathlib import Path

import newsclean


def _seed(shared: Path, prefix: str) -> str:
    (path,) = sorted((shared / "seeds").glob(prefix + "*.txt"))
    return path.read_text(encoding="utf-8")


def test_wordpress_news_seed(shared: Path) -> None:
    raw = _seed(shared, "000_")
    lines = raw.split("\n")
    cleaned = newsclean.explain(raw)
    out = cleaned.text.split("\n")
    # Headline first, story paragraphs in order, then nothing after the last paragraph.
    assert out[0] == "Afghan resistance ready for talks with Taliban"
    assert out[-1].startswith("According to the UN, 18 million Afghans")
    story = lines[lines.index(out[0]) : lines.index(out[-1]) + 1]
    teaser = story.index(next(line for line in story if line.endswith("reports Asian Lite News")))
    # The tagged teaser goes with one of the blank lines around it; the story's own
    # blank lines (a run of three, further down) stay as they are.
    assert story[teaser + 1] == ""
    expected = story[:teaser] + story[teaser + 2 :]
    assert cleaned.text == "\n".join(expected)
    assert not any(line.startswith("ALSO READ") for line in out)
    assert cleaned.metadata.published == "September 5, 2021"
    assert cleaned.metadata.read_time == 2
    removed = {r.text for r in cleaned.removals}
    assert {"Previous Story", "Next Story", "Don't Miss", "Go toTop"} <= removed
    assert {r.cleaner for r in cleaned.removals} == {
        "timestamps",
        "read_time",
        "teasers",
        "navigation",
        "chrome",
    }
    # The story finder takes only the teaser blocks after the story, none inside it.
    end = raw.index(out[-1]) + len(out[-1])
    assert all(r.start >= end for r in cleaned.removals if r.cleaner == "chrome")


def test_aggregator_seed(shared: Path) -> None:
    raw = _seed(shared, "003_")
    lines = raw.split("\n")
    cleaned = newsclean.explain(raw)
    # Two story paragraphs and nothing else; the glued "Andarab.Earlier" is left as it is.
    assert cleaned.text.split("\n") == [lines[1], lines[2]]
    assert "Andarab.Earlier" in cleaned.text
    assert {r.cleaner for r in cleaned.removals} == {"promotions", "syndication"}
    repaired = (newsclean.DEFAULT + newsclean.GluedSentences()).clean(raw)
    assert "Andarab. Earlier" in repaired
