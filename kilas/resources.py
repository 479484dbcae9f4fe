"""Load the word lists and patterns in `kilas/data/` (once per process)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable


def read_text(name: str) -> str:
    """The whole text of a data file."""
    return _read(name)


def _read(name: str) -> str:
    return resources.files("kilas").joinpath("data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file."""
    out = []
    for line in _read(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def pairs(name: str) -> tuple[tuple[str, str], ...]:
    """The "short = long" lines of a data file, stripped, in file order."""
    return tuple(tuple(part.strip() for part in line.partition("=")[::2]) for line in lines(name))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Whitespace-separated lower-case words of a data file."""
    return frozenset(w.lower() for line in lines(name) for w in line.split())


@lru_cache(maxsize=None)
def phrases(name: str) -> frozenset[str]:
    """Each line of a data file as one lower-case phrase."""
    return frozenset(line.lower() for line in lines(name))


@lru_cache(maxsize=None)
def whole_line_pattern(name: str) -> LinePattern:
    """One regex matching a whole line against any pattern in the file. A line may open
    with a little decoration that pages put before their furniture ("👉 Baca juga:",
    "▶ Video", "» Berita Terkait") or with the label in another script ("广告 · IKLAN")."""
    # A pattern ".*X.*" matches a whole line exactly when X occurs anywhere in it; searching
    # for X once is several times faster than letting ".*" backtrack over every position.
    def found_anywhere(p: str) -> bool:
        return p.startswith(".*") and p.endswith(".*") and not p.endswith("\\.*")

    anywhere = [p[2:-2] for p in lines(name) if found_anywhere(p)]
    whole = [p for p in lines(name) if not found_anywhere(p)]
    body = "|".join(f"(?:{p})" for p in whole)
    return LinePattern(
        re.compile(rf"^(?:[^\w\s\"“'‘(\[]|[\u3000-\u9fff\uac00-\ud7af]){{0,8}}\s*(?:[·•|:]\s*)?(?:{body})$", re.I),
        re.compile("|".join(f"(?:{p})" for p in anywhere), re.I) if anywhere else None)


_LINE_PATTERNS: list[LinePattern] = []
_LINE_CACHES: list[Callable[[], None]] = []


def line_cache(maxsize: int = 8192):
    """lru_cache for a pure function of one line of a page (the labeller asks about a line
    several times); `forget_lines` empties every such cache."""
    def wrap(func):
        cached = lru_cache(maxsize=maxsize)(func)
        _LINE_CACHES.append(cached.cache_clear)
        return cached
    return wrap


def forget_lines() -> None:
    """Forget every answer given about a line (benchmarks time each pass from a cold start)."""
    for pattern in _LINE_PATTERNS:
        pattern._seen.clear()
    for clear in _LINE_CACHES:
        clear()


class LinePattern:
    """A compiled whole-line pattern that remembers its answers: the cleaner asks about the
    same line many times (and a site's furniture recurs on every page), and one pattern of
    hundreds of alternatives is the costliest test it makes."""

    MEMORY = 50_000  # lines remembered; forgotten all at once when full

    def __init__(self, pattern: re.Pattern[str], anywhere: re.Pattern[str] | None = None) -> None:
        self.pattern = pattern
        self.anywhere = anywhere  # matched by search: the file's ".*X.*" lines, as X
        self._seen: dict[str, re.Match[str] | None] = {}
        _LINE_PATTERNS.append(self)

    def match(self, line: str) -> re.Match[str] | None:
        try:
            return self._seen[line]
        except KeyError:
            pass
        if len(self._seen) >= self.MEMORY:
            self._seen.clear()
        found = self._seen[line] = self.pattern.match(line) or (self.anywhere and self.anywhere.search(line))
        return found


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    return json.loads(_read(name))
