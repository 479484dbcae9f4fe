"""Throughput and peak memory of the kilas pipeline on the bundled sample corpus.

Every measurement runs in a fresh subprocess (``python -m bench.run_throughput --worker
MODE PATH``), so that its peak resident memory is that run's alone (``VmHWM``; see the
table note for why ``ru_maxrss`` is only shown for reference). The
worker times the stage call itself twice with ``perf_counter``, cold (first call: first-use
loading included) and warm (second call), imports and interpreter start-up excluded, and
prints one JSON line.
"""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .report import Table

RUNS = 3
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "articles"

MODES = {
    "pipeline": "whole pipeline: `kilas.pipeline.stories([path])` (ingest, clean, dedup, understand, stories)",
    "clean": "clean only: `list(kilas.pipeline.clean_stream([path]))` (ingest, clean, dedup)",
    "analyze": "analyze only: `kilas.pipeline.analyze_one` on each already-cleaned article",
}


def _once(mode: str, path: str) -> tuple[float, float, int, dict]:
    """(wall s, CPU s, articles, extra) of one call of the stage."""
    from kilas import pipeline

    extra: dict = {}
    if mode == "analyze":
        articles = list(pipeline.clean_stream([path]))  # untimed
        t0, c0 = time.perf_counter(), time.process_time()
        for a in articles:
            pipeline.analyze_one(a)
    else:
        t0, c0 = time.perf_counter(), time.process_time()
        if mode == "pipeline":
            stories, articles = pipeline.stories([path])
            extra["stories"] = len(stories)
        elif mode == "clean":
            articles = list(pipeline.clean_stream([path]))
        else:
            raise ValueError(mode)
    return time.perf_counter() - t0, time.process_time() - c0, len(articles), extra


def worker(mode: str, path: str) -> dict:
    """A cold call (first in this process) then a warm one (the same call again); mode
    ``imports`` only imports ``kilas.pipeline`` (the memory floor)."""
    if mode == "imports":
        import kilas.pipeline  # noqa: F401

        hwm = _status("VmHWM")
        return {"mode": mode, "vmhwm_mb": hwm / 1024 if hwm is not None else None,
                "ru_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    from kilas.clean import meta

    cold_wall, cold_cpu, n, extra = _once(mode, path)
    meta.forget_lines()  # "warm" means loaded models and data files, not lines seen before
    warm_wall, warm_cpu, n2, _ = _once(mode, path)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    hwm = _status("VmHWM")
    return {"mode": mode, "articles": n, "articles_warm": n2, "cold_s": cold_wall, "cold_cpu_s": cold_cpu,
            "warm_s": warm_wall, "warm_cpu_s": warm_cpu, "ru_maxrss_mb": usage.ru_maxrss / 1024,
            "vmhwm_mb": hwm / 1024 if hwm is not None else None,
            "threads_at_end": _status("Threads"), **extra}


def _status(field: str) -> int | None:
    """An integer field of /proc/self/status (``VmHWM`` in kB, ``Threads``), or None."""
    try:
        return int(next(l for l in Path("/proc/self/status").read_text().splitlines()
                        if l.startswith(field + ":")).split()[1])
    except (OSError, StopIteration, ValueError):
        return None


def _peak_mb(r: dict) -> float:
    return r["vmhwm_mb"] if r.get("vmhwm_mb") is not None else r["ru_maxrss_mb"]


def _spawn(mode: str, path: Path) -> dict:
    env = dict(os.environ, HF_HUB_OFFLINE="1")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bench.run_throughput", "--worker", mode, str(path)],
                          capture_output=True, text=True, env=env,
                          cwd=str(Path(__file__).resolve().parent.parent))
    process_wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"worker {mode} failed: {proc.stderr.strip().splitlines()[-1:]}")
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out["process_wall_s"] = process_wall
    return out


def run(root=None) -> list[Table]:
    if not SAMPLE.is_dir():
        return [Table("Throughput", ["note"], [["samples/articles is missing: nothing measured"]])]
    files = sorted(p for p in SAMPLE.iterdir() if p.is_file())
    size_kb = sum(p.stat().st_size for p in files) / 1024
    rows, remarks = [], []
    thread_counts: set = set()
    for mode, what in MODES.items():
        runs = [_spawn(mode, SAMPLE) for _ in range(RUNS)]
        med = lambda key: statistics.median(r[key] for r in runs)  # noqa: E731
        n = runs[0]["articles"]
        cold, warm = med("cold_s"), med("warm_s")
        rows.append([what, n, f"{cold:.2f}", f"{n / cold:.1f}", f"{warm:.2f}", f"{n / warm:.1f}",
                     f"{1000 * warm / n:.1f}", f"{med('warm_cpu_s') / warm:.2f}",
                     f"{statistics.median(_peak_mb(r) for r in runs):.0f}",
                     f"{med('ru_maxrss_mb'):.0f}", f"{med('process_wall_s'):.2f}"])
        if mode == "pipeline":
            remarks.append(f"The pipeline run built {runs[0]['stories']} stories from {n} articles.")
        counts = {r["articles"] for r in runs} | {r["articles_warm"] for r in runs}
        if len(counts) != 1:
            remarks.append(f"{mode}: article counts differ between runs: {sorted(counts)}")
        thread_counts.update(r["threads_at_end"] for r in runs if r["threads_at_end"] is not None)
    floor = _spawn("imports", SAMPLE)
    remarks.append(f"Memory floor: a subprocess that only imports `kilas.pipeline` peaks at "
                   f"{_peak_mb(floor):.0f} MiB (interpreter + trafilatura/lxml, numpy/scikit-learn, "
                   "langid, datasketch...); the rest of each row's peak is what the run loads and "
                   "builds (data files, models, articles), transient peaks included.")
    if thread_counts:
        remarks.append(f"OS threads in the worker process at the end: {sorted(thread_counts)} (numerical "
                       "libraries start idle pool threads at import; the CPU/wall ratio shows the work "
                       "itself runs on one core).")
    note = (f"`samples/articles` ({len(files)} files, {size_kb:.0f} KiB: .txt and .html). Each row: "
            f"{RUNS} fresh subprocesses, medians reported. In each, the stage is called twice: `cold` is "
            "the first call (first-use loading of kilas's data files, the language-id model and "
            "parsers included), `warm` the same call again in the same process, the steady state of "
            "a long batch. Interpreter start-up and imports are outside both timings; `process s` is "
            "the whole subprocess (start-up, imports, both calls) as the parent saw it. kilas's own code runs "
            "in one thread (no worker pool); the accurate entity model runs in onnxruntime on 2 "
            "threads, which `CPU/wall` (process CPU time over wall time, warm call) shows: near 1.0 "
            "for cleaning, near 2 for analysis. `peak RSS MiB`: the "
            "subprocess's own high-water mark (`VmHWM` in /proc/self/status: interpreter, libraries, "
            "data and both calls included). `ru_maxrss MiB` is `resource.getrusage(RUSAGE_SELF)."
            "ru_maxrss` read in the same subprocess, shown for reference only: on Linux a process "
            "started by vfork/exec (as `subprocess` does) inherits the launcher's high-water mark in "
            "it, so it reports the benchmark runner's own peak when that is larger. Analyze only: the articles are cleaned first, untimed, in the same "
            "subprocess, so its peak RSS includes cleaning. Small corpus; timings on this shared "
            "machine vary between runs (medians help, but compare rows within one report).")
    return [Table("Throughput and memory (bundled sample corpus)", [
        "what", "articles", "cold s", "cold articles/s", "warm s", "warm articles/s",
        "warm ms/article", "CPU/wall", "peak RSS MiB", "ru_maxrss MiB", "process s"], rows, note, remarks)]


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2], sys.argv[3])))
    else:
        print("usage: python -m bench.run_throughput --worker pipeline|clean|analyze PATH", file=sys.stderr)
        sys.exit(2)
