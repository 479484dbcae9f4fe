"""Named entities (PER, ORG, LOC, EVT): a trained model finds them, rules add roles.

`recognise` tags each sentence's words with one of the shipped models (`tagger.py`:
"accurate", the fine-tuned e5 encoder, or "fast", the spaCy CNN), then:
1. a person's title or role before the name ("Kepala Dinas PUPR Provinsi Bengkulu
   Rozali Effendi") becomes the entity's `role`; a model span that swallowed the title
   is cut at the name;
2. the rule recogniser below supplies those roles: it reads runs of capitalised tokens
   with the gazetteers and title lists in the data files (organisation acronyms and head
   words, places, titles, a common-word list learned from open NER data).

The rules alone were kilas's first recogniser (`ner="rules"`, kept for comparison in the
benchmark): candidates are runs of capitalised tokens; a run that opens with titles is
split into role, organisation or place, and name; each span is labelled from the data
files, then from context ("di/ke/dari X" is a place, "kata X" a person).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..model import Entity, Sentence
from . import sentences as sentence_splitter
from . import tagger
from .sentences import tokenize

_ORG_SUFFIXES = {"tbk", "inc", "ltd", "corp", "corporation", "company", "co", "group", "holding", "holdings",
                 "foundation", "institute", "university", "fc", "club", "bank", "airlines", "airways"}
_NAME_INNER = {"bin", "binti", "van", "der", "von", "de", "da"}
# Lower-case words a name may still end with: joining words the rules read on from (and the
# last words of place names, canonical_names.txt [directions]: "Afrika timur")
_JOINING_WORDS = frozenset({"dan", "di", "dari", "untuk", "atas", "serta", "and", "of", "the", "for", "de", "la", "del",
                            "van", "von", "der", "bin", "binti"})
_LOC_PREPOSITIONS = {"di", "ke", "dari", "asal", "menuju", "wilayah", "kawasan", "daerah"}
_PERSON_CUES = {"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "sebut", "imbuh", "tambah", "papar",
                "terang", "menurut", "oleh", "bersama", "saudara", "sdr"}


@lru_cache(maxsize=None)
def _organisations() -> dict[str, str]:
    out = {}
    for line in resources.lines("organisations.txt"):
        short, _, long = (part.strip() for part in line.partition("="))
        out[short.lower()] = long or short
        if long:
            out[long.lower()] = long
    return out


@lru_cache(maxsize=None)
def _aliases() -> dict[str, str]:
    return {short.lower(): long for short, long in resources.pairs("aliases.txt")}


@lru_cache(maxsize=None)
def _short_forms() -> frozenset[str]:
    """One-word organisation names the data knows ("walhi", "disdukcapil", "labkesda"), not
    parties ("Demokrat Bali" is the party's branch in Bali, named as the party)."""
    from .canonical import _names, _pairs, _sections, known_names

    forms = {n.lower() for n, label in known_names() if label == "ORG"} | set(_organisations())
    forms |= set(_pairs(_sections().get("parts", ())))
    return frozenset(n for n in forms if " " not in n and not _names().get(n, "").lower().startswith("partai"))


@lru_cache(maxsize=None)
def _multiword(name: str) -> tuple[frozenset[str], int]:
    phrases = resources.phrases(name)
    return phrases, max(len(p.split()) for p in phrases)


def _is_cap(token: str) -> bool:
    return token[:1].isupper() or (token[:1].isdigit() and any(c.isupper() for c in token))


# Heads that open too many kinds of names for a rule to read the name after them: a company
# ("PT ...") is the model's to find, "Tim" opens teams and squads of every kind.
_NO_RUN_HEADS = frozenset({"pt", "pt.", "cv", "tim"})
_MISSIONS = frozenset({"kedutaan besar", "konsulat jenderal", "konsulat"})  # named "... di <city>"
_ADMIN_HEADS = frozenset({"provinsi", "kabupaten", "kota", "kecamatan", "kelurahan", "desa"})
_DERIVED_NOUN = re.compile(r"^(?:pe|per|pen|pem|peng|peny|ke)[a-z]{3,}an$")


def _derived_noun(word: str) -> bool:
    """Nouns made with pe-/per-/ke- ... -an (Perhubungan, Kesehatan, Pertanian) are never
    parts of names, while names ending in -an (Setiawan, Hermawan) do not start that way."""
    return bool(_DERIVED_NOUN.match(word))


class _CommonWords(set):
    """Words that are not parts of names: written in lower case in this article (`article`),
    in the learned common-word list, or shaped like a derived noun."""

    def __init__(self, article_words):
        super().__init__(article_words)
        self.article = frozenset(self)
        self.defined: set[str] = set()

    def __contains__(self, word) -> bool:
        return set.__contains__(self, word) or word in resources.words("common_words.txt") or _derived_noun(word)


@dataclass
class _Tok:
    text: str
    start: int
    end: int


def recognise(text: str, sentences: list[Sentence] | None = None, ner: str = "accurate") -> list[Entity]:
    """Entity spans in `text` from the `ner` model ("accurate", "fast" or "rules");
    canonical names are set by `canonical.py`. After the model, rule passes mend the names
    it cuts or misses, each giving way to a model mention that crosses its edge: regional
    bodies ("Polres Manggarai Barat"), bodies named after a person ("RSUP Dr. Kariadi"), a
    head and the capitalised words after it ("Polresta Barelang"), names the data knows,
    formal country names ("Republik Sosialis Vietnam"), numbered units, and name parts used
    alone."""
    if sentences is None:
        sentences = sentence_splitter.split(text)
    by_rules = _rule_entities(text, sentences)
    if ner == "rules":
        return by_rules
    found = _with_roles(_two_bodies(_model_entities(text, sentences, tagger.load(ner))), by_rules, text)
    found = _people_named_in_full(_whole_people(found, text, sentences), text, sentences)
    found = _regional_bodies(found, text, sentences)
    found = _gazetteer(_headed_names(_named_after(found, text), text, sentences), text, sentences)
    found = _slash_names(_state_names(_whole_places(found, text, sentences), text), text)
    # (again after the name parts: "Kurnia" of "Kurnia Sandy" inside "Salsabila Kurnia Putri")
    found = _whole_people(_name_parts(_numbered_units(found, text), text, sentences), text, sentences)
    found = _company_parts(_court_in_court(_class_tails(_with_company_form(_company_cut_in_two(found, text), text),
                                                        text), text), text)
    found = _admin_heads(found, text)
    found = _title_tails(_parent_governments(found), text)
    return _place_parts(_compass_tails(found, text), text, sentences)


# "Dinas Pariwisata Pemkab Asmat": an office and the regional government it belongs to
_PARENT_GOVERNMENT = re.compile(r"\s(?=(?:Pemkab|Pemkot|Pemko|Pemprov|Pemda|Pemerintah (?:Kabupaten|Kota|Provinsi|Daerah))\s+[A-Z])")


def _title_tails(found: list[Entity], text: str) -> list[Entity]:
    """A body whose first word ends the role before it (role_tails.txt): "Sekretaris
    Perusahaan Pupuk Kaltim" is the company secretary of Pupuk Kaltim."""
    roles = resources.phrases("role_tails.txt")
    out = []
    for e in found:
        words = e.text.split()
        before = re.search(r"(\S+)\s+$", text[max(0, e.start - 30):e.start])
        if e.label == "ORG" and len(words) > 1 and before and f"{before.group(1)} {words[0]}".lower() in roles:
            cut = e.start + len(words[0]) + 1
            e = Entity(text[cut:e.end], e.label, cut, e.end, canonical=text[cut:e.end], role=e.role)
        out.append(e)
    return out


def _parent_governments(found: list[Entity]) -> list[Entity]:
    """An office named with the regional government it belongs to is two mentions: "Dinas
    Pariwisata" and "Pemkab Asmat" (the government is the entity the article names again)."""
    out = []
    for e in found:
        m = _PARENT_GOVERNMENT.search(e.text) if e.label == "ORG" else None
        if m is None:
            out.append(e)
            continue
        left, right = e.text[: m.start()], e.text[m.end():]
        cut = e.start + m.end()
        out += [Entity(left, "ORG", e.start, e.start + len(left), canonical=left, role=e.role),
                Entity(right, "ORG", cut, e.end, canonical=right)]
    return out


_COMPASS_TAIL = re.compile(r"\s+Daya\b")


def _compass_tails(found: list[Entity], text: str) -> list[Entity]:
    """"Kabupaten Sumba Barat" followed by "Daya" is "Sumba Barat Daya" (south-west): the
    model stops at the first compass word of a place named by two."""
    out = []
    for e in found:
        m = _COMPASS_TAIL.match(text, e.end)
        if e.label in ("LOC", "ORG") and m and e.text.split()[-1] in ("Barat", "Timur") \
                and not any(o.start < m.end() and e.end < o.end for o in found if o is not e):
            e = Entity(text[e.start:m.end()], e.label, e.start, m.end(), canonical=text[e.start:m.end()], role=e.role)
        out.append(e)
    return out


@lru_cache(maxsize=None)
def _unit_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in resources.lines("unit_heads.txt"))


@lru_cache(maxsize=None)
def _unit_pattern() -> re.Pattern[str]:
    heads = sorted(resources.lines("unit_heads.txt"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, heads)) + r")\s+(?:\d{2,4}|[IVXL]{1,5})\b"
                      r"(?:\s*/\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?")


def _numbered_units(found: list[Entity], text: str) -> list[Entity]:
    """"Kodim 1501/Ternate", "Yonif 742/SWY", "Kanreg XI BKN": a unit's head, number and name
    are one organisation, which the model cuts at the number or the slash. The mentions inside
    the span give way to it; one that crosses its edge is the model's reading and stays."""
    out = list(found)
    ranks = resources.words("titles.txt") | resources.words("degrees.txt")
    places = resources.phrases("places.txt")
    for m in _unit_pattern().finditer(text):
        start, stop = m.start(), m.end()
        # the body it belongs to, or the town it sits in, after the number: "Kanreg XI BKN",
        # "Komisi V DPR", "Lantamal VI Makassar"
        after = re.match(r"\s+([A-Z][\w-]*)", text[stop:])
        if after and "/" not in m.group() and (
                (after.group(1).isupper() and (after.group(1).lower() in _organisations()
                                               or after.group(1).lower() in _short_forms()))
                or after.group(1).lower() in places):
            stop += after.end()
        # "Kodim 1501/Ternate Letkol Inf Budi": the name ends where a rank begins
        words = list(re.finditer(r"\S+", text[start:stop]))
        for w in words[1:]:
            if w.group().lower().strip(".,") in ranks:
                stop = start + w.start()
                break
        stop = start + len(text[start:stop].rstrip())
        inside = [e for e in out if start <= e.start and e.end <= stop]
        crossing = [e for e in out if e.start < stop and start < e.end and e not in inside]
        if not crossing:
            out = [e for e in out if e not in inside]
            out.append(Entity(text[start:stop], "ORG", start, stop, canonical=text[start:stop]))
    # A body's regional office by its number, cut there: "Balai Pelestarian Kebudayaan
    # Wilayah | X", "BPK | Wilayah XI"
    for e in list(out):
        if e.label == "PER" or e not in out:
            continue
        m = re.match(r"(?:\s+Wilayah)?\s+(?:[IVXL]{1,5}|\d{1,2})(?![\w-])", text[e.end:])
        if m and (e.text.endswith(" Wilayah") or m.group().split()[0] == "Wilayah"):
            stop = e.end + m.end()
            piece = [o for o in out if e.end <= o.start and o.end <= stop]  # ("Wilayah XI" as a place)
            if not any(o is not e and o not in piece and o.start < stop and e.end < o.end for o in out):
                out = [o for o in out if o not in piece]
                out[out.index(e)] = Entity(text[e.start:stop], "ORG", e.start, stop, canonical=text[e.start:stop])
    return sorted(out, key=lambda e: (e.start, -e.end))


def _two_bodies(found: list[Entity]) -> list[Entity]:
    """"Kementerian Kebudayaan dan Fundação Oriente", tagged as one name by the model: two
    bodies where the words before "dan" are a whole name the data knows (`_whole_before_and`)."""
    out = []
    for e in found:
        m = re.search(r" dan (?=[A-Z])", e.text) if e.label == "ORG" else None
        left = tuple(re.findall(r"[\w'’.-]+|&|,", e.text[: m.start()].lower())) if m else ()
        if not m or not _whole_before_and(left, e.text[m.end():].split()[0]):
            out.append(e)
            continue
        out.append(Entity(e.text[: m.start()], "ORG", e.start, e.start + m.start(), canonical=e.text[: m.start()]))
        out.append(Entity(e.text[m.end():], "ORG", e.start + m.end(), e.end, canonical=e.text[m.end():]))
    return out


def _whole_before_and(left: tuple[str, ...], after: str) -> bool:
    """Are these lower-case words a whole organisation the data knows, which no known name
    carries on past "dan" with the word after it? "Kementerian Kebudayaan" before "dan
    Fundação" is; before "dan Pariwisata" ("Kementerian Kebudayaan dan Pariwisata") or "dan
    HAM" ("Kementerian Hukum dan Hak Asasi Manusia") it is not."""
    if len(left) < 2 or _known_names()[0].get(left) != "ORG":
        return False
    goes_on = [n[len(left) + 1:] for n in _names_with_and() if n[: len(left) + 1] == left + ("dan",)]
    return not any(rest[0] == after.lower() or "".join(w[0] for w in rest if w not in _JOINING_WORDS).upper() == after
                   for rest in goes_on)


@lru_cache(maxsize=None)
def _known_names() -> tuple[dict[tuple[str, ...], str], int]:
    """Names the data files know, as lower-case word tuples -> label: organisations and
    their short forms, the canonical names of organisations and places, places."""
    from .canonical import known_names

    names: dict[tuple[str, ...], str] = {}
    for name, label in known_names():
        words = tuple(w for w in re.findall(r"[\w'’.-]+|&|,", name.lower()))  # (commas too: "Badan Meteorologi, Klimatologi, ...")
        if words and not (len(words) == 1 and len(words[0]) < 2):
            names.setdefault(words, label)
    return names, max(len(k) for k in names)


def _state_names(found: list[Entity], text: str) -> list[Entity]:
    """A country's formal name is one place: "Republik Persatuan Myanmar", where the model
    tags only "Myanmar"."""
    from .canonical import state_heads, state_words

    out, inside = [], set()
    for e in found:
        if e.label == "LOC":
            before = text[max(0, e.start - 60):e.start]
            run = re.search(r"(?:(?<![\w-])[A-Z][a-z]+\s+){1,4}$", before)
            words = list(re.finditer(r"[A-Z][a-z]+", run.group(0))) if run else []
            k = next((k for k, w in enumerate(words) if w.group().lower() in state_heads()), None)
            head = words[k] if k is not None and all(w.group().lower() in state_words() for w in words[k + 1:]) else None
            if head:
                start = e.start - len(run.group(0)) + head.start()
                # mentions wholly inside the formal name give way to it; one across its edge stays
                if not any(o is not e and o.start < start < o.end for o in found):
                    inside.update(id(o) for o in found if o is not e and start <= o.start and o.end <= e.start)
                    e = Entity(text[start:e.end], "LOC", start, e.end, canonical=text[start:e.end])
        out.append(e)
    return [e for e in out if id(e) not in inside]


def _gazetteer(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """Names the data files know that the model did not mark ("Britania Raya", "PBB",
    "Kemenbud"): written as the data writes them (capitals; an acronym in capitals), and
    not crossing the edge of a mention the model found. A known name of several words
    replaces the model's pieces of it ("Kementerian Pendidikan Tinggi" and "Sains" in
    "Kementerian Pendidikan Tinggi, Sains, dan Teknologi")."""
    names, longest = _known_names()
    taken = sorted((e.start, e.end) for e in found)
    out = list(found)
    for sent in sentences:
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        i = 0
        while i < len(toks):
            hit = None
            for size in range(min(longest, len(toks) - i), 0, -1):
                run = toks[i : i + size]
                label = names.get(tuple(t.text.lower() for t in run))
                if label and _is_cap(run[0].text) and _is_cap(run[-1].text) \
                        and not (size == 1 and len(run[0].text) <= 4 and not run[0].text.isupper()):
                    hit = (size, label)
                    break
            if hit:
                size, label = hit
                start, end = toks[i].start, toks[i + size - 1].end
                # ("PT Bank Pembangunan Daerah Kalimantan Timur | dan Kalimantan Utara": the model's
                # piece of a known company's name, with its form before it)
                form = _FORM_BEFORE.search(text[max(0, start - 4):start])
                if form and size > 1 and any(s == start - len(form.group(0)) and start < e <= end for s, e in taken):
                    start -= len(form.group(0))
                inside = [(s, e) for s, e in taken if start <= s and e <= end]
                if not any(s < end and start < e for s, e in taken if (s, e) not in inside) \
                        and (not inside or (size > 1 and (start, end) not in inside)):
                    out = [m for m in out if (m.start, m.end) not in inside]
                    taken = [span for span in taken if span not in inside]
                    out.append(Entity(text[start:end], label, start, end, canonical=text[start:end]))
                    taken.append((start, end))
                i += size
            else:
                i += 1
    return sorted(out, key=lambda e: (e.start, -e.end))


@lru_cache(maxsize=None)
def _long_places() -> tuple[frozenset[tuple[str, ...]], int]:
    from .canonical import _places

    names = frozenset(tuple(p.split()) for p in _places() if " " in p)
    return names, max(len(n) for n in names)


def _whole_places(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """A place of several words that the model cut into pieces it called places: "Polewali"
    of "Polewali Mandar", "Padang" and "Pariaman" of "Padang Pariaman". Only where every
    mention inside is a place and none crosses the name's edge (the places list alone would
    mark too much: "Jawa Barat" in "Jawa Barat Cup")."""
    names, longest = _long_places()
    out = list(found)
    for sent in sentences:
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        i = 0
        while i < len(toks):
            for size in range(min(longest, len(toks) - i), 1, -1):
                run = toks[i : i + size]
                if tuple(t.text.lower() for t in run) not in names or not all(_is_cap(t.text) for t in run):
                    continue
                start, end = run[0].start, run[-1].end
                # ("Provinsi Papua" of "Provinsi Papua Pegunungan": the head before it comes too)
                headed = [e for e in out if e.start < start < e.end <= end
                          and re.fullmatch(r"(?:Kota|Kabupaten|Provinsi)\s", text[e.start:start])]
                start = headed[0].start if headed else start
                inside = [e for e in out if start <= e.start and e.end <= end]
                crossing = [e for e in out if e.start < end and start < e.end and e not in inside]
                if inside and not crossing and all(e.label == "LOC" for e in inside) \
                        and not any((e.start, e.end) == (start, end) for e in inside):
                    out = [e for e in out if e not in inside]
                    out.append(Entity(text[start:end], "LOC", start, end, canonical=text[start:end]))
                    i += size - 1
                    break
            i += 1
    return sorted(out, key=lambda e: (e.start, -e.end))


# "Kafilah Kota | Palembang": an administrative head the model left out of the place (not
# the role "Wali Kota Palembang" nor "ibu kota Palembang")
_HEAD_BEFORE = re.compile(r"(?<![\w-])(?<!Wali )(?<!Ibu )(?:Kota|Kabupaten|Provinsi|Kecamatan|Kelurahan|Desa|Distrik)\s$")


def _admin_heads(found: list[Entity], text: str) -> list[Entity]:
    out = []
    for e in found:
        m = _HEAD_BEFORE.search(text[max(0, e.start - 12):e.start]) if e.label == "LOC" else None
        if m and e.text.split()[0] not in ("Kota", "Kabupaten", "Provinsi") \
                and not any(o is not e and o.start < e.start < o.end for o in found):
            a = e.start - len(m.group(0))
            if not any(o is not e and o.start < e.start and o.end > a for o in found):
                e = Entity(text[a:e.end], "LOC", a, e.end, text[a:e.end], e.role)
        out.append(e)
    return out


def _regional_bodies(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """A body named by its head and the region it serves is one organisation: "Pemerintah
    Kota Semarang", "Polres Manggarai Barat", "Dinas Pendidikan Kalbar", "KPU Kota Manado".
    The model often tags only the place ("Kota Semarang") or misses the short forms; a run
    of capitalised words that opens with an organisation head (or a known acronym) and ends
    with a known place replaces the mentions inside it. A mention that crosses the run's
    edge is the model's reading and stays."""
    places = resources.phrases("places.txt")
    admin = {"provinsi", "prov.", "kabupaten", "kab.", "kota", "kotamadya"}
    out = list(found)
    for sent in sentences:
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        i = 0
        while i < len(toks):
            end = _body_end(toks, i, places, admin)
            if end is None:
                i += 1
                continue
            start, stop = toks[i].start, toks[end].end
            inside = [e for e in out if start <= e.start and e.end <= stop]
            crossing = [e for e in out if e.start < stop and start < e.end and e not in inside]
            if not crossing and not any(e.start == start and e.end == stop and e.label == "ORG" for e in inside):
                out = [e for e in out if e not in inside]
                out.append(Entity(text[start:stop], "ORG", start, stop, canonical=text[start:stop]))
            i = end + 1
    return sorted(out, key=lambda e: (e.start, -e.end))


_CAPS_RUN = r"[A-Z][\w-]*(?:,?\s+(?:dan\s+)?[A-Z][\w-]*)*"
_DUAL_MINISTRY = re.compile(rf"\bKementerian\s+{_CAPS_RUN}/\s?{_CAPS_RUN}")
_SLASH_RIGHT = re.compile(r"/\s?([A-Z][\w-]*(?:\s+(?:dan\s+)?[A-Z][\w-]*)*)")


def _slash_names(found: list[Entity], text: str) -> list[Entity]:
    """Two bodies merged into one and named with a slash: "Kementerian Agraria dan Tata
    Ruang/Badan Pertanahan Nasional", "Kementerian PPN/Bappenas", "KLH/BPLH". The model
    cuts at the slash; the name is the whole."""
    heads = _multiword("org_heads.txt")[0]
    out = sorted(found, key=lambda e: e.start)
    # a ministry and the agency it absorbed, each spelled out: the model cuts at "dan" too
    for m in _DUAL_MINISTRY.finditer(text):
        start, stop = m.start(), _before_person(out, m.start(), m.end(), text)
        if not any(o.start < start < o.end or o.start < stop < o.end for o in out):
            out = [o for o in out if not (start <= o.start and o.end <= stop)]
            out.append(Entity(text[start:stop], "ORG", start, stop, canonical=text[start:stop]))
    # a name and its own acronym, which open and close with its first and last words'
    # letters: "International Cocoa Organization/ICCO" is two mentions of one body
    for e in [o for o in out if o.label == "ORG" and "/" in o.text]:
        left, _, right = e.text.rpartition("/")
        if _own_acronym(left, right):
            cut = e.start + len(left)
            out.remove(e)
            out += [Entity(left, "ORG", e.start, cut, canonical=left, role=e.role),
                    Entity(right, "ORG", cut + 1, e.end, canonical=right)]
    out.sort(key=lambda e: e.start)
    i = 0
    while i < len(out):
        e = out[i]
        m = _SLASH_RIGHT.match(text, e.end)
        if e.label == "ORG" and m:
            right = m.group(1)
            first = right.split()[0]
            # (the right side is a body too: an acronym, a head, or a mention the model found)
            # (not a name and its own acronym: "Republic of Singapore Air Force/RSAF")
            spells = right.isupper() and [w[0] for w in e.text.split() if w[:1].isupper()] == list(right) \
                or _own_acronym(e.text, right)
            if (first.isupper() and len(first) >= 2 or first.lower() in heads
                    or any(o.start == m.start(1) and o.label == "ORG" for o in out)) and not spells:
                stop = _before_person(out, m.start(1), m.end(1), text)
                inside = [o for o in out if o is not e and e.end <= o.start and o.end <= stop]
                if not any(o.start < stop < o.end for o in out):
                    merged = Entity(text[e.start:stop], "ORG", e.start, stop, canonical=text[e.start:stop], role=e.role)
                    out = [o for o in out if o is not e and o not in inside]
                    out.insert(i, merged)
        i += 1
    return sorted(out, key=lambda e: (e.start, -e.end))


def _own_acronym(name: str, acronym: str) -> bool:
    words = [w for w in name.split() if w[:1].isupper()]
    return bool(re.fullmatch(r"[A-Z]{3,8}", acronym)) and len(words) >= 2 and acronym[0] == words[0][0] \
        and acronym[-1] == words[-1][0]


def _before_person(found: list[Entity], start: int, stop: int, text: str) -> int:
    """Where a run of capitals from start to stop ends, cut before any person in it
    ("Kementerian PPN/Bappenas Lestari Handayani")."""
    cut = min((e.start for e in found if e.label == "PER" and start < e.start < stop), default=stop)
    return start + len(text[start:cut].rstrip(" ,"))


def _named_after(found: list[Entity], text: str) -> list[Entity]:
    """A body or a building named after a person is one name, titles included: "RSUP Dr.
    Mohammad Hoesin", "Universitas Jenderal Soedirman", "Bandara Frans Seda", where the
    model tags the person and leaves the head (or takes "RSUD Prof. Dr." as a place)."""
    from .canonical import cut_short, facility_heads

    heads = facility_heads()
    titles = resources.words("titles.txt") | resources.words("degrees.txt") | _HONORIFICS | _RANKS
    titles |= {t.rstrip(".") for t in titles}
    out = list(found)
    for p in [e for e in found if e.label == "PER"]:
        words = list(re.finditer(r"\S+", text[max(0, p.start - 60):p.start]))
        if not words:
            continue
        offset = max(0, p.start - 60)
        # back over titles ("Prof. Dr.", "Jenderal") to a head right before them
        k = len(words)
        # (and over initials the model cut from the name: "RSUP Prof. Dr. R. D. Kandou", or a
        # given name cut short: "RSUD Dr. H. Moch. Ansari Saleh")
        while k > 0 and (words[k - 1].group().lower().rstrip(".") in titles
                         or re.fullmatch(r"[A-Z]\.", words[k - 1].group()) or cut_short(words[k - 1].group())):
            k -= 1
        start = None
        for n in (4, 3, 2, 1):
            if k - n >= 0 and " ".join(w.group() for w in words[k - n:k]).lower() in heads \
                    and words[k - n].group()[:1].isupper():
                start = offset + words[k - n].start()
                break
        # (after a role, the person holds it: "Direktur RSUD dr. Budi Santoso" is the director,
        # unless the article names the body so elsewhere too: "RSUD dr. Mohammad Zyn")
        if start is None or "\n" in text[start:p.start] or (
                k - n > 0 and words[k - n - 1].group().lower().strip(",.") in _multiword("titles.txt")[0]
                and len(re.findall(re.escape(words[k - n].group()) + r"\s+(?:\S+\s+){0,3}?" + re.escape(p.text)
                                   + r"(?!\w)", text)) < 2):
            continue
        inside = [e for e in out if start <= e.start and e.end <= p.end]
        crossing = [e for e in out if e.start < p.end and start < e.end and e not in inside]
        if crossing:
            continue
        out = [e for e in out if e not in inside]
        out.append(Entity(text[start:p.end], "ORG", start, p.end, canonical=text[start:p.end]))
    return sorted(out, key=lambda e: (e.start, -e.end))


def _headed_names(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """An organisation's head and the run of capitalised words after it: "Polresta
    Barelang", "Kodam Pattimura", "Koalisi Selamatkan Pesisir Seluma", "Badan Nasional
    Penanggulangan Bencana", where the model tags only a word (often as a person), a piece,
    or nothing. The run stops at a lower-case word, a title, a number or a person the model
    found; it needs a word that is no common word, or a model mention inside it. A mention
    that crosses the span's edge is the model's reading and stays."""
    from .canonical import state_heads

    heads, longest = _multiword("org_heads.txt")
    titles = _multiword("titles.txt")[0]
    common = resources.words("common_words.txt") | resources.words("stopwords.txt")
    places = resources.phrases("places.txt")
    people = {e.start: e.end for e in found if e.label == "PER"}
    # short names the article uses on their own ("Perpusnas", or one it defines in brackets)
    alone = {e.text for e in found if e.label == "ORG" and " " not in e.text}
    alone |= set(re.findall(r"\(([A-Z][A-Za-z]{1,12})\)", text))
    starts, ends = {e.start for e in found}, {e.end for e in found}
    out = list(found)
    for sent in sentences:
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        if _title_case(toks):
            continue  # a headline: every word has a capital, so no run ends where the name does
        for i in range(len(toks) - 1):
            head = toks[i].text
            # a head of several words ("Direktorat Jenderal", "Kedutaan Besar") is read whole
            size = next((n for n in range(min(longest, len(toks) - i), 0, -1)
                         if " ".join(t.text for t in toks[i : i + n]).lower() in heads), 0)
            if not size or head.lower() in _NO_RUN_HEADS or not _is_cap(head):
                continue
            before = toks[i - 1].text.lower() if i > 0 else ""
            if i > 0 and _is_cap(toks[i - 1].text) and before not in heads and before not in titles \
                    and not (i == 1 and before in common):
                continue  # inside a longer name ("Ketua BEM Unhalu" is no longer name; "Menurut" opens a sentence)
            j = first = i + size
            mission = " ".join(t.text for t in toks[i:first]).lower() in _MISSIONS
            while j < len(toks) and j - i <= 8:
                word, low = toks[j].text, toks[j].text.lower()
                if mission and word == "di" and j > first and j + 1 < len(toks) and toks[j + 1].text[:1].isupper():
                    j += 1  # "Kedutaan Besar Republik Indonesia di Santiago"
                    continue
                if word in ("dan", "&") and j + 1 < len(toks) and _is_cap(toks[j + 1].text) and j > first \
                        and toks[j + 1].text.lower() not in heads | state_heads() | places \
                        and toks[j + 1].start not in starts and toks[j - 1].end not in ends \
                        and not _whole_before_and(tuple(t.text.lower() for t in toks[i:j]), toks[j + 1].text):
                    # "Dinas Pemuda dan Olahraga"; not "Satgas PPLN dan Pemerintah Aceh", nor
                    # "Pemerintah Indonesia dan Republik Rakyat Tiongkok" (a name starts after "dan")
                    j += 1
                    continue
                # (a known body after the head is the parent, named in its own right:
                # "Biro Humas Setjen Kemenhan", "Pusat Preservasi Perpusnas")
                if not word[:1].isupper() or not word.replace("-", "").isalpha() or low in titles \
                        or (toks[j].start in people and not _lone_word(toks, j, people)
                            and not (j == first and low in _short_forms())) \
                        or (j > first and (low in heads or low in _unit_heads())) \
                        or j > first and (_known_names()[0].get((low,)) == "ORG" or word in alone):
                    break
                j += 1
            run = toks[first:j]
            if not run or run[-1].text in ("dan", "&") or len(run[-1].text) < 3 and not (
                    len(run) > 1 and re.fullmatch(r"[IVXL]{1,4}", run[-1].text)):  # ("... Wilayah XI")
                continue
            if run[0].text.lower() in _ADMIN_HEADS and head.lower() == "kantor":
                continue  # "Kantor Kecamatan Talang" is a building in a place, not a body
            if j < len(toks) and toks[j].text in ("/", "-"):
                continue  # "Kodam XV/Pattimura": the numbered-unit pass reads it
            start, stop = toks[i].start, run[-1].end
            inside = [e for e in out if start <= e.start and e.end <= stop]
            crossing = [e for e in out if e.start < stop and start < e.end and e not in inside]
            own_word = any(t.text.lower() not in common and t.text.lower() not in heads
                           and not _derived_noun(t.text.lower()) for t in run if t.text not in ("dan", "&"))
            if crossing or any(e.start == start and e.end == stop for e in inside) or not (own_word or inside or size > 1):
                continue
            out = [e for e in out if e not in inside]
            out.append(Entity(text[start:stop], "ORG", start, stop, canonical=text[start:stop]))
    return sorted(out, key=lambda e: (e.start, -e.end))


def _lone_word(toks: list[_Tok], j: int, people: dict[int, int]) -> bool:
    """Is token j, right after a head, a one-word "person" the model saw in a name such as
    "Kodam Pattimura", with no capitalised word after it?"""
    return people.get(toks[j].start) == toks[j].end and toks[j - 1].text[:1].isupper() \
        and not (j + 1 < len(toks) and _is_cap(toks[j + 1].text))


def _title_case(toks: list[_Tok]) -> bool:
    """A headline written in title case: no full stop at its end, and most of its longer
    words start with a capital (a sentence full of names still ends with a stop)."""
    words = [t.text for t in toks if len(t.text) > 3 and t.text.isalpha()]
    return bool(toks) and toks[-1].text not in (".", "\"", "”") and len(words) >= 4 \
        and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


@lru_cache(maxsize=None)
def _names_with_and() -> tuple[tuple[str, ...], ...]:
    """Known names, and the openings [parts] spells out, that have "dan" inside."""
    from .canonical import _pairs, _sections

    names = list(_known_names()[0])
    names += [tuple(long.lower().split()) for long in _pairs(_sections().get("parts", ())).values()]
    return tuple(n for n in names if "dan" in n[1:])


def _known_opening(run: list[_Tok]) -> bool:
    """Do these words open a name the data knows ("Kantor Kesyahbandaran dan Otoritas")?"""
    words = tuple(t.text.lower() for t in run)
    return any(name[: len(words)] == words for name in _names_with_and())


def _opens_body(toks: list[_Tok], j: int, heads: frozenset[str], longest: int) -> bool:
    """Does an organisation head ("Balai", "Dinas", "Kantor Wilayah") start at token j?"""
    return any(" ".join(t.text for t in toks[j : j + n]).lower() in heads for n in range(1, longest + 1)
               if j + n <= len(toks))


def _body_end(toks: list[_Tok], i: int, places: frozenset[str], admin: set[str]) -> int | None:
    """The last token of "head ... place" starting at token i, or None."""
    head = toks[i].text
    low = head.lower()
    # a known short form, in capitals ("KPU") or not ("Bawaslu", "Walhi"); one not in
    # capitals opens the name only where no capitalised word but a title comes before it
    # ("DPC Demokrat Kota Tegal" is the branch, not "Demokrat Kota Tegal"; "Kepala Damkar
    # Tebing Tinggi" is the fire service's head)
    before = toks[i - 1].text if i > 0 else ""
    acronym = len(head) >= 2 and ((head.isupper() and (low in _organisations() or low in _short_forms())) or (
        head[:1].isupper() and head[1:].islower() and low in _short_forms()
        and not (_is_cap(before) and before.lower() not in resources.words("titles.txt"))))
    heads, longest = _multiword("org_heads.txt")
    # a head of several words ("Kedutaan Besar", "Markas Besar") starts the name too
    size = next((n for n in range(min(longest, len(toks) - i), 0, -1)
                 if " ".join(t.text for t in toks[i : i + n]).lower() in heads
                 and all(_is_cap(t.text) for t in toks[i : i + n])), 0)
    if not (_is_cap(head) and (size or acronym)) or low in _NO_RUN_HEADS:
        return None
    best, j = None, i + max(size, 1)
    # long names run far before their place ("Dinas Penanaman Modal dan Pelayanan Terpadu
    # Satu Pintu Provinsi Jawa Tengah"); a title-case headline is capitals all the way
    headline = _title_case(toks)
    reach = 8 if headline else 14
    while j < len(toks) and j - i <= reach:
        word = toks[j].text
        if not (_is_cap(word) or (word in ("dan", "&") and j + 1 < len(toks) and _is_cap(toks[j + 1].text))):
            break
        if word in ("dan", "&") and (best is not None or (_opens_body(toks, j + 1, heads, longest)
                                                        and not _known_opening(toks[i : j + 2]))):
            # "Pemkab Bogor dan Pemkot Bogor", "Ditjen Gakkum dan Balai KSDA Aceh": two
            # bodies; but "Kantor Kesyahbandaran dan Otoritas Pelabuhan" is one known name
            break
        for size in (3, 2, 1):
            phrase = " ".join(t.text for t in toks[j : j + size]).lower()
            # the place it serves, or the known body it belongs to ("Mabes TNI")
            # (not after "dan": "Kementerian Pertahanan dan TNI" is two bodies)
            known_body = size == 1 and toks[j].text.isupper() and len(phrase) >= 2 and phrase in _organisations() \
                and not any(t.text in ("dan", "&") for t in toks[i:j])
            if j + size <= len(toks) and (phrase in places or (size == 1 and phrase in _aliases()) or known_body) \
                    and all(_is_cap(t.text) for t in toks[j : j + size]):
                after = j + size
                # (a rank or honorific after the place opens the person's name: "Polres Nias
                # Selatan AKP Mardongan")
                # (in a title-case headline a common word goes on: "PN Manokwari Tolak Gugatan")
                nxt = toks[after].text.lower() if after < len(toks) else ""
                if after < len(toks) and _is_cap(toks[after].text) and nxt not in admin and nxt not in _RANKS \
                        and nxt not in _HONORIFICS and not (headline and nxt in resources.words("common_words.txt")):
                    continue  # the run goes on past the place: some other name
                if j - 1 > i or toks[j - 1].text.lower() in admin or j == i + 1:
                    best = after - 1
                    # "Polres Blitar Kota": the force of the town, beside the regency's
                    last = toks[after + 1].text if after + 1 < len(toks) else ""
                    if nxt == "kota" and (not _is_cap(last) or last.lower() in _RANKS or last.lower() in _HONORIFICS):
                        best = after
                break
        else:
            # after "Kabupaten", "Kota" or "Provinsi" the one or two capitalised words that
            # close the run are the place, known or not ("Dinas Kependudukan ... Kabupaten OKI")
            known = any(" ".join(t.text for t in toks[j : j + n]).lower() in places for n in (1, 2, 3))
            if toks[j - 1].text.lower() in admin and j - 1 > i and not known:
                k = j
                while k < len(toks) and k - j < 2 and _is_cap(toks[k].text) and toks[k].text.lower() not in admin:
                    k += 1
                if k > j and not (k < len(toks) and _is_cap(toks[k].text)):
                    best = k - 1
                    break
        j += 1
    return best


# Common words that also end Indonesian personal names ("Salsabila Kurnia Putri", "Nur Indah Sari").
_NAME_ENDINGS = frozenset({"putri", "putra", "sari", "dewi", "indah", "ayu", "utami", "lestari", "jaya",
                           "wati", "rahayu", "wijaya", "pratama", "permata", "cahaya", "santoso", "sejati"})


def _whole_people(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """A person the model tagged in part ("Salsabila [Kurnia] Putri"): the run of
    capitalised name words around the mention is the name, where no other mention, title,
    place, date word or common word (bar a few that end names, such as "Putri") stands in it."""
    from .canonical import honorifics

    common = resources.words("common_words.txt") | resources.words("stopwords.txt")
    blocked = common | resources.words("titles.txt") | resources.words("degrees.txt") | _HONORIFICS | _RANKS \
        | honorifics() | resources.words("org_heads.txt")
    places = resources.phrases("places.txt")
    dates = _day_and_month_words()
    taken = [(e.start, e.end) for e in found]

    def name_word(tok: _Tok, ending: bool) -> bool:
        low = tok.text.lower()
        return bool(re.fullmatch(r"[A-Z][a-z]{2,}", tok.text)) and low not in places and low not in dates \
            and (low not in blocked and not _derived_noun(low) or (ending and low in _NAME_ENDINGS)) \
            and not any(s < tok.end and tok.start < e for s, e in taken)

    out = []
    for e in found:
        if e.label != "PER":
            out.append(e)
            continue
        sent = next((s for s in sentences if s.start <= e.start < s.start + len(s.text)), None)
        if sent is None:
            out.append(e)
            continue
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        inside = [k for k, t in enumerate(toks) if e.start <= t.start and t.end <= e.end]
        if not inside or _title_case(toks):
            out.append(e)
            continue
        first, last = inside[0], inside[-1]
        # a Butonese noble's "La Ode" or "Wa Ode", cut by the model: "kata Wa | Ode Rukmini"
        if first >= 1 and toks[first].text == "Ode" and toks[first - 1].text in ("La", "Wa") \
                and not any(s < toks[first - 1].end and toks[first - 1].start < t for s, t in taken):
            first -= 1
        # one word each side at most, and the run must end there (no capital beyond it)
        if first >= 2 and name_word(toks[first - 1], False) and not toks[first - 2].text[:1].isupper():
            first -= 1
        if last + 1 < len(toks) and name_word(toks[last + 1], True) \
                and not (last + 2 < len(toks) and toks[last + 2].text[:1].isupper()):
            last += 1
        start, end = toks[first].start, toks[last].end
        if (start, end) == (e.start, e.end):
            out.append(e)
        else:
            out.append(Entity(text[start:end], "PER", start, end, canonical=text[start:end], role=e.role))
    return out


def _people_named_in_full(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """A person the model found by one name ("Engkos") and missed where the article gives the
    whole name ("Salah satunya Engkos Kuswara, warga ..."): that name and the capitalised
    name word after it, where no mention stands and the run ends there."""
    from .canonical import honorifics

    lone = {e.text for e in found if e.label == "PER" and re.fullmatch(r"[A-Z][a-z]{2,}", e.text)}
    if not lone:
        return found
    blocked = resources.words("common_words.txt") | resources.words("stopwords.txt") | resources.words("titles.txt") \
        | _HONORIFICS | _RANKS | honorifics() | resources.words("org_heads.txt") | _day_and_month_words()
    places = resources.phrases("places.txt")
    taken = [(e.start, e.end) for e in found]

    def free(tok: _Tok) -> bool:
        return not any(s < tok.end and tok.start < e for s, e in taken)

    out = list(found)
    for sent in sentences:
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        if _title_case(toks):
            continue
        for k in range(len(toks) - 1):
            a, b = toks[k], toks[k + 1]
            if a.text in lone and free(a) and free(b) and re.fullmatch(r"[A-Z][a-z]{2,}", b.text) \
                    and b.text.lower() not in blocked and b.text.lower() not in places \
                    and not (k + 2 < len(toks) and toks[k + 2].text[:1].isupper()):
                out.append(Entity(text[a.start:b.end], "PER", a.start, b.end, canonical=text[a.start:b.end]))
                taken.append((a.start, b.end))
    return sorted(out, key=lambda e: (e.start, -e.end))


@lru_cache(maxsize=None)
def _day_and_month_words() -> frozenset[str]:
    cal = resources.load_json("calendar.json")
    return frozenset(w.lower() for group in cal.values() if isinstance(group, dict) for w in group)


def _name_parts(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """A person's given name or surname used alone later ("Gilang menjenguk ...") is a
    mention of that person even where the model missed it."""
    stop = resources.words("stopwords.txt")
    parts = {w for e in found if e.label == "PER" and len(e.text.split()) > 1 for w in e.text.split()
             if len(w) > 2 and w[0].isupper() and w.lower() not in stop and w.lower() not in _HONORIFICS}
    if not parts:
        return found
    taken = sorted((e.start, e.end) for e in found)
    extra = []
    for sent in sentences:
        for a, b in tokenize(sent.text):
            start, end = sent.start + a, sent.start + b
            if text[start:end] in parts and not any(s < end and start < e for s, e in taken):
                extra.append(Entity(text[start:end], "PER", start, end, canonical=text[start:end]))
    return sorted(found + extra, key=lambda e: e.start)


# A company's legal or trade form before its own name: "PT Jasa Raharja", "PO Dewi Sri
# Transport", "Perumda Air Minum Tirta Jaya Raksa".
_COMPANY_FORM = re.compile(r"^(?:PT|CV|PO|PD|UD|Perum|Perumda(?: Air Minum)?|Perusahaan Umum Daerah(?: Air Minum)?)"
                           r"\.?\s+(?P<name>[A-Z].*?)(?:\s*\(Persero\)|\s+Tbk\.?|\s+Persero)*$")


# "Kantor Kesyahbandaran dan Otoritas Pelabuhan | Kelas II Pantoloan": an office's class
# and its town after it
_CLASS_TAIL = re.compile(r" Kelas (?:[IV]{1,3}[AB]?|Khusus)(?: (?:Khusus|TPI|Non[- ]TPI|Utama|Madya|Pratama))*"
                         r"(?: [A-Z][\w'-]+){1,3}")


# "Kedutaan Besar Republik Indonesia | di Seoul": a mission and the city it is in
_MISSION_TAIL = re.compile(r" di [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}")
_MISSION = re.compile(r"(?:Kedutaan Besar|Konsulat Jenderal|Konsulat|KBRI|KJRI)\b")


def _class_tails(found: list[Entity], text: str) -> list[Entity]:
    out: list[Entity] = []
    skip: set[int] = set()
    for e in sorted(found, key=lambda e: e.start):
        if id(e) in skip:
            continue
        m = _CLASS_TAIL.match(text, e.end) if e.label == "ORG" else None
        if m is None and e.label == "ORG" and _MISSION.match(e.text) and " di " not in e.text:
            m = _MISSION_TAIL.match(text, e.end)
        if m:
            inside = [o for o in found if o is not e and e.end <= o.start < m.end()]
            if all(o.end <= m.end() for o in inside):
                skip.update(id(o) for o in inside)
                e = Entity(text[e.start:m.end()], "ORG", e.start, m.end(), text[e.start:m.end()], e.role)
        out.append(e)
    return out


def _court_in_court(found: list[Entity], text: str) -> list[Entity]:
    """"Pengadilan Tindak Pidana Korupsi | pada | Pengadilan Negeri Palangka Raya": a special
    court named with the district court it sits in is one name."""
    out: list[Entity] = []
    for e in sorted(found, key=lambda e: e.start):
        if e.label == "ORG" and re.match(r"(?:Pengadilan Negeri|PN)\s+[A-Z]", e.text):
            m = _SPECIAL_COURT.search(text, max(0, e.start - 80), e.start)
            if m:
                a = m.start()
                out = [o for o in out if o.end <= a]  # the model's pieces of the court's name
                e = Entity(text[a:e.end], "ORG", a, e.end, text[a:e.end], e.role)
        out.append(e)
    return out


# "Pengadilan Tindak Pidana Korupsi pada ", "Pengadilan Hubungan Industrial pada "
_SPECIAL_COURT = re.compile(r"\bPengadilan(?: [A-Z][\w]*){1,5} pada $")


_FORM_BEFORE = re.compile(r"(?<![\w.-])(?:PT|CV|PO|PD|UD)\.?\s$")


def _with_company_form(found: list[Entity], text: str) -> list[Entity]:
    """A company the model named without the form printed before it ("Direktur CV | Tiang
    Merangin Perkasa"), or took for a person: the form is part of the name, and the name
    is an organisation's."""
    out = []
    for e in found:
        m = _FORM_BEFORE.search(text[max(0, e.start - 4):e.start]) if e.text[:1].isupper() else None
        a = e.start - len(m.group(0)) if m else e.start
        # (not where another mention holds the form: "PT Telkom" before "Telkom Guntur Siregar")
        if m and not any(o is not e and o.start < e.end and a < o.end for o in found):
            role = e.role if e.label == "ORG" else None  # ("Direktur CV" was the role of no person)
            e = Entity(text[a:e.end], "ORG", a, e.end, text[a:e.end], role)
        out.append(e)
    return out


def _company_cut_in_two(found: list[Entity], text: str) -> list[Entity]:
    """"PT Tigo | Luhak Agrindo": the model cut a company's name and took the rest for a
    person or a place; a capitalised mention right after a company's form and first word
    is the rest of its name when the article prints the whole name again ("Tigo Luhak
    Agrindo"); not the director after "PT DNG"."""
    out: list[Entity] = []
    for e in sorted(found, key=lambda e: e.start):
        prev = out[-1] if out else None
        form = _COMPANY_FORM.match(prev.text) if prev is not None and prev.label == "ORG" else None
        if form and e.label in ("PER", "LOC") and e.start == prev.end + 1 and text[prev.end] == " " \
                and len(prev.text.split()) == 2 and all(_is_cap(w) for w in e.text.split()) \
                and len(re.findall(rf"(?<![\w-]){re.escape(form.group('name') + ' ' + e.text)}(?![\w-])", text)) >= 2:
            out[-1] = Entity(text[prev.start:e.end], "ORG", prev.start, e.end, text[prev.start:e.end], prev.role)
            continue
        out.append(e)
    return out


def _company_parts(found: list[Entity], text: str) -> list[Entity]:
    """A company named with its form ("PT Jasa Raharja") and later without it ("Jasa
    Raharja"), or by the first two words of a longer name ("Sindoro Tembakau" for PT
    Sindoro Tembakau Lestari): those later names are the company too, where the model
    missed them or took them for a person or place."""
    common = resources.words("common_words.txt") | resources.words("stopwords.txt")
    places = resources.phrases("places.txt")
    forms: set[str] = set()
    for e in found:
        m = _COMPANY_FORM.match(e.text) if e.label == "ORG" else None
        if not m:
            continue
        words = m.group("name").split()
        if len(words) >= 2 or words[0].lower() not in common:
            forms.add(" ".join(words))
        if len(words) >= 3 and not all(w.lower() in common for w in words[:2]) \
                and " ".join(words[:2]).lower() not in places:  # "Raja Ampat" of PT Raja Ampat Samudra
            forms.add(" ".join(words[:2]))
    forms = {f for f in forms if f.lower() not in places and f.lower() not in _aliases()}
    if not forms:
        return found
    out = list(found)
    for form in sorted(forms, key=len, reverse=True):
        for m in re.finditer(rf"(?<![\w-])(?:(?:PT|CV|PO|PD|UD)\.?\s+)?{re.escape(form)}(?![\w-])", text):
            a, b = m.start(), m.end()  # with its form when printed: "PO Dewi Sri"
            over = [e for e in out if e.start < b and a < e.end]
            # the model's pieces of it ("Tirta Jaya" of "Tirta Jaya Raksa") or the whole
            # taken for a person or place ("Dewi Sri") give way
            inside = all(a <= e.start and e.end <= b for e in over)
            if not over or (inside and len(form.split()) >= 2
                            and all(e.label in ("PER", "LOC") or (e.label == "ORG" and e.end - e.start < b - a)
                                    for e in over)):
                out = [e for e in out if e not in over]
                out.append(Entity(text[a:b], "ORG", a, b, canonical=text[a:b]))
    return sorted(out, key=lambda e: (e.start, -e.end))


def _place_parts(found: list[Entity], text: str, sentences: list[Sentence]) -> list[Entity]:
    """A place named with its head ("Sungai Walanae", "Kecamatan Masamba", "Pelabuhan
    Pamatata") and later by its name alone ("Walanae meluap"): the bare name is a mention
    of a place too, where the model missed it."""
    from .canonical import facility_heads

    heads = facility_heads() | _ADMIN_HEADS
    common = resources.words("common_words.txt") | resources.words("stopwords.txt")
    names = set()
    for e in found:
        words = e.text.split()
        if e.label in ("LOC", "ORG") and len(words) == 2 and words[0].lower() in heads \
                and re.fullmatch(r"[A-Z][a-z]{2,}", words[1]) and words[1].lower() not in common:
            names.add(words[1])
    if not names:
        return found
    taken = sorted((e.start, e.end) for e in found)
    extra = []
    for sent in sentences:
        for a, b in tokenize(sent.text):
            start, end = sent.start + a, sent.start + b
            if text[start:end] in names and not any(s < end and start < e for s, e in taken):
                # (with a head the model left unmarked: "Benteng Duurstede" beside "Fort Duurstede")
                head = re.search(r"(?<![\w-])([A-Z][a-z]+) $", text[max(0, start - 30):start])
                if head and head.group(1).lower() in heads and not any(
                        s < start and start - len(head.group()) < e for s, e in taken):
                    start -= len(head.group())
                extra.append(Entity(text[start:end], "LOC", start, end, canonical=text[start:end]))
    return sorted(found + extra, key=lambda e: e.start)


def _model_entities(text: str, sentences: list[Sentence], model) -> list[Entity]:
    words = [[(sent.start + a, sent.start + b) for a, b in tokenize(sent.text)] for sent in sentences]
    tags = model.tag([[text[a:b] for a, b in sent] for sent in words])
    # In text that uses capitals, a name written all in lower case is a model error
    # ("surut" tagged a place); text in lower case throughout keeps them.
    cased = any(c.isupper() for c in text)
    out = []
    for spans, sent_tags in zip(words, tags):
        sent_words = [text[a:b] for a, b in spans]
        for label, first, last in _chunks(sent_tags):
            # ... and so is a lower-case word closing a name ("Kota Tanjungpinang baru"); a
            # joining word is left for the rules that read the name on ("Kementerian Energi dan")
            while cased and last > first and _loose_end(sent_words[last], sent_words[last - 1]):
                last -= 1
            # ... and a description in lower case before a name of two capitalised words or
            # more ("Lembaga konservasi Orangutan Foundation International"), but not before a
            # place ("Kementerian luar negeri Amerika Serikat")
            k = first + 1
            while cased and k < last and sent_words[k].isalpha() and sent_words[k].islower() \
                    and sent_words[k] not in _JOINING_WORDS:
                k += 1
            if k > first + 1 and last > k and all(w[:1].isupper() for w in sent_words[k:last + 1]) \
                    and text[spans[k][0]:spans[last][1]].lower() not in resources.phrases("places.txt"):
                first = k
            start, end = spans[first][0], spans[last][1]
            if cased and not any(c.isupper() or c.isdigit() for c in text[start:end]):
                continue
            out.append(Entity(text[start:end], label, start, end, canonical=text[start:end]))
    return out


def _loose_end(word: str, before: str) -> bool:
    """A common word in lower case that a name cannot end with ("baru" after "Kota
    Tanjungpinang"), not a piece of a hyphenated name ("Song Hye-kyo"); or the rank of the
    person named next ("AKP" of "Polres Blitar Kota AKP Hendra")."""
    from .canonical import place_endings

    if word.lower() in _RANKS and word.lower() not in _RANK_WORDS_IN_NAMES and word[:1].isupper():
        return True
    return word.islower() and word not in _JOINING_WORDS and word not in place_endings() \
        and before not in ("-", ".", "'", "’") \
        and (word in resources.words("common_words.txt") or word in resources.words("stopwords.txt"))


def _chunks(tags: list[str]):
    """(label, first word, last word) of each BIO chunk."""
    begin = None
    for i, tag in enumerate(tags + ["O"]):
        if begin is not None and not (tag.startswith("I-") and tag[2:] == tags[begin][2:]):
            yield tags[begin][2:], begin, i - 1
            begin = None
        if tag.startswith("B-") or (tag.startswith("I-") and begin is None):
            begin = i


def _with_roles(found: list[Entity], by_rules: list[Entity], text: str) -> list[Entity]:
    """Give each person the role the rules read before the name, and cut a title the model
    took into the name ("Presiden Joko Widodo" -> "Joko Widodo", role "Presiden")."""
    people = [e for e in by_rules if e.label == "PER"]
    titles, longest = _multiword("titles.txt")
    common = resources.words("common_words.txt") | resources.words("stopwords.txt") | titles
    out = []
    for e in found:
        low = e.text.lower().rstrip(".")
        if e.label == "PER" and (low in _RANKS or low in _HONORIFICS or low in titles):
            continue  # a rank alone ("AKP" tagged apart from "Mardongan Pasaribu") is nobody
        words = e.text.split()
        if e.label != "PER" and len(words) >= 2 and words[0].lower().rstrip(".") in _RANKS - {"pol", "pol.", "purn", "purn."} \
                and all(w[:1].isupper() for w in words[1:]) and " ".join(words[1:]).lower() not in resources.phrases("places.txt"):
            e = Entity(e.text, "PER", e.start, e.end, canonical=e.text)  # "Sertu Dewi Kartika Sari" tagged a place
        if e.label == "PER":
            words = e.text.split()
            cut = 0
            before = text[max(0, e.start - 20):e.start].split()
            if len(words) > 1 and before and before[-1].lower().rstrip(".") in _RANKS \
                    and words[0].lower().strip("().") in _CORPS:
                cut = 1  # "Kolonel" outside the name, "Inf" inside: "Kolonel Inf Budi Santoso"
            while cut < len(words) - 1:
                for size in range(min(longest, len(words) - 1 - cut), 0, -1):
                    phrase = " ".join(words[cut:cut + size]).lower()
                    if phrase in titles or phrase.rstrip(".") in titles or phrase in _HONORIFICS or phrase in _RANKS \
                            or (cut and phrase.strip("().") in _CORPS):
                        cut += size
                        break
                else:
                    break
            if cut:
                role = _role(" ".join(words[:cut]))
                offset = e.start
                for word in words[:cut]:
                    offset = text.index(word, offset) + len(word)
                offset = text.index(words[cut], offset)
                e = Entity(text[offset:e.end], "PER", offset, e.end, canonical=text[offset:e.end], role=role)
            for rule in people:
                if rule.role and rule.start < e.end and e.start < rule.end:
                    e.role = e.role or rule.role
                    # "Menkeu Purbaya Yudhi Sadewa": the model left the given name in the
                    # role; the rules, reading from the title, have the whole name
                    extra = text[rule.start:e.start].split()
                    if rule.end == e.end and 0 < len(extra) <= 2 and all(
                            re.fullmatch(r"[A-Z][a-z]+", w) and w.lower() not in common and w.lower() not in _CORPS
                            for w in extra):
                        e = Entity(text[rule.start:e.end], "PER", rule.start, e.end,
                                   canonical=text[rule.start:e.end], role=e.role)
                    break
            if not e.role:
                e.role = _title_before(text, e.start)
        out.append(e)
    return out


def _title_before(text: str, start: int) -> str | None:
    """The role written just before a name: the capitalised words (with honorifics such as
    "dr.") back to a title word ("Kepala Dinas Kesehatan Kota Bogor dr. Retno")."""
    words = re.findall(r"\S+", text[max(0, start - 120):start])
    run = []
    for word in reversed(words):
        titled = word.lower() in _HONORIFICS or word.lower() in _RANKS
        if not titled and (not word[:1].isupper() or word[-1] in ".,;:\"”)"):
            break
        run.insert(0, word)
    titles, longest = _multiword("titles.txt")
    for size in range(min(longest, len(run)), 0, -1):
        phrase = " ".join(run[:size]).lower()
        if phrase in titles or phrase.rstrip(".") in titles:
            return _role(" ".join(run))
    return None


def _rule_entities(text: str, sentences: list[Sentence]) -> list[Entity]:
    # Words the article itself writes in lower case, and words that are common in
    # Indonesian generally (learned from open NER data), are not parts of names.
    lower_vocab = _CommonWords(m.group().lower() for m in re.finditer(r"\b[a-z][a-z-]+\b", text))
    # "Lembaga Kajian Pangan Nusantara (LKPN)": the text defines an organisation's acronym.
    lower_vocab.defined = {m.group(1).lower() for m in re.finditer(r"[A-Z]\w+\s+\(([A-Z][A-Za-z]{1,9})\)", text)}
    stop = resources.words("stopwords.txt")
    entities: list[Entity] = []
    for sent in sentences:
        toks = [_Tok(sent.text[a:b], sent.start + a, sent.start + b) for a, b in tokenize(sent.text)]
        for run in _runs(toks, lower_vocab, stop):
            entities.extend(_label_run(run, toks, text, lower_vocab))
    return _resolve_singletons(entities, text)


def _runs(toks: list[_Tok], lower_vocab: _CommonWords, stop: frozenset[str]):
    """Maximal runs of capitalised tokens, as (start index, end index) into toks."""
    i, n = 0, len(toks)
    while i < n:
        t = toks[i].text
        if not _is_cap(t) or not any(c.isalpha() for c in t):
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = toks[j].text
            if _is_cap(nxt) and any(c.isalpha() for c in nxt):
                j += 1
            elif nxt.lower() in _NAME_INNER and j + 1 < n and _is_cap(toks[j + 1].text):
                j += 1
            elif (nxt == "dan" and j + 1 < n and _is_cap(toks[j + 1].text)
                  and toks[i].text.lower() in _multiword("org_heads.txt")[0]):
                j += 1  # "Badan Siber dan Sandi Negara", "Kementerian Pemuda dan Olahraga"
            elif (nxt == "(" and j + 3 < n and toks[j + 2].text == ")" and _is_cap(toks[j + 1].text)
                  and _is_cap(toks[j + 3].text) and _opens_with_title(toks[i:j])):
                j += 3  # "Menteri Perdagangan (Mendag) Sri Wulandari": the role's short form
            elif nxt in "-" and j + 1 < n and _is_cap(toks[j + 1].text) and toks[j].start == toks[j - 1].end:
                j += 1
            else:
                break
        # A capitalised function word or common word that opens a sentence or a quote is
        # not part of a name ("Sementara itu", "Menurut Ratna").
        start = i
        while start < j and _common_start(toks, start, lower_vocab, stop):
            start += 1
        if start < j:
            yield toks[start:j], start
        i = j


def _opens_with_title(run: list[_Tok]) -> bool:
    titles, longest = _multiword("titles.txt")
    return any(" ".join(t.text for t in run[:size]).lower() in titles for size in range(1, min(longest, len(run)) + 1))


def _common_start(toks: list[_Tok], k: int, lower_vocab: _CommonWords, stop: frozenset[str]) -> bool:
    word = toks[k].text
    low = word.lower()
    titles, longest = _multiword("titles.txt")
    for size in range(1, longest + 1):  # "Juru Bicara KPK ..." opens with a title
        phrase = " ".join(t.text for t in toks[k : k + size]).lower()
        if phrase in titles or phrase.rstrip(".") in titles:
            return False
    if low in _organisations() or low in _aliases() or low in resources.phrases("places.txt"):
        return False
    if low in _multiword("org_heads.txt")[0] or low in _multiword("loc_heads.txt")[0]:
        return False
    sentence_start = k == 0 or toks[k - 1].text in "\"“'‘(-–—:"
    if low in stop:
        return True
    return sentence_start and low in lower_vocab


def _label_run(run_and_start, toks: list[_Tok], text: str, lower_vocab: _CommonWords) -> list[Entity]:
    run, index = run_and_start
    skip = resources.words("not_entities.txt")
    while run and run[0].text.lower() in skip:
        run, index = run[1:], index + 1
    while run and run[-1].text.lower() in skip:
        run = run[:-1]
    if not run:
        return []
    words = [t.text for t in run]
    titles, max_title = _multiword("titles.txt")
    org_heads, _ = _multiword("org_heads.txt")
    loc_heads, _ = _multiword("loc_heads.txt")

    # Leading titles and roles: "Menteri Perdagangan", "Dr. H."
    role_end = 0
    while role_end < len(words):
        for size in range(min(max_title, len(words) - role_end), 0, -1):
            phrase = " ".join(words[role_end : role_end + size]).lower()
            if phrase in titles or phrase.rstrip(".") in titles:
                role_end += size
                break
        else:
            break
    prev = toks[index - 1].text.lower() if index > 0 else ""
    out: list[Entity] = []
    if not role_end:
        # An honorific or rank inside the run starts a titled name: "... BNPB Dr. Hendra Saputra".
        for p in range(1, len(run) - 1):
            if run[p].text.lower() in _HONORIFICS or run[p].text.lower() in _RANKS:
                return (_label_run((run[:p], index), toks, text, lower_vocab)
                        + _label_run((run[p:], index + p), toks, text, lower_vocab))
    if role_end and len(run) > role_end + 3 and run[role_end].text == "(" and run[role_end + 2].text == ")":
        role_end += 3  # the role's short form in brackets belongs to the role
    if role_end:
        rest = run[role_end:]
        # The person's name is the tail that is not an organisation, place or acronym.
        name_start = len(rest)
        in_place = _place_tokens(rest)
        while name_start > 0 and len(rest) - name_start < 4:
            if in_place[name_start - 1]:
                break
            w = rest[name_start - 1].text
            low = w.lower()
            if (w.isupper() and len(w) > 1) or low in org_heads or low in loc_heads or low in _organisations() \
                    or low in resources.phrases("places.txt") or low in titles or low in _aliases() \
                    or ((low in lower_vocab.article or _derived_noun(low)) and name_start < len(rest)):
                # "Menteri [Perhubungan] Ignasius Jonan": a common noun ends the name
                break
            name_start -= 1
        name = rest[name_start:]
        middle = rest[:name_start]
        if not _could_be_name([t.text for t in name], lower_vocab):  # "Kepala Dinas Pekerjaan Umum"
            middle, name = rest, []
        role = _span_text(text, run[0], run[role_end - 1] if role_end else run[0])
        while middle and (middle[-1].text.lower() in _HONORIFICS or middle[-1].text.lower() in _RANKS):
            middle = middle[:-1]  # "Bupati Garut H. Rudi", "Kapolres Garut AKBP Fajar"
        if middle:
            role = _span_text(text, run[0], middle[-1])
            # What stands between the title and the name is where the person works:
            # "Kepala [Dinas Sosial Garut]"; an organisation head word in the title belongs to it.
            if run[role_end - 1].text.lower() in org_heads:
                middle = [run[role_end - 1]] + middle
            phrase = " ".join(t.text for t in middle).lower()
            if phrase in resources.phrases("places.txt") or phrase in _aliases():
                out.append(_entity(text, middle, "LOC"))
            elif middle[0].text.lower() in org_heads or any(t.text.isupper() for t in middle):
                out.append(_entity(text, middle, "ORG"))
            # else a portfolio such as "Perhubungan" in "Menteri Perhubungan": part of the role
        if name:
            out.append(_entity(text, name, "PER", role=_role(role)))
        return out
    return _classify(run, text, prev, org_heads, loc_heads, lower_vocab)


def _classify(run: list[_Tok], text: str, prev: str, org_heads, loc_heads, lower_vocab: _CommonWords) -> list[Entity]:
    words = [t.text for t in run]
    low = " ".join(words).lower()
    first = words[0].lower()
    places = resources.phrases("places.txt")
    orgs = _organisations()
    in_place = _place_tokens(run)
    if len(run) > 1 and words[0].isupper() and low.split()[0] in orgs and all(in_place[1:]):
        # "BMKG Jawa Barat": the organisation and where its office is.
        return [_entity(text, run[:1], "ORG"), _entity(text, run[1:], "LOC")]
    split = _person_tail(run, lower_vocab)
    if split:
        head, tail = run[:split], run[split:]
        return _classify(head, text, prev, org_heads, loc_heads, lower_vocab) + [_entity(text, tail, "PER")]
    if (low in orgs or first in org_heads or words[-1].rstrip(".").lower() in _ORG_SUFFIXES
            or any(w.lower() in orgs for w in words)):  # "Bareskrim Polri", "Perum Bulog"
        return [_entity(text, run, "ORG")]
    if low in places or low in _aliases() and _aliases()[low] in places or (first in loc_heads and len(words) > 1):
        return [_entity(text, run, "LOC")]
    # A place followed by an organisation acronym, e.g. "Polda Metro" handled above; split
    # runs such as "Jakarta Selatan Bareskrim" are rare enough to leave.
    if len(words) == 1:
        w = words[0]
        if w.isupper() and len(w) >= 2:
            return [_entity(text, run, "ORG")] if w.lower() in orgs or w.lower() in lower_vocab.defined else []
        if prev in _LOC_PREPOSITIONS:
            return [_entity(text, run, "LOC")]
        if prev in _PERSON_CUES:
            return [_entity(text, run, "PER")]
        if w.lower() in lower_vocab:
            return []
        return [_entity(text, run, "?")]  # decided later from the other mentions
    if prev in _LOC_PREPOSITIONS and not any(w.isupper() for w in words):
        return [_entity(text, run, "LOC")]
    if any(w.isupper() and len(w) > 1 and w.lower() not in orgs for w in words):
        return [_entity(text, run, "ORG")] if len(words) <= 6 else []
    if len(words) <= 5 and _could_be_name(words, lower_vocab):
        return [_entity(text, run, "PER")]
    return []


def _person_tail(run: list[_Tok], lower_vocab: _CommonWords) -> int | None:
    """Where a person's name starts in a run that opens with a known organisation acronym
    or place ("KPK Ardian Pramudya", "BMKG Jawa Barat Dewi Kartikasari"), or None."""
    first = run[0].text
    in_place = _place_tokens(run)
    if len(run) < 3 or not ((first.isupper() and first.lower() in _organisations()) or in_place[0]):
        return None
    start = len(run)
    while start > 1 and len(run) - start < 4:
        w = run[start - 1].text
        if w.isupper() or in_place[start - 1] or w.lower() in lower_vocab or w.lower() in _organisations():
            break
        start -= 1
    return start if len(run) - start >= 2 else None


def _could_be_name(words: list[str], lower_vocab: _CommonWords) -> bool:
    """Title-case phrases of common words ("Harga Pangan") are not names; a name may hold
    one common word ("Dewi Fortuna Anwar") but not mostly common words."""
    if not words:
        return False
    common = sum(w.lower() in lower_vocab for w in words)
    return common == 0 or (len(words) >= 3 and common == 1 and words[0].lower() not in lower_vocab)


_HONORIFICS = {"dr", "dr.", "drs", "drs.", "prof", "prof.", "h", "h.", "hj", "hj.", "ir", "ir.", "kh", "kh.",
               "bapak", "ibu", "pak", "bu", "tuan", "nyonya", "ustaz", "habib"}


# Ranks before a name and the corps after a rank (data files ranks.txt, corps.txt).
_RANKS = resources.words("ranks.txt")
# (ranks that also close names: "Direktorat Jenderal", "Jalan Mayor")
_RANK_WORDS_IN_NAMES = frozenset({"jenderal", "kapten", "mayor", "kolonel", "pol", "pol.", "purn", "purn."})
_CORPS = resources.words("corps.txt")


def _place_tokens(run: list[_Tok]) -> list[bool]:
    """Which tokens of a run belong to a known place name ("Korea Selatan")."""
    places = resources.phrases("places.txt")
    marks = [False] * len(run)
    for i in range(len(run)):
        for size in (3, 2, 1):
            phrase = " ".join(t.text for t in run[i : i + size]).lower()
            if i + size <= len(run) and (phrase in places or (size == 1 and phrase in _aliases())):
                for k in range(i, i + size):
                    marks[k] = True
                break
    return marks


def _role(role: str) -> str | None:
    """A role without the honorifics around it: "Bupati Garut H." -> "Bupati Garut"."""
    words = role.split()
    while words and words[-1].lower() in _HONORIFICS:
        words.pop()
    while words and words[0].lower() in _HONORIFICS:
        words.pop(0)
    return " ".join(words) or None


def _span_text(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.start : b.end]


def _entity(text: str, run: list[_Tok], label: str, role: str | None = None) -> Entity:
    start, end = run[0].start, run[-1].end
    surface = text[start:end]
    return Entity(surface, label, start, end, canonical=surface, role=role)


def _resolve_singletons(entities: list[Entity], text: str) -> list[Entity]:
    """A lone capitalised word is a person when it is part of a person's name found in the
    article ("Sri" after "Sri Wulandari"); otherwise it is dropped."""
    person_words = {w.lower() for e in entities if e.label == "PER" for w in e.text.split() if len(e.text.split()) > 1}
    out = []
    for e in entities:
        if e.label == "?":
            if e.text.lower() in person_words:
                e.label = "PER"
            else:
                continue
        out.append(e)
    return out
