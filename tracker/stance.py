"""Do two claims about the same subject agree, contradict, or neither? Always with the reason.

Detectors (tracker.detectors) find opposites, negation mismatches, conflicting figures, swapped
participants and paraphrase; this decision layer weighs them with a logistic model whose weights live
in tracker/data/stance_weights.json (trained by `python bench/train_stance.py`, thresholds tuned on a
development split). A `contradict` verdict is only given when a contradiction detector fired: the
verdict names that detector and its words. Word overlap alone can only support `agree` or lower the
confidence of a contradiction, never cause one.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from tracker.detectors import antonyms, negation, numbers, paraphrase, participants
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.paraphrase import SLOT_KINDS
from tracker.detectors.text import Sentence, sentence

__all__ = ["FEATURES", "Evidence", "Judgement", "Model", "features", "judge"]

CONTRADICTION_DETECTORS = (
    "antonym",
    "negation",
    "numbers",
    "participants",
    "antonym_family",
    "substitution",
    "slot_change",
    "role_swap",
    "subject_swap",
)
FEATURES = (
    "bias",
    *CONTRADICTION_DETECTORS,
    "coverage_min",
    "coverage_max",
    "unmatched_a",
    "unmatched_b",
    "figures_shared",
    "contradictions",
    *SLOT_KINDS,
)


@dataclass(frozen=True, slots=True)
class Judgement:
    verdict: Literal["agree", "contradict"]
    confidence: float
    reason: str
    detector: str
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class Model:
    """Logistic weights over FEATURES (P(contradict)) and the two decision thresholds."""

    weights: tuple[float, ...]
    agree_below: float
    contradict_above: float


@lru_cache(maxsize=1)
def model() -> Model:
    data = json.loads(resources.files("tracker.data").joinpath("stance_weights.json").read_text("utf-8"))
    w = data["weights"]
    if list(w) != list(FEATURES):
        raise ValueError(f"stance_weights.json features {list(w)} differ from {list(FEATURES)}")
    return Model(
        tuple(float(w[f]) for f in FEATURES), float(data["agree_below"]), float(data["contradict_above"])
    )


def _findings(a: Sentence, b: Sentence) -> dict[str, list[Finding]]:
    """Findings per feature name; the gazetteer swap and the slot substitution are kept apart."""
    para = paraphrase.detect(a, b)
    roles = participants.detect_roles(a, b)
    return {
        "antonym": antonyms.detect(a, b),
        "antonym_family": antonyms.detect_families(a, b),
        "negation": negation.detect(a, b),
        "numbers": numbers.detect(a, b),
        "participants": participants.detect_fillers(a, b),
        "role_swap": [f for f in roles if f.strength != participants.SUBJECT_SWAP],
        "subject_swap": [f for f in roles if f.strength == participants.SUBJECT_SWAP],
        "substitution": [f for f in para if f.points_to == "contradict" and f.strength == 1.0],
        "slot_change": [f for f in para if f.points_to == "contradict" and f.strength < 1.0],
        "paraphrase": [f for f in para if f.points_to == "agree"],
    }


def features(a: Sentence, b: Sentence) -> tuple[list[float], dict[str, list[Finding]]]:
    found = _findings(a, b)
    o = paraphrase.overlap(a, b)
    _, shared_figures = numbers.compare(a, b)
    x = [1.0]
    cov = min(o.coverage_a, o.coverage_b)
    # a filler changed in the same slot means more when the rest of the frame is the same
    scale = {"substitution": cov, "slot_change": cov}
    x += [
        max((f.strength for f in found[d]), default=0.0) * scale.get(d, 1.0) for d in CONTRADICTION_DETECTORS
    ]
    x += [cov, max(o.coverage_a, o.coverage_b)]
    x += [min(len(o.only_a), 5) / 5, min(len(o.only_b), 5) / 5]
    lexical = sum(len(found[d]) > 0 for d in CONTRADICTION_DETECTORS[:4])
    x += [1.0 if shared_figures else 0.0, min(lexical, 3) / 3]
    kind = paraphrase.slot_kind(a, b)
    x += [kind[k] for k in SLOT_KINDS]
    return x, found


def probability(x: list[float], m: Model) -> float:
    z = sum(w * v for w, v in zip(m.weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def judge(s1: str, s2: str, m: Model | None = None) -> Judgement | None:
    """`agree`, `contradict` or None (no well-founded verdict) for two claims about the same subject."""
    a, b = sentence(s1), sentence(s2)
    if not len(a) or not len(b):
        return None
    m = m or model()
    x, found = features(a, b)
    p = probability(x, m)
    fired = [d for d in CONTRADICTION_DETECTORS if found[d]]
    if fired and p >= m.contradict_above:
        # the detector that contributed most to the score decides the reason
        top = max(fired, key=lambda d: m.weights[FEATURES.index(d)] * x[FEATURES.index(d)])
        lead = found[top][0].evidence
        name = "participants" if top in ("substitution", "slot_change", "role_swap", "subject_swap") else top
        name = "antonym" if name == "antonym_family" else name
        evidence = (lead, *(f.evidence for d in fired for f in found[d] if f.evidence is not lead))
        return Judgement("contradict", round(p, 3), f"{name}: {lead.note}", name, evidence)
    if found["paraphrase"] and p <= m.agree_below:
        lead = found["paraphrase"][0].evidence
        words = "، ".join(lead.words)
        return Judgement(
            "agree", round(1 - p, 3), f"paraphrase: {lead.note} ({words})", "paraphrase", (lead,)
        )
    return None
