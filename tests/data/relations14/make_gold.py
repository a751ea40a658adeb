"""Writes gold.json for the fourteenth relations set (r79..r84) from the annotations below (`python3 tests/data/relations14/make_gold.py`).

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

# r79/r80: Fada N'Gourma (Burkina Faso), the ambush on the Kantchari convoy
JNIM = "جماعة «نصرة الإسلام والمسلمين»"
ZALLAQA = "مؤسسة «الزلاقة»"
GS = "هيئة الأركان العامة للقوات المسلحة"
RTB = "التلفزيون الوطني البوركيني"
TV = "التلفزيون الوطني"
LOC79 = "مسؤول محلي في فادا نغورما"
AKHBAR = "«الأخبار»"
MIN = "وزير الأمن البوركيني، العقيد عبد الرحيم زونغو"
BENIN = "المتحدث باسم الحكومة البنينية، إيرفيه داسو"
X = "منصة «إكس»"
NOTABLE = "أحد أعيان المدينة المقربين من بلاط ملك غورما"
CONASUR = "المجلس الوطني للإغاثة الطارئة وإعادة التأهيل"
OUEDRAOGO = "الباحث البوركيني في الشؤون الأمنية إسماعيل ويدراوغو"
TELEGRAM = "«تلغرام»"
MILSRC = "مصدرا عسكريا بوركينيا"
INDEP = "«إندبندنت عربية»"
SISSOKO = "الباحث المالي في شؤون الجماعات المسلحة بوبكر سيسوكو"
GOV80 = "حاكم الإقليم الشرقي، المقدم هيبوليت ساوادوغو"
MEDIATOR80 = "عضوا في لجنة الوساطة التقليدية"
MAYOR = "رئيس المندوبية الخاصة لبلدية فادا نغورما، عثمان لومبو"
KABORE = "المنسقة الإقليمية للمجلس الوطني للإغاثة الطارئة وإعادة التأهيل، أليزيت كابوري"
# r81/r82: al-Mahra (Yemen), the Nishtun boat and the Shahn checkpoint
CG = "مصلحة خفر السواحل في محافظة المهرة"
BALHAF = "قائد قطاع خفر السواحل في المحافظة، العقيد ناصر بلحاف"
BALHAF82 = "قائد قطاع خفر السواحل، العقيد ناصر بلحاف"
MAWQEA = "«الموقع بوست»"
FAMILIES = "ذوو أفراد الطاقم"
HADI = "عضو المكتب السياسي لجماعة «أنصار الله»، حسين الهادي"
HADI82 = "عضو المكتب السياسي للحوثيين، حسين الهادي"
SAIARI = "المتحدث باسم قوات «درع الوطن»، العقيد فهد الصيعري"
BINKADA = "المتحدث باسم لجنة الاعتصام، سعيد بن كده"
BINKADA82 = "المتحدث باسم اللجنة، سعيد بن كده"
FB = "«فيسبوك»"
GOV81 = "محافظ المهرة، سالم عوض بن سعيدان"
BAABBAD = "الباحث اليمني مروان باعباد"
COMMITTEE = "لجنة الاعتصام السلمي لأبناء المهرة"
KALSHAT = "أحد الوسطاء، الشيخ مبارك سالم كلشات"
SHIELD = "قوات «درع الوطن»"
HEALTH = "مكتب الصحة العامة والسكان في المحافظة"
COALITION = "قيادة القوات المشتركة للتحالف"
KATHIRI = "الباحث في مركز صنعاء للدراسات الاستراتيجية عادل الكثيري"
# r83/r84: Tal Afar (Iraq), the kidnapped truffle gatherers and the airstrike near al-Baaj
JOC = "قيادة العمليات المشتركة في العراق"
BAYATI = "قائممقام قضاء تلعفر، فاضل حسين البياتي"
N964 = "«964»"
ISIS = "تنظيم «داعش»"
PMF = "هيئة الحشد الشعبي"
RELATIVE = "قريبا لأحد المحررين"
JUBOURI = "المتحدث باسم شرطة نينوى، العميد رعد الجبوري"
OBAIDI = "الخبير الأمني العراقي سرمد العبيدي"
CELL = "خلية الإعلام الأمني في العراق"
SHAMMARI = "أحد شيوخ عشيرة شمر في قضاء البعاج، الشيخ حميد فرحان الشمري"
NOC_SRC = "مصدر في قيادة عمليات نينوى"
ABADI = "قائد عمليات نينوى، اللواء ستار كاظم العبادي"
KHAFAJI = "المتحدث باسم قيادة العمليات المشتركة، اللواء تحسين الخفاجي"
HUSSEINI = "المتحدث باسم الحشد في نينوى، علي الحسيني"
HOL = "إدارة مخيم الهول"
MIGR = "دائرة الهجرة والمهجرين في نينوى"
JANABI = "الباحث في الشأن الأمني مهند الجنابي"

ARTICLES: dict[str, dict[str, Any]] = {
    "r79_fada_convoy": {
        "outlet": "وكالة الأخبار المستقلة",
        "published": "2026-10-12",
        "entries": [
            E("hd", "قتلنا 34 جنديا ومتطوعا في كمين قرب فادا نغورما", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E(
                "jnim34",
                "مقاتليها هاجموا صباح السبت قافلة إمداد عسكرية على الطريق الرابط بين فادا نغورما وكانتشاري في الإقليم الشرقي لبوركينا فاسو، وقتلوا 34 من الجنود وعناصر «متطوعي الدفاع عن الوطن»",
                JNIM, "", ORG, "أعلنت", via=[ZALLAQA],
            ),
            E("jnim_trucks", "المهاجمين غنموا 11 شاحنة محملة بالوقود والذخيرة", "البيان", JNIM, ORG, "وزعم",
              alt_types=[DOC], via=[ZALLAQA]),
            E("jnim_pow", "أسروا جنديين", "البيان", JNIM, ORG, "وزعم", alt_types=[DOC], via=[ZALLAQA]),
            E("gs_repel", "الوحدات المرافقة «صدت الهجوم بحزم»", GS, "", ORG, "نقلا عن", via=[RTB]),
            E("gs_full", "القافلة «وصلت كاملة إلى كانتشاري» مساء اليوم نفسه", GS, "", ORG, "نقلا عن", via=[RTB]),
            E("gs50", "«أكثر من 50 إرهابيا» حُيّدوا خلال الاشتباك وفي ضربات جوية لاحقة", "الهيئة", GS, ORG, "وأضافت",
              via=[RTB]),
            E("gs10", "بمقتل 6 جنود و4 متطوعين", "البيان العسكري", GS, ORG, "وأقر", alt_types=[DOC], via=[RTB]),
            E("gs_nopow", "وقوع أي عسكري في الأسر", "نافيا", GS, ORG, "نافيا", NEG, alt_types=[DOC], via=[RTB]),
            E("loc17", "المستشفى الجهوي في المدينة استقبل مساء السبت 17 جثة لعسكريين ومتطوعين", LOC79, "", A_OFF,
              "وقال", ANON, via=[AKHBAR]),
            E("loc_burn", "«ما لا يقل عن أربع شاحنات احترقت على الطريق ولم تبلغ وجهتها»", "مضيفا", LOC79, A_OFF,
              "مضيفا", ANON, via=[AKHBAR]),
            E("drv_taken", "المهاجمين اقتادوا معهم عددا من السائقين المدنيين", "سائق نجا من الكمين", "", A_SRC,
              "وأفاد", ANON),
            E("min_arms", "«قوى أجنبية» بتسليح الجماعة وتمويلها", MIN, "", N_OFF, "واتهم", via=[TV]),
            E("min_benin", "منفذي الكمين «تسللوا من قواعد خلفية في شمال بنين»", "مؤكدا", MIN, N_OFF, "مؤكدا",
              via=[TV]),
            E("benin_deny", "تكون أراضي بلاده «منطلقا لأي عمل عدائي ضد جار شقيق»", BENIN, "", N_OFF, "نفى", NEG,
              via=[X]),
            E("benin_fight", "جيش بنين «يخوض بنفسه حربا ضد الجماعة ذاتها في منتزه دبليو»", "مشيرا", BENIN, N_OFF,
              "مشيرا", via=[X]),
            E(
                "notable_deal",
                "وساطة يقودها زعماء تقليديون «أفضت ليل الأحد إلى اتفاق» مع الجماعة على إطلاق السائقين المحتجزين",
                NOTABLE, "", A_SRC, "كشف", ANON, alt_types=[A_OFF],
            ),
            E("conasur", "أكثر من 2300 نازح وصلوا إلى فادا نغورما منذ السبت", CONASUR, "", ORG, "وبحسب"),
            E("an_choke", "الكمين «قد يكون محاولة لخنق فادا نغورما اقتصاديا»", OUEDRAOGO, "", N_PER, "ويرى"),
            E("an_warn", "المدينة «ستواجه نقصا حادا في الوقود إذا لم يُؤمَّن الطريق خلال أسابيع»", "محذرا", OUEDRAOGO,
              N_PER, "محذرا"),
        ],
    },
    "r80_fada_drivers": {
        "outlet": "إندبندنت عربية",
        "published": "2026-10-13",
        "entries": [
            E("hd", "لا مفاوضات مع «الإرهابيين» ولا اتفاق على إطلاق أحد", "حاكم الإقليم الشرقي في بوركينا فاسو",
              GOV80, N_OFF, ":", HEAD, alt_types=[A_OFF]),
            E("jnim_vid", "«جنديان من الكتيبة الحادية عشرة للتدخل السريع» أُسرا في كمين السبت قرب فادا نغورما",
              "قالت", JNIM, ORG, "قالت", via=[TELEGRAM]),
            E("jnim_own3", "«لم تفقد سوى ثلاثة من مقاتليها» في الهجوم", "الجماعة", JNIM, ORG, "وأكدت", via=[TELEGRAM]),
            E("jnim_siege", "عناصرها «يطبقون الحصار على فادا نغورما من جهاتها الأربع»", "الجماعة", JNIM, ORG, "وأكدت",
              via=[TELEGRAM]),
            E("jnim_nolink", "أي صلة لها بتنظيم «الدولة»", "نافية", JNIM, ORG, "نافية", NEG, via=[TELEGRAM]),
            E("mil_drivers", "الرجلين «ليسا عسكريين بل سائقا شاحنتين مدنيتين» تعملان لحساب شركة نقل خاصة", MILSRC,
              "", A_OFF, "قال", ANON, via=[INDEP]),
            E("mil_nomissing", "«قائمة المفقودين لدى الجيش خالية»", MILSRC, "", A_OFF, "قال", ANON, via=[INDEP]),
            E("fam_driver", "«ابننا سائق على خط واغادوغو – كانتشاري منذ عشر سنوات، ولم يحمل سلاحا قط»", "أسرة أحدهما",
              "", A_SRC, "وقالت", ANON, DIRECT),
            E("gs13", "حصيلة قتلى الكمين إلى ٨ جنود و٥ متطوعين", "هيئة الأركان العامة", GS, ORG, "رفعت", via=[TV],
              resolved_elsewhere=True),
            E("gs70", "عدد «الإرهابيين المحيدين» تجاوز ٧٠", "مؤكدة", GS, ORG, "مؤكدة", via=[TV],
              resolved_elsewhere=True),
            E("gs_joint", "الهجوم نفذته «مجموعات من نصرة الإسلام والمسلمين وتنظيم الدولة في الساحل بشكل منسق»",
              "الهيئة", GS, ORG, "وأوضحت", resolved_elsewhere=True),
            E(
                "an_truce",
                "التنظيمين «يتقاتلان منذ سنوات، ولا يجمعهما تنسيق عملياتي، بل مجرد هدنة ميدانية غير معلنة في بعض مناطق الشرق»",
                SISSOKO, "", N_PER, "يرى",
            ),
            E("loc_echo", "المستشفى الجهوي في فادا نغورما استقبل ١٧ جثة لعسكريين ومتطوعين مساء السبت", "مسؤول محلي",
              "", A_OFF, "ونقلت", ANON, via=["وكالة «الأخبار» الموريتانية"]),
            E("gov_nonego", "الدولة «لا تفاوض الإرهابيين»", GOV80, "", N_OFF, "قال"),
            E("gov_noagree", "التوصل إلى «أي اتفاق» لإطلاق المحتجزين", "نافيا", GOV80, N_OFF, "نافيا", NEG),
            E("gov_road", "الطريق بين فادا نغورما وواغادوغو «مفتوح وحركة السير عليه طبيعية»", "وأكد", GOV80, N_OFF,
              "وأكد"),
            E("med_five", "خمسة سائقين أُطلقوا مساء الاثنين «تنفيذا للشق الأول من الاتفاق»", MEDIATOR80, "", A_OFF,
              "أفاد", ANON, alt_types=[A_SRC]),
            E("med_rest", "الباقين «سيُفرج عنهم تباعا»", "موضحا", MEDIATOR80, A_OFF, "موضحا", ANON,
              alt_types=[A_SRC]),
            E("mayor6k", "المدينة استقبلت «نحو ستة آلاف نازح» منذ السبت", MAYOR, "", N_OFF, "وقال"),
            E("conasur2500", "العدد المسجل لديها «لا يتجاوز ٢٥٠٠ شخص حتى الآن»", KABORE, "", N_OFF, "أكدت"),
        ],
    },
    "r81_mahra_boat": {
        "outlet": "الموقع بوست",
        "published": "2026-10-26",
        "entries": [
            E("hd", "ضبط قارب يحمل مكونات طائرات مسيرة للحوثيين قبالة نشطون", "خفر السواحل", CG, ORG, ":", HEAD),
            E("cg_seize", "ضبط قارب قبالة ميناء نشطون فجر السبت كان يحمل «مكونات طائرات مسيرة وأجزاء صواريخ»", CG, "",
              ORG, "أعلنت"),
            E("cg_houthi", "كانت في طريقها إلى جماعة الحوثيين", "قالت", CG, ORG, "قالت"),
            E("cg_arrest", "اعتقال طاقمه المؤلف من 6 أشخاص", CG, "", ORG, "أعلنت"),
            E("cgc_network", "التحقيقات الأولية «أثبتت ارتباط الطاقم بشبكة تهريب يديرها الحوثيون»", BALHAF, "", N_OFF,
              "وقال", via=[MAWQEA]),
            E("cgc_foreign", "اثنين منهم «يحملان جنسية أجنبية»", "مضيفا", BALHAF, N_OFF, "مضيفا", via=[MAWQEA]),
            E("fam_deny", "يكون أبناؤهم مهربين", FAMILIES, "", A_SRC, "نفى", NEG, ANON, via=[MAWQEA]),
            E("fam_fishers", "«صيادون من مديرية قشن، وجميعهم يمنيون»", "مؤكدين", FAMILIES, A_SRC, "مؤكدين", ANON,
              via=[MAWQEA]),
            E("fam_nets", "القارب «لم يكن على متنه سوى شباك الصيد وبراميل الوقود»", "مؤكدين", FAMILIES, A_SRC, "مؤكدين",
              ANON, via=[MAWQEA]),
            E("hou_deny", "أي علاقة لجماعته بالقارب", HADI, "", N_OFF, "نفى", NEG, via=[X]),
            E("hou_play", "الإعلان «مسرحية سعودية لتبرير عسكرة المهرة»", "معتبرا", HADI, N_OFF, "معتبرا", via=[X]),
            E("ds_attack", "المسلحين بـ«مهاجمة النقطة دون سابق إنذار»", SAIARI, "", N_OFF, "واتهم"),
            E("ds_hold", "قواته صدت الهجوم وأن «النقطة لا تزال تحت سيطرتها الكاملة»", "مؤكدا", SAIARI, N_OFF, "مؤكدا"),
            E("ds_2", "جنديين قتلا في الاشتباك", "مؤكدا", SAIARI, N_OFF, "مؤكدا"),
            E("com_fired", "قوات «درع الوطن» هي من «بادرت بإطلاق النار على موكب قبلي أعزل»", BINKADA, "", N_OFF, "قال",
              via=[FB]),
            E("com_3", "ثلاثة من أبناء القبائل قتلوا وأصيب خمسة آخرون", BINKADA, "", N_OFF, "قال", via=[FB]),
            E("com_control", "المسلحين القبليين «باتوا يسيطرون على نقطة شحن بعد انسحاب القوة منها ليلا»", "مشيرا",
              BINKADA, N_OFF, "مشيرا", via=[FB]),
            E("com_3000", "عدد أبناء القبائل الذين شاركوا في المواجهات بأكثر من 3000 مسلح", "بن كده", BINKADA, N_OFF,
              "وقدر"),
            E("res_blasts", "دوي الانفجارات ظل يسمع حتى ساعات الفجر", "سكان في شحن", "", A_SRC, "وأفاد", ANON),
            E(
                "gov_truce",
                "التوصل إلى «تهدئة شاملة» بوساطة مشايخ من قبائل المحافظة، تقضي بوقف إطلاق النار وتشكيل لجنة مشتركة للتحقيق فيما جرى",
                GOV81, "", N_OFF, "وأعلن",
            ),
            E("an_region", "المهرة «ربما تتحول إلى ساحة صراع نفوذ إقليمي مفتوح»", BAABBAD, "", N_PER, "ويرى"),
            E("an_warn", "استمرار الاعتقالات «قد يدفع القبائل إلى حمل السلاح على نطاق أوسع»", "محذرا", BAABBAD, N_PER,
              "محذرا"),
        ],
    },
    "r82_mahra_truce": {
        "outlet": "العربي الجديد",
        "published": "2026-10-27",
        "entries": [
            E("hd", "لا تهدئة قبل الإفراج عن الصيادين", "لجنة الاعتصام في المهرة", COMMITTEE, ORG, ":", HEAD),
            E("com_noagree", "تكون قد وافقت على أي تهدئة مع قوات «درع الوطن» في منطقة شحن", COMMITTEE, "", ORG, "نفت",
              NEG),
            E("com_noagree2", "«لا اتفاق حتى الآن»", "مؤكدة", COMMITTEE, ORG, "مؤكدة", alt_types=[DOC]),
            E("com_cond", "أي تهدئة «مشروطة بالإفراج عن الصيادين الستة وانسحاب القوات من شحن»", "مؤكدة", COMMITTEE, ORG,
              "مؤكدة", alt_types=[DOC]),
            E("gov_echo", "التوصل إلى تهدئة بوساطة قبلية", "محافظ المهرة", GOV81, N_OFF, "أعلن",
              resolved_elsewhere=True),
            E("med_holds", "الهدنة «صامدة منذ ليل الأحد، ولم يُسجل أي خرق لها»", KALSHAT, "", N_PER, "وقال",
              alt_types=[N_OFF], via=["«العربي الجديد»"]),
            E("res_renewed", "اشتباكات متقطعة تجددت صباح الاثنين قرب المنفذ الحدودي", "سكان في شحن", "", A_SRC, "أفاد",
              ANON),
            E("ds3", "ارتفاع عدد قتلاها إلى ٣ جنود", SHIELD, "", ORG, "وأعلنت"),
            E("ds200", "عدد المسلحين الذين شاركوا في الهجوم «لم يتجاوز ٢٠٠ مسلح»", "مضيفة", SHIELD, ORG, "مضيفة"),
            E("dsrc_withdrew", "القوة «انسحبت من النقطة مساء الأحد بأوامر من قيادة التحالف تفاديا للتصعيد»",
              "ضابطا في هذه القوات", "", A_OFF, "قال", ANON),
            E("hoff5", "حصيلة الاشتباك بلغت خمسة قتلى، هم ثلاثة جنود واثنان من أبناء القبائل", HEALTH, "", ORG,
              "ووفقا"),
            E(
                "coal_coord",
                "«عناصر في لجنة الاعتصام» بـ«التنسيق مع الحوثيين وتسهيل تهريب الأسلحة» عبر سواحل المهرة ومنافذها البرية",
                COALITION, "", ORG, "واتهمت", via=["«واس»"],
            ),
            E(
                "com_nolink",
                "«لا تربطنا بالحوثيين أي علاقة، ورفضنا للوجود العسكري الأجنبي موقف نابع من أبناء المهرة وحدهم»",
                BINKADA82, "", N_OFF, "قائلا", DIRECT,
            ),
            E("an_cross", "ما يجمع اللجنة والحوثيين «ليس تحالفا بل مجرد تقاطع في رفض الوجود السعودي»", KATHIRI, "",
              N_PER, "فرأى"),
            E("an_exploit", "الجماعة «قد تستثمر التوتر إعلاميا لو طال أمده»", "مضيفا", KATHIRI, N_PER, "مضيفا"),
            E("hou_echo", "إعلان ضبط القارب بأنه «مسرحية سعودية لتبرير عسكرة المهرة»", HADI82, "", N_OFF, "وصف"),
            E("cgc_echo", "التحقيقات «أثبتت ارتباط الطاقم بشبكة تهريب يديرها الحوثيون»", BALHAF82, "", N_OFF, "ونقل",
              via=[MAWQEA]),
            E("loc_release", "السلطات أفرجت مساء الاثنين عن اثنين من الصيادين الستة «بعد ثبوت عدم تورطهما»",
              "مصادر محلية في قشن", "", A_SRC, "وقالت", ANON),
            E("cg_norelease", "الإفراج عن أي من الموقوفين", "مصلحة خفر السواحل", CG, ORG, "نفت", NEG,
              resolved_elsewhere=True),
            E("cg_early", "التحقيق «لا يزال في بدايته»", "مؤكدة", CG, ORG, "مؤكدة", resolved_elsewhere=True),
        ],
    },
    "r83_talafar_truffle": {
        "outlet": "شبكة 964",
        "published": "2026-03-09",
        "entries": [
            E("hd", "تحرير 6 من جامعي الكمأة المختطفين غرب تلعفر", "قيادة العمليات المشتركة", JOC, ORG, ":", HEAD),
            E(
                "joc_free6",
                "تحرير 6 من أصل 9 من جامعي الكمأة اختطفهم مسلحون من تنظيم «داعش» مساء الجمعة في صحراء الجزيرة غربي قضاء تلعفر بمحافظة نينوى",
                JOC, "", ORG, "أعلنت",
            ),
            E("joc_army", "العملية نفذتها «قطعات الجيش بإسناد من طيران الجيش»", "مؤكدة", JOC, ORG, "مؤكدة"),
            E("joc_search", "البحث متواصل عن الثلاثة الباقين", "مؤكدة", JOC, ORG, "مؤكدة"),
            E("qm14", "عدد المختطفين «لا يقل عن 14 شخصا، بينهم صبيان»", BAYATI, "", N_OFF, "قال", via=[N964]),
            E("qm_none", "أيا منهم «لم يعد إلى أهله حتى مساء الأحد»", "مضيفا", BAYATI, N_OFF, "مضيفا", via=[N964]),
            E("shep_cars", "المسلحين جاؤوا في أربع سيارات رباعية الدفع من جهة الحدود السورية", "رعاة من المنطقة", "",
              A_SRC, "وروى", ANON),
            E("shep_poor", "المخطوفين «فقراء لا علاقة لهم بأي جهة مسلحة»", "رعاة من المنطقة", "", A_SRC, "وروى", ANON),
            E("isis11", "مقاتليه أسروا «11 عنصرا من الحشد الشعبي» كانوا «يتنكرون في هيئة جامعي كمأة»", ISIS, "", ORG,
              "زعم", via=["وكالة «أعماق»"]),
            E("pmf_nomember", "يكون بين المختطفين أي من منتسبيها", PMF, "", ORG, "ونفت", NEG),
            E("pmf_civ", "«مدنيون خرجوا لكسب رزقهم»", "مؤكدة", PMF, ORG, "مؤكدة"),
            E("pmf7", "قوة من «اللواء 16» حررت سبعة من المختطفين «في عملية نفذتها منفردة»", "الهيئة", PMF, ORG, "قالت",
              via=[TELEGRAM]),
            E("pmf_noarmy", "قطعات الجيش «لم تشارك فيها»", "الهيئة", PMF, ORG, "قالت", via=[TELEGRAM]),
            E("rel_ransom", "ذويهم «دفعوا فدية قدرها 20 ألف دولار عن كل شخص» عبر وسطاء من عشائر البعاج", RELATIVE, "",
              A_SRC, "قال", ANON, via=[N964]),
            E("rel_noop", "المحررين «أُطلقوا على طريق ربيعة، ولم يحرَّروا في أي عملية عسكرية»", RELATIVE, "", A_SRC,
              "قال", ANON, via=[N964]),
            E("pol_noransom", "دفع أي فدية", JUBOURI, "", N_OFF, "ونفى", NEG),
            E("pol_rumor", "هذه الروايات بأنها «شائعات تخدم الإرهابيين»", "واصفا", JUBOURI, N_OFF, "واصفا"),
            E("polsrc_gang", "الخاطفين «عصابة تهريب تتخذ من اسم التنظيم غطاء لابتزاز الأهالي»", "مصدر في الشرطة نفسها",
              "", A_OFF, "فرأى", ANON),
            E("sec_hol", "الخلية المنفذة «تتلقى تمويلا عبر حوالات مصدرها مخيم الهول»", "مسؤول في جهاز الأمن الوطني", "",
              A_OFF, "وكشف", ANON),
            E(
                "an_presence",
                "التنظيم «ربما يسعى إلى إثبات حضوره في صحراء الجزيرة بعد تضييق الخناق عليه في البادية السورية»",
                OBAIDI, "", N_PER, "ويعتقد",
            ),
            E("an_repeat", "تتكرر عمليات الخطف «مع بلوغ موسم الكمأة ذروته في الأسابيع المقبلة»", "مرجحا", OBAIDI,
              N_PER, "مرجحا"),
        ],
    },
    "r84_talafar_airstrike": {
        "outlet": "الجزيرة نت",
        "published": "2026-03-10",
        "entries": [
            E("hd", "الغارة قتلت رعاة لا مسلحين من «داعش»", "شيخ عشيرة في البعاج", SHAMMARI, N_PER, ":", HEAD,
              alt_types=[A_SRC]),
            E(
                "cell_strike5",
                "طائرات «إف-16» نفذت فجر الاثنين ضربة على «مضافة لعصابات داعش الإرهابية» في صحراء الجزيرة جنوب غربي تلعفر، وقتلت ٥ إرهابيين ممن شاركوا في خطف جامعي الكمأة",
                CELL, "", ORG, "أعلنت",
            ),
            E("sheikh_shep", "الضربة «أصابت خيمة رعاة من عائلة واحدة، فقتلت ثلاثة منهم، ولم يكن بينهم أي مسلح»",
              SHAMMARI, "", N_PER, "قال", via=["«الجزيرة نت»"]),
            E("sheikh_free", "خلايا التنظيم «تتنقل ليلا بين الوديان بحرية تامة»", "مضيفا", SHAMMARI, N_PER, "مضيفا",
              via=["«الجزيرة نت»"]),
            E("src_nociv", "تكون الضربة قد أصابت أي مدني", NOC_SRC, "", A_OFF, "ونفى", NEG, ANON),
            E("src_exec", "الرعاة الثلاثة «أعدمهم التنظيم قبل فراره من الموقع»", "مؤكدا", NOC_SRC, A_OFF, "مؤكدا",
              ANON),
            E("nocc_control", "صحراء الجزيرة «تحت السيطرة الكاملة للقطعات الأمنية»", ABADI, "", N_OFF, "وأكد"),
            E(
                "jocs_under",
                "«اللواء ١٦» في الحشد الشعبي شارك في عملية التحرير «إلى جانب قطعات الجيش وتحت إمرة قيادة عمليات نينوى»",
                KHAFAJI, "", N_OFF, "قال",
            ),
            E("jocs8", "عدد المحررين ارتفع إلى ٨ من أصل ٩، وأن مختطفا واحدا لا يزال مفقودا", "مشيرا", KHAFAJI, N_OFF,
              "مشيرا"),
            E("pmf_merely", "ما جرى مع الجيش كان «مجرد تبادل للمعلومات، لا عمليات مشتركة»", HUSSEINI, "", N_OFF,
              "أوضح"),
            E("qm6", "ستة من أبناء القضاء «ما زالوا في عداد المفقودين»", "قائممقام تلعفر", BAYATI, N_OFF, "وأعلن",
              resolved_elsewhere=True),
            E("rel_echo", "ذويهم دفعوا فدية قدرها ٢٠ ألف دولار عن كل شخص", "قريب لأحد المحررين", "", A_SRC, "ونقلت",
              ANON, via=["شبكة «964»"]),
            E("pol_renew", "دفع أي فدية", "شرطة نينوى", "", ORG, "نفي", NEG),
            E("hol_deny", "تكون أي حوالات مالية قد خرجت من المخيم إلى خلايا في العراق", HOL, "", ORG, "نفت", NEG),
            E("hol_monitor", "المخيم «يخضع لرقابة أمنية مشددة على مدار الساعة»", "مؤكدة", HOL, ORG, "مؤكدة"),
            E("mig40", "نزحت ٤٠ عائلة من الرعاة من أطراف البعاج خوفا من الغارات", MIGR, "", ORG, "وبحسب"),
            E("sheikh100", "عدد العائلات النازحة بأكثر من مئة", "الشيخ الشمري", SHAMMARI, N_PER, "قدّر"),
            E("an_cond", "«إذا ثبت أن الضربة أصابت رعاة، فسيمنح ذلك التنظيم مادة دعائية لاستمالة شبان المنطقة»", JANABI,
              "", N_PER, "ويقول", DIRECT),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Fada N'Gourma: the army's toll (10, then 13) vs JNIM's 34 and the 17 bodies at the hospital
        ("r79.jnim34", "r79.gs10"),
        ("r79.hd", "r79.gs10"),  # headline copy
        ("r79.jnim34", "r80.gs13"),
        ("r79.hd", "r80.gs13"),
        ("r79.loc17", "r79.gs10"),
        ("r79.loc17", "r80.gs13"),
        ("r80.loc_echo", "r79.gs10"),  # the local official's words retold
        ("r80.loc_echo", "r80.gs13"),
        # the convoy arrived in full vs trucks seized / burned on the road
        ("r79.jnim_trucks", "r79.gs_full"),
        ("r79.loc_burn", "r79.gs_full"),
        # two soldiers captured vs no soldier captured / missing; the men in the video are civilian drivers
        ("r79.jnim_pow", "r79.gs_nopow"),
        ("r79.jnim_pow", "r80.mil_nomissing"),
        ("r79.jnim_pow", "r80.mil_drivers"),
        ("r79.jnim_pow", "r80.fam_driver"),
        ("r80.jnim_vid", "r79.gs_nopow"),
        ("r80.jnim_vid", "r80.mil_nomissing"),
        ("r80.jnim_vid", "r80.mil_drivers"),
        ("r80.jnim_vid", "r80.fam_driver"),
        # attackers' losses: 50+ / 70+ "neutralised" vs "only three"
        ("r79.gs50", "r80.jnim_own3"),
        ("r80.gs70", "r80.jnim_own3"),
        # a coordinated JNIM–ISSP attack vs no link / "merely an unannounced truce, no coordination"
        ("r80.gs_joint", "r80.jnim_nolink"),
        ("r80.gs_joint", "r80.an_truce"),
        # rear bases in northern Benin vs Benin's denial
        ("r79.min_benin", "r79.benin_deny"),
        # the mediation's agreement (and five drivers freed under it) vs the governor's "no agreement"
        ("r79.notable_deal", "r80.gov_noagree"),
        ("r79.notable_deal", "r80.hd"),
        ("r80.med_five", "r80.gov_noagree"),
        ("r80.med_five", "r80.hd"),
        # siege from all four sides vs the Ouagadougou road open with normal traffic
        ("r80.jnim_siege", "r80.gov_road"),
        # displaced since Saturday: about 6,000 vs no more than 2,500
        ("r80.mayor6k", "r80.conasur2500"),
        # --- al-Mahra: the boat's cargo and crew
        ("r81.cg_seize", "r81.fam_nets"),
        ("r81.hd", "r81.fam_nets"),
        ("r81.cgc_network", "r81.fam_deny"),
        ("r82.cgc_echo", "r81.fam_deny"),  # the commander's words retold
        ("r81.cgc_foreign", "r81.fam_fishers"),
        ("r81.cg_houthi", "r81.hou_deny"),
        ("r81.hd", "r81.hou_deny"),
        ("r81.cgc_network", "r81.hou_deny"),
        ("r82.cgc_echo", "r81.hou_deny"),
        # who opened fire at the Shahn checkpoint
        ("r81.ds_attack", "r81.com_fired"),
        # control of the checkpoint: still held vs taken after the force withdrew
        ("r81.ds_hold", "r81.com_control"),
        ("r81.ds_hold", "r82.dsrc_withdrew"),
        # tribal fighters: 3,000+ vs no more than 200
        ("r81.com_3000", "r82.ds200"),
        # the truce: reached (and holding) vs not agreed
        ("r81.gov_truce", "r82.com_noagree"),
        ("r81.gov_truce", "r82.com_noagree2"),
        ("r81.gov_truce", "r82.hd"),
        ("r82.gov_echo", "r82.com_noagree"),  # the governor's announcement recalled
        ("r82.gov_echo", "r82.com_noagree2"),
        ("r82.gov_echo", "r82.hd"),
        ("r82.med_holds", "r82.com_noagree"),
        ("r82.med_holds", "r82.com_noagree2"),
        ("r82.med_holds", "r82.hd"),
        ("r82.med_holds", "r82.res_renewed"),  # "no violation" vs clashes renewed on Monday morning
        # tribesmen killed: three (Monday) vs two (the health office, Tuesday)
        ("r82.hoff5", "r81.com_3"),
        # coordination with the Houthis vs no link / "merely a convergence"
        ("r82.coal_coord", "r82.com_nolink"),
        ("r82.coal_coord", "r82.an_cross"),
        # two fishermen released vs no one released
        ("r82.loc_release", "r82.cg_norelease"),
        # --- Tal Afar: how many were kidnapped
        ("r83.joc_free6", "r83.qm14"),
        ("r83.qm14", "r84.jocs8"),
        # who they were: truffle gatherers / civilians vs PMF members in disguise
        ("r83.joc_free6", "r83.isis11"),
        ("r83.hd", "r83.isis11"),
        ("r83.isis11", "r83.pmf_nomember"),
        ("r83.isis11", "r83.pmf_civ"),
        ("r83.isis11", "r83.shep_poor"),
        # who freed them and how many: the army with air support, 6 vs the PMF alone, 7
        ("r83.joc_army", "r83.pmf7"),
        ("r83.joc_army", "r83.pmf_noarmy"),
        ("r83.joc_free6", "r83.pmf7"),
        ("r83.hd", "r83.pmf7"),
        ("r84.jocs_under", "r83.pmf7"),
        ("r84.jocs_under", "r83.pmf_noarmy"),
        ("r84.jocs_under", "r84.pmf_merely"),
        ("r83.joc_army", "r84.pmf_merely"),
        # released on the Rabia road after a ransom, in no military operation
        ("r83.rel_noop", "r83.joc_army"),
        ("r83.rel_noop", "r83.pmf7"),
        ("r83.rel_noop", "r84.jocs_under"),
        ("r83.rel_ransom", "r83.pol_noransom"),
        ("r83.rel_ransom", "r83.pol_rumor"),
        ("r83.rel_ransom", "r84.pol_renew"),
        ("r84.rel_echo", "r83.pol_noransom"),  # the relative's words retold
        ("r84.rel_echo", "r83.pol_rumor"),
        ("r84.rel_echo", "r84.pol_renew"),
        # ISIS vs a smuggling gang using its name
        ("r83.polsrc_gang", "r83.joc_free6"),
        ("r83.polsrc_gang", "r83.isis11"),
        ("r83.polsrc_gang", "r84.cell_strike5"),
        # still missing: three (Sunday) / one (Tuesday) vs six
        ("r83.joc_search", "r84.qm6"),
        ("r84.jocs8", "r84.qm6"),
        # the airstrike: an ISIS hideout, five militants vs a shepherds' tent, three unarmed shepherds
        ("r84.cell_strike5", "r84.sheikh_shep"),
        ("r84.cell_strike5", "r84.hd"),
        ("r84.src_nociv", "r84.sheikh_shep"),
        ("r84.src_nociv", "r84.hd"),
        ("r84.src_exec", "r84.sheikh_shep"),  # executed by ISIS vs killed by the strike
        ("r84.src_exec", "r84.hd"),
        # control of the Jazira desert
        ("r84.nocc_control", "r84.sheikh_free"),
        # money from al-Hol vs no transfer left the camp
        ("r83.sec_hol", "r84.hol_deny"),
        # displaced families: 40 vs more than 100
        ("r84.mig40", "r84.sheikh100"),
    ],
    "agreements": [
        ("r79.gs_nopow", "r80.mil_nomissing"),  # no soldier was captured
        ("r80.mil_drivers", "r80.fam_driver"),  # the man in the video is a civilian driver
        ("r79.notable_deal", "r80.med_five"),  # an agreement on the drivers was reached
        ("r81.com_control", "r82.dsrc_withdrew"),  # the force left the checkpoint
        ("r82.ds3", "r82.hoff5"),  # three soldiers killed
        ("r81.gov_truce", "r82.med_holds"),  # a truce was reached on Sunday evening
        ("r83.pmf_civ", "r83.shep_poor"),  # the kidnapped are civilians
    ],
    "echoes": [
        ("r79.loc17", "r80.loc_echo"),  # the local official's words to al-Akhbar, cited by Independent Arabia
        ("r81.cgc_network", "r82.cgc_echo"),  # the coast guard commander's words to al-Mawqea Post, cited again
        ("r81.hou_play", "r82.hou_echo"),  # the Houthi official's post, recalled
        ("r81.gov_truce", "r82.gov_echo"),  # the governor's announcement, recalled
        ("r83.rel_ransom", "r84.rel_echo"),  # the relative's words to 964, cited by Al Jazeera Net
        ("r83.pol_noransom", "r84.pol_renew"),  # the police denial, renewed
    ],
    "not_contradictions": [
        ("r79.gs10", "r80.gs13"),  # the army's toll rose from 10 to 13
        ("r79.gs50", "r80.gs70"),  # "neutralised": 50+ then 70+
        ("r79.loc17", "r79.jnim34"),  # bodies received at one hospital vs the total killed
        ("r79.conasur", "r80.mayor6k"),  # "more than 2,300" is a lower bound
        ("r79.conasur", "r80.conasur2500"),  # 2,300+ on Monday, no more than 2,500 on Tuesday
        ("r80.gov_nonego", "r79.notable_deal"),  # the state does not negotiate; traditional chiefs mediated
        ("r80.gov_nonego", "r80.med_five"),
        ("r79.jnim_trucks", "r79.loc_burn"),  # trucks seized and trucks burned
        ("r81.ds_2", "r82.ds3"),  # the force's toll rose from 2 to 3
        ("r81.ds_2", "r81.com_3"),  # soldiers killed vs tribesmen killed
        ("r82.com_nolink", "r82.an_cross"),  # no relation vs a mere convergence of positions
        ("r81.cg_arrest", "r82.loc_release"),  # six arrested, two of them released later
        ("r81.gov_truce", "r82.res_renewed"),  # a truce reached on Sunday, clashes renewed on Monday (violated, not denied)
        ("r83.joc_free6", "r84.jocs8"),  # freed hostages: 6 on Sunday, 8 by Tuesday
        ("r83.joc_search", "r84.jocs8"),  # three missing on Sunday, one on Tuesday
        ("r83.joc_free6", "r83.qm_none"),  # freed vs not yet back with their families
        ("r83.pmf7", "r83.qm_none"),
        ("r83.qm14", "r84.qm6"),  # at least 14 kidnapped, six still missing
        ("r83.isis11", "r83.qm14"),  # 11 claimed captives within at least 14 kidnapped (counts compatible)
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
