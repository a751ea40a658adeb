"""Tolls and sides read since the twenty-eighth blind set became a development set: the dead as the
subject of their number (القتلى «ثلاثة فقط») are a story's whole toll, a toll told as all there is stays
the latest where the reports' dates are unknown, a kind counted under "only" (3 جنود فقط) keeps its kind,
and a body the entity table does not know is at war with the state once told killing its soldiers.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import quantities

STRIKE = "ضربة بطائرات مسيرة على مخيم قرب بلدة سيدكان"


def test_the_dead_as_subject_of_their_number_are_the_whole_toll() -> None:
    report = Article("a", title=STRIKE, published=dt.date(2027, 5, 3))
    report.said("قائد القوات البرية", "عدد القتلى «تجاوز 40 مسلحا»")
    report.said("المتحدث باسم الشرطة المحلية", "القتلى «اثنان فقط»")  # (a dual, read with its noun)
    assert contradiction(annotated(report), "تجاوز 40", "اثنان فقط") == "contradict-part-exceeds"
    # the two dead told of with the article (القتيلين) are some of the dead, not the toll
    told_of = Article("b", title=STRIKE, published=dt.date(2027, 5, 3))
    told_of.said("قائد القوات البرية", "عدد القتلى «تجاوز 40 مسلحا»")
    told_of.said("المتحدث باسم الشرطة المحلية", "القتيلين كانا من عناصر الحراسة")
    assert contradiction(annotated(told_of), "تجاوز 40", "القتيلين") is None


def test_a_toll_told_as_all_there_is_disputes_a_higher_count_of_another_report() -> None:
    first = Article("a", title=STRIKE)
    first.said("مدير الناحية", "مستشفى البلدة تسلم «خمس جثث»")
    second = Article("b", title=STRIKE)
    second.said("المتحدث باسم الشرطة المحلية", "القتلى «ثلاثة فقط»")
    assert contradiction(annotated(first, second), "خمس جثث", "ثلاثة فقط") == "contradict-figures"
    # a toll not told as all there is may be an earlier count, the five found since
    plain = Article("c", title=STRIKE)
    plain.said("المتحدث باسم الشرطة المحلية", "القتلى ثلاثة")
    assert contradiction(annotated(first, plain), "خمس جثث", "القتلى ثلاثة") is None


def test_a_kind_counted_as_such_keeps_its_kind_under_only() -> None:
    (soldiers,) = quantities.find("مقتل 3 جنود فقط")
    assert (soldiers.low, soldiers.unit, soldiers.of) == (3, "killed", "soldiers")
    # a part named by من and told to be all is the whole count, whoever they were
    (whole,) = quantities.find("القتلى سبعة من عناصر القوة فقط")
    assert (whole.low, whole.of) == (7, None)
    report = Article("a", title="هجوم للمتمردين على بلدة كاغا باندورو", published=dt.date(2027, 5, 3))
    report.said("«جبهة التحرير»", "مقاتليها قتلوا «عشرات الجنود»", type="organization")
    report.said("المتحدث باسم الجيش", "الهجوم أسفر عن مقتل 3 جنود فقط")
    assert contradiction(annotated(report), "عشرات الجنود", "3 جنود") == "contradict-figures"


def test_a_body_unknown_to_the_table_told_killing_soldiers_is_at_war_with_the_state() -> None:
    def report(killed_soldiers: bool) -> Article:
        article = Article("a", title="هجوم للمتمردين على مطار بلدة نديلي", published=dt.date(2027, 5, 3))
        rebels = "«تجمع المقاتلين من أجل الوحدة»"
        article.said(rebels, "مقاتليه سيطروا على مطار نديلي", type="organization")
        if killed_soldiers:
            article.said(rebels, "مقاتليه قتلوا «عشرات الجنود»", type="organization")
        return article.said("المتحدث باسم الجيش", "الجيش «صد الهجوم بالكامل»")

    assert contradiction(annotated(report(True)), "سيطروا على مطار", "صد الهجوم") == "contradict-holder"
    # a body the table does not know, never told fighting the state, may be the army's ally
    assert contradiction(annotated(report(False)), "سيطروا على مطار", "صد الهجوم") is None
