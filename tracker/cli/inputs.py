"""Options and loaders shared by commands: article inputs (extract, ingest) and record inputs (--db or files).

Declared once here so that every command spells, documents and validates them the same way.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from typing import Annotated

import typer

from tracker.cli.app import fail
from tracker.jsonio import UnreadableFile
from tracker.models import Record
from tracker.records import BadRecord, read_records
from tracker.store import Store, StoreError, open_store

# --- article inputs -------------------------------------------------------------------------------

ArticlePaths = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Articles: .txt files, folders (read recursively), JSON Lines / JSON array files of article "
        "objects, zips of those; '-' reads stdin.",
    ),
]
TextField = Annotated[str | None, typer.Option("--text-field", help="JSON field with the article text "
                                               "(default: content, else text).")]
IdField = Annotated[str | None, typer.Option("--id-field", help="JSON field with the article id "
                                             "(default: id, else url, else FILE-INDEX).")]
TitleField = Annotated[str | None, typer.Option("--title-field", help="JSON field with the title "
                                                "(default: title).")]
OutletField = Annotated[str | None, typer.Option("--outlet-field", help="JSON field with the outlet "
                                                 "(default: source).")]
DateField = Annotated[str | None, typer.Option("--date-field", help="JSON field with the publication date "
                                               "(default: the first field whose name starts with 'date').")]
UrlField = Annotated[str | None, typer.Option("--url-field", help="JSON field with the URL (default: url).")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for extraction.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar (it is only drawn when stderr "
                                     "is a terminal anyway).")]


# --- record inputs --------------------------------------------------------------------------------

Db = Annotated[
    str | None,
    typer.Option("--db", metavar="DB", help="Read the records of a claim store (made by `tracker ingest`) "
                 "instead of record files."),
]
RecordPaths = Annotated[
    list[str] | None,
    typer.Argument(metavar="FILE", help="Record files: JSON Lines, a JSON array or one object; "
                   "'-' reads stdin. Not with --db."),
]


def open_db(db: str, *, create: bool = False) -> Store:
    """The store at `db`, or a one-line error and exit 2."""
    try:
        return open_store(db, create=create)
    except StoreError as e:
        fail(str(e))


def iter_records(paths: list[str] | None, db: str | None) -> Iterator[Record]:
    """Records from files or from a store, streamed; bad input becomes one `tracker: ...` line and exit 2."""
    if db and paths:
        fail("give record files or --db, not both")
    if not db and not paths:
        fail("no input: give record files (or '-' for stdin) or --db DB")
    try:
        if db:
            with open_db(db) as store:
                yield from store.records()
        else:
            yield from read_records(paths or [])
    except (BadRecord, StoreError) as e:
        fail(str(e))
    except UnreadableFile as e:
        fail(str(e))


def load_records(paths: list[str] | None, db: str | None) -> list[Record]:
    """All records of files or a store (what compare, report, attribute, sources, export need)."""
    return list(iter_records(paths, db))


@contextlib.contextmanager
def dumped(db: str) -> Iterator[str]:
    """The records of a store as a temporary JSON Lines file, for commands that check files as such."""
    with open_db(db) as store, tempfile.TemporaryDirectory(prefix="tracker-") as folder:
        path = os.path.join(folder, "records.jsonl")
        try:
            with open(path, "w", encoding="utf-8") as out:
                for line in store.record_lines():
                    out.write(line + "\n")
        except StoreError as e:
            fail(str(e))
        yield path
