"""Comparisons read since the thirty-third blind set became a development set: a toll of armed men alone
(ستة مسلحين «جميعهم من عناصر التنظيم») against a later one holding women and children, which no rise of the
toll reconciles; civilians among the wounded, who are none of the dead; anyone said unable to flee (أحدا
من السكان لم يتمكن من الفرار) against a count of those who fled; families a convoy carries, which are no
flight; a side said in so many words to take part (مقاتلين من X شاركوا في تطويق المخيم) against its denial;
a matter still negotiated (ملف التسليم «ما زال قيد النقاش») against the agreement on it; a side's denial of
its own dead and its own toll of the enemy it fought, which do not meet.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare

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


def test_an_agreement_told_against_a_matter_still_negotiated() -> None:
    # (an agreement is compared in a story of fighting: each report tells the raid's dead)
    ministry = report("a").said("مصدر أمني", "مسلحين قتلوا أربعة أشخاص في المخيم", anonymous=True)
    ministry.said(
        "وزارة الداخلية", "التوصل إلى اتفاق مع الإدارة المحلية على تسليم المخيم", type="organization"
    )
    camp = report("b", DAY + dt.timedelta(days=1)).said(
        "مصدر طبي", "مسلحين قتلوا أربعة أشخاص", anonymous=True
    )
    camp.said("مديرة المخيم", "ملف تسليم المخيم «ما زال قيد النقاش»")
    recs = annotated(ministry, camp)
    assert contradiction(recs, "التوصل إلى اتفاق", "ما زال قيد النقاش") == "contradict-not-reached"


def test_a_side_denying_its_own_dead_counts_the_enemy_dead() -> None:
    first = report("a").said("المتحدث باسم الأسايش", "سقوط أي قتيل في صفوف قواته خلال المداهمة", negated=True)
    later = report("b", DAY + dt.timedelta(days=2))
    later.said("الأسايش", "حصيلة المداهمة «استقرت عند ستة قتلى من أفراد الخلية»", type="organization")
    later.said("المرصد", "حصيلة المداهمة «استقرت عند ستة قتلى»", type="organization")
    claims = {c.record.speaker.text: c for c in (compare.as_claim(r) for r in annotated(first, later))}
    denial = claims["المتحدث باسم الأسايش"]
    assert compare._other_dead(claims["الأسايش"], denial)  # its own voice counts the enemy's dead
    assert not compare._other_dead(claims["المرصد"], denial)  # another's count may be of its men
