"""Speakers and cues read since the twenty-second blind set became a development set: a long subject
before its verb with an aside of anonymity between them, a group's long quoted name after the verb, and a
word renewed (جدد تأكيده أن). Sentences written for these tests."""

from __future__ import annotations

from extractkit import one, records

from tracker.extract import Extractor


def test_an_aside_of_anonymity_is_no_part_of_the_subjects_length(extractor: Extractor) -> None:
    text = (
        "لكن موظفا حكوميا سابقا في دائرة الزراعة بالمدينة، طلب عدم الكشف عن هويته خوفا من الملاحقة، "
        "أبلغ «الشرق الأوسط» أن الشاحنات غادرت المخازن فجرا."
    )
    said = one(records(extractor, text), "أبلغ")
    assert said.speaker.text == "موظفا حكوميا سابقا في دائرة الزراعة بالمدينة"
    assert said.speaker.anonymous
    assert said.claim.text == "الشاحنات غادرت المخازن فجرا"


def test_a_groups_long_quoted_name_after_the_verb_speaks(extractor: Extractor) -> None:
    said = one(records(extractor, "ونفت «الجبهة الوطنية من أجل العدالة» في بيان أي صلة لها بالكمين."), "ونفت")
    assert said.speaker.text == "«الجبهة الوطنية من أجل العدالة»"
    assert (said.speaker.type, said.claim.polarity) == ("organization", "negated")
    # a quotation of speech after the verb is no name, whatever its first word
    assert records(extractor, "وأكد «الجيش استعاد البلدة بالكامل».") == []


def test_a_word_renewed_is_a_cue(extractor: Extractor) -> None:
    said = one(records(extractor, "وجددت الوزارة، في بيان، تأكيدها أن القوات لم تغادر الميناء."), "وجددت")
    assert (said.speaker.text, said.claim.text) == ("الوزارة", "القوات لم تغادر الميناء")
    # renewing anything else is no saying
    assert records(extractor, "وجدد الطيران قصفه للأحياء الشرقية.") == []
    # a verbal noun with its pronoun after the subject is that verb's object (جددت X نفيها), not a cue
    found = records(
        extractor, "وجددت أسمرة نفيها، إذ قال المتحدث باسم الحكومة الإريترية إن «التقارير ملفقة»."
    )
    assert [(r.cue.text, r.speaker.text) for r in found] == [("قال", "المتحدث باسم الحكومة الإريترية")]


def test_the_word_renewed_with_its_article_is_a_cue(extractor: Extractor) -> None:
    said = one(records(extractor, "وجدد المكتب التأكيد أن المعبر سيبقى مغلقا."), "وجدد")
    assert (said.speaker.text, said.claim.text) == ("المكتب", "المعبر سيبقى مغلقا")
    # with no subject of its own, the renewed word is the claim's opening, not its first word
    text = "وقالت الحركة إن مقاتليها دخلوا المقر، وجددت تأكيدها أن مقاتليها أسروا 12 جنديا."
    found = records(extractor, text)
    assert one(found, "وجددت").claim.text == "مقاتليها أسروا 12 جنديا"
    # a bare أن, or على أن, after a renewed thing is another clause's
    assert records(extractor, "وجددت الإدارة عقد المدرب بعد أن انتهى عقده السابق.") == []
    assert records(extractor, "وجدد النادي طلبه باستعارة اللاعب على أن يكون الرد خلال أيام.") == []
