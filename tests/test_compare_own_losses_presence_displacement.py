"""Counts and holds read since the twenty-ninth blind set became a development set: a side's own losses
under a possessive (خسائرها «لا تتعدى تسعة قتلى») against another side's count of its dead, and as none of
a toll's civilians; a toll risen to a count of civilians; men roaming a place (يتجولون في سوق البلدة)
against a side said to hold it all; a group named by a plural head the table does not list («ألوية ...»),
one side with its short name; a place's fall denied a few words in; a place entered as the ground of the
hold that follows; persons who fled counted as displaced, and a denial that anyone fled against such a
count; a denial that any soldier fell captive against the soldiers another side says it took. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, quantities

BATTLE = "معارك حول بلدة أم كدادة في شمال دارفور"


def test_a_sides_own_losses_under_a_possessive_are_its_dead() -> None:
    (capped,) = quantities.find("خسائرها «لا تتعدى تسعة قتلى»")
    assert (capped.low, capped.high, capped.unit) == (None, 9, "killed")
    assert quantities.own_losses(capped, "خسائرها «لا تتعدى تسعة قتلى»")
    assert not quantities.own_losses(capped, "الخسائر «لا تتعدى تسعة قتلى»")  # whose, not said

    def report(losses: str) -> list:
        article = Article("a", title=BATTLE, published=dt.date(2027, 8, 2))
        article.said("المتحدث باسم الدعم السريع", losses)
        article.said("المتحدث باسم الجيش", "أكثر من 150 من عناصر الدعم السريع قتلوا في المعارك")
        return annotated(article)

    own = report("خسائرها «لا تتعدى تسعة قتلى»")
    assert contradiction(own, "تسعة قتلى", "أكثر من 150") == "contradict-figures"
    # the losses of no one named (the fight's, of every side) are no rival count of the group's dead
    anyone = report("الخسائر «لا تتعدى تسعة قتلى»")
    assert contradiction(anyone, "تسعة قتلى", "أكثر من 150") is None


def test_men_roaming_a_place_dispute_another_sides_hold_on_all_of_it() -> None:
    lead = "تتواصل الاشتباكات في بلدة أم كدادة بين الجيش السوداني وقوات الدعم السريع منذ فجر الأحد."

    def report(roaming: str) -> list:
        first = Article("a", lead=lead, title=BATTLE, published=dt.date(2027, 8, 2))
        first.said("قوات الدعم السريع", "مقاتليها «بسطوا سيطرتهم الكاملة على أم كدادة»", type="organization")
        second = Article("b", lead=lead, title=BATTLE, published=dt.date(2027, 8, 3))
        second.said("المتحدث باسم الجيش", roaming)
        return annotated(first, second)

    told = report("عناصره «يتجولون في سوق أم كدادة وشوارعها منذ الصباح»")
    assert contradiction(told, "بسطوا سيطرتهم", "يتجولون") == "contradict-holder"
    # passing through a place is no hold on it
    passing = report("عناصره «مروا بسوق أم كدادة صباحا»")
    assert contradiction(passing, "بسطوا سيطرتهم", "مروا") is None


def test_persons_who_fled_are_displaced() -> None:
    (fled,) = quantities.find("نحو 3 آلاف شخص فروا نحو الحدود")
    assert fled.unit == "displaced"
    (counted,) = quantities.find("عدد الفارين من البلدة «لا يتجاوز 800 شخص»")
    assert (counted.high, counted.unit) == (800, "displaced")
    # fighters fleeing a battle are no displaced people
    (fighters,) = quantities.find("فر 300 مقاتل من المعسكر")
    assert fighters.unit == "fighters"


def test_a_denial_that_anyone_fled_disputes_a_count_of_the_displaced() -> None:
    title = "معارك بين الجيش وقوات الدعم السريع حول قرية كوندي في شمال دارفور"

    fight = "ثلاثة جنود قتلوا في هجوم على قرية كوندي شمال مليط"

    def report(denial: str) -> list:
        first = Article("a", title=title, published=dt.date(2027, 8, 2))
        first.said("المتحدث باسم الجيش", fight)
        first.said("المنظمة الدولية للهجرة", "نحو 5 آلاف شخص فروا من قرى كوندي", type="organization")
        second = Article("b", title=title, published=dt.date(2027, 8, 3))
        second.said("المتحدث باسم الجيش", fight)
        second.said("وزير الداخلية", denial)
        return annotated(first, second)

    assert contradiction(report("«لا نزوح جماعيا» من قرى كوندي"), "فروا", "لا نزوح") == "contradict-denial"
    assert contradiction(report("السكان «لم يغادروا منازلهم»"), "فروا", "لم يغادروا") == "contradict-denial"
    # a count belittled (merely a few families moved) is a denial of its own, not a count against it
    belittled = Article("c", title=title, published=dt.date(2027, 8, 3))
    belittled.said("محافظ المنطقة", "ما جرى «مجرد ترحيل احترازي لبضع عشرات من العائلات»")
    belittled.said("وزير الداخلية", "«لا نزوح جماعيا» من قرى كوندي")
    assert contradiction(annotated(belittled), "مجرد ترحيل", "لا نزوح") is None


HILL = "هجوم لجماعة الحوثي على تبة الريان في جبهة حيفان جنوبي تعز"


def test_a_group_the_table_does_not_know_holds_ground_against_a_known_one() -> None:
    def report(kept: str, speaker: str = "مصدر عسكري") -> list:
        first = Article("a", title=HILL, published=dt.date(2027, 9, 4))
        first.said("الحوثيون", "سيطرنا على تبة الريان في جبهة حيفان", type="organization")
        second = Article("b", title=HILL, published=dt.date(2027, 9, 5))
        second.said(speaker, kept)
        return annotated(first, second)

    # a body named by a plural head (ألوية) the table does not list is a group all the same
    repelled = report("«ألوية الصمود» صدت الهجوم على تبة الريان")
    assert contradiction(repelled, "سيطرنا", "صدت الهجوم") == "contradict-holder"
    # the ground named first, its fall denied a few words on (beyond the first six)
    never = report("تبة الريان في جبهة حيفان «لم تسقط في أي لحظة»", "المتحدث باسم ألوية الصمود")
    assert contradiction(never, "سيطرنا", "لم تسقط") == "contradict-holder"


def test_one_body_under_two_names_holds_with_itself() -> None:
    first = Article("a", title=HILL, published=dt.date(2027, 9, 5))
    first.said("الحوثيون", "سيطرنا على تبة الريان في جبهة حيفان", type="organization")
    second = Article("b", title=HILL, published=dt.date(2027, 9, 6))
    second.said("«الصمود»", "تبة الريان لم تسقط ولا وجود للحوثيين في حيفان", type="organization")
    second.said("مصدر عسكري", "«ألوية الصمود» صدت الهجوم على تبة الريان")
    told = annotated(first, second)
    assert contradiction(told, "سيطرنا", "لم تسقط") == "contradict-holder"
    # the brigades by their full name and by their short one are one side
    assert contradiction(told, "لم تسقط", "صدت الهجوم") is None


def test_entering_a_place_names_the_ground_of_the_hold_that_follows() -> None:
    _, ground, _ = compare._holding("جنوده «دخلوا أم كدادة وسيطروا على مقر الحامية»")
    assert {"داد", "مقر"} <= ground  # the town entered, and the post taken in it
    _, ground, _ = compare._holding("جنوده «سيطروا على مقر الحامية»")
    assert "داد" not in ground


def test_a_toll_risen_to_a_count_of_civilians_counts_the_dead() -> None:
    (toll,) = quantities.find("وارتفعت حصيلة قصف سوق البلدة القديم إلى تسعة مدنيين")
    assert (toll.unit, toll.of) == ("killed", "civilians")


def test_a_sides_own_losses_are_none_of_the_civilians() -> None:
    article = Article("a", title=BATTLE, published=dt.date(2027, 8, 2))
    article.said("مدير المستشفى", "حصيلة قصف سوق أم كدادة ارتفعت إلى تسعة مدنيين")
    article.said("المتحدث باسم الجيش", "خسائر قواته «اقتصرت على أربعة قتلى»")
    assert contradiction(annotated(article), "تسعة مدنيين", "أربعة قتلى") is None
    # a toll of no one named is the whole toll, which nine civilians exceed
    whole = Article("b", title=BATTLE, published=dt.date(2027, 8, 2))
    whole.said("مدير المستشفى", "حصيلة قصف سوق أم كدادة ارتفعت إلى تسعة مدنيين")
    whole.said("المتحدث باسم الجيش", "الخسائر «اقتصرت على أربعة قتلى»")
    assert contradiction(annotated(whole), "تسعة مدنيين", "أربعة قتلى") == "contradict-part-exceeds"


def test_a_denial_that_any_soldier_fell_captive_disputes_a_count_of_soldiers_taken() -> None:
    lead = "تتواصل الاشتباكات في بلدة أم كدادة بين الجيش السوداني وقوات الدعم السريع منذ فجر الأحد."
    first = Article("a", lead=lead, title=BATTLE, published=dt.date(2027, 8, 2))
    first.said("قوات الدعم السريع", "مقاتليها أسروا 25 جنديا في أم كدادة", type="organization")
    second = Article("b", lead=lead, title=BATTLE, published=dt.date(2027, 8, 3))
    # the army denies any of its men fell captive, whoever took them: not only a claim that names it
    second.said("المتحدث باسم الجيش السوداني", "وقوع أي جندي في الأسر", negated=True)
    assert contradiction(annotated(first, second), "أسروا 25", "في الأسر") == "contradict-denial"
