"""Shared fixtures. Keep each one small and documented; the Arabic text here is written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tracker.extract import Extractor
from tracker.models import Record, Span, text_sha256

# --- records ------------------------------------------------------------------------------------------

ARTICLE_ID = "khabar-1"
ARTICLE_TEXT = (
    "قال وزير الصحة أحمد سالم إن المستشفى الميداني استقبل عشرين جريحا مساء الأحد.\n"
    "ونقلت وكالة الأنباء المحلية عن مصدر أمني قوله إن الطريق الساحلي أغلق أمام المدنيين.\n"
)


def _span(part: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE_TEXT.index(part, start + 1)
    return {"text": part, "start": start, "end": start + len(part)}


def _merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


@pytest.fixture
def article_span() -> Callable[..., dict[str, Any]]:
    """`article_span("قال")` -> {"text", "start", "end"} of the nth occurrence in ARTICLE_TEXT."""
    return _span


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """A folder holding ARTICLE_TEXT as `<ARTICLE_ID>.txt`, as `tracker validate --articles` expects."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / f"{ARTICLE_ID}.txt").write_bytes(ARTICLE_TEXT.encode("utf-8"))
    return folder


@pytest.fixture
def make_record(articles_dir: Path) -> Callable[..., Record]:
    """`make_record(**overrides)` -> a valid Record about ARTICLE_TEXT (written to tmp_path/articles).

    Overrides are merged into the record's JSON (dicts merge key by key, so
    `make_record(speaker={"anonymous": True})` changes one field); the id is recomputed from the
    final spans unless `id=` is given. Use `.model_dump(mode="json")` to get raw data to break.
    """

    def build(**overrides: Any) -> Record:
        data: dict[str, Any] = {
            "article": {"id": ARTICLE_ID, "path": f"{ARTICLE_ID}.txt", "sha256": text_sha256(ARTICLE_TEXT)},
            "claim": {
                **_span("المستشفى الميداني استقبل عشرين جريحا مساء الأحد"),
                "kind": "indirect",
                "polarity": "affirmed",
            },
            "cue": {**_span("قال"), "lemma": "قال"},
            "speaker": {
                **_span("وزير الصحة أحمد سالم"),
                "resolved": "وزير الصحة أحمد سالم",
                "type": "named_official",
                "anonymous": False,
                "role": "وزير الصحة",
            },
            "via": [],
        }
        data = _merge(data, overrides)
        if "id" not in data:
            claim, speaker = data["claim"], data["speaker"]
            data["id"] = Record.make_id(
                data["article"]["sha256"],
                Span(text=claim["text"], start=claim["start"], end=claim["end"]),
                Span(text=speaker["text"], start=speaker["start"], end=speaker["end"]),
            )
        return Record.model_validate(data)

    return build


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """The spaCy pipeline, built once for the whole run (pipeline.build is cached as well)."""
    return Extractor()
