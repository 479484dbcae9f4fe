"""The one data model every stage reads and writes.

An `Article` leaves `clean` with its metadata and paragraphs; `understand` fills in
sentences, entities, quotes and times; `stories` groups articles into `Story` objects.
Character offsets in the analysis always point into `Article.body`, which is
``"\\n\\n".join(paragraphs)``.

The JSON contract is `to_dict()` of these classes. The published JSON Schema
(`kilas/schema/*.schema.json`) is generated from the type hints below by `json_schema()`,
so the contract and the code cannot drift apart (a test checks it).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Optional

# Analysis fields are None until `understand` has run; `clean` output omits them.
ANALYSIS_FIELDS = ("sentences", "entities", "quotes", "times", "time_anchor")


@dataclass
class RawDocument:
    """One input item before cleaning: exactly one of text or html is set."""

    id: str
    source: str
    text: Optional[str] = None
    html: Optional[str] = None
    url: Optional[str] = None
    title: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[str] = None


@dataclass
class Rejection:
    """An input that could not be read, with a one-line reason naming it."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


@dataclass
class Sentence:
    text: str
    start: int
    end: int
    # The calendar date the sentence talks about, when a time expression in it gives one.
    date: Optional[str] = None


@dataclass
class Entity:
    text: str
    label: str  # PER, ORG, LOC, EVT
    start: int
    end: int
    canonical: str
    role: Optional[str] = None


@dataclass
class Quote:
    text: str
    speaker: Optional[str]
    speaker_text: Optional[str]
    cue: Optional[str]
    kind: str  # direct, partial or indirect
    start: int
    end: int
    speaker_role: Optional[str] = None


@dataclass
class TimeExpr:
    text: str
    value: str  # TIMEX3-style: 2026-10-05, 2026-10-05T06:18, 2026-10, 2026, P7D
    start: int
    end: int


@dataclass
class TimeAnchor:
    """The day relative expressions are resolved from, and where it came from:
    "published" (the article's date) or "text" (the latest full date printed in it)."""

    date: str
    source: str


@dataclass
class Article:
    id: str
    source: str
    title: Optional[str] = None
    deck: Optional[str] = None
    section: Optional[str] = None
    outlet: Optional[str] = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: Optional[str] = None
    dateline: Optional[str] = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    language: Optional[str] = None
    # Additions to the contract beyond the first version (it may grow, never break).
    url: Optional[str] = None
    updated: Optional[str] = None
    network: Optional[str] = None
    agency: Optional[str] = None
    duplicate_of: Optional[str] = None
    sentences: Optional[list[Sentence]] = None
    entities: Optional[list[Entity]] = None
    quotes: Optional[list[Quote]] = None
    times: Optional[list[TimeExpr]] = None
    time_anchor: Optional[TimeAnchor] = None

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        if self.sentences is None:
            for name in ANALYSIS_FIELDS:
                del data[name]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        return _from_dict(cls, data)


@dataclass
class Source:
    """Where a story's sentence comes from: an article and a span of its body."""

    article: str
    start: int
    end: int


@dataclass
class SummarySentence:
    text: str
    sources: list[Source]


@dataclass
class TimelineEntry:
    date: str
    text: str
    sources: list[Source]
    first_outlet: Optional[str] = None
    background: bool = False


@dataclass
class Actor:
    name: str
    label: str
    mentions: int
    articles: int
    quotes: int = 0
    role: Optional[str] = None


@dataclass
class StoryQuote:
    speaker: str
    text: str
    article: str
    kind: str = "direct"


@dataclass
class OutletCoverage:
    outlet: str
    articles: list[str]
    first: Optional[str]
    last: Optional[str]
    exclusive_sentences: list[SummarySentence] = field(default_factory=list)
    exclusive_quotes: list[StoryQuote] = field(default_factory=list)


@dataclass
class Story:
    id: str
    title: str
    articles: list[str]
    outlets: list[str]
    start: Optional[str]
    end: Optional[str]
    summary: list[SummarySentence] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    quotes: list[StoryQuote] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    coverage: list[OutletCoverage] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Story":
        return _from_dict(cls, data)


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    hints = typing.get_type_hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _optional_of(hint: Any) -> Any:
    """X for Optional[X] (X | None), else None."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in typing.get_args(hint) if a is not type(None))
    return None


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if _optional_of(hint) is not None:
        return _convert(_optional_of(hint), value)
    if origin is list:
        (inner,) = typing.get_args(hint)
        return [_convert(inner, v) for v in value]
    if dataclasses.is_dataclass(hint):
        return _from_dict(hint, value)
    return value


# --- JSON Schema, generated from the dataclasses -------------------------------------

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}

# What a field means, where its name does not say it all. Printed into the schema.
FIELD_DOCS = {
    ("Article", "id"): "Stable id: a file's name without extension, or the JSON line's id.",
    ("Article", "source"): "The path or URL the article came from.",
    ("Article", "published"): "ISO 8601 publication time, as precise as the page says, with the outlet's offset "
                              "(WIB +07:00, WITA +08:00, WIT +09:00), or a day; null when the page gives none.",
    ("Article", "updated"): "ISO 8601 time of the last update when the page prints one.",
    ("Article", "dateline"): "The place the article was filed from, taken off the first paragraph.",
    ("Article", "paragraphs"): "The article body in order, nothing else. Offsets in the analysis point into "
                               "these paragraphs joined by two newlines.",
    ("Article", "captions"): "Photo captions and credits.",
    ("Article", "removed"): "Every other non-empty input line that was dropped, so nothing is silently lost.",
    ("Article", "language"): "ISO 639-1 code of the body's language (id, ms, en, jv, su, ...).",
    ("Article", "network"): "The media group of a regional outlet.",
    ("Article", "agency"): "The news agency a syndicated copy comes from.",
    ("Article", "duplicate_of"): "The id of an earlier article this one copies (near-duplicate), if any.",
    ("Entity", "label"): "PER (person), ORG (organisation), LOC (place) or EVT (a named event: a summit, a festival, a disaster with a name).",
    ("Entity", "canonical"): "One name per real entity: the full name, the expansion of an acronym.",
    ("Quote", "kind"): "direct, partial or indirect.",
    ("Quote", "speaker"): "The speaker's canonical name, or null when unknown.",
    ("Quote", "speaker_role"): "The speaker's role or title as the article gives it (juru bicara KPK, Menteri Perdagangan).",
    ("TimeExpr", "value"): "TIMEX3-style value: 2026-10-05, 2026-10-05T06:18, 2026-10-05TMO (a part of the day), "
                             "2026-10, 2026-W41, 2026, P7D, PAST_REF.",
    ("Sentence", "date"): "The calendar day the sentence talks about, when a time expression in it names one.",
    ("Story", "id"): "Stable: derived from the story's first article and never renamed.",
    ("Story", "duplicates"): "Near-duplicate copies of the story's articles; not counted as articles.",
    ("TimelineEntry", "background"): "The event lies well before the story began.",
}


def _schema_of(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if _optional_of(hint) is not None:
        return {"anyOf": [_schema_of(_optional_of(hint), defs), {"type": "null"}]}
    if origin is list:
        (inner,) = typing.get_args(hint)
        return {"type": "array", "items": _schema_of(inner, defs)}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    raise TypeError(f"no schema for {hint!r}")


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props = {}
    for f in dataclasses.fields(cls):
        props[f.name] = _schema_of(hints[f.name], defs)
        if (cls.__name__, f.name) in FIELD_DOCS:
            props[f.name] = {"description": FIELD_DOCS[(cls.__name__, f.name)], **props[f.name]}
    required = [
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in ANALYSIS_FIELDS or cls is not Article
    ]
    schema: dict[str, Any] = {"type": "object", "properties": props, "required": required}
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split())
    return schema


def json_schema(cls: type) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a top-level contract object."""
    defs: dict[str, Any] = {}
    root = _object_schema(cls, defs)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:kilas:schema:{cls.__name__.lower()}",
        "title": f"kilas {cls.__name__}",
        **root,
    }
    if defs:
        schema["$defs"] = defs
    return schema
