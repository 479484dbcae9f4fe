"""kilas.clean.dedup: syndicated copies and exact copies are linked to their original;
two outlets' own reports of one event are not duplicates."""

from __future__ import annotations

import copy

from kilas.clean.dedup import DuplicateIndex, link_duplicates, shingles

ORIGINAL = "antarnusa-2026-10-05-banjir-garut"
SYNDICATED = "mentari-2026-10-05-banjir-garut-antarnusa"
# Same event, same days, each outlet's own reporting.
OWN_REPORTS = [
    "antarnusa-2026-10-05-banjir-garut",
    "wartakini-2026-10-06-banjir-garut",
    "detak-2026-10-07-banjir-garut",
    "mentari-2026-10-08-banjir-garut",
]


def _fresh(articles, ids):
    out = []
    for i in ids:
        a = copy.deepcopy(articles[i])
        a.duplicate_of = None
        out.append(a)
    return out


def test_syndicated_copy_is_linked_to_its_original(sample_articles):
    assert sample_articles[SYNDICATED].duplicate_of == ORIGINAL
    assert sample_articles[ORIGINAL].duplicate_of is None


def test_syndicated_copy_is_linked_whatever_the_input_order(sample_articles):
    copy_first = _fresh(sample_articles, [SYNDICATED, ORIGINAL])
    link_duplicates(copy_first)
    by_id = {a.id: a for a in copy_first}
    # The earlier publication is the original.
    assert by_id[SYNDICATED].duplicate_of == ORIGINAL
    assert by_id[ORIGINAL].duplicate_of is None


def test_only_the_syndicated_copy_is_a_duplicate_in_the_sample(sample_articles):
    duplicates = {a.id: a.duplicate_of for a in sample_articles.values() if a.duplicate_of}
    assert duplicates == {SYNDICATED: ORIGINAL}


def test_own_reports_of_one_event_are_not_duplicates(sample_articles):
    articles = _fresh(sample_articles, OWN_REPORTS)
    link_duplicates(articles)
    assert [a.duplicate_of for a in articles] == [None] * len(articles)


def test_own_reports_are_far_below_the_threshold(sample_articles):
    index = DuplicateIndex()
    a, b = (sample_articles[i] for i in OWN_REPORTS[:2])
    assert index.minhash(a).jaccard(index.minhash(b)) < 0.3
    wire, syndicated = sample_articles[ORIGINAL], sample_articles[SYNDICATED]
    assert index.minhash(wire).jaccard(index.minhash(syndicated)) >= 0.6


def test_exact_copy_is_a_duplicate(sample_articles):
    original = copy.deepcopy(sample_articles["detak-2026-11-07-kecelakaan-tol"])
    original.duplicate_of = None
    twin = copy.deepcopy(original)
    twin.id, twin.source, twin.outlet = "salinan-kecelakaan-tol", "salinan.txt", "Koran Lain"
    index = DuplicateIndex()
    assert index.add(original) is None
    assert index.add(twin) == original.id


def test_the_same_article_twice_is_not_its_own_duplicate(sample_articles):
    a = copy.deepcopy(sample_articles["detak-2026-11-07-kecelakaan-tol"])
    index = DuplicateIndex()
    assert index.add(a) is None
    assert index.add(a) is None


def test_copy_links_to_the_earliest_of_several_copies(sample_articles):
    base = copy.deepcopy(sample_articles["detak-2026-11-07-kecelakaan-tol"])
    copies = []
    for n, day in enumerate(["2026-11-07T10:42:00+07:00", "2026-11-07T12:00:00+07:00", "2026-11-08T09:00:00+07:00"]):
        c = copy.deepcopy(base)
        c.id, c.published, c.duplicate_of = f"copy-{n}", day, None
        copies.append(c)
    link_duplicates(list(reversed(copies)))
    assert [c.duplicate_of for c in copies] == [None, "copy-0", "copy-0"]


def test_shingles():
    assert shingles("") == set()
    assert shingles("dua kata") == {b"dua kata"}
    s = shingles("Satu dua tiga empat lima enam")
    assert s == {b"satu dua tiga empat lima", b"dua tiga empat lima enam"}
