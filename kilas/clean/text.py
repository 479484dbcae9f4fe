"""Raw scraped text to an Article: every line labelled, with the reason.

Text copied from a news page is a column of lines: section label, title, date line,
byline, caption, the body (with "Baca juga" links and ad markers inside it), then tags,
related links and footers. `label_lines` decides what each line is from its shape (length,
final punctuation, the density of Indonesian function words that real prose has), its
position (before the body, inside it, after the last prose line) and what the data files
say (boilerplate and footer patterns, section names, byline roles, known outlets).
`build_article` then reads the metadata off the labelled lines.

Labels: title, deck, section, site, date, updated, byline, caption, dateline, body,
boilerplate, readmore, repeat, source, initials, footer, other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import resources
from ..model import Article
from . import meta

_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_TERMINAL = re.compile(r"[.!?…:;\"”’')\]]$")
_WORD = re.compile(r"\w+", re.U)
_INITIALS = re.compile(r"^\(\s*[a-z]{2,5}(?:\s*[/,]\s*[a-z]{2,5})*\s*\)$")
_CLOSING_CREDIT = re.compile(r"^\(\s*(?P<outlet>[A-Za-z0-9.]{1,20})\s*/\s*(?P<names>[A-Za-z .,']{2,60})\)$")
_SOURCE_NOTE = re.compile(r"^(?:sumber|source)\s*:\s*(?P<source>.{2,60})$", re.I)
_UPDATED = re.compile(r"^(?:diperbarui|updated|update|pembaruan|terakhir diperbarui)\b", re.I)
_READMORE_BARE = re.compile(r"^(?:baca juga|baca pula|lihat juga|simak juga)\s*:?$", re.I)
_CAPTION = re.compile(
    r"(\((?:foto|photo|ilustrasi|dok|dokumentasi)\s*[:.]"          # (Foto: Antara)
    r"|\b(?:[A-Z]{3,}\s+)?FOTO\s*/"                                # ANTARA FOTO/Name
    r"|^(?:foto|ilustrasi)\s*:"                                    # Foto: Name/Outlet at start
    r"|[.)]\s*(?:foto|photo)\s*:\s*[^.]{2,60}$"                    # ... . Foto: Name/RuangKabar
    r"|\((?:[A-Z][\w.]*\s*){1,3}/\s*[A-Z][\w .']{1,40}\)\s*$"      # (WARTAKINI.com/Name)
    r"|\.\s*[A-Z][A-Z.]{2,}(?:\s[A-Z]{2,})?\s*/\s*[A-Z][\w .']{1,40}(?:/[a-z]{1,4}\.?)?$"  # . TERA/Name
    r"|^[A-Z][A-Za-z .']{2,40}\s/\s(?:AFP|AP|REUTERS|ANTARA|EPA|XINHUA)$)",  # NAME / AFP
    re.I,
)


@dataclass
class Line:
    text: str
    label: str
    reason: str


@dataclass
class Labelled:
    lines: list[Line]
    body_start: int | None


def _strip_tags(line: str) -> str:
    return re.sub(r"\s+", " ", _TAG.sub(" ", line)).strip()


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def stopword_ratio(text: str) -> float:
    words = _words(text)
    if not words:
        return 0.0
    stop = resources.words("stopwords.txt")
    return sum(w in stop for w in words) / len(words)


def is_prose(text: str) -> bool:
    """A line that reads as a sentence of running text, not a label, headline or menu."""
    n = len(text.split())
    if n >= 25:
        return True
    if n < 6:
        return False
    ends = bool(_TERMINAL.search(text))
    if not ends and headline_case(text):
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
    return wa == wb or (len(wb) >= 4 and wa[-len(wb):] == wb and len(wa) - len(wb) <= 3)


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
    rest = text[: found.start] + " " + text[found.end :]
    return len(rest.split()) <= 9 and not rest.rstrip().endswith((".", "?", "!"))


_CRUMB = re.compile(r"\s*[>»›/|]\s*")


def _breadcrumb(line: str, sections: frozenset[str]) -> bool:
    """'Beranda » Hukum » Korupsi', 'Nasional › Hukum': short segments, one a section."""
    parts = [p for p in _CRUMB.split(line) if p]
    if not 2 <= len(parts) <= 5 or any(len(p.split()) > 4 for p in parts):
        return False
    if re.search(r"\s[›»>]\s", line):
        return True  # these arrows are only ever breadcrumbs
    return any(p.lower() in sections or p.lower() in ("home", "beranda", "index", "indeks") for p in parts)


def _headline_score(line: str) -> int:
    words = len(line.split())
    score = 2 if 5 <= words <= 25 else 0
    if re.search(r"\s[|•]\s|^\d{1,3}'|\b\d+-\d+\b.*\|", line):
        score -= 3  # tickers and banners: "FT | Persib 2-1 Persija", "54' | ..."
    if line.rstrip().endswith("."):
        score -= 1  # "Player is loading."
    return score


def _person_line(line: str) -> bool:
    """'Aditya Ramadhan' alone on a line: two to four capitalised words, none common."""
    words = line.split()
    stop = resources.words("stopwords.txt")
    common = resources.words("common_words.txt")
    return (2 <= len(words) <= 4 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(w.lower() in stop or w.lower() in common for w in words)
            and meta.known_outlet(line) is None)


def _site_line(text: str) -> bool:
    return len(text.split()) <= 4 and (meta.looks_like_site_name(text) or meta.known_outlet(text) is not None)


def label_lines(text: str, title_hint: str | None = None) -> Labelled:
    raw_lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in raw_lines if line]
    boilerplate = resources.whole_line_pattern("boilerplate.txt")
    footer = resources.whole_line_pattern("footer_markers.txt")
    sections = resources.phrases("sections.txt")

    labels: list[Line | None] = [None] * len(lines)
    clean = [_strip_tags(line) for line in lines]

    def mark(i: int, label: str, reason: str) -> None:
        labels[i] = Line(lines[i], label, reason)

    # 1. Where the body starts: the first paragraph opening with a dateline, else the
    #    first line of prose that is not a caption.
    body_start = None
    for i, line in enumerate(clean):
        if _CAPTION.search(line) or boilerplate.match(line):
            continue
        dl = meta.split_dateline(line)
        if dl and (is_prose(dl.rest) or (not dl.rest and i + 1 < len(clean) and is_prose(clean[i + 1]))):
            body_start = i
            break
    first_prose = next(
        (i for i, line in enumerate(clean)
         if is_prose(line) and not _CAPTION.search(line) and not boilerplate.match(line) and not _date_line(line)),
        None,
    )
    if body_start is None or (first_prose is not None and first_prose < body_start - 3):
        body_start = first_prose if body_start is None else body_start
        # A sentence-case headline (no final stop) reads as prose; when date lines or
        # bylines follow it, it was the header and the body starts after them.
        if body_start is not None and not _TERMINAL.search(clean[body_start]):
            for k in range(body_start + 1, min(body_start + 6, len(clean))):
                if _date_line(clean[k]) or (not is_prose(clean[k]) and meta.parse_byline(clean[k])):
                    body_start = k + 1

    # 2. The header: section, site name, title, deck, date, byline, caption.
    title_index = None
    end_header = body_start if body_start is not None else len(lines)
    for i in range(end_header):
        line = clean[i]
        if not line:
            mark(i, "other", "only markup")
        elif line.lower() in sections or _breadcrumb(line, sections):
            mark(i, "section", "a section label or breadcrumb")
        elif boilerplate.match(line):
            mark(i, "boilerplate", "matches a boilerplate pattern")
        elif _site_line(line):
            mark(i, "site", "the outlet's name")
        elif _UPDATED.match(line) and _date_line(line):
            mark(i, "updated", "an update time")
        elif _date_line(line):
            mark(i, "date", "a date line")
        elif meta.parse_byline(line):
            mark(i, "byline", "a byline")
        elif _CAPTION.search(line):
            mark(i, "caption", "a photo caption or credit")
        elif title_hint and _same(line, title_hint):
            if title_index is None:
                title_index = i
                mark(i, "title", "the given title")
            else:
                mark(i, "repeat", "repeats the title")
        elif not title_hint and _person_line(line) and i + 1 < end_header and _date_line(clean[i + 1]):
            mark(i, "byline", "a name standing alone above the date line")
        elif not title_hint and len(re.findall(r"[^\W\d_]{2,}", line)) >= 3 and (
                not is_prose(line) or (not _TERMINAL.search(line) and len(line.split()) <= 20)):
            mark(i, "title?", "a headline-shaped line")
        elif is_prose(line) or (len(line.split()) >= 8 and _TERMINAL.search(line)):
            mark(i, "deck", "a teaser sentence before the body")
        else:
            mark(i, "other", "a short line before the body")
    # The title is the most headline-like candidate: a full sentence-length headline, not a
    # score ticker ("FT | Persib 2-1 Persija") or a player banner; the rest are repeats or furniture.
    candidates = [i for i in range(end_header) if labels[i] and labels[i].label == "title?"]
    if candidates and title_index is None:
        title_index = max(candidates, key=lambda i: (_headline_score(clean[i]), -i))
        mark(title_index, "title", "the most headline-like line before the body")
    for i in candidates:
        if i != title_index:
            same = title_index is not None and _same(clean[i], clean[title_index])
            mark(i, "repeat" if same else "other", "repeats the title" if same else "a short line before the body")
    if title_index is None and title_hint is None and body_start is not None:
        # No headline before the body: take a short first line of the body as title.
        first = clean[body_start]
        if not is_prose(first) and len(first.split()) <= 20:
            title_index = body_start
            mark(body_start, "title", "a headline-shaped first line")
            body_start += 1

    # 3. The body: prose, and short subheadings between prose; everything else is furniture.
    title_text = clean[title_index] if title_index is not None else title_hint
    in_footer = False
    last_body = None
    skip_next_headline = False
    for i in range(body_start if body_start is not None else len(lines), len(lines)):
        if labels[i] is not None:
            continue
        line = clean[i]
        if in_footer:
            mark(i, "footer", "after the end of the article")
            continue
        if not line:
            mark(i, "other", "only markup")
        elif skip_next_headline and not is_prose(line):
            mark(i, "readmore", "the headline of a 'Baca juga' link")
        elif footer.match(line):
            in_footer = True
            mark(i, "footer", "starts the footer (tags, related articles, copyright)")
        elif _READMORE_BARE.match(line):
            mark(i, "readmore", "a 'Baca juga' link")
            skip_next_headline = True
            continue
        elif boilerplate.match(line):
            mark(i, "boilerplate", "matches a boilerplate pattern")
        elif _INITIALS.match(line):
            mark(i, "initials", "the editors' initials that close an article")
        elif _CLOSING_CREDIT.match(line):
            mark(i, "byline", "a closing credit (Outlet/Name)")
        elif _SOURCE_NOTE.match(line):
            mark(i, "source", "a source note")
        elif _CAPTION.search(line) and not (is_prose(line) and len(line.split()) > 30):
            mark(i, "caption", "a photo caption or credit")
        elif title_text and _same(line, title_text):
            mark(i, "repeat", "repeats the title")
        elif not is_prose(line) and meta.parse_byline(line):
            mark(i, "byline", "a byline")
        elif _UPDATED.match(line) and _date_line(line):
            mark(i, "updated", "an update time")
        elif _date_line(line) and not is_prose(line):
            mark(i, "date", "a date line")
        elif i == body_start and (dl := meta.split_dateline(line)) and not dl.rest:
            mark(i, "dateline", "a dateline on its own line")
            if i + 1 < len(lines):
                body_start = i + 1
        elif is_prose(line):
            mark(i, "body", "prose")
            last_body = i
        elif _list_item(i, clean, labels):
            mark(i, "body", "an item of a list the body introduces")
            last_body = i
        elif _subheading(i, clean, labels):
            mark(i, "body", "a subheading between paragraphs")
        elif last_body is not None and len(line.split()) >= 4 and line.endswith((".", "!", "?", '"', "”")):
            mark(i, "body", "a short sentence inside the body")
            last_body = i
        else:
            mark(i, "other", "a short line that is not prose")
        skip_next_headline = False

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
    return Labelled(result, body_start)


_BULLET = re.compile(r"^(?:[-•*–]|\d{1,2}[.)])\s+\S")


def _list_item(i: int, clean: list[str], labels: list[Line | None]) -> bool:
    """'- Emas 1 gram: Rp 2.387.000', or an unmarked short line, after a paragraph ending
    in ':' or after another item of the same list."""
    if len(clean[i].split()) > 40 or i == 0:
        return False
    prev = labels[i - 1]
    if not (prev and prev.label == "body"):
        return False
    if clean[i - 1].endswith(":"):
        return True
    if prev.reason.startswith("an item of a list"):
        return bool(_BULLET.match(clean[i])) == bool(_BULLET.match(clean[i - 1]))
    return False


def _subheading(i: int, clean: list[str], labels: list[Line | None]) -> bool:
    line = clean[i]
    n = len(line.split())
    if not 1 <= n <= 12 or line.endswith((".", ",", ":")):
        return False
    prev_body = i > 0 and labels[i - 1] is not None and labels[i - 1].label == "body"
    next_prose = i + 1 < len(clean) and is_prose(clean[i + 1])
    return bool(prev_body and next_prose)


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
    found_title = None
    outlet_candidates: list[str] = []
    date_lines: list[str] = []
    updated_lines: list[str] = []

    for line in lines:
        text = _strip_tags(line.text)
        if line.label == "body":
            if not paragraphs:
                dl = meta.split_dateline(text)
                if dl and dl.rest:
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
            section = [p for p in _CRUMB.split(text) if p][-1]
        elif line.label == "site":
            outlet_candidates.insert(0, text)
        elif line.label == "dateline":
            dl = meta.split_dateline(text)
            if dl:
                dateline = dl.city or dateline
                if dl.outlet:
                    outlet_candidates.append(dl.outlet)
                agency = dl.agency or agency
        elif line.label in ("date", "updated"):
            (updated_lines if line.label == "updated" else date_lines).append(text)
            found = meta.find_datetime(text, None)
            if found:
                rest = (text[: found.start] + " " + text[found.end :]).strip(" -–|•,")
                outlet_candidates.extend(p for p in re.split(r"\s*[|•\-–,]\s*", rest) if meta.known_outlet(p) or meta.looks_like_site_name(p))
            byline = meta.parse_byline(text)
            if byline:
                authors.extend(byline.authors)
                editors.extend(byline.editors)
        elif line.label == "byline":
            m = _CLOSING_CREDIT.match(text)
            if m:
                names = meta.split_names(m.group("names"))
                if meta.known_outlet(m.group("outlet")):
                    outlet_candidates.append(m.group("outlet"))
            else:
                byline = meta.parse_byline(text)
                names = byline.authors if byline else ([text] if _person_line(text) else [])
                if byline:
                    editors.extend(byline.editors)
                lab = re.match(r"^laporan \w+\s+(\S+)", text, re.I)
                if lab:
                    outlet_candidates.append(lab.group(1).rstrip(","))
                fused = re.search(r"[-–]\s*([A-Za-z]+(?:news|com))\b", text)
                if fused and meta.known_outlet(fused.group(1)):
                    outlet_candidates.append(fused.group(1))
            authors.extend(names)
        elif line.label == "source":
            m = _SOURCE_NOTE.match(text)
            known = meta.known_outlet(m.group("source")) if m else None
            if known and known.agency:
                agency = known.name

    chosen = _choose_outlet(outlet, outlet_candidates, url, agency)
    # A clock printed without a zone is in the outlet's home zone; for an outlet kilas does
    # not know, the zone of the place it filed from is the best guess.
    known = meta.known_outlet(chosen.name) if chosen else None
    tz = (chosen.timezone if chosen and chosen.timezone else None) or (
        None if known else meta.zone_of_place(dateline)) or "WIB"
    if agency:
        known = meta.known_outlet(agency)
        agency = known.name if known else agency.title()
        if chosen and agency == chosen.name:
            agency = None

    pub = _normalise_published(published, tz) if published else None
    if pub is None:
        for text in date_lines:
            found = meta.find_datetime(text, tz)
            if found:
                pub = found.value
                break
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
    text = re.sub(r"^(breaking|eksklusif|exclusive|video|foto|live|update|terkini)\s*[:|-]?\s+", "", text, flags=re.I)
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


def _choose_outlet(given: str | None, candidates: list[str], url: str | None, agency: str | None) -> meta.Outlet | None:
    """The most specific outlet named: a regional site beats its network's portal name."""
    if given:
        return meta.known_outlet(given) or meta.Outlet(given)
    resolved = [meta.known_outlet(c) for c in candidates]
    known = [o for o in resolved if o]
    from_url = meta.outlet_from_url(url)
    if from_url and from_url.name in {o.name for o in known}:
        from_url = None
    pool = known + ([from_url] if from_url else [])
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


def _normalise_published(value: str, tz: str) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?", value.strip()):
        return value.strip().replace("Z", "+00:00")
    found = meta.find_datetime(value, tz)
    return found.value if found else None


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())
