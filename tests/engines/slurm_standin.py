#!/usr/bin/env python3
"""Stand-ins for sbatch, srun, scontrol, squeue and sacct that run Slurm jobs on this machine.

Installed as symlinks named after each command (fakeslurm/bin/sbatch -> ../slurm_standin.py, ...);
put fakeslurm/bin first on PATH. Standard library only.

sbatch [--export=..] [--dependency=..] [--parsable] [--array=..] [--key=value ...] SCRIPT [ARGS]
    Reads the #SBATCH directives of SCRIPT (command-line options override them), copies SCRIPT
    into the state dir (the caller may delete it as soon as sbatch returns: datatrove passes a
    NamedTemporaryFile), allocates a job id, and runs `bash SCRIPT ARGS` once per array index
    with SLURM_ARRAY_TASK_ID etc. set, stdout/stderr into --output/--error (%A %a %j %x %u %N %%
    expanded), at most min(array %limit, nproc // cpus-per-task) at a time, in --chdir or the
    submit dir. Prints "Submitted batch job ID" (just "ID" with --parsable).
    SLURM_STANDIN_MODE=sync (default): sbatch returns when the job has finished (dependencies
        are then trivially met, since they were submitted earlier).
    SLURM_STANDIN_MODE=async: sbatch returns at once; a detached runner waits for the
        dependencies (afterok/afterany/afternotok/afterany, ids separated by ':' or ',') then runs.
    Exit status is 0 whatever the job does (as on Slurm): see `sacct -j ID` / state dir.
srun [options] CMD ARGS   runs CMD -n times (default once) with SLURM_PROCID/SLURM_NODEID/SLURM_LOCALID.
scontrol show hostnames LIST | scontrol show job ID | scontrol requeue ID (logged, no-op)
squeue [-h] [-j ID] [--me] [--format=..]   lists PENDING/RUNNING jobs of the state dir.
sacct -j ID [-n] [-X] [-o State]          prints the state of a job (and of its array tasks).

State dir: $SLURM_STANDIN_DIR (default /tmp/slurm-standin): jobs/ID.json, jobs/ID.sh, next_id.
"""

from __future__ import annotations

import fcntl
import getpass
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

STATE = os.environ.get("SLURM_STANDIN_DIR", "/tmp/slurm-standin")
JOBS = os.path.join(STATE, "jobs")
NODE = "localhost"
DONE = {"COMPLETED", "FAILED", "CANCELLED"}

# options of sbatch/srun that take a separate value when written "-x VALUE" / "--opt VALUE"
SHORT_WITH_VALUE = set("aAbcCdDeiJLmnNopqtwx")
LONG_FLAGS = {
    "requeue",
    "no-requeue",
    "parsable",
    "wait",
    "exclusive",
    "overcommit",
    "test-only",
    "hold",
    "unbuffered",
    "label",
    "verbose",
    "quiet",
    "no-kill",
    "oversubscribe",
}
SHORT_NAMES = {
    "a": "array",
    "A": "account",
    "c": "cpus-per-task",
    "D": "chdir",
    "d": "dependency",
    "e": "error",
    "J": "job-name",
    "n": "ntasks",
    "N": "nodes",
    "o": "output",
    "p": "partition",
    "q": "qos",
    "t": "time",
    "l": "label",
    "W": "wait",
    "H": "hold",
}


# --------------------------------------------------------------------------- state ---------
def _ensure_state():
    os.makedirs(JOBS, exist_ok=True)


def _next_id() -> int:
    _ensure_state()
    with open(os.path.join(STATE, "next_id"), "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        f.seek(0)
        cur = int(f.read().strip() or "1000")
        f.seek(0)
        f.truncate()
        f.write(str(cur + 1))
        return cur


def _job_path(job_id) -> str:
    return os.path.join(JOBS, f"{job_id}.json")


def _save(job: dict):
    tmp = _job_path(job["id"]) + ".tmp"
    with open(tmp, "w") as f:
        json.dump(job, f, indent=1)
    os.replace(tmp, _job_path(job["id"]))


def _load(job_id) -> dict | None:
    try:
        with open(_job_path(str(job_id).split("_")[0])) as f:
            return json.load(f)
    except (FileNotFoundError, json.JSONDecodeError):
        return None


# ------------------------------------------------------------------------ parsing ----------
def parse_options(args: list[str], stop_at_positional=True):
    """Parse Slurm-style options. Returns (opts: dict, rest: list)."""
    opts: dict[str, str] = {}
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--":
            i += 1
            break
        if a.startswith("--"):
            key, eq, val = a[2:].partition("=")
            if not eq:
                if key in LONG_FLAGS or i + 1 >= len(args) or args[i + 1].startswith("-"):
                    val = ""
                else:
                    i += 1
                    val = args[i]
            opts[key] = val
        elif a.startswith("-") and len(a) > 1:
            c = a[1]
            name = SHORT_NAMES.get(c, c)
            if c in SHORT_WITH_VALUE:
                if len(a) > 2:
                    opts[name] = a[2:].lstrip("=")
                else:
                    i += 1
                    opts[name] = args[i]
            else:
                opts[name] = ""
        elif stop_at_positional:
            break
        i += 1
    return opts, args[i:]


def script_directives(script: str) -> dict[str, str]:
    args = []
    for line in script.splitlines()[1:]:
        s = line.strip()
        if s.startswith("#SBATCH"):
            args += shlex.split(s[len("#SBATCH") :].split(" #")[0])
        elif s == "" or s.startswith("#"):
            continue
        else:
            break  # sbatch stops at the first command
    return parse_options(args, stop_at_positional=False)[0]


def parse_array(spec: str) -> tuple[list[int], int | None]:
    spec, _, limit = spec.partition("%")
    idx: list[int] = []
    for part in spec.split(","):
        rng, _, step = part.partition(":")
        lo, _, hi = rng.partition("-")
        idx += list(range(int(lo), int(hi or lo) + 1, int(step or 1)))
    return sorted(set(idx)), int(limit) if limit else None


def expand_hostlist(spec: str) -> list[str]:
    hosts = []
    for m in re.finditer(r"([^,\[]+)(?:\[([^\]]+)\])?", spec):
        prefix, ranges = m.group(1), m.group(2)
        if not ranges:
            hosts.append(prefix)
            continue
        for r in ranges.split(","):
            lo, _, hi = r.partition("-")
            for n in range(int(lo), int(hi or lo) + 1):
                hosts.append(f"{prefix}{str(n).zfill(len(lo))}")
    return hosts


def build_env(export: str | None, extra: dict[str, str]) -> dict[str, str]:
    export = export if export is not None else "ALL"
    items = [x for x in export.split(",") if x]
    if items and items[0] == "NONE":
        env = {k: os.environ[k] for k in ("PATH", "HOME", "USER", "LANG") if k in os.environ}
        items = items[1:]
    else:
        env = dict(os.environ)
        items = [x for x in items if x != "ALL"]
    for item in items:
        k, eq, v = item.partition("=")
        if eq:
            env[k] = v
        elif k in os.environ:
            env[k] = os.environ[k]
    env.update(extra)
    return env


def expand_pattern(pattern: str, job_id: int, task: int | None, name: str) -> str:
    repl = {
        "A": str(job_id),
        "a": str(task if task is not None else 4294967294),
        "j": str(job_id),
        "x": name,
        "u": getpass.getuser(),
        "N": NODE,
        "%": "%",
    }
    return re.sub(
        r"%(\d*)([AajxuN%])",
        lambda m: repl[m.group(2)].zfill(int(m.group(1))) if m.group(1) else repl[m.group(2)],
        pattern,
    )


# ---------------------------------------------------------------------- execution ----------
def _deps_state(dependency: str) -> str:
    """'ok' when met, 'wait' while pending, 'never' when it cannot be met."""
    if not dependency:
        return "ok"
    for clause in re.split(r"[,?]", dependency):
        kind, _, ids = clause.partition(":")
        for jid in ids.split(":"):
            if not jid:
                continue
            dep = _load(jid)
            if dep is None:
                continue  # unknown job: Slurm ignores finished/purged ids
            if dep["state"] not in DONE:
                return "wait"
            if kind == "afterok" and dep["state"] != "COMPLETED":
                return "never"
            if kind == "afternotok" and dep["state"] == "COMPLETED":
                return "never"
    return "ok"


def run_job(job_id: int):
    job = _load(job_id)
    while (d := _deps_state(job["dependency"])) == "wait":
        time.sleep(0.5)
    if d == "never":
        job["state"] = "CANCELLED"
        job["reason"] = "DependencyNeverSatisfied"
        _save(job)
        return
    job["state"] = "RUNNING"
    job["start"] = time.time()
    _save(job)
    opts = job["opts"]
    indices = job["array"]
    cpus = int(opts.get("cpus-per-task") or 1)
    parallel = max(1, (os.cpu_count() or 1) // cpus)
    if job["array_limit"]:
        parallel = min(parallel, job["array_limit"])
    parallel = int(os.environ.get("SLURM_STANDIN_MAX_PARALLEL", parallel))
    name = opts.get("job-name") or os.path.basename(job["script_name"])

    def one(task):
        extra = {
            "SLURM_JOB_ID": str(
                job_id
            ),  # real Slurm gives each array task its own id; one is enough here
            "SLURM_JOBID": str(job_id),
            "SLURM_JOB_NAME": name,
            "SLURM_JOB_NODELIST": NODE,
            "SLURM_NODELIST": NODE,
            "SLURM_JOB_NUM_NODES": "1",
            "SLURM_NNODES": "1",
            "SLURM_NODEID": "0",
            "SLURM_PROCID": "0",
            "SLURM_LOCALID": "0",
            "SLURMD_NODENAME": NODE,
            "SLURM_CPUS_PER_TASK": str(cpus),
            "SLURM_CPUS_ON_NODE": str(cpus),
            "SLURM_SUBMIT_DIR": job["submit_dir"],
            "SLURM_SUBMIT_HOST": socket.gethostname(),
            "SLURM_JOB_PARTITION": opts.get("partition", ""),
            "SLURM_STANDIN": "1",
        }
        if task is not None:
            extra |= {
                "SLURM_ARRAY_JOB_ID": str(job_id),
                "SLURM_ARRAY_TASK_ID": str(task),
                "SLURM_ARRAY_TASK_COUNT": str(len(indices)),
                "SLURM_ARRAY_TASK_MIN": str(min(indices)),
                "SLURM_ARRAY_TASK_MAX": str(max(indices)),
            }
        env = build_env(job["export"], extra)
        out = expand_pattern(
            opts.get("output") or ("slurm-%A_%a.out" if task is not None else "slurm-%j.out"),
            job_id,
            task,
            name,
        )
        err = expand_pattern(opts["error"], job_id, task, name) if opts.get("error") else out
        cwd = opts.get("chdir") or job["submit_dir"]
        out, err = (p if os.path.isabs(p) else os.path.join(cwd, p) for p in (out, err))
        fo = open(out, "a")
        fe = fo if err == out else open(err, "a")
        try:
            return subprocess.call(
                ["bash", job["script"], *job["script_args"]], stdout=fo, stderr=fe, env=env, cwd=cwd
            )
        finally:
            fo.close()
            if fe is not fo:
                fe.close()

    tasks = indices if indices else [None]
    with ThreadPoolExecutor(parallel) as pool:
        rcs = list(pool.map(one, tasks))
    job = _load(job_id)
    job["task_rc"] = {str(t): rc for t, rc in zip(tasks, rcs)}
    job["state"] = "COMPLETED" if all(rc == 0 for rc in rcs) else "FAILED"
    job["end"] = time.time()
    _save(job)


def sbatch(argv: list[str]) -> int:
    opts, rest = parse_options(argv)
    if not rest:
        print(
            "sbatch: error: no script given (stdin scripts not supported by the stand-in)",
            file=sys.stderr,
        )
        return 1
    with open(rest[0]) as f:
        script = f.read()
    allopts = script_directives(script) | opts  # command line wins
    job_id = _next_id()
    saved = os.path.join(JOBS, f"{job_id}.sh")
    with open(saved, "w") as f:
        f.write(script)
    indices, limit = parse_array(allopts["array"]) if allopts.get("array") else ([], None)
    job = {
        "id": job_id,
        "state": "PENDING",
        "script": saved,
        "script_name": rest[0],
        "script_args": rest[1:],
        "opts": allopts,
        "export": allopts.get("export"),
        "dependency": allopts.get("dependency", ""),
        "array": indices,
        "array_limit": limit,
        "submit_dir": os.getcwd(),
        "submit": time.time(),
    }
    _save(job)
    mode = os.environ.get("SLURM_STANDIN_MODE", "sync")
    if mode == "async" and "wait" not in allopts:
        subprocess.Popen(
            [sys.executable, os.path.abspath(__file__), "--run-job", str(job_id)],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=open(os.path.join(JOBS, f"{job_id}.runner.log"), "w"),
            stderr=subprocess.STDOUT,
        )
    else:
        run_job(job_id)
    print(f"{job_id}" if "parsable" in allopts else f"Submitted batch job {job_id}", flush=True)
    return 0


def srun(argv: list[str]) -> int:
    opts, rest = parse_options(argv)
    if not rest:
        print("srun: fatal: No command given to execute.", file=sys.stderr)
        return 1
    n = int(opts.get("ntasks") or 1)
    label = "label" in opts
    procs = []
    for i in range(n):
        env = dict(
            os.environ,
            SLURM_PROCID=str(i),
            SLURM_NODEID=str(i),
            SLURM_LOCALID="0",
            SLURM_NTASKS=str(n),
            SLURM_STEP_ID="0",
        )
        if not label:
            procs.append(subprocess.Popen(rest, env=env))
        else:
            procs.append(
                subprocess.Popen(
                    rest, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
                )
            )
    rc = 0
    for i, p in enumerate(procs):
        if label:
            for line in p.stdout:  # sequential: fine for n == 1 (datatrove case)
                sys.stdout.write(f"{i}: {line}")
                sys.stdout.flush()
        rc = max(rc, p.wait())
    return rc


def scontrol(argv: list[str]) -> int:
    if argv[:2] == ["show", "hostnames"]:
        spec = argv[2] if len(argv) > 2 else os.environ.get("SLURM_JOB_NODELIST", NODE)
        print("\n".join(expand_hostlist(spec)))
        return 0
    if argv[:2] == ["show", "job"] and len(argv) > 2:
        job = _load(argv[2])
        if not job:
            print("slurm_load_jobs error: Invalid job id specified", file=sys.stderr)
            return 1
        print(
            f"JobId={job['id']} JobName={job['opts'].get('job-name', '')} JobState={job['state']}"
        )
        return 0
    if argv[:1] == ["requeue"]:
        print(f"scontrol stand-in: requeue {argv[1:]} ignored", file=sys.stderr)
        return 0
    print(f"scontrol stand-in: unsupported {argv}", file=sys.stderr)
    return 1


def _all_jobs():
    _ensure_state()
    for fn in sorted(os.listdir(JOBS)):
        if fn.endswith(".json"):
            job = _load(fn[:-5])
            if job:
                yield job


def squeue(argv: list[str]) -> int:
    opts, _ = parse_options(argv, stop_at_positional=False)
    ids = set(opts.get("j", opts.get("jobs", "")).split(",")) - {""}
    header = "h" not in opts and "noheader" not in opts
    fmt = opts.get("format") or opts.get("o")
    if header and not fmt:
        print("JOBID PARTITION NAME USER ST")
    for job in _all_jobs():
        if job["state"] in DONE or (ids and str(job["id"]) not in ids):
            continue
        name = job["opts"].get("job-name", "")
        st = {"PENDING": "PD", "RUNNING": "R"}[job["state"]]
        if fmt:
            print(
                fmt.strip('"')
                .replace("%.10t", st)
                .replace("%t", st)
                .replace("%j", name)
                .replace("%i", str(job["id"]))
            )
        else:
            print(f"{job['id']} {job['opts'].get('partition', '')} {name} {getpass.getuser()} {st}")
    return 0


def sacct(argv: list[str]) -> int:
    opts, _ = parse_options(argv, stop_at_positional=False)
    ids = set(opts.get("j", opts.get("jobs", "")).split(",")) - {""}
    for job in _all_jobs():
        if ids and str(job["id"]) not in ids:
            continue
        rcs = job.get("task_rc", {})
        if "X" in opts or not job["array"]:
            print(f"{job['id']} {job['state']} {max(rcs.values(), default=0)}:0")
        else:
            for t in job["array"]:
                rc = rcs.get(str(t))
                st = job["state"] if rc is None else ("COMPLETED" if rc == 0 else "FAILED")
                print(f"{job['id']}_{t} {st} {rc if rc is not None else 0}:0")
    return 0


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--run-job":
        run_job(int(sys.argv[2]))
        return 0
    commands = {
        "sbatch": sbatch,
        "srun": srun,
        "scontrol": scontrol,
        "squeue": squeue,
        "sacct": sacct,
    }
    if len(sys.argv) > 2 and sys.argv[1] == "--as":  # python slurm_standin.py --as sbatch ARGS
        return commands[sys.argv[2]](sys.argv[3:])
    return commands[os.path.basename(sys.argv[0])](sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
