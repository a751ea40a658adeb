"""Read since the forty-eighth blind set became a development set: a crowd's size told by two sources (the
spectators of a match, the candidates of an exam), one of such a crowd as a thing denied, a verb of the fifth
form told in the past against its imperfect denied (تسربت / لم تتسرب), and a verb of finding or receiving
denied of any one thing (لم ترصد أي طائرة) against a claim of its story that tells the thing. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import quantities

DAY = dt.date(2029, 5, 14)


def stadium(*said: tuple[str, str]) -> Article:
    article = Article("a", title="مقتل مشجعين اثنين في تدافع عند مدخل ملعب المدينة في قسنطينة", published=DAY)
    article.said("الحماية المدنية", "مشجعين اثنين قتلا وأصيب 30 آخرون في التدافع", type="organization")
    for speaker, claim in said:
        article.said(speaker, claim, type="organization")
    return article


def test_a_crowd_is_counted_apart_from_persons_at_war() -> None:
    (crowd,) = quantities.find("حضر المباراة أكثر من 45 ألف متفرج")
    assert (crowd.low, crowd.unit) == (45000, "spectators")
    (capped,) = quantities.find("عدد الحاضرين لم يتجاوز 20 ألف شخص")
    assert (capped.high, capped.unit) == (20000, "spectators")
    (sitting,) = quantities.find("اجتاز الاختبار 9 آلاف مترشح")
    assert sitting.unit == "candidates"


def test_two_sizes_of_one_crowd_contradict() -> None:
    recs = annotated(
        stadium(
            ("الرابطة الوطنية لكرة القدم", "عدد الحاضرين في المدرجات لم يتجاوز 20 ألف متفرج"),
            ("جمعية أنصار النادي", "أكثر من 45 ألف متفرج كانوا في المدرجات"),
        )
    )
    assert contradiction(recs, "لم يتجاوز 20", "أكثر من 45") == "contradict-figures"


def test_one_of_a_crowd_denied_is_a_thing_denied() -> None:
    article = Article("b", title="تسريب موضوع الرياضيات في امتحان البكالوريا بمدينة سطيف", published=DAY)
    article.said("الشرطة", "توقيف ثلاثة أشخاص بتهمة تسريب الموضوع", type="organization")
    article.said("مديرية التربية", "مترشح التقط صورا للموضوع بهاتفه داخل القاعة", type="organization")
    article.said("ولي أمر", "ابنته رأت الموضوع قبل الامتحان", type="named_person")
    article.said(
        "مديرية الامتحانات", "يكون أي مترشح في مراكزها قد نشر الموضوع", type="organization", negated=True
    )
    recs = annotated(article)
    assert contradiction(recs, "مترشح التقط", "أي مترشح") == "contradict-denial"


def test_a_fifth_form_told_in_the_past_meets_its_imperfect_denied() -> None:
    recs = annotated(
        stadium(
            ("وزارة الشباب", "صور الكاميرات «لم تتسرب»"),
            ("نقابة الصحفيين", "صور الكاميرات تسربت إلى مواقع التواصل مساء الجمعة"),
        )
    )
    assert contradiction(recs, "تسربت إلى", "لم تتسرب") == "contradict-denial"


def test_a_bare_fifth_form_may_be_its_verbal_noun() -> None:
    recs = annotated(
        stadium(
            ("وزارة الشباب", "الشرطة لا تتدخل في تنظيم دخول الجماهير"),
            ("جمعية أنصار النادي", "تدخل الشرطة في تنظيم دخول الجماهير كان متأخرا"),
        )
    )
    assert contradiction(recs, "تدخل الشرطة", "لا تتدخل") is None


def test_a_thing_a_speaker_found_none_of_meets_a_claim_that_tells_it() -> None:
    recs = annotated(
        stadium(
            ("مديرية الأمن", "كاميرات المراقبة لم ترصد أي شماريخ في المدرجات"),
            ("جمعية أنصار النادي", "شماريخ أشعلت في المدرجات قبل التدافع بدقائق"),
            ("مديرية الصحة", "لم تسجل أي حالة تسمم بين المصابين"),
            ("نقابة الأطباء", "حالات تسمم بالغاز بين المصابين"),
        )
    )
    assert contradiction(recs, "شماريخ أشعلت", "لم ترصد") == "contradict-denial"
    assert contradiction(recs, "حالات تسمم", "لم تسجل") == "contradict-denial"


def test_a_deed_denied_of_any_one_is_no_denial_of_the_thing() -> None:
    recs = annotated(
        stadium(
            ("مديرية الأمن", "الشرطة لم تحجز أي شماريخ في المدرجات"),
            ("جمعية أنصار النادي", "شماريخ أشعلت في المدرجات قبل التدافع بدقائق"),
        )
    )
    assert contradiction(recs, "شماريخ أشعلت", "لم تحجز") is None
