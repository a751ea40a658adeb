"""Helpers of the extraction tests: the records of one sentence or article, and the one record of a cue."""

from __future__ import annotations

from tracker.extract import Extractor
from tracker.models import Record
from tracker.read import ArticleText


def records(extractor: Extractor, text: str, id_: str = "c") -> list[Record]:
    return extractor.records(ArticleText(id_, text))


def one(found: list[Record], cue: str) -> Record:
    """The single record whose cue is `cue` (a failure lists what was found instead)."""
    hits = [r for r in found if r.cue.text == cue]
    assert len(hits) == 1, f"cue {cue!r}: {[(r.cue.text, r.speaker.text, r.claim.text) for r in found]}"
    return hits[0]
