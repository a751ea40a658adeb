"""Speakers read since the thirty-first blind set became a development set: تابع لـ after a noun is
"belonging to", not the verb "went on" (مسؤول محلي تابع للإدارة); a description opened by a definite
participle after a comma is no part of the speaker (ولاية النهرين، المعروفة سابقا بـ...، أن); ولاية and إقليم
as bodies; a body announced after the speaker's name (أعلن X، Y، تشكيل لجنة); a loss of posts told by its
verbal noun (نفى فقدان أي موقع); a verb of speaking on a condition, or
to an outlet, inside the speaker's aside (مسؤول، تحدث شريطة عدم الكشف عن هويته، إن / سكانا تحدثوا لبي بي
سي قالوا); and an event verb before a bounded count or after a dual (قتلوا ما لا يقل عن ثمانية مدنيين، جنديان
قتلا); a headline's short source resolved to the fullest name in the body (الحركة الوطنية: جبهة الحركة
الوطنية). Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import after_earlier, one, records

from tracker import quantities
from tracker.extract import Extractor
from tracker.propositions import proposition


def test_belonging_to_a_body_is_part_of_the_speaker(extractor: Extractor) -> None:
    found = records(extractor, "وقال مسؤول محلي تابع للإدارة، طلب عدم نشر اسمه، إن البلدة لم تشهد نزوحا.")
    said = one(found, "وقال")
    assert (said.speaker.text, said.speaker.type, said.claim.text) == (
        "مسؤول محلي تابع للإدارة",
        "anonymous_official",
        "البلدة لم تشهد نزوحا",
    )
    # (with its conjunction the form is still the verb of going on)
    went_on = after_earlier(extractor, "وتابع الوزير أن القوات انسحبت من البلدة.")[-1]
    assert (went_on.cue.text, went_on.speaker.text) == ("وتابع", "الوزير")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("أعلنت ولاية النهرين، المعروفة سابقا بإدارة الجنوب، أن قواتها دخلت بلدة الصفصاف.", "ولاية النهرين"),
        ("قال الجيش، المنتشر في البلدة منذ أشهر، إن قواته دخلت بلدة الصفصاف.", "الجيش"),
        ("وقال إقليم النهرين إن قواته دخلت بلدة الصفصاف.", "إقليم النهرين"),
    ],
    ids=["described-state", "described-army", "region"],
)
def test_a_body_and_the_description_after_it(extractor: Extractor, sentence: str, speaker: str) -> None:
    said = after_earlier(extractor, sentence)[-1]
    assert (said.speaker.text, said.speaker.type) == (speaker, "organization")
    assert said.claim.text.startswith("قواته")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وقال المتحدث باسم الجيش، المقدم سالم العبيدي، إن قواته دخلت بلدة الصفصاف.",
            "المتحدث باسم الجيش، المقدم سالم العبيدي",
        ),
        (
            "وقال الطبيب سالم العبيدي، المشرف العام على المستشفى، إن 34 جريحا وصلوا.",
            "الطبيب سالم العبيدي، المشرف العام على المستشفى",
        ),
    ],
    ids=["rank", "post"],
)
def test_a_rank_or_a_post_after_the_comma_still_names_the_speaker(
    extractor: Extractor, sentence: str, speaker: str
) -> None:
    said = after_earlier(extractor, sentence)[-1]
    assert said.speaker.text == speaker


def test_a_body_announced_after_the_speakers_name(extractor: Extractor) -> None:
    sentence = (
        "وأعلن حاكم ولاية النهرين، سالم العبيدي، تشكيل لجنة من الأعيان ورجال الدين «للتفاوض مع الخاطفين»."
    )
    said = after_earlier(extractor, sentence)[-1]
    assert said.speaker.text == "حاكم ولاية النهرين، سالم العبيدي"
    assert said.claim.text.startswith("تشكيل لجنة من الأعيان")


def test_a_denied_loss_of_posts_is_a_claim_of_ground(extractor: Extractor) -> None:
    said = after_earlier(extractor, "ونفى الجيش فقدان أي موقع على الحدود.")[-1]
    assert said.claim.text == "فقدان أي موقع على الحدود"
    assert said.claim.polarity == "negated"
    assert proposition(said).relation == "control"


def test_an_event_verb_before_a_bounded_count() -> None:
    found = [(q.low, q.high, q.unit, q.of) for q in quantities.find("قتلوا ما لا يقل عن ثمانية مدنيين")]
    assert found == [(8, None, "killed", "civilians")]


def test_speaking_on_a_condition_is_part_of_the_aside(extractor: Extractor) -> None:
    sentence = "وقال مسؤول أممي في المدينة، تحدث شريطة عدم الكشف عن هويته، إن خمسة عمال إغاثة خطفوا."
    said = after_earlier(extractor, sentence)[-1]
    assert (said.speaker.text, said.speaker.anonymous, said.claim.text) == (
        "مسؤول أممي في المدينة",
        True,
        "خمسة عمال إغاثة خطفوا",
    )


def test_whom_the_speakers_told_before_their_verb(extractor: Extractor) -> None:
    sentence = "غير أن سكانا تحدثوا لبي بي سي، شرط عدم ذكر أسمائهم، قالوا إن الجنود انسحبوا إلى المطار."
    said = after_earlier(extractor, sentence)[-1]
    assert (said.speaker.text, said.speaker.type) == ("سكانا", "anonymous_source")
    assert [hop.text for hop in said.via] == ["لبي بي سي"]


def test_a_verb_after_a_dual_count() -> None:
    found = [(q.low, q.unit, q.of) for q in quantities.find("جنديان قتلا في الهجوم، ومدنيين اثنين فقط أصيبا")]
    assert found == [(2, "killed", "soldiers"), (2, "wounded", "civilians")]
    assert [(q.low, q.unit) for q in quantities.find("جنديان في الموقع")] == [(2, "soldiers")]


def test_a_headline_source_is_the_fullest_name_in_the_body(extractor: Extractor) -> None:
    text = (
        "الحركة الوطنية: قواتنا دخلت بلدة الصفصاف\n\n"
        "الصفصاف- أعلنت جبهة الحركة الوطنية أن قواتها دخلت بلدة الصفصاف بعد قتال عنيف."
    )
    headline = one(records(extractor, text), ":")
    assert (headline.speaker.text, headline.speaker.resolved) == ("الحركة الوطنية", "جبهة الحركة الوطنية")
    assert headline.speaker.type == "organization"
