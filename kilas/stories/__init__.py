"""Stories: articles grouped by event, each with a cited summary, a timeline, actors,
quotes and per-outlet coverage.

`build_stories(articles)` is the whole stage for a set of analysed articles;
`describe(state, articles)` writes up one cluster, so a store can re-describe only the
stories that changed.
"""

from __future__ import annotations

from ..model import Article, Story
from ..settings import DEFAULT, Settings
from .cluster import Clusterer, StoryState, cluster, publication_order
from .coverage import coverage
from .people import actors, story_names, story_quotes
from .summary import summarise
from .timeline import build_timeline
from .vectors import Vocabulary, cosine, normalise, terms


def build_stories(articles: list[Article], settings: Settings = DEFAULT) -> list[Story]:
    clusterer = cluster(articles, settings)
    return describe_all(clusterer, articles)


def describe_all(clusterer: Clusterer, articles: list[Article]) -> list[Story]:
    by_id = {a.id: a for a in articles}
    stories = [
        describe(state, [by_id[i] for i in state.articles if i in by_id],
                 [by_id[i] for i in state.duplicates if i in by_id], clusterer.vocab)
        for state in clusterer.stories.values()
    ]
    stories.sort(key=lambda s: (-len(s.articles), s.start or ""))
    return stories


def describe(state: StoryState, members: list[Article], duplicates: list[Article], vocab: Vocabulary) -> Story:
    members = sorted(members, key=publication_order)
    published = sorted(a.published for a in members + duplicates if a.published)
    names = story_names(members)
    ranked = actors(members, names)
    quotes = story_quotes(members, names, ranked)
    outlets = []
    for a in members:
        if a.outlet and a.outlet not in outlets:
            outlets.append(a.outlet)
    return Story(
        id=state.id,
        title=_headline(members, state, vocab),
        articles=[a.id for a in members],
        outlets=outlets,
        start=published[0] if published else None,
        end=published[-1] if published else None,
        summary=summarise(members, vocab=vocab),
        timeline=build_timeline(members, published[0] if published else None, vocab),
        actors=ranked,
        quotes=quotes,
        duplicates=[a.id for a in duplicates],
        coverage=coverage(members, quotes, vocab),
    )


def _headline(members: list[Article], state: StoryState, vocab: Vocabulary) -> str:
    """The title of the article closest to the story's centre."""
    centroid = normalise(state.centroid)
    titled = [a for a in members if a.title]
    if not titled:
        return members[0].id if members else state.id
    best = max(titled, key=lambda a: cosine(vocab.weigh(terms(f"{a.title} {a.body}")), centroid))
    return best.title


__all__ = ["build_stories", "describe", "describe_all", "Clusterer", "cluster"]
