"""W3C PROV-JSON export: built with the prov package and read back by it unchanged."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from prov.model import ProvDerivation, ProvDocument
from provkit import Doc, cmp
from typer.testing import CliRunner

from tracker.cli import app
from tracker.grades import assess
from tracker.jsonio import write_jsonl
from tracker.prov_export import build, read, to_json


def _records():  # type: ignore[no-untyped-def]
    first = (
        Doc("a1", outlet="صحيفة الأفق", published=dt.date(2024, 1, 2))
        .say(
            "مصدر عسكري",
            "الجسر الشمالي دمر بالكامل",
            "anonymous_official",
            True,
            via=(("وكالة نور", "media_outlet"), ("قناة السهل", "media_outlet")),
        )
        .records()[0]
    )
    echo = (
        Doc("a2", outlet="موقع المدى", published=dt.date(2024, 1, 3))
        .say("صحيفة الأفق", "الجسر الشمالي دمر بالكامل", "media_outlet")
        .records()[0]
    )
    other = Doc("a2").say("المحافظ رامي عيسى", "الجسر الشمالي سليم").records()[0]
    return [first, echo, other], [cmp(first, echo, "echo"), cmp(first, other, "contradict")]


def _relations(doc: ProvDocument, kind: str) -> set[tuple[str, str]]:
    out = set()
    for rec in doc.get_records():
        if rec.get_type().localpart != kind:
            continue
        a, b = (str(v) for _, v in rec.formal_attributes[:2])
        out.add((a, b))
    return out


def test_round_trip_through_the_prov_package() -> None:
    records, comparisons = _records()
    doc = build(assess(records, comparisons))
    again = read(doc.serialize(format="json"))
    assert again == doc
    assert read(to_json(assess(records, comparisons))) == doc


def test_attribution_quotation_and_primary_source() -> None:
    records, comparisons = _records()
    a = assess(records, comparisons)
    doc = build(a)
    first, echo, _ = records
    attributed = _relations(doc, "Attribution")
    assert (f"claim:{first.id}", f"src:{a.index.speaker[first.id]}") in attributed
    quoted = {(x.split(":", 1)[1], y.split(":", 1)[1]) for x, y in _relations(doc, "Derivation")}
    # the article quotes the outer hop, which quotes the inner hop, which quotes the statement
    st = a.statement(first.id).id
    assert (first.id, f"{first.id}-0") in quoted
    assert (f"{first.id}-0", f"{first.id}-1") in quoted
    assert (f"{first.id}-1", st) in quoted
    assert (echo.id, first.id) in quoted  # the echo quotes the first appearance
    kinds = {
        str(r.get_asserted_types().pop()) for r in doc.get_records(ProvDerivation) if r.get_asserted_types()
    }
    assert {"prov:Quotation", "prov:PrimarySource"} <= kinds
    assert a.statement(echo.id).id == st


def test_export_command_writes_prov_json_or_nothing(tmp_path: Path) -> None:
    records, comparisons = _records()
    rec_path, cmp_path, out = tmp_path / "r.jsonl", tmp_path / "c.jsonl", tmp_path / "prov.json"
    write_jsonl(rec_path, records)
    write_jsonl(cmp_path, comparisons)
    runner = CliRunner()
    res = runner.invoke(
        app, ["export", "prov", str(rec_path), "--comparisons", str(cmp_path), "-o", str(out)]
    )
    assert res.exit_code == 0, res.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"entity", "agent", "wasAttributedTo", "wasDerivedFrom", "hadMember"} <= set(data)
    assert ProvDocument.deserialize(content=out.read_text(encoding="utf-8"), format="json").records
    bad = tmp_path / "bad.jsonl"
    bad.write_text("not json\n", encoding="utf-8")
    out2 = tmp_path / "none.json"
    res = runner.invoke(app, ["export", "prov", str(bad), "--comparisons", str(cmp_path), "-o", str(out2)])
    assert res.exit_code == 2 and not out2.exists()
