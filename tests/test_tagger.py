"""The entity models' plumbing (words -> pieces -> windows -> tags) and the shipped models
on realistic sentences."""
import pytest

from kilas.understand import tagger
from kilas.understand.entities import _chunks, recognise
from kilas.understand.subwords import Subwords

PIECES = [("<s>", 0.0), ("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("\u2581Ja", -2.0), ("karta", -2.0),
          ("\u2581di", -1.0), ("\u2581Ban", -2.0), ("dung", -2.0), ("\u2581", -3.0)]
PIECES += [(c, -5.0) for c in "abcdefghijklmnopqrstuvwxyzJB"]


@pytest.fixture()
def tiny():
    return Subwords(PIECES, 3, {0x0009: " ", 0x200B: ""})


def test_first_piece_of_each_word_carries_its_label(tiny):
    pieces = tagger.Pieces(tiny, bos=0, eos=2)
    [(ids, labels, first)] = pieces(["Jakarta", "di", "Bandung"], [5, 0, 5])
    assert ids[0] == 0 and ids[-1] == 2
    assert [tiny.pieces[i][0] for i in ids[1:-1]] == ["\u2581Ja", "karta", "\u2581di", "\u2581Ban", "dung"]
    assert labels == [-100, 5, -100, 0, 5, -100, -100]
    assert first == [-1, 0, -1, 1, 2, -1, -1]


def test_long_sentences_are_cut_between_words_never_inside_one(tiny):
    pieces = tagger.Pieces(tiny, bos=0, eos=2, max_pieces=3)
    windows = pieces(["Jakarta", "Bandung", "di", "Jakarta"], [1, 2, 0, 1])
    assert [len(w[0]) - 2 for w in windows] == [2, 3, 2]  # Jakarta | Bandung di | Jakarta
    words = [w for _, _, first in windows for w in first if w >= 0]
    assert words == [0, 1, 2, 3]


def test_a_word_that_normalises_to_nothing_gets_no_piece(tiny):
    _, word_of = tiny.encode_words(["Jakarta", "\u200b", "di"])
    assert word_of == [0, 0, 2]


def test_stray_inside_tags_start_an_entity():
    assert tagger.repair_bio(["I-PER", "I-PER", "O", "I-LOC", "B-ORG", "I-LOC"]) == \
        ["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "B-LOC"]
    assert list(_chunks(["B-PER", "I-PER", "O", "B-LOC", "B-ORG", "I-ORG"])) == \
        [("PER", 0, 1), ("LOC", 3, 3), ("ORG", 4, 5)]


def test_the_best_path_never_breaks_an_entity():
    import numpy as np

    labels = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG")
    # Word by word the best labels are B-ORG I-PER (an entity broken in two); the best
    # valid sequence keeps one type across the name.
    scores = np.log(np.array([
        [0.05, 0.40, 0.00, 0.55, 0.00],
        [0.05, 0.00, 0.50, 0.00, 0.45],
        [0.90, 0.02, 0.03, 0.02, 0.03],
    ]) + 1e-9)
    assert tagger.best_path(scores, labels) == ["B-ORG", "I-ORG", "O"]
    # an I- with nothing before it becomes the start of its entity
    assert tagger.best_path(np.log(np.array([[0.1, 0.2, 0.7, 0.0, 0.0]]) + 1e-9), labels) == ["B-PER"]


def test_unknown_model_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown entity model"):
        tagger.load("huge")


SENTENCES = [
    ("Presiden Prabowo Subianto meninjau Bendungan Jatigede di Sumedang, Jawa Barat, pada Kamis pagi.",
     {("Prabowo Subianto", "PER"), ("Sumedang", "LOC")}),
    ("Komisi Pemberantasan Korupsi (KPK) memeriksa Bupati Lampung Tengah Rahmat Hidayat di Jakarta.",
     {("Komisi Pemberantasan Korupsi", "ORG"), ("Rahmat Hidayat", "PER"), ("Jakarta", "LOC")}),
    ("Menteri Keuangan Sri Wahyuni mengatakan Bank Indonesia akan menahan suku bunga.",
     {("Sri Wahyuni", "PER"), ("Bank Indonesia", "ORG")}),
]


@pytest.mark.parametrize("name", ["accurate", "fast"])
def test_shipped_models_find_people_organisations_and_places(name):
    try:
        tagger.load(name)
    except FileNotFoundError:
        pytest.skip(f"the {name} model is not built in this checkout")
    found = 0
    expected = 0
    for text, gold in SENTENCES:
        got = {(e.text, e.label) for e in recognise(text, ner=name)}
        found += len(gold & got)
        expected += len(gold)
    assert found >= expected - (0 if name == "accurate" else 2), name


def test_titles_become_roles_not_names():
    try:
        tagger.load("accurate")
    except FileNotFoundError:
        pytest.skip("the accurate model is not built in this checkout")
    text = "Kepala Dinas Kesehatan Kota Bogor dr. Retno Wulandari meminta warga menguras bak mandi."
    people = [e for e in recognise(text) if e.label == "PER"]
    assert [e.text for e in people] == ["Retno Wulandari"]
    assert people[0].role and people[0].role.startswith("Kepala Dinas")
