"""Read since the thirty-ninth blind set became a development set: no losses told as a noun (عدم سقوط
قتلى، دون سقوط ضحايا) denies a death another speaker tells; a side's word that none of its own died
meets no count whose only word of that side is the nisba of the attack (ضربة روسية قتلت ...); the act
of counting (أحصت، وثقت) and who the dead were (بينهم طلاب وعمال) tell no event apart from another; a
claim naming only the speaker's own men (وحداته) is of the speaker's side, and its denial of striking any
thing of a kind (أي منشأة طبية) meets a strike on a thing of that kind by the bare state forces; a denial
and what it denies in like words are no agreement. The extraction rules of the same session are in
test_extract_sources_and_speaker_types.py. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, by_claim, contradiction

from tracker import compare, stance

DAY = dt.date(2028, 11, 6)
TITLE = "مقتل شاب خلال مداهمة أمنية في حي الزهور بمدينة الرمادي"


@pytest.mark.parametrize("none_fell", ["عدم سقوط قتلى", "دون سقوط ضحايا", "عدم سقوط أي ضحايا"])
def test_no_losses_told_as_a_noun_denies_a_death(none_fell: str) -> None:
    article = Article("a", title=TITLE, published=dt.date(2028, 11, 6))
    article.said("مصدر طبي في مستشفى الرمادي", "مقتل شاب برصاص الشرطة خلال المداهمة", anonymous=True)
    article.said("المتحدث باسم الشرطة، العقيد سامر عودة", none_fell)
    recs = annotated(article)
    assert contradiction(recs, "مقتل شاب", none_fell) == "contradict-denial"


def test_a_sides_unharmed_ranks_meet_its_dead_not_the_victims_of_its_strike() -> None:
    army = "مصدر في وزارة الدفاع الروسية"
    first = Article(
        "a", title="القوات الروسية تشتبك مع مسلحين قرب بلدة كنسبا", published=dt.date(2028, 11, 6)
    )
    first.said(army, "عدم سقوط أي ضحايا في صفوف الجنود", anonymous=True)
    second = Article(
        "b", title="مواجهة بين القوات الروسية ومسلحين قرب بلدة كنسبا", published=dt.date(2028, 11, 7)
    )
    second.said("منظمة محلية", "ضربة روسية قتلت سبعة أشخاص من أسرة واحدة", type="organization")
    second.said("مصدر محلي في كنسبا", "مقتل أربعة عسكريين من القوات الروسية في المواجهة", anonymous=True)
    unharmed, strike, dead = compare.with_articles(
        [compare.as_claim(r, n) for n, r in enumerate(annotated(first, second))]
    )
    lat = compare.lattice()
    assert compare._own_dead_denied(unharmed, strike, lat) is None
    found = compare._own_dead_denied(unharmed, dead, lat)
    assert found is not None and found.rule == "contradict-denial"


def test_counting_and_the_kinds_of_dead_tell_no_event_apart() -> None:
    article = Article("a", title="قصف يستهدف مدرسة في بلدة الخيرات", published=dt.date(2028, 11, 9))
    article.said("وزارة التربية", "مقتل 18 مدنيا بينهم طلاب وعمال", type="organization")
    article.said("مدير الدفاع المدني، وليد حسون", "المديرية أحصت 11 قتيلا وأكثر من 30 جريحا")
    article.said("الشبكة المحلية لحقوق الإنسان", "وثقت مقتل 25 شخصا", type="organization")
    recs = annotated(article)
    assert contradiction(recs, "مقتل 18 مدنيا", "أحصت 11 قتيلا") == "contradict-part-exceeds"
    assert contradiction(recs, "أحصت 11 قتيلا", "وثقت مقتل 25") == "contradict-figures"


ARMY = "المتحدث باسم الجيش السوداني، العميد عمر حسن"
RSF = "المتحدث باسم قوات الدعم السريع، مازن عبد الله"


@pytest.mark.parametrize(
    ("denied", "told", "contradicts"),
    [
        ("وحداته قصفت أي منشأة طبية", "الجيش قصف مستشفى سنكات بمسيرة مساء الأحد", True),
        ("وحداته قصفت أي مرفق تعليمي", "الجيش قصف مدرسة سنكات بمسيرة مساء الأحد", True),
        ("وحداته قصفت أي منشأة طبية", "الجيش قصف سوق سنكات بمسيرة مساء الأحد", False),
    ],
)
def test_a_denial_of_its_own_forces_striking_any_thing_of_a_kind(
    denied: str, told: str, contradicts: bool
) -> None:
    article = Article("a", title="اتهامات متبادلة بعد قصف في سنكات", published=DAY)
    article.said(RSF, told).said(ARMY, denied, negated=True)
    recs = annotated(article)
    assert by_claim(recs, "وحداته").proposition.entities == ["sudanese_army"]
    assert (contradiction(recs, "بمسيرة", "وحداته") == "contradict-denial") is contradicts


def test_a_denial_and_what_it_denies_in_like_words_are_no_agreement() -> None:
    told, denied = (
        "قصف مستشفى سنكات التعليمي في ولاية كسلا مساء الأحد",
        "قصف مستشفى سنكات التعليمي بولاية كسلا",
    )
    article = Article("a", title="قصف مستشفى سنكات التعليمي", published=DAY)
    article.said("شهود عيان", told, anonymous=True)
    article.said("مسؤول في الولاية", denied, negated=True, anonymous=True)
    a, b = (compare.as_claim(r, n) for n, r in enumerate(annotated(article)))
    judged = stance.judge(told, denied)
    assert judged is not None and judged.verdict == "agree"  # the words alone, blind to the cue of denial
    assert compare._undecided(a, b) is None
