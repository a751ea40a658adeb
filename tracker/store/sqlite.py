"""The embedded store: one SQLite file in WAL mode, written one transaction per ingest batch.

Records are kept whole as JSON (the record contract is the models', not the table layout's); the
columns beside them exist for lookups: article identity, blocking keys, sources, comparison pairs.
Foreign keys cascade, so replacing an article can never leave orphan records, keys or comparisons.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Self

from tracker import __version__
from tracker.jsonio import dumps
from tracker.models import Article, Comparison, Record
from tracker.store import Counts, Status, StoreError
from tracker.store.migrations import MIGRATIONS, Migration

_CAUSES = {
    "SQLITE_BUSY": "the database is locked by another process (is another ingest still running?)",
    "SQLITE_LOCKED": "the database is locked by another connection",
    "SQLITE_READONLY": "the database is read-only (file or folder permissions)",
    "SQLITE_FULL": "the disk is full (or the database reached its size limit)",
    "SQLITE_NOTADB": "not an SQLite database",
    "SQLITE_CORRUPT": "the database file is corrupt",
    "SQLITE_CANTOPEN": "cannot open the database file (missing folder or no permission?)",
    "SQLITE_PERM": "permission denied",
    "SQLITE_IOERR": "disk input/output error (disk full or failing?)",
}
_ARTICLE_COLUMNS = ("id", "path", "sha256", "outlet", "published", "title", "url")


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one by one (executescript would commit the open transaction)."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                yield buffer
            buffer = ""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def explain(e: sqlite3.Error) -> str:
    """A short human cause for an SQLite error, from its error code rather than its wording."""
    name = getattr(e, "sqlite_errorname", "") or ""
    for prefix, cause in _CAUSES.items():
        if name == prefix or name.startswith(prefix + "_"):
            return cause
    return str(e) or type(e).__name__


class SQLiteStore:
    """`tracker.store.Store` on an SQLite file."""

    def __init__(self, path: str, *, create: bool = True, readonly: bool = False, timeout: float = 10.0,
                 migrations: Sequence[Migration] = MIGRATIONS) -> None:
        self.location = path
        file = Path(path)
        if file.is_dir():
            raise StoreError(f"{path}: is a directory, not a database file")
        if (readonly or not create) and not file.exists():
            raise StoreError(f"{path}: no such database (create one with: tracker ingest ... --db {path})")
        exists = file.exists() and file.stat().st_size > 0
        self.readonly = readonly or (
            exists and not (os.access(file, os.W_OK) and os.access(file.parent, os.W_OK))
        )
        try:
            if self.readonly:
                self._conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True,
                                             timeout=timeout, isolation_level=None)
            else:
                self._conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"{path}: cannot open: {explain(e)}") from None
        try:
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(migrations)
            if not self.readonly:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as e:
            self._conn.close()
            raise StoreError(f"{path}: cannot open: {explain(e)}") from None
        except StoreError:
            self._conn.close()
            raise
        self._session = False

    # -- opening -------------------------------------------------------------------------------------

    def _migrate(self, migrations: Sequence[Migration]) -> None:
        """Apply the pending migrations, each in its own transaction; the version is read again under
        the write lock, so two processes opening a new store at once do not both create it."""
        latest = migrations[-1].version if migrations else 0
        self._conn.execute("BEGIN")  # one snapshot for the version and the table count
        try:
            version = self._check_version(latest)
        finally:
            self._conn.execute("COMMIT")
        if version == latest:
            return
        if self.readonly:
            raise StoreError(
                f"{self.location}: schema version {version} needs migrating to {latest}, "
                "but the database is read-only"
            )
        conn = self._conn
        for m in migrations:
            try:
                conn.execute("BEGIN IMMEDIATE")
                if self._check_version(latest) < m.version:
                    for statement in _statements(m.sql):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {m.version:d}")
                    conn.execute("INSERT OR REPLACE INTO meta VALUES ('tracker_version', ?)", (__version__,))
                conn.execute("COMMIT")
            except sqlite3.Error as e:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise StoreError(
                    f"{self.location}: migration to schema version {m.version} failed: {explain(e)}"
                ) from None
            except StoreError:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def _check_version(self, latest: int) -> int:
        conn = self._conn
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > latest:
            raise StoreError(
                f"{self.location}: database schema version {version} is newer than this tracker "
                f"({__version__}, schema version {latest}) understands; upgrade tracker to use it"
            )
        if version == 0 and conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
            raise StoreError(f"{self.location}: an SQLite database, but not a tracker store")
        return version

    @property
    def version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def _errors(self, action: str) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as e:
            raise StoreError(f"{self.location}: {action}: {explain(e)}") from None

    # -- writing -------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if self.readonly:
            raise StoreError(f"{self.location}: {_CAUSES['SQLITE_READONLY']}")
        with self._errors("cannot start writing"):
            self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            with self._errors("commit failed, this batch was not stored"):
                self._conn.execute("COMMIT")
        except BaseException:
            if self._conn.in_transaction:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("ROLLBACK")
            raise

    def classify(self, article: Article, fingerprint: str = "", stale: bool = False) -> Status:
        conn = self._conn
        with self._errors("cannot look up an article"):
            if not self._session:
                conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen_ids (id TEXT PRIMARY KEY) WITHOUT ROWID")
                conn.execute("CREATE TEMP TABLE IF NOT EXISTS seen_shas (sha TEXT PRIMARY KEY) WITHOUT ROWID")
                self._session = True
            if conn.execute("INSERT OR IGNORE INTO temp.seen_ids VALUES (?)", (article.id,)).rowcount == 0:
                return "repeated"
            sha = (article.sha256,)
            if conn.execute("INSERT OR IGNORE INTO temp.seen_shas VALUES (?)", sha).rowcount == 0:
                return "duplicate"
            row = conn.execute("SELECT sha256, fingerprint FROM articles WHERE id = ?",
                               (article.id,)).fetchone()
            if row and row[0] == article.sha256:
                return "stale" if stale and row[1] != fingerprint else "unchanged"
            if conn.execute("SELECT 1 FROM articles WHERE sha256 = ?", sha).fetchone():
                return "duplicate"
            failed = conn.execute("SELECT fingerprint FROM failures WHERE sha256 = ?", sha).fetchone()
            if failed and failed[0] == fingerprint:
                return "failed"
            return "changed" if row else "new"

    def put_failure(self, article: Article, message: str, fingerprint: str) -> None:
        with self._errors(f"cannot record the failure of article {article.id}"):
            self._conn.execute(
                "INSERT OR REPLACE INTO failures (sha256, id, message, fingerprint, failed_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (article.sha256, article.id, message, fingerprint, _now()),
            )

    def failure(self, article: Article) -> str | None:
        with self._errors("cannot look up failures"):
            row = self._conn.execute("SELECT message FROM failures WHERE sha256 = ?",
                                     (article.sha256,)).fetchone()
        return str(row[0]) if row else None

    def put_article(
        self,
        article: Article,
        records: Sequence[Record],
        keys: Mapping[str, Collection[str]],
        words: int = 0,
        fingerprint: str = "",
    ) -> None:
        conn = self._conn
        with self._errors(f"cannot store article {article.id}"):
            old = conn.execute("SELECT seq FROM articles WHERE id = ?", (article.id,)).fetchone()
            same = conn.execute("SELECT id, fingerprint FROM articles WHERE sha256 = ?",
                                (article.sha256,)).fetchone()
            if same and (same[0] != article.id or same[1] == fingerprint):
                return  # another process stored this text since classify() looked
            if old:
                self._delete_article(old[0])
            conn.execute("DELETE FROM failures WHERE sha256 = ?", (article.sha256,))
            seq = conn.execute(
                "INSERT INTO articles (id, sha256, path, outlet, published, title, url, words, ingested_at,"
                " fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, article.sha256, article.path, article.outlet,
                 article.published.isoformat() if article.published else None,
                 article.title, article.url, words, _now(), fingerprint),
            ).lastrowid
            for record in records:
                cur = conn.execute(
                    "INSERT OR IGNORE INTO records (id, article, data) VALUES (?, ?, ?)",
                    (record.id, seq, dumps(record.model_dump(mode="json", exclude_none=True))),
                )
                if not cur.rowcount:
                    continue  # the same record twice from one article: keep the first
                rec = cur.lastrowid
                conn.executemany(
                    "INSERT OR IGNORE INTO record_keys (key, record) VALUES (?, ?)",
                    [(k, rec) for k in sorted(keys.get(record.id, ()))],
                )
                sources = [("speaker", 0, record.speaker.resolved, record.speaker.type)]
                sources += [("via", i, hop.text, hop.type) for i, hop in enumerate(record.via)]
                for role, position, name, kind in sources:
                    source = conn.execute(
                        "INSERT INTO sources (name, type) VALUES (?, ?) ON CONFLICT (name, type)"
                        " DO UPDATE SET name = excluded.name RETURNING seq",
                        (name, kind),
                    ).fetchone()[0]
                    conn.execute(
                        "INSERT INTO record_sources (record, role, position, source) VALUES (?, ?, ?, ?)",
                        (rec, role, position, source),
                    )

    def _delete_article(self, seq: int) -> None:
        """Cascade to records, keys, comparisons and source links; drop sources nobody cites any more."""
        conn = self._conn
        sources = [row[0] for row in conn.execute(
            "SELECT DISTINCT rs.source FROM record_sources rs JOIN records r ON r.seq = rs.record"
            " WHERE r.article = ?", (seq,))]
        conn.execute("DELETE FROM articles WHERE seq = ?", (seq,))
        conn.executemany(
            "DELETE FROM sources WHERE seq = ? AND NOT EXISTS"
            " (SELECT 1 FROM record_sources WHERE source = sources.seq)",
            [(s,) for s in sources],
        )

    def neighbours(self, keys: Collection[str], per_key: int, limit: int) -> list[Record]:
        if not keys or limit <= 0:
            return []
        with self._errors("cannot look up stored claims"):
            rows = self._conn.execute(
                "SELECT r.data FROM records r JOIN ("
                " SELECT record, count(*) AS shared FROM ("
                "  SELECT record, row_number() OVER (PARTITION BY key ORDER BY record DESC) AS n"
                "  FROM record_keys WHERE key IN (SELECT value FROM json_each(?)))"
                " WHERE n <= ? GROUP BY record ORDER BY shared DESC, record DESC LIMIT ?"
                ") AS near ON near.record = r.seq ORDER BY r.seq",
                (dumps(sorted(keys)), per_key, limit),
            ).fetchall()
        return [Record.model_validate_json(row[0]) for row in rows]

    def put_comparisons(self, comparisons: Iterable[Comparison]) -> int:
        n = 0
        with self._errors("cannot store comparisons"):
            for c in comparisons:
                n += self._conn.execute(
                    "INSERT OR REPLACE INTO comparisons (a, b, verdict, data)"
                    " SELECT ra.seq, rb.seq, ?, ? FROM records ra, records rb WHERE ra.id = ? AND rb.id = ?",
                    (c.verdict, dumps(c.model_dump(mode="json", exclude_none=True)), c.a, c.b),
                ).rowcount
        return n

    # -- reading -------------------------------------------------------------------------------------

    def _rows(self, sql: str, action: str) -> Iterator[tuple[object, ...]]:
        with self._errors(action):
            cur = self._conn.execute(sql)
            while rows := cur.fetchmany(512):
                yield from rows

    def articles(self) -> Iterator[Article]:
        for row in self._rows(
            f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles ORDER BY seq",
            "cannot read articles",
        ):
            fields = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
            yield Article.model_validate({k: v for k, v in fields.items() if v is not None})

    def records(self) -> Iterator[Record]:
        for line in self.record_lines():
            yield Record.model_validate_json(line)

    def record_lines(self) -> Iterator[str]:
        for (data,) in self._rows("SELECT data FROM records ORDER BY seq", "cannot read records"):
            yield str(data)

    def comparisons(self) -> Iterator[Comparison]:
        for (data,) in self._rows("SELECT data FROM comparisons ORDER BY a, b", "cannot read comparisons"):
            yield Comparison.model_validate_json(str(data))

    def counts(self) -> Counts:
        with self._errors("cannot count"):
            one = lambda sql: int(self._conn.execute(sql).fetchone()[0] or 0)  # noqa: E731
            return Counts(
                articles=one("SELECT count(*) FROM articles"),
                records=one("SELECT count(*) FROM records"),
                sources=one("SELECT count(*) FROM sources"),
                comparisons=one("SELECT count(*) FROM comparisons"),
                words=one("SELECT sum(words) FROM articles"),
            )

    def check(self) -> list[str]:
        conn, out = self._conn, []
        with self._errors("integrity check failed to run"):
            out += [f"integrity: {row[0]}" for row in conn.execute("PRAGMA integrity_check")
                    if row[0] != "ok"]
            out += [f"orphan row in {row[0]} (rowid {row[1]}) pointing to a missing {row[2]}"
                    for row in conn.execute("PRAGMA foreign_key_check")]
            out += [f"record {row[0]} is stored under article {row[1]} but names article {row[2]}"
                    for row in conn.execute(
                        "SELECT r.id, a.id, json_extract(r.data, '$.article.id') FROM records r"
                        " JOIN articles a ON a.seq = r.article"
                        " WHERE json_extract(r.data, '$.article.id') IS NOT a.id"
                        " OR json_extract(r.data, '$.article.sha256') IS NOT a.sha256")]
            out += [f"source {row[0]!r} ({row[1]}) is cited by no record"
                    for row in conn.execute(
                        "SELECT name, type FROM sources s"
                        " WHERE NOT EXISTS (SELECT 1 FROM record_sources WHERE source = s.seq)")]
        return out
