"""Writes gold.json for the twentieth relations set (r115..r120) from the annotations below (`python3 tests/data/relations20/make_gold.py`).

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

# r115/r116: al-Duwaim (White Nile, Sudan), the RSF attack and the market strike
SAF = "الجيش السوداني"
SAF_SPK = "المتحدث باسم القوات المسلحة، العميد الركن عثمان الطيب الأمين"
RSF = "قوات الدعم السريع"
RSF_ADV = "المستشار الإعلامي لقائد الدعم السريع، الفاتح إدريس قرشي"
RSF_SPK = "المتحدث باسم قوات الدعم السريع، المقدم صالح أبكر"
WN_MOH = "وزارة الصحة بالولاية"
HOSP_DIR = "مدير مستشفى الدويم التعليمي، ياسر عوض الكريم"
SDN = "شبكة أطباء السودان"
GOV_WN = "والي النيل الأبيض، الطاهر محمد نور"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)"
SPLM_SPK = "المتحدث باسم الحركة الشعبية لتحرير السودان - شمال، ميرغني كوكو تيه"
NAZIHUN = "نازحون وصلوا إلى كوستي"
TG = "«تلغرام»"
JAZ = "الجزيرة نت"
SHARQ = "«الشرق الأوسط»"
# r117/r118: Gharyan (Libya), the air base
MOD = "وزارة الدفاع بحكومة الوحدة الوطنية"
SHTIWI = "المتحدث باسم الوزارة، العقيد نوري الشتيوي"
SHTIWI18 = "المتحدث باسم وزارة الدفاع بحكومة الوحدة الوطنية، العقيد نوري الشتيوي"
GPF_CMD = "آمر «قوة حماية غريان»، العقيد سالم القريتلي"
ELDERS = "مجلس أعيان ومشايخ غريان"
ZAIT = "عضو مجلس أعيان ومشايخ غريان، الشيخ عمر بن زعيط"
MAYOR_G = "عميد بلدية غريان، عادل الشريف"
UNSMIL = "بعثة الأمم المتحدة للدعم في ليبيا"
LGC = "مكتب إعلام القيادة العامة للقوات المسلحة"
WASAT = "«بوابة الوسط»"
LANA = "وكالة الأنباء الليبية"
# r119/r120: Léré (Mali), the camp and the convoy
JNIM = "جماعة نصرة الإسلام والمسلمين"
FAMA = "هيئة الأركان العامة للجيوش المالية"
KONATE = "المتحدث باسم الجيش المالي، العقيد سليمان كوناتي"
KONATE20 = "المتحدث باسم الجيش، العقيد سليمان كوناتي"
FLA_SPK = "المتحدث باسم جبهة تحرير أزواد، إلياس أغ محمد"
GOV_ML = "المتحدث باسم الحكومة الانتقالية، الوزير عمر سانغاري"
TABITAL = "جمعية «تابيتال بولاكو» للدفاع عن ثقافة الفولاني"
ZALLAQA = "مؤسسة «الزلاقة» الإعلامية"
AFP = "وكالة الصحافة الفرنسية"
F24 = "فرانس 24"
MCD = "مونت كارلو الدولية"

ARTICLES: dict[str, dict[str, Any]] = {
    "r115_duwaim_market": {
        "outlet": "الجزيرة نت",
        "published": "2027-03-06",
        "entries": [
            E("hd", "صد هجوم واسع لـ«الدعم السريع» على الدويم", SAF, "", ORG, ":", HEAD),
            E(
                "army_repel",
                "قواته صدت مساء الخميس هجوما واسعا شنته قوات الدعم السريع على مدينة الدويم",
                SAF,
                "",
                ORG,
                "أعلن",
            ),
            E(
                "spk_hold",
                "الجيش «ما زال يسيطر بالكامل على جسر الدويم وعلى قرية أم جر»",
                SAF_SPK,
                "",
                N_OFF,
                "وقال",
            ),
            E("spk_60", "المهاجمين خسروا أكثر من 60 قتيلا و14 عربة قتالية", "مضيفا", SAF_SPK, N_OFF, "مضيفا"),
            E("spk_4", "مقتل أربعة جنود فقط", "وأقر", SAF_SPK, N_OFF, "وأقر"),
            E(
                "spk_alliance",
                "الحركة الشعبية لتحرير السودان - شمال بالمشاركة في الهجوم «ضمن تحالف عسكري كامل»",
                "واتهم",
                SAF_SPK,
                N_OFF,
                "واتهم",
            ),
            E(
                "rsf_control",
                "مقاتليه «بسطوا سيطرتهم على أم جر والطرف الغربي للجسر»",
                RSF_ADV,
                "",
                N_OFF,
                "زعم",
                via=[TG],
            ),
            E("rsf_dozens", "قتلوا «العشرات» من الجنود", RSF_ADV, "", N_OFF, "زعم", via=[TG]),
            E("rsf_pow", "أسروا 11 آخرين", RSF_ADV, "", N_OFF, "زعم", via=[TG]),
            E("rsf_deny", "تكون مسيرات قواته قد استهدفت السوق", "ونفى", RSF_ADV, N_OFF, "ونفى", NEG),
            E("rsf_accuse", "الجيش بقصفه «لتشويه صورة قواتنا»", "متهما", RSF_ADV, N_OFF, "متهما"),
            E("moh23", "مقتل 23 شخصا وإصابة 47 آخرين في قصف السوق", WN_MOH, "", ORG, "وأعلنت"),
            E("hosp31", "المستشفى تسلم 31 جثة", HOSP_DIR, "", N_OFF, "قال", via=[JAZ]),
            E("sdn_children", "بين الضحايا تسعة أطفال", SDN, "", ORG, "وذكرت"),
            E("sdn_blame", "الدعم السريع المسؤولية عن الهجوم", "محملة", SDN, ORG, "محملة"),
            E(
                "wit",
                "المسيرة جاءت من جهة الغرب وأطلقت قذيفتين على سوق الخضار",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "src_umjar",
                "قرية أم جر «خرجت عن سيطرة الجيش منذ مساء الخميس» بعد انسحاب القوة المرابطة فيها",
                "مصدر عسكري في اللواء 72 مشاة",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "reuters7",
                "سبعة جنود على الأقل قتلوا في معارك الخميس",
                "مسؤولين محليين اثنين",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة رويترز"],
            ),
            E(
                "gov_curfew",
                "حظر التجوال ليلا في الدويم",
                GOV_WN,
                "",
                N_OFF,
                "إعلانه",
                via=["وكالة السودان للأنباء (سونا)"],
            ),
            E("ocha8k", "عدد الفارين من الدويم ومحيطها منذ الخميس بنحو 8 آلاف شخص", OCHA, "", ORG, "وقدر"),
            E(
                "iom",
                "تستضيف الولاية أكثر من 600 ألف نازح منذ اندلاع الحرب",
                "المنظمة الدولية للهجرة",
                "",
                ORG,
                "بحسب",
            ),
            E(
                "analyst",
                "الدعم السريع «قد يحاول قطع الطريق الرابط بين الدويم وكوستي» إذا فشل في عبور الجسر",
                "الباحث العسكري السوداني محمد الأمين حسب الرسول",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r116_duwaim_bridge": {
        "outlet": "الشرق الأوسط",
        "published": "2027-03-07",
        "entries": [
            E(
                "hd",
                "قواتنا باقية على الضفة الغربية لجسر الدويم",
                "«الدعم السريع»",
                RSF,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "rsf_stay",
                "قواته «باقية على الضفة الغربية لجسر الدويم وفي قرية أم جر»",
                RSF_SPK,
                "",
                N_OFF,
                "قال",
                via=[SHARQ],
            ),
            E("army_repel_echo", "أبعد المهاجمين عن المدينة", SAF, "", ORG, "إعلان"),
            E(
                "rsf_blame",
                "طائرة مسيرة للجيش «أقلعت من مطار كوستي» مسؤولية قصف سوق الدويم",
                "أبكر",
                RSF_SPK,
                N_OFF,
                "وحمل",
            ),
            E("pow_echo", "قواته أسرت ١١ جنديا", RSF_ADV, "", N_OFF, "زعم"),
            E("army_nopow", "أسر أي جندي", SAF_SPK, "", N_OFF, "نفى", NEG),
            E(
                "army_umjar",
                "وحدات الجيش «طهرت قرية أم جر من آخر جيوب المتمردين» صباح السبت",
                "مؤكدا",
                SAF_SPK,
                N_OFF,
                "مؤكدا",
            ),
            E("army6", "عدد قتلى الجيش ارتفع إلى ستة", "وأوضح", SAF_SPK, N_OFF, "وأوضح"),
            E(
                "army_blame",
                "الدعم السريع بقصف السوق بمسيرة «انطلقت من الضفة الغربية»",
                "واتهم",
                SAF_SPK,
                N_OFF,
                "واتهم",
            ),
            E(
                "gov_bridge",
                "الجسر «لم يخرج عن سيطرة الجيش في أي لحظة»",
                GOV_WN,
                "",
                N_OFF,
                "أكد",
                via=["وكالة السودان للأنباء"],
            ),
            E("splm_deny", "مشاركة أي من قوات الحركة في معارك النيل الأبيض", SPLM_SPK, "", N_OFF, "ونفى", NEG),
            E(
                "splm_pol",
                "علاقتها بالدعم السريع «سياسية في إطار تحالف تأسيس، ولا تنسيق عسكريا بيننا على هذه الجبهة»",
                "مؤكدا",
                SPLM_SPK,
                N_OFF,
                "مؤكدا",
            ),
            E("moh27", "حصيلة قتلى قصف السوق إلى ٢٧ قتيلا و٥٢ مصابا", WN_MOH, "", ORG, "ورفعت"),
            E(
                "hosp_echo",
                "المستشفى تسلم ٣١ جثة",
                "مدير مستشفى الدويم التعليمي",
                "",
                A_OFF,
                "نقلت",
                ANON,
                alt_types=[N_OFF],
                via=["«الجزيرة نت»"],
            ),
            E("unicef7", "سبعة أطفال على الأقل بين القتلى", "منظمة الأمم المتحدة للطفولة (يونيسف)", "", ORG, "وأفادت"),
            E(
                "disp_left",
                "الجنود غادروا أم جر عصر الخميس قبل وصول عربات الدعم السريع",
                NAZIHUN,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SHARQ],
            ),
            E("disp_empty", "القرية «أفرغت من سكانها»", NAZIHUN, "", A_SRC, "وقال", ANON, via=[SHARQ]),
            E("ocha12k", "عدد النازحين من الدويم ومحيطها إلى نحو ١٢ ألفا", "«أوتشا»", "", ORG, "وفق"),
            E(
                "aid_ferries",
                "العبارات النهرية بين الضفتين متوقفة منذ الجمعة",
                "عامل إغاثة",
                "",
                A_SRC,
                "وقال",
                ANON,
                alt_types=[A_OFF],
            ),
            E("wfp", "تعليق التوزيع في المدينة «مؤقتا»", "برنامج الأغذية العالمي", "", ORG, "أعلن"),
            E(
                "tayar",
                "السلطات أغلقت طريق الدويم – كوستي أمام الشاحنات",
                "مصدر في شرطة الولاية",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["صحيفة «التيار»", "«سونا»"],
            ),
            E(
                "analyst",
                "الجيش «ربما يحتفظ بالجسر، لكنه خسر الريف الغربي للدويم»",
                "اللواء المتقاعد عبد الرحمن حسن الشفيع",
                "",
                N_PER,
                "ويعتقد",
            ),
        ],
    },
    "r117_gharyan_airbase": {
        "outlet": "بوابة الوسط",
        "published": "2027-03-14",
        "entries": [
            E("hd", "قواتنا تسيطر على قاعدة غريان الجوية", "الدفاع الليبية", MOD, ORG, ":", HEAD),
            E(
                "mod_control",
                "وحدات «اللواء ٥٢ مشاة» بسطت سيطرتها الكاملة على قاعدة غريان الجوية مساء الجمعة",
                MOD,
                "",
                ORG,
                "أعلنت",
            ),
            E("outlaw", "«مجموعة خارجة عن القانون»", "وصفتها", MOD, ORG, "وصفتها", OPT),
            E("spk_toll", "ثلاثة من عناصر اللواء قتلوا وأصيب ثمانية", SHTIWI, "", N_OFF, "وقال", via=[WASAT]),
            E(
                "spk_arrest",
                "القوة ألقت القبض على ٢٠ من عناصر المجموعة «بينهم أربعة مرتزقة تشاديين»",
                "مضيفا",
                SHTIWI,
                N_OFF,
                "مضيفا",
                via=[WASAT],
            ),
            E(
                "spk_lna",
                "«قوة حماية غريان» بالتحالف مع قوات القيادة العامة وتلقي السلاح منها عبر منطقة الشويرف",
                "واتهم",
                SHTIWI,
                N_OFF,
                "واتهم",
            ),
            E("spk_nodrone", "تكون قواته قد استخدمت الطائرات المسيرة", "ونفى", SHTIWI, N_OFF, "ونفى", NEG),
            E("cmd_deny", "سقوط القاعدة", GPF_CMD, "", N_OFF, "نفى", NEG),
            E("cmd_inside", "رجاله «ما زالوا داخلها ويمسكون بمدرجها»", "مؤكدا", GPF_CMD, N_OFF, "مؤكدا"),
            E("cmd_9", "المهاجمين خسروا تسعة قتلى", "وأضاف", GPF_CMD, N_OFF, "وأضاف"),
            E(
                "cmd_drone",
                "الوزارة بقصف مزرعة في منطقة القواسم بطائرة مسيرة أودت بحياة ثلاثة مدنيين",
                "متهما",
                GPF_CMD,
                N_OFF,
                "متهما",
            ),
            E(
                "cmd_tribal",
                "ما يربط قوته بالقيادة العامة «مجرد اتصالات قبلية لا أكثر»",
                "واعتبر",
                GPF_CMD,
                N_OFF,
                "واعتبر",
            ),
            E(
                "sec_chad",
                "الموقوفين العشرين «ليس بينهم سوى تشادي واحد»",
                "مصدر أمني في مديرية أمن غريان",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "two_off",
                "القتال بدأ حين حاولت «قوة حماية غريان» منع رتل اللواء من دخول القاعدة",
                "مسؤولان في اللواء ٥٢",
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "hosp7",
                "المستشفى استقبل سبع جثث و١٩ جريحا",
                "مدير مستشفى غريان المركزي، حسام الدويب",
                "",
                N_OFF,
                "وأفاد",
                via=[LANA],
            ),
            E(
                "wit_drone",
                "شاهدوا طائرة مسيرة تحلق فوق القواسم قبل دقائق من الانفجار",
                "شهود عيان",
                "",
                A_SRC,
                "روى",
                ANON,
            ),
            E(
                "elders_truce",
                "التوصل إلى هدنة بين الطرفين تسري من السادسة صباح السبت",
                ELDERS,
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "mod_src_notruce",
                "تكون الوزارة طرفا في أي هدنة",
                "مصدرا في وزارة الدفاع",
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
            ),
            E("rc45", "فرقه أجلت ٤٥ عائلة من القواسم", "فرع الهلال الأحمر الليبي في غريان", "", ORG, "وذكر"),
            E("mayor_school", "تعليق الدراسة ثلاثة أيام", MAYOR_G, "", N_OFF, "أعلن"),
            E("unsmil2", "تلقت تقارير عن مقتل مدنيين اثنين على الأقل", UNSMIL, "", ORG, "وقالت"),
            E("unsmil_call", "الطرفين إلى «تجنب استهداف الأحياء السكنية»", "داعية", UNSMIL, ORG, "داعية", OPT),
            E(
                "analyst",
                "تكون الحكومة «تحاول استعادة القاعدة قبل أي تسوية أوسع في الجبل الغربي»",
                "الباحث في الشأن الليبي نصر الدين الهوني",
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r118_gharyan_agreement": {
        "outlet": "وكالة الأناضول",
        "published": "2027-03-15",
        "entries": [
            E("hd", "اتفاق على انسحاب القوتين من القاعدة الجوية", "أعيان غريان", ELDERS, ORG, ":", HEAD),
            E(
                "elders_agree",
                "ممثلي «اللواء 52 مشاة» و«قوة حماية غريان» وقعوا مساء السبت اتفاقا «يقضي بانسحاب الطرفين من قاعدة غريان الجوية وتسليمها لقوة محايدة من أبناء المدينة»",
                ZAIT,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=["الأناضول"],
            ),
            E(
                "elders_holds",
                "الهدنة «صامدة منذ صباح السبت»",
                "مضيفا",
                ZAIT,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
                via=["الأناضول"],
            ),
            E("mod_nosign", "توقيع الوزارة أو أي من وحداتها على أي اتفاق", SHTIWI18, "", N_OFF, "نفى", NEG),
            E("mod_stay", "اللواء «باق في القاعدة ولن يسلمها لأي جهة»", "مؤكدا", SHTIWI18, N_OFF, "مؤكدا"),
            E("mod5", "قتلى اللواء ارتفعوا إلى خمسة", "وأوضح", SHTIWI18, N_OFF, "وأوضح"),
            E(
                "arrest_echo",
                "القبض على 20 من عناصر المجموعة «بينهم أربعة مرتزقة تشاديين»",
                "الشتيوي",
                SHTIWI18,
                N_OFF,
                "أعلن",
            ),
            E(
                "cmd_six",
                "«ستة فقط من الموقوفين من عناصرنا، والبقية مزارعون وطلاب»",
                GPF_CMD,
                "",
                N_OFF,
                "بقوله",
                DIRECT,
            ),
            E("cmd_nochad", "لا يوجد بين الموقوفين أي تشادي", "وأكد", GPF_CMD, N_OFF, "وأكد"),
            E(
                "cmd_accept",
                "قوته «قبلت الاتفاق وسلمت مواقعها في القاعدة للجنة الأعيان»",
                "القريتلي",
                GPF_CMD,
                N_OFF,
                "وقال",
            ),
            E(
                "sec_echo",
                "الموقوفين العشرين «ليس بينهم سوى تشادي واحد»",
                "مصدر أمني",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[WASAT],
            ),
            E("moh9", "مقتل تسعة أشخاص في مواجهات غريان", "وزارة الصحة بحكومة الوحدة", "", ORG, "وأعلنت"),
            E("hosp11", "الحصيلة إلى 11 قتيلا", "مستشفى غريان المركزي", "", ORG, "رفع"),
            E(
                "lna_deny",
                "أي تحالف مع «قوة حماية غريان» أو تزويدها بالسلاح",
                LGC,
                "",
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "lna_mix",
                "«محاولة لخلط الأوراق في الغرب الليبي»",
                "واصفا",
                LGC,
                ORG,
                "واصفا",
                alt_types=[DOC],
            ),
            E(
                "rc_bodies",
                "متطوعيه انتشلوا جثث ثلاثة مدنيين من مزرعة في القواسم «بعد غارة بطائرة مسيرة»",
                "مسؤول في الهلال الأحمر",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[LANA],
            ),
            E(
                "analyst",
                "العلاقة بين القوة والقيادة العامة «ليست تحالفا، بل مجرد تقاطع مصالح ضد حكومة الدبيبة»",
                "المحلل السياسي الليبي فرج الزوي",
                "",
                N_PER,
                "ويرى",
            ),
            E("mayor_resume", "استئناف الدراسة الثلاثاء", MAYOR_G, "", N_OFF, "أعلن"),
            E(
                "res_fire",
                "بسماع إطلاق نار متقطع ليل الأحد قرب القاعدة",
                "سكان في حي الرابطة",
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "muni_300",
                "يكون نحو 300 شخص قد نزحوا من أحياء غريان الجنوبية إلى الأصابعة المجاورة",
                "مسؤول في المجلس البلدي",
                "",
                A_OFF,
                "ورجح",
                ANON,
            ),
            E("unsmil_call", "«حوار يشمل كل الأطراف المحلية»", "داعية", UNSMIL, ORG, "داعية", OPT),
        ],
    },
    "r119_lere_camp": {
        "outlet": "فرانس 24",
        "published": "2027-03-22",
        "entries": [
            E("hd", "سيطرنا على معسكر ليري وسط مالي", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E(
                "jnim_seize",
                "مقاتليها «اقتحموا معسكر ليري فجر الجمعة وسيطروا عليه بالكامل»",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=[ZALLAQA],
            ),
            E("jnim40", "قتلوا «أكثر من 40 جنديا ومرتزقا روسيا»", JNIM, "", ORG, "زعمت", via=[ZALLAQA]),
            E("fama_repel", "القوات «صدت هجوما إرهابيا معقدا» على المعسكر", FAMA, "", ORG, "أكدت"),
            E("fama_stay", "«أي جندي لم يغادر موقعه»", FAMA, "", ORG, "أكدت"),
            E("fama_toll", "مقتل سبعة جنود و«تحييد» 31 إرهابيا", "وأشارت", FAMA, ORG, "وأشارت"),
            E(
                "afp20",
                "20 جنديا على الأقل قتلوا في الهجوم",
                "مسؤولين عسكريين اثنين",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[AFP],
            ),
            E(
                "local_withdrew",
                "الجنود «انسحبوا صباح الجمعة نحو نامبالا قبل أن يعودوا مساء بإسناد جوي»",
                "مسؤول محلي منتخب",
                "",
                A_OFF,
                "فقال",
                ANON,
                via=[F24],
            ),
            E(
                "maliweb",
                "الأمن اعتقل في نامبالا ثمانية «متعاونين» مع المهاجمين كانوا يرصدون تحركات الجنود",
                "مصدر في الدرك",
                "",
                A_OFF,
                "وذكر",
                ANON,
                via=["موقع «مالي ويب»"],
            ),
            E(
                "army_fla",
                "«جبهة تحرير أزواد» بالمشاركة في الهجوم «بشكل مشترك» مع الجماعة",
                KONATE,
                "",
                N_OFF,
                "واتهم",
            ),
            E("army_norus", "يكون أي من «الشركاء الروس» قد قتل", "ونفى", KONATE, N_OFF, "ونفى", NEG),
            E(
                "tg_rus",
                "مدربين روسيين اثنين لقيا حتفهما في ليري",
                "قناة على «تلغرام» قريبة من «الفيلق الإفريقي» الروسي",
                "",
                MEDIA,
                "ذكرت",
                ANON,
                alt_types=[A_SRC],
            ),
            E("fla_deny", "مشاركة مقاتلي الجبهة في الهجوم", FLA_SPK, "", N_OFF, "ونفى", NEG),
            E(
                "fla_only",
                "لا يربطها بالجماعة «سوى العداء المشترك للمجلس العسكري»",
                "مضيفا",
                FLA_SPK,
                N_OFF,
                "مضيفا",
            ),
            E(
                "hrw12",
                "جنودا ماليين ومقاتلين أجانب «أعدموا ما لا يقل عن 12 مدنيا» في قرية كوروماري القريبة صباح السبت",
                "منظمة هيومن رايتس ووتش",
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "mayor3",
                "ثلاثة مدنيين قتلوا برصاص طائش داخل البلدة يوم الجمعة",
                "رئيس بلدية ليري، بابا سيسي",
                "",
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E(
                "unhcr3500",
                "نحو 3500 شخص عبروا إلى موريتانيا منذ الجمعة",
                "المفوضية الأممية لشؤون اللاجئين",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "maur1500",
                "عددهم «لا يتجاوز 1500»",
                "مسؤول موريتاني في مقاطعة باسكنو",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "res_blasts",
                "سمعوا انفجارات متتالية داخل المعسكر حتى ظهر الجمعة",
                "سكان تحدثوا إلى فرانس 24",
                "",
                A_SRC,
                "وأفاد",
                ANON,
                via=[F24],
            ),
            E(
                "analyst",
                "تكون الجماعة «تسعى إلى عزل ليري عن طريق نيونو» تمهيدا لحصار طويل",
                "الباحث في شؤون الساحل أمادو ديالو",
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r120_lere_convoy": {
        "outlet": "مونت كارلو الدولية",
        "published": "2027-03-23",
        "entries": [
            E("hd", "قافلة الإمداد وصلت إلى ليري من دون خسائر", "الجيش المالي", FAMA, ORG, ":", HEAD),
            E(
                "fama_convoy",
                "قافلة إمداد عسكرية «وصلت إلى معسكر ليري مساء الأحد من دون أي خسائر»",
                FAMA,
                "",
                ORG,
                "أعلنت",
            ),
            E("fama9", "حصيلة قتلى هجوم الجمعة على المعسكر إلى تسعة جنود", "ورفعت", FAMA, ORG, "ورفعت"),
            E("fama_safe", "البلدة ومحيطها «آمنان بالكامل»", "مؤكدة", FAMA, ORG, "مؤكدة"),
            E(
                "jnim_ambush",
                "مقاتليها نصبوا كمينا للقافلة قرب ديابالي «وقتلوا ١٥ جنديا وأحرقوا ست شاحنات»",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=["مؤسسة «الزلاقة»"],
            ),
            E("jnim_echo", "سيطرت على المعسكر «بالكامل» فجر الجمعة", "الجماعة", JNIM, ORG, "زعمت"),
            E(
                "res_roam",
                "مسلحين من الجماعة «ما زالوا يتجولون في السوق الأسبوعية»",
                "سكان في ليري",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[MCD],
            ),
            E(
                "res_camp",
                "الجنود «لا يغادرون المعسكر إلا نادرا»",
                "سكان في ليري",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[MCD],
            ),
            E("gov_deny", "مقتل أي مدني في كوروماري", GOV_ML, "", N_OFF, "ونفى", NEG),
            E("gov_smear", "«جزء من حملة تضليل تستهدف قواتنا»", "واصفا", GOV_ML, N_OFF, "واصفا"),
            E(
                "army_fla2",
                "جبهة تحرير أزواد بـ«القتال جنبا إلى جنب» مع الجماعة في ليري",
                KONATE20,
                "",
                N_OFF,
                "وجدد",
            ),
            E(
                "army43",
                "عدد «الإرهابيين المحيدين» في الهجوم ارتفع إلى ٤٣",
                "مشيرا",
                KONATE20,
                N_OFF,
                "مشيرا",
            ),
            E(
                "fla_far",
                "مقاتليها «كانوا على بعد مئات الكيلومترات من ليري»",
                "الجبهة",
                "جبهة تحرير أزواد",
                ORG,
                "وردت",
                alt_types=[DOC],
            ),
            E(
                "analyst",
                "التنسيق بين الطرفين «ظرفي وتكتيكي، ولا يرقى إلى تحالف»",
                "الباحث المالي في الشؤون الأمنية بوبكر تراوري",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "ria_rus",
                "مدربا روسيا واحدا أصيب بجروح طفيفة «ولم يقتل أي عسكري روسي»",
                "مصدر دبلوماسي روسي في باماكو",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «ريا نوفوستي»"],
            ),
            E(
                "tg_echo",
                "مقتل مدربين روسيين اثنين",
                "قناة قريبة من «الفيلق الإفريقي»",
                "",
                MEDIA,
                "تحدثت",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "afp_echo",
                "٢٠ جنديا على الأقل قتلوا في الهجوم",
                "مسؤولين عسكريين اثنين",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[AFP],
            ),
            E(
                "tabital",
                "الموقوفين الثمانية في نامبالا «رعاة لا علاقة لهم بأي جماعة مسلحة»",
                TABITAL,
                "",
                ORG,
                "وقالت",
            ),
            E("tabital_ethnic", "الدرك باعتقالهم «على أساس انتمائهم العرقي»", "متهمة", TABITAL, ORG, "متهمة"),
            E("unhcr4200", "ارتفاع عدد الوافدين إلى مخيم امبره إلى ٤٢٠٠", "مفوضية اللاجئين", "", ORG, "وأعلنت"),
            E("gov_maur", "العدد «لا يتجاوز ألفي شخص»", "حاكم مقاطعة باسكنو، سيدي ولد أحمد", "", N_OFF, "قال"),
            E(
                "msf26",
                "فرقها في مستشفى نيونو عالجت ٢٦ جريحا قدموا من ليري، بينهم ثمانية مدنيين",
                "منظمة أطباء بلا حدود",
                "",
                ORG,
                "وأفادت",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- al-Duwaim: the bridge and Um Jar, held by the army vs taken by the RSF / lost / left
        ("r115.spk_hold", "r115.rsf_control"),
        ("r115.spk_hold", "r115.src_umjar"),
        ("r115.spk_hold", "r116.hd"),  # headline copy
        ("r115.spk_hold", "r116.rsf_stay"),
        ("r115.spk_hold", "r116.disp_left"),
        ("r116.gov_bridge", "r115.rsf_control"),
        ("r116.gov_bridge", "r116.hd"),
        ("r116.gov_bridge", "r116.rsf_stay"),
        ("r116.army_umjar", "r116.rsf_stay"),
        # soldiers killed
        ("r115.spk_4", "r115.rsf_dozens"),
        ("r115.spk_4", "r115.reuters7"),
        ("r116.army6", "r115.rsf_dozens"),
        ("r116.army6", "r115.reuters7"),
        # prisoners
        ("r116.army_nopow", "r115.rsf_pow"),
        ("r116.army_nopow", "r116.pow_echo"),  # recalled
        # who struck the market
        ("r115.rsf_deny", "r115.sdn_blame"),
        ("r115.rsf_accuse", "r115.sdn_blame"),
        ("r115.rsf_deny", "r116.army_blame"),
        ("r115.rsf_accuse", "r116.army_blame"),
        ("r116.rsf_blame", "r115.sdn_blame"),
        ("r116.rsf_blame", "r116.army_blame"),
        # the market toll: ministry vs hospital bodies
        ("r115.moh23", "r115.hosp31"),
        ("r115.moh23", "r116.hosp_echo"),  # retold
        ("r116.moh27", "r115.hosp31"),
        ("r116.moh27", "r116.hosp_echo"),
        # SPLM-N: full military alliance vs no part in the fighting / political only
        ("r115.spk_alliance", "r116.splm_deny"),
        ("r115.spk_alliance", "r116.splm_pol"),
        # --- Gharyan: the air base, full control vs still inside / positions handed over
        ("r117.mod_control", "r117.cmd_deny"),
        ("r117.mod_control", "r117.cmd_inside"),
        ("r117.hd", "r117.cmd_deny"),  # headline copy
        ("r117.hd", "r117.cmd_inside"),
        ("r117.mod_control", "r118.cmd_accept"),
        ("r117.hd", "r118.cmd_accept"),
        # the agreement signed by both sides vs the ministry's denial
        ("r118.elders_agree", "r118.mod_nosign"),
        ("r118.hd", "r118.mod_nosign"),
        # the truce between the two sides vs the ministry being no party to any truce
        ("r117.elders_truce", "r117.mod_src_notruce"),
        # the brigade's dead
        ("r117.spk_toll", "r117.cmd_9"),
        ("r118.mod5", "r117.cmd_9"),
        # total dead on the same day
        ("r118.moh9", "r118.hosp11"),
        # the detainees: 20 members incl. four Chadians vs one Chadian / none / only six members
        ("r117.spk_arrest", "r117.sec_chad"),
        ("r118.arrest_echo", "r117.sec_chad"),
        ("r117.spk_arrest", "r118.sec_echo"),
        ("r118.arrest_echo", "r118.sec_echo"),
        ("r117.spk_arrest", "r118.cmd_six"),
        ("r118.arrest_echo", "r118.cmd_six"),
        ("r117.spk_arrest", "r118.cmd_nochad"),
        ("r118.arrest_echo", "r118.cmd_nochad"),
        ("r117.sec_chad", "r118.cmd_nochad"),
        ("r118.sec_echo", "r118.cmd_nochad"),
        # alliance with the General Command vs mere tribal contacts / denial / mere common interests
        ("r117.spk_lna", "r117.cmd_tribal"),
        ("r117.spk_lna", "r118.lna_deny"),
        ("r117.spk_lna", "r118.analyst"),
        # the drone
        ("r117.spk_nodrone", "r117.cmd_drone"),
        # --- Léré: the camp seized vs attack repelled, no soldier left his post
        ("r119.jnim_seize", "r119.fama_repel"),
        ("r119.hd", "r119.fama_repel"),  # headline copy
        ("r120.jnim_echo", "r119.fama_repel"),  # recalled
        ("r119.jnim_seize", "r119.fama_stay"),
        ("r119.hd", "r119.fama_stay"),
        ("r120.jnim_echo", "r119.fama_stay"),
        ("r119.local_withdrew", "r119.fama_stay"),
        # the town completely safe vs gunmen still in the market
        ("r120.fama_safe", "r120.res_roam"),
        # soldiers killed
        ("r119.jnim40", "r119.fama_toll"),
        ("r119.afp20", "r119.fama_toll"),
        ("r119.jnim40", "r120.fama9"),
        ("r119.afp20", "r120.fama9"),
        ("r120.afp_echo", "r119.fama_toll"),
        ("r120.afp_echo", "r120.fama9"),
        # Russians killed vs none
        ("r119.jnim40", "r119.army_norus"),
        ("r119.tg_rus", "r119.army_norus"),
        ("r120.tg_echo", "r119.army_norus"),
        ("r119.tg_rus", "r120.ria_rus"),
        ("r120.tg_echo", "r120.ria_rus"),
        ("r119.jnim40", "r120.ria_rus"),
        # the convoy
        ("r120.hd", "r120.jnim_ambush"),
        ("r120.fama_convoy", "r120.jnim_ambush"),
        # the FLA: a joint attack vs no part / nothing but a shared enemy / far away
        ("r119.army_fla", "r119.fla_deny"),
        ("r119.army_fla", "r119.fla_only"),
        ("r119.army_fla", "r120.fla_far"),
        ("r120.army_fla2", "r119.fla_deny"),
        ("r120.army_fla2", "r119.fla_only"),
        ("r120.army_fla2", "r120.fla_far"),
        ("r120.analyst", "r119.fla_only"),
        # civilians executed in Kourouma vs no civilian killed
        ("r119.hrw12", "r120.gov_deny"),
        ("r119.hrw12", "r120.gov_smear"),
        # arrivals in Mauritania
        ("r119.unhcr3500", "r119.maur1500"),
        ("r120.unhcr4200", "r120.gov_maur"),
        ("r119.unhcr3500", "r120.gov_maur"),
        # the Nampala detainees: collaborators vs herders with no link
        ("r119.maliweb", "r120.tabital"),
    ],
    "agreements": [
        ("r115.src_umjar", "r115.rsf_control"),
        ("r115.src_umjar", "r116.disp_left"),
        ("r116.gov_bridge", "r115.spk_hold"),
        ("r115.sdn_blame", "r116.army_blame"),
        ("r118.elders_agree", "r118.cmd_accept"),
        ("r117.cmd_drone", "r118.rc_bodies"),
        ("r117.cmd_drone", "r117.wit_drone"),
        ("r118.lna_deny", "r117.cmd_tribal"),
        ("r118.lna_deny", "r118.analyst"),
        ("r119.army_norus", "r120.ria_rus"),
        ("r119.tg_rus", "r119.jnim40"),
    ],
    "echoes": [
        ("r115.hosp31", "r116.hosp_echo"),
        ("r115.rsf_pow", "r116.pow_echo"),
        ("r115.army_repel", "r116.army_repel_echo"),
        ("r117.spk_arrest", "r118.arrest_echo"),
        ("r117.sec_chad", "r118.sec_echo"),
        ("r119.jnim_seize", "r120.jnim_echo"),
        ("r119.afp20", "r120.afp_echo"),
        ("r119.tg_rus", "r120.tg_echo"),
    ],
    "not_contradictions": [
        ("r115.spk_4", "r116.army6"),  # rising, same source
        ("r115.moh23", "r116.moh27"),  # rising, same source
        ("r115.reuters7", "r115.rsf_dozens"),  # "at least seven" vs dozens
        ("r115.ocha8k", "r116.ocha12k"),
        ("r115.ocha8k", "r115.iom"),  # since Thursday vs since the war began
        ("r116.ocha12k", "r115.iom"),
        ("r115.sdn_children", "r116.unicef7"),  # nine vs at least seven
        ("r115.rsf_control", "r116.army_umjar"),  # Thursday vs Saturday
        ("r116.army_repel_echo", "r116.rsf_stay"),  # away from the town vs across the river
        ("r117.spk_toll", "r118.mod5"),
        ("r117.hosp7", "r118.hosp11"),
        ("r117.mayor_school", "r118.mayor_resume"),
        ("r117.unsmil2", "r117.cmd_drone"),  # at least two vs three
        ("r117.unsmil2", "r118.rc_bodies"),
        ("r117.elders_truce", "r118.hd"),  # a truce on Saturday morning, an agreement on Saturday night
        ("r117.sec_chad", "r118.cmd_six"),
        ("r118.sec_echo", "r118.cmd_six"),
        ("r117.rc45", "r118.muni_300"),
        ("r119.fama_toll", "r120.fama9"),
        ("r119.fama_toll", "r120.army43"),
        ("r119.jnim40", "r119.afp20"),  # more than 40 vs at least 20
        ("r119.jnim40", "r120.afp_echo"),
        ("r119.unhcr3500", "r120.unhcr4200"),
        ("r119.maur1500", "r120.gov_maur"),
        ("r119.mayor3", "r120.gov_deny"),  # the town vs Kourouma
        ("r120.msf26", "r120.gov_deny"),  # wounded vs killed
        ("r119.jnim_seize", "r120.fama_convoy"),  # Friday vs Sunday
        ("r119.hrw12", "r119.mayor3"),
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
