"""kilas.clean.lang: Indonesian, Malay, English, Javanese and Sundanese."""

from __future__ import annotations

import pytest

from kilas.clean.lang import identify

JAVANESE = (
    "Warga ing Desa Sukamaju wis wiwit resik-resik omah sawise banjir surut. Akeh barang sing rusak amarga "
    "kebanjiran, nanging durung ana bantuan saka pemerintah desa. Pak Lurah ngendika yen bantuan bakal teka "
    "sesuk esuk, lan warga dijaluk sabar. Bocah-bocah uga wis bisa bali sekolah maneh, sanajan sawetara "
    "kelas isih kebak lendhut."
)
SUNDANESE = (
    "Warga di Désa Sukamaju geus mimiti ngabersihan imah sanggeus caah surut. Loba barang anu ruksak, "
    "jeung can aya bantuan ti pamaréntah désa. Pak Kuwu nyarios yén bantuan bakal datang isukan énjing, "
    "jeung warga dipénta sabar. Barudak ogé geus bisa balik deui ka sakola, sanajan sababaraha kelas "
    "masih pinuh ku leutak."
)
INDONESIAN = (
    "Warga di Desa Sukamaju mulai membersihkan rumah setelah banjir surut. Banyak barang yang rusak karena "
    "terendam, tetapi belum ada bantuan dari pemerintah desa. Kepala desa mengatakan bantuan akan datang "
    "besok pagi, dan warga diminta bersabar. Anak-anak juga sudah bisa kembali ke sekolah, meskipun "
    "beberapa kelas masih penuh lumpur."
)


def test_indonesian_paragraph():
    assert identify(INDONESIAN) == "id"


def test_javanese_paragraph():
    assert identify(JAVANESE) == "jv"


def test_sundanese_paragraph():
    assert identify(SUNDANESE) == "su"


def test_too_little_text_has_no_language():
    assert identify("") is None
    assert identify("Banjir Garut") is None


def test_malay_sample(sample_articles):
    assert sample_articles["beritanegeri-2026-11-11-banjir-kelantan"].language == "ms"


def test_english_sample(sample_articles):
    assert sample_articles["pelita-2026-11-13-english-edition"].language == "en"


def test_indonesian_samples(sample_articles):
    others = {"beritanegeri-2026-11-11-banjir-kelantan", "pelita-2026-11-13-english-edition"}
    wrong = {i: a.language for i, a in sample_articles.items() if i not in others and a.language != "id"}
    assert wrong == {}


def test_english_article_gets_no_indonesian_analysis(sample_articles):
    a = sample_articles["pelita-2026-11-13-english-edition"]
    assert a.sentences  # sentences still work
    assert a.entities == [] and a.quotes == []


@pytest.mark.parametrize("text, lang", [
    ("Kerajaan negeri berkata bantuan wang tunai akan disalurkan kepada mangsa banjir selepas bilangan mangsa "
     "meningkat kerana hujan berterusan sejak semalam.", "ms"),
    ("Pemerintah provinsi mengatakan bantuan uang tunai akan disalurkan kepada warga korban banjir setelah "
     "jumlah pengungsi bertambah karena hujan deras sejak kemarin.", "id"),
])
def test_malay_and_indonesian_sentences_are_told_apart(text, lang):
    assert identify(text) == lang
