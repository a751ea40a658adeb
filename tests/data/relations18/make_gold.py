"""Writes gold.json for the eighteenth relations set (r103..r108) from the annotations below
(`python3 tests/data/relations18/make_gold.py`).

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

# r103/r104: Tuz Khurmatu (Salahuddin, Iraq), the attack near Yengija
CELL = "خلية الإعلام الأمني"
ISIS = "تنظيم «داعش»"
AMAQ = "وكالة «أعماق»"
SHAFAQ = "«شفق نيوز»"
SUMARIA = "«السومرية نيوز»"
MAYOR = "قائممقام قضاء طوز خورماتو، حسن بيرقدار"
MAYOR104 = "قائممقام القضاء، حسن بيرقدار"
BAYATI = "آمر اللواء 16 في هيئة الحشد الشعبي، عمار البياتي"
OFFICER = "ضابط في قيادة عمليات صلاح الدين"
PESH = "المتحدث باسم وزارة شؤون البيشمركة، كاروان عزيز"
RES103 = "سكان من ينكجة"
TURKMEN = "الجبهة التركمانية العراقية"
JANABI = "الباحث في الشأن الأمني علي الجنابي"
JOC = "قيادة العمليات المشتركة"
KHAFAJI = "المتحدث باسم قيادة العمليات المشتركة، اللواء سعد الخفاجي"
MUKHTAR = "مختار ينكجة، قادر ولي أوغلو"
FAMILIES = "عائلات ثلاثة من معتقلي سليمان بيك"
ZAIDI = "المتحدث باسم وزارة الدفاع، العميد حيدر الزيدي"
RES104 = "سكان في ينكجة"
IOHR = "المرصد العراقي لحقوق الإنسان"
DOURI = "الخبير العسكري العميد المتقاعد نزار الدوري"
# r105/r106: Um Rawaba (North Kordofan, Sudan)
RSF = "قوات الدعم السريع"
TELEGRAM = "«تلغرام»"
ARMY_SPK = "المتحدث باسم الجيش السوداني، العميد الطاهر عبد الباقي"
ARMY_SPK106 = "المتحدث باسم الجيش، العميد الطاهر عبد الباقي"
SDN = "شبكة أطباء السودان"
MED105 = "مصدر طبي في المستشفى"
ADVISER = "المستشار الإعلامي لقائد الدعم السريع، عمران عبد الكريم"
JAZEERA = "الجزيرة نت"
LC105 = "لجان مقاومة أم روابة"
RES105 = "أحد سكان المدينة"
GOV = "والي شمال كردفان، حماد عبد الرحمن أبكر"
IOM = "المنظمة الدولية للهجرة"
TAYEB = "المحلل العسكري اللواء المتقاعد عوض الطيب"
LAWYERS = "مجموعة محامو الطوارئ"
POLICE = "المتحدث باسم شرطة ولاية شمال كردفان، المقدم عثمان حسب الله"
DABANGA = "«راديو دبنقا»"
RES106 = "أحد سكان الحي الشرقي"
ELEC = "شركة كهرباء شمال كردفان"
MOH = "وزارة الصحة بالولاية"
MSF = "منظمة «أطباء بلا حدود»"
LC106 = "لجان المقاومة في المدينة"
FATIH = "الصحفي المتابع لشؤون كردفان محمد الفاتح"
# r107/r108: Haradh (Hajjah, Yemen)
FIFTH = "المنطقة العسكرية الخامسة"
SHUAIBI = "المتحدث باسم المنطقة العسكرية الخامسة، العقيد يحيى الشعيبي"
MUAYYAD = "المتحدث العسكري للحوثيين، العميد عبد الله المؤيد"
MASIRAH = "قناة «المسيرة»"
SABA = "وكالة «سبأ»"
SEC_HAJJAH = "مصدر أمني في حجة"
MED107 = "مصدرا طبيا في مستشفى عبس الريفي"
MASDAR = "«المصدر أونلاين»"
HAYRAN = "السلطة المحلية في مديرية حيران"
MWATANA = "منظمة «مواطنة لحقوق الإنسان»"
HUMAIRI = "عضو الفريق الحكومي المفاوض في ملف الأسرى، ماجد الحميري"
HUMAIRI108 = "عضو الفريق الحكومي المفاوض، ماجد الحميري"
RES107 = "سكان في مدينة حرض"
MAQTARI107 = "الباحث في الشؤون العسكرية فؤاد المقطري"
KIBSI = "رئيس لجنة شؤون الأسرى التابعة للحوثيين، يوسف الكبسي"
ABSI = "الوسيط القبلي الشيخ صالح منصر العبسي"
AWSAT = "«الشرق الأوسط»"
FIELD = "قائدا ميدانيا في القوات الحكومية"
MUAYYAD108 = "متحدثهم العسكري عبد الله المؤيد"
QADAMI = "مدير مكتب الصحة في المديرية، الدكتور عادل القدمي"
UNICEF = "«يونيسف»"
ENVOY = "مكتب المبعوث الأممي إلى اليمن"
IDP_UNIT = "الوحدة التنفيذية لإدارة مخيمات النازحين"
MAQTARI108 = "الباحث اليمني فؤاد المقطري"

ARTICLES: dict[str, dict[str, Any]] = {
    "r103_tuz_ambush": {
        "outlet": "شفق نيوز",
        "published": "2027-01-05",
        "entries": [
            E("hd", "صد هجوم لـ«داعش» على نقطة للجيش قرب طوز خورماتو", CELL, "", ORG, ":", HEAD),
            E(
                "cell_repel",
                "قطعات الجيش العراقي «تصدت لهجوم نفذته مفارز إرهابية على نقطة تفتيش قرب قرية ينكجة»",
                CELL,
                "",
                ORG,
                "أعلنت",
            ),
            E("cell2", "الهجوم أسفر عن مقتل جنديين وإصابة ثلاثة آخرين", "الخلية", CELL, ORG, "وذكرت"),
            E(
                "cell_kill4",
                "القوات «قتلت أربعة من المهاجمين وأجبرت البقية على الفرار نحو وديان مطيبيجة»",
                "مضيفة",
                CELL,
                ORG,
                "مضيفة",
            ),
            E(
                "isis9",
                "عناصره قتلوا 9 من «الجيش والحشد» وأحرقوا عربتين عسكريتين عند أطراف القرية",
                ISIS,
                "",
                ORG,
                "زعم",
                via=[AMAQ],
            ),
            E(
                "mayor5",
                "حصيلة القتلى بلغت خمسة، «ثلاثة جنود وراعيان من أهالي ينكجة كانا يجمعان أغنامهما قرب التلال حين باغتهما المسلحون»",
                MAYOR,
                "",
                N_OFF,
                "قال",
                via=[SHAFAQ],
            ),
            E(
                "mayor_civ",
                "الراعيين «مدنيان معروفان في القرية ولا صلة لهما بأي جهة»",
                "وأضاف",
                MAYOR,
                N_OFF,
                "وأضاف",
                via=[SHAFAQ],
            ),
            E(
                "pmf_join",
                "مقاتليه شاركوا في صد الهجوم وطاردوا المسلحين حتى الفجر",
                BAYATI,
                "",
                N_OFF,
                "أكد",
            ),
            E("pmf_control", "قواته «تفرض سيطرة كاملة على تلال ينكجة»", "مشددا", BAYATI, N_OFF, "مشددا"),
            E(
                "off_vacuum",
                "المهاجمين استغلوا «الفراغ الأمني» بين القطعات الاتحادية وقوات البيشمركة شرقي القضاء",
                OFFICER,
                "",
                A_OFF,
                "وأوضح",
                ANON,
            ),
            E(
                "off_noactiv",
                "مركز التنسيق المشترك الذي اتفقت عليه بغداد وأربيل العام الماضي «لم يفعل حتى الآن»",
                "لافتا",
                OFFICER,
                A_OFF,
                "لافتا",
                ANON,
            ),
            E("pesh_agree", "اتفاق الألوية المشتركة «نافذ»", PESH, "", N_OFF, "قال"),
            E("pesh_centre", "المركز يعمل في طوز خورماتو منذ كانون الأول الماضي", PESH, "", N_OFF, "قال"),
            E(
                "pesh_blame",
                "الحديث عن فراغ بأنه «محاولة لتحميل الإقليم مسؤولية الخرق»",
                "واصفا",
                PESH,
                N_OFF,
                "واصفا",
            ),
            E("res3h", "الاشتباكات استمرت نحو ثلاث ساعات", RES103, "", A_SRC, "وروى", ANON),
            E(
                "res_mortar",
                "قذائف هاون سقطت على بساتين في الطرف الشمالي من القرية",
                RES103,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "turkmen",
                "ينكجة تعرضت لأربع هجمات مماثلة منذ تشرين الأول الماضي",
                TURKMEN,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "cell_arrest3",
                "اعتقال ثلاثة أشخاص في ناحية سليمان بيك «ثبت تورطهم في إيواء المهاجمين ونقل الأسلحة إليهم»",
                "الخلية",
                CELL,
                ORG,
                "وأفادت",
            ),
            E(
                "an_prove",
                "التنظيم «يحاول إثبات وجوده بعد خسارة معظم مخابئه في حمرين»",
                JANABI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_repeat",
                "الهجمات «قد تتكرر إذا بقيت الثغرة بين القوات بلا معالجة»",
                "محذرا",
                JANABI,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r104_tuz_shepherds": {
        "outlet": "السومرية نيوز",
        "published": "2027-01-06",
        "entries": [
            E(
                "hd",
                "قتيلا ينكجة عنصران في المفرزة المهاجمة لا راعيان",
                "العمليات المشتركة",
                JOC,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "khaf",
                "القتيلين اللذين عثر عليهما قرب قرية ينكجة جنوبي طوز خورماتو «لم يكونا راعيين، بل عنصرين في المفرزة التي هاجمت نقطة الجيش»",
                KHAFAJI,
                "",
                N_OFF,
                "قال",
            ),
            E("khaf_arms", "القوات وجدت بحوزتهما بندقيتين وجهاز اتصال لاسلكيا", "موضحا", KHAFAJI, N_OFF, "موضحا"),
            E(
                "cell3",
                "ارتفاع عدد قتلى الجيش في الهجوم إلى ٣ بعد وفاة جندي متأثرا بجروحه",
                CELL,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "cell6",
                "عدد المعتقلين في ناحية سليمان بيك إلى ٦، بينهم من وصفته بـ«مسؤول النقل في قاطع حمرين»",
                "ورفعت",
                CELL,
                ORG,
                "ورفعت",
            ),
            E("isis_echo", "عناصره قتلوا ٩ من «الجيش والحشد»", ISIS, "", ORG, "زعم", via=[AMAQ]),
            E(
                "khaf_noveh",
                "تكون أي عربة عسكرية قد احترقت خلال الهجوم",
                "الخفاجي",
                KHAFAJI,
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "khaf_prop",
                "بيان التنظيم بأنه «دعاية لرفع معنويات فلوله»",
                "واصفا",
                KHAFAJI,
                N_OFF,
                "واصفا",
            ),
            E(
                "mukh",
                "القتيلين «راعيان من أبناء القرية يعرفهما الكبير والصغير»",
                MUKHTAR,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[SUMARIA],
            ),
            E(
                "mukh_noarms",
                "يكون بحوزتهما أي سلاح عند مقتلهما",
                "نافيا",
                MUKHTAR,
                N_PER,
                "نافيا",
                NEG,
                alt_types=[N_OFF],
                via=[SUMARIA],
            ),
            E(
                "mayor_echo",
                "الراعيين «مدنيان معروفان في القرية ولا صلة لهما بأي جهة»",
                MAYOR104,
                "",
                N_OFF,
                "قال",
                via=[SHAFAQ],
            ),
            E("fam_deny", "تكون لأبنائها أي صلة بالتنظيم", FAMILIES, "", A_SRC, "ونفت", ANON, NEG),
            E(
                "fam_workers",
                "«عمال مياومة في البساتين» اقتيدوا من منازلهم فجرا من دون مذكرة قضائية",
                "مؤكدة",
                FAMILIES,
                A_SRC,
                "مؤكدة",
                ANON,
            ),
            E("mod_brig", "الألوية المشتركة «لم تشكل بعد»", ZAIDI, "", N_OFF, "قال"),
            E("mod_centre", "مركز التنسيق في طوز خورماتو «ما زال بانتظار المصادقة»", ZAIDI, "", N_OFF, "قال"),
            E(
                "pesh_echo",
                "المركز يعمل في القضاء منذ كانون الأول الماضي",
                PESH,
                "",
                N_OFF,
                "نقلت",
                via=[SHAFAQ],
            ),
            E(
                "res_fire",
                "مسلحين «ما زالوا يطلقون النار من التلال المحيطة كل ليلة»",
                RES104,
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "res_fled",
                "عائلات عدة نزحت إلى مركز القضاء خشية تكرار الهجوم",
                "مشيرين",
                RES104,
                A_SRC,
                "مشيرين",
                ANON,
            ),
            E(
                "obs",
                "قتلت هجمات التنظيم في صلاح الدين وديالى ١٤ من عناصر القوات الأمنية و٥ مدنيين منذ مطلع تشرين الثاني الماضي",
                IOHR,
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "an",
                "الخلاف على هوية القتيلين «قد يعمق فجوة الثقة بين القرى التركمانية والقطعات الاتحادية إذا لم يحسم بتحقيق شفاف»",
                DOURI,
                "",
                N_PER,
                "ويعتقد",
            ),
        ],
    },
    "r105_umrawaba_attack": {
        "outlet": "الجزيرة نت",
        "published": "2027-01-11",
        "entries": [
            E("hd", "سيطرنا على أم روابة وحاميتها العسكرية", "الدعم السريع", RSF, ORG, ":", HEAD),
            E(
                "rsf_control",
                "سيطرتها الكاملة على مدينة أم روابة في ولاية شمال كردفان، بما فيها مقر الحامية العسكرية",
                RSF,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "rsf_toll",
                "مقاتليها قتلوا «أكثر من ٢٠٠» من الجنود والمستنفرين واستولوا على ٣٠ عربة قتالية",
                "وقالت",
                RSF,
                ORG,
                "وقالت",
                via=[TELEGRAM],
            ),
            E(
                "army_repel",
                "قوات الفرقة الخامسة مشاة «صدت الهجوم ومنعت المليشيا من دخول المدينة»",
                ARMY_SPK,
                "",
                N_OFF,
                "قال",
            ),
            E("army_toll", "المهاجمين خسروا «أكثر من ١٥٠ قتيلا»", "مؤكدا", ARMY_SPK, N_OFF, "مؤكدا"),
            E("army_control", "أم روابة «تحت السيطرة الكاملة للجيش»", "مؤكدا", ARMY_SPK, N_OFF, "مؤكدا"),
            E(
                "sdn34",
                "قصفا مدفعيا شنته الدعم السريع على السوق الكبير ومحيط مستشفى أم روابة أودى بحياة ٣٤ مدنيا بينهم سبعة أطفال",
                SDN,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "med19",
                "المستشفى استقبل ١٩ جثة ونحو ٦٠ جريحا حتى مساء الأحد",
                MED105,
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E("adv_deny", "تكون قواته قد قصفت السوق", ADVISER, "", N_OFF, "ونفى", NEG),
            E(
                "adv_fighters",
                "القتلى هناك «مستنفرون يحملون السلاح وليسوا مدنيين»",
                "وقال",
                ADVISER,
                N_OFF,
                "وقال",
                via=[JAZEERA],
            ),
            E(
                "lc_loot",
                "عناصر الدعم السريع نهبوا المحال التجارية في السوق الكبير وأحرقوا محطة الوقود الرئيسية",
                LC105,
                "",
                ORG,
                "ذكرت",
            ),
            E("lc_withdraw", "ينسحبوا شرقا باتجاه مدينة الرهد مع حلول الليل", LC105, "", ORG, "ذكرت"),
            E(
                "res_entered",
                "عربات الدعم السريع جابت الأحياء الشرقية لساعات عصر الأحد، وأن مقاتليها اقتحموا مبنى رئاسة المحلية ورفعوا أعلامهم عليه",
                RES105,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "gov_drones",
                "مسيرات تابعة للدعم السريع استهدفت محطة الكهرباء التحويلية في المدينة فجر الأحد تمهيدا للهجوم البري",
                GOV,
                "",
                N_OFF,
                "وقال",
            ),
            E("gov_damage", "السلطات شرعت في حصر الأضرار", "مضيفا", GOV, N_OFF, "مضيفا"),
            E("iom6k", "عدد الفارين من المدينة بنحو ٦ آلاف شخص", IOM, "", ORG, "وقدرت"),
            E(
                "rsf_islamists",
                "بالاستعانة بـ«كتائب الإسلاميين» في الدفاع عن الحامية",
                "الدعم السريع",
                RSF,
                ORG,
                "اتهمت",
            ),
            E(
                "an_aim",
                "الهدف من الهجوم «قطع طريق الأبيض - كوستي وعزل عاصمة الولاية»",
                TAYEB,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_retry",
                "تعاود الدعم السريع المحاولة «إذا تأخر وصول التعزيزات»",
                "مرجحا",
                TAYEB,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r106_umrawaba_detentions": {
        "outlet": "راديو دبنقا",
        "published": "2027-01-12",
        "entries": [
            E(
                "hd",
                "الاستخبارات العسكرية تعتقل أكثر من 25 مدنيا في أم روابة",
                "محامو الطوارئ",
                LAWYERS,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "law25",
                "الاستخبارات العسكرية اعتقلت أكثر من 25 مدنيا في مدينة أم روابة بولاية شمال كردفان منذ مساء الأحد بتهمة التعاون مع قوات الدعم السريع",
                LAWYERS,
                "",
                ORG,
                "قالت",
            ),
            E("law_beaten", "بعضهم «تعرض للضرب أثناء التحقيق»", "مضيفة", LAWYERS, ORG, "مضيفة"),
            E(
                "pol12",
                "عدد الموقوفين «لا يتجاوز 12»، أطلق سراح تسعة منهم",
                POLICE,
                "",
                N_OFF,
                "قال",
                via=[DABANGA],
            ),
            E(
                "pol_coords",
                "الثلاثة الباقين ضبطت بحوزتهم هواتف تحوي إحداثيات لمواقع الجيش",
                "موضحا",
                POLICE,
                N_OFF,
                "موضحا",
                via=[DABANGA],
            ),
            E("army190", "ارتفاع قتلى الدعم السريع في الهجوم إلى 190", ARMY_SPK106, "", N_OFF, "وأعلن"),
            E(
                "army_nogarrison",
                "تكون المليشيا قد دخلت مقر الحامية «في أي لحظة»",
                "ونفى",
                ARMY_SPK106,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "army_cmdr",
                "قائد الحامية، العقيد مأمون إدريس، «يقود قواته من داخل المدينة»",
                "مؤكدا",
                ARMY_SPK106,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "rsf_still",
                "قواتهم «لا تزال منتشرة في الأحياء الشرقية لأم روابة»",
                ADVISER,
                "",
                N_OFF,
                "قال",
                via=[TELEGRAM],
            ),
            E("rsf_captured", "أسرت قائد الحامية مع 17 من جنوده", ADVISER, "", N_OFF, "قال", via=[TELEGRAM]),
            E(
                "rsf_nodrone",
                "تكون قواتهم قد استخدمت أي مسيرة في استهداف محطة الكهرباء",
                "عبد الكريم",
                ADVISER,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E("rsf_accuse", "الجيش بـ«تدميرها لتبرير انقطاع التيار»", "متهما", ADVISER, N_OFF, "متهما"),
            E(
                "res_left",
                "عربات الدعم السريع غادرت المدينة ليل الأحد باتجاه الرهد، «ولم نر أيا منها منذ فجر الاثنين»",
                RES106,
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E("elec", "المحطة التحويلية «أصيبت بمسيرتين» وخرجت عن الخدمة بالكامل", ELEC, "", ORG, "وأكدت"),
            E("sdn41", "حصيلة القتلى المدنيين إلى 41", SDN, "", ORG, "رفعت"),
            E("moh23", "عددهم بلغ 23 مدنيا", MOH, "", ORG, "قالت"),
            E(
                "msf48",
                "فرقها عالجت 48 جريحا في مستشفى المدينة منذ الأحد، أغلبهم مصابون بشظايا القذائف",
                MSF,
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "adv_echo",
                "القتلى في السوق «مستنفرون يحملون السلاح وليسوا مدنيين»",
                "عبد الكريم",
                ADVISER,
                N_OFF,
                "قال",
                via=[JAZEERA],
            ),
            E("iom9k", "عدد النازحين من أم روابة ارتفع إلى 9 آلاف", IOM, "", ORG, "وقالت"),
            E("lc20k", "عددهم بما يزيد على 20 ألفا", LC106, "", ORG, "قدرت"),
            E(
                "jour",
                "التضارب في الروايات «قد يعكس وجودا محدودا للدعم السريع في أطراف المدينة لا سيطرة عليها»",
                FATIH,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r107_haradh_offensive": {
        "outlet": "المصدر أونلاين",
        "published": "2027-01-19",
        "entries": [
            E("hd", "إحباط هجوم حوثي واسع شرقي حرض", FIFTH, "", ORG, ":", HEAD),
            E(
                "fr_repel",
                "قوات الجيش الوطني أحبطت «هجوما واسعا» شنته جماعة الحوثي مساء الاثنين على مواقعها في وادي بني حسن شرقي مدينة حرض بمحافظة حجة",
                SHUAIBI,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "fr_toll",
                "المواجهات أسفرت عن مقتل 14 من عناصر الجماعة وجنديين من الجيش",
                "مضيفا",
                SHUAIBI,
                N_OFF,
                "مضيفا",
            ),
            E("fr_pow", "القوات أسرت ثلاثة من المهاجمين", "الشعيبي", SHUAIBI, N_OFF, "وأكد"),
            E("fr_nolose", "تكون القوات قد خسرت أي موقع خلال المعارك", "الشعيبي", SHUAIBI, N_OFF, "ونفى", NEG),
            E(
                "hou_seize",
                "مقاتلي الجماعة «سيطروا على تبة الضبعة ومواقع محاذية لها»",
                MUAYYAD,
                "",
                N_OFF,
                "إعلان",
                via=[MASIRAH],
            ),
            E(
                "hou_accuse",
                "القوات الحكومية بأنها بدأت التصعيد «بهجوم على مواقعنا في حيران»",
                "المؤيد",
                MUAYYAD,
                N_OFF,
                "واتهم",
            ),
            E(
                "saba",
                "مدفعية القوات الحكومية قصفت منازل في قرية بني عباس بمديرية حيران، ما أدى إلى إصابة أربعة مواطنين بينهم امرأة",
                SEC_HAJJAH,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[SABA],
            ),
            E(
                "med7",
                "المستشفى استقبل جثث سبعة جنود وأكثر من 20 جريحا من جبهة بني حسن منذ مساء الاثنين",
                MED107,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[MASDAR],
            ),
            E(
                "local6",
                "قذيفة أطلقها الحوثيون سقطت على السوق الأسبوعي للمديرية ظهر الاثنين، ما أدى إلى مقتل ستة مدنيين بينهم طفلان",
                HAYRAN,
                "",
                ORG,
                "قالت",
            ),
            E("mwat5", "مقتل ما لا يقل عن خمسة مدنيين في السوق", MWATANA, "", ORG, "ووثقت"),
            E("mwat_dir", "القذيفة «جاءت من اتجاه مواقع الحوثيين شمالا»", "مشيرة", MWATANA, ORG, "مشيرة"),
            E(
                "neg40",
                "الطرفين توصلا، بوساطة قبلية، إلى اتفاق محلي لتبادل 40 أسيرا من جبهات حجة «ينفذ خلال أيام»",
                HUMAIRI,
                "",
                N_OFF,
                "قال",
            ),
            E("neg_lists", "كشوفات الأسماء «سلمت للوسطاء»", "موضحا", HUMAIRI, N_OFF, "موضحا"),
            E("neg_remains", "الصفقة تشمل كذلك تبادل رفات 6 قتلى من الطرفين", "ومضيفا", HUMAIRI, N_OFF, "ومضيفا"),
            E(
                "res_night",
                "أصوات الاشتباكات وتحليق الطيران المسير تواصلا حتى ساعات الفجر الأولى",
                RES107,
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "res_fled",
                "عشرات العائلات غادرت القرى القريبة من خطوط التماس",
                RES107,
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "an_test",
                "الجماعة «تختبر جاهزية القوات الحكومية في الساحل الشمالي»",
                MAQTARI107,
                "",
                N_PER,
                "ويقول",
            ),
            E(
                "an_escal",
                "يتسع التصعيد «إذا انهارت التفاهمات الإنسانية الهشة»",
                "مرجحا",
                MAQTARI107,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r108_haradh_prisoners": {
        "outlet": "الشرق الأوسط",
        "published": "2027-01-20",
        "entries": [
            E("hd", "لا اتفاق لتبادل الأسرى في جبهات حجة", "الحوثيون", "", ORG, ":", HEAD),
            E(
                "kib_deny",
                "التوصل إلى أي اتفاق لتبادل الأسرى في جبهات محافظة حجة",
                KIBSI,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "kib_wish",
                "حديث الفريق الحكومي عن صفقة وشيكة بأنه «أمنيات إعلامية»",
                "واصفا",
                KIBSI,
                N_OFF,
                "واصفا",
            ),
            E(
                "kib_nolists",
                "الجماعة «لم تتسلم أي كشوفات ولم تفوض أي وسيط»",
                "الكبسي",
                KIBSI,
                N_OFF,
                "وقال",
                via=[MASIRAH],
            ),
            E(
                "med_signed",
                "ممثلين عن الطرفين وقعوا محضر الاتفاق في منطقة عبس يوم السبت",
                ABSI,
                "",
                N_PER,
                "أكد",
                via=[AWSAT],
            ),
            E("med_names", "ما تبقى «مطابقة الأسماء فقط»", ABSI, "", N_PER, "أكد", via=[AWSAT]),
            E(
                "neg_echo",
                "الطرفين توصلا إلى اتفاق لتبادل ٤٠ أسيرا «ينفذ خلال أيام»",
                HUMAIRI108,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "fr21",
                "حصيلة قتلى الحوثيين في معارك وادي بني حسن إلى ٢١، وقتلى الجيش إلى ٣ جنود",
                FIFTH,
                "",
                ORG,
                "رفعت",
            ),
            E(
                "cmd_seized",
                "مقاتلي الجماعة «سيطروا لساعات على تبة الضبعة قبل أن نستعيدها فجر الثلاثاء»",
                FIELD,
                "",
                A_OFF,
                "أقر",
                ANON,
            ),
            E(
                "hou_still",
                "قواتهم «ما زالت تتمركز في التبة وتصد محاولات استعادتها»",
                MUAYYAD108,
                "",
                N_OFF,
                "قال",
            ),
            E("hou_gathering", "المكان المستهدف «كان تجمعا للمرتزقة»", "المؤيد", MUAYYAD108, N_OFF, "زعم"),
            E(
                "hou_fighters",
                "القتلى «مقاتلون في صفوف العدوان لا متسوقون»",
                "المؤيد",
                MUAYYAD108,
                N_OFF,
                "زعم",
            ),
            E(
                "health6",
                "القتلى الستة «باعة ومتسوقون، بينهم طفلان كانا يبيعان الماء»",
                QADAMI,
                "",
                N_OFF,
                "قال",
            ),
            E("mwat_echo", "مقتل ما لا يقل عن خمسة مدنيين في السوق", MWATANA, "", ORG, "وثقت"),
            E("unicef", "١١ طفلا قتلوا في محافظة حجة منذ مطلع يناير", UNICEF, "", ORG, "قالت"),
            E(
                "unicef_call",
                "«إبعاد الأسواق والمدارس عن دائرة النار»",
                "داعية",
                UNICEF,
                ORG,
                "داعية",
                OPT,
            ),
            E("envoy", "ترحيبه «بأي خطوة لإطلاق سراح المحتجزين»", ENVOY, "", ORG, "وأبدى", OPT),
            E(
                "idp300",
                "عدد الأسر التي نزحت من محيط حرض منذ الاثنين بنحو ٣٠٠ أسرة",
                IDP_UNIT,
                "",
                ORG,
                "وقدرت",
            ),
            E("res_more", "الأعداد «أكبر بكثير»", "سكان", "", A_SRC, "قال", ANON),
            E(
                "an",
                "تضارب الروايات بشأن الأسرى «قد يعني أن الوساطة تمت مع قيادات ميدانية من دون غطاء من صنعاء»",
                MAQTARI108,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Tuz Khurmatu: soldiers killed (cell 2 vs mayor 3; ISIS 9 vs every official figure)
        ("r103.cell2", "r103.mayor5"),
        ("r103.isis9", "r103.cell2"),
        ("r103.isis9", "r103.mayor5"),
        ("r103.isis9", "r104.cell3"),
        ("r104.isis_echo", "r103.cell2"),  # the ISIS claim recalled the next day
        ("r104.isis_echo", "r103.mayor5"),
        ("r104.isis_echo", "r104.cell3"),
        # two vehicles burned vs no vehicle burned
        ("r103.isis9", "r104.khaf_noveh"),
        # the two dead near Yengija: attackers (JOC, also its headline) vs shepherds / civilians
        ("r104.khaf", "r103.mayor5"),
        ("r104.khaf", "r103.mayor_civ"),
        ("r104.khaf", "r104.mayor_echo"),
        ("r104.khaf", "r104.mukh"),
        ("r104.hd", "r103.mayor5"),
        ("r104.hd", "r103.mayor_civ"),
        ("r104.hd", "r104.mayor_echo"),
        ("r104.hd", "r104.mukh"),
        # rifles and a radio found on them vs no weapon on them
        ("r104.khaf_arms", "r104.mukh_noarms"),
        # the Sulaiman Beg detainees: proven involvement vs no link, day labourers taken from home
        ("r103.cell_arrest3", "r104.fam_deny"),
        ("r103.cell_arrest3", "r104.fam_workers"),
        # the hills: full control vs gunmen still firing from them every night
        ("r103.pmf_control", "r104.res_fire"),
        # the Baghdad–Erbil coordination centre and joint brigades
        ("r103.off_noactiv", "r103.pesh_centre"),
        ("r103.off_noactiv", "r104.pesh_echo"),
        ("r104.mod_centre", "r103.pesh_centre"),
        ("r104.mod_centre", "r104.pesh_echo"),
        ("r104.mod_brig", "r103.pesh_agree"),
        # --- Um Rawaba: control of the town and its garrison
        ("r105.hd", "r105.army_repel"),
        ("r105.rsf_control", "r105.army_repel"),
        ("r105.hd", "r105.army_control"),
        ("r105.rsf_control", "r105.army_control"),
        ("r105.hd", "r106.army_nogarrison"),
        ("r105.rsf_control", "r106.army_nogarrison"),
        # "prevented from entering the town" vs looting in the market / vehicles in the streets
        ("r105.army_repel", "r105.lc_loot"),
        ("r105.army_repel", "r105.res_entered"),
        # RSF still in the eastern districts vs left on Sunday night
        ("r106.rsf_still", "r105.lc_withdraw"),
        ("r106.rsf_still", "r106.res_left"),
        # the garrison commander: captured vs leading his forces in the town
        ("r106.rsf_captured", "r106.army_cmdr"),
        # civilian tolls from different sources
        ("r105.sdn34", "r105.med19"),
        ("r105.sdn34", "r106.moh23"),
        ("r106.sdn41", "r106.moh23"),
        # RSF shelled the market, the dead were civilians vs denial / armed mobilised fighters
        ("r105.sdn34", "r105.adv_deny"),
        ("r105.sdn34", "r105.adv_fighters"),
        ("r105.sdn34", "r106.adv_echo"),
        ("r106.sdn41", "r105.adv_fighters"),
        ("r106.sdn41", "r106.adv_echo"),
        ("r106.moh23", "r105.adv_fighters"),
        ("r106.moh23", "r106.adv_echo"),
        # the power station: RSF drones vs no RSF drone / the army destroyed it
        ("r105.gov_drones", "r106.rsf_nodrone"),
        ("r105.gov_drones", "r106.rsf_accuse"),
        # detainees: more than 25 vs no more than 12
        ("r106.law25", "r106.pol12"),
        ("r106.hd", "r106.pol12"),
        # displaced: 9,000 vs more than 20,000
        ("r106.iom9k", "r106.lc20k"),
        # --- Haradh: soldiers killed (spokesman 2, then 3 vs seven soldiers' bodies)
        ("r107.fr_toll", "r107.med7"),
        ("r108.fr21", "r107.med7"),
        # Tabbat al-Dhab'a: no position lost vs seized (Houthis; a government field commander)
        ("r107.fr_nolose", "r107.hou_seize"),
        ("r107.fr_nolose", "r108.cmd_seized"),
        ("r107.fr_nolose", "r108.hou_still"),
        # retaken at dawn on Tuesday vs still held
        ("r108.cmd_seized", "r108.hou_still"),
        # who attacked first
        ("r107.fr_repel", "r107.hou_accuse"),
        ("r107.hd", "r107.hou_accuse"),
        # the Hayran market: civilians vs a gathering of fighters
        ("r107.local6", "r108.hou_gathering"),
        ("r107.local6", "r108.hou_fighters"),
        ("r108.health6", "r108.hou_gathering"),
        ("r108.health6", "r108.hou_fighters"),
        ("r107.mwat5", "r108.hou_fighters"),
        ("r108.mwat_echo", "r108.hou_fighters"),
        # the prisoner exchange: agreement reached / signed vs denied
        ("r107.neg40", "r108.kib_deny"),
        ("r107.neg40", "r108.hd"),
        ("r107.neg40", "r108.kib_wish"),
        ("r108.neg_echo", "r108.kib_deny"),
        ("r108.neg_echo", "r108.hd"),
        ("r108.neg_echo", "r108.kib_wish"),
        ("r108.med_signed", "r108.kib_deny"),
        ("r108.med_signed", "r108.hd"),
        ("r108.med_signed", "r108.kib_nolists"),
        ("r107.neg_lists", "r108.kib_nolists"),
        # displaced: about 300 families vs "far more"
        ("r108.idp300", "r108.res_more"),
    ],
    "agreements": [
        ("r103.mayor5", "r104.cell3"),  # three soldiers killed
        ("r103.mayor_civ", "r104.mukh"),  # the two dead were village shepherds, civilians
        ("r103.off_noactiv", "r104.mod_centre"),  # the coordination centre is not working yet
        ("r105.lc_loot", "r105.res_entered"),  # RSF fighters were inside the town on Sunday
        ("r105.lc_withdraw", "r106.res_left"),  # RSF left eastwards towards al-Rahad on Sunday night
        ("r105.gov_drones", "r106.elec"),  # the transformer station was hit by drones
        ("r107.neg40", "r108.med_signed"),  # a prisoner exchange agreement was reached
        ("r107.local6", "r108.health6"),  # six civilians, two children among them, killed at the market
        ("r107.hou_seize", "r108.cmd_seized"),  # the Houthis took Tabbat al-Dhab'a
    ],
    "echoes": [
        ("r103.isis9", "r104.isis_echo"),  # the Amaq claim, recalled
        ("r103.mayor_civ", "r104.mayor_echo"),  # the mayor's words to Shafaq News, recalled
        ("r103.pesh_centre", "r104.pesh_echo"),  # the Peshmerga spokesman's words via Shafaq News
        ("r105.adv_fighters", "r106.adv_echo"),  # the RSF adviser's words to Al Jazeera Net, recalled
        ("r107.neg40", "r108.neg_echo"),  # the government negotiator's announcement, recalled
        ("r107.mwat5", "r108.mwat_echo"),  # Mwatana's documentation, recalled
    ],
    "not_contradictions": [
        ("r103.cell2", "r104.cell3"),  # the cell's toll rose from 2 to 3 after a wounded soldier died
        ("r103.cell_arrest3", "r104.cell6"),  # arrests raised from 3 to 6
        ("r104.obs", "r104.cell3"),  # security forces killed since November vs in this attack
        ("r103.cell_kill4", "r104.khaf"),  # four attackers killed; two dead near Yengija said to be attackers
        ("r105.sdn34", "r106.sdn41"),  # the network's civilian toll rose
        ("r105.army_toll", "r106.army190"),  # the army's figure for RSF dead rose
        ("r105.iom6k", "r106.iom9k"),  # IOM's displacement figure rose
        ("r105.rsf_toll", "r105.army_toll"),  # each side's figure for the other side's dead
        ("r105.med19", "r106.msf48"),  # about 60 wounded at the hospital; MSF treated 48
        ("r107.fr_toll", "r108.fr21"),  # 14 and 2, raised to 21 and 3
        ("r107.local6", "r107.mwat5"),  # six vs "at least five"
        ("r108.health6", "r108.mwat_echo"),
        ("r108.unicef", "r107.local6"),  # children killed in Hajjah since January vs two in this shelling
        ("r107.res_fled", "r108.idp300"),  # "dozens of families" vs about 300 families
        ("r107.saba", "r107.local6"),  # four wounded in Bani Abbas vs six killed at the market
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
