"""Stance on ANS (Khouja 2020): macro-F1 over agree/disagree, per-class precision and recall, pairs/s.

    python bench/ans.py [../shared/eval/ans/stance/dev.csv] [--limit N] [--errors K]

How rows are counted (stated here because "macro-F1" hides choices):
- predictions: verdict `agree` -> agree, `contradict` -> disagree, null -> no answer.
- agree/disagree gold rows: a null verdict is a wrong answer (a false negative for the gold class).
- `other` gold rows (unrelated pairs) are not a class of the score, but a verdict on them is a false
  positive for the class predicted; null on them costs nothing.
- F1 per class = 2PR/(P+R); macro-F1 = mean of the agree and disagree F1.
The published BERT baseline (Khouja 2020, stance, test) is 76.7 F1.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

from tracker.stance import judge

LABEL = {"agree": "agree", "contradict": "disagree", None: None}
PUBLISHED_BERT = 0.767


def read(path: Path, limit: int | None) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = [(r["s1"], r["s2"], r["stance"]) for r in csv.DictReader(f)]
    return rows[:limit] if limit else rows


def score(gold: list[str], pred: list[str | None]) -> dict[str, float]:
    out: dict[str, float] = {}
    for c in ("agree", "disagree"):
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        p_, r_ = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
        out[f"{c}_p"], out[f"{c}_r"] = p_, r_
        out[f"{c}_f1"] = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    out["macro_f1"] = (out["agree_f1"] + out["disagree_f1"]) / 2
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("csv", nargs="?", default="../shared/eval/ans/stance/dev.csv")
    ap.add_argument("--limit", type=int, default=None, help="Only the first N rows.")
    ap.add_argument("--errors", type=int, default=0, help="Print the first K wrong answers (dev only).")
    args = ap.parse_args()
    rows = read(Path(args.csv), args.limit)
    judge("ارتفع سعر القمح 5% في يناير", "لم ينخفض سعر القمح في مصر")  # load the rule files once
    t0 = time.perf_counter()
    verdicts = [judge(s1, s2) for s1, s2, _ in rows]
    elapsed = time.perf_counter() - t0
    gold = [g for _, _, g in rows]
    pred = [LABEL[v.verdict if v else None] for v in verdicts]
    m = score(gold, pred)
    counts = Counter(gold)
    print(f"ANS stance: {args.csv} ({len(rows)} pairs: {dict(counts)})")
    print(f"null verdicts: {pred.count(None)} (wrong for agree/disagree gold rows)")
    for c in ("agree", "disagree"):
        print(f"  {c:9s} P={m[f'{c}_p']:.3f} R={m[f'{c}_r']:.3f} F1={m[f'{c}_f1']:.3f}")
    print(f"macro-F1 (agree, disagree) = {m['macro_f1']:.3f}   published BERT: {PUBLISHED_BERT:.3f}")
    by = Counter(v.detector for v in verdicts if v)
    print("verdicts by detector:", dict(by.most_common()))
    print(f"speed: {len(rows) / elapsed:.0f} pairs/s on one core (every sentence seen for the first time)")
    shown = 0
    for (s1, s2, g), p, v in zip(rows, pred, verdicts, strict=True):
        if shown >= args.errors:
            break
        if p != g and g != "other":
            shown += 1
            print(f"--- gold={g} pred={p} {v.reason if v else ''}\n    {s1}\n    {s2}", file=sys.stderr)


if __name__ == "__main__":
    main()
