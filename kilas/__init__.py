"""kilas: Indonesian news intelligence.

    import kilas
    articles = kilas.read(["samples/articles"])        # cleaned Articles
    analysed = kilas.analyze(["samples/articles"])     # + sentences, entities, quotes, times
    stories = kilas.stories(["samples/articles"])      # Story objects

Each takes paths (files, folders, "-" for JSON Lines on stdin) and returns the data model
of `kilas.model`; `to_dict()` on any of them gives the JSON contract.
"""

from __future__ import annotations

from typing import Iterable

from .model import Article, Rejection, Story
from .settings import DEFAULT, Settings

__version__ = "0.1.0"


def read(paths: Iterable[str], settings: Settings = DEFAULT) -> list[Article]:
    from .pipeline import clean_stream

    return list(clean_stream(list(paths), settings))


def analyze(paths: Iterable[str], settings: Settings = DEFAULT) -> list[Article]:
    from .pipeline import analyze_stream

    return list(analyze_stream(list(paths), settings))


def stories(paths: Iterable[str], settings: Settings = DEFAULT) -> list[Story]:
    from .pipeline import stories as run_stories

    return run_stories(list(paths), settings)[0]


__all__ = ["Article", "Rejection", "Settings", "Story", "analyze", "read", "stories"]
