"""Single-document extractive summaries on IndoSum (harness test part), ROUGE F1.

kilas (``kilas.stories.summary.summarise_text``, 3 sentences) beside LEAD-3, LexRank and
TextRank (sumy) on the same articles, plus the extractive oracle given by IndoSum's own
sentence labels as an upper bound. Nothing is trained.
"""
from __future__ import annotations

import statistics
import time
from collections import Counter

from . import baselines, datasets
from .metrics import rouge
from .report import Table, pct

K = 3
SPLIT = "test"
# The whole test part (1298 articles) runs in well under a minute here; set a number to
# subsample deterministically (every n-th article in id order) if that ever changes.
MAX_ARTICLES: int | None = None


def _kilas(article: dict) -> list[str]:
    from kilas.stories.summary import summarise_text

    return summarise_text(article["text"], max_sentences=K)


def _kilas_lead(article: dict) -> list[str]:
    from kilas.stories.summary import lead_sentences

    return lead_sentences(article["text"], K)


def _systems():
    out = [("kilas summarise_text", _kilas, None),
           ("LEAD-3", lambda a: baselines.lead_k(a["sentences"], K), None),
           ("LEAD-3 on kilas's sentences (`lead_sentences`)", _kilas_lead, None)]
    try:
        import sumy  # noqa: F401
        out += [("LexRank (sumy)", lambda a: baselines.lexrank(a["sentences"], K), None),
                ("TextRank (sumy)", lambda a: baselines.textrank(a["sentences"], K), None)]
    except ImportError as err:
        out += [("LexRank (sumy)", None, str(err)), ("TextRank (sumy)", None, str(err))]
    out.append(("Oracle: IndoSum extractive labels (upper bound)",
                lambda a: [a["sentences"][i] for i in a["gold_indices"]], None))
    return out


def run(root) -> list[Table]:
    articles = sorted(datasets.indosum_articles(root, SPLIT), key=lambda a: a["id"])
    total = len(articles)
    if MAX_ARTICLES and total > MAX_ARTICLES:
        step = total / MAX_ARTICLES
        articles = [articles[int(i * step)] for i in range(MAX_ARTICLES)]
    rows, remarks = [], []
    kilas_sizes: Counter = Counter()
    kilas_not_in_source = 0
    kilas_pos: Counter = Counter()
    for name, fn, err in _systems():
        if fn is None:
            rows.append([name, "–", "–", "–", "–", "–", "–", f"not installed ({err})"])
            continue
        fn(articles[0])  # warm-up
        scores = {k: [] for k in ("rouge1", "rouge2", "rougeL", "rougeLsum")}
        secs, words = [], []
        for a in articles:
            t0 = time.perf_counter()
            summary = fn(a)
            secs.append(time.perf_counter() - t0)
            r = rouge(summary, a["summary"])
            for k in scores:
                scores[k].append(r[k])
            words.append(sum(len(s.split()) for s in summary))
            if name.startswith("kilas"):
                kilas_sizes[len(summary)] += 1
                kilas_not_in_source += sum(1 for s in summary if s not in a["text"])
                lead = _kilas_lead(a)
                kilas_pos["summaries"] += 1
                kilas_pos["first sentence"] += bool(lead) and lead[0] in summary
                kilas_pos["same as kilas LEAD-3"] += summary == lead
        mean = {k: sum(v) / len(v) for k, v in scores.items()}
        rows.append([name, len(articles), pct(mean["rouge1"], 2), pct(mean["rouge2"], 2),
                     pct(mean["rougeL"], 2), pct(mean["rougeLsum"], 2), f"{statistics.mean(words):.0f}",
                     f"{1000 * statistics.median(secs):.2f}"])
    n_dev = len(datasets.indosum_articles(root, "dev"))
    subset = (f"all {len(articles)} articles of the harness `test` part" if len(articles) == total
              else f"a fixed subset of {len(articles)} of the {total} `test` articles (every n-th by id)")
    note = (f"IndoSum `articles.jsonl` ({total + n_dev} articles) split by `bench.datasets.indosum_articles`: "
            f"sha1(id) puts about 1 in 4 in `dev` ({n_dev}), the rest in `test` ({total}); this is the "
            "harness's own stable partition, not IndoSum's official 5 folds (their files are not in the "
            f"shared data). Scores on {subset}; nothing was trained or tuned on it. kilas gets the "
            "article as text (paragraphs joined by a blank line, sentences by a space) and splits "
            "sentences itself; the baselines get IndoSum's own sentence list. ROUGE F1 x 100 "
            "(`rouge_score`, lower-cased `\\w+` words, no stemming; ROUGE-L on the joined text, "
            "ROUGE-Lsum per sentence), mean over articles, against the abstractive reference "
            "summary. LexRank/TextRank: sumy with a regex tokenizer, no stemmer, no stop words "
            "(sumy has no Indonesian). ms/article = median time to produce one summary.")
    remarks.append("Published anchors (text only, IndoSum paper, its own folds and ROUGE setup): "
                   "best extractive system ROUGE-1 69.93; LEAD-3 ROUGE-1 62.86. The LEAD-3 row here "
                   "shows how far this harness's ROUGE setup sits from theirs.")
    if kilas_sizes:
        sizes = ", ".join(f"{n} sentence(s): {c}" for n, c in sorted(kilas_sizes.items()))
        remarks.append(f"kilas summary lengths: {sizes} (asked for {K}).")
    if kilas_pos["summaries"]:
        n = kilas_pos["summaries"]
        remarks.append(f"kilas's summary holds the article's first sentence in "
                       f"{pct(kilas_pos['first sentence'] / n)}% of articles and is exactly kilas's own "
                       f"LEAD-3 in {pct(kilas_pos['same as kilas LEAD-3'] / n)}%.")
    if kilas_not_in_source:
        remarks.append(f"{kilas_not_in_source} kilas summary sentences are not substrings of the input text.")
    return [Table(f"Single-document summaries, IndoSum ({SPLIT} part)",
                  ["system", "articles", "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-Lsum", "words/summary",
                   "ms/article"], rows, note, remarks)]
