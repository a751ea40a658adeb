"""Comparisons read since the thirty-fourth blind set became a development set: people of a story said to
bear arms (المقتحمون «كانوا يحملون بنادق») against the same said to bear none (لم يحمل أي منهم سلاحا); a
denial of arresting anyone told in the claim's own words (الشرطة «لم تعتقل أي مشتبه به») against the
arrests; a side's count of its own dead (عدد قتلاها ارتفع إلى 8) against its enemy's count of them; a
side's wounded (عدد جرحاهم) as a count of the wounded, not cases of a disease; the adjective القاهرة (القوة
القاهرة: force majeure), which names no capital; a capital opening a dateline (أبوظبي - «...»), which is
where the outlet wrote from, not an actor of the story; a negation glued to و (ولم تغادر أي عائلة), which
denies as the bare one does; a hold told before a later negation (البلدة في أيدينا ولا أسرى لدينا); a
strike told with no agent (غارة استهدفت مزرعة) against a denial of any strike by the only side its report
names, not a strike only feared or the toll of one; "no doubt" (لا شك أن), which affirms.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, by_claim, contradiction

from tracker import compare, entities, propositions, quantities
from tracker.arabic import stems

LEAD = "اقتحم مسلحون فجر الخميس محطة الضخ في بلدة الواحة واشتبكوا مع حراسها."
TITLE = "اقتحام محطة الضخ في الواحة"
DAY = dt.date(2028, 5, 11)


def report(name: str, day: dt.date = DAY) -> Article:
    """A report of the raid (its toll makes it one of fighting, threaded with the others)."""
    article = Article(name, lead=LEAD, title=TITLE, published=day)
    return article.said("مصدر طبي", "المسلحين قتلوا حارسين في المحطة", anonymous=True)


def test_arms_borne_against_none_borne() -> None:
    guards = report("a").said("المتحدث باسم الحرس", "المقتحمين «كانوا يحملون بنادق آلية»")
    protest = report("b", DAY + dt.timedelta(days=1))
    protest.said("أحد منظمي الاحتجاج", "تحركهم سلمي «ولم يحمل أي مشارك فيه سلاحا»", anonymous=True)
    protest.said("مصدر في الحرس", "المحتجين لا يحملون «سوى عصي وحجارة»", anonymous=True)
    protest.said("مصدر محلي", "المحتجين لا يحملون «سوى أسلحة فردية»", anonymous=True)
    recs = annotated(guards, protest)
    assert contradiction(recs, "بنادق آلية", "أي مشارك") == "contradict-armed"
    # (only sticks and stones: no weapon borne, and none denied; light arms are arms)
    assert contradiction(recs, "عصي وحجارة", "أي مشارك") is None
    assert contradiction(recs, "أسلحة فردية", "أي مشارك") == "contradict-armed"
    assert contradiction(recs, "بنادق آلية", "أسلحة فردية") is None


def test_a_denial_that_arms_were_found_on_them_is_none_borne() -> None:
    article = report("a")
    article.said("مصدر أمني", "القوة وجدت بحوزتهما بندقيتين", anonymous=True)
    article.said("والد أحد القتيلين", "يكون بحوزتهما أي سلاح", negated=True, type="named_person")
    assert contradiction(annotated(article), "بندقيتين", "أي سلاح") == "contradict-armed"


def test_no_arrest_of_anyone_in_the_claims_own_words_against_the_arrests() -> None:
    article = report("a")
    article.said("مصدر أمني", "الشرطة الإسرائيلية اعتقلت ثلاثة مشتبه بهم من المستوطنين", anonymous=True)
    article.said("الشرطة الإسرائيلية", "قواتها «لم تعتقل أي مشتبه به حتى الآن»", type="organization")
    article.said("مصدر محلي", "الشرطة الإسرائيلية لم تعتقل المشتبه بهم في الليلة الأولى", anonymous=True)
    recs = annotated(article)
    assert contradiction(recs, "اعتقلت ثلاثة", "أي مشتبه به") == "contradict-denial"
    # (no "any": the claim tells when, not that no one was arrested)
    assert contradiction(recs, "اعتقلت ثلاثة", "الليلة الأولى") is None


def test_a_sides_own_dead_against_its_enemys_count_of_them() -> None:
    army = report("a").said("مصدر عسكري", "القوات قتلت أكثر من 30 عنصرا من «جبهة الواحة»", anonymous=True)
    front = report("b", DAY + dt.timedelta(days=1))
    front.said("جبهة الواحة", "عدد قتلاها ارتفع إلى 8", type="organization")
    verdict = contradiction(annotated(army, front), "أكثر من 30", "قتلاها")
    assert (verdict or "").startswith("contradict-")
    told = quantities.find("عدد قتلاها ارتفع إلى 8")
    assert [(q.low, q.unit) for q in told] == [(8.0, quantities.KILLED)]
    assert quantities.own_losses(told[0], "عدد قتلاها ارتفع إلى 8")


def test_a_sides_wounded_count_the_wounded_and_cases_of_a_disease_do_not() -> None:
    told = quantities.find("قتل اثنان من الحراس، وبلغ عدد جرحاهم ٧")
    assert [(q.low, q.unit) for q in told] == [(2.0, quantities.KILLED), (7.0, "wounded")]
    # (إصابة after a figure counts cases, of a disease as often as of wounds)
    assert quantities.find("سجلت الوزارة 4 إصابات جديدة بالفيروس") == []


def test_the_adjective_qahira_names_no_capital() -> None:
    table = entities.table()
    assert [m.id for m in table.mentions("أعلنت الشركة حالة القوة القاهرة في الميناء")] == []
    assert [m.id for m in table.mentions("بسبب الظروف القاهرة توقف العمل")] == []
    assert [m.id for m in table.mentions("وصل الوفد إلى القاهرة مساء الخميس")] == ["egypt"]


def test_a_dateline_capital_is_no_actor_of_the_story() -> None:
    lead = "أبوظبي - «الوكالة»: اشتبكت دورية فجر الاثنين مع مهربين قرب الحدود."
    article = Article("a", lead=lead, title="اشتباك على الحدود", published=DAY)
    article.said("مصدر عسكري", "القوة قتلت خمسة مهربين", anonymous=True)
    told = by_claim(annotated(article), "خمسة مهربين").proposition
    assert told is not None and told.entities == []
    # (the capital inside the story is one of its actors)
    article.said("مصدر أمني", "أبوظبي أرسلت طائرة لنقل الجرحى", anonymous=True)
    sent = by_claim(annotated(article), "أرسلت طائرة").proposition
    assert sent is not None and sent.entities == ["uae"]


def test_a_negation_glued_to_waw_denies_as_the_bare_one_does() -> None:
    assert stems("ولم") == ("ولم", "لم") and stems("فلا") == ("فلا", "لا")
    assert stems("وجد") == ("وجد",)  # (a verb, no particle left)
    article = report("a")
    article.said("الهلال الأحمر", "نحو 40 عائلة نزحت من القرى المجاورة", type="organization")
    article.said("مسؤول محلي", "الحياة طبيعية، ولم تغادر أي عائلة", anonymous=True)
    assert contradiction(annotated(article), "40 عائلة", "أي عائلة") == "contradict-denial"


def test_a_hold_told_before_a_later_negation_is_still_a_hold() -> None:
    held = compare._held_under("البلدة في أيدينا ولا أسرى لدينا")
    assert held is not None and held[2]  # (the speaker's own hold, the ground before it)


BORDER_LEAD = "اشتبكت وحدات من الجيش الأردني فجر الاثنين مع مهربين قرب الحدود الشمالية الشرقية."


def border_report(name: str, lead: str = BORDER_LEAD) -> Article:
    """A report of the clash (its toll makes it one of fighting, threaded with the others by its place)."""
    article = Article(name, lead=lead, title="اشتباك مع مهربين قرب مخفر الصفاوي", published=DAY)
    return article.said("مصدر طبي", "المهربين قتلوا جنديا قرب مخفر الصفاوي في البادية", anonymous=True)


def test_a_denial_of_any_strike_against_one_told_with_no_agent_where_only_the_denier_is_named() -> None:
    army = border_report("a").said("مصدر عسكري أردني", "تنفيذ أي غارة خارج حدود المملكة", negated=True)
    activists = border_report("b")
    activists.said("ناشطون", "غارة جوية استهدفت مزرعة داخل الأراضي السورية", type="anonymous_source")
    activists.said("سكان", "العائلات غادرت مضاربها خشية غارات جديدة", type="anonymous_source")
    activists.said("مسؤول سوري", "غارة أردنية قتلت خمسة من عائلة واحدة", anonymous=True)
    recs = annotated(army, activists)
    assert contradiction(recs, "مزرعة", "أي غارة") == "contradict-denial"
    assert contradiction(recs, "غارة أردنية", "أي غارة") == "contradict-denial"  # (أردنية: who did it)
    assert contradiction(recs, "خشية غارات", "أي غارة") is None  # (feared, none told done)
    # (a report naming another actor as well: the strike may be that one's)
    two = f"{BORDER_LEAD} وقالت مصادر إن طائرات تابعة لروسيا حلقت فوق المنطقة."
    other = border_report("c", two).said("ناشطون", "غارة جوية استهدفت مزرعة داخل الأراضي السورية")
    assert contradiction(annotated(army, other), "مزرعة", "أي غارة") is None


def test_no_doubt_affirms_what_follows() -> None:
    assert not propositions.read("لا شك أن الضربة على مخازن التنظيم أضعفت قدراته").negated
    assert propositions.read("لا ضربة على مخازن التنظيم").negated
