"""Reading claim records back: every read command (compare, report, attribute, sources ...) uses this."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from pydantic import ValidationError

from tracker.jsonio import iter_json
from tracker.models import Record


class BadRecord(Exception):
    """A record file holds something that is not a valid record; the message is `FILE:LINE: path: why`."""


def error_path(loc: Iterable[int | str]) -> str:
    """pydantic's error location as a JSON path: ('via', 0, 'text') -> $.via[0].text"""
    out = "$"
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else f".{part}"
    return out


def read_records(paths: Iterable[str]) -> Iterator[Record]:
    """Yield the records of JSON Lines / JSON array files; raise BadRecord on the first invalid one.

    jsonio.UnreadableFile propagates for files that cannot be read at all.
    """
    for path in paths:
        for item in iter_json(path):
            if item.error:
                raise BadRecord(f"{item.path}:{item.line}: $: {item.error}")
            try:
                yield Record.model_validate(item.value)
            except ValidationError as e:
                first = e.errors()[0]
                raise BadRecord(
                    f"{item.path}:{item.line}: {error_path(first['loc'])}: {first['msg']}"
                ) from None
