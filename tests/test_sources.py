"""Cross-article speaker linking: one person, one outlet, anonymous speakers kept apart."""

from __future__ import annotations

from provkit import Doc

from tracker.sources import body_key, link, name_core, source_rules

LEX = source_rules()


def test_name_core_cuts_the_name_out_of_its_description() -> None:
    assert name_core("رئيس هيئة الأركان الفريق سامي خليل", LEX) == ("سامي", "خليل")
    assert name_core("سامي خليل، رئيس هيئة الأركان", LEX) == ("سامي", "خليل")
    assert name_core("خليل", LEX) == ("خليل",)
    assert name_core("الناطق باسم الوزارة، العقيد نادر عبد الرحيم", LEX) == ("نادر", "عبد", "رحيم")
    assert name_core("وزير المالية عبد الكريم منصور", LEX) == ("عبد", "كريم", "منصور")
    assert name_core("الرئيس اللبناني", LEX) == ()


def test_a_name_after_a_comma_is_not_confused_with_the_boss_it_serves() -> None:
    assert name_core("هاني مراد، مستشار رئيس الحكومة وليد عارف", LEX) == ("هاني", "مراد")


def test_outlet_names_drop_outlet_words_quotes_and_nationality() -> None:
    assert body_key("صحيفة «الأفق» اللبنانية", LEX) == body_key("الأفق", LEX) != ""
    assert body_key("وكالة «نور برس»", LEX) == body_key("نوربرس", LEX)


def test_one_person_across_articles_and_forms() -> None:
    a = (
        Doc("a1")
        .say("رئيس هيئة الأركان الأمريكية سامي خليل", "القوات تقدمت نحو المعبر")
        .say("خليل", "الإمدادات وصلت", resolved="سامي خليل")
    )
    b = Doc("a2").say("سامي خليل رئيس هيئة الأركان الأميركية", "المعبر سقط بيد القوات")
    records = a.records() + b.records()
    idx = link(records)
    ids = {idx.speaker[r.id] for r in records}
    assert len(ids) == 1
    src = idx.sources[ids.pop()]
    assert src.type == "named_official"
    assert not src.anonymous
    assert {"خليل", "سامي خليل", "رئيس هيئة الأركان الأمريكية سامي خليل"} <= set(src.forms)
    assert src.nationality == "الولايات المتحدة"
    assert sorted(src.articles) == ["a1", "a2"]
    assert len(src.records) == 3


def test_surname_shared_by_two_people_stays_apart() -> None:
    records = (
        Doc("a1").say("الوزير أحمد منصور", "الميناء مغلق").records()
        + Doc("a2").say("النائب كريم منصور", "الميناء مفتوح").records()
        + Doc("a3").say("منصور", "الميناء يعمل جزئيا", type="named_person").records()
    )
    idx = link(records)
    assert len({idx.speaker[r.id] for r in records}) == 3


def test_outlet_as_speaker_and_as_intermediary_is_one_source() -> None:
    a = Doc("a1").say("صحيفة «الأفق»", "المفاوضات توقفت", type="media_outlet")
    b = Doc("a2").say(
        "مسؤول أمني",
        "الحدود أغلقت",
        type="anonymous_official",
        anonymous=True,
        via=(("الأفق اللبنانية", "media_outlet"),),
    )
    ra, rb = a.records()[0], b.records()[0]
    idx = link([ra, rb])
    assert idx.speaker[ra.id] == idx.hops[(rb.id, 0)]


def test_anonymous_speakers_stay_separate_across_articles_but_not_within_one() -> None:
    a = (
        Doc("a1")
        .say("مصدر أمني", "الطريق أغلق", "anonymous_official", True)
        .say("وأضاف", "الجسر تضرر", "anonymous_official", True, resolved="مصدر أمني")
    )
    b = Doc("a2").say("مصدر أمني", "الطريق فتح", "anonymous_official", True)
    records = a.records() + b.records()
    idx = link(records)
    assert idx.speaker[records[0].id] == idx.speaker[records[1].id]
    assert idx.speaker[records[0].id] != idx.speaker[records[2].id]
    src = idx.sources[idx.speaker[records[0].id]]
    assert src.anonymous and "وأضاف" not in src.forms


def test_common_noun_bodies_are_linked_only_inside_their_article() -> None:
    records = (
        Doc("a1").say("الحكومة", "الضرائب سترتفع", type="organization").records()
        + Doc("a2").say("الحكومة", "الضرائب ستنخفض", type="organization").records()
    )
    idx = link(records)
    assert idx.speaker[records[0].id] != idx.speaker[records[1].id]


def test_named_organisations_link_across_articles() -> None:
    records = (
        Doc("a1").say("الأمم المتحدة", "المساعدات دخلت", type="organization").records()
        + Doc("a2").say("الأمم المتحدة", "المساعدات توقفت", type="organization").records()
    )
    idx = link(records)
    assert idx.speaker[records[0].id] == idx.speaker[records[1].id]


def test_ids_are_stable_whatever_the_input_order() -> None:
    records = (
        Doc("a1")
        .say("سامي خليل", "القوات تقدمت")
        .say("مصدر أمني", "الطريق أغلق", "anonymous_official", True)
        .records()
        + Doc("a2").say("خليل", "القوات انسحبت").records()
    )
    forward = link(records)
    backward = link(list(reversed(records)))
    assert forward.speaker == backward.speaker
    assert set(forward.sources) == set(backward.sources)


def test_publishing_outlet_becomes_a_source() -> None:
    r = Doc("a1", outlet="صحيفة الأفق").say("سامي خليل", "القوات تقدمت").records()[0]
    idx = link([r])
    pub = idx.sources[idx.publisher["a1"]]
    assert pub.type == "publisher" and pub.records == []
