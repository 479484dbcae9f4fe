"""Sentence splitting and tokenisation on UD Indonesian (GSD dev+test, CSUI train+test).

kilas (``kilas.understand.sentences.split`` / ``tokenize``) beside spaCy's rule-based
sentencizer on ``spacy.blank("id")`` and pySBD (English rules: it has no Indonesian),
all run in this process on the same documents.
"""
from __future__ import annotations

import time
from collections import Counter

from . import baselines, datasets
from .metrics import boundary_f1, span_f1
from .report import Table, code, pct

SPLITS = [("GSD", "dev"), ("GSD", "test"), ("CSUI", "train"), ("CSUI", "test")]


def _kilas_sentences(text):
    from kilas.understand.sentences import split

    return [(s.start, s.end) for s in split(text)]


def _kilas_tokens(text):
    from kilas.understand.sentences import tokenize

    return list(tokenize(text))


def _spacy_tokens(text):
    doc = baselines._spacy_nlp()(text)
    return [(t.idx, t.idx + len(t.text)) for t in doc if not t.is_space]


def _systems():
    """(name, sentence splitter, tokenizer or None, import error or None)."""
    out = [("kilas", _kilas_sentences, _kilas_tokens, None)]
    for name, sent, tok, mod in (("spaCy sentencizer (blank id)", baselines.spacy_sentences, _spacy_tokens, "spacy"),
                                 ("pySBD (en rules)", baselines.pysbd_sentences, None, "pysbd")):
        try:
            __import__(mod)
            out.append((name, sent, tok, None))
        except ImportError as err:
            out.append((name, None, None, str(err)))
    return out


def run(root) -> list[Table]:
    systems = _systems()
    rows, remarks = [], []
    for name, _, _, err in systems:
        if err:
            remarks.append(f"{name}: not installed ({err}); no rows for it.")
    worst: dict[str, list] = {}
    tok_misses: Counter = Counter()
    for treebank, split in SPLITS:
        docs = datasets.ud_sentences(root, treebank, split)
        n_sent = sum(len(d["sentences"]) for d in docs)
        n_tok = sum(len(d["tokens"]) for d in docs)
        for name, sent_fn, tok_fn, err in systems:
            if err:
                continue
            tp = g = p = 0
            tp_all = g_all = p_all = 0
            ttp = tg = tpred = 0
            sent_fn(docs[0]["text"])  # warm up (lazy loading) outside the timing
            if tok_fn is not None:
                tok_fn(docs[0]["text"])
            t0 = time.perf_counter()
            for d in docs:
                pred = sent_fn(d["text"])
                r = boundary_f1(d["sentences"], pred, text=d["text"], ignore_final=True)
                tp, g, p = tp + r["tp"], g + r["gold"], p + r["pred"]
                r2 = boundary_f1(d["sentences"], pred, text=d["text"])
                tp_all, g_all, p_all = tp_all + r2["tp"], g_all + r2["gold"], p_all + r2["pred"]
                if tok_fn is not None:
                    rt = span_f1(d["tokens"], tok_fn(d["text"]))
                    ttp, tg, tpred = ttp + rt["tp"], tg + rt["gold"], tpred + rt["pred"]
                if name == "kilas":
                    _collect_errors(worst, f"{treebank}-{split}", d, pred)
                    _collect_token_errors(tok_misses, d, tok_fn(d["text"]))
            secs = time.perf_counter() - t0
            P = tp / p if p else 0.0
            R = tp / g if g else 0.0
            F = 2 * P * R / (P + R) if P + R else 0.0
            Fall = 2 * tp_all / (g_all + p_all) if g_all + p_all else 0.0
            if tok_fn is not None:
                tP = ttp / tpred if tpred else 0.0
                tR = ttp / tg if tg else 0.0
                tF = 2 * tP * tR / (tP + tR) if tP + tR else 0.0
                tok_cells = [pct(tP), pct(tR), pct(tF)]
            else:
                tok_cells = ["n/a", "n/a", "n/a"]
            rows.append([f"UD {treebank}", split, len(docs), n_sent, n_tok, name,
                         pct(P), pct(R), pct(F), pct(Fall), *tok_cells, f"{1000 * secs / n_sent:.2f}"])
    note = ("Each treebank split is cut into documents of 10 consecutive sentences (neither "
            "treebank marks documents; `bench.datasets.ud_sentences`), the sentences joined by one "
            "space, so no system sees a line break. Boundary P/R/F1: micro over all documents, "
            "a boundary being a sentence end offset (trailing white space ignored), *excluding* "
            "the end of each document, which every system gets for free; `F1 incl. final` counts "
            "it too. Token P/R/F1: exact character-span match of surface tokens (a UD multiword "
            "token such as `membelinya` is one gold token) against kilas `tokenize` and spaCy's "
            "Indonesian tokenizer; pySBD has no tokenizer (n/a). All systems run in the same "
            "process on the same text; ms/sentence is sentence splitting plus tokenisation "
            "(spaCy: its tokenizer runs inside the sentencizer pipeline, then again for tokens).")
    remarks.append("pySBD has no Indonesian rules; its English rules are used (`language=\"en\"`).")
    remarks.extend(_error_remarks(worst))
    if tok_misses:
        top = ", ".join(f"{code(t)} ({n})" for t, n in tok_misses.most_common(6))
        remarks.append(f"Gold tokens kilas `tokenize` most often misses (all splits): {top}.")
    return [Table("Sentence boundaries and tokens (UD Indonesian)",
                  ["treebank", "split", "docs", "sentences", "tokens", "system",
                   "boundary P", "boundary R", "boundary F1", "F1 incl. final",
                   "token P", "token R", "token F1", "ms/sentence"],
                  rows, note, remarks)]


def _collect_errors(worst: dict, key: str, doc: dict, pred) -> None:
    text = doc["text"]

    def ends(spans):
        out = set()
        for _, e in spans:
            while e > 0 and text[e - 1].isspace():
                e -= 1
            out.add(e)
        out.discard(len(text.rstrip()))
        return out

    g, p = ends(doc["sentences"]), ends(pred)
    for e in sorted(p - g):
        worst.setdefault("false split", []).append(f"{key}: …{text[max(0, e - 40):e]}⟂{text[e:e + 25]}…")
    for e in sorted(g - p):
        worst.setdefault("missed", []).append(f"{key}: …{text[max(0, e - 40):e]}⟂{text[e:e + 25]}…")


def _collect_token_errors(counter: Counter, doc: dict, pred) -> None:
    text = doc["text"]
    for a, b in set(doc["tokens"]) - set(pred):
        counter[text[a:b]] += 1


def _error_remarks(worst: dict) -> list[str]:
    out = []
    for kind in ("false split", "missed"):
        items = worst.get(kind, [])
        if items:
            shown = "; ".join(code(x) for x in items[:3])
            out.append(f"kilas {kind} boundaries: {len(items)} in all, e.g. {shown}")
    return out
