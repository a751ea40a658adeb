"""What `attribute`, `sources` and `export prov` share: read records, get verdicts, grade.

Verdicts come from `--comparisons FILE` (JSON Lines of Comparison, e.g. saved by `tracker compare`)
or, without it, from running the comparer on the records (verdicts about records that are not in
the input are ignored, so one saved comparison file serves any subset). Bad input is one line on
stderr, exit 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated

import typer
from pydantic import ValidationError

from tracker.cli.app import err, fail
from tracker.cli.inputs import load_records
from tracker.grades import Assessment, assess
from tracker.jsonio import UnreadableFile, iter_json
from tracker.models import Comparison, Record
from tracker.records import BadRecord, error_path
from tracker.rules import RuleError

Comparisons = Annotated[
    str | None,
    typer.Option(
        "--comparisons",
        metavar="FILE",
        help="Verdicts to grade with (JSON Lines of comparisons, as `tracker compare` writes them). "
        "Without it the comparer runs on the records.",
    ),
]


def read_comparisons(path: str) -> list[Comparison]:
    out = []
    for item in iter_json(path):
        if item.error:
            raise BadRecord(f"{item.path}:{item.line}: $: {item.error}")
        try:
            out.append(Comparison.model_validate(item.value))
        except ValidationError as e:
            first = e.errors()[0]
            raise BadRecord(f"{item.path}:{item.line}: {error_path(first['loc'])}: {first['msg']}") from None
    return out


def _annotate_and_compare(records: list[Record]) -> tuple[list[Record], list[Comparison]]:
    """Propositions (for modality) and verdicts from tracker.propositions and tracker.compare."""
    try:
        from tracker.propositions import annotate
    except ImportError:
        err("tracker: tracker.propositions is not available: every claim is read as asserted")
    else:
        if any(r.proposition is None for r in records):
            records = list(annotate(records))
    try:
        from tracker.compare import compare
    except ImportError:
        err("tracker: tracker.compare is not available: grading without verdicts (use --comparisons)")
        return records, []
    return records, list(compare(records))


def load(files: Sequence[str] | None, comparisons_file: str | None, db: str | None = None) -> Assessment:
    """Records (from files or a store) + verdicts -> graded assessment; exits 2 with one line on bad input."""
    try:
        records = load_records(list(files or []), db)
        if comparisons_file:
            comparisons = read_comparisons(comparisons_file)
        else:
            records, comparisons = _annotate_and_compare(records)
        return assess(records, comparisons)
    except (BadRecord, UnreadableFile, RuleError) as e:
        fail(str(e))
