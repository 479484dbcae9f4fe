"""Story grouping on the bundled sample corpus, B-cubed against samples/stories.json.

kilas (``kilas.pipeline.stories``) beside TF-IDF + average-linkage agglomerative
clustering (``bench.baselines.tfidf_agglomerative``, its default threshold, untuned) on
the bodies kilas cleaned. The shared data has no story-labelled Indonesian set, so this
uses the sample corpus that was written for kilas: a development fixture, not a test.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import baselines
from .metrics import bcubed
from .report import Table, pct

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _gold() -> dict[str, str]:
    spec = json.loads((SAMPLES / "stories.json").read_text(encoding="utf-8"))
    gold = {}
    for key, ids in spec.items():
        for i in ids:
            gold[i] = f"one-off:{i}" if key == "one-offs" else key
    return gold


def run(root=None) -> list[Table]:
    from kilas import pipeline

    if not (SAMPLES / "stories.json").is_file():
        return [Table("Story grouping", ["note"], [["samples/stories.json is missing: nothing measured"]])]
    gold = _gold()
    stories, articles = pipeline.stories([str(SAMPLES / "articles")])
    pred = {}
    for n, s in enumerate(stories):
        for i in list(s.articles) + list(getattr(s, "duplicates", []) or []):
            pred[i] = f"kilas-{n}"
    ids = [a.id for a in articles]
    rows, remarks = [], []
    k = bcubed(gold, pred)
    rows.append(["kilas `pipeline.stories`", k["n"], len({pred[i] for i in gold if i in pred}),
                 len(set(gold.values())), pct(k["p"]), pct(k["r"]), pct(k["f1"])])
    labels = baselines.tfidf_agglomerative([a.body for a in articles])
    base = {i: f"tfidf-{lab}" for i, lab in zip(ids, labels)}
    b = bcubed(gold, base)
    rows.append(["TF-IDF + agglomerative (cosine, average link, threshold 0.7, untuned)", b["n"],
                 len({base[i] for i in gold if i in base}), len(set(gold.values())),
                 pct(b["p"]), pct(b["r"]), pct(b["f1"])])
    missing = sorted(set(gold) - set(pred))
    if missing:
        remarks.append(f"{len(missing)} gold article(s) in no kilas story (scored as singletons): "
                       + ", ".join(f"`{m}`" for m in missing[:6]))
    extra = sorted(set(ids) - set(gold))
    if extra:
        remarks.append(f"Articles not in stories.json (not scored): {', '.join(extra)}")
    wrong = _disagreements(gold, pred)
    if wrong:
        remarks.append("kilas groupings that differ from the gold: " + "; ".join(wrong[:4]))
    note = ("The 45-article sample corpus (`samples/articles`, invented outlets and events, written for "
            "kilas: its demo and end-to-end fixture, so kilas's rules were developed on it; treat this "
            "as a regression check, not an independent test). Gold: `samples/stories.json` (9 stories; "
            "one-offs are singletons). B-cubed P/R/F1 over the gold articles (`bench.metrics.bcubed`); "
            "a duplicate kilas folds into a story counts as a member of it. The baseline clusters the "
            "bodies kilas cleaned, so only the grouping differs. No public story-labelled Indonesian "
            "set is in the shared data (`raw/detik_2025` has no story labels), so there is no "
            "independent story benchmark yet.")
    return [Table("Story grouping (sample corpus, development fixture)",
                  ["system", "articles", "predicted groups", "gold groups", "B3 P", "B3 R", "B3 F1"],
                  rows, note, remarks)]


def _disagreements(gold: dict, pred: dict) -> list[str]:
    out = []
    by_pred: dict[str, list[str]] = {}
    for i, c in pred.items():
        by_pred.setdefault(c, []).append(i)
    for c, members in by_pred.items():
        gl = {gold.get(m, "?") for m in members}
        if len(gl) > 1:
            out.append("merged " + ", ".join(f"`{m}` ({gold.get(m, '?')})" for m in sorted(members)))
    by_gold: dict[str, list[str]] = {}
    for i, g in gold.items():
        by_gold.setdefault(g, []).append(i)
    for g, members in by_gold.items():
        pl = {pred.get(m, f"none:{m}") for m in members}
        if len(pl) > 1 and not g.startswith("one-off:"):
            out.append(f"split gold story `{g}` into {len(pl)} groups")
    return out
