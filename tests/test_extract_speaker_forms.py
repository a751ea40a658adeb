"""Speaker forms and cues read since the eighteenth blind set became a development set: a governor (والي)
is no preposition, a paragraph's field adverb or topic phrase is no speaker, a military command named by
its area speaks, an indefinite head after أن is accusative, an estimate of a count is a claim, committees
and families speak, a compound given name stays whole, a post with a possessive is a named official, and
the same speaker's next verb with its own object is a claim of its own. Sentences written for these tests."""

from __future__ import annotations

from extractkit import one, records

from tracker.extract import Extractor


def test_a_governor_is_no_preposition(extractor: Extractor) -> None:
    found = records(
        extractor, "وقال والي الولاية الشمالية، صالح عثمان، إن الطائرات المسيرة ضربت محطة المياه."
    )
    said = one(found, "وقال")
    assert said.speaker.text == "والي الولاية الشمالية، صالح عثمان"
    assert (said.speaker.type, said.speaker.anonymous) == ("named_official", False)
    # a thing of its own (موقعها: its location, not an outlet) speaks for no one
    assert records(extractor, "وبحسب موقعها والخدمات المقدمة فيها، تصنف الفنادق درجات.") == []
    # (وإلى ذلك, written with alef maqsura, is still no speaker)
    other = one(records(extractor, "وإلى ذلك، قال المحافظ إن الطرق أغلقت."), "قال")
    assert other.speaker.text == "المحافظ"


def test_a_field_adverb_or_a_topic_phrase_is_no_speaker(extractor: Extractor) -> None:
    raised = one(records(extractor, "ميدانيا، رفعت القيادة العسكرية حصيلة قتلى المهاجمين إلى 12."), "رفعت")
    assert raised.speaker.text == "القيادة العسكرية"
    # a surname the rules cannot tell from a noun leaves the claim unattributed, never the phrase before
    for text in (
        "ميدانيا، أكد الخلايلة أن القوات تقدمت نحو التلة.",
        "وبشأن قصف سوق جرموق، زعم الكردوس أن المكان كان مخزنا.",
    ):
        assert [r.speaker.text for r in records(extractor, text)] == []


def test_a_military_command_named_by_its_area_speaks(extractor: Extractor) -> None:
    found = records(extractor, "المنطقة العسكرية الرابعة: صد هجوم على مواقع الجيش قرب الميناء\n\nنص الخبر.")
    told = one(found, ":")
    assert (told.speaker.text, told.speaker.type) == ("المنطقة العسكرية الرابعة", "organization")
    assert told.claim.text == "صد هجوم على مواقع الجيش قرب الميناء"


def test_an_indefinite_head_after_anna_is_accusative(extractor: Extractor) -> None:
    found = records(
        extractor, "غير أن قائدا في اللواء الثالث، طلب عدم ذكر اسمه، أقر بأن القوات انسحبت من التلة ليلا."
    )
    admitted = one(found, "أقر")
    assert admitted.speaker.text == "قائدا في اللواء الثالث"
    assert (admitted.speaker.type, admitted.speaker.anonymous) == ("anonymous_official", True)
    # elsewhere the accusative is an object or a predicate (يعتبر مركزا: is considered a centre)
    assert records(extractor, "ويعتبر مركزا متكاملا للنقل البحري والبري في المنطقة.") == []


def test_an_estimate_of_a_count_is_a_claim(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقدرت منظمة الهجرة عدد الفارين من القرى بنحو ثلاثة آلاف شخص، بينما قدرت لجان الأحياء عددهم بأكثر "
        "من خمسة آلاف.",
    )
    first = one(found, "وقدرت")
    assert (first.speaker.text, first.claim.text) == (
        "منظمة الهجرة",
        "عدد الفارين من القرى بنحو ثلاثة آلاف شخص",
    )
    second = one(found, "قدرت")
    assert (second.speaker.text, second.speaker.type) == ("لجان الأحياء", "organization")
    assert second.claim.text == "عددهم بأكثر من خمسة آلاف"
    # ability (قدرة، قدرته) is no estimate, whatever follows it
    ability = records(extractor, "وأشاد الوزير بقدرة القوات على الصمود، وقدرته على حسم المعركة.")
    assert not [r for r in ability if "قدر" in r.cue.text]


def test_a_compound_given_name_stays_whole(extractor: Extractor) -> None:
    accused = one(records(extractor, "واتهم المتحدث عبد الرحمن سالم الحكومة بقصف السوق."), "واتهم")
    assert accused.speaker.text == "المتحدث عبد الرحمن سالم"
    assert accused.claim.text == "الحكومة بقصف السوق"


def test_a_post_with_a_possessive_is_a_named_official(extractor: Extractor) -> None:
    said = one(records(extractor, "إذ قال متحدثهم العسكري إن قواتهم ما زالت في مواقعها."), "قال")
    assert said.speaker.text == "متحدثهم العسكري"
    assert (said.speaker.type, said.speaker.anonymous) == ("named_official", False)
    # a thing of its own (موقعها: its location, not an outlet) speaks for no one
    assert records(extractor, "وبحسب موقعها والخدمات المقدمة فيها، تصنف الفنادق درجات.") == []


def test_families_speak_and_their_participle_agrees_with_them(extractor: Extractor) -> None:
    found = records(
        extractor,
        "ونفت عائلات الموقوفين، في بيان مشترك، أن يكون لأبنائها أي صلة بالجماعة، مؤكدة أنهم «طلاب جامعيون».",
    )
    denied = one(found, "ونفت")
    assert (denied.speaker.text, denied.speaker.type) == ("عائلات الموقوفين", "anonymous_source")
    assert denied.claim.polarity == "negated"
    insisted = one(found, "مؤكدة")
    assert insisted.speaker.resolved == "عائلات الموقوفين"
    assert insisted.claim.text == "طلاب جامعيون"


def test_the_same_speakers_next_verb_with_its_own_object(extractor: Extractor) -> None:
    found = records(
        extractor, "وأعلنت الشرطة ارتفاع عدد القتلى في التفجير إلى خمسة، ورفعت عدد الموقوفين إلى تسعة."
    )
    assert one(found, "وأعلنت").claim.text == "ارتفاع عدد القتلى في التفجير إلى خمسة"
    raised = one(found, "ورفعت")
    assert (raised.speaker.resolved, raised.claim.text) == ("الشرطة", "عدد الموقوفين إلى تسعة")


def test_an_according_to_phrase_opens_on_its_source(extractor: Extractor) -> None:
    # in accordance with a thing (أهواء), whatever body is named deeper in the phrase, is no source
    for text in (
        "وتدار بعض الجمعيات وفق أهواء المشرفين عليها وبعض الجمعيات.",
        "وتتعاون المصلحة مع الوزارات، بحسب جاهزية تلك الوزارات والهيئات.",
    ):
        assert records(extractor, text) == []
    toll = one(records(extractor, "قتل 20 شخصا في القصف، بحسب حصيلة أعدتها وكالة الأنباء."), "بحسب")
    assert toll.claim.text == "قتل 20 شخصا في القصف"
    unit = one(records(extractor, "وبحسب الوحدة التنفيذية لإدارة المخيمات، نزحت 300 أسرة من القرى."), "وبحسب")
    assert (unit.speaker.text, unit.speaker.type) == ("الوحدة التنفيذية لإدارة المخيمات", "organization")
    # a source past a quantifier, a name, a statement's occasion, or after على لسان: sources all
    for text, cue, source in (
        ("غرق المركب قرب الساحل، حسب بعض التقارير.", "حسب", "بعض التقارير"),
        ("تسلل المسلحون عبر الحدود، وفقا لأربعة مسؤولين أمنيين.", "وفقا", "لأربعة مسؤولين أمنيين"),
        (
            "وبحسب فيكتور دومينيللو وزير التجارة، فإن الأسعار سترتفع.",
            "وبحسب",
            "فيكتور دومينيللو وزير التجارة",
        ),
        ("أغلق المعبر، حسب مقطع مصور نشرته الحركة.", "حسب", "مقطع مصور نشرته الحركة"),
        (
            "وعاد الفريق إلى التدريب، على لسان الكابتن عابد شيخ لاعب الوسط.",
            "على لسان",
            "الكابتن عابد شيخ لاعب الوسط",
        ),
    ):
        assert one(records(extractor, text), cue).speaker.text == source
