"""Speakers read since the forty-sixth blind set became a development set: public bodies and services named
by their own word (a prosecution, a regional delegation, a university, a secretariat, an institute, a
campaign, the passports), a communiqué as the occasion or the speaker, the staff of a service, a unionist, an
agency of a task (no outlet), a name after a body, an estimate of a quantity, and a confession past an
apposition. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import one, records

from tracker.extract import Extractor


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker"),
    [
        ("وقالت النيابة العامة إن الموقوفين الثلاثة أحيلوا إلى القضاء.", "وقالت", "النيابة العامة"),
        (
            "وأعلنت نيابة الجمهورية لدى محكمة سوسة أن التحقيق متواصل.",
            "وأعلنت",
            "نيابة الجمهورية لدى محكمة سوسة",
        ),
        ("وأكدت المندوبية الجهوية للفلاحة أن المحصول سليم.", "وأكدت", "المندوبية الجهوية للفلاحة"),
        ("وأوضحت جامعة الموصل أن الامتحانات تأجلت أسبوعا.", "وأوضحت", "جامعة الموصل"),
        ("وذكرت أمانة العاصمة أن الطرق مغلقة بسبب السيول.", "وذكرت", "أمانة العاصمة"),
        ("وقال المعهد الوطني للإحصاء إن البطالة تراجعت.", "وقال", "المعهد الوطني للإحصاء"),
        ("وأفاد المجمع الصناعي في بيان أن الإنتاج توقف.", "وأفاد", "المجمع الصناعي"),
        ("وأكدت الجوازات أن المنفذ مفتوح أمام المسافرين.", "وأكدت", "الجوازات"),
        ("وقالت حملة «أنقذوا الواحة» إن البئر جفت.", "وقالت", "حملة «أنقذوا الواحة»"),
        ("وأعلنت المقاومة الشعبية أن مقاتليها صدوا الهجوم.", "وأعلنت", "المقاومة الشعبية"),
        ("وقال الوفد الحكومي إن المفاوضات تعثرت.", "وقال", "الوفد الحكومي"),
    ],
)
def test_a_body_named_by_its_own_word_speaks(
    extractor: Extractor, sentence: str, cue: str, speaker: str
) -> None:
    said = one(records(extractor, sentence), cue)
    assert (said.speaker.text, said.speaker.type, said.speaker.anonymous) == (speaker, "organization", False)


def test_civil_protection_heads_a_headline_and_on_behalf_of_is_no_body(extractor: Extractor) -> None:
    said = one(records(extractor, "الحماية المدنية: ثلاثة قتلى في حريق غابة بجندوبة\n\nنص الخبر."), ":")
    assert (said.speaker.text, said.speaker.type) == ("الحماية المدنية", "organization")
    assert said.claim.text == "ثلاثة قتلى في حريق غابة بجندوبة"
    # (نيابة عن: on behalf of, no prosecution)
    assert records(extractor, "وقال باسمه ونيابة عن زملائه إن الفريق سيعود أقوى.") == []


def test_a_source_in_the_prosecution_is_official(extractor: Extractor) -> None:
    said = one(records(extractor, "وقال مصدر في النيابة إن المتهمين اعترفوا."), "وقال")
    assert (said.speaker.type, said.speaker.anonymous) == ("anonymous_official", True)


def test_a_communique_is_an_occasion_and_a_speaker(extractor: Extractor) -> None:
    said = one(records(extractor, "ونفت الشركة في بلاغ حدوث أي تسرب من الخزان."), "ونفت")
    assert (said.speaker.text, said.claim.text) == ("الشركة", "حدوث أي تسرب من الخزان")
    said = one(records(extractor, "وأكد البلاغ أن الإدارة فتحت تحقيقا داخليا."), "وأكد")
    assert (said.speaker.text, said.speaker.type) == ("البلاغ", "document")


def test_a_services_staff_and_a_unionist_speak_as_officials(extractor: Extractor) -> None:
    said = one(records(extractor, "لكن أعوانا في وحدة الإطفاء قالوا إن النار ما زالت مشتعلة."), "قالوا")
    assert (said.speaker.text, said.speaker.type) == ("أعوانا في وحدة الإطفاء", "anonymous_official")
    said = one(records(extractor, "نقابي: المصنع يعمل رغم قرار إغلاقه\n\nنص الخبر."), ":")
    assert (said.speaker.text, said.speaker.type) == ("نقابي", "anonymous_official")


@pytest.mark.parametrize(
    ("agency", "type_"),
    [
        ("الوكالة الدولية للطاقة الذرية", "organization"),
        ("الوكالة الوطنية لحماية البيئة", "organization"),
        # (an agency of news is an outlet)
        ("الوكالة الوطنية للإعلام", "media_outlet"),
    ],
)
def test_an_agency_of_a_task_is_no_outlet(extractor: Extractor, agency: str, type_: str) -> None:
    said = one(records(extractor, f"وذكرت {agency} أن المنشأة تخضع للرقابة."), "وذكرت")
    assert (said.speaker.text, said.speaker.type) == (agency, type_)


def test_a_given_name_after_a_body_is_the_speakers(extractor: Extractor) -> None:
    said = one(records(extractor, "وقال أستاذ التاريخ في جامعة البصرة علي الكناني إن الوثيقة مزورة."), "وقال")
    assert (said.speaker.type, said.speaker.anonymous) == ("named_person", False)
    # (a body's own name after its word names no one)
    said = one(records(extractor, "وقال مسؤولون في قيادة عمليات نينوى إن الطريق آمن."), "وقال")
    assert (said.speaker.type, said.speaker.anonymous) == ("anonymous_official", True)


def test_an_estimate_of_a_quantity_or_an_area(extractor: Extractor) -> None:
    text = "وقدر المهندس في الدفاع المدني سامي العلوي الكمية المتسربة بما «لا يقل عن طنين»."
    said = one(records(extractor, text), "وقدر")
    assert said.speaker.text == "المهندس في الدفاع المدني سامي العلوي"
    assert said.claim.text == "الكمية المتسربة بما «لا يقل عن طنين»"
    said = one(records(extractor, "وقدرت مديرية الغابات المساحة المحروقة بنحو 900 هكتار."), "وقدرت")
    assert (said.speaker.text, said.claim.text) == ("مديرية الغابات", "المساحة المحروقة بنحو 900 هكتار")


def test_a_confession_past_the_speakers_apposition(extractor: Extractor) -> None:
    said = one(records(extractor, "واعترف مدير المصنع، كريم الزين، بوقوع عطل في المضخة الرئيسية."), "واعترف")
    assert (said.speaker.text, said.claim.text) == ("مدير المصنع، كريم الزين", "بوقوع عطل في المضخة الرئيسية")


def test_sheltering_announced_is_the_claim(extractor: Extractor) -> None:
    said = one(records(extractor, "وأعلن الهلال الأحمر إيواء 80 عائلة في مدارس البلدة."), "وأعلن")
    assert (said.speaker.text, said.claim.text) == ("الهلال الأحمر", "إيواء 80 عائلة في مدارس البلدة")


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "type_"),
    [
        ("وقال المصابون إن الحراس ضربوهم بالهراوات.", "وقال", "المصابون", "anonymous_source"),
        ("وقال المختصون إن العدوى تنتقل عبر المياه.", "وقال", "المختصون", "anonymous_source"),
        ("وأكد الجانبان أن المحادثات ستستأنف في أكتوبر.", "وأكد", "الجانبان", "organization"),
        ("وذكرت الصحافة المحلية أن المحافظ سيستقيل.", "وذكرت", "الصحافة المحلية", "media_outlet"),
        ("وأظهر المسح أن نصف الأسر فقدت مورد رزقها.", "وأظهر", "المسح", "document"),
    ],
)
def test_the_wounded_specialists_both_sides_the_press_and_a_survey_speak(
    extractor: Extractor, sentence: str, cue: str, speaker: str, type_: str
) -> None:
    said = one(records(extractor, sentence), cue)
    assert (said.speaker.text, said.speaker.type) == (speaker, type_)
