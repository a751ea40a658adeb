"""Writes gold.json for relations set 40 (r235..r240) from the annotations below.

Run `python3 -B tests/data/relations40/make_gold.py` (add `--stats` for the tallies). Each entry has a
label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks every offset;
check_layout checks each article's layout, dateline, length and digits, check_counts the tallies.
"""

from __future__ import annotations

import datetime as dt
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
    article_number,
    relations_gold,
    write,
)

# r235/r236: Eyl (Puntland), the hijacked cargo ship «نور البحر»
PMPF = "قوة الشرطة البحرية في بونتلاند"
FARAH = "قائد القوة، العقيد عبد الرزاق محمود فارح"
BLUE = "شركة «الخليج الأزرق» للملاحة"
ATAL35 = "القوة البحرية التابعة للاتحاد الأوروبي «أتالانتا»"
HIRSI = "أحد وجهاء إيل، الشيخ عبدي ورسمه حرسي"
JAMA = "وزير الأمن في ولاية بونتلاند، محمد عيدي جامع"
SKY = "«سكاي نيوز عربية»"
DALSAN = "إذاعة «دالسان» المحلية"
ATAL36 = "القوة البحرية للاتحاد الأوروبي «أتالانتا»"
KHATIB = "المتحدث باسم شركة «الخليج الأزرق» للملاحة، رامي الخطيب"
ARB = "«العربية.نت»"
JAMA36 = "وزير الأمن في بونتلاند، محمد عيدي جامع"
HIRSI36 = "الشيخ عبدي ورسمه حرسي، أحد وجهاء إيل"
NOOR = "الباحث الصومالي في الشؤون الأمنية عبد الله نور"
BAABOUD = "سالم باعبود، شقيق أحد البحارة اليمنيين"
PIRATE = "أحد الخاطفين"
# r237/r238: Arsal (Lebanon), raids on Syrian refugee camps, detentions and returns
ARMY = "قيادة الجيش – مديرية التوجيه"
MAYOR = "رئيس بلدية عرسال، فادي عز الدين"
WUSOOL = "مركز «وصول» لحقوق الإنسان"
GS_SRC = "مصدرا في المديرية العامة للأمن العام"
SHAWISH = "محمود العلي، شاويش مخيم «النور»"
KHOURI = "المتحدثة باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين في بيروت، ليال الخوري"
NAHAR = "«النهار»"
GS = "المديرية العامة للأمن العام"
UNHCR = "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
FARHAT = "وزير الداخلية والبلديات اللبناني، سامي فرحات"
ENAB = "عنب بلدي"
WALID = "شقيقه وليد قاسم"
SHAMS = "المحامية في «المفكرة القانونية» رنا شمس الدين"
# r239/r240: Aden, the car bomb against a Security Belt commander's convoy
POLICE = "إدارة أمن عدن"
STC_SPK = "المتحدث باسم المجلس الانتقالي الجنوبي، نبيل باحميش"
MUAYYADI = "عضو المكتب السياسي لجماعة الحوثيين، طه المؤيدي"
MASIRAH = "قناة «المسيرة» التابعة لجماعة الحوثيين"
ARABY = "«العربي الجديد»"
AIC = "قناة «عدن المستقلة»"
HEALTH = "مكتب الصحة في عدن"
SHUAIBI = "العميد فضل حسين الشعيبي"
AQAP = "تنظيم «القاعدة في جزيرة العرب»"
STC = "المجلس الانتقالي الجنوبي"
SAQQAF = "الباحث اليمني في شؤون الجماعات المسلحة ماجد السقاف"

ARTICLES: dict[str, dict[str, Any]] = {
    "r235_eyl_hijack": {
        "outlet": "سكاي نيوز عربية",
        "published": "2028-11-07",
        "dateline": "بوصاصو (الصومال) -",
        "digits": "western",
        "entries": [
            E(
                "hd",
                "23 بحارا رهائن على متن سفينة مخطوفة قبالة إيل",
                "شرطة بونتلاند البحرية",
                PMPF,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "pmpf_where",
                "مسلحين على متن زورقين سريعين خطفوا سفينة الشحن «نور البحر» ليل الأحد داخل المياه الإقليمية"
                " الصومالية، على بعد نحو 12 ميلا بحريا من ساحل إيل",
                PMPF,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "cmd23",
                "على متن السفينة 23 بحارا من الهند وباكستان واليمن",
                FARAH,
                "",
                N_OFF,
                "وقال",
                via=[SKY],
            ),
            E(
                "cmd30",
                "أكثر من 30 مسلحا يتحصنون فيها الآن بعد وصول تعزيزات من البر",
                "مضيفا",
                FARAH,
                N_OFF,
                "مضيفا",
                via=[SKY],
            ),
            E("co18", "طاقم السفينة يتألف من 18 بحارا", BLUE, "", ORG, "قالت", alt_types=[DOC]),
            E(
                "co_intl",
                "كانت تبحر في المياه الدولية على بعد نحو 190 ميلا بحريا شرق إيل",
                "مشيرة",
                BLUE,
                ORG,
                "مشيرة",
                alt_types=[DOC],
            ),
            E(
                "capt12",
                "12 مسلحا صعدوا إلى السفينة",
                "القبطان",
                "",
                A_OFF,
                "أبلغها",
                ANON,
                alt_types=[A_SRC],
                via=[BLUE],
            ),
            E(
                "atal_intl",
                "الخطف وقع في المياه الدولية، على مسافة تزيد على 150 ميلا بحريا من الساحل",
                ATAL35,
                "",
                ORG,
                "وأكدت",
            ),
            E("atal_frigate", "فرقاطة إسبانية تراقب السفينة عن بعد", "لافتة", ATAL35, ORG, "لافتة"),
            E(
                "src_killed",
                "بحارا يمنيا قتل برصاص الخاطفين حين حاول إغلاق باب غرفة القيادة",
                "مصدر أمني في بوصاصو",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "elder_safe",
                "أفراد الطاقم «جميعهم بخير ويحصلون على الطعام والماء»",
                HIRSI,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[SKY],
            ),
            E(
                "elder_noshabab",
                "الخاطفين «شبان من الصيادين أفقرهم الصيد الأجنبي الجائر، ولا صلة لهم بحركة الشباب»",
                "مؤكدا",
                HIRSI,
                N_PER,
                "مؤكدا",
                alt_types=[N_OFF],
                via=[SKY],
            ),
            E("pirate_noharm", "أحدا من البحارة لم يصب بأذى", PIRATE, "", A_SRC, "ونقلت", ANON, via=[DALSAN]),
            E(
                "pirate_cond",
                "السفينة «لن تتحرك قبل دفع الفدية»",
                PIRATE,
                "",
                A_SRC,
                "ونقلت",
                ANON,
                via=[DALSAN],
            ),
            E(
                "loc5m",
                "يطالب الخاطفون بفدية قدرها 5 ملايين دولار",
                "مصادر محلية في البلدة",
                "",
                A_SRC,
                "وبحسب",
                ANON,
            ),
            E(
                "res_anchor",
                "السفينة راسية على بعد نحو 3 أميال من الشاطئ",
                "صيادون في إيل",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "res_boats",
                "زوارق صغيرة تنقل إليها الوقود والقات منذ صباح الاثنين",
                "صيادون في إيل",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "min_shabab",
                "«بالتنسيق مع حركة الشباب التي تتقاسم معهم عائدات الفدى»",
                JAMA,
                "",
                N_OFF,
                "اتهم",
            ),
            E("min_siege", "قواته «تطوق المرسى برا وبحرا»", "مؤكدا", JAMA, N_OFF, "مؤكدا"),
            E("yemen7", "سبعة من مواطنيها بين أفراد الطاقم", "وزارة الخارجية اليمنية", "", ORG, "وذكرت"),
            E(
                "imb4",
                "أربع عمليات خطف لسفن قبالة السواحل الصومالية منذ مطلع العام، آخرها «نور البحر»",
                "المكتب البحري الدولي",
                "",
                ORG,
                "أحصى",
            ),
        ],
    },
    "r236_eyl_ransom": {
        "outlet": "العربية.نت",
        "published": "2028-11-08",
        "dateline": "مقديشو -",
        "digits": "indic",
        "entries": [
            E(
                "hd",
                "«نور البحر» لا تزال في قبضة الخاطفين قبالة سواحل إيل",
                "«أتالانتا»",
                ATAL36,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "pmpf_freed",
                "عناصرها «حرروا السفينة المخطوفة وطاقمها» بعد حصار استمر يومين قبالة بلدة إيل",
                PMPF,
                "",
                ORG,
                "أعلنت",
            ),
            E("pmpf_arrest9", "اعتقلت ٩ من الخاطفين", "مضيفة", PMPF, ORG, "مضيفة"),
            E("pmpf_nocas", "العملية لم تسفر عن أي إصابات", "ومؤكدة", PMPF, ORG, "ومؤكدة"),
            E("cmd_fine", "البحارة «جميعا بخير»", FARAH, "", N_OFF, "وقال", via=[ARB]),
            E("cmd_move", "سينقلون إلى ميناء بوصاصو خلال ساعات", "موضحا", FARAH, N_OFF, "موضحا", via=[ARB]),
            E(
                "atal_held",
                "السفينة «ما زالت راسية على بعد ٣ أميال من إيل والخاطفون على متنها»",
                ATAL36,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E(
                "atal_plane",
                "طائرة استطلاع رصدت صباح الأربعاء مسلحين على سطحها",
                "موضحة",
                ATAL36,
                ORG,
                "موضحة",
                alt_types=[DOC],
            ),
            E(
                "res_visible",
                "السفينة لا تزال ظاهرة قبالة الشاطئ",
                "صيادون في البلدة",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[ARB],
            ),
            E(
                "res_noshots",
                "لم يسمعوا أي إطلاق نار خلال الليل",
                "صيادون في البلدة",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[ARB],
            ),
            E("co_alive", "أفراد الطاقم «جميعهم على قيد الحياة»", KHATIB, "", N_OFF, "وقال", via=[ARB]),
            E("co_call", "تحدث إلى القبطان مساء الثلاثاء", KHATIB, "", N_OFF, "وقال", via=[ARB]),
            E(
                "co_nonego",
                "تكون الشركة دخلت في أي مفاوضات مع الخاطفين أو دفعت لهم أي مبلغ",
                "الخطيب",
                KHATIB,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "port18",
                "«نور البحر» أبحرت منه في الثاني من نوفمبر وعلى متنها ١٨ بحارا وفق قائمة الطاقم",
                "مسؤول في ميناء صلالة العماني",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «رويترز»"],
            ),
            E(
                "pirate_nego",
                "التفاوض مع مالكي السفينة عبر وسيط في غاروي «بلغ مراحله الأخيرة»",
                PIRATE,
                "",
                A_SRC,
                "قال",
                ANON,
                via=["موقع «غاروي أونلاين»", "إذاعة «صوت أمريكا»"],
            ),
            E(
                "pirate_3m",
                "لم يطلبوا منذ اليوم الأول أكثر من ٣ ملايين دولار",
                PIRATE,
                "",
                A_SRC,
                "قال",
                ANON,
                via=["موقع «غاروي أونلاين»", "إذاعة «صوت أمريكا»"],
            ),
            E("brother_killed", "زميلا لهم قتل في الليلة الأولى", BAABOUD, "", N_PER, "وقال"),
            E("min_renew", "اتهامه الخاطفين بالتنسيق مع حركة الشباب", JAMA36, "", N_OFF, "وجدد"),
            E(
                "elder_echo",
                "لا صلة لهم بحركة الشباب",
                HIRSI36,
                "",
                N_PER,
                "أكد",
                alt_types=[N_OFF],
                via=[SKY],
            ),
            E(
                "an_gangs",
                "الخاطفين «عصابات تحركها الفدية، ولا تربطها بحركة الشباب أي صلة»",
                NOOR,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_first",
                "«نور البحر» أول سفينة تجارية تخطف هذا العام بعد ثلاث سفن صيد",
                "لافتا",
                NOOR,
                N_PER,
                "لافتا",
            ),
        ],
    },
    "r237_arsal_raids": {
        "outlet": "النهار",
        "published": "2028-11-14",
        "dateline": "عرسال (لبنان) -",
        "digits": "indic",
        "entries": [
            E("hd", "توقيف ٤٦ سوريا في دهم مخيمات للنازحين في عرسال", "الجيش", ARMY, ORG, ":", HEAD),
            E(
                "army46",
                "أوقفت ٤٦ سوريا «لدخولهم البلاد خلسة وعدم حيازتهم إقامات شرعية»",
                ARMY,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "army_weapons",
                "ضبطت أسلحة حربية وكمية من حبوب الكبتاغون",
                ARMY,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "army_patrol",
                "المداهمات جاءت بعد تعرض دورية للجيش لإطلاق نار «من داخل أحد المخيمات» فجر السبت",
                "البيان",
                ARMY,
                ORG,
                "وأوضح",
                alt_types=[DOC],
            ),
            E(
                "army_walls",
                "الوحدات أزالت «منشآت إسمنتية مخالفة» فقط",
                "مشيرا",
                ARMY,
                ORG,
                "مشيرا",
                alt_types=[DOC],
            ),
            E(
                "army_referred",
                "الموقوفين أحيلوا إلى المديرية العامة للأمن العام",
                "مشيرا",
                ARMY,
                ORG,
                "مشيرا",
                alt_types=[DOC],
            ),
            E(
                "nna_checkpoints",
                "الجيش أقام حواجز عند مداخل البلدة ومنع الصحافيين من دخول المخيمات",
                "«الوكالة الوطنية للإعلام»",
                "",
                MEDIA,
                "وأفادت",
            ),
            E("mayor80", "نحو ٨٠ شابا أوقفوا في المخيمات الثلاثة", MAYOR, "", N_OFF, "وقال", via=[NAHAR]),
            E(
                "mayor_shelter",
                "البلدية «نقلت كل العائلات التي هدمت خيامها إلى مخيمات أخرى داخل البلدة، فلم تبت أي عائلة في العراء»",
                "مضيفا",
                MAYOR,
                N_OFF,
                "مضيفا",
                via=[NAHAR],
            ),
            E("access130", "عدد الموقوفين تجاوز ١٣٠، بينهم قاصرون", WUSOOL, "", ORG, "فأفاد"),
            E(
                "access_deport",
                "٦٠ منهم «رحلوا قسرا» وسلموا إلى السلطات السورية عند معبر المصنع فجر اليوم",
                "لافتا",
                WUSOOL,
                ORG,
                "لافتا",
            ),
            E("gs_deny", "ترحيل أي من الموقوفين", GS_SRC, "", A_OFF, "نفى", ANON, NEG, via=[NAHAR]),
            E("gs_study", "ملفاتهم «لا تزال قيد الدرس»", "مؤكدا", GS_SRC, A_OFF, "مؤكدا", ANON, via=[NAHAR]),
            E(
                "shawish",
                "لم تطلق رصاصة واحدة من المخيمات، لا يوم السبت ولا قبله",
                SHAWISH,
                "",
                N_PER,
                "وقال",
                DIRECT,
                alt_types=[N_OFF],
            ),
            E(
                "res_burn",
                "الجنود أحرقوا عشرات الخيام وجرفوا مخيما بكامله",
                "سكان في المخيمات",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "res_noweapon",
                "لم يعثروا على أي سلاح خلال التفتيش",
                "سكان في المخيمات",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "med6",
                "عالج ستة شبان من رضوض «ناجمة عن الضرب» خلال المداهمات",
                "مصدر طبي في مستشفى ميداني بالبلدة",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "sec_smugglers",
                "النار التي استهدفت الدورية أطلقها «مهربون من التلال الجردية» لا من المخيمات",
                "مصدر أمني في البقاع الشمالي",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("unhcr400", "نحو ٤٠٠ شخص فقدوا مأواهم", KHOURI, "", N_OFF, "وقالت"),
            E("unhcr_call", "«احترام مبدأ عدم الإعادة القسرية»", "داعية", KHOURI, N_OFF, "داعية", OPT),
            E(
                "mil3",
                "ثلاثة من الموقوفين «مطلوبون بمذكرات توقيف في قضايا تهريب»",
                "مصدر عسكري",
                "",
                A_OFF,
                "ونقل",
                ANON,
                via=["موقع «المدن»", "«الوكالة الوطنية للإعلام»"],
            ),
            E(
                "researcher",
                "المداهمات «جزء من ضغط متصاعد لدفع اللاجئين إلى المغادرة قبل الشتاء»",
                "الباحث في شؤون اللجوء كريم الطفيلي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r238_arsal_deportations": {
        "outlet": "عنب بلدي",
        "published": "2028-11-16",
        "dateline": "بيروت -",
        "digits": "western",
        "entries": [
            E("hd", "وفاة لاجئ سوري تحت التعذيب بعد توقيفه في عرسال", "«وصول»", WUSOOL, ORG, ":", HEAD),
            E(
                "access_death",
                "توفي مساء الأربعاء «تحت التعذيب» في مركز احتجاز تابع لمخابرات الجيش",
                WUSOOL,
                "",
                ORG,
                "قال",
            ),
            E(
                "mil_deny",
                "يكون الشاب تعرض لأي ضرب خلال التحقيق",
                "مصدر عسكري",
                "",
                A_OFF,
                "ونفى",
                ANON,
                NEG,
                via=[ENAB],
            ),
            E(
                "mil_heart",
                "نقل إلى مستشفى حكومي إثر «أزمة قلبية حادة» وفارق الحياة هناك",
                "مؤكدا",
                "مصدر عسكري",
                A_OFF,
                "مؤكدا",
                ANON,
                via=[ENAB],
            ),
            E("med_doa", "الشاب وصل «جثة هامدة»", "مصدرا طبيا في المستشفى", "", A_OFF, "قال", ANON),
            E(
                "brother_bruise",
                "الجثة سلمت إلى العائلة «وعليها آثار كدمات على الظهر والساقين»",
                WALID,
                "",
                N_PER,
                "وقال",
            ),
            E("brother_heart", "أخاه «لم يشك يوما من قلبه»", "مضيفا", WALID, N_PER, "مضيفا"),
            E(
                "forensic",
                "الوفاة ناجمة عن «نزف داخلي حاد»",
                "تقرير الطبيب الشرعي",
                "",
                DOC,
                "وجاء في",
            ),
            E(
                "gs_voluntary",
                "57 سوريا غادروا عبر معبر المصنع «طوعا» ضمن برنامج العودة الطوعية، بينهم موقوفون في عرسال"
                " «طلبوا ذلك بأنفسهم»",
                GS,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "syria57",
                "المنفذ استقبل في اليوم نفسه 57 عائدا من لبنان",
                "مصدر في منفذ جديدة يابوس",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["صحيفة «الوطن» السورية", "وكالة «سانا»"],
            ),
            E("access_renew", "الترحيل «جرى قسرا ومن دون أي مسوغ قانوني»", "«وصول»", WUSOOL, ORG, "جدد"),
            E("access142", "عدد الموقوفين ارتفع إلى 142", "مشيرا", WUSOOL, ORG, "مشيرا"),
            E(
                "unhcr35",
                "35 لاجئا مسجلا لديها على الأقل «أعيدوا إلى سوريا من دون موافقتهم»",
                UNHCR,
                "",
                ORG,
                "وقالت",
            ),
            E("minister", "لم يرحل أي لاجئ مسجل لدى المفوضية", FARHAT, "", N_OFF, "أكد"),
            E("army_echo", "ضبط أسلحة وحبوب كبتاغون في المخيمات", "الجيش", "الجيش اللبناني", ORG, "أعلن"),
            E(
                "smug_echo",
                "النار التي استهدفت دورية الجيش أطلقها «مهربون من التلال الجردية»",
                "مصدر أمني",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["صحيفة «النهار»"],
            ),
            E(
                "fam_open",
                "عشرات العائلات ما زالت تنام في العراء منذ هدم خيامها",
                "عائلات من مخيم «النور»",
                "",
                A_SRC,
                "وقالت",
                ANON,
                via=[ENAB],
            ),
            E(
                "mun_fourth",
                "الجيش دهم فجر الأربعاء مخيما رابعا من دون أن يوقف أحدا",
                "مسؤول في بلدية عرسال",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "lawyer",
                "تسليم أي موقوف إلى السلطات السورية من دون قرار قضائي «مخالفة صريحة لاتفاقية مناهضة التعذيب»",
                SHAMS,
                "",
                N_PER,
                "وترى",
            ),
            E("amnesty_call", "«تحقيق مستقل وفوري» في الوفاة", "منظمة العفو الدولية", "", ORG, "طالبت", OPT),
        ],
    },
    "r239_aden_carbomb": {
        "outlet": "العربي الجديد",
        "published": "2028-11-21",
        "dateline": "عدن -",
        "digits": "western",
        "entries": [
            E(
                "hd",
                "4 قتلى بتفجير سيارة مفخخة استهدف موكب قائد أمني في المنصورة",
                "أمن عدن",
                POLICE,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "pol4",
                "4 أشخاص، بينهم 3 من مرافقي قائد قوات الحزام الأمني في مديرية المنصورة العميد فضل حسين الشعيبي،"
                " قتلوا وأصيب 11 آخرون",
                POLICE,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E(
                "pol_remote",
                "العبوة «زرعت في سيارة مركونة على جانب الطريق وفجرت عن بعد لحظة مرور الموكب»",
                "وأوضحت",
                POLICE,
                ORG,
                "وأوضحت",
                alt_types=[DOC],
            ),
            E(
                "pol_arrest2",
                "قواتها أوقفت مشتبهين اثنين «كانا يصوران الموكب بهاتف محمول»",
                "مشيرة",
                POLICE,
                ORG,
                "مشيرة",
                alt_types=[DOC],
            ),
            E(
                "deputy_stolen",
                "السيارة المستخدمة في التفجير «سرقت قبل أسبوع من حي المعلا»",
                "نائب مدير أمن عدن، العقيد صالح قاسم الردفاني",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "med7",
                "المستشفى استقبل 7 جثث، بينها جثة طفل كان يبيع الماء عند الإشارة",
                "مصدر طبي في مستشفى الجمهورية",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[ARABY],
            ),
            E(
                "msf13",
                "مستشفاها للجراحة في المدينة استقبل 13 جريحا، حالة اثنين منهم حرجة",
                "منظمة أطباء بلا حدود",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "wit_ram",
                "سيارة خرجت مسرعة من شارع جانبي و«اصطدمت بالعربة الثانية في الموكب قبل أن تنفجر»",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E("stc_scratches", "الشعيبي «نجا بخدوش طفيفة وعاد إلى مكتبه»", STC_SPK, "", N_OFF, "وقال"),
            E("stc_houthi", "«خلايا حوثية» بالوقوف وراء الهجوم", "متهما", STC_SPK, N_OFF, "متهما"),
            E("stc_leads", "الأجهزة الأمنية «تمسك بخيوط مهمة»", "ومضيفا", STC_SPK, N_OFF, "ومضيفا"),
            E(
                "sec_serious",
                "القائد أصيب بشظايا في الرأس والصدر ونقل إلى العناية المركزة",
                "مصدرا أمنيا",
                "",
                A_OFF,
                "قال",
                ANON,
                via=[ARABY],
            ),
            E(
                "sec_crit",
                "اثنين من مرافقيه المصابين في حال حرجة",
                "مضيفا",
                "مصدرا أمنيا",
                A_OFF,
                "مضيفا",
                ANON,
                via=[ARABY],
            ),
            E("masirah_killed", "الشعيبي «قتل مع عدد من حراسه»", MASIRAH, "", MEDIA, "فزعمت"),
            E("houthi_deny", "أي علاقة للجماعة بالتفجير", MUAYYADI, "", N_OFF, "ونفى", NEG),
            E(
                "houthi_factions",
                "«حلقة في صراع أدوات التحالف على النفوذ في عدن»",
                "معتبرا",
                MUAYYADI,
                N_OFF,
                "معتبرا",
            ),
            E(
                "moi_aqap",
                "أسلوب الهجوم «يحمل بصمات تنظيم القاعدة»",
                "مصدر في وزارة الداخلية",
                "",
                A_OFF,
                "ونقل",
                ANON,
                via=["موقع «عدن الغد»", "وكالة «سبأ» الرسمية"],
            ),
            E(
                "aic_second",
                "فريق الهندسة فكك عبوة ثانية زرعت على بعد 200 متر من موقع الانفجار",
                AIC,
                "",
                MEDIA,
                "وذكرت",
            ),
            E(
                "local_prev",
                "نجا الشعيبي من محاولة اغتيال مماثلة في مارس 2027",
                "مصادر محلية",
                "",
                A_SRC,
                "وبحسب",
                ANON,
            ),
            E("health20", "عدد الجرحى تجاوز 20، وزعوا على ثلاثة مستشفيات", HEALTH, "", ORG, "وأعلن"),
            E(
                "res_heard",
                "دوي الانفجار سمع في أحياء الشيخ عثمان والممدارة",
                "سكان",
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
        ],
    },
    "r240_aden_claim": {
        "outlet": "بي بي سي عربي",
        "published": "2028-11-23",
        "dateline": "عدن -",
        "digits": "indic",
        "entries": [
            E("hd", "التنظيم يقف وراء تفجير موكب الشعيبي في عدن", "«القاعدة»", AQAP, ORG, ":", HEAD),
            E(
                "aqap_resp",
                "مسؤوليته عن تفجير موكب قائد قوات الحزام الأمني في المنصورة",
                AQAP,
                "",
                ORG,
                "أعلن",
                alt_types=[DOC],
                via=["مؤسسة «الملاحم»"],
            ),
            E(
                "aqap_method",
                "أحد جنوده اقتحم الموكب بسيارة مفخخة",
                "قائلا",
                AQAP,
                ORG,
                "قائلا",
                alt_types=[DOC],
                via=["مؤسسة «الملاحم»"],
            ),
            E("pol_renew", "السيارة «كانت مركونة وفجرت عن بعد»", POLICE, "", ORG, "جددت"),
            E("pol_nochild", "القتلى «جميعهم من البالغين»", "مؤكدة", POLICE, ORG, "مؤكدة"),
            E(
                "pol_nosecond",
                "العثور على أي عبوة ثانية في محيط الانفجار",
                "ونافية",
                POLICE,
                ORG,
                "ونافية",
                NEG,
            ),
            E("health8", "ارتفاع الحصيلة إلى ٨ قتلى و٢٦ جريحا", HEALTH, "", ORG, "وأعلن"),
            E(
                "msf_crit",
                "ثلاثة من الجرحى الذين استقبلتهم ما زالوا في حال حرجة",
                "منظمة أطباء بلا حدود",
                "",
                ORG,
                "قالت",
            ),
            E("stc2", "اثنين من مرافقي الشعيبي قتلا في الهجوم", STC, "", ORG, "وقال", alt_types=[DOC]),
            E("stc_renew", "اتهام الحوثيين بتدبيره", "المتحدث باسمه، نبيل باحميش", "", N_OFF, "جدد"),
            E(
                "stc_cover",
                "بيان التنظيم «محاولة لتضليل التحقيق»",
                "معتبرا",
                "المتحدث باسمه، نبيل باحميش",
                N_OFF,
                "معتبرا",
            ),
            E(
                "cmd_fine",
                "أنا بخير، ولم أصب إلا بخدش في اليد",
                "الشعيبي",
                SHUAIBI,
                N_OFF,
                "قائلا",
                DIRECT,
                via=[AIC],
            ),
            E(
                "pros_noarrest",
                "أحدا لم يوقف حتى الآن على ذمة القضية",
                "مصدر في النيابة الجزائية المتخصصة",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["«بي بي سي»"],
            ),
            E(
                "belt_raid",
                "وحدة منها داهمت مساء الأربعاء منزلا في حي دار سعد واعتقلت «عنصرين من خلية التفجير»",
                "مصدر في قوات الحزام الأمني",
                "",
                A_OFF,
                "نقل",
                ANON,
                via=["موقع «المشهد العربي»"],
            ),
            E(
                "res_shoot",
                "المداهمة تخللها إطلاق نار استمر نحو ساعة",
                "سكان في الحي",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("houthi_echo", "أي علاقة للجماعة بالتفجير", MUAYYADI, "", N_OFF, "نفى", NEG, via=[ARABY]),
            E(
                "shop_ram",
                "رأيت السيارة تنعطف فجأة نحو الموكب، ثم دوى الانفجار",
                "صاحب محل قريب من جولة كالتكس، يدعى مراد ناشر",
                "",
                N_PER,
                "وقال",
                DIRECT,
            ),
            E(
                "uncle_child",
                "ابن أخته محمد، البالغ ١٢ عاما والذي كان يبيع الماء عند الإشارة، «قتل على الفور»",
                "خال الطفل، عبده سيف",
                "",
                N_PER,
                "وقال",
            ),
            E(
                "an_coop",
                "تبني القاعدة «لا يستبعد تعاونا ميدانيا مع أطراف أخرى»",
                SAQQAF,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_revenge",
                "يكون الهجوم «ردا على حملة الحزام الأمني الأخيرة في المنصورة»",
                "مرجحا",
                SAQQAF,
                N_PER,
                "مرجحا",
            ),
            E(
                "un_call",
                "«تحقيق شفاف ومستقل» في الهجوم",
                "مكتب المبعوث الأممي إلى اليمن",
                "",
                ORG,
                "ودعا",
                OPT,
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Eyl: how many sailors (23, commander and headline, against 18, company and Salalah port)
        ("r235.hd", "r235.co18"),
        ("r235.cmd23", "r235.co18"),
        ("r235.hd", "r236.port18"),
        ("r235.cmd23", "r236.port18"),
        # where: inside Somali waters off Eyl against international waters
        ("r235.pmpf_where", "r235.co_intl"),
        ("r235.pmpf_where", "r235.atal_intl"),
        # a Yemeni sailor killed against "all safe / nobody hurt / all alive / all well"
        ("r235.src_killed", "r235.elder_safe"),
        ("r235.src_killed", "r235.pirate_noharm"),
        ("r235.src_killed", "r236.co_alive"),
        ("r235.src_killed", "r236.cmd_fine"),
        ("r236.brother_killed", "r235.elder_safe"),
        ("r236.brother_killed", "r235.pirate_noharm"),
        ("r236.brother_killed", "r236.co_alive"),
        ("r236.brother_killed", "r236.cmd_fine"),
        # freed at dawn against still held (Atalanta, its headline, the fishermen)
        ("r236.pmpf_freed", "r236.atal_held"),
        ("r236.pmpf_freed", "r236.hd"),
        ("r236.pmpf_freed", "r236.res_visible"),
        # negotiations: none (company) against in their final stage (a hijacker)
        ("r236.co_nonego", "r236.pirate_nego"),
        # ransom demanded: 5 million against never more than 3 million
        ("r235.loc5m", "r236.pirate_3m"),
        # al-Shabaab: coordination (minister and renewal) against no link (elder, retelling, analyst)
        ("r235.min_shabab", "r235.elder_noshabab"),
        ("r235.min_shabab", "r236.elder_echo"),
        ("r235.min_shabab", "r236.an_gangs"),
        ("r236.min_renew", "r235.elder_noshabab"),
        ("r236.min_renew", "r236.elder_echo"),
        ("r236.min_renew", "r236.an_gangs"),
        # --- Arsal: how many detained (army 46 and headline; mayor about 80; Wusool 130+, then 142)
        ("r237.hd", "r237.mayor80"),
        ("r237.army46", "r237.mayor80"),
        ("r237.hd", "r237.access130"),
        ("r237.army46", "r237.access130"),
        ("r237.hd", "r238.access142"),
        ("r237.army46", "r238.access142"),
        # deportation: none / voluntary departures against forced returns
        ("r237.gs_deny", "r237.access_deport"),
        ("r237.gs_deny", "r238.access_renew"),
        ("r237.gs_deny", "r238.unhcr35"),
        ("r238.gs_voluntary", "r237.access_deport"),
        ("r238.gs_voluntary", "r238.access_renew"),
        ("r238.gs_voluntary", "r238.unhcr35"),
        ("r238.minister", "r238.unhcr35"),  # no registered refugee deported vs 35 registered returned
        # who fired on the patrol: from inside a camp against no shot from the camps / smugglers
        ("r237.army_patrol", "r237.shawish"),
        ("r237.army_patrol", "r237.sec_smugglers"),
        ("r237.army_patrol", "r238.smug_echo"),
        # weapons seized against none found
        ("r237.army_weapons", "r237.res_noweapon"),
        ("r238.army_echo", "r237.res_noweapon"),
        # only concrete structures removed against tents burned and a camp razed
        ("r237.army_walls", "r237.res_burn"),
        # no family slept in the open against dozens of families still in the open
        ("r237.mayor_shelter", "r238.fam_open"),
        # the young man's death: under torture in detention against no beating, a heart attack in hospital
        ("r238.access_death", "r238.mil_deny"),
        ("r238.access_death", "r238.mil_heart"),
        ("r238.hd", "r238.mil_deny"),
        ("r238.hd", "r238.mil_heart"),
        ("r238.brother_bruise", "r238.mil_deny"),
        ("r238.med_doa", "r238.mil_heart"),  # arrived dead against died in hospital
        ("r238.forensic", "r238.mil_heart"),  # internal bleeding against a heart attack
        # --- Aden: the dead (police 4 and headline against 7 bodies; 3 escorts against 2)
        ("r239.hd", "r239.med7"),
        ("r239.pol4", "r239.med7"),
        ("r240.stc2", "r239.pol4"),
        # the wounded: 11 in all against 13 at one hospital and more than 20
        ("r239.pol4", "r239.msf13"),
        ("r239.pol4", "r239.health20"),
        # a child among the dead against "all adults"
        ("r240.pol_nochild", "r239.med7"),
        ("r240.pol_nochild", "r240.uncle_child"),
        # the commander: scratches / fine against seriously wounded against killed
        ("r239.stc_scratches", "r239.sec_serious"),
        ("r239.stc_scratches", "r239.masirah_killed"),
        ("r239.sec_serious", "r239.masirah_killed"),
        ("r240.cmd_fine", "r239.sec_serious"),
        ("r240.cmd_fine", "r239.masirah_killed"),
        # parked and detonated remotely (police and renewal) against driven into the convoy
        ("r239.pol_remote", "r239.wit_ram"),
        ("r239.pol_remote", "r240.aqap_method"),
        ("r239.pol_remote", "r240.shop_ram"),
        ("r240.pol_renew", "r239.wit_ram"),
        ("r240.pol_renew", "r240.aqap_method"),
        ("r240.pol_renew", "r240.shop_ram"),
        # Houthi cells (STC and renewal) against the Houthi denial (and its retelling)
        ("r239.stc_houthi", "r239.houthi_deny"),
        ("r239.stc_houthi", "r240.houthi_echo"),
        ("r240.stc_renew", "r239.houthi_deny"),
        ("r240.stc_renew", "r240.houthi_echo"),
        # the claim "an attempt to mislead" against the claim of responsibility and its headline
        ("r240.stc_cover", "r240.aqap_resp"),
        ("r240.stc_cover", "r240.hd"),
        # a second device dismantled against none found
        ("r239.aic_second", "r240.pol_nosecond"),
        # two suspects held against nobody held
        ("r239.pol_arrest2", "r240.pros_noarrest"),
        ("r240.belt_raid", "r240.pros_noarrest"),  # two cell members held on Wednesday evening
    ],
    "agreements": [
        ("r235.co_intl", "r235.atal_intl"),  # international waters
        ("r235.co18", "r236.port18"),  # 18 sailors
        ("r235.elder_safe", "r235.pirate_noharm"),  # nobody hurt
        ("r235.src_killed", "r236.brother_killed"),  # a sailor killed on the first night
        ("r236.atal_held", "r236.res_visible"),  # the ship still off Eyl
        ("r235.res_anchor", "r236.atal_held"),  # anchored about 3 miles off the shore
        ("r235.elder_noshabab", "r236.an_gangs"),  # no link to al-Shabaab
        ("r236.co_alive", "r236.cmd_fine"),  # all the crew alive and well
        ("r237.shawish", "r237.sec_smugglers"),  # the shots did not come from the camps
        ("r238.access_death", "r238.brother_bruise"),  # beaten in custody
        ("r238.access_death", "r238.med_doa"),  # dead before reaching hospital
        ("r238.gs_voluntary", "r238.syria57"),  # 57 crossed on Tuesday
        ("r237.access_deport", "r238.unhcr35"),  # returned against their will
        ("r237.res_burn", "r237.unhcr400"),  # shelters destroyed
        ("r239.wit_ram", "r240.shop_ram"),  # the car turned into the convoy
        ("r239.wit_ram", "r240.aqap_method"),
        ("r240.shop_ram", "r240.aqap_method"),
        ("r239.med7", "r240.uncle_child"),  # a boy selling water killed
        ("r239.moi_aqap", "r240.aqap_resp"),  # al-Qaeda behind the attack
    ],
    "echoes": [
        ("r235.min_shabab", "r236.min_renew"),  # the minister's accusation, renewed
        ("r235.elder_noshabab", "r236.elder_echo"),  # the elder's words to Sky News Arabia, retold
        ("r237.access_deport", "r238.access_renew"),  # Wusool's forced deportation, renewed
        ("r237.sec_smugglers", "r238.smug_echo"),  # the Annahar source, retold by Enab Baladi
        ("r237.army_weapons", "r238.army_echo"),  # the army's seizure, recalled
        ("r239.pol_remote", "r240.pol_renew"),  # the police's parked car, renewed
        ("r239.stc_houthi", "r240.stc_renew"),  # the STC's accusation, renewed
        ("r239.houthi_deny", "r240.houthi_echo"),  # the Houthi denial to Al-Araby Al-Jadeed, retold
    ],
    "not_contradictions": [
        ("r235.capt12", "r235.cmd30"),  # 12 boarded at sea, more than 30 aboard after reinforcements
        ("r236.pmpf_arrest9", "r235.cmd30"),  # 9 of them arrested
        ("r235.imb4", "r236.an_first"),  # fourth hijacking of a vessel, first of a merchant ship
        ("r235.yemen7", "r235.co18"),  # seven Yemenis among the crew
        ("r236.pmpf_nocas", "r235.src_killed"),  # no casualties in the operation vs killed on the first night
        ("r235.res_anchor", "r235.pmpf_where"),  # seized 12 miles out, anchored 3 miles off
        ("r237.access130", "r238.access142"),  # Wusool's count rose
        ("r237.gs_deny", "r238.gs_voluntary"),  # no deportation vs voluntary departures
        ("r237.army_referred", "r237.access_deport"),  # referred to General Security, then handed over
        ("r237.mayor_shelter", "r237.unhcr400"),  # shelters lost, families moved to other camps
        ("r237.mil3", "r237.army46"),  # three of the detainees wanted
        ("r238.minister", "r237.access_deport"),  # no registered refugee vs 60 deported (status unstated)
        ("r239.health20", "r240.health8"),  # the health office's wounded rose from 20+ to 26
        ("r239.msf13", "r239.health20"),  # 13 at one hospital of three, more than 20 in all
        ("r239.med7", "r240.health8"),  # 7 bodies at one hospital, 8 dead in all two days later
        ("r240.stc2", "r240.health8"),  # two escorts among eight dead
        ("r239.msf13", "r240.msf_crit"),  # two critical on Tuesday, three on Thursday
        ("r240.an_revenge", "r240.aqap_resp"),  # a reprisal for the Belt's campaign, claimed by al-Qaeda
    ],
}

STORY = {"r235": "Eyl", "r236": "Eyl", "r237": "Arsal", "r238": "Arsal", "r239": "Aden", "r240": "Aden"}

EXPECTED_ATTRIBUTIONS = {"r235": 21, "r236": 21, "r237": 22, "r238": 20, "r239": 21, "r240": 21}
EXPECTED_RELATIONS = {
    "Eyl": {"contradictions": 25, "agreements": 8, "echoes": 2, "not_contradictions": 6},
    "Arsal": {"contradictions": 27, "agreements": 6, "echoes": 3, "not_contradictions": 6},
    "Aden": {"contradictions": 27, "agreements": 5, "echoes": 3, "not_contradictions": 6},
}

WESTERN = set("0123456789")
INDIC = set("٠١٢٣٤٥٦٧٨٩")
PERSIAN = set("۰۱۲۳۴۵۶۷۸۹")
WORDS = (320, 335)


def words(text: str) -> int:
    return len(text.split())


def check_layout() -> None:
    """Headline on the first line, paragraphs separated by one blank line, the dateline opening the second
    paragraph, 320–335 words, one digit system per article (Western or Arabic-Indic, never both), a
    November 2028 date, and the two articles of a pair one or two days apart."""
    errors: list[str] = []
    dates: dict[str, list[dt.date]] = {}
    for name, art in ARTICLES.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        if "\r" in text or "\t" in text or "\u200f" in text or "\u200e" in text:
            errors.append(f"{name}: carriage return, tab or direction mark")
        if not text.endswith("\n") or text.endswith("\n\n"):
            errors.append(f"{name}: must end with exactly one newline")
        paras = text[:-1].split("\n\n")
        for i, p in enumerate(paras):
            if not p or "\n" in p or p != p.strip() or "  " in p:
                errors.append(f"{name}: paragraph {i} is empty, broken or has stray spaces")
        if len(paras) < 4:
            errors.append(f"{name}: too few paragraphs")
        if len(paras[0].split()) > 16:
            errors.append(f"{name}: headline too long")
        if not paras[1].startswith(art["dateline"] + " "):
            errors.append(f"{name}: second paragraph does not open with the dateline {art['dateline']}")
        if any(art["dateline"] in p for p in paras[2:]):
            errors.append(f"{name}: dateline repeated")
        n = words(text)
        if not WORDS[0] <= n <= WORDS[1]:
            errors.append(f"{name}: {n} words, outside {WORDS}")
        chars = set(text)
        if chars & PERSIAN:
            errors.append(f"{name}: Persian digits")
        own, other = (WESTERN, INDIC) if art["digits"] == "western" else (INDIC, WESTERN)
        if chars & other:
            errors.append(f"{name}: {art['digits']} article has {sorted(chars & other)}")
        if not chars & own:
            errors.append(f"{name}: no {art['digits']} digit")
        day = dt.date.fromisoformat(art["published"])
        if (day.year, day.month) != (2028, 11):
            errors.append(f"{name}: not in November 2028")
        dates.setdefault(STORY[article_number(name)], []).append(day)
    for story, days in dates.items():
        gap = (max(days) - min(days)).days
        if len(days) != 2 or gap not in (1, 2):
            errors.append(f"{story}: the pair is {gap} days apart")
    digits = {STORY[article_number(n)]: set() for n in ARTICLES}
    for name, art in ARTICLES.items():
        digits[STORY[article_number(name)]].add(art["digits"])
    for story, kinds in digits.items():
        if kinds != {"western", "indic"}:
            errors.append(f"{story}: both articles use {kinds}")
    if errors:
        raise SystemExit("layout:\n  " + "\n  ".join(errors))


def check_counts(gold: dict[str, Any]) -> None:
    """The tallies stated in README.md; no optional entry in a relation; relations within one story."""
    errors: list[str] = []
    story_of: dict[str, str] = {}
    optional: set[str] = set()
    for art in gold["articles"]:
        num = article_number(art["id"])
        if len(art["attributions"]) != EXPECTED_ATTRIBUTIONS[num]:
            errors.append(
                f"{num}: {len(art['attributions'])} attributions, expected {EXPECTED_ATTRIBUTIONS[num]}"
            )
        for row in art["attributions"]:
            story_of[row["id"]] = STORY[num]
            if row["optional"]:
                optional.add(row["id"])
    got: dict[str, Counter[str]] = {s: Counter() for s in EXPECTED_RELATIONS}
    for kind, pairs in gold["relations"].items():
        for a, b in pairs:
            if story_of[a] != story_of[b]:
                errors.append(f"{kind}: {a} and {b} belong to different stories")
            if a in optional or b in optional:
                errors.append(f"{kind}: optional entry in {a} {b}")
            got[story_of[a]][kind] += 1
    for story, want in EXPECTED_RELATIONS.items():
        for kind, n in want.items():
            if got[story][kind] != n:
                errors.append(f"{story} {kind}: {got[story][kind]}, expected {n}")
    if errors:
        raise SystemExit("counts:\n  " + "\n  ".join(errors))


def stats(gold: dict[str, Any]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    for art in gold["articles"]:
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        print(f"{art['id']}: {words(text)} words, {len(art['attributions'])} attributions")
    print("attributions:", len(rows))
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print("kinds:", dict(Counter(r["kind"] for r in rows).most_common()))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows),
        "negated:",
        sum(r["polarity"] == "negated" for r in rows),
    )
    print("optional:", sum(r["optional"] for r in rows), "with via:", sum(bool(r["via"]) for r in rows))
    print("with alt_types:", sum(bool(r["alt_types"]) for r in rows))
    print("cues:", " ".join(sorted({r["cue"] for r in rows})))
    ids_story = {r["id"]: STORY[r["id"].split("-")[0]] for r in rows}
    for kind, pairs in gold["relations"].items():
        per = Counter(ids_story[a] for a, _ in pairs)
        cross = sum(a.split("-")[0] != b.split("-")[0] for a, b in pairs)
        print(f"{kind}: {len(pairs)} {dict(per)}; across files {cross}")
    # which occurrence goldkit took for a speaker that occurs more than once
    for art in gold["articles"]:
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        for r in art["attributions"]:
            if text.count(r["speaker"]) > 1:
                s = r["speaker_start"]
                print(f"  {r['id']} speaker «{r['speaker']}» at {s}: …{text[max(0, s - 12) : s + 30]}…")


def main() -> None:
    check_layout()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    check_counts(gold)
    write(HERE, gold)
    if "--stats" in sys.argv[1:]:
        stats(gold)


if __name__ == "__main__":
    main()
