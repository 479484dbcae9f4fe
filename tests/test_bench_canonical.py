"""bench/canonical (the labelled set for canonical names) and its scorer bench/run_canonical."""

from __future__ import annotations

import importlib
import sys
from collections import Counter

import pytest

from kilas.model import Entity

from conftest import REPO

if str(REPO) not in sys.path:  # `bench` lives beside `kilas`, not in the installed package
    sys.path.insert(0, str(REPO))
rc = importlib.import_module("bench.run_canonical")

GOLD = rc.load_gold()
INVENTED = [a for a in GOLD if "file" in a]
DETIK = [a for a in GOLD if "detik_id" in a]
HELD_OUT = [a for path, _ in rc.LATER if path.is_file() for a in rc.load_gold(path)]


def _body(text: str) -> str:
    return "\n\n".join(rc.paragraphs(text))


# --- the gold file ---------------------------------------------------------

def test_gold_is_well_formed():
    assert len(GOLD) >= 40 and len(INVENTED) >= 24 and len(DETIK) >= 16
    names = [rc.article_name(a) for a in GOLD]
    assert len(names) == len(set(names)), "an article is labelled twice"
    assert len(HELD_OUT) >= 40 and all("file" in a for a in HELD_OUT)
    assert len({a["file"] for a in HELD_OUT}) == len(HELD_OUT)
    assert not {a["file"] for a in HELD_OUT} & {a["file"] for a in INVENTED}
    for art in GOLD + HELD_OUT:
        name = rc.article_name(art)
        assert set(art) in ({"file", "clusters"}, {"detik_id", "clusters"}), name
        assert art["clusters"], name
        forms = []
        for c in art["clusters"]:
            assert set(c) == {"entity", "type", "mentions"}, (name, c)
            assert c["type"] in ("PER", "ORG", "LOC"), (name, c)
            assert c["entity"].strip() and c["mentions"], (name, c)
            assert all(isinstance(m, str) and m == m.strip() and m for m in c["mentions"]), (name, c)
            forms += c["mentions"]
        dup = [m for m, n in Counter(forms).items() if n > 1]
        assert not dup, f"{name}: a surface form in two clusters (or twice): {dup}"
        assert any(len(c["mentions"]) > 1 for c in art["clusters"]), f"{name}: no gold link"


def test_written_articles_are_titled_news_texts_of_the_right_length():
    for art in INVENTED + HELD_OUT:
        path = rc.GOLD_DIR / art["file"]
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        assert lines[0].strip() and lines[1] == "" and lines[2].strip(), f"{path.name}: title, blank line, body"
        assert 200 <= len(text.split()) <= 450, f"{path.name}: {len(text.split())} words"


def _assert_forms_stand_in(name: str, text: str, clusters: list[dict]) -> None:
    body = _body(text)
    forms = [m for c in clusters for m in c["mentions"]]
    placed = {f for _, _, f in rc.find_occurrences(body, forms)}
    missing = [f for f in forms if f not in placed]
    # Each form must occur as a whole word, and at least once outside every longer gold
    # form of the article (otherwise the scorer never looks at it).
    assert not missing, f"{name}: gold forms not in the text on their own: {missing}"


@pytest.mark.parametrize("art", INVENTED + HELD_OUT, ids=lambda a: a["file"])
def test_every_mention_occurs_in_its_written_article(art):
    _assert_forms_stand_in(art["file"], (rc.GOLD_DIR / art["file"]).read_text(encoding="utf-8"), art["clusters"])


def test_every_mention_occurs_in_its_detik_row(shared_data):
    texts = rc.detik_texts(shared_data)
    if texts is None:
        pytest.skip("raw/detik_2025 not in the data folder")
    for art in DETIK:
        assert art["detik_id"] in texts, f"no row {art['detik_id']} in data_berita.csv"
        _assert_forms_stand_in(rc.article_name(art), texts[art["detik_id"]], art["clusters"])


# --- the scorer ------------------------------------------------------------

def test_pairwise_link_arithmetic_on_a_small_example():
    clusters = [
        {"entity": "Prabowo Subianto", "type": "PER", "mentions": ["Prabowo Subianto", "Prabowo", "Presiden Prabowo"]},
        {"entity": "Joko Widodo", "type": "PER", "mentions": ["Joko Widodo", "Jokowi"]},
        {"entity": "Joko Anwar", "type": "PER", "mentions": ["Joko Anwar", "Anwar"]},
        {"entity": "Amerika Serikat", "type": "LOC", "mentions": ["Amerika Serikat"]},
    ]
    canon = {
        "Prabowo Subianto": "Prabowo Subianto", "Prabowo": "Prabowo Subianto",
        "Presiden Prabowo": "Prabowo",           # a missed merge inside cluster 1
        "Joko Widodo": "Joko Widodo", "Jokowi": None,   # Jokowi never found
        "Joko Anwar": "Joko Widodo",             # the trap: merged with the wrong Joko
        "Anwar": "Joko Anwar",
        "Amerika Serikat": None,                 # not found either: two misses are no link
    }
    out = rc.link_counts(clusters, canon)
    # 8 forms -> 28 pairs. Gold links: 3 (Prabowo) + 1 (Joko Widodo) + 1 (Joko Anwar) = 5.
    assert out["gold"] == 5
    # Predicted: Prabowo Subianto~Prabowo, Joko Widodo~Joko Anwar. None never links.
    assert out["pred"] == 2
    assert out["tp"] == 1
    assert (out["forms"], out["found"]) == (8, 6)
    assert out["wrong"] == [("Joko Widodo", "Joko Anwar", "Joko Widodo", "Joko Widodo")]
    assert out["missed_unfound"] == [("Joko Widodo", "Jokowi", "Joko Widodo", None)]
    assert sorted(out["missed_split"]) == sorted([
        ("Prabowo Subianto", "Presiden Prabowo", "Prabowo Subianto", "Prabowo"),
        ("Prabowo", "Presiden Prabowo", "Prabowo Subianto", "Prabowo"),
        ("Joko Anwar", "Anwar", "Joko Widodo", "Joko Anwar"),
    ])
    assert out["gold_by_type"] == Counter({"PER": 5}) and out["tp_by_type"] == Counter({"PER": 1})


def test_all_correct_and_all_apart():
    clusters = [{"entity": "A", "type": "ORG", "mentions": ["Komisi Pemberantasan Korupsi", "KPK"]},
                {"entity": "B", "type": "ORG", "mentions": ["Mahkamah Konstitusi", "MK"]}]
    right = rc.link_counts(clusters, {"Komisi Pemberantasan Korupsi": "k", "KPK": "k",
                                      "Mahkamah Konstitusi": "m", "MK": "m"})
    assert (right["gold"], right["pred"], right["tp"]) == (2, 2, 2)
    apart = rc.link_counts(clusters, {"Komisi Pemberantasan Korupsi": "a", "KPK": "b",
                                      "Mahkamah Konstitusi": "c", "MK": "d"})
    assert (apart["gold"], apart["pred"], apart["tp"]) == (2, 0, 0)
    merged = rc.link_counts(clusters, dict.fromkeys(["Komisi Pemberantasan Korupsi", "KPK",
                                                     "Mahkamah Konstitusi", "MK"], "x"))
    assert (merged["gold"], merged["pred"], merged["tp"]) == (2, 6, 2)


def test_occurrences_go_to_the_longest_gold_form():
    text = "Polda Jawa Timur menahan dua orang. Polisi Jawa Timur dan Prabowo Subianto; Prabowo hadir."
    occ = rc.find_occurrences(text, ["Jawa Timur", "Polda Jawa Timur", "Prabowo", "Prabowo Subianto", "Timur"])
    assert [f for _, _, f in occ] == ["Polda Jawa Timur", "Jawa Timur", "Prabowo Subianto", "Prabowo"]
    assert rc.find_occurrences("ASEAN dan AS-nya", ["AS"]) == [(10, 12, "AS")]  # not inside ASEAN


def test_name_part_of_titled_forms():
    mentions = ["Budi Santoso", "Kapolda Jawa Timur Irjen Pol Budi Santoso", "Santoso"]
    assert rc.name_part(mentions[1], mentions, person=True) == "Budi Santoso"
    assert rc.name_part("dr. Maria Fernandez", ["dr. Maria Fernandez", "Fernandez"], True) == "Maria Fernandez"
    assert rc.name_part("Presiden Prabowo", ["Presiden Prabowo", "Prabowo"], True) == "Prabowo"
    assert rc.name_part("Prabowo Subianto", ["Prabowo Subianto", "Prabowo"], True) == "Prabowo Subianto"
    assert rc.name_part("Ketua KPK", ["Ketua KPK"], person=False) == "Ketua KPK"


def test_matching_kilas_mentions_to_gold_forms():
    text = ("Menteri Keuangan Sri Wahyuni hadir. Sri Wahyuni berkata. Jenderal TNI Yudha Prasetya "
            "datang. Prabowo Subianto menyapa BPBD Jabar dan Jabar.")

    def ent(s, canonical=None, label="PER", last=False):
        i = text.rindex(s) if last else text.index(s)
        return Entity(text=s, label=label, start=i, end=i + len(s), canonical=canonical or s)

    clusters = [
        {"entity": "Sri Wahyuni", "type": "PER", "mentions": ["Menteri Keuangan Sri Wahyuni", "Sri Wahyuni"]},
        {"entity": "Yudha Prasetya", "type": "PER", "mentions": ["Yudha Prasetya"]},
        {"entity": "Prabowo Subianto", "type": "PER", "mentions": ["Prabowo Subianto"]},
        {"entity": "BPBD Jabar", "type": "ORG", "mentions": ["BPBD Jabar"]},
        {"entity": "Jawa Barat", "type": "LOC", "mentions": ["Jabar"]},
    ]
    entities = [
        ent("Sri Wahyuni", "Sri Wahyuni"),                    # title left out -> tier "title"
        ent("Jenderal TNI Yudha Prasetya"),                   # title kept -> tier "title"
        ent("Prabowo", "Prabowo"),                            # part of a person's name -> "inside"
        ent("Jabar", "Jawa Barat", "LOC"),                    # nested in an ORG name: not the ORG
        ent("Jabar", "Jawa Barat", "LOC", last=True),
    ]
    canon, _, tier = rc.form_canonicals(text, clusters, entities)
    assert canon["Menteri Keuangan Sri Wahyuni"] == "Sri Wahyuni" and rc.TIERS[tier["Menteri Keuangan Sri Wahyuni"]] == "title"
    # The second "Sri Wahyuni" has no kilas mention; the first one belongs to the titled form.
    assert canon["Sri Wahyuni"] is None
    assert canon["Yudha Prasetya"] == "Jenderal TNI Yudha Prasetya" and rc.TIERS[tier["Yudha Prasetya"]] == "title"
    assert canon["Prabowo Subianto"] == "Prabowo" and rc.TIERS[tier["Prabowo Subianto"]] == "inside"
    assert canon["BPBD Jabar"] is None           # "Jabar" inside it is the place, not the agency
    assert canon["Jabar"] == "Jawa Barat"        # the standalone "Jabar" at the end
    # A kilas mention holding two gold forms stands for neither.
    both = Entity(text="Prabowo Subianto menyapa BPBD Jabar", label="ORG", start=text.index("Prabowo Subianto"),
                  end=text.index("BPBD Jabar") + len("BPBD Jabar"), canonical="x")
    canon, _, _ = rc.form_canonicals(text, clusters, [both])
    assert canon["Prabowo Subianto"] is None and canon["BPBD Jabar"] is None


def test_the_invented_part_runs_without_the_data_folder(tmp_path):
    tables = rc.run(tmp_path / "no-data-here")
    rows = {r[0]: r for r in tables[0].rows}
    assert rows["written for kilas"][1] == len(INVENTED)
    assert rows["written for kilas"][2] > 0 and rows["detik_2025 rows"][1] == 0
    assert sum(rows[label][1] or 0 for label in rows if label.startswith("held_out")) == len(HELD_OUT)
    assert any("skipped" in r for r in tables[0].remarks)
