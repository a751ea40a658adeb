"""Disputes the comparer reads since the thirteenth blind set became a development set: ground kept or
still held (تحتفظ، ما زالوا في، منتشرين، طهرت), two speakers each giving one place to their own side, a
place's fall denied against its fall or its taking, a side's part denied by naming its fighters, a link
of any kind denied of two parties named, two reports naming one town in their headlines, a cap on a
story's toll, one strike's target and the arrested's identity disputed. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, entities, propositions

DAY = dt.date(2026, 6, 8)
LEAD = "تتواصل منذ الجمعة المعارك حول بلدة وادي الريحان بين «لواء السهول» و«كتيبة الجبل»."


def test_words_of_keeping_or_still_holding_ground_are_control() -> None:
    for held in (
        "قواتنا لا تزال تحتفظ بجميع نقاطها في وادي الريحان",
        "مقاتلو الكتيبة ما زالوا في مواقعهم شرقي البلدة",
        "عناصر اللواء ما زالوا منتشرين في الأحياء الغربية",
        "الجيش لم يستعد سوى الثكنة",
        "وحداتنا طهرت البلدة من المسلحين",
    ):
        assert propositions.read(held).relation == "control", held
    # keeping a right, and cleansing people of a land, hold no ground; a name is no aim
    assert propositions.read("الحكومة تحتفظ بحقها في الرد على الهجوم").relation != "control"
    assert propositions.read("المنظمة حذرت من التطهير العرقي في الإقليم").relation != "control"
    named = "قواته صدت هجوما شنه مقاتلو «الحركة الشعبية لتحرير السودان – شمال» على البلدة"
    assert propositions.read(named).modality == "asserted"
    assert [m.id for m in entities.table().mentions(named)] == ["splm_n"]


def test_two_speakers_each_giving_one_place_to_their_own_side() -> None:
    """Neither side is in the entity table: each speaks of its own forces, one says they hold it still."""
    art = Article("g", lead=LEAD, published=DAY)
    art.said(
        "المتحدث باسم «لواء السهول»، العقيد فارس المهدي", "وحداته بسطت سيطرتها الكاملة على مطار وادي الريحان"
    )
    art.said("آمر «كتيبة الجبل»، صالح العمران", "مقاتلونا ما زالوا داخل مطار وادي الريحان")
    art.said("مصدر في أركان «لواء السهول»", "هذه القوات شاركت في صد الهجوم على المطار", anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "بسطت سيطرتها", "ما زالوا داخل") == "contradict-holder"
    # forces it names as others', fighting beside it: not its own claim to the place
    assert contradiction(recs, "هذه القوات", "ما زالوا داخل") is None


def test_a_denied_fall_against_the_fall_told_and_against_a_taking() -> None:
    art = Article("f", lead=LEAD, published=DAY)
    art.said("مسؤول محلي", "الثكنة «سقطت لساعات» بيد المسلحين", anonymous=True)
    art.said("المتحدث باسم الجيش، العقيد نادر الحسن", "أن تكون الثكنة قد سقطت ولو لساعة واحدة", negated=True)
    assert contradiction(annotated(art), "سقطت لساعات", "قد سقطت") == "contradict-denial"
    # a speaker of no known side: its denial stands against the side that says it took the place ...
    art = Article("f2", lead=LEAD, published=DAY)
    art.said("الشيخ حمد الزبيدي، أحد وجهاء البلدة", "وادي الريحان لم تسقط", type="named_person")
    art.said("«كتيبة الجبل»", "مقاتليها سيطروا على وادي الريحان بالكامل", type="organization")
    art.said("الشيخ الزبيدي", "رجال القبيلة ما زالوا في مواقعهم حول وادي الريحان", type="named_person")
    recs = annotated(art)
    assert contradiction(recs, "سيطروا على", "لم تسقط") == "contradict-holder"
    # ... not against a hold that lasts, which may be its own side's
    assert contradiction(recs, "ما زالوا في", "لم تسقط") is None


def test_a_side_denying_any_part_of_its_fighters() -> None:
    art = Article("p", lead=LEAD, published=DAY)
    art.said("بيان الجيش", "«كتيبة الجبل» بالمشاركة في الهجوم على الثكنة", type="document")
    art.said("المتحدث باسم «كتيبة الجبل»، سالم الهادي", "أي مشاركة لمقاتليها", negated=True)
    assert contradiction(annotated(art), "بالمشاركة", "أي مشاركة") == "contradict-involvement"


def test_a_link_of_any_kind_denied_of_the_two_parties_told() -> None:
    """The tribe is in no entity table: the denial names it and the group the other claim ties it to."""
    lead = "اتهمت «كتيبة الجبل» قبيلة آل سند بالتحالف مع تنظيم «القاعدة»."
    art = Article("k", lead=lead, published=DAY)
    art.said("«كتيبة الجبل»", "القبيلة تحالفت مع «القاعدة» منذ أشهر", type="organization")
    art.said("الشيخ راشد السندي", "أي صلة لأبناء القبيلة بالتنظيم", negated=True, type="named_person")
    art.said("الشيخ السندي", "أي صلة للوسطاء بالمفاوضات", negated=True, type="named_person")
    recs = annotated(art)
    assert contradiction(recs, "تحالفت", "لأبناء القبيلة") == "contradict-denial"
    assert contradiction(recs, "تحالفت", "للوسطاء") is None


def test_two_reports_naming_one_town_in_their_headlines_tell_one_story() -> None:
    """A headline word never written with the article (أم سيالة) names the story; a common noun the
    reports also write with it (مطار / المطار) does not. Each pair shares a few rare words, too few
    for a story on their own."""
    day2 = DAY + dt.timedelta(days=1)
    one = Article("s1", title="الجيش: استعدنا السيطرة على أم سيالة", published=DAY)
    one.said("المتحدث باسم الجيش", "قواته استعادت السيطرة الكاملة على أم سيالة والسوق القديم وحي النخيل")
    two = Article("s2", title="«كتيبة الجبل»: مقاتلونا ما زالوا في أم سيالة", published=day2)
    two.said("«كتيبة الجبل»", "مقاتليها ما زالوا منتشرين في السوق القديم وحي النخيل", type="organization")
    three = Article("s3", title="«لواء السهول»: قواتنا تسيطر على مطار الوادي", published=day2)
    three.said("المتحدث باسم «لواء السهول»", "وحداته تسيطر على المطار والمدرج الغربي وبرج المراقبة")
    four = Article("s4", title="«كتيبة الجبل»: مقاتلونا دخلوا مطار الريحان", published=DAY)
    four.said("«كتيبة الجبل»", "مقاتليها دخلوا المطار والمدرج الغربي وبرج المراقبة", type="organization")
    recs = [r for art in (one, two, three, four) for r in annotated(art)]
    claims = compare.with_articles([compare.as_claim(r, n) for n, r in enumerate(recs)])
    thread = {c.record.article.id: c.thread for c in claims}
    assert "s2" in thread["s1"]
    assert "s4" not in thread["s3"]


def test_a_cap_on_a_story_s_toll_against_a_higher_count_in_another_report() -> None:
    """عدد القتلى المدنيين «لا يتجاوز ثلاثة» caps the story's whole toll: a count of civilians above it in
    the other report of the story disputes it, whatever place that count names; a side's count of the
    enemies it killed does not dispute a cap on the dead of no group named."""
    day2 = DAY + dt.timedelta(days=1)
    one = Article("c1", title="شيخ قبلي: القصف على أم سيالة قتل مدنيين", published=DAY)
    one.said("الشيخ حمد الزبيدي", "القصف قتل 9 مدنيين في حي النخيل بينهم طفلان", type="named_person")
    one.said("«كتيبة الجبل»", "مقاتليها قتلوا عشرات من عناصر اللواء في السوق القديم", type="organization")
    two = Article("c2", title="مكتب الصحة: ثلاثة قتلى فقط في أم سيالة", published=day2)
    two.said(
        "مكتب الصحة في الولاية",
        "عدد القتلى المدنيين «لا يتجاوز ثلاثة» سقطوا برصاص المسلحين قرب السوق القديم",
        type="organization",
    )
    two.said("مدير المستشفى", "العدد «لم يتجاوز 17 قتيلا» في حي النخيل")
    recs = [r for art in (one, two) for r in annotated(art)]
    assert contradiction(recs, "قتل 9 مدنيين", "لا يتجاوز ثلاثة") == "contradict-figures"
    assert contradiction(recs, "قتلوا عشرات", "لم يتجاوز 17") is None


def test_one_strike_said_to_hit_a_market_and_said_to_hit_fighters() -> None:
    """الضربة names the strike told last before it: residents' market, the official's gathering of
    fighters; a strike on fighters told before the market's is another one."""
    art = Article("x", title="قتلى بقصف على أم سيالة", published=DAY)
    art.said("المتحدث باسم «كتيبة الجبل»", "مسيرة للجيش استهدفت تجمعات لمقاتلينا في وادي الريحان")
    art.said("سكان", "طائرة مسيرة قصفت السوق الشعبي في البلدة", anonymous=True, type="anonymous_source")
    art.said("مسؤول محلي", "الضربة أودت بحياة تسعة مدنيين", anonymous=True)
    art.said("مصدر عسكري", "الضربة استهدفت «تجمعا للمسلحين» خارج البلدة", anonymous=True)
    recs = annotated(art)
    assert contradiction(recs, "قصفت السوق", "تجمعا للمسلحين") == "contradict-target"
    assert contradiction(recs, "قصفت السوق", "تجمعات لمقاتلينا") is None


def test_the_arrested_told_as_armed_men_against_the_arrested_said_civilians() -> None:
    """توقيف 12 «مسلحا» and الموقوفين «مزارعون»: the arrest's people, said to be armed and said to be
    civilians; not where the other counts other detainees (الموقوفين الـ5)."""
    art = Article("h", title="الشرطة توقف 12 مسلحا قرب وادي الريحان", lead=LEAD, published=DAY)
    art.said("قيادة الشرطة", "قواتها أوقفت 12 «مسلحا» خلال حملة تمشيط قرب وادي الريحان", type="organization")
    art.said("رابطة الأهالي", "الموقوفين «مزارعون لا صلة لهم بأي جماعة مسلحة»", type="organization")
    art.said(
        "لجنة المحامين", "الموقوفين الـ5 في سوق الجمعة طلاب جامعة لا صلة لهم بأي جماعة", type="organization"
    )
    recs = annotated(art)
    assert contradiction(recs, "أوقفت 12", "مزارعون") == "contradict-identity"
    assert contradiction(recs, "أوقفت 12", "الـ5") is None
