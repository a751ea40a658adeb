"""Near-duplicate statements: the same text republished by another article (circular reporting).

Texts become sets of word shingles over tracker.arabic.content_key (normalized, clitics peeled), so
spelling variants and و/ال do not hide a copy. datasketch's MinHash estimates Jaccard similarity and
MinHashLSH finds candidate pairs without comparing every pair.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache

from datasketch import MinHash, MinHashLSH

from tracker.arabic import content_key

THRESHOLD = 0.7
"""Estimated Jaccard of word 2-shingles (bigrams) at or above which two texts are one statement."""
SHINGLE = 2
MIN_WORDS = 5
"""Shorter texts ("قتل خمسة") are too common to call a copy."""
NUM_PERM = 128


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    return _shingles(content_key(text), k)


def _shingles(key: list[str], k: int = SHINGLE) -> set[str]:
    if len(key) < k:
        return {" ".join(key)} if key else set()
    return {" ".join(key[i : i + k]) for i in range(len(key) - k + 1)}


@cache
def _template() -> MinHash:
    """The hash scheme every sketch shares: drawing NUM_PERM permutations costs more than hashing a claim."""
    return MinHash(num_perm=NUM_PERM)


def minhash(text: str) -> MinHash:
    """The sketch of `text` (cached: the same claim meets many batches; callers must not update it)."""
    return _signature(text)[1]


@lru_cache(maxsize=20_000)
def _signature(text: str) -> tuple[int, MinHash]:
    """(number of content words, sketch) of `text`: its words are read once for both."""
    key = content_key(text)
    scheme = _template()
    m = MinHash(num_perm=NUM_PERM, permutations=scheme.permutations, scheme=scheme.scheme)
    m.update_batch([s.encode("utf-8") for s in _shingles(key)])
    return len(key), m


@cache
def bands(threshold: float = THRESHOLD) -> tuple[int, int]:
    """(bands, rows per band) datasketch picks for `threshold` (its search is slow: done once)."""
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def bucket_keys(text: str, threshold: float = THRESHOLD) -> list[str]:
    """The LSH buckets `text` falls in (`echo{band}|{digest}`), for a store that blocks by key; empty for
    texts too short to call a copy. Two texts sharing a bucket are the candidates Index would find."""
    size, m = _signature(text)
    if size < MIN_WORDS:
        return []
    b, r = bands(threshold)
    values = m.hashvalues
    return [
        f"echo{i}|{hashlib.blake2b(values[i * r : (i + 1) * r].tobytes(), digest_size=8).hexdigest()}"
        for i in range(b)
    ]


class Index:
    """A MinHash LSH index of statements, built once per comparison run and added to as texts come."""

    def __init__(self, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(num_perm=NUM_PERM, params=bands(threshold))
        self.hashes: dict[str, MinHash] = {}
        self.order: dict[str, int] = {}

    def add(self, key: str, text: str) -> list[tuple[str, float]]:
        """(earlier key, estimated Jaccard) of indexed texts at or above the threshold; then indexes `text`.

        A key already indexed, or a text too short to call a copy, is neither matched nor indexed."""
        if key in self.hashes:
            return []
        size, m = _signature(text)
        if size < MIN_WORDS:
            return []
        found = [
            (other, sim)
            for other in sorted(self.lsh.query(m), key=self.order.__getitem__)  # in the order indexed
            if (sim := m.jaccard(self.hashes[other])) >= self.threshold
        ]
        self.lsh.insert(key, m)
        self.hashes[key] = m
        self.order[key] = len(self.order)
        return found


def near_duplicates(
    items: Sequence[tuple[str, str]], threshold: float = THRESHOLD, index: Index | None = None
) -> Iterator[tuple[str, str, float]]:
    """(id_a, id_b, estimated Jaccard) for each pair of `(id, text)` items at or above `threshold`.

    Each pair is reported once, the id that comes first in `items` first. Pass an `index` to match
    against texts indexed before (its threshold is used) and keep these for later calls.
    """
    index = index or Index(threshold)
    for key, text in items:
        for other, sim in index.add(key, text):
            yield other, key, sim
