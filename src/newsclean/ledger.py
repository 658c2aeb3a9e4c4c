"""The ledger: the spans the cleaners claimed, the blocks they remove, what they captured.

The pipeline adds each cleaner's spans to one :class:`Ledger` per text; the ledger keeps
them sorted and non-overlapping, knows which blocks are gone (so the next cleaner sees
the page as it is left), and turns the claims into the removals and metadata of
:class:`~newsclean.Cleaned`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort

import regex

from newsclean.dates import mark_stamps, parse_date
from newsclean.document import Block, Document, Line
from newsclean.records import Metadata, Removal, Span
from newsclean.rules.dates import JOINER


class Ledger:
    """The spans claimed so far: non-overlapping, sorted, with the blocks they remove.

    A block is removed when the claims leave nothing but white space of each of its
    lines. The first claim on a stretch wins; a later span that overlaps it without
    containing it is dropped, one that contains earlier claims replaces them.
    """

    def __init__(self, doc: Document) -> None:
        self.lines = doc.lines
        self.line_starts = [line.start for line in self.lines]
        #: Each non-blank line's block.
        self.block_of: dict[int, Block] = {}
        for block in doc.content:
            for index in range(block.index, block.index + block.lines):
                self.block_of[index] = block
        self.removed_blocks: set[int] = set()
        self.starts: list[int] = []
        self.claims: list[tuple[int, int, Span, str]] = []
        self.removed_lines: set[int] = set()
        self.captures: list[Span] = []

    def add(self, span: Span, cleaner: str, text: str) -> None:
        if not isinstance(span, Span):
            raise TypeError(f"cleaner {cleaner!r} yielded {span!r}; cleaners yield Span objects")
        if span.end > len(text):
            raise ValueError(
                f"cleaner {cleaner!r} reported a span past the end of the text: {span}"
            )
        i = bisect_left(self.starts, span.start)
        # An insertion (a repair's missing space) claimed already: a cleaner judging the
        # page again finds it again.
        k = i
        while k < len(self.claims) and self.claims[k][0] == span.start:
            if self.claims[k][1] == span.end:
                return
            k += 1
        # An earlier claim that reaches into this span: the first claim wins.
        if i > 0 and self.claims[i - 1][1] > span.start:
            return
        j = i
        while j < len(self.claims) and self.claims[j][0] < span.end:
            j += 1
        inside = self.claims[i:j]
        if any(end > span.end for _, end, _, _ in inside):
            return  # overlaps a later claim it does not contain
        if inside and any(start == span.start and end == span.end for start, end, _, _ in inside):
            return  # the same stretch, claimed already
        del self.claims[i:j]
        del self.starts[i:j]
        self.claims.insert(i, (span.start, span.end, span, cleaner))
        self.starts.insert(i, span.start)
        if span.authors or span.published is not None or span.read_time is not None:
            insort(self.captures, span, key=lambda s: s.start)
        self._mark_removed(span.start, span.end, text)

    def _mark_removed(self, start: int, end: int, text: str) -> None:
        first = max(bisect_right(self.line_starts, start) - 1, 0)
        for index in range(first, len(self.lines)):
            line = self.lines[index]
            if line.start > end or (line.start == end and start != end):
                break
            if line.index in self.removed_lines or line.blank:
                continue
            if self._covered(line, text):
                self.removed_lines.add(line.index)
                block = self.block_of.get(line.index)
                if block is not None and all(
                    i in self.removed_lines for i in range(block.index, block.index + block.lines)
                ):
                    self.removed_blocks.add(block.index)

    def _covered(self, line: Line, text: str) -> bool:
        """True when the claims leave nothing but white space of ``line``."""
        pos = line.start
        first = max(bisect_right(self.starts, line.start) - 1, 0)
        for i in range(first, len(self.claims)):
            start, end, span, _ = self.claims[i]
            if start >= line.end:
                break
            if end <= pos:
                continue
            if text[pos:start].strip() or span.replacement.strip():
                return False
            pos = max(pos, end)
        return not text[pos : line.end].strip()

    def _cuts(self) -> dict[int, tuple[Block, list[tuple[int, int, Span, str]]]]:
        """The blocks a claim cuts into without removing them, with their claims."""
        # Claims are sorted and a block is a stretch of the text, so the claims inside one
        # block stand next to each other: one pass over them.
        cuts: dict[int, tuple[Block, list[tuple[int, int, Span, str]]]] = {}
        for claim in self.claims:
            line = self.lines[max(bisect_right(self.line_starts, claim[0]) - 1, 0)]
            block = self.block_of.get(line.index)
            if block is None or block.index in self.removed_blocks:
                continue
            cuts.setdefault(block.index, (block, []))[1].append(claim)
        return cuts

    def cut_into(self) -> list[tuple[int, int]]:
        """Where the blocks stand that a claim cuts into without removing them, in order."""
        return [(block.start, block.end) for block, _ in self._cuts().values()]

    def edited(self, text: str) -> dict[int, str]:
        """What a reader sees of each block a claim cuts into without removing it."""
        cuts = self._cuts()
        found: dict[int, str] = {}
        for index, (block, claims) in cuts.items():
            pieces, pos = [], block.start
            for start, end, span, _ in claims:
                pieces.append(text[pos : max(start, pos)])
                pieces.append(span.replacement)
                pos = max(pos, min(end, block.end))
            pieces.append(text[pos : block.end])
            found[index] = " ".join("".join(pieces).split())
        return found

    def spans(self) -> list[Span]:
        """The claimed spans, in text order (what :meth:`removals` writes out)."""
        return [span for _, _, span, _ in self.claims]

    def removals(self, text: str) -> tuple[Removal, ...]:
        return tuple(
            Removal(start, end, cleaner, span.rule, span.reason, text[start:end], span.replacement)
            for start, end, span, cleaner in self.claims
        )

    def metadata(self, text: str) -> Metadata:
        """What the claims on ``text`` captured: the authors, the first date and the first
        read time, in text order. The bylines of a thread (:data:`THREAD`) give nothing:
        they are not the story's."""
        thread = _thread(self.captures, text)
        authors: list[str] = []
        published: str | None = None
        read_time: int | None = None
        for k, span in enumerate(self.captures):
            if k in thread:
                continue
            for author in span.authors:
                if author.casefold() not in {a.casefold() for a in authors}:
                    authors.append(author)
            if published is None and span.published:
                published = span.published
            if read_time is None and span.read_time is not None:
                read_time = span.read_time
        return Metadata(
            authors=tuple(authors),
            published=published,
            published_date=parse_date(published) if published else None,
            read_time=read_time,
        )


#: A byline said in one form this many times (its names, its date and its figures
#: aside), naming more than one person, is a thread's: the headers of reader comments
#: ("Posted by: Ann Lee | March 3, 2024 4:15 PM"), a list of posts by several writers.
#: Their names and dates are not the story's. One writer's name said three times (a
#: blog's posts, each signed) stays the story's.
THREAD = 3
_FIGURES = regex.compile(r"\d+")
#: What a byline's names are in its form, and what stands for the words between its
#: first name and its date.
NAME, ELIDED = "<name>", " ... "
#: What a date is in a byline's form; the longest words before a name ("posted by: ")
#: and the longest joint before a date ("alle ore ") a thread's form is looked up by.
_DATE, _LONGEST_LEAD, _LONGEST_JOINT = "<date>", 60, 16
#: The word or mark that leads from a byline's names to its date ("at", ",", "|").
_JOINT = regex.compile(r"(?:[,|·•–—-]|(?<!\p{L})(?i:" + JOINER + r"))\s*$")
#: A date and its time, or a date's parts, said one after the other: one stamp.
_STAMP_RUN = regex.compile(r"<date>(?:[\s,.|·•–—-]*(?:(?<!\p{L})(?i:" + JOINER + r")\s+)?<date>)+")
#: A Markdown link's target ("[Ann Lee](https://...)"): each commenter's own.
_TARGET = regex.compile(r"\]\([^()\s]*\)")


def _thread(captures: list[Span], text: str) -> set[int]:
    """The positions in ``captures`` of the bylines that make a thread (:data:`THREAD`).

    A dated header whose name was not read as one (a nickname: "Posted by: arlye at
    Nov 23, 2004 2:33 PM", captured for its date alone) counts too when it reads as a
    dated byline form of the text (one with words before its name) with one to four words
    in the name's place, which are then its person; never the text's first dated line.
    """
    forms: dict[str, list[int]] = {}
    people: dict[int, tuple[str, ...]] = {}  # who each member names
    for k, span in enumerate(captures):
        if span.authors:
            forms.setdefault(_form(span, text), []).append(k)
            people[k] = span.authors
    # Only forms with words before the name ("posted by:"): a form that starts with
    # the name would take any dated line that ends alike ("Updated, March 3, 2024").
    # Kept by what follows the name's place (the joint, the date and what follows it),
    # then by what stands before it, so that a header is looked up by its own words, not
    # tried against every form (a text of many bylines stays linear).
    dated: dict[str, dict[str, str]] = {}
    for form in forms:
        if ELIDED in form:
            lead, end = form.split(ELIDED, 1)
            before = lead.removesuffix(NAME)
            if before.strip() and len(before) <= _LONGEST_LEAD:
                dated.setdefault(end, {}).setdefault(before, form)
    order = {form: i for i, form in enumerate(forms)}
    # The text's first dated line stays the story's: a story's own byline whose name was
    # not read ("by BWoodrum on Aug 9, 2012") reads like the teasers' under it.
    first = next((k for k, span in enumerate(captures) if span.published), None)
    for k, span in enumerate(captures if dated else ()):
        if span.authors or not span.published or k == first:
            continue
        said = _said(_plain(text[span.start : span.end]))
        fits = []
        for end, leads in _ends(said, dated):
            for size in range(min(len(said) - len(end), _LONGEST_LEAD) + 1):
                fit = leads.get(said[:size])
                middle = said[size : len(said) - len(end)].strip()
                if fit is not None and 0 < len(middle.split()) <= 4:
                    fits.append((order[fit], fit, middle))
        if fits:
            _, fit, middle = min(fits)
            forms[fit].append(k)
            people[k] = (middle,)
    found: set[int] = set()
    for members in forms.values():
        if len(members) >= THREAD and len({people[k] for k in members}) > 1:
            found.update(members)
    return found


def _ends(said: str, dated: dict[str, dict[str, str]]) -> list[tuple[str, dict[str, str]]]:
    """The ends of dated forms that ``said`` ends with: each starts with a joint (a word
    or a mark, at most :data:`_LONGEST_JOINT` characters) just before a date of ``said``."""
    found = []
    at = said.find(_DATE)
    while at >= 0:
        for start in range(max(0, at - _LONGEST_JOINT), at + 1):
            leads = dated.get(said[start:])
            if leads is not None:
                found.append((said[start:], leads))
        at = said.find(_DATE, at + 1)
    return found


def _form(span: Span, text: str) -> str:
    """A byline's words without its names, its dates and times (whichever the byline
    gave as its date: two comments' headers may name different months), what stands
    between its first name and the word or mark that leads to its date, its figures and
    its links' targets: what the bylines of one thread share.

    >>> line = "Posted by: Ann Lee | Mar 3, 2024 4:15 PM"
    >>> span = Span(0, len(line), "bylines.byline", "a byline", authors=("Ann Lee",),
    ...             published="Mar 3, 2024")
    >>> _form(span, line)
    'posted by: <name> ... | <date>'
    >>> line = "Posted by: Liz J in Central Illinois at March 11, 2012 1:27 PM"
    >>> _form(Span(0, len(line), "bylines.byline", "a byline", authors=("Liz J",),
    ...            published="March 11, 2012 1:27 PM"), line)
    'posted by: <name> ... at <date>'
    """
    # Line breaks aside (a wrapped Markdown link), as the names and date were read.
    said = _plain(text[span.start : span.end])
    for name in sorted(span.authors, key=len, reverse=True):
        said = said.replace(name, NAME)
    if span.published and span.published in said:
        lead, _, tail = said.partition(span.published)
        if NAME in lead:
            # What stands between the names and the date is each byline's own: more
            # names, a commenter's town ("Liz J in Central Illinois at ...").
            first = lead.index(NAME) + len(NAME)
            joint = _JOINT.search(lead, first)
            lead = lead[:first] + ELIDED + (joint.group() if joint else "")
        said = lead + "<date>" + tail
    return _said(said)


def _plain(line: str) -> str:
    """``line`` without its links' targets, its white space single.

    >>> _plain("Posted by: [ann](https://example.org/ann)\\n at  noon")
    'Posted by: [ann] at noon'
    """
    return " ".join(_TARGET.sub("]", line).split())


def _said(plain: str) -> str:
    """A :func:`_plain` line as a byline form has it: dates, times and figures marked,
    case folded.

    >>> _said("Posted by: [ann] at Nov 23, 2004 2:33 PM")
    'posted by: [ann] at <date>'
    """
    said = _STAMP_RUN.sub("<date>", mark_stamps(plain))
    return " ".join(_FIGURES.sub("0", said).casefold().split())
