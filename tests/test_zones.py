"""kilas.clean.zones: the pages of an outlet kilas does not know agree on its home zone."""

from __future__ import annotations

from kilas.clean.zones import settle
from kilas.model import Article, RawDocument
from kilas.pipeline import clean_documents


def _page(n: int, line: str, outlet: str = "Suara Mahakam") -> tuple[RawDocument, Article]:
    raw = RawDocument(id=str(n), source=f"{n}.txt", text=f"{outlet}\nJudul {n}\n{line}\nIsi berita.")
    return raw, Article(id=str(n), source=raw.source, outlet=outlet, published=f"2026-11-0{n}T10:15:00+08:00")


def test_a_page_filed_far_from_home_takes_the_zone_most_pages_guess():
    pairs = [_page(n, f"Senin, 0{n} November 2026 | 10:15") for n in (1, 2, 3)]
    pairs[2][1].published = "2026-11-03T10:15:00+07:00"  # a story from Jakarta guessed WIB
    settle(pairs)
    assert [a.published[-6:] for _, a in pairs] == ["+08:00"] * 3


def test_a_printed_zone_is_never_changed_and_outvotes_guesses():
    pairs = [_page(n, f"Senin, 0{n} November 2026 | 10:15 WIB") for n in (1, 2, 3)]
    for _, a in pairs:
        a.published = a.published[:-6] + "+07:00"
    guessed = _page(4, "Kamis, 04 November 2026 | 10:15")  # no zone printed, guessed WITA
    pairs.append(guessed)
    odd = _page(5, "Jumat, 05 November 2026 | 10:15 WITA")  # printed: stays WITA
    pairs.append(odd)
    settle(pairs)
    assert guessed[1].published.endswith("+07:00")
    assert odd[1].published.endswith("+08:00")


def test_too_few_pages_or_no_majority_leave_each_guess():
    two = [_page(1, "Senin, 01 November 2026 | 10:15"), _page(2, "Selasa, 02 November 2026 | 10:15")]
    two[1][1].published = "2026-11-02T10:15:00+07:00"
    settle(two)
    assert two[1][1].published.endswith("+07:00")


def test_the_batch_cleaner_settles_zones_of_an_unknown_outlet():
    def page(n: int, dateline: str) -> RawDocument:
        return RawDocument(id=str(n), source=f"p{n}.txt", text=(
            "KABAR MAHAKAM\nBeranda  Samarinda  Balikpapan  Nasional\nDaerah\n"
            f"Judul Berita Nomor {n} tentang Banjir di Kota\nPenulis: Rina Amalia\n"
            f"Senin, 0{n} November 2026 | 10:15\n"
            f"{dateline} – Banjir merendam ratusan rumah warga di kawasan itu sejak Minggu malam, kata petugas.\n"
            "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian terdekat.\n"))
    articles = list(clean_documents([page(1, "SAMARINDA"), page(2, "BALIKPAPAN"), page(3, "JAKARTA")]))
    assert [a.published[-6:] for a in articles] == ["+08:00"] * 3


def test_a_twelve_hour_clock_with_its_zone_counts_as_printed():
    from kilas.clean.zones import _printed

    raw, article = _page(1, "Nov 1, 2026 6:25 PM WITA")
    article.published = "2026-11-01T18:25:00+08:00"
    assert _printed(article, raw)
    raw2, article2 = _page(2, "Nov 2, 2026 6:25 PM")
    article2.published = "2026-11-02T18:25:00+08:00"
    assert not _printed(article2, raw2)
