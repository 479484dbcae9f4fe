"""How each outlet covered a story: its articles, when, and what only it reported."""

from __future__ import annotations

from collections import defaultdict

from ..model import Article, OutletCoverage, Source, StoryQuote, SummarySentence
from .cluster import publication_order
from .vectors import Vocabulary, cosine, terms

_SAME = 0.3
_MAX_EXCLUSIVE = 3


def coverage(articles: list[Article], quotes: list[StoryQuote], vocab: Vocabulary) -> list[OutletCoverage]:
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for a in sorted(articles, key=publication_order):
        by_outlet[a.outlet or "(unknown outlet)"].append(a)
    vectors = {
        a.id: [(s, vocab.weigh(terms(s.text))) for s in a.sentences or [] if len(s.text.split()) >= 6]
        for a in articles
    }
    out = []
    for outlet, own in by_outlet.items():
        others = [v for a in articles if (a.outlet or "(unknown outlet)") != outlet for _, v in vectors[a.id]]
        exclusive = []
        for a in own:
            for s, v in vectors[a.id]:
                if others and all(cosine(v, o) < _SAME for o in others):
                    exclusive.append(SummarySentence(s.text, [Source(a.id, s.start, s.end)]))
        own_ids = {a.id for a in own}
        other_quotes = [vocab.weigh(terms(q.text)) for q in quotes if q.article not in own_ids]
        only_quotes = [
            q for q in quotes
            if q.article in own_ids and q.kind == "direct"
            and all(cosine(vocab.weigh(terms(q.text)), o) < _SAME for o in other_quotes)
        ]
        published = [a.published for a in own if a.published]
        out.append(OutletCoverage(
            outlet=outlet,
            articles=[a.id for a in own],
            first=min(published) if published else None,
            last=max(published) if published else None,
            exclusive_sentences=exclusive[:_MAX_EXCLUSIVE] if len(by_outlet) > 1 else [],
            exclusive_quotes=only_quotes[:_MAX_EXCLUSIVE] if len(by_outlet) > 1 else [],
        ))
    out.sort(key=lambda c: (-len(c.articles), c.first or ""))
    return out
