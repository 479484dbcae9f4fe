"""Exact and near-duplicate articles: the same wire copy on several outlets, a page
collected twice, a lightly edited update.

Word 5-gram shingles of the body go into a MinHash; an LSH index finds earlier
articles whose estimated Jaccard similarity passes `Settings.duplicate_threshold`.
The later article is linked to the earliest one it copies (`duplicate_of`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from datasketch import MinHash, MinHashLSH

from ..model import Article
from ..settings import DEFAULT, Settings

_WORD = re.compile(r"\w+", re.U)
SHINGLE = 5


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


@lru_cache(maxsize=None)
def _bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """The LSH bands and rows datasketch picks for the threshold: it integrates to find them,
    which costs more than cleaning a short batch, so once per process."""
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


class DuplicateIndex:
    """Remembers every article seen; answers which earlier one a new article copies."""

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings
        self._lsh = MinHashLSH(threshold=settings.duplicate_threshold, num_perm=settings.minhash_permutations,
                               params=_bands(settings.duplicate_threshold, settings.minhash_permutations))
        self._hashes: dict[str, MinHash] = {}
        self._order: dict[str, int] = {}
        # Every MinHash shares one set of permutations: computing them is most of the cost.
        self._template = MinHash(num_perm=settings.minhash_permutations)

    def minhash(self, article: Article) -> MinHash:
        m = MinHash(num_perm=self.settings.minhash_permutations, permutations=self._template.permutations,
                    scheme=self._template.scheme)
        m.update_batch(list(shingles(article.body)))
        return m

    def add(self, article: Article) -> str | None:
        """Index the article; return the id of the earliest article it duplicates."""
        if article.id in self._hashes or not article.paragraphs:
            return None
        m = self.minhash(article)
        matches = [
            key for key in self._lsh.query(m)
            if self._hashes[key].jaccard(m) >= self.settings.duplicate_threshold
        ]
        self._lsh.insert(article.id, m)
        self._hashes[article.id] = m
        self._order[article.id] = len(self._order)
        if not matches:
            return None
        return min(matches, key=self._order.__getitem__)


def link_duplicates(articles: list[Article], settings: Settings = DEFAULT) -> list[Article]:
    """Set `duplicate_of` on every article that copies an earlier one (by publication time)."""
    index = DuplicateIndex(settings)
    for article in sorted(articles, key=lambda a: (a.published or "9999", a.id)):
        original = index.add(article)
        if original:
            article.duplicate_of = original
    return articles
