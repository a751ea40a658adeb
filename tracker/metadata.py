"""Article metadata written into the text itself: the title line, the dateline, the credit line.

News archives saved as plain text keep their metadata as lines of text: the headline first, a
dateline near the top ("السبت 27/يونيو/2015", "27 حزيران 2015", "2015-06-27"), on a line of its own
or opening the first paragraph ("بغداد، 27 حزيران 2015 (رويترز) – قال ..."), and a closing
"المصدر: OUTLET". Month, day and label words come from rules/ar/calendar.yaml and credit.yaml.
Matching is done on `arabic.norm` forms; nothing here changes the text that offsets point into.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from tracker import arabic, rules

HEAD_LINES = 5
"""A dateline is looked for among the first lines that hold text."""
TAIL_LINES = 2
"""A credit line is looked for among the last lines that hold text."""
MAX_TITLE = 200
"""A longer first line is a paragraph, not a headline."""
MAX_DATELINE_OTHER_WORDS = 4
"""Words in a dateline besides calendar words: a place, its country and an agency ("ربك (السودان) –
«الشرق الأوسط» –", "الرياض - واس -")."""
OPENING_DATELINE = 120
"""How far into a paragraph the dash that closes a dateline opening it may come."""
_DASH = re.compile(r"\s(?:[-–—]|ـ+)\s")
"""A dash between spaces, or tatweels standing for one ("بغداد ـ"، "البصرة (العربي الجديد) 3 مارس ــ")."""
_BRACKETED = re.compile(r"\([^()]*\)|«[^«»]*»")
_AFTER_PLACE = re.compile(rf"(?:\s*\([^()\n]*\))?{_DASH.pattern}")
"""What follows a dateline's place: a country in brackets or none, then the dash ("عمان (الأردن) –")."""
YEARS = range(1900, 2101)

Names = Annotated[list[Annotated[str, Field(min_length=1)]], Field(min_length=1)]
Twelve = Annotated[list[Names], Field(min_length=12, max_length=12)]


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MonthFamily(Rule):
    """One regional set of Gregorian month names, January first; each month lists its spellings."""

    id: str = Field(min_length=1)
    months: Twelve


class Calendar(Rule):
    """rules/ar/calendar.yaml: month and day names that datelines are written with."""

    gregorian: list[MonthFamily] = Field(min_length=1)
    hijri: Twelve = Field(description="Recognised as dateline words; Hijri dates are not converted.")
    weekdays: Annotated[list[Names], Field(min_length=7, max_length=7)] = Field(description="Sunday first.")
    dateline_words: list[str] = Field(default_factory=list)


class Credit(Rule):
    """rules/ar/credit.yaml: labels of the closing line that names the source outlet."""

    source_labels: list[str] = Field(min_length=1)


@dataclass(frozen=True, slots=True)
class TextMeta:
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None


def _alternation(names: list[str]) -> str:
    """Longest first, so that كانون الثاني wins over a shorter name; inner spaces match any run."""
    forms = sorted({arabic.norm(n) for n in names}, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms)


@dataclass(frozen=True)
class _Patterns:
    dates: tuple[re.Pattern[str], ...]
    months: dict[str, int]
    calendar_words: frozenset[str]
    credit: re.Pattern[str]


@lru_cache(maxsize=1)
def month_words() -> frozenset[str]:
    """Every word of a month's name (normalized): مارس، آذار، تشرين ..."""
    return frozenset(w for name in _patterns().months for w in name.split())


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    cal = rules.load("calendar")
    credit = rules.load("credit")
    assert isinstance(cal, Calendar) and isinstance(credit, Credit)
    months: dict[str, int] = {}
    for family in cal.gregorian:
        for number, spellings in enumerate(family.months, 1):
            for name in spellings:
                months[" ".join(arabic.norm(name).split())] = number
    month = f"(?:{_alternation(list(months))})"
    # "27 حزيران/يونيو 2015", "27 حزيران (يونيو) 2015": the second name repeats the first
    named = rf"(?P<mn>{month})(?:\s*[/(]\s*{month}\s*\)?)?"
    sep = r"\s*[-/.،,]?\s*"
    dates = (
        re.compile(rf"(?<!\d)(?P<d>\d{{1,2}}){sep}{named}{sep}(?P<y>\d{{4}})(?!\d)"),
        re.compile(r"(?<!\d)(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)"),
        re.compile(r"(?<!\d)(?P<d>\d{1,2})([-/.])(?P<m>\d{1,2})\2(?P<y>\d{4})(?!\d)"),
    )
    words = {
        w
        for names in [*(m for f in cal.gregorian for m in f.months), *cal.hijri, *cal.weekdays]
        for name in names
        for w in arabic.words(name)
    }
    words.update(arabic.norm(w) for w in cal.dateline_words)
    labels = _alternation(credit.source_labels)
    credit_line = re.compile(rf"^\s*(?:{labels})\s*[:：\-–—]\s*(?P<x>\S.*?)\s*$")
    return _Patterns(dates, months, frozenset(words), credit_line)


def find_date(line: str) -> dt.date | None:
    """The first valid calendar date written in `line` (day first when the month is a number)."""
    p = _patterns()
    text = arabic.norm(line)
    found: list[tuple[int, dt.date]] = []
    for pattern in p.dates:
        for m in pattern.finditer(text):
            parts = m.groupdict()
            number = int(parts["m"]) if parts.get("m") else p.months[" ".join(parts["mn"].split())]
            year = int(parts["y"])
            if year not in YEARS:
                continue
            try:
                found.append((m.start(), dt.date(year, number, int(parts["d"]))))
            except ValueError:
                continue
            break
    return min(found)[1] if found else None


def parse_date(value: str) -> dt.date | None:
    """A date field's value: ISO date or date-time ("2015-07-21 02:51:32"), else a written date."""
    try:
        return dt.datetime.fromisoformat(value.strip()).date()
    except ValueError:
        return find_date(value)


def _dateline(line: str) -> dt.date | None:
    """The date of a line that is a dateline: a date and few other words (calendar words and words in
    brackets aside); None for any other line."""
    if (date := find_date(line)) is None:
        return None
    words = _patterns().calendar_words
    # (an agency or country in brackets is the dateline's credit: "(بي بي سي عربي)"، "(السودان)")
    other = [w for w in arabic.words(_BRACKETED.sub(" ", line)) if not w.isdigit() and w not in words]
    return date if len(other) <= MAX_DATELINE_OTHER_WORDS else None


def _opening_dateline(line: str) -> dt.date | None:
    """The date of a dateline that opens a paragraph ("القامشلي، 14 أيلول 2027 (عنب بلدي) – أعلنت ..."):
    the shortest opening up to a dash that is a dateline."""
    return next(
        (d for dash in _DASH.finditer(line, 0, OPENING_DATELINE) if (d := _dateline(line[: dash.start()]))),
        None,
    )


def opens_dateline(text: str, start: int, end: int) -> bool:
    """The words at start..end open a line and a dash follows them ("أبوظبي - «سكاي نيوز عربية»: ..."): a
    dateline's place, where the outlet wrote from, dated or not."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip() and _AFTER_PLACE.match(text, end) is not None


def _strip_quotes(value: str) -> str:
    return value.strip().rstrip(".").strip().strip("«»\"'“”()").strip()


_SEPARATORS = re.compile(r"[:：\-–—]")


def _credit(tail: list[str]) -> str | None:
    """The outlet named by a closing `المصدر: OUTLET` line, spelled as the article spells it."""
    for line in reversed(tail):
        if _patterns().credit.match(arabic.norm(line)):
            sep = _SEPARATORS.search(line)
            value = _strip_quotes(line[sep.end() :]) if sep else ""
            return value or None
    return None


def _is_title(line: str, has_more: bool) -> bool:
    """A headline: short, not ending a sentence, with more text after it."""
    return has_more and len(line) <= MAX_TITLE and not line.endswith((".", "!", "?", "؟", ":"))


def detect(text: str) -> TextMeta:
    """Title, outlet and publication date found in the text (only its first and last lines are read).

    The title is the first line that holds text (or the second, when the first is the dateline);
    the date comes from a dateline among the first lines, or opening one of them; the outlet from a
    closing credit line.
    """
    head = [ln.strip() for ln in text[:4000].splitlines() if ln.strip()][:HEAD_LINES]
    tail = [ln.strip() for ln in text[-2000:].splitlines() if ln.strip()][-TAIL_LINES:]
    published, title, dateline_first = None, None, False
    for i, line in enumerate(head):
        if published is None and (own := _dateline(line)):
            published, dateline_first = own, i == 0
        elif published is None and (opening := _opening_dateline(line)):
            published = opening  # (a paragraph, not the title's place)
        elif (
            title is None
            and (i == 0 or (i == 1 and dateline_first))
            and _is_title(line, i + 1 < len(head))
            and not _patterns().credit.match(arabic.norm(line))
        ):
            title = line
    return TextMeta(title=title, outlet=_credit(tail), published=published)
