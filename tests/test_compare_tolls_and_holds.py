"""Tolls, holds, echoes and who the arrested were, read since the twentieth blind set became a development
set: the dead of a unit named in the genitive, a hospital's bodies against a lower whole toll, a side's dead
that are not a market's, a hold told as staying or as no soldier leaving his post, the speaker's own forces
that name no story, a Friday claim in a Monday report, a base that is no group, a claim told inside another,
one speaker's tolls of two strikes, a hold denied with no side named, the men mobilized beside an army, the
arrested charged or nothing but herders. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction
from extractkit import records

from tracker import compare, entities, propositions, quantities
from tracker.extract import Extractor

DAY = dt.date(2027, 2, 11)


def counts(text: str) -> list[tuple[float | None, str | None]]:
    return [(q.low, q.unit) for q in quantities.find(text)]


def test_the_dead_of_a_unit_named_in_the_genitive() -> None:
    assert counts("ثلاثة من عناصر الكتيبة قتلوا وأصيب أربعة") == [(3.0, "killed"), (4.0, "wounded")]
    assert counts("سبعة من أفراد حرس الحدود لقوا حتفهم في الكمين") == [(7.0, "killed")]
    # a count of men, then what they did and an event of theirs: no dead counted
    assert counts("40 مسلحا شنوا هجوما قتل فيه راع") == [(40.0, "fighters")]


def test_a_hospitals_bodies_against_a_lower_whole_toll() -> None:
    def received(bodies: int) -> str | None:
        art = Article("h", lead="قصفت طائرة مسيرة سوق بلدة العوينات ظهر الأحد.", published=DAY)
        art.said("وزارة الصحة", "حصيلة قتلى قصف السوق ارتفعت إلى 18 قتيلا", type="organization")
        art.said("مدير مستشفى العوينات", f"المستشفى تسلم {bodies} جثة منذ الظهر")
        return contradiction(annotated(art), "18 قتيلا", f"تسلم {bodies}")

    assert received(25) == "contradict-figures"
    assert received(11) is None  # fewer bodies than the whole: a part of it


def test_a_sides_dead_are_not_a_part_of_a_markets_toll() -> None:
    art = Article("s", lead="معارك عنيفة حول مدينة الخوي وقصف على سوقها.", published=DAY)
    art.said("المتحدث باسم الجيش", "أكثر من 100 من عناصر الدعم السريع قتلوا في المعارك")
    art.said("وزارة الصحة", "مقتل 11 شخصا وإصابة 30 في السوق", type="organization")
    recs = annotated(art)
    assert [(q.low, q.unit) for r in recs[:1] for q in r.proposition.quantities] == [(100.0, "killed")]
    assert contradiction(recs, "100 من عناصر", "11 شخصا") is None


def test_a_hold_told_as_staying_or_as_no_soldier_leaving_his_post() -> None:
    art = Article("b", lead="هجوم على جسر بلدة المنصورة الخميس.", published=DAY)
    art.said("المتحدث باسم الجيش", "الجيش «ما زال يسيطر بالكامل على جسر المنصورة»")
    art.said("المتحدث باسم قوات الدعم السريع", "قواتنا باقية على الضفة الغربية لجسر المنصورة")
    assert contradiction(annotated(art), "ما زال يسيطر", "باقية على") == "contradict-holder"
    camp = Article("c", lead="هجوم على معسكر تيساليت فجر الجمعة.", published=DAY)
    camp.said("المتحدث باسم جماعة نصرة الإسلام والمسلمين", "مقاتلي الجماعة سيطروا على معسكر تيساليت")
    camp.said("هيئة الأركان العامة", "أي جندي لم يغادر موقعه", type="organization")
    assert contradiction(annotated(camp), "سيطروا على", "لم يغادر") == "contradict-holder"


def test_the_speakers_own_forces_name_no_story() -> None:
    # two reports of two wars, undated, sharing a few words and in their headlines only "our forces"
    one = Article("o", title="الجيش: قواتنا صدت هجوما على بلدة الرهد", lead="هجوم على بلدة الرهد.")
    one.said("مدير مستشفى الرهد", "المستشفى تسلم 31 جثة")
    one.said("الوالي", "تعليق الدراسة في مدارس الولاية")
    two = Article("t", title="الفصيل: قواتنا تسيطر على مطار الوطية", lead="معارك حول مطار الوطية.")
    two.said("عميد البلدية", "عدد القتلى لم يتجاوز تسعة")
    two.said("عميد البلدية", "تعليق الدراسة في مدارس البلدية")
    assert contradiction(annotated(one, two), "تسلم 31", "لم يتجاوز تسعة") is None
    # (one story: the hospital's bodies exceed the whole toll)
    same = Article("s", title="الفصيل: قواتنا تسيطر على مطار الوطية", lead="معارك حول مطار الوطية.")
    same.said("مدير مستشفى الوطية", "المستشفى تسلم 31 جثة")
    same.said("عميد البلدية", "عدد القتلى لم يتجاوز تسعة")
    assert contradiction(annotated(same), "تسلم 31", "لم يتجاوز تسعة") == "contradict-part-exceeds"


def test_a_denied_capture_is_said_by_the_speaker_before_the_verb(extractor: Extractor) -> None:
    found = records(
        extractor,
        "لكن المتحدث باسم الجيش، العقيد سامي الطيب، نفى أسر أي جندي، مؤكدا أن القوات طهرت القرية.",
    )
    first = found[0]
    assert (first.speaker.text, first.claim.text, first.claim.polarity) == (
        "المتحدث باسم الجيش، العقيد سامي الطيب",
        "أسر أي جندي",
        "negated",
    )


def test_a_friday_seizure_meets_the_mondays_report_across_the_week() -> None:
    monday = dt.date(2027, 2, 15)  # (the Friday before is in the ISO week before)
    art = Article("w", lead="هجوم على معسكر تيساليت.", published=monday)
    art.said(
        "المتحدث باسم جماعة نصرة الإسلام والمسلمين",
        "مقاتلي الجماعة اقتحموا معسكر تيساليت فجر الجمعة وسيطروا عليه بالكامل",
    )
    art.said("المتحدث باسم الجيش", "القوات صدت الهجوم على معسكر تيساليت")
    assert contradiction(annotated(art), "اقتحموا", "صدت الهجوم") == "contradict-holder"
    # a claim dated by its own words meets an undated one of its report
    undated = Article("u", lead="هجوم على معسكر تيساليت.")
    undated.said(
        "المتحدث باسم جماعة نصرة الإسلام والمسلمين",
        "مقاتلي الجماعة سيطروا على معسكر تيساليت في 12 فبراير 2027",
    )
    undated.said("المتحدث باسم الجيش", "القوات صدت الهجوم على معسكر تيساليت")
    assert contradiction(annotated(undated), "سيطروا على", "صدت الهجوم") == "contradict-holder"


def test_a_base_is_no_group_and_its_fall_denied_holds_it() -> None:
    assert entities.table().ids("انسحاب القوتين من القاعدة الجوية") == []
    assert entities.table().ids("عناصر القاعدة في اليمن") == ["al_qaeda"]
    assert propositions.read("اتفاق على انسحاب القوتين من القاعدة الجوية").relation == "agreement"
    art = Article("q", lead="اشتباكات حول قاعدة الوطية الجوية.", published=DAY)
    art.said("وزارة الدفاع الليبية", "قواتنا تسيطر على قاعدة الوطية الجوية", type="organization")
    art.said("المتحدث باسم «قوة حماية الوطية»", "سقوط القاعدة", negated=True)
    assert contradiction(annotated(art), "تسيطر على", "سقوط القاعدة") == "contradict-holder"


def test_a_claim_told_inside_another_is_not_set_against_it() -> None:
    assert propositions.read("حركة الشباب تتحالف مع تنظيم داعش").relation == "alliance"  # (the present)
    art = Article("n", lead="جدل حول علاقة الحركة بالتنظيم.", published=DAY)
    art.said(
        "المحلل",
        "أن يكون الكاتب قد قال إن حركة الشباب تتحالف مع تنظيم داعش",
        negated=True,
        type="named_person",
    )
    outer = art.records()[0]
    told, writer = "حركة الشباب تتحالف مع تنظيم داعش", "الكاتب"
    at = outer.claim.start + outer.claim.text.index(told)
    by = outer.claim.start + outer.claim.text.index(writer)
    inner = outer.model_copy(
        update={
            "id": "inner",
            "claim": outer.claim.model_copy(
                update={"text": told, "start": at, "end": at + len(told), "polarity": "affirmed"}
            ),
            "speaker": outer.speaker.model_copy(
                update={"text": writer, "start": by, "end": by + len(writer), "resolved": writer}
            ),
        }
    )
    recs = list(propositions.annotate([outer, inner], lambda _: art.text()))
    assert [c for c in compare.compare(recs) if c.verdict == "contradict"] == []


def test_one_speakers_tolls_of_two_strikes_are_no_echo() -> None:
    one = Article("e1", lead="غارات على ريف المدينة.", published=DAY)
    one.said("مدير المرصد، رامي عبد الرحمن", "مقتل 19 مدنيا في غارات على بلدة كفرنبل")
    two = Article("e2", lead="قصف على حي الشعار.", published=DAY + dt.timedelta(days=1))
    two.said("مدير المرصد، رامي عبد الرحمن", "مقتل خمسة مدنيين بقذائف على حي الشعار")
    three = Article("e3", lead="غارات على ريف المدينة.", published=DAY + dt.timedelta(days=1))
    three.said("مدير المرصد، رامي عبد الرحمن", "مقتل 19 مدنيا في الغارات")
    recs = annotated(one, two, three)
    first, other, again = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    assert compare.decide(first, other, compare.lattice()) is None
    told = compare.decide(first, again, compare.lattice())  # (the same toll retold)
    assert told is not None and told.rule == "echo-same-speaker"


def test_a_hold_denied_with_no_side_named_is_of_its_own_report() -> None:
    told = "مقاتلي المقاومة سيطروا على حي الميناء في زنجبار"
    other = Article("d1", title="اشتباكات عنيفة في زنجبار", lead="معارك في مدينة زنجبار.", published=DAY)
    other.said("قائد المقاومة", "قوات المقاومة تسيطر على حي الميناء منذ الأحد")  # (not a copy of the other)
    own = Article("d2", title="الحوثيون: لا صحة لسيطرة الحكومة على زنجبار", lead="معارك.", published=DAY)
    own.said("متحدث", "مزاعم الحكومة بسيطرتها على زنجبار", negated=True, anonymous=True)
    own.said("قائد المقاومة", told)
    recs = annotated(other, own)
    found = {frozenset((x.a, x.b)): x.rule for x in compare.compare(recs) if x.verdict == "contradict"}
    elsewhere, denial, here = (r.id for r in recs)
    assert frozenset((elsewhere, denial)) not in found  # another report's hold, whoever holds there
    assert found.get(frozenset((here, denial))) == "contradict-denial"


def test_the_army_and_the_men_mobilized_beside_it_are_soldiers() -> None:
    assert [(q.unit, q.of) for q in quantities.find("مقتل 14 من أفراد القوات المسلحة والمستنفرين")] == [
        ("killed", "soldiers")
    ]


def test_who_the_arrested_were_charged_or_nothing_but_herders() -> None:
    art = Article("i", lead="حملة اعتقالات في قرية الصفا.", published=DAY)
    art.said("مصدر أمني", "اثنين من الموقوفين «من قيادات الصف الأول في التنظيم»", anonymous=True)
    art.said("أحد وجهاء القرية", "الموقوفين الستة «ليسوا سوى رعاة ومزارعين»", type="named_person")
    assert contradiction(annotated(art), "من قيادات", "ليسوا سوى") == "contradict-identity"
    told = Article("t", lead="حملة اعتقالات في قرية الصفا.", published=DAY)
    told.said("مصدر أمني", "اثنين من الموقوفين «من قيادات الصف الأول في التنظيم»", anonymous=True)
    told.said("أحد وجهاء القرية", "الأربعة الذين أوقفتهم القوات أولا مجرد رعاة أغنام", type="named_person")
    assert contradiction(annotated(told), "من قيادات", "مجرد رعاة") == "contradict-identity"
    # the arrested counted by their charge, in a report a day later and undated, and those the forces arrested
    charged = Article("c1", title="اعتقالات في بلدة تيسيت", lead="حملة أمنية في تيسيت.", published=DAY)
    charged.said("مصدر في الدرك", "الأمن اعتقل في تيسيت ثمانية «متعاونين» مع المهاجمين", anonymous=True)
    herders = Article("c2", title="احتجاج على اعتقالات تيسيت", lead="حملة أمنية في تيسيت.")
    herders.said("جمعية الرعاة", "الموقوفين الثمانية في تيسيت مجرد رعاة", type="organization")
    for report in (charged, herders):  # (one story: its attack told in both)
        report.said("شهود", "مسلحين هاجموا سوق تيسيت الأسبوعي بالدراجات النارية", anonymous=True)
    assert contradiction(annotated(charged, herders), "متعاونين", "مجرد رعاة") == "contradict-identity"


def test_a_side_said_to_lie_about_retaking_a_place() -> None:
    assert propositions.read("الجيش «يكذب بشأن استعادة المطار»").negated
    art = Article("l", lead="معارك حول مطار بلدة ديبرا.", published=DAY)
    art.said("قيادة الجيش", "ديبرا كلها «تحت السيطرة الكاملة»", type="organization")
    art.said("قائد ميداني في «فانو»", "الجيش «يكذب بشأن استعادة المطار»", anonymous=True)
    assert contradiction(annotated(art), "تحت السيطرة", "يكذب بشأن") == "contradict-denial"
