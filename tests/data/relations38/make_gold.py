"""Writes gold.json for relations set 38 (r223..r228) from the annotations below
(`python3 -B tests/data/relations38/make_gold.py`; add `--stats` for the tallies in README.md).

Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every
offset (a claim must occur exactly once in its article, a speaker at least once). `check_layout` checks each
article's layout, its word count (320-335) and its digits; `check_counts` checks the intended tallies.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
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

WORDS = (320, 335)
WESTERN = re.compile(r"[0-9]")
EASTERN = re.compile(r"[\u0660-\u0669]")
# which digits each article uses: "western" (and number words) or "eastern" (Arabic-Indic)
DIGITS = {
    "r223_saada_market_shelling": "western",
    "r224_saada_migrants": "eastern",
    "r225_gwoza_abduction": "eastern",
    "r226_gwoza_release": "western",
    "r227_murzuq_clashes": "western",
    "r228_murzuq_truce": "eastern",
}

# ---------------------------------------------------------------- speakers
# r223/r224: Saada, the shelling of the Al-Raqw market
MOH = "وزارة الصحة في حكومة صنعاء"
RAZIHI = "مدير مستشفى الجمهوري في مدينة صعدة، الدكتور طه الرازحي"
HARBI = "المتحدث باسم تحالف دعم الشرعية في اليمن، العميد الركن سلطان الحربي"
COAL = "تحالف دعم الشرعية في اليمن"
SA_SRC = "مصدر عسكري سعودي"
AZZI = "مدير مديرية منبه، حسين فارع العزي"
IOM = "المنظمة الدولية للهجرة"
DAHYANI = "المتحدث العسكري باسم قوات صنعاء، العميد عبد الخالق الضحياني"
ARABY = "«العربي الجديد»"
ARABIYA = "قناة «العربية»"
AWSAT = "«الشرق الأوسط»"
MIGRANT = "مهاجر إثيوبي نجا من القصف"
# r225/r226: Gwoza, the abduction and the release
BULAMA = "قائد «قوة المهام المشتركة المدنية» في منطقة غووزا بولاية بورنو، موسى بولاما"
BULAMA26 = "قائد «قوة المهام المشتركة المدنية» في غووزا، موسى بولاما"
MAINA = "المتحدث باسم شرطة ولاية بورنو، المفوض المساعد إبراهيم ماينا"
ARMY = "الجيش النيجيري"
OKEKE = "المتحدث باسم الجيش، العميد تشارلز أوكيكي"
OKEKE26 = "المتحدث باسمه، العميد تشارلز أوكيكي"
FATIMA = "ناجية تدعى فاطمة علي"
SKY = "«سكاي نيوز عربية»"
SEC25 = "مصدر أمني طلب عدم الكشف عن اسمه"
GONI = "مفوض الإعلام في ولاية بورنو، حسن غوني"
KIN = "ثلاثة من أقارب المخطوفين"
F24 = "«فرانس 24»"
HAJARA = "إحدى المحررات، وتدعى هاجرة موسى"
AMNESTY = "منظمة العفو الدولية"
# r227/r228: Murzuq, the clashes and the truce
HOSP = "مستشفى مرزق العام"
ELDERS = "مجلس أعيان وحكماء فزان"
HUDAIRI = "رئيس المجلس، الشيخ عمر الحضيري"
HUDAIRI28 = "رئيس مجلس أعيان وحكماء فزان، الشيخ عمر الحضيري"
BUHALIQA = "المتحدث باسم «الكتيبة 177»، الرائد فرج بوحليقة"
BUHALIQA28 = "المتحدث باسم الكتيبة، الرائد فرج بوحليقة"
KURI = "آمر «قوة حماية مرزق»، حسن كوري"
FORCE28 = "«قوة حماية مرزق» ذات الغالبية التباوية"
WARDAKO = "عميد بلدية مرزق، عيسى وردكو"
ARABIYANET = "«العربية.نت»"
LRC = "الهلال الأحمر الليبي"
UNSMIL = "بعثة الأمم المتحدة للدعم في ليبيا"

ARTICLES: dict[str, dict[str, Any]] = {
    "r223_saada_market_shelling": {
        "outlet": "العربي الجديد",
        "published": "2028-09-04",
        "entries": [
            E("hd", "14 قتيلا بقصف مدفعي على سوق الرقو الحدودي في صعدة", "الصحة في صنعاء", MOH, ORG, ":", HEAD),
            E("moh14", "مقتل 14 شخصا وإصابة 31 آخرين", MOH, "", ORG, "أعلنت"),
            E(
                "moh_saudi",
                "القذائف «أطلقتها مدفعية حرس الحدود السعودي من خلف الشريط الحدودي»",
                "الوزارة",
                MOH,
                ORG,
                "وقالت",
                alt_types=[DOC],
            ),
            E(
                "moh_civ",
                "الضحايا جميعا «مدنيون كانوا يتسوقون في يوم السوق الأسبوعي»",
                "مؤكدة",
                MOH,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E("hsp8", "المستشفى استقبل 8 جثث و19 جريحا", RAZIHI, "", N_OFF, "وقال", via=[ARABY]),
            E(
                "hsp_kids",
                "بين الجرحى ثلاثة أطفال كانوا يبيعون الماء للمتسوقين",
                "مشيرا",
                RAZIHI,
                N_OFF,
                "مشيرا",
                via=[ARABY],
            ),
            E("co_deny", "تكون القوات السعودية قد قصفت أي سوق في صعدة", HARBI, "", N_OFF, "نفى", NEG),
            E(
                "co_smug",
                "حرس الحدود «تعامل مع محاولة تسلل لمهربين مسلحين» قرب منفذ الرقو فجر الاثنين",
                "موضحا",
                HARBI,
                N_OFF,
                "موضحا",
            ),
            E("co_closed", "السوق «مغلق منذ أشهر ولا يرتاده مدنيون»", "وأضاف", HARBI, N_OFF, "وأضاف"),
            E("co_armed", "القتلى «عناصر تهريب مسلحة»", "وأضاف", HARBI, N_OFF, "وأضاف"),
            E(
                "sa_mortar",
                "الانفجارات «ناجمة عن قذائف هاون أطلقها الحوثيون باتجاه الحدود وسقطت داخل السوق»",
                SA_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[ARABIYA],
            ),
            E(
                "wit_north",
                "القذائف جاءت «من جهة الجبال السعودية شمالا»",
                "شهود عيان",
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[ARABY],
            ),
            E(
                "vendor",
                "السوق «أعيد فتحه قبل نحو ثلاثة أسابيع بعد إغلاق طويل»",
                "بائع يدعى علي مفرح",
                "",
                N_PER,
                "قال",
            ),
            E(
                "res_crowd",
                "مئات المتسوقين كانوا في السوق لحظة سقوط القذائف",
                "سكان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "iom7",
                "7 على الأقل من القتلى مهاجرون إثيوبيون كانوا ينتظرون عبور الحدود",
                IOM,
                "",
                ORG,
                "وبحسب",
            ),
            E("loc20", "عدد القتلى بـ«أكثر من 20»", AZZI, "", N_OFF, "فقدر"),
            E("loc_missing", "الأهالي ما زالوا يبحثون عن مفقودين تحت الأنقاض", "لافتا", AZZI, N_OFF, "لافتا"),
            E(
                "masira",
                "طائرة استطلاع حلقت فوق السوق قبل دقائق من القصف",
                "قناة «المسيرة»",
                "",
                MEDIA,
                "وذكرت",
            ),
            E(
                "saba_shada",
                "قصفا آخر استهدف مديرية شدا المجاورة وأصاب مزارعين اثنين",
                "مصدر في مكتب الصحة بالمحافظة",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «سبأ»"],
            ),
            E(
                "mil63",
                "القصف السعودي على المديريات الحدودية أوقع 63 مدنيا بين قتيل وجريح منذ مطلع أغسطس",
                DAHYANI,
                "",
                N_OFF,
                "ويقول",
            ),
        ],
    },
    "r224_saada_migrants": {
        "outlet": "الشرق الأوسط",
        "published": "2028-09-05",
        "entries": [
            E(
                "hd",
                "١١ مهاجرا إثيوبيا بين قتلى قصف سوق الرقو في صعدة",
                "الهجرة الدولية",
                IOM,
                ORG,
                ":",
                HEAD,
            ),
            E("co_renew", "قصف سوق الرقو في مديرية منبه بمحافظة صعدة", COAL, "", ORG, "جدد", NEG),
            E(
                "co_rise",
                "حرس الحدود «يرصد منذ أسابيع تزايدا في محاولات التهريب عبر منفذ الرقو»",
                "مؤكدا",
                COAL,
                ORG,
                "مؤكدا",
            ),
            E(
                "co_six",
                "حرس الحدود اشتبك فجر الاثنين مع مجموعة مسلحة حاولت اجتياز الحدود وقتل ٦ من عناصرها",
                "المتحدث باسم التحالف، العميد الركن سلطان الحربي",
                "",
                N_OFF,
                "وأوضح",
            ),
            E(
                "co_review",
                "«فريق تقييم الحوادث المشترك» باشر مراجعة ما جرى",
                "مشيرا",
                "المتحدث باسم التحالف، العميد الركن سلطان الحربي",
                N_OFF,
                "مشيرا",
            ),
            E(
                "sa_echo",
                "الانفجارات نجمت عن «قذائف هاون حوثية سقطت داخل السوق»",
                SA_SRC,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[ARABIYA],
            ),
            E(
                "gov_mortar",
                "قذائف أطلقها الحوثيون من مرتفعات قريبة «سقطت على السوق عن طريق الخطأ»",
                "مصدر في الجيش اليمني التابع للحكومة المعترف بها دوليا",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[AWSAT],
            ),
            E("moh19", "حصيلة الضحايا إلى ١٩ قتيلا و٣٨ جريحا", MOH, "", ORG, "رفعت"),
            E(
                "moh_mig",
                "بين القتلى ١١ مهاجرا إثيوبيا",
                "المتحدث باسمها، الدكتور عبد الرحمن الشامي",
                "",
                N_OFF,
                "وقال",
            ),
            E("loc24", "الحصيلة بلغت ٢٤ قتيلا بعد انتشال جثتين من تحت الأنقاض", AZZI, "", N_OFF, "فأكد"),
            E("msf8", "المستشفى استقبل يوم الاثنين ٨ جثث و١٩ مصابا", "منظمة «أطباء بلا حدود»", "", ORG, "ووفقا"),
            E(
                "kids_echo",
                "بين الجرحى ثلاثة أطفال كانوا يبيعون الماء",
                "مدير المستشفى، الدكتور طه الرازحي",
                "",
                N_OFF,
                "ونقلت",
                via=[ARABY],
            ),
            E("iom11", "١١ مهاجرا إثيوبيا على الأقل قتلوا في القصف", IOM, "", ORG, "وقالت"),
            E("iom15", "١٥ آخرين أصيبوا بجروح", IOM, "", ORG, "وقالت"),
            E(
                "surv_market",
                "القذائف سقطت «على الناس وهم يشترون الخبز والماء»",
                MIGRANT,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[AWSAT],
            ),
            E(
                "surv_noarms",
                "لم يكن بيننا أي مسلح، كنا ننتظر المهرب ليأخذنا إلى الحدود",
                "مضيفا",
                MIGRANT,
                A_SRC,
                "مضيفا",
                ANON,
                DIRECT,
                via=[AWSAT],
            ),
            E(
                "rights17",
                "فرقه وثقت أسماء ١٧ قتيلا «ليس بينهم مسلح واحد»",
                "«مرصد صعدة لحقوق الإنسان»",
                "",
                ORG,
                "وأكد",
            ),
            E(
                "loc_reopen",
                "السوق «أعيد فتحه منتصف أغسطس الماضي»",
                "مسؤول في السلطة المحلية بصعدة",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "res_displ",
                "عشرات الأسر نزحت من القرى المحيطة بالسوق خشية تجدد القصف",
                "سكان من منبه",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "analyst",
                "الاشتباكات على الشريط الحدودي «لم تتوقف فعليا رغم التهدئة المعلنة منذ عامين»",
                "الباحث اليمني في الشؤون العسكرية مراد الحميري",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r225_gwoza_abduction": {
        "outlet": "سكاي نيوز عربية",
        "published": "2028-09-12",
        "entries": [
            E(
                "hd",
                "الجنود لم يتحركوا إلا بعد ساعتين",
                "ناجية من هجوم غووزا",
                FATIMA,
                N_PER,
                ":",
                HEAD,
                alt_types=[A_SRC],
            ),
            E(
                "cjtf52",
                "مسلحين من جماعة «بوكو حرام» خطفوا ٥٢ شخصا، معظمهم نساء",
                BULAMA,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
            ),
            E("cjtf_kill6", "المهاجمين قتلوا ٦ مزارعين حاولوا الفرار", "مضيفا", BULAMA, N_OFF, "مضيفا", alt_types=[N_PER]),
            E("pol19", "عدد المخطوفين «لا يتجاوز ١٩ شخصا»", MAINA, "", N_OFF, "أفاد"),
            E("pol_nodead", "سقوط أي قتيل في الهجوم", "نافيا", MAINA, N_OFF, "نافيا", NEG),
            E(
                "lga_mandara",
                "الخاطفين «عبروا بالمخطوفين نحو جبال ماندارا»",
                "رئيس مجلس حكومة غووزا المحلية، محمد شيتيما",
                "",
                N_OFF,
                "فقال",
            ),
            E(
                "army_iswap",
                "الهجوم نفذه عناصر من تنظيم «داعش في غرب أفريقيا»",
                ARMY,
                "",
                ORG,
                "وذكر",
                alt_types=[DOC],
            ),
            E(
                "army_minutes",
                "قواته «استجابت خلال دقائق» وطاردت المهاجمين",
                ARMY,
                "",
                ORG,
                "وذكر",
                alt_types=[DOC],
            ),
            E(
                "army_perim",
                "المزارعين «تجاوزوا الحزام الزراعي المؤمن بنحو ٨ كيلومترات»",
                OKEKE,
                "",
                N_OFF,
                "وأوضح",
            ),
            E(
                "surv_late",
                "الجنود في الثكنة القريبة «لم يتحركوا إلا بعد ساعتين»",
                FATIMA,
                "",
                N_PER,
                "قالت",
                via=[SKY],
            ),
            E("surv_bikes", "المسلحين وصلوا على نحو ٣٠ دراجة نارية", FATIMA, "", N_PER, "قالت", via=[SKY]),
            E(
                "jas_claim",
                "عملية الخطف",
                "«جماعة أهل السنة للدعوة والجهاد»",
                "",
                ORG,
                "تبنت",
                via=["حسابات مقربة من الجماعة"],
            ),
            E(
                "jas_threat",
                "«مزيد من الغزوات» على المزارع",
                "متوعدة",
                "«جماعة أهل السنة للدعوة والجهاد»",
                ORG,
                "متوعدة",
                OPT,
                via=["حسابات مقربة من الجماعة"],
            ),
            E("sec_sambisa", "الخاطفين اقتادوا المخطوفين نحو غابة سامبيسا", SEC25, "", A_OFF, "وقال", ANON),
            E(
                "sec_ransom",
                "«طلبوا من حكومة الولاية عبر وسطاء فدية قدرها ٥٠ مليون نايرا»",
                "مشيرا",
                SEC25,
                A_OFF,
                "مشيرا",
                ANON,
            ),
            E("gov_vow", "الحكومة «لن تدفع أي فدية»", GONI, "", N_OFF, "أكد"),
            E(
                "sen_ngoshe",
                "المنطقة «باتت مكشوفة بعد سحب الجيش كتيبته من موقع نغوشي الشهر الماضي»",
                "عضو مجلس الشيوخ عن جنوب بورنو، آدم كاشالا",
                "",
                N_OFF,
                "ونقلت",
                via=["صحيفة «ديلي تراست» النيجيرية"],
            ),
            E(
                "res_flee",
                "مئات العائلات فرت من القرى المحيطة باتجاه مخيمات النازحين في غووزا",
                "سكان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "amnesty230",
                "ما لا يقل عن ٢٣٠ مدنيا خطفوا في ولاية بورنو منذ مطلع العام",
                AMNESTY,
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "msf11",
                "فرقها في مستشفى غووزا عالجت ١١ جريحا، بينهم ٤ نساء أصبن بطلقات نارية",
                "منظمة «أطباء بلا حدود»",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "analyst",
                "الهجوم يعكس «تنافسا محموما بين فصيلي بوكو حرام على مناطق الحطب والزراعة»",
                "الباحث النيجيري في شؤون الجماعات المسلحة، بشير يريما",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r226_gwoza_release": {
        "outlet": "فرانس 24",
        "published": "2028-09-14",
        "entries": [
            E("hd", "تحرير 31 مخطوفا في عملية عسكرية بغابة سامبيسا", ARMY, "", ORG, ":", HEAD),
            E(
                "army31",
                "تحرير 31 من المخطوفين في غووزا خلال عملية عسكرية في غابة سامبيسا",
                ARMY,
                "",
                ORG,
                "أعلن",
            ),
            E("army_kill9", "القوات قتلت 9 من «إرهابيي داعش» خلال العملية", OKEKE26, "", N_OFF, "وقال"),
            E("army_all", "«جميع المخطوفين باتوا في أمان»", "مؤكدا", OKEKE26, N_OFF, "مؤكدا"),
            E(
                "army_nowd",
                "يكون الجيش قد سحب أي كتيبة من موقع نغوشي",
                "أوكيكي",
                OKEKE26,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "rel_ransom",
                "العائلات جمعت فدية قدرها 30 مليون نايرا وسلمتها لوسيط في بلدة بولكا",
                KIN,
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[F24],
            ),
            E(
                "rel_noclash",
                "المخطوفين «أطلقوا على طريق بولكا من دون أي اشتباك»",
                KIN,
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[F24],
            ),
            E(
                "freed_mandara",
                "الخاطفين احتجزوهن «في كهوف بجبال ماندارا، لا في غابة سامبيسا»",
                HAJARA,
                "",
                N_PER,
                "وقالت",
            ),
            E(
                "freed_jas",
                "«من بوكو حرام، يعرفهم أهل المنطقة بأسمائهم»",
                "مضيفة",
                HAJARA,
                N_PER,
                "مضيفة",
            ),
            E("gov_noransom", "دفع أي فدية", GONI, "", N_OFF, "ونفى", NEG),
            E(
                "gov_nodemand",
                "حكومة الولاية «لم تتلق أي طلب مالي من الخاطفين»",
                "مؤكدا",
                GONI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "cjtf21",
                "21 امرأة من المخطوفين «ما زلن في قبضة الخاطفين»",
                BULAMA26,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
            ),
            E("pol34", "عدد المخطوفين إلى 34", "شرطة ولاية بورنو", "", ORG, "رفعت"),
            E(
                "med4",
                "4 من المحررات وصلن مصابات بجروح طفيفة",
                "مصدر طبي في مستشفى مايدوغوري التعليمي",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "med_stable",
                "جميعهن في حالة مستقرة",
                "مصدر طبي في مستشفى مايدوغوري التعليمي",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "res_arrive",
                "الحافلات التي أقلت المحررات وصلت إلى البلدة مساء الأربعاء وسط احتفالات الأهالي",
                "سكان في غووزا",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "iswap_deny",
                "أي صلة له بعملية الخطف",
                "تنظيم «داعش في غرب أفريقيا»",
                "",
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
                via=["وكالة «أعماق»"],
            ),
            E(
                "imam6",
                "قتل في الهجوم 6 مزارعين دفنوا مساء الأحد",
                "إمام المسجد الجامع في غووزا، الشيخ مصطفى أبوبكر",
                "",
                N_PER,
                "بحسب",
                alt_types=[N_OFF],
            ),
            E(
                "surv_echo",
                "الجنود «لم يتحركوا إلا بعد ساعتين»",
                "ناجية من الهجوم",
                "",
                A_SRC,
                "ونقلت",
                ANON,
                via=[SKY],
            ),
            E(
                "ocha1800",
                "نحو 1800 شخص نزحوا من القرى المحيطة بغووزا منذ الأحد",
                "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
                "",
                ORG,
                "وقال",
            ),
            E(
                "amnesty_echo",
                "خطف ما لا يقل عن 230 مدنيا في بورنو منذ مطلع العام",
                AMNESTY,
                "",
                ORG,
                "أحصت",
            ),
            E(
                "analyst",
                "الخطف بات «المورد المالي الأول» لفصائل بوكو حرام",
                "الباحث في الشؤون الأمنية بجامعة مايدوغوري، يوسف كولو",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r227_murzuq_clashes": {
        "outlet": "العربية.نت",
        "published": "2028-09-19",
        "entries": [
            E(
                "hd",
                "7 قتلى و23 جريحا في اشتباكات بين «الكتيبة 177» وقوة تباوية",
                "مستشفى مرزق",
                HOSP,
                ORG,
                ":",
                HEAD,
            ),
            E("hosp7", "مقتل 7 أشخاص وإصابة 23 آخرين", HOSP, "", ORG, "أفاد"),
            E(
                "elders_truce",
                "التوصل إلى هدنة بين الطرفين تسري اعتبارا من ظهر الثلاثاء",
                ELDERS,
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "elders_signed",
                "ممثلي الطرفين «وقعوا على بنود الهدنة في مقر المجلس بمدينة سبها»",
                HUDAIRI,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
            ),
            E(
                "elders_team",
                "فريقا من الأعيان سيتنقل بين مواقع الطرفين للإشراف على وقف النار",
                "مضيفا",
                HUDAIRI,
                N_OFF,
                "مضيفا",
                alt_types=[N_PER],
            ),
            E("lna_nosign", "توقيع الكتيبة أي هدنة", BUHALIQA, "", N_OFF, "نفى", NEG),
            E("lna_quote", "من يرفع السلاح في وجه الدولة لا نفاوضه", "قائلا", BUHALIQA, N_OFF, "قائلا", DIRECT),
            E("lna_control", "الكتيبة «تسيطر بالكامل على القلعة والمطار»", "وأكد", BUHALIQA, N_OFF, "وأكد"),
            E(
                "lna_merc",
                "«قوة حماية مرزق» بالاستعانة بمقاتلين من المعارضة التشادية",
                "متهما",
                BUHALIQA,
                N_OFF,
                "متهما",
            ),
            E(
                "tebu_airport",
                "قواته «ما زالت تتمركز في مبنى المطار والأحياء الشرقية»",
                KURI,
                "",
                N_OFF,
                "قال",
                via=[ARABIYANET],
            ),
            E("tebu_noforeign", "وجود «أي مقاتل أجنبي» في صفوفها", "نافيا", KURI, N_OFF, "نافيا", NEG, via=[ARABIYANET]),
            E(
                "tebu_accept",
                "القوة «قبلت الهدنة احتراما لمبادرة الأعيان»",
                "وأضاف",
                KURI,
                N_OFF,
                "وأضاف",
                via=[ARABIYANET],
            ),
            E(
                "tebu_raid",
                "الاشتباكات بدأت «عندما داهمت الكتيبة منازل في حي الشرقية واعتقلت 14 مدنيا»",
                "وأضاف",
                KURI,
                N_OFF,
                "وأضاف",
                via=[ARABIYANET],
            ),
            E(
                "sec_spark",
                "المواجهات اندلعت إثر «هجوم شنه مسلحو القوة على بوابة أمنية للكتيبة عند المدخل الشمالي للمدينة»",
                "مصدرا عسكريا في القيادة العامة",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("tebu13", "13 شخصا قتلوا، بينهم أربع نساء", "المجلس الاجتماعي لقبائل التبو", "", ORG, "فذكر"),
            E(
                "ambul12",
                "فرقه أجلت 12 جريحا إلى مركز سبها الطبي",
                "مصدر في جهاز الإسعاف والطوارئ",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة الأنباء الليبية"],
            ),
            E(
                "lhadath",
                "تعزيزات عسكرية وصلت إلى مرزق قادمة من سبها",
                "قناة «ليبيا الحدث»",
                "",
                MEDIA,
                "وذكرت",
            ),
            E("mayor300", "نحو 300 عائلة نزحت إلى القطرون وأم الأرانب", WARDAKO, "", N_OFF, "وقال"),
            E("rc120", "عدد العائلات النازحة بـ120 عائلة", LRC, "", ORG, "قدر"),
            E("res_fire", "إطلاق النار «لم يتوقف حتى فجر الثلاثاء» في الأحياء الشرقية", "سكان", "", A_SRC, "وأكد", ANON),
            E("unsmil_call", "«إسكات السلاح وفتح ممرات آمنة للعائلات»", UNSMIL, "", ORG, "ودعت", OPT),
        ],
    },
    "r228_murzuq_truce": {
        "outlet": "الأناضول",
        "published": "2028-09-20",
        "entries": [
            E(
                "hd",
                "الهدنة انهارت بعد ساعات من سريانها",
                "«قوة حماية مرزق»",
                FORCE28,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "tebu_collapse",
                "الهدنة التي أعلنها أعيان فزان «انهارت مساء الثلاثاء»",
                FORCE28,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
                via=["«فيسبوك»"],
            ),
            E(
                "tebu_3civ",
                "٣ مدنيين قتلوا في القصف",
                "مضيفة",
                FORCE28,
                ORG,
                "مضيفة",
                alt_types=[DOC],
                via=["«فيسبوك»"],
            ),
            E(
                "elders_holds",
                "الهدنة «صامدة رغم خروقات محدودة»",
                HUDAIRI28,
                "",
                N_OFF,
                "أكد",
                alt_types=[N_PER],
                via=["الأناضول"],
            ),
            E(
                "elders_committee",
                "الطرفين وافقا على تشكيل لجنة مشتركة لتبادل المحتجزين",
                "موضحا",
                HUDAIRI28,
                N_OFF,
                "موضحا",
                alt_types=[N_PER],
                via=["الأناضول"],
            ),
            E(
                "res_calm",
                "الهدوء عاد إلى المدينة صباح الأربعاء وفتحت بعض المحال أبوابها",
                "سكان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "lna_ceasefire",
                "الكتيبة «وافقت على وقف مؤقت لإطلاق النار لإجلاء الجرحى، لا على هدنة»",
                BUHALIQA28,
                "",
                N_OFF,
                "قال",
            ),
            E("lna_9chad", "قواتها أسرت ٩ مسلحين «بينهم ٣ تشاديين»", "مشيرا", BUHALIQA28, N_OFF, "مشيرا"),
            E("lna_nociv", "اعتقال أي مدني في حي الشرقية", "بوحليقة", BUHALIQA28, N_OFF, "ونفى", NEG),
            E(
                "lna_echo",
                "سيطرتها الكاملة على القلعة والمطار",
                "الكتيبة",
                "«الكتيبة ١٧٧ مشاة»",
                ORG,
                "أعلنت",
            ),
            E(
                "wit_airport",
                "مسلحي القوة «ما زالوا يتحصنون داخل مبنى المطار»",
                "شهود عيان",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=["الأناضول"],
            ),
            E(
                "ccmsr",
                "مشاركة أي من عناصره في القتال",
                "«مجلس القيادة العسكرية لإنقاذ الجمهورية»",
                "",
                ORG,
                "ونفى",
                NEG,
            ),
            E(
                "council_power",
                "الكهرباء والمياه مقطوعة عن الأحياء الشرقية منذ ليل الأحد",
                "مسؤول في المجلس البلدي لمرزق",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("hosp11", "عدد القتلى إلى ١١ والجرحى إلى ٣١", HOSP, "", ORG, "رفع"),
            E(
                "health16",
                "مقتل ١٦ شخصا، بينهم ٥ من منتسبي الكتيبة",
                "وزارة الصحة في الحكومة المكلفة من مجلس النواب",
                "",
                ORG,
                "أعلنت",
            ),
            E("mayor_echo", "نحو ٣٠٠ عائلة نزحت من المدينة", WARDAKO, "", N_OFF, "ونقلت", via=[ARABIYANET]),
            E("rc240", "عدد العائلات النازحة ارتفع إلى ٢٤٠ عائلة", LRC, "", ORG, "ذكر"),
            E(
                "lana_convoy",
                "قافلة مساعدات انطلقت من سبها نحو مرزق صباح الأربعاء",
                "وكالة الأنباء الليبية",
                "",
                MEDIA,
                "وأفادت",
            ),
            E(
                "unsmil_arrests",
                "تلقت تقارير عن «اعتقالات تعسفية طالت مدنيين من التبو» في مرزق",
                UNSMIL,
                "",
                ORG,
                "وقالت",
            ),
            E("unsmil_call", "«احترام الهدنة وفتح ممرات آمنة»", "داعية", UNSMIL, ORG, "داعية", OPT),
            E(
                "analyst",
                "الحديث عن مرتزقة تشاديين «يتكرر مع كل جولة قتال في الجنوب من دون أدلة»",
                "الباحث الليبي في شؤون الجنوب، سالم الأوجلي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # ================= Saada (r223/r224)
        # --- who fired: Saudi border artillery (ministry, witnesses) vs the coalition's denial (and its renewal)
        ("r223.moh_saudi", "r223.co_deny"),
        ("r223.moh_saudi", "r224.co_renew"),
        ("r223.wit_north", "r223.co_deny"),
        ("r223.wit_north", "r224.co_renew"),
        # --- Saudi artillery vs Houthi mortar rounds (Saudi source, its retelling, a Yemeni army source)
        ("r223.moh_saudi", "r223.sa_mortar"),
        ("r223.moh_saudi", "r224.sa_echo"),
        ("r223.moh_saudi", "r224.gov_mortar"),
        ("r223.wit_north", "r223.sa_mortar"),
        ("r223.wit_north", "r224.sa_echo"),
        ("r223.wit_north", "r224.gov_mortar"),
        # --- who the dead were: armed smugglers vs civilians, migrants, "no armed man among us"
        ("r223.co_armed", "r223.moh_civ"),
        ("r223.co_armed", "r223.iom7"),
        ("r223.co_armed", "r224.hd"),
        ("r223.co_armed", "r224.iom11"),
        ("r223.co_armed", "r224.moh_mig"),
        ("r223.co_armed", "r224.surv_noarms"),
        ("r223.co_armed", "r224.rights17"),
        # --- the market: closed for months, no civilians vs reopened / crowded with shoppers
        ("r223.co_closed", "r223.vendor"),
        ("r223.co_closed", "r223.res_crowd"),
        ("r223.co_closed", "r224.loc_reopen"),
        ("r223.co_closed", "r224.surv_market"),
        ("r223.co_closed", "r223.moh_civ"),
        # --- the toll
        ("r223.moh14", "r223.loc20"),  # 14 vs "more than 20" on Monday
        ("r223.hd", "r223.loc20"),  # headline copy
        ("r224.moh19", "r224.loc24"),  # 19 vs 24 on Tuesday
        ("r223.loc20", "r224.moh19"),  # more than 20 on Monday vs 19 on Tuesday (tolls do not fall)
        # ================= Gwoza (r225/r226)
        # --- how many were abducted
        ("r225.cjtf52", "r225.pol19"),
        ("r225.cjtf52", "r226.pol34"),
        # --- farmers killed vs "nobody was killed"
        ("r225.cjtf_kill6", "r225.pol_nodead"),
        ("r226.imam6", "r225.pol_nodead"),
        # --- who did it: Boko Haram (JAS) vs ISWAP, and ISWAP's denial
        ("r225.cjtf52", "r225.army_iswap"),
        ("r225.jas_claim", "r225.army_iswap"),
        ("r226.freed_jas", "r225.army_iswap"),
        ("r226.iswap_deny", "r225.army_iswap"),
        # --- the army's response: within minutes vs only after two hours (survivor, headline, retelling)
        ("r225.army_minutes", "r225.surv_late"),
        ("r225.army_minutes", "r225.hd"),
        ("r225.army_minutes", "r226.surv_echo"),
        # --- the battalion withdrawn from Ngoshe vs the denial
        ("r225.sen_ngoshe", "r226.army_nowd"),
        # --- the release: a military operation vs released on the Pulka road without a clash
        ("r226.army31", "r226.rel_noclash"),
        ("r226.hd", "r226.rel_noclash"),
        ("r226.army_kill9", "r226.rel_noclash"),
        # --- where they were held: Sambisa forest vs the Mandara mountains
        ("r225.sec_sambisa", "r225.lga_mandara"),
        ("r225.sec_sambisa", "r226.freed_mandara"),
        ("r226.army31", "r226.freed_mandara"),
        ("r226.hd", "r226.freed_mandara"),
        # --- ransom: paid / demanded vs none paid / no demand received
        ("r226.rel_ransom", "r226.gov_noransom"),
        ("r225.sec_ransom", "r226.gov_nodemand"),
        # --- all hostages safe vs 21 women still held
        ("r226.army_all", "r226.cjtf21"),
        # ================= Murzuq (r227/r228)
        # --- the toll
        ("r227.hosp7", "r227.tebu13"),
        ("r227.hd", "r227.tebu13"),  # headline copy
        ("r227.tebu13", "r228.hosp11"),  # 13 on Monday vs 11 on Wednesday (tolls do not fall)
        ("r228.hosp11", "r228.health16"),  # 11 vs 16 on Wednesday
        # --- the truce signed by both sides vs the battalion signed none / only a temporary ceasefire
        ("r227.elders_truce", "r227.lna_nosign"),
        ("r227.elders_signed", "r227.lna_nosign"),
        ("r227.elders_truce", "r228.lna_ceasefire"),
        ("r227.elders_signed", "r228.lna_ceasefire"),
        # --- the truce collapsed vs holds
        ("r228.tebu_collapse", "r228.elders_holds"),
        ("r228.hd", "r228.elders_holds"),
        # --- control of the airport
        ("r227.lna_control", "r227.tebu_airport"),
        ("r227.lna_control", "r228.wit_airport"),
        ("r228.lna_echo", "r227.tebu_airport"),
        ("r228.lna_echo", "r228.wit_airport"),
        # --- foreign fighters
        ("r227.lna_merc", "r227.tebu_noforeign"),
        ("r228.lna_9chad", "r227.tebu_noforeign"),
        ("r227.lna_merc", "r228.ccmsr"),
        # --- how it began
        ("r227.sec_spark", "r227.tebu_raid"),
        # --- civilians arrested vs the denial
        ("r228.lna_nociv", "r227.tebu_raid"),
        ("r228.lna_nociv", "r228.unsmil_arrests"),
        # --- displaced families: about 300 vs 120 (Tuesday), and the mayor's figure retold
        ("r227.mayor300", "r227.rc120"),
        ("r228.mayor_echo", "r227.rc120"),
    ],
    "agreements": [
        ("r223.moh_saudi", "r223.wit_north"),  # the shells came from the Saudi side
        ("r223.vendor", "r224.loc_reopen"),  # the market reopened about three weeks before (mid-August)
        ("r223.hsp8", "r224.msf8"),  # 8 bodies and 19 wounded at al-Jumhouri on Monday
        ("r224.moh_mig", "r224.iom11"),  # 11 Ethiopian migrants among the dead
        ("r224.surv_noarms", "r224.rights17"),  # no armed man among the dead
        ("r223.res_crowd", "r224.surv_market"),  # shoppers in the market when the shells fell
        ("r223.sa_mortar", "r224.gov_mortar"),  # Houthi mortar rounds fell on the market
        ("r225.cjtf_kill6", "r226.imam6"),  # six farmers killed
        ("r225.cjtf52", "r225.jas_claim"),  # Boko Haram (JAS) carried out the abduction
        ("r225.jas_claim", "r226.freed_jas"),
        ("r225.cjtf52", "r226.freed_jas"),
        ("r225.lga_mandara", "r226.freed_mandara"),  # the hostages were taken to the Mandara mountains
        ("r225.res_flee", "r226.ocha1800"),  # hundreds of families / about 1,800 people fled
        ("r227.tebu_airport", "r228.wit_airport"),  # the Tebu force still holds the airport building
        ("r227.tebu_raid", "r228.unsmil_arrests"),  # Tebu civilians arrested
    ],
    "echoes": [
        ("r223.co_deny", "r224.co_renew"),  # the coalition's denial, renewed
        ("r223.sa_mortar", "r224.sa_echo"),  # the Saudi source's words to Al Arabiya, retold
        ("r223.hsp_kids", "r224.kids_echo"),  # the hospital director's words to Al-Araby, retold
        ("r225.surv_late", "r226.surv_echo"),  # the survivor's words to Sky News Arabia, retold
        ("r225.amnesty230", "r226.amnesty_echo"),  # Amnesty's yearly figure, recalled
        ("r227.lna_control", "r228.lna_echo"),  # the battalion's Monday announcement, recalled
        ("r227.mayor300", "r228.mayor_echo"),  # the mayor's words to Al Arabiya.net, retold
    ],
    "not_contradictions": [
        # Saada
        ("r223.moh14", "r224.moh19"),  # the ministry's toll rose from 14 to 19
        ("r223.iom7", "r224.iom11"),  # IOM: at least 7, then 11 migrants
        ("r223.loc20", "r224.loc24"),  # the district director: more than 20, then 24
        ("r223.hsp8", "r223.moh14"),  # one hospital's bodies vs the total
        ("r224.msf8", "r224.moh19"),
        ("r223.iom7", "r223.moh14"),  # migrants among the dead
        ("r224.iom11", "r224.moh19"),
        ("r224.rights17", "r224.moh19"),  # 17 names documented vs 19 dead
        ("r223.mil63", "r223.moh14"),  # casualties since August vs one shelling
        ("r223.saba_shada", "r223.moh14"),  # another district (Shada), two wounded
        # Gwoza
        ("r225.pol19", "r226.pol34"),  # the police figure rose from 19 to 34
        ("r225.cjtf52", "r226.army31"),  # 31 freed of 52
        ("r226.cjtf21", "r226.army31"),  # 31 freed and 21 still held (52)
        ("r226.army31", "r226.pol34"),  # 31 freed of 34
        ("r225.gov_vow", "r226.rel_ransom"),  # the state will not pay vs the families paid
        ("r225.amnesty230", "r225.cjtf52"),  # abducted in Borno this year vs this abduction
        ("r226.army_kill9", "r225.cjtf_kill6"),  # 9 militants killed in the operation vs 6 farmers in the attack
        # Murzuq
        ("r227.hosp7", "r228.hosp11"),  # the hospital's toll rose from 7 to 11
        ("r227.rc120", "r228.rc240"),  # the Red Crescent's figure rose from 120 to 240 families
        ("r227.ambul12", "r227.hosp7"),  # 12 wounded evacuated of 23
        ("r227.res_fire", "r227.elders_truce"),  # gunfire until Tuesday dawn, truce from Tuesday noon
        ("r228.res_calm", "r228.tebu_collapse"),  # collapse on Tuesday evening, calm on Wednesday morning
        ("r227.lna_nosign", "r227.tebu_accept"),  # one side signed nothing, the other accepted the truce
        ("r228.lna_ceasefire", "r227.tebu_accept"),
        ("r228.lna_9chad", "r227.tebu_raid"),  # 9 gunmen captured vs 14 civilians arrested
    ],
}

INTENDED = {"attributions": 125, "contradictions": 70, "agreements": 15, "echoes": 7, "not_contradictions": 25}


def words(text: str) -> int:
    """Whitespace-separated tokens that contain a letter or a digit (dashes and bars are not words)."""
    return sum(1 for t in text.split() if any(ch.isalnum() for ch in t))


def check_layout() -> None:
    bad = []
    for name in ARTICLES:
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        n = words(text)
        lines = text.split("\n")
        print(f"  {name}: {n} words")
        if not WORDS[0] <= n <= WORDS[1]:
            bad.append(f"{name}: {n} words, not in {WORDS}")
        if not lines[0].strip() or lines[1] != "" or ("2028" not in lines[2] and "٢٠٢٨" not in lines[2]):
            bad.append(f"{name}: headline, blank line, dateline expected")
        if "\n\n\n" in text or not text.endswith("\n") or text.endswith("\n\n"):
            bad.append(f"{name}: paragraphs must be separated by one blank line, one final newline")
        wrong = EASTERN if DIGITS[name] == "western" else WESTERN
        if wrong.search(text):
            bad.append(f"{name}: {DIGITS[name]} digits expected, found {wrong.findall(text)}")
    if bad:
        raise SystemExit("layout:\n" + "\n".join(bad))


def check_counts(gold: dict[str, Any]) -> None:
    got = {"attributions": sum(len(a["attributions"]) for a in gold["articles"])}
    got.update({k: len(v) for k, v in gold["relations"].items()})
    if got != INTENDED:
        raise SystemExit(f"counts {got} differ from the intended {INTENDED}")
    for a in gold["articles"]:
        if not 19 <= len(a["attributions"]) <= 23:
            raise SystemExit(f"{a['id']}: {len(a['attributions'])} attributions")
    # a relation never links an optional entry
    opt = {r["id"] for a in gold["articles"] for r in a["attributions"] if r["optional"]}
    for kind, pairs in gold["relations"].items():
        for a, b in pairs:
            if a in opt or b in opt:
                raise SystemExit(f"{kind}: optional entry in {a} {b}")
    # relations stay inside one story (pair of articles)
    story = {"r223": "A", "r224": "A", "r225": "B", "r226": "B", "r227": "C", "r228": "C"}
    for kind, pairs in gold["relations"].items():
        for a, b in pairs:
            if story[a.split("-")[0]] != story[b.split("-")[0]]:
                raise SystemExit(f"{kind}: {a} {b} cross two stories")


def stats(gold: dict[str, Any]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("per article:", {a["id"]: len(a["attributions"]) for a in gold["articles"]})
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("anonymous:", sum(r["anonymous"] for r in rows), "negated:", sum(r["polarity"] == "negated" for r in rows),
          "optional:", sum(r["optional"] for r in rows), "with via:", sum(bool(r["via"]) for r in rows))  # fmt: skip
    print("cues:", dict(Counter(r["cue"] for r in rows).most_common()))
    for a in gold["articles"]:
        text = (HERE / a["file"]).read_text(encoding="utf-8")
        for r in a["attributions"]:
            n = text.count(r["speaker"])
            if n > 1:
                print(f"  {r['id']} speaker «{r['speaker']}» occurs {n}x, taken at {r['speaker_start']}"
                      f" (claim at {r['claim_start']}): …{text[max(0, r['speaker_start'] - 15):r['speaker_end'] + 5]}…")  # fmt: skip


if __name__ == "__main__":
    check_layout()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    check_counts(gold)
    write(HERE, gold)
    if "--stats" in sys.argv:
        stats(gold)
