"""Tolls and counts read since the seventeenth blind set became a development set: a toll heading its
clause counts its dead however far its figure stands, a toll of one group keeps the group, a count named
only by an anaphor (العدد) counts what the article counted before it, a total broken down into dead and
wounded counts both, two sources' tolls told risen in one report are rival counts, and a denial of any
civilian dead meets the dead of its story as a whole unless either names who killed them. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, contradiction

from tracker import quantities

DAY = dt.date(2026, 3, 9)
LEAD = "شنت قوات «حركة السهل» فجر الأحد هجوما على حاجز للشرطة عند مدخل بلدة الرمانة."


def counted(text: str, told_before: str | None = None) -> list[tuple[float | None, str, str | None]]:
    found = quantities.find(text, told_before) if told_before else quantities.find(text)
    return [(q.low, q.unit, q.of) for q in found]


def test_a_toll_heading_its_clause_counts_its_dead_however_far_the_figure() -> None:
    text = "ارتفعت حصيلة قتلى الهجوم الذي استهدف حاجز الشرطة عند مدخل البلدة الشرقي فجر الأحد إلى سبعة عناصر"
    assert counted(text) == [(7.0, "killed", "fighters")]
    # (no toll head: the soldiers sent are no dead, however near a casualty noun)
    assert counted("سقط قتلى في القصف على البلدة أمس وأرسل الجيش 300 جندي") == [(300.0, "soldiers", None)]


def test_a_toll_of_one_group_keeps_the_group() -> None:
    assert counted("ارتفعت حصيلة القتلى المدنيين إلى 14") == [(14.0, "killed", "civilians")]
    # a group named after the figure is who the whole toll were, not a part of a larger one
    assert counted("بلغت حصيلة الهجوم خمسة قتلى من عناصر الشرطة") == [(5.0, "killed", None)]


def test_an_anaphoric_count_counts_what_the_article_counted_before() -> None:
    assert counted("العدد «تجاوز ٩ آلاف» يقيم أغلبهم في المدارس", "displaced") == [
        (9000.0, "displaced", None)
    ]
    assert counted("العدد المسجل لدينا «لا يتجاوز ٤٠٠ شخص»", "displaced") == [(None, "displaced", None)]
    # a count that names what it counts is no anaphor (العدد الأكبر من الصواريخ), nor one past its opening
    assert counted("العدد الأكبر من الصواريخ بلغ 40", "displaced") == []
    assert counted("العدد «تجاوز ٩ آلاف» يقيم أغلبهم في المدارس") == []
    # only its opening figure: one deeper in the claim is another count, of what it does not say
    later = "العدد «تجاوز ٩ آلاف» بحسب سجلات الهلال الأحمر في مخيمات المنطقة، وعاد منهم 200"
    assert counted(later, "displaced") == [(9000.0, "displaced", None)]


def test_a_total_broken_down_into_dead_and_wounded_counts_both() -> None:
    found = counted("بلغ مجموع الضحايا المدنيين 130 شخصا (40 قتيلا و90 جريحا)")
    assert found == [(130.0, "casualties", "civilians"), (40.0, "killed", None), (90.0, "wounded", None)]
    # parts that do not add up are other counts: the first stays the dead
    assert counted("بلغ عدد الضحايا 130 شخصا، وأصيب 40 وقتل 20")[0] == (130.0, "killed", None)


def test_an_anaphoric_count_of_the_displaced_against_a_lower_one_in_one_report() -> None:
    art = Article("n", lead="نزح آلاف السكان من قرى الرمانة منذ السبت.", published=DAY)
    art.said("مفوض الإغاثة في الولاية", "عدد النازحين من الرمانة «لا يتجاوز ألفي شخص»")
    art.said("منسقة الهلال الأحمر", "العدد «تجاوز ستة آلاف» يقيم أغلبهم في المدارس")
    assert contradiction(annotated(art), "لا يتجاوز ألفي", "تجاوز ستة آلاف") == "contradict-figures"


def test_two_sources_tolls_told_risen_in_one_report_are_rival_counts() -> None:
    art = Article("r", lead=LEAD, published=DAY)
    art.said("وزارة الداخلية", "حصيلة قتلى الهجوم على الحاجز ارتفعت إلى أربعة عناصر", type="organization")
    art.said("المرصد المحلي لحقوق الإنسان", "عدد قتلى هجوم الحاجز ارتفع إلى تسعة عناصر", type="organization")
    assert contradiction(annotated(art), "إلى أربعة", "إلى تسعة") == "contradict-figures"
    one = Article("r2", lead=LEAD, published=DAY)
    one.said("وزارة الداخلية", "حصيلة قتلى الهجوم على الحاجز ارتفعت إلى أربعة عناصر", type="organization")
    one.said("مصدر طبي", "عدد القتلى كان ثلاثة عناصر صباح الأحد", anonymous=True)
    assert contradiction(annotated(one), "إلى أربعة", "ثلاثة عناصر") is None  # an earlier count, not risen


def test_a_denial_of_any_civilian_dead_meets_the_dead_of_its_story() -> None:
    art = Article("c", title="الداخلية: مقتل ستة من خلية مسلحة في الرمانة", published=DAY)
    art.said("وزارة الداخلية", "مقتل ستة من خلية مسلحة في الرمانة", type="organization")
    art.said(
        "المرصد المحلي",
        "حصيلة الحملة بلغت تسعة قتلى، بينهم مزارع وفتى «لم يحملا السلاح»",
        type="organization",
    )
    art.said("محافظ الولاية", "سقوط أي مدني خلال المداهمات", negated=True)
    art.said("أحد وجهاء البلدة", "القتلى «شبان من أهالي القرى المجاورة لا علاقة لهم بأي جماعة»")
    recs = annotated(art)
    assert contradiction(recs, "لم يحملا السلاح", "سقوط أي مدني") == "contradict-denial"
    assert contradiction(recs, "شبان من أهالي", "سقوط أي مدني") == "contradict-denial"
    # the dead of a cell were armed: the dead said all civilians contradict its count
    assert contradiction(recs, "شبان من أهالي", "خلية مسلحة") == "contradict-identity"


@pytest.mark.parametrize(
    ("denial", "rule"),
    [("سقوط أي مدني خلال المداهمات", "contradict-denial"), ("تكون قواته قتلت أي مدني", None)],
)
def test_a_denial_of_civilian_dead_in_another_report_of_the_story(denial: str, rule: str | None) -> None:
    """Said of the story's dead as a whole, it meets the civilian dead another report tells in words of
    its own; a denial that its side killed any (قواته قتلت أي مدني) leaves the dead by others' fire."""
    one = Article("k1", title="مقتل تسعة في مداهمات مزارع الرمانة", published=DAY)
    one.said("أحد السكان", "جثث ثلاثة مدنيين بقيت ساعات في الشوارع المحيطة بالسوق", type="named_person")
    two = Article("k2", title="المحافظ يرد على اتهامات المرصد بشأن مداهمات مزارع الرمانة", published=DAY)
    two.said("محافظ الولاية", denial, negated=True)
    assert contradiction(annotated(one, two), "جثث ثلاثة", denial) == rule
