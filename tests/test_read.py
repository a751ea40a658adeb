"""Reading articles: every input kind, encodings, metadata in the text, problems, ids, laziness."""

from __future__ import annotations

import datetime as dt
import inspect
import io
import json
import pickle
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker import jsonio, metadata, models, rules
from tracker.read import ArticleText, Fields, ReadProblem, decode, iter_articles

# Test articles written for these tests (not taken from any corpus).
TITLE = "الحكومة تعلن خطة جديدة لإعادة إعمار الجسور"
BODY = (
    "أعلن وزير النقل أمس أن العمل سيبدأ الشهر المقبل في ثلاثة جسور متضررة.\n"
    "وقال مصدر في الوزارة إن الكلفة لم تحدد بعد."
)
ARTICLE = f"{TITLE}\n\nالسبت 27/يونيو/2015\n\n{BODY}\nالمصدر: وكالة الأنباء المحلية\n"


def articles(
    items: Iterator[ArticleText | ReadProblem] | list[ArticleText | ReadProblem],
) -> list[ArticleText]:
    return [a for a in items if isinstance(a, ArticleText)]


def problems(items: list[ArticleText | ReadProblem]) -> list[ReadProblem]:
    return [p for p in items if isinstance(p, ReadProblem)]


def record(n: int, **extra: object) -> dict[str, object]:
    return {
        "source": "صحيفة-الاختبار",
        "url": f"http://example.invalid/news/{n}",
        "date_extracted": "2015-07-21 02:51:32",
        "title": f"خبر رقم {n}",
        "author": "",
        "content": f"قال المتحدث باسم الدفاع المدني إن {n} فرق تعمل في الموقع.\nوأضاف أن الوضع تحت السيطرة.",
        **extra,
    }


def make_zip(path: Path, members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return path


# --- text files and encodings --------------------------------------------------------------------


def test_text_file_is_read_exactly_with_metadata(tmp_path: Path) -> None:
    raw = ARTICLE.replace("\n", "\r\n") + "  \n"
    path = tmp_path / "خبر-الجسور.txt"
    path.write_bytes(raw.encode("utf-8"))
    [a] = list(iter_articles([str(path)]))
    assert isinstance(a, ArticleText)
    assert a.text == raw  # newlines, trailing spaces: nothing normalized
    assert a.id == "خبر-الجسور"
    assert a.path == str(path)
    assert a.title == TITLE
    assert a.outlet == "وكالة الأنباء المحلية"
    assert a.published == dt.date(2015, 6, 27)
    start = a.text.index("ثلاثة جسور")
    assert a.text[start : start + len("ثلاثة جسور")] == "ثلاثة جسور"


def test_utf8_bom_is_dropped_and_only_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    [a] = articles(list(iter_articles([str(path)])))
    assert a.text == ARTICLE
    assert a.title == TITLE


def test_windows_1256_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "قديم.txt"
    path.write_bytes(ARTICLE.encode("cp1256"))
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    [a] = articles(list(iter_articles([str(path)])))
    assert a.text == ARTICLE
    assert a.outlet == "وكالة الأنباء المحلية"
    assert a.published == dt.date(2015, 6, 27)


def test_utf16_with_bom_is_read() -> None:
    assert decode(ARTICLE.encode("utf-16")) == ARTICLE


def test_binary_and_undecodable_files_are_problems_and_reading_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "b-latin.txt").write_bytes("Le ministre a déclaré à la presse française".encode("latin-1"))
    (tmp_path / "c-good.txt").write_text(ARTICLE, encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    probs = problems(items)
    assert [Path(p.path).name for p in probs] == ["a-binary.txt", "b-latin.txt"]
    assert "binary" in probs[0].message
    assert probs[1].message == "not UTF-8 or Windows-1256 text"
    assert str(probs[1]) == f"{tmp_path / 'b-latin.txt'}: not UTF-8 or Windows-1256 text"
    assert [a.id for a in articles(items)] == ["c-good"]


def test_utf8_with_a_broken_byte_is_not_misread_as_windows_1256(tmp_path: Path) -> None:
    data = ARTICLE.encode("utf-8")
    cut = data.index(b"\n\n") + 2  # the start of the third line
    path = tmp_path / "broken.txt"
    path.write_bytes(data[:cut] + b"\xff" + data[cut:])
    [p] = list(iter_articles([str(path)]))
    assert isinstance(p, ReadProblem)
    assert (p.line, p.message) == (3, "not UTF-8 text (byte 0xff)")
    assert str(p) == f"{path}:3: not UTF-8 text (byte 0xff)"


def test_missing_path_and_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"\xef\xbb\xbf \n")
    items = list(iter_articles([str(tmp_path / "nope.txt"), str(tmp_path / "empty.txt")]))
    assert [p.message for p in problems(items)] == ["no such file or directory", "empty file"]


# --- directories ---------------------------------------------------------------------------------


def test_directory_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("عنوان ثان\nنص ثان", encoding="utf-8")
    (tmp_path / "a.txt").write_text("عنوان أول\nنص أول", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps(record(1), ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text("نص مخفي", encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text("نص مخفي", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ملاحظات", encoding="utf-8")
    items = list(iter_articles([str(tmp_path)]))
    assert not problems(items)
    assert [a.id for a in articles(items)] == ["a", "2", "http://example.invalid/news/1"]


# --- JSON ----------------------------------------------------------------------------------------


def test_json_lines_with_default_fields(tmp_path: Path) -> None:
    rows = [record(0), {"text": "نص بلا عنوان ولا رابط", "date": "2015-08-02"}, record(2, id=77)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    a, b, c = articles(list(iter_articles([str(path)])))
    assert (a.id, a.title, a.outlet, a.published) == (
        "http://example.invalid/news/0",
        "خبر رقم 0",
        "صحيفة-الاختبار",
        dt.date(2015, 7, 21),
    )
    assert a.url == "http://example.invalid/news/0"
    assert a.text == rows[0]["content"]
    assert (b.id, b.text, b.published, b.url) == (
        "feed-1",
        "نص بلا عنوان ولا رابط",
        dt.date(2015, 8, 2),
        None,
    )
    assert c.id == "77"


def test_json_array_with_chosen_fields(tmp_path: Path) -> None:
    rows = [
        {"body": "نص الخبر الأول", "key": "k1", "headline": "عنوان", "paper": "الجريدة", "day": "3-8-2015"}
    ]
    path = tmp_path / "arr.json"
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    fields = Fields(text="body", id="key", title="headline", outlet="paper", date="day", url="link")
    [a] = list(iter_articles([str(path)], fields))
    assert isinstance(a, ArticleText)
    assert (a.id, a.text, a.title, a.outlet, a.published) == (
        "k1",
        "نص الخبر الأول",
        "عنوان",
        "الجريدة",
        dt.date(2015, 8, 3),
    )
    [p] = list(iter_articles([str(path)]))  # default text fields are not there
    assert isinstance(p, ReadProblem)
    assert p.message == "record 0: missing field 'content' (or 'text')"


def test_missing_and_empty_text_fields_are_problems_with_line_and_reading_goes_on(tmp_path: Path) -> None:
    rows = [record(0), {"title": "بلا نص"}, record(2, content="   "), record(3, content=5), record(4)]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    items = list(iter_articles([str(path)], Fields(text="content")))
    probs = problems(items)
    assert [p.message for p in probs] == [
        "record 1: missing field 'content'",
        "record 2: field 'content' is empty",
        "record 3: field 'content' is not a string",
    ]
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(p.line is not None and lines[p.line - 1].strip() == "{" for p in probs)
    assert str(probs[0]) == f"{path}:{probs[0].line}: record 1: missing field 'content'"
    assert len(articles(items)) == 2


def test_broken_json_line_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps(record(0)) + "\n{not json\n" + json.dumps(record(2)) + "\n", encoding="utf-8")
    items = list(iter_articles([str(path)]))
    [p] = problems(items)
    assert p.line == 2 and p.message.startswith("record 1: invalid JSON")
    assert len(articles(items)) == 2


def test_json_metadata_wins_and_text_fills_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(
        json.dumps({"content": ARTICLE, "source": "مصدر الحقل"}, ensure_ascii=False), encoding="utf-8"
    )
    [a] = articles(list(iter_articles([str(path)])))
    assert a.outlet == "مصدر الحقل"  # the field, not the credit line
    assert a.title == TITLE and a.published == dt.date(2015, 6, 27)  # from the text


# --- zip -----------------------------------------------------------------------------------------


def test_zip_in_saudinewsnet_layout(tmp_path: Path) -> None:
    rows = [record(i) for i in range(3)]
    z = make_zip(
        tmp_path / "2015-07-21.zip",
        {"2015-07-21.json": json.dumps(rows, ensure_ascii=False, indent=4).encode()},
    )
    got = articles(list(iter_articles([str(z)])))
    assert [a.id for a in got] == [f"2015-07-21/2015-07-21-{i}" for i in range(3)]
    assert [a.text for a in got] == [r["content"] for r in rows]
    assert got[0].path == f"{z}/2015-07-21.json"
    assert got[0].published == dt.date(2015, 7, 21) and got[0].url == rows[0]["url"]
    assert got[0].meta().id == got[0].id


def test_zip_with_text_members_id_field_and_hidden_members(tmp_path: Path) -> None:
    z = make_zip(
        tmp_path / "arch.zip",
        {
            "folder/b.txt": ARTICLE.encode("cp1256"),
            "a.jsonl": json.dumps({"id": "x9", "content": "نص"}).encode(),
            "__MACOSX/._b.txt": b"\x00\x05",
            "readme.md": b"ignored",
        },
    )
    items = list(iter_articles([str(z)]))
    assert not problems(items)
    assert [(a.id, a.text) for a in articles(items)] == [("x9", "نص"), ("arch/b", ARTICLE)]


def test_bad_and_truncated_zips_are_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"this is not a zip archive")
    good = make_zip(tmp_path / "good.zip", {"d.json": json.dumps([record(0)] * 5).encode()})
    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(good.read_bytes()[:-30])
    items = list(iter_articles([str(bad), str(truncated), str(good)]))
    probs = problems(items)
    assert [p.path for p in probs] == [str(bad), str(truncated)]
    assert all(p.message.startswith("not a readable zip archive") for p in probs)
    assert len(articles(items)) == 5


def test_zip_is_streamed_first_article_before_the_rest_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged tail (bad CRC, found only when the member is read to its end) must come after the
    first articles: had the reader loaded the member whole, the error would come before any of them."""
    monkeypatch.setattr(jsonio, "CHUNK", 256)
    rows = [record(i) for i in range(40)]
    data = json.dumps(rows, ensure_ascii=False).encode()
    z = make_zip(tmp_path / "day.zip", {"day.json": data}, zipfile.ZIP_STORED)
    raw = bytearray(z.read_bytes())
    at = raw.rindex("السيطرة".encode())
    raw[at + 1] ^= 0x01  # still valid UTF-8 and JSON: only the CRC notices
    z.write_bytes(bytes(raw))
    stream = iter_articles([str(z)])
    first = next(stream)
    assert isinstance(first, ArticleText) and first.id == "day/day-0"
    rest = list(stream)
    assert isinstance(rest[-1], ReadProblem)
    assert "damaged zip member" in rest[-1].message and "CRC" in rest[-1].message
    assert 20 < len(articles(rest)) < 40


def test_iter_articles_is_lazy(tmp_path: Path) -> None:
    gen = iter_articles([str(tmp_path / "later.txt")])
    assert inspect.isgenerator(gen)
    (tmp_path / "later.txt").write_text("عنوان\nنص كتب بعد بدء القراءة", encoding="utf-8")
    [a] = list(gen)  # nothing was opened before iteration started
    assert isinstance(a, ArticleText) and a.id == "later"


# --- stdin ---------------------------------------------------------------------------------------


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, ARTICLE.encode("cp1256"))
    [a] = list(iter_articles(["-"]))
    assert isinstance(a, ArticleText)
    assert (a.id, a.text, a.title, a.path) == ("stdin", ARTICLE, TITLE, "<stdin>")


def test_stdin_json_lines_longer_than_the_sniffed_head(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [record(i, content="نص طويل " * 200 + str(i)) for i in range(30)]
    fake_stdin(monkeypatch, "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode())
    got = articles(list(iter_articles(["-"], Fields(id="none"))))
    assert [a.text for a in got] == [r["content"] for r in rows]
    assert got[3].id == "http://example.invalid/news/3"


# --- ids, records --------------------------------------------------------------------------------


def test_ids_are_unique_per_run(tmp_path: Path) -> None:
    for d in ("x", "y"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "same.txt").write_text("عنوان\nنص", encoding="utf-8")
    path = tmp_path / "dup.jsonl"
    path.write_text("\n".join(json.dumps(record(0)) for _ in range(3)), encoding="utf-8")
    ids = [
        a.id
        for a in articles(
            list(iter_articles([str(tmp_path / "x"), str(tmp_path / "y"), str(path), str(path)]))
        )
    ]
    assert len(ids) == len(set(ids)) == 8
    assert ids[:2] == ["same", "same~2"]


def test_meta_and_pickling(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    [a] = articles(list(iter_articles([str(path)])))
    meta = a.meta()
    assert isinstance(meta, models.Article)
    assert meta.sha256 == models.text_sha256(ARTICLE)
    assert (meta.title, meta.outlet, meta.published) == (a.title, a.outlet, a.published)
    assert pickle.loads(pickle.dumps(a)) == a  # workers (--jobs) can receive articles


def test_problem_str() -> None:
    assert str(ReadProblem("a.json", "missing field 'content'", 3)) == "a.json:3: missing field 'content'"
    assert str(ReadProblem("a.txt", "empty file")) == "a.txt: empty file"


# --- metadata in the text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("السبت 27/يونيو/2015", dt.date(2015, 6, 27)),
        ("الأحد ٥ تموز ٢٠١٥", dt.date(2015, 7, 5)),
        ("الرياض - الخميس 1 كانون الثاني 2015", dt.date(2015, 1, 1)),
        ("9 تشرين الأول 2014", dt.date(2014, 10, 9)),
        ("الثلاثاء 14 رمضان 1436 هـ - 30 يونيه 2015 م", dt.date(2015, 6, 30)),
        ("12 حزيران/يونيو 2015", dt.date(2015, 6, 12)),
        ("2015-06-27", dt.date(2015, 6, 27)),
        ("27-6-2015", dt.date(2015, 6, 27)),
        ("٢٧/٠٦/٢٠١٥", dt.date(2015, 6, 27)),
        ("3 جويلية 2015", dt.date(2015, 7, 3)),
        ("31 فبراير 2015", None),
        ("11/9/1436", None),
        ("بلا تاريخ", None),
    ],
)
def test_find_date(line: str, expected: dt.date | None) -> None:
    assert metadata.find_date(line) == expected


def test_detect_dateline_before_title_and_no_credit() -> None:
    found = metadata.detect(f"الخميس 1 كانون الثاني 2015\n{TITLE}\n{BODY}")
    assert (found.title, found.published, found.outlet) == (TITLE, dt.date(2015, 1, 1), None)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("الرمادي، 14 أيلول 2027 (وكالة الأنباء العراقية) – أعلنت القيادة", dt.date(2027, 9, 14)),
        ("ربك (السودان) – «الشرق الأوسط» – ٧ آذار ٢٠٢٧ – قال الوالي", dt.date(2027, 3, 7)),
        ("بنغازي - 3 أيار 2026 - شهدت المدينة", dt.date(2026, 5, 3)),
        # tatweels standing for the dash
        ("الحلة (شبكة الأخبار) 9 أيار 2028 ــ أعلنت الشرطة", dt.date(2028, 5, 9)),
        ("الحلة ـ 9 أيار 2028 ـ أعلنت الشرطة", dt.date(2028, 5, 9)),
        # a dash that closes no dateline: the date is the body's
        ("أعلن الجيش السوداني أمس - في بيان صدر 3 أيار 2026 - أن قواته تقدمت", None),
        ("بنغازي - شهدت المدينة يوم 3 أيار 2026 مواجهات", None),
    ],
)
def test_detect_a_dateline_opening_the_first_paragraph(opening: str, expected: dt.date | None) -> None:
    found = metadata.detect(f"{TITLE}\n\n{opening} وتواصلت الاشتباكات في محيط المدينة.\n")
    assert (found.title, found.published) == (TITLE, expected)


def test_detect_does_not_take_a_paragraph_or_a_body_date() -> None:
    text = "وقال المتحدث في بيان صدر يوم 27 يونيو 2015 إن الفرق تواصل عملها في المنطقة المنكوبة.\nنص آخر."
    found = metadata.detect(text)
    assert (found.title, found.published) == (None, None)
    assert metadata.detect("سطر واحد فقط").title is None


def test_parse_date_field_values() -> None:
    assert metadata.parse_date("2015-07-21 02:51:32") == dt.date(2015, 7, 21)
    assert metadata.parse_date("2015-07-21T02:51:32Z") == dt.date(2015, 7, 21)
    assert metadata.parse_date("21 يوليو 2015") == dt.date(2015, 7, 21)
    assert metadata.parse_date("أمس") is None


def test_calendar_rules_validate() -> None:
    cal = rules.load("calendar")
    assert isinstance(cal, metadata.Calendar)
    assert all(len(f.months) == 12 for f in cal.gregorian)
    assert not [e for e in rules.check_all() if "calendar" in e or "credit" in e]


def test_a_paragraph_opened_by_a_dateline_is_no_title_and_makes_none_of_the_next() -> None:
    text = "بنغازي - 3 أيار 2026 - شهدت المدينة مواجهات عنيفة.\nوتواصلت الاشتباكات حتى المساء\nنص آخر."
    found = metadata.detect(text)
    assert (found.title, found.published) == (None, dt.date(2026, 5, 3))
