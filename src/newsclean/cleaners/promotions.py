"""``promotions``: share buttons, newsletter, app, follow and support prompts.

A prompt glued to the end of a story line is cut from it when the story sentence before
it is complete; glued to an unfinished fragment at the head or tail of the page (a
teaser cut short, seed 003), the whole line goes. A prompt inside quotation or reported
speech ("Subscribe to our channel," he told the crowd) is story and stays.

>>> from newsclean import DEFAULT
>>> DEFAULT.only("promotions").clean("Share\\nShare prices rose 4% on Tuesday.")
'Share prices rose 4% on Tuesday.'
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from newsclean.cleaners.base import Cleaner, LineRules, line_span
from newsclean.document import Document, Line
from newsclean.records import Span
from newsclean.rules.promotions import GLUED_PROMPT, PROMPT_WORDS, PROSE_GUARD, RULES

_GUARD = regex.compile(PROSE_GUARD, regex.IGNORECASE)
# A glued prompt starts a sentence: after sentence punctuation, or straight after a
# lower-case letter where the extractor dropped the space ("...in newsCNN News, ...").
_SENTENCE_START = regex.compile(r"(?:[.!?…\"”’)]\s{0,3}|(?<=\p{Ll}))(?=\p{Lu})")
_PROMPT_AT = regex.compile(GLUED_PROMPT, regex.IGNORECASE)
#: How many of the last sentence starts of a line are tried.
_LAST_STARTS = 4
_COMPLETE = regex.compile(r"[.!?…\"”’)]\s*$")
#: How much of a line's end is searched for a glued prompt.
_GLUED_WINDOW = 400


class Promotions(Cleaner):
    """Remove share bars, buttons and calls to action."""

    name = "promotions"
    rules = LineRules(RULES)

    def __init__(self, *, glued: bool = True) -> None:
        #: Also cut prompts glued to the end of story lines.
        self.glued = glued

    def find(self, doc: Document) -> Iterator[Span]:
        for line in doc:
            text = line.stripped
            rule = self.rules.match(doc, line)
            if rule is not None and not (rule.id == "promotions.prompt" and _GUARD.search(text)):
                yield line_span(line, rule.id, rule.reason)
                continue
            if self.glued and len(text) > 40:
                span = self._glued(doc, line)
                if span is not None:
                    yield span

    @staticmethod
    def _glued(doc: Document, line: Line) -> Span | None:
        offset = max(0, len(line.text) - _GLUED_WINDOW)
        window = line.text[offset:].lower()
        if not any(word in window for word in PROMPT_WORDS):
            return None
        starts = [m.end() for m in _SENTENCE_START.finditer(line.text, offset)][-_LAST_STARTS:]
        found = None
        for start in starts:
            found = _PROMPT_AT.match(line.text, start)
            if found is not None:
                break
        if found is None or found.start() == 0 or _GUARD.search(found.group()):
            return None
        before = line.text[: found.start()].rstrip()
        if not before.strip():
            return None
        edge = doc.in_head(line) or doc.in_tail(line)
        if not _COMPLETE.search(before) and edge:
            return line_span(
                line, "promotions.glued_fragment", "a prompt glued to a fragment of a teaser"
            )
        return Span(
            line.start + len(before),
            line.end,
            "promotions.glued_prompt",
            "a prompt glued to the end of a story line",
        )
