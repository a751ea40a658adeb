"""Speakers read since the forty-first blind set became a development set: a programme the organizations
list names, a fund and a bank speak, and a programme of work does not; a guard tells what befell the place he
kept; the Kurdish security police (الأسايش) speak in a headline. Sentences written for these tests."""

from __future__ import annotations

from extractkit import one, records

from tracker.extract import Extractor


def test_a_named_programme_a_fund_or_a_bank_speaks(extractor: Extractor) -> None:
    denied = one(records(extractor, "لكن البرنامج الأممي نفى في بيان أن يكون قد نقل الشحنة."), "نفى")
    assert denied.speaker.text == "البرنامج الأممي" and denied.claim.polarity == "negated"
    said = one(records(extractor, "وقال البنك الدولي في تقريره إن الصادرات تراجعت."), "وقال")
    assert (said.speaker.text, said.speaker.type) == ("البنك الدولي", "organization")
    fund = one(records(extractor, "ورجح صندوق النقد الدولي أن يتسع العجز."), "ورجح")
    assert fund.speaker.text == "صندوق النقد الدولي"
    # (a programme of work is no source: وفق برنامج معلن)
    assert records(extractor, "وتبدأ الدورات الصيفية وفق برنامج معلن سلفا.") == []


def test_a_guard_and_the_asayish_speak(extractor: Extractor) -> None:
    told = one(records(extractor, "وروى حارس المخزن، سالم عمر، أن ثلاثة ملثمين ضربوه وقيدوه."), "وروى")
    assert (told.speaker.text, told.speaker.type) == ("حارس المخزن، سالم عمر", "named_person")
    headline = records(extractor, "أسايش دهوك: لم نعتقل أي صحفي\n\nنص الخبر.")
    assert [(r.speaker.text, r.speaker.type) for r in headline] == [("أسايش دهوك", "organization")]
