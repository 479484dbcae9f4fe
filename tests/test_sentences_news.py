"""kilas.understand.sentences: boundary rules for Indonesian news text (issue 4).

One test per rule, each on realistic news sentences; the rule's word lists live in
kilas/data (abbreviations.txt, abbreviations_before_number.txt, company_suffixes.txt,
letter_labels.txt).
"""

from __future__ import annotations

import pytest
from test_sentences import texts  # the sentence texts, with their offsets checked

from kilas.understand.sentences import tokenize


@pytest.mark.parametrize("text, expected", [
    ("Lagu itu diajarkan Tb. Hasanuddin kepada murid-muridnya. Mereka kini mengajar di Banten.",
     ["Lagu itu diajarkan Tb. Hasanuddin kepada murid-muridnya.", "Mereka kini mengajar di Banten."]),
    ("Pj. Gubernur Jawa Barat meninjau lokasi banjir. Ia didampingi Tgk. Muhammad Daud.",
     ["Pj. Gubernur Jawa Barat meninjau lokasi banjir.", "Ia didampingi Tgk. Muhammad Daud."]),
    ("Surat itu ditandatangani Plt. Kepala Dinas Pendidikan. Isinya pendek.",
     ["Surat itu ditandatangani Plt. Kepala Dinas Pendidikan.", "Isinya pendek."]),
    ("Ibadah dipimpin Pdt. Andreas Yewangoe. Jemaat memadati gereja.",
     ["Ibadah dipimpin Pdt. Andreas Yewangoe.", "Jemaat memadati gereja."]),
    ("Sekolah itu didirikan Rev. George White pada 1920. Kini muridnya ribuan.",
     ["Sekolah itu didirikan Rev. George White pada 1920.", "Kini muridnya ribuan."]),
    ("Korban tinggal di Dsn. Krajan, Ds. Sukamaju. Rumahnya tertimbun longsor.",
     ["Korban tinggal di Dsn. Krajan, Ds. Sukamaju.", "Rumahnya tertimbun longsor."]),
    ("Kantor PT. Semen Padang di Jl. Raya Indarung terbakar. Api padam pukul 02.00 WIB.",
     ["Kantor PT. Semen Padang di Jl. Raya Indarung terbakar.", "Api padam pukul 02.00 WIB."]),
    ("Korban dibawa ke RS. Bhayangkara untuk diautopsi. Polisi masih menyelidiki.",
     ["Korban dibawa ke RS. Bhayangkara untuk diautopsi.", "Polisi masih menyelidiki."]),
    ("Ia meraih gelar Ph. D. di Universitas Cornell. Setelah itu ia pulang.",
     ["Ia meraih gelar Ph. D. di Universitas Cornell.", "Setelah itu ia pulang."]),
], ids=["tb", "pj-tgk", "plt", "pdt", "rev", "dsn-ds", "pt-jl", "rs", "ph-d"])
def test_more_titles_and_address_abbreviations(text, expected):
    assert texts(text) == expected


def test_abbreviations_before_a_number():
    text = ("Warga RT. 05 RW. 03 Kelurahan Cempaka mengungsi. Surat bertanggal 5 Okt. 2023 itu "
            "dikutip dari buku yang sama, hal. 45. Isinya dibacakan di sidang.")
    assert texts(text) == [
        "Warga RT. 05 RW. 03 Kelurahan Cempaka mengungsi.",
        "Surat bertanggal 5 Okt. 2023 itu dikutip dari buku yang sama, hal. 45.",
        "Isinya dibacakan di sidang.",
    ]


def test_latin_abbreviations_inside_a_sentence():
    assert texts("Surat ditujukan a.n. Kepala Dinas Pendidikan. Surat diterima Senin.") == [
        "Surat ditujukan a.n. Kepala Dinas Pendidikan.", "Surat diterima Senin."]
    assert texts("Bantuan dikirim ke sejumlah daerah, a.l. Garut, Cianjur dan Sumedang. Semua tiba sore.") == [
        "Bantuan dikirim ke sejumlah daerah, a.l. Garut, Cianjur dan Sumedang.", "Semua tiba sore."]


def test_dkk_ends_a_sentence_only_before_a_new_one():
    assert texts("Penelitian itu ditulis Budi Santoso dkk. Mereka meneliti 200 desa.") == [
        "Penelitian itu ditulis Budi Santoso dkk.", "Mereka meneliti 200 desa."]
    assert texts("Penelitian Budi Santoso dkk. menunjukkan hasil serupa. Data diambil 2022.") == [
        "Penelitian Budi Santoso dkk. menunjukkan hasil serupa.", "Data diambil 2022."]


def test_company_legal_forms_in_a_row():
    text = ("Saham dijual ke Sampoerna Packaging Asia Pte. Ltd. kemarin. "
            "Ia bekerja di Petronas Sdn. Bhd. Perusahaan itu milik negara Malaysia.")
    assert texts(text) == [
        "Saham dijual ke Sampoerna Packaging Asia Pte. Ltd. kemarin.",
        "Ia bekerja di Petronas Sdn. Bhd.",
        "Perusahaan itu milik negara Malaysia.",
    ]
    assert texts("Perjanjian diteken dengan Jiangsu Printing Co. Ltd. Nilainya dirahasiakan.") == [
        "Perjanjian diteken dengan Jiangsu Printing Co. Ltd.", "Nilainya dirahasiakan."]


def test_parenthesis_after_a_period_that_the_sentence_runs_on_after():
    text = ("PT Bank Negara Indonesia (Persero) Tbk. (BBNI) menambah modal anak usahanya. "
            "Saham dijual ke Sampoerna Packaging Asia Pte. Ltd. (SPA), anak usaha perseroan. "
            "Kasus itu ditangani Polda Metro Jaya. (Baca juga: Polisi tangkap pelaku) Penyidik memeriksa saksi.")
    assert texts(text) == [
        "PT Bank Negara Indonesia (Persero) Tbk. (BBNI) menambah modal anak usahanya.",
        "Saham dijual ke Sampoerna Packaging Asia Pte. Ltd. (SPA), anak usaha perseroan.",
        "Kasus itu ditangani Polda Metro Jaya.",
        "(Baca juga: Polisi tangkap pelaku) Penyidik memeriksa saksi.",
    ]


def test_no_boundary_inside_parentheses_that_close_soon():
    text = ("Bandara Sultan Syarif Kasim II (SSK. II) di Pekanbaru diperluas. "
            "Petani menanam paprika (Capsicum annuum L.) di lereng gunung. "
            "Ia datang pukul 10.00 (waktu setempat). Setelah itu ia pergi.")
    assert texts(text) == [
        "Bandara Sultan Syarif Kasim II (SSK. II) di Pekanbaru diperluas.",
        "Petani menanam paprika (Capsicum annuum L.) di lereng gunung.",
        "Ia datang pukul 10.00 (waktu setempat).",
        "Setelah itu ia pergi.",
    ]


def test_a_parenthesis_that_opens_the_next_sentence_is_not_a_run_on():
    assert texts("Rapat berakhir tanpa hasil. () Pimpinan menunda sidang.") == [
        "Rapat berakhir tanpa hasil.", "() Pimpinan menunda sidang."]


def test_run_of_initials_before_a_name():
    text = "Direktur Utama Bank Mandiri Agus D.W. Martowardojo hadir. Ia memberi sambutan."
    assert texts(text) == ["Direktur Utama Bank Mandiri Agus D.W. Martowardojo hadir.", "Ia memberi sambutan."]
    text = "Menurut Direktur Pengembangan Medco Rashid I. Mangunkusumo, produksi naik. Harga tetap."
    assert texts(text) == ["Menurut Direktur Pengembangan Medco Rashid I. Mangunkusumo, produksi naik.",
                           "Harga tetap."]


def test_a_letter_after_a_hyphen_is_not_an_initial():
    text = 'Defisit mencapai 2 persen dari APBN-P. "Kami tetap waspada," katanya.'
    assert texts(text) == ["Defisit mencapai 2 persen dari APBN-P.", '"Kami tetap waspada," katanya.']


@pytest.mark.parametrize("text, expected", [
    ("Timnas Indonesia masuk Grup B. Lawan pertama adalah Vietnam.",
     ["Timnas Indonesia masuk Grup B.", "Lawan pertama adalah Vietnam."]),
    ("Ekonomi tumbuh 5,1 persen pada kuartal I. Angka itu di atas perkiraan.",
     ["Ekonomi tumbuh 5,1 persen pada kuartal I.", "Angka itu di atas perkiraan."]),
    ("Jembatan itu dibangun sebelum Perang Dunia I. Kini jembatan itu cagar budaya.",
     ["Jembatan itu dibangun sebelum Perang Dunia I.", "Kini jembatan itu cagar budaya."]),
    ("Jeruk kaya akan vitamin C. Dokter menganjurkannya bagi pasien.",
     ["Jeruk kaya akan vitamin C.", "Dokter menganjurkannya bagi pasien."]),
], ids=["grup", "kuartal", "perang-dunia", "vitamin"])
def test_letter_labels_end_sentences(text, expected):
    assert texts(text) == expected


def test_numbered_list_inside_a_paragraph():
    text = "Syaratnya: 1. Fotokopi KTP 2. Kartu keluarga 3. Surat keterangan lurah. Berkas diserahkan Senin."
    assert texts(text) == ["Syaratnya: 1. Fotokopi KTP 2. Kartu keluarga 3. Surat keterangan lurah.",
                           "Berkas diserahkan Senin."]
    text = "Berkas yang wajib dibawa. 1. Fotokopi KTP. 2. Kartu keluarga. Semua harus asli."
    assert texts(text) == ["Berkas yang wajib dibawa.", "1. Fotokopi KTP.", "2. Kartu keluarga.",
                           "Semua harus asli."]
    # A number ending a sentence is not a list number.
    assert texts("Nomor punggungnya 10. Ia bermain sebagai gelandang.") == [
        "Nomor punggungnya 10.", "Ia bermain sebagai gelandang."]


def test_tokens_keep_new_abbreviations_and_doubled_marks_whole():
    text = "Pj. Gubernur tiba -- kata ``saksi'' -- di Jl. Merdeka."
    spans = tokenize(text)
    assert [text[a:b] for a, b in spans] == [
        "Pj.", "Gubernur", "tiba", "--", "kata", "``", "saksi", "''", "--", "di", "Jl.", "Merdeka", "."]
