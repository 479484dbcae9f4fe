"""SQLite storage: articles with their analyses, stories, and full-text search (FTS5).

One file holds everything. Every write happens inside one transaction, so a failed or
interrupted ingest leaves the store as it was. Articles are stored whole, as the JSON
contract, beside the few columns that queries need.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..model import Article, Story

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    outlet TEXT,
    published TEXT,
    language TEXT,
    duplicate_of TEXT,
    content_hash TEXT NOT NULL,
    data TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);
CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5(
    id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE IF NOT EXISTS stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    start TEXT,
    end TEXT,
    size INTEGER NOT NULL,
    data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS story_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    story_id TEXT NOT NULL,
    duplicate INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS story_articles_story ON story_articles (story_id);
"""


class StoreError(Exception):
    """A store that cannot be opened or used; the message names the file."""


def content_hash(article: Article) -> str:
    """What makes two versions of an article the same: its cleaned text and metadata."""
    data = article.to_dict()
    for key in ("sentences", "entities", "quotes", "times", "time_anchor", "duplicate_of", "source"):
        data.pop(key, None)
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass
class SearchHit:
    article: str
    title: str | None
    outlet: str | None
    published: str | None
    story: str | None
    snippet: str


class Store:
    def __init__(self, path: str | Path):
        self.path = str(path)
        try:
            self.db = sqlite3.connect(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.executescript(_SCHEMA)
            version = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if version is None:
                with self.db:
                    self.db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(version[0]) > SCHEMA_VERSION:
                raise StoreError(f"{self.path}: made by a newer kilas (schema {version[0]})")
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a kilas database ({err})") from None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- reading --------------------------------------------------------------------------

    def hashes(self) -> dict[str, str]:
        return dict(self.db.execute("SELECT id, content_hash FROM articles"))

    def articles(self) -> list[Article]:
        rows = self.db.execute("SELECT data FROM articles ORDER BY published, id")
        return [Article.from_dict(json.loads(data)) for (data,) in rows]

    def article(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT data FROM articles WHERE id = ?", (article_id,)).fetchone()
        return Article.from_dict(json.loads(row[0])) if row else None

    def assignments(self) -> dict[str, tuple[str, bool]]:
        rows = self.db.execute("SELECT article_id, story_id, duplicate FROM story_articles")
        return {a: (s, bool(d)) for a, s, d in rows}

    def stories(self) -> list[Story]:
        rows = self.db.execute("SELECT data FROM stories ORDER BY size DESC, start, id")
        return [Story.from_dict(json.loads(data)) for (data,) in rows]

    def counts(self) -> dict[str, int]:
        return {
            "articles": self.db.execute("SELECT count(*) FROM articles").fetchone()[0],
            "stories": self.db.execute("SELECT count(*) FROM stories").fetchone()[0],
        }

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        sql = """
            SELECT t.id, a.title, a.outlet, a.published, sa.story_id,
                   snippet(article_text, 2, '[', ']', ' … ', 14)
            FROM article_text t
            JOIN articles a ON a.id = t.id
            LEFT JOIN story_articles sa ON sa.article_id = t.id
            WHERE article_text MATCH ?
            ORDER BY bm25(article_text, 0.0, 3.0, 1.0)
            LIMIT ?
        """
        try:
            rows = self.db.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            # Not valid FTS5 syntax ("Rp 12,4 miliar", a stray quote): search the words.
            words = re.findall(r"\w+", query)
            if not words:
                return []
            rows = self.db.execute(sql, (" ".join(f'"{w}"' for w in words), limit)).fetchall()
        return [SearchHit(*row) for row in rows]

    # --- writing --------------------------------------------------------------------------

    def save(self, articles: list[Article], stories: list[Story], assignments: dict[str, tuple[str, bool]],
             removed_stories: set[str] = frozenset()) -> None:
        """Write new or changed articles and the stories they touch, and drop stories that
        were merged into others, all or nothing."""
        with self.db:
            for story_id in removed_stories:
                self.db.execute("DELETE FROM stories WHERE id = ?", (story_id,))
            for article in articles:
                body = article.body
                self.db.execute(
                    """INSERT INTO articles (id, source, title, outlet, published, language, duplicate_of, content_hash, data)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                       ON CONFLICT (id) DO UPDATE SET source = excluded.source, title = excluded.title,
                         outlet = excluded.outlet, published = excluded.published, language = excluded.language,
                         duplicate_of = excluded.duplicate_of, content_hash = excluded.content_hash, data = excluded.data""",
                    (article.id, article.source, article.title, article.outlet, article.published, article.language,
                     article.duplicate_of, content_hash(article), json.dumps(article.to_dict(), ensure_ascii=False)),
                )
                self.db.execute("DELETE FROM article_text WHERE id = ?", (article.id,))
                self.db.execute("INSERT INTO article_text (id, title, body) VALUES (?, ?, ?)",
                                (article.id, article.title or "", body))
            for article_id, (story_id, duplicate) in assignments.items():
                self.db.execute(
                    """INSERT INTO story_articles (article_id, story_id, duplicate) VALUES (?, ?, ?)
                       ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, duplicate = excluded.duplicate""",
                    (article_id, story_id, int(duplicate)),
                )
            for story in stories:
                self.db.execute(
                    """INSERT INTO stories (id, title, start, end, size, data) VALUES (?, ?, ?, ?, ?, ?)
                       ON CONFLICT (id) DO UPDATE SET title = excluded.title, start = excluded.start,
                         end = excluded.end, size = excluded.size, data = excluded.data""",
                    (story.id, story.title, story.start, story.end, len(story.articles),
                     json.dumps(story.to_dict(), ensure_ascii=False)),
                )
