"""Speakers read since the forty-seventh blind set became a development set: an electoral list or a
political current named in quotation marks (not a quotation; a list by itself is a document), one of a
service named before its verb (وكان مصدر من X قد أكد) and the body after من where the longer subject holds
none, a grievance told (اشتكى من أن), and rights workers heading a headline. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from extractkit import after_earlier, one, records

from tracker.extract import Extractor


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "type_", "claim"),
    [
        (
            "وقال رئيس لائحة «صوت المدينة»، المهندس سامر خوري، إن الفرز «لم يكن نزيها».",
            "وقال",
            "رئيس لائحة «صوت المدينة»، المهندس سامر خوري",
            "named_official",
            "الفرز «لم يكن نزيها»",
        ),
        (
            "ونفى رئيس لائحة «الوفاق الوطني»، المحامي نادر سليم، أن تكون لائحته دفعت أي مبلغ.",
            "ونفى",
            "رئيس لائحة «الوفاق الوطني»، المحامي نادر سليم",
            "named_official",
            "تكون لائحته دفعت أي مبلغ",
        ),
        (
            # (a list by itself is a document: the same word is a by-law, and a list speaks through its head)
            "وقالت لائحة «أهل البلد» في بيان إن النتائج مزورة.",
            "وقالت",
            "لائحة «أهل البلد»",
            "document",
            "النتائج مزورة",
        ),
        (
            "وأوضحت اللائحة التنفيذية أن المخالفة تستوجب غرامة.",
            "وأوضحت",
            "اللائحة التنفيذية",
            "document",
            "المخالفة تستوجب غرامة",
        ),
        ("وأكد تيار «النهضة» أن مرشحيه انسحبوا.", "وأكد", "تيار «النهضة»", "organization", "مرشحيه انسحبوا"),
    ],
)
def test_a_list_or_current_named_in_quotation_marks_is_no_quotation(
    extractor: Extractor, sentence: str, cue: str, speaker: str, type_: str, claim: str
) -> None:
    said = one(after_earlier(extractor, sentence), cue)
    assert (said.speaker.text, said.speaker.type, said.claim.text) == (speaker, type_, claim)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وكان مصدر من الدفاع المدني قد أكد لإذاعة محلية صباح الأحد أن البحث توقف.", "مصدر من الدفاع المدني"),
        ("وكان مسؤولون من وزارة الري قد أكدوا أن السد سليم.", "مسؤولون من وزارة الري"),
        ("وكانت وسائل إعلام مقربة من الحركة قد ذكرت أن الهدنة انهارت.", "وسائل إعلام مقربة من الحركة"),
    ],
)
def test_one_of_a_service_named_before_the_verb_speaks(
    extractor: Extractor, sentence: str, speaker: str
) -> None:
    (said,) = after_earlier(extractor, sentence)[1:]
    assert said.speaker.text == speaker and said.speaker.anonymous


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # (a message from the ministry: the longer subject holds no speaker, the one after من does)
        ("وعند وصول رسالة من وزارة الصحة تؤكد أن الوباء انحسر.", "وزارة الصحة"),
        # (a clause before من, no speaker's head: the body after it)
        ("وبعد أن أرسل البرلمان طلبا من لجنة الدفاع يؤكد أن الميزانية نفدت.", "لجنة الدفاع"),
    ],
)
def test_a_subject_through_min_falls_back_to_the_body_after_it(
    extractor: Extractor, sentence: str, speaker: str
) -> None:
    (said,) = after_earlier(extractor, sentence)[1:]
    assert said.speaker.text == speaker


def test_a_span_of_time_before_min_is_no_speakers_head(extractor: Extractor) -> None:
    found = after_earlier(extractor, "وجاء البيان بعد يومين من نشر تقرير أممي أفاد بأن المعبر مغلق.")[1:]
    assert found and all("يومين" not in r.speaker.text for r in found)


def test_a_grievance_is_told_but_a_complaint_of_a_thing_is_not(extractor: Extractor) -> None:
    said = one(after_earlier(extractor, "واشتكى مزارعون من أن مياه الري لم تصل منذ أسبوعين."), "واشتكى")
    assert (said.speaker.text, said.claim.text) == ("مزارعون", "مياه الري لم تصل منذ أسبوعين")
    assert [r.cue.text for r in after_earlier(extractor, "واشتكى المزارعون من غلاء الأسمدة.")][1:] == []


def test_rights_workers_head_a_headline(extractor: Extractor) -> None:
    said = one(
        records(extractor, "حقوقيون: عشرات المعتقلين مضربون عن الطعام في سجن المدينة\n\nنص الخبر."), ":"
    )
    assert (said.speaker.text, said.speaker.anonymous) == ("حقوقيون", True)
    # (the adjective after a body or sources is no head of its own)
    said = one(after_earlier(extractor, "وقالت مصادر حقوقية إن المعتقلين مضربون."), "وقالت")
    assert said.speaker.text == "مصادر حقوقية"
