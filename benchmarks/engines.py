"""Engine benchmark: documents/s on 2 cores and fixed start-up cost, per engine.

    python benchmarks/engines.py                  # 100,000 documents and 10 documents
    python benchmarks/engines.py --docs 20000     # a quicker look

Needs ``pip install -e '.[engines]'``. The same generated documents (benchmarks/batch.py,
four JSONL shards) go through:

- ``cli``: ``newsclean clean shards/ -o out.jsonl -j 2``;
- ``datatrove-local``: ``LocalPipelineExecutor`` with 2 tasks on 2 workers
  (JsonlReader -> NewscleanFormatter -> JsonlWriter, uncompressed);
- ``datatrove-slurm``: ``SlurmPipelineExecutor`` with 2 tasks, through the Slurm
  stand-ins of tests/engines/slurm_standin.py (sbatch runs the array job here);
- ``spark``: a ``local[2]`` session, ``spark.read.json`` -> ``clean_dataframe`` -> Parquet.

Each run is a fresh process, timed from its start to its end, so start-up (the
interpreter, imports, a JVM, worker processes) is included; the 10-document run is
that fixed cost.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STANDIN = ROOT / "tests" / "engines" / "slurm_standin.py"
ENGINES = ("cli", "datatrove-local", "datatrove-slurm", "spark")


def write_shards(folder: Path, count: int, shards: int = 4) -> None:
    sys.path.insert(0, str(HERE))
    from batch import generate

    folder.mkdir(parents=True)
    whole = folder.parent / "all.jsonl"
    generate(whole, count)
    outs = [(folder / f"part-{i}.jsonl").open("w", encoding="utf-8") for i in range(shards)]
    with whole.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            outs[number % shards].write(line)
    for out in outs:
        out.close()
    whole.unlink()


def run_engine(engine: str, source: Path, work: Path) -> None:
    """The body of one timed run (in its own process)."""
    if engine == "cli":
        subprocess.run(
            [
                sys.executable,
                "-m",
                "newsclean",
                "clean",
                str(source),
                "-o",
                str(work / "out.jsonl"),
                "-j",
                "2",
                "--quiet",
            ],
            check=True,
        )
    elif engine.startswith("datatrove"):
        from datatrove.executor import LocalPipelineExecutor, SlurmPipelineExecutor
        from datatrove.pipeline.readers import JsonlReader
        from datatrove.pipeline.writers import JsonlWriter

        from newsclean.integrations.datatrove import NewscleanFormatter

        steps = [
            JsonlReader(str(source)),
            NewscleanFormatter(),
            JsonlWriter(str(work / "out"), compression=None),
        ]
        if engine == "datatrove-local":
            LocalPipelineExecutor(
                pipeline=steps, tasks=2, workers=2, logging_dir=str(work / "logs")
            ).run()
        else:
            path = f"{work / 'bin'}:{Path(sys.executable).parent}:$PATH"
            SlurmPipelineExecutor(
                pipeline=steps,
                tasks=2,
                workers=2,
                time="01:00:00",
                partition="standin",
                logging_dir=str(work / "logs"),
                env_command=f"export PATH={path}",
            ).run()
    elif engine == "spark":
        os.environ["PYSPARK_PYTHON"] = sys.executable
        from pyspark.sql import SparkSession

        from newsclean.integrations.spark import clean_dataframe

        spark = (
            SparkSession.builder.master("local[2]")
            .appName("newsclean-bench")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.ui.enabled", "false")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        clean_dataframe(spark.read.json(str(source))).write.parquet(str(work / "out"))
        spark.stop()


def timed(engine: str, source: Path) -> float:
    work = Path(tempfile.mkdtemp(prefix=f"newsclean-{engine}-"))
    env = dict(os.environ)
    if engine == "datatrove-slurm":
        (work / "bin").mkdir()
        for command in ("sbatch", "srun", "scontrol", "squeue", "sacct"):
            script = work / "bin" / command
            line = f'exec "{sys.executable}" "{STANDIN}" --as {command} "$@"'
            script.write_text(f"#!/bin/sh\n{line}\n")
            script.chmod(0o755)
        env["PATH"] = f"{work / 'bin'}:{env['PATH']}"
        env["SLURM_STANDIN_DIR"] = str(work / "slurm-state")
        env = {k: v for k, v in env.items() if not k.startswith("SLURM_") or "STANDIN" in k}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, __file__, "--run", engine, str(source), str(work)],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    seconds = time.perf_counter() - started
    shutil.rmtree(work)
    return seconds


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--run":
        run_engine(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--engines", nargs="*", default=list(ENGINES), choices=ENGINES)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    base = Path(tempfile.mkdtemp(prefix="newsclean-engines-"))
    sizes = {args.docs: base / "big" / "shards", 10: base / "small" / "shards"}
    for count, folder in sizes.items():
        write_shards(folder, count)
    print(f"{os.cpu_count()} cores; {args.docs:,} documents in 4 JSONL shards")
    print(f"| engine | {args.docs:,} documents: s | documents/s | 10 documents: s (fixed cost) |")
    print("|---|---:|---:|---:|")
    figures = {}
    for engine in args.engines:
        big = timed(engine, sizes[args.docs])
        small = timed(engine, sizes[10])
        figures[engine] = {
            "seconds": big,
            "documents_per_second": args.docs / big,
            "fixed_seconds": small,
        }
        print(f"| {engine} | {big:.1f} | {args.docs / big:,.0f} | {small:.1f} |", flush=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    shutil.rmtree(base)


if __name__ == "__main__":
    main()
