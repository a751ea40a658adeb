"""Counts and comparisons read since the thirtieth blind set became a development set: a vague count before
a scale is one figure (عشرات الآلاف، بضعة آلاف), and a cap on it keeps only its top; the counted noun
possessed in the sound plural (تسعة من مواطنيها); an aside on all of the counted before what befell them
(، جميعهم رعاة، قتلوا); people a strike hit (أصابت 4 مدنيين), wounded; a second kind in the singular after
a partitive, one more (اثنان من مقاتليها وسائقا); the dead found since a toll rose, no second count of it;
no armed force in a town but the speaker's against a group said to hold it; unarmed herders against
terrorists "neutralized" (a count of its own); a side's denial of targeting any civilian against civilians
its men are said to have killed. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import quantities


def _read(text: str) -> list[tuple[float | None, float | None, str, str | None]]:
    return [(q.low, q.high, q.unit, q.of) for q in quantities.find(text)]


def test_a_vague_count_of_thousands_is_one_figure() -> None:
    assert _read("نزح عشرات الآلاف من سكان القرى") == [(20000, 99000, "displaced", None)]
    assert _read("عدد النازحين «لا يتجاوز بضعة آلاف»") == [(None, 9000, "displaced", None)]
    assert _read("بضعة جنود قتلوا في الكمين") == [(3, 9, "killed", "soldiers")]
    assert _read("عشرات القتلى") == [(20, 99, "killed", None)]  # no scale after it: tens


def test_the_counted_possessed_or_told_of_in_an_aside() -> None:
    assert _read("تسعة من مواطنيها قتلوا صباح الأحد") == [(9, 9, "killed", "civilians")]
    assert _read("خمسة من مقاتليه قتلوا في الهجوم") == [(5, 5, "killed", "fighters")]
    assert _read("سبعة مدنيين، جميعهم من القرية، قتلوا في القصف") == [(7, 7, "killed", "civilians")]
    # (an aside that is not on them leaves the verb apart)
    assert _read("سبعة مدنيين، في القرية، قتلوا") == [(7, 7, "civilians", None)]


def test_people_a_strike_hit_are_wounded() -> None:
    assert _read("الغارة أصابت 4 مدنيين") == [(4, 4, "wounded", "civilians")]
    assert _read("أصاب الصاروخ 3 منازل") == []  # houses hit: no one's wounds


def test_a_second_kind_after_a_partitive_is_one_more() -> None:
    assert _read("اثنان من مقاتليها وسائقا مدنيا قتلوا في الغارة") == [(3, 3, "killed", None)]
    assert _read("قتلنا 34 جنديا ومتطوعا") == [(34, 34, "killed", None)]  # one count of both kinds


def test_the_dead_found_since_are_no_second_count_of_a_risen_toll() -> None:
    title = "قتلى في هجوم على قرية الرعاة قرب الحدود"

    def report(risen: str) -> list:
        article = Article("a", title=title, published=dt.date(2028, 1, 19))
        article.said("رئيس البلدية", "الحصيلة بلغت 11 قتيلا")
        article.said("الحكومة", risen, type="organization")
        return annotated(article)

    found = report("ارتفاع عدد القتلى إلى 12 بعد العثور على ثلاث جثث قرب الآبار")
    assert contradiction(found, "11 قتيلا", "إلى 12") is None


def test_no_armed_force_but_the_speakers_against_a_group_holding_the_town() -> None:
    lead = "تتواصل المعارك في مدينة أم شجرة بين قوات الحكومة ومقاتلي جبهة الإنقاذ منذ الجمعة."
    title = "معارك في حي الشرفة قرب سوق الغزلان بمدينة أم شجرة"
    state = Article("a", lead=lead, title=title, published=dt.date(2028, 1, 24))
    state.said("الحكومة", "«لا وجود لأي قوة مسلحة أخرى» داخل مدينة أم شجرة", type="organization")
    state.said("الحكومة", "الجيش بسط سيطرته الكاملة على مدينة أم شجرة", type="organization")
    group = Article("b", lead=lead, title=title, published=dt.date(2028, 1, 24))
    group.said("جبهة الإنقاذ", "مقاتليها «بسطوا سيطرتهم الكاملة على مدينة أم شجرة»", type="organization")
    group.said("سكان", "عناصر «لواء الصمود» «لم يدخلوا سوى ثكنتهم في طرف أم شجرة»", type="anonymous_source")
    recs = annotated(state, group)
    assert contradiction(recs, "لا وجود", "بسطوا") == "contradict-cleared"
    # the speaker's own side holding it, and a brigade kept to one barracks, are no other force there
    assert contradiction(recs, "لا وجود", "الجيش بسط") is None
    assert contradiction(recs, "لا وجود", "ثكنتهم") is None


def test_herders_all_unarmed_against_terrorists_neutralized() -> None:
    assert _read("حيدت وحداتنا 14 إرهابيا") == [(14, 14, "neutralized", "fighters")]  # no count of the dead
    title = "وحدة من الجيش قتلت تسعة رعاة قرب الحدود الشرقية"
    article = Article("a", title=title, published=dt.date(2028, 1, 17))
    article.said(
        "الحكومة",
        "تسعة من مواطنيها، جميعهم رعاة عزل، قتلوا صباح الأحد برصاص وحدة من الجيش",
        type="organization",
    )
    article.said(
        "هيئة الأركان", "وحداتها «حيدت 14 إرهابيا» خلال عملية استطلاع قرب الحدود", type="organization"
    )
    article.said(
        "هيئة الأركان", "وحداتها «ضبطت 14 بندقية» خلال عملية استطلاع قرب الحدود", type="organization"
    )
    recs = annotated(article)
    assert contradiction(recs, "رعاة عزل", "حيدت") == "contradict-identity"
    assert contradiction(recs, "رعاة عزل", "بندقية") is None  # rifles seized are no dead


def test_a_denial_of_targeting_civilians_against_the_civilians_its_men_are_said_to_have_killed() -> None:
    lead = "تتواصل المعارك في مدينة أم شجرة بين قوات الحكومة ومقاتلي جبهة الإنقاذ منذ الجمعة."
    title = "معارك في حي الشرفة قرب سوق الغزلان بمدينة أم شجرة"
    front = Article("a", lead=lead, title=title, published=dt.date(2028, 1, 24))
    front.said("جبهة الإنقاذ", "استهداف أي مدني", type="organization", negated=True)
    front.said("حكومة الإقليم", "مقاتلي جبهة الإنقاذ قتلوا 40 مدنيا «بدم بارد»", type="organization")
    front.said("مدير المستشفى", "المستشفى استقبل جثث سبعة مدنيين", type="named_official")
    recs = annotated(front)
    assert contradiction(recs, "استهداف أي مدني", "بدم بارد") == "contradict-denial"
    # civilians dead whom no one is said to have killed: not what the front denied
    assert contradiction(recs, "استهداف أي مدني", "جثث سبعة") is None
