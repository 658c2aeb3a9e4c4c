"""Cheap searches before costly ones: each gives the plain answer.

The block statistics look for a glued headline or a separator only where their marks
stand, and search a sentence end from the end of a block; a meta line is split at its
separators only where it holds a separator's mark; the wrap width is scored for every
candidate width at once.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import prose, shapes
from newsclean.cleaners import meta_lines

_PROSE_TEXT = st.text(alphabet='aAbB .!?…:"”)_*|»/—–·•-\n\tKk1', max_size=40)
_ENDS_FORWARD = regex.compile(prose._ENDS.pattern)


@settings(max_examples=300, deadline=None)
@given(_PROSE_TEXT)
def test_the_cheap_searches_give_the_plain_answers(text: str) -> None:
    assert prose.ends_sentence(text) == (_ENDS_FORWARD.search(text) is not None)
    assert prose._glued(text) == (prose._GLUED_HEADLINE.match(text) is not None)
    if not prose._SEPARATOR_MARK.search(text):
        assert not prose._SEPARATOR.findall(text)
    if not meta_lines._SPLIT_MARK.search(text):
        assert meta_lines._SPLIT.split(text) == [text]


@pytest.mark.parametrize(
    "text, ends, glued",
    [
        ("The road stays closed.", True, False),
        ("The road stays closed.\n", True, False),
        ("“Closed,” she said.”)  ", True, False),
        ("Popular headlines", False, False),
        ("Signal faultCommuters were late", False, False),  # two words before the join
        ("Tram line cut after a signal faultCommuters were late.", True, True),
    ],
)
def test_sentence_ends_and_glued_headlines(text: str, ends: bool, glued: bool) -> None:
    assert prose.ends_sentence(text) is ends
    assert prose._glued(text) is glued


def _plain_width(sizes: list[int]) -> int | None:
    """The wrap width read candidate by candidate: the plain loop ``shapes._width`` runs
    at once."""
    top = shapes._MAX_WIDTH
    histogram = [0] * (top + 2)
    for size in sizes:
        histogram[min(size, top + 1)] += 1
    above = [0] * (top + 3)
    for size in range(top + 1, -1, -1):
        above[size] = above[size + 1] + histogram[size]
    width, best = 0, 0
    for candidate in range(shapes._MIN_WIDTH, top + 1):
        near = above[candidate - shapes._EDGE] - above[candidate + 1]
        score = near - 2 * above[candidate + 1]
        if score > best:
            width, best = candidate, score
    if not width:
        return None
    while histogram[width] == 0:
        width -= 1
    return width


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.one_of(st.integers(0, 260), st.integers(60, 90), st.integers(70, 80)), max_size=80)
)
def test_the_wrap_width_read_at_once_is_the_plain_one(sizes: list[int]) -> None:
    assert shapes._width(sizes) == _plain_width(sizes)
