"""Small multi-article record sets for the sources / provenance / grades tests.

`Doc("a1").say("وزير الدفاع سامي خليل", "القوات تقدمت نحو المعبر").records()` builds an article whose
text is the sentences said, with exact spans; all Arabic here is written for the tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from tracker.models import Comparison, Modality, Proposition, Record, Span, SpeakerType, text_sha256


@dataclass
class _Said:
    speaker: str
    claim: str
    type: SpeakerType
    anonymous: bool
    resolved: str | None
    via: tuple[tuple[str, SpeakerType], ...]
    modality: Modality | None


@dataclass
class Doc:
    id: str
    outlet: str | None = None
    published: dt.date | None = None
    said: list[_Said] = field(default_factory=list)

    def say(
        self,
        speaker: str,
        claim: str,
        type: SpeakerType = "named_official",
        anonymous: bool = False,
        resolved: str | None = None,
        via: tuple[tuple[str, SpeakerType], ...] = (),
        modality: Modality | None = None,
    ) -> Doc:
        self.said.append(_Said(speaker, claim, type, anonymous, resolved, via, modality))
        return self

    def records(self) -> list[Record]:
        text, spans = "", []
        for s in self.said:
            start = len(text)
            if s.via:
                hops = " عن ".join(h for h, _ in s.via)
                sentence = f"ونقلت {hops} عن {s.speaker} قوله إن {s.claim}.\n"
            else:
                sentence = f"وقال {s.speaker} إن {s.claim}.\n"
            spans.append((start, sentence))
            text += sentence
        sha = text_sha256(text)
        out = []
        for s, (start, sentence) in zip(self.said, spans, strict=True):

            def span(part: str, after: int = 0, base: int = start, sent: str = sentence) -> dict[str, Any]:
                i = base + sent.index(part, after)
                return {"text": part, "start": i, "end": i + len(part)}

            claim = span(s.claim, sentence.index(" إن ") + 1)
            speaker = span(s.speaker)
            cue_word = "ونقلت" if s.via else "وقال"
            hops, pos = [], 0
            for h, t in s.via:
                sp = span(h, pos)
                pos = sp["end"] - start
                hops.append({**sp, "type": t})
            data: dict[str, Any] = {
                "id": Record.make_id(
                    sha, Span(**{k: claim[k] for k in ("text", "start", "end")}), Span(**speaker)
                ),
                "article": {"id": self.id, "sha256": sha, "outlet": self.outlet, "published": self.published},
                "claim": {**claim, "kind": "indirect", "polarity": "affirmed"},
                "cue": {**span(cue_word), "lemma": "قال"},
                "speaker": {
                    **speaker,
                    "resolved": s.resolved or s.speaker,
                    "type": s.type,
                    "anonymous": s.anonymous,
                },
                "via": hops,
            }
            if s.modality:
                data["proposition"] = Proposition(
                    entities=[], polarity="affirmed", modality=s.modality, key="k"
                )
            out.append(Record.model_validate(data))
        return out


def cmp(a: Record, b: Record, verdict: str) -> Comparison:
    return Comparison.model_validate(
        {"a": a.id, "b": b.id, "verdict": verdict, "proposition": "test", "reason": "test", "rule": "test"}
    )
