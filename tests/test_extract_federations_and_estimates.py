"""Speakers read since the forty-eighth blind set became a development set: a federation as the Maghreb
names a sports body (الاتحادية), an officer in charge of a task (المكلف بالإعلام), an estimate told after its
subject (لكن الشرطة قدرت عدد المحتجين), and the anonymity phrase that opens on طلب after a subject before its
verb. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import after_earlier, one

from tracker.extract import Extractor


def test_a_federation_speaks_as_a_body(extractor: Extractor) -> None:
    said = one(
        after_earlier(extractor, "وذكرت الاتحادية التونسية لكرة اليد أن المباراة أعيدت إلى موعدها."), "وذكرت"
    )
    assert (said.speaker.text, said.speaker.type) == ("الاتحادية التونسية لكرة اليد", "organization")


def test_an_officer_in_charge_of_a_task_speaks(extractor: Extractor) -> None:
    said = one(
        after_earlier(
            extractor, "وقال المكلف بالإعلام في الولاية، الرائد نبيل قاسمي، إن الطريق أعيد فتحه صباحا."
        ),
        "وقال",
    )
    assert said.speaker.text == "المكلف بالإعلام في الولاية، الرائد نبيل قاسمي"
    assert said.speaker.type == "named_official" and said.claim.text == "الطريق أعيد فتحه صباحا"


@pytest.mark.parametrize(
    ("sentence", "cue", "speaker", "claim"),
    [
        (
            "لكن نقابة الأطباء قدرت عدد المضربين بنحو ستة آلاف.",
            "قدرت",
            "نقابة الأطباء",
            "عدد المضربين بنحو ستة آلاف",
        ),
        (
            # (the anonymity phrase opens on طلب: none of it is the subject)
            "غير أن مصدرا نقابيا طلب عدم الكشف عن اسمه قدر عدد المضربين بأكثر من عشرة آلاف.",
            "قدر",
            "مصدرا نقابيا",
            "عدد المضربين بأكثر من عشرة آلاف",
        ),
    ],
)
def test_an_estimate_told_after_its_subject(
    extractor: Extractor, sentence: str, cue: str, speaker: str, claim: str
) -> None:
    said = one(after_earlier(extractor, sentence), cue)
    assert (said.speaker.text, said.claim.text) == (speaker, claim)


def test_an_anonymity_phrase_on_talab_is_no_part_of_a_subject_before_its_verb(extractor: Extractor) -> None:
    said = one(
        after_earlier(extractor, "لكن مسؤولا في البلدية طلب عدم ذكر اسمه أكد أن السوق أغلقت."), "أكد"
    )
    assert (said.speaker.text, said.speaker.anonymous) == ("مسؤولا في البلدية", True)


@pytest.mark.parametrize(
    "sentence",
    [
        # (an estimate in the present with its object's pronoun: whose size is put at, no speaker)
        "وعلى الساحل فائض يقدر حجمه بمليوني طن.",
        # (a past one whose object holds a pronoun: the project whose cost was put at)
        "وشمل البرنامج مشاريع نفذت قدرت تكلفتها بثلاثة ملايين.",
        # (one in the present, its object bare: as often esteem as an estimate)
        "والأهالي يقدرون حجم التضحيات في الحي.",
    ],
)
def test_an_amount_put_at_is_no_estimate_of_a_speaker(extractor: Extractor, sentence: str) -> None:
    assert [r.cue.lemma for r in after_earlier(extractor, sentence)[1:]] == []


def test_a_clause_another_verb_reports_is_no_estimate_of_its_own(extractor: Extractor) -> None:
    found = after_earlier(
        extractor, "وقال مدير المستشفى إن قذيفتين سقطتا، مشيرا إلى أن الشرطة قدرت عدد الجرحى بالعشرات."
    )
    assert [r.cue.text for r in found[1:]] == ["وقال", "مشيرا"]
    assert one(found, "مشيرا").claim.text == "الشرطة قدرت عدد الجرحى بالعشرات"
