"""Read since the thirty-ninth blind set became a development set: a speaker's acronym in brackets or
quotes before بـ and the verbal noun it reports (أفاد المكتب (أوكسا) بنزوح ...); a coast guard or a
country as a headline's source; a verbal noun of firing, shelling or storming right after a verb of denial
is what it denies; a network of people is an organization; a word for a place and the place's name are no
one's name, an honorific is the speaker's own, القيادي an official's title many hold. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from extractkit import after_earlier, records

from tracker.extract import Extractor


@pytest.mark.parametrize(
    ("sentence", "speaker", "claim"),
    [
        (
            "وأفادت المفوضية السامية لشؤون اللاجئين (المفوضية) بوصول نحو ألفي لاجئ إلى المخيم.",
            "المفوضية السامية لشؤون اللاجئين (المفوضية)",
            "بوصول نحو ألفي لاجئ إلى المخيم",
        ),
        (
            "فيما أفاد مكتب تنسيق الإغاثة «أوكسا» بنزوح نحو ثلاثة آلاف شخص من القرى الشرقية.",
            "مكتب تنسيق الإغاثة «أوكسا»",
            "بنزوح نحو ثلاثة آلاف شخص من القرى الشرقية",
        ),
    ],
)
def test_a_speakers_acronym_before_the_reported_verbal_noun(
    extractor: Extractor, sentence: str, speaker: str, claim: str
) -> None:
    said = [
        (r.speaker.text, r.claim.text) for r in after_earlier(extractor, sentence) if "أفاد" in r.cue.text
    ]
    assert said == [(speaker, claim)]


@pytest.mark.parametrize(
    "headline",
    ["خفر السواحل الليبية: توقيف قارب يقل 40 مهاجرا قبالة صبراتة", "تشاد: مقتل 12 جنديا في هجوم قرب البحيرة"],
)
def test_a_coast_guard_or_a_country_is_a_headlines_source(extractor: Extractor, headline: str) -> None:
    source, claim = headline.split(": ")
    found = records(extractor, f"{headline}\n\nقال مسؤول في البلدية إن الطريق مغلق.")
    assert [(r.speaker.text, r.claim.text) for r in found if r.claim.kind == "headline"] == [(source, claim)]


@pytest.mark.parametrize("noun", ["إطلاق", "قصف", "اقتحام"])
def test_a_verbal_noun_right_after_a_denial_is_what_it_denies(extractor: Extractor, noun: str) -> None:
    sentence = f"وأكدت قيادة الشرطة أن الدورية تعرضت لكمين، ونفت {noun} أي منزل في الحي."
    found = [r for r in after_earlier(extractor, sentence) if r.cue.text == "ونفت"]
    assert [(r.speaker.resolved, r.claim.text, r.claim.polarity) for r in found] == [
        ("قيادة الشرطة", f"{noun} أي منزل في الحي", "negated")
    ]


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("الشبكة اليمنية لحقوق الإنسان", "organization"),
        ("شبكة أطباء ليبيا", "organization"),
        ("شبكة المحامين الأحرار", "organization"),
        ("شبكة شام الإخبارية", "media_outlet"),
        ("غرفة طوارئ الجنينة", "organization"),
    ],
)
def test_a_network_of_people_is_an_organization(extractor: Extractor, speaker: str, kind: str) -> None:
    found = after_earlier(extractor, f"وقالت {speaker} إن 12 شخصا قتلوا في القصف.")
    assert [(r.speaker.text, r.speaker.type) for r in found[1:]] == [(speaker, kind)]


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("سكان في مدينة دوما", "anonymous_source"),  # (the town's name is no one's)
        ("نازحون وصلوا إلى بلدة عين عيسى", "anonymous_source"),
        ("القيادي في حركة فتح رامي عوض", "named_official"),
        ("بائع خبز في السوق القديمة", "anonymous_source"),
        ("سجناء في الجناح الشرقي", "anonymous_source"),
        ("مدير مستشفى البلدة في محافظة إدلب الدكتور عبد الكريم حمدان", "named_official"),
        ("رئيس بلدية المدينة في عهد الرئيس نبيل الحسيني", "anonymous_official"),  # (the president's name)
    ],
)
def test_whose_name_a_speakers_words_hold(extractor: Extractor, speaker: str, kind: str) -> None:
    found = after_earlier(extractor, f"وقال {speaker} إن القصف استمر ساعة.")
    assert [(r.speaker.text, r.speaker.type) for r in found[1:]] == [(speaker, kind)]
