"""`tracker validate`: the check users put in their CI; its output lines and exit codes are an interface."""

from __future__ import annotations

import json
from dataclasses import replace
from enum import StrEnum
from pathlib import Path

import typer

from tracker.cli.app import app, err, fail
from tracker.cli.inputs import Db, dumped
from tracker.jsonio import UnreadableFile
from tracker.validate import STDIN_NAME, validate


class ValidateFormat(StrEnum):
    text = "text"
    json = "json"


@app.command("validate")
def validate_command(
    files: list[str] | None = typer.Argument(
        None,
        metavar="FILE",
        help="Record files: JSON Lines, a JSON array or one JSON object; '-' reads stdin. Or --db.",
    ),
    db: Db = None,
    output: ValidateFormat = typer.Option(
        ValidateFormat.text,
        "--format",
        help="text: one 'FILE:LINE: json.path: message' line per problem, then 'N records, M errors'. "
        'json: one object {"records", "errors", "problems": [{"file", "line", "path", "message"}]}.',
    ),
    articles: Path | None = typer.Option(
        None,
        "--articles",
        exists=True,
        file_okay=False,
        dir_okay=True,
        help="Folder of article texts: also check that every span's text is article[start:end] and that "
        "the article's sha256 matches. Looks up DIR/<article.id>.txt, else DIR/<article.path>.",
    ),
) -> None:
    """Check record files: the record JSON Schema, the model's rules and (with --articles) the articles.

    Exit codes: 0 all records valid; 1 some record (or a file with no records) is invalid;
    2 usage error or a file that cannot be read (missing, binary, not UTF-8), reported as one line
    on stderr with nothing on stdout.
    """
    if bool(db) == bool(files):
        fail("give record files or --db DB (one of them)")
    try:
        if db:
            with dumped(db) as path:
                result = validate([path], articles)
            result.problems = [replace(p, file=db) for p in result.problems]
        else:
            result = validate(files or [], articles)
    except UnreadableFile as e:
        where = STDIN_NAME if e.path == "-" else e.path
        fail(f"{where}:{e.line}: {e.message}" if e.line else f"{where}: {e.message}")
    if output is ValidateFormat.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        for problem in result.problems:
            print(problem)
        print(result.summary())
    if result.articles_not_found:
        err(
            f"note: the article of {result.articles_not_found} records is not under {articles}; "
            "their offsets were not checked"
        )
    raise typer.Exit(0 if result.ok else 1)
