"""Teaser duplicates: a summary line carrying a source tag that repeats a later paragraph.

"Earlier, reports suggested ... ….reports Asian Lite News" (seed 000) sits above the
story and says again what a later paragraph says. The source tag is what marks it: a
standfirst without a tag is the story's own and stays.
"""

from __future__ import annotations

#: The source tag that ends a teaser: "….reports Asian Lite News", "... writes The Hindu".
SOURCE_TAG = (
    r"(?:…|\.{2,}+|\.…|…\.)\s*+(?:reports?|writes|says|informs|notes|adds)\s+"
    r"(?-i:\p{Lu})[\p{L}\d&.'’\- ]{1,50}\s*$"
)

#: Share of the teaser's words that a later paragraph must hold.
MIN_OVERLAP = 0.6
#: Fewest words a teaser needs before it is compared.
MIN_WORDS = 6
