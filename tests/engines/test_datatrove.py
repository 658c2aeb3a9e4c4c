"""The datatrove step on datatrove's own executors: local (2 tasks) and Slurm (stand-ins)."""

from __future__ import annotations

import gzip
import json
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsclean
from engines.documents import expected_counts, make_documents, write_shards

pytest.importorskip("datatrove")
dill = pytest.importorskip("dill")
pytest.importorskip("orjson")  # datatrove's JSONL reader and writer need it

from datatrove.executor import LocalPipelineExecutor, SlurmPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from newsclean.integrations.datatrove import NewscleanFormatter  # noqa: E402


def total(value: Any) -> int:
    """datatrove writes a stat as a number when every update was equal, else a dict."""
    return int(value["total"] if isinstance(value, dict) else value)


def read_output(folder: Path) -> dict[str, dict[str, Any]]:
    found = {}
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                found[record["id"]] = record
    return found


def check_run(documents: list[dict[str, Any]], out: Path, stats_file: Path) -> None:
    output = read_output(out)
    assert set(output) == {d["id"] for d in documents}
    for document in documents:
        expected = newsclean.explain(document["text"])
        record = output[document["id"]]
        assert record.get("text", "") == expected.text  # the writer drops an empty text
        stored = record["metadata"]["newsclean"]
        assert stored["removals"] == [r.to_dict() for r in expected.removals]
        assert stored["metadata"] == expected.metadata.to_dict()
    stats = json.loads(stats_file.read_text())
    step = next(s for s in stats if "newsclean" in s["name"])["stats"]
    counts = {k.split("/", 1)[1]: total(v) for k, v in step.items() if k.startswith("removals/")}
    assert {k: v for k, v in counts.items() if v} == expected_counts(documents)
    assert set(counts) == set(newsclean.DEFAULT.names)  # every cleaner, zeros included
    assert total(step["total"]) == len(documents)
    assert total(step["emptied"]) == 1


def pipeline(source: Path, out: Path) -> list[Any]:
    return [
        JsonlReader(str(source)),
        NewscleanFormatter(store_removals=True, store_metadata=True),
        JsonlWriter(str(out)),
    ]


def test_local_executor_with_two_tasks(tmp_path: Path) -> None:
    documents = make_documents(400)
    write_shards(documents, tmp_path / "in", shards=4)
    LocalPipelineExecutor(
        pipeline=pipeline(tmp_path / "in", tmp_path / "out"),
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    ).run()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "00000.jsonl.gz",
        "00001.jsonl.gz",
    ]
    check_run(documents, tmp_path / "out", tmp_path / "logs" / "stats.json")


def test_slurm_executor_submits_and_runs(tmp_path: Path, slurm_on_path: Path) -> None:
    documents = make_documents(200)
    write_shards(documents, tmp_path / "in", shards=4)
    executor = SlurmPipelineExecutor(
        pipeline=pipeline(tmp_path / "in", tmp_path / "out"),
        tasks=2,
        workers=2,
        time="00:30:00",
        partition="standin",
        cpus_per_task=1,
        job_name="newsclean",
        logging_dir=str(tmp_path / "logs"),
        env_command=f"export PATH={Path(sys.executable).parent}{os.pathsep}$PATH",
    )
    executor.run()  # the stand-in sbatch returns when the job is done
    assert executor.job_id is not None
    logs = tmp_path / "logs"
    assert "#SBATCH --array=0-1%2" in (logs / "launch_script.slurm").read_text()
    assert sorted(p.name for p in (logs / "completions").iterdir()) == ["00000", "00001"]
    check_run(documents, tmp_path / "out", logs / "stats.json")


DRIVER = """
import sys
from datatrove.executor import SlurmPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter
import newsclean
from newsclean.integrations.datatrove import NewscleanFormatter


@newsclean.cleaner("house_notes")
def house_notes(doc):  # written in the driver script: no worker can import it
    for line in doc:
        if line.stripped.startswith("Editor's desk:"):
            yield newsclean.line_span(line, "house_notes.desk", "an editor's desk note")


work, bin_dir = sys.argv[1], sys.argv[2]
SlurmPipelineExecutor(
    pipeline=[
        JsonlReader(work + "/in"),
        NewscleanFormatter(newsclean.DEFAULT.insert(house_notes, before="bylines")),
        JsonlWriter(work + "/out"),
    ],
    tasks=2,
    time="00:30:00",
    partition="standin",
    logging_dir=work + "/logs",
    env_command="export PATH=" + bin_dir + ":$PATH",
).run()
"""


def test_slurm_carries_a_cleaner_written_in_the_driver_script(
    tmp_path: Path, slurm_on_path: Path
) -> None:
    documents = [
        {"id": f"d{i}", "text": f"Editor's desk: note {i}\nThe tide turned at {i} o'clock."}
        for i in range(20)
    ]
    write_shards(documents, tmp_path / "in", shards=2)
    (tmp_path / "driver.py").write_text(DRIVER, encoding="utf-8")
    subprocess.run(
        [
            sys.executable,
            str(tmp_path / "driver.py"),
            str(tmp_path),
            str(Path(sys.executable).parent),
        ],
        check=True,
        cwd=tmp_path,
    )
    output = read_output(tmp_path / "out")
    assert {k: v["text"] for k, v in output.items()} == {
        d["id"]: d["text"].split("\n", 1)[1] for d in documents
    }
    assert newsclean.clean(documents[0]["text"]) == documents[0]["text"]  # no shipped cleaner


def test_the_step_pickles_and_checks_its_arguments() -> None:
    step = NewscleanFormatter("conservative", language="de", store_removals=True)
    for copy in (pickle.loads(pickle.dumps(step)), dill.loads(dill.dumps(step))):
        assert copy.resolved == newsclean.CONSERVATIVE and copy.language == "de"
    custom = NewscleanFormatter(newsclean.DEFAULT.without("bylines"))
    travelled = dill.loads(dill.dumps(custom)).resolved  # cleaners travel by value: new objects
    assert travelled.names == newsclean.DEFAULT.without("bylines").names
    assert custom.format("By Ann Lee\nRain fell.") == "By Ann Lee\nRain fell."
    with pytest.raises(ValueError, match="no preset named 'strict'"):
        NewscleanFormatter("strict")
    with pytest.raises(TypeError, match=r"newsclean\.Pipeline or a preset name"):
        NewscleanFormatter(42)  # type: ignore[arg-type]
