"""The SQLite schema as an ordered list of forward migrations; `PRAGMA user_version` says how far a file is.

Never edit a migration that has shipped: add the next one. A database whose version is higher than the
last migration here was written by a newer tracker, and this one refuses to touch it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, records, blocking keys, sources, comparisons",
        """
        CREATE TABLE articles (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT,
            outlet TEXT,
            published TEXT,
            title TEXT,
            url TEXT,
            words INTEGER NOT NULL DEFAULT 0,
            ingested_at TEXT NOT NULL
        );
        CREATE TABLE records (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            article INTEGER NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
            data TEXT NOT NULL
        );
        CREATE INDEX records_article ON records(article);
        -- Blocking keys: comparisons load only the stored records that share a key with new ones.
        CREATE TABLE record_keys (
            key TEXT NOT NULL,
            record INTEGER NOT NULL REFERENCES records(seq) ON DELETE CASCADE,
            PRIMARY KEY (key, record)
        ) WITHOUT ROWID;
        CREATE INDEX record_keys_record ON record_keys(record);
        CREATE TABLE sources (
            seq INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            UNIQUE (name, type)
        );
        CREATE TABLE record_sources (
            record INTEGER NOT NULL REFERENCES records(seq) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('speaker', 'via')),
            position INTEGER NOT NULL,
            source INTEGER NOT NULL REFERENCES sources(seq),
            PRIMARY KEY (record, role, position)
        ) WITHOUT ROWID;
        CREATE INDEX record_sources_source ON record_sources(source);
        CREATE TABLE comparisons (
            a INTEGER NOT NULL REFERENCES records(seq) ON DELETE CASCADE,
            b INTEGER NOT NULL REFERENCES records(seq) ON DELETE CASCADE,
            verdict TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (a, b)
        ) WITHOUT ROWID;
        CREATE INDEX comparisons_b ON comparisons(b);
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
    ),
    Migration(
        2,
        "articles the extractor failed on, so that a re-run with the same rules does not retry them",
        """
        CREATE TABLE failures (
            sha256 TEXT PRIMARY KEY,
            id TEXT NOT NULL,
            message TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            failed_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    ),
    Migration(
        3,
        "which extractor (version and rules) made each article's records, for ingest --reextract",
        "ALTER TABLE articles ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';",
    ),
)

LATEST = MIGRATIONS[-1].version
