"""kilas.store.sqlite and pipeline.ingest_paths: idempotent ingest, stable story ids,
full-text search, corrupt files, and all-or-nothing writes."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

import kilas.store.sqlite as store_module
from kilas.pipeline import ingest_paths
from kilas.store.sqlite import Store, StoreError

NEW_ARTICLE = "wartakini-2026-10-09-banjir-garut-pemulihan.html"


def _snapshot(db_path):
    with Store(db_path) as store:
        return {
            "counts": store.counts(),
            "hashes": store.hashes(),
            "assignments": store.assignments(),
            "stories": {s.id: (s.title, s.articles, s.duplicates) for s in store.stories()},
        }


@pytest.fixture(scope="module")
def ingested(tmp_path_factory, samples_dir):
    """The sample ingested twice into one database: (path, first report, second report,
    snapshot after the first, snapshot after the second)."""
    db = tmp_path_factory.mktemp("store") / "kilas.db"
    first = ingest_paths([str(samples_dir)], str(db))
    after_first = _snapshot(db)
    second = ingest_paths([str(samples_dir)], str(db))
    after_second = _snapshot(db)
    return db, first, second, after_first, after_second


def _n_sample_files(samples_dir):
    return sum(1 for p in samples_dir.iterdir() if p.suffix in (".txt", ".html"))


def test_first_ingest_adds_every_article(ingested, samples_dir):
    _, first, _, after, _ = ingested
    n = _n_sample_files(samples_dir)
    assert (first.added, first.updated, first.unchanged, first.rejected) == (n, 0, 0, [])
    assert first.articles_total == n == after["counts"]["articles"]
    assert first.stories_total == after["counts"]["stories"] == 16
    assert len(after["assignments"]) == n


def test_second_ingest_changes_nothing(ingested, samples_dir):
    _, first, second, after_first, after_second = ingested
    n = _n_sample_files(samples_dir)
    assert (second.added, second.updated, second.unchanged, second.rejected) == (0, 0, n, [])
    assert second.stories_touched == 0
    assert (second.articles_total, second.stories_total) == (first.articles_total, first.stories_total)
    assert after_second == after_first


def test_stored_stories_equal_the_batch_stories(ingested, sample_stories):
    _, _, _, after, _ = ingested
    stored = {sid: (sorted(arts), sorted(dups)) for sid, (_, arts, dups) in after["stories"].items()}
    batch = {s.id: (sorted(s.articles), sorted(s.duplicates)) for s in sample_stories}
    assert stored == batch


def test_stored_articles_round_trip(ingested, sample_articles):
    db = ingested[0]
    with Store(db) as store:
        a = store.article("antarnusa-2026-10-05-banjir-garut")
        assert a is not None
        original = sample_articles[a.id]
        assert a.title == original.title and a.paragraphs == original.paragraphs
        assert a.published == original.published
        assert [e.text for e in a.entities] == [e.text for e in original.entities]
        assert store.article("tidak-ada") is None
        assert store.assignments()["mentari-2026-10-05-banjir-garut-antarnusa"][1] is True


def test_ingesting_one_more_article_later_keeps_story_ids(tmp_path, samples_dir, sample_stories):
    folder = tmp_path / "awal"
    shutil.copytree(samples_dir, folder)
    later = tmp_path / "kemudian"
    later.mkdir()
    shutil.move(str(folder / NEW_ARTICLE), later / NEW_ARTICLE)
    db = tmp_path / "kilas.db"
    first = ingest_paths([str(folder)], str(db))
    before = _snapshot(db)
    report = ingest_paths([str(later)], str(db))
    after = _snapshot(db)
    assert (report.added, report.unchanged) == (1, 0)
    assert report.articles_total == first.articles_total + 1
    # Every story stored before keeps its id and its articles; the new one joins the flood story.
    for sid, (_, articles, dups) in before["stories"].items():
        assert sid in after["stories"]
        assert set(articles) <= set(after["stories"][sid][1])
    flood = next(s for s in sample_stories if "antarnusa-2026-10-05-banjir-garut" in s.articles)
    new_id = NEW_ARTICLE.rsplit(".", 1)[0]
    assert after["assignments"][new_id][0] == flood.id
    assert new_id in after["stories"][flood.id][1]
    assert report.stories_touched == 1


def test_search_finds_an_article_by_a_word_with_its_story(ingested, story_of):
    db = ingested[0]
    with Store(db) as store:
        hits = store.search("Cimanuk")
    assert hits
    ids = [h.article for h in hits]
    assert "antarnusa-2026-10-05-banjir-garut" in ids
    for h in hits:
        assert h.story == story_of[h.article].id
        assert h.snippet
    with Store(db) as store:
        (hit, *_) = store.search("KuroLock ransomware")
    assert hit.story == story_of["lensa6-2026-11-19-kebocoran-data-bssn"].id


def test_search_ignores_case_and_diacritics(ingested):
    db = ingested[0]
    with Store(db) as store:
        assert store.search("cimanuk")
        assert {h.article for h in store.search("CIMANUK")} == {h.article for h in store.search("Cimanuk")}


@pytest.mark.parametrize("query", ['Rp 12,4 miliar', 'harga "beras', '"', "AND", "beras AND", "(", "*", "NEAR(",
                                   "-", "a:b", "Rp2,5 miliar", "   ", "'"])
def test_search_with_odd_syntax_does_not_crash(ingested, query):
    db = ingested[0]
    with Store(db) as store:
        hits = store.search(query)
    assert isinstance(hits, list)


def test_search_with_odd_syntax_still_finds_words(ingested):
    db = ingested[0]
    with Store(db) as store:
        hits = store.search('banjir "Garut')
    assert any(h.article == "antarnusa-2026-10-05-banjir-garut" for h in hits)


def test_search_limit(ingested):
    db = ingested[0]
    with Store(db) as store:
        assert len(store.search("Jakarta", limit=3)) == 3


@pytest.mark.parametrize("content", [b"\x00\x01\x02 not a database" * 200, b"SQLite format 3\x00" + b"\xff" * 4000,
                                     "Ini file teks biasa, bukan basis data.\n".encode() * 50])
def test_corrupt_db_file_gives_a_store_error(tmp_path, content):
    path = tmp_path / "rusak.db"
    path.write_bytes(content)
    with pytest.raises(StoreError) as err:
        Store(path)
    assert "rusak.db" in str(err.value)
    assert "\n" not in str(err.value)


def test_db_from_a_newer_version_gives_a_store_error(tmp_path):
    path = tmp_path / "baru.db"
    Store(path).close()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError):
        Store(path)


def test_failed_ingest_leaves_the_db_as_it_was(tmp_path, samples_dir, monkeypatch):
    folder = tmp_path / "awal"
    shutil.copytree(samples_dir, folder)
    later = tmp_path / "kemudian"
    later.mkdir()
    for name in ["detak-2026-11-16-kebocoran-data.txt", "ruangkabar-2026-11-17-kebocoran-data.txt",
                 "lensa6-2026-11-18-kebocoran-data.txt", "wartakini-2026-11-20-kebocoran-data.txt"]:
        shutil.move(str(folder / name), later / name)
    db = tmp_path / "kilas.db"
    ingest_paths([str(folder)], str(db))
    before = _snapshot(db)

    real_hash = store_module.content_hash
    calls = {"n": 0}

    def failing_hash(article):
        calls["n"] += 1
        if calls["n"] == 3:  # inside Store.save, after two articles were written
            raise RuntimeError("disk full")
        return real_hash(article)

    monkeypatch.setattr(store_module, "content_hash", failing_hash)
    with pytest.raises(RuntimeError):
        ingest_paths([str(later)], str(db))
    assert calls["n"] == 3
    monkeypatch.undo()
    assert _snapshot(db) == before
    with Store(db) as store:
        # Nothing half-written reached the full-text index either.
        assert {h.article for h in store.search("KuroLock")} <= set(before["hashes"])

    # The same ingest, without the failure, then works.
    report = ingest_paths([str(later)], str(db))
    assert report.added == 4


def test_failed_first_ingest_leaves_an_empty_db(tmp_path, samples_dir, monkeypatch):
    db = tmp_path / "kilas.db"

    def broken_save(self, articles, stories, assignments, **kwargs):
        with self.db:
            self.db.execute("INSERT INTO meta VALUES ('setengah', 'jalan')")
            raise RuntimeError("interrupted")

    monkeypatch.setattr(Store, "save", broken_save)
    with pytest.raises(RuntimeError):
        ingest_paths([str(samples_dir / "detak-2026-11-07-kecelakaan-tol.txt")], str(db))
    monkeypatch.undo()
    with Store(db) as store:
        assert store.counts() == {"articles": 0, "stories": 0}
        assert store.db.execute("SELECT count(*) FROM meta WHERE key = 'setengah'").fetchone()[0] == 0


def test_ingest_order_does_not_change_the_stories(tmp_path, samples_dir):
    """Online ingestion in any order and batches gives the batch stories (out-of-order
    articles that started a second story of one event are merged into the older one)."""
    from kilas import pipeline

    files = sorted(str(p) for p in samples_dir.iterdir())
    stories, _ = pipeline.stories([str(samples_dir)])
    batch = {frozenset(s.articles + s.duplicates) for s in stories}
    for name, chunks in {
        "reverse, one at a time": [[f] for f in reversed(files)],
        "interleaved halves": [files[::2], files[1::2]],
    }.items():
        db = tmp_path / f"{name}.db"
        for chunk in chunks:
            pipeline.ingest_paths(chunk, str(db))
        with Store(db) as store:
            got = {frozenset(s.articles + s.duplicates) for s in store.stories()}
            ids = {s.id for s in store.stories()}
        assert got == batch, name
        assert len(ids) == len(batch), name
