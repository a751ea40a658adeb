"""The record contract: every file the tracker writes or reads is one of these models.

JSON Schemas in `schemas/` are generated from this module (`tracker schema --write`) and a test keeps
them in sync. Offsets are Python `str` indices into the article text exactly as read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = "1.4"
"""1.0: attribution records. 1.1: optional `proposition` and `grades`. 1.2: optional `Quantity.of`.
1.3: optional `Proposition.anaphors`. 1.4: optional `Cue.contrast`. Older records stay valid."""

SpeakerType = Literal[
    "named_official",
    "named_person",
    "anonymous_official",
    "anonymous_source",
    "media_outlet",
    "organization",
    "document",
    "publisher",
]
NAMED_TYPES: frozenset[str] = frozenset({"named_official", "named_person"})
ClaimKind = Literal["direct", "indirect", "headline", "according_to"]
Polarity = Literal["affirmed", "negated"]
Modality = Literal["asserted", "hedged", "attempted", "conditional"]
Verdict = Literal["agree", "contradict", "echo"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
Credibility = Literal[1, 2, 3, 4, 5, 6]

NonEmpty = Annotated[str, Field(min_length=1)]
Offset = Annotated[int, Field(ge=0)]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Strict(BaseModel):
    """Unknown keys are errors: a typo in an exported record must not pass validation silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Strict):
    """A stretch of article text; `text == article_text[start:end]`."""

    text: NonEmpty
    start: Offset
    end: Offset

    @model_validator(mode="after")
    def _offsets_agree(self) -> Self:
        if self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"text has {len(self.text)} characters but end - start = {self.end - self.start}"
            )
        return self


class Article(Strict):
    id: NonEmpty = Field(description="By default the file name without extension.")
    path: str | None = Field(default=None, description="Where the text was read from.")
    sha256: Sha256 = Field(description="SHA-256 of the article text as read (UTF-8).")
    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None


class Claim(Span):
    kind: ClaimKind
    polarity: Polarity = Field(description="`negated` when the cue denies or doubts the content.")


class Cue(Span):
    lemma: NonEmpty = Field(description="The reporting verb's base form, the preposition, or ':'.")
    contrast: str | None = Field(
        default=None,
        description="The connector right before the attribution (بينما، في حين، لكن) by which the report "
        "sets this account against the one before it, as written.",
    )


class Hop(Span):
    """An intermediary through which a claim reached the article (outlet, agency, channel)."""

    type: SpeakerType


class Speaker(Span):
    resolved: NonEmpty = Field(description="The fullest mention of the same speaker in the article.")
    type: SpeakerType
    anonymous: bool
    role: str | None = None
    affiliation: str | None = None
    nationality: str | None = None

    @model_validator(mode="after")
    def _named_is_not_anonymous(self) -> Self:
        if self.anonymous and self.type in NAMED_TYPES:
            raise ValueError(f"a speaker of type {self.type} cannot be anonymous")
        return self


class Quantity(Strict):
    """A number with what it counts; `low == high` for an exact figure."""

    low: float | None = None
    high: float | None = None
    unit: str = Field(description="What is counted: killed, wounded, fighters, days, ...")
    of: str | None = Field(
        default=None,
        description="Who the counted are when the claim narrows them (مقتل 5 جنود: killed, of soldiers): "
        "the figure is then a part of the unit's total. A unit id or the normalized counted noun.",
    )
    text: NonEmpty = Field(description="The words the figure was read from.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.low is None and self.high is None:
            raise ValueError("a quantity needs low or high")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low ({self.low}) is greater than high ({self.high})")
        return self


class Proposition(Strict):
    """What the claim asserts, in comparable form (added in schema 1.1)."""

    entities: list[NonEmpty] = Field(description="Canonical entity ids, or normalized surface forms.")
    relation: str | None = Field(default=None, description="A relation id from rules/ar/relations.yaml.")
    polarity: Polarity = Field(description="Negation inside the content, combined with the cue's.")
    modality: Modality = "asserted"
    restrictive: bool = Field(default=False, description="'merely / only': a denial of anything more.")
    quantities: list[Quantity] = Field(default_factory=list)
    time: str | None = None
    key: NonEmpty = Field(description="Normalized content words, for near-duplicate and echo detection.")
    anaphors: dict[NonEmpty, NonEmpty] = Field(
        default_factory=dict,
        description="Actor heads standing alone in the claim or its speaker's description (الحركة، الجيش), "
        "each with the actor of that head the article names (added in schema 1.3).",
    )


class GradeReason(Strict):
    scale: Literal["reliability", "credibility"] | None = Field(
        default=None, description="Which of the two grades this reason explains."
    )
    effect: Literal["confirms", "contradicts", "echoes", "default", "modality", "no_basis"]
    text: NonEmpty
    records: list[NonEmpty] = Field(default_factory=list)


class Grades(Strict):
    """Admiralty-style grades; the two scales are kept apart as analysts do."""

    reliability: Reliability
    credibility: Credibility
    reasons: list[GradeReason] = Field(default_factory=list)


class Record(Strict):
    """One attributed claim: who said what, where, through whom."""

    schema_version: Annotated[str, Field(pattern=r"^1\.\d+$")] = SCHEMA_VERSION
    id: NonEmpty = Field(description="Stable: the same article text and spans always give the same id.")
    article: Article
    claim: Claim
    cue: Cue
    speaker: Speaker
    via: list[Hop] = Field(default_factory=list, description="Intermediaries, outermost first.")
    proposition: Proposition | None = None
    grades: Grades | None = None

    @staticmethod
    def make_id(article_sha256: str, claim: Span, speaker: Span) -> str:
        key = f"{article_sha256}:{claim.start}:{claim.end}:{speaker.start}:{speaker.end}"
        return "c" + hashlib.sha256(key.encode()).hexdigest()[:16]

    @model_validator(mode="after")
    def _cue_outside_claim(self) -> Self:
        if self.cue.start < self.claim.end and self.claim.start < self.cue.end:
            raise ValueError("cue and claim spans overlap")
        return self


class Source(Strict):
    """One speaker or outlet linked across mentions and articles (tracker.sources)."""

    id: NonEmpty = Field(description="Stable: derived from the type class and the normalized name.")
    type: SpeakerType
    name: NonEmpty = Field(description="The fullest form seen.")
    anonymous: bool
    forms: list[NonEmpty] = Field(description="Every surface form seen, as written.")
    affiliation: str | None = None
    nationality: str | None = None
    records: list[NonEmpty] = Field(default_factory=list, description="Ids of the records it speaks in.")
    articles: list[NonEmpty] = Field(default_factory=list, description="Ids of the articles it appears in.")


class Comparison(Strict):
    """A verdict on two records, with the rule that decided it."""

    a: NonEmpty
    b: NonEmpty
    verdict: Verdict
    proposition: NonEmpty = Field(description="What the two claims are about, in words.")
    reason: NonEmpty
    rule: NonEmpty = Field(description="The id of the rule in rules/ that decided.")
    confidence: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
