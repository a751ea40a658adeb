"""`tracker compare-pairs`: stance of claim pairs a user already has (two columns of a CSV file)."""

from __future__ import annotations

import csv
import json
from enum import StrEnum
from pathlib import Path

import typer
from tabulate import tabulate

from tracker.cli.app import app, fail
from tracker.jsonio import atomic_write
from tracker.stance import Judgement, judge


class PairsFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


def _read(path: Path, c1: str, c2: str) -> list[tuple[int, str, str]]:
    """(line, s1, s2) per row; one clear error naming file, line and column otherwise."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            columns = reader.fieldnames or []
            for col in (c1, c2):
                if col not in columns:
                    fail(f"{path}:1: no column {col!r} (columns: {', '.join(columns) or 'none'})")
            rows = []
            for row in reader:
                line = reader.line_num
                s1, s2 = row.get(c1), row.get(c2)
                if s1 is None or s2 is None:
                    fail(f"{path}:{line}: {c1 if s1 is None else c2}: the row has too few fields")
                rows.append((line, s1, s2))
            return rows
    except FileNotFoundError:
        fail(f"{path}: no such file")
    except IsADirectoryError:
        fail(f"{path}: is a directory, not a file")
    except UnicodeDecodeError as e:
        fail(f"{path}: not UTF-8 text (byte 0x{e.object[e.start]:02x})")
    except csv.Error as e:
        fail(f"{path}: not a CSV file: {e}")


def _as_json(line: int, j: Judgement | None) -> dict[str, object]:
    if j is None:
        return {
            "line": line,
            "verdict": None,
            "confidence": None,
            "reason": "no detector found a well-founded difference or paraphrase",
            "detector": None,
            "evidence": [],
        }
    return {
        "line": line,
        "verdict": j.verdict,
        "confidence": j.confidence,
        "reason": j.reason,
        "detector": j.detector,
        "evidence": [{"detector": e.detector, "words": list(e.words), "note": e.note} for e in j.evidence],
    }


@app.command("compare-pairs")
def compare_pairs(
    file: Path = typer.Argument(..., metavar="FILE.csv", help="CSV file with a header row, UTF-8."),
    s1: str = typer.Option("s1", "--s1", help="Column holding the first claim of each pair."),
    s2: str = typer.Option("s2", "--s2", help="Column holding the second claim of each pair."),
    output_format: PairsFormat = typer.Option(
        PairsFormat.jsonl,
        "--format",
        help="jsonl: one object per pair, in input order, with line, verdict (agree, contradict or null), "
        "confidence, reason, detector and evidence. table: a readable table.",
    ),
    output: str = typer.Option("-", "--output", "-o", help="Write here instead of stdout."),
) -> None:
    """Judge each pair of claims: agree, contradict or no verdict, always with the reason.

    The same logic runs inside `tracker compare`. A contradiction always names the detector (antonym,
    negation, numbers, participants) and the words that triggered it; word overlap alone never makes one.
    Bad input (missing file or column) is one line on stderr naming file, line and column, exit 2, and
    nothing is written.
    """
    rows = _read(file, s1, s2)
    results = [(line, judge(a, b)) for line, a, b in rows]
    with atomic_write(output) as out:
        if output_format is PairsFormat.jsonl:
            for line, j in results:
                out.write(json.dumps(_as_json(line, j), ensure_ascii=False) + "\n")
        else:
            table = [
                (line, j.verdict if j else "-", f"{j.confidence:.2f}" if j else "", j.reason if j else "")
                for line, j in results
            ]
            out.write(tabulate(table, headers=["line", "verdict", "conf", "reason"]) + "\n")
