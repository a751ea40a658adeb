"""Writes gold.json for the twenty-second relations set (r127..r132) from the annotations below
(`python3 tests/data/relations22/make_gold.py`).

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

# r127/r128: Tabqa (Raqqa), the military airport
MOD = "وزارة الدفاع السورية"
SDF = "قوات سوريا الديمقراطية"
HAMMOUD = "مدير الإعلام في الوزارة، العقيد سامر الحمود"
KHALIL = "المتحدث باسم القوات، ريناس خليل"
SHEIKH = "الشيخ مهنا العبد الله، أحد وجهاء عشيرة الولدة في ريف الطبقة"
SOHR = "المرصد السوري لحقوق الإنسان"
SARC = "الهلال الأحمر العربي السوري"
ENAB = "«عنب بلدي»"
SYTV = "«تلفزيون سوريا»"
SALEH = "المتحدث باسم وزارة الدفاع السورية، العميد نزار الصالح"
SHEIKHO = "القيادي في «قسد» آلدار شيخو"
US = "مسؤول في وزارة الخارجية الأميركية"
# r129/r130: Boulkessi (Mopti region), the army camp
JNIM = "جماعة «نصرة الإسلام والمسلمين»"
GS = "هيئة الأركان العامة للقوات المسلحة المالية"
LOCAL = "مسؤولا محليا منتخبا في بلدة موندورو"
COULIBALY = "المتحدث باسم الحكومة الانتقالية، العقيد موسى كوليبالي"
DICKO = "الزعيم التقليدي في موندورو، الحاج أمادو ديكو"
MAIGA = "الباحث المالي في شؤون الساحل، إبراهيم مايغا"
DIARRA = "المتحدث باسم القوات المسلحة المالية، العقيد سليمان ديارا"
SAWADOGO = "المتحدث باسم جيش بوركينا فاسو، النقيب إسماعيل ساوادوغو"
F24 = "«فرانس 24»"
# r131/r132: Djugu (Ituri), the Savo displaced camp
LONDO = "منسق المجتمع المدني في إقليم جوغو بولاية إيتوري شرقي الكونغو الديمقراطية، جان بيير لوندو"
LONDO32 = "منسق المجتمع المدني في جوغو، جان بيير لوندو"
NGONGO = "المتحدث باسم الجيش في إيتوري، الملازم جول نغونغو"
DIDI = "القيادي في «كوديكو» باسكال ديدي"
CRP = "«التحالف من أجل الثورة الشعبية»"
MULAMBA = "وزير الاتصال والمتحدث باسم الحكومة، ألفونس مولامبا"
KASONGO = "الحاكم العسكري لإيتوري، الفريق إيمانويل كاسونغو"
MONUSCO = "بعثة الأمم المتحدة لحفظ الاستقرار في الكونغو الديمقراطية (مونوسكو)"
OKAPI = "إذاعة «أوكابي»"
AA = "الأناضول"

ARTICLES: dict[str, dict[str, Any]] = {
    "r127_tabqa_airport": {
        "outlet": "عنب بلدي",
        "published": "2027-05-05",
        "entries": [
            E("hd", "الجيش يسيطر على مطار الطبقة العسكري بالكامل", "الدفاع السورية", MOD, ORG, ":", HEAD),
            E("mod_control", "وحدات الجيش سيطرت بالكامل على مطار الطبقة العسكري غربي الرقة", MOD, "", ORG, "أعلنت"),
            E("mod4", "4 جنود قتلوا وأصيب 11 آخرون خلال المعارك", HAMMOUD, "", N_OFF, "وقال", via=[ENAB]),
            E("mod_sdf30", "«قسد» خسرت «أكثر من 30 مقاتلا»", "مضيفا", HAMMOUD, N_OFF, "مضيفا", via=[ENAB]),
            E("mod_ammo", "عناصرها «تركوا خلفهم كميات كبيرة من الذخيرة»", "مضيفا", HAMMOUD, N_OFF, "مضيفا",
              via=[ENAB]),
            E("sdf_deny", "يكون الجيش قد دخل المطار", "«قسد»", SDF, ORG, "نفت", NEG),
            E("sdf_hold", "مقاتليها «ما زالوا يتحصنون داخل المطار»", "مؤكدة", SDF, ORG, "مؤكدة"),
            E("sdf_dam", "سد الفرات «تحت سيطرتهم الكاملة»", "مؤكدة", SDF, ORG, "مؤكدة"),
            E("sdf7", "سبعة من مقاتليهم قتلوا", KHALIL, "", N_OFF, "وقال", via=["وكالة «هاوار»"]),
            E("sdf12", "أسروا 12 جنديا", KHALIL, "", N_OFF, "وقال", via=["وكالة «هاوار»"]),
            E("sdf_shell", "الجيش بقصف أحياء سكنية في مدينة الطبقة بالمدفعية الثقيلة", "متهما", KHALIL, N_OFF,
              "متهما", via=["وكالة «هاوار»"]),
            E("res_shell", "قذائف مدفعية الجيش سقطت على منازلهم طوال الليل", "سكان من حي الإسكان", "", A_SRC,
              "وروى", ANON, via=[ENAB]),
            E("sana_noshell", "الجيش «لم يستهدف أي حي سكني»", "مصدر عسكري", "", A_OFF, "نقلت", ANON,
              via=["وكالة الأنباء السورية (سانا)"]),
            E("off_withdrew", "مقاتلي «قسد» انسحبوا من مباني المطار قرابة الثالثة فجرا", "ضابط في الجيش", "",
              A_OFF, "وأفاد", ANON),
            E("off_mines", "وحدات الهندسة تعمل على نزع الألغام المزروعة حول المدرج", "ضابط في الجيش", "", A_OFF,
              "وأفاد", ANON),
            E("off_repelled", "كانوا قد صدوا هجوما أول على بوابته الشمالية مساء الثلاثاء", "لافتا",
              "ضابط في الجيش", A_OFF, "لافتا", ANON),
            E("sheikh", "أبناء العشائر «خاضوا المعركة في تحالف معلن مع الجيش»", SHEIKH, "", N_PER, "وقال",
              alt_types=[N_OFF]),
            E("sdf_alliance", "دمشق بالتحالف مع «ميليشيات عشائرية»", "«قسد»", SDF, ORG, "اتهمت"),
            E("sohr19", "قتل 19 شخصا بينهم 9 جنود و6 مدنيين", SOHR, "", ORG, "وبحسب"),
            E("aa3", "عدد القتلى المدنيين في الطبقة بلغ ثلاثة", "الإدارة الذاتية", "", ORG, "ذكرت"),
            E("coal_noagree", "اتصالات تجري بين الطرفين برعاية أميركية «لكنها لم تثمر اتفاقا حتى اللحظة»",
              "مسؤول في التحالف الدولي", "", A_OFF, "وأوضح", ANON, via=[ENAB]),
            E("sarc1500", "نحو 1500 عائلة نزحت من الأحياء الغربية للمدينة", SARC, "", ORG, "وأعلن"),
            E("sarc40", "فرقه أسعفت 40 مصابا إلى مستشفيات الرقة", "مشيرا", SARC, ORG, "مشيرا"),
            E("an_extend", "تمتد المواجهات إلى محيط السد «إذا تعثرت الوساطة الأميركية»",
              "الباحث في الشأن السوري نوار السيد", "", N_PER, "ويرجح"),
        ],
    },
    "r128_tabqa_ceasefire": {
        "outlet": "تلفزيون سوريا",
        "published": "2027-05-06",
        "entries": [
            E("hd", "لا اتفاق مع دمشق على تسليم مطار الطبقة", "«قسد»", SDF, ORG, ":", HEAD),
            E("us_agree",
              "دمشق و«قوات سوريا الديمقراطية» توصلتا مساء الأربعاء إلى اتفاق لوقف إطلاق النار في الطبقة",
              US, "", A_OFF, "نقلت", ANON, via=["وكالة رويترز"]),
            E("us_48", "الاتفاق يقضي بانسحاب «قسد» من محيط المطار العسكري خلال ٤٨ ساعة", "موضحا", US, A_OFF,
              "موضحا", ANON, via=["وكالة رويترز"]),
            E("sdf_nosign", "قواته «لم توقع أي اتفاق مع دمشق»", SHEIKHO, "", N_OFF, "قال", via=[SYTV]),
            E("sdf_north", "مقاتليها «لا يزالون في القسم الشمالي من المطار»", SHEIKHO, "", N_OFF, "قال",
              via=[SYTV]),
            E("hawar_reinf", "الجيش استقدم تعزيزات بالدبابات إلى بلدة المنصورة شرقي الطبقة ليل الأربعاء",
              "وكالة «هاوار»", "", MEDIA, "وذكرت"),
            E("mod6", "حصيلة قتلى الجيش ارتفعت إلى ٦ جنود", SALEH, "", N_OFF, "فقال"),
            E("mod_nocapt", "يكون أي جندي قد وقع في الأسر", "نافيا", SALEH, N_OFF, "نافيا", NEG),
            E("sdf12_echo", "أسر ١٢ جنديا", "«قسد»", SDF, ORG, "أعلنت"),
            E("mod_noshell", "تكون المدفعية قد قصفت أحياء سكنية", "الصالح", SALEH, N_OFF, "ونفى", NEG),
            E("mod_noalliance",
              "الجيش «لا يقيم تحالفا مع أي تشكيل عشائري، وإنما ينسق ميدانيا مع أبناء المنطقة»",
              "مؤكدا", SALEH, N_OFF, "مؤكدا"),
            E("sheikh_echo", "أبناء العشائر «خاضوا المعركة في تحالف معلن مع الجيش»", "الشيخ مهنا العبد الله", "",
              N_PER, "نقلت", alt_types=[N_OFF], via=[ENAB]),
            E("res_left", "مقاتلي «قسد» غادروا مباني المطار فجر الأربعاء متجهين نحو السد", "سكان من حي الإسكان",
              "", A_SRC, "وقال", ANON, via=[SYTV]),
            E("res_patrols", "دوريات الجيش انتشرت في محيطه بعد ساعات", "سكان من حي الإسكان", "", A_SRC, "وقال",
              ANON, via=[SYTV]),
            E("sohr26", "الحصيلة ارتفعت إلى ٢٦ قتيلا، بينهم ١١ جنديا و٨ مدنيين", SOHR, "", ORG, "وأفاد"),
            E("aa5", "عدد القتلى المدنيين إلى ٥", "الإدارة الذاتية", "", ORG, "رفعت"),
            E("hosp4", "المستشفى استقبل جثث ٤ مدنيين و٢٣ جريحا", "مصدر طبي في مستشفى الطبقة الوطني", "",
              A_OFF, "وقال", ANON),
            E("an_noalliance", "ما يجمع الجيش والعشائر «تنسيق ظرفي لا يرقى إلى تحالف»",
              "الباحث في مركز جسور للدراسات، عمار الخطيب", "", N_PER, "ويرى"),
            E("sarc2300", "ارتفاع عدد العائلات النازحة من الطبقة إلى ٢٣٠٠ عائلة", SARC, "", ORG, "وأعلن"),
            E("sarc_full", "مراكز الإيواء في الرقة «بلغت طاقتها القصوى»", "مشيرا", SARC, ORG, "مشيرا"),
            E("ocha42k", "نحو ٤٢ ألف شخص نزحوا داخل محافظة الرقة منذ مطلع العام",
              "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)", "", ORG, "ذكر"),
        ],
    },
    "r129_boulkessi_attack": {
        "outlet": "الشرق الأوسط",
        "published": "2027-05-10",
        "entries": [
            E("hd", "سيطرنا على معسكر بولكيسي وسط مالي", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E("jnim_seized",
              "مقاتليها اقتحموا معسكر الجيش المالي في بولكيسي قرب الحدود مع بوركينا فاسو فجر الأحد وسيطروا عليه",
              JNIM, "", ORG, "أعلنت", via=["مؤسسة «الزلاقة»"]),
            E("jnim40", "قتلوا «أكثر من ٤٠ جنديا»", JNIM, "", ORG, "أعلنت", via=["مؤسسة «الزلاقة»"]),
            E("jnim17", "أسروا ١٧ آخرين", JNIM, "", ORG, "أعلنت", via=["مؤسسة «الزلاقة»"]),
            E("army_repel", "وحداتها «صدت هجوما إرهابيا معقدا»", GS, "", ORG, "قالت"),
            E("army_hold", "المعسكر «لا يزال تحت السيطرة الكاملة للجيش»", GS, "", ORG, "قالت"),
            E("army8", "مقتل ٨ جنود", "مشيرة", GS, ORG, "مشيرة"),
            E("army25", "«تحييد» ٢٥ مهاجما", "مشيرة", GS, ORG, "مشيرة"),
            E("army_nocapt", "يكون أي من عناصرها قد وقع في الأسر", "الهيئة", GS, ORG, "ونفت", NEG),
            E("local_withdrew", "الجنود «انسحبوا من المعسكر مساء الأحد باتجاه موندورو»", LOCAL, "", A_OFF,
              "أبلغ", ANON, via=["«الشرق الأوسط»"]),
            E("local_left", "المسلحين «أحرقوا مخازن الوقود قبل أن يغادروا صباح الاثنين»", "مضيفا", LOCAL,
              A_OFF, "مضيفا", ANON, via=["«الشرق الأوسط»"]),
            E("sec23", "٢٣ جنديا قتلوا في الهجوم، بينهم ضابطان برتبة نقيب", "مصدر أمني", "", A_OFF, "وأفاد",
              ANON, via=["وكالة الصحافة الفرنسية"]),
            E("res_blasts", "دوي الانفجارات تواصل حتى ظهر الأحد", "سكان في موندورو", "", A_SRC, "وقال", ANON),
            E("res_heli", "مروحيات عسكرية حلقت فوق المعسكر", "سكان في موندورو", "", A_SRC, "وقال", ANON),
            E("gov_joint",
              "قوات بوركينية شاركت في «عملية مشتركة» لتعقب المهاجمين في إطار القوة الموحدة لتحالف دول الساحل",
              COULIBALY, "", N_OFF, "وأكد"),
            E("gov_foreign", "«جهات أجنبية» بتزويد الجماعة بصور الأقمار الاصطناعية", "متهما", COULIBALY,
              N_OFF, "متهما"),
            E("elder_agree",
              "الأعيان توصلوا مع الجماعة إلى اتفاق يسمح بمرور شاحنات المؤن إلى البلدة المحاصرة منذ شهرين",
              DICKO, "", N_PER, "أعلن", alt_types=[N_OFF]),
            E("elder_convoy", "أول قافلة ستنطلق صباح الثلاثاء", "لافتا", DICKO, N_PER, "لافتا",
              alt_types=[N_OFF]),
            E("tabital14",
              "جنودا ماليين وعناصر من «الفيلق الأفريقي» الروسي بإعدام ١٤ مدنيا في قرية دوغو القريبة صباح الاثنين",
              "جمعية «تابيتال بولاكو»", "", ORG, "واتهمت"),
            E("army_terrorists", "قتلى دوغو «عناصر إرهابية» سقطوا في اشتباك مسلح", "الجيش", "الجيش المالي",
              ORG, "قال"),
            E("ocha3000", "نحو ٣ آلاف شخص فروا إلى موندورو خلال يومين",
              "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "", ORG, "وقدر"),
            E("an_fragile", "الهجوم «يكشف هشاشة التموضع العسكري على الحدود»", MAIGA, "", N_PER, "ويرى"),
            E("an_warn", "الجماعة «قد تستهدف قواعد أخرى في منطقة موبتي خلال الأسابيع المقبلة»", "محذرا", MAIGA,
              N_PER, "محذرا"),
        ],
    },
    "r130_boulkessi_camp": {
        "outlet": "فرانس 24",
        "published": "2027-05-11",
        "entries": [
            E("hd", "معسكر بولكيسي لم يخرج عن سيطرتنا لحظة واحدة", "الجيش المالي", "القوات المسلحة المالية",
              ORG, ":", HEAD),
            E("spk_never", "معسكر بولكيسي «لم يخرج عن سيطرة الجيش في أي لحظة»", DIARRA, "", N_OFF, "قال",
              via=["التلفزيون الرسمي"]),
            E("spk_nowithdraw", "تكون القوات قد انسحبت نحو موندورو", "نافيا", DIARRA, N_OFF, "نافيا", NEG,
              via=["التلفزيون الرسمي"]),
            E("spk11", "ارتفاع حصيلة القتلى في صفوف الجيش إلى 11 جنديا", "ومعلنا", DIARRA, N_OFF, "ومعلنا",
              via=["التلفزيون الرسمي"]),
            E("jnim17_echo", "أسر 17 جنديا", JNIM, "", ORG, "أعلنت"),
            E("jnim_withdrew", "مقاتليها «انسحبوا من المعسكر بعد الاستيلاء على أسلحته وذخائره»", "الجماعة",
              JNIM, ORG, "زعمت"),
            E("res_left",
              "المسلحين غادروا محيط المعسكر يوم الاثنين على متن عشرات الدراجات النارية باتجاه الحدود البوركينية",
              "سكان من موندورو", "", A_SRC, "وروى", ANON, via=[F24]),
            E("msrc30", "عدد قتلى الجيش «لا يقل عن 30»", "مسؤولان عسكريان في باماكو", "", A_OFF, "وقال", ANON,
              via=[F24]),
            E("msrc_captured", "يكون بعض المفقودين قد أسروا", "مرجحين", "مسؤولان عسكريان في باماكو", A_OFF, "مرجحين",
              ANON, via=[F24]),
            E("aes_follow", "«تتابع الوضع عن كثب» بالتنسيق مع هيئات الأركان في الدول الثلاث",
              "قيادة القوة الموحدة لتحالف دول الساحل", "", ORG, "أعلنت"),
            E("bf_deny", "يكون أي جندي بوركيني قد عبر الحدود إلى مالي", SAWADOGO, "", N_OFF, "نفى", NEG),
            E("bf_intel", "التعاون مع باماكو «يقتصر على تبادل المعلومات الاستخباراتية»", "مؤكدا", SAWADOGO,
              N_OFF, "مؤكدا"),
            E("gov_noagree", "وجود «أي مفاوضات أو اتفاق مع الإرهابيين»",
              "حاكم منطقة موبتي، العقيد عبد الله سانغاري", "", N_OFF, "نفى", NEG),
            E("elder_echo", "التوصل مع الجماعة إلى اتفاق يسمح بمرور شاحنات المؤن", DICKO, "", N_PER, "أعلن",
              alt_types=[N_OFF]),
            E("drivers", "قافلة من 12 شاحنة دخلت موندورو صباح الثلاثاء بعدما سمح لها المسلحون بالمرور",
              "سائقي شاحنات", "", A_SRC, "أكدوا", ANON, via=[F24]),
            E("ohchr20", "مقتل 20 مدنيا على الأقل في قريتي دوغو وكوبو منذ الاثنين",
              "مكتب الأمم المتحدة لحقوق الإنسان", "", ORG, "وأعلن"),
            E("ohchr_call", "تحقيق مستقل", "داعيا", "مكتب الأمم المتحدة لحقوق الإنسان", ORG, "داعيا", OPT),
            E("army_noabuse", "ارتكاب أي انتهاكات بحق المدنيين", "القوات المسلحة", "القوات المسلحة المالية",
              ORG, "نفت", NEG, alt_types=[DOC]),
            E("ocha9000", "أكثر من 9 آلاف شخص نزحوا في منطقة موبتي منذ مطلع مايو",
              "المكتب الأممي لتنسيق الشؤون الإنسانية", "", ORG, "وأشار"),
            E("an_siege", "الجماعة «تسعى إلى فرض حصار طويل على المعسكر بدلا من الاحتفاظ به»",
              "الباحث في معهد الدراسات الأمنية بداكار، فودي تراوري", "", N_PER, "ويعتقد"),
        ],
    },
    "r131_ituri_savo": {
        "outlet": "الجزيرة نت",
        "published": "2027-05-19",
        "entries": [
            E("hd", "37 قتيلا في هجوم على مخيم سافو للنازحين", "المجتمع المدني في جوغو",
              "المجتمع المدني في إقليم جوغو", ORG, ":", HEAD),
            E("cs37", "37 نازحا على الأقل قتلوا في هجوم استهدف مخيم سافو ليل الثلاثاء", LONDO, "", N_OFF,
              "قال", alt_types=[N_PER]),
            E("cs_codeco", "مسلحي ميليشيا «كوديكو» بمهاجمة الخيام بالمناجل والأسلحة النارية", "متهما", LONDO,
              N_OFF, "متهما", alt_types=[N_PER]),
            E("cs_late", "الجنود لم يصلوا إلا «بعد أكثر من ثلاث ساعات» على بدء الهجوم", "ومضيفا", LONDO, N_OFF,
              "ومضيفا", alt_types=[N_PER]),
            E("army21", "عدد القتلى بلغ 21", NGONGO, "", N_OFF, "وقال", via=[OKAPI]),
            E("army_control", "الجيش «استعاد السيطرة الكاملة على المخيم والتلال المحيطة به»", "مؤكدا", NGONGO,
              N_OFF, "مؤكدا", via=[OKAPI]),
            E("army14", "وحداته اعتقلت 14 مشتبها بهم", "مؤكدا", NGONGO, N_OFF, "مؤكدا", via=[OKAPI]),
            E("army_30min", "تدخلت «خلال نصف ساعة» من إطلاق أول رصاصة", "وموضحا", NGONGO, N_OFF, "وموضحا",
              via=[OKAPI]),
            E("survivor", "المهاجمين «كانوا يرتدون أزياء كوديكو ويرددون شعاراتها»", "أحد الناجين", "", A_SRC,
              "وروى", ANON, via=["«الجزيرة نت»"]),
            E("codeco_deny", "تكون عناصره قد هاجمت المخيم", DIDI, "", N_OFF, "نفى", NEG, alt_types=[N_PER]),
            E("codeco_crp", "مسلحي «التحالف من أجل الثورة الشعبية» مسؤولية الهجوم", "محملا", DIDI, N_OFF,
              "محملا", alt_types=[N_PER]),
            E("codeco_hills", "مقاتليه «ما زالوا يتمركزون على التلال المطلة على سافو»", "ومؤكدا", DIDI, N_OFF,
              "ومؤكدا", alt_types=[N_PER]),
            E("crp_deny_attack", "أي صلة له بالهجوم", CRP, "", ORG, "ونفى", NEG, alt_types=[DOC]),
            E("crp_deny_afc", "وجود أي علاقة تربطه بـ«تحالف نهر الكونغو»", CRP, "", ORG, "نفى", NEG,
              alt_types=[DOC]),
            E("gov_alliance", "التحالف بأنه «حليف عسكري لإم 23»", MULAMBA, "", N_OFF, "وصف"),
            E("gov_arms", "يتلقى منها السلاح عبر الحدود الأوغندية", "مشيرا", MULAMBA, N_OFF, "مشيرا"),
            E("gov_truce", "فصائل «كوديكو» وقعت في بونيا اتفاقا لوقف الأعمال العدائية", KASONGO, "", N_OFF,
              "أعلن"),
            E("monusco_patrol", "جنودها ينفذون دوريات في محيط المخيم منذ فجر الأربعاء", MONUSCO, "", ORG,
              "وقالت"),
            E("hosp48", "المستشفى استقبل 48 جريحا، معظمهم نساء وأطفال", "مصدر طبي في مستشفى درودرو العام", "",
              A_OFF, "وأفاد", ANON, via=["وكالة رويترز"]),
            E("rc30", "متطوعيه دفنوا 30 جثة حتى ظهر الأربعاء", "الصليب الأحمر الكونغولي", "", ORG, "أعلن"),
            E("ocha12k", "أكثر من 12 ألف شخص فروا من المخيم نحو بلدة فاتاكي",
              "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "", ORG, "وذكر"),
            E("an_retal", "الهجوم قد يكون «ردا على اعتقالات طالت قادة في كوديكو الشهر الماضي»",
              "الباحث الكونغولي في مجموعة دراسات الكونغو، ديودونيه موكامبا", "", N_PER, "ويرى"),
        ],
    },
    "r132_ituri_detainees": {
        "outlet": "الأناضول",
        "published": "2027-05-21",
        "entries": [
            E("hd", "لم نوقع أي اتفاق لوقف القتال في إيتوري", "«كوديكو»", "ميليشيا «كوديكو»", ORG, ":", HEAD),
            E("army26", "حصيلة قتلى الهجوم على مخيم سافو للنازحين ارتفعت إلى ٢٦", NGONGO, "", N_OFF, "قال",
              via=[AA]),
            E("army9", "٩ من المعتقلين الـ١٤ مقاتلون في ميليشيا «كوديكو»", NGONGO, "", N_OFF, "قال", via=[AA]),
            E("army_hills", "التلال المحيطة بالمخيم «خالية تماما من المسلحين»", "مؤكدا", NGONGO, N_OFF, "مؤكدا",
              via=[AA]),
            E("army_nolate", "يكون الجنود قد تأخروا في التدخل ليلة الهجوم", "نغونغو", NGONGO, N_OFF, "ونفى",
              NEG),
            E("cs_allciv", "المعتقلين «جميعهم نازحون مدنيون»", LONDO32, "", N_OFF, "نقلت", alt_types=[N_PER],
              via=[OKAPI]),
            E("cs42", "عدد القتلى ارتفع إلى ٤٢", "مضيفا", LONDO32, N_OFF, "مضيفا", alt_types=[N_PER],
              via=[OKAPI]),
            E("monusco30", "ما لا يقل عن ٣٠ مدنيا قتلوا في الهجوم", "بعثة «مونوسكو»", "", ORG, "وذكرت"),
            E("monusco_post", "جنودها أقاموا نقطة حماية دائمة عند المدخل الرئيسي للمخيم", "موضحة",
              "بعثة «مونوسكو»", ORG, "موضحة"),
            E("disp_hills", "مسلحي «كوديكو» ما زالوا يتجولون على التلال المطلة على المخيم ليلا",
              "نازحون لجؤوا إلى بلدة فاتاكي المجاورة", "", A_SRC, "وقال", ANON, via=[AA]),
            E("mayor", "المدارس والكنائس في البلدة تؤوي آلاف النازحين", "رئيس بلدية فاتاكي، موريس أوندونغا", "",
              N_OFF, "وأفاد"),
            E("mayor_call", "بمساعدات غذائية عاجلة", "مطالبا", "رئيس بلدية فاتاكي، موريس أوندونغا", N_OFF,
              "مطالبا", OPT),
            E("codeco_nosign", "الميليشيا «لم توقع أي اتفاق في بونيا»", DIDI, "", N_OFF, "قال", alt_types=[N_PER],
              via=[AA]),
            E("codeco_reps", "من حضروا الاجتماع «لا يمثلون إلا أنفسهم»", DIDI, "", N_OFF, "قال",
              alt_types=[N_PER], via=[AA]),
            E("gov_truce2", "الفصائل «وقعت على وقف الأعمال العدائية أمام شهود من الكنيسة»", KASONGO, "", N_OFF,
              "جدد"),
            E("afc_coord", "العلاقة مع «التحالف من أجل الثورة الشعبية» «لا تتعدى التنسيق السياسي»",
              "المتحدث باسم «تحالف نهر الكونغو»، أوسكار باليندا", "", N_OFF, "ادعى"),
            E("afc_noarms", "تزويده بأي سلاح", "نافيا", "المتحدث باسم «تحالف نهر الكونغو»، أوسكار باليندا", N_OFF,
              "نافيا", NEG),
            E("an_arms", "التحالف «يتلقى شحنات أسلحة من إم ٢٣ عبر الأراضي الأوغندية منذ مطلع العام الجاري»",
              "الباحث في الشؤون الأمنية بجامعة كيسانغاني، ألبير ندجابو", "", N_PER, "ويرى"),
            E("msf60", "فرقها عالجت ٦٠ جريحا منذ ليل الثلاثاء في فاتاكي ودرودرو", "منظمة أطباء بلا حدود", "",
              ORG, "وأعلنت"),
            E("msf_drugs", "نقص حاد في أدوية الجراحة والمضادات الحيوية", "محذرة", "منظمة أطباء بلا حدود", ORG,
              "محذرة"),
            E("unhcr", "عدد النازحين في ولاية إيتوري بنحو مليون و٦٠٠ ألف شخص",
              "مفوضية الأمم المتحدة لشؤون اللاجئين", "", ORG, "قدرت"),
            E("rights_call", "بالإفراج عن المعتقلين المدنيين", "منظمات حقوقية محلية", "", ORG, "طالبت", OPT),
            E("mod_battalion", "إرسال كتيبة إضافية إلى جوغو «لحماية مخيمات النازحين»",
              "وزير الدفاع الكونغولي، فيليكس مبويو", "", N_OFF, "أعلن"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Tabqa: the army's full control of the airport vs the SDF still inside it
        ("r127.mod_control", "r127.sdf_deny"),
        ("r127.hd", "r127.sdf_deny"),  # headline copy
        ("r127.mod_control", "r127.sdf_hold"),
        ("r127.hd", "r127.sdf_hold"),
        ("r127.mod_control", "r128.sdf_north"),
        ("r127.hd", "r128.sdf_north"),
        # the SDF left the airport buildings at dawn (officer, residents) vs still there
        ("r127.off_withdrew", "r127.sdf_hold"),
        ("r127.off_withdrew", "r128.sdf_north"),
        ("r128.res_left", "r127.sdf_hold"),
        ("r128.res_left", "r128.sdf_north"),
        # tolls from different sources
        ("r127.mod4", "r127.sohr19"),  # 4 soldiers vs 9
        ("r127.sdf7", "r127.mod_sdf30"),  # 7 SDF fighters vs more than 30
        ("r127.aa3", "r127.sohr19"),  # 3 civilians vs 6
        ("r128.mod6", "r128.sohr26"),  # 6 soldiers vs 11
        ("r127.sohr19", "r128.mod6"),  # 9 soldiers on Wednesday vs 6 on Thursday
        ("r128.aa5", "r128.sohr26"),  # 5 civilians vs 8
        ("r127.sohr19", "r128.aa5"),  # 6 civilians on Wednesday vs 5 on Thursday
        # 12 soldiers captured vs none
        ("r127.sdf12", "r128.mod_nocapt"),
        ("r128.sdf12_echo", "r128.mod_nocapt"),
        # army shelling of residential quarters vs the denials
        ("r127.sdf_shell", "r127.sana_noshell"),
        ("r127.sdf_shell", "r128.mod_noshell"),
        ("r127.res_shell", "r127.sana_noshell"),
        ("r127.res_shell", "r128.mod_noshell"),
        # an alliance of the army and the tribes vs field coordination short of an alliance
        ("r127.sheikh", "r128.mod_noalliance"),
        ("r128.sheikh_echo", "r128.mod_noalliance"),
        ("r127.sdf_alliance", "r128.mod_noalliance"),
        ("r127.sheikh", "r128.an_noalliance"),
        ("r128.sheikh_echo", "r128.an_noalliance"),
        ("r127.sdf_alliance", "r128.an_noalliance"),
        # a ceasefire agreement reached vs none signed
        ("r128.us_agree", "r128.sdf_nosign"),
        ("r128.us_agree", "r128.hd"),
        ("r128.us_48", "r128.hd"),
        ("r128.us_48", "r128.sdf_nosign"),
        # --- Boulkessi: the camp seized / abandoned vs never out of the army's control
        ("r129.jnim_seized", "r129.army_hold"),
        ("r129.hd", "r129.army_hold"),
        ("r129.jnim_seized", "r130.spk_never"),
        ("r129.hd", "r130.spk_never"),
        ("r129.jnim_seized", "r130.hd"),
        ("r129.hd", "r130.hd"),
        ("r129.local_withdrew", "r129.army_hold"),
        ("r129.local_withdrew", "r130.spk_never"),
        ("r129.local_withdrew", "r130.hd"),
        ("r129.local_withdrew", "r130.spk_nowithdraw"),
        ("r130.jnim_withdrew", "r130.spk_never"),  # withdrew from the camp it had held
        ("r130.jnim_withdrew", "r130.hd"),
        ("r130.jnim_withdrew", "r129.army_hold"),
        # soldiers killed
        ("r129.jnim40", "r129.army8"),
        ("r129.jnim40", "r129.sec23"),
        ("r129.army8", "r129.sec23"),
        ("r129.jnim40", "r130.spk11"),
        ("r129.sec23", "r130.spk11"),  # 23 on Monday vs 11 on Tuesday
        ("r130.spk11", "r130.msrc30"),
        # 17 captured vs none
        ("r129.jnim17", "r129.army_nocapt"),
        ("r130.jnim17_echo", "r129.army_nocapt"),
        # Burkinabe troops in a joint operation vs none crossed, intelligence only
        ("r129.gov_joint", "r130.bf_deny"),
        ("r129.gov_joint", "r130.bf_intel"),
        # the elders' agreement with the group vs no negotiations or agreement
        ("r129.elder_agree", "r130.gov_noagree"),
        ("r130.elder_echo", "r130.gov_noagree"),
        # civilians executed / killed in Dogo vs "terrorists" and no abuses
        ("r129.tabital14", "r129.army_terrorists"),
        ("r129.tabital14", "r130.army_noabuse"),
        ("r130.ohchr20", "r130.army_noabuse"),
        ("r130.ohchr20", "r129.army_terrorists"),
        # --- Savo camp (Ituri): tolls
        ("r131.cs37", "r131.army21"),
        ("r131.hd", "r131.army21"),
        ("r131.cs37", "r132.army26"),  # at least 37 on Wednesday vs 26 on Friday
        ("r131.hd", "r132.army26"),
        ("r132.cs42", "r132.army26"),
        ("r132.monusco30", "r132.army26"),
        ("r131.rc30", "r131.army21"),  # 30 bodies buried vs 21 dead
        ("r131.rc30", "r132.army26"),
        # the army's late intervention vs within half an hour / the denial
        ("r131.cs_late", "r131.army_30min"),
        ("r131.cs_late", "r132.army_nolate"),
        # who attacked: CODECO vs its denial and its accusation of the CRP
        ("r131.cs_codeco", "r131.codeco_deny"),
        ("r131.survivor", "r131.codeco_deny"),
        ("r131.cs_codeco", "r131.codeco_crp"),
        ("r131.survivor", "r131.codeco_crp"),
        ("r131.codeco_crp", "r131.crp_deny_attack"),
        # the hills around the camp
        ("r131.army_control", "r131.codeco_hills"),
        ("r131.army_control", "r132.disp_hills"),
        ("r132.army_hills", "r132.disp_hills"),
        # CRP and the AFC/M23: military ally and arms vs no relation / political coordination only
        ("r131.gov_alliance", "r131.crp_deny_afc"),
        ("r131.gov_alliance", "r132.afc_coord"),
        ("r131.crp_deny_afc", "r132.afc_coord"),
        ("r131.gov_arms", "r131.crp_deny_afc"),
        ("r132.an_arms", "r131.crp_deny_afc"),
        ("r131.gov_arms", "r132.afc_noarms"),
        ("r132.an_arms", "r132.afc_noarms"),
        # the Bunia cessation of hostilities: signed vs not signed
        ("r131.gov_truce", "r132.codeco_nosign"),
        ("r131.gov_truce", "r132.hd"),
        ("r132.gov_truce2", "r132.codeco_nosign"),
        ("r132.gov_truce2", "r132.hd"),
        # the detainees: nine CODECO fighters vs all displaced civilians
        ("r132.army9", "r132.cs_allciv"),
    ],
    "agreements": [
        ("r127.off_withdrew", "r128.res_left"),  # the SDF left the airport buildings at dawn
        ("r127.sdf_shell", "r127.res_shell"),  # army artillery hit homes
        ("r127.sheikh", "r127.sdf_alliance"),  # an alliance of the army and the tribes
        ("r128.mod_noalliance", "r128.an_noalliance"),  # coordination, not an alliance
        ("r129.local_left", "r130.res_left"),  # the gunmen left on Monday
        ("r130.jnim_withdrew", "r130.res_left"),
        ("r129.elder_convoy", "r130.drivers"),  # the convoy on Tuesday morning
        ("r131.cs_codeco", "r131.survivor"),  # CODECO carried out the attack
        ("r131.codeco_hills", "r132.disp_hills"),  # CODECO gunmen on the hills
        ("r131.gov_arms", "r132.an_arms"),  # arms from M23 through Uganda
    ],
    "echoes": [
        ("r127.sdf12", "r128.sdf12_echo"),  # the SDF's 12 prisoners, recalled
        ("r127.sheikh", "r128.sheikh_echo"),  # the sheikh's words to Enab Baladi, retold
        ("r129.jnim17", "r130.jnim17_echo"),  # JNIM's 17 prisoners, recalled
        ("r129.elder_agree", "r130.elder_echo"),  # the elder's agreement, recalled
        ("r131.gov_truce", "r132.gov_truce2"),  # the governor repeats his claim
    ],
    "not_contradictions": [
        ("r127.mod4", "r128.mod6"),  # the ministry's toll rose from 4 to 6
        ("r127.sohr19", "r128.sohr26"),  # SOHR's toll rose from 19 to 26
        ("r127.aa3", "r128.aa5"),  # the administration's civilian toll rose from 3 to 5
        ("r127.sarc1500", "r128.sarc2300"),  # displaced families rose
        ("r128.sarc2300", "r128.ocha42k"),  # Tabqa families vs the province since January
        ("r127.sarc1500", "r128.ocha42k"),
        ("r127.coal_noagree", "r128.us_agree"),  # no agreement yet (Wednesday) vs reached Wednesday evening
        ("r127.off_repelled", "r127.mod_control"),  # a first attack repelled on Tuesday, seizure at dawn
        ("r127.sdf_dam", "r127.mod_control"),  # the dam vs the airport
        ("r128.hosp4", "r128.aa5"),  # one hospital's bodies vs the total
        ("r128.hosp4", "r128.sohr26"),
        ("r129.army8", "r130.spk11"),  # the army's toll rose from 8 to 11
        ("r129.jnim40", "r130.msrc30"),  # more than 40 vs no fewer than 30
        ("r129.jnim_seized", "r129.local_left"),  # seized on Sunday, left on Monday
        ("r129.jnim_seized", "r130.res_left"),
        ("r129.tabital14", "r130.ohchr20"),  # one village vs two
        ("r129.ocha3000", "r130.ocha9000"),  # fled to Mondoro vs the Mopti region since early May
        ("r131.army21", "r132.army26"),  # the army's toll rose from 21 to 26
        ("r131.cs37", "r132.cs42"),  # civil society's toll rose from 37 to 42
        ("r131.cs37", "r132.monusco30"),  # at least 37 vs at least 30
        ("r132.cs42", "r132.monusco30"),
        ("r131.cs37", "r131.rc30"),  # 30 buried vs at least 37 dead
        ("r131.army14", "r132.army9"),  # nine of the 14 detainees
        ("r131.hosp48", "r132.msf60"),  # one hospital vs MSF in two towns
        ("r131.ocha12k", "r132.unhcr"),  # fled the camp vs all displaced in Ituri
        ("r131.codeco_hills", "r132.army_hills"),  # Wednesday vs Friday
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
