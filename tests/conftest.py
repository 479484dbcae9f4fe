"""Shared fixtures: paths, the whole pipeline run once on the sample, small helpers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "articles"
STORIES_JSON = REPO / "samples" / "stories.json"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The public data set beside the checkout (../shared/data); skip when it is absent."""
    path = REPO.parent / "shared" / "data"
    if not path.is_dir():
        pytest.skip(f"public data not found at {path}")
    return path


@pytest.fixture(scope="session")
def expected_stories() -> dict[str, list[str]]:
    return json.loads(STORIES_JSON.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def sample_run():
    """(stories, articles) of the whole pipeline on the bundled sample, computed once."""
    from kilas import pipeline

    rejected = []
    stories, articles = pipeline.stories([str(SAMPLES)], on_reject=rejected.append)
    assert rejected == [], [str(r) for r in rejected]
    return stories, articles


@pytest.fixture(scope="session")
def sample_stories(sample_run):
    return sample_run[0]


@pytest.fixture(scope="session")
def sample_articles(sample_run):
    return {a.id: a for a in sample_run[1]}


@pytest.fixture(scope="session")
def story_of(sample_stories):
    """article id -> the story that lists it (as an article or as a duplicate)."""
    out = {}
    for s in sample_stories:
        for aid in s.articles + s.duplicates:
            out[aid] = s
    return out


def clean_text(text: str, doc_id: str = "doc", **fields):
    """Clean one raw text the way the pipeline does."""
    from kilas.clean import clean
    from kilas.model import RawDocument

    return clean(RawDocument(id=doc_id, source=f"{doc_id}.txt", text=text, **fields))


def clean_pages(texts: list[str]):
    """Clean several pages of one site as one batch, the way the pipeline does (so that the
    site's furniture, recurring on every page, is found)."""
    from kilas import pipeline
    from kilas.model import RawDocument

    docs = [RawDocument(id=f"p{n}", source=f"p{n}.txt", text=text) for n, text in enumerate(texts)]
    return list(pipeline.clean_documents(docs))


def analyzed(paragraphs: list[str], published: str | None = None):
    """An Article made of these paragraphs, run through `understand`."""
    from kilas.model import Article
    from kilas.understand import analyze

    return analyze(Article(id="t", source="t", paragraphs=list(paragraphs), published=published))


KILAS_BIN = REPO / ".venv" / "bin" / "kilas"


def run_kilas(*args: str, stdin: str | None = None, cwd: Path | None = None, timeout: int = 120):
    """Run the console script; fall back to `python -m kilas.cli` when it is not installed."""
    if KILAS_BIN.exists():
        cmd = [str(KILAS_BIN), *args]
    else:
        cmd = [sys.executable, "-m", "kilas.cli", *args]
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONIOENCODING="utf-8")
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, cwd=str(cwd or REPO),
                          env=env, timeout=timeout)
