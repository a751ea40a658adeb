"""Read since the thirty-seventh blind set became a development set: a toll and its wounded told as a list
(حصيلة القتلى إلى 14 والجرحى إلى 61), the number of the counted inside a bound (لا يتجاوز عددها 150),
the abducted counted as the subject of their number (المخطوفون تسعة عمال), what befell the counted told
by a verb with its object pronoun (جنود قتلهم قناص); a story's whole toll against a count told by a noun
of death (مقتل ١٦ شخصا), not one side's toll (عدد قتلى اللواء); an event said to cause no losses (الهجوم
لم يوقع أي خسائر) as a denial of its dead; a side named before its denial of a part in the fighting, and
its own brigades taking part; ground said secured or held fast in full; all the held said freed against
some held still, and freed by force against a deal or a denied ransom; kin and the released as speakers.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, contradiction
from extractkit import one, records

from tracker import compare, propositions, quantities
from tracker.extract import Extractor

KILLED, WOUNDED, ARRESTED = quantities.KILLED, quantities.WOUNDED, quantities.ARRESTED


def _read(text: str) -> list[tuple[float | None, float | None, str, str | None]]:
    return [(q.low, q.high, q.unit, q.of) for q in quantities.find(text)]


def test_a_toll_and_its_wounded_told_as_a_list() -> None:
    # (the و on the second noun opens the list's next item: it is no noun of the figure before it)
    assert _read("ارتفعت حصيلة القتلى إلى 14 والجرحى إلى 61") == [
        (14, 14, KILLED, None),
        (61, 61, WOUNDED, None),
    ]
    assert _read("بلغ عدد القتلى ٩ والجرحى ٢٠") == [(9, 9, KILLED, None), (20, 20, WOUNDED, None)]
    # (two kinds joined as one count agree in the article: قتيلا وجريحا، القتلى والجرحى)
    assert _read("ارتفاع حصيلة القتلى إلى ١٤ قتيلا والجرحى إلى ٦١") == [
        (14, 14, KILLED, None),
        (61, 61, WOUNDED, None),
    ]
    assert _read("سقط 40 قتيلا وجريحا في القصف") == [(40, 40, "casualties", None)]
    assert _read("سقط عشرات القتلى والجرحى") == [(20, 99, "casualties", None)]


def test_the_number_of_the_counted_inside_a_bound() -> None:
    assert _read("الأسر النازحة لا يتجاوز عددها 150 أسرة") == [(None, 150, "families", None)]
    assert _read("المقاتلون يتجاوز عددهم ألف مقاتل") == [(1000, None, "fighters", None)]


def test_the_abducted_counted_as_the_subject_of_their_number() -> None:
    assert _read("المخطوفون تسعة عمال فقط") == [(9, 9, ARRESTED, "عمال")]
    assert _read("أفرج المسلحون عن خمسة مخطوفين") == [(5, 5, ARRESTED, None)]


def test_what_befell_the_counted_told_by_a_verb_with_its_object_pronoun() -> None:
    assert _read("ثلاثة جنود قتلهم قناص قرب الجسر") == [(3, 3, KILLED, "soldiers")]
    assert _read("عشرة مدنيين اعتقلتهم الشرطة") == [(10, 10, ARRESTED, "civilians")]
    # (a noun after a preposition is no verb: بأسرهم is "with their families")
    assert _read("آوت البلدة المئات منهم بأسرهم") == []
    assert _read("حددت اللجنة 60 مشكلة وقضية") == []


TITLE = "قتلى في اشتباكات قبلية في بلدة طيبون"


def _report(name: str, day: int) -> Article:
    article = Article(name, title=TITLE, published=dt.date(2028, 9, day))
    return article.said("شهود عيان", "مسلحين هاجموا حاجزا للشرطة في بلدة طيبون مساء الجمعة", anonymous=True)


def test_a_later_whole_toll_below_a_count_told_by_a_noun_of_death() -> None:
    doctors = _report("a", 3).said(
        "لجنة الأطباء", "مقتل ١٦ شخصا بينهم ٣ أطفال في بلدة طيبون", type="organization"
    )
    ministry = _report("b", 5).said(
        "وزارة الصحة", "حصيلة القتلى ارتفعت إلى 14 والجرحى إلى 61", type="organization"
    )
    assert contradiction(annotated(doctors, ministry), "١٦ شخصا", "إلى 14") == "contradict-figures"


def test_a_toll_an_act_led_to_is_no_count_against_the_whole() -> None:
    doctors = _report("a", 3).said("مصدر طبي", "انفجار عبوة قرب السوق أدى إلى مقتل ١٦ شخصا", anonymous=True)
    ministry = _report("b", 5).said("وزارة الصحة", "حصيلة القتلى ارتفعت إلى 14", type="organization")
    assert contradiction(annotated(doctors, ministry), "١٦ شخصا", "إلى 14") is None


def test_one_sides_toll_is_no_whole_toll_of_the_story() -> None:
    doctors = _report("a", 3).said("لجنة الأطباء", "مقتل ١٣ شخصا في بلدة طيبون", type="organization")
    brigade = _report("b", 5).said("قائد القوة", "عدد قتلى اللواء ارتفع إلى ٥")
    assert contradiction(annotated(doctors, brigade), "١٣ شخصا", "إلى ٥") is None


def test_an_event_said_to_cause_no_losses_denies_its_dead() -> None:
    for text in ("الكمين «لم يوقع أي خسائر في صفوف الشرطة»", "القصف لم يسفر عن أي إصابات"):
        told = propositions.read(text)
        assert (told.relation, told.negated) == ("casualties", True), text
    # (the losses denied come after the claim's triggers: a verb before its subject leaves the event denied)
    assert propositions.read("لم يسفر الهجوم عن أي خسائر بشرية").relation == "attack"
    art = Article("n", lead="هجوم على نقطة عسكرية قرب وادي السدر فجر الاثنين.", published=dt.date(2028, 9, 4))
    art.said("قيادة العمليات", "الهجوم على النقطة «لم يوقع أي خسائر بين عناصرها»", type="organization")
    art.said("مصدر عسكري", "ثلاثة جنود قتلوا في الهجوم على النقطة", anonymous=True)
    art.said("مصدر طبي", "المستشفى استقبل جثتي جنديين من النقطة", anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "لم يوقع", "ثلاثة جنود") == "contradict-denial"
    # (an incident named by no event may be any of a report's several)
    other = Article(
        "m", lead="هجوم على نقطة عسكرية قرب وادي السدر فجر الاثنين.", published=dt.date(2028, 9, 4)
    )
    other.said("مصادر عسكرية", "الحادث «لم يسفر عن أي خسائر في الأرواح»", anonymous=True)
    other.said("مصدر عسكري", "ثلاثة جنود قتلوا في الهجوم على النقطة", anonymous=True)
    assert contradiction(annotated(other), "الحادث", "ثلاثة جنود") is None


def test_no_losses_among_civilians_leaves_the_dead_under_arms() -> None:
    art = Article("c", lead="غارة على موقع للفصيل قرب وادي السدر.", published=dt.date(2028, 9, 4))
    art.said("المتحدث باسم التحالف", "الغارة على الموقع «لم توقع أي إصابات في صفوف المدنيين»")
    art.said("مصدر في الفصيل", "ثمانية من مقاتلي الفصيل قتلوا في الغارة على الموقع", anonymous=True)
    assert contradiction(annotated(art), "لم توقع", "ثمانية") is None


def test_a_side_named_before_its_denial_of_a_part_in_the_fighting() -> None:
    assert compare._denied_part("الحشد الشعبي «لم يشارك في المعركة»", False) == (True, ("pmf",))
    told = _report("a", 4)
    told.said("هيئة الحشد الشعبي", "أحد ألويتها «شارك إلى جانب الجيش في صد الهجوم»", type="organization")
    denied = _report("b", 5).said("المتحدث باسم قيادة العمليات", "الحشد الشعبي «لم يشارك في المعركة»")
    assert contradiction(annotated(told, denied), "شارك إلى جانب", "لم يشارك") == "contradict-involvement"


@pytest.mark.parametrize("secured", ["باتت مؤمنة تماما", "ممسوكة بالكامل"])
def test_ground_secured_or_held_fast_against_armed_men_still_there(secured: str) -> None:
    governor = _report("a", 4).said("محافظ الإقليم", f"بلدة طيبون «{secured}»")
    residents = _report("b", 5).said(
        "سكان", "مسلحين «ما زالوا يتجولون ليلا» في بلدة طيبون", type="named_person"
    )
    assert contradiction(annotated(governor, residents), "بلدة طيبون «", "ما زالوا") == "contradict-cleared"


@pytest.mark.parametrize(
    "speaker",
    ["شقيق أحد المخطوفين", "والدة أحد القتلى", "أحد المفرج عنهم", "أحد الناجين"],
)
def test_kin_and_the_released_speak_unnamed(extractor: Extractor, speaker: str) -> None:
    said = one(records(extractor, f"وقال {speaker} إن المسلحين أطلقوا النار على السيارة."), "وقال")
    assert said.speaker.text == speaker
    assert (said.speaker.type, said.speaker.anonymous) == ("anonymous_source", True)
    assert said.claim.text == "المسلحين أطلقوا النار على السيارة"


def test_all_the_held_freed_against_some_held_still() -> None:
    assert compare._all_freed("الإفراج عن جميع الرهائن مساء الخميس")
    assert compare._all_freed("العمال «أفرج عنهم جميعا»")
    # (all of one kind of the held is not all of them)
    assert not compare._all_freed("تحرير جميع المهندسين الأتراك المخطوفين")
    freed = _report("a", 4).said("وجيه البلدة", "العمال المخطوفين «أفرج عنهم جميعا بعد الوساطة»")
    held = _report("b", 5).said(
        "عائلة أحدهم", "ثلاثة منهم «ما زالوا محتجزين لدى الخاطفين»", type="organization"
    )
    assert contradiction(annotated(freed, held), "أفرج عنهم", "ما زالوا") == "contradict-still-held"


def test_freed_by_force_against_freed_by_a_deal_or_a_denied_ransom() -> None:
    raid = _report("a", 4).said("قائد الشرطة", "قوة أمنية «حررت أربعة عمال في عملية دهم لمخبأ الخاطفين»")
    deal = _report("b", 5)
    deal.said(
        "شقيق أحد العمال",
        "الخاطفين أطلقوا سراحهم «بعد أن دفعت العائلات المبلغ لوسيط»",
        type="anonymous_source",
    )
    deal.said("مدير الشركة", "دفع أي فدية للخاطفين", negated=True)
    recs = annotated(raid, deal)
    assert contradiction(recs, "حررت أربعة", "دفعت العائلات") == "contradict-freed-how"
    assert contradiction(recs, "دفعت العائلات", "أي فدية") == "contradict-denial"
    # (a release said to come with no ransom tells no deal)
    assert not compare._deal_told("حررتهم قوة أمنية من دون دفع أي فدية")
