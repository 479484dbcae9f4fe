"""kilas.understand.entities: PER, ORG and LOC on realistic news sentences."""

from __future__ import annotations

import re

import pytest

from kilas.understand.canonical import canonicalise
from kilas.understand.entities import recognise
from kilas.understand.sentences import split


def entities(text: str):
    found = canonicalise(text, recognise(text, split(text)))
    for e in found:
        assert text[e.start:e.end] == e.text
        assert e.label in ("PER", "ORG", "LOC")
    return found


def spans(found, label: str) -> list[str]:
    return [e.text for e in found if e.label == label]


def person(found, name: str):
    matches = [e for e in found if e.label == "PER" and e.text == name]
    assert matches, f"no PER {name!r} in {[(e.text, e.label) for e in found]}"
    return matches[0]


# --- people, with the title or role that precedes the name ---------------------------------


@pytest.mark.parametrize("text, name, role", [
    ("Menteri Perdagangan Sri Wulandari meluncurkan operasi pasar beras di Jakarta, Senin.",
     "Sri Wulandari", "Menteri Perdagangan"),
    ("Wali Kota Surabaya Eko Budi Hartanto membuka pasar murah di Kecamatan Tambaksari.",
     "Eko Budi Hartanto", "Wali Kota Surabaya"),
    ("Komisi Pemberantasan Korupsi menahan Kepala Dinas PUPR Provinsi Bengkulu Rozali Effendi pada Selasa malam.",
     "Rozali Effendi", "Kepala Dinas PUPR Provinsi Bengkulu"),
    ("Sidang itu dihadiri Presiden Joko Widodo dan sejumlah menteri.", "Joko Widodo", "Presiden"),
])
def test_title_before_a_name_gives_a_person_with_role(text, name, role):
    e = person(entities(text), name)
    assert e.role == role


def test_spokesperson_title_at_sentence_start():
    found = entities("Juru Bicara KPK Ardian Pramudya mengatakan penyidik menyita uang tunai Rp 450 juta.")
    e = person(found, "Ardian Pramudya")
    assert e.role and "Juru Bicara" in e.role
    assert "KPK" in spans(found, "ORG")
    assert not any("Ardian" in e.text for e in found if e.label != "PER")


def test_honorific_inside_a_role_is_not_an_organisation():
    found = entities("Sementara itu, Bupati Garut H. Rudi Hermawan menetapkan status tanggap darurat selama 14 hari.")
    rudi = [e for e in found if e.label == "PER" and e.text.endswith("Rudi Hermawan")]
    assert rudi and rudi[0].role and rudi[0].role.startswith("Bupati")
    assert not any(e.label == "ORG" and "Garut" in e.text for e in found), found


def test_police_rank_is_part_of_the_role_not_an_organisation():
    found = entities("Kapolres Garut AKBP Fajar Nugraha mengatakan area pencarian diperluas hingga ke hilir.")
    assert person(found, "Fajar Nugraha").role.startswith("Kapolres Garut")
    assert not any(e.label == "ORG" and "AKBP" in e.text for e in found), found


def test_role_naming_a_country_does_not_swallow_it_into_the_name():
    found = entities("Presiden Korea Selatan Moon Jae-in tiba di Jakarta pada Senin malam.")
    assert "Moon Jae-in" in spans(found, "PER")
    assert not any(e.label == "PER" and "Korea" in e.text for e in found), found


def test_person_after_a_speech_cue():
    found = entities('"Hari ini kami turunkan 180 personel gabungan," kata Fajar saat ditemui di lokasi.')
    assert spans(found, "PER") == ["Fajar"]


# --- organisations ------------------------------------------------------------------------


def test_acronyms_are_organisations():
    found = entities("KPK memeriksa lima saksi, sementara BNPB mengirim logistik ke Garut bersama Basarnas dan Polri.")
    orgs = spans(found, "ORG")
    for acronym in ("KPK", "BNPB", "Polri"):
        assert acronym in orgs, (acronym, orgs)


def test_long_organisation_name_with_its_acronym():
    found = entities("Komisi Pemberantasan Korupsi (KPK) menggelar operasi tangkap tangan di Kota Bengkulu.")
    assert "Komisi Pemberantasan Korupsi" in spans(found, "ORG")
    assert "KPK" in spans(found, "ORG")


def test_organisation_name_with_dan_is_one_organisation():
    found = entities("Badan Siber dan Sandi Negara (BSSN) menyelidiki serangan ransomware terhadap perusahaan itu.")
    assert not spans(found, "PER"), found
    assert any(e.label == "ORG" and e.canonical == "Badan Siber dan Sandi Negara" for e in found)


def test_company_names():
    found = entities("Saham PT Jaringan Data Andalas Tbk. turun 7 persen setelah serangan siber.")
    assert any(e.label == "ORG" and e.text.startswith("PT Jaringan Data Andalas") for e in found), found


# --- places -------------------------------------------------------------------------------


def test_places_with_head_words():
    found = entities("Banjir bandang melanda Kabupaten Garut setelah Sungai Cimanuk meluap pada Senin dini hari.")
    locs = spans(found, "LOC")
    assert "Kabupaten Garut" in locs
    assert "Sungai Cimanuk" in locs
    assert not spans(found, "PER")


def test_places_after_prepositions_and_known_places():
    found = entities("Tim SAR gabungan dikerahkan dari Bandung ke Garut, Jawa Barat.")
    locs = spans(found, "LOC")
    for place in ("Bandung", "Garut", "Jawa Barat"):
        assert place in locs, (place, locs)


# --- what is not an entity ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Namun, warga tetap waspada terhadap banjir susulan.",
    "Selain itu, petugas membagikan masker kepada pengungsi.",
    "Hingga kini pencarian korban masih berlangsung.",
    "Sementara itu, harga beras medium terus naik.",
    "Warga mengungsi ke masjid dan gedung sekolah.",
    "Pencarian dihentikan karena hujan deras.",
    "Hujan Deras Guyur Kota",
])
def test_sentence_initial_common_words_are_not_entities(text):
    assert entities(text) == []


def test_capitalised_common_words_in_a_headline_are_not_people():
    found = entities("Harga Pangan Naik Jelang Akhir Tahun")
    assert not spans(found, "PER"), found


def test_entities_on_the_sample_have_exact_offsets(sample_articles):
    for a in sample_articles.values():
        body = a.body
        for e in a.entities:
            assert body[e.start:e.end] == e.text, (a.id, e)


_TITLE_ABBREVIATIONS = {"Dr", "Drs", "Prof", "Ir", "H", "Hj", "Muh", "Moh", "Kab", "Kec", "Kel", "Jl", "No", "Pol", "St", "KH"}


def test_entities_never_span_two_sentences(sample_articles):
    for a in sample_articles.values():
        for e in a.entities:
            assert any(s.start <= e.start and e.end <= s.end for s in a.sentences), (a.id, e.text)
            # A period inside a name belongs to a title or an initial ("Dr. Hendra", "Muh. Fadli").
            for word in re.findall(r"(\w+)\. ", e.text):
                assert len(word) == 1 or word.capitalize() in _TITLE_ABBREVIATIONS, (a.id, e.text)


def test_sample_people(sample_articles):
    garut = sample_articles["antarnusa-2026-10-05-banjir-garut"]
    people = {e.canonical for e in garut.entities if e.label == "PER"}
    assert {"Hendra Saputra", "Asep Mulyana", "Dewi Kartikasari"} <= people
    orgs = {e.text for e in garut.entities if e.label == "ORG"}
    assert {"BNPB", "BMKG Jawa Barat"} <= orgs  # ("prakirawan BMKG Jawa Barat": the regional office)
    locs = {e.text for e in garut.entities if e.label == "LOC"}
    assert {"Kabupaten Garut", "Sungai Cimanuk"} <= locs


def test_regional_bodies_are_one_organisation():
    from kilas.understand.entities import recognise

    text = ("Pemerintah Kabupaten Bogor dan Pemerintah Kota Bogor menandatangani kesepakatan. "
            "Polres Manggarai Barat menyelidiki kasus itu, sementara Dinas Pendidikan Kalbar menyiapkan bantuan.")
    found = {(e.text, e.label) for e in recognise(text)}
    for name in ("Pemerintah Kabupaten Bogor", "Pemerintah Kota Bogor", "Polres Manggarai Barat",
                 "Dinas Pendidikan Kalbar"):
        assert (name, "ORG") in found, (name, found)


def test_names_the_data_knows_are_found_where_the_model_missed_them():
    from kilas.understand.entities import _gazetteer
    from kilas.understand.sentences import split

    text = "Delegasi Britania Raya bertemu utusan PBB di Jenewa."
    found = {(e.text, e.label) for e in _gazetteer([], text, split(text))}
    assert ("Britania Raya", "LOC") in found and ("PBB", "ORG") in found


def test_a_numbered_military_unit_is_one_organisation_up_to_a_rank():
    from kilas.understand.entities import recognise

    text = ("Komandan Kodim 1501/Ternate Letkol Inf Bayu Prasetyo bersama prajurit Yonif 742/Satya Wira Yudha "
            "dan Kodam IV/Diponegoro membantu warga.")
    units = {e.text for e in recognise(text) if e.label == "ORG"}
    assert {"Kodim 1501/Ternate", "Yonif 742/Satya Wira Yudha", "Kodam IV/Diponegoro"} <= units


def test_a_bracketed_acronym_makes_its_spelled_out_run_one_organisation():
    from kilas.understand.canonical import canonicalise
    from kilas.understand.entities import recognise

    text = ("Pusat Studi Kebencanaan dan Mitigasi Pesisir (PSKMP) merilis peta rawan abrasi. "
            "Badan Riset, Inovasi, dan Teknologi Daerah (BRITD) ikut menandatangani kajian itu.")
    found = canonicalise(text, recognise(text))
    names = {e.text: e.canonical for e in found if e.label == "ORG"}
    assert names.get("Pusat Studi Kebencanaan dan Mitigasi Pesisir") == names.get("PSKMP"), names
    assert names.get("Badan Riset, Inovasi, dan Teknologi Daerah") == names.get("BRITD"), names


def test_an_embassy_a_headquarters_and_a_head_with_one_name_word_are_one_organisation():
    from kilas.understand.entities import recognise

    text = ("Kedutaan Besar Kanada membuka pendaftaran beasiswa. Markas Besar TNI mengirim dua kapal. "
            "Polresta Barelang memeriksa sopir itu. Ketua BEM Unhalu berorasi di depan gedung rektorat.")
    orgs = {e.text for e in recognise(text) if e.label == "ORG"}
    assert {"Kedutaan Besar Kanada", "Markas Besar TNI", "Polresta Barelang", "BEM Unhalu"} <= orgs, orgs


def test_a_formal_country_name_and_a_body_named_after_a_person_are_one_name():
    from kilas.understand.entities import recognise

    text = ("Republik Sosialis Vietnam mengirim delegasi dagang. Pasien dirujuk ke RSUP Dr. Kariadi "
            "di Semarang, lalu dipindahkan ke Universitas Jenderal Achmad Yani untuk penelitian.")
    names = {e.text for e in recognise(text)}
    assert "Republik Sosialis Vietnam" in names, names
    assert "RSUP Dr. Kariadi" in names, names


def test_the_person_after_a_role_and_a_body_keeps_the_role():
    from kilas.understand.entities import recognise

    text = "Direktur RSUD dr. Budiman Santoso mengatakan ruang isolasi sudah penuh."
    people = {e.text for e in recognise(text) if e.label == "PER"}
    assert "Budiman Santoso" in people, people


def test_heads_of_two_words_missions_named_with_their_city_and_bare_place_names():
    from kilas.understand.entities import recognise

    text = ("Warga diminta melapor ke Kedutaan Besar Republik Indonesia di Lima. Direktorat Jenderal "
            "Perlindungan Konsumen dan Tertib Niaga memeriksa gudang itu. Air Sungai Walanae naik dua meter. "
            "Warga di tepi Walanae mengungsi.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Kedutaan Besar Republik Indonesia di Lima", "ORG") in found, found
    assert ("Direktorat Jenderal Perlindungan Konsumen dan Tertib Niaga", "ORG") in found, found
    assert ("Walanae", "LOC") in found, found


def test_a_given_name_the_model_left_in_the_role_is_part_of_the_name():
    from kilas.understand.entities import recognise

    text = "Menteri Keuangan (Menkeu) Purbaya Yudhi Sadewa memberi respons. Wartawan bertanya kepada Purbaya."
    people = {e.text for e in recognise(text) if e.label == "PER"}
    assert "Purbaya Yudhi Sadewa" in people, people


def test_two_bodies_named_with_a_slash_are_one_name_but_not_a_name_and_its_acronym():
    from kilas.understand.entities import recognise

    text = ("Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional mencabut sertifikat. Menteri "
            "Kementerian PPN/Bappenas Lestari Handayani menyusun rencana. Menurut KLH/BPLH, sampah meningkat. "
            "Republic of Singapore Air Force/RSAF mengirim pesawat.")
    found = {(e.text, e.label) for e in recognise(text)}
    for name in ("Kementerian Agraria dan Tata Ruang/Badan Pertanahan Nasional", "Kementerian PPN/Bappenas",
                 "KLH/BPLH"):
        assert (name, "ORG") in found, (name, found)
    assert ("Lestari Handayani", "PER") in found
    assert ("RSAF", "ORG") in found


def test_a_name_and_its_own_acronym_after_a_slash_are_two_mentions():
    from kilas.model import Entity
    from kilas.understand.entities import _slash_names

    text = "Organisasi Kakao Internasional (International Cocoa Organization/ICCO) mencatat panen pulih."
    name = "International Cocoa Organization/ICCO"
    start = text.index(name)
    found = _slash_names([Entity(name, "ORG", start, start + len(name), canonical=name)], text)
    assert {(e.text, e.label) for e in found} == {("International Cocoa Organization", "ORG"), ("ICCO", "ORG")}


def test_a_place_of_two_words_the_model_cut_into_two_places_is_one():
    from kilas.model import Entity
    from kilas.understand.entities import _whole_places

    text = "Warga Padang Pariaman mengungsi ke Kota Padang, sementara Jawa Barat Cup ditunda."
    pieces = [Entity(w, "LOC", text.index(w), text.index(w) + len(w), canonical=w) for w in ("Padang", "Pariaman")]
    cup = Entity("Jawa Barat Cup", "ORG", text.index("Jawa"), text.index("Cup") + 3, canonical="Jawa Barat Cup")
    found = _whole_places(pieces + [cup], text, split(text))
    assert ("Padang Pariaman", "LOC") in {(e.text, e.label) for e in found}
    assert ("Jawa Barat Cup", "ORG") in {(e.text, e.label) for e in found}
    assert not any(e.text in ("Padang", "Pariaman") and e.start < text.index("mengungsi") for e in found)


def test_a_person_the_model_tagged_in_part_is_the_whole_run_of_name_words():
    from kilas.model import Entity
    from kilas.understand.entities import _whole_people

    text = ("Emas dipersembahkan Salsabila Kurnia Putri di nomor tanding. Pelatih, Kurnia Sandy, puas. "
            "Menurut Pembangunan Nusantara kurang.")
    part = text.index("Kurnia")
    later = text.index("Nusantara")
    found = _whole_people([Entity("Kurnia", "PER", part, part + 6, "Kurnia"),
                           Entity("Nusantara", "PER", later, later + 9, "Nusantara")], text, split(text))
    assert [e.text for e in found] == ["Salsabila Kurnia Putri", "Nusantara"]  # no derived noun joins a name


def test_a_known_long_name_with_commas_replaces_the_models_pieces_of_it():
    text = ("Kementerian Pendidikan Tinggi, Sains, dan Teknologi menyalurkan beasiswa riset. "
            "Kemendiktisaintek menargetkan 500 penerima.")
    found = canonicalise(text, recognise(text))
    long = [e for e in found if e.text == "Kementerian Pendidikan Tinggi, Sains, dan Teknologi"]
    assert long and long[0].label == "ORG"
    assert not [e for e in found if e.start < long[0].end and e is not long[0] and e.end > long[0].start]
    assert {e.canonical for e in found if e.text == "Kemendiktisaintek"} == {long[0].canonical}


def test_a_lower_case_word_closing_a_model_name_is_cut_but_a_joining_word_is_read_on():
    text = "Menurut dia, Pemerintah Kota Tanjungpinang baru mengeluarkan surat dukungan awal."
    assert ("Pemerintah Kota Tanjungpinang", "ORG") in {(e.text, e.label) for e in recognise(text)}
    text = "Penandatanganan berlangsung di Kantor Kementerian Energi dan Sumber Daya Mineral, Jakarta."
    assert any(e.text.endswith("Kementerian Energi dan Sumber Daya Mineral") for e in recognise(text))


def test_a_regional_body_after_a_long_name_or_a_short_form_not_in_capitals():
    text = ("Darmadi melapor ke Badan Pengawas Pemilihan Umum Provinsi Sumatera Selatan (Bawaslu Sumsel). "
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah menerbitkan izin. "
            "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten OKI, Maisaroh, hadir. Walhi Sultra menolak.")
    found = {(e.text, e.label) for e in recognise(text)}
    for name in ("Bawaslu Sumsel",
                 "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Provinsi Jawa Tengah",
                 "Dinas Kependudukan dan Pencatatan Sipil Kabupaten OKI", "Walhi Sultra"):
        assert (name, "ORG") in found, (name, found)


def test_two_bodies_joined_by_dan_stay_two_unless_the_data_knows_the_whole_name():
    text = ("Tim gabungan Direktorat Jenderal Penegakan Hukum Kehutanan dan Balai Konservasi Sumber Daya Alam "
            "Aceh menangkap dua warga. Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Selayar, "
            "Wahid, memeriksa manifes. Ketua DPC Demokrat Kota Tegal menunggu.")
    texts = {e.text for e in recognise(text)}
    assert not any(t.startswith("Direktorat Jenderal Penegakan Hukum Kehutanan dan") for t in texts), texts
    assert "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Selayar" in texts
    assert "Demokrat Kota Tegal" not in texts


def test_a_rank_after_the_place_ends_the_body_and_a_rank_alone_is_nobody():
    text = "Kasat Reskrim Polres Nias Selatan AKP Mardongan Pasaribu mengatakan arca itu hilang."
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Polres Nias Selatan", "ORG") in found, found
    assert ("Mardongan Pasaribu", "PER") in found
    assert not any(t == "AKP" for t, _ in found)


def test_a_rank_opens_a_persons_name_the_model_called_a_place_and_a_corps_is_part_of_the_rank():
    text = ("Di antara prajurit terdapat 42 prajurit perempuan, salah satunya Sertu Dewi Kartika Sari. "
            "Komandan upacara, Kolonel Inf Budi Santoso, memeriksa barisan.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Dewi Kartika Sari", "PER") in found, found
    assert ("Budi Santoso", "PER") in found, found


def test_numbered_commissions_and_regional_offices_with_the_body_they_belong_to():
    text = ("Komisi V DPR meminta kementerian bergerak. Ketua Komisi V menutup rapat. Usulan dikirim ke "
            "Kantor Regional XI BKN di Manado; Kanreg XI BKN menerimanya. Kanwil IV KPPU memeriksa dokumen.")
    found = canonicalise(text, recognise(text))
    names = {e.text: e.canonical for e in found}
    assert names["Komisi V"] == names["Komisi V DPR"]
    assert names["Kanreg XI BKN"] == names["Kantor Regional XI BKN"]
    assert "Kanwil IV KPPU" in names


def test_a_regional_body_in_a_title_case_headline_and_short_forms_of_parts():
    text = ("PN Manokwari Tolak Gugatan Masyarakat Adat\n\nSampel dikirim ke Labkesda Banten. Menurut Ombudsman RI, "
            "laporan serupa datang dari daerah lain. Ombudsman Jabar menerima 40 aduan.")
    found = {(e.text, e.label) for e in recognise(text)}
    for name in ("PN Manokwari", "Labkesda Banten", "Ombudsman RI", "Ombudsman Jabar"):
        assert (name, "ORG") in found, (name, found)


def test_a_cooperative_named_like_a_person_is_one_organisation():
    text = "Sampel dikirim ke laboratorium. KSP Brantas Makmur bangkrut setelah nasabah menarik dana."
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("KSP Brantas Makmur", "ORG") in found, found


def test_a_body_after_a_sentence_opening_word_and_a_unit_head_ends_the_run():
    text = ("Menurut Ditjen PKTN, praktik kemas ulang serupa ditemukan di dua provinsi lain. Komandan Satgas "
            "Pamtas RI-RDTL Yonif 742/SWY mengatakan pos pemeriksaan ditambah.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Ditjen PKTN", "ORG") in found, found
    assert ("Satgas Pamtas RI-RDTL", "ORG") in found, found
    assert ("Yonif 742/SWY", "ORG") in found, found


def test_a_place_named_by_two_compass_words_is_read_whole():
    text = "Kampung adat itu berada di Kecamatan Kodi Bangedo, Kabupaten Sumba Barat Daya, Nusa Tenggara Timur."
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Kabupaten Sumba Barat Daya", "LOC") in found, found


def test_a_person_found_by_one_name_is_found_where_the_article_gives_the_whole_name():
    from kilas.model import Entity
    from kilas.understand.entities import _people_named_in_full

    text = ("Salah satunya Engkos Kuswara, warga Kecamatan Saguling. Menurut Engkos, harga pakan naik. "
            "Engkos Jakarta? Bukan.")
    at = text.index("Engkos,")
    found = _people_named_in_full([Entity("Engkos", "PER", at, at + 6, "Engkos")], text, split(text))
    assert [e.text for e in found] == ["Engkos Kuswara", "Engkos"]  # no place joins a name


def test_a_hospital_named_after_a_person_after_a_role_when_the_article_names_it_so_elsewhere():
    text = ("Pasien dirujuk ke RSUD dr. Mohammad Zyn. Direktur RSUD Mohammad Zyn mengatakan obat tersedia. "
            "Direktur RSUD dr. Budi Santoso hadir.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("RSUD Mohammad Zyn", "ORG") in found, found
    assert ("Budi Santoso", "PER") in found


def test_a_hospital_named_after_a_person_with_initials_is_one_body():
    text = ("Rumah Sakit Umum Pusat Prof. Dr. R. D. Kandou di Manado melakukan operasi jantung anak. "
            "Direktur Utama RSUP Prof. Dr. R. D. Kandou mengatakan pasien stabil.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Rumah Sakit Umum Pusat Prof. Dr. R. D. Kandou", "ORG") in found, found
    assert ("RSUP Prof. Dr. R. D. Kandou", "ORG") in found, found


def test_a_military_command_named_after_a_hero_is_one_body():
    text = "Personel Komando Daerah Militer Iskandar Muda dan Basarnas membantu evakuasi warga."
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Komando Daerah Militer Iskandar Muda", "ORG") in found, found


def test_an_office_and_the_regional_government_it_belongs_to_are_two_mentions():
    from kilas.model import Entity
    from kilas.understand.entities import _parent_governments

    text = "Kepala Dinas Pariwisata Pemkab Asmat mengatakan wisatawan bertambah."
    name = "Dinas Pariwisata Pemkab Asmat"
    start = text.index(name)
    found = _parent_governments([Entity(name, "ORG", start, start + len(name), canonical=name)])
    assert [(e.text, text[e.start:e.end]) for e in found] == [("Dinas Pariwisata", "Dinas Pariwisata"),
                                                             ("Pemkab Asmat", "Pemkab Asmat")]


def test_a_companys_secretary_is_a_role_not_part_of_the_companys_name():
    text = "Sekretaris Perusahaan Pupuk Kaltim, Bayu Anggoro Setiaji, memastikan pasokan aman."
    orgs = {e.text for e in recognise(text) if e.label == "ORG"}
    assert "Perusahaan Pupuk Kaltim" not in orgs, orgs


def test_names_the_model_cuts_before_a_form_a_class_a_city_or_an_admin_head():
    text = ("Penyidik memeriksa Direktur CV Rimba Lestari Abadi, Hendra Wijaya, pada Senin. Kepala Kantor "
            "Kesyahbandaran dan Otoritas Pelabuhan Kelas III Kolaka menunda keberangkatan kapal. Kedutaan Besar "
            "Republik Indonesia di Hanoi membuka posko. Majelis hakim Pengadilan Tindak Pidana Korupsi pada "
            "Pengadilan Negeri Kupang menjatuhkan vonis. Kafilah Kota Lubuklinggau keluar sebagai juara umum.")
    found = entities(text)
    orgs = spans(found, "ORG")
    assert "CV Rimba Lestari Abadi" in orgs
    assert "Kantor Kesyahbandaran dan Otoritas Pelabuhan Kelas III Kolaka" in orgs
    assert "Kedutaan Besar Republik Indonesia di Hanoi" in orgs
    assert "Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Kupang" in orgs
    assert "Kota Lubuklinggau" in spans(found, "LOC")


def test_a_company_form_held_by_another_mention_does_not_swallow_the_person_after_it():
    text = "Direktur Konsumer PT Telkom Guntur Siregar ditetapkan menjadi tersangka."
    found = entities(text)
    assert not any(e.text.endswith("Guntur Siregar") and e.label == "ORG" for e in found)


def test_a_company_the_model_cut_in_two_is_one_name_but_not_the_director_after_it():
    from kilas.model import Entity
    from kilas.understand.entities import _company_cut_in_two

    def at(text, surface, label, pos=0):
        i = text.index(surface, pos)
        return Entity(surface, label, i, i + len(surface), canonical=surface)

    text = "Warga menggugat PT Sabda Rimba Utama. Kebun Sabda Rimba Utama tetap dikelola."
    found = _company_cut_in_two([at(text, "PT Sabda", "ORG"), at(text, "Rimba Utama", "PER")], text)
    assert [(e.text, e.label) for e in found] == [("PT Sabda Rimba Utama", "ORG")]
    text = "Terdakwa Dirut PT DNG M Akhirman Lubis alias Kiman hadir."
    found = _company_cut_in_two([at(text, "PT DNG", "ORG"), at(text, "M Akhirman Lubis", "PER")], text)
    assert [(e.text, e.label) for e in found] == [("PT DNG", "ORG"), ("M Akhirman Lubis", "PER")]


def test_a_known_companys_name_the_model_cut_at_dan_is_whole_with_its_form():
    text = "Pemegang saham PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara menyetujui pemisahan unit syariah."
    orgs = spans(entities(text), "ORG")
    assert "PT Bank Pembangunan Daerah Kalimantan Timur dan Kalimantan Utara" in orgs, orgs


def test_a_town_force_keeps_kota_after_its_place_and_the_rank_after_it_is_not_part_of_it():
    text = ("Kasat Reskrim Polres Kediri Kota AKP Joko Santosa mengatakan pelaku ditangkap, sementara Polres "
            "Kediri menyelidiki kasus lain.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Polres Kediri Kota", "ORG") in found, found
    assert ("Polres Kediri", "ORG") in found, found
    assert not any("AKP" in t for t, label in found if label != "PER"), found


def test_two_bodies_the_model_joined_with_dan_and_a_description_before_a_name():
    text = "Pameran itu digelar Kementerian Kebudayaan dan Yayasan Rumah Tenun Nusantara di Jakarta."
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("Kementerian Kebudayaan", "ORG") in found, found
    text = "Acara itu didukung Kementerian Kebudayaan dan Pariwisata serta Badan Pusat Statistik."
    assert ("Kementerian Kebudayaan dan Pariwisata", "ORG") in {(e.text, e.label) for e in recognise(text)}
    text = "Lembaga konservasi Borneo Orangutan Survival Foundation (BOSF) melepasliarkan tiga orangutan."
    orgs = spans(entities(text), "ORG")
    assert "Borneo Orangutan Survival Foundation" in orgs, orgs


def test_a_north_maluku_haji_does_not_end_the_sentence_or_the_name():
    text = "Sekretaris Daerah Maluku Utara, Arsyad Hi. Kamarullah, mengatakan kebijakan itu berlaku Senin."
    assert len(split(text)) == 1
    person(entities(text), "Arsyad Hi. Kamarullah")


def test_a_province_or_regency_the_model_cut_before_the_last_word_of_its_name():
    text = ("Tolikara dulu bagian dari Provinsi Papua sebelum bergabung dengan Provinsi Papua Pegunungan. "
            "Warga Kabupaten Padang Pariaman dan Kota Padang hadir.")
    places = spans(entities(text), "LOC")
    assert {"Provinsi Papua", "Provinsi Papua Pegunungan", "Kabupaten Padang Pariaman", "Kota Padang"} <= set(places), places


def test_a_known_body_before_dan_ends_there_unless_a_known_name_goes_on():
    text = "Pencatatan itu harus memenuhi ketentuan Otoritas Jasa Keuangan dan Monetary Authority of Singapore."
    orgs = spans(entities(text), "ORG")
    assert "Otoritas Jasa Keuangan" in orgs, orgs
    text = "Rapat itu dihadiri Kementerian Hukum dan HAM serta Polri."
    assert "Kementerian Hukum dan HAM" in spans(entities(text), "ORG")


def test_legal_aid_food_and_drug_and_higher_education_offices_with_their_names():
    text = ("Kuasa hukum penggugat dari Lembaga Bantuan Hukum Kasuari akan banding. LBH Kasuari juga menyiapkan "
            "laporan. Kepala BBPOM Serang mengatakan hasil uji keluar lima hari lagi.")
    found = {(e.text, e.label) for e in recognise(text)}
    assert ("LBH Kasuari", "ORG") in found, found
    assert ("BBPOM Serang", "ORG") in found, found


def test_a_fort_by_its_indonesian_head_and_a_butonese_noble_name_kept_whole():
    text = ("Pemugaran Benteng Duurstede di Pulau Saparua rampung. Pasukan rakyat merebut Fort Duurstede pada 1817. "
            "\"Duurstede bukan sekadar bangunan tua,\" kata Ambrosianus Pattiasina.\n\n"
            "Calon jemaah asal Kabupaten Buton, Wa Ode Siti Rukmini, mengaku lega. \"Sekarang lebih dekat,\" "
            "kata Wa Ode Rukmini.")
    found = entities(text)
    forts = {e.canonical for e in found if e.text in ("Benteng Duurstede", "Fort Duurstede", "Duurstede")}
    assert len(forts) == 1 and {e.text for e in found} >= {"Benteng Duurstede", "Fort Duurstede", "Duurstede"}
    assert person(found, "Wa Ode Rukmini").canonical == person(found, "Wa Ode Siti Rukmini").canonical


def test_a_regional_office_by_its_number_is_one_name():
    text = ("Tim Balai Pelestarian Kebudayaan Wilayah XI tiba di lokasi sehari kemudian. Warga diminta melapor. "
            "BPK Wilayah XI mencatat 27 laporan temuan bata kuno. Kepala BPK Wilayah X juga hadir.")
    found = entities(text)
    assert "Balai Pelestarian Kebudayaan Wilayah XI" in spans(found, "ORG")
    assert {"BPK Wilayah XI", "BPK Wilayah X"} <= set(spans(found, "ORG"))
    office = {e.canonical for e in found if e.text in ("BPK Wilayah XI", "Balai Pelestarian Kebudayaan Wilayah XI")}
    assert len(office) == 1


def test_a_pilgrims_title_in_full_is_no_part_of_the_name():
    text = ("Salah satu pengusaha tenun, Hajjah Andi Besse Makkawaru (68), mengatakan pesanan naik. "
            "Usaha yang dirintis Hajjah Besse sejak 1982 itu kini mempekerjakan 45 penenun. Kondisi itu dibenarkan "
            "Andi Besse Cenning Tenripada, ketua asosiasi perajin.")
    found = entities(text)
    pilgrim = {e.canonical for e in found if "Makkawaru" in e.text or e.text in ("Hajjah Besse", "Besse")}
    assert len(pilgrim) == 1 and "Hajjah" not in pilgrim.pop()


def test_yogyakartas_javanese_name_for_its_culture_office():
    text = ("Dinas Kebudayaan Daerah Istimewa Yogyakarta membantu persiapan upacara. "
            "Menurut Kundha Kabudayan DIY, acara itu dihadiri ribuan warga.")
    found = entities(text)
    office = {e.canonical for e in found if e.text in ("Kundha Kabudayan DIY", "Dinas Kebudayaan Daerah Istimewa Yogyakarta")}
    assert "Kundha Kabudayan DIY" in spans(found, "ORG") and len(office) == 1


def test_a_hospital_named_after_a_person_with_a_given_name_cut_short():
    text = "Pasien dirujuk ke Rumah Sakit Umum Daerah Dr. H. Moch. Ansari Saleh di Banjarmasin, Senin pagi."
    assert "Rumah Sakit Umum Daerah Dr. H. Moch. Ansari Saleh" in spans(entities(text), "ORG")


def test_a_sumatran_city_government_as_pemko():
    text = ("Pemerintah Kota Sabang tidak menutup lokasi selam. Menurut Pemko Sabang, sebagian besar "
            "pengunjung kini memilih titik lain.")
    found = entities(text)
    city = {e.canonical for e in found if e.text in ("Pemerintah Kota Sabang", "Pemko Sabang")}
    assert "Pemko Sabang" in spans(found, "ORG") and len(city) == 1


def test_a_division_of_the_police_headquarters_by_its_short_form():
    text = ("Kasus itu juga melibatkan Divisi Hubungan Internasional Polri. Kepala Divhubinter Polri, "
            "Irjen Pol Ardanu Wibisono Putra, mengatakan koordinasi berjalan.")
    found = entities(text)
    division = {e.canonical for e in found if e.text in ("Divhubinter Polri", "Divisi Hubungan Internasional Polri")}
    assert "Divhubinter Polri" in spans(found, "ORG") and len(division) == 1
