"""`tracker ingest` and `tracker dump`: a growing claim store, and valid records out of it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from tracker.cli.app import app, err, fail
from tracker.cli.inputs import (
    ArticlePaths,
    DateField,
    IdField,
    Jobs,
    OutletField,
    Quiet,
    TextField,
    TitleField,
    UrlField,
    open_db,
)
from tracker.ingest import ARTICLE_SECONDS, BATCH, IngestStats, count_sources, default_stages, ingest
from tracker.jsonio import UnreadableFile, atomic_write, dumps
from tracker.progress import Progress
from tracker.read import Fields, iter_articles
from tracker.store import StoreError, open_store


class SummaryFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("ingest")
def ingest_command(
    paths: ArticlePaths,
    db: Annotated[str, typer.Option("--db", help="The store: an SQLite file, created when missing.")]
    = "tracker.db",
    jobs: Jobs = 1,
    quiet: Quiet = False,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per transaction: a run "
                                            "that is killed loses at most one batch of work.")] = BATCH,
    wait: Annotated[float, typer.Option("--wait", min=0, help="Seconds to wait for another process's "
                                        "lock on the store before giving up.")] = 10.0,
    article_timeout: Annotated[float, typer.Option("--article-timeout", min=0, help="Abandon (and report) "
                                                   "an article whose extraction takes longer than this many "
                                                   "seconds; 0: no limit.")] = ARTICLE_SECONDS,
    reextract: Annotated[bool, typer.Option("--reextract", help="Also extract again the stored articles "
                                            "whose records another tracker version or other rule files "
                                            "made.")] = False,
    output: Annotated[SummaryFormat, typer.Option("--format", help="The closing summary: text (one line) "
                                                  "or json (counts and seconds).")] = SummaryFormat.text,
    text_field: TextField = None,
    id_field: IdField = None,
    title_field: TitleField = None,
    outlet_field: OutletField = None,
    date_field: DateField = None,
    url_field: UrlField = None,
) -> None:
    """Extract claims from articles into a claim store, skipping what it already holds.

    Takes the same inputs as `extract`. Articles stored with the same text are not extracted again;
    an article whose text changed replaces its old records. Each batch of articles is committed in
    one transaction, so the run can be killed at any moment and simply started again. New claims are
    compared with the stored claims about the same entities and relation.

    Problems with single inputs (unreadable, empty, broken JSON) are reported on stderr and the run
    goes on. Exit codes: 0 all read; 1 some inputs had problems; 2 the store failed (locked,
    read-only, disk full: what was committed before stays intact) or a usage error.
    """
    fields = Fields(text=text_field, id=id_field, title=title_field, outlet=outlet_field, date=date_field,
                    url=url_field)
    try:
        store = open_store(db, timeout=wait)
    except StoreError as e:
        fail(str(e))
    stats = IngestStats()
    try:
        with store, Progress(None, quiet) as progress:
            stages = default_stages(jobs, article_timeout)
            ingest(iter_articles(paths, fields), store, stages, batch_size=batch_size, progress=progress,
                   warn=progress.write, stats=stats, sources=count_sources(paths) if progress.shown else None,
                   reextract=reextract)
    except StoreError as e:
        fail(f"{e}; the batch in flight was not stored, the {stats.stored} articles stored before it "
             "are intact")
    except UnreadableFile as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail(f"interrupted; {stats.stored} articles were stored, run again to go on", 130)
    if output is SummaryFormat.json:
        print(json.dumps(stats.as_dict()))
    else:
        print(stats.summary())
    raise typer.Exit(1 if stats.problems else 0)


def _write(path: str, lines: Iterable[str]) -> int:
    """JSON Lines, atomically into a file; straight into a device or pipe (/dev/null, a FIFO), which
    an atomic rename would replace with a regular file."""
    target = Path(path)
    n = 0
    with (atomic_write(path) if path == "-" or not target.exists() or target.is_file()
          else open(target, "w", encoding="utf-8")) as out:
        for line in lines:
            out.write(line + "\n")
            n += 1
    return n


@app.command("dump")
def dump_command(
    db: Annotated[str, typer.Option("--db", help="The store to read (made by `tracker ingest`).")],
    output: Annotated[str, typer.Option("--output", "-o", help="Records file (JSON Lines); '-' is stdout.")]
    = "-",
    comparisons: Annotated[str | None, typer.Option("--comparisons", help="Also write the stored "
                                                    "comparisons to this JSON Lines file.")] = None,
) -> None:
    """Write every record of a store as JSON Lines, in ingestion order (valid input for `tracker validate`).

    Files are written atomically: on any error nothing is left half-written.
    """
    with open_db(db) as store:
        try:
            n = _write(output, store.record_lines())
            err(f"{n} records written to {'stdout' if output == '-' else output}")
            if comparisons:
                m = _write(comparisons, (dumps(c.model_dump(mode="json", exclude_none=True))
                                         for c in store.comparisons()))
                err(f"{m} comparisons written to {comparisons}")
        except StoreError as e:
            fail(str(e))
        except OSError as e:
            fail(f"{e.filename or output}: cannot write: {e.strerror}")
