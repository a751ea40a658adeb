"""`tracker compare`: which claims agree, contradict or echo one another, each verdict with its rule."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path

import typer

from tracker import compare, propositions
from tracker.cli.app import app, err, fail
from tracker.cli.inputs import Db, RecordPaths, load_records
from tracker.jsonio import atomic_write, dumps
from tracker.models import Record
from tracker.rules import RuleError


class CompareFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def with_propositions(records: list[Record]) -> list[Record]:
    """Records as given where they carry a proposition; read from the claim (and its article) where not."""
    if all(r.proposition for r in records):
        return records
    missing = [r for r in records if r.proposition is None]
    done = {r.id: r for r in propositions.annotate(missing)}
    return [done.get(r.id, r) if r.proposition is None else r for r in records]


@app.command("compare")
def compare_command(
    files: RecordPaths = None,
    db: Db = None,
    output: Path = typer.Option(
        Path("-"), "--output", "-o", help="Write here instead of stdout (atomically)."
    ),
    fmt: CompareFormat = typer.Option(
        CompareFormat.jsonl, "--format", help="jsonl: one comparison per line. json: one array."
    ),
    no_stance: bool = typer.Option(
        False, "--no-stance", help="Decide by the lattice only; do not consult the stance detectors."
    ),
) -> None:
    """Compare claims: agree, contradict or echo, for claims about the same actors or the same event.

    Claims are blocked by actor pair (through the entity links of rules/ar/entities.yaml: a claim
    about al-Nusra also meets claims about al-Qaeda), by event and by what a figure counts; only claims
    in one block are compared. Each output line has a, b (record ids), verdict, proposition, reason,
    rule (an id in rules/ar/lattice.yaml) and confidence. Records without a `proposition` get one here
    (their article text is read from article.path when it is still there).
    """
    try:
        records = with_propositions(load_records(files, db))
        rows = list(compare.compare(records, use_stance=not no_stance))
    except RuleError as e:
        fail(str(e))
    with atomic_write(output) as out:
        if fmt is CompareFormat.json:
            data = [r.model_dump(mode="json") for r in rows]
            out.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        else:
            for row in rows:
                out.write(dumps(row.model_dump(mode="json")) + "\n")
    counts = {v: sum(r.verdict == v for r in rows) for v in ("contradict", "agree", "echo")}
    err(f"{len(records)} records: {counts['contradict']} contradictions, {counts['agree']} agreements, "
        f"{counts['echo']} echoes")
