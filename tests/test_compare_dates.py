"""Rules read since the twenty-sixth blind set became a development set, where the reports' datelines gave
them dates: a report two days after another still tells its story; a denial of any agreement published
before one is said to be in force (صامدة، دخلت حيز التنفيذ) is no "not yet" of it, as it is of one newly
reached; a denial of signing leaves room for an understanding; the government's forces and a state's are
one side holding ground; a count right after its verb (أسر ١٤ جنديا) tells its event, and a denial that any
of one's men fell captive meets it; ground said retaken against ground said never lost; a strike said to hit
against every drone said intercepted; a side's full hold against the same side said to hold only a part; an
agreement said to be only on one matter against one on another; a truce in force since a time; a capped count
of the displaced in one report; an agreement said stalled only right after its noun. Sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, between

from tracker import propositions
from tracker.models import Record

TITLE = "اشتباكات في بلدة الصفصاف الحدودية"
SHELLING = "قتل خمسة مدنيين في قصف على سوق البلدة"  # makes each report one of a conflict
DAY = dt.date(2027, 10, 6)


def _report(aid: str, days_on: int, speaker: str, claim: str) -> Article:
    art = Article(aid, title=TITLE, published=DAY + dt.timedelta(days=days_on))
    return art.said("مصدر طبي", SHELLING, anonymous=True).said(speaker, claim, anonymous=True)


NONE_YET = "لا يوجد أي اتفاق مع «لواء الصفصاف» حتى الآن"


def _contradicts_one(recs: list[Record], told: str, one: str, rule: str, other: str) -> None:
    """`told` contradicts the claim with `one` by `rule`, and not the claim with `other`."""
    c = between(recs, told, one)
    assert c and (c.verdict, c.rule) == ("contradict", rule)
    c = between(recs, told, other)
    assert c is None or c.verdict != "contradict"


@pytest.mark.parametrize(
    "in_force",
    [
        "الهدنة مع «لواء الصفصاف» صامدة منذ ليل الأحد",
        "الهدنة مع «لواء الصفصاف» دخلت حيز التنفيذ فجر الاثنين",
    ],
)
def test_a_denial_before_news_of_an_agreement_in_force_contradicts_it(in_force: str) -> None:
    denial = _report("d", 0, "مسؤول حكومي", NONE_YET)
    later = _report("t", 1, "مصدر في لجنة الوساطة", in_force)
    c = between(annotated(denial, later), in_force.split()[0], "لا يوجد")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")


REACHED = "الطرفين توصلا إلى اتفاق مع «لواء الصفصاف» على هدنة"


@pytest.mark.parametrize(("denied_on", "contradicts"), [(-1, False), (2, True)])
def test_a_denial_of_an_agreement_newly_reached_before_it_and_two_days_after(
    denied_on: int, contradicts: bool
) -> None:
    """A denial the day before is the agreement's earlier state; one two days after still tells its story."""
    reached = _report("t", 0, "مصدر في لجنة الوساطة", REACHED)
    denial = _report("d", denied_on, "مسؤول حكومي", NONE_YET)
    c = between(annotated(reached, denial), "توصلا", "لا يوجد")
    assert (c is not None and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")) == contradicts


def test_a_denial_of_signing_any_agreement_leaves_room_for_an_understanding() -> None:
    told = "الوساطة أفضت إلى «تفاهم على تبادل المحتجزين» بين الطرفين"
    art = _report("u", 0, "مصدر في لجنة الوساطة", told)
    art.said("المتحدث باسم «لواء الصفصاف»", "توقيع أي اتفاق مع الحكومة", negated=True)
    c = between(annotated(art), "أفضت", "توقيع")
    assert c is None or c.verdict != "contradict"
    signed = "الطرفين وقعا اتفاقا على تبادل المحتجزين"
    art = _report("s", 0, "مصدر في لجنة الوساطة", signed)
    art.said("المتحدث باسم «لواء الصفصاف»", "توقيع أي اتفاق مع الحكومة", negated=True)
    c = between(annotated(art), "وقعا", "توقيع")
    assert c and c.verdict == "contradict"


def test_a_state_voice_counting_its_own_dead_puts_no_state_at_war_with_itself() -> None:
    """The government's forces and the state's army holding one campus are one side; the army's own count
    of its dead does not make the state a side at war with the state."""
    art = Article("g", title="معارك في محيط جامعة الفلوجة", published=DAY)
    art.said("مصادر في الجيش العراقي", "التفجير أوقع 17 قتيلا من أفراد الجيش", anonymous=True)
    art.said("قائد العمليات", "القوات العراقية بسطت سيطرتها الكاملة على جامعة الفلوجة")
    art.said("عضو مجلس المحافظة", "القوات الحكومية تفرض سيطرة كاملة على مباني جامعة الفلوجة")
    c = between(annotated(art), "بسطت", "تفرض")
    assert c is None or c.verdict != "contradict"


def test_a_count_told_right_after_its_verb_tells_its_event() -> None:
    # (أسر alone is as often families: no trigger, but a count of men after it is of men taken)
    told = annotated(_report("c", 0, "«لواء الصفصاف»", "اللواء أسر 14 جنديا خلال المعارك"))[1]
    assert told.proposition is not None and told.proposition.relation == "arrest"
    assert propositions.read("نزوح 90 أسرة من البلدة").relation is None


def test_a_denial_that_any_of_ones_men_fell_captive_against_their_captors_count() -> None:
    art = _report("p", 0, "المتحدث باسم «لواء الصفصاف»", "اللواء أسر 14 جنديا خلال المعارك")
    art.said("المتحدث باسم وزارة الدفاع", "يكون أي من عناصرها قد وقع في الأسر", negated=True)
    c = between(annotated(art), "أسر 14", "وقع في الأسر")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")
    # ... not against fighters taken, where the state's voice speaks of its own men
    art = _report("q", 0, "المتحدث باسم «لواء الصفصاف»", "مقاتلي اللواء أسروا 14 مسلحا من العشائر")
    art.said("المتحدث باسم وزارة الدفاع", "يكون أي من عناصرها قد وقع في الأسر", negated=True)
    c = between(annotated(art), "أسروا", "وقع في الأسر")
    assert c is None or c.verdict != "contradict"


def test_ground_said_retaken_against_ground_said_never_lost() -> None:
    """Retaking says the ground was lost, whichever side holds it now; holding it still does not."""
    art = _report("r", 0, "الجيش", "قواته استعادت السيطرة على بلدة الصفصاف بعد معارك عنيفة")
    art.said("مكتب الإعلام في حكومة الإقليم", "بلدة الصفصاف لم تسقط في أي لحظة")
    art.said("محافظ الإقليم", "بلدة الصفصاف لا تزال تحت سيطرة القوات الحكومية")
    recs = annotated(art)
    _contradicts_one(recs, "استعادت", "لم تسقط", "contradict-denial", "لا تزال")


def test_a_strike_said_to_hit_against_every_drone_said_intercepted() -> None:
    art = _report("i", 0, "«لواء الصفصاف»", "مسيراته دمرت مخزن الذخيرة في مطار البلدة")
    art.said("المتحدث باسم القوات المسلحة", "الدفاعات الجوية اعترضت تسع مسيرات «ولم تبلغ أي منها هدفها»")
    art.said("المتحدث باسم القوات المسلحة", "الدفاعات اعترضت ست مسيرات من تسع أطلقت على المطار")
    # (some intercepted: others may have hit)
    _contradicts_one(annotated(art), "مسيراته دمرت", "ولم تبلغ", "contradict-denial", "ست مسيرات")


def test_a_side_said_to_hold_in_full_against_the_same_side_said_to_hold_a_part_only() -> None:
    art = _report("h", 0, "«لواء الصفصاف»", "بلدة الصفصاف تحت سيطرتنا الكاملة")
    art.said("سكان", "عربات «لواء الصفصاف» تتمركز عند المدخل الغربي فقط", type="anonymous_source")
    art.said("شهود", "عربات «لواء الصفصاف» تتمركز عند المدخل الغربي وفي وسط البلدة", type="anonymous_source")
    recs = annotated(art)
    _contradicts_one(recs, "سيطرتنا الكاملة", "الغربي فقط", "contradict-holder", "وسط البلدة")


def test_an_agreement_said_to_be_only_on_one_matter_rules_out_one_on_another() -> None:
    made = "الطرفين توصلا إلى اتفاق على انسحاب المسلحين من البلدة"
    art = _report("m", 0, "مصدر في لجنة الوساطة", made)
    art.said("المتحدث باسم «لواء الصفصاف»", "جرى «تفاهم شفهي على تبادل الجثث فقط»")
    art.said("المتحدث باسم «لواء الصفصاف»", "ما جرى «مجرد تفاهم محلي» لا أكثر")
    recs = annotated(art)
    _contradicts_one(recs, "توصلا", "تبادل الجثث", "contradict-merely", "مجرد تفاهم")
    # ... one on the same matter, or a mere one naming none, rules nothing out
    art = _report("n", 0, "مصدر في لجنة الوساطة", made)
    art.said("المتحدث باسم «لواء الصفصاف»", "جرى «تفاهم شفهي على انسحاب المسلحين فقط»")
    c = between(annotated(art), "توصلا", "تفاهم شفهي")
    assert c is None or c.verdict != "contradict"


def test_a_truce_in_force_since_a_time_was_reached() -> None:
    art = _report("f", 0, "الرئيسة المشتركة للإدارة", "وقفا لإطلاق النار سرى منذ مساء الأحد بوساطة دولية")
    art.said("مصدر في وزارة الداخلية", "لا يوجد أي اتفاق لوقف إطلاق النار", anonymous=True)
    c = between(annotated(art), "سرى منذ", "لا يوجد")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")


def test_a_capped_count_of_families_displaced_in_one_report_disputes_its_other_count() -> None:
    art = _report("x", 0, "المجلس المحلي", "نزحت 480 عائلة من الحي الشرقي خلال يومين")
    art.said("المتحدث باسم «لواء الصفصاف»", "عدد العائلات التي غادرت مؤقتا «لا يتجاوز 60»")
    art.said("منظمة إغاثية", "عدد العائلات التي غادرت مؤقتا بلغ 300", type="organization")
    # (counts of two spans, neither capped)
    _contradicts_one(annotated(art), "480 عائلة", "لا يتجاوز 60", "contradict-figures", "بلغ 300")


def test_an_agreement_said_stalled_right_after_its_noun_is_not_kept() -> None:
    art = _report("k", 0, "زعيم قبلي", "اتفاق التعايش «مجمد» منذ أشهر")
    art.said("شيخ الرعاة", "اتفاق التعايش «ما زال ساريا، ونحن ملتزمون به»")
    art.said("نائب في البرلمان", "أموالا كانت مجمدة في الخارج ستعود إلى الحكومة بموجب اتفاق التعايش")
    # (frozen funds are not a frozen agreement)
    _contradicts_one(annotated(art), "ملتزمون", "«مجمد»", "contradict-not-kept", "أموالا")
