"""Swapped participants: the same frame with a different country, organization, person, currency,
commodity or role in one slot ("إيران" where the other claim says "أمريكا").

Names: rules/ar/participants.yaml.
"""

from __future__ import annotations

from tracker.detectors import lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence

NAME = "participants"
ROLE_SWAP = 0.6
_STRENGTH = {"place": 1.0, "organization": 1.0, "person": 1.0, "currency": 0.8, "commodity": 0.8, "role": 0.7}


def entities(s: Sentence) -> dict[str, list[tuple[int, str]]]:
    """entity id -> [(position, words)]."""
    _, index, _ = lexicons.participants()
    out: dict[str, list[tuple[int, str]]] = {}
    for h in index.find(s):
        for key in h.keys:
            out.setdefault(key, []).append((h.start, " ".join(h.words)))
    return out


def _frame_words(s: Sentence, spots: dict[str, list[tuple[int, str]]]) -> set[str]:
    """Clitic-free forms of the words that are neither participants nor function words."""
    function, _ = lexicons.synonyms()
    taken = {p for v in spots.values() for p, _ in v}
    return {
        f
        for i in range(len(s))
        if i not in taken and s.bare[i] not in function
        for f in s.stems[i]
        if len(f) > 2
    }


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    cls, _, within = lexicons.participants()
    ea, eb = entities(a), entities(b)

    def related(
        e: str, mine: dict[str, list[tuple[int, str]]], others: dict[str, list[tuple[int, str]]]
    ) -> bool:
        """e is named in the other claim, or its country is, or the other names a city of e instead."""
        if e in others or within.get(e, "") in others:
            return True
        return any(within.get(f) == e for f in others if f not in mine)

    found: list[Finding] = []
    if not _frame_words(a, ea) & _frame_words(b, eb):
        return found  # no shared frame: two claims about different things, not a swap
    for name in sorted({cls[e] for e in ea} & {cls[e] for e in eb}):
        only_a = [e for e in ea if cls[e] == name and not related(e, ea, eb)]
        only_b = [e for e in eb if cls[e] == name and not related(e, eb, ea)]
        if only_a and only_b:
            wa, wb = ea[only_a[0]][0][1], eb[only_b[0]][0][1]
            found.append(
                Finding(
                    "contradict",
                    _STRENGTH.get(name, 0.7),
                    Evidence(NAME, (wa, wb), f"{wa} / {wb}: a different {name} in the same claim"),
                )
            )
    found += _role_swap(ea, eb, cls)
    found.sort(key=lambda f: -f.strength)
    return found


def _role_swap(
    ea: dict[str, list[tuple[int, str]]], eb: dict[str, list[tuple[int, str]]], cls: dict[str, str]
) -> list[Finding]:
    """The same two participants of one class in reversed order: "كندا تشكو أميركا" / "أميركا تشكو كندا".

    Weaker than a swap (Arabic may reorder a paraphrase), so the decision layer weighs it.
    """
    shared = [e for e in ea if e in eb]
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if cls[x] != cls[y] or len(ea[x]) + len(ea[y]) + len(eb[x]) + len(eb[y]) != 4:
                continue
            if (ea[x][0][0] < ea[y][0][0]) != (eb[x][0][0] < eb[y][0][0]):
                wx, wy = ea[x][0][1], ea[y][0][1]
                note = f"{wx} / {wy}: the two {cls[x]}s swap roles"
                return [Finding("contradict", ROLE_SWAP, Evidence(NAME, (wx, wy), note))]
    return []
