"""Bags of words with TF-IDF weights, shared by clustering, summaries and coverage.

Document frequencies grow as articles arrive (`Vocabulary.add`), so weights are
always those of the stream seen so far; nothing is fitted in advance.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from .. import resources

_WORD = re.compile(r"[^\W\d_]{3,}", re.U)

Vector = dict[str, float]


def terms(text: str) -> Counter[str]:
    stop = resources.words("stopwords.txt")
    return Counter(w for w in (m.group().lower() for m in _WORD.finditer(text)) if w not in stop)


class Vocabulary:
    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.docs = 0

    def add(self, counts: Counter[str]) -> None:
        self.docs += 1
        self.df.update(counts.keys())

    def idf(self, term: str) -> float:
        return math.log((1 + self.docs) / (1 + self.df.get(term, 0))) + 1.0

    def weigh(self, counts: Counter[str]) -> Vector:
        """Sublinear TF times IDF, L2-normalised."""
        vec = {t: (1 + math.log(c)) * self.idf(t) for t, c in counts.items()}
        return normalise(vec)


def normalise(vec: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def add_into(total: Vector, vec: Vector) -> None:
    for t, v in vec.items():
        total[t] = total.get(t, 0.0) + v


def top_terms(vec: Vector, k: int) -> list[str]:
    return [t for t, _ in sorted(vec.items(), key=lambda kv: -kv[1])[:k]]
