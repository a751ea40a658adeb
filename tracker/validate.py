"""Check exported record files: the JSON Schema, the model's own rules, and the offsets against the articles.

Users run `tracker validate` in their own CI, so every problem is one stable line
`FILE:LINE: json.path: message` and the exit code says whether anything was wrong.
Records are streamed (jsonio.iter_json); only the problems are kept in memory.
"""

from __future__ import annotations

import json
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError
from pydantic import ValidationError

from tracker.jsonio import iter_json
from tracker.models import Record, text_sha256
from tracker.read import NotText, decode
from tracker.resources import data_dir

STDIN_NAME = "<stdin>"
EMPTY_FILE = "empty file: no records"
MAX_MESSAGE = 200
SPANS = ("claim", "cue", "speaker")
# pydantic error types that come from the models' own validators: rules the JSON Schema cannot express.
MODEL_RULES = frozenset({"value_error", "assertion_error"})
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with one record; `str()` gives the `FILE:LINE: path: message` line."""

    file: str
    line: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.path}: {self.message}"


@dataclass
class Result:
    """What validating some files found."""

    records: int = 0
    problems: list[Problem] = field(default_factory=list)
    articles_not_found: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "errors": len(self.problems),
            "problems": [asdict(p) for p in self.problems],
        }

    def summary(self) -> str:
        # Kept literal ("1 records") so that CI scripts can match it with one pattern.
        return f"{self.records} records, {len(self.problems)} errors"


def json_path(parts: Iterable[int | str]) -> str:
    """('via', 0, 'text') -> $.via[0].text; keys that are not identifiers are quoted: $["a b"]."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif _IDENT.match(part):
            out += f".{part}"
        else:
            out += f"[{json.dumps(part, ensure_ascii=False)}]"
    return out


def _one_line(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 3] + "..."


@lru_cache(maxsize=1)
def record_schema_validator() -> Draft202012Validator:
    """The checked-in schemas/record.schema.json, with `format` (dates) asserted."""
    schema = json.loads((data_dir("schemas") / "record.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _leaf_errors(error: SchemaError) -> Iterator[SchemaError]:
    """Look inside `anyOf`/`oneOf` (optional fields are `X | null`) for the branch the value was meant for.

    Without this, a bad field inside `proposition` would be reported as "{...} is not valid under any
    of the given schemas" with the whole object printed.
    """
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[SchemaError]] = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        meant = [
            subs
            for subs in branches.values()
            if not any(s.validator == "type" and not s.relative_path for s in subs)
        ]
        if len(meant) == 1:
            for sub in meant[0]:
                yield from _leaf_errors(sub)
            return
    yield error


def schema_problems(value: Any) -> list[tuple[str, str]]:
    """(json path, message) for every JSON Schema violation, in path order."""
    found = {
        (json_path(e.absolute_path), _one_line(e.message))
        for top in record_schema_validator().iter_errors(value)
        for e in _leaf_errors(top)
    }
    return sorted(found)


def model_problems(value: Any, schema_found_some: bool) -> list[tuple[str, str]]:
    """(json path, message) from pydantic.

    When the schema already found problems only the models' own rules (offsets agree, named speakers
    are not anonymous, cue outside claim ...) are reported, so that no problem is reported twice.
    When it found none, everything pydantic rejects is reported, so that nothing slips through.
    """
    try:
        Record.model_validate(value)
    except ValidationError as e:
        return [
            (json_path(err["loc"]), _one_line(err["msg"].removeprefix("Value error, ")))
            for err in e.errors(include_url=False)
            if err["type"] in MODEL_RULES or not schema_found_some
        ]
    return []


class Articles:
    """Finds and caches article texts under `--articles DIR` (records of one article come together)."""

    def __init__(self, directory: Path, keep: int = 16) -> None:
        self.directory, self.keep = directory, keep
        self._cache: OrderedDict[Path, str | Exception] = OrderedDict()

    def find(self, article: Any) -> Path | None:
        """DIR/<article.id>.txt, else DIR/<article.path>; None when neither is a file."""
        if not isinstance(article, dict):
            return None
        candidates = []
        if isinstance(article.get("id"), str) and article["id"]:
            candidates.append(self.directory / f"{article['id']}.txt")
        if isinstance(article.get("path"), str) and article["path"]:
            candidates.append(self.directory / article["path"])
        return next((c for c in candidates if c.is_file()), None)

    def text(self, path: Path) -> str:
        """The article decoded as `tracker extract` read it (tracker.read.decode), so offsets agree.

        Raises OSError or read.NotText (cached, so a bad article is read once).
        """
        if path not in self._cache:
            try:
                self._cache[path] = decode(path.read_bytes())
            except (OSError, NotText) as e:
                self._cache[path] = e
            if len(self._cache) > self.keep:
                self._cache.popitem(last=False)
        self._cache.move_to_end(path)
        found = self._cache[path]
        if isinstance(found, Exception):
            raise found
        return found


def _spans(value: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for name in SPANS:
        yield f"$.{name}", value.get(name)
    via = value.get("via")
    if isinstance(via, list):
        for i, hop in enumerate(via):
            yield f"$.via[{i}]", hop


def _quote(text: str, limit: int = 60) -> str:
    return json.dumps(text if len(text) <= limit else text[:limit] + "…", ensure_ascii=False)


def _reported(path: str, already: Iterable[str]) -> bool:
    """A problem was already reported at `path` or inside it (`$.claim` covers `$.claim.text`)."""
    return any(p == path or p.startswith((path + ".", path + "[")) for p in already)


def article_problems(
    value: Any, articles: Articles, already: list[str]
) -> tuple[bool, list[tuple[str, str]]]:
    """(article found?, problems): sha256 and every span's text against the article file.

    Spans with a problem already reported (say end <= start) are not checked again.
    """
    if not isinstance(value, dict):
        return True, []
    path = articles.find(value.get("article"))
    if path is None:
        return False, []
    try:
        text = articles.text(path)
    except (OSError, NotText) as e:
        why = e.message if isinstance(e, NotText) else (e.strerror or str(e))
        return True, [("$.article", f"cannot read the article file {path}: {why}")]
    out = []
    sha = value["article"].get("sha256")
    if isinstance(sha, str) and not _reported("$.article.sha256", already):
        actual = text_sha256(text)
        if sha != actual:
            out.append(
                ("$.article.sha256", f"does not match the article file {path} (its sha256 is {actual})")
            )
    for where, span in _spans(value):
        if not isinstance(span, dict) or _reported(where, already):
            continue
        start, end, said = span.get("start"), span.get("end"), span.get("text")
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(said, str)):
            continue
        if end > len(text):
            out.append(
                (f"{where}.end", f"{end} is past the end of the article {path} ({len(text)} characters)")
            )
        elif text[start:end] != said:
            out.append(
                (
                    f"{where}.text",
                    f"does not match the article {path}: [{start}:{end}] is {_quote(text[start:end])}",
                )
            )
    return True, out


def check_record(value: Any, articles: Articles | None = None) -> tuple[bool, list[tuple[str, str]]]:
    """(article found or not asked for, problems) for one decoded JSON value."""
    found = schema_problems(value)
    for problem in model_problems(value, bool(found)):
        if problem not in found:
            found.append(problem)
    located, more = (
        (True, []) if articles is None else article_problems(value, articles, [p for p, _ in found])
    )
    return located, sorted(found + more)


def validate(paths: Iterable[str], articles: Path | None = None) -> Result:
    """Check every record of every file; raise jsonio.UnreadableFile for a file that cannot be read."""
    result = Result()
    lookup = Articles(articles) if articles is not None else None
    for path in paths:
        name = STDIN_NAME if path == "-" else path
        seen = 0
        for item in iter_json(path):
            seen += 1
            if item.error:
                result.problems.append(Problem(name, item.line, "$", item.error))
                continue
            located, found = check_record(item.value, lookup)
            result.articles_not_found += not located
            result.problems.extend(Problem(name, item.line, p, m) for p, m in found)
        result.records += seen
        if not seen:
            result.problems.append(Problem(name, 1, "$", EMPTY_FILE))
    return result
