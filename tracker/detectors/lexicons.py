"""Models of the stance rule files and their compiled, cached indices.

rules/ar/antonyms.yaml, negation.yaml, synonyms.yaml, participants.yaml and stance_numbers.yaml hold
the words; this module validates them (pydantic) and turns them into `PhraseIndex`es once per process.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Self, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tracker import rules
from tracker.arabic import norm, stems, words
from tracker.detectors.text import Hit, PhraseIndex, Sentence

Words = list[str]
M = TypeVar("M", bound=BaseModel)


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AntonymPair(_Rule):
    id: str
    a: Words = Field(min_length=1, description="Near-synonyms on one side of the opposition.")
    b: Words = Field(min_length=1, description="Near-synonyms on the other side.")
    strength: float = Field(1.0, gt=0.0, le=1.0, description="1.0 for true opposites.")
    negated_complement_flips: bool = Field(
        False, description="A side-a word followed by a negation (أعلن عدم ...) counts as side b."
    )

    @model_validator(mode="after")
    def _sides_apart(self) -> Self:
        both = {norm(w) for w in self.a} & {norm(w) for w in self.b}
        if both:
            raise ValueError(f"words on both sides: {', '.join(sorted(both))}")
        return self


class AntonymFamily(_Rule):
    id: str
    pairs: Words = Field(
        min_length=2,
        description="Pair ids whose side a points the same way; `-id` when the pair's side b does.",
    )
    strength: float = Field(0.7, gt=0.0, le=1.0)


class Antonyms(_Rule):
    clause_linkers: Words = Field(default_factory=list)
    group_names: Words = Field(
        default_factory=list,
        description="Side words that, written with the article, name a group, not a stance: المعارضة.",
    )
    pairs: list[AntonymPair]
    families: list[AntonymFamily] = Field(
        default_factory=list,
        description="Pairs on one scale: a side of one pair opposes the other side of another (يهبط / يرفع).",
    )

    @model_validator(mode="after")
    def _known_pairs(self) -> Self:
        ids = {p.id for p in self.pairs}
        unknown = {x.lstrip("-") for f in self.families for x in f.pairs} - ids
        if unknown:
            raise ValueError(f"families name unknown pairs: {', '.join(sorted(unknown))}")
        return self


class Negation(_Rule):
    particles: Words
    privatives: Words
    denials: Words
    cancellations: Words
    empties: Words = Field(default_factory=list, description="Being empty of the complement: يخلو من.")
    neglects: Words = Field(default_factory=list, description="Ignoring or escaping the complement: تجاهل.")
    exceptions: Words = Field(default_factory=list, description="Phrases that look negative but are not.")
    subordinators: Words = Field(
        default_factory=list,
        description="A particle shortly after these negates a subordinate clause, not the claim.",
    )


class SynonymGroup(_Rule):
    id: str
    words: Words = Field(min_length=2)


class Synonyms(_Rule):
    function_words: Words
    groups: list[SynonymGroup]


class Entity(_Rule):
    id: str
    names: Words = Field(min_length=1)
    demonyms: Words = Field(default_factory=list, description="Nationality adjective, masculine singular.")
    within: str | None = Field(None, description="The id of the entity this one lies in (a city's country).")


class EntityClass(_Rule):
    name: str
    entities: list[Entity]


class Participants(_Rule):
    classes: list[EntityClass]


class StanceNumbers(_Rule):
    numbers: dict[str, float]
    ordinals: dict[str, float] = Field(default_factory=dict)
    multipliers: dict[str, float]
    duals: dict[str, float]
    fractions: dict[str, float]
    vague: dict[str, tuple[float, float]]
    units: dict[str, Words]
    above: Words
    below: Words
    about: Words


def _load(name: str, model: type[M]) -> M:
    return cast(M, rules.load(name))


# ---- compiled indices (built once per process) ----------------------------------------------------


@lru_cache(maxsize=1)
def antonyms() -> tuple[Antonyms, PhraseIndex]:
    """The antonym pairs, and an index whose keys are `PAIR:a` / `PAIR:b`."""
    model = _load("antonyms", Antonyms)
    entries = [(w, f"{p.id}:{side}") for p in model.pairs for side in ("a", "b") for w in getattr(p, side)]
    return model, PhraseIndex(entries)


class Marks:
    """Negation marks: particles matched as written (with و before them: ولم، ولا), other marks in any
    inflection. Particles are short, so inflection would read them into other words (فيلم، لما)."""

    def __init__(self, particles: PhraseIndex, others: PhraseIndex) -> None:
        self.particles, self.others = particles, others

    def find(self, s: Sentence) -> tuple[Hit, ...]:
        """Hits left to right; where two start at one word, the longer (بلا over لا) wins."""
        hits = sorted((*self.particles.find(s), *self.others.find(s)), key=lambda h: (h.start, -h.end))
        out: list[Hit] = []
        for h in hits:
            if out and h.start < out[-1].end:
                if h.start == out[-1].start and h.end == out[-1].end:
                    keys = tuple(sorted({*out[-1].keys, *h.keys}))
                    out[-1] = Hit(keys, h.start, h.end, h.words)
                continue
            out.append(h)
        return tuple(out)


@lru_cache(maxsize=1)
def negation() -> tuple[Negation, Marks, PhraseIndex]:
    """Negation marks (keys `particle`, `privative`, `denial`) and the exception phrases."""
    model = _load("negation", Negation)
    particles = [(c + w, "particle") for w in model.particles for c in ("", "و")]
    marks = [(w, "privative") for w in model.privatives + model.empties]
    marks += [(w, "denial") for w in model.denials + model.cancellations + model.neglects]
    index = Marks(PhraseIndex(particles, inflected=False), PhraseIndex(marks))
    return model, index, PhraseIndex((w, "exception") for w in model.exceptions)


@lru_cache(maxsize=1)
def synonyms() -> tuple[frozenset[str], PhraseIndex]:
    """Function words, and an index of synonym groups (antonym sides included) keyed `g:ID`."""
    model = _load("synonyms", Synonyms)
    entries = [(w, f"g:{g.id}") for g in model.groups for w in g.words]
    entries += [
        (w, f"g:{p.id}:{side}") for p in antonyms()[0].pairs for side in ("a", "b") for w in getattr(p, side)
    ]
    function = frozenset(b for w in model.function_words for b in stems(norm(w)))
    return function, PhraseIndex(entries)


_DEMONYM_ENDINGS = ("", "ه", "ون", "ين", "ان", "تان", "تين", "ا", "يه")


def _demonym_forms(demonym: str) -> list[str]:
    """مصري -> مصري، مصريه، مصريون، مصريين، مصريا ...; each word of a two-word demonym agrees."""
    toks = words(demonym)
    return [" ".join(t + e for t in toks) for e in _DEMONYM_ENDINGS]


@lru_cache(maxsize=1)
def participants() -> tuple[dict[str, str], PhraseIndex, dict[str, str]]:
    """Entity id -> class name, a names index keyed by entity id (clitics peeled, no inflection), and
    entity id -> the id it lies within."""
    model = _load("participants", Participants)
    cls: dict[str, str] = {}
    within: dict[str, str] = {}
    entries: list[tuple[str, str]] = []
    for c in model.classes:
        for e in c.entities:
            cls[e.id] = c.name
            if e.within:
                within[e.id] = e.within
            entries += [(n, e.id) for n in e.names]
            entries += [(f, e.id) for d in e.demonyms for f in _demonym_forms(d)]
    return cls, PhraseIndex(entries, inflected=False), within


@lru_cache(maxsize=1)
def stance_numbers() -> tuple[StanceNumbers, dict[str, str], PhraseIndex]:
    """The number rules, a unit-word -> dimension map, and an index of range qualifiers."""
    model = _load("stance_numbers", StanceNumbers)
    unit_of = {norm(w): dim for dim, ws in model.units.items() for w in ws}
    quals = [(w, "above") for w in model.above] + [(w, "below") for w in model.below]
    quals += [(w, "about") for w in model.about]
    return model, unit_of, PhraseIndex(quals, inflected=False)
