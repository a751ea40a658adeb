"""Writes gold.json for the thirteenth relations set (r73..r78) from the annotations below (`python3 tests/data/relations13/make_gold.py`).

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

# r73/r74: Menaka (Mali), the attack on Anderamboukane
FAMA = "هيئة الأركان العامة للجيش المالي"
JNIM = "جماعة «نصرة الإسلام والمسلمين»"
ZALLAQA = "مؤسسة «الزلاقة»"
LOCAL = "مسؤول محلي في ميناكا"
KOULIBALY = "المتحدث باسم الجيش، العقيد موسى كوليبالي"
AGHASSAN = "المتحدث باسم الجبهة، محمد المولود أغ الحسن"
X = "منصة «إكس»"
TALEB = "الباحث الموريتاني في شؤون الساحل سيدي محمد ولد الطالب"
SAHARA = "«صحراء ميديا»"
SANGARE = "حاكم منطقة ميناكا، العقيد إبراهيم سانغاري"
ORTM = "التلفزيون المالي الرسمي"
MAIGA = "الخبير الأمني المالي عثمان مايغا"
# r75/r76: Blue Nile (Sudan), Geissan and Damazin
SAF = "الجيش السوداني"
ABDELRAHIM = "المتحدث باسم الجيش، العميد الطاهر عبد الرحيم"
RSF = "قوات الدعم السريع"
SPLM = "«الحركة الشعبية لتحرير السودان – شمال»"
ABAKAR = "نائب حاكم الإقليم، عثمان إدريس أبكر"
BN_MOH = "وزارة الصحة بالإقليم"
DOCTORS = "«شبكة أطباء السودان»"
IOM = "المنظمة الدولية للهجرة"
CELL = "الخلية الأمنية المشتركة في الدمازين"
ABDELQADER = "المحلل العسكري اللواء المتقاعد معتصم عبد القادر"
RABIE = "مستشار قائد قوات الدعم السريع، عبد المنعم الربيع"
TAGHYEER = "«التغيير»"
ST = "«سودان تربيون»"
YAQUB = "مفوض العون الإنساني بالإقليم، آدم يعقوب"
# r77/r78: al-Bayda (Yemen), the Houthi campaign on Khubza
AMERI = "الشيخ علي ناصر العامري"
HOU_MOI = "وزارة الداخلية في حكومة الحوثيين"
SABA = "وكالة «سبأ»"
AQAP = "تنظيم «القاعدة في جزيرة العرب»"
MHR = "وزارة حقوق الإنسان في الحكومة المعترف بها دوليا"
MUAYYAD = "الناطق باسم الأجهزة الأمنية التابعة للجماعة، عبد الخالق المؤيد"
RIYAMI = "الوسيط القبلي الشيخ محمد حسين الريامي"
EXU = "الوحدة التنفيذية لإدارة مخيمات النازحين"
WASSABI = "الباحث اليمني في الشؤون العسكرية فهد الوصابي"
HOU_SRC = "مصدر في المكتب السياسي لجماعة الحوثي"
MASIRAH = "قناة «المسيرة»"
SAWADI = "عضو لجنة الوساطة القبلية، الشيخ فيصل عبد الله السوادي"
MASDAR = "«المصدر أونلاين»"
SALMI = "الباحث في شؤون الجماعات المتطرفة ماجد السالمي"
MOTHERS = "«رابطة أمهات المختطفين»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r73_menaka_anderamboukane": {
        "outlet": "صحراء ميديا",
        "published": "2026-07-06",
        "entries": [
            E("hd", "استعدنا السيطرة الكاملة على أندرامبوكان", "الجيش المالي", FAMA, ORG, ":", HEAD),
            E(
                "army_control",
                "وحداتها «استعادت السيطرة الكاملة» على بلدة أندرامبوكان في منطقة ميناكا",
                FAMA,
                "",
                ORG,
                "أعلنت",
                via=["التلفزيون الرسمي"],
            ),
            E("army_kill40", "الجيش «حيد أكثر من 40 إرهابيا»", "البيان", FAMA, ORG, "وأوضح", alt_types=[DOC]),
            E("army_own5", "فقد 5 من جنوده", "البيان", FAMA, ORG, "وأوضح", alt_types=[DOC]),
            E(
                "jnim_seized",
                "مقاتليها «اقتحموا المعسكر وسيطروا عليه بالكامل»",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_toll",
                "قتلوا 27 جنديا و6 من عناصر «الفيلق الإفريقي» الروسي",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_own3",
                "خسائر المهاجمين «لم تتجاوز ثلاثة قتلى»",
                "مضيفة",
                JNIM,
                ORG,
                "مضيفة",
                via=[ZALLAQA],
            ),
            E("loc_fell", "المعسكر «سقط لساعات» بيد المهاجمين", LOCAL, "", A_OFF, "وقال", ANON, via=[SAHARA]),
            E(
                "loc_withdrew",
                "الجنود انسحبوا نحو مدينة ميناكا قبل أن يعودوا مساء الأحد تحت غطاء من المسيرات",
                LOCAL,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[SAHARA],
            ),
            E("spk_deny", "يكون المعسكر قد سقط «ولو لدقيقة واحدة»", KOULIBALY, "", N_OFF, "نفى", NEG),
            E("spk_fence", "«الإرهابيين لم يتجاوزوا السياج الخارجي»", "قائلا", KOULIBALY, N_OFF, "قائلا"),
            E(
                "army_fla",
                "«جبهة تحرير أزواد» بالمشاركة في الهجوم «في إطار تحالف إرهابي» مع الجماعة",
                "البيان العسكري",
                FAMA,
                ORG,
                "واتهم",
                alt_types=[DOC],
            ),
            E("fla_deny", "أي مشاركة لمقاتليها", AGHASSAN, "", N_OFF, "نفى", NEG, via=[X]),
            E(
                "fla_noalliance",
                "«لا تحالف ولا تنسيق» مع «نصرة الإسلام والمسلمين»",
                "مؤكدا",
                AGHASSAN,
                N_OFF,
                "مؤكدا",
                via=[X],
            ),
            E(
                "an_coord",
                "العلاقة بين الطرفين «ليست تحالفا، بل مجرد تنسيق ميداني ظرفي»",
                TALEB,
                "",
                N_PER,
                "ويرى",
            ),
            E("res_market", "مسيرة قصفت السوق الأسبوعي للبلدة ظهر الأحد", "سكان", "", A_SRC, "وأفاد", ANON),
            E(
                "council11",
                "الضربة أودت بحياة «11 مدنيا على الأقل»",
                "عضو في المجلس البلدي",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "mil_gathering",
                "الضربة استهدفت «تجمعا للإرهابيين» خارج البلدة",
                "مصدرا عسكريا",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("mil_nociv", "سقوط أي مدني", "نافيا", "مصدرا عسكريا", A_OFF, "نافيا", ANON, NEG),
            E(
                "army_arrest18",
                "توقيف 18 «إرهابيا» خلال عمليات تمشيط في محيط ميناكا",
                "الجيش",
                FAMA,
                ORG,
                "وأعلن",
            ),
            E(
                "assoc_herders",
                "الموقوفين «رعاة من الطوارق والفلان لا صلة لهم بأي جماعة مسلحة»",
                "جمعية «تمنوكالت» للتنمية الرعوية",
                "",
                ORG,
                "قالت",
            ),
            E(
                "unhcr3k",
                "عدد الفارين من أندرامبوكان بنحو 3 آلاف شخص",
                "مفوضية الأمم المتحدة لشؤون اللاجئين",
                "",
                ORG,
                "وقدرت",
            ),
            E(
                "an_encircle",
                "تسعى الجماعة إلى «تطويق مدينة ميناكا» في الأسابيع المقبلة",
                "ولد الطالب",
                TALEB,
                N_PER,
                "ورجح",
            ),
            E(
                "an_warn",
                "انسحاب «الفيلق الإفريقي» من المنطقة، إذا تأكد، «قد يفتح الطريق أمامها»",
                "محذرا",
                TALEB,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r74_menaka_detainees": {
        "outlet": "العربية.نت",
        "published": "2026-07-07",
        "entries": [
            E("hd", "مقاتلونا ما زالوا في أندرامبوكان", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E(
                "jnim_still",
                "مقاتليها «ما زالوا منتشرين في الأحياء الشرقية» لبلدة أندرامبوكان",
                JNIM,
                "",
                ORG,
                "قالت",
                via=["«تلغرام»"],
            ),
            E("jnim_onlycamp", "الجيش «لم يستعد سوى المعسكر»", JNIM, "", ORG, "قالت", via=["«تلغرام»"]),
            E(
                "army_own7",
                "حصيلة قتلى الجيش ارتفعت إلى ٧ جنود",
                "هيئة الأركان العامة",
                FAMA,
                ORG,
                "نقلا عن",
                via=[ORTM],
                resolved_elsewhere=True,
            ),
            E(
                "army_kill52",
                "عدد «الإرهابيين المحيدين» بلغ ٥٢",
                "هيئة الأركان العامة",
                FAMA,
                ORG,
                "نقلا عن",
                via=[ORTM],
                resolved_elsewhere=True,
            ),
            E(
                "sec_norus",
                "مقتل أي عنصر من «الفيلق الإفريقي»",
                "مصدر أمني مالي",
                "",
                A_OFF,
                "ونفى",
                ANON,
                NEG,
            ),
            E(
                "sec_notpart",
                "القوات الروسية «لم تشارك في المعركة أصلا»",
                "مشيرا",
                "مصدر أمني مالي",
                A_OFF,
                "مشيرا",
                ANON,
            ),
            E(
                "loc_echo",
                "المعسكر «سقط لساعات» بيد المهاجمين",
                LOCAL,
                "",
                A_OFF,
                "صرح",
                ANON,
                via=["موقع «صحراء ميديا»"],
            ),
            E(
                "gov_side",
                "«جبهة تحرير أزواد» بالقتال «جنبا إلى جنب» مع الجماعة",
                SANGARE,
                "",
                N_OFF,
                "جدد",
            ),
            E(
                "fla_echo",
                "«لا تحالف ولا تنسيق» مع «نصرة الإسلام والمسلمين»",
                "محمد المولود أغ الحسن",
                "متحدثها محمد المولود أغ الحسن",
                N_OFF,
                "جاء فيها",
                via=["«جبهة تحرير أزواد»"],
            ),
            E(
                "med19",
                "المستشفى تسلم جثث ١٩ مدنيا، بينهم ٤ أطفال، قتلوا في قصف سوق أندرامبوكان",
                "مصدر طبي في مستشفى ميناكا",
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E("hrw_call", "بتحقيق مستقل في الضربة", "منظمة «هيومن رايتس ووتش»", "", ORG, "طالبت", OPT),
            E(
                "mil_3leaders",
                "بين الموقوفين الـ١٨ «ثلاثة قادة ميدانيين» في الجماعة",
                "مصدر عسكري",
                "",
                A_OFF,
                "وكشف",
                ANON,
            ),
            E(
                "relatives_civ",
                "أبناءهم «مدنيون عزل» اقتيدوا جميعا من مخيم للرعاة قرب إينيكار",
                "ذووهم",
                "",
                A_SRC,
                "أكد",
                ANON,
                via=["«العربية.نت»"],
            ),
            E("gov800", "عدد الفارين من البلدة «لا يتجاوز ٨٠٠ شخص»", "الحاكم سانغاري", SANGARE, N_OFF, "قال"),
            E(
                "gov_inflated",
                "الأرقام المتداولة «مضخمة لأغراض سياسية»",
                "الحاكم سانغاري",
                SANGARE,
                N_OFF,
                "قال",
            ),
            E(
                "niger1200",
                "استقبلت ما بين ١٠٠٠ و١٢٠٠ لاجئ قادمين من أندرامبوكان منذ صباح الأحد",
                "السلطات المحلية في إقليم تيلابيري النيجري",
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "an_message",
                "الهجوم ربما كان «رسالة» إلى المجلس العسكري في باماكو",
                MAIGA,
                "",
                N_PER,
                "ويعتقد",
            ),
            E(
                "an_test",
                "الجماعة تختبر قدرة الجيش على القتال من دون الروس",
                "مضيفا",
                MAIGA,
                N_PER,
                "مضيفا",
                DIRECT,
            ),
        ],
    },
    "r75_bluenile_geissan": {
        "outlet": "سودان تربيون",
        "published": "2026-08-10",
        "entries": [
            E(
                "hd",
                "مهاجمو قيسان تسللوا من إثيوبيا",
                "نائب حاكم النيل الأزرق",
                ABAKAR,
                N_OFF,
                ":",
                HEAD,
                alt_types=[A_OFF],
            ),
            E(
                "army_repel",
                "قواته «دحرت» هجوما شنته قوات الدعم السريع ومقاتلو «الحركة الشعبية لتحرير السودان – شمال» على مدينة قيسان",
                SAF,
                "",
                ORG,
                "أعلن",
            ),
            E("army_control", "«تسيطر بالكامل» على المدينة ومحيطها", SAF, "", ORG, "أعلن"),
            E("spk_kill60", "«أكثر من 60 متمردا» قتلوا في المعارك", ABDELRAHIM, "", N_OFF, "وقال"),
            E("spk_own3", "الجيش فقد ثلاثة من جنوده فقط", "مضيفا", ABDELRAHIM, N_OFF, "مضيفا"),
            E("rsf_liberated", "«حررت» قيسان", RSF, "", ORG, "ذكرت", via=["«تلغرام»"]),
            E(
                "rsf_road",
                "باتت تسيطر على الطريق الرابط بينها وبين الكرمك",
                RSF,
                "",
                ORG,
                "ذكرت",
                via=["«تلغرام»"],
            ),
            E(
                "rsf_kill100",
                "قواتها قتلت «أكثر من 100» من عناصر الجيش",
                "مشيرة",
                RSF,
                ORG,
                "مشيرة",
                via=["«تلغرام»"],
            ),
            E("splm_deny", "مشاركة قواتها في معارك قيسان", "«الحركة الشعبية – شمال»", SPLM, ORG, "نفت", NEG),
            E(
                "splm_political",
                "علاقتها بالدعم السريع «تحالف سياسي في إطار تأسيس، وليس عسكريا»",
                "مؤكدة",
                SPLM,
                ORG,
                "مؤكدة",
            ),
            E(
                "dep_military",
                "الطرفين بخوض الهجوم في إطار «تحالف عسكري كامل»",
                ABAKAR,
                "",
                N_OFF,
                "فاتهم",
            ),
            E(
                "dep_ethiopia",
                "المهاجمين «تسللوا من داخل الأراضي الإثيوبية»",
                "كاشفا",
                ABAKAR,
                N_OFF,
                "كاشفا",
            ),
            E(
                "wit_station",
                "مسيرات قصفت فجر الأحد المحطة التحويلية للكهرباء قرب خزان الروصيرص، ما أغرق المدينة في الظلام",
                "شهود عيان",
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "energy_station",
                "مسيرات «الدعم السريع» هي التي استهدفت المحطة",
                "وزارة الطاقة والنفط",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "rsf_deny_station",
                "تكون طائراتها قد اقتربت من أي منشأة مدنية في الدمازين",
                "الأخيرة",
                RSF,
                ORG,
                "نفت",
                NEG,
            ),
            E("moh8", "مقتل 8 مدنيين وإصابة 21 آخرين في القصف", BN_MOH, "", ORG, "وأعلنت"),
            E("doctors15", "عدد القتلى «بلغ 15 على الأقل، بينهم ست نساء»", DOCTORS, "", ORG, "أفادت"),
            E(
                "iom9k",
                "نحو 9 آلاف شخص نزحوا من قيسان والقرى المحيطة بها نحو الدمازين منذ الجمعة",
                IOM,
                "",
                ORG,
                "وقالت",
            ),
            E("cell34", "توقيف 34 «متعاونا» مع الدعم السريع", CELL, "", ORG, "وأعلنت"),
            E(
                "cell_coords",
                "«كانوا يرسلون إحداثيات» المواقع العسكرية إلى قادة الهجوم",
                "قالت",
                CELL,
                ORG,
                "قالت",
            ),
            E("an_relief", "الهجوم «محاولة لتخفيف الضغط» عن جبهات كردفان", ABDELQADER, "", N_PER, "ورجح"),
            E(
                "an_warn",
                "سقوط قيسان، لو حدث، «قد يضع الدمازين نفسها في مرمى المدفعية»",
                "لافتا",
                ABDELQADER,
                N_PER,
                "لافتا",
            ),
        ],
    },
    "r76_bluenile_damazin": {
        "outlet": "التغيير",
        "published": "2026-08-11",
        "entries": [
            E(
                "hd",
                "قيسان تحت سيطرتنا الكاملة",
                "مستشار «الدعم السريع»",
                RABIE,
                N_OFF,
                ":",
                HEAD,
                alt_types=[A_OFF],
            ),
            E(
                "adv_control",
                "مدينة قيسان في إقليم النيل الأزرق «تحت سيطرتنا الكاملة منذ صباح الأحد»",
                RABIE,
                "",
                N_OFF,
                "أكد",
                via=["«فيسبوك»"],
            ),
            E(
                "adv_accuse",
                "الجيش بـ«الترويج لانتصارات وهمية»",
                "متهما",
                RABIE,
                N_OFF,
                "متهما",
                via=["«فيسبوك»"],
            ),
            E(
                "adv_own4",
                "المهاجمين «لم يفقدوا سوى أربعة مقاتلين»",
                "ومضيفا",
                RABIE,
                N_OFF,
                "ومضيفا",
                via=["«فيسبوك»"],
            ),
            E("spk_never", "المدينة «لم تخرج عن سيطرة الجيش في أي لحظة»", ABDELRAHIM, "", N_OFF, "صرح"),
            E("spk_cleared", "القوات طهرت آخر جيوب المتمردين في محيطها", ABDELRAHIM, "", N_OFF, "صرح"),
            E("spk_kill85", "عدد القتلى في صفوفهم إلى ٨٥", "رافعا", ABDELRAHIM, N_OFF, "رافعا"),
            E(
                "res_market",
                "عناصر الدعم السريع «ظلوا يتجولون في سوق قيسان حتى صباح الاثنين»",
                "نازحون وصلوا إلى الدمازين",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[TAGHYEER],
            ),
            E(
                "res_splm",
                "بينهم مسلحين «يرتدون زي الحركة الشعبية»",
                "نازحون وصلوا إلى الدمازين",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[TAGHYEER],
            ),
            E(
                "cmd_fought",
                "عشرات من مقاتلينا شاركوا في القتال، بقرار من القيادة المحلية لا من قيادة الحركة",
                "قائد ميداني في «الحركة الشعبية لتحرير السودان – شمال»",
                "",
                A_OFF,
                "وقال",
                ANON,
                DIRECT,
            ),
            E(
                "splm_echo",
                "علاقتها بالدعم السريع «تحالف سياسي في إطار تأسيس، وليس عسكريا»",
                "الحركة",
                SPLM,
                ORG,
                "ونقلت",
                via=[ST],
            ),
            E(
                "dep_echo",
                "المهاجمين «تسللوا من داخل الأراضي الإثيوبية»",
                ABAKAR,
                "",
                N_OFF,
                "ونُقل عن",
                via=[ST],
            ),
            E(
                "eth_deny",
                "عبور أي مسلحين من أراضيها نحو السودان",
                "وزارة الخارجية الإثيوبية",
                "",
                ORG,
                "بنفي",
                NEG,
            ),
            E(
                "moh11",
                "حصيلة قتلى القصف الذي طال المحطة التحويلية للكهرباء إلى ١١ مدنيا",
                BN_MOH,
                "",
                ORG,
                "رفعت",
            ),
            E("doctors19", "ارتفع العدد إلى ١٩", DOCTORS, "", ORG, "وفقا لـ"),
            E(
                "power_restored",
                "إعادة التيار جزئيا إلى أحياء المدينة عبر خط بديل",
                "الشركة السودانية لنقل الكهرباء",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "iom12k",
                "عدد النازحين من قيسان ومحيطها بلغ نحو ١٢ ألفا",
                "المتحدث باسم المنظمة الدولية للهجرة في السودان",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                alt_types=[ORG],
                via=["وكالة «فرانس برس»"],
            ),
            E("hac25k", "العدد «تجاوز ٢٥ ألفا»", YAQUB, "", N_OFF, "قال"),
            E(
                "hac_warn",
                "مخزون الغذاء لدى المفوضية «قد ينفد خلال أسبوعين» إذا لم تصل قوافل الإغاثة عبر طريق سنار",
                "يعقوب",
                YAQUB,
                N_OFF,
                "وحذر",
            ),
            E(
                "lawyers_civ",
                "الموقوفين الـ٣٤ لدى الخلية الأمنية المشتركة «نازحون ومزارعون لا صلة لهم بالدعم السريع»",
                "مجموعة «محامو الطوارئ»",
                "",
                ORG,
                "قالت",
            ),
            E(
                "lawyers_accuse",
                "الأجهزة الأمنية بـ«الاعتقال على أساس الهوية»",
                "متهمة",
                "مجموعة «محامو الطوارئ»",
                ORG,
                "متهمة",
            ),
        ],
    },
    "r77_bayda_khubza": {
        "outlet": "المصدر أونلاين",
        "published": "2026-09-14",
        "entries": [
            E(
                "hd",
                "خبزة لم تسقط بيد الحوثيين",
                "شيخ قبلي في البيضاء",
                AMERI,
                N_PER,
                ":",
                HEAD,
                alt_types=[A_SRC],
            ),
            E("sheikh_notfallen", "المنطقة «لم تسقط»", AMERI, "", N_PER, "قال"),
            E(
                "sheikh_positions",
                "مسلحي القبيلة «ما زالوا في مواقعهم» على الجبال المطلة عليها",
                AMERI,
                "",
                N_PER,
                "قال",
            ),
            E(
                "sheikh9",
                "القصف الحوثي قتل 9 مدنيين في خبزة، بينهم 4 أطفال",
                "العامري",
                AMERI,
                N_PER,
                "وأضاف",
                via=["«المصدر أونلاين»"],
            ),
            E(
                "res_siege",
                "قطع الحوثيين الطرق المؤدية إلى المنطقة ومنعهم دخول الأدوية والوقود منذ يومين",
                "سكان",
                "",
                A_SRC,
                "وتحدث",
                ANON,
            ),
            E(
                "hou_cleansed",
                "قواتها «طهرت» خبزة من «عناصر تكفيرية تابعة لتنظيم القاعدة»",
                HOU_MOI,
                "",
                ORG,
                "أعلنت",
                via=[SABA],
            ),
            E("hou_control", "«بسطت سيطرتها الكاملة» عليها", HOU_MOI, "", ORG, "أعلنت", via=[SABA]),
            E("hou_kill14", "قتلت 14 «تكفيريا»", HOU_MOI, "", ORG, "أعلنت", via=[SABA]),
            E("hou_arrest23", "اعتقلت 23 آخرين", HOU_MOI, "", ORG, "أعلنت", via=[SABA]),
            E("hou_alliance", "القبيلة بـ«التحالف مع القاعدة»", "متهمة", HOU_MOI, ORG, "متهمة", via=[SABA]),
            E("sheikh_deny", "أي صلة لأبناء القبيلة بالتنظيم", "العامري", AMERI, N_PER, "ونفى", NEG),
            E(
                "sheikh_defend",
                "نحن مجرد قبائل تدافع عن أرضها وأعراضها، والحوثي يبحث عن ذريعة لإخضاع المنطقة",
                "قائلا",
                AMERI,
                N_PER,
                "قائلا",
                DIRECT,
            ),
            E(
                "aqap_fighting",
                "مقاتليه «يقاتلون إلى جانب قبائل خبزة» ضد الحوثيين",
                AQAP,
                "",
                ORG,
                "زعم",
                via=["حسابات مناصرة له"],
            ),
            E(
                "mhr12",
                "الحوثيين بقتل 12 مدنيا، بينهم 5 أطفال، في قصف عشوائي على منازل خبزة",
                MHR,
                "",
                ORG,
                "واتهمت",
            ),
            E("hou_nociv", "سقوط أي ضحايا مدنيين «جراء العمليات»", MUAYYAD, "", N_OFF, "نفى", NEG),
            E(
                "med_agree",
                "الطرفين «توصلا إلى اتفاق» لوقف إطلاق النار مساء الأحد",
                RIYAMI,
                "",
                N_PER,
                "وأفاد",
                alt_types=[N_OFF],
            ),
            E("exu400", "نزحت أكثر من 400 أسرة من خبزة", EXU, "", ORG, "وبحسب"),
            E(
                "an_road",
                "الحوثيين «ربما» يسعون إلى تأمين الطريق الرابط بين رداع ومدينة البيضاء",
                WASSABI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_expand",
                "تتسع المواجهات إلى مديريات أخرى «إذا فشلت الوساطة»",
                "مرجحا",
                WASSABI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r78_bayda_mediation": {
        "outlet": "العين الإخبارية",
        "published": "2026-09-15",
        "entries": [
            E("hd", "لا اتفاق في خبزة قبل تسليم المطلوبين", "مصدر حوثي", HOU_SRC, A_OFF, ":", HEAD, ANON),
            E(
                "hou_src_deny",
                "التوصل إلى أي اتفاق مع قبائل خبزة",
                HOU_SRC,
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
                via=[MASIRAH],
            ),
            E(
                "hou_continue",
                "العمليات «مستمرة حتى تسليم جميع المطلوبين»",
                "مؤكدا",
                HOU_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[MASIRAH],
            ),
            E(
                "med_signed",
                "الاتفاق «وقعه ممثلو الطرفين مساء الأحد»",
                SAWADI,
                "",
                N_PER,
                "أكد",
                alt_types=[N_OFF],
                via=["«العين الإخبارية»"],
            ),
            E(
                "med_withdrew",
                "الحوثيين سحبوا جزءا من آلياتهم صباح الاثنين",
                SAWADI,
                "",
                N_PER,
                "أكد",
                alt_types=[N_OFF],
                via=["«العين الإخبارية»"],
            ),
            E(
                "med_echo",
                "الطرفين «توصلا إلى اتفاق» لوقف إطلاق النار",
                "الوسيط الشيخ محمد حسين الريامي",
                "",
                N_PER,
                "صرح",
                alt_types=[N_OFF],
                via=["موقع «المصدر أونلاين»"],
            ),
            E(
                "res_calm",
                "المنطقة تشهد هدوءا نسبيا منذ مساء الأحد، لا يقطعه سوى إطلاق نار متفرق في الجبال",
                "سكان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "hou_kill19",
                "عدد «التكفيريين» القتلى إلى 19",
                "داخلية الحوثيين",
                HOU_MOI,
                ORG,
                "رفعت",
                resolved_elsewhere=True,
            ),
            E("sheikh_echo", "خبزة «لم تسقط»", AMERI, "", N_PER, "ونقل", via=[MASDAR]),
            E(
                "tribe_allciv",
                "جميع القتلى مدنيون من أبناء خبزة، وليس بينهم غريب واحد",
                "أحد وجهاء المنطقة",
                "",
                A_SRC,
                "قال",
                ANON,
                DIRECT,
            ),
            E(
                "mhr16",
                "ارتفاع عدد القتلى المدنيين إلى 16، بينهم 6 أطفال وامرأتان",
                "وزارة حقوق الإنسان في الحكومة اليمنية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "hou_health3",
                "عدد القتلى المدنيين «لا يتجاوز ثلاثة» سقطوا جميعا برصاص «التكفيريين»",
                "مكتب الصحة التابع للحوثيين في رداع",
                "",
                ORG,
                "زعم",
            ),
            E(
                "hou_4leaders",
                "بين المعتقلين «أربعة قياديين» في تنظيم القاعدة",
                "الأجهزة الأمنية للحوثيين",
                "",
                ORG,
                "أعلنت",
            ),
            E("mothers_call", "بالإفراج عن المعتقلين الـ23", MOTHERS, "", ORG, "طالبت", OPT),
            E(
                "mothers_civ",
                "أنهم «معلمون وطلاب ومسنون لا علاقة لهم بأي تنظيم»",
                "مؤكدة",
                MOTHERS,
                ORG,
                "مؤكدة",
            ),
            E("mothers_mosque", "بعضهم اقتيد من داخل المسجد", "مؤكدة", MOTHERS, ORG, "مؤكدة"),
            E(
                "iom250",
                "ما بين 200 و250 أسرة نزحت من خبزة منذ السبت",
                "المنظمة الدولية للهجرة",
                "",
                ORG,
                "وذكرت",
            ),
            E("iom_roads", "الطرق المقطوعة تعيق وصول فرقها", "مشيرة", "المنظمة الدولية للهجرة", ORG, "مشيرة"),
            E("an_present", "وجود عناصر «القاعدة» في المنطقة «أمر ثابت»", SALMI, "", N_PER, "ويعتقد"),
            E(
                "an_notalliance",
                "ما يجمعها بالقبائل «ليس تحالفا، بل تقاطع مصالح عابر»",
                SALMI,
                "",
                N_PER,
                "ويعتقد",
            ),
            E(
                "an_warn",
                "استمرار القصف «قد يدفع شبانا من القبيلة إلى أحضان التنظيم»",
                "محذرا",
                SALMI,
                N_PER,
                "محذرا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Menaka: who holds Anderamboukane (army's full control vs JNIM still inside / only the camp regained)
        ("r73.army_control", "r74.jnim_still"),
        ("r73.hd", "r74.jnim_still"),
        ("r74.hd", "r73.army_control"),  # headline copy of "still inside"
        ("r74.hd", "r73.hd"),
        ("r73.army_control", "r74.jnim_onlycamp"),  # the town vs "only the camp"
        ("r73.hd", "r74.jnim_onlycamp"),
        # the camp never fell vs it was stormed / fell for hours / was regained
        ("r73.spk_deny", "r73.jnim_seized"),
        ("r73.spk_deny", "r73.loc_fell"),
        ("r73.spk_deny", "r74.loc_echo"),  # the local official's words retold
        ("r73.spk_deny", "r74.jnim_onlycamp"),  # "regained only the camp" presupposes it was lost
        ("r73.spk_fence", "r73.jnim_seized"),
        ("r73.spk_fence", "r73.loc_fell"),
        ("r73.spk_fence", "r74.loc_echo"),
        ("r73.spk_fence", "r74.jnim_onlycamp"),
        # soldiers and Russians killed
        ("r73.army_own5", "r73.jnim_toll"),  # 5 vs 27 soldiers
        ("r74.army_own7", "r73.jnim_toll"),  # 27 (Sunday) vs 7 (Monday): a toll does not fall
        ("r74.sec_norus", "r73.jnim_toll"),  # six Africa Corps men vs none killed
        ("r74.sec_notpart", "r73.jnim_toll"),  # killed in the battle vs took no part in it
        # attackers killed: 40+ vs no more than three
        ("r73.army_kill40", "r73.jnim_own3"),
        # the FLA: took part / fought side by side vs denial of any participation
        ("r73.army_fla", "r73.fla_deny"),
        ("r74.gov_side", "r73.fla_deny"),
        # alliance vs no alliance and no coordination vs merely coordination
        ("r73.army_fla", "r73.fla_noalliance"),
        ("r73.army_fla", "r74.fla_echo"),  # republished post
        ("r73.army_fla", "r73.an_coord"),
        ("r73.an_coord", "r73.fla_noalliance"),  # "merely coordination" vs "no coordination"
        ("r73.an_coord", "r74.fla_echo"),
        # the market strike: no civilian killed / a gathering outside town vs civilians killed in the market
        ("r73.mil_nociv", "r73.council11"),
        ("r73.mil_nociv", "r74.med19"),
        ("r73.mil_gathering", "r73.res_market"),
        ("r73.mil_gathering", "r74.med19"),
        # the 18 detainees: terrorists / three field commanders vs herders / unarmed civilians
        ("r73.army_arrest18", "r73.assoc_herders"),
        ("r74.mil_3leaders", "r73.assoc_herders"),
        ("r74.relatives_civ", "r73.army_arrest18"),
        ("r74.relatives_civ", "r74.mil_3leaders"),
        # people who fled: no more than 800 vs about 3,000 / 1,000 to 1,200 refugees received in Niger
        ("r74.gov800", "r73.unhcr3k"),
        ("r74.gov800", "r74.niger1200"),
        # --- Blue Nile: Geissan repelled / under full army control vs liberated / under RSF control
        ("r75.army_control", "r75.rsf_liberated"),
        ("r75.army_repel", "r75.rsf_liberated"),
        ("r76.hd", "r75.army_control"),
        ("r76.hd", "r75.army_repel"),
        ("r76.adv_control", "r75.army_control"),  # "since Sunday morning"
        ("r76.adv_control", "r75.army_repel"),
        # "never out of the army's control for a moment" vs liberated / RSF control / RSF in the market
        ("r76.spk_never", "r75.rsf_liberated"),
        ("r76.spk_never", "r76.adv_control"),
        ("r76.spk_never", "r76.hd"),
        ("r76.spk_never", "r76.res_market"),
        # RSF in the market until Monday morning vs full control (and the attack repelled) on Sunday
        ("r76.res_market", "r75.army_control"),
        ("r76.res_market", "r75.army_repel"),
        # tolls
        ("r75.spk_own3", "r75.rsf_kill100"),  # 3 soldiers vs 100+ soldiers
        ("r75.spk_kill60", "r76.adv_own4"),  # 60+ attackers (Sunday) vs only four (Monday)
        # the SPLM-N took part vs the denial
        ("r75.splm_deny", "r75.army_repel"),
        ("r75.splm_deny", "r76.res_splm"),
        ("r75.splm_deny", "r76.cmd_fought"),
        ("r75.splm_deny", "r75.dep_military"),
        # a full military alliance vs a political alliance, not a military one
        ("r75.splm_political", "r75.dep_military"),
        ("r76.splm_echo", "r75.dep_military"),  # the SPLM-N's words retold
        # infiltration from Ethiopia vs the denial
        ("r75.dep_ethiopia", "r76.eth_deny"),
        ("r76.dep_echo", "r76.eth_deny"),
        ("r75.hd", "r76.eth_deny"),
        # the Damazin substation: RSF drones vs "never approached any civilian facility"
        ("r75.energy_station", "r75.rsf_deny_station"),
        # civilians killed in Damazin
        ("r75.moh8", "r75.doctors15"),
        ("r76.moh11", "r76.doctors19"),
        ("r75.doctors15", "r76.moh11"),  # at least 15 (Monday) vs 11 (Tuesday)
        # the 34 detainees: collaborators sending coordinates vs displaced people and farmers
        ("r75.cell34", "r76.lawyers_civ"),
        ("r75.cell_coords", "r76.lawyers_civ"),
        # displaced: about 12,000 vs more than 25,000
        ("r76.iom12k", "r76.hac25k"),
        # --- al-Bayda: Khubza fully controlled vs not fallen / tribesmen still in their positions
        ("r77.hou_control", "r77.sheikh_notfallen"),
        ("r77.hou_control", "r77.hd"),
        ("r77.hou_control", "r78.sheikh_echo"),
        # alliance with al-Qaeda vs no link / not an alliance
        ("r77.hou_alliance", "r77.sheikh_deny"),
        ("r77.aqap_fighting", "r77.sheikh_deny"),
        ("r78.an_notalliance", "r77.hou_alliance"),
        # civilians killed
        ("r77.sheikh9", "r77.mhr12"),
        ("r77.hou_nociv", "r77.sheikh9"),
        ("r77.hou_nociv", "r77.mhr12"),
        ("r77.hou_nociv", "r78.mhr16"),
        ("r78.hou_health3", "r77.sheikh9"),
        ("r78.hou_health3", "r77.mhr12"),
        ("r78.hou_health3", "r78.mhr16"),
        # "takfiris" killed vs all the dead civilians
        ("r78.tribe_allciv", "r77.hou_kill14"),
        ("r78.tribe_allciv", "r78.hou_kill19"),
        # the 23 detainees
        ("r77.hou_arrest23", "r78.mothers_civ"),
        ("r78.hou_4leaders", "r78.mothers_civ"),
        # the mediation: agreement reached and signed vs no agreement
        ("r77.med_agree", "r78.hou_src_deny"),
        ("r77.med_agree", "r78.hd"),
        ("r78.med_signed", "r78.hou_src_deny"),
        ("r78.med_signed", "r78.hd"),
        ("r78.med_echo", "r78.hou_src_deny"),
        ("r78.med_echo", "r78.hd"),
        # displaced families: more than 400 (Monday) vs 200 to 250 (Tuesday)
        ("r77.exu400", "r78.iom250"),
    ],
    "agreements": [
        ("r73.loc_fell", "r73.jnim_seized"),  # the camp fell to the attackers
        ("r74.gov_side", "r73.army_fla"),  # the FLA fought in the attack
        ("r73.assoc_herders", "r74.relatives_civ"),  # the detainees are civilians
        ("r73.res_market", "r74.med19"),  # the drone hit the market
        ("r75.army_repel", "r76.res_splm"),  # SPLM-N fighters took part
        ("r76.res_splm", "r76.cmd_fought"),
        ("r75.wit_station", "r75.energy_station"),  # drones hit the substation
        ("r75.rsf_liberated", "r76.res_market"),  # RSF inside Geissan
        ("r77.aqap_fighting", "r77.hou_alliance"),  # al-Qaeda fights with the tribes
        ("r77.med_agree", "r78.med_signed"),  # an agreement was reached on Sunday evening
        ("r78.an_present", "r77.aqap_fighting"),  # al-Qaeda is present in the area
    ],
    "echoes": [
        ("r73.loc_fell", "r74.loc_echo"),  # the local official's words to Sahara Medias, retold
        ("r73.fla_noalliance", "r74.fla_echo"),  # the FLA spokesman's post, republished
        ("r75.splm_political", "r76.splm_echo"),  # the SPLM-N statement, cited from Sudan Tribune
        ("r75.dep_ethiopia", "r76.dep_echo"),  # the deputy governor's words to Sudan Tribune
        ("r77.sheikh_notfallen", "r78.sheikh_echo"),  # the sheikh's words to al-Masdar Online
        ("r77.med_agree", "r78.med_echo"),  # the mediator's words to al-Masdar Online
    ],
    "not_contradictions": [
        ("r73.army_own5", "r74.army_own7"),  # the army's toll rose from 5 to 7
        ("r73.army_kill40", "r74.army_kill52"),  # 40+ then 52
        ("r73.council11", "r74.med19"),  # at least 11 vs 19
        ("r73.jnim_seized", "r73.army_control"),  # stormed at dawn, regained in the evening
        ("r73.unhcr3k", "r74.niger1200"),  # 1,000 to 1,200 of about 3,000 reached Niger
        ("r73.army_own5", "r73.jnim_own3"),  # soldiers killed vs attackers killed
        ("r75.moh8", "r76.moh11"),  # the ministry's toll rose
        ("r75.doctors15", "r76.doctors19"),  # the network's toll rose
        ("r75.iom9k", "r76.iom12k"),  # IOM's figure rose
        ("r75.spk_kill60", "r76.spk_kill85"),  # the army's figure for the attackers rose
        ("r75.spk_own3", "r76.adv_own4"),  # 3 soldiers vs 4 attackers
        ("r75.wit_station", "r76.power_restored"),  # the city in darkness, then power partly restored
        ("r76.res_market", "r76.spk_cleared"),  # in the market until Monday morning, pockets cleared later
        ("r77.hou_kill14", "r78.hou_kill19"),  # the Houthi figure rose
        ("r77.mhr12", "r78.mhr16"),  # the ministry's toll rose
        ("r77.hou_nociv", "r78.hou_health3"),  # none killed by the operations vs three killed by "takfiris"
        ("r77.sheikh9", "r77.hou_kill14"),  # civilians vs "takfiris" killed
        ("r77.hou_arrest23", "r78.hou_4leaders"),  # four leaders among the 23
        ("r78.an_present", "r77.sheikh_deny"),  # al-Qaeda present vs the tribe has no link to it
        (
            "r78.an_notalliance",
            "r77.aqap_fighting",
        ),  # fighting alongside vs a convergence short of an alliance
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
