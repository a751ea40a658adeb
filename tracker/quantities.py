"""Figures in a claim: numbers with what they count, ranges, bounds and approximations.

Reads Western and Arabic-Indic digits, number words (خمسة، عشرين، ألفين), vague plurals (عشرات، آلاف),
ranges (بين 5 و7 آلاف), bounds (أكثر من، لا يقل عن، على الأقل) and approximations (نحو، قرابة). The
lexicon is in rules/ar/numbers.yaml. Also reads the date a claim gives (14 أيار 2015) for `time`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from tracker import rules
from tracker.arabic import norm, stems
from tracker.models import Quantity

_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
_TOKEN = re.compile(rf"{_DIGIT}+(?:[.,\u066b\u066c]{_DIGIT}+)*|[\u0621-\u065f\u0670-\u06d3\u0640a-zA-Z]+|-")


class Unit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = Field(pattern=r"^[a-z_]+$")
    period: bool = Field(default=False, description="A duration: a claim with one counts a flow.")
    before: list[str] = Field(default_factory=list, description="Event nouns ahead of the figure.")
    after: list[str] = Field(default_factory=list, description="Counted nouns after the figure.")


class Dual(BaseModel):
    """How a dual noun is written: singular + ending; ta marbuta becomes `feminine_stem` before it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    endings: list[str] = Field(min_length=1)
    feminine_stem: str = Field(min_length=1)
    min_stem: int = Field(default=3, ge=2, description="Shorter stems are other words (كمين is no km).")


class NumberRules(BaseModel):
    """rules/ar/numbers.yaml"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, tuple[float, float]]
    lower_bounds: list[str]
    upper_bounds: list[str]
    lower_bounds_after: list[str] = Field(default_factory=list)
    part_markers: list[str] = Field(default_factory=list)
    approx: list[str]
    approx_tolerance: float = Field(ge=0, le=1)
    range_openers: list[str]
    range_joiners: list[str]
    units: list[Unit]
    months: dict[str, int]
    dual: Dual | None = None
    not_counts: list[str] = Field(default_factory=list, description="Number words that name something else.")
    teen_units: dict[str, float] = Field(default_factory=dict, description="Units only used before عشر.")
    teen_tens: list[str] = Field(default_factory=list, description="The ten of 11-19 (عشر، عشرة).")
    shares_before: list[str] = Field(default_factory=list, description="Words before a share (بنسبة).")
    shares_after: list[str] = Field(default_factory=list, description="Words or signs after one (%).")


@dataclass(frozen=True, slots=True)
class Tok:
    text: str  # as written
    forms: tuple[str, ...]  # normalized stems
    start: int
    end: int


def tokens(text: str) -> list[Tok]:
    return [Tok(m.group(), stems(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrase(words: list[str]) -> list[tuple[str, ...]]:
    out = [tuple(norm(w) for w in _TOKEN.findall(p)) for p in words]
    return sorted((p for p in out if p), key=len, reverse=True)


class Lexicon:
    """numbers.yaml compiled into lookup tables of normalized forms."""

    def __init__(self, spec: NumberRules) -> None:
        self.spec = spec
        self.words = {norm(k): v for k, v in spec.words.items()}
        self.scales = {norm(k): v for k, v in spec.scales.items()}
        self.vague = {norm(k): v for k, v in spec.vague.items()}
        self.lower = _phrase(spec.lower_bounds)
        self.upper = _phrase(spec.upper_bounds)
        self.lower_after = _phrase(spec.lower_bounds_after)
        self.parts = _phrase(spec.part_markers)
        self.teen_units = {norm(k): v for k, v in spec.teen_units.items()}
        self.teen_tens = {norm(w) for w in spec.teen_tens}
        self.shares_before = _phrase(spec.shares_before)
        self.shares_after = _phrase(spec.shares_after)
        self.share_signs = tuple(w for w in spec.shares_after if not _TOKEN.search(w))
        self.approx = _phrase(spec.approx)
        self.openers = _phrase(spec.range_openers)
        self.joiners = {norm(j) for j in spec.range_joiners}
        self.before = {norm(w): u.unit for u in spec.units for w in u.before}
        self.after = {norm(w): u.unit for u in spec.units for w in u.after}
        self.periods = {u.unit for u in spec.units if u.period}
        self.period_words = {norm(w) for u in spec.units if u.period for w in u.after}
        months = {tuple(norm(w) for w in k.split()): v for k, v in spec.months.items()}
        self.listed = {*self.words, *self.scales, *self.vague, *self.before, *self.after}
        self.dual = spec.dual
        self.not_counts = {norm(w) for w in spec.not_counts}
        self.months = sorted(months.items(), key=lambda kv: -len(kv[0]))
        self.month_starts = frozenset(words[0] for words in months)

    def dual_of(self, tok: Tok) -> str | None:
        """The listed singular (counted noun or scale) a dual token is made of: جنديين -> جندي, سنتين -> سنه.

        None for a word the lexicon lists as it is (مسلحين is a plural): the listed reading wins."""
        if self.dual is None or any(f in self.listed for f in tok.forms):
            return None
        for f in tok.forms:
            for ending in self.dual.endings:
                stem = f[: -len(ending)]
                if not f.endswith(ending) or len(stem) < self.dual.min_stem:
                    continue
                singulars = [stem]
                if stem.endswith(self.dual.feminine_stem):
                    singulars.insert(0, stem[: -len(self.dual.feminine_stem)] + "ه")
                found = next((s for s in singulars if s in self.after or s in self.scales), None)
                if found:
                    return found
        return None

    @staticmethod
    def lookup(tok: Tok, table: Container[str]) -> str | None:
        return next((f for f in tok.forms if f in table), None)

    @staticmethod
    def ends_at(toks: list[Tok], end: int, phrases: list[tuple[str, ...]]) -> int | None:
        """Start index of a phrase that ends just before `end`, if any."""
        for p in phrases:
            s = end - len(p)
            if s >= 0 and all(w in toks[s + k].forms for k, w in enumerate(p)):
                return s
        return None

    @staticmethod
    def starts_at(toks: list[Tok], start: int, phrases: list[tuple[str, ...]]) -> int | None:
        """End index of a phrase that starts at `start`, if any."""
        for p in phrases:
            if start + len(p) <= len(toks) and all(w in toks[start + k].forms for k, w in enumerate(p)):
                return start + len(p)
        return None


@cache
def lexicon() -> Lexicon:
    spec = rules.load("numbers")
    assert isinstance(spec, NumberRules)
    return Lexicon(spec)


_GROUPS = re.compile(r"([.,])")


def written_figure(text: str) -> float | None:
    """The value of a figure written in digits (either kind), None when it is no number.

    A separator that repeats groups thousands (1,000,000 and 1.000.000, groups of three); a single
    comma before three digits does too (1,000); otherwise the last separator is the decimal point
    (2.5, 2,5, 1,234.5, 9.381.01). Groups of another size (5.0.2: a version, a date) are no number.
    """
    parts = _GROUPS.split(norm(text))
    head, seps, groups = parts[0], parts[1::2], parts[2::2]
    if not seps:
        return float(head)
    if len(seps) == 1:
        thousands = seps[0] == "," and len(groups[0]) == 3
        return float(head + groups[0]) if thousands else float(f"{head}.{groups[0]}")
    *middle, last = groups
    if len(set(seps[:-1])) != 1 or any(len(g) != 3 for g in middle):
        return None
    whole = head + "".join(middle)
    if seps[-1] == seps[0] and len(last) == 3:
        return float(whole + last)
    return float(f"{whole}.{last}")


def _number(lex: Lexicon, toks: list[Tok], i: int) -> tuple[float, float, int, float] | None:
    """(low, high, next index, multiplier applied) of a figure starting at token i."""
    tok = toks[i]
    if tok.text[0].isdigit():
        value = written_figure(tok.text)
        if value is None:
            return None
    elif (v := lex.lookup(tok, lex.vague)) is not None:
        low, high = lex.vague[v]
        return low, high, i + 1, 1.0
    elif (d := lex.dual_of(tok)) is not None and d in lex.scales:  # مليونين، مليارين
        return 2 * lex.scales[d], 2 * lex.scales[d], _emphatic(lex, toks, i + 1), lex.scales[d]
    elif (t := _teen(lex, toks, i)) is not None:  # ثلاثة عشر، أحد عشر
        return t, t, i + 2, 1.0
    elif (w := lex.lookup(tok, lex.words)) is not None:
        definite = "ال" + w in tok.forms
        if definite and (
            "ال" + w in lex.not_counts
            or not (i > 0 and lex.lookup(toks[i - 1], lex.period_words) is not None)
        ):
            return None  # الستة counts only after a period noun (الأشهر الستة); يوم الإثنين is Monday
        value = lex.words[w]
        # خمسة وعشرين: a unit word and a tens word joined by و
        if i + 1 < len(toks) and toks[i + 1].forms[0].startswith("و"):
            tens = next((lex.words[f] for f in toks[i + 1].forms[1:] if f in lex.words), None)
            if tens and 10 <= tens < 100 and value < 10:
                return value + tens, value + tens, i + 2, 1.0
    else:
        return None
    j, factor = i + 1, 1.0
    if j < len(toks) and (s := lex.lookup(toks[j], lex.scales)) is not None:
        factor = lex.scales[s]
        value *= factor
        j += 1
    return value, value, j, factor


def _teen(lex: Lexicon, toks: list[Tok], i: int) -> float | None:
    """11-19 written as a unit word and عشر/عشرة (ثلاثة عشر، اثنتا عشرة), else None."""
    if i + 1 >= len(toks) or lex.lookup(toks[i + 1], lex.teen_tens) is None:
        return None
    if (u := lex.lookup(toks[i], lex.teen_units)) is not None:
        return 10 + lex.teen_units[u]
    w = lex.lookup(toks[i], lex.words)
    return 10 + lex.words[w] if w is not None and lex.words[w] < 10 else None


def _emphatic(lex: Lexicon, toks: list[Tok], j: int) -> int:
    """Past the numeral two that may follow a dual for emphasis (جنديين اثنين)."""
    if j < len(toks) and (w := lex.lookup(toks[j], lex.words)) is not None and lex.words[w] == 2:
        return j + 1
    return j


def _dual_noun(lex: Lexicon, toks: list[Tok], i: int) -> tuple[str, int] | None:
    """(unit, next index) of a dual counted noun at token i: شخصين counts two people."""
    d = lex.dual_of(toks[i])
    if d is None or d not in lex.after:
        return None
    return lex.after[d], _emphatic(lex, toks, i + 1)


def _bound_before(lex: Lexicon, toks: list[Tok], k: int) -> int | None:
    """Start of a bound, approximation or range opener ending just before token k."""
    for phrases in (lex.lower, lex.upper, lex.approx, lex.openers):
        if (b := lex.ends_at(toks, k, phrases)) is not None:
            return b
    return None


def _unit(
    lex: Lexicon, toks: list[Tok], start: int, end: int, own: str | None = None
) -> tuple[str | None, int, int]:
    """What the figure toks[start:end] counts, and the token range (first, after) that says so.

    An event noun just ahead (مقتل 25 مدنيا) wins over the counted noun after (25 مدنيا): what the
    figure counts is the killing; then the noun after (1000 مسلح); then a duration noun ahead of a
    number word (الأشهر الستة); then a counted noun earlier in the clause (عدد المسلحين ... 5 آلاف).
    `own` is what a dual noun counts itself (مقتل جنديين: killed; خلال يومين: days).
    """
    if own is not None:  # the event noun must come right before, bounds aside (مقتل أكثر من شخصين)
        k = start
        while (b := _bound_before(lex, toks, k)) is not None:
            k = b
        f = lex.lookup(toks[k - 1], lex.before) if k > 0 else None
        return (own if f is None else lex.before[f]), start, end
    noun = end + 1 if end < len(toks) and "من" in toks[end].forms else end  # 1000 من المسلحين
    counted = noun < len(toks) and lex.lookup(toks[noun], lex.after)
    for k in range(start - 1, max(start - 4, -1), -1):
        if (f := lex.lookup(toks[k], lex.before)) is not None:
            return lex.before[f], start, noun + 1 if counted else end
    if counted:
        return lex.after[counted], start, noun + 1
    before = lex.lookup(toks[start - 1], lex.after) if start > 0 else None
    if before is not None and lex.after[before] in lex.periods:
        return lex.after[before], start - 1, end
    for k in range(start - 1, max(start - 9, -1), -1):
        if (f := lex.lookup(toks[k], lex.after)) is not None and lex.after[f] not in lex.periods:
            return lex.after[f], start, end
    return None, start, end


def _is_date_part(lex: Lexicon, toks: list[Tok], start: int, end: int, value: float, period: bool) -> bool:
    """A day of a month or a year (عام 2014), not a count."""
    if period:
        return value.is_integer() and 1900 <= value <= 2100
    near = toks[max(start - 2, 0) : start] + toks[end : end + 2]
    month_words = {w for words, _ in lex.months for w in words}
    if any(f in month_words for t in near for f in t.forms):
        return True
    return value.is_integer() and 1900 <= value <= 2100


def _share(lex: Lexicon, toks: list[Tok], text: str, start: int, end: int) -> bool:
    """The figure toks[start:end] is a percentage (بنسبة 15، 20 في المئة، 11%), not a count."""
    if lex.ends_at(toks, start, lex.shares_before) is not None:
        return True
    if lex.starts_at(toks, end, lex.shares_after) is not None:
        return True
    return text[toks[end - 1].end :].lstrip().startswith(lex.share_signs) if lex.share_signs else False


def find(text: str) -> list[Quantity]:
    """Every counted figure in `text`, in order."""
    lex = lexicon()
    toks = tokens(text)
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        own = _dual_noun(lex, toks, i)
        got = (2.0, 2.0, own[1], 1.0) if own else _number(lex, toks, i)
        if got is None:
            i += 1
            continue
        low: float | None
        high: float | None
        low, high, j, factor = got
        first = i
        opener = lex.ends_at(toks, i, lex.openers)
        # a range: بين 5 و7 آلاف، من 10 إلى 15، 5 - 7
        joiner = j + 1 < len(toks) and any(f in lex.joiners for f in toks[j].forms)
        if joiner and (opener is not None or toks[j].text in ("-", "إلى", "الى")):
            second = _number(lex, toks, j + 1)
            if second is not None:
                _, high2, j2, factor2 = second
                if factor2 > 1 and factor == 1 and low * factor2 <= high2:  # بين 5 و7 آلاف
                    low *= factor2
                if high2 >= low:  # من 2014 إلى عشرة is a year and a count, not a range
                    high, j = high2, j2
        if _share(lex, toks, text, i, j):
            i = j
            continue
        if opener is not None:
            first = opener
        unit, first, after = _unit(lex, toks, first, j, own[0] if own else None)
        if unit is None or (low == high and _is_date_part(lex, toks, i, j, low, unit in lex.periods)):
            i = j
            continue
        last = after
        if (b := lex.ends_at(toks, first, lex.lower)) is not None:
            first, high = b, None if low == high else high
        elif (b := lex.ends_at(toks, first, lex.parts)) is not None:
            first, high = b, None  # بين القتلى ثلاثة أطفال: a part, so the total is at least this
        elif (b := lex.ends_at(toks, first, lex.upper)) is not None:
            first, low = b, None if low == high else low
        elif (b := lex.ends_at(toks, first, lex.approx)) is not None:
            first = b
            if low == high:
                low, high = low * (1 - lex.spec.approx_tolerance), high * (1 + lex.spec.approx_tolerance)
        if (e := lex.starts_at(toks, last, lex.lower_after)) is not None:
            last, high = e, None
        out.append(
            Quantity(low=low, high=high, unit=unit, text=text[toks[first].start : toks[max(last, j) - 1].end])
        )
        i = j
    return out


def _whole(text: str) -> int | None:
    """A whole number written in plain digits (a day, a year), else None."""
    t = norm(text)
    return int(t) if t.isdigit() else None


def find_time(text: str, published: dt.date | None = None) -> str | None:
    """The date a claim names (YYYY-MM-DD, YYYY-MM, MM-DD or YYYY), else the article's date."""
    lex = lexicon()
    toks = tokens(text)
    for i in range(len(toks)):
        if lex.month_starts.isdisjoint(toks[i].forms):
            continue
        for words, month in lex.months:
            if i + len(words) > len(toks) or not all(w in toks[i + k].forms for k, w in enumerate(words)):
                continue
            day = year = None
            back = i - 1
            if back >= 0 and "من" in toks[back].forms:
                back -= 1
            if back >= 0 and 1 <= (_whole(toks[back].text) or 0) <= 31:
                day = _whole(toks[back].text)
            nxt = i + len(words)
            if nxt < len(toks) and 1900 <= (_whole(toks[nxt].text) or 0) <= 2100:
                year = _whole(toks[nxt].text)
            if year is None and published is not None:
                year = published.year
            if year and day:
                return f"{year:04d}-{month:02d}-{day:02d}"
            if year:
                return f"{year:04d}-{month:02d}"
            return f"{month:02d}-{day:02d}" if day else f"{month:02d}"
    for tok in toks:
        if 1900 <= (year := _whole(tok.text) or 0) <= 2100:
            return str(year)
    return published.isoformat() if published else None


def is_period(q: Quantity) -> bool:
    return q.unit in lexicon().periods
