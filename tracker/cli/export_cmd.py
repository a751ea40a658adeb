"""`tracker export prov RECORDS... -o FILE.json`: provenance for other tools (W3C PROV-JSON)."""

from __future__ import annotations

import typer

from tracker.cli.app import app, err
from tracker.cli.inputs import Db, RecordPaths
from tracker.cli.prov_common import Comparisons, load
from tracker.jsonio import atomic_write
from tracker.prov_export import to_json

export_app = typer.Typer(help="Write claims and their provenance in standard formats.", no_args_is_help=True)
app.add_typer(export_app, name="export")


@export_app.command("prov")
def export_prov(
    files: RecordPaths = None,
    db: Db = None,
    output: str = typer.Option(
        ..., "-o", "--output", metavar="FILE.json", help="Where to write; '-' is stdout."
    ),
    comparisons: Comparisons = None,
) -> None:
    """W3C PROV-JSON: claims, statements and articles as entities, sources as agents, with
    wasAttributedTo, wasQuotedFrom (quotations through intermediaries, and echoes) and
    hadPrimarySource (each claim's origin). Readable by the `prov` package and other PROV tools.
    The file is written whole or not at all; exit 2 on bad input.
    """
    a = load(files, comparisons, db)
    text = to_json(a)
    with atomic_write(output) as out:
        out.write(text + "\n")
    if output != "-":
        err(f"wrote {len(a.records)} claims, {len(a.sources)} sources to {output}")
