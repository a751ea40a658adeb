"""The `tracker` command line: one module per command, all registered on one Typer app."""

from __future__ import annotations

from tracker.cli import (  # noqa: F401  (registers commands)
    attribute_cmd,
    compare_cmd,
    export_cmd,
    extract_cmd,
    ingest_cmd,
    pairs_cmd,
    report_cmd,
    schema_cmd,
    sources_cmd,
    validate_cmd,
)
from tracker.cli.app import app


def main() -> None:
    app()
