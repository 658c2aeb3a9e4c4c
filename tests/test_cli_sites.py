"""``newsclean learn``, ``newsclean clean --sites / --learn-sites`` and ``newsclean site
show``, driven as a user would: a subprocess on real files."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

import newsclean
from newsclean import Sites

SITES = Path(__file__).resolve().parent.parent / "corpus" / "sites"


def newsclean_cli(
    *args: str | Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclean", *map(str, args)],
        input=stdin.decode() if stdin else None,
        capture_output=True,
        text=True,
        check=False,
    )


def _crawl() -> list[dict[str, object]]:
    """The golden site cases as one crawl (one host per case), shuffled, plus a site with
    one page and a record without a URL."""
    records: list[dict[str, object]] = []
    for path in sorted(SITES.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        for k, page in enumerate(case["pages"]):
            url = f"https://www.{case['id']}.example/story/{k}"
            records.append({"url": url, "text": "\n".join(page["raw"]), "id": f"{case['id']}/{k}"})
    records.append({"url": "https://lonely.example/1", "text": "Menu\nOne story.", "id": "lonely"})
    records.append({"text": "No address\nA story without a URL.", "id": "nourl"})
    random.Random(5).shuffle(records)
    return records


@pytest.fixture()
def crawl(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _crawl()), encoding="utf-8")
    return path


def _read(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_learn_then_clean_with_the_sites_file(crawl: Path, tmp_path: Path) -> None:
    sites_file = tmp_path / "sites.json"
    done = newsclean_cli("learn", crawl, "--site-field", "url", "-o", sites_file, "-j", "1")
    assert done.returncode == 0, done.stderr
    assert "learned from" in done.stderr and "too few pages" in done.stderr
    assert "lonely.example" in done.stderr
    sites = Sites.load(sites_file)
    assert sites == newsclean.learn_sites(_crawl())  # the library gives the same profiles
    assert sites.unready == ["lonely.example"]

    out = tmp_path / "clean.jsonl"
    done = newsclean_cli("clean", crawl, "--sites", sites_file, "-o", out, "--explain")
    assert done.returncode == 0, done.stderr
    assert "cleaned with their site's profile" in done.stderr
    by_id = {r["id"]: r for r in _crawl()}
    site_removals = 0
    for record in _read(out):
        source = by_id[record["id"]]
        profile = sites.profile_for(source)
        expected = newsclean.clean(str(source["text"]), site=profile)
        assert record["text"] == expected
        site_removals += sum(r["cleaner"] == "site" for r in record["removals"])  # type: ignore[union-attr]
    assert site_removals > 0


def test_learn_sites_in_one_command_equals_two(crawl: Path, tmp_path: Path) -> None:
    sites_file = tmp_path / "sites.json"
    assert newsclean_cli("learn", crawl, "-o", sites_file, "-q").returncode == 0
    two = tmp_path / "two.jsonl"
    assert newsclean_cli("clean", crawl, "--sites", sites_file, "-o", two, "-q").returncode == 0
    one = tmp_path / "one.jsonl"
    stats = tmp_path / "stats.json"
    done = newsclean_cli(
        "clean", crawl, "--learn-sites", "--site-field", "url", "-o", one, "--stats", stats
    )
    assert done.returncode == 0, done.stderr
    assert one.read_bytes() == two.read_bytes()
    report = json.loads(stats.read_text(encoding="utf-8"))
    assert report["learning"]["too_few_pages"] == ["lonely.example"]
    assert report["with_site_profile"] == len(_crawl()) - 2


def test_the_sites_file_is_the_same_with_any_jobs_and_order(crawl: Path, tmp_path: Path) -> None:
    files = []
    for jobs in ("1", "2"):
        target = tmp_path / f"sites-{jobs}.json"
        assert newsclean_cli("learn", crawl, "-o", target, "-j", jobs, "-q").returncode == 0
        files.append(target.read_bytes())
    reversed_crawl = tmp_path / "reversed.jsonl"
    reversed_crawl.write_text(
        "".join(reversed(crawl.read_text(encoding="utf-8").splitlines(keepends=True))),
        encoding="utf-8",
    )
    target = tmp_path / "sites-r.json"
    assert newsclean_cli("learn", reversed_crawl, "-o", target, "-j", "2", "-q").returncode == 0
    files.append(target.read_bytes())
    assert files[0] == files[1] == files[2]


def test_site_show_prints_what_was_learned(crawl: Path, tmp_path: Path) -> None:
    sites_file = tmp_path / "sites.json"
    assert newsclean_cli("learn", crawl, "-o", sites_file, "-q").returncode == 0
    every = newsclean_cli("site", "show", sites_file)
    assert every.returncode == 0 and "lonely.example: 1 pages, too few" in every.stdout
    one = newsclean_cli("site", "show", sites_file, "https://fr-markdown-regional-links.example/x")
    assert one.returncode == 0
    assert one.stdout.startswith("fr-markdown-regional-links.example: 4 pages")
    assert "partager sur facebook" in one.stdout
    missing = newsclean_cli("site", "show", sites_file, "nowhere.example")
    assert missing.returncode == 2 and "has no site 'nowhere.example'" in missing.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--learn-sites", "-"], "reads the input twice"),
        (["--sites", "{missing}"], "no such file"),
        (["--sites", "{bad}"], "not JSON"),
        (["--site-field", "url"], "--site-field goes with"),
        (["--learn-sites", "--share", "0"], "--share must be"),
    ],
)
def test_bad_site_options_are_usage_errors(
    crawl: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    args = [a.format(missing=tmp_path / "missing.json", bad=bad) for a in args]
    inputs = [] if "-" in args else [str(crawl)]
    done = newsclean_cli("clean", *inputs, *args, "-o", tmp_path / "out.jsonl", stdin=b"x\n")
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_learn_refuses_bad_settings_and_writes_nothing(crawl: Path, tmp_path: Path) -> None:
    target = tmp_path / "sites.json"
    done = newsclean_cli("learn", crawl, "-o", target, "--min-pages", "1")
    assert done.returncode == 2 and "--min-pages must be at least 2" in done.stderr
    assert not target.exists()
    done = newsclean_cli("learn", tmp_path / "nothing.jsonl", "-o", target)
    assert done.returncode == 2 and "no such file" in done.stderr
