"""Read since the forty-second blind set became a development set: a verb one speaker of a fighting
story denies (قواتنا لم تطلق أي رصاص حي) against the same verb another tells done, in any person
(أطلقوا، يطلق), with its subject or object, in short claims; and قد after a form of كان read as a
perfect, not a hedge (أن يكون الضابط قد تلقى). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, propositions

DAY = dt.date(2029, 2, 6)


def protest(*said: tuple[str, str]) -> Article:
    article = Article("a", title="مقتل ثلاثة محتجين في تظاهرة أمام مبنى المحافظة في الكوت", published=DAY)
    article.said("دائرة صحة واسط", "ثلاثة محتجين قتلوا وأصيب عشرون آخرون", type="organization")
    for speaker, claim in said:
        article.said(speaker, claim, type="organization")
    return article


def test_a_verb_denied_meets_the_same_verb_told_in_another_person() -> None:
    recs = annotated(
        protest(
            ("قيادة شرطة واسط", "قواتنا لم تطلق أي رصاص حي على المحتجين"),
            ("لجنة تنسيق التظاهرات", "عناصر الشرطة أطلقوا الرصاص الحي على المحتجين قرب الجسر"),
            ("نقابة المعلمين", "عنصرا من الشرطة يطلق النار على المحتجين من فوق سطح المبنى"),
        )
    )
    assert contradiction(recs, "أطلقوا الرصاص", "لم تطلق") == "contradict-denial"
    assert contradiction(recs, "يطلق النار", "لم تطلق") == "contradict-denial"


def test_a_tally_since_a_date_is_no_denial_of_the_one_at_hand() -> None:
    recs = annotated(
        protest(
            ("قيادة شرطة واسط", "المحتجين «لم يغلقوا الجسر القديم»"),
            ("مجلس المحافظة", "المحتجين أغلقوا الجسر القديم مرتين منذ مطلع العام"),
            ("نقابة المحامين", "المحتجين أغلقوا الجسر القديم مساء أمس"),
        )
    )
    assert contradiction(recs, "منذ مطلع العام", "لم يغلقوا") is None
    assert contradiction(recs, "مساء أمس", "لم يغلقوا") == "contradict-denial"


def test_a_verb_told_of_another_subject_or_actor_is_no_denial() -> None:
    recs = annotated(
        protest(
            ("مديرية المرور", "الجسر القديم لم يغلق أمام الشاحنات"),
            ("غرفة التجارة", "الطريق الدولي أغلق أمام الشاحنات منذ الصباح"),
            ("شرطة المحافظة", "الجسر القديم أغلق أمام الشاحنات ساعتين"),
        )
    )
    assert contradiction(recs, "الطريق الدولي", "لم يغلق") is None
    assert contradiction(recs, "ساعتين", "لم يغلق") == "contradict-denial"
    recs = annotated(
        protest(
            ("القيادة المركزية", "القوات الأميركية لم تنفذ أي ضربة على مخزن الأسلحة"),
            ("مصدر عسكري", "الطيران الإسرائيلي نفذ الضربة على مخزن الأسلحة"),
            ("مصدر أمني", "طائرات أميركية نفذت الضربة على مخزن الأسلحة"),
        )
    )
    assert contradiction(recs, "الطيران الإسرائيلي", "لم تنفذ") is None
    assert contradiction(recs, "طائرات أميركية", "لم تنفذ") == "contradict-denial"


def test_the_denials_own_account_of_who_did_it_agrees_with_it() -> None:
    recs = annotated(
        protest(
            ("اللجنة المنظمة للتظاهرة", "لم يحرق أي محتج مبنى البلدية، بل ملثمون وصلوا بسيارات مدنية"),
            ("مديرية الدفاع المدني", "ملثمين أحرقوا مبنى البلدية بعد منتصف الليل"),
            ("قيادة العمليات", "المحتجين أحرقوا مبنى البلدية بعد منتصف الليل"),
        )
    )
    assert contradiction(recs, "ملثمين أحرقوا", "لم يحرق") is None
    assert contradiction(recs, "المحتجين أحرقوا", "لم يحرق") == "contradict-denial"


def test_a_term_agreed_or_a_story_of_no_fighting_tells_no_verb_done() -> None:
    recs = annotated(
        protest(
            ("المجلس المحلي", "الطرفين اتفقا على أن تسلم القوات المعبر إلى الشرطة"),
            ("قائد اللواء", "القوات لن تسلم المعبر إلى أي جهة"),
        )
    )
    assert contradiction(recs, "أن تسلم", "لن تسلم") is None
    article = Article("b", title="ارتفاع أسعار الخبز في أسواق العاصمة", published=DAY)
    article.said("وزارة التجارة", "المخابز لم ترفع أسعار الخبز هذا الأسبوع", type="organization")
    article.said("جمعية حماية المستهلك", "المخابز رفعت أسعار الخبز بنسبة كبيرة", type="organization")
    assert contradiction(annotated(article), "رفعت أسعار", "لم ترفع") is None


def test_a_noun_another_object_or_a_long_claim_tells_no_verb_denied() -> None:
    recs = annotated(
        protest(
            ("وزارة الداخلية", "الوزارة لن ترفع الحصار عن الحي الشرقي"),
            ("نائب عن المحافظة", "رفع الحصار عن الحي الشرقي مطلب الأهالي منذ أسابيع"),
            ("مجلس المحافظة", "الوزارة رفعت الحصار عن الحي الشرقي فجر اليوم"),
            ("قيادة الشرطة", "الشرطة لم تغلق الطريق المؤدي إلى المستشفى"),
            ("نقابة الأطباء", "الشرطة أغلقت المدارس في الحي الشرقي"),
            (
                "مجلس الأعيان",
                "الشرطة أغلقت الطريق المؤدي إلى المستشفى بعد أن تجمع مئات المحتجين أمام بوابته"
                " الرئيسية ورفعوا لافتات تندد بمقتل الشبان الثلاثة في تظاهرة الأمس أمام مبنى المحافظة"
                " وسط المدينة القديمة",
            ),
        )
    )
    assert contradiction(recs, "رفعت الحصار", "لن ترفع") == "contradict-denial"
    assert contradiction(recs, "مطلب الأهالي", "لن ترفع") is None  # a noun: the lifting asked for
    assert contradiction(recs, "المدارس", "لم تغلق") is None  # another thing shut
    assert contradiction(recs, "لافتات", "لم تغلق") is None  # a claim too long to be one statement


def test_a_cue_of_denial_denies_the_verb_told_done_after_qad() -> None:
    article = protest(("شقيق المقدم", "المقدم تلقى رسالتي تهديد خلال الشهر الماضي"))
    article.said("مصدر في الشرطة", "ما تردد عن أن المقدم تلقى رسائل تهديد", anonymous=True)
    article.said(
        "قيادة الشرطة", "يكون المقدم قد تلقى أي تهديد قبل اغتياله", negated=True, type="organization"
    )
    recs = annotated(article)
    assert contradiction(recs, "رسالتي تهديد", "قد تلقى") == "contradict-denial"
    assert contradiction(recs, "ما تردد", "قد تلقى") is None  # a rumour retold


def test_which_negations_deny_a_verb() -> None:
    assert [d.core for d in compare._verbs("المسلحون لم يقتحموا القرية").denied] == ["قتحم"]
    assert compare._verbs("المسلحون لا يزالون في القرية").denied == ()  # still there
    assert compare._verbs("الحزب لا يريد أن يخوض الحرب").denied == ()  # wanting carries another verb
    assert compare._verbs("الشرطة لم تعتقل سوى شخصين").denied == ()  # only two
    assert compare._verbs("الغارة قتلت رعاة لا مسلحين").denied == ()  # one set against another
    assert compare._verbs("القتلى رعاة من القرية، لا مسلحون").denied == ()  # ... past a comma too
    assert compare._verbs("لا على أي طرف").denied == ()  # no word of its own
    assert compare._verbs("ليس للحزب أي مقر في الحي").denied == ()  # what the party has, not the party
    assert [d.core for d in compare._verbs("ما بينهما ليس تحالفا").denied] == ["حالف"]
    assert [d.core for d in compare._verbs("لا لجنة مشتركة مع الوزارة").denied] == ["لجن"]
    assert [d.core for d in compare._verbs("الحزب لا يملك أي سلاح").denied] == ["ملك"]
    # (nothing after a negator in its clause is told done)
    assert "عديل" not in {u.core for u in compare._verbs("الحزب لم يطلب المشاركة في أي تعديل").told}


def test_qad_after_a_form_of_kana_is_a_perfect_not_a_hedge() -> None:
    assert propositions.read("أن يكون الضابط قد تلقى أي تهديد قبل مقتله").modality == "asserted"
    assert propositions.read("كانت القوات قد تسلمت المواقع").modality == "asserted"
    assert propositions.read("القوات قد تتسلم المواقع غدا").modality == "hedged"


def test_an_emphatic_word_after_the_verb_denied_is_no_other_object() -> None:
    recs = annotated(
        protest(
            ("إدارة المستشفى", "الكهرباء لم تنقطع لحظة واحدة"),
            ("نقابة الأطباء", "الكهرباء انقطعت ساعة كاملة في قسم الطوارئ"),
            ("دائرة الكهرباء", "التيار لم ينقطع عن المستشفى"),
            ("مجلس الحي", "التيار انقطع عن المدارس طوال الليل"),
        )
    )
    assert contradiction(recs, "ساعة كاملة", "لحظة واحدة") == "contradict-denial"
    assert contradiction(recs, "عن المدارس", "عن المستشفى") is None  # another object


def test_a_denial_of_anyone_at_all_needs_no_word_of_it_shared() -> None:
    recs = annotated(
        protest(
            ("شقيق أحد القتلى", "أحدا لم يتصل بالعائلة"),
            ("مكتب المحافظ", "ضابطا من الشرطة اتصل بوالد الشاب مساء الأحد"),
            ("نقابة المحامين", "لم يتصل أي موظف في مكتب المحافظ بالعائلات"),
        )
    )
    assert contradiction(recs, "ضابطا من الشرطة", "أحدا لم يتصل") == "contradict-denial"
    # (any one of a kind keeps its words: an employee of the office, not the officer who called)
    assert contradiction(recs, "ضابطا من الشرطة", "أي موظف") is None


def test_a_thing_denied_how_it_was_done_is_denied_only_so() -> None:
    article = protest(("نقابة المحامين", "محضرين كتبا من دون شهود"))
    article.said("مصدر في النيابة", "المحضر كتب بحضور شاهدين من أهالي الحي", anonymous=True)
    article.said("قيادة الشرطة", "يكون أي محضر قد كتب بلا شهود", negated=True, type="organization")
    recs = annotated(article)
    assert contradiction(recs, "من دون شهود", "بلا شهود") == "contradict-denial"
    assert contradiction(recs, "بحضور شاهدين", "بلا شهود") is None
    # (... and so is a verb denied how it would be done: without their leave)
    recs = annotated(
        protest(
            ("قائد الفصيل", "لن يدخل أحد البلدة من دون إذننا"),
            ("مصدر عسكري", "قوة من الجيش دخلت البلدة فجر اليوم"),
            ("شيخ العشيرة", "أحدا لم يدخل البلدة منذ يومين"),
        )
    )
    assert contradiction(recs, "قوة من الجيش", "إذننا") is None
    assert contradiction(recs, "قوة من الجيش", "منذ يومين") == "contradict-denial"
