"""Detectors of agreement and contradiction between two short claims (see tracker.stance).

Each detector compares two `Sentence`s and returns `Finding`s: the evidence (which detector, which
words, why) and how strongly it points to `contradict` or `agree`. The words they look for live in
rules/ar/*.yaml; the decision layer in tracker.stance weighs the findings.
"""

from tracker.detectors.base import Evidence, Finding

__all__ = ["Evidence", "Finding"]
