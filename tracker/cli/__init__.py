"""The `tracker` command line: one module per command, all registered on one Typer app."""

from __future__ import annotations

from tracker.cli.app import app
from tracker.cli import schema_cmd  # noqa: F401  (registers commands)


def main() -> None:
    app()
