"""Story clustering at scale: articles per second and peak memory at 1k, 10k and 100k.

There is no public stream of 100k Indonesian articles here, so the bundled sample (45
analysed articles, 9 stories) is replicated: copy k shifts every publication time by
k x (the story window + 20 days), beyond the clustering window, so copies form separate stories, and drops a
different 15% of each article's sentences and entities (so no two copies are identical).
Each size runs in a fresh subprocess; the clock covers `Clusterer.add` only (cleaning and
analysis are measured in the throughput stage). The gold grouping is (copy, sample story),
so B-cubed also shows whether quality holds as the index fills up.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from .report import Table, pct

SIZES = (1_000, 10_000, 100_000)
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_WORKER = r"""
import dataclasses, json, random, sys, time
from datetime import datetime, timedelta
sys.path.insert(0, sys.argv[3])
from kilas import pipeline
from kilas.stories.cluster import Clusterer, publication_order
from kilas.settings import DEFAULT
SHIFT = DEFAULT.story_window_days + 20
from bench.metrics import bcubed

n, samples = int(sys.argv[1]), sys.argv[2]
gold_of = {}
for key, ids in json.load(open(samples + "/stories.json")).items():
    for i in ids:
        gold_of[i] = key if key != "one-offs" else "single-" + i
_, base = pipeline.stories([samples + "/articles"])
base = sorted(base, key=publication_order)
rng = random.Random(7)

def copy(article, k):
    published = article.published
    if published:
        published = (datetime.fromisoformat(published) + timedelta(days=SHIFT * k)).isoformat()
    return dataclasses.replace(
        article,
        id=f"{article.id}~{k}",
        published=published,
        paragraphs=[p for p in article.paragraphs if rng.random() > 0.15] or article.paragraphs[:1],
        entities=[e for e in article.entities or [] if rng.random() > 0.15],
        duplicate_of=f"{article.duplicate_of}~{k}" if article.duplicate_of else None,
    )

articles = [copy(base[i % len(base)], i // len(base)) for i in range(n)]
articles.sort(key=publication_order)
clusterer = Clusterer()
start = time.perf_counter()
for a in articles:
    clusterer.add(a)
seconds = time.perf_counter() - start
pred = {aid: sid for sid, st in clusterer.stories.items() for aid in st.articles + st.duplicates}
gold = {a.id: gold_of.get(a.id.split("~")[0], a.id) + "~" + a.id.split("~")[1] for a in articles}
score = bcubed(gold, pred)
peak = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1]) / 1024
print(json.dumps({"n": n, "seconds": seconds, "stories": len(clusterer.stories), "b3": score, "peak_mib": peak}))
"""


def run(root=None) -> list[Table]:
    rows, remarks = [], []
    for n in SIZES:
        t0 = time.time()
        proc = subprocess.run([sys.executable, "-c", _WORKER, str(n), str(SAMPLES), str(SAMPLES.parent)],
                              capture_output=True, text=True, timeout=1800)
        if proc.returncode != 0:
            rows.append([f"{n:,}", None, None, None, None, None, None])
            remarks.append(f"{n:,}: failed: {proc.stderr.strip().splitlines()[-1] if proc.stderr else proc.returncode}")
            continue
        r = json.loads(proc.stdout.strip().splitlines()[-1])
        rows.append([f"{n:,}", round(r["seconds"], 1), round(n / r["seconds"]), r["stories"],
                     pct(r["b3"]["f1"]), round(r["peak_mib"]), round(time.time() - t0, 1)])
    return [Table(
        "Story clustering at scale (replicated sample)",
        ["articles", "clustering s", "articles/s (one core)", "stories", "B3 F1", "peak RSS MiB", "process s"],
        rows,
        note=__doc__.split("\n\n", 1)[1].replace("\n", " ").strip()
        + " Peak RSS is the worker's VmHWM: interpreter, the analysed sample and the clusterer's state.",
        remarks=remarks,
    )]
