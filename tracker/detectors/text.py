"""One sentence analysed once for every detector: words, their clitic-free and inflection-free forms.

Detectors compare lexicon entries with `Sentence.forms[i]`, the set of forms word i may stand for:
the word itself, the word without clitics (و ف ب ل ك ال), and without the affixes of verb and noun
inflection (يرتفع، ترتفع، ارتفعت، ارتفاعا -> ارتفع، ارتفاع). Over-generation is harmless because a
form only counts when a lexicon lists it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from tracker.arabic import norm, stems, words

# Pronoun and agreement suffixes, longest first (normalized spelling: ة is written ه).
_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "تا", "وا", "ون", "ين", "ان", "ات", "تم", "ه", "ت", "ا")
# Imperfect-tense prefixes and the future prefix written on them.
_PREFIXES = ("سي", "ست", "سن", "ي", "ت", "ن", "ا")


def _unsuffixed(word: str) -> Iterator[str]:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            base = word[: -len(suffix)]
            yield base
            if suffix == "ات" or base.endswith("ت"):  # زيادات، خسارته -> زياده، خساره
                yield (base[:-1] if base.endswith("ت") else base) + "ه"
            if suffix in ("ت", "وا", "ون") and len(base) >= 2:
                # verbs in ى (folded to ي) drop it before these endings: ألغت، يبقون -> الغي، يبقي
                yield base + "ي"


def _unprefixed(word: str) -> Iterator[str]:
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            rest = word[len(prefix) :]
            yield rest
            if len(rest) >= 3 and rest[-2] in "يو":
                hollow = rest[:-2] + "ا" + rest[-1]  # hollow verbs: يعود -> عاد، يستعيد -> استعاد
                yield hollow
                yield "ا" + hollow
            if prefix != "ا":
                yield "ا" + rest  # يرتفع -> ارتفع، يعلن -> اعلن (forms IV, VII, VIII, X)
                if rest.startswith("و"):
                    yield "ا" + rest[1:]  # يؤجل، يؤكد (written يوجل after folding) -> اجل، اكد


@lru_cache(maxsize=50_000)
def forms(word: str) -> frozenset[str]:
    """Every form `word` (already normalized) may be an inflection of; see the module docstring."""
    out: set[str] = set()
    for stem in stems(word):
        out.add(stem)
        for base in (stem, *_unsuffixed(stem)):
            out.add(base)
            out.update(_unprefixed(base))
    return frozenset(out)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence split into normalized words, each with its clitic-free and inflected forms."""

    text: str
    words: tuple[str, ...]
    bare: tuple[str, ...]
    stems: tuple[frozenset[str], ...]
    forms: tuple[frozenset[str], ...]

    def __len__(self) -> int:
        return len(self.words)


def _stems(word: str) -> tuple[str, ...]:
    """arabic.stems, plus ل + a word that starts with ل (لليبيا، للبنان -> ليبيا، لبنان)."""
    out = stems(word)
    w = out[1] if len(out) > 1 and word[:1] in "وف" else word
    if len(w) > 4 and w.startswith("لل"):
        out = (*out, w[1:])
    return out


@lru_cache(maxsize=4096)
def sentence(text: str) -> Sentence:
    ws = tuple(words(text))
    return Sentence(
        text=text,
        words=ws,
        bare=tuple(stems(w)[-1] for w in ws),
        stems=tuple(frozenset(_stems(w)) for w in ws),
        forms=tuple(forms(w) for w in ws),
    )


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon entry found in a sentence: which entry, where, and the words as written."""

    keys: tuple[str, ...]
    start: int
    end: int
    words: tuple[str, ...]


class PhraseIndex:
    """Find one- or several-word lexicon phrases in a sentence, whatever their inflection and clitics.

    The first word of a phrase is matched against all inflected forms (`forms`); following words
    (prepositions, objects: تراجع عن، لقي حتفه) against the clitic-free forms only.
    """

    def __init__(self, entries: Iterable[tuple[str, str]], inflected: bool = True) -> None:
        keys: dict[tuple[str, ...], list[str]] = {}
        for phrase, key in entries:
            toks = tuple(words(phrase))
            if toks and key not in keys.setdefault(toks, []):
                keys[toks].append(key)
        self._by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for toks, ks in keys.items():
            self._by_first.setdefault(toks[0], []).append((toks, tuple(ks)))
        self.inflected = inflected
        self._cache: dict[str, tuple[Hit, ...]] = {}

    def find(self, s: Sentence) -> tuple[Hit, ...]:
        """Hits, longest phrase first at each position, left to right (cached per sentence text)."""
        hits = self._cache.get(s.text)
        if hits is None:
            if len(self._cache) > 50_000:
                self._cache.clear()
            hits = self._cache[s.text] = tuple(self._find(s))
        return hits

    def _find(self, s: Sentence) -> list[Hit]:
        hits: list[Hit] = []
        i = 0
        while i < len(s):
            best, found = 0, set[str]()
            cands = s.forms[i] if self.inflected else s.stems[i]
            for form in cands:
                for toks, ks in self._by_first.get(form, ()):
                    n = len(toks)
                    if n < best or i + n > len(s):
                        continue
                    if all(toks[j] in s.stems[i + j] for j in range(1, n)):
                        if n > best:
                            best, found = n, set()
                        found.update(ks)
            if best:
                hits.append(Hit(tuple(sorted(found)), i, i + best, s.words[i : i + best]))
                i += best
            else:
                i += 1
        return hits


def normalized(items: Iterable[str]) -> list[str]:
    return [norm(x) for x in items]
