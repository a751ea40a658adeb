"""Coreference inside an article: who "وأضاف", "لكنه", "مشيرا" and "كلابر" are.

A bare verb, participle or pronoun takes the last earlier mention it agrees with in gender and
number (a participle prefers the speaker of its own sentence). A short explicit mention (كلابر،
الصحيفة، المسؤولان) resolves to the fullest earlier mention whose words contain its own, and
inherits that mention's type and anonymity: one speaker, one description.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from tracker import lexicon
from tracker.attribution import Attribution
from tracker.speakers import Mention, agrees

GENERIC = frozenset({"ال", "في", "من", "نفس", "نفسه", "نفسها"})


def _count(m: Mention) -> str:
    """How many a mention names: one, two or many, whatever its verb agrees with (مصادر are many)."""
    return "du" if m.slot == "du" else "pl" if m.slot in ("mpl", "fpl") else "sg"


def _antecedent(m: Mention, earlier: list[Mention]) -> Mention | None:
    """The fullest earlier mention containing this one's words (same number where both are known)."""
    keys = m.keys - GENERIC
    if not keys:
        return None
    best = None
    for e in earlier:
        if e is m or len(e.keys) < len(keys):
            continue
        if m.slot and e.slot and _count(m) != _count(e):
            continue  # المسؤولان / أحد المسؤولين is not the group of officials, nor مصدر مطلع مصادر طبية
        if {m.slot, e.slot} == {"msg", "fsg"} and not (m.nonhuman or e.nonhuman):
            continue  # المتحدث is not the الناطقة named before
        if m.head and e.head and m.head != e.head:
            continue  # الجيش التركي is not مصادر بالجيش التركي
        if (m.type == "document") != (e.type == "document"):
            continue  # البيت الأبيض is not بيان للبيت الأبيض: the body, not its statement
        if keys <= e.keys and (best is None or len(e.keys) >= len(best.keys)):
            best = e
    return best


def _inherit(m: Mention, a: Mention) -> None:
    m.resolved = a.resolved
    m.type, m.anonymous, m.named = a.type, a.anonymous, a.named
    m.role = m.role or a.role
    m.nationality = m.nationality or a.nationality
    m.keys = m.keys | a.keys
    m.head = m.head or a.head


def resolve(attributions: list[Attribution]) -> list[Attribution]:
    partitive = lexicon.load().partitive_heads
    mentions: list[Mention] = []
    kept: list[Attribution] = []
    sent_starts: dict[int, int] = {}  # cue token -> start of its sentence (`Span.sent` walks the doc)

    def sent_start(a: Attribution) -> int:
        i = a.cue.start
        if i not in sent_starts:
            sent_starts[i] = a.cue.sent.start
        return sent_starts[i]

    for a in attributions:
        for v in a.via:
            ante = _antecedent(v, mentions)
            if ante is not None:
                _inherit(v, ante)
        if a.implicit is None and a.speaker is not None and a.speaker.head in partitive:
            # وقال أحدهم: one of the group named last speaks for it
            group = next((m for m in reversed(mentions) if not m.channel and _count(m) != "sg"), None)
            if group is not None:
                _inherit(a.speaker, group)
        elif a.implicit is None and a.speaker is not None:
            ante = _antecedent(a.speaker, mentions)
            if ante is not None and not (a.speaker.named and not ante.named):
                _inherit(a.speaker, ante)
        elif a.implicit is not None:
            # The speaker of the same sentence comes before intermediaries named after him.
            own = [b.speaker for b in kept if b.speaker is not None and sent_start(b) == sent_start(a)]
            candidates = [m for m in mentions if not m.channel] + own  # a channel heard, it said nothing
            ante = next((m for m in reversed(candidates) if agrees(a.slot, m)), None)
            if ante is None:
                continue
            a.speaker = replace(ante, span=a.implicit)
            if a.participle and not a.via:  # وقال X لوكالة Y إن ...، مضيفا أن ...: the same channel
                same = [b for b in kept if b.speaker is not None and sent_start(b) == sent_start(a)]
                if same and same[-1].speaker is not None and same[-1].speaker.resolved == ante.resolved:
                    a.via = list(same[-1].via)
        if a.speaker is None:
            continue
        mentions.extend(a.via)
        mentions.append(a.speaker)
        kept.append(a)
    _headlines_resolved(kept, mentions)
    return kept


def _headlines_resolved(kept: list[Attribution], mentions: list[Mention]) -> None:
    """A headline's SOURCE is named short (شمال شرق الصومال: ...): the fullest mention of the article body
    that contains its words is who it is (ولاية شمال شرق الصومال)."""
    for a in kept:
        if a.kind != "headline" or a.speaker is None:
            continue
        later = [m for m in mentions if m.span.start > a.speaker.span.end and not m.channel]
        ante = _antecedent(a.speaker, later)
        if ante is not None and len(ante.keys) > len(a.speaker.keys):
            _inherit(a.speaker, ante)


@Language.component("tracker_coref")
def coref(doc: Doc) -> Doc:
    doc._.attributions = resolve(doc._.attributions or [])
    return doc
