"""Read since the forty-third blind set became a development set: a means of force one speaker denies its
side used (لم تستخدم الرصاص الحي، لم تستخدم سوى الغاز المسيل للدموع) against another speaker of the story
telling it used (قتلا برصاص حي). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare

DAY = dt.date(2029, 3, 9)
TITLE = "مواجهات بين الشرطة وطلاب محتجين أمام جامعة الفاشر"


def protest(denial: str, *told: tuple[str, str]) -> list:
    article = Article("p", title=TITLE, published=DAY)
    article.said("المتحدث باسم الشرطة، العقيد عوض الطيب", denial)
    for speaker, claim in told:
        article.said(speaker, claim, anonymous=True, type="anonymous_source")
    article.said("مصدر طبي", "مقتل طالبين وإصابة 14 آخرين في المواجهات", anonymous=True)
    return annotated(article)


def test_means_denied_and_told_used() -> None:
    recs = protest(
        "قوات الشرطة «لم تستخدم الرصاص الحي» ضد المحتجين",
        ("شهود عيان", "الطالبان قتلا برصاص حي أطلق من سيارة للشرطة"),
        ("طلاب", "عناصر الشرطة أطلقوا الرصاص المطاطي على الطلاب"),
    )
    assert contradiction(recs, "لم تستخدم", "برصاص حي") == "contradict-denial"
    assert contradiction(recs, "لم تستخدم", "المطاطي على") is None
    # (a means joined by ولا is denied too; the longer form names its own kind: rubber bullets, not live fire)
    recs = protest(
        "الشرطة لم تطلق الغاز المسيل للدموع ولا الرصاص المطاطي",
        ("طلاب", "عناصر الشرطة أطلقوا الرصاص المطاطي على الطلاب"),
        ("ناشطون", "الشرطة أطلقت الرصاص الحي في الهواء"),
    )
    assert contradiction(recs, "لم تطلق", "المطاطي على") == "contradict-denial"
    assert contradiction(recs, "لم تطلق", "في الهواء") is None


def test_none_but_one_means_denies_the_others() -> None:
    recs = protest(
        "عناصرها «لم تستخدم سوى الغاز المسيل للدموع» لتفريق المحتجين",
        ("أطباء", "ثلاثة طلاب أصيبوا بالرصاص الحي"),
        ("طلاب", "الشرطة أطلقت عشرات القنابل المسيلة للدموع"),
    )
    assert contradiction(recs, "سوى", "بالرصاص الحي") == "contradict-denial"
    assert contradiction(recs, "سوى", "عشرات القنابل") is None


def test_means_retold_as_rumour_or_denied_again_are_no_dispute() -> None:
    recs = protest(
        "قوات الشرطة «لم تستخدم الرصاص الحي» ضد المحتجين",
        ("طلاب", "ما تردد عن إطلاق الرصاص الحي على الطلاب يحتاج إلى تحقيق"),
        ("سكان", "أحدا لم يسمع إطلاق الرصاص الحي قرب الجامعة"),
    )
    assert contradiction(recs, "لم تستخدم", "ما تردد") is None
    assert contradiction(recs, "لم تستخدم", "لم يسمع") is None
    denied = compare._denied_means("الشرطة لم تطلق الغاز المسيل للدموع ولا الرصاص المطاطي", False)
    assert denied.kinds == {"tear_gas", "rubber_bullets"}


def test_means_given_to_another_side_are_no_dispute() -> None:
    article = Article("q", title="اشتباكات في سوق مدينة الفاشر", published=DAY)
    speaker = "المتحدث باسم الجيش السوداني، العميد نبيل عبد الله"
    article.said(speaker, "قواته لم تستخدم الطائرات المسيرة في المدينة")
    article.said("ناشطون", "مسلحون من الدعم السريع قصفوا السوق بطائرة مسيرة", anonymous=True)
    article.said("شهود", "طائرة مسيرة للجيش السوداني قصفت السوق", anonymous=True)
    article.said("مصدر طبي", "مقتل تسعة مدنيين في قصف السوق", anonymous=True)
    recs = annotated(article)
    assert contradiction(recs, "لم تستخدم", "مسلحون من") is None
    assert contradiction(recs, "لم تستخدم", "للجيش السوداني") == "contradict-denial"
