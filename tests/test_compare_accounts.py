"""Counts and accounts read since the eighteenth blind set became a development set: whose dead a toll
counts (a people named after its casualty noun, the Popular Mobilization among the state's forces, an
anaphor with a kind), an armed group's count of the soldiers it killed against the soldiers' toll, those
still held against all arrested, a hospital's bodies against a toll of one kind, two displaced counts set
against each other, the dead said to be fighters or shoppers, and ground named by no place in one report.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, propositions, quantities
from tracker.extract import Extractor
from tracker.models import Record
from tracker.read import ArticleText

DAY = dt.date(2026, 4, 14)


def counted(text: str, told_before: str | None = None) -> list[tuple[float | None, str, str | None]]:
    return [(q.low, q.unit, q.of) for q in quantities.find(text, told_before)]


def extracted(extractor: Extractor, text: str, id_: str = "x") -> list[Record]:
    """The article's records as `tracker extract` writes them (its cues' connectors included)."""
    return list(propositions.annotate(extractor.records(ArticleText(id_, text)), lambda _: text))


def rule_between(records: list[Record], one: str, other: str) -> str | None:
    ids = {next(r.id for r in records if words in r.claim.text) for words in (one, other)}
    found = [c for c in compare.compare(records) if {c.a, c.b} == ids]
    return found[0].rule if found and found[0].verdict == "contradict" else None


def test_whose_dead_a_toll_counts() -> None:
    told = "رفعت القيادة حصيلة قتلى الانفصاليين في المعارك إلى 12، وقتلى الجيش إلى أربعة جنود"
    assert counted(told) == [(12.0, "killed", "انفصاليين"), (4.0, "killed", "soldiers")]
    assert [q.text for q in quantities.find(told)] == ["12", "أربعة جنود"]  # (no noun past the comma)
    assert counted("ارتفعت حصيلة قتلى الهجوم إلى ستة") == [(6.0, "killed", None)]  # an event, no people
    assert counted("قال التنظيم إن مقاتليه قتلوا 7 من الجيش والحشد") == [(7.0, "killed", "soldiers")]
    # an anaphor after the dead, with a kind of its own: of that kind
    assert counted("عددهم بلغ 15 مدنيا", "killed") == [(15.0, "killed", "civilians")]
    assert counted("الشرطة تعتقل 30 شابا في الحي") == [(30.0, "arrested", "شابا")]


def test_an_armed_groups_count_of_soldiers_it_killed_is_no_later_toll() -> None:
    title = "هجوم على نقطة للجيش قرب قرية العوينات"
    one = Article("d1", title=title, published=DAY)
    one.said("خلية الإعلام الأمني", "الهجوم على نقطة العوينات أسفر عن مقتل ثلاثة جنود", type="organization")
    two = Article("d2", title=f"تضارب بشأن حصيلة {title}", published=DAY + dt.timedelta(days=1))
    two.said("تنظيم داعش", "عناصره قتلوا 11 من الجيش في هجوم العوينات", type="organization")
    assert contradiction(annotated(one, two), "ثلاثة جنود", "11 من الجيش") == "contradict-figures"


def test_those_still_held_are_a_part_of_all_arrested(extractor: Extractor) -> None:
    def told(held: str) -> str:
        return (
            "حملة مداهمات في حي الصفا\n\nقالت شرطة المدينة إنها أوقفت 25 شخصا بتهمة التعاون مع المسلحين، لكن "
            f"مسؤولا في البلدية قال إن من ثبتت براءته أطلق سراحه، وإن عدد المحتجزين {held}.\n"
        )

    now = extracted(extractor, told("حاليا «لا يتعدى عشرة»"))
    assert rule_between(now, "أوقفت 25", "عدد المحتجزين") is None
    all_held = extracted(extractor, told("«لا يتعدى عشرة»"))
    assert rule_between(all_held, "أوقفت 25", "عدد المحتجزين") == "contradict-figures"
    # a count of all arrested, some since released, against more arrested: one count disputed
    art = Article("h", lead="شنت الشرطة حملة مداهمات في حي الصفا فجر الأحد.", published=DAY)
    art.said("مجموعة حقوقية", "الشرطة اعتقلت 25 شابا في حي الصفا", type="organization")
    art.said("محافظ المدينة", "عدد الموقوفين لا يتجاوز عشرة، أطلق سراح أربعة منهم")
    assert contradiction(annotated(art), "اعتقلت 25", "أطلق سراح") == "contradict-figures"


def test_a_hospitals_bodies_against_a_toll_of_one_kind() -> None:
    lead = "قصفت طائرة مسيرة سوق بلدة الحمرا ظهر الأحد."
    art = Article("b", lead=lead, published=DAY)
    art.said("مدير المستشفى", "المستشفى استقبل 12 جثة من ضحايا قصف السوق")
    art.said("وزارة الصحة", "عدد القتلى المدنيين في قصف السوق لا يتجاوز ثمانية", type="organization")
    art.said("مسؤول محلي", "عدد القتلى في قصف السوق لا يتجاوز ثمانية", anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "12 جثة", "المدنيين") is None  # the bodies of any kind
    assert contradiction(recs, "12 جثة", "القتلى في قصف") == "contradict-part-exceeds"


def test_two_displaced_counts_a_report_sets_against_each_other(extractor: Extractor) -> None:
    text = (
        "نزوح من قرى الوادي\n\n"
        "قالت منظمة الهجرة إن عدد النازحين من قرى الوادي ارتفع إلى خمسة آلاف، بينما قدرت لجان الأحياء "
        "عددهم بأكثر من 12 ألفا.\n"
    )
    assert rule_between(extracted(extractor, text), "خمسة آلاف", "12 ألفا") == "contradict-figures"


def test_the_dead_said_to_be_fighters_or_shoppers() -> None:
    lead = "سقطت قذائف على السوق الأسبوعي في بلدة المرج ظهر الاثنين."
    art = Article("m", lead=lead, published=DAY)
    art.said("شبكة الأطباء", "القصف على السوق أودى بحياة 20 مدنيا", type="organization")
    art.said("مستشار قائد القوات", "القتلى في السوق «مستنفرون يحملون السلاح وليسوا مدنيين»")
    art.said("مدير الصحة", "القتلى «باعة ومتسوقون، بينهم فتى»")
    art.said("المتحدث العسكري", "القتلى «مقاتلون لا متسوقون»")
    recs = annotated(art)
    assert contradiction(recs, "20 مدنيا", "مستنفرون") == "contradict-identity"
    assert contradiction(recs, "باعة", "مقاتلون") == "contradict-identity"


def test_the_two_dead_said_armed_or_shepherds() -> None:
    lead = "عثرت القوات على جثتين قرب قرية التلول بعد هجوم على نقطة للجيش."
    art = Article("s", lead=lead, published=DAY)
    art.said("المتحدث العسكري", "القتيلين «لم يكونا راعيين، بل عنصرين في المجموعة المهاجمة»")
    art.said("مختار القرية", "القتيلين «راعيان من أبناء القرية»")
    art.said("وزارة الدفاع", "عدد قتلى الجيش في الهجوم ارتفع إلى أربعة جنود", type="organization")
    recs = annotated(art)
    assert contradiction(recs, "بل عنصرين", "راعيان من") == "contradict-identity"
    # the two dead told of are no whole toll the soldiers' count could exceed
    assert contradiction(recs, "راعيان من", "أربعة جنود") is None


def test_ground_a_hold_names_no_place_of_is_the_reports() -> None:
    art = Article("g", lead="هاجمت قوات الدعم السريع مدينة الرهد فجر الأحد.", published=DAY)
    art.said(
        "قوات الدعم السريع",
        "قواتها سيطرت بالكامل على مدينة الرهد ومطارها في ولاية شمال كردفان",
        type="organization",
    )
    art.said("المتحدث باسم الجيش", "قوات الفرقة الثالثة «صدت الهجوم ومنعت المليشيا من دخول المدينة»")
    recs = annotated(art)
    assert contradiction(recs, "سيطرت بالكامل", "صدت الهجوم") == "contradict-holder"


def test_a_denial_that_its_forces_shelled_the_market() -> None:
    art = Article("q", lead="سقطت قذائف على سوق بلدة المرج.", published=DAY)
    art.said(
        "شبكة الأطباء", "قصفا مدفعيا شنته القوات على سوق المرج أودى بحياة تسعة مدنيين", type="organization"
    )
    art.said("مستشار قائد القوات", "تكون قواته قد قصفت السوق", negated=True)
    assert contradiction(annotated(art), "قصفا مدفعيا", "قد قصفت") == "contradict-denial"


def test_what_a_claim_tells_beside_its_figures() -> None:
    def prop(claim: str, lead: str = ""):  # type: ignore[no-untyped-def]
        p = annotated(Article("p", lead=lead).said("مسؤول محلي", claim, anonymous=True))[-1].proposition
        assert p is not None
        return p

    # not claiming X denies no X; the coalition striking is no alliance
    assert prop("نحن لا نقول إن الاتفاق بالكامل في صالحنا").polarity == "affirmed"
    assert prop("التحالف يقصف مواقع المتمردين قرب الميناء").relation != "alliance"
    # losing any position is ground; repelling attempts to retake it is a fact, no attempt of its own
    assert prop("القوات خسرت أي موقع خلال المعارك").relation == "control"
    assert prop("قواتنا ما زالت تتمركز في التلة وتصد محاولات استعادتها").modality == "asserted"
    assert prop("قواتنا تحاول استعادة التلة").modality == "attempted"
    # an anaphor that carries the dead over tells the dead
    dead = prop("عددهم بلغ 23 مدنيا", lead="وارتفعت حصيلة القتلى المدنيين في قصف السوق إلى 41.")
    assert (dead.relation, [(q.low, q.unit, q.of) for q in dead.quantities]) == (
        "casualties",
        [(23.0, "killed", "civilians")],
    )


def test_a_toll_risen_as_bodies_were_found_is_no_part_of_another(extractor: Extractor) -> None:
    text = (
        "مجزرة في قرية الحمرا\n\nوارتفعت حصيلة ضحايا قرية الحمرا إلى 38 قتيلا، وفق ما أعلنت لجان الأهالي، "
        "بينما قالت شبكة الأطباء إن العدد وصل إلى 30 بعد انتشال جثث جديدة من المزارع المحيطة بالقرية.\n\n"
        "وقال مدير المستشفى إن المستشفى استقبل 12 جثة من ضحايا القرية.\n"
    )
    recs = extracted(extractor, text)
    assert rule_between(recs, "38 قتيلا", "انتشال جثث") == "contradict-figures"
    assert rule_between(recs, "38 قتيلا", "استقبل 12") is None  # a hospital's part of the toll


def test_dead_said_armed_by_what_killed_them_are_of_that_strike() -> None:
    """In a report, those its claim says were armed are its toll's dead; in another report of the story, a
    claim that names what killed them (جراء الغارة) speaks of that strike's dead, not of a blast's."""
    hunt = (
        "القوات تلاحق خلايا التنظيم في بساتين المقدادية وبعقوبة وجبال حمرين وقرى الوقف والسعدية وجلولاء "
        "قرب طريق كركوك"
    )
    one = Article("b1", title="يوم دام في محافظة ديالى", published=DAY)
    one.said("مصدر أمني", "مقتل 10 مدنيين جراء انفجار عبوتين ناسفتين في سوق المقدادية", anonymous=True)
    one.said("محافظ ديالى", hunt)
    two = Article("b2", title="غارات جوية على مواقع للتنظيم", published=DAY + dt.timedelta(days=1))
    two.said(
        "قيادة العمليات", "من قتلوا جراء الغارة هم من عناصر التنظيم وليسوا من المدنيين", type="organization"
    )
    two.said("مسؤول محلي", hunt, anonymous=True)
    assert contradiction(annotated(one, two), "انفجار عبوتين", "وليسوا من المدنيين") is None
    # ... and each naming what killed its dead (a blast, a strike), though its report tells the headline's
    one.title = "يوم دام في سوق المقدادية"
    assert contradiction(annotated(one, two), "انفجار عبوتين", "وليسوا من المدنيين") is None
    same = Article("b3", title="مقتل عشرة مدنيين بقصف على سوق بعقوبة", published=DAY)
    same.said("مصدر أمني", "مقتل 10 مدنيين جراء قصف استهدف سوق بعقوبة", anonymous=True)
    same.said(
        "قيادة العمليات", "من قتلوا جراء القصف هم من عناصر التنظيم وليسوا من المدنيين", type="organization"
    )
    assert contradiction(annotated(same), "قصف استهدف", "وليسوا من المدنيين") == "contradict-identity"


def test_an_armed_groups_count_in_the_report_of_its_attack() -> None:
    """Whatever else it tells (burnt vehicles), the group's count of the soldiers it killed is of the
    report's attack, against the report's toll of them."""
    art = Article("k", title="مقتل ثلاثة جنود بهجوم على حاجز قرب بلدة الغدير", published=DAY)
    art.said("وزارة الدفاع", "مقتل ثلاثة جنود بهجوم على حاجز قرب بلدة الغدير", type="organization")
    art.said("تنظيم داعش", "مقاتليه قتلوا 12 من الجيش وأحرقوا عربتين", type="organization")
    assert contradiction(annotated(art), "ثلاثة جنود", "قتلوا 12") == "contradict-figures"


def test_a_month_glossed_with_its_other_name_keeps_its_year() -> None:
    glossed = "وفي 11 أكتوبر (تشرين الأول) 2014، غرقت عبارة في النهر"
    assert quantities.find_time(glossed, dt.date(2015, 7, 23)) == "2014-10-11"
    assert quantities.find_time("يوم 5 يناير (كانون الثاني) الماضي", dt.date(2015, 7, 23)) == "2015-01-05"


def test_one_reports_accident_and_another_of_the_year_before_are_two_events() -> None:
    lead = "غرق قارب يقل عشرات الركاب في النهر مساء الأربعاء."
    recent = "قتل 15 شخصا في الحادث الذي وقع إثر اصطدام القارب بصندل"
    art = Article("n", lead=lead, published=dt.date(2015, 7, 23))
    art.said("وزارة الداخلية", recent, type="organization")
    art.said(
        "مصدر أمني", "في 11 أكتوبر (تشرين الأول) 2014 غرقت عبارة وراح ضحية الحادث 26 شخصا", anonymous=True
    )
    assert contradiction(annotated(art), "قتل 15", "غرقت عبارة") is None
    same = Article("n2", lead=lead, published=dt.date(2015, 7, 23))
    same.said("وزارة الداخلية", recent, type="organization")
    same.said("مصدر أمني", "غرقت العبارة وراح ضحية الحادث 26 شخصا", anonymous=True)
    assert contradiction(annotated(same), "قتل 15", "غرقت العبارة") == "contradict-figures"
