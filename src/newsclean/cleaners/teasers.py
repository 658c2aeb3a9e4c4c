"""``teasers``: a summary line with a source tag that repeats a later paragraph.

"Earlier, reports suggested ... ….reports Asian Lite News" (seed 000) stands above the
story and repeats what a later paragraph says. Only a line with a source tag, near the
top, whose words a later paragraph mostly holds, is removed: a standfirst is the
story's own and stays.

>>> from newsclean import DEFAULT
>>> text = ("Heavy rain closed the coast road and flooded the harbour….reports Valley Herald\\n"
...         "Heavy rain closed the coast road on Monday and flooded the harbour.")
>>> DEFAULT.only("teasers").clean(text)
'Heavy rain closed the coast road on Monday and flooded the harbour.'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.document import Document
from newsclean.records import Span
from newsclean.rules.teasers import MIN_OVERLAP, MIN_WORDS, SOURCE_TAG

_TAG = regex.compile(SOURCE_TAG, regex.IGNORECASE)
_WORD = regex.compile(r"\w+")


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


class Teasers(Cleaner):
    """Remove a tagged teaser near the top that repeats a later paragraph."""

    name = "teasers"

    def find(self, doc: Document) -> Iterator[Span]:
        for rank, line in enumerate(doc.content[:8]):
            # The tag ends the line: search only its last characters.
            tag = _TAG.search(line.text, max(0, len(line.text) - 120))
            if tag is None:
                continue
            words = _words(line.text[: tag.start()])
            if len(words) < MIN_WORDS:
                continue
            later = doc.content[rank + 1 :]
            for i, other in enumerate(later):
                pool = _words(other.text)
                if i + 1 < len(later):
                    pool |= _words(later[i + 1].text)
                if len(words & pool) >= MIN_OVERLAP * len(words):
                    yield line_span(
                        line, "teasers.duplicate", "a tagged teaser that repeats a later paragraph"
                    )
                    break
