"""Speakers and claims read since the thirty-fifth blind set became a development set: a participle of
renewing before the word renewed (مجددا التأكيد أن ...، مجددا نفيه ...), which continues the sentence's
speaker, while the adverb مجددا (again) after a verb is no cue; a clan or a tribe as a speaker (عشيرة آل
زيدان: ...); "in accordance with" inside a quotation («يجري وفق جدول عادل»), which names no source; a bare
رفع opening its clause (وفي حصيلة جديدة، رفع المرصد عدد القتلى إلى ...), the verbal noun elsewhere.
Sentences written for these tests."""

from __future__ import annotations

from extractkit import after_earlier, one, records, speaker_and_claim

from tracker.extract import Extractor


def test_a_participle_of_renewing_continues_the_speaker(extractor: Extractor) -> None:
    text = (
        "وأفاد الناطق باسم الشرطة، سامر الخطيب، بأن الرهينتين «ما زالتا محتجزتين»، مجددا التأكيد أن "
        "الاشتباك لم يسفر إلا عن مقتل شرطي واحد."
    )
    said = one(after_earlier(extractor, text), "مجددا")
    assert (said.speaker.resolved, said.claim.text) == (
        "الناطق باسم الشرطة، سامر الخطيب",
        "الاشتباك لم يسفر إلا عن مقتل شرطي واحد",
    )
    assert said.claim.polarity == "affirmed"


def test_a_participle_renewing_a_denial_denies(extractor: Extractor) -> None:
    text = "وقال قائد القطاع إن وحداته تقدمت نحو التلال، مجددا نفيه استهداف أي منشأة مدنية."
    said = one(after_earlier(extractor, text), "مجددا")
    assert said.claim.text == "استهداف أي منشأة مدنية"
    assert said.claim.polarity == "negated"


def test_again_after_a_verb_is_no_cue(extractor: Extractor) -> None:
    found = after_earlier(extractor, "ونفت الوزارة مجددا وجود أي معتقلين لديها.")
    assert [r.cue.text for r in found if "معتقلين" in r.claim.text] == ["ونفت"]


def test_a_clan_speaks_as_a_body(extractor: Extractor) -> None:
    found = records(extractor, "عشيرة آل زيدان: لم نوقع على أي هدنة\n\nالقرية - تجددت الاشتباكات أمس.\n")
    said = one(found, ":")
    assert (said.speaker.text, said.speaker.type) == ("عشيرة آل زيدان", "organization")
    assert said.claim.text == "لم نوقع على أي هدنة"
    speaker, _ = speaker_and_claim(extractor, "وأعلنت قبيلة بني عامر أنها ترفض الوساطة.", "وأعلنت")
    assert speaker == "قبيلة بني عامر"


def test_in_accordance_with_inside_a_quotation_names_no_source(extractor: Extractor) -> None:
    text = "وقالت المديرية إن توزيع الحصص «يجري وفق جدول مداورة عادل»."
    found = after_earlier(extractor, text)
    assert [r.cue.text for r in found if "الحصص" in r.claim.text or "جدول" in r.speaker.text] == ["وقالت"]
    assert one(found, "وقالت").claim.text == "توزيع الحصص «يجري وفق جدول مداورة عادل»"


def test_a_bare_verb_of_raising_a_toll_opens_its_clause(extractor: Extractor) -> None:
    text = "وفي حصيلة جديدة، رفع المرصد المحلي عدد قتلى الاشتباكات إلى ١٢."
    speaker, claim = speaker_and_claim(extractor, text, "رفع")
    assert (speaker, claim) == ("المرصد المحلي", "عدد قتلى الاشتباكات إلى ١٢")
    # (inside a clause, the same letters are the verbal noun: no statement)
    found = after_earlier(extractor, "وطالب الأهالي المحافظ بضرورة رفع عدد القتلى في السجلات الرسمية.")
    assert not any(r.cue.text == "رفع" for r in found)
