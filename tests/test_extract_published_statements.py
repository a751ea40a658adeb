"""Speakers of statements they published (وأصدرت الهيئة بيانا قالت فيه إن ...), read since the twenty-ninth
blind set became a development set: the owner between the verb of publishing and the statement speaks,
however long its name, and a paragraph's opening words (في المقابل،) are no part of it; a clause told done
before the verb (وكانت الوزارة قد فككت خلية ... اتهموا) is no subject. Sentences written for these tests."""

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


def test_a_clause_told_done_before_the_verb_is_no_subject(extractor: Extractor) -> None:
    text = (
        f"{EARLIER}\n\nوكانت وزارة الداخلية في العاصمة قد فككت، فجر الأحد، خلية تضم ثمانية عناصر اتهموا "
        "بالتخطيط لهجمات داخل العاصمة."
    )
    assert [r.speaker.text for r in records(extractor, text)] == ["المتحدث باسم الشرطة، العقيد فارس نعمان"]
    # (a statement published is told done too: its owner speaks)
    told = f"{EARLIER}\n\nوكانت الحركة قد بثت مساء الأحد مقطعا مصورا قالت إنه يظهر مقاتليها في البلدة."
    assert records(extractor, told)[-1].speaker.text.startswith("الحركة")
