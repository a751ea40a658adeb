"""Comparisons read since the thirty-first blind set became a development set: fighters who stayed in a base
against "the base never fell" (القاعدة there the base, not al-Qaeda); more ways of saying no one fled (لم تشهد
أي حركة نزوح); the dead called terrorists disguised as fishermen (armed, whatever they passed for); children
among the dead, civilians among them; no harm to civilians (لم تلحق أي أذى بالمدنيين); a claim that names
civilians as none of the dead, or that says men are civilians and not soldiers, denies no civilian's death;
a committee formed "to seek" a release is formed, not attempted; فقد before a verb (ف + قد) is no loss of
ground. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

LEAD = "هاجم مسلحو جبهة الإنقاذ القاعدة العسكرية في بلدة الصفصاف ليل الأربعاء."
TITLE = "هجوم على القاعدة العسكرية في بلدة الصفصاف"
DAY = dt.date(2028, 2, 16)


def test_fighters_who_stayed_in_the_base_against_the_base_never_fell() -> None:
    army = Article("a", lead=LEAD, title=TITLE, published=DAY)
    army.said("المتحدث باسم الجيش", "القاعدة لم تسقط ولو لدقيقة")
    front = Article("b", lead=LEAD, title=TITLE, published=DAY)
    front.said("جبهة الإنقاذ", "مقاتليها «بقوا في القاعدة العسكرية حتى الفجر»", type="organization")
    front.said("سكان", "الأسواق بقيت مغلقة حتى الظهر", type="anonymous_source")
    recs = annotated(army, front)
    assert contradiction(recs, "لم تسقط", "بقوا في") == "contradict-holder"
    assert contradiction(recs, "لم تسقط", "الأسواق") is None  # closed markets hold no ground


def test_no_one_fled_against_the_displaced() -> None:
    title = "آلاف النازحين من بلدة الصفصاف بعد المعارك"
    article = Article("a", lead=LEAD, title=title, published=DAY)
    article.said("مكتب أوتشا", "نحو 12 ألف شخص نزحوا من بلدة الصفصاف ومحيطها", type="organization")
    article.said("مسؤول محلي", "المنطقة «لم تشهد أي حركة نزوح»", anonymous=True)
    article.said("رئيس البلدية", "أحدا لم ينزح من بلدة الصفصاف")
    recs = annotated(article)
    assert contradiction(recs, "12 ألف", "حركة نزوح") == "contradict-denial"
    assert contradiction(recs, "12 ألف", "أحدا لم ينزح") == "contradict-denial"


STRIKES = "غارات جوية على حي الشرفة قرب سوق الغزلان في بلدة الصفصاف"


def test_terrorists_disguised_as_fishermen_are_armed() -> None:
    article = Article("a", title=STRIKES, published=DAY)
    article.said("رئيس جمعية الصيادين", "القصف أصاب مخيما للصيادين وقتل 17 صيادا", type="named_person")
    article.said("المتحدث باسم سلاح الجو", "القتلى «إرهابيون متنكرون في زي صيادين»")
    assert contradiction(annotated(article), "17 صيادا", "متنكرون") == "contradict-identity"


def test_children_among_the_dead_against_no_harm_to_civilians() -> None:
    article = Article("a", title=STRIKES, published=DAY)
    article.said("الحرس", "الضربات «لم تلحق أي أذى بالمدنيين»", type="organization")
    article.said("دائرة الصحة", "حصيلة القتلى ارتفعت إلى 5، بينهم طفلان", type="organization")
    article.said("الهلال الأحمر", "فرقه عالجت 47 جريحا، بينهم أطفال", type="organization")
    article.said("مدير المستشفى", "امرأة وطفلا من بين الجرحى")
    recs = annotated(article)
    assert contradiction(recs, "أي أذى", "بينهم طفلان") == "contradict-identity"
    # the wounded alone, counted or named, are none of the dead
    assert contradiction(recs, "أي أذى", "47 جريحا") is None
    assert contradiction(recs, "أي أذى", "من بين الجرحى") is None


def test_civilians_named_as_none_of_the_dead_deny_no_civilian_death() -> None:
    article = Article("a", title=STRIKES, published=DAY)
    article.said("الجيش", "لا قتلى مدنيين في غارات الصفصاف", type="organization")
    article.said("المتحدث باسم الجيش", "الغارات «استهدفت مواقع المسلحين وحدها»، ولم تسفر عن مقتل أي مدني")
    article.said("المتحدث باسم الجيش", "الأربعة «سائقون مدنيون، وليسوا جنودا»، وقتلى الجيش ثلاثة")
    article.said("المتحدث باسم الولاية", "الغارات قتلت تسعة مدنيين في بلدة الصفصاف")
    recs = annotated(article)
    assert contradiction(recs, "لا قتلى", "وحدها") is None  # one account: no civilian dead
    assert contradiction(recs, "تسعة مدنيين", "وليسوا جنودا") is None


def test_a_committee_formed_to_seek_a_release_against_its_denial() -> None:
    title = "خطف عمال إغاثة في هجوم على بلدة الصفصاف"
    article = Article("a", lead=LEAD, title=title, published=DAY)
    article.said("الشرطة", "المسلحين قتلوا ثلاثة حراس وخطفوا ستة عمال إغاثة", type="organization")
    article.said("حاكم الولاية", "تشكيل لجنة من الأعيان «للسعي إلى إطلاق المخطوفين عبر وسطاء»")
    article.said("وزير الإعلام", "تشكيل أي لجنة", negated=True)
    assert contradiction(annotated(article), "من الأعيان", "أي لجنة") == "contradict-denial"


def test_a_hold_told_after_faqad_is_no_loss() -> None:
    army = Article("a", lead=LEAD, title=TITLE, published=DAY)
    army.said("المتحدث باسم الجيش", "أما قواته فقد بسطت سيطرتها الكاملة على بلدة الصفصاف")
    front = Article("b", lead=LEAD, title=TITLE, published=DAY)
    front.said("جبهة الإنقاذ", "مقاتليها «ما زالوا يسيطرون على بلدة الصفصاف»", type="organization")
    # (فقد is ف + قد before a verb, not a loss: the army holds the town against the front)
    assert contradiction(annotated(army, front), "بسطت", "ما زالوا") == "contradict-holder"
