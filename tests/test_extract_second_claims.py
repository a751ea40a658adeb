"""Claims and speakers read since the nineteenth blind set became a development set: a speaker's second
claim joined by و after a comma, a participle after a participle, the speaker's next statement ending a
claim, a body of a named place, a mayor (عميد بلدية) and his surname after, and flows after حركة that name
no movement. Sentences written for these tests."""

from __future__ import annotations

from extractkit import one, records

from tracker import entities, propositions
from tracker.extract import Extractor
from tracker.read import ArticleText


def test_a_second_claim_joined_by_wa_is_its_own(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال المتحدث باسم الفصيل إن مقاتليه صدوا الهجوم على القرية، واستعادوا السيطرة على التلة، "
        "وأسروا 12 جنديا.",
    )
    assert [r.claim.text for r in found] == [
        "مقاتليه صدوا الهجوم على القرية",
        "استعادوا السيطرة على التلة",
        "أسروا 12 جنديا",
    ]
    assert {r.speaker.text for r in found} == {"المتحدث باسم الفصيل"}
    # inside a quotation the speaker's words stay one claim, and a verb no event joins nothing
    quoted = records(extractor, "وقال المتحدث إن مقاتليه «صدوا الهجوم، واستعادوا السيطرة على التلة».")
    assert [r.claim.text for r in quoted] == ["مقاتليه «صدوا الهجوم، واستعادوا السيطرة على التلة»"]
    other = records(extractor, "وقال المسؤول إن الطريق فتح أمام الشاحنات، وعادت الحركة إلى طبيعتها.")
    assert [r.claim.text for r in other] == ["الطريق فتح أمام الشاحنات، وعادت الحركة إلى طبيعتها"]


def test_a_participle_after_a_participle_and_the_next_statement(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وأضاف المتحدث أن حصيلة القتلى ارتفعت إلى ستة، نافيا أسر أي جندي، ومؤكدا أن المعسكر «لم يسقط».",
    )
    assert [(r.cue.text, r.claim.text) for r in found] == [
        ("وأضاف", "حصيلة القتلى ارتفعت إلى ستة"),
        ("نافيا", "أسر أي جندي"),
        ("ومؤكدا", "المعسكر «لم يسقط»"),
    ]
    told = records(extractor, "ونفى الوزير وجود أي مفاوضات مع المسلحين، وقال: «لن نساوم على أمن المدينة».")
    assert [(r.cue.text, r.claim.text) for r in told] == [
        ("ونفى", "وجود أي مفاوضات مع المسلحين"),
        ("وقال", "لن نساوم على أمن المدينة"),
    ]


def test_volunteers_shepherds_and_residents_who_spoke_to_an_outlet(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال متطوع في الهلال الأحمر لرويترز إن القذائف سقطت على السوق. "
        "وروى رعاة من المنطقة أن المسلحين جاؤوا في ثلاث سيارات.",
    )
    assert [(r.speaker.text, r.speaker.type, r.speaker.anonymous) for r in found] == [
        ("متطوع في الهلال الأحمر", "anonymous_source", True),
        ("رعاة من المنطقة", "anonymous_source", True),
    ]
    # ... and a hospital for itself
    told = one(records(extractor, "وأفاد مستشفى الرازي التعليمي بوصول جثامين ستة قتلى."), "وأفاد")
    assert (told.speaker.text, told.speaker.type) == ("مستشفى الرازي التعليمي", "organization")
    # ... and residents who spoke to an outlet, the outlet named after إلى or إليهم
    for text in (
        "وقال سكان تحدثوا إلى «إذاعة الوادي» إن المسلحين انسحبوا.",
        "وقال سكان تحدثت إليهم «إذاعة الوادي» إن المسلحين انسحبوا.",
    ):
        said = one(records(extractor, text), "وقال")
        assert (said.speaker.text, said.claim.text) == ("سكان", "المسلحين انسحبوا")


def test_a_body_of_a_named_place_and_a_mayor(extractor: Extractor) -> None:
    denied = one(records(extractor, "ونفى المجلس البلدي لمدينة صبراتة تسليم الميناء للقوة الحكومية."), "ونفى")
    assert denied.speaker.text == "المجلس البلدي لمدينة صبراتة"
    assert denied.claim.text == "تسليم الميناء للقوة الحكومية"
    text = "قال عميد بلدية صبراتة، سالم الفيتوري، إن المدينة هادئة. وأضاف الفيتوري أن الطرق فتحت صباح الأحد."
    found = records(extractor, text)
    assert [(r.speaker.text, r.speaker.type) for r in found] == [
        ("عميد بلدية صبراتة، سالم الفيتوري", "named_official"),
        ("الفيتوري", "named_official"),
    ]
    assert found[1].speaker.resolved == "عميد بلدية صبراتة، سالم الفيتوري"


def test_a_flow_after_haraka_names_no_movement() -> None:
    table = entities.table()
    for text in ("استؤنفت حركة الشاحنات على الطريق الساحلي", "حركة المرور متوقفة", "حركة ملاحة نشطة"):
        assert table.ids(text) == []
    assert table.ids("أعلنت حركة النهضة انسحابها") == ["?حركه نهضه"]
    # South Sudan's armed opposition is not the Sudanese SPLM-N
    assert table.ids("اتهم الجيش الحركة الشعبية لتحرير السودان في المعارضة") == ["splm_io"]
    assert table.ids("اتهم الجيش الحركة الشعبية لتحرير السودان - شمال") == ["splm_n"]


def test_a_count_after_its_own_clauses_noun(extractor: Extractor) -> None:
    text = (
        "قالت الشرطة إن 14 مهربا قتلوا في الاشتباكات. "
        "وقالت عائلات الموقوفين إن عددهم تسعة، وإن أحدا منهم لم يعرض على القضاء."
    )
    found = list(propositions.annotate(extractor.records(ArticleText("a", text)), lambda _: text))
    nine = next(r for r in found if r.claim.text.startswith("عددهم"))
    assert nine.proposition is not None
    assert [(q.low, q.unit) for q in nine.proposition.quantities] == [(9.0, "arrested")]
    assert nine.proposition.relation == "arrest"


def test_what_a_body_announces_it_did(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وأعلن الهلال الأحمر الليبي، فرع صبراتة، إجلاء 40 عائلة من الحي الغربي. "
        "وأعلنت الاستخبارات العسكرية توقيف ستة أشخاص بتهمة التهريب.",
    )
    assert [(r.speaker.text, r.claim.text) for r in found] == [
        ("الهلال الأحمر الليبي، فرع صبراتة", "إجلاء 40 عائلة من الحي الغربي"),
        ("الاستخبارات العسكرية", "توقيف ستة أشخاص بتهمة التهريب"),
    ]
    # (an occasion stays an occasion: في تسجيل صوتي is where it was said, not what)
    said = one(records(extractor, "وأكدت الجماعة في تسجيل صوتي أنها «لم تفقد سوى مقاتلين اثنين»."), "وأكدت")
    assert said.claim.text == "لم تفقد سوى مقاتلين اثنين"


def test_a_sentence_opened_by_the_last_speakers_verb_and_its_object(extractor: Extractor) -> None:
    text = "وقال المتحدث باسم الجيش إن القوات باقية في مواقعها. وأعلن ارتفاع عدد قتلى الجيش إلى أربعة."
    found = records(extractor, text)
    announced = one(found, "وأعلن")
    assert announced.claim.text == "ارتفاع عدد قتلى الجيش إلى أربعة"
    assert announced.speaker.resolved == "المتحدث باسم الجيش"
    # with no speaker before it, nobody announced anything
    assert records(extractor, "وأعلن ارتفاع عدد قتلى الجيش إلى أربعة.") == []


def test_blaming_a_side_with_the_responsibility(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقالت الشبكة إن القصف قتل 12 مدنيا، محملة «قوات الدعم السريع» المسؤولية الكاملة عن المجزرة.",
    )
    blamed = one(found, "محملة")
    assert blamed.claim.text == "«قوات الدعم السريع» المسؤولية الكاملة عن المجزرة"
    assert blamed.speaker.resolved == "الشبكة"
    # loaded with aid is no blame, nor a participle's object other than its own (رافعا الحصار)
    assert records(extractor, "ووصلت إلى المدينة عشر شاحنات محملة بالمساعدات الغذائية.") == []
    lifted = records(extractor, "وقال الوزير إن الحكومة مستعدة، رافعا الحصار عن المدينة.")
    assert [r.cue.text for r in lifted] == ["وقال"]
