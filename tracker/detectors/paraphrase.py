"""Paraphrase: the same content in other words (synonyms, reordering, clitic and spelling variants).

Two content words match when they share a lexical key: a clitic-free form, a consonant skeleton
(ارتفاع and يرتفع share رتفع; سعر and أسعار share سعر), a synonym group of rules/ar/synonyms.yaml (or a
side of an antonym pair), or a participant id (بكين = الصين). Coverage is the share of each claim's
content words matched in the other. A word left unmatched in the same slot of both claims, between the
same matched neighbours, is a substitution: the same frame with another filler in one role.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tracker.detectors import lexicons, participants
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence, sentence

NAME = "paraphrase"
SUBSTITUTION = "participants"  # a different filler in one role is a participant swap without a gazetteer
_VOWELS = str.maketrans("", "", "اوي")
SLOT_KINDS = ("slot_exact", "slot_definite", "slot_subject", "slot_name_noun", "slot_related")
_SPELLED = 5  # shorter words one letter apart are often different words (ترامب is not ترام)


@dataclass(frozen=True, slots=True)
class Keyed:
    content: tuple[int, ...]
    keys: tuple[frozenset[str], ...]  # per word position (empty for function words)


@lru_cache(maxsize=4096)
def keyed(text: str) -> Keyed:
    s = sentence(text)
    function, groups = lexicons.synonyms()
    keys: list[set[str]] = [set() for _ in s.words]
    for i in range(len(s)):
        for f in s.forms[i]:
            if f in s.stems[i]:
                keys[i].add("s:" + f)
            skeleton = f.translate(_VOWELS)
            if len(skeleton) >= 3:
                keys[i].add("k:" + skeleton)
    for h in groups.find(s):
        for i in range(h.start, h.end):
            keys[i].update(h.keys)
    _, _, within = lexicons.participants()
    for ent, spots in participants.entities(s).items():
        for pos, _ in spots:
            keys[pos].add("e:" + ent)
            if ent in within:
                keys[pos].add("e:" + within[ent])  # حلب matches "سورية": a city stands in its country
    _, marks, _ = lexicons.negation()
    negations = {
        i
        for h in marks.find(s)
        if "particle" in h.keys or "privative" in h.keys
        for i in range(h.start, h.end)
    }
    content = tuple(
        i for i in range(len(s)) if s.bare[i] not in function and len(s.bare[i]) > 1 and i not in negations
    )
    return Keyed(content, tuple(frozenset(k) if i in content else frozenset() for i, k in enumerate(keys)))


@dataclass(frozen=True, slots=True)
class Overlap:
    coverage_a: float
    coverage_b: float
    shared: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    substitutions: tuple[tuple[str, str], ...]
    loose_substitutions: tuple[tuple[str, str], ...]
    slot: tuple[int, int] | None  # positions (in a, in b) of the first loose substitution
    exact: bool  # that substitution is the only word that differs on either side


def _known(keys: frozenset[str]) -> bool:
    """The word is in a lexicon (synonyms, antonyms, participants): other detectors judge it."""
    return any(k[:2] in ("g:", "e:") for k in keys)


def _antonym(keys: frozenset[str]) -> bool:
    return any(k.endswith((":a", ":b")) for k in keys)


def _opposed(kx: frozenset[str], ky: frozenset[str]) -> bool:
    """The words stand on opposite sides of one antonym pair (يقفز / يهبط), whatever else they share
    (both are also "moving" against "steady")."""
    flip = {"a": "b", "b": "a"}
    return any(k[:2] == "g:" and k[-2:] in (":a", ":b") and k[:-1] + flip[k[-1]] in ky for k in kx)


def _entity(keys: frozenset[str]) -> bool:
    return any(k[:2] == "e:" for k in keys)


def _one_edit(x: str, y: str) -> bool:
    """x and y differ by one letter added, dropped, replaced, or two neighbours swapped (محمكة/محكمة)."""
    if x == y or abs(len(x) - len(y)) > 1:
        return x == y
    if len(x) == len(y):
        diff = [k for k in range(len(x)) if x[k] != y[k]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and x[diff[0]] == y[diff[1]]
            and x[diff[1]] == y[diff[0]]
        )
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1 :]


def _spelling_variants(kx: frozenset[str], ky: frozenset[str]) -> bool:
    """Two words of at least _SPELLED letters one typing slip apart: a spelling variant, not a new word."""
    fx = [k[2:] for k in kx if k[:2] == "s:" and len(k) - 2 >= _SPELLED]
    fy = [k[2:] for k in ky if k[:2] == "s:" and len(k) - 2 >= _SPELLED]
    return any(_one_edit(u, v) for u in fx for v in fy)


def _partners(x: Keyed, y: Keyed) -> dict[int, int]:
    """Each content word of x -> a word of y sharing a key. When several words of y qualify (الممثل ...
    ممثلة), the one not taken yet and nearest the same relative place wins, so slots stay in order."""
    out: dict[int, int] = {}
    taken: set[int] = set()
    nx, ny = max(len(x.keys), 1), max(len(y.keys), 1)
    for i in x.content:
        cands = [j for j in y.content if x.keys[i] & y.keys[j] and not _opposed(x.keys[i], y.keys[j])]
        if cands:
            j = min(cands, key=lambda j: (j in taken, abs(j / ny - i / nx)))
            out[i] = j
            taken.add(j)
    for i in x.content:
        if i in out or _known(x.keys[i]):
            continue
        for j in y.content:
            if not _known(y.keys[j]) and _spelling_variants(x.keys[i], y.keys[j]):
                out[i] = j
                break
    return out


def _slots(
    a: Sentence,
    b: Sentence,
    ka: Keyed,
    kb: Keyed,
    pa: dict[int, int],
    ua: list[int],
    ub: list[int],
    strict: bool,
) -> list[tuple[int, int]]:
    """Unmatched words of a and b that sit between the same matched neighbours.

    Strict: neither word is in a lexicon, and they are not variants of one word (same first letters).
    """
    subs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i in ua:
        if strict and _known(ka.keys[i]):
            continue
        left = max((pa[k] for k in pa if k < i), default=None)
        right = min((pa[k] for k in pa if k > i), default=None)
        if left is None and right is None:
            continue
        for j in ub:
            if j in used or a.words[i][:1].isdigit() or b.words[j][:1].isdigit():
                continue
            if strict and (_known(kb.keys[j]) or a.bare[i][:3] == b.bare[j][:3]):
                continue
            if not strict and _antonym(ka.keys[i]) and _antonym(kb.keys[j]):
                continue  # two words of the antonym lexicon: the antonym detector has judged them
            if (left is None or j > left) and (right is None or j < right):
                subs.append((i, j))
                used.add(j)
                break
    return subs


def overlap(a: Sentence, b: Sentence) -> Overlap:
    return _overlap(a.text, b.text)


@lru_cache(maxsize=4096)
def _overlap(text_a: str, text_b: str) -> Overlap:
    a, b = sentence(text_a), sentence(text_b)
    ka, kb = keyed(a.text), keyed(b.text)
    pa, pb = _partners(ka, kb), _partners(kb, ka)
    cov_a = len(pa) / len(ka.content) if ka.content else 0.0
    cov_b = len(pb) / len(kb.content) if kb.content else 0.0
    ua = [i for i in ka.content if i not in pa]
    ub = [j for j in kb.content if j not in pb]
    frame = len(ua) <= 2 and len(ub) <= 2 and min(cov_a, cov_b) >= 0.5
    strict = _slots(a, b, ka, kb, pa, ua, ub, strict=True) if frame else []
    loose = _slots(a, b, ka, kb, pa, ua, ub, strict=False)
    return Overlap(
        cov_a,
        cov_b,
        tuple(a.words[i] for i in pa),
        tuple(a.words[i] for i in ua),
        tuple(b.words[j] for j in ub),
        tuple((a.words[i], b.words[j]) for i, j in strict),
        tuple((a.words[i], b.words[j]) for i, j in loose),
        loose[0] if loose else None,
        bool(loose) and len(ua) == 1 and len(ub) == 1,
    )


def slot_kind(a: Sentence, b: Sentence) -> dict[str, float]:
    """What kind of words fill the substituted slot, without knowing the words themselves.

    Contradictions made by substitution swap a definite noun, the subject, or the one word that
    differs; paraphrases tend to reword verbs and several words at once.
    """
    o = overlap(a, b)
    if o.slot is None:
        return dict.fromkeys(SLOT_KINDS, 0.0)
    i, j = o.slot
    ka, kb = keyed(a.text), keyed(b.text)
    definite = all(
        w[: len(w) - len(x)].endswith("ال") for w, x in ((a.words[i], a.bare[i]), (b.words[j], b.bare[j]))
    )
    subject = ka.content[:1] == (i,) and kb.content[:1] == (j,)
    ca, cb = set(a.bare[i].translate(_VOWELS)), set(b.bare[j].translate(_VOWELS))
    related = len(ca & cb) / max(len(ca | cb), 1)
    return {
        "slot_exact": 1.0 if o.exact else 0.0,
        "slot_definite": 1.0 if definite else 0.0,
        "slot_subject": 1.0 if subject else 0.0,
        # الدولار / العملة: a name against a common noun is often the same thing said more generally
        "slot_name_noun": 1.0 if _entity(ka.keys[i]) != _entity(kb.keys[j]) else 0.0,
        # نزوح / النازحين، تراجع / رجوع: most consonants shared, one word derived from the other
        "slot_related": related,
    }


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    o = overlap(a, b)
    found = []
    if o.shared:
        strength = min(o.coverage_a, o.coverage_b)
        found.append(
            Finding(
                "agree",
                strength,
                Evidence(NAME, o.shared[:6], f"{round(100 * strength)}% of the content words match"),
            )
        )
    for subs, strength in ((o.substitutions, 1.0), (o.loose_substitutions, 0.5)):
        for wa, wb in subs[:1]:
            note = f"{wa} / {wb}: another word in the same slot"
            found.append(Finding("contradict", strength, Evidence(SUBSTITUTION, (wa, wb), note)))
    return found
