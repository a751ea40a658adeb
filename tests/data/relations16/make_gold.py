"""Writes gold.json for the sixteenth relations set (r91..r96) from the annotations below (`python3 tests/data/relations16/make_gold.py`).

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

# r91/r92: Derna, the al-Maghar raid
LNA = "القيادة العامة لقوات حفتر"
BOUDHAHAB = "الحاج عبد السلام بوذهب، أحد أعيان الحي"
HOSP_D = "مصدر طبي في مستشفى الهريش"
RES_D = "سكان تحدثوا إلى «ليبيا الأحرار»"
DSSE = "مديرية أمن درنة"
SHAERI = "عضو مجلس حكماء وأعيان درنة، فتحي الشاعري"
MILSRC = "مصدرا عسكريا في الكتيبة"
LCW = "منظمة رصد الجرائم في ليبيا"
HCS = "المجلس الأعلى للدولة"
QABAILI = "الباحث في الشأن الليبي مصطفى القبائلي"
AHRAR = "«ليبيا الأحرار»"
AHRAR_TV = "قناة «ليبيا الأحرار»"
HADATH = "قناة «ليبيا الحدث»"
ZWAY = "المتحدث باسم القيادة العامة، اللواء ميلاد الزوي"
GNU_MOI = "وزارة الداخلية في حكومة الوحدة"
FAMILIES = "عائلات الشبان الذين قتلوا في حي المغار"
BUJLAWI = "رئيس مجلس حكماء وأعيان درنة، الشيخ رمضان بوجلاوي"
SHAERI92 = "عضو المجلس فتحي الشاعري"
UNSMIL = "البعثة الأممية في ليبيا"
RES92 = "أحد سكان الحي"
FUND = "صندوق التنمية وإعادة إعمار ليبيا"
FAKHERI = "المحلل السياسي الليبي نوري الفاخري"
JAZ = "الجزيرة نت"
# r93/r94: Ataq, Shabwa
DSH = "قوات دفاع شبوة"
DSH_SITE = "موقعها الرسمي"
AWLAQI = "الشيخ ناصر بن عوض العولقي، أحد مشايخ قبائل العوالق"
AWLAQI94 = "الشيخ ناصر بن عوض العولقي"
ADENG = "«عدن الغد»"
BOUHAR = "المتحدث باسم قوات دفاع شبوة، النقيب محمد البوحر"
TRIB = "مصادر قبلية"
BAABBAD = "مدير مستشفى عتق العام، الدكتور سالم باعباد"
NASSI = "محافظ شبوة، صالح عبد ربه النسي"
OILSRC = "مصدر في الشركة المشغلة لحقل العقلة"
GIANTS = "المتحدث باسم الألوية، العقيد نبيل اليزيدي"
GIANTS94 = "المتحدث باسم ألوية العمالقة الجنوبية، العقيد نبيل اليزيدي"
DAGHAR = "رئيس لجنة الوساطة القبلية، الشيخ أحمد صالح بن دغار"
INDY = "«اندبندنت عربية»"
KAZMI = "قائد القطاع الشرقي في قوات دفاع شبوة، العقيد عبد الرب الكازمي"
MUTAIRI = "المتحدث باسم تحالف دعم الشرعية، العميد سلطان المطيري"
ISLAH = "حزب التجمع اليمني للإصلاح في شبوة"
STC = "المجلس الانتقالي الجنوبي"
MOIL = "وزارة النفط والمعادن"
MWATANA = "منظمة «مواطنة» لحقوق الإنسان"
BAKRIT = "الباحث اليمني في الشؤون القبلية عادل باكريت"
# r95/r96: al-Tarmiyah
SMC = "خلية الإعلام الأمني"
FRAIJI = "مسؤول إعلام قاطع شمال بغداد في الحشد الشعبي، حسين الفريجي"
FRAIJI96 = "مسؤول إعلام الحشد في قاطع شمال بغداد، حسين الفريجي"
SUMARIA = "السومرية نيوز"
ISIS = "تنظيم «داعش»"
WIT_T = "شهود عيان"
HAMDANI = "قائد عمليات بغداد، الفريق الركن قيس الحمداني"
SECSRC = "مصدر أمني"
IQAF = "قيادة القوة الجوية"
LOCAL = "مصادر محلية"
KUBAISI = "النائب عن محافظة بغداد، وليد الكبيسي"
MASHHADANI = "أحد شيوخ عشيرة المشاهدة، محمود جاسم المشهداني"
IOHR = "المرصد العراقي لحقوق الإنسان"
JANABI = "الخبير الأمني ليث الجنابي"
DARRAJI = "المتحدث باسم القائد العام للقوات المسلحة، اللواء سعد الدراجي"
KIN = "ذوو معتقلين"
KUBAISI96 = "النائب وليد الكبيسي"
PMC = "هيئة الحشد الشعبي"
MUKHTAR = "مختار منطقة المشاهدة، عبد الستار حمد"
SHEIKHS = "شيوخ عشائر الطارمية"
OFFICER = "ضابط في قيادة عمليات بغداد"
RES_T = "سكان"
SAMARRAI = "الباحث في الشأن الأمني العراقي مهند السامرائي"

ARTICLES: dict[str, dict[str, Any]] = {
    "r91_derna_raid": {
        "outlet": "ليبيا الأحرار",
        "published": "2026-12-07",
        "entries": [
            E("hd", "القضاء على «خلية إرهابية» في حي المغار بدرنة", "القيادة العامة", LNA, ORG, ":", HEAD),
            E("lna4", "مقتل أربعة عناصر من «خلية إرهابية»", LNA, "", ORG, "أعلنت"),
            E(
                "lna11",
                "اعتقال 11 آخرين خلال مداهمة نفذتها كتيبة طارق بن زياد فجر السبت في حي المغار بمدينة درنة",
                LNA,
                "",
                ORG,
                "أعلنت",
            ),
            E("lna_remnants", "عناصر الخلية من «فلول مجلس شورى مجاهدي درنة»", "مضيفة", LNA, ORG, "مضيفة"),
            E(
                "lna_control",
                "القوات «تبسط سيطرتها الكاملة على الحي منذ ظهر السبت»",
                "البيان",
                LNA,
                ORG,
                "جاء في",
                alt_types=[DOC],
            ),
            E("lna_nociv", "لم يُصب أي مدني خلال العملية", "البيان", LNA, ORG, "جاء في", alt_types=[DOC]),
            E(
                "eld6",
                "القتلى ستة شبان من أبناء المغار أصغرهم في السابعة عشرة",
                "الحاج عبد السلام بوذهب",
                BOUDHAHAB,
                N_PER,
                "قال",
                via=[AHRAR],
            ),
            E(
                "eld_noorg",
                "لم ينتموا يوما إلى أي تنظيم",
                "الحاج عبد السلام بوذهب",
                BOUDHAHAB,
                N_PER,
                "قال",
                via=[AHRAR],
            ),
            E(
                "eld_sitin",
                "الشبان كانوا يعتصمون منذ أسبوع أمام مقر صندوق الإعمار احتجاجا على تأخر تعويض منازلهم التي جرفها إعصار دانيال",
                "وأوضح",
                BOUDHAHAB,
                N_PER,
                "وأوضح",
                via=[AHRAR],
            ),
            E("eld_accuse", "الكتيبة بـ«تصفية الحساب» مع المعتصمين", "متهما", BOUDHAHAB, N_PER, "متهما", via=[AHRAR]),
            E(
                "hosp7",
                "المستشفى استقبل سبع جثث و15 جريحا، بينهم امرأتان أصيبتا برصاص طائش داخل منزلهما",
                HOSP_D,
                "",
                A_OFF,
                "وأفاد",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "res_holdout",
                "مسلحين من أبناء الحي ما زالوا يتحصنون في الأزقة المطلة على الوادي",
                "سكان",
                RES_D,
                A_SRC,
                "وقال",
                ANON,
                via=[AHRAR],
            ),
            E("res_fire", "تبادل إطلاق النار تجدد مساء الأحد", "سكان", RES_D, A_SRC, "وقال", ANON, via=[AHRAR]),
            E("dsse_close", "إغلاق الطريق الساحلي المار بالحي «حتى إشعار آخر»", DSSE, "", ORG, "وأعلنت"),
            E(
                "eld_agree",
                "المجلس توصل ليل الأحد إلى اتفاق مع قيادة الكتيبة يقضي بالإفراج عن المعتقلين خلال 48 ساعة وإحالة المطلوبين إلى النيابة العامة",
                SHAERI,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "eld_signed",
                "الاتفاق «وُقّع بحضور أكثر من 20 من أعيان المدينة»",
                "مؤكدا",
                SHAERI,
                N_PER,
                "مؤكدا",
                alt_types=[N_OFF],
            ),
            E("mil_deny", "التوصل إلى أي اتفاق", MILSRC, "", A_OFF, "نفى", ANON, NEG, via=[HADATH]),
            E(
                "mil_merely",
                "ما جرى «مجرد لقاء للاستماع إلى مطالب الأعيان»",
                "قائلا",
                MILSRC,
                A_OFF,
                "قائلا",
                ANON,
                via=[HADATH],
            ),
            E("lcw34", "اعتقال ما لا يقل عن 34 شخصا في الحي منذ السبت، بينهم ثلاثة قاصرين", LCW, "", ORG, "ووثقت"),
            E("lcw_qarnada", "يكون بعضهم نُقل إلى سجن قرنادة", "مرجحة", LCW, ORG, "مرجحة"),
            E("hcs", "ما جرى بأنه «عقاب جماعي» لسكان المغار", HCS, "", ORG, "ووصف"),
            E("lna_fund", "«جهات في طرابلس» بتمويل الخلية", "القيادة العامة", LNA, ORG, "اتهمت"),
            E(
                "an_cond",
                "المواجهة «قد تتكرر في أحياء أخرى إذا بقي ملف التعويضات معلقا»",
                QABAILI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r92_derna_detainees": {
        "outlet": "الجزيرة نت",
        "published": "2026-12-08",
        "entries": [
            E("hd", "أبناؤنا قُتلوا عُزّلا", "عائلات قتلى درنة", FAMILIES, A_SRC, ":", HEAD, ANON),
            E(
                "spk5",
                "حصيلة قتلى «الخلية الإرهابية» في درنة ارتفعت إلى خمسة بعد وفاة أحد الجرحى",
                ZWAY,
                "",
                N_OFF,
                "قال",
            ),
            E("spk_fired", "عناصرها «بادروا بإطلاق النار على الدورية»", "مؤكدا", ZWAY, N_OFF, "مؤكدا"),
            E("spk_released4", "الإفراج عن أربعة من الموقوفين «ثبتت براءتهم»", "وأشار", ZWAY, N_OFF, "وأشار"),
            E("spk_held", "البقية «محتجزون في درنة لدى النيابة العسكرية»", "موضحا", ZWAY, N_OFF, "موضحا"),
            E("spk_nonego", "لا تفاوض مع أحد على مصير إرهابيين", "الزوي", ZWAY, N_OFF, "وأضاف"),
            E("spk_noagree", "وجود أي اتفاق مع أعيان المدينة", "نافيا", ZWAY, N_OFF, "نافيا", NEG),
            E(
                "spk_fund",
                "حكومة الوحدة الوطنية في طرابلس بتمويل الخلية «عبر وسطاء في مصراتة»",
                "واتهم",
                ZWAY,
                N_OFF,
                "واتهم",
            ),
            E("gnu_deny", "«أي صلة» لها بأحداث درنة", GNU_MOI, "", ORG, "نفت", NEG),
            E("gnu_nomoney", "لم تحوّل «دينارا واحدا» إلى أي طرف في المدينة", "مؤكدة", GNU_MOI, ORG, "مؤكدة"),
            E(
                "fam_quote",
                "أولادنا خرجوا إلى الاعتصام بلا سلاح، وبعضهم أُعدم ميدانيا بعد اعتقاله",
                FAMILIES,
                "",
                A_SRC,
                "وقالت",
                ANON,
                DIRECT,
            ),
            E(
                "eld_standing",
                "الاتفاق مع الكتيبة «ما زال قائما»",
                BUJLAWI,
                "",
                N_PER,
                "وأكد",
                alt_types=[N_OFF],
                via=[JAZ],
            ),
            E(
                "eld9",
                "تسعة معتقلين أُفرج عنهم الاثنين",
                BUJLAWI,
                "",
                N_PER,
                "وأكد",
                alt_types=[N_OFF],
                via=[JAZ],
            ),
            E(
                "eld_echo",
                "الاتفاق «وُقّع بحضور أكثر من ٢٠ من أعيان المدينة»",
                SHAERI92,
                "",
                N_PER,
                "قد قال",
                alt_types=[N_OFF],
                via=[AHRAR_TV],
            ),
            E(
                "hosp_echo",
                "المستشفى استقبل سبع جثث",
                HOSP_D,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                alt_types=[A_SRC],
                via=[AHRAR_TV],
            ),
            E("unsmil6", "تلقت تقارير «موثوقة» عن مقتل ستة مدنيين على الأقل", UNSMIL, "", ORG, "قالت"),
            E("unsmil_call", "تحقيق مستقل", "داعية", UNSMIL, ORG, "داعية", OPT),
            E("lcw41", "ارتفع عدد المعتقلين إلى ٤١، بينهم خمسة قاصرين", LCW, "", ORG, "وبحسب"),
            E(
                "res_siege",
                "عناصر الكتيبة «ما زالوا يطوقون المغار ويمنعون الدخول إليه»",
                RES92,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[JAZ],
            ),
            E("lna_echo", "لم يُصب أي مدني خلال العملية", "القيادة العامة", "", ORG, "قد أكدت"),
            E("dsse_reopen", "إعادة فتح الطريق الساحلي صباح الاثنين", DSSE, "", ORG, "وأعلنت"),
            E(
                "fund_start",
                "صرف تعويضات المتضررين في حي المغار «سيبدأ مطلع الشهر المقبل»",
                FUND,
                "",
                ORG,
                "أعلن",
            ),
            E("fund_delay", "التأخير «اقتصر على ملفات لم تُستكمل أوراقها»", "موضحا", FUND, ORG, "موضحا"),
            E(
                "an_notterror",
                "ما جرى «ليس مواجهة مع الإرهاب، بل نزاع على أموال الإعمار»",
                FAKHERI,
                "",
                N_PER,
                "ويعتقد",
            ),
            E(
                "an_warn",
                "استمرار الاعتقالات «قد يدفع شبان المدينة إلى حمل السلاح»",
                "محذرا",
                FAKHERI,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r93_ataq_clashes": {
        "outlet": "عدن الغد",
        "published": "2026-12-14",
        "entries": [
            E("hd", "استعادة نقطة العرم وتأمين طريق العقلة", "دفاع شبوة", DSH, ORG, ":", HEAD),
            E(
                "dsh_control",
                "استعادة «السيطرة الكاملة» على نقطة العرم شرقي مدينة عتق",
                DSH,
                "",
                ORG,
                "أعلنت",
                via=[DSH_SITE],
            ),
            E("dsh_road", "تأمين الطريق المؤدي إلى حقل العقلة النفطي", DSH, "", ORG, "أعلنت", via=[DSH_SITE]),
            E(
                "dsh2",
                "اثنين من أفراد القوات قتلا وأصيب خمسة",
                "البيان",
                DSH,
                ORG,
                "وقال",
                alt_types=[DOC],
                via=[DSH_SITE],
            ),
            E(
                "dsh_islah",
                "«عناصر محسوبة على حزب الإصلاح» بالوقوف وراء الهجوم",
                "متهما",
                DSH,
                ORG,
                "متهما",
                alt_types=[DOC],
                via=[DSH_SITE],
            ),
            E(
                "sh_control",
                "رجال القبائل «ما زالوا يسيطرون على النقطة والتبة المطلة على الطريق»",
                "الشيخ ناصر بن عوض العولقي",
                AWLAQI,
                N_PER,
                "قال",
                via=[ADENG],
            ),
            E(
                "sh9",
                "أكثر من تسعة من أفراد دفاع شبوة قتلوا في المواجهات",
                "الشيخ ناصر بن عوض العولقي",
                AWLAQI,
                N_PER,
                "قال",
                via=[ADENG],
            ),
            E(
                "sh_cold",
                "القتال اندلع بعد أن قتلت القوات أحد أبناء القبيلة «بدم بارد» عند النقطة",
                "وأوضح",
                AWLAQI,
                N_PER,
                "وأوضح",
                via=[ADENG],
            ),
            E("sh_noislah", "أي صلة للقبائل بحزب الإصلاح", "نافيا", AWLAQI, N_PER, "نافيا", NEG, via=[ADENG]),
            E("sh_only", "ما يجمع المقاتلين «ليس سوى النخوة القبلية»", "ومؤكدا", AWLAQI, N_PER, "ومؤكدا", via=[ADENG]),
            E(
                "sh_drone",
                "طائرة مسيّرة «تابعة للتحالف» بقصف تجمع للقبائل قرب النقطة فجر الأحد",
                "العولقي",
                AWLAQI,
                N_PER,
                "واتهم",
                via=[ADENG],
            ),
            E("dsh_fired", "القتيل «أطلق النار على أفراد النقطة أولا»", BOUHAR, "", N_OFF, "وقال"),
            E("dsh200", "عدد المسلحين المحتشدين حول عتق بـ«ما لا يزيد على 200»", "مقدّرا", BOUHAR, N_OFF, "مقدّرا"),
            E(
                "trib3000",
                "احتشاد أكثر من ثلاثة آلاف مسلح من العوالق وبلحارث في ضواحي المدينة",
                TRIB,
                "",
                A_SRC,
                "تحدثت",
                ANON,
            ),
            E("hosp11", "المستشفى استقبل 11 جثة و23 جريحا منذ مساء السبت", BAABBAD, "", N_OFF, "وأفاد"),
            E("gov6", "حصيلة المواجهات «لم تتجاوز ستة قتلى»", NASSI, "", N_OFF, "قال"),
            E(
                "oil_halt",
                "الضخ من الحقل «توقف كليا منذ صباح الأحد»",
                OILSRC,
                "",
                A_OFF,
                "ونقل",
                ANON,
                via=[ADENG],
            ),
            E("dsh_unaffected", "الإنتاج «لم يتأثر»", "البوحر", BOUHAR, N_OFF, "أكد"),
            E(
                "wit_giants",
                "عربات تابعة لألوية العمالقة الجنوبية شاركت في القتال عند المدخل الشرقي لعتق",
                WIT_T,
                "",
                A_SRC,
                "وذكر",
                ANON,
            ),
            E("giants_deny", "أي مشاركة للألوية في القتال", GIANTS, "", N_OFF, "نفى", NEG),
            E("giants_only", "مهمتها «اقتصرت على تأمين طريق بيحان»", "قائلا", GIANTS, N_OFF, "قائلا"),
            E(
                "med_truce",
                "الطرفين وافقا على هدنة تبدأ ظهر الاثنين، على أن تُسلَّم النقطة إلى قوات الأمن العام خلال 24 ساعة",
                DAGHAR,
                "",
                N_PER,
                "وقال",
                alt_types=[N_OFF],
            ),
            E("dsh_notruce", "لا هدنة ولا تسليم قبل تسليم قتلة الجنديين", "البوحر", BOUHAR, N_OFF, "قال"),
        ],
    },
    "r94_ataq_handover": {
        "outlet": "اندبندنت عربية",
        "published": "2026-12-15",
        "entries": [
            E("hd", "الأمن العام تسلّم نقطة العرم والهدوء يعود إلى عتق", "محافظ شبوة", NASSI, N_OFF, ":", HEAD),
            E(
                "gov_handover",
                "قوات الأمن العام تسلمت صباح الثلاثاء نقطة العرم شرقي عتق من الطرفين بموجب الهدنة التي رعتها لجنة الوساطة القبلية",
                NASSI,
                "",
                N_OFF,
                "قال",
                via=[INDY],
            ),
            E("gov8", "حصيلة المواجهات ارتفعت إلى ثمانية قتلى", "مشيرا", NASSI, N_OFF, "مشيرا", via=[INDY]),
            E(
                "gov_nopay",
                "دفع أي مبلغ لأسرة الشاب الذي قتل عند النقطة",
                "المحافظ",
                NASSI,
                N_OFF,
                "ونفى",
                NEG,
                via=[INDY],
            ),
            E("gov_only", "القضية «أحيلت إلى التحكيم القبلي فقط»", "قائلا", NASSI, N_OFF, "قائلا", via=[INDY]),
            E(
                "kaz_quote",
                "قواتنا باقية في النقطة ولم تسلّم شيئا، والهدنة لا تعني الانسحاب",
                KAZMI,
                "",
                N_OFF,
                "قال",
                DIRECT,
                via=[INDY],
            ),
            E("trib_diya", "السلطة المحلية دفعت ديّة قدرها ٥٠ مليون ريال لأسرة القتيل", TRIB, "", A_SRC, "قالت", ANON),
            E(
                "sh_withdraw",
                "رجال القبائل انسحبوا من التبة المطلة على الطريق مساء الاثنين «التزاما بالهدنة»",
                AWLAQI94,
                "",
                N_PER,
                "وأكد",
            ),
            E("sh5000", "عدد من لبّوا النكف القبلي بنحو خمسة آلاف مقاتل", "مقدّرا", AWLAQI94, N_PER, "مقدّرا"),
            E(
                "sh_drone_renew",
                "طائرة مسيّرة «تابعة للتحالف» بقصف تجمع للقبائل قرب النقطة",
                "العولقي",
                AWLAQI94,
                N_PER,
                "وجدد",
            ),
            E("coal_deny", "تنفيذ أي غارة في شبوة منذ مطلع الشهر", MUTAIRI, "", N_OFF, "نفى", NEG),
            E("dsh_echo", "«عناصر محسوبة على حزب الإصلاح» بالوقوف وراء الهجوم", DSH, "", ORG, "قد اتهمت"),
            E("islah_deny", "أي علاقة له بالاشتباكات", ISLAH, "", ORG, "نفى", NEG),
            E(
                "islah_cover",
                "اتهامات دفاع شبوة «محاولة للتغطية على قتل مواطن أعزل»",
                "معتبرا",
                ISLAH,
                ORG,
                "معتبرا",
            ),
            E("stc_accuse", "الحزب بـ«تحريك» المسلحين القبليين لإرباك المحافظة", STC, "", ORG, "اتهم"),
            E("giants_renew", "مشاركة قواته في القتال داخل عتق", GIANTS94, "", N_OFF, "نفي", NEG),
            E("giants_nobullet", "لم تطلق رصاصة واحدة", "مؤكدا", GIANTS94, N_OFF, "مؤكدا"),
            E("min_normal", "الضخ من حقل العقلة عاد إلى معدله الطبيعي مساء الاثنين", MOIL, "", ORG, "وأعلنت"),
            E("min_reduced", "الإنتاج «انخفض بنحو النصف فقط ولم يتوقف»", "موضحة", MOIL, ORG, "موضحة"),
            E(
                "hosp_echo",
                "استقبل مستشفى عتق العام ١١ جثة منذ بدء المواجهات",
                "مدير المستشفى",
                "",
                N_OFF,
                "وفق",
                via=["موقع «عدن الغد»"],
            ),
            E("mwatana3", "مقتل ثلاثة مدنيين بين المارة", MWATANA, "", ORG, "أحصت"),
            E("an_hold", "الهدوء «قد لا يصمد إذا لم يُسلَّم المتهمون بقتل الشاب»", BAKRIT, "", N_PER, "ويرى"),
            E("an_test", "المواجهة «اختبارا لنفوذ الانتقالي في شبوة»", "مرجحا", BAKRIT, N_PER, "مرجحا"),
        ],
    },
    "r95_tarmiyah_ambush": {
        "outlet": "السومرية نيوز",
        "published": "2026-12-21",
        "entries": [
            E("hd", "مقتل 3 من الحشد بهجوم لـ«داعش» في الطارمية", SMC, "", ORG, ":", HEAD),
            E(
                "smc3",
                "ثلاثة من منتسبي هيئة الحشد الشعبي قُتلوا وأصيب أربعة آخرون بهجوم شنته «بقايا عصابات داعش»",
                SMC,
                "",
                ORG,
                "أعلنت",
            ),
            E("smc_kill2", "القطعات «قتلت اثنين من المهاجمين» ولاحقت الباقين", "مضيفة", SMC, ORG, "مضيفة"),
            E("pmf5", "عدد الشهداء «بلغ خمسة»، بينهم آمر سرية", FRAIJI, "", N_OFF, "قال", via=[SUMARIA]),
            E("pmf15", "عدد المهاجمين تراوح «بين 15 و20 عنصرا»", FRAIJI, "", N_OFF, "قال", via=[SUMARIA]),
            E(
                "pmf_leads",
                "الحشد «يقود العملية مع الجيش في غرفة عمليات موحدة»",
                "الفريجي",
                FRAIJI,
                N_OFF,
                "وأكد",
                via=[SUMARIA],
            ),
            E("isis12", "مقاتليه قتلوا 12 من عناصر الحشد وأحرقوا عربتين", ISIS, "", ORG, "وزعم", via=["وكالة «أعماق»"]),
            E("wit_2h", "الاشتباك استمر أكثر من ساعتين", WIT_T, "", A_SRC, "وقال", ANON),
            E(
                "wit_carry",
                "المهاجمين انسحبوا سيرا على الأقدام نحو ضفاف دجلة حاملين جثث قتلاهم",
                WIT_T,
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "boc_op",
                "عملية تفتيش واسعة بمشاركة الجيش والحشد وجهاز مكافحة الإرهاب انطلقت فجر الاثنين",
                HAMDANI,
                "",
                N_OFF,
                "قال",
            ),
            E("boc_control", "القوات «أحكمت سيطرتها الكاملة على البساتين»", HAMDANI, "", N_OFF, "قال"),
            E("boc_support", "الحشد «يشارك بدور إسنادي فقط»", "مشيرا", HAMDANI, N_OFF, "مشيرا"),
            E("sec9", "القوات اعتقلت تسعة مشتبها بهم", SECSRC, "", A_OFF, "وذكر", ANON),
            E("sec5", "عدد المهاجمين «لم يتجاوز خمسة»", SECSRC, "", A_OFF, "وذكر", ANON),
            E(
                "iqaf4",
                "طائراتها قتلت أربعة إرهابيين في ضربة على «مضافة» في منطقة المشاهدة",
                IQAF,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "loc_farmer",
                "الضربة أصابت منزل مزارع لا صلة له بالتنظيم وقتلت المزارع ونجله",
                LOCAL,
                "",
                A_SRC,
                "حسب",
                ANON,
            ),
            E(
                "mp60",
                "القوات باعتقال «أكثر من 60 شابا» من أبناء الطارمية «من دون مذكرات قضائية»",
                KUBAISI,
                "",
                N_OFF,
                "واتهم",
            ),
            E("sh30", "الحشد أجبر 30 عائلة على مغادرة منازلها في المشاهدة", MASHHADANI, "", N_PER, "قال"),
            E("sh_noincub", "الطارمية «ليست حاضنة لداعش»", "مؤكدا", MASHHADANI, N_PER, "مؤكدا"),
            E("ohr27", "قتل 27 من عناصر الأمن والحشد في الطارمية منذ مطلع العام", IOHR, "", ORG, "وبحسب"),
            E("an_hedge", "الهجوم «محاولة لتشتيت الجهد الأمني» حول العاصمة", JANABI, "", N_PER, "ورجّح"),
            E(
                "an_cond",
                "التنظيم «قد يكرر الضربة إذا سُحبت القطعات من البساتين»",
                "محذرا",
                JANABI,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r96_tarmiyah_arrests": {
        "outlet": "العربي الجديد",
        "published": "2026-12-22",
        "entries": [
            E("hd", "كل معتقلي الطارمية مطلوبون بمذكرات قضائية", "المتحدث العسكري", DARRAJI, N_OFF, ":", HEAD),
            E(
                "jc14",
                "القوات اعتقلت ١٤ مطلوبا في قضاء الطارمية منذ الاثنين «صدرت بحق جميعهم مذكرات قبض قضائية»",
                DARRAJI,
                "",
                N_OFF,
                "قال",
            ),
            E("jc_only", "قيادة العمليات المشتركة وحدها «تدير العملية»", "مؤكدا", DARRAJI, N_OFF, "مؤكدا"),
            E(
                "jc_nociv",
                "سقوط أي ضحايا مدنيين في الضربة الجوية على منطقة المشاهدة",
                "الدراجي",
                DARRAJI,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E("ohr_farmer", "الضربة قتلت مزارعا ونجله", IOHR, "", ORG, "أكد"),
            E("ohr_noarmed", "لم يكن في المنزل أي مسلح", IOHR, "", ORG, "أكد"),
            E(
                "fam_nowarrant",
                "أخذوا أبناءنا من البيوت ليلا، ولم يُبرز أحد أي أمر قضائي",
                KIN,
                "",
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
                via=["«العربي الجديد»"],
            ),
            E(
                "mp_echo",
                "القوات اعتقلت «أكثر من ٦٠ شابا» من أبناء الطارمية «من دون مذكرات قضائية»",
                KUBAISI96,
                "",
                N_OFF,
                "قد قال",
                via=[SUMARIA],
            ),
            E("pmf6", "حصيلة قتلاها في هجوم الأحد إلى ستة بعد وفاة أحد الجرحى", PMC, "", ORG, "ورفعت"),
            E("smc_echo", "مقتل ثلاثة من منتسبي الحشد في الهجوم", SMC, "", ORG, "قد أعلنت"),
            E("pmf_nodisplace", "تهجير أي عائلة من المشاهدة", FRAIJI96, "", N_OFF, "ونفى", NEG),
            E("pmf_3houses", "القوات «أخلت ثلاثة منازل فقط» بصورة مؤقتة", "موضحا", FRAIJI96, N_OFF, "موضحا"),
            E(
                "pmf_command",
                "فوج الحشد العشائري الجديد «سيعمل تحت إمرة الحشد الشعبي»",
                "وأضاف",
                FRAIJI96,
                N_OFF,
                "وأضاف",
            ),
            E(
                "mukhtar_3",
                "القوات أخلت ثلاثة منازل قرب موقع الهجوم ثم سمحت لأصحابها بالعودة صباح الثلاثاء",
                MUKHTAR,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
            ),
            E("mukhtar_noforce", "لم تُجبر أي عائلة على الرحيل", "مضيفا", MUKHTAR, N_OFF, "مضيفا", alt_types=[N_PER]),
            E(
                "sheikhs_formed",
                "تشكيل فوج من ٣٠٠ متطوع لمسك البساتين",
                SHEIKHS,
                "",
                A_SRC,
                "أعلنوا",
                ANON,
                alt_types=[ORG],
            ),
            E("sheikhs_boc", "الفوج «يتبع قيادة عمليات بغداد»", SHEIKHS, "", A_SRC, "أكدوا", ANON, alt_types=[ORG]),
            E(
                "sheikhs_tact",
                "تنسيقه مع الحشد الشعبي «ميداني ومؤقت لا أكثر»",
                SHEIKHS,
                "",
                A_SRC,
                "أكدوا",
                ANON,
                alt_types=[ORG],
            ),
            E("isis_echo", "مقاتليه قتلوا ١٢ من عناصر الحشد في الهجوم", ISIS, "", ORG, "وكرر", via=["«أعماق»"]),
            E(
                "off_shelter",
                "خلايا التنظيم «تتلقى المأوى والطعام من بعض سكان البساتين»",
                OFFICER,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "off_dujail",
                "يكون المهاجمون قد عبروا نهر دجلة قادمين من جهة قضاء الدجيل",
                "مرجحا",
                OFFICER,
                A_OFF,
                "مرجحا",
                ANON,
            ),
            E(
                "res_clashes",
                "اشتباكات متقطعة ظلت تدور في بساتين الجزيرة حتى مساء الاثنين",
                RES_T,
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "an_notadmin",
                "الخلاف على تبعية الفوج العشائري «ليس تفصيلا إداريا، بل صراع على النفوذ» في حزام بغداد",
                SAMARRAI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "استمرار الاعتقالات «قد يمنح التنظيم فرصة لتجنيد شبان جدد»",
                "محذرا",
                SAMARRAI,
                N_PER,
                "محذرا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Derna: a "terrorist cell" vs young men of the district with no affiliation
        ("r91.hd", "r91.eld_noorg"),  # headline copy
        ("r91.lna4", "r91.eld_noorg"),
        ("r91.lna_remnants", "r91.eld_noorg"),
        ("r92.spk5", "r91.eld_noorg"),
        ("r91.hd", "r92.an_notterror"),  # "not a confrontation with terrorism but a dispute over money"
        ("r91.lna_remnants", "r92.an_notterror"),
        # they fired first vs killed unarmed
        ("r92.spk_fired", "r92.hd"),
        ("r92.spk_fired", "r92.fam_quote"),
        # the dead of the raid from different sources
        ("r91.lna4", "r91.eld6"),
        ("r91.lna4", "r91.hosp7"),
        ("r91.eld6", "r91.hosp7"),
        ("r92.spk5", "r91.eld6"),  # six on Sunday vs five on Monday (tolls do not fall)
        ("r92.spk5", "r91.hosp7"),
        ("r92.spk5", "r92.unsmil6"),
        ("r91.lna4", "r92.hosp_echo"),  # the hospital's seven, retold
        ("r92.spk5", "r92.hosp_echo"),
        ("r91.eld6", "r92.hosp_echo"),
        # no civilian hurt vs wounded women / civilian dead
        ("r91.lna_nociv", "r91.hosp7"),
        ("r91.lna_nociv", "r92.unsmil6"),
        ("r91.lna_nociv", "r91.eld_noorg"),
        ("r92.lna_echo", "r91.hosp7"),  # the command's claim, recalled
        ("r92.lna_echo", "r92.unsmil6"),
        ("r92.lna_echo", "r91.eld_noorg"),
        # control of the district vs gunmen still holding out
        ("r91.lna_control", "r91.res_holdout"),
        # the elders' agreement vs no agreement / "merely a meeting"
        ("r91.eld_agree", "r91.mil_deny"),
        ("r91.eld_agree", "r91.mil_merely"),
        ("r91.eld_signed", "r91.mil_deny"),
        ("r91.eld_signed", "r91.mil_merely"),
        ("r91.eld_agree", "r92.spk_noagree"),
        ("r91.eld_signed", "r92.spk_noagree"),
        ("r92.eld_echo", "r91.mil_deny"),
        ("r92.eld_echo", "r91.mil_merely"),
        ("r92.eld_echo", "r92.spk_noagree"),
        ("r92.eld_standing", "r92.spk_noagree"),
        ("r92.eld_standing", "r91.mil_deny"),
        ("r92.eld_standing", "r91.mil_merely"),
        # releases on Monday: nine vs four
        ("r92.eld9", "r92.spk_released4"),
        # funding from Tripoli vs the denial
        ("r92.spk_fund", "r92.gnu_deny"),
        ("r92.spk_fund", "r92.gnu_nomoney"),
        # detainees
        ("r91.lna11", "r91.lcw34"),
        # --- Ataq: control of the al-Alam checkpoint
        ("r93.dsh_control", "r93.sh_control"),
        ("r93.hd", "r93.sh_control"),
        # tolls
        ("r93.dsh2", "r93.sh9"),
        ("r93.hosp11", "r93.gov6"),
        ("r94.gov8", "r93.hosp11"),  # eleven bodies on Sunday vs eight on Tuesday
        ("r94.gov8", "r94.hosp_echo"),
        ("r93.gov6", "r94.hosp_echo"),
        ("r93.sh9", "r93.gov6"),  # more than nine of the forces vs no more than six in all
        ("r93.sh9", "r94.gov8"),
        # how many gunmen gathered
        ("r93.dsh200", "r93.trib3000"),
        ("r93.dsh200", "r94.sh5000"),
        # how the tribesman was killed
        ("r93.sh_cold", "r93.dsh_fired"),
        ("r94.islah_cover", "r93.dsh_fired"),
        # Islah behind the attack vs denials and "nothing but tribal solidarity"
        ("r93.dsh_islah", "r93.sh_noislah"),
        ("r93.dsh_islah", "r93.sh_only"),
        ("r93.dsh_islah", "r94.islah_deny"),
        ("r94.dsh_echo", "r93.sh_noislah"),  # the accusation, recalled
        ("r94.dsh_echo", "r93.sh_only"),
        ("r94.dsh_echo", "r94.islah_deny"),
        ("r94.stc_accuse", "r94.islah_deny"),
        ("r94.stc_accuse", "r93.sh_noislah"),
        ("r94.stc_accuse", "r93.sh_only"),
        # the drone strike vs the coalition's denial
        ("r93.sh_drone", "r94.coal_deny"),
        ("r94.sh_drone_renew", "r94.coal_deny"),
        # the Giants Brigades in the fighting vs their denials
        ("r93.wit_giants", "r93.giants_deny"),
        ("r93.wit_giants", "r93.giants_only"),
        ("r93.wit_giants", "r94.giants_renew"),
        ("r93.wit_giants", "r94.giants_nobullet"),
        # the al-Uqla field: halted vs unaffected vs only halved
        ("r93.oil_halt", "r93.dsh_unaffected"),
        ("r93.oil_halt", "r94.min_reduced"),
        ("r93.dsh_unaffected", "r94.min_reduced"),
        # blood money
        ("r94.trib_diya", "r94.gov_nopay"),
        ("r94.trib_diya", "r94.gov_only"),
        # truce and handover
        ("r93.med_truce", "r93.dsh_notruce"),
        ("r94.gov_handover", "r94.kaz_quote"),
        ("r94.hd", "r94.kaz_quote"),
        # --- al-Tarmiyah: the toll of the attack
        ("r95.smc3", "r95.pmf5"),
        ("r95.hd", "r95.pmf5"),
        ("r95.smc3", "r95.isis12"),
        ("r95.hd", "r95.isis12"),
        ("r95.pmf5", "r95.isis12"),
        ("r96.pmf6", "r95.isis12"),  # twelve on Monday vs six on Tuesday
        ("r96.pmf6", "r96.isis_echo"),
        ("r95.smc3", "r96.isis_echo"),
        ("r95.hd", "r96.isis_echo"),
        ("r95.pmf5", "r96.isis_echo"),
        ("r96.smc_echo", "r95.pmf5"),
        ("r96.smc_echo", "r95.isis12"),
        ("r96.smc_echo", "r96.isis_echo"),
        # number of attackers
        ("r95.pmf15", "r95.sec5"),
        # who leads the operation / whom the tribal regiment answers to
        ("r95.pmf_leads", "r95.boc_support"),
        ("r95.pmf_leads", "r96.jc_only"),
        ("r96.pmf_command", "r96.sheikhs_boc"),
        ("r96.pmf_command", "r96.sheikhs_tact"),
        # the air strike
        ("r95.iqaf4", "r95.loc_farmer"),
        ("r95.iqaf4", "r96.ohr_noarmed"),
        ("r96.jc_nociv", "r95.loc_farmer"),
        ("r96.jc_nociv", "r96.ohr_farmer"),
        # arrests: warrants and numbers
        ("r95.mp60", "r96.hd"),
        ("r95.mp60", "r96.jc14"),
        ("r96.mp_echo", "r96.hd"),
        ("r96.mp_echo", "r96.jc14"),
        ("r96.fam_nowarrant", "r96.hd"),
        ("r96.fam_nowarrant", "r96.jc14"),
        ("r95.sec9", "r95.mp60"),
        ("r95.sec9", "r96.mp_echo"),
        # families forced out vs no displacement
        ("r95.sh30", "r96.pmf_nodisplace"),
        ("r95.sh30", "r96.pmf_3houses"),
        ("r95.sh30", "r96.mukhtar_3"),
        ("r95.sh30", "r96.mukhtar_noforce"),
        # no incubator vs shelter from residents
        ("r95.sh_noincub", "r96.off_shelter"),
        # full control of the orchards vs clashes still going on
        ("r95.boc_control", "r96.res_clashes"),
    ],
    "agreements": [
        ("r91.eld6", "r92.unsmil6"),  # six civilians killed
        ("r93.dsh_islah", "r94.stc_accuse"),  # Islah stirred the tribesmen
        ("r93.sh_cold", "r94.islah_cover"),  # the man killed at the checkpoint was unarmed
        ("r95.loc_farmer", "r96.ohr_farmer"),  # the strike killed a farmer and his son
        ("r95.mp60", "r96.fam_nowarrant"),  # arrests without warrants
        ("r96.pmf_3houses", "r96.mukhtar_3"),  # three houses evacuated
        ("r96.pmf_nodisplace", "r96.mukhtar_noforce"),  # no family forced out
    ],
    "echoes": [
        ("r91.eld_signed", "r92.eld_echo"),  # the elder's words to Libya Al-Ahrar, recalled
        ("r91.hosp7", "r92.hosp_echo"),  # the hospital source, retold via Libya Al-Ahrar
        ("r91.lna_nociv", "r92.lna_echo"),  # the command's statement, recalled
        ("r93.sh_drone", "r94.sh_drone_renew"),  # the drone accusation, renewed
        ("r93.giants_deny", "r94.giants_renew"),  # the Giants' denial, renewed
        ("r93.hosp11", "r94.hosp_echo"),  # the hospital director, retold via Aden al-Ghad
        ("r93.dsh_islah", "r94.dsh_echo"),  # the Shabwa Defence accusation, recalled
        ("r95.isis12", "r96.isis_echo"),  # the ISIS claim, repeated
        ("r95.mp60", "r96.mp_echo"),  # the MP's words to Alsumaria, recalled
        ("r95.smc3", "r96.smc_echo"),  # the Security Media Cell's toll, recalled
    ],
    "not_contradictions": [
        ("r91.lna4", "r92.spk5"),  # the command's toll rose from four to five
        ("r91.lcw34", "r92.lcw41"),  # the observatory's count rose from 34 to 41
        ("r92.spk_released4", "r91.lna11"),  # four released of the eleven
        ("r91.lna_control", "r92.res_siege"),  # control of the district and a cordon around it
        ("r91.dsse_close", "r92.dsse_reopen"),  # road closed, then reopened
        ("r91.lcw_qarnada", "r92.spk_held"),  # hedged transfer vs held in Derna
        ("r92.unsmil6", "r91.hosp7"),  # "at least six" vs seven
        ("r93.gov6", "r94.gov8"),  # the governor's toll rose from six to eight
        ("r93.trib3000", "r94.sh5000"),  # "more than 3,000" vs about 5,000
        ("r93.sh_control", "r94.sh_withdraw"),  # held on Sunday, withdrew on Monday evening
        ("r93.oil_halt", "r94.min_normal"),  # halted on Sunday, back to normal on Monday evening
        ("r94.mwatana3", "r94.gov8"),  # three civilians among eight dead
        ("r94.an_hold", "r94.hd"),  # hedged, conditional forecast vs calm returning
        ("r95.pmf5", "r96.pmf6"),  # the PMF's toll rose from five to six
        ("r95.smc3", "r95.ohr27"),  # one attack vs killed since the start of the year
        ("r95.sec9", "r96.jc14"),  # nine on Monday vs fourteen since Monday
        ("r95.smc_kill2", "r95.wit_carry"),  # two attackers killed; the others carried their dead away
        ("r95.boc_op", "r95.boc_support"),  # the PMF takes part, in a supporting role
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
