"""Speakers and claim openings read since the twenty-seventh blind set became a development set: people
named by their trade, a discourse word between a speaker and its object, a contrast that opens another
speaker's clause, and a toll raised with the kind of its dead named. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import one, records

from tracker.extract import Extractor


@pytest.mark.parametrize("people", ["صيادون", "منقبون", "مزارعون", "تجار", "مسافرون"])
def test_people_named_by_their_trade_speak_unnamed(extractor: Extractor, people: str) -> None:
    said = one(records(extractor, f"وقال {people} عادوا إلى البلدة إن المسلحين نهبوا المخازن."), "وقال")
    assert said.speaker.text == f"{people} عادوا إلى البلدة"
    assert (said.speaker.type, said.speaker.anonymous) == ("anonymous_source", True)
    assert said.claim.text == "المسلحين نهبوا المخازن"


def test_a_discourse_word_between_the_speaker_and_its_object(extractor: Extractor) -> None:
    said = one(records(extractor, "ووثقت المنظمة الحقوقية من جهتها مقتل ١٤ مزارعا في القصف."), "ووثقت")
    assert (said.speaker.text, said.claim.text) == ("المنظمة الحقوقية", "مقتل ١٤ مزارعا في القصف")
    said = one(records(extractor, "وأعلنت الشرطة بدورها، توقيف ثلاثة مشتبه بهم."), "وأعلنت")
    assert (said.speaker.text, said.claim.text) == ("الشرطة", "توقيف ثلاثة مشتبه بهم")


def test_a_contrast_after_a_comma_opens_another_speakers_clause(extractor: Extractor) -> None:
    text = (
        "وأوضح الشيخ سالم موقفه من الاتفاق في الساحة، غير أن المتحدث باسم التحالف، العقيد ماجد، نفى "
        "توقيع أي اتفاق."
    )
    found = records(extractor, text)
    # the أن of غير أن is no complement of أوضح: no speaker runs through the comma to it
    assert [(r.cue.text, r.speaker.text) for r in found] == [("نفى", "المتحدث باسم التحالف، العقيد ماجد")]
    assert found[0].claim.text == "توقيع أي اتفاق"


def test_a_toll_raised_with_its_kind_between_count_and_dead(extractor: Extractor) -> None:
    text = "ورفعت الرابطة الوطنية لحقوق الإنسان عدد المزارعين القتلى إلى 26."
    said = one(records(extractor, text), "ورفعت")
    assert (said.speaker.text, said.claim.text) == (
        "الرابطة الوطنية لحقوق الإنسان",
        "عدد المزارعين القتلى إلى 26",
    )
    # raising a number of anything else is no toll
    assert records(extractor, "ورفعت الحكومة عدد المقاعد الدراسية إلى ألف مقعد.") == []
