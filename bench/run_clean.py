"""Cleaning raw text: the labelled dev set in bench/clean_dev (see its GUIDE.md).

kilas's `clean` on each raw `.txt` against its `.gold.json`: line-level body P/R/F1 (a
predicted paragraph counts when it equals a gold body line, whitespace folded), title,
publication time, author and editor lists and dateline exact; beside trafilatura and
jusText given the same lines as an HTML page of paragraphs (each line one `<p>`, the
first line also as `<title>`), scored the same way for the body. Throughput is kilas's
`clean` over the whole set, median of 3 passes in this process.
"""
from __future__ import annotations

import html
import json
import statistics
import time
from collections import Counter
from pathlib import Path

from . import baselines
from .report import Table, pct

DEV = Path(__file__).resolve().parent / "clean_dev"


def _fold(text: str) -> str:
    return " ".join(text.split())


def _prf(pred: list[str], gold: list[str]) -> tuple[int, int, int]:
    p, g = Counter(map(_fold, pred)), Counter(map(_fold, gold))
    return sum((p & g).values()), sum(p.values()), sum(g.values())


def _as_page(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = html.escape(lines[0]) if lines else ""
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in lines)
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def run(root=None) -> list[Table]:
    from kilas import pipeline
    from kilas.model import RawDocument, Rejection

    pairs = sorted((p, p.with_suffix("").with_suffix(".gold.json")) for p in DEV.glob("*.txt"))
    pairs = [(t, g) for t, g in pairs if g.is_file()]
    if not pairs:
        return [Table("Cleaning raw text", ["note"], [["bench/clean_dev has no labelled articles"]])]
    outlets = {t.name.split("-")[0] + "-" + t.name.split("-")[1] for t, _ in pairs}
    counts = {name: [0, 0, 0] for name in ("kilas", "trafilatura", "jusText")}
    fields = Counter()
    wrong: dict[str, list[str]] = {k: [] for k in ("title", "published", "authors", "editors", "dateline")}
    rejected = []
    for txt, gold_path in pairs:
        text = txt.read_text(encoding="utf-8")
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        result = pipeline.clean_one(RawDocument(id=txt.stem, source=str(txt), text=text))
        if isinstance(result, Rejection):
            rejected.append(txt.stem)
            continue
        for i, v in enumerate(_prf(result.paragraphs, gold["body"])):
            counts["kilas"][i] += v
        checks = {
            "title": (result.title or "") == (gold.get("title") or ""),
            "published": result.published == gold.get("published"),
            "authors": sorted(result.authors) == sorted(gold.get("authors") or []),
            "editors": sorted(result.editors) == sorted(gold.get("editors") or []),
            "dateline": (result.dateline or None) == (gold.get("dateline") or None),
        }
        for name, ok in checks.items():
            fields[name] += ok
            if not ok:
                got = {"title": result.title, "published": result.published, "authors": result.authors,
                       "editors": result.editors, "dateline": result.dateline}[name]
                wrong[name].append(f"`{txt.stem}`: {got!r} != {gold.get(name)!r}")
        page = _as_page(text)
        for name, fn in (("trafilatura", baselines.trafilatura_body), ("jusText", baselines.justext_body)):
            try:
                paragraphs = [line for line in (fn(page) or "").splitlines() if line.strip()]
            except Exception:  # a baseline that fails on a page scores nothing for it
                paragraphs = []
            for i, v in enumerate(_prf(paragraphs, gold["body"])):
                counts[name][i] += v

    n = len(pairs) - len(rejected)
    rows = []
    for name, (tp, npred, ngold) in counts.items():
        p, r = tp / npred if npred else 0.0, tp / ngold if ngold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        extra = [f"{fields[k]}/{n}" for k in ("title", "published", "authors", "editors", "dateline")] \
            if name == "kilas" else ["n/a"] * 5
        rows.append([name, n, pct(p), pct(r), pct(f), *extra])

    texts = [t.read_text(encoding="utf-8") for t, _ in pairs]
    docs = [RawDocument(id=t.stem, source=str(t), text=x) for (t, _), x in zip(pairs, texts)]
    for d in docs[:3]:
        pipeline.clean_one(d)  # warm-up: data files and the language model load once
    times = []
    for _ in range(3):
        start = time.perf_counter()
        for d in docs:
            pipeline.clean_one(d)
        times.append(time.perf_counter() - start)
    speed = len(docs) / statistics.median(times)

    remarks = [f"{len(pairs)} articles in {len(outlets)} invented outlet styles that kilas's rules were not "
               f"written for (`bench/clean_dev/*-OUTLETS.md`); kilas `clean` speed on them: {speed:.0f} "
               "articles/s on one core (median of 3 passes, language identification included; "
               "duplicate linking is not part of `clean_one`)."]
    if rejected:
        remarks.append(f"Rejected as having no article text: {', '.join(rejected)}")
    for name, items in wrong.items():
        if items:
            remarks.append(f"{name} wrong ({len(items)}), e.g.: " + "; ".join(items[:3]))
    return [Table(
        "Cleaning raw text (bench/clean_dev, unseen outlet styles)",
        ["system", "articles", "body P", "body R", "body F1", "title exact", "published exact",
         "authors exact", "editors exact", "dateline exact"],
        rows,
        "Line-level: a predicted paragraph is a hit when it equals a gold body line (white space "
        "folded), counted as multisets over the whole set (micro P/R/F1). The baselines get the "
        "same lines as paragraphs of an HTML page; they extract bodies only. Gold per "
        "`bench/clean_dev/GUIDE.md`.",
        remarks,
    )]
