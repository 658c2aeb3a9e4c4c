"""What reads as story prose: shallow, language-independent statistics of each block.

Every block gets its length in words, its share of function words (the stoplist of the
text's language, :mod:`newsclean.stopwords`), its sentence punctuation, the share of its
text inside links, its kind (heading, list item, table row) and its capitals and digits.
The story finder turns them into features (:mod:`newsclean.cleaners.chrome`); the guard
uses :func:`is_prose`, a rule a reader can check: a story-prose paragraph is a block of
at least :data:`PROSE_WORDS` words that ends a sentence (or holds two), is not a heading,
a table row or mostly links, has at least half the text's usual share of function words,
and is not one of a series of headlines glued to a sentence (an aggregator's teasers).

>>> from newsclean.document import Document
>>> doc = Document("Menu\\n\\nThe council said on Monday that the coast road would stay "
...                "closed until the end of the month.")
>>> [(s.words, s.prose) for s in block_stats(doc)]
[(1, False), (18, True)]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import regex

from newsclean.document import Block, Document, text_memo
from newsclean.language import SAMPLE as LANGUAGE_SAMPLE
from newsclean.language import detect_language
from newsclean.lines import HEADING, IMAGE, TABLE
from newsclean.stopwords import CJK_FUNCTION, Stoplist, stoplist

#: Fewest words of a story-prose paragraph (the guard's unit).
PROSE_WORDS = 12
#: A prose block has at least this share of the text's usual share of function words.
PROSE_STOP_SHARE = 0.5
#: A prose block has at most this share of its characters in link text.
PROSE_LINKED = 0.5
#: A block with at least this share of its words numbers is a list of dates and counts
#: (a blog's archive, "October 2012 (4) September 2012 (15) ..."), not a paragraph:
#: English stoplists hold the month names, so such a line reads as worded. On the fit
#: half's page, wrapped and Markdown texts, such paragraph-long blocks were 17,122 words
#: of furniture and none of story (at 0.4: 145 words of story in 30,971).
PROSE_NUMBERS = 0.5
#: How much of each of a text's paragraphs its language is read from (at most
#: LANGUAGE_SAMPLE in all, what :func:`~newsclean.language.detect_language` reads), and
#: the most marks of script code a paragraph holds, as a share of its characters.
LANGUAGE_PART = 600
LANGUAGE_CODE = 0.01
#: What :func:`text_stats` reads of a text: its first characters, and of those the first
#: words (or, in a script without spaces, characters) for its function-word share.
SAMPLE_CHARS = 40000
SHARE_WORDS = 4000
SHARE_CHARS = 4000

_TOKEN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}")
_DIGIT = regex.compile(r"\p{Nd}")
#: Marks that script code writes and prose does not.
_CODE_MARKS = "{}<>=;|\\"
#: A sentence ends: a full stop, question or exclamation mark (any script) before a space,
#: a closing quote, a closing emphasis mark (``_`` or ``*``: html2text's italics and bold,
#: "_... beschränkt._") or the end.
_SENTENCE = regex.compile(r"[.!?…।॥。！？]+[\"”“’‘»«›)\]_*]*(?=\s|$)")
#: A block ends a sentence, or leads into a list or a quote with a colon. Searched from
#: the end (a match ends there): the same answer, without trying every full stop.
_ENDS = regex.compile(r"[.!?…।॥。！？:：][\"”“’‘»«›)\]_*]*\s*$", regex.REVERSE)
#: An aggregator's teaser starts with a headline glued to the first sentence of its
#: snippet ("Tram line cut after a signal faultCommuters were ..."). One such block may be
#: a brand name ("... the new PlayStation ..."); a series of them is a teaser list.
_GLUED_HEADLINE = regex.compile(r"^(?:[^\s.!?…।。]+\s+){3,20}?[^\s.!?…।。]*?\p{Ll}\p{Lu}\p{Ll}+\s")
#: What every glued headline holds: a block without it is not searched for one.
_GLUED_JOIN = regex.compile(r"\p{Ll}\p{Lu}\p{Ll}")
#: Glued teasers count as a series when another stands within this many blocks.
_SERIES = 4
#: Characters that separate the items of a menu or breadcrumb on one line.
_SEPARATOR = regex.compile(r"\s[|»›·•/>–—]\s|\s\|\s?|\|")
#: What every separator holds: a block without one is not searched for them.
_SEPARATOR_MARK = regex.compile(r"[|»›·•/>–—]")


@dataclass(frozen=True, slots=True)
class Stats:
    """The shallow statistics of one block."""

    words: int
    stop: int
    sentences: int
    ends: bool
    capitals: int
    digits: int
    chars: int
    linked: int
    separators: int
    kind: str
    prose: bool
    #: How many lines of the text the block covers.
    lines: int = 1
    #: Long enough to be a paragraph (at least PROSE_WORDS words, not a heading, table
    #: row or link list, not a glued teaser, with at least half the text's usual share
    #: of function words and less than half of its words numbers), whether or not it
    #: ends a sentence: what the guard's
    #: half-of-the-text rule counts. A misread wrapped story counts; a blog archive's or
    #: a tag cloud's one long line of dates and names does not.
    long: bool = False

    @property
    def stop_share(self) -> float:
        return self.stop / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class TextStats:
    """What a text's blocks are judged against: its stoplist and usual function-word share."""

    stoplist: Stoplist | None
    stop_share: float


_MEMO = __name__
#: The memo entry of blocks' statistics by what they read and what they are judged
#: against (the stoplist's name and the share): a text memo.
_MEASURED = text_memo(f"{__name__}:measured")


def text_stats(doc: Document) -> TextStats:
    """Return the text's stoplist and function-word share (once per text, for every view)."""
    found = doc.memo.get(_MEMO + ":text")
    if found is None:
        sample = doc.text[:SAMPLE_CHARS]
        words = _TOKEN.findall(sample)
        chosen = stoplist(words, _paragraphs(doc) or sample)
        if len(_CJK.findall(sample[:SHARE_CHARS])) > len(words):
            chosen = Stoplist("CJK", CJK_FUNCTION)
        found = doc.memo[_MEMO + ":text"] = TextStats(chosen, _share(sample, words, chosen))
    assert isinstance(found, TextStats)
    return found


def reference_share(doc: Document) -> float:
    """Return the function-word share that a view's blocks are judged against: the text's
    (:func:`text_stats`) for the whole text, and for a view the same count over the lines
    it has left, as it will be over the clean text (so cleaning the clean text reads the
    same share, and judges the same rows). The stoplist stays the text's.
    """
    stats = text_stats(doc)
    if doc.content is doc.origin:
        return stats.stop_share
    cached = doc.memo.get(_MEMO + ":share")
    if isinstance(cached, tuple) and cached[0] is doc.lines:
        share: float = cached[1]
        return share
    chosen = stats.stoplist
    if chosen is not None and chosen.name == "CJK":
        sample = "\n".join(line.text for line in doc.lines)[:SAMPLE_CHARS]
        share = _share(sample, _TOKEN.findall(sample), chosen)
    else:
        share = _lines_share(doc, chosen)
    doc.memo[_MEMO + ":share"] = (doc.lines, share)
    return share


def _lines_share(doc: Document, chosen: Stoplist | None) -> float:
    """:func:`_share` of the view's lines joined by line breaks, counted line by line from
    each line's words (counted once per text): the same words, since no word runs over a
    line break, and the same cut at :data:`SAMPLE_CHARS` characters."""
    if chosen is None:
        return 0.0
    counted = doc.memo.get(_MEMO + ":line-words")
    if not isinstance(counted, dict):
        counted = doc.memo[_MEMO + ":line-words"] = {}
    is_stop = chosen.words.__contains__
    words = total = 0
    room = SAMPLE_CHARS
    for line in doc.lines:
        if room <= 0 or words >= SHARE_WORDS:
            break
        text = line.text
        if len(text) > room:
            text = text[:room]  # the cut falls in this line: its words up to there
            found = None
        else:
            found = counted.get(line.index)
        if found is None:
            tokens = list(map(str.lower, _TOKEN.findall(text)))
            found = (len(tokens), sum(map(is_stop, tokens)), tokens)
            if text is line.text:
                counted[line.index] = found
        room -= len(line.text) + 1
        if words + found[0] <= SHARE_WORDS:
            words += found[0]
            total += found[1]
        else:  # the last words the share reads
            take = found[2][: SHARE_WORDS - words]
            words += len(take)
            total += sum(map(is_stop, take))
    return total / words if words else 0.0


def _share(sample: str, words: list[str], chosen: Stoplist | None) -> float:
    """The share of ``chosen``'s words among the first words of ``sample`` (of its
    function characters, for the CJK list)."""
    if chosen is not None and chosen.name == "CJK":
        cjk = len(_CJK.findall(sample[:SHARE_CHARS]))
        return sum(1 for c in sample[:SHARE_CHARS] if c in CJK_FUNCTION) / max(cjk // 2, 1)
    if chosen is None or not words:
        return 0.0
    lowered = list(map(str.lower, words[:SHARE_WORDS]))
    return sum(map(chosen.words.__contains__, lowered)) / len(lowered)


def _paragraphs(doc: Document) -> str:
    """The text of ``doc``'s first paragraph-long blocks (:data:`PROSE_WORDS` words or
    more, link targets left out, not script code), up to :data:`LANGUAGE_SAMPLE` characters
    and :data:`LANGUAGE_PART` of each: what its language is read from. A page's menus and
    a Markdown text's link targets come first and may be in another language than the
    story, or in none; a block of script code is no paragraph, and no one block decides."""
    parts: list[str] = []
    size = 0
    for block in doc.origin:
        text = block.stripped
        if text.count(" ") < PROSE_WORDS - 1:  # its words counted by the spaces between
            continue
        part = text[:LANGUAGE_PART]
        if sum(map(part.count, _CODE_MARKS)) > LANGUAGE_CODE * len(part):
            continue
        parts.append(part)
        size += len(part) + 1
        if size >= LANGUAGE_SAMPLE:
            break
    if not parts or detect_language(joined := "\n".join(parts)) is None:
        return ""  # no paragraph says it: the text's start decides, as before
    return joined


def block_stats(doc: Document, blocks: Sequence[Block] | None = None) -> Sequence[Stats]:
    """Return the statistics of ``blocks`` (default: the document's, as a tuple made
    once per view).

    The statistics of every block of the text are computed once, on first use, and
    shared by every view of it; a block that a cut changed is measured as it now reads.
    """
    cache = doc.memo.get(_MEMO)
    if cache is None:
        reference = text_stats(doc)
        every = doc.origin
        # Blocks that read alike (a menu said twice, "Share" under every teaser) measure
        # alike: measured once (and once for every reading of the text that has the same
        # stoplist and share: a text memo).
        every_alike = doc.memo.setdefault(_MEASURED, {})
        assert isinstance(every_alike, dict)
        judged_by = (reference.stoplist.name if reference.stoplist else None, reference.stop_share)
        alike: dict[tuple[str, str, int, int], Stats] = every_alike.setdefault(judged_by, {})
        measured = []
        for block in every:
            reads = (block.stripped, block.kind, block.linked, block.lines)
            same = alike.get(reads)
            if same is None:
                same = alike[reads] = measure(block, reference)
            measured.append(same)
        glued = [_glued(block.stripped) for block in every]
        for i, flag in enumerate(glued):
            if (
                flag
                and measured[i].prose
                and any(
                    glued[j]
                    for j in range(max(0, i - _SERIES), min(len(every), i + _SERIES + 1))
                    if j != i
                )
            ):
                measured[i] = replace(measured[i], prose=False, long=False)
        cache = doc.memo[_MEMO] = {
            block.index: (block.stripped, s) for block, s in zip(every, measured, strict=False)
        }
    assert isinstance(cache, dict)
    if blocks is None:
        # The view's list, made once per view (every cleaner and the guard ask).
        view = doc.memo.get(_MEMO + ":view")
        if isinstance(view, tuple) and view[0] is doc.content:
            listed: tuple[Stats, ...] = view[1]
            return listed
    found = []
    for block in doc.content if blocks is None else blocks:
        text, stats = cache[block.index]
        if block.stripped != text:  # a block a cut changed: measured as it now reads
            edited = doc.memo.setdefault(_MEMO + ":edited", {})
            assert isinstance(edited, dict)
            key = (block.index, block.stripped)
            if key not in edited:
                edited[key] = measure(block, text_stats(doc))
            stats = edited[key]
        found.append(stats)
    if blocks is None:
        whole = tuple(found)
        doc.memo[_MEMO + ":view"] = (doc.content, whole)
        return whole
    return found


def measure(block: Block, reference: TextStats) -> Stats:
    """Return the statistics of one block, judged against its text's ``reference``."""
    text = block.stripped
    tokens = _TOKEN.findall(text.lower())
    words = len(tokens)
    listed = reference.stoplist
    if listed is None:
        stop = 0
    elif listed.name == "CJK":
        cjk = len(_CJK.findall(text))
        words += cjk // 2
        stop = sum(1 for c in text if c in CJK_FUNCTION)
    else:
        stop = sum(map(listed.words.__contains__, tokens))
    sentences = len(_SENTENCE.findall(text))
    ends = _ENDS.search(text) is not None
    chars = len(text)
    linked = min(block.linked, chars)
    kind = block.kind
    worded = listed is None or stop >= PROSE_STOP_SHARE * reference.stop_share * words
    long = (
        words >= PROSE_WORDS
        and kind not in (HEADING, TABLE, IMAGE)
        and (linked <= PROSE_LINKED * chars)
        and worded
        and sum(map(str.isdigit, tokens)) < PROSE_NUMBERS * words
    )
    prose = long and (ends or sentences >= 2)
    return Stats(
        words=words,
        stop=stop,
        sentences=sentences,
        ends=ends,
        capitals=len(_CAPITAL.findall(text)),
        digits=len(_DIGIT.findall(text)),
        chars=chars,
        linked=linked,
        separators=len(_SEPARATOR.findall(text)) if _SEPARATOR_MARK.search(text) else 0,
        kind=kind,
        prose=prose,
        long=long,
        lines=block.lines,
    )


def _glued(text: str) -> bool:
    """True when ``text`` opens with a headline glued to a sentence (:data:`_GLUED_HEADLINE`)."""
    return _GLUED_JOIN.search(text) is not None and _GLUED_HEADLINE.match(text) is not None


def may_be_long(block: Block) -> bool:
    """False when ``block`` cannot be paragraph-long (``Stats.long``): a cheap test that
    needs neither the text's stoplist nor the other blocks.

    >>> from newsclean.document import Document
    >>> [may_be_long(b) for b in Document("Share this\\n" + "word " * 12)]
    [False, True]
    """
    if block.kind in (HEADING, TABLE, IMAGE):
        return False
    text = block.stripped
    return len(_TOKEN.findall(text)) >= PROSE_WORDS or _CJK.search(text) is not None


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends a sentence (or leads into what follows, with a colon).

    >>> ends_sentence("The road stays closed."), ends_sentence("Popular headlines")
    (True, False)
    >>> ends_sentence("_The road stays closed._"), ends_sentence("**Updated: the road is open.**")
    (True, True)
    """
    return _ENDS.search(text) is not None


def is_prose(doc: Document, block: Block) -> bool:
    """True when ``block`` is a story-prose paragraph (see the module's summary)."""
    return block_stats(doc, (block,))[0].prose
