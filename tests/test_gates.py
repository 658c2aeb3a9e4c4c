"""Cheap searches before costly ones: each gives the plain answer.

The block statistics look for a glued headline or a separator only where their marks
stand, and search a sentence end from the end of a block; a meta line is split at its
separators only where it holds a separator's mark.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclean import prose
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
