"""Furniture by its words: short blocks that carry a family's vocabulary and no story prose.

Every block that holds a word of a family's vocabulary (:mod:`newsclean.vocabulary`) is
judged in three steps (:func:`verdicts`):

1. **By its form** (:func:`labelled`): a date label and its stamp, a read-time label and
   its minutes, nothing but a family's words, a family word that labels what follows, a
   call to action (a prompt's words and words that address the reader fill the block).
2. **Never** when it shows a sign of story prose (:func:`story_signs`: a quote, figures
   in context, a question, a sentence or a long line that addresses no reader, a line
   broken mid-sentence), or when it is a plain line amid the story's prose.
3. **By a fitted logistic model** otherwise (at most :data:`MAX_WORDS` words): how much
   of it the vocabulary covers, cues, length, function words, punctuation, counts and
   figures, a date stamp, links, and where it stands against the story the finder found.

A judged block is furniture of the family with the most hits, removed by that family's
cleaner; the reason names the words that decided.

The weights are data: ``rules/furniture.json``, fitted by ``tools/fit_furniture.py`` on the
fit half of the development data (see that file's notes).

>>> from newsclean.document import Document
>>> doc = Document("The council met on Monday and agreed the budget for next year.\\n"
...                "Sign up for our newsletter")
>>> [(rank, v.family, v.reason) for rank, v in verdicts(doc).items()]
[(1, 'subscribe', 'a subscribe prompt by its words: Sign up + newsletter + our, a 5-word block')]
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from newsclean.dates import has_stamp, parse_date
from newsclean.document import Document, text_memo
from newsclean.language import language_set
from newsclean.lines import HEADING, ITEM, Block
from newsclean.prose import Stats, block_stats, reference_share
from newsclean.records import Span
from newsclean.story import Model, find_story, weights
from newsclean.vocabulary import CJK, CUES, FAMILIES, OWNERS, Hit, index

#: Longest block judged by its words.
MAX_WORDS = 30
#: Families whose blocks are judged by their form, not by the model: a label and a date
#: stamp, a label and a number of minutes (see :func:`labelled`).
FORM_FAMILIES = ("dates", "read_time")
#: The families the fitted model judges.
MODEL_FAMILIES = tuple(f for f in FAMILIES if f not in FORM_FAMILIES)
#: Longest labelled date stamp and read-time label, in words.
STAMP_WORDS = 12
READ_TIME_WORDS = 6
#: Share of a date stamp's words after its label that must hold digits.
STAMP_DIGITS = 0.4
#: Longest block that is nothing but a family's words, and longest labelled block.
ALONE_WORDS = 6
LABEL_WORDS = 14
#: Most words a credit label names.
CREDIT_WORDS = 5
#: A call to action: a prompt family's words with words that address the reader, which
#: together make at least PROMPT_COVER of its words, in at most PROMPT_WORDS words.
PROMPT_FAMILIES = ("subscribe", "share", "follow", "comment")
PROMPT_WORDS = 16
PROMPT_COVER = 0.5
#: How many blocks at each end of a text count as its edge.
EDGE = 3

#: What a block of each family is called in a reason.
LABELS = {
    "subscribe": "a subscribe prompt",
    "share": "a share button",
    "follow": "a follow prompt",
    "comment": "a comments prompt",
    "related": "a related-links line",
    "advertising": "an advertising label",
    "privacy": "a cookie or privacy notice",
    "credit": "a photo or video credit",
    "copyright": "a copyright line",
    "dates": "a date label",
    "read_time": "a read-time label",
}

#: The features of a judged block, in the order of the fitted weights.
FEATURES = (
    "hits", "families", "cues", "covered", "log_words", "stop_relative", "ends",
    "sentences", "quote", "count", "figures", "stamp", "starts", "label", "alone",
    "inside", "edge", "prose", "neighbours", "linked", "heading", "item",
    *(f"family_{family}" for family in MODEL_FAMILIES),
)  # fmt: skip

_QUOTE = regex.compile(r"[\"“”„«»「」『』]|(?<!\p{L})['‘’](?=\p{L})")


@dataclass(frozen=True, slots=True)
class Verdict:
    """A block judged furniture by its words: the family, the words, the score (1.0 for
    a block judged by its form), and what a date or read-time label gives."""

    family: str
    words: tuple[str, ...]
    size: int
    score: float
    published: str | None = None
    read_time: int | None = None
    #: A site's notice to its readers outside the story (:func:`notices`), not a short
    #: block judged by its form or by the model.
    notice: bool = False

    @property
    def owner(self) -> str:
        """The cleaner that removes the family's blocks."""
        return OWNERS[self.family]

    @property
    def rule(self) -> str:
        """The rule's name: ``<owner>.<family>_words``, or ``_notice`` for a notice."""
        return f"{self.owner}.{self.family}_{'notice' if self.notice else 'words'}"

    @property
    def reason(self) -> str:
        shown = " + ".join(dict.fromkeys(self.words))
        if self.notice:
            return (f"a notice to the site's readers by its words: {shown}, "
                    f"a {self.size}-word paragraph outside the story")  # fmt: skip
        return f"{LABELS[self.family]} by its words: {shown}, a {self.size}-word block"


#: The groups of shapes (as a text is read) that get a model each: an extractor's text,
#: where nearly every block is story, and the shapes with the page around the story.
GROUPS = ("lines", "page")


def group_of(shape: str) -> str:
    """The group of a shape: ``lines`` for ``lines`` and ``paragraphs``, else ``page``."""
    return "lines" if shape in ("lines", "paragraphs") else "page"


@dataclass(frozen=True)
class Judge:
    """The fitted models and thresholds by group, and the notes of what they were fitted on."""

    models: dict[str, tuple[Model, float]]
    notes: dict[str, Any]


@functools.cache
def judge() -> Judge:
    """Return the fitted weights of ``rules/furniture.json`` (read once)."""
    path = resources.files("newsclean.rules") / "furniture.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    models = {}
    for group in GROUPS:
        model = data["groups"][group]
        if list(model["features"]) != list(FEATURES):
            raise ValueError("rules/furniture.json was fitted for other features: refit it")
        models[group] = (
            Model(
                tuple(model["features"]),
                tuple(float(w) for w in model["weights"]),
                float(model["bias"]),
            ),
            float(model["threshold"]),
        )
    return Judge(models, data.get("notes", {}))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A short block with vocabulary hits, and its features (what the fitting reads).

    ``plain``: the block stands between story paragraphs and its words say nothing
    beyond one family word, the story's own kind of line ("Subscribers complained about
    the charges", a subheading): see :func:`verdicts`.
    """

    rank: int
    family: str
    hits: tuple[Hit, ...]
    row: tuple[float, ...]
    size: int
    plain: bool = False


def _hits(doc: Document, rank: int) -> list[Hit]:
    """The vocabulary hits of a block's judged text, kept per text for every view (a
    text's hits are its words': blocks that read alike share them)."""
    block = doc.content[rank]
    memo = _hits_memo(doc)
    found = memo.get(block.stripped)
    if found is None:
        found = memo[block.stripped] = _scan(block.stripped, doc)
    return found


#: The memo entry of the vocabulary hits: by the text's cue languages, then by a block's
#: judged text (a text memo: the hits are the block's words', given the languages).
_HITS = text_memo(f"{__name__}:hits")


def _hits_memo(doc: Document) -> dict[str, list[Hit]]:
    """The text's vocabulary hits by a block's judged text (see :func:`_hits`)."""
    every = doc.memo.get(_HITS)
    if every is None:
        every = doc.memo[_HITS] = {}
    assert isinstance(every, dict)
    cues = _cue_languages(doc)
    memo = every.get(cues)
    if memo is None:
        memo = every[cues] = {}
    assert isinstance(memo, dict)
    return memo


def _scan(text: str, doc: Document) -> list[Hit]:
    """A block's hits: the families of ``doc.language`` (all when ``None``), and the cues
    of the text's own language (every language's when it is not clear). A cue is a
    common word ("dit", "er"), so another language's would be noise."""
    return index(doc.language, _cue_languages(doc)).scan(text)


def _cue_languages(doc: Document) -> tuple[str, ...] | None:
    if doc.language is not None:
        return doc.language
    key = f"{__name__}:cue_languages"
    if key not in doc.memo:
        doc.memo[key] = language_set("auto", doc.text)
    found = doc.memo[key]
    assert found is None or isinstance(found, tuple)
    return found


def candidates(
    doc: Document,
    skip: Container[int] = (),
    keep: Callable[[int, list[Hit]], bool] | None = None,
) -> Iterator[Candidate]:
    """Yield every short block of ``doc`` that holds a family's words, with its features
    (``skip``: ranks already judged; ``keep``, when given, says which blocks to yield by
    their rank and hits). The story is found only when a block needs it."""
    content = doc.content
    if not content:
        return
    stats = block_stats(doc)
    found = []
    memo = _hits_memo(doc)
    for rank, block in enumerate(content):
        words = stats[rank].words
        if words > MAX_WORDS or words == 0 or rank in skip:
            continue
        hits = memo.get(block.stripped)
        if hits is None:
            hits = memo[block.stripped] = _scan(block.stripped, doc)
        if hits:
            named = [hit for hit in hits if hit.family in MODEL_FAMILIES]
            if named and (keep is None or keep(rank, hits)):
                found.append((rank, hits, named))
    if not found:
        return
    story = find_story(doc)
    reference = reference_share(doc)
    last = len(content) - 1
    for rank, hits, named in found:
        block, own = content[rank], stats[rank]
        counts = _counts(named)
        family = _family(counts)
        row = _row(doc, block, own, hits, counts, family, reference, rank, last, story)
        own_hits = tuple(h for h in named if h.family == family)
        plain = _plain(block.stripped, hits, counts[family], rank, story)
        yield Candidate(rank, family, own_hits, row, own.words, plain)


def _row(
    doc: Document,
    block: Block,
    own: Stats,
    hits: Sequence[Hit],
    counts: dict[str, int],
    family: str,
    reference: float,
    rank: int,
    last: int,
    story: Any,
) -> tuple[float, ...]:
    """The model's features of a candidate block: its own (made once per text, for
    every view) and where it stands in the view (the story, its neighbours, the edges)."""
    memo = doc.memo.setdefault(f"{__name__}:own", {})
    assert isinstance(memo, dict)
    key = (block.index, block.stripped)
    template = memo.get(key)
    if template is None:
        # Against a share of 0.0: the view's is taken off below (the same subtraction).
        values = _own_values(block.stripped, own, hits, counts, family, 0.0)
        # In the order of FEATURES, with a place for each of the view's own.
        template = memo[key] = [values.get(name, 0.0) for name in FEATURES]
    prose = story.prose
    around = [prose[i] for i in (rank - 1, rank + 1) if 0 <= i <= last]
    row = list(template)
    row[_RELATIVE] = template[_RELATIVE] - reference
    row[_INSIDE] = float(story.inside(rank))
    row[_EDGE] = float(rank < EDGE or rank > last - EDGE)
    row[_PROSE] = prose[rank] if prose else 0.0
    row[_NEIGHBOURS] = sum(around) / len(around) if around else 0.0
    return tuple(row)


#: Where the features that depend on the view stand in a row.
_INSIDE, _EDGE, _PROSE, _NEIGHBOURS, _RELATIVE = (
    FEATURES.index(name) for name in ("inside", "edge", "prose", "neighbours", "stop_relative")
)


def _own_values(
    text: str,
    own: Stats,
    hits: Sequence[Hit],
    counts: dict[str, int],
    family: str,
    reference: float,
) -> dict[str, float]:
    chars = max(len(text.strip()), 1)
    covered = sum(hit.end - hit.start for hit in hits)
    lead = len(text) - len(text.lstrip())
    stamp = has_stamp(text)
    values = {
        "hits": math.log1p(counts[family]),
        "families": float(sum(1 for c in counts.values() if c)),
        "cues": math.log1p(sum(1 for hit in hits if hit.family == CUES)),
        "covered": min(covered / chars, 1.0),
        "log_words": math.log1p(own.words),
        "stop_relative": own.stop_share - reference,
        "ends": float(own.ends),
        "sentences": float(min(own.sentences, 3)),
        "quote": float(_QUOTE.search(text) is not None),
        # "37 kommenttia", "Kommentarer (23)": a count and its family's word; figures in
        # a longer block are a sign of story prose ("reaches 40,000 inboxes").
        "count": float(own.digits > 0 and own.words <= 4),
        "figures": float(own.digits > 0 and own.words > 4),
        "stamp": float(stamp),
        "starts": float(bool(hits) and hits[0].start - lead <= 3),
        # "Foto: ...", "Læs også: ...": a family word that labels what follows.
        "label": float(_labels(text, hits)),
        # "Annonce", "Del saken": nothing but the vocabulary.
        "alone": float(len(_REST.sub("", _strip_hits(text, hits))) < 3),
        "linked": own.linked / chars,
        "heading": float(own.kind == HEADING),
        "item": float(own.kind == ITEM),
    }
    for name in MODEL_FAMILIES:
        values[f"family_{name}"] = float(name == family)
    return values


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_NUMBER = regex.compile(r"^\d{1,3}$")


def labelled(doc: Document, rank: int, words: int) -> Verdict | None:
    """Judge a block by its form, in any language with a vocabulary:

    * a date label and a stamp ("Aktualizováno 12. 3. 2025 14:05"): the label opens the
      block and digits fill at least :data:`STAMP_DIGITS` of the words after it;
    * a read-time label and its minutes ("Doba čtení: 3 minuty", "Læsetid: 2 min."): a
      number and at most one other word that is not its vocabulary;
    * nothing but a family's words, with counts and punctuation ("Annonce", "Del saken",
      "Kommentarer (23)"), in at most :data:`ALONE_WORDS` words;
    * a family's word that labels what follows ("Kuva: Marjo Heikkinen", "Læs også:
      ..."), in at most :data:`LABEL_WORDS` words, unless the block is a sentence;
    * a call to action: a prompt's words and words that address the reader ("Never miss
      a story: sign up to our morning briefing") make :data:`PROMPT_COVER` of at most
      :data:`PROMPT_WORDS` words, and the block shows no sign of story prose.
    """
    if words > _LONGEST_FORM:
        return None
    block = doc.content[rank]
    text = block.stripped
    hits = [hit for hit in _hits(doc, rank) if hit.family != CUES]
    if not hits:
        return None
    first = hits[0]
    if (
        first.family == "dates"
        and _opens(text, first)
        and has_stamp(text)
        and (words <= STAMP_WORDS)
    ):
        rest = _WORD.findall(text, first.end)
        digits = sum(1 for word in rest if any(c.isdigit() for c in word))
        if rest and digits >= STAMP_DIGITS * len(rest):
            return Verdict("dates", (first.text, "a date"), words, 1.0,
                           published=_published(text))  # fmt: skip
    timed = [hit for hit in hits if hit.family == "read_time"]
    if timed and words <= READ_TIME_WORDS:
        numbers = [m.group() for m in _WORD.finditer(text) if _NUMBER.match(m.group())]
        covered = [(hit.start, hit.end) for hit in _hits(doc, rank)]
        other = [
            m for m in _WORD.finditer(text)
            if not _NUMBER.match(m.group())
            and not any(a <= m.start() and m.end() <= b for a, b in covered)
        ]  # fmt: skip
        if len(numbers) == 1 and len(other) <= 1:
            return Verdict("read_time", (*(hit.text for hit in timed), "a number"), words,
                           1.0, read_time=int(numbers[0]))  # fmt: skip
    named = [hit for hit in hits if hit.family in MODEL_FAMILIES]
    if not named:
        return None
    family = _family(_counts(named))
    shown = tuple(hit.text for hit in named if hit.family == family)
    every = _hits(doc, rank)
    # "Never miss a story: sign up to our morning briefing", "Følg os på Facebook": a
    # prompt's words and the words that address the reader fill most of the block.
    if (
        family in PROMPT_FAMILIES
        and words <= PROMPT_WORDS
        and any(hit.family == CUES for hit in every)
    ):
        own = block_stats(doc, (block,))[0]
        filled = sum(len(_WORD.findall(hit.text)) for hit in every)
        if filled >= PROMPT_COVER * words and story_signs(text, own, every, None, None) is None:
            cues = tuple(hit.text for hit in every if hit.family == CUES)
            return Verdict(family, (*shown, *cues), words, 1.0)
    # "Annonce", "Del saken", "Kommentarer (23)": nothing but the vocabulary.
    # A heading of the story's own ("## Sources") is a section title, not a button.
    if (
        words <= ALONE_WORDS
        and block.kind != HEADING
        and len(_REST.sub("", _strip_hits(text, _hits(doc, rank)))) < 3
    ):
        return Verdict(family, (*shown, "nothing else"), words, 1.0)
    # "Kuva: Marjo Heikkinen", "Læs også: ...": a family's word labels what follows.
    if (
        words <= LABEL_WORDS
        and _labels(text, named)
        and not (block_stats(doc, (block,))[0].ends and words >= SENTENCE_WORDS)
    ):
        rest = _WORD.findall(text, named[0].end)
        # A credit names a photographer or an agency: a few words, no figures
        # ("Source: the club's annual report, page 12" is the story's).
        if named[0].family != "credit" or (
            len(rest) <= CREDIT_WORDS and not any(c.isdigit() for w in rest for c in w)
        ):
            return Verdict(named[0].family, (named[0].text, "a label"), words, 1.0)
    return None


def _counts(named: Sequence[Hit]) -> dict[str, int]:
    """How many hits each family the model judges has."""
    counts = {family: 0 for family in MODEL_FAMILIES}
    for hit in named:
        counts[hit.family] += 1
    return counts


def _family(counts: dict[str, int]) -> str:
    """The family with the most hits (ties: the first family; a comment form's login
    words are the comment family's)."""
    family = max(MODEL_FAMILIES, key=lambda f: counts[f])
    if counts["comment"] and family == "subscribe":
        family = "comment"  # "Log in to comment": a comment form's prompt
    return family


def _published(text: str) -> str | None:
    """The stamp as written, when a date can be read from it (the metadata parses it)."""
    return text.strip() if parse_date(text) is not None else None


_REST = regex.compile(r"[^\p{L}]+")


def _strip_hits(text: str, hits: Sequence[Hit]) -> str:
    """``text`` without the words of its hits."""
    parts, at = [], 0
    for hit in hits:
        parts.append(text[at : hit.start])
        at = max(at, hit.end)
    parts.append(text[at:])
    return "".join(parts)


def _labels(text: str, hits: Sequence[Hit]) -> bool:
    """True when the block opens with a family's word and a colon or separator after it."""
    named = [hit for hit in hits if hit.family != CUES]
    if not named:
        return False
    return _opens(text, named[0]) and _LABEL_END.match(text, named[0].end) is not None


def _opens(text: str, hit: Hit) -> bool:
    """True when ``hit`` opens ``text`` (after bullets, marks and white space)."""
    lead = len(text) - len(text.lstrip(" \t*•·|>-–—#"))
    return hit.start - lead <= 1


#: A story block's neighbours are story prose at this prose score.
MID_STORY_PROSE = 0.5
#: Share of a block's words its vocabulary must cover to speak for itself between
#: paragraphs.
MID_STORY_COVER = 0.5
_LABEL_END = regex.compile(r"\s*[:：|»›>—–-]")


def _plain(text: str, hits: Sequence[Hit], count: int, rank: int, story: Any) -> bool:
    """True for a block amid the story's prose that carries one family word and nothing
    that addresses the reader: no second family word, no cue ("your", "jetzt"), no label
    form ("Read also: ..."), and the words cover less than half of it. Such a line is
    the story's own (a subheading, a short sentence) in every language alike."""
    prose = story.prose
    if not (story.first < rank < story.last):
        return False
    if prose[rank - 1] < MID_STORY_PROSE or prose[rank + 1] < MID_STORY_PROSE:
        return False
    if count >= 2 or any(hit.family == CUES for hit in hits):
        return False
    if _labels(text, hits):
        return False
    if CJK.search(text):  # no spaces: count characters
        words = len(CJK.findall(text))
        covered = sum(len(CJK.findall(hit.text)) for hit in hits)
    else:
        words = len(_WORD.findall(text))
        covered = sum(len(_WORD.findall(hit.text)) for hit in hits)
    return covered < MID_STORY_COVER * max(words, 1)


#: A block of this many words with figures in it reports something: story prose.
FIGURES_WORDS = 8


#: A sentence of this many words that addresses no reader is the story's.
SENTENCE_WORDS = 6
#: Two sentences of this many words are a paragraph of the story.
PARAGRAPH_WORDS = 20
#: A question of this many words that ends its block is the story's.
QUESTION_WORDS = 4
_QUESTION = regex.compile(r"[?？؟]\s*[\"”»’)]*\s*$")
_RUNS_ON = regex.compile(r"^\s*[\p{Ll}\d]")


def story_signs(
    text: str, own: Stats, hits: Sequence[Hit], before: Stats | None, after: str | None
) -> str | None:
    """Name the sign of story prose a block shows, or ``None``: a reported quote, figures
    in context ("now reaches 40,000 inboxes, up from 12,000"), two sentences of
    :data:`PARAGRAPH_WORDS` words or more, a question, a sentence or a long line
    that addresses no reader ("Share prices rose 4% on Tuesday."), a line the next one
    continues or that continues the one before (a paragraph broken mid-sentence). Such
    a block is never furniture by its words,
    whatever the model says."""
    if _QUOTE.search(text):
        return "a quote"
    if own.digits and own.words >= FIGURES_WORDS:
        return "figures in context"
    cues = any(hit.family == CUES for hit in hits)
    if own.sentences >= 2 and own.words >= PARAGRAPH_WORDS:
        return "more than a short sentence"
    if own.words >= QUESTION_WORDS and _QUESTION.search(text):
        return "a question"  # an interviewer's, a headline's: "Comment faites-vous ... ?"
    if own.ends and own.words >= SENTENCE_WORDS and not cues:
        return "a sentence"
    if not own.ends and after is not None and _RUNS_ON.match(after):
        return "a sentence that runs on"
    if before is not None and not before.ends and _RUNS_ON.match(text):
        return "the rest of a sentence"
    if own.words >= FIGURES_WORDS and not cues and not _labels(text, hits):
        return "a long line that addresses no reader"
    return None


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    e = math.exp(value)
    return e / (1.0 + e)


#: The longest block :func:`labelled` may judge.
_LONGEST_FORM = max(STAMP_WORDS, LABEL_WORDS, PROMPT_WORDS)


def by_form(doc: Document) -> dict[int, Verdict]:
    """Return the blocks of ``doc`` judged by their form (:func:`labelled`), by rank.

    A block's form is its own: judged once per text, for every view.
    """
    stats = block_stats(doc)
    found = {}
    memo = _forms_memo(doc)
    for rank, block in enumerate(doc.content):
        words = stats[rank].words
        if not 0 < words <= _LONGEST_FORM:
            continue
        key = (block.start, block.end, block.stripped)
        verdict = memo[key] if key in memo else _form(doc, rank, words)
        if verdict is not None:
            found[rank] = verdict
    return found


def form_of(doc: Document, rank: int) -> Verdict | None:
    """Return the verdict on the block ranked ``rank`` of ``doc`` by its form
    (:func:`labelled`), or ``None``: what :func:`by_form` says of that one block."""
    return _form(doc, rank, block_stats(doc)[rank].words)


def _form(doc: Document, rank: int, words: int) -> Verdict | None:
    if not 0 < words <= _LONGEST_FORM:
        return None
    memo = _forms_memo(doc)
    block = doc.content[rank]
    key = (block.start, block.end, block.stripped)
    if key not in memo:
        memo[key] = labelled(doc, rank, words)
    verdict = memo[key]
    assert verdict is None or isinstance(verdict, Verdict)
    return verdict


def _forms_memo(doc: Document) -> dict[tuple[int, int, str], Verdict | None]:
    """The text's verdicts by form, by a block's place and judged text (see :func:`_form`)."""
    memo = doc.memo.get(f"{__name__}:forms")
    if memo is None:
        memo = doc.memo[f"{__name__}:forms"] = {}
    assert isinstance(memo, dict)
    return memo


def for_the_model(doc: Document, taken: dict[int, Verdict]) -> Iterator[Candidate]:
    """Yield the candidates the model judges: not judged by their form (``taken``), not a
    plain line amid the story, and with no sign of story prose (:func:`story_signs`).
    The fitting reads exactly these."""
    stats = block_stats(doc)
    content = doc.content

    def unsigned(rank: int, hits: list[Hit]) -> bool:
        after = content[rank + 1].stripped if rank + 1 < len(content) else None
        before = stats[rank - 1] if rank else None
        return not story_signs(content[rank].stripped, stats[rank], hits, before, after)

    # The signs of story prose are the block's own: read before the story is found (a
    # view whose every candidate shows one needs no story).
    for candidate in candidates(doc, taken, unsigned):
        if not candidate.plain:
            yield candidate


def verdicts(doc: Document) -> dict[int, Verdict]:
    """Return the blocks of ``doc`` that are furniture by their words, by rank.

    Judged once per view: every family's cleaner asks.
    """
    # One entry per text, for the view it was judged on: a view that cuts inside a block
    # keeps the number of blocks, so the view itself is what tells them apart.
    key = f"{__name__}:verdicts"
    cached = doc.memo.get(key)
    if isinstance(cached, tuple) and cached[0] is doc.content:
        found: dict[int, Verdict] = cached[1]
        return found
    model, threshold = judge().models[group_of(doc.shape)]
    found = by_form(doc)
    for candidate in list(for_the_model(doc, found)):
        score = _sigmoid(model.logit(candidate.row))
        if score >= threshold:
            words = tuple(hit.text for hit in candidate.hits)
            found[candidate.rank] = Verdict(
                candidate.family, words, candidate.size, round(score, 3)
            )
    found.update(notices(doc, found))
    doc.memo[key] = (doc.content, found)
    return found


#: A notice to a site's readers: the words of at least this many families, and this
#: many words that address the reader.
NOTICE_FAMILIES = 2
NOTICE_CUES = 2


def notices(doc: Document, taken: Container[int] = ()) -> dict[int, Verdict]:
    """Return the paragraphs outside the story that are the site's notices to its readers,
    by rank: the words of two or more families and two or more words that address the
    reader, no quote ("If you believe this comment violates our Terms of Use, you can
    report it", "After you comment, click Post. If you are not logged in you will be
    asked to register"). On the fit half of the development pages (dragnet and
    cleaneval, page text and Markdown), the paragraphs outside the story that ``clean``
    kept and that this takes were 3,319 words of furniture and none of story; with two
    terms of one family instead of two families, 3,782 and 25 (a reader's comment), and
    a how-to paragraph ("masks you can download, print and assemble") went.

    >>> story = ("The council said on Monday that the coast road would stay closed for a "
    ...          "week while engineers inspect the damaged sea wall. ") * 3
    >>> notice = ("If you believe this comment is offensive or violates the Terms of Use, "
    ...           "you can report it below and our moderators will review it.")
    >>> under = ["12 comments", "Sort by", "Newest", "Oldest", notice, "Post"]
    >>> doc = Document("\\n".join([story, story, story, *under]), shape="paragraphs")
    >>> [(rank, v.rule) for rank, v in notices(doc).items()]
    [(7, 'comments.comment_notice')]
    >>> notices(Document("\\n".join([story, notice, story]), shape="paragraphs"))  # in the story
    {}
    """
    if not weights().acts(doc.shape):
        # An extractor's text (read as ``lines``): the story finder does not act, and its
        # main run spans what paragraphs the extractor left after the story.
        return {}
    content = doc.content
    stats = block_stats(doc)
    # The cheap tests first: a paragraph, no quote, outside the story; then its words.
    ranks = [
        rank
        for rank, (own, block) in enumerate(zip(stats, content, strict=True))
        if own.prose  # a paragraph (never a heading)
        and rank not in taken
        and not _QUOTE.search(block.stripped)
    ]
    if not ranks:
        return {}
    story = find_story(doc)
    found: dict[int, Verdict] = {}
    for rank in ranks:
        if story.inside(rank):
            continue
        hits = _hits(doc, rank)
        if len(hits) < NOTICE_FAMILIES + NOTICE_CUES:
            continue
        named = [hit for hit in hits if hit.family in MODEL_FAMILIES]
        cues = sum(1 for hit in hits if hit.family == CUES)
        if len({hit.family for hit in named}) < NOTICE_FAMILIES or cues < NOTICE_CUES:
            continue
        own = stats[rank]
        family = _family(_counts(named))
        found[rank] = Verdict(family, tuple(hit.text for hit in hits), own.words, 1.0, notice=True)
    return found


def furniture_spans(doc: Document, owner: str, taken: set[int] | None = None) -> Iterator[Span]:
    """Yield a span for each block of ``doc`` that ``owner``'s families' words condemn.

    ``taken``: where the spans the cleaner yields already start (not claimed twice).
    """
    content = doc.content
    for rank, verdict in verdicts(doc).items():
        if verdict.owner != owner:
            continue
        block = content[rank]
        if taken and block.start in taken:
            continue
        yield Span(block.start, block.end, verdict.rule, verdict.reason,
                   published=verdict.published, read_time=verdict.read_time)  # fmt: skip
