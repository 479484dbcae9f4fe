"""Metadata from single lines: dates and times, bylines, datelines and outlet names.

Each function looks at one line (or one URL) and answers None when the line is not what
it looks for; `text.py` decides which lines to ask about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

from .. import resources

# --- dates and times --------------------------------------------------------------------


@lru_cache(maxsize=None)
def _calendar() -> dict:
    return resources.load_json("calendar.json")


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _date_patterns() -> list[re.Pattern[str]]:
    cal = _calendar()
    month = _alternation(cal["months"])
    weekday = _alternation(cal["weekdays"])
    return [
        # Senin, 05 Okt 2026 / 2 Oktober 2026
        re.compile(rf"(?:\b(?:{weekday})\b\.?,?\s*)?\b(?P<d>\d{{1,2}})\.?\s+(?P<mon>{month})\.?,?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
        # 16-Nov-2026, 16/Nov/2026
        re.compile(rf"\b(?P<d>\d{{1,2}})[\-/](?P<mon>{month})[\-/](?P<y>(?:19|20)\d{{2}})\b", re.I),
        # Oct 2, 2026
        re.compile(rf"\b(?P<mon>{month})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b", re.I),
        # 06/10/2026, 06-10-2026, 23.10.2026
        re.compile(r"\b(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})[/\-.](?P<y>(?:19|20)\d{2})\b"),
        # 2026-10-06
        re.compile(r"\b(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?=T|\b)"),
        # 2026/11/17, 2026.11.17
        re.compile(r"\b(?P<y>(?:19|20)\d{2})([/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})\b"),
        # 24/10/26: a two-digit year, only when a clock follows ("24/10/26 • 18:10 WIB")
        re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<yy>\d{2})\b(?=\W{1,6}\d{1,2}[:.]\d{2}(?!\d))"),
    ]


@lru_cache(maxsize=None)
def _clock_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A clock right after a date, right before it, anywhere in a short line, and a zone."""
    zone = _alternation(_calendar()["timezones"])
    bare = (r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?:[:.](?P<sec>\d{2}))?(?![\d/]|[.,]\d)"
            rf"(?:\s*(?P<ampm>[ap]\.?m\.?))?(?:\s*(?P<tz>{zone})\b)?")
    clock = r"(?<![\d.:,/])" + bare  # not the end of "3,5" or "12.500"
    lead = r"(?:(?:pukul|jam|pkl\.?)\s*)?"
    # right after the date even when glued to it: "Senin 16-11-2026,18:25 WIB"
    after = re.compile(rf"(?:T|[\s,|\-–—•·@/()\[\]]{{0,8}}{lead}){bare}", re.I)
    before = re.compile(rf"{lead}{clock}[\s,|\-–—•·@/]*$", re.I)
    anywhere = re.compile(rf"{lead}{clock}", re.I)
    return after, before, anywhere, re.compile(rf"\b(?P<tz>{zone})\b")


# Every date pattern above prints a year 19xx/20xx or "d/m/yy": a quick test that a line has none.
_MAY_HOLD_DATE = re.compile(r"(?:19|20)\d\d|\d/\d")

# A line this short is a date line: a clock or zone anywhere in it belongs to its date
# ("Kamis, 15 Oktober 2026 / 3 Jumadil Awal 1448 H — 09.12 WIB", "10:15 WIT · Sabtu, 17 Okt 2026").
_DATE_LINE_WORDS = 16


@dataclass(frozen=True)
class FoundDate:
    value: str  # ISO 8601: date, or date-time with offset
    start: int
    end: int
    has_time: bool


def forget_lines() -> None:
    """Empty the per-line caches (benchmarks time each pass from a cold start)."""
    resources.forget_lines()


@resources.line_cache()
def find_datetime(line: str, default_tz: str | None = "WIB") -> FoundDate | None:
    """The first calendar date in a line, with its clock time and zone when printed.

    The clock is the one printed next to the date, or in a short date line the one
    printed anywhere in it. A time without a printed zone takes the outlet's home zone
    (`default_tz`); None leaves it without an offset.
    """
    if not _MAY_HOLD_DATE.search(line):
        return None
    best: tuple[int, int, date] | None = None
    for pattern in _date_patterns():
        for m in pattern.finditer(line):
            day = _day(m)
            if day and (best is None or m.start() < best[0]):
                best = (m.start(), m.end(), day)
            break
    if best is None:
        return None
    start, end, day = best
    after, before, anywhere, zone_only = _clock_patterns()
    clock = after.match(line, end)
    if clock:
        end = clock.end()
    else:
        clock = before.search(line[:start])
        if clock:
            start = clock.start()
        elif len(line.split()) <= _DATE_LINE_WORDS:
            clock = next((c for c in anywhere.finditer(line) if c.end() <= start or c.start() >= end), None)
    time = _clock(clock) if clock else None
    if time is None:
        return FoundDate(day.isoformat(), start, end, False)
    zone = clock.group("tz")
    if not zone and len(line.split()) <= _DATE_LINE_WORDS:
        printed = zone_only.search(line)
        zone = printed.group("tz") if printed else None
    offset = _calendar()["timezones"].get((zone or default_tz or "").upper(), "")
    return FoundDate(f"{day.isoformat()}T{time}{offset}", start, end, True)


def _day(m: re.Match[str]) -> date | None:
    groups = m.groupdict()
    try:
        month = int(groups["m"]) if groups.get("m") else _calendar()["months"][groups["mon"].lower().rstrip(".")]
        year = int(groups["y"]) if groups.get("y") else 2000 + int(groups["yy"])
        return date(year, month, int(groups["d"]))
    except (ValueError, KeyError, TypeError):
        return None


def _clock(m: re.Match[str]) -> str | None:
    hour, minute = int(m.group("h")), int(m.group("mi"))
    ampm = (m.group("ampm") or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    second = int(m.group("sec") or 0)  # printed seconds are kept: "14:22:10 WIB"
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


# --- outlets ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outlet:
    name: str
    network: str | None = None
    timezone: str | None = None
    agency: bool = False


@resources.line_cache()
def _outlet_key(name: str) -> str:
    key = name.lower().strip(" .,:;()[]-–—|")
    key = re.sub(r"^(www\.|m\.)", "", key)
    return re.sub(r"\s+", " ", key)


@lru_cache(maxsize=None)
def _outlet_index() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    by_alias: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for entry in resources.load_json("outlets.json")["outlets"]:
        outlet = Outlet(entry["name"], entry.get("network"), entry.get("timezone"), bool(entry.get("agency")))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            by_alias[_outlet_key(alias)] = outlet
            by_alias[_outlet_key(alias).replace(" ", "")] = outlet
        for domain in entry.get("domains", []):
            by_domain[domain] = outlet
    return by_alias, by_domain


def known_outlet(name: str) -> Outlet | None:
    """The outlet a printed name means: 'KOMPAS.com', 'Kompas.com' and 'kompas' are one."""
    by_alias, _ = _outlet_index()
    key = _outlet_key(name)
    if key in by_alias:
        return by_alias[key]
    bare = re.sub(r"\.(com|co\.id|co|id|net|my)$", "", key)
    return by_alias.get(bare) or by_alias.get(bare.replace(" ", ""))


def outlet_from_url(url: str | None) -> Outlet | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    host = re.sub(r"^(www|m|amp)\.", "", host)
    if not host:
        return None
    _, by_domain = _outlet_index()
    parts = host.split(".")
    for i in range(len(parts) - 1):
        candidate = ".".join(parts[i:])
        if candidate in by_domain:
            return by_domain[candidate]
    return Outlet(host)


def looks_like_site_name(token: str) -> bool:
    """'WARTAKINI.com', 'MENTARI.CO.ID', 'Lensa6.com': a name with a web suffix."""
    return bool(re.fullmatch(r"[A-Za-z0-9\-]+(\.[A-Za-z]{2,4}){1,2}", token.strip()))


@lru_cache(maxsize=None)
def _zones_by_place() -> dict[str, str]:
    zones = resources.load_json("timezones.json")
    province_zone = {p.lower(): zone for zone, spec in zones.items() if not zone.startswith("_") for p in spec["provinces"]}
    provinces = [line[2:].strip().lower() for line in resources.read_text("places.txt").splitlines()
                 if line.startswith("# ") and not line.lower().startswith("# areas in ")]
    out = {}
    zone = None
    for line in resources.read_text("places.txt").splitlines():
        line = line.strip()
        if line.startswith("# "):
            zone = _group_zone(line[2:].strip().lower(), provinces, province_zone)
            continue
        if line and not line.startswith("#") and zone:
            out[line.lower()] = zone
    for zone, spec in zones.items():
        if not zone.startswith("_"):
            for place in spec["places"] + spec["provinces"]:
                out[place.lower()] = zone
    for name, zone in _province_zones().items():  # "Sulsel", "Kaltim", "NTT"
        out.setdefault(name, zone)
    return out


@lru_cache(maxsize=None)
def _province_zones() -> dict[str, str]:
    """Provinces of central and eastern Indonesia and their short forms from aliases.txt
    ("sulawesi tenggara", "sultra"), lower case, with their zone."""
    zones = resources.load_json("timezones.json")
    out = {p.lower(): zone for zone, spec in zones.items() if not zone.startswith("_") for p in spec["provinces"]}
    for short, full in resources.pairs("aliases.txt"):
        if full.lower() in out:
            out.setdefault(short.lower(), out[full.lower()])
    return out


def _group_zone(header: str, provinces: list[str], province_zone: dict[str, str]) -> str | None:
    """The zone of a places.txt group: a province's, or for "Areas in Maluku and Papua" the one
    zone that all the provinces it names share (a province not in timezones.json is WIB)."""
    if header in province_zone:
        return province_zone[header]
    if not header.startswith("areas in "):
        return None
    zones = set()
    for region in re.split(r"\s+and\s+|,\s*", header[len("areas in "):]):
        region = region.strip()
        named = [p for p in provinces if p == region or p.startswith(region + " ")]
        if not named:
            return None
        zones.update(province_zone.get(p, "WIB") for p in named)
    return zones.pop() if len(zones) == 1 and zones != {"WIB"} else None


@lru_cache(maxsize=None)
def _region_zones() -> dict[str, str]:
    """Provinces of central and eastern Indonesia and their short forms, folded like site
    keys ('sulawesitenggara', 'sultra'): what a site's name may carry."""
    keys = {site_key(name): zone for name, zone in _province_zones().items()}
    return {k: v for k, v in keys.items() if len(k) >= 4}


def zone_of_site(name: str) -> str | None:
    """WITA or WIT for a site whose name ends with a province there: 'KABARSULTRA',
    'tribunpapua.com' (a name that starts with one may not: 'Baliem Pagi' is in Papua)."""
    key = site_key(name)
    return next((zone for region, zone in _region_zones().items() if key.endswith(region)), None)


def zone_of_place(place: str | None) -> str | None:
    """WITA or WIT for a place in central or eastern Indonesia, else None (WIB or abroad)."""
    return _zones_by_place().get(place.lower()) if place else None


# --- datelines ------------------------------------------------------------------------------

# "JAKARTA, WARTAKINI.com - ", "Jakarta (ANTARNUSA) - ", "MENTARI.CO.ID, BANDUNG -- ",
# "Lensa6.com, Jakarta - ", "JAYAPURA, Cahaya Papua - ", "KOTA BHARU: ", "Jakarta -", "Jakarta- ",
# "Palembang, musipagi.id | ", "Lulokabar.com, Wangi-Wangi — ", "Bakauheni (9/11) – "
_WORD = r"[\w.'’]*(?:-[\w.'’]+)*"
_DATELINE = re.compile(
    rf"^(?P<head>[A-Z]{_WORD}(?:[ ,][ ]?[A-Za-z0-9]{_WORD}){{0,5}}?(?:,\s*\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?)?"
    r"(?P<day>\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
    r"(?:\s*\((?P<paren>[A-Za-z][\w ./]{1,30})\))?(?:\s*/(?P<slash>[A-Z][\w .]{1,30})/)?)"
    r"(?:\s*(?P<sep>-{1,3}|–|—|\|)(?:\s+|$|(?=[A-Z][a-z]))|(?P<colon>[:.])\s+)"
    r"(?P<rest>.*)$",
    re.S,
)


_PLACE_SITE_GLUED = re.compile(r"^(?P<city>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?P<rest>[A-Z].*)$", re.S)


@dataclass
class Dateline:
    city: str | None
    outlet: str | None
    agency: str | None
    rest: str  # the paragraph after the dateline


_SITE_PREFIX = re.compile(r"^(?P<site>[a-z0-9][a-z0-9\-]*(?:\.[a-z]{2,4}){1,2})(?:\s+(?:--|-|–|—|\|)\s+|,\s+(?=[A-Z]))"
                          r"(?P<rest>\S.*)$", re.S)


# "PijarPos.com–", "TegasPapua. ", "swaraampel.net| ": the page's own site glued to the lead
_OWN_SITE_PREFIX = re.compile(r"^(?P<site>[A-Z][\w.]*?|[a-z][\w-]*\.[a-z.]+?)(?:\.\s+|\s*(?:--|-|–|—|\|)\s*)(?P<rest>[A-Z].*)$",
                              re.S)


def _names_site(part: str, site_keys: frozenset[str]) -> bool:
    """"Marapi" in "Batusangkar, Marapi –" on a page whose masthead is "HARIAN MARAPI": a
    short form of the site's own name."""
    key = site_key(part)
    return len(key) >= 4 and any(k != key and (k.endswith(key) or k.startswith(key)) for k in site_keys)


# Indonesia's second-level web endings, which go whole: "amaliyah.or.id"
_SECOND_LEVEL = r"(?:co|or|ac|go|web|sch|my|biz|net|ponpes)\.id"


@resources.line_cache()
def site_key(text: str) -> str:
    """A site's name folded for comparing: 'MUSI PAGI', 'musipagi.id' -> 'musipagi'."""
    text = re.sub(r"^the\s+", "", text.strip().lower())  # "The Meridian Post" = "meridianpost.id"
    return re.sub(r"[^a-z0-9]", "", re.sub(rf"\.(?:{_SECOND_LEVEL}|com|co|id|net|org|news|my|tv)$", "", text))


def without_domain_ending(name: str) -> str:
    """'amaliyah.or.id' -> 'amaliyah', 'KIERAHA.NEWS' -> 'KIERAHA'."""
    return re.sub(rf"\.(?:{_SECOND_LEVEL}|[a-z]{{2,6}})$", "", name, flags=re.I)


_SITE_THEN_BRACKETED_PLACE = re.compile(r"^(?P<site>[A-Za-z][\w.-]{2,40})\s*\((?P<city>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\)"
                                        r"\s*(?:-{1,3}|[–—:])\s*(?P<rest>[A-Z\"“].*)$", re.S)
_PLAIN_PAIR = re.compile(r"^(?P<a>[A-Z][\w .'’-]{1,30}),\s+(?P<b>[A-Z][\w .'’-]{1,30})$")


def split_dateline(paragraph: str, site_keys: frozenset[str] = frozenset()) -> Dateline | None:
    """The place (and outlet) a first paragraph opens with, and what follows it.
    `site_keys`: the page's own names for its site (`site_key`), which may stand in a
    dateline even when no list knows them ("RGN, Palu: ...", "Jakarta, Mimbar Santri")."""
    pair = _PLAIN_PAIR.match(paragraph.strip())
    if pair and site_keys:  # "Jakarta, Mimbar Santri" alone on its line
        a, b = pair.group("a").strip(), pair.group("b").strip()
        for city, outlet in ((a, b), (b, a)):
            if site_key(outlet) in site_keys and (_is_place(city, strict=True)
                                                  or city.lower() in resources.phrases("places_also_words.txt")):
                return Dateline(_place_case(city), outlet, None, "")
    # "Frekuensi.id (Jakarta) – Produsen ...": the site, then the place in brackets
    bracket = _SITE_THEN_BRACKETED_PLACE.match(paragraph)
    if bracket and (site_key(bracket.group("site")) in site_keys or looks_like_site_name(bracket.group("site"))) \
            and known_place(bracket.group("city")):
        return Dateline(_place_case(bracket.group("city")), bracket.group("site"), None, bracket.group("rest").strip())
    # "Pendam VI/Mlw, Balikpapan – Kodam ...": the army unit that wrote it, then the place
    unit = _UNIT_THEN_PLACE.match(paragraph.strip())
    if unit and known_place(unit.group("city")):
        return Dateline(_place_case(unit.group("city")), None, None, unit.group("rest").strip())
    found = _split_dateline(paragraph, site_keys)
    if found is None and site_keys:  # "TegasPapua. Harga ...", "PijarPos.com–Kasus ...": the page's own site name
        own = _OWN_SITE_PREFIX.match(paragraph)
        if own and site_key(own.group("site")) in site_keys and not known_place(own.group("site")):
            inner = _split_dateline(own.group("rest"), site_keys)
            if inner and inner.city and not inner.outlet:
                return Dateline(inner.city, own.group("site"), inner.agency, inner.rest)
            return Dateline(None, own.group("site"), None, own.group("rest").strip())
    if found is None and site_keys:
        return _site_then_place(paragraph, site_keys)
    if found is not None and found.city is not None and len(found.city) < 2:
        return None  # "T: Kenapa ...?" is an interview's question label, not a place
    return found


# "GANDONG.ID,-AMBON-Harga ...", "Kulkulbali.com, Denpasar. Penerimaan ...", "GR.id Gelora
# Rakyat - Komisi ...": the page's own site (a domain, perhaps with its name after it), then
# perhaps the place, each glued on with a comma, a dash or a full stop.
_SITE_LEAD = re.compile(r"^(?P<site>(?:[A-Za-z][\w-]*\.(?i:co\.id|or\.id|com|id|net|org|news|tv)|[A-Z][\w]*)"
                        r"(?:\s+[A-Z][\w]*){0,3}?)\s*(?:,\s*[-–—]?|\.(?=\s)|-{1,3}|[–—|])\s*(?P<rest>[A-Z].*)$", re.S)
# ("Cianjur --- Petani ...": some sites dash three times)
_PLACE_LEAD = re.compile(r"^(?P<city>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*(?:(?:-{1,3}|[–—|:])\s*|\.\s+)(?P<rest>[A-Z\"“].*)$",
                         re.S)


def _site_then_place(paragraph: str, site_keys: frozenset[str]) -> Dateline | None:
    m = _SITE_LEAD.match(paragraph.strip())
    if not m:
        return None
    site, words = m.group("site"), m.group("site").split()
    if not any(site_key(part) in site_keys for part in (site, words[0], " ".join(words[1:])) if part):
        return None
    rest = m.group("rest")
    place = _PLACE_LEAD.match(rest)
    if place and (known_place(place.group("city")) or place.group("city").isupper()):
        return Dateline(_place_case(place.group("city")), site, None, place.group("rest").strip())
    # "Pesona.id, Jakarta Musim hujan ...": a known place with nothing after it but a space
    words = rest.split(" ")
    for n in (3, 2, 1):
        city = " ".join(words[:n])
        if len(words) > n and re.fullmatch(r"[A-Z][\w'’]*(?: [A-Z][\w'’]*)*", city) and known_place(city) \
                and re.match(r"[A-Z\"“]", words[n]):
            return Dateline(_place_case(city), site, None, " ".join(words[n:]).strip())
    return Dateline(None, site, None, rest.strip())


def _whole_date(part: str) -> bool:
    found = find_datetime(part, None) if part[:1].isdigit() else None
    return found is not None and found.start == 0 and found.end >= len(part.rstrip(" ."))


def _split_dateline(paragraph: str, site_keys: frozenset[str]) -> Dateline | None:
    return _separated(paragraph, site_keys) or _glued(paragraph, site_keys)


def _glued(paragraph: str, site_keys: frozenset[str]) -> Dateline | None:
    """"Kokas, Ukhuwah Online Ratusan jamaah ...": the place and the site's own name with no
    dash or colon after them."""
    glued = _PLACE_SITE_GLUED.match(paragraph)
    if not glued or glued.group("city").lower() in resources.words("stopwords.txt"):
        return None
    words = glued.group("rest").split(" ")
    for k in (3, 2, 1):
        if len(words) > k and site_key(" ".join(words[:k])) in site_keys and words[k][:1].isupper():
            return Dateline(_place_case(glued.group("city")), " ".join(words[:k]), None, " ".join(words[k:]))
    return None


def _separated(paragraph: str, site_keys: frozenset[str]) -> Dateline | None:
    site = _SITE_PREFIX.match(paragraph)
    if site:  # "sawala.id - Komisi ...": a site name in lower case, no place
        inner = split_dateline(site.group("rest"), site_keys)
        if inner and inner.city and not inner.outlet:
            return Dateline(inner.city, site.group("site"), inner.agency, inner.rest)
        return Dateline(None, site.group("site"), None, site.group("rest").strip())
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    head, paren, sep = m.group("head"), m.group("paren"), m.group("sep") or m.group("colon")
    # "PijarPos.com–Kasus ...", "MAKASSAR, PijarPos.com–", "TegasPapua. Panitia ...": the site's
    # own name vouches for a glued dash or a full stop.
    names_site = any(looks_like_site_name(part) or site_key(part) in site_keys
                     for part in head.split(",") if part.strip())
    if m.group("sep") and m.end("sep") < len(paragraph) and not paragraph[m.end("sep")].isspace() \
            and not head.isupper() and not names_site:
        return None  # "PALANGKA RAYA-Kasus ..." is a dateline; "Jakarta-Bandung ditempuh ..." is not
    if paren and "/" in paren:
        paren = paren.rsplit("/", 1)[1].strip()  # "(LINTANG/Reuters)": the outlet's own copy of the agency's
    if sep == "." and not (head.isupper() and known_place(head)) and not (names_site and "," not in head):
        return None  # "JAKARTA. PT Bank ..." is a dateline; "PT. Bank ..." and "Dr. Budi ..." are not
    if re.search(r"\s\|\s", m.group("rest")[:80]):
        return None  # "BBTN - Buy 1220-1235 | TP 1300": a stock pick's fields, not a sentence
    if m.group("day"):  # "Bakauheni (9/11) – PT ...": a press release's day in brackets
        head = head.replace(m.group("day"), "")
    if paren:
        head = head[: head.index("(")]
    if m.group("slash"):  # "SEMARANG, 23 November 2026 /Rilisan/ –": a press-release wire
        head = head[: head.rindex("/", 0, head.rindex("/"))]
    # "MAUMERE, 1/10 (BAHTERA) -": a wire dateline may carry the day; a press release, the
    # date in full ("JAKARTA, 10 November 2026 –").
    parts = [p.strip() for p in head.split(",") if p.strip() and not re.fullmatch(r"\d{1,2}/\d{1,2}(?:/\d{2,4})?", p.strip())
             and not _whole_date(p.strip())]
    if not parts or len(parts) > 2:
        return None
    city = outlet = None
    others = []
    # "Tanah Merah (ANTARA) -": an agency in brackets vouches for the place before it.
    vouched = bool(paren) and (known_outlet(paren) is not None or paren.isupper())
    # "Kuala Kencana, AP –": so does a known outlet after the comma.
    # (no common word in it: "Menurut Budi, AP –" is not one)
    vouched = vouched or (len(parts) == 2 and (known_outlet(parts[1]) is not None or looks_like_site_name(parts[1])
                                               or site_key(parts[1]) in site_keys)
                          and not any(w.lower() in resources.words("stopwords.txt")
                                      or w.lower() in resources.words("common_words.txt") for w in parts[0].split()))
    for part in parts:
        if looks_like_site_name(part) or known_outlet(part) or (site_key(part) in site_keys and (
                len(parts) == 2 or not known_place(part))) or (len(parts) == 2 and part is parts[1] and outlet is None
                                                   and known_place(parts[0]) and _names_site(part, site_keys)):
            if outlet is not None:
                return None
            outlet = part
        elif city is None and (_is_place(part, strict=(sep in ":."), rest=m.group("rest")) or (
                vouched and part is parts[0] and len(part.split()) <= 3 and all(w[:1].isupper() for w in part.split()))):
            city = part
        else:
            others.append(part)
    if others:
        # "Jakarta, Piranti – ...": beside a known place and before a dash, a short
        # capitalised name is the outlet's own, even one no list knows ("Piranti, Jakarta –" too).
        if len(others) == 1 and city and known_place(others[0]) and not known_place(city):
            city, others = others[0], [city]
        name = others[0]
        # "KBRP, Botawa: ...": a station's or agency's code in capitals before a known place
        code = len(others) == 1 and outlet is None and city is not None and known_place(city) \
            and re.fullmatch(r"[A-Z]{2,6}", name) is not None and parts[0] == name
        # ... or before a place no list knows ("KBG, Kurik: ..."), which a colon closes
        unknown = len(others) == 1 and outlet is None and city == parts[0] and sep == ":" \
            and re.fullmatch(r"[A-Z]{2,5}", city) is not None and not known_place(city) \
            and re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name) is not None and known_outlet(name) is None \
            and m.group("rest")[:1].isupper() \
            and not any(w.lower() in resources.words("stopwords.txt") or w.lower() in resources.words("common_words.txt")
                        for w in name.split())
        if code:
            pass
        elif unknown:
            city, name = name, city  # the code is the station's, as above
        elif len(others) > 1 or city is None or outlet is not None or sep in ":." \
                or not (known_place(city) or city.isupper()) or known_place(name) \
                or not re.fullmatch(r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2}", name) \
                or name.split()[0].lower() in _calendar()["weekdays"]:
            return None
        outlet = name
    rest = m.group("rest").strip()
    if city is None and outlet is not None:
        # "OUTLET.COM – KOTA – text": the place comes after the outlet.
        inner = re.match(r"(?P<city>[A-Z][A-Za-z .'’-]{1,30}?)(?:\s+(?:--|-|–|—)\s+|(?P<stop>\.)\s+(?=[A-Z]))(?P<rest>.*)$",
                         rest, re.S)
        # ("Wartabhara.id – Kais. Personel Polsek Kais ...": a place no list knows, which the
        # paragraph names again)
        if inner and (_is_place(inner.group("city"), strict=bool(inner.group("stop")), rest=inner.group("rest"))
                      or (re.search(rf"\b{re.escape(inner.group('city'))}\b", inner.group("rest"))
                          and inner.group("city").lower() not in resources.words("common_words.txt")
                          and inner.group("city").lower() not in resources.words("stopwords.txt"))):
            city, rest = inner.group("city"), inner.group("rest").strip()
        elif (nested := split_dateline(rest, site_keys)) and nested.city and not (nested.outlet or nested.agency):
            city, rest = nested.city, nested.rest  # "LABAHARIAN.COM - JAKARTA. PT Bank ..."
    if city is None and outlet is None:
        return None
    agency = None
    if paren:
        if known_outlet(paren) or paren.isupper():
            agency = paren.strip()
        elif (paren[:1].isupper() and len(paren.split()) <= 3) or looks_like_site_name(paren):
            outlet = outlet or paren.strip()  # "JAKARTA (Pantau) -", "Surabaya (kabarkalimas.com) –"
        else:
            return None
    return Dateline(_place_case(city) if city else None, outlet, agency, rest)


def known_place(text: str) -> bool:
    return text.lower() in resources.phrases("places.txt")


def _is_place(text: str, strict: bool, rest: str = "") -> bool:
    """A dateline place: written in capitals, or a known place, or (one word) followed by
    a sentence that starts with a capital ("Purwakarta - Sebuah truk ...")."""
    words = text.split()
    if not 1 <= len(words) <= 3 or text.lower() in _calendar()["weekdays"]:
        return False  # "Senin (9/11) – ..." opens with the day, not a place
    if text.isupper():
        return True
    if known_place(text):
        return True
    if strict:  # "Bandung:" only when the word is a known place
        return False
    if 2 <= len(words) <= 3 and words[0].lower() in resources.words("town_openers.txt") \
            and all(w[:1].isupper() for w in words) and (not rest or rest[:1].isupper()):
        return True  # "Sungai Tabuk - Pembangunan ..."
    return len(words) == 1 and words[0][0].isupper() and text.lower() not in resources.words("stopwords.txt") \
        and (not rest or rest[:1].isupper() or rest[:1] in "\"“")


def _place_case(city: str) -> str:
    """'PALANGKA RAYA' -> 'Palangka Raya', 'WANGI-WANGI' -> 'Wangi-Wangi'; a two-letter
    abbreviation after the name stays ('WASHINGTON DC' -> 'Washington DC')."""
    words = city.split()
    return " ".join(w if k and w.isupper() and len(w) == 2 and w.isalpha() and w not in ("DI",)
                    else "-".join(p.capitalize() for p in w.split("-")) if w.isupper() else w
                    for k, w in enumerate(words))


# --- bylines ---------------------------------------------------------------------------------


@lru_cache(maxsize=None)
def _roles() -> dict[str, str]:
    """Byline labels and whether they name an author or an editor (data/byline_roles.txt)."""
    out = {}
    for line in resources.lines("byline_roles.txt"):
        label, kind = line.rsplit(None, 1)
        out[label.lower().rstrip("*")] = kind
    return out


def byline_role(label: str) -> str | None:
    """'author', 'editor' or 'photo' for a byline label ('penulis', 'editor', 'fotografer')."""
    return _roles().get(label.lower())


@lru_cache(maxsize=None)
def _colon_only() -> frozenset[str]:
    return frozenset(line.split()[0].lower().rstrip("*") for line in resources.lines("byline_roles.txt")
                     if line.split()[0].endswith("*"))


@lru_cache(maxsize=None)
def _byline_patterns() -> tuple[re.Pattern[str], ...]:
    roles = _alternation(_roles())
    # "Penulis: A", "Kontributor Soe: A" (a role with the reporter's town before the colon),
    # "Diedit oleh: A"
    place = r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}"
    label = rf"(?:tim\s+)?(?P<label>{roles})(?:\s*[&/]\s*(?P<label2>{roles}))?(?:\s+oleh)?{place}\s*:"
    labelled = re.compile(rf"{label}\s*(?P<names>[^|:]+?)(?=\s*(?:\||$|\b(?:{roles})(?:\s+oleh)?{place}\s*:))", re.I)
    # "Laporan Wartawan SuaraKota.com, Nama" / "Laporan Reporter Outlet Nama"
    # ("Laporan Kontributor CorongSulteng.com dari Poso, Nama": and where from)
    report = re.compile(r"^laporan (?:wartawan|reporter|koresponden|kontributor)\s+(?P<outlet>\S+(?: \S+)??)"
                        r"(?:\s+dari\s+[A-Z][\w .'’-]{1,30}?)?\s*[,:]\s*(?P<names>.+)$", re.I)
    # "Oleh Nama pada 20 Okt 2026", "Disunting oleh Nama", "Reporter Nama" (no colon)
    # ("Penulis, Nama": a comma after the label)
    bare = re.compile(rf"^(?P<label>{roles})(?P<by>\s+(?:oleh|by))?,?\s+(?P<names>[^\d|:]+?)(?:\s+(?:pada|on|-|–|\|)\s+.*)?$", re.I)
    # "Nama , Jurnalis-Jum'at, 23 Oktober 2026 |14:20 WIB" / "Nama - detakNews" / "Nama, Nama, Jurnalis · Minggu ..."
    fused = re.compile(rf"^(?P<names>[A-Z][\w.'’ &]+?(?:\s*,\s*[A-Z][\w.'’ &]+?)*)\s*[,\-–]\s*"
                       rf"(?P<label>{roles}|[a-z]+news|[a-z]+com)\b.*$", re.I)
    return labelled, report, bare, fused


@lru_cache(maxsize=None)
def _before_date() -> re.Pattern[str]:
    """What joins a byline's names to the date after them: " - Senin, ", " pada ", ", pukul "."""
    weekdays = _alternation(_calendar()["weekdays"])
    return re.compile(rf"(?:[\s,|•·–—-]|\bpada\b|\bdi\b|\bon\b|\bjam\b|\bpukul\b|\b(?:{weekdays})\b)+$", re.I)


# Between the parts of a byline: "Reporter A | Editor B", "Liputan: A  ⋅  Foto: B".
_BYLINE_PARTS = re.compile(r"\s*\|\s*|\s+[/⋅·•—–-]\s+|\s{3,}")


def byline_parts(line: str) -> list[str]:
    return _BYLINE_PARTS.split(line)


# "Laporan Raja Fadhlan Hafiz, Tanjungpinang", "Laporan Rudi Hartono dari Batam"
_REPORT_FROM = re.compile(r"^[Ll]aporan\s+(?P<names>[A-Z][\w.'’ ]{2,60}?)(?:,\s*|\s+dari\s+)(?P<place>[A-Z][\w .'’-]{2,30})$")


@dataclass
class Byline:
    authors: list[str]
    editors: list[str]


@resources.line_cache()
def parse_byline(line: str) -> Byline | None:
    """Author and editor names from one byline, with roles, dates, outlets and photo
    credits left out."""
    line = re.sub(r"^[^\w(\[]+", "", line.strip())  # "📝 Reporter: ...": decoration before the byline
    if len(line) > 160:
        return None
    if re.fullmatch(r"\(.*\)|\[.*\]", line):
        line = line[1:-1].strip()  # "(Editor: Siti Aisyah Noor)"
    found = find_datetime(line, None)
    if found and found.start > 0:
        # "Pewarta: A - 2 November 2026, 11:40 WITA": the date is not part of the names.
        line = _before_date().sub("", line[: found.start])
    labelled, report, bare, fused = _byline_patterns()
    roles = _roles()
    # "Oleh Jasmalinda (Kontributor Rekam8.com)": what the writer is, in brackets after the name
    if not re.fullmatch(r"\(.*\)", line):
        line = re.sub(r"\s*(?:\([^()]{2,60}\)|\[[^\[\]]{2,40}\])$", "", line)  # "... [Ambon]": where it was filed
    # (a label opens the line, or this is not a labelled byline: no need to look further in)
    matches = list(labelled.finditer(line)) if labelled.match(line) else []
    if matches:
        out, credited = Byline([], []), False
        for n, m in enumerate(matches):
            # "Oleh: A | B": a bare name after a pipe shares the role before it.
            rest = line[m.end(): matches[n + 1].start() if n + 1 < len(matches) else len(line)]
            more = [part.strip() for part in rest.split("|")[1:]]
            if not all(_is_name(part) and all(w[:1].isupper() for w in part.split()) for part in more):
                more = []
            for group in ("label", "label2"):  # "Redaktur & Reporter: A" names A twice
                kind = roles.get((m.group(group) or "").lower())
                if kind in ("author", "editor"):
                    credited = True
                    (out.editors if kind == "editor" else out.authors).extend(
                        [*split_names(m.group("names")), *(name for part in more for name in split_names(part))])
        # "Oleh: Tim Sinyal" is a byline that names no person; "Foto: A" is a photo credit.
        return out if credited else None
    parts = [part for part in _BYLINE_PARTS.split(line) if part.strip()]
    if len(parts) > 1:
        # "Ditulis oleh A | Editor: B": each part a byline of its own; a bare name after a
        # part takes that part's role ("Penulis A / B").
        out, last = Byline([], []), None
        for part in parts:
            found = parse_byline(part)
            if found:
                out.authors.extend(found.authors)
                out.editors.extend(found.editors)
                last = out.editors if found.editors and not found.authors else out.authors
            elif last is not None and _is_name(part.strip()) and all(w[:1].isupper() for w in part.split()):
                last.extend(split_names(part))
        if out.authors or out.editors or last is not None:
            return out
    m = report.match(line)
    if m:
        return Byline(split_names(m.group("names")), [])
    m = _REPORT_FROM.match(line)  # "Laporan Raja Fadhlan Hafiz, Tanjungpinang"
    if m and known_place(m.group("place")) and all(w[:1].isupper() or w in ("dan", "&")
                                                    for w in m.group("names").split()):
        return Byline(split_names(m.group("names")), [])
    m = bare.match(line)
    # ("Laporan oleh A": a colon-only role is a byline with "oleh" too)
    if m and (m.group("label").lower() not in _colon_only() or m.group("by")):
        kind = roles[m.group("label").lower()]
        # "Penulis Kholis Nurcahyo Editor Wachid Arifudin": a second role, no colons
        inner = next((r for r in re.finditer(r"(?<=\s)([A-Z][a-z]+)\s+(?=[A-Z])", m.group("names"))
                      if roles.get(r.group(1).lower()) in ("author", "editor")), None)
        if inner:
            cut = m.start("names") + inner.start()
            first, second = parse_byline(line[:cut]), parse_byline(line[cut:])
            if first and second:
                return Byline(first.authors + second.authors, first.editors + second.editors)
        names = split_names(m.group("names"))
        written = m.group("names").split()
        # Without a colon the names must look like names: "Reporter Teuku Farhan", not
        # "Reporter muda itu ...".
        if kind in ("author", "editor") and len(written) <= 5 * max(1, len(names)) and all(
                w[:1].isupper() or w.lower() in ("dan", "and", "&", "bersama") or is_degree(w) for w in written):
            return Byline(names, []) if kind == "author" else Byline([], names)
    m = fused.match(line)
    label = m.group("label").lower() if m else ""
    if m and (roles.get(label) in ("author", "editor") and label not in ("oleh", "by") or known_outlet(label)):
        names = split_names(m.group("names"))
        if names and all(_is_name(n) for n in names):
            return Byline(names, [])
    return None


_NAME_NOISE = re.compile(r"\s*(\(.*?\)|\bdkk\b\.?)\s*", re.I)


# An army or police unit by its number, a slash and its name or code: "Pendam VI/Mulawarman",
# "Kodim 0913/PPU", "Korem 091/ASN".
_UNIT = r"^[A-Z][A-Za-z]+\s+(?:[IVXL]{1,5}|\d{2,4})\s*/\s*"
_NUMBERED_UNIT = re.compile(_UNIT + r"[A-Z]")
_UNIT_THEN_PLACE = re.compile(_UNIT + r"[\w.]+,\s*"
                              r"(?P<city>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,2})\s*[–—-]{1,3}\s*(?P<rest>[A-Z\"“].*)$", re.S)
_NOT_PERSON = re.compile(
    r"^(pt|cv|tim|redaksi|admin|administrator|operator|web|media|rilis|humas|siaran pers|press release|kontributor"
    r"|seksi|bidang|bagian|subbagian|divisi|unit|majalah|harian|tabloid|koran|peranan|jabatan|litbang|berita"
    r"|komunitas|paguyuban|perkumpulan|yayasan|lembaga)\b"  # a community's account posting a story
    r"|\b(media|group|grup|network|digital|design|development|corp|inc|tv|radio|fm|online|desk|newswire|wire"
    r"|bidhumas|subbidhumas|polda|polres|polresta|polrestabes|polsek|kodim|korem|kodam"  # a police or army desk
    r"|penkum|kejati|kejari)\b", re.I)  # a prosecutors' press desk ("Penkum Kejati Sultra")


@lru_cache(maxsize=None)
def _degrees() -> frozenset[str]:
    return resources.words("degrees.txt")


@lru_cache(maxsize=None)
def _before_name_only() -> frozenset[str]:
    """Ranks and religious forms of address: titles before a name, but a surname after one
    ('Fathurrahman Habib'). Read from the sections of degrees.txt headed '... before a name'."""
    found, inside = set(), False
    for line in resources.read_text("degrees.txt").splitlines():
        if line.startswith("#"):
            inside = line.rstrip().endswith("before a name")
        elif inside and line.strip():
            found.add(line.strip())
    return frozenset(found)


@resources.line_cache()
def is_degree(token: str) -> bool:
    """'S.Sos.', 'M.Hum', 'Dr.', 'Ph.D.', 'S.IK.M.Si.': a degree or honorific, not a name."""
    token = token.strip(" ,;")
    if not token or not token[0].isalpha():
        return False
    key = token.replace(".", "").lower()
    if key in _degrees():
        return True
    # Fused degrees: "S.IK.M.Si." is S.IK. + M.Si.
    parts = re.findall(r"[A-Za-z]{1,4}\.(?:[A-Za-z]{1,4}\.?)?", token)
    return len(parts) >= 2 and "".join(parts) == token and all(p.replace(".", "").lower() in _degrees() for p in parts)


def strip_degrees(name: str) -> str:
    """'Dr. Yohanes Sanam' -> 'Yohanes Sanam'; name particles ('Moh.', 'Hi.') stay."""
    words = name.split()
    while words and is_degree(words[0]) and len(words) > 1:
        rank = words.pop(0).replace(".", "").lower() in resources.words("ranks.txt")
        # the corps after a rank ("Lettu Inf Sahriannor"): part of the rank, never of the name
        if rank and len(words) > 1 and words[0].strip("().").lower() in resources.words("corps.txt"):
            words.pop(0)
    while words and is_degree(words[-1]) and len(words) > 1 \
            and words[-1].replace(".", "").lower() not in _before_name_only():
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=None)
def _role_prefixes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    roles = _alternation(_roles())
    return (re.compile(rf"^(?:{roles})(?:\s+(?-i:[A-Z][\w.'’-]*)){{1,3}}\s*,\s*", re.I),
            re.compile(rf"^(?:{roles})\s+", re.I))


def split_names(text: str) -> list[str]:
    """Person names from a byline fragment: no roles, publishers, agencies, degrees or initials."""
    text = _NAME_NOISE.sub(" ", text)
    text = re.sub(r"[•·⋅|►▶]+", " ", text)
    role_and_town, role = _role_prefixes()
    # "Kontributor Gunungkidul, Hanif Nur Cahyo": a role with its town before the name
    text = role_and_town.sub("", text.strip())
    text = role.sub("", text)  # "Pewarta Nur Imansyah"
    first = text.split()[0].lower() if text.split() else ""
    if first in resources.words("org_heads.txt") and first not in resources.words("name_openers.txt"):
        return []  # "Oleh Kementerian Kelautan dan Perikanan": a body, not people
    if _NUMBERED_UNIT.match(text):
        return []  # "Oleh: Pendam VI/Mulawarman": an army or police unit, by its number and its name
    # ("Naura Vania x Rakha Abimanyu": a youth site's "x" between two writers)
    parts = re.split(r"\s*(?:,|&|/|;|\bdan\b|\band\b|\blan\b|\bbersama\b|(?-i:\sx\s))\s*", text)
    names = []
    for part in parts:
        if all(is_degree(w) for w in part.split()):
            continue  # "S.Sos.", "M.Hum." after a comma
        part = strip_degrees(part.strip()).strip(" .-–—|")
        words = part.split()
        if len(words) > 2 and words[0].lower() in resources.phrases("titles.txt") and _NOT_PERSON.search(words[1]):
            part = " ".join(words[2:])  # "Kasubsi Penkum Fitrianingsih Lamaroa": a post at a desk, then the name
        # "..., dari Tokyo, Jepang": where a correspondent files from is no name
        if part and (not part[0].isupper() or known_place(part) or part.lower() in _calendar()["weekdays"]):
            continue
        if part and _is_name(part) and not known_outlet(part) and not _NOT_PERSON.search(part) \
                and not (" " not in part and len(part) <= 3):  # "Isk", "ant": initials, not names
            names.append(part)
    return names


def _is_name(text: str) -> bool:
    words = text.split()
    return 1 <= len(words) <= 6 and not any(ch.isdigit() for ch in text) and text[0].isalpha()
