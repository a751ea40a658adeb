"""What every detector returns."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a detector spoke: its name, the words (as normalized) that triggered it, and a note."""

    detector: str
    words: tuple[str, ...]
    note: str


@dataclass(frozen=True, slots=True)
class Finding:
    """Evidence pointing one way, with a strength in (0, 1]."""

    points_to: Literal["agree", "contradict"]
    strength: float
    evidence: Evidence
