"""`tracker attribute` and `tracker sources`: matching, output, exit codes 0 / 1 / 2."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from provkit import Doc, cmp
from typer.testing import CliRunner

from tracker.claimmatch import Matcher, content_stems, light, overlap
from tracker.cli import app
from tracker.jsonio import write_jsonl

runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[str, str]:
    early = (
        Doc("early", outlet="صحيفة الأفق", published=dt.date(2024, 4, 1))
        .say("رئيس الأركان الفريق سامي خليل", "هناك تنسيقاً ميدانياً بين الفصيلين في الجنوب")
        .say("مصدر أمني", "الجسر الشمالي أغلق", "anonymous_official", True)
    )
    late = (
        Doc("late", outlet="موقع السهل", published=dt.date(2024, 4, 5))
        .say("سامي خليل", "الفصيلان ينسقان ميدانيا في الجنوب")
        .say("الحكومة", "لا تنسيق بين الفصيلين", "organization", via=(("وكالة نور", "media_outlet"),))
    )
    records = early.records() + late.records()
    rec_path, cmp_path = tmp_path / "r.jsonl", tmp_path / "c.jsonl"
    write_jsonl(rec_path, records)
    write_jsonl(cmp_path, [cmp(records[0], records[3], "contradict")])
    return str(rec_path), str(cmp_path)


def test_light_stems_meet_across_endings_clitics_and_spelling() -> None:
    assert light("تنسيقاً") == light("تنسيق") == light("والتنسيق")
    assert light("ميدانياً") == light("الميدانية") == light("ميداني")
    assert content_stems("بين في من") == []
    # a word that opens with و loses it as a conjunction, and still meets its definite form
    assert overlap("وثيقة عطوة", "الوثيقة") == 1.0
    assert overlap("الوزارة", "وزير") == 0.0


def test_matcher_scores_fragments_and_paraphrases_above_unrelated_text() -> None:
    m = Matcher(["هناك تنسيقاً ميدانياً بين الفصيلين في الجنوب", "الجسر الشمالي أغلق"])
    s = m.scores("التنسيق الميداني بين الفصيلين")
    assert s[0] >= 0.5 > s[1]
    assert overlap("الفصيلان ينسقان ميدانيا في الجنوب", "هناك تنسيقاً ميدانياً بين الفصيلين في الجنوب") > 0.3


def test_attribute_finds_first_appearance_and_echo(corpus: tuple[str, str]) -> None:
    records, comparisons = corpus
    res = runner.invoke(
        app, ["attribute", "الفصيلين تنسيق ميداني", records, "--comparisons", comparisons, "--format", "json"]
    )
    assert res.exit_code == 0, res.output
    found = json.loads(res.stdout)
    assert found == sorted(found, key=lambda d: -d["score"])
    first = found[0]
    assert first["speaker"]["name"] == "رئيس الأركان الفريق سامي خليل"
    assert first["speaker"]["type"] == "named_official" and first["speaker"]["anonymous"] is False
    assert first["first_appearance"]["article"] == "early" and not first["is_echo"]
    assert [e["article"] for e in first["echoes"]] == ["late"]
    assert [c["speaker"] for c in first["contradict"]] == ["الحكومة"]
    assert first["grades"]["credibility"] == 5
    assert first["chain"][0]["name"] == "صحيفة الأفق"
    echoes = [d for d in found if d["is_echo"]]
    assert echoes and echoes[0]["speaker"]["source"] == first["speaker"]["source"]


def test_attribute_table_shows_chain_and_grades(corpus: tuple[str, str]) -> None:
    records, comparisons = corpus
    res = runner.invoke(app, ["attribute", "لا تنسيق بين الفصيلين", records, "--comparisons", comparisons])
    assert res.exit_code == 0, res.output
    assert "موقع السهل -> وكالة نور -> الحكومة" in res.stdout
    assert "credibility" in res.stdout and "reliability" in res.stdout


def test_attribute_exits_1_when_nothing_matches(corpus: tuple[str, str]) -> None:
    records, comparisons = corpus
    res = runner.invoke(app, ["attribute", "أسعار القمح في الأسواق", records, "--comparisons", comparisons])
    assert res.exit_code == 1 and res.stdout == ""


@pytest.mark.parametrize("query", ["في من على", "  ", "؟!"])
def test_attribute_exits_2_on_a_query_without_content(corpus: tuple[str, str], query: str) -> None:
    res = runner.invoke(app, ["attribute", query, corpus[0], "--comparisons", corpus[1]])
    assert res.exit_code == 2 and res.stdout == ""


def test_attribute_exits_2_on_bad_records(tmp_path: Path, corpus: tuple[str, str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    res = runner.invoke(app, ["attribute", "تنسيق", str(bad), "--comparisons", corpus[1]])
    assert res.exit_code == 2 and res.stdout == ""
    assert "bad.jsonl:1" in res.stderr
    res = runner.invoke(
        app, ["attribute", "تنسيق", str(tmp_path / "missing.jsonl"), "--comparisons", corpus[1]]
    )
    assert res.exit_code == 2 and "missing.jsonl" in res.stderr
    broken = tmp_path / "c.jsonl"
    broken.write_text('{"a": "x"}\n', encoding="utf-8")
    res = runner.invoke(app, ["attribute", "تنسيق", corpus[0], "--comparisons", str(broken)])
    assert res.exit_code == 2 and "c.jsonl:1" in res.stderr


def test_sources_one_row_per_source(corpus: tuple[str, str]) -> None:
    records, comparisons = corpus
    res = runner.invoke(app, ["sources", records, "--comparisons", comparisons, "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = {r["name"]: r for r in json.loads(res.stdout)}
    khalil = rows["رئيس الأركان الفريق سامي خليل"]
    assert khalil["claims"] == 2 and khalil["contradicted"] == 2 and khalil["reliability"] == "D"
    assert khalil["outlets"] == ["صحيفة الأفق", "موقع السهل"]
    assert rows["مصدر أمني"]["anonymous"] == 1.0
    assert rows["الحكومة"]["outlets"] == ["موقع السهل", "وكالة نور"]
    md = runner.invoke(app, ["sources", records, "--comparisons", comparisons, "--format", "md"])
    assert md.exit_code == 0 and md.stdout.splitlines()[0].startswith("| source | name | type | claims")


def test_attribute_runs_propositions_and_the_comparer_without_a_comparisons_file(
    corpus: tuple[str, str],
) -> None:
    res = runner.invoke(app, ["attribute", "تنسيق ميداني بين الفصيلين", corpus[0], "--format", "json"])
    assert res.exit_code == 0, res.output
    found = json.loads(res.stdout)
    assert {d["first_appearance"]["article"] for d in found} == {"early", "late"}
    assert all(1 <= d["grades"]["credibility"] <= 6 for d in found)
