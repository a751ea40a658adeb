"""Rule-file loading: a bad rule file stops with one line naming the file, the entry and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field
from typer.testing import CliRunner

from tracker import rules
from tracker.cli import app


class Verb(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lemma: str
    forms: list[str] = Field(min_length=1)


class Lexicon(BaseModel):
    """A throwaway rule model, registered only inside these tests."""

    model_config = ConfigDict(extra="forbid")
    verbs: list[Verb]


GOOD = """\
# وقال SPEAKER إن CLAIM
verbs:
  - lemma: قال
    forms: [قال, قالت, يقول]
  - lemma: أكد
    forms: [أكد, أكدت]
"""

BAD_FORMS = """\
# وقال SPEAKER إن CLAIM
verbs:
  - lemma: قال
    forms: [قال]
  - lemma: صرح
    forms: []
"""


@pytest.fixture
def rule_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path/rules/ar/, with `testlex` registered as the Lexicon model and the load cache cleared."""
    monkeypatch.setattr(rules, "REGISTRY", {"testlex": f"{__name__}:Lexicon"})
    rules.load.cache_clear()
    folder = tmp_path / "rules" / "ar"
    folder.mkdir(parents=True)
    yield folder
    rules.load.cache_clear()


def write(folder: Path, text: str, name: str = "testlex") -> Path:
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_load_returns_the_validated_model(rule_dir):
    write(rule_dir, GOOD)
    lexicon = rules.load("testlex", directory=str(rule_dir.parent))
    assert isinstance(lexicon, Lexicon)
    assert [v.lemma for v in lexicon.verbs] == ["قال", "أكد"]
    assert rules.load("testlex", directory=str(rule_dir.parent)) is lexicon  # read once


def test_bad_entry_names_file_entry_and_field(rule_dir):
    path = write(rule_dir, BAD_FORMS)
    with pytest.raises(rules.RuleError) as caught:
        rules.load("testlex", directory=str(rule_dir.parent))
    assert (
        str(caught.value)
        == f"{path}: verbs[1] (صرح).forms: List should have at least 1 item after validation, not 0"
    )


def test_several_errors_are_counted_on_the_one_line(rule_dir):
    path = write(rule_dir, "verbs:\n  - lemma: قال\n  - forms: [قال]\n    extra: 1\n")
    with pytest.raises(rules.RuleError) as caught:
        rules.parse(path, Lexicon)
    assert str(caught.value) == f"{path}: verbs[0] (قال).forms: Field required (and 2 more)"


def test_not_yaml_and_missing_file(rule_dir):
    path = write(rule_dir, "verbs: [قال\n  - lemma: x\n")
    with pytest.raises(rules.RuleError) as caught:
        rules.parse(path, Lexicon)
    message = str(caught.value)
    assert message.startswith(f"{path}: not valid YAML: ")
    assert "\n" not in message
    with pytest.raises(rules.RuleError, match=r"missing\.yaml: rule file not found$"):
        rules.parse(rule_dir / "missing.yaml", Lexicon)


def test_top_level_of_the_wrong_shape(rule_dir):
    path = write(rule_dir, "- قال\n- أكد\n")
    with pytest.raises(rules.RuleError) as caught:
        rules.parse(path, Lexicon)
    assert str(caught.value).startswith(f"{path}: (top level): Input should be a valid dictionary")


def test_check_all_reports_bad_and_unregistered_files(rule_dir):
    bad = write(rule_dir, BAD_FORMS)
    stray = write(rule_dir, "x: 1\n", name="stray")
    assert rules.check_all(rule_dir.parent) == [
        f"{stray}: no schema is registered for a rule file named 'stray'",
        f"{bad}: verbs[1] (صرح).forms: List should have at least 1 item after validation, not 0",
    ]


def test_rules_check_command(rule_dir):
    runner = CliRunner()
    write(rule_dir, GOOD)
    ok = runner.invoke(app, ["rules", "check", "--rules", str(rule_dir.parent)])
    assert (ok.exit_code, ok.stderr) == (0, "1 rule files valid\n")
    path = write(rule_dir, BAD_FORMS)
    bad = runner.invoke(app, ["rules", "check", "--rules", str(rule_dir.parent)])
    assert bad.exit_code == 1
    assert (
        bad.stderr
        == f"{path}: verbs[1] (صرح).forms: List should have at least 1 item after validation, not 0\n"
    )


def test_project_rule_files_are_valid():
    """Every rules/LANG/*.yaml in the project matches its registered model (what `make test` checks)."""
    rules.load.cache_clear()
    assert rules.check_all() == []


def test_registered_model_that_cannot_be_imported_is_one_clear_line(rule_dir, tmp_path, monkeypatch):
    monkeypatch.setattr(rules, "REGISTRY", {"testlex": "tracker.no_such_module:Lexicon"})
    write(rule_dir, GOOD)
    why = "rules.REGISTRY['testlex'] = 'tracker.no_such_module:Lexicon': cannot load the model"
    runner = CliRunner()
    checked = runner.invoke(app, ["rules", "check", "--rules", str(rule_dir.parent)])
    assert checked.exit_code == 1
    assert checked.stderr == f"{why}: No module named 'tracker.no_such_module'\n"
    monkeypatch.setattr(rules, "REGISTRY", {"testlex": f"{__name__}:NoSuchModel"})
    schemas = runner.invoke(app, ["schema", "--check", "--dir", str(tmp_path)])
    assert schemas.exit_code == 1
    assert schemas.stderr.startswith(f"tracker: rules.REGISTRY['testlex'] = '{__name__}:NoSuchModel': ")
    assert schemas.stderr.count("\n") == 1
