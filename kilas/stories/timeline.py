"""A dated timeline of a story: one entry per day that its articles date an event to.

Dates come from the time stage (`Sentence.date`), so "pada Rabu" in a Thursday article
lands on Wednesday. For each day the most central sentence is the entry; every sentence
of that day that says much the same is a source, and the outlet of the earliest
published source reported it first. Days well before the story began are background.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from ..model import Article, Source, TimelineEntry
from .cluster import publication_order
from .summary import reads_alone
from .vectors import Vocabulary, add_into, cosine, normalise, terms

_SAME_EVENT = 0.3
_BACKGROUND_DAYS = 14
_MAX_ENTRIES = 14


def build_timeline(articles: list[Article], story_start: str | None, vocab: Vocabulary | None = None) -> list[TimelineEntry]:
    vocab = vocab or Vocabulary()
    ordered = sorted(articles, key=publication_order)
    rank = {a.id: i for i, a in enumerate(ordered)}
    by_day: dict[str, list] = defaultdict(list)
    centroid: dict[str, float] = {}
    for article in ordered:
        for s in article.sentences or []:
            if s.date and 5 <= len(s.text.split()) <= 60 and reads_alone(s.text):
                vec = vocab.weigh(terms(s.text))
                by_day[s.date].append((article, s, vec))
                add_into(centroid, vec)
    centroid = normalise(centroid)
    start = date.fromisoformat(story_start[:10]) if story_start else None
    entries = []
    for day, items in by_day.items():
        best = max(items, key=lambda it: (cosine(it[2], centroid), -rank[it[0].id]))
        same = [it for it in items if it is best or cosine(it[2], best[2]) >= _SAME_EVENT]
        first = min(same, key=lambda it: rank[it[0].id])
        background = start is not None and date.fromisoformat(day) < start - timedelta(days=_BACKGROUND_DAYS)
        entries.append(TimelineEntry(
            date=day,
            text=best[1].text,
            sources=[Source(a.id, s.start, s.end) for a, s, _ in same],
            first_outlet=first[0].outlet,
            background=background,
        ))
    # Keep the days most reported, then show them in date order.
    entries.sort(key=lambda e: -len(e.sources))
    return sorted(entries[:_MAX_ENTRIES], key=lambda e: e.date)
