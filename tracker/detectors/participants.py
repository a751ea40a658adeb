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
SUBJECT_SWAP = 1.0  # the swapped names open both claims: the subject changes
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


def detect_fillers(a: Sentence, b: Sentence) -> list[Finding]:
    """A different participant of one class in the same claim."""
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
    found.sort(key=lambda f: -f.strength)
    return found


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    """Swapped fillers, then swapped roles."""
    return detect_fillers(a, b) + detect_roles(a, b)


def detect_roles(a: Sentence, b: Sentence) -> list[Finding]:
    """The same two participants in reversed roles (strength SUBJECT_SWAP or ROLE_SWAP)."""
    cls, _, within = lexicons.participants()
    ea, eb = entities(a), entities(b)
    if not _frame_words(a, ea) & _frame_words(b, eb):
        return []
    return _role_swap(ea, eb, cls, within, a, b)


def _first_content(s: Sentence) -> int:
    function, _ = lexicons.synonyms()
    return next((i for i in range(len(s)) if s.bare[i] not in function and len(s.bare[i]) > 1), -1)


def _coordinated(s: Sentence, first: tuple[int, str], second: tuple[int, str]) -> bool:
    """Two names joined by و share one role, in either order: الصين والإمارات، سوريا و العراق."""
    (p, w), (q, _) = sorted((first, second))
    end = p + len(w.split())
    return (q == end and s.words[q].startswith("و")) or (q == end + 1 and s.words[end] == "و")


def _role_swap(
    ea: dict[str, list[tuple[int, str]]],
    eb: dict[str, list[tuple[int, str]]],
    cls: dict[str, str],
    within: dict[str, str],
    a: Sentence,
    b: Sentence,
) -> list[Finding]:
    """The same two participants of one class in reversed order: "كندا تشكو أميركا" / "أميركا تشكو كندا".

    Weaker than a swap (Arabic may reorder a paraphrase), so the decision layer weighs it. Names joined
    by و, and a city named with its country (عدن، اليمن), have no roles to swap.
    """
    shared = [e for e in ea if e in eb]
    for i, x in enumerate(shared):
        for y in shared[i + 1 :]:
            if cls[x] != cls[y] or len(ea[x]) + len(ea[y]) + len(eb[x]) + len(eb[y]) != 4:
                continue
            if within.get(x) == y or within.get(y) == x:
                continue
            if _coordinated(a, ea[x][0], ea[y][0]) or _coordinated(b, eb[x][0], eb[y][0]):
                continue
            if (ea[x][0][0] < ea[y][0][0]) != (eb[x][0][0] < eb[y][0][0]):
                wx, wy = ea[x][0][1], ea[y][0][1]
                # "كندا تشتكي أميركا" / "أميركا تشتكي كندا": each claim opens with the other as subject;
                # a name moved elsewhere is more often a passive or a nominal rewording
                fa, fb = _first_content(a), _first_content(b)
                subjects = {ea[x][0][0], ea[y][0][0]} & {fa} and {eb[x][0][0], eb[y][0][0]} & {fb}
                strength = SUBJECT_SWAP if subjects else ROLE_SWAP
                note = f"{wx} / {wy}: the two {cls[x]}s swap roles"
                return [Finding("contradict", strength, Evidence(NAME, (wx, wy), note))]
    return []
