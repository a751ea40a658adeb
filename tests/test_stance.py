"""Stance of claim pairs: detectors, decision layer, probe floors and `tracker compare-pairs`.

All sentences here are written for these tests.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tracker import rules
from tracker.cli import app
from tracker.detectors import antonyms, lexicons, negation, numbers, paraphrase, participants, probes
from tracker.detectors.numbers import figures
from tracker.detectors.text import forms, sentence
from tracker.stance import FEATURES, judge, model

PROBES = Path(__file__).parent / "probes"
CONTRADICTION_NAMES = {"antonym", "negation", "numbers", "participants"}


def fired(detector: object, s1: str, s2: str) -> list[tuple[str, ...]]:
    return [f.evidence.words for f in detector.detect(sentence(s1), sentence(s2))]  # type: ignore[attr-defined]


def family_fired(s1: str, s2: str) -> list[tuple[str, ...]]:
    return [f.evidence.words for f in antonyms.detect_families(sentence(s1), sentence(s2))]


# ---- rule files -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["antonyms", "negation", "synonyms", "participants", "stance_numbers"])
def test_rule_files_validate(name: str) -> None:
    assert rules.load(name) is not None


def test_a_word_on_both_sides_of_an_antonym_pair_is_rejected() -> None:
    with pytest.raises(ValueError, match="both sides"):
        lexicons.AntonymPair(id="x", a=["ارتفع"], b=["ارتفع"])


# ---- morphology -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("يرتفع", "ارتفع"),
        ("وارتفعت", "ارتفع"),
        ("الارتفاع", "ارتفاع"),
        ("ارتفاعا", "ارتفاع"),
        ("يؤجل", "اجل"),
        ("سيعلن", "اعلن"),
        ("خسارته", "خساره"),
        ("زيادات", "زياده"),
        ("أبقت", "ابقي"),
        ("ألغوا", "الغي"),
        ("يبقون", "بقي"),
    ],
)
def test_inflected_forms_reach_the_lexicon_form(word: str, base: str) -> None:
    from tracker.arabic import norm

    assert base in forms(norm(word))


# ---- detectors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("ارتفعت أسعار القمح", "وانخفضت أسعار القمح"),
        ("استمرار الإضراب في المصانع", "توقف الإضراب في المصانع"),
        ("المجلس يقبل الاستقالة", "المجلس يرفض الاستقالة"),
        ("نجحت الوساطة بين الطرفين", "فشلت الوساطة بين الطرفين"),
        ("القوات تستعيد المطار", "القوات تخسر المطار"),
        ("الوزارة تعلن القرار", "الوزارة تتراجع عن القرار"),
    ],
)
def test_antonyms_in_any_inflection(s1: str, s2: str) -> None:
    assert fired(antonyms, s1, s2)


def test_antonyms_follow_what_each_word_is_about() -> None:
    swapped = fired(antonyms, "القمح يرتفع مع انخفاض الشعير", "القمح ينخفض مع ارتفاع الشعير")
    same = fired(antonyms, "القمح يرتفع مع انخفاض الشعير", "انخفاض الشعير وارتفاع القمح")
    assert swapped and not same


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("المخزونات تهبط بأسعار القمح", "المخزونات ترفع أسعار القمح"),  # rise_fall / raise_lower
        ("صادرات الحبوب تتجاوز التوقعات", "صادرات الحبوب تتراجع"),  # more_less / rise_fall
        ("النقابة ترفض قرار الوزير", "النقابة تشيد بقرار الوزير"),  # accept_refuse / back_blame
        ("السكان يبقون في القرية", "السكان يختفون من القرية"),  # keep_remove / appear_vanish
    ],
)
def test_opposites_across_pairs_of_one_family(s1: str, s2: str) -> None:
    assert family_fired(s1, s2)
    verdict = judge(s1, s2)
    assert verdict is not None and verdict.verdict == "contradict"
    assert "antonym" in {e.detector for e in verdict.evidence}


def test_family_is_silent_where_a_pair_fires_or_sides_agree() -> None:
    assert not family_fired("ارتفع سعر القمح", "انخفض سعر القمح")
    assert not family_fired("الشركة ترفع الأجور", "زيادة أجور الشركة")


def test_a_family_naming_an_unknown_pair_is_rejected() -> None:
    pair = lexicons.AntonymPair(id="x", a=["فتح"], b=["أغلق"])
    with pytest.raises(ValueError, match="unknown pairs"):
        lexicons.Antonyms(pairs=[pair], families=[lexicons.AntonymFamily(id="f", pairs=["x", "-y"])])


def test_what_a_verb_escapes_is_not_a_second_claim() -> None:
    # نجا من الغرق: الغرق is the complement of نجا, so the claim has one side only
    assert fired(antonyms, "غرق الصيادين قرب الشاطئ", "نجاة الصيادين من الغرق قرب الشاطئ")
    assert not fired(antonyms, "نجاة الصيادين قرب الشاطئ", "نجاة الصيادين من الغرق قرب الشاطئ")


def test_antonym_words_are_attached_across_adjectives_not_across_conjuncts() -> None:
    a, b = "الفضة تهبط والنحاس يواصل صعوده", "ارتفاع جديد للفضة والنحاس يهبط"
    assert fired(antonyms, a, b)
    assert not fired(antonyms, a, "النحاس يواصل صعوده والفضة تهبط")


def test_negated_antonym_is_not_a_contradiction() -> None:
    assert not fired(antonyms, "الأسعار لم ترتفع", "الأسعار انخفضت")
    assert not fired(negation, "الأسعار لم ترتفع", "الأسعار انخفضت")
    assert not fired(antonyms, "الوزير يعلن عدم وجود إصابات", "الوزير ينفي وجود إصابات")


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("صدر الحكم على المتهمين", "لم يصدر الحكم على المتهمين"),
        ("الوفد يحضر المؤتمر", "الوفد لن يحضر المؤتمر"),
        ("المشروع قانوني", "المشروع غير قانوني"),
        ("الجيش يؤكد سقوط الطائرة", "الجيش ينفي سقوط الطائرة"),
        ("حريق في المصنع وسقوط ضحايا", "حريق في المصنع دون سقوط ضحايا"),
    ],
)
def test_negation_mismatch(s1: str, s2: str) -> None:
    assert fired(negation, s1, s2) or fired(antonyms, s1, s2)


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("الوزارة تدرس مطالب المعلمين", "الوزارة تتجاهل مطالب المعلمين"),
        ("القائمة تضم شركات عربية", "القائمة تخلو من الشركات العربية"),
        ("محاكمة المسؤولين عن الحريق", "المسؤولون عن الحريق يفلتون من المحاكمة"),
    ],
)
def test_ignoring_escaping_and_being_empty_negate(s1: str, s2: str) -> None:
    verdict = judge(s1, s2)
    assert verdict is not None and verdict.verdict == "contradict"


def test_unless_and_names_are_not_negations() -> None:
    assert not fired(negation, "الجيش سيقصف المدينة ما لم تستسلم", "الجيش سيقصف المدينة")
    assert not fired(negation, "أطباء بلا حدود تحذر من الوباء", "منظمة أطباء تحذر من الوباء")


def test_particles_are_whole_words_not_parts_of_words() -> None:
    # فيلم and لما contain the letters of لم; ولم is لم with a conjunction
    assert not fired(negation, "فيلم جديد يعرض الليلة", "الفيلم الجديد يعرض الليلة")
    assert not fired(negation, "التمثال يعود لما قبل الميلاد", "التمثال يعود إلى ما قبل الميلاد")
    assert fired(negation, "ولم يصدر الحكم بعد", "صدر الحكم")


def test_negation_inside_a_relative_clause_does_not_negate_the_claim() -> None:
    assert not fired(negation, "السد الذي لم يكتمل انهار", "انهار السد")
    assert not fired(negation, "القرية التي لا تصلها الكهرباء غمرتها المياه", "المياه غمرت القرية")
    assert fired(negation, "السد لم ينهر", "انهار السد")


def test_the_opposition_is_a_party_not_a_refusal() -> None:
    assert not fired(antonyms, "المعارضة تطالب بالحوار", "الحكومة تقبل الحوار")
    assert fired(antonyms, "الحزب يعلن معارضة القانون", "الحزب يعلن تأييد القانون")


def test_an_idiom_of_emphasis_negates_once_and_for_the_non_is_no_negation() -> None:
    s1, s2 = "الاتفاق لا يعني الحزب لا من قريب ولا من بعيد", "الاتفاق لا يعني الحزب لا من قريب أو بعيد"
    assert not fired(negation, s1, s2)
    assert fired(negation, s1, "الاتفاق يعني الحزب كثيرا")
    assert not fired(negation, "خفضت المصارف القروض لغير المقيمين", "خفضت المصارف القروض للمقيمين")


def test_double_negation_and_exceptions_do_not_fire() -> None:
    assert not fired(negation, "لم يصدر الحكم", "لا حكم حتى الآن")
    assert not fired(negation, "لا يزال الوزير في منصبه", "الوزير في منصبه")
    assert not fired(negation, "الوزير يرفض رفضا قاطعا أي حوار", "الوزير يرفض أي حوار")
    assert not fired(negation, "السعر دون 50 دولارا", "السعر تحت 50 دولارا")


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("السجن 10 سنوات للمتهم", "السجن 5 سنوات للمتهم"),
        ("مقتل ١٢ شخصا", "مقتل 20 شخصا"),
        ("صفقة بمليون دولار", "صفقة بمليوني دولار"),
        ("الدورة الأولى للمهرجان", "الدورة العاشرة للمهرجان"),
        ("أكثر من 50 قتيلا", "أقل من 20 قتيلا"),
        ("ميزانية عام 2021", "ميزانية عام 2022"),
    ],
)
def test_numbers_that_cannot_both_hold(s1: str, s2: str) -> None:
    assert fired(numbers, s1, s2)


@pytest.mark.parametrize(
    ("s1", "s2"),
    [
        ("مقتل 12 شخصا", "مقتل اثني عشر شخصا"),
        ("السجن 10 سنوات", "السجن عشر سنوات"),
        ("مليون و500 ألف زائر", "1.5 مليون زائر"),
        ("أكثر من 90 لاجئا", "وصول 120 لاجئا"),
        ("٥ طائرات", "خمس طائرات"),
    ],
)
def test_numbers_that_agree(s1: str, s2: str) -> None:
    assert not fired(numbers, s1, s2)


def test_participant_swaps_and_non_swaps() -> None:
    assert fired(participants, "إيران تدعم الاتفاق", "أمريكا تدعم الاتفاق")
    assert fired(participants, "مظاهرات فلسطينية قرب غزة", "مظاهرات إسرائيلية قرب غزة")
    assert fired(participants, "وفاة الممثل الشهير", "وفاة المغني الشهير")
    assert not fired(participants, "بكين ترفع الرسوم", "الصين ترفع الرسوم")
    assert not fired(participants, "قصف على حلب", "قصف على سوريا")
    assert not fired(participants, "مهرجان للمسرح في تونس", "زلزال يضرب إيران")  # no shared frame


def test_names_joined_by_and_or_a_city_with_its_country_swap_no_roles() -> None:
    assert not fired(participants, "تعاون تجاري بين مصر والأردن", "تعاون تجاري بين الأردن ومصر")
    assert not fired(participants, "قمة تجمع السودان و إثيوبيا", "قمة تجمع إثيوبيا والسودان")
    assert not fired(participants, "اشتباكات في حلب بسوريا", "اشتباكات في سوريا قرب حلب")
    assert fired(participants, "كندا تنتقد المكسيك بشدة", "المكسيك تنتقد كندا بشدة")


def test_a_swap_of_both_subjects_weighs_more_than_a_moved_name() -> None:
    def strength(s1: str, s2: str) -> float:
        return max(f.strength for f in participants.detect_roles(sentence(s1), sentence(s2)))

    subjects = strength("كندا تنتقد المكسيك بشدة", "المكسيك تنتقد كندا بشدة")
    moved = strength("هجوم يستهدف كندا انطلاقا من المكسيك", "هجوم يستهدف المكسيك انطلاقا من كندا")
    assert subjects == participants.SUBJECT_SWAP and moved == participants.ROLE_SWAP


def test_paraphrase_coverage_with_clitics_synonyms_and_reordering() -> None:
    o = paraphrase.overlap(
        sentence("الشرطة تعتقل ثلاثة مشتبه بهم"), sentence("اعتقال ثلاثة مشتبه بهم من قبل الشرطة")
    )
    assert o.coverage_a == 1.0
    assert not o.only_a


# ---- decision layer -------------------------------------------------------------------------------


def test_spelling_variants_match_and_are_no_substitution() -> None:
    claim = sentence("محكمة الجنايات تنظر قضية الفساد")
    o = paraphrase.overlap(claim, sentence("محكمة الجنيات تنظر قضية الفساد"))
    assert o.coverage_a == 1.0 and not o.substitutions and not o.loose_substitutions
    other = paraphrase.overlap(claim, sentence("محكمة الجنايات تنظر قضية التهريب"))
    assert other.substitutions


def test_opposite_sides_of_a_pair_are_never_paraphrase_partners() -> None:
    # يقفز and يهبط share a second pair (both are "moving"), yet they are opposites of the first
    o = paraphrase.overlap(sentence("الدينار يقفز اليوم"), sentence("الدينار يهبط اليوم"))
    assert "يقفز" in o.only_a and "يهبط" in o.only_b


def test_slot_kind_describes_the_substituted_words() -> None:
    kind = paraphrase.slot_kind(
        sentence("الشرطة تحقق في سرقة المتحف"), sentence("الشرطة تحقق في حريق المتحف")
    )
    assert kind["slot_exact"] == 1.0 and kind["slot_subject"] == 0.0
    subject = paraphrase.slot_kind(sentence("الوزير يزور المصنع"), sentence("المحافظ يزور المصنع"))
    assert subject["slot_subject"] == 1.0 and subject["slot_definite"] == 1.0
    none = paraphrase.slot_kind(sentence("الوزير يزور المصنع"), sentence("الوزير يزور المصنع"))
    assert not any(none.values())


def test_contradict_always_names_detector_and_words() -> None:
    j = judge("ارتفعت أسعار القمح اليوم", "انخفضت أسعار القمح اليوم")
    assert j is not None and j.verdict == "contradict"
    assert j.detector in CONTRADICTION_NAMES
    assert j.reason.startswith(j.detector + ":")
    assert j.evidence and j.evidence[0].words and all(j.evidence[0].words)


def test_agree_on_paraphrase() -> None:
    j = judge("الحكومة تخفض أسعار الوقود", "تخفيض أسعار الوقود من قبل الحكومة")
    assert j is not None and j.verdict == "agree" and j.detector == "paraphrase"


def test_unrelated_pairs_are_not_contradictions() -> None:
    j = judge("مهرجان للأفلام القصيرة في تونس", "زلزال يضرب جنوب إيران")
    assert j is None or j.verdict != "contradict"


_WORDS = [
    "الحكومة",
    "تعلن",
    "خطة",
    "جديدة",
    "للنقل",
    "في",
    "المدينة",
    "اليوم",
    "الوزير",
    "يزور",
    "المصنع",
    "و",
]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=2, max_size=8))
def test_a_claim_never_contradicts_itself(ws: list[str]) -> None:
    text = " ".join(ws)
    j = judge(text, text)
    assert j is None or j.verdict == "agree"


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=2, max_size=8), st.lists(st.sampled_from(_WORDS), max_size=8)
)
def test_overlap_alone_never_contradicts(a: list[str], b: list[str]) -> None:
    """These words hold no antonym, negation, number or participant: only overlap can differ."""
    j = judge(" ".join(a), " ".join(b))
    assert j is None or j.verdict == "agree" or j.detector == "participants"
    if j is not None and j.verdict == "contradict":
        assert j.evidence[0].note.endswith("another word in the same slot")


def test_weights_file_matches_the_features() -> None:
    m = model()
    assert len(m.weights) == len(FEATURES)
    assert 0.0 < m.agree_below <= m.contradict_above < 1.0


def test_empty_claims_get_no_verdict() -> None:
    assert judge("", "ارتفع السعر") is None
    assert judge("...", "!!") is None


# ---- probes: per-detector precision and recall on pairs written for them ---------------------------


@pytest.mark.parametrize("detector", ["antonym", "negation", "numbers", "participants", "paraphrase"])
def test_probe_floor(detector: str) -> None:
    path = PROBES / f"{detector}.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) >= 15
    assert {r["expected"] for r in rows} <= {"agree", "contradict", "none"}
    precision, recall, accuracy, _ = probes.score(path)
    assert precision >= 0.9, f"{detector}: precision {precision:.2f}"
    assert recall >= 0.7, f"{detector}: recall {recall:.2f}"
    assert accuracy >= 0.85, f"{detector}: verdict accuracy {accuracy:.2f}"


# ---- CLI ------------------------------------------------------------------------------------------


@pytest.fixture()
def pairs_csv(tmp_path: Path) -> Path:
    path = tmp_path / "pairs.csv"
    path.write_text(
        "id,first,second\n"
        "1,ارتفعت أسعار القمح,انخفضت أسعار القمح\n"
        "2,الحكومة تخفض أسعار الوقود,تخفيض أسعار الوقود من قبل الحكومة\n"
        "3,,زلزال يضرب المدينة\n",
        encoding="utf-8",
    )
    return path


def test_compare_pairs_jsonl_in_input_order(pairs_csv: Path) -> None:
    result = CliRunner().invoke(app, ["compare-pairs", str(pairs_csv), "--s1", "first", "--s2", "second"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["line"] for r in rows] == [2, 3, 4]
    assert [r["verdict"] for r in rows] == ["contradict", "agree", None]
    assert rows[0]["detector"] == "antonym" and rows[0]["reason"] and rows[0]["evidence"]
    assert all(set(r) >= {"verdict", "confidence", "reason"} for r in rows)


def test_compare_pairs_table(pairs_csv: Path) -> None:
    result = CliRunner().invoke(
        app, ["compare-pairs", str(pairs_csv), "--s1", "first", "--s2", "second", "--format", "table"]
    )
    assert result.exit_code == 0
    assert "contradict" in result.stdout and "antonym" in result.stdout


def test_compare_pairs_missing_column_is_one_clear_line(pairs_csv: Path) -> None:
    result = CliRunner().invoke(app, ["compare-pairs", str(pairs_csv)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"{pairs_csv}:1: no column 's1'" in result.stderr


def test_compare_pairs_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["compare-pairs", str(tmp_path / "nope.csv")])
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_compare_pairs_output_file_is_written_whole(pairs_csv: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["compare-pairs", str(pairs_csv), "--s1", "first", "--s2", "second", "-o", str(out)]
    )
    assert result.exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("تزيد على الخمسة والعشرين ألف ريال", 25000),  # a unit joined to its tens, then thousands
        ("قتل ثلاثة وأربعون شخصا", 43),
        ("تزيد قيمتها على 25 ألف ريال", 25000),
    ],
)
def test_compound_number_words_read_as_one_figure(text: str, value: float) -> None:
    assert [f.low for f in figures(text)] == [value]
