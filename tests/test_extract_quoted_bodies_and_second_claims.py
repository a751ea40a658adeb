"""Speakers and claims read since the twenty-eighth blind set became a development set: a body's long
quoted name before an apposition or a headline's colon, alliances and coalitions as heads, a second claim
opened by a fight's verb or verbal noun after a comma, a title's colon with no word after it, and a relative
clause after the speaker with a verb of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import one, records

from tracker.extract import Extractor

NAME = "«تحالف القوى من أجل العدالة»"


def test_a_long_quoted_name_before_an_apposition_is_the_speaker(extractor: Extractor) -> None:
    text = f"قال {NAME}، أكبر فصيل مسلح في البلاد، في بيان إن مقاتليه سيطروا على المطار."
    said = one(records(extractor, text), "قال")
    assert said.speaker.text == f"{NAME}، أكبر فصيل مسلح في البلاد"
    assert said.claim.text == "مقاتليه سيطروا على المطار"
    # a quotation of speech opened by a body's word, its next cue after the comma, stays speech
    speech = "وقال الوزير: «تحالف الأحزاب لن يصمد طويلا أمام الضغط»، مؤكدا أن الحكومة باقية."
    assert [r.claim.text for r in records(extractor, speech)] == [
        "تحالف الأحزاب لن يصمد طويلا أمام الضغط",
        "الحكومة باقية",
    ]


def test_a_headline_source_with_a_long_quoted_name(extractor: Extractor) -> None:
    said = one(records(extractor, f"{NAME}: سيطرنا على مطار المدينة\n\nنص الخبر."), ":")
    assert (said.speaker.text, said.claim.text) == (NAME, "سيطرنا على مطار المدينة")
    # only quotation marks are left out of the count: a footnote's label stays too long for a source
    assert records(extractor, "عنوان\n\n12) انظر محمد سالم، كتاب العلماء: دراسة في التاريخ، ص 91\n") == []


@pytest.mark.parametrize("body", ["تحالف الأحزاب الوطنية", "ائتلاف القوى الثورية", "تجمع المهنيين"])
def test_alliances_and_coalitions_speak_as_bodies(extractor: Extractor, body: str) -> None:
    said = one(records(extractor, f"وقال {body} في بيان إن الانتخابات زورت."), "وقال")
    assert (said.speaker.text, said.speaker.type) == (body, "organization")


def test_a_fights_verb_or_verbal_noun_after_a_comma_opens_a_second_claim(extractor: Extractor) -> None:
    text = "وأكد المتحدث باسم الجيش أن القوات «صدت الهجوم بالكامل»، وقتل 31 مسلحا وأسر 9 آخرين."
    assert [r.claim.text for r in records(extractor, text)] == [
        "القوات «صدت الهجوم بالكامل»",
        "قتل 31 مسلحا وأسر 9 آخرين",
    ]
    text = "وأعلنت القيادة تحييد 35 مهاجما، ومقتل أربعة جنود فقط."
    assert [r.claim.text for r in records(extractor, text)] == ["تحييد 35 مهاجما", "مقتل أربعة جنود فقط"]
    # the wounded of one toll are no second claim, nor a verbal noun written like the verb (قتل) in a list
    text = "وأعلنت القيادة مقتل جنديين، وإصابة ستة آخرين."
    assert [r.claim.text for r in records(extractor, text)] == ["مقتل جنديين، وإصابة ستة آخرين"]
    claim = "التفجيرات تستهدف المساجد، وقتل الأنفس البريئة جريمة"
    assert [r.claim.text for r in records(extractor, f"وحذر المفتي من أن {claim}.")] == [claim]


def test_a_title_colon_with_no_word_after_it_gives_no_claim(extractor: Extractor) -> None:
    text = "نص البيان :ـ\n\nوقال الوزير إن الاجتماع نجح."  # (a tatweel after the colon: no word)
    assert [(r.cue.text, r.claim.text) for r in records(extractor, text)] == [("وقال", "الاجتماع نجح")]


def test_a_relative_clause_after_the_speaker_holds_a_verb_of_its_own(extractor: Extractor) -> None:
    # the verb of the clause (نفى، أعلنت) neither ends the speaker's verb's search for its complement nor
    # stands between the speaker and its own verb
    text = "وقال الوزير، الذي كان قد نفى أمس وجود أي اتفاق، إن المفاوضات مستمرة."
    said = one(records(extractor, text), "وقال")
    assert (said.speaker.text, said.claim.text) == ("الوزير", "المفاوضات مستمرة")
    text = (
        "لكن «جبهة التحرير»، التي كانت قد أعلنت الجمعة سيطرتها على مطار المدينة، قالت في بيان جديد إن "
        "مقاتليها ما زالوا في الأحياء الشرقية."
    )
    said = one(records(extractor, text), "قالت")
    assert (said.speaker.text, said.claim.text) == ("«جبهة التحرير»", "مقاتليها ما زالوا في الأحياء الشرقية")
