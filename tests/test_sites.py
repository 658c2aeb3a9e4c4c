"""Site profiles: learned deterministically from a site's pages, removed by the ``site``
cleaner, kept out of the story by the guard, saved and read back byte for byte."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsclean
from newsclean import DEFAULT, ProfileError, SiteProfile, Sites, learn_site, learn_sites
from newsclean.sites import Learner, fingerprint, normalise, site_key

SITES = Path(__file__).resolve().parent.parent / "corpus" / "sites"
CASES = sorted(SITES.glob("*.json"))


def _texts(case: dict) -> list[str]:
    return ["\n".join(page["raw"]) for page in case["pages"]]


# -- the golden site cases --------------------------------------------------------------


def test_there_are_site_cases() -> None:
    assert len(CASES) >= 3


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_a_site_case_cleans_as_written(path: Path) -> None:
    case = json.loads(path.read_text(encoding="utf-8"))
    texts = _texts(case)
    profile = learn_site(texts)
    assert profile.ready
    for page, text in zip(case["pages"], texts, strict=True):
        cleaned = newsclean.explain(text, site=profile)
        assert cleaned.text == "\n".join(page["clean"])
        assert cleaned.shape == case["shape"]
        assert newsclean.apply_removals(text, cleaned.removals) == cleaned.text
        for kept in case.get("kept", []):
            assert kept in cleaned.text
            # The profile knew it: the guard refused it, and explain says so.
            assert profile.count(kept) == len(texts)
            assert any(r.cleaner == "site" and r.text == kept for r in cleaned.refused)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_a_site_case_without_its_profile_is_cleaned_as_before(path: Path) -> None:
    """The ``site`` cleaner finds nothing without a profile, or with one too small."""
    case = json.loads(path.read_text(encoding="utf-8"))
    texts = _texts(case)
    small = learn_site(texts[:2])
    assert not small.ready and small.furniture == ()
    for text in texts:
        alone = newsclean.explain(text)
        assert "site" not in {r.cleaner for r in alone.removals}
        assert newsclean.explain(text, site=small) == alone
        assert DEFAULT.without("site").explain(text) == alone


# -- fingerprints -----------------------------------------------------------------------


def test_fingerprints_fold_case_space_punctuation_and_digits() -> None:
    assert normalise("Updated 3 hours ago") == normalise("  UPDATED:  15 hours ago. ")
    assert normalise("Share this") != normalise("Share that")
    assert fingerprint("share this") == fingerprint(normalise("Share, this!"))
    assert normalise("今日の天気 2024年") == "今日の天気 0年"
    assert normalise("— · —") == ""


def test_fingerprints_are_the_same_in_every_process() -> None:
    """A fixed value: the fingerprint is a hash of the folded text's bytes, never Python's
    per-process hash."""
    digest = hashlib.blake2b(b"share this", digest_size=7).digest()
    assert fingerprint("share this") == int.from_bytes(digest, "big") << 8 | 2
    assert fingerprint("share this") == 0x1FB7EE104305C202  # the same, written out


# -- learning ---------------------------------------------------------------------------

# Furniture the families know, and two lines only a profile can tell.
FURNITURE = [
    "Home | World | Sport",
    "Sign up for the morning email",
    "Share this story",
    "Most read",
    "© 2024 Bay Herald",
    "Tide tables · Ferry times · Parking",
    "The Bay Herald, your paper since 1901",
]
WORDS = (
    "tide", "harbour", "council", "road", "storm", "ferry",
    "school", "market", "bridge", "rain", "wind", "river",
)  # fmt: skip


def _page(rng: random.Random, furniture: list[str]) -> str:
    story = [" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 20))).capitalize() + "."
             for _ in range(rng.randint(1, 4))]  # fmt: skip
    lines = [f for f in furniture if rng.random() < 0.8]
    cut = rng.randint(0, len(lines))
    return "\n".join(lines[:cut] + story + lines[cut:])


def _site(seed: int, pages: int) -> list[str]:
    rng = random.Random(seed)
    return [_page(rng, FURNITURE) for _ in range(pages)]


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 30), st.randoms(use_true_random=False))
def test_the_same_pages_in_any_order_give_the_same_profile(
    seed: int, pages: int, rng: random.Random
) -> None:
    texts = _site(seed, pages)
    shuffled = texts[:]
    rng.shuffle(shuffled)
    assert learn_site(texts).to_json() == learn_site(shuffled).to_json()


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 40), st.integers(1, 12), st.integers(1, 5))
def test_learners_merged_equal_one_learner_whatever_the_cap(
    seed: int, pages: int, cap: int, parts: int
) -> None:
    """Pages split over workers and merged give the one-machine profile, byte for byte,
    also when the cap makes every worker sample; state round-trips through JSON."""
    texts = _site(seed, pages)
    whole = Learner(max_pages=cap)
    for text in texts:
        whole.add(text)
    learners = [Learner(max_pages=cap) for _ in range(parts)]
    for k, text in enumerate(texts):
        learners[k % parts].add(text)
    merged = Learner.from_dict(json.loads(json.dumps(learners[-1].to_dict())))
    for learner in learners[:-1]:
        merged.merge(Learner.from_dict(learner.to_dict()))
    assert merged.to_dict() == whole.to_dict()
    assert merged.profile().to_json() == whole.profile().to_json()
    assert len(whole.to_dict()["pages"]) <= cap
    assert whole.seen == pages


def test_the_cap_bounds_the_pages_kept_and_the_sample_still_finds_the_furniture() -> None:
    texts = _site(7, 400)
    learner = Learner(max_pages=50)
    for text in texts:
        learner.add(text)
    state = learner.to_dict()
    assert 25 <= len(state["pages"]) <= 50 and state["level"] >= 3
    profile = learner.profile()
    assert profile.pages == 400 and profile.learned_from == len(state["pages"])
    assert {normalise(f) for f in FURNITURE} <= {block.text for block in profile.furniture}
    assert "learned from" in profile.reason(profile.furniture[0])


def test_a_copy_of_a_page_is_not_a_second_page() -> None:
    """A crawl that fetched one story three times must not learn the story as furniture."""
    story = "The harbour wall gave way on Monday night, the council said on Tuesday."
    texts = [f"Menu\n{story}"] * 3 + ["Menu\nA second story about the ferry timetable."]
    profile = learn_site(texts, min_pages=2)
    assert profile.pages == 4 and profile.learned_from == 2
    assert profile.count(story) == 0 and profile.count("Menu") == 2


def test_share_and_min_pages_decide_what_is_furniture() -> None:
    texts = [f"Menu\nStory {word}." for word in ("one", "two", "three", "four")]
    texts[0] += "\nRare line"
    assert learn_site(texts).count("Rare line") == 0  # on one page: never furniture
    assert learn_site(texts, share=1.0).count("Menu") == 4
    assert not learn_site(texts, min_pages=5).ready
    with pytest.raises(ValueError, match="share"):
        learn_site(texts, share=0)
    with pytest.raises(ValueError, match="min_pages"):
        learn_site(texts, min_pages=1)
    with pytest.raises(ValueError, match="max_pages"):
        learn_site(texts, max_pages=0)
    with pytest.raises(TypeError, match="a page is a str"):
        learn_site([b"bytes"])  # type: ignore[list-item]


# -- the cleaner ------------------------------------------------------------------------


def test_site_removals_carry_counts_and_replay() -> None:
    texts = _site(3, 20)
    profile = learn_site(texts)
    cleaned = newsclean.explain(texts[5], site=profile)
    reasons = [r.reason for r in cleaned.removals if r.cleaner == "site"]
    assert reasons and all(
        r.startswith("on ") and r.endswith(" pages of this site") for r in reasons
    )
    assert newsclean.apply_removals(texts[5], cleaned.removals) == cleaned.text
    assert newsclean.clean(cleaned.text, site=profile) == cleaned.text  # idempotent


def test_site_takes_a_profile_and_says_so_otherwise() -> None:
    sites = learn_sites([{"url": "https://a.example/1", "text": "x"}])
    with pytest.raises(TypeError, match="one site's profile"):
        newsclean.clean("Menu", site=sites)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="SiteProfile"):
        newsclean.clean("Menu", site="a.example")  # type: ignore[arg-type]


def test_the_site_cleaner_can_be_left_out_and_moved() -> None:
    texts = _site(4, 10)
    profile = learn_site(texts)
    assert "site" in DEFAULT.names and DEFAULT.names[0] == "site"
    without = DEFAULT.without("site")
    assert without.clean(texts[0], site=profile) == newsclean.clean(texts[0])
    last = without.insert(DEFAULT["site"])
    assert last.names[-1] == "site"
    # Run last, it still removes what the profile knows and the others left.
    page = next(text for text in texts if "Tide tables" in text)
    cleaned = last.explain(page, site=profile)
    assert any(r.cleaner == "site" for r in cleaned.removals)
    assert "Tide tables · Ferry times · Parking" not in cleaned.text


# -- saving and many sites --------------------------------------------------------------


def test_a_profile_saves_and_loads_byte_for_byte(tmp_path: Path) -> None:
    profile = learn_site(_site(5, 12), site="bay.example")
    path = tmp_path / "bay.json"
    profile.save(path)
    again = SiteProfile.load(path)
    assert again == profile and again.to_json() == path.read_text(encoding="utf-8")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "newsclean-site-profile" and data["version"] == 1
    assert "bay.example" in again.describe() and "share this story" in again.describe()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "is not JSON"),
        ('{"format": "other"}', "not a newsclean site profile"),
        ('{"format": "newsclean-site-profile", "version": 99}', "version 99"),
        ('{"format": "newsclean-site-profile", "version": 1, "furniture": [{}]}', "damaged"),
    ],
)
def test_a_bad_profile_file_says_what_is_wrong(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError, match=message):
        SiteProfile.load(path)
    with pytest.raises(ProfileError):
        Sites.load(path)
    with pytest.raises(ProfileError, match="no such file"):
        SiteProfile.load(tmp_path / "missing.json")


def test_learn_sites_groups_by_host_and_saves_one_file(tmp_path: Path) -> None:
    records = []
    for host, seed in (("a.example", 1), ("www.b.example", 2)):
        for k, text in enumerate(_site(seed, 6)):
            records.append({"url": f"https://{host}/story/{k}", "text": text})
    records.append({"url": "https://c.example/1", "text": "Only one page"})
    records.append({"text": "no url"})
    records.append({"url": "https://a.example/x", "text": None})
    random.Random(0).shuffle(records)
    sites = learn_sites(records)
    assert list(sites) == ["a.example", "b.example", "c.example"]
    assert sites["a.example"].pages == 6 and sites.unready == ["c.example"]
    assert sites.profile_for({"url": "http://www.b.example/new"}) is sites["b.example"]
    assert sites.profile_for({"url": "https://elsewhere.example/"}) is None
    path = tmp_path / "sites.json"
    sites.save(path)
    assert Sites.load(path) == sites
    assert learn_sites(reversed(records)).to_json() == sites.to_json()
    assert "c.example: 1 pages, too few to learn from" in sites.describe()
    by_field = learn_sites([{"source": "feed-1", "body": t} for t in _site(1, 4)],
                           site="source", field="body")  # fmt: skip
    assert list(by_field) == ["feed-1"] and by_field.field == "source"


def test_site_key_reads_hosts_and_names() -> None:
    assert site_key("https://WWW.Example.COM:8080/a?b") == "example.com"
    assert site_key("//cdn.example.org/x") == "cdn.example.org"
    assert site_key("Feed-1") == "feed-1"
    assert site_key(None) is None and site_key(7) is None and site_key("  ") is None


# -- the batch API ----------------------------------------------------------------------


def test_the_batch_api_takes_profiles() -> None:
    texts = _site(9, 8)
    profile = learn_site(texts)
    expected = [newsclean.clean(t, site=profile) for t in texts]
    assert list(newsclean.clean_many(texts, site=profile)) == expected
    assert list(newsclean.clean_many(texts, site=profile, jobs=2, chunk_size=3)) == expected
    sites = Sites({"bay.example": profile})
    urls = [f"https://bay.example/{k}" if k % 2 else "https://other.example/" for k in range(8)]
    batch = newsclean.clean_batch({"text": texts, "url": urls}, sites=sites)
    assert batch["url"] == urls
    assert batch["text"] == [
        newsclean.clean(t, site=profile if k % 2 else None) for k, t in enumerate(texts)
    ]
    with pytest.raises(KeyError, match="no site column 'url'"):
        newsclean.clean_batch({"text": texts}, sites=sites)
    by_host = newsclean.clean_batch(
        {"text": texts, "host": ["bay.example"] * 8}, sites=sites, site_field="host"
    )
    assert by_host["text"] == expected


def test_clean_frame_takes_sites() -> None:
    pandas = pytest.importorskip("pandas")
    texts = _site(9, 6)
    sites = learn_sites({"url": f"https://bay.example/{k}", "text": t} for k, t in enumerate(texts))
    frame = pandas.DataFrame({"text": texts, "url": [f"https://bay.example/{k}" for k in range(6)]})
    cleaned = newsclean.clean_frame(frame, sites=sites)
    assert list(cleaned["text"]) == [newsclean.clean(t, site=sites["bay.example"]) for t in texts]
    assert list(cleaned["url"]) == list(frame["url"]) and list(frame["text"]) == texts
