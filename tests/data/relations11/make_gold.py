"""Writes gold.json for the eleventh relations set (r61..r66) from the annotations below (`python3 tests/data/relations11/make_gold.py`).

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
    ORG,
    E,
    relations_gold,
    write,
)

# r61/r62: Abyan, the al-Qaeda attack in Wadi Omran
ADEN = "«عدن الغد»"
AIN = "«العين الإخبارية»"
MALAHEM = "مؤسسة «الملاحم»"
SRC_MIL = "مصدر عسكري طلب عدم الكشف عن هويته"
HAWSHABI = "المتحدث باسم القوات المسلحة الجنوبية، المقدم صالح الحوشبي"
AQAP = "تنظيم «القاعدة في جزيرة العرب»"
GOV = "محافظ أبين، ناصر الجعدني"
BAHMISH = "الباحث في شؤون الجماعات المسلحة عبدالله باحميش"
BELT = "قوات الحزام الأمني في أبين"
SAADI = "قائد اللواء الثالث دعم وإسناد، العميد عبدالرب السعدي"
MUAYAD = "عضو المكتب السياسي لمليشيات الحوثي، يحيى المؤيد"
YMOD = "مصدر في وزارة الدفاع اليمنية"
SABA = "وكالة الأنباء اليمنية «سبأ»"
BASALLOUM = "الخبير العسكري اليمني العقيد المتقاعد خالد باسلوم"
# r63/r64: Kadugli, the attack on the city and the Kweik garrison
BASHIR = "المتحدث باسم الجيش، العميد الطاهر بشير"
RSF = "قوات الدعم السريع"
IDRIS = "المتحدث الرسمي باسم الحركة الشعبية-شمال، عمار كوكو إدريس"
JAZ = "الجزيرة نت"
SDN = "شبكة أطباء السودان"
LAWYERS = "مجموعة «محامو الطوارئ»"
DUBOIS = "منسقة الشؤون الإنسانية الأممية في السودان، كلير دوبوا"
NOUR = "المستشار السياسي لقائد الدعم السريع، معتصم أبكر النور"
RAHIM = "قائد الفرقة 14 مشاة، اللواء حامد عبد الرحيم"
INDY = "«اندبندنت عربية»"
SPLM = "الحركة الشعبية-شمال"
CMDR = "قياديا ميدانيا في الحركة، طلب عدم ذكر اسمه"
MI_SRC = "مصدر في الاستخبارات العسكرية"
# r65/r66: Aleppo, Sheikh Maqsoud and Ashrafieh
MOI = "وزارة الداخلية السورية"
HOMSI = "المتحدث باسم الوزارة، ماهر الحمصي"
AA = "الأناضول"
ASAYISH = "قوات «الأسايش» التابعة للتنظيم"
KRC = "الهلال الأحمر الكردي"
SOHR = "المرصد السوري لحقوق الإنسان"
HEALTH = "مديرية صحة حلب"
OTHMAN65 = "المتحدث باسم المركز الإعلامي للتنظيم، روجهات عثمان"
OTHMAN66 = "المتحدث باسم المركز الإعلامي لـ«قسد»، روجهات عثمان"
MOD_SRC = "مصدر في وزارة الدفاع"
SHEIKHO = "الرئيس المشترك للمجلس العام لحيي الشيخ مقصود والأشرفية، نوري شيخو"
ASY_CMDR = "قيادي في قوات «الأسايش»، فضل عدم الكشف عن اسمه"
KHALIL = "الرئيسة المشتركة للمجلس العام للحيين، نسرين خليل"
EREM = "«إرم نيوز»"
ALI = "الباحث السوري سامر العلي"

ARTICLES: dict[str, dict[str, Any]] = {
    "r61_abyan_omran": {
        "outlet": "عدن الغد",
        "published": "2026-03-08",
        "entries": [
            E("hd", "الحوثيون والقاعدة وجهان لعملة واحدة", "محافظ أبين", GOV, N_OFF, ":", HEAD),
            E("src6", "ستة جنود قتلوا وأصيب 11 آخرون", SRC_MIL, "", A_OFF, "وقال", ANON, via=[ADEN]),
            E(
                "src_gate",
                "السيارة المفخخة انفجرت عند البوابة الرئيسية لمعسكر اللواء الثالث دعم وإسناد",
                "موضحا",
                SRC_MIL,
                A_OFF,
                "موضحا",
                ANON,
                via=[ADEN],
            ),
            E("sp_held", "القوات «صدت الهجوم ولم تفقد أي موقع من مواقعها»", HAWSHABI, "", N_OFF, "أكد"),
            E("sp3", "مقتل ثلاثة جنود و«أكثر من ثمانية» من عناصر التنظيم", "مشيرا", HAWSHABI, N_OFF, "مشيرا"),
            E(
                "aq_seized",
                "مقاتليه سيطروا على «تبة القرن» المطلة على الوادي",
                AQAP,
                "",
                ORG,
                "وزعم",
                via=[MALAHEM],
            ),
            E("aq20", "قتلوا «أكثر من 20 مرتدا»", AQAP, "", ORG, "وزعم", via=[MALAHEM]),
            E(
                "loc_withdraw",
                "المسلحين انسحبوا قبل ظهر الأحد باتجاه جبال المحفد بعد اشتباكات استمرت نحو خمس ساعات",
                "مصادر محلية في مودية",
                "",
                A_SRC,
                "وأفادت",
                ANON,
            ),
            E(
                "wit_drones",
                "طائرتين مسيرتين على الأقل حلقتا فوق الوادي طوال المواجهات",
                "شهود عيان",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E(
                "med5",
                "المستشفى استقبل جثث خمسة جنود وتسعة جرحى",
                "مصدر طبي في مستشفى الرازي بمدينة جعار",
                "",
                A_OFF,
                "وذكر",
                ANON,
            ),
            E(
                "gov_alliance",
                "جماعة الحوثي بـ«التحالف مع القاعدة وتزويدها بالطائرات المسيرة»",
                GOV,
                "",
                N_OFF,
                "اتهم",
            ),
            E("gov_coin", "الجماعتين وجهان لعملة واحدة", "وقال", GOV, N_OFF, "وقال", via=[ADEN]),
            E("an_tak", "ما بين الطرفين «تخادم مصالح لا يرقى إلى التحالف»", BAHMISH, "", N_PER, "يرى"),
            E(
                "an_black",
                "يكون التنظيم قد حصل على المسيرات «من السوق السوداء»",
                "مرجحا",
                BAHMISH,
                N_PER,
                "مرجحا",
            ),
            E("belt_cell", "القبض على خلية من أربعة عناصر", BELT, "", ORG, "وأعلنت"),
            E("belt_prep", "جهزت السيارة المفخخة في منزل بأطراف مدينة لودر", "قالت", BELT, ORG, "قالت"),
            E(
                "sec_alert",
                "رفع حالة التأهب القصوى في مداخل مدينة زنجبار",
                "مدير أمن المحافظة، العميد علي باعوضة",
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "ocha120",
                "نزحت نحو 120 أسرة من قرى الوادي خلال الأسبوع الماضي",
                "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)",
                "",
                ORG,
                "وبحسب",
                alt_types=[DOC],
            ),
        ],
    },
    "r62_abyan_qarn": {
        "outlet": "العين الإخبارية",
        "published": "2026-03-09",
        "entries": [
            E("hd", "استعدنا «تبة القرن» في أبين من القاعدة", "قائد ميداني", SAADI, N_OFF, ":", HEAD, alt_types=[A_OFF]),
            E(
                "stc_sweep",
                "استكمال تمشيط وادي عومران بمديرية مودية في محافظة أبين",
                "القوات المسلحة الجنوبية",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "stc_cache",
                "وحداتها ضبطت مخزنا للعبوات الناسفة في أحد شعاب الوادي",
                "مشيرة",
                "القوات المسلحة الجنوبية",
                ORG,
                "مشيرة",
            ),
            E(
                "cmd_regain",
                "قواته «استعادت تبة القرن بعد ساعات من تسلل عناصر التنظيم إليها»",
                SAADI,
                "",
                N_OFF,
                "وقال",
                via=[AIN],
            ),
            E("cmd_clear", "الوادي «بات خاليا تماما من الإرهابيين»", "مؤكدا", SAADI, N_OFF, "مؤكدا", via=[AIN]),
            E("sp7", "حصيلة قتلى الهجوم في صفوف القوات إلى سبعة جنود", HAWSHABI, "", N_OFF, "ورفع"),
            E(
                "aq_still",
                "عناصره «ما زالوا مرابطين في تبة القرن»",
                "تنظيم القاعدة",
                "",
                ORG,
                "ليؤكد",
                via=[MALAHEM],
            ),
            E("aq_arms", "لأسلحة استولى عليها من الموقع", "قال", "تنظيم القاعدة", ORG, "قال", via=[MALAHEM]),
            E(
                "aq20_echo",
                "قتل «أكثر من ٢٠ مرتدا»",
                "بيانه الأول",
                "تنظيم القاعدة",
                ORG,
                "زعم",
                alt_types=[DOC],
                via=[MALAHEM],
            ),
            E("houthi_deny", "أي صلة لجماعته بالتنظيم", MUAYAD, "", N_OFF, "ونفى", NEG),
            E(
                "houthi_pretext",
                "اتهامات محافظ أبين «مجرد ذريعة لتبرير الفشل الأمني في المحافظات الجنوبية»",
                "معتبرا",
                MUAYAD,
                N_OFF,
                "معتبرا",
            ),
            E(
                "gov_echo",
                "الجماعتين وجهان لعملة واحدة",
                "المحافظ ناصر الجعدني",
                "",
                N_OFF,
                "قال",
                via=["صحيفة «عدن الغد»"],
            ),
            E(
                "mod_bayda",
                "منفذي الهجوم «قدموا من مديرية الصومعة في محافظة البيضاء»",
                YMOD,
                "",
                A_OFF,
                "قوله",
                ANON,
                via=[SABA],
            ),
            E(
                "mod_wanted",
                "١٣ منهم على الأقل يحملون أسماء مدرجة في قوائم المطلوبين",
                "لافتا",
                YMOD,
                A_OFF,
                "لافتا",
                ANON,
                via=[SABA],
            ),
            E(
                "an_coord",
                "التنسيق بين الحوثيين والقاعدة «قائم ميدانيا في البيضاء وأبين»",
                BASALLOUM,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_notall", "لا يصل إلى حد التحالف", BASALLOUM, "", N_PER, "ويرى"),
            E(
                "sec7",
                "عدد الموقوفين على ذمة التفجير ارتفع إلى ٧، بينهم شقيق منفذ العملية",
                "مصدر أمني",
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E(
                "sheikh",
                "الأربعة الذين أوقفتهم قوات الحزام الأمني أولا مجرد رعاة أغنام من قريتنا، ولا علاقة لهم بالقاعدة",
                "الشيخ القبلي أحمد العوذلي",
                "",
                N_PER,
                "قال",
                DIRECT,
            ),
            E(
                "loc_road",
                "حركة السير عادت جزئيا على طريق مودية – لودر",
                "مصادر محلية",
                "",
                A_SRC,
                "وقالت",
                ANON,
                via=[AIN],
            ),
            E("iom340", "نزوح ٣٤٠ شخصا من قرى الوادي منذ الأحد", "المنظمة الدولية للهجرة", "", ORG, "أحصت"),
        ],
    },
    "r63_kadugli_kweik": {
        "outlet": "الجزيرة نت",
        "published": "2026-04-13",
        "entries": [
            E("hd", "حامية الكويك شرقي كادقلي ما زالت تحت سيطرتنا", "الجيش السوداني", "", ORG, ":", HEAD),
            E("army_repel", "صد هجوما واسعا على مدينة كادقلي", "الجيش السوداني", "", ORG, "قال"),
            E(
                "army150",
                "القوات «كبدت المهاجمين أكثر من 150 قتيلا ودمرت 22 عربة قتالية»",
                BASHIR,
                "",
                N_OFF,
                "وأوضح",
            ),
            E("army_kweik", "الحامية «ما زالت في قبضة الجيش»", "مؤكدا", BASHIR, N_OFF, "مؤكدا"),
            E(
                "army_side",
                "مقاتلي الحلو «قاتلوا جنبا إلى جنب» مع قوات الدعم السريع",
                "مؤكدا",
                BASHIR,
                N_OFF,
                "مؤكدا",
            ),
            E("rsf_kweik", "حررت حامية الكويك بالكامل", RSF, "", ORG, "أعلنت", via=["«تلغرام»"]),
            E("rsf_dozens", "قتلت عشرات من عناصر الجيش", RSF, "", ORG, "أعلنت", via=["«تلغرام»"]),
            E("rsf_video", "من داخل الحامية", "قالت", RSF, ORG, "قالت"),
            E("splm_deny", "مشاركة قوات الحركة في الهجوم", IDRIS, "", N_OFF, "ونفى", NEG),
            E(
                "splm_coord",
                "علاقتها بالدعم السريع «لا تتعدى التنسيق السياسي، ولا تشمل أي عمل عسكري مشترك»",
                "وقال",
                IDRIS,
                N_OFF,
                "وقال",
                via=[JAZ],
            ),
            E("wit_blast", "دوي الانفجارات تواصل حتى ظهر الاثنين", "شهود عيان", "", A_SRC, "وقال", ANON, via=[JAZ]),
            E(
                "wit_fled",
                "مئات الأسر فرت من الأحياء الشرقية نحو أطراف المدينة الغربية",
                "شهود عيان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[JAZ],
            ),
            E(
                "src_kauda",
                "المهاجمين استخدموا مسيرات انتحارية «أطلقت من مناطق سيطرة الحركة الشعبية قرب كاودا»",
                "مصدر عسكري في الفرقة 14 مشاة",
                "",
                A_OFF,
                "وكشف",
                ANON,
                via=[JAZ],
            ),
            E("moh14", "مقتل 14 مدنيا وإصابة 37", "وزارة الصحة بولاية جنوب كردفان", "", ORG, "وأعلنت"),
            E("sdn23", "القتلى المدنيين بلغوا 23 بينهم ستة أطفال", SDN, "", ORG, "قالت"),
            E("sdn_blame", "الدعم السريع مسؤولية القصف", "محملة", SDN, ORG, "محملة"),
            E(
                "mi_arrest",
                "توقيف 12 شخصا بتهمة التعاون مع «المليشيا» وإرشاد المسيرات إلى أهدافها",
                "الاستخبارات العسكرية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "lawyers_civ",
                "الموقوفين بأنهم «تجار ومواطنون عزل اعتقلوا على أساس عرقي»",
                LAWYERS,
                "",
                ORG,
                "وصفت",
            ),
            E(
                "un_noconvoy",
                "المدينة «لم تتلق أي قافلة غذائية منذ يناير/كانون الثاني»",
                DUBOIS,
                "",
                N_OFF,
                "وقالت",
            ),
            E(
                "un_famine",
                "أكثر من 100 ألف من سكانها «قد يواجهون المجاعة خلال أسابيع»",
                "محذرة",
                DUBOIS,
                N_OFF,
                "محذرة",
            ),
            E(
                "an_siege",
                "يكون الهجوم «محاولة لإحكام الحصار على كادقلي قبل موسم الأمطار»",
                "الخبير العسكري اللواء المتقاعد عثمان ود الطيب",
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r64_kadugli_detainees": {
        "outlet": "اندبندنت عربية",
        "published": "2026-04-14",
        "entries": [
            E("hd", "19 موقوفا في كادقلي بينهم امرأتان", "«محامو الطوارئ»", LAWYERS, ORG, ":", HEAD),
            E(
                "rsf_hold",
                "قواته «تحكم سيطرتها على الكويك وتطوق كادقلي من ثلاث جهات»",
                NOUR,
                "",
                N_OFF,
                "وقال",
            ),
            E("rsf7", "خسائرها «لا تتعدى سبعة قتلى»", "مؤكدا", NOUR, N_OFF, "مؤكدا"),
            E("rsf_deny", "تكون قد استهدفت السوق أو الأحياء السكنية", "ونافيا", NOUR, N_OFF, "نافيا", NEG),
            E("div_kweik", "الكويك لم تسقط في أي لحظة", RAHIM, "", N_OFF, "أكد", via=[INDY]),
            E(
                "div_video",
                "المقاطع التي بثها الدعم السريع صورت «في موقع آخر قبل أشهر»",
                "موضحا",
                RAHIM,
                N_OFF,
                "موضحا",
                via=[INDY],
            ),
            E("army150_echo", "كبد المهاجمين «أكثر من 150 قتيلا»", "الجيش", "الجيش السوداني", ORG, "أعلن"),
            E(
                "splm_bullet",
                "قواتها «لم تطلق رصاصة واحدة» في معارك كادقلي",
                SPLM,
                "",
                ORG,
                "تأكيدها",
                alt_types=[DOC],
            ),
            E(
                "splm_coord_echo",
                "علاقتها بالدعم السريع «لا تتعدى التنسيق السياسي»",
                SPLM,
                "",
                ORG,
                "تأكيدها",
                alt_types=[DOC],
            ),
            E(
                "cmdr_part",
                "كتيبتين من قواتها «شاركتا في الهجوم على المحور الشرقي بالتنسيق مع الدعم السريع»",
                CMDR,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[INDY],
            ),
            E(
                "cmdr_alliance",
                "التحالف معه «خيار عسكري لا رجعة فيه»",
                "معتبرا",
                CMDR,
                A_OFF,
                "معتبرا",
                ANON,
                via=[INDY],
            ),
            E(
                "an_alliance",
                "العلاقة بين الحركة والدعم السريع «تحالف عسكري مكتمل الأركان، وليست مجرد تنسيق»",
                "الباحث في شؤون جنوب كردفان إسماعيل تية",
                "",
                N_PER,
                "ويرى",
            ),
            E("sdn31", "ارتفع عدد القتلى المدنيين إلى 31", SDN, "", ORG, "ووفق"),
            E("moh17", "العدد «لا يتجاوز 17 قتيلا»", "وزارة الصحة الولائية", "", ORG, "قالت"),
            E(
                "loc_drone",
                "طائرة مسيرة استهدفت فجر الثلاثاء محيط مطار كادقلي، من دون أن تسفر الضربة عن إصابات",
                "مصادر محلية",
                "",
                A_SRC,
                "وذكرت",
                ANON,
                via=[INDY],
            ),
            E(
                "ocha_deal",
                "«التوصل إلى تفاهم مع طرفي النزاع» لإدخال قافلة من 40 شاحنة إلى المدينة",
                "المكتب الأممي لتنسيق الشؤون الإنسانية (أوتشا)",
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "gov_nodeal",
                "لم يتم التوصل إلى أي اتفاق بشأن القافلة",
                "مصدرا في حكومة الولاية",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("lawyers19", "عدد الموقوفين في كادقلي ارتفع إلى 19 بينهم امرأتان", LAWYERS, "", ORG, "قالت"),
            E("mi_deny", "تكون الاعتقالات قد جرت على أساس عرقي", MI_SRC, "", A_OFF, "نفى", ANON, NEG),
            E("mi_confess", "الموقوفين «اعترفوا بإرشاد المسيرات»", "مؤكدا", MI_SRC, A_OFF, "مؤكدا", ANON),
        ],
    },
    "r65_aleppo_ceasefire": {
        "outlet": "الأناضول",
        "published": "2026-05-19",
        "entries": [
            E("hd", "اتفاق لوقف إطلاق النار في الشيخ مقصود بحلب", "الداخلية السورية", MOI, ORG, ":", HEAD),
            E(
                "moi_deal",
                "التوصل إلى اتفاق لوقف إطلاق النار في حيي الشيخ مقصود والأشرفية بمدينة حلب",
                MOI,
                "",
                ORG,
                "أعلنت",
            ),
            E("moi_calm", "الهدوء «عاد إلى الحيين منذ منتصف الليل»", HOMSI, "", N_OFF, "وقال", via=[AA]),
            E(
                "moi_control",
                "قوات الأمن العام «تسيطر بشكل كامل على دوار الشيحان وطريق الكاستيلو»",
                "مضيفا",
                HOMSI,
                N_OFF,
                "مضيفا",
                via=[AA],
            ),
            E("asy_deny", "التوصل إلى أي اتفاق", ASAYISH, "", ORG, "نفت", NEG),
            E("asy_stalled", "المفاوضات ما زالت متعثرة", "مؤكدة", ASAYISH, ORG, "مؤكدة"),
            E("asy_hold", "عناصرها «يحتفظون بحاجز دوار الشيحان»", "مؤكدة", ASAYISH, ORG, "مؤكدة"),
            E(
                "res_clash",
                "اشتباكات متقطعة استمرت قرب الدوار حتى ساعات الفجر",
                "سكانا في حي الأشرفية",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[AA],
            ),
            E(
                "res_empty",
                "الشوارع بقيت شبه خالية صباح الثلاثاء",
                "سكانا في حي الأشرفية",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[AA],
            ),
            E(
                "sana_road",
                "طريق الكاستيلو «سيعاد فتحه أمام حركة المدنيين خلال ساعات»",
                "محافظة حلب",
                "",
                ORG,
                "نقلا عن",
                via=["وكالة الأنباء السورية الرسمية «سانا»"],
            ),
            E("health3", "مقتل 3 أشخاص وإصابة 19 آخرين", HEALTH, "", ORG, "وأفادت"),
            E("krc7", "7 مدنيين قتلوا بينهم طفلان", KRC, "", ORG, "قال"),
            E("sohr9", "9 قتلى، بينهم 5 من عناصر الأمن العام", SOHR, "", ORG, "فأحصى"),
            E("sdf_shell", "«فصائل تابعة لوزارة الدفاع» بقصف الحي بقذائف الهاون", OTHMAN65, "", N_OFF, "واتهم"),
            E(
                "mod_deny",
                "تكون وحدات الجيش قد شاركت في الاشتباكات أو قصفت الحي",
                MOD_SRC,
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
                via=[AA],
            ),
            E("moi_arrest", "القبض على 6 أشخاص", "الداخلية", MOI, ORG, "وأعلنت"),
            E(
                "moi_cell",
                "أعضاء في «خلية تابعة لقسد» زرعت عبوة ناسفة على طريق الكاستيلو",
                "قالت",
                MOI,
                ORG,
                "قالت",
            ),
            E(
                "moi_notimpl",
                "التنظيم «لم ينفذ أيا من بنود» اتفاق 10 مارس/آذار 2025 الخاص بدمج مؤسساته في الدولة",
                "الحمصي",
                HOMSI,
                N_OFF,
                "وأشار",
            ),
            E("council_impl", "الاتفاق «ينفذ على مراحل»", SHEIKHO, "", N_OFF, "أكد"),
            E(
                "tr_pkk",
                "كوادر من «بي كي كي» قدموا من جبال قنديل «يقودون المسلحين» في الحي",
                "مصدر أمني تركي",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[AA],
            ),
            E(
                "an_op",
                "تعثر التهدئة «قد يفتح الباب أمام عملية أمنية أوسع» في الحيين",
                "الباحث التركي في الشأن السوري مراد أوزتورك",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r66_aleppo_checkpoints": {
        "outlet": "إرم نيوز",
        "published": "2026-05-20",
        "entries": [
            E("hd", "اتفاق العاشر من آذار لم يتجاوز الورق", "باحث سوري", ALI, N_PER, ":", HEAD),
            E(
                "res_quiet",
                "الليلة الماضية كانت الأهدأ منذ بدء المواجهات، إذ لم تسمع فيها سوى «طلقات قليلة فقط» قرب الدوار",
                "سكان في الشيخ مقصود",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("asy_noagree", "لا يوجد أي اتفاق مكتوب أو شفهي مع دمشق", ASY_CMDR, "", A_OFF, "وقال", ANON, via=[EREM]),
            E(
                "asy_hold",
                "مقاتليه «ما زالوا على حواجزهم كافة، بما فيها حاجز دوار الشيحان»",
                "مؤكدا",
                ASY_CMDR,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[EREM],
            ),
            E(
                "cochair_deal",
                "توصلنا مع دمشق إلى تفاهم شفهي على وقف النار برعاية محافظ حلب",
                KHALIL,
                "",
                N_OFF,
                "قالت",
                DIRECT,
                via=["وكالة «هاوار»"],
            ),
            E(
                "moi_control_echo",
                "قوات الأمن العام «تسيطر بشكل كامل على دوار الشيحان وطريق الكاستيلو»",
                "ماهر الحمصي",
                "",
                N_OFF,
                "أكد",
                via=[MOI],
            ),
            E("health5", "حصيلة الضحايا إلى ٥ قتلى و٢٤ جريحا", HEALTH, "", ORG, "رفعت"),
            E("sohr11", "١١ قتيلا بينهم ستة مدنيين", SOHR, "", ORG, "أحصى"),
            E("krc7b", "عدد القتلى المدنيين «لا يقل عن ٧»", KRC, "", ORG, "وقال"),
            E("mod_deny2", "مشاركة أي من وحدات الجيش في القتال", MOD_SRC, "", A_OFF, "نفي", ANON, NEG),
            E(
                "wit_mortar",
                "عناصر من «فرقة الحمزات» المنضوية في الوزارة «يطلقون قذائف هاون من محيط دوار الشيحان»",
                "شهود عيان",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[EREM],
            ),
            E(
                "sarc40",
                "فرقها أجلت نحو ٤٠ عائلة من الأبنية المتاخمة لخطوط التماس",
                "منظمة الهلال الأحمر العربي السوري",
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "sdf_workers",
                "الشبان الستة الموقوفين منذ الثلاثاء «عمال مياومة من أهالي الحي لا صلة لهم بأي تنظيم»",
                "مصدر مقرب من «قسد»",
                "",
                A_SRC,
                "وقال",
                ANON,
                alt_types=[A_OFF],
            ),
            E("sdf_nopkk", "وجود «أي كوادر من بي كي كي» في الحيين", OTHMAN66, "", N_OFF, "ونفى", NEG),
            E(
                "sdf_pretext",
                "الاتهامات التركية بأنها «مجرد ذريعة لتبرير التصعيد»",
                "واصفا",
                OTHMAN66,
                N_OFF,
                "واصفا",
            ),
            E("an_paper", "اتفاق العاشر من آذار «لم يتجاوز الورق حتى الآن»", ALI, "", N_PER, "ويرى"),
            E("an_renew", "تتجدد الاشتباكات «ما لم تحسم مسألة الحواجز»", "مرجحا", ALI, N_PER, "مرجحا"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Abyan: soldiers killed in the attack (different sources, same dead)
        ("r61.src6", "r61.sp3"),  # 6 (military source) vs 3 (spokesman), same day
        ("r61.aq20", "r61.src6"),  # "more than 20" vs 6
        ("r61.aq20", "r61.sp3"),
        ("r61.aq20", "r62.sp7"),
        ("r62.aq20_echo", "r61.src6"),  # the republished claim
        ("r62.aq20_echo", "r61.sp3"),
        ("r62.aq20_echo", "r62.sp7"),
        ("r61.med5", "r61.sp3"),  # five soldiers' bodies at one hospital vs three dead, same day
        # Tabbat al-Qarn: no position lost vs seized / regained; still held vs regained and cleared
        ("r61.sp_held", "r61.aq_seized"),
        ("r61.sp_held", "r62.cmd_regain"),
        ("r61.sp_held", "r62.hd"),  # headline copy of the regain
        ("r62.aq_still", "r62.cmd_regain"),
        ("r62.aq_still", "r62.hd"),
        ("r62.aq_still", "r62.cmd_clear"),
        ("r62.aq_still", "r61.loc_withdraw"),  # withdrew on Sunday vs still stationed on the hill
        # Houthis and al-Qaeda: alliance / one coin vs no link; coordination vs no link; alliance vs not alliance
        ("r61.gov_alliance", "r62.houthi_deny"),
        ("r61.gov_coin", "r62.houthi_deny"),
        ("r61.hd", "r62.houthi_deny"),
        ("r62.gov_echo", "r62.houthi_deny"),
        ("r62.an_coord", "r62.houthi_deny"),
        ("r61.gov_alliance", "r61.an_tak"),
        ("r61.gov_alliance", "r62.an_notall"),
        # the Lawdar detainees: a cell that prepared the car bomb vs mere shepherds
        ("r61.belt_cell", "r62.sheikh"),
        ("r61.belt_prep", "r62.sheikh"),
        # --- Kadugli: the Kweik garrison
        ("r63.hd", "r63.rsf_kweik"),
        ("r63.army_kweik", "r63.rsf_kweik"),
        ("r63.rsf_kweik", "r64.div_kweik"),
        ("r63.hd", "r64.rsf_hold"),
        ("r63.army_kweik", "r64.rsf_hold"),
        ("r64.rsf_hold", "r64.div_kweik"),
        ("r63.rsf_video", "r64.div_video"),  # filmed inside the garrison vs elsewhere months ago
        # SPLM-N took part vs did not
        ("r63.army_side", "r63.splm_deny"),
        ("r63.army_side", "r64.splm_bullet"),
        ("r64.cmdr_part", "r63.splm_deny"),
        ("r64.cmdr_part", "r64.splm_bullet"),
        # SPLM-N and the RSF: no more than political coordination vs fighting together / military alliance
        ("r63.splm_coord", "r63.army_side"),
        ("r63.splm_coord", "r64.cmdr_part"),
        ("r63.splm_coord", "r64.cmdr_alliance"),
        ("r63.splm_coord", "r64.an_alliance"),
        ("r64.splm_coord_echo", "r63.army_side"),
        ("r64.splm_coord_echo", "r64.cmdr_part"),
        ("r64.splm_coord_echo", "r64.cmdr_alliance"),
        ("r64.splm_coord_echo", "r64.an_alliance"),
        # civilian dead
        ("r63.moh14", "r63.sdn23"),
        ("r64.sdn31", "r64.moh17"),
        ("r63.sdn23", "r64.moh17"),  # 23 on Monday vs "no more than 17" on Tuesday
        # who shelled the market
        ("r63.sdn_blame", "r64.rsf_deny"),
        # the detainees: collaborators vs civilians held on ethnic grounds
        ("r63.mi_arrest", "r63.lawyers_civ"),
        ("r64.mi_deny", "r63.lawyers_civ"),
        ("r64.mi_confess", "r63.lawyers_civ"),
        # the convoy: understanding reached vs no agreement
        ("r64.ocha_deal", "r64.gov_nodeal"),
        # RSF losses: more than 150 attackers killed vs no more than seven
        ("r63.army150", "r64.rsf7"),
        ("r64.army150_echo", "r64.rsf7"),
        # --- Aleppo: ceasefire agreement reached vs none
        ("r65.moi_deal", "r65.asy_deny"),
        ("r65.hd", "r65.asy_deny"),
        ("r66.cochair_deal", "r65.asy_deny"),
        ("r65.moi_deal", "r66.asy_noagree"),
        ("r65.hd", "r66.asy_noagree"),
        ("r66.cochair_deal", "r66.asy_noagree"),
        # the Shihan roundabout: full control by general security vs Asayish still at the checkpoint
        ("r65.moi_control", "r65.asy_hold"),
        ("r65.moi_control", "r66.asy_hold"),
        ("r66.moi_control_echo", "r65.asy_hold"),
        ("r66.moi_control_echo", "r66.asy_hold"),
        # calm since midnight vs clashes until dawn
        ("r65.moi_calm", "r65.res_clash"),
        # tolls
        ("r65.health3", "r65.krc7"),
        ("r65.health3", "r65.sohr9"),
        ("r65.krc7", "r65.sohr9"),  # 7 civilians vs 9 dead of whom 5 security men
        ("r66.health5", "r66.sohr11"),
        ("r66.health5", "r66.krc7b"),
        ("r66.sohr11", "r66.krc7b"),  # six civilians vs at least seven
        ("r65.sohr9", "r66.health5"),
        ("r65.krc7", "r66.health5"),
        ("r65.krc7", "r66.sohr11"),
        # the mortar fire: defence ministry factions vs the ministry's denials
        ("r65.sdf_shell", "r65.mod_deny"),
        ("r65.sdf_shell", "r66.mod_deny2"),
        ("r66.wit_mortar", "r65.mod_deny"),
        ("r66.wit_mortar", "r66.mod_deny2"),
        # the six detainees: an SDF cell vs day labourers
        ("r65.moi_cell", "r66.sdf_workers"),
        # PKK cadres lead the fighters vs no PKK cadres
        ("r65.tr_pkk", "r66.sdf_nopkk"),
        # the 10 March agreement: not implemented vs implemented in stages
        ("r65.moi_notimpl", "r65.council_impl"),
        ("r66.an_paper", "r65.council_impl"),
        ("r66.hd", "r65.council_impl"),
    ],
    "agreements": [
        ("r61.aq_seized", "r62.cmd_regain"),  # the insurgents were on Tabbat al-Qarn for some hours
        ("r61.loc_withdraw", "r62.cmd_clear"),  # the militants left the valley
        ("r61.an_tak", "r62.an_notall"),  # not an alliance
        ("r63.army_side", "r64.cmdr_part"),  # SPLM-N fighters fought with the RSF
        ("r63.army_side", "r64.an_alliance"),  # a military partnership
        ("r64.cmdr_alliance", "r64.an_alliance"),  # an alliance with the RSF
        ("r65.moi_deal", "r66.cochair_deal"),  # a ceasefire was agreed (from both sides)
        ("r65.sdf_shell", "r66.wit_mortar"),  # defence-ministry factions fired mortars
        ("r65.moi_notimpl", "r66.an_paper"),  # the 10 March agreement is not implemented
    ],
    "echoes": [
        ("r61.gov_coin", "r62.gov_echo"),  # the governor's words to Aden al-Ghad, cited by Al-Ain
        ("r61.aq20", "r62.aq20_echo"),  # al-Qaeda's first statement, republished
        ("r63.army150", "r64.army150_echo"),  # the army statement, recalled
        ("r63.splm_coord", "r64.splm_coord_echo"),  # SPLM-N's line, restated in its statement
        ("r63.splm_deny", "r64.splm_bullet"),  # SPLM-N's denial of taking part, restated
        ("r65.moi_control", "r66.moi_control_echo"),  # the spokesman's words, republished by the ministry
    ],
    "not_contradictions": [
        ("r61.sp3", "r62.sp7"),  # the spokesman's toll rose from 3 to 7 after four wounded died
        ("r61.src6", "r61.med5"),  # five bodies at one hospital among six dead
        ("r62.sp7", "r61.med5"),
        ("r61.belt_cell", "r62.sec7"),  # four arrested, then seven
        ("r62.sec7", "r62.sheikh"),  # four shepherds among seven detainees
        ("r61.aq_seized", "r61.loc_withdraw"),  # took the hill, then withdrew
        ("r62.an_coord", "r61.an_tak"),  # field coordination vs "not an alliance"
        ("r62.mod_bayda", "r62.houthi_deny"),  # came from a Houthi-held district vs no link
        ("r61.ocha120", "r62.iom340"),  # families last week vs persons since Sunday
        ("r63.moh14", "r64.moh17"),  # ministry toll rose
        ("r63.sdn23", "r64.sdn31"),  # network toll rose
        ("r63.mi_arrest", "r64.lawyers19"),  # 12 arrested on Monday, 19 held on Tuesday
        ("r63.mi_arrest", "r64.hd"),
        ("r63.un_noconvoy", "r64.ocha_deal"),  # no convoy since January vs a convoy to come
        ("r63.rsf_dozens", "r63.army150"),  # each side's count of the other's dead
        ("r64.rsf7", "r63.rsf_dozens"),  # RSF's own losses vs the army dead it claims
        ("r63.army_repel", "r64.rsf_hold"),  # attack on the city repelled vs the city encircled
        ("r65.health3", "r66.health5"),  # tolls rising within the same source
        ("r65.sohr9", "r66.sohr11"),
        ("r65.krc7", "r66.krc7b"),
        ("r65.res_clash", "r66.res_quiet"),  # clashes until Tuesday dawn vs a quiet Tuesday night
        ("r65.res_clash", "r65.moi_deal"),  # a ceasefire announced while shots were still heard
        ("r65.moi_arrest", "r66.sdf_workers"),  # six were arrested: only who they are is disputed
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
