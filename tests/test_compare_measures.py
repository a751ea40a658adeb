"""Read since the forty-third blind set became a development set: shares, sums of money and weights as
measures of their own (numbers.yaml `measure`), read by the noun after the figure, and two speakers'
amounts of one thing in one story set against each other (compare._story_measures); deaths of a disease
(31 وفاة) counted as the dead. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, between, contradiction

from tracker import compare, quantities

DAY = dt.date(2029, 3, 6)
TITLE = "إضراب سائقي الحافلات يشل النقل في مدينة الزرقاء"


def read(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.low, q.high, q.unit) for q in quantities.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نسبة الإقبال لم تتجاوز 25 في المئة", [(None, 25, "percent")]),
        ("أكثر من ٧٠ في المئة من الحافلات توقفت", [(70, None, "percent")]),
        ("بلغت كلفة الإغلاق ثلاثة ملايين دينار", [(3_000_000, 3_000_000, "dinars")]),
        ("دفعت العائلة فدية قدرها 200 ألف دولار", [(200_000, 200_000, "dollars")]),
        # (the noun after the figure says what it counts, not the event noun before it: no arrests)
        ("ضبطت الشرطة 35 كيلوغراما من الحشيش", [(35, 35, "kg")]),
        ("الكمية المصادرة لا تتجاوز 90 طنا", [(None, 90, "tonnes")]),
        # (deaths of a disease are the dead)
        ("سجلت المديرية 44 وفاة بالحصبة", [(44, 44, "killed")]),
    ],
)
def test_shares_sums_and_weights_are_measures(text: str, expected: list[tuple[float | None, ...]]) -> None:
    assert read(text) == expected


def story(*said: tuple[str, str], unrest: bool = True) -> list:
    """One report of the strike; with `unrest`, it tells the night's arrests too: a story of conflict."""
    article = Article("z", title=TITLE, published=DAY)
    for speaker, claim in said:
        article.said(speaker, claim)
    if unrest:
        article.said("مصدر أمني", "الشرطة اعتقلت 14 سائقا خلال احتجاجات ليل الاثنين", anonymous=True)
    return annotated(article)


def test_two_speakers_shares_of_one_thing_contradict() -> None:
    recs = story(
        ("وزير النقل، عادل الخطيب", "نسبة المشاركة في الإضراب «لم تتجاوز 20 في المئة من الحافلات»"),
        ("رئيس نقابة السائقين، فارس العمري", "أكثر من 75 في المئة من الحافلات توقفت عن العمل"),
    )
    assert contradiction(recs, "20 في المئة", "75 في المئة") == "contradict-figures"


def test_two_sums_of_one_loss_contradict_and_close_ones_agree() -> None:
    recs = story(
        ("غرفة تجارة الزرقاء", "خسائر الإضراب بنحو 9 ملايين دينار يوميا"),
        ("الخبير الاقتصادي سامي الحوراني", "كلفة الإضراب على الاقتصاد «مليونا دينار يوميا»"),
        ("النائب عن المدينة، حسن الطراونة", "خسائر الإضراب تقارب ثمانية ملايين دينار يوميا"),
    )
    assert contradiction(recs, "9 ملايين", "مليونا دينار") == "contradict-figures"
    agreed = between(recs, "9 ملايين", "ثمانية ملايين")
    assert agreed and (agreed.verdict, agreed.rule) == ("agree", "agree-figures")
    # (each claim's one share, whatever sum it tells beside it)
    recs = story(
        ("غرفة تجارة الزرقاء", "إيرادات الحافلات تراجعت بنسبة 30 في المئة"),
        ("النائب عن المدينة، حسن الطراونة", "إيرادات الحافلات بلغت مليوني دينار متراجعة بنسبة 45 في المئة"),
    )
    assert contradiction(recs, "30 في المئة", "45 في المئة") == "contradict-figures"
    # (a report of business, no conflict told: its sums are of as many things as it has figures)
    recs = story(
        ("غرفة تجارة الزرقاء", "خسائر الإضراب بنحو 9 ملايين دينار يوميا"),
        ("الخبير الاقتصادي سامي الحوراني", "كلفة الإضراب على الاقتصاد «مليونا دينار يوميا»"),
        unrest=False,
    )
    assert contradiction(recs, "9 ملايين", "مليونا دينار") is None
    # (nor does a judge of like words make the two shares agree)
    recs = story(
        ("غرفة تجارة الزرقاء", "إيرادات الحافلات تراجعت بنسبة 30 في المئة"),
        ("النائب عن المدينة، حسن الطراونة", "إيرادات الحافلات بلغت مليوني دينار متراجعة بنسبة 45 في المئة"),
        unrest=False,
    )
    first, second = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    assert compare._undecided(first, second) is None


def test_amounts_of_other_things_or_spans_or_one_speaker_are_no_dispute() -> None:
    recs = story(
        # (each speaker's own delivery, of other goods: no word they share beside the figure)
        ("برنامج الأغذية العالمي", "وزع 30 طنا من الطحين على الأسر"),
        ("الهلال الأحمر", "أوصل 75 طنا من الأدوية والمعدات الطبية إلى المستشفيات"),
    )
    assert between(recs, "30 طنا", "75 طنا") is None
    recs = story(
        # (the first and the second of two things)
        ("مدير الطرق، خالد النمر", "المرحلة الأولى من الطريق تكلف 40 مليون دينار"),
        ("وزير الأشغال، مازن الفايز", "المرحلة الثانية من الطريق تكلف 65 مليون دينار"),
    )
    assert between(recs, "40 مليون", "65 مليون") is None
    # (a year's total against one raid's seizure, in a report that gives no date)
    article = Article("x", title="حملة على تجار المخدرات في مدينة الزرقاء")
    seized = "ضبط أكثر من 900 كيلوغرام من الحشيش خلال 2028"
    article.said("مديرية مكافحة المخدرات", seized, type="organization")
    article.said("مصدر أمني", "الدورية ضبطت 20 كيلوغراما من الحشيش في المدينة", anonymous=True)
    article.said("مصدر أمني آخر", "الدورية اعتقلت ثلاثة مهربين في المدينة", anonymous=True)
    assert between(annotated(article), "900 كيلوغرام", "20 كيلوغراما") is None
    recs = story(
        # (the first quarter's and the second's: two things, whatever a judge of like words makes of them)
        ("تاجر في السوق", "إيرادات الحافلات في الربع الأول تراجعت بنسبة 30 في المئة"),
        ("نقابة المخابز", "إيرادات الحافلات في الربع الثاني تراجعت بنسبة 45 في المئة"),
    )
    assert contradiction(recs, "30 في المئة", "45 في المئة") is None
    first, second, _ = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    assert compare._undecided(first, second) is None  # (the judge of like words is not asked of amounts)
    recs = story(
        # (two shares of one unit in a claim: which the other's disputes, it does not say)
        ("وزير النقل، عادل الخطيب", "المشاركة في الإضراب بلغت 20 في المئة في الشمال و70 في المئة في الجنوب"),
        ("رئيس نقابة السائقين، فارس العمري", "المشاركة في الإضراب بلغت 45 في المئة"),
    )
    assert contradiction(recs, "20 في المئة", "45 في المئة") is None
    recs = story(
        # (a price and its rise: a level and a change, whatever a judge of like words makes of the two)
        ("تاجر في سوق الزرقاء", "سعر كيس الطحين في السوق بلغ 12 دينارا"),
        ("نقابة المخابز", "سعر كيس الطحين في السوق ارتفع 5 دنانير منذ بدء الإضراب"),
    )
    assert contradiction(recs, "12 دينارا", "5 دنانير") is None
    recs = story(
        # (claims as long as a paragraph hold more things than one amount)
        (
            "وزير النقل، عادل الخطيب",
            "نسبة المشاركة في الإضراب لم تتجاوز 20 في المئة من الحافلات في الأيام الماضية، وهي نسبة تراجعت"
            " بعد أن عاد معظم السائقين إلى خطوطهم في الأحياء الشرقية والغربية من المدينة ومن القرى حولها",
        ),
        ("رئيس نقابة السائقين، فارس العمري", "أكثر من 75 في المئة من الحافلات توقفت عن العمل"),
    )
    assert contradiction(recs, "20 في المئة", "75 في المئة") is None
    # (one speaker's share in two reports of the story, which tell its arrests: his own account, corrected)
    reports = []
    for n, share in enumerate(("20", "12")):
        report = Article(f"y{n}", title=TITLE, published=DAY + dt.timedelta(days=n))
        report.said("وزير النقل، عادل الخطيب", f"نسبة المشاركة في الإضراب بلغت {share} في المئة")
        report.said("مصدر أمني", f"الشرطة اعتقلت {n + 5} سائقين في الزرقاء", anonymous=True)
        reports.append(report)
    assert contradiction(annotated(*reports), "20 في المئة", "12 في المئة") is None
