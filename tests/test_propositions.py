"""Claims -> propositions: actors, relation, polarity, modality, restriction, figures and time.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from claimkit import Article, annotated, by_claim
from typer.testing import CliRunner

from tracker import entities, propositions, quantities
from tracker.cli import app
from tracker.models import Proposition


def prop(claim: str, *, negated: bool = False, lead: str = "") -> Proposition:
    records = annotated(Article("t", lead=lead).said("الباحث وليد عمران", claim, negated=negated))
    p = records[0].proposition
    assert p is not None
    return p


# --- entities -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "هاجم داعش القرية",
        "هاجم تنظيم الدولة القرية",
        'هاجم تنظيم "الدولة" القرية',
        "هاجمت الدولة الإسلامية القرية",
        "هاجم مسلحو «الدولة الإسلامية في العراق والشام» القرية",
    ],
)
def test_isis_aliases_are_one_entity(text: str) -> None:
    assert entities.table().ids(text) == ["isis"]


def test_longest_alias_wins_wherever_it_starts() -> None:
    assert entities.table().ids("قال إن تنظيم القاعدة في العراق يمد النصرة بالسلاح") == ["aqi", "al_nusra"]
    assert entities.table().ids("والنصرة ولداعش وللقاعدة") == ["al_nusra", "isis", "al_qaeda"]


def test_entity_links_branch_and_predecessor() -> None:
    t = entities.table()
    assert "al_qaeda" in t.expand("al_nusra")
    assert set(t.expand("aqi")) >= {"al_qaeda", "isis"}
    assert t.link("al_nusra", "al_qaeda") == "al_nusra branch_of al_qaeda"
    assert t.expand("hezbollah") == ("hezbollah",)


def test_unknown_organisation_keeps_a_normalized_surface_form() -> None:
    a = entities.table().ids("تدعم حركة الفجر الجديد لواء الصمود")
    b = entities.table().ids("ولحركة الفجر علاقات مع «لواء الصمود»")
    assert a == b
    assert all(e.startswith(entities.UNKNOWN_PREFIX) for e in a) and len(a) == 2
    # a rank before a person's name is not a group, nor is a word after a pause
    assert entities.table().ids("قال اللواء سمير حداد") == []
    assert entities.table().ids("قال المتحدث باسم الحركة، الدكتور سامر عواد") == []
    # an army or a corps before a definite name; a quoted name is one mention to its closing mark
    assert entities.table().ids("قال الجيش الموريتاني") == ["?جيش موريتاني"]
    text = "اتهم «فرقة الشهيد عمر الخطيب» بالتنسيق"
    assert [(m.id, text[m.start : m.end]) for m in entities.table().mentions(text)] == [
        ("?فرقه شهيد", "فرقة الشهيد عمر الخطيب")
    ]


def test_a_quoted_name_after_a_head_and_a_person_after_a_definite_head() -> None:
    t = entities.table()
    assert t.ids("أعلنت حركة «نور 7» سيطرتها على البلدة") == ["?حركه نور 7"]
    # الحركة is no name's head: the person after it is no group, nor the speech quoted after it
    assert t.ids("قال المتحدث باسم الحركة سامر عواد") == []
    assert t.ids("مقاتلو الحركة «ما زالوا في البلدة»") == []
    assert t.bare_heads("مقاتلو الحركة «ما زالوا في البلدة»") == [("حركه", len("مقاتلو "))]
    assert t.bare_heads("أعلنت حركة «نور 7» سيطرتها على البلدة") == []


def test_a_head_standing_alone_refers_to_the_group_its_article_named() -> None:
    art = Article("h", lead="اندلعت معارك بين الجيش الموريتاني وحركة «نور 7» في بلدة الكرامة.")
    art.said("المتحدث باسم الحركة سامر عواد", "مقاتلي الحركة ما زالوا يسيطرون على البلدة")
    [r] = annotated(art)
    assert r.proposition is not None
    assert r.proposition.anaphors == {"حركه": "?حركه نور 7"}
    assert "?حركه نور 7" in r.proposition.entities


def test_unnamed_actors_come_from_the_article() -> None:
    lead = "تتبادل جبهة النصرة وتنظيم داعش الاتهامات منذ أشهر في ريف إدلب."
    p = prop("التنظيمين يتعاونان سرا في نقل الوقود", lead=lead)
    assert set(p.entities) == {"al_nusra", "isis"}
    assert p.relation == "cooperation"


def test_extract_reads_unnamed_actors_from_the_article_whatever_the_input(tmp_path: Path) -> None:
    """A JSON Lines article has no file of its own to re-read: the command passes the text along."""
    text = (
        "تتبادل جبهة النصرة وتنظيم داعش الاتهامات منذ أشهر في ريف إدلب.\n"
        "وقال الباحث وليد عمران إن التنظيمين يتعاونان سرا في نقل الوقود.\n"
    )
    src = tmp_path / "articles.jsonl"
    src.write_text(json.dumps({"id": "x1", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    cooperating = [r for r in rows if "يتعاونان" in r["claim"]["text"]]
    assert len(cooperating) == 1
    assert set(cooperating[0]["proposition"]["entities"]) == {"al_nusra", "isis"}


# --- relation, polarity, modality, restriction ---------------------------------------------------------


@pytest.mark.parametrize(
    ("claim", "relation"),
    [
        ("حزب الله يقدم الدعم للحوثيين", "support"),
        ("اقتتال عنيف اندلع بين داعش والنصرة", "conflict"),
        ("قادة النصرة وأحرار الشام يبحثون الاندماج في كيان واحد", "merger"),
        ("هناك تنسيق ميداني بين قسد والحشد الشعبي", "tactical_coordination"),
        ("حماس والجهاد الإسلامي وقعتا اتفاقا لتقاسم الأدوار", "agreement"),
        ("داعش سيطر على ثلاث قرى قرب الحدود", "control"),
        # holding fast, consolidating, dug in
        ("وحدات الشرطة ما زالت ممسكة بالمعبر", "control"),
        ("مقاتلو الحركة ثبتوا مواقعهم في مركز الناحية", "control"),
        ("مسلحين ما زالوا يتحصنون في الحي الغربي", "control"),
    ],
)
def test_relation_triggers(claim: str, relation: str) -> None:
    assert prop(claim).relation == relation


def test_most_specific_relation_wins() -> None:
    # "تنسيق تكتيكي" beats plain coordination; "هجمات موحدة" is a merger, not an attack
    assert prop("ثمة تنسيق تكتيكي بين داعش والنصرة").relation == "tactical_coordination"
    assert prop("داعش والنصرة يشنان هجمات موحدة").relation == "merger"


@pytest.mark.parametrize(
    ("claim", "relation"),
    [
        ("أي مدني قد قتل خلال المواجهات بين القوات والعشائر", "casualties"),  # during what: a circumstance
        ("النصرة دخلت في تحالف مع داعش", "alliance"),  # في opens what the verb governs
        ("لا يوجد أي تحالف أو اندماج بين داعش والنصرة", "alliance"),  # an alternative: the lesser tie
        ("الجيش ما زال داخل المقر، والاشتباكات مستمرة على أطرافه", "control"),  # another clause
        ("داعش والنصرة يشنان هجمات موحدة", "merger"),  # a qualifier one word after the first trigger
    ],
)
def test_a_trigger_after_the_first_qualifies_it_only_in_its_own_phrase(claim: str, relation: str) -> None:
    assert prop(claim).relation == relation


def test_a_trigger_after_a_word_for_a_group_s_members_names_the_group() -> None:
    assert prop("مقاتلي الحلف صدوا هجوما على مواقعهم").relation == "control"  # not an alliance
    assert prop("الحلف بين الحركتين قائم منذ عامين").relation == "alliance"
    assert prop("عناصر مرتبطة بالحزب نفذوا الهجوم").relation == "attack"  # a participle describing them


def test_an_order_to_withdraw_holds_no_ground() -> None:
    assert prop("القائد تسلم أوامر الانسحاب من المدينة").relation is None
    assert prop("القوات انسحبت من المدينة").relation == "control"


def test_international_coalition_is_not_an_alliance() -> None:
    assert prop("طيران التحالف الدولي قصف مواقع داعش").relation == "attack"


# --- whose relation: the actors a relational trigger reaches ------------------------------------------


def test_a_relation_holds_between_the_actors_its_trigger_reaches() -> None:
    p = prop("تركيا وقعت رسميا اتفاقا مع الولايات المتحدة يفتح قواعدها أمام الطائرات")
    assert (p.relation, set(p.entities)) == ("agreement", {"turkey", "usa"})
    # names and their heads do not count as words between: تنظيمي ... و ... جبهة
    q = prop('إن التنسيق رجع بين تنظيمي "داعش" و"جبهة النصرة" عقب شهور من الخصام')
    assert (q.relation, set(q.entities)) == ("cooperation", {"isis", "al_nusra"})


@pytest.mark.parametrize(
    ("claim", "not_party"),
    [
        # the adversary of a support is not its party
        ("نشرت الولايات المتحدة طائرات دعما للتصدي لتنظيم داعش", "isis"),
        # a relative clause says something else
        ("التحالف الذي تقوده واشنطن يقصف مواقع داعش في الرقة", "usa"),
        # a state named as a place is where, not who
        ("إيران نشرت مستشارين بجنوب تركيا لدعم الفصائل المسلحة", "turkey"),
        # a complementizer opens another clause
        ("أكدت إسرائيل أن الاتفاق مع إيران سيئ", "israel"),
        # the accuser is no party of what it accuses another of
        ("الرياض تتهم طهران بدعم الحوثيين في اليمن", "saudi_arabia"),
    ],
)
def test_actors_past_a_barrier_are_not_parties(claim: str, not_party: str) -> None:
    reading = propositions.read(claim)
    assert not_party in entities.table().ids(claim)  # named, within three words of a trigger ...
    assert not_party not in reading.parties  # ... but past a barrier


def test_a_relation_word_far_from_the_named_actors_is_not_their_relation() -> None:
    # the claim names Iran and the Houthis, and mentions agreements in passing, far from both
    p = prop("إيران ترسل السلاح إلى الحوثيين منذ سنوات طويلة في البحر الأحمر رغم كل الاتفاقات")
    assert p.relation != "agreement"


def test_two_qualifiers_joined_by_or_keep_the_party_within_reach() -> None:
    # أو between two qualifiers counts no more than a lone و does
    reading = propositions.read("لا يوجد أي اتفاق مكتوب أو شفهي مع الحكومة السورية")
    assert (reading.relation, reading.negated) == ("agreement", True)


def test_the_speakers_side_is_the_unnamed_party() -> None:
    records = annotated(Article("s").said("المتحدث باسم حركة حماس", "لا اتفاق مع حركة فتح حتى الآن"))
    p = records[0].proposition
    assert p is not None and (p.relation, set(p.entities)) == ("agreement", {"hamas", "fatah"})


def test_content_negation_and_cue_negation_combine() -> None:
    assert prop("لا يوجد أي تحالف بين داعش والنصرة").polarity == "negated"
    assert prop("المحققين لم يجدوا أي دليل على أن داعش والقاعدة تحالفا").polarity == "negated"
    assert prop("وجود تعاون بين داعش والنصرة", negated=True).polarity == "negated"
    assert prop("التنظيمين لم يتعاونا قط", negated=True, lead="داعش والنصرة.").polarity == "affirmed"
    assert prop("داعش والنصرة تحالفا منذ الربيع").polarity == "affirmed"


@pytest.mark.parametrize(
    ("claim", "polarity"),
    [
        ("طهران أوقفت دعمها للحوثيين منذ الشتاء", "negated"),
        ("حماس قررت إنهاء التنسيق مع حركة فتح", "negated"),
        ("طهران لن تتخلى عن دعم الحوثيين مهما كلف الأمر", "affirmed"),
        ("الحكومة لم توقف التعاون مع حزب الله رغم الضغوط", "affirmed"),
    ],
)
def test_ending_a_relation_denies_it_and_not_ending_it_affirms_it(claim: str, polarity: str) -> None:
    p = prop(claim)
    assert p.relation in ("support", "cooperation") and p.polarity == polarity


def test_negators_with_a_conjunction_and_denials_after_the_claim() -> None:
    assert prop("المشاورات مستمرة ولم يتم التوصل إلى أي اتفاق بين حماس وفتح").polarity == "negated"
    assert prop("الحديث عن تحالف بين داعش والنصرة عار من الصحة").polarity == "negated"


def test_failing_to_reach_an_agreement_denies_it() -> None:
    assert prop("الطرفان فشلا في التوصل إلى اتفاق على تبادل الأسرى").polarity == "negated"
    assert prop("تعذر التوصل إلى اتفاق بين حماس وفتح").polarity == "negated"


def test_a_bound_of_a_figure_is_no_negation() -> None:
    assert prop("«ما لا يقل عن 17 جنديا» قتلوا في الهجوم على الثكنة").polarity == "affirmed"
    assert prop("عدد القتلى لم يتجاوز ثلاثة في الغارة").polarity == "affirmed"
    assert prop("لم يقتل أي جندي في الهجوم على الثكنة").polarity == "negated"


def test_a_negator_does_not_reach_into_a_clause_of_time() -> None:
    assert prop("التهدئة لم تبدأ حين وقعت حماس الاتفاق مع فتح").polarity == "affirmed"
    assert prop("حماس وفتح لم توقعا الاتفاق بعد").polarity == "negated"


def test_a_word_inside_a_name_is_no_trigger() -> None:
    # الدعم of قوات الدعم السريع is no support; قد before a past verb affirms
    p = prop("قوات الدعم السريع قد قصفت سوق المدينة")
    assert (p.relation, p.modality) == ("attack", "asserted")


def test_attacks_that_stop_did_happen() -> None:
    p = prop("المنظمات طالبت الحوثيين بالتوقف عن الهجمات على المدنيين في عدن")
    assert (p.relation, p.polarity) == ("attack", "affirmed")


def test_united_in_a_fight_is_cooperation_not_a_merger() -> None:
    assert prop("إيران وروسيا ستظلان موحدتين في الحرب على الإرهاب").relation == "cooperation"
    assert prop("داعش والنصرة قررا الاندماج في كيان واحد").relation == "merger"


def test_a_relation_taken_for_granted_in_a_phrase_of_time_or_cause_is_not_asserted() -> None:
    # the claim is about a prisoner; the deal with Iran is background
    p = prop("واشنطن قد تفرج عن الجاسوس لتهدئة إسرائيل على خلفية توقيع الاتفاق مع إيران")
    assert p.relation is None
    assert prop("تصاعد التوتر في الخليج بعد التحالف بين إيران وروسيا").relation is None
    # the same words asserted are the claim's relation
    assert prop("إسرائيل وقعت اتفاقا مع إيران").relation == "agreement"


def test_an_actor_the_speaker_opposes_is_not_the_speakers_side() -> None:
    assert propositions.speaker_actors("مصادر في فصائل تعارض الحوثيين", None) == ()
    assert propositions.speaker_actors("قيادي في قوات مناهضة لداعش", None) == ()
    assert propositions.speaker_actors("المتحدث باسم جماعة الحوثيين", None) == ("houthis",)


def test_restrictive_turns_coordination_into_a_denial_of_more() -> None:
    p = prop("ما بين داعش والقاعدة مجرد تنسيق تكتيكي")
    assert (p.relation, p.polarity, p.restrictive) == ("tactical_coordination", "affirmed", True)
    q = prop("داعش والنصرة لا يوحدان صفوفهما بل تعاونا لأسباب تكتيكية")
    assert (q.relation, q.polarity, q.restrictive) == ("tactical_coordination", "affirmed", True)
    assert not prop("هناك تنسيق تكتيكي بين داعش والنصرة").restrictive


@pytest.mark.parametrize(
    ("claim", "modality"),
    [
        ("داعش والنصرة قد يتحالفان قريبا", "hedged"),
        ("التحالف بين داعش والنصرة قد لا يصمد", "hedged"),  # قد, a negator, then the imperfect
        ("أن تكون النصرة قد تحالفت مع داعش", "asserted"),  # قد before a past verb in ت...ت
        ("من المرجح أن تتحالف النصرة مع داعش", "hedged"),
        ("قادة من النصرة يحاولون توحيد الصفوف مع داعش", "attempted"),
        ("النصرة ستتحالف مع داعش في حال انسحاب الجيش", "conditional"),
        ("داعش تحالف مع النصرة", "asserted"),
        ("وقد حصل تعاون بين داعش والنصرة", "asserted"),
        ("سنرد على الجيش في حالة تعرضنا لهجوم", "conditional"),
        ("المستشفى استقبل 12 جريحا، بعضهم في حالة حرجة", "asserted"),  # a state the wounded are in
    ],
)
def test_modality(claim: str, modality: str) -> None:
    assert prop(claim).modality == modality


@pytest.mark.parametrize("claim", ["عاد المقاتلون إلى قواعدهم سالمين", "أفراد طاقم السفينة الـ18 بخير"])
def test_coming_out_unharmed_denies_casualties(claim: str) -> None:
    reading = propositions.read(claim)
    assert (reading.relation, reading.negated) == ("casualties", True)


# --- quantities and time ----------------------------------------------------------------------------


def figures(text: str) -> list[tuple[float | None, float | None, str]]:
    return [(q.low, q.high, q.unit) for q in quantities.find(text)]


def test_arabic_indic_and_western_digits() -> None:
    assert figures("قتل ١٢ مدنيا في القصف") == [(12, 12, "killed")]
    assert figures("قتل 12 مدنيا في القصف") == [(12, 12, "killed")]
    assert figures("بلغ عدد النازحين ٣٬٥٠٠ نازح") == [(3500, 3500, "displaced")]


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1,000", 1000),
        ("2,5", 2.5),
        ("2.5", 2.5),
        ("1,000,000", 1e6),
        ("1.000.000", 1e6),
        ("32.190.385", 32190385),
        ("1,234.5", 1234.5),
        ("9.381.01", 9381.01),
        ("٣٬٥٠٠", 3500),
        ("٢٫٥", 2.5),
        ("5.0.2", None),
        ("1,23,4", None),
    ],
)
def test_written_figures(written: str, value: float | None) -> None:
    assert quantities.written_figure(written) == (None if value is None else pytest.approx(value))


def test_a_figure_with_dotted_thousands_is_read_not_a_crash() -> None:
    assert figures("نزح 1.250.000 شخص من المدينة") == [(1250000, 1250000, "displaced")]
    assert figures("صدر الإصدار 5.0.2 من البرنامج") == []


def test_number_words_and_vague_plurals() -> None:
    assert figures("أسفر الانفجار عن مقتل خمسة وعشرين شخصا") == [(25, 25, "killed")]
    assert figures("أصيب عشرات المدنيين") == [(20, 99, "wounded")]
    assert figures("فر آلاف المقاتلين") == [(2000, 9999, "fighters")]


def test_teens_are_a_unit_and_ten() -> None:
    assert figures("أسفر القصف عن مقتل ثلاثة عشر شخصا") == [(13, 13, "killed")]
    assert figures("أسفر عن إصابة اثنتي عشرة امرأة") == [(12, 12, "wounded")]
    assert figures("قتل أحد عشر جنديا") == [(11, 11, "killed")]
    assert figures("قتل أحد الجنود") == []  # one of the soldiers: no figure


@pytest.mark.parametrize(
    "text",
    ["ارتفع عدد العمليات بنسبة 15 لتبلغ الذروة", "تراجعت الهجمات 20 في المئة", "قتل 30% من المقاتلين"],
)
def test_a_percentage_is_a_share_not_a_count(text: str) -> None:
    assert [unit for _, _, unit in figures(text)] == ["percent"]


def test_ranges_bounds_and_approximations() -> None:
    assert figures("يتراوح عددهم بين 5 و7 آلاف مقاتل") == [(5000, 7000, "fighters")]
    assert figures("من 10 إلى 15 جريحا") == [(10, 15, "wounded")]
    assert figures("قتل أكثر من 300 مسلح") == [(300, None, "killed")]
    assert figures("لا يقل عن خمسة قتلى") == [(5, None, "killed")]
    assert figures("سقط 40 قتيلا على الأقل") == [(40, None, "killed")]
    low, high, unit = figures("نحو 200 جريح")[0]
    assert unit == "wounded" and low is not None and high is not None and low < 200 < high


def test_what_the_speakers_own_verb_did_to_the_counted() -> None:
    assert figures("قتلنا 35 جنديا في الكمين") == [(35, 35, "killed")]
    assert figures("أسرنا ثلاثة ضباط") == [(3, 3, "arrested")]
    assert figures("قضى 4 مدنيين في القصف") == [(4, 4, "killed")]
    # whose, between the counted and what befell them
    assert figures("18 مسلحا من الجماعة قتلوا في الاشتباك") == [(18, 18, "killed")]
    assert figures("9 جنود في صفوف الحامية أصيبوا") == [(9, 9, "wounded")]
    # a span spent is no one killed, whatever verb comes before it
    assert figures("قضى ثلاث سنوات في المعتقل") == [(3, 3, "years")]


def test_the_accusative_of_a_prisoner_counts_prisoners() -> None:
    assert figures("شملت الصفقة 40 أسيرا من كل طرف") == [(40, 40, "arrested")]
    assert (15, 15, "arrested") in figures("أفرجت الشرطة عن ١٢ من أصل ١٥ موقوفا")


def test_durations_and_years_are_not_counts() -> None:
    assert figures("دخل 800 مسلح خلال 4 أشهر") == [(800, 800, "fighters"), (4, 4, "months")]
    assert figures("قتل 9 جنود في عام 2016") == [(9, 9, "killed")]


def test_time_from_claim_or_article() -> None:
    assert quantities.find_time("هاجم مسلحون الحاجز في 3 من آذار 2016") == "2016-03-03"
    assert quantities.find_time("وقع الهجوم في أيلول", dt.date(2015, 10, 2)) == "2015-09"
    assert quantities.find_time("وقع الهجوم فجرا", dt.date(2015, 10, 2)) == "2015-10-02"
    assert quantities.find_time("وقع الهجوم فجرا") is None
    sunday = dt.date(2016, 5, 8)
    assert quantities.find_time("قصفت الطائرات البلدة مساء الخميس", sunday) == "2016-05-05"
    assert quantities.find_time("اعتقلت الشرطة خمسة أمس السبت", sunday) == "2016-05-07"
    assert quantities.find_time("وقع تفجير الأحد الماضي", sunday) == "2016-05-01"  # a week back


def test_annotate_sets_every_proposition_and_keeps_the_record() -> None:
    art = Article("a", published=dt.date(2016, 5, 1))
    art.said("العقيد ماهر سلوم", "الجيش اعتقل 14 عنصرا من داعش في ٢ أيار")
    art.said("الناشط رامي حسون", "داعش والنصرة لا يتعاونان")
    out = annotated(art)
    assert all(r.proposition is not None for r in out)
    first = by_claim(out, "اعتقل")
    assert first.proposition is not None
    assert first.proposition.relation == "arrest"
    assert first.proposition.time == "2016-05-02"
    assert [q.unit for q in first.proposition.quantities] == ["arrested"]
    assert first.claim == art.records()[0].claim
    key = propositions.content_key
    assert key("والتعاون بين التنظيمين") == key("التعاون بين تنظيمين")


def test_a_falling_pair_of_numbers_is_not_a_range() -> None:
    """من 2014 إلى عشرة: a year then a count; a range never runs downwards (and must not crash)."""
    from tracker.quantities import find

    found = find("ارتفع عدد القتلى منذ عام 2014 إلى عشرة قتلى في الأسبوع")
    assert found, "the count of ten killed is still read"
    for q in found:
        assert q.low is None or q.high is None or q.low <= q.high


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun ahead decides what the dual counts, as it does for digits
        ("أسفرت الغارة عن مقتل شخصين قرب السوق", [(2, 2, "killed")]),
        ("أدى الانفجار إلى إصابة جنديين بجروح طفيفة", [(2, 2, "wounded")]),
        ("أصيب جنديان عند الحاجز", [(2, 2, "wounded")]),
        # otherwise the dual noun counts itself, whatever the clitics (و، ب، ل، ال) and case ending
        ("وصل الرتل بعد يومين من الحصار", [(2, 2, "days")]),
        ("بقي المعبر مغلقا لسنتين", [(2, 2, "years")]),  # ة written ت before the ending
        ("يقاتل التنظيم في المنطقة منذ عامين", [(2, 2, "years")]),
        ("شنت الطائرات غارتين على المستودع", [(2, 2, "attacks")]),
        ("أفرج الخاطفون عن الأسيرين", [(2, 2, "arrested")]),
        ("والتحق بالمسلحين شخصان وبالجنديين آخران", [(2, 2, "people"), (2, 2, "soldiers")]),
        # a scale in the dual, and the emphatic numeral after a dual noun (one figure, not two)
        # (the displaced counted by their event, as the dead are: نزوح، نزح)
        ("نزوح مليارين من السكان", [(2e9, 2e9, "displaced")]),
        ("نزح قرابة مليارين من اللاجئين", [(1.7e9, 2.3e9, "displaced")]),
        ("قتل جنديين اثنين في الكمين", [(2, 2, "killed")]),
        # bounds and ranges apply to duals too
        ("قتل أكثر من شخصين", [(2, None, "killed")]),
        ("تستغرق إعادة الإعمار ما بين عامين إلى ثلاثة أعوام", [(2, 3, "years")]),
        # an event noun further back counts the figure before it, not the dual (two raids, not two dead)
        ("قتل ثلاثة مدنيين في غارتين على القرية", [(3, 3, "killed"), (2, 2, "attacks")]),
    ],
)
def test_dual_nouns_count_two(text: str, expected: list[tuple[float, float | None, str]]) -> None:
    got = figures(text)
    assert [u for _, _, u in got] == [u for _, _, u in expected]
    for (low, high, _), (lo, hi, _) in zip(got, expected, strict=True):
        assert low == pytest.approx(lo) and (high is None if hi is None else high == pytest.approx(hi))


@pytest.mark.parametrize(
    "text",
    [
        "قتل 12 مسلحين في الاشتباك",  # مسلحين is a listed plural spelled like a dual: 12, not 2
        "نصب المسلحون كمينا للدورية",  # كمين is no dual of كم (km): the stem is too short
        "أخلت القوات المدنيين من الحي",  # a plural, no figure
    ],
)
def test_plurals_spelled_like_duals_are_not_two(text: str) -> None:
    assert all(q.low != 2 for q in quantities.find(text))


def whose(text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.low, q.unit, q.of) for q in quantities.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun and a kind of person: the killed, of soldiers (a part of all the dead)
        ("أسفر الكمين عن مقتل ستة جنود", [(6, "killed", "soldiers")]),
        ("أسفر الكمين عن مقتل ستة أشخاص", [(6, "killed", None)]),  # persons say nothing more
        ("أسفر الكمين عن مقتل 9 طلاب", [(9, "killed", "طلاب")]),  # an unlisted noun names them
        # whose dead, named after the figure, through a head word that says only "members"
        ("سقط 14 قتيلا من المتمردين", [(14, "killed", "متمردين")]),
        ("سقط تسعة قتلى في صفوف الشرطة", [(9, "killed", "شرطه")]),
        ("قتل 11 من أفراد الحرس", [(11, "killed", "حرس")]),
        # the group named says more than the kind counted; a possessive names the kind of its own side
        ("قتل 23 عنصرا من الميليشيا", [(23, "killed", "ميليشيا")]),
        ("أعلن الجيش مقتل سبعة من جنوده", [(7, "killed", "soldiers")]),
        # a verb of loss counts the dead only of a kind of person
        ("خسرت الحركة خمسة من مقاتليها", [(5, "killed", "fighters")]),
        ("خسرنا 12 مقاتلا في المعركة", [(12, "killed", "fighters")]),
        ("خسرت الشركة 40 مليون دولار", [(40_000_000, "dollars", None)]),
        ("فقد الجيش ثلاث طائرات", []),
        # the losses of a side, in the genitive (not of a kind: الخسائر البشرية)
        ("خسائر المهاجمين بلغت 14 قتيلا", [(14, "killed", "مهاجمين")]),
        ("بلغت الخسائر البشرية 6 قتلى", [(6, "killed", None)]),
        # a breakdown of the figure before it by group counts what it counts
        (
            "قتل 25 شخصا في المعارك، بينهم 15 من المتمردين و10 من الجنود",
            [(25, "killed", None), (15, "killed", "متمردين"), (10, "killed", "soldiers")],
        ),
        # whose dead, named after the casualty noun that heads the clause
        ("عدد القتلى بين المدنيين في القرية وصل إلى 9 قتلى", [(9, "killed", "civilians")]),
        # a kind of person after a casualty noun heading the phrase
        ("قتلى الكمين ستة جنود", [(6, "killed", "soldiers")]),
        # a persons noun takes the verb after it, past a bound
        ("30 شخصا على الأقل جرحوا في الانفجار", [(30, "wounded", None)]),
        # the killed and the wounded together are one figure of neither
        ("أدى القصف إلى مقتل وإصابة 70 مدنيا", [(70, "casualties", None)]),
        ("سقط 45 بين قتيل وجريح", [(45, "casualties", None)]),
        ("سقط عشرات القتلى والجرحى", [(20, "casualties", None)]),
        ("قتل 8 وأصيب 15 في الانفجار", [(8, "killed", None), (15, "wounded", None)]),
        # a verb after a kind of person says what befell them; a part of the dead may be said after
        ("27 مدنيا قتلوا في القصف", [(27, "killed", "civilians")]),
        ("9 أطفال على الأقل كانوا بين القتلى", [(9, "killed", "اطفال")]),  # of: the normalized noun
        # a casualty noun heading the clause wins over a kind of person nearer the figure
        ("حصيلة قتلى القصف على مخيم النازحين قرب البلدة ارتفعت إلى 52", [(52, "killed", None)]),
        # فقط makes the figure the whole count, whoever the counted were
        ("القتلى تسعة من عناصر الحرس فقط", [(9, "killed", None)]),
        # ... and so does a toll said to reach it; not a part after it (بينهم)
        ("حصيلة الهجوم بلغت أربعة قتلى من عناصر الحرس", [(4, "killed", None)]),
        ("ارتفعت الحصيلة إلى 12 قتيلا بينهم خمسة من الحرس", [(12, "killed", None), (5, "killed", "حرس")]),
        # thousands and what follows them with و are one figure
        ("بلغ عدد القتلى 17 ألفا و215 شخصا", [(17215, "killed", None)]),
        # a sum of money counts no one, whatever noun stands earlier in the clause
        ("ارتفعت قروض الأفراد لتبلغ 12 مليار ريال", [(12_000_000_000, "riyals", None)]),
    ],
)
def test_what_a_figure_counts_and_whose(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert whose(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the others of a clause that counted a group are of that group
        (
            "قتل ثلاثة من مقاتلي المقاومة وأصيب تسعة آخرون",
            [(3, "killed", "مقاومه"), (9, "wounded", "مقاومه")],
        ),
        ("مقتل 3 أشخاص وإصابة 19 آخرين", [(3, "killed", None), (19, "wounded", None)]),
        # a part named by its kind counts what the whole counts
        ("١١ قتيلا بينهم ستة مدنيين", [(11, "killed", None), (6, "killed", "civilians")]),
        # the names a side at war gives the other's soldiers
        ("مقاتليه قتلوا «أكثر من 20 مرتدا»", [(20, "killed", "soldiers")]),
        ("مقتل 23 من «المرتزقة» في الهجوم", [(23, "killed", "soldiers")]),
    ],
)
def test_whose_the_others_and_the_parts_are(text: str, expected: list[tuple[float, str, str | None]]) -> None:
    assert [(q.low, q.unit, q.of) for q in quantities.find(text)] == expected


def test_some_of_the_dead_bound_the_toll_from_below() -> None:
    """ثلاثة من القتلى: a part of the dead, of no group; the dead are at least three."""
    [q] = quantities.find("ثلاثة من القتلى مدنيون، بينهم سائق شاحنة")
    assert (q.low, q.high, q.unit, q.of) == (3, None, "killed", None)
    [q] = quantities.find("ما يصل إلى 965 من القتلى مدنيون")  # an upper bound stays one
    assert (q.low, q.high, q.of) == (None, 965, None)


def test_holding_in_a_grip_or_stationed_is_control() -> None:
    assert propositions.read("الحامية «ما زالت في قبضة الجيش»").relation == "control"
    assert propositions.read("عناصره «ما زالوا مرابطين في التلة»").relation == "control"


def test_a_negated_lower_bound_is_an_upper_bound() -> None:
    assert figures("عدد القتلى لم يتجاوز 12 شخصا") == [(None, 12, "killed")]
    assert figures("عدد القتلى تجاوز 70") == [(70, None, "killed")]


def test_monday_is_not_two_days() -> None:
    assert figures("قتل ثلاثة جنود يوم الإثنين") == [(3, 3, "killed")]
    assert figures("خلال اليومين الماضيين قتل ثلاثة جنود") == [(2, 2, "days"), (3, 3, "killed")]


@pytest.mark.parametrize(
    ("text", "relation", "negated", "modality"),
    [
        ("الهدنة بين الحركتين انهارت بعد يومين", "agreement", True, "asserted"),  # a relation that ended
        ("الهدنة بين الحركتين لم تنهر رغم الخروقات", "agreement", False, "asserted"),
        ("وقف إطلاق النار بين الطرفين لا يزال صامدا", "agreement", False, "asserted"),  # still: no negation
        ("المبعوث دعا إلى وقف إطلاق النار بين الطرفين", "agreement", False, "attempted"),  # a call, no fact
        ("ما بين الفصيلين لا يتعدى التنسيق الميداني", "tactical_coordination", False, "asserted"),
        ("أي تعاون بين الجماعتين مستبعد في الوقت الحاضر", "cooperation", True, "asserted"),  # ruled out
    ],
)
def test_how_a_relation_is_ended_restricted_or_only_called_for(
    text: str, relation: str, negated: bool, modality: str
) -> None:
    reading = propositions.read(text)
    assert (reading.relation, reading.negated, reading.modality) == (relation, negated, modality)
    if "يتعدى" in text:
        assert reading.restrictive


def test_adjectives_of_nationality_name_agents_not_parties() -> None:
    table = entities.table()
    assert table.agents("الغارة إسرائيلية بلا شك") == ["israel"]
    assert table.ids("الغارة إسرائيلية بلا شك") == []
    # a mediator named by an adjective is no party: the truce is still between the two named sides
    reading = propositions.read("الطرفان توصلا بوساطة أميركية إلى هدنة")
    assert reading.relation == "agreement"


def test_one_after_a_noun_it_qualifies_counts_nothing() -> None:
    assert figures("كان الجرحى في مكان واحد عند القصف") == []
    assert figures("قتل جندي واحد في الكمين") == [(1, 1, "killed")]
    assert figures("أصيب شخص واحد بجروح") == [(1, 1, "wounded")]


def test_not_only_neither_negates_nor_restricts() -> None:
    """ليس فقط X بل Y: X is affirmed, and nothing is merely X."""
    r = propositions.read("الزيارة ليست فقط للتعاون الأمني بين البلدين، بل لتبادل الخبرات أيضا")
    assert (r.relation, r.negated, r.restrictive) == ("cooperation", False, False)
    assert propositions.read("العلاقة بينهما تنسيق ميداني فقط").restrictive


def test_went_missing_after_a_count_is_no_toll() -> None:
    """فقد before the count: the dead lost (فقد الجيش 5 من جنوده); after it: missing (أربعة أشخاص فقدوا)."""
    assert [(q.low, q.unit) for q in quantities.find("أربعة أشخاص فقدوا في العاصفة")] == [(4.0, "people")]
    assert [(q.low, q.unit) for q in quantities.find("الجيش فقد 5 من جنوده")] == [(5.0, "killed")]


def test_a_fall_only_supposed_is_conditional() -> None:
    assert propositions.read("لولا تدخل الحلفاء لسقطت المدينة في أيدي المسلحين").modality == "conditional"


def test_dead_of_two_groups_listed_after_one_another_are_one_count() -> None:
    """٨ جنود و٥ متطوعين: 13 dead, not a toll of eight; the dead of a group named apart (و3 من المهاجمين)
    and a figure of another kind (و10 جرحى) stay apart."""
    both = quantities.find("ارتفعت حصيلة قتلى الكمين إلى ٨ جنود و٥ متطوعين")
    assert [(q.low, q.unit, q.of, q.text) for q in both] == [(13, "killed", None, "٨ جنود و٥ متطوعين")]
    (mixed,) = quantities.find("قتلنا 34 جنديا ومتطوعا في الكمين")
    assert (mixed.low, mixed.of) == (34, None)  # soldiers and volunteers, not soldiers alone
    apart = quantities.find("أسفر الهجوم عن مقتل 5 جنود و3 من المهاجمين")
    assert [(q.low, q.of) for q in apart] == [(5, "soldiers"), (3, "مهاجمين")]
    assert figures("قتل 5 أشخاص و10 جرحى") == [(5, 5, "killed"), (10, 10, "wounded")]
    (soldiers,) = quantities.find("قتل 5 جنود وأسروا آخرين")
    assert soldiers.of == "soldiers"
