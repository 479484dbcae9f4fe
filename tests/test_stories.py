"""kilas stories on the whole bundled sample: grouping, stable ids, cited summaries,
timelines, actors and coverage."""

from __future__ import annotations

import random
import re
from datetime import date
from pathlib import Path

import pytest

from kilas import pipeline
from kilas.stories import build_stories

SYNDICATED = "mentari-2026-10-05-banjir-garut-antarnusa"


def _multi(stories):
    return [s for s in stories if len(s.articles) > 1]


# --- grouping ---------------------------------------------------------------------------------


def test_grouping_equals_the_expected_stories(sample_stories, expected_stories):
    got = {frozenset(s.articles) for s in sample_stories}
    expected = {frozenset(ids) - {SYNDICATED} for key, ids in expected_stories.items() if key != "one-offs"}
    expected |= {frozenset([i]) for i in expected_stories["one-offs"]}
    assert got == expected


@pytest.mark.parametrize("key", ["banjir-garut", "kpk-bengkulu", "hibah-makassar", "beras-operasi-pasar",
                                 "pasar-murah-surabaya", "timnas-u23", "gempa-jayapura", "asean-myanmar",
                                 "kebocoran-data"])
def test_each_story_key_is_one_story(story_of, expected_stories, key):
    ids = expected_stories[key]
    stories = {story_of[i].id for i in ids}
    assert len(stories) == 1, {i: story_of[i].title for i in ids}
    story = story_of[ids[0]]
    assert set(story.articles) | set(story.duplicates) == set(ids)


def test_each_one_off_is_alone(story_of, expected_stories):
    for aid in expected_stories["one-offs"]:
        s = story_of[aid]
        assert s.articles == [aid], (aid, s.articles)
        assert s.duplicates == []


def test_syndicated_copy_is_a_duplicate_not_an_article(story_of, sample_stories):
    s = story_of[SYNDICATED]
    assert SYNDICATED in s.duplicates
    assert SYNDICATED not in s.articles
    assert "antarnusa-2026-10-05-banjir-garut" in s.articles
    assert sum(SYNDICATED in st.articles + st.duplicates for st in sample_stories) == 1


def test_every_article_is_in_exactly_one_story(sample_stories, sample_articles):
    listed = [aid for s in sample_stories for aid in s.articles + s.duplicates]
    assert sorted(listed) == sorted(sample_articles)


# --- ids ------------------------------------------------------------------------------------


def test_story_ids_are_unique_and_well_formed(sample_stories):
    ids = [s.id for s in sample_stories]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"s-[0-9a-f]{10}", i) for i in ids)


def test_story_ids_are_stable_across_runs(sample_stories, samples_dir):
    again, _ = pipeline.stories([str(samples_dir)])
    assert {s.id: sorted(s.articles) for s in again} == {s.id: sorted(s.articles) for s in sample_stories}


def test_story_ids_do_not_depend_on_input_order(sample_stories, samples_dir):
    files = sorted(str(p) for p in samples_dir.iterdir() if p.suffix in (".txt", ".html"))
    random.Random(7).shuffle(files)
    shuffled, _ = pipeline.stories(files)
    assert {s.id: sorted(s.articles) for s in shuffled} == {s.id: sorted(s.articles) for s in sample_stories}
    assert {s.id: sorted(s.duplicates) for s in shuffled} == {s.id: sorted(s.duplicates) for s in sample_stories}


def test_batch_on_already_analysed_articles_gives_the_same_stories(sample_stories, sample_run):
    again = build_stories(list(sample_run[1]))
    assert {s.id: s.articles for s in again} == {s.id: s.articles for s in sample_stories}


# --- summaries ------------------------------------------------------------------------------


def test_summary_sentences_are_verbatim_at_their_cited_spans(sample_stories, sample_articles):
    checked = 0
    for s in sample_stories:
        for sentence in s.summary:
            assert sentence.sources, sentence
            for src in sentence.sources:
                assert src.article in s.articles + s.duplicates, (s.id, src.article)
                body = sample_articles[src.article].body
                assert body[src.start:src.end] == sentence.text, (s.id, src)
                checked += 1
    assert checked > 0


def test_multi_article_stories_have_three_to_seven_summary_sentences(sample_stories):
    for s in _multi(sample_stories):
        assert 3 <= len(s.summary) <= 7, (s.title, len(s.summary))


def test_summary_sentences_are_whole_sentences(sample_stories, sample_articles):
    for s in _multi(sample_stories):
        for sentence in s.summary:
            src = sentence.sources[0]
            article = sample_articles[src.article]
            assert any(x.start == src.start and x.end == src.end for x in article.sentences), sentence.text
            assert sentence.text[0].isupper() or sentence.text[0] in "\"“", sentence.text
            assert sentence.text.rstrip()[-1] in ".!?\"”", sentence.text


def test_summary_has_no_repeated_sentence(sample_stories):
    for s in sample_stories:
        texts = [x.text for x in s.summary]
        assert len(texts) == len(set(texts)), s.title


def test_summary_draws_on_several_articles(sample_stories):
    for s in _multi(sample_stories):
        cited = {src.article for x in s.summary for src in x.sources}
        assert len(cited) >= 2, s.title


# --- timelines ------------------------------------------------------------------------------


def test_timeline_dates_are_valid_and_sources_exist(sample_stories, sample_articles):
    for s in sample_stories:
        days = [t.date for t in s.timeline]
        assert days == sorted(days), s.title
        for entry in s.timeline:
            date.fromisoformat(entry.date)
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.date)
            assert entry.sources
            for src in entry.sources:
                assert src.article in s.articles + s.duplicates
                body = sample_articles[src.article].body
                assert 0 <= src.start < src.end <= len(body)
            # The entry's sentence stands verbatim at one of its sources.
            assert any(sample_articles[x.article].body[x.start:x.end] == entry.text for x in entry.sources)
            assert entry.first_outlet in s.outlets


def test_timeline_of_the_flood(story_of):
    s = story_of["antarnusa-2026-10-05-banjir-garut"]
    days = [t.date for t in s.timeline]
    # The flood struck on Monday 5 October, the last victim was found on Wednesday 7 October.
    assert "2026-10-05" in days and "2026-10-07" in days


# --- actors, quotes, coverage -----------------------------------------------------------------


@pytest.mark.parametrize("article, people", [
    ("antarnusa-2026-10-19-operasi-pasar-beras", ["Sri Wulandari"]),
    ("tera-2026-10-13-kpk-tetapkan-kadis-pupr-bengkulu", ["Rozali Effendi", "Ardian Pramudya"]),
    ("antarnusa-2026-10-05-banjir-garut", ["Asep Mulyana", "Hendra Saputra"]),
    ("suarakota-2026-10-21-pasar-murah-surabaya", ["Eko Budi Hartanto"]),
    ("tera-2026-10-27-timnas-u23-juara", ["Dimas Arya Saputra"]),
    ("antarnusa-2026-11-09-asean-myanmar", ["Arief Nugroho", "Lestari Wulandari"]),
    ("detak-2026-11-16-kebocoran-data", ["Dewi Kartika Hasibuan"]),
])
def test_actors_include_the_key_people(story_of, article, people):
    s = story_of[article]
    names = {a.name for a in s.actors if a.label == "PER"}
    for person in people:
        assert person in names, (person, sorted(names))


def test_actor_counts_are_consistent(sample_stories):
    for s in sample_stories:
        for a in s.actors:
            assert a.label in ("PER", "ORG")
            assert 1 <= a.articles <= len(s.articles)
            assert a.mentions >= a.articles
            assert a.quotes >= 0


def test_actors_that_are_people_have_clean_names(sample_stories):
    bad = []
    for s in _multi(sample_stories):
        for a in s.actors:
            if a.label != "PER":
                continue
            words = a.name.split()
            if (a.name.endswith(".")                                          # "Blok F No."
                    or any(w.isupper() and len(w) > 1 for w in words)        # acronyms: Polri, BNPB
                    or words[0] in {"Distrik", "Kecamatan", "Blok", "Kabupaten", "Kota", "Sulsel", "Pol."}
                    or words[-1] in {"Polri", "Kota"}):
                bad.append(a.name)
    assert bad == [], bad


def test_story_quotes_come_from_the_story(sample_stories, sample_articles):
    for s in sample_stories:
        for q in s.quotes:
            assert q.article in s.articles
            assert q.text in sample_articles[q.article].body
            assert q.speaker


def test_coverage_lists_every_outlet(sample_stories, sample_articles):
    for s in sample_stories:
        assert [c.outlet for c in s.coverage] and {c.outlet for c in s.coverage} == set(s.outlets)
        covered = [aid for c in s.coverage for aid in c.articles]
        assert sorted(covered) == sorted(s.articles)
        for c in s.coverage:
            for aid in c.articles:
                assert sample_articles[aid].outlet == c.outlet
            assert c.first <= c.last
            for x in c.exclusive_sentences:
                src = x.sources[0]
                assert src.article in c.articles
                assert sample_articles[src.article].body[src.start:src.end] == x.text


def test_story_outlets_and_span(story_of, sample_articles):
    s = story_of["antarnusa-2026-10-05-banjir-garut"]
    assert set(s.outlets) == {"Antarnusa", "WartaKini.com", "detak.id", "Harian Mentari"}
    assert s.start == "2026-10-05T14:02:00+07:00"
    assert s.end[:10] == "2026-10-09"
    for st in [s]:
        published = [sample_articles[a].published for a in st.articles + st.duplicates]
        assert st.start == min(published) and st.end == max(published)


def test_story_title_is_one_of_its_articles_titles(sample_stories, sample_articles):
    for s in sample_stories:
        assert s.title in {sample_articles[a].title for a in s.articles}


def test_stories_are_ordered_biggest_first(sample_stories):
    sizes = [len(s.articles) for s in sample_stories]
    assert sizes == sorted(sizes, reverse=True)


def test_a_story_develops_over_months_but_keeps_apart_from_other_occasions():
    """An invitation in March and the visit it led to in June are one developing story; the
    same minister on another subject the next day is not (fixtures/developing)."""
    from kilas import pipeline

    folder = Path(__file__).parent / "fixtures" / "developing"
    stories, _ = pipeline.stories([str(folder)])
    groups = {frozenset(s.articles) for s in stories}
    assert frozenset({"tera-2026-03-10-undangan-pm-selandia-baru", "pelita-2026-06-16-kunjungan-pm-selandia-baru"}) in groups
    assert frozenset({"ruangkabar-2026-06-17-menlu-arief-vaksin-haji"}) in groups
