"""Opposites and reversed verbs: ارتفع/انخفض، استمر/توقف، قبل/رفض، نجح/فشل ... (rules/ar/antonyms.yaml).

A negation right before an antonym word turns it to the other side ("لم يرتفع" is on the side of
"انخفض"), and for pairs marked so, a negated complement does too ("أعلن عدم وجود" = "نفى وجود"): double
reversals are not contradictions. Two ways to contradict:
- one claim has only side a of a pair and the other only side b ("النفط يرتفع" / "النفط يهبط");
- both claims have both sides, but attached to swapped words: "النفط يرتفع مع انخفاض المخزونات" /
  "النفط يهبط مع ارتفاع المخزونات" (each antonym word is attached to its nearest content words).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tracker.arabic import norm
from tracker.detectors import lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence, sentence

NAME = "antonym"
_FLIP = {"a": "b", "b": "a"}


@dataclass(frozen=True, slots=True)
class Side:
    pair: str
    side: str
    pos: int
    word: str
    anchors: frozenset[str]  # clitic-free forms of the nearest content words


def _negation_marks(s: Sentence) -> tuple[set[int], set[int]]:
    """Positions governed by a negation particle, and the positions where any negation mark starts."""
    _, marks, exceptions = lexicons.negation()
    skip = {i for h in exceptions.find(s) for i in range(h.start, h.end)}
    governed: set[int] = set()
    starts: set[int] = set()
    for h in marks.find(s):
        if h.start in skip:
            continue
        starts.add(h.start)
        if "particle" in h.keys:
            governed.update((h.end, h.end + 1))
    return governed, starts


def negated_positions(s: Sentence) -> set[int]:
    return _negation_marks(s)[0]


@lru_cache(maxsize=20_000)
def _sides(text: str) -> tuple[Side, ...]:
    s = sentence(text)
    model, index = lexicons.antonyms()
    flips = {p.id for p in model.pairs if p.negated_complement_flips}
    function, _ = lexicons.synonyms()
    governed, mark_starts = _negation_marks(s)
    hits = index.find(s)
    taken = {i for h in hits for i in range(h.start, h.end)}

    linkers = {norm(w) for w in model.clause_linkers}

    def anchors(start: int, end: int) -> frozenset[str]:
        """The nearest content word on each side, not across a clause linker or another antonym."""
        out: set[str] = set()
        for step, i in ((-1, start - 1), (1, end)):
            while 0 <= i < len(s) and i not in taken and i not in mark_starts and s.words[i] not in linkers:
                if s.bare[i] not in function and len(s.bare[i]) > 1:
                    out.update(s.stems[i])
                    break
                i += step
        return frozenset(out)

    out = []
    for h in hits:
        around = anchors(h.start, h.end)
        for key in h.keys:
            pair, _, side = key.rpartition(":")
            flip = h.start in governed
            if pair in flips and side == "a" and any(h.end <= m <= h.end + 2 for m in mark_starts):
                flip = not flip
            out.append(Side(pair, _FLIP[side] if flip else side, h.start, " ".join(h.words), around))
    return tuple(out)


def sides(s: Sentence) -> dict[str, dict[str, list[tuple[int, str]]]]:
    """pair id -> side -> [(position, word)], sides flipped under negation."""
    out: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for x in _sides(s.text):
        out.setdefault(x.pair, {}).setdefault(x.side, []).append((x.pos, x.word))
    return out


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    model, _ = lexicons.antonyms()
    strength = {p.id: p.strength for p in model.pairs}
    xa, xb = _sides(a.text), _sides(b.text)
    by_a: dict[str, set[str]] = {}
    by_b: dict[str, set[str]] = {}
    for x in xa:
        by_a.setdefault(x.pair, set()).add(x.side)
    for x in xb:
        by_b.setdefault(x.pair, set()).add(x.side)
    found: dict[str, Finding] = {}
    for pair in by_a.keys() & by_b.keys():
        sa, sb = by_a[pair], by_b[pair]
        if len(sa) == 1 and len(sb) == 1 and sa != sb:
            wa = next(x.word for x in xa if x.pair == pair)
            wb = next(x.word for x in xb if x.pair == pair)
            note = f"{wa} / {wb}: opposite sides of {pair}"
            found[pair] = Finding("contradict", strength[pair], Evidence(NAME, (wa, wb), note))
            continue
        # the same word is said to go one way in one claim and the other way in the other
        same = {(x.side, w) for x in xa if x.pair == pair for w in x.anchors}
        same &= {(y.side, w) for y in xb if y.pair == pair for w in y.anchors}
        for x in xa:
            for y in xb:
                if x.pair != pair or y.pair != pair or x.side == y.side:
                    continue
                if (x.anchors & y.anchors) - {w for _, w in same}:
                    about = sorted(x.anchors & y.anchors, key=len)[-1]
                    note = f"{about}: {x.word} / {y.word}, opposite sides of {pair}"
                    found.setdefault(
                        pair, Finding("contradict", strength[pair], Evidence(NAME, (x.word, y.word), note))
                    )
    return sorted(found.values(), key=lambda f: -f.strength)
