"""The comparer: each lattice rule, compatible look-alikes, echoes, blocking and the stance hook.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from claimkit import Article, annotated, between, by_claim, contradiction, verdicts
from typer.testing import CliRunner

from tracker import compare, entities, propositions, quantities
from tracker.cli.app import app
from tracker.extract import Extractor
from tracker.jsonio import write_jsonl
from tracker.models import Comparison, Proposition, Record
from tracker.read import ArticleText

LEAD = "تتنافس جبهة النصرة وتنظيم داعش على النفوذ في ريف حلب منذ عامين."


def pair(first: str, second: str, *, lead: str = LEAD, **kw: object) -> list[Record]:
    """Two speakers in one article, one claim each."""
    art = Article("p", lead=lead)
    art.said("المحلل سمير داود", first)
    art.said("الخبير نزار قباني", second, **kw)  # type: ignore[arg-type]
    return annotated(art)


# --- contradictions, one test per lattice rule ------------------------------------------------------


def test_no_cooperation_contradicts_cooperation() -> None:
    recs = pair("التعاون بين داعش والنصرة تصاعد في الصيف", "لا تعاون على الإطلاق بين داعش والنصرة")
    c = between(recs, "تصاعد", "الإطلاق")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert "cooperation" in c.reason


def test_no_cooperation_contradicts_tactical_coordination() -> None:
    recs = pair("ثمة تنسيق ميداني بين داعش والنصرة", "داعش والنصرة لم يتعاونا أبدا")
    c = between(recs, "ميداني", "أبدا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_alliance_against_merely_tactical_across_the_nusra_al_qaeda_link() -> None:
    recs = pair(
        "جبهة النصرة وداعش عقدا تحالفا كاملا",
        "ما يجمع القاعدة وداعش ليس تحالفا بل مجرد تنسيق تكتيكي",
    )
    c = between(recs, "كاملا", "تكتيكي")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-merely")
    assert "al_nusra branch_of al_qaeda" in c.reason


def test_merger_against_merely_tactical() -> None:
    recs = pair("داعش والنصرة قررا الاندماج", "العلاقة بين داعش والنصرة مجرد تنسيق تكتيكي")
    c = between(recs, "الاندماج", "مجرد")
    assert c and c.rule == "contradict-merely"


def test_merely_a_convergence_of_interests_denies_any_tie() -> None:
    recs = pair("داعش والنصرة يتعاونان في ريف حلب", "ما يجمع داعش والنصرة ليس تحالفا بل مجرد تقاطع مصالح")
    assert propositions.read("عند تقاطع شارع الجمهورية").relation is None  # a crossroads
    c = between(recs, "يتعاونان", "تقاطع")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-merely")
    # a convergence said plainly is no denial of the cooperation
    recs = pair("داعش والنصرة يتعاونان في ريف حلب", "التقاء مصالح بين داعش والنصرة في ريف حلب")
    c = between(recs, "يتعاونان", "التقاء")
    assert c is None or c.verdict != "contradict"


def test_conflict_contradicts_alliance() -> None:
    recs = pair("داعش والنصرة متحالفان في الشمال", "الصراع بين داعش والنصرة يتصاعد في الشمال")
    c = between(recs, "متحالفان", "الصراع")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-exclusive")


def test_a_denial_contradicts_the_claim_it_denies() -> None:
    art = Article("d", lead=LEAD)
    art.said("المتحدث باسم الفصيل ياسر حمدان", "وجود أي تحالف مع داعش", negated=True)
    art.said("المرصد المحلي", "النصرة دخلت في تحالف مع داعش", type="organization")
    recs = annotated(art)
    c = between(recs, "وجود أي", "دخلت")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_casualty_figures_that_cannot_both_hold_contradict() -> None:
    lead = "استهدف انفجار سوقا شعبية في مدينة الرقة صباح الجمعة."
    art = Article("k", lead=lead, published=dt.date(2016, 4, 8))
    art.said("مدير المستشفى عادل نصار", "الانفجار الذي نفذه داعش أسفر عن مقتل ١٢ شخصا")
    art.said("ناشطون", "داعش قتل أكثر من 40 شخصا في الانفجار", anonymous=True, type="anonymous_source")
    art.said("الدفاع المدني", "قرابة أربعين قتيلا سقطوا بتفجير داعش", type="organization")
    recs = annotated(art)
    c = between(recs, "١٢", "أكثر من 40")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")
    ok = between(recs, "أكثر من 40", "قرابة")
    assert ok and (ok.verdict, ok.rule) == ("agree", "agree-figures")


def test_a_part_of_the_dead_does_not_contradict_the_total() -> None:
    """ "Three children among the dead" bounds the total from below: it fits 12 dead."""
    lead = "استهدف انفجار سوقا شعبية في مدينة الرقة صباح الجمعة."
    art = Article("p", lead=lead, published=dt.date(2016, 4, 8))
    art.said("مدير المستشفى عادل نصار", "انفجار سوق الرقة الذي نفذه داعش أسفر عن مقتل 12 شخصا")
    art.said(
        "ناشطون",
        "بين القتلى ثلاثة أطفال في انفجار سوق الرقة الذي نفذه داعش",
        anonymous=True,
        type="anonymous_source",
    )
    recs = annotated(art)
    part = next(r for r in recs if "بين القتلى" in r.claim.text)
    assert part.proposition and [(q.low, q.high) for q in part.proposition.quantities] == [(3.0, None)]
    assert decided(recs, "12", "بين القتلى") == "compatible-part-total"
    assert between(recs, "12", "بين القتلى") is None


def decided(records: list[Record], one: str, other: str) -> str | None:
    """The rule `compare.decide` applies to two claims (compatible rules write no comparison), read
    with what their articles say (`compare.with_articles`), as `compare.compare` reads them."""
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(records)])
    a, b = (claims[records.index(by_claim(records, t))] for t in (one, other))
    d = compare.decide(a, b, compare.lattice())
    return d.rule if d else None


def test_soldiers_among_the_dead_are_a_part_unless_they_outnumber_them() -> None:
    lead = "هاجم مسلحون من داعش ثكنة للجيش قرب بلدة الحويجة فجر الثلاثاء."
    art = Article("s", lead=lead, published=dt.date(2016, 4, 12))
    art.said("محافظ كركوك راكان سعيد", "هجوم داعش على ثكنة الحويجة أسفر عن مقتل 12 شخصا")
    art.said("مصدر عسكري", "هجوم داعش على ثكنة الحويجة أسفر عن مقتل خمسة جنود", anonymous=True)
    art.said("مصدر في الشرطة", "هجوم داعش على ثكنة الحويجة أسفر عن مقتل عشرين جنديا", anonymous=True)
    recs = annotated(art)
    soldiers = by_claim(recs, "خمسة جنود").proposition
    assert soldiers and [(q.unit, q.of) for q in soldiers.quantities] == [("killed", "soldiers")]
    assert decided(recs, "12 شخصا", "خمسة جنود") == "compatible-part-total"
    c = between(recs, "12 شخصا", "عشرين جنديا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-part-exceeds")
    assert "عشرين جنديا" in c.reason.split("more than")[0]
    # two parts of different people say nothing of each other
    assert decided(recs, "خمسة جنود", "عشرين جنديا") == "contradict-figures"


def test_a_breakdown_is_not_a_rival_total() -> None:
    """5 soldiers, 5 attackers and 2 guards are 12 dead, not three counts against 12; a figure among
    several of its kind is a part even where the claim does not say whose."""
    lead = "اقتحم مسلحون فندقا في بلدة كيدال الصغيرة صباح السبت."
    art = Article("b", lead=lead, published=dt.date(2016, 3, 5))
    art.said("وزارة الدفاع", "اقتحام فندق كيدال أسفر عن مقتل 12 شخصا", type="organization")
    art.said("مصدر أمني", "قتلى اقتحام فندق كيدال خمسة جنود وخمسة قتلى من المهاجمين وحارسان", anonymous=True)
    art.said(
        "الحكومة",
        "اقتحام فندق كيدال أسفر عن ستة قتلى وجريحين من الجيش وقتيلين من المهاجمين",
        type="organization",
    )
    art.said("مصدر في الشرطة", "اقتحام فندق كيدال أسفر عن ثلاثة قتلى فقط", anonymous=True)
    recs = annotated(art)
    assert between(recs, "12 شخصا", "خمسة جنود") is None
    assert decided(recs, "12 شخصا", "ستة قتلى") == "compatible-part-total"
    c = between(recs, "ستة قتلى", "ثلاثة قتلى")  # a part of the dead outnumbers all of them
    assert c and c.rule == "contradict-part-exceeds"


@pytest.mark.parametrize(
    ("other", "verdict"),
    [
        ("انهيار جسر الزهراء أدى إلى مقتل 11 شخصا", None),  # may be the earlier toll
        ("حصيلة أولية لانهيار جسر الزهراء بلغت 30 قتيلا", "contradict"),  # a first count above the later
        ("عدد قتلى انهيار جسر الزهراء لم يتجاوز 11 شخصا", "contradict"),  # says the toll stops short of it
        ("انهيار جسر الزهراء أدى إلى مقتل 30 شخصا", "contradict"),  # more than the toll rose to
    ],
)
def test_a_toll_that_has_risen_is_later_than_a_lower_count(other: str, verdict: str | None) -> None:
    lead = "انهار جسر للمشاة فوق قناة الري في بلدة الزهراء مساء الخميس."
    art = Article("t", lead=lead, published=dt.date(2016, 9, 2))
    art.said("مسؤول في المحافظة", other, anonymous=True)
    art.said("وزارة الصحة", "حصيلة انهيار جسر الزهراء ارتفعت إلى 23 قتيلا", type="organization")
    recs = annotated(art)
    a, b = recs
    c = verdicts(recs).get(frozenset((a.id, b.id)))
    assert (c.verdict if c else None) == verdict
    if verdict is None:
        assert decided(recs, other[-12:], "23 قتيلا") == "compatible-update"


@pytest.mark.parametrize(("days", "one_event"), [(1, True), (2, False)])
def test_reports_two_days_apart_tell_two_battles(days: int, one_event: bool) -> None:
    first = Article("d1", lead="اشتباكات في حي الروضة بمدينة تعز.", published=dt.date(2015, 7, 22))
    first.said("مصادر طبية", "اشتباكات حي الروضة في تعز أسفرت عن مقتل 26 من الحوثيين", anonymous=True)
    later = dt.date(2015, 7, 22) + dt.timedelta(days=days)
    second = Article("d2", lead="اشتباكات في حي الروضة بمدينة تعز.", published=later)
    second.said("مصادر محلية", "اشتباكات حي الروضة في تعز أسفرت عن مقتل 14 من الحوثيين", anonymous=True)
    recs = annotated(first) + annotated(second)
    c = between(recs, "26 من", "14 من")  # fewer dead the next day: no toll rising
    assert (c is not None and c.rule == "contradict-figures") == one_event


def test_a_days_tally_of_scattered_incidents_is_no_rival_count() -> None:
    one = Article("t1", published=dt.date(2016, 6, 1)).said(
        "مصدر أمني", "مقتل 12 من عناصر داعش في حوادث متفرقة في مدينة الرمل", anonymous=True
    )
    two = Article("t2", published=dt.date(2016, 6, 2)).said(
        "مصدر في الشرطة", "مقتل 8 من عناصر داعش في أعمال عنف متفرقة شهدتها مدينة الرمل", anonymous=True
    )
    assert between(annotated(one, two), "12", "8 من") is None
    # the same two counts of one attack are rivals
    three = Article("t3", published=dt.date(2016, 6, 2)).said(
        "مصدر في الشرطة", "الهجوم الليلي على حاجز مدينة الرمل أسفر عن مقتل 8 من عناصر داعش", anonymous=True
    )
    four = Article("t4", published=dt.date(2016, 6, 1)).said(
        "مصدر أمني", "قوات الحاجز قتلت 12 من عناصر داعش حين هاجموا مدخل مدينة الرمل ليلا", anonymous=True
    )
    c = between(annotated(four, three), "12", "8 من")
    assert c is not None and c.verdict == "contradict"


def test_figures_of_two_years_are_two_counts() -> None:
    art = Article("y", lead="نشرت منظمة حقوقية تقريرها السنوي عن الاعتقالات.", published=dt.date(2016, 2, 10))
    art.said("المنظمة الحقوقية", "السلطات اعتقلت 150 شخصا في عام 2014", type="organization")
    art.said("مدير المنظمة سامر الحلبي", "السلطات اعتقلت أكثر من 600 شخص في عام 2015")
    recs = annotated(art)
    assert decided(recs, "150", "600") is None


def test_another_blast_in_the_same_article_is_another_count() -> None:
    lead = "هزت تفجيرات عدة مدينة الشطرة صباح الاثنين."
    art = Article("o", lead=lead, published=dt.date(2016, 8, 8))
    art.said("مصادر طبية", "سيارة ملغومة انفجرت في سوق الشطرة وأدت إلى إصابة 40 شخصا", anonymous=True)
    art.said(
        "مصادر أمنية", "سيارة ملغومة انفجرت في سوق الشطرة في هجوم آخر وأدت إلى إصابة 12 شخصا", anonymous=True
    )
    art.said("مسؤول محلي", "سيارة ملغومة انفجرت في سوق الشطرة وأدت إلى إصابة 25 شخصا", anonymous=True)
    recs = annotated(art)
    assert between(recs, "40 شخصا", "12 شخصا") is None
    c = between(recs, "40 شخصا", "25 شخصا")  # the same blast in other words: a real contradiction
    assert c and c.rule == "contradict-figures"


def test_figures_the_lattice_finds_incomparable_are_not_left_to_the_stance_judge() -> None:
    """12 dead and 30 wounded are two counts: the stance judge's figure detector alone would call them
    a contradiction."""
    from tracker import stance

    lead = "انفجرت سيارة ملغومة في سوق الخضار بمدينة الحلة صباح الأحد."
    art = Article("g", lead=lead, published=dt.date(2015, 8, 2))
    art.said("مدير الشرطة اللواء علي", "السيارة الملغومة في سوق الحلة أدت إلى مقتل 12 شخصا")
    art.said("مصدر طبي", "السيارة الملغومة في سوق الحلة أدت إلى إصابة 30 شخصا", anonymous=True)
    recs = annotated(art)
    judged = stance.judge(recs[0].claim.text, recs[1].claim.text)
    assert judged and (judged.verdict, judged.detector) == ("contradict", "numbers")
    c = between(recs, "مقتل 12", "إصابة 30", stance=True)
    assert c is None or c.verdict != "contradict"


@pytest.mark.parametrize(
    "second",
    [
        "تفجير مسجد المدينة أدى في وقت لاحق إلى مقتل 9 أشخاص قرب السوق",  # a later event
        "تفجير مسجد المدينة أدى في التفجير الأول إلى مقتل 9 أشخاص",  # one blast of a series
    ],
)
def test_a_later_event_or_one_of_a_series_has_a_count_of_its_own(second: str) -> None:
    art = Article(
        "l", lead="استهدف تفجيران انتحاريان مسجد المدينة أثناء الصلاة.", published=dt.date(2015, 7, 20)
    )
    art.said("المتحدث باسم الجيش العقيد سامي", "تفجير مسجد المدينة أدى إلى مقتل 30 شخصا")
    art.said("مصدر طبي", second, anonymous=True)
    recs = annotated(art)
    assert decided(recs, "30 شخصا", "9 أشخاص") is None


# --- undated articles on one event: what a user's own set of reports looks like ----------------------


def _market_reports() -> list[Record]:
    """Three undated reports: two of one shelling of a market (by the Houthis), one of a raid elsewhere."""
    first = Article("m1", title="27 قتيلا بقصف حوثي على سوق الخضار في مدينة الضالع")
    first.said("وزارة الصحة", "27 مدنيا قتلوا في قصف مدفعي على سوق الخضار وسط الضالع", type="organization")
    first.said("المتحدث العسكري العقيد ناصر", "قواته قصفت سوق الخضار في الضالع", negated=True)
    first.said("العميد سالم الحارثي", "طائرة مسيرة قتلت ثلاثة جنود في موقع جبلي بمحافظة لحج")
    second = Article("m2", title="تضارب في حصيلة قصف الحوثيين سوق الضالع")
    second.said("مرصد حقوقي محلي", "عدد القتلى لم يتجاوز 12 شخصا", type="organization")
    second.said("منظمة إنسانية", "القصف على سوق الضالع قتل مدنيين بينهم أطفال", type="organization")
    third = Article("m3", title="غارة للحوثيين على مستودع للوقود في مدينة البيضاء")
    third.said("مصدر محلي", "عدد القتلى بلغ 40 شخصا", anonymous=True)
    return annotated(first, second, third)


def test_undated_reports_of_one_event_meet_through_their_headlines() -> None:
    recs = _market_reports()
    c = between(recs, "27 مدنيا", "لم يتجاوز 12")  # 27 civilians among the dead: more than "at most 12"
    assert c and c.verdict == "contradict"
    assert between(recs, "27 مدنيا", "بلغ 40") is None  # another headline, another event


def test_a_denial_by_its_cue_contradicts_the_event_it_denies() -> None:
    recs = _market_reports()
    c = between(recs, "27 مدنيا", "قواته قصفت")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    # a word the sparse denial has (the market) is not in a report of another place
    assert between(recs, "قواته قصفت", "طائرة مسيرة") is None


def test_two_sources_telling_one_attack_agree_unless_their_words_are_opposed() -> None:
    recs = _market_reports()
    c = between(recs, "27 مدنيا", "بينهم أطفال", stance=True)
    assert c and (c.verdict, c.rule) == ("agree", "agree-same")
    assert between(recs, "27 مدنيا", "بينهم أطفال", stance=False) is None  # no judge, no vetting
    # سيطر and خسر are both `control`: told alike, but opposed
    assert between(_control_pair(), "سيطر", "خسر", stance=True) is not None
    assert between(_control_pair(), "سيطر", "خسر", stance=True).verdict == "contradict"  # type: ignore[union-attr]


def test_sources_counting_other_people_of_one_attack_do_not_agree() -> None:
    art = Article("f", lead="هاجم مسلحون حاجزا أمنيا عند مدخل مدينة الرمل مساء الخميس.")
    art.said("مصدر أمني", "الهجوم على حاجز الرمل أسفر عن مقتل 4 من عناصر الشرطة", anonymous=True)
    art.said("مسؤول محلي", "الهجوم على حاجز الرمل أسفر عن مقتل 9 مدنيين", anonymous=True)
    art.said("مسعف في المدينة", "الهجوم على حاجز الرمل أودى بحياة تسعة مدنيين على الأقل", anonymous=True)
    recs = annotated(art)
    # four policemen and nine civilians are other people: no agreement, and no rival counts
    assert between(recs, "4 من عناصر الشرطة", "مقتل 9 مدنيين", stance=True) is None
    c = between(recs, "مقتل 9 مدنيين", "تسعة مدنيين على الأقل", stance=True)
    assert c and c.verdict == "agree"


def test_two_sides_each_holding_the_ground_contradict() -> None:
    lead = "اندلعت معارك عنيفة فجر الأحد حول بلدة الكرامة شمالي المحافظة."
    art = Article("h", lead=lead, published=dt.date(2024, 6, 2))
    art.said("المتحدث باسم «حركة الفجر» أنور سالم", "مقاتلينا استعادوا بلدة الكرامة بعد معارك عنيفة")
    art.said("قائد في «جيش العشائر» يوسف حمدان", "قواتنا صدت الهجوم على بلدة الكرامة وما زالت تتمركز فيها")
    art.said("القيادي في «حركة الفجر» مازن عيسى", "مقاتلي الحركة يسيطرون على بلدة الكرامة بالكامل")
    art.said("قائد آخر في «جيش العشائر» سامي رضا", "قواتنا خسرت مواقعها في بلدة الكرامة")
    art.said("مسؤول محلي", "المهاجمين لم يسيطروا على أي موقع", anonymous=True)
    art.said("مصدر ميداني", "لم يتبق سوى أمتار قليلة حتى تسيطر الحركة على بلدة الكرامة", anonymous=True)
    recs = annotated(art)
    c = between(recs, "استعادوا", "صدت الهجوم")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")
    assert "?جيش عشاير" in c.reason and "?حركه فجر" in c.reason
    # one side twice is no dispute, and losing ground gives it to no one
    assert decided(recs, "استعادوا", "يسيطرون") is None
    assert decided(recs, "استعادوا", "خسرت مواقعها") is None
    # a negation inside a claim of control denies it, of whoever claims the ground (a sparse claim of
    # one report tells its ground)
    c = between(recs, "استعادوا", "لم يسيطروا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    # ... where the negator stands right before the verb of holding that leads the claim
    assert decided(recs, "استعادوا", "لم يتبق") is None


def test_who_holds_the_ground_is_the_subject_of_the_verb_of_control() -> None:
    def subject(text: str) -> frozenset[str] | None:
        held = compare._holding(text)
        return held[0] if held else None

    assert subject("«حركة الفجر» سيطرت على بلدة الكرامة") == {"?حركه فجر"}
    # repelling an attack holds its target, or the report's ground when none is named
    held = compare._holding("صددنا هجوما على مواقعنا في الهضبة")
    assert held == (frozenset(), {"مواقعن", "هضب"}, frozenset())
    assert compare._holding("الجيش صد الهجوم وكبد المتمردين خسائر فادحة")[1] == frozenset()
    assert subject("سيطرت «حركة الفجر» على بلدة الكرامة") == {"?حركه فجر"}
    # whom the ground was taken from, or who attacked it, holds nothing
    assert subject("القوات حررت بلدة الكرامة من «جيش العشائر»") == frozenset()
    assert subject("قواتنا صدت هجوما شنه «جيش العشائر» على البلدة") == frozenset()
    # a verb of holding said of something else (a relative clause, late in the claim) is no claim of it
    assert subject("الميناء الذي تسيطر عليه «حركة الفجر» مغلق") is None
    assert subject("تعطلت حركة الملاحة في الميناء منذ أسابيع بعد أن سيطرت «حركة الفجر» عليه") is None
    # an operation to take ground asserts no one holds it
    assert prop_of("بدأت عملية تحرير بلدة الكرامة من «جيش العشائر»").modality == "attempted"


def test_a_side_named_by_its_head_alone_holds_ground_against_the_other() -> None:
    """The army says it retook the town; the movement's spokesman, naming his group by its head only,
    that its fighters hold it: the article named both in full before."""
    art = Article("k", lead="اندلعت معارك بين الجيش الموريتاني وحركة «نور 7» حول بلدة الكرامة.")
    art.said("الجيش الموريتاني", "استعادة السيطرة على بلدة الكرامة", type="organization")
    art.said("المتحدث باسم الحركة سامر عواد", "مقاتلي الحركة يسيطرون على كل أحياء الكرامة")
    art.said("الجيش الموريتاني", "سقوط البلدة", negated=True, type="organization")
    recs = annotated(art)
    c = between(recs, "استعادة السيطرة", "مقاتلي الحركة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")
    assert "?حركه نور 7" in c.reason and "?جيش موريتاني" in c.reason
    # denying the fall of the town is holding it: against the movement's hold, with the army's own
    c = between(recs, "سقوط البلدة", "مقاتلي الحركة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")
    c = between(recs, "سقوط البلدة", "استعادة السيطرة")
    assert c is None or c.verdict != "contradict"


def test_the_army_by_its_head_alone_holds_against_a_group_at_war_with_the_state() -> None:
    """The article never names the army in full: الجيش is the state's, opposed to a jihadist group
    wherever it fights, but not known to be opposed to any other side (a militia may fight beside it)."""
    lead = "هاجم مسلحون معسكرا للجيش في بلدة تيسيت فجر الأحد."
    art = Article("s", lead=lead, published=dt.date(2026, 3, 1))
    jnim = "جماعة «نصرة الإسلام والمسلمين»"
    art.said(jnim, "مقاتليها سيطروا على معسكر الجيش في تيسيت", type="organization")
    art.said("الحكومة", "الجيش صد الهجوم وحافظ على مواقعه كافة", type="organization")
    art.said("قائد «قوات الدفاع الذاتي» أمادو سيسي", "«قوات الدفاع الذاتي» سيطرت على معسكر تيسيت")
    recs = annotated(art)
    c = between(recs, "مقاتليها سيطروا", "الجيش صد")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")
    assert compare.STATE_FORCES in c.reason
    assert decided(recs, "«قوات الدفاع الذاتي» سيطرت", "الجيش صد") is None


def _story(
    first_day: list[tuple[str, str]],
    second_day: list[tuple[str, str]],
    titles: tuple[str, str] = ("الحوثيون: قواتنا باقية في نهم", "صد هجوم في نهم"),
) -> list[Record]:
    """Two reports of one battle on consecutive days: headlines apart, claims sharing its places."""
    places = "صرواح ومفرق الجوف وتبة القناصين ووادي ملح ومعسكر الفرضة والمشجح والزور وجبل هيلان"
    told = [("مصدر محلي", f"القصف طال قرى {places}"), ("منظمة إغاثية", f"عشرات الأسر نزحت من {places}")]
    arts = []
    for n, (said, title) in enumerate(zip((first_day, second_day), titles, strict=True)):
        art = Article(f"n{n}", lead="تتواصل المعارك.", published=dt.date(2026, 4, n + 1), title=title)
        for speaker, claim in [*said, told[n]]:
            art.said(speaker, claim, type="organization")
        arts.append(art)
    return annotated(*arts)


def test_two_reports_of_one_story_dispute_the_ground_between_a_group_and_the_state() -> None:
    recs = _story(
        [("جماعة أنصار الله", "قواتنا ما زالت تتمركز في المواقع التي سيطرت عليها في نهم")],
        [("قيادة المنطقة", "«الجيش الوطني» أفشل هجوما واسعا فجر الخميس على مواقعه في نهم ودمر آليات"),
         ("قيادة «ألوية العمالقة»", "«ألوية العمالقة» استعادت مواقعها في نهم بعد معارك ضارية")],
    )  # fmt: skip
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    found = {w: next(c for c in claims if w in c.record.claim.text) for w in ("زالت", "أفشل", "استعادت")}
    held, foiled, retook = found.values()
    assert not compare.same_event(held, foiled, compare.lattice())  # one story, not one event by their words
    c = between(recs, "ما زالت", "أفشل")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")
    # two sides neither of which is known to be at war with the state: allies, perhaps, under two names
    assert compare.decide(foiled, retook, compare.lattice()) is None


def test_who_the_dead_were_is_disputed_across_two_reports_of_one_story() -> None:
    recs = _story(
        [("لجنة حقوقية", "جميع الضحايا «مدنيون عزل، بينهم نساء»")],
        [("قيادة المنطقة", "القتلى «مسلحون سقطوا أثناء الاشتباك»")],
    )
    assert decided(recs, "جميع الضحايا", "القتلى «مسلحون") == "contradict-identity"


def test_all_the_dead_under_arms_contradicts_civilians_among_them() -> None:
    """ "No civilian fell" said of a story's dead as a whole meets every civilian toll of the story;
    a negation of something else (no weapon in the house), or a bound (لا يقل عن), says no such thing."""
    recs = _story(
        [("قيادة القوات", "جميع القتلى من المقاتلين، ولم يسقط أي مدني")],
        [("لجنة حقوقية", "القصف قتل 12 مدنيا بينهم أربعة أطفال في صرواح")],
    )
    assert decided(recs, "جميع القتلى", "القصف قتل") == "contradict-identity"
    assert compare._no_civilian_dead("أحدا من المدنيين لم يتعرض لأذى")
    assert compare._no_civilian_dead("القتلى «كلهم مقاتلون سقطوا في المعارك»")
    assert not compare._no_civilian_dead("المنزل لم يكن فيه أي سلاح، وسكانه مدنيون")
    assert not compare._no_civilian_dead("عدد القتلى المدنيين لا يقل عن 20")
    assert not compare._no_civilian_dead("الضحايا «مدنيون، وليسوا مقاتلين»")


def test_an_agreement_reached_and_denied_in_two_reports_of_one_thread() -> None:
    """The two reports' headlines share no word, but their claims tell one story (_threads)."""
    recs = _story(
        [("الوسيط القبلي الشيخ حمد المراني", "الطرفين «توصلا إلى اتفاق على تبادل الأسرى»")],
        [("لجنة الأسرى", "لا اتفاق على تبادل الأسرى قبل الإفراج عن جميع المعتقلين"),
         ("مصدر ميداني", "القصف طال قرى صرواح ومفرق الجوف وتبة القناصين ووادي ملح")],
        titles=("وسيط: اتفاق على تبادل الأسرى", "تعثر الوساطة القبلية"),
    )  # fmt: skip
    assert decided(recs, "توصلا", "لا اتفاق") == "contradict-not-reached"


def test_two_claims_of_the_two_parties_in_one_story_speak_of_one_tie() -> None:
    """Both refer back to "the two parties": in two reports of one story they speak of one tie,
    whichever actors each report names around them."""
    recs = _story(
        [("الخبير العسكري صالح الجبري", "الطرفين «يخوضان المعركة حلفا واحدا بقيادة مشتركة»"),
         ("قيادة «ألوية العمالقة»", "«ألوية العمالقة» استعادت مواقعها في صرواح")],
        [("ضابط في قيادة المنطقة", "العلاقة بين الطرفين «لا تتعدى التنسيق الميداني»"),
         ("جماعة أنصار الله", "قواتنا ما زالت تتمركز في صرواح")],
    )  # fmt: skip
    assert decided(recs, "حلفا واحدا", "لا تتعدى") == "contradict-merely"


def test_sparse_tolls_of_two_reports_of_one_story_are_rival_counts_of_one_group_only() -> None:
    recs = _story(
        [("شبكة محلية", "عدد القتلى بلغ 31 على الأقل")],
        [("وزارة الصحة", "24 شخصا قتلوا"), ("مصدر ميداني", "سقط 40 مسلحا")],
    )
    assert decided(recs, "31 على الأقل", "24 شخصا") == "contradict-figures"  # fewer the next day
    assert decided(recs, "31 على الأقل", "40 مسلحا") is None  # a part of one, the total of the other


def test_a_lower_count_of_an_earlier_day_is_the_toll_rising() -> None:
    def called(first: str, second: str) -> str | None:
        recs = _story([("مستشفى الجفينة", first)], [("مكتب الصحة", second)])
        return decided(recs, first, second)

    assert called("ثمانية قتلى في قصف جبل المنارة", "12 قتيلا في قصف جبل المنارة") == "compatible-update"
    assert called("12 قتيلا في قصف جبل المنارة", "ثمانية قتلى في قصف جبل المنارة") == "contradict-figures"


def test_the_army_holds_against_a_side_its_story_tells_killing_soldiers() -> None:
    """An unknown group is no known enemy of the state; a claim that it killed soldiers makes it one in
    its story. The armed forces hold ground as the holder after السيطرة, not as an object."""
    lead = "اندلعت مواجهات حول بلدة تيسيت شمالي البلاد."
    art = Article("w", lead=lead, published=dt.date(2026, 3, 1))
    art.said("«جبهة الأزواد»", "مقاتليها يسيطرون على بلدة تيسيت منذ مساء الجمعة", type="organization")
    art.said("بيان هيئة الأركان", "تيسيت لا تزال تحت السيطرة الكاملة للقوات المسلحة", type="document")
    recs = annotated(art)
    assert decided(recs, "مقاتليها يسيطرون", "لا تزال تحت") is None  # allies, perhaps
    art.said("«جبهة الأزواد»", "مقاتليها قتلوا 12 عسكريا في كمين قرب تيسيت", type="organization")
    recs = annotated(art)
    assert decided(recs, "مقاتليها يسيطرون", "لا تزال تحت") == "contradict-holder"
    assert not compare._held_by("مقاتليها اقتحموا معسكر الجيش في تيسيت", "state_forces")


def test_a_body_the_table_does_not_know_holds_against_a_group_at_war_with_the_state() -> None:
    """The spokesman's body (ألوية حماية الساحل) is his side where the entity table knows no name: it
    holds against the Houthis, but not against another unknown body, which may be an ally."""
    lead = "شن الحوثيون هجوما على مواقع في تلة الرمان غربي المدينة."
    art = Article("b", lead=lead, published=dt.date(2026, 5, 2))
    held = "وحداته «صدت الهجوم وحافظت على مواقعها في تلة الرمان»"
    art.said("المتحدث باسم ألوية حماية الساحل، العقيد سالم الهاشمي", held)
    art.said("المتحدث العسكري باسم الحوثيين، العميد ناجي الكبسي", "مقاتلي الجماعة «سيطروا على تلة الرمان»")
    art.said("المتحدث باسم قوات درع الشاطئ، الرائد فهد العولقي", "قواته «سيطرت على تلة الرمان» فجر الأحد")
    recs = annotated(art)
    assert decided(recs, "وحداته «صدت", "مقاتلي الجماعة") == "contradict-holder"
    assert decided(recs, "وحداته «صدت", "قواته «سيطرت") is None
    # a spokesman's side is his body, not his name
    body = compare._body(compare.as_claim(by_claim(recs, "وحداته")))
    assert "~ساحل" in body and not any("هاشم" in x for x in body)


def test_armed_men_named_by_no_group_hold_against_the_state_s_forces() -> None:
    """وحدات الأمن العام hold for the state, مسلحين against it; ما زالوا before the verb is not counted
    in the words that may precede it."""
    art = Article("m", lead="بدأت قوى الأمن حملة في بلدة الكرك.", published=dt.date(2026, 5, 3))
    art.said("وزارة الداخلية", "وحدات الأمن العام «فرضت السيطرة الكاملة على بلدة الكرك»", type="organization")
    art.said("مصادر محلية", "مسلحين من أبناء البلدة «ما زالوا يتحصنون في الحي الغربي ومحيط السوق»")
    recs = annotated(art)
    assert decided(recs, "وحدات الأمن", "مسلحين من") == "contradict-holder"


def test_a_hold_in_full_leaves_no_part_of_the_town_to_another() -> None:
    """A town held in full against a side holding its garrison and a quarter, named no further; a hold
    not said to be full leaves room for both."""

    def recs(hold: str) -> list[Record]:
        art = Article("f", lead="تدور معارك في مدينة الرهد.", published=dt.date(2026, 5, 4))
        art.said("قوات الدعم السريع", f"قواتها {hold} على مدينة الرهد وطريق الأبيض", type="organization")
        part = "قواته «تحكم سيطرتها على مقر الحامية والأحياء الشمالية للمدينة»"
        art.said("الجيش السوداني", part, type="organization")
        return annotated(art)

    assert decided(recs("تسيطر بالكامل"), "قواتها", "قواته «تحكم") == "contradict-holder"
    assert decided(recs("تسيطر"), "قواتها", "قواته «تحكم") is None


def test_not_entering_a_town_denies_taking_it() -> None:
    art = Article("e", lead="هاجمت «قوات الفجر» بلدة تيسيت.", published=dt.date(2026, 3, 1))
    art.said("«قوات الفجر»", "مقاتليها سيطروا على بلدة تيسيت بالكامل", type="organization")
    art.said("مصدر عسكري", "مقاتلي «قوات الفجر» لم يدخلوا تيسيت أصلا", anonymous=True)
    c = between(annotated(art), "سيطروا على", "لم يدخلوا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_a_denial_of_one_people_s_dead_denies_no_other_toll() -> None:
    art = Article("r", lead="نصب مسلحون كمينا لرتل عسكري قرب بلدة تيسيت.", published=dt.date(2026, 3, 1))
    art.said(
        "الجبهة", "مقاتليها قتلوا في الكمين 30 من أفراد الرتل بينهم 7 من الفيلق الروسي", type="organization"
    )
    art.said("هيئة الأركان", "الكمين أسفر عن مقتل 4 جنود وإصابة 9", type="organization")
    art.said("مصدر عسكري", "سقوط أي قتيل روسي في الكمين", negated=True, anonymous=True)
    recs = annotated(art)
    assert decided(recs, "الفيلق الروسي", "أي قتيل روسي") == "contradict-denial"
    assert decided(recs, "مقتل 4 جنود", "أي قتيل روسي") is None


def test_a_total_with_its_parts_told_as_parts_is_one_count() -> None:
    art = Article("q", lead="اندلعت اشتباكات في بلدة تيسيت مساء السبت.")
    art.said("المرصد المحلي", "مقتل 23 شخصا في اشتباكات تيسيت، بينهم 9 من المقاتلين", type="organization")
    art.said("شبكة تيسيت الإخبارية", "عدد قتلى اشتباكات تيسيت بلغ 31 على الأقل", type="media_outlet")
    art.said("مصدر طبي", "23 شخصا قتلوا في اشتباكات تيسيت", anonymous=True)
    recs = annotated(art)
    assert decided(recs, "مقتل 23", "31 على الأقل") == "contradict-figures"
    assert decided(recs, "مقتل 23", "23 شخصا قتلوا") == "agree-figures"


def test_an_unknown_name_may_shorten_a_known_one() -> None:
    assert compare._may_be(frozenset({"?جيش وطني"})) >= {"sna"}
    # a group the table does not know is no known actor, but may be a speaker's body by its name's words
    assert compare._may_be(frozenset({"?حركه نور"})) == {"?حركه نور", "~نور"}


def prop_of(claim: str) -> Proposition:
    p = annotated(Article("o").said("مصدر عسكري", claim, anonymous=True))[0].proposition
    assert p is not None
    return p


def test_content_negation_in_an_event_claim_denies_no_event() -> None:
    art = Article("n", lead="انفجرت عبوة ناسفة قرب مسجد في حي الروضة.", published=dt.date(2016, 5, 6))
    art.said("الشرطة", "التفجير قرب مسجد الروضة قتل أربعة من المصلين", type="organization")
    art.said("وزارة الداخلية", "الخلية المعتقلة لا علاقة لها بالتفجير قرب مسجد الروضة", type="organization")
    recs = annotated(art)
    c = between(recs, "قتل أربعة", "لا علاقة")
    assert c is None or c.verdict != "contradict"


def test_one_speaker_is_one_account_in_one_report() -> None:
    art = Article("s", lead="قصفت طائرة مسيرة مخيما للنازحين شمال المدينة.", published=dt.date(2016, 5, 6))
    art.said("المستشار حامد يوسف", "قتلى القصف على المخيم سبعة مقاتلين فقط")
    art.said("المستشار حامد يوسف", "القصف على المخيم أوقع قتلى من النازحين", negated=True)
    recs = annotated(art)
    assert decided(recs, "سبعة", "أوقع") == "compatible-same-speaker"


def test_counts_of_operations_are_compared_only_in_event_claims() -> None:
    art = Article("e", lead="نشرت هيئة البريد تقريرها السنوي.", published=dt.date(2016, 1, 14))
    art.said("التقرير السنوي", "عدد العمليات البريدية بلغ 4 ملايين عملية خلال السنة", type="document")
    art.said("مدير الهيئة فهد المبارك", "عدد العمليات الإلكترونية بلغ 30 مليون عملية خلال السنة")
    recs = annotated(art)
    assert between(recs, "4 ملايين", "30 مليون") is None
    raids = Article("r", lead="قصف الطيران مواقع داعش قرب الرقة.", published=dt.date(2015, 7, 24))
    raids.said("المتحدث باسم التحالف", "الطائرات شنت 12 غارة على مواقع داعش قرب الرقة")
    raids.said(
        "ناشطون", "الطائرات شنت 30 غارة على مواقع داعش قرب الرقة", anonymous=True, type="anonymous_source"
    )
    c = between(annotated(raids), "12 غارة", "30 غارة")
    assert c and c.rule == "contradict-figures"


def test_distances_and_sums_of_money_are_not_disputed_counts() -> None:
    art = Article(
        "m", lead="افتتحت وزارة النقل طريقين جديدين في المنطقة الشرقية.", published=dt.date(2015, 8, 3)
    )
    art.said("وزير النقل فهد العلي", "طول الطريق الأول 48 كم ويكلف 300 مليون دينار")
    art.said("مدير الطرق خالد النمر", "طول الطريق الثاني 95 كم ويكلف 450 مليون دينار")
    recs = annotated(art)
    first = by_claim(recs, "48 كم").proposition
    # both read, but a distance is never disputed, and the sums are of two roads (الأول / الثاني)
    assert first and [q.unit for q in first.quantities] == ["km", "dinars"]
    assert between(recs, "48 كم", "95 كم") is None


def test_a_dual_is_a_figure_of_two() -> None:
    """مقتل شخصين is two dead: it contradicts twelve and agrees with "اثنين"."""
    lead = "استهدفت عبوة ناسفة حافلة للركاب على طريق حمص صباح الأحد."
    art = Article("d", lead=lead, published=dt.date(2016, 5, 1))
    art.said("محافظ حمص طلال برازي", "عبوة داعش على طريق حمص أدت إلى مقتل شخصين")
    art.said("ناشطون", "عبوة داعش على طريق حمص أدت إلى مقتل 12 شخصا", anonymous=True, type="anonymous_source")
    art.said("الهلال الأحمر", "عبوة داعش على طريق حمص أدت إلى مقتل اثنين من الركاب", type="organization")
    recs = annotated(art)
    two = by_claim(recs, "شخصين")
    assert two.proposition and [(q.low, q.high, q.unit) for q in two.proposition.quantities] == [
        (2, 2, "killed")
    ]
    c = between(recs, "شخصين", "12")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")
    ok = between(recs, "شخصين", "اثنين")
    assert ok and (ok.verdict, ok.rule) == ("agree", "agree-figures")


def test_inflow_over_months_and_total_strength_are_compatible() -> None:
    art = Article("f", lead="يواصل تنظيم داعش إعادة تجميع صفوفه في الصحراء الغربية.")
    art.said("مسؤول أمني", "نحو 1000 مسلح من داعش تسللوا عبر الحدود خلال ستة أشهر", anonymous=True)
    art.said("ضابط في الاستخبارات", "عدد مقاتلي داعش في البلاد بين 5 و7 آلاف مقاتل", anonymous=True)
    art.said("مسؤولون محليون", "أكثر من ألف مسلح دخلوا خلال الأشهر الستة الماضية", anonymous=True)
    recs = annotated(art)
    c = between(recs, "تسللوا", "بين 5")
    assert c is None or c.verdict != "contradict"
    same = between(recs, "تسللوا", "الأشهر الستة")
    assert same and (same.verdict, same.rule) == ("agree", "agree-figures")


def test_same_speaker_no_alliance_but_tactical_coordination_is_compatible() -> None:
    art = Article("s", lead=LEAD)
    art.said("الخارجية الأمريكية", "لا تحالف بين داعش والقاعدة", type="organization")
    art.said("الخارجية الأمريكية", "هناك تنسيق تكتيكي بين داعش والقاعدة", type="organization")
    recs = annotated(art)
    assert between(recs, "لا تحالف", "تنسيق تكتيكي") is None


def test_attempts_and_conditions_do_not_contradict_denials() -> None:
    recs = pair("قادة في النصرة يحاولون الاندماج مع داعش", "لا اندماج بين داعش والنصرة")
    c = between(recs, "يحاولون", "لا اندماج")
    assert c is None or c.verdict != "contradict"


# --- agreements -----------------------------------------------------------------------------------


def test_alliance_implies_cooperation() -> None:
    recs = pair("داعش والنصرة تحالفا ضد الجيش الحر", "التعاون بين داعش والنصرة واضح في الميدان")
    c = between(recs, "تحالفا", "التعاون")
    assert c and (c.verdict, c.rule) == ("agree", "agree-implied")
    recs = pair("داعش والنصرة يتعاونان في تهريب السلاح", "التعاون بين النصرة وداعش يتوسع شرقا")
    same = between(recs, "تهريب", "شرقا")
    assert same and (same.verdict, same.rule) == ("agree", "agree-same")


def test_a_tie_of_any_kind_denied_with_no_party_is_the_speaker_s_side_s() -> None:
    lead = "تتهم الحكومة «جبهة الأزواد» بالتحالف مع جماعة «نصرة الإسلام والمسلمين»."
    art = Article("t", lead=lead)
    art.said("هيئة الأركان", "«جبهة الأزواد» تحالفت مع جماعة «نصرة الإسلام والمسلمين»", type="organization")
    art.said("المتحدث باسم «جبهة الأزواد» موسى أغ علي", "أي تحالف أو تنسيق", negated=True)
    art.said("وزير الخارجية", "بلاده لم توقع أي اتفاق مع جمهورية النيجر", negated=True)
    recs = annotated(art)
    c = between(recs, "تحالفت مع", "أي تحالف أو تنسيق")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert prop_of("أي تحالف أو تنسيق").relation == "cooperation"  # the lesser tie, denied with both
    # a tie with a party named is no open one
    assert not compare._open_party("بلاده لم توقع أي اتفاق مع جمهورية النيجر")


def test_two_denials_agree_and_merely_agrees_with_a_denial() -> None:
    art = Article("n", lead=LEAD)
    art.said("الباحث فراس يوسف", "لا يوجد تحالف بين داعش والنصرة")
    art.said("الصحفي جواد سليمان", "داعش والنصرة لم يتعاونا قط")
    art.said("الأكاديمي هشام عوض", "ما بين داعش والنصرة مجرد تنسيق تكتيكي")
    recs = annotated(art)
    c = between(recs, "لا يوجد", "قط")
    assert c and (c.verdict, c.rule) == ("agree", "agree-denial")
    m = between(recs, "لا يوجد", "مجرد")
    assert m and (m.verdict, m.rule) == ("agree", "agree-merely-denial")


# --- echoes -----------------------------------------------------------------------------------------


def test_same_speaker_in_two_articles_is_an_echo_not_an_agreement() -> None:
    one = Article("e1", lead=LEAD).said("المبعوث الأممي سليم حداد", "داعش والنصرة يتعاونان في تهريب النفط")
    two = Article("e2", lead=LEAD).said(
        "حداد", "هناك تعاون بين النصرة وداعش لتهريب النفط", resolved="سليم حداد"
    )
    recs = annotated(one, two)
    c = verdicts(recs).get(frozenset(r.id for r in recs))
    assert c and (c.verdict, c.rule) == ("echo", "echo-same-speaker")


def test_a_quotation_retold_in_part_by_one_named_speaker_is_an_echo() -> None:
    """Two outlets quote one spokesman at different lengths, naming him before or after his post: the
    part retold names other actors and relations than the whole, and still is his one statement."""
    one = Article("q1", lead=LEAD).said(
        "المتحدث باسم المكتب الإعلامي للحركة سامر عواد",
        "القصف نفذته طائرات النظام، ولا يوجد أي اتفاق على انسحاب مقاتلينا من الريف الغربي",
    )
    two = Article("q2", lead=LEAD).said(
        "سامر عواد المتحدث باسم المكتب الإعلامي للحركة",
        "لا يوجد أي اتفاق على انسحاب مقاتلينا من الريف الغربي",
    )
    recs = annotated(one, two)
    c = verdicts(recs).get(frozenset(r.id for r in recs))
    assert c and (c.verdict, c.rule) == ("echo", "echo-same-speaker")
    # another man of that name saying something else is no echo
    three = Article("q3", lead=LEAD).said("الوزير سامر عواد", "المفاوضات مع الحكومة ستستأنف الشهر المقبل")
    recs = annotated(one, three)
    assert verdicts(recs).get(frozenset(r.id for r in recs)) is None


def test_same_quotation_republished_is_an_echo() -> None:
    quote = "قوات الحكومة استعادت السيطرة الكاملة على الطريق الدولي بعد معارك استمرت ثلاثة أيام مع المسلحين"
    one = Article("q1").said("وزير الداخلية كمال عيسى", quote)
    two = Article("q2").said("الوزير", quote, via="الأنباء المحلية", resolved="الوزير")
    recs = annotated(one, two)
    c = verdicts(recs).get(frozenset(r.id for r in recs))
    assert c and (c.verdict, c.rule) == ("echo", "echo-same-text")


def test_speaker_identity_tolerates_short_forms() -> None:
    one = Article("x1").said("مدير الاستخبارات الوطنية جميل كرم", "داعش والقاعدة لا يتحالفان")
    two = Article("x2").said("جميل كرم مدير الاستخبارات الوطنية", "داعش والقاعدة لا يتحالفان")
    three = Article("x3").said("كرم", "داعش والقاعدة لا يتحالفان")
    a, b, c = (r for art in (one, two, three) for r in art.records())
    assert compare.same_speaker(a, b) and compare.same_speaker(a, c)
    anon = Article("x4").said("مسؤول أمني", "داعش والقاعدة لا يتحالفان", anonymous=True).records()[0]
    assert not compare.same_speaker(anon, anon.model_copy(update={"article": one.records()[0].article}))


# --- blocking ---------------------------------------------------------------------------------------


def test_claims_about_other_actors_are_never_compared() -> None:
    recs = pair("الحوثيون يتلقون دعما من إيران", "لا تعاون بين داعش والنصرة")
    assert verdicts(recs) == {}


def test_blocking_is_not_all_pairs() -> None:
    groups = [("حماس", "حركة فتح"), ("قسد", "الحشد الشعبي"), ("طالبان", "حزب الله")]
    arts = []
    for n in range(30):
        x, y = groups[n % 3]
        arts.append(Article(f"b{n}").said(f"المراقب رقم {n}", f"التعاون بين {x} و{y} مستمر"))
    claims = [compare.as_claim(r, i) for i, r in enumerate(annotated(*arts))]
    pairs = list(compare.candidate_pairs(claims))
    assert len(pairs) == 3 * (10 * 9 // 2)  # within the three blocks only, not 30 * 29 / 2
    assert all(claims[i].prop.entities == claims[j].prop.entities for i, j in pairs)


def test_blocking_keys_for_a_store() -> None:
    """The public key function a store indexes: a claim's blocks, also through the entity links."""
    nusra, qaeda = pair("التحالف بين النصرة وداعش قائم", "لا تحالف بين القاعدة وداعش")
    kn, kq = compare.blocking_keys(nusra), compare.blocking_keys(qaeda)
    assert "pair|al_nusra|isis" in kn and "pair|al_qaeda|isis" in kn  # النصرة is a branch of القاعدة
    assert "pair|al_nusra|isis" not in kq  # the link is followed upwards only: a branch is not implied
    other = Article("q").said("المحلل سمير داود", "الحوثيون يتلقون دعما من إيران")
    assert kn & kq and not compare.blocking_keys(annotated(other)[0]) & kn
    assert "topic|cooperation|@p" in kn  # a report's claims of one relation meet, whatever actors they name


def test_echo_index_is_built_once_and_reused() -> None:
    from tracker import echo

    text = "قوات الحكومة استعادت السيطرة الكاملة على الطريق الدولي بعد معارك استمرت ثلاثة أيام"
    index = echo.Index()
    assert (
        list(echo.near_duplicates([("a", text), ("b", "الطقس حار جدا في المدينة هذا الأسبوع")], index=index))
        == []
    )
    later = list(echo.near_duplicates([("c", "و" + text)], index=index))  # a later batch meets the first
    assert [(a, b) for a, b, _ in later] == [("a", "c")] and later[0][2] >= echo.THRESHOLD
    assert echo.bucket_keys(text) and set(echo.bucket_keys(text)) & set(echo.bucket_keys("و" + text))
    assert echo.bucket_keys("قتل خمسة") == []  # too short to call a copy
    fresh = echo.MinHash(num_perm=echo.NUM_PERM)  # the shared permutations are datasketch's own
    fresh.update_batch([s.encode("utf-8") for s in echo.shingles(text)])
    assert (fresh.hashvalues == echo.minhash(text).hashvalues).all()


def test_overlap_shortcut_agrees_with_the_full_overlap() -> None:
    texts = [
        "انفجار سيارة مفخخة قرب سوق الخضار في مدينة الرقة",
        "انفجار سيارة ملغومة قرب سوق الخضار بالرقة",
        "اشتباكات قرب الحدود التركية في ريف حلب الشمالي",
        "مقتل جنديين قرب الحدود التركية",
        "",
    ]
    claims = [
        compare.as_claim(r, i)
        for i, r in enumerate(
            annotated(*(Article(f"o{i}").said("المراسل", t) for i, t in enumerate(texts) if t))
        )
    ]
    for a in claims:
        for b in claims:
            overlap, _ = compare.particulars_overlap(a, b)
            for share in (0.3, 0.6, 0.9):
                assert compare._overlap_reaches(a.record.claim.text, b.record.claim.text, share) == (
                    overlap >= share
                )


# --- the stance hook ----------------------------------------------------------------------------------


def _control_pair() -> list[Record]:
    art = Article("c", lead="دارت معارك عنيفة حول مدينة تدمر.", published=dt.date(2016, 3, 27))
    art.said("المرصد المحلي", "داعش سيطر على مدينة تدمر", type="organization")
    art.said("الإعلام الرسمي", "داعش خسر مدينة تدمر", type="organization")
    return annotated(art)


def test_stance_judge_is_consulted_where_the_lattice_has_no_opinion(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import stance

    seen: list[tuple[str, str]] = []

    confidence = 0.91

    def fake(s1: str, s2: str) -> stance.Judgement:
        seen.append((s1, s2))
        return stance.Judgement("contradict", confidence, "antonym: سيطر / خسر", "antonym", ())

    monkeypatch.setattr(stance, "judge", fake)
    recs = _control_pair()
    c = between(recs, "سيطر", "خسر", stance=True)
    assert seen and c and (c.verdict, c.rule, c.confidence) == ("contradict", "stance", 0.91)
    assert "antonym" in c.reason
    assert between(recs, "سيطر", "خسر", stance=False) is None
    # a stance contradiction below lattice.yaml's stance_min_confidence is not written
    confidence = compare.lattice().spec.stance_min_confidence - 0.05
    assert between(recs, "سيطر", "خسر", stance=True) is None


@pytest.mark.parametrize(("detector", "written"), [("antonym", True), ("participants", False)])
def test_only_sharp_stance_detectors_contradict_in_the_comparer(
    monkeypatch: pytest.MonkeyPatch, detector: str, written: bool
) -> None:
    """A word swapped in the same slot of two near-identical reports is mostly an edit (a synonym)."""
    from tracker import stance

    def fake(s1: str, s2: str) -> stance.Judgement:
        return stance.Judgement("contradict", 0.95, f"{detector}: سيطر / خسر", detector, ())

    monkeypatch.setattr(stance, "judge", fake)
    c = between(_control_pair(), "سيطر", "خسر", stance=True)
    assert (c is not None and c.verdict == "contradict") == written


def test_stance_contradicts_only_pairs_that_differ_in_little_else(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import stance

    def fake(s1: str, s2: str) -> stance.Judgement:
        return stance.Judgement("contradict", 0.95, "antonym: سيطر / خسر", "antonym", ())

    monkeypatch.setattr(stance, "judge", fake)
    art = Article("w", lead="دارت معارك عنيفة حول مدينة تدمر.", published=dt.date(2016, 3, 27))
    art.said("المرصد المحلي", "داعش سيطر على مدينة تدمر وقلعتها الأثرية", type="organization")
    art.said("الإعلام الرسمي", "داعش خسر مدينة تدمر وقلعتها الأثرية ومطارها العسكري", type="organization")
    recs = annotated(art)
    a, b = (compare.as_claim(by_claim(recs, t)) for t in ("سيطر", "خسر"))
    assert compare.stance_may_judge(a, b, compare.lattice())  # the judge is consulted ...
    assert between(recs, "سيطر", "خسر", stance=True) is None  # ... but three words more is another report


def test_stance_judge_real_detectors_run_on_the_hook() -> None:
    recs = _control_pair()
    c = between(recs, "سيطر", "خسر", stance=True)
    assert c and (c.rule, c.verdict) == ("stance", "contradict")  # gained against lost: an antonym


def test_lattice_decisions_never_reach_the_stance_judge(monkeypatch: pytest.MonkeyPatch) -> None:
    from tracker import stance

    def boom(s1: str, s2: str) -> None:
        raise AssertionError("stance consulted for a pair the lattice decides")

    monkeypatch.setattr(stance, "judge", boom)
    recs = pair("داعش والنصرة تحالفا", "لا تحالف بين داعش والنصرة")
    assert between(recs, "تحالفا", "لا تحالف", stance=True) is not None


# --- the command --------------------------------------------------------------------------------------


def test_compare_command_writes_comparisons_and_fails_cleanly(tmp_path: Path) -> None:
    recs = pair("داعش والنصرة تحالفا", "لا تحالف بين داعش والنصرة")
    src = tmp_path / "recs.jsonl"
    write_jsonl(src, recs)
    out = tmp_path / "cmp.jsonl"
    res = CliRunner().invoke(app, ["compare", str(src), "-o", str(out)])
    assert res.exit_code == 0, res.output
    rows = [Comparison.model_validate_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(r.verdict, r.rule) for r in rows] == [("contradict", "contradict-denial")]
    res = CliRunner().invoke(app, ["compare", str(src), "--format", "json"])
    assert json.loads(res.stdout)[0]["verdict"] == "contradict"
    bad = tmp_path / "bad.jsonl"
    bad.write_text(src.read_text(encoding="utf-8") + '{"id": 3}\n', encoding="utf-8")
    out2 = tmp_path / "never.jsonl"
    res = CliRunner().invoke(app, ["compare", str(bad), "-o", str(out2)])
    assert res.exit_code == 2 and "bad.jsonl:3" in res.output and not out2.exists()


# --- the seeds' gold relations (issue 4's floor) --------------------------------------------------


def _relations_score(tmp_path: Path, articles: list[Path], gold_path: Path) -> tuple[dict[str, Any], dict]:
    """bench/score_compare.py's score of `tracker extract` + compare on the articles, and the gold."""
    import importlib.util

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "records.jsonl"
    result = CliRunner().invoke(app, ["extract", *map(str, articles), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    spec = importlib.util.spec_from_file_location("score_compare", root / "bench" / "score_compare.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    records = scorer.load(str(out), Record)
    whole = json.loads(gold_path.read_text(encoding="utf-8"))
    return scorer.score(whole, records, list(compare.compare(records))), whole["relations"]


def test_the_seed_relations_on_extracted_records(tmp_path: Path) -> None:
    """Every gold contradiction and echo of the shared seeds is found and no agreement or look-alike is
    called a contradiction; CI keeps ../shared beside the clone, so it is required."""
    root = Path(__file__).resolve().parents[1]
    seeds, gold_path = root.parent / "shared" / "seeds", root.parent / "shared" / "gold" / "seeds.json"
    if not (seeds.exists() and gold_path.exists()):
        pytest.fail(f"the shared evaluation data must sit beside the clone: {seeds}, {gold_path}")
    got, gold = _relations_score(tmp_path, [seeds], gold_path)
    assert got["contradictions"] == f"{len(gold['contradictions'])}/{len(gold['contradictions'])}"
    assert got["false_contradictions"] == [] and got["contradiction_precision"] == 1.0
    assert got["echoes_as_echo"] == len(gold["echoes"])


# Measured on tests/data/relations (six articles written blind to the rules, 55 gold contradictions):
# 19 found, precision 0.95 among judged pairs, no agreement or look-alike called a contradiction. The
# rules were then fixed on r01-r04, so this is a regression floor, not an unseen test.
RELATIONS_FLOOR = {
    "relations": 39,
    "relations2": 42,
    "relations3": 26,
    "relations4": 42,
    "relations5": 45,
    "relations6": 31,
    "relations7": 27,
    "relations8": 43,
    "relations9": 39,
    "relations10": 53,
    "relations11": 47,
    "relations12": 36,
    "relations13": 48,
    "relations14": 32,
    "relations15": 23,
    "relations16": 38,
    "relations17": 39,
    "relations18": 38,
    "relations19": 49,
    "relations20": 43,
    "relations21": 42,
    "relations22": 55,
    "relations23": 28,
    "relations24": 30,
    "relations25": 37,
    "relations26": 44,
    "relations27": 47,
    "relations28": 33,
    "relations29": 59,
    "relations30": 18,
    "relations31": 56,
    "relations32": 48,
    "relations33": 35,
    "relations34": 21,
    "relations35": 37,
    "relations36": 18,
    "relations37": 23,
    "relations38": 31,
    "relations39": 17,
    "relations40": 22,
    "relations41": 25,
    "relations42": 13,
    "relations43": 13,
    "relations44": 14,
    "relations45": 20,
    "relations46": 8,
    "relations47": 22,
    "relations48": 14,
}
"""Contradictions found on the blind sets the rules were improved on (relations49 is held out: it is
measured in bench/README.md, never here)."""
KNOWN_FALSE = {
    "relations6": 2,
    "relations12": 1,
    "relations19": 1,
    "relations20": 1,
    "relations29": 2,
    "relations30": 1,
    "relations31": 2,
    "relations32": 1,
    "relations34": 1,
    "relations36": 1,
    "relations37": 1,
}
"""False contradictions the tool cannot avoid: relations6 pairs "no agreement yet" with the next day's
agreement in two stories, and its texts carry no date to tell which came first (relations3 and relations9 pair
such a denial with the agreement it follows, which is a contradiction); relations19 pairs a side's "we are no
party to any truce" with a truce others agreed to (the rules cannot yet tell الجيش from الجيش الأبيض, and the
same words deny a truce the speaker is said to be party to in relations6 and relations17); relations20 pairs a
village seized on Thursday with its clearing on Saturday (cleansing a place is not yet read as taking it
back); relations12 sets one army's nine held, four of them Syrians, against six Lebanese the other country's
forces arrested as they crossed (two round-ups told as one count: the rules do not read who held them when
neither claim names the other side); relations29 pairs a prisoner deal "signed" on a Tuesday evening with a
negotiator's denial of any agreement (and its recalled copy) given on the Monday before, a day the reports
name inside their sentences, not read; relations31 sets a province's border-guard commander holding three
posts against his own government's ministry that took them (the entity table does not tie a province's guard
to its government), and, in one report of a border town, "no one fled the city" against thousands who fled a
town across the border (the denial names no place but "the city"); relations30 sets at least 350 families who
left the grazing land by the border against a committee's denial that any civilian fled the military
operations (the rules do not read what the families left, so a departure counts as flight); relations32 sets
two clans that "agreed to a truce" on the Friday against "none of the clan's sheikhs signed the document" on
the Saturday, which its gold reads as agreeing before signing (in relations5, relations9, relations20 and
relations26 a denial of signing any agreement contradicts an agreement told, so the rule cannot tell them
apart); relations34 sets six herders dead in a border clash against the five of one family an air strike
killed, told in one report (the rules do not tell the clash's dead from the strike's when neither names the
other event); relations36 sets a party's own count of ballot boxes burnt or stolen in more than forty polling
centres against its denial that its supporters burnt any (a denial of who burnt them, not that they burnt: the
rules read a denied agent as a denied event where the other claim names no agent); relations37 sets one
tribe's denial that it signed a truce against another tribe's league saying its representatives signed it (the
rules do not tell who signed from the subject of the signing, as in relations32)."""


@pytest.mark.parametrize("name", sorted(RELATIONS_FLOOR))
def test_the_blind_relations_sets_floor(tmp_path: Path, name: str) -> None:
    folder = Path(__file__).resolve().parent / "data" / name
    got, _ = _relations_score(tmp_path, sorted(folder.glob("r*.txt")), folder / "gold.json")
    assert int(got["contradictions"].split("/")[0]) >= RELATIONS_FLOOR[name], got
    assert got["contradiction_precision"] >= (0.8 if name in KNOWN_FALSE else 0.9), got
    assert len(got["false_contradictions"]) <= KNOWN_FALSE.get(name, 0), got


def test_sparse_casualty_claims_of_two_articles_are_not_one_event() -> None:
    """ "12 ISIS members killed" and "28 ISIS members killed" name no place or means: two articles a day
    apart may tell two events, so no contradiction; in one article they are one count."""
    one = Article("s1", published=dt.date(2016, 6, 1)).said("مصدر أمني", "مقتل 12 من عناصر داعش")
    two = Article("s2", published=dt.date(2016, 6, 2)).said("مصدر عسكري", "مقتل 28 من عناصر داعش")
    assert between(annotated(one, two), "12", "28") is None
    same = Article("s3", published=dt.date(2016, 6, 1))
    same.said("مصدر أمني", "مقتل 12 من عناصر داعش", anonymous=True)
    same.said("مصدر عسكري", "مقتل 28 من عناصر داعش", anonymous=True)
    c = between(annotated(same), "12", "28")
    assert c is not None and c.verdict == "contradict"


# --- grounding: a verdict needs actors the claims name ------------------------------------------------


def test_a_relation_with_guessed_actors_gets_no_verdict_even_in_its_article() -> None:
    # the second claim names no actor and points back to none: its actors could only be guessed
    recs = pair("داعش والنصرة تحالفا في ريف حلب", "لا يوجد أي تحالف في المنطقة الشمالية")
    assert by_claim(recs, "لا يوجد").proposition.relation == "alliance"  # type: ignore[union-attr]
    assert between(recs, "تحالفا", "لا يوجد") is None


def test_a_dual_points_back_to_two_actors_and_a_plural_does_not() -> None:
    one = Article("a1", lead=LEAD).said("المحلل سمير داود", "داعش والنصرة تحالفا في ريف حلب")
    dual = Article("a2", lead=LEAD).said("الخبير نزار قباني", "لا تحالف بين التنظيمين")
    plural = Article("a3", lead=LEAD).said("الباحث وليد عمران", "لا تحالف بين التنظيمات في الشمال")
    recs = annotated(one, dual, plural)
    c = between(recs, "تحالفا", "التنظيمين")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert between(recs, "تحالفا", "التنظيمات") is None  # a class, compared only within its article


def test_the_speakers_side_makes_a_claim_comparable_across_articles() -> None:
    a = Article("h1").said("المتحدث باسم حركة حماس", "لا اتفاق مع حركة فتح حتى الآن")
    b = Article("h2").said("مسؤول مصري", "حماس وحركة فتح وقعتا اتفاقا للمصالحة", anonymous=True)
    c = between(annotated(a, b), "لا اتفاق", "وقعتا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


# --- one event: the shared particulars must weigh in both claims --------------------------------------


def test_two_words_shared_with_a_long_report_of_another_blast_are_not_one_event() -> None:
    day = dt.date(2016, 5, 2)
    short = Article("e1", published=day).said(
        "مصدر أمني", "مقتل 12 من عناصر داعش قرب الحدود الجنوبية للمحافظة", anonymous=True
    )
    other = Article("e2", published=day).said(
        "قائد الشرطة",
        "مقتل 40 من عناصر داعش قرب الحدود في انفجار سيارة مفخخة عند مرور رتل عسكري بمحاذاة بوابة المدينة "
        "الشمالية وإصابة العشرات من المارة",
    )
    same = Article("e3", published=day).said(
        "المرصد المحلي", "مقتل 40 من عناصر داعش قرب الحدود الجنوبية للمحافظة في غارة", type="organization"
    )
    recs = annotated(short, other, same)
    assert between(recs, "12", "انفجار") is None
    c = between(recs, "12", "غارة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")


def test_stance_is_consulted_only_where_the_shared_words_weigh_in_the_longer_claim(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tracker import stance

    seen: list[str] = []

    def fake(s1: str, s2: str) -> stance.Judgement:
        seen.append(s2 if "سيطر" in s1 else s1)
        return stance.Judgement("contradict", 0.95, "antonym: سيطر / خسر", "antonym", ())

    monkeypatch.setattr(stance, "judge", fake)
    day = dt.date(2016, 3, 27)
    art = Article("z", published=day)
    art.said("المرصد المحلي", "داعش سيطر على قرية الزهراء قرب النهر", type="organization")
    art.said("الإعلام الرسمي", "داعش خسر قرية الزهراء قرب النهر بعد قصف مدفعي عنيف", type="organization")
    long = "داعش خسر قرية الزهراء قرب النهر بعد قصف مدفعي كثيف ونزوح السكان وانقطاع المياه"
    other = Article("y", published=day).said("ناشطون", long, anonymous=True, type="anonymous_source")
    recs = annotated(art, other)
    lat = compare.lattice()
    s, near, far = (compare.as_claim(by_claim(recs, w)) for w in ("سيطر", "مدفعي عنيف", "كثيف"))
    assert compare.same_event(s, far, lat)  # one event by the shorter claim's words ...
    assert not compare.stance_may_judge(s, far, lat)  # ... but a third of the longer's is too little
    assert compare.stance_may_judge(s, near, lat)
    between(recs, "سيطر", "كثيف", stance=True)
    assert seen and all("كثيف" not in t for t in seen)


# --- one story told by its sides: figures and denials of one article, agents, parties left open -----


def _raid_story() -> list[Record]:
    """One article on a raid on a barracks, each side with its own figures, and a separate bombing."""
    art = Article("k", title="هجوم على ثكنة للجيش في بلدة الرمادة", published=dt.date(2024, 10, 8))
    art.said("المتحدث باسم الجيش العقيد فارس", "أربعة جنود قتلوا في الهجوم قبل أن تنسحب المجموعة المهاجمة")
    art.said("جماعة نصرة الإسلام والمسلمين", "مقاتليها قتلوا 31 جنديا", type="organization")
    art.said(
        "رئيس البلدية عمر سالم",
        "تسعة أشخاص قتلوا في تفجير سيارة مفخخة قرب سوق الماشية في مدينة أخرى",
    )
    return annotated(art)


def test_the_sides_of_one_article_dispute_its_toll_whatever_actors_they_name() -> None:
    recs = _raid_story()
    c = between(recs, "أربعة جنود", "31 جنديا")  # the army names no actor, the group names itself
    assert c and c.verdict == "contradict"


def test_a_claim_with_no_words_of_its_own_does_not_meet_another_event_of_its_article() -> None:
    recs = _raid_story()
    assert between(recs, "31 جنديا", "تسعة أشخاص") is None


def test_a_denial_of_what_an_agent_did_denies_only_reports_giving_it_that_agent() -> None:
    art = Article("s", title="ضربة جوية على مخزن قرب بلدة الحصيبة", published=dt.date(2024, 11, 3))
    art.said("مصدر أمني", "الضربة على المخزن قرب الحصيبة قتلت خمسة حراس", anonymous=True)
    art.said("المتحدث باسم الفصيل أبو علي", "الضربة على المخزن أميركية")
    art.said(
        "مسؤول عسكري أميركي",
        "أن تكون القوات الأميركية نفذت أي ضربة جوية في المنطقة",
        anonymous=True,
        negated=True,
    )
    recs = annotated(art)
    c = between(recs, "المخزن أميركية", "أي ضربة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert between(recs, "خمسة حراس", "أي ضربة") is None  # the strike happened; whose it was is disputed


def test_a_denial_with_any_party_contradicts_coordination_with_a_named_one() -> None:
    art = Article("t", lead="تدور معارك بين حركة الشباب والجيش الصومالي.", published=dt.date(2024, 2, 1))
    art.said("المتحدث باسم الجيش الصومالي", "حركة الشباب تنسق مع جماعة الحوثي في تهريب السلاح")
    art.said(
        "المتحدث باسم حركة الشباب",
        "لا يوجد أي تنسيق للحركة مع أي طرف خارجي في تهريب السلاح",
        type="named_official",
    )
    recs = annotated(art)
    c = between(recs, "تنسق مع", "أي طرف")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_an_agreement_and_its_denial_meet_through_the_words_of_their_topic() -> None:
    """Two articles: the truce names both sides; its denial names one, and the place and terms."""
    one = Article("u1", lead="تتواصل الاشتباكات قرب سد الفرات.", published=dt.date(2024, 12, 10))
    one.said(
        "مصادر كردية",
        "قسد والجيش الوطني السوري توصلا إلى اتفاق على وقف إطلاق النار في محيط سد الفرات",
        anonymous=True,
        type="anonymous_source",
    )
    two = Article("u2", lead="تتواصل الاشتباكات قرب سد الفرات.", published=dt.date(2024, 12, 10))
    two.said(
        "مصادر تركية",
        "لا يوجد أي اتفاق مع قسد لوقف إطلاق النار في محيط سد الفرات",
        anonymous=True,
        type="anonymous_source",
    )
    two.said(
        "مصادر محلية",
        "قسد وقعت اتفاقا مع مجلس العشائر على تقاسم عائدات النفط",
        anonymous=True,
        type="anonymous_source",
    )
    recs = annotated(one, two)
    c = between(recs, "توصلا إلى اتفاق", "لا يوجد")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert between(recs, "عائدات النفط", "لا يوجد") is None  # another agreement of the same actor


def test_still_under_control_is_no_denial_of_control() -> None:
    from tracker import propositions

    still = propositions.read("البلدة لا تزال تحت سيطرة قواتنا")
    assert (still.relation, still.negated) == ("control", False)
    assert propositions.read("لم تسيطر القوات على البلدة").negated
    ruled_out = propositions.read("أي تنسيق بين الجماعتين مستبعد تماما")
    assert (ruled_out.relation, ruled_out.negated) == ("cooperation", True)


def test_opposite_sides_claiming_one_ground_do_not_agree_by_telling_it() -> None:
    art = Article("v", title="معارك على قرية الصفا", published=dt.date(2024, 5, 5))
    art.said("المتحدث باسم الفصيل", "قواتنا استعادت السيطرة على قرية الصفا")
    art.said("مصدر في الجيش", "القوات تتمركز في قرية الصفا", anonymous=True)
    recs = annotated(art)
    c = between(recs, "استعادت", "تتمركز", stance=True)
    assert c is None or c.verdict != "agree"


def test_a_group_of_the_sahel_meets_claims_about_its_parent_organisation() -> None:
    recs = pair(
        "جماعة نصرة الإسلام والمسلمين وولاية الساحل عقدتا تحالفا",
        "القاعدة وولاية الساحل في اقتتال مفتوح",
        lead="تنشط جماعات مسلحة في وسط مالي.",
    )
    c = between(recs, "تحالفا", "اقتتال مفتوح")
    assert c and c.verdict == "contradict"
    assert "jnim branch_of al_qaeda" in c.reason


def test_a_denial_inside_the_claim_of_any_such_event_denies_it() -> None:
    art = Article("w", title="غارة على معسكر قرب بلدة الشيخ مسكين", published=dt.date(2024, 6, 2))
    art.said("قيادي في الفصيل", "الغارة على المعسكر روسية ولا شك في ذلك")
    art.said("الناطق باسم الدفاع الروسية", "الطائرات الروسية لم تنفذ أي غارة في المنطقة منذ أسبوع")
    art.said("مدير المستشفى", "الخلية التي اعتقلت لا علاقة لها بالغارة على المعسكر", type="named_official")
    recs = annotated(art)
    c = between(recs, "روسية ولا شك", "أي غارة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert between(recs, "روسية ولا شك", "لا علاقة") is None  # a negation that denies no event


def test_an_unnamed_source_described_alike_retelling_a_denial_is_an_echo() -> None:
    one = Article("e1", published=dt.date(2024, 9, 4))
    first = "أن تكون القوات الأميركية نفذت أي غارة قرب مدينة كيدال خلال اليومين الماضيين"
    one.said("مسؤولا عسكريا أميركيا", first, anonymous=True, negated=True)
    two = Article("e2", published=dt.date(2024, 9, 5))
    two.said(
        "مسؤول عسكري أميركي",
        "أن تكون الولايات المتحدة نفذت أي غارة قرب مدينة كيدال",
        anonymous=True,
        negated=True,
    )
    two.said(
        "مسؤول عسكري مالي",
        "أن تكون القوات الأميركية نفذت أي غارة قرب مدينة غاو",
        anonymous=True,
        negated=True,
    )
    recs = annotated(one, two)
    c = between(recs, "خلال اليومين", "الولايات المتحدة")
    assert c and (c.verdict, c.rule) == ("echo", "echo-same-speaker")
    c = between(recs, "خلال اليومين", "مدينة غاو")  # another source, another place
    assert c is None or c.verdict != "echo"


# --- an agreement reached, and none reached --------------------------------------------------------

TRUCE = "توصل الجيش والفصائل عبر الوسطاء إلى اتفاق على هدنة في البلدة"
FIGHTING = "قتل ستة مدنيين في قصف على سوق البلدة"  # makes the report one of a conflict


def _truce_story(denial: str, *, fighting: bool = True, **second: Any) -> list[Record]:
    """One report: a toll, a mediator's agreement, and an official's word on it."""
    art = Article("t1", title="اشتباكات في بلدة الكرامة الحدودية")
    if fighting:
        art.said("مصدر طبي", FIGHTING, anonymous=True)
    art.said("مصدر في لجنة الوساطة", TRUCE, anonymous=True)
    art.said("المتحدث باسم الحكومة سامر يوسف", denial, **second)
    return annotated(art)


def test_an_agreement_reached_and_none_reached_in_one_story_contradict() -> None:
    c = between(_truce_story("لا يوجد أي اتفاق مع الفصائل حتى الآن"), "توصل الجيش", "لا يوجد")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")
    c = between(_truce_story("المفاوضات «لم تسفر عن أي اتفاق»"), "توصل الجيش", "المفاوضات")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")


@pytest.mark.parametrize(
    ("denial", "fighting"),
    [
        ("الاتفاق مع الفصائل ليس قريبا", True),  # its prospects: no claim of its being reached
        ("لا يوجد أي اتفاق مع الفصائل حتى الآن", False),  # not a story of fighting (trade, football)
    ],
)
def test_no_agreement_against_prospects_or_outside_a_conflict_is_no_contradiction(
    denial: str, fighting: bool
) -> None:
    recs = _truce_story(denial, fighting=fighting)
    c = between(recs, "توصل الجيش", denial.split()[0])
    assert c is None or c.verdict != "contradict"


def test_no_agreement_said_before_the_news_of_one_is_its_earlier_state() -> None:
    def report(aid: str, day: int, speaker: str, claim: str) -> Article:
        art = Article(aid, title="اشتباكات في بلدة الكرامة الحدودية", published=dt.date(2024, 5, day))
        return art.said("مصدر طبي", FIGHTING, anonymous=True).said(speaker, claim, anonymous=True)

    # two reports meet through the party they name (قسد), and tell one story by their headlines
    truce = "قسد والجيش الوطني توصلا إلى اتفاق على هدنة في البلدة"
    none_yet = "لم يتم التوصل إلى اتفاق مع قسد بعد"
    monday = report("m1", 6, "مسؤول حكومي", none_yet)
    tuesday = report("m2", 7, "مصدر في لجنة الوساطة", truce)
    wednesday = report("m3", 8, "مسؤول حكومي", none_yet)
    c = between(annotated(monday, tuesday), "توصلا", "لم يتم")
    assert c is None or c.verdict != "contradict"
    c = between(annotated(tuesday, wednesday), "توصلا", "لم يتم")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")


def test_a_town_taken_and_then_retaken_changed_hands() -> None:
    """A side's news of taking the town and the other side's of retaking it are no dispute; retaking
    it against a hold said to last is."""
    art = Article("c", lead="تدور معارك بين الجيش الموريتاني وحركة «نور 7» حول بلدة الكرامة.")
    art.said("المتحدث باسم حركة «نور 7» سامر عواد", "مقاتلي الحركة سيطروا على بلدة الكرامة")
    art.said("الجيش الموريتاني", "قواته استعادت السيطرة على بلدة الكرامة", type="organization")
    art.said("القيادي في حركة «نور 7» مازن عيسى", "مقاتلي الحركة ما زالوا يسيطرون على بلدة الكرامة")
    recs = annotated(art)
    c = between(recs, "سيطروا على", "استعادت")
    assert c is None or c.verdict != "contradict"
    c = between(recs, "ما زالوا", "استعادت")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")


def test_a_weekly_tally_and_a_denial_of_civilian_dead_are_no_rival_counts() -> None:
    art = Article("w", lead="شن الطيران غارات على معسكرات المسلحين في الغابة.")
    art.said("سلاح الجو", "غارة واحدة على معسكر في الغابة قتلت نحو 30 مسلحا", type="organization")
    art.said("الجيش في حصيلته الأسبوعية", "عملياته في الشمال قتلت 76 مسلحا", type="organization")
    art.said("المتحدث باسم الجيش العقيد سامي علي", "قواته قتلت العشرات من عناصر الجماعة في الغارات")
    art.said("المتحدث باسم الجماعة", "أن يكون أي مدني قد قتل في الغارات", negated=True)
    recs = annotated(art)
    assert between(recs, "نحو 30", "76 مسلحا") is None
    c = between(recs, "العشرات", "أي مدني")
    assert c is None or c.verdict != "contradict"


def test_overstated_denies_the_relation() -> None:
    assert prop_of("الحديث عن تعاون بين الحركتين «مبالغ فيه»").polarity == "negated"


def test_a_denial_of_one_death_is_no_denial_of_the_toll() -> None:
    art = Article("d", lead="هاجم مسلحون نقطة للشرطة في ضواحي المدينة.")
    art.said("مسؤول محلي", "القوات قتلت خمسة من المسلحين في الهجوم على النقطة", anonymous=True)
    art.said("الحركة", "مقتل الرجل", negated=True, type="organization")
    art.said("الشرطة", "الهجوم على النقطة أوقع قتلى", negated=True, type="organization")
    recs = annotated(art)
    assert decided(recs, "خمسة من المسلحين", "مقتل الرجل") is None
    c = between(recs, "خمسة من المسلحين", "أوقع قتلى")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_a_toll_said_to_reach_a_figure_is_the_whole_count() -> None:
    """A source's toll and the group's own toll of one strike: حصيلة ... بلغت أربعة من عناصر اللواء is
    four in all, not four of the brigade among more."""
    art = Article("t", title="مصادر أمنية: 8 قتلى بضربة جوية على موقع للفصائل")
    art.said("مصادر أمنية", "8 قتلى بضربة جوية على موقع للفصائل", anonymous=True)
    art.said("قيادة الفصائل", "حصيلة الاعتداء بلغت أربعة قتلى من عناصر اللواء", type="organization")
    recs = annotated(art)
    c = between(recs, "8 قتلى", "حصيلة الاعتداء")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")


# --- who the dead were: all civilians against some under arms -----------------------------------------


def _strike_report(*claims: tuple[str, str]) -> list[Record]:
    """One report of a drone strike near a village, with the given (speaker, claim) pairs."""
    art = Article("k1", title="غارة بطائرة مسيرة قرب قرية الحمراء", published=dt.date(2025, 3, 4))
    for speaker, claim in claims:
        art.said(speaker, claim)
    return annotated(art)


ARMED_TOLL = "الطائرة قتلت خمسة «مسلحين» من الجماعة قرب قرية الحمراء"


def test_all_the_dead_civilians_contradicts_fighters_among_them() -> None:
    recs = _strike_report(
        ("وزارة الدفاع", ARMED_TOLL),
        ("رئيس بلدية الحمراء سليم حداد", "القتلى «رعاة من أهالي الحمراء لا علاقة لهم بأي جهة مسلحة»"),
    )
    c = between(recs, "قتلت خمسة", "رعاة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-identity")


@pytest.mark.parametrize(
    "other",
    [
        "معظم الضحايا مدنيون من أهالي الحمراء",  # most: a part, the rest may be fighters
        "حصيلة القتلى المدنيين في الحمراء ارتفعت إلى ثلاثة",  # the civilian dead: a part
    ],
)
def test_civilians_among_the_dead_do_not_contradict_fighters_among_them(other: str) -> None:
    recs = _strike_report(("وزارة الدفاع", ARMED_TOLL), ("مصدر طبي في الحمراء", other))
    c = between(recs, "قتلت خمسة", other.split()[0])
    assert c is None or c.rule != "contradict-identity"


def test_the_killers_belonging_to_a_group_say_nothing_of_the_dead() -> None:
    recs = _strike_report(
        ("الشرطة", "مسلحين ينتمون إلى الجماعة قتلوا ستة أشخاص قرب الحمراء"),
        ("مصدر طبي في الحمراء", "القتلى مدنيون من أهالي الحمراء"),
    )
    c = between(recs, "ينتمون", "القتلى مدنيون")
    assert c is None or c.verdict != "contradict"


def test_a_denial_of_any_civilian_dead_contradicts_civilians_among_them_but_a_policy_does_not() -> None:
    art = Article("k1", title="غارة بطائرة مسيرة قرب قرية الحمراء", published=dt.date(2025, 3, 4))
    art.said("وزارة الدفاع", "الغارة أصابت أي مدني قرب الحمراء", negated=True)  # نفت أن تكون ...
    for speaker, claim in (
        ("مصدر طبي في الحمراء", "اثنين من عناصر الجماعة وسائقا مدنيا قتلوا في الغارة"),
        ("المتحدث العسكري", "الجيش «لا يستهدف المدنيين»"),
    ):
        art.said(speaker, claim)
    recs = annotated(art)
    c = between(recs, "أصابت", "وسائقا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    c = between(recs, "لا يستهدف", "وسائقا")
    assert c is None or c.verdict != "contradict"


# --- tolls: bodies, whose dead, tallies ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "unit", "of"),
    [
        ("انتشلت فرق الإسعاف 11 جثة من تحت الأنقاض", "killed", None),  # bodies; where they lay, not whose
        ("القصف أودى بحياة أربعة من أبناء القرية", "killed", "قريه"),
        ("عدد القتلى المدنيين «لا يتجاوز خمسة»", "killed", "civilians"),  # the kind named before the figure
        ("قتلوا 30 عنصرا من القوات الحكومية", "killed", "soldiers"),  # a state's men under arms
        ("قتلوا 30 من عناصر الجيش والميليشيات", "killed", "جيش"),  # and the militias': not only soldiers
        ("سبعة عناصر من الأمن العام قتلوا في الكمين", "killed", "soldiers"),  # two-word group, then verb
        ("خسائره لم تتجاوز ثمانية جنود", "killed", "soldiers"),  # losses of men: its dead
        ("المسلحون كبدوا الجيش أكثر من 50 قتيلا", "killed", "soldiers"),  # whose losses: the army's
        ("أعدموا 30 مدنيا في السوق", "killed", "civilians"),  # executed: killed
    ],
)
def test_what_a_toll_counts_and_whose(text: str, unit: str, of: str | None) -> None:
    found = quantities.find(text)
    assert [(q.unit, q.of) for q in found] == [(unit, of)]


def test_the_verb_after_a_part_told_between_commas_says_what_befell_the_counted() -> None:
    found = quantities.find("١٨ مدنيا، بينهم خمسة أطفال، قتلوا وأصيب ٤٠ آخرون")
    assert [(q.low, q.unit, q.of) for q in found] == [
        (18, "killed", "civilians"),
        (5, "killed", "اطفال"),
        (40, "wounded", "civilians"),  # the others, of the whole counted before, not of its part
    ]
    # no verb after the aside: the counted stay people of a kind
    first, *_ = quantities.find("١٨ مدنيا، بينهم خمسة أطفال، في المدرسة")
    assert (first.unit, first.of) == ("civilians", None)
    # ... or with no commas, right before the verb (not one told further on)
    found = quantities.find("٩ أشخاص بينهم ثلاثة أطفال قضوا في الحريق")
    assert [(q.low, q.unit) for q in found] == [(9, "killed"), (3, "killed")]
    first, *_ = quantities.find("٩ أشخاص بينهم ثلاثة أطفال من سكان الحي الغربي للمدينة قضوا في الحريق")
    assert first.unit == "people"


def test_rival_tolls_of_one_report_contradict_and_a_tally_since_january_does_not() -> None:
    art = Article("t9", title="اشتباكات ليلية في حي الزهور", published=dt.date(2025, 5, 2))
    art.said("وزارة الصحة", "ارتفعت حصيلة الضحايا إلى 12 قتيلا و30 جريحا")
    art.said("مركز الإسعاف", "عدد القتلى بلغ 19")
    art.said("مرصد محلي", "العنف أودى بحياة 40 شخصا في المدينة منذ مطلع يناير")
    recs = annotated(art)
    c = between(recs, "12 قتيلا", "بلغ 19")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")
    for toll in ("12 قتيلا", "بلغ 19"):
        c = between(recs, toll, "منذ مطلع")
        assert c is None or c.verdict != "contradict"


def test_a_figure_glued_to_its_conjunction_is_no_particular() -> None:
    assert compare._particulars("إلى 12 قتيلا و30 جريحا") == frozenset()


# --- agreements and ties -------------------------------------------------------------------------------


def test_both_sides_accepting_a_truce_is_one_reached() -> None:
    c = between(_truce_story("لا هدنة قبل انسحاب المسلحين من الحي"), "توصل الجيش", "لا هدنة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")
    art = Article("t2", title="اشتباكات في بلدة الكرامة الحدودية")
    art.said("مصدر طبي", FIGHTING, anonymous=True)
    art.said("وسيط محلي", "الطرفين «قبلا الهدنة بعد اتصالات طويلة»")
    art.said("مصدر في «الكتيبة 77»", "الكتيبة «لم توقع على أي هدنة»", anonymous=True)
    c = between(annotated(art), "قبلا", "لم توقع")  # no actor either names is known: one report joins them
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")


def test_a_calm_reached_and_something_done_under_an_agreement_tell_one_reached() -> None:
    art = Article("t3", title="اشتباكات في بلدة الكرامة الحدودية")
    art.said("مصدر طبي", FIGHTING, anonymous=True)
    art.said("محافظ الإقليم، سالم الحارثي", "التوصل إلى تهدئة بوساطة قبلية")
    art.said("وسيط محلي", "أربعة محتجزين أطلقوا مساء الأحد «تنفيذا للشق الأول من الاتفاق»")
    art.said("المتحدث باسم «الكتيبة 77»، نادر سليم", "لا اتفاق مع أحد حتى الآن")
    recs = annotated(art)
    assert propositions.read("التوصل إلى تهدئة بوساطة قبلية").relation == "agreement"
    assert contradiction(recs, "تهدئة", "لا اتفاق") == "contradict-not-reached"
    assert contradiction(recs, "تنفيذا", "لا اتفاق") == "contradict-not-reached"


def test_a_branch_and_a_denied_organisational_link_contradict() -> None:
    recs = pair(
        "جبهة النصرة «ليست سوى فرع لتنظيم القاعدة في سوريا»",
        "جبهة النصرة لا تربطها أي صلة تنظيمية بتنظيم القاعدة",
    )
    affirmed, denied = by_claim(recs, "فرع"), by_claim(recs, "صلة")
    assert affirmed.proposition and affirmed.proposition.relation == "affiliation"
    assert affirmed.proposition.polarity == "affirmed"  # ليست سوى: nothing but, no negation
    assert denied.proposition and (denied.proposition.relation, denied.proposition.polarity) == (
        "affiliation",
        "negated",
    )
    c = between(recs, "فرع", "صلة")
    assert c and c.verdict == "contradict"


def test_may_collapse_is_hedged_not_a_collapse() -> None:
    reading = propositions.read("الهدنة هشة وقد تنهار في أي لحظة")
    assert reading.modality == "hedged"


def test_the_same_dead_said_to_be_civilians_and_fighters_in_two_reports_of_one_story() -> None:
    def report(aid: str, day: int, title: str, speaker: str, claim: str) -> Article:
        art = Article(aid, title=title, published=dt.date(2025, 3, day))
        return art.said(speaker, claim)

    one = report("d1", 4, "غارة بطائرة مسيرة قرب قرية الحمراء", "وزارة الدفاع", ARMED_TOLL)
    two = report(
        "d2",
        5,
        "أهالي الحمراء يشيعون ضحايا الغارة",
        "رئيس البلدية سليم حداد",
        "الضحايا «مدنيون، وليسوا مقاتلين»",
    )
    c = between(annotated(one, two), "قتلت خمسة", "الضحايا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-identity")
    other = report(
        "d3", 5, "أمطار غزيرة في العاصمة", "رئيس البلدية سليم حداد", "الضحايا «مدنيون، وليسوا مقاتلين»"
    )
    assert between(annotated(one, other), "قتلت خمسة", "الضحايا") is None  # another story


def test_an_agreement_carried_out_against_one_left_on_paper() -> None:
    art = Article("s1", title="اشتباكات في بلدة الكرامة الحدودية")
    art.said("مصدر طبي", FIGHTING, anonymous=True)
    art.said("النائب سامي حداد", "اتفاق الكرامة الموقع قبل عامين بقي «حبرا على ورق»")
    art.said("المتحدث باسم الحكومة سامر يوسف", "اتفاق الكرامة «يطبق بشكل تدريجي»")
    art.said("قائد في الفصائل", "اتفاق الكرامة «لم يطبق لأنه كتب من دون الأهالي»", anonymous=True)
    recs = annotated(art)
    for broken in ("حبرا", "لم يطبق"):
        c = between(recs, "بشكل تدريجي", broken)
        assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-kept")
    c = between(recs, "حبرا", "لم يطبق")
    assert c is None or c.verdict != "contradict"  # both say it was not carried out


def test_a_truce_said_to_hold_against_one_said_to_have_collapsed() -> None:
    art = Article("s2", title="اشتباكات في بلدة الكرامة الحدودية")
    art.said("مصدر طبي", FIGHTING, anonymous=True)
    art.said("المتحدث باسم الفصائل سامر يوسف", "اتفاق وقف إطلاق النار في الكرامة انهار عمليا")
    art.said("الوسيط سالم حداد", "اتفاق وقف إطلاق النار في الكرامة لا يزال صامدا")
    art.said("قائد في العشائر", "لم يتم التوصل إلى أي اتفاق لوقف إطلاق النار في الكرامة", anonymous=True)
    recs = annotated(art)
    c = between(recs, "انهار", "صامدا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-kept")
    # none made is not a truce broken
    assert decided(recs, "انهار", "لم يتم") != "contradict-not-kept"


def test_a_headline_that_names_an_agreement_announces_it() -> None:
    art = Article("s2", title="اشتباكات في بلدة الكرامة الحدودية")
    art.said("مصدر طبي", FIGHTING, anonymous=True)
    art.said("لجنة الوساطة", "اتفاق على انسحاب الفصائل من البلدة")
    art.said("مصدر في «الكتيبة 77»", "الكتيبة «لم توقع على أي اتفاق»", anonymous=True)
    told = [r for r in art.records()]
    for kind in ("indirect", "headline"):  # لجنة الوساطة: اتفاق على ... in the headline slot
        recs = [
            r.model_copy(update={"claim": r.claim.model_copy(update={"kind": kind})})
            if "انسحاب" in r.claim.text
            else r
            for r in told
        ]
        recs = list(propositions.annotate(recs, lambda r: art.text()))
        c = between(recs, "انسحاب", "لم توقع")
        if kind == "headline":
            assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")
        else:
            assert c is None or c.verdict != "contradict"  # no word of reaching it


def test_words_of_time_do_not_keep_a_trigger_from_its_actors() -> None:
    reading = propositions.read("أربيل وبغداد «توصلتا الأسبوع الماضي إلى تفاهم» على نشر القوات")
    assert reading.relation == "agreement" and reading.parties


@pytest.mark.parametrize(
    ("text", "relation", "negated", "restrictive"),
    [
        ("الهدنة لم يلتزم بها إلا طرف واحد", "agreement", False, True),  # kept by one side only
        ("لا يوجد بين الفصيلين إلا تنسيق ميداني", "tactical_coordination", False, True),  # merely
        ("لم يتم التوصل إلى اتفاق، إلا أن المفاوضات مستمرة", "agreement", True, False),  # إلا أن: however
    ],
)
def test_a_negation_closed_by_illa_restricts(
    text: str, relation: str, negated: bool, restrictive: bool
) -> None:
    reading = propositions.read(text)
    assert (reading.relation, reading.negated, reading.restrictive) == (relation, negated, restrictive)


def test_all_the_arrested_civilians_contradicts_fighters_among_them() -> None:
    art = Article("h1", title="حملة اعتقالات في مدينة الساحل", published=dt.date(2025, 6, 2))
    art.said("مصدر في الشرطة", "أربعة من الموقوفين الـ30 مقاتلون أجانب دخلوا عبر الحدود", anonymous=True)
    art.said("رابطة المحامين", "جميع الموقوفين طلاب لا صلة لهم بالجماعات المسلحة")
    art.said("مرصد محلي", "القتلى في الحي الشرقي مدنيون")
    recs = annotated(art)
    c = between(recs, "أربعة من الموقوفين", "جميع الموقوفين")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-identity")
    c = between(recs, "أربعة من الموقوفين", "القتلى")  # the arrested and the dead are other people
    assert c is None or c.verdict != "contradict"


# --- ground held, and reports of one story -----------------------------------------------------------


def test_a_repelled_attack_holds_the_ground_the_other_side_says_it_took() -> None:
    art = Article("g1", title="معارك في وادي الرمل", published=dt.date(2025, 3, 2))
    art.said("مصدر عسكري", "قوات الجيش اليمني أفشلت هجوما واسعا على مواقعها في وادي الرمل", anonymous=True)
    art.said("مصدر في جماعة الحوثي", "مقاتلي الجماعة سيطروا على مواقع الجيش في وادي الرمل", anonymous=True)
    c = between(annotated(art), "أفشلت", "سيطروا")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")


def _retaken(hold: str) -> Comparison | None:
    art = Article("g2", title="اشتباكات في قرية التل", published=dt.date(2025, 3, 2))
    art.said("مجلس الدفاع المحلي", f"مقاتليه استعادوا {hold} على قرية التل فجرا", type="organization")
    art.said("الناطق باسم الحلف القبلي", "مقاتلي القبائل ما زالوا داخل قرية التل")
    return between(annotated(art), "استعادوا", "ما زالوا داخل")


def test_sides_the_entity_table_does_not_know_hold_nothing_against_each_other() -> None:
    """مقاتلو القبائل and a council's own men: two names the table does not know may be allies (on the
    corpus, every such pair was: the government's forces and the resistance), so no contradiction; but a
    hold said to be full leaves no part of the village to another side, ally or not."""
    c = _retaken("السيطرة")
    assert c is None or c.verdict != "contradict"
    c = _retaken("السيطرة الكاملة")
    assert c is not None and (c.verdict, c.rule) == ("contradict", "contradict-holder")


def test_one_hospital_s_dead_are_a_part_of_the_toll() -> None:
    art = Article("g3", title="اشتباكات في حي الزهور", published=dt.date(2025, 3, 2))
    art.said("مديرية الصحة", "مستشفى المدينة استقبل 17 جثة", type="organization")
    art.said("وزارة الداخلية", "عدد القتلى بلغ 24", type="organization")
    art.said("مصدر طبي", "المستشفى استقبل 30 جثة", anonymous=True)
    recs = annotated(art)
    part = between(recs, "17 جثة", "بلغ 24")
    assert part is None or part.verdict != "contradict"
    c = between(recs, "30 جثة", "بلغ 24")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-part-exceeds")


def _report(aid: str, day: dt.date, title: str, said: list[tuple[str, str]]) -> list[Record]:
    art = Article(aid, title=title, published=day)
    for speaker, claim in said:
        art.said(speaker, claim, anonymous=speaker.startswith("مصدر"))
    return annotated(art)


_CAMP = [
    ("مصدر عسكري", "المهاجمين تكبدوا أكثر من 40 قتيلا"),
    ("مصدر عسكري", "الهجوم انطلق من وادي الغزلان باتجاه معسكر الصفصاف فجر الأحد"),
    ("محافظ الهضاب", "القصف طال سوق الهضاب الشعبي ومحطة الوقود الغربية"),
    ("مصدر طبي", "مستشفى الهضاب المركزي يعاني نقصا في أكياس الدم"),
]
_LOSSES = ("المتحدث باسم المهاجمين", "خسائر قواته لم تتجاوز ثلاثة قتلى")


def test_two_reports_sharing_their_places_are_one_story_and_their_sparse_tolls_rival_counts() -> None:
    """The two reports share a camp, a valley, a market and a hospital: one story thread. Their sparse
    tolls of one group (the attackers' dead) are rival counts; another report's are not."""
    day = dt.date(2025, 4, 6)
    first = _report("s1", day, "هجوم على معسكر الصفصاف قرب بلدة الهضاب", _CAMP)
    second = _report(
        "s2",
        day + dt.timedelta(days=1),
        "قائد ميداني: معسكر الصفصاف صمد",
        [
            _LOSSES,
            ("المتحدث باسم المهاجمين", "مقاتليه انطلقوا من وادي الغزلان نحو بلدة الهضاب"),
            ("أحد السكان", "سوق الهضاب الشعبي ومحطة الوقود الغربية احترقتا"),
            ("مصدر طبي", "مستشفى الهضاب المركزي طلب أكياس الدم"),
        ],
    )
    other = _report(
        "s3", day, "اشتباكات على أطراف مدينة الساحل", [("مصدر أمني", "الاشتباكات اندلعت قرب ميناء الساحل")]
    )
    recs = first + second + other
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    threads = {c.record.article.id: c.thread for c in claims}
    assert threads["s1"] == ("s1", "s2") and threads["s2"] == ("s2", "s1") and threads["s3"] == ("s3",)
    c = between(recs, "أكثر من 40", "لم تتجاوز ثلاثة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")


def test_sparse_tolls_of_two_unrelated_reports_do_not_meet_as_one_event() -> None:
    day = dt.date(2025, 4, 6)
    first = _report("s1", day, "هجوم على معسكر الصفصاف قرب بلدة الهضاب", _CAMP)
    other = _report(
        "s3",
        day,
        "اشتباكات على أطراف مدينة الساحل",
        [
            _LOSSES,
            ("مصدر أمني", "الاشتباكات اندلعت قرب ميناء الساحل التجاري"),
            ("رئيس البلدية", "المدارس أغلقت أبوابها في أحياء الميناء"),
        ],
    )
    c = between(first + other, "أكثر من 40", "لم تتجاوز ثلاثة")
    assert c is None or c.verdict != "contradict"


@pytest.mark.parametrize(
    ("later", "rule"),
    [
        ("تسعة جنود قتلوا في الهجوم على حاجز الجسر بعد وفاة ثلاثة من الجرحى", "compatible-update"),
        ("تسعة جنود قتلوا في الهجوم على حاجز الجسر", "contradict-figures"),
    ],
)
def test_a_toll_that_rose_by_the_wounded_who_died_is_an_update(later: str, rule: str) -> None:
    art = Article("u1", title="هجوم على حاجز الجسر", published=dt.date(2025, 2, 1))
    art.said("الجيش", "ستة جنود قتلوا في الهجوم على حاجز الجسر", type="organization")
    art.said("مصدر عسكري", later, anonymous=True)
    c = between(annotated(art), "ستة جنود", "تسعة جنود")
    assert (c.rule if c else "compatible-update") == rule


# --- the eighth session: denials of any one, a report's own tolls ---------------------------------------


def _two_days() -> tuple[Article, Article]:
    """Two reports of one battle on consecutive days, their places shared and their headlines apart,
    for the claims a test adds."""
    places = "صرواح ومفرق الجوف وتبة القناصين ووادي ملح ومعسكر الفرضة والمشجح والزور وجبل هيلان"
    first = Article("d0", lead="تتواصل المعارك.", published=dt.date(2026, 4, 1), title="معارك في نهم")
    first.said("مصدر محلي", f"القصف طال قرى {places}", anonymous=True)
    second = Article("d1", lead="تتواصل المعارك.", published=dt.date(2026, 4, 2), title="نزوح من نهم")
    second.said("منظمة إغاثية", f"عشرات الأسر نزحت من {places}", type="organization")
    return first, second


def test_a_denial_of_arresting_anyone_denies_the_arrests_its_side_is_said_to_make() -> None:
    """أي مدني: any one at all, wherever another report of the story says the arrests were made; only
    of the side that denies (its name in full in the told arrests), not of another's arrests."""
    first, second = _two_days()
    told = "عناصر «حركة الفجر» اعتقلوا 14 مدنيا من قرى الوادي بتهمة التخابر"
    first.said("مصادر محلية", told, anonymous=True)
    first.said("مصادر أهلية", "عناصر الشرطة اعتقلوا ستة مدنيين قرب السوق", anonymous=True)
    second.said("المتحدث باسم «حركة الفجر» سامر يوسف", "اعتقال أي مدني في المنطقة", negated=True)
    recs = annotated(first, second)
    c = between(recs, "14 مدنيا", "أي مدني")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert decided(recs, "ستة مدنيين", "أي مدني") is None


@pytest.mark.parametrize(
    ("denied", "kind"),
    [
        ("قصف أي منزل في القرية", {"منزل"}),  # houses, not the village the other may name too
        ("أن يكونوا قد قتلوا أي مدني خلال المواجهات", {"مدن"}),
        ("سقوط أي قتيل روسي", {"روس"}),  # past the noun of the dead: of one people
        ("احتجاز أي من عناصر الحلف", {"حلف"}),  # past the word for its members: of that group
        ("تنفيذ أي غارة جوية في المنطقة", set()),  # any raid: no kind, a denial of the event
    ],
)
def test_what_a_denial_of_any_one_denies(denied: str, kind: set[str]) -> None:
    assert compare._denied_kind(denied) == kind


@pytest.mark.parametrize(
    ("told", "denied"),
    [
        ("مقتل سبعة من جنود القوات في هجوم الأحد على القرية", "قصف أي منزل في القرية"),
        ("ارتفاع حصيلة قتلى الجيش والمتطوعين في القرية إلى 19", "أن يكونوا قد قتلوا أي مدني في القرية"),
    ],
)
def test_a_denial_of_any_one_of_a_kind_leaves_others_of_the_event(told: str, denied: str) -> None:
    art = Article("k0", title="هجوم على قرية الحرش", published=dt.date(2026, 4, 1))
    art.said("مصادر قبلية", told, anonymous=True)
    art.said("مصدر عسكري", denied, negated=True, anonymous=True)
    recs = annotated(art)
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    assert compare._other_dead(*claims)  # the soldiers, not the houses or civilians the denial names
    assert decided(recs, told[:10], denied[:10]) is None


@pytest.mark.parametrize(
    ("civilians", "other", "rule"),
    [
        # the verb after a parenthesis (بينهم ...): civilians counted are the dead; a part above the whole
        ("١٨ مدنيا، بينهم خمسة أطفال، قتلوا في قصف السوق", "مقتل ١١ شخصا في قصف السوق",
         "contradict-part-exceeds"),
        # أعدموا: a verb of killing that counts no unit of its own
        ("أعدم المسلحون 30 مدنيا على الأقل في السوق", "قتل المسلحون تسعة مدنيين في السوق",
         "contradict-figures"),
    ],
)  # fmt: skip
def test_civilians_counted_in_a_claim_of_the_dead_are_its_toll(civilians: str, other: str, rule: str) -> None:
    art = Article("t2", title="قصف سوق بلدة الحرش", published=dt.date(2025, 6, 9))
    art.said("شبكة الأطباء", civilians, type="organization")
    art.said("حكومة الولاية", other, type="organization")
    assert decided(annotated(art), civilians[:8], other[:8]) == rule


def test_a_denial_naming_its_event_precisely_meets_the_report_of_it_in_another_report_of_the_story() -> None:
    """استهدفت سوق الزهراء: every word of the denial is in the other report's longer account, a day
    later in the same story; a denial naming another market is of another event."""
    first, second = _two_days()
    told = (
        "الحوثيين قصفوا سوق الزهراء الشعبي في مركز المديرية بطائرة مسيرة مفخخة وقتلوا بائعين وأصابوا متسوقين"
    )
    first.said("السلطة المحلية", told, type="organization")
    second.said("المتحدث باسم جماعة الحوثيين", "أن تكون قواته قد استهدفت سوق الزهراء", negated=True)
    second.said("المتحدث العسكري للحوثيين", "أن تكون قواته قد استهدفت سوق الحمراء", negated=True)
    recs = annotated(first, second)
    c = between(recs, "بطائرة مسيرة", "استهدفت سوق الزهراء")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    assert decided(recs, "بطائرة مسيرة", "سوق الحمراء") is None


@pytest.mark.parametrize(
    ("held", "holder"),
    [
        ("مقر الفرقة 22 في الضيعة لا يزال تحت سيطرتنا", "sudanese_army"),  # ours: the speaker's side
        ("مقر الفرقة 22 في الضيعة لم يخرج عن سيطرة الجيش لحظة واحدة", compare.STATE_FORCES),  # never left
    ],
)
def test_a_ground_named_before_its_hold_is_held_against_the_side_that_says_it_took_it(
    held: str, holder: str
) -> None:
    first, second = _two_days()
    first.said("قوات الدعم السريع", "سيطرنا على مقر الفرقة 22 في الضيعة", type="organization")
    second.said("المتحدث باسم الجيش السوداني العميد سالم يوسف", held)
    c = between(annotated(first, second), "سيطرنا", held[-12:])
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder")
    assert holder in c.reason


def _read(extractor: Extractor, text: str) -> list[Record]:
    """An article as the tool reads it: extracted, then its claims' propositions."""
    found = extractor.records(ArticleText("rv", text, published=dt.date(2026, 6, 7)))
    return list(propositions.annotate(found, lambda r: text))


@pytest.mark.parametrize(
    ("joined", "rule"),
    [
        ("، بينما قالت شبكة الأطباء", "contradict-figures"),  # set against each other: one event
        # two statements, the second of the report's dead (القتلى): two sources' civilian tolls of the
        # headline's shelling, rival counts of one group (_story_kind)
        (". وقالت شبكة الأطباء", "contradict-figures"),
    ],
)
def test_two_accounts_a_report_sets_against_each_other_tell_one_event(
    extractor: Extractor, joined: str, rule: str | None
) -> None:
    text = (
        "قصف مدفعي على بلدة العامرية.\n"
        f"أعلنت مديرية الصحة مقتل 14 مدنيا في قصف مدفعي طال السوق ومحيط المدرسة{joined} إن القتلى "
        "المدنيين بلغوا 23 بينهم ستة أطفال.\n"
    )
    assert decided(_read(extractor, text), "14 مدنيا", "بلغوا 23") == rule


def test_a_toll_said_to_have_risen_against_a_rival_s_count_of_the_moment(extractor: Extractor) -> None:
    """ارتفعت الحصيلة إلى 24، في حين قال X إن العدد 14: not an earlier count the toll rose from."""
    text = (
        "غارة على سوق بلدة الصالحية.\n"
        "ارتفعت حصيلة قتلى الغارة على السوق إلى 24، بحسب لجنة الإغاثة، في حين قال مسؤول محلي إن عدد القتلى "
        "بلغ 14.\n"
    )
    assert decided(_read(extractor, text), "إلى 24", "بلغ 14") == "contradict-figures"


def test_two_sides_set_against_each_other_count_each_other_s_dead(extractor: Extractor) -> None:
    """The army's count of the attackers' dead and the attackers' count of soldiers: no rival tolls."""
    text = (
        "هجوم واسع على مدينة الرهد.\n"
        "قال الجيش السوداني إن قواته كبدت المهاجمين أكثر من 150 قتيلا، في المقابل، أعلنت قوات الدعم السريع "
        "أنها قتلت عشرات من جنود الجيش.\n"
    )
    assert decided(_read(extractor, text), "أكثر من 150", "قتلت عشرات") is None


def test_a_garrison_in_a_side_s_grip_against_its_capture() -> None:
    art = Article("q", lead="هاجمت قوات الدعم السريع حامية الرهد.", published=dt.date(2026, 6, 8))
    art.said("الجيش السوداني", "حامية الرهد «ما زالت في قبضة الجيش»", type="organization")
    art.said("قوات الدعم السريع", "قواتها «حررت حامية الرهد بالكامل»", type="organization")
    assert decided(annotated(art), "في قبضة", "حررت") == "contradict-holder"


def test_an_agreement_said_not_kept_is_no_denial_that_one_was_reached() -> None:
    """لم ينفذ أيا من بنود اتفاق آذار speaks of a pact made; a ceasefire reached is no answer to it."""
    art = Article(
        "k", lead="اشتباكات بين الأمن العام وقوات «قسد» في حي الشيخ مقصود.", published=dt.date(2026, 6, 9)
    )
    art.said("وزارة الداخلية", "الطرفين «توصلا إلى اتفاق لوقف إطلاق النار» في الحي", type="organization")
    art.said("المتحدث باسم الوزارة", "«قسد» «لم تنفذ أيا من بنود» اتفاق آذار الخاص بدمج مؤسساتها")
    assert decided(annotated(art), "توصلا", "لم تنفذ") is None


def test_a_toll_less_its_part_of_one_kind_leaves_no_room_for_more_of_another() -> None:
    """9 dead of whom 5 security men leave four civilians at most: seven civilians contradict it."""
    art = Article("rl", lead="اشتباكات في حي الميدان.", published=dt.date(2026, 6, 10))
    art.said("المرصد", "اشتباكات حي الميدان أوقعت 9 قتلى، بينهم 5 من عناصر الأمن العام", type="organization")
    art.said("الهلال الأحمر", "7 مدنيين قتلوا في اشتباكات حي الميدان بينهم طفلان", type="organization")
    art.said("لجنة الحي", "3 مدنيين قتلوا في اشتباكات حي الميدان", type="organization")
    recs = annotated(art)
    assert decided(recs, "أوقعت 9", "7 مدنيين") == "contradict-part-exceeds"
    assert decided(recs, "أوقعت 9", "3 مدنيين") != "contradict-part-exceeds"


# --- people held or freed, bodies named by a post, mere meetings, story tolls, attackers ---------------


def test_the_freed_said_to_be_civilians_against_the_freed_said_to_be_fighters() -> None:
    """People freed, captured or abducted are disputed as the arrested are; a civilian kind a few words
    after them says who they all were, not after a word that makes it a part (بينهم مدنيون)."""
    art = Article(
        "x", lead="أتمت القوات المشتركة والحوثيون صفقة لتبادل الأسرى.", published=dt.date(2026, 6, 1)
    )
    art.said("لجنة شؤون الأسرى", "المفرج عنهم من سجون القوات المشتركة «مدنيون خطفوا من مزارعهم»")
    art.said("قيادة القوات المشتركة", "المحتجزين الذين سلمتهم القوات «مقاتلون أسروا في معارك الجبلية»")
    recs = annotated(art)
    assert decided(recs, "المفرج عنهم", "المحتجزين الذين") == "contradict-identity"
    assert compare._who_told("المفرج عنهم من جانب القوات المشتركة مدنيون", False) == ("held", "civilians")
    assert compare._who_told("الأسرى «ليسوا أسرى حرب، ولم يحملوا السلاح يوما»", False) == (
        "held",
        "civilians",
    )
    assert compare._who_told("المعتقلين بينهم مدنيون", False) is None


def test_a_post_named_by_its_body_speaks_for_that_body() -> None:
    """A commander or a source named by the body he serves (قائد الأمن الوطني في المخيم، مصدر في «تجمع
    شباب الحي») holds ground for it: two such bodies, one still holding what the other says it retook."""
    art = Article("q", lead="تجددت الاشتباكات في مخيم البساتين.", published=dt.date(2026, 6, 1))
    art.said("قائد الأمن الوطني في المخيم، العميد رامي سلوم", "قواته «استعادت السيطرة على مدخل حي البساتين»")
    art.said("مصدر في «تجمع شباب الحي»", "عناصره «ما زالوا يحتفظون بمواقعهم عند مدخل حي البساتين»",
             anonymous=True, type="anonymous_source")  # fmt: skip
    recs = annotated(art)
    assert decided(recs, "قواته «استعادت", "عناصره «ما زالوا") == "contradict-holder"
    source = compare._body(compare.as_claim(by_claim(recs, "عناصره")))
    assert "~تجمع" in source and "~مصدر" not in source
    # residents speak for no body
    art.said("سكان في المخيم", "المسلحين «انسحبوا من مدخل الحي»", anonymous=True, type="anonymous_source")
    assert not compare._body(compare.as_claim(by_claim(annotated(art), "المسلحين «انسحبوا")))


def test_the_ground_before_a_hold_is_not_its_holder() -> None:
    """القاعدة «لا تزال تحت سيطرة قواتنا»: the base is the ground, the speaker's forces its holder."""
    art = Article("h", lead="هاجم مقاتلو حركة الشباب قاعدة للجيش.", published=dt.date(2026, 6, 2))
    art.said("حركة الشباب", "مقاتليها «سيطروا على القاعدة بالكامل»", type="organization")
    art.said("المتحدث باسم وزارة الدفاع، العقيد عمر حسن", "القاعدة «لا تزال تحت سيطرة قواتنا»")
    recs = annotated(art)
    assert compare._holding("القاعدة «لا تزال تحت سيطرة قواتنا»") is None
    assert decided(recs, "مقاتليها «سيطروا", "القاعدة «لا تزال") == "contradict-holder"


def test_merely_a_meeting_denies_an_agreement_reached() -> None:
    lead = "اجتمع مسؤولون مع وجهاء العشيرة في بلدة الصالحية بعد مقتل أحد شيوخها."
    art = Article("m", lead=lead, published=dt.date(2026, 6, 3))
    art.said(
        "مصادر محلية", "مسلحين قتلوا الشيخ سالم الحمود أمام منزله", anonymous=True, type="anonymous_source"
    )
    art.said("المجلس المحلي", "التوصل إلى اتفاق مع وجهاء العشيرة على تشكيل لجنة تحقيق", type="organization")
    art.said("الشيخ خالد الحمود، أحد وجهاء العشيرة", "ما جرى «لم يكن سوى لقاء للاستماع»")
    recs = annotated(art)
    assert decided(recs, "التوصل إلى", "لم يكن سوى") == "contradict-not-reached"
    # سوى after a negator restricts as إلا does; a meeting told plainly is no relation of its own
    reading = propositions.read("ما جرى «لم يكن سوى لقاء للاستماع»")
    assert (reading.relation, reading.restrictive, reading.negated) == ("meeting", True, False)
    assert propositions.read("اجتماع الطرفين أسفر عن اتفاق").relation == "agreement"


def test_two_actors_joined_by_and_are_not_one_unknown_name() -> None:
    found = [m.id for m in entities.table().mentions("قاتلت في حلف مع الجيش والقوة المشتركة")]
    assert not any(x.startswith("?") and "قوه" in x for x in found)


def test_two_sources_counts_of_one_kind_of_dead_in_two_reports_of_one_story() -> None:
    """Soldiers killed, 47 by the attackers' count and six by the army's the next day, the one of its
    headline's event, the other naming its report's (في الهجوم): rival counts of one group."""

    def story(other: str) -> list[Record]:
        return _story(
            [("حركة الشباب", "مقاتليها قتلوا 47 جنديا في هجوم على مواقع الجيش في نهم")],
            [("قيادة المنطقة", other)],
            titles=("الشباب: قتلنا 47 جنديا في نهم", "الجيش يحصي خسائره"),
        )

    told = "ستة جنود قتلوا في الهجوم، بينهم ضابط برتبة ملازم أول"
    assert decided(story(told), "47 جنديا", "ستة جنود") == "contradict-figures"
    # another attack's dead, or a month's, are no rival count
    for other in ("ثلاثة جنود قتلوا في هجوم آخر على نقطة تفتيش", "قتل 29 جنديا خلال شهر يوليو"):
        assert decided(story(other), "47 جنديا", other[:12]) is None


def test_the_dead_as_a_whole_said_to_be_fighters_against_a_count_of_civilian_dead() -> None:
    """القتلى الثلاثة «عناصر»: all of them under arms, against civilians counted among the dead; a word
    for fighters further on names the killers as often, and a civilian adjective is a part, not a whole."""
    recs = _strike_report(
        ("مكتب الصحة في الحمراء", "عدد القتلى المدنيين في قرية الحمراء ارتفع إلى أربعة"),
        ("المتحدث باسم القوات، العقيد وائل سعد", "القتلى الثلاثة «عناصر من الجماعة كانوا يديرون مربض هاون»"),
    )
    assert decided(recs, "عدد القتلى", "القتلى الثلاثة") == "contradict-identity"
    assert not compare._no_civilian_dead("القتلى سقطوا برصاص مسلحين من الجماعة")
    assert not compare._no_civilian_dead("القتلى «ليسوا مقاتلين»")
    assert not compare._no_civilian_dead("انسحب المسلحون مخلفين وراءهم عشرات القتلى وعتادا عسكريا")
    # the arrested said to be fighters say nothing of the dead a claim names later
    assert not compare._no_civilian_dead("المعتقلين «عناصر في الخلية» التي أوقعت القتلى")
    assert compare._who_told("الإحصاءات حول الضحايا المدنيين لا تعبر عن حجم المأساة", False) is None
    assert compare._who_told("عدد القتلى بلغ 40 بما فيهم المدنيون", False) is None


def test_the_wounded_carried_away_are_a_part_of_the_wounded() -> None:
    recs = _strike_report(
        ("وزارة الصحة", "الغارة على قرية الحمراء أسفرت عن إصابة تسعة من رجال الأمن"),
        ("الهلال الأحمر", "نقل 8 مصابين من قرية الحمراء بطائرة الإخلاء الطبي إلى العاصمة"),
    )
    assert decided(recs, "أسفرت", "نقل 8") != "contradict-part-exceeds"
    assert compare._says("نقل 8 مصابين بطائرة الإخلاء الطبي", "received")


def test_two_sources_giving_one_attack_to_two_sides(extractor: Extractor) -> None:
    """The strike given to the Americans by one source and to Israel by another: each names its
    attacker before the word of attack, or as a nationality right after it. The dead named before the
    strike are its victims, not its authors; a doubt negated (لا يستبعد) is a guess, no account of its own."""
    lead = "استهدفت ضربة جوية فجر الخميس مخزنا قرب مدينة البوكمال."
    art = Article("a", lead=lead, published=dt.date(2026, 6, 4))
    art.said(
        "المتحدث باسم «كتائب حزب الله»، أبو علي العسكري",
        "الضربة أميركية بامتياز، ومخزن البوكمال كان مستودعا للأغذية",
    )
    art.said("مسؤول أمني إسرائيلي", "سلاح الجو الإسرائيلي نفذ الضربة على مخزن البوكمال", anonymous=True)
    recs = annotated(art)
    assert decided(recs, "أميركية", "سلاح الجو") == "contradict-attacker"
    assert compare._attackers("ستة من عناصر «كتائب حزب الله» قتلوا في الضربة") == frozenset()
    # two attacks of a day's fighting, each side's, name no one attack of the report
    day = Article("d", lead="تجددت المعارك في عدن.", published=dt.date(2026, 6, 4))
    day.said("مصدر عسكري", "التحالف العربي شن 15 غارة على مواقع الحوثيين في التواهي", anonymous=True)
    day.said("مصادر محلية", "الحوثيين قصفوا حي خور مكسر بصواريخ الكاتيوشا", anonymous=True)
    assert decided(annotated(day), "شن 15 غارة", "قصفوا حي") is None
    text = (
        "ضربة على مخزن البوكمال\n"
        "قال المتحدث باسم «كتائب حزب الله» أبو علي العسكري إن الضربة أميركية بامتياز، "
        "ومخزن البوكمال كان مستودعا للأغذية.\n"
        "ولا يستبعد الباحث سامر حداد أن تكون إسرائيل وراء الضربة على مخزن البوكمال.\n"
    )
    found = _read(extractor, text)
    guess = by_claim(found, "تكون إسرائيل")
    assert guess.proposition and guess.proposition.modality == "hedged"
    assert decided(found, "أميركية", "تكون إسرائيل") is None


def _clashes(first: list[tuple[str, str]], second: list[tuple[str, str]], dated: bool = True) -> list[Record]:
    """Two reports of one day's clashes in al-Wadi, a day apart (or undated, read in that order)."""
    titles = (
        "مواجهات الوادي: قتلى في اشتباكات بين الأمن ومسلحين قبليين",
        "الهدوء يعود إلى الوادي بعد المواجهات",
    )
    places = "حي السوق القديم ومحيط قلعة الوادي وجسر النخيل ومدرسة الفلاح وطريق المطار ومزارع الرمان"
    told = [("مصدر محلي", f"الاشتباكات امتدت إلى {places}"), ("مصدر محلي", f"الهدوء عاد إلى {places}")]
    arts = []
    for n, (said, title) in enumerate(zip((first, second), titles, strict=True)):
        day = dt.date(2026, 5, n + 1) if dated else None
        art = Article(f"w{n}", lead="اندلعت مواجهات في بلدة الوادي.", published=day, title=title)
        for speaker, claim in [*said, told[n]]:
            art.said(speaker, claim, type="organization")
        arts.append(art)
    return annotated(*arts)


def test_the_toll_of_the_clashes_is_a_casualty_claim_and_a_cap_on_the_story() -> None:
    """حصيلة المواجهات: a noun and the definite noun it governs, the toll of the clashes (not a claim of
    conflict); its cap is disputed by more bodies one hospital received in the next report."""
    assert propositions.read("حصيلة المواجهات «لم تتجاوز خمسة قتلى»").relation == "casualties"
    assert propositions.read("هجمات موحدة على مواقع الجيش").relation == "merger"
    recs = _clashes(
        [("محافظ الوادي", "حصيلة المواجهات «لم تتجاوز خمسة قتلى»")],
        [("مدير مستشفى الوادي", "المستشفى استقبل تسع جثث منذ بدء المواجهات")],
    )
    assert decided(recs, "لم تتجاوز", "تسع جثث") == "contradict-figures"


@pytest.mark.parametrize("dated", [True, False])
def test_a_toll_told_risen_against_more_bodies_counted_the_day_before(dated: bool) -> None:
    """The toll said to have risen to seven, a day after a hospital received nine: one of the two is
    wrong, dated or not (the toll says it is the latest)."""
    recs = _clashes(
        [("مدير مستشفى الوادي", "المستشفى استقبل تسع جثث منذ مساء الجمعة")],
        [("محافظ الوادي", "حصيلة المواجهات ارتفعت إلى سبعة قتلى")],
        dated=dated,
    )
    assert decided(recs, "تسع جثث", "ارتفعت إلى") == "contradict-figures"


def test_an_exact_toll_is_a_count_of_its_day() -> None:
    """A toll not said to be the latest, or told before a higher count, or against a count told risen,
    is the toll of its day: the higher one is the toll risen since; a final toll is not."""
    before = [("محافظ الوادي", "حصيلة المواجهات بلغت سبعة قتلى")]
    after = [("مدير مستشفى الوادي", "المستشفى استقبل تسع جثث منذ مساء الجمعة")]
    assert decided(_clashes(before, after), "بلغت سبعة", "تسع جثث") == "compatible-update"
    assert decided(_clashes(after, before, dated=False), "بلغت سبعة", "تسع جثث") == "compatible-update"
    risen = [("مدير مستشفى الوادي", "عدد القتلى ارتفع إلى تسعة")]
    assert decided(_clashes(risen, before, dated=False), "بلغت سبعة", "ارتفع إلى") == "compatible-update"
    final = [("محافظ الوادي", "الحصيلة النهائية للمواجهات بلغت سبعة قتلى")]
    assert decided(_clashes(final, after), "النهائية", "تسع جثث") == "contradict-figures"
    # a toll its source raised (ورفعت المديرية الحصيلة إلى سبعة) is told risen by its cue
    recs = _clashes(after, before, dated=False)
    raised = by_claim(recs, "بلغت سبعة")
    recs[recs.index(raised)] = raised.model_copy(
        update={"cue": raised.cue.model_copy(update={"lemma": "رفع"})}
    )
    assert decided(recs, "بلغت سبعة", "تسع جثث") == "contradict-figures"
    # a first toll and a toll among other counts of the dead are no latest toll
    for told in ("حصيلة غير نهائية بلغت سبعة قتلى", "الحصيلة ارتفعت إلى سبعة قتلى وقتيلين من المسلحين"):
        assert (
            decided(_clashes(after, [("محافظ الوادي", told)]), told[:12], "تسع جثث") != "contradict-figures"
        )
    # nor is a count of no dead one (أي: "that is", not "any")
    art = Article("n", lead="تتواصل الحرب في البلاد منذ عامين.", published=dt.date(2026, 5, 3))
    art.said("منظمة إغاثية", "العدد الكبير للمحتاجين يبلغ تسعة ملايين مواطن", type="organization")
    art.said("تقرير أممي", "80% من السكان بحاجة للإغاثة أي أن 21 مليون مواطن بحاجة للمساعدة", type="document")
    assert decided(annotated(art), "العدد الكبير", "21 مليون") != "contradict-figures"


def test_the_toll_of_a_state_force_counts_its_men_not_the_whole() -> None:
    """حصيلة قتلى الجيش ارتفعت إلى ستة جنود: the army's dead, not every dead of the report (a toll said
    to reach a figure is otherwise the whole count, whoever the dead were)."""
    got = [(q.unit, q.of, q.low) for q in quantities.find("حصيلة قتلى الجيش ارتفعت إلى ستة جنود")]
    assert got == [("killed", "soldiers", 6.0)]
    assert [q.of for q in quantities.find("رفعت حصيلة قتلى الجيش إلى ستة")] == ["soldiers"]
    assert [q.of for q in quantities.find("حصيلة الهجوم بلغت أربعة من عناصر اللواء")] == [None]
