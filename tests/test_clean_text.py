"""kilas.clean.text: raw text copied from news pages, in several outlets' layouts, to
Articles with clean metadata and body; every input line is accounted for."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from conftest import clean_pages, clean_text
from kilas.clean.meta import parse_byline, split_dateline

# --- raw texts (invented), one per house style ---------------------------------------------

KOMPAS = """Megapolitan
Polisi Tangkap Dua Pencuri Kabel Tembaga di Stasiun Manggarai
Kompas.com - 03/10/2023, 14:20 WIB
Penulis: Ahmad Fauzi | Editor: Sinta Dewi
Petugas menunjukkan barang bukti kabel tembaga di Mapolsek Tebet, Jakarta Selatan, Selasa (3/10/2023). (KOMPAS.com/Ahmad Fauzi)
JAKARTA, KOMPAS.com - Polisi menangkap dua pria yang diduga mencuri kabel tembaga milik PT Kereta Api Indonesia di kawasan Stasiun Manggarai, Jakarta Selatan, pada Minggu (1/10/2023) malam.
Kapolsek Tebet Kompol Budi Santoso mengatakan kedua pelaku ditangkap saat petugas patroli memergoki mereka memotong kabel di dekat rel kereta.
"Pelaku sudah tiga kali beraksi di lokasi yang sama. Kabel yang mereka curi dijual ke pengepul barang bekas di Bekasi," kata Budi di Jakarta, Selasa.
Baca juga: Kereta Commuter Line Bogor Terlambat 30 Menit akibat Gangguan Sinyal
Akibat pencurian itu, perjalanan kereta sempat terganggu selama hampir satu jam karena sistem persinyalan mati.
Kedua pelaku kini ditahan di Mapolsek Tebet dan dijerat Pasal 363 KUHP tentang pencurian dengan pemberatan dengan ancaman hukuman tujuh tahun penjara.
Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel.
Ikuti kami di Google News
Tag: pencurian kabel Stasiun Manggarai KAI
Copyright 2008 - 2023 PT. Kompas Cyber Media. All Rights Reserved.
"""

DETIK = """detikNews
Berita
Tiga Rumah Hanyut Diterjang Banjir Bandang di Sumedang
Yogi Ardiansyah - detikNews
Rabu, 04 Okt 2023 11:40 WIB
Petugas BPBD memeriksa rumah yang rusak diterjang banjir bandang di Kecamatan Cimanggung, Sumedang. (Foto: Yogi Ardiansyah/detikcom)
<b>Breaking</b> Tiga Rumah Hanyut Diterjang Banjir Bandang di Sumedang
Sumedang -
Banjir bandang menerjang Desa Sindangpakuon, Kecamatan Cimanggung, Kabupaten Sumedang, pada Selasa (3/10/2023) malam.
Tiga rumah warga hanyut terbawa arus, sementara puluhan rumah lain terendam lumpur setinggi lutut orang dewasa.
"Air datang tiba-tiba dari arah bukit sekitar pukul 21.00 WIB. Warga langsung kami evakuasi ke balai desa," kata Kepala Desa Sindangpakuon, Dede Rusmana, kepada wartawan.
ADVERTISEMENT
SCROLL TO CONTINUE WITH CONTENT
Tidak ada korban jiwa dalam kejadian itu, namun sebanyak 112 warga terpaksa mengungsi ke balai desa dan rumah kerabat.
Baca juga:
Hujan Deras, Jalan Raya Cadas Pangeran Tertutup Longsor
Kepala Pelaksana BPBD Sumedang Atang Sutarno mengatakan pihaknya sudah mengirim perahu karet, makanan siap saji dan selimut ke lokasi pengungsian.
Menurut dia, banjir dipicu hujan deras yang mengguyur kawasan hulu selama lebih dari tiga jam tanpa henti.
(yoa/ega)
Hoegeng Awards 2023
Baca kisah inspiratif kandidat polisi teladan di sini
"""

ANTARA = """BMKG: Gempa magnitudo 5,2 guncang Kabupaten Sukabumi
Kamis, 5 Oktober 2023 14:02 WIB
Warga memeriksa dinding rumah yang retak akibat gempa di Kecamatan Simpenan, Kabupaten Sukabumi, Jawa Barat, Kamis (5/10/2023). ANTARA FOTO/Budi Hartono/aa.
Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bermagnitudo 5,2 mengguncang wilayah Kabupaten Sukabumi, Jawa Barat, pada Kamis pagi.
Kepala Pusat Gempa Bumi dan Tsunami BMKG Daryono mengatakan pusat gempa berada di laut pada kedalaman 30 kilometer dan tidak berpotensi tsunami.
"Gempa ini merupakan jenis gempa dangkal akibat aktivitas subduksi lempeng. Masyarakat diimbau tetap tenang dan tidak terpengaruh isu yang tidak dapat dipertanggungjawabkan," kata Daryono di Jakarta, Kamis.
Hingga pukul 12.00 WIB, BPBD Kabupaten Sukabumi mencatat 17 rumah rusak ringan dan dua rumah rusak sedang di Kecamatan Simpenan dan Ciemas.
Pewarta: Dimas Prasetyo
Editor: Lukman Hakim
Copyright © ANTARA 2023
"""

SUARAKOTA = """SuaraKota Makassar
Home > Makassar Raya
Pemkot Makassar Tambah 20 Armada Pengangkut Sampah di Kawasan Pesisir
Kamis, 5 Oktober 2023 16:40 WITA
Penulis: Andi Muh. Fadli | Editor: Ridwan Said
Laporan Wartawan SuaraKota.com, Andi Muh. Fadli
SUARAKOTA.COM, MAKASSAR - Pemerintah Kota Makassar menambah 20 armada truk pengangkut sampah untuk melayani permukiman di kawasan pesisir yang selama ini sering luput dari jadwal pengangkutan.
Kepala Dinas Lingkungan Hidup Kota Makassar Ferdy Mochtar mengatakan truk tambahan itu mulai beroperasi pekan depan di Kecamatan Tallo, Ujung Tanah dan Mariso.
Baca Juga: Banjir Rob Rendam Puluhan Rumah di Pesisir Tallo
"Selama ini warga di lorong-lorong sempit kesulitan membuang sampah karena truk besar tidak bisa masuk. Armada baru ini ukurannya lebih kecil," kata Ferdy saat ditemui di Balai Kota Makassar.
Pengadaan truk tersebut menggunakan anggaran perubahan APBD Kota Makassar tahun 2023 senilai Rp 8,4 miliar.
Artikel ini telah tayang di SuaraKotaMakassar.com dengan judul Pemkot Makassar Tambah 20 Armada Pengangkut Sampah di Kawasan Pesisir
Berita Terkait
Wali Kota Makassar Minta Camat Awasi Pembuangan Sampah Liar
Harga Beras di Pasar Terong Mulai Turun
"""

CAHAYA = """CAHAYAPAPUA.COM
Daerah
Jalan Trans Papua di Kabupaten Jayawijaya Tertutup Longsor
Senin, 2 Oktober 2023 - 21:45 WIT
Penulis: Yakobus Wenda
Editor: Sarah Rumbewas
WAMENA, Cahaya Papua - Longsor menutup ruas Jalan Trans Papua yang menghubungkan Wamena dan Kabupaten Lanny Jaya pada Senin sore setelah hujan deras mengguyur kawasan itu sejak pagi.
Kepala Dinas PUPR Kabupaten Jayawijaya Yohanis Itlay mengatakan alat berat sudah dikirim ke lokasi untuk membersihkan material longsor sepanjang 50 meter.
"Kami targetkan jalan bisa dilalui kendaraan kembali besok siang jika cuaca mendukung," ujar Yohanis kepada Cahaya Papua.
(CP/Yakobus Wenda)
Share: Facebook Twitter WhatsApp
"""

LIPUTAN = """News
Harga Cabai Rawit di Jakarta Tembus Rp 80.000 per Kilogram
Oleh Maria Ulfa Rangkuti pada 04 Okt 2023, 11:30 WIB
Diperbarui 04 Okt 2023, 13:05 WIB
Perbesar
Pedagang menata cabai rawit di Pasar Induk Kramat Jati, Jakarta Timur. (Liputan6.com/Maria Ulfa Rangkuti)
Liputan6.com, Jakarta - Harga cabai rawit merah di sejumlah pasar tradisional di Jakarta terus naik dan kini menembus Rp 80.000 per kilogram, dari sebelumnya Rp 55.000 per kilogram pada awal September.
Pedagang di Pasar Induk Kramat Jati, Sarwono, mengatakan pasokan dari daerah sentra di Jawa Tengah berkurang karena musim kemarau panjang.
Pasokan dari sentra berkurang
Menurut Sarwono, dalam sepekan terakhir truk pemasok yang datang ke pasar hanya separuh dari biasanya, sehingga harga di tingkat pengecer ikut terkerek naik.
Kepala Dinas Ketahanan Pangan DKI Jakarta Suharini Eliawati mengatakan pihaknya akan menggelar operasi pasar cabai di lima wilayah kota mulai pekan depan.
Infografis Harga Pangan Pekan Ini
Advertisement
Tentang Kami | Pedoman Media Siber | Karir
"""

RUANG = """Pemerintah Bagikan 10.000 Paket Sembako untuk Korban Banjir Kelantan
RuangKabar • 22 Oktober 2023 10:12
Kementerian Sosial menyalurkan 10.000 paket sembako kepada warga terdampak banjir di lima kecamatan di Kabupaten Bandung.
Petugas menurunkan paket sembako dari truk di posko pengungsian Dayeuhkolot, Kabupaten Bandung. Foto: Rizal Hakim/RuangKabar
Kementerian Sosial menyalurkan 10.000 paket sembako kepada warga terdampak banjir di lima kecamatan di Kabupaten Bandung. Bantuan itu dikirim menggunakan 12 truk dari gudang Kemensos di Bekasi sejak Sabtu pagi.
Menteri Sosial Tri Rismaharini mengatakan bantuan akan terus ditambah selama status tanggap darurat masih berlaku.
Ikuti kami di Google News
Tentang Kami | Kebijakan Privasi
"""

TEMPO = """Hukum
KPK Periksa Lima Saksi Kasus Suap Proyek Jalan di Bengkulu
Reporter: Annisa Rahmawati
Editor: Gilang Ramadhan
Rabu, 4 Oktober 2023 07:30 WIB
Gedung Komisi Pemberantasan Korupsi di Jakarta. TEMPO/Imam Sukamto
TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi (KPK) memeriksa lima saksi dalam kasus dugaan suap proyek jalan provinsi di Bengkulu pada Selasa, 3 Oktober 2023.
Juru bicara KPK Ali Fikri mengatakan kelima saksi terdiri atas tiga pegawai Dinas PUPR dan dua kontraktor swasta yang memenangi tender proyek tersebut.
Aliran dana ke pejabat dinas
Menurut Ali, penyidik mendalami dugaan aliran dana dari kontraktor kepada sejumlah pejabat dinas melalui perantara.
Pemeriksaan para saksi berlangsung di Gedung Merah Putih KPK, Jakarta, selama kurang lebih delapan jam.
Pilihan Editor: KPK Sita Uang Rp 450 Juta dalam Penggeledahan di Bengkulu
"""

REPUBLIKA = """REPUBLIKA.CO.ID
Jabar
Ribuan Warga Bandung Ikuti Jalan Sehat Peringatan Hari Jadi Kota
Red: Yudha Permana
Rep: Nurul Fadilah
Minggu 24 Sep 2023 10:05 WIB
Ribuan warga mengikuti jalan sehat di Jalan Asia Afrika, Kota Bandung, Minggu (24/9/2023). (Republika/Nurul Fadilah)
REPUBLIKA.CO.ID, BANDUNG -- Ribuan warga Kota Bandung memadati kawasan Jalan Asia Afrika untuk mengikuti jalan sehat dalam rangka memperingati hari jadi kota ke-213, Minggu pagi.
Wali Kota Bandung Yana Mulyana mengatakan kegiatan itu sekaligus menjadi ajang silaturahmi warga setelah beberapa tahun kegiatan serupa ditiadakan.
Panitia menyediakan ratusan hadiah, mulai dari sepeda motor hingga peralatan rumah tangga, yang diundi di akhir acara.
Berita Lainnya
Tol Cisumdawu Ramai Lancar, Arus Kendaraan Menuju Bandung Naik 12 Persen
"""

DAY_ONLY = """Nasional
Pemerintah Resmikan Bendungan Baru di Kabupaten Kuningan
Kamis, 5 Oktober 2023
Penulis: Rina Oktaviani
KUNINGAN - Pemerintah meresmikan Bendungan Cipanas di Kabupaten Kuningan, Jawa Barat, yang diharapkan mengairi lebih dari 8.000 hektare sawah di wilayah timur Jawa Barat.
Bendungan itu dibangun sejak 2019 dengan anggaran sekitar Rp 1,6 triliun dari APBN dan mampu menampung 90 juta meter kubik air.
"""

NO_DATE = """Ekonomi
Petani Kopi Gayo Mulai Panen Raya
Penulis: Rina Oktaviani
TAKENGON - Petani kopi di dataran tinggi Gayo, Kabupaten Aceh Tengah, mulai memasuki masa panen raya dengan hasil yang lebih baik dibandingkan tahun sebelumnya.
Ketua koperasi petani setempat mengatakan harga kopi gelondong merah di tingkat petani kini mencapai Rp 14.000 per kilogram.
© 2023 Kabar Gayo. Hak cipta dilindungi undang-undang.
"""

UNSEEN = """KABARBORNEO.ID
Beranda » Kalimantan Barat
Harga Karet di Sintang Naik, Petani Kembali Bergairah Menyadap
Diterbitkan: 12 Oktober 2023 08:05 WIB
Kontributor: Yohanes Kurniawan
Petani menyadap pohon karet di kebun warga Desa Tanjung Puri, Kabupaten Sintang. (KabarBorneo/Yohanes Kurniawan)
SINTANG, KABARBORNEO.ID – Harga karet di tingkat petani di Kabupaten Sintang, Kalimantan Barat, naik menjadi Rp 11.500 per kilogram dalam dua pekan terakhir, dari sebelumnya Rp 8.000 per kilogram.
Kenaikan itu membuat petani yang sempat beralih menjadi buruh bangunan kembali menyadap karet di kebunnya.
"Kalau harganya bertahan di atas sepuluh ribu, kami bisa hidup dari karet lagi," kata Markus, petani karet di Desa Tanjung Puri.
Kepala Dinas Perkebunan Kabupaten Sintang Hendrikus Tan mengatakan kenaikan harga dipicu meningkatnya permintaan dari pabrik pengolahan di Pontianak.
Bagikan:
Artikel Terkait
Banjir Rendam Jalan Lintas Sintang-Putussibau
"""

# The Kompas text with its photo caption printed a second time inside the body (as pages
# with a zoomable photo do when copied).
CAPTION = ("Petugas menunjukkan barang bukti kabel tembaga di Mapolsek Tebet, Jakarta Selatan, "
           "Selasa (3/10/2023). (KOMPAS.com/Ahmad Fauzi)")
_kompas_lines = KOMPAS.splitlines()
_at = next(i for i, line in enumerate(_kompas_lines) if line.startswith("Kapolsek Tebet"))
KOMPAS_CAPTION_TWICE = "\n".join(_kompas_lines[: _at + 1] + [CAPTION] + _kompas_lines[_at + 1:]) + "\n"

LAYOUTS = {
    "kompas": KOMPAS, "detik": DETIK, "antara": ANTARA, "suarakota": SUARAKOTA, "cahaya": CAHAYA,
    "liputan": LIPUTAN, "ruang": RUANG, "tempo": TEMPO, "republika": REPUBLIKA, "day_only": DAY_ONLY,
    "no_date": NO_DATE, "unseen": UNSEEN, "caption_twice": KOMPAS_CAPTION_TWICE,
}

# What a careful reader takes from each page.
EXPECTED = {
    "kompas": dict(title="Polisi Tangkap Dua Pencuri Kabel Tembaga di Stasiun Manggarai", section="Megapolitan",
                   outlet="Kompas.com", network=None, authors=["Ahmad Fauzi"], editors=["Sinta Dewi"],
                   published="2023-10-03T14:20:00+07:00", dateline="Jakarta", first="Polisi menangkap dua pria"),
    "detik": dict(title="Tiga Rumah Hanyut Diterjang Banjir Bandang di Sumedang", section="Berita",
                  outlet="detikcom", network=None, authors=["Yogi Ardiansyah"], editors=[],
                  published="2023-10-04T11:40:00+07:00", dateline="Sumedang", first="Banjir bandang menerjang Desa"),
    "antara": dict(title="BMKG: Gempa magnitudo 5,2 guncang Kabupaten Sukabumi", section=None,
                   outlet="ANTARA", network=None, authors=["Dimas Prasetyo"], editors=["Lukman Hakim"],
                   published="2023-10-05T14:02:00+07:00", dateline="Jakarta", first="Badan Meteorologi, Klimatologi"),
    "suarakota": dict(title="Pemkot Makassar Tambah 20 Armada Pengangkut Sampah di Kawasan Pesisir",
                      section="Makassar Raya", outlet="SuaraKota Makassar", network="SuaraKota",
                      authors=["Andi Muh. Fadli"], editors=["Ridwan Said"], published="2023-10-05T16:40:00+08:00",
                      dateline="Makassar", first="Pemerintah Kota Makassar menambah"),
    "cahaya": dict(title="Jalan Trans Papua di Kabupaten Jayawijaya Tertutup Longsor", section="Daerah",
                   outlet="Cahaya Papua", network=None, authors=["Yakobus Wenda"], editors=["Sarah Rumbewas"],
                   published="2023-10-02T21:45:00+09:00", dateline="Wamena", first="Longsor menutup ruas"),
    "liputan": dict(title="Harga Cabai Rawit di Jakarta Tembus Rp 80.000 per Kilogram", section="News",
                    outlet="Liputan6.com", network=None, authors=["Maria Ulfa Rangkuti"], editors=[],
                    published="2023-10-04T11:30:00+07:00", dateline="Jakarta", first="Harga cabai rawit merah"),
    "ruang": dict(title="Pemerintah Bagikan 10.000 Paket Sembako untuk Korban Banjir Kelantan", section=None,
                  outlet="RuangKabar", network=None, authors=[], editors=[],
                  published="2023-10-22T10:12:00+07:00", dateline=None, first="Kementerian Sosial menyalurkan"),
    "tempo": dict(title="KPK Periksa Lima Saksi Kasus Suap Proyek Jalan di Bengkulu", section="Hukum",
                  outlet="Tempo", network=None, authors=["Annisa Rahmawati"], editors=["Gilang Ramadhan"],
                  published="2023-10-04T07:30:00+07:00", dateline="Jakarta", first="Komisi Pemberantasan Korupsi (KPK)"),
    "republika": dict(title="Ribuan Warga Bandung Ikuti Jalan Sehat Peringatan Hari Jadi Kota", section="Jabar",
                      outlet="Republika", network=None, authors=["Nurul Fadilah"], editors=["Yudha Permana"],
                      published="2023-09-24T10:05:00+07:00", dateline="Bandung", first="Ribuan warga Kota Bandung"),
    "day_only": dict(title="Pemerintah Resmikan Bendungan Baru di Kabupaten Kuningan", section="Nasional",
                     authors=["Rina Oktaviani"], editors=[], published="2023-10-05", dateline="Kuningan",
                     first="Pemerintah meresmikan Bendungan Cipanas"),
    "no_date": dict(title="Petani Kopi Gayo Mulai Panen Raya", section="Ekonomi", authors=["Rina Oktaviani"],
                    editors=[], published=None, dateline="Takengon", first="Petani kopi di dataran tinggi Gayo"),
    "unseen": dict(title="Harga Karet di Sintang Naik, Petani Kembali Bergairah Menyadap", section="Kalimantan Barat",
                   authors=["Yohanes Kurniawan"], editors=[], published="2023-10-12T08:05:00+07:00",
                   dateline="Sintang", first="Harga karet di tingkat petani"),
}
EXPECTED["caption_twice"] = EXPECTED["kompas"]


@pytest.fixture(scope="module")
def cleaned():
    return {name: clean_text(text, doc_id=name) for name, text in LAYOUTS.items()}


def _field_cases(field):
    return [pytest.param(name, exp[field], id=name) for name, exp in EXPECTED.items() if field in exp]


@pytest.mark.parametrize("name, title", _field_cases("title"))
def test_title(cleaned, name, title):
    a = cleaned[name]
    assert a.title == title
    # Never the section label or the site's name.
    assert a.title != a.section
    assert a.outlet is None or a.title.lower() != a.outlet.lower()


@pytest.mark.parametrize("name, section", _field_cases("section"))
def test_section(cleaned, name, section):
    assert cleaned[name].section == section


@pytest.mark.parametrize("name, outlet", _field_cases("outlet"))
def test_outlet(cleaned, name, outlet):
    assert cleaned[name].outlet == outlet


@pytest.mark.parametrize("name, network", _field_cases("network"))
def test_network(cleaned, name, network):
    assert cleaned[name].network == network


def test_unseen_outlet_is_taken_from_the_page(cleaned):
    assert (cleaned["unseen"].outlet or "").lower() == "kabarborneo.id"


@pytest.mark.parametrize("variant", [
    KOMPAS,
    KOMPAS.replace("Kompas.com - 03/10/2023", "KOMPAS.com - 03/10/2023"),
    KOMPAS.replace("Kompas.com - 03/10/2023", "KOMPAS.COM - 03/10/2023").replace("JAKARTA, KOMPAS.com", "JAKARTA, Kompas.com"),
], ids=["as-printed", "upper", "mixed"])
def test_outlet_spellings_are_normalised(variant):
    assert clean_text(variant).outlet == "Kompas.com"


def test_outlet_given_with_the_document_is_normalised():
    a = clean_text(DAY_ONLY, outlet="kompas")
    assert a.outlet == "Kompas.com"


@pytest.mark.parametrize("name, authors", _field_cases("authors"))
def test_authors(cleaned, name, authors):
    assert cleaned[name].authors == authors


@pytest.mark.parametrize("name, editors", _field_cases("editors"))
def test_editors(cleaned, name, editors):
    assert cleaned[name].editors == editors


_ROLE_WORDS = re.compile(r"\b(penulis|editor|reporter|pewarta|redaktur|red|rep|oleh|laporan|wartawan|kontributor|jurnalis)\b", re.I)


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_names_are_clean(cleaned, name):
    a = cleaned[name]
    for person in a.authors + a.editors:
        assert not _ROLE_WORDS.search(person), person
        assert not re.search(r"\d", person), person           # no dates or times
        assert not re.search(r"\.(com|co|id)\b|news\b", person, re.I), person  # no outlet names
        assert person == person.strip(" ,|-")
    assert not set(a.authors) & set(a.editors)


@pytest.mark.parametrize("name, published", _field_cases("published"))
def test_published(cleaned, name, published):
    assert cleaned[name].published == published


def test_published_never_comes_from_a_copyright_year(cleaned):
    for name in ("no_date", "kompas", "antara"):
        published = cleaned[name].published
        assert published is None or not published.startswith(("2008", "2023-01-01")), (name, published)


def test_updated_time(cleaned):
    assert cleaned["liputan"].updated == "2023-10-04T13:05:00+07:00"
    assert cleaned["liputan"].published == "2023-10-04T11:30:00+07:00"
    assert cleaned["kompas"].updated is None


@pytest.mark.parametrize("name, dateline", _field_cases("dateline"))
def test_dateline(cleaned, name, dateline):
    assert cleaned[name].dateline == dateline


@pytest.mark.parametrize("name, first", _field_cases("first"))
def test_dateline_is_stripped_from_the_first_paragraph(cleaned, name, first):
    a = cleaned[name]
    assert a.paragraphs[0].startswith(first), a.paragraphs[0]
    # Nothing of the dateline is left in the body.
    assert split_dateline(a.paragraphs[0]) is None
    assert not re.match(r"^[A-Z .]+(,|\s-|\s–|\()", a.paragraphs[0])


def test_captions(cleaned):
    assert cleaned["kompas"].captions == [CAPTION]
    assert cleaned["antara"].captions == [
        "Warga memeriksa dinding rumah yang retak akibat gempa di Kecamatan Simpenan, Kabupaten Sukabumi, "
        "Jawa Barat, Kamis (5/10/2023). ANTARA FOTO/Budi Hartono/aa."]
    assert len(cleaned["detik"].captions) == 1 and cleaned["detik"].captions[0].startswith("Petugas BPBD memeriksa")
    assert len(cleaned["tempo"].captions) == 1 and cleaned["tempo"].captions[0].endswith("TEMPO/Imam Sukamto")
    assert len(cleaned["ruang"].captions) == 1 and cleaned["ruang"].captions[0].endswith("Foto: Rizal Hakim/RuangKabar")
    for name, a in cleaned.items():
        for caption in a.captions:
            assert caption not in a.paragraphs, name


def test_caption_printed_twice_is_kept_once(cleaned):
    a = cleaned["caption_twice"]
    assert a.captions == [CAPTION]
    assert CAPTION not in a.paragraphs
    assert a.removed.count(CAPTION) == 1
    assert a.paragraphs == cleaned["kompas"].paragraphs


def test_baca_juga_lines_and_their_headlines_are_removed(cleaned):
    body = cleaned["kompas"].body
    assert "Baca juga" not in body and "Commuter Line Bogor" not in body
    detik = cleaned["detik"]
    assert "Baca juga" not in detik.body
    assert "Cadas Pangeran" not in detik.body
    assert "Hujan Deras, Jalan Raya Cadas Pangeran Tertutup Longsor" in detik.removed
    assert "Baca Juga" not in cleaned["suarakota"].body


def test_ad_markers_are_removed(cleaned):
    for name, a in cleaned.items():
        for p in a.paragraphs:
            assert p.strip().upper() not in {"ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT", "IKLAN"}, name
    assert cleaned["detik"].removed.count("ADVERTISEMENT") == 1
    assert "SCROLL TO CONTINUE WITH CONTENT" in cleaned["detik"].removed
    assert "Advertisement" in cleaned["liputan"].removed


def test_subheadings_inside_the_body_are_kept(cleaned):
    liputan = cleaned["liputan"].paragraphs
    assert "Pasokan dari sentra berkurang" in liputan
    i = liputan.index("Pasokan dari sentra berkurang")
    assert 0 < i < len(liputan) - 1
    assert liputan[i + 1].startswith("Menurut Sarwono")
    assert "Aliran dana ke pejabat dinas" in cleaned["tempo"].paragraphs


@pytest.mark.parametrize("name, junk", [
    ("kompas", ["Simak breaking news", "Google News", "Tag:", "Copyright", "All Rights Reserved"]),
    ("detik", ["(yoa/ega)", "Hoegeng Awards", "Baca kisah inspiratif", "Breaking"]),
    ("antara", ["Pewarta:", "Editor:", "Copyright"]),
    ("suarakota", ["Artikel ini telah tayang", "Berita Terkait", "Wali Kota Makassar Minta Camat", "Harga Beras di Pasar Terong"]),
    ("cahaya", ["(CP/Yakobus Wenda)", "Share:"]),
    ("liputan", ["Infografis", "Tentang Kami", "Perbesar", "Diperbarui"]),
    ("tempo", ["Pilihan Editor", "Penggeledahan di Bengkulu"]),
    ("republika", ["Berita Lainnya", "Tol Cisumdawu"]),
    ("ruang", ["Ikuti kami", "Kebijakan Privasi"]),
    ("unseen", ["Bagikan", "Artikel Terkait", "Banjir Rendam Jalan Lintas"]),
])
def test_footers_tags_and_related_lists_are_removed(cleaned, name, junk):
    body = cleaned[name].body
    for piece in junk:
        assert piece not in body, piece


def test_deck_is_separate_from_the_body(cleaned):
    a = cleaned["ruang"]
    teaser = ("Kementerian Sosial menyalurkan 10.000 paket sembako kepada warga terdampak banjir di lima "
              "kecamatan di Kabupaten Bandung.")
    assert a.deck == teaser
    assert teaser not in a.paragraphs
    assert a.paragraphs[0].startswith(teaser + " Bantuan itu")


def _account(raw: str, a) -> None:
    """Every non-empty input line is in exactly one of title, deck, paragraphs (the first
    one possibly without its dateline), captions and removed; nothing else is there."""
    pools = {
        "removed": Counter(a.removed),
        "captions": Counter(a.captions),
        "paragraphs": Counter(a.paragraphs),
        "deck": Counter([a.deck] if a.deck else []),
    }
    title_left = a.title is not None
    lost = []
    for line in (l.strip() for l in raw.splitlines()):
        if not line:
            continue
        for pool in ("removed", "captions", "paragraphs", "deck"):
            if pools[pool][line] > 0:
                pools[pool][line] -= 1
                break
        else:
            dl = split_dateline(line)
            if dl and dl.rest and pools["paragraphs"][dl.rest] > 0 and dl.rest == a.paragraphs[0]:
                pools["paragraphs"][dl.rest] -= 1
            elif title_left and a.title in line:
                title_left = False
            else:
                lost.append(line)
    assert lost == [], f"input lines in none of the outputs: {lost}"
    assert not title_left, "the title is not an input line"
    extra = {pool: +c for pool, c in pools.items() if +c}
    assert not extra, f"output lines that are no input line (or are counted twice): {extra}"


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_every_input_line_is_accounted_for(cleaned, name):
    _account(LAYOUTS[name], cleaned[name])


def test_removed_holds_every_dropped_line(cleaned):
    a = cleaned["detik"]
    for line in ["detikNews", "Berita", "Yogi Ardiansyah - detikNews", "Rabu, 04 Okt 2023 11:40 WIB",
                 "<b>Breaking</b> Tiga Rumah Hanyut Diterjang Banjir Bandang di Sumedang", "Sumedang -",
                 "Baca juga:", "(yoa/ega)", "Hoegeng Awards 2023"]:
        assert line in a.removed, line
    assert "" not in a.removed


def test_language_is_indonesian(cleaned):
    for name, a in cleaned.items():
        assert a.language == "id", name


def test_text_with_no_header_at_all():
    raw = ("Harga Beras Medium Naik di Pasar Cipinang\n"
           "Harga beras medium di Pasar Induk Beras Cipinang naik menjadi Rp 13.500 per kilogram pada pekan ini "
           "karena pasokan dari sentra produksi di Jawa Barat berkurang.\n"
           "Pedagang berharap pemerintah segera menggelar operasi pasar agar harga kembali turun.\n")
    a = clean_text(raw)
    assert a.title == "Harga Beras Medium Naik di Pasar Cipinang"
    assert len(a.paragraphs) == 2
    assert a.published is None and a.outlet is None and a.authors == []
    _account(raw, a)


# --- header: taglines, menus, tab titles, dates, names ------------------------------------

TAGLINE = """Lompat ke konten
WARTA TIMUR
Suara dari Ujung Timur Nusantara
Beranda  Nasional  Daerah  Ekonomi  Opini  Indeks
Home > Daerah > Flores Timur
Jalan Trans Flores Putus Diterjang Longsor, Ratusan Kendaraan Tertahan
Selasa, 3 Nov 2026 - 09:40 WITA
Penulis : Yosef Kelen
Editor : Agnes Rika
Longsor menerjang ruas Jalan Trans Flores di Kecamatan Wulanggitang, Flores Timur, pada Senin malam setelah hujan deras mengguyur kawasan itu selama enam jam.
Ratusan kendaraan dari arah Maumere dan Larantuka tertahan di kedua sisi longsoran hingga Selasa pagi.
"""


def test_the_headline_sits_above_the_date_line_not_under_the_masthead():
    a = clean_text(TAGLINE)
    assert a.title == "Jalan Trans Flores Putus Diterjang Longsor, Ratusan Kendaraan Tertahan"
    assert "Beranda  Nasional  Daerah  Ekonomi  Opini  Indeks" in a.removed
    assert a.authors == ["Yosef Kelen"] and a.editors == ["Agnes Rika"]
    _account(TAGLINE, a)


TAB_TITLE = """Harga Cabai di Pontianak Tembus Rp90.000, Pedagang Kurangi Stok | KhatulistiwaNews.com
KhatulistiwaNews.com
Kabar Kalbar Setiap Hari
Kalbar
Pontianak
Yohanes Ajun dan Siti Rahmah
Nov 3, 2026 | 2:15 PM
PONTIANAK (KhatulistiwaNews) – Harga cabai rawit di sejumlah pasar tradisional di Kota Pontianak naik menjadi Rp90.000 per kilogram dalam sepekan terakhir.
Pedagang di Pasar Flamboyan mengaku mengurangi stok karena pembeli ikut berkurang sejak harga naik.
"""


def test_a_browser_tab_title_beats_a_short_tagline():
    a = clean_text(TAB_TITLE)
    assert a.title == "Harga Cabai di Pontianak Tembus Rp90.000, Pedagang Kurangi Stok"
    assert sorted(a.authors) == ["Siti Rahmah", "Yohanes Ajun"]  # "Ajun" is also a common word
    assert a.published == "2026-11-03T14:15:00+07:00"


MASTHEAD_DATE = """GORONTALOPOS.COM
Senin, 9 November 2026
Hukum
Kejari Gorontalo Tahan Bendahara Desa Terkait Korupsi Dana Desa
Dipublikasikan pada 6 November 2026, 15:30 WITA
Penulis: Moh. Rizal Lamato | Editor: Hasanuddin Pakaya, S.Sos.
GORONTALOPOS.COM, GORONTALO – Kejaksaan Negeri Gorontalo menahan bendahara sebuah desa di Kecamatan Telaga yang diduga menyelewengkan dana desa Rp640 juta.
Penahanan dilakukan setelah penyidik menerima hasil audit kerugian negara dari inspektorat daerah pekan lalu.
"""


def test_the_publication_line_beats_the_mastheads_date_of_today():
    a = clean_text(MASTHEAD_DATE)
    assert a.published == "2026-11-06T15:30:00+08:00"
    assert a.title == "Kejari Gorontalo Tahan Bendahara Desa Terkait Korupsi Dana Desa"
    assert a.editors == ["Hasanuddin Pakaya"]


DECK_ABOVE_BYLINE = """LAPORAN SEPEKAN
Sungai yang Kehilangan Ikannya
Tiga tahun setelah tambang pasir dibuka di hulu, nelayan Sungai Kampar tak lagi menemukan ikan baung.
Oleh: Rudi Hartono
Terbit: Jumat, 6 November 2026 | 07:00
Pagi itu perahu Amir kembali ke tepian dengan jaring yang hampir kosong, seperti hari-hari sebelumnya sejak musim kemarau.
"Dulu sekali tebar bisa dapat lima kilo. Sekarang satu kilo pun susah," kata Amir, nelayan di Desa Rantau Baru.
Tiga tahun setelah tambang pasir dibuka di hulu, nelayan Sungai Kampar tak lagi menemukan ikan baung.
"""


def test_a_deck_between_the_headline_and_the_byline_is_not_body():
    a = clean_text(DECK_ABOVE_BYLINE)
    assert a.title == "Sungai yang Kehilangan Ikannya"
    assert a.paragraphs[0].startswith("Pagi itu perahu Amir")
    assert len(a.paragraphs) == 3 and a.authors == ["Rudi Hartono"]


def test_the_agency_of_the_dateline_is_not_an_author():
    raw = ("Gempa Guncang Sumbawa, Warga Berhamburan\nReporter: Dimas Arya/Nusantara Kini\n"
           "Rabu, 4 Nov 2026 07:10 WITA\n"
           "Sumbawa (Nusantara Kini) - Gempa bermagnitudo 5,0 mengguncang Kabupaten Sumbawa pada Rabu "
           "dini hari dan membuat warga berhamburan keluar rumah.\n"
           "BMKG mencatat pusat gempa berada di laut pada kedalaman 10 kilometer.\n")
    a = clean_text(raw)
    assert a.authors == ["Dimas Arya"]


# --- body: subheadings, list intros and items, short sentences ----------------------------

INSIDE_BODY = """Ekonomi
Harga Tiket Kapal Naik Jelang Libur Akhir Tahun, Ini Daftarnya
Kamis, 5 Nov 2026 10:00 WIB
Penulis: Rina Oktaviani
Harga tiket kapal penyeberangan dari Pelabuhan Merak ke Bakauheni naik rata-rata 10 persen mulai pekan depan menjelang libur akhir tahun.
Kenaikan itu ditetapkan Kementerian Perhubungan setelah mempertimbangkan biaya bahan bakar dan perawatan kapal.
Baca juga: Antrean Truk di Merak Mengular hingga 5 Kilometer
Penumpang pejalan kaki paling terdampak
Penumpang pejalan kaki kini harus membayar Rp25.000, naik dari sebelumnya Rp22.500 per orang.
— Iklan —
Berikut daftar tarif baru yang diperiksa:
SCROLL TO CONTINUE WITH CONTENT
1. Pejalan kaki dewasa Rp25.000
2. Sepeda motor Rp62.000
3. Mobil pribadi golongan IV dengan sopir dan penumpang di dalamnya, yang kini dikenai tarif Rp480.000 per kendaraan per perjalanan.
4. Truk sedang Rp1.150.000
Tarif berlaku untuk semua kelas layanan reguler dan berlaku hingga ada ketentuan baru.
Hari biasa:
Hari libur:
Operator memastikan jadwal kapal tidak berubah selama masa libur akhir tahun nanti.
Saya tidak kaget.
Penumpang bernama Andi mengatakan kenaikan itu sudah diduga sejak bulan lalu karena harga solar naik.
Kesimpulan:
Kenaikan tarif diperkirakan tidak mengurangi jumlah penumpang yang menyeberang selama libur panjang.
Berikut pelabuhan yang akan menambah jadwal keberangkatan.
Tiket: Rp25.000
Tiket: Rp62.000
"""


def test_short_lines_inside_the_body_that_are_body():
    a = clean_text(INSIDE_BODY)
    for line in ["Penumpang pejalan kaki paling terdampak",  # subheading after a 'Baca juga' link
                 "Berikut daftar tarif baru yang diperiksa:",  # list intro, then a scroll marker
                 "1. Pejalan kaki dewasa Rp25.000", "2. Sepeda motor Rp62.000",
                 "4. Truk sedang Rp1.150.000",  # numbered after a long item
                 "Hari biasa:", "Hari libur:", "Saya tidak kaget.", "Kesimpulan:",
                 "Tiket: Rp25.000", "Tiket: Rp62.000"]:  # items of a 'Berikut ...' list at the end
        assert line in a.paragraphs, line
    for line in ["— Iklan —", "SCROLL TO CONTINUE WITH CONTENT",
                 "Baca juga: Antrean Truk di Merak Mengular hingga 5 Kilometer"]:
        assert line in a.removed, line
    _account(INSIDE_BODY, a)


READMORE_LIST = """Nasional
Kemenkes Catat Kasus DBD Naik Dua Kali Lipat di Musim Hujan
Senin, 9 Nov 2026 11:00 WIB
Kementerian Kesehatan mencatat kasus demam berdarah dengue naik dua kali lipat dibanding periode yang sama tahun lalu.
Kenaikan terutama terjadi di Jawa Barat, Jawa Tengah dan Nusa Tenggara Timur sejak awal musim hujan.
Baca Juga:
Warga Bekasi Gelar Fogging Mandiri di 12 Kelurahan
Rumah Sakit di Kupang Tambah Ruang Rawat untuk Pasien DBD
Menkes Minta Pemda Gencarkan Gerakan 3M Plus di Sekolah
Vaksin belum merata
Vaksin dengue baru tersedia di sebagian kota besar dan harganya masih mahal bagi sebagian besar warga.
"""


def test_the_headlines_of_a_baca_juga_list_are_not_subheadings():
    a = clean_text(READMORE_LIST)
    for line in ["Rumah Sakit di Kupang Tambah Ruang Rawat untuk Pasien DBD",
                 "Menkes Minta Pemda Gencarkan Gerakan 3M Plus di Sekolah"]:
        assert line in a.removed, line
    assert "Vaksin belum merata" in a.paragraphs


# --- furniture: teasers, prompts, disclaimers, the writer's note, captions -----------------

OPINION = """Kolom
Menata Ulang Subsidi Pupuk
Subsidi pupuk selama ini lebih banyak dinikmati petani bermodal besar ketimbang petani gurem yang paling membutuhkannya.
Pemerintah perlu mengubah cara menyalurkan subsidi agar bantuan langsung sampai ke tangan petani kecil di desa.
Data kartu tani bisa menjadi pintu masuk untuk memperbaiki penyaluran yang selama ini bocor di tingkat distributor.
Simak selengkapnya di halaman selanjutnya.
Subsidi yang tepat sasaran akan membuat produksi pangan naik tanpa menambah beban anggaran negara.
Sleman, 2 November 2026.
Budi Santoso.Dosen Fakultas Pertanian Universitas Gadjah Mada.
*) Tulisan ini merupakan pendapat pribadi penulis dan tidak mewakili pandangan redaksi.
Tonton juga video "Petani Keluhkan Pupuk Langka Jelang Musim Tanam" di sini:
Ikuti laporan jurnalis kami di kanal WhatsApp untuk berita terbaru.
"""


def test_the_writers_note_teasers_and_disclaimers_are_not_body():
    a = clean_text(OPINION)
    assert a.paragraphs[-1].startswith("Subsidi yang tepat sasaran")
    for line in ["Sleman, 2 November 2026.", "Budi Santoso.Dosen Fakultas Pertanian Universitas Gadjah Mada.",
                 "Simak selengkapnya di halaman selanjutnya."]:
        assert line in a.removed, line
    assert len(a.paragraphs) == 4
    _account(OPINION, a)


@pytest.mark.parametrize("note", [
    "A.R. Siregar,Peneliti Pusat Kajian Energi Universitas Sumatera Utara.",
    "Dewi Lestari SiregarDirektur Eksekutif Lembaga Kajian Pangan (2019-2024)",
    "Ahmad Fauzan, Ph.D. ASN Kementerian Perindustrian, alumni University of Tokyo.",
    "*)Rina Marlina, pemerhati pendidikan anak dan pegiat literasi di Bogor.",
])
def test_writer_notes_that_close_a_column(note):
    from kilas.clean.text import _is_writer_note

    assert _is_writer_note(note)


@pytest.mark.parametrize("line", [
    "Budi Santoso, Ketua RT 05, mengatakan warga sudah lama menunggu perbaikan jalan itu.",
    "Ketua DPRD Sleman meminta pemerintah daerah segera menambah kuota pupuk bersubsidi.",
])
def test_paragraphs_that_are_not_writer_notes(line):
    from kilas.clean.text import _is_writer_note

    assert not _is_writer_note(line)


@pytest.mark.parametrize("line", [
    'Tonton juga video "Banjir Rendam Ratusan Rumah di Bekasi" di sini:',
    "Simak juga Video: Detik-detik Tanggul Jebol",
    "Lihat Video 'Menteri Tinjau Lokasi Banjir':",
    "Saksikan Live detikSore:",
    "- Advertisement -",
    "Gulir untuk melanjutkan",
    "Baca selengkapnya di halaman berikutnya",
    "Artikel ini sudah tayang di detikHealth",
    "Berita ini masih diperbarui.",
    "Disclaimer: Informasi ini bukan merupakan ajakan membeli atau menjual saham.",
    "Segala keputusan investasi sepenuhnya ada di tangan pembaca.",
    "Isi tulisan sepenuhnya menjadi tanggung jawab penulis.",
    "Baca: Jembatan Gantung Putus, Siswa Seberangi Sungai dengan Rakit",
    "12 Komentar",
    "Tulis komentar Anda di sini",
    "Daftar newsletter kami dan dapatkan berita pilihan setiap pagi",
])
def test_teasers_prompts_and_disclaimers_are_boilerplate(line):
    from kilas import resources

    assert resources.whole_line_pattern("boilerplate.txt").match(line), line


def test_a_caption_with_its_credit_on_the_next_line():
    raw = ("Timnas Putri Lolos ke Semifinal Piala AFF\nSelasa, 10 Nov 2026 21:00 WIB\n"
           "Timnas putri Indonesia lolos ke semifinal Piala AFF setelah menang 2-1 atas Filipina di Stadion Thong Nhat, Selasa malam.\n"
           "Pemain timnas putri merayakan gol kedua ke gawang Filipina di Hanoi.\n"
           "NGUYEN THANH / AFP\n"
           "Gol kemenangan dicetak pada menit ke-88 lewat sundulan memanfaatkan sepak pojok.\n")
    a = clean_text(raw)
    assert a.captions == ["Pemain timnas putri merayakan gol kedua ke gawang Filipina di Hanoi.", "NGUYEN THANH / AFP"]
    assert len(a.paragraphs) == 2


def test_a_byline_that_reads_like_a_sentence_inside_the_body():
    raw = ("Opini\nMerawat Hutan Adat di Tanah Papua\nSenin, 9 November 2026\n"
           "Oleh: Dr. Maria Lodia Bere, S.Pd., M.Hum.\n"
           "Hutan adat bukan sekadar sumber kayu, melainkan ruang hidup yang menyimpan pengetahuan dan identitas masyarakat.\n"
           "Pengakuan hutan adat berjalan lambat karena syarat administrasi yang berbelit bagi komunitas di pedalaman.\n")
    a = clean_text(raw)
    assert a.authors == ["Maria Lodia Bere"]
    assert not any(p.startswith("Oleh") for p in a.paragraphs)


def test_a_bare_label_above_a_name_is_not_a_list_intro():
    raw = ("Banjir Rob Rendam Pesisir Semarang\nRabu, 11 Nov 2026 08:00 WIB\n"
           "Banjir rob merendam ratusan rumah di pesisir Kota Semarang sejak Selasa malam setelah air laut pasang.\n"
           "Warga mengungsi ke masjid dan balai kelurahan yang lebih tinggi sambil menunggu air surut.\n"
           "Sumber:\nBPBD Kota Semarang\n")
    a = clean_text(raw)
    assert "Sumber:" in a.removed and "BPBD Kota Semarang" in a.removed
    assert len(a.paragraphs) == 2


# --- unseen-outlet furniture: embeds, sign-up boxes, comments, bare bylines ---------------------

LINTAS_TEKNO = """lintastekno.id
Gawai  Internet  Startup  Ulasan
Startup
Aplikasi Tani Digital SawahKu Raih Pendanaan Awal Rp45 Miliar
Dana akan dipakai untuk memperluas layanan ke petani di Sulawesi.
Oleh Galih Prakoso
Terbit 9 Nov 2026, 13:10 WIB
Petani memeriksa harga gabah lewat aplikasi SawahKu di Sidrap, Sulawesi Selatan.
Foto: Dok. SawahKu
Makassar, LintasTekno – Perusahaan rintisan pertanian SawahKu mengumumkan pendanaan awal senilai Rp45 miliar dari tiga investor lokal, Senin (9/11/2026).
SawahKu menghubungkan petani padi dengan penggilingan dan pembeli besar sehingga harga gabah bisa dipantau setiap hari.
Pendiri SawahKu, Andi Rahmat, menyebut jumlah pengguna aktif naik tiga kali lipat sepanjang tahun ini.
Kami baru saja menutup putaran pendanaan awal. Terima kasih kepada para petani yang percaya sejak hari pertama.
— SawahKu (@sawahku_id) November 9, 2026
Lihat postingan ini di Instagram
Sebuah kiriman dibagikan oleh SawahKu (@sawahku.id)
Tonton: Cara Petani Sidrap Menjual Gabah Lewat Ponsel
Menurut Andi, dana segar juga dipakai untuk membangun gudang penyimpanan di Pinrang dan Soppeng.
Berlangganan newsletter LintasTekno
Ringkasan kabar startup terpenting, dikirim setiap Senin pagi.
Alamat email
Kirim
Topik terkait:
Startup  Pertanian  Pendanaan
Artikel Lainnya
Dua Startup Perikanan Sepakat Merger
Komentar (2)
tani_sidrap
1 jam lalu
Semoga harga gabah di desa kami juga ikut membaik setelah ada aplikasi ini.
Balas
"""


def test_unseen_outlet_embeds_signup_box_and_comments_are_not_body():
    a = clean_text(LINTAS_TEKNO)
    assert a.dateline == "Makassar"
    assert a.paragraphs[0].startswith("Perusahaan rintisan pertanian SawahKu")
    assert a.paragraphs[-1].startswith("Menurut Andi, dana segar")
    assert len(a.paragraphs) == 4, a.paragraphs  # the embedded post's text is not body
    assert a.captions[0].startswith("Petani memeriksa harga gabah")
    assert a.authors == ["Galih Prakoso"]
    assert a.published == "2026-11-09T13:10:00+07:00"


def test_a_name_alone_above_a_relative_time_and_the_date_is_the_author():
    raw = ("KABAR SEPEKAN\nPolitik\nDPRD Sulteng Setujui Perda Perlindungan Nelayan Kecil\n"
           "Wahyu Tandiarrang\n3 jam lalu\nKamis, 12 November 2026 | 10:20 WITA\n"
           "Palu — DPRD Sulawesi Tengah menyetujui peraturan daerah tentang perlindungan nelayan kecil dalam rapat paripurna, Kamis (12/11/2026).\n"
           "Perda itu mewajibkan pemerintah provinsi menyediakan asuransi dan bantuan alat tangkap bagi nelayan berperahu di bawah lima gros ton.\n")
    a = clean_text(raw)
    assert a.authors == ["Wahyu Tandiarrang"]
    assert "3 jam lalu" in a.removed
    assert a.published == "2026-11-12T10:20:00+08:00"


def test_a_byline_with_an_em_dash_between_writer_and_editor():
    raw = ("Sepak Bola\nMalut United Tahan Imbang Persib di Ternate\n"
           "Penulis: Fadli Hi. Umar  —  Editor: Nurhayati Sangaji\nSabtu, 14 Nov 2026 21:30 WIT\n"
           "Ternate — Malut United bermain imbang 1-1 melawan Persib Bandung di Stadion Gelora Kie Raha, Sabtu (14/11/2026) malam.\n"
           "Gol tuan rumah dicetak pada menit ke-70 lewat tendangan bebas yang tidak bisa dijangkau kiper lawan.\n")
    a = clean_text(raw)
    assert a.authors == ["Fadli Hi. Umar"] and a.editors == ["Nurhayati Sangaji"]


def test_an_unknown_outlet_takes_the_zone_its_breadcrumb_names():
    raw = ("Beranda › Kaltim › Berau\nJembatan Gantung Kampung Merasa Ambruk\nOleh: Petrus Lung\n"
           "Nov 10, 2026 - 09:15\n"
           "Jembatan gantung penghubung Kampung Merasa dan Kampung Long Lanuk ambruk diterjang arus sungai, Selasa pagi.\n"
           "Warga kini menyeberang dengan perahu ketinting sambil menunggu perbaikan dari pemerintah kabupaten.\n")
    assert clean_text(raw).published == "2026-11-10T09:15:00+08:00"


@pytest.mark.parametrize("line, city, outlet", [
    ("Jakarta, Piranti – Pemerintah menaikkan tarif cukai rokok.", "Jakarta", "Piranti"),
    ("MANADO, Suara Nyiur - Hujan deras merendam tiga kelurahan.", "Manado", "Suara Nyiur"),
])
def test_a_dateline_with_an_outlet_no_list_knows(line, city, outlet):
    dl = split_dateline(line)
    assert dl and (dl.city, dl.outlet) == (city, outlet)


@pytest.mark.parametrize("line", [
    "Andi, Budi - Kata dia tidak tahu.",      # two names, neither a known place
    "Sleman, Bantul - Hujan turun sejak pagi.",  # two places, no outlet
    "Jakarta, Senin – Pemerintah menaikkan tarif.",  # a weekday is not an outlet
])
def test_two_capitalised_words_before_a_dash_are_not_always_place_and_outlet(line):
    dl = split_dateline(line)
    assert dl is None or dl.outlet is None


# --- session 4: furniture the rules learned from the third labeller's set ---------------------

KABAR_TELUK = """KABAR TELUK
kabarteluk.id · Suara Pesisir Tomini
Beranda ⟩ Ekonomi
Harga Cengkih di Parigi Moutong Anjlok, Petani Tunda Panen
Rahmawati Lasimpo  ·  Kabar Teluk
Terbit 03.12.2026, 08.45 WITA
Poin penting
• Harga cengkih kering turun dari Rp120.000 menjadi Rp85.000 per kilogram.
• Petani menunda panen sambil menunggu harga pulih.
Petani menjemur cengkih di halaman rumah di Desa Tomoli, Parigi Moutong.
Petani menjemur cengkih di halaman rumah di Desa Tomoli, Parigi Moutong.
(Foto: Kabar Teluk/Rahmawati Lasimpo)
Parigi, kabarteluk.id | Harga cengkih kering di tingkat petani Kabupaten Parigi Moutong, Sulawesi Tengah, anjlok dalam sebulan terakhir.
Petani di Kecamatan Ampibabo mengaku hanya menerima Rp85.000 per kilogram, padahal awal November masih Rp120.000.
BACA PULA ⟩ Nelayan Tomini Keluhkan Harga Solar di Tingkat Pengecer
"Kalau harga begini, kami tunda dulu petik. Biar bunga cengkih tetap di pohon," kata Abdul Rahim, petani di Desa Tomoli.
POLLING: Apakah pemerintah perlu menetapkan harga dasar cengkih?
Dinas Perkebunan Parigi Moutong berjanji memanggil para pengepul untuk membahas harga pekan depan.
(rhm/nl)
Disunting oleh Nurlaela Daeng
Label: Cengkih / Parigi Moutong / Harga Komoditas
3 Komentar
Andi Baso
3 Desember 2026 pukul 10.02
Semoga harga cepat naik lagi, petani sudah susah payah merawat kebun sepanjang tahun.
Berita Sebelumnya
Jalan Trans Sulawesi di Tomini Kembali Longsor
"""


def test_a_page_with_summary_points_a_doubled_caption_and_comments():
    a = clean_text(KABAR_TELUK)
    assert a.title == "Harga Cengkih di Parigi Moutong Anjlok, Petani Tunda Panen"
    assert a.authors == ["Rahmawati Lasimpo"] and a.editors == ["Nurlaela Daeng"]
    assert a.published == "2026-12-03T08:45:00+08:00"
    assert a.dateline == "Parigi"
    assert a.paragraphs == [
        "Harga cengkih kering di tingkat petani Kabupaten Parigi Moutong, Sulawesi Tengah, anjlok dalam sebulan terakhir.",
        "Petani di Kecamatan Ampibabo mengaku hanya menerima Rp85.000 per kilogram, padahal awal November masih Rp120.000.",
        '"Kalau harga begini, kami tunda dulu petik. Biar bunga cengkih tetap di pohon," kata Abdul Rahim, petani di Desa Tomoli.',
        "Dinas Perkebunan Parigi Moutong berjanji memanggil para pengepul untuk membahas harga pekan depan.",
    ]
    assert a.captions == ["Petani menjemur cengkih di halaman rumah di Desa Tomoli, Parigi Moutong.",
                          "(Foto: Kabar Teluk/Rahmawati Lasimpo)"]


def test_a_readers_column_names_its_writer_in_the_closing_note():
    raw = ("Suara Pembaca\nSekolah Kami Butuh Guru, Bukan Gedung Baru\n"
           "Diterbitkan oleh Redaksi pada 2 Desember 2026 jam 16.20\n"
           "Sudah tiga tahun sekolah dasar di kampung kami hanya punya dua guru untuk enam kelas.\n"
           "Gedung baru memang berdiri megah, tetapi ruang kelas lebih sering kosong karena tidak ada yang mengajar.\n"
           "Tulisan ini dikirim oleh Yuliana Wenda, orang tua murid di Distrik Kurulu. Rubrik Suara Pembaca memuat tulisan pembaca.\n"
           "Share this:\n")
    a = clean_text(raw)
    assert a.authors == ["Yuliana Wenda"]
    assert not any(p.startswith("Tulisan ini dikirim") for p in a.paragraphs)
    assert len(a.paragraphs) == 2


def test_pages_of_a_multi_page_story_and_paid_content_notes_are_not_body():
    raw = ("Kabar Lampung\nJalan Lintas Barat Rusak Parah, Truk Antre Tiga Kilometer\n"
           "Selasa, 1 Desember 2026 - 10:15 WIB\nPenulis: Rudi Hartawan | Editor: Lina Marlina\n"
           "Ruas Jalan Lintas Barat Sumatera di Kecamatan Pesisir Tengah rusak parah sejak sepekan terakhir.\n"
           "Halaman selanjutnya\nHalaman 2\n"
           "Antrean truk pengangkut kopi mencapai tiga kilometer setiap pagi, kata warga setempat.\n"
           "Menarik Dibaca: Harga Kopi Robusta Lampung Tembus Rp70.000 per Kilogram\n"
           "Dinas Pekerjaan Umum berjanji menambal lubang jalan sebelum libur akhir tahun.\n"
           "Halaman 1 2\n"
           "Konten ini merupakan kerja sama Kabar Lampung dengan PT Sumber Kopi Nusantara.\n")
    a = clean_text(raw)
    assert a.paragraphs == [
        "Ruas Jalan Lintas Barat Sumatera di Kecamatan Pesisir Tengah rusak parah sejak sepekan terakhir.",
        "Antrean truk pengangkut kopi mencapai tiga kilometer setiap pagi, kata warga setempat.",
        "Dinas Pekerjaan Umum berjanji menambal lubang jalan sebelum libur akhir tahun.",
    ]


def test_a_columnists_name_with_degrees_under_the_date_line_is_the_author():
    raw = ("Kolom\nMenjaga Bahasa Daerah Tetap Hidup di Sekolah\nSenin, 30 Nov 2026 10:00 WIB\n"
           "Dr. Hj. Ratnasari Lubis, M.Hum.\n"
           "Setiap tahun kita kembali disuguhi angka yang muram tentang bahasa daerah yang kehilangan penutur mudanya.\n"
           "Sekolah sebenarnya bisa menjadi tempat bahasa itu diwariskan, bukan tempat ia ditinggalkan.\n")
    assert clean_text(raw).authors == ["Ratnasari Lubis"]


DENYUT = """kabarpaser.com
kabarPaser
Berita  Tanah Grogot  Long Ikis  Kuaro  Hukum  Foto  Video
Berita
Foto: Lomba Perahu Naga Meriahkan Teluk Adang
Hendra Saputra, Nurul Aini Lamba - kabarPaser
Minggu, 29 Nov 2026 16:40 WITA
Bagikan
Peserta lomba perahu naga mendayung di perairan Teluk Adang, Minggu (29/11/2026). Foto: Hendra Saputra/kabarPaser
1 / 3
Sebanyak 24 tim dari tujuh kecamatan di Kabupaten Paser mengikuti lomba perahu naga di Teluk Adang.
2 / 3
Ribuan warga memadati dermaga sejak pagi untuk menyaksikan lomba yang digelar setiap akhir tahun itu.
Baca juga:
• Harga Ikan Bandeng di Pasar Tanah Grogot Naik Jelang Natal
• Mengapa Teluk Adang Jadi Lokasi Favorit Lomba Perahu?
Panitia menyebut lomba tahun ini menjadi yang terbesar sejak pertama kali digelar pada 2015.
Video: Detik-detik Perahu Naga Terbalik di Garis Finis
Videografer: Agus Salim · Video editor: Rina Marlina
(hes/nra)
"""


def test_a_gallery_page_with_counters_links_and_video_credits():
    a = clean_text(DENYUT)
    assert a.title == "Foto: Lomba Perahu Naga Meriahkan Teluk Adang"
    assert a.authors == ["Hendra Saputra", "Nurul Aini Lamba"] and a.editors == []
    assert a.published == "2026-11-29T16:40:00+08:00"
    assert a.paragraphs == [
        "Sebanyak 24 tim dari tujuh kecamatan di Kabupaten Paser mengikuti lomba perahu naga di Teluk Adang.",
        "Ribuan warga memadati dermaga sejak pagi untuk menyaksikan lomba yang digelar setiap akhir tahun itu.",
        "Panitia menyebut lomba tahun ini menjadi yang terbesar sejak pertama kali digelar pada 2015.",
    ]


def test_a_blog_prints_the_day_above_and_the_time_below():
    raw = ("Suara Kampus Lembah\nMedia Mahasiswa Universitas Lembah Hijau\nMonday, November 30, 2026\n"
           "Mahasiswa Tanam Seribu Pohon di Lereng Bukit Kampus\n"
           "Sebanyak seribu bibit pohon ditanam mahasiswa di lereng bukit belakang kampus, Minggu (29/11/2026).\n"
           "Kegiatan itu digelar untuk mencegah longsor yang kerap terjadi setiap musim hujan tiba.\n"
           "Penulis: Yohana Lake\nDiposting oleh Redaksi Suara Kampus di 19.05\n")
    a = clean_text(raw)
    assert a.published == "2026-11-30T19:05:00+07:00"
    assert a.authors == ["Yohana Lake"]


def test_a_columnists_job_line_and_a_disclaimer():
    raw = ("anjungan\nKonten dari Pengguna\nMenimbang Ulang Jam Masuk Sekolah\nDr. Bagus Wiratama, S.Sos., M.Si.\n"
           "Dosen Ilmu Komunikasi Universitas Lembah Hijau\n24 November 2026 9:10 WIB\n"
           "Tulisan dari Dr. Bagus Wiratama, S.Sos., M.Si. tidak mewakili pandangan dari redaksi anjungan\n"
           "Wacana memajukan jam masuk sekolah menjadi pukul 06.00 kembali mengemuka di sejumlah daerah.\n"
           "Niat itu patut dihargai, tetapi kebijakan pendidikan perlu berdiri di atas bukti yang kuat.\n")
    a = clean_text(raw)
    assert a.title == "Menimbang Ulang Jam Masuk Sekolah"
    assert a.authors == ["Bagus Wiratama"]
    assert len(a.paragraphs) == 2


def test_a_closing_credit_with_the_writer_first_and_the_sites_name_as_a_dateline():
    raw = ("SIAR DESA\nsiardesa.id\nBupati Resmikan Jembatan Gantung Desa Waiheru\nDiposting: Jumat, 6 Nov. 2026 | 14:20\n"
           "SIAR DESA – Bupati meresmikan jembatan gantung sepanjang 80 meter yang menghubungkan dua dusun.\n"
           "Jembatan itu dibangun dengan dana desa dan swadaya warga selama lima bulan terakhir.\n"
           "(Rudi Hasan & Nurlela Ibrahim/Siar Desa)\n")
    a = clean_text(raw)
    assert a.authors == ["Rudi Hasan", "Nurlela Ibrahim"]
    assert a.dateline is None
    assert a.paragraphs[0].startswith("Bupati meresmikan")


def test_a_sermon_page_with_arabic_verses_and_a_writers_note():
    raw = ("SUARA PESANTREN\nKhutbah\nKhutbah Jumat: Menjaga Lisan di Era Media Sosial\n"
           "Suara Pesantren  ·  Kamis, 3 Desember 2026 | 11:00 WIB\n"
           "Khutbah I\nالْحَمْدُ لِلّٰهِ الَّذِي أَمَرَنَا بِحِفْظِ اللِّسَانِ\n"
           "Jamaah shalat Jumat yang dirahmati Allah,\n"
           "Marilah kita senantiasa meningkatkan ketakwaan kepada Allah dengan menjaga lisan dan tulisan kita.\n"
           "Allah berfirman dalam Surat Qaf ayat 18:\n"
           "مَا يَلْفِظُ مِنْ قَوْلٍ إِلَّا لَدَيْهِ رَقِيبٌ عَتِيدٌ\n"
           "Setiap kata yang kita tulis di media sosial akan dimintai pertanggungjawaban kelak.\n"
           "Ustadz H. Ahmad Syarifuddin, Lc., M.Ag., Pengajar di Pondok Pesantren Nurul Falah, Tasikmalaya\n"
           "Editor: Luthfi Assegaf\n")
    a = clean_text(raw)
    assert a.paragraphs[:3] == ["Khutbah I", "الْحَمْدُ لِلّٰهِ الَّذِي أَمَرَنَا بِحِفْظِ اللِّسَانِ",
                                "Jamaah shalat Jumat yang dirahmati Allah,"]
    assert "مَا يَلْفِظُ مِنْ قَوْلٍ إِلَّا لَدَيْهِ رَقِيبٌ عَتِيدٌ" in a.paragraphs
    assert a.authors == ["Ahmad Syarifuddin"] and a.editors == ["Luthfi Assegaf"]


def test_a_radio_stations_dateline_a_contributor_note_and_a_teaser_cut_short():
    raw = ("RGN.CO.ID\nRadio Gita Nusantara\nDaerah\nHarga Durian di Parigi Moutong Anjlok\n"
           "Editor: Irwan Lapatta\nDiunggah: 17/11/2026 17:50\n"
           "RGN, Parigi: Harga durian di Kabupaten Parigi Moutong anjlok seiring panen raya sejak awal bulan.\n"
           "Pedagang di pinggir jalan Trans Sulawesi menjual durian mulai Rp10.000 per buah, termasuk...\n"
           "Halaman Selanjutnya\n"
           "Pedagang di pinggir jalan Trans Sulawesi menjual durian mulai Rp10.000 per buah, termasuk durian montong.\n"
           "Laporan: Moh. Fadel Tangkilisan\n"
           "Rina Manurung berkontribusi dalam penulisan artikel ini.\n")
    a = clean_text(raw)
    assert a.dateline == "Parigi"
    assert a.published == "2026-11-17T17:50:00+08:00"  # Parigi is in WITA
    assert a.authors == ["Moh. Fadel Tangkilisan", "Rina Manurung"] and a.editors == ["Irwan Lapatta"]
    assert len(a.paragraphs) == 2 and not a.paragraphs[1].endswith("...")


def test_a_columnists_role_label_line_and_job_line_are_not_the_title():
    raw = ("TIMBANGAN\nKolom\nKota yang Kehilangan Teduh\nPenulis\nDr. Ir. Laksmi Handayani, M.Sc.\n"
           "Peneliti Pusat Riset Iklim dan Atmosfer BRIN\n29 November 2026 | 07.00 WIB\n"
           "Setiap musim kemarau, kota-kota kita makin panas karena pohon peneduh terus ditebang untuk jalan.\n"
           "Pemerintah kota perlu menghitung ulang nilai sebatang pohon bagi warganya.\n")
    a = clean_text(raw)
    assert a.title == "Kota yang Kehilangan Teduh"
    assert a.authors == ["Laksmi Handayani"]
    assert a.published == "2026-11-29T07:00:00+07:00"


def test_a_citizen_journalists_page_names_the_writer_above_and_below():
    raw = ("SUARA WARGA\nRuang Menulis Warga\nBeranda  Humaniora  Ekonomi  Politik  Tulis\n"
           "Andi Nurhaeda Rahman\nPegawai swasta, pengguna angkot sejak SD. Menulis soal kota dan orang-orangnya.\n"
           "Ikuti\nHumaniora\nPete-pete yang Pelan-pelan Menghilang dari Jalanan Kota\n"
           "Diperbarui: 26 November 2026 07:12 WITA\nDiterbitkan: 25 November 2026 21:45 WITA\n"
           "Dulu saya hanya perlu berdiri di pinggir jalan dan mengangkat tangan untuk naik angkot.\n"
           "Bukan soal nostalgia\n"
           "Tulisan ini bukan ajakan untuk bernostalgia. Angkutan umum yang buruk memang layak ditinggalkan.\n"
           "Kota sebesar ini tetap membutuhkan angkutan massal yang murah dan bisa diandalkan warganya.\n")
    a = clean_text(raw)
    assert a.title == "Pete-pete yang Pelan-pelan Menghilang dari Jalanan Kota"
    assert a.authors == ["Andi Nurhaeda Rahman"]
    assert a.published == "2026-11-25T21:45:00+08:00"
    assert a.paragraphs[0].startswith("Dulu saya") and "Bukan soal nostalgia" in a.paragraphs
    assert len(a.paragraphs) == 4
    tail = ("Perpustakaan Perahu untuk Anak Pulau\nDiterbitkan: 20 November 2026 10:00 WITA\n"
            "Setiap Sabtu perahu kecil berisi buku singgah di dermaga pulau dan anak-anak berlarian menyambutnya.\n"
            "Mereka membaca di bawah pohon ketapang sampai sore tiba dan perahu kembali berlayar.\n"
            "Muh. Ikbal Syahrir, S.Pd.\nGuru SD di Kepulauan Sangkarrang. Suka laut, buku, dan kopi.\n")
    b = clean_text(tail)
    assert b.authors == ["Muh. Ikbal Syahrir"] and len(b.paragraphs) == 2


def test_a_market_portals_section_writer_site_line_and_a_key_value_list():
    raw = ("GRAFIS\ngrafis.id — Data, Pasar, Keputusan\nMarket\nIHSG Ditutup Menguat 0,42%, Saham Energi Jadi Penopang\n"
           "Market - Rizky Adriansyah & Bagus Prasetyo, Grafis\n18 November 2026 15:42\n"
           "Indeks Harga Saham Gabungan ditutup menguat 0,42 persen pada perdagangan Rabu sore.\n"
           "Jadwal penawaran umum perdana saham yang dipantau pelaku pasar:\n"
           "- Masa penawaran awal: 10-17 November 2026\n- Pencatatan di Bursa Efek Indonesia: 7 Desember 2026\n"
           "Spesifikasi singkat\nLayar: 6,7 inci AMOLED, 120 Hz\nMemori: 8 GB RAM, 256 GB penyimpanan\n"
           "Analis memperkirakan penguatan berlanjut hingga akhir pekan seiring kenaikan harga batu bara.\n")
    a = clean_text(raw)
    assert a.title == "IHSG Ditutup Menguat 0,42%, Saham Energi Jadi Penopang"
    assert a.authors == ["Rizky Adriansyah", "Bagus Prasetyo"]
    for line in ("- Masa penawaran awal: 10-17 November 2026", "Spesifikasi singkat", "Layar: 6,7 inci AMOLED, 120 Hz"):
        assert line in a.paragraphs, line


def test_an_english_page_with_a_bracketed_outlet_byline_and_the_place_on_the_date_line():
    raw = ("The Harbour Post\nIndonesia's Independent English Daily\nIndonesia  Business  World  Opinion\n"
           "Fishermen in Sibolga struggle as fuel quotas run dry\n"
           "Rudi Hartono and Maria Simanjuntak (The Harbour Post)\n"
           "Sibolga ● Tue, November 17, 2026 ● 11:20 am\n"
           "Small-scale fishermen in Sibolga say they have not been able to buy subsidized diesel for a week.\n"
           "Read also: Rainy season to peak in January, BMKG warns\n"
           "The local fisheries agency said it had asked the state oil company to raise the quota.\n"
           "The views expressed in this article are those of the writer.\n")
    a = clean_text(raw)
    assert a.title == "Fishermen in Sibolga struggle as fuel quotas run dry"
    assert a.authors == ["Rudi Hartono", "Maria Simanjuntak"]
    assert a.dateline == "Sibolga"
    assert a.published.startswith("2026-11-17T11:20:00")
    assert len(a.paragraphs) == 2


def test_a_javanese_page_and_a_bilingual_menu():
    raw = ("JAGAD KULON\nKalawarti Basa Jawa\nKaca Ngarep  Warta  Budaya  Olahraga\n"
           "Banyu Kali Progo Mundhak, Atusan Warga Kulon Progo Ngungsi\n"
           "Rebo Wage, 18 Nopember 2026 | jam 16.40\nPanulis: Bagus Wicaksono lan Rini Astuti\n"
           "Banyu Kali Progo sing mundhak wiwit Senen bengi njalari atusan warga kudu ngungsi menyang balai desa.\n"
           "Waca uga: Petani Tembakau Kuwatir Regane Anjlog\nPariwara\n"
           "Pamarentah kabupaten wis nyiyapake dhapur umum lan tenda kanggo para pengungsi.\n")
    a = clean_text(raw)
    assert a.title == "Banyu Kali Progo Mundhak, Atusan Warga Kulon Progo Ngungsi"
    assert a.authors == ["Bagus Wicaksono", "Rini Astuti"]
    assert a.published == "2026-11-18T16:40:00+07:00"
    assert len(a.paragraphs) == 2
    menu = ("HARMONI\nBeranda 首页  Medan 棉兰  Sumut 北苏  Nasional 国内  Bisnis 商业  Foto 图片\n"
            "Bakti Sosial Perkumpulan Hakka Deli, 780 Warga Berobat Gratis\nSelasa, 10 November 2026 | 10:30 WIB\n"
            "Sebanyak 780 warga memadati aula perkumpulan untuk mengikuti pemeriksaan kesehatan gratis.\n"
            "相关新闻 Berita Terkait: Yayasan Tionghoa Salurkan Beasiswa\n广告 · IKLAN\n"
            "Kegiatan itu digelar dalam rangka ulang tahun ke-35 perkumpulan tersebut.\n")
    b = clean_text(menu)
    assert b.title == "Bakti Sosial Perkumpulan Hakka Deli, 780 Warga Berobat Gratis"
    assert len(b.paragraphs) == 2


def test_a_fact_check_opens_with_a_subheading_and_names_its_checkers():
    raw = ("SARING\nCek Fakta\n[SALAH] Video Jembatan Putus Bukan Kejadian November 2026\n"
           "Dipublikasikan Jumat (13/11/2026) pukul 16.20 WIB\nPemeriksa Fakta: Rahmi Fadilah dan Teguh Santoso\n"
           "Tangkapan layar video jembatan putus yang diklaim terjadi pada November 2026. (Saring)\n"
           "Klaim di TikTok\n"
           "Sebuah video yang memperlihatkan jembatan gantung putus diterjang arus sungai beredar di media sosial.\n"
           "Hasil penelusuran menunjukkan video itu direkam pada 2021 di provinsi lain.\n")
    a = clean_text(raw)
    assert a.authors == ["Rahmi Fadilah", "Teguh Santoso"]
    assert a.paragraphs[0] == "Klaim di TikTok" and len(a.paragraphs) == 3
    assert a.captions == ["Tangkapan layar video jembatan putus yang diklaim terjadi pada November 2026. (Saring)"]


def test_a_site_name_glued_to_the_lead_is_a_dateline_without_a_place():
    raw = ("SUARALOKA\nBeranda  Nasional  Daerah  Olahraga\nDaerah\n"
           "Jembatan Gantung Putus, Warga Dua Desa Terisolasi\nKamis, 19 November 2026 | 08.30 WIB\n"
           "Reporter: Yusuf Maulana\n"
           "Suaraloka.com–Jembatan gantung yang menghubungkan dua desa di Kecamatan Cibeber putus diterjang arus sungai.\n"
           "Warga kini harus memutar sejauh 12 kilometer untuk mencapai pasar kecamatan.\n")
    a = clean_text(raw)
    assert a.dateline is None
    assert a.paragraphs[0].startswith("Jembatan gantung yang")
    b = clean_text(raw.replace("Suaraloka.com–Jembatan", "CIANJUR, Suaraloka.com–Jembatan"))
    assert b.dateline == "Cianjur" and b.paragraphs[0].startswith("Jembatan gantung yang")
    c = clean_text(raw.replace("SUARALOKA\n", "SUARALOKA\nSuaraLoka\n").replace("Suaraloka.com–Jembatan", "SuaraLoka. Jembatan"))
    assert c.dateline is None and c.paragraphs[0].startswith("Jembatan gantung yang")
    # a place with a glued hyphen is still no dateline unless the site's name vouches for it
    assert split_dateline("Jakarta-Bandung ditempuh dalam dua jam.") is None


def test_related_links_videos_and_charts_inside_the_body():
    raw = ("KABAR SELAT\nBeranda  Ekonomi  Daerah\nEkonomi\n"
           "Ekspor Ikan Kerapu dari Batam Naik 20 Persen\nSelasa, 24 November 2026 | 10:15 WIB\n"
           "Penulis: Lidya Hutapea\n"
           "BATAM – Ekspor ikan kerapu hidup dari Batam naik 20 persen sepanjang Oktober dibanding bulan sebelumnya.\n"
           "Berita Lainnya: Nelayan Natuna Keluhkan Harga Solar yang Terus Naik\n"
           "» Pelabuhan Batu Ampar Tambah Dua Kapal Kontainer Baru\n"
           "Grafik: Volume ekspor kerapu hidup Batam Januari–Oktober 2026 (ton). (Sumber: BKIPM, diolah Kabar Selat)\n"
           "Sebagian besar kerapu dikirim ke Hong Kong dan Singapura dengan kapal khusus berpendingin.\n"
           "Video Terkait:\nMelihat Budidaya Kerapu di Keramba Pulau Kasu\n03:12\n"
           "▶ Putar: Nelayan Batam Panen Kerapu Jelang Imlek (01:48)\n"
           "Kepala dinas perikanan setempat menyebut permintaan masih akan naik menjelang Imlek.\n")
    a = clean_text(raw)
    assert len(a.paragraphs) == 3, a.paragraphs
    assert a.paragraphs[-1].startswith("Kepala dinas perikanan")
    assert any(c.startswith("Grafik:") for c in a.captions)


def test_a_short_closing_sentence_and_a_subheading_after_a_list_of_links():
    raw = ("SUARA PESISIR\nBeranda  Opini  Daerah\nOpini\nKota yang Lupa pada Lautnya\n"
           "Rabu, 25 November 2026 | 09:00 WIB\nPenulis: Dewi Lestari\n"
           "Setiap musim angin barat, kampung nelayan di pesisir utara kembali terendam rob setinggi lutut.\n"
           "Baca Juga:\nPemkot Siapkan Rp 12 Miliar untuk Tanggul Laut di Pesisir Utara\n"
           "Gerakan Menanam Bakau Serentak\n"
           "Warga dan pelajar menanam lima ribu bibit bakau di sepanjang garis pantai yang terkikis abrasi.\n"
           "Laut tidak pernah lupa ke mana ia pernah datang.\nKitalah yang lupa.\n"
           "Isi tulisan ini sepenuhnya menjadi tanggung jawab penulis.\n")
    a = clean_text(raw)
    assert "Gerakan Menanam Bakau Serentak" in a.paragraphs
    assert a.paragraphs[-1] == "Kitalah yang lupa."
    assert not any("Tanggul Laut" in p for p in a.paragraphs)


def test_a_print_edition_label_is_not_an_author():
    raw = ("HARIAN SERAYU\nBeranda  Ekonomi\nEkonomi\nHarga Gula Kelapa di Banyumas Turun\n"
           "Oleh: Wahyu Nugroho\nEdisi Cetak Rabu, 2 Desember 2026\n"
           "PURWOKERTO – Harga gula kelapa di tingkat perajin Banyumas turun menjadi Rp 14.000 per kilogram.\n"
           "Perajin menyebut pasokan dari kecamatan lain sedang melimpah.\n")
    a = clean_text(raw)
    assert a.authors == ["Wahyu Nugroho"]
    assert a.published == "2026-12-02"


def test_the_outlet_is_the_masthead_in_the_case_the_page_writes_it():
    raw = ("Lewati ke konten\nPOS BORNEO\nSuara Kalimantan Barat\nBeranda  Pontianak  Ekonomi\nEkonomi\n"
           "Harga Karet Naik, Petani Sanggau Mulai Menyadap Lagi\nSenin, 23 November 2026 | 10:20\n"
           "Penulis: ANTARA | Editor: Rudi Santoso\n"
           "Sanggau (ANTARA) - Harga karet di tingkat petani Kabupaten Sanggau naik menjadi Rp 13.500 per kilogram.\n"
           "Petani yang sempat beralih ke sawit kini kembali menyadap kebun karetnya.\n"
           "Ikuti Pos Borneo di Google News\n© 2026 PT Borneo Media Utama. All rights reserved.\n")
    a = clean_text(raw)
    assert a.outlet == "Pos Borneo" and a.agency == "ANTARA"
    assert a.authors == [] and a.editors == ["Rudi Santoso"]
    domain = ("WARTAPALU.ID\nBeranda  Berita  Daerah\nDaerah\nDermaga Pantoloan Diperpanjang 80 Meter\n"
              "Selasa, 17 November 2026 | 14:05 WITA\nPenulis: Nur Aisyah\n"
              "PALU – Dermaga Pelabuhan Pantoloan diperpanjang 80 meter agar kapal penumpang bisa bersandar.\n"
              "Pekerjaan ditargetkan selesai pada Maret 2027.\n© 2026 Warta Palu. All rights reserved.\n")
    assert clean_text(domain).outlet == "Warta Palu"


def test_an_unknown_outlets_zone_from_its_name_not_from_a_section_label():
    raw = ("KABARSULTRA\nBeranda  Nusantara  Politik\nNusantara\nNelayan Wakatobi Terima Bantuan Kapal\n"
           "Jumat, 27 November 2026 | 15:10\nPenulis: La Ode Rahman\n"
           "Kabarsultra. Sebanyak 40 nelayan di Wakatobi menerima bantuan kapal fiberglass dari pemerintah provinsi.\n"
           "Bantuan itu diharapkan menambah hasil tangkapan nelayan kecil.\n")
    assert clean_text(raw).published == "2026-11-27T15:10:00+08:00"  # 'Sultra': Sulawesi Tenggara, WITA
    # (the story's places give no zone either: Indramayu is in WIB)
    section_only = raw.replace("KABARSULTRA", "SUARA WARGA").replace("Kabarsultra. ", "").replace("Wakatobi", "Indramayu")
    assert clean_text(section_only).published == "2026-11-27T15:10:00+07:00"  # 'Nusantara' is a section here


def test_a_numeric_date_with_the_clock_glued_after_a_comma_on_a_byline():
    raw = ("HARIAN KALIMAS\nkalimas.id\nSurabaya  Jatim  Nasional\nSurabaya\n"
           "Pasar Ikan Pabean Direnovasi, Pedagang Dipindah Sementara\n"
           "Reporter: Dimas Anggoro dan Sari Utami | Editor: Fajar Nugroho | Senin 16-11-2026,18:25 WIB\n"
           "HARIAN KALIMAS - Pemkot Surabaya mulai merenovasi Pasar Ikan Pabean pekan ini.\n"
           "Sebanyak 240 pedagang dipindah ke lahan parkir selama tiga bulan.\n")
    a = clean_text(raw)
    assert a.published == "2026-11-16T18:25:00+07:00"
    assert a.authors == ["Dimas Anggoro", "Sari Utami"] and a.editors == ["Fajar Nugroho"]


def test_sasak_names_before_the_date_and_a_wire_desk_that_is_no_author():
    raw = ("SUARA RINJANI\nBeranda  Mataram  Lombok Timur\nMataram\n"
           "Harga Cabai Rawit di Mataram Turun Jelang Akhir Tahun\n"
           "Lalu Hasbi Anwar, Baiq Rina Wulandari · 20 November 2026 10:05\n"
           "MATARAM – Harga cabai rawit di pasar tradisional Mataram turun menjadi Rp 38.000 per kilogram.\n"
           "Pedagang menyebut pasokan dari Lombok Timur mulai melimpah.\n")
    assert clean_text(raw).authors == ["Lalu Hasbi Anwar", "Baiq Rina Wulandari"]
    wire = raw.replace("Lalu Hasbi Anwar, Baiq Rina Wulandari · 20 November 2026 10:05",
                       "Penulis: Newswire | Editor: Maya Lestari\n20 November 2026 10:05")
    assert clean_text(wire).authors == []


def test_a_summary_box_a_chart_title_a_promotion_and_a_bracketed_writer_note():
    raw = ("DATAKITA\nBeranda  Ekonomi  Data\nEkonomi\nImpor Beras Turun 40 Persen hingga Oktober\n"
           "Penulis: Rina Marlina\nKamis, 26 November 2026 | 09.15 WIB\nRingkasan\n"
           "• Impor beras Januari–Oktober 2026 turun 40 persen dibanding periode yang sama tahun lalu menurut data BPS.\n"
           "• Produksi dalam negeri naik.\n"
           "Badan Pusat Statistik mencatat impor beras hingga Oktober 2026 mencapai 1,9 juta ton.\n"
           "Databoks\nVolume Impor Beras Bulanan, Januari–Oktober 2026\nSumber: BPS\n"
           "Penurunan terbesar terjadi pada impor dari Vietnam dan Thailand.\n"
           "Promosi Lima Warung Nasi Liwet Paling Ramai di Kota Solo\n"
           "Pemerintah menargetkan tidak ada impor beras pada 2027.\n"
           "(Penulis adalah peneliti ekonomi pertanian di sebuah lembaga kajian)\n")
    a = clean_text(raw)
    assert [p[:20] for p in a.paragraphs] == ["Badan Pusat Statisti", "Penurunan terbesar t", "Pemerintah menargetk"]
    assert "Volume Impor Beras Bulanan, Januari–Oktober 2026" in a.captions


def test_more_date_and_byline_shapes():
    raw = ("KABAR SELAT\nBeranda  Ekonomi  Daerah\nEkonomi\nEkspor Ikan Kerapu dari Batam Naik 20 Persen\n"
           "Laporan Rudi Hartono dari Batam\n16-Nov-2026 18:25\n"
           "BATAM – Ekspor ikan kerapu hidup dari Batam naik 20 persen sepanjang Oktober dibanding bulan sebelumnya.\n"
           "Sebagian besar kerapu dikirim ke Hong Kong dan Singapura dengan kapal khusus berpendingin.\n")
    a = clean_text(raw)
    assert a.authors == ["Rudi Hartono"] and a.published == "2026-11-16T18:25:00+07:00"
    b = clean_text(raw.replace("Laporan Rudi Hartono dari Batam", "Penulis/Editor: Rudi Hartono")
                   .replace("16-Nov-2026 18:25", "2026/11/16 18:25 WIB"))
    assert b.authors == ["Rudi Hartono"] and b.editors == ["Rudi Hartono"]
    assert b.published == "2026-11-16T18:25:00+07:00"


def test_datelines_with_the_site_in_brackets_or_its_short_name_and_a_bulleted_link_list():
    raw = ("KABAR BRANTAS\nkabarbrantas.com\nBeranda  Jatim  Nasional\nJatim\n"
           "Sungai Meluap, Ratusan Rumah di Mojokerto Terendam\nSenin, 23 November 2026 | 10:15 WIB\n"
           "Penulis: Dian Prasetyo\n"
           "Mojokerto (kabarbrantas.com) – Hujan deras sejak Minggu sore membuat Sungai Brangkal meluap ke permukiman.\n"
           "Baca Juga:\n• Tanggul Kali Lamong Jebol Lagi\n• Harga Cabai Naik Jelang Natal\n"
           "Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut.\n")
    a = clean_text(raw)
    assert a.dateline == "Mojokerto" and a.paragraphs[0].startswith("Hujan deras")
    assert len(a.paragraphs) == 2
    short = raw.replace("Mojokerto (kabarbrantas.com) –", "Mojokerto, Brantas –")
    b = clean_text(short)
    assert b.dateline == "Mojokerto" and b.paragraphs[0].startswith("Hujan deras")


def test_a_ministry_in_the_byline_is_no_author():
    raw = ("WARTA PUBLIK\nBeranda  Nasional\nNasional\nKapal Ikan Asing Ditangkap di Natuna\n"
           "Oleh Kementerian Kelautan dan Perikanan - Sabtu, 14 November 2026 | 09:00 WIB\n"
           "Jakarta, Warta Publik - Kapal pengawas perikanan menangkap dua kapal ikan asing di Laut Natuna Utara.\n"
           "Kedua kapal kini ditarik ke pangkalan pengawasan di Batam.\n")
    a = clean_text(raw)
    assert a.authors == [] and a.published == "2026-11-14T09:00:00+07:00"


def test_a_headline_that_asks_a_name_beside_a_relative_time_and_a_screenshot_caption():
    raw = ("RUANG TANYA\nHome  Sains  Kota\nSAINS\nMengapa Jakarta Terasa Lebih Gerah di Awal November?\n"
           "Laras Wicaksana\n5 jam lalu\n"
           "Unggahan warganet soal suhu Jakarta yang ramai dibagikan. (Tangkapan layar)\n"
           "Kalau belakangan kamu merasa Jakarta panasnya tidak wajar, kamu tidak sendirian, kata para peneliti iklim.\n"
           "Apa yang sebenarnya terjadi?\n"
           "Suhu permukaan laut di utara Jawa masih hangat sehingga udara lembap bertahan lebih lama di kota.\n")
    a = clean_text(raw)
    assert a.title == "Mengapa Jakarta Terasa Lebih Gerah di Awal November?"
    assert a.authors == ["Laras Wicaksana"] and a.published is None
    assert a.captions == ["Unggahan warganet soal suhu Jakarta yang ramai dibagikan. (Tangkapan layar)"]
    assert "Apa yang sebenarnya terjadi?" in a.paragraphs and len(a.paragraphs) == 3


def test_writers_bios_notes_about_the_piece_and_a_zone_from_the_sites_address():
    raw = ("SUARA TANJUNG\nBeranda  Liputan  Opini\nLiputan\nNelayan Tanjung Kelayang Menunggu Dermaga Baru\n"
           "Oleh Andreas Halim bersama Citra Maharani\n12 November 2026 pukul 10.15\n"
           "Perahu nelayan bersandar di pantai Tanjung Kelayang. | Foto: Dok. Suara Tanjung\n"
           "Sudah tiga musim nelayan Tanjung Kelayang menambatkan perahu di pasir karena dermaga lama rusak diterjang ombak.\n"
           "Pemerintah desa menyebut usulan perbaikan sudah dua kali dikirim ke kabupaten, tetapi belum masuk anggaran.\n"
           "Andreas Halim dan Citra Maharani adalah jurnalis lepas di Belitung.\n"
           "Liputan ini merupakan bagian dari serial \"Pesisir yang Menunggu\" yang didukung oleh Dana Liputan Warga.\n"
           "Opini ini adalah pendapat pribadi penulis dan tidak mewakili redaksi.\n"
           "Suara Tanjung\nJalan Pattimura No. 3, Ternate, Maluku Utara\n© 2026 Suara Tanjung\n")
    a = clean_text(raw)
    assert a.authors == ["Andreas Halim", "Citra Maharani"]
    assert len(a.paragraphs) == 2 and a.paragraphs[-1].startswith("Pemerintah desa")
    assert a.captions == ["Perahu nelayan bersandar di pantai Tanjung Kelayang. | Foto: Dok. Suara Tanjung"]
    assert a.published == "2026-11-12T10:15:00+09:00"  # the outlet's address is in Ternate (WIT)


def test_a_press_release_ends_at_its_end_mark_and_widgets_and_ad_prompts_are_furniture():
    raw = ("KABAR RILIS\nSiaran Pers\nKoperasi Nelayan Bahari Luncurkan Aplikasi Lelang Ikan\n"
           "Diterbitkan: Senin, 16 November 2026 10:00 WIB\n"
           "MAKASSAR, 16 November 2026 – Koperasi Nelayan Bahari meluncurkan aplikasi lelang ikan untuk 1.200 anggotanya di pesisir Makassar.\n"
           "Lanjut membaca di bawah iklan\n"
           "Cara kerja aplikasi\n"
           "Nelayan cukup memotret hasil tangkapan, lalu pembeli dari pasar dan restoran menawar harga secara terbuka.\n"
           "***\n"
           "Ketua koperasi berharap harga ikan di tingkat nelayan naik sedikitnya sepuluh persen tahun depan.\n"
           "###\nKontak Media:\nRahmawati Said\nmedia@bahari.coop\n"
           "Share this:\nFacebook\nWhatsApp\nLike this:\nLike Loading...\nRelated\n")
    a = clean_text(raw)
    assert a.dateline == "Makassar"
    assert a.paragraphs == [
        "Koperasi Nelayan Bahari meluncurkan aplikasi lelang ikan untuk 1.200 anggotanya di pesisir Makassar.",
        "Cara kerja aplikasi",
        "Nelayan cukup memotret hasil tangkapan, lalu pembeli dari pasar dan restoran menawar harga secara terbuka.",
        "Ketua koperasi berharap harga ikan di tingkat nelayan naik sedikitnya sepuluh persen tahun depan."]


def test_student_press_credits_after_the_body_and_a_zone_from_a_labelled_address():
    raw = ("SUARA KAMPUS\nLembaga Pers Mahasiswa Universitas Tamalanrea\nBeranda  Kabar  Opini  Sastra\nOpini\n"
           "Wisuda Gelombang Kedua Digelar pada 14 Januari 2027\n3 Desember 2026 pukul 09.20\n"
           "Ilustrasi: Suara Kampus/Andi Parewa\n"
           "Rektorat memutuskan wisuda gelombang kedua tahun ini diundur karena gedung auditorium masih direnovasi.\n"
           "Keputusan itu diumumkan tanpa melibatkan perwakilan mahasiswa, padahal ribuan orang tua sudah memesan tiket.\n"
           "*Penulis adalah mahasiswa Program Studi Sastra Inggris dan anggota LPM Suara Kampus.\n"
           "Penulis: Rahmat Syukri\nEditor: Nurhalim Habib\n"
           "Sekretariat: Gedung Kemahasiswaan Lt. 3, Jl. Sultan Alauddin No. 63, Makassar\n© 2026 Suara Kampus\n")
    a = clean_text(raw)
    # a date inside a headline about an event does not make the headline a date line
    assert a.title == "Wisuda Gelombang Kedua Digelar pada 14 Januari 2027"
    assert a.published == "2026-12-03T09:20:00+08:00"  # the secretariat is in Makassar (WITA)
    assert a.authors == ["Rahmat Syukri"]
    assert a.editors == ["Nurhalim Habib"]  # 'Habib' after a name is a surname, not a title
    assert [p[:9] for p in a.paragraphs] == ["Rektorat ", "Keputusan"]


def test_two_writers_on_two_lines_a_sign_up_box_mid_article_and_a_legal_disclaimer():
    raw = ("LEX HARIAN\nBerita  Klinik  Kolom\nBerita\nPengadilan Niaga Terima 40 Permohonan PKPU Sepanjang November\n"
           "Dimas Aryo Pratomo\nLestari Wulandari Putri\nJumat, 4 Desember 2026 pkl. 10.30 WIB\n"
           "Gedung pengadilan niaga di Jakarta. Foto: LEX\n"
           "Pengadilan Niaga Jakarta Pusat menerima 40 permohonan penundaan kewajiban pembayaran utang sepanjang November 2026, naik dari 28 permohonan pada bulan sebelumnya.\n"
           "Dapatkan rangkuman putusan penting setiap Senin di kotak masuk Anda.\n"
           "Masukkan email Anda\nDaftar\n"
           "Lonjakan dari sektor properti\n"
           "Panitera muda perdata niaga menyebut sebagian besar permohonan diajukan kreditur terhadap pengembang properti yang menunda serah terima unit.\n"
           "Berlangganan Newsletter Lex Harian\n"
           "Dalam permohonan itu, para kreditur mengajukan tiga tuntutan, yaitu:\n"
           "a. pengembang menyerahkan unit sesuai jadwal baru;\n"
           "b. pengembang mengembalikan uang muka bagi pembeli yang membatalkan;\n"
           "c. pengurus independen ditunjuk untuk mengawasi proyek.\n"
           "Sidang perdana sebagian permohonan dijadwalkan pekan depan.\n"
           "Seluruh informasi hukum di Lex Harian disajikan untuk tujuan edukasi dan tidak menggantikan konsultasi dengan advokat.\n"
           "Artikel ini hasil liputan lexharian.id. Dilarang mengutip tanpa menyebut sumber.\n"
           "Tags:\nPKPU  Pengadilan Niaga\n")
    a = clean_text(raw)
    assert a.authors == ["Dimas Aryo Pratomo", "Lestari Wulandari Putri"]
    assert a.paragraphs[1] == "Lonjakan dari sektor properti"  # a subheading after the sign-up box
    assert "Dalam permohonan itu, para kreditur mengajukan tiga tuntutan, yaitu:" in a.paragraphs
    assert a.paragraphs[-1] == "Sidang perdana sebagian permohonan dijadwalkan pekan depan."
    assert len(a.paragraphs) == 8


def test_a_gayo_writer_fused_with_the_date():
    raw = ("KABAR GAYO\nBeranda  Daerah  Ekonomi\nDaerah\nPanen Kopi Gayo Mundur Dua Pekan Akibat Hujan\n"
           "Win Arlan Kemili | Senin, 30 November 2026 - 07:15 WIB\n"
           "Takengon - Panen raya kopi arabika di dataran tinggi Gayo mundur dua pekan karena hujan turun hampir setiap hari sejak awal November.\n"
           "Petani di Kecamatan Bebesen memilih menunda petik merah agar buah tidak busuk di pohon.\n")
    a = clean_text(raw)
    assert a.authors == ["Win Arlan Kemili"]
    assert a.dateline == "Takengon"


def test_a_broadcasters_byline_box_image_credits_and_a_numbered_most_read_box():
    raw = ("Lewati ke konten\nKabar Angin, Indonesia\nBeranda\nIndonesia\n"
           "Banjir rob di Semarang: 'Lantai rumah kami sudah tiga kali ditinggikan'\n"
           "Penulis,\nMarselinus Bria\nPeran,\nWartawan Kabar Angin Indonesia\nMelaporkan dari Semarang\n"
           "3 Desember 2026\nSumber gambar, Kabar Angin Indonesia/Marselinus Bria\n"
           "Keterangan gambar, Warga menaikkan perabot di Kelurahan Tambak Lorok, Selasa (1/12/2026).\n"
           "Air laut kembali masuk ke permukiman di pesisir utara Semarang sejak awal pekan, merendam ratusan rumah warga.\n"
           "Warga mengatakan genangan kali ini lebih tinggi dibandingkan tahun lalu karena tanggul sementara jebol.\n"
           "Paling banyak dibaca\n1\nMengapa harga beras naik menjelang akhir tahun?\n2\n"
           "Kisah penjaga mercusuar terakhir di Selat Karimata\nAkhir dari Paling banyak dibaca\n"
           "Pemerintah kota berjanji mempercepat pembangunan tanggul permanen pada tahun depan.\n"
           "Berita terkait\nRob meluas di pantura\n© 2026 Kabar Angin Indonesia\n")
    a = clean_text(raw)
    assert a.title == "Banjir rob di Semarang: 'Lantai rumah kami sudah tiga kali ditinggikan'"
    assert a.authors == ["Marselinus Bria"]
    assert a.captions[-1].startswith("Keterangan gambar, Warga")
    assert [p[:12] for p in a.paragraphs] == ["Air laut kem", "Warga mengat", "Pemerintah k"]


def test_academics_columns_writer_box_disclosures_and_sites_glued_to_the_dateline():
    raw = ("Nalar Publik\nEdisi Indonesia\nBeranda    Kesehatan    Lingkungan\n"
           "Mengapa demam berdarah melonjak setiap awal musim hujan?\n"
           "Diterbitkan: 2 Desember 2026 10.05 WIB\nPenulis\nMaria Goreti Lamak\n"
           "Dosen Kesehatan Masyarakat, Universitas Nusa Cendana\nYosef Kelen\n"
           "Peneliti Entomologi, Universitas Airlangga\nPernyataan Penulis\n"
           "Penelitian yang dibahas dalam artikel ini didanai oleh hibah penelitian daerah tahun 2025.\n"
           "Mitra\nUniversitas Nusa Cendana menyediakan pendanaan sebagai anggota Nalar Publik ID.\n"
           "Setiap awal musim hujan, kasus demam berdarah di Nusa Tenggara Timur melonjak hampir dua kali lipat.\n"
           "Genangan air di wadah terbuka menjadi tempat nyamuk bertelur dalam hitungan hari.\n"
           "Tulis artikel dan bergabunglah dengan komunitas akademisi dan peneliti kami.\n"
           "Versi cetak artikel ini terbit di Harian Nalar edisi Kamis, 3 Desember 2026.\n")
    a = clean_text(raw)
    assert a.title == "Mengapa demam berdarah melonjak setiap awal musim hujan?"
    assert a.authors == ["Maria Goreti Lamak", "Yosef Kelen"]
    assert [p[:12] for p in a.paragraphs] == ["Setiap awal ", "Genangan air"]
    assert split_dateline("KABARTIMUR.ID,-AMBON-Harga ikan naik tajam sepekan ini.",
                          frozenset({"kabartimur"})).city == "Ambon"
    glued = split_dateline("Suarapura.com, Denpasar. Pungutan wisatawan naik.", frozenset({"suarapura"}))
    assert (glued.city, glued.rest) == ("Denpasar", "Pungutan wisatawan naik.")


def test_an_interview_under_a_quoted_headline_with_skip_links_above_the_masthead():
    raw = ("Langsung ke konten\nLangsung ke menu utama\nLangsung ke pencarian lainnya\nSuara Hilir\n"
           "Menjelajahi Dunia\nBeranda    Dunia    Ekonomi\nWawancara\n"
           "\"Petani Rumput Laut Perlu Koperasi, Bukan Hanya Bantuan Bibit\"\n"
           "Harga rumput laut kering turun dua bulan berturut-turut. Suara Hilir berbincang dengan peneliti "
           "perikanan, Anita Rumbewas.\n"
           "Yakobus Manuhutu\n03.12.2026\n"
           "Petani menjemur rumput laut di pesisir Kei Kecil.Foto: Lensa Timur/Y. Manuhutu\n"
           "Anita Rumbewas meneliti rantai pasok rumput laut di Maluku selama lima tahun terakhir. Berikut petikan "
           "wawancaranya.\nSponsor\n"
           "Suara Hilir: Apa masalah terbesar petani rumput laut saat ini?\n"
           "Anita Rumbewas: Harga. Petani menjual kepada pengepul yang sama setiap musim, sehingga posisi tawar "
           "mereka lemah sekali.\n"
           "Wawancara dilakukan oleh Yakobus Manuhutu dan telah disunting agar lebih ringkas.\n"
           "Lebih banyak konten dari Suara Hilir\nMengapa Harga Ikan Turun Saat Musim Timur?\n"
           "© 2026 Suara Hilir Indonesia\n")
    a = clean_text(raw)
    assert a.title == "\"Petani Rumput Laut Perlu Koperasi, Bukan Hanya Bantuan Bibit\""
    assert a.authors == ["Yakobus Manuhutu"]
    assert a.outlet == "Suara Hilir Indonesia"  # the copyright line's fuller name, as labellers write it
    assert a.captions == ["Petani menjemur rumput laut di pesisir Kei Kecil.Foto: Lensa Timur/Y. Manuhutu"]
    assert [p[:12] for p in a.paragraphs] == ["Anita Rumbew", "Suara Hilir:", "Anita Rumbew"]


def test_two_writers_split_by_a_pipe_and_a_two_word_place_before_the_outlets_initials():
    assert parse_byline("Oleh: Kadek Ayu Lestari | I Made Surya Pranata").authors == [
        "Kadek Ayu Lestari", "I Made Surya Pranata"]
    assert parse_byline("Oleh: Kadek Ayu Lestari | Denpasar").authors == ["Kadek Ayu Lestari"]
    found = split_dateline("Kuala Kencana, AP – Dinas Pendidikan Mimika membuka sekolah baru.")
    assert (found.city, found.rest) == ("Kuala Kencana", "Dinas Pendidikan Mimika membuka sekolah baru.")
    assert split_dateline("Menurut Budi, AP – ini bukan dateline.") is None


def test_a_wire_page_with_a_deck_under_its_headline_a_location_line_and_a_service_note():
    raw = ("Kantor Berita Lintas Selat\nTürkçe    English    Français    Bahasa Indonesia\nAsia Pasifik\n"
           "Indonesia Targetkan 2.000 Bus Listrik Beroperasi pada 2028\n"
           "Pemerintah akan menambah pabrik baterai di tiga provinsi untuk mengejar target tersebut\n"
           "Jakarta Raya\nNadia Halimah   | 09.11.2026 14:05 WIB\n"
           "Lintas Selat, Jakarta — Pemerintah Indonesia menargetkan 2.000 bus listrik beroperasi di kota-kota besar "
           "pada 2028, kata seorang pejabat Kementerian Perhubungan pada Senin.\n"
           "Pejabat itu mengatakan kepada wartawan bahwa pemerintah akan memberi insentif bagi operator bus kota.\n"
           "Situs web Lintas Selat hanya memuat sebagian berita yang disiarkan kepada pelanggan. Silakan hubungi kami.\n"
           "Topik terkait\n")
    a = clean_text(raw)
    assert a.title == "Indonesia Targetkan 2.000 Bus Listrik Beroperasi pada 2028"
    assert a.authors == ["Nadia Halimah"]
    assert [p[:12] for p in a.paragraphs] == ["Pemerintah I", "Pejabat itu "]


def test_writer_and_editor_boxes_after_the_body_a_pull_quote_and_promos():
    raw = ("SKOR KITA\nSepak Bola    Liga Indonesia    Timnas    Bulu Tangkis    Basket    Voli    Olahraga Lain\n"
           "Home / Bulu Tangkis\nGanda Campuran Indonesia Juara di Odense\n8 Nov 2026, 21:30 WIB\n"
           "SKORKITA.ID – Ganda campuran Indonesia keluar sebagai juara di Odense, Denmark, Minggu (8/11/2026).\n"
           "\"Kami terlalu terburu-buru di gim pertama, lalu pelatih minta kami main lebih sabar,\" kata Yosua seusai laga.\n"
           "“Kami terlalu terburu-buru di gim pertama”\n"
           "Advertisement - Continue Reading Below\n"
           "Gelar ini menjadi yang pertama bagi pasangan itu di level World Tour.\n"
           "Saksikan Skor Malam setiap hari pukul 21.00 WIB hanya di Skor TV.\n"
           "Dukung jurnalisme olahraga independen. Jadilah donatur Skor Kita.\n"
           "Penulis\nAhmad Faiz Ramadhan\nDimas Prasetyo Aji\nEditor\nLaras Wulandari\nBagikan\n"
           "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.\n")
    a = clean_text(raw)
    assert a.title == "Ganda Campuran Indonesia Juara di Odense"
    assert a.authors == ["Ahmad Faiz Ramadhan", "Dimas Prasetyo Aji"]
    assert a.editors == ["Laras Wulandari"]
    assert [p[:12] for p in a.paragraphs] == ["Ganda campur", "\"Kami terlal", "Gelar ini me"]


def test_a_town_named_for_a_river_as_a_dateline_and_two_writers_in_a_closing_credit():
    found = split_dateline("Sungai Raya - Pembangunan dermaga apung dimulai pekan ini.")
    assert (found.city, found.rest) == ("Sungai Raya", "Pembangunan dermaga apung dimulai pekan ini.")
    raw = ("KABAR SELATAN\nHarga Pala Naik Jelang Akhir Tahun\nSenin, 23 November 2026 10:00 WIT\n"
           "Ambon - Harga biji pala di tingkat petani naik menjadi Rp110.000 per kilogram pekan ini.\n"
           "Pedagang menyebut permintaan ekspor ke Eropa meningkat menjelang akhir tahun.\n"
           "(Kabar/Jemmy Latuconsina & Sarah Pattiasina)\n")
    assert clean_text(raw).authors == ["Jemmy Latuconsina", "Sarah Pattiasina"]
    # (or a slash between them: "(Sinondang/Poltak Butarbutar/Tiurma Siahaan)")
    raw = raw.replace("(Kabar/Jemmy Latuconsina & Sarah Pattiasina)", "(Kabar/Jemmy Latuconsina/Sarah Pattiasina)")
    assert clean_text(raw).authors == ["Jemmy Latuconsina", "Sarah Pattiasina"]


def test_writers_listed_under_oleh_related_headline_labels_a_social_credit_and_a_wire_note():
    raw = ("Horizon Indonesia\nBeranda    Indonesia    Amerika    Dunia\nDunia\n"
           "Pekerja Migran Indonesia di Taiwan Keluhkan Potongan Gaji\n26 November 2026 18.50 WIB\n"
           "Oleh\nAnjani Kartawidjaja\nFelix Tjandrawinata\nBagikan\n"
           "Pekerja migran berkumpul di stasiun Taipei. (Instagram/@horizonid)\n"
           "WASHINGTON DC (Horizon) — Sejumlah pekerja migran Indonesia di Taiwan mengeluhkan potongan gaji bulanan "
           "oleh agensi penyalur tenaga kerja.\n"
           "Potongan tersebut disebut bisa mencapai sepertiga dari gaji mereka pada tahun pertama bekerja.\n"
           "Terkait\nKiriman Uang Pekerja Migran Indonesia Naik Jelang Akhir Tahun\n"
           "Pemerintah Taiwan menyatakan akan meninjau aturan biaya layanan agensi tahun depan.\n"
           "Artikel Menarik Lainnya\nDeretan Seleb yang Menikah Sepanjang 2026\n"
           "Kementerian terkait berjanji memanggil perwakilan agensi pekan depan.\n"
           "Laporan ini disusun dengan bahan dari kantor berita Nusaraya.\n")
    a = clean_text(raw)
    assert a.authors == ["Anjani Kartawidjaja", "Felix Tjandrawinata"]
    assert a.dateline == "Washington DC"
    assert [p[:12] for p in a.paragraphs] == ["Sejumlah pek", "Potongan ter", "Pemerintah T", "Kementerian "]
    assert "Pekerja migran berkumpul di stasiun Taipei. (Instagram/@horizonid)" in a.captions


def test_a_day_beside_a_reading_time_a_triple_dash_and_a_bracketed_place_after_the_site():
    raw = ("Perkara.id\nBerita dan Analisis Hukum\nKetenagakerjaan\n"
           "PHI Bandung Nyatakan Kontrak Kerja Berulang Jadi Pekerja Tetap\nOleh Ananda Firdaus\n"
           "4 November 2026 · 5 menit baca\n"
           "Majelis hakim Pengadilan Hubungan Industrial pada Pengadilan Negeri Bandung mengabulkan sebagian gugatan "
           "14 pekerja sebuah pabrik tekstil.\nPara pekerja itu telah bekerja antara enam hingga sembilan tahun.\n"
           "Bacaan Terkait\nKapan PKWT Berubah Menjadi PKWTT? Ini Ketentuannya\n"
           "Putusan itu masih dapat diajukan kasasi oleh pihak perusahaan.\n")
    a = clean_text(raw)
    assert a.published == "2026-11-04"
    assert [p[:12] for p in a.paragraphs] == ["Majelis haki", "Para pekerja", "Putusan itu "]
    found = split_dateline("TABLOIDTANDUR.COM, Cianjur --- Petani di Kecamatan Warungkondang mulai beralih.",
                           frozenset({"tabloidtandur"}))
    assert (found.city, found.rest) == ("Cianjur", "Petani di Kecamatan Warungkondang mulai beralih.")
    found = split_dateline("Frekuensi.id (Jakarta) – Produsen ponsel Zeltra resmi meluncurkan Nova 12.",
                           frozenset({"frekuensi"}))
    assert (found.city, found.rest) == ("Jakarta", "Produsen ponsel Zeltra resmi meluncurkan Nova 12.")


def test_a_camera_operator_is_no_author_and_a_question_and_answer_page_keeps_its_labels():
    raw = ("SELAPARANG TV\nWarga Lombok Utara Gelar Doa Bersama\n"
           "Reporter: Hilmiati - Kameramen: Supardi - Editor: Rahmawadi\nSelasa, 3 November 2026 19:05 WITA\n"
           "Warga di Kabupaten Lombok Utara menggelar doa bersama untuk keselamatan desa menjelang musim hujan.\n"
           "Kegiatan itu diikuti ratusan warga dari empat dusun.\n")
    a = clean_text(raw)
    assert a.authors == ["Hilmiati"] and a.editors == ["Rahmawadi"]
    raw = ("TABLOID TANDUR\nKlinik Tani: Daun Cabai Keriting dan Menguning, Apa Penyebabnya?\n"
           "Penulis : Redaksi | Editor : Yulianto Budiman\nTanya:\n"
           "Saya petani cabai di Kecamatan Cikajang, Garut. Sudah dua minggu daun tanaman cabai saya keriting dan "
           "menguning. Apa penyebabnya?\nJawab:\n"
           "Gejala yang Bapak sampaikan mengarah pada serangan virus kuning pada cabai yang ditularkan kutu kebul.\n"
           "Pulung Harjanto adalah pengasuh rubrik Klinik Tani dan penyuluh pertanian di Garut.\n"
           "Punya masalah di lahan? Kirim pertanyaan Anda ke Klinik Tani melalui surel redaksi.\n")
    a = clean_text(raw)
    assert [p[:12] for p in a.paragraphs] == ["Tanya:", "Saya petani ", "Jawab:", "Gejala yang "]


def test_a_lone_page_loses_calls_to_support_reaction_widgets_and_ad_slots_but_keeps_its_list():
    raw = ("KABAR SEHAT\nTanda Anak Kurang Zat Besi\nSenin, 2 November 2026 08:00 WIB\n"
           "Kekurangan zat besi pada anak sering tidak disadari orang tua karena gejalanya samar.\n"
           "1. Mudah lelah\nAnak tampak lesu dan cepat capek saat bermain.\n"
           "Promo: Cek darah lengkap di rumah mulai Rp199.000. Pesan lewat aplikasi Pulih\n"
           "2. Sering sakit\nZat besi berperan dalam sistem kekebalan tubuh anak.\n"
           "Iklan - Gulir ke bawah untuk melanjutkan\nAd\n"
           "Orang tua disarankan memeriksakan anak ke dokter bila gejala berlangsung lama.\n"
           "Bagaimana perasaanmu setelah membaca artikel ini?\n"
           "Dukung jurnalisme kesehatan yang independen. Jadilah Sahabat Kabar Sehat mulai Rp25 ribu per bulan.\n"
           "Terbitkan ulang artikel kami secara gratis, daring atau cetak, di bawah lisensi Creative Commons.\n"
           "Tulis komentarmu di sini, tapi tetap sopan ya.\nTopics :\nanak    zat besi    anemia\n")
    a = clean_text(raw)
    assert [p[:12] for p in a.paragraphs] == ["Kekurangan z", "1. Mudah lel", "Anak tampak ", "2. Sering sa",
                                              "Zat besi ber", "Orang tua di"]


def test_a_radios_frequency_is_not_part_of_its_name_and_the_copyright_line_gives_the_fuller_name():
    raw = ("Swara Ampel 101,3 FM\nDengar  Baca  Lapor\nBeranda  Kelana Kota  Surabaya  Jatim\n"
           "Genangan Air Masih Terlihat di Jalan Raya Darmo\nSenin, 16 November 2026 08:10 WIB\n"
           "Genangan air masih terlihat di sejumlah ruas jalan di Surabaya pada Senin pagi setelah hujan deras.\n"
           "Pendengar melaporkan genangan setinggi 20 hingga 30 sentimeter di Jalan Raya Darmo.\n")
    assert clean_text(raw).outlet == "Swara Ampel"
    raw = ("derap.id\nNasional  Internasional  Ekonomi  Olahraga\n"
           "Komisi II Minta Penghapusan Honorer di Daerah 3T Ditunda\nSelasa, 6 Oktober 2026 14:00 WIB\n"
           "Komisi II DPR meminta pemerintah menunda penghapusan tenaga honorer di daerah terdepan.\n"
           "Permintaan itu disampaikan dalam rapat kerja dengan Kementerian PANRB.\n"
           "Derap Indonesia © 2026 | Redaksi | Pedoman Media Siber\n")
    assert clean_text(raw).outlet == "Derap Indonesia"


# --- session 10: aggregators, introduced posts, references, radio and magazine names ------

AGGREGATOR = (
    "kabarku\nBeranda    Terkini    Populer    Daerah\nUnduh Aplikasi\nLintas Kapuas\nIkuti\n"
    "Jembatan Gantung di Sintang Putus, Warga Seberangi Sungai dengan Perahu\n"
    "Lintas Kapuas · 4 jam lalu\n"
    "Reporter: Marsela Ndun\n"
    "SINTANG – Jembatan gantung yang menghubungkan dua desa di Kecamatan Sepauk, Kabupaten Sintang, putus setelah "
    "diterjang arus Sungai Sepauk, Selasa (17/11/2026) malam. Warga kini menyeberang dengan perahu kayu.\n"
    "Kepala desa setempat mengatakan tidak ada korban jiwa karena jembatan putus saat tidak ada warga yang "
    "melintas. Pemerintah kabupaten berjanji membangun jembatan darurat dalam dua pekan.\n"
    "Baca selengkapnya di Lintas Kapuas\n"
    "Konten ini disediakan oleh Lintas Kapuas. Kabarku tidak bertanggung jawab atas isi berita.\n"
    "Berita Lain dari Lintas Kapuas\n© 2026 Kabarku. Seluruh konten milik penerbit masing-masing.\n")


def test_an_aggregators_source_is_neither_title_writer_nor_body():
    a = clean_text(AGGREGATOR)
    assert a.title == "Jembatan Gantung di Sintang Putus, Warga Seberangi Sungai dengan Perahu"
    assert a.authors == ["Marsela Ndun"]
    assert a.published is None
    assert len(a.paragraphs) == 2, a.paragraphs
    page = AGGREGATOR.replace("Lintas Kapuas · 4 jam lalu", "Lintas Kapuas · 18 Nov 2026, 08.10 WIB") \
        .replace("Reporter: Marsela Ndun\n", "")
    a = clean_text(page)
    assert a.authors == [] and a.published == "2026-11-18T08:10:00+07:00"


def test_a_post_the_body_introduces_with_a_colon_is_body_and_only_its_signature_goes():
    raw = ("Sepak Bola\nPersikab Menang Tipis di Kandang\nRabu, 18 November 2026 | 21:40 WIB\n"
           "Bandung – Persikab menang 1-0 atas tamunya di Stadion Jalak Harupat, Rabu (18/11/2026) malam. Gol "
           "tunggal dicetak pada menit ke-77 lewat sundulan.\n"
           "Seusai laga, akun resmi klub menulis pesan untuk pendukungnya:\n"
           "\"Hatur nuhun pikeun dukunganana! Tiga poin ini untuk kalian semua. #MaungBandung\"\n"
           "— Persikab (@persikab_official) 18 November 2026\n"
           "Pelatih Persikab mengatakan timnya bermain sabar dan menunggu lawan lelah sebelum menekan.\n")
    a = clean_text(raw)
    assert any(p.startswith("\"Hatur nuhun") for p in a.paragraphs), a.paragraphs
    assert not any(p.startswith("— Persikab") for p in a.paragraphs)


def test_an_editor_under_the_references_of_a_health_page():
    raw = ("Sehatin\nBerita Kesehatan\nMusim Hujan, Kenali Gejala Awal Leptospirosis\n"
           "Ditulis oleh Widya Ananta\n12 Nov 2026, 10:00 WIB\n"
           "Kasus leptospirosis biasanya meningkat saat musim hujan dan banjir. Penyakit ini menular melalui air atau "
           "tanah yang tercemar urine tikus.\n"
           "Gejala awalnya mirip flu: demam tinggi, sakit kepala, dan nyeri otot, terutama di betis. Segera periksa ke "
           "dokter jika gejala muncul setelah terpapar air banjir.\n"
           "Referensi:\nKementerian Kesehatan RI. Diakses pada 2026. Leptospirosis.\n"
           "Editor: Ratna Wulandari\nBagikan artikel\nTopik terkait\n")
    a = clean_text(raw)
    assert a.authors == ["Widya Ananta"]
    assert a.editors == ["Ratna Wulandari"]
    assert len(a.paragraphs) == 2


def test_a_radio_keeps_fm_in_its_name_and_a_magazine_its_copyright_name():
    raw = ("Suara Lembah FM 101,7\nBeranda    Berita    Program\n"
           "Longsor Tutup Jalan Provinsi di Temanggung\nSenin, 16 November 2026 | 07:30 WIB\n"
           "Suara Lembah FM, Temanggung - Tanah longsor menutup jalan provinsi di Kecamatan Kledung, Senin "
           "(16/11/2026) dini hari. Kendaraan dialihkan lewat jalur desa.\n"
           "Petugas BPBD bersama warga membersihkan material longsor dengan alat berat sejak pagi.\n"
           "© 2026 Suara Lembah FM\n")
    assert clean_text(raw).outlet == "Suara Lembah FM"
    raw = ("JELAJAH\nMajalah Perjalanan\nDestinasi\nMenyusuri Kampung Adat di Lereng Gunung Inerie\n"
           "Sabtu, 14 November 2026\n"
           "Kampung adat Bena di Kabupaten Ngada menyimpan rumah-rumah beratap ilalang yang berjajar menghadap "
           "batu-batu megalit di tengah kampung.\n"
           "Warga menerima tamu dengan ramah dan meminta pengunjung menjaga sopan santun di area ritual.\n"
           "© 2026 Majalah Jelajah. Hak cipta dilindungi.\n")
    assert clean_text(raw).outlet == "Majalah Jelajah"


COLUMN = (
    "Om Swastyastu\nSUARA WARGA\nRuang Gagasan\nBeranda    Opini    Budaya\nOpini\n"
    "Pasar Tradisional Tidak Boleh Kalah oleh Aplikasi\n"
    "Ketut Ardana\nEkonom, tinggal di Denpasar\n20 November 2026  ·  6 menit baca\n"
    "Setiap pagi, pasar tradisional di kota kita masih ramai oleh pedagang sayur dan ibu-ibu yang menawar harga. "
    "Tetapi di balik keramaian itu, omzet banyak pedagang terus turun sejak belanja daring menjadi kebiasaan.\n"
    "Pemerintah daerah bisa membantu dengan memperbaiki atap, saluran air, dan tempat parkir, lalu melatih pedagang "
    "menerima pembayaran digital tanpa kehilangan pelanggan lamanya.\n"
    "Dibaca 1.204 kali\n"
    "Editor: Made Sulastri\n"
    "Tentang Penulis\nKetut Ardana\nEkonom yang meneliti pasar rakyat di Bali. Suka menulis tentang ekonomi lokal.\n"
    "© 2026 Suara Warga\n")


def test_a_columns_writer_note_view_counter_and_about_box_are_not_body():
    a = clean_text(COLUMN)
    assert a.title == "Pasar Tradisional Tidak Boleh Kalah oleh Aplikasi"
    assert a.authors == ["Ketut Ardana"]
    assert a.editors == ["Made Sulastri"]
    assert len(a.paragraphs) == 2, a.paragraphs
    assert a.outlet == "Suara Warga"  # the greeting over the masthead is not the site's name


def test_a_site_comma_and_a_place_with_no_dash_before_the_first_sentence():
    raw = ("ruangkita.id\nGaya Hidup\nTips Menjaga Kulit Tetap Sehat Saat Cuaca Panas\n"
           "Oleh Laras Kinasih pada 10 Nov 2026, 09:15 WIB\n"
           "Ruangkita.id, Surabaya Cuaca panas membuat kulit mudah kering dan kusam. Minum cukup air dan memakai "
           "tabir surya menjadi langkah paling sederhana untuk melindunginya.\n"
           "Dokter kulit menyarankan mandi dengan air suam-suam kuku dan segera memakai pelembap setelahnya.\n")
    a = clean_text(raw)
    assert a.dateline == "Surabaya"
    assert a.paragraphs[0].startswith("Cuaca panas membuat kulit")


def test_the_sites_photographer_under_every_article_is_not_a_caption_of_the_last_paragraph():
    def page(n: int, last: str) -> str:
        return (f"Humas Kabupaten Teluk Permai\nBeranda    Berita    Pengumuman\nBerita\n"
                f"Bupati Resmikan Program Kampung Sehat Tahap {n}\nSelasa, {n} Desember 2026 | 10.00 WIT\n"
                f"Serui – Bupati meresmikan program kampung sehat tahap {n} di distrik pesisir, Selasa. Program itu "
                "menyasar air bersih, jamban keluarga, dan posyandu di kampung-kampung terpencil.\n"
                f"Kepala dinas kesehatan mengatakan {n + 3} petugas akan mendampingi warga selama enam bulan pertama.\n"
                f"{last}\nFotografer: Yohanis Ramandey\nBagikan:\n© 2026 Humas Kabupaten Teluk Permai\n")

    lasts = ["Pemerintah kabupaten menargetkan semua kampung di wilayah pesisir memiliki posyandu aktif pada akhir tahun depan.",
             "Warga diminta ikut menjaga sarana air bersih yang sudah dibangun agar tetap bisa dipakai bertahun-tahun.",
             "Program yang sama akan diperluas ke distrik pegunungan setelah jalan penghubung selesai diperbaiki.",
             "Bupati juga meminta kepala kampung melaporkan perkembangan program setiap bulan kepada dinas terkait."]
    for article in clean_pages([page(n, last) for n, last in enumerate(lasts, 1)]):
        assert article.paragraphs[-1] in lasts, article.paragraphs


def test_a_name_above_its_role_and_the_date_and_writers_joined_by_x():
    raw = ("anakmuda\nKabar    Kampus    Karier\nKampus\nTips Lolos Beasiswa Pertukaran Pelajar Tahun Depan\n"
           "Salsa Kirana x Bima Aditya\nKontributor\n12 November 2026\n"
           "Beasiswa pertukaran pelajar makin banyak diminati mahasiswa. Persaingannya pun makin ketat, jadi persiapan "
           "harus dimulai jauh-jauh hari.\n"
           "Mulailah dengan mengecek syarat bahasa dan nilai minimal, lalu siapkan esai yang menceritakan dirimu dengan "
           "jujur.\n")
    a = clean_text(raw)
    assert a.title == "Tips Lolos Beasiswa Pertukaran Pelajar Tahun Depan"
    assert a.authors == ["Salsa Kirana", "Bima Aditya"]
    assert a.published == "2026-11-12"
    raw = raw.replace("Salsa Kirana x Bima Aditya", "Salsa Kirana").replace("12 November 2026", "kemarin, 19.20")
    a = clean_text(raw)
    assert a.authors == ["Salsa Kirana"] and a.published is None


def test_posted_by_lines_and_an_administrator_who_is_nobody():
    raw = ("LANGIT.ID\nHome   Airlines   Bandara\nAirlines\nMaskapai Perintis Tambah Rute ke Pedalaman Papua\n"
           "Posted by Yosua Simanjuntak and Daniel Hutapea\n20 November 2026 - 8:15 pm\n"
           "LANGIT.ID – Maskapai perintis menambah dua rute baru dari Timika ke distrik pedalaman mulai bulan depan. "
           "Penerbangan dijadwalkan dua kali sepekan.\n"
           "Rute itu disubsidi pemerintah agar harga tiket tetap terjangkau bagi warga pedalaman.\n")
    a = clean_text(raw)
    assert a.authors == ["Yosua Simanjuntak", "Daniel Hutapea"]
    raw = ("WARTA KOPDIT\nBeranda | Kabar Kopdit\nKabar Kopdit\nKopdit Buka Kantor Cabang Baru di Desa Oelolok\n"
           "Diposting pada 6 November 2026 oleh Admin Warta\n"
           "OELOLOK – Koperasi kredit meresmikan kantor cabang pembantu di Desa Oelolok, Jumat (6/11/2026). Anggota "
           "tidak perlu lagi menempuh perjalanan jauh ke kantor pusat.\n"
           "Kantor baru melayani simpanan, pinjaman, dan pembayaran angsuran setiap hari kerja.\n"
           "Tag: Kantor Cabang, Oelolok\nPenyunting: Agustina Seran\nBagikan:\n")
    a = clean_text(raw)
    assert a.title == "Kopdit Buka Kantor Cabang Baru di Desa Oelolok"
    assert a.published == "2026-11-06"
    assert a.authors == [] and a.editors == ["Agustina Seran"]
    raw = ("Website Resmi Desa Wonoasri\nKecamatan Tempurejo, Kabupaten Jember\nBeranda\nKegiatan Warga\n"
           "Kerja Bakti Membersihkan Saluran Irigasi\nDiposting oleh Administrator\nMinggu, 22 November 2026 14:03:55\n"
           "Warga bergotong royong membersihkan saluran irigasi dari lumpur dan sampah sejak pagi. Kegiatan diikuti "
           "sekitar 60 warga dari tiga dusun.\n"
           "Kepala desa berterima kasih atas kepedulian warga menjaga saluran yang mengairi sawah desa.\n")
    a = clean_text(raw)
    assert a.authors == []
    assert a.outlet == "Desa Wonoasri"
    assert a.published == "2026-11-22T14:03:55+07:00"


def test_a_pastor_title_is_not_part_of_the_writers_name():
    assert parse_byline("Penulis: Pdt. Markus Rumbiak").authors == ["Markus Rumbiak"]


def test_an_interviews_question_label_is_no_dateline():
    raw = ("Cerita\nNgobrol Bareng Relawan Pojok Baca di Kampung Nelayan\nDimas Aryo\nKontributor\n21 November 2026\n"
           "Setiap Sabtu sore, rumah panggung kecil di tepi kampung nelayan berubah jadi tempat paling ramai. Belasan anak "
           "duduk melingkar membaca buku cerita.\n"
           "T: Kenapa kepikiran bikin pojok baca di sini?\n"
           "J: Aku besar di kampung ini. Dulu buku itu barang mewah buat kami, jadi aku kumpulkan buku bekas teman.\n")
    a = clean_text(raw)
    assert a.dateline is None
    assert a.paragraphs[0].startswith("Setiap Sabtu sore")


def test_batch_a_writers_name_on_each_page_and_an_ad_under_its_label():
    def page(n: int, writer: str) -> str:
        return (f"Kicau Mania\nBeranda | Lomba | Perawatan\nLomba\nMurai Batu Juara di Lomba Kicau Seri {n}\n{writer}\n"
                f"Minggu, {n} November 2026, 16:00 WIB\n"
                f"Ungaran – Lomba burung kicau seri {n} diikuti {100 + n} peserta dari berbagai kota. Kelas murai batu "
                "menjadi yang paling ramai sejak pagi.\n"
                "IKLAN\nPakan Kicau Juara – Bikin burung rajin bunyi setiap hari. Tersedia di toko burung terdekat!\n"
                f"Juri menilai irama, volume, dan gaya burung selama {10 + n} menit di gantangan.\n"
                "© 2026 Kicau Mania\n")

    writers = ["Heru Santosa", "Heru Santosa", "Heru Santosa", "Wahyu Prasetyo"]
    for article, writer in zip(clean_pages([page(n, w) for n, w in enumerate(writers, 1)]), writers):
        assert article.authors == [writer], article.authors
        assert not any(p.startswith("Pakan Kicau Juara") for p in article.paragraphs), article.paragraphs


def test_reporter_labels_of_community_sites_and_names_beside_the_date():
    assert parse_byline("Pelapor: Sumardi").authors == ["Sumardi"]
    assert parse_byline("Teks dan Foto: Baharuddin").authors == ["Baharuddin"]
    raw = ("wartabuddhi.id\nWarta Buddhis\nSosial\nPemuda Vihara Bagikan Sembako untuk Warga Pesisir\n"
           "Lusiana Tanoto bersama Kevin Wijaya | 21 November 2026\n"
           "Relawan muda membagikan 900 paket sembako kepada warga pesisir Muara Angke, Sabtu (21/11/2026). Paket "
           "berisi beras, minyak goreng, dan gula.\n"
           "Kegiatan itu digelar bersama pengurus rukun warga setempat yang mendata penerima sejak sepekan lalu.\n")
    a = clean_text(raw)
    assert a.authors == ["Lusiana Tanoto", "Kevin Wijaya"]
    a = clean_text(raw.replace("Lusiana Tanoto bersama Kevin Wijaya | 21 November 2026", "Lusiana Tanoto | 3 hari yang lalu"))
    assert a.authors == ["Lusiana Tanoto"] and a.published is None


def test_promos_disclaimers_release_numbers_and_boxes_inside_the_body():
    raw = ("Rumah Kita\nArsitektur\nRumah Mungil Dua Lantai di Lahan Sempit Pasar Minggu\n"
           "Oleh Dewi Anjani · 12 November 2026\n"
           "Pasar Minggu – Rumah dua lantai ini berdiri di lahan 90 meter persegi, tetapi terasa lapang berkat void "
           "di tengah bangunan yang membawa cahaya ke semua ruang.\n"
           "Agenda Terdekat\nPameran Arsitektur Tropis · Sabtu, 21 November 2026 · 10.00 WIB\nLihat semua agenda\n"
           "Ruang tengah\n"
           "Arsiteknya memilih bata ekspos dan kayu bekas untuk menekan biaya sekaligus memberi kesan hangat.\n"
           "Punya rumah unik yang ingin ditampilkan? Kirim foto dan ceritanya ke redaksi@rumahkita.id.\n"
           "Tulisan opini sepenuhnya menjadi tanggung jawab penulis.\n"
           "DATA PROYEK\nArsitek: Studio Teras\nLokasi: Pasar Minggu, Jakarta Selatan\nLuas lahan: 90 m²\n"
           "Editor: Ratih Kumala\n")
    a = clean_text(raw)
    assert a.paragraphs == [
        "Rumah dua lantai ini berdiri di lahan 90 meter persegi, tetapi terasa lapang berkat void di tengah bangunan "
        "yang membawa cahaya ke semua ruang.",
        "Ruang tengah",
        "Arsiteknya memilih bata ekspos dan kayu bekas untuk menekan biaya sekaligus memberi kesan hangat."], a.paragraphs
    assert a.editors == ["Ratih Kumala"]
    assert clean_text("Siaran Pers Nomor: 21/SP/LBH/XI/2026\n" + raw).paragraphs == a.paragraphs


def test_a_schedule_in_the_body_and_an_agenda_under_it_are_not_date_lines():
    raw = ("Buletin Pensiunan\nKabar Paguyuban\nJadwal Pengambilan Uang Pensiun Bulan Desember\nPelapor: Hartono\n"
           "Pengurus paguyuban mengingatkan anggota bahwa pengambilan uang pensiun bulan Desember dibagi per kecamatan "
           "agar antrean tidak menumpuk. Berikut jadwalnya:\n"
           "Selasa, 1 Desember 2026: anggota dari Kecamatan Purworejo dan Banyuurip;\n"
           "Rabu, 2 Desember 2026: Kecamatan Kutoarjo, Butuh, dan Pituruh;\n"
           "Anggota diminta membawa kartu identitas pensiunan dan buku tabungan.\n"
           "Agenda Paguyuban\nKamis, 10 Desember 2026 – Lomba Gerak Jalan Lansia Tingkat Kabupaten\n")
    a = clean_text(raw)
    assert a.published is None
    assert a.authors == ["Hartono"]
    assert any(p.startswith("Selasa, 1 Desember 2026: anggota") for p in a.paragraphs), a.paragraphs
    assert any(p.startswith("Pengurus paguyuban") for p in a.paragraphs), a.paragraphs


def test_a_documentation_credit_in_brackets_makes_a_caption():
    raw = ("LBH Nusa\nSiaran Pers\nPetani Diperiksa Polisi, LBH Minta Proses Dihentikan\nSenin, 9 November 2026\n"
           "Petani mendatangi kantor polisi untuk mendampingi rekan mereka yang diperiksa. (Dokumentasi LBH Nusa)\n"
           "Kotamobagu – Lembaga bantuan hukum meminta polisi menghentikan pemeriksaan terhadap tiga petani yang "
           "dilaporkan perusahaan perkebunan, Senin (9/11/2026).\n"
           "Menurut LBH, lahan yang disengketakan telah digarap warga sejak 1980-an.\n")
    a = clean_text(raw)
    assert a.captions and a.captions[0].startswith("Petani mendatangi kantor polisi")
    assert a.paragraphs[0].startswith("Lembaga bantuan hukum")


def test_an_institutions_site_is_named_by_its_copyright_line_and_its_english_byline():
    raw = ("Bapenda Kabupaten Sumba Timur\nSUARA PENDAPATAN\nKabar Badan Pendapatan Daerah\nBeranda   Berita\n"
           "Realisasi Pajak Daerah Capai 84 Persen\nPosted on November 13, 2026 by Yohana Ndapa\n"
           "Foto: Dok. Bapenda\nPetugas melayani wajib pajak di loket pembayaran.\n"
           "Waingapu – Realisasi pajak daerah Kabupaten Sumba Timur hingga pertengahan November mencapai 84 persen dari "
           "target tahun ini, didorong pajak hotel dan restoran.\n"
           "Bapenda menargetkan realisasi penuh pada akhir Desember dengan menambah layanan pembayaran daring.\n"
           "Ditulis oleh: Seksi Penagihan\n© 2026 Suara Pendapatan – Bapenda Kabupaten Sumba Timur\n")
    a = clean_text(raw)
    assert a.outlet == "Suara Pendapatan"
    assert a.authors == ["Yohana Ndapa"]
    assert a.captions == ["Foto: Dok. Bapenda", "Petugas melayani wajib pajak di loket pembayaran."]
    assert a.paragraphs[0].startswith("Realisasi pajak daerah")


def test_bylines_of_the_big_portals_layouts():
    a = clean_text("Rekam\nRegional\nLubang Tambang Tua Dibuka untuk Wisatawan\n"
                   "Oleh Jasmira (Kontributor Rekam.com) pada 27 Nov 2026, 14:00 WIB\n"
                   "Sawahlunto – Lubang tambang peninggalan zaman Belanda kembali dibuka untuk wisatawan setelah "
                   "direnovasi selama delapan bulan.\nPengunjung wajib memakai helm dan didampingi pemandu.\n")
    assert a.authors == ["Jasmira"] and a.published == "2026-11-27T14:00:00+07:00"
    a = clean_text("warta\nNews\nJalur Wanayasa Rawan Longsor Saat Hujan\n"
                   "Yeni Pratiwi, Nanang Suhendi , Jurnalis-Warta · Senin 16 November 2026 08:05 WIB\n"
                   "Purwakarta – Jalur Wanayasa rawan longsor selama musim hujan. Pengendara diminta berhati-hati "
                   "terutama pada malam hari.\nPetugas menyiagakan alat berat di dua titik rawan.\n")
    assert a.authors == ["Yeni Pratiwi", "Nanang Suhendi"]
    a = clean_text("Togean Kabar\nDaerah\nNelayan Temukan Penyu Terjerat Jaring\nSenin, 9 November 2026\n"
                   "ULUBONGKA, TOGEANKABAR.ID — Seekor penyu hijau ditemukan terjerat jaring nelayan di perairan "
                   "Kecamatan Ulubongka, lalu dilepas kembali ke laut.\nWarga berharap nelayan lebih berhati-hati.\n"
                   "Laporan: Adrianus Pelima, Ulubongka\n")
    assert a.authors == ["Adrianus Pelima"]


def test_a_clock_without_a_zone_takes_the_zone_of_the_town_in_the_copyright_line():
    raw = ("Aru Pos\nDaerah\nListrik Padam Bergilir di Pulau Terluar\n"
           "Penulis Selsius Gaelagoy - 28/11/2026 09:40\n"
           "Benjina – Warga di pulau terluar mengeluhkan listrik yang padam bergilir selama sepekan terakhir. PLN "
           "berjanji memperbaiki mesin pembangkit pekan ini.\nPemadaman berlangsung empat jam setiap malam.\n"
           "© Aru Pos 2026 | Dobo, Kepulauan Aru\n")
    assert clean_text(raw).published == "2026-11-28T09:40:00+09:00"


def test_a_numbered_subheading_after_an_embedded_video_placeholder_is_body():
    raw = ("Sekon\nNews\nTiga Aturan Baru Parkir di Jakarta\nSenin, 2 November 2026 10:00 WIB\n"
           "Jakarta – Pemerintah provinsi memberlakukan tiga aturan baru parkir di badan jalan mulai bulan ini.\n"
           "1. Tarif naik\n"
           "Untuk mobil, tarif naik dari Rp 5.000 menjadi Rp 8.000 per jam. Sepeda motor naik menjadi Rp 3.000.\n"
           "[Gambas:Video sekonTV]\n"
           "2. Bayar nontunai\n"
           "Pembayaran wajib menggunakan kartu uang elektronik atau aplikasi yang ditunjuk pemerintah.\n")
    assert "2. Bayar nontunai" in clean_text(raw).paragraphs


def test_names_above_their_roles_and_writers_with_their_town_after_the_body():
    raw = ("Lintang TV\nDaerah\nSenin, 2 November 2026 | 16:20\nAntrean Kapal Feri Mengular hingga 2 Kilometer\n"
           "Herman Saputra, Mahliani\nReporter\nAspian Baderi\nEditor\nShare:\n"
           "Batulicin – Antrean kendaraan yang hendak menyeberang ke Kotabaru mengular hingga dua kilometer sejak "
           "Minggu malam akibat cuaca buruk.\nPetugas pelabuhan menambah satu kapal untuk mengurai antrean.\n")
    a = clean_text(raw)
    assert a.authors == ["Herman Saputra", "Mahliani"] and a.editors == ["Aspian Baderi"]
    raw = ("MAJALAH TILIK\nLingkungan\nRumah yang Terus Ditinggikan\nMajalah Tilik\nEdisi Sabtu, 14 November 2026\n"
           "SETIAP dua atau tiga tahun sekali, warga pesisir harus meninggikan lantai rumahnya karena banjir rob yang "
           "makin sering datang.\nPenurunan tanah di pesisir utara Jawa membuat air laut masuk makin jauh.\n"
           "Hartono Wibisono, Ayu Nilasari (Semarang)\n")
    a = clean_text(raw)
    assert a.authors == ["Hartono Wibisono", "Ayu Nilasari"]


def test_a_market_ticker_over_the_masthead_and_the_site_name_as_dateline():
    raw = ("IHSG\n7.412,58\n+0,38%\nTENGARA\nBerita Pasar Modal\nSaham\nEmiten Sawit Bagikan Dividen Interim\n"
           "Senin, 9 November 2026 | 10:15 WIB\n"
           "Tengara – Emiten perkebunan sawit membagikan dividen interim Rp25 per saham setelah laba kuartal ketiga naik "
           "12 persen.\nPembayaran dividen dijadwalkan pada akhir bulan.\n© 2026 Tengara Media\n")
    a = clean_text(raw)
    assert a.outlet == "Tengara"
    assert a.dateline is None
    assert a.paragraphs[0].startswith("Emiten perkebunan sawit")


def test_an_agency_edition_under_the_masthead_and_a_radio_named_by_its_copyright_line():
    raw = ("RANTAU\nKantor Berita Rantau\nRantau Jambi\nDaerah\nHarga Pinang Kering di Muaro Jambi Turun\n"
           "Kamis, 12 November 2026 10:20 WIB\n"
           "Sengeti (RANTAU) - Harga pinang kering di tingkat petani di Kabupaten Muaro Jambi turun menjadi Rp 7.000 "
           "per kilogram pekan ini.\nPedagang pengumpul menyebut permintaan ekspor sedang lesu.\n"
           "Pewarta: Rusdianto Gumay\nCOPYRIGHT © RANTAU 2026\n")
    assert clean_text(raw).outlet == "Rantau"
    raw = ("Radio Lembayung 101,7 FM\nlembayungfm.net\nJalan Lingkar Lamongan Mulai Diaspal\n"
           "Senin, 9 November 2026 07:40 WIB\n"
           "lembayungfm.net| Pengaspalan jalan lingkar utara Lamongan dimulai Senin pagi dengan sistem buka tutup "
           "di dua titik.\nPengendara diminta memakai jalur alternatif melalui pusat kota.\n"
           "© 2026 Lembayung FM. PT Radio Lembayung Lamongan\n")
    assert clean_text(raw).outlet == "Lembayung FM"


def test_a_region_in_the_copyright_tagline_gives_the_zone_and_a_site_credit_ends_a_caption():
    raw = ("TANJUNG\ntanjung.id\nPortal Olahraga Sulawesi\nWawancara\nPelatih Voli Putri Soppeng: Kami Butuh Gedung\n"
           "Jumat, 4 Desember 2026, 15:30\nDitulis oleh Hasnawati Paturusi\n"
           "Pemain voli putri berlatih di lapangan terbuka di Watansoppeng. Foto: Tanjung.id/Dok.\n"
           "Tim voli putri Soppeng berlatih di lapangan terbuka karena belum memiliki gedung olahraga sendiri.\n"
           "Pelatih tim meminta pemerintah daerah membangun gedung sebelum musim kompetisi berikutnya.\n"
           "© 2026 Tanjung.id - Portal Olahraga Sulawesi. Hak cipta dilindungi.\n")
    a = clean_text(raw)
    assert a.published == "2026-12-04T15:30:00+08:00"
    assert "Pemain voli putri berlatih di lapangan terbuka di Watansoppeng. Foto: Tanjung.id/Dok." in a.captions
    assert a.paragraphs[0].startswith("Tim voli putri")


def test_a_name_above_its_contributor_line_and_an_editorial_note_as_title():
    raw = ("HARIAN TELUK\ntelukpos.co\nHalmahera\nJembatan Kayu di Jailolo Ambruk\nSamsudin Mahifa\n"
           "Kontributor Halmahera Barat\nSelasa, 17 November 2026\n"
           "JAILOLO, telukpos.co—Jembatan kayu penghubung dua desa di Jailolo ambruk setelah hujan deras semalam.\n"
           "Warga kini menyeberang sungai dengan rakit.\n")
    assert clean_text(raw).authors == ["Samsudin Mahifa"]
    raw = ("HARIAN TELUK\ntelukpos.co\nOpini\nCatatan Redaksi: Pasar Ikan yang Tak Kunjung Dibangun\n"
           "Hamdan Lasut\nWartawan Harian Teluk\n"
           "Rencana pembangunan pasar ikan higienis di Jailolo kembali diumumkan tahun ini oleh pemerintah daerah.\n"
           "Nelayan sudah terlalu sering mendengar janji yang sama tanpa ada pembangunan apa pun.\n")
    assert clean_text(raw).title == "Catatan Redaksi: Pasar Ikan yang Tak Kunjung Dibangun"


def test_a_foreign_services_byline_with_commas_and_a_numbered_subheading_with_a_date():
    raw = ("Warta Samudra Indonesia\nLewati ke konten\nBerita Utama\nMengapa harga ikan tuna turun di Bitung?\n"
           "Penulis, Rendra Mokodompit dan Sherly Rumengan\nPeranan, Wartawan Warta Samudra Indonesia\n"
           "Melaporkan dari, Bitung\n9 November 2026\n"
           "Harga ikan tuna di tingkat nelayan Bitung turun hingga sepertiga dalam sebulan terakhir karena pasokan "
           "melimpah.\nBerikut tiga hal yang perlu diketahui.\n1. Pasokan melimpah\n"
           "Musim tangkap yang baik membuat kapal pulang dengan muatan penuh setiap hari.\n"
           "2. Berlaku mulai 20 November 2026\nPemerintah kota menetapkan harga dasar baru untuk melindungi nelayan.\n")
    a = clean_text(raw)
    assert a.authors == ["Rendra Mokodompit", "Sherly Rumengan"]
    assert "2. Berlaku mulai 20 November 2026" in a.paragraphs


def test_a_user_post_with_the_writers_bio_and_recommendations_after_it():
    raw = ("cakrawala\nMasuk\nBeranda\nKonten dari Pengguna\nLima Cara Memilih Durian Matang di Pasar\n"
           "Ketut Wirasana\nPemandu wisata, tinggal di Tabanan\n3 Desember 2026 7:30 WITA\n"
           "Musim durian tiba dan pasar di Tabanan dipenuhi pedagang dari berbagai desa di lereng gunung.\n"
           "Sebagai pemandu wisata, saya sering ditanya tamu cara memilih durian yang benar-benar matang.\n"
           "Suka\nKomentar\nRekomendasi untuk Anda\nCara Aman Menyewa Motor di Bali\n"
           "Tabanan Saat Musim Hujan, Masih Layak Dikunjungi?\nTentang Cakrawala\n")
    a = clean_text(raw)
    assert a.title == "Lima Cara Memilih Durian Matang di Pasar"
    assert a.authors == ["Ketut Wirasana"]
    assert a.paragraphs[-1].startswith("Sebagai pemandu wisata")
    raw = ("Lintas Kota\nDaerah\nWarga Antre Air Bersih di Pesisir Kendari\nFrisilia Pangemanan\nCommunity Writer\n"
           "Yohana Lasut\nEditor\n02 Des 2026, 19:00\n"
           "Warga pesisir Kendari mengantre air bersih sejak pagi karena pipa utama bocor sejak Senin malam.\n"
           "Perusahaan daerah air minum mengirim enam truk tangki ke permukiman warga.\n")
    a = clean_text(raw)
    assert a.authors == ["Frisilia Pangemanan"] and a.editors == ["Yohana Lasut"]


def test_a_portal_that_writes_its_brand_as_one_word_and_its_channel_beside_the_writer():
    raw = ("lintangcom\nlintangNews\nlintangFinance\nlintangSulsel\nBerita\n"
           "Harga Beras di Pasar Terong Makassar Naik Jelang Akhir Tahun\nAndi Nurhalimah - lintangSulsel\n"
           "Rabu, 11 Nov 2026 10:05 WITA\n"
           "Makassar - Harga beras medium di Pasar Terong, Makassar, naik Rp 1.000 per kilogram dalam sepekan "
           "terakhir.\nPedagang menyebut pasokan dari Kabupaten Sidrap berkurang karena panen belum tiba.\n")
    a = clean_text(raw)
    assert a.outlet == "Lintang.com"
    assert a.authors == ["Andi Nurhalimah"]


def test_writers_and_their_town_in_brackets_on_the_date_line_and_a_list_after_a_closing_berikut():
    raw = ("Rimba Kita\nBerita\nLingkungan\nMangrove Pesisir Kupang Terdesak Tambak\n"
           "oleh Yosefina Lende dan Marthinus Kana [Kupang] di 13 November 2026\n"
           "Hutan mangrove di pesisir Kupang terus menyusut karena dibuka menjadi tambak garam dan udang.\n"
           "Dengan laju itu, pegiat lingkungan menyusun jadwal penanaman ulang. Berikut rinciannya.\n"
           "Penanaman Tahap Pertama\nSabtu, 5 Desember 2026: penanaman di Teluk Kupang\n"
           "Minggu, 6 Desember 2026: penanaman di pesisir Oesapa\n"
           "Warga diminta ikut menjaga bibit yang sudah ditanam agar tidak mati terendam sampah.\n")
    a = clean_text(raw)
    assert a.authors == ["Yosefina Lende", "Marthinus Kana"]
    assert "Sabtu, 5 Desember 2026: penanaman di Teluk Kupang" in a.paragraphs


def test_a_last_paragraph_signed_with_the_reporters_code_and_one_name_sign_offs():
    raw = ("Lajur.com\nNasional\nKapal Tambahan Disiapkan untuk Libur Natal\nSenin, 7 Desember 2026 – 10:15 WIB\n"
           "Jakarta - Kementerian Perhubungan menyiapkan kapal tambahan untuk arus mudik Natal dari Makassar.\n"
           "Calon penumpang diimbau membeli tiket melalui kanal resmi dan datang lebih awal. (mcr12/lajur)\n"
           "Redaktur : Hotman Sinaga\n")
    a = clean_text(raw)
    assert a.paragraphs[-1].endswith("(mcr12/lajur)")
    raw = ("Pelangi Bali\npelangibali.com\nBuleleng\nPerahu Wisata Lovina Ditata\nSenin, 7 Desember 2026\n"
           "Pemkab Buleleng menata perahu wisata yang mengantar turis melihat lumba-lumba di Lovina.\n"
           "Aturan itu mulai berlaku pertengahan tahun depan setelah uji coba.\n(Wiratmaja/pelangibali)\n")
    assert clean_text(raw).authors == ["Wiratmaja"]


def test_a_regional_site_under_its_networks_masthead_and_the_zone_of_the_story_places():
    raw = ("Lintang.com\nNews\nBisnis\nHarga Cengkih di Kolaka Naik\nRabu, 11 November 2026 | 10:05 WIB\n"
           "Kolaka - Harga cengkih kering di tingkat petani Kolaka naik menjadi Rp 120 ribu per kilogram.\n"
           "Pedagang menyebut permintaan dari pabrik rokok meningkat menjelang akhir tahun.\n"
           "© 2026 LintangSultra.id - Bagian dari Lintang.com Network\n")
    assert clean_text(raw).outlet == "LintangSultra.id"
    raw = ("fajarnusa.com\nPeristiwa\nSpeedboat Rute Ternate-Sofifi Dihentikan\n"
           "Reporter : Nurlela Hasan | Minggu, 8 November 2026 19:40\n"
           "Fajarnusa.com - Otoritas pelabuhan di Ternate menghentikan tiga speedboat rute Ternate-Sofifi yang tidak "
           "laik jalan.\nPenumpang tujuan Sofifi diminta memakai kapal lain, kata petugas di Maluku Utara.\n")
    assert clean_text(raw).published == "2026-11-08T19:40:00+09:00"


def test_a_byline_of_section_writers_and_site_after_dashes():
    raw = ("Takar Niaga\nBerita\nPasar\nKredit UMKM di Sulawesi Selatan Tumbuh 11 Persen\n"
           "News - Rahmi Tandilino, Ashari Mappiasse, Takar Niaga\n18 November 2026 15:05\n"
           "Makassar, Takar Niaga - Penyaluran kredit UMKM di Sulawesi Selatan tumbuh 11 persen secara tahunan.\n"
           "Sektor perdagangan menyerap porsi terbesar.\n")
    a = clean_text(raw)
    assert a.title == "Kredit UMKM di Sulawesi Selatan Tumbuh 11 Persen"
    assert a.authors == ["Rahmi Tandilino", "Ashari Mappiasse"]


def test_a_stations_code_before_the_place_a_site_glued_to_the_place_and_a_place_named_again():
    raw = ("Radio Suar Nusa\nBeranda\nBerita\nNelayan Waropen Terima Mesin Tempel\nKamis, 12 November 2026 10:00 WIT\n"
           "KBSN, Botawa: Pemerintah Kabupaten Waropen menyerahkan 40 unit mesin tempel kepada kelompok nelayan.\n"
           "Bantuan itu diharapkan menambah hasil tangkapan.\n"
           "Dengarkan siaran langsung Programa 1 Suar Nusa di 94,5 FM atau melalui aplikasi Suar Play.\n")
    a = clean_text(raw)
    assert a.dateline == "Botawa" and a.paragraphs[0].startswith("Pemerintah Kabupaten Waropen")
    assert not any(p.startswith("Dengarkan") for p in a.paragraphs)
    raw = ("Sinar Umat Online\nBeranda\nDaerah\nDoa Bersama di Masjid Tua Kokas\nJumat, 6 November 2026\n"
           "Kokas, Sinar Umat Online Ratusan jamaah menggelar doa bersama di halaman masjid tua di Distrik Kokas.\n"
           "Acara itu menandai dimulainya rangkaian peringatan hari jadi masjid.\n")
    a = clean_text(raw)
    assert a.dateline == "Kokas" and a.paragraphs[0].startswith("Ratusan jamaah")
    raw = ("Kabar Bhara\nBeranda\nPatroli Perahu Motor di Pesisir Kais\nSelasa, 24 November 2026 09:00 WIT\n"
           "Kabarbhara.id – Kais. Personel Polsek Kais menggelar patroli dengan perahu motor di pesisir sungai.\n"
           "Patroli dilakukan setiap pekan.\n(ADN)\n")
    a = clean_text(raw)
    assert a.dateline == "Kais" and a.paragraphs[0].startswith("Personel Polsek Kais")
    assert "(ADN)" not in a.paragraphs


def test_copyright_lines_that_open_with_copyright_and_a_networks_regional_site():
    raw = ("Tatar.id\nTatar TV\nLive Streaming\nNews\nKPK Periksa Tiga Pejabat Dinas\nRaisa Wiraatmadja • 10 November 2026 14:22\n"
           "Jakarta: Komisi Pemberantasan Korupsi memeriksa tiga pejabat dinas pekerjaan umum terkait dugaan suap proyek.\n"
           "Ketiganya diperiksa sebagai saksi.\n"
           "Copyright © 2026 Tatar.id - PT Tatar Media Nusantara. All Rights Reserved.\n")
    a = clean_text(raw)
    assert a.outlet == "Tatar.id" and a.published == "2026-11-10T14:22:00+07:00"
    raw = ("SEMILIR\nBerita\nBisnis\nHarga Karet di Kotawaringin Timur Naik\nSelasa, 3 November 2026 | 10:15 WIB\n"
           "Sampit, Semilir Kalteng – Harga getah karet di tingkat petani di Kotawaringin Timur naik dalam sebulan.\n"
           "Petani kembali menyadap kebun yang sempat ditinggalkan.\nCopyright © 2026 Semilir Kalteng - Semilir Network\n")
    a = clean_text(raw)
    assert a.outlet == "Semilir Kalteng" and a.dateline == "Sampit"


def test_a_subscription_dailys_capitals_bylines_and_paywall_and_a_networks_banner():
    raw = ("Harian Lentera\nNusantara\nHarga Garam Rakyat Anjlok di Pesisir Madura\nOleh BAGASKARA WIRAPUTRA\n"
           "Editor: HANDAYANI PUSPITASARI\nSenin, 2 November 2026 10:15 WIB\n"
           "Harga garam rakyat di pesisir Madura anjlok hingga Rp 400 per kilogram saat panen raya.\n"
           "Petambak menahan garamnya di gudang sambil menunggu harga membaik.\n"
           "Artikel ini khusus untuk pelanggan Harian Lentera. Berlangganan untuk membaca seluruh isi artikel.\n")
    a = clean_text(raw)
    assert a.authors == ["Bagaskara Wiraputra"] and a.editors == ["Handayani Puspitasari"]
    assert not any(p.startswith("Artikel ini khusus") for p in a.paragraphs)
    raw = ("Lantang Network\nLantangGorontalo.com\nHome\nNelayan Pohuwato Terima Bantuan Cool Box\n"
           "Penulis: Rahmawati Djafar | Editor: Sukri Hulalata\nSelasa, 3 November 2026 | 10:00 WITA\n"
           "Laporan Kontributor LantangGorontalo.com dari Marisa, Yusran Hippy\n"
           "MARISA, LANTANGGORONTALO.COM - Sebanyak 80 nelayan di Pohuwato menerima bantuan cool box dari pemerintah.\n"
           "Bantuan itu diharapkan menjaga mutu ikan.\n© 2026 LantangGorontalo.com, Lantang Network. All Right Reserved\n")
    a = clean_text(raw)
    assert a.outlet == "LantangGorontalo.com"
    assert "Yusran Hippy" in a.authors


def test_a_regional_channel_named_in_the_read_more_note_and_a_schedule_with_a_headline_date():
    raw = ("cermincom\ncerminNews\ncerminSulteng\nBerita\nBanjir Rob Genangi Pesisir Palu\n"
           "Nurlaila Tombolotutu - cerminSulteng\nSenin, 02 Nov 2026 10:25 WITA\n"
           "Palu - Banjir rob menggenangi permukiman di pesisir Teluk Palu sejak Minggu malam.\n"
           "Warga mengungsi ke rumah kerabat.\n"
           "Baca artikel cerminSulteng, \"Banjir Rob Genangi Pesisir Palu\" selengkapnya https://www.cermin.com/sulteng/\n")
    assert clean_text(raw).outlet == "cerminSulteng"
    raw = ("ANTARIKSA\nHukum & Kriminal\nJadwal SIM Keliling Jember 16-20 November 2026, Cek Lokasinya\n"
           "Reporter: Tim Antariksa|Editor: Hariyanto Sholeh\nMinggu 15-11-2026,17:20 WIB\n"
           "JEMBER, ANTARIKSA.ID - Satlantas Polres Jember kembali membuka layanan SIM keliling pekan depan.\n"
           "Berikut jadwal dan lokasi SIM keliling Jember pekan depan:\n"
           "Senin (16/11/2026): Alun-alun Jember\nSelasa (17/11/2026): Kantor Kecamatan Ambulu\n"
           "Layanan dibuka mulai pukul 08.00 hingga 12.00 WIB.\n")
    a = clean_text(raw)
    assert a.title == "Jadwal SIM Keliling Jember 16-20 November 2026, Cek Lokasinya"
    assert a.published == "2026-11-15T17:20:00+07:00"
    assert "Selasa (17/11/2026): Kantor Kecamatan Ambulu" in a.paragraphs


def test_an_aggregators_photo_credit_and_the_day_under_the_title_not_the_mastheads_today():
    raw = ("Rampak\nBeranda\nNasional\nGewang NTT\nMusim Tanam Tiba, Petani Jagung di Kupang Keluhkan Pupuk\n"
           "Oleh Yuvens Nahas\n18 Nov 2026, 06.45\nPetani menyiapkan lahan untuk menanam jagung di Kabupaten Kupang.\n"
           "© Disediakan oleh Gewang NTT\n"
           "Petani jagung di sejumlah desa di Kabupaten Kupang mengeluhkan sulitnya mendapatkan pupuk bersubsidi.\n"
           "Sebagian petani terpaksa membeli pupuk nonsubsidi yang harganya dua kali lipat.\n")
    a = clean_text(raw)
    assert "Petani menyiapkan lahan untuk menanam jagung di Kabupaten Kupang." in a.captions
    assert len(a.paragraphs) == 2
    raw = ("Rabu, 4 November 2026\nSuara Lembah\nBeranda\nJembatan Gantung di Balingga Diperbaiki Warga\n"
           "3 November 2026\nTIOM, SUARALEMBAH.COM – Ratusan warga memperbaiki jembatan gantung yang putus diterjang "
           "banjir pekan lalu.\nJembatan itu satu-satunya penghubung warga dengan pasar.\n")
    assert clean_text(raw).published == "2026-11-03"


def test_a_read_more_list_of_two_headlines_and_a_squad_list_under_its_heading():
    raw = ("Gawang\nBola\nTimnas U-17 Panggil 24 Pemain untuk Kualifikasi\nSabtu, 07 Nov 2026 09:15 WIB\n"
           "Jakarta - Pelatih Timnas U-17 memanggil 24 pemain untuk pemusatan latihan menjelang kualifikasi.\n"
           "Pemain dipilih dari kompetisi usia muda dan akademi klub.\n"
           "BACA JUGA:\nJadwal Lengkap Timnas U-17 di Kualifikasi Piala Asia\nTimnas Kalah di Laga Uji\n"
           "Skuad berkumpul di Jakarta mulai pekan depan sebelum berangkat ke Vietnam.\n"
           "Daftar pemain Timnas U-17\nKiper: Maheswara Adisuryo, Rafif Alkautsar, Ganang Samudro\n"
           "Belakang: Ivander Pasaribu, Rifky Mataheru, Daffa Hermansyah, Kenneth Rumkorem, Zaidan Alfarisi, "
           "Rendika Syahputro, Yogas Hutauruk\n"
           "Tim dijadwalkan menjalani dua laga uji coba tertutup sebelum turnamen dimulai.\n")
    body = clean_text(raw).paragraphs
    assert "Timnas Kalah di Laga Uji" not in body  # the second link of the list
    assert "Daftar pemain Timnas U-17" in body
    assert any(p.startswith("Belakang: Ivander Pasaribu") for p in body)
    # a five-word subheading after the list announces the paragraph under it
    raw = ("Lentera\nKesehatan\nKasus DBD Naik di Jawa Timur\nSenin, 02 Nov 2026 10:00 WIB\n"
           "Surabaya - Kasus demam berdarah di Jawa Timur naik dua kali lipat dibanding bulan lalu.\n"
           "Baca Juga:\nKenali Fase Kritis Demam Berdarah, Jangan Tertipu Saat Demam Turun\n"
           "Gerakan Satu Rumah Satu Jumantik\n"
           "Dinkes meminta daerah menghidupkan lagi gerakan satu rumah satu juru pemantau jentik (jumantik).\n")
    assert "Gerakan Satu Rumah Satu Jumantik" in clean_text(raw).paragraphs


def test_a_broadcasters_daily_promo_and_the_headline_under_the_breadcrumbs():
    raw = ("SIARAN TV\nBerita\nBanjir Putus Jembatan di Mamuju\nSenin, 02 November 2026 | 10.00 WITA\n"
           "Mamuju - Banjir memutus jembatan penghubung tiga desa di Kabupaten Mamuju sejak Minggu malam.\n"
           "Warga menyeberang sungai dengan rakit.\n"
           "Tonton berita Siaran TV setiap hari pukul 17.00 WITA di kanal 34 UHF dan lewat siaran langsung di laman ini.\n")
    assert len(clean_text(raw).paragraphs) == 2
    raw = ("BHAYANGKARA KITA\nPortal Berita Polda Maluku Utara\nBeranda\nBerita\nBeranda / Berita / Nasional\n"
           "Operasi Lilin 2026 Digelar 12 Hari, Polri Siagakan Ribuan Personel\n05 Desember 2026, 14:00 WIT\n"
           "Ternate – Polri akan menggelar Operasi Lilin 2026 untuk pengamanan Natal dan Tahun Baru 2027.\n")
    assert clean_text(raw).title == "Operasi Lilin 2026 Digelar 12 Hari, Polri Siagakan Ribuan Personel"


def test_forgetting_lines_empties_every_per_line_memory():
    # (the throughput benchmark times a second pass as "warm": loaded data, no remembered lines)
    from kilas import resources
    from kilas.clean import meta, text

    pattern = resources.whole_line_pattern("boilerplate.txt")
    assert pattern.match("Baca juga: Banjir Rob di Pesisir Palu") is not None
    assert text._person_line("Aditya Ramadhan")
    assert pattern._seen and text._person_line.cache_info().currsize
    meta.forget_lines()
    assert not pattern._seen
    assert text._person_line.cache_info().currsize == 0 and meta.find_datetime.cache_info().currsize == 0


def test_a_ministrys_release_page_a_fact_check_box_a_house_byline_and_names_above_the_date():
    raw = ("Kementerian Kelautan dan Perikanan\nRepublik Indonesia\nWarta Bahari\nBeranda\nSiaran Pers\n"
           "KKP Tangkap Dua Kapal Ikan Asing di Laut Natuna Utara\n"
           "Dipublikasikan pada Senin, 02 November 2026 14:05:33 WIB\n"
           "Jakarta, 2 November 2026 – Kementerian Kelautan dan Perikanan kembali menangkap kapal ikan asing.\n"
           "Kedua kapal ditangkap saat menarik jaring trawl pasangan di perairan Natuna.\n"
           "Hak Cipta © 2026 Kementerian Kelautan dan Perikanan Republik Indonesia\n")
    assert clean_text(raw).outlet != "Republik Indonesia"
    raw = ("Rekaman.com\nCek Fakta\n[Cek Fakta] Video Tsunami di Pangandaran Hoaks\nOleh Dinda Maharani\n"
           "04 Des 2026, 10:15 WIB\nJakarta - Sebuah video yang diklaim sebagai tsunami di Pangandaran beredar di "
           "media sosial sejak Rabu pekan ini.\nVideo itu ternyata rekaman gelombang tinggi pada 2018.\n"
           "Tentang Cek Fakta Rekaman.com\nMelawan hoaks sama saja melawan pembodohan, karena itu kami memverifikasi "
           "informasi yang beredar di masyarakat.\n* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang "
           "beredar, silakan WhatsApp ke nomor Cek Fakta Rekaman.com 0812-9000-4417.\n")
    assert len(clean_text(raw).paragraphs) == 2
    raw = ("Lentera Pos\nBeranda / Nasional\nJadwal Tes Akademik 2027 Diumumkan\nReporter : Jaringan Lentera Pos\n"
           "Jumat, 20 November 2026, 20:45 WIB\nMataram - Pemerintah mengumumkan jadwal tes kemampuan akademik "
           "untuk siswa kelas XII tahun depan.\nPendaftaran dibuka mulai Januari.\n")
    assert clean_text(raw).authors == []
    raw = ("Takaran.id\nEnergi\nEkspor Feronikel Naik 14% hingga September\nRingkasan\n"
           "• Nilai ekspor feronikel Januari-September 2026 naik 14% dibanding periode yang sama tahun lalu.\n"
           "• Sulawesi Tengah dan Maluku Utara menyumbang lebih dari dua pertiga ekspor.\n"
           "Febriano Dewantoro\nIrawati Sulistyaningrum\n2 November 2026, 18.40\n"
           "Nilai ekspor feronikel Indonesia terus naik sepanjang tahun ini seiring beroperasinya smelter baru.\n"
           "Badan Pusat Statistik mencatat nilainya mencapai US$ 12 miliar.\n")
    assert sorted(clean_text(raw).authors) == ["Febriano Dewantoro", "Irawati Sulistyaningrum"]


def test_a_subheading_under_a_charts_title_source_and_link_to_the_full_data():
    raw = ("Takaran.id\nEkonomi\nHarga Cabai Rawit Melonjak Jelang Akhir Tahun\n2 Desember 2026, 10.15\n"
           "Harga cabai rawit merah melonjak menjelang akhir tahun di hampir semua provinsi di Indonesia.\n"
           "Rata-rata Harga Cabai Rawit Merah per Provinsi, 24 November 2026 (Rp/kg)\n"
           "Sumber: Badan Pangan Nasional\nLihat selengkapnya di TakaranData\nProvinsi termahal\n"
           "Harga tertinggi tercatat di Papua Pegunungan, yakni Rp 142.300 per kilogram pada pekan ini.\n")
    body = clean_text(raw).paragraphs
    assert "Provinsi termahal" in body
    assert "Lihat selengkapnya di TakaranData" not in body


def test_writers_with_the_desk_editors_code_and_an_agencys_bureau_for_a_province():
    raw = ("Warta Tiga.com\nNasional\nEkonomi\nOJK Cabut Izin Dua Bank Perkreditan Rakyat di Jawa Timur\n"
           "Arumdalu Pratiwi dan Gregorius Lelono / KRS\nRabu, 18 November 2026 | 09:20 WIB\n"
           "Jakarta, Warta Tiga.com - Otoritas Jasa Keuangan mencabut izin usaha dua bank perkreditan rakyat di "
           "Jawa Timur karena gagal memenuhi rasio permodalan.\n"
           "Nasabah diminta tidak panik karena simpanan dijamin Lembaga Penjamin Simpanan.\n")
    assert clean_text(raw).authors == ["Arumdalu Pratiwi", "Gregorius Lelono"]
    credit = raw.replace("Arumdalu Pratiwi dan Gregorius Lelono / KRS", "Sonny Wirasena / AFP")
    assert clean_text(credit).authors == []
    raw = ("SAMUDRA\nSulawesi Tenggara\nKantor Berita Samudra\nTerkini\nBeranda\nBerita\n"
           "Nelayan Wakatobi panen rumput laut lebih awal\nSelasa, 10 November 2026 10:15 WITA\n"
           "Wangi-Wangi (Samudra) - Nelayan di Kabupaten Wakatobi memanen rumput laut lebih awal karena "
           "gelombang tinggi diperkirakan datang pekan depan.\n"
           "Hasil panen dijual ke pengepul di Kendari dengan harga Rp 18 ribu per kilogram.\n"
           "Copyright © SAMUDRA 2026\n")
    assert clean_text(raw).outlet == "Samudra Sulawesi Tenggara"


def test_a_networks_channel_with_a_brand_of_its_own_a_dated_headline_and_a_bare_istimewa_credit():
    raw = ("kilatcom\nsenja\nHome\nFashion\nBeauty\nWedding\n"
           "Tanggal Cantik 22-2-2027, Gedung Resepsi di Malang Penuh Dipesan\nTim Kilatcom - senja\n"
           "Sabtu, 28 Nov 2026 19:30 WIB\n"
           "Malang - Tanggal cantik 22 Februari 2027 membuat gedung resepsi di Malang penuh dipesan sejak jauh hari.\n"
           "Pengelola gedung di kawasan Sawojajar mengatakan permintaan datang dari pasangan di Malang dan sekitarnya.\n"
           "Baca artikel senja, \"Tanggal Cantik 22-2-2027, Gedung Resepsi di Malang Penuh Dipesan\" selengkapnya "
           "https://senja.kilat.com/wedding/d-1234567/tanggal-cantik.\n")
    out = clean_text(raw)
    assert out.title == "Tanggal Cantik 22-2-2027, Gedung Resepsi di Malang Penuh Dipesan"
    assert out.outlet == "senja"
    raw = ("Gaung.com\nHome > Jatim > Kediri\nHarga Gabah di Kediri Turun Jelang Panen Raya\n"
           "Penulis: Tim Gaung | Jumat, 20 November 2026 - 15:55 WIB\n"
           "GAUNG.COM - Petani menjemur gabah di Desa Gurah, Kediri, Kamis (19/11/2026). (Istimewa)\n"
           "Gaung.com, KEDIRI — Harga gabah kering panen di Kediri turun menjelang panen raya bulan depan.\n"
           "Program pendampingan petani meliputi:\n"
           "pelatihan pengeringan gabah bagi kelompok tani;\n"
           "promosi beras lokal melalui media sosial;\n"
           "pendampingan penjualan ke Bulog.\n")
    out = clean_text(raw)
    assert out.dateline == "Kediri"
    assert out.paragraphs[0].startswith("Harga gabah kering panen")
    assert "promosi beras lokal melalui media sosial;" in out.paragraphs


def test_a_portal_named_above_its_tagline_a_stations_town_under_its_tagline_and_two_end_credits():
    raw = ("PEMERINTAH KOTA TIDORE\nMarimoi\nPortal Berita Resmi Pemerintah Kota Tidore\nBeranda\nBerita\n"
           "Pemkot Tidore Gelar Pasar Murah di Empat Kecamatan\nPosted: 09/11/2026 08:45 WIT | Oleh: admin\n"
           "Pemerintah Kota Tidore Kepulauan menggelar pasar murah di empat kecamatan menjelang Natal.\n"
           "Sebanyak 2.000 paket sembako dijual dengan harga lebih murah dari pasar.\n"
           "© 2026 Pemerintah Kota Tidore Kepulauan\n")
    assert clean_text(raw).outlet == "Marimoi"
    raw = ("SUARA TIMUR\nLembaga Penyiaran Publik\nMerauke\nBeranda\nBerita\n"
           "Harga Gabah di Merauke Mulai Naik\nSenin, 2 November 2026 10:15\n"
           "Panen padi di Merauke bergeser ke akhir tahun karena hujan datang terlambat, kata petani setempat.\n"
           "Harga gabah kering panen naik menjadi Rp 6.800 per kilogram. (antara/suaratimur)\n"
           "Petani menjemur gabah di Kurik, Senin (2/11/2026). - Suara Timur/Yoseph Kaize\n"
           "© 2026 Lembaga Penyiaran Publik Suara Timur\n")
    out = clean_text(raw)
    assert out.outlet == "Suara Timur Merauke"
    assert out.paragraphs[-1].startswith("Harga gabah kering panen naik")
    assert not any("Yoseph Kaize" in p for p in out.paragraphs)


def test_a_related_link_that_opens_with_its_date_is_no_headline_with_a_date():
    from kilas.clean.text import _date_line

    assert _date_line("Selasa, 23 Februari 2016 KPK Periksa Pejabat Mahkamah Agung yang Tertangkap")
    assert not _date_line("Tanggal Cantik 22-2-2027, Gedung Resepsi di Malang Penuh Dipesan")


def test_a_reporters_name_beside_the_channels_name_with_indonesia_after_it():
    raw = ("KIRANA TV\nBeranda\nNasional\nEkonomi\nPemerintah Tambah Kuota Pupuk Subsidi 500 Ribu Ton\n"
           "Wulan Prasetyaningrum | Kirana TV Indonesia\nSenin, 02 Nov 2026 14:35 WIB\n"
           "Jakarta, Kirana TV Indonesia -- Pemerintah menambah kuota pupuk bersubsidi sebesar 500 ribu ton untuk "
           "musim tanam akhir tahun.\nTambahan itu diprioritaskan bagi petani padi di Jawa dan Sumatera.\n")
    a = clean_text(raw)
    assert a.authors == ["Wulan Prasetyaningrum"]
    assert a.title == "Pemerintah Tambah Kuota Pupuk Subsidi 500 Ribu Ton"


def test_a_line_pattern_answers_as_the_whole_file_in_one_regex_would():
    # whole_line_pattern searches for X where the file says ".*X.*" (much faster than
    # letting ".*" backtrack); the answers must be those of the one-regex reading.
    from pathlib import Path

    from kilas import resources

    samples = Path(__file__).resolve().parent.parent / "samples" / "articles"
    lines = {line.strip() for path in samples.glob("*.txt") for line in path.read_text().splitlines() if line.strip()}
    lines |= {"🔔 Ikuti saluran WhatsApp kami", "Simak berita terbaru di Google News", "© 2026 PT Kabar. All rights reserved.",
              "Untuk berlangganan, klik di sini", "Kata dia, pembaruan itu dilakukan pekan lalu."}
    for name in ("boilerplate.txt", "footer_markers.txt", "box_openers.txt", "inline_markers.txt", "list_intros.txt"):
        body = "|".join(f"(?:{p})" for p in resources.lines(name))
        whole = re.compile(rf"^(?:[^\w\s\"“'‘(\[]|[\u3000-\u9fff\uac00-\ud7af]){{0,8}}\s*(?:[·•|:]\s*)?(?:{body})$", re.I)
        pattern = resources.whole_line_pattern(name)
        assert [bool(pattern.match(line)) for line in sorted(lines)] == [bool(whole.match(line)) for line in sorted(lines)], name
    assert resources.whole_line_pattern("boilerplate.txt").anywhere is not None


def test_the_quick_tests_before_costly_ones_change_no_answer():
    # A line of more than 30 words is never a line of names, and a line without a year or
    # "d/m" holds no date: each only skips work whose answer would have been no.
    from pathlib import Path

    from kilas.clean import meta, text

    samples = Path(__file__).resolve().parent.parent / "samples" / "articles"
    lines = {line.strip() for path in samples.glob("*.txt") for line in path.read_text().splitlines() if line.strip()}
    long_lines = [line for line in lines if len(line.split()) > text._MOST_WORDS_IN_NAMES]
    for line in long_lines:  # what _person_line would have found without the word count
        parts = [meta.strip_degrees(p) for p in text._NAME_JOINS.split(line)
                 if p and not all(meta.is_degree(w) for w in p.split())]
        assert len(parts) > 4 or not all(text._one_person(p) for p in parts), line
    assert long_lines
    undated = [line for line in lines if not meta._MAY_HOLD_DATE.search(line)]
    assert undated and not any(p.search(line) for line in undated for p in meta._date_patterns())
    assert meta.find_datetime("Senin, 7 Desember 2026 - 14:05 WIB").value == "2026-12-07T14:05:00+07:00"
    assert meta.find_datetime("24/10/26 • 18:10 WIB") is not None


def test_two_writers_fused_with_a_role_a_community_account_and_a_subheading_under_a_video_prompt():
    assert parse_byline("Prita Apriliani, Nadhif Darmadi, Jurnalis · Minggu 15 November 2026 09:30 WIB").authors \
        == ["Prita Apriliani", "Nadhif Darmadi"]
    raw = ("KELINDAN\nKonten dari Pengguna\nRelawan Pungut 1,2 Ton Sampah dari Sungai Winongo\n"
           "Komunitas Sahabat Winongo\n24 November 2026 16:40 WIB\n"
           "Ratusan relawan memungut sampah di bantaran Sungai Winongo, Yogyakarta, Minggu (22/11/2026).\n"
           "Sampah plastik mendominasi temuan relawan di sepanjang dua kilometer bantaran sungai.\n")
    assert clean_text(raw).authors == []  # a community's account, not a person
    raw = ("Kerling9.com\nNews\nGanjil Genap Diperluas ke Lima Ruas Jalan\n"
           "Jakarta - Dinas Perhubungan DKI Jakarta akan memperluas kebijakan ganjil genap ke lima ruas jalan baru.\n"
           "Selama pekan pertama, petugas hanya akan memberikan teguran kepada pengendara yang melanggar aturan.\n"
           "Simak Video Pilihan Berikut Ini:\nKendaraan yang Dikecualikan\n"
           "Sejumlah kendaraan dikecualikan dari aturan ini, antara lain kendaraan listrik dan angkutan umum.\n")
    assert "Kendaraan yang Dikecualikan" in clean_text(raw).paragraphs


def test_a_clock_under_its_date_and_a_writer_beside_the_channel_of_the_menu():
    raw = ("WARTA BARITO\nBeranda\nKalsel\nOlahraga\nRaket\nKalsel\n"
           "Dermaga Baru Pasar Terapung Siap Dipakai Akhir Bulan\nSenin, 9 November 2026\n14:25 WITA\n"
           "Rahmat Hidayat - Kalsel\n"
           "Banjarmasin (Warta Barito): Pemerintah kota menyelesaikan dermaga baru di kawasan pasar terapung.\n"
           "Dermaga itu bisa menampung dua puluh perahu dagang sekaligus pada pagi hari.\n")
    article = clean_text(raw)
    assert article.published == "2026-11-09T14:25:00+08:00"
    assert article.authors == ["Rahmat Hidayat"]
    assert article.title == "Dermaga Baru Pasar Terapung Siap Dipakai Akhir Bulan"


def test_an_army_unit_as_byline_and_before_the_dateline():
    assert split_dateline("Kodim 1408/BS, Makassar – Prajurit membersihkan saluran air di Kecamatan Tallo.").city \
        == "Makassar"
    raw = ("PENDAM XIV\nBerita Satuan\nKodim Bantu Warga Bersihkan Saluran Air\nKamis, 12 November 2026 - 08.00 Wita\n"
           "Oleh: Pendam XIV/Hasanuddin\n"
           "Kodim 1408/BS, Makassar – Prajurit Kodim 1408/Makassar membersihkan saluran air di Kecamatan Tallo.\n"
           "Kegiatan itu melibatkan warga dan aparat kelurahan sejak pagi hari.\n")
    article = clean_text(raw)
    assert article.authors == [] and article.dateline == "Makassar"
    assert article.paragraphs[0].startswith("Prajurit Kodim 1408/Makassar")


def test_a_networks_masthead_gives_way_to_its_regional_site_and_a_menu_label_is_no_byline_label():
    raw = ("LontarKupang.com\nLontar Network\nBeranda\nFoto\nFlores Timur\n"
           "Harga Ikan Tongkol di Larantuka Turun Jelang Musim Angin Barat\nSenin, 9 November 2026 10:15 WITA\n"
           "Penulis: Yohanes Kelen | Editor: Maria Laka\n"
           "LONTARKUPANG.COM, LARANTUKA - Harga ikan tongkol di Pasar Inpres Larantuka turun dalam sepekan terakhir.\n"
           "Nelayan menyebut hasil tangkapan melimpah karena laut masih tenang.\n"
           "© 2026 Lontar Network. All Right Reserved\n")
    article = clean_text(raw)
    assert article.outlet == "LontarKupang.com"
    assert article.authors == ["Yohanes Kelen"]


def test_a_blogs_related_posts_end_the_article():
    raw = ("Suara Kampus Tadulako\nBerita\nMahasiswa Tanam Seribu Mangrove di Pantai Talise\n5 November 2026\n"
           "Reporter: Nur Aisyah\n"
           "Seribu bibit mangrove ditanam mahasiswa di Pantai Talise, Palu, Kamis (5/11/2026).\n"
           "Penanaman itu bagian dari program pengabdian masyarakat fakultas kehutanan.\n"
           "Share this:\nFacebook\nRelated\nBEM Buka Posko Pengaduan Beasiswa\nSiapa Mengawasi Dana Kemahasiswaan?\n")
    assert clean_text(raw).paragraphs[-1].startswith("Penanaman itu")


def test_roles_without_colons_on_one_line_a_comment_count_and_two_writers_beside_the_date():
    assert parse_byline("Penulis Ulfiatun Rohmah dan Shodiq Mustofa Editor Wachid Arifudin").editors == ["Wachid Arifudin"]
    byline = parse_byline("Penulis Kholis Nurcahyo Editor Wachid Arifudin")
    assert byline.authors == ["Kholis Nurcahyo"] and byline.editors == ["Wachid Arifudin"]
    raw = ("Wawasan.id\nOlahraga\nTim Dayung Sultra Raih Dua Emas di Kejurnas\n"
           "Tuesday, 10 November 2026 - 14:20 WITA\nNo Comments\n"
           "Kharisma Kurniawati, Nalendra Raditia • 10 November 2026 14:20\n"
           "Kendari - Tim dayung Sulawesi Tenggara meraih dua medali emas pada kejuaraan nasional di Jakarta.\n"
           "Kedua emas itu diraih dari nomor perahu naga putra dan putri.\n")
    assert clean_text(raw).authors == ["Kharisma Kurniawati", "Nalendra Raditia"]


def test_a_magazines_writers_under_the_last_paragraph_and_a_police_desk_as_writer():
    raw = ("WARTA PEKAN\nMingguan Berita\nBeranda\nHukum\nJejak Solar di Dermaga Tual\n14 November 2026 · 06.00 WIB\n"
           "Menjelang tengah malam, sebuah truk tangki berhenti di ujung dermaga Pelabuhan Tual, Maluku.\n"
           "Selama tiga pekan, tim menelusuri jalur solar tersebut di tiga pelabuhan timur.\n"
           "Ramdani Sulistyo, Wiwik Handayani\n"
           "Artikel ini terbit di edisi cetak Majalah Warta Pekan 16-22 November 2026 dengan judul \"Solar Bocor\"\n"
           "Topik\nsolar\n")
    article = clean_text(raw)
    assert article.authors == ["Ramdani Sulistyo", "Wiwik Handayani"]
    assert article.paragraphs[-1].startswith("Selama tiga pekan")
    assert parse_byline("Penulis: Bidhumas Polda Gorontalo") is None or \
        parse_byline("Penulis: Bidhumas Polda Gorontalo").authors == []


def test_a_city_that_is_also_a_word_beside_the_pages_own_name():
    assert split_dateline("Metro, Sarungan", frozenset({"sarungan"})).city == "Metro"
    assert split_dateline("Metro, Sarungan") is None


def test_a_user_posts_writer_and_her_line_about_herself_above_the_date_are_no_title():
    raw = ("pantaukita\nBerita Hari Ini\nNews\nKonten dari Pengguna\n"
           "Relawan Mahasiswa Mengajar Anak Nelayan di Pesisir Kendal\nNayla Prameswari\n"
           "Mahasiswi Ilmu Komunikasi di Semarang\n1 Desember 2026 21:30 WIB\nwaktu baca 3 menit\n"
           "Setiap Sabtu pagi, belasan mahasiswa menumpang mobil bak terbuka menuju sebuah desa di pesisir Kendal.\n"
           "Kegiatan ini dimulai sejak Agustus 2026 dan kini diikuti 23 relawan dari lima kampus.\n")
    article = clean_text(raw)
    assert article.title == "Relawan Mahasiswa Mengajar Anak Nelayan di Pesisir Kendal"
    assert article.authors == ["Nayla Prameswari"]


def test_a_headline_naming_its_place_above_the_byline_and_a_radios_bulletin_prompt():
    raw = ("Lompat ke konten\nKabar Dunia Indonesia\nBeranda\nIndonesia\n"
           "Danau Singkarak: Mengapa ikan bilih makin sulit ditangkap?\nPenulis, Rahmi Sutan\n"
           "Peranan, Wartawan Kabar Dunia Indonesia\n17 November 2026\n"
           "Pagi itu, Nurhayati mendapati jaringnya hanya berisi segelintir ikan bilih.\n"
           "Dalam satu dekade terakhir, tangkapan nelayan di danau itu turun hampir separuh.\n"
           "Dengarkan berita lainnya setiap hari pukul 06.00, 12.00 dan 17.00 WIB di Suara Solok 98,2 FM.\n")
    article = clean_text(raw)
    assert article.title == "Danau Singkarak: Mengapa ikan bilih makin sulit ditangkap?"
    assert article.dateline is None
    assert article.paragraphs[0].startswith("Pagi itu") and article.paragraphs[-1].startswith("Dalam satu dekade")


def test_a_posted_on_date_line_with_its_poster_and_a_research_desks_credit():
    raw = ("SIAGA\nPortal Berita Kantor Pencarian dan Pertolongan Lampung\nBeranda\nBerita\n"
           "Pemancing yang Hilang di Teluk Semaka Ditemukan Selamat\n"
           "Diposting pada 3 Desember 2026 oleh Humas SAR Lampung\n"
           "LAMPUNG: Seorang pemancing yang hilang di Teluk Semaka ditemukan selamat pada Kamis (3/12/2026) pagi.\n"
           "Korban ditemukan terapung bersama perahunya yang mati mesin sekitar 6 mil laut dari pantai.\n")
    article = clean_text(raw)
    assert article.title == "Pemancing yang Hilang di Teluk Semaka Ditemukan Selamat"
    assert article.published is not None and article.published.startswith("2026-12-03")

    raw = ("Grafik Ekonomi\nMarket\nNews\nResearch\n"
           "Harga Nikel Melesat ke Level Tertinggi Dua Bulan\nRESEARCH - Tim Riset Grafik Ekonomi\n"
           "2 Desember 2026 08:00\n"
           "Jakarta, Grafik Ekonomi - Harga nikel dunia kembali melonjak pada perdagangan Selasa (1/12/2026).\n"
           "Kenaikan didorong permintaan baterai kendaraan listrik dari China yang terus meningkat.\n")
    article = clean_text(raw)
    assert article.title == "Harga Nikel Melesat ke Level Tertinggi Dua Bulan"
    assert article.authors == []


def test_an_organisations_portal_a_dash_between_writer_and_date_and_a_networks_copy_link():
    raw = ("nuraniyah.or.id\nBeranda\nBerita\nKajian\nBerita\n"
           "Lazis Nuraniyah Salurkan Beasiswa untuk 900 Pelajar Yatim\nSenin, 30 November 2026\n"
           "MAGELANG—Lembaga zakat Nuraniyah menyalurkan beasiswa kepada 900 pelajar yatim dari sembilan kabupaten.\n"
           "Penyerahan berlangsung di Gedung Dakwah Nuraniyah, Magelang, dan dihadiri para pengurus wilayah.\n"
           "© 2026 nuraniyah.or.id. Hak cipta dilindungi.\n")
    assert clean_text(raw).outlet == "Nuraniyah"

    raw = ("Lontar.id\nPortal Berita Sulawesi Tengah\nBeranda\nPalu\n"
           "Sungai Palu Dikeruk, Pemkot Targetkan Banjir Berkurang\nRamadhani Lasawedi\n-\nNovember 30, 2026\n0\n"
           "PALU, Lontar.id – Pemerintah Kota Palu mulai mengeruk sedimen di Sungai Palu sepanjang dua kilometer.\n"
           "Pengerukan ditargetkan rampung sebelum puncak musim hujan pada Januari mendatang.\n"
           "Baca artikel lontarnews, \"Sungai Palu Dikeruk, Pemkot Targetkan Banjir Berkurang\" selengkapnya "
           "https://news.lontar.id/berita/d-1/sungai-palu-dikeruk.\n"
           "Copyright @ 2026 lontarcom, All right reserved\n")
    article = clean_text(raw)
    assert article.authors == ["Ramadhani Lasawedi"]
    assert not any("selengkapnya" in p for p in article.paragraphs)


def test_a_brand_written_as_one_word_is_named_as_its_copyright_line_prints_it():
    raw = ("lontarcom\nlontarNews\nlontarSport\nBerita\n"
           "Gudang Plastik di Cakung Terbakar, 17 Unit Damkar Dikerahkan\nRamadhani Lasawedi - lontarNews\n"
           "Senin, 30 Nov 2026 09:15 WIB\n"
           "Jakarta - Sebuah gudang plastik di Cakung, Jakarta Timur, terbakar pada Senin pagi.\n"
           "Sebanyak 17 unit pemadam kebakaran dikerahkan untuk memadamkan api yang berkobar dua jam.\n"
           "Copyright @ 2026 lontarcom, All right reserved\n")
    assert clean_text(raw).outlet == "lontarcom"


def test_credits_under_a_video_prompt_and_a_page_link_block_and_a_corps_after_a_rank():
    raw = ("tandas.com\nBerita\nNelayan Kendari Kesulitan Solar\nKamis, 26 November 2026 10:15 WIB\n"
           "tandas.com, KENDARI - Ratusan nelayan di Kendari kesulitan mendapatkan solar bersubsidi sejak pekan lalu.\n"
           "Menurut mereka, solar eceran di kios kini dijual jauh di atas harga resmi pemerintah.\n"
           "(nad/tandas)\nJangan Lewatkan Video Terbaru:\nRedaktur : Adhisatya Zahirawan\n"
           "Reporter : Nadhifah Rahmadhanti\nKomentari Artikel Ini\n")
    article = clean_text(raw)
    assert article.editors == ["Adhisatya Zahirawan"] and article.authors == ["Nadhifah Rahmadhanti"]

    raw = ("Lalakon.com\nBerita\nAbrasi Gerus Pantai Batu Hiu\nSenin, 23 November 2026 | 09:10 WIB\n"
           "LALAKON.COM - Abrasi kembali menggerus bibir Pantai Batu Hiu di Kecamatan Parigi, Pangandaran.\n"
           "Gelombang setinggi tiga meter menghantam kawasan itu hampir setiap hari sepekan terakhir.\n"
           "Halaman:\n1\n2\nEditor: Ohim Rusyana\nTags\nPangandaran\n")
    assert clean_text(raw).editors == ["Ohim Rusyana"]
    assert parse_byline("Editor: Lettu Inf Sahriannor Jamhuri").editors == ["Sahriannor Jamhuri"]


def test_a_dailys_name_printed_beside_its_domain_masthead():
    raw = ("BUTTA.CO.ID\nHarian Butta\nHome\nMakassar\n"
           "Sopir Pete-pete Minta Tarif Angkutan Disesuaikan\nSenin, 16 November 2026 14:05 WITA\n"
           "BUTTA.CO.ID, MAKASSAR -- Ratusan sopir pete-pete di Makassar meminta pemerintah kota menyesuaikan tarif.\n"
           "Mereka menilai tarif yang berlaku sejak tiga tahun lalu tidak lagi sebanding dengan biaya.\n"
           "Copyright © 2026 BUTTA.CO.ID\n")
    assert clean_text(raw).outlet == "Harian Butta"


def test_a_dailys_name_on_a_line_of_its_own_under_a_domain_copyright():
    raw = ("LINTAU\nHarian Umum Sumatera Barat\nlintau.co.id\nBeranda\nPadang\n"
           "Jalan Bypass Padang Tergenang Usai Hujan Deras\nMinggu, 29 November 2026 - 13:25 WIB\n"
           "PADANG (Lintau): Hujan deras sejak pagi membuat sejumlah ruas jalan di Kota Padang tergenang.\n"
           "Genangan terparah terjadi di Jalan Bypass dengan ketinggian air mencapai 30 sentimeter.\n"
           "Harian Lintau\nJl. Veteran No. 7, Padang\n© 2026 lintau.co.id - Harian Lintau\n")
    assert clean_text(raw).outlet == "Harian Lintau"
    # (but a site whose copyright line names it plainly keeps that name under a kicker "Majalah X")
    raw = ("SIGAR.CO\nNasional\nMajalah Sigar\nRumah yang Terus Ditinggikan\nSabtu, 14 November 2026\n"
           "SIGAR.CO, Semarang - Warga Tambak Lorok kembali meninggikan lantai rumah mereka tahun ini.\n"
           "Banjir rob kini masuk ke rumah hampir setiap bulan, kata warga.\n"
           "© Sigar 2026. Hak cipta dilindungi undang-undang.\n")
    assert clean_text(raw).outlet == "Sigar"


def test_a_market_ticker_over_the_masthead_is_no_site_name():
    raw = ("IHSG 7.280,10 +0,35%\nLQ45 905,12 -0,10%\nUSD/IDR 15.910 +0,05%\nKurasi.id\nMarket\nBursa\n"
           "Saham Perbankan Menguat di Awal Sesi\nKamis, 3 Desember 2026 | 09:45\n"
           "Kurasi.id, JAKARTA - Indeks harga saham gabungan dibuka menguat pada perdagangan Kamis pagi.\n"
           "Saham bank berkapitalisasi besar menjadi penopang utama setelah investor asing kembali membeli.\n")
    assert clean_text(raw).outlet == "Kurasi.id"


def test_a_prosecutors_press_desk_is_no_writer():
    assert parse_byline("Penulis: Staf Penkum, Hasrudin Lasaloka").authors == ["Hasrudin Lasaloka"]
    assert parse_byline("Penulis: Penkum Kejati Sultra").authors == []
    assert parse_byline("Penulis: Kasubsi Penkum Fitrianingsih Lamaroa").authors == ["Fitrianingsih Lamaroa"]
