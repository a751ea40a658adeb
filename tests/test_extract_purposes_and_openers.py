"""A statement told as the purpose of the sentence's verb (عاد الوزير ليؤكد أن ...، خرجت الناطقة لتنفي ...):
لـ and the imperfect continues its subject's statement as a participle does. A participle or purpose form
with no speaker quoted before it in its sentence belongs to the post or body right after the sentence's
first verb (وخرج المتحدث باسم الجيش في مؤتمر صحفي، مؤكدا أن ...), not only to a listed actor; and the
statement the claim is in (معلنة فيه أن ...) is no object of it. Read with them, since the thirty-third blind
set became a development set: a chain's second source (نقلت X عن مصدر طبي أن ...، وعن مصدر في البلدية أن
...); a known actor as a headline's label (باماكو: ...); a broken plural's feminine adjective in the
speaker (واتهمت مصادر تركية الحزب ب...); women as speakers (وقالت نساء من البلدة إن); a known actor with
the article as a speaker (وقالت الأسايش إن).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import EARLIER, after_earlier, one, records, speaker_and_claim

from tracker.extract import Extractor

CASES = [
    ("وعاد وزير الدفاع ليؤكد أن الاتفاق لم يوقع بعد.", "ليؤكد", "وزير الدفاع", "الاتفاق لم يوقع بعد"),
    (
        "وخرجت الناطقة باسم البعثة لتنفي وجود أي قوات أجنبية في المدينة.",
        "لتنفي",
        "الناطقة باسم البعثة",
        "وجود أي قوات أجنبية في المدينة",
    ),
    (
        "وخرج المتحدث باسم الجيش في مؤتمر صحفي، مؤكدا أن قواته ما زالت تسيطر على التلة.",
        "مؤكدا",
        "المتحدث باسم الجيش",
        "قواته ما زالت تسيطر على التلة",
    ),
    (
        "وأصدرت الحركة بيانا لتعلن فيه أن مقاتليها انسحبوا من البلدة.",
        "لتعلن",
        "الحركة",
        "مقاتليها انسحبوا من البلدة",
    ),
    (
        "ونشرت الوزارة صورا للحطام، مؤكدة فيها أن الطائرة سقطت داخل أراضيها.",
        "مؤكدة",
        "الوزارة",
        "الطائرة سقطت داخل أراضيها",
    ),
]
IDS = [
    "returned-to-affirm",
    "came-out-to-deny",
    "participle-after-post",
    "purpose-in-statement",
    "in-it-that",
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "claim"), CASES, ids=IDS)
def test_the_subject_of_the_opening_verb_speaks(
    extractor: Extractor, sentence: str, cue: str, speaker: str, claim: str
) -> None:
    assert speaker_and_claim(extractor, sentence, cue) == (speaker, claim)


def test_a_purpose_form_continues_the_statement_before_it(extractor: Extractor) -> None:
    found = after_earlier(
        extractor, "وقال المتحدث باسم الشرطة إن الهجوم فشل، ليؤكد أن عناصره ما زالوا في الحي."
    )
    said, purpose = one(found, "وقال"), one(found, "ليؤكد")
    assert said.claim.text == "الهجوم فشل"
    assert (purpose.speaker.resolved, purpose.claim.text) == (
        "المتحدث باسم الشرطة",
        "عناصره ما زالوا في الحي",
    )


def test_a_purpose_form_denies(extractor: Extractor) -> None:
    said = one(after_earlier(extractor, "وعادت الوزارة لتنفي سقوط أي قتلى في الغارة."), "لتنفي")
    assert (said.claim.text, said.claim.polarity) == ("سقوط أي قتلى في الغارة", "negated")


def test_a_chain_names_a_second_source_through_the_same_outlet(extractor: Extractor) -> None:
    found = after_earlier(
        extractor,
        "ونقلت إذاعة محلية عن مصدر طبي أن المستشفى استقبل 9 جثث، وعن مصدر في البلدية أن"
        " 30 عائلة فرت من الحي.",
    )
    said = [(r.speaker.text, r.claim.text, [v.text for v in r.via]) for r in found if r.cue.text == "ونقلت"]
    assert said == [
        ("مصدر طبي", "المستشفى استقبل 9 جثث", ["إذاعة محلية"]),
        ("مصدر في البلدية", "30 عائلة فرت من الحي", ["إذاعة محلية"]),
    ]


@pytest.mark.parametrize("label", ["باماكو", "الأسايش"])
def test_a_known_actor_labels_a_headline(extractor: Extractor, label: str) -> None:
    said = records(extractor, f"{label}: الطائرة سقطت داخل أراضينا\n\n{EARLIER}")[0]
    assert (said.speaker.text, said.cue.text, said.claim.text) == (label, ":", "الطائرة سقطت داخل أراضينا")


def test_a_broken_plural_takes_a_feminine_adjective(extractor: Extractor) -> None:
    said = one(after_earlier(extractor, "واتهمت مصادر تركية الحزب بتنفيذ الهجوم."), "واتهمت")
    assert (said.speaker.text, said.claim.text) == ("مصادر تركية", "الحزب بتنفيذ الهجوم")


def test_women_speak(extractor: Extractor) -> None:
    said = one(after_earlier(extractor, "وقالت نساء من البلدة إن الدورية اقتحمت المنازل."), "وقالت")
    assert (said.speaker.text, said.speaker.anonymous) == ("نساء من البلدة", True)


def test_a_known_actor_with_the_article_speaks(extractor: Extractor) -> None:
    said = one(after_earlier(extractor, "وقالت الأسايش في بيان إن الحصيلة ستة قتلى."), "وقالت")
    assert (said.speaker.text, said.speaker.type, said.claim.text) == (
        "الأسايش",
        "organization",
        "الحصيلة ستة قتلى",
    )
