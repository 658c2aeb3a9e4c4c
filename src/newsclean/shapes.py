r"""The shape of a text, and the blocks cleaners judge.

Scrapers hand newsclean text in several shapes:

* ``lines``: one paragraph per line;
* ``paragraphs``: paragraphs separated by blank lines, each on one line;
* ``wrapped``: paragraphs broken into lines at a fixed width (lynx, w3m, html2text,
  mail), to be reflowed before they are judged;
* ``markdown``: crawler Markdown: headings, list items, ``[text](url)`` links, images,
  tables;
* ``page``: the whole visible text of a page: long runs of short menu and link lines
  around the story.

:func:`detect_shape` reads the shape from the text; :func:`split_blocks` cuts the text
into :class:`Block` objects: a paragraph (reflowed from its lines in the wrapped and
Markdown shapes), a heading, a list item, a table row. A block covers whole lines of the
original text; its ``text`` is the original stretch, offsets included, and its
``stripped`` the words a reader sees (Markdown link targets, images and marks left out),
which is what rules judge. In the ``lines``, ``paragraphs`` and ``page`` shapes a block
is one line, so cleaners see exactly the lines they always saw.

>>> text = "Rain closed the coast road on Monday\nafter a storm, the council said.\n\n* [Home](/)"
>>> detect_shape(text, width=40)
'wrapped'
>>> for block in split_blocks(text, shape="markdown", width=40):
...     print(block.kind, block.stripped)
paragraph Rain closed the coast road on Monday after a storm, the council said.
item Home
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Sequence

import regex

from newsclean.lines import HEADING, IMAGE, ITEM, PARAGRAPH, TABLE, Block, Line, split_lines

#: The shapes a caller may name; ``"auto"`` reads it from the text.
SHAPES = ("lines", "paragraphs", "wrapped", "markdown", "page")
#: The shapes whose blocks are the text's non-blank lines.
ONE_BLOCK_A_LINE = ("lines", "paragraphs", "page")

# -- shape detection -------------------------------------------------------------------

_MD_LINK = regex.compile(r"\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"\n]*\")?\)")
_MD_IMAGE = regex.compile(r"!\[")
_SENTENCE_END = regex.compile(r"[.!?…:;\"”’)»।。！？]$")
#: A Markdown link's target (and title) at the end of a line (a tag cloud's link lines,
#: broken at the width, end with one).
_LINK_TARGET_END = regex.compile(_MD_LINK.pattern + "$")
#: A line that starts a new block in the wrapped and Markdown shapes.
_STRUCTURE = regex.compile(
    r"^\s{0,12}(?:[*+\-•]\s|\d{1,3}[.)]\s|\d{1,3}\\\.\s|#{1,6}\s|\||>|!\[|\[!\[|-{3,}\s*$|\*{3,}\s*$|={3,}\s*$)"
)

#: Fewest "full" lines (within this many characters of the width) that show wrapping.
_FULL_SLACK = 16
_MIN_FULL = 3
_MIN_FULL_UNCASED = 6
#: Share of a wrapped text's full lines whose next word would not have fitted, broken
#: inside a sentence.
_WRAP_SHARE = 0.6
#: Share of wrapped lines (in a cased script) whose next line starts in lower case.
_LOWER_SHARE = 0.2
#: Share of a wrapped text's broken lines that are full.
_FULL_SHARE = 0.3
#: Narrowest and widest wraps recognised.
_MIN_WIDTH = 36
_MAX_WIDTH = 200
#: A wrapped text has many lines this close to its width.
_EDGE = 8
#: A chunk no wrapping tool can break (a web address): where the lines of a text with web
#: addresses show no width, it is read again without the lines that hold one.
_UNBREAKABLE = regex.compile(r"\S{40}")
#: Three times a count (the width score weighs the lines beyond a width three times).
_TRIPLE = (3).__mul__
#: Lines a wrapping tool leaves as they are: headings and table rows.
_UNWRAPPED = regex.compile(r"^\s{0,3}(?:#{1,6}\s|\|)")


def wrap_width(lines: Sequence[Line]) -> int | None:
    """Return the width the text's paragraphs were broken at, or ``None`` if they were not.

    The width is where nearly every line with spaces ends; the text is wrapped when many
    lines come close to it and, for nearly all of those, the next line's first word would
    not have fitted on them.

    >>> story = ("The council said on Monday that the coast road would stay closed for a "
    ...          "week while engineers inspect the sea wall, and that buses would run on the "
    ...          "inland route in the meantime, every twenty minutes from six in the morning.")
    >>> import textwrap
    >>> wrap_width(split_lines(textwrap.fill(story, 40)))  # its longest line at the width
    39
    >>> wrap_width(split_lines("One paragraph on its line.\\nAnother one, rather longer."))
    """
    content = [line for line in lines if not line.blank]
    # The lines that a next line continues (no blank line, no new item between): in a
    # wrapped text they were broken at the width, so their lengths pile up just short of it.
    broken = [
        (this, following)
        for this, following in itertools.pairwise(content)
        if following.index == this.index + 1
        and not _STRUCTURE.match(following.text)
        and not _UNWRAPPED.match(this.text)
        and " " in this.stripped
    ]
    if len(broken) < _MIN_FULL:
        return None
    sizes = [len(this.text.rstrip()) for this, _ in broken]
    width = _width(sizes)
    if width is not None and _wrapped_at(broken, sizes, width):
        return width
    # Lines that hold a chunk no tool can break (a web address) may run past the width or
    # stop short of it: read the width from the others.
    if not any("://" in this.text or "](" in this.text for this, _ in broken):
        return None  # no web address nor link target: no other width to read
    other = _width(
        [
            size
            for size, (this, _) in zip(sizes, broken, strict=True)
            if not _UNBREAKABLE.search(this.text)
        ]
    )
    if other is not None and other != width and _wrapped_at(broken, sizes, other):
        return other
    return None


def _wrapped_at(broken: Sequence[tuple[Line, Line]], sizes: Sequence[int], width: int) -> bool:
    """Were the ``broken`` lines (each with the line after it; ``sizes``: their lengths)
    broken at ``width``?

    A line that ends with a link's target (a tag cloud's) says nothing either way: its
    closing bracket is not a sentence's end, nor a sign of one.
    """
    full = wrapped = cased = lower = 0
    for (this, following), size in zip(broken, sizes, strict=True):
        if size < width - _FULL_SLACK or size > width or _ends_with_link(this):
            continue
        full += 1
        # Broken at the width: the next word would not have fitted, and the break falls
        # inside a sentence (paragraphs on their own lines end theirs).
        first = following.stripped.split(maxsplit=1)[0]
        wrapped += size + 1 + len(first) > width - WRAP_SLACK and not _SENTENCE_END.search(
            this.stripped
        )
        if first[0].isupper() or first[0].islower():
            cased += 1
            lower += first[0].islower()
    if full < _MIN_FULL or wrapped < _WRAP_SHARE * full:
        return False
    # Broken inside sentences, the next lines of a cased script often start in lower case;
    # a list of dated or titled lines of one length never does.
    if cased >= _MIN_FULL and lower < _LOWER_SHARE * cased:
        return False
    if cased < _MIN_FULL and full < _MIN_FULL_UNCASED:
        return False  # without letter case to go by, ask for more full lines
    # Most broken lines of a wrapped text are full.
    judged = len(broken) - sum(1 for this, _ in broken if _ends_with_link(this))
    return full >= _FULL_SHARE * judged


def _ends_with_link(line: Line) -> bool:
    """Does ``line`` end with a Markdown link's target?"""
    text = line.stripped
    return text.endswith(")") and _LINK_TARGET_END.search(text) is not None


def _width(sizes: Sequence[int]) -> int | None:
    """The width that the ``sizes`` of broken lines pile up just short of: many of them
    within :data:`_EDGE` of it, few beyond (the first width of the best score ``near -
    2 * beyond``); its longest line at the width.

    >>> _width([70, 72, 74, 75, 75, 40, 30])
    75
    >>> _width([]) is None
    True
    """
    histogram = [0] * (_MAX_WIDTH + 2)
    for size in sizes:
        histogram[min(size, _MAX_WIDTH + 1)] += 1
    # above[n]: how many lines are n characters long or longer.
    above = [*itertools.accumulate(reversed(histogram))]
    above.reverse()
    above.append(0)
    # For each candidate width w from _MIN_WIDTH: near = above[w - _EDGE] - above[w + 1],
    # score = near - 2 * above[w + 1], computed for every w at once.
    beyond = above[_MIN_WIDTH + 1 : _MAX_WIDTH + 2]
    scores = list(
        map(operator.sub, above[_MIN_WIDTH - _EDGE : _MAX_WIDTH - _EDGE + 1], map(_TRIPLE, beyond))
    )
    best = max(scores)
    if best <= 0:
        return None
    width = _MIN_WIDTH + scores.index(best)
    while histogram[width] == 0:
        width -= 1  # the longest line at the width
    return width


#: Fewest Markdown links or images that make a text Markdown.
_MIN_LINKS = 3
#: A page: this many content lines at least, a run of short ones, and blank lines between
#: some blocks and not most (or between most, and then this share of the lines short).
PAGE_LINES = 25
PAGE_SHORT_SHARE = 0.4
PAGE_RUN = 8
#: A page's visible text keeps its blocks apart with blank lines: at least this share of
#: its lines are followed by one. An extractor's output (one paragraph per line, no blank
#: lines) that is mostly a list is not a page.
PAGE_GAPS = 0.05
#: A short line: this many words at most, and no sentence end (the page test's, the
#: story finder's and the guard's).
SHORT_WORDS = 4


#: A page's whole text opens with its title line: a line of the text above the story (its
#: headline, or the site's name) said again with the site's name or the headline beside
#: it, joined by a separator ("Low Water Hymn - Harbour Sounds", "Harbour Sounds: Low Water
#: Hymn"). Extractors leave the title line out, so a text of one paragraph a line that
#: opens with one is a page's text whose layout set no blank lines between its blocks.
#: What parts a title line: "Headline - Site", "Site: Headline", "Headline | Site" (the
#: story finder cuts it so too, :mod:`newsclean.story`).
TITLE_SEPARATOR = regex.compile(r"\s+[-–—|»·:]+\s+|:\s+")
#: A separator that ends where the line said again begins.
_TITLE_SEPARATOR_END = regex.compile(f"(?:{TITLE_SEPARATOR.pattern})$")
#: The longest title line read.
_TITLE_CHARS = 300
#: The line said again stands above the story: before the first line of this many words
#: that ends a sentence (a subheading in a story says its headline's first words again).
_TITLE_BEFORE_PROSE = 12
#: And a menu stands between the title line and the line said again: at least this many
#: short lines. A page's title line comes before its menus; a title a user set above an
#: extractor's text comes right before its headline (at most a byline or a date between).
_TITLE_MENU = 2


def _opens_with_title(content: Sequence[Line]) -> bool:
    """True when the first of ``content`` is a page's title line (see :data:`TITLE_SEPARATOR`).

    >>> lines = split_lines("Tide tables - Harbour News\\nHome\\nTides\\nTide tables\\nIt turns.")
    >>> _opens_with_title(lines), _opens_with_title(lines[1:])
    (True, False)

    A title set right above an extractor's text, with no menu between, is none:

    >>> _opens_with_title(split_lines("Tide tables - Harbour News\\nTide tables\\nIt turns."))
    False
    """
    title = content[0].stripped
    if len(title) > _TITLE_CHARS:
        return False
    menu = 0  # short lines after the title line
    for line in content[1:]:
        said = line.stripped
        if said.count(" ") >= _TITLE_BEFORE_PROSE - 1 and _SENTENCE_END.search(said):
            return False  # the story has begun: the title line says what stands above it
        if menu >= _TITLE_MENU and " " in said and len(said) < len(title):
            if title.startswith(said):
                if TITLE_SEPARATOR.match(title, len(said)):
                    return True
            elif title.endswith(said) and _TITLE_SEPARATOR_END.search(
                title, 0, len(title) - len(said)
            ):
                return True
        menu += _short(line)
    return False


#: A fence of a Markdown code block (CommonMark): three backticks or more, indented at most
#: three spaces, with no backtick after them (an info string: "```python"). A closing
#: fence is at least as long, with nothing after it. Tilde fences are left out: a line of
#: tildes is a divider in a page's text ("~~~~~~~~") as often as a fence in Markdown.
_FENCE = regex.compile(r" {0,3}(`{3,})(?=[^`]*$)")
_NO_CODE: frozenset[int] = frozenset()


def code_lines(text: str, lines: Sequence[Line]) -> frozenset[int]:
    """Return the indices of the lines of ``text``'s fenced code blocks, their fences
    included: the code a Markdown converter writes from a page's ``<pre>``, which is the
    story's own (a program, a configuration, a poem set in type). A fence that no fence
    closes opens no block.

    >>> text = "Run this:\\n```sh\\npip install x\\n```\\nDone.\\n```"
    >>> sorted(code_lines(text, split_lines(text)))
    [1, 2, 3]
    """
    if "```" not in text:
        return _NO_CODE
    found: list[int] = []
    opened: tuple[int, str] | None = None  # the open fence's line and its mark
    for line in lines:
        fence = _FENCE.match(line.text)
        if opened is None:
            if fence is not None:
                opened = (line.index, fence.group(1))
        elif (
            fence is not None
            and len(fence.group(1)) >= len(opened[1])
            and not line.text[fence.end() :].strip()
        ):
            found.extend(range(opened[0], line.index + 1))
            opened = None
    return frozenset(found)


def _short(line: Line) -> bool:
    text = line.stripped
    return len(text.split()) <= SHORT_WORDS and not _SENTENCE_END.search(text)


def detect_shape(text: str, *, width: int | None = -1) -> str:
    """Return the shape of ``text``: one of :data:`SHAPES`.

    ``width`` is the wrap width when the caller knows it (``None``: not wrapped); by
    default it is read from the text (:func:`wrap_width`).

    >>> detect_shape("Headline\\nFirst paragraph.\\nSecond paragraph.")
    'lines'
    >>> detect_shape("Headline\\n\\nFirst paragraph.\\n\\nSecond paragraph.")
    'paragraphs'
    >>> detect_shape("[Home](/) [News](/news) [Sport](/sport)\\n\\nRain fell.")
    'markdown'

    A text of 25 lines or more that opens with the page's title line is a page, blank
    lines or not:

    >>> menu = "\\n".join(["Home", "News", "Sport", "Weather"] * 6)
    >>> detect_shape("Rain closes the coast road - Harbour News\\n" + menu +
    ...              "\\nRain closes the coast road\\nThe council shut the road on Monday.")
    'page'
    """
    return _detect(text, split_lines(text), width)


def _detect(
    text: str, lines: Sequence[Line], width: int | None = -1, code: frozenset[int] | None = None
) -> str:
    content = [line for line in lines if not line.blank]
    if not content:
        return "lines"
    links = len(_MD_LINK.findall(text)) + len(_MD_IMAGE.findall(text))
    if links >= _MIN_LINKS:
        return "markdown"
    if width == -1:
        width = wrap_width(lines)
    if width is not None:
        return "wrapped"
    gaps = sum(1 for a, b in itertools.pairwise(content) if b.index > a.index + 1)
    apart = gaps * 2 >= len(content) - 1 and gaps  # most blocks stand apart
    if len(content) >= PAGE_LINES and gaps >= PAGE_GAPS * (len(content) - 1):
        run = longest = short = 0
        if code is None:
            code = code_lines(text, lines)  # a code block's short lines are no menu
        for line in content:
            if line.index not in code and _short(line):
                short += 1
                run += 1
                longest = max(longest, run)
            else:
                run = 0
        if longest >= PAGE_RUN and (not apart or short >= PAGE_SHORT_SHARE * len(content)):
            # A run of short lines (a menu), and blank lines between some blocks and not
            # most (a layout sets blocks apart and runs a menu's lines together), or
            # short lines throughout.
            return "page"
    if apart:
        return "paragraphs"
    if len(content) >= PAGE_LINES and _opens_with_title(content):
        # A page's text whose layout set no blank lines between its blocks: it opens with
        # the page's title line, which extractors leave out.
        return "page"
    return "lines"


# -- blocks ----------------------------------------------------------------------------

_HEADING = regex.compile(r"^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_ITEM = regex.compile(r"^\s*(?:[*+\-•]|\d{1,3}[.)]|\d{1,3}\\\.)\s+")
#: A numbered list's item and its number: "3. Low Tide", "3) ...", html2text's "3\\. ...",
#: under a bullet or not ("* 3. ..."), in bold or italics or not ("**3\\. Low Tide**").
NUMBERED = regex.compile(r"^\s*(?:[*+\-•]\s+)?(?:\*\*?|__?)?(\d{1,3})(?:[.)]|\\\.)\s")
_QUOTE = regex.compile(r"^\s*(?:>\s?)+")
_TABLE_RULE = regex.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
#: The underline of a Setext top-level heading: the line above it is the heading ("Rain
#: closes road" over "==========", as crawlers such as r.jina.ai write a page's headline). A line of
#: dashes under a line is left alone: html2text writes a one-column table's rule so.
SETEXT_UNDERLINE = regex.compile(r"^\s{0,3}={3,}\s*$")
_IMAGE = regex.compile(r"!\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)")
_LINK = regex.compile(
    r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+\"[^\"]*\")?\s*\)"
)
_REFERENCE = regex.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])+)\]\[[^\]]*\]")
_AUTOLINK = regex.compile(r"<(?:https?|mailto|ftp):[^>\s]*>")
_EMPHASIS = regex.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`")
_ESCAPE = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_SPACES = regex.compile(r"\s+")
_OPEN = regex.compile(r"\[|\]\(")
_BRACKETS = regex.compile(r"[\[\]()]")

#: A continuation line may be this many characters short of the width.
WRAP_SLACK = 2


def split_blocks(text: str, *, shape: str, width: int | None = None) -> list[Block]:
    """Cut ``text`` into blocks for ``shape`` (one of :data:`SHAPES`).

    In the ``wrapped`` and ``markdown`` shapes a line continues the block above it when
    it is not a heading, list item or table row and the line above was full (its next
    word would not have fitted in ``width``), or, in Markdown, a link is still open.

    >>> [b.stripped for b in split_blocks("A b\\nc\\n\\nD", shape="lines")]
    ['A b', 'c', 'D']
    """
    return build_blocks(text, split_lines(text), shape, width)


def read_shape(
    text: str, lines: Sequence[Line], shape: str = "auto", code: frozenset[int] | None = None
) -> tuple[str, int | None]:
    """Return the shape of a text (``shape``, or the detected one for ``"auto"``) and its
    wrap width (``None`` when its lines are not wrapped). ``code``: the text's
    :func:`code_lines`, when the caller has them.

    Raises ``ValueError`` for a shape newsclean does not know.
    """
    if shape != "auto" and shape not in SHAPES:
        raise ValueError(f"shape must be 'auto' or one of {', '.join(SHAPES)}; got {shape!r}")
    if shape in ("lines", "paragraphs", "page"):
        return shape, None
    width = wrap_width(lines)
    if shape == "auto":
        shape = _detect(text, lines, width, code)
    if shape == "wrapped" and width is None:
        # Said to be wrapped, but at no width the lines agree on: take the longest line.
        width = max((len(line.text.rstrip()) for line in lines), default=0) or None
    return shape, width


def build_blocks(text: str, lines: Sequence[Line], shape: str, width: int | None) -> list[Block]:
    """Return the blocks of ``text`` (split into ``lines``) for ``shape`` and ``width``."""
    if shape not in ("wrapped", "markdown"):
        # Every non-blank line is already its own block (split_lines makes them so).
        return [line for line in lines if isinstance(line, Block)]
    markdown = shape == "markdown"
    groups: list[list[Line]] = []
    current: list[Line] = []
    links = _Links()  # the Markdown links still open in the current block (Markdown only)
    for line in lines:
        if line.blank:
            if current:
                groups.append(current)
                current = []
            continue
        if (
            markdown
            and len(current) == 1
            and SETEXT_UNDERLINE.match(line.text)
            and not _STRUCTURE.match(current[0].text)
        ):
            groups.append([current[0], line])  # a Setext heading and its underline
            current = []
            continue
        if current and _continues(current, line, width, markdown and links.open):
            current.append(line)
            if markdown:
                links.read(line.text)
            continue
        if current:
            groups.append(current)
        current = [line]
        if markdown:
            links = _Links()
            links.read(line.text)
    if current:
        groups.append(current)
    return [_block(text, group, markdown) for group in groups]


def _continues(current: list[Line], line: Line, width: int | None, link_open: bool) -> bool:
    quoted = _QUOTE.match(line.text)
    if quoted is not None:
        return _quote_continues(current[-1].text, line.text, quoted.group(), width, link_open)
    if _STRUCTURE.match(line.text):
        return False
    if link_open:
        return True
    if width is None:
        return False
    above = current[-1].text.rstrip()
    if _TABLE_RULE.match(above) or above.lstrip().startswith("|"):
        return False
    return _broken_before(above, line.stripped, width)


def _broken_before(above: str, below: str, width: int) -> bool:
    """True when the line ``above`` was broken before ``below``'s first word: that word
    would not have fitted on it within ``width`` (and :data:`WRAP_SLACK`)."""
    return len(above.rstrip()) + 1 + len(below.split(maxsplit=1)[0]) > width - WRAP_SLACK


def _quote_continues(above: str, text: str, marks: str, width: int | None, link_open: bool) -> bool:
    """True when the quoted line ``text`` (its quote marks ``marks``) goes on the quoted
    paragraph that ``above`` ends: a wrapped quotation's lines each start with ``>``, and
    only a line of quote marks alone ("``>``") or a deeper or shallower quote ends its
    paragraph. Each line of a quoted story paragraph is not a block of its own.

    >>> above = "> The council said on Monday that the road would stay"
    >>> _quote_continues(above, "> closed.", "> ", 56, False)
    True
    >>> _quote_continues(above, ">", ">", 56, False)  # quote marks alone part paragraphs
    False
    """
    above_marks = _QUOTE.match(above)
    if above_marks is None or above_marks.group().count(">") != marks.count(">"):
        return False
    rest, above_rest = text[len(marks) :], above[above_marks.end() :]
    if not rest.strip() or not above_rest.strip():
        return False  # a line of quote marks alone parts the quotation's paragraphs
    if _STRUCTURE.match(rest) or _UNWRAPPED.match(above_rest) or _TABLE_RULE.match(above_rest):
        return False  # a list item, a heading or a table inside the quotation
    if link_open:
        return True
    if width is None:
        return False
    return _broken_before(above, rest, width)


class _Links:
    """Brackets of a block read so far, line by line: is a Markdown link still open?

    >>> links = _Links(); links.read("Read [the full"); links.open
    True
    >>> links.read("report](https://example.com/r) here."); links.open
    False
    """

    __slots__ = ("depth", "seen")

    def __init__(self) -> None:
        self.depth = 0
        self.seen = False  # a link or image has begun in the block

    def read(self, text: str) -> None:
        if "[" not in text and "]" not in text and "(" not in text and ")" not in text:
            return  # no bracket: the depth stays, and no link begins
        for char in _BRACKETS.findall(text):  # the brackets alone, in order
            if char in "[(":
                self.depth += 1
            elif self.depth:
                self.depth -= 1
        self.seen = self.seen or _OPEN.search(text) is not None

    @property
    def open(self) -> bool:
        return self.depth > 0 and self.seen


def _block(text: str, group: list[Line], markdown: bool) -> Block:
    first, last = group[0], group[-1]
    kind = PARAGRAPH
    parts: list[str] = []
    worded = group
    if markdown and len(group) == 2 and SETEXT_UNDERLINE.match(last.text):
        kind, worded = HEADING, group[:1]  # the underline says it is one; its words are none
    for i, line in enumerate(worded):
        part = line.stripped
        if i == 0 and kind == PARAGRAPH:
            heading = _HEADING.match(line.text)
            if heading is not None:
                kind, part = HEADING, heading.group(2)
            elif _TABLE_RULE.match(part) or part.startswith("|"):
                kind = TABLE
            else:
                item = _ITEM.match(line.text)
                if item is not None:
                    kind, part = ITEM, line.text[item.end() :].strip()
        if ">" in part:  # what a quote mark needs
            part = _QUOTE.sub("", part)
        if parts and parts[-1].endswith("-") and parts[-1][-2:-1].isalpha() and part[:1].isalpha():
            parts[-1] += part  # a word broken at its hyphen
        else:
            parts.append(part)
    joined = " ".join(parts)
    linked = 0
    if markdown:
        joined, linked = plain_markdown(joined)
        if kind == PARAGRAPH and not joined and _IMAGE.search(text[first.start : last.end]):
            kind = IMAGE
    if "\\" in joined:  # what an escape needs
        joined = _ESCAPE.sub(r"\1", joined)
    stripped = _SPACES.sub(" ", joined).strip()
    if kind == TABLE:
        stripped = stripped.strip("| ")
    return Block(
        first.index,
        first.start,
        last.end,
        last.stop,
        text[first.start : last.end],
        stripped,
        kind=kind,
        lines=len(group),
        linked=linked,
    )


def plain_markdown(text: str) -> tuple[str, int]:
    """Return the words of a Markdown line a reader sees, and how many were link text.

    >>> plain_markdown("See [the report](http://x.org/a \\"Report\\") and ![a chart](c.png).")
    ('See the report and .', 10)
    """
    # Each pattern only where what it needs is there ("![", "<", "](", "][", a mark).
    if "![" in text:
        text = _IMAGE.sub("", text)
    if "<" in text:
        text = _AUTOLINK.sub("", text)
    linked = 0

    def link_text(match: regex.Match[str]) -> str:
        nonlocal linked
        inner = str(match.group(1)).strip()
        linked += len(inner)
        return inner

    for _ in range(2):  # a link inside a link's text: [ [x](y) ](z)
        if "](" in text:
            text = _LINK.sub(link_text, text)
    if "][" in text:
        text = _REFERENCE.sub(link_text, text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS.sub("", text)
    return text, linked
