"""Records for the proposition / compare / report tests, built from Arabic sentences written for them.

`Article("a1").said("المحلل سمير داود", "التنظيمان يتعاونان").records()` gives records with exact spans
into an article text made of those sentences (`قال SPEAKER إن CLAIM.` or `نفى SPEAKER CLAIM.`).
`annotated(...)` adds propositions, reading the unnamed actors from the article text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from tracker import compare, propositions
from tracker.models import Comparison, Record, Span, SpeakerType, text_sha256


@dataclass
class _Said:
    speaker: str
    claim: str
    negated: bool
    anonymous: bool
    type: SpeakerType
    resolved: str | None
    via: str | None


@dataclass
class Article:
    id: str
    lead: str = ""
    """Narration before the attributed sentences (names actors that claims refer back to)."""
    published: dt.date | None = None
    title: str | None = None
    """The headline: the article text's first line, and the record's `article.title`."""
    said_: list[_Said] = field(default_factory=list)

    def said(
        self,
        speaker: str,
        claim: str,
        *,
        negated: bool = False,
        anonymous: bool = False,
        type: SpeakerType = "named_official",
        resolved: str | None = None,
        via: str | None = None,
    ) -> Article:
        if anonymous and type in ("named_official", "named_person"):
            type = "anonymous_official"
        self.said_.append(_Said(speaker, claim, negated, anonymous, type, resolved, via))
        return self

    def text(self) -> str:
        parts = [p for p in (self.title, self.lead) if p]
        for s in self.said_:
            via = f" لوكالة {s.via}" if s.via else ""
            said = f"نفى {s.speaker}{via} {s.claim}." if s.negated else f"قال {s.speaker}{via} إن {s.claim}."
            parts.append(said)
        return "\n".join(parts) + "\n"

    def records(self) -> list[Record]:
        text = self.text()
        sha = text_sha256(text)
        out, pos = [], 0
        for s in self.said_:
            cue_word = "نفى" if s.negated else "قال"
            cue = text.index(f"{cue_word} {s.speaker}", pos)
            sp = cue + len(cue_word) + 1
            claim = text.index(s.claim, sp + len(s.speaker))
            pos = claim + len(s.claim)
            speaker = Span(text=s.speaker, start=sp, end=sp + len(s.speaker))
            claim_span = Span(text=s.claim, start=claim, end=claim + len(s.claim))
            via = []
            if s.via:
                v = text.index(s.via, sp)
                via = [{"text": s.via, "start": v, "end": v + len(s.via), "type": "media_outlet"}]
            out.append(
                Record.model_validate(
                    {
                        "id": Record.make_id(sha, claim_span, speaker),
                        "article": {
                            "id": self.id,
                            "sha256": sha,
                            "published": self.published,
                            "title": self.title,
                        },
                        "claim": {
                            **claim_span.model_dump(),
                            "kind": "indirect",
                            "polarity": "negated" if s.negated else "affirmed",
                        },
                        "cue": {
                            "text": cue_word,
                            "start": cue,
                            "end": cue + len(cue_word),
                            "lemma": cue_word,
                        },
                        "speaker": {
                            **speaker.model_dump(),
                            "resolved": s.resolved or s.speaker,
                            "type": s.type,
                            "anonymous": s.anonymous,
                        },
                        "via": via,
                    }
                )
            )
        return out


def annotated(*articles: Article) -> list[Record]:
    """Every article's records with `proposition` set, the article text given for context."""
    texts = {a.id: a.text() for a in articles}
    records: Iterable[Record] = [r for a in articles for r in a.records()]
    return list(propositions.annotate(records, lambda r: texts[r.article.id]))


def by_claim(records: list[Record], words: str) -> Record:
    """The one record whose claim contains `words`."""
    found = [r for r in records if words in r.claim.text]
    assert len(found) == 1, f"{len(found)} records contain {words!r}"
    return found[0]


def verdicts(records: list[Record], stance: bool = False) -> dict[frozenset[str], Comparison]:
    """Every comparison of the records, by the pair of record ids it relates."""
    return {frozenset((c.a, c.b)): c for c in compare.compare(records, use_stance=stance)}


def between(records: list[Record], one: str, other: str, stance: bool = False) -> Comparison | None:
    """The comparison of the two records whose claims contain `one` and `other`, if any."""
    a, b = by_claim(records, one), by_claim(records, other)
    return verdicts(records, stance).get(frozenset((a.id, b.id)))


def contradiction(records: list[Record], one: str, other: str) -> str | None:
    """The rule by which the two records whose claims contain `one` and `other` contradict, or None."""
    c = between(records, one, other)
    return c.rule if c is not None and c.verdict == "contradict" else None
