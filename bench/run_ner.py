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
SYSTEMS = ("accurate", "fast", "rules")

# (key, display name, loader kwargs, published anchor as text)
SETS = [
    ("nergrit", "NERGrit test (IndoNLU)", {"dataset": "nergrit", "split": "test"},
     "NusaBERT-large 79.9 F1 (reported)"),
    ("nerp", "NERP test (IndoNLU), lower-cased text", {"dataset": "nerp", "split": "test"},
     "NusaBERT-large 85.1 F1 (reported)"),
    ("idner2k", "idner-news-2k test", {"dataset": "idner2k", "split": "test"}, "none found"),
    ("nerui", "NER-UI fold 1 test (IndoLEM)", {"dataset": "nerui", "split": "test", "fold": 1},
     "IndoLEM 90.1 F1 (reported, over its 5 folds)"),
]
TARGETS = {"nergrit": {"accurate": 0.80, "fast": 0.74}, "nerp": {"accurate": 0.82},
           "idner2k": {"accurate": 0.86}, "nerui": {"accurate": 0.90}}


def _labels(key: str) -> tuple[str, ...]:
    return LABELS + ("EVT",) if key == "nerp" else LABELS


def tag_sentence(tokens: list[str], recognise, labels=LABELS) -> tuple[list[str], list]:
    """BIO tags for ``tokens`` from kilas entities on the space-joined text."""
    spans, pos = [], 0
    for t in tokens:
        spans.append((pos, pos + len(t)))
        pos += len(t) + 1
    text = " ".join(tokens)
    ents = recognise(text)
    tags = ["O"] * len(tokens)
    for e in sorted(ents, key=lambda e: (e.start, -(e.end - e.start))):
        if e.label not in labels:
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
                return (f"The rules use one resource learned from data: `kilas/data/common_words.txt`, from "
                        f"{line[len('# From:'):].strip().rstrip('.')}: training splits only. ")
    except (OSError, ImportError):
        pass
    return ""


def _only(seqs, labels):
    return [[t if t[2:] in labels else "O" for t in s] for s in seqs]


def _model(name):
    from kilas.understand import tagger

    try:
        return tagger.load(name)
    except (FileNotFoundError, ImportError) as err:
        return err


def run(root) -> list[Table]:
    from functools import partial

    from kilas.understand.entities import recognise

    rows, alone_rows, remarks = [], [], []
    confusions: Counter = Counter()
    examples: dict[str, list[str]] = {}
    models = {name: _model(name) for name in ("accurate", "fast")}
    for key, name, kwargs, anchor in SETS:
        try:
            sents = datasets.ner_sentences(root, **kwargs)
        except FileNotFoundError as err:
            remarks.append(f"{name}: data missing ({err}); no row.")
            continue
        labels = _labels(key)
        gold = _only([tags for _, tags in sents], labels)
        for system in SYSTEMS:
            if isinstance(models.get(system), Exception):
                rows.append([name, system, *["-"] * 10, f"model missing: {models[system]}"])
                continue
            rec = partial(recognise, ner=system)
            rec(" ".join(sents[0][0]))  # load the model and data files outside the timing
            t0 = time.perf_counter()
            pred = [tag_sentence(toks, rec, labels)[0] for toks, _ in sents]
            secs = time.perf_counter() - t0
            r = entity_f1(gold, pred, labels=labels)
            o = r["overall"]
            target = TARGETS.get(key, {}).get(system)
            mark = "" if target is None else (f" (target {100 * target:.0f}: "
                                              f"{'met' if o['f1'] >= target else 'not met'})")
            per = [pct(r["per_label"][lab]["f1"]) if lab in labels else "-" for lab in LABELS + ("EVT",)]
            rows.append([name, system, len(sents), o["gold"], o["pred"], pct(o["p"]), pct(o["r"]),
                         pct(o["f1"]) + mark, *per, f"{1000 * secs / len(sents):.2f}",
                         anchor if system == "accurate" else ""])
            if system == "accurate":
                _errors(key, sents, gold, pred, confusions, examples)
        for system, model in models.items():
            if isinstance(model, Exception):
                continue
            words = [toks for toks, _ in sents]
            model.tag(words[:8])
            t0 = time.perf_counter()
            pred = _only(model.tag(words), labels)
            secs = time.perf_counter() - t0
            r = entity_f1(gold, pred, labels=labels)
            n_words = sum(len(w) for w in words)
            if system == "accurate":
                n_pieces = sum(len(model.subwords.encode_words(w)[0]) + 2 for w in words)
                speed = f"{n_pieces / secs:,.0f} subword pieces/s, {n_words / secs:,.0f} words/s"
            else:
                speed = f"{n_words / secs:,.0f} words/s"
            alone_rows.append([name, system, pct(r["overall"]["f1"]), pct(r["per_label"]["ORG"]["f1"]),
                               pct(r["per_label"]["EVT"]["f1"]) if "EVT" in labels else "-", speed])
    remarks.insert(0, "Systems: `accurate` = the fine-tuned multilingual-e5-small tagger (ONNX, int8, "
                   "`kilas/models/ner-accurate`, `python -m kilas.train.ner`); `fast` = the spaCy CNN "
                   "(`kilas/models/ner-fast`, `python -m kilas.train.ner_fast`), trained on the same gold "
                   "splits plus silver labels from the accurate model; `rules` = kilas's first, rule-based "
                   "recogniser (capitalisation, gazetteers, context words). " + _learned_resources() +
                   "Both models were trained on the training splits of NERGrit, NERP and idner-news-2k only "
                   "(licences allow shipping); every sentence that occurs in any test split, NER-UI's and "
                   "NER-UGM's included, was removed from training. NER-UI was never trained on: its number "
                   "is a transfer score. The anchors are fine-tuned transformers on each set's own training "
                   "data (NusaBERT-large is about 10x larger and runs on a GPU): context, not a like-for-like "
                   "comparison.")
    remarks.append("Speed (ms/sentence) is the whole `recognise` step (sentence split, model, roles) "
                   "on this machine's 2 cores; the model-alone table gives the models' own throughput.")
    if confusions:
        top = ", ".join(f"{g}->{p} {n}" for (g, p), n in confusions.most_common(6))
        remarks.append(f"Same-span label confusions of the accurate model, gold->kilas (all sets): {top}.")
    for kind, items in examples.items():
        if items:
            remarks.append(f"{kind}: " + "; ".join(items))
    note = ("Test splits only (NER-UI: fold 1 of IndoLEM's 5 folds). Source labels are mapped to "
            "PER/ORG/LOC/EVT (`bench.datasets.NER_LABEL_MAPS`: NERGrit PERSON/ORGANISATION/PLACE, "
            "NERP PPL/IND/PLC/EVT, NER-UI PERSON/ORGANIZATION/LOCATION); EVT is scored on NERP only "
            "(the other sets do not label events), NERP's FNB is ignored on both sides. Each "
            "sentence's tokens are joined with single spaces and passed alone to `recognise` (no "
            "article context); a predicted span tags every token it overlaps (B- on the first). "
            "Scores: entity-level exact match (label, first and last token), micro over the split, "
            "seqeval-style (`bench.metrics.entity_f1`).")
    return [
        Table("Named entities, test splits", ["data set", "system", "sentences", "gold ents", "kilas ents",
                                              "P", "R", "F1", "PER F1", "ORG F1", "LOC F1", "EVT F1",
                                              "ms/sentence", "published anchor (text)"],
              rows, note, remarks),
        Table("Entity models alone on the gold tokens", ["data set", "model", "F1", "ORG F1", "EVT F1",
                                                         "throughput"],
              alone_rows, "Each model tags the gold tokens directly (no sentence splitting, no roles). "
              "Throughput: the accurate model on 2 threads (onnxruntime), the fast one on 1 (spaCy), "
              "batched over the whole split, after a warm-up."),
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
