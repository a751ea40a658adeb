"""`tracker attribute "CLAIM" RECORDS...`: who said it, first, through whom, and how far to trust it."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

import typer

from tracker.claimmatch import MATCH_THRESHOLD, Matcher, content_stems
from tracker.cli.app import app, fail
from tracker.cli.inputs import Db, RecordPaths
from tracker.cli.prov_common import Comparisons, load
from tracker.grades import Assessment
from tracker.models import Record


class AttributeFormat(StrEnum):
    table = "table"
    json = "json"


def _ref(a: Assessment, rid: str) -> dict[str, Any]:
    r = a.by_id[rid]
    src = a.index.of(r)
    return {
        "record": r.id,
        "article": r.article.id,
        "published": str(r.article.published or "") or None,
        "source": src.id,
        "speaker": src.name,
        "claim": r.claim.text,
    }


def describe(a: Assessment, r: Record, score: float) -> dict[str, Any]:
    """Everything `attribute` says about one matching record, as JSON-ready data."""
    src = a.index.of(r)
    st = a.statement(r.id)
    sup = a.support[st.id]
    assert r.grades is not None
    return {
        "score": round(score, 3),
        "record": r.id,
        "claim": r.claim.text,
        "article": r.article.id,
        "speaker": {
            "source": src.id,
            "name": src.name,
            "mention": r.speaker.text,
            "type": r.speaker.type,
            "anonymous": r.speaker.anonymous,
            "affiliation": src.affiliation,
            "nationality": src.nationality,
        },
        "chain": [
            {"role": link.role, "name": link.name, "type": link.type, "source": link.source}
            for link in a.provenance.chains[r.id]
        ],
        "origin": st.origin,
        "first_appearance": _ref(a, st.first),
        "is_echo": st.first != r.id,
        "echoes": [{**_ref(a, e), "why": st.how[e]} for e in st.echoes],
        "agree": [_ref(a, x) for xs in sup.agree.values() for x in xs],
        "contradict": [_ref(a, x) for xs in sup.contradict.values() for x in xs],
        "not_independent": [_ref(a, x) for x in sup.same_origin],
        "grades": r.grades.model_dump(mode="json"),
    }


def _line(ref: dict[str, Any]) -> str:
    date = f", {ref['published']}" if ref["published"] else ""
    return f"{ref['speaker']} in {ref['article']}{date}: «{ref['claim']}»"


def render_table(found: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for d in found:
        sp, g = d["speaker"], d["grades"]
        anon = "anonymous" if sp["anonymous"] else "named"
        out.append(f"[{d['score']:.2f}] «{d['claim']}»")
        out.append(f"  said by      {sp['name']} ({sp['type']}, {anon}; source {sp['source']})")
        out.append("  chain        " + " -> ".join(link["name"] for link in d["chain"]))
        first = d["first_appearance"]
        tag = "  (this record is an echo)" if d["is_echo"] else ""
        out.append(f"  first        {_line(first)}{tag}")
        for e in d["echoes"]:
            out.append(f"  echo         {_line(e)} [{e['why']}]")
        for key, label in (
            ("agree", "agrees"),
            ("contradict", "contradicts"),
            ("not_independent", "same origin"),
        ):
            for ref in d[key]:
                out.append(f"  {label:<12} {_line(ref)}")
        out.append(f"  grades       reliability {g['reliability']}, credibility {g['credibility']}")
        for reason in g["reasons"]:
            out.append(f"    - {reason['scale']}: {reason['text']}")
        out.append("")
    return "\n".join(out)


@app.command("attribute")
def attribute_command(
    claim: str = typer.Argument(
        ..., metavar="CLAIM", help="The claim, or a fragment or paraphrase of it, in Arabic."
    ),
    files: RecordPaths = None,
    db: Db = None,
    output: AttributeFormat = typer.Option(
        AttributeFormat.table, "--format", help="table for people, json for programs."
    ),
    comparisons: Comparisons = None,
    threshold: float = typer.Option(
        MATCH_THRESHOLD,
        "--threshold",
        min=0.0,
        max=1.0,
        help="Least share of the query's content words (weighted by rarity) a claim must contain.",
    ),
) -> None:
    """Find the records whose claim matches CLAIM and say who said it, first, through whom, who agrees
    and who contradicts, with both Admiralty grades and their reasons.

    Matching ignores diacritics, hamza and ta-marbuta spelling, clitics (و ب ل ال ...), word endings and
    word order; best matches first. Exit codes: 0 found, 1 nothing matches, 2 bad input.
    """
    if not content_stems(claim):
        fail(f"claim {claim!r}: no content words to match (only stop words or punctuation)")
    a = load(files, comparisons, db)
    scores = Matcher([r.claim.text for r in a.records]).scores(claim) if a.records else []
    ranked = sorted(((s, i) for i, s in enumerate(scores) if s >= threshold), key=lambda p: (-p[0], p[1]))
    found = [describe(a, a.records[i], s) for s, i in ranked]
    if not found:
        raise typer.Exit(1)
    if output is AttributeFormat.json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
    else:
        print(render_table(found), end="")
