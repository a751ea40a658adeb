"""Writes gold.json for the twenty-first relations set (r121..r126) from the annotations below
(`python3 tests/data/relations21/make_gold.py`).

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

# r121/r122: al-Jawf (Yemen), the Houthi attack on al-Yatama and the Khanjar mountains
CMD6 = "قيادة المنطقة العسكرية السادسة في الجيش اليمني"
SAREEMI = "المتحدث باسم المنطقة، العقيد نبيل الصريمي"
SAREEMI22 = "المتحدث باسم المنطقة العسكرية السادسة، العقيد نبيل الصريمي"
MUAYYAD = "المتحدث العسكري للجماعة، العميد عبد الخالق المؤيد"
MUAYYAD22 = "المتحدث العسكري باسم الحوثيين، العميد عبد الخالق المؤيد"
SABA = "وكالة «سبأ»"
ARABIYA = "العربية نت"
MIL_SRC = "مصدرا عسكريا في المنطقة السادسة"
AKIMI = "مدير مكتب الصحة في الجوف، الدكتور فهد العكيمي"
CAMP = "نازحون في مخيم الرحبة بمديرية خب والشعف"
MINISTER = "وزير الإعلام في الحكومة المعترف بها دوليا، صادق الحميري"
WASHLI = "القيادي الحوثي محمد الوشلي"
HAMZI = "رئيس لجنة شؤون الأسرى التابعة للحوثيين، طه الحمزي"
IOM = "المنظمة الدولية للهجرة"
SHADDADI = "الباحث اليمني في الشؤون العسكرية مروان الشدادي"
WADII = "عضو الفريق الحكومي المفاوض في ملف الأسرى والمختطفين، عبد الحكيم الوادعي"
DAHMI = "الوسيط القبلي الشيخ ناجي بن معيلي الدهمي"
MASDAR = "«المصدر أونلاين»"
X = "منصة «إكس»"
LOC_SRC = "مصدر في السلطة المحلية التابعة للحوثيين في الجوف"
RES_YAT = "سكان في اليتمة"
QABATI = "الباحث في شؤون الجماعات المسلحة مراد القباطي"
# r123/r124: Diyala (Iraq), the attack near al-Hawadir in al-Muqdadiya
CELL = "خلية الإعلام الأمني"
GHARRAWI = "آمر اللواء الرابع والعشرين في الحشد الشعبي، حيدر الغراوي"
GHARRAWI24 = "آمر اللواء الرابع والعشرين في الحشد، حيدر الغراوي"
IRAQIYA = "قناة «العراقية» الرسمية"
HEALTH_SRC = "مصدر في دائرة صحة ديالى"
ISIS = "تنظيم «داعش»"
AMAQ = "وكالة «أعماق»"
POL = "مصدران أمنيان في قيادة شرطة ديالى"
SUMARIA = "«السومرية نيوز»"
KHAZRAJI = "قائممقام المقدادية، عدنان الخزرجي"
RES_HAW = "عددا من سكان القرية"
AZZAWI = "محافظ ديالى، حسين العزاوي"
OBAIDI = "عضو مجلس محافظة ديالى، فاضل العبيدي"
OBAIDI24 = "عضو مجلس المحافظة فاضل العبيدي"
RUBAIE = "الخبير الأمني العراقي منهل الربيعي"
PMF_CMD = "قيادة عمليات ديالى للحشد الشعبي"
GOV_OFF = "مكتب محافظ ديالى"
SHAMMARI = "قائد عمليات ديالى في الجيش، اللواء رياض الشمري"
INA = "وكالة الأنباء العراقية"
ARABI = "«العربي الجديد»"
DULAIMI = "المتحدث باسم خلية الإعلام الأمني، العميد قاسم الدليمي"
DISPL = "نازحون من الحوادر وصلوا إلى بعقوبة"
IHCHR = "المفوضية العليا لحقوق الإنسان في العراق"
SAMARRAI = "الباحث في الشأن الأمني العراقي نوار السامرائي"
# r125/r126: Kufra (Libya), Subul al-Salam and the Tebu youths of Qadarfi
BRIG = "كتيبة «سبل السلام» التابعة للقيادة العامة للجيش الوطني الليبي"
BRIG26 = "كتيبة «سبل السلام»"
FARJANI = "المتحدث باسم الكتيبة، النقيب صالح الفرجاني"
FARJANI26 = "المتحدث باسم كتيبة «سبل السلام»، النقيب صالح الفرجاني"
AHRAR = "«ليبيا الأحرار»"
TEBU = "المجلس الاجتماعي لقبائل التبو"
SEC = "مسؤولان أمنيان في مديرية أمن الكفرة"
RES_QAD = "سكان من قدرفي"
MED = "مصدر طبي في مستشفى الكفرة العام"
REUTERS = "وكالة رويترز"
ELDERS = "مجلس أعيان وحكماء الكفرة"
UNHCR = "المفوضية الأممية لشؤون اللاجئين"
ZUWAY = "عميد بلدية الكفرة، مسعود الزوي"
BARASI = "الباحث الليبي في شؤون الجنوب يوسف البرعصي"
BUHLAIGA = "المتحدث باسم مجلس أعيان وحكماء الكفرة، الحاج عوض بوحليقة"
SKY = "«سكاي نيوز عربية»"
MAHAMAT = "المتحدث باسم جبهة التناوب والوفاق التشادية، عبد الكريم ماحامات"
HOSP = "مستشفى الكفرة العام"
LANA = "وكالة الأنباء الليبية"
KUFRA_RADIO = "إذاعة الكفرة المحلية"
STAFF = "موظفان في مطار الكفرة"
WARFALLI = "الباحث في الشأن الليبي هشام الورفلي"
MSF = "منظمة أطباء بلا حدود"

ARTICLES: dict[str, dict[str, Any]] = {
    "r121_jawf_yatama": {
        "outlet": "العربية نت",
        "published": "2027-04-04",
        "entries": [
            E("hd", "صددنا هجوما حوثيا واسعا على مواقعنا في اليتمة", "الجيش اليمني", CMD6, ORG, ":", HEAD),
            E(
                "repel",
                "قواتها صدت هجوما واسعا شنته جماعة الحوثي فجر السبت على مواقعها في منطقة اليتمة شمالي محافظة الجوف",
                CMD6,
                "",
                ORG,
                "أعلنت",
            ),
            E("k40", "المهاجمين تكبدوا «أكثر من 40 قتيلا»", "مؤكدة", CMD6, ORG, "مؤكدة"),
            E("d6", "6 من جنودها قتلوا خلال المواجهات", "مؤكدة", CMD6, ORG, "مؤكدة"),
            E("meter", "«الحوثيين لم يتقدموا مترا واحدا»", SAREEMI, "", N_OFF, "وقال", via=[ARABIYA]),
            E(
                "hold",
                "الجيش «ما زال يسيطر على كامل مواقعه في سلسلة جبال الخنجر»",
                SAREEMI,
                "",
                N_OFF,
                "وقال",
                via=[ARABIYA],
            ),
            E("kids", "الجماعة بالزج بـ«مقاتلين أطفال» في الهجوم", "الصريمي", SAREEMI, N_OFF, "واتهم"),
            E(
                "h7",
                "قواتهم «سيطرت على سبعة مواقع استراتيجية في جبال الخنجر»",
                MUAYYAD,
                "",
                N_OFF,
                "نقلت",
                via=[SABA],
            ),
            E("h14", "أسرت 14 من «المرتزقة»", MUAYYAD, "", N_OFF, "نقلت", via=[SABA]),
            E(
                "hdozens",
                "العشرات من القوات الحكومية سقطوا بين قتيل وجريح",
                "مضيفا",
                MUAYYAD,
                N_OFF,
                "مضيفا",
                via=[SABA],
            ),
            E(
                "withdraw",
                "وحدات الجيش انسحبت مساء السبت من تبتين على أطراف الخنجر «لتفادي الالتفاف عليها»",
                MIL_SRC,
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E("retake", "محاولات استعادتهما بدأت صباح الأحد", MIL_SRC, "", A_OFF, "أفاد", ANON),
            E(
                "hosp9",
                "المستشفى الميداني في اليتمة استقبل منذ السبت جثث 9 جنود و23 جريحا",
                AKIMI,
                "",
                N_OFF,
                "وأوضح",
            ),
            E(
                "camp",
                "قذيفة أطلقها الحوثيون سقطت بين خيامهم صباح السبت، فقتلت امرأة وطفلين",
                CAMP,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "alliance",
                "الجماعة بإقامة «تحالف ميداني» مع خلايا تنظيم القاعدة في صحراء الجوف",
                MINISTER,
                "",
                N_OFF,
                "واتهم",
                via=[ARABIYA],
            ),
            E("drones", "بتزويد تلك الخلايا بطائرات مسيرة", MINISTER, "", N_OFF, "واتهم", via=[ARABIYA]),
            E("lies", "هذه الاتهامات «أكاذيب مكشوفة»", WASHLI, "", N_OFF, "ورد", alt_types=[N_PER]),
            E(
                "trenches",
                "الحكومة هي «التي تتقاسم الخنادق مع القاعدة منذ سنوات»",
                "قائلا",
                WASHLI,
                N_OFF,
                "قائلا",
                alt_types=[N_PER],
            ),
            E(
                "bodies",
                "التوصل بوساطة من مشايخ قبيلة دهم إلى اتفاق مع الطرف الحكومي على تبادل جثث قتلى المعارك «خلال الأيام المقبلة»",
                HAMZI,
                "",
                N_OFF,
                "أعلن",
            ),
            E("iom320", "نزحت 320 أسرة من اليتمة والقرى المجاورة منذ السبت", IOM, "", ORG, "وبحسب"),
            E(
                "an_cut",
                "الجماعة ساعية إلى «قطع خطوط الإمداد بين الجوف والحدود السعودية»",
                SHADDADI,
                "",
                N_PER,
                "ويرجح",
            ),
            E(
                "an_widen",
                "المعارك في هذه الجبهة «قد تتسع إذا تعثرت الوساطة القبلية»",
                "لافتا",
                SHADDADI,
                N_PER,
                "لافتا",
            ),
        ],
    },
    "r122_jawf_khanjar": {
        "outlet": "المصدر أونلاين",
        "published": "2027-04-05",
        "entries": [
            E(
                "hd",
                "لا اتفاق مع الحوثيين على تبادل الجثث في الجوف",
                "مفاوض حكومي",
                WADII,
                N_OFF,
                ":",
                HEAD,
                alt_types=[A_OFF],
            ),
            E(
                "deny",
                "التوصل إلى أي اتفاق مع جماعة الحوثي على تبادل جثث قتلى المعارك الأخيرة في محافظة الجوف",
                WADII,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E("prelim", "الوساطة القبلية «ما زالت في طور الاتصالات الأولية»", "مؤكدا", WADII, N_OFF, "مؤكدا"),
            E(
                "med_agree",
                "الطرفين «وافقا مساء الأحد على تبادل الجثث»",
                DAHMI,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[MASDAR],
            ),
            E(
                "med48",
                "التنفيذ سيجري «في غضون ٤٨ ساعة» عند نقطة قريبة من اليتمة",
                DAHMI,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[MASDAR],
            ),
            E("hamzi_done", "الاتفاق «أنجز وينتظر التنفيذ»", HAMZI, "", N_OFF, "كتب", via=[X]),
            E(
                "hamzi_accuse",
                "الفريق الحكومي بـ«التنصل تحت ضغوط خارجية»",
                "متهما",
                HAMZI,
                N_OFF,
                "متهما",
                via=[X],
            ),
            E("sp8", "حصيلة قتلى الجيش في هجوم السبت إلى ٨", SAREEMI22, "", N_OFF, "رفع"),
            E("nocapt", "أسر أي جندي", "نافيا", SAREEMI22, N_OFF, "نافيا", NEG),
            E("meter_echo", "الحوثيين «لم يتقدموا مترا واحدا»", "ومجددا", SAREEMI22, N_OFF, "ومجددا"),
            E(
                "hosp11",
                "عدد الجنود القتلى الذين نقلت جثثهم إلى المستشفى الميداني في اليتمة بلغ ١١ جنديا",
                "مكتب الصحة في المحافظة",
                "",
                ORG,
                "أكد",
            ),
            E(
                "h7_echo",
                "قوات الجماعة «سيطرت على سبعة مواقع استراتيجية في جبال الخنجر»",
                MUAYYAD22,
                "",
                N_OFF,
                "زعم",
            ),
            E("nokids", "استخدام أي أطفال في القتال", "المؤيد", MUAYYAD22, N_OFF, "ونفى", NEG),
            E("propaganda", "الاتهام الحكومي بأنه «دعاية مكررة»", "واصفا", MUAYYAD22, N_OFF, "واصفا"),
            E("army_shell", "مدفعية الجيش هي التي قصفت مخيم الرحبة", LOC_SRC, "", A_OFF, "وقال", ANON),
            E(
                "civ3",
                "القوات الحكومية مسؤولية مقتل «ثلاثة مدنيين من النازحين»",
                "محملا",
                LOC_SRC,
                A_OFF,
                "محملا",
                ANON,
            ),
            E(
                "res_renew",
                "الاشتباكات تجددت ليل الأحد على أطراف الخنجر",
                RES_YAT,
                "",
                A_SRC,
                "وأفاد",
                ANON,
                via=["المصدر أونلاين"],
            ),
            E(
                "res_vacate",
                "وحدات الجيش كانت قد أخلت تبتين غربي الخنجر مساء السبت",
                RES_YAT,
                "",
                A_SRC,
                "وأفاد",
                ANON,
                via=["المصدر أونلاين"],
            ),
            E(
                "an_tak",
                "العلاقة بين الحوثيين والقاعدة في الجوف «تخادم ظرفي لا يرقى إلى التحالف»",
                QABATI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_meet",
                "الطرفين يلتقيان على استنزاف القوات الحكومية من دون تنسيق معلن",
                "موضحا",
                QABATI,
                N_PER,
                "موضحا",
            ),
            E(
                "min_echo",
                "بإقامة «تحالف ميداني» مع خلايا تنظيم القاعدة في صحراء الجوف",
                "وزير الإعلام صادق الحميري",
                "",
                N_OFF,
                "اتهم",
                via=[ARABIYA],
            ),
            E(
                "iom510",
                "ارتفاع عدد الأسر النازحة من اليتمة ومحيطها إلى ٥١٠ أسر منذ السبت",
                IOM,
                "",
                ORG,
                "وأعلنت",
            ),
            E("iom_water", "نقص حاد في المياه والخيام", "مشيرة", IOM, ORG, "مشيرة"),
        ],
    },
    "r123_diyala_hawadir": {
        "outlet": "السومرية نيوز",
        "published": "2027-04-11",
        "entries": [
            E("hd", "قتل ٥ من منفذي هجوم الحوادر واعتقال ٣ آخرين", CELL, "", ORG, ":", HEAD),
            E("cell5", "مقتل خمسة من عناصر تنظيم «داعش» واعتقال ثلاثة آخرين", CELL, "", ORG, "أعلنت"),
            E("cell3", "ثلاثة من منتسبي الحشد استشهدوا في الهجوم", "مبينة", CELL, ORG, "مبينة"),
            E("cmd6", "ستة من مقاتلي اللواء قضوا في الهجوم", GHARRAWI, "", N_OFF, "قال"),
            E(
                "cmd_infil",
                "المهاجمين «تسللوا من بساتين الوقف مستغلين الظلام والضباب الكثيف»",
                GHARRAWI,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "health6",
                "مستشفى المقدادية العام تسلم جثث ستة من مقاتلي الحشد",
                HEALTH_SRC,
                "",
                A_OFF,
                "نقلا عن",
                ANON,
                via=[IRAQIYA],
            ),
            E(
                "isis20",
                "مسلحيه «قتلوا وأصابوا ٢٠ عنصرا من الحشد»",
                "التنظيم",
                ISIS,
                ORG,
                "زعم",
                via=[AMAQ],
            ),
            E("isis_safe", "أنهم «عادوا إلى مواقعهم سالمين»", "التنظيم", ISIS, ORG, "زعم", via=[AMAQ]),
            E(
                "pol2",
                "القوات لم تعثر إلا على جثتين من جثث المهاجمين",
                POL,
                "",
                A_OFF,
                "وأبلغ",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "pol15",
                "عددهم بنحو ١٥ مسلحا استخدموا مناظير حرارية وأسلحة قنص",
                "مقدرين",
                POL,
                A_OFF,
                "مقدرين",
                ANON,
                via=[SUMARIA],
            ),
            E("mayor_ctrl", "الوضع في القرية «تحت السيطرة بالكامل»", KHAZRAJI, "", N_OFF, "وأكد"),
            E("mayor_nofam", "«أي عائلة لم تغادر الحوادر»", KHAZRAJI, "", N_OFF, "وأكد"),
            E(
                "res_fled",
                "عشرات العائلات نزحت صباح السبت نحو مركز القضاء",
                RES_HAW,
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "res_orchards",
                "المسلحين جاؤوا من جهة بساتين الوقف",
                "مضيفين",
                RES_HAW,
                A_SRC,
                "مضيفين",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "gov_agree",
                "التوصل إلى اتفاق مع قيادة عمليات ديالى للحشد الشعبي يقضي بتسليم الملف الأمني في الحوادر والقرى المحيطة بها إلى الجيش العراقي «خلال أسبوع»",
                AZZAWI,
                "",
                N_OFF,
                "وأعلن",
            ),
            E(
                "coun12",
                "فصائل في الحشد باعتقال ١٢ من أبناء القرية «من دون مذكرات قضائية»",
                OBAIDI,
                "",
                N_OFF,
                "اتهم",
            ),
            E("coun_farmers", "المعتقلين «مزارعون لا صلة لهم بداعش»", "مؤكدا", OBAIDI, N_OFF, "مؤكدا"),
            E(
                "an_hamrin",
                "الهجوم «يحمل بصمة خلايا متمرسة قادمة من سلسلة جبال حمرين»",
                RUBAIE,
                "",
                N_PER,
                "ويعتقد",
            ),
            E(
                "an_worse",
                "الخلاف على إدارة الملف الأمني في المقدادية «قد يكون أخطر من الهجوم نفسه»",
                "محذرا",
                RUBAIE,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r124_diyala_muqdadiya": {
        "outlet": "العربي الجديد",
        "published": "2027-04-12",
        "entries": [
            E("hd", "لا اتفاق على تسليم الملف الأمني في الحوادر للجيش", "حشد ديالى", PMF_CMD, ORG, ":", HEAD),
            E(
                "pmf_deny",
                "التوصل إلى أي اتفاق مع الحكومة المحلية على تسليم الملف الأمني في قرية الحوادر بقضاء المقدادية إلى الجيش",
                PMF_CMD,
                "",
                ORG,
                "نفت",
                NEG,
            ),
            E(
                "pmf_stay",
                "قواتها «باقية في مواقعها حتى تطهير البساتين بالكامل»",
                "مؤكدة",
                PMF_CMD,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E("govoff", "الاتفاق «وقع بحضور ممثلين عن الطرفين»", GOV_OFF, "", ORG, "أكد", via=[ARABI]),
            E(
                "army_none",
                "قطعاته «لم تتسلم أي مهام جديدة في الحوادر حتى الآن»",
                SHAMMARI,
                "",
                N_OFF,
                "فقال",
                via=[INA],
            ),
            E(
                "cmd7",
                "حصيلة قتلى اللواء في هجوم ليل الجمعة ارتفعت إلى 7",
                GHARRAWI24,
                "",
                N_OFF,
                "وقال",
                via=[ARABI],
            ),
            E(
                "cmd8",
                "قواته اعتقلت «8 أشخاص فقط» ممن قدموا الدعم للمهاجمين",
                "وأضاف",
                GHARRAWI24,
                N_OFF,
                "وأضاف",
                via=[ARABI],
            ),
            E("cmd_nomal", "يكون أي منهم قد تعرض لسوء المعاملة", "نافيا", GHARRAWI24, N_OFF, "نافيا", NEG),
            E(
                "coun12e",
                "فصائل في الحشد باعتقال 12 من أبناء القرية «من دون مذكرات قضائية»",
                OBAIDI24,
                "",
                N_OFF,
                "جدد",
            ),
            E(
                "coun_beat",
                "خمسة منهم أطلق سراحهم مساء الأحد «وعلى أجسادهم آثار ضرب»",
                "كاشفا",
                OBAIDI24,
                N_OFF,
                "كاشفا",
            ),
            E("cell3only", "حصيلة الشهداء «ثلاثة فقط»", DULAIMI, "", N_OFF, "قال"),
            E(
                "cell_bodies",
                "جثث المهاجمين الخمسة سلمت إلى دائرة الطب العدلي في بعقوبة",
                "مشيرا",
                DULAIMI,
                N_OFF,
                "مشيرا",
            ),
            E("isis_echo", "مسلحيه «عادوا إلى مواقعهم سالمين»", ISIS, "", ORG, "زعم", via=[AMAQ]),
            E(
                "pol_echo",
                "القوات لم تعثر إلا على جثتين من جثث المهاجمين",
                "مصدرين أمنيين",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[SUMARIA],
            ),
            E("disp40", "أكثر من 40 عائلة غادرت القرية منذ السبت", DISPL, "", A_SRC, "وقال", ANON),
            E(
                "disp_burn",
                "مسلحين مجهولين أحرقوا منزلين على أطرافها ليل الأحد",
                DISPL,
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E("mayor_norev", "وقوع أي حوادث انتقامية", KHAZRAJI, "", N_OFF, "ونفى", NEG),
            E("mayor_echo", "«أي عائلة لم تغادر الحوادر»", "مكررا", KHAZRAJI, N_OFF, "مكررا"),
            E(
                "rights15",
                "تلقت شكاوى من ذوي 15 محتجزا في قضاء المقدادية منذ مطلع أبريل",
                IHCHR,
                "",
                ORG,
                "وذكرت",
            ),
            E("rights_call", "عرضهم على القضاء", "داعية", IHCHR, ORG, "داعية", OPT),
            E(
                "an_gaps",
                "تكرار الهجمات في المنطقة «يكشف ثغرات في تقاسم المسؤولية بين الحشد والجيش»",
                SAMARRAI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_inside",
                "الخلايا المهاجمة «تتلقى معلومات من داخل القرى»",
                "مرجحا",
                SAMARRAI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r125_kufra_qadarfi": {
        "outlet": "ليبيا الأحرار",
        "published": "2027-04-17",
        "entries": [
            E("hd", "بسطنا سيطرتنا الكاملة على حي قدرفي في الكفرة", "«سبل السلام»", BRIG, ORG, ":", HEAD),
            E("ctrl", "بسط سيطرتها الكاملة على حي قدرفي جنوبي مدينة الكفرة", BRIG, "", ORG, "أعلنت"),
            E("outlaw", "«مجموعات خارجة عن القانون»", "وصفتها", BRIG, ORG, "وصفتها", OPT),
            E("k9", "قواته قتلت 9 مسلحين «بينهم مرتزقة تشاديون»", FARJANI, "", N_OFF, "وقال", via=[AHRAR]),
            E("arr17", "اعتقلت 17 آخرين", FARJANI, "", N_OFF, "وقال", via=[AHRAR]),
            E("lost2", "فقدت الكتيبة اثنين من عناصرها", FARJANI, "", N_OFF, "وقال", via=[AHRAR]),
            E(
                "alliance",
                "المسلحين «يقاتلون ضمن تحالف مع جبهة التناوب والوفاق التشادية»",
                "وأضاف",
                FARJANI,
                N_OFF,
                "وأضاف",
                via=[AHRAR],
            ),
            E("nociv", "أي مدني لم يصب في العمليات", "مؤكدا", FARJANI, N_OFF, "مؤكدا", via=[AHRAR]),
            E("airport", "مطار الكفرة «يعمل بشكل طبيعي»", "مؤكدا", FARJANI, N_OFF, "مؤكدا", via=[AHRAR]),
            E(
                "tebu5",
                "القتلى «خمسة شبان من أبناء الحي قتلوا عند بوابة الأربعين»",
                TEBU,
                "",
                ORG,
                "قال",
                alt_types=[DOC],
            ),
            E("tebu_nochad", "وجود أي مقاتل تشادي بينهم", "نافيا", TEBU, ORG, "نافيا", NEG, alt_types=[DOC]),
            E(
                "tebu_kin",
                "صلة شباب قدرفي بالتبو في تشاد «لا تتعدى روابط القربى والمصاهرة»",
                "ومشددا",
                TEBU,
                ORG,
                "ومشددا",
                alt_types=[DOC],
            ),
            E(
                "sec_south",
                "الشبان المسلحين «ما زالوا يتحصنون في الجزء الجنوبي من قدرفي»",
                SEC,
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "sec_spark",
                "شرارة القتال كانت مقتل عنصر من الكتيبة في شجار عند محطة وقود",
                "موضحين",
                SEC,
                A_OFF,
                "موضحين",
                ANON,
            ),
            E(
                "res_kids",
                "قذائف هاون سقطت على بيوت في الحي ليل الجمعة وأصابت طفلين بجروح",
                RES_QAD,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "res_farms",
                "عائلات كثيرة لجأت إلى مزارع في ضواحي المدينة هربا من القصف",
                RES_QAD,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "res_notin",
                "الكتيبة لم تدخل الجزء الجنوبي من الحي حتى الآن",
                "أحدهم",
                RES_QAD,
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
            ),
            E("hosp12", "المستشفى استقبل 12 جثة و31 جريحا", MED, "", A_OFF, "ونقلت", ANON, via=[REUTERS]),
            E("hosp4", "بين القتلى أربعة من عناصر الكتيبة", MED, "", A_OFF, "ونقلت", ANON, via=[REUTERS]),
            E(
                "eld_truce",
                "التوصل إلى هدنة بين الطرفين تسري من ظهر الأحد، تشمل تبادل المحتجزين وفتح ممرات آمنة لإسعاف الجرحى",
                ELDERS,
                "",
                ORG,
                "وأعلن",
            ),
            E("unhcr40", "نحو 40 ألف لاجئ سوداني مسجلون لديها في الكفرة", UNHCR, "", ORG, "وذكرت"),
            E("unhcr_food", "المعارك أوقفت توزيع الحصص الغذائية عليهم", "محذرة", UNHCR, ORG, "محذرة"),
            E("mayor100", "عدد السودانيين في المدينة بـ«أكثر من 100 ألف»", ZUWAY, "", N_OFF, "قدر"),
            E(
                "an_smug",
                "التوتر إلى «صراع قديم على عائدات التهريب عبر المثلث الحدودي»",
                BARASI,
                "",
                N_PER,
                "ويعزو",
            ),
            E(
                "an_tribal",
                "الطرفين «يستعملان الخطاب القبلي لحشد الأنصار»",
                "معتبرا",
                BARASI,
                N_PER,
                "معتبرا",
            ),
        ],
    },
    "r126_kufra_truce": {
        "outlet": "سكاي نيوز عربية",
        "published": "2027-04-19",
        "entries": [
            E("hd", "هدنة بين «سبل السلام» وشباب التبو منذ ظهر الأحد", "أعيان الكفرة", ELDERS, ORG, ":", HEAD),
            E(
                "eld_commit",
                "ممثلي الكتيبة وشباب حي قدرفي «التزموا بوقف القتال منذ ظهر الأحد»",
                BUHLAIGA,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[SKY],
            ),
            E(
                "eld_release",
                "أول دفعة من المحتجزين أفرج عنها مساء اليوم نفسه",
                BUHLAIGA,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[SKY],
            ),
            E("lna_notruce", "وجود أي هدنة «مع عصابات التهريب»", FARJANI26, "", N_OFF, "نفى", NEG),
            E("lna_ops", "العمليات «مستمرة حتى تطهير آخر شبر» من الحي", "مؤكدا", FARJANI26, N_OFF, "مؤكدا"),
            E("lna23", "عدد الموقوفين ارتفع إلى ٢٣ «بينهم ثلاثة تشاديين»", "مؤكدا", FARJANI26, N_OFF, "مؤكدا"),
            E(
                "alliance_echo",
                "المسلحين بأنهم «يقاتلون ضمن تحالف مع جبهة التناوب والوفاق التشادية»",
                "الفرجاني",
                FARJANI26,
                N_OFF,
                "وجدد",
            ),
            E("ctrl_echo", "«بسط سيطرتها الكاملة على حي قدرفي»", "الكتيبة", BRIG26, ORG, "أعلنت"),
            E("tebu_commit", "التزامه بالهدنة", TEBU, "", ORG, "فأكد", alt_types=[DOC]),
            E(
                "tebu_libyan",
                "«جميع المحتجزين مواطنون ليبيون من سكان الحي»",
                "مشيرا",
                TEBU,
                ORG,
                "مشيرا",
                alt_types=[DOC],
            ),
            E(
                "tebu_raids",
                "الكتيبة بمداهمة منازل في قدرفي واقتياد شبان منها بعد سريان وقف إطلاق النار",
                "واتهم",
                TEBU,
                ORG,
                "واتهم",
                alt_types=[DOC],
            ),
            E("fact_nopres", "يكون لمقاتلي الجبهة أي وجود في الكفرة", MAHAMAT, "", N_OFF, "ونفى", NEG),
            E(
                "fact_pretext",
                "الحديث عن تحالف مع شباب التبو بأنه «ذريعة لتبرير القصف»",
                "واصفا",
                MAHAMAT,
                N_OFF,
                "واصفا",
            ),
            E(
                "fact_ndj",
                "خلافنا مع نجامينا، ولا شأن لنا بنزاعات الكفرة",
                "وأضاف",
                MAHAMAT,
                N_OFF,
                "وأضاف",
                DIRECT,
            ),
            E("hosp15", "حصيلة القتلى إلى ١٥", HOSP, "", ORG, "رفع", via=[LANA, KUFRA_RADIO]),
            E(
                "hosp_civ3",
                "ثلاثة مدنيين من عائلة واحدة سقطت قذيفة على منزلها",
                HOSP,
                "",
                ORG,
                "رفع",
                via=[LANA, KUFRA_RADIO],
            ),
            E(
                "staff_susp",
                "الرحلات معلقة منذ السبت بعد سقوط قذيفة قرب المدرج",
                STAFF,
                "",
                A_OFF,
                "وأكد",
                ANON,
                via=["سكاي نيوز عربية"],
            ),
            E(
                "sec_echo",
                "الشبان المسلحين «ما زالوا يتحصنون في الجزء الجنوبي من قدرفي»",
                "مسؤولين أمنيين",
                "",
                A_OFF,
                "ونقل",
                ANON,
                via=["موقع «ليبيا الأحرار»"],
            ),
            E(
                "an_cross",
                "ما يجمع بعض شباب قدرفي بالمعارضة التشادية «تقاطع مصالح في طرق التهريب، لا تحالف عسكري»",
                WARFALLI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_hold",
                "تصمد الهدنة «إذا ضمنت القيادة العامة انسحاب الكتيبة إلى مقراتها»",
                "مرجحا",
                WARFALLI,
                N_PER,
                "مرجحا",
            ),
            E("msf47", "فرقها قدمت العلاج لـ٤٧ جريحا في الكفرة منذ الجمعة", MSF, "", ORG, "قالت"),
            E(
                "unhcr3k",
                "قرابة ٣ آلاف لاجئ سوداني كانوا يقيمون في قدرفي انتقلوا خلال اليومين الماضيين إلى تجمعات في الأطراف الشمالية للمدينة",
                UNHCR,
                "",
                ORG,
                "أعلنت",
            ),
        ],
    },
}


def _cross(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a in left for b in right]


RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # al-Jawf: control of the Khanjar positions
        *_cross(["r121.hold", "r121.meter", "r122.meter_echo"], ["r121.h7", "r122.h7_echo"]),
        ("r121.hold", "r121.withdraw"),
        ("r121.hold", "r122.res_vacate"),
        # al-Jawf: the army's dead (same day, or a higher figure one day against a lower one the next)
        ("r121.d6", "r121.hosp9"),
        ("r121.hosp9", "r122.sp8"),
        ("r122.sp8", "r122.hosp11"),
        # al-Jawf: prisoners, child fighters, the camp
        ("r121.h14", "r122.nocapt"),
        ("r121.kids", "r122.nokids"),
        ("r121.kids", "r122.propaganda"),
        ("r121.camp", "r122.army_shell"),
        ("r121.camp", "r122.civ3"),
        # al-Jawf: Houthis and al-Qaeda
        ("r121.alliance", "r121.lies"),
        ("r121.drones", "r121.lies"),
        ("r122.min_echo", "r121.lies"),
        ("r121.alliance", "r122.an_tak"),
        ("r122.min_echo", "r122.an_tak"),
        # al-Jawf: the exchange of bodies
        *_cross(["r121.bodies", "r122.med_agree", "r122.hamzi_done"], ["r122.hd", "r122.deny", "r122.prelim"]),
        # Diyala: the PMF dead
        ("r123.cell3", "r123.cmd6"),
        ("r123.cell3", "r123.health6"),
        ("r123.cmd6", "r124.cell3only"),
        ("r123.health6", "r124.cell3only"),
        ("r124.cmd7", "r124.cell3only"),
        # Diyala: the attackers killed or back safe
        *_cross(["r123.hd", "r123.cell5", "r124.cell_bodies"], ["r123.isis_safe", "r124.isis_echo"]),
        *_cross(["r123.pol2", "r124.pol_echo"], ["r123.isis_safe", "r124.isis_echo"]),
        ("r124.cell_bodies", "r123.pol2"),
        ("r124.cell_bodies", "r124.pol_echo"),
        # Diyala: the detainees
        ("r123.coun12", "r124.cmd8"),
        ("r124.coun12e", "r124.cmd8"),
        ("r123.coun_farmers", "r124.cmd8"),
        ("r124.coun_beat", "r124.cmd_nomal"),
        # Diyala: displacement and revenge
        *_cross(["r123.mayor_nofam", "r124.mayor_echo"], ["r123.res_fled", "r124.disp40"]),
        ("r124.disp_burn", "r124.mayor_norev"),
        # Diyala: the agreement on the security file
        *_cross(["r123.gov_agree", "r124.govoff"], ["r124.hd", "r124.pmf_deny"]),
        # Kufra: control of Qadarfi
        *_cross(["r125.hd", "r125.ctrl", "r126.ctrl_echo"], ["r125.sec_south", "r126.sec_echo", "r125.res_notin"]),
        # Kufra: the dead, Chadians, civilians
        ("r125.k9", "r125.tebu5"),
        ("r125.k9", "r125.tebu_nochad"),
        ("r125.lost2", "r125.hosp4"),
        ("r125.nociv", "r125.res_kids"),
        ("r125.nociv", "r126.hosp_civ3"),
        ("r126.lna23", "r126.tebu_libyan"),
        ("r125.airport", "r126.staff_susp"),
        # Kufra: alliance with the Chadian front
        *_cross(["r125.alliance", "r126.alliance_echo"], ["r125.tebu_kin", "r126.fact_pretext", "r126.an_cross"]),
        # Kufra: the truce
        *_cross(["r125.eld_truce", "r126.hd", "r126.eld_commit"], ["r126.lna_notruce", "r126.lna_ops"]),
    ],
    "agreements": [
        ("r121.bodies", "r122.med_agree"),
        ("r122.hamzi_done", "r122.med_agree"),
        ("r121.withdraw", "r122.res_vacate"),
        ("r123.cmd6", "r123.health6"),
        ("r123.res_fled", "r124.disp40"),
        ("r123.cmd_infil", "r123.res_orchards"),
        ("r125.sec_south", "r125.res_notin"),
        ("r126.sec_echo", "r125.res_notin"),
        ("r125.eld_truce", "r126.tebu_commit"),
        ("r126.eld_commit", "r126.tebu_commit"),
        ("r126.hd", "r126.tebu_commit"),
        ("r125.tebu_kin", "r126.fact_pretext"),
        ("r126.fact_pretext", "r126.an_cross"),
    ],
    "echoes": [
        ("r121.meter", "r122.meter_echo"),
        ("r121.h7", "r122.h7_echo"),
        ("r121.alliance", "r122.min_echo"),
        ("r123.isis_safe", "r124.isis_echo"),
        ("r123.pol2", "r124.pol_echo"),
        ("r123.mayor_nofam", "r124.mayor_echo"),
        ("r123.coun12", "r124.coun12e"),
        ("r125.ctrl", "r126.ctrl_echo"),
        ("r125.sec_south", "r126.sec_echo"),
        ("r125.alliance", "r126.alliance_echo"),
    ],
    "not_contradictions": [
        ("r121.d6", "r122.sp8"),
        ("r121.hosp9", "r122.hosp11"),
        ("r121.iom320", "r122.iom510"),
        ("r121.d6", "r121.hdozens"),
        ("r121.bodies", "r122.med48"),
        ("r122.res_renew", "r122.meter_echo"),
        ("r123.cmd6", "r124.cmd7"),
        ("r123.health6", "r124.cmd7"),
        ("r123.cell3", "r123.isis20"),
        ("r123.coun12", "r124.rights15"),
        ("r123.pol15", "r123.cell5"),
        ("r123.gov_agree", "r124.army_none"),
        ("r125.arr17", "r126.lna23"),
        ("r125.hosp12", "r126.hosp15"),
        ("r125.unhcr40", "r125.mayor100"),
        ("r125.unhcr40", "r126.unhcr3k"),
        ("r125.res_kids", "r126.hosp_civ3"),
        ("r125.hosp12", "r126.msf47"),
        ("r125.tebu_nochad", "r126.lna23"),
    ],
}

if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
