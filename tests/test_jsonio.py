"""Streaming JSON reading (JSON Lines, arrays, one object) with line numbers, and atomic writing."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tracker import jsonio
from tracker.jsonio import Item, UnreadableFile, atomic_write, iter_json, write_jsonl


def read(tmp_path: Path, content: str | bytes) -> list[Item]:
    path = tmp_path / "in.json"
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return [Item("f", i.line, i.value, i.error) for i in iter_json(str(path))]


def test_json_lines_with_blank_lines_and_crlf(tmp_path):
    items = read(tmp_path, '{"a": "أ"}\r\n\r\n{"b": 2}\r\n\n[3]')
    assert items == [Item("f", 1, {"a": "أ"}), Item("f", 3, {"b": 2}), Item("f", 5, [3])]


def test_array(tmp_path):
    items = read(tmp_path, '[\n  {"a": 1},\n  {"b":\n    2},\n\n  {"c": 3}\n]\n')
    assert items == [Item("f", 2, {"a": 1}), Item("f", 3, {"b": 2}), Item("f", 6, {"c": 3})]


def test_empty_array_and_empty_file_yield_nothing(tmp_path):
    assert read(tmp_path, "[ ]") == []
    assert read(tmp_path, "") == []
    assert read(tmp_path, "\n\n  \n") == []


def test_single_pretty_object(tmp_path):
    text = "\n" + json.dumps(
        {"claim": {"text": "قال", "start": 0}, "via": [1, 2]}, indent=2, ensure_ascii=False
    )
    assert read(tmp_path, text) == [Item("f", 2, {"claim": {"text": "قال", "start": 0}, "via": [1, 2]})]


def test_broken_pretty_object_is_one_error_at_its_line(tmp_path):
    assert read(tmp_path, '{\n  "a": 1,\n  "b": ,\n  "c": [\n    "x"\n  ]\n}\n') == [
        Item("f", 3, error="invalid JSON: Expecting value (column 8)")
    ]


def test_broken_line_is_one_error_and_reading_goes_on(tmp_path):
    items = read(tmp_path, '{"a": 1}\n{"b": \n{"c": 3}\n')
    assert items == [
        Item("f", 1, {"a": 1}),
        Item("f", 2, error="invalid JSON: Expecting value (column 7)"),
        Item("f", 3, {"c": 3}),
    ]


def test_broken_first_line_does_not_swallow_the_file(tmp_path):
    items = read(tmp_path, '{"a": 1\n{"b": 2}\n{"c": 3}\n')
    assert items == [
        Item("f", 1, error="invalid JSON: Expecting ',' delimiter (column 8)"),
        Item("f", 2, {"b": 2}),
        Item("f", 3, {"c": 3}),
    ]


def test_unclosed_array(tmp_path):
    assert read(tmp_path, '[{"a": 1},\n{"b": 2}\n') == [
        Item("f", 1, {"a": 1}),
        Item("f", 2, {"b": 2}),
        Item("f", 3, error="invalid JSON: the array is not closed with ']'"),
    ]


@pytest.mark.parametrize("content", ['{"a": "ب"}\n{"b": 2}\n', '[{"a": "ب"},\n{"b": 2}]', '{\n"a": "ب"}'])
def test_utf8_bom_is_ignored(tmp_path, content):
    items = read(tmp_path, b"\xef\xbb\xbf" + content.encode("utf-8"))
    assert items[0].value == {"a": "ب"} and items[0].line == 1
    assert all(i.error is None for i in items)


def test_big_array_streams_with_exact_line_numbers(tmp_path, monkeypatch):
    """Chunks far smaller than one element: split elements and split UTF-8 characters must still decode."""
    monkeypatch.setattr(jsonio, "CHUNK", 7)
    elements = [{"n": n, "text": "خبر " * (n % 5), "via": list(range(n % 3))} for n in range(300)]
    lines, expected = ["["], []
    for n, element in enumerate(elements):
        block = json.dumps(element, ensure_ascii=False, indent=2).split("\n")
        expected.append((len(lines) + 1, element))
        lines.extend([*block[:-1], block[-1] + ("," if n < len(elements) - 1 else "")])
        if n % 7 == 0:
            lines.append("")
    lines.append("]")
    items = read(tmp_path, "\n".join(lines))
    assert [(i.line, i.value) for i in items] == expected


def test_big_json_lines_with_small_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonio, "CHUNK", 5)
    rows = [json.dumps({"n": n, "t": "نص" * n}, ensure_ascii=False) for n in range(200)]
    rows[150] = rows[150][:-1]
    items = read(tmp_path, "\n".join(rows))
    assert [i.line for i in items] == list(range(1, 201))
    assert [i.line for i in items if i.error] == [151]
    assert items[199].value == {"n": 199, "t": "نص" * 199}


def test_array_is_read_lazily(tmp_path, monkeypatch):
    """The first element comes out before the file has been read to the end."""
    monkeypatch.setattr(jsonio, "CHUNK", 64)
    data = ("[" + ",\n".join(json.dumps({"n": n}) for n in range(10_000)) + "]").encode()
    stream = io.BytesIO(data)
    monkeypatch.setattr(jsonio, "_open_binary", lambda path: stream)
    items = iter_json("big.json")
    assert next(items).value == {"n": 0}
    assert stream.tell() < 1000 < len(data)
    assert sum(1 for _ in items) == 9_999


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(UnreadableFile, match="no such file") as caught:
        list(iter_json(str(tmp_path / "nope.jsonl")))
    assert caught.value.path.endswith("nope.jsonl") and caught.value.line is None
    with pytest.raises(UnreadableFile, match="is a directory, not a file"):
        list(iter_json(str(tmp_path)))


def test_binary_file(tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        read(tmp_path, b"PK\x03\x04\x00\x00binary")
    assert caught.value.message == "binary file (contains NUL bytes), not JSON text"


def test_non_utf8_file_names_the_line(tmp_path):
    with pytest.raises(UnreadableFile) as caught:
        read(tmp_path, b'{"a": 1}\n{"a": 2}\n{"b": "\xe9t\xe9"}\n')
    assert (caught.value.line, caught.value.message) == (3, "not UTF-8 text (byte 0xe9)")
    assert str(caught.value).endswith(":3: not UTF-8 text (byte 0xe9)")


def test_atomic_write_leaves_the_target_alone_on_error(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_write(target) as out:
        out.write("half")
        raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_write_jsonl_round_trips_models_and_dicts(tmp_path, make_record):
    target = tmp_path / "sub" / "records.jsonl"
    record = make_record()
    assert write_jsonl(target, [record, {"x": "ب"}]) == 2
    text = target.read_text(encoding="utf-8")
    assert "ب" in text and "\\u" not in text  # readable Arabic, not escapes
    assert "null" not in text.split("\n")[0]  # exclude_none
    items = list(iter_json(str(target)))
    assert [type(record).model_validate(items[0].value), items[1].value] == [record, {"x": "ب"}]


def test_atomic_write_writes_through_to_a_device_instead_of_replacing_it() -> None:
    """`-o /dev/null` must not turn the device into a regular file."""
    with atomic_write("/dev/null") as out:
        out.write("x\n")
    assert not Path("/dev/null").is_file()
    assert Path("/dev/null").is_char_device()
