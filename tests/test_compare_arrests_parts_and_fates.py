"""Read since the fortieth blind set became a development set: one report's rival counts of a round-up,
whatever each calls those taken (سودانيا، رجلا), and never a part of them (بين الموقوفين ستة طلاب) nor
a count set against a denial that one named man was taken; a part told in the singular (بينها جثة
امرأة) or at length between commas, whose words tell who the dead were, not which event; two hospitals'
or crews' counts as two parts of a toll, and a hospital's bodies with an attacker's among them no
rival of a toll of victims; one person said alive and said killed; deportation denied and told, of
"some of them" (٤٠ منهم); a count told by "the latest tally" as an update; a seizure inside a state's
waters and in international waters; the one thing hijacked freed and held still; a toll with an
attacker among its dead; a denial of any tie to an attack against the blame for it; and a day's dead in
scattered places as a tally. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, contradiction
from extractkit import after_earlier, one

from tracker import compare, quantities
from tracker.extract import Extractor

DAY = dt.date(2028, 12, 4)


def round_up() -> Article:
    article = Article("a", title="حملة دهم واسعة في حي الكرامة بمدينة القضارف", published=DAY)
    article.said(
        "مديرية الأمن في الولاية", "توقيف 35 سودانيا خلال حملة دهم في حي الكرامة", type="organization"
    )
    article.said("منظمة محامو الطوارئ", "عدد المعتقلين تجاوز 90، بينهم أربعة قاصرين", type="organization")
    article.said("رئيس لجنة الحي، حامد إدريس", "قرابة 70 رجلا أوقفوا في الحي")
    article.said("ناشط في الحي", "بين الموقوفين ستة طلاب من جامعة المدينة", anonymous=True)
    return article


def test_one_reports_counts_of_a_round_up_are_rival_whatever_they_call_those_taken() -> None:
    recs = annotated(round_up())
    assert contradiction(recs, "توقيف 35 سودانيا", "عدد المعتقلين تجاوز 90") == "contradict-figures"
    assert contradiction(recs, "توقيف 35 سودانيا", "قرابة 70 رجلا") == "contradict-figures"
    assert contradiction(recs, "بين الموقوفين ستة طلاب", "توقيف 35 سودانيا") is None


def test_one_reports_arrests_in_two_places_are_two_rounds() -> None:
    article = Article("a", title="حملة اعتقالات في ولاية القضارف", published=DAY)
    article.said("مديرية الأمن في الولاية", "توقيف 12 شخصا في حي الكرامة", type="organization")
    article.said("لجنة المحامين", "توقيف 40 شخصا في مدينة كسلا", type="organization")
    assert contradiction(annotated(article), "توقيف 12", "توقيف 40") is None


def test_those_taken_told_as_a_part_and_after_their_noun() -> None:
    (part,) = quantities.find("بين المعتقلين خمسة أطباء")
    assert quantities.is_part(part) and part.unit == quantities.ARRESTED
    (count,) = quantities.find("قرابة 70 رجلا أوقفوا في الحي")
    assert count.unit == quantities.ARRESTED and count.low is not None and count.low < 70 < (count.high or 0)


def test_a_denial_that_one_named_man_was_taken_denies_no_count() -> None:
    article = Article("a", title="اعتقالات في حي الكرامة بمدينة القضارف", published=DAY)
    article.said("محامي الموقوفين، صلاح عثمان", "عدد من أوقفوا لم يتجاوز 20 شخصا")
    article.said(
        "مديرية الأمن في الولاية", "يكون الناشط سامي يوسف قد أوقف", type="organization", negated=True
    )
    recs = annotated(article)
    assert contradiction(recs, "عدد من أوقفوا", "سامي يوسف") is None


def test_a_part_told_in_the_singular_or_at_length_between_commas() -> None:
    bodies, part = quantities.find("المستشفى الميداني استقبل 9 جثث، بينها جثة امرأة مسنة")
    assert (bodies.low, bodies.high) == (9, 9) and quantities.is_part(part) and part.high is None
    told = "6 أشخاص، بينهم 2 من حراس مدير المرفأ في مدينة اللاذقية العقيد سامر نصور، قتلوا وأصيب 14 آخرون"
    units = [(q.unit, q.low) for q in quantities.find(told) if not quantities.is_part(q)]
    assert units == [(quantities.KILLED, 6), (quantities.WOUNDED, 14)]
    assert quantities.without_parts("قتل 13، بينهم 4 أطفال، في القصف") == "قتل 13، ، في القصف"
    assert quantities.without_parts("قتلت أكثر من 30 منهم") == "قتلت أكثر من 30 منهم"
    no_comma = "120 شخصا بينهم 15 أجنبيا أوقفوا في المداهمات"
    assert quantities.without_parts(no_comma) == "120 شخصا  أوقفوا في المداهمات"
    quoted = "قتلوا «19 مدنيا، بينهم 3 نساء» بعد اقتحام القرية"
    assert quantities.without_parts(quoted) == "قتلوا «19 مدنيا، » بعد اقتحام القرية"


def test_who_the_dead_were_tells_no_event_apart_from_the_toll() -> None:
    article = Article("a", title="انفجار عبوة قرب سوق الخضار في مدينة اللاذقية", published=DAY)
    article.said("قيادة الشرطة", "5 قتلى في انفجار عبوة ناسفة قرب سوق الخضار", type="organization")
    article.said(
        "مصدر طبي", "المستشفى الميداني استقبل 9 جثث، بينها جثة امرأة كانت تبيع الخبز", anonymous=True
    )
    article.said("مدير الصحة، نزار الحلبي", "حالة ثلاثة منهم حرجة والعدد تجاوز 30 جريحا")
    article.said("الهلال الأحمر", "إصابة 12 شخصا في الانفجار", type="organization")
    recs = annotated(article)
    assert contradiction(recs, "5 قتلى", "استقبل 9 جثث") == "contradict-part-exceeds"
    assert contradiction(recs, "حالة ثلاثة منهم حرجة", "إصابة 12 شخصا") == "contradict-figures"


def test_two_crews_or_hospitals_counts_are_two_parts_of_a_toll() -> None:
    article = Article("a", title="اشتباكات عنيفة في حي الكرامة بمدينة القضارف", published=DAY)
    article.said("الهلال الأحمر", "فرقه نقلت 12 جريحا إلى مستشفيات المدينة", type="organization")
    article.said("مدير مستشفى القضارف، حسن آدم", "المستشفى استقبل 4 جثث، بينها جثة طفل، وسبعة جرحى")
    recs = annotated(article)
    assert contradiction(recs, "نقلت 12 جريحا", "وسبعة جرحى") is None


def fates(alive: str, dead: str) -> str | None:
    article = Article("a", title="انفجار يستهدف موكب محافظ مدينة القضارف", published=DAY)
    article.said("المتحدث باسم الولاية، عمر الطيب", alive)
    article.said("إذاعة محلية", dead, type="media_outlet")
    return contradiction(annotated(article), alive, dead)


def test_one_man_said_alive_and_said_killed() -> None:
    assert fates("المحافظ «نجا من الانفجار وعاد إلى مكتبه»", "المحافظ «قتل مع اثنين من حراسه»")
    assert fates("المسعفون «جميعهم بخير»", "مسعفا شابا قتل برصاص المسلحين")
    assert fates("المحافظ «نجا من الانفجار وعاد إلى مكتبه»", "مرافقه «قتل في الانفجار»") is None
    assert fates("راكبا «نجا من الانفجار»", "راكبا مصريا قتل برصاص المسلحين") is None


def test_a_fate_meets_every_fate_of_its_story() -> None:
    article = Article("a", title="انفجار يستهدف موكب محافظ مدينة القضارف", published=DAY)
    article.said("المتحدث باسم الولاية، عمر الطيب", "المحافظ «نجا من الانفجار»")
    article.said("مديرية الأمن في الولاية", "توقيف 3 مشتبه بهم", type="organization")
    alive, other = (compare.as_claim(r, n) for n, r in enumerate(annotated(article)))
    assert ("fate", "@a") in compare.block_keys(alive)[0]
    assert not any(k[0] == "fate" for k in compare.block_keys(other)[0])


@pytest.mark.parametrize("bodies", ["بينها جثة الانتحاري", "بينها جثة امرأة"])
def test_a_hospitals_bodies_with_an_attackers_among_them(bodies: str) -> None:
    article = Article("a", title="تفجير انتحاري في سوق مدينة كسلا", published=DAY)
    article.said("شهود عيان", "قتل ستة أشخاص في التفجير", anonymous=True)
    article.said("مدير المستشفى، آدم الطاهر", f"المستشفى الميداني استقبل سبع جثث، {bodies}")
    found = contradiction(annotated(article), "قتل ستة", "استقبل سبع")
    assert found == (None if "الانتحاري" in bodies else "contradict-part-exceeds")


def test_a_speaker_telling_of_a_verbal_noun_of_deporting_to_an_outlet(extractor: Extractor) -> None:
    found = after_earlier(extractor, "ونفى مسؤول تركي لـ«الأناضول» ترحيل أي من اللاجئين.")
    said = one(found, "ونفى")
    assert (said.speaker.text, said.claim.text, said.claim.polarity) == (
        "مسؤول تركي",
        "ترحيل أي من اللاجئين",
        "negated",
    )


def test_deportation_denied_against_some_of_them_deported() -> None:
    article = Article("a", title="ترحيل لاجئين سوريين من مدينة غازي عنتاب", published=DAY)
    article.said("منظمة حقوقية سورية", "٤٠ منهم «رحلوا قسرا» عبر الحدود", type="organization")
    article.said("مصدر في إدارة الهجرة التركية", "ترحيل أي من المحتجزين", anonymous=True, negated=True)
    recs = annotated(article)
    assert {r.proposition.relation for r in recs} == {"deportation"}
    assert contradiction(recs, "رحلوا قسرا", "ترحيل أي") == "contradict-denial"


@pytest.mark.parametrize(
    ("source", "kind"), [("آخر حصيلة رسمية", "document"), ("منظمة حقوقية", "organization")]
)
def test_the_latest_tally_updates_an_earlier_count(source: str, kind: str) -> None:
    article = Article("a", title="حملة اعتقالات واسعة في مدن عدة", published=DAY)
    article.said("مكتب رئيس الحكومة", "الشرطة أوقفت 140 شخصا في حملة على الخلايا", type="organization")
    article.said(source, "180 شخصا أوقفوا بينهم عشرات الأجانب", type=kind)
    found = contradiction(annotated(article), "أوقفت 140", "180 شخصا")
    assert found == (None if "حصيلة" in source else "contradict-figures")


@pytest.mark.parametrize(
    ("where", "contradicts"),
    [("الناقلة كانت في المياه الدولية حين اعترضتها الزوارق", True), ("الخطف جرى قرب جزيرة زقر", False)],
)
def test_a_seizure_inside_a_states_waters_and_in_international_waters(where: str, contradicts: bool) -> None:
    article = Article("a", title="خطف ناقلة نفط قبالة مدينة المخا", published=DAY)
    article.said(
        "خفر السواحل اليمنية", "زوارق مسلحة خطفت الناقلة في المياه الإقليمية قبالة المخا", type="organization"
    )
    article.said("الشركة المالكة للناقلة", where, type="organization")
    found = contradiction(annotated(article), "زوارق مسلحة", where[:10])
    assert found == ("contradict-exclusive" if contradicts else None)


@pytest.mark.parametrize(
    ("freed", "contradicts"),
    [
        ("قوة خاصة «حررت الحافلة المختطفة وركابها» فجرا", True),
        ("قوة خاصة «حررت أحد الركاب» فجرا", False),
        ("قوة خاصة «حررت الركاب المخطوفين» فجرا", False),
    ],
)
def test_the_one_thing_hijacked_freed_against_it_held_still(freed: str, contradicts: bool) -> None:
    article = Article("a", title="خطف حافلة ركاب على طريق مدينة سبها", published=DAY)
    article.said("مديرية أمن سبها", freed, type="organization")
    article.said("أحد وجهاء المنطقة، علي الطاهر", "الحافلة «لا تزال في قبضة المسلحين» قرب الوادي")
    found = contradiction(annotated(article), freed[:10], "الحافلة «لا")
    assert (found is not None) == contradicts


@pytest.mark.parametrize(("among", "contradicts"), [("، بينهم انتحاري،", False), ("", True)])
def test_a_toll_with_an_attacker_among_its_dead(among: str, contradicts: bool) -> None:
    article = Article("a", title="تفجير انتحاري قرب مبنى البلدية في مدينة كسلا", published=DAY)
    article.said("قائد الشرطة، عثمان بابكر", "خمسة أشخاص قتلوا في التفجير وأصيب 12")
    article.said("مسؤولون في المدينة", f"ستة أشخاص{among} لقوا حتفهم في التفجير", anonymous=True)
    found = contradiction(annotated(article), "خمسة أشخاص", "ستة أشخاص")
    assert (found is not None) == contradicts


def test_two_counts_carried_alike_are_rivals() -> None:
    article = Article("a", title="اشتباكات عنيفة في حي الكرامة بمدينة القضارف", published=DAY)
    article.said("الهلال الأحمر", "فرقه نقلت 12 جريحا بطائرة إخلاء إلى الخرطوم", type="organization")
    article.said("مدير الصحة، حسن آدم", "طائرة الإخلاء نقلت 7 جرحى إلى الخرطوم")
    assert contradiction(annotated(article), "نقلت 12", "نقلت 7") == "contradict-figures"


@pytest.mark.parametrize(
    ("told", "denied", "contradicts"),
    [
        ("«خلايا تابعة لحركة الشباب» بالوقوف وراء التفجير", "أي علاقة للحركة بالتفجير", True),
        ("مقتل ثلاثة أشخاص في التفجير", "أي علاقة للحركة بمقتل الحارس", False),
    ],
)
def test_a_denial_of_any_tie_to_the_attack_meets_the_blame(told: str, denied: str, contradicts: bool) -> None:
    article = Article("a", title="تفجير يستهدف مركزا للشرطة في مدينة بلدوين", published=DAY)
    article.said("قائد الشرطة، عثمان بابكر", told)
    article.said("المتحدث باسم حركة الشباب، علي طاهر", denied, negated=True)
    found = contradiction(annotated(article), told[:8], denied[:8])
    assert found == ("contradict-denial" if contradicts else None)


def test_a_days_dead_in_scattered_places_are_a_tally_not_the_wars_toll() -> None:
    article = Article("a", title="قصف متبادل في مدينة تعز", published=DAY)
    article.said("مصدر طبي", "قتل 7 أشخاص في أماكن متفرقة", anonymous=True)
    told = "قتل نحو 900 شخص في المعارك، بينهم عشرات النساء"
    article.said("الأمم المتحدة", told, type="organization")
    assert contradiction(annotated(article), "قتل 7", "قتل نحو") is None
