"""Who is in a story: actors ranked by how central they are, and who said what.

Canonical names are merged across the story's articles the same way as within one
article: a name that is a shorter form of exactly one longer name in the story
("Wulandari", "Sri Wulandari") becomes that name.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..model import Actor, Article, StoryQuote
from ..understand.canonical import name_key

_MAX_ACTORS = 12


def story_names(articles: list[Article]) -> dict[str, str]:
    """Map each canonical name in the story to its story-wide canonical name."""
    names = {e.canonical for a in articles for e in a.entities or [] if e.label == "PER"}
    keyed = {n: name_key(n).split() for n in names}
    out = {}
    for name, tokens in keyed.items():
        longer = {
            other for other, other_tokens in keyed.items()
            if len(other_tokens) > len(tokens) and any(other_tokens[i : i + len(tokens)] == tokens for i in range(len(other_tokens)))
        }
        out[name] = next(iter(longer)) if len(longer) == 1 else name
    return out


def actors(articles: list[Article], names: dict[str, str]) -> list[Actor]:
    mentions: Counter[tuple[str, str]] = Counter()
    in_articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    roles: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    quoted: Counter[str] = Counter()
    for article in articles:
        for e in article.entities or []:
            if e.label not in ("PER", "ORG"):
                continue
            key = (names.get(e.canonical, e.canonical), e.label)
            mentions[key] += 1
            in_articles[key].add(article.id)
            if e.role:
                roles[key][e.role] += 1
        for q in article.quotes or []:
            if q.speaker:
                quoted[names.get(q.speaker, q.speaker)] += 1
    ranked = sorted(
        mentions,
        key=lambda k: -(2 * len(in_articles[k]) + mentions[k] + 2 * quoted[k[0]]),
    )
    out = []
    for name, label in ranked[:_MAX_ACTORS]:
        role = roles[(name, label)].most_common(1)
        out.append(Actor(name, label, mentions[(name, label)], len(in_articles[(name, label)]), quoted[name],
                         role[0][0] if role else None))
    return out


def story_quotes(articles: list[Article], names: dict[str, str], ranked: list[Actor]) -> list[StoryQuote]:
    """Quotes with a speaker, grouped by speaker (most central first), each with its article."""
    order = {a.name: i for i, a in enumerate(ranked)}
    out = []
    for article in articles:
        for q in article.quotes or []:
            if q.speaker:
                out.append(StoryQuote(names.get(q.speaker, q.speaker), q.text, article.id, q.kind))
    out.sort(key=lambda q: (order.get(q.speaker, len(order)), q.speaker, q.kind != "direct"))
    return out
