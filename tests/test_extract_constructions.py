"""Constructions of Arabic news added after the second blind set (tests/data/relations2), each on
sentences written for these tests: litotes (لا يستبعد), the participle family (مستبعدا، متوعدة، مقرا،
واصفا), coordinated complement clauses (أن A، وأن B), a quoted platform name before the colon of a
quotation, datelines, acronym and anonymous-source headlines, objects of أعلن (مسؤوليتها، القبض),
accusative heads after إن / أن / لكن, sources placed in a body, the channel a participle inherits, and no
cue after a concessive particle (وإن أنكره)."""

from __future__ import annotations

import pytest
from extractkit import one, records

from tracker.extract import Extractor


def test_a_quoted_platform_before_the_colon_is_not_the_quotation(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال المتحدث باسم الفصيل فارس العلي، في بيان نشرته حسابات الفصيل على «إكس»: "
        "«لن نقبل بأي تسوية تفرض علينا من الخارج».",
    )
    r = one(found, "وقال")
    assert r.claim.text == "لن نقبل بأي تسوية تفرض علينا من الخارج"
    assert r.claim.kind == "direct"
    assert r.speaker.type == "named_official"


def test_a_platform_quoted_before_inna_leaves_the_statement(extractor: Extractor) -> None:
    text = "وقال الفيلق الخامس، الذي تشكل قبل عامين، في منشور على «تلغرام» إن طائراته قصفت مخزنا."
    r = one(records(extractor, text), "وقال")
    assert r.speaker.type == "organization"
    assert r.claim.text == "طائراته قصفت مخزنا"


@pytest.mark.parametrize("dateline", ["دمشق: «الحياة»", "عمان: رويترز", "الخرطوم: «عكاظ»"])
def test_a_dateline_is_never_a_headline_attribution(extractor: Extractor, dateline: str) -> None:
    found = records(extractor, f"{dateline}\n\nقال مسؤول محلي إن الطريق أعيد فتحه صباح اليوم.")
    assert [r.cue.text for r in found] == ["قال"]


def test_not_ruling_out_is_an_affirmed_hedge(extractor: Extractor) -> None:
    found = records(
        extractor,
        "ولا يستبعد المحلل السياسي كريم الحسن أن تشهد المدينة موجة نزوح جديدة، "
        "لافتا إلى أن الأسعار تضاعفت خلال الشهر الأخير.",
    )
    r = one(found, "يستبعد")
    assert r.claim.polarity == "affirmed"
    assert r.speaker.text == "المحلل السياسي كريم الحسن"
    assert r.claim.text == "تشهد المدينة موجة نزوح جديدة"
    lafitan = one(found, "لافتا")
    assert lafitan.speaker.resolved == "المحلل السياسي كريم الحسن"  # not an earlier speaker


def test_ruling_out_stays_negated(extractor: Extractor) -> None:
    r = one(records(extractor, "واستبعد الوزير سامر الحداد أن تستأنف المفاوضات قريبا."), "واستبعد")
    assert r.claim.polarity == "negated"


@pytest.mark.parametrize(
    ("text", "cue", "claim", "polarity"),
    [
        (
            "ويرى الباحث نبيل الخوري أن الخلاف بين الحليفين ظرفي، مستبعدا حدوث أي قطيعة بينهما.",
            "مستبعدا",
            "حدوث أي قطيعة بينهما",
            "negated",
        ),
        (
            "وأعلنت النقابة في بيان أن الإضراب سيستمر أسبوعا، متوعدة بتصعيد الاحتجاجات إذا لم تتم الاستجابة.",
            "متوعدة",
            "بتصعيد الاحتجاجات إذا لم تتم الاستجابة",
            "affirmed",
        ),
        (
            "وأعلنت وزارة المالية ارتفاع الإيرادات، مقرة بتراجع الصادرات في الأسواق الخارجية.",
            "مقرة",
            "بتراجع الصادرات في الأسواق الخارجية",
            "affirmed",
        ),
        (  # a feminine dual's participle: the feminine stem and تين, never listed
            "وأكدت الوزارتان في بيان مشترك أن القوات استعادت البلدة، مشيرتين إلى مقتل خمسة جنود في المعارك.",
            "مشيرتين",
            "مقتل خمسة جنود في المعارك",
            "affirmed",
        ),
        (
            "وقال رئيس البرلمان فؤاد المصري إن الجلسة أرجئت، واصفا إياها بأنها «جلسة بلا نصاب».",
            "واصفا",
            "إياها بأنها «جلسة بلا نصاب»",
            "affirmed",
        ),
    ],
)
def test_participles_continue_the_statement(
    extractor: Extractor, text: str, cue: str, claim: str, polarity: str
) -> None:
    found = records(extractor, text)
    r = one(found, cue)
    assert r.claim.text == claim
    assert r.claim.polarity == polarity
    first = [x for x in found if x.cue.text != cue]
    assert first and r.speaker.resolved == first[0].speaker.resolved
    assert cue not in first[0].claim.text  # the first claim stops before the participle


def test_coordinated_complement_clauses_are_two_claims(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وأكد المتحدث باسم البلدية لوكالة الأناضول أن المياه عادت إلى الأحياء الشرقية، "
        "وأن الكهرباء ستعود مساء الغد.",
    )
    assert [r.claim.text for r in found] == ["المياه عادت إلى الأحياء الشرقية", "الكهرباء ستعود مساء الغد"]
    assert {r.speaker.text for r in found} == {"المتحدث باسم البلدية"}
    assert all(r.cue.text == "وأكد" and [v.text for v in r.via] == ["لوكالة الأناضول"] for r in found)


def test_a_coordinated_quotation_is_a_direct_claim(extractor: Extractor) -> None:
    found = records(extractor, "وقال المحافظ إن الجسر أغلق ليلا، وإن «الفرق الفنية تعمل على إصلاحه».")
    assert [(r.claim.text, r.claim.kind) for r in found] == [
        ("الجسر أغلق ليلا", "indirect"),
        ("الفرق الفنية تعمل على إصلاحه", "direct"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # وأن coordinates with the inner أن: one claim
        "وقال المسؤول إن على الوزارة أن تعيد النظر في القرار وأن تعوض المتضررين.",
        # inside the speaker's quotation: his own words, one claim
        "وقال الوزير: «إن الوضع مستقر وإن القوات منتشرة في كل المناطق».",
        # a first clause with commas of its own: where وأن attaches is open
        "وتابع أن الاتفاق، في حال توقيعه، سيغير المعادلة، وأن الوفد يسعى لتجاوز الخلافات.",
        # the complement is a noun, not a clause
        "وكشفت الصحيفة عن اجتماع سري بين قادة الفصيلين وأن الوسطاء يسعون للتوحيد بينهما.",
    ],
)
def test_one_claim_when_the_second_anna_is_not_the_verbs(extractor: Extractor, text: str) -> None:
    assert len(records(extractor, text)) <= 1


def test_an_acronym_given_in_the_article_speaks_as_the_body(extractor: Extractor) -> None:
    found = records(
        extractor,
        "قحش: سيطرنا على التلة الشرقية بعد اشتباكات عنيفة\n\n"
        "أعلنت قوات حماية الشعب (قحش) أنها سيطرت على التلة الشرقية. "
        "وفي سياق آخر، أعلنت قحش اعتقال خمسة مسلحين قرب الجسر.",
    )
    head = one(found, ":")
    assert head.speaker.text == "قحش"
    assert head.speaker.type == "organization"
    assert "قوات حماية الشعب" in head.speaker.resolved
    arrest = next(r for r in found if r.claim.text.startswith("اعتقال"))
    assert arrest.claim.text.startswith("اعتقال خمسة مسلحين")
    assert arrest.speaker.text == "قحش"


def test_an_unknown_short_word_is_still_no_headline_source(extractor: Extractor) -> None:
    found = records(extractor, "قحش: سيطرنا على التلة الشرقية بعد اشتباكات عنيفة\n\nوقع اشتباك قرب الجسر.")
    assert found == []


def test_an_anonymous_source_headline(extractor: Extractor) -> None:
    found = records(
        extractor,
        "مصدر أمني: «الطريق الدولي مغلق» منذ فجر اليوم\n\nقال مصدر أمني إن الطريق أغلق بسبب الاشتباكات.",
    )
    head = one(found, ":")
    assert head.speaker.type == "anonymous_official"
    assert head.claim.text.startswith("«الطريق الدولي مغلق»")


def test_the_credit_label_is_still_no_headline(extractor: Extractor) -> None:
    found = records(extractor, "المصدر: وكالات\n\nقال مسؤول إن الهجوم وقع ليلا.")
    assert [r.cue.text for r in found] == ["قال"]


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        (
            "وأعلنت جماعة مسلحة مرتبطة بالتنظيم مسؤوليتها عن تفجير الجسر.",
            "جماعة مسلحة مرتبطة بالتنظيم",
            "مسؤوليتها عن تفجير الجسر",
        ),
        (
            "وفي المدينة، أعلنت الشرطة العسكرية القبض على ثلاثة أشخاص «كانوا يخططون لتفجير السوق».",
            "الشرطة العسكرية",
            "القبض على ثلاثة أشخاص «كانوا يخططون لتفجير السوق»",
        ),
        ("ونفت وزارة الصحة وقوع أي إصابات جديدة.", "وزارة الصحة", "وقوع أي إصابات جديدة"),
    ],
)
def test_an_object_noun_ends_the_speaker(extractor: Extractor, text: str, speaker: str, claim: str) -> None:
    [r] = records(extractor, text)
    assert (r.speaker.text, r.claim.text) == (speaker, claim)


def test_a_negation_keeps_the_object_noun_inside_the_object(extractor: Extractor) -> None:
    found = records(extractor, "وأكد المحافظ عدم رضاه عن نتائج التحقيق في حادثة سقوط الجسر.")
    assert all(not r.claim.text.startswith("سقوط") for r in found)


def test_an_accusative_source_after_ghayr_anna(extractor: Extractor) -> None:
    [r] = records(extractor, "غير أن مصدراً عسكرياً أكد لوكالة رويترز أن الطائرة أسقطت بصاروخ.")
    assert r.speaker.text == "مصدراً عسكرياً"
    assert (r.speaker.type, r.speaker.anonymous) == ("anonymous_official", True)
    assert [v.text for v in r.via] == ["لوكالة رويترز"]


def test_an_accusative_spokesman_after_ghayr_anna(extractor: Extractor) -> None:
    found = records(
        extractor,
        "غير أن متحدثا باسم وزارة النقل قال، في رد مكتوب على أسئلة الصحيفة، إن الرحلات ستستأنف الأحد.",
    )
    r = one(found, "قال")
    assert r.speaker.text == "متحدثا باسم وزارة النقل"
    assert r.speaker.type == "anonymous_official"


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("وقال مصدر طبي في مستشفى البلدة إن الجرحى تسعة.", "anonymous_official"),
        ("وقالت مصادر في هيئة الموانئ إن السفينة غادرت.", "anonymous_official"),
        ("وقالت مصادر طبية إن الجرحى تسعة.", "anonymous_source"),
        ("وقالت مصادر محلية مطلعة إن السفينة غادرت.", "anonymous_source"),
    ],
)
def test_a_source_placed_in_a_body_is_official(extractor: Extractor, text: str, type_: str) -> None:
    [r] = records(extractor, text)
    assert r.speaker.type == type_


def test_a_participle_inherits_the_channel_of_its_sentence(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال الوزير لوكالة الأناضول إن المفاوضات متوقفة، مضيفا أن الوفد سيعود الأسبوع المقبل.",
    )
    assert [v.text for v in one(found, "مضيفا").via] == ["لوكالة الأناضول"]


def test_a_new_verb_does_not_inherit_the_channel(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال الوزير لوكالة الأناضول إن المفاوضات متوقفة. واتهم الوزير المعارضة بعرقلة الحوار.",
    )
    assert one(found, "واتهم").via == []


def test_al_jazeera_net_is_one_outlet(extractor: Extractor) -> None:
    [r] = records(extractor, "وقال المحلل سامي الرفاعي للجزيرة نت إن الهدنة هشة.")
    assert r.speaker.text == "المحلل سامي الرفاعي"
    assert [v.text for v in r.via] == ["للجزيرة نت"]


def test_insisting_that_is_a_claim_and_insisting_on_a_thing_is_not(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وأصر المتحدث باسم الحركة سامر عواد على أن مقاتليها لم يطلقوا أي رصاصة منذ بدء الهدنة. "
        "كما أصرت الحكومة على موقفها من المفاوضات.",
    )
    r = one(found, "وأصر")
    assert r.speaker.text == "المتحدث باسم الحركة سامر عواد"
    assert r.claim.text == "مقاتليها لم يطلقوا أي رصاصة منذ بدء الهدنة"
    assert [x.cue.text for x in found] == ["وأصر"]


def test_a_finite_verb_with_its_claim_glued_to_bi(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وأقر الجيش بمقتل ثلاثة من جنوده في الكمين. "
        "وأفاد مصدر بالشرطة بوقوع انفجار قرب السوق. "
        "وأشار المتحدث لوكالة الأنباء إلى وقوع اشتباكات.",
    )
    r = one(found, "وأقر")
    assert (r.speaker.text, r.claim.text) == ("الجيش", "بمقتل ثلاثة من جنوده في الكمين")
    r = one(found, "وأفاد")  # the speaker's institution keeps its ب; a verbal noun opens the claim
    assert (r.speaker.text, r.claim.text) == ("مصدر بالشرطة", "بوقوع انفجار قرب السوق")
    # a place after the speaker is no claim (صرح X بمنطقة Y أن ...)
    r = one(records(extractor, "وصرح المتحدث باسم الدفاع المدني بمنطقة الساحل أن الحريق أخمد."), "وصرح")
    assert r.claim.text == "الحريق أخمد"
    r = one(found, "وأشار")  # ل glued is the channel, not the claim
    assert r.claim.text == "وقوع اشتباكات" and [v.text for v in r.via] == ["لوكالة الأنباء"]


def test_the_outlet_a_speaker_told_is_the_channel(extractor: Extractor) -> None:
    r = one(records(extractor, "وأبلغ مصدر أمني «الأنباء» بأن المهاجمين فروا نحو الصحراء."), "وأبلغ")
    assert r.speaker.text == "مصدر أمني"
    assert [v.text for v in r.via] == ["الأنباء"]
    assert r.claim.text == "المهاجمين فروا نحو الصحراء"


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        # the pronoun after the verb points back to ما
        ("وبحسب ما أفاد به شهود عيان، فإن الانفجار وقع قرب المسجد.", "شهود عيان", []),
        # a verb of quoting after ما: the outlet is the intermediary, the source after عن the speaker
        ("وحسب ما نقلته وكالة الأنباء عن مسؤول محلي، فإن المحادثات توقفت.", "مسؤول محلي", ["وكالة الأنباء"]),
    ],
)
def test_according_to_what_a_source_said(
    extractor: Extractor, text: str, speaker: str, via: list[str]
) -> None:
    r = one(records(extractor, text), " ".join(text.split()[:2]))
    assert r.speaker.text == speaker
    assert [v.text for v in r.via] == via


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        # أما X فـVERB: the topic of أما is the speaker
        (
            "أما المتحدث باسم البلدية، فقال إن المياه عادت إلى الأحياء.",
            "المتحدث باسم البلدية",
            "المياه عادت إلى الأحياء",
        ),
        (
            "أما المنظمة الإغاثية فأفادت بمقتل تسعة مدنيين على الأقل.",
            "المنظمة الإغاثية",
            "بمقتل تسعة مدنيين على الأقل",
        ),
        # a bare name before a verbal noun or أي: its subject (أي never ends a name)
        ("وتنفي نيامي أي تعاون مع المسلحين.", "نيامي", "أي تعاون مع المسلحين"),
        ("وأعلنت كتيبة الفجر تنفيذ هجوم على الحاجز.", "كتيبة الفجر", "تنفيذ هجوم على الحاجز"),
        # an abbreviation in parentheses belongs to the name
        (
            "وقال عضو المكتب السياسي لحركة التحرير (فتح) سامي داود إن الحوار توقف.",
            "عضو المكتب السياسي لحركة التحرير (فتح) سامي داود",
            "الحوار توقف",
        ),
        # a dual source; its participle is written as the plural's
        ("وقال مصدران أمنيان إن الطريق أغلق، مضيفين أن القوافل عادت.", "مصدران أمنيان", "الطريق أغلق"),
    ],
)
def test_speakers_of_less_common_orders(extractor: Extractor, text: str, speaker: str, claim: str) -> None:
    r = records(extractor, text)[0]
    assert (r.speaker.text, r.claim.text) == (speaker, claim)


def test_the_plural_participle_of_a_dual_speaker_continues_it(extractor: Extractor) -> None:
    found = records(extractor, "وقال مصدران أمنيان إن الطريق أغلق، مضيفين أن القوافل عادت.")
    assert [(r.cue.text, r.claim.text) for r in found][1] == ("مضيفين", "القوافل عادت")
    assert found[1].speaker.resolved == "مصدران أمنيان"


def test_a_channel_with_its_short_name_and_an_anonymity_phrase(extractor: Extractor) -> None:
    r = one(
        records(extractor, "لكن مسؤولا أمنيا قال لهيئة البث الإسرائيلية (كان) إن «لا قرار بعد» بشأن المعبر."),
        "قال",
    )
    assert r.speaker.text == "مسؤولا أمنيا"
    assert [v.text for v in r.via] == ["لهيئة البث الإسرائيلية (كان)"]
    # the quotation opens the clause, which goes on after it (على is no على لسان here)
    assert (r.claim.text, r.claim.kind) == ("«لا قرار بعد» بشأن المعبر", "indirect")
    r = one(records(extractor, "أما الضابط فقال لـ«المدى»، طالبا عدم ذكر اسمه، إن الدوريات توقفت."), "فقال")
    assert (r.speaker.text, r.claim.text, [v.text for v in r.via]) == (
        "الضابط",
        "الدوريات توقفت",
        ["لـ«المدى»"],
    )


def test_a_quoted_platform_name_is_no_claim(extractor: Extractor) -> None:
    r = one(
        records(extractor, "وقال المتحدث باسم اللواء، في مقطع نشره على منصة «تلغرام»، إن قواته انسحبت."),
        "وقال",
    )
    assert r.claim.text == "قواته انسحبت"
    assert [v.text for v in r.via] == ["منصة «تلغرام»"]


def test_a_verb_inside_an_object_takes_the_first_verbs_subject(extractor: Extractor) -> None:
    found = records(extractor, "وأعلنت الشرطة توقيف خمسة أشخاص قالت إنهم «نقلوا أسلحة» إلى المدينة.")
    assert [(r.cue.text, r.claim.text) for r in found] == [
        ("وأعلنت", "توقيف خمسة أشخاص"),
        ("قالت", "«نقلوا أسلحة» إلى المدينة"),
    ]
    assert found[1].speaker.resolved == "الشرطة"


def test_an_outlet_passing_on_a_report(extractor: Extractor) -> None:
    [r] = records(extractor, "وأوردت قناة «الرافدين» أن ثلاثة مدنيين قتلوا.")
    assert (r.speaker.text, r.speaker.type, r.claim.text) == (
        "قناة «الرافدين»",
        "media_outlet",
        "ثلاثة مدنيين قتلوا",
    )


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("وضبطت الشرطة مخزنا تابعا للعصابة في الحي.", "تابعا"),  # تابعا ل: belonging to, no dual verb
        ("ووصلت شاحنات محملة بالوقود إلى المدينة.", "محملة"),  # loaded with, no verb of blame
        ("وورد في التقرير أن القوات انسحبت.", "وورد"),  # ورد في: it came in, no speaker
    ],
)
def test_look_alikes_of_cues_are_no_attribution(extractor: Extractor, text: str, absent: str) -> None:
    assert all(r.cue.text != absent for r in records(extractor, text))


def test_a_sentence_ending_in_a_number_ends_before_the_next(extractor: Extractor) -> None:
    found = records(
        extractor, "وتستمر الغارات على المنطقة منذ عام 2024. ووفق وزارة الصحة، قتل 40 شخصا هذا الشهر."
    )
    assert [(r.speaker.text, r.claim.text) for r in found] == [("وزارة الصحة", "قتل 40 شخصا هذا الشهر")]


def test_a_second_verb_of_the_speaker_with_its_object(extractor: Extractor) -> None:
    found = records(extractor, "وقال القائد سامي علي إن قواته قصفت مواقع للمسلحين، ونفى سقوط قتلى مدنيين.")
    assert [(r.cue.text, r.claim.text, r.claim.polarity) for r in found] == [
        ("وقال", "قواته قصفت مواقع للمسلحين", "affirmed"),
        ("ونفى", "سقوط قتلى مدنيين", "negated"),
    ]
    assert found[1].speaker.resolved == "القائد سامي علي"


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        # a group named in quotation marks, then its occasion between commas, then the object
        (
            "ونفت «كتائب الفجر»، في بيان نشرته على «تلغرام»، وجود أي تحالف مع التنظيم.",
            "«كتائب الفجر»",
            "وجود أي تحالف مع التنظيم",
        ),
        ("وأكدت «الفجر الجديد» في بيان أنها لا تستهدف المدنيين.", "«الفجر الجديد»", "لا تستهدف المدنيين"),
        # an adjective before the comma belongs to the name (no object is cut off by a comma)
        ("أعلنت قوات الردع الخاصة، الأحد، سيطرتها على المطار.", "قوات الردع الخاصة", "سيطرتها على المطار"),
        # the subject before the verb: an apposition (وهو ...) and an anonymity clause with no relative
        (
            "لكن سامي خليل، وهو نازح يقيم في المدرسة منذ أشهر، قال إن الصاروخ سقط على الصفوف.",
            "سامي خليل",
            "الصاروخ سقط على الصفوف",
        ),
        (
            "لكن قياديا في الحركة لم يكشف عن اسمه زعم، في تسجيل صوتي، أن جماعته تسيطر على الجزر.",
            "قياديا في الحركة",
            "جماعته تسيطر على الجزر",
        ),
        # the channel, then the object: the subject stood before the verb
        (
            "لكن الناطق باسم الحركة سامي علي نفى لـ«الصباح» مشاركة قوات الحركة في المعارك.",
            "الناطق باسم الحركة سامي علي",
            "مشاركة قوات الحركة في المعارك",
        ),
        (
            "ويعتقد الخبير العسكري سامي علي أن التحالف بين الطرفين متين.",
            "الخبير العسكري سامي علي",
            "التحالف بين الطرفين متين",
        ),
    ],
)
def test_speakers_and_objects_around_occasions_and_appositions(
    extractor: Extractor, text: str, speaker: str, claim: str
) -> None:
    r = records(extractor, text)[0]
    assert (r.speaker.text, r.claim.text) == (speaker, claim)


def test_an_object_after_a_comma_is_no_adjective_of_the_speaker(extractor: Extractor) -> None:
    [r] = records(extractor, "واتهم الجيش المتمردين، في بيان، بقصف الأحياء.")
    assert r.speaker.text == "الجيش"
    assert "المتمردين" in r.claim.text


@pytest.mark.parametrize(
    "text",
    [
        "وأعتقد أن الأمر يستحق المحاولة.",
        "ويعتقد أن القتلى من المدنيين.",
        "وغرق قارب يعتقد أنه كان يقل 60 شخصا.",
    ],
)
def test_a_belief_of_the_writer_or_of_no_one_is_no_attribution(extractor: Extractor, text: str) -> None:
    assert records(extractor, text) == []  # أعتقد: I believe; يُعتقد (أنه): it is believed


@pytest.mark.parametrize(
    "text",
    [
        "ورفعت الحكومة الحصار عن المدينة.",
        "ورفعت المحكمة الجلسة إلى الغد.",
        "ورفعت الوزارة عدد الأسرة إلى مئة.",
    ],
)
def test_raising_anything_but_a_toll_is_no_attribution(extractor: Extractor, text: str) -> None:
    assert records(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the أن after a participle is the participle's, not the first verb's
        ("ونفى الرئيس بشدة الاتهامات، مؤكدا أن القوات بريئة.", "الاتهامات"),
        ("ونفت «كتائب الفجر»، في بيان، وجود أي تحالف، معتبرة أن الرواية كاذبة.", "وجود أي تحالف"),
        (
            "لكن الناطق سامي علي نفى لـ«الصباح» مشاركة قوات الحركة، موضحا أن علاقتها سياسية.",
            "مشاركة قوات الحركة",
        ),
        ("وقال مسؤول أمني، في إفادة للصحفيين، إنه لا يوجد تحالف، مستدركا أن هناك تنسيقا.", "لا يوجد تحالف"),
    ],
)
def test_a_participle_after_a_comma_opens_its_own_claim(extractor: Extractor, text: str, first: str) -> None:
    found = records(extractor, text)
    assert [r.claim.text for r in found][:1] == [first]


@pytest.mark.parametrize(
    ("text", "speaker", "via"),
    [
        ("وقال المتحدث عبر «إكس» إن قواته انسحبت.", "المتحدث", ["«إكس»"]),
        ("وقال المتحدث، في بيان نشرته عبر «أعماق»، إن قواته انسحبت.", "المتحدث", ["«أعماق»"]),
        ("ونفت الحركة، في بيان نشرته عبر قناتها على «تلغرام»، وجود أي تحالف.", "الحركة", ["«تلغرام»"]),
        # على before a quoted word is a platform only after a word of publishing or its occasion
        ("وقالت الوزارة التي تشجع على «مصالحة» إن المحادثات مستمرة.", "الوزارة التي تشجع على «مصالحة»", []),
    ],
)
def test_the_platform_a_statement_was_posted_on_is_its_channel(
    extractor: Extractor, text: str, speaker: str, via: list[str]
) -> None:
    r = records(extractor, text)[0]
    assert (r.speaker.text, [v.text for v in r.via]) == (speaker, via)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وقال حاكم الولاية سالم بركات إن الجسر أغلق أمام الشاحنات منذ يومين.", "حاكم الولاية سالم بركات"),
        ("وذكر جهاز الأمن الداخلي في بيان أن عناصره أوقفوا ثلاثة مطلوبين قرب الميناء.", "جهاز الأمن الداخلي"),
        ("وقالت قوة حفظ السلام إن دورياتها تعرضت لإطلاق نار قرب الحدود.", "قوة حفظ السلام"),
        ("ونقلت وكالة محلية عن حاكم الإقليم قوله إن المتمردين انسحبوا من الطريق الساحلي.", "حاكم الإقليم"),
    ],
)
def test_governors_apparatuses_and_forces_speak(extractor: Extractor, text: str, speaker: str) -> None:
    found = records(extractor, text)
    assert [r.speaker.resolved for r in found] == [speaker]


def test_a_body_named_alone_is_not_another_body_of_its_kind(extractor: Extractor) -> None:
    """الحكومة and الوزارة are listed under one head lemma, but they are different bodies; مصدر is one
    source, not the مصادر named before."""
    text = (
        "اشتباكات في الميناء\n\n"
        "وقالت مصادر طبية إن ستة أشخاص أصيبوا في الاشتباكات قرب الميناء.\n\n"
        "وأضافت الوزارة في بيانها أن فرق الإسعاف نقلت المصابين إلى المستشفى.\n\n"
        "واتهمت الحكومة الجماعة المسلحة بإطلاق النار على المارة.\n\n"
        "وكشف مصدر أن المفاوضات مع الجماعة تعثرت منذ أيام.\n"
    )
    found = records(extractor, text)
    assert [r.speaker.resolved for r in found] == ["مصادر طبية", "الوزارة", "الحكومة", "مصدر"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "claim"),
    [
        (  # a verb of continuing
            "وقالت الناطقة باسم المنظمة إن المخيم مكتظ. وأردف المتحدث باسم الجيش أن القوات ستواصل التمشيط.",
            "وأردف",
            "المتحدث باسم الجيش",
            "القوات ستواصل التمشيط",
        ),
        (  # the man named alone is not the woman named before
            "وقالت الناطقة باسم المنظمة إن المخيم مكتظ. وأكد المتحدث أن الطريق سيفتح قريبا.",
            "وأكد",
            "المتحدث",
            "الطريق سيفتح قريبا",
        ),
        (  # نقل X عن Y تأكيده أن: the verbal noun of saying, not part of the speaker
            "ونقلت الإذاعة عن وزير الداخلية تأكيده أن الحدود ستبقى مغلقة.",
            "ونقلت",
            "وزير الداخلية",
            "الحدود ستبقى مغلقة",
        ),
        (  # two bodies joined by و are a dual: their participle is the dual's
            "وأكدت وزارة الدفاع وقوة الحماية، في بيان مشترك، أن القوات دخلت البلدة، مشيرتين إلى مقتل جنديين.",
            "مشيرتين",
            "وزارة الدفاع وقوة الحماية",
            "مقتل جنديين",
        ),
        (  # a definite genitive after a bare head belongs to it, whatever its ending (not an adjective)
            "وأعلن وزير الداخلية، الثلاثاء، مقتل خمسة أشخاص في انفجار قرب المحطة.",
            "وأعلن",
            "وزير الداخلية",
            "مقتل خمسة أشخاص في انفجار قرب المحطة",
        ),
        (  # a new toll as the occasion between the speaker and its object
            "وأعلنت وزارة الصحة، في حصيلة جديدة، ارتفاع عدد الضحايا إلى 31.",
            "وأعلنت",
            "وزارة الصحة",
            "ارتفاع عدد الضحايا إلى 31",
        ),
    ],
)
def test_more_ways_of_saying_who(extractor: Extractor, text: str, cue: str, speaker: str, claim: str) -> None:
    r = one(records(extractor, text), cue)
    assert (r.speaker.resolved, r.claim.text) == (speaker, claim)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "claim", "via"),
    [
        (  # a family name in ال, already named in full, is that person (not the noun "the slogan")
            "أعلن رئيس البلدية، منصور الصباغ، إغلاق السوق. وقال الصباغ لـ«الشرق الأوسط» إن الإغلاق مؤقت.",
            "وقال",
            "رئيس البلدية، منصور الصباغ",
            "الإغلاق مؤقت",
            ["لـ«الشرق الأوسط»"],
        ),
        (  # لـ drawn out before a Latin name: the channel, not the speaker
            "وقال المتحدث باسم الشرطة لـCNN إن الطريق مغلق.",
            "وقال",
            "المتحدث باسم الشرطة",
            "الطريق مغلق",
            ["لـCNN"],
        ),
        (  # على لسان after a verb of quoting: its subject passes the words on
            "ونقلت الصحيفة على لسان المحافظ أن المعبر سيفتح غدا.",
            "ونقلت",
            "المحافظ",
            "المعبر سيفتح غدا",
            ["الصحيفة"],
        ),
        (  # the intermediary before the verb: وكانت X قد نقلت عن Y
            "وكانت إذاعة محلية قد نقلت عن المحافظ قوله إن المعبر سيفتح.",
            "نقلت",
            "المحافظ",
            "المعبر سيفتح",
            ["إذاعة محلية"],
        ),
        (  # a clause of its own after في حين: the source named after it vouches for that clause only
            "وسجلت المستشفيات 12 إصابة، في حين بلغ عدد القتلى أربعة، حسبما أفاد الدفاع المدني.",
            "حسبما",
            "الدفاع المدني",
            "بلغ عدد القتلى أربعة",
            [],
        ),
        (  # a monitor recording a toll
            "ووثقت الشبكة السورية لحقوق الإنسان مقتل 40 مدنيا خلال الشهر.",
            "ووثقت",
            "الشبكة السورية لحقوق الإنسان",
            "مقتل 40 مدنيا خلال الشهر",
            [],
        ),
        (  # the occasion and its channel told before the verb
            "وفي حديث لـ«العربية»، قال المحافظ إن المعبر مغلق.",
            "قال",
            "المحافظ",
            "المعبر مغلق",
            ["لـ«العربية»"],
        ),
        (  # a time between commas before the verb's object
            "وأعلنت البلدية، صباح اليوم، إغلاق السوق.",
            "وأعلنت",
            "البلدية",
            "إغلاق السوق",
            [],
        ),
        (  # a verb describing the speaker, its channel after it; then the speaker's own complement
            "وأفاد مسؤول محلي تحدث لرويترز، مفضلا عدم الكشف عن هويته، بأن المعبر مغلق.",
            "وأفاد",
            "مسؤول محلي",
            "المعبر مغلق",
            ["لرويترز"],
        ),
        (  # a body's name through ل, then the name in apposition, then the verb's object
            "وأعلن رئيس الهيئة العامة لشؤون المعابر، حسن الكردي، إغلاق المعبر.",
            "وأعلن",
            "رئيس الهيئة العامة لشؤون المعابر، حسن الكردي",
            "إغلاق المعبر",
            [],
        ),
    ],
)
def test_surnames_channels_and_clauses(
    extractor: Extractor, text: str, cue: str, speaker: str, claim: str, via: list[str]
) -> None:
    r = one(records(extractor, text), cue)
    assert (r.speaker.resolved, r.claim.text, [v.text for v in r.via]) == (speaker, claim, via)


def test_a_subject_before_its_verb_with_an_aside_of_anonymity(extractor: Extractor) -> None:
    """X، فضل عدم الكشف عن اسمه ...، قال: the aside ends the subject and makes it anonymous."""
    text = "لكن ضابطا في الشرطة، فضل عدم الكشف عن اسمه إذ لا يحق له الحديث، قال لـBBC إن الطريق مغلق."
    r = one(records(extractor, text), "قال")
    assert (r.speaker.text, r.speaker.anonymous, r.claim.text) == ("ضابطا في الشرطة", True, "الطريق مغلق")


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (  # an aside between commas does not hide the second وأن clause
            "وأضاف النائب أن أربعة عمال، بينهم طفل، أصيبوا في الانهيار، وأن فرق الإنقاذ ما زالت تبحث.",
            ["أربعة عمال، بينهم طفل، أصيبوا في الانهيار", "فرق الإنقاذ ما زالت تبحث"],
        ),
        (  # وبأن after a verb's بأن
            "وأفاد شاهد بأن النيران اندلعت في الطابق الأول، وبأن السكان فروا.",
            ["النيران اندلعت في الطابق الأول", "السكان فروا"],
        ),
        (  # a verb that needs a subject, after إنها, is inside the claim: one record
            "وتقول المنظمة إنها وثقت عشرات الانتهاكات في المخيم.",
            ["وثقت عشرات الانتهاكات في المخيم"],
        ),
        (  # وثق without a verbal noun after its subject: verifying an account, not recording an event
            "ووثقت البلدية حسابها على منصة التواصل قبل أسبوع.",
            [],
        ),
        (  # يقدر before its noun: the passive, no speaker
            "ووصل مسلحون يقدر عددهم بالعشرات إلى البلدة.",
            [],
        ),
        (  # عدد من: a quantifier opening the subject, not an object
            "وقال عدد من السكان إن القصف استمر حتى الفجر.",
            ["القصف استمر حتى الفجر"],
        ),
    ],
)
def test_claims_of_one_cue(extractor: Extractor, text: str, claims: list[str]) -> None:
    assert [r.claim.text for r in records(extractor, text)] == claims


# --- seventh session: constructions read from tests/data/relations7 ----------------------------------


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("جبهة تحرير الساحل: قتلنا 12 جنديا في كمين", "جبهة تحرير الساحل"),  # تحرير inside a name
        ("الدعم السريع: قواتنا دخلت المدينة", "الدعم السريع"),  # an actor of entities.yaml, no head
    ],
)
def test_a_headline_source_named_by_a_group_s_name(extractor: Extractor, headline: str, speaker: str) -> None:
    r = one(records(extractor, f"{headline}\n\nوقال شهود إن الاشتباكات استمرت حتى الفجر."), ":")
    assert r.speaker.text == speaker and r.speaker.type == "organization"


def test_a_credit_line_is_still_no_headline_source(extractor: Extractor) -> None:
    found = records(extractor, "تحرير: سامر الخطيب\n\nوقال شهود إن الاشتباكات استمرت حتى الفجر.")
    assert [r.cue.text for r in found] == ["وقال"]


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        ("وجاء في بيان للجنة أن المعتقلين نقلوا إلى سجن.", "بيان للجنة", "المعتقلين نقلوا إلى سجن"),
        ("ونقل المعتقلون إلى سجن، وفق ما جاء في بيان للجنة.", "بيان للجنة", "ونقل المعتقلون إلى سجن"),
        ("وجاء في المركز الأول فريق المدينة.", None, None),  # a place in a ranking, no document
    ],
)  # fmt: skip
def test_what_a_statement_says_is_its_claim(
    extractor: Extractor, text: str, speaker: str | None, claim: str | None
) -> None:
    found = [(r.speaker.text, r.claim.text) for r in records(extractor, text)]
    assert found == ([(speaker, claim)] if speaker else [])


def test_claiming_an_attack_takes_the_attack_as_its_object(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وتبنت «حركة الفجر»، في بيان نشرته على «تلغرام»، الهجوم الذي استهدف الحاجز، "
        "زاعمة أن مقاتليها قتلوا سبعة جنود. وتبنى المجلس قرارا جديدا بشأن الموازنة.",
    )
    r = one(found, "وتبنت")
    assert (r.speaker.text, r.claim.text) == ("«حركة الفجر»", "الهجوم الذي استهدف الحاجز")
    assert one(found, "زاعمة").claim.text == "مقاتليها قتلوا سبعة جنود"
    assert not [x for x in found if x.cue.text == "وتبنى"]  # adopting a resolution claims nothing
    # the verb's own object nouns are no object of another verb (the accused runs on to بتنفيذ)
    r = one(records(extractor, "واتهم النائب، سالم العتيبي، «خلايا نائمة» بتنفيذ الهجوم."), "واتهم")
    assert r.speaker.text == "النائب، سالم العتيبي"


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        ("وأعلنت شركة الكهرباء انقطاع التيار عن المدينة.", "شركة الكهرباء", "انقطاع التيار عن المدينة"),
        ("وأقر منتسب في الكتيبة بأن عناصرها انسحبوا ليلا.", "منتسب في الكتيبة", "عناصرها انسحبوا ليلا"),
        # the speaker's aside of anonymity and channel before an object
        ("ونفى ضابط، تحدث لوكالة الأنباء طالبا عدم الكشف عن اسمه، سقوط أي قتيل.", "ضابط", "سقوط أي قتيل"),
        # a post of several words before the name in apposition, then the accused
        ("واتهم عضو مجلس بلدية الزهراء عن الحزب، سالم الحداد، «خلايا نائمة» بالهجوم.",
         "عضو مجلس بلدية الزهراء عن الحزب، سالم الحداد", "«خلايا نائمة» بالهجوم"),
        # a statement published again speaks for its owner
        ("وأعاد المجلس نشر بيانه الصادر أمس، الذي قال فيه إن قواته دخلت.", "المجلس", "قواته دخلت"),
        ("وأعادت «حركة الفجر» نشر بيانها الذي أكدت فيه أنها باقية.", "«حركة الفجر»", "باقية"),
        # objects after an occasion, an abbreviation in brackets, a name in apposition
        ("ونفى الحلف في بيان مقتضب أي صلة له بالحزب.", "الحلف", "أي صلة له بالحزب"),
        ("وأعلنت قوى الأمن (الأسايش) اعتقال 17 شخصا.", "قوى الأمن (الأسايش)", "اعتقال 17 شخصا"),
        ("ونفى المحافظ، سالم عبد الكريم، اعتقال أي مدني.", "المحافظ، سالم عبد الكريم", "اعتقال أي مدني"),
        ("ونفى مصدر في القيادة تزويد الحلف بالسلاح.", "مصدر في القيادة", "تزويد الحلف بالسلاح"),
        # a source raising its own toll (رفع: a claim only with the toll as its object)
        ("ورفعت وزارة الصحة حصيلة القتلى إلى تسعة.", "وزارة الصحة", "حصيلة القتلى إلى تسعة"),
        ("ورفع المرصد عدد قتلى الاشتباكات إلى ٢٩.", "المرصد", "عدد قتلى الاشتباكات إلى ٢٩"),
        ("بينما رفعت غرفة الطوارئ الحصيلة إلى 40 قتيلا.", "غرفة الطوارئ", "الحصيلة إلى 40 قتيلا"),
    ],
)  # fmt: skip
def test_speakers_and_their_objects(extractor: Extractor, text: str, speaker: str, claim: str) -> None:
    found = records(extractor, text)
    assert [(r.speaker.text, r.claim.text) for r in found] == [(speaker, claim)]


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        (
            "أما مرصد حقوق الإنسان فأحصى 12 قتيلا بينهم ثلاثة أطفال.",
            "مرصد حقوق الإنسان",
            "12 قتيلا بينهم ثلاثة أطفال",
        ),
        (
            "وأحصت منظمة الهجرة نزوح 500 عائلة من القرى الشرقية.",
            "منظمة الهجرة",
            "نزوح 500 عائلة من القرى الشرقية",
        ),
    ],
)
def test_a_count_of_the_dead_or_the_displaced_is_attributed(
    extractor: Extractor, text: str, speaker: str, claim: str
) -> None:
    """أحصى X takes a figure or a toll as its object: X counted it."""
    [r] = records(extractor, text)
    assert (r.speaker.text, r.claim.text, r.cue.lemma) == (speaker, claim, "أحصى")


def test_counting_other_things_is_no_attribution(extractor: Extractor) -> None:
    assert records(extractor, "وأحصت البلدية المخالفات في الأسواق الشعبية.") == []


def test_the_connector_that_sets_an_account_against_the_one_before(extractor: Extractor) -> None:
    """`cue.contrast`: بينما، في حين، لكن right before an attribution, as written; none after و or a stop."""
    text = (
        "أعلنت وزارة الصحة مقتل 14 مدنيا في قصف السوق، بينما قالت شبكة الأطباء إن القتلى بلغوا 23. "
        "لكن مصدرا في الشرطة أكد أن العدد لم يتجاوز عشرة. وقال شهود إن القصف استمر ساعة."
    )
    found = records(extractor, text)
    assert [(r.cue.text, r.cue.contrast) for r in found] == [
        ("أعلنت", None),
        ("قالت", "بينما"),
        ("أكد", "لكن"),
        ("وقال", None),
    ]


def test_a_participle_after_ghayr_is_an_adjective_not_a_cue(extractor: Extractor) -> None:
    """محادثات غير معلنة: "unannounced talks", no one announcing."""
    text = "وذكر تقرير لصحيفة «الحياة» أن محادثات غير معلنة جرت بين الطرفين في جنيف وأسفرت عن اتفاق مبدئي."
    found = records(extractor, text)
    assert [r.cue.text for r in found] == ["وذكر"]
    assert found[0].claim.text.startswith("محادثات غير معلنة")


def test_the_object_signing_after_a_channel(extractor: Extractor) -> None:
    text = "وأكد رئيس المجلس المحلي لـ«سكاي نيوز عربية» توقيع الاتفاق «بحضور ممثلين عن الطرفين»."
    r = one(records(extractor, text), "وأكد")
    assert r.claim.text == "توقيع الاتفاق «بحضور ممثلين عن الطرفين»"
    assert r.claim.kind == "indirect"
    assert [v.text for v in r.via] == ["لـ«سكاي نيوز عربية»"]


@pytest.mark.parametrize(
    ("text", "speaker", "claim"),
    [
        # the displaced, survivors and relatives speak for themselves
        (
            "وقال نازحون وصلوا إلى البلدة لـ«الأيام» إن المسلحين ظلوا في السوق.",
            "نازحون وصلوا إلى البلدة",
            "المسلحين ظلوا في السوق",
        ),
        ("وقال أقارب الضحايا إن المعتقلين طلاب.", "أقارب الضحايا", "المعتقلين طلاب"),
        # a commissioner and an inspector are officials
        (
            "وقال مفوض الإغاثة بالولاية، سامي حمد، إن العدد تجاوز ألفين.",
            "مفوض الإغاثة بالولاية، سامي حمد",
            "العدد تجاوز ألفين",
        ),
        ("وقال مفتش الشرطة إن المسلحين غادروا ليلا.", "مفتش الشرطة", "المسلحين غادروا ليلا"),
    ],
)
def test_more_heads_of_speakers(extractor: Extractor, text: str, speaker: str, claim: str) -> None:
    [r] = records(extractor, text)
    assert (r.speaker.text, r.claim.text) == (speaker, claim)


def test_a_second_speaker_after_in_hin_is_read(extractor: Extractor) -> None:
    """..., في حين قال مفوض X إن ...: the commissioner's own claim, not the rest of the first one."""
    text = "وأكد المحافظ أن البلدة آمنة، في حين قال مفوض الإغاثة إن آلاف الأسر نزحت منها."
    found = records(extractor, text)
    assert [(r.speaker.text, r.claim.text) for r in found] == [
        ("المحافظ", "البلدة آمنة"),
        ("مفوض الإغاثة", "آلاف الأسر نزحت منها"),
    ]


def test_according_to_with_the_lam_standing_alone_before_a_quotation(extractor: Extractor) -> None:
    [r] = records(extractor, "وارتفع عدد القتلى إلى 19 وفقا لـ«شبكة الأطباء».")
    assert (r.cue.text, r.speaker.text, r.claim.text) == (
        "وفقا لـ",
        "«شبكة الأطباء»",
        "وارتفع عدد القتلى إلى 19",
    )


def test_a_participle_raising_its_own_toll(extractor: Extractor) -> None:
    text = "وقال المتحدث إن القوات طهرت آخر الجيوب، رافعا عدد القتلى في صفوف المهاجمين إلى 60."
    found = records(extractor, text)
    assert [(r.cue.text, r.claim.text) for r in found] == [
        ("وقال", "القوات طهرت آخر الجيوب"),
        ("رافعا", "عدد القتلى في صفوف المهاجمين إلى 60"),
    ]
    found = records(extractor, "وقال الوزير إن القرار صائب، رافعا صوته بالاحتجاج.")
    assert [r.cue.text for r in found] == ["وقال"]  # raising one's voice is no toll


def test_a_denial_s_object_before_a_quotation(extractor: Extractor) -> None:
    """نفى X، NAME، سقوط أي ضحايا «جراء العمليات»: the object opens the claim, not the quotation inside it."""
    text = "ونفى المتحدث باسم الشرطة، خالد الرميح، سقوط أي ضحايا مدنيين «جراء المداهمات»."
    [r] = records(extractor, text)
    assert r.claim.text == "سقوط أي ضحايا مدنيين «جراء المداهمات»"
    assert r.claim.polarity == "negated"


def test_a_verb_after_a_concessive_particle_is_no_cue(extractor: Extractor) -> None:
    text = (
        "ويرى الباحث في مركز الدراسات الإقليمية، سامر الحلبي، أن علاقة الحكومة بالقبائل في الريف "
        "«تحالف مصالح واضح وإن أنكره الطرفان»، مرجحا أن تتكرر المواجهات."
    )
    found = records(extractor, text)
    assert [r.cue.text for r in found] == ["ويرى", "مرجحا"]
    assert (
        one(found, "ويرى").claim.text
        == "علاقة الحكومة بالقبائل في الريف «تحالف مصالح واضح وإن أنكره الطرفان»"
    )
    # (أن and وأن before a verb are no such particle: سبق أن نقل، سبق وأن أعلنت are reports)
    found = records(extractor, "وسبق أن نقل موقع «الرصد» عن مصادر محلية أن الطريق أغلق.")
    assert [r.cue.text for r in found] == ["نقل"]
    found = records(extractor, "وسبق وأن أعلنت وزارة النقل أن الطريق أغلق أمام المركبات.")
    assert [(r.cue.text, r.speaker.text) for r in found] == [("أعلنت", "وزارة النقل")]
