"""Writes gold.json for the eighth relations set (r43..r48) from the annotations below (`python3 tests/data/relations8/make_gold.py`).

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

# r43/r44: Hadramout, the Support Forces vs the Hadramout Tribal Alliance in Ghayl Bin Yamin
HTA = "حلف قبائل حضرموت"
BAABBAD = "المتحدث باسم حلف قبائل حضرموت، سالم عوض باعباد"
STC = "المجلس الانتقالي الجنوبي"
MOH43 = "مكتب الصحة العامة والسكان في حضرموت"
MED43 = "مصدر طبي في مستشفى ابن سينا بالمكلا"
STC_SRC = "مصدرا عسكريا في المجلس الانتقالي"
HALMI = "عضو هيئة رئاسة المجلس الانتقالي، فضل عبدالله الحالمي"
GOV_HD = "محافظ حضرموت، سالم أحمد باحميد"
PM_SRC = "مصدر في شركة بترومسيلة"
IOM = "المنظمة الدولية للهجرة"
MASDAR = "«المصدر أونلاين»"
STC_SRC44 = "مصدرا في المجلس الانتقالي الجنوبي"
SAADI = "المتحدث باسم قوات الدعم الأمني، العقيد وضاح السعدي"
MOH44 = "مكتب الصحة العامة والسكان في المحافظة"
FIRST = "مصدر في قيادة المنطقة العسكرية الأولى"
BASUNBUL = "الباحث في الشأن اليمني عادل باسنبل"
# r45/r46: Deir ez-Zor, tribal fighters vs the SDF in Dhiban
SDF = "«قوات سوريا الديمقراطية» (قسد)"
JASIM = "القيادي في قوات العشائر، حمود الجاسم"
SDF_MC = "المركز الإعلامي لـ«قسد»"
SOHR = "المرصد السوري لحقوق الإنسان"
FADIL = "قائد مجلس دير الزور العسكري، خليل الفاضل"
COAL = "المتحدث باسم التحالف، الكولونيل مارك ديلين"
ASAYISH = "قوى الأمن الداخلي (الأسايش)"
OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
OBAID = "الباحث في الشؤون السورية نزار العبيد"
ENAB = "«عنب بلدي»"
HAMADI = "شيخ عشيرة البكير، مطر الحمادي"
AA_OFF = "مسؤولا في الإدارة الذاتية لشمال وشرق سوريا"
RES46 = "سكان في ذيبان"
SYTV = "«تلفزيون سوريا»"
SDF_SRC = "مصدر عسكري في «قسد»"
HASSOUN = "مدير الشؤون العربية في وزارة الخارجية السورية، عماد الحسون"
DABBAGH = "الباحث في شؤون الجزيرة السورية، يوسف الدباغ"
# r47/r48: South Kordofan, the RSF attack on Dilling
SDN = "شبكة أطباء السودان"
IMRAN = "المستشار الإعلامي لقائد قوات الدعم السريع، عمران عبد الرحيم"
RSF = "قوات الدعم السريع"
OTHMAN = "المتحدث باسم الجيش السوداني، العميد عوض الكريم عثمان"
KUKU = "المتحدث باسم الحركة، كوكو تية إدريس"
WFP = "برنامج الأغذية العالمي"
WALI = "والي جنوب كردفان، محمد إبراهيم عبد الكريم"
LOC48 = "مصادر محلية في الدلنج"
IMRAN48 = "مستشار قائدها، عمران عبد الرحيم"
TOUM = "الباحث السوداني في شؤون النزاعات حامد آدم التوم"
BRENNER = "منسق الأمم المتحدة المقيم ومنسق الشؤون الإنسانية في السودان، لوكاس برينر"

ARTICLES: dict[str, dict[str, Any]] = {
    "r43_hadramout_oilfields": {
        "outlet": "المصدر أونلاين",
        "published": "2026-03-09",
        "entries": [
            E("hd", "صددنا هجوما على مواقعنا في الهضبة", HTA, "", ORG, ":", HEAD),
            E(
                "ba_repel",
                "مقاتلي الحلف «صدوا هجوما واسعا من ثلاثة محاور»",
                BAABBAD,
                "",
                N_OFF,
                "وقال",
                via=[MASDAR],
            ),
            E(
                "ba_hold",
                "ما زالوا يتمركزون في جميع مواقعهم المحيطة بمنشآت شركة بترومسيلة",
                BAABBAD,
                "",
                N_OFF,
                "وقال",
                via=[MASDAR],
            ),
            E("ba_7", "المهاجمين خلفوا وراءهم سبعة قتلى على الأقل", "مضيفا", BAABBAD, N_OFF, "مضيفا", via=[MASDAR]),
            E(
                "stc_control",
                "قواته «بسطت سيطرتها الكاملة على مديرية غيل بن يمين وأمنت المنشآت النفطية فيها»",
                STC,
                "",
                ORG,
                "أعلن",
                alt_types=[DOC],
            ),
            E(
                "stc_accuse",
                "«عناصر خارجة عن القانون» بمهاجمة نقطة أمنية قرب منطقة الخشعة",
                "متهما",
                STC,
                ORG,
                "متهما",
                alt_types=[DOC],
            ),
            E(
                "stc4",
                "أربعة من جنود الدعم الأمني قتلوا في الهجوم",
                "البيان",
                STC,
                ORG,
                "وذكر",
                alt_types=[DOC],
            ),
            E("moh11", "مقتل 11 شخصا وإصابة 23 آخرين", MOH43, "", ORG, "وأعلن"),
            E("med19", "المستشفى استقبل 19 جثة منذ مساء السبت", MED43, "", A_OFF, "أفاد", ANON),
            E(
                "ba_civ3",
                "ثلاثة من القتلى مدنيون، بينهم سائق صهريج وقود، سقطوا جراء قصف قوات الدعم الأمني للطريق الدولي",
                "باعباد",
                BAABBAD,
                N_OFF,
                "وأوضح",
            ),
            E("stcsrc_nociv", "سقوط أي مدني", STC_SRC, "", A_OFF, "نفى", ANON, NEG),
            E(
                "stcsrc_armed",
                "القتلى جميعا «مسلحون كانوا يقاتلون في صفوف الحلف»",
                "مؤكدا",
                STC_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
            ),
            E(
                "hal_arms",
                "قيادة المنطقة العسكرية الأولى في سيئون بـ«تزويد مسلحي الحلف بالسلاح والعربات»",
                HALMI,
                "",
                N_OFF,
                "واتهم",
            ),
            E(
                "hal_alliance",
                "ما يجري تحالف مكشوف بين الحلف والمنطقة الأولى ومن خلفهما حزب الإصلاح",
                "وقال",
                HALMI,
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E(
                "alliance_deny",
                "أي صلة له بحزب الإصلاح أو بالمنطقة العسكرية الأولى",
                "الحلف",
                HTA,
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "loc_arrest",
                "قوات الدعم الأمني اعتقلت 6 من مقاتلي الحلف عند نقطة تفتيش في منطقة العيون",
                "مصادر محلية",
                "",
                A_SRC,
                "وأفادت",
                ANON,
            ),
            E(
                "gov_noagree",
                "وساطة تقودها السعودية «لم تثمر حتى الآن عن اتفاق» لوقف القتال",
                GOV_HD,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "gov_warn",
                "استمرار المواجهات «قد يقطع إمدادات الوقود عن محطات الكهرباء في المكلا»",
                "محذرا",
                GOV_HD,
                N_OFF,
                "محذرا",
            ),
            E(
                "pm_halt",
                "الإنتاج في القطاع 14 متوقف بالكامل منذ مساء السبت",
                PM_SRC,
                "",
                A_OFF,
                "وذكر",
                ANON,
            ),
            E(
                "oil_normal",
                "عمليات الشركة «تسير بشكل طبيعي ولم تتأثر بالاشتباكات»",
                "وزارة النفط والمعادن",
                "",
                ORG,
                "قالت",
            ),
            E("iom180", "نزحت نحو 180 أسرة من غيل بن يمين منذ السبت", IOM, "", ORG, "وبحسب"),
            E(
                "wit_shabwa",
                "مسلحين مجهولين قتلوا جنديين في هجوم على نقطة أمنية بمديرية مرخة",
                "شهود عيان",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
        ],
    },
    "r44_hadramout_mediation": {
        "outlet": "العربي الجديد",
        "published": "2026-03-10",
        "entries": [
            E(
                "hd",
                "اتفاق برعاية سعودية لوقف القتال في غيل بن يمين",
                "محافظ حضرموت",
                GOV_HD,
                N_OFF,
                ":",
                HEAD,
            ),
            E(
                "gov_agree",
                "التوصل إلى اتفاق برعاية سعودية يقضي بوقف إطلاق النار في مديرية غيل بن يمين وانسحاب قوات «الدعم الأمني» منها وتسليم المنشآت النفطية إلى قوات «درع الوطن» خلال ٤٨ ساعة",
                GOV_HD,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "gov_signed",
                "ممثلي الطرفين «وقعوا على بنود الاتفاق في المكلا بحضور ضباط من التحالف»",
                "باحميد",
                GOV_HD,
                N_OFF,
                "وقال",
                via=["«العربي الجديد»"],
            ),
            E("stcsrc_nosign", "لم نوقع على أي اتفاق", STC_SRC44, "", A_OFF, "قال", ANON, DIRECT),
            E(
                "stcsrc_reserv",
                "قيادة المجلس «أبلغت الوسطاء تحفظاتها على بنود الانسحاب»",
                "مضيفا",
                STC_SRC44,
                A_OFF,
                "مضيفا",
                ANON,
            ),
            E(
                "stc_echo",
                "قواته «بسطت سيطرتها الكاملة على مديرية غيل بن يمين وأمنت المنشآت النفطية فيها»",
                "المجلس",
                STC,
                ORG,
                "قال فيه",
                alt_types=[DOC],
            ),
            E(
                "ba_echo",
                "مقاتلي الحلف ما زالوا يتمركزون في جميع مواقعهم المحيطة بمنشآت شركة بترومسيلة",
                BAABBAD,
                "",
                N_OFF,
                "نقل",
                via=[MASDAR],
            ),
            E("spk_noarrest", "احتجاز أي من عناصر الحلف", SAADI, "", N_OFF, "ونفى", NEG),
            E(
                "cmd_detained",
                "ستة من المقاتلين «ما زالوا محتجزين في معسكر تابع للانتقالي»",
                "قياديا في الحلف",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("moh14", "ارتفعت حصيلة القتلى إلى ١٤ قتيلا و٣١ جريحا", MOH44, "", ORG, "وفق ما أعلن"),
            E(
                "mwat3",
                "مقتل ثلاثة مدنيين على الأقل، بينهم سائق صهريج، في قصف طال الطريق الدولي قرب الخشعة",
                "منظمة «مواطنة» لحقوق الإنسان",
                "",
                ORG,
                "ووثقت",
            ),
            E(
                "eng_halt",
                "الضخ من القطاع ١٤ «متوقف تماما منذ ليل السبت»",
                "مهندسان في شركة بترومسيلة",
                "",
                A_OFF,
                "وقال",
                ANON,
                alt_types=[A_SRC],
            ),
            E("first_deny", "تزويد الحلف «بأي قطعة سلاح»", FIRST, "", A_OFF, "ونفى", ANON, NEG),
            E(
                "first_stay",
                "قوات المنطقة «لم تغادر معسكراتها في وادي حضرموت»",
                "مؤكدا",
                FIRST,
                A_OFF,
                "مؤكدا",
                ANON,
            ),
            E(
                "an_tactical",
                "ما يجمع الحلف بالمنطقة الأولى «ليس تحالفا، بل مجرد تنسيق تكتيكي فرضه الخصم المشترك»",
                BASUNBUL,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_collapse",
                "تنهار التهدئة «إذا تأخر انسحاب الدعم الأمني»",
                "مرجحا",
                BASUNBUL,
                N_PER,
                "مرجحا",
            ),
            E(
                "iom260",
                "ارتفع عدد الأسر النازحة من غيل بن يمين إلى ٢٦٠ أسرة",
                IOM,
                "",
                ORG,
                "وحسبما أفادت",
            ),
            E(
                "abyan3",
                "ثلاثة جنود قتلوا بانفجار عبوة ناسفة استهدفت دوريتهم في مديرية مودية",
                "مصدر أمني",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
        ],
    },
    "r45_deirezzor_dhiban": {
        "outlet": "عنب بلدي",
        "published": "2026-04-13",
        "entries": [
            E("hd", "دمشق تسلح مقاتلي العشائر في ريف دير الزور الشرقي", "«قسد»", SDF, ORG, ":", HEAD),
            E(
                "jas_seized",
                "المقاتلين «سيطروا على ذيبان بالكامل وطردوا عناصر قسد من مقراتها»",
                JASIM,
                "",
                N_OFF,
                "وقال",
                via=[ENAB],
            ),
            E(
                "jas_30",
                "قتلوا «أكثر من 30 عنصرا» من «قسد» وأسروا آخرين",
                "مضيفا",
                JASIM,
                N_OFF,
                "مضيفا",
                via=[ENAB],
            ),
            E("sdf_foiled", "قواتها «أحبطت محاولة تسلل»", SDF_MC, "", ORG, "قال", alt_types=[DOC]),
            E(
                "sdf_hold",
                "«لا تزال تحتفظ بجميع نقاطها في ذيبان والشحيل»",
                SDF_MC,
                "",
                ORG,
                "قال",
                alt_types=[DOC],
            ),
            E("sdf6", "مقتل 6 من مقاتليها وإصابة 11 آخرين", "مشيرا", SDF_MC, ORG, "مشيرا", alt_types=[DOC]),
            E(
                "sohr21",
                "حصيلة المعارك بلغت 21 قتيلا من المقاتلين، هم 13 من عناصر «قسد» و8 من مقاتلي العشائر",
                SOHR,
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "fadel_arms",
                "الحكومة السورية بـ«تسليح المهاجمين وتأمين عبورهم للنهر»",
                FADIL,
                "",
                N_OFF,
                "واتهم",
            ),
            E(
                "fadel_coord",
                "ما جرى «هجوم منسق بين دمشق وبعض شيوخ العشائر»",
                "معتبرا",
                FADIL,
                N_OFF,
                "معتبرا",
            ),
            E(
                "mod_deny",
                "تكون الوزارة قد قدمت «أي دعم عسكري» للمقاتلين",
                "مصدر في وزارة الدفاع السورية",
                "",
                A_OFF,
                "ونفى",
                ANON,
                NEG,
                via=[ENAB],
            ),
            E(
                "fp_civ4",
                "قصفا مدفعيا لـ«قسد» على بلدة الطيانة أدى إلى مقتل أربعة مدنيين، بينهم امرأة وطفلان",
                "شبكة «فرات بوست» المحلية",
                "",
                MEDIA,
                "وذكرت",
            ),
            E(
                "wit_heli",
                "مروحيات التحالف الدولي حلقت فوق ذيبان فجر الاثنين وقصفت تجمعات للمهاجمين قرب الجسر",
                "شهود عيان",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E("coal_nostrike", "قوات التحالف «لم تنفذ أي ضربة» في المنطقة", COAL, "", N_OFF, "أكد"),
            E(
                "coal_advice",
                "دورها يقتصر على «تقديم المشورة والدعم الاستخباري»",
                COAL,
                "",
                N_OFF,
                "أكد",
            ),
            E("asayish17", "اعتقال 17 شخصا خلال مداهمات في ذيبان", ASAYISH, "", ORG, "وأعلنت"),
            E(
                "asayish_part",
                "«شاركوا في الهجوم أو قدموا له التسهيلات»",
                "قالت",
                ASAYISH,
                ORG,
                "قالت",
            ),
            E(
                "ocha2500",
                "نزحت نحو 2500 عائلة من ذيبان والطيانة إلى بلدات مجاورة",
                OCHA,
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "loc_shaddadi",
                "عنصرين من «قسد» قتلا بانفجار عبوة ناسفة قرب بلدة الشدادي",
                "مصادر محلية",
                "",
                A_SRC,
                "قالت",
                ANON,
            ),
            E(
                "an_blind",
                "تكون دمشق «قد غضت الطرف عن عبور المقاتلين»",
                OBAID,
                "",
                N_PER,
                "ويرجح",
            ),
            E("an_noplan", "تكون «خططت للهجوم أو أدارته»", "لكنه", OBAID, N_PER, "استبعد", NEG),
        ],
    },
    "r46_deirezzor_detainees": {
        "outlet": "تلفزيون سوريا",
        "published": "2026-04-14",
        "entries": [
            E(
                "hd",
                "اتفاق مع «قسد» على وقف القتال في ذيبان وإطلاق المعتقلين",
                "شيخ عشائري",
                HAMADI,
                N_PER,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "elder_agree",
                "التوصل إلى اتفاق مع «قوات سوريا الديمقراطية» (قسد) يقضي بوقف القتال في ذيبان وإطلاق سراح المعتقلين خلال 48 ساعة",
                HAMADI,
                "",
                N_PER,
                "أعلن",
                alt_types=[N_OFF],
            ),
            E(
                "aa_noagree",
                "الاجتماع «كان مجرد لقاء للاستماع إلى مطالب الأهالي، ولم يسفر عن أي اتفاق»",
                AA_OFF,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[SYTV],
            ),
            E(
                "res_spread",
                "مقاتلي العشائر ينتشرون في شوارع البلدة منذ صباح الاثنين",
                RES46,
                "",
                A_SRC,
                "قال",
                ANON,
                via=[SYTV],
            ),
            E(
                "res_nosdf",
                "«قسد» لم يعد لها أي وجود داخلها",
                RES46,
                "",
                A_SRC,
                "قال",
                ANON,
                via=[SYTV],
            ),
            E(
                "sdf_echo",
                "«لا تزال تحتفظ بجميع نقاطها في ذيبان والشحيل»",
                "«قسد»",
                SDF,
                ORG,
                "أكدت فيه",
                alt_types=[DOC],
            ),
            E(
                "jas_echo",
                "المقاتلين «سيطروا على ذيبان بالكامل وطردوا عناصر قسد من مقراتها»",
                JASIM,
                "",
                N_OFF,
                "نقل",
                via=[ENAB],
            ),
            E(
                "sohr27",
                "ارتفعت حصيلة القتلى إلى 27 مقاتلا، بينهم 17 من عناصر «قسد»",
                SOHR,
                "",
                ORG,
                "وبحسب",
            ),
            E("sdf8", "عدد قتلاها ارتفع إلى 8", "«قسد»", SDF, ORG, "فأعلنت"),
            E(
                "sdfsrc_armed",
                "القتلى الأربعة في الطيانة «مسلحون كانوا يطلقون النار على نقاطنا من أسطح المنازل»",
                SDF_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "med_hajin",
                "بين الجثث التي وصلت من الطيانة جثث امرأة وطفلين",
                "مصدرا طبيا في مشفى هجين",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("gov_notparty", "الحكومة ليست طرفا في هذا القتال", HASSOUN, "", N_OFF, "قال", DIRECT),
            E(
                "gov_call",
                "«قسد» إلى «الكف عن تحميل الآخرين مسؤولية إخفاقاتها»",
                "داعيا",
                HASSOUN,
                N_OFF,
                "داعيا",
                OPT,
            ),
            E(
                "elder_students",
                "المعتقلين «طلاب ومزارعون لم يشاركوا في القتال»",
                "الحمادي",
                HAMADI,
                N_PER,
                "وقال",
                alt_types=[N_OFF],
            ),
            E("asayish23", "عدد الموقوفين إلى 23", ASAYISH, "", ORG, "رفعت"),
            E(
                "ocha3400",
                "عدد العائلات النازحة ارتفع إلى ما لا يقل عن 3400 عائلة",
                OCHA,
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "raqqa2",
                "راعيين قتلا بانفجار لغم من مخلفات الحرب قرب بلدة معدان",
                "مصدر في الدفاع المدني",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "an_portray",
                "«قسد» تحاول «تصوير غضب العشائر كأنه مؤامرة خارجية»",
                DABBAGH,
                "",
                N_PER,
                "ويعتقد",
            ),
            E("an_spread", "المواجهات «قد تمتد إلى ريف الحسكة»", "محذرا", DABBAGH, N_PER, "محذرا"),
        ],
    },
    "r47_dilling_market": {
        "outlet": "سودان تريبيون",
        "published": "2026-05-18",
        "entries": [
            E("hd", "صددنا هجوما واسعا للدعم السريع على الدلنج", "الجيش السوداني", "", ORG, ":", HEAD),
            E(
                "docs18",
                "١٨ مدنيا، بينهم خمسة أطفال، قتلوا وأصيب ٤٠ آخرون في القصف الذي نفذته مسيرة تابعة للدعم السريع",
                SDN,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "docs_hosp",
                "مستشفى الدلنج التعليمي «يعمل بما يفوق طاقته ثلاث مرات»",
                "مضيفة",
                SDN,
                ORG,
                "مضيفة",
            ),
            E("gov11", "مقتل ١١ شخصا وإصابة ٣٢ في السوق", "حكومة ولاية جنوب كردفان", "", ORG, "فأعلنت"),
            E("rsf_military", "المسيرة «استهدفت تجمعات عسكرية للجيش فقط»", IMRAN, "", N_OFF, "قال"),
            E("rsf_deny", "سقوط أي مدنيين", "نافيا", IMRAN, N_OFF, "نافيا", NEG),
            E(
                "rsf_seized",
                "قواتها «سيطرت على الحامية الغربية للدلنج»",
                RSF,
                "",
                ORG,
                "وذكرت",
                alt_types=[DOC],
                via=["«تلغرام»"],
            ),
            E(
                "rsf_12",
                "استولت على ١٢ عربة قتالية",
                RSF,
                "",
                ORG,
                "وذكرت",
                alt_types=[DOC],
                via=["«تلغرام»"],
            ),
            E(
                "army_repel",
                "القوات المسلحة «صدت الهجوم وكبدت المتمردين خسائر فادحة»",
                OTHMAN,
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "army_100",
                "أكثر من ١٠٠ من عناصر الدعم السريع قتلوا في المعارك",
                "موضحا",
                OTHMAN,
                N_OFF,
                "موضحا",
            ),
            E(
                "army_hold",
                "الجيش «يسيطر بالكامل على الدلنج وحامياتها»",
                "موضحا",
                OTHMAN,
                N_OFF,
                "موضحا",
            ),
            E(
                "army_splm",
                "الحركة الشعبية لتحرير السودان – شمال بـ«القتال جنبا إلى جنب مع الميليشيا في محور هبيلا»",
                "عثمان",
                OTHMAN,
                N_OFF,
                "واتهم",
            ),
            E("splm_deny", "مشاركة قوات الحركة في الهجوم", KUKU, "", N_OFF, "نفى", NEG),
            E(
                "splm_political",
                "علاقتها بالدعم السريع «سياسية في إطار تحالف تأسيس، وليست عسكرية»",
                "مؤكدا",
                KUKU,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "lawyers12",
                "الاستخبارات العسكرية اعتقلت ١٢ مدنيا، بينهم طالبان جامعيان، في أحياء الدلنج الغربية بتهمة «التعاون مع الدعم السريع»",
                "مجموعة «محامو الطوارئ»",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "wfp_noconvoy",
                "أي قافلة إغاثة لم تصل إلى الدلنج منذ فبراير الماضي",
                WFP,
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "wfp_famine",
                "آلاف الأسر «قد تواجه المجاعة خلال أسابيع»",
                "محذرا",
                WFP,
                ORG,
                "محذرا",
            ),
            E(
                "ocha_range",
                "نزح ما بين ٣٥ و٤٠ ألف شخص من الدلنج ومحيطها منذ مطلع العام",
                "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "wit_kadugli",
                "ثلاثة أشخاص قتلوا بقذائف مدفعية سقطت على حي الموظفين مساء السبت",
                "شهود عيان",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
        ],
    },
    "r48_dilling_garrison": {
        "outlet": "الجزيرة نت",
        "published": "2026-05-19",
        "entries": [
            E("hd", "لا اعتقالات لمدنيين في الدلنج", "والي جنوب كردفان", WALI, N_OFF, ":", HEAD),
            E("gov_noarrest", "اعتقال أي مدني في مدينة الدلنج", WALI, "", N_OFF, "نفى", NEG),
            E(
                "gov_collab",
                "الأجهزة الأمنية أوقفت «عددا محدودا من المتعاونين مع الميليشيا»",
                "مؤكدا",
                WALI,
                N_OFF,
                "مؤكدا",
            ),
            E("loc_army", "الجيش ما زال يتمركز داخل الحامية الغربية", LOC48, "", A_SRC, "أفادت", ANON),
            E("loc_calm", "الاشتباكات توقفت منذ ليل الأحد", LOC48, "", A_SRC, "أفادت", ANON),
            E(
                "rsf_echo",
                "قواتها «سيطرت على الحامية الغربية للدلنج»",
                RSF,
                "",
                ORG,
                "ذكرت فيه",
                alt_types=[DOC],
            ),
            E(
                "rsf7",
                "عدد قتلاها في المعركة «لم يتجاوز سبعة»",
                IMRAN48,
                "",
                N_OFF,
                "قال",
                via=["«الجزيرة نت»"],
            ),
            E("docs24", "ارتفعت حصيلة قتلى قصف السوق إلى 24", SDN, "", ORG, "بحسب"),
            E("moh14", "عدد القتلى بلغ 14", "وزارة الصحة الاتحادية", "", ORG, "قالت"),
            E(
                "wit_vendors",
                "معظم الضحايا «باعة خضار ونساء كن يتسوقن في ساعة الذروة»",
                "شهود عيان",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "docs_echo",
                "مستشفى الدلنج التعليمي «يعمل بما يفوق طاقته ثلاث مرات»",
                "الشبكة",
                SDN,
                ORG,
                "ونقل",
                via=["«سودان تريبيون»"],
            ),
            E(
                "splmsrc_art",
                "وحداتها «قدمت إسنادا مدفعيا محدودا» للهجوم من مواقعها في جبال النوبة",
                "مصدر في الحركة",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "an_alliance",
                "العلاقة بين الطرفين «تجاوزت التنسيق السياسي إلى تحالف عسكري ميداني»",
                TOUM,
                "",
                N_PER,
                "ورأى",
            ),
            E(
                "hac_convoy",
                "قافلة من 15 شاحنة تابعة لبرنامج الأغذية العالمي دخلت الدلنج مطلع مايو الجاري",
                "مفوضية العون الإنساني في الولاية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "un_truce",
                "المنظمة الدولية «توصلت إلى اتفاق مع الطرفين» على هدنة إنسانية مدتها 72 ساعة لإيصال المساعدات إلى الدلنج وكادقلي",
                BRENNER,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "rsf_notruce",
                "لم نتلق أي مقترح، ولم نوافق على أي هدنة",
                "عبد الرحيم",
                IMRAN48,
                N_OFF,
                "قال",
                DIRECT,
            ),
            E(
                "iom3k",
                "نحو 3 آلاف شخص فروا من الدلنج منذ الأحد باتجاه كادقلي والأبيض",
                "المنظمة الدولية للهجرة",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "obeid2",
                "مسيرة استهدفت مستودعا للوقود فجر الثلاثاء، ما أدى إلى مقتل اثنين من الحراس",
                "شرطة ولاية شمال كردفان",
                "",
                ORG,
                "نقلا عن",
                via=["وكالة السودان للأنباء (سونا)"],
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Hadramout: who holds Ghayl Bin Yamin
        ("r43.ba_hold", "r43.stc_control"),
        ("r43.ba_repel", "r43.stc_control"),
        ("r43.hd", "r43.stc_control"),  # headline copy of the repelled attack
        ("r44.stc_echo", "r43.ba_hold"),  # the STC statement, republished
        ("r44.stc_echo", "r43.ba_repel"),
        ("r44.stc_echo", "r43.hd"),
        ("r44.ba_echo", "r43.stc_control"),  # the alliance spokesman's words retold
        ("r44.ba_echo", "r44.stc_echo"),
        # tolls of the same fighting
        ("r43.ba_7", "r43.stc4"),  # at least seven attackers dead vs four soldiers
        ("r43.moh11", "r43.med19"),
        ("r43.med19", "r44.moh14"),  # 19 bodies on Monday vs 14 dead on Tuesday
        # who the dead were: three civilians vs no civilian / all armed
        ("r43.ba_civ3", "r43.stcsrc_nociv"),
        ("r43.ba_civ3", "r43.stcsrc_armed"),
        ("r44.mwat3", "r43.stcsrc_nociv"),
        ("r44.mwat3", "r43.stcsrc_armed"),
        # the First Military Region arming the alliance / an alliance with Islah vs denials and "mere coordination"
        ("r43.hal_arms", "r43.alliance_deny"),
        ("r43.hal_alliance", "r43.alliance_deny"),
        ("r43.hal_arms", "r44.first_deny"),
        ("r43.hal_alliance", "r44.an_tactical"),
        # detainees at al-Uyun vs the denial
        ("r43.loc_arrest", "r44.spk_noarrest"),
        ("r44.cmd_detained", "r44.spk_noarrest"),
        # the governor's agreement, signed by both sides, vs "the council signed nothing"
        ("r44.gov_agree", "r44.stcsrc_nosign"),
        ("r44.gov_signed", "r44.stcsrc_nosign"),
        ("r44.hd", "r44.stcsrc_nosign"),
        # oil: production halted vs operations normal
        ("r43.pm_halt", "r43.oil_normal"),
        ("r44.eng_halt", "r43.oil_normal"),
        # --- Deir ez-Zor: who holds Dhiban
        ("r45.jas_seized", "r45.sdf_foiled"),
        ("r45.jas_seized", "r45.sdf_hold"),
        ("r46.jas_echo", "r45.sdf_foiled"),  # the tribal commander's words retold
        ("r46.jas_echo", "r45.sdf_hold"),
        ("r46.sdf_echo", "r45.jas_seized"),  # the SDF statement, republished
        ("r46.sdf_echo", "r46.jas_echo"),
        ("r46.res_nosdf", "r45.sdf_hold"),
        ("r46.res_nosdf", "r46.sdf_echo"),
        ("r46.res_nosdf", "r45.sdf_foiled"),
        # SDF dead
        ("r45.jas_30", "r45.sdf6"),
        ("r45.jas_30", "r45.sohr21"),
        ("r45.sohr21", "r45.sdf6"),
        ("r45.sohr21", "r46.sdf8"),  # 13 SDF dead on Monday vs 8 on Tuesday
        ("r46.sohr27", "r46.sdf8"),
        ("r45.jas_30", "r46.sdf8"),
        ("r45.jas_30", "r46.sohr27"),  # more than 30 vs 17
        # Damascus arming / coordinating the attack vs the denials
        ("r45.hd", "r45.mod_deny"),
        ("r45.fadel_arms", "r45.mod_deny"),
        ("r45.hd", "r46.gov_notparty"),
        ("r45.fadel_arms", "r46.gov_notparty"),
        ("r45.fadel_coord", "r46.gov_notparty"),
        # the four dead in al-Tayyana: civilians vs gunmen
        ("r45.fp_civ4", "r46.sdfsrc_armed"),
        ("r46.med_hajin", "r46.sdfsrc_armed"),
        # coalition helicopters struck vs no strike / advice only
        ("r45.wit_heli", "r45.coal_nostrike"),
        ("r45.wit_heli", "r45.coal_advice"),
        # the detainees took part in the attack vs students and farmers who did not
        ("r45.asayish_part", "r46.elder_students"),
        # an agreement at al-Sur vs "no agreement"
        ("r46.elder_agree", "r46.aa_noagree"),
        ("r46.hd", "r46.aa_noagree"),
        # --- Dilling: the market strike
        ("r47.docs18", "r47.gov11"),
        ("r47.docs18", "r47.rsf_military"),
        ("r47.docs18", "r47.rsf_deny"),
        ("r48.wit_vendors", "r47.rsf_military"),
        ("r48.wit_vendors", "r47.rsf_deny"),
        ("r47.docs18", "r48.moh14"),  # 18 on Monday vs 14 on Tuesday
        ("r48.docs24", "r48.moh14"),
        # the western garrison
        ("r47.rsf_seized", "r47.hd"),
        ("r47.rsf_seized", "r47.army_repel"),
        ("r47.rsf_seized", "r47.army_hold"),
        ("r48.rsf_echo", "r47.hd"),  # the RSF statement, republished
        ("r48.rsf_echo", "r47.army_repel"),
        ("r48.rsf_echo", "r47.army_hold"),
        ("r48.loc_army", "r47.rsf_seized"),
        ("r48.loc_army", "r48.rsf_echo"),
        # RSF dead: more than 100 vs no more than seven
        ("r47.army_100", "r48.rsf7"),
        # the SPLM-N: fought alongside the RSF vs denial / "political, not military"
        ("r47.army_splm", "r47.splm_deny"),
        ("r47.army_splm", "r47.splm_political"),
        ("r48.splmsrc_art", "r47.splm_deny"),
        ("r48.splmsrc_art", "r47.splm_political"),
        ("r48.an_alliance", "r47.splm_political"),
        # civilians detained vs the governor's denial
        ("r47.lawyers12", "r48.gov_noarrest"),
        ("r47.lawyers12", "r48.hd"),
        # no convoy since February vs a convoy in early May
        ("r47.wfp_noconvoy", "r48.hac_convoy"),
        # a humanitarian truce agreed with both sides vs "agreed to no truce"
        ("r48.un_truce", "r48.rsf_notruce"),
    ],
    "agreements": [
        ("r43.ba_civ3", "r44.mwat3"),  # three civilians, among them a tanker driver
        ("r43.loc_arrest", "r44.cmd_detained"),  # six alliance fighters detained
        ("r43.pm_halt", "r44.eng_halt"),  # Sector 14 halted since Saturday night
        ("r46.res_nosdf", "r45.jas_seized"),  # the SDF is gone from Dhiban
        ("r45.fp_civ4", "r46.med_hajin"),  # a woman and children among the al-Tayyana dead
        ("r47.army_splm", "r48.splmsrc_art"),  # the SPLM-N took part in the attack
        ("r47.army_hold", "r48.loc_army"),  # the army still holds the western garrison
        ("r47.docs18", "r48.wit_vendors"),  # the market dead were civilians
    ],
    "echoes": [
        ("r43.stc_control", "r44.stc_echo"),  # the STC statement, republished
        ("r43.ba_hold", "r44.ba_echo"),  # the alliance spokesman to al-Masdar Online, cited again
        ("r45.sdf_hold", "r46.sdf_echo"),  # the SDF statement, republished
        ("r45.jas_seized", "r46.jas_echo"),  # the tribal commander to Enab Baladi, cited again
        ("r47.rsf_seized", "r48.rsf_echo"),  # the RSF statement, republished
        ("r47.docs_hosp", "r48.docs_echo"),  # the doctors' network via Sudan Tribune
    ],
    "not_contradictions": [
        ("r43.moh11", "r44.moh14"),  # the health office's toll rose from 11 to 14
        ("r43.iom180", "r44.iom260"),  # displaced families rose from 180 to 260
        ("r43.wit_shabwa", "r44.abyan3"),  # Markha (Shabwa) vs Mudiyah (Abyan): two attacks
        ("r43.gov_noagree", "r44.gov_agree"),  # no agreement yet on Monday, agreement announced Monday evening
        ("r43.gov_noagree", "r44.hd"),
        ("r43.ba_civ3", "r43.moh11"),  # three civilians among 11 dead
        ("r43.stc4", "r43.moh11"),  # four soldiers among 11 dead
        ("r44.mwat3", "r44.moh14"),
        ("r43.hal_arms", "r44.first_stay"),  # arms supplied vs troops stayed in their camps
        ("r44.an_collapse", "r44.gov_agree"),  # a hedged forecast vs the agreement
        ("r45.sdf6", "r46.sdf8"),  # the SDF's own toll rose from 6 to 8
        ("r45.sohr21", "r46.sohr27"),  # SOHR's toll rose from 21 to 27
        ("r45.asayish17", "r46.asayish23"),  # detainees rose from 17 to 23
        ("r45.ocha2500", "r46.ocha3400"),
        ("r45.loc_shaddadi", "r46.raqqa2"),  # al-Shaddadi vs Maadan: two blasts
        ("r45.an_blind", "r45.mod_deny"),  # "perhaps turned a blind eye" vs no military support
        ("r45.an_blind", "r46.gov_notparty"),
        ("r45.fp_civ4", "r45.sohr21"),  # four civilians vs SOHR's tally of fighters
        ("r47.docs18", "r48.docs24"),  # the network's toll rose from 18 to 24
        ("r47.ocha_range", "r48.iom3k"),  # displaced since January vs fled since Sunday
        ("r47.wit_kadugli", "r48.obeid2"),  # Kadugli vs El Obeid
        ("r47.wit_kadugli", "r47.docs18"),  # Kadugli on Saturday vs the Dilling market on Sunday
        ("r47.wfp_famine", "r48.hac_convoy"),  # a hedged warning vs one convoy
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
