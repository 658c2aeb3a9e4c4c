"""The shipped pipelines: ``CONSERVATIVE``, ``DEFAULT`` and ``AGGRESSIVE``.

All three run the same families in the same order; they differ in how far they trust
position. Their measured precision and recall on the golden corpus are in
``docs/presets.md`` (``python -m newsclean.evaluate corpus --preset NAME``).

* ``CONSERVATIVE``: single lines only; no teaser blocks, no glued prompts, no teaser
  duplicates, no blocks judged by their vocabulary (only exact phrases).
* ``DEFAULT``: blocks judged by what follows the marker; the contract of POLICY.md.
* ``AGGRESSIVE``: a block marker in the second half of the page takes everything after
  it; bare month-and-year lines go anywhere.
"""

from __future__ import annotations

from newsclean.cleaners.bylines import Bylines
from newsclean.cleaners.chrome import Chrome
from newsclean.cleaners.comments import Comments
from newsclean.cleaners.images import Images
from newsclean.cleaners.legal import Legal
from newsclean.cleaners.navigation import Navigation
from newsclean.cleaners.promotions import Promotions
from newsclean.cleaners.read_time import ReadTime
from newsclean.cleaners.site import Site
from newsclean.cleaners.syndication import Syndication
from newsclean.cleaners.teasers import Teasers
from newsclean.cleaners.timestamps import Timestamps
from newsclean.pipeline import Pipeline

DEFAULT = Pipeline(
    [
        Site(),
        Chrome(),
        Bylines(),
        Timestamps(),
        ReadTime(),
        Syndication(),
        Navigation(),
        Promotions(),
        Legal(),
        Comments(),
        Teasers(),
        Images(),
    ]
)

CONSERVATIVE = Pipeline(
    [
        Site(),
        Bylines(),
        Timestamps(words=False),
        ReadTime(words=False),
        Syndication(blocks=False),
        Navigation(blocks=False, words=False, links=False),
        Promotions(glued=False, words=False),
        Legal(words=False),
        Comments(words=False),
    ]
)

AGGRESSIVE = Pipeline(
    [
        Site(),
        Chrome(),
        Bylines(),
        Timestamps(anywhere=True),
        ReadTime(),
        Syndication(),
        Navigation(strict=False),
        Promotions(),
        Legal(),
        Comments(),
        Teasers(),
        Images(),
    ]
)

#: The presets by name, as the command line and the evaluation take them.
PRESETS = {"conservative": CONSERVATIVE, "default": DEFAULT, "aggressive": AGGRESSIVE}
