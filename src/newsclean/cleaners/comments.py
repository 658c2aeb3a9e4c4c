"""``comments``: comment-section headings, counters and form notices.

>>> from newsclean import DEFAULT
>>> DEFAULT.only("comments").clean("Rain fell.\\n12 Comments\\nLeave a Reply")
'Rain fell.'
"""

from __future__ import annotations

from newsclean.cleaners.base import LineRuleCleaner, LineRules
from newsclean.rules.comments import RULES, build_rules


class Comments(LineRuleCleaner):
    """Remove comment headings, counters and comment-form notices."""

    name = "comments"
    rules = LineRules(RULES)
    language_rules = staticmethod(build_rules)
