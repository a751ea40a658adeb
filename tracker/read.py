"""Articles from every kind of input: text files, folders, JSON Lines / JSON arrays, zips, stdin.

Everything here is a generator: one article is in memory at a time (JSON arrays, also inside zips,
are streamed element by element with `tracker.jsonio`), so memory stays flat in corpus size.
Unreadable input becomes a `ReadProblem` in the stream and reading goes on with the next article.

`ArticleText.text` is the article exactly as decoded: downstream offsets are `str` indices into it.
Newlines, spaces and diacritics are left alone; only a leading byte-order mark is dropped, because
it is an encoding marker (like the encoding itself), not part of the text.
"""

from __future__ import annotations

import codecs
import datetime as dt
import io
import os
import sys
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from tracker import jsonio, metadata, models

TEXT_SUFFIXES = frozenset({".txt"})
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
ZIP_SUFFIXES = frozenset({".zip"})
STDIN = "<stdin>"
SNIFF = 4096
"""Bytes of stdin looked at to tell JSON from plain text."""

DEFAULT_TEXT = ("content", "text")
DEFAULT_ID = ("id",)
DEFAULT_URL = "url"
DEFAULT_TITLE = "title"
DEFAULT_OUTLET = "source"


@dataclass(frozen=True, slots=True)
class ArticleText:
    """One article: its text exactly as decoded (a leading BOM dropped) and what is known about it."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None

    def meta(self) -> models.Article:
        return models.Article(
            id=self.id,
            path=self.path,
            sha256=models.text_sha256(self.text),
            outlet=self.outlet,
            published=self.published,
            title=self.title,
            url=self.url,
        )


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """Input that could not be read as an article; one line naming where and why."""

    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        return (
            f"{self.path}:{self.line}: {self.message}"
            if self.line is not None
            else f"{self.path}: {self.message}"
        )


@dataclass(frozen=True)
class Fields:
    """JSON field names; None means the defaults (content/text, id/url, title, source, date*)."""

    text: str | None = None
    id: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None


Result = ArticleText | ReadProblem


def iter_articles(paths: Sequence[str], fields: Fields = Fields()) -> Iterator[Result]:
    """Every article under `paths` (files, folders, zips, `-` for stdin), in a deterministic order.

    Ids are unique within one call: a repeated id gets `~2`, `~3`, ... appended.
    """
    seen: set[str] = set()
    for path in paths:
        for item in _read_path(path, fields):
            if isinstance(item, ArticleText):
                unique = _unique(item.id, seen)
                if unique != item.id:
                    item = _replace_id(item, unique)
            yield item


def _unique(id_: str, seen: set[str]) -> str:
    out, n = id_, 1
    while out in seen:
        n += 1
        out = f"{id_}~{n}"
    seen.add(out)
    return out


def _replace_id(a: ArticleText, id_: str) -> ArticleText:
    return ArticleText(id_, a.text, a.path, a.title, a.outlet, a.published, a.url)


def _read_path(path: str, fields: Fields) -> Iterator[Result]:
    if path == "-":
        yield from _read_stdin(fields)
    elif os.path.isdir(path):
        yield from _read_dir(path, fields)
    elif not os.path.exists(path):
        yield ReadProblem(path, "no such file or directory")
    else:
        yield from _read_file(path, fields)


def _kind(name: str) -> str | None:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in ZIP_SUFFIXES:
        return "zip"
    return None


def _read_file(path: str, fields: Fields) -> Iterator[Result]:
    """A file named on the command line: by its suffix; anything not JSON or zip is read as text."""
    kind = _kind(path) or "text"
    if kind == "zip":
        yield from _read_zip(path, fields)
    elif kind == "json":
        yield from _json_articles(path, jsonio.iter_json(path), _stem(path), fields)
    else:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            yield ReadProblem(path, f"cannot read: {e.strerror}")
            return
        yield _text_article(path, _stem(path), data)


def _read_dir(root: str, fields: Fields) -> Iterator[Result]:
    """Text, JSON and zip files under `root`, recursively, sorted by name; hidden entries skipped.

    Symbolic links to folders are not followed (they can loop).
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as e:
        yield ReadProblem(root, f"cannot list folder: {e.strerror}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _read_dir(entry.path, fields)
        elif _kind(entry.name) and entry.is_file():
            yield from _read_file(entry.path, fields)


def _stem(name: str) -> str:
    return PurePosixPath(name.replace("\\", "/")).stem


# --- text -----------------------------------------------------------------------------------------


class NotText(ValueError):
    """Bytes that are not UTF-8 (or UTF-16 with a BOM) and do not look like Windows-1256 Arabic."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def decode(data: bytes) -> str:
    """The text of a file: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1256 Arabic.

    A leading BOM is dropped: it marks the encoding, it is not text. Windows-1256 gives every byte a
    character, so it is accepted only when most non-ASCII characters it yields are Arabic letters;
    a UTF-8 file with a few broken bytes is reported as such rather than read as Windows-1256.
    """
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data[len(codecs.BOM_UTF8) :], strict=True)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise NotText("not UTF-16 text despite its byte-order mark") from None
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes), not text")
    return _utf8(data, strict=False)


def _utf8(data: bytes, strict: bool) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        broken = NotText(f"not UTF-8 text (byte 0x{data[e.start]:02x})", line)
    loose = data.decode("utf-8", "replace")
    bad = loose.count("\ufffd")
    good = sum(1 for c in loose if c > "\x7f") - bad
    if strict or good > bad:
        raise broken
    text = data.decode("cp1256")
    if _looks_arabic(text):
        return text
    raise NotText("not UTF-8 or Windows-1256 text")


_CONTROLS = frozenset(chr(c) for c in range(32)) - set("\t\n\r\f\v")


def _looks_arabic(text: str) -> bool:
    """Mostly Arabic letters among the non-ASCII characters, and no control characters."""
    arabic = sum(1 for c in text if "\u0600" <= c <= "\u06ff" and c.isalpha())
    other = sum(1 for c in text if c > "\x7f")
    return arabic > 0 and 2 * arabic >= other and not _CONTROLS.intersection(text)


def _text_article(path: str, id_: str, data: bytes) -> Result:
    try:
        text = decode(data)
    except NotText as e:
        return ReadProblem(path, e.message, e.line)
    if not text.strip():
        return ReadProblem(path, "empty file")
    found = metadata.detect(text)
    return ArticleText(id_, text, path, found.title, found.outlet, found.published)


# --- JSON -----------------------------------------------------------------------------------------


def _json_articles(
    where: str, items: Iterable[jsonio.Item], stem: str, fields: Fields, url_ids: bool = True
) -> Iterator[Result]:
    """One article per JSON object, named by its id field, else (when `url_ids`) its url, else
    `STEM-INDEX` with the record's 0-based position in the file."""
    try:
        for index, item in enumerate(items):
            if item.error is not None:
                yield ReadProblem(where, f"record {index}: {item.error}", item.line)
            else:
                yield _json_article(where, item.line, index, item.value, stem, fields, url_ids)
    except jsonio.UnreadableFile as e:
        yield ReadProblem(where, e.message, e.line)


def _json_article(
    where: str, line: int, index: int, record: Any, stem: str, fields: Fields, url_ids: bool
) -> Result:
    if not isinstance(record, dict):
        return ReadProblem(where, f"record {index}: expected an object, got {type(record).__name__}", line)
    names = (fields.text,) if fields.text else DEFAULT_TEXT
    key = next((n for n in names if n in record), None)
    if key is None:
        alt = f" (or {', '.join(repr(n) for n in names[1:])})" if len(names) > 1 else ""
        return ReadProblem(where, f"record {index}: missing field {names[0]!r}{alt}", line)
    text = record[key]
    if not isinstance(text, str):
        return ReadProblem(where, f"record {index}: field {key!r} is not a string", line)
    if not text.strip():
        return ReadProblem(where, f"record {index}: field {key!r} is empty", line)
    url = _string(record, fields.url or DEFAULT_URL)
    id_ = next(
        (v for n in ((fields.id,) if fields.id else DEFAULT_ID) if (v := _string(record, n))),
        (url if url_ids else None) or f"{stem}-{index}",
    )
    date_key = fields.date or next((k for k in record if k.lower().startswith("date")), None)
    date_value = _string(record, date_key) if date_key else None
    title = _string(record, fields.title or DEFAULT_TITLE)
    outlet = _string(record, fields.outlet or DEFAULT_OUTLET)
    published = metadata.parse_date(date_value) if date_value else None
    if title is None or outlet is None or published is None:
        found = metadata.detect(text)  # fields win; the text fills what they leave out
        title, outlet, published = title or found.title, outlet or found.outlet, published or found.published
    return ArticleText(id_, text, where, title, outlet, published, url)


def _string(record: dict[str, Any], key: str) -> str | None:
    """A field's value as a non-empty string (numbers too, for ids), else None."""
    value = record.get(key)
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float | str):
        return str(value).strip() or None
    return None


# --- zip ------------------------------------------------------------------------------------------

_ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError)


def _read_zip(path: str, fields: Fields) -> Iterator[Result]:
    """Text and JSON members of a zip, sorted by name, each streamed from the archive.

    Ids are `ZIPSTEM/MEMBERSTEM` for text members; JSON records keep their id field, else get
    `ZIPSTEM/MEMBERSTEM-INDEX` (the array index), which stays traceable to the archive; urls are not
    used as ids here (every SaudiNewsNet record has one) unless `--id-field url` asks for it.
    A damaged member is one problem; the other members are still read.
    """
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as e:
        yield ReadProblem(path, f"not a readable zip archive: {_one_line(e)}")
        return
    with archive:
        members = sorted(
            (m for m in archive.infolist() if not m.is_dir() and not _hidden_member(m.filename)),
            key=lambda m: m.filename,
        )
        for member in members:
            where = f"{path}/{member.filename}"
            kind = _kind(member.filename)
            stem = f"{_stem(path)}/{_stem(member.filename)}"
            try:
                if kind == "json":
                    with archive.open(member) as stream:
                        records = jsonio.iter_json_stream(where, stream)
                        yield from _json_articles(where, records, stem, fields, url_ids=False)
                elif kind == "text":
                    yield _text_article(where, stem, archive.read(member))
                elif kind == "zip":
                    yield ReadProblem(where, "zip archives inside zip archives are not read")
            except _ZIP_ERRORS as e:
                yield ReadProblem(where, f"damaged zip member: {_one_line(e)}")


def _hidden_member(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in PurePosixPath(name).parts)


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


# --- stdin ----------------------------------------------------------------------------------------


def _read_stdin(fields: Fields) -> Iterator[Result]:
    """JSON (starting with `[` or `{`) streamed record by record, else the whole input as one text."""
    stream = sys.stdin.buffer
    if not isinstance(stream, io.BufferedReader):  # e.g. a BytesIO in tests: give it peek()
        stream = io.BufferedReader(stream)
    first = stream.peek(SNIFF)[:SNIFF].removeprefix(codecs.BOM_UTF8).lstrip()[:1]
    if first in (b"[", b"{"):
        yield from _json_articles(STDIN, jsonio.iter_json_stream(STDIN, stream), "stdin", fields)
    else:
        yield _text_article(STDIN, "stdin", stream.read())
