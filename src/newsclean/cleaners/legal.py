"""``legal``: copyright and rights lines, standards notices, photo credits, advert labels.

>>> from newsclean import DEFAULT
>>> DEFAULT.only("legal").clean(
...     "Copyright law changes passed the Senate.\\n© 2025 Valley Herald. All rights reserved.")
'Copyright law changes passed the Senate.'
"""

from __future__ import annotations

from newsclean.cleaners.base import LineRuleCleaner, LineRules
from newsclean.rules.legal import RULES


class Legal(LineRuleCleaner):
    """Remove copyright lines, photo credits and advertising labels."""

    name = "legal"
    rules = LineRules(RULES)
