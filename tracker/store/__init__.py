"""The claim store: where ingested articles, records, sources and comparisons live between runs.

The pipeline (tracker.ingest, the read commands) talks only to the `Store` protocol below and gets one
from `open_store`; SQLite is the embedded default. A server database is one more class with the same
methods and one more URL scheme in `open_store`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Protocol, Self

from tracker.models import Article, Comparison, Record

Status = Literal["new", "changed", "unchanged", "duplicate", "repeated", "failed", "stale"]
"""How an article read now relates to the store:
new: never seen; changed: same id, other text (replace its records); unchanged: same id and text;
duplicate: the same text is stored under another id; repeated: met earlier in this same session;
failed: extraction failed on this text before, with the same extractor (its fingerprint);
stale: stored with the same text by another extractor (only when asked to look: `stale=True`)."""


class StoreError(Exception):
    """The store cannot do what was asked; the message is one line naming the database and the cause."""


@dataclass(frozen=True, slots=True)
class Counts:
    articles: int
    records: int
    sources: int
    comparisons: int
    words: int


class Store(Protocol):
    """What the pipeline needs from a store. Writes happen only inside `transaction()`."""

    location: str

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def classify(self, article: Article, fingerprint: str = "", stale: bool = False) -> Status:
        """Say what to do with an article, and remember it as met in this session (first one wins).

        `fingerprint` names the extractor (version and rules): failures recorded under another
        fingerprint are tried again, and with `stale` so are articles stored under another one.
        """
        ...

    def put_failure(self, article: Article, message: str, fingerprint: str) -> None:
        """Remember that extraction failed on this article's text (cleared when it is stored)."""
        ...

    def failure(self, article: Article) -> str | None:
        """The message of the recorded failure of this article's text, if any."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """Everything written inside is committed together, or not at all."""
        ...

    def put_article(
        self,
        article: Article,
        records: Sequence[Record],
        keys: Mapping[str, Collection[str]],
        words: int = 0,
        fingerprint: str = "",
    ) -> None:
        """Store an article and its records (replacing any stored article with the same id).

        `keys` maps record ids to their blocking keys, which `neighbours` looks up.
        """
        ...

    def neighbours(self, keys: Collection[str], per_key: int, limit: int) -> list[Record]:
        """Stored records sharing a blocking key with `keys`, in storage order.

        Of each key's records only the `per_key` latest count; of those, the `limit` that share the
        most keys (then the latest) are returned.
        """
        ...

    def put_comparisons(self, comparisons: Iterable[Comparison]) -> int: ...

    def articles(self) -> Iterator[Article]: ...

    def records(self) -> Iterator[Record]:
        """Every stored record, in ingestion order."""
        ...

    def record_lines(self) -> Iterator[str]:
        """Every stored record as its JSON text, unparsed, in ingestion order (what dump writes)."""
        ...

    def comparisons(self) -> Iterator[Comparison]: ...

    def counts(self) -> Counts: ...

    def check(self) -> list[str]:
        """Integrity problems (corruption, orphans); empty when the store is sound."""
        ...


def open_store(
    url_or_path: str | Path, *, create: bool = True, readonly: bool = False, timeout: float = 10.0
) -> Store:
    """Open (and migrate forward) the store at a path or `sqlite:///path` URL.

    `create=False` is for readers: a missing database is an error, not a new empty store.
    `readonly=True` never writes (a file without write permission is opened so anyway).
    `timeout` is how long to wait for another process's write lock.
    """
    text = str(url_or_path)
    scheme, sep, rest = text.partition("://")
    if sep and scheme != "sqlite":
        raise StoreError(f"{text}: unsupported store '{scheme}': this tracker stores in SQLite files only")
    from tracker.store.sqlite import SQLiteStore

    # As in SQLAlchemy: sqlite:///relative.db, sqlite:////absolute/path.db
    path = rest.removeprefix("/") if sep else text
    return SQLiteStore(path, create=create, readonly=readonly, timeout=timeout)


__all__ = ["Counts", "Status", "Store", "StoreError", "open_store"]
