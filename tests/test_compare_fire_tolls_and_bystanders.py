"""Read since the forty-fifth blind set became a development set: people where a thing happened (neighbours,
owners, protesters, a victim's family) and a syndicate's head as speakers, a body's seat between commas
(ومقره لندن), a view held (ذهب إلى أن), a halt, a lifting or an indefinite ban announced (وقف، رفع، حظرا),
two whole tolls of one story against each other, and firing told against live fire denied. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction
from extractkit import records

from tracker import quantities
from tracker.extract import Extractor

DAY = dt.date(2029, 5, 14)


def said(extractor: Extractor, sentence: str) -> list[tuple[str, str, str]]:
    return [(r.speaker.text, r.speaker.type, r.claim.text) for r in records(extractor, sentence)]


def test_people_where_it_happened_speak(extractor: Extractor) -> None:
    cases = {
        "وقال صاحب المخبز، ناصر الجبوري: «سمعنا صوت الرصاص قبل الفجر».": (
            "صاحب المخبز، ناصر الجبوري",
            "named_person",
            "سمعنا صوت الرصاص قبل الفجر",
        ),
        "وقال أحد جيران المصنع، مشترطا عدم نشر اسمه، إن الحريق بدأ في المستودع.": (
            "أحد جيران المصنع",
            "anonymous_source",
            "الحريق بدأ في المستودع",
        ),
        "لكن متظاهرين تحدثوا للموقع قالوا إن الشرطة أغلقت الجسر.": (
            "متظاهرين",
            "anonymous_source",
            "الشرطة أغلقت الجسر",
        ),
        "غير أن عائلته أصرت على أن شظية أصابته في الرأس.": (
            "عائلته",
            "anonymous_source",
            "شظية أصابته في الرأس",
        ),
        "وقال نقيب الصيادلة، عادل الحديثي، إن الأدوية نفدت من المخازن.": (
            "نقيب الصيادلة، عادل الحديثي",
            "named_official",
            "الأدوية نفدت من المخازن",
        ),
        "وقال مصدر في ديوان المحافظة إن الاجتماع أرجئ.": (
            "مصدر في ديوان المحافظة",
            "anonymous_official",
            "الاجتماع أرجئ",
        ),
    }
    for sentence, told in cases.items():
        assert said(extractor, sentence) == [told], sentence
    # (a style of address is no owner: the title after it heads the phrase)
    styled = said(extractor, "وأعرب صاحب السمو الأمير عادل بن سامر عن شكره للمتطوعين.")
    assert [(s, t) for s, t, _ in styled] == [("صاحب السمو الأمير عادل بن سامر", "named_official")]
    # (nor is a surname a neighbour, nor the family of social policy a speaker)
    assert said(extractor, "وصرح الجار الله بأن الجسور ستفتح تباعا.") == []
    assert said(extractor, "وتصرف الإعانة بحسب عدد الأسرة.") == []


def test_a_bodys_seat_between_commas_and_a_view_held(extractor: Extractor) -> None:
    assert said(extractor, "وقالت المنظمة الحقوقية، ومقرها جنيف، إن المعتقلين نقلوا إلى سجن آخر.") == [
        ("المنظمة الحقوقية", "organization", "المعتقلين نقلوا إلى سجن آخر")
    ]
    assert said(extractor, "وذهب الخبير الاقتصادي، سمير العاني، إلى أن الأسعار «سترتفع مجددا».") == [
        ("الخبير الاقتصادي، سمير العاني", "named_person", "الأسعار «سترتفع مجددا»")
    ]
    # (going somewhere is no view: إلى أن only)
    assert said(extractor, "وذهب الوفد إلى العاصمة صباح الأحد.") == []


def test_a_halt_a_lifting_or_a_ban_announced(extractor: Extractor) -> None:
    cases = {
        "وأعلنت قيادة القوات البحرية وقف رحلات الزوارق حتى انتهاء التحقيق.": (
            "قيادة القوات البحرية",
            "وقف رحلات الزوارق حتى انتهاء التحقيق",
        ),
        "وأعلنت قيادة شرطة المحافظة رفع حظر التجوال صباح الخميس.": (
            "قيادة شرطة المحافظة",
            "رفع حظر التجوال صباح الخميس",
        ),
        "وأعلنت قيادة العمليات المشتركة حظرا شاملا للتجوال في المدينة.": (
            "قيادة العمليات المشتركة",
            "حظرا شاملا للتجوال في المدينة",
        ),
        "من جهتها، أعلنت تنسيقية عمال الميناء تعليق الإضراب يومين.": (
            "تنسيقية عمال الميناء",
            "تعليق الإضراب يومين",
        ),
    }
    for sentence, (speaker, claim) in cases.items():
        assert [(s, c) for s, _, c in said(extractor, sentence)] == [(speaker, claim)], sentence


def test_two_whole_tolls_of_one_story() -> None:
    article = Article("a", title="سقوط طائرة عسكرية قرب مدينة السخنة", published=DAY)
    article.said(
        "وزارة الدفاع",
        "حصيلة قتلى الطائرة العسكرية التي سقطت مساء الجمعة في البادية إلى ستة",
        type="organization",
    )
    article.said(
        "المرصد",
        "الحصيلة إلى تسعة بعد العثور على جثة المساعد على بعد كيلومترين من الحطام",
        type="organization",
    )
    assert contradiction(annotated(article), "إلى ستة", "إلى تسعة") == "contradict-figures"


def test_firing_told_against_live_fire_denied() -> None:
    article = Article("b", title="تفريق تظاهرة للعمال أمام مبنى المحافظة في الكوت", published=DAY)
    article.said("قائد الشرطة، اللواء حيدر العامري", "قواته لم تستخدم الرصاص الحي")
    article.said("المفوضية", "عناصر من الشرطة أطلقوا النار على المحتجين", type="organization")
    article.said("مستشفى الزهراء", "استقبال أربعة مصابين بطلقات نارية", type="organization")
    found = annotated(article)
    assert contradiction(found, "أطلقوا النار", "الرصاص الحي") == "contradict-denial"
    assert contradiction(found, "بطلقات نارية", "الرصاص الحي") == "contradict-denial"


def test_a_truce_or_who_fired_first_tells_no_fire() -> None:
    article = Article("c", title="اشتباكات بين عشيرتين في قضاء الشطرة", published=DAY)
    article.said("شيخ العشيرة، جبار الزيدي", "أبناء العشيرة لم يستخدموا الرصاص الحي")
    article.said("قائممقام القضاء", "العشيرتان قبلتا وقف إطلاق النار منذ العصر", type="named_official")
    article.said("شهود", "أبناء العشيرة بادروا بإطلاق النار ليلا", anonymous=True)
    found = annotated(article)
    assert contradiction(found, "وقف إطلاق النار", "الرصاص الحي") is None
    assert contradiction(found, "بادروا بإطلاق النار ليلا", "الرصاص الحي") is None


def test_people_in_the_plural_head_no_construct(extractor: Extractor) -> None:
    assert said(extractor, "ونفت مصادر وجود أي اتفاق بين الطرفين.") == [
        ("مصادر", "anonymous_source", "وجود أي اتفاق بين الطرفين")
    ]
    assert said(extractor, "وقدر شهود عدد المحتجين بنحو ألف شخص.") == [
        ("شهود", "anonymous_source", "عدد المحتجين بنحو ألف شخص")
    ]
    # (a body or a plural in its construct form still heads one: مسؤولو الإفراج، قوات فرض القانون)
    assert said(extractor, "وقال مسؤولو الإفراج إن الدفعة وصلت.")[0][0] == "مسؤولو الإفراج"
    assert said(extractor, "وأعلنت قوات فرض القانون أن الطريق فتح.")[0][0] == "قوات فرض القانون"


def test_an_estimate_quoted_after_its_object(extractor: Extractor) -> None:
    found = said(
        extractor, "وقال قائد الشرطة إن المحتجين أغلقوا الطريق، مقدرا عدد المحتجين بما «لا يتجاوز 200 شخص»."
    )
    assert [c for _, _, c in found] == ["المحتجين أغلقوا الطريق", "عدد المحتجين بما «لا يتجاوز 200 شخص»"]


def test_crowds_counted_apart() -> None:
    article = Article("d", title="تظاهرة للمعلمين المتعاقدين أمام مبنى المحافظة في الديوانية", published=DAY)
    article.said("قائد الشرطة، اللواء كريم الحسناوي", "عدد المحتجين بما لا يتجاوز 200 شخص")
    article.said("شهود", "عدد المشاركين بأكثر من ألفي شخص", anonymous=True)
    assert contradiction(annotated(article), "لا يتجاوز 200", "ألفي شخص") == "contradict-figures"
    counted = {q.unit: q.of for q in quantities.find("مقتل ثلاثة متظاهرين و12 محتجا جرحوا")}
    assert counted == {"killed": "protesters", "wounded": "protesters"}
    # (those stabbed are wounded, not a crowd; an appeal stabs no one)
    assert [(q.unit, q.of) for q in quantities.find("طعن رجل ستة مشاركين في المسيرة")] == [
        ("wounded", "protesters")
    ]
    assert quantities.find("وطعنت البلدية في 3 قرارات") == []


def test_an_event_put_down_to_an_accident(extractor: Extractor) -> None:
    found = said(extractor, "وأعلنت الوزارة سقوط الطائرة، مرجعة الحادث إلى «خلل» في منظومة الوقود.")
    assert [c for _, _, c in found] == ["سقوط الطائرة", "الحادث إلى «خلل» في منظومة الوقود"]
    # (the finite verb sets no boundary between the speaker and the thing caused: no claim)
    assert said(extractor, "وعزا المتحدث الانقطاع إلى عطل في المحطة.") == []
    article = Article("f", title="سقوط مروحية عسكرية قرب مدينة السخنة", published=DAY)
    article.said("وزارة الدفاع", "الحادث إلى «عطل فني» خلال مهمة تدريبية", type="organization")
    article.said("المرصد", "صاروخ أطلقه عناصر تنظيم «الدولة الإسلامية» أسقط المروحية", type="organization")
    assert contradiction(annotated(article), "عطل فني", "أسقط المروحية") == "contradict-accident"


def test_a_death_by_one_means_not_another() -> None:
    article = Article("e", title="مقتل متظاهر في تفريق اعتصام أمام مبنى المحافظة في الكوت", published=DAY)
    article.said("دائرة الصحة", "القتيل نقل إلى المستشفى مصابا بطلق ناري في البطن", type="organization")
    article.said("مصدر في الطب العدلي", "القتيل توفي بقنبلة غاز أصابت رأسه، لا بطلق ناري", anonymous=True)
    article.said("المفوضية", "عناصر من الشرطة أطلقوا الرصاص على المعتصمين", type="organization")
    found = annotated(article)
    assert contradiction(found, "مصابا بطلق ناري", "لا بطلق ناري") == "contradict-denial"
    # (one death's means denied is no denial that any fire was used)
    assert contradiction(found, "أطلقوا الرصاص", "لا بطلق ناري") is None
