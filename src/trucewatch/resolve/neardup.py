"""Near-duplicate articles: syndicated copies and light rewrites of one text.

MinHash over word 5-shingles estimates the Jaccard similarity of two texts from 64 small integers per document;
LSH (16 bands of 4 rows) finds candidate pairs without comparing every pair. Documents whose estimated similarity
is at least `THRESHOLD` form one family: corroboration counts families, not copies.
"""

from __future__ import annotations

import re
import zlib
from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from trucewatch.resolve.partition import Partition

NUM_HASHES = 64
BANDS = 16
ROWS = NUM_HASHES // BANDS
SHINGLE = 5
THRESHOLD = 0.8
PRIME = (1 << 31) - 1  # a * v + b stays below 2**63 for 32-bit shingle hashes: exact in uint64
# Fixed coefficients: the same text gives the same signature in every process and on every machine.
_A = np.array([(i * 0x9E3779B9 + 0x1234567) % PRIME | 1 for i in range(1, NUM_HASHES + 1)], dtype=np.uint64)
_B = np.array([(i * 0xC2B2AE3D + 0x7654321) % PRIME for i in range(1, NUM_HASHES + 1)], dtype=np.uint64)
WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())} if words else set()
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> list[int]:
    values = shingles(text)
    if not values:
        return [0] * NUM_HASHES
    v = np.fromiter(values, dtype=np.uint64, count=len(values))
    return ((np.outer(v, _A) + _B) % PRIME).min(axis=0).tolist()


def similarity(sig_a, sig_b) -> float:
    """Estimated Jaccard similarity of two signatures (lists or arrays of 64 integers)."""
    return float(np.count_nonzero(np.asarray(sig_a) == np.asarray(sig_b))) / NUM_HASHES


def families(signatures: dict[str, list[int]], threshold: float = THRESHOLD) -> dict[str, str]:
    """doc_id -> family id (the smallest doc_id of its family), independent of the order of the input."""
    groups = Partition(signatures)

    buckets: dict[tuple[int, tuple[int, ...]], list[str]] = defaultdict(list)
    for doc_id, sig in sorted(signatures.items()):
        for band in range(BANDS):
            buckets[(band, tuple(int(v) for v in sig[band * ROWS:(band + 1) * ROWS]))].append(doc_id)
    for members in buckets.values():
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                if groups.find(a) != groups.find(b) and similarity(signatures[a], signatures[b]) >= threshold:
                    groups.union(a, b)
    return {d: groups.find(d) for d in signatures}


def families_of_texts(texts: Iterable[tuple[str, str]]) -> dict[str, str]:
    return families({doc_id: signature(text) for doc_id, text in texts})
