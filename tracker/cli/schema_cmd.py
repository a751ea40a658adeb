"""`tracker schema` and `tracker rules check`: keep schemas/ and rules/ honest."""

from __future__ import annotations

from pathlib import Path

import typer

from tracker import rules, schema
from tracker.cli.app import app, err, fail
from tracker.resources import data_dir


@app.command("schema")
def schema_command(
    write: bool = typer.Option(False, "--write", help="Regenerate schemas/*.schema.json from the models."),
    check: bool = typer.Option(
        False, "--check", help="Exit 1 when a checked-in schema differs from the models."
    ),
    directory: Path = typer.Option(None, "--dir", help="Schema folder (default: the project's schemas/)."),
) -> None:
    """Generate or check the JSON Schemas (draft 2020-12) of records, comparisons and rule files.

    The pydantic models are the single source of truth; the files in schemas/ are derived from them.
    Without --write or --check, prints the record schema.
    """
    folder = directory or data_dir("schemas")
    if write or check:
        try:
            schema.all_models()
        except rules.RuleError as e:  # a registered rule model that cannot be imported
            fail(str(e), 1)
    if write:
        for path in schema.write(folder):
            err(f"wrote {path}")
    elif check:
        stale = schema.stale(folder)
        if stale:
            fail(f"schemas out of date: {', '.join(stale)} (run: tracker schema --write)", 1)
        err(f"{len(schema.all_models())} schemas match the models")
    else:
        print(schema.render("record", schema.MODELS["record"]), end="")


rules_app = typer.Typer(help="Inspect and validate the rule files in rules/.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


@rules_app.command("check")
def rules_check(
    directory: Path = typer.Option(None, "--rules", help="Rule folder (default: the project's rules/)."),
) -> None:
    """Validate every rules/LANG/*.yaml file against its schema; one line per error, exit 1 if any."""
    errors = rules.check_all(directory)
    for line in errors:
        err(line)
    if errors:
        raise typer.Exit(1)
    n = len(list(rules.rules_dir(directory).glob("*/*.yaml")))
    err(f"{n} rule files valid")
