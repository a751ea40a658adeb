"""Chains, origins, first appearance and echoes."""

from __future__ import annotations

import datetime as dt

from provkit import Doc, cmp

from tracker import echo
from tracker.provenance import trace
from tracker.sources import link

LONG = "القوات الحكومية استعادت السيطرة على المعبر الحدودي الشمالي بعد معارك عنيفة استمرت ثلاثة أيام"
LONG_COPY = "القوات الحكومية استعادت السيطرة على المعبر الحدودي الشمالي بعد معارك عنيفة دامت ثلاثة أيام"


def _trace(records, comparisons=()):  # type: ignore[no-untyped-def]
    idx = link(records)
    return idx, trace(records, idx, comparisons)


def test_chain_runs_outlet_then_intermediaries_then_speaker() -> None:
    r = (
        Doc("a1", outlet="صحيفة الأفق")
        .say(
            "مصدر عسكري",
            "الجسر دمر",
            "anonymous_official",
            True,
            via=(("وكالة نور", "media_outlet"), ("قناة السهل", "media_outlet")),
        )
        .records()[0]
    )
    idx, prov = _trace([r])
    chain = prov.chains[r.id]
    assert [(c.role, c.name) for c in chain] == [
        ("outlet", "صحيفة الأفق"),
        ("via", "وكالة نور"),
        ("via", "قناة السهل"),
        ("speaker", "مصدر عسكري"),
    ]
    assert chain[-1].source == idx.speaker[r.id] == prov.origin(r.id)
    assert chain[1].source == idx.hops[(r.id, 0)] != chain[2].source


def test_same_source_paraphrase_in_a_later_article_is_an_echo_first_by_date() -> None:
    later = Doc("late", published=dt.date(2024, 3, 9)).say(
        "الوزير سامي خليل", "المعبر الشمالي عاد إلى سيطرة القوات"
    )
    early = Doc("early", published=dt.date(2024, 3, 2)).say("سامي خليل", "القوات استعادت المعبر الشمالي")
    rl, re_ = later.records()[0], early.records()[0]
    _, prov = _trace([rl, re_])  # the later article comes first in the input
    st = prov.statement_of[rl.id]
    assert st is prov.statement_of[re_.id]
    assert st.first == re_.id and st.echoes == [rl.id]
    assert "same source" in st.how[rl.id]


def test_without_dates_input_order_decides_and_one_missing_date_is_enough() -> None:
    a = Doc("a", published=dt.date(2024, 3, 9)).say("سامي خليل", "القوات استعادت المعبر الشمالي").records()[0]
    b = Doc("b").say("سامي خليل", "المعبر الشمالي عاد إلى القوات").records()[0]
    _, prov = _trace([b, a])
    assert prov.statement_of[a.id].first == b.id


def test_different_claims_of_one_source_are_not_echoes() -> None:
    a = Doc("a").say("سامي خليل", "القوات استعادت المعبر الشمالي").records()[0]
    b = Doc("b").say("سامي خليل", "الميزانية تضاعفت هذا العام").records()[0]
    _, prov = _trace([a, b])
    assert prov.statement_of[a.id] is not prov.statement_of[b.id]


def test_republished_text_is_one_statement_whoever_is_named() -> None:
    a = Doc("a").say("مصدر أمني", LONG, "anonymous_official", True).records()[0]
    b = Doc("b").say("ناشطون", LONG_COPY, "anonymous_source", True).records()[0]
    idx, prov = _trace([a, b])
    st = prov.statement_of[b.id]
    assert st.first == a.id and st.echoes == [b.id]
    assert prov.origin(b.id) == idx.speaker[a.id] != idx.speaker[b.id]
    assert "near-duplicate" in st.how[b.id]


def test_short_common_texts_from_different_speakers_are_not_echoes() -> None:
    a = Doc("a").say("مصدر أمني", "قتل خمسة مدنيين", "anonymous_official", True).records()[0]
    b = Doc("b").say("ناشطون", "قتل خمسة مدنيين", "anonymous_source", True).records()[0]
    _, prov = _trace([a, b])
    assert prov.statement_of[a.id] is not prov.statement_of[b.id]


def test_one_statement_holds_at_most_one_record_per_article() -> None:
    one = (
        Doc("a")
        .say("سامي خليل", "القوات استعادت المعبر الشمالي")
        .say("خليل", "المعبر الشمالي فتح للمدنيين", resolved="سامي خليل")
    )
    other = Doc("b").say("سامي خليل", "القوات استعادت المعبر الشمالي وفتحته للمدنيين")
    a1, a2 = one.records()
    b = other.records()[0]
    _, prov = _trace([a1, a2, b])
    assert prov.statement_of[a1.id] is not prov.statement_of[a2.id]
    assert b.id in prov.statement_of[a1.id].members or b.id in prov.statement_of[a2.id].members


def test_comparer_echo_verdict_joins_records_across_articles() -> None:
    a = Doc("a").say("مصدر أمني", "الجسر تضرر", "anonymous_official", True).records()[0]
    b = Doc("b").say("صحيفة الأفق", "أضرار لحقت بالجسر", "media_outlet").records()[0]
    _, prov = _trace([a, b], [cmp(a, b, "echo")])
    assert prov.statement_of[b.id].first == a.id
    assert "echo" in prov.statement_of[b.id].how[b.id]


def test_near_duplicates_pairs_and_thresholds() -> None:
    items = [
        ("x", LONG),
        ("y", LONG_COPY),
        ("z", "الأمطار الغزيرة أغرقت الشوارع في المدينة الساحلية طوال الليل"),
    ]
    pairs = list(echo.near_duplicates(items))
    assert [(a, b) for a, b, _ in pairs] == [("x", "y")]
    assert 0.5 < pairs[0][2] <= 1.0
    assert echo.shingles("والقوات الحكومية") == echo.shingles("القوات الحكوميّة")
