"""Load the word lists and patterns in `kilas/data/` (once per process)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any


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
def whole_line_pattern(name: str) -> re.Pattern[str]:
    """One regex matching a whole line against any pattern in the file. A line may open
    with a little decoration that pages put before their furniture ("👉 Baca juga:",
    "▶ Video", "» Berita Terkait") or with the label in another script ("广告 · IKLAN")."""
    body = "|".join(f"(?:{p})" for p in lines(name))
    return re.compile(rf"^(?:[^\w\s\"“'‘(\[]|[\u3000-\u9fff\uac00-\ud7af]){{0,8}}\s*(?:[·•|:]\s*)?(?:{body})$", re.I)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    return json.loads(_read(name))
