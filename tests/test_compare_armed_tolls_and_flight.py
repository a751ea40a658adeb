"""Comparisons read since the thirty-third blind set became a development set: a toll of armed men alone
(ستة مسلحين «جميعهم من عناصر التنظيم») against a later one holding women and children, which no rise of the
toll reconciles; civilians among the wounded, who are none of the dead; anyone said unable to flee (أحدا
من السكان لم يتمكن من الفرار) against a count of those who fled; families a convoy carries, which are no
flight; a side said in so many words to take part (مقاتلين من X شاركوا في تطويق المخيم) against its denial.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

LEAD = "داهمت قوة أمنية فجر الجمعة القسم الثالث من مخيم الرميلة بحثا عن خلية مسلحة."
TITLE = "مداهمة أمنية في مخيم الرميلة"
DAY = dt.date(2028, 5, 5)


def report(name: str, day: dt.date = DAY) -> Article:
    return Article(name, lead=LEAD, title=TITLE, published=day)


def test_armed_men_alone_against_a_later_toll_with_women_and_children() -> None:
    police = report("a")
    police.said("المتحدث باسم الشرطة", "حصيلة القتلى ستة مسلحين، «جميعهم من عناصر الخلية»")
    monitor = report("b", DAY + dt.timedelta(days=2))
    monitor.said(
        "المرصد", "حصيلة قتلى المداهمة ارتفعت إلى 13، بينهم أربع نساء وثلاثة أطفال", type="organization"
    )
    monitor.said("مصدر طبي", "الحصيلة ارتفعت إلى 13 قتيلا", anonymous=True)
    recs = annotated(police, monitor)
    assert (contradiction(recs, "ستة مسلحين", "بينهم أربع نساء") or "").startswith("contradict-")
    # the same rise with no word of who the dead were is an update
    assert contradiction(recs, "ستة مسلحين", "13 قتيلا") is None


def test_civilians_among_the_wounded_are_none_of_the_dead() -> None:
    article = report("a")
    article.said("المتحدث باسم الشرطة", "الحصيلة «لم تتجاوز ستة قتلى، جميعهم من المسلحين»")
    article.said("مدير المستشفى", "أغلب الجرحى مدنيون أصابتهم الشظايا داخل خيامهم")
    assert contradiction(annotated(article), "ستة قتلى", "أغلب الجرحى") is None


def test_no_one_able_to_flee_against_those_who_fled() -> None:
    article = report("a")
    article.said("المتحدث باسم الشرطة", "أحدا من قاطني المخيم لم يتمكن من الفرار")
    article.said("مصدر في إدارة المخيم", "أكثر من 40 عائلة فرت عبر ثغرة في السياج", anonymous=True)
    assert contradiction(annotated(article), "لم يتمكن من الفرار", "40 عائلة") == "contradict-denial"


def test_families_a_convoy_carries_are_no_flight() -> None:
    article = report("a")
    article.said("المتحدث باسم الشرطة", "أحدا من قاطني المخيم لم يتمكن من الفرار")
    article.said("وزارة الهجرة", "قافلة تضم 150 عائلة ستغادر المخيم السبت إلى بلداتها", type="organization")
    assert contradiction(annotated(article), "لم يتمكن من الفرار", "150 عائلة") is None


def test_a_side_said_to_take_part_against_its_denial() -> None:
    article = report("a")
    article.said("حزب الله", "مشاركة أي من عناصره في العملية", type="organization", negated=True)
    article.said("مصدر أمني", "مقاتلين من حزب الله شاركوا في تطويق المخيم", anonymous=True)
    article.said("مصدر محلي", "مقاتلين من حزب الله لم يشاركوا في تطويق المخيم", anonymous=True)
    recs = annotated(article)
    assert contradiction(recs, "مقاتلين من حزب الله شاركوا", "أي من عناصره") == "contradict-involvement"
    assert contradiction(recs, "لم يشاركوا", "أي من عناصره") is None
