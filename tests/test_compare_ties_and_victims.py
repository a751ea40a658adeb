"""Comparisons read since the twenty-seventh blind set became a development set: a tie belittled against
the tie it belittles when each names one party and the story the other, losses in lives as casualties, a
denial of any civilian victim against the dead of a civilian trade, and counts with one more joined to their
noun or lost in the present tense. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, contradiction
from pydantic import ValidationError

from tracker import propositions, quantities

DAY = dt.date(2027, 10, 6)
RAID = "هجوم لقوات الدعم السريع والحركة الشعبية لتحرير السودان – شمال على بلدة الحمادي جنوب كادقلي"


def _report(id: str, title: str, day: dt.date = DAY) -> Article:
    return Article(id, title=title, published=day)


def test_a_tie_belittled_when_each_claim_names_one_party() -> None:
    report = _report("a", RAID)
    report.said("مصدر طبي", "القصف على الحمادي أسفر عن مقتل ستة مدنيين", anonymous=True)
    report.said("المتحدث باسم الجيش", "ما بينها وبين الدعم السريع «تحالف عسكري كامل»")
    report.said("المتحدث باسم الحركة", "العلاقة «مجرد تنسيق سياسي»")
    recs = annotated(report)
    assert contradiction(recs, "تحالف عسكري", "مجرد تنسيق") == "contradict-merely"
    # a tie asserted in full against a lesser one asserted in full is no belittling
    other = _report("b", RAID)
    other.said("المتحدث باسم الجيش", "ما بينها وبين الدعم السريع «تحالف عسكري كامل»")
    other.said("المتحدث باسم الحركة", "العلاقة «تنسيق سياسي»")
    assert contradiction(annotated(other), "تحالف عسكري", "تنسيق سياسي") is None


def test_a_tie_belittled_in_the_next_report_without_its_parties_named_again() -> None:
    title = "قصف ومعارك في محيط بلدة الحمادي جنوب كادقلي"
    lead = "عادت الاشتباكات حول بلدة الحمادي وقرية الدشول جنوب كادقلي."
    first = Article("a", title=title, lead=lead, published=DAY)
    first.said("مصدر طبي", "القصف على الحمادي والدشول قتل ستة مدنيين", anonymous=True)
    first.said("المتحدث باسم الجيش", "الدعم السريع والحركة الشعبية يقاتلان «في حلف معلن منذ أشهر»")
    second = Article("b", title=title, lead=lead, published=DAY + dt.timedelta(days=1))
    second.said("مصدر طبي", "القصف على الحمادي والدشول قتل سبعة مدنيين", anonymous=True)
    second.said(
        "الباحث السوداني عمر الطيب",
        "ما يجري «ليس تحالفا، بل مجرد تنسيق ميداني لفتح الطرق»",
        type="named_person",
    )
    second.said("المتحدث باسم الحزب الحاكم", "ما بين الحزب والحكومة «مجرد تنسيق سياسي»")
    recs = annotated(first, second)
    assert contradiction(recs, "في حلف معلن", "ما يجري") == "contradict-merely"
    # (a belittling that names its own parties is of another tie)
    assert contradiction(recs, "في حلف معلن", "الحزب والحكومة") is None


def test_losses_in_lives_are_casualties() -> None:
    heavy = propositions.read("وحداتها كبدت القوات المهاجمة «خسائر فادحة في الأرواح»")
    assert (heavy.relation, heavy.negated) == ("casualties", False)
    none = propositions.read("المقذوفات «لم تخلف أي خسائر بشرية»")
    assert (none.relation, none.negated) == ("casualties", True)
    # losses alone are as often money
    assert propositions.read("الشركة تكبدت خسائر فادحة في البورصة").relation is None


STRIKE = "غارة جوية على مخيمات المنقبين عن الذهب قرب آبار وادي هور"


def test_no_civilian_victim_against_miners_killed() -> None:
    report = _report("a", STRIKE)
    report.said("وزير الاتصال", "العمليات العسكرية لم توقع «أي ضحية مدنية»")
    report.said("زعيم قبلي", "«أكثر من 30 منقبا» قتلوا في قصف المخيمات", type="named_person")
    assert contradiction(annotated(report), "أي ضحية", "منقبا") == "contradict-denial"


def test_one_more_of_the_counted_noun_adds_to_the_figure() -> None:
    (bodies,) = quantities.find("نقلنا خمس جثث وجثة المهاجم إلى المستشفى")
    assert (bodies.low, bodies.high, bodies.unit) == (5 + 1, 5 + 1, "killed")
    # another unit joined is a count of its own
    dead, wounded = quantities.find("سقوط أربعة قتلى وجريحين")
    assert (dead.low, dead.unit, wounded.low, wounded.unit) == (4, "killed", 2, "wounded")


def test_one_more_names_a_units_noun() -> None:
    spec = quantities.lexicon().spec
    with pytest.raises(ValidationError, match="one_more: رصاصة is in no unit"):
        quantities.NumberRules.model_validate(spec.model_dump() | {"one_more": ["جثة", "رصاصة"]})


def test_lost_in_the_present_counts_the_dead_of_a_side() -> None:
    (lost,) = quantities.find("القوات لم تفقد سوى سبعة جنود")
    assert (lost.low, lost.unit, lost.of) == (7, "killed", "soldiers")
    # (money lost is no casualty)
    assert [q.unit for q in quantities.find("الشركة تخسر 20 مليون دولار")] == ["dollars"]
