"""An outlet's home time zone, from the pages of a batch.

A page that prints a clock without a zone is read in its outlet's home zone. For an outlet
kilas knows, `outlets.json` gives it; for one it does not, each page guesses from what it
carries (the outlet's name, the dateline, the breadcrumb). One page filed from Jakarta by a
Samarinda daily guesses wrong, but the outlet's other pages outvote it: the zone they print,
or else the zone most of them guess, is the home zone of every page that printed none.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..model import Article, RawDocument
from . import meta

_OFFSETS = {"+07:00", "+08:00", "+09:00"}


def _offset(value: str | None) -> str | None:
    return value[-6:] if value and len(value) > 19 and value[-6:] in _OFFSETS else None


def _printed(article: Article, raw: RawDocument) -> bool:
    """Does the page print a zone beside its publication clock ("13.00 WITA"), or does its
    record give the time itself?"""
    if raw.published:
        return True
    hour, minute = article.published[11:13], article.published[14:16]
    hours = {hour, str(int(hour)), str(int(hour) - 12 if int(hour) > 12 else int(hour))}
    return any(m.group("h") in hours and m.group("m") == minute
               for m in _CLOCK_AND_ZONE.finditer(raw.text or raw.html or ""))


# "13.00 WITA", "1:00 PM WITA", "13:00:10 WIB"
_CLOCK_AND_ZONE = re.compile(r"(?<!\d)(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?\s*)?(?:WIB|WITA|WIT)\b",
                             re.I)


def settle(pairs: list[tuple[RawDocument, Article]]) -> None:
    """Give the pages of each unknown outlet that print no zone the outlet's home zone
    (in place): the zone its other pages print, or else the one most of its pages guess,
    when at least three pages speak and most of them agree."""
    by_outlet: dict[str, list[tuple[Article, bool]]] = defaultdict(list)
    for raw, article in pairs:
        if not article.outlet or not _offset(article.published):
            continue
        known = meta.known_outlet(article.outlet)
        if known and known.timezone:
            continue
        by_outlet[meta.site_key(article.outlet)].append((article, _printed(article, raw)))
    for pages in by_outlet.values():
        printed = Counter(_offset(a.published) for a, p in pages if p)
        votes = printed or Counter(_offset(a.published) for a, _ in pages)
        if sum(votes.values()) < 3:
            continue
        home, n = votes.most_common(1)[0]
        if 2 * n <= sum(votes.values()):
            continue  # no majority: each page keeps its own guess
        for article, was_printed in pages:
            if not was_printed and _offset(article.published) != home:
                article.published = article.published[:-6] + home
                if _offset(article.updated):
                    article.updated = article.updated[:-6] + home
