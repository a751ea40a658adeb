"""`tracker sources RECORDS...`: one row per source, with its record and reliability grade."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import typer
from tabulate import tabulate

from tracker.cli.app import app
from tracker.cli.inputs import Db, RecordPaths
from tracker.cli.prov_common import Comparisons, load
from tracker.grades import Assessment


class SourcesFormat(StrEnum):
    table = "table"
    json = "json"
    md = "md"


COLUMNS = (
    "source",
    "name",
    "type",
    "claims",
    "anonymous",
    "confirmed",
    "contradicted",
    "reliability",
    "outlets",
)


def rows(a: Assessment) -> list[dict[str, Any]]:
    """Sources that speak in at least one record, most claims first."""
    out = []
    by_id = a.by_id
    for sid, sg in a.sources.items():
        recs = [by_id[rid] for rid in sg.source.records if rid in by_id]
        if not recs:
            continue
        outlets: dict[str, None] = {}
        for r in recs:
            for link in a.provenance.chains[r.id][:-1]:
                if link.source != sid and (link.role == "via" or link.type == "publisher"):
                    outlets[link.name] = None
        out.append(
            {
                "source": sid,
                "name": sg.source.name,
                "type": sg.source.type,
                "claims": len(recs),
                "anonymous": round(sum(r.speaker.anonymous for r in recs) / len(recs), 2),
                "confirmed": sum(a.support[a.statement(r.id).id].outcome == "confirmed" for r in recs),
                "contradicted": sum(a.support[a.statement(r.id).id].outcome == "contradicted" for r in recs),
                "reliability": sg.reliability,
                "outlets": list(outlets),
                "reasons": [r.text for r in sg.reasons],
            }
        )
    return sorted(out, key=lambda row: (-row["claims"], row["name"]))


def _md_cell(value: Any) -> str:
    text = ", ".join(value) if isinstance(value, list) else str(value)
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("\n", " ")


@app.command("sources")
def sources_command(
    files: RecordPaths = None,
    db: Db = None,
    output: SourcesFormat = typer.Option(
        SourcesFormat.table, "--format", help="table, json or md (Markdown)."
    ),
    comparisons: Comparisons = None,
) -> None:
    """One row per source across all articles: type, claims, share of anonymous mentions, claims
    confirmed and contradicted by independent origins, reliability grade (A-F), and the outlets and
    intermediaries that quoted it. Exit 2 on bad input.
    """
    table = rows(load(files, comparisons, db))
    if output is SourcesFormat.json:
        print(json.dumps(table, ensure_ascii=False, indent=2))
        return
    cells = [[", ".join(r[c]) if c == "outlets" else r[c] for c in COLUMNS] for r in table]
    if output is SourcesFormat.md:
        print("| " + " | ".join(COLUMNS) + " |")
        print("|" + "---|" * len(COLUMNS))
        for row in cells:
            print("| " + " | ".join(_md_cell(v) for v in row) + " |")
    else:
        print(tabulate(cells, headers=list(COLUMNS)))
