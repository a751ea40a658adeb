"""Near-duplicate statements: the same text republished by another article (circular reporting).

Texts become sets of word shingles over tracker.arabic.content_key (normalized, clitics peeled), so
spelling variants and و/ال do not hide a copy. datasketch's MinHash estimates Jaccard similarity and
MinHashLSH finds candidate pairs without comparing every pair.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from datasketch import MinHash, MinHashLSH

from tracker.arabic import content_key

THRESHOLD = 0.7
"""Estimated Jaccard of word 2-shingles (bigrams) at or above which two texts are one statement."""
SHINGLE = 2
MIN_WORDS = 5
"""Shorter texts ("قتل خمسة") are too common to call a copy."""
NUM_PERM = 128


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    key = content_key(text)
    if len(key) < k:
        return {" ".join(key)} if key else set()
    return {" ".join(key[i : i + k]) for i in range(len(key) - k + 1)}


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def near_duplicates(
    items: Sequence[tuple[str, str]], threshold: float = THRESHOLD
) -> Iterator[tuple[str, str, float]]:
    """(id_a, id_b, estimated Jaccard) for each pair of `(id, text)` items at or above `threshold`.

    Each pair is reported once, the id that comes first in `items` first.
    """
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    hashes: dict[str, MinHash] = {}
    for key, text in items:
        if key in hashes or len(content_key(text)) < MIN_WORDS:
            continue
        m = minhash(text)
        for other in lsh.query(m):
            sim = m.jaccard(hashes[other])
            if sim >= threshold:
                yield other, key, sim
        lsh.insert(key, m)
        hashes[key] = m
