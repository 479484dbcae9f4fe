"""The HTML report: one self-contained page (no scripts, no external files).

Each story is a section with its cited summary (footnotes link to the highlighted
sentence in the article text at the end of the page), its timeline, actors, quotes, a
coverage table and a chart of articles per outlet per day.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone

from jinja2 import Environment, PackageLoader, select_autoescape

from ..model import Article, Story


@dataclass
class Segment:
    text: str
    anchor: str | None = None


@dataclass
class ArticleView:
    article: Article
    paragraphs: list[list[Segment]]


def cite_anchor(article_id: str, start: int) -> str:
    return f"cite-{article_id}-{start}"


def _article_view(article: Article, spans: set[tuple[int, int]]) -> ArticleView:
    body = article.body
    paragraphs: list[list[Segment]] = []
    offset = 0
    for para in article.paragraphs:
        start, end = offset, offset + len(para)
        inside = sorted((a, b) for a, b in spans if start <= a < end)
        segments, cursor = [], start
        for a, b in inside:
            if a < cursor:
                continue
            if a > cursor:
                segments.append(Segment(body[cursor:a]))
            segments.append(Segment(body[a:min(b, end)], cite_anchor(article.id, a)))
            cursor = min(b, end)
        if cursor < end:
            segments.append(Segment(body[cursor:end]))
        paragraphs.append(segments)
        offset = end + 2
    return ArticleView(article, paragraphs)


def _chart(story: Story, by_id: dict[str, Article]) -> dict:
    """Counts of articles per outlet per day, laid out for an SVG grid."""
    counts: Counter[tuple[str, str]] = Counter()
    for aid in story.articles + story.duplicates:
        a = by_id.get(aid)
        if a and a.published:
            counts[(a.outlet or "?", a.published[:10])] += 1
    if not counts:
        return {}
    days_seen = sorted({d for _, d in counts})
    first, last = date.fromisoformat(days_seen[0]), date.fromisoformat(days_seen[-1])
    days = [date.fromordinal(o).isoformat() for o in range(first.toordinal(), last.toordinal() + 1)]
    outlets = sorted({o for o, _ in counts})
    cells = [
        {"x": i, "y": j, "n": counts[(o, d)], "outlet": o, "day": d}
        for j, o in enumerate(outlets) for i, d in enumerate(days) if counts[(o, d)]
    ]
    return {"days": days, "outlets": outlets, "cells": cells, "max": max(counts.values())}


def render(stories: list[Story], articles: list[Article], title: str = "kilas: stories") -> str:
    by_id = {a.id: a for a in articles}
    cited: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for story in stories:
        for s in story.summary:
            for src in s.sources:
                cited[src.article].add((src.start, src.end))
        for t in story.timeline:
            for src in t.sources:
                cited[src.article].add((src.start, src.end))
    in_stories = [aid for story in stories for aid in story.articles + story.duplicates]
    views = [_article_view(by_id[aid], cited.get(aid, set())) for aid in dict.fromkeys(in_stories) if aid in by_id]
    env = Environment(loader=PackageLoader("kilas", "serve/templates"), autoescape=select_autoescape(["html", "j2"]))
    env.globals["cite_anchor"] = cite_anchor
    template = env.get_template("report.html.j2")
    return template.render(
        title=title,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        stories=stories,
        multi=[s for s in stories if len(s.articles) > 1],
        single=[s for s in stories if len(s.articles) <= 1],
        charts={s.id: _chart(s, by_id) for s in stories},
        by_id=by_id,
        views=views,
        n_articles=len(by_id),
        n_outlets=len({a.outlet for a in articles if a.outlet}),
    )
