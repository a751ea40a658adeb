"""Speakers and claims read since the thirty-fourth blind set became a development set: a verbal noun glued
to بـ after an aside of anonymity (أفاد مصدر طبي، طلب عدم ذكر اسمه، بوصول ...); a given name that opens with
و, read elsewhere as the conjunction (قال ونيس ...); the outlet told right after a verb whose subject stands
before it (مصدران أبلغا رويترز بأن ...); the charge after بـ ending the speaker of an accusation (اتهمت
الحكومة القيادة بالوقوف وراء إغلاق ...), and one word before it the accused, whoever it names (واتهم الحراس
بإطلاق ...); an adverb between a participle and its object (نافيا مجددا تنفيذ ...); a source raising its
own estimate (ورفعت المؤسسة تقديرها ...); a guard force (حرس المنشآت: ...) and a worker (عامل في الميناء)
as speakers; asking that one's name be withheld (اشترط عدم نشر اسمه، طلبا حجب هويتيهما); a clause joined
by فيما that has its own source after it (، فيما نزح 34 شخصا ...، وفقا لمكتب الأمم المتحدة), which ends the
claim before it; a clause of its own verb between the subject and the cue (شاهد ومصدر طبي، أبلغا عن ...،
قالا إن).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import after_earlier, one, records, speaker_and_claim

from tracker.extract import Extractor

CASES = [
    (
        "وأفاد مصدر طبي في مستشفى البلدة، طلب عدم ذكر اسمه، بوصول جثتين إلى قسم الطوارئ.",
        "وأفاد",
        "مصدر طبي في مستشفى البلدة",
        "بوصول جثتين إلى قسم الطوارئ",
    ),
    (
        "وقال ونيس بلقاسم إن المسلحين انسحبوا فجرا.",
        "وقال",
        "ونيس بلقاسم",
        "المسلحين انسحبوا فجرا",
    ),
    (
        "لكن مصدرين أمنيين أبلغا رويترز بأن عدد القتلى ستة.",
        "أبلغا",
        "مصدرين أمنيين",
        "عدد القتلى ستة",
    ),
    (
        "واتهمت الحكومة المجلس العسكري بالوقوف وراء إغلاق الطريق.",
        "واتهمت",
        "الحكومة",
        "المجلس العسكري بالوقوف وراء إغلاق الطريق",
    ),
    (
        "ورفعت الشركة تقديرها لخسائر التوقف إلى ٤٠ ألف برميل يوميا.",
        "ورفعت",
        "الشركة",
        "تقديرها لخسائر التوقف إلى ٤٠ ألف برميل يوميا",
    ),
    (
        "وقال عامل في المصنع، اشترط عدم نشر اسمه، إن الإدارة أجلت الموظفين ليلا.",
        "وقال",
        "عامل في المصنع",
        "الإدارة أجلت الموظفين ليلا",
    ),
]
IDS = [
    "glued-verbal-noun-after-anonymity",
    "given-name-with-waw",
    "outlet-told-after-dual-verb",
    "accusation-charge-ends-speaker",
    "raised-own-estimate",
    "worker-asked-name-withheld",
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "claim"), CASES, ids=IDS)
def test_speaker_and_claim(extractor: Extractor, sentence: str, cue: str, speaker: str, claim: str) -> None:
    assert speaker_and_claim(extractor, sentence, cue) == (speaker, claim)


def test_an_adverb_stands_between_a_participle_and_its_object(extractor: Extractor) -> None:
    text = "وقال الجيش إن الطريق مفتوح، نافيا مجددا وقوع أي اشتباك قرب الجسر."
    said = one(after_earlier(extractor, text), "نافيا")
    assert (said.speaker.resolved, said.claim.text) == ("الجيش", "وقوع أي اشتباك قرب الجسر")


def test_the_outlet_told_is_the_channel_not_the_speaker(extractor: Extractor) -> None:
    said = one(after_earlier(extractor, "وكان مسؤول عسكري أبلغ رويترز بأن القوات انسحبت."), "أبلغ")
    assert said.speaker.text == "مسؤول عسكري"
    assert [hop.text for hop in said.via] == ["رويترز"]


def test_withheld_identity_makes_the_sources_anonymous(extractor: Extractor) -> None:
    text = "لكن مصدرين في الشرطة، طلبا حجب هويتيهما، أكدا أن الموقوفين أفرج عنهم."
    said = one(after_earlier(extractor, text), "أكدا")
    assert said.speaker.text == "مصدرين في الشرطة"
    assert said.speaker.anonymous


def test_one_word_before_the_charge_is_the_accused(extractor: Extractor) -> None:
    text = "وقال المحامي سامي العبدلي إن موكله بريء. واتهم الحراس بضربه داخل الزنزانة."
    said = one(after_earlier(extractor, text), "واتهم")
    assert (said.speaker.resolved, said.claim.text) == ("المحامي سامي العبدلي", "الحراس بضربه داخل الزنزانة")


def test_a_guard_force_speaks_on_a_headline(extractor: Extractor) -> None:
    found = records(
        extractor, "حرس السواحل: أنقذنا ثلاثين مهاجرا قبالة الشاطئ\n\nوأعلن الحرس لاحقا تفاصيل العملية."
    )
    said = one(found, ":")
    assert (said.speaker.text, said.speaker.type) == ("حرس السواحل", "organization")


def test_a_joined_clause_with_its_own_source_after_it_ends_the_claim(extractor: Extractor) -> None:
    text = (
        "وأكد الجيش أن الوضع في محيط القرية هادئ تماما، فيما نزح 34 شخصا من تجمع قريب بعد الهجوم، "
        "وفقا لمكتب الأمم المتحدة."
    )
    found = after_earlier(extractor, text)
    assert one(found, "وأكد").claim.text == "الوضع في محيط القرية هادئ تماما"
    assert one(found, "وفقا").claim.text == "نزح 34 شخصا من تجمع قريب بعد الهجوم"
    # (with no source after it, the joined clause is the speaker's)
    alone = after_earlier(
        extractor, "وأكد الجيش أن الوضع في محيط القرية هادئ تماما، فيما عاد السكان إلى بيوتهم."
    )
    assert one(alone, "وأكد").claim.text == "الوضع في محيط القرية هادئ تماما، فيما عاد السكان إلى بيوتهم"


def test_a_clause_of_its_own_verb_between_subject_and_cue(extractor: Extractor) -> None:
    text = "وكان شاهد عيان ومصدر طبي، أبلغا عن انفجارين، قالا إن عدد القتلى تسعة."
    assert speaker_and_claim(extractor, text, "قالا") == ("شاهد عيان ومصدر طبي", "عدد القتلى تسعة")


def test_a_heads_quoted_name_ends_the_accuser(extractor: Extractor) -> None:
    text = "واتهمت منظمة «العدالة أولا» الشرطة بتعذيب الموقوفين."
    assert speaker_and_claim(extractor, text, "واتهمت") == ("منظمة «العدالة أولا»", "الشرطة بتعذيب الموقوفين")
