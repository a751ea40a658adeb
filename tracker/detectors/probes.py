"""Per-detector precision and recall on probe pairs (tests/probes/*.csv), for tests and bench/probes.py.

Each file is named after a detector and holds pairs with the expected verdict (agree, contradict,
none). The detector "says yes" on a pair when `judge` returns a verdict in its direction and names it
(for contradiction detectors: among the evidence; for paraphrase: as the deciding detector).
Precision = right yeses / yeses; recall = right yeses / pairs whose expected verdict is its direction.
"""

from __future__ import annotations

import csv
from pathlib import Path

from tracker.stance import judge

DIRECTION = {"paraphrase": "agree"}


def score(path: Path) -> tuple[float, float, float, int]:
    """precision, recall, verdict accuracy, pairs."""
    detector = path.stem
    want = DIRECTION.get(detector, "contradict")
    tp = fp = pos = right = n = 0
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            n += 1
            j = judge(row["s1"], row["s2"])
            right += (j.verdict if j else "none") == row["expected"]
            names = j is not None and (
                j.detector == detector if want == "agree" else any(e.detector == detector for e in j.evidence)
            )
            says = j is not None and j.verdict == want and names
            pos += row["expected"] == want
            tp += says and row["expected"] == want
            fp += says and row["expected"] != want
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / pos if pos else 0.0), (right / n if n else 0.0), n
