"""Each grade rule of README `## Grades`, case by case, on short texts written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from provkit import Doc, cmp

from tracker import rules
from tracker.grades import CredibilityRules, assess, credibility_rules
from tracker.models import Record


def _grade(records: list[Record], comparisons=()):  # type: ignore[no-untyped-def]
    a = assess(records, comparisons)
    return a, {r.id: r.grades for r in a.records}


def _one(speaker: str, type: str, anonymous: bool = False, claim: str = "الجسر تضرر") -> Record:
    return Doc("solo").say(speaker, claim, type, anonymous).records()[0]  # type: ignore[arg-type]


# --- reliability defaults (rules/ar/credibility.yaml) ------------------------------------------------


@pytest.mark.parametrize(
    ("speaker", "type", "anonymous", "letter", "credibility"),
    [
        ("وزير النقل سامي خليل", "named_official", False, "C", 3),
        ("الكاتب نبيل حداد", "named_person", False, "F", 6),
        ("مصدر أمني", "anonymous_official", True, "D", 4),
        ("مصادر مطلعة", "anonymous_source", True, "F", 6),
        ("وكالة رويترز", "media_outlet", False, "B", 2),
        ("صحيفة الأفق", "media_outlet", False, "C", 3),
        ("وزارة النقل", "organization", False, "C", 3),
    ],
)
def test_default_reliability_and_single_source_credibility(
    speaker: str, type: str, anonymous: bool, letter: str, credibility: int
) -> None:
    r = _one(speaker, type, anonymous)
    _, g = _grade([r])
    assert g[r.id].reliability == letter
    assert g[r.id].credibility == credibility
    effects = {(x.scale, x.effect) for x in g[r.id].reasons}
    assert ("reliability", "no_basis" if letter == "F" else "default") in effects
    assert ("credibility", "no_basis" if credibility == 6 else "default") in effects


def test_a_source_type_missing_from_the_rules_is_f_never_a_guess() -> None:
    base = credibility_rules()
    policy = base.model_copy(update={"reliability": base.reliability.model_copy(update={"types": {}})})
    r = _one("وزير النقل سامي خليل", "named_official")
    a = assess([r], [], policy)
    assert a.records[0].grades is not None and a.records[0].grades.reliability == "F"
    assert a.records[0].grades.credibility == 6


# --- credibility from verdicts -----------------------------------------------------------------------


def _pair(other_speaker: str = "مصدر أمني", other_type: str = "anonymous_official") -> tuple[Record, Record]:
    a = Doc("a1").say("وزير النقل سامي خليل", "الجسر الرئيسي انهار").records()[0]
    b = (
        Doc("a2")
        .say(other_speaker, "انهيار الجسر الرئيسي", other_type, other_type.startswith("anon"))
        .records()[0]
    )  # type: ignore[arg-type]
    return a, b


def test_confirmed_by_an_independent_origin_is_1_and_names_it() -> None:
    a, b = _pair()
    _, g = _grade([a, b], [cmp(a, b, "agree")])
    assert g[a.id].credibility == 1 and g[b.id].credibility == 1
    confirms = [x for x in g[a.id].reasons if x.scale == "credibility" and x.effect == "confirms"]
    assert confirms and confirms[0].records == [b.id]


def test_contradicted_with_no_support_is_5() -> None:
    a, b = _pair()
    _, g = _grade([a, b], [cmp(a, b, "contradict")])
    assert g[a.id].credibility == 5
    assert any(x.effect == "contradicts" and b.id in x.records for x in g[a.id].reasons)


def test_disputed_claims_are_3_when_more_agree_else_4() -> None:
    a = Doc("a1").say("وزير النقل سامي خليل", "الجسر انهار").records()[0]
    yes1 = Doc("a2").say("مصدر أمني", "الجسر سقط", "anonymous_official", True).records()[0]
    yes2 = Doc("a3").say("المحافظ رامي عيسى", "انهيار الجسر").records()[0]
    no = Doc("a4").say("شركة الطرق", "الجسر سليم", "organization").records()[0]
    verdicts = [cmp(a, yes1, "agree"), cmp(a, yes2, "agree"), cmp(a, no, "contradict")]
    _, g = _grade([a, yes1, yes2, no], verdicts)
    assert g[a.id].credibility == 3
    _, g = _grade([a, yes1, no], verdicts[:1] + verdicts[2:])
    assert g[a.id].credibility == 4


def test_two_claims_of_one_other_origin_count_once() -> None:
    a = Doc("a1").say("وزير النقل سامي خليل", "الجسر انهار").records()[0]
    b1, b2 = (
        Doc("a2")
        .say("المحافظ رامي عيسى", "الجسر سقط")
        .say("عيسى", "انهيار الجسر", resolved="المحافظ رامي عيسى")
        .records()
    )
    no = Doc("a3").say("شركة الطرق", "الجسر سليم", "organization").records()[0]
    _, g = _grade([a, b1, b2, no], [cmp(a, b1, "agree"), cmp(a, b2, "agree"), cmp(a, no, "contradict")])
    assert g[a.id].credibility == 4  # one agreeing origin against one contradicting: not a majority


def test_echo_of_the_same_statement_does_not_confirm_it() -> None:
    first = Doc("a1").say("وزير النقل سامي خليل", "الجسر الرئيسي انهار بالكامل").records()[0]
    echo = Doc("a2").say("سامي خليل", "الجسر الرئيسي انهار بالكامل صباحا").records()[0]
    _, g = _grade([first, echo], [cmp(first, echo, "agree")])
    assert g[first.id].credibility == 3  # single origin, speaker C
    assert any(x.effect == "echoes" and echo.id in x.records for x in g[first.id].reasons)


def test_another_claim_of_the_same_origin_does_not_confirm() -> None:
    a1, a2 = (
        Doc("a1")
        .say("وزير النقل سامي خليل", "الجسر انهار")
        .say("خليل", "حركة المرور توقفت", resolved="وزير النقل سامي خليل")
        .records()
    )
    _, g = _grade([a1, a2], [cmp(a1, a2, "agree")])
    assert g[a1.id].credibility == 3
    assert any(x.effect == "echoes" and a2.id in x.records for x in g[a1.id].reasons)


def test_a_republication_credited_to_someone_else_is_not_independent() -> None:
    text = "الجسر الرئيسي في المدينة انهار بالكامل بعد الفيضان الذي ضرب المنطقة ليلا"
    a = Doc("a1").say("وزير النقل سامي خليل", text).records()[0]
    b = Doc("a2").say("ناشطون", text, "anonymous_source", True).records()[0]
    a_, g = _grade([a, b], [cmp(a, b, "agree")])
    assert a_.provenance.origin(b.id) == a_.index.speaker[a.id]
    assert g[a.id].credibility == 3 and g[b.id].credibility == 3


def test_hedged_claims_are_never_confirmed() -> None:
    a = Doc("a1").say("وزير النقل سامي خليل", "الجسر ربما انهار", modality="hedged").records()[0]
    b = Doc("a2").say("مصدر أمني", "انهيار الجسر", "anonymous_official", True).records()[0]
    _, g = _grade([a, b], [cmp(a, b, "agree")])
    assert g[a.id].credibility == 2 and g[b.id].credibility == 1
    assert any(x.effect == "modality" for x in g[a.id].reasons)
    _, g = _grade([a])
    assert g[a.id].credibility == 3  # single source, C: the hedge cap does not make it better


# --- reliability moved by the record -----------------------------------------------------------------


def test_confirmed_claims_raise_reliability_but_not_past_b() -> None:
    a = (
        Doc("a1")
        .say("وزير النقل سامي خليل", "الجسر انهار")
        .say("خليل", "الطريق أغلق", resolved="وزير النقل سامي خليل")
        .records()
    )
    others = (
        Doc("a2")
        .say("المحافظ رامي عيسى", "الجسر سقط")
        .say("شركة الطرق", "إغلاق الطريق", "organization")
        .records()
    )
    ass, g = _grade(a + others, [cmp(a[0], others[0], "agree"), cmp(a[1], others[1], "agree")])
    assert g[a[0].id].reliability == "B"
    reasons = ass.sources[ass.index.speaker[a[0].id]].reasons
    assert any(x.effect == "confirms" and a[0].id in x.records for x in reasons)


def test_contradicted_claims_lower_reliability() -> None:
    a, b = _pair("المحافظ رامي عيسى", "named_official")
    _, g = _grade([a, b], [cmp(a, b, "contradict")])
    assert g[a.id].reliability == "D" and g[b.id].reliability == "D"


def test_f_source_with_a_record_is_judged_from_c() -> None:
    a = Doc("a1").say("الكاتب نبيل حداد", "الجسر انهار", "named_person").records()[0]
    b = Doc("a2").say("وزير النقل سامي خليل", "انهيار الجسر").records()[0]
    _, g = _grade([a, b], [cmp(a, b, "agree")])
    assert g[a.id].reliability == "C"
    _, g = _grade([a, b], [cmp(a, b, "contradict")])
    assert g[a.id].reliability == "D"


# --- the rule file -----------------------------------------------------------------------------------


def test_rule_file_is_registered_and_valid() -> None:
    assert isinstance(rules.load("credibility"), CredibilityRules)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ("record:\n  from_unjudged: F\n", "cannot be earned"),
        ("credibility:\n  single_source: {A: 2}\n", "missing B"),
    ],
)
def test_bad_rule_files_are_named(tmp_path: Path, bad: str, message: str) -> None:
    good = (rules.rules_dir() / "ar" / "credibility.yaml").read_text(encoding="utf-8")
    key = bad.split(":")[0]
    kept = "\n".join(
        block
        for block in good.split("\n\n")
        if not block.lstrip().startswith(f"{key}:") and f"\n{key}:" not in block
    )
    path = tmp_path / "credibility.yaml"
    path.write_text(kept + "\n" + bad, encoding="utf-8")
    with pytest.raises(rules.RuleError, match=message):
        rules.parse(path, CredibilityRules)
