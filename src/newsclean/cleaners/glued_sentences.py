"""``glued_sentences`` (opt-in): put back the space lost where two paragraphs were joined.

"...the neighboring district of Andarab.Earlier, Taliban spokesman..." (seed 003)
becomes "Andarab. Earlier, ...". This changes the story's characters, so it is not in
the default pipeline.

>>> from newsclean import Pipeline
>>> Pipeline([GluedSentences()]).clean("It fell in Andarab.Earlier, the group said so.")
'It fell in Andarab. Earlier, the group said so.'
>>> Pipeline([GluedSentences()]).clean("See example.com or Node.js for details.")
'See example.com or Node.js for details.'

Limits: a lower-case word, a full stop and a capitalised word with no space between
them is taken for a join; "e.g.The" would be split too.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner
from newsclean.document import Document
from newsclean.records import Span

# Two lower-case letters, sentence punctuation, then a capitalised word: no URL, no
# e-mail address around it.
_JOIN = regex.compile(r"(?<=\p{Ll}{2}[.!?])(?=\p{Lu}\p{Ll}+)")
_URLISH = regex.compile(r"(?:https?://|www\.|@)\S*$")


class GluedSentences(Cleaner):
    """Insert the missing space between two sentences glued at a paragraph join."""

    name = "glued_sentences"

    def find(self, doc: Document) -> Iterator[Span]:
        for line in doc:
            for join in _JOIN.finditer(line.text):
                head = line.text[: join.start()]
                word = head.rsplit(None, 1)[-1] if head.split() else head
                if _URLISH.search(word):
                    continue
                at = line.start + join.start()
                yield Span(
                    at,
                    at,
                    "glued_sentences.join",
                    "a space lost at a paragraph join",
                    replacement=" ",
                )
