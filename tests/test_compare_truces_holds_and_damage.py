"""Rules read since the twenty-fifth blind set became a development set: a side's count of the men it
killed against its enemy's count of its own dead; ground said to be in a side's hands or keeping; a truce
agreed (توافقا) or in force against a denial of any, or talks said to have led to none; a denial of any
damage against a strike said to destroy something there; the rebels and the army of eastern Congo as two
sides; no stance contradiction between one side's two voices; the dead said to be wanted men; counts of
those held, and a denial of the ground of arrests; talks short of an agreement; a tie belittled in its story,
or said to be gone beyond; بمجرد restricting nothing. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, between, contradiction

from tracker import entities, propositions, quantities

DAY = dt.date(2027, 9, 3)
NEXT = DAY + dt.timedelta(days=1)
AMBUSH = "كمين لرتل عسكري على طريق وادي الحجر قرب بلدة أم سيالة"


def _report(id: str, title: str = AMBUSH, day: dt.date = DAY) -> Article:
    return Article(id, title=title, published=day)


def _ambush(killers: str) -> list:
    group = _report("a")
    group.said("«جبهة الخلاص الوطني»", killers, type="organization")
    army = _report("b", AMBUSH, NEXT)
    army.said("هيئة أركان الجيوش", "بمقتل ٤ جنود وإصابة ٩ آخرين في الكمين", type="organization")
    return annotated(group, army)


def test_a_sides_count_of_the_men_it_killed_against_the_enemys_count_of_its_own() -> None:
    recs = _ambush("قتلوا «٣٥ على الأقل» من أفراد الرتل في الكمين")
    assert contradiction(recs, "٣٥ على الأقل", "٤ جنود") == "contradict-figures"


def test_a_killers_count_of_two_kinds_leaves_room_for_the_enemys_count_of_one() -> None:
    # (the soldiers may be a part of the soldiers and militiamen the group counts)
    recs = _ambush("قتلوا «أكثر من ٦٠ من عناصر الجيش والميليشيات» في الكمين")
    assert contradiction(recs, "أكثر من ٦٠", "٤ جنود") is None
    for text, two in (("قتلوا ٤٠ جنديا ومرتزقا", True), ("قتلوا ٤٠ جنديا وأسروا آخرين", False)):
        assert quantities.of_two_kinds(quantities.find(text)[0], text) is two


TOWN = "معارك للسيطرة على بلدة كاسيكا في سهل روزيزي"


def test_ground_in_a_sides_hands_against_a_rival_who_says_it_took_it() -> None:
    army = _report("a", TOWN)
    army.said("المتحدث باسم الجيش الكونغولي", "بلدة كاسيكا «في أيدينا» ولم يدخلها المتمردون")
    rebels = _report("b", TOWN, NEXT)
    rebels.said("المتحدث باسم حركة «إم 23»", "مقاتلي الحركة سيطروا بالكامل على بلدة كاسيكا")
    recs = annotated(army, rebels)
    assert contradiction(recs, "في أيدينا", "سيطروا بالكامل") == "contradict-holder"


def test_the_rebels_and_the_army_of_eastern_congo_are_two_sides() -> None:
    table = entities.table()
    assert [m.id for m in table.mentions("حركة «إم ٢٣» المتمردة")] == ["m23"]
    assert [m.id for m in table.mentions("القوات المسلحة الكونغولية")] == ["drc_government"]
    army = _report("a", TOWN)
    army.said("المتحدث باسم القوات المسلحة الكونغولية", "الجيش «يسيطر سيطرة تامة على كاسيكا»")
    rebels = _report("b", TOWN, NEXT)
    rebels.said("حركة «إم ٢٣»", "مقاتليها سيطروا على بلدة كاسيكا بعد معارك عنيفة", type="organization")
    assert contradiction(annotated(army, rebels), "سيطرة تامة", "مقاتليها") == "contradict-holder"


def test_one_sides_two_voices_are_no_stance_contradiction() -> None:
    # (the stance judge reads "ولا أسرى" as a negation the other claim lacks)
    report = _report("a", TOWN)
    report.said("الجيش الكونغولي", "كاسيكا في أيدينا ولا أسرى بورونديين لدى «إم 23»", type="organization")
    report.said("المتحدث باسم القوات المسلحة الكونغولية", "الجيش «يسيطر سيطرة تامة على كاسيكا»")
    judged = between(annotated(report), "في أيدينا", "سيطرة تامة", stance=True)
    assert judged is None or judged.verdict != "contradict"


TRUCE = "هدنة إنسانية في مدينة الضعين ومطارها بعد معارك حي النصر"
FIGHT = "قصفا مدفعيا استهدف حي النصر قرب مطار الضعين وأسفر عن مقتل ثلاثة مدنيين"


def _truce(id: str, day: dt.date = DAY) -> Article:
    """A report of the truce in a story of fighting (the agreements of a story are compared in its war)."""
    return _report(id, TRUCE, day).said("مصدر طبي", FIGHT, type="anonymous_source")


def test_a_truce_agreed_or_in_force_against_a_denial_of_any() -> None:
    report = _truce("a")
    report.said("مستشار قائد الدعم السريع", "الطرفين توافقا عبر الوسطاء على هدنة مدتها 48 ساعة")
    report.said("المتحدث باسم الدعم السريع", "الهدنة «دخلت حيز التنفيذ صباح الخميس»")
    # (denied the next day: a denial before the news would be its earlier state)
    later = _truce("b", NEXT)
    later.said("مصدر في الجيش", "القيادة «لم توافق على أي هدنة»", type="anonymous_official")
    recs = annotated(report, later)
    assert contradiction(recs, "توافقا", "لم توافق") == "contradict-not-reached"
    assert contradiction(recs, "حيز التنفيذ", "لم توافق") == "contradict-not-reached"


def test_talks_said_to_have_led_to_no_agreement_deny_the_truce() -> None:
    report = _truce("a")
    report.said("الوسيط", "الطرفين توصلا إلى هدنة تبدأ مساء الجمعة")
    talks = "المشاورات حول الهدنة «ما زالت مستمرة ولم تفض إلى اتفاق حتى الآن»"
    report.said("دبلوماسي غربي", talks, type="anonymous_official")
    assert contradiction(annotated(report), "توصلا", "لم تفض") == "contradict-not-reached"


def test_two_claims_that_name_a_truce_speak_of_one() -> None:
    a = _truce("a")
    a.said("عضو وفد الوساطة", "الهدنة «صامدة منذ منتصف ليل الخميس»")
    b = _truce("b", NEXT)
    b.said("مصدر في الجيش", "لا هدنة قبل تسليم المطلوبين في الضعين", type="anonymous_official")
    assert contradiction(annotated(a, b), "صامدة", "لا هدنة") == "contradict-not-reached"


AIRPORT = "غارات على مطار الضعين"


def test_a_denial_of_any_damage_against_a_strike_said_to_destroy_something_there() -> None:
    report = _report("a", AIRPORT)
    report.said("قوات الدعم السريع", "المطار «لم يتعرض لأي أضرار ويعمل بصورة طبيعية»", type="organization")
    report.said("المتحدث باسم الجيش", "الطيران الحربي دمر طائرة شحن داخل مطار الضعين")
    report.said("سكان", "مسيرة قصفت محيط المطار مجددا صباح الخميس", type="anonymous_source")
    recs = annotated(report)
    assert contradiction(recs, "لأي أضرار", "دمر طائرة") == "contradict-denial"
    # a strike told with no damage done is not what the denial denies
    assert contradiction(recs, "لأي أضرار", "محيط المطار") is None


STRIKE = "غارة بطائرة مسيرة على طريق الشويرف قرب بلدة القريات"


def test_the_dead_said_to_be_wanted_men_against_civilians_killed() -> None:
    report = _report("a", STRIKE)
    told = "مسيرة قتلت خمسة مدنيين من عائلة واحدة على طريق الشويرف"
    report.said("مجلس أعيان القريات", told, type="organization")
    report.said("وزارة الدفاع", "جميع القتلى «مطلوبون للنيابة العامة في قضايا تهريب»", type="organization")
    assert contradiction(annotated(report), "خمسة مدنيين", "مطلوبون") == "contradict-identity"


def test_civilians_of_one_family_are_civilians() -> None:
    # (one count: the family's "one" counts no family of its own)
    [count] = quantities.find("مسيرة قتلت خمسة مدنيين من عائلة واحدة")
    assert (count.unit, count.of) == (quantities.KILLED, "civilians")


ROUNDUP = "حملة اعتقالات في مدينة الضعين بعد غارات على مطارها"


def test_a_count_of_those_held_against_another_count_of_the_round_up() -> None:
    police = _report("a", ROUNDUP)
    police.said("المتحدث باسم الشرطة", "توقيف 9 أشخاص بتهمة التخابر مع الجيش")
    lawyers = _report("b", ROUNDUP)
    count = "عدد الموقوفين منذ السبت بلغ 31 شخصا، بينهم طالبان"
    lawyers.said("مجموعة محامي الطوارئ", count, type="organization")
    recs = annotated(police, lawyers)
    assert contradiction(recs, "توقيف 9", "عدد الموقوفين") == "contradict-figures"


def test_a_denial_of_the_ground_of_arrests_denies_no_arrest() -> None:
    report = _report("a", ROUNDUP)
    report.said("مصدر أمني", "عدد الموقوفين في الضعين بلغ 19", anonymous=True)
    denial = "أن تكون الاعتقالات في الضعين قد جرت على أساس عرقي"
    report.said("مصدر في الاستخبارات العسكرية", denial, negated=True, anonymous=True)
    assert contradiction(annotated(report), "على أساس عرقي", "عدد الموقوفين") is None


def test_talks_short_of_an_agreement_still_against_one_reached() -> None:
    report = _truce("a")
    reached = "الجيش السوداني والدعم السريع توصلا إلى اتفاق لتبادل الأسرى"
    report.said("مسؤول في الوساطة", reached, anonymous=True)
    talks = "المشاورات بين الجيش السوداني والدعم السريع «لا تزال في مرحلة تبادل المقترحات»"
    report.said("المتحدث باسم الحكومة", talks)
    assert contradiction(annotated(report), "توصلا", "تبادل المقترحات") == "contradict-not-reached"


TRIBES = "معارك بين الجيش وقوات محلية في ريف الرقة الشرقي قرب بلدة معدان"


def test_a_tie_belittled_in_the_story_of_the_tie_it_belittles() -> None:
    # (the tribes are no actor of the alias table: the two claims name them in the same words, in a story
    # of fighting)
    report = _report("a", TRIBES)
    report.said("مصدر طبي", "قصفا مدفعيا استهدف قرية الحمرة قرب معدان وأسفر عن مقتل أربعة مدنيين")
    report.said("أحد وجهاء العشائر", "أبناء العشائر «خاضوا المعركة في تحالف معلن مع الجيش»")
    report.said("باحث في الشؤون العسكرية", "ما يجمع الجيش والعشائر «تنسيق ظرفي لا يرقى إلى تحالف»")
    report.said("مسؤول محلي", "الفصائل «تعمل في حلف مع الإدارة الذاتية»", anonymous=True)
    recs = annotated(report)
    assert contradiction(recs, "تحالف معلن", "تنسيق ظرفي") == "contradict-merely"
    # a tie of other parties, named in no word in common, is another tie
    assert contradiction(recs, "حلف مع الإدارة", "تنسيق ظرفي") is None


def test_a_tie_said_to_be_gone_beyond_is_not_the_one_claimed() -> None:
    beyond = propositions.read("العلاقة بين الطرفين «تجاوزت التنسيق الميداني إلى تحالف عسكري»")
    assert (beyond.relation, beyond.restrictive) == ("alliance", False)
    room = propositions.read("التقارب بين الحركتين «تخطى التنسيق إلى غرفة عمليات مشتركة»")
    assert room.relation == "alliance"
    # (not gone beyond: a restriction of the first)
    within = propositions.read("علاقتها بالحكومة «لا تتجاوز التنسيق لتأمين الطريق»")
    assert (within.relation, within.restrictive) == ("cooperation", True)


def test_as_soon_as_restricts_nothing() -> None:
    soon = propositions.read("الطرفان اتفقا على أنه بمجرد تطبيق الاتفاق بالكامل ستفتح المعابر")
    assert (soon.relation, soon.restrictive) == ("agreement", False)
    near = propositions.read("العلاقة بينهما «ليست تحالفا، بل مجرد تنسيق عابر»")
    assert (near.relation, near.restrictive) == ("cooperation", True)
