"""Disputes the comparer reads since the twelfth blind set became a development set: a link of any kind
denied, a side's part in the fighting denied (by another voice of its own side too), a place's fall denied,
an agreement that talks ended in, two sides the entity table does not know each holding one place, the
displaced counted low against high, shelling of any market denied, and ground held by consolidating or
routing.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, between, contradiction

from tracker import propositions, quantities
from tracker.extract import Extractor
from tracker.read import ArticleText

DAY = dt.date(2026, 2, 3)
LEAD = "تدور منذ السبت معارك عنيفة حول بلدة الصفصاف بين قوات «لواء الأحرار» ومسلحي «حركة الوادي»."


def test_a_denied_link_of_any_kind_denies_an_alliance() -> None:
    art = Article("l", lead=LEAD, published=DAY)
    art.said("قيادة الجيش", "«حركة الوادي» عقدت تحالفا مع «جماعة الصخرة» قبل أشهر")
    art.said("المتحدث باسم «جماعة الصخرة» ماهر الحسن", "أي صلة لها بـ«حركة الوادي»", negated=True)
    c = between(annotated(art), "عقدت تحالفا", "أي صلة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_a_link_denied_of_a_thing_named_first_is_not_the_speakers_side() -> None:
    """الشاحنات ليس لها أي صلة بـ...: the trucks' link, not the speaker's side's."""
    art = Article("l3", lead=LEAD, published=DAY)
    art.said("قيادة الجيش", "«حركة الوادي» عقدت تحالفا مع «جماعة الصخرة» قبل أشهر")
    art.said("المتحدث باسم «جماعة الصخرة» ماهر الحسن", "الشاحنات المحترقة ليس لها أي صلة بـ«حركة الوادي»")
    c = between(annotated(art), "عقدت تحالفا", "الشاحنات")
    assert c is None or c.verdict != "contradict"
    art.said("القيادي في «جماعة الصخرة» سامر علي", "ليس لها أي صلة بـ«حركة الوادي» منذ سنوات")
    c = between(annotated(art), "عقدت تحالفا", "منذ سنوات")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-denial")


def test_a_denied_cooperation_is_no_denial_of_a_link_of_any_kind() -> None:
    """«أي دعم» denies support only: an alliance may hold without it."""
    art = Article("l2", lead=LEAD, published=DAY)
    art.said("قيادة الجيش", "«حركة الوادي» عقدت تحالفا مع «جماعة الصخرة» قبل أشهر")
    art.said("المتحدث باسم «جماعة الصخرة» ماهر الحسن", "تقديم أي دعم مالي لـ«حركة الوادي»", negated=True)
    c = between(annotated(art), "عقدت تحالفا", "أي دعم")
    assert c is None or c.verdict != "contradict"


def test_a_side_denying_its_part_in_the_fighting_against_its_men_among_the_dead() -> None:
    art = Article("i", lead=LEAD, published=DAY)
    art.said("مصدر عسكري", "القتلى مسلحون من عناصر «حركة الوادي» ومهربون", anonymous=True)
    art.said("حركة الوادي", "أي علاقة لها بالاشتباكات الدائرة حول البلدة", negated=True, type="organization")
    art.said("مسؤول محلي", "مقاتلي «حركة الوادي» شنوا هجوما على حاجز البلدة", anonymous=True)
    recs = annotated(art)
    for told in ("مسلحون من عناصر", "شنوا هجوما"):
        c = between(recs, told, "أي علاقة")
        assert c and (c.verdict, c.rule) == ("contradict", "contradict-involvement"), told


def test_a_denied_link_with_a_bombing_is_no_denial_of_dead_members() -> None:
    """Its members killed in a bombing do not make a side a party to it; only a link with the fighting
    (الاشتباكات، المعارك، ما يجري) is a denial of taking part."""
    art = Article("i2", lead=LEAD, published=DAY)
    art.said("مصدر أمني", "بين القتلى ثلاثة من عناصر «حركة الوادي» قضوا في التفجير", anonymous=True)
    art.said("حركة الوادي", "أي علاقة لها بالتفجير", negated=True, type="organization")
    assert between(annotated(art), "ثلاثة من عناصر", "أي علاقة") is None


def test_no_fighters_of_a_side_there_against_its_men_fighting() -> None:
    art = Article("i3", lead=LEAD, published=DAY)
    art.said("المرصد", "عناصر من «حركة الوادي» قاتلوا إلى جانب المسلحين في الصفصاف", type="organization")
    art.said("القيادي في «حركة الوادي» سالم البدوي", "لا وجود لمقاتلين من الحركة في الصفصاف")
    c = between(annotated(art), "قاتلوا إلى جانب", "لا وجود")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-involvement")


def test_a_fall_is_a_loss_of_ground_not_of_lives() -> None:
    assert propositions.read("البلدة لم تسقط في أي لحظة").relation == "control"
    assert propositions.read("البلدة لم تسقط في أي لحظة").negated
    assert propositions.read("سقط خمسة قتلى في القصف").relation == "casualties"
    assert propositions.read("سقطت قذيفة على منزل في البلدة").relation == "attack"
    # a fall with somewhere to land is no place's (a barrel on a town, a man into a pool)
    assert propositions.read("عشرات البراميل سقطت على المدينة يوم السبت").relation is None
    assert propositions.read("الصياد انزلق وسقط في النهر").relation is None
    assert propositions.read("سقطت البلدة بيد المسلحين فجر الأحد").relation == "control"


def test_a_denied_fall_against_the_other_side_taking_the_place() -> None:
    art = Article("f", lead=LEAD, published=DAY)
    art.said("المتحدث باسم «لواء الأحرار» نادر سليم", "قواتنا بسطت سيطرتها الكاملة على مطار الصفصاف")
    art.said("آمر «كتيبة الوادي» حسن يوسف", "يكون مطار الصفصاف قد سقط", negated=True)
    art.said("القائد في «كتيبة الوادي» مالك إدريس", "مقاتلونا ما زالوا داخل مطار الصفصاف")
    recs = annotated(art)
    for held in ("قد سقط", "ما زالوا داخل"):
        c = between(recs, "سيطرتها الكاملة", held)
        assert c and (c.verdict, c.rule) == ("contradict", "contradict-holder"), held


def test_a_body_named_by_its_head_alone_may_be_the_other_side() -> None:
    """المتحدث باسم اللواء may speak for «لواء الأحرار»: no dispute between them over the airport."""
    art = Article("f2", lead=LEAD, published=DAY)
    art.said("«لواء الأحرار»", "قواتنا تسيطر على مطار الصفصاف", type="organization")
    art.said("المتحدث باسم اللواء نادر سليم", "وحداته بسطت سيطرتها الكاملة على مطار الصفصاف")
    assert between(annotated(art), "قواتنا تسيطر", "وحداته بسطت") is None


def test_talks_that_ended_in_a_truce_against_no_truce_in_the_next_report() -> None:
    """Two reports of one story (their claims share the battle's places) negotiate one agreement."""
    battle = "قصف على سوق الصفصاف وجسر الزيتون ومطار العين وحي الكرامة وقرية التل ومخيم النخيل ومعبر الوادي"
    calm = "تشهد المنطقة توترا منذ أسابيع."  # no actor for the claims to take from their article
    one = Article("t1", lead=calm, published=DAY)
    talks = "المحادثات بين الطرفين أسفرت عن اتفاق على هدنة في الصفصاف لمدة ثلاثة أيام"
    one.said("مصدر دبلوماسي", talks, anonymous=True)
    one.said("مصدر طبي", f"مقتل 10 مدنيين في {battle}", anonymous=True)
    two = Article("t2", lead=calm, published=DAY + dt.timedelta(days=1))
    two.said("مصدر ميداني", "لا هدنة في الصفصاف", anonymous=True)
    two.said("مسؤول نفطي", "لا اتفاق مع شركات النقل على استئناف التصدير", anonymous=True)
    two.said("مسعف", f"مقتل 12 مدنيا في {battle}", anonymous=True)
    recs = annotated(one, two)
    c = between(recs, "أسفرت عن اتفاق", "لا هدنة")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-not-reached")
    # another agreement the story's reports mention, of another matter, is no denial of this one
    assert between(recs, "أسفرت عن اتفاق", "استئناف التصدير") is None


def test_a_guessing_verb_hedges_its_claim(extractor: Extractor) -> None:
    text = "ورجح المحلل العسكري سامي نور أن تكون عناصر من الحركة شاركت في الهجوم على المطار."
    (r,) = extractor.records(ArticleText("g", text))
    assert propositions.proposition(r).modality == "hedged"
    said = "وقال المحلل العسكري سامي نور إن عناصر من الحركة شاركت في الهجوم على المطار."
    (s,) = extractor.records(ArticleText("g2", said))
    assert propositions.proposition(s).modality == "asserted"


def test_the_displaced_are_counted_apart_from_the_dead_and_families_apart_from_persons() -> None:
    def counted(text: str) -> list[tuple[float | None, str]]:
        return [(q.low, q.unit) for q in quantities.find(text)]

    assert counted("نزحت 210 أسر من قرى الوادي") == [(210, "families")]
    assert counted("نزح نحو 4 آلاف شخص من البلدة") == [(3400, "displaced")]
    assert counted("حصيلة قتلى القصف على مخيم النازحين ارتفعت إلى 31") == [(31, "killed")]
    assert counted("فر مئات المقاتلين من البلدة") == [(200, "fighters")]
    # a figure that looks like a year, its counted noun after it: a count (منذ 2011 عام: a year)
    assert counted("نزح 2000 شخص من القرى الشرقية") == [(2000, "displaced")]
    assert counted("تغير الكثير منذ 2011 عام الاحتجاجات") == []


def test_a_capped_count_of_the_displaced_against_a_higher_one() -> None:
    one = Article("d1", lead=LEAD, published=DAY)
    one.said(
        "مسؤول في مخيمات النازحين", "نزحت 210 أسر من قرى الوادي إلى مدينة الصفصاف منذ الأحد", anonymous=True
    )
    one.said("مسؤول محلي", "نزوح 85 أسرة من قرى الوادي خلال شهر يناير", anonymous=True)
    one.said("المحافظ سليم داود", "عدد الأسر النازحة من قرى الوادي لا يتجاوز 60 أسرة")
    recs = annotated(one)
    c = between(recs, "نزحت 210 أسر", "لا يتجاوز 60")
    assert c and (c.verdict, c.rule) == ("contradict", "contradict-figures")
    # counts of other spans, neither capped, grow by the day: no dispute
    d = between(recs, "نزحت 210 أسر", "خلال شهر يناير")
    assert d is None or d.verdict != "contradict"


def test_the_first_and_the_last_accident_of_a_report_are_two_events() -> None:
    art = Article("a", lead="شهد طريق المطار حادثين مروريين أمس.", published=DAY)
    art.said("المتحدث باسم الدفاع المدني", "الحادث الأول على طريق المطار أسفر عن إصابة سبعة أشخاص")
    art.said("مسؤول في الهلال الأحمر", "الحادث الأخير على طريق المطار أسفر عن إصابة شخصين", anonymous=True)
    c = between(annotated(art), "إصابة سبعة", "إصابة شخصين")
    assert c is None or c.verdict != "contradict"


def test_a_truce_said_to_hold_against_no_truce_in_its_story() -> None:
    """الهدنة «صامدة»: a truce that holds was reached, against a denial of any in the story; not against a
    denial of a new one (the old one may stand), and a collapse is its keeping denied."""
    battle = "قصف على سوق الصفصاف وجسر الزيتون ومطار العين وحي الكرامة وقرية التل ومخيم النخيل ومعبر الوادي"
    calm = "تشهد المنطقة توترا منذ أسابيع."
    one = Article("h1", lead=calm, published=DAY)
    one.said("أحد الوسطاء", "الهدنة «صامدة منذ ليل الأحد» في الصفصاف", type="named_person")
    one.said("مصدر طبي", f"مقتل 10 مدنيين في {battle}", anonymous=True)
    two = Article("h2", lead=calm, published=DAY)
    two.said("قيادي في الفصائل", "لا هدنة في الصفصاف حتى الآن", anonymous=True)
    two.said("مسؤول محلي", "لا اتفاق جديد على التهدئة في الصفصاف", anonymous=True)
    two.said("مصدر عسكري", "اتفاق التهدئة في الصفصاف انهار", anonymous=True)
    two.said("مسعف", f"مقتل 12 مدنيا في {battle}", anonymous=True)
    recs = annotated(one, two)
    assert contradiction(recs, "صامدة", "لا هدنة") == "contradict-not-reached"
    assert contradiction(recs, "صامدة", "لا اتفاق جديد") is None
    assert contradiction(recs, "صامدة", "انهار") == "contradict-not-kept"


def test_a_side_denying_any_arrest_against_the_arrests_its_report_documents() -> None:
    """نفى مسؤول حوثي اعتقال أي مدني / وثقت المنظمة اعتقال 14 مدنيا: in one report, the charge the denial
    answers, though the report names no one who arrested them; a toll told with no agent is not a strike
    the side denies."""
    art = Article("j", lead="تشهد مديرية الجراحي توترا منذ أيام.", published=DAY)
    art.said("منظمة سام للحقوق والحريات", "وثقت اعتقال 14 مدنيا من قرى الجراحي", type="organization")
    art.said("مسؤول أمني حوثي", "اعتقال أي مدني من قرى المديرية", negated=True, anonymous=True)
    art.said("مصدر طبي", "خمسة أطفال قتلوا في القصف على قرى المديرية", anonymous=True)
    art.said("مسؤول عسكري حوثي", "أن تكون قوات الجماعة قد قصفت قرى المديرية", negated=True, anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "وثقت اعتقال", "اعتقال أي مدني") == "contradict-denial"
    assert contradiction(recs, "خمسة أطفال", "قد قصفت") is None


def test_a_sides_part_told_by_its_own_commander_against_its_spokesmans_denial() -> None:
    """Two voices of one side in two reports of one story: the field commander's artillery support of
    the attack against the spokesman's denial of any part in it; and the army's fighting side by side."""
    one = Article(
        "o1", title="«حركة الوادي» تنفي مشاركتها في هجوم مزارع الصفصاف الغربية", lead=LEAD, published=DAY
    )
    one.said("المتحدث باسم «حركة الوادي» نادر عيسى", "مشاركة قوات الحركة في الهجوم", negated=True)
    two = Article("o2", title="قائد: وحداتنا ساندت هجوم مزارع الصفصاف الغربية", lead=LEAD, published=DAY)
    two.said(
        "قائد ميداني في «حركة الوادي»", "وحدات الحركة «قدمت إسنادا مدفعيا» للهجوم من الجبال", anonymous=True
    )
    two.said("قيادة الجيش", "مقاتلي «حركة الوادي» «قاتلوا جنبا إلى جنب» مع «لواء الأحرار»")
    recs = annotated(one, two)
    assert contradiction(recs, "إسنادا مدفعيا", "مشاركة قوات") == "contradict-involvement"
    assert contradiction(recs, "جنبا إلى جنب", "مشاركة قوات") == "contradict-involvement"


def test_a_denial_of_shelling_any_market_against_the_dead_of_its_shell_on_the_market() -> None:
    art = Article("s", lead=LEAD, published=DAY)
    art.said("مدير مستشفى الصفصاف", "أربعة مدنيين قتلوا بقذيفة أطلقتها «حركة الوادي» على سوق البلدة")
    art.said("المتحدث باسم «حركة الوادي» نادر عيسى", "تكون قواته قصفت أي سوق أو حي سكني", negated=True)
    art.said("المتحدث باسم «حركة الوادي» نادر عيسى", "تكون قواته قصفت أي مدرسة", negated=True)
    recs = annotated(art)
    assert contradiction(recs, "بقذيفة", "أي سوق") == "contradict-denial"
    assert contradiction(recs, "بقذيفة", "أي مدرسة") is None  # a school is not the market


def test_consolidating_and_routing_hold_ground() -> None:
    """يثبتون مواقعهم، دحرت الهجوم: the side holds the ground the other says it took."""
    art = Article("g", lead=LEAD, published=DAY)
    art.said("«حركة الوادي»", "مقاتلونا يثبتون مواقعهم في تلة الصفصاف", type="organization")
    art.said(
        "قيادة «لواء الأحرار»", "وحداته «دحرت» هجوم «حركة الوادي» وتسيطر على تلة الصفصاف", type="organization"
    )
    art.said("قيادة «لواء الأحرار»", "قواته استعادت السيطرة على تلة الصفصاف", type="organization")
    recs = annotated(art)
    assert contradiction(recs, "يثبتون", "استعادت") == "contradict-holder"
    assert contradiction(recs, "يثبتون", "دحرت") == "contradict-holder"
