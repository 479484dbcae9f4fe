"""kilas.clean.meta: dates and times, bylines, datelines and outlet names on single lines."""

from __future__ import annotations

import pytest

from kilas.clean.meta import find_datetime, known_outlet, looks_like_site_name, outlet_from_url, parse_byline, split_dateline

# --- find_datetime -------------------------------------------------------------------------


@pytest.mark.parametrize("line, value, printed", [
    ("Senin, 02 Okt 2023 09:15 WIB", "2023-10-02T09:15:00+07:00", "02 Okt 2023 09:15 WIB"),
    ("- 2 Oktober 2023, 09:15 WIB", "2023-10-02T09:15:00+07:00", "2 Oktober 2023, 09:15 WIB"),
    ("Oct 2, 2023 - 09:15", "2023-10-02T09:15:00+07:00", "Oct 2, 2023 - 09:15"),
    ("Outlet • 2 Oktober 2023 09:15", "2023-10-02T09:15:00+07:00", "2 Oktober 2023 09:15"),
    ("02/10/2023, 09:15 WITA", "2023-10-02T09:15:00+08:00", "02/10/2023, 09:15 WITA"),
    ("11 November 2026 @ 3:45pm", "2026-11-11T15:45:00+07:00", "11 November 2026 @ 3:45pm"),
    ("Senin, 2 November 2026 - 21:45 WIT", "2026-11-02T21:45:00+09:00", "2 November 2026 - 21:45 WIT"),
    ("PelitaNews | Selasa, 13/10/2026 18:05 WIB", "2026-10-13T18:05:00+07:00", "13/10/2026 18:05 WIB"),
    ("Selasa 06 Oct 2026 17:10 WIB", "2026-10-06T17:10:00+07:00", "06 Oct 2026 17:10 WIB"),
    ("12 Nov 2023 12:05am", "2023-11-12T00:05:00+07:00", "12 Nov 2023 12:05am"),
    # the clock apart from the date, before it, or after a second calendar's date
    ("Selasa (20/10/2026) pukul 21.15", "2026-10-20T21:15:00+07:00", "20/10/2026) pukul 21.15"),
    ("10:15 WIT · Sabtu, 17 Okt 2026", "2026-10-17T10:15:00+09:00", "10:15 WIT · Sabtu, 17 Okt 2026"),
    ("3 Desember 2026 · 17:40 WIB", "2026-12-03T17:40:00+07:00", "3 Desember 2026 · 17:40 WIB"),
    ("Jumat, 4 Desember 2026 / 23 Jumadil Akhir 1448 H — 09.12 WITA", "2026-12-04T09:12:00+08:00",
     "4 Desember 2026"),
    ("24/10/26 • 18:10 WIB", "2026-10-24T18:10:00+07:00", "24/10/26 • 18:10 WIB"),
    ("Dipublikasikan: 2026-10-22 11:20 WITA", "2026-10-22T11:20:00+08:00", "2026-10-22 11:20 WITA"),
    ("Terbit 23.10.2026, 10.20 WIB", "2026-10-23T10:20:00+07:00", "23.10.2026, 10.20 WIB"),
])
def test_find_datetime_formats(line, value, printed):
    found = find_datetime(line)
    assert found is not None, line
    assert found.value == value
    assert found.has_time
    assert printed in line[found.start:found.end]


def test_find_datetime_without_zone_takes_the_default_zone():
    assert find_datetime("Oct 2, 2023 - 09:15", "WITA").value == "2023-10-02T09:15:00+08:00"
    assert find_datetime("Oct 2, 2023 - 09:15", "WIT").value == "2023-10-02T09:15:00+09:00"
    assert find_datetime("11 November 2026 @ 3:45pm", "MYT").value == "2026-11-11T15:45:00+08:00"
    # No default: a local time without an offset.
    assert find_datetime("Oct 2, 2023 - 09:15", None).value == "2023-10-02T09:15:00"


def test_a_printed_zone_beats_the_default():
    assert find_datetime("02/10/2023, 09:15 WITA", "WIB").value == "2023-10-02T09:15:00+08:00"


def test_numbers_near_a_date_are_not_its_clock():
    assert find_datetime("Dibaca 1.204 kali · 17 Oktober 2026").value == "2026-10-17"
    assert find_datetime("IHSG 7.412,55 ▲0,42% 17/10/2026").value == "2026-10-17"
    # a long sentence's clock belongs to its own date only when printed next to it
    assert find_datetime("Rapat digelar Senin (5/10/2026) dan dilanjutkan keesokan harinya setelah para "
                         "peserta tiba dari luar kota sekitar pukul 14.00 WIB di gedung itu").value == "2026-10-05"


def test_find_datetime_day_only():
    found = find_datetime("Kamis, 5 Oktober 2023")
    assert found.value == "2023-10-05"
    assert not found.has_time


@pytest.mark.parametrize("line", [
    "Copyright 2008 - 2023 PT. Kompas Cyber Media. All Rights Reserved.",
    "© 2023 Tempo Media Group",
    "Polisi menangkap dua pelaku pada Senin malam.",
    "31 Februari 2023",          # no such day
    "Skor akhir 2-1 untuk Indonesia",
])
def test_find_datetime_finds_no_date(line):
    assert find_datetime(line) is None


# --- parse_byline -------------------------------------------------------------------------


@pytest.mark.parametrize("line, authors, editors", [
    ("Penulis: Rina Oktaviani | Editor: Bayu Setiawan", ["Rina Oktaviani"], ["Bayu Setiawan"]),
    ("Reporter: Annisa Rahmawati", ["Annisa Rahmawati"], []),
    ("Pewarta: Dimas Prasetyo", ["Dimas Prasetyo"], []),
    ("Redaktur: Lukman Hakim", [], ["Lukman Hakim"]),
    ("Editor: Bayu Setiawan", [], ["Bayu Setiawan"]),
    ("Laporan Wartawan Tribunnews.com, Rizka Amelia Putri", ["Rizka Amelia Putri"], []),
    ("Farah Nabila , Reporter-Senin, 2 Oktober 2023 |09:15 WIB", ["Farah Nabila"], []),
    ("Farah Nabila , Jurnalis-Jum'at, 23 Oktober 2026 |14:20 WIB", ["Farah Nabila"], []),
    ("Oleh Andika Prasetya pada 20 Okt 2026, 11:30 WIB", ["Andika Prasetya"], []),
    ("Penulis: Rina Oktaviani, Agus Salim | Editor: Bayu Setiawan", ["Rina Oktaviani", "Agus Salim"], ["Bayu Setiawan"]),
    ("Penulis: Rina Oktaviani dan Agus Salim", ["Rina Oktaviani", "Agus Salim"], []),
    ("Reporter: Annisa Rahmawati (Kompas.com)", ["Annisa Rahmawati"], []),
    ("Yogi Ardiansyah - detikNews", ["Yogi Ardiansyah"], []),
    ("Oleh: Andika Prasetya", ["Andika Prasetya"], []),
    # roles without a colon, with 'oleh', in brackets, beside a photo credit
    ("Ditulis: Fitri Handayani dan Cut Nyak Rahmi — Disunting: Zulfikar Hasan",
     ["Fitri Handayani", "Cut Nyak Rahmi"], ["Zulfikar Hasan"]),
    ("Liputan: Rahmadi Noor  ⋅  Foto: Gusti Ardiansyah", ["Rahmadi Noor"], []),
    ("Reporter Yohanes Kambu | Editor Melati Rumbiak", ["Yohanes Kambu"], ["Melati Rumbiak"]),
    ("Disunting oleh Ratna Kusumawati", [], ["Ratna Kusumawati"]),
    ("(Editor: Hairani Noor)", [], ["Hairani Noor"]),
    ("Diedit oleh: Wa Ode Marlina", [], ["Wa Ode Marlina"]),
    ("Diterbitkan oleh Markus Wetipo pada 17 Oktober 2026 jam 09.30", ["Markus Wetipo"], []),
    ("Penyunting naskah: Desi Marliana", [], ["Desi Marliana"]),
    ("Jurnalis: Yosina Gebze  /  Editor: Fransiskus Kaize", ["Yosina Gebze"], ["Fransiskus Kaize"]),
    ("Penulis Kontributor Wonosari, Hanung Prasetyo | Editor Sekar Ayu", ["Hanung Prasetyo"], ["Sekar Ayu"]),
    ("Pewarta: Kontributor Majene, Irfan Syarif", ["Irfan Syarif"], []),
    ("Dewi Anggun & Rizal Fahmi, Jurnalis · Rabu, 2 Des 2026 17:25", ["Dewi Anggun", "Rizal Fahmi"], []),
    ("Penulis Dinda Lestari, Nur Aini Rahma, Galih Adi Prasetyo | Editor Wulan Arum",
     ["Dinda Lestari", "Nur Aini Rahma", "Galih Adi Prasetyo"], ["Wulan Arum"]),
])
def test_parse_byline(line, authors, editors):
    byline = parse_byline(line)
    assert byline is not None, line
    assert byline.authors == authors
    assert byline.editors == editors


def test_byline_names_carry_no_outlet_names():
    byline = parse_byline("Penulis: Tim Kompas.com | Editor: Bayu Setiawan")
    assert byline is not None
    assert byline.editors == ["Bayu Setiawan"]
    assert not any("kompas" in name.lower() for name in byline.authors), byline.authors


def test_an_outlet_after_a_role_is_not_an_author():
    byline = parse_byline("Rep: Antarnusa")
    assert byline is None or byline.authors == []


def test_a_team_byline_names_nobody_and_a_photo_credit_is_no_byline():
    byline = parse_byline("Oleh Tim Redaksi Tirai")
    assert byline is not None and byline.authors == [] and byline.editors == []
    assert parse_byline("Penulis: Rilis").authors == []  # a press release, not a person
    assert parse_byline("Foto: Gusti Ardiansyah") is None


@pytest.mark.parametrize("line", [
    "Polisi menangkap dua pelaku pencurian kabel pada Senin malam di Jakarta.",
    "Reporter muda itu datang paling awal ke lokasi kebakaran.",
    "Laporan Khusus",
    "Kepala Dinas Sosial Garut Nenden Rukmini menyebut dapur umum memproduksi 8.000 bungkus nasi per hari.",
    "Senin, 02 Okt 2023 09:15 WIB",
])
def test_parse_byline_negatives(line):
    assert parse_byline(line) is None


# --- split_dateline -------------------------------------------------------------------------


@pytest.mark.parametrize("paragraph, city, outlet, agency, rest", [
    ("SURABAYA - Pemkot Surabaya menggelar pasar murah.", "Surabaya", None, None,
     "Pemkot Surabaya menggelar pasar murah."),
    ("JAKARTA, KOMPAS.com - Polisi menangkap dua pria.", "Jakarta", "KOMPAS.com", None,
     "Polisi menangkap dua pria."),
    ("Jakarta (ANTARA) - BNPB mencatat tiga warga meninggal.", "Jakarta", None, "ANTARA",
     "BNPB mencatat tiga warga meninggal."),
    ("MENTARI.CO.ID, BANDUNG -- Banjir melanda lima kecamatan.", "Bandung", "MENTARI.CO.ID", None,
     "Banjir melanda lima kecamatan."),
    ("Bandung: Pemerintah kota menggelar rapat darurat.", "Bandung", None, None,
     "Pemerintah kota menggelar rapat darurat."),
    ("KOTA BHARU: Jumlah mangsa banjir meningkat.", "Kota Bharu", None, None, "Jumlah mangsa banjir meningkat."),
    ("Liputan6.com, Jakarta - Harga beras naik.", "Jakarta", "Liputan6.com", None, "Harga beras naik."),
    ("JAYAPURA, Cahaya Papua - Gempa mengguncang kota.", "Jayapura", "Cahaya Papua", None, "Gempa mengguncang kota."),
    ("Garut – Tim SAR menemukan korban terakhir.", "Garut", None, None, "Tim SAR menemukan korban terakhir."),
    ("Palembang, kabarsriwijaya.id | Harga karet turun.", "Palembang", "kabarsriwijaya.id", None, "Harga karet turun."),
    ("Tirai.id, Wangi-Wangi — Nelayan menanam karang.", "Wangi-Wangi", "Tirai.id", None, "Nelayan menanam karang."),
    ("Tanah Merah (ANTARA) - Jembatan baru diresmikan.", "Tanah Merah", None, "ANTARA", "Jembatan baru diresmikan."),
    ("SAMARINDA. Ekspor batubara turun.", "Samarinda", None, None, "Ekspor batubara turun."),
    ("LABAKINI.COM - JAKARTA. PT Bank Sinar membukukan laba.", "Jakarta", "LABAKINI.COM", None,
     "PT Bank Sinar membukukan laba."),
])
def test_split_dateline(paragraph, city, outlet, agency, rest):
    dl = split_dateline(paragraph)
    assert dl is not None, paragraph
    assert (dl.city, dl.outlet, dl.agency, dl.rest) == (city, outlet, agency, rest)


def test_dateline_alone_on_its_line():
    dl = split_dateline("Jakarta -")
    assert dl is not None
    assert dl.city == "Jakarta" and dl.rest == ""


@pytest.mark.parametrize("paragraph", [
    "Timnas U-23 menang 2-1 atas Vietnam di Hanoi.",
    "Pelatih Timnas U-23 - yang baru dilantik - memanggil 23 pemain.",
    "Pemain U-23 Indonesia - termasuk Andika - sudah tiba di Hanoi.",
    "Ketua KPK: Kami akan menuntaskan kasus ini.",
    "PT. Bank Sinar membukukan laba bersih Rp 2 triliun.",
    "Dr. Budi Santoso mengatakan hal itu kepada wartawan.",
    "Jakarta. Kota ini kembali macet.",
    "Harga beras naik - pedagang mengeluh sepi pembeli.",
    "Andika Mahesa - pencetak gol kemenangan - mengaku senang bisa membawa timnya ke final.",
    "Sementara itu, warga Garut - terutama di bantaran sungai - diminta waspada.",
])
def test_body_sentences_are_not_datelines(paragraph):
    assert split_dateline(paragraph) is None


# --- outlets ---------------------------------------------------------------------------------


@pytest.mark.parametrize("printed", ["KOMPAS.com", "Kompas.com", "kompas", "Kompas", "www.kompas.com"])
def test_outlet_spellings_are_one_outlet(printed):
    assert known_outlet(printed).name == "Kompas.com"


def test_regional_site_has_its_network():
    outlet = known_outlet("SuaraKota Makassar")
    assert outlet.name == "SuaraKota Makassar"
    assert outlet.network == "SuaraKota"
    assert outlet.timezone == "WITA"
    assert outlet_from_url("https://makassar.suarakota.com/read/123/judul").name == "SuaraKota Makassar"


def test_unknown_outlets():
    assert known_outlet("Koran Antah Berantah") is None
    assert outlet_from_url("https://www.kabarborneo.id/berita/1").name == "kabarborneo.id"
    assert outlet_from_url(None) is None
    assert looks_like_site_name("KABARBORNEO.ID")
    assert looks_like_site_name("Lensa6.com")
    assert not looks_like_site_name("Jakarta")


# --- degrees, role labels with a town, datelines without a space, zones of area groups ----


@pytest.mark.parametrize("line, authors, editors", [
    ("Penulis: Moh. Rizal Lamato | Editor: Hasanuddin Pakaya, S.Sos.", ["Moh. Rizal Lamato"], ["Hasanuddin Pakaya"]),
    ("Oleh: Dr. Maria Lodia Bere, S.Pd., M.Hum.", ["Maria Lodia Bere"], []),
    ("Penulis: Ir. Abdul Gani Hi. Umar, M.T.", ["Abdul Gani Hi. Umar"], []),
    ("Kontributor Atambua: Fransiskus Seran", ["Fransiskus Seran"], []),
    ("Wartawan Larantuka: Yosef Kelen | Penyunting: Agnes Rika", ["Yosef Kelen"], ["Agnes Rika"]),
])
def test_byline_degrees_and_a_reporters_town(line, authors, editors):
    byline = parse_byline(line)
    assert byline is not None, line
    assert (byline.authors, byline.editors) == (authors, editors)


def test_degrees_are_told_from_name_particles():
    from kilas.clean.meta import is_degree, strip_degrees

    for token in ("S.Sos.", "M.Hum", "Dr.", "Ph.D.", "S.IK.M.Si.", "M.Sc."):
        assert is_degree(token), token
    for token in ("Moh.", "Hi.", "Muh.", "Abdul"):
        assert not is_degree(token), token
    assert strip_degrees("Prof. Dr. Ir. Yusuf Anwar") == "Yusuf Anwar"


@pytest.mark.parametrize("paragraph, city, rest", [
    ("Jakarta- Penyanyi dangdut itu ditangkap polisi di rumahnya.", "Jakarta", "Penyanyi dangdut itu ditangkap polisi di rumahnya."),
    ("Bandung-- Hujan deras merendam dua kecamatan.", "Bandung", "Hujan deras merendam dua kecamatan."),
])
def test_dateline_without_a_space_before_the_dash(paragraph, city, rest):
    dl = split_dateline(paragraph)
    assert dl is not None and (dl.city, dl.rest) == (city, rest)


@pytest.mark.parametrize("paragraph", [
    "Jakarta-Bandung ditempuh dalam tiga jam lewat tol.",
    "ASII - Buy 5150-5200 | TP 5400 | SL 5025",
    "TLKM - Spec Buy 2900 | TP 3050-3100 | SL 2850, volume meningkat dalam tiga hari terakhir.",
])
def test_no_dateline_in_a_compound_or_a_stock_pick(paragraph):
    assert split_dateline(paragraph) is None


def test_zone_of_a_place_in_an_area_group():
    """places.txt groups towns by province, and some by area ("Areas in Maluku and Papua"):
    an area whose provinces share one zone gives it; a mixed area gives none."""
    from kilas.clean.meta import zone_of_place

    assert zone_of_place("Wasior") == "WIT"  # Areas in Maluku and Papua
    assert zone_of_place("Ubud") == "WITA"  # Areas in Bali
    assert zone_of_place("Sampit") is None  # Areas in Kalimantan: WIB and WITA


def test_correspondents_location_and_video_editors_are_no_names():
    assert parse_byline("Laporan Koresponden anjungan, Anindita Larasati, dari Tokyo, Jepang").authors == \
        ["Anindita Larasati"]
    assert parse_byline("Laporan Wartawan Suara Kampus: Yohanes Seran").authors == ["Yohanes Seran"]


def test_a_wire_dateline_with_the_outlets_copy_of_an_agency_and_a_lower_case_site():
    dl = split_dateline("Port Moresby, 10/11 (LINTANG/Reuters) - Pemerintah menetapkan status darurat.")
    assert dl and (dl.city, dl.agency) == ("Port Moresby", "Reuters")
    dl = split_dateline("sawala.id - Komisi Pemilihan Umum mulai menyusun rancangan peraturan.")
    assert dl and dl.city is None and dl.outlet == "sawala.id" and dl.rest.startswith("Komisi")


def test_one_person_in_two_roles_and_labels_that_need_a_colon():
    assert parse_byline("Redaktur & Reporter : Januarius Sitompul") == \
        parse_byline("Redaktur & Reporter : Januarius Sitompul")  # cached, same answer
    byline = parse_byline("Redaktur & Reporter : Januarius Sitompul")
    assert byline.authors == ["Januarius Sitompul"] and byline.editors == ["Januarius Sitompul"]
    assert parse_byline("Laporan: Moh. Fadel Tangkilisan").authors == ["Moh. Fadel Tangkilisan"]
    assert parse_byline("Laporan Khusus") is None
    assert parse_byline("Jurnalis Pancar TV").authors == []  # a channel, not a person


def test_datelines_with_the_sites_own_name():
    keys = frozenset({"rgn", "mimbarsantri"})
    dl = split_dateline("RGN, Palu: Ratusan siswa mengikuti simulasi evakuasi.", keys)
    assert dl and (dl.city, dl.outlet, dl.rest) == ("Palu", "RGN", "Ratusan siswa mengikuti simulasi evakuasi.")
    dl = split_dateline("Jakarta, Mimbar Santri", keys)
    assert dl and (dl.city, dl.outlet, dl.rest) == ("Jakarta", "Mimbar Santri", "")
    dl = split_dateline("sigap.com, JAKARTA - Perwakilan tenaga honorer mendatangi DPR.")
    assert dl and (dl.city, dl.outlet) == ("Jakarta", "sigap.com")


def test_ranks_teams_and_reports_from_a_town():
    assert parse_byline("Penulis: Bripka Jemmy Latuheru").authors == ["Jemmy Latuheru"]
    assert parse_byline("Tim Liputan: Gusti Randa, Maria Ulfa").authors == ["Gusti Randa", "Maria Ulfa"]
    assert parse_byline("Laporan Tengku Amelia Putri dan Ahmad Syukri, Daik").authors == \
        ["Tengku Amelia Putri", "Ahmad Syukri"]
    dl = split_dateline("PALANGKA RAYA-Kasus demam berdarah melonjak.")
    assert dl and (dl.city, dl.rest) == ("Palangka Raya", "Kasus demam berdarah melonjak.")
    assert split_dateline("WANGI-WANGI -- Nelayan menanam karang.").city == "Wangi-Wangi"
    dl = split_dateline("PRESISI.ID – Ambon. Direktorat Lalu Lintas menindak pelanggar.")
    assert dl and dl.city == "Ambon"


def test_printed_seconds_are_kept():
    from kilas.clean.meta import find_datetime

    assert find_datetime("Jumat, 06/11/2026 14:22:10 WIB").value == "2026-11-06T14:22:10+07:00"
    assert find_datetime("Jumat, 06/11/2026 14:22 WIB").value == "2026-11-06T14:22:00+07:00"


def test_press_release_datelines_reports_by_name_and_writers_together():
    dl = split_dateline("BANDUNG, 12 November 2026 – PT Sinar Galunggung Energi meresmikan pabrik baru.")
    assert dl and (dl.city, dl.rest) == ("Bandung", "PT Sinar Galunggung Energi meresmikan pabrik baru.")
    dl = split_dateline("Medan, 3 Desember 2026 /SiaranKita/ -- Koperasi Deli Makmur membuka gerai.")
    assert dl and (dl.city, dl.rest) == ("Medan", "Koperasi Deli Makmur membuka gerai.")
    dl = split_dateline("kabarbahari.net| Nelayan Sibolga kembali melaut.", frozenset({"kabarbahari"}))
    assert dl and (dl.city, dl.outlet, dl.rest) == (None, "kabarbahari.net", "Nelayan Sibolga kembali melaut.")
    b = parse_byline("Laporan oleh Wulan Sekarsari | Editor: Hadi Kusnadi")
    assert (b.authors, b.editors) == (["Wulan Sekarsari"], ["Hadi Kusnadi"])
    assert parse_byline("Oleh Agnes Sitorus bersama Yosef Lamanepa").authors == ["Agnes Sitorus", "Yosef Lamanepa"]


def test_a_release_dateline_with_the_day_in_brackets_and_a_weekday_is_no_place():
    dl = split_dateline("Sabang (14/11) – PT Pelayaran Weh Raya membuka rute baru ke Pulau Aceh.")
    assert dl and (dl.city, dl.rest) == ("Sabang", "PT Pelayaran Weh Raya membuka rute baru ke Pulau Aceh.")
    assert split_dateline("Kamis (12/11) – Sekitar 200 warga mengikuti vaksinasi massal.") is None
    assert split_dateline("Senin - Sekitar 200 warga mengikuti vaksinasi massal.") is None


def test_a_stations_code_before_a_place_no_list_knows_closed_by_a_colon():
    dl = split_dateline("KBR, Tanah Miring: Sebanyak 40 petani mengikuti pelatihan alat mesin pertanian.")
    assert dl and (dl.city, dl.rest) == ("Tanah Miring", "Sebanyak 40 petani mengikuti pelatihan alat mesin pertanian.")
    assert split_dateline("MEDAN, Waspada: Harga cabai naik lagi.") is None
    assert split_dateline("PDIP, Golkar: sepakat menunda rapat.") is None


def test_a_release_dateline_closed_by_three_hyphens():
    dl = split_dateline("Poso (Humas) --- Kantor Kemenag Poso menggelar manasik haji bagi 120 calon jemaah.")
    assert dl and (dl.city, dl.rest) == ("Poso", "Kantor Kemenag Poso menggelar manasik haji bagi 120 calon jemaah.")
