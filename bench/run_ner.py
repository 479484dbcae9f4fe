"""Named entities (PER, ORG, LOC) on the test splits of four Indonesian NER sets.

Each sentence's tokens are joined with single spaces, ``kilas.understand.entities.
recognise`` runs on that text, and its character spans are mapped back to the tokens
they overlap (BIO), then scored entity-level (exact label, start and end), seqeval-style.
"""
from __future__ import annotations

import time
from collections import Counter

from . import datasets
from .metrics import entity_f1
from .report import Table, code, pct

LABELS = ("PER", "ORG", "LOC")

# (key, display name, loader kwargs, published anchor as text)
SETS = [
    ("nergrit", "NERGrit test (IndoNLU)", {"dataset": "nergrit", "split": "test"},
     "NusaBERT-large 79.9 F1 (reported)"),
    ("nerp", "NERP test (IndoNLU), lower-cased text", {"dataset": "nerp", "split": "test"},
     "85.1 F1 (reported)"),
    ("idner2k", "idner-news-2k test", {"dataset": "idner2k", "split": "test"}, "none found"),
    ("nerui", "NER-UI fold 1 test (IndoLEM)", {"dataset": "nerui", "split": "test", "fold": 1},
     "IndoLEM 90.1 F1 (reported, over its 5 folds)"),
]


def _recognise():
    from kilas.understand.entities import recognise

    return recognise


def tag_sentence(tokens: list[str], recognise) -> tuple[list[str], list]:
    """BIO tags for ``tokens`` from kilas entities on the space-joined text."""
    spans, pos = [], 0
    for t in tokens:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    text = " ".join(tokens)
    ents = recognise(text)
    tags = ["O"] * len(tokens)
    for e in sorted(ents, key=lambda e: (e.start, -(e.end - e.start))):
        if e.label not in LABELS:
            continue
        idx = [i for i, (a, b) in enumerate(spans) if a < e.end and e.start < b]
        if not idx or any(tags[i] != "O" for i in idx):
            continue  # an overlapping earlier entity keeps its tokens
        tags[idx[0]] = "B-" + e.label
        for i in idx[1:]:
            tags[i] = "I-" + e.label
    return tags, ents


def _learned_resources() -> str:
    """What kilas's data files say they were learned from (their ``# From:`` header line)."""
    from pathlib import Path

    try:
        import kilas

        path = Path(kilas.__file__).resolve().parent / "data" / "common_words.txt"
        for line in path.read_text(encoding="utf-8").splitlines()[:10]:
            if line.startswith("# From:"):
                return (f"One resource is learned from data: `kilas/data/common_words.txt` "
                        f"(capitalised words treated as common words, not names), from "
                        f"{line[len('# From:'):].strip().rstrip('.')}: training splits only, no test data. ")
    except (OSError, ImportError):
        pass
    return ""


def _unlabelled(seqs):
    return [[t[:2] + "ENT" if t != "O" else "O" for t in s] for s in seqs]


def run(root) -> list[Table]:
    recognise = _recognise()
    rows, remarks, per_label_rows = [], [], []
    confusions: Counter = Counter()
    examples: dict[str, list[str]] = {}
    for key, name, kwargs, anchor in SETS:
        try:
            sents = datasets.ner_sentences(root, **kwargs)
        except FileNotFoundError as err:
            remarks.append(f"{name}: data missing ({err}); no row.")
            continue
        gold, pred = [], []
        recognise(" ".join(sents[0][0]))  # warm up resources outside the timing
        t0 = time.perf_counter()
        for toks, tags in sents:
            p, _ = tag_sentence(toks, recognise)
            pred.append(p)
            gold.append([t if t[2:] in LABELS else "O" for t in tags])
        secs = time.perf_counter() - t0
        r = entity_f1(gold, pred, labels=LABELS)
        u = entity_f1(_unlabelled(gold), _unlabelled(pred))
        o = r["overall"]
        n_tok = sum(len(t) for t, _ in sents)
        rows.append([name, len(sents), o["gold"], o["pred"], pct(o["p"]), pct(o["r"]), pct(o["f1"]),
                     pct(r["per_label"]["PER"]["f1"]), pct(r["per_label"]["ORG"]["f1"]),
                     pct(r["per_label"]["LOC"]["f1"]), pct(u["overall"]["f1"]),
                     f"{1000 * secs / len(sents):.2f}", anchor])
        for lab in LABELS:
            pl = r["per_label"][lab]
            per_label_rows.append([name, lab, pl["gold"], pl["pred"], pct(pl["p"]), pct(pl["r"]), pct(pl["f1"])])
        _errors(key, sents, gold, pred, confusions, examples)
    note = ("Test splits only (NER-UI: fold 1 of IndoLEM's 5 folds). Source labels are mapped to "
            "PER/ORG/LOC (`bench.datasets.NER_LABEL_MAPS`: NERGrit PERSON/ORGANISATION/PLACE, "
            "NERP PPL/IND/PLC, NER-UI PERSON/ORGANIZATION/LOCATION); other gold labels "
            "(NERP EVT and FNB) are ignored on both sides. Each sentence's tokens are joined with "
            "single spaces and passed alone to `recognise` (no article context, which kilas "
            "otherwise uses: a capitalised word seen in lower case elsewhere in the article); a "
            "predicted span tags every token it overlaps (B- on the first). Scores: entity-level "
            "exact match (label, first and last token), micro over the split, seqeval-style "
            "(`bench.metrics.entity_f1`). `untyped F1` ignores the label (boundaries only). "
            "ms/sentence includes nothing but `recognise` and the mapping.")
    remarks.insert(0, "kilas's first version is rule-based (capitalisation, gazetteers, context "
                   "words); no statistical model was trained on these sets. A trained model comes later. "
                   + _learned_resources() +
                   "The anchors are fine-tuned transformers on each set's own training data "
                   "(for NER-UI over all 5 folds, not fold 1 alone): context, not a like-for-like "
                   "comparison.")
    remarks.append("NERP text is entirely lower-cased (the data set ships it so); kilas finds "
                   "names from capital letters, so near-zero recall on NERP is expected, not a crash.")
    if confusions:
        top = ", ".join(f"{g}->{p} {n}" for (g, p), n in confusions.most_common(6))
        remarks.append(f"Same-span label confusions, gold->kilas (all sets): {top}.")
    for kind, items in examples.items():
        if items:
            remarks.append(f"{kind}: " + "; ".join(items))
    return [
        Table("Named entities, test splits", ["data set", "sentences", "gold ents", "kilas ents",
                                              "P", "R", "F1", "PER F1", "ORG F1", "LOC F1",
                                              "untyped F1", "ms/sentence", "published anchor (text)"],
              rows, note, remarks),
        Table("Named entities, per label", ["data set", "label", "gold", "kilas", "P", "R", "F1"],
              per_label_rows, "Same runs as the table above, split by label."),
    ]


def _errors(key, sents, gold, pred, confusions: Counter, examples: dict, per_set: int = 2) -> None:
    """Label confusions (all sets) and a few examples of each error kind per set (not NERP)."""
    taken: Counter = Counter()

    def add(kind, item):
        if key != "nerp" and taken[kind] < per_set:
            examples.setdefault(kind, []).append(item)
            taken[kind] += 1

    for (toks, _), g, p in zip(sents, gold, pred):
        gs = {(a, b): lab for lab, a, b in datasets.bio_spans(g)}
        ps = {(a, b): lab for lab, a, b in datasets.bio_spans(p)}
        for span, lab in gs.items():
            words = " ".join(toks[span[0]:span[1]])
            if span in ps and ps[span] != lab:
                confusions[(lab, ps[span])] += 1
                add("Wrong label, e.g.", f"{code(words)} gold {lab}, kilas {ps[span]} ({key})")
            elif span not in ps:
                over = [(b_, lab_) for b_, lab_ in ps.items() if b_[0] < span[1] and span[0] < b_[1]]
                if over:
                    (a2, b2), l2 = over[0]
                    add("Wrong boundaries, e.g.", f"gold {lab} {code(words)}, kilas {l2} "
                        f"{code(' '.join(toks[a2:b2]))} ({key})")
                else:
                    ctx = " ".join(toks[max(0, span[0] - 3):span[1] + 2])
                    add("Missed entirely, e.g.", f"{lab} {code(words)} in {code(ctx)} ({key})")
        for span, lab in ps.items():
            if span not in gs and not any(a < span[1] and span[0] < b for a, b in gs):
                add("Spurious (no gold overlap), e.g.", f"{code(' '.join(toks[span[0]:span[1]]))} as {lab} ({key})")
