"""The cleaners: the story finder's ``chrome``, one per boilerplate family of POLICY.md,
and three opt-in repairs.

Each module is named after its cleaner, and the cleaner's ``name`` is the module name.
"""

from newsclean.cleaners.base import Cleaner, FunctionCleaner, LineRuleCleaner, cleaner, line_span
from newsclean.cleaners.bylines import Bylines
from newsclean.cleaners.chrome import Chrome
from newsclean.cleaners.comments import Comments
from newsclean.cleaners.glued_sentences import GluedSentences
from newsclean.cleaners.images import Images
from newsclean.cleaners.legal import Legal
from newsclean.cleaners.link_targets import LinkTargets
from newsclean.cleaners.navigation import Navigation
from newsclean.cleaners.promotions import Promotions
from newsclean.cleaners.read_time import ReadTime
from newsclean.cleaners.site import Site
from newsclean.cleaners.syndication import Syndication
from newsclean.cleaners.teasers import Teasers
from newsclean.cleaners.timestamps import Timestamps
from newsclean.cleaners.whitespace import Whitespace

__all__ = [
    "Bylines",
    "Chrome",
    "Cleaner",
    "Comments",
    "FunctionCleaner",
    "GluedSentences",
    "Images",
    "Legal",
    "LineRuleCleaner",
    "LinkTargets",
    "Navigation",
    "Promotions",
    "ReadTime",
    "Site",
    "Syndication",
    "Teasers",
    "Timestamps",
    "Whitespace",
    "cleaner",
    "line_span",
]
