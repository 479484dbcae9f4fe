"""Indonesian sentence splitting and tokenisation, with character offsets.

A period ends a sentence unless it belongs to an abbreviation that stands before a name
or number (data/abbreviations.txt: "Dr.", "Jl.", "No.", "Kab."), an initial ("H. Abdul"),
a number ("Rp 1.500.000", "13.54 WIB", "5/10/2023") or an ellipsis that runs on in lower
case. A closing quote after the period stays with the sentence; a quote that ends with a
comma and a cue ('"…," kata dia.') is one sentence with its cue. A paragraph break always
ends a sentence, so headlines without final punctuation stand alone.
"""

from __future__ import annotations

import re

from .. import resources
from ..model import Sentence

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
# Candidate ends: ., !, ?, … (or runs of them), then closers, then white space.
_END = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(?=\s+)")
_WORD_BEFORE = re.compile(r"([\w.$]+)$")
_NEXT = re.compile(r"\s+([" + re.escape(_OPENERS) + r"]*)(\S)")

_TOKEN = re.compile(
    r"""
    https?://\S+[^\s.,;:!?"')\]]       # URLs
    | [\w.+-]+@[\w-]+\.[\w.-]+\w         # e-mail addresses
    | [A-Za-z]{1,3}\.(?:[A-Za-z]{1,3}\.)+  # initialisms and degrees: a.n. S.H. M.Si.
    | (?:Rp|US\$|RM|\$)(?=\d)           # a currency glued to its amount: Rp9,5
    | \d+(?:[.,:/]\d+)+                  # 1.500.000  3,5  13.54  5/10/2023
    | \w+(?:[-'’]\w+)*                   # words, reduplication: kira-kira, Jum'at
    | \.\.\.|…                           # ellipsis
    | \S                                 # any other single character
    """,
    re.X | re.U,
)


def _abbreviations() -> frozenset[str]:
    return resources.words("abbreviations.txt")


def _is_boundary(text: str, dot_at: int, punct: str, after: int) -> bool:
    """Does the punctuation ending at `after` end a sentence?"""
    m = _NEXT.match(text, after)
    if not m:
        return True
    first = m.group(2)
    if first.islower() or first in ",;:)":
        return False  # runs on: "Tbk. mengumumkan", "…," kata dia
    if punct != ".":
        return True
    word = _WORD_BEFORE.search(text, 0, dot_at)
    token = word.group(1).lower() if word else ""
    bare = token.rstrip(".")
    if bare in _abbreviations() or token.rstrip(".") in _abbreviations():
        return False
    if word and re.fullmatch(r"[A-Z]", word.group(1).rstrip(".")):
        return False  # an initial: "H. Abdul", "M. Nasir"
    if first.isdigit() and bare in {"no", "nomor", "pasal", "ayat", "hlm"}:
        return False
    return True


def split(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`; paragraphs ("\\n\\n") never share a sentence."""
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start = para.start()
        chunk = para.group()
        cursor = 0
        for m in _END.finditer(chunk):
            punct, end = m.group(1), m.end()
            if _is_boundary(chunk, m.start(1), punct, end):
                _add(sentences, text, start + cursor, start + end)
                cursor = end
        _add(sentences, text, start + cursor, start + len(chunk))
    return sentences


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(text[start:end], start, end))


def tokenize(text: str) -> list[tuple[int, int]]:
    """Token spans: words (with their hyphenated and apostrophe forms), numbers, URLs,
    initialisms and abbreviations with their period, and punctuation one mark each."""
    spans = []
    abbreviations = _abbreviations()
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        # "Dr." "Jl." keep their period as one token.
        if end < len(text) and text[end] == "." and m.group().lower() in abbreviations:
            end += 1
        if spans and spans[-1][1] > start:
            continue
        spans.append((start, end))
    return spans
