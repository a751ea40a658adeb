"""Does a piece of text match a claim? Word overlap that forgives Arabic clitics, endings and order.

Users type a fragment or a paraphrase of a claim ("تنسيق تكتيكي بين داعش والقاعدة" for
"هناك تنسيقاً تكتيكياً بين التنظيمين"). Both sides are reduced to content stems: normalized
(tracker.arabic.norm), clitics peeled (bare), stop words (spaCy's Arabic list) dropped, and up to two
endings stripped (tanween alef, ta marbuta, nisba ي, plural and dual, pronoun suffixes), so that
تكتيكياً، تكتيكية and تكتيكي meet as تكتيك. Two stems match when equal, when one extends the other by at
most two letters or by a leading و, or when they differ by one letter in five (transliterated names).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from spacy.lang.ar.stop_words import STOP_WORDS

from tracker.arabic import bare, norm, words

WAW = "و"
"""The conjunction peeled from any word, so from a word that opens with و too (وثيقة، وزارة)."""
MATCH_THRESHOLD = 0.5
"""`attribute` lists a record when at least half of the query's (IDF-weighted) content matches."""

_STOP = frozenset(norm(w) for w in STOP_WORDS)
# Peeled in two layers, at most one ending each: pronoun suffixes, tanween alef and ta marbuta first,
# then plural, dual and nisba endings (ميدانية -> ميداني -> ميدان).
_OUTER = ("هما", "كما", "هم", "هن", "ها", "ه", "ا")
_INNER = ("يين", "ين", "ون", "ات", "ان", "ي")


@lru_cache(maxsize=50_000)
def light(word: str) -> str:
    """The word's bare form with up to two endings stripped, keeping at least three letters."""
    w = bare(word)
    for layer in (_OUTER, _INNER):
        for e in layer:
            if w.endswith(e) and len(w) - len(e) >= 3:
                w = w[: -len(e)]
                break
    return w


def content_stems(text: str) -> list[str]:
    """Light stems of the content words of `text`, in order (repeats kept)."""
    return [
        light(w) for w in words(text) if norm(w) not in _STOP and bare(w) not in _STOP and len(bare(w)) > 1
    ]


@lru_cache(maxsize=50_000)
def stems_match(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 2:
        return True
    if len(short) >= 3 and long_ == WAW + short:
        return True  # وثيقة, peeled as و + ثيقة, against الوثيقة
    if len(short) < 5 or 2 * len(short) < 0.8 * (len(a) + len(b)):
        return False  # the ratio cannot reach 0.8: asked first, as most pairs of stems are far apart
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _found(stem: str, pool: Iterable[str]) -> bool:
    return any(stems_match(stem, p) for p in pool)


def any_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """Some stem of one set matches some stem of the other."""
    pool = tuple(b)
    return any(_found(x, pool) for x in a)


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's distinct content stems found in the other (0 when either is empty)."""
    return overlap_stems(set(content_stems(a)), set(content_stems(b)))


def overlap_stems(sa: set[str], sb: set[str]) -> float:
    """`overlap` on stems computed once per text (for comparing many pairs)."""
    if not sa or not sb:
        return 0.0
    short, other = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    return sum(_found(s, other) for s in short) / len(short)


class Matcher:
    """Scores a query against many claims; rarer query words weigh more (inverse document frequency)."""

    def __init__(self, claims: Sequence[str]) -> None:
        self.stems = [set(content_stems(c)) for c in claims]
        self.n = len(claims)

    def _weight(self, stem: str) -> float:
        df = sum(_found(stem, s) for s in self.stems)
        return math.log(1 + (self.n + 1) / (1 + df))

    def scores(self, query: str) -> list[float]:
        """One score in [0, 1] per claim: the weighted share of the query's content found in it."""
        q = list(dict.fromkeys(content_stems(query)))
        if not q:
            raise ValueError("the query has no content words")
        weights = {s: self._weight(s) for s in q}
        total = sum(weights.values())
        return [sum(w for s, w in weights.items() if _found(s, pool)) / total for pool in self.stems]
