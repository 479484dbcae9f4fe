"""Loaders for the public Indonesian data sets used by the kilas benchmarks.

Every loader takes the data root (default: ``../shared/data`` relative to the
repository root) and returns plain Python structures (lists, dicts, tuples,
strings, ints). Nothing here imports kilas, and nothing is cached or copied:
the data stays where it is.

Summary of what each loader returns (details in each docstring):

=====================  ======================================================
``ud_sentences``       UD Indonesian-GSD / -CSUI as documents of 10 sentences
                       with gold sentence and token character offsets.
``ner_sentences``      Five NER sets as ``(tokens, tags)`` with BIO tags on
                       a unified label set (see ``NER_LABEL_MAPS``).
``pfsa_articles``      PFSA-ID quote attribution, re-assembled into articles
                       with character-offset spans and derived
                       statement -> speaker pairs.
``indotimex_docs``     IndoTimex TimeML: text, creation time and TIMEX3 spans.
``indosum_articles``   IndoSum articles, detokenised, with abstractive summary
                       and extractive labels.
``html_pages``         Raw news HTML with gold title / date / body where known.
``detik_raw``          500-ish raw detik.com articles from 2025 (CSV).
=====================  ======================================================

Text reconstruction helpers ``detokenise``, ``detokenise_with_offsets`` and
``detokenise_sentences`` are public because the runner needs them too (for
example to turn a tokenised summary into a string).
"""
from __future__ import annotations

import csv
import datetime as _dt
import hashlib
import html as _html
import json
import re
from pathlib import Path
from typing import Iterable, Sequence
from zoneinfo import ZoneInfo

__all__ = [
    "DEFAULT_ROOT", "data_root", "data_available",
    "detokenise", "detokenise_with_offsets", "detokenise_sentences",
    "ud_sentences", "ner_sentences", "NER_DATASETS", "NER_LABEL_MAPS",
    "UNIFIED_NER_LABELS", "to_bio", "bio_spans",
    "pfsa_articles", "pfsa_attributions", "PFSA_LABELS",
    "indotimex_docs", "indosum_articles", "html_pages", "detik_raw",
]

#: ``<repo root>/../shared/data``; /work/shared/data on the development machine.
DEFAULT_ROOT = Path(__file__).resolve().parent.parent.parent / "shared" / "data"

JAKARTA = ZoneInfo("Asia/Jakarta")


def data_root(root: str | Path | None = None) -> Path:
    """Return ``root`` as a Path, or ``DEFAULT_ROOT`` when it is None."""
    return Path(root) if root is not None else DEFAULT_ROOT


def data_available(root: str | Path | None = None) -> bool:
    """True when the shared data folder exists (tests skip when it does not)."""
    return data_root(root).is_dir()


def _read_text(path: Path) -> str:
    """Read a text file as UTF-8, falling back to cp1252; CRLF/CR become LF."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------------------
# Detokenisation
# ---------------------------------------------------------------------------

_OPEN_BRACKETS = {"(", "[", "{", "<"}
_CLOSE_PUNCT = {",", ".", ";", ":", "?", "!", ")", "]", "}", ">", "%", "…",
                "...", "..", "?!", "!?", "'s", "’s", "n't"}
_OPEN_QUOTES = {"“", "‘", "«", "``", "„"}
_CLOSE_QUOTES = {"’", "»", "''"}
# Quote characters that may open or close; resolved by parity per family.
_AMBIGUOUS_QUOTES = {'"': "double", "”": "double", "'": "single"}
_QUOTE_FAMILY = {"“": "double", "„": "double", "``": "double", "‘": "single",
                 "’": "single", "''": "double", "«": "guillemet", "»": "guillemet"}
_WS_RUN = re.compile(r"\s+")


def detokenise_with_offsets(tokens: Sequence[str], quote_hints: dict | None = None,
                            breaks: Iterable[int] = ()) -> tuple[str, list[tuple[int, int]]]:
    """Join tokens into text the way Indonesian news is written.

    Rules: no space before ``, . ; : ? ! ) ] } %`` and closing quotes; no space
    after ``( [ {`` and opening quotes; ``/`` between two numbers is glued
    (``18 / 8 / 2016`` -> ``18/8/2016``). Straight ``"``, ``'`` and the curly
    ``”`` (which Indonesian sources often use for both sides) are resolved
    by parity inside the stream: the first opens, the next closes.
    ``quote_hints`` maps a token index to ``"open"`` or ``"close"`` to
    override parity (used for PFSA-ID, whose STATEMENT spans mark quotes).
    Whitespace-only tokens are dropped (they get an empty span); inner
    whitespace runs inside a token become one space. ``breaks`` are token
    indices before which parity is reset (paragraph starts).

    Returns ``(text, offsets)`` with one ``(start, end)`` per input token.
    """
    quote_hints = quote_hints or {}
    breaks = set(breaks)
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    inside = {"double": False, "single": False, "guillemet": False}
    prev_kind = None          # "open" | "close" | "word" | None
    prev_tok = None
    glue_next = False
    n = len(tokens)
    for i, raw in enumerate(tokens):
        if i in breaks:
            inside = dict.fromkeys(inside, False)
        tok = _WS_RUN.sub(" ", raw).strip()
        if not tok:
            offsets.append((pos, pos))
            continue
        # classify the token
        hint = quote_hints.get(i)
        fam = _AMBIGUOUS_QUOTES.get(tok) or _QUOTE_FAMILY.get(tok)
        if fam is not None and hint in ("open", "close"):
            kind = hint
            inside[fam] = hint == "open"
        elif tok in _AMBIGUOUS_QUOTES:
            kind = "close" if inside[fam] else "open"
            inside[fam] = not inside[fam]
        elif tok in _OPEN_QUOTES:
            kind = "open"
            inside[fam] = True
        elif tok in _CLOSE_QUOTES:
            kind = "close"
            inside[fam] = False
        elif tok in _OPEN_BRACKETS:
            kind = "open"
        elif tok in _CLOSE_PUNCT:
            kind = "close"
        else:
            kind = "word"
        # "/" between numbers: 18 / 8 / 2016 -> 18/8/2016
        slash_glue = (tok == "/" and prev_tok is not None and prev_tok[-1:].isdigit()
                      and i + 1 < n and tokens[i + 1].strip()[:1].isdigit())
        space = bool(out) and not (prev_kind == "open" or kind == "close"
                                   or slash_glue or glue_next)
        glue_next = slash_glue
        if space:
            out.append(" ")
            pos += 1
        offsets.append((pos, pos + len(tok)))
        out.append(tok)
        pos += len(tok)
        prev_kind, prev_tok = kind, tok
    return "".join(out), offsets


def detokenise(tokens: Sequence[str]) -> str:
    """Join tokens into a string (see ``detokenise_with_offsets``)."""
    return detokenise_with_offsets(tokens)[0]


def detokenise_sentences(sentences: Sequence[Sequence[str]], quote_hints: dict | None = None
                         ) -> tuple[str, list[tuple[int, int]], list[list[tuple[int, int]]]]:
    """Detokenise consecutive tokenised sentences as one stream.

    Quote parity is carried across sentence boundaries (a quotation often spans
    sentences). Sentences are separated by a single space unless the
    punctuation rules glue them. ``quote_hints`` indexes the flattened token
    list. Returns ``(text, sentence_spans, token_spans_per_sentence)``.
    """
    flat = [t for s in sentences for t in s]
    text, offs = detokenise_with_offsets(flat, quote_hints)
    sent_spans, tok_spans, k = [], [], 0
    for s in sentences:
        o = offs[k:k + len(s)]
        k += len(s)
        nonempty = [x for x in o if x[1] > x[0]] or o
        sent_spans.append((nonempty[0][0], nonempty[-1][1]) if nonempty else (0, 0))
        tok_spans.append(o)
    return text, sent_spans, tok_spans


# ---------------------------------------------------------------------------
# Universal Dependencies
# ---------------------------------------------------------------------------

_UD_FILES = {
    ("GSD", "dev"): "ud/UD_Indonesian-GSD/id_gsd-ud-dev.conllu",
    ("GSD", "test"): "ud/UD_Indonesian-GSD/id_gsd-ud-test.conllu",
    ("CSUI", "train"): "ud/UD_Indonesian-CSUI/id_csui-ud-train.conllu",
    ("CSUI", "test"): "ud/UD_Indonesian-CSUI/id_csui-ud-test.conllu",
}


def _parse_conllu(path: Path) -> list[dict]:
    """Sentences of a CoNLL-U file: id, text, newdoc flag and surface tokens.

    A surface token is ``(form, space_after)``. Multiword-token lines
    (``3-4``) are one surface token and their parts are skipped; empty nodes
    (``5.1``) are skipped.
    """
    sents, cur = [], None
    skip_until = 0
    for line in _read_text(path).split("\n"):
        if not line.strip():
            if cur is not None:
                sents.append(cur)
            cur, skip_until = None, 0
            continue
        if cur is None:
            cur = {"sent_id": None, "text": None, "newdoc": False, "tokens": []}
        if line.startswith("#"):
            key, _, val = line[1:].partition("=")
            key = key.strip()
            if key == "sent_id":
                cur["sent_id"] = val.strip()
            elif key == "text":
                cur["text"] = val.strip()
            elif key.startswith("newdoc"):
                cur["newdoc"] = True
            continue
        cols = line.split("\t")
        tid, form, misc = cols[0], cols[1], cols[9] if len(cols) > 9 else "_"
        space_after = "SpaceAfter=No" not in misc.split("|")
        if "-" in tid:
            a, b = (int(x) for x in tid.split("-"))
            skip_until = b
            cur["tokens"].append((form, space_after))
        elif "." in tid:
            continue
        elif int(tid) <= skip_until:
            continue
        else:
            cur["tokens"].append((form, space_after))
    if cur is not None:
        sents.append(cur)
    return sents


def ud_sentences(root: str | Path | None = None, treebank: str = "GSD", split: str = "test",
                 doc_size: int = 10) -> list[dict]:
    """UD Indonesian sentences grouped into documents, with gold offsets.

    Available: ``treebank="GSD"`` with ``split`` ``"dev"`` (559 sentences) or
    ``"test"`` (557); ``treebank="CSUI"`` with ``"train"`` (656) or
    ``"test"`` (374). Format: CoNLL-U, one ``# sent_id``, ``# text`` (and
    ``# text_en``, ignored) per sentence, no ``# newdoc`` markers.

    Because neither treebank marks documents, consecutive sentences are grouped
    in blocks of ``doc_size`` (default 10; the last block may be shorter). A
    ``# newdoc`` line, if a future release adds them, also starts a document.

    Each document is a dict:

    * ``id``: ``"<treebank>-<split>-<n>"``;
    * ``text``: the ``# text`` lines joined with a single space;
    * ``sentences``: ``[(start, end)]`` character offsets of each sentence;
    * ``tokens``: ``[(start, end)]`` of each surface token (a multiword token
      such as ``membelinya`` = ``membeli`` + ``nya`` is one token), located by
      searching forward in ``text``;
    * ``sent_ids``: the CoNLL-U sentence ids;
    * ``token_problems``: count of tokens whose position disagreed with the
      surface text or with ``SpaceAfter=No`` (0 on the shipped data).
    """
    key = (treebank.upper().replace("UD_INDONESIAN-", ""), split.lower())
    if key not in _UD_FILES:
        raise ValueError(f"no UD file for {key}; have {sorted(_UD_FILES)}")
    sents = _parse_conllu(data_root(root) / _UD_FILES[key])
    groups: list[list[dict]] = []
    for s in sents:
        if not groups or s["newdoc"] or len(groups[-1]) >= doc_size:
            groups.append([])
        groups[-1].append(s)
    docs = []
    for n, group in enumerate(groups):
        text = " ".join(s["text"] for s in group)
        sent_spans, tok_spans, problems = [], [], 0
        base = 0
        for s in group:
            start, end = base, base + len(s["text"])
            sent_spans.append((start, end))
            cursor, prev_space = start, True
            for form, space_after in s["tokens"]:
                at = text.find(form, cursor, end)
                if at < 0:
                    problems += 1
                    continue
                gap = text[cursor:at]
                if gap.strip() or (not prev_space and gap) or (prev_space and cursor > start and not gap):
                    problems += 1
                tok_spans.append((at, at + len(form)))
                cursor, prev_space = at + len(form), space_after
            base = end + 1
        docs.append({"id": f"{key[0]}-{key[1]}-{n:03d}", "text": text, "sentences": sent_spans,
                     "tokens": tok_spans, "sent_ids": [s["sent_id"] for s in group],
                     "token_problems": problems})
    return docs


# ---------------------------------------------------------------------------
# Named entities
# ---------------------------------------------------------------------------

#: Unified entity labels. ``OTHER`` is part of the label set but no source
#: label maps to it by default: every label not listed is dropped to ``O``.
UNIFIED_NER_LABELS = ("PER", "ORG", "LOC", "EVT", "OTHER")

#: Source label -> unified label, per data set. Labels absent from a map
#: (and any map value of None) become ``O``.
NER_LABEL_MAPS: dict[str, dict[str, str | None]] = {
    # IndoNLU NERGrit: PERSON, PLACE, ORGANISATION (British spelling).
    "nergrit": {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    # IndoNLU NERP (Prosa): PPL person, PLC place, IND organisation/industry
    # (also brands, products and titles), EVT event, FNB food & beverage.
    "nerp": {"PPL": "PER", "IND": "ORG", "PLC": "LOC", "EVT": "EVT", "FNB": None},
    # idner-news-2k: PER, ORG, LOC already.
    "idner2k": {"PER": "PER", "ORG": "ORG", "LOC": "LOC"},
    # IndoLEM NER-UI: PERSON, ORGANIZATION, LOCATION.
    "nerui": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC"},
    # IndoLEM NER-UGM: + TIME, QUANTITY (dropped).
    "nerugm": {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC",
               "TIME": None, "QUANTITY": None},
}

NER_DATASETS = {
    "nergrit": "ner/indonlu_nergrit_ner-grit",
    "nerp": "ner/indonlu_nerp_ner-prosa",
    "idner2k": "ner/idner-news-2k",
    "nerui": "ner/indolem_ner_nerui",
    "nerugm": "ner/indolem_ner_nerugm",
}
_NER_ALIASES = {
    "indonlu_nergrit_ner-grit": "nergrit", "ner-grit": "nergrit", "nergrit": "nergrit",
    "indonlu_nerp_ner-prosa": "nerp", "ner-prosa": "nerp", "nerp": "nerp",
    "idner-news-2k": "idner2k", "idner2k": "idner2k", "idner": "idner2k",
    "indolem_ner_nerui": "nerui", "nerui": "nerui",
    "indolem_ner_nerugm": "nerugm", "nerugm": "nerugm",
}


def to_bio(tags: Sequence[str], mapping: dict[str, str | None] | None = None) -> tuple[list[str], int]:
    """Map labels and repair a tag sequence into strict BIO.

    Accepts BIO, IOB1, BILOU/IOBES prefixes (``B- I- L- E- U- S-``). ``mapping``
    maps source labels to unified ones (missing or None -> ``O``). An ``I-X``
    that does not continue an ``X`` chunk starts a new chunk (``B-X``): this
    converts IOB1 and fixes stray tags. Returns ``(bio_tags, n_repaired)``.
    """
    out, repaired, prev = [], 0, "O"
    for t in tags:
        if t in ("O", "", "_") or "-" not in t:
            out.append("O")
            prev = "O"
            continue
        prefix, label = t.split("-", 1)
        if mapping is not None:
            label = mapping.get(label)
            if label is None:
                out.append("O")
                prev = "O"
                continue
        if prefix in ("B", "U", "S"):
            new = "B-" + label
        elif prev != "O" and prev[2:] == label:
            new = "I-" + label
        else:
            new = "B-" + label
            repaired += 1
        out.append(new)
        prev = new
    return out, repaired


def bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entity chunks ``(label, start, end)`` (token indices, end exclusive) of a BIO sequence."""
    spans, cur = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("I-") and cur is not None and cur[0] == t[2:]:
            continue
        if cur is not None:
            spans.append((cur[0], cur[1], i))
            cur = None
        if t != "O" and "-" in t:
            cur = (t.split("-", 1)[1], i)
    return spans


def _read_conll_columns(path: Path, sep: str | None) -> list[tuple[list[str], list[str]]]:
    sents, toks, tags = [], [], []
    for line in _read_text(path).split("\n"):
        if not line.strip():
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        cols = line.split(sep) if sep else line.split(" ")
        toks.append(cols[0])
        tags.append(cols[-1].strip())
    if toks:
        sents.append((toks, tags))
    return sents


def ner_sentences(root: str | Path | None = None, dataset: str = "nergrit", split: str = "test",
                  fold: int = 1, raw: bool = False) -> list[tuple[list[str], list[str]]]:
    """NER sentences as ``(tokens, tags)`` with unified BIO tags.

    ``dataset`` (short names; folder names also accepted):

    * ``"nergrit"``: ``train|valid|test_preprocess.txt``, ``token<TAB>tag``,
      BIO, 1672/209/209 sentences. The test file here carries real labels
      (``test_preprocess_masked_label.txt`` is the masked copy; not used).
    * ``"nerp"``: same layout, 6720/840/840, lower-cased text.
    * ``"idner2k"``: ``train|dev|test.txt``, ``token POS tag`` separated by
      one space, CRLF line ends, 1464/367/509.
    * ``"nerui"`` and ``"nerugm"``: IndoLEM 5-fold cross-validation files
      ``train.0K.tsv``, ``dev.0K.tsv``, ``test.0K.tsv`` (``token<TAB>tag``,
      BIO) with K = ``fold`` (1-5); ``split="full"`` reads the whole corpus
      (``nergithub.txt`` / ``nerugm.txt``).

    ``split`` accepts ``dev`` and ``valid`` as synonyms. Tags are mapped with
    ``NER_LABEL_MAPS[dataset]`` and repaired to strict BIO by ``to_bio`` (a
    few stray ``I-`` tags occur in NERP and NER-UGM; none of the sets is IOB1).
    ``raw=True`` returns the source tags untouched.
    """
    name = _NER_ALIASES.get(dataset.lower().split("/")[-1])
    if name is None:
        raise ValueError(f"unknown NER dataset {dataset!r}; have {sorted(NER_DATASETS)}")
    folder = data_root(root) / NER_DATASETS[name]
    split = split.lower()
    if name in ("nergrit", "nerp"):
        split = {"dev": "valid"}.get(split, split)
        path, sep = folder / f"{split}_preprocess.txt", "\t"
    elif name == "idner2k":
        split = {"valid": "dev"}.get(split, split)
        path, sep = folder / f"{split}.txt", " "
    else:
        split = {"valid": "dev"}.get(split, split)
        if split == "full":
            path = folder / ("nergithub.txt" if name == "nerui" else "nerugm.txt")
        else:
            path = folder / f"{split}.{int(fold):02d}.tsv"
        sep = "\t"
    if not path.exists():
        raise FileNotFoundError(path)
    sents = _read_conll_columns(path, sep)
    if raw:
        return sents
    mapping = NER_LABEL_MAPS[name]
    return [(toks, to_bio(tags, mapping)[0]) for toks, tags in sents]


# ---------------------------------------------------------------------------
# PFSA-ID quote attribution
# ---------------------------------------------------------------------------

PFSA_LABELS = ("PERSON", "PERSONCOREF", "ROLE", "AFFILIATION", "CUE", "CUECOREF",
               "STATEMENT", "ISSUE", "DATETIME", "LOCATION", "EVENT")
_SPEAKER = ("PERSON", "PERSONCOREF")
_QUOTE_TOKENS = {'"', "“", "”", "'", "‘", "’"}


def _bilou_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Chunks ``(label, start, end)`` of a BILOU (or BIO) tag sequence."""
    spans, cur = [], None
    for i, t in enumerate(tags):
        if t == "O" or "-" not in t:
            if cur:
                spans.append(tuple(cur))
                cur = None
            continue
        p, lab = t.split("-", 1)
        if p in ("B", "U", "S") or cur is None or cur[0] != lab:
            if cur:
                spans.append(tuple(cur))
            cur = [lab, i, i + 1]
        else:
            cur[2] = i + 1
        if p in ("L", "U", "E", "S"):
            spans.append(tuple(cur))
            cur = None
    if cur:
        spans.append(tuple(cur))
    return spans


_DASHES = {"—", "–", "-", "--"}


def _is_dateline(tokens: Sequence[str]) -> bool:
    """Kompas dateline opening an article: ``JAKARTA , KOMPAS —`` (1-3 place words)."""
    for j in range(1, 4):
        if len(tokens) < j + 3:
            return False
        if tokens[j] == ",":
            return (all(t[:1].isalpha() and t[:1].isupper() for t in tokens[:j])
                    and tokens[j + 1].upper() == "KOMPAS" and tokens[j + 2] in _DASHES)
    return False


def pfsa_articles(root: str | Path | None = None, subset: str = "dev-40") -> list[dict]:
    """PFSA-ID (public-figure statement attribution) articles.

    Source: ``quotes/pfsa-id/dev/<subset>.txt`` with ``subset`` one of
    ``dev-20``, ``dev-30``, ``dev-40`` (each contains the smaller ones).
    Format: one ``token<TAB>tag`` per line, a blank line between sentences,
    tags in BILOU (``B- I- L-`` for multi-token, ``U-`` for single-token
    spans) over 11 labels (``PFSA_LABELS``). LF line ends, UTF-8, no document
    markers and no paragraph breaks.

    Article boundaries are not in the file; they are recovered here. An
    article starts at every Kompas dateline sentence (``JAKARTA , KOMPAS —``,
    1-3 capitalised place words, comma, ``KOMPAS``, a dash). The corpus also
    has one ISSUE span per article (408 in dev-40, matching the ~408
    articles the data README gives), so an ISSUE sentence with no dateline
    since the previous ISSUE starts an article too (feature articles have no
    dateline). This is an approximation: the lead sentences of a feature
    whose ISSUE comes late stay with the previous article, and a dateline
    article may carry no ISSUE span. Result: 204 / 307 / 409 articles for
    dev-20 / dev-30 / dev-40 (one dateline article without ISSUE in each).

    Each article dict:

    * ``id``: ``"<subset>-<nnn>"``; ``first_sentence``: index in the file;
    * ``sentences``: list of token lists; ``tags``: matching BILOU tag lists;
    * ``text``: detokenised article (sentences joined with one space, quote
      marks attached to their words); ``sentence_spans``: char offsets;
    * ``spans``: ``[{"label", "start", "end", "tokens", "token_start",
      "token_end"}]`` sorted by position; ``start``/``end`` index ``text``;
      ``token_*`` index the article's flattened token list;
    * ``attributions``: ``pfsa_attributions(article)`` (see there).

    How statements are tied to speakers: the data has no explicit links.
    By the annotation convention STATEMENT spans are direct quotations,
    quote marks included, and each is immediately followed by its attribution
    clause: a CUE verb (``kata``, ``ujar``, ``tutur``...) then the speaker as
    PERSON or, more often, PERSONCOREF (a later short mention such as a
    surname), possibly with ROLE/AFFILIATION, e.g. ``” Kami ... , ” kata
    Benyamin .``; or a CUECOREF (``katanya``, ``ujarnya``: the ``-nya``
    suffix is the speaker) with no name, in which case the speaker is the
    previously named person. ``pfsa_attributions`` implements this.
    """
    path = data_root(root) / "quotes" / "pfsa-id" / "dev" / f"{subset}.txt"
    sents: list[tuple[list[str], list[str]]] = []
    for block in _read_text(path).split("\n\n"):
        toks, tags = [], []
        for line in block.split("\n"):
            if not line:
                continue
            tok, _, tag = line.partition("\t")
            toks.append(tok)
            tags.append(tag.strip() or "O")
        if toks:
            sents.append((toks, tags))

    issue = [i for i, (_, tags) in enumerate(sents) if any(t in ("B-ISSUE", "U-ISSUE") for t in tags)]
    datelines = [i for i, (toks, _) in enumerate(sents) if _is_dateline(toks)]
    starts_set, prev = {0, *datelines}, -1
    for i in issue:
        if not any(prev < d <= i for d in datelines):
            starts_set.add(i)
        prev = i
    starts = sorted(starts_set)
    bounds = starts + [len(sents)]

    articles = []
    for n in range(len(starts)):
        chunk = sents[bounds[n]:bounds[n + 1]]
        flat_tok = [t for toks, _ in chunk for t in toks]
        flat_tag = [t for _, tags in chunk for t in tags]
        raw_spans = _bilou_spans(flat_tag)
        hints = {}
        for lab, a, b in raw_spans:
            if lab == "STATEMENT":
                if flat_tok[a] in _QUOTE_TOKENS:
                    hints[a] = "open"
                if flat_tok[b - 1] in _QUOTE_TOKENS and b - 1 != a:
                    hints[b - 1] = "close"
        text, sent_spans, tok_spans = detokenise_sentences([toks for toks, _ in chunk], hints)
        offs = [o for s in tok_spans for o in s]
        spans = [{"label": lab, "start": offs[a][0], "end": offs[b - 1][1],
                  "tokens": flat_tok[a:b], "token_start": a, "token_end": b}
                 for lab, a, b in raw_spans]
        art = {"id": f"{subset}-{n:03d}", "first_sentence": bounds[n],
               "sentences": [toks for toks, _ in chunk], "tags": [tags for _, tags in chunk],
               "text": text, "sentence_spans": sent_spans, "token_spans": offs, "spans": spans}
        art["attributions"] = pfsa_attributions(art)
        articles.append(art)
    return articles


def pfsa_attributions(article: dict, window: int = 40) -> list[dict]:
    """Pair each STATEMENT of a PFSA-ID article with its speaker, by convention.

    For every STATEMENT span (in order) look at the attribution clause right
    after it: the tokens up to the next ``. ? !``, the next STATEMENT, or
    ``window`` tokens. In that clause:

    * a PERSON/PERSONCOREF -> speaker (``via="after"``), with the CUE and any
      ROLE/AFFILIATION spans of the clause;
    * else a CUECOREF (``katanya``) or CUE without a name -> speaker is the
      last PERSON/PERSONCOREF before the statement (``via="antecedent"``);
    * else, if the sentence before the statement holds a CUE and a speaker
      (``X mengatakan , ” ... ”``) -> that speaker (``via="before"``);
    * else the last PERSON/PERSONCOREF before it (``via="fallback"``) or None.

    ``speaker_name`` resolves a PERSONCOREF (``Benyamin``) to the latest
    earlier PERSON mention containing its words (``Benyamin Davnie``), else
    keeps the mention text. Returns ``[{"statement", "speaker", "cue", "role",
    "affiliation", "via", "speaker_name"}]`` where the first five are indices
    into ``article["spans"]`` (``role``/``affiliation`` are lists).
    """
    spans = article["spans"]
    toks = [t for s in article["sentences"] for t in s]
    text = article["text"]
    out = []

    def mention(i):
        return text[spans[i]["start"]:spans[i]["end"]]

    def canonical(i):
        if i is None:
            return None
        sp = spans[i]
        if sp["label"] == "PERSON":
            return mention(i)
        words = {w.lower() for w in sp["tokens"]}
        for j in range(i - 1, -1, -1):
            if spans[j]["label"] == "PERSON" and words <= {w.lower() for w in spans[j]["tokens"]}:
                return mention(j)
        return mention(i)

    def last_speaker_before(tok):
        best = None
        for j, sp in enumerate(spans):
            if sp["label"] in _SPEAKER and sp["token_end"] <= tok:
                best = j
        return best

    stmt_starts = sorted(sp["token_start"] for sp in spans if sp["label"] == "STATEMENT")
    for si, st in enumerate(spans):
        if st["label"] != "STATEMENT":
            continue
        a, b = st["token_start"], st["token_end"]
        end = min(len(toks), b + window)
        for k in range(b, end):
            if toks[k] in (".", "?", "!"):
                end = k + 1
                break
        nxt = [s for s in stmt_starts if s >= b]
        if nxt:
            end = min(end, nxt[0])
        clause = [j for j, sp in enumerate(spans) if b <= sp["token_start"] < end]
        cue = next((j for j in clause if spans[j]["label"] in ("CUE", "CUECOREF")), None)
        speaker = next((j for j in clause if spans[j]["label"] in _SPEAKER), None)
        role = [j for j in clause if spans[j]["label"] == "ROLE"]
        aff = [j for j in clause if spans[j]["label"] == "AFFILIATION"]
        via = "after" if speaker is not None else None
        if speaker is None and cue is not None:
            speaker, via = last_speaker_before(a), "antecedent"
        if speaker is None:
            # previous sentence: "X mengatakan , ” ... ”"
            k = a - 1
            while k > 0 and toks[k - 1] not in (".", "?", "!"):
                k -= 1
            before = [j for j, sp in enumerate(spans) if k <= sp["token_start"] and sp["token_end"] <= a]
            b_cue = next((j for j in before if spans[j]["label"] in ("CUE", "CUECOREF")), None)
            b_spk = [j for j in before if spans[j]["label"] in _SPEAKER]
            if b_cue is not None and b_spk:
                speaker, cue, via = b_spk[-1], b_cue, "before"
                role = [j for j in before if spans[j]["label"] == "ROLE"]
                aff = [j for j in before if spans[j]["label"] == "AFFILIATION"]
        if speaker is None:
            speaker = last_speaker_before(a)
            via = "fallback" if speaker is not None else None
        out.append({"statement": si, "speaker": speaker, "cue": cue, "role": role,
                    "affiliation": aff, "via": via, "speaker_name": canonical(speaker)})
    return out


# ---------------------------------------------------------------------------
# IndoTimex
# ---------------------------------------------------------------------------

_ATTR = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')


def indotimex_docs(root: str | Path | None = None, subset: str = "gold") -> list[dict]:
    """IndoTimex TimeML documents (Kompas news, Dec 2014).

    ``subset="gold"`` (13 files in ``time/indotimex/gold``: TIMEX3 with
    normalised values) or ``"kompas_development"`` (50 files, creation time
    only, no TIMEX3 in the text). Files are XML-ish TimeML with CRLF line
    ends; some development files are cp1252 (decoded with a fallback), so they
    are parsed with regular expressions, not an XML parser.

    Each dict: ``id`` (DOCID), ``dct`` (creation time ``value``, ISO, e.g.
    ``2014-12-29``), ``dct_text`` (``Senin, 29 Desember 2014``), ``title``,
    ``text`` (the TEXT element with tags removed, entities unescaped, line
    ends LF, outer whitespace stripped) and ``timexes``: ``[{"start", "end",
    "text", "type", "value", "tid"}]`` with offsets into ``text``. The DCT's
    own TIMEX3 (``t0``) is not in ``timexes``.
    """
    folder = data_root(root) / "time" / "indotimex" / subset
    docs = []
    for path in sorted(folder.glob("*.tml")):
        s = _read_text(path)
        docid = re.search(r"<DOCID>(.*?)</DOCID>", s, re.S)
        dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>(.*?)</TIMEX3>\s*</DCT>", s, re.S)
        title = re.search(r"<TITLE>(.*?)</TITLE>", s, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", s, re.S)
        body = body.group(1) if body else ""
        parts, timexes, pos, last = [], [], 0, 0
        for m in re.finditer(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>|<[^>]+>", body, re.S):
            chunk = _html.unescape(body[last:m.start()])
            parts.append(chunk)
            pos += len(chunk)
            if m.group(2) is not None:
                inner = _html.unescape(re.sub(r"<[^>]+>", "", m.group(2)))
                attrs = dict(_ATTR.findall(m.group(1)))
                timexes.append({"start": pos, "end": pos + len(inner), "text": inner,
                                "type": attrs.get("type"), "value": attrs.get("value"),
                                "tid": attrs.get("tid")})
                parts.append(inner)
                pos += len(inner)
            last = m.end()
        parts.append(_html.unescape(body[last:]))
        text = "".join(parts)
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        for t in timexes:
            t["start"] -= lead
            t["end"] -= lead
        dattrs = dict(_ATTR.findall(dct.group(1))) if dct else {}
        docs.append({"id": docid.group(1).strip() if docid else path.stem,
                     "dct": dattrs.get("value"),
                     "dct_text": _html.unescape(dct.group(2)).strip() if dct else None,
                     "title": _html.unescape(title.group(1)).strip() if title else None,
                     "text": text, "timexes": timexes})
    return docs


# ---------------------------------------------------------------------------
# IndoSum
# ---------------------------------------------------------------------------

def _indosum_split_of(article_id: str) -> str:
    """Harness-defined split: sha1(id) -> 'dev' for 1 in 4, else 'test'."""
    return "dev" if int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 4 == 0 else "test"


def indosum_articles(root: str | Path | None = None, split: str | None = None) -> list[dict]:
    """IndoSum news articles with gold summaries.

    Source: ``summaries/indosum/articles.jsonl`` (1720 articles, 10 outlets,
    2016-2018). Its README describes 5-fold ``train/dev/test.0X.jsonl`` files,
    but only ``articles.jsonl`` is here and it carries no split or fold
    field. Each JSON line has ``id`` (starts with a unix time), ``paragraphs``
    (list of paragraphs; paragraph = list of sentences; sentence = list of
    tokens), ``summary`` (list of tokenised sentences), ``gold_labels`` (one
    bool per sentence, nested like ``paragraphs``: the extractive oracle),
    ``category``, ``source`` (the outlet) and ``source_url``.

    ``split``: None or ``"all"`` -> every article. ``"dev"`` / ``"test"``
    -> a harness-defined, stable partition (sha1 of the id; about 1 in 4 to
    dev) so that parameters such as k can be tuned on dev and reported on test.
    It is not IndoSum's official fold split.

    Each dict: ``id``, ``outlet``, ``category``, ``url``, ``date`` (UTC date
    from the id's unix time), ``paragraphs`` (list of lists of detokenised
    sentence strings), ``sentences`` (flattened), ``text`` (paragraphs joined
    by a blank line, sentences by one space), ``summary`` (detokenised
    sentence strings), ``gold_labels`` (as given, nested) and
    ``gold_indices`` (positions of the true labels in ``sentences``).
    Whitespace-only tokens (``\\xa0``, ``\\n``: present in the source) are
    dropped by the detokeniser.
    """
    path = data_root(root) / "summaries" / "indosum" / "articles.jsonl"
    if split not in (None, "all", "dev", "test"):
        raise ValueError("split must be None, 'all', 'dev' or 'test' (harness-defined; see docstring)")
    out = []
    for line in _read_text(path).split("\n"):
        if not line.strip():
            continue
        r = json.loads(line)
        if split in ("dev", "test") and _indosum_split_of(r["id"]) != split:
            continue
        paragraphs = []
        for para in r["paragraphs"]:
            text, spans, _ = detokenise_sentences(para)
            paragraphs.append([text[a:b] for a, b in spans])
        stext, sspans, _ = detokenise_sentences(r["summary"])
        flat_labels = [bool(x) for p in r["gold_labels"] for x in p]
        try:
            date = _dt.datetime.fromtimestamp(int(r["id"].split("-", 1)[0]), _dt.timezone.utc).date().isoformat()
        except ValueError:
            date = None
        sentences = [s for p in paragraphs for s in p]
        out.append({"id": r["id"], "outlet": r.get("source"), "category": r.get("category"),
                    "url": r.get("source_url"), "date": date, "paragraphs": paragraphs,
                    "sentences": sentences,
                    "text": "\n\n".join(" ".join(p) for p in paragraphs),
                    "summary": [stext[a:b] for a, b in sspans],
                    "gold_labels": r["gold_labels"],
                    "gold_indices": [i for i, x in enumerate(flat_labels) if x]})
    return out


# ---------------------------------------------------------------------------
# HTML pages
# ---------------------------------------------------------------------------

_META = re.compile(r"<meta\b[^>]*>", re.I)
_LINK = re.compile(r"<link\b[^>]*>", re.I)
_ATTR_ANY = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _tag_attrs(tag: str) -> dict[str, str]:
    """Attributes of one HTML start tag, lower-cased names."""
    return {m.group(1).lower(): (m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR_ANY.finditer(tag)}


def _meta(html: str) -> dict[str, str]:
    """First ``content`` of each meta ``name``/``property``, lower-cased keys."""
    out: dict[str, str] = {}
    for m in _META.finditer(html):
        attrs = _tag_attrs(m.group(0))
        key = attrs.get("name") or attrs.get("property") or attrs.get("itemprop")
        if key and "content" in attrs:
            out.setdefault(key.lower(), _html.unescape(attrs["content"]))
    return out


def _canonical_url(html: str) -> str | None:
    for m in _LINK.finditer(html):
        attrs = _tag_attrs(m.group(0))
        if attrs.get("rel", "").lower() == "canonical" and attrs.get("href"):
            return attrs["href"]
    return None


def _epoch_ms_to_jakarta(ms: int) -> _dt.datetime:
    return _dt.datetime.fromtimestamp(ms / 1000, JAKARTA)


def html_pages(root: str | Path | None = None) -> list[dict]:
    """Raw HTML news pages with whatever gold the sources provide.

    Three sources (all files decode as UTF-8; note ``kapanlagi-singlepage2``
    and ``tempoen-mainpage`` declare iso-8859-1 but are UTF-8):

    * ``html/indonesian-news-scraper``: ``expected.json`` transcribes the
      scraper's tests. 13 article pages (``kind="singlepage"``) with gold
      ``title``, ``date`` (epoch milliseconds in the source; converted to an
      Asia/Jakarta ``yyyy-mm-dd`` plus ``datetime``) and ``body`` (the
      scraper's expected cleaned content, paragraphs separated by ``\\n``),
      and 10 index pages (``kind="mainpage"``) whose only gold is
      ``url_list_prefix`` (first article links on the page).
    * ``html/detik_html_fixtures``: ``1.html`` has ``1.expected.json``
      (title, ``published_date`` ``2022/12/10 13:19:56 +0700``, author,
      paragraphs -> ``body`` joined with ``\\n``). The other four pages have
      no gold file; their ``title`` (``og:title``) and ``date`` (meta
      ``publishdate``, WIB) are taken from the page's own metadata and marked
      ``gold_source="page-meta"``: scores on them measure reading that
      metadata, not inference.
    * ``html/htmldate_indonesian_pages``: 3 pages, ``gold_dates.json`` gives
      ``url`` and ``date`` only.

    Each dict: ``id``, ``source``, ``kind``, ``path``, ``html``, ``url`` (or
    None) and ``gold`` (subset of ``title``, ``date``, ``datetime``,
    ``body``, ``author``, ``url_list_prefix``) and ``gold_source``.
    """
    base = data_root(root) / "html"
    pages = []

    scraper = base / "indonesian-news-scraper"
    spec = json.loads(_read_text(scraper / "expected.json"))
    for rel, exp in sorted(spec["fixtures"].items()):
        path = scraper / rel
        gold: dict = {}
        if exp.get("kind") == "singlepage":
            if exp.get("title") is not None:
                gold["title"] = exp["title"]
            if isinstance(exp.get("date"), (int, float)):
                when = _epoch_ms_to_jakarta(int(exp["date"]))
                gold["date"] = when.date().isoformat()
                gold["datetime"] = when.isoformat()
            if exp.get("content") is not None:
                gold["body"] = exp["content"]
        else:
            gold["url_list_prefix"] = list(exp.get("expected_url_list_prefix", []))
        pages.append({"id": f"scraper/{path.stem}", "source": "indonesian-news-scraper",
                      "kind": exp.get("kind"), "path": str(path), "html": _read_text(path),
                      "url": exp.get("url"), "gold": gold, "gold_source": "expected.json"})

    detik = base / "detik_html_fixtures"
    for path in sorted(detik.glob("*.html")):
        html = _read_text(path)
        meta = _meta(html)
        exp_path = detik / f"{path.stem}.expected.json"
        gold = {}
        if exp_path.exists():
            exp = json.loads(_read_text(exp_path))
            gold["title"] = exp.get("title")
            when = _dt.datetime.strptime(exp["published_date"], "%Y/%m/%d %H:%M:%S %z")
            gold["date"] = when.astimezone(JAKARTA).date().isoformat()
            gold["datetime"] = when.astimezone(JAKARTA).isoformat()
            gold["body"] = "\n".join(exp.get("paragraphs", []))
            if exp.get("author"):
                gold["author"] = exp["author"]
            source = "expected.json"
        else:
            title = meta.get("og:title") or meta.get("originaltitle")
            if title:
                gold["title"] = title
            pub = meta.get("dtk:publishdate") or meta.get("publishdate")
            if pub:
                when = _dt.datetime.strptime(pub, "%Y/%m/%d %H:%M:%S").replace(tzinfo=JAKARTA)
                gold["date"] = when.date().isoformat()
                gold["datetime"] = when.isoformat()
            source = "page-meta"
        pages.append({"id": f"detik/{path.stem}", "source": "detik_html_fixtures", "kind": "singlepage",
                      "path": str(path), "html": html,
                      "url": meta.get("og:url") or _canonical_url(html), "gold": gold,
                      "gold_source": source})

    hd = base / "htmldate_indonesian_pages"
    gold_dates = json.loads(_read_text(hd / "gold_dates.json"))
    for name, g in sorted(gold_dates.items()):
        if name.startswith("_"):
            continue
        path = hd / name
        pages.append({"id": f"htmldate/{path.stem}", "source": "htmldate_indonesian_pages",
                      "kind": "singlepage", "path": str(path), "html": _read_text(path),
                      "url": g.get("url"), "gold": {"date": g["date"]},
                      "gold_source": "gold_dates.json"})
    return pages


# ---------------------------------------------------------------------------
# detik 2025 raw articles
# ---------------------------------------------------------------------------

def detik_raw(root: str | Path | None = None) -> list[dict]:
    """Raw detik.com articles (Aug-Dec 2025) from ``raw/detik_2025/data_berita.csv``.

    CSV with header ``id,judul,tautan,tanggal,isi_berita,Summary,entity,
    aspek_target,keyword_sumber``; bodies contain newlines (quoted fields) and
    boilerplate lines such as ``SCROLL TO CONTINUE WITH CONTENT``. ``tanggal``
    is US-style ``MM/DD/YYYY HH:MM`` local (WIB) time. 499 rows (the README
    says 500, and describes a 1000-article set), 477 distinct URLs.

    Each dict: ``id`` (int), ``title``, ``url``, ``date`` (ISO
    ``yyyy-mm-ddThh:mm+07:00``), ``date_raw``, ``body`` (raw, untouched),
    ``summary`` (machine-assisted abstractive summary), ``entities`` (parsed
    JSON: government/industry/society/experts/other lists, or None),
    ``aspect`` and ``keyword`` (the search keyword that found the article).
    """
    path = data_root(root) / "raw" / "detik_2025" / "data_berita.csv"
    csv.field_size_limit(1 << 30)
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            try:
                when = _dt.datetime.strptime(r["tanggal"].strip(), "%m/%d/%Y %H:%M").replace(tzinfo=JAKARTA)
                date = when.isoformat()
            except ValueError:
                date = None
            try:
                ents = json.loads(r.get("entity") or "null")
            except json.JSONDecodeError:
                ents = None
            rows.append({"id": int(r["id"]), "title": r["judul"], "url": r["tautan"], "date": date,
                         "date_raw": r["tanggal"], "body": r["isi_berita"], "summary": r.get("Summary"),
                         "entities": ents, "aspect": r.get("aspek_target"),
                         "keyword": r.get("keyword_sumber")})
    return rows
