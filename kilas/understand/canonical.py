"""One canonical name per real entity, within an article and across a story.

- A person's later mention by surname, given name or a shorter form takes the full name
  it belongs to ("Sri" -> "Sri Wulandari"); when several full names share the word
  ("Hendra Saputra" and "Hendra Saputra Wibisono"), the nearest one introduced before
  the mention wins, so different people who share name parts stay apart.
- Acronyms and short forms take their expansion from the data files ("KPK" ->
  "Komisi Pemberantasan Korupsi", "AS" -> "Amerika Serikat"), or from the text itself
  ("Badan Siber dan Sandi Negara (BSSN)").
- Hyphen, case and spacing variants share one key ("Moon Jae-in" / "Moon Jae In").
- The role that preceded a person's name is kept on every mention of that person.
"""

from __future__ import annotations

import re

from ..model import Entity
from .entities import _aliases, _organisations


def name_key(name: str) -> str:
    """Spelling-insensitive key: case, hyphens, dots and spacing do not matter."""
    name = name.lower().replace("-", " ").replace(".", " ")
    tokens = [_aliases().get(t + ".", _aliases().get(t, t)).lower() for t in name.split()]
    return " ".join(tokens)


def canonicalise(text: str, entities: list[Entity]) -> list[Entity]:
    _expand_short_forms(text, entities)
    _link_people(entities)
    return entities


def _expand_short_forms(text: str, entities: list[Entity]) -> None:
    defined: dict[str, str] = {}
    # "Long Name (ACR)" defines ACR within this article.
    by_start = {e.start: e for e in entities}
    for e in entities:
        m = re.match(r"\s*\(([A-Z][A-Za-z]{1,9})\)", text[e.end : e.end + 14])
        if m and e.label == "ORG" and len(e.text.split()) > 1:
            defined[m.group(1).lower()] = e.text
            inner = by_start.get(e.end + m.start(1))
            if inner:
                inner.label = "ORG"
    orgs, aliases = _organisations(), _aliases()
    for e in entities:
        low = e.text.lower()
        if low in defined:
            e.canonical = defined[low]
        elif e.label == "ORG" and low in orgs:
            e.canonical = orgs[low]
        elif e.label == "LOC" and low in aliases:
            e.canonical = aliases[low]


def _link_people(entities: list[Entity]) -> None:
    people = [e for e in entities if e.label == "PER"]
    full_names: list[tuple[int, list[str], Entity]] = []  # (position, key tokens, entity)
    for e in people:
        tokens = name_key(e.text).split()
        if len(tokens) >= 2:
            full_names.append((e.start, tokens, e))
    for e in people:
        tokens = name_key(e.text).split()
        candidates = [
            (pos, full) for pos, full_tokens, full in full_names
            if len(full_tokens) > len(tokens) and _contains(full_tokens, tokens)
        ]
        if len(tokens) >= 2:
            # A full name of its own ("Hendra Saputra") joins a longer one ("Hendra Saputra
            # Wibisono") only as a later, role-less short form of a name introduced before.
            candidates = [c for c in candidates if c[0] < e.start and not e.role]
        if not candidates:
            continue
        before = [c for c in candidates if c[0] < e.start]
        pool = before or candidates
        distinct = {name_key(full.text) for _, full in pool}
        if len(distinct) > 1 and not before:
            continue  # ambiguous and nothing introduced it: leave it as written
        _, full = max(pool, key=lambda c: c[0]) if before else min(pool, key=lambda c: c[0])
        e.canonical = full.canonical
    roles: dict[str, str] = {}
    for e in people:
        if e.role and e.canonical not in roles:
            roles[e.canonical] = e.role
    for e in people:
        e.role = e.role or roles.get(e.canonical)


def _contains(full: list[str], part: list[str]) -> bool:
    """Is `part` a contiguous run of `full`, or (for one word) any word of it?"""
    n = len(part)
    return any(full[i : i + n] == part for i in range(len(full) - n + 1))
