"""kilas.understand.canonical: one canonical name per real entity."""

from __future__ import annotations

from kilas.stories.people import story_names
from kilas.understand.canonical import canonicalise, name_key
from kilas.understand.entities import recognise
from kilas.understand.sentences import split

from conftest import analyzed


def entities(text: str):
    return canonicalise(text, recognise(text, split(text)))


def canon(found, surface: str, label: str | None = None) -> list[str]:
    return [e.canonical for e in found if e.text == surface and (label is None or e.label == label)]


def test_given_name_takes_the_full_name():
    found = entities("Menteri Perdagangan Sri Wulandari meluncurkan operasi pasar beras di Jakarta, Senin. "
                     "Sri mengatakan stok beras di gudang Bulog masih aman.")
    assert canon(found, "Sri", "PER") == ["Sri Wulandari"]
    # The role follows the person to the short mention.
    assert [e.role for e in found if e.text == "Sri"] == ["Menteri Perdagangan"]


def test_surname_takes_the_full_name():
    found = entities("Kepala Dinas PUPR Provinsi Bengkulu Rozali Effendi ditahan KPK. Effendi membantah menerima suap.")
    assert canon(found, "Effendi") in (["Rozali Effendi"], [])
    found = entities("Kepala Dinas PUPR Provinsi Bengkulu Rozali Effendi ditahan KPK. Penyidik memeriksa Rozali selama delapan jam.")
    assert canon(found, "Rozali", "PER") == ["Rozali Effendi"]


def test_acronym_takes_its_expansion_from_the_data():
    found = entities("KPK menahan dua tersangka pada Selasa malam.")
    assert canon(found, "KPK", "ORG") == ["Komisi Pemberantasan Korupsi"]


def test_acronym_and_its_long_form_share_a_canonical_name():
    found = entities("Komisi Pemberantasan Korupsi (KPK) menahan dua tersangka. KPK juga menyita uang Rp 450 juta.")
    assert set(canon(found, "KPK")) == {"Komisi Pemberantasan Korupsi"}
    assert canon(found, "Komisi Pemberantasan Korupsi") == ["Komisi Pemberantasan Korupsi"]


def test_acronym_defined_in_the_text():
    found = entities("Lembaga Kajian Pangan Nusantara (LKPN) merilis survei harga beras. LKPN mencatat harga naik 8 persen.")
    assert set(canon(found, "LKPN")) == {"Lembaga Kajian Pangan Nusantara"}


def test_country_short_form():
    found = entities("Pemerintah Indonesia dan AS sepakat memperluas kerja sama. Delegasi AS tiba di Jakarta pada Senin.")
    assert canon(found, "AS") and set(canon(found, "AS")) == {"Amerika Serikat"}


def test_hyphen_and_spacing_variants_share_a_key():
    assert name_key("Moon Jae-in") == name_key("Moon Jae In") == name_key("moon jae in")
    assert name_key("Muh. Hasanuddin") == name_key("Muh Hasanuddin")
    assert name_key("Hendra Saputra") != name_key("Hendra Wicaksono")


def test_hyphen_and_spacing_variants_in_one_article():
    found = entities("Moon Jae-in tiba di Jakarta pada Senin. Ia bertemu sejumlah pengusaha. "
                     "Moon Jae In mengatakan investasi Korea Selatan akan ditingkatkan.")
    moons = [e for e in found if e.label == "PER" and e.text.startswith("Moon")]
    assert [e.text for e in moons] == ["Moon Jae-in", "Moon Jae In"]
    assert len({name_key(e.canonical) for e in moons}) == 1


def test_people_sharing_a_given_name_stay_apart():
    text = ("Kepala Pusat Data BNPB Hendra Saputra memaparkan data korban banjir. "
            "Direktur Jenderal Komdigi Hendra Wicaksono juga hadir dalam rapat itu. "
            "Hendra mengatakan data pengungsi akan diperbarui setiap enam jam.")
    found = entities(text)
    assert canon(found, "Hendra Saputra", "PER") == ["Hendra Saputra"]
    assert canon(found, "Hendra Wicaksono", "PER") == ["Hendra Wicaksono"]
    # The short mention goes to the nearest full name before it, not to both, not merged.
    assert canon(found, "Hendra", "PER") == ["Hendra Wicaksono"]


def test_short_mention_goes_to_the_nearest_preceding_full_name():
    text = ("Direktur Jenderal Komdigi Hendra Wicaksono membuka rapat. "
            "Kepala Pusat Data BNPB Hendra Saputra memaparkan data korban banjir. "
            "Hendra mengatakan banjir mulai surut. "
            "Hendra Wicaksono kemudian menutup rapat.")
    found = entities(text)
    assert canon(found, "Hendra", "PER") == ["Hendra Saputra"]
    assert set(canon(found, "Hendra Wicaksono", "PER")) == {"Hendra Wicaksono"}
    assert canon(found, "Hendra Saputra", "PER") == ["Hendra Saputra"]


def test_longer_name_containing_another_stays_apart():
    text = ("Kepala Pusat Data BNPB Hendra Saputra memaparkan data korban banjir. "
            "Direktur Utama Perum Bulog Hendra Saputra Wibisono melaporkan stok beras.")
    found = entities(text)
    assert canon(found, "Hendra Saputra", "PER") == ["Hendra Saputra"]
    assert canon(found, "Hendra Saputra Wibisono", "PER") == ["Hendra Saputra Wibisono"]


def test_story_names_merge_a_short_form_only_when_it_is_unambiguous():
    one = analyzed(["Menteri Perdagangan Sri Wulandari meluncurkan operasi pasar beras di Jakarta.",
                    "Kepala Pusat Data BNPB Hendra Saputra memaparkan data korban banjir."])
    two = analyzed(["Wulandari mengatakan stok beras aman.",
                    "Direktur Jenderal Komdigi Hendra Wicaksono membuka rapat. Hendra mengatakan rapat dimulai."])
    names = story_names([one, two])
    assert names["Sri Wulandari"] == "Sri Wulandari"
    assert names.get("Wulandari", "Sri Wulandari") == "Sri Wulandari"
    assert names["Hendra Saputra"] == "Hendra Saputra"
    assert names["Hendra Wicaksono"] == "Hendra Wicaksono"
    if "Hendra" in names:
        assert names["Hendra"] == "Hendra"  # two longer names: left alone


def test_sample_canonical_names(sample_articles):
    a = sample_articles["ruangkabar-2026-10-22-raker-mendag-beras"]
    sri = {e.canonical for e in a.entities if e.label == "PER" and e.text == "Sri"}
    assert sri == {"Sri Wulandari"}
    tera = sample_articles["tera-2026-10-13-kpk-tetapkan-kadis-pupr-bengkulu"]
    kpk = {e.canonical for e in tera.entities if e.text == "KPK"}
    assert kpk == {"Komisi Pemberantasan Korupsi"}
