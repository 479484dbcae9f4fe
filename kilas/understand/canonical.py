"""One canonical name per real entity, within an article and across a story.

Every mention gets a name of its own, cleaned and expanded; mentions are then joined into
entities, and each entity's canonical name is the fullest name among its mentions.

People
- Titles and forms of address are stripped from the name and kept as the role
  ("Kang Dedi Mulyadi" -> "Dedi Mulyadi", "Prof. Heri Kuncoro" -> "Heri Kuncoro").
- A later mention by surname, given name or a shorter form takes the full name it belongs
  to ("Sri" -> "Sri Wulandari", "Rudi Sinaga" -> "Rudi Hamonangan Sinaga"); when several
  full names share the word, the nearest one introduced before the mention wins, so
  different people who share name parts (two Budis, a father and son) stay apart.
- Spelling variants of one name are one name: hyphens, case and spacing ("Moon Jae-in" /
  "Moon Jae In"), doubled letters and a final y/i ("Zelensky" / "Zelenskyy", "Dmitri" /
  "Dmitry"), old spelling (oe, dj, tj), and the spellings of one given name
  ("Mohammad" / "Muhammad") when the rest of the name agrees.
- Nicknames from the data ("Jokowi"), names the article gives in brackets or after "alias"
  ("Joko Widodo (Jokowi)", "M Fauzi alias Pablo (MFZ)"), and the initials crime reports use
  for suspects ("Ferlan Juliansyah (FJ)", later "AGL" for "Andika Gunawan Lubis").

Organisations and places
- Acronyms and short forms take their expansion from the data files (organisations.txt,
  aliases.txt, canonical_names.txt: "KPK", "AS", "Korut", "Kemlu"), also inside longer
  names ("Polda Jatim" = "Kepolisian Daerah Jawa Timur", "Pemkot Surabaya"), or from the
  text itself: "Badan Siber dan Sandi Negara (BSSN)", "Kepolisian Daerah Jawa Timur
  (Polda Jatim)", "PT Bank Rakyat Indonesia (Persero) Tbk atau BRI".
- Legal forms are not part of a company's name ("PT Pertamina (Persero)" = "Pertamina"),
  and no canonical name keeps an unclosed bracket.
- Administrative heads are dropped from place names ("Kabupaten Sidoarjo" = "Sidoarjo"),
  unless the article names two places that differ only in the head ("Kota Bandung" and
  "Kabupaten Bandung"); long country forms are their country ("Federasi Rusia" = "Rusia").
- A unit named with its parent is the same unit named alone ("Komisi XI DPR" / "Komisi XI").

Never joined: a person and an organisation or place, a body and its parent ("DK PBB" and
"PBB"), a government and its place ("Pemkab Garut" and "Kabupaten Garut").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from .. import resources
from ..model import Entity

# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

_FUNCTION_WORDS = frozenset("dan di dari untuk ke pada atas serta yang & and of the for de la du des van der".split())
# Titles that are also given names: never stripped from the front of a name.
_NAME_LIKE_TITLES = frozenset("imam raja ratu sultan emir kaisar paus uskup putra mahkota".split())
_PARTICLES = frozenset("bin binti van der von de da di al el la le du dos das del ibn".split())
_LEGAL_WORDS = frozenset({"persero", "tbk", "tbk."})
# Indonesian and foreign legal forms after a company's name ("Persero", "Tbk", "Ltd",
# "(Pvt) Ltd", "Sdn Bhd", "GmbH"). "AS" is left alone: after a body it is the United States.
_LEGAL_TAIL = re.compile(r"(?:\s*\(\s*Persero\s*\)?|\s+Persero|\s*,?\s+Tbk\.?|\s*\(Pvt\.?\)|\s*,?\s+(?:Co\.,?\s+)?Ltd\.?"
                         r"|\s*,?\s+(?:Inc|Corp|LLC|PLC|GmbH|AG|SE|Pte|Sdn|Bhd|Berhad|N\.V|B\.V|S\.A)\.?)+$")
_DERIVED_NOUN = re.compile(r"^(?:pe|per|pen|pem|peng|peny|ke)[a-z]{3,}an$")  # "Perkebunan", "Kehutanan"
_PAIR = re.compile(r"([A-Z][a-z]{2,})[-–]([A-Z][a-z]{2,})")  # two people's names for a ticket
_ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9&.\-]{1,11}$")


def _pairs(lines) -> dict[str, str]:
    out = {}
    for line in lines:
        short, _, long = (part.strip() for part in line.partition("="))
        out[short.lower()] = long or short
    return out


@lru_cache(maxsize=None)
def _sections() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    current = "names"
    for line in resources.lines("canonical_names.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        out.setdefault(current, []).append(line)
    return {k: tuple(v) for k, v in out.items()}


def cut_short(word: str) -> bool:
    """A given name written short with a full stop: "Moch.", "Muh." (not a word that ends a
    sentence)."""
    return word.endswith(".") and word[:1].isupper() and word.rstrip(".").lower() in _given()


@lru_cache(maxsize=None)
def _given() -> dict[str, str]:
    """Spellings of one given name -> the one compared ("mohammad" -> "muhammad")."""
    out = {}
    for short, long in _pairs(resources.lines("aliases.txt")).items():
        if long.lower() == "muhammad":
            out[short.rstrip(".")] = "muhammad"
    for short, long in _pairs(_sections().get("given", ())).items():
        out[short.rstrip(".")] = long.lower()
    return out


@lru_cache(maxsize=None)
def _names() -> dict[str, str]:
    """Whole names of organisations and places -> canonical form (lower-case keys)."""
    out = {}
    for short, long in _pairs(resources.lines("aliases.txt")).items():
        if long.lower() != "muhammad" and not short.endswith("."):
            out[short] = long
    for line in resources.lines("organisations.txt"):
        short, _, long = (part.strip() for part in line.partition("="))
        out[short.lower()] = long or short
        if long:
            out.setdefault(long.lower(), long)
    out.update(_pairs(_sections().get("names", ())))
    return out


def known_names() -> list[tuple[str, str]]:
    """Every organisation and place name the data knows, with its label (ORG or LOC): the
    short and long forms of organisations.txt and of canonical_names.txt [names], and the
    places and their short forms. For finding names the model missed."""
    out = []
    places = _places()
    for short, long in _names().items():
        label = "LOC" if long.lower() in places or short in places else "ORG"
        out += [(short, label), (long, label)]
    # out += [(p, "LOC") for p in places]
    return out


@lru_cache(maxsize=None)
def _known_bodies() -> frozenset[str]:
    """The short names of bodies the data knows (lower case) whose long form says it is a
    body ("Bappebti" = "Badan Pengawas ...", "Pelni" = "PT Pelayaran ..."); not other
    spellings of places the place list lacks ("Lisboa")."""
    heads = _org_heads()
    return frozenset(short.lower() for short, long in _names().items()
                     if short.lower() not in _places() and long.lower() not in _places()
                     and (long.split()[0].lower() in heads or re.match(r"PT\.?\s", long)))


@lru_cache(maxsize=None)
def _people() -> dict[str, str]:
    return _pairs(_sections().get("people", ()))


@lru_cache(maxsize=None)
def _parts() -> dict[str, str]:
    """Words that open or sit inside longer names, for expanding a name word by word: the
    [parts] of the data and the short forms of places ("Jatim"); not organisation acronyms,
    which mean other things inside other names ("DPD" in "DPD II Golkar")."""
    out = {k: v for k, v in _pairs(resources.lines("aliases.txt")).items() if v.lower() != "muhammad"}
    out.update({k: v for k, v in _pairs(_sections().get("names", ())).items() if v.lower() in _places()})
    out.update(_pairs(_sections().get("parts", ())))
    # A form whose expansion contains it ("Bulog" = "Perum Bulog") is not expanded inside names.
    return {k: v for k, v in out.items() if k not in v.lower().split()}


@lru_cache(maxsize=None)
def _deep_parts() -> dict[str, str]:
    """All short forms, organisation acronyms too: for comparing names, not for showing them."""
    out = dict(_names())
    out.update(_parts())
    return {k: v for k, v in out.items() if k not in v.lower().split()}


@lru_cache(maxsize=None)
def _words(section: str) -> frozenset[str]:
    return frozenset(line.lower() for line in _sections().get(section, ()))


@lru_cache(maxsize=None)
def _titles() -> frozenset[str]:
    titles = set(resources.phrases("titles.txt")) | _words("honorifics")
    titles |= {"jenderal tni", "jenderal pol", "jenderal pol.", "irjen pol", "irjen pol.", "brigjen pol",
               "brigjen pol.", "komjen pol", "komjen pol.", "kombes pol", "kombes pol.", "akbp", "ipda",
               "iptu", "aiptu", "bripka", "brigadir", "purn", "(purn)", "tni", "hj", "h", "drs", "dra",
               "sdr", "st", "s.h.", "kiai", "haji", "syekh"}
    return frozenset(t for t in titles if t not in _NAME_LIKE_TITLES)


@lru_cache(maxsize=None)
def _places() -> frozenset[str]:
    places = set(resources.phrases("places.txt"))
    for short, long in _pairs(resources.lines("aliases.txt")).items():
        if long.lower() != "muhammad":
            places |= {short, long.lower()}
    return frozenset(places)


@lru_cache(maxsize=None)
def _provinces() -> frozenset[str]:
    # places.txt opens with the provinces, from Aceh to Papua Barat Daya.
    out = []
    for line in resources.lines("places.txt"):
        out.append(line.lower())
        if line.lower() == "papua barat daya":
            break
    return frozenset(out)


@lru_cache(maxsize=None)
def _org_heads() -> frozenset[str]:
    heads = set(resources.words("org_heads.txt")) | set(_pairs(_sections().get("parts", ()))) | _words("orgheads")
    return frozenset(heads - {"tim", "pusat", "bank"})


def state_heads() -> frozenset[str]:
    """Words that open a country's formal name ("Republik", "Kerajaan")."""
    return _words("states")


def honorifics() -> frozenset[str]:
    """Forms of address before a name ("Bhante", "Mama", "Daeng")."""
    return _words("honorifics")


def place_endings() -> frozenset[str]:
    """Words that end place names ("Bandung Barat", "Garut Kota"): [directions]."""
    return _words("directions")


def state_words() -> frozenset[str]:
    """Words that may follow the head in a country's formal name ("Sosialis", "Persatuan")."""
    return _words("state_words")


@lru_cache(maxsize=None)
def _common() -> frozenset[str]:
    return resources.words("common_words.txt")


# ---------------------------------------------------------------------------
# keys
# ---------------------------------------------------------------------------

def _fold(text: str) -> str:
    """Letters without their accents: "Petrović" = "Petrovic", "Çelikoğlu" = "Celikoglu"."""
    text = unicodedata.normalize("NFKD", text).translate(_UNACCENTED)
    return "".join(ch for ch in text if not unicodedata.combining(ch))


_UNACCENTED = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss",
                             "æ": "ae", "Æ": "AE", "œ": "oe", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th"})


def _tok_key(token: str) -> str:
    """One word of a name, spelling-insensitive: case, accents, dots and apostrophes, old
    spelling (oe, dj, tj), sy for s ("Syaiful" = "Saiful"), a final y, doubled letters, and
    the spellings of one given name."""
    t = _fold(token).lower().strip(".'’`\"")
    t = _given().get(t, t)
    t = re.sub(r"[^\w]", "", t)
    # Old Indonesian spelling, in a word that shows it (dj -> j, tj -> c, and then j -> y:
    # "Tanuwidjaja" = "Tanuwijaya", "Djoko" = "Joko"), transliterations of Arabic and German
    # vowels ("Mansoori" = "Mansouri", "Saeed" = "Said", "Kuehn" = "Kühn"), Thai "ph" and
    # "tch" ("Kittiphong" = "Kittipong", "Wanitchaya" = "Wanichaya").
    t = t.replace("sj", "sy")  # "Sjahrir" = "Syahrir"
    t = re.sub(r"ij(?![aeiou])", "y", t)  # Dutch: "Van der Kooij" = "Van der Kooy", "Dijkstra" = "Dykstra"
    if "dj" in t or "tj" in t or "oe" in t:
        t = t.replace("dj", "\0").replace("tj", "c").replace("j", "y").replace("\0", "j")
    # "Xolmatov" = "Kholmatov" (Uzbek and Russian spellings of one sound); "Alexander" = "Aleksandr"
    t = re.sub(r"^x(?=[aeiou])", "k", t)
    # ... and Kazakh "zh" ("Zhaksylykov" = "Jaksylykov")
    t = t.replace("sy", "s").replace("sh", "s").replace("ph", "p").replace("tch", "ch").replace("kh", "k").replace("zh", "j").replace("x", "ks")
    # an aspirate written or not ("Raghunathan" = "Ragunathan", "Ramadhan" = "Ramadan", "Bhakti" = "Bakti")
    t = re.sub(r"(?<=[bdg])h", "", t)
    t = t.replace("oe", "u").replace("ue", "u").replace("oo", "u").replace("ou", "u").replace("ee", "i")
    # Ukrainian and Russian spellings of one name: "Hnatiuk" = "Gnatyuk" (an h before a
    # consonant is the Russian g; "iu" is "yu")
    t = re.sub(r"^h(?=[nrl])", "g", t).replace("iu", "yu")
    # a y after a vowel and before a consonant is an i ("Aygerim" = "Aigerim", "Sayful" = "Saiful")
    t = re.sub(r"(?<=[aeiou])y(?=[^aeiouy])", "i", t)
    t = re.sub(r"(.)\1+", r"\1", t)
    if len(t) > 3 and t.endswith("y"):
        t = t[:-1] + "i"
    return t


def _split(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-‐–]+", name) if re.search(r"\w", w)]


def _person_tokens(name: str) -> list[str]:
    """Word keys of a person's name; the Arabic article joins its word ("Al-Habsyi" =
    "Alhabsyi" = "Al Habsyi"); "bin" and "binti" ("son/daughter of"), which Malay names
    print or leave out, are no part of the key; "beru" and "boru" are "br"."""
    keys = []
    words = _split(name)
    if len(words) > 1 and re.search(r"\w-" + re.escape(words[-1]) + r"$", name) \
            and words[-1].lower() in _words("honorific_suffixes"):
        words.pop()  # "Noriko-sensei"
    for i, k in enumerate(_tok_key(w) for w in words):
        if i and k in ("beru", "boru"):
            k = "br"  # a Batak woman's clan particle, printed in full or short: "Rosmalia br Ginting"
        # "Abdelhamid" = "Abdul Hamid", "Abdurrahman" = "Abdulrahman" = "Abdul Rahman" (the
        # Arabic l assimilates): "Abd-" and the name after it are two words of the key
        joined = re.fullmatch(r"abd[eu]l?([a-z]{4,})", k) if k else None
        keys.extend(["abdul", joined.group(1)] if joined else [k])
    return _join_articles([k for k in keys if k and k not in ("bin", "binti")])


def _join_articles(keys: list[str]) -> list[str]:
    out: list[str] = []
    for k in keys:
        if out and out[-1] in ("al", "el") and len(k) > 2:
            out[-1] += k
        else:
            out.append(k)
    return out


def _flat(name: str) -> str:
    """Key of an organisation or place name: letters and digits only, lower case, no
    accents, no "PT", and the old spelling of a name that shows it ("Bandara Tjilik Riwut" =
    "Bandara Cilik Riwut", "Jajasan Tjokro" = "Yayasan Cokro")."""
    low = _fold(name).lower()
    if re.search(r"tj|dj|oe", low):
        low = low.replace("dj", "\0").replace("tj", "c").replace("j", "y").replace("\0", "j").replace("oe", "u")
    low = low.replace("th", "t")  # "Kertha Gosa" = "Kerta Gosa", "Thailand" = "Tailand"
    # The Arabic article written as it is said before its word ("Masjid An-Nabawi" = "Masjid
    # Nabawi", "Pesantren As-Salam" = "Pesantren Salam"): printed or left out, one name
    low = _SUN_ARTICLE.sub("", low)
    return re.sub(r"[^0-9a-z]", "", re.sub(r"^(?:pt\.?|perum|perusahaan umum)\s+", "", low))


_SUN_ARTICLE = re.compile(r"(?<=\s)a(?:(sy|sh|dz)-(?=\1)|([dnrstz])-(?=\2))")


@lru_cache(maxsize=None)
def _translations() -> tuple[dict[tuple[str, ...], tuple[str, ...]], int]:
    out = {}
    for line in resources.lines("name_translations.txt"):
        a, _, b = (part.strip() for part in line.partition("="))
        out[tuple(a.lower().split())] = tuple(b.lower().split())
    return out, max(len(k) for k in out)


def translation_key(name: str) -> tuple[frozenset[str], bool]:
    """The words of a name in Indonesian, in no order, and whether any word was translated:
    "Asian Development Bank" and "Bank Pembangunan Asia" both give {asia, pembangunan, bank}."""
    table, longest = _translations()
    words = [w.rstrip(".").lower() if w != "U.S." else "u.s." for w in re.findall(r"[\w'’.-]+", _fold(name))]
    out, changed, i = [], False, 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            phrase = tuple(words[i : i + size])
            if phrase in table:
                out += table[phrase]
                changed = changed or table[phrase] != phrase
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return frozenset(out), changed


# "Universitas Leiden" = "Leiden University" = "University of Leiden" = "Universiteit Leiden"
_UNIVERSITY = re.compile(r"^(?:universitas|universiti|universiteit|university of|université|universität|universidad)\s+(?P<a>.+)$"
                         r"|^(?P<b>.+?)\s+(?:university|universitet)$", re.I)  # ("Aarhus Universitet")


# "Kodim 1501/Ternate": a numbered unit, which news also calls "Kodim Ternate" or "Kodim 1501"
_NUMBERED_UNIT = re.compile(r"^(?P<head>.+?)\s+(?P<num>\d{2,4}|[IVXL]{1,5})\s*/\s*(?P<name>\S.*)$")


def _slash_keys(name: str, defs) -> list[str]:
    """A body named as two with a slash ("Kementerian PPN/Bappenas", "KLH/BPLH") is each of
    them: the key of each part. Not a numbered unit ("Kodam XV/Pattimura")."""
    if "/" not in name or re.search(r"(?:\d|\b[IVXL]+)\s*/", name):
        return []
    return [_flat(_expand(part.strip(), defs, deep=True)) for part in name.split("/") if len(part.strip()) >= 2]


def _unit_keys(name: str, defs) -> list[str]:
    m = _NUMBERED_UNIT.match(name)
    if not m:
        return []
    head = _expand(m.group("head"), defs)
    return [_flat(f"{head} {m.group('name')}"), _flat(f"{head} {m.group('num')}")]


def _parent_keys(name: str, defs) -> list[str]:
    """"BKSAP DPR": a unit's acronym, then the body it belongs to, is the unit."""
    words = name.split()
    if len(words) == 2 and re.fullmatch(r"[A-Z]{3,6}", words[0]) and words[1].lower() in _words("parents"):
        return [_flat(_expand(words[0], defs, deep=True))]
    return []


_UMLAUTS_WRITTEN_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _umlaut_key(name: str) -> str | None:
    """A German name with its umlaut written out or not: "Köln" = "Koeln" (the old Indonesian
    "oe" of _flat would make "Koeln" "Kuln")."""
    if not re.search(r"[äöüÄÖÜ]|[aou]e", name):
        return None
    return "umlaut:" + re.sub(r"[^0-9a-z]", "", _fold(re.sub(r"(?<=[aouAOU])e", "", name)).lower())


def _university_key(name: str) -> str | None:
    m = _UNIVERSITY.match(name.strip())
    return "university:" + _flat(m.group("a") or m.group("b")) if m else None


def name_key(name: str) -> str:
    """Spelling-insensitive key: case, hyphens, dots, spacing and spelling variants of a word
    do not matter ("Moon Jae-in" = "Moon Jae In", "Zelensky" = "Zelenskyy")."""
    tokens = []
    for word in _bare(name).replace(".", " ").split():
        low = word.lower()
        expansion = _names().get(low) if not _given().get(low) else None
        for part in (expansion.split() if expansion and low in _aliases_short() else [word]):
            tokens.extend(_person_tokens(part))
    return " ".join(_join_articles(tokens))


@lru_cache(maxsize=None)
def _aliases_short() -> frozenset[str]:
    return frozenset(k for k in _pairs(resources.lines("aliases.txt")))


# ---------------------------------------------------------------------------
# the pass
# ---------------------------------------------------------------------------

@dataclass
class _Mention:
    e: Entity
    name: str = ""                # the mention's own name, cleaned and expanded
    tokens: list[str] = field(default_factory=list)   # person: word keys of the name
    title: str | None = None      # title words stripped from a person's name
    nickname: str | None = None   # "Gus Nur": kept when nothing longer names the person
    drop_role_tail: str | None = None


def canonicalise(text: str, entities: list[Entity]) -> list[Entity]:
    entities = _given_name_before(text, _missed_villages(text, _body_and_region(text, _tidy(text, entities))))
    _relabel(text, entities)
    defs, entities = _definitions(text, entities)
    entities = _initials(text, entities, defs)
    entities.sort(key=lambda e: (e.start, -e.end))
    people = [_Mention(e) for e in entities if e.label == "PER"]
    others = [_Mention(e) for e in entities if e.label != "PER"]
    # a bare word that also names a place or building of the article ("Bosscha" beside
    # "Observatorium Bosscha") is not taken for the person of that name
    named_after = {_tok_key(w) for m in others if (f := _facility(m.e.text)) for w in f[1]}
    _link_people(text, people, defs, named_after)
    _link_others(others, defs, text)
    return entities


# --- tidy -------------------------------------------------------------------

def _tidy(text: str, entities: list[Entity]) -> list[Entity]:
    """Trim punctuation from the edges of mentions, split a mention at an unclosed bracket
    ("Badan Pangan Nasional (Bapanas" -> two mentions), drop bare legal forms ("Persero")."""
    out = []
    for e in entities:
        if e.role:
            e.role = _clean_role(e.role)
        pieces = [(e.start, e.end, e.label)]
        s = text[e.start : e.end]
        if s.count("(") > s.count(")"):
            cut = e.start + s.rindex("(")
            pieces = [(e.start, cut, e.label), (cut + 1, e.end, e.label)]
        elif e.label == "PER" and _PAIR.fullmatch(s):
            # "Prabowo-Gibran", "Anies-Muhaimin": a ticket names two people
            cut = e.start + _PAIR.fullmatch(s).end(1)
            pieces = [(e.start, cut, "PER"), (cut + 1, e.end, "PER")]
        for start, end, label in pieces:
            while start < end and not (text[start].isalnum()):
                start += 1
            while end > start and not (text[end - 1].isalnum() or text[end - 1] in ".)"):
                end -= 1
            # "Ekonom Institute for ...": a role the model took in front of a body's name
            if label == "ORG" and (m := re.match(r"(\S+)\s+(?=[A-Z]\S*\s+\S)", text[start:end])) \
                    and m.group(1).lower() in resources.phrases("titles.txt") and m.group(1).lower() not in _org_heads() \
                    and m.group(1).lower() not in _words("honorifics") | _NAME_LIKE_TITLES:  # "Ibu Kota", "Raja Ampat"
                start += m.end()
            # "kampus Universitas Jember", "kamp Cox's Bazar": a common word the model took
            # in front of a name is not part of it
            while label != "PER" and (m := re.match(r"[a-z]+\s+(?=[A-Z])", text[start:end])):
                start += m.end()
            if label != "PER" and re.match(r"se-(?=[A-Z])", text[start:end]):
                start += 3  # "se-Kalbar": all of West Kalimantan, a place with a prefix
            while label != "PER" and (m := re.search(r"(?<=[\w.)])\s+[a-z]+$", text[start:end])):
                end = start + m.start()  # "Unsri tengah": a word of the sentence after the name
            if end > start and text[end - 1] == ")" and text[start:end].count("(") < text[start:end].count(")"):
                end -= 1
                while end > start and not text[end - 1].isalnum() and text[end - 1] != ".":
                    end -= 1
            surface = text[start:end]
            if not surface or surface.lower() in _LEGAL_WORDS or not re.search(r"[A-Za-z]", surface):
                continue
            if (start, end) == (e.start, e.end):
                out.append(e)
            else:
                out.append(Entity(surface, label, start, end, canonical=surface, role=e.role if label == "PER" else None))
    return out


def _body_and_region(text: str, entities: list[Entity]) -> list[Entity]:
    """A body and the region right after it, which the recogniser cut in two, are the
    body's regional branch: "Kamar Dagang dan Industri | Jawa Timur", "Parisada Hindu Dharma
    Indonesia | Kabupaten Tabanan"."""
    out: list[Entity] = []
    for e in sorted(entities, key=lambda e: e.start):
        prev = out[-1] if out else None
        if prev is not None and prev.label == "ORG" and e.label == "LOC" and text[prev.end:e.start] == " " \
                and (" " in prev.text or prev.text.isupper()) \
                and (_admin_split(e.text)[0] in ("kabupaten", "kota", "provinsi") or e.text.lower() in _provinces()
                     or e.text == "Indonesia" and len(prev.text.split()) > 2) and not _is_company(prev.text):
            out[-1] = Entity(text[prev.start:e.end], "ORG", prev.start, e.end, canonical=text[prev.start:e.end])
            continue
        out.append(e)
    return out


def _missed_villages(text: str, entities: list[Entity]) -> list[Entity]:
    """A village the recogniser missed with its head ("Desa Tetebatu di Kecamatan Sikur")
    though it found the name alone elsewhere ("Tetebatu", perhaps as a person): the headed
    name is a place mention too."""
    names = {e.text for e in entities}
    heads = "|".join(head.title() for head, level in _admin_ranks().items() if level >= 3)  # Desa, Kelurahan, Dusun ...
    found = []
    for m in re.finditer(rf"(?<![\w-])(?:{heads}) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?![\w-])", text):
        if m.group(1) in names and not any(e.start < m.end() and m.start() < e.end for e in entities):
            found.append(Entity(m.group(), "LOC", m.start(), m.end(), canonical=m.group()))
    return sorted(entities + found, key=lambda e: (e.start, -e.end)) if found else entities


def _given_name_before(text: str, entities: list[Entity]) -> list[Entity]:
    """"Jopie Mamengko" where the model found only "Mamengko", and found "Jopie" alone as a
    person elsewhere: the word before is the person's given name, not another person's
    ("Mamengko" would otherwise be "Vanny Mamengko" of the same article)."""
    lone = {e.text for e in entities if e.label == "PER" and re.fullmatch(r"[A-Z][a-z]+", e.text)}
    covered = [(e.start, e.end) for e in entities]
    openers = resources.words("name_openers.txt")
    out = []
    for e in entities:
        m = re.search(r"(?<![\w.,;:\-])([A-Z][a-z]+) $", text[max(0, e.start - 30):e.start])
        # (or a word that opens names, mid-sentence: "desa, Lalu Muhammad Zainuddin Arsyad")
        opener = m and e.label == "PER" and m.group(1).lower() in openers and len(m.group(1)) > 3 \
            and re.search(r"[a-z,] $", text[max(0, e.start - len(m.group(0)) - 2):e.start - len(m.group(0))])
        if e.label == "PER" and m and (opener or m.group(1) in lone and m.group(1) != e.text and " " not in e.text
                                       and m.group(1).lower() not in _common()) \
                and not any(s < e.start and e.start - len(m.group(0)) < t for s, t in covered):
            start = e.start - len(m.group(0))
            e = Entity(text[start:e.end], "PER", start, e.end, canonical=text[start:e.end], role=e.role)
        out.append(e)
    return out


def _clean_role(role: str) -> str | None:
    role = role.strip(" ,;:")
    if role.count("(") > role.count(")"):
        role += ")"
    return role or None


# --- labels -----------------------------------------------------------------

def _relabel(text: str, entities: list[Entity]) -> None:
    """Fix labels the names themselves contradict: "Pemda Jabar" is no person, a lone
    "Jabar" tagged as a person is the province, "Fauzi" tagged as a place after "Fauzi"
    the person is that person, "KDM" is a person."""
    in_names = {w for e in entities if e.label == "PER" and " " in e.text for w in e.text.split()}
    for e in entities:
        first = e.text.split()[0].lower().rstrip(".")
        first_two = " ".join(e.text.split()[:2]).lower()
        # ("International University of Africa": an English body's head need not come first)
        if e.label == "PER" and first in _org_heads() or e.label == "LOC" and (
                first in _words("body_heads") or first_two in _words("body_heads")) or e.label != "ORG" and any(
                w in ("University", "Universiteit", "Universitet", "Université", "Universität", "Universidade",
                      "Universidad", "Università", "Univerzitet", "College", "Institute", "Institutet")
                for w in e.text.split()):
            e.label = "ORG"
        elif e.label == "PER" and first in _BUILDINGS and " " in e.text:
            e.label = "LOC"  # "Makam Joko Tingkir": a grave named for its man is a place
        elif e.label != "PER" and e.text.lower() in _people():
            e.label = "PER"
        elif e.label != "ORG" and e.text.lower() in _known_bodies() and (
                e.label == "LOC" or (len(e.text) >= 5 and e.text not in in_names)):
            e.label = "ORG"  # "Bappebti" the model called a place, "Pelni" a person (not "Aji" of "Aji Santoso")
    # "Waskita" tagged as a person where the article prints "PT Waskita Karya" and no person
    # of that name: the company by its first word.
    firsts = {words[0] for e in entities if e.label == "ORG" and _is_company(e.text)
              and (words := _bare(_company(e.text)).split())}
    for e in entities:
        if e.label == "PER" and " " not in e.text and e.text in firsts and e.text not in in_names:
            e.label = "ORG"
    # "Raka Wirapati" tagged as a place where the article calls him "Raka" as a person: a
    # name of two or three plain words, none of them a head or a known place.
    lone = {e.text for e in entities if e.label == "PER" and " " not in e.text}
    for e in entities:
        words = e.text.split()
        # (or "Massiara Lapawi" tagged as a place where it calls him "Lapawi"; not a body, which
        # a family's name may end: "Jajasan Tjokrohadi")
        if e.label in ("LOC", "ORG") and 2 <= len(words) <= 3 \
                and (words[0] in lone or e.label == "LOC" and words[-1] in lone) \
                and all(re.fullmatch(r"[A-Z][a-z]+", _fold(w)) for w in words) and e.text.lower() not in _places() \
                and e.text.lower() not in _names() and not any(w.lower() in _not_name_words() for w in words) \
                and words[0].lower() not in _BUILDINGS:
            e.label = "PER"
    # "Trần Văn Phúc" tagged as a place where the article prints the person "Tran Van Phuc"
    # without accents: the same name, so the same person.
    plain_people = {_fold(e.text) for e in entities if e.label == "PER" and " " in e.text}
    for e in entities:
        if e.label != "PER" and _fold(e.text) != e.text and _fold(e.text) in plain_people:
            e.label = "PER"
    # "Melva | Situngkir" cut by the model into a body and a place, where the article calls
    # her "Melva" as a person: the pieces are her name.
    ordered = sorted(entities, key=lambda e: e.start)
    for a, b in zip(ordered, ordered[1:]):
        if text[a.end:b.start] != " " or not any(x.text in lone for x in (a, b)):
            continue
        for e in (a, b):
            if e.label in ("LOC", "ORG") and re.fullmatch(r"[A-Z][a-z]{2,}", e.text) \
                    and e.text.lower() not in _places() and e.text.lower() not in _names() \
                    and e.text.lower() not in _org_heads() and e.text.lower() not in _common():
                e.label = "PER"
    # "Lamria br Berutu": a Batak woman's name ("br", "boru": daughter of the clan) is a person's
    for e in entities:
        if e.label != "PER" and re.search(r"\s(?:br\.?|boru)\s+[A-Z]", e.text) and e.text[:1].isupper():
            e.label = "PER"
    # "Tarogong Kaler", "Garut Kota": a place and a word of direction, not a person.
    loc_words = {w for e in entities if e.label == "LOC" for w in e.text.split()}
    for e in entities:
        words = e.text.split()
        if e.label == "PER" and not e.role and 2 <= len(words) <= 3 and words[-1].lower() in _words("directions") \
                and all(w[0].isupper() for w in words) \
                and (words[0] in loc_words or " ".join(words[:-1]).lower() in _places()):
            e.label = "LOC"
    person_words = {w for e in entities if e.label == "PER" and len(e.text.split()) > 1 for w in e.text.split()}
    folded_person_words = {_fold(w) for w in person_words}
    lone_people = {e.text for e in entities if e.label == "PER" and " " not in e.text}
    # "Pindad" tagged as a person beside "PT Pindad", "Kuzey Savunma" beside "Kuzey Savunma
    # Teknolojileri": the company's short name.
    companies = set()
    for e in entities:
        if e.label == "ORG" and " " in e.text:
            words = _bare(_company(e.text)).split()
            companies.add(" ".join(words))
            companies.update(" ".join(words[:k]) for k in range(1, len(words))
                             if _tail_is_descriptive(words[:k], words))
    # The places the article names ("Kabupaten Samosir" names Samosir).
    places_here = {rest for e in entities if e.label == "LOC" for head, rest in [_admin_split(e.text)] if head}
    # the villages the article names ("Kampung Wae Rebo" names "Wae Rebo", also printed "Waerebo")
    villages = {_flat(rest) for e in entities if e.label == "LOC" for head, rest in [_admin_split(e.text)]
                if head and _admin_rank(head) == 3}
    # the natural landmarks the article names, by their names alone ("Waduk Saguling" names Saguling)
    landmarks = {(" ".join(f[1]), "LOC") for e in entities if e.label == "LOC"
                 and (f := _facility(e.text)) and f[0] in _SAME_AS_NAME}
    # the names of the article's facilities ("Pantoloan" of "Pelabuhan Pantoloan")
    facility_names = {" ".join(f[1]) for e in entities if e.label == "LOC" and (f := _facility(e.text))}
    # the last words of the article's place and organisation names: "Nusantara" of "Ibu Kota Nusantara"
    name_ends = {e.text.split()[-1] for e in entities if e.label != "PER" and " " in e.text}
    # the one-word place and body names, without their accents ("Thies" of "Thiès")
    # (or with a German umlaut written out: "Koeln" of "Köln")
    unaccented = {form: e.label for e in entities if e.label != "PER" and " " not in e.text and _fold(e.text) != e.text
                  for form in (_fold(e.text).lower(), _fold(e.text.translate(_UMLAUTS_WRITTEN_OUT)).lower())}
    # ... and the other way: the names of places and bodies printed without accents ("Hoi An" of "Hội An")
    plain = {e.text.lower(): e.label for e in entities if e.label != "PER" and _fold(e.text) == e.text}
    for e in entities:
        low = e.text.lower()
        if e.label == "PER" and " " not in e.text and (
                (low in _places() and (e.text not in person_words or e.text in name_ends))
                or ((low in _places() or e.text in places_here) and _after_place_word(text, e.start))):
            e.label = "LOC"  # "dari Samosir" beside the person "Hotman Samosir"
        elif e.label == "PER" and not e.role and _flat(e.text) in villages and low not in _people() \
                and (" " in e.text or e.text not in person_words):
            e.label = "LOC"  # "Wae Rebo" tagged as a person beside "Kampung Wae Rebo"
        elif e.label == "PER" and e.text in companies and (" " in e.text or e.text not in person_words):
            e.label = "ORG"
        elif e.label == "PER" and e.text not in person_words and low not in _people() \
                and _names().get(low, low).lower() != low:
            # "Barantin" tagged as a person: a short form the data spells out
            e.label = "LOC" if _names()[low].lower() in _places() else "ORG"
        elif e.label == "PER" and " " not in e.text and e.text not in person_words \
                and (e.text, "LOC") in landmarks:
            e.label = "LOC"  # "Saguling" tagged as a person beside "Waduk Saguling"
        elif e.label == "PER" and " " not in e.text and e.text not in person_words and not e.role \
                and e.text in facility_names and low not in _people():
            e.label = "LOC"  # "Pantoloan" tagged as a person beside "Pelabuhan Pantoloan"
        elif e.label == "PER" and " " not in e.text and _fold(e.text) not in folded_person_words and not e.role \
                and e.text == _fold(e.text) and low in unaccented:
            e.label = unaccented[low]  # "Thies" tagged as a person beside the town "Thiès"
        elif e.label == "PER" and _fold(e.text) != e.text and _fold(e.text).lower() in plain and not e.role \
                and not any(_fold(w) in _fold(p.text).split() for p in entities
                            if p.label == "PER" and " " in p.text and _fold(p.text) != _fold(e.text) for w in e.text.split()):
            e.label = plain[_fold(e.text).lower()]  # "Hội An" tagged as a person beside the town "Hoi An"
        elif e.label == "LOC" and " " not in e.text and (e.text in person_words or e.text in lone_people) \
                and low not in _places() and low not in _names() and _flat(e.text) not in villages \
                and ((e.text, "LOC") not in landmarks or e.text in person_words) \
                and not (e.text in places_here and _after_place_word(text, e.start)):
            e.label = "PER"  # (but not "Adonara" beside "Pulau Adonara", whatever one mention was tagged)
        elif e.label == "PER" and re.fullmatch(r"[A-Z][a-z]{3,7}", e.text) and _fold(e.text) not in folded_person_words \
                and low not in _common() and (owner := next((o for o in entities if o.label != "PER" and " " in o.text
                                                            and any(_syllable_short_form(e.text, o.text.split()[-k:])
                                                                    for k in (2, 3))), None)):
            e.label = owner.label  # "Untad" tagged as a person beside "Universitas Tadulako"
        elif e.label == "ORG" and " " not in e.text and not e.text.isupper() and _fold(e.text) in folded_person_words \
                and low not in _places() and low not in _names() and low not in _org_heads() \
                and any(p.label == "PER" and p.start < e.start and _fold(e.text) in _fold(p.text).split() for p in entities):
            e.label = "PER"  # "Siregar" tagged as an organisation after "Rahmi Wulandari Siregar" ("Yildiz" after "Serkan Yıldız")
        elif e.label != "PER" and len(e.text.split()) == 2 and e.text.split()[0].lower() in _words("honorifics") \
                and e.text.split()[1] in person_words:
            e.label = "PER"  # "Uda Afdal" tagged as an organisation beside "Afdal Zulhendri"
    # "dr. Kariadi" tagged as a place beside "RSUP Dr. Kariadi": after a doctor's or a
    # professor's title, a person (the hospital's namesake). Last, over the rules above.
    for e in entities:
        if e.label != "PER" and _AFTER_PERSON_TITLE.search(text, max(0, e.start - 8), e.start) \
                and e.text.lower() not in _places() and e.text.lower() not in _names() \
                and not _facility(e.text) and not _admin_split(e.text)[0]:
            e.label = "PER"


@lru_cache(maxsize=None)
def _not_name_words() -> frozenset[str]:
    """Words that are no part of a person's name: places, the heads of bodies and places,
    clubs' last words and descriptors ("Dewa United")."""
    return _places() | _org_heads() | resources.phrases("loc_heads.txt") | _words("club_endings") \
        | _words("descriptors") | _words("body_tails")


def _after_place_word(text: str, start: int) -> bool:
    """The word before is one that introduces a place: "di", "ke", "dari", "Kabupaten"."""
    before = text[max(0, start - 20):start].split()
    return bool(before) and before[-1].lower().rstrip(".") in {"di", "ke", "dari", "kabupaten", "kab", "kota",
                                                                "provinsi", "pulau", "wilayah", "kawasan"}


# --- definitions in the text -----------------------------------------------

def _definitions(text: str, entities: list[Entity]) -> tuple[dict[str, tuple[str, str]], list[Entity]]:
    """Short forms the article defines: "Long Name (ACR)", "ACR (Long Name)", "Name alias
    Nick", "PT X Tbk atau ACR". Returns {short form (lower case): (long name, label)} and the
    entities, with a mention added for each defined form the recogniser did not find."""
    defs: dict[str, tuple[str, str]] = {}
    added: list[Entity] = []
    ends = {}
    for e in entities:
        ends.setdefault(e.end, []).append(e)

    def before(pos: int, pattern: str = r"\s*") -> Entity | None:
        for back in range(40):
            for e in ends.get(pos - back, []):
                if re.fullmatch(pattern, text[e.end : pos]):
                    return e
        return None

    def covered(a: int, b: int) -> Entity | None:
        for e in entities + added:
            if e.start < b and a < e.end:
                return e
        return None

    def add(a: int, b: int, label: str) -> None:
        if covered(a, b) is None:
            s = text[a:b]
            added.append(Entity(s, label, a, b, canonical=s))

    for m in re.finditer(r"\(([^()\n]{1,80})\)", text):
        inner = m.group(1).strip()
        a = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        b = a + len(inner)
        if not inner or not inner[0].isupper() or inner.lower() in _LEGAL_WORDS or re.search(r"\d{2}", inner):
            continue
        inner_words = inner.split()
        if len(inner_words) > 4 or not all(w[0].isupper() or w.lower() in _FUNCTION_WORDS for w in inner_words):
            continue
        # "ACR (Long Name)": an acronym right before the bracket, a name inside.
        base = max(0, m.start() - 12)
        head = re.search(r"(?<![\w-])([A-Z][A-Z0-9]{1,6})\s*$", text[base : m.start()])
        if head and not _caps_like(inner):
            short = head.group(1)
            inside = covered(a, b)
            label = inside.label if inside is not None and inside.start == a and inside.end == b else None
            if label is None:
                label = "PER" if _initials_fit(short, inner_words, lead_m=True) and not _orgish(inner_words) else "ORG"
            if (label == "PER" and _initials_fit(short, inner_words, lead_m=True)) or \
                    (label != "PER" and _abbrev_fits(short, inner_words, heads=True)):
                defs.setdefault(short.lower(), (inner, label))
                add(a, b, label)
                sa = base + head.start(1)
                add(sa, sa + len(short), label)
            continue
        # "Long Name (ACR)" / "Name (Nick)": the mention right before the bracket, perhaps
        # with "alias Nick" between ("M Fauzi alias Pablo (MFZ)").
        prev = before(m.start(), r"\s*|\s+alias\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?\s*")
        # The capitalised run before the bracket, which the acronym spells out: the model
        # found none of it, or only its last words ("Geofisika" of "Badan Meteorologi,
        # Klimatologi, dan Geofisika (BMKG)"), which give way to the whole name.
        spelled = None
        if _is_acronym(inner) and (prev is None or prev.label != "PER"):
            run = _caps_run_before(text, m.start())
            spelled = _long_form_in_run(text, run, inner) if run else None
            if spelled and prev is not None and spelled[0][0] >= prev.start:
                spelled = None  # the mention before the bracket is as long: read it below
            # "Mahasiswa Pencinta Alam Universitas Indonesia (Mapala UI)": the bracket's last
            # word is the body found before it, its first word the rest of the run: the whole
            # run is the name, a unit of that body.
            if not spelled and run and prev is not None and len(inner_words) == 2 and run[0][0] < prev.start \
                    and prev.end == run[-1][1] and _abbrev_fits(inner_words[1], _bare(prev.text).split(), heads=True) \
                    and not _abbrev_fits(inner, _bare(prev.text).split(), heads=True):
                # (a role before the name is no part of it: "Ketua Umum Pengurus Besar ... (PB Perpani)")
                first = len(_strip_titles(" ".join(text[a:b] for a, b in run))[1])
                spelled = ((run[first][0], run[-1][1]), "ORG") if run[first][0] < prev.start else None
        elif prev is not None and prev.label == "PER" and inner.isupper() and inner.isalpha() and len(inner) >= 4 \
                and not _initials_fit(inner, prev.text.split(), lead_m=True):
            # "Paguyuban Petani Tembakau Sindoro Sumbing (PPTSS)", the model calling "Sindoro
            # Sumbing" a person: the initials spell a body that opens before the "person"
            run = _caps_run_before(text, m.start())
            spelled = _long_form_in_run(text, run, inner) if run else None
            if not spelled or spelled[1] != "ORG" or spelled[0][0] >= prev.start:
                spelled = None
        if spelled:
            (ra, rb), label = spelled
            defs.setdefault(inner.lower(), (text[ra:rb], label))
            gone = [e for e in entities if ra <= e.start and e.end <= rb]
            if gone and not any(e.start < rb and ra < e.end for e in entities + added if e not in gone):
                entities = [e for e in entities if e not in gone]
            add(ra, rb, label)
            add(a, b, label)
            continue
        if prev is not None:
            inside = covered(a, b)
            # "M Fauzi alias Pablo (MFZ)" with "Pablo" found: the initials are M Fauzi's.
            named = before(prev.start, r"\s+alias\s+") if prev.label == "PER" else None
            found = None
            if not (inside is not None and inside.label == "PER" and prev.label != "PER"):
                found = (named and _define_from(named, inner, inner_words)) or _define_from(prev, inner, inner_words)
            if found:
                long, label = found
                defs.setdefault(inner.lower(), (long, label))
                add(a, b, label)
                continue

    # "International Cocoa Organization/ICCO": a name and its own acronym after a slash
    for m in re.finditer(r"/([A-Z]{3,8})\b", text):
        prev = before(m.start(), r"")
        words = [w for w in prev.text.split() if w[:1].isupper()] if prev is not None and prev.label == "ORG" else []
        if len(words) >= 2 and m.group(1)[0] == words[0][0] and m.group(1)[-1] == words[-1][0]:
            defs.setdefault(m.group(1).lower(), (prev.text, "ORG"))
            add(m.start(1), m.end(1), "ORG")
    # "Name alias Nick"
    for m in re.finditer(r"\s+alias\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)", text):
        prev = before(m.start(), r"")
        if prev is not None and prev.label == "PER":
            nick = m.group(1)
            if nick.lower() not in _places() and nick.lower() not in _names():
                defs.setdefault(nick.lower(), (_person_name(prev.text)[0], "PER"))
                add(m.start(1), m.end(1), "PER")
    for m in _PERSON_THEN_NICK.finditer(text):
        prev = before(m.start(), r"")
        nick = m.group("nick")
        if prev is not None and prev.label == "PER" and nick.lower() not in _places() \
                and nick.lower() not in _names() and nick.lower() not in _common():
            defs.setdefault(nick.lower(), (_person_name(prev.text)[0], "PER"))
            add(*m.span("nick"), "PER")
    # A suspect named by initials and by the name people know: "HS alias Daeng Rewa", "WS,
    # yang dikenal dengan nama Acong", "warga mengenal DS dengan sebutan Bujang".
    for m in (*_INITIALS_THEN_NICK.finditer(text), *_KNOWN_AS_NICK.finditer(text)):
        initials, nick = m.group("initials"), m.group("nick")
        if nick.lower() in _places() or nick.lower() in _names() or nick.lower() in _common():
            continue
        defs.setdefault(nick.lower(), (initials, "PER"))
        defs.setdefault(initials.lower(), (initials, "PER"))
        for e in entities + added:
            if (e.start, e.end) == m.span("initials"):
                e.label = "PER"  # ("AS" alias Abeng is a suspect, not the United States)
        add(*m.span("initials"), "PER")
        add(*m.span("nick"), "PER")
    # A stock ticker ("emiten berkode KWSN", "saham BJPB", "kode SNJA") is the listed company
    # of the article: the one whose letters it gives, else the only company named.
    # (a listed company, printed with "Tbk", before a subsidiary that shares its letters: "TINS"
    # is PT Timah Tbk, not PT Timah Industri)
    companies, listed = {}, set()
    for e in entities + added:
        if e.label == "ORG" and _is_company(e.text):
            key = _bare(_company(e.text)).lower()
            companies.setdefault(key, _company(e.text))
            if re.search(r"\bTbk\b", e.text) or re.match(r"(?:\s*\(Persero\))?\s*Tbk\b", text[e.end:e.end + 20]):
                listed.add(key)
    for m in _TICKER.finditer(text):
        code = m.group(1)
        if code.lower() in defs or code.lower() in _names() or not companies:
            continue
        fits = [c for k, c in companies.items() if _initials_fit(code, _bare(c).split()) and (k in listed or not listed)]
        owner = fits if fits else [c for k, c in companies.items() if k in listed] or list(companies.values())
        if len(owner) == 1:
            defs[code.lower()] = (owner[0], "ORG")
            add(m.start(1), m.end(1), "ORG")
    # "PT Bank Rakyat Indonesia (Persero) Tbk atau BRI"
    for m in re.finditer(r"(?:\s*\(Persero\)|\s+Persero|\s+Tbk\.?)*\s+atau\s+([A-Z][A-Za-z]{1,9})\b", text):
        prev = before(m.start(), r"")
        if prev is not None and prev.label == "ORG":
            long = _company(prev.text)
            if _abbrev_fits(m.group(1), _bare(long).split()):
                defs.setdefault(m.group(1).lower(), (long, "ORG"))
                add(m.start(1), m.end(1), "ORG")

    # A body or place and its former or official name: "Unnes, yang dulu bernama IKIP
    # Semarang", "Bandara X yang bernama resmi Bandara Y". (of the same kind: not "produsen
    # asal Jawa Timur yang sebelumnya bernama PT ...", where the place is no name of the company)
    starts = {e.start: e for e in entities + added}
    for m in _FORMERLY_NAMED.finditer(text):
        prev, nxt = before(m.start(), r""), starts.get(m.end())
        if prev is not None and nxt is not None and prev.label == nxt.label != "PER" \
                and nxt.text.lower() not in defs and _flat(prev.text) != _flat(nxt.text):
            defs[nxt.text.lower()] = (_expand(prev.text, deep=True), prev.label)

    def in_sentences_before(pos: int, reach: int) -> list[Entity]:
        """The mentions of earlier sentences, up to `reach` characters before pos."""
        return [e for e in entities + added if pos - reach < e.end <= pos and re.search(r"[.!?][\"”’]?\s", text[e.end:pos])]

    def name_after(a: int, found: Entity | None, label: str) -> Entity | None:
        """The capitalised words at a, a name the recogniser cut or missed, as one mention."""
        nonlocal entities, added
        run = re.match(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}", text[a:])
        if not run or (found is not None and found.end >= a + run.end()):
            return found
        b = a + run.end()
        if any(o.start < b and a < o.end and not (a <= o.start and o.end <= b) for o in entities + added):
            return found
        entities = [o for o in entities if not (a <= o.start and o.end <= b)]
        added = [o for o in added if not (a <= o.start and o.end <= b)]
        added.append(Entity(text[a:b], label, a, b, canonical=text[a:b]))
        starts[a] = added[-1]
        return added[-1]

    # "Dhoho atau Daha, nama lain Kerajaan Kediri": the names before are the one after
    for m in re.finditer(r",\s+(?:yang\s+merupakan\s+)?nama\s+lain(?:\s+dari)?\s+", text):
        nxt = starts.get(m.end())
        if nxt is None or nxt.label == "PER":
            continue
        end = m.start()
        while run := re.search(r"(?<![\w-])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+){0,3}$", text[max(0, end - 60):end]):
            name = covered(end - len(run.group()), end)
            if name is None:
                add(end - len(run.group()), end, nxt.label)
                name = added[-1]
            if name.label != "PER" and name.text.lower() not in defs and _flat(name.text) != _flat(nxt.text):
                defs[name.text.lower()] = (_expand(nxt.text, deep=True), nxt.label)
            if not text[:name.start].endswith(" atau "):
                break
            end = name.start - len(" atau ")
    for m in _FORMER_NAME_BACK.finditer(text):
        nxt, noun = starts.get(m.end()), m.group("noun")
        if nxt is None or nxt.label == "PER" or nxt.text.lower() in defs or not (m.group("year") or m.group("then")) \
                or covered(m.start(), m.end("noun")) is not None \
                or not re.search(r"(?:^|[.!?][\"”’]?\s+|\n|,\s+)$", text[:m.start()]):
            continue  # (a common noun opening its clause, not "ibu kota provinsi yang dahulu bernama ...")
        earlier = in_sentences_before(m.start(), 1500)
        # (or, for a body, the nearest body when no name opens with the noun: "kampus" ... "UIN Datokarama")
        prev = _named_before(nxt, earlier, noun) or (max(
            (e for e in earlier if e.label == "ORG" and len(e.text.split()) > 1), key=lambda e: e.end, default=None)
            if nxt.label == "ORG" else None)
        if prev is not None and _flat(prev.text) != _flat(nxt.text) and not _inside_longer_name(nxt, entities + added):
            defs[nxt.text.lower()] = (_expand(prev.text, deep=True), prev.label)
    # Another name the article gives a place, body or person: right after it ("Pulau Lembata
    # dulu dikenal dengan nama Lomblen", "Palau, yang dalam bahasa setempat disebut Belau"), or
    # pointing back to it ("hotel itu biasa ditulis Hotel Raffles", "namanya diganti menjadi
    # Hotel Yamato", "nama pelaut itu ditulis Jan Carstensz").
    for m in _ALSO_CALLED.finditer(text):
        prev, nxt = before(m.start(), r""), starts.get(m.end())
        if prev is None or prev.label == "PER" and not (m.group("own1") or m.group("own2")):
            continue
        if m.group("rel") and not m.group().startswith(",") and re.search(_PLACE_PREPOSITION, text[:prev.start]):
            # "yang" after a place in a prepositional phrase tells of the phrase's head: "Danau
            # Dian, danau terbesar di Yunnan yang oleh warga disebut Dianchi" names the lake
            prev = _apposition_head(text, prev.start - len(re.search(_PLACE_PREPOSITION, text[:prev.start]).group()),
                                    ends)
            if prev is None:
                continue
        elif m.group("rel") and not m.group().startswith(","):
            # ... and after a name inside an apposition, of the name it describes: "Benteng
            # Lahore, kompleks istana peninggalan Kesultanan Mughal yang ... disebut Shahi Qila"
            prev = _apposition_head(text, prev.start, ends) or prev
        if prev.text.lower() in _facility_heads() or prev.text.lower() in _org_heads():
            continue  # a head alone is no name: "Benteng yang oleh warga disebut Benteng Pendem"
        # A nickname the recogniser cut or missed is the capitalised words after the cue:
        # "PSBS, yang dijuluki Badai Pasifik", "Tjahjadi, yang juga dikenal dengan nama Tan Siang Tjoen".
        if re.search(r"julu|sebutan|nama", m.group()):
            nxt = name_after(m.end(), nxt, prev.label)
        if nxt is None or nxt.text.lower() in defs or re.match(r"\s+(?:sebagai|oleh)\b", text[nxt.end:]):
            continue  # "disebut KPK sebagai ...": the one who said it, not a name
        if not m.group("rel") and not re.search(r"(?:^|[.!?][\"”’]?\s+|,\s+|\n)$", text[:prev.start]):
            continue  # without "yang", only the clause's subject: not "media Indonesia ditulis Y"
        if re.search(r"(?<![.!?])\s[A-Z][\w'’-]*\s+$", text[max(0, prev.start - 40):prev.start]):
            continue  # the recogniser cut the name: "Negara Bagian [Lagos], yang ... disebut Lagos State"
        if prev.label != nxt.label and (len(nxt.text.split()) > 1 or nxt.text.lower() in _names()):
            continue
        if _flat(prev.text) != _flat(nxt.text) and not _inside_longer_name(nxt, entities + added):
            defs[nxt.text.lower()] = (_expand(prev.text, deep=True), prev.label)
            nxt.label = prev.label
    for m in _CALLED_BACK.finditer(text):
        nxt = starts.get(m.end())
        if re.match(r"(?:menyebut|menuliskan|mengenal)", m.group()) and (nxt is None or nxt.label != "PER"):
            # (what the article's people call a place: "menyebut lapangan itu Alun-alun Lor")
            nxt = name_after(m.end(), nxt, nxt.label if nxt is not None else "LOC")
        if nxt is None or nxt.text.lower() in defs or re.match(r"\s+(?:sebagai|oleh)\b", text[nxt.end:]):
            continue
        if any(e.start < m.start() and _flat(e.text) == _flat(nxt.text) for e in entities + added):
            continue  # a name the article already used is no new name for what went before
        # (from an earlier sentence: "Dalam dokumen Portugis, namanya ditulis Macau" names no
        # other name of Portugal)
        # (further back where a noun names what it points to: "pura tersebut")
        noun = m.group("noun") or m.group("noun2") or m.group("noun3")
        earlier = in_sentences_before(m.start(), 1500 if noun else 600)
        if m.group("pronoun") or m.group("noun4"):
            if m.group("noun4") and (m.group("noun4").lower() not in _words("person_nouns")
                                     or not re.match(r"\s+itu\b", text[nxt.end:])) or nxt.label != "PER":
                continue
            # (the one person of the sentence before that names anyone)
            people = sorted((e for e in earlier if e.label == "PER"), key=lambda e: e.start)
            last = [e for e in people if not re.search(r"[.!?][\"”’]?\s", text[e.end:people[-1].start])] if people else []
            if len({_person_name(e.text)[0].split()[-1] for e in last}) != 1:
                continue
            prev = last[-1]
        elif re.match(r"(?:menyebut|menuliskan|mengenal)nya\s", m.group()):
            # ("Warga menyebutnya X": the one earlier name X's head points to, if only one fits)
            fits = {_flat(e.text) for e in earlier if _named_before(nxt, [e], None) is e}
            prev = _named_before(nxt, earlier, None) if len(fits) == 1 else None
        else:
            prev = _named_before(nxt, earlier, noun, frozenset(e.text.lower() for e in entities + added))
        if prev is not None and not _inside_longer_name(nxt, entities + added):
            defs[nxt.text.lower()] = (_expand(prev.text, deep=True), prev.label)
            nxt.label = prev.label
    # The other name first: "Shurijo, begitu kastil itu biasa ditulis dalam brosur wisata"
    # (an earlier sentence's name with that head word: "Kastil Shuri").
    for m in _CALLED_BEFORE.finditer(text):
        name = next((e for e in ends.get(m.start(), []) if e.label != "PER"), None)
        if name is None or name.text.lower() in defs or not re.search(r"(?:^|[.!?][\"”’]?\s+|\n)$", text[:name.start]):
            continue  # (the name opens its sentence)
        earlier = in_sentences_before(name.start, 1500)
        prev = _named_before(name, earlier, m.group("noun"))
        if prev is not None and _flat(prev.text) != _flat(name.text) and not _inside_longer_name(name, entities + added):
            defs[name.text.lower()] = (_expand(prev.text, deep=True), prev.label)
            name.label = prev.label

    # "Daya Tarik Wisata Tanah Lot" and "DTW Tanah Lot": an acronym and a name of the article
    # that share a tail, the acronym giving the first letters of the words before it.
    for e in list(entities):
        m = re.fullmatch(r"([A-Z]{2,6}) ([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})", e.text)
        if not m or e.text.lower() in defs:
            continue
        acr, tail = m.groups()
        n = len(acr)
        pattern = r"(?<![\w-])" + r"\s+".join([r"[A-Z][a-z]+"] * n) + r"\s+" + re.escape(tail) + r"(?![\w-])"
        longs = {x.group() for x in re.finditer(pattern, text)
                 if "".join(w[0] for w in x.group().split()[:n]) == acr}
        if len(longs) != 1:
            continue
        long = longs.pop()
        known = _expand(e.text, deep=True)
        if known != e.text and _flat(known) != _flat(_expand(long, deep=True)) \
                and {w.lower() for w in _expand(acr, deep=True).split()} & {w.lower() for w in long.split()[:n]}:
            continue  # the data spells the acronym out otherwise: "DPRK Lhokseumawe"
        # (but a body the data knows by other words is the article's own: "BPK Wilayah IX" of
        # "Balai Pelestarian Kebudayaan Wilayah IX", no "Badan Pemeriksa Keuangan")
        defs[e.text.lower()] = (long, e.label)
        for x in re.finditer(re.escape(long), text):
            a, b = x.span()
            inside = [o for o in entities + added if a <= o.start and o.end <= b and (o.start, o.end) != (a, b)]
            if any(o.start < b and a < o.end and o not in inside for o in entities + added):
                continue  # a longer mention crosses it: leave it
            entities = [o for o in entities if o not in inside]
            added = [o for o in added if o not in inside]
            add(a, b, e.label)
    # An acronym the recogniser left unmarked that abbreviates one name printed before it:
    # "Dalam rilis resmi UTAS" after "University of Tasmania", "MRPS" after "Majelis Rakyat
    # Papua Selatan" (not one the data knows, and not a line in capitals).
    longs = [e for e in entities + added if e.label in ("ORG", "LOC") and len(_bare(e.text).split()) >= 2]
    for m in re.finditer(r"(?<![\w./-])[A-Z]{3,6}(?![\w/-])", text):
        acr = m.group()
        if covered(m.start(), m.end()) or acr.lower() in defs or acr.lower() in _names() \
                or re.fullmatch(r"[IVXLC]+", acr) or not re.search(r"[a-z]", text[max(0, m.start() - 30):m.start()]):
            continue
        fits = {}
        for e in longs:
            words = _bare(e.text).split()
            # (a body's region after it gives nothing: "BKPSDM" of "Badan Kepegawaian ... Minahasa Tenggara")
            bodies = [words] + [words[:-k] for k in (1, 2, 3) if len(words) > k + 1
                                and " ".join(words[-k:]).lower() in _places()]
            if e.end <= m.start() and acr.lower() not in (w.lower() for w in words) \
                    and any(_every_word_gives(acr, ws) for ws in bodies):
                fits.setdefault(_university_key(e.text) or _flat(_expand(e.text, deep=True)), e)
        if len(fits) == 1:
            e = next(iter(fits.values()))
            defs[acr.lower()] = (_expand(e.text, deep=True), e.label)
            add(m.start(), m.end(), e.label)
    # Later uses of a defined form that the recogniser did not mark.
    for short, (_, label) in list(defs.items()):
        forms = {e.text for e in entities + added if e.text.lower() == short}
        for form in forms:
            if len(form) < 2 or not form[0].isupper():
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
                add(m.start(), m.end(), label)
    # Relabel mentions of defined forms.
    for e in entities + added:
        d = defs.get(_strip_titles(e.text)[0].lower()) or defs.get(e.text.lower())
        if d:
            e.label = d[1]
    return defs, entities + added


# "di", "ke", "dari", "dekat" with a compass word between: "di selatan Chennai"
_PLACE_PREPOSITION = (r"(?<![\w-])(?:di|ke|dari|dekat|sekitar)\s+(?:(?:selatan|utara|timur|barat|tengah|tepi|pinggir"
                      r"|luar|dalam)\s+)?$")


def _apposition_head(text: str, pos: int, ends: dict[int, list[Entity]]) -> Entity | None:
    """The name a common-noun apposition ending at pos describes: "Mamallapuram" in
    "Mamallapuram, kota pelabuhan kuno sekitar 60 kilometer" (None when the phrase holds
    another name or follows no name)."""
    comma = text.rfind(",", 0, pos)
    if comma < 0 or not re.fullmatch(r"\s+[a-z0-9][a-z0-9.\s-]*", text[comma + 1 : pos]):
        return None
    found = ends.get(comma, [])
    return found[0] if found else None


_FORMERLY_NAMED = re.compile(
    r",?\s+yang\s+(?:(?:dulu|dahulu|dulunya|sebelumnya|semula|kini|sekarang)\s+)?bernama(?:\s+resmi)?\s+")
# ... and pointing back: "Perusahaan yang hingga 2024 bernama PT X itu", "kampus yang
# sebelumnya bernama IAIN Palu", "Pelabuhan itu sejak 2020 tidak lagi bernama Pelabuhan Kolkata"
_FORMER_NAME_BACK = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z]+)\s+(?:yang|itu|tersebut)\s+(?:(?P<year>(?:hingga|sampai|sejak|sebelum)\s+(?:tahun\s+)?\d{4})\s+)?"
    r"(?:(?P<then>dulu|dahulu|dulunya|sebelumnya|semula|pernah|tidak\s+lagi)\s+)?bernama\s+")
# Verbs that give another name: "dikenal sebagai", "disebut", "dijuluki", "namanya diganti
# menjadi"; those of a person's own name ("ditulis", "dikenal dengan sebutan") may follow a person.
def _naming(tag: str, said: bool = True) -> str:
    return (rf"(?:(?P<own{tag}>dikenal\s+dengan\s+(?:nama|sebutan|julukan)|dijuluki|berjuluk|ditulis|tertulis|tercantum|dieja|disingkat"
            r"|bernama\s+asli)"
            r"|dikenal\s+sebagai" + (r"|disebut" if said else "")
            + r"|(?:diganti|berganti|diubah|berubah)(?:\s+nama)?\s+menjadi)\s+")


# "X, yang juga dikenal sebagai Y", "X, yang dalam peta lama ditulis Y", "X dulu dikenal dengan
# nama Y" (after "yang", words that set the scene: not "Amerika yang ia lalui kini dikenal sebagai")
_ALSO_CALLED = re.compile(
    r",?\s+(?:(?P<rel>yang)\s+(?:(?:dalam|di|oleh|menurut|pada|bagi|juga|dulu|dahulu|kini|sekarang|kerap|sering"
    r"|biasa|lebih|masih|semula|pernah|resmi|secara)\s+(?:[^\s,.;:\"”]+\s+){0,4}?)?" + _naming("1")
    + r"|(?:(?:dulu|dahulu|juga|kini|sekarang|semula|kerap|sering|biasa|lebih|masih|pernah)\s+){0,2}"
    + _naming("2", said=False) + ")")
# "hotel itu biasa ditulis Y", "namanya diganti menjadi Y", "warga menyebut bandara itu Y"
# ("bankir kelahiran Takalar itu lebih dikenal dengan nama Y", "warga mengenal gunung itu
# dengan nama Y", "warga menyebutnya Y")
_CALLED_BACK = re.compile(
    r"(?<![\w-])(?:[Nn]ama\s+(?:(?P<noun3>[a-z]+)\s+(?:itu|tersebut)|itu)|[Nn]amanya"
    r"|(?P<noun>[a-z]+)(?:\s+(?:asal|kelahiran)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:itu|tersebut))"
    r"\s+(?:(?!yang\s)[a-z]+\s+){0,2}?" + _naming("3")
    + r"|(?<![\w-])(?:menyebut|menuliskan|mengenal)(?:nya|\s+(?:(?P<noun2>[a-z]+)\s+(?:itu|tersebut)|namanya))\s+"
    r"(?:(?:dengan\s+)?(?:nama|sebutan|julukan)\s+|sebagai\s+)?"
    # "Ia dikenal dengan nama Y", "Perempuan yang akrab disapa Y itu": the person before
    + r"|(?<![\w-])(?:(?P<pronoun>[Ii]a|[Dd]ia|[Bb]eliau)\s+(?:(?:juga|dulu|dahulu|lebih|kerap|sering)\s+)?"
    r"|(?<![^\s])(?P<noun4>[A-Z][a-z]+)\s+yang\s+(?:juga\s+)?)"
    r"(?:dikenal\s+dengan\s+(?:nama|sebutan|julukan|panggilan)|dijuluki|berjuluk"
    r"|(?:akrab|biasa|sering|kerap)\s+(?:disapa|dipanggil))\s+")
_CALLED_BEFORE = re.compile(r",\s+begitu\s+(?P<noun>[a-z]+)\s+(?:itu|tersebut)\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:disebut|dikenal|ditulis|dieja|dijuluki)\b")
_NICK = r"(?P<nick>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
# ", yang dikenal dengan nama", ", yang akrab disapa", ", yang bergelar"
_KNOWN_AS = (r"yang\s+(?:[^,.\"”]{0,40}?\s)?"
             r"(?:dikenal|dipanggil|disapa|akrab disapa|biasa disapa|biasa dipanggil|bergelar)\s+"
             r"(?:(?:[a-z]+\s+)?(?:dengan\s+)?(?:nama|panggilan|sapaan|sebutan|julukan|gelar)\s+|(?:[a-z]+\s+)?sebagai\s+)?")
# "HS alias Daeng Rewa", "WS (44), yang dikenal dengan nama Acong", "RHS, yang dikenal warga sebagai Gondrong"
# (or with no "yang" where a word for the name follows: "KZ dikenal di kalangan pengedar dengan julukan Daeng Cucu")
_INITIALS_THEN_NICK = re.compile(
    r"(?<![\w-])(?P<initials>[A-Z]{2,4})(?:\s*\(\d{1,2}\))?,?\s+(?:alias\s+|" + _KNOWN_AS
    + r"|(?:dikenal|dipanggil|disapa)\s+(?:[^,.\"”]{0,40}?\s)?(?:dengan\s+)?(?:nama|panggilan|sapaan|sebutan|julukan)\s+)"
    + _NICK)
# After a person's name: "Kabri Ilyas (55), yang dikenal dengan panggilan Aman Fitri",
# "Zulkarnaini (70), yang bergelar Bagindo Kayo"
_PERSON_THEN_NICK = re.compile(r"(?:\s*\(\d{1,3}\))?,?\s+" + _KNOWN_AS + _NICK)
# "warga mengenal DS dengan sebutan Bujang"
_KNOWN_AS_NICK = re.compile(r"[Mm]engenal\s+(?P<initials>[A-Z]{2,4})\s+(?:dengan\s+)?(?:nama|panggilan|sebutan|julukan)\s+"
                            + _NICK)
_TICKER = re.compile(r"\b(?:[Kk]ode(?: saham| emiten)?|berkode(?: saham)?|[Ss]aham|[Ee]miten|IDX\s*:|BEI\s*:)\s+([A-Z]{4})\b")


def _inside_longer_name(name: Entity, entities: list[Entity]) -> bool:
    """Does the article also print the name inside a longer one ("Sagarmatha" and "Taman
    Nasional Sagarmatha")? Then the bare name is no safe key for another name."""
    tail = " " + name.text.lower()
    return any(e.text.lower().endswith(tail) for e in entities)


def _named_before(name: Entity, earlier: list[Entity], noun: str | None, texts: frozenset[str] = frozenset()) -> Entity | None:
    """The entity a name given as another name points back to: the nearest earlier one that
    opens with the name's first word ("Hotel Yamato" -> "Hotel Oranje") or opens or ends with
    the word pointing back ("hotel itu ... Hotel Raffles" -> "Raffles Hotel"), or that the
    article (texts, lower case) names with that word too ("Di Onrust ... pulau itu" beside
    "Pulau Onrust"); for a person ("namanya", "nama pelaut itu"), the nearest earlier person."""
    facilities = _facility_heads()

    def head(word: str) -> str:
        return facilities.get(word.lower(), word.lower())

    words = name.text.split()
    # (initials and a surname are a person whatever the recogniser said: "H.A. Lorentz")
    person = name.label == "PER" or re.match(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]", name.text)
    first = head(words[0]) if len(words) > 1 and not person else None
    noun = head(noun) if noun else None
    for e in sorted(earlier, key=lambda e: -e.end):
        ws = e.text.split()
        if not e.text[:1].isupper():
            continue  # (a phrase the recogniser took whole: "kota pelabuhan Aqaba")
        if len(ws) > 1 and (first == head(ws[0]) or noun in (head(ws[0]), head(ws[-1]))):
            return e
        if len(ws) == 1 and noun and f"{noun} {e.text.lower()}" in texts:
            return e
        if person and e.label == "PER" and (noun is None or noun in _words("person_nouns")):
            return e
    return None


def _define_from(prev: Entity, inner: str, inner_words: list[str]) -> tuple[str, str] | None:
    """What "prev (inner)" defines inner as, or None when the bracket says something else
    (a place, a party, a legal form)."""
    low = inner.lower()
    if prev.label == "PER":
        name = _person_name(prev.text)[0]
        if _is_acronym(inner) and inner.isupper():
            if _initials_fit(inner, prev.text.split()) or _initials_fit(inner, name.split(), lead_m=True):
                return name, "PER"
            return None
        if low in _places() or low in _names() or _orgish(inner_words):
            return None
        nick = _strip_titles(inner)[0]
        initials = {w[0].lower() for w in _split(name)}
        if len(inner_words) <= 2 and (low in _people() or nick[0].lower() in initials):
            return name, "PER"
        return None
    if not _is_acronym(inner) and len(inner_words) > 3:
        return None
    long = _company(prev.text)
    words = _bare(long).split()
    if low in _places() and _flat(_expand(long)) != _flat(_expand(inner)):
        return None
    if low in _names() and _flat(_expand(inner)) == _flat(_expand(long)):
        return long, prev.label
    if _abbrev_fits(inner, words, heads=True):
        return long, prev.label
    for k in range(len(words) - 1, 0, -1):
        if _abbrev_fits(inner, words[k:]):
            return " ".join(words[k:]), prev.label
    if low in _names():
        return None  # the data knows this form, and it does not fit: keep the data's meaning
    if prev.label == "ORG" and len(words) >= 2 and _is_acronym(inner):
        return long, "ORG"
    return None


def _another_kind(extra: list[str], rest: list[str]) -> bool:
    """'Pelabuhan Perikanan Samudera Bitung' is the fishing port, not 'Pelabuhan Bitung': a
    facility named by its town, and a longer one whose extra words say what kind it is (common
    words, not titles or descriptors: 'Bandara Internasional Kualanamu' is 'Bandara Kualanamu')."""
    return " ".join(rest).lower() in _places() and any(
        w.lower() in _common() and w.lower() not in _titles() and w.lower() not in _words("descriptors") for w in extra)


def _caps_run_before(text: str, pos: int) -> list[tuple[int, int]] | None:
    """Word spans of the capitalised run (function words allowed inside) ending at pos."""
    spans = []
    for m in re.finditer(r"[\w&'-]+", text[max(0, pos - 160) : pos]):
        spans.append((m.start() + max(0, pos - 160), m.end() + max(0, pos - 160)))
    run: list[tuple[int, int]] = []
    end = pos
    for a, b in reversed(spans):
        gap = text[b:end]
        # "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)": a list inside the name
        if "\n" in gap or (gap.strip() and not (gap.strip() == "," and run)):
            break  # (a name never runs over a line break: the headline is no part of it)
        w = text[a:b]
        if not (w[0].isupper() or (w.lower() in _FUNCTION_WORDS and run)):
            break
        run.insert(0, (a, b))
        end = a
        if len(run) >= 10:
            break
    while run and text[run[0][0] : run[0][1]].lower() in _FUNCTION_WORDS:
        run.pop(0)
    return run or None


def _long_form_in_run(text: str, run: list[tuple[int, int]], acr: str):
    """The shortest tail of the run that the acronym abbreviates, as ((start, end), label)."""
    for k in range(len(run) - 1, -1, -1):
        span = run[k:]
        words = [text[a:b] for a, b in span]
        if words[0].lower() in _FUNCTION_WORDS:
            continue
        if len(words) == 1:
            w = words[0]
            elsewhere = len(re.findall(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", text)) > 1
            if acr.isupper() and not w.isupper() and w.lower() not in _common() and w.lower() not in _places() \
                    and elsewhere and _initials_fit(acr, [w]):
                return (span[0][0], span[-1][1]), "PER"
            continue
        known = acr.lower() in _names() and _flat(_expand(acr)) == _flat(_expand(" ".join(words)))
        # "Pusat" and "Bank" are too common to open a name anywhere else, but a run that a
        # bracketed acronym spells out is a name ("Pusat Vulkanologi ... (PVMBG)").
        head = words[0].lower() in _org_heads() or words[0].lower() in ("pusat", "bank")
        # (an English name ends in its kind of body: "World Surf League (WSL)")
        english = words[-1].lower() in _words("body_tails") and _initials_fit(acr, words, exact=True)
        if known or english or (head and _abbrev_fits(acr, words, heads=True)):
            return (span[0][0], span[-1][1]), "ORG"
    return None


def _orgish(words: list[str]) -> bool:
    low = [w.lower().rstrip(".") for w in words]
    return bool(low) and (low[0] in _org_heads() or any(w in _FUNCTION_WORDS for w in low)
                          or " ".join(low) in _names())


def _caps_like(s: str) -> bool:
    """One word, or a word with two capitals ("Satpol PP"): a short form, not a name."""
    words = s.split()
    return len(words) == 1 or any(sum(c.isupper() for c in w) >= 2 for w in words)


def _is_acronym(s: str) -> bool:
    """"KPK", "Kemenkeu", "Satpol PP", "PT DNG": short, capitalised, mostly one or two words."""
    words = s.split()
    if not words or len(words) > 3 or len(s) > 16:
        return False
    return all(_ACRONYM.match(w) for w in words) and any(sum(c.isupper() for c in w) >= 2 or len(w) <= 9
                                                          for w in words)


def _every_word_gives(acr: str, words: list[str]) -> bool:
    """Is acr made of the beginnings of every content word of the name, in order ("UTAS" =
    U[niversity] of TAS[mania], "MRPS" = Majelis Rakyat Papua Selatan)? Function words may
    give nothing; no content word is skipped."""
    a = acr.lower()
    ws = [w.lower() for w in words]

    def fit(i: int, j: int) -> bool:
        if j == len(ws):
            return i == len(a)
        if ws[j] in _FUNCTION_WORDS and fit(i, j + 1):
            return True
        return any(i + k <= len(a) and a[i:i + k] == ws[j][:k] and fit(i + k, j + 1) for k in range(1, len(ws[j]) + 1))

    return fit(0, 0)


def _initials_fit(acr: str, words: list[str], lead_m: bool = False, exact: bool = False) -> bool:
    """Do the letters of acr stand for the name? "FJ" ~ "Ferlan Juliansyah", "MFZ" ~ "M Fauzi",
    "NOP" ~ "Nopriansyah"; with lead_m, a leading M for an omitted Muhammad ("MRC" ~ "Riza
    Chalid"); with exact, only the first letters of the words."""
    a = re.sub(r"[^a-z]", "", acr.lower())
    ws = [re.sub(r"[^a-z]", "", w.lower()) for w in words]
    ws = [w for w in ws if w]
    if not a or not ws or len(a) < 2:
        return False
    if exact:
        return a == "".join(w[0] for w in ws)
    if lead_m and a[0] == "m" and ws[0][0] != "m":
        a = a[1:]
    if a[0] != ws[0][0]:
        return False
    flat, i = "".join(ws), 0
    for ch in a:
        i = flat.find(ch, i)
        if i < 0:
            return False
        i += 1
    # each word of a multi-word name gives at least its first letter
    return len(ws) == 1 or all(w[0] in a for w in ws)


# Prefixes of derived Indonesian words that short forms skip: perHUBungan -> "Hub",
# keBUDayaan -> "bud", penDIDIKan -> "dik".
_DERIVED = re.compile(r"^(?:per|pen|pem|peng|pe|ke|ber|ter)(?=[a-z]{4})")


def _abbrev_fits(acr: str, words: list[str], heads: bool = False, derived: bool = False) -> bool:
    """Does acr abbreviate the words, each word giving a prefix of itself ("Bapanas" = BAdan
    PAngan NASional, "Satpol PP" = SATuan POLisi Pamong Praja, "OKI" = Organisasi Kerja [Sama]
    Islam)? Function words may give nothing; one content word may be skipped; with heads,
    leading organisation heads may be skipped ("KITSDA" = [Direktorat] Kepatuhan ...)."""
    a = re.sub(r"[^a-z0-9]", "", acr.lower())
    # a digit repeats the letter before it: "DP3A" = D P P P A, "P2TP2A" = P P T P P A
    a = re.sub(r"([a-z])([2-5])(?![0-9])", lambda g: g.group(1) * int(g.group(2)), a)
    ws = [re.sub(r"[^a-z0-9]", "", w.lower()) for w in words]
    ws = [w for w in ws if w]
    if len(a) < 2 or not ws:
        return False
    starts = [0]
    if heads:
        i = 0
        while i < len(ws) - 1 and ws[i] in _org_heads():
            i += 1
            starts.append(i)

    @lru_cache(maxsize=None)
    def fit(i: int, p: int, skips: int) -> bool:
        if p == len(a):
            return all(w in _FUNCTION_WORDS for w in ws[i:])
        if i == len(ws):
            return False
        w = ws[i]
        if w in _FUNCTION_WORDS and fit(i + 1, p, skips):
            return True
        if w not in _FUNCTION_WORDS and skips and p > 0 and fit(i + 1, p, skips - 1):
            return True
        for form in (w, _DERIVED.sub("", w)) if derived else (w,):
            k = 0
            while k < len(form) and p + k < len(a) and a[p + k] == form[k]:
                k += 1
                if fit(i + 1, p + k, skips):
                    return True
        return False

    return any((ws[s][0] == a[0] or (derived and _DERIVED.sub("", ws[s])[:1] == a[0])) and fit(s, 0, 1)
               for s in starts)


# --- initials without a bracket ---------------------------------------------

def _initials(text: str, entities: list[Entity], defs) -> list[Entity]:
    """A suspect's initials used without a bracket ("Tersangka AGL ..."): an upper-case word
    of 2 to 5 letters that the data does not know and that gives the first letters of
    exactly one person the article names in full."""
    people = [e for e in entities if e.label == "PER" and len(e.text.split()) >= 2]
    # (a name the model cut in two, "Togap" + "Hasiholan Sibuea", is one person's initials)
    ordered = sorted((e for e in entities if e.label == "PER"), key=lambda e: e.start)
    people += [Entity(f"{a.text} {b.text}", "PER", a.start, b.end, canonical=None) for a, b in zip(ordered, ordered[1:])
               if text[a.end:b.start] == " "]
    orgs = [e for e in entities if e.label != "PER" and len(e.text.split()) >= 2]
    out = list(entities)

    # (the full name may come after: "HSP yang bernama lengkap Haryoko Setyajati Pamungkas")
    def owners_of(word: str, pos: int) -> set[str]:
        return {_person_name(p.text)[0] for p in people
                if (_initials_fit(word, p.text.split(), exact=True)
                     or _initials_fit(word, _person_name(p.text)[0].split(), exact=True))}

    # An upper-case mention tagged as an organisation that is a person's initials ("AGL").
    for e in entities:
        if e.label == "PER" or not re.fullmatch(r"[A-Z]{2,5}", e.text):
            continue
        low = e.text.lower()
        if low in defs or low in _names() or low in _people():
            continue
        if any(_initials_fit(e.text, [w for w in _bare(o.text).split() if w.lower() not in _FUNCTION_WORDS], exact=True)
               for o in orgs):
            continue
        if len(owners_of(e.text, e.start)) == 1:
            e.label = "PER"
    for m in re.finditer(r"(?<![\w-])[A-Z]{2,5}(?![\w-])", text):
        word = m.group()
        low = word.lower()
        if low in defs or low in _names() or low in _people():
            continue
        if any(e.start < m.end() and m.start() < e.end for e in out):
            continue
        if len(owners_of(word, m.start())) == 1:
            out.append(Entity(word, "PER", m.start(), m.end(), canonical=word))
    # A body's initials no list knows, used after its full name without a bracket: "TNWK"
    # after "Taman Nasional Way Kambas". (three words or more, so that the letters say it)
    for m in re.finditer(r"(?<![\w-])[A-Z]{3,6}(?![\w-])", text):
        word = m.group()
        if word.lower() in defs or word.lower() in _names() or any(e.start < m.end() and m.start() < e.end for e in out):
            continue
        bodies = {(o.text, o.label) for o in orgs if o.end <= m.start() and _initials_fit(
            word, [w for w in _bare(o.text).split() if w.lower() not in _FUNCTION_WORDS], exact=True)
            and len(o.text.split()) >= 3}
        if len(bodies) == 1:
            out.append(Entity(word, next(iter(bodies))[1], m.start(), m.end(), canonical=None))
    return out


# --- people -----------------------------------------------------------------

def _strip_titles(name: str) -> tuple[str, list[str]]:
    """The name without the titles and forms of address before it, and those words."""
    words = name.split()
    stripped: list[str] = []
    titles = _titles()
    while len(words) > 1:
        for n in (3, 2, 1):
            if len(words) > n:
                phrase = " ".join(words[:n]).lower()
                if phrase in titles or phrase.rstrip(".") in titles or phrase.replace(".", "") in titles:
                    stripped += words[:n]
                    words = words[n:]
                    break
        else:
            break
    return " ".join(words), stripped


def _person_name(text: str) -> tuple[str, list[str]]:
    """A person's name without titles, and the titles; words of a role left at the front by
    the recogniser go too ("Negeri Tito Karnavian" of "Menteri Dalam Negeri Tito Karnavian")."""
    name, titles = _strip_titles(text)
    words = name.split()
    while len(words) > 1 and words[0][0].islower() and words[0] not in _PARTICLES:  # "jasad Endang"
        words.pop(0)
    while len(words) > 2 and words[0].lower() in _role_words():
        titles.append(words.pop(0))
    # "Hendri Yuzal Dt. Rajo Bagindo": a Minang adat title after the personal name; the name
    # is the words before it
    for k in range(2, len(words) - 1):
        if words[k].lower() in ("dt.", "dt", "datuk", "datuak"):
            titles += words[k:]
            words = words[:k]
            break
    return " ".join(words), titles


@lru_cache(maxsize=None)
def _role_words() -> frozenset[str]:
    """Words of multi-word titles ("menteri dalam negeri" -> "dalam", "negeri") that are no
    given names."""
    words = {w for t in resources.phrases("titles.txt") if " " in t for w in t.split()}
    return frozenset(words - _words("name_like_role_words"))


def _in_title_line(text: str, pos: int) -> bool:
    first = text.find("\n")
    return first > 0 and pos < first and len(text[:first].split()) <= 25


def _link_people(text: str, people: list[_Mention], defs, named_after: frozenset[str] | set[str] = frozenset()) -> None:
    from .quotes import end_cues  # (quotes reads the recogniser, which reads this module)

    if not people:
        return
    # (a name the article defined, printed again without its accents: "Digão" ... "Digao")
    unaccented = {_fold(k): d for k, d in defs.items() if d[1] == "PER" and _fold(k) != k}
    for m in people:
        name, titles = _person_name(m.e.text)
        m.title = " ".join(titles) or None
        d = defs.get(name.lower()) or defs.get(m.e.text.lower()) or unaccented.get(_fold(name).lower())
        if d and d[1] == "PER":
            name = _person_name(d[0])[0]
        elif name.lower() in _people() or m.e.text.lower() in _people():
            name = _people().get(name.lower()) or _people()[m.e.text.lower()]
        elif titles and len(name.split()) == 1 and titles[-1].lower() in _words("honorifics") \
                and titles[-1].lower() not in {"pak", "bu", "bapak", "ibu", "saudara", "saudari", "sdr", "sdr.",
                                               "sdri", "tuan", "nyonya", "nona"}:
            m.nickname = f"{titles[-1]} {name}"
        m.name = name
        m.tokens = _person_tokens(name)
    for m in people:
        # "Prabowo-Gibran" is a pair of people, not one name.
        if re.fullmatch(r"[A-Z][a-z]+-[A-Z][a-z]+", m.name):
            m.tokens = ["".join(m.tokens)]
    people = [m for m in people if m.tokens]
    # One name the recogniser cut in pieces ("Purbaya | Yudhi Sadewa", "Moch. | Anwar Fauzi",
    # "Pemba | Tenzing | Sherpa"): the whole run of pieces is the name of each.
    ordered = sorted(people, key=lambda m: m.e.start)
    chains: list[list[_Mention]] = []
    for a, b in zip(ordered, ordered[1:]):
        gap = text[a.e.end : b.e.start]
        acronym = any(len(m.e.text) > 1 and m.e.text.isupper() for m in (a, b))
        if not acronym and (gap == " " or (gap == ". " and len(a.e.text) <= 4 and a.e.text[:1].isupper())):
            if chains and chains[-1][-1] is a:
                chains[-1].append(b)
            else:
                chains.append([a, b])
    for chain in chains:
        name = _person_name(text[chain[0].e.start : chain[-1].e.end])[0]
        role = next((m.e.role for m in chain if m.e.role), None)
        for m in chain:
            m.name, m.tokens = name, _person_tokens(name)
            m.e.role = m.e.role or role
    parent = {id(m): m for m in people}
    # Rulers numbered apart are never one ("Radin Inten I" and "Radin Inten II", "Hamengku
    # Buwono IX" and "X"): the number each group of mentions carries, if any.
    numbers = {id(m): (re.findall(r"\s([IVX]{1,5})$", m.e.text) or [None])[0] for m in people}

    def find(m: _Mention) -> _Mention:
        while parent[id(m)] is not m:
            parent[id(m)] = parent[id(parent[id(m)])]
            m = parent[id(m)]
        return m

    def union(a: _Mention, b: _Mention) -> None:
        ra, rb = find(a), find(b)
        if ra is not rb:
            na, nb = numbers[id(ra)], numbers[id(rb)]
            if na and nb and na != nb:
                return
            parent[id(rb)] = ra
            numbers[id(ra)] = na or nb

    # A run-on name: the recogniser took a headline word or a place into the name
    # ("Katalis Chrisna Damayanto", "Madina Elpi Yanti Harahap") that the article also
    # gives without it.
    for m in people:
        words = m.name.split()
        if len(words) < 3:
            continue
        for k in range(1, len(words) - 1):
            tail = _person_tokens(" ".join(words[k:]))
            shorter = [o for o in people if o is not m and o.tokens == tail and len(o.name.split()) >= 2]
            if not shorter:
                continue
            dropped = words[:k]
            placeish = all(w.lower() in _places() or w.lower() in _names() or w.lower() in _common()
                           for w in dropped)
            headline = _in_title_line(text, m.e.start) and any(not _in_title_line(text, o.e.start) for o in shorter)
            if placeish or headline:
                m.name, m.tokens = shorter[0].name, list(tail)
                break

    full = [m for m in people if len(m.tokens) >= 2]
    # The recogniser left a word of the name in the role ("Menteri Luar Negeri Iran Mohammad |
    # Reza Tavakoli"): the words before the mention complete a longer name of the article.
    for m in people:
        for f in full:
            extra = len(f.tokens) - len(m.tokens)
            if extra <= 0 or f.tokens[extra:] != m.tokens:
                continue
            words = re.findall(r"[\w.'-]+", text[max(0, m.e.start - 40) : m.e.start])
            gap = re.search(r"(\S+)(\s+)$", text[max(0, m.e.start - 40) : m.e.start])
            if not gap or len(words) < extra or "\n" in gap.group(2):
                continue
            if _person_tokens(" ".join(words[-extra:])) == f.tokens[:extra] and words[-extra][0].isupper():
                m.drop_role_tail = " ".join(words[-extra:])
                m.name, m.tokens = f"{m.drop_role_tail} {m.name}", list(f.tokens)
                break

    # Same full name, any spelling: also in the other order ("Morishita Haruka" = "Haruka
    # Morishita", as Japanese and Chinese names are printed both ways), and transliterated
    # with other vowels ("Yousef Al-Mutairi" = "Yusuf Al Mutairi").
    by_key: dict[object, _Mention] = {}
    for m in people:
        if len(m.tokens) >= 2:
            keys = ["".join(m.tokens), tuple(_loose_skeleton(t) for t in m.tokens)]
            if len(m.tokens) == 2:
                keys.append("".join(reversed(m.tokens)))
            found = next((by_key[k] for k in keys if k in by_key), None)
            if found is not None:
                union(found, m)
            by_key.setdefault(keys[0], m)
            by_key.setdefault(keys[1], m)
    # One word spelled two ways ("Soekarno", "Sukarno") for someone no full name of the
    # article contains: one person.
    in_full = {t for m in people if len(m.tokens) >= 2 for t in m.tokens}
    alone: dict[str, _Mention] = {}
    for m in people:
        if len(m.tokens) == 1 and m.tokens[0] not in in_full:
            if m.tokens[0] in alone and alone[m.tokens[0]].name != m.name:
                union(alone[m.tokens[0]], m)
            alone.setdefault(m.tokens[0], m)
    # A headline run-on ("Prabowo Puji Jokowi") is no full name to join others to, unless
    # the body gives the same name.
    body_keys = {"".join(m.tokens) for m in people if not _in_title_line(text, m.e.start)}
    full = [m for m in people if len(m.tokens) == 2 or (len(m.tokens) > 2 and (
        not _in_title_line(text, m.e.start) or "".join(m.tokens) in body_keys))]

    # Short forms: a surname, a given name, a shorter run of the name, first and last word.
    for m in people:
        t = m.tokens
        if len(t) == 1 and t[0] in named_after and not re.search(
                rf"[,\"”]\s*(?:{end_cues()})\s+$", text[max(0, m.e.start - 20):m.e.start], re.I):
            continue  # (one who speaks is the person: '"...," ujar Slamet' beside "Gunung Slamet")
        cands = [f for f in full if len(f.tokens) > len(t) and _short_form_of(t, f.tokens)]
        if len(t) >= 2 and not _in_title_line(text, m.e.start):  # (a headline names people before the body does)
            cands = [f for f in cands if f.e.start < m.e.start and not m.e.role]
        if not cands:
            continue
        before = [f for f in cands if f.e.start < m.e.start]
        if before:
            target = max(before, key=lambda f: f.e.start)
        else:
            roots = {id(find(f)) for f in cands}
            if len(roots) > 1:
                continue  # ambiguous and nothing introduced it: leave it as written
            target = min(cands, key=lambda f: f.e.start)
        union(target, m)

    # A given name shortened before the surname ("Agus Palinggi" for Agustinus Palinggi),
    # when one person of the article fits, named in full first (a short name that comes
    # first is someone else: "Kasim Patongai" and later his son "Kasimuddin Patongai"; but a
    # letter or two is a spelling, in either order: "Vicent" and "Vicente").
    def first_seen(x: _Mention) -> int:
        return min(p.e.start for p in people if find(p) is find(x))

    for m in people:
        if len(m.tokens) < 2 or len(m.tokens[0]) < 4:
            continue
        owners = {id(find(f)): f for f in people if find(f) is not find(m) and len(f.tokens) == len(m.tokens)
                  and f.tokens[1:] == m.tokens[1:] and len(f.tokens[0]) > len(m.tokens[0])
                  and f.tokens[0].startswith(m.tokens[0])
                  and (len(f.tokens[0]) - len(m.tokens[0]) <= 2 or first_seen(f) < first_seen(m))}
        if len(owners) == 1:
            union(next(iter(owners.values())), m)

    # Initials and a surname ("F.X. Jehamat") for the full name they abbreviate
    # ("Fransiskus Xaverius Jehamat"), when one person of the article fits.
    for m in people:
        initials = re.match(r"^((?:[A-Z]\.\s*){1,4})(\S.*)$", _strip_titles(m.e.text)[0])
        if not initials or any(find(o) is find(m) for o in people if o is not m):
            continue  # no initials, or already joined to someone
        letters = re.findall(r"[A-Z]", initials.group(1))
        rest = _person_tokens(initials.group(2))
        owners = {id(find(f)): f for f in full if f is not m and len(f.tokens) == len(letters) + len(rest)
                  and [_skeleton(t) for t in f.tokens[len(letters):]] == [_skeleton(t) for t in rest]
                  and [t[0] for t in f.tokens[: len(letters)]] == [_tok_key(c)[0] for c in letters]}
        if len(owners) == 1:
            union(next(iter(owners.values())), m)

    # A nickname cut from the given name ("Parmi" for Suparmi, "Radit" for Raditya
    # Pramana), after the name it comes from, when one person's given name fits and no one
    # of the article is called by it in full.
    # The given name follows a name opener ("Lalu Wira" for Lalu Wirajaya Kusuma).
    openers = resources.words("name_openers.txt")

    def given(tokens: list[str]) -> int:
        return 1 if len(tokens) > 1 and tokens[0] in openers else 0

    for m in people:
        g = given(m.tokens)
        if len(m.tokens) != g + 1:
            continue
        nick = m.tokens[g]
        # (with an opener, a bare "Wira" already joined to it does not count)
        if any(find(o) is find(m) for o in people if o is not m and (not g or len(o.tokens) > len(m.tokens))):
            continue
        # (three letters do with a form of address before them: "Romo Alo" for Aloysius Wodon)
        if len(nick) < (3 if m.title else 4) or not m.e.text[:1].isupper() \
                or any(nick in o.tokens for o in people if o is not m and (not g or len(o.tokens) > 1)
                       and o.tokens != m.tokens):
            continue
        owners = {id(find(f)): f for f in people if f is not m and f.e.start < m.e.start and f.tokens
                  and len(f.tokens) > given(f.tokens) and f.tokens[:g] == m.tokens[:g]
                  and (any(_nickname_of(nick, part) for part in _nickname_sources(f.tokens, given(f.tokens)))
                       or (len(f.tokens) >= 3 and nick == "a" + f.tokens[-1]))  # "Ahen": Tjhin Sui Hen
                  and nick not in _person_tokens(f.e.text.replace("-", " "))}  # not "Prabowo-Gibran"
        if len(owners) == 1:
            union(next(iter(owners.values())), m)

    # Initials ("CD", "AGL") and other upper-case forms: the person whose initials they are.
    for m in people:
        # (or a nickname the article gave for initials: "MB, yang dikenal dengan sapaan Daeng Lalang")
        word = m.name if re.fullmatch(r"[A-Z]{2,5}", m.name) else _strip_titles(m.e.text)[0]
        if len(m.tokens) != 1 or not re.fullmatch(r"[A-Z]{2,5}", word) or find(m) is not m:
            continue
        if any(find(o) is find(m) for o in people if o is not m and len(o.tokens) >= 2):
            continue
        if word.lower() in _people():
            continue
        # (before the initials, else anywhere: "HSP yang bernama lengkap Haryoko Setyajati Pamungkas")
        for before_only in (True, False):
            owners = {id(find(f)): f for f in full if (f.e.start < m.e.start or not before_only)
                      and (_initials_fit(word, f.e.text.split(), exact=True)
                           or _initials_fit(word, f.name.split(), exact=True))}
            if owners:
                break
        if len(owners) == 1:
            union(next(iter(owners.values())), m)

    # One word, printed alike ("Bhante Santamano" and later "Santamano") where no longer name
    # took either: one person, so that the form of address the article gives names them all.
    longest: dict[int, int] = {}
    for m in people:
        longest[id(find(m))] = max(longest.get(id(find(m)), 0), len(m.tokens))
    # (the Arabic article printed or not: "Imam Bukhari" and "Imam al-Bukhari")
    alone: dict[str, _Mention] = {}
    for m in people:
        if len(m.tokens) == 1 and longest[id(find(m))] == 1:
            key = m.tokens[0][2:] if re.match(r"(?i)(?:al|el)[-\s]\w{4}", m.name) else m.tokens[0]
            union(alone.setdefault(key, m), m)

    clusters: dict[int, list[_Mention]] = {}
    for m in people:
        clusters.setdefault(id(find(m)), []).append(m)
    for members in clusters.values():
        best = max(members, key=lambda m: (len(m.tokens), -m.e.start))
        canonical = best.name
        if len(best.tokens) == 1:
            nick = next((m.nickname for m in members if m.nickname), None)
            canonical = nick or canonical
        role = None
        for m in sorted(members, key=lambda m: m.e.start):
            if m.e.role and m.drop_role_tail and m.e.role.endswith(" " + m.drop_role_tail):
                m.e.role = m.e.role[: -len(m.drop_role_tail) - 1].strip() or None
            role = role or m.e.role
        if role is None:
            role = next((m.title for m in sorted(members, key=lambda m: m.e.start)
                         if m.title and m.title.split()[-1].lower() not in _words("honorifics")), None)
        for m in members:
            m.e.canonical = canonical
            m.e.role = m.e.role or role


def _nickname_sources(tokens: list[str], g: int) -> list[str]:
    """The words of a name a nickname may be cut from: the given name, and the middle names
    of a longer name ("Anto" for Fabianus Harjanto Wibowo), and the word after a first word
    many names share ("Romah" for Siti Mukaromah)."""
    if len(tokens) == g + 2 and tokens[g] in _words("devotional_first"):
        return tokens[g:]
    return tokens[g:g + 1] + tokens[g + 1:-1]


def _nickname_of(nick: str, word: str) -> bool:
    """'parmi' from 'suparmi', 'radit' from 'raditya'."""
    return word != nick and len(word) >= len(nick) + 2 and (word.startswith(nick) or word.endswith(nick))


def _skeleton(token: str) -> str:
    """A name word's consonants between its first and last letters, which must agree:
    "yusef" ~ "yusuf", "agarwal" ~ "agrawal" (not "santi" ~ "santo": the ending tells
    a man from a woman)."""
    if len(token) < 4:
        return token
    return token[0] + "".join(ch for ch in token[1:-1] if ch not in "aeiou") + token[-1]


def _loose_skeleton(token: str) -> str:
    """The skeleton of a word of a full name under the looser rules of transliteration, for
    comparing whole names only: "Binyamin" ~ "Benjamin" (j and y inside), "Yevgeny" ~
    "Evgeny", "Jeong" ~ "Jung"."""
    t = re.sub(r"^ye", "e", token.replace("eo", "u"))
    t = t[:1] + t[1:].replace("j", "y")
    return _skeleton(t[:1] + re.sub(r"(?<=.)y(?=.)", "", t[1:]) if len(t) >= 4 else t)


def _short_form_of(part: list[str], full: list[str]) -> bool:
    """Is `part` a contiguous run of `full`, or its first and last words ("Rudi Sinaga" of
    "Rudi Hamonangan Sinaga")?"""
    n = len(part)
    if any(full[i : i + n] == part for i in range(len(full) - n + 1)):
        return True
    # "Ghifari" of "Fathurrahman Al-Ghifari": a family name without its Arabic article
    if n == 1 and len(part[0]) >= 4 and any(w in ("al" + part[0], "el" + part[0]) for w in full[1:]):
        return True
    # "La Ode Karsadi" of "La Ode Muhammad Karsadi": the same first and last words, the rest
    # in order
    if 3 <= n < len(full) and part[0] == full[0] and part[-1] == full[-1]:
        rest = iter(full[1:-1])
        if all(w in rest for w in part[1:-1]):
            return True
    # "Lalu Zainuddin" of "Lalu Muhammad Zainuddin Arsyad": a name opener and a later word
    if 2 <= n < len(full) and part[0] == full[0] and part[0] in resources.words("name_openers.txt"):
        rest = iter(full[1:])
        if all(w in rest for w in part[1:]):
            return True
    # "Frans Nggala" of "Fransiskus Xaverius Nggala": a given name shortened, the surname kept
    first = part[0] == full[0] or (len(part[0]) >= 4 and full[0].startswith(part[0]))
    return n == 2 and len(full) >= 2 and first and _skeleton(part[1]) == _skeleton(full[-1])


# --- organisations and places -------------------------------------------------

def _company(name: str) -> str:
    """A company's name without its legal status: "PT Pertamina (Persero)" -> "PT Pertamina";
    a run-on before "PT" goes too ("Pengolahan PT Pertamina Persero" -> "PT Pertamina")."""
    words = name.split()
    for i, w in enumerate(words):
        if 0 < i <= 2 and w.rstrip(".").upper() == "PT" and i < len(words) - 1 \
                and not any(x.lower() in _FUNCTION_WORDS or x.endswith(",") for x in words[:i]):
            words = words[i:]
            break
    name = _LEGAL_TAIL.sub("", " ".join(words)).strip()
    return name or " ".join(words)


def _is_company(text: str) -> bool:
    """Written as a company: "PT ...", "CV ...", "PO ...", "Perumda ...", or with a legal form
    after the name."""
    return bool(re.match(r"(?:PT|CV|PO|PD|UD|Perumda|Perusahaan Umum Daerah)\.?\s", text)) or _company(text) != text


def _bare(name: str) -> str:
    """A name without the legal form before it, for comparing: "PT Pertamina" ~ "Pertamina",
    "Perum Bulog" ~ "Bulog"."""
    return re.sub(r"^(?:PT\.?|CV\.?|PO|Perumda(?: Air Minum)?|Perum|Perusahaan Umum(?: Daerah)?(?: Air Minum)?)\s+",
                  "", name, flags=re.I) or name


def _expand(name: str, defs=None, depth: int = 0, deep: bool = False) -> str:
    """A name with its short forms expanded, whole or word by word; with deep, organisation
    acronyms inside the name too ("Komisi XI DPR" ~ "Komisi XI Dewan Perwakilan Rakyat")."""
    low = name.lower()
    bare = _bare(name)
    if bare != name and depth < 3:
        inner = _expand(bare, defs, depth + 1, deep)
        if inner != bare:
            return inner if _bare(inner) != inner else f"{name[: len(name) - len(bare)]}{inner}"
    if defs and low in defs and depth < 3:
        long = defs[low][0]
        # (not when the data names the long form by this short one: "Perhimpunan Bangsa-Bangsa
        # Asia Tenggara (ASEAN)" is ASEAN, and expanding it back would go round in circles)
        if long.lower() != low and _names().get(long.lower(), "").lower() != low:
            return _expand(_company(long), defs, depth + 1, deep)
    if low in _names() and depth < 3:
        long = _company(_names()[low])
        if long.lower() != low:
            return _expand(long, defs, depth + 1, deep)
        return long
    words = name.split()
    parts = _deep_parts() if deep else _parts()
    if len(words) < 2:
        # "Ditreskrimsus" alone is the "Direktorat Reserse Kriminal Khusus" of the article
        return _company(parts[low]) if low in parts and " " not in low else name
    out, i, changed = [], 0, False
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n]).lower()
            if phrase in parts and n != len(words):
                out.append(_company(parts[phrase]))
                i += n
                changed = True
                break
        else:
            out.append(words[i])
            i += 1
    result = " ".join(out)
    if changed and depth < 3:
        return _expand(result, defs, depth + 1, deep)
    return result


def _link_others(others: list[_Mention], defs, text: str = "") -> None:
    if not others:
        return
    texts = {m.e.text.lower() for m in others}
    heads: dict[str, set[str]] = {}
    starts = {m.e.start: m for m in others if m.e.label == "LOC"}
    # Bare names set in an address or called a town, so settlements: "Kuil Gigi Buddha, Kandy,
    # Sri Lanka", "Limboto, ibu kota kabupaten" (not the "Danau Kandy" beside them)
    settled = set()
    for m in others:
        after = re.match(r",\s+(?:(?P<noun>ibu kota|kota)\b)?", text[m.e.end:m.e.end + 12])
        if after and m.e.label == "LOC" and (after.group("noun") or " " not in m.e.text and (
                (nxt := starts.get(m.e.end + after.end())) is not None and _expand(nxt.e.text, defs).lower() in _places())):
            settled.add(_flat(_expand(m.e.text)))
    # Names a facility is named after: "Nama rumah sakit itu diambil dari Moewardi", "Nama
    # bandara diambil dari Dhoho, nama lain Kerajaan Kediri" (the man, the kingdom: not the
    # hospital, the airport)
    namesakes = {_flat(_expand(m.e.text)) for m in others
                 if re.search(r"(?:(?:diambil|berasal)\s+dari|mengambil)\s+(?:nama\s+)?$", text[max(0, m.e.start - 30):m.e.start])}
    for m in others:
        head, rest = _admin_split(m.e.text)
        # ("di sekitar kota Taupō": the head in lower case, outside the mention, says it too)
        # (not "ibu kota Kepulauan Selayar", the capital of the regency)
        before = re.search(r"(?<![Ii]bu )\b(kota|kabupaten|provinsi|kecamatan|desa|kelurahan)\s+$",
                           text[max(0, m.e.start - 16):m.e.start])
        if not head and before and m.e.label == "LOC":
            head = before.group(1)
        if head:
            heads.setdefault(_flat(_expand(rest)), set()).add(head)
            if head == "kabupaten" and rest.startswith("Pulau "):  # "Kabupaten Pulau Taliabu" is "Taliabu"
                heads.setdefault(_flat(rest[6:]), set()).add(head)
        elif m.e.label == "LOC" and (m.e.text.isupper() or " " in m.e.text) \
                and (province := _expand(m.e.text, defs)).lower() in _provinces() and _flat(province) != _flat(m.e.text):
            # "DIY", "Daerah Istimewa Yogyakarta": the province by its acronym or full name,
            # which the bare name stands for, so "Kota Yogyakarta" beside it is the city
            heads.setdefault(_flat(province), set()).add("provinsi")
        elif m.e.label == "ORG":
            # ("Pemerintah Kota Gorontalo" names the city beside "Kabupaten Gorontalo" too)
            words = m.e.text.split()
            for k in range(1, len(words) - 1):
                head, rest = _admin_split(" ".join(words[k:]))
                if head and (rest.lower() in _places() or _expand(rest).lower() in _places()):
                    heads.setdefault(_flat(_expand(rest)), set()).add(head)
                    break
    spelled = texts | {_expand(m.e.text, defs).lower() for m in others}  # "dinkes" spelled out too
    for m in others:
        m.name = _norm_other(m.e, defs, heads, texts, text, spelled)
    parent = {id(m): m for m in others}

    def find(m):
        while parent[id(m)] is not m:
            parent[id(m)] = parent[id(parent[id(m)])]
            m = parent[id(m)]
        return m

    # Names numbered apart are never one ("PTPN I" and "PTPN III", "Wilayah XIX" and "Wilayah XX"):
    # the number each group of mentions carries, if any.
    numbers = {id(m): _numbers(m.e.text) for m in others}

    def union(a, b):
        ra, rb = find(a), find(b)
        if ra is not rb:
            na, nb = numbers[id(ra)], numbers[id(rb)]
            if na and nb and na != nb:
                return
            parent[id(rb)] = ra
            numbers[id(ra)] = na or nb

    by_key: dict[str, _Mention] = {}
    for m in others:
        key = _flat(_expand(m.name, defs, deep=True))
        if re.match(r"PT\.?\s", m.name) and _bare(m.name).lower() in _places():
            key = "pt" + key  # "PT Jambi" (Pengadilan Tinggi) is not the place Jambi
        for k in filter(None, (key, _university_key(m.name), _umlaut_key(m.name), *_unit_keys(m.name, defs), *_slash_keys(m.name, defs),
                               *_parent_keys(m.name, defs))):
            if k in by_key:
                o = by_key[k]
                if {m.e.label, o.e.label} == {"LOC", "ORG"} and any(
                        _is_company(_expand(x.e.text, defs)) for x in (m, o)):
                    continue  # "PT Kawasan Industri Kendal" runs the estate "Kawasan Industri Kendal"
                union(o, m)
            else:
                by_key[k] = m
    # A unit named without its parent: "Komisi XI" after "Komisi XI DPR".
    # (or without a town the article names as a place, though no list knows it: "ITPC Milan")
    loc_texts = {o.e.text for o in others if o.e.label == "LOC"}
    for m in others:
        words = m.name.split()
        # ("PSM" after "PSM Makassar": an acronym no list knows, named with its town)
        # (but "ALFI" beside "Asosiasi Logistik dan Forwarder Indonesia" is that body, not "ALFI Sulteng")
        lone_acronym = len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", m.e.text) and m.name.lower() not in _names() \
            and m.name.lower() not in defs and not any(
                o.e.label == "ORG" and o.e.text != m.e.text and _initials_fit(m.e.text, [w for w in _bare(o.name).split()
                                                             if w.lower() not in _FUNCTION_WORDS], exact=True)
                and not re.match(r"\s[A-Z]", text[o.e.end:o.e.end + 2])  # not cut from "Badan Eksekutif Mahasiswa ULM"
                for o in others)
        # (a body the model called a place: "DLH" cut from a headline, "Dinas Lingkungan Hidup")
        if not (m.e.label == "ORG" or (words and words[0].lower() in ("dinas", "badan"))) \
                or (len(words) < 2 and not lone_acronym):
            continue
        # (a place after it names another body: "Kementerian Luar Negeri China")
        # (a university's town is part of its name: "UIN Sunan Ampel" = "UIN Sunan Ampel Surabaya")
        # (and an embassy's: "KBRI" = "KBRI Kairo" where the article names one)
        # (and a prison's island: "Lapas Batu" = "Lapas Batu Nusakambangan")
        # (and a club's home town: "Borneo FC" = "Borneo FC Samarinda")
        local = m.name.lower() in _words("local_offices") or words[0].lower() in (
            "dinas", "universitas", "institut", "politeknik", "kedutaan", "konsulat") or lone_acronym \
            or " ".join(words[:2]).lower() in ("lembaga pemasyarakatan", "rumah tahanan") \
            or words[-1].lower() in _words("club_endings")
        # (not a place one word longer: "Polres Pidie" is not "Polres Pidie Jaya")
        # (the longer name as printed too: "DPRK Lhokseumawe", whose name the article spelled out)
        longer = {id(find(o)): o for o in others if o.e.label == "ORG" and any(
                  len(n.split()) > len(words) and n.split()[: len(words)] == words
                  and (_known(" ".join(n.split()[len(words):])) or " ".join(n.split()[len(words):]) in loc_texts)
                  and (local or " ".join(n.split()[len(words):]).lower() not in _places())
                  and " ".join(n.split()[len(words) - 1:]).lower() not in _places()
                  for n in {o.name, *([o.e.text] if re.match(r"[A-Z]{2,6}\s", o.e.text) else [])})}
        if len(longer) == 1:
            union(next(iter(longer.values())), m)
    # A unit named without the body it belongs to: "ULP Serui" after "PLN ULP Serui".
    for m in others:
        if m.e.label != "ORG" or len(m.e.text.split()) < 2 or not m.e.text[:1].isupper():
            continue  # ("Daop 4 Semarang" after "KAI Daop 4 Semarang")
        parents = {id(find(o)): o for o in others if o.e.label == "ORG" and find(o) is not find(m)
                   and o.e.text.endswith(" " + m.e.text) and o.e.text[: -len(m.e.text) - 1].lower() in _names()}
        if len(parents) == 1:
            union(next(iter(parents.values())), m)
    # A company's short name: "Rajawali Nusa" for "PT Rajawali Nusa Airlines" (only words that
    # say what kind of company it is, or places, follow), when one company of the article fits.
    for m in others:
        words = _bare(m.name).split()
        # (an acronym only with its company form: "PT PAL" for "PT PAL Indonesia")
        if not words or (len(words) == 1 and (m.e.label != "ORG" or len(words[0]) < 4 or words[0].isupper())
                         and not (_is_company(m.e.text) and words[0].isupper() and len(words[0]) >= 3)):
            continue
        if m.e.label == "LOC" and (m.name.lower() in _places() or _admin_split(m.e.text)[0] or _facility(m.name)):
            continue  # "Kabupaten Deli Serdang" is the regency, not short for "PT Deli Serdang Jaya";
            # "Pelabuhan Patimban" the port, not "PT Pelabuhan Patimban Internasional"
        if any(find(o) is find(m) and _placed(o) for o in others):
            continue  # "Way Ratai" joined to "Kecamatan Way Ratai" is not "CV Way Ratai Jaya"
        if _university_key(m.name):
            continue  # no company: "Xiamen University" is not its campus "Xiamen University Malaysia"
        # (not a branch: "IFG Life" is not "Kantor Cabang IFG Life Padang")
        # (nor a subsidiary: "anak usaha PT Timah Industri" is not "PT Timah")
        longer = {id(find(o)): o for o in others if find(o) is not find(m)
                  and _tail_is_descriptive(words, _bare(o.name).split()) and not _BRANCH.match(o.e.text)
                  and not any(_SUBSIDIARY.search(text, max(0, x.e.start - 25), x.e.start)
                              for x in others if find(x) is find(o))}
        if len(longer) == 1:
            union(next(iter(longer.values())), m)
    # A company named by its first words: "Kerinci Aroma" for "PT Kerinci Aroma Rempah",
    # "Malabar Sentosa" for "PT Perkebunan Malabar Sentosa" (a common word that says the
    # trade may open the long name), when one company of the article fits.
    for m in others:
        words = _bare(m.name).split()
        # (the model often calls a company named with a place a place: "Sulawesi Bahari")
        # (nor a port or an airport the model called a place: "Pelabuhan Patimban" is not
        # "PT Pelabuhan Patimban Internasional")
        if m.e.label == "PER" or (m.e.label == "LOC" and (m.name.lower() in _places() or " " not in m.name
                                                          or _facility(m.name) or _place_headed(m.e.text))) \
                or m.name.lower() in _names() or not words or (len(words) == 1 and (
                len(words[0]) < 5 or words[0].isupper() or words[0].lower() in _places() | _common())):
            continue
        # (not a name that already stands for a company of its own: "Pertamina" beside
        # "PT Pertamina" is the parent of "PT Pertamina Hulu Energi", not its short name)
        # (nor a place the article names: "Way Ratai" of "Kecamatan Way Ratai" is not "CV Way Ratai Mandiri")
        if any(find(o) is find(m) and (_is_company(o.e.text) or len(_bare(o.name).split()) > len(words)
                                       or _placed(o)) for o in others):
            continue
        keys = [_tok_key(w) for w in words]
        fits = {}
        for o in others:
            # (a group abroad, written with no legal form: "Hengfa" for "Hengfa Metals Group")
            if find(o) is find(m) or not (_is_company(o.e.text) or o.e.text.split()[-1] in _GROUP_ENDINGS):
                continue
            long = _bare(o.name).split()
            for skip in (0, 1):
                # ("Kaltimtara Syariah" for "PT Bank Kaltimtara Syariah": "Bank" goes too)
                if skip and (len(long) < 2 or not (long[0].lower() in _common() or _DERIVED_NOUN.match(long[0].lower())
                                                   or long[0].lower() == "bank")):
                    break
                core = long[skip:]
                # (or the whole name without its form: "Tirta Jaya Raksa" for "Perumda Air Minum ...")
                # (not a subsidiary: "Askrindo" is not "PT Askrindo Syariah")
                if (len(core) > len(words) or skip or not _is_company(m.e.text)) \
                        and [_tok_key(w) for w in core[: len(words)]] == keys \
                        and not any(w.lower() in _words("subsidiaries") for w in core[len(words):]):
                    fits[id(find(o))] = o
        if len(fits) == 1:
            union(next(iter(fits.values())), m)
    # A facility named without its head: "Stadion GBLA" = "Gelora Bandung Lautan Api",
    # "Bandara Internasional Soekarno-Hatta" = "Bandara Soekarno-Hatta".
    facilities = [(m, f) for m in others if (f := _facility(m.name))]
    # Heads that share one name: "Candi Mendut" and "Vihara Mendut", "Pulau Lembeh" and
    # "Selat Lembeh". The name alone is the island's, the temple's (heads in _SAME_AS_NAME), else no one's.
    sharing: dict[str, set[str]] = {}
    for m, (head, rest) in facilities:
        sharing.setdefault(_flat(" ".join(rest)), set()).add(head)
    for m, (head, rest) in facilities:
        keys = [_flat(head + " ".join(rest))]
        others_heads = sharing[_flat(" ".join(rest))] - {head}
        # ("Pulau Tarakan" is not the city when the article names "Kota Tarakan", nor "Danau
        # Taupo" the town of "Kota Taupō"; "Museum Keraton Sumenep" is not the palace, nor
        # "Taman Nasional Gunung Leuser" the mountain)
        # ("Pantai Camplong" is not the "Camplong" of "Kecamatan Camplong"; "Candi Borobudur" is
        # the "Borobudur" of "Kecamatan Borobudur")
        rest_key = _flat(_expand(" ".join(rest)))
        named_places = heads.get(rest_key, set()) | ({"kota"} if rest_key in settled else set())
        # (an island beside the district named after it: "Nusa Penida" alone is the district)
        towns = _TOWNS | {"kecamatan"} if head in _ISLANDS else _TOWNS
        if _own_name(head, rest) and rest_key not in namesakes \
                and not (named_places & towns if head in _SAME_AS_NAME else named_places) \
                and (rest[0].lower() not in _facility_heads() or (head, rest[0].lower()) in _NAMED_BY_ITS_CAPE) \
                and (not others_heads or (head in _SAME_AS_NAME and not others_heads & _SAME_AS_NAME - _weaker(head, rest))):
            keys.append(_flat(_expand(" ".join(rest), defs, deep=True)))
        for key in keys:
            if key in by_key and find(by_key[key]) is not find(m):
                # (a bare "Toba" already short for the club "Toba Perkasa" is not "Danau Toba")
                if key != keys[0] and any(find(o) is find(by_key[key]) and len(_bare(o.name).split()) > len(rest)
                                          and _bare(o.name).split()[: len(rest)] == rest and not _facility(o.name)
                                          for o in others):
                    continue
                union(by_key[key], m)
        by_key.setdefault(keys[0], m)
    # "Stadion Dipta" for "Stadion Kapten I Wayan Dipta", "Bandara Halim" for "Bandara Halim
    # Perdanakusuma": the same head and the last words, or the first ones.
    # Not for places of nature: "Gunung Sorik Marapi" is not "Gunung Marapi", "Pulau Banda Besar"
    # not "Pulau Banda" (though "Gunung Api Ile Lewotolok" is "Gunung Ile Lewotolok").
    for m, (head, rest) in facilities:
        keys = [_tok_key(w) for w in rest]
        longer = {id(find(o)): o for o, (h, r) in facilities if h == head and len(r) > len(rest)
                  and keys in ([_tok_key(w) for w in r[-len(rest):]], [_tok_key(w) for w in r[: len(rest)]])
                  and (head not in _NATURAL or r[: len(r) - len(rest)] == ["Api"])
                  and not _another_kind(r[: len(r) - len(rest)], rest)}
        if len(longer) == 1:
            union(next(iter(longer.values())), m)
        # ... and one name in two spellings ("Lanud Roesmin Nurjadin", "Lanud Rusmin Nurjadin")
        for o, (h, r) in facilities:
            if h == head and len(r) == len(rest) and [_tok_key(w) for w in r] == keys:
                union(o, m)
        # ... and a person's initials for the name: "Bandara SMB II" = "Bandara Sultan Mahmud
        # Badaruddin II"
        if re.fullmatch(r"[A-Z]{2,5}", rest[0]) and len(rest) <= 2:
            named = {id(find(o)): o for o, (h, r) in facilities if h == head and find(o) is not find(m)
                     and len(r) > len(rest) and r[len(r) - len(rest) + 1:] == rest[1:]
                     and _initials_fit(rest[0], r[: len(r) - len(rest) + 1], exact=True)}
            if len(named) == 1:
                union(next(iter(named.values())), m)
    # An association named without the word of its kind that opens its full name: "Setia Hati
    # Terate" for "Persaudaraan Setia Hati Terate" (or without its last words too: "Setia Hati
    # Winongo" for "Persaudaraan Setia Hati Winongo Tunas Muda"), when one body of the article fits.
    for m in others:
        words = m.name.split()
        if m.e.label != "ORG" or len(words) < 2 or words[0].lower() in _org_heads():
            continue
        fits = {id(find(o)): o for o in others if o.e.label == "ORG" and find(o) is not find(m)
                and o.name.split()[0].lower() in _words("associations") and o.name.split()[1:len(words) + 1] == words}
        if len(fits) == 1:
            union(next(iter(fits.values())), m)
    # A club or team named without the town that opens its name: "Krakatau Thunder" for
    # "Cilegon Krakatau Thunder", when one name of the article fits (not a body named with
    # a head: "Kementerian Pertahanan" is not the one of Singapore).
    for m in others:
        words = m.name.split()
        if m.e.label != "ORG" or len(words) < 2 or m.name.lower() in _places() or m.name.lower() in _names() \
                or words[0].lower() in _org_heads():
            continue
        fits = {id(find(o)): o for o in others if o.e.label == "ORG" and find(o) is not find(m)
                and len(o.name.split()) == len(words) + 1
                and o.name.split()[1:] == words and o.name.split()[0].lower() in _places()}
        if len(fits) == 1:
            union(next(iter(fits.values())), m)
    # A name and its translation: "Bank Pembangunan Asia" = "Asian Development Bank", "Penjaga
    # Pantai China" = "China Coast Guard" (word lists: name_translations.txt); only where one
    # name of the article fits.
    # (an acronym by the name it stands for: "IAEA" = "Badan Energi Atom Internasional")
    # (a town's name that opens with a word of a kind of place is not translated: "Port Louis"
    # is the capital, not "Pelabuhan Port Louis"; "Quezon City" is "Kota Quezon")
    # (the same words in another order are no translation: "Polres Metro Tangerang Kota" is
    # not "Polresta Tangerang", "Kepolisian Resor Kota Tangerang")
    translated = [(m, key, changed, sorted(_split(text.lower()))) for m in others if m.e.label in ("ORG", "LOC")
                  for text in dict.fromkeys((m.e.text, m.name))
                  for key, changed in [translation_key(text)]
                  if not (changed and text.lower() in _places() and translation_key(text.split()[0])[1])]
    for m, key, changed, words in translated:
        if len(key) < 2 and m.e.label != "LOC":
            continue
        fits = {id(find(o)): o for o, k, c, w in translated if k == key and (changed or c) and find(o) is not find(m)
                and o.e.label == m.e.label and w != words}
        if len(fits) == 1:
            union(next(iter(fits.values())), m)
    # One place's name spelled two ways, a letter apart ("Marrakesh", "Marrakech"; "Kathmandu",
    # "Katmandu"; two apart in names of nine letters or more), where no other place fits.
    # Also in longer names: "Gunung Ciremai", "Gunung Ceremai".
    places = [m for m in others if m.e.label == "LOC"]
    for m in places:
        fits = {id(find(o)): o for o in places if find(o) is not find(m) and _spelled_alike(o.name, m.name)}
        if len(fits) == 1:
            union(next(iter(fits.values())), m)
    # One name spelling out a word that the other abbreviates: "Pengadilan Tipikor Makassar" =
    # "Pengadilan Tindak Pidana Korupsi Makassar", "PLN UID Jatim" = "PLN Unit Induk Distribusi Jawa Timur".
    # A short name that fits two bodies of the article
    # joins neither.
    orgs = [m for m in others if m.e.label == "ORG" and len(m.name.split()) >= 2]
    for m in orgs:
        if _expand(m.name, defs).lower() in _places():
            continue  # "Kepri" that the model called a body is the province, not "Polda Kepri"
        # (the long form as printed too: "BNNP Lampung" = "Badan Narkotika Nasional Provinsi Lampung")
        fits = {id(find(o)): o for o in orgs if find(o) is not find(m)
                and any(len(long.split()) > len(m.name.split())
                        and (_spelled_out(_expand(m.name, defs).split(), _expand(long, defs).split())
                             or _flat(_expand(m.name, defs)) in _without_joined_portfolio(_expand(long, defs)))
                        for long in {o.name, _company(o.e.text)})}
        if len(fits) == 1:
            union(next(iter(fits.values())), m)
    # A short form written like a word ("Konut") that gives the first letters of each word of
    # one name of the article ("Konawe Utara"), the same kind of entity.
    for m in others:
        word = m.e.text
        if not re.fullmatch(r"[A-Z][a-z]{3,7}|[A-Z]{4,8}", word) or word.lower() in _names() or word.lower() in defs \
                or word.lower() in _common() or word.lower() in _places():
            continue
        # (a company's short form the model called a place: "Jamsyar")
        owners = {id(find(o)): o for o in others if find(o) is not find(m)
                  and (o.e.label == m.e.label or (m.e.label == "LOC" and _is_company(o.e.text)))
                  and not _BOARD.match(o.name)
                  and any(_syllable_short_form(word, _bare(o.name).split()[-k:])
                          # (in capitals, a word may give one letter: "UMGO" = Universitas Muhammadiyah GOrontalo)
                          or word.isupper() and _abbrev_fits(word, _bare(o.name).split()[-k:]) for k in (2, 3))}
        if len(owners) == 1:
            union(next(iter(owners.values())), m)
    # An acronym the data does not know that gives the first letters of one name of the article.
    for m in others:
        word = m.e.text
        if not re.fullmatch(r"[A-Z]{2,6}", word) or word.lower() in _names() or word.lower() in defs:
            continue
        # ("KLU" = Kabupaten Lombok Utara: the head the name drops may give a letter too)
        # ("PTFI" = PT Freeport Indonesia: a company's "PT" may give both its letters)
        owners = {id(find(o)): o for o in others if o is not m and len(o.name.split()) >= 2
                  and any(_initials_fit(word, [w for w in _bare(n).split() if w.lower() not in _FUNCTION_WORDS], exact=True)
                          or (n.startswith("PT ") and word.startswith("PT") and _initials_fit(
                              word[2:], [w for w in _bare(n).split() if w.lower() not in _FUNCTION_WORDS], exact=True))
                          for n in (o.name, o.e.text))}
        # ... or of its first words, the rest of the name said after it elsewhere: "PSHW" for
        # "Persaudaraan Setia Hati Winongo Tunas Muda" (only a body, of four letters or more)
        if not owners and len(word) >= 4 and m.e.label == "ORG":
            for o in others:
                words = [w for w in _bare(o.name).split() if w.lower() not in _FUNCTION_WORDS]
                if o is not m and o.e.label == "ORG" and len(words) > len(word) \
                        and _initials_fit(word, words[: len(word)], exact=True):
                    owners[id(find(o))] = o
        if len(owners) == 1:
            union(next(iter(owners.values())), m)
    clusters: dict[int, list[_Mention]] = {}
    for m in others:
        clusters.setdefault(id(find(m)), []).append(m)
    for members in clusters.values():
        # (a headline run-on, "Kabut Asap Selimuti Palangka Raya", is no one's best name)
        # (nor the body's seat, "Markas Kepolisian Resor X", beside the body's own name)
        best = max(members, key=lambda m: (not _in_title_line(text, m.e.start),
                                           m.name.split()[0].lower() not in _words("seats"), len(m.name.split()),
                                           not m.name.isupper(), -m.e.start))
        for m in members:
            m.e.canonical = best.name


def _place_headed(name: str) -> bool:
    """A place named with the kind of place it is: "Kawasan Industri Kendal", "Pasar Cepogo"."""
    return bool(name.split()) and name.split()[0].lower() in resources.phrases("loc_heads.txt")


def _numbers(name: str) -> frozenset[str]:
    """The numbers in a name: Roman ("PTPN III") or Arabic up to three digits, not the Balinese
    "I" before a name ("I Wayan Dipta")."""
    words = name.split()
    return frozenset(w for i, w in enumerate(words) if re.fullmatch(r"[IVXL]{1,5}|\d{1,3}", w)
                     and not (w == "I" and i + 1 < len(words) and words[i + 1][:1].isupper()))


def _spelled_alike(a: str, b: str) -> bool:
    """Two place names that differ in one word of seven letters or more, spelled a letter
    apart (two in words of nine letters or more). Shorter words are often two places:
    "Gunung Marapi" and "Gunung Merapi"."""
    wa, wb = _fold(a).lower().split(), _fold(b).lower().split()
    if len(wa) != len(wb):
        return False
    diff = [(x, y) for x, y in zip(wa, wb) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    n = min(len(x), len(y))
    if n >= 5 and _tok_key(x) == _tok_key(y):
        return True  # "Myawaddy" = "Myawadi": doubled letters, a final y, old spellings
    return x[0] == y[0] and n >= 7 and _edits(x, y) <= (2 if n >= 9 else 1)


def _edits(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _placed(m: _Mention) -> bool:
    """A mention that names a place: with its administrative head, or a place the data knows."""
    return m.e.label == "LOC" and bool(_admin_split(m.e.text)[0] or m.name.lower() in _places())


_BRANCH = re.compile(r"(?:Kantor (?:Cabang|Wilayah|Perwakilan)|Cabang|Kanwil|KPw)\s")
# The board of an association, national or regional ("Pengurus Besar Persatuan Panahan
# Indonesia", "PB Perpani", "DPC SPN Jombang"): the news names it apart from the association.
_BOARD = re.compile(r"(?:Pengurus (?:Besar|Pusat|Provinsi|Daerah|Wilayah|Cabang)|Pimpinan (?:Pusat|Wilayah|Daerah|Cabang)"
                    r"|Dewan Pimpinan (?:Pusat|Wilayah|Daerah|Cabang)|Pengprov|Pengda|Pengcab|PB|PP|DPP|DPW|DPC)\s")


def _tail_is_descriptive(short: list[str], long: list[str]) -> bool:
    """`long` is `short` and then only descriptor words or places ("Airlines", "Indonesia")."""
    n = len(short)
    if len(long) <= n or [_tok_key(w) for w in long[:n]] != [_tok_key(w) for w in short]:
        return False
    tail = long[n:]
    if " ".join(long[n - 1:]).lower() in _places():
        return False  # "Polres Pidie" is not short for "Polres Pidie Jaya"
    # "Kementerian Luar Negeri China" is China's ministry, not a longer name of the one
    # the article calls "Kementerian Luar Negeri": after a body's head, no place follows.
    # ("Bank Indonesia Papua" is the central bank's office in Papua, not a longer name of it)
    places_ok = short[0].lower() not in _org_heads() and " ".join(short).lower() not in _names()
    return all(w.lower() in _words("descriptors") or (places_ok and w.lower() in _places()) for w in tail)


@lru_cache(maxsize=None)
def _facility_heads() -> dict[str, str]:
    """[facilities]: each head, lower case, and the head it is the same as."""
    out = {}
    for line in _sections().get("facilities", ()):
        head, _, same = (part.strip().lower() for part in line.partition("="))
        out[head] = same or head
    return out


def facility_heads() -> frozenset[str]:
    """Heads of buildings and places that can be named after a person ("Bandara", "RSUD")."""
    return frozenset(_facility_heads()) | _words("named_after_heads")


def _facility(name: str) -> tuple[str, list[str]] | None:
    """A facility's head (made one: "RSUP" -> "rs") and the words of its own name, without
    "Internasional" after the head or an honorific inside ("RSUP Dr. Sardjito" -> "rs",
    ["Sardjito"])."""
    words = name.split()
    heads = _facility_heads()
    for n in (4, 3, 2, 1):  # ("Rumah Sakit Umum Daerah" is one head)
        head = " ".join(words[:n]).lower()
        if len(words) > n and head in heads:
            # (initials and a given name cut short go too: "RSUD Dr. H. Moch. Ansari Saleh")
            rest = [w for w in words[n:] if w.lower().rstrip(".") not in ("dr", "prof", "ir", "h")
                    and not re.fullmatch(r"[A-Z]\.", w) and not cut_short(w)]
            if len(rest) > 1 and rest[0].lower() in ("internasional", "international"):
                rest = rest[1:]
            return (heads[head], rest) if rest else None
    return None


# Administrative units a place name alone means ("Kota Taupō" is "Taupō"); a sub-district or
# village named after a landmark ("Kecamatan Borobudur") gives the landmark the bare name.
_TOWNS = frozenset({"kota", "kabupaten", "provinsi", "kotamadya"})
# Heads whose place is what the name alone means: "Pulau Lombok", "Gunung Marapi", "Jalur Gaza",
# "Candi Borobudur", "Waduk Jatiluhur", "Kawah Sikidang", "Dataran Tinggi Dieng", "Kepulauan Mentawai".
_ISLANDS = frozenset({"pulau", "kepulauan"})
# "... anak usaha PT X": what follows is a subsidiary, not the parent's longer name.
_SUBSIDIARY = re.compile(r"\b(?:anak|cucu) (?:usaha|perusahaan)(?:nya)?,?\s+$", re.I)
# Stations and stops, often named after the landmark beside them.
_STOPS = frozenset({"stasiun", "halte"})
_SAME_AS_NAME = frozenset({"pulau", "gunung", "jalur", "candi", "waduk", "kawah", "dataran tinggi", "danau", "lembah",
                           "kepulauan", "air terjun", "bale", "pura", "keraton"})
# A doctor's, professor's or pilgrim's title right before a name: "dr. Kariadi", "Prof. Ida".
_AFTER_PERSON_TITLE = re.compile(r"(?:^|(?<=[\s(]))(?:dr|Dr|drg|Prof|Ir|Hj?)\.\s?$")
# Heads of buildings and graves, which no person's name opens.
_BUILDINGS = frozenset({"makam", "masjid", "gereja", "museum", "stadion", "bandara", "pelabuhan", "stasiun", "terminal",
                        "jembatan", "monumen", "tugu", "benteng", "candi", "vihara", "klenteng", "keraton", "istana"})
# Heads of nature that open the names of many districts ("Kecamatan Gunung Tabur", "Kecamatan
# Danau Panggang", "Kecamatan Krueng Sabee"), where the whole name alone is the district.
_DISTRICT_NAME_HEADS = frozenset({"gunung", "danau", "lembah", "krueng", "tukad"})
# ... but a temple or a palace named after a town is not the town: "Keraton Yogyakarta"
_SEATS_OF_TOWNS = frozenset({"pura", "keraton"})
# Last words of the names of business groups abroad, which print no legal form.
_GROUP_ENDINGS = frozenset({"Group", "Holdings", "Corporation"})


# A beach or a port named after the cape it lies on is what the cape's name alone means
# ("Pantai Tanjung Kelayang" = "Tanjung Kelayang", "Pelabuhan Tanjung Perak" = "Tanjung
# Perak"); a place named after another place of nature is not ("Danau Gunung Tujuh", the
# lake, is not "Gunung Tujuh").
_NAMED_BY_ITS_CAPE = frozenset({("pantai", "tanjung"), ("pelabuhan", "tanjung")})
# Heads of places of nature, whose names differ by a word between two places.
_NATURAL = frozenset({"gunung", "pegunungan", "pulau", "kepulauan", "danau", "sungai", "teluk", "selat", "bukit",
                      "tanjung", "pantai", "lembah", "kawah", "dataran tinggi", "air terjun", "gua"})


def _weaker(head: str, rest: list[str]) -> frozenset[str]:
    """Beside "Pulau Derawan", "Kepulauan Derawan" does not own the bare "Derawan"; a regency
    named for its islands ("Kepulauan Selayar") does."""
    if head == "pulau" and f"kepulauan {' '.join(rest)}".lower() not in _places():
        return frozenset({"kepulauan"})
    return frozenset()


def _own_name(head: str, rest: list[str]) -> bool:
    """Does what follows the head name the facility by itself? Two words or more, an
    acronym, or one capitalised word that is no common word (and, for a building, no place)."""
    text = " ".join(rest)
    if len(rest) >= 2 and text.lower() in _places() and head not in _SAME_AS_NAME \
            and (head, rest[0].lower()) not in _NAMED_BY_ITS_CAPE:
        return False  # "Bandara Internasional Jawa Barat" is not the province
    if head in _STOPS and _names().get(text.lower(), text).lower() != text.lower():
        return False  # "Stasiun Monas" is named after the monument, not the monument
    if len(rest) >= 2 or _is_acronym(text) and text.isupper():
        return True
    word = rest[0]
    if head == "kepulauan" and word.lower() in _provinces():
        return False  # "Kepulauan Riau" is a province of its own, not "Riau"
    # "Danau Toba" is not the regency "Toba": a place name after any head stays apart, but
    # an island or a mountain is what its name alone means ("Pulau Lombok" = "Lombok",
    # "Gunung Marapi" = "Marapi").
    return word[:1].isupper() and word.lower() not in _common() and (
        word.lower() not in _places() or head in _SAME_AS_NAME - _SEATS_OF_TOWNS)


def _spelled_out(short: list[str], long: list[str]) -> bool:
    """The words match in order, except that one or two words of `short` may each abbreviate
    a run of two to seven words of `long` ("Tipikor" = "Tindak Pidana Korupsi", "Ditjen Bimas
    Islam" = "Direktorat Jenderal Bimbingan Masyarakat Islam"); at least one word is shared."""
    @lru_cache(maxsize=None)
    def fit(i: int, j: int, used: int) -> bool:
        if i == len(short) or j == len(long):
            return i == len(short) and j == len(long) and used > 0
        if _tok_key(short[i]) == _tok_key(long[j]) and fit(i + 1, j + 1, used):
            return True
        if used < 2 and short[i][:1].isupper():
            for k in range(2, min(7, len(long) - j) + 1):
                # (a word in full may stand for itself and words after it, none a compass point,
                # a place or its head: "Golden Lotus" = "Golden Lotus Cleaning Services", but "Polres Nias"
                # is not "Polres Nias Selatan", nor "Kementerian Pertanian" "Kementerian Pertanian
                # dan Pangan Norwegia")
                extra = [w.lower() for w in long[j + 1 : j + k]]
                if _tok_key(short[i]) == _tok_key(long[j]) and (
                        any(w in place_endings() or w in _places() or w in _admin_ranks() for w in extra)
                        or any(" ".join(extra[a:]) in _places() for a in range(len(extra)))):
                    break
                if _abbrev_fits(short[i], long[j : j + k], derived=True) and fit(i + 1, j + k, used + 1):
                    return True
        return False

    shared = {_tok_key(w) for w in short} & {_tok_key(w) for w in long}
    return bool(shared) and fit(0, 0, 0)


def _without_joined_portfolio(name: str) -> set[str]:
    """A regional office that joins two portfolios is often named by the first alone:
    "Dinas Pertanian dan Pangan Wonogiri" is "Dispertan Wonogiri" (Dinas Pertanian); the
    name without each "dan ..." run of one or two words (flat keys). Not ministries, which
    are split and renamed ("Kementerian Lingkungan Hidup" is not "... dan Kehutanan")."""
    words = name.split()
    out = set()
    if words[0] != "Dinas":
        return out
    for j in range(2, len(words) - 1):
        if words[j] != "dan":
            continue
        for k in (2, 3):
            if j + k <= len(words) and all(w[:1].isupper() for w in words[j + 1 : j + k]):
                out.add(_flat(" ".join(words[:j] + words[j + k:])))
    return out


def _syllable_short_form(word: str, words: list[str]) -> bool:
    """"Konut" = KONawe UTara, "Mabar" = MAnggarai BARat, "Tanbu" = TANah BUmbu: a short form
    written like a word, built from the first two or more letters of every word of the name."""
    a, ws = word.lower(), [w.lower() for w in words]
    if len(ws) < 2 or not all(w.isalpha() for w in ws):
        return False

    def fit(i: int, p: int) -> bool:
        if i == len(ws):
            return p == len(a)
        # the last word may give one letter after a longer piece: "Unib" = UNIversitas Bengkulu
        least = 1 if i == len(ws) - 1 and p >= 3 else 2
        return any(a[p : p + k] == ws[i][:k] and fit(i + 1, p + k) for k in range(least, min(len(ws[i]), len(a) - p) + 1))

    return fit(0, 0)


def _headline_tail_cut(name: str, texts: set[str] = frozenset(), text: str = "") -> str:
    """"Lombok Tengah Melonjak" in a title-case headline: the model ran the place on into the
    verb after it (or the noun before it). Common words at the end go while what stays is a
    known place or name; any words go when what stays is a name the article prints
    elsewhere ("Dewan Pengupahan Karawang Buntu")."""
    words = name.split()
    if name.lower() in _places() or name.lower() in _names():
        return name  # "Aceh Besar"
    verbs = _common() | resources.words("headline_verbs.txt")
    # ... or took the noun before the place into it: "Tambang Barito Timur" ("di Tambang ...")
    # (a word the article also writes in lower case: "tambang", not "Katedral")
    first = words[0].lower()
    if len(words) > 1 and " ".join(words[1:]).lower() in _places() and re.search(rf"(?<!\w){re.escape(first)}(?!\w)", text) \
            and first not in _facility_heads() \
            and first not in _org_heads() and first not in _places() and first not in _words("admin") \
            and first not in resources.phrases("loc_heads.txt") and first not in _given() and first not in _names():
        return " ".join(words[1:])
    for k in range(len(words) - 1, 0, -1):
        if words[k].lower() not in verbs:
            break
        rest = " ".join(words[:k])
        if rest.lower() in _places() or rest.lower() in _names():
            return rest
    for k in range(len(words) - 1, 1, -1):
        if " ".join(words[:k]).lower() in texts:
            return " ".join(words[:k])
    # "DLH Ambil Sampel Limbah": a short form the article prints again, then the verb
    if len(words) > 1 and words[0].isupper() and len(words[0]) > 1 and words[1].lower() in _common() \
            and len(re.findall(rf"(?<!\w){re.escape(words[0])}(?!\w)", text)) >= 2:
        return words[0]
    return name


def _drop_inner_admin(name: str, defs, heads: dict[str, set[str]], texts: set[str] = frozenset()) -> str:
    """"BPS Provinsi Jawa Tengah" = "BPS Jawa Tengah", "KPU Kota Manado" = "KPU Manado": the
    head of the region an office serves, unless the article names that office in both
    regions of one name ("KPU Kota Bogor" and "KPU Kabupaten Bogor"). Where the region has
    two heads but the office is named in one only ("MUI Kabupaten Probolinggo" beside
    "Dinkes Kota Probolinggo"), "MUI Probolinggo" is that office."""
    words = name.split()
    for k in range(1, len(words) - 1):
        head, rest = _admin_split(" ".join(words[k:]))
        opening = " ".join(words[: k + 1]).lower()
        if not head or any(opening.endswith(v) for v in _words("head_in_name")):
            continue  # "Pemerintah Kota Surabaya": the head is part of the body's name
        if not (any(w.isupper() and len(w) > 1 or w.lower() in _org_heads() for w in words[:k])
                or " ".join(words[:k]).lower() in _names()) \
                or (head == "kota" and words[k - 1].lower() == "ibu"):
            continue  # "Ibu Kota Nusantara": "ibu kota" is the capital, no administrative head
        rest_x = _expand(rest, defs)
        prefix = " ".join(words[:k]).lower()
        twin = any(t.startswith(f"{prefix} {other} ") for other in heads.get(_flat(rest_x), set()) - {head}
                   for t in texts)
        # (a place no list knows, which the article also names alone: "Kabupaten OKI" and "OKI")
        if (rest.lower() in _places() or rest_x.lower() in _places() or rest.lower() in texts
                or f"{head} {rest}".lower() in texts) and not twin:
            return " ".join(words[:k] + [rest_x])
    return name


def _known(words: str) -> bool:
    low = words.lower()
    return low in _names() or low in _places() or _flat(_expand(words)) != _flat(words)


@lru_cache(maxsize=None)
def _admin_ranks() -> dict[str, int]:
    """Administrative heads -> level, 0 the highest (canonical_names.txt [admin_rank])."""
    out = {}
    for level, line in enumerate(_sections().get("admin_rank", ())):
        for head in line.lower().split():  # ("kota administrasi" is ranked by its first word)
            out.setdefault(head, level)
    return out


def _admin_rank(head: str) -> int:
    return _admin_ranks().get(head.split()[0], 99)


def _admin_split(name: str) -> tuple[str | None, str]:
    """The administrative head of a place name and the rest; an abbreviated head is given
    in full ("Kab. Bogor" -> "kabupaten", "Bogor")."""
    words = name.split()
    if name.lower() in resources.phrases("places.txt"):
        return None, name  # "Kota Meksiko", "Kota Kinabalu": the city's own name, not "Meksiko"
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower() in _words("admin"):
            rest = " ".join(words[n:])
            if rest[0].isupper():
                head = " ".join(words[:n]).lower()
                return _admin_full().get(head, head), rest
    return None, name


@lru_cache(maxsize=None)
def _admin_full() -> dict[str, str]:
    """'kab.' and 'kab' -> 'kabupaten': each abbreviated head of [admin] and its full form."""
    heads = _words("admin")
    full = [h for h in heads if not h.endswith(".") and " " not in h]
    out = {}
    for h in heads:
        bare = h.rstrip(".")
        if not (h.endswith(".") or len(h) <= 3):
            continue  # "kota" is a head of its own, not short for "kotamadya"
        longer = [f for f in full if f.startswith(bare) and f != bare]
        if longer:
            out[h] = min(longer, key=len)
    return out


def _office_form(name: str) -> str:
    """Words a regional office's full name carries that its short forms drop: "Kantor
    Perwakilan Bank Indonesia Provinsi Papua" = "BI Papua", "Ombudsman RI Perwakilan Jawa
    Barat" = "Ombudsman Jabar", "KSOP Kelas III Selayar" = "KSOP Selayar", "Kedutaan Besar
    Republik Indonesia di Santiago" = "KBRI Santiago", "PT Bank Pembangunan Daerah Papua" =
    "Bank Papua"."""
    name = re.sub(r"^(?:Kantor Perwakilan|KPw|Kantor Cabang)\s+(?=\S+\s+\S)", "", name)  # "Kantor Cabang Bulog Merauke"
    name = re.sub(r"^(Polres|Kepolisian Resor) Metro\s+(?=[A-Z])", r"\1 ", name)  # "Polres Metro Jakarta Selatan"
    # ("Dewan Perwakilan Rakyat" keeps its word: only a place follows an office's "Perwakilan")
    # ("Perum Bulog Kantor Wilayah Gorontalo" = "Bulog Gorontalo": so does a regional office)
    m = re.search(r"\s+(?:(?:(?:RI|Republik Indonesia)\s+)?Perwakilan|Kantor Wilayah|Kanwil)(?:\s+(?:Provinsi|Wilayah))?"
                  r"\s+(?P<place>[A-Z].*)$", name)
    if m and (m.group("place").lower() in _places() or _expand(m.group("place")).lower() in _places()):
        name = name[: m.start()] + " " + m.group("place")
    name = re.sub(r"\s+Kelas\s+(?:[IV]{1,3}[AB]?|Satu|Dua|Tiga)(?:\s+(?:Khusus|TPI|Non[- ]TPI))*(?=\s+[A-Z])", "", name)
    # ("Bea dan Cukai Tipe Pratama Tembilahan" = "Bea Cukai Tembilahan")
    name = re.sub(r"\s+Tipe\s+(?:Pratama|Madya|Utama|[A-C])(?=\s+[A-Z])", "", name)
    name = re.sub(r"^(?:PT\.?\s+)?Bank Pembangunan Daerah\s+(?=[A-Z])", "Bank ", name)
    # ("Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Palangka Raya" = "Pengadilan
    # Tipikor Palangka Raya": a special court sits in a district court)
    name = re.sub(r"^(Pengadilan\s.+?)\s+pada\s+(?:Pengadilan Negeri|PN)\s+(?=[A-Z])", r"\1 ", name)
    name = re.sub(r"^(Pos Lintas Batas Negara|PLBN) Terpadu\s+(?=[A-Z])", r"\1 ", name)  # = "PLBN Motaain"
    if re.match(r"(?:Kedutaan|Kedubes|Konsulat|KBRI|KJRI)\b", name):
        name = re.sub(r"\s+di\s+(?=[A-Z])", " ", name)
        name = re.sub(r"(?<=[a-z])\s+City$", "", name)  # "KJRI di Davao City" = "KJRI Davao"
        name = re.sub(r"\s(?:Republik Indonesia|RI)\b", " Indonesia", name)
        name = re.sub(r"^Konsulat Jenderal\b", "Konsulat", name)
        # "Kedutaan Besar Rusia Jakarta": a foreign mission named with its host city too
        # (not Indonesia's own missions, which the city tells apart: "KBRI Kairo", "KBRI Riyadh")
        words = name.split()
        for k in range(len(words) - 1, 1, -1):
            if " ".join(words[k:]).lower() in _places() and " ".join(words[k - 1:k]).lower() in _places() \
                    and words[k - 1] not in ("Indonesia", "RI"):
                name = " ".join(words[:k])
                break
    return name


def _without_islands_word(name: str) -> str:
    """A body of a regency named for its islands, named without "Kepulauan", as its short
    forms name it: "Dinas Kesehatan Kabupaten Kepulauan Talaud" = "Dinkes Talaud",
    "Disperindag Kepulauan Meranti" = "Disperindag Meranti" (not a province's: "Kepulauan
    Riau" is not Riau)."""
    name = re.sub(r"\b(Kabupaten|Kab\.?)\s+Kepulauan\s+(?=[A-Z])", r"\1 ", name)
    islands = re.search(r"(?<=\s)Kepulauan\s+(?P<rest>[A-Z][\w-]*(?: [A-Z][\w-]*)?)$", name)
    if islands and islands.group().lower() in _places() and islands.group().lower() not in _provinces() \
            and islands.group("rest").lower() not in _provinces():
        name = name[: islands.start()] + islands.group("rest")
    return name


def _without_state_tail(name: str, least: int = 1) -> str:
    """"Ombudsman RI" = "Ombudsman Republik Indonesia" = "Ombudsman"; "Pemerintah RI" stays,
    and so does a name shorter than `least` words without the tail."""
    words = name.split()
    for tail in (["RI"], ["Republik", "Indonesia"]):
        if len(words) >= len(tail) + least and words[-len(tail):] == tail and not (
                len(words) == len(tail) + 1 and words[0].lower() in _org_heads()) and name.lower() not in _names():
            return " ".join(words[: -len(tail)])
    return name


def _norm_other(e: Entity, defs, heads: dict[str, set[str]], texts: set[str], text: str = "",
                spelled: set[str] = frozenset()) -> str:
    name = _company(e.text)
    if e.label != "PER":
        name = _office_form(name)
    if e.label == "ORG":
        # A regency named for its islands is named without them in its bodies' short forms:
        # "Dinas Kesehatan Kabupaten Kepulauan Talaud" = "Dinkes Talaud"
        name = _without_islands_word(name)
    # ... and for its island, also as a place: "Kabupaten Pulau Taliabu" = "Taliabu", not the
    # island "Pulau Taliabu"
    name = re.sub(r"\b(Kabupaten|Kab\.?)\s+Pulau\s+(?=[A-Z])", r"\1 ", name)
    # (not a name the article prints again: "Malut United" is no run-on)
    headline = bool(text) and _in_title_line(text, e.start) and \
        len(re.findall(rf"(?<!\w){re.escape(e.text)}(?!\w)", text)) < 2
    if headline:
        name = _headline_tail_cut(name, texts, text)  # before a short form is spelled out
    name = _without_state_tail(name)
    # (again after expanding: "Peruri" spells "... Percetakan Uang Republik Indonesia"; not
    # "KBRI", which would leave only "Kedutaan Besar")
    name = _without_state_tail(_expand(name, defs), least=3)
    if e.label == "ORG":  # ("Pemkab Kepulauan Yapen", "BPBD Kepsul" spelled out)
        name = _without_islands_word(name)
        # ("Pemerintah Kabupaten Administrasi Kepulauan Seribu" = "Pemkab Kepulauan Seribu")
        name = re.sub(r"\b(Kabupaten|Kota) Administrasi\s+(?=[A-Z])", r"\1 ", name)
        # (a water company: "PDAM Batiwakkal" = "Perumda Air Minum Batiwakkal" = "Perumda Batiwakkal")
        name = re.sub(r"^(Perusahaan Umum Daerah) Air Minum\s+(?=[A-Z])", r"\1 ", name)
    name = re.sub(r"\b(Kabupaten|Kab\.?)\s+Pulau\s+(?=[A-Z])", r"\1 ", name)
    words = name.split()
    if len(words) == 2 and words[1].isupper() and _names().get(words[1].lower(), "").lower().startswith(words[0].lower() + " "):
        name = _names()[words[1].lower()]  # "Bank BTN" = "Bank Tabungan Negara"
    if e.label != "PER":
        name = _office_form(name)  # again, for what a short form spelled out ("BPD Jambi")
    head, rest = _admin_split(name)
    if head:
        rest_x = _expand(rest, defs)
        if defs.get(rest.lower(), ("", ""))[1] == "PER" or \
                rest_x.lower() not in _places() and rest.lower() not in defs and _flat(rest_x) != _flat(rest):
            # ("Kecamatan Syiah Kuala" is a district, though the saint it is named after is
            # known as "Syiah Kuala")
            rest_x = rest  # "Kabupaten OKI" is a regency, whatever else the letters stand for
        low = rest.lower()
        kinds = heads.get(_flat(rest_x), set())
        if head != "desa adat":
            kinds = kinds - {"desa adat"}  # "Desa Perancak" owns "Perancak" beside "Desa Adat Perancak"
        distinct = len(kinds) <= 1
        if head == "desa adat" and re.search(rf"\bkawasan {re.escape(rest)}\b", text):
            # a customary village's name is also its area's ("kawasan Canggu"): the bare name is the area
            distinct = False
        if kinds == {"kota", "kabupaten"} and low in _words("twin_seats"):
            # "Kota Tasikmalaya" and "Kabupaten Tasikmalaya" both printed: the bare name is
            # the city, unless only the regent is named ("Bupati Magelang")
            regency = re.search(rf"\bBupati {re.escape(rest)}\b", text) and not re.search(
                rf"\bWali ?[Kk]ota {re.escape(rest)}\b", text)
            distinct = head == ("kabupaten" if regency else "kota")
        elif head == "kabupaten" and low in _words("city_first"):
            distinct = False  # "Kabupaten Bandung" and "a hospital in Bandung": the city
        elif not distinct and _admin_rank(head) <= 1 and all(_admin_rank(head) < _admin_rank(k) for k in kinds - {head}):
            # "Kabupaten Pangandaran" beside "Kecamatan Pangandaran": the bare name is the
            # regency (a district beside its village is not: "Kades Ngebel" is the village's)
            distinct = True
        # "Kabupaten X" always names a place X; "Kota X" may be a nickname ("Kota Angin").
        placeish = head not in _words("admin_loose") or low in _places() or low in texts \
            or rest_x.lower() in _places()
        # ("Kecamatan Borobudur" beside "Candi Borobudur": the bare name is the temple's)
        landmark = head not in _TOWNS and any(
            t.endswith(" " + low) and (_facility(t) or ("", ))[0] in (_SAME_AS_NAME - _ISLANDS if head == "kecamatan"
                                                                     else _SAME_AS_NAME) for t in texts)
        # ("Kecamatan Pulau Derawan" is the district, not the island it is named after)
        # (but "Kecamatan Kepulauan Karimata" is the whole archipelago: "warga Kepulauan Karimata";
        # so is a regency's: "Kabupaten Administrasi Kepulauan Seribu")
        # (a district named for a mountain, a lake or a valley is what the whole name alone
        # means: "Danau Panggang" of "Kecamatan Danau Panggang", "Gunung Tabur")
        landmark = landmark or (head not in _TOWNS and rest.split()[0].lower() in (
                                    _SAME_AS_NAME | set(_facility_heads())) - _DISTRICT_NAME_HEADS
                                and not (head.split()[0] in ("kecamatan", "kabupaten")
                                         and rest.split()[0].lower() == "kepulauan"))
        if distinct and placeish and not landmark:
            name = rest_x
        else:
            name = f"{head.title()} {rest}"  # "Kab. Bogor" = "Kabupaten Bogor"
    elif e.label == "ORG":
        name = _drop_inner_admin(name, defs, heads, spelled or texts)
    if headline:
        name = _headline_tail_cut(name, texts, text)
    words = name.split()
    # "Federasi Rusia" = "Rusia"; "Republik Sosialis Demokratik Sri Lanka" = "Sri Lanka"
    # (but "Kesultanan Ternate" is not the city where the article names "Kota Ternate", nor
    # "Kesultanan Tidore" the island where it names "Pulau Tidore")
    # ("Pemerintah Republik Fiji" = "Pemerintah Fiji")
    opening = 1 if len(words) >= 3 and words[0].lower() == "pemerintah" else 0
    if len(words) - opening >= 2 and words[opening].lower() in _words("states"):
        for k in range(opening + 1, len(words)):
            rest = " ".join(words[k:])
            # (or a kingdom no list knows, which the article also names alone: "Majapahit")
            if rest.lower() in _places() or rest.lower() in _names() or k == opening + 1 and rest.lower() in texts:
                if all(w.lower() in _words("state_words") for w in words[opening + 1:k]) \
                        and not heads.get(_flat(_expand(rest, defs))) \
                        and not any(t.split()[0] in _ISLANDS and t.endswith(" " + rest.lower()) for t in texts):
                    name = " ".join(words[:opening] + [_expand(rest, defs)])
                break
    words = name.split()
    if len({w.lower() for w in words}) > 1:  # (a name that is one word said twice stays: "Rammang Rammang")
        words = [w for i, w in enumerate(words) if i == 0 or w.lower() != words[i - 1].lower()]
    name = " ".join(words)
    if len(words) >= 3 and " ".join(words[:2]).lower() == "pemerintah daerah" and \
            " ".join(words[2:]).lower() in _provinces():
        name = "Pemerintah Provinsi " + " ".join(words[2:])
    return name
