"""The text as cleaners see it: blocks with their offsets, and the page's zones.

A :class:`Document` is built once per text: its physical lines, its shape
(:mod:`newsclean.shapes`) and the blocks cleaners judge. Cleaners read it; they never
change it. Between cleaners the pipeline hands on a view without the blocks already
removed, so "the last blocks of the page" means the last blocks that are still there.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newsclean.lines import Block, Line, split_lines
from newsclean.shapes import ONE_BLOCK_A_LINE, build_blocks, code_lines, read_shape

if TYPE_CHECKING:
    from newsclean.sites import SiteProfile

__all__ = ["HEAD_LINES", "TAIL_LINES", "Block", "Document", "Line", "split_lines"]

#: How many blocks count as the head and the tail of a page.
HEAD_LINES = 6
TAIL_LINES = 6


#: The memo entries whose answers are those of a line's or block's text alone, and of the
#: document's languages (:func:`text_memo`): the readings of one text (its clean text read
#: afresh, see :meth:`newsclean.Pipeline.clean`) share them.
TEXT_MEMOS: set[str] = set()


def text_memo(key: str) -> str:
    """Register ``key`` as a memo entry of answers that depend only on the text they judge
    (a line's or block's, with what the key holds) and on the document's languages, and
    return it. Such an entry may be handed to the next reading of the same text."""
    TEXT_MEMOS.add(key)
    return key


def carried_memo(doc: Document) -> dict[str, object]:
    """Return the entries of ``doc``'s memo that :func:`text_memo` registered: what a later
    reading of the same text's clean text may start from (with the same languages)."""
    return {key: value for key, value in doc.memo.items() if key in TEXT_MEMOS}


class Document:
    r"""A text split into blocks, with its shape and the head and tail zones of the page.

    ``content`` holds the blocks still present (all of them, before any cleaner ran):
    iterating a document yields them. ``lines`` holds the physical lines still present
    (blank ones included); ``shape`` is the text's shape and ``width`` its wrap width.

    >>> doc = Document("Headline\n\nBody.\n")
    >>> [block.text for block in doc.content], doc.shape
    (['Headline', 'Body.'], 'paragraphs')
    >>> doc.in_head(doc.content[0])
    True
    >>> wrapped = Document("Rain closed the coast\nroad on Monday.", shape="wrapped")
    >>> [block.stripped for block in wrapped]
    ['Rain closed the coast road on Monday.']
    """

    __slots__ = (
        "_position", "code", "content", "language", "lines", "memo", "origin", "origin_lines",
        "shape", "site", "text", "width",
    )  # fmt: skip

    def __init__(
        self,
        text: str,
        *,
        language: tuple[str, ...] | None = None,
        shape: str = "auto",
        memo: dict[str, object] | None = None,
        site: SiteProfile | None = None,
    ) -> None:
        self.text = text
        #: The profile of the text's site (:mod:`newsclean.sites`), or ``None``.
        self.site = site
        #: The languages whose phrases the cleaners use (``("en", "de")``), or ``None`` for all.
        self.language = language
        lines = split_lines(text)
        #: The indices of the lines of the text's fenced code blocks (:func:`code_lines`).
        self.code = code_lines(text, lines)
        self.shape, self.width = read_shape(text, lines, shape, self.code)
        self.lines: tuple[Line, ...] = tuple(lines)
        self.content: tuple[Block, ...] = tuple(build_blocks(text, lines, self.shape, self.width))
        #: Every block of the text, whatever the view has lost.
        self.origin = self.content
        #: Every line of the text, whatever the view has lost.
        self.origin_lines = self.lines
        self._position = {block.index: i for i, block in enumerate(self.content)}
        #: Results a cleaner computes once per text, shared by every view of it (keyed by
        #: module name; what depends on the view must say so in its key).
        self.memo: dict[str, object] = {} if memo is None else memo

    def reshaped(self, shape: str) -> Document:
        """Return this text read in another shape of one block a line (``"lines"``,
        ``"paragraphs"``, ``"page"``), this document being in one too: the same lines
        and blocks (the same objects), and the same memo.

        >>> doc = Document("Home\\nNews\\nRain fell all day.", shape="page")
        >>> again = doc.reshaped("lines")
        >>> again.shape, again.content is doc.content
        ('lines', True)
        """
        if shape not in ONE_BLOCK_A_LINE or self.shape not in ONE_BLOCK_A_LINE:
            raise ValueError(f"reshaped reads a text of one block a line as another; got {shape!r}")
        if self.content is not self.origin:
            raise ValueError("reshaped reads a whole document, not a view")
        again = Document._view(self, self.lines, self.content)  # the same tuples, not copies
        again.shape, again.width = shape, None
        return again

    @classmethod
    def _view(cls, doc: Document, lines: Sequence[Line], blocks: Sequence[Block]) -> Document:
        view = cls.__new__(cls)
        view.text, view.language, view.shape, view.width, view.site = (
            doc.text,
            doc.language,
            doc.shape,
            doc.width,
            doc.site,
        )
        view.memo, view.origin, view.origin_lines = doc.memo, doc.origin, doc.origin_lines
        view.code = doc.code
        view.lines = tuple(lines)
        view.content = tuple(blocks)
        view._position = {block.index: i for i, block in enumerate(view.content)}
        return view

    def without(self, removed: set[int], edited: dict[int, str] | None = None) -> Document:
        """Return the view of this document without the blocks whose index is in ``removed``.

        ``edited`` maps a block's index to what a reader sees of it once a cut inside it
        is made (a prompt cut from the end of a paragraph): the view judges that.
        """
        if not removed and not edited:
            return self
        gone: set[int] = set()
        for block in self.content:
            if block.index in removed:
                gone.update(range(block.index, block.index + block.lines))
        blocks = [block for block in self.content if block.index not in removed]
        if edited:
            blocks = [
                replace(block, stripped=edited[block.index]) if block.index in edited else block
                for block in blocks
            ]
        return Document._view(self, [line for line in self.lines if line.index not in gone], blocks)

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The blocks still present (the same as ``content``)."""
        return self.content

    def position(self, line: Line) -> int:
        """Return the block's rank among the blocks still present (0 for the first)."""
        return self._position[line.index]

    def in_head(self, line: Line, size: int = HEAD_LINES) -> bool:
        """True when the block is among the first ``size`` blocks."""
        return self._position.get(line.index, size) < size

    def in_tail(self, line: Line, size: int = TAIL_LINES) -> bool:
        """True when the block is among the last ``size`` blocks."""
        rank = self._position.get(line.index, -1)
        return rank >= 0 and rank >= len(self.content) - size

    def zone(self, line: Line) -> tuple[bool, bool]:
        """Return ``(in_head(line), in_tail(line))``, read with one lookup."""
        rank = self._position.get(line.index, -1)
        return 0 <= rank < HEAD_LINES, rank >= 0 and rank >= len(self.content) - TAIL_LINES

    def after(self, line: Line) -> Sequence[Block]:
        """Return the blocks after ``line``."""
        return self.content[self._position[line.index] + 1 :]

    def next_content(self, line: Line) -> Block | None:
        """Return the next block after ``line``, or ``None`` at the end."""
        rank = self._position[line.index] + 1
        return self.content[rank] if rank < len(self.content) else None

    def fraction_before(self, line: Line) -> float:
        """Return the share of the text's characters that come before ``line``."""
        return line.start / len(self.text) if self.text else 0.0

    def __iter__(self) -> Iterator[Block]:
        return iter(self.content)

    def __repr__(self) -> str:
        return (
            f"Document({len(self.content)} blocks, {len(self.text)} characters, "
            f"shape {self.shape!r})"
        )
