"""`tracker report`: the contradiction report, for people (table, md, html) or programs (json)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from tracker import compare, report
from tracker.cli.app import app, fail
from tracker.cli.compare_cmd import with_propositions
from tracker.cli.inputs import Db, RecordPaths, load_records
from tracker.jsonio import atomic_write
from tracker.rules import RuleError


class ReportFormat(StrEnum):
    table = "table"
    md = "md"
    html = "html"
    json = "json"


@app.command("report")
def report_command(
    files: RecordPaths = None,
    db: Db = None,
    fmt: ReportFormat = typer.Option(
        ReportFormat.table,
        "--format",
        help="table: for the terminal. md: Markdown for issue trackers. html: one self-contained "
        "right-to-left page. json: follows schemas/report.schema.json.",
    ),
    output: Path = typer.Option(
        Path("-"), "--output", "-o", help="Write here instead of stdout (atomically)."
    ),
    no_stance: bool = typer.Option(False, "--no-stance", help="Decide by the lattice only."),
) -> None:
    """For each proposition more than one source speaks to: who affirms, who denies, where, through whom.

    Each proposition lists its sides (stance, speaker, article, the chain through which the claim
    reached the article, the claim text) and the verdicts with their reasons and rules; propositions
    with contradictions come first. Echoes (one statement republished) are counted as one source.
    """
    try:
        records = with_propositions(load_records(files, db))
        built = report.build(records, compare.compare(records, use_stance=not no_stance))
    except RuleError as e:
        fail(str(e))
    with atomic_write(output) as out:
        out.write(report.RENDERERS[fmt.value](built))
