"""Writes gold.json for the fifth relations set (r25..r30) from the annotations below (`python3 tests/data/relations5/make_gold.py`).

Each entry has a label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks
every offset.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from goldkit import (  # noqa: E402
    A_OFF,
    A_SRC,
    ANON,
    DIRECT,
    DOC,
    HEAD,
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r25/r26: Tripoli, Radaa vs the 444 Brigade
ELDERS = "مجلس حكماء وأعيان سوق الجمعة"
RADAA = "جهاز الردع لمكافحة الجريمة المنظمة والإرهاب"
ZARROUQ = "عضو المجلس الحاج مفتاح الزروق"
FITOURI = "المتحدث باسم «اللواء 444»، النقيب عادل الفيتوري"
MOH = "وزارة الصحة بحكومة الوحدة الوطنية"
EMC = "مركز طب الطوارئ والدعم"
QAMATI = "عميد بلدية أبو سليم، سالم القماطي"
MOI_SEC = "مسؤول أمني في وزارة الداخلية"
CAA = "مصلحة الطيران المدني"
UNSMIL = "بعثة الأمم المتحدة للدعم في ليبيا"
MAHDAWI = "الباحث في الشأن الليبي صلاح الدين المهدوي"
PC = "المجلس الرئاسي الليبي"
SHARIF = "المتحدث باسم المجلس، محمد المبروك الشارف"
SRC444 = "مصدرا في «اللواء 444»"
FITOURI26 = "المتحدث باسم اللواء، النقيب عادل الفيتوري"
TAJOURI = "الناطق باسم الجهاز، عبد الحكيم التاجوري"
UNSMIL26 = "البعثة الأممية للدعم في ليبيا"
BOUZID = "المحلل العسكري الليبي العقيد المتقاعد خالد بوزيد"
WASAT = "«بوابة الوسط»"
AA = "الأناضول"
# r27/r28: Sinjar, Turkish drone strike
TR_MOD = "وزارة الدفاع التركية"
MURAD = "مدير ناحية سنوني، خديدة حسن مراد"
MURAD28 = "مدير ناحية سنوني خديدة حسن مراد"
YBS = "وحدات مقاومة سنجار (اليبشة)"
IQ_MOFA = "وزارة الخارجية العراقية"
PESH = "مسؤول في وزارة شؤون البيشمركة بإقليم كردستان"
QASIM = "النائبة الإيزيدية في مجلس النواب العراقي نارين قاسم"
SULAIMAN = "عضو مجلس محافظة نينوى داود سليمان"
JUBOURI = "الباحث في الشأن العراقي فراس الجبوري"
MIGR = "دائرة الهجرة والمهجرين في نينوى"
RUDAW = "شبكة رووداو الإعلامية"
SAADI = "المتحدث باسم الحكومة العراقية، حيدر الساعدي"
JOC = "مصدرا في قيادة العمليات المشتركة"
OBAIDI = "مستشار رئيس الوزراء لشؤون المكونات، سامي العبيدي"
TAI = "محافظ نينوى، مهند الطائي"
HAYALI = "الباحث في الشؤون الأمنية مصطفى الحيالي"
HAJI = "الناشط الإيزيدي سيبان حجي"
# r29/r30: Cabo Delgado, the Macomia attack
ISIS = "تنظيم «الدولة الإسلامية»"
MZ_MOD = "وزارة الدفاع الموزمبيقية"
RDF = "قوة الدفاع الرواندية"
MACHAVA = "المتحدث باسم القوات المسلحة الموزمبيقية، العقيد جواكيم ماتشافا"
CABO = "مرصد «كابو ليغادو»"
MUCHANGA = "قائد شرطة الإقليم، الفريق فيليسبرتو موتشانغا"
MACONDE = "حاكم إقليم كابو ديلغادو، أنطونيو ماكوندي"
NAMBURI = "رئيس جمعية المنقبين الحرفيين في مونتيبويز، ألبرتو نامبوري"
MUIANE = "الباحث الموزمبيقي في شؤون الجماعات المسلحة إدسون موياني"
F24 = "«فرانس 24»"
RESID = "سكان من بلدة ماكوميا"
MUGABO = "المتحدث باسم قوة الدفاع الرواندية، العميد جان بوسكو موغابو"
POL_SRC = "مصدر في الشرطة الوطنية"

ARTICLES: dict[str, dict[str, Any]] = {
    "r25_tripoli_truce": {
        "outlet": "بوابة الوسط",
        "published": "2026-01-19",
        "entries": [
            E("hd", "وقف لإطلاق النار في طرابلس بدأ فجر اليوم", "أعيان سوق الجمعة", ELDERS, ORG, ":", HEAD),
            E(
                "elders",
                "التوصل إلى وقف لإطلاق النار بين جهاز الردع لمكافحة الجريمة المنظمة والإرهاب و«اللواء 444 قتال»، سرى عند الساعة الرابعة من فجر الاثنين",
                ELDERS,
                "",
                ORG,
                "أعلن",
            ),
            E(
                "zar_accept",
                "الطرفين «قبلا الهدنة بعد اتصالات متواصلة حتى منتصف الليل»",
                ZARROUQ,
                "",
                N_PER,
                "وقال",
                alt_types=[N_OFF],
                via=[WASAT],
            ),
            E(
                "zar_committee",
                "لجنة من أعيان المنطقة ستتولى مراقبة خطوط التماس",
                "مضيفا",
                ZARROUQ,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
                via=[WASAT],
            ),
            E(
                "f_deny",
                "تكون وحداته قد وافقت على أي هدنة",
                FITOURI,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=["«فيسبوك»"],
            ),
            E(
                "f_notruce",
                "لا هدنة قبل انسحاب الردع من مواقعنا على طريق المطار",
                "وقال",
                FITOURI,
                N_OFF,
                "وقال",
                DIRECT,
                via=["«فيسبوك»"],
                speaker_nth=1,
            ),
            E(
                "f_holds",
                "قوات اللواء «ما زالت تتمركز عند جسر المطار وفي محيط جزيرة الفرناج»",
                "الفيتوري",
                FITOURI,
                N_OFF,
                "وأكد",
            ),
            E(
                "radaa_control",
                "عناصره «بسطوا سيطرتهم الكاملة على طريق المطار حتى جزيرة الفرناج»",
                "جهاز الردع",
                RADAA,
                ORG,
                "ذكر",
            ),
            E(
                "radaa_accuse",
                "مسلحي اللواء بالاعتداء على دورية تابعة له في منطقة الهضبة",
                "متهما",
                RADAA,
                ORG,
                "متهما",
            ),
            E("moh9", "مقتل 9 أشخاص وإصابة 27 آخرين", MOH, "", ORG, "وأعلنت"),
            E("emc14", "فرقه انتشلت 14 جثة من مواقع الاشتباك", EMC, "", ORG, "أفاد"),
            E(
                "emc_amb",
                "سيارات الإسعاف عجزت لساعات عن دخول أبو سليم بسبب كثافة النيران",
                "مشيرا",
                EMC,
                ORG,
                "مشيرا",
            ),
            E(
                "bal3",
                "ثلاثة من سكان البلدية، بينهم طفل، قتلوا بقذائف سقطت على منازلهم",
                QAMATI,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "wit_heavy",
                "استخدام أسلحة ثقيلة ومضادات طيران وسط الأحياء السكنية",
                "شهود عيان",
                "",
                A_SRC,
                "تحدث",
                ANON,
            ),
            E(
                "sec_spark",
                "شرارة المواجهات انطلقت بعد توقيف عنصر من اللواء عند بوابة أمنية تابعة للردع",
                MOI_SEC,
                "",
                A_OFF,
                "وأوضح",
                ANON,
                via=[WASAT],
            ),
            E(
                "sec_third",
                "يكون «طرف ثالث» قد سعى إلى تأجيج الموقف",
                "مرجحا",
                MOI_SEC,
                A_OFF,
                "مرجحا",
                ANON,
                via=[WASAT],
            ),
            E(
                "sec_noagree",
                "المفاوضات التي يرعاها المجلس الرئاسي لم تفض بعد إلى اتفاق على ترتيبات انسحاب القوتين من طريق المطار",
                "وأضاف",
                MOI_SEC,
                A_OFF,
                "وأضاف",
                ANON,
                via=[WASAT],
            ),
            E(
                "caa_suspend",
                "تعليق الرحلات في مطار معيتيقة الدولي وتحويلها إلى مطار مصراتة",
                CAA,
                "",
                ORG,
                "وأعلنت",
            ),
            E("unsmil_call", "«وقف فوري للأعمال العدائية»", UNSMIL, "", ORG, "دعت", OPT),
            E(
                "unsmil_month",
                "العنف المسلح في طرابلس أودى بحياة 23 شخصا منذ مطلع يناير",
                "لافتة",
                UNSMIL,
                ORG,
                "لافتة",
            ),
            E("an_fragile", "الهدنة «هشة وقد تنهار في أي لحظة»", MAHDAWI, "", N_PER, "ورأى"),
        ],
    },
    "r26_tripoli_airport_road": {
        "outlet": "وكالة الأناضول",
        "published": "2026-01-20",
        "entries": [
            E("hd", "اتفاق على انسحاب «الردع» و«444» من طريق المطار", PC, "", ORG, ":", HEAD),
            E(
                "pc_agree",
                "التوصل إلى اتفاق يقضي بانسحاب جهاز الردع و«اللواء 444 قتال» إلى مقراتهما وتسليم طريق المطار في العاصمة طرابلس إلى قوة محايدة تتبع رئاسة الأركان العامة",
                PC,
                "",
                ORG,
                "أعلن",
            ),
            E(
                "pc_signed",
                "ممثلي الطرفين «وقعوا الاتفاق في مقر المجلس بحضور رئيس الأركان»",
                SHARIF,
                "",
                N_OFF,
                "وقال",
                via=[AA],
            ),
            E("pc_72", "الانسحاب سيكتمل «في غضون 72 ساعة»", "مؤكدا", SHARIF, N_OFF, "مؤكدا", via=[AA]),
            E("src_nosign", "اللواء «لم يوقع على أي اتفاق»", SRC444, "", A_OFF, "قال", ANON, via=[AA]),
            E(
                "src_stay",
                "وحداته «باقية في مواقعها على طريق المطار حتى إشعار آخر»",
                SRC444,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[AA],
            ),
            E(
                "f_nopatrol",
                "تكون قواته قد هاجمت أي دورية للردع في الهضبة",
                FITOURI26,
                "",
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "f_arrest",
                "الأزمة بدأت «باعتقال تعسفي لأحد عناصرنا عند بوابة للردع»",
                "معتبرا",
                FITOURI26,
                N_OFF,
                "معتبرا",
            ),
            E(
                "radaa_echo",
                "عناصره «بسطوا سيطرتهم الكاملة على طريق المطار حتى جزيرة الفرناج»",
                "جهاز الردع",
                "",
                ORG,
                "جاء فيه",
                alt_types=[DOC],
            ),
            E(
                "taj_commit",
                "الردع سيلتزم بالاتفاق «شرط أن يبدأ الطرف الآخر بالانسحاب»",
                TAJOURI,
                "",
                N_OFF,
                "وقال",
            ),
            E("moh12", "ارتفعت حصيلة الضحايا إلى 12 قتيلا و35 جريحا", "وزارة الصحة", "", ORG, "وفق ما أعلنت"),
            E("emc17", "عدد القتلى بلغ 17", EMC, "", ORG, "أكد"),
            E("unsmil_civ", "بين القتلى ثلاثة مدنيين على الأقل", UNSMIL26, "", ORG, "وذكرت"),
            E(
                "unsmil_account",
                "محاسبة المسؤولين عن قصف الأحياء السكنية",
                "داعية",
                UNSMIL26,
                ORG,
                "داعية",
                OPT,
            ),
            E(
                "unsmil_month",
                "العنف المسلح أودى بحياة 23 شخصا في طرابلس منذ مطلع يناير",
                "البعثة",
                UNSMIL26,
                ORG,
                "أشارت",
            ),
            E(
                "res_calm",
                "هدوءا حذرا يسود الحي منذ فجر الاثنين، تتخلله رشقات متقطعة من الأسلحة الخفيفة",
                "سكان في أبو سليم",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "zar_echo",
                "الطرفين «قبلا الهدنة بعد اتصالات متواصلة حتى منتصف الليل»",
                "عضو مجلس أعيان سوق الجمعة، الحاج مفتاح الزروق",
                "",
                N_PER,
                "نقلت",
                alt_types=[N_OFF],
                via=[WASAT],
            ),
            E("caa_resume", "استئناف الرحلات في مطار معيتيقة الدولي صباح الثلاثاء", CAA, "", ORG, "وأعلنت"),
            E(
                "an_influence",
                "ما جرى «ليس خلافا على توقيف عنصر، بل صراع على النفوذ في جنوب العاصمة»",
                BOUZID,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_redeploy",
                "التشكيلين «قد يعيدان التموضع استعدادا لجولة جديدة»",
                "محذرا",
                BOUZID,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r27_sinjar_drone": {
        "outlet": "رووداو",
        "published": "2026-02-03",
        "entries": [
            E(
                "hd",
                "الغارة التركية في سنجار «انتهاك صارخ» للسيادة",
                "الخارجية العراقية",
                IQ_MOFA,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "tr6",
                "طائرة مسيرة تابعة لها قتلت ستة «إرهابيين» من حزب العمال الكردستاني، بينهم قيادي بارز، باستهداف سيارة على الطريق الواصل بين مركز قضاء سنجار وناحية سنوني غربي محافظة نينوى مساء الاثنين",
                TR_MOD,
                "",
                ORG,
                "قالت",
            ),
            E(
                "tr_intel",
                "العملية «نفذت بناء على معلومات استخبارية دقيقة»",
                "الوزارة",
                TR_MOD,
                ORG,
                "وأضافت",
            ),
            E(
                "loc3",
                "الغارة أودت بحياة ثلاثة من أبناء الناحية وأصابت رابعا بجروح خطيرة",
                MURAD,
                "",
                N_OFF,
                "أكد",
                via=[RUDAW],
            ),
            E(
                "loc_farmers",
                "القتلى «مزارعون كانوا عائدين من سوق سنجار، ولا علاقة لهم بأي جهة مسلحة»",
                "موضحا",
                MURAD,
                N_OFF,
                "موضحا",
                via=[RUDAW],
            ),
            E(
                "wit_missiles",
                "المسيرة أطلقت صاروخين على السيارة قرب مجمع خانصور، فاحترقت بالكامل",
                "شهود عيان",
                "",
                A_SRC,
                "وذكر",
                ANON,
            ),
            E("ybs2", "اثنين من مقاتليها وسائقا مدنيا قتلوا في الغارة", YBS, "", ORG, "قالت"),
            E(
                "ybs_deny",
                "يكون للوحدات «أي ارتباط تنظيمي» بحزب العمال الكردستاني",
                "البيان",
                YBS,
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "ybs_local",
                "«مجرد قوة محلية من أبناء سنجار» تتقاضى رواتبها من هيئة الحشد الشعبي",
                "مؤكدا",
                YBS,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "mofa_summon",
                "استدعاء القائم بالأعمال التركي في بغداد وتسليمه مذكرة احتجاج شديدة اللهجة",
                IQ_MOFA,
                "",
                ORG,
                "وأعلنت",
            ),
            E("mofa_violation", "الغارة «انتهاكا صارخا للسيادة العراقية»", "معتبرة", IQ_MOFA, ORG, "معتبرة"),
            E(
                "kurd_coord",
                "مقاتلي اليبشة «ينسقون ميدانيا مع العمال الكردستاني ويتلقون منه السلاح والتدريب»",
                PESH,
                "",
                A_OFF,
                "قال",
                ANON,
                via=["رووداو"],
            ),
            E(
                "kurd_agree",
                "أربيل وبغداد «توصلتا الأسبوع الماضي إلى تفاهم» على نشر قوات اتحادية بدلا من الفصائل المسلحة في القضاء",
                "المسؤول",
                PESH,
                A_OFF,
                "وأشار",
                ANON,
                via=["رووداو"],
            ),
            E("mp_notimpl", "اتفاق سنجار الموقع عام 2020 بقي حبرا على ورق", QASIM, "", N_OFF, "وقالت", DIRECT),
            E(
                "mp_warn",
                "استمرار الغارات «قد يدفع آلاف النازحين إلى تأجيل عودتهم»",
                "محذرة",
                QASIM,
                N_OFF,
                "محذرة",
            ),
            E(
                "council_noagree",
                "الكتل السياسية لم تتفق بعد على تسمية قائممقام جديد لسنجار",
                SULAIMAN,
                "",
                N_OFF,
                "فأوضح",
            ),
            E(
                "an_buffer",
                "أنقرة «تحاول فرض حزام أمني بحكم الأمر الواقع» على امتداد الحدود مع العراق",
                JUBOURI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "mig_month",
                "عادت 340 عائلة إيزيدية من مخيمات دهوك إلى سنجار خلال كانون الثاني الماضي",
                MIGR,
                "",
                ORG,
                "وبحسب",
            ),
        ],
    },
    "r28_sinjar_civilians": {
        "outlet": "شفق نيوز",
        "published": "2026-02-04",
        "entries": [
            E(
                "hd",
                "لا تفاهم جديد مع أربيل بشأن انتشار القوات في سنجار",
                "مستشار حكومي",
                OBAIDI,
                N_OFF,
                ":",
                HEAD,
                alt_types=[A_OFF],
            ),
            E(
                "loc4",
                "ارتفعت حصيلة ضحايا الغارة التي شنتها طائرة مسيرة تركية على سيارة في قضاء سنجار غربي نينوى إلى أربعة قتلى، بعد وفاة جريح متأثرا بإصابته صباح الأربعاء",
                MURAD28,
                "",
                N_OFF,
                "بحسب ما أفاد",
            ),
            E("gov_civ", "الضحايا «مدنيون، وليسوا مقاتلين كما تدعي أنقرة»", SAADI, "", N_OFF, "وقال"),
            E(
                "gov_arena",
                "الحكومة «لن تسمح بتحويل سنجار إلى ساحة لتصفية الحسابات»",
                "مؤكدا",
                SAADI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "joc2",
                "اثنين من القتلى الأربعة ينتميان إلى وحدات مقاومة سنجار",
                JOC,
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=["«شفق نيوز»"],
            ),
            E(
                "joc_arms",
                "السيارة كانت تقل «أسلحة خفيفة»",
                JOC,
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=["«شفق نيوز»"],
            ),
            E(
                "pol_missiles",
                "المسيرة استهدفت السيارة بصاروخين عند مدخل خانصور",
                "ضابط في شرطة سنجار",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("tr_nociv", "تكون الغارة قد أصابت أي مدني", TR_MOD, "", ORG, "أنكرت", NEG),
            E(
                "tr_branch",
                "اليبشة «ليست سوى الفرع العراقي لتنظيم بي كي كي الإرهابي»",
                "معتبرة",
                TR_MOD,
                ORG,
                "معتبرة",
            ),
            E(
                "tr_week",
                "«تحييد» ٢١ إرهابيا في شمالي العراق وسوريا خلال الأسبوع الماضي",
                "الوزارة",
                TR_MOD,
                ORG,
                "وأعلنت",
            ),
            E(
                "ybs_echo",
                "«مجرد قوة محلية من أبناء سنجار»",
                "وحدات مقاومة سنجار",
                "",
                ORG,
                "أكدت",
                alt_types=[DOC],
            ),
            E(
                "loc_echo",
                "القتلى «مزارعون كانوا عائدين من سوق سنجار، ولا علاقة لهم بأي جهة مسلحة»",
                "مراد",
                MURAD28,
                N_OFF,
                "نقلت",
                via=[RUDAW],
            ),
            E(
                "ybscmd_notimpl",
                "اتفاق عام ٢٠٢٠ «لم يطبق لأنه كتب من دون أهالي سنجار»",
                "قائد في الوحدات",
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "adv_deny",
                "التوصل إلى أي تفاهم جديد مع أربيل بشأن انتشار القوات في سنجار",
                OBAIDI,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E("adv_gradual", "اتفاق ٢٠٢٠ «يطبق بشكل تدريجي»", "لكنه", OBAIDI, N_OFF, "أكد"),
            E(
                "gov_mayor",
                "الاتفاق مع الكتل السياسية على تكليف إلياس خضر قائممقاما لسنجار",
                TAI,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "an_subord",
                "علاقة اليبشة بالعمال الكردستاني «تتجاوز التنسيق إلى التبعية التنظيمية»",
                HAYALI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "act_cover",
                "الحزب «ربما يستخدم اسم الوحدات غطاء» لتحركات عناصره",
                HAJI,
                "",
                N_PER,
                "يعتقد",
            ),
            E(
                "duhok2",
                "غارة تركية استهدفت مساء الثلاثاء منزلا في ناحية كاني ماسي بقضاء العمادية، ما أسفر عن مقتل شخصين",
                "مسؤول محلي",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "yazda",
                "أكثر من ١٨٠ ألف إيزيدي ما زالوا نازحين في مخيمات إقليم كردستان",
                "تقرير لمنظمة «يزدا»",
                "",
                DOC,
                "وأفاد",
            ),
        ],
    },
    "r29_macomia_attack": {
        "outlet": "فرانس 24",
        "published": "2026-02-16",
        "entries": [
            E(
                "hd",
                "مقاتلونا سيطروا على بلدة ماكوميا شمالي موزمبيق",
                "تنظيم «الدولة»",
                ISIS,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "isis_seized",
                "مقاتلي «ولاية موزمبيق» اقتحموا بلدة ماكوميا في إقليم كابو ديلغادو فجر السبت و«سيطروا على مقر الإدارة المحلية والثكنة العسكرية»",
                ISIS,
                "",
                ORG,
                "زعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "isis20",
                "قتلوا «20 جنديا من الجيش الموزمبيقي والقوات الرواندية»",
                ISIS,
                "",
                ORG,
                "زعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "joint_control",
                "القوات المشتركة «استعادت السيطرة الكاملة على ماكوميا» بعد معارك استمرت نحو 36 ساعة",
                MZ_MOD,
                "",
                ORG,
                "أكدتا",
                also_speakers=[RDF],
            ),
            E(
                "joint_toll",
                "مقتل أربعة جنود و«ما لا يقل عن 11 إرهابيا»",
                "مشيرتين",
                MZ_MOD,
                ORG,
                "مشيرتين",
                also_speakers=[RDF],
            ),
            E(
                "local_left",
                "الجنود غادروا ثكنة البلدة ليل الجمعة، قبل ساعات من وصول المسلحين",
                "مصادر محلية",
                "",
                A_SRC,
                "أفادت",
                ANON,
            ),
            E(
                "spk_deny",
                "يكون الجيش قد انسحب من الثكنة قبل الهجوم",
                MACHAVA,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=[F24],
            ),
            E(
                "spk_dozens",
                "المهاجمين، وعددهم بين 120 و150 مسلحا، تكبدوا «عشرات القتلى»",
                "مؤكدا",
                MACHAVA,
                N_OFF,
                "مؤكدا",
                via=[F24],
            ),
            E(
                "cl15",
                "قتل 15 مدنيا على الأقل خلال الهجوم، بعضهم بقطع الرأس",
                CABO,
                "",
                ORG,
                "حسبما أفاد",
            ),
            E("pol7", "عدد القتلى المدنيين «لا يتجاوز سبعة»", MUCHANGA, "", N_OFF, "قال"),
            E(
                "gov_alliance",
                "المتمردين بـ«عقد تحالف» مع مجموعات مسلحة من المنقبين غير الشرعيين عن الياقوت في منطقة مونتيبويز",
                MACONDE,
                "",
                N_OFF,
                "اتهم",
                via=[F24],
            ),
            E(
                "gov_money",
                "هذه المجموعات «تمدهم بالمال والمقاتلين»",
                "مضيفا",
                MACONDE,
                N_OFF,
                "مضيفا",
                via=[F24],
            ),
            E(
                "miners_deny",
                "وجود «أي صلة» بين المنقبين والمسلحين",
                NAMBURI,
                "",
                N_OFF,
                "ونفى",
                NEG,
                alt_types=[N_PER],
            ),
            E(
                "miners_scape",
                "السلطات تبحث عن كبش فداء لتبرير إخفاقها الأمني",
                "وقال",
                NAMBURI,
                N_OFF,
                "وقال",
                DIRECT,
                alt_types=[N_PER],
            ),
            E(
                "an_deals",
                "ما يجمع الطرفين «ليس تحالفا، بل مجرد صفقات لشراء الوقود والمؤن»",
                MUIANE,
                "",
                N_PER,
                "فيرى",
            ),
            E(
                "an_smuggle",
                "يكون المتمردون «يحاولون استغلال شبكات التهريب القائمة»",
                "مرجحا",
                MUIANE,
                N_PER,
                "مرجحا",
            ),
            E(
                "police22",
                "اعتقال 22 شخصا في مدينة بيمبا، عاصمة الإقليم، يشتبه في انتمائهم إلى خلايا تابعة للمتمردين",
                "الشرطة الوطنية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "unicef9k",
                "أكثر من 9 آلاف شخص، نصفهم أطفال، فروا من ماكوميا منذ السبت",
                "منظمة الأمم المتحدة للطفولة (يونيسف)",
                "",
                ORG,
                "قالت",
            ),
            E(
                "wit_mucojo",
                "مسلحين قطعوا رؤوس خمسة قرويين في قرية موكوجو الساحلية مساء الأحد",
                "شهود عيان",
                "",
                A_SRC,
                "وذكر",
                ANON,
            ),
        ],
    },
    "r30_macomia_residents": {
        "outlet": "الشرق الأوسط",
        "published": "2026-02-17",
        "entries": [
            E(
                "hd",
                "بين موقوفي بيمبا ثلاثة مقاتلين تنزانيين",
                "مصدر في الشرطة الموزمبيقية",
                POL_SRC,
                A_OFF,
                ":",
                HEAD,
                ANON,
            ),
            E(
                "res_still",
                "مسلحين من «ولاية موزمبيق» ما زالوا يتحصنون في الأحياء الشمالية للبلدة",
                RESID,
                "",
                A_SRC,
                "قال",
                ANON,
                via=["«الشرق الأوسط»"],
            ),
            E(
                "res_absent",
                "الجنود «لم يكونوا في الثكنة» عندما دخلها المسلحون فجر السبت",
                RESID,
                "",
                A_SRC,
                "قال",
                ANON,
                via=["«الشرق الأوسط»"],
            ),
            E(
                "res_night",
                "دوي الاشتباكات «يسمع كل ليلة منذ الأحد»",
                "مضيفين",
                RESID,
                A_SRC,
                "مضيفين",
                ANON,
                via=["«الشرق الأوسط»"],
            ),
            E(
                "isis_still",
                "مقاتليه «ما زالوا يسيطرون على أجزاء واسعة من ماكوميا»",
                ISIS,
                "",
                ORG,
                "وزعم",
                via=["«أعماق»"],
            ),
            E("rdf_secure", "البلدة «آمنة بالكامل»", MUGABO, "", N_OFF, "أكد"),
            E(
                "rdf_sweep",
                "وحداته «تقوم فقط بعمليات تمشيط» في الغابات المحيطة",
                MUGABO,
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "joint_echo",
                "القوات «استعادت السيطرة الكاملة على ماكوميا»",
                MZ_MOD,
                "",
                ORG,
                "أكدتا",
                also_speakers=[RDF],
            ),
            E("mod6", "حصيلة قتلى الجيش إلى ستة جنود", MZ_MOD, "", ORG, "رفعت"),
            E(
                "pol9",
                "عدد القتلى المدنيين ارتفع إلى تسعة",
                "قائد شرطة الإقليم الفريق فيليسبرتو موتشانغا",
                "",
                N_OFF,
                "نقلا عن",
                via=["إذاعة موزمبيق الرسمية"],
            ),
            E(
                "admin_range",
                "العدد بما بين ١٨ و٢٠ قتيلا، بينهم نساء وأطفال",
                "مدير منطقة ماكوميا، دومينغوس أليفو",
                "",
                N_OFF,
                "قدر",
            ),
            E(
                "cl_year",
                "قتل ٦٢ مدنيا في الإقليم منذ مطلع العام",
                "بيانات مرصد «كابو ليغادو»",
                CABO,
                ORG,
                "واستنادا إلى",
                alt_types=[DOC],
            ),
            E(
                "gov_echo",
                "مجموعات المنقبين المسلحة تمد المتمردين «بالمال والمقاتلين»",
                "حاكم الإقليم أنطونيو ماكوندي",
                "",
                N_OFF,
                "نقلت",
                via=[F24],
            ),
            E(
                "pol_src3",
                "ثلاثة من الموقوفين الـ٢٢ في بيمبا مقاتلون تنزانيون تسللوا عبر نهر روفوما",
                POL_SRC,
                "",
                A_OFF,
                "وأوضح",
                ANON,
            ),
            E(
                "rights_all",
                "جميع الموقوفين شبان نازحون لا صلة لهم بالتمرد",
                "رابطة حقوق الإنسان الموزمبيقية",
                "",
                ORG,
                "قالت",
                DIRECT,
            ),
            E(
                "msf45",
                "فرقها عالجت ٤٥ جريحا على الأقل في المركز الصحي للبلدة منذ السبت، معظمهم مصابون بطلقات نارية",
                "منظمة «أطباء بلا حدود»",
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "wfp10k",
                "يقدم مساعدات عاجلة لنحو ١٠ آلاف نازح من ماكوميا",
                "برنامج الأغذية العالمي",
                "",
                ORG,
                "وقال",
            ),
            E(
                "unhcr_total",
                "عدد النازحين في كابو ديلغادو بأكثر من ٥٨٠ ألف شخص",
                "مفوضية اللاجئين الأممية",
                "",
                ORG,
                "تقدر",
            ),
            E(
                "ibo3",
                "مسلحين قتلوا ثلاثة صيادين قرب جزيرة إيبو صباح الاثنين",
                "مسؤول محلي",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Tripoli: a truce brokered by the elders vs the 444 Brigade's denial / "no truce"
        ("r25.elders", "r25.f_deny"),
        ("r25.hd", "r25.f_deny"),  # headline copy
        ("r25.zar_accept", "r25.f_deny"),
        ("r26.zar_echo", "r25.f_deny"),  # the elder's words as retold the next day
        ("r25.elders", "r25.f_notruce"),
        ("r25.hd", "r25.f_notruce"),
        ("r25.zar_accept", "r25.f_notruce"),
        ("r26.zar_echo", "r25.f_notruce"),
        # the airport road: Radaa's full control vs the brigade still holding the bridge / its positions
        ("r25.radaa_control", "r25.f_holds"),
        ("r26.radaa_echo", "r25.f_holds"),  # republished statement
        ("r25.radaa_control", "r26.src_stay"),
        ("r26.radaa_echo", "r26.src_stay"),
        # who started it: an attack on a Radaa patrol vs the denial
        ("r25.radaa_accuse", "r26.f_nopatrol"),
        # tolls of the same clashes from different sources
        ("r25.moh9", "r25.emc14"),
        ("r26.moh12", "r26.emc17"),
        ("r25.emc14", "r26.moh12"),  # 14 bodies on Monday vs 12 dead on Tuesday (tolls do not fall)
        # the Presidential Council's agreement, signed by both sides, vs "we signed nothing"
        ("r26.pc_agree", "r26.src_nosign"),
        ("r26.hd", "r26.src_nosign"),
        ("r26.pc_signed", "r26.src_nosign"),
        # --- Sinjar: how many were killed
        ("r27.tr6", "r27.loc3"),
        ("r27.tr6", "r28.loc4"),
        ("r27.tr6", "r27.ybs2"),  # six PKK members vs two YBS fighters and a civilian driver
        # PKK members / no civilian hit vs civilians with no link to any armed group
        ("r27.tr6", "r27.loc_farmers"),
        ("r27.tr6", "r28.loc_echo"),
        ("r27.tr6", "r28.gov_civ"),
        ("r28.tr_nociv", "r27.loc_farmers"),
        ("r28.tr_nociv", "r28.loc_echo"),
        ("r28.tr_nociv", "r28.gov_civ"),
        ("r28.tr_nociv", "r27.ybs2"),  # "no civilian hit" vs a civilian driver killed
        # YBS fighters among the dead vs all civilians
        ("r27.ybs2", "r27.loc_farmers"),
        ("r27.ybs2", "r28.loc_echo"),
        ("r27.ybs2", "r28.gov_civ"),
        ("r28.joc2", "r27.loc_farmers"),
        ("r28.joc2", "r28.loc_echo"),
        ("r28.joc2", "r28.gov_civ"),
        # YBS: merely a local force, no organisational link vs coordination with / branch of the PKK
        ("r27.ybs_local", "r27.kurd_coord"),
        ("r28.ybs_echo", "r27.kurd_coord"),
        ("r27.ybs_deny", "r28.tr_branch"),
        ("r27.ybs_local", "r28.tr_branch"),
        ("r28.ybs_echo", "r28.tr_branch"),
        ("r27.ybs_deny", "r28.an_subord"),
        ("r27.ybs_local", "r28.an_subord"),
        ("r28.ybs_echo", "r28.an_subord"),
        # Baghdad–Erbil: an understanding reached last week vs no new understanding
        ("r27.kurd_agree", "r28.adv_deny"),
        ("r27.kurd_agree", "r28.hd"),
        # the 2020 Sinjar agreement: never implemented vs implemented gradually
        ("r27.mp_notimpl", "r28.adv_gradual"),
        ("r28.ybscmd_notimpl", "r28.adv_gradual"),
        # --- Cabo Delgado: control of Macomia after the joint statement
        ("r29.joint_control", "r30.res_still"),
        ("r29.joint_control", "r30.isis_still"),
        ("r30.joint_echo", "r30.res_still"),  # republished joint statement
        ("r30.joint_echo", "r30.isis_still"),
        ("r30.rdf_secure", "r30.res_still"),
        ("r30.rdf_secure", "r30.isis_still"),
        ("r30.rdf_secure", "r30.res_night"),  # "completely safe" vs fighting heard every night
        # the garrison left before the attack vs the denial
        ("r29.local_left", "r29.spk_deny"),
        ("r30.res_absent", "r29.spk_deny"),
        # soldiers killed
        ("r29.isis20", "r29.joint_toll"),
        ("r29.isis20", "r30.mod6"),
        # civilians killed
        ("r29.cl15", "r29.pol7"),
        ("r29.cl15", "r30.pol9"),  # at least 15 on Monday vs 9 on Tuesday
        ("r30.admin_range", "r30.pol9"),
        # insurgents and the armed ruby miners: alliance / money and fighters vs no link / mere deals
        ("r29.gov_alliance", "r29.miners_deny"),
        ("r29.gov_alliance", "r29.an_deals"),
        ("r29.gov_money", "r29.miners_deny"),
        ("r29.gov_money", "r29.an_deals"),
        ("r30.gov_echo", "r29.miners_deny"),
        ("r30.gov_echo", "r29.an_deals"),
        # the Pemba detainees
        ("r30.pol_src3", "r30.rights_all"),
        ("r30.hd", "r30.rights_all"),
    ],
    "agreements": [
        ("r25.sec_spark", "r26.f_arrest"),  # the clashes began with an arrest at a Radaa gate
        ("r25.bal3", "r26.unsmil_civ"),  # three civilians killed
        ("r25.elders", "r26.res_calm"),  # the guns fell (mostly) silent at dawn on Monday
        ("r27.loc_farmers", "r28.gov_civ"),  # the dead were civilians
        ("r27.ybs2", "r28.joc2"),  # two YBS fighters among the dead
        ("r28.tr_branch", "r28.an_subord"),  # YBS is subordinate to the PKK
        ("r27.mp_notimpl", "r28.ybscmd_notimpl"),  # the 2020 agreement was never implemented
        ("r27.wit_missiles", "r28.pol_missiles"),  # two missiles at the car near Khanasor
        ("r30.res_still", "r30.isis_still"),  # insurgents still in (parts of) Macomia
        ("r29.local_left", "r30.res_absent"),  # the soldiers were not in the barracks
        ("r29.unicef9k", "r30.wfp10k"),  # about 9–10 thousand displaced from Macomia
    ],
    "echoes": [
        ("r25.zar_accept", "r26.zar_echo"),  # the elder's words to Bawabat al-Wasat, cited by Anadolu
        ("r25.radaa_control", "r26.radaa_echo"),  # Radaa's Monday statement, republished
        ("r25.unsmil_month", "r26.unsmil_month"),  # UNSMIL's January figure, recalled
        ("r27.loc_farmers", "r28.loc_echo"),  # the Sinuni director's words to Rudaw, cited by Shafaq
        ("r27.ybs_local", "r28.ybs_echo"),  # the YBS statement, republished
        ("r29.joint_control", "r30.joint_echo"),  # the joint statement, republished
        ("r29.gov_money", "r30.gov_echo"),  # the governor's words to France 24, cited again
    ],
    "not_contradictions": [
        ("r25.moh9", "r26.moh12"),  # toll rose from 9 to 12 (same ministry, next day)
        ("r25.emc14", "r26.emc17"),  # the centre's toll rose from 14 to 17
        ("r25.bal3", "r25.emc14"),  # three residents among the dead
        ("r25.unsmil_month", "r25.emc14"),  # January's total in Tripoli vs one night of clashes
        ("r26.unsmil_month", "r26.emc17"),
        ("r25.sec_noagree", "r26.pc_agree"),  # no agreement yet on Monday, agreement announced on Tuesday
        ("r25.caa_suspend", "r26.caa_resume"),  # flights suspended, then resumed
        ("r26.unsmil_civ", "r26.emc17"),  # three civilians among 17 dead
        ("r27.loc3", "r28.loc4"),  # toll rose from 3 to 4 after a wounded man died
        ("r28.joc2", "r28.loc4"),  # two YBS members among the four dead
        ("r27.council_noagree", "r28.gov_mayor"),  # no agreement yet on a mayor, then agreement
        ("r28.hd", "r28.gov_mayor"),  # no understanding on forces vs agreement on a mayor
        ("r27.tr6", "r28.tr_week"),  # one strike vs the week in Iraq and Syria
        ("r28.duhok2", "r28.loc4"),  # Kani Masi (Duhok) vs Sinjar: two strikes
        ("r27.mig_month", "r28.yazda"),  # January's returns vs the total still displaced
        ("r29.joint_toll", "r30.mod6"),  # army toll rose from 4 to 6
        ("r29.pol7", "r30.pol9"),  # police's civilian toll rose from 7 to 9
        ("r29.police22", "r30.pol_src3"),  # three Tanzanian fighters among the 22 detainees
        ("r29.police22", "r30.hd"),
        ("r29.isis_seized", "r29.joint_control"),  # seized on Saturday, retaken on Sunday evening
        ("r29.unicef9k", "r30.unhcr_total"),  # fled Macomia since Saturday vs all displaced in the province
        ("r30.cl_year", "r30.admin_range"),  # civilians killed since January vs in this attack
        ("r29.cl15", "r30.admin_range"),  # "at least 15" vs 18–20
        ("r29.wit_mucojo", "r30.ibo3"),  # Mucojo vs Ibo: two attacks
        ("r29.spk_dozens", "r29.joint_toll"),  # "dozens" of attackers' dead vs "no fewer than 11"
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
