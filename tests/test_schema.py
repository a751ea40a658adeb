"""schemas/ is generated from the models: in sync, valid draft 2020-12, in agreement with pydantic."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from tracker import rules, schema
from tracker.cli import app
from tracker.resources import data_dir


@pytest.fixture
def core_only(monkeypatch):
    """Only the record and comparison models: tests of the mechanism, not of the teammates' rule models."""
    monkeypatch.setattr(rules, "REGISTRY", {})


def test_checked_in_schemas_match_the_models():
    assert schema.stale(data_dir("schemas")) == []


def test_schemas_are_valid_draft_2020_12():
    for path in sorted(data_dir("schemas").glob("*.schema.json")):
        body = json.loads(path.read_text(encoding="utf-8"))
        assert body["$schema"] == schema.DIALECT, path
        Draft202012Validator.check_schema(body)


def test_stale_names_changed_and_missing_schemas(tmp_path, core_only):
    schema.write(tmp_path)
    assert schema.stale(tmp_path) == []
    record = tmp_path / "record.schema.json"
    record.write_text(record.read_text(encoding="utf-8").replace('"minLength": 1', '"minLength": 2'), "utf-8")
    (tmp_path / "comparison.schema.json").unlink()
    assert schema.stale(tmp_path) == ["record", "comparison"]


def test_schema_check_command(tmp_path, core_only):
    runner = CliRunner()
    written = runner.invoke(app, ["schema", "--write", "--dir", str(tmp_path)])
    assert written.exit_code == 0
    assert {p.name for p in tmp_path.iterdir()} == {f"{name}.schema.json" for name in schema.all_models()}

    fresh = runner.invoke(app, ["schema", "--check", "--dir", str(tmp_path)])
    assert (fresh.exit_code, fresh.stdout) == (0, "")
    assert fresh.stderr == f"{len(schema.all_models())} schemas match the models\n"

    (tmp_path / "record.schema.json").write_text("{}\n", encoding="utf-8")
    stale = runner.invoke(app, ["schema", "--check", "--dir", str(tmp_path)])
    assert (stale.exit_code, stale.stdout) == (1, "")
    assert stale.stderr == "tracker: schemas out of date: record (run: tracker schema --write)\n"


def test_schema_without_options_prints_the_record_schema():
    printed = CliRunner().invoke(app, ["schema"])
    assert printed.exit_code == 0
    assert json.loads(printed.stdout)["$id"].endswith("/record.schema.json")


def test_schema_and_model_agree_on_a_valid_record(make_record):
    body = json.loads((data_dir("schemas") / "record.schema.json").read_text(encoding="utf-8"))
    data = make_record().model_dump(mode="json", exclude_none=True)
    assert list(Draft202012Validator(body).iter_errors(data)) == []
    data["speaker"]["nickname"] = "x"
    assert [e.message for e in Draft202012Validator(body).iter_errors(data)] == [
        "Additional properties are not allowed ('nickname' was unexpected)"
    ]
