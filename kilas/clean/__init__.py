"""Clean: raw documents to Articles with body, metadata and language.

`clean(raw)` is the whole stage for one document; duplicates need the whole stream and
are linked by `dedup.link_duplicates` (or a `DuplicateIndex` fed one article at a time).
"""

from __future__ import annotations

from ..model import Article, RawDocument
from .html import clean_html
from .lang import identify
from .text import build_article, label_lines


def clean(raw: RawDocument, furniture: frozenset[str] = frozenset()) -> Article:
    """`furniture`: the lines of this page that recur on other pages of the batch
    (`furniture.Furniture.lines_of`); they are never body."""
    if raw.html is not None:
        article = clean_html(raw.id, raw.source, raw.html, url=raw.url, title=raw.title,
                             outlet=raw.outlet, published=raw.published)
    else:
        labelled = label_lines(raw.text or "", title_hint=raw.title, furniture=furniture)
        article = build_article(raw.id, raw.source, labelled, title=raw.title, outlet=raw.outlet,
                                published=raw.published, url=raw.url)
    article.language = identify(article.body or "\n".join(article.removed))
    return article


__all__ = ["clean"]
