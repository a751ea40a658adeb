"""Figures that cannot both hold: "10 سنوات" / "5 سنوات"، "مليون دولار" / "مليونا دولار".

A figure is read from digits (Latin or Arabic-Indic), number words, multipliers (ألف، مليون) and
duals (مليونان، عامين); a qualifier turns it into a range (أكثر من 90 = above 90, نحو 100 = about
100). Each figure gets the dimension of the unit word after it (rules/ar/stance_numbers.yaml); two
claims conflict when, for one dimension, none of their ranges overlap. A four-digit number between 1900
and 2100 with no unit is a year.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.arabic import norm, stems
from tracker.detectors import lexicons
from tracker.detectors.base import Evidence, Finding
from tracker.detectors.text import Sentence, forms
from tracker.quantities import written_figure

NAME = "numbers"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|%|[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Figure:
    low: float
    high: float
    unit: str | None
    text: str


TENS = frozenset(float(t) for t in range(20, 100, 10))
"""The tens a unit joined by و is added to (خمسة وعشرون: 25)."""


def _lookup(table: dict[str, float], word: str) -> float | None:
    for s in stems(word):
        if s in table:
            return table[s]
    return None


@lru_cache(maxsize=1)
def _vague() -> dict[str, tuple[float, float]]:
    return {norm(k): v for k, v in lexicons.stance_numbers()[0].vague.items()}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, float], dict[str, float], dict[str, float], dict[str, str]]:
    model, unit_of, _ = lexicons.stance_numbers()
    n = {norm(k): v for k, v in model.numbers.items()}
    m = {norm(k): v for k, v in model.multipliers.items()}
    d = {norm(k): v for k, v in {**model.duals, **model.fractions}.items()}
    return n, m, d, unit_of


@lru_cache(maxsize=1)
def _ordinals() -> dict[str, float]:
    return {norm(k): v for k, v in lexicons.stance_numbers()[0].ordinals.items()}


def _ordinal(word: str) -> float | None:
    """Ordinals are written with the article (or للمرة الأولى); bare أول is matched too."""
    w = norm(word)
    for s in (w, w[1:] if w[:1] in "وفبل" else w, "ا" + w[2:] if w.startswith("لل") else w):
        if s in _ordinals():
            return _ordinals()[s]
    return None


def _unit(tokens: list[str], i: int) -> str | None:
    *_, unit_of = _tables()
    for j in (i, i + 1):
        if j < len(tokens):
            for s in sorted(forms(tokens[j]), key=len, reverse=True):
                if s in unit_of:
                    return unit_of[s]
    return None


@lru_cache(maxsize=1)
def _qualifiers() -> dict[tuple[str, ...], str]:
    model, _, _ = lexicons.stance_numbers()
    out: dict[tuple[str, ...], str] = {}
    for kind in ("above", "below", "about"):
        for phrase in getattr(model, kind):
            out[tuple(_TOKEN.findall(norm(phrase)))] = kind
    return out


def _qualifier(tokens: list[str], start: int) -> str | None:
    """above / below / about when a qualifier phrase ends right before the figure."""
    for phrase, kind in _qualifiers().items():
        n = len(phrase)
        before = tokens[max(0, start - n) : start]
        if len(before) == n and all(p in stems(t) for p, t in zip(phrase, before, strict=True)):
            return kind
    return None


@lru_cache(maxsize=4096)
def figures(text: str) -> tuple[Figure, ...]:
    numbers, mult, duals, _ = _tables()
    tokens = _TOKEN.findall(norm(text))
    out: list[Figure] = []
    i = 0
    while i < len(tokens):
        tok, start = tokens[i], i
        value: float | None = None
        if tok[0].isdigit():
            value = written_figure(tok)
        elif (v := _lookup(numbers, tok)) is not None:
            value = v
            if v < 10 and i + 1 < len(tokens) and tokens[i + 1] in ("عشر", "عشره"):
                value, i = v + 10, i + 1  # ثلاثة عشر، اثنا عشر
            elif v < 10 and i + 1 < len(tokens) and tokens[i + 1].startswith("و"):
                tens = _lookup(numbers, tokens[i + 1][1:])
                if tens is not None and tens in TENS:
                    value, i = v + tens, i + 1  # الخمسة والعشرين، ثلاثة وأربعون
        elif (v := _ordinal(tok)) is not None:
            out.append(Figure(v, v, "ordinal", tok))
            i += 1
            continue
        elif (v := _lookup(duals, tok)) is not None:
            out.append(Figure(v, v, _unit(tokens, i + 1) or _unit(tokens, i), tok))
            i += 1
            continue
        elif (vague := next((_vague()[x] for x in stems(tok) if x in _vague()), None)) is not None:
            lo, hi = vague
            out.append(Figure(lo, hi, _unit(tokens, i + 1), tok))
            i += 1
            continue
        elif (v := _lookup(mult, tok)) is not None:
            value = v  # "مليون دولار"
        if value is None:
            i += 1
            continue
        i += 1
        # multipliers and "و800 ألف" continuations
        while i < len(tokens):
            if (m := _lookup(mult, tokens[i])) is not None:
                value *= m
                i += 1
            elif (
                tokens[i] == "و" and i + 1 < len(tokens) and tokens[i + 1][0].isdigit()
                and (rest := written_figure(tokens[i + 1])) is not None
            ):
                j = i + 2
                if j < len(tokens) and (m := _lookup(mult, tokens[j])) is not None:
                    rest *= m
                    j += 1
                value += rest
                i = j
            else:
                break
        unit = _unit(tokens, i)
        if unit is None and 1900 <= value <= 2100 and value == int(value):
            unit = "year_date"
        lo, hi = value, value
        kind = _qualifier(tokens, start)
        if kind == "above":
            lo, hi = value, math.inf
        elif kind == "below":
            lo, hi = 0.0, value
        elif kind == "about":
            lo, hi = value * 0.85, value * 1.15
        out.append(Figure(lo, hi, unit, " ".join(tokens[start:i])))
    return tuple(out)


def _overlap(x: Figure, y: Figure) -> bool:
    # figures within 1% are the same figure (rounding); years and ordinals must be equal
    tol = (
        0.5
        if "year_date" in (x.unit, y.unit) or "ordinal" in (x.unit, y.unit)
        else 0.01 * max(abs(x.low), abs(y.low), 1.0)
    )
    return x.low <= y.high + tol and y.low <= x.high + tol


def compare(a: Sentence, b: Sentence) -> tuple[list[Finding], bool]:
    """Conflicting figures, and whether the two claims share at least one figure."""
    fa, fb = figures(a.text), figures(b.text)
    found: list[Finding] = []
    shared = any(_overlap(x, y) and (x.unit == y.unit or None in (x.unit, y.unit)) for x in fa for y in fb)
    for unit in sorted({f.unit or "" for f in fa} & {f.unit or "" for f in fb}):
        xa = [f for f in fa if (f.unit or "") == unit]
        xb = [f for f in fb if (f.unit or "") == unit]
        if not any(_overlap(x, y) for x in xa for y in xb):
            found.append(
                Finding(
                    "contradict",
                    1.0 if unit else 0.6,
                    Evidence(
                        NAME,
                        (xa[0].text, xb[0].text),
                        f"{xa[0].text} / {xb[0].text}: figures for {unit or 'the same thing'} differ",
                    ),
                )
            )
    return found, shared


def detect(a: Sentence, b: Sentence) -> list[Finding]:
    return compare(a, b)[0]
