"""Relations, tolls and holds read since the twenty-first blind set became a development set: an agreement
with a party named by مع is the speaker's side's, whatever else the claim names; two sides consenting is an
agreement; not gaining a metre of ground is a hold denied, and of the side said to hold; a side's word that
none of its own died meets a count of its dead; a head before a quoted name names the group; a counted noun
with a possessive pronoun, or before a plural verb; a toll said to be all beside another's risen toll; a
place said to have slipped from a side's hold; who the held or the dead were by nationality. Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import entities, propositions, quantities

DAY = dt.date(2027, 3, 8)


def test_an_agreement_with_a_party_named_by_ma_is_the_speakers() -> None:
    handed = "التوصل إلى اتفاق مع قيادة الحشد الشعبي يقضي بتسليم الملف الأمني في الخالص إلى الجيش العراقي"
    assert propositions.read(handed).relation == "agreement"
    # with no مع, a trigger that reaches one of two actors named states nothing of them
    assert (
        propositions.read("الحشد الشعبي أبرم اتفاقا يقضي بتسليم الملف الأمني إلى الجيش العراقي").relation
        is None
    )
    one = Article("g", lead="خلاف على الملف الأمني في قضاء الخالص.", published=DAY)
    one.said("محافظ ديالى", handed)
    other = Article("p", lead="الحشد الشعبي يرد على المحافظ.", published=DAY + dt.timedelta(days=1))
    other.said("قيادة الحشد الشعبي", "التوصل إلى أي اتفاق على تسليم الملف الأمني في الخالص", negated=True)
    assert contradiction(annotated(one, other), "التوصل إلى اتفاق مع", "أي اتفاق") is not None


def test_two_sides_consenting_is_an_agreement() -> None:
    assert propositions.read("الطرفين «وافقا مساء الأحد على تبادل الأسرى»").relation == "agreement"
    assert propositions.read("الحركتان وافقتا على وقف القتال").relation == "agreement"
    # one side approving its own plan is no agreement between sides
    assert propositions.read("المجلس وافق على خطة إعادة الإعمار").relation is None


def test_not_gaining_a_metre_is_a_hold_denied() -> None:
    held = propositions.read("المهاجمين لم يتقدموا مترا واحدا")
    assert (held.relation, held.negated) == ("control", True)
    vowed = propositions.read("قواتنا لن تتقدم شبرا")
    assert (vowed.relation, vowed.negated) == ("control", True)
    # progress in talks is no ground
    assert propositions.read("المفاوضات تقدمت خطوة").relation is None


def test_a_sides_word_that_none_of_its_own_died_meets_a_count_of_its_dead() -> None:
    title = "هجوم على حاجز للجيش قرب بلدة الرشاد"
    army = Article("a", title=title, lead="هجوم لحركة الشباب على حاجز قرب بلدة الرشاد.", published=DAY)
    army.said("المتحدث باسم الجيش", "مقتل سبعة من منفذي الهجوم على حاجز الرشاد")
    army.said("المتحدث باسم الجيش", "مقتل أربعة من عناصر حركة الشباب في ملاحقة قرب الرشاد")
    group = Article("b", title=title, lead="حركة الشباب تتبنى الهجوم على حاجز الرشاد.", published=DAY)
    group.said(
        "حركة الشباب", "مقاتليها «عادوا إلى قواعدهم سالمين» بعد الهجوم على حاجز الرشاد", type="organization"
    )
    recs = annotated(army, group)
    assert propositions.read("عادوا إلى قواعدهم سالمين").relation == "casualties"
    assert contradiction(recs, "سبعة من منفذي", "سالمين") == "contradict-denial"
    assert contradiction(recs, "أربعة من عناصر", "سالمين") == "contradict-denial"
    # ... told as no dead in its ranks
    ranks = Article("d", title=title, lead="حركة الشباب تتبنى الهجوم على حاجز الرشاد.", published=DAY)
    ranks.said(
        "حركة الشباب", "لم يسقط أي قتيل في صفوف مقاتليها خلال الهجوم على حاجز الرشاد", type="organization"
    )
    assert contradiction(annotated(army, ranks), "سبعة من منفذي", "صفوف مقاتليها") == "contradict-denial"
    # the dead of another side are no part of it: soldiers killed, said by the army, meet no denial of the
    # group's own losses
    other = Article("c", title=title, lead="هجوم لحركة الشباب على حاجز قرب بلدة الرشاد.", published=DAY)
    other.said("المتحدث باسم الجيش", "مقتل ثلاثة جنود في الهجوم على حاجز الرشاد")
    assert contradiction(annotated(other, group), "ثلاثة جنود", "سالمين") is None


def test_a_head_before_a_quoted_name_names_the_group() -> None:
    text = "قالت مصادر إن عناصر تنظيم «داعش» هاجموا القرية، ثم أعلن التنظيم مسؤوليته."
    found = entities.table()
    (m,) = [m for m in found.mentions(text) if m.id == "isis"]
    assert found.head_of(text, m) == "تنظيم"
    assert propositions._article_heads(text)["تنظيم"] == "isis"


def test_a_counted_noun_with_a_possessive_pronoun() -> None:
    def counts(text: str) -> list[tuple[float | None, str | None, str | None]]:
        return [(q.low, q.unit, q.of) for q in quantities.find(text)]

    assert counts("6 من جنودها قتلوا خلال المواجهات") == [(6.0, "killed", "soldiers")]
    assert counts("ثلاثة من عناصره قتلوا") == [(3.0, "killed", "fighters")]
    # a possessed noun that counts no listed kind of person stays uncounted
    assert counts("ثلاثة من أصدقائه وصلوا") == []


def test_a_toll_said_to_be_all_beside_anothers_risen_toll() -> None:
    def against_risen(toll: str) -> str | None:
        art = Article("t", lead="هجوم على نقطة للشرطة قرب بلدة السلام ليل الجمعة.", published=DAY)
        art.said("آمر الفوج", "حصيلة قتلى الفوج في هجوم ليل الجمعة ارتفعت إلى 7 بعد وفاة جريح")
        art.said("المتحدث باسم قيادة الشرطة", toll)
        return contradiction(annotated(art), "ارتفعت إلى 7", toll)

    assert against_risen("حصيلة القتلى «ثلاثة فقط»") == "contradict-figures"
    # without "only", the lower count may be the toll before it rose
    assert against_risen("حصيلة القتلى ثلاثة") is None


def test_a_place_said_to_have_slipped_from_a_sides_hold() -> None:
    title = "معارك حول جسر الصافية"
    army = Article(
        "a", title=title, lead="معارك بين الجيش السوداني وقوات الدعم السريع قرب جسر الصافية.", published=DAY
    )
    army.said("المتحدث باسم الجيش السوداني", "الجيش «ما زال يسيطر بالكامل على جسر الصافية وقرية العكد»")
    other = Article(
        "b", title=title, lead="معارك بين الجيش السوداني وقوات الدعم السريع قرب جسر الصافية.", published=DAY
    )
    other.said("مصدر عسكري", "قرية العكد «خرجت عن سيطرة الجيش منذ الخميس»", anonymous=True)
    other.said("مصدر محلي", "قرية العكد «لم تخرج عن سيطرة الجيش»", anonymous=True)
    recs = annotated(army, other)
    assert contradiction(recs, "ما زال يسيطر", "خرجت عن") == "contradict-holder"
    assert contradiction(recs, "ما زال يسيطر", "لم تخرج") is None


def test_a_hold_denied_of_a_side_is_of_the_side_said_to_hold() -> None:
    art = Article("a", lead="هجوم لجماعة الحوثي على مواقع الجيش في وادي النخيل.", published=DAY)
    art.said("قيادة المنطقة العسكرية", "قواتها صدت هجوما واسعا شنته جماعة الحوثي على مواقعها في وادي النخيل")
    art.said("المتحدث باسم المنطقة", "الحوثيين لم يتقدموا مترا واحدا في وادي النخيل")
    art.said("المتحدث العسكري باسم الحوثيين", "قوات الجماعة «سيطرت على ثلاثة مواقع في وادي النخيل»")
    recs = annotated(art)
    assert contradiction(recs, "لم يتقدموا", "سيطرت على ثلاثة") == "contradict-denial"
    # the army's own account of repelling the attack is no ground the denial disputes
    assert contradiction(recs, "لم يتقدموا", "صدت هجوما") is None


def test_a_figure_before_a_plural_verb_counts_people() -> None:
    def counts(text: str) -> list[tuple[float | None, str | None]]:
        return [(q.low, q.unit) for q in quantities.find(text)]

    assert counts("ثمانية قتلوا في ليلة الأحد وحدها") == [(8.0, "killed")]
    assert counts("خمسة أصيبوا بجروح طفيفة") == [(5.0, "wounded")]
    # a year before a verb counts no one
    assert counts("في 2014 قتلوا جميعا") == []
    # men of a people or a place are counted as people
    assert counts("ثلاثة من أبناء العشيرة قتلوا") == [(3.0, "killed")]


def test_who_the_held_or_the_dead_were_by_nationality() -> None:
    art = Article("n", lead="اشتباكات في بلدة الواحة جنوب البلاد.", published=DAY)
    art.said("المتحدث باسم وزارة الداخلية", "القوة ألقت القبض على 15 مسلحا «بينهم ثلاثة مرتزقة نيجيريين»")
    art.said("مصدر أمني", "الموقوفين «ليس بينهم سوى نيجيري واحد»", anonymous=True)
    art.said("المتحدث باسم مجلس الأعيان", "جميع المحتجزين مواطنون تشاديون من سكان البلدة")
    art.said("مسؤول محلي", "لا يوجد بين الموقوفين أي نيجيري", anonymous=True)
    art.said("مصدر طبي", "القتلى الأربعة «ليس بينهم أي نيجيري»", anonymous=True)
    recs = annotated(art)
    for other in ("سوى نيجيري", "جميع المحتجزين", "لا يوجد بين"):
        assert contradiction(recs, "ثلاثة مرتزقة", other) == "contradict-identity", other
    # the dead are another group than the held
    assert contradiction(recs, "ثلاثة مرتزقة", "القتلى الأربعة") is None
    # "any" of another word is no nationality denied (أي اتفاق مع الجانب النيجيري)
    deal = Article("d", lead="اشتباكات في بلدة الواحة جنوب البلاد.", published=DAY)
    deal.said("المتحدث باسم وزارة الداخلية", "القوة ألقت القبض على 15 مسلحا «بينهم ثلاثة مرتزقة نيجيريين»")
    deal.said("مسؤول محلي", "التوصل إلى أي اتفاق مع الجانب النيجيري", negated=True, anonymous=True)
    assert contradiction(annotated(deal), "ثلاثة مرتزقة", "أي اتفاق") is None
    # "all" of a land is no nationality of the held (كل المدن التشادية)
    land = Article("l", lead="اشتباكات في بلدة الواحة جنوب البلاد.", published=DAY)
    land.said("المتحدث باسم وزارة الداخلية", "القوة ألقت القبض على 15 مسلحا «بينهم ثلاثة مرتزقة نيجيريين»")
    land.said("مسؤول تشادي", "الموقوفين جاؤوا من كل المدن التشادية", anonymous=True)
    assert contradiction(annotated(land), "ثلاثة مرتزقة", "كل المدن") is None
