"""Speakers of a verb that takes its object with no أن (اتهم، نفى), read since the thirty-second blind set
became a development set: a post's holder whose given name no lexicon knows, recognised by the surname in
ال...ي after it (اتهم الشيخ غيث العبادي آل X بـ...); an MP's seat between the post and the name (النائب عن
الحلة مثنى X، النائب عن محافظة الحلة، وليد X، ...); a given name that opens with و (وليد); a verb's own
object after a bound or inside quotation marks (أحصت البعثة «ما لا يقل عن 7 قتلى»، تبنى التنظيم «الهجوم»);
a body described between commas before the object (اتهمت الجبهة، كبرى الفصائل، جنودا ...); entering as a
verbal noun that opens an object (نفى دخول أي جندي); renewing the saying (وجدد ... القول إن) or a word once
said (وجدد البيان تأكيد ...، وكرر ادعاءه أن) but not a thing (جددت الإدارة عقد اللاعب); a statement that
states (بيانه الذي جاء فيه أن، والذي جاء فيه، بإعادة نشر تدوينة التي جاء فيها); a capital speaking for its
government in a headline; an object noun inside a relative clause of the object (نفت الوزارة الأنباء التي
ترددت بمنع دخول ...) is no object of the verb.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from extractkit import EARLIER, after_earlier, one, records, speaker_and_claim

from tracker.extract import Extractor

CASES = [
    # a post's holder known by the surname in ال...ي after an unknown given name, and an MP's seat
    (
        "واتهم الشيخ غيث العبادي مسلحي العشيرة الأخرى بنصب كمين لسيارة.",
        "واتهم",
        "الشيخ غيث العبادي",
        "مسلحي العشيرة الأخرى بنصب كمين لسيارة",
    ),
    (
        "واتهم النائب رعد الساعدي عناصر من فصيل مسلح بالقتال إلى جانب العشيرة.",
        "واتهم",
        "النائب رعد الساعدي",
        "عناصر من فصيل مسلح بالقتال إلى جانب العشيرة",
    ),
    (
        "واتهم النائب عن الحلة مثنى الحساني القوات باعتقال عشرين شابا.",
        "واتهم",
        "النائب عن الحلة مثنى الحساني",
        "القوات باعتقال عشرين شابا",
    ),
    (
        "واتهم النائب عن محافظة الحلة، وليد الجنابي، القوات باعتقال عشرين شابا.",
        "واتهم",
        "النائب عن محافظة الحلة، وليد الجنابي",
        "القوات باعتقال عشرين شابا",
    ),
    # ... but a definite object after the post is no surname, and a body's head takes no name
    ("واتهم الوزير الحكومة السابقة بإهمال الملف.", "واتهم", "الوزير", "الحكومة السابقة بإهمال الملف"),
    ("واتهمت الشرطة مسلحي العشيرة بإطلاق النار.", "واتهمت", "الشرطة", "مسلحي العشيرة بإطلاق النار"),
    # a verb's own object after a bound or inside quotation marks
    (
        "وأحصت البعثة «ما لا يقل عن 7 قتلى» بينهم امرأة وطفل.",
        "وأحصت",
        "البعثة",
        "«ما لا يقل عن 7 قتلى» بينهم امرأة وطفل",
    ),
    ("وأحصى المرصد أكثر من 40 قتيلا في البلدة.", "وأحصى", "المرصد", "أكثر من 40 قتيلا في البلدة"),
    ("وتبنى التنظيم «الهجوم» على الحاجز.", "وتبنى", "التنظيم", "«الهجوم» على الحاجز"),
    # a body described between commas, and entering as a verbal noun that opens the object
    (
        "واتهمت جبهة الخلاص، كبرى فصائل المعارضة المسلحة، جنودا حكوميين بدخول المخيم.",
        "واتهمت",
        "جبهة الخلاص، كبرى فصائل المعارضة المسلحة",
        "جنودا حكوميين بدخول المخيم",
    ),
    (
        "وكان المتحدث باسم الجيش قد نفى دخول أي جندي إلى المخيم، وجدد في حديث لإذاعة محلية القول إن قواته"
        " «لم تقترب من سياج المخيم».",
        "نفى",
        "المتحدث باسم الجيش",
        "دخول أي جندي إلى المخيم",
    ),
    # a word renewed or repeated, and a statement that states
    ("وجدد البيان ذاته تأكيد السيطرة على القريتين.", "وجدد", "البيان ذاته", "تأكيد السيطرة على القريتين"),
    (
        "وجددت الكتائب، في بيان ثان، تحميل الحكومة مسؤولية الضربة.",
        "وجددت",
        "الكتائب",
        "تحميل الحكومة مسؤولية الضربة",
    ),
    ("وكرر التنظيم ادعاءه أن مقاتليه قتلوا ١٢ جنديا.", "وكرر", "التنظيم", "ادعاءه أن مقاتليه قتلوا ١٢ جنديا"),
    ("وأعاد المكتب نشر بيانه الذي جاء فيه أن البلدة لم تسقط.", "جاء", "المكتب", "البلدة لم تسقط"),
    (
        "أما الجهاز فأعاد نشر بيانه الصادر الاثنين، والذي جاء فيه أن عناصره بسطوا سيطرتهم على الطريق.",
        "جاء",
        "الجهاز",
        "عناصره بسطوا سيطرتهم على الطريق",
    ),
    # an object noun inside a relative clause of the object is no object of the verb
    (
        "ونفت وزارة الداخلية الأنباء التي ترددت في وسائل الإعلام بمنع دخول المسافرين إلى البلاد.",
        "ونفت",
        "وزارة الداخلية",
        "الأنباء التي ترددت في وسائل الإعلام بمنع دخول المسافرين إلى البلاد",
    ),
    (
        "وردت الجبهة بإعادة نشر تدوينة متحدثها، التي جاء فيها أن الهجوم لم يستهدف المدنيين.",
        "جاء",
        "الجبهة",
        "الهجوم لم يستهدف المدنيين",
    ),
]
IDS = [
    "sheikh-surname",
    "mp-surname",
    "mp-seat-name",
    "mp-seat-apposition",
    "definite-object",
    "body",
    "quoted-bound",
    "bound",
    "quoted-attack",
    "body-described",
    "entering-denied",
    "renewed-assertion",
    "renewed-blame",
    "repeated-claim",
    "statement-stated",
    "and-which-stated",
    "relative-clause-object",
    "republished-post",
]


@pytest.mark.parametrize(("sentence", "cue", "speaker", "claim"), CASES, ids=IDS)
def test_the_speaker_and_the_object(
    extractor: Extractor, sentence: str, cue: str, speaker: str, claim: str
) -> None:
    assert speaker_and_claim(extractor, sentence, cue) == (speaker, claim)


def test_a_given_name_that_opens_with_waw(extractor: Extractor) -> None:
    sentence = "واتهم عضو المجلس، وليد الجنابي، القوات باعتقال عشرين شابا."
    said = one(after_earlier(extractor, sentence), "واتهم")
    assert (said.speaker.text, said.claim.text) == ("عضو المجلس، وليد الجنابي", "القوات باعتقال عشرين شابا")


def test_renewing_the_saying_is_a_second_attribution(extractor: Extractor) -> None:
    found = after_earlier(
        extractor,
        "نفى المتحدث باسم الجيش دخول أي جندي إلى المخيم، وجدد في حديث لإذاعة محلية القول إن"
        " قواته «لم تقترب من سياج المخيم».",
    )
    renewed = one(found, "وجدد")
    assert renewed.claim.text == "قواته «لم تقترب من سياج المخيم»"
    assert any("إذاعة محلية" in v.text for v in renewed.via)


@pytest.mark.parametrize(
    "sentence",
    ["وجددت الإدارة عقد اللاعب بعد أن انتهى.", "وكرر الجيش الهجوم على البلدة."],
    ids=["contract", "attack"],
)
def test_renewing_or_repeating_a_thing_is_no_claim(extractor: Extractor, sentence: str) -> None:
    assert len(after_earlier(extractor, sentence)) == 1


def test_a_capital_speaks_for_its_government_in_a_headline(extractor: Extractor) -> None:
    said = records(extractor, f"نواكشوط: وحدة من جيش الجارة قتلت تسعة رعاة قرب الحدود\n\n{EARLIER}")[0]
    assert (said.speaker.text, said.speaker.type, said.cue.text) == ("نواكشوط", "organization", ":")


def test_a_denial_renewed_is_a_denial_of_what_follows(extractor: Extractor) -> None:
    said = one(
        after_earlier(extractor, "وجدد المتحدث باسم الجيش نفيه التوصل إلى أي هدنة مع المتمردين."),
        "وجدد",
    )
    assert (said.claim.text, said.claim.polarity) == ("التوصل إلى أي هدنة مع المتمردين", "negated")
