"""Speakers read since the thirtieth blind set became a development set: العام after a post or a place is
"general", not the year (الأمين العام، مستشفى المدينة العام); a body of a named place or person (مستشفى
كوبانا العام، حكومة X); a name in apposition that no lexicon knows, closed by a comma, before an object
(، هايلي برهي، ارتفاع ...) or after بحسب/وفق; الطبيب and المحامي as titles; no official marker after a
definite word (اتهم الجيش قوات X: the object); more ways of asking for anonymity (طلب التكتم على اسمه،
طلبوا حجب أسمائهم); a place's name that reads as a verb (منطقة رايا); a government service (خدمة الاتصال)
as a body; the same statement named before the object (في البيان ذاته); and a denial retold from its
source (نقلت الوكالة عن X نفيه). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import EARLIER, after_earlier, records

from tracker.extract import Extractor


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "وقال الأمين العام للجامعة العربية إن الاجتماع تأجل.",
            "الأمين العام للجامعة العربية",
            "الاجتماع تأجل",
        ),
        ("وبحسب المدعي العام، فإن خمسة أشخاص أوقفوا.", "المدعي العام", "خمسة أشخاص أوقفوا"),
        (
            "وأعلن مدير مستشفى كوبانا العام، هايلي برهي، ارتفاع الحصيلة إلى 19 قتيلا.",
            "مدير مستشفى كوبانا العام، هايلي برهي",
            "ارتفاع الحصيلة إلى 19 قتيلا",
        ),
        (
            "ووفق مدير مستشفى النخيل العام، الطبيب سليم عواد، استقبل المستشفى جثث 14 شخصا.",
            "مدير مستشفى النخيل العام، الطبيب سليم عواد",
            "استقبل المستشفى جثث 14 شخصا",
        ),
    ],
    ids=["secretary-general", "prosecutor-general", "unknown-name", "doctor"],
)
def test_a_general_post_and_its_holder_speak(
    extractor: Extractor, sentence: str, speaker: str, claim: str
) -> None:
    said = after_earlier(extractor, sentence)[-1]
    assert (said.speaker.text, said.claim.text) == (speaker, claim)


def test_the_year_still_ends_a_speaker(extractor: Extractor) -> None:
    said = after_earlier(extractor, "وقالت الوزارة العام الماضي إن الأوضاع تحسنت.")[-1]
    assert said.speaker.text == "الوزارة"


def test_a_body_after_a_definite_speaker_is_the_object(extractor: Extractor) -> None:
    said = after_earlier(extractor, "واتهم الجيش السوداني قوات حفتر بالتنسيق مع المتمردين.")[-1]
    assert said.speaker.text == "الجيش السوداني"
    assert "حفتر" in said.claim.text


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد ضابط في الجيش، طلب التكتم على اسمه، أن الجيش يسيطر على المدينة كليا.",
        "وقال سكان، طلبوا حجب أسمائهم، إن الجيش يسيطر على المدينة كليا.",
        "وروى شهود، شريطة إغفال هوياتهم، أن الجيش يسيطر على المدينة كليا.",
    ],
    ids=["kept-secret", "withheld", "left-out"],
)
def test_more_ways_of_asking_for_anonymity(extractor: Extractor, sentence: str) -> None:
    said = after_earlier(extractor, sentence)[-1]
    assert said.speaker.anonymous
    assert "،" not in said.speaker.text
    assert said.claim.text == "الجيش يسيطر على المدينة كليا"


def test_a_place_named_like_a_verb_is_no_cue(extractor: Extractor) -> None:
    # (رايا reads رأيا, "the two saw", once normalized)
    text = (
        f"{EARLIER}\n\nأعلنت الحركة أن قواتها دخلت بلدة المرج، كبرى بلدات منطقة رايا «الجبلية»، "
        "مؤكدة مقتل عشرة من المهاجمين."
    )
    said = records(extractor, text)
    assert [r.speaker.resolved for r in said[1:]] == ["الحركة", "الحركة"]


def test_a_government_service_speaks_and_its_participle_too(extractor: Extractor) -> None:
    text = (
        f"{EARLIER}\n\nذكرت خدمة الاتصال الحكومية أن وحدات الجيش انتشرت في البلدة، مشددة على أنه "
        "«لا وجود لأي قوة أخرى» فيها."
    )
    said = records(extractor, text)[1:]
    assert [r.speaker.resolved for r in said] == ["خدمة الاتصال الحكومية"] * 2


def test_the_same_statement_is_no_part_of_the_object(extractor: Extractor) -> None:
    text = f"{EARLIER}\n\nواتهمت الوزارة في البيان ذاته الحركة بقصف السوق."
    said = records(extractor, text)[-1]
    assert (said.speaker.text, said.claim.text) == ("الوزارة", "الحركة بقصف السوق")


def test_a_denial_retold_from_its_source_is_the_sources(extractor: Extractor) -> None:
    text = f"{EARLIER}\n\nونقلت وكالة الأنباء المحلية عن قائد الفصيل سليم عواد نفيه شن أي هجوم على البلدة."
    said = records(extractor, text)[-1]
    assert said.speaker.text == "قائد الفصيل سليم عواد"
    assert said.claim.polarity == "negated"
