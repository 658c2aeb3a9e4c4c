"""Properties of cleaning that hold for any text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import AGGRESSIVE, CONSERVATIVE, DEFAULT, apply_removals
from newsclean.apply import source_ranges
from newsclean.records import Span
from strategies import any_text, boilerplate_lines, cleans_once, stories

PIPELINES = st.sampled_from([DEFAULT, CONSERVATIVE, AGGRESSIVE])


@given(any_text, PIPELINES)
# Found by Hypothesis: furniture glued to a prompt must go whole, or a second run takes it.
@example("Share this article…Sign up for newsletter", DEFAULT)
@example("Advertisement…Sign up  for oru newsletter", DEFAULT)
@example('0000"SIGN UP  FOR 00000000 NEWSLETTER:00.SIGN UP FOR nEWSLETTER:aAaA', DEFAULT)
@example("OUR STANDARDS:00000000000000 0 .SIGN UP  FOR 00000000 NEWSLETTER:000000000", DEFAULT)
@example(
    "000000000000000000000000000000000000000000000 0 0 0 0 0 0 ©.SIGN UP FOR NEWSLETTER»0", DEFAULT
)
# Found by Hypothesis: a stoplist chosen on two short words changed once a line went.
@example("AAA:BA:AP\nSHARE:G", DEFAULT)
def test_clean_never_raises_and_is_idempotent(text: str, pipeline: newsclean.Pipeline) -> None:
    assert cleans_once(pipeline, text)


@given(any_text)
def test_clean_invents_nothing(text: str) -> None:
    """Every output line is (part of) an input line, in input order."""
    lines = newsclean.document.split_lines(text)
    i = 0
    for out in newsclean.document.split_lines(newsclean.clean(text)):
        while i < len(lines) and out.text not in lines[i].text:
            i += 1
        assert i < len(lines), f"{out.text!r} is not in the input (in order)"
        i += 1


@given(any_text)
def test_explain_agrees_with_clean(text: str) -> None:
    cleaned = newsclean.explain(text)
    assert cleaned.text == newsclean.clean(text)
    assert apply_removals(text, cleaned.removals) == cleaned.text
    # Cutting the reported spans out of the text leaves the same (non-blank) lines.
    cut, pos = [], 0
    for removal in sorted(cleaned.removals, key=lambda r: r.start):
        assert text[removal.start : removal.end] == removal.text
        cut.append(text[pos : removal.start] + removal.replacement)
        pos = removal.end
    cut.append(text[pos:])
    cut_lines = [ln.text for ln in newsclean.document.split_lines("".join(cut)) if ln.text.strip()]
    clean_lines = [
        ln.text for ln in newsclean.document.split_lines(cleaned.text) if ln.text.strip()
    ]
    assert cut_lines == clean_lines


@settings(max_examples=200)
@given(
    stories(),
    st.lists(st.tuples(st.integers(0, 20), boilerplate_lines), max_size=6),
    st.sampled_from(["\n", "\n\n", "\r\n"]),
)
def test_boilerplate_inserted_anywhere_cleans_back(
    story: list[str], insertions: list[tuple[int, str]], separator: str
) -> None:
    page = list(story)
    for position, line in insertions:
        page.insert(min(position, len(page)), line)
    assert DEFAULT.clean(separator.join(page)) == separator.join(story)


@given(stories(), st.sampled_from(["\n", "\n\n"]))
def test_a_story_without_furniture_is_unchanged(story: list[str], separator: str) -> None:
    text = separator.join(story)
    assert DEFAULT.clean(text) == text


@st.composite
def texts_and_removals(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """A text of lines and blank lines, and spans within its lines' content, as cleaners
    make them (a whole line, or part of one; some with a replacement)."""
    lines = draw(st.lists(st.sampled_from(["", " ", "Share", "Rain fell.", "a b c"]), max_size=12))
    ending = draw(st.sampled_from(["\n", "\r\n"]))
    text = ending.join(lines)
    spans, at = [], 0
    for line in lines:
        if line and draw(st.booleans()):
            start = at + draw(st.integers(0, len(line) - 1))
            end = draw(st.integers(start + 1, at + len(line)))
            spans.append(
                Span(start, end, "x.y", "a test", replacement=draw(st.sampled_from(["", " "])))
            )
        at += len(line) + len(ending)
    return text, spans


@given(texts_and_removals())
def test_apply_removals_says_where_each_kept_character_comes_from(
    case: tuple[str, list[Span]],
) -> None:
    text, spans = case
    offsets: list[tuple[int, int, int]] = []
    result = apply_removals(text, spans, offsets=offsets)
    assert result == apply_removals(text, spans)  # asking for the offsets changes nothing
    copied = 0
    for start, end, source in offsets:
        if start >= len(result):
            break  # a line ending the result drops (the text did not end with one)
        end = min(end, len(result))
        assert result[start:end] == text[source : source + end - start]
        copied += end - start
        # Every stretch maps back to itself, and nothing a removal took is in it.
        assert source_ranges(offsets, start, end) == [(source, source + end - start)]
        assert not any(
            s.start < source + end - start and source < s.end for s in spans if s.end > s.start
        )
    assert copied + sum(len(s.replacement) for s in spans) >= len(result)
