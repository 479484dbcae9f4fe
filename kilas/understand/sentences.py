"""Indonesian sentence splitting and tokenisation, with character offsets.

A period ends a sentence unless it belongs to
- an abbreviation that stands before a name or number (data/abbreviations.txt: "Dr.",
  "Jl.", "No.", "Kab.", "Plt.", "PT."), or one that stands before a number and is
  followed by one (data/abbreviations_before_number.txt: "hal. 45", "Okt. 2023");
- a company's legal form followed by another (data/company_suffixes.txt: "Pte. Ltd.");
- an initial or a run of them ("H. Abdul", "Agus D.W. Martowardojo"), but not a single
  capital letter after a label word (data/letter_labels.txt: "masuk Grup B.",
  "kuartal I.") nor a letter glued to a word ("APBN-P.");
- a number ("Rp 1.500.000", "13.54 WIB", "5/10/2023") or a list number ("Syaratnya:
  1. KTP 2. KK");
- an ellipsis, abbreviation or quote that runs on in lower case ("dll. dikirim").
Nothing ends inside parentheses that close soon ("(SSK. II)", "(Capsicum annuum L.)"),
nor before a parenthesis that the sentence runs on after ("Tbk. (BBNI) menambah"). A
closing quote after the period stays with the sentence; a quote that ends with a comma
and a cue ('"…," kata dia.') is one sentence with its cue; a quote of several sentences
is split at each. A paragraph break always ends a sentence, so headlines without final
punctuation stand alone.
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
_NEXT_WORD = re.compile(r"\w+")
_PREV_WORD = re.compile(r"(\w+)\s+$")
# What may stand before a list number (besides the start of the sentence): a line break or a colon.
_LIST_START = re.compile(r"[:\n][ \t]*\Z")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")  # "H", "D.W"
# A parenthesis that closes soon after the candidate end, with no other one opening first.
_CLOSES_SOON = re.compile(r"[^()\n]{0,80}\)")
# A short parenthetical right after the candidate end, and the character after it.
_PAREN_NEXT = re.compile(r"\s+\([^()\n]{1,80}\)\s*(\S)")

_TOKEN = re.compile(
    r"""
    https?://\S+[^\s.,;:!?"')\]]       # URLs
    | [\w.+-]+@[\w-]+\.[\w.-]+\w         # e-mail addresses
    | [A-Za-z]{1,3}\.(?:[A-Za-z]{1,3}\.)+  # initialisms and degrees: a.n. S.H. M.Si.
    | (?:Rp|US\$|RM|\$)(?=\d)           # a currency glued to its amount: Rp9,5
    | \d+(?:[.,:/]\d+)+                  # 1.500.000  3,5  13.54  5/10/2023
    | \w+(?:[-'’]\w+)*                   # words, reduplication: kira-kira, Jum'at
    | \.\.\.|…                           # ellipsis
    | ``|''|--                           # doubled quote marks and a doubled dash
    | \S                                 # any other single character
    """,
    re.VERBOSE | re.UNICODE,
)


def _abbreviations() -> frozenset[str]:
    return resources.words("abbreviations.txt")


def _is_boundary(text: str, seg_start: int, dot_at: int, punct: str, after: int) -> bool:
    """Does the punctuation at `dot_at`, with its closers ending at `after`, end the
    sentence that began at `seg_start`?"""
    m = _NEXT.match(text, after)
    if not m:
        return True
    openers, first = m.group(1), m.group(2)
    if first.islower() or (first in ",;:)" and not openers):
        return False  # runs on: "Tbk. mengumumkan", "…," kata dia
    if text.find("(", seg_start, after) >= 0:
        depth = text.count("(", seg_start, after) - text.count(")", seg_start, after)
        if depth > 0 and _CLOSES_SOON.match(text, after):
            return False  # inside parentheses: "(SSK. II)", "(Capsicum annuum L.)"
    if openers.startswith("("):
        p = _PAREN_NEXT.match(text, after)
        if p and (p.group(1).islower() or p.group(1) in ",;:"):
            return False  # "Tbk. (BBNI) menambah", "Ltd. (SPA), perusahaan"
    if punct != ".":
        return True
    word = _WORD_BEFORE.search(text, 0, dot_at)
    if not word:
        return True
    raw = word.group(1).rstrip(".")
    bare = raw.lower()
    if bare in _abbreviations():
        return False
    if first.isdigit() and bare in resources.words("abbreviations_before_number.txt"):
        return False  # "No. 12", "hal. 45", "Okt. 2023"
    if bare in resources.words("company_suffixes.txt"):
        nxt = _NEXT_WORD.match(text, m.start(2))
        if nxt and nxt.group().lower() in resources.words("company_suffixes.txt"):
            return False  # "Co. Ltd.", "Sdn. Bhd."
    if raw.isdigit() and len(raw) <= 2 and _is_list_number(text, seg_start, word.start(), int(raw)):
        return False  # a list number: "Syaratnya: 1. KTP 2. KK", "\n2. Kabupaten Bandung"
    if _INITIALS.fullmatch(raw) and _stands_alone(text, word.start()):
        if len(raw) == 1:
            prev = _PREV_WORD.search(text, max(0, word.start() - 40), word.start())
            if prev and prev.group(1).lower() in resources.words("letter_labels.txt"):
                return True  # a label, not an initial: "masuk Grup B.", "kuartal I."
        return False  # an initial: "H. Abdul", "M. Nasir", "Agus D.W. Martowardojo"
    return True


def _is_list_number(text: str, seg_start: int, at: int, n: int) -> bool:
    """Is the number `n` at `at` an item number: after a colon or at the start of the
    sentence or a line ("Syaratnya: 1."), or after item `n - 1` of the same sentence?"""
    before = text[seg_start:at]
    if not before.strip() or _LIST_START.search(before):
        return True
    return n > 1 and re.search(rf"(?:^|[\s:]){n - 1}\. ", before) is not None


def _stands_alone(text: str, at: int) -> bool:
    """Does the word at `at` start after a space, an opener or the start of the text
    (not glued to another word, as "P" in "APBN-P")?"""
    return at == 0 or text[at - 1].isspace() or text[at - 1] in _OPENERS


def split(text: str) -> list[Sentence]:
    """Sentences with offsets into `text`; paragraphs ("\\n\\n") never share a sentence."""
    sentences: list[Sentence] = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        start = para.start()
        chunk = para.group()
        cursor = 0
        for m in _END.finditer(chunk):
            punct, end = m.group(1), m.end()
            if _is_boundary(chunk, cursor, m.start(1), punct, end):
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
