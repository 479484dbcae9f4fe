"""kilas.understand.sentences: Indonesian sentence splitting and tokens, with exact offsets."""

from __future__ import annotations

import pytest

from kilas.understand.sentences import split, tokenize


def texts(text: str) -> list[str]:
    sentences = split(text)
    for s in sentences:
        assert text[s.start:s.end] == s.text
    return [s.text for s in sentences]


@pytest.mark.parametrize("text, expected", [
    ("Kepala Dinas Dr. Hendra Saputra hadir. Ia datang bersama Prof. Budi Santoso.",
     ["Kepala Dinas Dr. Hendra Saputra hadir.", "Ia datang bersama Prof. Budi Santoso."]),
    ("Rapat dipimpin H. Abdul Somad dan Hj. Siti Aminah. Rapat selesai siang.",
     ["Rapat dipimpin H. Abdul Somad dan Hj. Siti Aminah.", "Rapat selesai siang."]),
    ("Proyek itu dikerjakan Ir. Bambang Susanto. Nilainya Rp 2 miliar.",
     ["Proyek itu dikerjakan Ir. Bambang Susanto.", "Nilainya Rp 2 miliar."]),
    ("Kantor itu berada di Jl. Merdeka No. 12, Kab. Garut, Kec. Tarogong Kidul. Kantor dibuka pukul delapan.",
     ["Kantor itu berada di Jl. Merdeka No. 12, Kab. Garut, Kec. Tarogong Kidul.", "Kantor dibuka pukul delapan."]),
    ("Dirut PT Jaringan Data Andalas Tbk. mengumumkan kerugian. Saham turun.",
     ["Dirut PT Jaringan Data Andalas Tbk. mengumumkan kerugian.", "Saham turun."]),
    ("Saham PT Aneka Tambang Tbk. Harga emas naik.",
     ["Saham PT Aneka Tambang Tbk.", "Harga emas naik."]),
    ("Bantuan berupa beras, minyak, selimut, dll. Semua disalurkan hari ini.",
     ["Bantuan berupa beras, minyak, selimut, dll.", "Semua disalurkan hari ini."]),
    ("Bantuan berupa beras, minyak, dll. dikirim dengan truk. Semua tiba sore.",
     ["Bantuan berupa beras, minyak, dll. dikirim dengan truk.", "Semua tiba sore."]),
    ("Ahmad Fauzi, S.H., M.Si. hadir sebagai saksi ahli. Sidang ditunda.",
     ["Ahmad Fauzi, S.H., M.Si. hadir sebagai saksi ahli.", "Sidang ditunda."]),
], ids=["dr-prof", "h-hj", "ir", "jl-no-kab-kec", "tbk-mid", "tbk-end", "dll-end", "dll-mid", "degrees"])
def test_abbreviations_and_titles(text, expected):
    assert texts(text) == expected


def test_place_name_ending_a_sentence():
    # "Kota" ends the name of a district here; it is not an abbreviation.
    text = ("Korban adalah seorang balita asal Kecamatan Garut Kota. Adapun dua warga lainnya belum ditemukan.")
    assert texts(text) == ["Korban adalah seorang balita asal Kecamatan Garut Kota.",
                           "Adapun dua warga lainnya belum ditemukan."]


def test_abbreviated_given_name():
    text = ("Penyidik menetapkan Sekretaris Umum KONI Makassar Muh. Syahrir Latif sebagai tersangka. "
            "Ia langsung ditahan.")
    assert texts(text) == ["Penyidik menetapkan Sekretaris Umum KONI Makassar Muh. Syahrir Latif sebagai tersangka.",
                           "Ia langsung ditahan."]


def test_initials():
    assert texts("Surat ditandatangani B. J. Habibie pada 1998. Setelah itu rapat ditutup.") == [
        "Surat ditandatangani B. J. Habibie pada 1998.", "Setelah itu rapat ditutup."]
    assert texts("Pelatih M. Nasir memanggil 23 pemain. Latihan dimulai Senin.") == [
        "Pelatih M. Nasir memanggil 23 pemain.", "Latihan dimulai Senin."]


def test_numbers_do_not_end_sentences():
    text = ("Dana sebesar Rp 1.500.000 diberikan kepada tiap keluarga. Inflasi naik 3,5 persen. "
            "Gempa terjadi pukul 13.54 WIB. Rapat pada 5/10/2023 berjalan lancar.")
    assert texts(text) == [
        "Dana sebesar Rp 1.500.000 diberikan kepada tiap keluarga.",
        "Inflasi naik 3,5 persen.",
        "Gempa terjadi pukul 13.54 WIB.",
        "Rapat pada 5/10/2023 berjalan lancar.",
    ]


def test_quote_ending_with_a_cue_is_one_sentence():
    text = '"Kami siap membantu warga yang terdampak," kata dia. Bantuan tiba sore.'
    assert texts(text) == ['"Kami siap membantu warga yang terdampak," kata dia.', "Bantuan tiba sore."]
    text = "\u201cKami tidak mau terburu-buru. Server harus bersih,\u201d ujar Ariandi. Pemulihan berlanjut."
    assert texts(text) == [
        "\u201cKami tidak mau terburu-buru.", "Server harus bersih,\u201d ujar Ariandi.", "Pemulihan berlanjut."]


def test_question_in_a_quote_with_a_cue():
    assert texts('"Apakah ini adil?" tanya Ratna. Tidak ada jawaban.') == [
        '"Apakah ini adil?" tanya Ratna.', "Tidak ada jawaban."]


def test_closing_quote_stays_with_its_sentence():
    assert texts('Ia berkata, "Kami siap." Lalu ia pergi.') == ['Ia berkata, "Kami siap."', "Lalu ia pergi."]


def test_acronym_ending_a_sentence():
    assert texts("Data dikirim lewat SFTP. Koneksi terputus dua kali.") == [
        "Data dikirim lewat SFTP.", "Koneksi terputus dua kali."]
    assert texts("Kasus itu kini ditangani KPK. Penyidik memeriksa lima saksi.") == [
        "Kasus itu kini ditangani KPK.", "Penyidik memeriksa lima saksi."]


def test_ellipsis():
    assert texts("Ia terdiam... Lalu pergi tanpa bicara.") == ["Ia terdiam...", "Lalu pergi tanpa bicara."]
    assert texts("Ia menunggu... dan terus menunggu.") == ["Ia menunggu... dan terus menunggu."]
    assert texts("Ia menunggu\u2026 Tak ada yang datang.") == ["Ia menunggu\u2026", "Tak ada yang datang."]


def test_headline_without_final_punctuation_is_its_own_sentence():
    text = "Harga Beras Naik Lagi\n\nPedagang mengeluh sepi pembeli. Pembeli beralih ke beras SPHP."
    assert texts(text) == ["Harga Beras Naik Lagi", "Pedagang mengeluh sepi pembeli.", "Pembeli beralih ke beras SPHP."]


def test_paragraphs_never_share_a_sentence():
    text = "Paragraf pertama tanpa titik\n\nparagraf kedua dimulai huruf kecil."
    assert texts(text) == ["Paragraf pertama tanpa titik", "paragraf kedua dimulai huruf kecil."]


def test_exclamation_and_question():
    assert texts("Warga panik! Mengapa sirene tidak berbunyi? Petugas menjelaskan.") == [
        "Warga panik!", "Mengapa sirene tidak berbunyi?", "Petugas menjelaskan."]


def test_offsets_are_exact_on_a_real_article(sample_articles):
    for a in sample_articles.values():
        body = a.body
        cursor = 0
        for s in a.sentences:
            assert body[s.start:s.end] == s.text, a.id
            assert s.text and s.text == s.text.strip()
            # In order, not overlapping, and only white space between sentences.
            assert s.start >= cursor and body[cursor:s.start].strip() == "", (a.id, body[cursor:s.start])
            cursor = s.end
        assert body[cursor:].strip() == ""


def test_empty_text():
    assert split("") == []
    assert split("   \n\n  ") == []


# --- tokenize ------------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    spans = tokenize(text)
    previous = 0
    for start, end in spans:
        assert start >= previous and end > start
        assert text[start:end] == text[start:end].strip()
        previous = end
    return [text[a:b] for a, b in spans]


def test_tokens_keep_abbreviations_numbers_and_words_whole():
    text = "Dr. Hendra menerima Rp 1.500.000 pada 5/10/2023 pukul 13.54 WIB, kira-kira 3,5 persen."
    assert tokens(text) == ["Dr.", "Hendra", "menerima", "Rp", "1.500.000", "pada", "5/10/2023", "pukul",
                            "13.54", "WIB", ",", "kira-kira", "3,5", "persen", "."]


def test_tokens_degrees_apostrophes_and_urls():
    assert tokens("Ahmad Fauzi, S.H. hadir Jum'at di https://kpk.go.id/berita.") == [
        "Ahmad", "Fauzi", ",", "S.H.", "hadir", "Jum'at", "di", "https://kpk.go.id/berita", "."]


def test_token_offsets_cover_all_non_space_characters():
    text = '"Kami siap," kata Kapolres Garut AKBP Fajar Nugraha (45) di Jl. Merdeka No. 3.'
    spans = tokenize(text)
    covered = set()
    for a, b in spans:
        covered.update(range(a, b))
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}
