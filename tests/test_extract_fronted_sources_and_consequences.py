"""Sources and claims read since the twenty-fourth blind set became a development set: a fronted source
with an aside of anonymity or a name in apposition before its فإن or فقد, a body owned by a quoted actor
(المركز الإعلامي لـ«X»), and a consequence the speaker tells of the event he reports (، ما أسفر عن).
Sentences written for these tests."""

from __future__ import annotations

from extractkit import one, records

from tracker.extract import Extractor


def test_a_fronted_source_with_an_aside_of_anonymity(extractor: Extractor) -> None:
    said = one(
        records(
            extractor,
            "وبحسب مصدر عسكري في «لواء الشمال» طلب عدم الكشف عن هويته، فإن طائرة مسيرة قصفت شاحنة قرب الجسر.",
        ),
        "وبحسب",
    )
    # the quoted name ends the source with its closing mark; the aside and فإن are no part of the claim
    assert said.speaker.text == "مصدر عسكري في «لواء الشمال»"
    assert said.speaker.anonymous
    assert said.claim.text == "طائرة مسيرة قصفت شاحنة قرب الجسر"
    # after a comma too, and with a source that names no body
    said = one(
        records(extractor, "وبحسب مسؤول محلي، طلب عدم ذكر اسمه، فإن السوق أغلق أبوابه منذ الصباح."), "وبحسب"
    )
    assert (said.speaker.text, said.claim.text) == ("مسؤول محلي", "السوق أغلق أبوابه منذ الصباح")


def test_a_fronted_source_with_its_name_in_apposition_or_an_occasion(extractor: Extractor) -> None:
    text = "وبحسب المتحدث باسم الشرطة، المقدم خالد النعيمي، فإن الحريق اندلع في مخزن للوقود."
    said = one(records(extractor, text), "وبحسب")
    assert said.speaker.text == "المتحدث باسم الشرطة، المقدم خالد النعيمي"
    assert said.claim.text == "الحريق اندلع في مخزن للوقود"
    said = one(records(extractor, "وبحسب الهيئة في بيان لها، فإن المعبر سيفتح يوم الأحد."), "وبحسب")
    assert (said.speaker.text, said.claim.text) == ("الهيئة", "المعبر سيفتح يوم الأحد")


def test_a_fronted_source_answered_by_faqad(extractor: Extractor) -> None:
    text = "وبحسب مدير الدفاع المدني في المحافظة فقد تمكنت الفرق من إخماد الحريق قبل امتداده."
    said = one(records(extractor, text), "وبحسب")
    assert said.speaker.text == "مدير الدفاع المدني في المحافظة"
    assert said.claim.text == "تمكنت الفرق من إخماد الحريق قبل امتداده"


def test_a_body_owned_by_a_quoted_actor_is_no_channel(extractor: Extractor) -> None:
    text = "ونفى المكتب الإعلامي لـ«قوات سوريا الديمقراطية» في بيان أن تكون قواته قد انسحبت من القرية."
    said = one(records(extractor, text), "ونفى")
    assert said.speaker.text == "المكتب الإعلامي لـ«قوات سوريا الديمقراطية»"
    assert said.via == []
    # a quoted outlet after لـ is still the channel the speaker talked to
    said = one(records(extractor, "وقال الناطق باسم الحركة لـ«الشرق الأوسط» إن الهجوم فشل."), "وقال")
    assert said.speaker.text == "الناطق باسم الحركة"


def test_a_consequence_of_the_reported_event_stays_in_the_claim(extractor: Extractor) -> None:
    text = "وقال مسؤول في البلدية إن قذيفة سقطت على موقف الحافلات، ما أسفر عن مقتل ثلاثة مدنيين."
    said = one(records(extractor, text), "وقال")
    assert said.claim.text == "قذيفة سقطت على موقف الحافلات، ما أسفر عن مقتل ثلاثة مدنيين"
    # any other clause of ما is the writer's comment on it
    said = one(records(extractor, "وأكد الجيش أن قواته صدت الهجوم، ما يعني أن الطريق بات آمنا."), "وأكد")
    assert said.claim.text == "قواته صدت الهجوم"


def test_kama_joins_the_last_speakers_next_statement(extractor: Extractor) -> None:
    text = "وقال المتحدث باسم الجيش إن قواته صدت الهجوم. كما نفى وقوع أي انفجار عند مدخل المعسكر."
    said = one(records(extractor, text), "نفى")
    assert said.speaker.resolved == "المتحدث باسم الجيش"
    assert said.claim.text == "وقوع أي انفجار عند مدخل المعسكر"
    # after a comma it ends the claim before it
    found = records(extractor, "وقال المتحدث باسم الجيش إن قواته صدت الهجوم، كما نفى وقوع أي انفجار.")
    assert [r.claim.text for r in found] == ["قواته صدت الهجوم", "وقوع أي انفجار"]


def test_fighters_speak_of_their_side(extractor: Extractor) -> None:
    text = "وأكد المتحدث أن القوات ترفض الاندماج، في حين يؤكد مقاتلون سابقون في الحركة أن قادتها يرفضونه."
    said = one(records(extractor, text), "يؤكد")
    assert (said.speaker.text, said.speaker.anonymous) == ("مقاتلون سابقون في الحركة", True)


def test_a_verb_after_a_count_of_a_group_is_the_announcers(extractor: Extractor) -> None:
    text = "وأعلنت الشرطة ضبط عصابة من خمسة أشخاص قالت إنهم كانوا يهربون أسلحة عبر الحدود."
    found = records(extractor, text)
    assert [(r.cue.text, r.claim.text) for r in found] == [
        ("وأعلنت", "ضبط عصابة من خمسة أشخاص"),
        ("قالت", "كانوا يهربون أسلحة عبر الحدود"),
    ]
    assert found[1].speaker.resolved == "الشرطة"


def test_a_participle_speaks_for_the_actor_after_its_sentences_first_verb(extractor: Extractor) -> None:
    text = (
        "وقال الناطق باسم الحكومة إن القوات دخلت المنطقة.\n"
        "وجددت كتائب حزب الله، في بيان ثان، تحميل واشنطن مسؤولية الضربة، "
        "معلنة أن عدد قتلاها ارتفع إلى سبعة.\n"
        "وفي بغداد، أكدت وزارة الصحة أن المستشفيات استقبلت الجرحى، مشيرة إلى أن بعضهم في حالة حرجة."
    )
    found = records(extractor, text)
    assert one(found, "معلنة").speaker.resolved == "كتائب حزب الله"
    # a speaker quoted before it in its sentence speaks on, whoever acted first
    text = "وشنت قوات الدعم السريع هجوما على الحاجز، وقالت وزارة الدفاع إن قواتها صدته، مؤكدة أن الطريق آمن."
    assert one(records(extractor, text), "مؤكدة").speaker.resolved == "وزارة الدفاع"
    # after a preposition the actor is a place; the quoted speaker of the sentence speaks on
    assert one(found, "مشيرة").speaker.resolved == "وزارة الصحة"
