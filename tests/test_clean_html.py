"""kilas.clean.html: saved pages to Articles (trafilatura + htmldate + the text rules)."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SAMPLES
from kilas.ingest import read
from kilas.model import Article, RawDocument, Rejection
from kilas.pipeline import clean_one


def _clean_file(path) -> Article:
    (doc,) = list(read([str(path)]))
    assert isinstance(doc, RawDocument), doc
    result = clean_one(doc)
    assert isinstance(result, Article), result
    return result


@pytest.fixture(scope="module")
def pages():
    return {p.stem: _clean_file(p) for p in sorted(SAMPLES.glob("*.html"))}


SAMPLE_PAGES = {
    "lensa6-2026-11-19-kebocoran-data-bssn": dict(
        title="BSSN: Sistem Jaringan Data Andalas Pulih 90 Persen, Bareskrim Mulai Usut Peretasan",
        outlet="Lensa6.com", published="2026-11-19T14:20:00+07:00", authors=["Andika Prasetya"],
        first="Badan Siber dan Sandi Negara (BSSN) menyatakan", last="Kementerian Komunikasi dan Digital sebelumnya",
        paragraphs=11),
    "wartakini-2026-10-09-banjir-garut-pemulihan": dict(
        title="Pemulihan Pascabanjir Garut Dimulai, Pemprov Jabar Kucurkan Rp 2,5 Miliar",
        outlet="WartaKini.com", published="2026-10-09T10:30:00+07:00", authors=["Rina Oktaviani"],
        first="Empat hari setelah banjir bandang menerjang Kabupaten Garut", last="Bupati Garut H. Rudi Hermawan",
        paragraphs=12),
    "okenews-2026-11-21-harga-emas": dict(
        title="Harga Emas Antam Hari Ini Naik Rp 14.000, Tembus Rp 2.387.000 per Gram",
        outlet="OkeNews", published="2026-11-21T09:20:00+07:00", authors=["Farah Nabila"],
        first="Harga emas batangan produksi PT Aneka Tambang Tbk. (Antam)", last="Harga emas Antam di atas berlaku",
        paragraphs=None),
}


def test_every_sample_page_is_covered(pages):
    assert set(pages) == set(SAMPLE_PAGES)


@pytest.mark.parametrize("stem", sorted(SAMPLE_PAGES))
def test_sample_page_title_and_outlet(pages, stem):
    a, exp = pages[stem], SAMPLE_PAGES[stem]
    assert a.title == exp["title"]
    assert a.outlet == exp["outlet"]
    assert a.authors == exp["authors"]
    assert a.language == "id"


@pytest.mark.parametrize("stem", sorted(SAMPLE_PAGES))
def test_sample_page_published_with_time_zone(pages, stem):
    # Every sample page prints its time and zone (and has it in article:published_time).
    assert pages[stem].published == SAMPLE_PAGES[stem]["published"]


@pytest.mark.parametrize("stem", sorted(SAMPLE_PAGES))
def test_sample_page_body(pages, stem):
    a, exp = pages[stem], SAMPLE_PAGES[stem]
    assert a.paragraphs[0].startswith(exp["first"]), a.paragraphs[0]
    assert a.paragraphs[-1].startswith(exp["last"]), a.paragraphs[-1]
    if exp["paragraphs"]:
        assert len(a.paragraphs) == exp["paragraphs"]
    body = a.body
    # No navigation, ads, share buttons, "Baca juga", tags or related lists.
    for junk in ["Baca juga", "Baca Juga", "ADVERTISEMENT", "Advertisement", "Berita Terkait", "Cari berita",
                 "Salin Tautan", "WhatsApp", "Masuk", "Tag:", "Infografis", "Copyright", "googletag", "dataLayer",
                 "Google News", "ORION"]:
        assert junk not in body, junk
    assert not re.search(r"\b(Home|Nasional|Ekonomi|Olahraga)\s*\n", body)
    # The dateline is not part of the body.
    assert not a.paragraphs[0].startswith(("Lensa6.com", "GARUT", "JAKARTA", "Jakarta"))
    assert "<" not in body and ">" not in body


def test_sample_page_dateline(pages):
    assert pages["lensa6-2026-11-19-kebocoran-data-bssn"].dateline == "Jakarta"
    assert pages["wartakini-2026-10-09-banjir-garut-pemulihan"].dateline == "Garut"


def test_price_list_in_the_body_is_kept(pages):
    # "Berikut daftar harga emas Antam hari ini ...:" is followed by the list it announces;
    # the list is the article's content, not page furniture.
    a = pages["okenews-2026-11-21-harga-emas"]
    assert "Emas 1 gram: Rp 2.387.000" in a.body
    assert "Emas 100 gram: Rp 232.712.000" in a.body


@pytest.mark.parametrize("page", [
    "<html><body><div><p>Polisi menangkap dua pria yang diduga mencuri kabel tembaga di kawasan Stasiun "
    "Manggarai, Jakarta Selatan, pada Minggu malam.<p>Kedua pelaku kini ditahan di Mapolsek Tebet dan "
    "dijerat pasal pencurian dengan pemberatan.</div><table><tr><td>sel",
    "<<<>>> <p <b>>> </html></html> <script>var x = '<p>'",
    "<html><head><title>Kosong</title></head><body></body></html>",
    "<?xml version='1.0'?><html><body><p>\x0b\x0c tidak wajar</p></body></html>",
], ids=["unclosed-tags", "garbage", "empty-body", "control-characters"])
def test_malformed_html_does_not_break_the_run(page):
    result = clean_one(RawDocument(id="rusak", source="rusak.html", html=page))
    assert isinstance(result, (Article, Rejection))
    if isinstance(result, Rejection):
        assert "\n" not in str(result) and "rusak.html" in str(result)
    else:
        assert result.paragraphs and all(p.strip() for p in result.paragraphs)


def test_unclosed_tags_keep_the_text():
    page = ("<html><body><h1>Polisi Tangkap Dua Pencuri Kabel di Manggarai<div><p>Polisi menangkap dua pria yang "
            "diduga mencuri kabel tembaga di kawasan Stasiun Manggarai, Jakarta Selatan, pada Minggu malam.<p>Kedua "
            "pelaku kini ditahan di Mapolsek Tebet dan dijerat pasal pencurian dengan pemberatan.</div>")
    result = clean_one(RawDocument(id="rusak", source="rusak.html", html=page))
    assert isinstance(result, Article)
    assert "Polisi menangkap dua pria" in result.body
    assert "Kedua pelaku kini ditahan" in result.body


# --- public data: a detik page with its expected extraction ---------------------------------


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_detik_fixture_against_expected(shared_data):
    folder = shared_data / "html" / "detik_html_fixtures"
    page, expected_file = folder / "1.html", folder / "1.expected.json"
    if not page.exists() or not expected_file.exists():
        pytest.skip("detik fixture not present")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    a = _clean_file(page)
    assert a.title == expected["title"]
    # "2022/12/10 13:19:56 +0700"
    day, clock, zone = expected["published_date"].split()
    assert a.published is not None
    assert a.published[:10] == day.replace("/", "-")
    if "T" in a.published:
        assert a.published[11:16] == clock[:5]
        assert a.published.endswith(zone[:3] + ":" + zone[3:])
    assert a.outlet == "detikcom"
    gold = _tokens(" ".join(expected["paragraphs"]))
    got = _tokens(a.body)
    common = sum(min(gold.count(t), got.count(t)) for t in set(gold))
    recall, precision = common / len(gold), common / max(1, len(got))
    assert recall >= 0.95, recall
    assert precision >= 0.90, precision
