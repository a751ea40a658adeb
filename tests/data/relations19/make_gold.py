"""Writes gold.json for the nineteenth relations set (r109..r114) from the annotations below
(`python3 tests/data/relations19/make_gold.py`).

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

# r109/r110: Jableh countryside (Latakia), the Bait Yashout checkpoint attack
MOI_SY = "وزارة الداخلية السورية"
HALABI = "قائد الأمن الداخلي في محافظة اللاذقية، العميد مصطفى الحلبي"
HALABI110 = "قائد الأمن الداخلي، العميد مصطفى الحلبي"
SHIELD = "«لواء درع الساحل»"
SOHR = "«المرصد السوري لحقوق الإنسان»"
HOSP_J = "مصدر طبي في المشفى الوطني بجبلة"
RES_J = "أحد سكان القرية"
YOUSEF = "الناشط الإعلامي في ريف جبلة علي يوسف"
ALI = "الباحث في مركز «جسور للدراسات» سامر العلي"
KHATIB = "المتحدث باسم وزارة الداخلية السورية، أحمد الخطيب"
HZB_SRC = "مصدر مقرب من «حزب الله»"
RES_J110 = "أحد سكان بيت ياشوط"
DSA = "مديرية الشؤون الاجتماعية والعمل في اللاذقية"
SNHR = "«الشبكة السورية لحقوق الإنسان»"
MOD_SY = "وزارة الدفاع السورية"
YAMEN = "الصحفي السوري يامن حسن"
ENAB = "«عنب بلدي»"
SYTV = "تلفزيون سوريا"
# r111/r112: Nasir (Upper Nile), the White Army and the garrison
WA = "قوات «الجيش الأبيض»"
DOUB = "المتحدث باسم قوات «الجيش الأبيض»، غاتلواك دوب"
DOUB112 = "المتحدث باسم الجيش الأبيض، غاتلواك دوب"
SSPDF = "قوات دفاع شعب جنوب السودان"
ATEM = "المتحدث باسم قوات دفاع شعب جنوب السودان، العميد ماكور دينق أتيم"
IO = "الحركة الشعبية لتحرير السودان في المعارضة"
KWANG = "معتمد مقاطعة الناصر، جيمس لام كوانغ"
WIT_N = "شهود عيان فروا إلى بلدة أولانغ"
OKELLO = "المتحدث باسم قوات الدفاع الشعبية الأوغندية، العقيد روبرت أوكيلو"
MAJAK = "وزير الإعلام في جنوب السودان، بيتر أكول ماجاك"
NSS = "جهاز الأمن الوطني"
CHURCH = "مجلس كنائس جنوب السودان"
UNMISS = "بعثة الأمم المتحدة في جنوب السودان (يونميس)"
UNHCR = "مفوضية اللاجئين الأممية"
MATHIANG = "الباحث في معهد «السد» للأبحاث، أجاك مثيانغ"
IDP_N = "نازحون وصلوا إلى مدينة ملكال"
OCHENG = "قائد القوات البرية الأوغندية، الفريق جوزيف أوتشينغ"
MSF = "منظمة «أطباء بلا حدود»"
NSS_SRC = "مصدرا في جهاز الأمن الوطني"
GAMB = "مسؤول في حكومة إقليم غامبيلا الإثيوبي"
OCHA = "مكتب تنسيق الشؤون الإنسانية (أوتشا)"
WANI = "الباحث في الشؤون الجنوب سودانية دانيال واني"
TAMAZUJ = "راديو تمازج"
ST = "سودان تربيون"
# r113/r114: the Ras Ajdir crossing and Zuwara
MOI_LY = "وزارة الداخلية بحكومة الوحدة الوطنية"
SHARIF = "وكيل الوزارة لشؤون المنافذ، العميد فرج الشريف"
ZC = "المجلس البلدي زوارة"
AHC = "المجلس الأعلى للأمازيغ في ليبيا"
ZAWARI = "مدير مستشفى زوارة العام، الطبيب نبيل الزواري"
MOI_TN = "وزارة الداخلية التونسية"
BG_SRC = "مصدر أمني في بنقردان"
LRC = "الهلال الأحمر الليبي، فرع زوارة"
WARFALLI = "المحلل السياسي الليبي عادل الورفلي"
TAHER = "عميد بلدية زوارة، مازن الطاهر"
MISRATI = "المتحدث باسم وزارة الداخلية، خالد المصراتي"
DRIVER = "سائق شاحنة عالق على الطريق الساحلي"
FAMS = "عائلات الموقوفين"
AK = "المجلس البلدي أبو كماش"
UNSMIL = "بعثة الأمم المتحدة للدعم في ليبيا"
SHAIBANI = "الباحث في الشأن الليبي محمد الشيباني"
AHRAR = "قناة «ليبيا الأحرار»"
ARABY = "«العربي الجديد»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r109_jableh_checkpoint": {
        "outlet": "عنب بلدي",
        "published": "2027-02-08",
        "entries": [
            E("hd", "إحباط هجوم على حاجز للأمن العام في ريف جبلة", "الداخلية السورية", MOI_SY, ORG, ":", HEAD),
            E(
                "foil",
                "عناصر إدارة الأمن العام أحبطوا هجوما شنه مسلحون من «فلول النظام البائد» على حاجز عند مدخل قرية بيت ياشوط في ريف جبلة ليل السبت 6 من شباط",
                MOI_SY,
                "",
                ORG,
                "قالت",
            ),
            E("control", "استعادوا السيطرة الكاملة على محيط القرية", MOI_SY, "", ORG, "قالت"),
            E(
                "hal4",
                "الهجوم أسفر عن مقتل أربعة من عناصر الأمن العام وإصابة سبعة آخرين",
                HALABI,
                "",
                N_OFF,
                "وأوضح",
            ),
            E("hal9", "القوات «حيدت» تسعة من المهاجمين", "مشيرا", HALABI, N_OFF, "مشيرا"),
            E(
                "hal_hzb",
                "المهاجمين «يتلقون السلاح عبر شبكات تهريب مرتبطة بحزب الله اللبناني»",
                "الحلبي",
                HALABI,
                N_OFF,
                "وأضاف",
            ),
            E("hal23", "الأجهزة الأمنية أوقفت 23 شخصا «ثبت تورطهم» في الهجوم", "الحلبي", HALABI, N_OFF, "وأضاف"),
            E("grp15", "مقاتليه قتلوا 15 عنصرا من الأمن العام", SHIELD, "", ORG, "زعم", via=["«تلغرام»"]),
            E(
                "grp_hills",
                "سيطروا على تلال بيت ياشوط المطلة على طريق القرداحة",
                SHIELD,
                "",
                ORG,
                "زعم",
                via=["«تلغرام»"],
            ),
            E(
                "sohr11",
                "حصيلة الاشتباكات بلغت 11 قتيلا على الأقل، بينهم ستة من عناصر الأمن العام وثلاثة مدنيين من أهالي القرية",
                SOHR,
                "",
                ORG,
                "فأفاد",
            ),
            E(
                "hosp14",
                "المشفى استقبل 14 جثة منذ فجر الأحد، معظمها لشبان بملابس مدنية",
                HOSP_J,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[ENAB],
            ),
            E("res_dawn", "الاشتباكات استمرت حتى فجر الأحد", RES_J, "", A_SRC, "وروى", ANON, via=[ENAB]),
            E(
                "res3",
                "ثلاثة من جيرانه، بينهم امرأة، قتلوا برصاص طائش داخل منازلهم",
                RES_J,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[ENAB],
            ),
            E(
                "act40",
                "قوات الأمن العام اعتقلت أكثر من 40 شابا من بيت ياشوط، بينهم طلاب جامعيون لا علاقة لهم بالهجوم",
                YOUSEF,
                "",
                N_PER,
                "وذكر",
            ),
            E("act_fled", "مئات العائلات نزحت نحو مدينة جبلة خوفا من المداهمات", "لافتا", YOUSEF, N_PER, "لافتا"),
            E(
                "act_agree",
                "وجهاء بيت ياشوط توصلوا مساء الأحد إلى اتفاق مع قيادة الأمن العام يقضي بتسليم المطلوبين مقابل فك الطوق عن القرية",
                "يوسف",
                YOUSEF,
                N_PER,
                "وأكد",
            ),
            E(
                "an_notalliance",
                "العلاقة بين «درع الساحل» وحزب الله «ليست تحالفا، بل مجرد تنسيق عابر على خطوط التهريب»",
                ALI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "الهجمات «قد تتكرر إذا بقيت الحدود مع لبنان مفتوحة أمام المهربين»",
                "محذرا",
                ALI,
                N_PER,
                "محذرا",
            ),
            E(
                "sohr37",
                "قتل 37 شخصا في هجمات ومواجهات متفرقة بمحافظتي اللاذقية وطرطوس منذ مطلع كانون الثاني الماضي",
                "المرصد",
                SOHR,
                ORG,
                "وبحسب",
            ),
        ],
    },
    "r110_jableh_executions": {
        "outlet": "تلفزيون سوريا",
        "published": "2027-02-09",
        "entries": [
            E("hd", "إعدامات ميدانية طالت مدنيين في ريف جبلة", "المرصد السوري", SOHR, ORG, ":", HEAD),
            E(
                "sohr_exec",
                "ثمانية مدنيين على الأقل من قرية الدالية المجاورة لبيت ياشوط في ريف جبلة قتلوا «إعداما ميدانيا» على أيدي مسلحين يرتدون زي الأمن العام",
                SOHR,
                "",
                ORG,
                "أفاد",
            ),
            E("sohr19", "الحصيلة ارتفعت إلى ١٩ قتيلا", "مضيفا", SOHR, ORG, "مضيفا"),
            E("spk_deny", "وقوع أي عملية إعدام", KHATIB, "", N_OFF, "ونفى", NEG, via=[SYTV]),
            E(
                "spk_armed",
                "جميع القتلى «سقطوا خلال الاشتباكات وهم يحملون السلاح»",
                "مؤكدا",
                KHATIB,
                N_OFF,
                "مؤكدا",
                via=[SYTV],
            ),
            E("spk5", "حصيلة قتلى الأمن العام ارتفعت إلى خمسة", "الخطيب", KHATIB, N_OFF, "وأعلن"),
            E("spk31", "عدد الموقوفين بلغ ٣١ شخصا", "الخطيب", KHATIB, N_OFF, "وأعلن"),
            E(
                "spk_sweep",
                "عمليات التمشيط في محيط بيت ياشوط «انتهت بالكامل»، ولم يعد هناك «أي وجود مسلح» في المنطقة",
                "موضحا",
                KHATIB,
                N_OFF,
                "موضحا",
            ),
            E(
                "spk_alliance",
                "العلاقة بين «درع الساحل» و«حزب الله» بأنها «تحالف كامل، تمويلا وتسليحا وتخطيطا»",
                "الخطيب",
                KHATIB,
                N_OFF,
                "ووصف",
            ),
            E("spk_noagree", "التوصل إلى أي اتفاق مع وجهاء القرية", "نافيا", KHATIB, N_OFF, "نافيا", NEG),
            E("spk_quote", "لا نفاوض على دماء عناصرنا", "وقال", KHATIB, N_OFF, "وقال", DIRECT),
            E(
                "hal_echo",
                "المهاجمين «يتلقون السلاح عبر شبكات تهريب مرتبطة بحزب الله اللبناني»",
                HALABI110,
                "",
                N_OFF,
                "قد قال",
            ),
            E(
                "hzb_deny",
                "تكون للحزب «أي صلة» بالهجوم أو بأي جماعة مسلحة في الساحل",
                HZB_SRC,
                "",
                A_SRC,
                "نفى",
                ANON,
                NEG,
                alt_types=[A_OFF],
                via=["قناة «المنار»"],
            ),
            E("grp_still", "مقاتليه «ما زالوا يتمركزون في أحراج بيت ياشوط»", SHIELD, "", ORG, "فقال"),
            E("grp_accuse", "الأمن العام بقتل المدنيين «انتقاما» لقتلاه", "متهما", SHIELD, ORG, "متهما"),
            E(
                "res_fire",
                "إطلاق النار «تواصل من التلال حتى فجر الإثنين»",
                RES_J110,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SYTV],
            ),
            E(
                "res_notret",
                "عشرات العائلات لم تعد إلى منازلها بعد",
                RES_J110,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SYTV],
            ),
            E("hosp_echo", "المشفى استقبل ١٤ جثة منذ فجر الأحد", HOSP_J, "", A_OFF, "ونقل", ANON, via=[ENAB]),
            E("sohr70", "عدد المعتقلين تجاوز ٧٠ شابا، معظمهم مدنيون", "المرصد", SOHR, ORG, "وأشار"),
            E("dsa120", "عدد العائلات النازحة من بيت ياشوط بنحو ١٢٠ عائلة، عاد معظمها", DSA, "", ORG, "قدرت"),
            E("snhr2000", "نزوح أكثر من ٢٠٠٠ شخص من قرى ريف جبلة", SNHR, "", ORG, "وتحدثت"),
            E(
                "mod2",
                "جنديين قتلا بانفجار عبوة ناسفة على طريق القرداحة مساء الإثنين",
                MOD_SY,
                "",
                ORG,
                "قالت",
            ),
            E(
                "an_channels",
                "دمشق «قد تضطر إلى فتح قنوات مع وجهاء القرى إذا تكررت الهجمات»",
                YAMEN,
                "",
                N_PER,
                "ويعتقد",
            ),
        ],
    },
    "r111_nasir_garrison": {
        "outlet": "راديو تمازج",
        "published": "2027-02-15",
        "entries": [
            E("hd", "سيطرنا على حامية الناصر في أعالي النيل", "الجيش الأبيض", WA, ORG, ":", HEAD, alt_types=[N_OFF]),
            E(
                "wa_seize",
                "مقاتليه سيطروا على حامية الجيش في مدينة الناصر بولاية أعالي النيل فجر الأحد ١٤ فبراير",
                DOUB,
                "",
                N_OFF,
                "قال",
                via=[TAMAZUJ],
            ),
            E("wa40", "قتلوا «أكثر من ٤٠ جنديا»", DOUB, "", N_OFF, "قال", via=[TAMAZUJ]),
            E("army_deny", "سقوط الحامية", ATEM, "", N_OFF, "نفى", NEG),
            E(
                "army_hold",
                "القوات «صدت الهجوم وما زالت تسيطر على الحامية ومهبط الطائرات»",
                "مؤكدا",
                ATEM,
                N_OFF,
                "مؤكدا",
            ),
            E("army27", "٢٧ من المهاجمين قتلوا، في حين قتل ثلاثة جنود فقط", "وأضاف", ATEM, N_OFF, "وأضاف"),
            E(
                "army_orders",
                "قيادة الحركة الشعبية لتحرير السودان في المعارضة بإصدار «أوامر مباشرة» بالهجوم",
                "أتيم",
                ATEM,
                N_OFF,
                "واتهم",
            ),
            E("army_arm", "الجيش الأبيض «ليس سوى ذراع مسلحة للحركة»", "قائلا", ATEM, N_OFF, "قائلا"),
            E("io_deny", "أي صلة تنظيمية بالجيش الأبيض", "الحركة", IO, ORG, "نفت", NEG, alt_types=[DOC]),
            E(
                "io_youth",
                "«مجموعات شبابية للدفاع عن القرى» لا تتلقى أوامر منها",
                "مؤكدة",
                IO,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E(
                "comm12",
                "١٢ مدنيا على الأقل قتلوا في قصف جوي استهدف قرى قرب أولانغ يوم السبت",
                KWANG,
                "",
                N_OFF,
                "وقال",
            ),
            E("comm_notss", "الطائرات المغيرة «لا تتبع جيش جنوب السودان»", "مشيرا", KWANG, N_OFF, "مشيرا"),
            E(
                "wit_barrels",
                "الطائرات ألقت «براميل متفجرة» على تجمعات للمدنيين قرب النهر",
                WIT_N,
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("ug_log", "القوات الأوغندية «تقدم دعما لوجستيا فقط»", OKELLO, "", N_OFF, "قال"),
            E("ug_noraid", "لم تنفذ أي غارة في أعالي النيل", OKELLO, "", N_OFF, "قال"),
            E(
                "min_ops",
                "القوات الأوغندية «تشارك في العمليات ضد الجيش الأبيض بموجب اتفاق دفاعي ثنائي»",
                MAJAK,
                "",
                N_OFF,
                "أكد",
            ),
            E("nss5", "أوقف خمسة ضباط «للاشتباه في تنسيقهم مع الجيش الأبيض»", NSS, "", ORG, "أعلن"),
            E(
                "church",
                "زعماء «الجيش الأبيض» وافقوا على هدنة مدتها سبعة أيام تبدأ صباح الإثنين",
                CHURCH,
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "unmiss8",
                "تلقت تقارير عن مقتل ثمانية مدنيين على الأقل داخل مدينة الناصر",
                UNMISS,
                "",
                ORG,
                "وذكرت",
            ),
            E("unmiss_call", "«ضبط النفس»", "داعية", UNMISS, ORG, "داعية", OPT),
            E(
                "unhcr10k",
                "نحو ١٠ آلاف شخص عبروا من الناصر إلى إقليم غامبيلا الإثيوبي منذ مطلع الشهر",
                UNHCR,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "an_elect",
                "الحكومة «قد تستخدم الهجوم ذريعة لتأجيل الانتخابات» إذا اتسعت المعارك",
                MATHIANG,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r112_nasir_airstrikes": {
        "outlet": "سودان تربيون",
        "published": "2027-02-16",
        "entries": [
            E(
                "hd",
                "لا قتلى مدنيين في غارات أعالي النيل",
                "الجيش الجنوب سوداني",
                SSPDF,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "army_targets",
                "الغارات الجوية التي نفذت في محيط الناصر وأولانغ «استهدفت تجمعات الجيش الأبيض وحدها»",
                ATEM,
                "",
                N_OFF,
                "قال",
            ),
            E("army_nociv", "لم تسفر عن مقتل أي مدني", ATEM, "", N_OFF, "قال"),
            E("army5", "حصيلة قتلى الجيش ارتفعت إلى خمسة جنود", "أتيم", ATEM, N_OFF, "وأضاف"),
            E("army_nopow", "وقوع أي جندي في الأسر", "نافيا", ATEM, N_OFF, "نافيا", NEG),
            E("army_notfell", "الحامية «لم تسقط في أي لحظة»", "ومؤكدا", ATEM, N_OFF, "ومؤكدا"),
            E("army_notruce", "الجيش «ليس طرفا في أي هدنة» وسيواصل عملياته", "وقال", ATEM, N_OFF, "وقال"),
            E("wa_inside", "مقاتليه «ما زالوا داخل الحامية»", DOUB112, "", N_OFF, "أكد", via=[ST]),
            E("wa30", "أسروا 30 جنديا", DOUB112, "", N_OFF, "أكد", via=[ST]),
            E(
                "wa_notruce",
                "لا هدنة قبل خروج القوات الأوغندية من أرضنا",
                "وقال",
                DOUB112,
                N_OFF,
                "وقال",
                DIRECT,
                via=[ST],
            ),
            E(
                "church_echo",
                "زعماء الجيش الأبيض وافقوا على هدنة مدتها سبعة أيام تبدأ صباح الإثنين",
                CHURCH,
                "",
                ORG,
                "قد أعلن",
            ),
            E(
                "idp_withdraw",
                "جنود الحامية انسحبوا نحو مهبط الطائرات مساء السبت، قبل أن يدخل المسلحون مقر الحامية وينهبوا مخازنها",
                IDP_N,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "comm_echo",
                "12 مدنيا على الأقل قتلوا في قصف جوي استهدف قرى قرب أولانغ يوم السبت",
                KWANG,
                "",
                N_OFF,
                "ونقل",
                via=[TAMAZUJ],
            ),
            E(
                "ug_bombed",
                "طائرات أوغندية «قصفت مواقع الجيش الأبيض في أولانغ والناصر» بطلب من جوبا",
                OCHENG,
                "",
                N_OFF,
                "وكتب",
                via=["منصة «إكس»"],
            ),
            E(
                "msf34",
                "فريقها في أولانغ عالج 34 جريحا منذ السبت، بينهم نساء وأطفال مصابون بحروق",
                MSF,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "io22",
                "قوات الأمن اعتقلت 22 من أعضائها منذ الجمعة، بينهم نائب وزير النفط",
                IO,
                "",
                ORG,
                "قالت",
            ),
            E("io_political", "الاعتقالات بأنها «حملة سياسية»", "واصفة", IO, ORG, "واصفة"),
            E("nss_deny", "اعتقال أي مسؤول حكومي", NSS_SRC, "", A_OFF, "نفى", ANON, NEG, via=[ST]),
            E("gam4", "عدد الواصلين من الناصر «لا يتجاوز 4 آلاف»", GAMB, "", A_OFF, "وقال", ANON),
            E("ocha45", "عدد النازحين داخل ولاية أعالي النيل بنحو 45 ألفا منذ يناير", OCHA, "", ORG, "قدر"),
            E(
                "an_noorders",
                "الجيش الأبيض «لا يتلقى أوامر من أي قيادة سياسية، وإن تقاطعت مصالحه مع الحركة الشعبية»",
                WANI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r113_rasajdir_clashes": {
        "outlet": "ليبيا الأحرار",
        "published": "2027-02-22",
        "entries": [
            E("hd", "«إنفاذ القانون» تبسط سيطرتها على منفذ رأس اجدير", "الداخلية", MOI_LY, ORG, ":", HEAD),
            E(
                "moi_control",
                "«قوة إنفاذ القانون» بسطت سيطرتها الكاملة على منفذ رأس اجدير الحدودي مع تونس مساء الأحد 21 فبراير",
                MOI_LY,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "sh2",
                "الاشتباكات أسفرت عن مقتل اثنين من عناصر القوة وإصابة خمسة آخرين",
                SHARIF,
                "",
                N_OFF,
                "وقال",
                via=[AHRAR],
            ),
            E(
                "sh14",
                "القوة أوقفت 14 شخصا من المتورطين في تهريب الوقود عبر المنفذ",
                SHARIF,
                "",
                N_OFF,
                "وقال",
                via=[AHRAR],
            ),
            E(
                "sh_fund",
                "المجموعات المسلحة «تمولها شبكات تهريب الوقود والسلع المدعومة»",
                "الشريف",
                SHARIF,
                N_OFF,
                "وأضاف",
            ),
            E("sh_pure", "العملية «أمنية بحتة، ولا تستهدف أي مكون اجتماعي»", "مؤكدا", SHARIF, N_OFF, "مؤكدا"),
            E(
                "sh_reopen",
                "المنفذ سيعاد فتحه أمام المسافرين «خلال أيام» بعد استكمال تسلم المباني",
                "مؤكدا",
                SHARIF,
                N_OFF,
                "مؤكدا",
            ),
            E("zc_deny", "تسليم المنفذ", ZC, "", ORG, "نفى", NEG, alt_types=[DOC], nth=1),
            E(
                "zc_still",
                "قوات المدينة «ما زالت تدير البوابة والمباني الجمركية»",
                "مؤكدا",
                ZC,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "zc_retreat",
                "قوة الوزارة «تراجعت إلى منطقة أبو كماش»",
                "مؤكدا",
                ZC,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "zc_customs",
                "الموقوفين «موظفون في الجمارك من أبناء زوارة، وليسوا مهربين»",
                "البيان",
                ZC,
                ORG,
                "وقال",
                alt_types=[DOC],
            ),
            E(
                "ahc_campaign",
                "ما يجري «حملة عسكرية تستهدف الأمازيغ بذريعة مكافحة التهريب»",
                AHC,
                "",
                ORG,
                "اعتبر",
            ),
            E("ahc4", "أربعة من شباب زوارة قتلوا في الاشتباكات", "مشيرا", AHC, ORG, "مشيرا"),
            E("ahc_drone", "القوة باستخدام طائرة مسيرة في قصف محيط المدينة", "ومتهما", AHC, ORG, "ومتهما"),
            E("hosp2", "المستشفى استقبل جثتين و11 جريحا، بينهم مدنيان أصيبا في منزليهما", ZAWARI, "", N_OFF, "وقال"),
            E(
                "wit_smoke",
                "الدخان ظل يتصاعد من مبنى الجمارك حتى ساعة متأخرة من الليل",
                "شهود عيان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("tn_close", "إغلاق معبر رأس جدير «حتى إشعار آخر»", MOI_TN, "", ORG, "أعلنت"),
            E(
                "tap2",
                "سائقي شاحنتين تونسيين أصيبا برصاص طائش قرب البوابة الليبية",
                BG_SRC,
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["وكالة تونس إفريقيا للأنباء"],
            ),
            E(
                "audit",
                "خسرت الدولة نحو 700 مليون دينار العام الماضي بسبب تهريب الوقود عبر المنفذ",
                "تقرير لديوان المحاسبة",
                "",
                DOC,
                "وبحسب",
            ),
            E("rc60", "إجلاء 60 عائلة من منطقة أبو كماش إلى مدارس داخل المدينة", LRC, "", ORG, "وأعلن"),
            E("loc_convoy", "رتلا من مدينة مصراتة وصل مساء الأحد لدعم القوة", "مصادر محلية", "", A_SRC, "وذكرت", ANON),
            E(
                "an_renew",
                "تتجدد الاشتباكات «ما لم يتفق الطرفان على صيغة لإدارة مشتركة للمنفذ»",
                WARFALLI,
                "",
                N_PER,
                "ورجح",
            ),
        ],
    },
    "r114_rasajdir_agreement": {
        "outlet": "العربي الجديد",
        "published": "2027-02-23",
        "entries": [
            E("hd", "اتفاق على إدارة مشتركة لمنفذ رأس اجدير", "عميد بلدية زوارة", TAHER, N_OFF, ":", HEAD, nth=0),
            E(
                "may_agree",
                "وفدا من وزارة الداخلية بحكومة الوحدة الوطنية توصل مع المجلس البلدي، ليل الإثنين، إلى اتفاق على إدارة مشتركة لمنفذ رأس اجدير، تنسحب بموجبه «قوة إنفاذ القانون» إلى أبو كماش",
                TAHER,
                "",
                N_OFF,
                "قال",
                via=[ARABY],
            ),
            E("may2", "اثنين فقط من أبناء المدينة قتلا في اشتباكات الأحد", "الطاهر", TAHER, N_OFF, "وأضاف"),
            E(
                "may_nosmug",
                "زوارة «لا علاقة لها بشبكات التهريب، ولا تحمي أي مهرب»",
                "مؤكدا",
                TAHER,
                N_OFF,
                "مؤكدا",
            ),
            E("moi_noagree", "التوصل إلى أي اتفاق", MISRATI, "", N_OFF, "نفى", NEG),
            E(
                "moi_remain",
                "القوة «باقية في المنفذ، والسيادة على المنافذ ليست محل تفاوض»",
                "وقال",
                MISRATI,
                N_OFF,
                "وقال",
            ),
            E("moi3", "ارتفاع عدد قتلى القوة إلى ثلاثة", "وأعلن", MISRATI, N_OFF, "وأعلن"),
            E("moi_nodrone", "استخدام أي طائرة مسيرة في محيط زوارة", "نافيا", MISRATI, N_OFF, "نافيا", NEG),
            E(
                "moi_echo",
                "«قوة إنفاذ القانون» بسطت سيطرتها الكاملة على منفذ رأس اجدير",
                "الوزارة",
                MOI_LY,
                ORG,
                "قد أعلنت",
            ),
            E(
                "moi14_echo",
                "أوقفت ١٤ شخصا من المتورطين في تهريب الوقود",
                "الوزارة",
                MOI_LY,
                ORG,
                "قد أعلنت",
            ),
            E(
                "driver",
                "آليات القوة غادرت محيط المنفذ ليل الإثنين باتجاه أبو كماش، ولم يبق عند البوابة سوى عناصر من زوارة",
                DRIVER,
                "",
                A_SRC,
                "أفاد",
                ANON,
                via=[ARABY],
            ),
            E(
                "ahc5",
                "حصيلة قتلى زوارة إلى خمسة، بينهم شاب أصيب بشظايا قصف بطائرة مسيرة",
                AHC,
                "",
                ORG,
                "ورفع",
            ),
            E(
                "zc_echo",
                "الموقوفين «موظفون في الجمارك من أبناء زوارة، وليسوا مهربين»",
                ZC,
                "",
                ORG,
                "قد أكد",
                alt_types=[DOC],
            ),
            E("fam9", "عددهم تسعة", FAMS, "", A_SRC, "وقالت", ANON),
            E("fam_noproc", "أيا منهم لم يعرض على النيابة حتى الآن", FAMS, "", A_SRC, "وقالت", ANON),
            E("tn_deny", "إصابة أي مواطن تونسي في الاشتباكات", MOI_TN, "", ORG, "نفت", NEG),
            E(
                "bg_reopen",
                "إعادة فتح المعبر أمام المسافرين صباح الثلاثاء",
                "معتمد بنقردان",
                "",
                A_OFF,
                "أعلن",
                ANON,
                alt_types=[N_OFF],
            ),
            E(
                "wal_trucks",
                "حركة الشاحنات على الطريق الساحلي استؤنفت ظهر الثلاثاء",
                "وكالة الأنباء الليبية (وال)",
                "",
                MEDIA,
                "وذكرت",
            ),
            E("ak200", "عدد العائلات النازحة من المنطقة بنحو ٢٠٠ عائلة", AK, "", ORG, "وقدر"),
            E("unsmil_call", "«إبعاد المنافذ الحدودية عن الصراعات»", UNSMIL, "", ORG, "ودعت", OPT),
            E(
                "an_notmerely",
                "المنفذ «ليس مجرد بوابة حدودية، بل مورد مالي تتنازع عليه مدن الساحل الغربي»",
                SHAIBANI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_fragile",
                "أي اتفاق بين الطرفين «هشا ما لم تتضح آلية تقاسم الإيرادات»",
                "مرجحا",
                SHAIBANI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Jableh: the attack foiled and full control regained vs the group's seizure of the hills
        ("r109.foil", "r109.grp_hills"),
        ("r109.hd", "r109.grp_hills"),  # headline copy
        ("r109.control", "r109.grp_hills"),
        ("r109.control", "r110.grp_still"),  # control regained on Saturday night vs still in the woods on Tuesday
        ("r110.spk_sweep", "r110.grp_still"),
        # security personnel killed
        ("r109.hal4", "r109.grp15"),
        ("r109.hal4", "r109.sohr11"),  # four vs six of the General Security
        ("r109.sohr11", "r109.grp15"),  # six vs fifteen
        ("r110.spk5", "r109.grp15"),
        ("r110.spk5", "r109.sohr11"),  # six on Monday vs five on Tuesday (tolls do not fall)
        # executions / civilians killed vs "all fell in the clashes carrying weapons"
        ("r110.hd", "r110.spk_deny"),
        ("r110.sohr_exec", "r110.spk_deny"),
        ("r110.grp_accuse", "r110.spk_deny"),
        ("r110.hd", "r110.spk_armed"),
        ("r110.sohr_exec", "r110.spk_armed"),
        ("r110.grp_accuse", "r110.spk_armed"),
        ("r109.sohr11", "r110.spk_armed"),  # three civilians among the dead
        ("r109.res3", "r110.spk_armed"),  # three neighbours killed by stray bullets inside their homes
        # the group and Hezbollah: arms networks / full alliance vs no link / not an alliance
        ("r109.hal_hzb", "r110.hzb_deny"),
        ("r110.hal_echo", "r110.hzb_deny"),  # recalled copy
        ("r110.spk_alliance", "r110.hzb_deny"),
        ("r110.spk_alliance", "r109.an_notalliance"),
        ("r109.an_notalliance", "r110.hzb_deny"),  # smuggling coordination is a link
        # the notables' agreement vs the denial
        ("r109.act_agree", "r110.spk_noagree"),
        ("r109.act_agree", "r110.spk_quote"),
        # arrests
        ("r109.hal23", "r109.act40"),
        ("r110.spk31", "r110.sohr70"),
        ("r109.act40", "r110.spk31"),  # more than 40 on Sunday vs 31 on Tuesday
        # displacement from Bait Yashout
        ("r109.act_fled", "r110.dsa120"),  # hundreds of families vs about 120
        # --- Nasir: the garrison seized vs repelled / never fell
        ("r111.hd", "r111.army_deny"),
        ("r111.wa_seize", "r111.army_deny"),
        ("r111.hd", "r111.army_hold"),
        ("r111.wa_seize", "r111.army_hold"),
        ("r111.hd", "r112.army_notfell"),
        ("r111.wa_seize", "r112.army_notfell"),
        ("r112.wa_inside", "r111.army_hold"),
        ("r112.wa_inside", "r112.army_notfell"),
        ("r112.idp_withdraw", "r111.army_deny"),
        ("r112.idp_withdraw", "r111.army_hold"),
        ("r112.idp_withdraw", "r112.army_notfell"),
        # soldiers killed and captured
        ("r111.wa40", "r111.army27"),
        ("r111.wa40", "r112.army5"),
        ("r112.wa30", "r112.army_nopow"),
        # the White Army and the SPLM-IO: direct orders / an armed arm vs no link / takes no orders
        ("r111.army_orders", "r111.io_deny"),
        ("r111.army_arm", "r111.io_deny"),
        ("r111.army_orders", "r111.io_youth"),
        ("r111.army_arm", "r111.io_youth"),
        ("r111.army_orders", "r112.an_noorders"),
        ("r111.army_arm", "r112.an_noorders"),
        # Uganda: logistics only, no air strike vs taking part / bombing
        ("r111.ug_log", "r111.min_ops"),
        ("r111.ug_log", "r112.ug_bombed"),
        ("r111.ug_noraid", "r112.ug_bombed"),
        # civilians killed in the air strikes near Ulang
        ("r112.hd", "r111.comm12"),
        ("r112.army_nociv", "r111.comm12"),
        ("r112.hd", "r112.comm_echo"),  # retold copy
        ("r112.army_nociv", "r112.comm_echo"),
        ("r112.army_targets", "r111.wit_barrels"),  # White Army gatherings only vs civilian gatherings
        # the truce accepted by the White Army's leaders vs its spokesman's "no truce"
        ("r111.church", "r112.wa_notruce"),
        ("r112.church_echo", "r112.wa_notruce"),
        # arrests in Juba
        ("r111.nss5", "r112.io22"),
        ("r112.io22", "r112.nss_deny"),  # a deputy minister among the detainees vs no official arrested
        # arrivals in Gambella
        ("r111.unhcr10k", "r112.gam4"),
        # --- Ras Ajdir: the force's full control vs the crossing not handed over / the force's retreat
        ("r113.hd", "r113.zc_deny"),
        ("r113.moi_control", "r113.zc_deny"),
        ("r113.hd", "r113.zc_still"),
        ("r113.moi_control", "r113.zc_still"),
        ("r113.hd", "r113.zc_retreat"),
        ("r113.moi_control", "r113.zc_retreat"),
        ("r114.moi_echo", "r113.zc_still"),  # recalled copy
        ("r114.moi_remain", "r114.driver"),
        ("r114.moi_remain", "r113.zc_retreat"),
        # the joint-management agreement vs the denial
        ("r114.hd", "r114.moi_noagree"),
        ("r114.may_agree", "r114.moi_noagree"),
        # Zuwara's dead
        ("r113.ahc4", "r114.may2"),
        ("r114.ahc5", "r114.may2"),
        # the detainees: fuel smugglers vs customs employees; 14 vs nine
        ("r113.sh14", "r113.zc_customs"),
        ("r113.sh14", "r114.zc_echo"),
        ("r114.moi14_echo", "r113.zc_customs"),
        ("r114.moi14_echo", "r114.zc_echo"),
        ("r113.sh14", "r114.fam9"),
        ("r114.moi14_echo", "r114.fam9"),
        # smuggling networks, the nature of the operation, the drone
        ("r113.sh_fund", "r114.may_nosmug"),
        ("r113.sh_pure", "r113.ahc_campaign"),
        ("r113.ahc_drone", "r114.moi_nodrone"),
        ("r114.ahc5", "r114.moi_nodrone"),  # a young man hit by a drone strike's shrapnel
        # Tunisians wounded
        ("r113.tap2", "r114.tn_deny"),
    ],
    "agreements": [
        ("r109.sohr11", "r109.res3"),  # three civilians of the village killed
        ("r110.sohr_exec", "r110.grp_accuse"),  # civilians killed by the security forces
        ("r109.act_fled", "r110.snhr2000"),  # large displacement from the Jableh countryside
        ("r112.idp_withdraw", "r111.wa_seize"),  # the White Army entered the garrison
        ("r111.io_youth", "r112.an_noorders"),  # the White Army takes no orders from the SPLM-IO
        ("r111.min_ops", "r112.ug_bombed"),  # Ugandan forces take part in the fighting
        ("r111.comm_notss", "r112.ug_bombed"),  # the aircraft were not South Sudanese
        ("r114.may2", "r113.hosp2"),  # two of Zuwara's men killed
        ("r114.driver", "r113.zc_retreat"),  # the force pulled back towards Abu Kammash
    ],
    "echoes": [
        ("r109.hosp14", "r110.hosp_echo"),  # the hospital source's words to Enab Baladi, cited by Syria TV
        ("r109.hal_hzb", "r110.hal_echo"),  # the Latakia commander's statement, recalled
        ("r111.church", "r112.church_echo"),  # the churches' truce announcement, recalled
        ("r111.comm12", "r112.comm_echo"),  # the commissioner's words to Radio Tamazuj, cited
        ("r113.moi_control", "r114.moi_echo"),  # the ministry's Sunday statement, recalled
        ("r113.sh14", "r114.moi14_echo"),  # the 14 arrests, recalled
        ("r113.zc_customs", "r114.zc_echo"),  # the Zuwara council statement, recalled
    ],
    "not_contradictions": [
        ("r109.hal4", "r110.spk5"),  # the ministry's toll rose from four to five
        ("r109.hal23", "r110.spk31"),  # the ministry's arrests rose from 23 to 31
        ("r109.sohr11", "r110.sohr19"),  # the observatory's toll rose from 11 to 19
        ("r109.sohr11", "r109.hosp14"),  # "at least 11" vs 14 bodies
        ("r109.sohr37", "r109.sohr11"),  # since January on the coast vs this attack
        ("r110.mod2", "r110.spk5"),  # a roadside bomb on the Qardaha road vs the checkpoint attack
        ("r110.dsa120", "r110.snhr2000"),  # one village's families vs the villages of the countryside
        ("r110.dsa120", "r110.res_notret"),  # most of 120 families returned vs dozens not yet back
        ("r110.sohr_exec", "r109.res3"),  # al-Daliyah vs Bait Yashout: different victims
        ("r111.army27", "r112.army5"),  # the army's toll rose from three to five
        ("r111.church", "r112.army_notruce"),  # the White Army's leaders accepted a truce; the army is no party
        ("r112.army_nociv", "r112.msf34"),  # no civilian killed vs women and children wounded
        ("r112.hd", "r112.msf34"),
        ("r112.army_nociv", "r111.unmiss8"),  # air strikes vs the fighting inside Nasir town
        ("r111.unmiss8", "r111.comm12"),  # Nasir town vs villages near Ulang
        ("r111.unhcr10k", "r112.ocha45"),  # refugees in Ethiopia vs displaced inside Upper Nile
        ("r113.sh2", "r114.moi3"),  # the force's toll rose from two to three
        ("r113.ahc4", "r114.ahc5"),  # the Amazigh council's toll rose from four to five
        ("r113.rc60", "r114.ak200"),  # families evacuated by the Red Crescent vs all displaced families
        ("r113.tn_close", "r114.bg_reopen"),  # closed on Sunday, reopened on Tuesday
        ("r113.hd", "r114.may_agree"),  # control on Sunday, a joint-management deal on Monday night
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
