"""`tracker validate`: the exact lines and exit codes users' CI depends on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLE_TEXT
from typer.testing import CliRunner

from tracker.cli import app
from tracker.models import Record, text_sha256
from tracker.validate import json_path, validate

GOOD_CLAIM = "المستشفى الميداني استقبل عشرين جريحا مساء الأحد"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    """Run in tmp_path so that file names in messages are short and exact."""
    monkeypatch.chdir(tmp_path)


def data_of(record: Record) -> dict[str, Any]:
    return record.model_dump(mode="json", exclude_none=True)


def write_lines(name: str, *values: Any) -> str:
    """One JSON Lines file; a str value is written as is (to write broken JSON)."""
    rows = [v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in values]
    Path(name).write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return name


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(app, ["validate", *args], input=stdin)


def expect(result, code: int, stdout: str, stderr: str = "") -> None:
    assert (result.exit_code, result.stdout, result.stderr) == (code, stdout, stderr)


# --- valid input --------------------------------------------------------------------------------------


def test_valid_jsonl_array_and_object_files_pass(make_record, article_span):
    plain = data_of(make_record())
    relayed = data_of(
        make_record(
            claim={**article_span("الطريق الساحلي أغلق أمام المدنيين")},
            cue={**article_span("قوله"), "lemma": "قال"},
            speaker={**article_span("مصدر أمني"), "resolved": "مصدر أمني", "type": "anonymous_source"},
            via=[{**article_span("وكالة الأنباء المحلية"), "type": "media_outlet"}],
        )
    )
    relayed["speaker"] = {**relayed["speaker"], "anonymous": True}
    relayed["speaker"].pop("role")
    write_lines("records.jsonl", plain, relayed)
    Path("records.json").write_text(
        json.dumps([plain, relayed], ensure_ascii=False, indent=2), encoding="utf-8"
    )
    Path("one.json").write_text(json.dumps(plain, ensure_ascii=False, indent=2), encoding="utf-8")

    result = run("records.jsonl", "records.json", "one.json", "--articles", "articles")

    expect(result, 0, "5 records, 0 errors\n")


def test_stdin_is_read_for_dash(make_record):
    line = json.dumps(data_of(make_record()), ensure_ascii=False) + "\n"
    expect(run("-", stdin=line), 0, "1 records, 0 errors\n")
    expect(
        run("-", stdin=line + "{not json\n"),
        1,
        "<stdin>:2: $: invalid JSON: Expecting property name enclosed in double quotes (column 2)\n"
        "2 records, 1 errors\n",
    )


def test_format_json(make_record):
    bad = data_of(make_record())
    del bad["cue"]
    write_lines("r.jsonl", data_of(make_record()), bad)

    result = run("r.jsonl", "--format", "json")

    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "records": 2,
        "errors": 1,
        "problems": [{"file": "r.jsonl", "line": 2, "path": "$", "message": "'cue' is a required property"}],
    }
    valid = run("-", "--format", "json", stdin=json.dumps(data_of(make_record())))
    expect(valid, 0, '{"records": 1, "errors": 0, "problems": []}\n')


# --- invalid records ----------------------------------------------------------------------------------


def test_broken_json_line_is_one_error_and_later_lines_are_checked(make_record):
    good = data_of(make_record())
    missing = {k: v for k, v in good.items() if k != "claim"}
    write_lines("r.jsonl", '{"id": "x", ', good, missing, "[1, 2")

    expect(
        run("r.jsonl"),
        1,
        "r.jsonl:1: $: invalid JSON: Expecting property name enclosed in double quotes (column 13)\n"
        "r.jsonl:3: $: 'claim' is a required property\n"
        "r.jsonl:4: $: invalid JSON: Expecting ',' delimiter (column 6)\n"
        "4 records, 3 errors\n",
    )


def test_wrong_types(make_record):
    record = data_of(make_record())
    record["claim"]["start"] = "28"
    record["speaker"]["anonymous"] = "no"
    write_lines("r.jsonl", record, [1, 2], "null")

    expect(
        run("r.jsonl"),
        1,
        "r.jsonl:1: $.claim.start: '28' is not of type 'integer'\n"
        "r.jsonl:1: $.speaker.anonymous: 'no' is not of type 'boolean'\n"
        "r.jsonl:2: $: [1, 2] is not of type 'object'\n"
        "r.jsonl:3: $: None is not of type 'object'\n"
        "3 records, 4 errors\n",
    )


def test_unknown_keys_bad_enums_and_dates(make_record):
    record = data_of(make_record())
    record["claim"]["kindd"] = "direct"
    record["speaker"]["type"] = "rumour"
    record["article"]["published"] = "2024-02-30"
    record["proposition"] = {"entities": ["x"], "polarity": "maybe", "key": "k"}
    write_lines("r.jsonl", record)

    expect(
        run("r.jsonl"),
        1,
        "r.jsonl:1: $.article.published: '2024-02-30' is not a 'date'\n"
        "r.jsonl:1: $.claim: Additional properties are not allowed ('kindd' was unexpected)\n"
        "r.jsonl:1: $.proposition.polarity: 'maybe' is not one of ['affirmed', 'negated']\n"
        "r.jsonl:1: $.speaker.type: 'rumour' is not one of ['named_official', 'named_person', "
        "'anonymous_official', 'anonymous_source', 'media_outlet', 'organization', 'document', 'publisher']\n"
        "1 records, 4 errors\n",
    )


def test_model_rules_the_schema_cannot_express_are_reported_once(make_record):
    record = data_of(make_record())
    record["speaker"]["anonymous"] = True
    record["claim"]["end"] += 1
    record["cue"]["start"], record["cue"]["end"] = 3, 0
    write_lines("r.jsonl", record)

    # --articles too: the claim's broken offsets must not be reported again as a text mismatch.
    expect(
        run("r.jsonl", "--articles", "articles"),
        1,
        "r.jsonl:1: $.claim: text has 47 characters but end - start = 48\n"
        "r.jsonl:1: $.cue: end (0) must be greater than start (3)\n"
        "r.jsonl:1: $.speaker: a speaker of type named_official cannot be anonymous\n"
        "1 records, 3 errors\n",
    )


def test_cue_overlapping_claim_is_reported(make_record, article_span):
    record = data_of(make_record())
    record["cue"] = {**article_span("المستشفى"), "lemma": "قال"}
    write_lines("r.jsonl", record)
    expect(run("r.jsonl"), 1, "r.jsonl:1: $: cue and claim spans overlap\n1 records, 1 errors\n")


# --- offsets against the article ----------------------------------------------------------------------


def test_offsets_that_do_not_match_the_article(make_record, article_span):
    shifted = data_of(make_record())
    shifted["claim"]["start"] += 1
    shifted["claim"]["end"] += 1
    hop = data_of(make_record(via=[{**article_span("وكالة الأنباء المحلية"), "type": "media_outlet"}]))
    hop["via"][0]["text"] = "وكالة الأنباء الرسمية"
    past_end = data_of(make_record())
    past_end["speaker"] = {**past_end["speaker"], "start": 200, "end": 220}
    write_lines("r.jsonl", shifted, hop, past_end)
    shown = ARTICLE_TEXT[29:76]

    result = run("r.jsonl", "--articles", "articles")

    expect(
        result,
        1,
        f'r.jsonl:1: $.claim.text: does not match the article articles/khabar-1.txt: [29:76] is "{shown}"\n'
        "r.jsonl:2: $.via[0].text: does not match the article articles/khabar-1.txt: [83:104] is "
        '"وكالة الأنباء المحلية"\n'
        "r.jsonl:3: $.speaker.end: 220 is past the end of the article articles/khabar-1.txt "
        "(161 characters)\n"
        "3 records, 3 errors\n",
    )
    # Without --articles the same records are valid: offsets alone cannot be checked.
    expect(run("r.jsonl"), 0, "3 records, 0 errors\n")


def test_article_sha256_must_match(make_record):
    write_lines("r.jsonl", data_of(make_record(article={"sha256": "0" * 64})))
    expect(
        run("r.jsonl", "--articles", "articles"),
        1,
        "r.jsonl:1: $.article.sha256: does not match the article file articles/khabar-1.txt "
        f"(its sha256 is {text_sha256(ARTICLE_TEXT)})\n"
        "1 records, 1 errors\n",
    )


def test_article_is_decoded_as_extract_reads_it(make_record, articles_dir):
    """A BOM is dropped and Windows-1256 is decoded, as tracker.read does, so offsets still agree."""
    write_lines("r.jsonl", data_of(make_record()))
    (articles_dir / "khabar-1.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE_TEXT.encode("utf-8"))
    expect(run("r.jsonl", "--articles", "articles"), 0, "1 records, 0 errors\n")
    (articles_dir / "khabar-1.txt").write_bytes(ARTICLE_TEXT.encode("cp1256"))
    expect(run("r.jsonl", "--articles", "articles"), 0, "1 records, 0 errors\n")


def test_article_found_by_path_when_not_by_id(make_record, articles_dir):
    (articles_dir / "sub").mkdir()
    (articles_dir / "khabar-1.txt").rename(articles_dir / "sub" / "a.txt")
    shifted = data_of(make_record(article={"id": "other", "path": "sub/a.txt"}))
    shifted["cue"]["text"] = "قيل"
    write_lines("r.jsonl", shifted)
    expect(
        run("r.jsonl", "--articles", "articles"),
        1,
        'r.jsonl:1: $.cue.text: does not match the article articles/sub/a.txt: [0:3] is "قال"\n'
        "1 records, 1 errors\n",
    )


def test_article_not_found_is_a_note_not_an_error(make_record, tmp_path):
    write_lines("r.jsonl", data_of(make_record(article={"id": "elsewhere", "path": None})))
    Path("empty-dir").mkdir()
    expect(
        run("r.jsonl", "--articles", "empty-dir"),
        0,
        "1 records, 0 errors\n",
        "note: the article of 1 records is not under empty-dir; their offsets were not checked\n",
    )


def test_unreadable_article_is_reported(make_record, articles_dir):
    (articles_dir / "khabar-1.txt").write_bytes(b"PK\x03\x04\x00\x00")
    write_lines("r.jsonl", data_of(make_record()), data_of(make_record()))
    message = "$.article: cannot read the article file articles/khabar-1.txt: "
    message += "binary file (contains NUL bytes), not text"
    expect(
        run("r.jsonl", "--articles", "articles"),
        1,
        f"r.jsonl:1: {message}\nr.jsonl:2: {message}\n2 records, 2 errors\n",
    )


# --- files that are empty or cannot be read -----------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"\n  \n", b"\xef\xbb\xbf", b"[\n]\n"])
def test_empty_file(content):
    Path("e.jsonl").write_bytes(content)
    expect(run("e.jsonl"), 1, "e.jsonl:1: $: empty file: no records\n0 records, 1 errors\n")


@pytest.mark.parametrize(
    ("content", "stderr"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
            "tracker: f.jsonl: binary file (contains NUL bytes), not JSON text\n",
        ),
        (
            b'{"id": "a"}\n{"id": "' + b"\xff\xfe" + b'"}\n',
            "tracker: f.jsonl:2: not UTF-8 text (byte 0xff)\n",
        ),
        ('{"id": "ب"}\n'.encode("cp1256"), "tracker: f.jsonl:1: not UTF-8 text (byte 0xc8)\n"),
    ],
    ids=["binary", "bad-byte", "windows-1256"],
)
def test_unreadable_file_exits_2_with_one_line(content, stderr):
    Path("f.jsonl").write_bytes(content)
    expect(run("f.jsonl"), 2, "", stderr)


def test_missing_file_exits_2_with_no_partial_output(make_record):
    bad = data_of(make_record())
    del bad["id"]
    write_lines("bad.jsonl", bad)
    expect(run("bad.jsonl", "missing.jsonl"), 2, "", "tracker: missing.jsonl: no such file\n")
    Path("folder").mkdir()
    expect(run("folder"), 2, "", "tracker: folder: is a directory, not a file\n")


def test_unreadable_stdin():
    expect(run("-", stdin=b"\xff"), 2, "", "tracker: <stdin>:1: not UTF-8 text (byte 0xff)\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give record files or --db"),
        (["r.jsonl", "--format", "xml"], "Invalid value for '--format'"),
        (["r.jsonl", "--articles", "no-such-dir"], "Invalid value for '--articles'"),
    ],
)
def test_usage_errors_exit_2(make_record, args, message):
    write_lines("r.jsonl", data_of(make_record()))
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


# --- several files, big files, the real command -------------------------------------------------------


def test_problems_of_several_files_in_order(make_record):
    record = data_of(make_record())
    no_id = {k: v for k, v in record.items() if k != "id"}
    write_lines("a.jsonl", record, no_id)
    Path("b.json").write_text(json.dumps([record, no_id], indent=1), encoding="utf-8")
    lines = Path("b.json").read_text(encoding="utf-8").splitlines()
    second = [i + 1 for i, text in enumerate(lines) if text == " {"][1]
    expect(
        run("a.jsonl", "b.json"),
        1,
        "a.jsonl:2: $: 'id' is a required property\n"
        f"b.json:{second}: $: 'id' is a required property\n"
        "4 records, 2 errors\n",
    )


def test_large_file_reports_the_right_line(make_record):
    line = json.dumps(data_of(make_record()), ensure_ascii=False)
    rows = [line] * 3000
    rows[2499] = line.replace('"named_official"', '"named"')
    Path("big.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = validate(["big.jsonl"])
    assert result.records == 3000
    assert [(p.line, p.path) for p in result.problems] == [(2500, "$.speaker.type")]


def test_json_path_quotes_keys_that_are_not_identifiers():
    assert json_path(["via", 0, "text"]) == "$.via[0].text"
    assert json_path(["a b", "ب"]) == '$["a b"]["ب"]'
    assert json_path([]) == "$"


def test_installed_command_exit_codes(make_record):
    """The console script users call in CI (not only the Typer app in-process)."""
    tracker = Path(sys.executable).with_name("tracker")
    write_lines("good.jsonl", data_of(make_record()))
    good = subprocess.run([tracker, "validate", "good.jsonl"], capture_output=True, text=True, check=False)
    assert (good.returncode, good.stdout) == (0, "1 records, 0 errors\n")
    Path("empty.jsonl").write_text("", encoding="utf-8")
    both = subprocess.run(
        [tracker, "validate", "good.jsonl", "empty.jsonl", "missing.jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (both.returncode, both.stdout, both.stderr) == (2, "", "tracker: missing.jsonl: no such file\n")
    bad = subprocess.run([tracker, "validate", "-"], input="{", capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert bad.stdout.endswith("1 records, 1 errors\n")
