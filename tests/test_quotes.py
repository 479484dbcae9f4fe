"""kilas.understand.quotes: direct, partial and indirect quotes with their speaker."""

from __future__ import annotations

from conftest import analyzed


def quotes_of(paragraphs):
    a = analyzed(paragraphs)
    body = a.body
    for q in a.quotes:
        assert body[q.start:q.end] == q.text, q
        assert q.kind in ("direct", "partial", "indirect")
    return a.quotes


def find(quotes, fragment):
    matches = [q for q in quotes if fragment in q.text]
    assert matches, f"no quote with {fragment!r} in {[q.text for q in quotes]}"
    return matches[0]


def test_direct_quote_with_cue_after():
    qs = quotes_of(['"Kami siap membantu warga yang terdampak banjir," kata Bupati Garut Rudi Hermawan di Garut, Senin.'])
    q = find(qs, "Kami siap membantu")
    assert q.kind == "direct"
    assert q.speaker == "Rudi Hermawan"
    assert q.cue == "kata"
    assert q.text.startswith("Kami siap membantu warga")
    assert not q.text.startswith('"')


def test_clitic_cue_resolves_to_the_previous_speaker_across_paragraphs():
    qs = quotes_of([
        '"Jenazah langsung kami bawa ke rumah sakit untuk diidentifikasi," kata Kapolres Garut AKBP Fajar Nugraha.',
        "Pencarian terhadap satu korban lain masih berlangsung hingga sore.",
        '"Arus sungai masih deras dan keruh, jadi tim harus bekerja ekstra hati-hati," ujarnya.',
    ])
    q = find(qs, "Arus sungai masih deras")
    assert q.kind == "direct"
    assert q.speaker == "Fajar Nugraha"
    assert q.cue == "ujarnya"


def test_clitic_cue_after_a_person_is_introduced():
    qs = quotes_of([
        "Kepala Pelaksana BPBD Garut Asep Mulyana meninjau lokasi pengungsian pada Senin pagi.",
        '"Kebutuhan mendesak saat ini adalah makanan siap saji dan selimut," ujarnya.',
    ])
    assert find(qs, "Kebutuhan mendesak").speaker == "Asep Mulyana"


def test_cue_before_the_quote():
    qs = quotes_of(['Menteri Perdagangan Sri Wulandari mengatakan, "Stok beras di gudang Bulog masih cukup untuk '
                    'enam bulan ke depan."'])
    q = find(qs, "Stok beras di gudang")
    assert q.kind == "direct"
    assert q.speaker == "Sri Wulandari"
    assert q.cue == "mengatakan"


def test_interrupted_quote_keeps_its_speaker_for_both_parts():
    qs = quotes_of(['"Kami siap," kata Ratna Kusumadewi, "tapi anggaran untuk operasi pasar harus segera '
                    'dicairkan pemerintah."'])
    first, second = find(qs, "Kami siap"), find(qs, "tapi anggaran")
    assert first.speaker == "Ratna Kusumadewi"
    assert second.speaker == "Ratna Kusumadewi"
    assert second.kind == "direct"


def test_quote_spanning_two_paragraphs():
    qs = quotes_of([
        "Ketua Komisi VI DPR Ratna Kusumadewi menyampaikan kritik keras kepada pemerintah dalam rapat itu.",
        '"Harga beras sudah naik enam pekan berturut-turut. Warga kecil yang paling terdampak.',
        '"Karena itu kami minta operasi pasar diperluas ke seluruh kabupaten," kata Ratna.',
    ])
    first, second = find(qs, "Harga beras sudah naik"), find(qs, "Karena itu kami minta")
    assert first.kind == second.kind == "direct"
    assert first.speaker == second.speaker == "Ratna Kusumadewi"
    assert "Warga kecil yang paling terdampak" in first.text


def test_missing_closing_mark_runs_to_the_paragraph_end():
    qs = quotes_of([
        '"Tim kami masih di lokasi," kata Kepala Kantor SAR Bandung Deden Supriatna.',
        '"Kami akan terus menyisir aliran sungai sampai semua korban ditemukan dan dievakuasi.',
        "Sementara itu, warga diminta menjauhi bantaran sungai.",
    ])
    q = find(qs, "Kami akan terus menyisir")
    assert q.kind == "direct"
    assert q.speaker == "Deden Supriatna"
    assert q.text.endswith("dievakuasi.")
    assert "Sementara itu" not in q.text


def test_missing_closing_mark_before_the_cue():
    qs = quotes_of(['Kepala Kantor SAR Bandung Deden Supriatna memimpin pencarian sejak pagi. "Tim kami akan terus '
                    'menyisir aliran sungai sampai korban ditemukan, kata Deden.'])
    q = find(qs, "Tim kami akan terus")
    assert q.speaker == "Deden Supriatna"
    assert "kata Deden" not in q.text


def test_partial_quote():
    qs = quotes_of(['Ketua KPK Budi Santoso menyebut kasus itu sebagai "korupsi yang sangat terstruktur" dalam '
                    "konferensi pers di Jakarta."])
    q = find(qs, "korupsi yang sangat terstruktur")
    assert q.kind == "partial"
    assert q.text == "korupsi yang sangat terstruktur"
    assert q.speaker == "Budi Santoso"


def test_indirect_quote_with_menurut():
    qs = quotes_of(["Menurut Hendra Saputra, banjir susulan masih mungkin terjadi jika hujan deras kembali turun."])
    q = find(qs, "banjir susulan")
    assert q.kind == "indirect"
    assert q.speaker == "Hendra Saputra"
    assert q.text == "banjir susulan masih mungkin terjadi jika hujan deras kembali turun"


def test_indirect_quote_with_mengatakan_bahwa():
    qs = quotes_of(["Kepala BMKG Dewi Kartikasari mengatakan bahwa curah hujan ekstrem masih berpotensi terjadi "
                    "hingga akhir pekan."])
    q = find(qs, "curah hujan ekstrem")
    assert q.kind == "indirect"
    assert q.speaker == "Dewi Kartikasari"
    assert q.text.startswith("curah hujan ekstrem")
    assert "bahwa" not in q.text


def test_indirect_quote_with_cue_at_the_end():
    qs = quotes_of(["Stok beras di gudang Bulog masih aman hingga akhir tahun, kata Direktur Utama Perum Bulog "
                    "Hendra Saputra Wibisono."])
    q = find(qs, "Stok beras di gudang Bulog")
    assert q.kind == "indirect"
    assert q.text == "Stok beras di gudang Bulog masih aman hingga akhir tahun"
    assert q.speaker == "Hendra Saputra Wibisono"


def test_indirect_quote_with_cue_at_the_end_and_a_plain_name():
    qs = quotes_of(["Pencarian korban akan dilanjutkan besok pagi jika cuaca membaik, kata Deden Supriatna."])
    q = find(qs, "Pencarian korban")
    assert q.kind == "indirect" and q.speaker == "Deden Supriatna"


def test_organisation_as_speaker():
    qs = quotes_of(['BNPB mengimbau warga tetap waspada. "Kami minta warga yang tinggal di bantaran sungai segera '
                    'menjauh apabila hujan deras turun," kata BNPB dalam keterangan tertulisnya.'])
    q = find(qs, "Kami minta warga")
    assert q.kind == "direct"
    assert q.speaker == "Badan Nasional Penanggulangan Bencana"
    assert q.speaker_text == "BNPB"


def test_organisation_as_speaker_of_indirect_quote():
    qs = quotes_of(["Kementerian Luar Negeri menyatakan bahwa pertemuan khusus para menteri luar negeri ASEAN "
                    "akan digelar di Jakarta."])
    q = find(qs, "pertemuan khusus")
    assert q.kind == "indirect" and q.speaker == "Kementerian Luar Negeri"


def test_curly_quotes():
    qs = quotes_of(["\u201cMembayar tebusan tidak menjamin data dihapus,\u201d ujar Sekretaris Perusahaan Dewi "
                    "Kartika Hasibuan."])
    q = find(qs, "Membayar tebusan")
    assert q.speaker == "Dewi Kartika Hasibuan"
    assert "\u201d" not in q.text and "\u201c" not in q.text


def test_plain_narration_has_no_quotes():
    assert quotes_of(["Hujan deras mengguyur kawasan hulu sejak Minggu sore sehingga debit sungai naik dengan cepat."]) == []


def test_sample_quote_offsets_are_exact(sample_articles):
    n = 0
    for a in sample_articles.values():
        body = a.body
        for q in a.quotes:
            assert body[q.start:q.end] == q.text, (a.id, q)
            n += 1
    assert n > 50


def test_sample_speakers(sample_articles):
    a = sample_articles["wartakini-2026-10-06-banjir-garut"]
    by_text = {q.text[:30]: q.speaker for q in a.quotes if q.kind == "direct"}
    assert by_text["Jenazah langsung kami bawa ke "] == "Fajar Nugraha"
    assert by_text["Hari ini kami turunkan 180 per"] == "Fajar Nugraha"
    assert by_text["Angka ini masih bisa bergerak "] == "Asep Mulyana"
    assert by_text["Saya sudah instruksikan semua "] == "Rudi Hermawan"
