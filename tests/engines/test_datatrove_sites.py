"""Site profiles on datatrove: per-task counts, one merge, the formatter reading the
merged sites file; on the local executor and on the Slurm stand-ins. The sites file is
byte for byte the one-machine one, and every document is cleaned as on one machine."""

from __future__ import annotations

import gzip
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import newsclean
from engines.documents import make_site_documents, write_shards

pytest.importorskip("datatrove")
pytest.importorskip("orjson")

from datatrove.executor import LocalPipelineExecutor, SlurmPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from newsclean.integrations.datatrove import (
    NewscleanFormatter,
    NewscleanSiteCounter,
    NewscleanSiteMerger,
    merge_counts,
)


def _read(folder: Path) -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                found[record["id"]] = record
    return found


def _expected(documents: list[dict[str, Any]]) -> tuple[newsclean.Sites, dict[str, str]]:
    sites = newsclean.learn_sites(documents)
    texts = {d["id"]: newsclean.clean(d["text"], site=sites.profile_for(d)) for d in documents}
    return sites, texts


def _learn_and_clean(tmp_path: Path, tasks: int) -> tuple[bytes, dict[str, dict[str, Any]]]:
    documents = make_site_documents()
    write_shards(documents, tmp_path / "in", shards=4)
    LocalPipelineExecutor(
        [JsonlReader(str(tmp_path / "in")), NewscleanSiteCounter(str(tmp_path / "counts"))],
        tasks=tasks,
        workers=2,
        logging_dir=str(tmp_path / "logs-count"),
    ).run()
    sites_file = tmp_path / "sites.json"
    LocalPipelineExecutor(
        [NewscleanSiteMerger(str(tmp_path / "counts"), str(sites_file))],
        tasks=1,
        logging_dir=str(tmp_path / "logs-merge"),
    ).run()
    LocalPipelineExecutor(
        [
            JsonlReader(str(tmp_path / "in")),
            NewscleanFormatter(sites=str(sites_file), store_removals=True),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs-clean"),
    ).run()
    return sites_file.read_bytes(), _read(tmp_path / "out")


@pytest.mark.parametrize("tasks", [1, 3])
def test_local_executor_learns_the_one_machine_profiles(tmp_path: Path, tasks: int) -> None:
    documents = make_site_documents()
    sites, texts = _expected(documents)
    written, output = _learn_and_clean(tmp_path, tasks)
    assert written == sites.to_json().encode("utf-8")
    assert set(output) == set(texts)
    site_removals = 0
    for key, text in texts.items():
        assert output[key].get("text", "") == text
        removals = output[key]["metadata"]["newsclean"]["removals"]
        site_removals += sum(r["cleaner"] == "site" for r in removals)
    assert site_removals > 40
    stats = json.loads((tmp_path / "logs-clean" / "stats.json").read_text())
    step = next(s for s in stats if "newsclean" in s["name"])["stats"]
    profiled = step["with_site_profile"]
    profiled = profiled["total"] if isinstance(profiled, dict) else profiled
    assert profiled == len(documents) - 2  # not the lonely page, not the one without a URL


def test_slurm_counts_merge_to_the_one_machine_profiles(
    tmp_path: Path, slurm_on_path: Path
) -> None:
    documents = make_site_documents()
    write_shards(documents, tmp_path / "in", shards=4)
    SlurmPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            NewscleanSiteCounter(str(tmp_path / "counts")),
        ],
        tasks=2,
        time="00:30:00",
        partition="standin",
        job_name="newsclean-count",
        logging_dir=str(tmp_path / "logs"),
        env_command=f"export PATH={Path(sys.executable).parent}{os.pathsep}$PATH",
    ).run()
    assert sorted(p.name for p in (tmp_path / "counts").iterdir()) == ["00000.json", "00001.json"]
    assert (
        merge_counts(str(tmp_path / "counts")).to_json()
        == newsclean.learn_sites(documents).to_json()
    )


def test_the_steps_check_their_arguments(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="sites must be"):
        NewscleanFormatter(sites=42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_pages"):
        NewscleanSiteCounter(str(tmp_path / "c"), max_pages=0)
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "00000.json").write_text('{"format": "other"}', encoding="utf-8")
    with pytest.raises(newsclean.ProfileError, match="not a newsclean site counts file"):
        merge_counts(str(tmp_path / "bad"))
