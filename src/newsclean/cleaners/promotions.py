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
from functools import cache

import regex

from newsclean.cleaners.base import Cleaner, LineRules, line_span, rules_for
from newsclean.cleaners.legal import Legal
from newsclean.document import Document, Line, text_memo
from newsclean.records import Span
from newsclean.rules import alternation, compile_line
from newsclean.rules.promotions import (
    FOLLOW_LEADS,
    GLUED_PROMPT,
    NETWORK_JOINERS,
    PROMPT_WORDS,
    PROSE_GUARD,
    RULES,
    SOCIAL,
    build_rules,
    glued_prompt,
)

_GUARD = regex.compile(PROSE_GUARD, regex.IGNORECASE)
# A glued prompt starts a sentence: after sentence punctuation, or straight after a
# lower-case letter where the extractor dropped the space ("...in newsCNN News, ...").
_SENTENCE_START = regex.compile(r"(?:[.!?…\"”’)]\s{0,3}|(?<=\p{Ll}))(?=\p{Lu})")
_PROMPT_AT = regex.compile(GLUED_PROMPT, regex.IGNORECASE)
#: How many of the last sentence starts of a line are tried.
_LAST_STARTS = 4
#: The memo entry of where a prompt is glued to a line (:meth:`Promotions._glued`).
_GLUED = text_memo(f"{__name__}:glued")
_COMPLETE = regex.compile(r"[.!?…\"”’)]\s*$")
#: Fewest words and characters of story a line keeps when a glued prompt is cut from it.
_PARAGRAPH_WORDS = 8
_PARAGRAPH_CHARS = 60
#: How much of a line's end is searched for a glued prompt.
_GLUED_WINDOW = 400
#: A short question that leads into a prompt: "Lust auf mehr?", "Want more?".
_LEAD_QUESTION = regex.compile(r"^[^.!?\n]{3,80}\?$")
#: One network of a follow list split over lines, with its comma or joiner: "Telegram,",
#: "Facebook y".
_JOINER = alternation(NETWORK_JOINERS)
_NETWORK_ITEM = regex.compile(
    r"^[\s|·•]*(?:"
    + _JOINER
    + r"\s+)?"
    + alternation(SOCIAL)
    + r"\s*[,;/]?\s*(?:"
    + _JOINER
    + r")?\s*$",
    regex.IGNORECASE,
)
_FOLLOW_LEAD = compile_line(alternation(FOLLOW_LEADS))
_LOWER_START = regex.compile(r"^\p{Ll}")
#: The rest of a follow sentence after its networks ("para recibir ... actualizaciones").
_FOLLOW_TAIL_MAX = 120


@cache
def _prompt_at(languages: tuple[str, ...] | None) -> regex.Pattern[str]:
    """The glued-prompt pattern for a set of languages, compiled once."""
    if languages is None:
        return _PROMPT_AT
    return regex.compile(glued_prompt(languages), regex.IGNORECASE)


def _prompt_start(text: str, prompt_at: regex.Pattern[str] = _PROMPT_AT) -> int | None:
    """Return where a prompt glued to the end of ``text`` starts (never 0), or ``None``."""
    offset = max(0, len(text) - _GLUED_WINDOW)
    window = text[offset:].lower()
    if not any(map(window.__contains__, PROMPT_WORDS)):
        return None
    for start in [m.end() for m in _SENTENCE_START.finditer(text, offset)][-_LAST_STARTS:]:
        found = prompt_at.match(text, start)
        if found is not None:
            if found.start() == 0 or _GUARD.search(found.group()):
                return None
            return int(found.start())
    return None


class Promotions(Cleaner):
    """Remove share bars, buttons and calls to action."""

    name = "promotions"
    rules = LineRules(RULES)
    language_rules = staticmethod(build_rules)

    def __init__(self, *, glued: bool = True, words: bool = True) -> None:
        #: Also judge short blocks by the families' vocabulary (see :class:`Cleaner`).
        self.words = words
        #: Also cut prompts glued to the end of story lines.
        self.glued = glued

    def find(self, doc: Document) -> Iterator[Span]:
        return self.with_words(doc, self._rule_spans(doc))

    def _rule_spans(self, doc: Document) -> Iterator[Span]:
        run = self._follow_runs(doc)
        rules = rules_for(doc, self.rules, self.language_rules)
        prompt_at = _prompt_at(doc.language)
        for line in doc:
            if line.index in run:
                yield line_span(line, "promotions.follow_run", "a follow prompt split over lines")
                continue
            text = line.stripped
            rule = rules.match(doc, line)
            if rule is not None and not (rule.id == "promotions.prompt" and _GUARD.search(text)):
                yield line_span(line, rule.id, rule.reason)
                continue
            if self.glued and len(text) > 40:
                span = self._glued(doc, line, rules, prompt_at)
                if span is not None:
                    yield span

    @staticmethod
    def _follow_runs(doc: Document) -> set[int]:
        """Lines of follow prompts split over lines: a lead, two or more networks, the rest.

        "Síguenos en" / "Telegram," / "Instagram," / "Facebook y" / "Twitter" / "para recibir
        ...": networks alone are a share bar; the lead and the rest of the sentence go only
        with a run of networks.
        """
        content = doc.content
        found: set[int] = set()
        i = 0
        while i < len(content):
            if len(content[i].stripped) > 40 or not _NETWORK_ITEM.match(content[i].stripped):
                i += 1
                continue
            j = i
            while (
                j < len(content)
                and len(content[j].stripped) <= 40
                and _NETWORK_ITEM.match(content[j].stripped)
            ):
                j += 1
            lead = (
                i > 0
                and len(content[i - 1].stripped) <= 60
                and bool(_FOLLOW_LEAD.match(content[i - 1].stripped))
            )
            if j - i >= 2 and (lead or j - i >= 3):
                found.update(line.index for line in content[i:j])
                if lead:
                    found.add(content[i - 1].index)
                    if j < len(content):
                        rest = content[j].stripped
                        if len(rest) <= _FOLLOW_TAIL_MAX and _LOWER_START.match(rest):
                            found.add(content[j].index)
            i = j
        return found

    @staticmethod
    def _glued(
        doc: Document, line: Line, rules: LineRules, prompt_at: regex.Pattern[str]
    ) -> Span | None:
        # Where a prompt is glued to a line is its text's: found once per text, and
        # alike lines share it.
        memo = doc.memo.setdefault(_GLUED, {})
        assert isinstance(memo, dict)
        key = (line.text, id(prompt_at))
        if key not in memo:
            memo[key] = _prompt_start(line.text, prompt_at)
        cut = memo[key]
        if cut is None:
            return None
        before = line.text[:cut].rstrip()
        # Cut again while what is left still ends with a prompt: one run must leave
        # nothing a second run would cut (idempotence).
        while (inner := _prompt_start(before, prompt_at)) is not None:
            before = before[:inner].rstrip()
        if not before.strip():
            return None
        if _LEAD_QUESTION.match(before.strip()):
            return line_span(
                line, "promotions.lead_in_prompt", "a prompt with the question that leads into it"
            )
        # "Share this article…Sign up for ...": what is left is a button, so the line goes;
        # "© 2024 Herald.Sign up ...": what is left is a rights line, so it goes too.
        rest = Line(line.index, line.start, line.start + len(before), line.stop, before)
        legal = rules_for(doc, Legal.rules, Legal.language_rules)
        if rules.match(doc, rest) or legal.match(doc, rest):
            return line_span(line, "promotions.glued_prompt", "furniture glued to a prompt")
        # What is left is too short to tell a story sentence from another cleaner's
        # furniture ("Advertisement…", "Our Standards: ..."). Cutting the prompt could leave
        # a line a second run removes; removing the line could lose a sentence. Leave it.
        if len(before.split()) < _PARAGRAPH_WORDS or len(before.strip()) < _PARAGRAPH_CHARS:
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
