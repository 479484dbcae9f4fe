"""kilas.understand.times: time expressions resolved against an anchor day.

The anchor 2023-10-05 is a Thursday (ISO week 40)."""

from __future__ import annotations

import re

import pytest

from conftest import analyzed
from kilas.understand.sentences import split
from kilas.understand.times import date_sentences, find_times

ANCHOR = "2023-10-05"


def times(text: str, anchor: str | None = ANCHOR):
    found, used, source = find_times(text, anchor, split(text))
    for t in found:
        assert text[t.start:t.end] == t.text
    return found, used, source


def value_of(text: str, phrase: str, anchor: str | None = ANCHOR) -> str:
    found, _, _ = times(text, anchor)
    covering = [t for t in found if phrase in t.text] or [t for t in found if t.text in phrase]
    assert covering, f"no time expression for {phrase!r} in {[(t.text, t.value) for t in found]}"
    return covering[0].value


@pytest.mark.parametrize("text, phrase, value", [
    # TimeML (and IndoTimex gold) take the part of the day into the expression: TNI = night.
    ("Banjir terjadi pada Kamis (5/10/2023) dini hari.", "Kamis (5/10/2023) dini hari", "2023-10-05TNI"),
    ("Rapat lanjutan digelar Jumat (6/10) di Jakarta.", "Jumat (6/10)", "2023-10-06"),
    ("Sidang perdana digelar pada Senin (2/10/2023).", "Senin (2/10/2023)", "2023-10-02"),
    ("Rapat digelar pada Rabu di Jakarta.", "Rabu", "2023-10-04"),
    ("Ia tiba di Jakarta Senin lalu.", "Senin lalu", "2023-10-02"),
    ("Rapat akan digelar Jumat mendatang.", "Jumat mendatang", "2023-10-06"),
    ("Sidang akan dilanjutkan Senin mendatang.", "Senin mendatang", "2023-10-09"),
    ("Polisi menangkap pelaku kemarin.", "kemarin", "2023-10-04"),
    ("Pelaku diperiksa hari ini di Polda Metro Jaya.", "hari ini", "2023-10-05"),
    ("Berkas perkara dilimpahkan besok.", "besok", "2023-10-06"),
    ("Sidang digelar lusa.", "lusa", "2023-10-07"),
    ("Korban ditemukan dua hari lalu.", "dua hari lalu", "2023-10-03"),
    ("Harga beras naik sejak pekan lalu.", "pekan lalu", "2023-W39"),
    ("Harga beras diperkirakan turun bulan depan.", "bulan depan", "2023-11"),
    ("Inflasi tahun lalu mencapai 5 persen.", "tahun lalu", "2022"),
    ("Harga cabai naik sejak Agustus lalu.", "Agustus", "2023-08"),
    ("Proyek itu ditargetkan selesai akhir tahun ini.", "tahun ini", "2023"),
    ("Pembangunan dimulai awal 2024.", "2024", "2024"),
    ("Pemilihan digelar November 2023.", "November 2023", "2023-11"),
    ("Krisis moneter terjadi pada tahun 1998.", "1998", "1998"),
    ("Rapat digelar 19 Oktober.", "19 Oktober", "2023-10-19"),
    ("Rapat pertama digelar pada 5/10/2023.", "5/10/2023", "2023-10-05"),
    ("Banjir serupa terjadi pada 3 Januari 2020.", "3 Januari 2020", "2020-01-03"),
], ids=lambda x: x if isinstance(x, str) and len(x) < 25 else None)
def test_dates(text, phrase, value):
    assert value_of(text, phrase) == value


@pytest.mark.parametrize("text, phrase, value", [
    ("Status tanggap darurat berlaku selama 7 hari.", "7 hari", "P7D"),
    ("Konflik itu berlangsung lebih dari dua tahun.", "dua tahun", "P2Y"),
    ("Curah hujan 164 milimeter tercatat dalam 24 jam.", "24 jam", "PT24H"),
    ("Pencarian berlangsung selama tiga pekan.", "tiga pekan", "P3W"),
])
def test_durations(text, phrase, value):
    assert value_of(text, phrase) == value


@pytest.mark.parametrize("text, phrase, anchor, value", [
    ("Harga naik sejak pekan lalu.", "pekan lalu", "2024-01-03", "2023-W52"),
    ("Harga turun bulan lalu.", "bulan lalu", "2024-01-03", "2023-12"),
    ("Tarif naik tahun depan.", "tahun depan", "2023-12-28", "2024"),
    ("Ia datang Senin lalu.", "Senin lalu", "2023-10-09", "2023-10-02"),
    ("Pelaku ditangkap kemarin.", "kemarin", "2024-03-01", "2024-02-29"),
])
def test_calendar_boundaries(text, phrase, anchor, value):
    assert value_of(text, phrase, anchor) == value


def test_clock_time_takes_the_day_of_its_sentence():
    assert value_of("Gempa terjadi pada Selasa (3/10/2023) pukul 06.18 WIB.", "pukul 06.18") == "2023-10-03T06:18"
    # No day in the sentence: the anchor day.
    assert value_of("Gempa terjadi pukul 06.18 WIB.", "pukul 06.18") == "2023-10-05T06:18"


def test_weekday_in_a_future_sentence_looks_forward():
    assert value_of("Rapat itu akan digelar pada Senin di Jakarta.", "Senin") == "2023-10-09"
    assert value_of("Rapat itu digelar pada Senin di Jakarta.", "Senin") == "2023-10-02"


def test_a_range_gives_both_days():
    found, _, _ = times("Pameran digelar 5-18 Oktober 2023 di Jakarta.")
    values = [t.value for t in found]
    assert "2023-10-05" in values and "2023-10-18" in values


def test_year_of_a_day_without_year_is_the_nearest_to_the_anchor():
    # Early January seen from late December is next year; December from January is last year.
    assert value_of("Sidang digelar 5 Januari.", "5 Januari", "2023-12-28") == "2024-01-05"
    assert value_of("Banjir terjadi 28 Desember.", "28 Desember", "2024-01-03") == "2023-12-28"


def test_anchor_from_publication():
    _, used, source = times("Polisi menangkap pelaku kemarin.", "2023-10-05T09:15:00+07:00")
    assert (used, source) == ("2023-10-05", "published")


def test_anchor_from_the_latest_full_date_in_the_text():
    text = "Banjir terjadi Kamis (5/10/2023). Air surut pada Senin (9/10/2023). Kemarin warga mulai pulang."
    found, used, source = times(text, None)
    assert (used, source) == ("2023-10-09", "text")
    assert [t.value for t in found if t.text == "Kemarin"] == ["2023-10-08"]


def test_anchor_from_a_written_out_date():
    found, used, source = times("Rapat digelar pada 3 Oktober 2023. Kemarin rapat lanjutan digelar.", None)
    assert (used, source) == ("2023-10-03", "text")
    assert [t.value for t in found if t.text == "Kemarin"] == ["2023-10-02"]


def test_no_anchor_leaves_relative_expressions_out():
    found, used, source = times("Polisi menangkap pelaku kemarin dan memeriksanya selama 7 hari.", None)
    assert (used, source) == (None, None)
    assert [t.value for t in found] == ["P7D"]


def test_article_time_anchor_source(sample_articles):
    a = analyzed(["Banjir terjadi Kamis (5/10/2023). Air surut pada Senin (9/10/2023). Kemarin warga mulai pulang."])
    assert a.time_anchor.date == "2023-10-09" and a.time_anchor.source == "text"
    b = analyzed(["Polisi menangkap pelaku kemarin."], published="2023-10-05T09:15:00+07:00")
    assert b.time_anchor.date == "2023-10-05" and b.time_anchor.source == "published"
    for art in sample_articles.values():
        if art.published and art.time_anchor:
            assert art.time_anchor.source == "published"
            assert art.time_anchor.date == art.published[:10]


def test_sentences_get_the_day_they_talk_about():
    text = "Banjir terjadi pada Senin (2/10/2023). Warga mengungsi. Bantuan tiba kemarin."
    sentences = split(text)
    found, _, _ = find_times(text, ANCHOR, sentences)
    date_sentences(sentences, found)
    assert [s.date for s in sentences] == ["2023-10-02", None, "2023-10-04"]


# TIMEX3 values: dates, date-times, dates with a part of the day (TMO, TNI ...), months,
# years, ISO weeks, durations, and the reference points PRESENT_REF / PAST_REF / FUTURE_REF.
_VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}|T(MO|MI|AF|EV|NI))?)?)?|\d{4}-W\d{2}|P(T?(\d+|X)[HMDWY])"
                    r"|PRESENT_REF|PAST_REF|FUTURE_REF)$")


def test_sample_values_are_well_formed(sample_articles):
    for a in sample_articles.values():
        body = a.body
        for t in a.times:
            assert body[t.start:t.end] == t.text, (a.id, t)
            assert _VALUE.match(t.value), (a.id, t)


def test_sample_relative_day(sample_articles):
    # Published Thursday 2026-11-19: "Rabu (18/11) malam" is Wednesday 18 November.
    a = sample_articles["lensa6-2026-11-19-kebocoran-data-bssn"]
    assert any(t.value == "2026-11-18" for t in a.times)
