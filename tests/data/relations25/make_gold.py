"""Writes gold.json for the twenty-fifth relations set (r145..r150) from the annotations below
(`python3 tests/data/relations25/make_gold.py`).

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
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r145/r146: Nyala (South Darfur), army strikes on the airport
RSF = "قوات الدعم السريع"
HAMDAN = "المتحدث باسم الجيش، العميد عثمان الطيب حمدان"
HAMDAN146 = "المتحدث باسم الجيش السوداني، العميد عثمان الطيب حمدان"
ADMIN = "الإدارة المدنية لولاية جنوب دارفور"
ER = "غرفة طوارئ نيالا"
POLICE = "شرطة جنوب دارفور"
LAWYERS = "مجموعة محامي الطوارئ"
ABAKAR = "المستشار السياسي لقائد الدعم السريع، الطاهر محمد أبكر"
ARMY_SRC = "مصدرا عسكريا في الجيش"
IOM = "المنظمة الدولية للهجرة"
ABUSHOUK = "الباحث في شؤون دارفور محمد سليمان أبو شوك"
DABANGA = "راديو دبنقا"
KOKO = "المتحدث باسم الدعم السريع، المقدم حسن إدريس كوكو"
SAT = "صور أقمار صناعية"
YALE = "مختبر الأبحاث الإنسانية في جامعة ييل الأميركية"
US_DIP = "دبلوماسي أميركي مطلع على اتصالات الرباعية"
SKY = "سكاي نيوز عربية"
BARAKA = "المتحدث باسم جبهة الوفاق من أجل التغيير في تشاد، آدم أحمد بركة"
ALAMIN = "الخبير العسكري اللواء المتقاعد عبد الرحيم الأمين"
# r147/r148: Sange and Uvira (South Kivu), M23
M23 = "حركة «إم ٢٣» المتمردة"
M23_148 = "حركة «إم 23»"
BALINDA = "المتحدث باسم الحركة، أوسكار باليندا"
BALINDA148 = "المتحدث باسم «إم 23»، أوسكار باليندا"
NDJIKE = "المتحدث باسم الجيش الكونغولي في جنوب كيفو، العقيد غيوم ندجيكي"
RWANDA = "الحكومة الرواندية"
RESIDENT = "أحد سكان سانغي"
BBC = "بي بي سي"
BU_SPK = "المتحدث باسم الجيش البوروندي، العقيد جان ماري نداييشيميي"
MUHINDO = "رئيس هيئة المجتمع المدني في سهل روزيزي، فرانسوا موهيندو"
MSF = "منظمة أطباء بلا حدود"
DOHA_SRC = "مصدر مطلع على المفاوضات التي ترعاها قطر"
UNHCR = "المفوضية الأممية لشؤون اللاجئين"
MUKENDI = "الباحث الكونغولي في شؤون منطقة البحيرات العظمى باتريك موكيندي"
FARDC = "القوات المسلحة الكونغولية"
MWANZA = "المتحدث باسم القوات المسلحة الكونغولية، اللواء بنجامان موانزا"
ARABY = "«العربي الجديد»"
KABUNDI = "القائد الميداني في ميليشيات «وازاليندو»، موسى كابوندي"
BU_SRC = "مصدر عسكري بوروندي"
AFP = "وكالة فرانس برس"
MONUSCO = "بعثة الأمم المتحدة في الكونغو الديمقراطية (مونوسكو)"
QATAR = "وزارة الخارجية القطرية"
MULAMBA = "المتحدث باسم الحكومة الكونغولية، ديودونيه مولامبا"
DELVAUX = "الباحث البلجيكي في شؤون الكونغو كريستوف ديلفو"
# r149/r150: Bani Walid (Libya), a drone strike and the airport
COUNCIL = "المجلس الاجتماعي لقبائل ورفلة"
GNU_MOD = "وزارة الدفاع بحكومة الوحدة الوطنية"
HOSP = "مدير مستشفى بني وليد العام، الطبيب ميلاد أبو راس"
SUWAI = "المتحدث باسم «اللواء 111 مجحفل»، الرائد فرج الصويعي"
SUWAI150 = "المتحدث باسم «اللواء ١١١ مجحفل»، الرائد فرج الصويعي"
MAYOR = "عميد بلدية بني وليد، علي أبو حليقة"
OBSERVER = "«ليبيا أوبزرفر»"
HASSI = "المتحدث باسم «اللواء طارق بن زياد»، الرائد عبد الكريم الحاسي"
GNU_MOI = "وزارة الداخلية بحكومة الوحدة"
ELDERS = "وفد من أعيان مدينة مصراتة"
MOD_SRC = "مصدرا في وزارة الدفاع"
UNSMIL = "البعثة الأممية في ليبيا"
BENIMRAN = "الأكاديمي الليبي الهادي بن عمران"
SECDIR = "مديرية أمن بني وليد"
BENNASR = "عضو وفد أعيان مصراتة، الحاج سالم بن نصر"
DHAHRA = "سكان في حي الظهرة"
ZAIDI = "عمر الزائدي، شقيق أحد القتلى"
MOI_SPK = "الناطق باسم وزارة الداخلية، العقيد نوري الشريف"
FAKHRI = "رئيس المجلس الاجتماعي، الشيخ مبروك الفاخري"
GC_SRC = "مصدرا عسكريا في القيادة العامة"
INDY = "«اندبندنت عربية»"
QURAITLI = "الباحث في الشؤون الأمنية الليبية أنس القريتلي"

ARTICLES: dict[str, dict[str, Any]] = {
    "r145_nyala_airport": {
        "outlet": "راديو دبنقا",
        "published": "2027-08-03",
        "entries": [
            E("hd", "إسقاط ثلاث مسيرات للجيش فوق مطار نيالا", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "rsf_down",
                "دفاعاتها الأرضية أسقطت ثلاث طائرات مسيرة تابعة للجيش السوداني حاولت استهداف مطار نيالا",
                RSF,
                "",
                ORG,
                "قالت",
            ),
            E(
                "rsf_nodmg",
                'المطار "لم يتعرض لأي أضرار ويعمل بصورة طبيعية"',
                "مؤكدة",
                RSF,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E(
                "army_plane",
                'الطيران الحربي نفذ "ضربات دقيقة" دمرت طائرة شحن ومنظومة تشويش داخل المطار',
                HAMDAN,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "army_merc",
                'الضربات قتلت "عشرات المرتزقة الأجانب" ممن يشغلون المسيرات لصالح الدعم السريع',
                "مضيفا",
                HAMDAN,
                N_OFF,
                "مضيفا",
            ),
            E("army_deny", "تكون أي قذيفة قد سقطت على الأحياء السكنية", "حمدان", HAMDAN, N_OFF, "ونفى", NEG),
            E("admin23", "23 مدنيا قتلوا وأصيب 41 آخرون", ADMIN, "", ORG, "قالت"),
            E(
                "admin_market",
                "أصابت إحدى الضربات سوق المواشي في حي الجير المتاخم للمطار",
                ADMIN,
                "",
                ORG,
                "قالت",
            ),
            E(
                "er16",
                "مستشفى نيالا التعليمي استقبل 16 جثة و38 مصابا حتى مساء الاثنين",
                ER,
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "wit_blasts",
                "انفجارين عنيفين هزا محيط المطار قرابة الرابعة فجرا",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[DABANGA],
            ),
            E(
                "wit_fire",
                "ألسنة النيران ظلت تتصاعد من داخل حرم المطار حتى الضحى",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[DABANGA],
            ),
            E("pol12", 'توقيف 12 شخصا بتهمة "إرسال إحداثيات" إلى الجيش', POLICE, "", ORG, "أعلنت"),
            E("law27", "عدد الموقوفين منذ الاثنين بلغ 27 شخصا، بينهم صحفيان", LAWYERS, "", ORG, "قالت"),
            E("law_nolink", "أيا منهم لا تربطه صلة بالجيش", "مؤكدة", LAWYERS, ORG, "مؤكدة"),
            E(
                "rsf_truce",
                "الطرفين توافقا عبر وسطاء الرباعية الدولية على هدنة إنسانية مدتها 72 ساعة تبدأ صباح الأربعاء",
                ABAKAR,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "src_notruce",
                'القيادة "لم توافق على أي هدنة"',
                ARMY_SRC,
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[DABANGA],
            ),
            E(
                "src_alliance",
                "الدعم السريع بالتحالف مع مقاتلي جبهة الوفاق من أجل التغيير في تشاد",
                "متهما",
                ARMY_SRC,
                A_OFF,
                "متهما",
                ANON,
                via=[DABANGA],
            ),
            E(
                "src_guard",
                "يتولون حراسة المطار منذ أشهر",
                "قال",
                ARMY_SRC,
                A_OFF,
                "قال",
                ANON,
                via=[DABANGA],
            ),
            E(
                "iom",
                "نحو 3,500 شخص فروا من الأحياء المحيطة بالمطار منذ الاثنين",
                IOM,
                "",
                ORG,
                "وذكرت",
            ),
            E("an_msg", 'الضربات "رسالة بأن المطار لم يعد ملاذا آمنا"', ABUSHOUK, "", N_PER, "ويرى"),
            E("an_repeat", "تتكرر خلال الأيام المقبلة ما لم تنجح الوساطة", "مرجحا", ABUSHOUK, N_PER, "مرجحا"),
        ],
    },
    "r146_nyala_truce": {
        "outlet": "سكاي نيوز عربية",
        "published": "2027-08-05",
        "entries": [
            E(
                "hd",
                "لا هدنة في دارفور قبل خروج «الدعم السريع» من المدن",
                "الجيش السوداني",
                "",
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E("army_deny", "التوصل إلى أي هدنة مع قوات الدعم السريع", HAMDAN146, "", N_OFF, "نفيه", NEG),
            E("army_notruce", "لا هدنة قبل خروج الميليشيا من المدن", "مؤكدا", HAMDAN146, N_OFF, "مؤكدا"),
            E(
                "army_plane",
                "الطيران الحربي دمر طائرة شحن داخل مطار نيالا فجر الاثنين",
                "حمدان",
                HAMDAN146,
                N_OFF,
                "وأضاف",
            ),
            E(
                "army_milonly",
                'الضربة "لم تستهدف سوى مواقع عسكرية"',
                "حمدان",
                HAMDAN146,
                N_OFF,
                "وأضاف",
            ),
            E(
                "sat",
                "هيكلا محترقا لطائرة كبيرة على مدرج المطار",
                SAT,
                "",
                DOC,
                "وأظهرت",
                alt_types=[ORG],
                via=[YALE],
            ),
            E("rsf_civil", 'الهيكل يعود إلى "طائرة ركاب معطلة منذ عامين"', KOKO, "", N_OFF, "قال"),
            E("rsf_truce", 'الهدنة الإنسانية "دخلت حيز التنفيذ صباح الأربعاء"', "مشيرا", KOKO, N_OFF, "مشيرا"),
            E("rsf_nobreach", "قواته لم تسجل أي خرق لها حتى الآن", "مشيرا", KOKO, N_OFF, "مشيرا"),
            E(
                "rsf_fourth",
                "دفاعات قواته أسقطت مساء الثلاثاء مسيرة رابعة فوق حي السينما",
                "كوكو",
                KOKO,
                N_OFF,
                "وأضاف",
            ),
            E(
                "res_drone",
                "مسيرة قصفت محيط المطار مجددا صباح الأربعاء",
                "سكانا في نيالا",
                "",
                A_SRC,
                "أفادوا",
                ANON,
            ),
            E(
                "us_noagree",
                'المشاورات حول الهدنة "ما زالت مستمرة ولم تفض إلى اتفاق حتى اللحظة"',
                US_DIP,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("admin29", "حصيلة ضحايا القصف إلى ٢٩ قتيلا و٤٧ جريحا", ADMIN, "", ORG, "بحسب"),
            E("er19", "الجثث التي وصلت المستشفى التعليمي بلغت ١٩", ER, "", ORG, "قالت"),
            E(
                "src_aa",
                'سوق المواشي أصيب بقذائف من مضادات الدعم السريع "ارتدت على المدنيين"',
                "مصدر عسكري",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[SKY],
            ),
            E("pol15", "رفع عدد الموقوفين إلى ١٥ شخصا", POLICE, "", ORG, "وأعلنت"),
            E("pol_confess", "اعترفوا بالتعامل مع استخبارات الجيش", "قائلة", POLICE, ORG, "قائلة"),
            E(
                "wit_echo",
                "ألسنة النيران ظلت تتصاعد من داخل حرم المطار حتى الضحى",
                "شهود عيان",
                "",
                A_SRC,
                "ونقل",
                ANON,
                via=[DABANGA],
            ),
            E("fact_deny", "وجود أي مقاتلين للجبهة في نيالا", BARAKA, "", N_OFF, "نفى", NEG),
            E("fact_notparty", 'الجبهة "ليست طرفا في الحرب السودانية"', "قائلا", BARAKA, N_OFF, "قائلا"),
            E(
                "an_notally",
                'العلاقة بين الدعم السريع والمعارضة التشادية "ليست تحالفا، بل تقاطع مصالح عابر على الحدود"',
                ALAMIN,
                "",
                N_PER,
                "ويرى",
            ),
            E("iom52", "عدد الفارين من محيط المطار ارتفع إلى نحو ٥٢٠٠ شخص", IOM, "", ORG, "وقالت"),
        ],
    },
    "r147_uvira_sange": {
        "outlet": "بي بي سي عربي",
        "published": "2027-08-11",
        "entries": [
            E("hd", "السيطرة على سانغي وفتح الطريق نحو أوفيرا", "«إم ٢٣»", M23, ORG, ":", HEAD),
            E("m23_control", "مقاتليها سيطروا بالكامل على بلدة سانغي في سهل روزيزي", M23, "", ORG, "أعلنت"),
            E(
                "m23_fled",
                'الجيش الكونغولي والقوات البوروندية المساندة له "فروا تاركين أسلحتهم"',
                BALINDA,
                "",
                N_OFF,
                "وقال",
            ),
            E("m23_40", "مقاتلي الحركة أسروا ٤٠ جنديا بورونديا", "مضيفا", BALINDA, N_OFF, "مضيفا"),
            E(
                "m23_fdlr",
                'كينشاسا بخوض المعارك "في تحالف علني" مع مقاتلي القوات الديمقراطية لتحرير رواندا',
                "باليندا",
                BALINDA,
                N_OFF,
                "وجدد",
            ),
            E("army_center", 'القوات الحكومية "ما زالت تسيطر على وسط سانغي"', NDJIKE, "", N_OFF, "أكد"),
            E("army_fight", "الاشتباكات متواصلة عند أطرافها الشمالية", NDJIKE, "", N_OFF, "أكد"),
            E("army_rwanda", "الجيش الرواندي بالقتال إلى جانب المتمردين", "ندجيكي", NDJIKE, N_OFF, "واتهم"),
            E("rw_deny", "أي وجود لقواتها داخل الأراضي الكونغولية", RWANDA, "", ORG, "نفت", NEG),
            E("rw_pretext", 'الاتهام بأنه "ذريعة متكررة لتبرير الهزائم"', "واصفة", RWANDA, ORG, "واصفة"),
            E(
                "res_m23",
                "مقاتلي الحركة يجوبون السوق المركزي للبلدة منذ مساء الاثنين",
                RESIDENT,
                "",
                A_SRC,
                "قال",
                ANON,
                via=[BBC],
            ),
            E(
                "res_army_left",
                "الجنود الحكوميين انسحبوا جنوبا نحو لوفونغي",
                RESIDENT,
                "",
                A_SRC,
                "قال",
                ANON,
                via=[BBC],
            ),
            E("bu3", "ثلاثة جنود بورونديين فقط قتلوا في المعارك", BU_SPK, "", N_OFF, "قال"),
            E("bu_nocapt", "وقوع أي جندي في الأسر", "نافيا", BU_SPK, N_OFF, "نافيا", NEG),
            E("cs31", "٣١ مدنيا قتلوا في سانغي", MUHINDO, "", N_PER, "قال", alt_types=[N_OFF]),
            E(
                "m23_waz",
                "ميليشيات «وازاليندو» الموالية للحكومة مسؤولية قتل مدنيين في البلدة قبل انسحابها",
                "باليندا",
                BALINDA,
                N_OFF,
                "وحمّل",
            ),
            E("msf64", "مستشفى أوفيرا العام استقبل ٦٤ جريحا منذ الاثنين، بينهم ١٨ طفلا", MSF, "", ORG, "وذكرت"),
            E(
                "doha_src",
                'الطرفين اتفقا "مبدئيا" على آلية لمراقبة وقف إطلاق النار',
                DOHA_SRC,
                "",
                A_SRC,
                "قال",
                ANON,
                alt_types=[A_OFF],
            ),
            E("unhcr", "نحو ٨٥٠٠ شخص عبروا نهر روزيزي إلى بوروندي منذ الاثنين", UNHCR, "", ORG, "وأفادت"),
            E(
                "an_range",
                'السيطرة على سانغي، إن تأكدت، "تضع أوفيرا في مرمى نيران الحركة"',
                MUKENDI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "سقوط المدينة قد يجر بوروندي إلى مواجهة مباشرة مع رواندا",
                "محذرا",
                MUKENDI,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r148_uvira_doha": {
        "outlet": "العربي الجديد",
        "published": "2027-08-12",
        "entries": [
            E("hd", "سانغي في أيدينا", "الجيش الكونغولي", FARDC, ORG, ":", HEAD),
            E("hd_noprisoners", "لا أسرى بورونديين لدى «إم 23»", "الجيش الكونغولي", FARDC, ORG, ":", HEAD),
            E("army_full", 'الجيش "يسيطر سيطرة تامة على سانغي"', MWANZA, "", N_OFF, "قال"),
            E(
                "army_200",
                'حركة «إم 23» تكبدت "أكثر من 200 قتيل" في ثلاثة أيام من القتال',
                "مؤكدا",
                MWANZA,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "army_noprop",
                'الحديث عن أسر جنود بورونديين بأنه "دعاية لا أساس لها"',
                "موانزا",
                MWANZA,
                N_OFF,
                "ووصف",
            ),
            E("army_civ12", "قصف المتمردين أودى بحياة 12 مدنيا في البلدة", "مضيفا", MWANZA, N_OFF, "مضيفا"),
            E(
                "m23_video",
                "يظهر مقاتليها يرفعون رايتها فوق مقر الإدارة المحلية في سانغي",
                "الحركة",
                M23_148,
                ORG,
                "قالت",
            ),
            E("m23_40echo", "مقاتليها أسروا 40 جنديا بورونديا", "وجددت", M23_148, ORG, "وجددت"),
            E(
                "res_still",
                "مسلحي الحركة ما زالوا منتشرين في شوارع البلدة",
                "سكان نزحوا إلى لوفونغي",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ARABY],
            ),
            E(
                "res_calm",
                "دوي القصف تراجع منذ صباح الأربعاء",
                "سكان نزحوا إلى لوفونغي",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ARABY],
            ),
            E(
                "waz_inside",
                'عناصره "ما زالوا يقاتلون داخل سانغي إلى جانب الجيش"',
                KABUNDI,
                "",
                N_OFF,
                "فقال",
                alt_types=[N_PER],
            ),
            E("waz_deny", "يكونوا قد انسحبوا منها", "نافيا", KABUNDI, N_OFF, "نافيا", NEG, alt_types=[N_PER]),
            E("bu11", "11 جنديا بورونديا قتلوا في سانغي", BU_SRC, "", A_OFF, "وأبلغ", ANON, via=[AFP]),
            E("bu_missing", 'عددا آخر "في عداد المفقودين"', BU_SRC, "", A_OFF, "وأبلغ", ANON, via=[AFP]),
            E("cs_echo", "31 مدنيا قتلوا في سانغي", MUHINDO, "", N_PER, "قال", alt_types=[N_OFF], via=[BBC]),
            E("monusco19", "مقتل 19 مدنيا على الأقل", MONUSCO, "", ORG, "فقالت"),
            E(
                "qatar_signed",
                "ممثلي الحكومة الكونغولية والحركة وقعوا مساء الأربعاء في الدوحة على آلية لمراقبة وقف إطلاق النار في شرق البلاد",
                QATAR,
                "",
                ORG,
                "أعلنت",
            ),
            E("m23_drafts", 'ما جرى "مجرد تبادل لمسودات"', BALINDA148, "", N_OFF, "قال", via=[ARABY]),
            E(
                "m23_nosign",
                "الحركة لن توقع أي وثيقة قبل الإفراج عن معتقليها في كينشاسا",
                BALINDA148,
                "",
                N_OFF,
                "قال",
                via=[ARABY],
            ),
            E("gov_deny", "أي تعاون بين الجيش والقوات الديمقراطية لتحرير رواندا", MULAMBA, "", N_OFF, "ونفى", NEG),
            E(
                "an_coord",
                'العلاقة بين الطرفين "ليست تحالفا، بل تنسيق ميداني ظرفي تفرضه خطوط الجبهة"',
                DELVAUX,
                "",
                N_PER,
                "يرى",
            ),
            E("unhcr11k", "عدد الذين عبروا إلى بوروندي منذ مطلع أغسطس تجاوز 11 ألف شخص", UNHCR, "", ORG, "وقالت"),
            E("unhcr_cholera", "تفشي الكوليرا في مخيمات الاستقبال", "محذرة", UNHCR, ORG, "محذرة", OPT),
        ],
    },
    "r149_baniwalid_drone": {
        "outlet": "ليبيا أوبزرفر",
        "published": "2027-08-19",
        "entries": [
            E(
                "hd",
                "مسيرة قتلت خمسة مدنيين من عائلة واحدة قرب بني وليد",
                "المجلس الاجتماعي لورفلة",
                COUNCIL,
                ORG,
                ":",
                HEAD,
            ),
            E("council5", "مقتل خمسة مدنيين من عائلة واحدة، بينهم طفلان", COUNCIL, "", ORG, "قال"),
            E(
                "council_blame",
                'حكومة الوحدة الوطنية المسؤولية الكاملة عن "هذه الجريمة"',
                "محملا",
                COUNCIL,
                ORG,
                "محملا",
            ),
            E(
                "mod7",
                'الضربة استهدفت "عصابة لتهريب الوقود والبشر" وقتلت سبعة من المطلوبين',
                GNU_MOD,
                "",
                ORG,
                "أعلنت",
            ),
            E("mod_watch", "العملية جاءت بعد رصد استمر أسابيع", "موضحة", GNU_MOD, ORG, "موضحة"),
            E("hosp6", "المستشفى استقبل ست جثث وجريحين في حالة حرجة", HOSP, "", N_OFF, "وقال"),
            E("b111_airport", 'قواته "بسطت سيطرتها على مطار بني وليد"', SUWAI, "", N_OFF, "وقال"),
            E(
                "mayor_airport",
                'المطار "لا يزال في عهدة مديرية أمن بني وليد"',
                MAYOR,
                "",
                N_OFF,
                "أكد",
                via=[OBSERVER],
            ),
            E(
                "mayor_withdrew",
                "القوة المهاجمة انسحبت نحو ترهونة بعد ساعات",
                MAYOR,
                "",
                N_OFF,
                "أكد",
                via=[OBSERVER],
            ),
            E(
                "mod_alliance",
                "المجموعات المسلحة في المدينة بالتحالف مع «اللواء طارق بن زياد» التابع للقيادة العامة",
                "وزارة الدفاع",
                GNU_MOD,
                ORG,
                "واتهمت",
            ),
            E("mod_reinf", "دفع بتعزيزات إلى الشويرف", "قائلة", GNU_MOD, ORG, "قائلة"),
            E("lna_deny", "إرسال أي تعزيزات إلى الشويرف أو محيط بني وليد", HASSI, "", N_OFF, "ونفى", NEG),
            E(
                "moi9",
                "ضبط 9 مهربين عند بوابة أمنية جنوب المدينة وتحرير 34 مهاجرا غير نظامي",
                GNU_MOI,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "council4",
                'الموقوفين "أربعة شبان من أبناء المدينة لا علاقة لهم بالتهريب"',
                "المجلس الاجتماعي",
                COUNCIL,
                ORG,
                "قال",
            ),
            E("elders_truce", "التوصل إلى هدنة بين الطرفين تشمل تبادل الموقوفين", ELDERS, "", ORG, "وأعلن",
              alt_types=[N_PER]),
            E("modsrc_notruce", "لا هدنة قبل تسليم المطلوبين", MOD_SRC, "", A_OFF, "قال", ANON),
            E("unsmil_call", "ضبط النفس", UNSMIL, "", ORG, "ودعت", OPT),
            E("unsmil_verify", "تتحقق من تقارير عن سقوط ضحايا مدنيين", "مشيرة", UNSMIL, ORG, "مشيرة"),
            E(
                "an_influence",
                'التصعيد "يتجاوز ملف التهريب إلى صراع على النفوذ في الجنوب الغربي للعاصمة"',
                BENIMRAN,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_arena",
                "تتحول بني وليد إلى ساحة لتصفية الحسابات بين طرابلس والرجمة",
                "مرجحا",
                BENIMRAN,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r150_baniwalid_airport": {
        "outlet": "اندبندنت عربية",
        "published": "2027-08-20",
        "entries": [
            E("hd", "قواتنا باقية في مطار بني وليد", "«اللواء ١١١»", "«اللواء ١١١ مجحفل»", ORG, ":", HEAD),
            E("hd_notruce", "لا هدنة مع المسلحين", "«اللواء ١١١»", "«اللواء ١١١ مجحفل»", ORG, ":", HEAD),
            E("b111_stay", 'وحدات اللواء "ما زالت متمركزة داخل مطار بني وليد ومحيطه"', SUWAI150, "", N_OFF, "قال"),
            E("b111_nowithdraw", "انسحابها نحو ترهونة", "نافيا", SUWAI150, N_OFF, "نافيا", NEG),
            E(
                "b111_notruce",
                'اللواء "ليس معنيا بأي هدنة"',
                "الصويعي",
                SUWAI150,
                N_OFF,
                "وأضاف",
                via=[INDY],
            ),
            E("dir_gates", 'عناصرها "يتولون تأمين بوابات المطار" منذ صباح الخميس', SECDIR, "", ORG, "قالت",
              alt_types=[DOC]),
            E(
                "elder_holds",
                'الهدنة "صامدة منذ منتصف ليل الأربعاء"',
                BENNASR,
                "",
                N_PER,
                "أكد",
                alt_types=[N_OFF],
            ),
            E(
                "elder_release",
                "الدفعة الأولى من الموقوفين أفرج عنها",
                BENNASR,
                "",
                N_PER,
                "أكد",
                alt_types=[N_OFF],
            ),
            E("res_quiet", "أصوات الاشتباكات توقفت منذ ليل الأربعاء", DHAHRA, "", A_SRC, "وقال", ANON),
            E("res_shops", "المحال التجارية أعادت فتح أبوابها صباح الخميس", DHAHRA, "", A_SRC, "وقال", ANON),
            E("hosp8", "حصيلة ضربة الثلاثاء إلى ثمانية قتلى بعد وفاة الجريحين", HOSP, "", N_OFF, "بحسب"),
            E("mod_wanted", 'جميع القتلى "مطلوبون للنيابة العامة في قضايا تهريب"', GNU_MOD, "", ORG, "وجددت"),
            E("bro_wedding", "العائلة كانت عائدة من حفل زفاف في الشويرف", ZAIDI, "", N_PER, "قال"),
            E("unsmil4", "مقتل أربعة مدنيين على الأقل، بينهم طفلان", UNSMIL, "", ORG, "وأفادت"),
            E("moi_foreign", "بين المهربين التسعة خمسة أجانب من تشاد والنيجر", MOI_SPK, "", N_OFF, "قال"),
            E(
                "council4_echo",
                'الموقوفين "أربعة شبان من أبناء المدينة لا علاقة لهم بالتهريب"',
                COUNCIL,
                "",
                ORG,
                "أكد",
            ),
            E(
                "council_noally",
                'أبناء ورفلة "لم يعقدوا تحالفا مع أي طرف"',
                FAKHRI,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "council_coord",
                'ما يجمعهم بالقيادة العامة "تنسيق لتأمين الطرق الصحراوية لا أكثر"',
                FAKHRI,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E("lna_echo", "إرسال أي تعزيزات إلى الشويرف", HASSI, "", N_OFF, "نفى", NEG),
            E(
                "lna_src",
                "وحدة محدودة تمركزت الأسبوع الماضي عند مدخل الشويرف لحماية مستودع الوقود",
                GC_SRC,
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[INDY],
            ),
            E("an_knot", 'المطار "بات عقدة الصراع"', QURAITLI, "", N_PER, "ويعتقد"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Nyala: the airport unharmed vs a cargo plane destroyed, fire inside, a burnt hull on the runway
        ("r145.rsf_nodmg", "r145.army_plane"),
        ("r145.rsf_nodmg", "r146.army_plane"),  # the spokesman's repeated claim
        ("r145.rsf_nodmg", "r146.sat"),
        ("r145.rsf_nodmg", "r145.wit_fire"),
        ("r145.rsf_nodmg", "r146.wit_echo"),  # the witnesses retold
        # a cargo plane vs a passenger plane out of service for two years
        ("r146.rsf_civil", "r145.army_plane"),
        ("r146.rsf_civil", "r146.army_plane"),
        # the market: no shell on homes vs a strike hit the market; the army's strike vs RSF's own shells
        ("r145.army_deny", "r145.admin_market"),
        ("r145.admin_market", "r146.src_aa"),
        # tolls of the same strikes from different sources
        ("r145.admin23", "r145.er16"),
        ("r146.admin29", "r146.er19"),
        ("r145.admin23", "r146.er19"),  # 23 dead on Tuesday vs 19 bodies on Thursday
        # the arrests: 12 (then 15) vs 27 detainees; confessions vs no link to the army
        ("r145.pol12", "r145.law27"),
        ("r146.pol15", "r145.law27"),
        ("r146.pol_confess", "r145.law_nolink"),
        # the truce: agreed / in force vs not agreed
        ("r145.rsf_truce", "r145.src_notruce"),
        ("r145.rsf_truce", "r146.army_deny"),
        ("r145.rsf_truce", "r146.hd"),
        ("r145.rsf_truce", "r146.army_notruce"),
        ("r145.rsf_truce", "r146.us_noagree"),
        ("r146.rsf_truce", "r145.src_notruce"),
        ("r146.rsf_truce", "r146.army_deny"),
        ("r146.rsf_truce", "r146.us_noagree"),
        ("r146.rsf_nobreach", "r146.res_drone"),  # no breach vs a drone on Wednesday morning
        # an alliance with the Chadian FACT guarding the airport vs no fighters, not a party, not an alliance
        ("r145.src_alliance", "r146.fact_deny"),
        ("r145.src_alliance", "r146.fact_notparty"),
        ("r145.src_alliance", "r146.an_notally"),
        ("r145.src_guard", "r146.fact_deny"),
        ("r145.src_guard", "r146.fact_notparty"),
        # --- Sange: M23 holds the town vs the army still holds the centre / all of it
        ("r147.m23_control", "r147.army_center"),
        ("r147.hd", "r147.army_center"),
        ("r147.m23_control", "r148.hd"),
        ("r147.m23_control", "r148.army_full"),
        ("r147.hd", "r148.army_full"),
        ("r147.hd", "r148.hd"),
        ("r147.m23_control", "r148.waz_inside"),
        ("r147.res_m23", "r147.army_center"),
        ("r147.res_army_left", "r147.army_center"),
        ("r147.m23_fled", "r147.army_center"),
        ("r148.m23_video", "r148.army_full"),
        ("r148.m23_video", "r148.hd"),
        ("r148.res_still", "r148.army_full"),
        ("r148.res_still", "r148.hd"),
        # 40 Burundian soldiers captured vs none captured
        ("r147.m23_40", "r147.bu_nocapt"),
        ("r147.m23_40", "r148.hd_noprisoners"),
        ("r147.m23_40", "r148.army_noprop"),
        ("r148.m23_40echo", "r147.bu_nocapt"),
        ("r148.m23_40echo", "r148.hd_noprisoners"),
        ("r148.m23_40echo", "r148.army_noprop"),
        # Burundian dead: only three vs 11
        ("r147.bu3", "r148.bu11"),
        # civilians killed in Sange: 31 (and at least 19) vs 12
        ("r147.cs31", "r148.army_civ12"),
        ("r148.cs_echo", "r148.army_civ12"),
        ("r148.monusco19", "r148.army_civ12"),
        # Rwandan troops fighting beside M23 vs no Rwandan presence
        ("r147.army_rwanda", "r147.rw_deny"),
        # the army and the FDLR: open alliance vs no cooperation vs ad hoc coordination, not an alliance
        ("r147.m23_fdlr", "r148.gov_deny"),
        ("r147.m23_fdlr", "r148.an_coord"),
        ("r148.an_coord", "r148.gov_deny"),
        # Doha: a mechanism signed vs mere drafts, nothing signed
        ("r148.qatar_signed", "r148.m23_drafts"),
        ("r148.qatar_signed", "r148.m23_nosign"),
        # the Wazalendo withdrew vs did not withdraw
        ("r147.m23_waz", "r148.waz_deny"),
        # --- Bani Walid: civilians of one family vs wanted smugglers
        ("r149.council5", "r149.mod7"),
        ("r149.hd", "r149.mod7"),
        ("r150.bro_wedding", "r149.mod7"),
        ("r150.unsmil4", "r149.mod7"),
        ("r149.council5", "r150.mod_wanted"),
        ("r149.hd", "r150.mod_wanted"),
        ("r150.bro_wedding", "r150.mod_wanted"),
        ("r150.unsmil4", "r150.mod_wanted"),
        # the airport: held by the 111 Brigade vs by the Bani Walid security directorate
        ("r149.b111_airport", "r149.mayor_airport"),
        ("r150.b111_stay", "r149.mayor_airport"),
        ("r150.b111_stay", "r150.dir_gates"),
        ("r150.hd", "r149.mayor_airport"),
        ("r150.hd", "r150.dir_gates"),
        # the attacking force withdrew towards Tarhuna vs no withdrawal
        ("r149.mayor_withdrew", "r150.b111_nowithdraw"),
        ("r149.mayor_withdrew", "r150.b111_stay"),
        ("r149.mayor_withdrew", "r150.hd"),
        # alliance with the Tariq bin Ziyad Brigade vs no alliance, coordination only
        ("r149.mod_alliance", "r150.council_noally"),
        ("r149.mod_alliance", "r150.council_coord"),
        # reinforcements to al-Shwayrif vs none sent
        ("r149.mod_reinf", "r149.lna_deny"),
        ("r149.mod_reinf", "r150.lna_echo"),
        ("r150.lna_src", "r149.lna_deny"),
        ("r150.lna_src", "r150.lna_echo"),
        # nine smugglers (five foreigners) vs four young men of the town with no link to smuggling
        ("r149.moi9", "r149.council4"),
        ("r149.moi9", "r150.council4_echo"),
        ("r150.moi_foreign", "r149.council4"),
        ("r150.moi_foreign", "r150.council4_echo"),
        # the Misrata elders' truce vs no truce
        ("r149.elders_truce", "r149.modsrc_notruce"),
        ("r150.elder_holds", "r149.modsrc_notruce"),
        ("r149.elders_truce", "r150.hd_notruce"),
        ("r150.elder_holds", "r150.hd_notruce"),
        ("r149.elders_truce", "r150.b111_notruce"),
        ("r150.elder_holds", "r150.b111_notruce"),
    ],
    "agreements": [
        ("r145.army_plane", "r146.sat"),  # an aircraft destroyed at the airport
        ("r145.wit_fire", "r145.army_plane"),  # fire inside the airport
        ("r145.src_notruce", "r146.us_noagree"),  # no truce agreed
        ("r146.army_deny", "r146.us_noagree"),
        ("r147.m23_control", "r147.res_m23"),  # M23 fighters in the town
        ("r147.res_army_left", "r147.m23_fled"),  # government soldiers left Sange
        ("r148.res_still", "r148.m23_video"),
        ("r147.res_m23", "r148.res_still"),
        ("r147.army_fight", "r148.waz_inside"),  # fighting goes on in/around Sange
        ("r147.bu_nocapt", "r148.army_noprop"),  # no Burundian soldier captured
        ("r149.council5", "r150.bro_wedding"),  # the dead were civilians
        ("r149.council5", "r150.unsmil4"),
        ("r149.mayor_airport", "r150.dir_gates"),  # the airport with the security directorate
        ("r149.mod_reinf", "r150.lna_src"),  # an LNA unit at al-Shwayrif
        ("r149.elders_truce", "r150.res_quiet"),  # the guns fell silent on Wednesday night
        ("r150.elder_holds", "r150.res_quiet"),
    ],
    "echoes": [
        ("r145.wit_fire", "r146.wit_echo"),  # the witnesses' words to Radio Dabanga, retold
        ("r145.army_plane", "r146.army_plane"),  # the spokesman repeating his claim
        ("r147.cs31", "r148.cs_echo"),  # the civil-society head's words to the BBC, retold
        ("r147.m23_40", "r148.m23_40echo"),  # M23 renewing its claim
        ("r149.council4", "r150.council4_echo"),  # the council's words recalled
        ("r149.lna_deny", "r150.lna_echo"),  # the Tariq bin Ziyad denial recalled
        ("r149.mod7", "r150.mod_wanted"),  # the ministry renewing its claim
    ],
    "not_contradictions": [
        ("r145.admin23", "r146.admin29"),  # the administration's toll rose
        ("r145.er16", "r146.er19"),  # the emergency room's count rose
        ("r145.pol12", "r146.pol15"),  # arrests rose from 12 to 15
        ("r145.rsf_down", "r146.rsf_fourth"),  # three drones on Monday, a fourth on Tuesday
        ("r145.iom", "r146.iom52"),  # displaced rose from 3,500 to 5,200
        ("r145.hd", "r145.army_plane"),  # drones shot down and strikes carried out can both be true
        ("r145.army_deny", "r146.src_aa"),  # no army shell on homes; RSF's own shells hit the market
        ("r147.unhcr", "r148.unhcr11k"),  # since Monday vs since the start of August
        ("r147.cs31", "r148.monusco19"),  # "at least 19" vs 31
        ("r147.bu3", "r148.bu_missing"),  # three killed vs others missing
        ("r147.bu_nocapt", "r148.bu_missing"),  # missing is not captured
        ("r147.doha_src", "r148.qatar_signed"),  # agreed in principle, then signed
        ("r148.res_calm", "r148.waz_inside"),  # less shelling vs fighting still going on
        ("r149.hosp6", "r150.hosp8"),  # toll rose after the two wounded died
        ("r149.council5", "r149.hosp6"),  # five of one family among six bodies
        ("r149.b111_airport", "r150.dir_gates"),  # Wednesday vs Thursday morning
        ("r149.moi9", "r150.moi_foreign"),  # five foreigners among the nine
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
