"""Train the stance decision layer: logistic regression on train.csv, thresholds tuned on dev.csv.

    python bench/train_stance.py ../shared/eval/ans/stance [--out tracker/data/stance_weights.json]
    python bench/train_stance.py --cv 5     # estimate only: K-fold cross-validation on train+dev

Reads only train.csv (weights) and dev.csv (the two thresholds); never test.csv. Newton's method
with an L2 prior, fixed seed and iteration count, so the same data and rules give the same file.
`--cv K` pools train and dev, splits them into K stratified folds (fixed seed), fits weights and
thresholds on K-1 folds and scores the held-out one: a less noisy estimate than the single dev split,
for choosing features and regularization. It writes nothing.
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
    negation, numbers, participants, antonym family) or a swap of both subjects is strong evidence of
    contradiction (mean PRIOR_DETECTOR), other features are neutral (mean 0). A detector that fires
    often in train (antonyms) gets its weight from the data; one that rarely fires there (numbers: few
    ANS pairs change a figure) keeps close to the prior.
    """
    rng = np.random.default_rng(SEED)
    w = rng.normal(0.0, 0.01, x.shape[1])
    # a swap of both subjects is as plain a contradiction as a lexicon word, though ANS has few
    first = CONTRADICTION_DETECTORS[: CONTRADICTION_DETECTORS.index("antonym_family") + 1]
    lexical = (*first, "subject_swap")
    mean = np.array([PRIOR_DETECTOR if f in lexical else 0.0 for f in FEATURES])
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


def thresholds(cases: list[tuple[float, bool, bool]], gold: list[str]) -> tuple[float, float, float]:
    """The (agree_below, contradict_above) pair that maximizes macro-F1, replaying tracker.stance.judge.

    Vectorized over the grid (numpy): the same counts as `macro_f1`, without a Python loop per pair.
    """
    p = np.array([c[0] for c in cases])
    fired = np.array([c[1] for c in cases])
    para = np.array([c[2] for c in cases])
    g_agree = np.array([g == "agree" for g in gold])
    g_dis = np.array([g == "disagree" for g in gold])
    best = (-1.0, 0.5, 0.5)
    grid = [i / 100 for i in range(5, 96)]
    for agree_below in grid:
        for contradict_above in grid:
            if contradict_above < agree_below:
                continue
            dis = fired & (p >= contradict_above)
            agr = ~dis & para & (p <= agree_below)
            f = 0.0
            for pred, g in ((agr, g_agree), (dis, g_dis)):
                tp = int((pred & g).sum())
                f += 2 * tp / (2 * tp + int((pred & ~g).sum()) + int((~pred & g).sum())) if tp else 0.0
            f /= 2
            if f > best[0] + 1e-9:
                best = (f, agree_below, contradict_above)
    return best


def decide(
    cases: list[tuple[float, bool, bool]], agree_below: float, contradict_above: float
) -> list[str | None]:
    return [
        "disagree" if fired and p >= contradict_above else "agree" if para and p <= agree_below else None
        for p, fired, para in cases
    ]


def _cases(
    xs: np.ndarray, fired: list[bool], para: list[bool], w: np.ndarray
) -> list[tuple[float, bool, bool]]:
    m = Model(tuple(float(v) for v in w), 0.5, 0.5)
    return [(probability(list(x), m), f, q) for x, f, q in zip(xs, fired, para, strict=True)]


def per_class(gold: list[str], pred: list[str | None]) -> str:
    """Precision and recall of each class, as `bench/ans.py` counts them."""
    out = []
    for c in ("agree", "disagree"):
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        n_pred = sum(p == c for p in pred)
        n_gold = sum(g == c for g in gold)
        out.append(f"{c} P {tp / max(n_pred, 1):.3f} R {tp / max(n_gold, 1):.3f}")
    return "; ".join(out)


def cross_validate(
    data: list[tuple[str, str, str]], k: int, dump: str | None = None, grouped: bool = False
) -> None:
    """Stratified K-fold on the pooled rows: weights and thresholds from K-1 folds, score on the rest."""
    rng = random.Random(SEED)
    folds: list[list[int]] = [[] for _ in range(k)]
    if grouped:
        # pairs that share a first claim (one headline, its paraphrase and its contradiction) stay in
        # one fold, as the test split keeps its headlines apart from train's
        groups: dict[str, list[int]] = {}
        for i, r in enumerate(data):
            groups.setdefault(r[0], []).append(i)
        order = list(groups.values())
        rng.shuffle(order)
        for g in sorted(order, key=len, reverse=True):
            min(folds, key=len).extend(g)
    else:
        for label in ("agree", "disagree", "other"):
            idx = [i for i, r in enumerate(data) if r[2] == label]
            rng.shuffle(idx)
            for n, i in enumerate(idx):
                folds[n % k].append(i)
    xs, fired, para = [], [], []
    for a, b, _ in data:
        xv, found = features(sentence(a), sentence(b))
        xs.append(xv)
        fired.append(any(found[d] for d in CONTRADICTION_DETECTORS))
        para.append(bool(found["paraphrase"]))
    x = np.array(xs)
    gold = [g for _, _, g in data]
    scores = []
    oof: list[str | None] = [None] * len(data)
    for held in folds:
        out = set(held)
        train = [i for i in range(len(data)) if i not in out and gold[i] in ("agree", "disagree")]
        fit_on = [i for i in range(len(data)) if i not in out]
        w = fit(x[train], np.array([1.0 if gold[i] == "disagree" else 0.0 for i in train]))
        cases = _cases(x, fired, para, w)
        _, lo, hi = thresholds([cases[i] for i in fit_on], [gold[i] for i in fit_on])
        pred = decide([cases[i] for i in held], lo, hi)
        scores.append(macro_f1([gold[i] for i in held], pred))
        for i, p in zip(held, pred, strict=True):
            oof[i] = p
    mean = sum(scores) / k
    sd = (sum((s - mean) ** 2 for s in scores) / (k - 1)) ** 0.5
    how = "grouped by first claim" if grouped else "stratified"
    print(f"{k}-fold CV ({how}) on train+dev ({len(data)} pairs): macro-F1 {mean:.4f} +- {sd:.4f}")
    print("folds:", " ".join(f"{s:.3f}" for s in scores))
    print("out-of-fold:", per_class(gold, oof))
    if dump:  # the held-out misses, for error analysis (train+dev only)
        with open(dump, "w", encoding="utf-8", newline="") as f:
            out = csv.writer(f)
            out.writerow(["s1", "s2", "gold", "pred"])
            out.writerows((a, b, g, p or "") for (a, b, g), p in zip(data, oof, strict=True) if g != p)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", default="../shared/eval/ans/stance")
    ap.add_argument(
        "--out", default=str(Path(__file__).resolve().parent.parent / "tracker/data/stance_weights.json")
    )
    ap.add_argument("--cv", type=int, default=0, help="Only estimate by K-fold CV on train+dev.")
    ap.add_argument("--dump", default=None, help="With --cv: write the held-out misses to this CSV.")
    ap.add_argument(
        "--grouped",
        action="store_true",
        help="With --cv: keep pairs that share a first claim in one fold (closer to unseen test headlines).",
    )
    args = ap.parse_args()
    random.seed(SEED)
    if args.cv:
        pooled = rows(Path(args.folder) / "train.csv") + rows(Path(args.folder) / "dev.csv")
        cross_validate(pooled, args.cv, args.dump, args.grouped)
        return
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
    best = thresholds(cases, gold)
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
