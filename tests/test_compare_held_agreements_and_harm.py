"""Read since the forty-fourth blind set became a development set: a quotation opened inside a claim kept
whole, an outlet's own sources (عن مصادرها), an amount estimated (قدر المبلغ), people by their work
(مهندس، مسعف، بحار) as speakers, a toll raised after the speaker's apposition, a clause opener or its subject
before it, a denial that any suspect was held against the arrests told, a thing reached said to be "no
agreement", a place said to suffer no harm (بأي أذى) against damage told there, and a denial of any shell
against the guns said to fire them. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction
from extractkit import records

from tracker import compare
from tracker.extract import Extractor

DAY = dt.date(2029, 4, 9)


def test_a_quotation_opened_in_a_claim_keeps_its_marks(extractor: Extractor) -> None:
    found = records(
        extractor,
        "وقال أحد الناجين إن المسلحين «كانوا ملثمين، ويقولون إنهم من خارج الولاية»، مضيفا أن عدد المخطوفين "
        "كان «تسعة: ستة عمال وثلاثة حراس».",
    )
    assert [r.claim.text for r in found] == [
        "المسلحين «كانوا ملثمين، ويقولون إنهم من خارج الولاية»",
        "عدد المخطوفين كان «تسعة: ستة عمال وثلاثة حراس»",
    ]
    # (outside a quotation the colon still ends the claim and the next statement still opens)
    plain = records(extractor, "وقال الناجي إن المسلحين كانوا ملثمين، وقال: «أخذوا هواتفنا».")
    assert [r.claim.text for r in plain] == ["المسلحين كانوا ملثمين", "أخذوا هواتفنا"]
    # (nor does a mark left open to the line's end, an opening one written for a closing one)
    unclosed = records(extractor, "وقال المدير إن « المعرض « يفتح أبوابه غدا، مشيرا إلى أن التذاكر نفدت.")
    assert [r.claim.text for r in unclosed] == ["المعرض « يفتح أبوابه غدا", "التذاكر نفدت"]


def test_an_outlets_own_sources_and_an_amount_estimated(extractor: Extractor) -> None:
    found = records(extractor, "ونقلت قناة محلية عن مصادرها أن ثلاثة حراس قتلوا في الاشتباك.")
    assert [(r.speaker.text, r.speaker.type, [v.text for v in r.via]) for r in found] == [
        ("مصادرها", "anonymous_source", ["قناة محلية"])
    ]
    amount = records(extractor, "وقدرت مصادر في الغرفة التجارية حجم الخسائر بنحو مليوني دولار.")
    assert [(r.speaker.text, r.claim.text) for r in amount] == [
        ("مصادر في الغرفة التجارية", "حجم الخسائر بنحو مليوني دولار")
    ]
    # (an estimate of no count or amount is no claim: قدر جهود الوسطاء, he valued their efforts)
    assert records(extractor, "وقدر الوزير جهود الوسطاء في إنهاء الأزمة.") == []


def test_people_by_their_work_or_passage_speak(extractor: Extractor) -> None:
    for noun in ("مهندس", "مسعف", "بحار", "طيار", "مهاجر"):
        found = records(extractor, f"وقال {noun} في البلدة إن الطريق قطع منذ الفجر.")
        assert [(r.speaker.text, r.speaker.type, r.claim.text) for r in found] == [
            (f"{noun} في البلدة", "anonymous_source", "الطريق قطع منذ الفجر")
        ], noun
    # (not teachers: after حسب a measure of them would read as a source)
    assert records(extractor, "وتوزع المنح بحسب عدد المعلمين المتفرغين لكل صف.") == []


def test_any_suspect_denied_against_the_arrests_told() -> None:
    article = Article("a", title="خطف عمال شركة نفطية جنوب مدينة سبها", published=DAY)
    article.said("وزارة الداخلية", "الشرطة اعتقلت أربعة من الخاطفين في مزرعة", type="organization")
    article.said("مدير أمن سبها، العميد خالد المقرحي", "لم يعتقل أي مشتبه به حتى الآن")
    assert contradiction(annotated(article), "أربعة من الخاطفين", "أي مشتبه") == "contradict-denial"
    assert compare._denied_kind("لم يعتقل أي مشتبه به حتى الآن") == frozenset()
    # (a denial of any woman held keeps its kind, which the kidnappers are not)
    assert compare._denied_kind("لم تعتقل أي امرأة") != frozenset()


def test_no_agreement_against_an_agreement_reached() -> None:
    article = Article("b", title="خلاف بين الحكومة و«الحشد الشعبي» على معبر القائم", published=DAY)
    article.said("مصادر أمنية", "مقتل ثلاثة من عناصر الأمن في اشتباكات قرب المعبر", anonymous=True)
    article.said(
        "المتحدث باسم الحكومة، باسل العاني",
        "التوصل إلى اتفاق مع «الحشد الشعبي» على إدارة المعبر بشكل مشترك",
    )
    article.said("عضو المجلس المحلي، فراس الكربولي", "ما جرى مع «الحشد الشعبي» «تفاهم مبدئي وليس اتفاقا»")
    assert contradiction(annotated(article), "التوصل إلى اتفاق", "وليس اتفاقا") == "contradict-not-reached"


def test_no_harm_to_a_place_against_damage_told_there() -> None:
    article = Article("c", title="قصف بالمسيرات على مطار مدينة نيالا", published=DAY)
    article.said("والي جنوب دارفور، عثمان البشير", "مطار نيالا «لم يصب بأي أذى»")
    article.said("قوات الدعم السريع", "مسيراتها دمرت طائرة شحن في مطار نيالا", type="organization")
    assert contradiction(annotated(article), "دمرت طائرة", "بأي أذى") == "contradict-denial"


def test_any_shell_denied_against_the_shelling_told() -> None:
    article = Article("d", title="قصف على سوق مدينة كاوا", published=DAY)
    article.said("شهود", "الجيش قصف السوق بالمدفعية صباح الأحد", anonymous=True)
    article.said("المتحدث باسم الجيش، العقيد جبريل أوموغا", "سقوط أي قذيفة للجيش داخل المدينة", negated=True)
    article.said("المستشفى المركزي", "مقتل تسعة مدنيين في القصف", type="organization")
    assert contradiction(annotated(article), "بالمدفعية", "أي قذيفة") == "contradict-denial"
    # (a denial of any shell is still of a kind the toll of civilians does not tell)
    assert contradiction(annotated(article), "تسعة مدنيين", "أي قذيفة") is None


def test_a_toll_raised_after_an_apposition_a_conjunction_or_its_subject(extractor: Extractor) -> None:
    cases = {
        "ورفع المتحدث باسم الشرطة، العقيد سامي ناصر، حصيلة القتلى إلى تسعة.": (
            "المتحدث باسم الشرطة، العقيد سامي ناصر",
            "حصيلة القتلى إلى تسعة",
        ),
        "وأعلنت الوزارة مقتل سبعة، بينما رفع مستشفى البلدة الحصيلة إلى عشرة.": (
            "مستشفى البلدة",
            "الحصيلة إلى عشرة",
        ),
        "وكانت الشرطة قد رفعت عدد المخطوفين إلى 14.": ("الشرطة", "عدد المخطوفين إلى 14"),
        "ورفعت الجماعة عدد قتلاها إلى خمسة.": ("الجماعة", "عدد قتلاها إلى خمسة"),
    }
    for sentence, told in cases.items():
        found = records(extractor, sentence)
        assert (found[-1].speaker.text, found[-1].claim.text) == told, sentence
    # (after a word that opens no clause it is the verbal noun: بضرورة رفع)
    assert records(extractor, "وطالب النواب بضرورة رفع الحصيلة المالية للبلديات.") == []
