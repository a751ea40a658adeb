"""`tracker extract`: Arabic articles in, one claim record per line out."""

from __future__ import annotations

from collections.abc import Iterator

import typer

from tracker.analyse import analysed, use_rules
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
)
from tracker.jsonio import atomic_write, dumps
from tracker.progress import Progress
from tracker.read import ArticleText, Fields, ReadProblem, iter_articles
from tracker.rules import RuleError


@app.command("extract")
def extract_command(
    paths: ArticlePaths,
    output: str = typer.Option(
        "-", "--output", "-o", help="Records file (JSON Lines), written atomically; '-' for stdout."
    ),
    jobs: Jobs = 1,
    quiet: Quiet = False,
    text_field: TextField = None,
    id_field: IdField = None,
    title_field: TitleField = None,
    outlet_field: OutletField = None,
    date_field: DateField = None,
    url_field: UrlField = None,
    rules: str = typer.Option(None, "--rules", help="Rule folder to use instead of the bundled rules/."),
) -> None:
    """Find every attributed claim in Arabic news articles: speaker, type, anonymity, chain, claim.

    Writes one JSON record per claim (see schemas/record.schema.json), with a proposition for
    comparison. A file that cannot be read, or an article the rules fail on or take more than two
    minutes over, is reported on stderr and the others go on; the exit code is then 1. Output is
    written to a temporary file and renamed, so it is never partial.
    """
    fields = Fields(text_field, id_field, title_field, outlet_field, date_field, url_field)
    problems: list[str] = []

    def articles() -> Iterator[ArticleText]:
        for item in iter_articles(paths, fields):
            if isinstance(item, ReadProblem):
                problems.append(str(item))
                progress.write(f"tracker: {item}")
            else:
                yield item

    n_articles = n_records = failed = 0
    try:
        use_rules(rules)  # bad rules fail here, once
    except RuleError as e:
        fail(str(e))
    with Progress(None, quiet) as progress, atomic_write(output) as out:
        for _article, analysis in analysed(articles(), jobs, rules_dir=rules):
            if isinstance(analysis, str):
                failed += 1
                progress.write(f"tracker: {analysis}")
                continue
            for record in analysis:
                out.write(dumps(record.model_dump(mode="json", exclude_none=True)) + "\n")
            n_articles += 1
            n_records += len(analysis)
            progress.update(articles=1, claims=len(analysis))
    if not quiet:
        err(
            f"{n_articles} articles, {n_records} claims"
            + (f", {len(problems)} unreadable" if problems else "")
            + (f", {failed} failed" if failed else "")
        )
    if problems or failed:
        raise typer.Exit(1)
    if n_articles == 0:
        fail("no articles found in the input")
