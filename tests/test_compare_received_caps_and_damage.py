"""Comparisons read since the thirty-fifth blind set became a development set: the dead one hospital
received against the toll of its report (the hospital and its town say where the dead were taken, not
which event they died in), unless that toll is of some dead told apart (القتيلين، ليلة الأحد وحدها); a cap
on a story's toll (عدد القتلى لم يتجاوز ثلاثة) against the dead one clan counts of its own (خمسة من أبنائها
قتلوا); families said fled against "life is
normal and no family left" naming the report's place; damage told against "it suffered no damage"; a truce
"in force and kept by both sides" against "we signed none"; a denial of the side's own dead, or of any
dead, against a hospital's bodies or wounded of no side; a side said to have fired first against its own
denial of it; people kidnapped or led away counted as taken; a nation's army (الجيش الباكستاني), which
the entity table does not know, as a state's force rather than an armed group counting its kills; heavy
arms used against light arms only; a hold with its pronoun (في قبضتنا) as the speaker's.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare, quantities

LEAD = "اندلعت مساء الجمعة اشتباكات بين عشيرتين في قرية المزرعة شرقي البلدة بسبب خلاف على حصص الري."
TITLE = "قتلى في اشتباكات عشائرية على مياه جدول الرملة في قرية المزرعة"
DAY = dt.date(2028, 7, 14)


def report(name: str, day: dt.date = DAY) -> Article:
    return Article(name, lead=LEAD, title=TITLE, published=day)


def fighting(name: str, day: dt.date = DAY) -> Article:
    """A report of the clash that tells an attack (one of fighting, threaded with the others)."""
    article = report(name, day)
    return article.said("مصدر أمني", "مسلحين من العشيرة الأولى هاجموا بيوت القرية فجرا", anonymous=True)


def test_a_hospitals_dead_are_a_part_of_its_reports_toll() -> None:
    article = report("a")
    article.said("قيادة الشرطة", "ثلاثة أشخاص قتلوا وأصيب ستة آخرون في الاشتباكات", type="organization")
    article.said("مصدر طبي", "مستشفيات المدينة استقبلت جثث خمسة قتلى وتسعة جرحى", anonymous=True)
    article.said("مدير المستشفى العام", "المستشفى وحده استقبل ثماني جثث منذ مساء الجمعة")
    article.said("مصدر أمني", "القتيلين قرب الجدول «كانا يحملان بنادق»", anonymous=True)
    article.said("أحد الوجهاء", "خمسة قتلوا في ليلة الجمعة وحدها", anonymous=True)
    recs = annotated(article)
    assert contradiction(recs, "ثلاثة أشخاص", "جثث خمسة") == "contradict-part-exceeds"
    # (the two dead told of, and the dead of one night alone, are no whole toll for a hospital's part)
    assert contradiction(recs, "ثماني جثث", "القتيلين") is None
    assert contradiction(recs, "ثماني جثث", "ليلة الجمعة وحدها") is None


def test_a_cap_on_the_toll_against_the_dead_one_clan_counts_of_its_own() -> None:
    police = report("a").said("قيادة الشرطة", "عدد القتلى «لم يتجاوز ثلاثة»", type="organization")
    clan = report("b", DAY + dt.timedelta(days=1))
    clan.said("المتحدث باسم العشيرة", "خمسة من أبنائها قتلوا")
    recs = annotated(police, clan)
    assert (contradiction(recs, "لم يتجاوز ثلاثة", "أبنائها") or "").startswith("contradict-")
    # (a plural noun ending in hamza takes its seat before the pronoun: أبناء، أبنائها)
    told = quantities.find("خمسة من أبنائها قتلوا")
    assert [(q.low, q.unit) for q in told] == [(5.0, quantities.KILLED)]


def test_families_fled_against_no_family_left_where_life_is_normal() -> None:
    residents = fighting("a")
    residents.said("سكان", "عشرات العائلات فرت نحو مركز البلدة", type="named_person")
    residents.said("مصدر أمني", "الدوريات اعتقلت ثلاثة من الفارين", anonymous=True)
    mayor = fighting("b", DAY + dt.timedelta(days=1))
    mayor.said("مختار القرية", "الحياة طبيعية في المزرعة ولم تغادر أي أسرة")
    recs = annotated(residents, mayor)
    assert contradiction(recs, "عشرات العائلات", "لم تغادر") == "contradict-denial"
    # (those arrested of the men who fled are no count of the displaced)
    assert contradiction(recs, "الفارين", "لم تغادر") is None


def test_damage_told_against_none_suffered() -> None:
    article = fighting("a")
    article.said("مديرية الري", "الرصاص «ألحق أضرارا بالغة ببوابات ناظم المزرعة»", type="organization")
    article.said("الدفاع المدني", "فرقه أخمدت حريقين أخريين من دون أضرار", type="organization")
    other = fighting("b", DAY + dt.timedelta(days=1))
    other.said("المتحدث باسم وزارة الموارد المائية", "ناظم المزرعة «لم يتعرض لأي ضرر ويعمل بكامل طاقته»")
    recs = annotated(article, other)
    assert contradiction(recs, "أضرارا بالغة", "لم يتعرض") == "contradict-denial"
    # (an event told with no damage of its own denies no damage told of another)
    assert contradiction(recs, "أضرارا بالغة", "من دون أضرار") is None


def test_a_truce_in_force_and_kept_was_reached() -> None:
    governor = fighting("a").said("محافظ الإقليم", "الهدنة «سارية ويلتزم بها الطرفان»")
    governor.said("أحد الوسطاء", "أي اتفاق لا يشمل تقاسم المياه «لن يصمد طويلا»", anonymous=True)
    clan = fighting("b", DAY + dt.timedelta(days=1))
    clan.said("المتحدث باسم العشيرة", "العشيرة «لم توقع على أي هدنة أو اتفاق»")
    recs = annotated(governor, clan)
    assert contradiction(recs, "سارية", "لم توقع") == "contradict-not-reached"
    assert contradiction(recs, "لن يصمد", "لم توقع") is None  # (a prospect, no agreement told made)


def test_a_denial_of_dead_against_a_hospitals_bodies_or_wounded_of_no_side() -> None:
    article = report("a")
    article.said("مصدر طبي", "المستشفى استقبل تسع جثث", anonymous=True)
    article.said("مصدر طبي في مستشفى البلدة", "المستشفى استقبل 31 جريحا بينهم نساء", anonymous=True)
    article.said("قائد القوة", "سقوط أي قتيل في صفوف قواته", negated=True)
    article.said("المتحدث باسم المحافظة", "سقوط أي قتيل بين المحتجين", negated=True)
    recs = annotated(article)
    assert contradiction(recs, "تسع جثث", "صفوف قواته") is None
    assert contradiction(recs, "31 جريحا", "المحتجين") is None


def test_who_fired_first_against_that_sides_denial() -> None:
    notable = fighting("a").said("أحد وجهاء القرية", "أبناء آل زيدان «أغلقوا الجدول وأطلقوا النار أولا»")
    clan = fighting("b", DAY + dt.timedelta(days=1))
    clan.said("عشيرة آل زيدان", "يكون أبناؤها قد بادروا بإطلاق النار", negated=True, type="organization")
    clan.said("قيادة الشرطة", "تكون دورياتها قد بادرت بإطلاق النار", negated=True, type="organization")
    recs = annotated(notable, clan)
    assert contradiction(recs, "أطلقوا النار أولا", "أبناؤها") == "contradict-denial"
    # (the police deny their patrols fired first: no word on who the notable says did)
    assert contradiction(recs, "أطلقوا النار أولا", "دورياتها") is None


def test_kidnapped_people_are_counted_as_taken() -> None:
    told = quantities.find("خطف مسلحون 3 عمال من المنجم")
    assert [(q.low, q.unit) for q in told] == [(3.0, quantities.ARRESTED)]
    assert [(q.low, q.unit) for q in quantities.find("اقتادوا 4 مهندسين")] == [(4.0, quantities.ARRESTED)]


def test_a_nations_army_is_no_armed_group_counting_the_soldiers_it_killed() -> None:
    assert compare._national_army("?جيش باكستاني")
    assert not compare._national_army("?جيش اسلام")
    first = fighting("a").said("البيان", "جنديين قتلا في الهجوم", type="document")
    later = fighting("b", DAY + dt.timedelta(days=1))
    later.said("الجناح الإعلامي للجيش الباكستاني", "حصيلة قتلى الجيش ارتفعت إلى ثلاثة", type="organization")
    recs = annotated(first, later)
    assert contradiction(recs, "جنديين", "ارتفعت") is None  # (the toll risen since)


def test_heavy_arms_used_against_light_arms_only() -> None:
    police = fighting("a").said(
        "قيادة الشرطة", "المتنازعين استخدموا «أسلحة متوسطة وقاذفات»", type="organization"
    )
    clan = fighting("b", DAY + dt.timedelta(days=1))
    clan.said("المتحدث باسم العشيرة", "أبناءها «لم يحملوا سوى بنادق شخصية» دفاعا عن أراضيهم")
    clan.said("أحد الوجهاء", "المسلحين كانوا يحملون بنادق آلية", anonymous=True)
    recs = annotated(police, clan)
    assert contradiction(recs, "أسلحة متوسطة", "بنادق شخصية") == "contradict-armed"
    # (arms of no class told: nothing to set against light ones only)
    assert contradiction(recs, "بنادق آلية", "بنادق شخصية") is None


def test_a_hold_with_its_pronoun_is_the_speakers_whoever_follows() -> None:
    holder, ground, own = compare._held_under("تلة الرملة في قبضتنا والمسلحون تراجعوا") or ((), (), False)
    assert (holder, own) == (frozenset(), True)
    assert ground
