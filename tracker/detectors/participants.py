"""Swapped participants: the same frame with a different country, organization, person, currency,
commodity or role in one slot ("إيران" where the other claim says "أمريكا"). Names: rules/ar/participants.yaml.
"""

from __future__ import annotations

from tracker.detectors import lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence

NAME = "participants"
_STRENGTH = {"place": 1.0, "organization": 1.0, "person": 1.0, "currency": 0.8, "commodity": 0.8, "role": 0.7}


def entities(s: Sentence) -> dict[str, list[tuple[int, str]]]:
    """entity id -> [(position, words)]."""
    _, index = lexicons.participants()
    out: dict[str, list[tuple[int, str]]] = {}
    for h in index.find(s):
        for key in h.keys:
            out.setdefault(key, []).append((h.start, " ".join(h.words)))
    return out


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    cls, _ = lexicons.participants()
    ea, eb = entities(a), entities(b)
    found = []
    for name in sorted({cls[e] for e in ea} & {cls[e] for e in eb}):
        only_a = [e for e in ea if cls[e] == name and e not in eb]
        only_b = [e for e in eb if cls[e] == name and e not in ea]
        if only_a and only_b:
            wa, wb = ea[only_a[0]][0][1], eb[only_b[0]][0][1]
            found.append(
                Finding(
                    "contradict",
                    _STRENGTH.get(name, 0.7),
                    Evidence(NAME, (wa, wb), f"{wa} / {wb}: a different {name} in the same claim"),
                )
            )
    found.sort(key=lambda f: -f.strength)
    return found
