"""Read since the forty-first blind set became a development set: an accident against an attack whose
authors no one names (مجهولون فجروا المقام), also when the accident is told as "a fire, not a blast";
"what happened" (ما حدث) as the event of its report; a curfew imposed and denied, by a cue or as "no
curfew" (لا حظر للتجوال); a claim with no particular of its own as the event of its story; and one
thing given opposite attributes (طائرة عسكرية / الطائرة مدنية); a statement denied against a claim that holds
its words; and one man said unhurt and said wounded. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare

DAY = dt.date(2029, 1, 9)


def shrine(accident: str) -> Article:
    article = Article("a", title="تفجير مقام الولي سيدي عبد السلام في بلدة مسلاتة", published=DAY)
    article.said("مديرية الأمن في البلدة", "مجهولين فجروا المقام فجر الثلاثاء", type="organization")
    article.said("مدير مكتب الأوقاف، سالم الفيتوري", accident)
    return article


def test_an_accident_meets_an_attack_whose_authors_no_one_names() -> None:
    recs = annotated(shrine("ما حدث «حريق سببه ماس كهربائي»"))
    assert contradiction(recs, "مجهولين فجروا", "ما حدث") == "contradict-accident"
    # (told as "a fire, not a blast", the accident also denies the blast)
    recs = annotated(shrine("ما حدث «حريق سببه ماس كهربائي لا تفجير»"))
    assert contradiction(recs, "مجهولين فجروا", "ما حدث") == "contradict-denial"


def test_an_accident_denied_or_an_accident_of_another_thing_meets_no_attack() -> None:
    recs = annotated(shrine("ما حدث «لم يكن بسبب ماس كهربائي»"))
    assert contradiction(recs, "مجهولين فجروا", "ما حدث") is None
    # the damage a fire may do is no attack told
    article = Article("b", title="حريق في مقام الولي سيدي عبد السلام في بلدة مسلاتة", published=DAY)
    article.said("الدفاع المدني", "الأضرار اقتصرت على سقف المقام", type="organization")
    article.said("مدير مكتب الأوقاف، سالم الفيتوري", "ما حدث حريق سببه ماس كهربائي")
    assert contradiction(annotated(article), "الأضرار اقتصرت", "ما حدث") is None


def test_blowing_up_is_an_attack_but_dawn_is_not() -> None:
    assert compare.propositions.read("مجهولون فجروا المقام").relation == "attack"
    assert compare.propositions.read("وصل الوفد فجر الثلاثاء").relation is None


def test_what_happened_is_the_event_its_report_tells() -> None:
    article = Article("a", title="انفجار في مخزن للوقود قرب ميناء مصراتة", published=DAY)
    article.said("كتيبة حماية الميناء", "طائرة مسيرة قصفت مخزن الوقود قرب الميناء", type="organization")
    article.said("مصدر في إدارة الميناء", "ما جرى «عطل فني في أحد الخزانات»", anonymous=True)
    article.said("شهود عيان", "طائرة مسيرة قصفت شاحنة في حي الزروق", type="named_person")
    recs = annotated(article)
    assert contradiction(recs, "قصفت مخزن الوقود", "ما جرى") == "contradict-accident"
    # (a strike on something else in the report is not the event "what happened" tells)
    assert contradiction(recs, "قصفت شاحنة", "ما جرى") is None
    depot, happened, truck = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    assert compare.same_event(depot, happened, compare.lattice())
    assert not compare.same_event(truck, happened, compare.lattice())


def curfew_reports() -> tuple[Article, Article]:
    first = Article("a", title="احتجاجات على انقطاع الكهرباء في مدينة سنار", published=DAY)
    first.said("قناة محلية", "والي سنار فرض حظرا للتجوال بعد الاشتباكات", type="media_outlet")
    first.said("لجنة المحتجين", "قوات الأمن اعتقلت 15 متظاهرا", type="organization")
    second = Article(
        "b",
        title="والي سنار ينفي فرض حظر للتجوال بعد احتجاجات الكهرباء",
        published=DAY + dt.timedelta(days=1),
    )
    second.said("والي سنار، عمر آدم", "لا حظر للتجوال في المدينة")
    second.said("والي سنار، عمر آدم", "تكون السلطات فرضت حظرا للتجوال", negated=True)
    return first, second


def test_a_curfew_imposed_against_one_denied_by_its_cue_or_as_none() -> None:
    recs = annotated(*curfew_reports())
    assert contradiction(recs, "فرض حظرا للتجوال", "لا حظر للتجوال") == "contradict-denial"
    assert contradiction(recs, "فرض حظرا للتجوال", "تكون السلطات فرضت") == "contradict-denial"
    # (a curfew denied is no denial of the arrests of its story)
    assert contradiction(recs, "اعتقلت 15 متظاهرا", "لا حظر للتجوال") is None


def test_none_such_is_a_noun_denied_not_a_verb_with_its_object() -> None:
    assert compare._none_such("لا حظر للتجوال في المدينة", "curfew")
    assert compare._none_such("لا يوجد أي حظر للتجوال", "curfew")
    assert not compare._none_such("قواتنا لا تستهدف المدنيين", "attack")
    assert not compare._none_such("الحركة لا علاقة لها بالتفجير", "attack")


def test_a_bare_toll_does_not_meet_every_toll_of_its_story() -> None:
    first = Article("a", title="معارك عنيفة بين الجيش والمتمردين حول بلدة أبو زبد", published=DAY)
    first.said(
        "قائد المتمردين، حامد بشير", "قواتنا قتلت عشرات من جنود الجيش في قرية الفرشاية قرب الطريق القومي"
    )
    second = Article("b", title="الجيش يصد هجوما للمتمردين على بلدة أبو زبد بعد معارك عنيفة", published=DAY)
    second.said("المتحدث باسم الجيش، العميد نبيل عبد الله", "خسائر الجيش «لا تتعدى خمسة قتلى»")
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(annotated(first, second))])
    ambush, losses = claims
    assert compare._same_story(ambush, losses)
    assert not compare.same_event(ambush, losses, compare.lattice())


def downed_plane() -> Article:
    article = Article("a", title="سقوط طائرة شحن قرب مطار الجنينة", published=DAY)
    article.said("قوات الدعم السريع", "دفاعاتها أسقطت طائرة نقل عسكرية فوق المدينة", type="organization")
    article.said("سلطة الطيران المدني", "الطائرة مدنية وتملكها شركة خاصة", type="organization")
    article.said("المتحدث باسم الجيش، العميد خالد سليمان", "تكون الطائرة عسكرية", negated=True)
    article.said("شاهد عيان", "الطائرة ليست عسكرية", type="named_person")
    return article


def test_one_thing_given_opposite_attributes_or_one_said_and_denied() -> None:
    recs = annotated(downed_plane())
    assert contradiction(recs, "طائرة نقل عسكرية", "الطائرة مدنية") == "contradict-attribute"
    assert contradiction(recs, "طائرة نقل عسكرية", "تكون الطائرة عسكرية") == "contradict-attribute"
    assert contradiction(recs, "طائرة نقل عسكرية", "ليست عسكرية") == "contradict-attribute"
    # (a denial and a claim of the other attribute agree; so do two denials)
    assert contradiction(recs, "الطائرة مدنية", "تكون الطائرة عسكرية") is None
    assert contradiction(recs, "ليست عسكرية", "تكون الطائرة عسكرية") is None


def test_attributes_of_other_things_or_of_both_kinds_oppose_nothing() -> None:
    assert compare._attributes("قصف أهداف عسكرية ومدنية في المدينة") == frozenset()
    assert compare._attributes("مقتل مدني في القصف") == frozenset()  # a civilian, no killing "civilian"
    assert compare._attributes("السيطرة على القاعدة العسكرية") == frozenset()  # a name, not a predicate
    # two indefinite nouns may be two things; a denial denies the attribute only where it is the predicate
    article = Article("c", title="استئناف الرحلات إلى مطار الجنينة", published=DAY)
    article.said("مدير المطار، سامي حسن", "طائرات مدنية ستصل يوميا إلى المطار")
    article.said("مراسل الوكالة", "طائرة عسكرية حطت في المطار محملة بالذخيرة", type="media_outlet")
    article.said("مصدر في المطار", "الطائرات الحربية قصفت محيط المطار", anonymous=True)
    assert contradiction(annotated(article), "طائرات مدنية", "طائرة عسكرية حطت") is None
    denial = Article("d", title="استئناف الرحلات إلى مطار الجنينة", published=DAY)
    denial.said("مراسل الوكالة", "الطائرة عسكرية ومحملة بالذخيرة", type="media_outlet")
    denial.said("مصدر عسكري", "وجود أي ذخيرة على متن طائرة عسكرية", anonymous=True, negated=True)
    assert contradiction(annotated(denial), "الطائرة عسكرية", "وجود أي ذخيرة") != "contradict-attribute"
    article = Article("a", title="سقوط طائرة شحن قرب مطار الجنينة", published=DAY)
    article.said("قوات الدعم السريع", "دفاعاتها أسقطت طائرة نقل عسكرية فوق المدينة", type="organization")
    article.said("سلطة الطيران المدني", "المروحية مدنية", type="organization")
    assert contradiction(annotated(article), "طائرة نقل عسكرية", "المروحية مدنية") is None


def chartered(*, shot: bool) -> Article:
    article = Article("a", title="سقوط طائرة شحن قرب مطار الجنينة", published=DAY)
    if shot:  # (a story of fighting)
        article.said("قوات الدعم السريع", "دفاعاتها أسقطت الطائرة بصاروخ", type="organization")
    article.said("مدير شركة النسر للطيران، كمال يوسف", "الطائرة كانت مستأجرة لنقل أدوية لصالح الصندوق الأممي")
    article.said("الصندوق الأممي للسكان", "يكون قد استأجر الطائرة", type="organization", negated=True)
    article.said("مدير المطار، سامي حسن", "الطائرة أقلعت فجر الاثنين")
    article.said("مصدر في المطار", "ما تردد عن طائرة مستأجرة لصالح الصندوق «شائعات»", anonymous=True)
    return article


def test_a_statement_denied_against_a_claim_that_holds_its_words() -> None:
    recs = annotated(chartered(shot=True))
    assert contradiction(recs, "كانت مستأجرة", "قد استأجر الطائرة") == "contradict-denial"
    # (a claim that holds only some of the denied words is of something else; one that retells the
    # rumour holds no statement of its own)
    assert contradiction(recs, "أقلعت فجر", "قد استأجر الطائرة") is None
    assert contradiction(recs, "ما تردد", "قد استأجر الطائرة") is None
    # (the denied words stand together in the claim that holds them, not scattered through a long one)
    denied = compare._particulars("استأجر الطائرة")
    assert compare._holds_together("الطائرة كانت مستأجرة لصالح الصندوق", denied)
    scattered = "الطائرة هبطت في المطار بعد رحلة طويلة عبر الصحراء وأفرغت حمولتها ثم عادت إلى قاعدتها مستأجرة"
    assert not compare._holds_together(scattered, denied)
    # (outside a story of fighting, a denial meets only what other rules compare)
    assert contradiction(annotated(chartered(shot=False)), "كانت مستأجرة", "قد استأجر الطائرة") is None


def test_one_man_said_unhurt_and_said_wounded() -> None:
    article = Article("a", title="هجوم على مخزن للحبوب في بلدة الدويم", published=DAY)
    article.said("مدير الشرطة، العقيد صلاح الدين", "حارس المخزن «لم يصب بأذى»")
    article.said("مصدر طبي في مستشفى البلدة", "الحارس نقل مصابا بجروح في رأسه", anonymous=True)
    article.said("مصدر طبي في المستشفى الريفي", "السائق وصل مصابا", anonymous=True)
    recs = annotated(article)
    assert contradiction(recs, "حارس المخزن", "الحارس نقل مصابا") == "contradict-exclusive"
    assert contradiction(recs, "حارس المخزن", "السائق وصل") is None  # another man
    # (one guard unhurt and another wounded, in one claim: no one fate for "the guard")
    other = Article("b", title="هجوم على مخزن للحبوب في بلدة الدويم", published=DAY)
    other.said("أحد العمال", "الحارس «لم يصب بأذى» بينما أصيب زميله", type="named_person")
    other.said("مصدر طبي في مستشفى البلدة", "الحارس نقل مصابا بجروح في رأسه", anonymous=True)
    assert contradiction(annotated(other), "بينما أصيب زميله", "الحارس نقل مصابا") is None
