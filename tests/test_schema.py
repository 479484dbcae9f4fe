"""The JSON contract: the shipped schema files are what the code generates, and the data
model survives a round trip through its JSON form."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from jsonschema import Draft202012Validator

from kilas.model import Article, Story, json_schema

SHIPPED = {Article: "article.schema.json", Story: "story.schema.json"}


def _shipped(name: str) -> dict:
    path = resources.files("kilas").joinpath("schema").joinpath(name)
    assert path.is_file(), f"kilas/schema/{name} is not shipped"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("cls", [Article, Story], ids=["article", "story"])
def test_shipped_schema_equals_the_generated_one(cls):
    assert _shipped(SHIPPED[cls]) == json_schema(cls)


@pytest.mark.parametrize("cls", [Article, Story], ids=["article", "story"])
def test_schema_is_a_valid_draft_2020_12_schema(cls):
    schema = json_schema(cls)
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    # Every $ref resolves to a definition.
    text = json.dumps(schema)
    for name in {part.split('"')[0] for part in text.split('"#/$defs/')[1:]}:
        assert name in schema["$defs"], name


def test_article_analysis_fields_are_optional_and_the_rest_required():
    schema = json_schema(Article)
    for name in ("sentences", "entities", "quotes", "times", "time_anchor"):
        assert name not in schema["required"]
        assert name in schema["properties"]
    for name in ("id", "source", "title", "paragraphs", "published", "removed", "captions"):
        assert name in schema["required"]


def test_article_round_trips(sample_articles):
    for a in sample_articles.values():
        data = a.to_dict()
        again = Article.from_dict(data)
        assert again == a
        assert again.to_dict() == data
        # And through JSON text.
        assert Article.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == a


def test_cleaned_article_round_trips_without_analysis(samples_dir):
    from kilas import read

    (a,) = read([str(samples_dir / "detak-2026-11-07-kecelakaan-tol.txt")])
    data = a.to_dict()
    assert "sentences" not in data and "entities" not in data
    again = Article.from_dict(data)
    assert again == a and again.sentences is None


def test_story_round_trips(sample_stories):
    for s in sample_stories:
        data = s.to_dict()
        assert Story.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == s


def test_outputs_validate_against_the_shipped_schemas(sample_articles, sample_stories):
    article_validator = Draft202012Validator(_shipped("article.schema.json"))
    story_validator = Draft202012Validator(_shipped("story.schema.json"))
    for a in sample_articles.values():
        errors = list(article_validator.iter_errors(a.to_dict()))
        assert not errors, (a.id, errors[0].message)
    for s in sample_stories:
        errors = list(story_validator.iter_errors(s.to_dict()))
        assert not errors, (s.id, errors[0].message)


def test_schema_rejects_a_wrong_type():
    validator = Draft202012Validator(json_schema(Article))
    bad = Article(id="x", source="x").to_dict()
    bad["paragraphs"] = "bukan daftar"
    assert list(validator.iter_errors(bad))
    missing = Article(id="x", source="x").to_dict()
    del missing["title"]
    assert list(validator.iter_errors(missing))
