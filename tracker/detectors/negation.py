"""Negation mismatch: one claim negates what the other affirms (صدر / لم يصدر، وقع / نفى وقوع).

Marks are counted per claim (particles لم لن لا ليس غير، privatives دون بلا عدم، denials نفى رفض
امتنع عن); an odd count negates. A mark that governs an antonym word whose pair shows up in the other
claim is left to the antonym detector, and "دون" before a number means "below", not "without".
"""

from __future__ import annotations

from tracker.arabic import norm
from tracker.detectors import antonyms, lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence, forms

NAME = "negation"
_SUBORDINATE_REACH = 3  # how many words after الذي / التي a particle still belongs to that clause


def marks(s: Sentence, other: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, words) of each negation mark of `s` that counts against `other`."""
    _, index, exceptions = lexicons.negation()
    skip = {i for h in exceptions.find(s) for i in range(h.start, h.end)}
    other_sides = antonyms.sides(other)
    handled = set(other_sides)
    _, ant_index = lexicons.antonyms()
    ant_hits = ant_index.find(s)
    ant_at = {h.start: {k.rpartition(":")[0] for k in h.keys} for h in ant_hits}
    ant_side_at = {h.start: [tuple(k.rsplit(":", 1)) for k in h.keys] for h in ant_hits}
    model, _ = lexicons.antonyms()
    flips = {p.id for p in model.pairs if p.negated_complement_flips}
    # أعلن عدم ...: the negation was read into the antonym word before it (see antonyms.py)
    consumed = {p + d for p, pairs in ant_at.items() if pairs & flips & handled for d in (1, 2, 3)}
    model_neg, _, _ = lexicons.negation()
    subordinators = {norm(w) for w in model_neg.subordinators}
    subordinate = {
        i + d for i, w in enumerate(s.words) if w in subordinators for d in range(1, _SUBORDINATE_REACH + 1)
    }
    out: list[tuple[int, int, str]] = []
    for h in index.find(s):
        if h.start in skip or h.start in consumed:
            continue
        if "particle" in h.keys and h.start in subordinate:
            continue  # التي لم تشهد ...: the negation belongs to the relative clause
        if out and out[-1][1] == h.start and "denial" in h.keys:
            continue  # يرفض رفضا، نفى نفيا: the verbal noun repeats the verb
        nxt = s.words[h.end] if h.end < len(s) else ""
        if h.words[-1] == "دون" and (nxt[:1].isdigit() or nxt.startswith("ال")):
            continue  # دون 80 دولارا / دون المستوى: "below"
        if "particle" in h.keys and (ant_at.get(h.end, set()) & handled):
            continue
        if "particle" not in h.keys and any(
            side in other_sides.get(pair, {}) for pair, side in ant_side_at.get(h.start, ())
        ):
            continue  # رفض against لم يوقع: the other claim says the same with a negated antonym
        out.append((h.start, h.end, " ".join(h.words)))
    return out


def _governed(s: Sentence, end: int) -> str:
    return s.words[end] if end < len(s) else ""


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    ma, mb = marks(a, b), marks(b, a)
    if len(ma) % 2 == len(mb) % 2:
        return []
    odd, s, other = (ma, a, b) if len(ma) % 2 else (mb, b, a)
    _, end, word = odd[-1]
    target = _governed(s, end)
    other_forms = set().union(*other.forms) if len(other) else set()
    same_frame = bool(target) and bool(forms(target) & other_forms)
    note = f"{word} {target}".strip() + (
        " negated in one claim only" if same_frame else ": one claim is negated"
    )
    words = (word, target) if target else (word,)
    return [Finding("contradict", 1.0 if same_frame else 0.7, Evidence(NAME, words, note))]
