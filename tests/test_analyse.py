"""Articles -> records with propositions, shared by `tracker extract` and `tracker ingest`: one
article's failure is reported in one line and never ends the run; one or two processes agree.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tracker.analyse as analyse_module
from tracker.cli import app
from tracker.models import Record
from tracker.read import ArticleText

TEXTS = {
    "a_water": "قال رئيس البلدية إن المياه عادت إلى الأحياء الشرقية مساء أمس.\n",
    "b_broken": "قال مدير المرور إن الطرق أغلقت بسبب الأمطار.\n",
    "c_roads": "وقالت وزارة الصحة إن المستشفى استقبل عشرين جريحا.\n",
}


def corpus(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    for name, text in TEXTS.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")
    return src


def rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_an_article_that_takes_too_long_is_abandoned_with_a_message(monkeypatch: pytest.MonkeyPatch) -> None:
    class Slow:
        def records(self, article: ArticleText) -> list[Record]:
            time.sleep(5)
            return []

    monkeypatch.setattr(analyse_module, "_extractor", Slow())
    article = ArticleText("long", TEXTS["a_water"], "feed/long.txt")
    started = time.monotonic()
    result = analyse_module.analyse(article, seconds=0.2)
    assert time.monotonic() - started < 2
    assert result == "feed/long.txt: article long: extraction took more than 0.2 s (62 characters); abandoned"


def test_extract_reports_an_article_the_rules_crash_on_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extractor = analyse_module.use_rules()
    real = extractor.records

    def crashing(article: ArticleText) -> list[Record]:
        if article.id == "b_broken":
            raise ValueError("low > high")
        return real(article)

    monkeypatch.setattr(extractor, "records", crashing)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(corpus(tmp_path)), "-o", str(out), "--quiet"])
    assert result.exit_code == 1
    broken = [line for line in result.stderr.splitlines() if "b_broken" in line]
    assert len(broken) == 1 and "extraction failed: ValueError: low > high" in broken[0]
    assert sorted({r["article"]["id"] for r in rows(out)}) == ["a_water", "c_roads"]  # type: ignore[index]


def test_two_processes_write_what_one_writes(tmp_path: Path) -> None:
    src = corpus(tmp_path)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    for out, jobs in ((one, "1"), (two, "2")):
        result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--jobs", jobs, "--quiet"])
        assert result.exit_code == 0, result.output
    assert rows(one) == rows(two)
    assert len(rows(one)) == 3
