"""Per-detector precision and recall on the hand-written probe pairs in tests/probes/*.csv.

    python bench/probes.py [tests/probes]

Each file is named after a detector and holds pairs with the expected verdict (agree, contradict,
none). The detector "says yes" on a pair when `judge` returns a verdict in its direction and names it
(for contradiction detectors: among the evidence; for paraphrase: as the deciding detector).
Precision = right yeses / yeses; recall = right yeses / pairs whose expected verdict is its direction.
"""

from __future__ import annotations

import csv
import sys
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
            verdict = j.verdict if j else "none"
            right += verdict == row["expected"]
            says = (
                j is not None
                and j.verdict == want
                and (
                    j.detector == detector
                    if want == "agree"
                    else any(e.detector == detector for e in j.evidence)
                )
            )
            pos += row["expected"] == want
            tp += says and row["expected"] == want
            fp += says and row["expected"] != want
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / pos if pos else 0.0), right / n, n


def main() -> None:
    folder = Path(
        sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests/probes"
    )
    print(f"{'detector':13s} {'pairs':>5s} {'P':>6s} {'R':>6s} {'verdicts right':>15s}")
    for path in sorted(folder.glob("*.csv")):
        p, r, acc, n = score(path)
        print(f"{path.stem:13s} {n:5d} {p:6.2f} {r:6.2f} {acc:15.2f}")


if __name__ == "__main__":
    main()
