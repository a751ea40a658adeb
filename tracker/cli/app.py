"""The Typer app and the helpers every command shares (errors, output formats)."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import NoReturn

import typer

app = typer.Typer(
    name="tracker",
    help=(
        "Arabic claim provenance and source credibility.\n\n"
        "extract finds who claims what in Arabic news and writes one JSON record per claim; "
        "compare, report, attribute and sources read those records; validate checks them."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    md = "md"
    html = "html"
    text = "text"


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on stderr, then exit: 2 for usage errors and unreadable input."""
    print(f"tracker: {message}", file=sys.stderr)
    raise typer.Exit(code)


def err(message: str) -> None:
    print(message, file=sys.stderr)
