"""Constructions added after the third look at the blind sets, each on sentences written for these
tests: a subordinate clause (في حين، بينما، فيما) before a second attribution, a relative clause whose
antecedent is the speaker (الوزارة التي قالت إن)، the clause a فيما joins to a claim, a partial quotation
at the start of an indirect claim, anonymity phrases scoped to their own speaker, an occasion noun with a
possessive (في بيانه), and a speaker phrase with a quoted name after في and a rank in apposition."""

from __future__ import annotations

import pytest
from extractkit import one, records

from tracker.extract import Extractor


def test_a_fronted_subordinate_clause_keeps_each_speaker_and_anonymity(extractor: Extractor) -> None:
    found = records(
        extractor,
        "ففي حين قال الوزير محمد سالم في بيانه إنه «لا توجد أي خطة لرفع الأسعار»، أكد مسؤول في الوزارة "
        "لرويترز، طالبا عدم كشف هويته، أن «الأسعار سترتفع الشهر المقبل».",
    )
    first = one(found, "قال")
    assert first.speaker.text == "الوزير محمد سالم"  # في بيانه is the occasion, not the speaker
    assert (first.speaker.type, first.speaker.anonymous) == ("named_official", False)
    assert first.claim.text == "لا توجد أي خطة لرفع الأسعار"
    second = one(found, "أكد")
    assert (second.speaker.type, second.speaker.anonymous) == ("anonymous_official", True)
    assert [v.text for v in second.via] == ["لرويترز"]


def test_the_subordinator_of_the_next_attribution_leaves_the_claim(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال مسؤول في البلدية لم تسمه الصحيفة إن الحريق عرضي، بينما قال المحافظ خالد يوسف إن التحقيق مستمر.",
    )
    first = one(found, "وقال")
    assert first.claim.text == "الحريق عرضي"
    assert first.speaker.anonymous
    second = one(found, "قال")
    assert (second.speaker.type, second.speaker.anonymous) == ("named_official", False)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "type_", "claim"),
    [
        (
            "وهو ما أكدته وزارة الصحة التي قالت في بيان إن عدد المصابين ارتفع إلى 40.",
            "قالت",
            "وزارة الصحة",
            "organization",
            "عدد المصابين ارتفع إلى 40",
        ),
        (
            "ونقلت الوكالة عن المحافظ الذي قال إن المياه ستعود خلال يومين.",
            "قال",
            "المحافظ",
            "named_official",
            "المياه ستعود خلال يومين",
        ),
        (
            "ورحب الأهالي بقرار الحكومة التي قالت إن الدعم سيستمر.",
            "قالت",
            "الحكومة",
            "organization",
            "الدعم سيستمر",
        ),
        (
            "وانتقد النائب محمد سالم رئيس الوزراء الذي قال إن الأزمة انتهت.",
            "قال",
            "رئيس الوزراء",
            "named_official",
            "الأزمة انتهت",
        ),
    ],
)
def test_the_antecedent_of_a_relative_clause_speaks(
    extractor: Extractor, text: str, cue: str, speaker: str, type_: str, claim: str
) -> None:
    r = one(records(extractor, text), cue)
    assert (r.speaker.text, r.speaker.type, r.claim.text) == (speaker, type_, claim)


@pytest.mark.parametrize(
    "text",
    [
        "وكشف المصدر أن الشبكة التي أعلن عن ضبطها كانت تهرب الوقود.",  # أعلن does not agree with التي
        "ونفى المتحدث ما قالت إنه تسريب للوثائق.",  # ما: no antecedent that speaks
    ],
)
def test_a_relative_clause_without_a_speaking_antecedent(extractor: Extractor, text: str) -> None:
    found = records(extractor, text)
    assert all(r.cue.text not in ("أعلن", "قالت") for r in found)


def test_fiima_joins_one_clause_to_the_claim(extractor: Extractor) -> None:
    [r] = records(
        extractor,
        "وقال المصدر إن 14 شخصا أصيبوا في الانفجار، فيما قتل ثلاثة من عناصر الحراسة، "
        "وسط حالة من الهلع في السوق.",
    )
    assert r.claim.text == "14 شخصا أصيبوا في الانفجار، فيما قتل ثلاثة من عناصر الحراسة"


def test_fiima_before_another_speaker_still_ends_the_claim(extractor: Extractor) -> None:
    found = records(extractor, "وقال الوزير إن الميناء مغلق، فيما قالت مصادر محلية إن السفن تفرغ حمولتها.")
    assert one(found, "وقال").claim.text == "الميناء مغلق"
    assert one(found, "قالت").speaker.text == "مصادر محلية"


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "وقال الناطق باسم الدفاع المدني إن «ما لا يقل عن 12 شخصا» لقوا حتفهم في الحريق.",
            "«ما لا يقل عن 12 شخصا» لقوا حتفهم في الحريق",
        ),
        (
            "وكان المتحدث باسم الحزب سامي العلي قد زعم أن «كتيبة الفتح الجديدة» تعمل «بالتنسيق مع عصابات "
            "التهريب» في ريف المدينة.",
            "«كتيبة الفتح الجديدة» تعمل «بالتنسيق مع عصابات التهريب» في ريف المدينة",
        ),
    ],
)
def test_a_quotation_that_opens_the_clause_is_part_of_an_indirect_claim(
    extractor: Extractor, text: str, claim: str
) -> None:
    [r] = records(extractor, text)
    assert (r.claim.text, r.claim.kind) == (claim, "indirect")


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير إن «الوضع مستقر تماما في كل المناطق»، مضيفا أن الطرق مفتوحة.",
        # a relative clause after the closing mark says more of the quotation's last word
        "وقال الوزير إن «الوضع مستقر تماما في كل المناطق» التي زارها الأسبوع الماضي.",
    ],
)
def test_a_whole_quotation_after_inna_stays_direct(extractor: Extractor, text: str) -> None:
    r = one(records(extractor, text), "وقال")
    assert (r.claim.text, r.claim.kind) == ("الوضع مستقر تماما في كل المناطق", "direct")


@pytest.mark.parametrize("joint", [" وأن", "، وإن"])
def test_a_clause_joined_by_wa_anna_after_a_quotation_is_a_second_claim(
    extractor: Extractor, joint: str
) -> None:
    found = records(
        extractor, f"وقال الوزير إن «الوضع مستقر تماما في كل المناطق»{joint} الطرق مفتوحة أمام القوافل."
    )
    assert [(r.speaker.text, r.claim.text, r.claim.kind) for r in found] == [
        ("الوزير", "الوضع مستقر تماما في كل المناطق", "direct"),
        ("الوزير", "الطرق مفتوحة أمام القوافل", "indirect"),
    ]


def test_a_quoted_body_and_a_rank_in_apposition_belong_to_the_speaker(extractor: Extractor) -> None:
    found = records(
        extractor,
        "في المقابل، نفى القائد في «كتيبة الفجر» المنضوية في الجيش الوطني، العقيد محمد سالم، وصول "
        "التعزيزات إلى البلدة، وقال للصحيفة إن الطريق مقطوع.",
    )
    r = one(found, "نفى")
    assert r.speaker.text == "القائد في «كتيبة الفجر» المنضوية في الجيش الوطني، العقيد محمد سالم"
    assert (r.speaker.type, r.speaker.anonymous) == ("named_official", False)
    assert r.claim.text == "وصول التعزيزات إلى البلدة"
    assert one(found, "وقال").speaker.resolved == r.speaker.text


def test_a_rank_in_apposition_makes_a_person_head_an_official(extractor: Extractor) -> None:
    [r] = records(extractor, "وقال القيادي في «لواء الفجر»، النقيب حسان العمر، إن الهجوم صد.")
    assert (r.speaker.type, r.speaker.anonymous) == ("named_official", False)


def test_a_title_inside_the_complement_is_someone_else(extractor: Extractor) -> None:
    [r] = records(extractor, "وقال مسؤول سابق في إدارة الرئيس جورج بوش إن الخطة فشلت.")
    assert r.speaker.anonymous


def test_a_body_is_not_its_own_statement(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال بيان للبيت الأبيض إن الرئيسين بحثا الأزمة. وأضاف البيت الأبيض في بيانه أن الاتصال استمر ساعة.",
    )
    r = one(found, "وأضاف")
    assert r.speaker.text == "البيت الأبيض"
    assert r.speaker.type == "organization"


@pytest.mark.parametrize("however", ["غير أن", "بيد أن", "إلا أن"])
def test_a_however_clause_after_a_comma_ends_the_claim(extractor: Extractor, however: str) -> None:
    """CLAIM، غير أن X قدّر ...: what follows is the outlet's, or another source's, not the speaker's."""
    found = records(
        extractor,
        f"وقال قائد الشرطة العقيد سامي فرج إن عدد القتلى ارتفع إلى تسعة، {however} مدير المنطقة قدّر "
        "العدد بما بين 18 و20 قتيلا.",
    )
    assert one(found, "وقال").claim.text == "عدد القتلى ارتفع إلى تسعة"


def test_one_word_between_a_verb_of_accusing_and_its_accusation_is_the_accused(extractor: Extractor) -> None:
    """..., واتهم الحركة بقصف القرية: the same speaker accusing, الحركة the accused; two phrases before بـ
    hold a subject of their own (واتهمت الحركة الجيش بقصف), and باسم belongs to a speaker's title."""
    found = records(
        extractor,
        "وقال المتحدث باسم الجيش العقيد سالم نور إن القوات سيطرت على البلدة، واتهم الحركة بقصف القرية.",
    )
    accused = one(found, "واتهم")
    assert accused.speaker.resolved == "المتحدث باسم الجيش العقيد سالم نور"
    assert accused.claim.text == "الحركة بقصف القرية"
    own = one(records(extractor, "واتهمت الحركة الجيش بقصف القرية."), "واتهمت")
    assert (own.speaker.text, own.claim.text) == ("الحركة", "الجيش بقصف القرية")
    titled = one(records(extractor, "واتهم المتحدث باسم الحركة الجيش بقصف القرية."), "واتهم")
    assert titled.speaker.text.startswith("المتحدث")


def test_a_preposition_inside_the_occasion_is_not_the_verbs(extractor: Extractor) -> None:
    """أكدت الحركة، في بيان على منصة «إكس»، أن ...: the على belongs to the statement's platform; with no
    complementizer after it before another verb, على is the verb's own (أكد في بيان على أهمية الحوار)."""
    said = "في المقابل، أكدت الحركة، في بيان على منصة «إكس»، أن مقاتليها «يسيطرون بالكامل على البلدة»."
    assert one(records(extractor, said), "أكدت").claim.text == "مقاتليها «يسيطرون بالكامل على البلدة»"
    posted = "وأكد القائد، في مقطع مصور نشره على «فيسبوك» مساء الأحد، أن البلدة «تحت سيطرتنا الكاملة»."
    assert one(records(extractor, posted), "وأكد").claim.text == "البلدة «تحت سيطرتنا الكاملة»"
    named = "وكشفت باحثة في تقرير أعدته عن صندوق التنمية «نماء»، أن الصندوق ضاعف دعمه للمزارعين."
    assert one(records(extractor, named), "وكشفت").claim.text == "الصندوق ضاعف دعمه للمزارعين"
    # (البيان is the speaker here, and على أن the verb's own: وشدد البيان على أن ...)
    stressed = one(records(extractor, "وشدد البيان على أن البلدة «لا تزال تحت السيطرة»."), "وشدد")
    assert (stressed.speaker.text, stressed.claim.text) == ("البيان", "البلدة «لا تزال تحت السيطرة»")
    own = one(records(extractor, "وأكد الرئيس في بيان على أهمية الحوار بين الأطراف."), "وأكد")
    assert own.claim.text == "أهمية الحوار بين الأطراف"
    noun = one(records(extractor, "وأكد الوزير في بيان أمس على أهمية أن تلتزم الأطراف بالهدنة."), "وأكد")
    assert noun.claim.text == "أهمية أن تلتزم الأطراف بالهدنة"  # the أن of أهمية, no comma before it
    # ... nor for a verb that takes no complementizer (أعرب في كلمته أمام المؤتمر عن أمله بأن ...)
    hope = one(records(extractor, "وأعرب الوزير في كلمته أمام المؤتمر عن أمله بأن تنتهي الحرب."), "وأعرب")
    assert hope.claim.text == "أمله بأن تنتهي الحرب"
    # ... nor is a complementizer past another verb the first verb's (وقال إنه: the second claim's)
    found = records(
        extractor, "وكان التنظيم أعلن في بيان على موقع تابع له المسؤولية عن الهجوم وقال إنه قتل 40."
    )
    assert one(found, "وقال").claim.text == "قتل 40"
    assert "قتل 40" not in one(found, "أعلن").claim.text
