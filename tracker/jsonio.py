"""Streaming JSON in, atomic JSON Lines out.

Readers accept JSON Lines, a JSON array, or one JSON object, without loading the whole file, and
report where each value started so that errors can name `FILE:LINE`.
"""

from __future__ import annotations

import codecs
import contextlib
import itertools
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

CHUNK = 1 << 20


class UnreadableFile(Exception):
    """The file cannot be read as JSON text at all (missing, binary, not UTF-8)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path, self.line, self.message = path, line, message
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True, slots=True)
class Item:
    """One JSON value read from a file, or the reason it could not be parsed."""

    path: str
    line: int
    value: Any = None
    error: str | None = None


def _open_binary(path: str) -> IO[bytes]:
    if path == "-":
        return sys.stdin.buffer
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise UnreadableFile(path, "no such file") from None
    except IsADirectoryError:
        raise UnreadableFile(path, "is a directory, not a file") from None
    except OSError as e:
        raise UnreadableFile(path, f"cannot open: {e.strerror}") from None


def iter_json(path: str) -> Iterator[Item]:
    """Yield every JSON value of a file; a broken JSON Lines line is one error item, then reading goes on."""
    stream = _open_binary(path)
    try:
        yield from iter_json_stream(path, stream)
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def iter_json_stream(path: str, stream: IO[bytes]) -> Iterator[Item]:
    """`iter_json` on an open binary stream (a zip member, stdin); `path` only names it in errors."""
    chunks = _text_chunks(path, stream)
    head = next(chunks, "")
    first = head.lstrip()[:1]
    if not first:
        return
    if first == "[":
        yield from _iter_array(path, head, chunks)
        return
    first_line = head.split("\n", 1)[0].strip()
    if first == "{" and not _parses(first_line):
        # One pretty-printed object (or one broken line): small enough to read whole.
        yield from _iter_whole(path, head + "".join(chunks))
        return
    yield from _iter_lines(path, head, chunks)


def _parses(text: str) -> bool:
    try:
        json.loads(text)
    except json.JSONDecodeError:
        return False
    return True


def _text_chunks(path: str, stream: IO[bytes]) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, first = 1, True
    while True:
        raw = stream.read(CHUNK)
        if first and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        first = False
        if b"\x00" in raw:
            raise UnreadableFile(path, "binary file (contains NUL bytes), not JSON text")
        try:
            text = decoder.decode(raw, final=not raw)
        except UnicodeDecodeError as e:
            line += raw.count(b"\n", 0, e.start)
            raise UnreadableFile(path, f"not UTF-8 text (byte 0x{raw[e.start]:02x})", line) from None
        line += raw.count(b"\n")
        if text:
            yield text
        if not raw:
            return


def _iter_lines(path: str, head: str, chunks: Iterator[str]) -> Iterator[Item]:
    number, carry = 0, ""
    for chunk in itertools.chain([head], chunks):
        lines = (carry + chunk).split("\n")
        carry = lines.pop()
        for text in lines:
            number += 1
            yield from _parse_line(path, number, text)
    if carry:
        yield from _parse_line(path, number + 1, carry)


def _parse_line(path: str, number: int, text: str) -> Iterator[Item]:
    if not text.strip():
        return
    try:
        yield Item(path, number, json.loads(text))
    except json.JSONDecodeError as e:
        yield Item(path, number, error=f"invalid JSON: {e.msg} (column {e.colno})")


def _iter_whole(path: str, text: str) -> Iterator[Item]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as e:
        if any(line.lstrip().startswith("{") and _parses(line) for line in text.split("\n")[1:]):
            # JSON Lines whose first line is broken: one error for it, the other lines still count.
            yield from _iter_lines(path, text, iter(()))
        else:
            yield Item(path, e.lineno, error=f"invalid JSON: {e.msg} (column {e.colno})")
        return
    start = len(text) - len(text.lstrip())
    yield Item(path, text.count("\n", 0, start) + 1, value)


def _iter_array(path: str, head: str, chunks: Iterator[str]) -> Iterator[Item]:
    """Decode array elements one by one, reading more text only when an element is incomplete."""
    decoder = json.JSONDecoder()
    buf, pos = head, head.index("[") + 1
    line = 1 + head.count("\n", 0, pos)
    while True:
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n,":
                line += buf[pos] == "\n"
                pos += 1
            if pos < len(buf):
                break
            nxt = next(chunks, None)
            if nxt is None:
                yield Item(path, line, error="invalid JSON: the array is not closed with ']'")
                return
            buf, pos = nxt, 0
        if buf[pos] == "]":
            return
        while True:
            try:
                value, end = decoder.raw_decode(buf, pos)
                break
            except json.JSONDecodeError as e:
                nxt = next(chunks, None)
                if nxt is None:
                    yield Item(path, line + buf.count("\n", pos, e.pos), error=f"invalid JSON: {e.msg}")
                    return
                buf = buf[pos:] + nxt
                pos = 0
        yield Item(path, line, value)
        line += buf.count("\n", pos, end)
        pos = end


@contextlib.contextmanager
def atomic_write(path: str | Path) -> Iterator[IO[str]]:
    """Write to a temporary file beside `path`, rename over it only when everything was written.

    `-` writes to stdout. On any exception the temporary file is removed and `path` is untouched.
    """
    if str(path) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/null, a pipe: nothing to replace, write through
        with open(target, "w", encoding="utf-8", newline="\n") as out:
            yield out
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_jsonl(path: str | Path, rows: Iterable[Any]) -> int:
    """Write dicts (or pydantic models) as JSON Lines atomically; return how many were written."""
    n = 0
    with atomic_write(path) as out:
        for row in rows:
            data = row.model_dump(mode="json", exclude_none=True) if hasattr(row, "model_dump") else row
            out.write(dumps(data) + "\n")
            n += 1
    return n
