"""Read .txt, .html/.htm and .jsonl files, folders of them, and JSON Lines on stdin."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import IO, Iterable, Iterator

from ..model import RawDocument, Rejection
from ..settings import DEFAULT, Settings

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)

Item = RawDocument | Rejection


def read(paths: Iterable[str], settings: Settings = DEFAULT, stdin: IO[str] | None = None) -> Iterator[Item]:
    """Every article under the given paths, in a stable order (folders sorted)."""
    for path in paths:
        if path == "-":
            yield from _read_jsonl_stream(stdin or sys.stdin, "<stdin>", settings)
            continue
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            for f in files:
                if f.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(f, settings)
        elif p.is_file():
            yield from read_file(p, settings)
        else:
            yield Rejection(str(path), "no such file or folder")


def read_file(path: Path, settings: Settings = DEFAULT) -> Iterator[Item]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in KNOWN_SUFFIXES:
        yield Rejection(source, f"unknown kind of file '{suffix or path.name}' (expected .txt, .html, .htm or .jsonl)")
        return
    try:
        size = path.stat().st_size
        if size > settings.max_input_bytes:
            yield Rejection(source, f"too large ({size:,} bytes; the limit is {settings.max_input_bytes:,})")
            return
        data = path.read_bytes()
    except OSError as err:
        yield Rejection(source, f"cannot be read ({err.strerror or err})")
        return
    if not data.strip():
        yield Rejection(source, "empty file")
        return
    if b"\x00" in data[:8192]:
        yield Rejection(source, "binary file, not text")
        return
    if suffix in HTML_SUFFIXES:
        text = _decode_html(data)
        if text is None:
            yield Rejection(source, "not decodable as HTML text (unknown or wrong character encoding)")
            return
        yield RawDocument(id=path.stem, source=source, html=text)
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        yield Rejection(source, f"not UTF-8 text (byte 0x{data[err.start]:02x} at offset {err.start})")
        return
    if suffix in TEXT_SUFFIXES:
        yield RawDocument(id=path.stem, source=source, text=text)
    else:
        yield from _read_jsonl_lines(text.splitlines(), source, settings)


def _decode_html(data: bytes) -> str | None:
    """Saved pages declare their charset; old Indonesian pages are often windows-1252."""
    match = _CHARSET.search(data[:4096])
    encodings = ["utf-8"]
    if match:
        encodings.insert(0, match.group(1).decode("ascii").lower())
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _read_jsonl_stream(stream: IO[str], source: str, settings: Settings) -> Iterator[Item]:
    try:
        lines = stream.read().splitlines()
    except UnicodeDecodeError:
        yield Rejection(source, "not UTF-8 text")
        return
    yield from _read_jsonl_lines(lines, source, settings)


def _read_jsonl_lines(lines: list[str], source: str, settings: Settings) -> Iterator[Item]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > settings.max_input_bytes:
            yield Rejection(where, "line too large")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejection(where, f"broken JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(obj, dict):
            yield Rejection(where, "a JSON line must be an object")
            continue
        text, html = obj.get("text"), obj.get("html")
        if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
            yield Rejection(where, "no 'text' or 'html' field with content")
            continue
        fields = {k: obj.get(k) for k in ("url", "title", "outlet", "published")}
        fields = {k: str(v) for k, v in fields.items() if v not in (None, "")}
        doc_id = str(obj.get("id") or _id_from(fields.get("url")) or f"{Path(source).stem}-{number}")
        yield RawDocument(
            id=doc_id,
            source=fields.get("url") or where,
            text=text if isinstance(text, str) and text.strip() else None,
            html=html if not (isinstance(text, str) and text.strip()) else None,
            **fields,
        )


def _id_from(url: str | None) -> str | None:
    if not url:
        return None
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"\.(html?|php)$", "", slug)
    return slug or None
