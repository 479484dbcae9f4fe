"""Raw scraped text to an Article: every line labelled, with the reason.

Text copied from a news page is a column of lines: section label, title, date line,
byline, caption, the body (with "Baca juga" links and ad markers inside it), then tags,
related links and footers. `label_lines` decides what each line is from its shape (length,
final punctuation, the density of Indonesian function words that real prose has), its
position (before the body, inside it, after the last prose line) and what the data files
say (boilerplate and footer patterns, section names, byline roles, known outlets).
`build_article` then reads the metadata off the labelled lines.

Labels: title, deck, section, site, date, updated, byline, caption, dateline, body,
boilerplate, furniture, readmore, repeat, source, initials, footer, other. `furniture` is a
line that recurs on other pages of the batch (`furniture.Furniture`): a site's own menus,
slogans and promo lines that no word list knows.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..model import Article
from . import meta
from .furniture import fold

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]$")
# A headline that is a quote: a quoted paragraph of the body closes with its own stop or comma.
_QUOTED_HEADLINE = re.compile(r"[\"“][^\"“”]+[^\s.!?,…:;][\"”]")
_WORD = re.compile(r"\w+", re.U)
# A credit line's label: "Editor: X", "Reporter : Y"
_CREDIT_LABEL = re.compile(r"(?:Editor|Penyunting|Penulis|Reporter|Redaktur|Ditulis oleh)\b")
_INITIALS = re.compile(r"^\(\s*(?:[a-z]{2,5}|[A-Z]{2,5})(?:\s*[/,]\s*(?:[a-z]{2,5}|[A-Z]{2,5}))*\s*\)$")  # "(rzy)", "(ADN)"
# ("(Sinondang/Poltak Butarbutar/Tiurma Siahaan)": two writers, a slash between them too)
_CLOSING_CREDIT = re.compile(r"^\(\s*(?P<outlet>[A-Za-z0-9.]{1,20})\s*/\s*(?P<names>[A-Za-z .,'&]{2,80}(?:/[A-Za-z .,'&]{2,80})?)\)$")
# "(Rusdi Hasan/Siar Praja)": the writer first, then the site's own name.
_CLOSING_CREDIT_NAME_FIRST = re.compile(r"^\(\s*(?P<names>[A-Z][A-Za-z .,'&]{2,60}?)\s*/\s*(?P<outlet>[A-Za-z0-9. ]{2,30})\)$")
# A paragraph signed off with the reporter's code and the site: "... keberangkatan. (mcr27/runut)"
_SIGNED_OFF = re.compile(r"[.!?\"”]\s*\([a-z]{2,7}\d{0,3}(?:/[a-z]{2,7}\d{0,3})*/[a-z][a-z.]{2,20}\)$")
_READ_ARTICLE_AT = re.compile(r"^Baca artikel (?P<site>[A-Za-z][\w.]{2,30}),\s*[\"“]")
_SOURCE_NOTE = re.compile(r"^(?:sumber|source)\s*:\s*(?P<source>.{2,60})$", re.I)
_UPDATED = re.compile(r"^(?:diperbarui|updated|update|pembaruan|terakhir diperbarui)\b", re.I)
_QA_LABEL = re.compile(r"(?:tanya|pertanyaan|jawab|jawaban|question|answer)\s*:", re.I)
_READMORE_BARE = re.compile(r"^(?:baca juga|baca pula|lihat juga|simak juga|video terkait|jangan lewatkan(?: video| berita| artikel)?"
                            r"(?: terbaru| lainnya)?|(?:artikel|berita|bacaan) (?:menarik |terkait |pilihan )?lainnya"
                            r"|(?:artikel|berita|bacaan) (?:terkait|menarik|pilihan)|terkait)\s*:?$", re.I)
_CAPTION = re.compile(
    r"([(\[](?:foto|photo|ilustrasi|dok|dokumentasi)\s*[:.]"       # (Foto: Antara), [Foto: Dok. X]
    r"|\b(?:[A-Z]{3,}\s+)?FOTO\s*/"                                # ANTARA FOTO/Name
    r"|^(?:foto|foto utama|ilustrasi|keterangan foto|ket\.? foto|caption|grafik|infografi[sk])\s*:"  # Foto: Name/Outlet, Grafik: ...
    r"|^(?:sumber|keterangan) gambar\s*[,:]\s*\S"                  # Sumber gambar, X / Keterangan gambar, ...
    r"|^tangkapan layar\b.{10,300}\(\s*[\w .]{2,30}\s*\)$"      # Tangkapan layar ... (Saring)
    r"|\((?:instagram|ig|tiktok|x|twitter|facebook|youtube|threads)\s*[/:]?\s*@[\w.]{2,40}\)\s*$"  # ... (Instagram/@name)
    r"|\((?:tangkapan layar|screenshot|screen capture)(?:\s*[:/][^()]{2,40})?\)\s*$"  # ... (Tangkapan layar)
    r"|\((?:dok\.?|dokumentasi)\s+[A-Z][^()]{1,50}\)\s*$"              # ... (Dokumentasi LBH Totabuan)
    r"|\.\s*\((?:istimewa|ist\.?)\)\s*$"                                   # ... Kamis (19/11/2026). (Istimewa)
    r"|\(\d{1,2}/\d{1,2}/\d{4}\)\.\s+[-–—]\s+(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*){0,2})/(?-i:[A-Z][\w.' ]{2,40})$"  # ... Rabu (11/11/2026). - Harian X/Name
    r"|[.)]\s*(?:[|•]\s*)?(?:(?:sumber|kredit)\s+)?(?:foto|photo|gambar)\s*:\s*(?:dok\.\s*)?(?:[^.]|(?<=\b[A-Z])\.|\.(?=[a-z]{2,4}/)){2,60}\.?$"  # ... . Foto: Name/X, Foto: Y/T. Name, Foto: Site.id/Name
    r"|\((?:[A-Z][\w.]*\s*){1,3}/\s*[A-Z][\w .']{1,40}\)\s*$"      # (WARTAKINI.com/Name)
    r"|(?-i:\([A-Z][A-Z .'/]{2,40} FOR [A-Z][A-Z .]{2,40}\))\s*$"     # ... (ISTIMEWA FOR ANTENA BONDOWOSO)
    r"|\.\s*[A-Z][A-Z.]{2,}(?:\s[A-Z]{2,})?\s*/\s*[A-Z][\w .']{1,40}(?:/[a-z]{1,4}\.?)?$"  # . TERA/Name
    r"|^[A-Z][A-Za-z .']{2,40}\s/\s(?:AFP|AP|REUTERS|ANTARA|EPA|XINHUA)$)",  # NAME / AFP
    re.I,
)


@resources.line_cache()
def _captioned(line: str) -> bool:
    return bool(_CAPTION.search(line))


# A photo or video credit alone on its line: "JORDAN PRICE / AFP", "ANTARA FOTO/Basri
# Marzuki", "Foto: Kabar Doreri/Agustina Hindom", "(Foto: Musi Pagi/Name)", "Sumber foto:
# Dok. X", "Dok. Dinas Kesehatan Asmat", "Videografer: A · Video editor: B".
_CREDIT = re.compile(
    r"^[(\[]?(?:[A-Z][A-Za-z .']{2,40}\s?/\s?(?:AFP|AP|REUTERS|ANTARA|EPA|XINHUA|ANTARA FOTO)"
    r"|(?:[A-Z]{3,}\s+)?FOTO\s*/\s*[\w .'/]{2,60}"
    r"|(?:(?:sumber|kredit|credit)\s+)?(?:foto|photo)\s*:\s*(?:dok\.\s*)?[^.]{2,60}"
    r"|dok(?:\.|umentasi)\s+[A-Z][\w .'/]{2,60}"
    r"|©\s*(?:disediakan oleh|provided by)\s+\S.{1,60}"  # an aggregator's credit: "© Disediakan oleh Gewang NTT"
    r"|(?:videografer|fotografer|juru kamera|video editor|editor video|grafis|infografis)\s*:.{2,100})[)\]]?$", re.I)


# The line under an embedded post: "— BelanjaYuk (@belanjayuk_id) October 26, 2026".
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*[^()]{1,60}\(@[\w.]{1,30}\)\s.{0,40}\b\d{4}$")


@dataclass
class Line:
    text: str
    label: str
    reason: str


@dataclass
class Labelled:
    lines: list[Line]
    body_start: int | None
    # The page's own name as it prints it (masthead, domain), folded: 'musipagi'.
    site_keys: frozenset[str] = frozenset()
    masthead: str | None = None  # the site's name as the masthead prints it: 'Pos Dewata'
    # The page's menu and section labels above the body, lower case: 'raket', 'sepakbola'.
    menu: frozenset[str] = frozenset()


def _strip_tags(line: str) -> str:
    return " ".join((_TAG.sub(" ", line) if "<" in line else line).split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stopword_ratio(text: str) -> float:
    words = _words(text)
    if not words:
        return 0.0
    stop = resources.words("stopwords.txt")
    return sum(w in stop for w in words) / len(words)


@resources.line_cache()
def is_prose(text: str) -> bool:
    """A line that reads as a sentence of running text, not a label, headline or menu."""
    n = len(text.split())
    if n >= 25:
        return True
    if n < 6:
        return False
    ends = bool(_TERMINAL.search(text))
    # "Mengapa Jakarta Terasa Lebih Gerah di Awal November?": a headline may ask
    asks = n < 16 and text.rstrip().endswith(("?", "!")) and not re.search(r"[\"“”]", text)
    if (not ends or asks) and headline_case(text):
        return False
    ratio = stopword_ratio(text)
    return (ends and (ratio >= 0.05 or n >= 10)) or ratio >= 0.18 and n >= 12


def headline_case(text: str) -> bool:
    """Most content words capitalised, as in 'Mendag Tambah 600 Titik Beras untuk Indonesia Timur'."""
    stop = resources.words("stopwords.txt")
    content = [w for w in text.split() if w[:1].isalpha() and w.lower() not in stop]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) / len(content) >= 0.7


def _same(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    # a kicker before the title, or a page number after it ('<Title> - Halaman 2')
    return wa == wb or (len(wb) >= 4 and len(wa) - len(wb) <= 3 and (wa[-len(wb):] == wb or wa[:len(wb)] == wb))


def _overlap(a: str, b: str) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    return len(wa & wb) / max(1, len(wa))


def _date_line(text: str) -> bool:
    """A short line that is mostly a date: 'Senin, 05 Okt 2026 09:15 WIB'."""
    if len(text.split()) > 16:
        return False
    found = meta.find_datetime(text, None)
    if not found:
        return False
    rest = _READING_TIME.sub(" ", text[: found.start] + " " + text[found.end :])
    words = [w for w in rest.split() if any(ch.isalnum() for ch in w)]
    before = text[: found.start].split()
    if re.match(r"\s*\)?\s*:\s*(?:[a-z]|[^\W\d]{2,}[\w-]*\s+[^\W\d]{2,})", text[found.end:]) \
            or text.rstrip().endswith(";"):
        # an item of a schedule: "Selasa, 1 Desember 2026: anggota dari Kecamatan ...;",
        # "Senin (16/11/2026): Alun-alun Ki Ronggo Bondowoso"
        return False
    posted_on = re.match(r"(?:diposting|dipublikasikan|diterbitkan|diunggah|dimuat|posted|published)\b", text, re.I)
    posted = posted_on or re.match(r"(?:oleh|by)\b", text, re.I)
    # ("Diposting pada 14 November 2026 oleh Humas SAR Bengkulu" is no headline)
    if (len(before) >= 4 or (before and len(words) >= 6)) and not found.has_time and headline_case(text) \
            and not re.search(r"[·|•—–]", text) and not posted_on:
        # a headline with a date in it: "Jadwal SIM Keliling Bondowoso 16-20 November 2026, Cek
        # Lokasinya", "Tanggal Cantik 12-12-2026, Vendor Pernikahan di Bandung Kebanjiran Pesanan"
        return False
    if re.match(r"\d{1,2}[.)]\s+[A-Za-z]", text):
        return False  # a numbered subheading: "3. Berlaku mulai 20 November 2026"
    if len(words) >= 5 and before and before[-1].lower() in _EVENT_DATE_WORDS and not posted:
        return False  # a headline about the date of an event: "... Jatuh pada 8 Februari 2027"
    return len(words) <= 9 and not rest.rstrip().endswith((".", "?", "!"))


_EVENT_DATE_WORDS = frozenset({"pada", "hingga", "sampai", "sejak", "mulai", "jelang", "menjelang"})


# "· 3 menit baca", "Waktu baca 4 menit": how long the page takes to read.
_READING_TIME = re.compile(r"\b(?:\d{1,2}\s+menit\s+(?:baca|membaca)|waktu baca\s*:?\s*\d{1,2}\s+menit)\b", re.I)


_CRUMB = re.compile(r"\s*[>»›/|]\s*")


def _breadcrumb(line: str, sections: frozenset[str]) -> bool:
    """'Beranda » Hukum » Korupsi', 'Nasional › Hukum': short segments, one a section."""
    parts = [p for p in _CRUMB.split(line) if p]
    if not 2 <= len(parts) <= 5 or any(len(p.split()) > 4 for p in parts):
        return False
    if re.search(r"\s[›»>]\s", line):
        return True  # these arrows are only ever breadcrumbs
    return any(p.lower() in sections or p.lower() in _HOME[:4] for p in parts)


def _menu(raw: str, sections: frozenset[str]) -> bool:
    """A navigation bar: 'Home  Palu  Sigi  Poso  Nasional  Opini  Indeks' (items set apart by
    runs of spaces or dots), at least two of them section names."""
    # "Beranda 首页  Medan 棉兰": a gloss in another script beside each item is not part of it
    raw = re.sub(r"[\u3000-\u9fff\uac00-\ud7af]+", " ", raw)
    parts = [p.strip() for p in re.split(r"\s{2,}|\s*[·•|]\s*|\t", raw.strip()) if p.strip()]
    if len(parts) < 4 or any(len(p.split()) > 3 for p in parts):
        return False
    if len(parts) >= 6 and len(re.findall(r"\S\s{3,}(?=\S)", raw.strip())) == len(parts) - 1:
        return True  # six or more short items, each set apart by a wide gap: a bar whatever its words
    return sum(p.lower() in sections or p.lower() in _HOME for p in parts) >= 2


_HOME = ("home", "beranda", "index", "indeks", "menu", "cari")


def _headline_score(line: str) -> int:
    line = clean_title(line)  # a browser-tab title: "Judul | Outlet.com"
    words = len(line.split())
    score = 2 if 5 <= words <= 25 else 0
    if re.search(r"\s[|•]\s|^\d{1,3}'|\b\d+-\d+\b.*\|", line):
        score -= 3  # tickers and banners: "FT | Persib 2-1 Persija", "54' | ..."
    if line.rstrip().endswith("."):
        score -= 1  # "Player is loading."
    return score


def _capital_share(line: str) -> float:
    """The share of a line's longer words that open with a capital: near 1 in a title-case
    headline, near 0 in a sentence."""
    words = re.findall(r"[^\W\d_]{4,}", line)
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


_NAME_JOINS = re.compile(r"\s*(?:[,&]|\b(?:dan|and|lan|bersama)\b|\sx\s)\s*")
# Four names of four words, their degrees and the words that join them fit in this.
_MOST_WORDS_IN_NAMES = 30


@resources.line_cache()
def _person_line(line: str) -> bool:
    """'Aditya Ramadhan' alone on a line: two to four capitalised words, the first not a
    common word and at most one other that is ('Antonius Ajun'); or several such names
    joined by 'dan', '&' or commas ('Rizky Maulana dan Dewi Anggraini')."""
    if len(line.split()) > _MOST_WORDS_IN_NAMES:
        return False  # prose: splitting it at every comma and "dan" is the costly part
    parts = [p for p in _NAME_JOINS.split(line.strip()) if p]
    # "Dr. Hj. Ratna Kumalasari Siregar, M.Hum.": degrees around a name leave the name
    parts = [meta.strip_degrees(p) for p in parts if not all(meta.is_degree(w) for w in p.split())]
    return bool(parts) and len(parts) <= 4 and all(_one_person(p) for p in parts)


def _one_person(name: str) -> bool:
    words = name.split()
    opener = int(bool(words) and words[0].lower() in resources.words("name_openers.txt"))  # "Lalu Ahmad Zaini"
    stop = resources.words("stopwords.txt")
    common = resources.words("common_words.txt")
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words)
            and len(words[-1]) > 1  # "Khutbah I", "Babak II": a numeral ends no name
            and not any(w.lower() in _day_words() or w.lower() in _date_labels() for w in words)  # "Rebo Wage", "Edisi Cetak"
            and not any(w.lower() in stop for w in words[opener:])
            and (words[0].lower() not in common or opener)
            and words[0].lower() not in resources.phrases("sections.txt")  # "Berita Kampus"
            and sum(w.lower() in common for w in words) <= 1
            and meta.known_outlet(name) is None)


@lru_cache(maxsize=None)
def _date_labels() -> frozenset[str]:
    return frozenset(resources.load_json("calendar.json")["date_labels"])


@lru_cache(maxsize=None)
def _day_words() -> frozenset[str]:
    cal = resources.load_json("calendar.json")
    return frozenset(cal["weekdays"]) | frozenset(cal["market_days"])


def _under_credit(clean: list[str], i: int) -> bool:
    """A short sentence right under a photo credit ('Foto: Rahajeng Kinanthi') and above a
    longer paragraph: the caption, printed under its credit."""
    words = clean[i].split()
    return 0 < i < len(clean) - 1 and bool(_CREDIT.match(clean[i - 1])) and re.match(r"(?:foto|dok)", clean[i - 1], re.I) \
        and len(words) <= 20 and clean[i].endswith(".") and not any(q in clean[i] for q in '"“”') \
        and is_prose(clean[i + 1]) and len(clean[i + 1].split()) > len(words)


def _above_credit(clean: list[str], i: int) -> bool:
    """A caption-length line (no quote in it) right above a photo credit ('Foto: Dok. X')."""
    return i + 1 < len(clean) and bool(_CREDIT.match(clean[i + 1])) and len(clean[i].split()) <= 40 \
        and not any(q in clean[i] for q in '"“”')


_GALLERY_TITLE = re.compile(r"^(?:foto|video|galeri|infografis)\s*:\s*[A-Z]\S*(?:\s+\S+){3,}$", re.I)
# ("Duta Nusa · 5 jam lalu": an aggregator puts the source before it)
# ("kemarin, 19.20", "hari ini, 08.15": a day named by its distance from today)
_RELATIVE_TIME = re.compile(r"^(?:(?P<who>[^·•|]{2,40})\s[·•|]\s)?(?:\d{1,3}\s+(?:detik|menit|jam|hari|minggu|pekan|bulan)\s+(?:yang\s+)?lalu"
                            r"|(?:kemarin|hari ini)(?:,?\s+(?:pukul\s+)?\d{1,2}[.:]\d{2})?)$", re.I)


_EMAIL = re.compile(r"^\S+@\S+\.\w{2,}$")
_DOMAIN = re.compile(r"\b([a-z0-9][a-z0-9-]{2,})\.(?:co\.id|com|id|net|org|news|my|tv)\b", re.I)


# "Kie Raha News © 2026 — Ternate", "© 2026 Derap Indonesia. All rights reserved.",
# "COPYRIGHT © KABARTA 2026"
_COPYRIGHT_NAME = re.compile(r"^(?:(?!copyright\b)(?P<before>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s+©\s*\d{4}"
                             r"|(?:©|copyright)\s*(?:[©@]\s*)?(?:copyright\s*)?\d{4}\s+(?P<after>[A-Z][\w]*(?:\.[a-z]{2,4}\b)?(?: [A-Z][\w]*){0,3})"
                             r"|(?:©|copyright)\s*(?:©\s*)?(?!hak\b|all\b)(?P<then_year>[A-Z][\w]*(?: [A-Z][\w]*){0,3})\s+\d{4}\b)", re.I)


def _credit_line(line: str) -> bool:
    """'Redaktur : Adhisatya Zahirawan': a labelled byline that names someone."""
    return bool(_CREDIT_LABEL.match(line) and meta.parse_byline(line))


def _masthead_line(line: str) -> bool:
    # (not a place: "Republik Indonesia" under a ministry's name is no site's name)
    # (nor a market ticker over the masthead: "IHSG 7.412,55 +0,42%")
    return (line.isupper() and len(line.split()) <= 4 or len(line.split()) <= 3) and not re.search(r"\d[.,]\d|%", line) \
        and not meta.zone_of_place(line) and line.lower() not in resources.phrases("places.txt") \
        and line.lower() not in _place_aliases() and line.lower() not in resources.phrases("sections.txt")


@lru_cache(maxsize=None)
def _place_aliases() -> frozenset[str]:
    return frozenset(name.lower() for pair in resources.pairs("aliases.txt") for name in pair)


def _top_lines(clean: list[str]) -> list[str]:
    """The first three lines of the page, skip links ('Langsung ke konten') left out."""
    boilerplate = resources.whole_line_pattern("boilerplate.txt")
    return [line for line in clean[:8] if line and not boilerplate.match(line)][:3]


# "Portal Berita Resmi Pemerintah Kota Ternate", "Portal Resmi Perhimpunan ...": a site's tagline
_PORTAL_TAGLINE = re.compile(r"^(?:portal|situs|laman|media)\s+(?:berita|resmi|informasi)\b", re.I)
# "Website Resmi Desa Sumberlerep": a government or village site says it is the official one.
_OFFICIAL = re.compile(r"^(?:website|situs|portal|laman|web)\s+(?:resmi|official)\s+", re.I)
# A radio's frequency after its name in the masthead: "Swara Ampel 101,3 FM".
# ("Serayu FM 98,1" keeps its "FM": it is part of the name)
_FREQUENCY = re.compile(r"\s+\d{2,3}[,.]\d\s*(?:FM|AM|MHz)?$")
# Words that a site's copyright line may add to its masthead name: "Derap Indonesia" for
# "derap.id", "Lindenfunk Indonesia" for "Lindenfunk" (not the company: "Kompas Cyber Media").
_SITE_NAME_ENDINGS = frozenset({"indonesia", "news", "online", "daily", "post", "pos", "times", "id"})
# ... and words before it: "Majalah Lawatan" for "Lawatan"
_SITE_NAME_OPENINGS = frozenset({"majalah", "harian", "tabloid", "koran"})


def _copyright_names(clean: list[str]) -> list[str]:
    """The names the page's copyright lines give, before any dash ('© 2026 Pabean Hilir –
    Bea Cukai Tembilahan' -> 'Pabean Hilir')."""
    out = []
    for line in clean:
        m = _COPYRIGHT_NAME.match(line) if "©" in line or "opyright" in line else None
        name = m and (m.group("before") or m.group("after") or m.group("then_year"))
        name = name and name.strip().rstrip(".")
        if name and name not in out:
            out.append(name)
    return out


def _fuller_name(found: str, clean: list[str]) -> str | None:
    """The site's name as its copyright line prints it, when that is the masthead's name
    and words such as "Indonesia"."""
    key = meta.site_key(found)
    for name in _copyright_names(clean):
        words = name.split()
        for k in range(1, len(words)):
            if meta.site_key(" ".join(words[:k])) == key and all(w.lower() in _SITE_NAME_ENDINGS for w in words[k:]):
                return name.strip()
            # "Semarak Kalteng" for the masthead "SEMARAK": the network's site for a region
            if meta.site_key(" ".join(words[:k])) == key and _region_words(words[k:]):
                return name.strip()
        if _opened_site_name(name, key):
            return name.strip()
    return None


def _opened_site_name(name: str, key: str) -> bool:
    """'Majalah Lawatan', 'Harian Butta': the site's name (`key`) after words such as "Harian"."""
    words = name.split()
    return any(meta.site_key(" ".join(words[k:])) == key and all(w.lower() in _SITE_NAME_OPENINGS for w in words[:k])
               for k in range(1, len(words)))


def _daily_line(clean: list[str], key: str) -> str | None:
    """The site's name after "Harian", "Majalah" on a short line of the page: "Harian Bindu"
    for the masthead "BINDU" or "bindu.co.id" (unless the copyright line names the site
    plainly: "© Gurat 2026" over a kicker "Majalah Gurat")."""
    if any(meta.site_key(name) == key and not meta.looks_like_site_name(name) for name in _copyright_names(clean)):
        return None
    return next((line for line in clean if len(line.split()) <= 3 and _opened_site_name(line, key)), None)


def _region_words(words: list[str]) -> bool:
    """'Kalteng', 'Sumatera Barat', 'Papua': a province, its short form or a known place."""
    text = " ".join(words)
    return bool(words) and (meta.known_place(text) or meta.known_place(_region_short_forms().get(text.lower(), "")))


@lru_cache(maxsize=None)
def _region_short_forms() -> dict[str, str]:
    """'kalteng' -> 'Kalimantan Tengah' (aliases.txt)."""
    return {short.lower(): full for short, full in resources.pairs("aliases.txt")}


def _masthead(clean: list[str]) -> str | None:
    """The site's name as its masthead prints it, among the first three lines, in the case
    the page writes it elsewhere ('POS DEWATA' -> 'Pos Dewata' from '... di Pos Dewata').
    A network's masthead over a regional site's ('TEGAS.ID' over 'TegasPapua') gives the
    regional site. An institution's news site prints the institution above its own name
    ('Bea Cukai Tembilahan' / 'PABEAN HILIR'); the name its copyright line opens with is the
    site's ('© 2026 Pabean Hilir – Bea Cukai Tembilahan')."""
    common = resources.words("common_words.txt") | resources.words("stopwords.txt")
    owners = {meta.site_key(n): n for n in _copyright_names(clean)}
    top = _top_lines(clean)
    # "PEMERINTAH KOTA TERNATE" / "Moloku" / "Portal Berita Resmi ...": the name right above
    # the portal's tagline is the site's, under the institution that runs it
    tagged = next((top[k - 1] for k in range(1, len(top)) if _PORTAL_TAGLINE.match(top[k])
                   and _masthead_line(top[k - 1])), None)
    for line in [] if tagged else top:
        head = re.split(r"\s+[–—|·-]\s+", _OFFICIAL.sub("", line))[0]  # "SIPAMANDAR – Warta P4GN ..."
        # (not a copyright line that gives the site's domain: "© 2026 bindu.co.id")
        if len(owners) == 1 and meta.site_key(head) in owners and len(meta.site_key(head)) >= 4 \
                and not meta.looks_like_site_name(head) and not owners[meta.site_key(head)].isupper() \
                and not meta.looks_like_site_name(owners[meta.site_key(head)]):
            return owners[meta.site_key(head)]
    found = None
    for line in [tagged] if tagged else top:
        line = _OFFICIAL.sub("", _FREQUENCY.sub("", line))
        if not _masthead_line(line):
            continue
        key, words = meta.site_key(line), line.lower().split()
        ordinary = sum(w in common for w in words)
        if len(key) < 3:
            continue
        if found is None:
            found = line
        elif key.startswith(meta.site_key(found)) and key != meta.site_key(found) and not ordinary \
                and (key in owners or meta.site_key(found) not in owners or meta.looks_like_site_name(line)
                     or re.fullmatch(r"[a-z]+[A-Z]\w+", line)):
            # "TEGAS.ID" over "TegasPapua", "Seruan.com" over "SeruanJateng.id"; not the slogan
            # "Saring Sebelum Sharing", and not the edition "Kabarta Lampung" under "KABARTA"
            # when the copyright line is "© KABARTA"
            found = line
    if found is None:
        return None
    edition = _edition_region(clean, found)
    if edition:  # "JENTERA" / "Maluku Utara": an agency's bureau, a station's town
        return f"{_masthead_case(found, clean)} {edition}"
    # "Corong Network" over "CorongSulteng.com", whose name the copyright line gives: the
    # network's banner over the site's own
    named = {meta.site_key(n) for n in owners.values()}
    for line in _top_lines(clean):
        if line != found and meta.looks_like_site_name(line) and meta.site_key(line) in named \
                and re.search(r"\b(?:network|grup|group|jaringan)\b", found, re.I):
            return next(n for n in owners.values() if meta.site_key(n) == meta.site_key(line))
    if re.fullmatch(r"[a-z]{3,}com", found):
        # "tapakcom" is how "Tapak.com" writes its brand: as its copyright line prints it
        printed = [n for n in _copyright_names(clean) if meta.site_key(n) in (found, found[:-3])]
        return printed[0] if printed else found[:-3].capitalize() + ".com"
    if found.lower().startswith("radio "):
        # "Radio Bahana 97,3 FM" is "Bahana FM" in its copyright line
        for name in owners.values():
            if meta.site_key(name) == meta.site_key(found[6:] + " FM"):
                return name
    if meta.looks_like_site_name(found):
        if found.islower() and re.search(r"\.(?:or|ac|go)\.id$", found):
            # an organisation's portal ("amaliyah.or.id") goes by the organisation's name
            name = meta.without_domain_ending(found).capitalize()
            if any(re.search(rf"\b{re.escape(name)}\b", line) for line in clean):
                return name
        # "BUTTA.CO.ID" over "Harian Butta": the daily's name printed beside its domain
        daily = _daily_line(clean, meta.site_key(meta.without_domain_ending(found)))
        if daily:
            return daily
        # "KIERAHA.NEWS" is "Kie Raha News" in its copyright line
        key = meta.site_key(found)
        for name in _copyright_names(clean):
            if meta.site_key(name) in (key, key + meta.site_key(found.rsplit(".", 1)[-1])):
                return name
        # "© 2026 GantariSultra.id - Bagian dari Gantari.com Network" under the network's
        # masthead "Gantari.com": the page is the regional site's
        stem = meta.site_key(meta.without_domain_ending(found))
        for name in _copyright_names(clean):
            if " " not in name and meta.site_key(name).startswith(stem) and len(meta.site_key(name)) > len(stem):
                domain = re.compile(rf"\b{re.escape(name)}\.[a-z]{{2,4}}\b", re.I)
                return next((m.group(0) for line in clean for m in [domain.search(line)] if m), name)
        return _fuller_name(meta.without_domain_ending(found), clean) or found
    if not (found.isupper() or found.islower()):
        return _fuller_name(found, clean) or found
    # "LAWATAN" is "Majalah Lawatan" in its copyright line; "BINDU" is "Harian Bindu" on a line of its own
    fuller = _fuller_name(found, clean) or _daily_line(clean, meta.site_key(found))
    if fuller:
        return fuller
    return _masthead_case(found, clean)


def _own_brand(site: str, masthead: str | None, top: list[str]) -> bool:
    """'gincu' printed under the network's masthead 'sekejapcom': a channel with a name of
    its own, not one of the network's topic channels ('tapakNews' under 'tapakcom')."""
    if not masthead or site not in top:
        return False
    stem = meta.site_key(masthead.split(".")[0])
    return not meta.site_key(site).startswith(stem[:4])


def _masthead_case(found: str, clean: list[str]) -> str:
    """A masthead in capitals (or lower case) as the page writes it elsewhere, else in
    title case."""
    if not (found.isupper() or found.islower()):
        return found
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, found.split())) + r"(?!\w)", re.I)
    first = found.split()[0].lower()
    for line in clean:
        if first not in line.lower():
            continue
        for m in pattern.finditer(line):
            if not (m.group(0).isupper() or m.group(0).islower()):
                return m.group(0)
    return " ".join(w if len(w) <= 2 and w.isupper() else w[:1].upper() + w[1:].lower() for w in found.split())


def _edition_region(clean: list[str], found: str) -> str | None:
    """The province or town printed alone under a masthead in capitals (perhaps under its
    tagline), not followed by more places (a menu of towns): the regional edition's or
    station's name ('JENTERA' / 'Maluku Utara', 'GELOMBANG' / 'Lembaga Penyiaran Publik' /
    'Merauke')."""
    top = _top_lines(clean)
    if len(top) < 3 or top[0] != found or not found.isupper() or meta.looks_like_site_name(found):
        return None
    for k in (1, 2):
        region = top[k]
        after = clean[clean.index(region) + 1] if clean.index(region) + 1 < len(clean) else ""
        if not region.isupper() and _region_words(region.split()) and not meta.known_place(after) \
                and meta.zone_of_place(region) is not None:
            return region
        if meta.known_place(region) or region.isupper() or len(region.split()) < 2:
            return None  # (only a tagline of several words may stand between)
    return None


def _site_keys(clean: list[str]) -> frozenset[str]:
    """The names the page prints for its own site: its domains ('musipagi.id') and a
    masthead among the first three lines, in capitals or one or two words that name no
    place or section ('MUSI PAGI', 'denyutSulsel')."""
    keys = set()
    for line in clean:
        keys.update(meta.site_key(m.group(1)) for m in _DOMAIN.finditer(line))
    keys.update(meta.site_key(line) for line in _top_lines(clean) if _masthead_line(line))  # 'MUSI PAGI', 'denyutSulsel'
    return frozenset(k for k in keys if len(k) >= 3)


def _bare_byline(line: str, site_keys: frozenset[str], menu: frozenset[str] = frozenset()) -> list[str] | None:
    """Names in a byline without a role: 'Rizky Aprianto  ·  Musi Pagi' (the writer and the
    site's own name), 'Ahmad Rifai | rifai@lulokabar.com' (the writer and an address),
    'Market - Rizky Adriansyah, Grafik' (the section, the writer, the site), 'Daffa Ardiyanto
    - Raket' (the writer and the channel, a label of the page's menu). A line of only
    the section, a team and the site ('Rilis - Siaran Pers, Grafik') is a credit naming
    nobody: []."""
    parts = [p.strip() for p in meta.byline_parts(line) if p.strip()]
    bracket = re.match(r"^(?P<rest>.+?)\s*\((?P<site>[^()]{2,40})\)$", line.strip())
    if len(parts) == 1 and bracket:  # "Dimas Prakoso and Fransiska Widjaja (The Meridian Post)"
        parts = [bracket.group("rest"), bracket.group("site")]
    if len(parts) < 2:
        return None
    names, site, other = [], 0, 0
    for n, part in enumerate(parts):
        # ("tapakBali" on the page of "tapakcom": a channel of the site)
        channel = re.fullmatch(r"(?P<site>[a-z]{3,})[A-Z][a-z]+", part)
        if _EMAIL.match(part) or _own_site_name(part, site_keys) or meta.looks_like_site_name(part) \
                or meta.known_outlet(part) is not None \
                or (channel and any(k.startswith(channel.group("site")) for k in site_keys)):
            site += 1
        elif _team(part) and any(_own_site_name(" ".join(part.split()[k:]), site_keys)
                                 for k in range(1, len(part.split()))):
            site, other = site + 1, other + 1  # the site's own desk: "Research - Tim Riset Grafik Indonesia"
        elif _person_line(part) and not ("," in part and any(
                meta.site_key(q) in site_keys or _team(q.strip()) for q in part.split(","))):
            names.extend(meta.split_names(part))
        elif "," in part and all(_person_line(p) or meta.site_key(p) in site_keys or _team(p)
                                 for p in (q.strip() for q in part.split(",")) if p):
            # ("News - A, B, Matra Bisnis", "Riset - Tim Riset, Matra Bisnis")
            for piece in (q.strip() for q in part.split(",")):
                if meta.site_key(piece) in site_keys:
                    site += 1
                elif _person_line(piece) and not _team(piece):
                    names.extend(meta.split_names(piece))
                else:
                    other += 1
        elif n == len(parts) - 1 and names and (part.lower() in menu or part.lower() in resources.phrases("sections.txt")):
            site += 1  # the channel after the writers: "Daffa Ardiyanto - Raket"
        elif part.lower() in resources.phrases("sections.txt") or _team(part) or (
                n == 0 and len(part.split()) <= 2 and part[:1].isupper()):  # the section first: 'Market - ...'
            other += 1
        else:
            return None
    if not site:
        return None
    return names if names or other else None


def _own_site_name(part: str, site_keys: frozenset[str]) -> bool:
    """The site's name, perhaps with a word such as "Indonesia" after it: 'Nawa TV
    Indonesia' under the masthead 'NAWA TV'."""
    words = part.split()
    return any(meta.site_key(" ".join(words[:k])) in site_keys
               and all(w.lower() in _SITE_NAME_ENDINGS for w in words[k:]) for k in range(1, len(words) + 1))


def _team(text: str) -> bool:
    """'Siaran Pers', 'Tim Redaksi', 'Redaksi Bitwara': a desk, not a person."""
    return bool(re.match(r"^(?:tim|redaksi|siaran pers|rilis|admin|humas|press release)\b", text, re.I))


def _date_near(clean: list[str], i: int, end: int) -> bool:
    """A date line within two lines above or below line i (inside the header)."""
    return any(0 <= k < end and k != i and _date_line(clean[k]) for k in range(i - 2, i + 3))


# A clock time alone on its line, under a date that printed none: "09:10 WITA"
_CLOCK_ONLY = re.compile(r"^(?:(?:pukul|jam)\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:WIB|WITA|WIT)?$", re.I)
# "Diposting oleh LPM Sabana di 14.20", "Posted by Admin at 2:20 PM": the time a blog page
# was posted, printed apart from its date.
_POSTED_AT = re.compile(r"^(?:diposting|dipublikasikan|diunggah|posted)\b.{0,60}?\b(?:di|pada|pukul|jam|at)\s+"
                        r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})\s*(?P<ampm>[ap]\.?m\.?)?(?:\s*(?P<tz>WIB|WITA|WIT))?\s*$", re.I)


def _credit_names(line: str, site_keys: frozenset[str]) -> list[str] | None:
    """The writer of "(Rusdi Hasan/Siar Praja)": a name, a slash, the site's own name."""
    m = _CLOSING_CREDIT_NAME_FIRST.match(line)
    if not m:
        return None
    outlet = m.group("outlet").strip()
    if not (meta.site_key(outlet) in site_keys or meta.looks_like_site_name(outlet) or meta.known_outlet(outlet)):
        return None
    names = m.group("names").strip()
    # ("(Suryawan/tedungbali)": a reporter known by one name signs off the same way)
    one_name = re.fullmatch(r"[A-Z][a-z]{3,}", names) and names.lower() not in resources.words("common_words.txt")
    return meta.split_names(names) if _person_line(names) or one_name else None


def _box_pitched(clean: list[str], labels: list, i: int) -> bool:
    """'Dapatkan ringkasan berita setiap pagi.' then 'Daftar Newsletter': the sign-up button
    closes a box whose pitch came first, so what follows is the story again."""
    return i > 0 and labels[i - 1] is not None and labels[i - 1].label in ("furniture", "boilerplate") \
        and clean[i - 1].rstrip().endswith((".", "!"))


# "Hanggoro Wisnumurti, Ayudya Nilamsari (Semarang)": the writers and the town they filed from
_NAMES_FROM = re.compile(r"^(?P<names>[^()]{3,80}?)\s*\((?P<place>[A-Z][\w .'-]{2,30})\)$")


@lru_cache(maxsize=None)
def _common_and_stop_words() -> frozenset[str]:
    return resources.words("common_words.txt") | resources.words("stopwords.txt")


def _names_above_date(clean: list[str], i: int) -> bool:
    """'Febriano Dewantoro' / 'Irawati Sulistyaningrum' / '2 November 2026, 18.40': writers'
    names, one a line, right above the date line."""
    k = i
    while k < len(clean) and k - i < 4 and _person_line(clean[k]):
        k += 1
    return k > i and k < len(clean) and _date_line(clean[k]) and not is_prose(clean[k])


_DESK_CODE = re.compile(r"\s+/\s*(?P<code>[A-Z]{2,4})$")


def _without_desk_code(line: str) -> str:
    """'Gisela Ramadhanti / RHS': the writer, then the desk editor's initials; an agency's
    name after the slash ('Sonny Tumbelaka / AFP') is a photo credit and stays."""
    m = _DESK_CODE.search(line)
    return line[: m.start()] if m and meta.known_outlet(m.group("code")) is None else line


def _names_beside_date(text: str) -> bool:
    """'Nalendra Raditia, Kharisma Kurniawati' before a date: two to four names of two to four
    capitalised words each, no stopword among them, though a name opens with a common word."""
    parts = [p for p in _NAME_JOINS.split(text.strip()) if p]
    stop = resources.words("stopwords.txt")
    return 2 <= len(parts) <= 4 and all(
        re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}", p) and not any(w.lower() in stop for w in p.split())
        and meta.known_outlet(p) is None and not meta.known_place(p) for p in parts)


def _names_only(line: str) -> bool:
    """A line of names alone, one-word names too ("Herliansyah Aspar, Mahliati")."""
    if _person_line(line):
        return True
    if len(line.split()) > _MOST_WORDS_IN_NAMES:
        return False
    parts = [p for p in re.split(r"\s*(?:,|&|\bdan\b)\s*", line.strip()) if p]
    common = _common_and_stop_words()
    return 0 < len(parts) <= 4 and all(
        _one_person(p) or (re.fullmatch(r"[A-Z][a-z]{3,}", p) and p.lower() not in common
                           and p.lower() not in resources.phrases("places.txt")) for p in parts)


def _bare_label(line: str) -> bool:
    return line.lower().rstrip(" :,") in _byline_labels()


def _credit_pair(clean: list[str], i: int, end: int) -> bool:
    """A role label and a name on two lines, either way round ("Editor" / "Anindyaswari
    Hidayah", "Aspiannor Baderun" / "Editor"): a credit, though the same editor recurs on
    every page of the site."""
    def label(k: int) -> bool:
        return 0 <= k < end and _bare_label(clean[k])

    def name(k: int) -> bool:
        return 0 <= k < end and _person_line(clean[k])

    return (label(i) and (name(i + 1) or name(i - 1))) or (name(i) and (label(i - 1) or label(i + 1)))


def _names_site(line: str, site_keys: frozenset[str]) -> bool:
    words = line.split()
    return any(meta.site_key(" ".join(words[:k])) in site_keys for k in range(1, len(words) + 1))


def _beside_date(clean: list[str], i: int, end: int) -> bool:
    """The date line follows line i, or precedes it, or follows the next line when that is a
    second writer's name."""
    return _date_follows(clean, i + 1, end) or (i > 0 and _date_line(clean[i - 1])) \
        or (i + 1 < end and _person_line(clean[i + 1]) and _date_follows(clean, i + 2, end))


def _date_follows(clean: list[str], i: int, end: int) -> bool:
    """The date line comes next, perhaps after a relative time ('2 jam lalu') or the
    writer's job ('Dosen Ilmu Komunikasi Universitas Negeri Jakarta'); a page that prints
    only the relative time has no date line after it."""
    # (or the writer's role alone, under the name: "Naura Vania" / "Kontributor" / the date)
    # (or a dash alone between them, as a WordPress theme copies: "Nama" / "-" / the date)
    for _ in range(2):
        if i < end and re.fullmatch(r"[-–—|•·]", clean[i].strip()):
            i += 1
            continue
        if not (i < end and (_RELATIVE_TIME.match(clean[i]) or _job_line(clean[i])
                             or meta.byline_role(clean[i].lower().rstrip(" :,")) == "author")):
            break
        if _RELATIVE_TIME.match(clean[i]) and not (i + 1 < end and _date_line(clean[i + 1])) \
                and not (i + 1 < end and _job_line(clean[i + 1])):
            return True
        i += 1
    return i < end and _date_line(clean[i])


@lru_cache(maxsize=None)
def _note_labels() -> frozenset[str]:
    """Labels of a note about the writers printed with the byline; the note is the next line."""
    return resources.phrases("note_labels.txt")


@lru_cache(maxsize=None)
def _byline_labels() -> frozenset[str]:
    return frozenset(line.rsplit(None, 1)[0].lower().rstrip("*") for line in resources.lines("byline_roles.txt"))


def _under_byline_label(clean: list[str], labels: list, i: int) -> bool:
    """Is line i one of the names listed under a byline label ("Penulis" / A / B)?"""
    k = i - 1
    while k >= 0 and labels[k] and labels[k].label == "byline" and _person_line(clean[k]) \
            and clean[k].lower().rstrip(" :,") not in _byline_labels():
        k -= 1
    return k >= 0 and labels[k] is not None and labels[k].label == "byline" \
        and clean[k].lower().rstrip(" :,") in _byline_labels()


def _bio_line(line: str) -> bool:
    """'Pegawai swasta, pengguna angkot sejak SD. Menulis soal kota ...', 'Guru SD di Kepulauan
    Sangkarrang.': a short line about the writer, opening with what the writer is."""
    first = re.split(r"[\s,.]+", line.strip(), maxsplit=1)[0].lower()
    return len(line.split()) <= 25 and first in resources.words("writer_roles.txt") and not line.endswith(":")


def _job_line(line: str) -> bool:
    """'Dosen Ilmu Komunikasi Universitas Negeri Jakarta': a columnist's job under the name."""
    first = line.split()[0].lower() if line.split() else ""
    return len(line.split()) <= 12 and not _TERMINAL.search(line) and first in resources.words("writer_roles.txt")


def _site_line(text: str) -> bool:
    return len(text.split()) <= 4 and (meta.looks_like_site_name(text) or meta.known_outlet(text) is not None)


def label_lines(text: str, title_hint: str | None = None, furniture: frozenset[str] = frozenset()) -> Labelled:
    raw_lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in raw_lines if line]
    boilerplate = resources.whole_line_pattern("boilerplate.txt")
    footer = resources.whole_line_pattern("footer_markers.txt")
    sections = resources.phrases("sections.txt")

    labels: list[Line | None] = [None] * len(lines)
    clean = [_strip_tags(line) for line in lines]
    repeated = [fold(line) in furniture for line in lines]
    site_keys = _site_keys(clean)

    def mark(i: int, label: str, reason: str) -> None:
        labels[i] = Line(lines[i], label, reason)

    # 1. Where the body starts: the first paragraph opening with a dateline, else the
    #    first line of prose that is not a caption.
    body_start = None
    for i, line in enumerate(clean):
        if _captioned(line) or boilerplate.match(line) or repeated[i]:
            continue
        dl = meta.split_dateline(line, site_keys)
        if dl and dl.rest.rstrip().endswith("?") and (not dl.city or any(
                _date_line(nxt) or (not is_prose(nxt) and meta.parse_byline(nxt)) for nxt in clean[i + 1 : i + 4])):
            # "Lindenfunk: Apa masalah ...?": the site asking in an interview; "Danau Toba: Mengapa
            # ...?" above the byline and the date: a headline naming its place, not a dateline
            continue
        if dl and (is_prose(dl.rest) or (not dl.rest and i + 1 < len(clean) and is_prose(clean[i + 1]))):
            body_start = i
            break
    first_prose = next(
        (i for i, line in enumerate(clean)
         if is_prose(line) and not _captioned(line) and not boilerplate.match(line) and not _date_line(line)
         and not repeated[i] and not _under_credit(clean, i)),
        None,
    )
    if body_start is None or (first_prose is not None and first_prose < body_start - 3):
        body_start = first_prose if body_start is None else body_start
        # A sentence-case headline (no final stop) reads as prose; when date lines or
        # bylines follow it, it was the header and the body starts after them. So was a
        # teaser sentence (the deck) printed between the headline and the byline.
        if body_start is not None:
            headline = not _TERMINAL.search(clean[body_start]) or bool(_QUOTED_HEADLINE.fullmatch(clean[body_start]))
            for k in range(body_start + 1, min(body_start + (6 if headline else 7), len(clean))):
                if _date_line(clean[k]) or (not is_prose(clean[k]) and meta.parse_byline(clean[k])):
                    body_start = k + 1
                elif not headline and is_prose(clean[k]):
                    break

    # A writer box between the date and the body ("Penulis" / name / job / "Pernyataan
    # Penulis" / the disclosure) is still the header.
    while body_start is not None and body_start + 1 < len(clean):
        low = clean[body_start].lower().rstrip(" :,")
        # (a name right under the label, or under the job of the writer before it)
        after_label = body_start > 0 and (clean[body_start - 1].lower().rstrip(" :,") in _byline_labels()
                                          or _job_line(clean[body_start - 1]))
        if low in _byline_labels() or (after_label and _person_line(clean[body_start])) \
                or (_job_line(clean[body_start]) and body_start > 1 and _person_line(clean[body_start - 1])):
            body_start += 1
        elif low in _note_labels():
            body_start += 2
        elif body_start > 0 and clean[body_start - 1].lower().rstrip(" :,") in _note_labels():
            body_start += 1  # the note under its label
        else:
            break

    # 2. The header: section, site name, title, deck, date, byline, caption.
    title_index = None
    end_header = body_start if body_start is not None else len(lines)
    # (a label of one or two words printed alone above the body: the menu and the sections)
    menu = frozenset(line.lower() for line in clean[:end_header] if 1 <= len(line.split()) <= 2)
    for i in range(end_header):
        line = clean[i]
        if labels[i] is not None:
            continue  # labelled with the line above it (a writer's bio under the name)
        if not line:
            mark(i, "other", "only markup")
        elif not title_hint and not boilerplate.match(line) and _names_only(line) and i + 1 < end_header \
                and _bare_label(clean[i + 1]) \
                and not any(_bare_label(clean[j]) for j in range(max(0, i - 3), i)):
            # Names above their roles: "Herliansyah Aspar" / "Reporter" / "Aspiannor Baderun" / "Editor"
            k = i
            while k + 1 < end_header and _names_only(clean[k]) and _bare_label(clean[k + 1]):
                role = meta.byline_role(clean[k + 1].lower().rstrip(" :,")) or "author"
                mark(k, "byline", f"a name above its role label ({role})")
                mark(k + 1, "byline", "the role of the name above")
                k += 2
        elif line.lower() in sections or _breadcrumb(line, sections):
            mark(i, "section", "a section label or breadcrumb")
        elif _menu(lines[i], sections):
            mark(i, "other", "a navigation menu")
        elif boilerplate.match(line):
            mark(i, "boilerplate", "matches a boilerplate pattern")
        elif _site_line(line):
            mark(i, "site", "the outlet's name")
        elif _UPDATED.match(line) and _date_line(line):
            mark(i, "updated", "an update time")
        elif _date_line(line):
            mark(i, "date", "a date line")
        elif _CLOCK_ONLY.match(line) and i > 0 and labels[i - 1] and labels[i - 1].label == "date":
            mark(i, "date", "the clock time of the date line above")
        elif meta.parse_byline(line):
            mark(i, "byline", "a byline")
        elif line.lower().rstrip(" :,") in _note_labels():
            mark(i, "other", "a label of a note about the writer ('Pernyataan Penulis')")
            if i + 1 < end_header and labels[i + 1] is None:
                mark(i + 1, "other", "a note about the writer: a disclosure, a role")
        elif repeated[i] and not (not title_hint and _person_line(line) and _beside_date(clean, i, end_header)
                                  and not _names_site(line, site_keys)) and not _credit_pair(clean, i, end_header):
            # (a writer's name recurs on the pages the writer wrote; the site's name, "Derap
            # Indonesia" beside "derap.id", on all its pages)
            mark(i, "furniture", "recurs on other pages of the site")
        elif not title_hint and _GALLERY_TITLE.match(line) and i + 1 < end_header and (
                meta.parse_byline(clean[i + 1]) or _bare_byline(clean[i + 1], site_keys) is not None
                or _date_follows(clean, i + 1, end_header)):
            mark(i, "title?", "a gallery's headline ('Foto: ...') above the byline or date")
        elif _captioned(line):
            mark(i, "caption", "a photo caption or credit")
        elif _above_credit(clean, i):
            mark(i, "caption", "a photo caption: its credit follows on the next line")
        elif _under_credit(clean, i):
            mark(i, "caption", "a photo caption under its credit, above the first paragraph")
        elif title_hint and _same(line, title_hint):
            if title_index is None:
                title_index = i
                mark(i, "title", "the given title")
            else:
                mark(i, "repeat", "repeats the title")
        elif line.lower().rstrip(" :,") in _byline_labels():
            mark(i, "byline", "a byline label; the name is on the next line")
        elif _job_line(line) and i > 0 and labels[i - 1] and labels[i - 1].label == "byline":
            mark(i, "other", "the writer's job, under the name")
        elif _person_line(line) and i > 0 and ((clean[i - 1].lower().rstrip(" :,") in _byline_labels()
                                                # (not a menu's "Foto" above its next item, "Tanah Papua")
                                                and not (labels[i - 1] and labels[i - 1].label == "boilerplate")) or (
                _job_line(clean[i - 1]) and labels[i - 2 if i > 1 else 0] and labels[i - 2].label == "byline")
                or _under_byline_label(clean, labels, i)):
            mark(i, "byline", "a name under a byline label ('Penulis', 'Oleh' / A / B)")
        elif not title_hint and _person_line(line) and i + 1 < end_header and _bio_line(clean[i + 1]):
            mark(i, "byline", "a writer's name above a line about the writer")
            mark(i + 1, "other", "a line about the writer")
        elif not title_hint and _person_line(_without_desk_code(line)) and _beside_date(clean, i, end_header):
            mark(i, "byline", "a name standing alone beside the date line")
        elif _bare_byline(line, site_keys, menu) is not None and _date_near(clean, i, end_header):
            mark(i, "byline", "a name beside the site's name or an address, near the date line")
        elif _RELATIVE_TIME.match(line):
            mark(i, "other", "a relative time ('2 jam lalu')")
        elif not title_hint and len(re.findall(r"[^\W\d_]{2,}", line)) >= 3 and (
                not is_prose(line) or (not line.rstrip("'’\"” ").endswith(".") and len(line.split()) <= 20
                                       and not re.search(r"\.\s+[A-Z]", line))):  # (a deck of two sentences)
            mark(i, "title?", "a headline-shaped line")
        elif is_prose(line) or (len(line.split()) >= 8 and _TERMINAL.search(line)):
            mark(i, "deck", "a teaser sentence before the body")
        else:
            mark(i, "other", "a short line before the body")
    # The title is the most headline-like candidate: a full sentence-length headline, not a
    # score ticker ("FT | Persib 2-1 Persija") or a player banner; the rest are repeats or furniture.
    candidates = [i for i in range(end_header) if labels[i] and labels[i].label == "title?"]
    # A sentence-case line right under a title-case headline is its deck, stop or no stop.
    for i in candidates:
        if i - 1 in candidates and _capital_share(clean[i - 1]) >= 0.7 and _capital_share(clean[i]) <= 0.3 \
                and len(clean[i - 1].split()) >= 5 and not re.search(r"\S\s{2,}\S", lines[i - 1].strip()):
            mark(i, "deck", "a teaser in sentence case under the title-case headline")
    candidates = [i for i in candidates if labels[i].label == "title?"]

    def above_meta(i: int) -> bool:
        """The headline sits right above the date line or byline (a deck may come between);
        a masthead tagline or menu sits above the section label or the headline."""
        for k in range(i + 1, end_header):
            if labels[k] and labels[k].label == "deck":
                continue
            return bool(labels[k]) and labels[k].label in ("date", "updated", "byline")
        return False

    if not candidates and title_index is None and not title_hint:
        # No headline-shaped line: a long "name" above the date line was the headline
        # ("Banyu Bengawan Solo Mundhak, Atusan Warga Bojonegoro Ngungsi").
        named = [i for i in range(end_header) if labels[i] and labels[i].reason.startswith("a name standing alone")
                 and len(clean[i].split()) >= 6]
        candidates = named[:1]
    # A breadcrumb trail ("Beranda / Berita / Nasional") sits right above the headline: a
    # line above it is the masthead's tagline ("Portal Berita Polda Papua Barat Daya").
    trails = [i for i in range(end_header) if labels[i] and labels[i].label == "section"
              and re.search(r"\S\s+[/>»›]\s+\S", clean[i])]

    def under_trail(i: int) -> bool:
        return bool(trails) and i > trails[0]

    if candidates and title_index is None:
        title_index = max(candidates, key=lambda i: (_headline_score(clean[i]) + above_meta(i) + under_trail(i), -i))
        mark(title_index, "title", "the most headline-like line before the body")
    for i in candidates:
        if i != title_index:
            same = title_index is not None and _same(clean[i], clean[title_index])
            mark(i, "repeat" if same else "other", "repeats the title" if same else "a short line before the body")
    if title_index is None and title_hint is None and body_start is not None:
        # No headline before the body: take a short first line of the body as title.
        first = clean[body_start]
        if not is_prose(first) and len(first.split()) <= 20 and not _captioned(first):
            title_index = body_start
            mark(body_start, "title", "a headline-shaped first line")
            body_start += 1

    # A subheading right above the first paragraph, under the caption or byline ("Klaim
    # yang beredar"), opens the body.
    if body_start and body_start >= 2 and labels[body_start - 1] and labels[body_start - 1].label == "other" \
            and labels[body_start - 2] and labels[body_start - 2].label in ("caption", "byline", "date", "updated") \
            and re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Za-z]+){1,5}\??", clean[body_start - 1]) \
            and not _CREDIT.match(clean[body_start - 1]) and not _captioned(clean[body_start - 1]) \
            and clean[body_start - 1].split()[0].lower() not in ("ilustrasi", "dok", "foto", "dibaca") \
            and is_prose(clean[body_start]) \
            and not _RELATIVE_TIME.match(clean[body_start - 1]) and not repeated[body_start - 1] \
            and clean[body_start - 1].lower() not in sections:
        body_start -= 1
        mark(body_start, "body", "a subheading that opens the body, under the caption or byline")
    # A question-and-answer page opens with its label ("Tanya:", "Pertanyaan:") when an answer
    # label follows in the body.
    elif body_start and _QA_LABEL.fullmatch(clean[body_start - 1]) and any(
            _QA_LABEL.fullmatch(line) and line != clean[body_start - 1] for line in clean[body_start:body_start + 30]):
        body_start -= 1
        mark(body_start, "body", "the question label of a question-and-answer page")

    # 3. The body: prose, and short subheadings between prose; everything else is furniture.
    title_text = clean[title_index] if title_index is not None else title_hint
    ctx = _Body(clean, labels, boilerplate, footer, repeated)
    boxes = resources.whole_line_pattern("box_openers.txt")
    in_footer, refs_at = False, None
    # A box of summary points or a sign-up form that the header opened ("Poin penting").
    in_box = bool(body_start) and bool(boxes.match(clean[body_start - 1]))
    box_bullets = False
    last_body = None
    skip_next_headline = False
    list_headline = None  # the last headline of a 'Baca juga' list
    for i in range(body_start if body_start is not None else len(lines), len(lines)):
        if labels[i] is not None:
            continue
        line = clean[i]
        if in_footer:
            # A health site closes with its references and then its byline ("Referensi: ...
            # Editor: Hilda Safira"): a labelled byline a few lines under the references counts.
            # So does one right under a tag line ("Tag: ..." / "Penyunting: Margareta Funan").
            near = 8 if refs_at is not None and _REFERENCES.fullmatch(clean[refs_at]) else 3
            if refs_at is not None and i - refs_at <= near \
                    and _credit_line(line):
                mark(i, "byline", "a byline under the article's references or tags")
                continue
            mark(i, "footer", "after the end of the article")
            continue
        # A box of points goes on while its items do (a bullet, or a short line before any
        # bullet); the first plain line after its bullets is the story again.
        bullet = bool(_BULLET.match(line))
        # A sentence that introduces a list ("..., antara lain:") is the story again.
        if in_box and (bullet or (len(line.split()) < 15 and not box_bullets)) and not footer.match(line) \
                and not _captioned(line) and not _above_credit(clean, i) and not meta.parse_byline(line) \
                and not (line.endswith(":") and is_prose(line)):
            mark(i, "boilerplate", "inside a box of furniture (a sign-up form, summary points)")
            box_bullets = box_bullets or bullet
            in_box = not re.match(r"(?:lihat semua|selengkapnya)\b", line, re.I)  # the box's last link
            continue
        in_box = box_bullets = False
        if not line:
            mark(i, "other", "only markup")
        elif skip_next_headline and (not is_prose(line) or _linked_headline(line)) \
                and not _credit_line(line):
            mark(i, "readmore", "the headline of a 'Baca juga' link")
            skip_next_headline, list_headline = False, line
            continue
        elif list_headline and _another_headline(line, list_headline, clean[i + 1] if i + 1 < len(clean) else ""):
            mark(i, "readmore", "another headline of the 'Baca juga' list")
            continue
        elif footer.match(line):
            in_footer, refs_at = True, i
            mark(i, "footer", "starts the footer (tags, related articles, copyright)")
        elif _READMORE_BARE.match(line):
            mark(i, "readmore", "a 'Baca juga' link")
            skip_next_headline = True
            continue
        elif i > 0 and re.fullmatch(r"\d{1,2}", clean[i - 1]) and not line.endswith(".") \
                and not _credit_line(line):
            # (not "Editor: X" under a page-link block "Halaman: 1 2")
            mark(i, "readmore", "a headline in a numbered list of links (most read)")
            continue
        elif boilerplate.match(line):
            mark(i, "boilerplate", "matches a boilerplate pattern")
            in_box = bool(boxes.match(line)) and not _box_pitched(clean, labels, i)
        elif _EMBED_SIGNATURE.match(line):
            mark(i, "embed", "the signature of an embedded post")
            # (a post the body introduces, "... mengunggah pesan untuk suporter:", is quoted
            # in the body; only the signature goes)
            introduced = i >= 2 and labels[i - 2] is not None and labels[i - 2].label == "body" \
                and clean[i - 2].rstrip().endswith(":")
            if last_body == i - 1 and not introduced:
                mark(i - 1, "embed", "the text of an embedded post: its signature follows")
                last_body = _prev_body_index(labels, i - 1)
        elif _INITIALS.match(line):
            mark(i, "initials", "the editors' initials that close an article")
        elif _CONTRIBUTED.match(line) and _person_line(_CONTRIBUTED.match(line).group("names")):
            mark(i, "byline", "a note on who contributed to the article")
        elif _CLOSING_CREDIT.match(line) or _credit_names(line, site_keys):
            mark(i, "byline", "a closing credit (Outlet/Name or Name/Outlet)")
        elif _POSTED_AT.match(line):
            mark(i, "date", "the time the page was posted")
        elif ctx.inline.match(line):
            mark(i, "boilerplate", "furniture inside the body (an ad slot, a link, an embedded video)")
        elif _SOURCE_NOTE.match(line):
            mark(i, "source", "a source note")
        elif (_captioned(line) or _CREDIT.match(line)) and not (is_prose(line) and len(line.split()) > 30) \
                and not (_SIGNED_OFF.search(line) and is_prose(line)):
            mark(i, "caption", "a photo caption or credit")
        elif title_text and _same(line, title_text):
            mark(i, "repeat", "repeats the title")
        elif (not is_prose(line) or _named_byline(line)) and meta.parse_byline(line):
            mark(i, "byline", "a byline")
        elif _UPDATED.match(line) and _date_line(line):
            mark(i, "updated", "an update time")
        elif _heading_shaped(line) and i + 1 < len(clean) and _SOURCE_NOTE.match(clean[i + 1]):
            mark(i, "caption", "the title of a chart or table: its source follows")
        elif _BULLET.match(line) and ctx.list_item(i):
            mark(i, "body", "an item of a list the body introduces")
            last_body = i
        elif _date_line(line) and not is_prose(line):
            mark(i, "date", "a date line")
        elif _printed_twice(clean, i):
            mark(i, "caption" if clean[i] != clean[i - 1] else "repeat",
                 "a photo caption: pages print it twice, paragraphs never")
        elif i == body_start and (dl := meta.split_dateline(line, site_keys)) and not dl.rest:
            mark(i, "dateline", "a dateline on its own line")
            if i + 1 < len(lines):
                body_start = i + 1
        elif last_body is not None and line.lower().rstrip(" :,") in _byline_labels() \
                and i + 1 < len(clean) and _person_line(clean[i + 1]):
            # (before the furniture test: a writer's name recurs on the pages the writer wrote)
            mark(i, "byline", "a byline label after the body; the name is on the next line")
        elif last_body is not None and (m := _NAMES_FROM.match(line)) and _person_line(m.group("names")) \
                and meta.known_place(m.group("place")):
            mark(i, "byline", "the writers' names and their town after the body")
        elif last_body is not None and i > 0 and _person_line(line) and _under_byline_label(clean, labels, i):
            mark(i, "byline", "a name under a byline label ('Penulis', 'Editor')")
        elif last_body == i - 1 and i + 1 < len(clean) and re.search(r"[.!?][\"”’)]?$", clean[i - 1]) \
                and _person_line(line) and not line.isupper() and meta.split_names(line) \
                and boilerplate.match(clean[i + 1]) and not _READMORE_BARE.match(clean[i + 1]) \
                and not re.fullmatch(r"\d+\s*/\s*\d+", clean[i + 1]):
            # (a magazine signs its report under the last paragraph: "Sidharta Wahyono, Yulistiana
            # Estiningsih", then "Artikel ini terbit di edisi cetak ..."; not a gallery's title
            # over its "1 / 4", nor a name before a "Baca juga" link)
            mark(i, "byline", "the writers' names between the body and the page's closing note")
        elif last_body is None and _names_above_date(clean, i):
            mark(i, "byline", "a writer's name above the date line, before the first paragraph")
        elif repeated[i]:
            mark(i, "furniture", "recurs on other pages of the site")
            in_box = bool(boxes.match(line))
        elif _above_credit(clean, i) and not (last_body == i - 1 and repeated[i + 1] and is_prose(line)
                                              and re.match(r"(?:fotografer|juru kamera)\s*:", clean[i + 1], re.I)):
            # (the site's photographer credited under every article, "Fotografer: Naftali Awom",
            # is no caption of the paragraph above it)
            mark(i, "caption", "a photo caption: its credit follows on the next line")
        elif is_prose(line):
            mark(i, "body", "prose")
            last_body = i
        elif last_body is not None and not is_prose(line) and _is_writer_note(line) and _writer_note_name(line):
            mark(i, "byline", "the writer's note after the body")
            if _signature(clean[last_body]):
                mark(last_body, "byline", "the place and date the writer signed with")
                last_body = _prev_body_index(labels, last_body)
        elif _arabic(line) and (ctx.prev_body(i) is not None or ctx.leads_into_body(i)):
            mark(i, "body", "a verse or prayer in Arabic script inside the body")
            last_body = i
        elif ctx.list_item(i):
            mark(i, "body", "an item of a list the body introduces")
            last_body = i
        elif ctx.intro(i):
            mark(i, "body", "a line that introduces what follows (ends in ':')")
        elif ctx.subheading(i):
            mark(i, "body", "a subheading between paragraphs")
        elif last_body is not None and ctx.short_sentence(i):
            mark(i, "body", "a short sentence inside the body")
            last_body = i
        else:
            mark(i, "other", "a short line that is not prose")
        skip_next_headline = False
        list_headline = None

    # An opinion column closes with its writer's note ("Name.Job title, institution.",
    # "*) Penulis adalah ...") and, above it, a place-and-date signature line.
    last_body = _writer_note(labels, clean, lines, last_body)
    # A citizen journalist's page closes with the name (with degrees) and a line about them.
    if last_body is not None and last_body >= 1 and _bio_line(clean[last_body]) \
            and _person_line(clean[last_body - 1]) and labels[last_body - 1] \
            and labels[last_body - 1].label in ("body", "other"):
        mark(last_body - 1, "byline", "the writer's name under the article")
        mark(last_body, "other", "a line about the writer")
        last_body = _prev_body_index(labels, last_body - 1)

    # A sermon or prayer page opens with Arabic lines and a greeting ("Jamaah shalat Jumat
    # yang dirahmati Allah,") before its first prose line, under a heading ("Khutbah I").
    if body_start:
        k = body_start - 1
        while k >= 0 and labels[k] and labels[k].label == "other" and (
                _arabic(clean[k]) or (clean[k].endswith(",") and len(clean[k].split()) >= 3)):
            k -= 1
        if k < body_start - 1 and k >= 0 and labels[k] and labels[k].label == "other" \
                and _heading_shaped(clean[k]) and len(clean[k].split()) <= 4:
            k -= 1
        for j in range(k + 1, body_start):
            mark(j, "body", "the opening of a sermon or prayer, before its first prose line")

    # A teaser cut short ("... termasuk...") that a later paragraph gives in full.
    body = [i for i, label in enumerate(labels) if label and label.label == "body"]
    for i in body:
        cut = clean[i].rstrip(".… ")
        if clean[i].endswith(("...", "…")) and len(cut.split()) >= 5 and any(
                j != i and clean[j].startswith(cut) and len(clean[j]) > len(cut) + 3 for j in body):
            mark(i, "other", "a teaser cut short; the paragraph follows in full")
    # A pull quote: a line in quotation marks that repeats words a paragraph quotes.
    for i in body:
        quoted = re.fullmatch(r"[\"“”](.+?)[.,!?…]?[\"“”]", clean[i])
        if quoted and len(quoted.group(1).split()) >= 5 and any(
                j != i and quoted.group(1) in clean[j] and len(clean[j]) > len(clean[i]) for j in body):
            mark(i, "other", "a pull quote: a paragraph quotes these words")

    # A teaser that the first paragraph repeats is the deck, not a paragraph.
    body = [i for i, label in enumerate(labels) if label and label.label == "body"]
    if len(body) >= 2 and body[0] < (body_start or 0) + 3:
        first, second = clean[body[0]], clean[body[1]]
        if _overlap(first, second) >= 0.8 and len(first) < len(second):
            mark(body[0], "deck", "a teaser that the first paragraph repeats")

    # Short lines after the last prose line are trailers (campaign banners, credits).
    if last_body is not None:
        for i in range(last_body + 1, len(lines)):
            if labels[i] and labels[i].label == "body":
                labels[i] = Line(lines[i], "other", "after the last paragraph")
    result = [label or Line(lines[i], "other", "unclassified") for i, label in enumerate(labels)]
    return Labelled(result, body_start, site_keys, _masthead(clean), menu)


_BULLET = re.compile(r"^(?:[-•*–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-z][.)])\s+\S")
_KEY_VALUE = re.compile(r"^[A-Z][\w /()&-]{1,30}:\s+\S.{0,200}$")
_NUMBER = re.compile(r"^\(?(\d{1,2})[.)]\s")
_SENTENCE_END = re.compile(r"[.!?…]$")
# Furniture a run of paragraphs reads through: a subheading or list item after it still
# belongs to the body above it.
_SEE_THROUGH = ("readmore", "caption", "furniture", "repeat", "date")
_VIDEO_PROMPT = re.compile(r"^(?:simak|saksikan|tonton|lihat)\s+video\b[^:\"“]{0,40}:$", re.I)


class _Body:
    """Decisions about a short line inside the body, from the lines around it: the nearest
    content line above (ads, scroll prompts, captions and 'Baca juga' links skipped) and the
    next content line below."""

    def __init__(self, clean: list[str], labels: list[Line | None], boilerplate: re.Pattern[str],
                 footer: re.Pattern[str], repeated: list[bool]):
        self.clean, self.labels, self.boilerplate, self.footer = clean, labels, boilerplate, footer
        self.repeated = repeated
        self.inline = resources.whole_line_pattern("inline_markers.txt")
        self.intros = resources.whole_line_pattern("list_intros.txt")
        self.boxes = resources.whole_line_pattern("box_openers.txt")  # a sign-up box's button

    def prev(self, i: int) -> int | None:
        """The nearest line above that is content (a paragraph, a header line), not furniture."""
        for k in range(i - 1, -1, -1):
            label = self.labels[k]
            if label is None:
                return None
            # (a chart's source line under its title: "Rata-rata Harga ..." / "Sumber: Bapanas")
            chart_source = label.label == "source" and k > 0 and self.labels[k - 1] is not None \
                and self.labels[k - 1].label == "caption"
            # (and a prompt to a video the copy left out: "Simak Video Pilihan Berikut Ini:")
            if label.label in _SEE_THROUGH or chart_source or not self.clean[k] or (
                    label.label == "boilerplate" and (self.inline.match(self.clean[k]) or self.boxes.match(self.clean[k])
                                                      or label.reason.startswith("inside a box")
                                                      or _VIDEO_PROMPT.match(self.clean[k]))):
                continue
            return k
        return None

    def prev_body(self, i: int) -> int | None:
        k = self.prev(i)
        return k if k is not None and self.labels[k].label == "body" else None

    def next(self, i: int) -> int | None:
        """The nearest line below that is not furniture (not yet labelled: judged by pattern)."""
        k = i + 1
        while k < len(self.clean):
            line = self.clean[k]
            if not line or self.inline.match(line) or self.repeated[k] or (_captioned(line) and not is_prose(line)):
                k += 1
            elif _READMORE_BARE.match(line):
                k += 2
            else:
                return k
        return None

    def leads_into_body(self, i: int, depth: int = 1) -> bool:
        """The lines after line i go on with the article: a paragraph, a list's introduction,
        or (once) another short heading that does."""
        k = self.next(i)
        if k is None:
            return False
        line = self.clean[k]
        if self.footer.match(line) or self.boilerplate.match(line):
            return False
        if is_prose(line) or (line.endswith(":") and len(line.split()) <= 25) or _BULLET.match(line) \
                or (_KEY_VALUE.match(line) and (n := self.next(k)) is not None and _KEY_VALUE.match(self.clean[n])):
            return True  # a paragraph, a list's introduction, or a list ('Layar: 6,7 inci', 'Memori: 8 GB')
        return depth > 0 and _heading_shaped(line) and self.leads_into_body(k, depth - 1)

    def is_intro(self, k: int) -> bool:
        return self.clean[k].endswith(":") or bool(self.intros.match(self.clean[k]))

    def list_item(self, i: int) -> bool:
        """'- Emas 1 gram: Rp 2.387.000', 'Skor: 3,35', or an unmarked short line, after a
        paragraph that introduces a list ('...:', 'Berikut ...') or after another item of it."""
        line = self.clean[i]
        if len(line.split()) > 40 and not _BULLET.match(line):
            return False
        j = self.prev_body(i)
        if j is None:
            return False
        if self.is_intro(j) or _numbered_after(line, self.clean[j]):
            return True
        # "Layar: 6,7 inci AMOLED" under the heading "Spesifikasi singkat", or after another such line
        if _KEY_VALUE.match(line) and (_KEY_VALUE.match(self.clean[j]) or self.labels[j].reason.startswith("a subheading")):
            return True
        if bool(_BULLET.match(line)) != bool(_BULLET.match(self.clean[j])):
            return False
        k = j
        for _ in range(60):  # back over the items above to the list's introduction
            if self.is_intro(k):
                return True
            if not self._item_like(k):
                return False
            k = self.prev_body(k)
            if k is None:
                return False
        return False

    def _item_like(self, k: int) -> bool:
        line = self.clean[k]
        return self.labels[k].reason.startswith("an item of a list") or bool(_BULLET.match(line)) or (
            not _SENTENCE_END.search(line) and len(line.split()) <= 40)

    def intro(self, i: int) -> bool:
        """'Berikut daftar saksi yang diperiksa:', 'Hari biasa:', 'Pasal 28:': a short line
        ending in a colon inside the body, with more of the article after it."""
        line = self.clean[i]
        k = self.next(i)
        if not (line.endswith(":") and len(line.split()) <= 25 and k is not None and self.prev_body(i) is not None):
            return False
        after = self.clean[k]
        if self.footer.match(after) or self.boilerplate.match(after):
            return False
        # One word ("Kesimpulan:") labels the paragraph after it; "Sumber:" above "ANTARA"
        # or "Editor:" above a name is furniture.
        return len(line.split()) > 1 or is_prose(after)

    def subheading(self, i: int) -> bool:
        return _heading_shaped(self.clean[i]) and self.prev_body(i) is not None and self.leads_into_body(i)

    def short_sentence(self, i: int) -> bool:
        """'Saya tidak sendirian.', '"Dan swasta," jelasnya.': a short full sentence after a
        paragraph."""
        line = self.clean[i]
        n = len(line.split())
        if line.endswith(",") and n >= 3 and self.leads_into_body(i, 0):
            return True  # "Jamaah shalat Jumat yang dirahmati Allah," opens the next paragraph
        if not line.endswith((".", "!", "?", '"', "”")):
            return False
        # "Kitalah yang lupa.": a sentence of two or three words, written like one, after a paragraph
        sentence_cased = line[:1].isupper() and all(w[:1].islower() for w in line.split()[1:])
        return n >= 4 or (n >= 2 and self.prev_body(i) is not None and (
            any(q in line for q in '"“”') or self.leads_into_body(i, 0) or (sentence_cased and line.endswith("."))))


def _arabic(line: str) -> bool:
    """Mostly Arabic script: a verse or a prayer quoted in the body."""
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 5 and sum("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" for ch in letters) \
        >= 0.6 * len(letters)


def _printed_twice(clean: list[str], i: int) -> bool:
    """A line the page prints twice in a row: a caption (under the photo and in its
    lightbox), never a paragraph."""
    return (i + 1 < len(clean) and clean[i + 1] == clean[i]) or (i > 0 and clean[i - 1] == clean[i])


_BULLET_MARK = re.compile(r"^[•◆▸►▶\-*]\s+")


def _linked_headline(line: str) -> bool:
    """A headline in a list of links reads like a question or sentence, but it is short and
    every content word is capitalised: '• Gerhana Bulan Total 2027, Bisakah Dilihat dari Indonesia?'."""
    return len(line.split()) <= 16 and not line.endswith(".") and headline_case(_BULLET_MARK.sub("", line))


def _another_headline(line: str, headline: str, below: str) -> bool:
    """The next headline of a 'Baca juga' list: not prose, six words or more (three in a
    bulleted list) and cased like the one above ('KPK Gelar OTT di Kalimantan Selatan, ...');
    a short or differently cased line after the list is the article's own subheading.
    A five-word line is a headline too unless the paragraph below repeats most of its words:
    a subheading announces its paragraph ('Gerakan Satu Rumah Satu Jumantik' / 'Dinkes Jatim
    meminta ... gerakan satu rumah satu juru pemantau jentik (jumantik)')."""
    # items marked alike ("• A", "• B") are one list, however short the headline
    shortest = 3 if _BULLET_MARK.match(line) and _BULLET_MARK.match(headline) else 5
    line, headline = _BULLET_MARK.sub("", line), _BULLET_MARK.sub("", headline)
    words, announced = _words(line), set(_words(below))
    if len(line.split()) == 5 and sum(w in announced for w in words) * 2 >= len(words):
        return False
    return (not is_prose(line) or _linked_headline(line)) and len(line.split()) >= shortest \
        and headline_case(line) == headline_case(headline) and not _TERMINAL.search(line.rstrip("?"))


def _heading_shaped(line: str) -> bool:
    """A subheading: one to twelve words, not ending like a sentence or a clause."""
    return 1 <= len(line.split()) <= 12 and not line.endswith((".", ","))


def _numbered_after(line: str, prev: str) -> bool:
    """'4. Surat tanda terima ...' right after '3. Surat keterangan ...'."""
    a, b = _NUMBER.match(line), _NUMBER.match(prev)
    return bool(a and b) and int(a.group(1)) == int(b.group(1)) + 1


def _named_byline(line: str) -> bool:
    """A byline that also reads as a sentence ('Oleh: Dr. Yohanes Sanam, S.Fil., M.Hum.'): short,
    and every name it gives is written as a name."""
    if len(line.split()) > 12:
        return False
    byline = meta.parse_byline(line)
    names = (byline.authors + byline.editors) if byline else []
    return bool(names) and all(w[:1].isupper() for n in names for w in n.split())


_NOTE_START = re.compile(r"^\*\)")
# "Febiola Manurung berkontribusi dalam penulisan artikel ini.", "X contributed to this report."
_CONTRIBUTED = re.compile(r"^(?P<names>[A-Z][\w.'’ ,&-]{2,80}?)\s+(?:(?:turut|ikut)\s+)?(?:berkontribusi|contributed)\s+"
                          r"(?:dalam|pada|untuk|to)\s+(?:(?:penulisan|peliputan|pembuatan|penyusunan)\s+)?"
                          r"(?:artikel|berita|laporan|tulisan|this report|this story|this article)\b.{0,20}$", re.I)
# A reader's contribution names its writer in a closing note: "Tulisan ini dikirim oleh
# Agustina Itlay, guru sekolah dasar di Tiom."
# "Liputan ini merupakan bagian dari serial ...", "Opini ini adalah pendapat pribadi penulis ...":
# a line about the piece itself, after it.
_ABOUT_PIECE = re.compile(r"^(?:liputan|tulisan|artikel|opini|esai|laporan|konten|kolom|siaran pers|rilis)\s+ini\s+"
                          r"(?:merupakan bagian|adalah bagian|didukung|diproduksi|didistribusikan|disebarkan"
                          r"|(?:adalah|merupakan) pendapat|(?:menjadi|sepenuhnya) tanggung jawab|tidak mewakili)", re.I)
_SENT_BY = re.compile(r"^(?:tulisan|artikel|opini|surat|cerita) ini (?:dikirim|ditulis) oleh\s+"
                      r"(?P<name>(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,4})", re.I)


def _writer_note(labels: list[Line | None], clean: list[str], lines: list[str], last_body: int | None) -> int | None:
    """Relabel the writer's note that closes an opinion column; return the new last body line."""
    if last_body is None:
        return None
    i, notes = last_body, 0
    while i is not None and notes < 3:
        if not (labels[i] and labels[i].label == "body" and _is_writer_note(clean[i])):
            break
        labels[i] = Line(lines[i], "byline", "the writer's note that closes an opinion column")
        notes += 1
        i = _prev_body_index(labels, i)
    if notes and i is not None and _signature(clean[i]):
        labels[i] = Line(lines[i], "byline", "the place and date the writer signed with")
        i = _prev_body_index(labels, i)
    return i if notes else last_body


def _prev_body_index(labels: list[Line | None], i: int) -> int | None:
    for k in range(i - 1, -1, -1):
        if labels[k] and labels[k].label == "body":
            return k
    return None


def _writer_note_name(line: str) -> list[str]:
    """The writer a closing note names: the name before the role, without degrees and forms
    of address ("Ustadz H. Zainul Muttaqin, Lc., M.Ag., Pengajar di ..." -> Zainul Muttaqin)."""
    sent = _SENT_BY.match(line)
    if sent:
        return [sent.group("name")]
    m = re.search(rf"(?:(?<=[.,])|(?<=[a-z]))\s*(?-i:{_note_roles()})\b", line)
    if not m or _NOTE_START.match(line):
        return []
    name = meta.strip_degrees(" ".join(w for w in line[: m.start()].replace(",", " , ").split()
                                        if not meta.is_degree(w)).replace(" , ", ", ").strip(" ,."))
    return [n for n in meta.split_names(name) if len(n.split()) >= 2][:1]


def _is_writer_note(line: str) -> bool:
    """'Sugiat Santoso.Anggota DPR RI Fraksi Partai Gerindra.', 'A.M. Hendropriyono,Sekretaris ...',
    'Ahmad Amiruddin, Ph.D. ASN Kementerian ESDM, ...', '*) Penulis adalah dosen ...': a name
    glued to a role word (no space after the stop or comma, or none at all), or a name with a
    degree followed by a role, or a line that starts with '*)'."""
    if _NOTE_START.match(line) or _SENT_BY.match(line) or _ABOUT_PIECE.match(line) or _is_bio(line) \
            or re.match(r"^the (?:writer|author) is\b", line, re.I) \
            or re.match(r"^\((?:penulis|the writer|the author) (?:adalah|is)\b.*\)$", line, re.I):
        return True
    roles = _note_roles()
    m = re.search(rf"(?:(?<=[.,])|(?<=[a-z]))(?-i:{roles})\b", line)
    glued = m is not None
    if not m:
        m = re.search(rf"[.,]\s+(?-i:{roles})\b", line)
    if not m or m.start() == 0:
        return False
    name = line[: m.start()].rstrip(" ,.")
    words = name.replace(",", " ").split()
    if not 1 <= len(words) <= 10:
        return False
    namey = all(w[:1].isupper() or w in ("atau", "bin", "binti", "van", "de") or meta.is_degree(w) for w in words)
    degree = any(meta.is_degree(w) for w in words)
    return namey and (glued or degree)


@lru_cache(maxsize=None)
def _is_bio(line: str) -> bool:
    """'Siti Marfuah dan Kurniasih Wulandari adalah jurnalis lepas di Semarang.': the writers,
    by name (or as '*Penulis'), and what they do."""
    if re.match(r"^\*\s*(?:para\s+)?penulis\s+(?:adalah|merupakan)\s", line, re.I) and len(line.split()) <= 60:
        return True  # "*Penulis adalah pengawas sekolah ...": the writer, whatever the trade
    m = _bio_pattern().match(line)
    return m is not None and len(m.group("names").split()) <= 10 and len(line.split()) <= 60


@lru_cache(maxsize=None)
def _bio_pattern() -> re.Pattern[str]:
    roles = "|".join(re.escape(w) for w in sorted(resources.lines("bio_roles.txt"), key=len, reverse=True))
    return re.compile(rf"^\*?(?P<names>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|dan|&))*)\s+(?:adalah|merupakan)\s+"
                      rf"(?:seorang\s+)?(?:{roles})\b")


@lru_cache(maxsize=None)
def _note_roles() -> str:
    words = sorted(resources.lines("writer_roles.txt"), key=len, reverse=True)
    return "|".join(re.escape(w[:1].upper() + w[1:]) + "|" + re.escape(w.upper()) for w in words)


def _signature(line: str) -> bool:
    """'Astana Gede Kawali, 19 Oktober 2025.': a place and a date, nothing else."""
    found = meta.find_datetime(line, None)
    if not found or len(line.split()) > 8:
        return False
    rest = (line[: found.start] + line[found.end:]).strip(" ,.")
    return bool(rest) and all(w[:1].isupper() for w in rest.replace(",", " ").split())


_REFERENCES = re.compile(r"(?:referensi|daftar pustaka|sumber referensi|references|rujukan)\s*:?", re.I)
_SOURCE_OUTLET = re.compile(r"^(?:Baca selengkapnya di|Selengkapnya di|Berita [Ll]ain dari|Konten ini disediakan oleh)\s+"
                            r"(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})")


def build_article(doc_id: str, source: str, labelled: Labelled, *, title: str | None = None,
                  outlet: str | None = None, published: str | None = None, url: str | None = None) -> Article:
    """Read the metadata off labelled lines. Explicit arguments (from JSON Lines) win."""
    lines = labelled.lines
    paragraphs: list[str] = []
    captions: list[str] = []
    removed: list[str] = []
    authors: list[str] = []
    editors: list[str] = []
    dateline = agency = section = deck = None
    section_zones: list[str] = []
    found_title = None
    outlet_candidates: list[str] = []
    date_lines: list[tuple[str, bool, bool]] = []
    updated_lines: list[str] = []
    label_role = None  # the role of a byline label alone on the line before ("Editor")

    for line in lines:
        text = _strip_tags(line.text)
        role_above, label_role = label_role, None
        if line.label == "body":
            if not paragraphs or (len(paragraphs) == 1 and dateline is None and len(paragraphs[0].split()) <= 6):
                # the first paragraph, or the first after a subheading that opens the body
                dl = meta.split_dateline(text, labelled.site_keys)
                # "BBTN - Buy 1220-1235 | TP 1300" is a stock pick, not "CITY - sentence".
                if dl and dl.rest and (is_prose(dl.rest) or _TERMINAL.search(dl.rest)):
                    dateline = dl.city
                    if dl.outlet:
                        outlet_candidates.append(dl.outlet)
                    if dl.agency:
                        agency = dl.agency
                    text = dl.rest
            paragraphs.append(text)
            continue
        if line.label == "caption":
            if text not in captions:
                captions.append(text)
            else:
                removed.append(line.text)
            continue
        if line.label == "title":
            found_title = clean_title(text)
            continue
        if line.label == "deck" and deck is None:
            deck = text
            continue
        removed.append(line.text)
        if line.label == "section" and section is None:
            crumbs = [p for p in _CRUMB.split(text) if p]
            section = crumbs[-1]
            # "Home › Kaltim › Kutai Barat" names a region; the section "Nusantara" does not
            section_zones = [z for z in map(meta.zone_of_place, (c for c in crumbs if c.lower() not in
                                                                 resources.phrases("sections.txt"))) if z]
        elif line.label == "site":
            outlet_candidates.insert(0, text)
        elif line.label == "dateline":
            dl = meta.split_dateline(text, labelled.site_keys)
            if dl:
                dateline = dl.city or dateline
                if dl.outlet:
                    outlet_candidates.append(dl.outlet)
                agency = dl.agency or agency
        elif line.label in ("date", "updated"):
            if line.label == "updated":
                updated_lines.append(text)
            elif _CLOCK_ONLY.match(text) and date_lines:
                # "Selasa, 3 November 2026" and "09:10 WITA" on the next line: one time
                date_lines[-1] = (f"{date_lines[-1][0]} {text}", *date_lines[-1][1:])
            else:
                date_lines.append((text, bool(paragraphs), found_title is None))
            found = meta.find_datetime(text, None)
            if found:
                rest = (text[: found.start] + " " + text[found.end :]).strip(" -–|•,")
                outlet_candidates.extend(p for p in re.split(r"\s*[|•\-–,]\s*", rest) if meta.known_outlet(p) or meta.looks_like_site_name(p))
            byline = meta.parse_byline(text)
            if byline:
                authors.extend(byline.authors)
                editors.extend(byline.editors)
            elif found and (after := re.match(r"\s*(?:by|oleh)\s+(?P<names>\S.*)$", text[found.end:], re.I)) \
                    and _person_line(after.group("names")):
                authors.extend(meta.split_names(after.group("names")))  # "Posted on November 13, 2026 by A"
            elif found and found.start > 0:
                before = re.sub(r"[\s,|•·–—-]+$", "", text[: found.start])
                # "A, B , Jurnalis-Zonawarta": the role fused with the site after the names
                fused = re.search(r"\s*,\s*([A-Za-z]+)[-–]\S+$", before)
                if fused and meta.byline_role(fused.group(1).lower()):
                    before = before[: fused.start()]
                # "oleh Ester Malelak dan Ruben Atapupu di 24 November 2026"
                before = re.sub(r"^(?:oleh|by)\s+|\s+(?:di|pada|on)$", "", before, flags=re.I)
                # "Rani Puspitasari dan Farhan Aziz — 20 November 2026" (not the site's own name)
                # (beside the date, a name may open with a common word: "Kharisma Kurniawati")
                if (_person_line(before) or _names_beside_date(before)) and meta.site_key(before) not in labelled.site_keys:
                    authors.extend(meta.split_names(before))
        elif line.label == "other" and (rel := _RELATIVE_TIME.match(text)) and rel.group("who") \
                and _person_line(rel.group("who")) and meta.site_key(rel.group("who")) not in labelled.site_keys:
            authors.extend(meta.split_names(rel.group("who")))  # "Yulius Winata | 3 hari yang lalu"
        elif line.label == "byline" and line.reason.startswith("a name above its role label"):
            role = line.reason.rsplit("(", 1)[1].rstrip(")")
            if role in ("author", "editor"):
                (editors if role == "editor" else authors).extend(meta.split_names(text))
        elif line.label == "byline" and line.reason == "the role of the name above":
            continue
        elif line.label == "byline" and line.reason == "the writers' names and their town after the body":
            authors.extend(meta.split_names(_NAMES_FROM.match(text).group("names")))
        elif line.label == "byline" and text.lower().rstrip(" :,") in _byline_labels():
            label_role = meta.byline_role(text.lower().rstrip(" :,"))  # "Penulis" alone: the name is on the next line
            continue
        elif line.label == "byline" and role_above == "editor" and _person_line(text):
            editors.extend(meta.split_names(text))  # the names under "Editor"
            label_role = role_above
        elif line.label == "byline" and role_above == "photo" and _person_line(text):
            label_role = role_above  # the names under "Fotografer" are photo credits
        elif line.label == "byline":
            m = _CLOSING_CREDIT.match(text)
            credited = _credit_names(text, labelled.site_keys)
            if credited:  # "(Suryawan/tedungbali)": the name, then the site
                names = credited
            elif m:
                names = meta.split_names(m.group("names"))
                if meta.known_outlet(m.group("outlet")):
                    outlet_candidates.append(m.group("outlet"))
            else:
                byline = meta.parse_byline(text)
                contributed = _CONTRIBUTED.match(text)
                names = byline.authors if byline else (
                    meta.split_names(text) if _person_line(_without_desk_code(text))
                    else meta.split_names(contributed.group("names")) if contributed
                    else _bare_byline(text, labelled.site_keys, labelled.menu) or _writer_note_name(text))
                if byline:
                    editors.extend(byline.editors)
                lab = re.match(r"^laporan \w+\s+(\S+)", text, re.I)
                if lab:
                    outlet_candidates.append(lab.group(1).rstrip(","))
                fused = re.search(r"[-–]\s*([A-Za-z]+(?:news|com))\b", text)
                if fused and meta.known_outlet(fused.group(1)):
                    outlet_candidates.append(fused.group(1))
                if meta.find_datetime(text, None):  # "Penulis: A | Editor: B | Rabu, 2 Desember 2026 | 13:25 WIB"
                    date_lines.append((text, bool(paragraphs), found_title is None))
            authors.extend(names)
        elif line.label == "source":
            m = _SOURCE_NOTE.match(text)
            known = meta.known_outlet(m.group("source")) if m else None
            if known and known.agency:
                agency = known.name

    # A page that prints no dateline in the body may print the place on its date line
    # ("Jakarta ● Tue, November 17, 2026 ● 11:20 am").
    if dateline is None:
        for text, *_ in date_lines[:1]:
            found = meta.find_datetime(text, None)
            lead = text[: found.start] if found else ""
            for _ in range(2):  # "Jakarta ● Tue, ": the place, then the weekday
                lead = lead.strip(" ●•·|,-–—")
                if lead.split() and lead.split()[-1].lower().rstrip(".,") in _day_words():
                    lead = lead.rsplit(None, 1)[0] if " " in lead else ""
            if lead and lead.lower() in resources.phrases("places.txt"):
                dateline = lead
    # "LINGKUNG PRIANGAN – ...": the site's own name where a dateline stands, no place.
    # (or the first word of it: "Kancah – ..." on "Kancah Saumlaki")
    key = meta.site_key(dateline) if dateline else ""
    if dateline and (key in labelled.site_keys or (
            len(key) >= 4 and not meta.known_place(dateline) and any(k.startswith(key) for k in labelled.site_keys))):
        outlet_candidates.append(dateline)
        dateline = None
    # "Reporter: Bahtera" over "Denpasar (Bahtera) - ...": the agency or outlet the
    # dateline names is not a person.
    # An aggregator names the outlet it took the article from ("Baca selengkapnya di Warta
    # Rembang"); that name beside the date is not a writer.
    sources = [m.group("name") for line in lines if (m := _SOURCE_OUTLET.match(_strip_tags(line.text)))]
    # ("Laporan: Adrianus Tombolotutu, Ulubongka": the town the reporter files from)
    not_people = {n.lower() for n in (agency, *outlet_candidates, *sources, dateline) if n}

    def person(name: str) -> bool:
        # ("Reporter : Jaringan Nyale Pos": a house byline that names the site itself)
        key = meta.site_key(name)
        return name.lower() not in not_people and not any(len(k) >= 5 and k in key for k in labelled.site_keys)

    authors = [n for n in authors if person(n)]
    editors = [n for n in editors if person(n)]
    # "Baca artikel lirikSultra, "<title>" selengkapnya https://...": the page says which of
    # its network's sites the article is from
    # (a regional site, "lirikSultra"; not a topic channel, "tapaknews")
    # (or a brand of its own under the network's masthead, "gincu" under "sekejapcom")
    named = next((m.group("site") for line in lines if (m := _READ_ARTICLE_AT.match(line.text.strip()))
                  and (_region_words(re.findall(r"[A-Z][a-z]+", m.group("site"))[-1:])
                       or _own_brand(m.group("site"), labelled.masthead, _top_lines([x.text for x in lines])))), None)
    chosen = _choose_outlet(outlet or named, outlet_candidates, url, agency, labelled.masthead)
    # A clock printed without a zone is in the outlet's home zone; for an outlet kilas does
    # not know, the zone of the place it filed from (or of the region its breadcrumb names,
    # "Home › Kaltim › Kutai Barat") is the best guess.
    # An outlet named after its region ("TegasPapua", "denyutSulsel") keeps that region's zone.
    known = meta.known_outlet(chosen.name) if chosen else None
    # An address in the page's furniture ("Jalan Pramuka No. 14, Singaraja, Buleleng, Bali")
    # is the outlet's home, a better guess than where one story was filed.
    tz = (chosen.timezone if chosen and chosen.timezone else None) or (
        None if known else _zone_in_name(chosen.name if chosen else None) or _zone_of_address(removed)
        or meta.zone_of_place(dateline) or next(iter(section_zones), None)
        or (None if dateline else _zone_of_story([title or found_title or "", *paragraphs]))) or "WIB"
    if agency:
        known = meta.known_outlet(agency)
        agency = known.name if known else agency.title()
        if chosen and agency == chosen.name:
            agency = None

    pub = _normalise_published(published, tz) if published else None
    if pub is None:
        pub = _publication_time(date_lines, tz)
    upd = None
    for text in updated_lines:
        found = meta.find_datetime(text, tz)
        if found:
            upd = found.value
            break

    if paragraphs and deck and _overlap(deck, paragraphs[0]) < 0.5 and not title and found_title is None:
        found_title, deck = deck, None
    return Article(
        id=doc_id,
        source=source,
        title=title or found_title,
        deck=deck,
        section=section,
        outlet=chosen.name if chosen else None,
        authors=_unique(authors),
        editors=_unique(editors),
        published=pub,
        dateline=dateline,
        paragraphs=paragraphs,
        captions=captions,
        removed=removed,
        url=url,
        updated=upd,
        network=chosen.network if chosen and chosen.network != chosen.name else None,
        agency=agency,
    )


def clean_title(text: str) -> str:
    # A badge before the headline goes ("Breaking", "VIDEO:"); a gallery's "Foto: ..." or
    # "Video: ..." written in the headline's own case is part of it.
    text = re.sub(r"^(?:(?i:breaking|eksklusif|exclusive)|VIDEO|FOTO)\s*[:|-]?\s+", "", text)
    # Page titles carry the site name: "Judul - Kompas.com", "KapanLagi.com: Judul".
    m = re.match(r"^(?P<title>.+?)\s+[-|–—]\s+(?P<site>[^-|–—]{2,40})$", text)
    if m and _is_site(m.group("site")):
        text = m.group("title")
    m = re.match(r"^(?P<site>[^:]{2,30}):\s+(?P<title>.+)$", text)
    if m and _is_site(m.group("site")):
        text = m.group("title")
    return text.strip(" |-–")


def _is_site(text: str) -> bool:
    """'Kompas.com', 'Tempo Gaya' (an outlet and its channel)."""
    text = text.strip()
    first = text.split()[0] if text.split() else ""
    return meta.looks_like_site_name(text) or meta.known_outlet(text) is not None or (
        len(text.split()) <= 3 and meta.known_outlet(first) is not None)


# The street may follow a label or the building: "Sekretariat: Gedung PKM Lt. 2, Jl. …, Makassar".
_ADDRESS = re.compile(r"(?:^|[:,]\s*)(?:Jl\.|Jln\.?|Jalan)\s+\S.*,")


def _zone_of_address(lines: list[str]) -> str | None:
    """The zone of the town in the street address the page prints in its masthead or footer,
    or in its copyright line."""
    for line in lines:
        if "©" in line:  # "© Jargaria Pos 2026 | Dobo, Kepulauan Aru"
            parts = [p.strip(" .") for p in re.split(r"[|,·•]|\s[-–—]\s|\.\s", line)[1:]]
            # ("© 2026 Palagan.id - Portal Olahraga Sulawesi": a tagline ending with the region)
            # ("PT Matra Media Sulawesi" too; not a word that names no region: "PT Tatap Media Nusantara")
            parts += [p.split()[-1] for p in parts if 1 < len(p.split()) <= 4
                      and p.split()[-1].lower() not in resources.phrases("sections.txt")]
            zone = next(filter(None, (meta.zone_of_place(p) for p in reversed(parts))), None)
            if zone:
                return zone
        street = _ADDRESS.search(line.strip())
        if street:
            parts = [p.strip(" .") for p in line.strip()[street.start():].lstrip(":, ").split(",")[1:]]
            zone = next(filter(None, (meta.zone_of_place(p) for p in reversed(parts))), None)
            if zone:
                return zone
    return None


def _zone_of_story(paragraphs: list[str]) -> str | None:
    """WITA or WIT where the story names places of that zone twice or more, and at least
    twice as often as places of other zones and abroad together: the last guess for a page
    that prints no zone, no dateline and no address ("Ternate", "Sofifi", "Tidore" and one
    "Jakarta" on a Maluku Utara site)."""
    zones: Counter = Counter()
    for text in paragraphs:
        for m in re.finditer(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\b", text):
            for name in dict.fromkeys((m.group(0), *re.split(r"[ -]", m.group(0)))):  # ("Kota Ternate")
                if meta.known_place(name):
                    zones[meta.zone_of_place(name) or "WIB"] += 1
                    break
    total = sum(zones.values())
    return next((z for z, n in zones.most_common(1) if z != "WIB" and n >= 2 and n >= 2 * (total - n)), None)


def _zone_in_name(name: str | None) -> str | None:
    """WITA or WIT for a site named after a place there: 'TegasPapua', 'Kabar Sulsel'."""
    if not name:
        return None
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", re.sub(r"\.[a-z.]+$", "", name))
    sections = resources.phrases("sections.txt")  # "Gita Nusantara" names no region
    return next(filter(None, (meta.zone_of_place(w) for w in words if w.lower() not in sections)), None) \
        or meta.zone_of_site(name)


def _choose_outlet(given: str | None, candidates: list[str], url: str | None, agency: str | None,
                   masthead: str | None = None) -> meta.Outlet | None:
    """The most specific outlet named: a regional site beats its network's portal name, and
    a page's own masthead beats the news agency whose copy it runs."""
    if given:
        return meta.known_outlet(given) or meta.Outlet(given)
    resolved = [meta.known_outlet(c) for c in candidates]
    known = [o for o in resolved if o]
    from_url = meta.outlet_from_url(url)
    if from_url and from_url.name in {o.name for o in known}:
        from_url = None
    pool = known + ([from_url] if from_url else [])
    own = meta.known_outlet(masthead) if masthead else None
    # (but a network's masthead, "Lantak Network", gives way to the site the page names,
    # "LantakJambi.com")
    network = bool(masthead and re.search(r"\b(?:network|group|grup)$", masthead, re.I)) \
        and any(meta.looks_like_site_name(c) for c in candidates)
    if masthead and not (own and own.agency) and all(o.agency for o in pool) and not network:
        return own or meta.Outlet(masthead)
    if not pool:
        unknown = [c for c in candidates if meta.looks_like_site_name(c)]
        if unknown:
            return meta.Outlet(unknown[0])
        if agency:
            return meta.known_outlet(agency) or meta.Outlet(agency.title())
        return None
    chosen = pool[0]
    for other in pool[1:]:
        if other.network and other.network == chosen.name and other.name != chosen.name:
            chosen = other
    return chosen


_PUBLISHED = re.compile(r"\b(?:diterbitkan|dipublikasikan|dipublikasi|terbit|tayang|published|posted)\b", re.I)


def _publication_time(date_lines: list[tuple[str, bool, bool]], tz: str) -> str | None:
    """The publication time among the date lines: one the page calls the publication
    ("Dipublikasikan pada ..."), else one above the body that prints a clock time (a
    masthead's bare "today" date is not the article's), else the first date under the
    title, else the first date."""
    found, posted = [], None
    for n, (text, after_body, above_title) in enumerate(date_lines):
        when = meta.find_datetime(text, tz)
        # (an agenda under the article, "Kamis, 10 Desember 2026 – Lomba Dasawisma Tingkat
        # Kabupaten", dates events, not the article)
        if when and after_body and len(re.findall(r"[^\W\d_]{2,}", text[when.end:])) >= 3:
            continue
        if when:
            found.append(((after_body, not _PUBLISHED.search(text), not when.has_time, above_title, n), when.value))
        elif posted is None:
            posted = _POSTED_AT.match(text)
    if not found:
        return None
    value = min(found)[1]
    if posted and "T" not in value:
        # A blog prints the day above the title and the time under the post.
        clock = meta.find_datetime(f"{value} {posted.group('h')}:{posted.group('mi')} "
                                   f"{posted.group('ampm') or ''} {posted.group('tz') or ''}", tz)
        value = clock.value if clock and clock.has_time else value
    return value


def _normalise_published(value: str, tz: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?", value.strip()):
        return value.strip().replace("Z", "+00:00")
    found = meta.find_datetime(value, tz)
    return found.value if found else None


def _unique(names: list[str]) -> list[str]:
    """Each name once, a name printed in capitals in ordinary case ("DWITYA ANJASWARA"), and
    a name's first word alone dropped beside the full name ("Nurfiqah" of "Nurfiqah Lapadi",
    from a sign-off)."""
    seen: dict[str, str] = {}
    for name in names:
        name = name.rstrip("*").strip()  # "Florianus Seko Mamo*": a footnote mark
        if name.isupper() and len(name) > 4:
            name = " ".join(w if len(w) <= 2 else w.capitalize() for w in name.split())
        seen.setdefault(name.lower(), name)
    full = [n.lower().split() for n in seen if " " in n]
    return [n for k, n in seen.items() if " " in k or not any(f[0] == k for f in full)]
