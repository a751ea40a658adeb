"""Tolls and holds read since the twenty-fourth blind set became a development set: a side's own count of
its dead against its enemy's count of them; an armed group's count of the soldiers it killed in a report
whose headline counts them; a denial of any advance (لم يتقدموا مترا واحدا) in a story; a strike's toll told
as its consequence; civilians wounded, who are none of the dead. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import propositions, quantities

DAY = dt.date(2027, 7, 11)
NEXT = DAY + dt.timedelta(days=1)
FIGHT = "معارك حول قريتي تل حمدان والسويدة قرب نهر البليخ"


def _report(id: str, title: str = FIGHT, day: dt.date = DAY) -> Article:
    return Article(id, title=title, published=day)


def test_a_sides_own_count_of_its_dead_against_its_enemys_count() -> None:
    report = _report("a")
    report.said("المتحدث باسم «لواء الفجر»", "32 عنصرا من «قسد» قتلوا في المعارك حول تل حمدان")
    report.said(
        "المركز الإعلامي لـ«قوات سوريا الديمقراطية»", "خمسة من عناصره قتلوا في المعارك", type="organization"
    )
    report.said("مصدر محلي", "ثلاثة من عناصره قتلوا في المعارك", type="anonymous_official")
    recs = annotated(report)
    assert contradiction(recs, "32 عنصرا", "خمسة من عناصره") == "contradict-figures"
    # the men of a speaker the table does not know are nobody's it can name
    assert contradiction(recs, "32 عنصرا", "ثلاثة من عناصره") is None


AMBUSH = "مقتل أربعة جنود بهجوم على حاجز الرملة قرب بلدة الوادي"


def _ambush(title: str) -> list:
    group = _report("a", title)
    group.said("المتحدث باسم «جماعة الفتح»", "مقاتليه قتلوا 15 من عناصر الجيش وأحرقوا عربتين")
    army = _report("b", AMBUSH, NEXT)
    army.said("المتحدث باسم الجيش", "مقتل أربعة جنود في الهجوم على حاجز الرملة")
    return annotated(group, army)


def test_a_groups_count_of_the_soldiers_it_killed_in_a_report_that_counts_them() -> None:
    # the group's report counts the soldiers killed in its headline: its count is of that attack
    assert contradiction(_ambush(AMBUSH), "15 من عناصر", "أربعة جنود") == "contradict-figures"
    # a headline that counts no soldiers leaves the group's count to any fight it waged
    plain = "هجوم على حاجز الرملة قرب بلدة الوادي"
    assert contradiction(_ambush(plain), "15 من عناصر", "أربعة جنود") is None


def test_a_denial_of_any_advance_against_ground_taken_in_the_story() -> None:
    title = "معارك في جبل الرمادة قرب بلدة الحزم شرقي وادي الغيل"
    army = _report("a", title)
    # (naming no place: not one metre anywhere in the story)
    army.said("المتحدث باسم الجيش", "الحوثيين «لم يتقدموا مترا واحدا»")
    houthis = _report("b", title, NEXT)
    houthis.said("المتحدث العسكري باسم الحوثيين", "قوات الجماعة «سيطرت على خمسة مواقع في تلال السدة»")
    assert contradiction(annotated(army, houthis), "مترا", "خمسة مواقع") == "contradict-denial"


def test_a_denial_of_the_enemys_advance_is_no_denial_of_the_speakers_own_hold() -> None:
    report = _report("a")
    sdf = "قائد في «قوات سوريا الديمقراطية»"
    report.said(sdf, "الفصائل «لم تتقدم مترا واحدا» في ريف البليخ", type="anonymous_official")
    report.said(sdf, "قريتي تل حمدان والسويدة «بقيتا تحت سيطرة قواتنا طوال الوقت»", type="anonymous_official")
    report.said("المتحدث باسم «لواء الفجر»", "مقاتليه «سيطروا على قرية تل حمدان» فجر الأحد")
    recs = annotated(report)
    assert contradiction(recs, "مترا", "بقيتا") is None
    assert contradiction(recs, "مترا", "سيطروا") == "contradict-denial"


def test_a_strikes_toll_told_as_its_consequence_is_not_the_fightings() -> None:
    report = _report("a", "هجوم على بلدة الوادي قرب حاجز الرملة")
    report.said("مصدر في الشرطة", "عدد قتلى الهجوم على الوادي ارتفع إلى 11 عنصرا", type="anonymous_official")
    report.said(
        "شبكة محلية", "غارة جوية استهدفت سيارة قرب الوادي، ما أدى إلى مقتل شخصين", type="media_outlet"
    )
    assert contradiction(annotated(report), "11 عنصرا", "شخصين") is None


MARKET = "قصف سوق السمك في بلدة الرملة قرب ميناء الغزلان"


def _market(first: str) -> list:
    local = _report("a", MARKET)
    local.said("مصدر أمني", first, type="anonymous_official")
    group = _report("b", MARKET, NEXT)
    group.said("المتحدث العسكري للجماعة", "القتلى «مقاتلون في صفوف العدو لا متسوقون»")
    return annotated(local, group)


def test_civilians_wounded_are_none_of_the_dead() -> None:
    wounded = "مدفعية الجماعة قصفت سوق السمك في الرملة، ما أدى إلى إصابة أربعة مواطنين"
    assert contradiction(_market(wounded), "إصابة", "مقاتلون") is None
    killed = "مدفعية الجماعة قصفت سوق السمك في الرملة، ما أدى إلى مقتل أربعة مواطنين"
    assert contradiction(_market(killed), "مقتل أربعة", "مقاتلون") == "contradict-identity"


def test_a_plural_shaped_noun_before_two_is_a_dual() -> None:
    (q,) = quantities.find("ما أسفر عن مقتل مدنيين اثنين بينهم طفل")
    assert (q.unit, q.low, q.of, q.text) == ("killed", 2.0, "civilians", "مدنيين اثنين")
    # a count's noun before a number of its part stays the count's
    found = quantities.find("أصيب خمسة مدنيين اثنان منهم بجروح خطيرة")
    assert (found[0].low, found[0].of) == (5.0, "civilians")
    assert all(q.text != "مدنيين اثنان" for q in found)


def test_a_count_of_a_kind_between_dead_and_wounded_counts_both() -> None:
    (q,) = quantities.find("سقوط «عشرات الجنود بين قتيل وجريح»")
    assert (q.unit, q.low, q.high, q.of) == ("casualties", 20.0, 99.0, "soldiers")


PORT = "مسيرة تضرب سوق السمك في ميناء الرملة"


def test_a_strike_said_to_kill_fishermen_against_one_said_to_hit_fighters() -> None:
    report = _report("a", PORT)
    report.said("الحكومة", "الهجوم أودى بحياة تسعة صيادين وأصاب 17 آخرين", type="organization")
    report.said("المتحدث العسكري باسم الجماعة", "مسيراتها استهدفت «تجمعا للمرتزقة في الميناء»")
    report.said("مصدر طبي", "المستشفى استقبل 17 جريحا", type="anonymous_official")
    recs = annotated(report)
    assert contradiction(recs, "صيادين", "تجمعا") == "contradict-target"
    # the wounded counted are no place hit
    assert contradiction(recs, "جريحا", "تجمعا") is None


def test_people_of_a_civilian_trade_among_the_dead_are_civilians() -> None:
    told = _report("a", PORT)
    told.said("مصدر طبي", "مسيرة قصفت سوق السمك في ميناء الرملة ظهر الأحد", type="anonymous_official")
    told.said("رئيس جمعية الصيادين", "معظم الضحايا «باعة سمك ومتسوقون»", type="named_person")
    denial = _report("b", PORT, NEXT)
    denial.said("المتحدث العسكري باسم الجماعة", "مسيراتها قصفت مواقع في ميناء الرملة")
    denial.said("المتحدث العسكري باسم الجماعة", "سقوط أي مدنيين في الهجوم", negated=True)
    assert contradiction(annotated(told, denial), "باعة", "مدنيين") == "contradict-denial"


def test_ground_held_by_no_side_against_a_side_said_to_hold_it() -> None:
    brigade = _report("a")
    brigade.said("المتحدث باسم «لواء الفجر»", "مقاتليه «بسطوا سيطرتهم على قريتي تل حمدان والسويدة»")
    monitor = _report("b", day=NEXT)
    monitor.said(
        "مرصد حقوقي",
        "القريتين «لا تزالان ساحة كر وفر ولم يحسم أي طرف السيطرة عليهما»",
        type="organization",
    )
    monitor.said(
        "شبكة محلية",
        "قرية الغدير «لا تزال ساحة كر وفر ولم يحسم أي طرف السيطرة عليها»",
        type="media_outlet",
    )
    recs = annotated(brigade, monitor)
    assert contradiction(recs, "بسطوا", "القريتين") == "contradict-holder"
    # another place fought over is no word on the villages
    assert contradiction(recs, "بسطوا", "الغدير") is None


def test_two_tolls_of_one_kind_in_one_report_and_a_hospitals_part() -> None:
    report = _report("a", AMBUSH)
    report.said("المتحدث باسم الجيش", "أربعة جنود لقوا حتفهم وأصيب تسعة آخرون")
    report.said("مصدر طبي", "المستشفى استقبل جثث تسعة جنود و21 جريحا منذ المساء", type="anonymous_official")
    report.said("مصدر طبي آخر", "المستشفى استقبل جثث ثلاثة جنود", type="anonymous_official")
    recs = annotated(report)
    # a hospital's dead are a part of the toll: more than it are too many, fewer are some of it
    assert contradiction(recs, "أربعة جنود", "تسعة جنود") == "contradict-part-exceeds"
    assert contradiction(recs, "أربعة جنود", "ثلاثة جنود") is None


def test_unprecedented_denies_nothing() -> None:
    for text in (
        "براميل الطيران أوقعت دمارا غير مسبوق وعددا كبيرا من القتلى",
        "براميل الطيران أوقعت دمارا لم يسبق له مثيل وعددا كبيرا من القتلى",
    ):
        assert not propositions.read(text).negated
    assert propositions.read("الطيران لم يقصف البلدة").negated


def test_each_sides_attack_on_the_other_is_two_attacks() -> None:
    report = _report("a", "هجمات متبادلة قرب بلدة الوادي وحاجز الرملة")
    report.said("المتحدث باسم حزب العمال الكردستاني", "مقاتليه سيردون على الهجوم الإسرائيلي داخل الحدود")
    report.said(
        "شهود",
        "مقاتلين من حزب العمال الكردستاني هاجموا ثكنة للجيش الإسرائيلي، وأسفر الهجوم عن مقتل جنديين",
        type="named_person",
    )
    report.said("مصدر أمني", "طائرات أميركية نفذت الهجوم على الوادي", type="anonymous_official")
    recs = annotated(report)
    assert contradiction(recs, "سيردون", "ثكنة") is None
    # two sides given one attack, neither its target in the other's words, still contradict
    assert contradiction(recs, "سيردون", "طائرات أميركية") == "contradict-attacker"
