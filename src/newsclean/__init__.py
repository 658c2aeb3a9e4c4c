"""newsclean: turn the text of a scraped news page into the text of the story.

>>> import newsclean
>>> newsclean.clean("September 5, 2021\\n2 mins read\\n\\nRain fell all day.\\n\\nShare")
'Rain fell all day.'
>>> cleaned = newsclean.explain("By Jane Doe, CNN\\nRain fell all day.")
>>> [(r.cleaner, r.text) for r in cleaned.removals], cleaned.metadata.authors
([('bylines', 'By Jane Doe, CNN')], ('Jane Doe',))
"""

from __future__ import annotations

from newsclean.apply import apply_removals
from newsclean.batch import clean_batch, clean_frame, clean_many
from newsclean.cleaners import (
    Bylines,
    Chrome,
    Cleaner,
    Comments,
    GluedSentences,
    Legal,
    LinkTargets,
    Navigation,
    Promotions,
    ReadTime,
    Site,
    Syndication,
    Teasers,
    Timestamps,
    Whitespace,
    cleaner,
    line_span,
)
from newsclean.document import Document, Line
from newsclean.html import CleanedPage, PageMetadata, clean_html, explain_html
from newsclean.pipeline import Pipeline
from newsclean.presets import AGGRESSIVE, CONSERVATIVE, DEFAULT, PRESETS
from newsclean.records import Cleaned, Metadata, Removal, Span
from newsclean.sites import ProfileError, SiteProfile, Sites, learn_site, learn_sites

__version__ = "0.2.0.dev0"


def clean(
    text: str,
    *,
    language: str | None = None,
    shape: str = "auto",
    pipeline: Pipeline = DEFAULT,
    site: SiteProfile | None = None,
) -> str:
    """Return the story in ``text``: the page furniture removed by ``pipeline``.

    ``language``: an ISO 639-1 code, ``"auto"`` or ``None`` (all languages' phrases).
    ``shape``: how the text is laid out, ``"lines"``, ``"paragraphs"``, ``"wrapped"``
    (hard-wrapped lines, reflowed for judging), ``"markdown"`` or ``"page"`` (a whole
    page's visible text); ``"auto"`` (the default) reads it from the text.
    ``site``: the profile of the text's site (:func:`learn_site`); its cleaner removes
    the blocks that stand on many of the site's pages.
    Raises ``TypeError`` for anything but ``str`` (decode bytes first), ``ValueError``
    for an unknown shape.

    >>> clean("ALSO READ: Floods hit the coast\\nRain fell all day.")
    'Rain fell all day.'
    >>> clean("")
    ''
    """
    return pipeline.clean(text, language=language, shape=shape, site=site)


def explain(
    text: str,
    *,
    language: str | None = None,
    shape: str = "auto",
    pipeline: Pipeline = DEFAULT,
    site: SiteProfile | None = None,
) -> Cleaned:
    """Return the clean text, every removal with its offsets and reason, and the metadata.

    ``explain(t).text == clean(t)``, and ``apply_removals(t, explain(t).removals)``
    replays it. ``cleaned.shape`` is the shape the text was read in; ``cleaned.refused``
    lists the removals the guard refused because they would have taken the story.

    >>> cleaned = explain("2 mins read\\nRain fell all day.")
    >>> cleaned.text, cleaned.removals[0].cleaner, cleaned.metadata.read_time
    ('Rain fell all day.', 'read_time', 2)
    """
    return pipeline.explain(text, language=language, shape=shape, site=site)


__all__ = [
    "AGGRESSIVE",
    "CONSERVATIVE",
    "DEFAULT",
    "PRESETS",
    "Bylines",
    "Chrome",
    "Cleaned",
    "CleanedPage",
    "Cleaner",
    "Comments",
    "Document",
    "GluedSentences",
    "Legal",
    "Line",
    "LinkTargets",
    "Metadata",
    "Navigation",
    "PageMetadata",
    "Pipeline",
    "ProfileError",
    "Promotions",
    "ReadTime",
    "Removal",
    "Site",
    "SiteProfile",
    "Sites",
    "Span",
    "Syndication",
    "Teasers",
    "Timestamps",
    "Whitespace",
    "__version__",
    "apply_removals",
    "clean",
    "clean_batch",
    "clean_frame",
    "clean_html",
    "clean_many",
    "cleaner",
    "explain",
    "explain_html",
    "learn_site",
    "learn_sites",
    "line_span",
]
