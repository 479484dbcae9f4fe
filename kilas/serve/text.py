"""Human-readable views for `--format text`: what a person reads in a terminal."""

from __future__ import annotations

import textwrap

from ..model import Article, Story


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, width=96, initial_indent=indent, subsequent_indent=indent)


def article_text(article: Article) -> str:
    lines = [f"== {article.title or '(no title)'}"]
    meta = [
        ("id", article.id),
        ("outlet", article.outlet + (f" ({article.network})" if article.network else "") if article.outlet else None),
        ("published", article.published),
        ("updated", article.updated),
        ("authors", ", ".join(article.authors) or None),
        ("editors", ", ".join(article.editors) or None),
        ("dateline", article.dateline),
        ("section", article.section),
        ("agency", article.agency),
        ("language", article.language),
        ("duplicate of", article.duplicate_of),
    ]
    lines += [f"{k:>12}: {v}" for k, v in meta if v]
    if article.deck:
        lines.append(_wrap(f"[deck] {article.deck}"))
    lines.append("")
    lines += [_wrap(p) + "\n" for p in article.paragraphs]
    if article.captions:
        lines.append("  captions:")
        lines += [_wrap(c, "    - ") for c in article.captions]
    lines.append(f"  ({len(article.removed)} lines removed as boilerplate or metadata)")
    if article.sentences is not None:
        lines.append(f"\n  {len(article.sentences)} sentences")
        if article.entities:
            seen: dict[tuple[str, str], int] = {}
            for e in article.entities:
                seen[(e.canonical, e.label)] = seen.get((e.canonical, e.label), 0) + 1
            lines.append("  entities:")
            lines += [f"    {label:<3} {name} ×{n}" for (name, label), n in seen.items()]
        if article.quotes:
            lines.append("  quotes:")
            for q in article.quotes:
                who = q.speaker or "(unknown)"
                if q.speaker_role:
                    who += f" ({q.speaker_role})"
                lines.append(_wrap(f'{who}: "{q.text}" [{q.kind}, {q.cue or "no cue"}]', "    "))
        if article.times:
            anchor = article.time_anchor
            lines.append(f"  times (anchored on {anchor.date}, from the {anchor.source} date):" if anchor else "  times:")
            lines += [f"    {t.text} -> {t.value}" for t in article.times]
    return "\n".join(lines) + "\n"


def story_text(story: Story) -> str:
    span = f"{(story.start or '?')[:10]} – {(story.end or '?')[:10]}"
    lines = [
        f"## {story.title}",
        f"   {story.id} · {len(story.articles)} articles · {', '.join(story.outlets)} · {span}",
    ]
    if story.duplicates:
        lines.append(f"   + {len(story.duplicates)} duplicate copies: {', '.join(story.duplicates)}")
    if story.summary:
        lines.append("   Summary:")
        for s in story.summary:
            cites = ", ".join(src.article for src in s.sources)
            lines.append(_wrap(f"{s.text} [{cites}]", "     "))
    if story.timeline:
        lines.append("   Timeline:")
        for t in story.timeline:
            mark = " (background)" if t.background else ""
            lines.append(_wrap(f"{t.date}{mark}: {t.text} — first: {t.first_outlet}", "     "))
    if story.actors:
        lines.append("   Actors: " + "; ".join(
            f"{a.name} ({a.label}{', ' + a.role if a.role else ''}) ×{a.mentions}" for a in story.actors[:8]))
    if story.quotes:
        lines.append("   Quotes:")
        for q in story.quotes[:6]:
            lines.append(_wrap(f'{q.speaker}: "{q.text}" [{q.article}]', "     "))
    return "\n".join(lines) + "\n"
