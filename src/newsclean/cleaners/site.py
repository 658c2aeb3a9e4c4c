"""``site``: the blocks a site's profile knows, learned from the site's own pages.

Without a profile (``clean(text)``) it finds nothing. With one
(``clean(text, site=profile)``, :mod:`newsclean.sites`) it removes every block whose
fingerprint stands on at least the profile's share of the site's pages: menus, footers,
teaser headings, prompts and disclaimers in any language and any wording. Its removals
are block removals (for where the block stands: on the site's other pages), so the guard
judges them: a repeated paragraph that is story prose inside the story stays, and
``explain`` lists it as refused.

>>> from newsclean import learn_site, explain
>>> stories = ["Rain fell.", "Snow came.", "Wind blew.", "Fog lifted.", "Sun shone."]
>>> pages = [f"Menu | News | Sport\\n{story}\\nEditor's picks" for story in stories]
>>> profile = learn_site(pages)
>>> [(r.cleaner, r.text, r.reason) for r in explain(pages[1], site=profile).removals]
... # doctest: +NORMALIZE_WHITESPACE
[('site', 'Menu | News | Sport', 'on 5 of 5 pages of this site'),
 ('site', "Editor's picks", 'on 5 of 5 pages of this site')]
"""

from __future__ import annotations

from collections.abc import Iterator

from newsclean.cleaners.base import Cleaner, line_span
from newsclean.document import Document
from newsclean.records import Span
from newsclean.sites import block_fingerprints


class Site(Cleaner):
    """Remove the blocks the text's site profile knows (``site=`` on ``clean``)."""

    name = "site"
    # Each block goes for its own fingerprint, wherever it stands, and the guard judges
    # each on its own: one story paragraph among repeated blocks keeps only itself.
    zones = 0
    alone = True

    def find(self, doc: Document) -> Iterator[Span]:
        profile = doc.site
        if profile is None or not profile.ready:
            return
        prints = block_fingerprints(doc)
        for block in doc.content:
            found = prints.get(block.index)
            if found is None:
                continue
            known = profile.block(found[0])
            if known is not None:
                yield line_span(block, "site.repeated", profile.reason(known), positional=True)
