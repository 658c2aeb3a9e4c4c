"""``images``: a page's images and icon links, in crawler Markdown; not the story's photo.

Crawler Markdown keeps every image of a page as a line of its own: a site's logo
``[![Valley Tribune](/logo.svg)](/)``, social icons, an advert's banner, a spacer
``![](/spacer.gif)``, the thumbnails of a teaser list. A reader sees no word of the story
there, and a corpus counting the story's words does not want their sources and alt texts.
This cleaner removes such blocks of the Markdown shape (a line, a list item, a table row),
those that show no word a reader sees:

- a link with no words, ``[](https://facebook.com/share.php?u=...)``: an icon the
  converter left out (``images.icon_link``), wherever it stands;
- an image that stands twice or more in the text, a "Reply" button under each comment
  (``images.repeated``), wherever it stands: a story's photo stands once;
- an image in a list or a table row: an icon, a thumbnail, never the story's photo,
  wherever it stands;
- an image of its own above the story's headline (the heading
  :func:`newsclean.story.headline` finds before the story's main run, or the heading that
  opens the run), or outside the main run (:func:`newsclean.story.find_story`) unless it
  stands where the story's photo stands: below the headline, within :data:`REACH` blocks
  before the run when there is no headline, or within :data:`REACH` blocks after the run.

The rest of a link opened on a line above (``![BBC](/logo.png) ](https://bbc.co.uk/)``)
shows no word either. The story's own photo stays, inside the story or next to it with a
caption or a credit between; so does a line with words beside its image (a caption,
"Photo: AFP"), which the other families judge. A text whose story run holds no paragraph
of prose keeps its images. The opt-in ``link_targets`` removes every image, the story's
too.

>>> from newsclean import DEFAULT
>>> story = ("The harbour wall held through the night, the council said on Monday, after "
...          "the highest tide in forty years. Engineers will inspect it next week, and the "
...          "road along the front stays closed until they have.")
>>> text = ("[![Valley Tribune](https://example.org/logo.svg)](https://example.org/)\\n\\n"
...         "* [News](https://example.org/news)\\n* [Sport](https://example.org/sport)\\n\\n"
...         "# Harbour wall holds\\n\\n"
...         "![The harbour wall at high tide](https://example.org/img/wall.jpg)\\n\\n"
...         f"{story}\\n\\n{story}\\n\\n"
...         "Share\\n\\nMore from the coast\\n\\nRead more\\n\\n"
...         "[![](https://example.org/icons/rss.png)](https://example.org/feed)")
>>> cleaned = DEFAULT.only("images").explain(text, shape="markdown")
>>> for removal in cleaned.removals:
...     print(removal.text[:14], "|", removal.reason)
[![Valley Trib | a Markdown image with no words, before the story
[![](https://e | a Markdown image with no words, after the story
>>> "![The harbour wall at high tide]" in cleaned.text
True
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.document import Document
from newsclean.lines import HEADING, IMAGE, ITEM, TABLE
from newsclean.prose import block_stats
from newsclean.records import Span
from newsclean.story import Story, find_story, headline

#: How many blocks before or after the story's main run an image is the story's own: its
#: photo, with a caption or a credit between (as :func:`newsclean.story.own_run` keeps a
#: run of images next to the story).
REACH = 2

#: A letter or a digit: a word a reader sees.
_WORD = regex.compile(r"[\p{L}\p{N}]")
#: The rest of a link whose text opened on a line above: ``](target "title")``.
_TAIL = regex.compile(r"\]\(\s*+[^()\s]*+(?:\([^()\s]*+\)[^()\s]*+)*+(?:\s++\"[^\"\n]*+\")?\s*+\)")
#: An image's source: ``![alt](source``.
_SOURCE = regex.compile(r"!\[(?:[^\[\]]|\[[^\[\]]*+\])*+\]\(\s*+<?([^\s()<>]++)")


class Images(Cleaner):
    """Remove the blocks of Markdown that show no word, only an image or a link, but the
    story's own photos."""

    name = "images"

    def find(self, doc: Document) -> Iterator[Span]:
        if doc.shape != "markdown" or "](" not in doc.text:
            return
        story = find_story(doc)
        stats = block_stats(doc)
        if story.first < 0 or not any(stats[k].prose for k in range(story.first, story.last + 1)):
            return  # no story run, or none with prose: nothing to stand outside of
        top = _headline(doc, story)
        shown = {
            rank: _SOURCE.findall(block.text)
            for rank, block in enumerate(doc.content)
            if "](" in block.text and not _WORD.search(_TAIL.sub("", block.stripped))
        }
        said = Counter(source for sources in shown.values() for source in set(sources))
        for rank, sources in shown.items():
            block = doc.content[rank]
            if not sources:
                yield line_span(block, "images.icon_link",
                                "a Markdown link with no words (an icon's)")  # fmt: skip
                continue
            times = min(said[source] for source in sources)
            if times > 1:
                reason = f"a Markdown image with no words, {times} times in the text"
                yield line_span(block, "images.repeated", reason)
                continue
            listed = block.kind in (ITEM, TABLE)
            # An image of its own (not in a list or a table) below the story's headline
            # is the story's inside its run or where its photo stands; above the
            # headline it is the page's.
            if (
                not listed
                and (top is None or rank > top)
                and (story.inside(rank) or _photo(story, top, rank))
            ):
                continue
            side = "after" if rank > story.last else "before"
            where = "in a list or a table" if listed else f"{side} the story"
            yield line_span(block, "images.image", f"a Markdown image with no words, {where}")


def _headline(doc: Document, story: Story) -> int | None:
    """The rank of the story's headline: the heading :func:`newsclean.story.headline`
    finds before its run, or the heading that opens the run (after its images)."""
    top = headline(doc, (story.first, story.last))
    if top is not None:
        return top
    rank = story.first
    while rank < story.last and doc.content[rank].kind == IMAGE:
        rank += 1
    return rank if doc.content[rank].kind == HEADING else None


def _photo(story: Story, top: int | None, rank: int) -> bool:
    """True when an image of its own (not in a list, not in a table) ranked ``rank`` is
    where the story's photo stands (and not above its headline ``top``): below the
    headline, within :data:`REACH` blocks before the run when no headline is found, or
    within :data:`REACH` blocks after the run."""
    if rank < story.first:
        return top is not None or story.first - rank <= REACH
    return rank - story.last <= REACH
