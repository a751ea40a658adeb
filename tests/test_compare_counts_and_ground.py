"""Counts, the dead and ground compared since the nineteenth blind set became a development set: two
counts of one group meet before a whole toll, the dead said to have borne arms, a side's name for jihadists
counting fighters, a place handed over or still run. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import quantities

DAY = dt.date(2026, 5, 3)


def test_two_counts_of_one_group_meet_before_a_whole_toll() -> None:
    art = Article("t", lead="هاجم مسلحون حاجزا للشرطة عند مدخل بلدة الصفصاف ليل السبت.", published=DAY)
    art.said("قائد شرطة المحافظة", "الهجوم على الحاجز أسفر عن مقتل ثلاثة من عناصر الشرطة وإصابة خمسة آخرين")
    art.said(
        "المرصد",
        "حصيلة الهجوم على الحاجز بلغت 10 قتلى على الأقل، بينهم خمسة من عناصر الشرطة وأربعة مدنيين",
        type="organization",
    )
    recs = annotated(art)
    # three policemen against five among at least ten: the five, not the ten that could hold the three
    assert contradiction(recs, "ثلاثة من عناصر", "10 قتلى") == "contradict-figures"


def test_the_dead_said_to_have_borne_arms() -> None:
    art = Article("a", lead="داهمت قوات الأمن قرية الرملة فجر الاثنين.", published=DAY)
    art.said("الشبكة الحقوقية", "سبعة مدنيين من قرية الرملة قتلوا خلال المداهمة", type="organization")
    art.said("المتحدث باسم الوزارة", "جميع القتلى «سقطوا خلال الاشتباك وهم يحملون السلاح»")
    recs = annotated(art)
    assert contradiction(recs, "سبعة مدنيين", "يحملون السلاح") == "contradict-identity"
    # (all the dead fell in the clashes, no word of arms: nothing said of who they were)
    plain = Article("b", lead="داهمت قوات الأمن قرية الرملة فجر الاثنين.", published=DAY)
    plain.said("الشبكة الحقوقية", "سبعة مدنيين من قرية الرملة قتلوا خلال المداهمة", type="organization")
    plain.said("المتحدث باسم الوزارة", "جميع القتلى «سقطوا خلال الاشتباك»")
    assert contradiction(annotated(plain), "سبعة مدنيين", "خلال الاشتباك") is None


def test_a_sides_name_for_jihadists_counts_fighters() -> None:
    assert [(q.low, q.unit) for q in quantities.find("قتلت 9 «تكفيريين» في البلدة")] == [(9.0, "killed")]
    art = Article("j", lead="اشتباكات في بلدة الوادي الأخضر مساء الجمعة.", published=DAY)
    art.said("وزارة الداخلية", "قواتها قتلت 9 «تكفيريين» في البلدة", type="organization")
    art.said("أحد وجهاء البلدة", "جميع القتلى مدنيون من أبناء البلدة", anonymous=True)
    assert contradiction(annotated(art), "تكفيريين", "مدنيون من") == "contradict-identity"


def test_a_place_handed_over_or_still_run() -> None:
    art = Article("h", lead="اشتباكات عند منفذ الوازن الحدودي مساء الأحد.", published=DAY)
    art.said("وزارة الداخلية", "قواتها بسطت سيطرتها الكاملة على منفذ الوازن", type="organization")
    art.said("المجلس البلدي", "تسليم المنفذ", negated=True, type="organization")
    art.said("المجلس البلدي", "قوات المدينة «ما زالت تدير البوابة»", type="organization")
    art.said("الوزارة", "الشركة تدير المنفذ منذ سنوات", type="organization")
    recs = annotated(art)
    relation = {r.claim.text: r.proposition.relation for r in recs if r.proposition}
    assert relation["تسليم المنفذ"] == relation["قوات المدينة «ما زالت تدير البوابة»"] == "control"
    assert relation["الشركة تدير المنفذ منذ سنوات"] is None  # (running it, not still: a company)
    assert contradiction(recs, "بسطت سيطرتها", "تسليم المنفذ") == "contradict-denial"


def test_a_partial_deal_against_a_denial_of_a_whole_one_or_of_what_came_with_it() -> None:
    art = Article("p", lead="تبادل الجيش والفصيل الأسرى قرب بلدة الجسر.", published=DAY)
    art.said("مصدر طبي", "القصف على الجسر أسفر عن مقتل خمسة مقاتلين", anonymous=True)  # a story of a war
    told = "إتمام صفقة لتبادل الأسرى مع الفصيل، أفرج بموجبها عن 12 أسيرا"
    art.said("إعلام الجيش", told, type="organization")
    art.said("مصدر في الوفد", "التوصل إلى أي اتفاق شامل مع الفصيل بشأن الأسرى", negated=True, anonymous=True)
    art.said("مصدر في الفصيل", "وجود أي تفاهم على التهدئة رافق عملية التبادل", negated=True, anonymous=True)
    art.said("مصدر في الوساطة", "التوصل إلى أي اتفاق مع الفصيل بشأن الأسرى", negated=True, anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "إتمام صفقة", "اتفاق شامل") is None  # a whole one denied, a partial one done
    assert contradiction(recs, "إتمام صفقة", "رافق عملية") is None  # the exchange taken as done
    assert contradiction(recs, "إتمام صفقة", "أي اتفاق مع") == "contradict-not-reached"
