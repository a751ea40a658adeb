"""Train the stance decision layer: logistic regression on train.csv, thresholds tuned on dev.csv.

    python bench/train_stance.py ../shared/eval/ans/stance [--out tracker/data/stance_weights.json]

Reads only train.csv (weights) and dev.csv (the two thresholds); never test.csv. Full-batch gradient
descent with L2, fixed seed and iteration count, so the same data and rules give the same file.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np

from tracker.detectors.text import sentence
from tracker.stance import CONTRADICTION_DETECTORS, FEATURES, Model, features, judge, probability

LABEL = {"agree": "agree", "contradict": "disagree"}

SEED = 13
L2 = 0.003
STEPS = 100
PRIOR_DETECTOR = 3.0


def rows(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(r["s1"], r["s2"], r["stance"]) for r in csv.DictReader(f)]


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic regression by Newton's method, with a Gaussian prior on the weights (MAP).

    The prior says what a linguist expects before seeing data: a firing lexicon detector (antonym,
    negation, numbers, participants) is strong evidence of contradiction (mean PRIOR_DETECTOR), other
    features are neutral (mean 0). A detector that fires often in train (antonyms) gets its weight from
    the data; one that rarely fires there (numbers: few ANS pairs change a figure) keeps close to the prior.
    """
    rng = np.random.default_rng(SEED)
    w = rng.normal(0.0, 0.01, x.shape[1])
    mean = np.array([PRIOR_DETECTOR if f in CONTRADICTION_DETECTORS[:4] else 0.0 for f in FEATURES])
    reg = L2 * len(y) * np.diag(np.r_[0.0, np.ones(x.shape[1] - 1)])
    for _ in range(STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) + reg @ (w - mean)
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def macro_f1(gold: list[str], pred: list[str | None]) -> float:
    f1s = []
    for c in ("agree", "disagree"):
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        fp = sum(g != c and p == c for g, p in zip(gold, pred, strict=True))
        fn = sum(g == c and p != c for g, p in zip(gold, pred, strict=True))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 2


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="../shared/eval/ans/stance")
    ap.add_argument(
        "--out", default=str(Path(__file__).resolve().parent.parent / "tracker/data/stance_weights.json")
    )
    args = ap.parse_args()
    random.seed(SEED)
    train = [r for r in rows(Path(args.folder) / "train.csv") if r[2] in ("agree", "disagree")]
    x = np.array([features(sentence(a), sentence(b))[0] for a, b, _ in train])
    y = np.array([1.0 if g == "disagree" else 0.0 for _, _, g in train])
    w = fit(x, y)
    dev = rows(Path(args.folder) / "dev.csv")
    gold = [g for _, _, g in dev]
    base = Model(tuple(float(v) for v in w), 0.5, 0.5)
    # the decision of tracker.stance.judge, replayed for every threshold pair from features computed once
    cases = []
    for a, b, _ in dev:
        xv, found = features(sentence(a), sentence(b))
        fired = any(found[d] for d in CONTRADICTION_DETECTORS)
        cases.append((probability(xv, base), fired, bool(found["paraphrase"])))
    best = (-1.0, 0.5, 0.5)
    grid = [i / 100 for i in range(5, 96)]
    for agree_below in grid:
        for contradict_above in grid:
            if contradict_above < agree_below:
                continue
            pred = [
                "disagree"
                if fired and p >= contradict_above
                else "agree"
                if para and p <= agree_below
                else None
                for p, fired, para in cases
            ]
            f = macro_f1(gold, pred)
            if f > best[0] + 1e-9:
                best = (f, agree_below, contradict_above)
    # check the replay against the real decision layer
    m = replace(base, agree_below=best[1], contradict_above=best[2])
    pred = [None if (j := judge(a, b, m)) is None else LABEL[j.verdict] for a, b, _ in dev]
    assert abs(macro_f1(gold, pred) - best[0]) < 1e-9, "replayed decision differs from tracker.stance.judge"
    out = {
        "note": "Written by bench/train_stance.py: weights from ANS train.csv, thresholds tuned on dev.csv.",
        "seed": SEED,
        "l2": L2,
        "prior_detector_weight": PRIOR_DETECTOR,
        "steps": STEPS,
        "train_pairs": len(train),
        "dev_macro_f1": round(best[0], 4),
        "weights": {f: round(float(v), 4) for f, v in zip(FEATURES, w, strict=True)},
        "agree_below": best[1],
        "contradict_above": best[2],
    }
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
