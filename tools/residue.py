"""Where the furniture that ``clean`` keeps sits, and what kept it: a map for the next rule.

    python tools/residue.py [--sets dragnet] [--shape page] [--half fit] [--examples 5]

For every development page with gold text (``tools/devdata.py``: dragnet, cleaneval) in
one shape, each block of the text as ``clean`` reads it (its first view, before any
cleaner) that ``clean`` keeps (at least half of its characters stay) is labelled *story*
when at least half of its 4-token shingles are in the page's gold text, *furniture*
otherwise, and put in one of these places:

* ``not judged (read as lines)``: the text was read as an extractor's output (a shape
  whose threshold is 1.0), where the story finder removes nothing;
* ``story run, prose`` / ``story run, not prose``: inside the main run of prose blocks
  (:func:`newsclean.story.find_story`), where only the named families remove;
* ``outside, prose``: a paragraph outside the story (a comment, a teaser's snippet): the
  finder never takes prose;
* ``outside, prose score >= tau``: story-like by the prose model, so in no stretch;
* ``outside, the story's own (...)``: a run the finder keeps by construction (items
  as long as paragraphs, images or a table next to the story, a fact box, a short run
  next to a sentence; a run with prose on both sides is the block model's to judge);
* ``outside, a list a story paragraph introduces``: items after a story paragraph that
  ends with a colon (:func:`newsclean.story.introduced_lists`), which ``chrome`` keeps;
* ``outside, the story's headline or what follows it``: from the story's top-level
  heading (:func:`newsclean.story.headline`) to the story, which the finder keeps, and
  the text's only top-level heading a little further up (:func:`newsclean.story.lone_headline`);
* ``outside, refused: ...``: a stretch the guard refused, by its reason;
* ``outside, score < threshold``: a block the finder did not call chrome (by the block
  model's score, or its stretch's where the stretch model judges the shape).

It prints the words of each place, furniture and story, so a rule can be aimed where
furniture is many and story few; ``--examples`` prints that many furniture blocks of each
place. Run it on the fit half to design, and on the check half only to confirm.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import regex

import devdata
import newsclean
import scoring
from newsclean.document import Document
from newsclean.prose import block_stats
from newsclean.story import (
    SOFT_OWN,
    find_story,
    headline,
    introduced_lists,
    lone_headline,
    runs_outside,
    weights,
)

_TOKEN = regex.compile(r"\w+")
_NUMBER = regex.compile(r"\d+")


def places(doc: Document, refused: dict[int, str]) -> dict[int, str]:
    """Name the place of each block of ``doc`` (its first view), by rank (see above)."""
    fitted = weights()
    if not fitted.acts(doc.shape):  # a shape the finder does not act on
        return {rank: f"not judged (read as {doc.shape})" for rank in range(len(doc.content))}
    story = find_story(doc, fitted)
    stats = block_stats(doc)
    prose, tau = story.prose, fitted.tau
    first, last = story.first, story.last
    scores = {r: s.score for s in story.stretches for r in range(s.first, s.last + 1)}
    block_at, stretch_at = fitted.threshold(doc.shape), fitted.stretch_threshold(doc.shape)
    found: dict[int, str] = {}
    for i in range(len(doc.content)):
        if first <= i <= last:
            found[i] = "story run, prose" if stats[i].prose else "story run, not prose"
        elif stats[i].prose:
            found[i] = "outside, prose"
        elif prose[i] >= tau:
            found[i] = "outside, prose score >= tau"
    for i, j, own in runs_outside(doc, prose, (first, last), tau):
        if own == SOFT_OWN and i > last:  # the block model judges those blocks
            own = None
        why = f"outside, the story's own ({own})" if own else ""
        for rank in range(i, j):
            if why:
                found[rank] = why
            elif rank in refused:
                found[rank] = "outside, refused: " + refused[rank]
            elif story.chrome[rank] <= block_at and scores.get(rank, 0.0) <= stretch_at:
                found[rank] = "outside, score < threshold"
            else:
                found[rank] = "outside, removed"
    for rank in range(len(doc.content)):
        found.setdefault(rank, "no story run found")  # a text with no prose
    top = headline(doc, (first, last))
    for rank in range(first if top is None else top, first):
        if not found[rank].startswith(("story run", "outside, prose")):
            found[rank] = "outside, the story's headline or what follows it"
    for rank in introduced_lists(doc, story, fitted.bar):
        if not found[rank].startswith(("story run", "outside, prose")):
            found[rank] = "outside, a list a story paragraph introduces"
    lone = lone_headline(doc, (first, last))
    if lone is not None and not found[lone].startswith(("story run", "outside, prose")):
        found[lone] = "outside, the story's headline or what follows it"
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="dragnet", help="comma-separated: dragnet,cleaneval")
    parser.add_argument("--shape", default="page", choices=devdata.MEASURED_SHAPES)
    parser.add_argument("--half", default="fit", choices=("fit", "check"))
    parser.add_argument("--examples", type=int, default=0, help="furniture blocks per place")
    args = parser.parse_args()
    words: Counter[tuple[str, str]] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    pages = [p for p in devdata.load(tuple(args.sets.split(",")), half=args.half) if p.gold]
    for page in pages:
        text = page.shapes[args.shape]
        cleaned = newsclean.explain(text)
        gold = scoring.shingles(page.gold or "")
        doc = Document(text, shape=cleaned.shape)
        starts = {block.start: rank for rank, block in enumerate(doc.content)}
        refused: dict[int, str] = {}
        for refusal in cleaned.refused:
            if refusal.cleaner == "chrome" and refusal.start in starts:
                refused.setdefault(starts[refusal.start], _NUMBER.sub("N", refusal.guard))
        where = places(doc, refused)
        removed = [(r.start, r.end) for r in cleaned.removals]
        for rank, block in enumerate(doc.content):
            cut = sum(max(0, min(block.end, b) - max(block.start, a)) for a, b in removed)
            count = len(_TOKEN.findall(block.text))
            if not count or cut * 2 >= block.end - block.start:
                continue
            shingles = scoring.shingles(block.text)
            story = sum(1 for s in shingles if s in gold) * 2 >= len(shingles)
            words[where[rank], "story" if story else "furniture"] += count
            if not story and len(examples[where[rank]]) < args.examples:
                examples[where[rank]].append(f"{page.key}: {block.stripped[:90]}")
    print(f"{args.sets} {args.shape} {args.half}: {len(pages)} pages; words kept by place")
    print(f"{'place':62} {'furniture':>9} {'story':>8}")
    for place in sorted({p for p, _ in words}, key=lambda p: -words[p, "furniture"]):
        print(f"{place:62} {words[place, 'furniture']:9d} {words[place, 'story']:8d}")
        for line in examples.get(place, []):
            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
