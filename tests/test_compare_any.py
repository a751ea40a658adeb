"""Disputes read since the fourteenth blind set became a development set: a denial of any one thing (نفى أي
فدية، نفت الإفراج عن أي من الموقوفين) against the claim of its story that tells that thing, the fall of a
headquarters, and one strike said to hit a hideout and a tent. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, propositions

DAY = dt.date(2026, 9, 14)
LEAD = "خطف مسلحون مساء الخميس تسعة من رعاة الأغنام قرب بلدة العين البيضاء."
FIGHTING = ("قائد الشرطة في البلدة، العميد رائد الكبيسي", "مسلحين قتلوا اثنين من الحراس قرب البلدة")


def _story(*said: tuple[str, str, bool], lead: str = LEAD) -> list:
    art = Article("k", lead=lead, published=DAY)
    for speaker, claim, negated in said:
        art.said(speaker, claim, negated=negated, type="named_official")
    return annotated(art)


def test_a_denied_ransom_against_the_ransom_paid() -> None:
    recs = _story(
        (*FIGHTING, False),
        ("قريب لأحد المحررين", "ذويهم دفعوا فدية قدرها 15 ألف دولار عن كل شخص", False),
        ("المتحدث باسم الشرطة، المقدم خالد الراوي", "أي فدية", True),
        ("الشيخ حامد العبيدي", "لا إفراج عن الرعاة قبل دفع فدية", False),
    )
    assert contradiction(recs, "دفعوا فدية", "أي فدية") == "contradict-denial"
    # a claim that opens on a negation tells no ransom paid
    assert contradiction(recs, "لا إفراج", "أي فدية") is None


def test_a_denied_release_against_the_release_told() -> None:
    recs = _story(
        (*FIGHTING, False),
        ("مصادر محلية", "السلطات أفرجت عن اثنين من الرعاة بعد ثبوت عدم تورطهما", False),
        ("المتحدث باسم الشرطة، المقدم خالد الراوي", "الإفراج عن أي من الموقوفين", True),
    )
    assert contradiction(recs, "أفرجت عن اثنين", "الإفراج عن أي") == "contradict-denial"


def test_what_a_denial_of_any_does_not_deny() -> None:
    # people are too common to be the thing denied (أي عسكري: the dead soldiers are no captives)
    recs = _story(
        (*FIGHTING, False),
        ("مسؤول محلي", "المستشفى استقبل 17 جثة لعسكريين ومتطوعين", False),
        ("المتحدث باسم الجيش، العقيد سامي الدليمي", "وقوع أي عسكري في الأسر", True),
    )
    assert contradiction(recs, "17 جثة", "أي عسكري") is None
    # in a story of fighting, a reshuffle denied against the one announced ...
    said = (
        ("النائب سالم الحديثي", "التعديل الوزاري سيشمل أربع حقائب", False),
        ("المتحدث باسم الحكومة، ماجد الفهد", "أي تعديل وزاري في الوقت الحالي", True),
    )
    recs = _story((*FIGHTING, False), *said)
    assert contradiction(recs, "التعديل الوزاري سيشمل", "أي تعديل") == "contradict-denial"
    # ... but not a forecast ruled out (استبعد), which is no denial of fact
    ruled_out = [
        r.model_copy(update={"cue": r.cue.model_copy(update={"lemma": "استبعد"})})
        if r.claim.polarity == "negated"
        else r
        for r in recs
    ]
    assert contradiction(ruled_out, "التعديل الوزاري سيشمل", "أي تعديل") is None
    # ... and outside a story of fighting any names too much
    recs = _story(*said, lead="تتواصل في العاصمة النقاشات حول أداء الحكومة.")
    assert contradiction(recs, "التعديل الوزاري سيشمل", "أي تعديل") is None


def test_a_denied_civilian_dead_against_civilians_killed() -> None:
    recs = _story(
        (*FIGHTING, False),
        ("منظمة «عين» لحقوق الإنسان", "القصف قتل 12 مدنيا في سوق البلدة", False),
        ("المتحدث باسم الجيش، العقيد سامي الدليمي", "سقوط أي مدني", True),
    )
    assert contradiction(recs, "12 مدنيا", "أي مدني") == "contradict-denial"


def test_a_denied_fall_of_a_headquarters_against_its_taking() -> None:
    """The place a trigger names (سقوط المقر) is a particular like any other place word."""
    assert propositions.read("سقوط المقر").relation == "control"
    assert "مقر" in compare._particulars("سقوط المقر")
    art = Article("m", lead="تدور منذ أيام معارك حول مدينة الرهد.", published=DAY)
    art.said("«الدعم السريع»", "سيطرنا على مقر الفرقة 14 في الرهد", type="organization")
    art.said("الجيش", "سقوط المقر", negated=True, type="organization")
    assert contradiction(annotated(art), "سيطرنا", "سقوط المقر") == "contradict-holder"


def test_one_strike_said_to_hit_a_hideout_and_said_to_hit_a_tent() -> None:
    art = Article("s", title="غارة جوية قرب العين البيضاء", published=DAY)
    art.said("خلية الإعلام الأمني", "طائرات حربية قصفت «مضافة للإرهابيين» غربي البلدة", type="organization")
    art.said("شيخ عشيرة", "الغارة أصابت خيمة رعاة من عائلة واحدة", type="named_person")
    assert contradiction(annotated(art), "مضافة", "خيمة رعاة") == "contradict-target"


def test_a_side_said_to_hold_ground_still_and_said_to_have_withdrawn() -> None:
    art = Article("w", lead="تدور منذ الأحد معارك حول قرية الغدير.", published=DAY)
    art.said("الناطق باسم «لواء البادية»، سعد الفهد", "مقاتلي اللواء «ما زالوا داخل الغدير»")
    art.said("أحد سكان الغدير", "انسحب مقاتلو اللواء نحو الشرق قبيل الفجر", type="named_person")
    art.said("مصدر عسكري", "وحدات الجيش «ما زالت تتمركز في مواقعها داخل الغدير»", anonymous=True)
    art.said("مصدر محلي", "وحدات الجيش انسحبت من داخل الغدير منذ الفجر", anonymous=True)
    art.said("شاهد عيان", "عناصر الحرس انسحبوا من مطار البلدة", type="named_person")
    art.said("محلل عسكري", "قادة اللواء يقرون بأن قوات الحرس ما زالت داخل الغدير", type="named_person")
    recs = annotated(art)
    assert contradiction(recs, "ما زالوا داخل", "انسحب مقاتلو") == "contradict-holder"
    assert contradiction(recs, "ما زالت تتمركز", "وحدات الجيش انسحبت") == "contradict-holder"
    # another side withdrew (the guards, the brigade's fighters from the army's ground) ...
    assert contradiction(recs, "ما زالت تتمركز", "انسحب مقاتلو") is None
    assert contradiction(recs, "ما زالوا داخل", "عناصر الحرس") is None
    # ... and the side named just before the verb holds, not one named earlier in the claim (قادة اللواء)
    assert contradiction(recs, "قادة اللواء", "انسحب مقاتلو") is None
