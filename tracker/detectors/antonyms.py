"""Opposites and reversed verbs: ارتفع/انخفض، استمر/توقف، قبل/رفض، نجح/فشل ... (rules/ar/antonyms.yaml).

A negation right before an antonym word turns it to the other side ("لم يرتفع" is on the side of
"انخفض"), and for pairs marked so, a negated complement does too ("أعلن عدم وجود" = "نفى وجود"): double
reversals are not contradictions. Two ways to contradict:
- one claim has only side a of a pair and the other only side b ("النفط يرتفع" / "النفط يهبط");
- both claims have both sides, but attached to swapped words: "النفط يرتفع مع انخفاض المخزونات" /
  "النفط يهبط مع ارتفاع المخزونات" (each antonym word is attached to its nearest content words).
Pairs on one scale form a family (rise_fall, raise_lower, more_less ...): "يهبط بالذهب" against "يرفع
الذهب" uses two pairs but the same opposition. `detect_families` reports those cross-pair oppositions
where no single pair fired, so the decision layer can weigh them apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tracker.arabic import norm
from tracker.detectors import lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Hit, Sentence, sentence

NAME = "antonym"
_FLIP = {"a": "b", "b": "a"}
_FAMILY = "family:"
_FROM = frozenset({"من", "عن"})
_REACH = 3  # how far (in words) an antonym word looks for what it is about


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


def _definite(s: Sentence, i: int) -> bool:
    """The word carries the article among its clitics: المعارضة، والمعارضة، للمعارضة."""
    prefix = s.words[i][: len(s.words[i]) - len(s.bare[i])]
    return prefix.endswith(("ال", "لل"))


def _conjoined(word: str) -> bool:
    """و + a definite noun or an imperfect verb starts a new conjunct: والدولار، ويرتفع، وتراجع."""
    return word.startswith(("وال", "وي", "وت")) and len(word) >= 5


@lru_cache(maxsize=1)
def _families() -> dict[str, list[tuple[str, bool]]]:
    """pair id -> [(family key, reversed)]."""
    model, _ = lexicons.antonyms()
    out: dict[str, list[tuple[str, bool]]] = {}
    for f in model.families:
        for x in f.pairs:
            out.setdefault(x.lstrip("-"), []).append((_FAMILY + f.id, x.startswith("-")))
    return out


@lru_cache(maxsize=1)
def _strengths() -> dict[str, float]:
    model, _ = lexicons.antonyms()
    out = {p.id: p.strength for p in model.pairs}
    out.update({_FAMILY + f.id: f.strength for f in model.families})
    return out


@lru_cache(maxsize=4096)
def _sides(text: str) -> tuple[Side, ...]:
    """Every antonym word of the sentence with its side, once per pair and once per family of the pair."""
    s = sentence(text)
    model, index = lexicons.antonyms()
    families = _families()
    flips = {p.id for p in model.pairs if p.negated_complement_flips}
    function, _ = lexicons.synonyms()
    governed, mark_starts = _negation_marks(s)
    hits = index.find(s)
    taken = {i for h in hits for i in range(h.start, h.end)}

    linkers = {norm(w) for w in model.clause_linkers}

    def anchors(start: int, end: int) -> frozenset[str]:
        """The nearest content word on each side within _REACH words, not across a clause linker, a
        negation or a conjoined clause (والدولار يهبط); other antonym words are stepped over
        (يواصل صعوده، ارتفاع جديد بالذهب)."""
        out: set[str] = set()
        for step, i in ((-1, start - 1), (1, end)):
            while 0 <= i < len(s) and abs(i - (start if step < 0 else end - 1)) <= _REACH:
                if i in mark_starts or s.words[i] in linkers or (step > 0 and _conjoined(s.words[i])):
                    break
                if i not in taken and s.bare[i] not in function and len(s.bare[i]) > 1:
                    out.update(s.stems[i])
                    break
                i += step
        return frozenset(out)

    out = []

    def complement(h: Hit, key: str) -> bool:
        """نجا من الغرق، تعافى من الانهيار: after من/عن, the other side of the pair just before is what
        the first word escapes or leaves, not a second claim."""
        if h.start < 2 or s.bare[h.start - 1] not in _FROM:
            return False
        pair, _, side = key.rpartition(":")
        other = f"{pair}:{_FLIP[side]}"
        return any(g.end <= h.start - 1 and g.end >= h.start - 3 and other in g.keys for g in hits)

    groups = {norm(w) for w in model.group_names}
    for h in hits:
        if h.end - h.start == 1 and s.bare[h.start] in groups and _definite(s, h.start):
            continue  # المعارضة: the opposition, a participant rather than a refusal
        around = anchors(h.start, h.end)
        for key in h.keys:
            if complement(h, key):
                continue
            pair, _, side = key.rpartition(":")
            flip = h.start in governed
            if pair in flips and side == "a" and any(h.end <= m <= h.end + 2 for m in mark_starts):
                flip = not flip
            side = _FLIP[side] if flip else side
            out.append(Side(pair, side, h.start, " ".join(h.words), around))
            for fam, rev in families.get(pair, ()):
                out.append(Side(fam, _FLIP[side] if rev else side, h.start, " ".join(h.words), around))
    return tuple(out)


def sides(s: Sentence) -> dict[str, dict[str, list[tuple[int, str]]]]:
    """pair id -> side -> [(position, word)], sides flipped under negation."""
    out: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for x in _sides(s.text):
        if x.pair.startswith(_FAMILY):
            continue
        out.setdefault(x.pair, {}).setdefault(x.side, []).append((x.pos, x.word))
    return out


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    """Oppositions within one antonym pair."""
    xa = [x for x in _sides(a.text) if not x.pair.startswith(_FAMILY)]
    xb = [x for x in _sides(b.text) if not x.pair.startswith(_FAMILY)]
    return _opposed(xa, xb)


def detect_families(a: Sentence, b: Sentence) -> list[Finding]:
    """Oppositions across two pairs of one family, for claims where no single pair is opposed."""
    if detect(a, b):
        return []
    xa = [x for x in _sides(a.text) if x.pair.startswith(_FAMILY)]
    xb = [x for x in _sides(b.text) if x.pair.startswith(_FAMILY)]
    return _opposed(xa, xb)


def _opposed(xa: list[Side], xb: list[Side]) -> list[Finding]:
    strength = _strengths()
    by_a: dict[str, set[str]] = {}
    by_b: dict[str, set[str]] = {}
    for x in xa:
        by_a.setdefault(x.pair, set()).add(x.side)
    for x in xb:
        by_b.setdefault(x.pair, set()).add(x.side)
    found: dict[str, Finding] = {}
    for pair in sorted(by_a.keys() & by_b.keys()):
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
