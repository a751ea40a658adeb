"""Holds, arrests and attacks read since the twenty-third blind set became a development set: a hold in
full against another side said to be there still; a side said to have withdrawn against a hold that names
it by a pronoun or not at all; two sources' counts of a story's arrests; captivity denied against soldiers
captured; an event said to be an accident against its attacker; two reports naming their story's strike by
one word and two attackers; a side's denial of any strike against a strike given to another side, whoever
else the report names; a target said to have suffered no attack; ground said secure against armed men there
still; a claim said to have no basis; an agreement said breached against one said kept; talks ending in an
agreement with a time between. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, between, contradiction

from tracker import compare, propositions

DAY = dt.date(2027, 6, 20)
NEXT = DAY + dt.timedelta(days=1)


def _report(id: str, title: str, day: dt.date = DAY) -> Article:
    """A report of the story: two reports of it share the names of its places in their headlines, as the
    reports of one story do."""
    return Article(id, title=title, published=day)


FIGHT = "معارك في حي الشرفة قرب سوق الغزلان بمدينة الزهراء"


def _full_hold_and(rest: str, hold: str = "بسطنا سيطرتنا الكاملة على حي الشرفة مساء الجمعة") -> list:
    brigade = _report("a", FIGHT)
    brigade.said("«كتيبة النصر»", hold, type="organization")
    local = _report("b", FIGHT, NEXT)
    local.said("مصدر محلي", rest, type="anonymous_official")
    return annotated(brigade, local)


def test_a_hold_in_full_leaves_no_part_to_another_side_there_still() -> None:
    # a brigade the table does not know and armed men of no group: either may be the other's ally
    recs = _full_hold_and("مسلحين «ما زالوا يتحصنون في الأزقة الشرقية من حي الشرفة»")
    assert contradiction(recs, "بسطنا", "يتحصنون") == "contradict-holder"
    # the people of the place are no side holding it
    recs = _full_hold_and("أهالي الحي «ما زالوا يتحصنون في الأزقة الشرقية من حي الشرفة»")
    assert contradiction(recs, "بسطنا", "يتحصنون") is None
    # nor is a state's army another side than the security forces, whichever state's
    state = "قوات الأمن «بسطت سيطرتها الكاملة على حي الشرفة» مساء الجمعة"
    recs = _full_hold_and("الجيش السوداني «ما زال يتمركز في الأزقة الشرقية من حي الشرفة»", hold=state)
    assert contradiction(recs, "بسطت", "يتمركز") is None


def test_ground_said_secure_against_armed_men_there_still() -> None:
    secure = _report("a", FIGHT)
    # (two reports of fighting in one story)
    secure.said("قائد شرطة الزهراء", "قواته صدت هجوما على حي الشرفة مساء الجمعة")
    secure.said("قائد شرطة الزهراء", "حي الشرفة «آمن تماما» منذ مساء الجمعة")
    secure.said("المتحدث باسم البلدية", "المدينة «خالية من المسلحين» وعادت الحركة إلى طبيعتها")
    armed = _report("b", FIGHT, NEXT)
    armed.said("شهود", "مسلحين هاجموا حاجزا للشرطة في حي الشرفة مساء الجمعة", type="named_person")
    armed.said("سكان", "مسلحين من «كتيبة النصر» ما زالوا يتجولون في سوق الشرفة ليلا", type="named_person")
    armed.said("شهود", "عناصر الأمن العام ما زالوا ينتشرون عند مداخل سوق الشرفة", type="named_person")
    armed.said("مزارعون", "مسلحين ما زالوا يتحصنون في مزارع الوادي الأخضر", type="named_person")
    recs = annotated(secure, armed)
    assert contradiction(recs, "آمن تماما", "يتجولون") == "contradict-cleared"
    # a place secure names no place of the other's: the report's town, the other's market
    assert contradiction(recs, "خالية", "يتجولون") == "contradict-cleared"
    # the security forces there still are no armed men against whom a place is secure
    assert contradiction(recs, "آمن تماما", "ينتشرون") is None
    # a quarter secure, armed men in farms it does not name
    assert contradiction(recs, "آمن تماما", "مزارع") is None


def test_cleansed_of_the_last_pockets_is_a_hold_in_full() -> None:
    recs = _full_hold_and(
        "مسلحين «ما زالوا يتحصنون في حي الشرفة»", hold="مقاتلونا طهروا حي الشرفة من آخر جيوب المسلحين"
    )
    assert contradiction(recs, "طهروا", "يتحصنون") == "contradict-holder"


CAMP = "هجوم على معسكر الوادي قرب قصر الغزلان في ولاية تيرس"


def _camp(hold: str, left: str) -> list:
    army = _report("a", CAMP)
    army.said("وزارة الدفاع", hold)
    local = _report("b", CAMP, NEXT)
    local.said("مسؤول محلي في بلدة الوادي", left, type="anonymous_official")
    return annotated(army, local)


def test_a_withdrawal_against_a_hold_that_names_the_side_after_it_or_by_a_pronoun() -> None:
    left = "الجنود «انسحبوا من المعسكر مساء السبت باتجاه الجنوب»"
    recs = _camp("معسكر الوادي «لا يزال تحت السيطرة الكاملة للجيش»", left)
    assert contradiction(recs, "لا يزال", "انسحبوا") == "contradict-holder"
    # never said to have left the army's hold: still held
    recs = _camp("معسكر الوادي «لم يخرج عن سيطرة الجيش في أي لحظة»", left)
    assert contradiction(recs, "لم يخرج", "انسحبوا") == "contradict-holder"
    # a hold in full that was taken back follows a withdrawal
    recs = _camp("وحدات الجيش «استعادت السيطرة الكاملة على معسكر الوادي»", left)
    assert contradiction(recs, "استعادت", "انسحبوا") is None


def test_a_withdrawal_against_the_same_sides_men_named_by_a_pronoun() -> None:
    title = "معارك حول محطة الرميلة قرب قرية كرزيرو"
    sdf = _report("a", title)
    sdf.said("«قسد»", "مقاتليها «ما زالوا يتحصنون داخل المحطة»", type="organization")
    army = _report("b", title, NEXT)
    army.said("ضابط في الجيش", "مقاتلي «قسد» انسحبوا من مباني المحطة قرابة الفجر", type="anonymous_official")
    assert contradiction(annotated(sdf, army), "يتحصنون", "انسحبوا") == "contradict-holder"
    # another side's men withdrew: no word of the holder's
    other = _report("b", title, NEXT)
    other.said(
        "ضابط في الجيش", "مقاتلي العشائر انسحبوا من مباني المحطة قرابة الفجر", type="anonymous_official"
    )
    assert contradiction(annotated(sdf, other), "يتحصنون", "انسحبوا") is None


ROUND_UP = "حملة اعتقالات في بلدة الرملة قرب سد الغزلان في قضاء تيرس"


def _arrests(first: str, second: str, speaker: str = "النائب سالم الراوي") -> list:
    security = _report("a", ROUND_UP)
    security.said("مصدر أمني", first, type="anonymous_official")
    deputy = _report("b", ROUND_UP)  # (a higher count a day later may be the round-up's since)
    deputy.said(speaker, second)
    return annotated(security, deputy)


def test_two_sources_counts_of_a_storys_arrests_are_rival_counts() -> None:
    nine = "القوات اعتقلت تسعة مشتبها بهم في بلدة الرملة"
    recs = _arrests(nine, "القوات اعتقلت «أكثر من 50 شابا» من أبناء الرملة")
    assert contradiction(recs, "تسعة", "50 شابا") == "contradict-figures"
    # two of the state's bodies count other rounds, or a count that grew
    recs = _arrests(nine, "القوات اعتقلت «أكثر من 50 شابا» من أبناء الرملة", speaker="المتحدث باسم الشرطة")
    assert contradiction(recs, "تسعة", "50 شابا") is None
    # ranges that meet agree
    recs = _arrests(nine, "القوات اعتقلت «تسعة أشخاص» من أبناء الرملة")
    c = between(recs, "مشتبها", "تسعة أشخاص")
    assert c is not None and (c.verdict, c.rule) == ("agree", "agree-figures")


def test_captivity_denied_against_soldiers_captured() -> None:
    title = "هجوم على حامية وادي الرمل قرب بلدة كرزيرو"
    group = _report("a", title)
    group.said("المتحدث باسم الجماعة", "مقاتليه أسروا 14 جنديا خلال الهجوم على الحامية")
    army = _report("b", title, NEXT)
    army.said("المتحدث باسم الجيش", "أسر أي من أفراد الحامية", negated=True)
    recs = annotated(group, army)
    assert contradiction(recs, "أسروا", "أفراد الحامية") == "contradict-denial"
    # families are no captives
    assert propositions.read("توزيع مساعدات على أسر الجنود القتلى").relation != "arrest"


BLAST = "انفجار في مخزن سلاح بمعسكر الصقر قرب جرف الغزلان"


def test_an_accident_against_the_attacker_of_the_story() -> None:
    group = _report("a", BLAST)
    group.said("«كتائب حزب الله»", "طائرات أميركية نفذت الضربة على المخزن", type="organization")
    army = _report("b", BLAST, NEXT)
    army.said(
        "مصدر في قيادة العمليات", "الانفجار «عرضي، ونتج عن سوء تخزين الصواريخ»", type="anonymous_official"
    )
    army.said("دبلوماسي غربي", "إسرائيل هي من نفذت الضربة", type="anonymous_official")
    recs = annotated(group, army)
    assert contradiction(recs, "أميركية", "عرضي") == "contradict-accident"
    assert contradiction(recs, "إسرائيل", "عرضي") == "contradict-accident"
    # two reports of the story name its strike by one word and give it to two sides
    assert contradiction(recs, "أميركية", "إسرائيل") == "contradict-attacker"


def test_a_denial_by_one_side_against_the_strike_given_to_another() -> None:
    told = _report("a", BLAST)
    told.said("«كتائب حزب الله»", "طائرات أميركية نفذت الضربة على المخزن", type="organization")
    told.said(
        "دبلوماسي غربي", "إسرائيل هي من نفذت الضربة، وأبلغت الأميركيين بها مسبقا", type="anonymous_official"
    )
    denial = _report("b", BLAST, NEXT)
    denial.said("متحدث عسكري أميركي", "القوات الأميركية «لم تنفذ أي ضربة في المنطقة»")
    recs = annotated(told, denial)
    assert contradiction(recs, "طائرات أميركية", "لم تنفذ") == "contradict-denial"
    # the Americans told after the strike's attacker were told of it, not its attacker
    assert contradiction(recs, "إسرائيل", "لم تنفذ") is None


def test_an_accident_does_not_meet_another_attack_the_report_tells() -> None:
    report = _report("a", BLAST)
    report.said(
        "مصدر في قيادة العمليات", "الانفجار «عرضي، ونتج عن سوء تخزين الصواريخ»", type="anonymous_official"
    )
    report.said("مرصد حقوقي", "طائرات أميركية قصفت قرية العامرية البعيدة عن المدينة", type="organization")
    assert contradiction(annotated(report), "أميركية", "عرضي") is None
    # an attack told first, the accident of its means after it
    crash = _report("b", BLAST, NEXT)
    crash.said("«كتائب حزب الله»", "طائرات أميركية نفذت الضربة على المخزن", type="organization")
    crash.said(
        "مصدر عسكري", "المسيرة كانت تنفذ غارة على المخزن لكن عطلا فنيا أسقطها", type="anonymous_official"
    )
    assert contradiction(annotated(crash), "أميركية", "عطلا") is None


def test_a_target_said_to_have_suffered_no_attack() -> None:
    title = "هجوم بمسيرة على قاعدة الحرية شمال الغزلان في إقليم تيرس"
    group = _report("a", title)
    group.said(
        "«المقاومة الإسلامية»", "هجوما بطائرة مسيرة استهدف قاعدة الحرية ليل السبت", type="organization"
    )
    group.said("مرصد محلي", "هجوما بطائرة مسيرة استهدف مطار المدينة ليل السبت", type="organization")
    base = _report("b", title, NEXT)
    base.said("جهاز الأمن في الإقليم", "قاعدة الحرية «لم تتعرض لأي هجوم»", type="organization")
    recs = annotated(group, base)
    assert contradiction(recs, "استهدف قاعدة", "لم تتعرض") == "contradict-denial"
    assert contradiction(recs, "مطار المدينة", "لم تتعرض") is None
    # the side named before its suffering is the target, no attacker
    assert compare._attackers("القاعدة تعرضت لهجومين بطائرات مسيرة") == frozenset()


def test_a_claim_said_to_have_no_basis_is_denied() -> None:
    text = "ما تداوله ناشطون عن اتفاق مع المحافظة «لا أساس له»"
    assert propositions.read(text).negated
    assert not propositions.read("ما تداوله ناشطون عن اتفاق مع المحافظة").negated


def test_an_agreement_said_to_be_breached_against_one_said_kept() -> None:
    art = Article("a", title="اتفاق التعايش في بلدة العين", published=DAY)
    art.said("مصدر أمني", "مسلحين هاجموا حاجزا للجيش في بلدة العين", type="anonymous_official")
    art.said("زعيم قبلي", "الرعاة «خرقوا اتفاق التعايش» الموقع في الربيع")
    art.said("شيخ الرعاة", "اتفاق التعايش «ما زال ساريا، ونحن ملتزمون به»")
    art.said("الوسيط", "الهدنة «صامدة، ولم نرصد أي خرق لها»")
    recs = annotated(art)
    assert contradiction(recs, "خرقوا", "ملتزمون") == "contradict-not-kept"
    # a breach denied is no breach
    assert contradiction(recs, "أي خرق", "ملتزمون") is None


def test_talks_ending_in_an_agreement_with_a_time_between() -> None:
    art = Article("a", title="وساطة قبلية في بلدة العين", published=DAY)
    # (a report of fighting: agreements are weighed in the story of a conflict)
    art.said("مصدر أمني", "مسلحين هاجموا حاجزا للجيش في بلدة العين", type="anonymous_official")
    art.said("أحد الوجهاء", "الوساطة «أفضت ليل الأحد إلى اتفاق» مع المسلحين على إطلاق المخطوفين")
    art.said("المحافظ", "التوصل إلى «أي اتفاق» لإطلاق المخطوفين", negated=True)
    assert contradiction(annotated(art), "أفضت", "أي اتفاق") == "contradict-not-reached"
