"""The detik_2025 line labels (bench/labels/detik_2025_lines.json) are well formed.

The structure checks need only the label file; the checks against the raw CSV (every row
labelled, indices in range, no label on an empty line) skip when ../shared/data is absent.
"""

from __future__ import annotations

import csv
import json

import pytest

from conftest import REPO

LABELS = REPO / "bench" / "labels" / "detik_2025_lines.json"
CATEGORIES = {"boilerplate", "related", "caption", "byline", "tags", "footer", "title", "other"}


@pytest.fixture(scope="module")
def labels() -> dict:
    return json.loads(LABELS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def detik_rows(shared_data) -> list[dict]:
    path = shared_data / "raw" / "detik_2025" / "data_berita.csv"
    if not path.is_file():
        pytest.skip(f"detik_2025 CSV not found at {path}")
    csv.field_size_limit(10**9)
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_label_file_structure(labels):
    assert set(labels) >= {"source", "guide", "articles"}
    assert (REPO / labels["guide"]).is_file()
    assert set(labels.get("categories", CATEGORIES)) <= CATEGORIES
    assert labels["articles"]
    for rid, art in labels["articles"].items():
        assert rid.isdigit(), rid
        assert set(art) == {"not_body", "dateline"}, rid
        assert art["dateline"] is None or (isinstance(art["dateline"], str) and art["dateline"].strip()), rid
        for idx, cat in art["not_body"].items():
            assert idx.isdigit() and str(int(idx)) == idx, (rid, idx)
            assert cat in CATEGORIES, (rid, idx, cat)


def test_labels_match_the_csv(labels, detik_rows):
    articles = labels["articles"]
    ids = [r["id"] for r in detik_rows]
    assert len(ids) == len(set(ids))
    assert set(ids) == set(articles), "every CSV row labelled, and no label for a missing row"
    for row in detik_rows:
        lines = row["isi_berita"].split("\n")
        art = articles[row["id"]]
        for idx in art["not_body"]:
            i = int(idx)
            assert 0 <= i < len(lines), (row["id"], i, len(lines))
            assert lines[i].strip(), f"label on an empty line: id {row['id']} line {i}"
        if art["dateline"]:
            first = next(line for line in lines if line.strip())
            assert first.strip().startswith(art["dateline"]), row["id"]
