"""Lines that recur across pages: the furniture of the sites they were copied from.

A page copied from a news site carries the site's menus, slogans, share prompts, promo
boxes, ad markers and footers, the same on every article. No word list knows every
site, but a batch of articles gives them away: a line printed on several other pages is
furniture. Two kinds of repetition are not:

- copies: a syndicated wire story, or one article collected twice, repeats its
  paragraphs on every page that runs it. A page that shares most of its long lines
  with this one is a copy, and its lines do not count;
- reused prose: follow-up articles quote the same statement or repeat a background
  paragraph. A long sentence (or a quotation) is never furniture by repetition alone
  (unless furniture stands on both sides of it: a promo box); measured on 499 real detik
  articles, that keeps every reused body line while 524 furniture lines are still found;
- headlines: a page's title is printed again in the related-article lists of the
  site's other pages. Lines are compared within their part of the page, the head
  (above the first sentence of running text) or the rest, and a site prints its
  header furniture in the head of every page.

The memory is fed one page at a time (`add`) and asked about a page (`lines_of`); it
holds a bounded number of recent pages, so a long stream runs in constant memory.
"""

from __future__ import annotations

import re
from collections import defaultdict

# A line on this many pages (the page asked about included) is furniture.
MIN_PAGES = 3
# A line of at least this many words, or a quotation of at least QUOTED_WORDS, is prose
# that follow-ups may reuse: repetition alone never makes it furniture.
PROSE_WORDS = 15
QUOTED_WORDS = 8
# Lines this long are what tells a copy from a page of the same site.
LONG_WORDS = 12
# Pages remembered; the oldest half is forgotten when the memory is full.
CAPACITY = 20_000
# Pages remembered per line: enough to find MIN_PAGES - 1 that are not copies.
PAGES_PER_LINE = 24


def fold(line: str) -> str:
    return " ".join(line.split())


def _parts(text: str) -> list[tuple[str, str]]:
    """Each distinct line of a page, folded, with the part of the page it is in."""
    out, part, seen = [], "head", set()
    for raw in text.splitlines():
        line = fold(raw)
        if not line:
            continue
        if part == "head" and len(line.split()) >= LONG_WORDS and line.endswith((".", "!", "?", '"', "”")):
            part = "rest"
        if line not in seen:
            seen.add(line)
            out.append((part, line))
    return out


def _long_lines(lines: list[tuple[str, str]]) -> frozenset[int]:
    return frozenset(hash(line) for _, line in lines if len(line.split()) >= LONG_WORDS)


_AD_LABEL = re.compile(r"^[-–—•*·=\s]*(?:advertisement|iklan|ads|sponsored|konten bersponsor)[-–—•*·=\s]*$", re.I)


def _protected(line: str) -> bool:
    """Prose that follow-ups may reuse: long and written like a sentence (a menu of eighteen
    capitalised items is not), or a quotation."""
    words = line.split()
    if len(words) >= QUOTED_WORDS and any(q in line for q in "\"“”"):
        return True
    lower = sum(w[:1].islower() for w in words)
    return len(words) >= PROSE_WORDS and (lower >= 0.3 * len(words) or line.endswith((".", "!", "?")))


class Furniture:
    def __init__(self) -> None:
        self._pages: dict[int, list[int]] = defaultdict(list)  # line hash -> page numbers
        self._long: dict[int, frozenset[int]] = {}  # page number -> hashes of its long lines
        self._keys: dict[str, int] = {}  # page key -> page number
        self._next = 0

    def __len__(self) -> int:
        return len(self._long)

    def add(self, key: str, text: str) -> None:
        """Remember the lines of one page (a page seen before under `key` is not counted twice)."""
        if key in self._keys:
            return
        if len(self._long) >= CAPACITY:
            self._forget_oldest_half()
        page = self._next
        self._next += 1
        self._keys[key] = page
        lines = _parts(text)
        for entry in lines:
            pages = self._pages[hash(entry)]
            if len(pages) < PAGES_PER_LINE:
                pages.append(page)
        self._long[page] = _long_lines(lines)

    def lines_of(self, key: str, text: str) -> frozenset[str]:
        """The lines of this page (folded) that recur on other pages that are not copies of it."""
        page = self._keys.get(key)
        lines = _parts(text)
        own = self._long.get(page, frozenset()) if page is not None else _long_lines(lines)
        found, recurring_prose = set(), set()
        for entry in lines:
            line = entry[1]
            others = [p for p in self._pages.get(hash(entry), ()) if p != page and p in self._long]
            if len(others) < MIN_PAGES - 1:
                continue
            if sum(not self._copy(own, self._long[p]) for p in others) >= MIN_PAGES - 1:
                (recurring_prose if _protected(line) else found).add(line)
        # Prose printed on other pages between two lines of furniture is a promo box ("Promo" /
        # "Dapatkan cashback ... Syarat dan ketentuan berlaku." / "Cek Promo"), not a reused
        # paragraph.
        # So is prose printed on other pages right under an ad label ("IKLAN" / "Voer Kicau ...
        # Tersedia di toko burung terdekat!").
        for k in range(1, len(lines)):
            if lines[k][1] in recurring_prose and lines[k - 1][1] in found and (
                    _AD_LABEL.match(lines[k - 1][1]) or (k + 1 < len(lines) and lines[k + 1][1] in found)):
                found.add(lines[k][1])
        return frozenset(found)

    @staticmethod
    def _copy(a: frozenset[int], b: frozenset[int]) -> bool:
        """Two pages share at least two long lines and half of the shorter page's."""
        shared = len(a & b)
        return shared >= 2 and shared >= 0.5 * min(len(a), len(b))

    def _forget_oldest_half(self) -> None:
        cut = self._next - CAPACITY // 2
        self._long = {p: v for p, v in self._long.items() if p >= cut}
        self._keys = {k: p for k, p in self._keys.items() if p >= cut}
        pages = defaultdict(list)
        for line, found in self._pages.items():
            kept = [p for p in found if p >= cut]
            if kept:
                pages[line] = kept
        self._pages = pages
