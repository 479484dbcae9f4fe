"""Time expressions, each resolved to a TIMEX3-style value relative to an anchor day.

The anchor is the article's publication day; an article without one is anchored on the
latest full date printed in its text (and says so). Patterns, in order of precedence:

- "Kamis (5/10/2023)", "Jumat (6/10)"            -> 2023-10-05, 2023-10-06
- "5 Oktober 2023", "19 Oktober", "5/10/2023"     -> 2023-10-05 (a missing year: the
  one that puts the date nearest the anchor)
- "November 2023", "Agustus lalu", "Desember mendatang" -> 2023-11, 2026-08
- "kemarin", "hari ini", "besok", "lusa"          -> anchor -1, 0, +1, +2 days
- "dua hari lalu", "tiga bulan mendatang"         -> a date, month or year from the anchor
- "pekan lalu", "bulan depan", "tahun ini"        -> 2026-W41, 2026-11, 2026
- "pada Rabu", "Senin lalu", "Jumat mendatang"    -> the nearest such day, past unless the
  word or the sentence ("akan", "dijadwalkan") says future
- "pukul 06.18 WIB"                               -> the sentence's date + T06:18
- "tahun 1998", "awal 2024", "sejak 2021"         -> 1998, 2024, 2021
- "selama 7 hari", "lebih dari dua tahun", "24 jam" -> P7D, P2Y, PT24H
Vocabulary (number words, units, direction words) is data: data/time_words.json.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .. import resources
from ..clean import meta
from ..model import Sentence, TimeExpr


@lru_cache(maxsize=None)
def _vocab():
    return resources.load_json("time_words.json")


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=None)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    cal = resources.load_json("calendar.json")
    v = _vocab()
    month = _alt(cal["months"])
    full_month = _alt([m for m in cal["months"] if len(m) > 3] + ["mei", "juni", "juli"])
    weekday = _alt([w for w in cal["weekdays"] if len(w) > 3 and w not in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")])
    number = rf"(?:\d+|{_alt(v['numbers'])})"
    unit = _alt(v["units"])
    past, future = _alt(v["past"]), _alt(v["future"])
    part = r"(?:\s+(?P<part>pagi|siang|sore|petang|malam|dini hari|subuh))?"
    modifier = r"(?:(?:lebih dari|kurang dari|hampir|sekitar|setidaknya|sedikitnya|paling lama|selama-lamanya)\s+)?"
    return [
        ("weekday_date", re.compile(rf"\b(?:hari\s+)?(?P<wd>{weekday}){part}\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{2,4}}))?\){part.replace('P<part>', 'P<part_after>')}", re.I)),
        ("range", re.compile(rf"\b(?P<d1>\d{{1,2}})\s*(?:-|–|hingga|sampai|s\.d\.?|dan)\s*(?P<d>\d{{1,2}})\s+(?P<mon>{full_month})(?:\s+(?P<y>(?:19|20)\d{{2}}))?\b", re.I)),
        ("full_date", re.compile(rf"\b(?:tanggal\s+)?(?:(?:{weekday}),?\s+)?(?P<d>\d{{1,2}})\s+(?P<mon>{month})\.?(?:\s+(?P<y>(?:19|20)\d{{2}}))?(?:\s+(?:{past}))?\b", re.I)),
        ("numeric_date", re.compile(r"\b(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})\b")),
        ("month_year", re.compile(rf"\b(?:(?:akhir|awal|pertengahan)\s+)?(?:bulan\s+)?(?P<mon>{full_month})\s+(?P<y>(?:19|20)\d{{2}})\b", re.I)),
        ("month_rel", re.compile(rf"\b(?:(?:akhir|awal|pertengahan)\s+)?(?:bulan\s+)?(?P<mon>{full_month})\s+(?P<dir>{past}|{future}|ini)\b", re.I)),
        ("amount_rel", re.compile(rf"\b(?P<n>{number})\s+(?P<unit>{unit})\s+(?P<dir>{past}|{future}|lagi)\b", re.I)),
        ("se_unit", re.compile(rf"\bse(?P<unit>hari|pekan|minggu|bulan|tahun)(?:\s+(?P<dir>{past}|{future}|lagi))?\b", re.I)),
        ("year_this", re.compile(r"\b(?:akhir|awal|pertengahan)\s+tahun\s+(?P<dir>ini|lalu|depan)\b", re.I)),
        ("unit_rel", re.compile(rf"\b(?P<unit>[Pp]ekan|minggu|[Bb]ulan|[Tt]ahun)\s+(?P<dir>{past}|{future}|ini)\b")),
        ("day_of_month", re.compile(rf"\btanggal\s+(?P<d>\d{{1,2}})(?:\s+(?P<dir>{past}|{future}|ini))?\b(?!\s*(?:/|{month}))", re.I)),
        ("day_word", re.compile(rf"\b(?P<word>{_alt(v['days'])})\b", re.I)),
        ("weekday", re.compile(rf"\b(?:hari\s+)?(?P<wd>Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu){part}(?:\s+(?P<dir>{past}|{future}|ini))?\b")),
        ("clock", re.compile(r"\b(?:(?:sekitar|sekira)\s+)?(?:pukul|jam)\s+(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:\s*(?P<tz>WIB|WITA|WIT))?", re.I)),
        ("reference", re.compile(rf"\b(?P<ref>{_alt(v['references'])})\b", re.I)),
        ("year", re.compile(rf"\b(?P<pre>tahun|awal|akhir|pertengahan|sejak|hingga|sampai|pada|periode|medio|setelah|sebelum)\s+(?P<body>(?:tahun\s+)?(?P<y>(?:19|20)\d{{2}}))\b", re.I)),
        ("month", re.compile(rf"\b(?:(?:akhir|awal|pertengahan)\s+)?(?P<mon>Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)\b(?!\s*\d)")),
        ("duration", re.compile(rf"\b{modifier}(?P<n>{number})\s+(?P<unit>{unit})\b(?!\s+(?:{past}|{future}|lagi)\b)", re.I)),
    ]


def find_times(text: str, anchor: str | None, sentences: list[Sentence] | None = None) -> tuple[list[TimeExpr], str | None, str | None]:
    """Time expressions in `text`, the anchor day used, and where it came from
    ("published" or "text"); (…, None, None) when nothing anchors relative expressions."""
    anchor_day, source = _anchor(text, anchor)
    found: list[TimeExpr] = []
    taken: list[tuple[int, int]] = []
    future_spans = [
        (s.start, s.end) for s in (sentences or [])
        if re.search(rf"\b(?:{_alt(_vocab()['future_tense'])})\b", s.text, re.I)
    ]
    for kind, pattern in _patterns():
        for m in pattern.finditer(text):
            start, end = m.span()
            if kind == "year" and m.group("pre").lower() in ("pada", "sejak", "hingga", "sampai", "setelah", "sebelum"):
                start = m.start("body")  # "sejak [tahun 2005]": the preposition is not the time
            if any(a < end and start < b for a, b in taken):
                continue
            future = any(a <= start < b for a, b in future_spans)
            values = _resolve(kind, m, anchor_day, future, text, found)
            if not values:
                continue
            for value, (vs, ve) in values:
                vs = vs if vs is not None else start
                ve = ve if ve is not None else end
                found.append(TimeExpr(text[vs:ve], value, vs, ve))
            taken.append((start, end))
    found.sort(key=lambda t: t.start)
    found = _merge_date_and_clock(text, found)
    return found, anchor_day.isoformat() if anchor_day else None, source


def _anchor(text: str, anchor: str | None) -> tuple[date | None, str | None]:
    if anchor:
        try:
            return date.fromisoformat(anchor[:10]), "published"
        except ValueError:
            pass
    latest = None
    for m in re.finditer(r"\d{1,2}[ /][A-Za-z0-9]+[ /](?:19|20)\d{2}", text):
        found = meta.find_datetime(m.group(), None)
        if found:
            day = date.fromisoformat(found.value[:10])
            latest = max(latest, day) if latest else day
    return (latest, "text") if latest else (None, None)


def _number(word: str) -> int | str | None:
    """An amount: digits, a number word, or "X" for an unspecified one ("beberapa")."""
    if word.isdigit():
        return int(word)
    return _vocab()["numbers"].get(word.lower())


def _month_number(name: str) -> int:
    return resources.load_json("calendar.json")["months"][name.lower().rstrip(".")]


def _nearest_year(anchor: date | None, month: int, day: int = 1) -> int | None:
    """The year that puts day/month nearest the anchor (news rarely looks >6 months ahead)."""
    if anchor is None:
        return None
    best = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        gap = (candidate - anchor).days
        score = abs(gap) if gap <= 0 else gap * 2  # prefer the past
        if best is None or score < best[0]:
            best = (score, year)
    return best[1] if best else None


def _date(y, m, d) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except (TypeError, ValueError):
        return None


def _shift_month(day: date, months: int) -> tuple[int, int]:
    total = day.year * 12 + day.month - 1 + months
    return total // 12, total % 12 + 1


# As IndoTimex annotates them: "siang" is the afternoon, "petang" the evening.
_PART_OF_DAY = {"pagi": "MO", "subuh": "MO", "siang": "AF", "sore": "AF", "petang": "EV", "malam": "NI", "dini hari": "NI"}


def _resolve(kind, m, anchor: date | None, future: bool, text: str, found: list[TimeExpr]):
    """[(value, (start, end) or (None, None))] for one match, or [] when unresolvable.
    A part of the day after a day ("Minggu (28/12) pagi") adds TIMEX3's TMO/TMI/TAF/TNI."""
    values = _resolve_day(kind, m, anchor, future, text, found)
    part = m.groupdict().get("part") or m.groupdict().get("part_after")
    if part and values and re.fullmatch(r"\d{4}-\d{2}-\d{2}", values[-1][0]):
        values[-1] = (f"{values[-1][0]}T{_PART_OF_DAY[part.lower()]}", values[-1][1])
    return values


def _resolve_day(kind, m, anchor: date | None, future: bool, text: str, found: list[TimeExpr]):
    g = m.groupdict()
    whole = (None, None)
    if kind in ("weekday_date", "numeric_date"):
        month, day = int(g["m"]), int(g["d"])
        year = g.get("y")
        if year and len(year) == 2:
            year = "20" + year
        year = year or _nearest_year(anchor, month, day)
        value = _date(year, month, day) if year else None
        return [(value, whole)] if value else []
    if kind in ("full_date", "range"):
        month = _month_number(g["mon"])
        day = int(g["d"])
        year = g.get("y") or _nearest_year(anchor, month, day)
        value = _date(year, month, day) if year else None
        if not value:
            return []
        if kind == "range":
            first = _date(year, month, int(g["d1"]))
            out = [(first, (m.start("d1"), m.end("d1")))] if first else []
            return out + [(value, (m.start("d"), m.end()))]
        return [(value, whole)]
    if kind == "month_year":
        return [(f"{int(g['y']):04d}-{_month_number(g['mon']):02d}", whole)]
    if kind == "month_rel":
        if anchor is None:
            return []
        month = _month_number(g["mon"])
        direction = g["dir"].lower()
        year = anchor.year
        if direction in _vocab()["past"] and month >= anchor.month:
            year -= 1
        elif direction in _vocab()["future"] and month <= anchor.month:
            year += 1
        return [(f"{year:04d}-{month:02d}", whole)]
    if kind == "se_unit" and not g.get("dir"):
        unit = _vocab()["units"][g["unit"].lower()]
        return [(f"P1{unit}", whole)]
    if kind == "month":
        if anchor is None:
            return []
        month = _month_number(g["mon"])
        year = anchor.year
        if future and month < anchor.month:
            year += 1
        elif not future and month > anchor.month:
            year -= 1
        return [(f"{year:04d}-{month:02d}", whole)]
    if kind in ("amount_rel", "unit_rel", "se_unit"):
        direction = (g.get("dir") or "").lower()
        if kind == "amount_rel" and direction in ("ke depan", "lagi"):
            kind = "duration"  # "tiga hari ke depan": for the next three days
        elif anchor is None:
            return []
    if kind in ("amount_rel", "unit_rel", "se_unit"):
        n = _number(g["n"]) if g.get("n") else 1
        if n is None or n == "X":
            return []
        direction = g["dir"].lower()
        sign = 0 if direction == "ini" else (-1 if direction in _vocab()["past"] else 1)
        unit = _vocab()["units"][g["unit"].lower()]
        if unit == "D":
            return [((anchor + timedelta(days=sign * n)).isoformat(), whole)]
        if unit == "W":  # "pekan lalu", "dua pekan lalu": the ISO week
            y, w, _ = (anchor + timedelta(weeks=sign * n)).isocalendar()
            return [(f"{y:04d}-W{w:02d}", whole)]
        if unit == "M":
            y, mo = _shift_month(anchor, sign * n)
            return [(f"{y:04d}-{mo:02d}", whole)]
        if unit == "Y":
            return [(f"{anchor.year + sign * n:04d}", whole)]
        return []
    if kind == "day_word":
        if anchor is None:
            return []
        offset = _vocab()["days"].get(g["word"].lower())
        if offset is None:
            return []
        return [((anchor + timedelta(days=offset)).isoformat(), whole)]
    if kind == "weekday":
        if anchor is None:
            return []
        wd = resources.load_json("calendar.json")["weekdays"][g["wd"].lower()]
        direction = (g.get("dir") or "").lower()
        delta = (wd - anchor.weekday()) % 7
        if direction in _vocab()["future"] or (not direction and future):
            target = anchor + timedelta(days=delta or (7 if direction else 0))
        elif direction == "ini":
            target = anchor + timedelta(days=delta - 7 if delta > 3 else delta)
        else:
            back = (anchor.weekday() - wd) % 7
            if direction in _vocab()["past"] and back == 0:
                back = 7
            target = anchor - timedelta(days=back)
        return [(target.isoformat(), whole)]
    if kind == "clock":
        hour, minute = int(g["h"]), int(g["mi"])
        if hour > 24 or minute > 59:
            return []
        day = _preceding_day(m.start(), found) or (anchor.isoformat() if anchor else None)
        if not day:
            return []
        return [(f"{day}T{hour:02d}:{minute:02d}", whole)]
    if kind == "day_of_month":
        if anchor is None:
            return []
        day = int(g["d"])
        future_word = (g.get("dir") or "").lower() in _vocab()["future"]
        for shift in ((0, 1) if future_word else (0, -1)):
            y, mo = _shift_month(anchor, shift)
            value = _date(y, mo, day)
            if value and ((value >= anchor.isoformat()) if future_word else (value <= anchor.isoformat())):
                return [(value, whole)]
        return []
    if kind == "reference":
        return [(_vocab()["references"][g["ref"].lower()], whole)]
    if kind == "year":
        return [(g["y"], whole)]
    if kind == "year_this":
        if anchor is None:
            return []
        shift = {"ini": 0, "lalu": -1, "depan": 1}[g["dir"].lower()]
        return [(f"{anchor.year + shift:04d}", whole)]
    if kind == "duration":
        n = _number(g["n"])
        if n is None:
            return []
        unit = _vocab()["units"][g["unit"].lower()]
        if unit == "H":
            return [(f"PT{n}H", whole)]
        if unit == "MIN":
            return [(f"PT{n}M", whole)]
        if unit in ("DE", "CE"):
            return [(f"P{n * (10 if unit == 'DE' else 100)}Y" if n != "X" else "PXY", whole)]
        return [(f"P{n}{unit}", whole)]
    return []


def _preceding_day(position: int, found: list[TimeExpr]) -> str | None:
    """The last calendar day named before `position`: a clock time belongs to the day the
    story was just talking about ("Minggu (28/12) ... Saat itu pukul 06.12")."""
    before = [t for t in found if t.end <= position and re.match(r"\d{4}-\d{2}-\d{2}(T[A-Z]{2})?$", t.value)]
    return max(before, key=lambda t: t.end).value[:10] if before else None


def _merge_date_and_clock(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """'Minggu (28/12/2014) pukul 06.18 WIB' is one point in time: one expression."""
    out: list[TimeExpr] = []
    for t in found:
        prev = out[-1] if out else None
        if (prev and re.match(r"\d{4}-\d{2}-\d{2}T\d", t.value) and re.match(r"\d{4}-\d{2}-\d{2}(T[A-Z]{2})?$", prev.value)
                and t.value.startswith(prev.value[:10]) and re.fullmatch(r"\s*", text[prev.end:t.start])):
            out[-1] = TimeExpr(text[prev.start:t.end], t.value, prev.start, t.end)
        else:
            out.append(t)
    return out


def date_sentences(sentences: list[Sentence], times: list[TimeExpr]) -> None:
    """Give each sentence the first calendar day a time expression in it names."""
    for s in sentences:
        for t in times:
            if s.start <= t.start < s.end and re.match(r"\d{4}-\d{2}-\d{2}", t.value):
                s.date = t.value[:10]
                break
