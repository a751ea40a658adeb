"""Speakers of statements they published (وأصدرت الهيئة بيانا قالت فيه إن ...), read since the twenty-ninth
blind set became a development set: the owner between the verb of publishing and the statement speaks,
however long its name, and a paragraph's opening words (في المقابل،) are no part of it. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from extractkit import records

from tracker.extract import Extractor

EARLIER = "قال المتحدث باسم الشرطة، العقيد فارس نعمان، إن الطريق إلى الميناء مغلق."


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("وأصدرت هيئة الدفاع المدني بيانا قالت فيه إن الحريق أخمد.", "هيئة الدفاع المدني"),
        ("ونشر حزب العمال الديمقراطي تسجيلا صوتيا أكد فيه أن مرشحه انسحب.", "حزب العمال الديمقراطي"),
        ("بثت الحركة بيانا مشتركا قالت فيه إن الهدنة صامدة.", "الحركة"),
        # (when it was published is no part of the owner)
        ("أصدرت قيادة الشرطة، مساء الأحد، بيانا قالت فيه إن الطريق فتح.", "قيادة الشرطة"),
    ],
)
def test_the_owner_of_a_published_statement_speaks(extractor: Extractor, sentence: str, owner: str) -> None:
    said = records(extractor, f"{EARLIER}\n\n{sentence}")[-1]
    assert said.speaker.text == owner
    assert said.speaker.type == "organization"


def test_a_long_owner_after_a_paragraph_opener_is_still_the_speaker(extractor: Extractor) -> None:
    text = (
        f"{EARLIER}\n\nفي المقابل، بث القائد الميداني في قوات جبهة الخلاص، العقيد منصور آدم حامد، "
        "مقطعا مصورا قال فيه إن عناصره «يحرسون مداخل البلدة منذ يومين»."
    )
    said = records(extractor, text)[-1]
    assert said.speaker.resolved == "القائد الميداني في قوات جبهة الخلاص، العقيد منصور آدم حامد"
    assert said.claim.text == "عناصره «يحرسون مداخل البلدة منذ يومين»"
