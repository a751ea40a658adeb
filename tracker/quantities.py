"""Figures in a claim: numbers with what they count, ranges, bounds and approximations.

Reads Western and Arabic-Indic digits, number words (خمسة، عشرين، ألفين), vague plurals (عشرات، آلاف),
ranges (بين 5 و7 آلاف), bounds (أكثر من، لا يقل عن، على الأقل) and approximations (نحو، قرابة). The
lexicon is in rules/ar/numbers.yaml. Also reads the date a claim gives (14 أيار 2015) for `time`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.lang.ar.stop_words import STOP_WORDS

from tracker import rules
from tracker.arabic import ARTICLE, CONJUNCTIONS, POSSESSIVES, norm, stems, unsuffixed
from tracker.models import Quantity

_DIGIT = r"[0-9\u0660-\u0669\u06f0-\u06f9]"
CLAUSE_MARKS = re.compile(r"[،,.؛;:!?؟]")
_SENTENCE_MARKS = re.compile(r"[.؛;!?؟]")
_QUOTE_ENDS = re.compile(r"»")  # (” opens as often as it closes: من ” داعش ”)
_TOKEN = re.compile(rf"{_DIGIT}+(?:[.,\u066b\u066c]{_DIGIT}+)*|[\u0621-\u065f\u0670-\u06d3\u0640a-zA-Z]+|-")


class Unit(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = Field(pattern=r"^[a-z_]+$")
    period: bool = Field(default=False, description="A duration: a claim with one counts a flow.")
    compared: bool = Field(default=True, description="False for a measure (a distance): not disputed.")
    persons: bool = Field(default=True, description="Counts people: 'persons' (شخصا) may stand for it.")
    casualty: bool = Field(default=False, description="Counts the dead or wounded of one event.")
    before: list[str] = Field(default_factory=list, description="Event nouns ahead of the figure.")
    before_people: list[str] = Field(
        default_factory=list, description="Verbs ahead of a figure that count this only of people: خسرنا."
    )
    after: list[str] = Field(default_factory=list, description="Counted nouns after the figure.")
    after_persons: list[str] = Field(
        default_factory=list, description="Verbs only after 'persons' that count this: 3 آلاف شخص فروا."
    )
    whose: bool = Field(
        default=True,
        description="A group after it says whose; false where من says where from: نزح 90 من قرى.",
    )
    status: bool = Field(
        default=False,
        description="Its counted noun names people by their state, whom another event befalls: قتل 12 نازحا.",
    )
    measure: bool = Field(
        default=False,
        description="An amount of a thing (money, weight, a share), told by the noun after the figure alone.",
    )
    gathering: bool = Field(
        default=False,
        description="Those gathered for one occasion (a match, an exam): any one of them is a thing denied.",
    )


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
    bound_subjects: list[str] = Field(
        default_factory=list, description="لا يتجاوز عددهم 150: the number of them, inside a bound."
    )
    totals_after: list[str] = Field(default_factory=list, description="فقط after a figure: the whole count.")
    adjectival: list[str] = Field(default_factory=list, description="ONE qualifying a noun: في موقع واحد.")
    only_before: list[str] = Field(default_factory=list, description="إلا، سوى: all an event left follows.")
    totals_before: list[str] = Field(
        default_factory=list, description="A toll before a figure: the whole count (حصيلة الهجوم بلغت أربعة)."
    )
    toll_heads: list[str] = Field(
        default_factory=list, description="حصيلة قتلى، عدد القتلى: a toll whose figure counts the dead."
    )
    anaphoric_counts: list[str] = Field(
        default_factory=list, description="العدد: a count of what the article counted just before."
    )
    part_markers: list[str] = Field(default_factory=list)
    aside_openers: list[str] = Field(
        default_factory=list, description="جميعهم: an aside on all the counted before what befell them."
    )
    approx: list[str]
    approx_tolerance: float = Field(ge=0, le=1)
    range_openers: list[str]
    range_joiners: list[str]
    units: list[Unit]
    months: dict[str, int]
    weekdays: dict[str, int] = Field(default_factory=dict, description="Day names, Monday = 0.")
    past_marks: list[str] = Field(default_factory=list, description="الماضي after a day's name.")
    dual: Dual | None = None
    not_counts: list[str] = Field(default_factory=list, description="Number words that name something else.")
    teen_units: dict[str, float] = Field(default_factory=dict, description="Units only used before عشر.")
    teen_tens: list[str] = Field(default_factory=list, description="The ten of 11-19 (عشر، عشرة).")
    shares_before: list[str] = Field(default_factory=list, description="Words before a share (بنسبة).")
    shares_after: list[str] = Field(default_factory=list, description="Words or signs after one (%).")
    share_unit: str | None = Field(default=None, description="The measure unit of a share; none: no figure.")
    compound_joiner: str | None = Field(default=None, description="42 ألفا و384: the و that adds on.")
    generic_counted: list[str] = Field(default_factory=list, description="Nouns that say only 'persons'.")
    others: list[str] = Field(default_factory=list, description="وأصيب تسعة آخرون: of the group before.")
    not_counted: list[str] = Field(default_factory=list, description="Words after a figure, not counted.")
    whose: list[str] = Field(default_factory=list, description="16 قتيلا من الحوثيين: من، في صفوف.")
    whose_heads: list[str] = Field(default_factory=list, description="من أفراد المقاومة: أفراد، عناصر.")
    not_whose: list[str] = Field(default_factory=list, description="14 جثة من تحت الأنقاض: places, no group.")
    state_forces: list[str] = Field(default_factory=list, description="من الجيش، من الأمن العام: soldiers.")
    inflicting: list[str] = Field(default_factory=list, description="كبدت الجيش، تكبد الجيش: whose losses.")
    losses: list[str] = Field(default_factory=list, description="خسائر الفصائل: whose, in the genitive.")
    own_tolls: list[str] = Field(default_factory=list, description="عدد قتلاها: a side's own dead.")
    members_of: list[str] = Field(default_factory=list, description="٥ من عائلة: persons of a family.")
    one_more: list[str] = Field(
        default_factory=list, description="ست جثث وجثة الانتحاري: a unit's singular noun, one more of it."
    )
    breakdown: list[str] = Field(default_factory=list, description="هم، بينهم: parts of the figure before.")
    one_after: list[str] = Field(default_factory=list, description="مقتل، مصرع: one counted after them.")
    one_of: list[str] = Field(default_factory=list, description="جندي: a singular counting one after those.")
    ones: list[str] = Field(default_factory=list, description="قتيل، جثة: one dead or wounded, alone.")
    not_one_after: list[str] = Field(default_factory=list, description="أي، كل: no count of one after them.")
    combined_unit: str | None = Field(default=None, description="The unit of مقتل وإصابة 50.")

    @model_validator(mode="after")
    def _singulars_count_a_unit(self) -> NumberRules:
        after = {w for u in self.units for w in u.after}
        events = {w for u in self.units for w in u.before}
        for name, words, known in (
            ("one_more", self.one_more, after),
            ("one_of", self.one_of, after),
            ("ones", self.ones, after),
            ("one_after", self.one_after, events),
        ):
            if missing := [w for w in words if w not in known]:
                raise ValueError(f"{name}: {', '.join(missing)} is in no unit's list")
        if self.share_unit is not None and self.share_unit not in {u.unit for u in self.units if u.measure}:
            raise ValueError(f"share_unit: {self.share_unit} is no measure unit")
        return self


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
        self.bound_subjects = {norm(w) for w in spec.bound_subjects}
        self.totals = _phrase(spec.totals_after)
        self.totals_before = _phrase(spec.totals_before)
        self.only_before = _phrase(spec.only_before)
        self.toll_heads = {norm(w) for w in spec.toll_heads}
        self.anaphoric = {norm(w) for w in spec.anaphoric_counts}
        self.parts = _phrase(spec.part_markers)
        self.asides = _phrase([*spec.part_markers, *spec.aside_openers])
        self.teen_units = {norm(k): v for k, v in spec.teen_units.items()}
        self.teen_tens = {norm(w) for w in spec.teen_tens}
        self.shares_before = _phrase(spec.shares_before)
        self.shares_after = _phrase(spec.shares_after)
        self.share_signs = tuple(w for w in spec.shares_after if not _TOKEN.search(w))
        self.approx = _phrase(spec.approx)
        self.openers = _phrase(spec.range_openers)
        self.joiners = {norm(j) for j in spec.range_joiners}
        self.before = {norm(w): u.unit for u in spec.units for w in (*u.before, *u.before_people)}
        self.of_people = {norm(w) for u in spec.units for w in u.before_people}
        self.after_persons = {norm(w): u.unit for u in spec.units for w in u.after_persons}
        self.after = {norm(w): u.unit for u in spec.units for w in u.after}
        self.units = {u.unit for u in spec.units}
        self.periods = {u.unit for u in spec.units if u.period}
        self.uncompared = {u.unit for u in spec.units if not u.compared}
        self.person_units = {u.unit for u in spec.units if u.persons and not u.period}
        self.gatherings = {u.unit for u in spec.units if u.gathering}
        self.person_units |= {spec.combined_unit} if spec.combined_unit else set()
        self.event_units = {u.unit for u in spec.units if u.before or u.before_people}
        self.casualty_units = {u.unit for u in spec.units if u.casualty}
        self.whence_units = {u.unit for u in spec.units if not u.whose}
        self.status_units = {u.unit for u in spec.units if u.status}
        self.measures = {u.unit for u in spec.units if u.measure}
        self.casualty_units |= {spec.combined_unit} if spec.combined_unit else set()
        self.generic = {norm(w) for w in spec.generic_counted}
        self.adjectival = {norm(w) for w in spec.adjectival}
        self.others = {norm(w) for w in spec.others}
        self.no_tamyiz = {norm(w) for w in spec.not_counted} | {norm(w) for w in STOP_WORDS}
        self.joiner = norm(spec.compound_joiner) if spec.compound_joiner else None
        self.whose = _phrase(spec.whose)
        self.whose_heads = {norm(w) for w in spec.whose_heads}
        self.not_whose = {norm(w) for w in spec.not_whose}
        self.state_forces = {norm(w) for w in spec.state_forces}
        self.inflicting = {norm(w) for w in spec.inflicting}
        self.losses = {norm(w) for w in spec.losses}
        self.own_tolls = frozenset(norm(w) for w in spec.own_tolls)
        self.members_of = frozenset(norm(w) for w in spec.members_of)
        self.one_more = {norm(w) for w in spec.one_more}
        self.breakdown = {norm(w) for w in spec.breakdown}
        self.one_after = {norm(w): self.before[norm(w)] for w in spec.one_after}
        self.one_of = {norm(w) for w in spec.one_of}
        self.ones = {norm(w) for w in spec.ones}
        self.not_one_after = {norm(w) for w in spec.not_one_after}
        self.period_words = {norm(w) for u in spec.units if u.period for w in u.after}
        months = {tuple(norm(w) for w in k.split()): v for k, v in spec.months.items()}
        self.listed = {*self.words, *self.scales, *self.vague, *self.before, *self.after}
        self.dual = spec.dual
        self.not_counts = {norm(w) for w in spec.not_counts}
        self.months = sorted(months.items(), key=lambda kv: -len(kv[0]))
        self.month_starts = frozenset(words[0] for words in months)
        self.month_words = frozenset(w for words in months for w in words)
        self.weekdays = {norm(k): v for k, v in spec.weekdays.items()}
        self.past_marks = {norm(w) for w in spec.past_marks}

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


def figure_at(toks: list[Tok], i: int) -> bool:
    """A figure, in digits or words, starts at token i (حررت أربعة عمال، حررت ٣ مهندسين)."""
    return i < len(toks) and _number(lexicon(), toks, i) is not None


def _number(lex: Lexicon, toks: list[Tok], i: int) -> tuple[float, float, int, float] | None:
    """(low, high, next index, multiplier applied) of a figure starting at token i."""
    tok = toks[i]
    if tok.text[0].isdigit():
        value = written_figure(tok.text)
        if value is None:
            return None
    elif (v := lex.lookup(tok, lex.vague)) is not None:
        low, high = lex.vague[v]
        # عشرات الآلاف، بضعة آلاف: a vague count of thousands, one figure
        if i + 1 < len(toks) and (s := lex.lookup(toks[i + 1], lex.scales)) is not None:
            scale = lex.scales[s]
            return low * scale, high * scale, i + 2, scale
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
    value, j = _compound(lex, toks, j, value, factor)
    return value, value, j, factor


def _compound(lex: Lexicon, toks: list[Tok], j: int, value: float, factor: float) -> tuple[float, int]:
    """42 ألفا و384 is one figure (42384): digits after و that fit below the thousands (or millions)
    just read, and carry no scale of their own (بين 5 آلاف و7 آلاف is a range)."""
    place = factor if factor >= 1000 else 1000.0 if value >= 1000 and value % 1000 == 0 else None
    if place is None or lex.joiner is None or j + 1 >= len(toks) or toks[j].text != lex.joiner:
        return value, j
    nxt = toks[j + 1]
    more = written_figure(nxt.text) if nxt.text[0].isdigit() else None
    scaled = j + 2 < len(toks) and lex.lookup(toks[j + 2], lex.scales) is not None
    if more is None or more >= place or scaled:
        return value, j
    return value + more, j + 2


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


def _dual_noun(lex: Lexicon, toks: list[Tok], i: int) -> tuple[str, int, bool] | None:
    """(unit, next index, generic) of a dual counted noun at token i: شخصين counts two people."""
    d = lex.dual_of(toks[i])
    # مدنيين اثنين: a plural's shape, a dual before two (not أصيب 5 مدنيين اثنان منهم: five's noun; not يوم
    # الاثنين, a day)
    if (
        d is None
        and (f := lex.lookup(toks[i], lex.after)) is not None
        and _emphatic(lex, toks, i + 1) > i + 1
        and not norm(toks[i + 1].text).startswith(ARTICLE)
        and (i == 0 or _number(lex, toks, i - 1) is None)
    ):
        return lex.after[f], i + 2, f in lex.generic
    if d is None or d not in lex.after:
        return None
    return lex.after[d], _emphatic(lex, toks, i + 1), d in lex.generic


def _bound_before(lex: Lexicon, toks: list[Tok], k: int) -> int | None:
    """Start of a bound, approximation or range opener ending just before token k."""
    for phrases in (lex.lower, lex.upper, lex.approx, lex.openers):
        if (b := _bound_at(lex, toks, k, phrases)) is not None:
            return b
    return None


def _bound_at(lex: Lexicon, toks: list[Tok], k: int, phrases: list[tuple[str, ...]]) -> int | None:
    """Start of a bound ending just before token k, read past the number of the counted inside it
    (لا يتجاوز عددهم 150، لا يقل عددها عن 20)."""
    if (b := lex.ends_at(toks, k, phrases)) is not None:
        return b
    for at in (k - 1, k - 2):
        if at > 0 and lex.lookup(toks[at], lex.bound_subjects) is not None:
            b = lex.ends_at(toks[:at] + toks[at + 1 : k], k - 1, phrases)
            if b is not None and b < at:
                return b
    return None


NISBA = ("ي", "يا", "يين", "يون", "يه", "يات")
"""Endings of a nisba (عراقيا، سوريين، مدنية): a kind of person, which may stand for the counted."""


def _conjoined(tok: Tok, form: str) -> bool:
    """`form` was read past a و or ف written on the word: it opens the next item of a list (القتلى إلى
    14 والجرحى إلى 61), it is no noun of the figure before it."""
    return form != tok.forms[0] and tok.forms[0].startswith(CONJUNCTIONS)


def _tamyiz(lex: Lexicon, toks: list[Tok], text: str, end: int) -> str | None:
    """The unlisted word right after a figure, which names what it counts (طالبا، ريال), if any."""
    if end >= len(toks) or not toks[end].text[0].isalpha():
        return None
    if end > 0 and CLAUSE_MARKS.search(text, toks[end - 1].end, toks[end].start):
        return None  # بأكثر من 1000، عبروا الحدود: the next clause
    if end > 0 and _QUOTE_ENDS.search(text, toks[end - 1].end, toks[end].start):
        return None  # العدد «تجاوز ٢٥ ألفا» يقيم معظمهم: the quotation ends with the figure
    forms = toks[end].forms
    skip = (lex.no_tamyiz, lex.listed, lex.generic, lex.month_starts)
    if any(not table.isdisjoint(forms) for table in skip) or len(forms[-1]) < 2:
        return None
    return forms[-1]


FOR_WHOM = "لل"
"""The preposition ل before the article: a noun after it tells whom something is for (مخيم للنازحين), never
what an earlier noun's figure counts."""
PLURAL_VERB = "وا"
"""The ending of a verb in the masculine plural past (قتلوا، أصيبوا): its subject is people."""
NEAR_UNIT, HEAD_UNIT, FAR_UNIT = 2, 4, 16
"""How many words back a counted noun may stand from a figure: one with an unlisted word after it
(بين القتلى ثلاثة أطفال), one with people counted after it (قتلى الهجوم على الفندق خمسة جنود), one
with nothing after it, within its sentence (حصيلة قتلى الهجوم على المخيم قرب المدينة ارتفعت إلى 52)."""


def _earlier_unit(
    lex: Lexicon,
    toks: list[Tok],
    text: str,
    start: int,
    persons: bool = False,
    reach: int = FAR_UNIT,
    events: bool = False,
    headed: bool = False,
) -> str | None:
    """The unit of a counted noun earlier in the clause (عدد القتلى ... 844): not a duration, not
    'persons' itself; with `persons` one that counts people (قتلى الهجوم ... 20 شخصا: killed), with
    `events` one that counts casualties or arrests, with `headed` one that heads a toll (حصيلة قتلى)."""
    for k in range(start - 1, max(start - reach - 1, -1), -1):
        f = lex.lookup(toks[k], lex.after)
        after_figure = k > 0 and toks[k - 1].text[0].isdigit() and not (f and _conjoined(toks[k], f))
        if toks[k].text[0].isdigit() or (
            after_figure and not CLAUSE_MARKS.search(text, toks[k - 1].end, toks[k].start)
        ):
            return None  # 53 كم ويكلف 300 مليون: the noun of another figure (not past a comma: إلى 21، وقتلى)
        if _SENTENCE_MARKS.search(text, toks[k].end, toks[k + 1].start):
            return None  # another sentence
        if f is None or f in lex.generic or lex.after[f] in lex.periods:
            continue
        if k > 0 and lex.lookup(toks[k - 1], lex.not_whose) is not None:
            continue  # قتلى الهجوم على مخيم النازحين: the camp's name, not what is counted
        if norm(toks[k].text).startswith(FOR_WHOM):
            continue  # مخيم سافو للنازحين، مدرسة للأطفال: whom a place serves
        # (حصيلة قتلى الهجوم ... ستة عناصر; حصيلة قصف السوق ... ثمانية مدنيين: the toll itself heads it)
        heads_toll = lex.lookup(toks[k], lex.toll_heads) is not None
        if headed and not heads_toll and (k == 0 or lex.lookup(toks[k - 1], lex.toll_heads) is None):
            continue
        unit = lex.after[f]
        if (not persons or unit in lex.person_units) and (not events or unit in lex.event_units):
            return unit
    return None


SOLDIERS = "soldiers"
"""The unit of numbers.yaml for a state's men under arms."""


def _whose(lex: Lexicon, toks: list[Tok], text: str, k: int) -> str | None:
    """Whose casualties a figure counts, named after it: 16 قتيلا من الحوثيين، سبعة قتلى في صفوف الجيش،
    مقتل 10 من أفراد المقاومة (a head word that says only "members" is passed over)."""
    if (e := _whose_group(lex, toks, k)) is None:
        return None
    if e < len(toks) and (f := lex.lookup(toks[e], lex.after)) is not None and f not in lex.generic:
        return lex.after[f]  # 30 قتيلا من المدنيين: of civilians
    if e < len(toks) and (f := _owned(lex, toks[e])) is not None:
        return lex.after[f]  # تسعة من جنوده، أربعة من مقاتليها: of soldiers, of fighters
    if _state_force_at(lex, toks, e):
        return SOLDIERS
    return _tamyiz(lex, toks, text, e)


def _owned(lex: Lexicon, tok: Tok) -> str | None:
    """The listed counted noun under a possessive pronoun (جنوده، مقاتليها: مقاتلي+ن), if it is one."""
    base = unsuffixed(tok.text)
    if base == tok.forms[-1]:
        return None
    # (أبنائها، أعضاؤه: the hamza closing the noun takes the vowel's seat before a pronoun)
    seated = base
    if ("ائ" in tok.text or "اؤ" in tok.text) and base.endswith(("اي", "او")):
        seated = base[:-1] + "ء"
    return next((f for f in (base, base + "ن", seated) if f in lex.after and f not in lex.generic), None)


def _people(lex: Lexicon, toks: list[Tok], noun: int, counted: str | None) -> bool:
    """The counted noun at `noun` is a kind of person (مقاتلا، من مقاتليها), not 'persons' alone."""
    unit = lex.after[counted] if counted else None
    if unit is None and noun < len(toks) and (f := _owned(lex, toks[noun])) is not None:
        unit = lex.after[f]
    return _person_kind(lex, unit)


def _whose_group(lex: Lexicon, toks: list[Tok], k: int) -> int | None:
    """Where the group starts after a `whose` phrase at k (من، في صفوف), head words passed over (من
    أفراد المقاومة); None when no such phrase starts at k."""
    if (e := lex.starts_at(toks, k, lex.whose)) is None:
        return None
    if e < len(toks) and lex.lookup(toks[e], lex.not_whose) is not None:
        return None  # 14 جثة من تحت الأنقاض: where they were found
    while e < len(toks) and lex.lookup(toks[e], lex.whose_heads) is not None:
        e += 1
    return e


def _joined_events(lex: Lexicon, toks: list[Tok], start: int, end: int, after: int) -> int | None:
    """Two kinds of casualty joined by و next to a figure count both together: just before it (مقتل
    وإصابة 50), as its counted noun (عشرات القتلى والجرحى) or after بين (30 بين قتيل وجريح). Returns
    the index after the words that say so, None when they are not there."""
    events = {**lex.before, **lex.after}

    def pair(k: int) -> bool:
        if k < 0 or k + 1 >= len(toks) or not toks[k + 1].forms[0].startswith(lex.joiner or "و"):
            return False
        u, v = (lex.lookup(t, events) for t in toks[k : k + 2])
        units = {events[u] if u else None, events[v] if v else None}
        # (both with the article or both without: القتلى والجرحى، قتيل وجريح; not ١٤ قتيلا والجرحى إلى ٦١)
        definite = {any(f.startswith(ARTICLE) for f in t.forms) for t in toks[k : k + 2]}
        return len(units) == 2 and units <= lex.event_units and len(definite) == 1

    # قتل 24 وأصيب 55: the first verb has a figure of its own (past a part between commas too: 4 أشخاص،
    # بينهم ...، قتلوا وأصيب 11)
    own_figure = any(_number(lex, toks, k) for k in range(max(start - PART_ASIDE - 2, 0), start - 2))
    # (past a bound before the figure too: مقتل وإصابة أكثر من 40 شخصا)
    bounds = (b for k in BOUNDS if (b := _bound_at(lex, toks, start, getattr(lex, k))) is not None)
    if not own_figure and (pair(start - 2) or any(pair(b - 2) for b in bounds)):
        return after
    if after > end and pair(after - 1):
        return after + 1
    # (past its counted noun too: عشرات المرتزقة بين قتيل وجريح)
    for k in (end, after) if after > end else (end,):
        if k < len(toks) and "بين" in toks[k].forms and pair(k + 1):
            return k + 3
    return None


def _unit(
    lex: Lexicon, toks: list[Tok], text: str, start: int, end: int, own: tuple[str, bool] | None = None
) -> tuple[str | None, str | None, int, int]:
    """What the figure toks[start:end] counts, who the counted are when that narrows it (`of`), and
    the token range (first, after) that says so. A casualty figure may say whose dead they are after
    it (16 قتيلا من الحوثيين), or count two kinds at once (مقتل وإصابة 50: `combined_unit`)."""
    unit, of, first, after = _counted(lex, toks, text, start, end, own)
    if unit is not None and unit not in lex.event_units:
        return unit, of, first, after
    if lex.spec.combined_unit and (last := _joined_events(lex, toks, start, end, after)) is not None:
        # (عشرات المرتزقة بين قتيل وجريح: of the kind its noun names, between them)
        named = after > end and last == after + 3 and of != unit
        return lex.spec.combined_unit, of if named else None, first, last
    if unit is not None and unit not in lex.whence_units:
        # whose, after the figure, its counted noun or a casualty verb (أربعة قتلى سقطوا في صفوف المقاومة):
        # the group named says more than the kind of person counted (23 عنصرا من الفصائل)
        verb = after < len(toks) and lex.lookup(toks[after], lex.before) is not None
        places = (end, after, after + 1) if verb else (end, after)
        # (not a thing counted apart from persons: خمسة مدنيين من عائلة واحدة are civilians)
        whose = (w for k in places if (w := _whose(lex, toks, text, k)))
        of = next((w for w in whose if w in lex.person_units or w not in lex.units), None) or of
        of = of or _head_whose(lex, toks, text, first)

    return unit, of, first, after


KILLED, WOUNDED, ARRESTED = "killed", "wounded", "arrested"
"""The units of numbers.yaml for the dead, the wounded and the arrested."""


def _inflicted_on(lex: Lexicon, toks: list[Tok], text: str, start: int) -> str | None:
    """Whose losses a figure counts, named right after a verb of inflicting or suffering them (كبدت
    الجيش أكثر من 300 قتيل، تكبد الجيش 20 قتيلا)."""
    for k in range(max(0, start - HEAD_UNIT), start - 1):
        if lex.lookup(toks[k], lex.inflicting) is not None:
            return SOLDIERS if _state_force_at(lex, toks, k + 1) else _tamyiz(lex, toks, text, k + 1)
    return None


def _state_force_at(lex: Lexicon, toks: list[Tok], e: int) -> bool:
    """A state's men under arms are named at e (الجيش الموزمبيقي والقوات الرواندية، الحكومة), not with
    others joined to them (الجيش والميليشيات: the militias' men too)."""
    if e >= len(toks) or lex.lookup(toks[e], lex.state_forces) is None:
        return False
    joined = [t for t in toks[e + 1 : e + 4] if t.forms[0].startswith("وال")]
    return all(lex.lookup(t, lex.state_forces) is not None for t in joined)


NISBA_PLURALS = ("يين", "يون")
"""The endings of a people's or a group's name in the plural (الحوثيين، الفلسطينيون)."""


def _people_named(lex: Lexicon, toks: list[Tok], text: str, k: int) -> str | None:
    """A people or a group named by a definite nisba plural (قتلى الحوثيين، حصيلة قتلى الفلسطينيين): whose
    dead; not an event (قتلى الهجوم) nor a place (قتلى المدينة)."""
    if (
        k >= len(toks)
        or not toks[k].forms[0].startswith("ال")
        or not toks[k].forms[-1].endswith(NISBA_PLURALS)
    ):
        return None
    return _tamyiz(lex, toks, text, k)


def _past_bound_after(lex: Lexicon, toks: list[Tok], k: int) -> int:
    """Token k, or the token after a bound or فقط standing at k (24 شخصا على الأقل قتلوا، اثنين فقط قتلا):
    where a verb saying what befell the counted stands."""
    return lex.starts_at(toks, k, lex.lower_after) or lex.starts_at(toks, k, lex.totals) or k


def _losses_before(lex: Lexicon, toks: list[Tok], start: int) -> bool:
    """A word of losses heads the figure's clause (خسائره لم تتجاوز 11 جنديا، خسائرنا اقتصرت على ...)."""
    return any(
        unsuffixed(t.text) in lex.losses or lex.lookup(t, lex.losses) is not None
        for t in toks[max(0, start - HEAD_UNIT) : start]
    )


def _head_whose(lex: Lexicon, toks: list[Tok], text: str, start: int) -> str | None:
    """Whose casualties, named after a casualty noun earlier in the clause (حصيلة القتلى بين المدنيين
    بلغت 17 قتيلا)."""
    for k in range(start - 1, max(start - FAR_UNIT - 1, -1), -1):
        if toks[k].text[0].isdigit():
            return None
        # (a singular counts one of its own, no toll: جثة حارس وجريحين)
        f = lex.lookup(toks[k], lex.after)
        if f is not None and lex.after[f] in lex.event_units and f not in lex.ones:
            # (حصيلة قتلى الجيش ارتفعت إلى ستة: of soldiers; حصيلة القتلى المدنيين: of civilians)
            if _state_force_at(lex, toks, k + 1):
                return SOLDIERS
            kind = _kind_of_person(lex, toks[k + 1]) if k + 1 < len(toks) else None
            return _whose(lex, toks, text, k + 1) or kind or _people_named(lex, toks, text, k + 1)
        definite = k + 1 < len(toks) and any(f.startswith("ال") for f in toks[k + 1].forms)
        if definite and lex.lookup(toks[k], lex.losses) is not None:  # خسائر الفصائل ... ثلاثة قتلى
            return _tamyiz(lex, toks, text, k + 1)
    return None


def _counted(
    lex: Lexicon, toks: list[Tok], text: str, start: int, end: int, own: tuple[str, bool] | None
) -> tuple[str | None, str | None, int, int]:
    """What the figure counts, read from the nouns around it (see `_unit`).

    An event noun just ahead (مقتل 25 مدنيا) wins over the counted noun after (25 مدنيا): what the
    figure counts is the killing, of civilians; then the noun after (1000 مسلح), where a noun that says
    only "persons" takes a verb right after it (12 شخصا قتلوا) or an event noun earlier in the clause,
    and a kind of person takes a casualty noun at the head of the phrase (قتلى الهجوم خمسة جنود); then
    a duration noun ahead of a number word (الأشهر الستة); then a counted noun earlier in the clause
    (عدد المسلحين ... 5 آلاف), unless a word after the figure says it counts something else.
    `own` is what a dual noun counts itself and whether that is only "persons" (مقتل جنديين: killed,
    of soldiers; خلال يومين: days).
    """
    before = lex.lookup(toks[start - 1], lex.after) if start > 0 else None
    period = lex.after[before] if before is not None and lex.after[before] in lex.periods else None
    if period is not None and toks[start].forms[0].startswith(ARTICLE):
        return period, None, start - 1, end  # قتلوا في الأشهر الأربعة: months, whatever befell
    if own is not None:  # the event noun must come right before, bounds aside (مقتل أكثر من شخصين)
        unit, generic = own
        k = start
        while (b := _bound_before(lex, toks, k)) is not None:
            k = b
        f = lex.lookup(toks[k - 1], lex.before) if k > 0 else None
        if f is None:  # ... or a verb right after it (جنديان قتلا، مدنيين اثنين فقط قتلا)
            verb = _past_bound_after(lex, toks, end)
            f = lex.lookup(toks[verb], lex.before) if verb < len(toks) else None
            if f is None or f in lex.of_people:
                return unit, None, start, end
        event = lex.before[f]
        return event, None if generic or unit == event else unit, start, end
    noun = end + 1 if end < len(toks) and "من" in toks[end].forms else end  # 1000 من المسلحين
    # (not past a comma: إلى 21، وقتلى الجيش إلى ثلاثة, the next clause's casualty noun)
    glued = noun < len(toks) and not CLAUSE_MARKS.search(text, toks[end - 1].end, toks[noun].start)
    counted = lex.lookup(toks[noun], lex.after) if glued else None
    if counted is not None and _conjoined(toks[noun], counted):
        counted, glued = None, False
    if glued and counted is None and noun > end:  # 6 من جنودها، تسعة من مواطنيها: the counted, possessed
        counted = _owned(lex, toks[noun])
    generic = glued and lex.lookup(toks[noun], lex.generic) is not None
    if (
        noun > end and counted is not None and _of_family(lex, toks, noun)
    ):  # ٥ من عائلة واحدة: persons, of one family (its "one" no count of its own: `_qualifies`)
        counted, generic = None, True
    tamyiz = None if counted or generic else _tamyiz(lex, toks, text, end)
    after = noun + 1 if counted or generic else end + 1 if tamyiz else end
    lead = start  # past a bound (قتلوا ما لا يقل عن ثمانية مدنيين)
    while (b := _bound_before(lex, toks, lead)) is not None:
        lead = b
    for k in range(lead - 1, max(lead - 4, -1), -1):
        if (f := lex.lookup(toks[k], lex.before)) is not None:
            if f in lex.of_people and not _people(lex, toks, noun, counted):
                continue  # خسرت 20 مليون دولار: a loss, of no one
            event = lex.before[f]
            # the counted noun says what it counts: سقوط 30 جريحا (which casualty), قضى ثلاث سنوات (no one
            # befell, a span)
            told = lex.after[counted] if counted else None
            own_event = told in lex.event_units and (told == event or told not in lex.status_units)
            if told is not None and (own_event or told not in lex.person_units):
                return told, None, start, after
            of = tamyiz if not counted or generic else lex.after[counted]
            return event, None if of == event else of, start, after
    # a verb right after the counted (past a bound, or فقط) says what befell them: 24 شخصا على الأقل
    # قتلوا، 27 مدنيا قتلوا، 11 طفلا أصيبوا، مدنيين اثنين فقط قتلا
    verb = _past_part_aside(lex, toks, text, _past_bound_after(lex, toks, after))
    # 27 مسلحا من التنظيم قتلوا: whose, then what befell them
    # (تسعة عناصر من الأمن العام قتلوا: a group of two words)
    group = _whose_group(lex, toks, verb)
    if group is not None:
        after_group = [k for k in (group + 1, group + 2) if k < len(toks)]
    elif counted and verb < len(toks) and (noun > end or toks[verb].forms[0].startswith("ال")):
        # ثلاثة من عناصر اللواء قتلوا، تسعة من أفراد دفاع شبوة قتلوا: whose, in the genitive of a counted
        # noun after من or before a definite word, in one or two words (not a verb of the next clause:
        # ... وأصيب خمسة)
        after_group = [k for k in (verb + 1, verb + 2) if k < len(toks) and not toks[k].text.startswith("و")]
    else:
        after_group = []
    verb = next((k for k in after_group if lex.lookup(toks[k], lex.before) is not None), verb)
    person = generic or tamyiz is not None or (counted and lex.after[counted] in lex.person_units)
    # ثمانية قتلوا في ليلة الأحد: a verb in the plural right after the figure counts people
    plural_verb = verb == end < len(toks) and toks[verb].forms[0].endswith(PLURAL_VERB)
    person = person or (not counted and plural_verb)
    kind = None if generic else tamyiz or (lex.after[counted] if counted else None)
    if kind in lex.event_units and kind not in lex.status_units:  # 25 قتيلا سقطوا: it says what befell them
        person, kind = False, None
    # (خسر / فقد count the dead only before them, فقد 5 من جنوده: after, أربعة أشخاص فقدوا, they went missing)
    f = _verb_of(lex, toks[verb]) if person and verb < len(toks) else None
    if f is not None and f not in lex.of_people:
        return lex.before[f], kind, start, after
    if generic and verb < len(toks) and (f := lex.lookup(toks[verb], lex.after_persons)) is not None:
        return lex.after_persons[f], None, start, after  # 3 آلاف شخص فروا: displaced
    # 11 طفلا على الأقل كانوا بين القتلى: a part of the dead, named after the counted
    among = _said_after(lex, toks, text, verb, lex.parts, PART_REACH) if person else None
    if among is not None and (f := lex.lookup(toks[among - 1], lex.after)) is not None:
        return lex.after[f], kind, start, after
    if generic:
        # عدد قتلى الهجوم ارتفع إلى 20 شخصا: killed; عدد القتلى المدنيين بلغ 800 شخص: killed, of civilians
        kind = _earlier_unit(lex, toks, text, start, persons=True)
        head = _earlier_unit(lex, toks, text, start, persons=True, events=True)
        if head is not None:
            return head, kind if kind != head else None, start, after
        if kind is not None:
            return kind, None, start, after
    if counted:
        unit = lex.after[counted]
        # (a toll heading the clause reaches further: ارتفعت حصيلة قتلى الهجوم على الحاجز قرب البلدة إلى ستة
        # عناصر)
        head = _earlier_unit(lex, toks, text, start, reach=HEAD_UNIT, events=True) or _earlier_unit(
            lex, toks, text, start, events=True, headed=True
        )
        if head is not None and _person_kind(lex, unit):
            return head, unit, start, after  # قتلى الهجوم خمسة جنود: killed, of soldiers
        return unit, None, start, after
    if period is not None:
        return period, None, start - 1, end
    # a word after the figure that is no kind of person (ريال) leaves it to a counted noun right before
    # it (بين القتلى ثلاثة أطفال); further back (القروض ... لتبلغ 313 مليار ريال) is another thing
    near = tamyiz is not None and not tamyiz.endswith(NISBA)
    reach = NEAR_UNIT if near else FAR_UNIT
    # a casualty noun heading the clause wins over a kind of person nearer the figure (حصيلة قتلى
    # الهجوم على مخيم النازحين ارتفعت إلى 52: killed, not displaced people)
    earlier = _earlier_unit(lex, toks, text, start, reach=reach, events=True)
    if earlier is not None and tamyiz is None:
        return earlier, _kind_after_event(lex, toks, start, reach), start, after
    return earlier or _earlier_unit(lex, toks, text, start, reach=reach), tamyiz, start, after


OBJECT_PRONOUNS = tuple(p for p in POSSESSIVES if p != "نا")
"""Pronouns a verb takes as its object (قتلهم، خطفها); not نا, which ends a verb of ours (قتلنا)."""


def _verb_of(lex: Lexicon, tok: Tok) -> str | None:
    """The `before` form of a verb after the counted, its object pronoun read past (ثلاثة جنود قتلهم قناص،
    أربعة من العمال خطفهم مسلحون: what befell them)."""
    if (f := lex.lookup(tok, lex.before)) is not None:
        return f
    # (the word itself or past its و: not past a preposition, بأسرهم is "with their families"; nor a ة, which
    # normalized reads as the pronoun ه: أسرة، قضية)
    if tok.text.endswith("ة"):
        return None
    w = tok.forms[0][1:] if tok.forms[0].startswith(CONJUNCTIONS) else tok.forms[0]
    return next((w[: -len(p)] for p in OBJECT_PRONOUNS if w.endswith(p) and w[: -len(p)] in lex.before), None)


PART_ASIDE = 16
"""The most words of a part told between commas after the counted (١٨ مدنيا، بينهم خمسة أطفال، قتلوا)."""
PART_BARE = 5
"""... and of one told with no commas, before the verb (١٢ شخصا بينهم أربعة أطفال قضوا)."""


def _past_part_aside(lex: Lexicon, toks: list[Tok], text: str, k: int) -> int:
    """The word after a part of the counted, or a word on all of them, told between commas (بينهم خمسة
    أطفال، ... / جميعهم رعاة، ...; or a part with no commas right before that verb) that opens at k, where
    the verb saying what befell them stands; k itself otherwise."""
    if k >= len(toks) or lex.starts_at(toks, k, lex.asides) is None:
        return k
    if k == 0 or not CLAUSE_MARKS.search(text, toks[k - 1].end, toks[k].start):
        # (١٢ شخصا بينهم أربعة أطفال قضوا: the part told with no commas, the verb right after it)
        verbs = (j for j in range(k + 2, min(k + PART_BARE, len(toks))) if lex.lookup(toks[j], lex.before))
        j = next(verbs, None)
        return j if j is not None and not CLAUSE_MARKS.search(text, toks[k].end, toks[j].start) else k
    ends = (
        j
        for j in range(k + 1, min(k + PART_ASIDE, len(toks)))
        if CLAUSE_MARKS.search(text, toks[j - 1].end, toks[j].start)
    )
    return next(ends, k)


def _kind_after_event(lex: Lexicon, toks: list[Tok], start: int, reach: int) -> str | None:
    """The kind of person right after the casualty noun a figure counts (عدد القتلى المدنيين «لا يتجاوز
    سبعة»: of civilians); a kind further on is something else (قتلى القصف على مخيم النازحين)."""
    for k in range(start - 1, max(start - reach - 1, 0), -1):
        if (f := lex.lookup(toks[k - 1], lex.after)) is not None and lex.after[f] in lex.event_units:
            return _kind_of_person(lex, toks[k])
    return None


def _kind_of_person(lex: Lexicon, tok: Tok) -> str | None:
    """The kind of person a word names (المدنيين: civilians), not persons alone nor a casualty."""
    g = lex.lookup(tok, lex.after)
    unit = lex.after[g] if g is not None and g not in lex.generic else None
    return unit if _person_kind(lex, unit) else None


def _person_kind(lex: Lexicon, unit: str | None) -> bool:
    """The unit counts a kind of person (civilians, soldiers), not what befell them (killed)."""
    return unit in lex.person_units and unit not in lex.event_units


def _is_date_part(lex: Lexicon, toks: list[Tok], start: int, end: int, value: float, period: bool) -> bool:
    """A day of a month (3 من آذار، تموز 14) or a year (عام 2014), not a count."""
    year = value.is_integer() and 1900 <= value <= 2100
    if period or not (value.is_integer() and 1 <= value <= 31):
        return year
    near = toks[max(start - 1, 0) : start] + toks[end : end + 2]
    return any(f in lex.month_words for t in near for f in t.forms)


def _share(lex: Lexicon, toks: list[Tok], text: str, start: int, end: int) -> bool:
    """The figure toks[start:end] is a percentage (بنسبة 15، 20 في المئة، 11%), not a count."""
    if lex.ends_at(toks, start, lex.shares_before) is not None:
        return True
    if lex.starts_at(toks, end, lex.shares_after) is not None:
        return True
    return text[toks[end - 1].end :].lstrip().startswith(lex.share_signs) if lex.share_signs else False


def _measure(lex: Lexicon, toks: list[Tok], end: int, share: bool) -> tuple[str, int] | None:
    """The unit of a share or an amount whose figure ends before toks[end] (15 في المئة، نسبة 15، ثلاثة
    ملايين دينار، 400 طن), and the token after its words: the noun after the figure alone says what it
    measures, whatever event noun stands before it (ضبط 40 كيلوغراما is no count of the arrested)."""
    if share and lex.spec.share_unit is not None:
        return lex.spec.share_unit, lex.starts_at(toks, end, lex.shares_after) or end
    noun = lex.lookup(toks[end], lex.after) if end < len(toks) else None
    return (lex.after[noun], end + 1) if noun is not None and lex.after[noun] in lex.measures else None


BOUNDS = ("lower", "parts", "upper", "approx")
"""The Lexicon's phrase lists that may stand before a figure, in the order that breaks a tie."""
BOUND_AFTER_REACH = 2
"""Words that may stand between a counted noun and the bound after it (20 طالبا عسكريا على الأقل)."""


PART_REACH = 1
"""Words (a copula: كانوا) between the counted and the بين القتلى that makes them a part of the dead."""
TOTAL_REACH = 5
"""Words that may stand between a figure and the فقط that makes it the whole count."""


def _bound_after(lex: Lexicon, toks: list[Tok], text: str, last: int) -> int | None:
    """End index of a lower bound (على الأقل) a few words after the figure, in its clause."""
    return _said_after(lex, toks, text, last, lex.lower_after, BOUND_AFTER_REACH)


def _said_after(
    lex: Lexicon, toks: list[Tok], text: str, last: int, phrases: list[tuple[str, ...]], reach: int
) -> int | None:
    """End index of one of the phrases at most `reach` words after token `last`, in its clause."""
    for k in range(last, min(last + reach + 1, len(toks))):
        if k > 0 and CLAUSE_MARKS.search(text, toks[k - 1].end, toks[k].start):
            return None
        if (e := lex.starts_at(toks, k, phrases)) is not None:
            return e
    return None


def _said_before(
    lex: Lexicon, toks: list[Tok], text: str, first: int, phrases: list[tuple[str, ...]], floor: int
) -> bool:
    """One of the phrases starts at most TOTAL_REACH words before token `first`, in its clause and after
    token `floor` (the end of the figure before)."""
    for k in range(first - 1, max(floor - 1, first - TOTAL_REACH - 1), -1):
        if CLAUSE_MARKS.search(text, toks[k].end, toks[k + 1].start):
            return False
        if lex.starts_at(toks, k, phrases) is not None:
            return True
    return False


def _only_left(lex: Lexicon, toks: list[Tok], text: str, first: int, floor: int) -> bool:
    """The figure is all an event left (لم يسفر إلا عن مقتل شرطيين اثنين), not all a side lost of its own
    (لم تفقد سوى تسعة جنود), told after `only_before`."""
    if not _said_before(lex, toks, text, first, lex.only_before, floor):
        return False
    k = max(k for k in range(floor, first) if lex.starts_at(toks, k, lex.only_before) is not None)
    return k == 0 or lex.lookup(toks[k - 1], lex.of_people) is None


def _of_family(lex: Lexicon, toks: list[Tok], k: int) -> bool:
    """A family named after من at k (خمسة من عائلة واحدة): whose the persons counted are, not a count of
    families."""
    return k > 0 and "من" in toks[k - 1].forms and not lex.members_of.isdisjoint(toks[k].forms)


def _qualifies(lex: Lexicon, toks: list[Tok], i: int) -> bool:
    """ONE after a noun that counts nothing qualifies it (في موقع واحد، مرة واحدة), as it does the family of
    persons counted (خمسة من عائلة واحدة), unlike ONE after a counted noun or an event (جندي واحد، مقتل واحد
    من العناصر)."""
    if i == 0 or lex.lookup(toks[i], lex.adjectival) is None:
        return False
    before = toks[i - 1]
    if _of_family(lex, toks, i - 1):
        return True  # خمسة من عائلة واحدة: one family, the persons counted before it
    return all(lex.lookup(before, table) is None for table in (lex.after, lex.generic, lex.before))


PEOPLE = "people"
"""The unit of numbers.yaml for persons of no kind."""


def opens_on_anaphor(text: str) -> bool:
    """The text opens on a count that names nothing (العدد تجاوز 25 ألفا): the article's last one; not
    one that names what it counts (العدد الأكبر من القنابل)."""
    lex = lexicon()
    toks = tokens(text[:ANAPHOR_CHARS])
    # (not the من of a bound: عددهم بأكثر من 12 ألفا)
    ends = range(2, min(4, len(toks) + 1))
    bound = {k - 1 for k in ends for b in BOUNDS if lex.ends_at(toks, k, getattr(lex, b)) is not None}
    named = any("من" in toks[k].forms and k not in bound for k in range(1, min(3, len(toks))))
    return bool(toks) and lex.lookup(toks[0], lex.anaphoric) is not None and not named


def last_counted_noun(text: str) -> str | None:
    """The unit of the last noun in `text` that names what a figure could count (عائلات الموقوفين:
    arrested): what a count with a pronoun after it (عددهم) refers to, when its own sentence names it."""
    lex = lexicon()
    units = [lex.after[k] for t in tokens(text) if (k := lex.lookup(t, lex.after)) is not None]
    units = [u for u in units if u not in lex.periods]
    return units[-1] if units else None


ANAPHOR_CHARS = 40
"""Enough of a claim's start to hold its first three words."""
ANAPHOR_REACH = 6
"""How many words into such a claim its figure stands (العدد المسجل لديها «لا يتجاوز ٢٥٠٠ شخص»)."""


def find(text: str, told_before: str | None = None) -> list[Quantity]:
    """Every counted figure in `text`, in order; `told_before` is what the article counted last before
    it, which a figure counts in a text that opens on an anaphoric count (العدد «تجاوز ٢٥ ألفا» after
    عدد النازحين بلغ 12 ألفا: displaced) where it names no kind (none, or persons alone)."""
    lex = lexicon()
    toks = tokens(text)
    anaphoric = told_before is not None and opens_on_anaphor(text)
    out: list[Quantity] = []
    listed: list[int] = []  # the token after each figure of `out` and its counted noun
    i = 0
    while i < len(toks):
        own = _dual_noun(lex, toks, i)
        got = (2.0, 2.0, own[1], 1.0) if own else _number(lex, toks, i)
        if got is None:
            one = _one(lex, toks, text, i) if i >= (listed[-1] if listed else 0) else None
            if one is not None:  # (not one more counted with the figure before: ثلاثة قتلى وقتيل رابع)
                counted, whose, j, exact = one
                # (بينها جثة امرأة: one among the counted, a part of them)
                part = lex.ends_at(toks, i, lex.parts)
                span = text[toks[i if part is None else part].start : toks[j - 1].end]
                single = 1 if exact and part is None else None
                out.append(Quantity(low=1, high=single, unit=counted, of=whose, text=span))
                listed.append(j)
            i = j if one is not None else i + 1
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
        share = _share(lex, toks, text, i, j)
        if (share and lex.spec.share_unit is None) or _qualifies(lex, toks, i):
            i = j
            continue
        if opener is not None:
            first = opener
        measure = _measure(lex, toks, j, share)
        unit: str | None
        if measure is not None:
            (unit, after), of = measure, None
        else:
            unit, of, first, after = _unit(lex, toks, text, first, j, (own[0], own[2]) if own else None)
        some_of = of is not None and of == unit  # ثلاثة من القتلى مدنيون: some of the dead, so at least this
        if some_of:
            of = None
        if _person_kind(lex, unit) and _losses_before(lex, toks, first):
            unit, of = KILLED, unit  # خسائره لم تتجاوز 11 جنديا: the dead of its side, of soldiers
        if unit in lex.event_units and of is None:
            of = _inflicted_on(lex, toks, text, first)  # كبدت الجيش أكثر من 300 قتيل: of soldiers
        if unit in lex.event_units and of is not None and _second_kind(toks, after):
            if j < len(toks) and "من" in toks[j].forms:  # اثنان من مقاتليها وسائقا: one more, of another kind
                low, high = low + 1, None if high is None else high + 1
            of, after = None, after + 1  # قتلنا 34 جنديا ومتطوعا: of both kinds
        if unit is not None and after < len(toks) and _one_more(lex, toks[after]) == unit:
            low, high, after = low + 1, None if high is None else high + 1, after + 1  # ست جثث وجثة الانتحاري
        # (a part named by its kind, 10 من الجنود, still counts what the whole counts)
        if (
            measure is None
            and unit not in lex.event_units
            and (told := _broken_down(lex, toks, text, i, j, out, listed))
        ):
            unit, of, after = told
        if (summed := _listed_with(lex, toks, text, i, j, low, high, unit, out, listed)) is not None:
            out[-1], listed[-1] = summed  # ٨ جنود و٥ متطوعين: 13 dead, of both
            i = listed[-1]
            continue
        if anaphoric and i < ANAPHOR_REACH and unit in (None, PEOPLE):
            unit = told_before
        elif anaphoric and i < ANAPHOR_REACH and told_before in lex.event_units and _person_kind(lex, unit):
            unit, of = told_before, of or unit  # عددهم بلغ 23 مدنيا after the dead: killed, of civilians
        # (2000 شخص counts people: a counted noun after it says no year)
        noun = lex.lookup(toks[j], lex.after) if j < len(toks) else None
        noun_after = (noun is not None and lex.after[noun] not in lex.periods) or (
            j < len(toks) and lex.lookup(toks[j], lex.generic) is not None
        )
        dated = (
            not noun_after and measure is None and _is_date_part(lex, toks, i, j, low, unit in lex.periods)
        )
        if unit is None or (low == high and dated):
            i = j
            continue
        last = after
        # the longest phrase before the figure says how it bounds it (لم يتجاوز 12 is at most 12, not
        # more than 12: the two words of the upper bound win over the one of the lower)
        kinds = [(k, b) for k in BOUNDS if (b := _bound_at(lex, toks, first, getattr(lex, k))) is not None]
        kind, b = min(kinds, key=lambda kb: kb[1], default=("", first))
        first = b
        if kind == "lower":
            high = None if low == high else high
        elif kind == "parts":
            high = None  # بين القتلى ثلاثة أطفال: a part, so the total is at least this
            if (
                out
                and out[-1].unit in lex.event_units
                and unit in lex.person_units
                and unit not in lex.event_units
            ):
                unit, of = out[-1].unit, unit  # ١١ قتيلا بينهم ستة مدنيين: six of the killed, civilians
        elif (
            out
            and is_part(out[-1])
            and (joined := _joined_at(lex, toks, i, listed[-1])) is not None
            and out[-1].unit in lex.event_units
            and unit in lex.person_units
            and unit not in lex.event_units
        ):
            # بينهم 9 جنود و6 مدنيين، تسعة جنود وستة مدنيين: a part too, its span opening on its و as the
            # first's on بينهم
            unit, of, high, first = out[-1].unit, unit, None, joined
        elif kind == "upper":
            low = None  # (لا يتجاوز بضعة آلاف: at most nine thousand, however few)
        elif kind == "approx" and low == high:
            low, high = low * (1 - lex.spec.approx_tolerance), high * (1 + lex.spec.approx_tolerance)
        if (e := _bound_after(lex, toks, text, last)) is not None:
            last, high = e, None
        if some_of and low is not None:
            high = None  # (ما يصل إلى 965 من القتلى: at most so many, some of the dead or all)
        # (a kind counted as such, مقتل 3 جنود فقط, stays of its kind: only a part named by من is all)
        partitive = j < len(toks) and "من" in toks[j].forms
        if of is not None and (
            (partitive and _said_after(lex, toks, text, last, lex.totals, TOTAL_REACH))
            or (
                kind != "parts"  # ارتفعت الحصيلة إلى 12 بينهم خمسة من الشرطة: five among the twelve
                and (
                    _said_before(lex, toks, text, first, lex.totals_before, listed[-1] if listed else 0)
                    or _only_left(lex, toks, text, first, listed[-1] if listed else 0)
                )
                # (حصيلة قتلى الجيش ارتفعت إلى ستة جنود: the army's toll, not the whole)
                and _head_whose(lex, toks, text, first) is None
            )
        ):
            # القتلى سبعة من عناصر القوة فقط / حصيلة الهجوم بلغت أربعة من عناصر اللواء: the whole count,
            # whoever they were, not a part of more
            of = None
        if of is None and j < len(toks) and lex.lookup(toks[j], lex.others) is not None:
            # قتل ثلاثة من مقاتلي المقاومة وأصيب تسعة آخرون: nine of the fighters too (not of a part told
            # between: ١٨ مدنيا، بينهم خمسة أطفال، قتلوا وأصيب ٤٠ آخرون)
            # (not the kind of a figure of two kinds: مهاجمين اثنين وشرطيا قتلوا، وأصيب عشرة آخرون)
            before = next((q for q in reversed(out) if not is_part(q)), None)
            two_kinds = before is not None and before.text.split()[-1].startswith(CONJUNCTIONS)
            of = before.of if before is not None and not two_kinds else None
        span = text[toks[first].start : toks[max(last, j) - 1].end]
        out.append(Quantity(low=low, high=high, unit=unit, of=of, text=span))
        listed.append(max(last, j))
        i = j
    return _summed(lex, out)


def _one(lex: Lexicon, toks: list[Tok], text: str, i: int) -> tuple[str, str | None, int, bool] | None:
    """(unit, of, next index, exact) of one dead or wounded told in the singular at token i: سقوط قتيل،
    جثة حارس (killed, of guards: one), مقتل جندي (killed, of soldiers: at least one, for the death of a
    soldier tells that one died, not that no other did); see numbers.yaml `ones`."""
    tok = toks[i]
    # (past a singular joined before it: بين قتيل وجريح)
    k = i - 1 if i > 0 and tok.text.startswith("و") and lex.lookup(toks[i - 1], lex.ones) is not None else i
    if any(f.startswith(ARTICLE) for f in tok.forms) or (
        k > 0 and lex.lookup(toks[k - 1], lex.not_one_after) is not None
    ):
        return None
    if i + 1 < len(toks) and lex.lookup(toks[i + 1], lex.adjectival) is not None:
        return None  # قتيل واحد: the number word counts it
    if (f := lex.lookup(tok, lex.ones)) is not None:
        unit, end = lex.after[f], i + 2
        kind = lex.lookup(toks[i + 1], lex.one_of) if i + 1 < len(toks) else None  # (جثة حارس: its kind)
        if kind is None:
            return unit, None, i + 1, True
    elif (
        i > 0
        and (kind := lex.lookup(tok, lex.one_of)) is not None
        and (event := lex.lookup(toks[i - 1], lex.one_after)) is not None
    ):
        unit, end = lex.one_after[event], i + 1
    else:
        return None
    # (whose, named after it: مقتل عنصر من الحزب)
    of = _whose(lex, toks, text, end) or (None if kind in lex.generic else lex.after[kind])
    return unit, of, end, f is not None


def _summed(lex: Lexicon, out: list[Quantity]) -> list[Quantity]:
    """A figure the next two break down into dead and wounded (مجموع الضحايا 1091 شخصا: 335 قتيلا و756
    جريحا) counts both kinds (`combined_unit`), not the dead its noun names."""
    combined = lex.spec.combined_unit
    if combined is None:
        return out
    for k, (q, first, second) in enumerate(zip(out, out[1:], out[2:], strict=False)):
        exact = all(x.low is not None and x.low == x.high for x in (q, first, second))
        if (
            exact
            and {first.unit, second.unit} == {KILLED, WOUNDED}
            and (first.low or 0) + (second.low or 0) == q.low
        ):
            out[k] = q.model_copy(update={"unit": combined})
    return out


def _one_more(lex: Lexicon, tok: Tok) -> str | None:
    """The unit of one more counted after the figure's noun (وجثة، وقتيل), written with و."""
    w = norm(tok.text)
    return lex.after[w[1:]] if w.startswith("و") and w[1:] in lex.one_more else None


def _second_kind(toks: list[Tok], k: int) -> bool:
    """A second counted noun joined to the first (جنديا ومتطوعا): و and a noun in the same accusative."""
    w = toks[k].text if k < len(toks) else ""
    return len(w) > 3 and w.startswith("و") and w.endswith("ا") and not w.endswith("وا") and w[1:].isalpha()


SECOND_KIND_REACH = 3
"""How many words after a figure a second kind of men joined to its noun may stand (من عناصر الجيش
والميليشيات)."""


def of_two_kinds(q: Quantity, text: str) -> bool:
    """The figure counts two kinds of men joined by و (٤٠ جنديا ومرتزقا، 60 من عناصر الجيش والميليشيات),
    of which another count may be one."""
    start = text.find(q.text)
    if start < 0:
        return False
    toks = tokens(text[start:])
    counted = [k for k, t in enumerate(toks) if t.start < len(q.text)]
    reach = toks[: (counted[-1] + 1 if counted else 0) + SECOND_KIND_REACH]
    for k, t in enumerate(reach[1:], 1):
        if CLAUSE_MARKS.search(text, start + reach[k - 1].end, start + t.start):
            return False
        if _second_kind(reach, k) or (t.text.startswith("وال") and t.text[3:].isalpha()):
            return True
    return False


def _listed_with(
    lex: Lexicon,
    toks: list[Tok],
    text: str,
    i: int,
    j: int,
    low: float | None,
    high: float | None,
    unit: str | None,
    out: list[Quantity],
    listed: list[int],
) -> tuple[Quantity, int] | None:
    """The casualty figure before and this one as one count (and its next index) where this one only adds
    another group to it after و (قتل ٨ جنود و٥ متطوعين: 13 dead): not a figure of another kind (٥ قتلى و١٠
    جرحى), nor one whose group is said after it (و3 من المهاجمين: the attackers' dead, apart)."""
    if not out or listed[-1] != i - 1 or toks[i - 1].text != lex.joiner or j >= len(toks):
        return None
    prev = out[-1]
    if prev.unit not in lex.event_units or prev.low != prev.high or low != high or low is None:
        return None
    people = unit is None or _person_kind(lex, unit)
    if not people or "من" in toks[j].forms:
        return None
    if _SENTENCE_MARKS.search(text, toks[i - 1].end, toks[j].end) or not toks[j].text[0].isalpha():
        return None
    total = (prev.low or 0) + low
    span = text[text.rfind(prev.text, 0, toks[i - 1].start) : toks[j].end]
    return Quantity(low=total, high=total, unit=prev.unit, of=None, text=span), j + 1


BREAKDOWN_REACH = 4
"""How many words a breakdown word (هم، بينهم) may stand before the first figure of the breakdown."""


def _broken_down(
    lex: Lexicon, toks: list[Tok], text: str, i: int, j: int, out: list[Quantity], listed: list[int]
) -> tuple[str, str | None, int] | None:
    """(unit, whose, next index) of a figure that breaks down the casualty figure before it by group
    (31 مقاتلا قتلوا، هم 19 من الفصائل و12 من قسد): it counts what that one counts."""
    if not out or out[-1].unit not in lex.event_units or (group := _whose_group(lex, toks, j)) is None:
        return None
    if group >= len(toks) or _SENTENCE_MARKS.search(text, toks[listed[-1] - 1].end, toks[i].start):
        return None
    # right after a breakdown word, or after the previous part of the breakdown (و12 من قسد)
    opened = any(lex.lookup(toks[k], lex.breakdown) for k in range(max(listed[-1], i - BREAKDOWN_REACH), i))
    if not opened and not (out[-1].of and i - listed[-1] <= BREAKDOWN_REACH):
        return None
    return out[-1].unit, _whose(lex, toks, text, j), group + 1


def _whole(text: str) -> int | None:
    """A whole number written in plain digits (a day, a year), else None."""
    t = norm(text)
    return int(t) if t.isdigit() else None


def find_time(text: str, published: dt.date | None = None) -> str | None:
    """The date a claim names (YYYY-MM-DD, YYYY-MM, MM-DD or YYYY), else the article's date."""
    told = told_time(text, published)
    return told if told is not None or published is None else published.isoformat()


def told_time(text: str, published: dt.date | None = None) -> str | None:
    """The date a claim names itself (a weekday read against the article's date), or None."""
    lex = lexicon()
    toks = tokens(text)
    for i in range(len(toks)):
        if lex.month_starts.isdisjoint(toks[i].forms):
            continue
        for words, month in lex.months:
            if not _words_at(toks, i, words):
                continue
            day = year = None
            back = i - 1
            if back >= 0 and "من" in toks[back].forms:
                back -= 1
            if back >= 0 and 1 <= (_whole(toks[back].text) or 0) <= 31:
                day = _whole(toks[back].text)
            nxt = i + len(words)
            # 11 أكتوبر (تشرين الأول) 2014: the month's other name, glossed, before the year of a full date
            # (not of a month alone, as often another event's: اتفاق جنيف في أكتوبر/تشرين الأول 2020)
            if day:
                nxt += next((len(w) for w, m in lex.months if m == month and _words_at(toks, nxt, w)), 0)
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
    if published is not None and (named := _weekday(lex, toks, published)) is not None:
        return named.isoformat()
    return None


def _words_at(toks: list[Tok], i: int, words: Sequence[str]) -> bool:
    """The words stand at toks[i:] (any form of each)."""
    return i + len(words) <= len(toks) and all(w in toks[i + k].forms for k, w in enumerate(words))


def _weekday(lex: Lexicon, toks: list[Tok], published: dt.date) -> dt.date | None:
    """The day a weekday name points to (مساء الخميس، أمس السبت): the latest such day on or before
    the article's date, a week earlier after الماضي (الجمعة الماضي in a Friday paper)."""
    for i, tok in enumerate(toks):
        name = lex.lookup(tok, lex.weekdays)
        if name is None:
            continue
        back = (published.weekday() - lex.weekdays[name]) % 7
        if back == 0 and i + 1 < len(toks) and lex.lookup(toks[i + 1], lex.past_marks) is not None:
            back = 7
        return published - dt.timedelta(days=back)
    return None


def is_period(q: Quantity) -> bool:
    return q.unit in lexicon().periods


def _joined_at(lex: Lexicon, toks: list[Tok], i: int, last: int) -> int | None:
    """Where a figure at i joined by و to the figure that ended at `last` opens: on its own و (و6), or on
    itself, the و glued (وستة); None when it is not so joined."""
    if lex.joiner is None:
        return None
    if last == i - 1 and toks[i - 1].text == lex.joiner:
        return i - 1
    return i if last == i and toks[i].text.startswith(lex.joiner) else None


def is_part(q: Quantity) -> bool:
    """بينهم 9 من المقاتلين: a figure told as a part of the one before it (and و6 مدنيين after it)."""
    lex = lexicon()
    if lex.joiner is not None and q.text.startswith(lex.joiner) and q.high is None and q.of is not None:
        return True
    return told_among(q)


def told_among(q: Quantity) -> bool:
    """بينهم ستة: a figure after a word of parts, some of the count before it (not one joined to it by و,
    17 شابا وأكثر من 20 من النازحين, which with it makes up the whole)."""
    return Lexicon.starts_at(tokens(q.text), 0, lexicon().parts) is not None


PARTITIVE = "منهم"
"""A part marker that is as often "of them" after a figure (العشرات منهم): a part only opening a clause."""
_PART_ENDS = re.compile(r"[،,.؛;:!?؟»]")


def without_parts(text: str) -> str:
    """The text less each part of the counted: told between commas, from its marker to the clause's end
    (، بينها جثة امرأة مسنة); else its marker and figure (بينهم 15 أجنبيا أوقفوا في الحملة), or its
    marker and the word after it (بينهم نساء جراء القصف). Who some of them were, not which event
    befell them."""
    toks, lex = tokens(text), lexicon()
    cuts: list[tuple[int, int]] = []
    for k, tok in enumerate(toks):
        if (cuts and tok.start < cuts[-1][1]) or lex.starts_at(toks, k, lex.parts) is None:
            continue
        if k == 0 or CLAUSE_MARKS.search(text, toks[k - 1].end, tok.start):
            stop = _PART_ENDS.search(text, tok.end)
            cuts.append((tok.start, stop.start() if stop else len(text)))
        elif PARTITIVE not in tok.forms:  # (قتلوا العشرات منهم: of them, no part told)
            parts = (q.text for q in find(text) if is_part(q))  # (read only where a part has no comma)
            told = next((t for t in parts if text.startswith(t, tok.start)), None)
            end = tok.start + len(told) if told else toks[min(k + 1, len(toks) - 1)].end
            cuts.append((tok.start, end))
    kept, at = [], 0
    for cut, resume in cuts:
        kept.append(text[at:cut])
        at = resume
    return "".join([*kept, text[at:]])


def owned(q: Quantity) -> bool:
    """أربعة من عناصره: the figure counts the men of whoever the pronoun names (a speaker's own), not a
    kind of person alone."""
    toks = tokens(q.text)
    return bool(toks) and _owned(lexicon(), toks[-1]) is not None


def own_losses(q: Quantity, text: str) -> bool:
    """The dead counted are the losses of whoever a pronoun names (خسائرها «لا تتجاوز سبعة قتلى»، اقتصرت
    خسائرنا على قتيلين، خسائر قواته): a side's count of its own men."""
    at = text.find(q.text)
    if q.unit != KILLED or at < 0:
        return False
    lex = lexicon()
    lead, losses = tokens(text[:at])[-HEAD_UNIT:], lex.losses
    if any(norm(t.text) in lex.own_tolls for t in lead):
        return True  # عدد قتلاها «لم يتجاوز سبعة»
    possessed = [unsuffixed(t.text) != t.forms[-1] for t in lead] + [False]
    # (خسائر قواته، خسائر مقاتليها: the possessive on the men after the word of losses)
    return any(
        unsuffixed(t.text) in losses and (possessed[k] or possessed[k + 1]) for k, t in enumerate(lead)
    )
