"""Scoring functions for the kilas benchmarks.

All functions are pure and return plain dicts of floats/ints so that results
can be dumped to JSON as they are. Precision, recall and F1 are in [0, 1];
when a denominator is zero the value is 0.0, except that two empty inputs
score 1.0 (nothing to find, nothing found).
"""
from __future__ import annotations

import re
import statistics
import time
from collections import Counter
from typing import Callable, Hashable, Iterable, Mapping, Sequence

__all__ = ["prf", "boundary_f1", "span_f1", "entity_f1", "token_f1", "rouge",
           "bcubed", "median_time", "WordTokenizer"]

_WORD = re.compile(r"\w+", re.UNICODE)


def prf(tp: int, n_gold: int, n_pred: int) -> dict:
    """Precision/recall/F1 from counts; ``{"p", "r", "f1", "tp", "gold", "pred"}``."""
    if n_gold == 0 and n_pred == 0:
        p = r = f = 1.0
    else:
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "tp": tp, "gold": n_gold, "pred": n_pred}


def _multiset_tp(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> tuple[int, int, int]:
    g, p = Counter(gold), Counter(pred)
    return sum((g & p).values()), sum(g.values()), sum(p.values())


def boundary_f1(gold_spans: Sequence[tuple[int, int]], pred_spans: Sequence[tuple[int, int]],
                text: str | None = None, ignore_final: bool = False) -> dict:
    """Sentence-boundary P/R/F1 on sentence end offsets.

    A boundary is the end offset of a sentence span ``(start, end)``. With
    ``text`` given, each end is moved left past whitespace, so ``(0, 12)``
    and ``(0, 11)`` agree when ``text[11]`` is a space (systems differ in
    whether a span keeps its trailing blank). Without ``text`` the offsets are
    compared as given. ``ignore_final=True`` drops the boundary at the end of
    the text (the last non-space character), which every system gets for free;
    it needs ``text``.
    """
    def ends(spans):
        out = set()
        for _, e in spans:
            if text is not None:
                e = min(e, len(text))
                while e > 0 and text[e - 1].isspace():
                    e -= 1
            out.add(e)
        if ignore_final and text is not None:
            out.discard(len(text.rstrip()))
        return out

    g, p = ends(gold_spans), ends(pred_spans)
    return prf(len(g & p), len(g), len(p))


def span_f1(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> dict:
    """Exact-match P/R/F1 over spans.

    Spans are any hashable values, e.g. ``(start, end)`` or
    ``(start, end, label)`` or ``(doc_id, start, end)``; duplicates are
    counted as a multiset.
    """
    return prf(*_multiset_tp(gold, pred))


def _chunks(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entity chunks ``(label, start, end)`` as conlleval/seqeval find them.

    Accepts BIO, IOB1, BILOU and IOBES. A chunk starts at ``B-``/``S-``/``U-``,
    at an ``I-``/``L-``/``E-`` whose label differs from the open chunk or that
    follows ``O``; it ends before ``O``, a new start, or after ``L-``/``E-``/
    ``U-``/``S-``.
    """
    out, cur = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or "-" not in t:
            if cur:
                out.append((cur[0], cur[1], i))
            cur = None
            continue
        prefix, label = t.split("-", 1)
        if prefix in ("B", "U", "S") or cur is None or cur[0] != label:
            if cur:
                out.append((cur[0], cur[1], i))
            cur = [label, i]
        if prefix in ("L", "E", "U", "S"):
            out.append((cur[0], cur[1], i + 1))
            cur = None
    return out


def entity_f1(gold_tag_seqs: Sequence[Sequence[str]], pred_tag_seqs: Sequence[Sequence[str]],
              labels: Iterable[str] | None = None) -> dict:
    """Exact-match entity P/R/F1, overall (micro) and per label, seqeval-style.

    ``gold_tag_seqs`` and ``pred_tag_seqs`` are parallel lists of tag
    sequences (one per sentence, equal lengths). An entity counts only when
    label, start and end all match. ``labels`` restricts scoring to those
    labels (others are ignored on both sides). Returns ``{"overall": prf,
    "per_label": {label: prf}, "macro_f1": float}``.
    """
    if len(gold_tag_seqs) != len(pred_tag_seqs):
        raise ValueError("gold and pred have different numbers of sentences")
    keep = set(labels) if labels is not None else None
    gold, pred = [], []
    for n, (g, p) in enumerate(zip(gold_tag_seqs, pred_tag_seqs)):
        if len(g) != len(p):
            raise ValueError(f"sentence {n}: {len(g)} gold tags but {len(p)} predicted")
        gold += [(n, *c) for c in _chunks(g) if keep is None or c[0] in keep]
        pred += [(n, *c) for c in _chunks(p) if keep is None or c[0] in keep]
    names = sorted(keep if keep is not None else {c[1] for c in gold} | {c[1] for c in pred})
    per = {lab: prf(*_multiset_tp([c for c in gold if c[1] == lab], [c for c in pred if c[1] == lab]))
           for lab in names}
    macro = sum(v["f1"] for v in per.values()) / len(per) if per else 0.0
    return {"overall": prf(*_multiset_tp(gold, pred)), "per_label": per, "macro_f1": macro}


def token_f1(gold_text: str, pred_text: str) -> dict:
    """Bag-of-words P/R/F1 between two texts (body extraction).

    Words are ``\\w+`` matches, lower-cased; counted as a multiset, so a
    boilerplate word repeated ten times costs ten false positives.
    """
    g = _WORD.findall((gold_text or "").lower())
    p = _WORD.findall((pred_text or "").lower())
    return prf(*_multiset_tp(g, p))


class WordTokenizer:
    """Tokenizer for rouge_score: lower-cased ``\\w+`` words.

    rouge_score's default tokenizer keeps only ``[a-z0-9]`` and would split
    words with accents or other non-ASCII letters; this one keeps every
    Unicode word character. No stemming (there is no Indonesian stemmer in
    rouge_score; its Porter stemmer is English).
    """

    def tokenize(self, text: str) -> list[str]:
        return _WORD.findall(text.lower())


def rouge(summary_sents: Sequence[str] | str, reference_sents: Sequence[str] | str) -> dict:
    """ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum F1 via ``rouge_score``.

    Inputs are lists of sentence strings (a plain string is taken as one
    sentence). ROUGE-L is on the concatenated text; ROUGE-Lsum is the
    summary-level variant over sentences (newline-separated, as rouge_score
    expects). Tokenizer: ``WordTokenizer``; no stemming. Returns
    ``{"rouge1", "rouge2", "rougeL", "rougeLsum"}`` F1 values plus
    ``"_precision"`` and ``"_recall"`` dicts with the same keys.
    """
    from rouge_score import rouge_scorer

    if isinstance(summary_sents, str):
        summary_sents = [summary_sents]
    if isinstance(reference_sents, str):
        reference_sents = [reference_sents]
    keys = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
    scorer = rouge_scorer.RougeScorer(keys, use_stemmer=False, tokenizer=WordTokenizer())
    scores = scorer.score("\n".join(reference_sents), "\n".join(summary_sents))
    out = {k: scores[k].fmeasure for k in keys}
    out["_precision"] = {k: scores[k].precision for k in keys}
    out["_recall"] = {k: scores[k].recall for k in keys}
    return out


def bcubed(gold_clusters: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> dict:
    """B-cubed precision/recall/F1 of a clustering.

    Both arguments map item -> cluster label. Scored over the items present in
    ``gold_clusters``; an item missing from ``pred`` counts as a singleton.
    Precision of an item = share of its predicted cluster that shares its gold
    cluster; recall = share of its gold cluster that shares its predicted
    cluster; both averaged over items. Returns ``{"p", "r", "f1", "n"}``.
    """
    items = list(gold_clusters)
    if not items:
        return {"p": 1.0, "r": 1.0, "f1": 1.0, "n": 0}
    missing = object()
    plabel = {i: pred.get(i, (missing, i)) for i in items}
    gsize = Counter(gold_clusters[i] for i in items)
    psize = Counter(plabel[i] for i in items)
    both = Counter((gold_clusters[i], plabel[i]) for i in items)
    p = sum(both[(gold_clusters[i], plabel[i])] / psize[plabel[i]] for i in items) / len(items)
    r = sum(both[(gold_clusters[i], plabel[i])] / gsize[gold_clusters[i]] for i in items) / len(items)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f, "n": len(items)}


def median_time(fn: Callable[[], object], repeats: int = 5) -> float:
    """Median wall time in seconds of ``fn()`` over ``repeats`` calls (perf_counter)."""
    if repeats < 1:
        raise ValueError("repeats must be >= 1")
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)
