"""Public baseline systems, run in-process so they are scored like kilas.

Each wrapper imports its library lazily, so ``import bench.baselines`` works
even when an optional library is missing; calling that wrapper then raises
ImportError naming the package. Versions used when this was written:
trafilatura 2.3.1, jusText 3.0.2, spaCy 3.8.18, pySBD 0.3.4, sumy 0.13.0,
dateparser 1.5.0, scikit-learn 1.9.1; pyproject.toml pins each (main
dependencies or the ``bench`` extra).

Language support, stated plainly:

* jusText ships an ``Indonesian`` stoplist; it is used.
* spaCy has Indonesian (``spacy.blank("id")``) tokenisation rules but no
  trained Indonesian pipeline here; the rule-based ``sentencizer`` is used.
* pySBD has no Indonesian; the English rules (``language="en"``) are used.
* sumy has no Indonesian tokenizer or stemmer; a regex word tokenizer and
  the identity stemmer are used, with no stop words unless given.
* dateparser supports Indonesian (``languages=["id"]``).
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Sequence

__all__ = ["trafilatura_body", "justext_body", "spacy_sentences", "pysbd_sentences",
           "lead_k", "lexrank", "textrank", "dateparser_times", "tfidf_agglomerative",
           "RegexTokenizer", "JUSTEXT_STOPLIST"]

#: jusText stoplist used by ``justext_body`` (``justext.get_stoplists()`` has it).
JUSTEXT_STOPLIST = "Indonesian"

_WORD = re.compile(r"\w+", re.UNICODE)
_SENT_END = re.compile(r"(?<=[.!?])\s+")


# ---------------------------------------------------------------------------
# Body extraction
# ---------------------------------------------------------------------------

def trafilatura_body(html: str, url: str | None = None) -> str:
    """Main text of a page with trafilatura's defaults (no comments, no tables).

    Returns ``""`` when trafilatura finds nothing.
    """
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    return text or ""


def justext_body(html: str | bytes) -> str:
    """Non-boilerplate paragraphs found by jusText, joined with newlines.

    Uses jusText's own Indonesian stoplist (``JUSTEXT_STOPLIST``) and its
    default thresholds.
    """
    import justext

    data = html.encode("utf-8") if isinstance(html, str) else html
    paragraphs = justext.justext(data, justext.get_stoplist(JUSTEXT_STOPLIST), encoding="utf-8")
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _spacy_nlp():
    import spacy

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    return nlp


def spacy_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` from ``spacy.blank("id")`` + sentencizer.

    Spans exclude trailing whitespace (spaCy's ``end_char``); whitespace-only
    sentences are dropped.
    """
    doc = _spacy_nlp()(text)
    return [(s.start_char, s.end_char) for s in doc.sents if s.text.strip()]


@lru_cache(maxsize=1)
def _pysbd_segmenter():
    import pysbd

    # pySBD has no Indonesian rules: English is the closest Latin-script set.
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def pysbd_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` from pySBD with English rules.

    pySBD has no Indonesian; ``language="en"`` is used. Its spans include the
    trailing whitespace; the ends are trimmed here.
    """
    out = []
    for sp in _pysbd_segmenter().segment(text):
        start, end = sp.start, sp.end
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end > start:
            out.append((start, end))
    return out


# ---------------------------------------------------------------------------
# Extractive summarisation
# ---------------------------------------------------------------------------

def lead_k(sentences: Sequence[str], k: int = 3, return_indices: bool = False) -> list:
    """The first ``k`` sentences (or their indices)."""
    idx = list(range(min(k, len(sentences))))
    return idx if return_indices else [sentences[i] for i in idx]


class RegexTokenizer:
    """Minimal tokenizer object with the interface sumy expects.

    sumy has no Indonesian tokenizer; this splits sentences after ``. ! ?``
    followed by whitespace and words on ``\\w+`` (lower-cased).
    """

    language = "indonesian"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s for s in _SENT_END.split(paragraph) if s.strip())

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in _WORD.findall(sentence))


def _sumy_select(summarizer_cls, sentences: Sequence[str], k: int, stop_words=(),
                 return_indices: bool = False) -> list:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import null_stemmer

    if not sentences or k <= 0:
        return []
    tok = RegexTokenizer()
    objs = [Sentence(s, tok) for s in sentences]
    doc = ObjectDocumentModel([Paragraph(objs)])
    summarizer = summarizer_cls(null_stemmer)
    summarizer.stop_words = frozenset(stop_words)
    chosen = summarizer(doc, min(k, len(sentences)))
    ids = {id(o): i for i, o in enumerate(objs)}
    idx = sorted(ids[id(s)] for s in chosen if id(s) in ids)
    return idx if return_indices else [sentences[i] for i in idx]


def lexrank(sentences: Sequence[str], k: int = 3, stop_words=(), return_indices: bool = False) -> list:
    """``k`` sentences chosen by sumy's LexRank, in document order.

    Input is already split into sentences; words come from ``RegexTokenizer``,
    no stemming, ``stop_words`` empty unless given.
    """
    from sumy.summarizers.lex_rank import LexRankSummarizer

    return _sumy_select(LexRankSummarizer, sentences, k, stop_words, return_indices)


def textrank(sentences: Sequence[str], k: int = 3, stop_words=(), return_indices: bool = False) -> list:
    """``k`` sentences chosen by sumy's TextRank, in document order (as ``lexrank``)."""
    from sumy.summarizers.text_rank import TextRankSummarizer

    return _sumy_select(TextRankSummarizer, sentences, k, stop_words, return_indices)


# ---------------------------------------------------------------------------
# Time expressions
# ---------------------------------------------------------------------------

def _as_datetime(dct) -> _dt.datetime:
    if isinstance(dct, _dt.datetime):
        return dct
    if isinstance(dct, _dt.date):
        return _dt.datetime(dct.year, dct.month, dct.day)
    return _dt.datetime.fromisoformat(str(dct))


def dateparser_times(text: str, dct) -> list[dict]:
    """Time expressions found by ``dateparser.search.search_dates``.

    Called with ``languages=["id"]`` and ``RELATIVE_BASE`` = ``dct`` (the
    document creation time: a datetime, date or ISO string). Each hit is
    located in ``text`` by searching forward from the previous hit and
    returned as ``{"start", "end", "text", "value"}`` where ``value`` is the
    resolved datetime in ISO format (dateparser has no durations or sets and
    always resolves to a full datetime).
    """
    from dateparser.search import search_dates

    base = _as_datetime(dct)
    found = search_dates(text, languages=["id"], settings={"RELATIVE_BASE": base}) or []
    out, cursor = [], 0
    for surface, when in found:
        at = text.find(surface, cursor)
        if at < 0:
            at = text.find(surface)
            if at < 0:
                continue
        out.append({"start": at, "end": at + len(surface), "text": surface, "value": when.isoformat()})
        cursor = at + len(surface)
    return out


# ---------------------------------------------------------------------------
# Story clustering
# ---------------------------------------------------------------------------

def tfidf_agglomerative(texts: Sequence[str], threshold: float = 0.7) -> list[int]:
    """Cluster texts: TF-IDF vectors + average-linkage agglomerative clustering.

    ``TfidfVectorizer`` (lower-cased ``\\w+`` tokens, sublinear tf) then
    ``AgglomerativeClustering(n_clusters=None, metric="cosine",
    linkage="average", distance_threshold=threshold)``: clusters stop merging
    when the average cosine distance exceeds ``threshold`` (0 = identical,
    1 = no shared words). Returns one integer label per text.
    """
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    n = len(texts)
    if n == 0:
        return []
    if n == 1:
        return [0]
    vec = TfidfVectorizer(lowercase=True, token_pattern=r"(?u)\b\w+\b", sublinear_tf=True)
    try:
        X = vec.fit_transform(texts).toarray()
    except ValueError:          # every text empty
        return [0] * n
    # all-zero rows (empty texts) have undefined cosine distance: give them a
    # tiny unique feature so each stays on its own
    empty = ~X.any(axis=1)
    if empty.any():
        import numpy as np

        pad = np.zeros((n, int(empty.sum())))
        pad[np.flatnonzero(empty), np.arange(int(empty.sum()))] = 1.0
        X = np.hstack([X, pad])
    model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                    distance_threshold=threshold)
    return [int(x) for x in model.fit_predict(X)]
