"""Group articles into stories as they arrive (online), or a whole set at once (batch).

Each article is compared with the stories that share one of its key terms or entities
(an inverted index, so the cost grows with the stream, not with its square). The score
mixes the TF-IDF cosine of title and body with the story centroid and the weighted
overlap of canonical entities (people, organisations, places, and the dateline city),
damped by the days between the article and the story's latest article. Above
`Settings.story_threshold` the article joins the best story, otherwise it starts one.

A near-duplicate (`Article.duplicate_of`) joins its original's story and is listed as a
duplicate, not as another article. A story's id comes from its first article and never
changes; batch clustering is the online path over articles in publication order, so
both give the same stories.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from ..model import Article
from ..settings import DEFAULT, Settings
from ..understand.canonical import name_key
from .vectors import Vector, Vocabulary, add_into, cosine, normalise, terms, top_terms

_KEY_TERMS = 12



def story_id(first_article_id: str) -> str:
    return "s-" + hashlib.sha1(first_article_id.encode("utf-8")).hexdigest()[:10]


def day_number(published: str | None) -> float | None:
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    return moment.timestamp() / 86400 if moment.tzinfo else datetime(moment.year, moment.month, moment.day).timestamp() / 86400


def entity_keys(article: Article) -> Counter[str]:
    keys: Counter[str] = Counter()
    for e in article.entities or []:
        if e.label in ("PER", "ORG", "LOC"):
            keys[f"{e.label}:{name_key(e.canonical)}"] += 1
    if article.dateline:
        keys[f"LOC:{name_key(article.dateline)}"] += 1
    return keys


@dataclass
class StoryState:
    id: str
    articles: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    centroid: Vector = field(default_factory=dict)
    entities: Counter[str] = field(default_factory=Counter)
    first_day: float | None = None
    last_day: float | None = None
    unit: Vector | None = None  # the normalised centroid, cached until the story grows
    keys: set[str] = field(default_factory=set)  # the index keys that point to this story
    created: int = 0  # creation order: when two stories merge, the older one survives

    def unit_centroid(self) -> Vector:
        if self.unit is None:
            self.unit = normalise(self.centroid)
        return self.unit


class Clusterer:
    """The online story clusterer; feed it articles with `add`."""

    def __init__(self, settings: Settings = DEFAULT):
        self.settings = settings
        self.vocab = Vocabulary()
        self.entity_df = Vocabulary()
        self.stories: dict[str, StoryState] = {}
        self.story_of: dict[str, str] = {}
        self._index: dict[str, dict[str, None]] = defaultdict(dict)  # key -> stories, oldest first
        self.merged: dict[str, str] = {}  # absorbed story id -> the story that absorbed it

    def add(self, article: Article, story: str | None = None) -> str:
        """Place one article; `story` forces the assignment (replaying a stored state)."""
        if article.id in self.story_of:
            return self.story_of[article.id]
        original = article.duplicate_of
        if original and (story is not None or original in self.story_of):
            story = self.merged.get(story or self.story_of[original], story or self.story_of[original])
            self.stories.setdefault(story, StoryState(story)).duplicates.append(article.id)
            self.story_of[article.id] = story
            return story
        counts = terms(f"{article.title or ''} {article.title or ''} {article.body}")
        ents = entity_keys(article)
        self.vocab.add(counts)
        self.entity_df.add(ents)
        vec = self.vocab.weigh(counts)
        day = day_number(article.published)
        online = story is None
        if online:
            story = self._best(vec, ents, day) or story_id(article.id)
        story = self.merged.get(story, story)
        state = self.stories.get(story)
        if state is None:
            state = self.stories[story] = StoryState(story, created=len(self.stories) + len(self.merged))
        state.articles.append(article.id)
        add_into(state.centroid, vec)
        state.unit = None
        state.entities.update(ents)
        if day is not None:
            state.first_day = day if state.first_day is None else min(state.first_day, day)
            state.last_day = day if state.last_day is None else max(state.last_day, day)
        self.story_of[article.id] = story
        for key in top_terms(vec, _KEY_TERMS) + list(ents):
            posting = self._index[key]
            posting.pop(story, None)
            posting[story] = None  # the most recently active story last
            state.keys.add(key)
        if online and len(state.articles) > 1:
            story = self._merge_neighbours(state, day)
        return story

    def _merge_neighbours(self, state: StoryState, day: float | None) -> str:
        """Articles arriving out of order can start two stories of one event; once an
        article makes one of them look like the other, they become one. The older story
        keeps its id; the other's id is remembered in `merged`."""
        keys = top_terms(state.unit_centroid(), _KEY_TERMS) + [k for k, _ in state.entities.most_common(8)]
        for sid in sorted(self._candidates(keys, day) - {state.id}):
            other = self.stories.get(sid)
            if other is None or self._story_similarity(state, other) <= self.settings.story_threshold:
                continue
            survivor, absorbed = (state, other) if state.created <= other.created else (other, state)
            self._absorb(survivor, absorbed)
            state = survivor
        return state.id

    def _story_similarity(self, a: StoryState, b: StoryState) -> float:
        gap = 0.0
        if None not in (a.first_day, a.last_day, b.first_day, b.last_day):
            gap = max(0.0, a.first_day - b.last_day, b.first_day - a.last_day)
            if gap > self.settings.story_window_days:
                return 0.0
        score = 0.55 * cosine(a.unit_centroid(), b.unit_centroid()) + 0.45 * self._entity_overlap(a.entities, b.entities)
        return score * self._decay(gap)

    def _absorb(self, survivor: StoryState, absorbed: StoryState) -> None:
        survivor.articles += absorbed.articles
        survivor.duplicates += absorbed.duplicates
        add_into(survivor.centroid, absorbed.centroid)
        survivor.unit = None
        survivor.entities.update(absorbed.entities)
        days = [d for d in (survivor.first_day, survivor.last_day, absorbed.first_day, absorbed.last_day) if d is not None]
        if days:
            survivor.first_day, survivor.last_day = min(days), max(days)
        for aid in absorbed.articles + absorbed.duplicates:
            self.story_of[aid] = survivor.id
        for key in absorbed.keys:
            posting = self._index[key]
            posting.pop(absorbed.id, None)
            posting.pop(survivor.id, None)
            posting[survivor.id] = None
        survivor.keys |= absorbed.keys
        del self.stories[absorbed.id]
        for old, new in list(self.merged.items()):
            if new == absorbed.id:
                self.merged[old] = survivor.id
        self.merged[absorbed.id] = survivor.id

    def _candidates(self, keys: list[str], day: float | None) -> set[str]:
        """Stories sharing a key, active within the time window. Each posting list is kept
        in order of last activity, so stories that fell out of the window are dropped from
        its front: a lookup costs the stories of the window, not of the whole stream."""
        horizon = day - self.settings.story_window_days if day is not None else None
        found: set[str] = set()
        for key in keys:
            posting = self._index.get(key)
            if not posting:
                continue
            if horizon is not None:
                while posting:
                    oldest = next(iter(posting))
                    last = self.stories[oldest].last_day
                    if last is None or last >= horizon:
                        break
                    del posting[oldest]
            found.update(posting)
        return found

    def _best(self, vec: Vector, ents: Counter[str], day: float | None) -> str | None:
        candidates = self._candidates(top_terms(vec, _KEY_TERMS) + list(ents), day)
        best, best_score = None, self.settings.story_threshold
        for sid in candidates:
            score = self.similarity(vec, ents, day, self.stories[sid])
            if score > best_score:
                best, best_score = sid, score
        return best

    def similarity(self, vec: Vector, ents: Counter[str], day: float | None, story: StoryState) -> float:
        gap = 0.0
        if day is not None and story.last_day is not None:
            # Distance to the story's span: an article inside it has no gap.
            gap = max(0.0, day - story.last_day, story.first_day - day)
            if gap > self.settings.story_window_days:
                return 0.0
        text = cosine(vec, story.unit_centroid())
        shared = self._entity_overlap(ents, story.entities)
        score = 0.55 * text + 0.45 * shared
        return score * self._decay(gap)

    def _decay(self, gap: float) -> float:
        """How much a gap of `gap` days weakens the evidence: halving every half-life, but
        never below a floor, so a developing story (an invitation in March, the visit in
        June) can still join when actors and subject agree strongly."""
        return max(self.settings.story_long_gap_weight, 0.5 ** (gap / self.settings.story_half_life_days))

    def _entity_overlap(self, ents: Counter[str], story_ents: Counter[str]) -> float:
        """IDF-weighted share of the article's entities that the story also has."""
        if not ents:
            return 0.0
        total = sum(self.entity_df.idf(k) for k in ents)
        shared = sum(self.entity_df.idf(k) for k in ents if k in story_ents)
        return shared / total if total else 0.0


def cluster(articles: list[Article], settings: Settings = DEFAULT) -> Clusterer:
    """Batch clustering: the online path over the articles in publication order."""
    clusterer = Clusterer(settings)
    for article in sorted(articles, key=publication_order):
        clusterer.add(article)
    return clusterer


def publication_order(article: Article) -> tuple[float, str]:
    day = day_number(article.published)
    return (day if day is not None else math.inf, article.id)
