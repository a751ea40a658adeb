"""Opposites and reversed verbs: ارتفع/انخفض، استمر/توقف، قبل/رفض، نجح/فشل ... (rules/ar/antonyms.yaml).

A negation right before an antonym word turns it to the other side ("لم يرتفع" is on the side of
"انخفض"), so double reversals do not count as contradictions.
"""

from __future__ import annotations

from tracker.detectors import lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence

NAME = "antonym"
_FLIP = {"a": "b", "b": "a"}


def negated_positions(s: Sentence) -> set[int]:
    """Indices of words governed by a negation particle (the next word, or the one after a copula)."""
    _, marks, exceptions = lexicons.negation()
    skip = {i for h in exceptions.find(s) for i in range(h.start, h.end)}
    out: set[int] = set()
    for h in marks.find(s):
        if "particle" in h.keys and h.start not in skip:
            out.update((h.end, h.end + 1))
    return out


def sides(s: Sentence) -> dict[str, dict[str, list[tuple[int, str]]]]:
    """pair id -> side -> [(position, word)], sides flipped under negation."""
    _, index = lexicons.antonyms()
    negated = negated_positions(s)
    out: dict[str, dict[str, list[tuple[int, str]]]] = {}
    for h in index.find(s):
        for key in h.keys:
            pair, _, side = key.rpartition(":")
            if h.start in negated:
                side = _FLIP[side]
            out.setdefault(pair, {}).setdefault(side, []).append((h.start, " ".join(h.words)))
    return out


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    model, _ = lexicons.antonyms()
    strength = {p.id: p.strength for p in model.pairs}
    sa, sb = sides(a), sides(b)
    found: list[Finding] = []
    for pair in sa.keys() & sb.keys():
        for side in ("a", "b"):
            other = _FLIP[side]
            if side in sa[pair] and other in sb[pair] and side not in sb[pair] and other not in sa[pair]:
                wa, wb = sa[pair][side][0][1], sb[pair][other][0][1]
                found.append(
                    Finding(
                        "contradict",
                        strength[pair],
                        Evidence(NAME, (wa, wb), f"{wa} / {wb}: opposite sides of {pair}"),
                    )
                )
    found.sort(key=lambda f: -f.strength)
    return found
