"""Understand: sentences, entities with canonical names, quotes and time expressions.

`analyze(article)` fills the analysis fields of an Article; offsets point into
`article.body`. Each step is one module with one function, so a better implementation
(the rule recogniser gave way to trained entity models this way) replaces it without touching the others.
"""

from __future__ import annotations

from ..model import Article, TimeAnchor
from .canonical import canonicalise
from .entities import recognise
from .quotes import find_quotes
from .sentences import split
from .times import date_sentences, find_times


def analyze(article: Article, ner: str = "accurate") -> Article:
    """Fill the analysis fields; `ner` names the entity model ("accurate" or "fast")."""
    text = article.body
    sentences = split(text)
    entities = canonicalise(text, recognise(text, sentences, ner))
    times, anchor, source = find_times(text, article.published, sentences)
    date_sentences(sentences, times)
    article.sentences = sentences
    article.entities = entities
    article.times = times
    article.time_anchor = TimeAnchor(anchor, source) if anchor else None
    article.quotes = find_quotes(text, sentences, entities)
    return article


__all__ = ["analyze"]
