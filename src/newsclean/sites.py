"""Site profiles: a site's furniture learned from its own pages.

A site's menus, footers, teaser headings, prompts and disclaimers stand on many of its
pages, in any language and any wording; its stories do not. :func:`learn_site` reads a
site's pages as blocks (the shapes of :mod:`newsclean.shapes`), folds each block to a
fingerprint (case, white space, punctuation and digits folded, so "Updated 3 hours ago"
and "Updated 5 hours ago" are one block) and counts on how many pages each fingerprint
stands. The blocks on at least ``share`` of the pages (and on two pages at least) are the
site's furniture: the :class:`SiteProfile`. The ``site`` cleaner
(:class:`newsclean.cleaners.Site`) removes them from the site's pages, each with the
reason "on 37 of 40 pages of this site"; the guard keeps a repeated paragraph that is
story prose inside the story.

Learning is deterministic and bounded:

* the same pages in any order, split over any number of workers and merged, give the
  same profile, byte for byte (:meth:`Learner.merge`);
* memory is bounded per site: past ``max_pages`` pages, the learner keeps the pages whose
  hash falls in a share of the hash range that halves each time the sample outgrows the
  cap. The sample is a function of the set of pages, not of their order, so the profile
  is too; its counts then say "on 312 of the 1,000 pages learned from".

>>> stories = ["Rain fell all day.", "The road was shut.", "Schools stayed open."]
>>> pages = [f"Home | World | Sport\\n{story}\\nMore from the desk" for story in stories]
>>> profile = learn_site(pages)
>>> [(block.text, block.pages) for block in profile.furniture]
[('home world sport', 3), ('more from the desk', 3)]
>>> import newsclean
>>> newsclean.clean(pages[0], site=profile)
'Rain fell all day.'
"""

from __future__ import annotations

import hashlib
import json
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import regex

from newsclean.document import Document

__all__ = [
    "MAX_PAGES",
    "MIN_PAGES",
    "SHARE",
    "Learner",
    "PagePrints",
    "ProfileError",
    "SiteBlock",
    "SiteLearners",
    "SiteProfile",
    "Sites",
    "block_fingerprints",
    "describe_print",
    "fingerprint",
    "learn_site",
    "learn_sites",
    "normalise",
    "read_page",
    "site_key",
]

#: A site needs this many pages before its profile knows anything.
MIN_PAGES = 3
#: A block on at least this share of a site's pages is the site's furniture.
SHARE = 0.3
#: Pages kept per site while learning (a hash-chosen sample past that: bounded memory).
MAX_PAGES = 1000
#: A block whose folded text is at most this long is kept by its text too, to show what
#: the profile learned; a longer one only by its fingerprint (memory: fingerprints, not
#: texts), which carries its word count ("a 45-word block").
NAME_CHARS = 100

#: The profile file's format name and version (``SiteProfile.save``, ``Sites.save``).
PROFILE_FORMAT = "newsclean-site-profile"
SITES_FORMAT = "newsclean-sites"
VERSION = 1

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_DIGITS = regex.compile(r"\p{N}+")
_HASH_BITS = 64
_FULL = 1 << _HASH_BITS


class ProfileError(ValueError):
    """A profile or sites file that cannot be read: the message says what and where."""


def normalise(text: str) -> str:
    """Fold a block's text to what stays the same from page to page of a site.

    Case, white space and punctuation go; every run of digits becomes ``0``.

    >>> normalise("Updated 3 hours ago"), normalise("UPDATED: 15 hours ago!")
    ('updated 0 hours ago', 'updated 0 hours ago')
    >>> normalise("© 2024 The Daily Bugle · All rights reserved")
    '0 the daily bugle all rights reserved'
    """
    return " ".join(_WORD.findall(_DIGITS.sub("0", text.casefold())))


def fingerprint(folded: str) -> int:
    """A folded text's 64-bit fingerprint: the same on every machine and in every process.

    The top 56 bits hash the text; the low 8 bits hold its word count (255 for more), so a
    block known only by its fingerprint can still be described.

    >>> fingerprint(normalise("Share this")) == fingerprint("share this")
    True
    >>> fingerprint("share this") & 0xFF, describe_print(fingerprint("share this"))
    (2, 'a 2-word block')
    """
    digest = hashlib.blake2b(folded.encode("utf-8"), digest_size=7).digest()
    words = min(folded.count(" ") + 1, 255) if folded else 0
    return (int.from_bytes(digest, "big") << 8) | words


def describe_print(value: int) -> str:
    """What a fingerprint says of its block: its word count."""
    words = value & 0xFF
    return "a block of 255 words or more" if words == 255 else f"a {words}-word block"


def block_fingerprints(doc: Document) -> dict[int, tuple[int, str]]:
    """Each block of ``doc`` with words: its index -> (fingerprint, folded text).

    Kept in ``doc.memo``: the ``site`` cleaner reads it each time it judges the page.
    """
    cached = doc.memo.get(__name__)
    if isinstance(cached, dict):
        return cached
    memo: dict[int, tuple[int, str]] = {}
    for block in doc.origin:
        folded = normalise(block.stripped)
        if folded:
            memo[block.index] = (fingerprint(folded), folded)
    doc.memo[__name__] = memo
    return memo


def _page_hash(prints: Iterable[int]) -> int:
    """A page's hash, from its blocks' fingerprints (what the sample is chosen by)."""
    digest = hashlib.blake2b(digest_size=8)
    for value in prints:
        digest.update(value.to_bytes(8, "big"))
    return int.from_bytes(digest.digest(), "big")


@dataclass(frozen=True, slots=True)
class PagePrints:
    """One page as a learner counts it: its hash, its blocks' fingerprints (each once,
    sorted) and the folded texts of its short blocks (:data:`NAME_CHARS`)."""

    hash: int
    prints: array[int]
    names: dict[int, str]


def read_page(text: str, shape: str = "auto") -> PagePrints:
    """Read one page's blocks for a :class:`Learner` (picklable: a worker can do it).

    >>> page = read_page("Menu\\nRain fell.\\nMenu")
    >>> len(page.prints), sorted(page.names.values())
    (2, ['menu', 'rain fell'])
    """
    if not isinstance(text, str):
        raise TypeError(f"a page is a str, got {type(text).__name__}")
    found = block_fingerprints(Document(text, shape=shape))
    prints = sorted({value for value, _ in found.values()})
    names = {value: folded for value, folded in found.values() if len(folded) <= NAME_CHARS}
    return PagePrints(_page_hash(prints), array("Q", prints), names)


@dataclass(frozen=True, slots=True)
class SiteBlock:
    """One block a profile learned: its fingerprint, on how many pages it stood, its text.

    ``text`` is the block's folded text (:func:`normalise`) when it is short, else what its
    fingerprint says ("a 45-word block"): what ``describe`` shows; the fingerprint is what
    is matched.
    """

    fingerprint: int
    pages: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"fingerprint": f"{self.fingerprint:016x}", "pages": self.pages, "text": self.text}


class SiteProfile:
    """What one site's pages share: the blocks on at least ``share`` of them.

    ``pages`` is how many pages were read, ``learned_from`` how many of them the profile
    counted: each distinct page once (a copy of a page is not a second page), all of
    them up to ``max_pages``, a hash-chosen sample past that.
    A profile learned from fewer than ``min_pages`` pages knows nothing: ``ready`` is
    false and the ``site`` cleaner removes nothing with it.

    >>> profile = learn_site(["Menu\\nA story.", "Menu\\nAnother story.", "Menu\\nA third."])
    >>> profile.ready, profile.pages, profile.count("MENU"), profile.count("A story.")
    (True, 3, 3, 0)
    """

    __slots__ = ("_by_print", "furniture", "learned_from", "min_pages", "pages", "share", "site")

    def __init__(
        self,
        furniture: Iterable[SiteBlock] = (),
        *,
        site: str | None = None,
        pages: int = 0,
        learned_from: int | None = None,
        min_pages: int = MIN_PAGES,
        share: float = SHARE,
    ) -> None:
        _check_settings(min_pages, share)
        #: The site's furniture, commonest first (ties by text, then fingerprint).
        self.furniture: tuple[SiteBlock, ...] = tuple(
            sorted(furniture, key=lambda b: (-b.pages, b.text, b.fingerprint))
        )
        self.site = site
        self.pages = pages
        self.learned_from = pages if learned_from is None else learned_from
        self.min_pages = min_pages
        self.share = share
        self._by_print = {block.fingerprint: block for block in self.furniture}

    @property
    def ready(self) -> bool:
        """True when the site had enough pages to learn from (``min_pages``)."""
        return self.learned_from >= self.min_pages

    def block(self, print_: int) -> SiteBlock | None:
        """The furniture block with this fingerprint, or ``None``."""
        return self._by_print.get(print_) if self.ready else None

    def count(self, text: str) -> int:
        """On how many of the pages learned from a block reading ``text`` stood, if it is
        furniture (0 when it is not)."""
        found = self.block(fingerprint(normalise(text)))
        return found.pages if found else 0

    def reason(self, block: SiteBlock) -> str:
        """The reason the ``site`` cleaner gives for removing ``block``."""
        if self.learned_from < self.pages:
            return (
                f"on {block.pages:,} of the {self.learned_from:,} pages learned from "
                f"({self.pages:,} in all) of this site"
            )
        return f"on {block.pages:,} of {self.learned_from:,} pages of this site"

    # -- reading and writing ---------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The profile as a JSON-ready dict (what :meth:`save` writes)."""
        return {
            "format": PROFILE_FORMAT,
            "version": VERSION,
            "site": self.site,
            "pages": self.pages,
            "learned_from": self.learned_from,
            "min_pages": self.min_pages,
            "share": self.share,
            "furniture": [block.to_dict() for block in self.furniture],
        }

    @classmethod
    def from_dict(cls, data: Any, *, where: str = "the profile") -> SiteProfile:
        """Read a profile from :meth:`to_dict`'s form; raise :class:`ProfileError` if it is not."""
        if not isinstance(data, dict) or data.get("format") != PROFILE_FORMAT:
            raise ProfileError(f"{where} is not a newsclean site profile")
        if data.get("version") != VERSION:
            raise ProfileError(
                f"{where} is a version {data.get('version')!r} profile; this newsclean reads "
                f"version {VERSION} (learn it again with this version)"
            )
        try:
            furniture = [
                SiteBlock(int(item["fingerprint"], 16), int(item["pages"]), str(item["text"]))
                for item in data["furniture"]
            ]
            return cls(
                furniture,
                site=data["site"],
                pages=int(data["pages"]),
                learned_from=int(data["learned_from"]),
                min_pages=int(data["min_pages"]),
                share=float(data["share"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ProfileError(f"{where} is damaged: {error!r}") from None

    def to_json(self) -> str:
        """The profile as JSON text: the same profile gives the same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    def save(self, path: str | Path) -> None:
        """Write the profile to ``path`` as readable, versioned JSON."""
        _write(Path(path), self.to_json())

    @classmethod
    def load(cls, path: str | Path) -> SiteProfile:
        """Read a profile written by :meth:`save`."""
        return cls.from_dict(_read(Path(path)), where=str(path))

    def describe(self, limit: int | None = 40) -> str:
        """What the profile learned, for a person: its furniture with page counts.

        >>> print(learn_site(["Menu\\nA story.", "Menu\\nAnother.", "Menu\\nA third."]).describe())
        site: 3 pages, furniture on at least 2 of them (share 0.3): 1 block
             3  menu
        """
        name = self.site or "site"
        sampled = f" ({self.learned_from:,} learned from)" if self.learned_from < self.pages else ""
        if not self.ready:
            return (
                f"{name}: {self.pages:,} pages{sampled}, too few to learn from "
                f"(at least {self.min_pages} are needed); cleaned without a profile"
            )
        rows = [
            f"{name}: {self.pages:,} pages{sampled}, furniture on at least "
            f"{threshold(self.learned_from, self.share)} of them (share {self.share:g}): "
            f"{len(self.furniture):,} block{'s' if len(self.furniture) != 1 else ''}"
        ]
        shown = self.furniture if limit is None else self.furniture[:limit]
        width = len(f"{shown[0].pages:,}") if shown else 1
        rows += [f"  {block.pages:>{max(width, 4)},}  {block.text}" for block in shown]
        if len(shown) < len(self.furniture):
            rows.append(f"  ... and {len(self.furniture) - len(shown):,} more")
        return "\n".join(rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SiteProfile) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash(self.to_json())

    def __repr__(self) -> str:
        state = f"{len(self.furniture)} blocks" if self.ready else "too few pages"
        return f"<SiteProfile {self.site or '(site)'}: {self.pages} pages, {state}>"


def threshold(pages: int, share: float) -> int:
    """The fewest pages a block must stand on to be furniture: ``share`` of them, two at least.

    >>> threshold(10, 0.3), threshold(3, 0.3), threshold(1000, 0.3)
    (3, 2, 300)
    """
    return max(2, math.ceil(share * pages - 1e-9))


def _check_settings(min_pages: int, share: float) -> None:
    if isinstance(min_pages, bool) or not isinstance(min_pages, int) or min_pages < 2:
        raise ValueError(f"min_pages must be an int of at least 2, got {min_pages!r}")
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 < share <= 1:
        raise ValueError(f"share must be a number in (0, 1], got {share!r}")


class Learner:
    """Counts one site's blocks page by page; :meth:`profile` makes the profile.

    Learners of the same site that read different pages merge into the learner that read
    them all (:meth:`merge`), so a site can be learned on several workers; the state is
    JSON-ready (:meth:`to_dict`) for an engine to move between tasks.

    >>> a, b = Learner(), Learner()
    >>> a.add("Menu\\nOne."); b.add("Menu\\nTwo."); b.add("Menu\\nThree.")
    >>> a.merge(b).profile() == learn_site(["Menu\\nTwo.", "Menu\\nOne.", "Menu\\nThree."])
    True
    """

    __slots__ = ("_names", "_pages", "level", "max_pages", "seen", "shape", "site")

    def __init__(
        self, *, site: str | None = None, shape: str = "auto", max_pages: int = MAX_PAGES
    ) -> None:
        if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
            raise ValueError(f"max_pages must be a positive int, got {max_pages!r}")
        self.site = site
        self.shape = shape
        self.max_pages = max_pages
        #: Pages read (copies of one page included; a copy is counted once).
        self.seen = 0
        #: The sample keeps pages whose hash is below ``2**64 >> level``.
        self.level = 0
        # What is held per page: its blocks' fingerprints, 8 bytes each; the counts are made
        # when the profile is. Texts only of the short blocks (menus, prompts, headings).
        self._pages: dict[int, array[int]] = {}  # page hash -> its blocks' fingerprints
        self._names: dict[int, str] = {}

    def add(self, text: str) -> None:
        """Count the blocks of one page (its text, in the learner's shape)."""
        self.add_page(read_page(text, self.shape))

    def add_page(self, page: PagePrints) -> None:
        """Count one page read by :func:`read_page` (in a worker, say)."""
        self.seen += 1
        self._keep(page.hash, page.prints, page.names)

    def _keep(self, page: int, prints: array[int], names: Mapping[int, str]) -> None:
        if page >= _FULL >> self.level or page in self._pages:
            return  # outside the sample, or a copy of a page already counted
        self._pages[page] = prints
        for value in prints:
            if value not in self._names:
                name = names.get(value)
                if name is not None:
                    self._names[value] = name
        while len(self._pages) > self.max_pages:
            self._halve()

    def _halve(self) -> None:
        """Halve the sample's share of the hash range; forget the pages now outside it."""
        self.level += 1
        limit = _FULL >> self.level
        self._pages = {page: prints for page, prints in self._pages.items() if page < limit}
        present: set[int] = set()
        for prints in self._pages.values():
            present.update(prints)
        self._names = {value: name for value, name in self._names.items() if value in present}

    def merge(self, other: Learner) -> Learner:
        """Take in what ``other`` counted (other pages of the same site); return ``self``."""
        if other.max_pages != self.max_pages or other.shape != self.shape:
            raise ValueError("learners merge only with the same max_pages and shape")
        self.seen += other.seen
        while self.level < other.level:
            self._halve()
        for page, prints in other._pages.items():
            self._keep(page, prints, other._names)
        return self

    def profile(self, *, min_pages: int = MIN_PAGES, share: float = SHARE) -> SiteProfile:
        """The profile of the pages read so far."""
        _check_settings(min_pages, share)
        learned = len(self._pages)
        least = threshold(learned, share)
        furniture = []
        if learned >= min_pages:
            counts = Counter[int]()
            for prints in self._pages.values():
                counts.update(prints)
            furniture = [
                SiteBlock(value, count, self._names.get(value) or describe_print(value))
                for value, count in counts.items()
                if count >= least
            ]
        return SiteProfile(
            furniture,
            site=self.site,
            pages=self.seen,
            learned_from=learned,
            min_pages=min_pages,
            share=share,
        )

    def to_dict(self) -> dict[str, Any]:
        """The learner's state, JSON-ready, pages in hash order (the same state, the same
        dict, whatever order the pages came in)."""
        pages = sorted(self._pages.items())
        return {
            "format": "newsclean-site-learner",
            "version": VERSION,
            "site": self.site,
            "shape": self.shape,
            "max_pages": self.max_pages,
            "seen": self.seen,
            "level": self.level,
            "pages": [[f"{page:016x}", [f"{v:016x}" for v in prints]] for page, prints in pages],
            "names": {f"{v:016x}": self._names[v] for v in sorted(self._names)},
        }

    @classmethod
    def from_dict(cls, data: Any) -> Learner:
        """Read a learner's state written by :meth:`to_dict`."""
        if not isinstance(data, dict) or data.get("format") != "newsclean-site-learner":
            raise ProfileError("not a newsclean site learner's state")
        learner = cls(site=data["site"], shape=data["shape"], max_pages=data["max_pages"])
        learner.level = int(data["level"])
        names = {int(key, 16): value for key, value in data["names"].items()}
        for page, prints in data["pages"]:
            learner._keep(int(page, 16), array("Q", (int(v, 16) for v in prints)), names)
        learner.seen = int(data["seen"])
        return learner


def learn_site(
    texts: Iterable[str],
    *,
    min_pages: int = MIN_PAGES,
    share: float = SHARE,
    shape: str = "auto",
    max_pages: int = MAX_PAGES,
    site: str | None = None,
) -> SiteProfile:
    """Learn one site's furniture from its pages' texts.

    ``texts``: the site's page texts, in any order (the same pages give the same profile).
    A block on at least ``share`` of the pages, and on two at least, is furniture; with
    fewer than ``min_pages`` pages the profile knows nothing (``ready`` is false).
    ``shape`` is how the texts are laid out, as for :func:`newsclean.clean`; ``max_pages``
    bounds memory (a hash-chosen sample of the pages past it); ``site`` names the site
    in reasons and descriptions.

    >>> learn_site(["Menu\\nOne.", "Menu\\nTwo."]).ready
    False
    """
    _check_settings(min_pages, share)
    learner = Learner(site=site, shape=shape, max_pages=max_pages)
    for text in texts:
        learner.add(text)
    return learner.profile(min_pages=min_pages, share=share)


def site_key(value: object) -> str | None:
    """The site a record's site field names: a URL's host (``www.`` dropped, lower case),
    or the value itself; ``None`` for a missing or empty one.

    >>> site_key("https://www.Example.com/news/1"), site_key("example.com"), site_key("")
    ('example.com', 'example.com', None)
    """
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if "://" in value or value.startswith("//"):
        host = (urlsplit(value).hostname or "").rstrip(".")
    else:
        host = value.lower()
    host = host.removeprefix("www.")
    return host or None


class Sites(Mapping[str, SiteProfile]):
    """Site profiles by site (a host, or the value of the field records are grouped by).

    ``field`` names the record field the sites were read from (``"url"``): cleaning
    records looks each one's site up by the same field. :meth:`save` and :meth:`load`
    write and read one JSON file of every profile.

    >>> texts = ["Menu\\nRain fell.", "Menu\\nSnow came.", "Menu\\nWind blew."]
    >>> records = [{"url": f"https://a.example/{n}", "text": t} for n, t in enumerate(texts)]
    >>> sites = learn_sites(records)
    >>> list(sites), sites.profile_for({"url": "https://a.example/9"}).pages
    (['a.example'], 3)
    """

    def __init__(self, profiles: Mapping[str, SiteProfile], *, field: str = "url") -> None:
        for site, profile in profiles.items():
            if not isinstance(profile, SiteProfile):
                raise TypeError(f"site {site!r}: a Sites mapping holds SiteProfile values")
        self._profiles = dict(sorted(profiles.items()))
        self.field = field

    def __getitem__(self, site: str) -> SiteProfile:
        return self._profiles[site]

    def __iter__(self) -> Iterator[str]:
        return iter(self._profiles)

    def __len__(self) -> int:
        return len(self._profiles)

    def profile_for(
        self, record: Mapping[str, Any], *, field: str | None = None
    ) -> SiteProfile | None:
        """The profile of a record's site (read from ``field``, by default :attr:`field`),
        or ``None``."""
        key = site_key(record.get(field or self.field))
        return self._profiles.get(key) if key is not None else None

    @property
    def unready(self) -> list[str]:
        """The sites with too few pages to learn from."""
        return [site for site, profile in self._profiles.items() if not profile.ready]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": SITES_FORMAT,
            "version": VERSION,
            "field": self.field,
            "sites": {site: profile.to_dict() for site, profile in self._profiles.items()},
        }

    def to_json(self) -> str:
        """Every profile as JSON text, sites in sorted order: the same sites, the same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=1) + "\n"

    def save(self, path: str | Path) -> None:
        """Write every profile to ``path`` (versioned JSON)."""
        _write(Path(path), self.to_json())

    @classmethod
    def load(cls, path: str | Path) -> Sites:
        """Read a sites file written by :meth:`save` (or a single profile's file)."""
        return cls.from_dict(_read(Path(path)), where=str(path))

    @classmethod
    def from_dict(cls, data: Any, *, where: str = "the sites file") -> Sites:
        """Read :meth:`to_dict`'s form (or a single profile's); raise :class:`ProfileError`
        if it is neither."""
        if isinstance(data, dict) and data.get("format") == PROFILE_FORMAT:
            profile = SiteProfile.from_dict(data, where=where)
            return cls({profile.site or "": profile})
        if not isinstance(data, dict) or data.get("format") != SITES_FORMAT:
            raise ProfileError(f"{where} is not a newsclean sites file (newsclean learn makes one)")
        if data.get("version") != VERSION:
            raise ProfileError(
                f"{where} is a version {data.get('version')!r} sites file; this newsclean "
                f"reads version {VERSION} (learn it again with this version)"
            )
        sites = data.get("sites")
        if not isinstance(sites, dict):
            raise ProfileError(f"{where} is damaged: it has no sites")
        return cls(
            {
                site: SiteProfile.from_dict(item, where=f"{where}, site {site!r}")
                for site, item in sites.items()
            },
            field=str(data.get("field", "url")),
        )

    def describe(self, limit: int | None = 20) -> str:
        """Every site's profile, for a person (see :meth:`SiteProfile.describe`)."""
        ready = len(self) - len(self.unready)
        rows = [f"{len(self):,} sites, {ready:,} with a profile (grouped by {self.field!r})"]
        rows += [profile.describe(limit) for profile in self._profiles.values()]
        return "\n".join(rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sites) and self.to_dict() == other.to_dict()

    def __hash__(self) -> int:
        return hash(self.to_json())

    def __repr__(self) -> str:
        return f"<Sites: {len(self)} sites, {len(self) - len(self.unready)} with a profile>"


def learn_sites(
    records: Iterable[Mapping[str, Any]],
    *,
    site: str = "url",
    field: str = "text",
    min_pages: int = MIN_PAGES,
    share: float = SHARE,
    shape: str = "auto",
    max_pages: int = MAX_PAGES,
) -> Sites:
    """Learn a profile per site from records (dicts): ``site`` names the field that says
    the site (a URL's host is taken, or the value as it is), ``field`` the text.

    Records without a site or without text are skipped (a :class:`TypeError` for a text
    that is not a ``str``).
    """
    _check_settings(min_pages, share)
    learners = SiteLearners(shape=shape, max_pages=max_pages)
    for record in records:
        key = site_key(record.get(site))
        text = record.get(field)
        if key is None or text is None:
            continue
        learners.add(key, text)
    return learners.sites(field=site, min_pages=min_pages, share=share)


class SiteLearners:
    """A :class:`Learner` per site: what :func:`learn_sites` and ``newsclean learn`` fill.

    >>> learners = SiteLearners()
    >>> for text in ("Menu\\nRain fell.", "Menu\\nSnow came.", "Menu\\nWind blew."):
    ...     learners.add("a.example", text)
    >>> learners.sites()["a.example"].count("menu")
    3
    """

    def __init__(self, *, shape: str = "auto", max_pages: int = MAX_PAGES) -> None:
        self.shape = shape
        self.max_pages = max_pages
        self.learners: dict[str, Learner] = {}

    def learner(self, site: str) -> Learner:
        """The site's learner (made when first asked for)."""
        found = self.learners.get(site)
        if found is None:
            found = self.learners[site] = Learner(
                site=site, shape=self.shape, max_pages=self.max_pages
            )
        return found

    def add(self, site: str, text: str) -> None:
        """Count one page of ``site``."""
        self.learner(site).add(text)

    def add_page(self, site: str, page: PagePrints) -> None:
        """Count one page of ``site`` read by :func:`read_page`."""
        self.learner(site).add_page(page)

    def sites(
        self, *, field: str = "url", min_pages: int = MIN_PAGES, share: float = SHARE
    ) -> Sites:
        """Every site's profile."""
        return Sites(
            {
                site: learner.profile(min_pages=min_pages, share=share)
                for site, learner in self.learners.items()
            },
            field=field,
        )


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"{path}: no such file") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ProfileError(f"{path} is not JSON: {error}") from None
