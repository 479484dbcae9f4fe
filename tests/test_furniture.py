"""kilas.clean.furniture and pipeline.clean_documents: a site's own furniture (menus,
slogans, promo lines) is found because it recurs on the site's other pages, while
syndicated copies, reused quotes and headlines in related-article lists are not mistaken
for it. The pages are invented, in the layout of one invented regional site."""

from __future__ import annotations

from kilas import pipeline
from kilas.clean.furniture import Furniture
from kilas.model import Article, RawDocument

HEADER = """TIRAI SULTENG
Kabar dari Teluk Palu
Palu  Sigi  Donggala  Poso  Parigi  Nasional
{section}
{title}
{author} | {author_mail}@tiraisulteng.id
Dipublikasikan: {date}
"""

FOOTER = """Dukung jurnalisme lokal Sulawesi Tengah dengan berlangganan edisi cetak kami.
Diedit oleh: Nurhayati Lamato
Bagikan tulisan ini
Tanggapan Pembaca (0)
Belum ada tanggapan. Jadilah yang pertama.
Tirai Sulteng · PT Tirai Media Palu · © 2026
"""

BODIES = [
    ("Ekonomi", "Harga Bawang Merah Palu Naik Dua Kali Lipat Jelang Akhir Tahun", "Rahmat Lasimpo", "rahmat",
     "2026-11-02 09:10 WITA",
     ["PALU, Tirai – Harga bawang merah lokal di Pasar Inpres Manonda, Kota Palu, naik dari Rp30.000 menjadi "
      "Rp60.000 per kilogram dalam dua pekan terakhir.",
      "Pedagang menyebut pasokan dari sentra bawang di Lembah Palu berkurang karena hujan turun hampir setiap sore.",
      "Konten berlanjut setelah iklan",
      "Dinas Perdagangan Kota Palu berencana menggelar operasi pasar di tiga kelurahan pekan depan."]),
    ("Hukum", "Kejari Donggala Tahan Bendahara Desa Terkait Dana Desa Rp800 Juta", "Sri Wahyuni Daeng", "sri",
     "2026-11-04 14:25 WITA",
     ["DONGGALA, Tirai – Kejaksaan Negeri Donggala menahan bendahara sebuah desa di Kecamatan Banawa berinisial "
      "MS terkait dugaan penyelewengan dana desa senilai Rp800 juta.",
      "Penyidik menyebut dana itu dicairkan untuk proyek irigasi yang tidak pernah dikerjakan.",
      "Konten berlanjut setelah iklan",
      "Tersangka ditahan di Rutan Kelas IIA Palu selama 20 hari ke depan."]),
    ("Daerah", "Jembatan Gantung di Sigi Putus, Puluhan Siswa Harus Menyeberang Sungai", "Rahmat Lasimpo", "rahmat",
     "2026-11-06 07:40 WITA",
     ["SIGI, Tirai – Jembatan gantung yang menghubungkan dua dusun di Kecamatan Kulawi putus diterjang banjir, "
      "Kamis malam.",
      "Puluhan siswa sekolah dasar kini harus menyeberangi sungai dengan bantuan warga setiap pagi.",
      "Konten berlanjut setelah iklan",
      "Pemerintah Kabupaten Sigi berjanji membangun jembatan darurat dalam sepekan."]),
]


def page(section, title, author, mail, date, paragraphs) -> str:
    return HEADER.format(section=section, title=title, author=author, author_mail=mail, date=date) \
        + "\n".join(paragraphs) + "\n" + FOOTER


def docs() -> list[RawDocument]:
    return [RawDocument(id=f"tirai-{i}", source=f"tirai-{i}.txt", text=page(*b)) for i, b in enumerate(BODIES)]


def test_lines_on_three_pages_are_furniture():
    memory = Furniture()
    pages = docs()
    for d in pages:
        memory.add(d.id, d.text)
    found = memory.lines_of(pages[0].id, pages[0].text)
    assert "Kabar dari Teluk Palu" in found
    assert "Konten berlanjut setelah iklan" in found
    assert "Dukung jurnalisme lokal Sulawesi Tengah dengan berlangganan edisi cetak kami." in found
    # paragraphs and the page's own header lines are not
    assert not any(p in found for p in BODIES[0][5] if p != "Konten berlanjut setelah iklan")
    assert BODIES[0][1] not in found


def test_two_pages_are_not_enough():
    memory = Furniture()
    pages = docs()[:2]
    for d in pages:
        memory.add(d.id, d.text)
    assert memory.lines_of(pages[0].id, pages[0].text) == frozenset()


def test_syndicated_copies_do_not_make_their_paragraphs_furniture():
    wire = ["Jakarta (ANTARA) - Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan hujan lebat "
            "mengguyur sebagian besar Sulawesi Tengah hingga akhir pekan.",
            "Masyarakat di bantaran sungai diminta waspada terhadap banjir bandang dan tanah longsor.",
            "Pewarta: Andi Ridwan"]
    memory = Furniture()
    pages = [f"Outlet {i}\nHujan Lebat Diperkirakan Guyur Sulteng\n" + "\n".join(wire) for i in range(4)]
    for i, text in enumerate(pages):
        memory.add(str(i), text)
    found = memory.lines_of("0", pages[0])
    assert not any(line in found for line in wire[:2])


def test_a_reused_quote_is_not_furniture():
    quote = '"Kami tidak akan menoleransi penyelewengan dana desa sekecil apa pun," kata Kajari Donggala.'
    memory = Furniture()
    pages = [f"Berita {i}\nParagraf pembuka yang berbeda pada artikel nomor {i} tentang kasus ini.\n{quote}"
             for i in range(4)]
    for i, text in enumerate(pages):
        memory.add(str(i), text)
    assert quote not in memory.lines_of("0", pages[0])


def test_a_headline_in_other_pages_related_lists_is_not_furniture_of_its_own_page():
    title = "Jembatan Gantung di Sigi Putus, Puluhan Siswa Harus Menyeberang Sungai"
    own = (f"TIRAI\n{title}\nOleh Rahmat\nJembatan gantung yang menghubungkan dua dusun di Kecamatan Kulawi "
           "putus diterjang banjir pada Kamis malam.\n")
    others = [f"TIRAI\nJudul lain {i}\nOleh Sri\nParagraf pertama artikel nomor {i} membahas hal lain yang sama "
              f"sekali berbeda dari jembatan itu.\nBerita Terkait\n{title}" for i in range(3)]
    memory = Furniture()
    for i, text in enumerate([own, *others]):
        memory.add(str(i), text)
    found = memory.lines_of("0", own)
    assert title not in found
    assert "TIRAI" in found


def test_clean_documents_removes_a_sites_furniture_and_keeps_its_metadata():
    results = list(pipeline.clean_documents(docs()))
    assert all(isinstance(r, Article) for r in results)
    for result, (section, title, author, _, date, paragraphs) in zip(results, BODIES):
        body = [paragraphs[0].split("– ", 1)[1], *paragraphs[1:2], *paragraphs[3:]]
        assert result.paragraphs == body
        assert result.title == title
        assert result.authors == [author]
        assert result.editors == ["Nurhayati Lamato"]
        assert result.published == date.replace(" ", "T").replace(" WITA", "")[:16] + ":00+08:00"
        assert result.dateline in ("Palu", "Donggala", "Sigi")


def test_one_page_alone_still_gets_its_metadata():
    alone = pipeline.clean_one(docs()[1])
    assert alone.title == BODIES[1][1]
    assert alone.authors == ["Sri Wahyuni Daeng"]
    assert alone.published == "2026-11-04T14:25:00+08:00"


def test_the_memory_is_bounded(monkeypatch):
    from kilas.clean import furniture

    monkeypatch.setattr(furniture, "CAPACITY", 10)
    memory = Furniture()
    for i in range(25):
        memory.add(str(i), f"Slogan situs\nBaris khusus halaman {i}")
    assert len(memory) <= 10
    assert "Slogan situs" in memory.lines_of("24", "Slogan situs\nBaris khusus halaman 24")


def test_prose_between_two_furniture_lines_on_every_page_is_a_promo_box():
    promo = ("Dapatkan cashback hingga Rp100.000 untuk pembelian SBN ritel pertama Anda di aplikasi Imbal. "
             "Syarat dan ketentuan berlaku.")
    quote = '"Kami tidak akan menoleransi penyelewengan dana desa sekecil apa pun," kata Kajari Donggala.'
    memory = Furniture()
    unique = ["Paragraf pembuka artikel nomor {} tentang reksa dana pasar uang dan obligasi negara ritel.",
              "Paragraf kedua artikel nomor {} membahas imbal hasil dan risiko yang perlu dipahami investor pemula.",
              "Paragraf ketiga artikel nomor {} mengutip analis pasar modal tentang arah suku bunga acuan tahun depan.",
              "Paragraf penutup artikel nomor {} berbeda dari artikel lain dan membahas strategi investasi jangka panjang."]
    pages = [f"IMBAL.ID\nJudul {i}\n{unique[0].format(i)}\n{unique[1].format(i)}\nPromo\n{promo}\nCek Promo\n{quote}\n"
             f"{unique[2].format(i)}\n{unique[3].format(i)}" for i in range(4)]
    for i, text in enumerate(pages):
        memory.add(str(i), text)
    found = memory.lines_of("0", pages[0])
    assert {"Promo", "Cek Promo", promo} <= found
    assert quote not in found  # reused prose with body on either side stays
