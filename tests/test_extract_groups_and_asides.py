"""Speakers and cues read since the twenty-first blind set became a development set: two employees or two
witnesses speak (a person's dual is regular), an aside of the occasion alone (تحدثوا عبر الهاتف) and the
account a statement went out on (على حسابه) are no part of the speaker, one of a group speaks for the group,
a mediator speaks, and posting is a cue. Sentences written for these tests."""

from __future__ import annotations

from extractkit import one, records

from tracker.extract import Extractor


def test_a_persons_dual_speaks(extractor: Extractor) -> None:
    for text, speaker in (
        ("وأكد موظفان في الميناء أن السفن توقفت منذ الخميس.", "موظفان في الميناء"),
        ("وقالت طبيبتان في المستشفى إن الجرحى بلغوا العشرات.", "طبيبتان في المستشفى"),
        ("وقال شاهدان إن المسلحين انسحبوا قبل الفجر.", "شاهدان"),
    ):
        said = one(records(extractor, text), text.split()[0])
        assert (said.speaker.text, said.speaker.anonymous) == (speaker, True)
    # a listed dual is kept as listed (مسؤولان: officials, not persons)
    officials = one(records(extractor, "وقال مسؤولان في الميناء إن السفن توقفت."), "وقال")
    assert officials.speaker.type == "anonymous_official"


def test_an_aside_of_the_occasion_is_no_part_of_the_speaker(extractor: Extractor) -> None:
    told = one(
        records(extractor, "وقال سكان من القرية، تحدثوا عبر الهاتف، إن القذائف أحرقت المحاصيل."), "وقال"
    )
    assert told.speaker.text == "سكان من القرية"
    assert told.claim.text == "القذائف أحرقت المحاصيل"
    # (a channel in the aside is one: تحدثوا للوكالة)
    channel = one(
        records(extractor, "وقال سكان من القرية، تحدثوا للوكالة، إن القذائف أحرقت المحاصيل."), "وقال"
    )
    assert [v.text for v in channel.via] == ["للوكالة"]


def test_the_account_a_statement_went_out_on_is_no_part_of_the_speaker(extractor: Extractor) -> None:
    said = one(
        records(extractor, "وقال وزير الداخلية، سامر يوسف، على حسابه في فيسبوك إن الطريق أعيد فتحه."), "وقال"
    )
    assert said.speaker.text == "وزير الداخلية، سامر يوسف"
    assert said.claim.text == "الطريق أعيد فتحه"


def test_one_of_a_group_speaks_for_the_group(extractor: Extractor) -> None:
    found = records(
        extractor,
        "عنوان\n\nوروى نازحون من البلدة أن زوارق مسلحة اعترضتهم قرب الجزيرة. وقال أحدهم: «صادروا شباكنا».",
    )
    one_of = one(found, "وقال")
    assert one_of.speaker.text == "أحدهم"
    assert (one_of.speaker.resolved, one_of.speaker.anonymous) == ("نازحون من البلدة", True)
    # with no group named before, the pronoun stays itself
    alone = one(records(extractor, "عنوان\n\nوقال أحدهم: «صادروا شباكنا»."), "وقال")
    assert alone.speaker.resolved == "أحدهم"


def test_a_mediator_speaks(extractor: Extractor) -> None:
    said = one(records(extractor, "وقال الوسيط إن الطرفين سيلتقيان الأسبوع المقبل."), "وقال")
    assert (said.speaker.text, said.speaker.type) == ("الوسيط", "anonymous_source")


def test_posting_is_a_cue(extractor: Extractor) -> None:
    posted = one(records(extractor, "وغرد الوزير: «لا تراجع عن القرار»."), "وغرد")
    assert (posted.speaker.text, posted.claim.text) == ("الوزير", "لا تراجع عن القرار")
    on_account = one(records(extractor, "وغردت النائبة على حسابها أن الجلسة أرجئت."), "وغردت")
    assert (on_account.speaker.text, on_account.claim.text) == ("النائبة", "الجلسة أرجئت")
    # writing is none (its subjects are as often a caption or a script), nor is a book
    assert records(extractor, "وكتب الشاعر أن الليل طويل.") == []
    assert records(extractor, "وتحدثت كتب التاريخ عن المعركة.") == []
