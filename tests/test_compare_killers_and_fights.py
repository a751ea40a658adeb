"""Tolls and holds read since the twenty-second blind set became a development set: a side's count of the
men it killed against the toll of the attack; the side the state's forces are told fighting is at war with
the state in its story; a hold under a pronoun's control names its ground before it; a noun after لل tells
whom a place is for, not what a toll counts; a tie said to fall short of another (لا يرقى إلى تحالف) is merely
that tie; the army said to have struck no neighbourhood (لم يستهدف أي حي سكني) against the neighbourhoods
told; a body the table does not know, denying a place fell, against a state's hold; the second part of a toll
(بينهم 8 جنود و7 مدنيين) is a part too. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, propositions, quantities

DAY = dt.date(2027, 5, 14)
TITLE = "هجوم على ثكنة بورهكابا في إقليم باي"
CLAIMED = "حركة الشباب تتبنى هجوم ثكنة بورهكابا في إقليم باي"


def _army_toll(claim: str) -> Article:
    army = Article("a", title=TITLE, published=DAY)
    army.said("المتحدث باسم الجيش", claim)
    return army


def _group_count(claim: str) -> Article:
    group = Article("b", title=CLAIMED, published=DAY)
    group.said("حركة الشباب", claim, type="organization")
    return group


def test_a_sides_count_of_the_men_it_killed_meets_the_toll_of_the_attack() -> None:
    # the toll counts "members" (عناصر), the killers "members of the army": the same dead
    toll = _army_toll("حصيلة قتلى الهجوم على ثكنة بورهكابا ارتفعت إلى سبعة عناصر")
    told = _group_count("مقاتليها «قتلوا 25 عنصرا من الجيش» واستولوا على ثلاث آليات")
    assert contradiction(annotated(toll, told), "سبعة عناصر", "25 عنصرا") == "contradict-figures"
    # ... in the first person, of two kinds at once against a toll of both (a word in common)
    both = _army_toll("حصيلة قتلى الهجوم على ثكنة بورهكابا ٦ جنود و٣ متطوعين")
    we = _group_count("قتلنا 30 جنديا ومتطوعا في ثكنة بورهكابا")
    assert contradiction(annotated(both, we), "٦ جنود", "30 جنديا") == "contradict-figures"
    # a count the toll holds is no dispute
    near = _group_count("مقاتليها «قتلوا سبعة من عناصر الجيش» في الهجوم")
    assert contradiction(annotated(toll, near), "ارتفعت إلى سبعة", "قتلوا سبعة") is None


def _killers_and_toll(toll: str, told: str) -> compare.Decision | None:
    recs = annotated(_army_toll(toll), _group_count(told))
    a, b = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    return compare._killed_against_toll(a, b, compare.lattice())


def test_the_dead_themselves_and_civilian_tolls_are_no_killers_count() -> None:
    toll = "حصيلة قتلى الهجوم على ثكنة بورهكابا ارتفعت إلى سبعة جنود"
    assert _killers_and_toll(toll, "مقاتليها «قتلوا 25 جنديا»") is not None
    # قُتل 25 جنديا: the dead, however written, not a side's count of those it killed
    assert _killers_and_toll(toll, "قتل 25 جنديا في الهجوم") is None
    civilians = "حصيلة قتلى القصف على سوق بورهكابا ارتفعت إلى 12 مدنيا"
    assert _killers_and_toll(civilians, "مقاتليها «قتلوا 40 جنديا» في معارك بورهكابا") is None
    # a toll naming no kind is as often of civilians: only where the killers' words meet it
    bare = "حصيلة قتلى الغارة على السوق ارتفعت إلى 12"
    assert _killers_and_toll(bare, "مقاتليها «قتلوا 40 على الأقل» من أفراد القافلة") is None


def _holds(fight: str) -> list:
    title = "معارك على مطار السهل الشرقي"
    army = Article("a", title=title, lead="تجدد المعارك حول مطار السهل الشرقي.", published=DAY)
    army.said("وزارة الدفاع السورية", f"وحدات الجيش سيطرت بالكامل على مطار السهل الشرقي{fight}")
    sdf = Article("b", title=title, lead="قسد تقول إن مقاتليها في المطار.", published=DAY)
    sdf.said("«قسد»", "مقاتليها «ما زالوا يتحصنون داخل المطار»", type="organization")
    sdf.said("«قسد»", "سد الرابية «تحت سيطرتهم الكاملة»", type="organization")
    return annotated(army, sdf)


def test_the_side_the_army_is_told_fighting_holds_against_it() -> None:
    recs = _holds("، بعد مواجهات مع «قوات سوريا الديمقراطية» استمرت يومين")
    assert contradiction(recs, "سيطرت بالكامل", "يتحصنون") == "contradict-holder"
    # told fighting no one, the two sides may fight together
    assert contradiction(_holds(""), "سيطرت بالكامل", "يتحصنون") is None


def test_a_hold_under_a_pronouns_control_names_its_ground_before_it() -> None:
    # the dam, held in full, is not the airport held in full: the hold's ground is the words before it
    recs = _holds("، بعد مواجهات مع «قوات سوريا الديمقراطية» استمرت يومين")
    assert contradiction(recs, "سيطرت بالكامل", "سد الرابية") is None
    # told in reported speech, سيطرتهم is the speaker's men's; the ground is the dam, not "full"
    assert compare._holding("سد الرابية «تحت سيطرتهم الكاملة»") is None
    held = compare._held_under("سد الرابية «تحت سيطرتهم الكاملة»")
    assert held is not None and held[1] == compare._particulars("سد الرابية") and held[2]


def test_a_noun_after_lil_tells_whom_a_place_is_for() -> None:
    (q,) = quantities.find("حصيلة قتلى القصف على مخيم الأمل للنازحين ارتفعت إلى ١٨")
    assert (q.unit, q.low) == ("killed", 18)
    (n,) = quantities.find("عدد النازحين في المخيم بلغ 400")
    assert n.unit == "displaced"


def test_a_tie_said_to_fall_short_of_another_is_merely_that_tie() -> None:
    short = propositions.read("ما يجمع الحوثيين والقاعدة «تنسيق ظرفي لا يرقى إلى تحالف»")
    assert (short.relation, short.negated, short.restrictive) == ("tactical_coordination", False, True)
    # with no tie before it, the tie it falls short of is denied
    differ = propositions.read("بين الحركتين تباينات في التفاصيل لا ترقى إلى مستوى الخلاف")
    assert (differ.relation, differ.negated) == ("conflict", True)
    one = Article("h1", title="اتهامات للحوثيين بالتحالف مع القاعدة", published=DAY)
    one.said("وزير الإعلام", "الحوثيين «يقيمون تحالفا مع القاعدة» في البيضاء")
    two = Article("h2", title="باحث: العلاقة بين الحوثيين والقاعدة ظرفية", published=DAY)
    two.said("الباحث في الشؤون اليمنية", "ما يجمع الحوثيين والقاعدة «تنسيق ظرفي لا يرقى إلى تحالف»")
    assert contradiction(annotated(one, two), "يقيمون تحالفا", "تنسيق ظرفي") == "contradict-merely"


def test_the_army_denied_striking_any_neighbourhood_against_the_shelling_told() -> None:
    title = "قصف على أحياء مدينة الرصافة"
    told = Article("s1", title=title, published=DAY)
    told.said("المتحدث باسم قوات الأسايش", "الجيش «قصف أحياء سكنية في الرصافة بالمدفعية الثقيلة»")
    denied = Article("s2", title="الجيش ينفي قصف أحياء الرصافة", published=DAY)
    denied.said("مصدر عسكري", "الجيش «لم يستهدف أي حي سكني» في الرصافة", anonymous=True)
    # the neighbourhood in the singular, its adjective shared with the plural told
    assert contradiction(annotated(told, denied), "قصف أحياء", "لم يستهدف") == "contradict-denial"
    # a denial of striking any target of another kind leaves the neighbourhoods struck
    other = Article("s3", title="الجيش ينفي قصف أحياء الرصافة", published=DAY)
    other.said("مصدر عسكري", "الجيش «لم يستهدف أي مستودع للوقود» في الرصافة", anonymous=True)
    assert contradiction(annotated(told, other), "قصف أحياء", "لم يستهدف") is None
    # the army named as the target of the shelling is not its agent
    assert compare._state_attacks("الجيش «قصف أحياء سكنية في الرصافة»")
    assert not compare._state_attacks("مسلحين «قصفوا مواقع الجيش داخل أحياء سكنية في الرصافة»")


def test_a_body_unknown_to_the_table_denying_a_fall_does_not_dispute_a_states_hold() -> None:
    title = "معارك حول حامية التلال"
    held = Article("k1", title=title, published=DAY)
    held.said("الجيش السوداني", "حامية التلال شرقي المدينة ما زالت تحت سيطرتنا", type="organization")
    unit = Article("k3", title=title, published=DAY)
    unit.said("قائد الفرقة 14 مشاة، اللواء سامي عبد الله", "حامية التلال لم تسقط في أي لحظة")
    a, b = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(annotated(held, unit))])
    # the unit may be the state's army's own: no dispute with the army's hold
    assert compare._holds_against(a, b, compare.lattice()) is None
    # ... while a hold of a side the table does not know as a state is disputed by the same words
    rebels = Article("k2", title=title, published=DAY)
    rebels.said("«كتيبة الصقور»", "حامية التلال شرقي المدينة ما زالت تحت سيطرتنا", type="organization")
    c, d = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(annotated(rebels, unit))])
    assert compare._holds_against(c, d, compare.lattice()) is not None


def test_the_second_part_of_a_toll_is_a_part_too() -> None:
    whole, soldiers, civilians = quantities.find("قتل 21 شخصا بينهم 8 جنود و7 مدنيين")
    assert (soldiers.unit, soldiers.of, soldiers.high) == ("killed", "soldiers", None)
    assert (civilians.unit, civilians.of, civilians.low, civilians.high) == ("killed", "civilians", 7, None)
    assert quantities.is_part(civilians) and not quantities.is_part(whole)
    # ... in words too, the و glued to the figure
    *_, words = quantities.find("قتل واحد وعشرون شخصا بينهم ثمانية جنود وسبعة مدنيين")
    assert (words.unit, words.of, words.low, words.high) == ("killed", "civilians", 7, None)
    # a second kind of casualty after و is no part (جرحى: the wounded, counted apart)
    *_, wounded = quantities.find("قتل 21 شخصا بينهم 8 جنود و7 جرحى")
    assert (wounded.unit, wounded.high) == ("wounded", 7)
    # ... and at least seven civilians dead dispute a whole count of three
    art = Article("p", title=TITLE, published=DAY)
    art.said("المرصد المحلي", "قتل 21 شخصا بينهم 8 جنود و7 مدنيين", type="organization")
    art.said("الإدارة المحلية", "عدد القتلى المدنيين بلغ ثلاثة", type="organization")
    assert contradiction(annotated(art), "و7 مدنيين", "بلغ ثلاثة") == "contradict-figures"
