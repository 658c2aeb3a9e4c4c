"""The guard: no block removal takes the story.

Losing a paragraph of the story is far worse than leaving a line of furniture, so every
cleaner's removals pass the guard before the ledger takes them. A *block removal* is a
run of blocks, next to each other on the page as it stands, that one rule of one cleaner
takes for where they stand (spans marked ``positional``: the teasers under a
related-stories heading, a stretch of menus around the story, the headline under "Next
Story"). The guard refuses a block removal that would take

* two or more story-prose paragraphs in a row (:func:`newsclean.prose.is_prose`; in the
  line shapes, lines that the text's blank lines hold together count as one paragraph,
  so a wrapped story read as lines is still a story; unless they are not hard-wrapped
  (not every line is full), where they come apart at each line that ends a sentence
  before one that starts anew, and five or more that each start anew are a list of
  headlines, not a paragraph),
* some lines, not all, of a story-prose paragraph that the text's blank lines hold
  together (a wrapped paragraph's last line is not furniture after the story),
* a story-prose paragraph of two sentences or more (a teaser's snippet has one),
* a story-prose paragraph of the story itself: in the main run of prose blocks that the
  story finder reads (:func:`newsclean.story.find_story`) and scored as story-like (at
  least :data:`STORY_SCORE`), or
* more than half of the words of the text's paragraphs (its blocks of at least
  :data:`~newsclean.prose.PROSE_WORDS` words with the text's function words, whether or
  not they end a sentence: a misread wrapped story counts, one long line of archive
  dates or tags does not).

A refused removal is not made; ``explain`` lists it in ``Cleaned.refused`` with the
guard's reason. A block a rule removes for its own words (a line that is a byline, a
prompt, a date) is not a block removal: its rule is the evidence, and the golden corpus
measures it. One thing it may not do: take a line of a hard-wrapped story paragraph that
the text's blank lines hold together, where a sentence runs across the line's break, and
leave the rest (in the line shapes, a wrapped paragraph's line read alone can look like a
prompt: "Subscribers to the utility said on").

>>> import newsclean
>>> paragraph = "The council said on Monday that the coast road would stay closed for a week."
>>> text = "\\n".join(["Rain closes the road", paragraph, "Related stories", paragraph, paragraph])
>>> cleaned = newsclean.explain(text)
>>> cleaned.text == text.replace("Related stories\\n", "")
True
>>> sorted({(r.rule, r.guard) for r in cleaned.refused})
[('navigation.block', 'it would take 2 story paragraphs in a row')]
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

import regex

from newsclean.document import Block, Document
from newsclean.lines import PARAGRAPH
from newsclean.prose import (
    Stats,
    block_stats,
    ends_sentence,
    is_prose,
    may_be_long,
    measure,
    text_stats,
)
from newsclean.records import Refusal, Span
from newsclean.shapes import SHORT_WORDS, WRAP_SLACK

#: A paragraph of the story's main run that the prose model scores at least this high is
#: the story's own.
STORY_SCORE = 0.7
#: A block of at least this many words that ends a sentence is a sentence of the story
#: (for :meth:`Guard._inside`).
SENTENCE_WORDS = 6
#: A block removal may take at most this share of a text's prose words.
PROSE_SHARE = 0.5
#: The guard's reason for a span that takes a line of a code block.
CODE = "it would take a line of a code block"
#: The guard's reason for a run that holds a story-prose paragraph of two sentences.
TWO_SENTENCES = "it would take a story paragraph of two sentences or more"


class Guard:
    """Checks each cleaner's spans against the story, and keeps what it refused."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._total: int | None = None
        self._story: set[int] | None = None
        self._run: set[int] = set()  # the blocks of the story's main run (with _story)
        self._paragraphs: dict[int, tuple[int, ...]] | None = None
        self._wrapped: set[int] = set()
        self._measured: dict[tuple[int, ...], Stats] = {}
        self._block_at = {block.index: block for block in doc.origin}
        self.refused: list[tuple[Span, str, str]] = []
        #: The code blocks' starts and ends in the text (made on first use).
        self._code_spans: tuple[list[int], list[int]] | None = None
        self._seen: set[tuple[Span, str]] = set()

    def total(self) -> int:
        """The words of the text's paragraphs (computed when a removal first takes one)."""
        if self._total is None:
            paragraphs = self.paragraphs()
            total = sum(
                s.words
                for s, block in zip(block_stats(self.doc), self.doc.origin, strict=False)
                if s.long and block.index not in paragraphs
            )
            for members in set(paragraphs.values()):
                stats = self._paragraph_stats(members)
                total += stats.words if stats.long else 0
            self._total = total
        return self._total

    def story(self) -> set[int]:
        """The indices of the blocks of the story's main run (read when first needed)."""
        if self._story is None:
            from newsclean.story import find_story  # the finder imports the guard's peers

            found = find_story(self.doc)
            self._run = {
                block.index for rank, block in enumerate(self.doc.content) if found.inside(rank)
            }
            self._story = {
                block.index
                for rank, block in enumerate(self.doc.content)
                if found.inside(rank) and found.prose[rank] >= STORY_SCORE
            }
        return self._story

    def check(
        self,
        view: Document,
        cleaner: str,
        spans: Iterable[object],
        *,
        alone: bool = False,
        split: bool = False,
    ) -> list[object]:
        """Return the spans that pass; record the refused ones.

        ``alone``: judge each block on its own, not runs of them (a cleaner whose evidence
        is each block's own, like a site profile's counts: one story paragraph among
        repeated blocks keeps only itself).

        ``split``: a run refused for one story-prose paragraph of two sentences or more,
        and no other prose, comes apart around it: the paragraph stays, and the pieces
        before and after it are judged as runs of their own (a cleaner whose runs lie
        outside the story by construction, like the story finder's stretches).
        """
        found = self._own(view, cleaner, list(spans))
        if self.doc.code:
            found = self._code(cleaner, found)
        if not any(isinstance(span, Span) and span.positional for span in found):
            return found
        blocks = view.content
        starts = [block.start for block in blocks]
        taken: dict[tuple[int, str], list[int]] = {}  # (block rank, rule) -> spans taking it
        for k, span in enumerate(found):
            if not isinstance(span, Span):
                continue  # the ledger says what is wrong with it
            if not span.positional:
                continue  # taken for its own words: not a block removal
            rule = span.rule
            rank = bisect_left(starts, span.start)
            while rank < len(blocks) and blocks[rank].end <= span.end:
                taken.setdefault((rank, rule), []).append(k)
                rank += 1
        if not taken:
            return found
        why_of: dict[int, str] = {}  # span -> why the guard refused it
        keys = sorted(taken, key=lambda key: (key[1], key[0]))
        if not alone:
            # The lines of a story paragraph that the removal would cut stay, on their own.
            cut = self._cut(view, [blocks[rank] for rank, _ in keys])
            for key in keys:
                if blocks[key[0]].index in cut:
                    for k in taken[key]:
                        why_of.setdefault(k, "it would take part of a story paragraph")
            keys = [key for key in keys if blocks[key[0]].index not in cut]
        if alone:
            runs = [(rule, [rank]) for rank, rule in keys]
            ranks = {rank for rank, _ in keys}
            bulk = self._bulk(view, [blocks[rank] for rank in sorted(ranks)])
        else:
            runs, ranks, bulk = _runs(keys), set(), None
        for rule, run in runs:
            members = [blocks[rank] for rank in run]
            why = self._judge(view, members, alone=ranks, bulk=bulk)
            if why is None:
                continue
            refused = [(members, why)]
            if why == TWO_SENTENCES and split:
                # The story finder's stretches lie outside the story: one paragraph there
                # stays, and the rest of the stretch around it goes if it may.
                kept, pieces = self._apart(view, members)
                if pieces:
                    refused = [(kept, why)]
                    for piece in pieces:
                        why_piece = self._judge(view, piece)
                        if why_piece is not None:
                            refused.append((piece, why_piece))
            for part, reason in refused:
                for block in part:
                    for k in taken[view.position(block), rule]:
                        why_of.setdefault(k, reason)
        if not why_of:
            return found
        for k in sorted(why_of):
            span = found[k]
            assert isinstance(span, Span)
            self.refuse(span, cleaner, why_of[k])  # a cleaner judging again refuses once
        return [span for k, span in enumerate(found) if k not in why_of]

    def _code(self, cleaner: str, found: list[object]) -> list[object]:
        """Return the spans that take nothing of a code block (:attr:`Document.code`): a
        program or a configuration is the story's own, whatever its lines' words say
        (a key named "Comment", a "Reply" in a poem's layout) and whatever its
        white space (the indentation is the program's)."""
        if self._code_spans is None:
            lines = self.doc.origin_lines
            blocks: list[tuple[int, int]] = []
            for index in sorted(self.doc.code):
                if blocks and index - 1 in self.doc.code:  # the block goes on
                    blocks[-1] = (blocks[-1][0], lines[index].end)
                else:
                    blocks.append((lines[index].start, lines[index].end))
            self._code_spans = ([start for start, _ in blocks], [end for _, end in blocks])
        starts, ends = self._code_spans
        kept: list[object] = []
        for span in found:
            if isinstance(span, Span):
                at = bisect_left(starts, span.end) - 1  # the last block starting before its end
                if at >= 0 and ends[at] > span.start:
                    self.refuse(span, cleaner, CODE)
                    continue
            kept.append(span)
        return kept

    def _own(self, view: Document, cleaner: str, found: list[object]) -> list[object]:
        """Return the spans, taken for their own words, that pass: none may take a line of
        a hard-wrapped story paragraph that a sentence runs into or out of, and leave the
        rest (a wrapped paragraph's line read alone can look like a prompt: "Subscribers to
        the utility said on")."""
        if not any(
            isinstance(span, Span) and not (span.replacement or span.positional) for span in found
        ):
            return found
        wrapped = self.wrapped()
        if not wrapped:
            return found
        paragraphs = self.paragraphs()
        blocks = view.content
        starts = [block.start for block in blocks]
        takes: dict[int, list[int]] = {}  # span -> the mid-sentence lines it takes whole
        for k, span in enumerate(found):
            if not isinstance(span, Span) or span.replacement or span.positional:
                continue
            rank = bisect_left(starts, span.start)
            while rank < len(blocks) and blocks[rank].end <= span.end:
                index = blocks[rank].index
                if index in wrapped and self._joined(index, paragraphs[index]):
                    takes.setdefault(k, []).append(index)
                rank += 1
        if not takes:
            return found
        taken = [self._block_at[i] for indices in takes.values() for i in indices]
        cut = self._cut(view, taken)
        refused = {k for k, indices in takes.items() if any(i in cut for i in indices)}
        for k in sorted(refused):
            span = found[k]
            assert isinstance(span, Span)
            self.refuse(span, cleaner, "it would take part of a story paragraph")
        return [span for k, span in enumerate(found) if k not in refused]

    def _joined(self, index: int, members: tuple[int, ...]) -> bool:
        """True when a sentence runs across a break of the line ``index`` of the paragraph
        ``members``, into the line before it or the line after it."""
        at = members.index(index)
        lines = [self._block_at[member].stripped for member in members]
        return (at > 0 and self._runs_on(lines[at - 1], lines[at])) or (
            at + 1 < len(lines) and self._runs_on(lines[at], lines[at + 1])
        )

    def _runs_on(self, above: str, below: str) -> bool:
        """True when the sentence of line ``above`` goes on in line ``below``: ``above``
        does not end a sentence, and ``below`` starts in lower case or ``above`` ends on a
        function word ("said on" / "Tuesday"; a menu's or a headline list's lines end on
        names and start anew)."""
        if not above or not below or ends_sentence(above):
            return False
        if below[0].islower():
            return True
        stoplist = text_stats(self.doc).stoplist
        return stoplist is not None and _ends_on(above, stoplist.words)

    def refuse(self, span: Span, cleaner: str, why: str) -> None:
        """Record ``span`` of ``cleaner`` as refused for ``why`` (once)."""
        if (span, cleaner) not in self._seen:
            self._seen.add((span, cleaner))
            self.refused.append((span, cleaner, why))

    def refusals(self, text: str) -> tuple[Refusal, ...]:
        """Return what the guard refused, in text order."""
        return tuple(
            Refusal(
                span.start,
                span.end,
                cleaner,
                span.rule,
                span.reason,
                text[span.start : span.end],
                span.replacement,
                guard=why,
            )
            for span, cleaner, why in sorted(self.refused, key=lambda item: item[0].start)
        )

    def paragraphs(self) -> dict[int, tuple[int, ...]]:
        """Each block's paragraph as the text's blank lines draw it: the indices of the blocks
        between two blank lines (in the line shapes; a wrapped or Markdown block is already
        a paragraph). A block alone between blank lines is its own paragraph."""
        if self._paragraphs is None:
            found: dict[int, tuple[int, ...]] = {}
            wrapped: set[int] = set()
            if self.doc.shape not in ("wrapped", "markdown"):
                groups: list[list[Block]] = []
                for block in self.doc.origin:
                    last = groups[-1][-1] if groups else None
                    if last is not None and block.index == last.index + last.lines:
                        groups[-1].append(block)
                    else:
                        groups.append([block])
                if len(groups) > 1:  # a text without blank lines has no such paragraphs
                    # A hard-wrapped paragraph (its lines full) stays whole; other lines
                    # come apart at sentence ends and where no sentence runs on, and a
                    # list of headlines is no paragraph.
                    for whole in groups:
                        if len(whole) < 2:
                            continue
                        full = _full(whole) or self._cut_short(whole)
                        for group in [whole] if full else self._pieces(whole):
                            if len(group) > 1:
                                members = tuple(b.index for b in group)
                                for member in members:
                                    found[member] = members
                                if full:
                                    wrapped.update(members)
            self._paragraphs, self._wrapped = found, wrapped
        return self._paragraphs

    def _cut_short(self, whole: list[Block]) -> bool:
        """True for a hard-wrapped paragraph whose first line is short because what stood
        at its start is gone (a credit glued to it, cut off, in the clean text read
        again): it starts a sentence, the sentence runs on into the next line, and the
        lines from there on are full. A heading or a list's line held above a paragraph
        runs on into nothing; a comment's header ("by reader July 24, 2012 3:54 PM") starts
        none."""
        first = whole[0].stripped
        return (
            len(whole) >= 4  # two full lines at least below it: a wrap, not a long line
            and (first[:1].isupper() or first[:1].isdigit())
            and self._runs_on(first, whole[1].stripped)
            and _full(whole[1:])
        )

    def _pieces(self, whole: list[Block]) -> list[list[Block]]:
        """The parts of lines held together, not hard-wrapped, that may be paragraphs: they
        come apart at sentence ends (:func:`_sentences`); a part that reads as a list is
        none; the others come apart again where no sentence runs on (:func:`_run_on`)."""
        stoplist = text_stats(self.doc).stoplist
        pieces = []
        for part in _sentences(whole):
            if _listed(part):
                continue
            pieces.extend([part] if stoplist is None else _run_on(part, stoplist.words))
        return pieces

    def wrapped(self) -> set[int]:
        """The indices of the blocks that are lines of a hard-wrapped paragraph the text's
        blank lines hold together (in the line shapes; see :meth:`paragraphs`)."""
        self.paragraphs()
        return self._wrapped

    def _units(self, view: Document, run: list[Block]) -> list[Stats]:
        """The statistics of the paragraphs ``run`` takes whole, in order: its blocks, with
        the lines of a paragraph the text's blank lines hold together measured as one."""
        return [stats for stats, _ in self._parts(view, run)]

    def _parts(self, view: Document, run: list[Block]) -> list[tuple[Stats, list[Block]]]:
        """The paragraphs of :meth:`_units`, each with the blocks of ``run`` it is made of."""
        paragraphs = self.paragraphs()
        present = {block.index for block in view.content}
        taken = {block.index for block in run}
        held: dict[tuple[int, ...], list[Block]] = {}  # a paragraph -> its blocks in run
        for block in run:
            members = paragraphs.get(block.index)
            if members is not None:
                held.setdefault(members, []).append(block)
        parts: list[tuple[Stats, list[Block]]] = []
        seen: set[tuple[int, ...]] = set()
        for block in run:
            members = paragraphs.get(block.index)
            if members is None:
                parts.append((block_stats(view, (block,))[0], [block]))
                continue
            if members in seen:
                continue
            seen.add(members)
            inside = held[members]
            if all(m in taken for m in members if m in present):
                parts.append((self._paragraph_stats(members), inside))
            else:  # part of a paragraph: its blocks are judged one by one
                parts.extend(zip(block_stats(view, inside), ([b] for b in inside), strict=True))
        return parts

    def _apart(self, view: Document, run: list[Block]) -> tuple[list[Block], list[list[Block]]]:
        """Split a run refused for one paragraph of two sentences or more around it.

        Returns that paragraph's blocks and the pieces of ``run`` before and after it, or
        no pieces when ``run`` holds any other prose (then the whole run is refused: the
        prose blocks between story paragraphs may be the story's short lines).
        """
        parts = self._parts(view, run)
        prose = [k for k, (stats, _) in enumerate(parts) if stats.prose]
        if len(prose) != 1 or parts[prose[0]][0].sentences < 2:
            return [], []
        k = prose[0]
        before = [b for _, blocks in parts[:k] for b in blocks]
        after = [b for _, blocks in parts[k + 1 :] for b in blocks]
        return parts[k][1], [piece for piece in (before, after) if piece]

    def _cut(self, view: Document, taken: list[Block]) -> set[int]:
        """The indices of the ``taken`` blocks that are some lines, not all, of a
        story-prose paragraph that the text's blank lines hold together (the last line of
        a wrapped paragraph read as lines is not a line of furniture after the story)."""
        paragraphs = self.paragraphs()
        indices = {block.index for block in taken}
        present = {block.index for block in view.content}
        cut: set[int] = set()
        for members in {paragraphs[i] for i in indices if i in paragraphs}:
            left = [m for m in members if m in present and m not in indices]
            if left and self._paragraph_stats(members).prose:
                cut.update(m for m in members if m in indices)
        return cut

    def _paragraph_stats(self, members: tuple[int, ...]) -> Stats:
        cached = self._measured.get(members)
        if cached is None:
            blocks = [self._block_at[index] for index in members]
            joined = Block(
                blocks[0].index, blocks[0].start, blocks[-1].end, blocks[-1].stop,
                self.doc.text[blocks[0].start : blocks[-1].end],
                " ".join(b.stripped for b in blocks), lines=len(blocks),
                linked=sum(b.linked for b in blocks),
            )  # fmt: skip
            cached = measure(joined, text_stats(self.doc))
            # Lines held together read as a paragraph only when most of them are long
            # (a wrapped paragraph's are); a menu or a footer between blank lines is not one.
            stats = block_stats(self.doc, blocks)
            if sum(s.words > SHORT_WORDS for s in stats) * 2 < len(stats):
                cached = replace(cached, prose=False, long=False)
            self._measured[members] = cached
        return cached

    def _bulk(self, view: Document, taken: list[Block]) -> str | None:
        """Why the blocks a cleaner judged alone takes are too many together, or ``None``:
        each has its own evidence, but together they may not take most of the story."""
        words = sum(s.words for s in self._units(view, taken) if s.long)
        total = self.total()
        if words > PROSE_SHARE * total:
            return f"together they would take {words} of the {total} words of the text's paragraphs"
        return None

    def _judge(
        self,
        view: Document,
        run: list[Block],
        *,
        alone: set[int] | None = None,
        bulk: str | None = None,
    ) -> str | None:
        """Why the guard refuses to let ``run`` go, or ``None``.

        ``alone``: ``run`` is one block judged on its own; the set holds the ranks of the
        view's blocks the same cleaner takes (``bulk`` says why they are too many together).
        """
        paragraphs = self.paragraphs()
        if not any(may_be_long(block) or block.index in paragraphs for block in run):
            return None  # no paragraph-long block: nothing the guard protects
        units = self._units(view, run)
        if not any(s.long for s in units):
            return None
        stats = block_stats(view, run)
        if alone:
            # A block judged alone has its own evidence (it stands on many pages of the
            # site): prose is no sign of the story there (a footer's notice is prose), nor
            # is the story finder's run, which reaches into the comment forms and the
            # author's box after the story. A paragraph *inside* the story is: one with a
            # paragraph of the story that stays on either side of it.
            if bulk is not None and any(s.prose for s in stats):
                return bulk
            if any(
                s.prose and self._inside(view, block, alone)
                for s, block in zip(stats, run, strict=False)
            ):
                return "it would take a paragraph inside the story"
            return None
        for a, b in itertools.pairwise(units):
            if a.prose and b.prose:
                return "it would take 2 story paragraphs in a row"
        if any(s.prose and s.sentences >= 2 for s in units):
            return TWO_SENTENCES
        if any(
            s.prose and block.index in self.story() for s, block in zip(stats, run, strict=False)
        ):
            return "it would take a paragraph of the story"
        words = sum(s.words for s in units if s.long)
        total = self.total()
        if words > PROSE_SHARE * total:
            return f"it would take {words} of the {total} words of the text's paragraphs"
        return None

    def _inside(self, view: Document, block: Block, taken: set[int]) -> bool:
        """True when ``block`` is a paragraph of the story with another that stays (is not
        in ``taken``, the ranks a cleaner takes) before it and after it."""
        if block.index not in self.story():
            return False
        run = self._run
        rank = view.position(block)
        content = view.content

        def stays(r: int) -> bool:
            """A paragraph or a sentence of the story that stays (a story may end on a short
            one)."""
            if r in taken:
                return False
            if content[r].index in run and is_prose(view, content[r]):
                return True
            stats = block_stats(view, (content[r],))[0]
            return stats.ends and stats.words >= SENTENCE_WORDS and stats.kind == PARAGRAPH

        return any(stays(r) for r in range(rank - 1, -1, -1)) and any(
            stays(r) for r in range(rank + 1, len(content))
        )


#: Lines held together that many or more can read as a list rather than a paragraph.
LIST_LINES = 5

_LAST_WORD = regex.compile(r"[\p{L}\p{N}'’]+(?=\W*$)")


def _anew(line: Block) -> bool:
    """True when ``line`` starts as a new sentence or item would: a capital or a digit."""
    first = line.stripped[:1]
    return first.isupper() or first.isdigit()


def _sentences(group: list[Block]) -> list[list[Block]]:
    """Split lines that blank lines hold together where a line ends a sentence and the next
    starts anew: a wrapped paragraph breaks mid-sentence, so its parts stay whole and
    long (and are judged as paragraphs); lines that are each a short sentence or a
    headline come apart.

    >>> from newsclean.document import Document
    >>> lines = list(Document("CNET on the go.\\nDownload the app for your phone\\nand tablet."))
    >>> [[line.stripped for line in part] for part in _sentences(lines)]
    [['CNET on the go.'], ['Download the app for your phone', 'and tablet.']]
    """
    return _split(group, lambda above, below: ends_sentence(above.stripped) and _anew(below))


def _run_on(group: list[Block], function_words: frozenset[str]) -> list[list[Block]]:
    """Split lines held together where the next starts anew and the line before ends on
    a word that is not one of the text's ``function_words``: a sentence that runs on
    across a break goes on in lower case or after "the", "of", "while"; a list of
    headlines starts anew after a name.

    >>> from newsclean.document import Document
    >>> lines = list(Document("Mill to reopen in spring\\nU.S. buyer for the wool exchange\\n"
    ...     "Buses diverted while\\nThe bridge is repaired?"))
    >>> [len(part) for part in _run_on(lines, frozenset({"while", "the"}))]
    [1, 1, 2]
    """
    return _split(
        group, lambda above, below: _anew(below) and not _ends_on(above.stripped, function_words)
    )


def _split(group: list[Block], apart: Callable[[Block, Block], bool]) -> list[list[Block]]:
    """Split ``group`` (non-empty) between each two lines that ``apart`` says part."""
    parts = [[group[0]]]
    for above, below in itertools.pairwise(group):
        if apart(above, below):
            parts.append([below])
        else:
            parts[-1].append(below)
    return parts


def _ends_on(text: str, function_words: frozenset[str]) -> bool:
    """True when ``text``'s last word is one of ``function_words``."""
    last = _LAST_WORD.search(text)
    return last is not None and last[0].lower() in function_words


def _listed(group: list[Block]) -> bool:
    """True when lines that blank lines hold together read as a list, not as a paragraph:
    at least :data:`LIST_LINES` of them, each after the first starting anew, and not all
    full (a hard-wrapped paragraph's lines are full, and its next lines mostly start in
    lower case; a German one's may all start with capitals).

    >>> from newsclean.document import Document
    >>> _listed(list(Document("Mars mission relies on new crane\\nTwitter alert in row\\n"
    ...     "Bhutan prepares for a royal wedding\\nWorld's biggest blackout\\nIn Royal Circles")))
    True
    >>> _listed(list(Document("The council said on Monday that the road\\nwould stay closed "
    ...     "for a week while\\nEngineers inspect\\nthe sea wall, and the\\nMayor agreed.")))
    False
    """
    return len(group) >= LIST_LINES and all(_anew(line) for line in group[1:]) and not _full(group)


def _full(group: list[Block]) -> bool:
    """True when every line but the last is full, as hard-wrapped lines are: the next
    line's first word would not have fitted after it within the longest line's width."""
    width = max(len(line.stripped) for line in group)
    return all(
        len(above.stripped) + 1 + len(below.stripped.split(maxsplit=1)[0]) > width - WRAP_SLACK
        for above, below in itertools.pairwise(group)
    )


def _runs(keys: list[tuple[int, str]]) -> list[tuple[str, list[int]]]:
    """Split (rank, rule) keys, sorted by rule then rank, into runs of consecutive ranks
    with one rule.

    >>> _runs([(1, "a"), (2, "a"), (3, "b"), (4, "a"), (5, "a"), (9, "a")])
    [('a', [1, 2]), ('b', [3]), ('a', [4, 5]), ('a', [9])]
    """
    runs: list[tuple[str, list[int]]] = []
    for rank, rule in keys:
        if runs and runs[-1][0] == rule and runs[-1][1][-1] == rank - 1:
            runs[-1][1].append(rank)
        else:
            runs.append((rule, [rank]))
    return runs
