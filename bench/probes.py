"""Per-detector precision and recall on the hand-written probe pairs in tests/probes/*.csv.

    python bench/probes.py [tests/probes]

See tracker/detectors/probes.py for what precision and recall mean here.
"""

from __future__ import annotations

import sys
from pathlib import Path

from tracker.detectors.probes import score


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
