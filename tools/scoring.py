"""How a cleaned text is scored, and the peers newsclean is compared with.

* :func:`shingle_score`: the article-extraction-benchmark's method against gold text:
  tokens are ``\\w+`` runs, each text a multiset of 4-token shingles; per page,
  precision = shared / predicted, recall = shared / gold (a page with nothing on either
  side scores 1); precision and recall are averaged over pages and F1 taken of the means.
* :func:`segment_score`: trafilatura-eval's ``with`` / ``without`` segments.
* :func:`c4_rule`: C4's line rule (keep the lines that end a sentence).
* :func:`justext_lines`: jusText's paragraph classifier over the lines of the text.
"""

from __future__ import annotations

import functools
import html
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import regex

_TOKEN = regex.compile(r"\w+")
_SPACE = regex.compile(r"\s+")
N = 4


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """Return the multiset of 4-token shingles of ``text`` (one shingle for a shorter text)."""
    tokens = _TOKEN.findall(text or "")
    if not tokens:
        return Counter()
    return Counter(tuple(tokens[i : i + N]) for i in range(max(1, len(tokens) - N + 1)))


def page_pr(predicted: str, gold: str) -> tuple[float, float]:
    """Return one page's (precision, recall) of ``predicted`` against ``gold``."""
    pred, true = shingles(predicted), shingles(gold)
    if not pred and not true:
        return 1.0, 1.0
    shared = sum((pred & true).values())
    precision = shared / sum(pred.values()) if pred else 0.0
    recall = shared / sum(true.values()) if true else 1.0
    return precision, recall


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def mean_score(pairs: Iterable[tuple[float, float]]) -> Score:
    """Average per-page (precision, recall) pairs; F1 of the means."""
    items = list(pairs)
    if not items:
        return Score(1.0, 1.0, 0)
    return Score(
        sum(p for p, _ in items) / len(items), sum(r for _, r in items) / len(items), len(items)
    )


def norm(text: str) -> str:
    """Whitespace-normalise, as the trafilatura evaluation does."""
    return _SPACE.sub(" ", text).strip()


def segment_counts(text: str, with_: list[str], without: list[str]) -> tuple[int, int, int]:
    """Return (true positives, false negatives, false positives) of one page's segments."""
    flat = norm(text)
    tp = sum(norm(s) in flat for s in with_)
    fp = sum(norm(s) in flat for s in without)
    return tp, len(with_) - tp, fp


def prf(tp: int, fn: int, fp: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


#: What ends a sentence for C4's rule (its ASCII marks, with the common typographic quotes).
_C4_END = (".", "!", "?", '"', "”", "’", "'", "。", "！", "？")


def c4_rule(text: str) -> str:
    """Keep only the lines that end with a terminal punctuation mark (C4's line rule)."""
    return "\n".join(line for line in text.splitlines() if line.rstrip().endswith(_C4_END))


@functools.cache
def _stoplists() -> dict[str, frozenset[str]]:
    import justext

    return {name: frozenset(justext.get_stoplist(name)) for name in justext.get_stoplists()}


def justext_language(text: str) -> str:
    """Return the jusText stoplist that covers most of ``text``'s words."""
    words = [w.lower() for w in _TOKEN.findall(text[:20000])]
    lists = _stoplists()
    return max(sorted(lists), key=lambda name: sum(w in lists[name] for w in words))


def justext_lines(text: str) -> str:
    """Keep the lines jusText's classifier calls good (each line a paragraph, its language's
    stoplist chosen by coverage)."""
    import justext

    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page += "</body></html>"
    stoplist = _stoplists()[justext_language(text)]
    paragraphs = justext.justext(page, stoplist)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)
