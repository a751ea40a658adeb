"""Speakers of a verb that takes its object with no أن (اتهم، نفى), read since the thirty-second blind set
became a development set: a post's holder whose given name no lexicon knows, recognised by the surname in
ال...ي after it (اتهم الشيخ غيث العبادي آل X بـ...); an MP's seat between the post and the name (النائب عن
الحلة مثنى X، النائب عن محافظة الحلة، وليد X، ...); a given name that opens with و (وليد); a verb's own
object after a bound or inside quotation marks (أحصت البعثة «ما لا يقل عن 7 قتلى»، تبنى التنظيم «الهجوم»);
a body described between commas before the object (اتهمت الجبهة، كبرى الفصائل، جنودا ...); entering as a
verbal noun that opens an object (نفى دخول أي جندي); renewing the saying (وجدد ... القول إن). Sentences
written for these tests."""

from __future__ import annotations

import pytest
from extractkit import one, records

from tracker.extract import Extractor

EARLIER = "قال مسؤولون في البلدية إن الطريق إلى السوق مغلق."


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "واتهم الشيخ غيث العبادي مسلحي العشيرة الأخرى بنصب كمين لسيارة.",
            "الشيخ غيث العبادي",
            "مسلحي العشيرة الأخرى بنصب كمين لسيارة",
        ),
        (
            "واتهم النائب رعد الساعدي عناصر من فصيل مسلح بالقتال إلى جانب العشيرة.",
            "النائب رعد الساعدي",
            "عناصر من فصيل مسلح بالقتال إلى جانب العشيرة",
        ),
        (
            "واتهم النائب عن الحلة مثنى الحساني القوات باعتقال عشرين شابا.",
            "النائب عن الحلة مثنى الحساني",
            "القوات باعتقال عشرين شابا",
        ),
        (
            "واتهم النائب عن محافظة الحلة، وليد الجنابي، القوات باعتقال عشرين شابا.",
            "النائب عن محافظة الحلة، وليد الجنابي",
            "القوات باعتقال عشرين شابا",
        ),
    ],
    ids=["sheikh-surname", "mp-surname", "mp-seat-name", "mp-seat-apposition"],
)
def test_a_post_and_the_name_after_it_before_an_object(
    extractor: Extractor, sentence: str, speaker: str, claim: str
) -> None:
    said = one(records(extractor, f"{EARLIER}\n\n{sentence}"), "واتهم")
    assert (said.speaker.text, said.claim.text) == (speaker, claim)
    assert not said.speaker.anonymous


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        # a definite object after the post is no surname (not nisba-shaped after an unknown word)
        ("واتهم الوزير الحكومة السابقة بإهمال الملف.", "الوزير", "الحكومة السابقة بإهمال الملف"),
        # a body's post is followed by its object, not a name
        ("واتهمت الشرطة مسلحي العشيرة بإطلاق النار.", "الشرطة", "مسلحي العشيرة بإطلاق النار"),
    ],
    ids=["definite-object", "body"],
)
def test_an_object_after_a_post_is_not_a_name(
    extractor: Extractor, sentence: str, speaker: str, claim: str
) -> None:
    said = records(extractor, f"{EARLIER}\n\n{sentence}")[-1]
    assert (said.speaker.text, said.claim.text) == (speaker, claim)


def test_a_given_name_that_opens_with_waw(extractor: Extractor) -> None:
    said = one(records(extractor, f"{EARLIER}\n\nواتهم وليد الجنابي القوات باعتقال عشرين شابا."), "واتهم")
    assert (said.speaker.text, said.speaker.type) == ("وليد الجنابي", "named_person")


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "وأحصت البعثة «ما لا يقل عن 7 قتلى» بينهم امرأة وطفل.",
            "البعثة",
            "«ما لا يقل عن 7 قتلى» بينهم امرأة وطفل",
        ),
        ("وأحصى المرصد أكثر من 40 قتيلا في البلدة.", "المرصد", "أكثر من 40 قتيلا في البلدة"),
        ("وتبنى التنظيم «الهجوم» على الحاجز.", "التنظيم", "«الهجوم» على الحاجز"),
    ],
    ids=["quoted-bound", "bound", "quoted-attack"],
)
def test_a_verbs_own_object_quoted_or_bounded(
    extractor: Extractor, sentence: str, speaker: str, claim: str
) -> None:
    said = records(extractor, f"{EARLIER}\n\n{sentence}")[-1]
    assert (said.speaker.text, said.claim.text) == (speaker, claim)


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "واتهمت جبهة الخلاص، كبرى فصائل المعارضة المسلحة، جنودا حكوميين بدخول المخيم.",
            "جبهة الخلاص، كبرى فصائل المعارضة المسلحة",
            "جنودا حكوميين بدخول المخيم",
        ),
        (
            "وكان المتحدث باسم الجيش قد نفى دخول أي جندي إلى المخيم، وجدد في حديث لإذاعة محلية القول إن"
            " قواته «لم تقترب من سياج المخيم».",
            "المتحدث باسم الجيش",
            "دخول أي جندي إلى المخيم",
        ),
    ],
    ids=["body-described", "entering-denied"],
)
def test_an_object_after_a_described_body_or_a_verbal_noun(
    extractor: Extractor, sentence: str, speaker: str, claim: str
) -> None:
    said = records(extractor, f"{EARLIER}\n\n{sentence}")[1]
    assert (said.speaker.text, said.claim.text) == (speaker, claim)


def test_renewing_the_saying_is_a_second_attribution(extractor: Extractor) -> None:
    found = records(
        extractor,
        f"{EARLIER}\n\nنفى المتحدث باسم الجيش دخول أي جندي إلى المخيم، وجدد في حديث لإذاعة محلية القول إن"
        " قواته «لم تقترب من سياج المخيم».",
    )
    renewed = one(found, "وجدد")
    assert renewed.claim.text == "قواته «لم تقترب من سياج المخيم»"
    assert any("إذاعة محلية" in v.text for v in renewed.via)
