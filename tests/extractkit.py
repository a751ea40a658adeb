"""Helpers of the extraction tests: the records of one sentence or article, and the one record of a cue."""

from __future__ import annotations

from tracker.extract import Extractor
from tracker.models import Record
from tracker.read import ArticleText

EARLIER = "قال مسؤولون في البلدية إن الطريق إلى السوق مغلق."
"""An opening sentence: the one tested is no headline, and its article has told an attribution already."""


def records(extractor: Extractor, text: str, id_: str = "c") -> list[Record]:
    return extractor.records(ArticleText(id_, text))


def after_earlier(extractor: Extractor, sentence: str) -> list[Record]:
    """The records of an article of EARLIER and then `sentence`."""
    return records(extractor, f"{EARLIER}\n\n{sentence}")


def speaker_and_claim(extractor: Extractor, sentence: str, cue: str) -> tuple[str, str]:
    """The speaker and claim texts of the one record of `cue` in `sentence` (after EARLIER)."""
    said = one(after_earlier(extractor, sentence), cue)
    return said.speaker.text, said.claim.text


def one(found: list[Record], cue: str) -> Record:
    """The single record whose cue is `cue` (a failure lists what was found instead)."""
    hits = [r for r in found if r.cue.text == cue]
    assert len(hits) == 1, f"cue {cue!r}: {[(r.cue.text, r.speaker.text, r.claim.text) for r in found]}"
    return hits[0]
