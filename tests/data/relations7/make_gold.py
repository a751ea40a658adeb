"""Writes gold.json for the seventh relations set (r37..r42) from the annotations below (`python3 tests/data/relations7/make_gold.py`).

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
    MEDIA,
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r37/r38: Kirkuk, the Sarkaran checkpoint attack
OPS = "قيادة عمليات كركوك"
MED = "مصدرا طبيا في مستشفى آزادي التعليمي"
AZIZ = "المتحدث باسم وزارة شؤون البيشمركة، العميد هيمن عزيز"
BAYATI = "عضو مجلس محافظة كركوك عن الجبهة التركمانية العراقية، مهدي البياتي"
KPOL = "قيادة شرطة كركوك"
SMC = "مصدر في خلية الإعلام الأمني"
HADIDI = "الخبير الأمني سرمد الحديدي"
SUMARIA = "السومرية نيوز"
INA = "وكالة الأنباء العراقية (واع)"
ISIS = "تنظيم «داعش»"
FEDPOL = "قيادة الشرطة الاتحادية"
MUKHTAR = "مختار قرية تل الورد، صالح حسين"
RUBAIE = "المتحدث باسم قيادة العمليات المشتركة، اللواء سعد الربيعي"
QADIR = "النائبة عن الحزب الديمقراطي الكردستاني شيرين قادر"
SHEIKH = "أحد وجهاء عشيرة العبيد، الشيخ خلف المحمد"
OFFICER = "ضابط في شرطة كركوك"
REGIMENT = "منتسب في الفوج المسؤول عن النقطة"
ARABY = "«العربي الجديد»"
# r39/r40: Gezira, the attack on al-Kamlin
RSF = "قوات الدعم السريع"
TAYEB = "المتحدث باسم القوات المسلحة السودانية، العميد الركن عثمان الطيب"
TAYEB40 = "المتحدث باسم الجيش، العميد الركن عثمان الطيب"
LC = "لجان مقاومة الكاملين"
GEZ_GOV = "حكومة ولاية الجزيرة"
SDN = "شبكة أطباء السودان"
ADVISER = "المستشار الإعلامي لقائد قوات الدعم السريع، محمد الحسن عبد الباقي"
ADVISER40 = "المستشار الإعلامي لقائد القوات، محمد الحسن عبد الباقي"
SHOK = "المتحدث باسم قوات «درع السودان»، الطاهر أبو شوك"
ELEC = "الشركة السودانية لتوزيع الكهرباء"
IOM = "المنظمة الدولية للهجرة"
ABDELQADER = "الخبير العسكري اللواء المتقاعد معتصم عبد القادر"
ST = "«سودان تريبيون»"
JN = "«الجزيرة نت»"
DIV1 = "مصدر عسكري في الفرقة الأولى مشاة بود مدني"
ELA = "مجموعة «محامو الطوارئ»"
STAFF = "مصدر في هيئة الأركان"
# r41/r42: Kidal, the Anefis ambush
FLA = "«جبهة تحرير أزواد»"
SALEH = "المتحدث باسم الجبهة، إبراهيم أغ محمد الصالح"
GS = "هيئة الأركان العامة للجيوش"
ORTM = "التلفزيون الرسمي المالي"
FAMA_SRC = "مصدر عسكري مالي"
AFP = "وكالة فرانس برس"
CISSE = "الباحث المالي في الشؤون الأمنية بوبكر سيسي"
LOCAL = "مسؤول محلي"
ARMY = "الجيش المالي"
JNIM = "«جماعة نصرة الإسلام والمسلمين»"
TG = "قنوات على «تلغرام» مقربة من «فيلق أفريقيا» الروسي"
MCD = "إذاعة مونت كارلو الدولية"

ARTICLES: dict[str, dict[str, Any]] = {
    "r37_kirkuk_checkpoint": {
        "outlet": "السومرية نيوز",
        "published": "2026-03-09",
        "entries": [
            E("hd", "خلية لـ«داعش» هاجمت نقطة للشرطة الاتحادية في سركران", "عمليات كركوك", OPS, ORG, ":", HEAD),
            E(
                "ops_isis",
                "خلية تابعة لتنظيم «داعش» الإرهابي شنت ليل الأحد هجوما على نقطة تفتيش للشرطة الاتحادية قرب قرية تل الورد في ناحية سركران",
                OPS,
                "",
                ORG,
                "قالت",
            ),
            E("ops3", "مقتل 3 منتسبين وإصابة 5 آخرين", OPS, "", ORG, "قالت"),
            E(
                "ops_infil",
                "المهاجمين «تسللوا عبر المرتفعات الواقعة ضمن قاطع مسؤولية البيشمركة»",
                "البيان",
                OPS,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E(
                "ops_hold",
                "قطعات الشرطة الاتحادية «ما زالت ممسكة بالنقطة بشكل كامل»",
                "مؤكدا",
                OPS,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "ops_sweep",
                "عملية تمشيط واسعة انطلقت فجرا لملاحقة الفارين",
                "مؤكدا",
                OPS,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "med5",
                "المستشفى تسلم جثث 5 قتلى، 4 منهم من منتسبي الشرطة الاتحادية",
                MED,
                "",
                A_OFF,
                "أفاد",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "med_civ",
                "الخامس راع مدني من أهالي قرية مجاورة أصيب برصاص المهاجمين",
                "مشيرا",
                MED,
                A_OFF,
                "مشيرا",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "pesh_deny",
                "يكون المهاجمون قد انطلقوا من مناطق تنتشر فيها قواته",
                AZIZ,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "pesh_gap",
                "«المرتفعات المذكورة تقع في الفراغ الأمني بين خطوط الطرفين، ولا يوجد فيها أي مقاتل من البيشمركة»",
                "وقال",
                AZIZ,
                N_OFF,
                "وقال",
                via=[SUMARIA],
            ),
            E(
                "pesh_agree",
                "وزارتي الدفاع الاتحادية وشؤون البيشمركة «توصلتا الشهر الماضي إلى اتفاق» على تشكيل لواءين مشتركين لسد الفراغ الأمني",
                "عزيز",
                AZIZ,
                N_OFF,
                "وكشف",
            ),
            E(
                "pesh_joint",
                "عملية التمشيط الجارية «عملية مشتركة تشارك فيها قوة من البيشمركة»",
                "مضيفا",
                AZIZ,
                N_OFF,
                "مضيفا",
            ),
            E(
                "tk_pkk",
                "«عناصر مرتبطة بحزب العمال الكردستاني» بتنفيذ الهجوم",
                BAYATI,
                "",
                N_OFF,
                "اتهم",
            ),
            E(
                "tk_free",
                "هذه العناصر «تتنقل بحرية» في القرى الواقعة على خطوط التماس",
                "زاعما",
                BAYATI,
                N_OFF,
                "زاعما",
            ),
            E("pol6", "اعتقال 6 مشتبه بهم في قضاء الحويجة", KPOL, "", ORG, "وأعلنت"),
            E("pol_support", "«قدموا الدعم اللوجستي والإيواء» للمهاجمين", "قالت", KPOL, ORG, "قالت"),
            E(
                "sec2",
                "اثنين من الموقوفين «من قيادات الصف الأول في التنظيم»",
                "مصدر أمني",
                "",
                A_OFF,
                "ذكر",
                ANON,
            ),
            E(
                "res_left",
                "عناصر النقطة أخلوها بعد منتصف الليل وانسحبوا إلى مقر الفوج في مركز الناحية",
                "سكان في سركران",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "smc_year",
                "11 منتسبا قتلوا في هجمات متفرقة شهدتها محافظة كركوك منذ مطلع العام الجاري",
                SMC,
                "",
                A_OFF,
                "ونسبت",
                ANON,
                via=[INA],
            ),
            E(
                "an_coord",
                "التنسيق بين بغداد وأربيل في المناطق المتنازع عليها «لا يتجاوز تبادل المعلومات»",
                HADIDI,
                "",
                N_PER,
                "واعتبر",
            ),
            E(
                "an_exploit",
                "يكون التنظيم «قد استغل» الخلاف القائم بين الطرفين على إدارة الملف الأمني",
                "مرجحا",
                HADIDI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r38_kirkuk_brigades": {
        "outlet": "العربي الجديد",
        "published": "2026-03-10",
        "entries": [
            E(
                "hd",
                "التوصل إلى اتفاق مع أربيل على ألوية مشتركة في كركوك",
                "بغداد",
                "",
                ORG,
                "تنفي",
                HEAD,
                NEG,
            ),
            E(
                "isis_claim",
                "الهجوم الذي استهدف نقطة للشرطة الاتحادية في ناحية سركران بقضاء الدبس شمال غربي كركوك",
                ISIS,
                "",
                ORG,
                "تبنى",
                via=["وكالة «أعماق»"],
            ),
            E(
                "isis12",
                "مقاتليه «قتلوا وأصابوا ١٢ عنصرا» واستولوا على أسلحتهم",
                "زاعما",
                ISIS,
                ORG,
                "زاعما",
                via=["وكالة «أعماق»"],
            ),
            E(
                "ops_echo",
                "المهاجمين «تسللوا عبر المرتفعات الواقعة ضمن قاطع مسؤولية البيشمركة»",
                OPS,
                "",
                ORG,
                "ذكرت",
                alt_types=[DOC],
            ),
            E("fp4", "ارتفاع عدد قتلاها إلى ٤ إثر وفاة أحد الجرحى", FEDPOL, "", ORG, "تعلن"),
            E("fp_nociv", "سقوط أي مدني في الهجوم", "نافية", FEDPOL, ORG, "نافية", NEG),
            E(
                "mukhtar_civ",
                "الراعي ياسين عبد الله، وهو من أبناء القرية، «قتل برصاص المهاجمين أثناء عودته بقطيعه»",
                MUKHTAR,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[ARABY],
            ),
            E(
                "mukhtar_call",
                "بتعويض عائلته",
                "مطالبا",
                MUKHTAR,
                N_OFF,
                "مطالبا",
                OPT,
                alt_types=[N_PER],
                via=[ARABY],
            ),
            E(
                "joc_deny",
                "التوصل إلى أي اتفاق مع وزارة شؤون البيشمركة لتشكيل ألوية مشتركة",
                RUBAIE,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=[ARABY],
            ),
            E(
                "joc_meet",
                "ما جرى حتى الآن «اجتماعات فنية لم تفض إلى نتيجة»",
                "موضحا",
                RUBAIE,
                N_OFF,
                "موضحا",
                via=[ARABY],
            ),
            E(
                "joc_notjoint",
                "عملية التمشيط في سركران «ليست عملية مشتركة، بل مجرد تنسيق استخباري عبر مراكز التنسيق المشتركة»",
                "وأضاف",
                RUBAIE,
                N_OFF,
                "وأضاف",
                via=[ARABY],
            ),
            E(
                "pesh_echo",
                "«المرتفعات المذكورة تقع في الفراغ الأمني بين خطوط الطرفين، ولا يوجد فيها أي مقاتل من البيشمركة»",
                AZIZ,
                "",
                N_OFF,
                "قال",
                via=[SUMARIA],
            ),
            E(
                "mp_notimpl",
                "الاتفاق الموقع بين بغداد وأربيل أواخر عام ٢٠٢٣ لتنظيم الملف الأمني في المناطق المتنازع عليها «لم ينفذ منه شيء حتى الآن»",
                QADIR,
                "",
                N_OFF,
                "قالت",
            ),
            E("mp_accuse", "الحكومة الاتحادية بـ«المماطلة»", "متهمة", QADIR, N_OFF, "متهمة"),
            E(
                "sheikh_farmers",
                "الموقوفين الستة «ليسوا سوى رعاة ومزارعين اقتيدوا من منازلهم»",
                SHEIKH,
                "",
                N_PER,
                "أكد",
            ),
            E(
                "off_confess",
                "اثنين منهم «اعترفا بنقل الطعام والوقود إلى المهاجمين»",
                OFFICER,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "cop_withdrew",
                "عناصرها «انسحبوا إلى مقر الفوج بأمر من القيادة» ليلة الهجوم، ولم يعودوا إليها إلا ظهر الاثنين",
                REGIMENT,
                "",
                A_OFF,
                "وأقر",
                ANON,
                via=[ARABY],
            ),
            E(
                "daquq2",
                "قتل جنديان بانفجار عبوة ناسفة استهدفت دوريتهما في قضاء داقوق جنوبي كركوك فجر الثلاثاء",
                "مصدر أمني",
                "",
                A_OFF,
                "حسب",
                ANON,
            ),
        ],
    },
    "r39_gezira_kamlin": {
        "outlet": "سودان تريبيون",
        "published": "2026-03-22",
        "entries": [
            E("hd", "قواتنا سيطرت على مدينة الكاملين شمالي الجزيرة", "الدعم السريع", RSF, ORG, ":", HEAD),
            E(
                "rsf_ctrl",
                "«سيطرت بالكامل» على مدينة الكاملين بولاية الجزيرة وسط السودان",
                RSF,
                "",
                ORG,
                "أعلنت",
                via=["«تلغرام»"],
            ),
            E(
                "rsf200",
                "كبدت الجيش وحلفاءه «أكثر من 200 قتيل» واستولت على 17 مركبة قتالية",
                "مدعية",
                RSF,
                ORG,
                "مدعية",
                via=["«تلغرام»"],
            ),
            E(
                "saf_repel",
                "الهجوم الذي شنته «الميليشيا» من محورين «صد بالكامل»",
                TAYEB,
                "",
                N_OFF,
                "قال",
                via=[ST],
            ),
            E("saf_hold", "المدينة «تحت السيطرة التامة للجيش»", TAYEB, "", N_OFF, "قال", via=[ST]),
            E("saf_dozens", "مقتل «العشرات» من المهاجمين", "مشيرا", TAYEB, N_OFF, "مشيرا", via=[ST]),
            E("saf_nodead", "سقوط أي قتيل في صفوف قواته", "ونافيا", TAYEB, N_OFF, "ونافيا", NEG, via=[ST]),
            E(
                "saf_foreign",
                "«جهات إقليمية» بتزويد الدعم السريع بالمسيرات الاستراتيجية",
                "الطيب",
                TAYEB,
                N_OFF,
                "واتهم",
            ),
            E(
                "wit_drone",
                "ثلاث مسيرات ضربت المحطة وأشعلت فيها حريقا ضخما",
                "شهود عيان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("elec_cut", "انقطاع التيار عن ود مدني ومعظم مدن الولاية", ELEC, "", ORG, "أعلنت"),
            E(
                "lc27",
                "عناصر الدعم السريع قتلوا «27 مدنيا على الأقل، بينهم 6 أطفال»",
                LC,
                "",
                ORG,
                "قالت",
            ),
            E("gov_range", "عدد الضحايا بما بين 35 و40 قتيلا", GEZ_GOV, "", ORG, "قدرت"),
            E("sdn19", "19 قتيلا و«عشرات الجرحى» نقلوا إلى مستشفى الكاملين", SDN, "", ORG, "فأحصت"),
            E(
                "rsf_adv_deny",
                "تكون قواته استهدفت مدنيين في ود النعيم",
                ADVISER,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "rsf_adv_mobil",
                "القتلى «مستنفرون مسلحون سقطوا أثناء الاشتباك»",
                "وقال",
                ADVISER,
                N_OFF,
                "وقال",
            ),
            E(
                "dir_fought",
                "قواته «قاتلت جنبا إلى جنب مع الجيش» في الكاملين",
                SHOK,
                "",
                N_OFF,
                "قال",
                via=[ST],
            ),
            E(
                "dir_merged",
                "«اندمجت بالكامل في القوات المسلحة منذ مطلع العام»",
                "مضيفا",
                SHOK,
                N_OFF,
                "مضيفا",
                via=[ST],
            ),
            E(
                "an_supply",
                "الهجوم «قد يكون محاولة لقطع طريق الإمداد بين الخرطوم وود مدني»",
                ABDELQADER,
                "",
                N_PER,
                "وحذر",
            ),
            E(
                "an_butana",
                "تعاود الدعم السريع الضغط من جهة سهل البطانة شرقا",
                "مرجحا",
                ABDELQADER,
                N_PER,
                "مرجحا",
            ),
            E(
                "pol14",
                "توقيف 14 شخصا في ود مدني بتهمة «التعاون مع الميليشيا المتمردة»",
                "شرطة ولاية الجزيرة",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "iom4500",
                "نزح نحو 4500 شخص من الكاملين والقرى المحيطة بها منذ صباح السبت",
                IOM,
                "",
                ORG,
                "وبحسب",
            ),
        ],
    },
    "r40_gezira_withdrawal": {
        "outlet": "الجزيرة نت",
        "published": "2026-03-23",
        "entries": [
            E("hd", "بالانسحاب من الكاملين", "«الدعم السريع»", RSF, ORG, "تقر", HEAD),
            E("rsf_withdraw", "بانسحاب عناصرها من مدينة الكاملين شمالي ولاية الجزيرة", RSF, "", ORG, "أقرت"),
            E(
                "adv_tactical",
                "الانسحاب «تكتيكي» وجاء «بعد تحقيق أهداف العملية كاملة»",
                ADVISER40,
                "",
                N_OFF,
                "وقال",
                via=[JN],
            ),
            E(
                "src_notenter",
                "عناصر الدعم السريع «لم يدخلوا الكاملين أصلا»",
                DIV1,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[JN],
            ),
            E(
                "src43",
                "فروا «تاركين ٤٣ جثة» على الطريق الرابط بين المدينة والخرطوم",
                DIV1,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[JN],
            ),
            E(
                "saf_echo",
                "الهجوم الذي شنته «الميليشيا» من محورين «صد بالكامل»",
                TAYEB40,
                "",
                N_OFF,
                "أكد",
                via=[ST],
            ),
            E("lc38", "ارتفعت حصيلة ضحايا قرية ود النعيم إلى ٣٨ قتيلا", LC, "", ORG, "وفق ما أعلنت"),
            E(
                "sdn36",
                "العدد وصل إلى ٣٦ بعد انتشال جثث جديدة من المزارع المحيطة بالقرية",
                SDN,
                "",
                ORG,
                "قالت",
            ),
            E(
                "ela_civ",
                "جميع الضحايا «مدنيون عزل، بينهم نساء وأطفال»",
                "بيان لمجموعة «محامو الطوارئ»",
                ELA,
                ORG,
                "وجاء في بيان",
                alt_types=[DOC],
            ),
            E(
                "adv_noforeign",
                "قواته لم تتلق «أي مسيرات أو دعم عسكري من الخارج»",
                "عبد الباقي",
                ADVISER40,
                N_OFF,
                "وتابع",
            ),
            E(
                "adv_spoils",
                "ما تملكه من مسيرات «غنائم من مخازن الجيش»",
                "مؤكدا",
                ADVISER40,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "dir_echo",
                "«اندمجت بالكامل في القوات المسلحة منذ مطلع العام»",
                "المتحدث باسمها الطاهر أبو شوك",
                "",
                N_OFF,
                "قال",
                via=[ST],
            ),
            E("staff_part", "هذه القوات شاركت في صد الهجوم", STAFF, "", A_OFF, "أوضح", ANON),
            E(
                "staff_notmerged",
                "«لا تزال قوة مساندة تعمل بالتنسيق مع الجيش، ولم يكتمل دمجها بعد»",
                STAFF,
                "",
                A_OFF,
                "أوضح",
                ANON,
            ),
            E(
                "ela_arrest",
                "الموقوفين الـ١٤ في ود مدني «مدنيون اعتقلوا على أساس الهوية»",
                "«محامو الطوارئ»",
                ELA,
                ORG,
                "وقالت",
            ),
            E(
                "polsrc3",
                "ثلاثة منهم «ضبطوا وهم يرسلون إحداثيات مواقع الجيش» عبر أجهزة «ستارلينك»",
                "مصدر في شرطة الولاية",
                "",
                A_OFF,
                "كشف",
                ANON,
            ),
            E("elec_back", "عودة التيار جزئيا إلى أحياء في ود مدني", ELEC, "", ORG, "وأعلنت"),
            E(
                "elec_damage",
                "محطة مارنجان «تعرضت لأضرار جسيمة» جراء القصف بالمسيرات",
                "موضحة",
                ELEC,
                ORG,
                "موضحة",
            ),
            E(
                "ocha85k",
                "عدد النازحين داخل ولاية الجزيرة منذ مطلع العام بأكثر من ٨٥ ألف شخص",
                "مكتب «أوتشا» الأممي لتنسيق الشؤون الإنسانية",
                "",
                ORG,
                "ويقدر",
            ),
            E("iom7k", "تقديرها للفارين من الكاملين إلى نحو ٧ آلاف", IOM, "", ORG, "رفعت"),
        ],
    },
    "r41_kidal_ambush": {
        "outlet": "مونت كارلو الدولية",
        "published": "2026-04-04",
        "entries": [
            E("hd", "قتلنا ٣٠ عسكريا في كمين قرب أنفيف", "جبهة تحرير أزواد", FLA, ORG, ":", HEAD),
            E(
                "fla_ambush",
                "مقاتليها نصبوا الجمعة كمينا لرتل يضم وحدات من الجيش المالي وعناصر من «فيلق أفريقيا» الروسي على الطريق بين أنفيف وكيدال",
                FLA,
                "",
                ORG,
                "قالت",
            ),
            E("fla30", "قتلوا «٣٠ على الأقل» من أفراده، بينهم ٧ روس", FLA, "", ORG, "قالت"),
            E(
                "fla_anefis",
                "مقاتلي الجبهة «يسيطرون منذ مساء الجمعة» على بلدة أنفيف",
                SALEH,
                "",
                N_OFF,
                "وأضاف",
                via=["منصة «إكس»"],
            ),
            E(
                "army_repel",
                "الرتل «تصدى لهجوم إرهابي» و«حيد ١٨ إرهابيا»",
                "بيان لهيئة الأركان العامة للجيوش",
                GS,
                ORG,
                "نقلا عن",
                alt_types=[DOC],
                via=[ORTM],
            ),
            E(
                "army4",
                "بمقتل ٤ جنود وإصابة ٩ آخرين",
                "مقرا",
                GS,
                ORG,
                "مقرا",
                alt_types=[DOC],
                via=[ORTM],
            ),
            E(
                "army_anefis",
                "أنفيف «لا تزال تحت السيطرة الكاملة للقوات المسلحة»",
                "البيان",
                GS,
                ORG,
                "وشدد",
                alt_types=[DOC],
                via=[ORTM],
            ),
            E("src_norus", "سقوط أي قتيل روسي", FAMA_SRC, "", A_OFF, "ونفى", ANON, NEG, via=[AFP]),
            E(
                "src_notinconvoy",
                "«المدربين الروس لم يكونوا ضمن الرتل أصلا»",
                "موضحا",
                FAMA_SRC,
                A_OFF,
                "موضحا",
                ANON,
                via=[AFP],
            ),
            E(
                "army_alliance",
                "الجبهة بالتحالف مع «جماعة نصرة الإسلام والمسلمين» المرتبطة بتنظيم القاعدة",
                "هيئة الأركان",
                GS,
                ORG,
                "واتهمت",
            ),
            E("army_joint", "الكمين «عملية مشتركة» بين الطرفين", "معتبرة", GS, ORG, "معتبرة"),
            E("fla_noalliance", "«أي تحالف أو تنسيق» مع الجماعة", "أغ محمد الصالح", SALEH, N_OFF, "نفى", NEG),
            E(
                "fla_quote",
                "نحن نقاتل من أجل أزواد، ولا علاقة لنا بمشروع القاعدة",
                "واستطرد",
                SALEH,
                N_OFF,
                "واستطرد",
                DIRECT,
                via=["مونت كارلو الدولية"],
            ),
            E(
                "an_tactical",
                "ما يجمع الطرفين «ليس تحالفا، بل تنسيق تكتيكي تفرضه الجغرافيا»",
                CISSE,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_info", "الجماعة «ربما وفرت» معلومات عن تحركات الرتل", "لافتا", CISSE, N_PER, "لافتا"),
            E(
                "loc11",
                "غارة بطائرة مسيرة استهدفت سوقا أسبوعية صباح السبت، ما أدى إلى مقتل ١١ مدنيا بينهم ٤ أطفال",
                LOCAL,
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E("army_gathering", "«دمر تجمعا لإرهابيين» في المنطقة", "الجيش", ARMY, ORG, "قال"),
            E(
                "hrw60",
                "قتل ما لا يقل عن ٦٠ مدنيا في غارات بطائرات مسيرة شمالي مالي منذ مطلع العام",
                "منظمة «هيومن رايتس ووتش»",
                "",
                ORG,
                "ووفقا",
            ),
        ],
    },
    "r42_kidal_arrest": {
        "outlet": "إندبندنت عربية",
        "published": "2026-04-05",
        "entries": [
            E(
                "hd",
                "اعتقال قيادي في «جبهة تحرير أزواد» خطط لكمين أنفيف",
                ARMY,
                "",
                ORG,
                "يعلن",
                HEAD,
            ),
            E(
                "army_arrest",
                "اعتقال محمد أغ إلياس خلال مداهمة في الحي الخامس بمدينة كيدال",
                ARMY,
                "",
                ORG,
                "أعلن",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "army_leader",
                "«أحد القادة الميدانيين للجبهة، وقد أشرف على التخطيط لكمين أنفيف»",
                "واصفا",
                ARMY,
                ORG,
                "واصفا",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "fla_notmember",
                "يكون أغ إلياس من عناصرها",
                "الجبهة",
                FLA,
                ORG,
                "نفت فيه",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "fla_trader",
                "«تاجر ماشية لا صلة له بأي نشاط مسلح»",
                "مؤكدة",
                FLA,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E("fla_call", "بالإفراج عنه فورا", "ومطالبة", FLA, ORG, "ومطالبة", OPT, alt_types=[DOC]),
            E(
                "fla30_echo",
                "مقاتليها قتلوا «30 على الأقل» من أفراد الرتل، بينهم 7 روس",
                "الجبهة",
                FLA,
                ORG,
                "أعلنت",
            ),
            E("src_norus_echo", "سقوط أي قتيل روسي", FAMA_SRC, "", A_OFF, "نفى", ANON, NEG, via=[AFP]),
            E(
                "tg_2rus",
                "مدربين روسيين اثنين قتلا في الكمين",
                TG,
                "",
                MEDIA,
                "قالت",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "res_entered",
                "مقاتلي الجبهة «دخلوا البلدة مساء الجمعة وانسحبوا منها قبيل فجر السبت»",
                "سكان في أنفيف",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=["«إندبندنت عربية»"],
            ),
            E(
                "res_fuel",
                "استولوا على مخزن للوقود تابع للجيش قبل انسحابهم",
                "مضيفين",
                "سكان في أنفيف",
                A_SRC,
                "مضيفين",
                ANON,
                via=["«إندبندنت عربية»"],
            ),
            E(
                "jnim_part",
                "مقاتليها «شاركوا في كمين أنفيف إلى جانب المجاهدين من أبناء أزواد»",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=["مؤسسة «الزلاقة»"],
            ),
            E(
                "fla_quote_echo",
                "نحن نقاتل من أجل أزواد، ولا علاقة لنا بمشروع القاعدة",
                SALEH,
                "",
                N_OFF,
                "على لسان",
                DIRECT,
                via=[MCD],
            ),
            E(
                "notable_agree",
                "الأعيان «توصلوا الأسبوع الماضي إلى اتفاق» مع الحاكم العسكري للمنطقة لإعادة فتح طريق كيدال–غاو أمام الشاحنات المدنية",
                "عضو مجلس أعيان المدينة، الشيخ أحمد أغ الحسين",
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "gov_noagree",
                "«لا اتفاق حتى الآن، بل مشاورات لم تكتمل»",
                "مسؤولا في ديوان الحاكم",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E(
                "loc13",
                "ارتفعت حصيلة الغارة على سوق تين زواتين إلى 13 قتيلا بعد وفاة جريحين",
                LOCAL,
                "",
                A_OFF,
                "بحسب ما أفاد",
                ANON,
            ),
            E(
                "unhcr1200",
                "قرابة 1200 شخص عبروا من منطقة كيدال إلى الأراضي الجزائرية منذ الجمعة",
                "مفوضية اللاجئين التابعة للأمم المتحدة",
                "",
                ORG,
                "ذكرت",
            ),
            E(
                "an_warn",
                "اعتقال أغ إلياس «قد يؤجج التوتر» في كيدال",
                "الباحث في شؤون الساحل سيدي محمد ولد أحمد",
                "",
                N_PER,
                "وحذر",
            ),
            E(
                "an_quick",
                "باماكو «تبحث عن إنجاز سريع» بعد خسائر الكمين",
                "معتبرا",
                "الباحث في شؤون الساحل سيدي محمد ولد أحمد",
                N_PER,
                "معتبرا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Kirkuk: who carried out the attack, ISIS vs PKK-linked elements
        ("r37.hd", "r37.tk_pkk"),  # headline copy
        ("r37.ops_isis", "r37.tk_pkk"),
        ("r38.isis_claim", "r37.tk_pkk"),
        # where the attackers came from: Peshmerga sector vs the gap with no Peshmerga in it
        ("r37.ops_infil", "r37.pesh_deny"),
        ("r37.ops_infil", "r37.pesh_gap"),
        ("r37.ops_infil", "r38.pesh_echo"),  # the spokesman's words retold the next day
        ("r38.ops_echo", "r37.pesh_deny"),  # the command's statement recalled the next day
        ("r38.ops_echo", "r37.pesh_gap"),
        ("r38.ops_echo", "r38.pesh_echo"),
        # the toll: 3 policemen (command) vs 4 policemen among 5 bodies (hospital), same morning
        ("r37.ops3", "r37.med5"),
        ("r37.ops3", "r38.isis12"),  # 3 dead and 5 wounded vs 12 killed or wounded
        # a civilian shepherd among the dead vs no civilian killed
        ("r37.med_civ", "r38.fp_nociv"),
        ("r38.mukhtar_civ", "r38.fp_nociv"),
        # the checkpoint: still firmly held vs vacated after midnight
        ("r37.ops_hold", "r37.res_left"),
        ("r37.ops_hold", "r38.cop_withdrew"),
        # joint brigades: agreement reached last month vs no agreement, only meetings
        ("r37.pesh_agree", "r38.hd"),
        ("r37.pesh_agree", "r38.joc_deny"),
        ("r37.pesh_agree", "r38.joc_meet"),
        # the sweep: a joint operation vs merely intelligence coordination
        ("r37.pesh_joint", "r38.joc_notjoint"),
        ("r37.pesh_joint", "r37.an_coord"),
        # the Hawija detainees: logistics / ISIS leaders / confessions vs mere shepherds and farmers
        ("r37.pol_support", "r38.sheikh_farmers"),
        ("r37.sec2", "r38.sheikh_farmers"),
        ("r38.off_confess", "r38.sheikh_farmers"),
        # --- Gezira: al-Kamlin seized by the RSF vs held by the army / attack repelled / never entered
        ("r39.hd", "r39.saf_hold"),
        ("r39.rsf_ctrl", "r39.saf_hold"),
        ("r39.hd", "r39.saf_repel"),
        ("r39.rsf_ctrl", "r39.saf_repel"),
        ("r39.hd", "r40.saf_echo"),  # the spokesman's words recalled the next day
        ("r39.rsf_ctrl", "r40.saf_echo"),
        ("r39.hd", "r40.src_notenter"),
        ("r39.rsf_ctrl", "r40.src_notenter"),
        ("r40.hd", "r40.src_notenter"),  # a withdrawal from the town vs never entering it
        ("r40.rsf_withdraw", "r40.src_notenter"),
        # army losses
        ("r39.rsf200", "r39.saf_nodead"),
        # the Wad al-Naim toll, same day from different sources
        ("r39.lc27", "r39.sdn19"),
        ("r39.gov_range", "r39.sdn19"),
        ("r40.lc38", "r40.sdn36"),
        # who the dead were: civilians vs armed mobilised fighters / no civilians targeted
        ("r39.lc27", "r39.rsf_adv_mobil"),
        ("r39.lc27", "r39.rsf_adv_deny"),
        ("r40.ela_civ", "r39.rsf_adv_mobil"),
        ("r40.ela_civ", "r39.rsf_adv_deny"),
        # drones supplied from abroad vs no outside support / spoils of army stores
        ("r39.saf_foreign", "r40.adv_noforeign"),
        ("r39.saf_foreign", "r40.adv_spoils"),
        # Dir al-Sudan fully merged into the army vs a supporting force not yet merged
        ("r39.dir_merged", "r40.staff_notmerged"),
        ("r40.dir_echo", "r40.staff_notmerged"),
        # the Wad Madani detainees: civilians held for their identity vs caught sending coordinates
        ("r40.polsrc3", "r40.ela_arrest"),
        # --- Kidal: Russians in the convoy and among the dead vs none
        ("r41.fla30", "r41.src_norus"),
        ("r41.fla30", "r41.src_notinconvoy"),
        ("r41.fla_ambush", "r41.src_notinconvoy"),
        ("r42.fla30_echo", "r41.src_norus"),
        ("r42.fla30_echo", "r41.src_notinconvoy"),
        ("r42.tg_2rus", "r41.src_norus"),
        ("r42.tg_2rus", "r41.src_notinconvoy"),
        ("r41.fla30", "r42.src_norus_echo"),
        ("r42.fla30_echo", "r42.src_norus_echo"),
        ("r42.tg_2rus", "r42.src_norus_echo"),
        # the convoy's dead: 30 or more vs 4 soldiers
        ("r41.fla30", "r41.army4"),
        ("r41.hd", "r41.army4"),
        ("r42.fla30_echo", "r41.army4"),
        # Anefis: held by the FLA since Friday evening / still under full army control / entered and left
        ("r41.fla_anefis", "r41.army_anefis"),
        ("r41.fla_anefis", "r42.res_entered"),
        ("r41.army_anefis", "r42.res_entered"),
        # FLA and JNIM: alliance / joint operation vs no alliance or coordination vs tactical coordination
        ("r41.army_alliance", "r41.fla_noalliance"),
        ("r41.army_joint", "r41.fla_noalliance"),
        ("r41.army_alliance", "r41.an_tactical"),
        ("r41.fla_noalliance", "r41.an_tactical"),
        ("r42.jnim_part", "r41.fla_noalliance"),
        # the Tinzaouaten strike: civilians at a market vs a gathering of terrorists
        ("r41.loc11", "r41.army_gathering"),
        ("r42.loc13", "r41.army_gathering"),
        # the detainee: a field commander who planned the ambush vs a livestock trader, not a member
        ("r42.hd", "r42.fla_notmember"),
        ("r42.hd", "r42.fla_trader"),
        ("r42.army_leader", "r42.fla_notmember"),
        ("r42.army_leader", "r42.fla_trader"),
        # the Kidal–Gao road: agreement reached vs no agreement yet
        ("r42.notable_agree", "r42.gov_noagree"),
    ],
    "agreements": [
        ("r37.ops_isis", "r38.isis_claim"),  # ISIS carried out the attack
        ("r37.med5", "r38.fp4"),  # four policemen killed
        ("r37.med_civ", "r38.mukhtar_civ"),  # a shepherd from a nearby village among the dead
        ("r37.res_left", "r38.cop_withdrew"),  # the checkpoint was vacated during the night
        ("r37.an_coord", "r38.joc_notjoint"),  # Baghdad–Erbil coordination is only information sharing
        ("r39.lc27", "r40.ela_civ"),  # the dead were civilians, children among them
        ("r39.dir_fought", "r40.staff_part"),  # Dir al-Sudan fought alongside the army
        ("r39.wit_drone", "r40.elec_damage"),  # drones hit the Marinjan station
        ("r41.army_joint", "r42.jnim_part"),  # JNIM took part in the ambush
        ("r41.fla_ambush", "r42.tg_2rus"),  # Russians were in the convoy
    ],
    "echoes": [
        ("r37.ops_infil", "r38.ops_echo"),  # the command's statement, recalled
        ("r37.pesh_gap", "r38.pesh_echo"),  # the Peshmerga spokesman's words to al-Sumaria, retold
        ("r39.saf_repel", "r40.saf_echo"),  # the army spokesman's words to Sudan Tribune, retold
        ("r39.dir_merged", "r40.dir_echo"),  # the Dir al-Sudan spokesman's words to Sudan Tribune, retold
        ("r41.fla30", "r42.fla30_echo"),  # the FLA's claim, recalled
        ("r41.src_norus", "r42.src_norus_echo"),  # the Malian source's denial to AFP, recalled
        ("r41.fla_quote", "r42.fla_quote_echo"),  # the FLA spokesman's words to MCD, retold
    ],
    "not_contradictions": [
        ("r37.ops3", "r38.fp4"),  # 3 in the morning, 4 in the evening after a wounded man died
        ("r37.smc_year", "r37.ops3"),  # killed since January vs in this attack
        ("r37.smc_year", "r38.fp4"),
        ("r38.isis12", "r37.med5"),  # killed or wounded vs bodies received
        ("r38.daquq2", "r38.fp4"),  # Daquq vs Sarkaran: two incidents
        ("r37.pol6", "r38.off_confess"),  # two of the six
        ("r37.pesh_agree", "r38.mp_notimpl"),  # a new agreement last month vs the 2023 one not implemented
        ("r38.joc_deny", "r38.mp_notimpl"),  # no new agreement vs an old one not implemented
        ("r39.rsf_ctrl", "r40.rsf_withdraw"),  # seized on Saturday, withdrew later
        ("r39.lc27", "r39.gov_range"),  # "at least 27" vs 35–40
        ("r39.lc27", "r40.lc38"),  # the committees' toll rose
        ("r39.sdn19", "r40.sdn36"),  # the doctors' toll rose after more bodies were recovered
        ("r39.gov_range", "r40.lc38"),
        ("r39.gov_range", "r40.sdn36"),
        ("r39.saf_dozens", "r40.src43"),  # "dozens" vs 43 bodies
        ("r39.elec_cut", "r40.elec_back"),  # power cut, then partly restored
        ("r39.iom4500", "r40.iom7k"),  # IOM raised its estimate
        ("r39.iom4500", "r40.ocha85k"),  # fled al-Kamlin since Saturday vs displaced in the state since January
        ("r39.pol14", "r40.polsrc3"),  # three of the fourteen
        ("r41.loc11", "r42.loc13"),  # the toll rose after two wounded died
        ("r41.hrw60", "r41.loc11"),  # drone-strike deaths since January vs one strike
        ("r41.hrw60", "r42.loc13"),
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
