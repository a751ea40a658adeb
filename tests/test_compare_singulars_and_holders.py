"""Counts read since the thirty-sixth blind set became a development set: one dead or wounded told in the
singular (سقوط قتيل وستة جرحى، جثة حارس: one; مقتل شرطي: at least one), guards and policemen as a kind of
their own (حارسين قتلا), supporters and members as persons of their party (ثلاثة من أنصار الحزب قتلوا),
all an event left after إلا / سوى as its whole toll, and the dead who raised a toll told beside it as no
count of their own; armed men still inside a place (مسلحو الحرس ما زالوا داخل المصفاة) and a unit named
for breaking away (الكتيبة المنشقة) as sides holding it against the state's forces; "no one was hurt" and
"without a shot" as denials of the dead and of a fight. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, by_claim, contradiction

from tracker import compare, propositions, quantities

KILLED, WOUNDED = quantities.KILLED, quantities.WOUNDED


def _read(text: str) -> list[tuple[float | None, float | None, str, str | None]]:
    return [(q.low, q.high, q.unit, q.of) for q in quantities.find(text)]


def test_one_dead_or_wounded_told_in_the_singular() -> None:
    assert _read("سقوط قتيل وستة جرحى في اشتباك عند السوق") == [(1, 1, KILLED, None), (6, 6, WOUNDED, None)]
    assert _read("استقبل المستشفى جثة حارس وجريحين") == [(1, 1, KILLED, "police"), (2, 2, WOUNDED, None)]
    # (the death of a policeman tells that one died, not that no other did; the others are of his kind)
    assert _read("أسفرت المواجهات عن مقتل شرطي وإصابة سبعة آخرين") == [
        (1, None, KILLED, "police"),
        (7, 7, WOUNDED, "police"),
    ]
    assert _read("أدى الانفجار إلى مقتل عنصر من الحزب") == [(1, None, KILLED, "حزب")]


def test_no_count_of_one_where_the_singular_says_any_every_or_a_known_man() -> None:
    assert _read("لم يسقط أي قتيل في صفوف القوة") == []
    assert _read("نفى الجيش مقتل الجندي") == []
    assert _read("سقط العشرات بين قتيل وجريح") == [(20, 99, "casualties", None)]
    # (the numeral counts it itself; one more joined to a count is that count's)
    assert _read("لم يخلف الهجوم سوى قتيل واحد") == [(1, 1, KILLED, None)]
    assert _read("أربعة قتلى وقتيل خامس سقطوا ليلا") == [(5, 5, KILLED, None)]
    # (قتيلا before a genitive is as often the dual: the two dead of the village)
    assert _read("قتيلا القرية كانا من الرعاة") == []


def test_guards_and_supporters_are_counted_of_their_kind_or_party() -> None:
    assert _read("حارسين قتلا عند بوابة المصفاة") == [(2, 2, KILLED, "police")]
    assert _read("ثلاثة من أنصار الحزب قتلوا برصاص الشرطة") == [(3, 3, KILLED, "حزب")]


def test_all_an_event_left_is_its_whole_toll_not_a_sides_own_losses() -> None:
    assert _read("الهجوم لم يسفر إلا عن مقتل شرطيين اثنين") == [(2, 2, KILLED, None)]
    assert _read("قواته لم تفقد سوى تسعة جنود") == [(9, 9, KILLED, "soldiers")]


TITLE = "قتلى في هجوم مسلح على محطة الضخ قرب وادي السدر"
DAY = dt.date(2028, 9, 3)


def _report(name: str, day: dt.date = DAY) -> Article:
    article = Article(name, title=TITLE, published=day)
    return article.said("مصدر أمني", "مسلحين هاجموا محطة الضخ في وادي السدر فجرا", anonymous=True)


def test_a_whole_toll_after_except_against_a_higher_toll() -> None:
    police = _report("a").said(
        "قيادة الشرطة", "الهجوم على محطة الضخ فجرا لم يسفر إلا عن مقتل شرطيين اثنين", type="organization"
    )
    hospital = _report("b").said("مدير مستشفى السدر", "الهجوم على محطة الضخ فجرا أوقع خمسة قتلى")
    recs = annotated(police, hospital)
    assert contradiction(recs, "شرطيين اثنين", "خمسة قتلى") == "contradict-figures"


def test_the_dead_who_raised_a_toll_are_no_count_of_their_own() -> None:
    company = _report("a")
    company.said("المتحدث باسم الشركة", "حصيلة القتلى ارتفعت إلى تسعة بعد وفاة حارسين متأثرين بجروحهما")
    company.said(
        "الجيش", "عدد القتلى ارتفع إلى ثلاثة بعد وفاة مسلحين اثنين متأثرين بجروحهما", type="organization"
    )
    company.said("مصدر طبي", "جثة حارس وصلت بعد وفاة آخر", anonymous=True)
    recs = annotated(company)
    guards, gunmen, alone = (compare.as_claim(by_claim(recs, w), 0) for w in ("تسعة", "مسلحين اثنين", "جثة"))
    assert [(q.low, q.of) for q in compare._counts(guards)] == [(9, None)]
    # (nor do gunmen who died since make the risen toll a count of armed men)
    assert not compare._armed_count(gunmen)
    # (a count told after بعد وفاة with no toll beside it is the claim's own)
    assert [(q.low, q.of) for q in compare._counts(alone)] == [(1, "police")]


def test_armed_men_still_inside_against_the_armys_full_control() -> None:
    art = Article("h", lead="توتر حول مصفاة الحمراء منذ فجر الأحد.", published=DAY)
    art.said("مصادر محلية", "مسلحو «حرس المصفاة» ما زالوا داخل مصفاة الحمراء", anonymous=True)
    art.said("المتحدث باسم الجيش", "المصفاة «تحت السيطرة الكاملة للقوات المسلحة منذ مساء الأحد»")
    assert contradiction(annotated(art), "ما زالوا داخل", "تحت السيطرة") == "contradict-holder"


def test_a_unit_named_for_breaking_away_holds_against_the_state() -> None:
    assert compare._rebels(frozenset({"?كتيبه منشقه", "?كتيبه مكلفه", "isis"})) == {"?كتيبه منشقه"}
    art = Article("k", lead="اعتصام مسلح في مصفاة الحمراء منذ فجر الأحد.", published=DAY)
    art.said("آمر الكتيبة المنشقة", "رجاله «باقون في مواقعهم داخل المصفاة»")
    art.said("المتحدث باسم الجيش", "الجيش «ما زال يسيطر على المصفاة بالكامل»")
    assert contradiction(annotated(art), "باقون", "ما زال يسيطر") == "contradict-holder"


def test_still_inside_said_of_ourselves_is_a_hold() -> None:
    assert propositions.read("ما زلنا داخل المصفاة ولن نغادرها").relation == "control"
    assert propositions.read("لا نزال داخل مواقعنا").relation == "control"
    assert propositions.read("ما زلنا في منتصف الموسم").relation is None  # (a time, no ground)


def test_no_one_hurt_and_no_shot_fired_deny_by_themselves() -> None:
    for text, relation in (
        ("لم يصب أحد بأذى خلال الاقتحام", "casualties"),
        ("أحدا لم يتعرض لأذى", "casualties"),
        ("الحامية سلمت المعسكر من دون إطلاق رصاصة واحدة", "conflict"),
    ):
        told = propositions.read(text)
        assert (told.relation, told.negated) == (relation, True), text
    # (a claim with a trigger of its own tells that: a withdrawal; no civilian hurt is the dead's identity)
    assert propositions.read("انسحبوا من البلدة دون قتال").negated is False
    assert propositions.read("لم يصب أي مدني خلال المداهمة").relation is None


def test_no_one_hurt_denies_the_dead_of_its_own_report_only() -> None:
    mayor = _report("a")
    mayor.said("مدير مستشفى السدر", "ثلاثة من حراس المحطة قتلوا في الهجوم")
    mayor.said("رئيس البلدية", "لم يصب أحد بأذى")
    other = _report("b").said("رئيس البلدية", "لم يصب أحد بأذى")
    other.said("أحد العمال", "لم يصب أحد من عمال الوردية الليلية", anonymous=True)
    recs = annotated(mayor, other)
    told, here, there, shift = (r.id for r in recs if r.proposition.relation == "casualties")
    found = {frozenset((x.a, x.b)): x.rule for x in compare.compare(recs) if x.verdict == "contradict"}
    assert found.get(frozenset((told, here))) == "contradict-denial"
    # (another report's "no one hurt" may be of another time; no one of one shift names whom)
    assert frozenset((told, there)) not in found
    assert frozenset((told, shift)) not in found
