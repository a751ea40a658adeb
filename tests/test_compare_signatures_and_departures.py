"""Comparisons read since the thirty-second blind set became a development set: a tribal truce (عطوة) and a
declaration to cease hostilities are agreements, and a signature withheld (لم يضع توقيعه، لم نوقع أي
إعلان) says none was reached; anyone said not to have left (أحدا من سكان المخيم «لم يغادره»، أي من السكان
قد غادر) against a count of the displaced; a side's denial that any of its members took part against
its men fighting beside another, not against an alliance named as such; soldiers named by no side against
the army's denial that any soldier entered or came near; a projectile that fell into the sea against a
strike said to hit; a boy among the dead against "all the dead were gunmen"; a grip on every village
against gunmen still manning checkpoints, and a hold on most of a district, which leaves the rest to the
other side; a denial of any ransom renewed (جددت الشرطة نفي دفع أي فدية); the flight of any civilians denied,
which denies no death. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, by_claim, contradiction

from tracker.extract import Extractor
from tracker.read import ArticleText

LEAD = "اندلعت اشتباكات بين عشيرتي آل زايد والبو حمدان قرب بلدة الرميلة ليل الخميس."
TITLE = "اقتتال بين عشيرتي آل زايد والبو حمدان قرب بلدة الرميلة"
DAY = dt.date(2028, 5, 5)


def report(name: str, day: dt.date = DAY) -> Article:
    """A report of the clash, which tells its dead (two reports of one fight are one story)."""
    article = Article(name, lead=LEAD, title=TITLE, published=day)
    return article.said("قيادة الشرطة", "مسلحين قتلوا أربعة أشخاص في بلدة الرميلة", type="organization")


def test_a_tribal_truce_signed_against_a_signature_withheld() -> None:
    governor = report("a")
    governor.said("المحافظ", "شيوخ العشيرتين وقعوا وثيقة عطوة مدتها ثلاثون يوما")
    clan = report("b")
    clan.said("شيخ عشيرة البو حمدان", "أحدا من شيوخ العشيرة «لم يضع توقيعه على الوثيقة»", type="named_person")
    clan.said("مصدر في العشيرة", "الوثيقة لم يوقعها سوى شيخ آل زايد", anonymous=True)
    recs = annotated(governor, clan)
    assert contradiction(recs, "وثيقة عطوة", "لم يضع توقيعه") == "contradict-not-reached"
    assert contradiction(recs, "وثيقة عطوة", "لم يوقعها سوى") == "contradict-not-reached"


def test_a_declaration_to_cease_hostilities_against_its_denial() -> None:
    mission = report("a")
    mission.said(
        "البعثة الأممية", "ممثلين عن العشيرتين وقعوا «إعلانا لوقف الأعمال العدائية»", type="organization"
    )
    clan = report("b")
    clan.said("شيخ عشيرة آل زايد", "لم نوقع أي إعلان لوقف الأعمال العدائية", type="named_person")
    recs = annotated(mission, clan)
    assert contradiction(recs, "وقعوا", "لم نوقع") == "contradict-not-reached"


def test_a_truce_said_not_to_last_is_hedged_not_in_force() -> None:
    article = report("a")
    article.said("شيخ عشيرة البو حمدان", "لا عطوة قبل أن يسلموا القتلة", type="named_person")
    article.said("الباحث سالم العبيدي", "العطوة قد لا تصمد أكثر من أسابيع", type="named_person")
    assert contradiction(annotated(article), "لا عطوة", "قد لا تصمد") is None


CAMP = "هجوم على مخيم الرميلة للنازحين"


def test_no_resident_left_against_the_displaced() -> None:
    article = Article("a", lead=LEAD, title=CAMP, published=DAY)
    article.said("المنظمة الدولية للهجرة", "أكثر من ألفي شخص فروا من المخيم نحو البلدة", type="organization")
    article.said("وزير الإعلام المحلي", "أحدا من سكان المخيم «لم يغادره»")
    article.said("مدير الناحية", "أحدا لم يغادر منزله")
    article.said("قائد الشرطة", "أحدا من عناصره لم يصب بأذى")
    recs = annotated(article)
    assert contradiction(recs, "ألفي شخص", "لم يغادره") == "contradict-denial"
    assert contradiction(recs, "ألفي شخص", "لم يغادر منزله") == "contradict-denial"
    assert contradiction(recs, "ألفي شخص", "لم يصب") is None  # no one hurt: not a departure


def test_a_denial_that_any_resident_left_against_families_displaced() -> None:
    police = report("a")
    police.said("المتحدث باسم الشرطة", "أن يكون أي من السكان قد غادر الرميلة", negated=True)
    office = report("b", DAY + dt.timedelta(days=1))
    office.said("مدير الناحية", "نحو 60 عائلة نزحت من قرى الرميلة")
    recs = annotated(police, office)
    assert contradiction(recs, "60 عائلة", "أي من السكان") == "contradict-denial"


def test_a_denial_of_any_members_part_against_men_fighting_beside_a_clan() -> None:
    article = Article("a", lead=LEAD, title=TITLE, published=DAY)
    article.said("النائب", "عناصر من فصيل في الحشد الشعبي قاتلوا إلى جانب آل زايد")
    article.said("هيئة الحشد", "مشاركة أي من منتسبيها", negated=True, type="organization")
    recs = annotated(article)
    assert contradiction(recs, "إلى جانب", "منتسبيها") == "contradict-involvement"


def test_an_alliance_in_the_act_against_a_denial_of_any_part_but_not_an_alliance_named() -> None:
    lead = "هاجم مسلحون مركز شرطة بلدة الرميلة فجر الجمعة."
    title = "هجوم على مركز شرطة الرميلة"
    article = Article("a", lead=lead, title=title, published=DAY)
    article.said("الشرطة", "المهاجمين «قدموا من الشمال بالتحالف مع مقاتلي الحشد الشعبي»", type="organization")
    article.said(
        "الباحث سالم العبيدي", "العلاقة بين الطرفين والحشد الشعبي «تحالف سياسي قديم»", type="named_person"
    )
    article.said("هيئة الحشد الشعبي", "مشاركة أي من مقاتليها في الهجوم", negated=True, type="organization")
    recs = annotated(article)
    assert contradiction(recs, "قدموا", "مقاتليها في الهجوم") == "contradict-involvement"
    assert contradiction(recs, "تحالف سياسي", "مقاتليها في الهجوم") is None


SHIP = "صاروخ حوثي على سفينة شحن قبالة ميناء الرميلة"


def test_a_projectile_that_fell_into_the_sea_against_a_hit() -> None:
    article = Article("a", title=SHIP, published=DAY)
    article.said("المتحدث العسكري باسم الحوثيين", "صاروخين «أصابا السفينة إصابة مباشرة وأشعلا فيها النيران»")
    article.said(
        "هيئة عمليات التجارة البحرية", "المقذوف «سقط في البحر على بعد ميل من السفينة»", type="organization"
    )
    recs = annotated(article)
    assert contradiction(recs, "أصابا السفينة", "سقط في البحر") == "contradict-denial"


def test_a_boy_among_the_bodies_against_all_the_dead_armed() -> None:
    article = Article("a", lead=LEAD, title=TITLE, published=DAY)
    article.said("المتحدث باسم الشرطة", "جميع القتلى مسلحون شاركوا في إطلاق النار")
    article.said("طبيب في المستشفى", "بين الجثث جثة فتى في العاشرة", anonymous=True)
    recs = annotated(article)
    assert contradiction(recs, "جميع القتلى", "جثة فتى") == "contradict-identity"


def test_a_grip_on_every_village_against_gunmen_still_manning_checkpoints() -> None:
    police = report("a")
    police.said(
        "قيادة شرطة المحافظة", "وحداتها «أحكمت قبضتها على قرى ناحية الرميلة كافة»", type="organization"
    )
    residents = report("b", DAY + dt.timedelta(days=1))
    residents.said("سكان", "مسلحين ملثمين «لا يزالون يقيمون حواجز عند جسر الرميلة»", type="anonymous_source")
    residents.said(
        "ضابط في الشرطة", "مسلحي البو حمدان «ما زالوا ينتشرون فوق السداد شرقي الرميلة»", anonymous=True
    )
    recs = annotated(police, residents)
    assert contradiction(recs, "أحكمت قبضتها", "يقيمون حواجز") == "contradict-holder"
    assert contradiction(recs, "أحكمت قبضتها", "ينتشرون فوق") == "contradict-holder"


def test_soldiers_told_in_the_camp_against_the_armys_denial() -> None:
    lead = "هاجم مسلحون مخيم الرميلة للنازحين ليل الأحد."
    article = Article("a", lead=lead, title=CAMP, published=DAY)
    article.said("زعيم في المخيم", "«جنودا بالزي العسكري قاتلوا إلى جانب المهاجمين»", type="named_person")
    article.said("المتحدث باسم الجيش", "دخول أي جندي إلى المخيم", negated=True)
    article.said("المتحدث باسم الجيش", "قواته «لم تقترب من سياج المخيم»")
    article.said("المتحدث باسم الجبهة", "أي جندي أصيب في الاشتباكات", negated=True)
    recs = annotated(article)
    assert contradiction(recs, "بالزي العسكري", "دخول أي جندي") == "contradict-involvement"
    assert contradiction(recs, "بالزي العسكري", "لم تقترب") == "contradict-involvement"
    # (a denial by a speaker for no state's forces is of its own men)
    assert contradiction(recs, "بالزي العسكري", "أي جندي أصيب") is None


def test_a_renewed_denial_of_any_ransom_against_a_ransom_paid(extractor: Extractor) -> None:
    text = (
        "الإفراج عن رعاة مخطوفين قرب الرميلة\n"
        "الرميلة ـ 5 مايو 2028 ـ قالت الشرطة إن مسلحين قتلوا حارسا وخطفوا خمسة رعاة قرب الرميلة.\n\n"
        "وقال قريب لأحد المحررين إن ذويهم دفعوا فدية قدرها عشرة آلاف دولار.\n\n"
        "وجددت الشرطة نفي دفع أي فدية.\n"
    )
    recs = list(extractor.records(ArticleText("a", text)))
    denial = by_claim(recs, "أي فدية")
    assert (denial.cue.text, denial.claim.polarity) == ("وجددت", "negated")
    assert contradiction(recs, "دفعوا فدية", "أي فدية") == "contradict-denial"


def test_any_civilians_fleeing_denied_is_no_denial_of_civilian_dead() -> None:
    lead = "قصفت طائرات مسيرة بلدة الرميلة فجر الأحد."
    article = Article("a", lead=lead, title="قصف بلدة الرميلة", published=DAY)
    article.said("الحاكم", "الغارات قتلت تسعة رعاة قرب الرميلة")
    article.said("المتحدث باسم الجيش", "فرار أي مدنيين من العمليات العسكرية", negated=True)
    assert contradiction(annotated(article), "تسعة رعاة", "فرار أي") is None


@pytest.mark.parametrize(
    ("told", "verdict"),
    [
        ("قواتها بسطت سيطرتها على حي الشرفة", "contradict-holder"),
        ("قواتها بسطت سيطرتها على الجزء الأكبر من حي الشرفة", None),  # the rest is another's
    ],
    ids=["whole", "most"],
)
def test_a_hold_on_a_district_against_the_other_side_still_there(told: str, verdict: str | None) -> None:
    lead = "اندلعت معارك بين المقاومة الشعبية والحوثيين في حي الشرفة بمدينة الرميلة."
    title = "معارك في حي الشرفة بمدينة الرميلة"
    toll = "الحوثيين قتلوا ثلاثة مدنيين في حي الشرفة"
    resistance = Article("a", lead=lead, title=title, published=DAY)
    resistance.said("المقاومة الشعبية", told, type="organization")
    resistance.said("مصادر طبية", toll, type="anonymous_source")
    residents = Article("b", lead=lead, title=title, published=DAY)
    residents.said(
        "سكان", "الحوثيين «ما زالوا ينتشرون على أسطح المباني في حي الشرفة»", type="anonymous_source"
    )
    residents.said("مصادر طبية", toll, type="anonymous_source")
    assert contradiction(annotated(resistance, residents), "بسطت", "ينتشرون") == verdict


@pytest.mark.parametrize(
    ("still", "verdict"),
    [
        ("مسلحي الحوثيين «ما زالوا يتحصنون في أزقة حي الشرفة»", "contradict-holder"),
        ("مسلحي الحوثيين ما زالوا يتحصنون في أزقة حي الشرفة وإن بأعداد قليلة", None),  # remnants
    ],
    ids=["still-there", "remnants"],
)
def test_remnants_in_small_numbers_leave_the_hold_to_the_other_side(still: str, verdict: str | None) -> None:
    lead = "اندلعت معارك بين المقاومة الشعبية والحوثيين في حي الشرفة بمدينة الرميلة."
    title = "معارك في حي الشرفة بمدينة الرميلة"
    resistance = Article("a", lead=lead, title=title, published=DAY)
    resistance.said("المقاومة الشعبية", "قواتها بسطت سيطرتها على حي الشرفة", type="organization")
    residents = Article("b", lead=lead, title=title, published=DAY)
    residents.said("سكان", still, type="anonymous_source")
    assert contradiction(annotated(resistance, residents), "بسطت", "يتحصنون") == verdict
