"""Read since the thirty-eighth blind set became a development set: a statement published again (the
same words, or one speaker's words retold nearly whole) takes the contradictions of the statement
where first read; a claim of no time of its own meets one that tells a day its report covers; a
reporting verb in a relative clause whose antecedent is what was said (التهدئة التي أعلنها الوسطاء) is no
attribution; all the held said safe against some held still (ما زلن لدى الخاطفين); a lesser thing
agreed "and not a truce" against the truce told; a denial of any foreign fighter against men of a
nationality told fighting. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from claimkit import Article, annotated, between, contradiction
from extractkit import records

from tracker import compare
from tracker.extract import Extractor
from tracker.models import Record

TITLE = "اشتباكات عنيفة بين الجيش والدعم السريع في بلدة طيبون"
SECOND = "الدعم السريع: قواتنا ما زالت في مواقعها حول طيبون"


def _report(name: str, day: int, title: str = TITLE) -> Article:
    article = Article(name, title=title, published=dt.date(2028, 10, day))
    return article.said("شهود عيان", "مسلحين هاجموا مواقع الجيش في بلدة طيبون مساء الجمعة", anonymous=True)


@pytest.mark.parametrize(
    ("other", "speaker", "told", "again", "echo"),
    [
        (  # (the same words)
            ("المتحدث باسم الجيش، العميد نادر حمود", "أكثر من 80 من عناصر الدعم السريع قتلوا"),
            "المتحدث باسم قوات الدعم السريع، ماهر سلوم",
            "خسائرها «لا تتجاوز خمسة قتلى» منذ الجمعة",
            "خسائرها لا تتجاوز خمسة قتلى منذ الجمعة",
            "echo-same-text",
        ),
        (  # (one speaker's count told again in other words)
            ("جمعية الهلال الأحمر", "عدد العائلات النازحة «لا يتجاوز 90 عائلة»"),
            "رئيس بلدية طيبون، خالد منصور",
            "قرابة 250 أسرة فرت إلى القرى المجاورة",
            "قرابة ٢٥٠ أسرة فرت من البلدة",
            "echo-same-speaker",
        ),
    ],
)
def test_a_statement_told_again_in_another_report_takes_its_contradictions(
    other: tuple[str, str], speaker: str, told: str, again: str, echo: str
) -> None:
    first = _report("a", 6).said(*other, type="organization")
    first.said(speaker, told)
    recs = annotated(first, _report("b", 10, SECOND).said(speaker, again))
    assert contradiction(recs, other[1], told) == "contradict-figures"
    echoed = between(recs, told, again)
    assert echoed is not None and echoed.rule == echo
    assert contradiction(recs, other[1], again) == "contradict-copy"


def test_one_speakers_echo_is_a_copy_only_in_nearly_the_same_words() -> None:
    speaker = "المتحدث باسم قوات الدعم السريع، ماهر سلوم"
    first = _report("a", 6).said(speaker, "خسائرها «لا تتجاوز خمسة قتلى» منذ الجمعة")
    again = _report("b", 7).said(speaker, "خسائرها لا تتجاوز خمسة قتلى منذ مساء الجمعة")
    other = _report("c", 7).said(speaker, "قواتنا فقدت خمسة مقاتلين في كمين قرب الجسر")
    recs = annotated(first, again, other)
    claims = {r.claim.text: compare.as_claim(r, n) for n, r in enumerate(recs)}
    told = claims["خسائرها «لا تتجاوز خمسة قتلى» منذ الجمعة"]
    lat = compare.lattice()
    for text, copied in [
        ("خسائرها لا تتجاوز خمسة قتلى منذ مساء الجمعة", True),
        ("قواتنا فقدت خمسة مقاتلين في كمين قرب الجسر", False),
    ]:
        copies: dict[int, set[int]] = defaultdict(set)
        echoed = compare.Decision("echo-same-speaker", told, claims[text], "casualties", "casualties")
        compare._note_copy(echoed, copies, lat)
        assert (claims[text].n in copies[told.n]) is copied, text


def _abduction(day_told: str) -> list[Record]:
    art = Article("g", title="مسلحون يخطفون مزارعين قرب بلدة طيبون", published=dt.date(2028, 10, 10))
    art.said("قائد الحرس المحلي، يوسف دانجوما", f"مسلحين خطفوا ٥٢ شخصا {day_told} قرب البلدة")
    art.said("المتحدث باسم الشرطة، داود بيلو", "عدد المخطوفين «لا يتعدى ١٥ شخصا»")
    return annotated(art)


def test_a_claim_of_no_time_of_its_own_meets_one_of_its_reports_days() -> None:
    # (the count with no time of its own has the report's Tuesday: the Sunday before is among its days)
    assert contradiction(_abduction("بعد ظهر الأحد"), "٥٢ شخصا", "لا يتعدى") == "contradict-figures"
    # ... but not a date long before the report
    assert contradiction(_abduction("يوم 2 أكتوبر"), "٥٢ شخصا", "لا يتعدى") is None


def test_a_reporting_verb_whose_object_is_the_relative_clauses_antecedent_is_no_attribution(
    extractor: Extractor,
) -> None:
    said = "قالت قوة الحماية في بيان إن التهدئة التي أعلنها الوسطاء «لم تصمد سوى ساعات» بعد قصف الأحياء."
    text = f"عنوان\n\n{said}"
    found = [(r.speaker.text, r.claim.text) for r in records(extractor, text)]
    assert found == [("قوة الحماية", "التهدئة التي أعلنها الوسطاء «لم تصمد سوى ساعات» بعد قصف الأحياء")]
    # (the accused antecedent of a verb of accusing is no claim: the charge after it is)
    text = "عنوان\n\nوانتقد البيان الدولة التي تتهمها الحكومة بدعم المتمردين."
    assert [(r.speaker.text, r.claim.text) for r in records(extractor, text)] == [
        ("الحكومة", "بدعم المتمردين")
    ]
    # (the antecedent speaks where the verb has no object pronoun: القيادة التي قالت إن ...)
    text = "عنوان\n\nوهذا ما أكده الجيش الذي قال إن القصف استهدف مخزنا."
    assert [(r.speaker.text, r.claim.text) for r in records(extractor, text)][-1] == (
        "الجيش",
        "القصف استهدف مخزنا",
    )


def test_all_the_held_said_safe_against_some_held_still() -> None:
    army = _report("a", 12).said("المتحدث باسم الجيش، العقيد سالم داود", "جميع المحتجزين «صاروا في أمان»")
    militia = _report("b", 13).said("قائد الحرس المحلي، يوسف دانجوما", "ست فتيات «ما زلن لدى الخاطفين»")
    assert contradiction(annotated(army, militia), "صاروا", "ما زلن") == "contradict-still-held"
    # (the held said well are not said freed: بخير)
    well = _report("c", 12).said("المتحدث باسم الجيش، العقيد سالم داود", "جميع المحتجزين «بخير» بحسب الوسطاء")
    assert contradiction(annotated(well, militia), "بخير", "ما زلن") is None


def test_a_lesser_thing_agreed_and_not_a_truce_against_the_truce_told() -> None:
    mediators = _report("a", 12).said(
        "لجنة الوساطة", "التوصل إلى هدنة مع المسلحين تبدأ ظهر الخميس", type="organization"
    )
    army = _report("b", 13).said(
        "المتحدث باسم الجيش، العقيد سالم داود",
        "الجيش وافق على وقف مؤقت لإطلاق النار حتى يخرج الجرحى، وليس على هدنة",
    )
    assert contradiction(annotated(mediators, army), "التوصل", "وليس على هدنة") == "contradict-not-reached"


@pytest.mark.parametrize(
    ("told", "disputed"),
    [
        ("الحركة تستعين بمسلحين من فصائل سودانية في القتال", True),
        ("الحركة زجت بمقاتلين أجانب في الهجوم على البلدة", True),
        # (foreign things, victims of a nationality, or such talk said unproven: no foreigner fought)
        ("القصف أضر بمكاتب المنظمات الأجنبية", False),
        ("أكثر من 20 عاملا قتلوا في القصف، بينهم سودانيون", False),
        ("ما يقال عن خبراء إيرانيين يتردد منذ سنوات بلا دليل", False),
    ],
)
def test_a_denial_of_any_foreign_fighter_against_men_of_a_nationality(told: str, disputed: bool) -> None:
    denial = _report("a", 12).said(
        "المتحدث باسم الحركة، عمر آدم", "وجود «أي عنصر أجنبي» بين مقاتليها", negated=True
    )
    claim = _report("b", 13).said("مصدر عسكري", told, anonymous=True)
    found = contradiction(annotated(denial, claim), "أي عنصر", told.split()[1])
    assert found == ("contradict-denial" if disputed else None), told


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        (
            "الغارة «نفذها الطيران السعودي فجر الخميس»",
            {"saudi_arabia"},
        ),  # (its agent after a verb of firing it)
        ("الانفجار ناجم عن قذيفة أطلقها الحوثيون وسقطت قرب السوق", {"houthis"}),
        ("الانفجار ناجم عن «قذيفة هاون حوثية» سقطت قرب السوق", {"houthis"}),  # (an indefinite nisba)
        ("قصفت المدفعية مواقع الحوثي", set()),  # (an actor named after the attack is its target)
    ],
)
def test_who_fired_an_attack_named_after_it(text: str, attacker: set[str]) -> None:
    assert compare._attackers(text) == attacker


def test_two_sides_said_to_fire_the_shells_contradict_and_never_agree() -> None:
    art = Article("s", title="قتلى بقصف على سوق شعبي قرب الحدود", published=dt.date(2028, 10, 12))
    art.said("وزارة الصحة", "القذائف «أطلقتها المدفعية السعودية من وراء الحدود»", type="organization")
    art.said("مصدر عسكري", "الانفجار ناجم عن قذيفة أطلقها الحوثيون وسقطت قرب السوق", anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "القذائف", "الانفجار") == "contradict-attacker"
    assert compare.told_alike(*_claims(recs, "القذائف", "الانفجار"), compare.lattice()) is None


def _claims(recs: list[Record], *words: str) -> list[compare.Claim]:
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    return [next(c for c in claims if w in c.record.claim.text) for w in words]


def test_a_sides_denied_link_to_an_abduction_against_the_attack_given_to_it() -> None:
    army = _report("a", 12).said("الجيش النيجيري", "الهجوم نفذه مسلحون من «بوكو حرام»", type="organization")
    group = _report("b", 13).said(
        "جماعة «بوكو حرام»", "أي صلة لها بعملية الاختطاف", negated=True, type="organization"
    )
    assert contradiction(annotated(army, group), "الهجوم نفذه", "أي صلة") == "contradict-involvement"


@pytest.mark.parametrize(
    ("running", "halted", "disputed"),
    [
        ("مطار طيبون «يعمل بشكل طبيعي»", "مطار طيبون مغلق منذ صباح الأحد", True),
        ("الحياة في البلدة عادت إلى طبيعتها", "المدارس ما زالت مغلقة", True),  # (life as a whole)
        ("مطار طيبون «يعمل بشكل طبيعي»", "المدارس مغلقة منذ الأحد", False),  # (another thing)
        ("المصفاة تعمل بشكل طبيعي", "المصفاة «لم تتوقف عن العمل»", False),  # (not halted: negated)
    ],
)
def test_a_place_said_to_run_as_usual_against_it_said_shut(running: str, halted: str, disputed: bool) -> None:
    official = _report("a", 12).said("محافظ الولاية، سالم داود", running)
    drivers = _report("b", 13).said("سائقون", halted, anonymous=True)
    found = contradiction(annotated(official, drivers), running, halted)
    assert found == ("contradict-running" if disputed else None)


def test_foreigners_said_of_with_a_negation_after_them_deny_nothing() -> None:
    # (the negation after the foreigners is of another thing: غير معروفة)
    said = _report("a", 12).said("الباحث نادر حمود", "المقاتلون الأجانب يثيرون القلق لكن أعدادهم غير معروفة")
    told = _report("b", 13).said("مصدر عسكري", "الحركة تستعين بمسلحين من فصائل سودانية", anonymous=True)
    assert contradiction(annotated(said, told), "الأجانب", "تستعين") is None


def test_killed_and_wounded_joined_before_a_bound_count_together() -> None:
    from tracker import quantities

    found = [(q.low, q.high, q.unit) for q in quantities.find("أسفر عن مقتل وإصابة أكثر من 40 شخصا")]
    assert found == [(40, None, "casualties")]
