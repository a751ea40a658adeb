"""Admiralty grades: source reliability A-F and information credibility 1-6, each with its reasons.

Grades are a function of the records and the comparer's verdicts, nothing else:

1. sources.link groups speakers into sources; provenance.trace groups records into statements
   (first appearance + echoes), each with one origin;
2. for every statement, agreeing and contradicting verdicts are counted over *independent origins*:
   the other record's origin must differ from this statement's origin (echoes and other claims of the
   same origin never count);
3. credibility follows from those counts, the modality of the claim and, for a claim nobody else
   addresses, the speaker's reliability;
4. reliability starts from rules/ar/credibility.yaml and moves one letter per net confirmed or
   contradicted claim of the source.
The mapping is the table in README `## Grades`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tracker import rules
from tracker.models import (
    Comparison,
    Credibility,
    GradeReason,
    Grades,
    Record,
    Reliability,
    Source,
    SpeakerType,
)
from tracker.provenance import Provenance, Statement, trace
from tracker.sources import SourceIndex, SourceRules, body_key, link, source_rules

LETTERS: tuple[Reliability, ...] = ("A", "B", "C", "D", "E", "F")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class OutletGrade(_Model):
    name: str = Field(min_length=1)
    forms: list[str] = Field(default_factory=list, description="Other names of the outlet.")
    grade: Reliability


class ReliabilityDefaults(_Model):
    outlets: list[OutletGrade] = Field(default_factory=list)
    anonymous: dict[SpeakerType, Reliability] = Field(default_factory=dict)
    types: dict[SpeakerType, Reliability] = Field(default_factory=dict)


class RecordPolicy(_Model):
    claims_per_step: int = Field(default=1, ge=1)
    best_earned: Reliability = "B"
    worst_earned: Reliability = "E"
    from_unjudged: Reliability = "C"

    @model_validator(mode="after")
    def _ordered(self) -> RecordPolicy:
        if "F" in (self.best_earned, self.worst_earned, self.from_unjudged):
            raise ValueError("F means 'cannot be judged': it cannot be earned or started from")
        if LETTERS.index(self.best_earned) > LETTERS.index(self.worst_earned):
            raise ValueError("best_earned is worse than worst_earned")
        return self


class CredibilityPolicy(_Model):
    confirmed_min_origins: int = Field(default=1, ge=1)
    contradicted: Credibility = 5
    disputed_majority_agrees: Credibility = 3
    disputed: Credibility = 4
    single_source: dict[Reliability, Credibility]
    not_asserted_best: Credibility = 2

    @model_validator(mode="after")
    def _all_letters(self) -> CredibilityPolicy:
        missing = [x for x in LETTERS if x not in self.single_source]
        if missing:
            raise ValueError(f"single_source needs a grade for every letter; missing {', '.join(missing)}")
        return self


class EchoPolicy(_Model):
    near_duplicate: float = Field(default=0.7, gt=0, le=1)
    same_source_overlap: float = Field(default=0.34, gt=0, le=1)


class CredibilityRules(_Model):
    """rules/ar/credibility.yaml: default reliability, how the record moves it, credibility mapping."""

    reliability: ReliabilityDefaults
    record: RecordPolicy = RecordPolicy()
    credibility: CredibilityPolicy
    echoes: EchoPolicy = EchoPolicy()


def credibility_rules() -> CredibilityRules:
    model = rules.load("credibility")
    assert isinstance(model, CredibilityRules)
    return model


@dataclass
class Support:
    """What independent origins say about one statement."""

    agree: dict[str, list[str]] = field(default_factory=dict)  # origin source id -> record ids
    contradict: dict[str, list[str]] = field(default_factory=dict)
    same_origin: list[str] = field(default_factory=list)  # verdicts that do not count

    @property
    def outcome(self) -> str:
        if self.agree and not self.contradict:
            return "confirmed"
        if self.contradict and not self.agree:
            return "contradicted"
        return "disputed" if self.agree else "unaddressed"


@dataclass
class SourceGrade:
    source: Source
    reliability: Reliability
    reasons: list[GradeReason]
    confirmed: list[str]  # statement ids
    contradicted: list[str]


@dataclass
class Assessment:
    records: list[Record]  # with `grades` set
    index: SourceIndex
    provenance: Provenance
    support: dict[str, Support]  # statement id -> support
    sources: dict[str, SourceGrade]  # source id -> grade

    def statement(self, record_id: str) -> Statement:
        return self.provenance.statement_of[record_id]

    @cached_property
    def by_id(self) -> dict[str, Record]:
        return {r.id: r for r in self.records}


def _support(prov: Provenance, comparisons: Iterable[Comparison], known: set[str]) -> dict[str, Support]:
    out = {st.id: Support() for st in prov.statements}
    seen: set[tuple[str, str, str]] = set()
    for c in comparisons:
        if c.verdict == "echo" or c.a not in known or c.b not in known:
            continue
        for mine, other in ((c.a, c.b), (c.b, c.a)):
            st, other_st = prov.statement_of[mine], prov.statement_of[other]
            if (st.id, other, c.verdict) in seen:
                continue
            seen.add((st.id, other, c.verdict))
            origin = other_st.origin
            sup = out[st.id]
            if origin == st.origin or other_st is st:
                sup.same_origin.append(other)
            else:
                bucket = sup.agree if c.verdict == "agree" else sup.contradict
                bucket.setdefault(origin, []).append(other)
    return out


def default_reliability(
    source: Source, policy: CredibilityRules, lex: SourceRules
) -> tuple[Reliability, GradeReason]:
    """The grade from rules/ before any record: listed outlet, anonymous type, source type, else F."""
    d = policy.reliability
    if source.type in ("media_outlet", "publisher", "organization") and not source.anonymous:
        keys = {body_key(f, lex) for f in source.forms} - {""}
        for o in d.outlets:
            if keys & {body_key(f, lex) for f in (o.name, *o.forms)}:
                return o.grade, _why("reliability", "default", f"{o.grade}: listed outlet {o.name}")
    if source.anonymous and source.type in d.anonymous:
        g = d.anonymous[source.type]
        return g, _why("reliability", "default" if g != "F" else "no_basis", f"{g}: anonymous {source.type}")
    if source.type in d.types:
        g = d.types[source.type]
        return g, _why(
            "reliability", "default" if g != "F" else "no_basis", f"{g}: default for {source.type}"
        )
    return "F", _why("reliability", "no_basis", f"F: no default for {source.type}")


def _why(scale: str, effect: str, text: str, records: Iterable[str] = ()) -> GradeReason:
    return GradeReason.model_validate(
        {"scale": scale, "effect": effect, "text": text, "records": list(dict.fromkeys(records))}
    )


def _shift(grade: Reliability, net: int, policy: RecordPolicy) -> Reliability:
    i = LETTERS.index(grade)
    steps = abs(net) // policy.claims_per_step
    if net > 0:
        return LETTERS[min(i, max(LETTERS.index(policy.best_earned), i - steps))]
    if net < 0:
        return LETTERS[max(i, min(LETTERS.index(policy.worst_earned), i + steps))]
    return grade


def source_grades(
    index: SourceIndex,
    prov: Provenance,
    support: dict[str, Support],
    policy: CredibilityRules,
    lex: SourceRules,
) -> dict[str, SourceGrade]:
    statements_of: defaultdict[str, dict[str, Statement]] = defaultdict(dict)
    for rid, sid in index.speaker.items():
        st = prov.statement_of[rid]
        statements_of[sid][st.id] = st
    out: dict[str, SourceGrade] = {}
    for sid, source in index.sources.items():
        grade, reason = default_reliability(source, policy, lex)
        reasons = [reason]
        sts = statements_of.get(sid, {})
        confirmed = [s for s in sts if support[s].outcome == "confirmed"]
        contradicted = [s for s in sts if support[s].outcome == "contradicted"]

        def recs(ids: list[str], sts: dict[str, Statement] = sts) -> list[str]:
            return [r for s in ids for r in sts[s].members]

        if confirmed or contradicted:
            net = len(confirmed) - len(contradicted)
            if grade == "F":
                # the first net confirmed claim is what makes the source judgeable at all
                grade = policy.record.from_unjudged
                net -= net > 0
                reasons.append(_why("reliability", "default", f"{grade}: judged from its record, not from F"))
            new = _shift(grade, net, policy.record)
            if confirmed:
                reasons.append(
                    _why(
                        "reliability",
                        "confirms",
                        f"{len(confirmed)} claim(s) confirmed by independent origins",
                        recs(confirmed),
                    )
                )
            if contradicted:
                reasons.append(
                    _why(
                        "reliability",
                        "contradicts",
                        f"{len(contradicted)} claim(s) contradicted by independent origins",
                        recs(contradicted),
                    )
                )
            if new != grade:
                reasons.append(
                    _why(
                        "reliability",
                        "confirms" if new < grade else "contradicts",
                        f"record moves {grade} to {new}",
                    )
                )
            grade = new
        out[sid] = SourceGrade(source, grade, reasons, confirmed, contradicted)
    return out


def credibility(
    record: Record,
    st: Statement,
    sup: Support,
    reliability: Reliability,
    policy: CredibilityPolicy,
    names: dict[str, str],
) -> tuple[Credibility, list[GradeReason]]:
    """The 1-6 grade of one record's claim, with the verdicts that decided it."""
    reasons: list[GradeReason] = []
    a, x = len(sup.agree), len(sup.contradict)
    agree_recs = [r for rs in sup.agree.values() for r in rs]
    contra_recs = [r for rs in sup.contradict.values() for r in rs]
    who = lambda d: ", ".join(names.get(o, o) for o in d)  # noqa: E731
    if st.echoes:
        reasons.append(
            _why(
                "credibility",
                "echoes",
                f"{len(st.members)} appearances of one statement count as one origin",
                st.members,
            )
        )
    if sup.same_origin:
        reasons.append(
            _why("credibility", "echoes", "verdicts from the same origin do not count", sup.same_origin)
        )
    grade: Credibility
    if a and not x:
        reasons.append(
            _why(
                "credibility",
                "confirms",
                f"agreed by {a} independent origin(s): {who(sup.agree)}",
                agree_recs,
            )
        )
        grade = 1 if a >= policy.confirmed_min_origins else 2
    elif x and not a:
        reasons.append(
            _why(
                "credibility",
                "contradicts",
                f"contradicted by {x} independent origin(s): {who(sup.contradict)}",
                contra_recs,
            )
        )
        grade = policy.contradicted
    elif a and x:
        reasons.append(_why("credibility", "confirms", f"agreed by {a}: {who(sup.agree)}", agree_recs))
        reasons.append(
            _why("credibility", "contradicts", f"contradicted by {x}: {who(sup.contradict)}", contra_recs)
        )
        grade = policy.disputed_majority_agrees if a > x else policy.disputed
    else:
        grade = policy.single_source[reliability]
        effect = "no_basis" if grade == 6 else "default"
        reasons.append(
            _why("credibility", effect, f"single origin; speaker reliability {reliability} gives {grade}")
        )
    modality = record.proposition.modality if record.proposition else "asserted"
    if modality != "asserted" and grade < policy.not_asserted_best:
        reasons.append(
            _why("credibility", "modality", f"{modality} claim: no better than {policy.not_asserted_best}")
        )
        grade = policy.not_asserted_best
    return grade, reasons


def assess(
    records: Sequence[Record],
    comparisons: Iterable[Comparison] = (),
    policy: CredibilityRules | None = None,
    lex: SourceRules | None = None,
) -> Assessment:
    """Link sources, trace provenance and grade every record; records come back with `grades` set."""
    policy = policy or credibility_rules()
    lex = lex or source_rules()
    comparisons = list(comparisons)
    index = link(records, lex)
    prov = trace(records, index, comparisons, policy.echoes.same_source_overlap, policy.echoes.near_duplicate)
    support = _support(prov, comparisons, {r.id for r in records})
    graded_sources = source_grades(index, prov, support, policy, lex)
    names = {sid: s.name for sid, s in index.sources.items()}
    out: list[Record] = []
    for r in records:
        st = prov.statement_of[r.id]
        sg = graded_sources[prov.origin(r.id)]
        cred, reasons = credibility(r, st, support[st.id], sg.reliability, policy.credibility, names)
        grades = Grades(
            reliability=graded_sources[index.speaker[r.id]].reliability,
            credibility=cred,
            reasons=[*graded_sources[index.speaker[r.id]].reasons, *reasons],
        )
        out.append(r.model_copy(update={"grades": grades}))
    return Assessment(out, index, prov, support, graded_sources)
