"""Claims -> propositions: actors, relation, polarity, modality, restriction, figures and time.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest
from claimkit import Article, annotated, by_claim

from tracker import entities, propositions, quantities
from tracker.models import Proposition


def prop(claim: str, *, negated: bool = False, lead: str = "") -> Proposition:
    records = annotated(Article("t", lead=lead).said("الباحث وليد عمران", claim, negated=negated))
    p = records[0].proposition
    assert p is not None
    return p


# --- entities -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "هاجم داعش القرية",
        "هاجم تنظيم الدولة القرية",
        'هاجم تنظيم "الدولة" القرية',
        "هاجمت الدولة الإسلامية القرية",
        "هاجم مسلحو «الدولة الإسلامية في العراق والشام» القرية",
    ],
)
def test_isis_aliases_are_one_entity(text: str) -> None:
    assert entities.table().ids(text) == ["isis"]


def test_longest_alias_wins_wherever_it_starts() -> None:
    assert entities.table().ids("قال إن تنظيم القاعدة في العراق يمد النصرة بالسلاح") == ["aqi", "al_nusra"]
    assert entities.table().ids("والنصرة ولداعش وللقاعدة") == ["al_nusra", "isis", "al_qaeda"]


def test_entity_links_branch_and_predecessor() -> None:
    t = entities.table()
    assert "al_qaeda" in t.expand("al_nusra")
    assert set(t.expand("aqi")) >= {"al_qaeda", "isis"}
    assert t.link("al_nusra", "al_qaeda") == "al_nusra branch_of al_qaeda"
    assert t.expand("hezbollah") == ("hezbollah",)


def test_unknown_organisation_keeps_a_normalized_surface_form() -> None:
    a = entities.table().ids("تدعم حركة الفجر الجديد لواء الصمود")
    b = entities.table().ids("ولحركة الفجر علاقات مع «لواء الصمود»")
    assert a == b
    assert all(e.startswith(entities.UNKNOWN_PREFIX) for e in a) and len(a) == 2
    # a rank before a person's name is not a group
    assert entities.table().ids("قال اللواء سمير حداد") == []


def test_unnamed_actors_come_from_the_article() -> None:
    lead = "تتبادل جبهة النصرة وتنظيم داعش الاتهامات منذ أشهر في ريف إدلب."
    p = prop("التنظيمين يتعاونان سرا في نقل الوقود", lead=lead)
    assert set(p.entities) == {"al_nusra", "isis"}
    assert p.relation == "cooperation"


# --- relation, polarity, modality, restriction ---------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "relation"),
    [
        ("حزب الله يقدم الدعم للحوثيين", "support"),
        ("اقتتال عنيف اندلع بين داعش والنصرة", "conflict"),
        ("قادة النصرة وأحرار الشام يبحثون الاندماج في كيان واحد", "merger"),
        ("هناك تنسيق ميداني بين قسد والحشد الشعبي", "tactical_coordination"),
        ("حماس والجهاد الإسلامي وقعتا اتفاقا لتقاسم الأدوار", "agreement"),
        ("داعش سيطر على ثلاث قرى قرب الحدود", "control"),
    ],
)
def test_relation_triggers(claim: str, relation: str) -> None:
    assert prop(claim).relation == relation


def test_most_specific_relation_wins() -> None:
    # "تنسيق تكتيكي" beats plain coordination; "هجمات موحدة" is a merger, not an attack
    assert prop("ثمة تنسيق تكتيكي بين داعش والنصرة").relation == "tactical_coordination"
    assert prop("داعش والنصرة يشنان هجمات موحدة").relation == "merger"


def test_international_coalition_is_not_an_alliance() -> None:
    assert prop("طيران التحالف الدولي قصف مواقع داعش").relation == "attack"


def test_content_negation_and_cue_negation_combine() -> None:
    assert prop("لا يوجد أي تحالف بين داعش والنصرة").polarity == "negated"
    assert prop("المحققين لم يجدوا أي دليل على أن داعش والقاعدة تحالفا").polarity == "negated"
    assert prop("وجود تعاون بين داعش والنصرة", negated=True).polarity == "negated"
    assert prop("التنظيمين لم يتعاونا قط", negated=True, lead="داعش والنصرة.").polarity == "affirmed"
    assert prop("داعش والنصرة تحالفا منذ الربيع").polarity == "affirmed"


def test_restrictive_turns_coordination_into_a_denial_of_more() -> None:
    p = prop("ما بين داعش والقاعدة مجرد تنسيق تكتيكي")
    assert (p.relation, p.polarity, p.restrictive) == ("tactical_coordination", "affirmed", True)
    q = prop("داعش والنصرة لا يوحدان صفوفهما بل تعاونا لأسباب تكتيكية")
    assert (q.relation, q.polarity, q.restrictive) == ("tactical_coordination", "affirmed", True)
    assert not prop("هناك تنسيق تكتيكي بين داعش والنصرة").restrictive


@pytest.mark.parametrize(
    ("claim", "modality"),
    [
        ("داعش والنصرة قد يتحالفان قريبا", "hedged"),
        ("من المرجح أن تتحالف النصرة مع داعش", "hedged"),
        ("قادة من النصرة يحاولون توحيد الصفوف مع داعش", "attempted"),
        ("النصرة ستتحالف مع داعش في حال انسحاب الجيش", "conditional"),
        ("داعش تحالف مع النصرة", "asserted"),
        ("وقد حصل تعاون بين داعش والنصرة", "asserted"),
    ],
)
def test_modality(claim: str, modality: str) -> None:
    assert prop(claim).modality == modality


# --- quantities and time ----------------------------------------------------------------------------


def figures(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.low, q.high, q.unit) for q in quantities.find(text)]


def test_arabic_indic_and_western_digits() -> None:
    assert figures("قتل ١٢ مدنيا في القصف") == [(12, 12, "killed")]
    assert figures("قتل 12 مدنيا في القصف") == [(12, 12, "killed")]
    assert figures("بلغ عدد النازحين ٣٬٥٠٠ نازح") == [(3500, 3500, "people")]


def test_number_words_and_vague_plurals() -> None:
    assert figures("أسفر الانفجار عن مقتل خمسة وعشرين شخصا") == [(25, 25, "killed")]
    assert figures("أصيب عشرات المدنيين") == [(20, 99, "wounded")]
    assert figures("فر آلاف المقاتلين") == [(2000, 9999, "fighters")]


def test_ranges_bounds_and_approximations() -> None:
    assert figures("يتراوح عددهم بين 5 و7 آلاف مقاتل") == [(5000, 7000, "fighters")]
    assert figures("من 10 إلى 15 جريحا") == [(10, 15, "wounded")]
    assert figures("قتل أكثر من 300 مسلح") == [(300, None, "killed")]
    assert figures("لا يقل عن خمسة قتلى") == [(5, None, "killed")]
    assert figures("سقط 40 قتيلا على الأقل") == [(40, None, "killed")]
    low, high, unit = figures("نحو 200 جريح")[0]
    assert unit == "wounded" and low is not None and high is not None and low < 200 < high


def test_durations_and_years_are_not_counts() -> None:
    assert figures("دخل 800 مسلح خلال 4 أشهر") == [(800, 800, "fighters"), (4, 4, "months")]
    assert figures("قتل 9 جنود في عام 2016") == [(9, 9, "killed")]


def test_time_from_claim_or_article() -> None:
    assert quantities.find_time("هاجم مسلحون الحاجز في 3 من آذار 2016") == "2016-03-03"
    assert quantities.find_time("وقع الهجوم في أيلول", dt.date(2015, 10, 2)) == "2015-09"
    assert quantities.find_time("وقع الهجوم فجرا", dt.date(2015, 10, 2)) == "2015-10-02"
    assert quantities.find_time("وقع الهجوم فجرا") is None


def test_annotate_sets_every_proposition_and_keeps_the_record() -> None:
    art = Article("a", published=dt.date(2016, 5, 1))
    art.said("العقيد ماهر سلوم", "الجيش اعتقل 14 عنصرا من داعش في ٢ أيار")
    art.said("الناشط رامي حسون", "داعش والنصرة لا يتعاونان")
    out = annotated(art)
    assert all(r.proposition is not None for r in out)
    first = by_claim(out, "اعتقل")
    assert first.proposition is not None
    assert first.proposition.relation == "arrest"
    assert first.proposition.time == "2016-05-02"
    assert [q.unit for q in first.proposition.quantities] == ["arrested"]
    assert first.claim == art.records()[0].claim
    key = propositions.content_key
    assert key("والتعاون بين التنظيمين") == key("التعاون بين تنظيمين")


def test_a_falling_pair_of_numbers_is_not_a_range() -> None:
    """من 2014 إلى عشرة: a year then a count; a range never runs downwards (and must not crash)."""
    from tracker.quantities import find

    found = find("ارتفع عدد القتلى منذ عام 2014 إلى عشرة قتلى في الأسبوع")
    assert found, "the count of ten killed is still read"
    for q in found:
        assert q.low is None or q.high is None or q.low <= q.high
