"""Writes gold.json for relations set 49 (r289..r294) from the annotations below.

Run from this folder: `python3 -B make_gold.py` checks the texts and the annotation, then writes gold.json;
`python3 -B make_gold.py --stats` runs the same checks and prints the tallies, the word counts, the speaker
occurrences goldkit chose and any warning, and writes nothing.

Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every
offset. `check_layout` checks the texts (layout, dateline, word range, digits, August 2029 dates and their
weekdays, the two articles of each pair); `check_counts` checks the annotation (entries per article, labels,
optional entries, relations within one story, the totals asked for).
"""

from __future__ import annotations

import datetime as dt
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
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r289/r290: Oman, the flash flood in Wadi al-Sahtan (al-Rustaq)
CD = "هيئة الدفاع المدني والإسعاف"
SHURA = "عضو مجلس الشورى عن ولاية الرستاق، خالد بن ناصر الحراصي"
WALI = "والي الرستاق، الشيخ سعود بن خلفان المعمري"
MET = "المديرية العامة للأرصاد الجوية"
MAF = "وزارة الثروة الزراعية والسمكية وموارد المياه"
VOLUNTEERS = "قائد فريق الرستاق التطوعي للإنقاذ، يوسف بن علي الكندي"
RAFIQ = "العامل البنغلاديشي محمد رفيق"
COMPANY = "شركة «الوادي الأخضر» للمقاولات"
ROP = "شرطة عمان السلطانية"
MET_DG = "مدير عام الأرصاد الجوية، الدكتور سيف بن عامر الشقصي"
WATER_DG = "المدير العام لموارد المياه في وزارة الثروة الزراعية، المهندس أحمد بن سالم العبري"
HYDRO = "أستاذة الهيدرولوجيا في جامعة السلطان قابوس، الدكتورة منى بنت راشد الرواحي"
RESIDENTS = "سكانا في قرى الوادي"
ATHEER = "«أثير»"
JAZEERA = "الجزيرة نت"
# r291/r292: Kuwait, food poisoning after a wedding in al-Jahra
MOH = "وزارة الصحة"
HOSP = "مصدرا طبيا في مستشفى الجهراء"
GUEST = "أحد المدعوين، ناصر الرشيدي"
PAFN = "الهيئة العامة للغذاء والتغذية"
OWNER = "صاحب المطبخ، عبدالله الظفيري"
HALL = "مدير الصالة التي استضافت الحفل، سعود المطيري"
MOI_KW = "وزارة الداخلية"
MP = "النائب عن الدائرة الرابعة، مبارك العنزي"
SPOKESMAN = "الناطق الرسمي باسم وزارة الصحة، الدكتور بدر الشمري"
SON = "نجل المتوفاة، خالد الهاجري"
LAWYER = "محامي صاحب المطبخ، يوسف الصالح"
EXPERT = "استشارية الأمراض المعدية، الدكتورة هيفاء الكندري"
QABAS = "«القبس»"
RAI = "«الراي»"
# r293/r294: Djibouti, the derailment near Holhol
MOI_DJ = "وزارة الداخلية الجيبوتية"
EDR = "الشركة الإثيوبية الجيبوتية للسكك الحديدية"
MINISTER = "وزير البنية التحتية والتجهيز، حسن عمر داود"
PASSENGERS = "مسافرون نقلوا إلى مستشفى بلتييه العام في العاصمة"
UNION = "نقابة عمال السكك الحديدية"
ANALYST = "الباحث الجيبوتي في شؤون النقل، ياسين دهر"
OBSERVATORY = "المرصد الجيبوتي لحقوق المهاجرين"
POLICE_DJ = "الشرطة الوطنية الجيبوتية"
ELDER = "زعيم عشائري في المنطقة، عبد الرحمن روبله"
GOVERNOR = "محافظ إقليم علي صبيح، محمد موسى إلمي"
DRIVER = "سائق القطار الإثيوبي، تسفاي ملاكو"
UNION_SG = "الأمين العام لنقابة عمال السكك الحديدية، عبدي فارح آدن"
FORWARDERS = "اتحاد وكلاء الشحن في جيبوتي"
SKY = "«سكاي نيوز عربية»"
INDY = "«إندبندنت عربية»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r289_rustaq_flood": {
        "outlet": "أثير",
        "published": "2029-08-06",
        "entries": [
            E("hd", "4 وفيات و3 مفقودين في سيول وادي السحتن بالرستاق", "الدفاع المدني", CD, ORG, ":", HEAD),
            E(
                "cd4",
                "انتشال جثث 4 أشخاص جرفتهم سيول وادي السحتن بولاية الرستاق مساء الأحد",
                CD,
                "",
                ORG,
                "أعلنت",
            ),
            E("cd14", "فرقها أنقذت 14 شخصا علقوا في مركباتهم", "مشيرة", CD, ORG, "مشيرة"),
            E(
                "hosp5",
                "المستشفى تسلم 5 جثث قبل منتصف الليل",
                "مصدر طبي في مستشفى الرستاق المرجعي",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[ATHEER],
            ),
            E("shura6", "عدد الضحايا «لا يقل عن ستة»", SHURA, "", N_OFF, "فأكد"),
            E(
                "shura_bus",
                "بينهم أربعة عمال وافدين كانوا في حافلة صغيرة جرفتها المياه عند العبارة",
                "مضيفا",
                SHURA,
                N_OFF,
                "مضيفا",
            ),
            E(
                "wali_closed",
                "دوريات شرطة عمان السلطانية أغلقت العبارة أمام المركبات منذ الثالثة عصرا، قبل نحو ساعتين من وصول السيل",
                WALI,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "wit_open",
                "الطريق «ظل مفتوحا بلا أي حاجز»",
                "شهود عيان",
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[ATHEER],
            ),
            E(
                "wit_time",
                "السيارات ظلت تعبر حتى وصول الماء قرابة السادسة مساء",
                "شهود عيان",
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[ATHEER],
            ),
            E(
                "met_warn",
                "«جريان الأودية وتشكل السيول» في محافظتي جنوب الباطنة وشمالها",
                MET,
                "",
                ORG,
                "حذرت",
            ),
            E("res_nowarn", "التحذير «لم يصلهم»", RESIDENTS, "", A_SRC, "قالوا", ANON),
            E(
                "res_sms",
                "الرسائل النصية التي تلقوها تحدثت عن «أمطار متفرقة» فقط",
                RESIDENTS,
                "",
                A_SRC,
                "قالوا",
                ANON,
            ),
            E("min_deny", "تعرض سد التغذية في أعلى الوادي لأي انهيار", MAF, "", ORG, "ونفت", NEG),
            E("min_spill", "المياه «تجاوزت المفيض كما هو مصمم»", "موضحة", MAF, ORG, "موضحة"),
            E("shura_breach", "جزءا من الجسم الترابي للسد «انهار بالكامل»", "الحراصي", SHURA, N_OFF, "قال"),
            E("shura_warned", "نبه الوزارة إلى تشققات فيه منذ عامين", "الحراصي", SHURA, N_OFF, "قال"),
            E("vol9", "السيل جرف ما لا يقل عن 9 مركبات", VOLUNTEERS, "", N_OFF, "وقال", alt_types=[N_PER]),
            E("pol_src56", "عددها بـ«خمس أو ست»", "مصدر في شرطة عمان السلطانية", "", A_OFF, "قدر", ANON),
            E(
                "vol_first",
                "المتطوعين «كانوا أول من وصل» إلى العبارة، قبل فرق الهيئة بنحو ساعة",
                "الكندي",
                VOLUNTEERS,
                N_OFF,
                "وأضاف",
                alt_types=[N_PER],
            ),
            E("met48", "محطة الرستاق 48 ملم من الأمطار في ثلاث ساعات", "المديرية", MET, ORG, "بحسب"),
            E("obs97", "محطته في أعلى الوادي رصدت 97 ملم", "فريق «رصد الباطنة» لهواة الطقس", "", ORG, "ذكر"),
            E(
                "cd_year",
                "11 شخصا لقوا حتفهم غرقا في الأودية منذ مطلع العام",
                "بيانات الهيئة",
                CD,
                ORG,
                "وتشير",
                alt_types=[DOC],
            ),
        ],
    },
    "r290_rustaq_wadi": {
        "outlet": "الجزيرة نت",
        "published": "2029-08-07",
        "entries": [
            E("hd", "لم يكن هناك أي حاجز على العبارة", "ناج من سيل الرستاق", RAFIQ, N_PER, ":", HEAD, nth=0),
            E(
                "cd6",
                "ارتفعت حصيلة ضحايا السيول التي اجتاحت وادي السحتن في ولاية الرستاق العمانية إلى ٦ وفيات",
                CD,
                "",
                ORG,
                "وفق ما أعلنته",
            ),
            E("cd_missing", "البحث مستمر عن مفقود واحد", "مضيفة", CD, ORG, "مضيفة"),
            E(
                "surv_order",
                "مشرف الشركة التي يعمل فيها «أمرنا بالعبور رغم أن الماء كان يرتفع»",
                RAFIQ,
                "",
                N_PER,
                "وروى",
                via=[JAZEERA],
            ),
            E(
                "surv_nobarrier",
                "«لم يكن هناك أي حاجز على العبارة»",
                "مؤكدا",
                RAFIQ,
                N_PER,
                "مؤكدا",
                via=[JAZEERA],
            ),
            E("surv9", "الحافلة كانت تقل تسعة عمال", "مؤكدا", RAFIQ, N_PER, "مؤكدا", via=[JAZEERA]),
            E("comp_deny", "يكون أي من مشرفيها قد أمر العمال بالعبور", COMPANY, "", ORG, "نفت", NEG),
            E(
                "comp_rule",
                "تعليماتها «تمنع السائقين منعا باتا من عبور الأودية الجارية»",
                "مؤكدة",
                COMPANY,
                ORG,
                "مؤكدة",
            ),
            E("pol_ignored", "سائق الحافلة «تجاهل الحواجز» التي وضعتها دورياتها", ROP, "", ORG, "وقالت"),
            E("pol_5w", "الحافلة كانت تقل خمسة عمال فقط", ROP, "", ORG, "وقالت"),
            E("pol_5veh", "السيل جرف خمس مركبات عند العبارة نحو الخامسة مساء", "مشيرة", ROP, ORG, "مشيرة"),
            E(
                "met_sms",
                "رسائل نصية تحذر من جريان الأودية «أرسلت إلى جميع الهواتف» في جنوب الباطنة مساء السبت",
                MET_DG,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "dg_intact",
                "صور الطائرات المسيرة تظهر أن سد التغذية «سليم تماما»",
                WATER_DG,
                "",
                N_OFF,
                "وأكد",
            ),
            E("dg_noreport", "الوزارة «لم تتلق أي بلاغ» عن تشققات فيه", WATER_DG, "", N_OFF, "وأكد"),
            E("hydro_gap", "صورا متداولة تظهر «فجوة واضحة» في جسمه الترابي", HYDRO, "", N_PER, "قالت"),
            E("hydro_partial", "يكون انهيار جزئي قد ضاعف قوة السيل", "مرجحة", HYDRO, N_PER, "مرجحة"),
            E(
                "shura_echo",
                "جزءا من جسم السد «انهار بالكامل»",
                "عضو مجلس الشورى خالد بن ناصر الحراصي",
                "",
                N_OFF,
                "قال",
                via=[ATHEER],
            ),
            E("wali_committee", "تشكيل لجنة للتحقيق في ملابسات الحادث", WALI, "", N_OFF, "وأعلن"),
            E("damage40", "عدد المنازل المتضررة بنحو ٤٠ منزلا", "لجنة حصر الأضرار", "", ORG, "قدرت"),
            E("embassy3", "ثلاثة من رعاياها بين الضحايا", "سفارة بنغلاديش في مسقط", "", ORG, "وقالت"),
            E("nakhal", "غرق طفل في الثامنة بوادي الأبيض", "الهيئة", CD, ORG, "أعلنت"),
        ],
    },
    "r291_jahra_poisoning": {
        "outlet": "القبس",
        "published": "2029-08-11",
        "entries": [
            E("hd", "أكثر من ١٤٠ حالة تسمم من حفل زفاف في الجهراء", "مصدر طبي", HOSP, A_OFF, ":", HEAD, ANON),
            E(
                "moh87",
                "عدد المصابين بالتسمم الغذائي إثر حفل زفاف أقيم مساء الخميس في منطقة العيون بمحافظة الجهراء بلغ ٨٧ شخصا",
                MOH,
                "",
                ORG,
                "أعلنت",
            ),
            E("moh_nocrit", "«لا توجد حالات حرجة بين المصابين»", "مؤكدة", MOH, ORG, "مؤكدة"),
            E(
                "hosp140",
                "قسم الطوارئ استقبل «أكثر من ١٤٠ حالة» منذ فجر الجمعة",
                HOSP,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[QABAS],
            ),
            E(
                "hosp_icu3",
                "ثلاثة مرضى، بينهم سيدة سبعينية، أدخلوا العناية المركزة",
                "مضيفا",
                HOSP,
                A_OFF,
                "مضيفا",
                ANON,
                via=[QABAS],
            ),
            E(
                "ems34",
                "سيارات الإسعاف نقلت ٣٤ مصابا إلى المستشفى",
                "إدارة الخدمات الطبية الطارئة",
                "",
                ORG,
                "وذكرت",
            ),
            E("guest200", "نحو ٢٠٠ من أصل ٦٠٠ ضيف ظهرت عليهم أعراض التسمم", GUEST, "", N_PER, "وقال"),
            E("guest_2h", "القيء والإسهال بدآ «بعد ساعتين فقط من العشاء»", GUEST, "", N_PER, "وقال"),
            E("pafn_close", "إغلاق مطبخ الولائم الذي أعد العشاء", PAFN, "", ORG, "وأعلنت"),
            E("pafn_viol", "مفتشيها سجلوا عليه مخالفتين في يونيو الماضي", "موضحة", PAFN, ORG, "موضحة"),
            E(
                "pafn_src",
                "النتائج الأولية للعينات «ترجح السالمونيلا» في طبق الأرز باللحم",
                "مصدر في الهيئة",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "owner_noviol",
                "تسجيل أي مخالفة على منشأته «منذ افتتاحها قبل ثماني سنوات»",
                OWNER,
                "",
                N_PER,
                "نفى",
                NEG,
            ),
            E("owner_water", "«مياه خزان الصالة» هي سبب التسمم", "وقال", OWNER, N_PER, "وقال", via=[QABAS]),
            E(
                "owner_time",
                "الطعام سلم «في العاشرة ليلا» وقدم ساخنا بعد نصف ساعة",
                "وقال",
                OWNER,
                N_PER,
                "وقال",
                via=[QABAS],
            ),
            E(
                "hall_arrive",
                "سيارة المطبخ وصلت «قرابة السادسة مساء»",
                HALL,
                "",
                N_PER,
                "فأكد",
                alt_types=[N_OFF],
            ),
            E("hall_serve11", "العشاء لم يقدم قبل الحادية عشرة", HALL, "", N_PER, "فأكد", alt_types=[N_OFF]),
            E(
                "hall_nowater",
                "استخدام مياه الخزان في الطهي أو الشرب",
                "نافيا",
                HALL,
                N_PER,
                "نافيا",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "hall_450",
                "عدد الحضور «لم يتجاوز ٤٥٠ شخصا»",
                "ولافتا",
                HALL,
                N_PER,
                "ولافتا",
                alt_types=[N_OFF],
            ),
            E(
                "worker",
                "الطعام نقل إلى الصالة «قبل المغرب» في أوان مكشوفة",
                "عامل في المطبخ",
                "",
                A_OFF,
                "وقال",
                ANON,
                alt_types=[A_SRC],
                via=[QABAS],
            ),
            E("int4", "رجال المباحث أوقفوا أربعة من عمال المطبخ", MOI_KW, "", ORG, "وذكرت"),
            E("int_nocert", "لا يحملون شهادات صحية", "مشيرة", MOI_KW, ORG, "مشيرة"),
            E("mp_absent", "«الرقابة غائبة» عن مطابخ الولائم", MP, "", N_OFF, "واعتبر"),
            E("mp_expired", "المطبخ «يعمل بترخيص منته منذ أشهر»", "مؤكدا", MP, N_OFF, "مؤكدا"),
        ],
    },
    "r292_jahra_wedding": {
        "outlet": "الراي",
        "published": "2029-08-13",
        "entries": [
            E("hd", "وفاة مسنة في الجهراء لا علاقة لها بالتسمم", "«الصحة»", MOH, ORG, ":", HEAD),
            E(
                "moh_unrelated",
                "وفاة سيدة سبعينية في مستشفى الجهراء مساء الأحد «لا علاقة لها بالتسمم الغذائي»",
                SPOKESMAN,
                "",
                N_OFF,
                "قال",
            ),
            E("moh_chronic", "كانت تعاني «أمراضا مزمنة في القلب والكلى»", "موضحا", SPOKESMAN, N_OFF, "موضحا"),
            E("moh_noicu", "«أي مصاب لم يدخل العناية المركزة»", "موضحا", SPOKESMAN, N_OFF, "موضحا"),
            E("moh96", "العدد الإجمالي للحالات ارتفع إلى 96", "الشمري", SPOKESMAN, N_OFF, "وأضاف"),
            E(
                "moh_remain4",
                "لم يبق منها في المستشفى سوى 4، حالتهم «مستقرة»",
                "الشمري",
                SPOKESMAN,
                N_OFF,
                "وأضاف",
            ),
            E("son_poison", "والدته توفيت «بمضاعفات التسمم»", SON, "", N_PER, "قال", via=[RAI]),
            E("son_noheart", "«لم تكن تشكو من أي مرض في القلب»", SON, "", N_PER, "قال", via=[RAI]),
            E(
                "nurse_icu",
                "الراحلة كانت بين ثلاثة مرضى أدخلوا العناية المركزة منذ الجمعة",
                "ممرضة في المستشفى",
                "",
                A_OFF,
                "وقالت",
                ANON,
            ),
            E(
                "mp_victim",
                "الوفاة «أول ضحية لغياب الرقابة»",
                "النائب مبارك العنزي",
                "",
                N_OFF,
                "واعتبر",
                via=["«إكس»"],
            ),
            E(
                "lab_salm",
                "التحاليل المخبرية «أثبتت وجود السالمونيلا» في طبق المجبوس والصلصة المقدمين في الحفل",
                PAFN,
                "",
                ORG,
                "وأعلنت",
            ),
            E("pafn_samples", "العينات أخذت صباح الجمعة من ثلاجات المطبخ", PAFN, "", ORG, "وأعلنت"),
            E(
                "muni_clean",
                "عينات مياه خزان الصالة «جاءت مطابقة للمواصفات»",
                "بلدية الكويت",
                "",
                ORG,
                "وقالت",
            ),
            E("lawyer_doubt", "يكون طعام موكله مصدر العدوى", LAWYER, "", N_PER, "وشكك", NEG, via=[RAI]),
            E(
                "lawyer_samples",
                "العينات «أخذت بعد يومين من الحفل من بقايا مكشوفة»",
                "قائلا",
                LAWYER,
                N_PER,
                "قائلا",
                via=[RAI],
            ),
            E(
                "lawyer_certs",
                "جميع العمال «يحملون شهادات صحية سارية»",
                "قائلا",
                LAWYER,
                N_PER,
                "قائلا",
                via=[RAI],
            ),
            E(
                "moci_valid",
                "ترخيص المطبخ «ساري المفعول حتى مارس 2031»",
                "وزارة التجارة والصناعة",
                "",
                ORG,
                "وأكدت",
            ),
            E("owner_echo", "«مياه خزان الصالة» سبب التسمم", OWNER, "", N_PER, "قال", via=[QABAS]),
            E("hosp_echo", "استقبال أكثر من 140 حالة", "مصدر طبي", "", A_OFF, "أبلغ", ANON, via=[QABAS]),
            E(
                "guest_midnight",
                "«قدموا العشاء قرابة منتصف الليل»",
                "إحدى المدعوات، نورة العجمي",
                "",
                N_PER,
                "وقالت",
                DIRECT,
            ),
            E(
                "pros2",
                "حبس اثنين من عمال المطبخ الأربعة وإخلاء سبيل الآخرين",
                "مصدر قضائي",
                "",
                A_OFF,
                "بحسب",
                ANON,
            ),
            E(
                "expert_nosalm",
                "ظهور الأعراض بعد ساعتين «لا يتفق مع عدوى السالمونيلا» وحدها",
                EXPERT,
                "",
                N_PER,
                "وترى",
            ),
            E("expert_toxin", "وجود سموم بكتيرية", "مرجحة", EXPERT, N_PER, "مرجحة"),
        ],
    },
    "r293_holhol_derailment": {
        "outlet": "سكاي نيوز عربية",
        "published": "2029-08-16",
        "entries": [
            E(
                "hd",
                "3 قتلى و27 جريحا في خروج قطار عن مساره قرب هولهول",
                "الداخلية الجيبوتية",
                MOI_DJ,
                ORG,
                ":",
                HEAD,
            ),
            E("int3", "مقتل 3 أشخاص وإصابة 27 آخرين", MOI_DJ, "", ORG, "أعلنت"),
            E("int_time", "الحادث وقع «قرابة الرابعة فجرا»", "موضحة", MOI_DJ, ORG, "موضحة"),
            E("edr_sab", "الحادث نجم عن «عمل تخريبي متعمد»", EDR, "", ORG, "وقالت"),
            E("edr_bolts", "مسامير التثبيت «نزعت من نحو عشرين مترا من السكة»", "مشيرة", EDR, ORG, "مشيرة"),
            E("edr_speed", "القطار «كان يسير بالسرعة المقررة»", "مشيرة", EDR, ORG, "مشيرة"),
            E("edr2", "الحادث أودى بحياة اثنين فقط، هما السائق ومساعده", "وأضافت", EDR, ORG, "وأضافت"),
            E("edr_coaches", "عربات الركاب الأربع «بقيت على السكة»", "وأضافت", EDR, ORG, "وأضافت"),
            E("edr_180", "كان على متنها 180 راكبا", "وأضافت", EDR, ORG, "وأضافت"),
            E("min_early", "«من المبكر الحديث عن تخريب»", MINISTER, "", N_OFF, "قال", via=[SKY]),
            E(
                "min_speed",
                "المؤشرات الأولية تفيد بأن القطار دخل المنعطف «بسرعة تفوق المسموح بها»",
                "مشيرا",
                MINISTER,
                N_OFF,
                "مشيرا",
                via=[SKY],
            ),
            E("pass_overturn", "عربتين للركاب «انقلبتا على جانبيهما»", PASSENGERS, "", A_SRC, "وقال", ANON),
            E(
                "pass_time",
                "القطار خرج عن السكة «نحو الثانية بعد منتصف الليل»",
                PASSENGERS,
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E("hosp5", "استقبل 5 جثث و31 مصابا حتى الظهر", "مصدر في المستشفى", "", A_OFF, "وذكر", ANON),
            E("union_neglect", "الشركة بإهمال صيانة هذا المقطع", UNION, "", ORG, "واتهمت"),
            E(
                "union_letter",
                "نبهت إدارتها في رسالة مكتوبة في مايو الماضي إلى «تشقق العوارض وانجراف الحصى»",
                "مؤكدة",
                UNION,
                ORG,
                "مؤكدة",
            ),
            E("an_ballast", "المقطع يعاني منذ سنوات من انجراف الحصى بفعل السيول", ANALYST, "", N_PER, "ويرى"),
            E(
                "eth_alive",
                "سائق القطار، وهو إثيوبي، «نجا ويتلقى العلاج في دير داوا»",
                "وزارة النقل واللوجستيات",
                "",
                ORG,
                "نقلت",
                via=["وكالة الأنباء الإثيوبية"],
            ),
            E("embassy9", "9 من مواطنيها بين الجرحى", "السفارة الإثيوبية في جيبوتي", "", ORG, "وقالت"),
            E(
                "ngo_migr",
                "مهاجرين إثيوبيين كانوا يركبون فوق سطح العربات «بين القتلى»",
                OBSERVATORY,
                "",
                ORG,
                "قال",
            ),
            E("ngo_accuse", "السلطات بـ«إسقاطهم من الحصيلة»", "متهما", OBSERVATORY, ORG, "متهما"),
        ],
    },
    "r294_holhol_train": {
        "outlet": "إندبندنت عربية",
        "published": "2029-08-18",
        "entries": [
            E(
                "hd",
                "توقيف ثلاثة مشتبه بهم في تخريب سكة هولهول",
                "الشرطة الجيبوتية",
                POLICE_DJ,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "pol3",
                "توقيف ثلاثة رجال يشتبه في نزعهم مسامير من السكة الحديدية قرب هولهول لبيعها خردة",
                POLICE_DJ,
                "",
                ORG,
                "أعلنت",
            ),
            E("pol_confess", "«اعترفوا بنزع المسامير» ليل الأربعاء", "مؤكدة", POLICE_DJ, ORG, "مؤكدة"),
            E("elder_deny", "تكون للموقوفين «أي صلة» بالحادث", ELDER, "", N_PER, "ونفى", NEG),
            E(
                "elder_alibi",
                "رعاة «كانوا في مضاربهم على بعد ثلاثين كيلومترا» تلك الليلة",
                "مؤكدا",
                ELDER,
                N_PER,
                "مؤكدا",
            ),
            E("int7", "الحصيلة إلى ٧ قتلى و٣٢ جريحا", "وزارة الداخلية", "", ORG, "ورفعت"),
            E(
                "iom4",
                "أربعة من القتلى مهاجرون إثيوبيون كانوا فوق سطح العربات",
                "المنظمة الدولية للهجرة",
                "",
                ORG,
                "قالت",
            ),
            E(
                "pol_nomig",
                "وجود «أي مهاجر» على القطار",
                "مصدرا في الشرطة",
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
                via=[INDY],
            ),
            E("embassy5", "خمسة من القتلى إثيوبيون", "السفارة الإثيوبية", "", ORG, "وأعلنت"),
            E(
                "eth_comp",
                "ستصرف تعويضات لأسرهم",
                "وزارة النقل واللوجستيات الإثيوبية",
                "",
                ORG,
                "وقالت",
                OPT,
            ),
            E("gov400", "القطار كان مكتظا بـ«أكثر من ٤٠٠ راكب»", GOVERNOR, "", N_OFF, "وقال"),
            E("gov_overturn", "«عربتين انقلبتا بالكامل»", "مضيفا", GOVERNOR, N_OFF, "مضيفا"),
            E("driver_speed", "«التزم بالسرعة المحددة» عند المنعطف", DRIVER, "", N_PER, "وقال", via=[INDY]),
            E(
                "driver_impact",
                "شعر بـ«ارتطام قوي» قبل أن تنحرف القاطرة",
                DRIVER,
                "",
                N_PER,
                "وقال",
                via=[INDY],
            ),
            E(
                "inv_src62",
                "بيانات الصندوق الأسود تظهر أن القطار كان يسير بسرعة ٦٢ كيلومترا في الساعة في منعطف حدها فيه ٤٠",
                "مصدرا في لجنة التحقيق",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "min_echo",
                "القطار دخل المنعطف «بسرعة تفوق المسموح بها»",
                MINISTER,
                "",
                N_OFF,
                "قال",
                via=[SKY],
            ),
            E("edr_noletter", "تلقي أي رسالة من النقابة بشأن حالة المقطع", EDR, "", ORG, "ونفت", NEG),
            E("edr_resumed", "حركة القطارات «استؤنفت مساء الخميس»", "مؤكدة", EDR, ORG, "مؤكدة"),
            E("union_sg", "«الرسالة موجودة وسننشرها»", UNION_SG, "", N_OFF, "قال", DIRECT),
            E("fwd_closed", "الخط «لا يزال مغلقا»", FORWARDERS, "", ORG, "وقال"),
            E("fwd_60", "أكثر من ٦٠ حاوية عالقة في محطة نجاد", FORWARDERS, "", ORG, "وقال"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- al-Rustaq: the toll on Monday (4 recovered, 5 bodies in the hospital, "no fewer than six")
        ("r289.cd4", "r289.hosp5"),
        ("r289.hd", "r289.hosp5"),  # headline copy
        ("r289.cd4", "r289.shura6"),
        ("r289.hd", "r289.shura6"),
        # the crossing: closed by police patrols since 3 p.m. / barriers ignored vs open with no barrier
        ("r289.wali_closed", "r289.wit_open"),
        ("r289.wali_closed", "r289.wit_time"),  # cars crossing until the water came
        ("r289.wali_closed", "r290.surv_nobarrier"),
        ("r289.wali_closed", "r290.hd"),
        ("r290.pol_ignored", "r289.wit_open"),
        ("r290.pol_ignored", "r290.surv_nobarrier"),
        ("r290.pol_ignored", "r290.hd"),
        # when the flood reached the crossing: about six vs about five
        ("r289.wit_time", "r290.pol_5veh"),
        # the warning messages: "scattered rain" only vs a warning of wadi flows sent to every phone
        ("r289.res_sms", "r290.met_sms"),
        # the recharge dam: no collapse / water over the spillway as designed / intact vs a part collapsed, a gap
        ("r289.min_deny", "r289.shura_breach"),
        ("r289.min_spill", "r289.shura_breach"),
        ("r289.min_deny", "r290.shura_echo"),  # the Shura member's words recalled
        ("r289.min_spill", "r290.shura_echo"),
        ("r290.dg_intact", "r289.shura_breach"),
        ("r290.dg_intact", "r290.shura_echo"),
        ("r290.dg_intact", "r290.hydro_gap"),
        ("r289.min_deny", "r290.hydro_gap"),
        ("r289.min_spill", "r290.hydro_gap"),
        # cracks reported two years ago vs no report received
        ("r289.shura_warned", "r290.dg_noreport"),
        # vehicles swept away: at least 9 vs "five or six" / five
        ("r289.vol9", "r289.pol_src56"),
        ("r289.vol9", "r290.pol_5veh"),
        # workers in the minibus: nine vs five
        ("r290.surv9", "r290.pol_5w"),
        # who sent the minibus across: the supervisor's order vs the company's denial
        ("r290.surv_order", "r290.comp_deny"),
        # --- al-Jahra: cases on Saturday (87 vs more than 140), and 140 on Saturday vs 96 in all on Monday
        ("r291.moh87", "r291.hosp140"),
        ("r291.moh87", "r291.hd"),
        ("r291.hosp140", "r292.moh96"),
        ("r291.hd", "r292.moh96"),
        ("r292.hosp_echo", "r292.moh96"),  # the medical source's figure recalled
        ("r292.hosp_echo", "r291.moh87"),
        # critical cases / intensive care: none vs three in intensive care since Friday
        ("r291.moh_nocrit", "r291.hosp_icu3"),
        ("r291.moh_nocrit", "r292.nurse_icu"),
        ("r292.moh_noicu", "r291.hosp_icu3"),
        ("r292.moh_noicu", "r292.nurse_icu"),
        # the death: not linked to the poisoning vs complications of the poisoning / "first victim"
        ("r292.moh_unrelated", "r292.son_poison"),
        ("r292.hd", "r292.son_poison"),
        ("r292.moh_unrelated", "r292.mp_victim"),
        ("r292.hd", "r292.mp_victim"),
        ("r292.moh_chronic", "r292.son_noheart"),
        # the kitchen's record, licence and workers
        ("r291.pafn_viol", "r291.owner_noviol"),
        ("r291.mp_expired", "r292.moci_valid"),
        ("r291.int_nocert", "r292.lawyer_certs"),
        # the cause: the hall's tank water vs the tank not used / water within the standards
        ("r291.owner_water", "r291.hall_nowater"),
        ("r291.owner_water", "r292.muni_clean"),
        ("r292.owner_echo", "r291.hall_nowater"),  # the owner's words recalled
        ("r292.owner_echo", "r292.muni_clean"),
        # salmonella proved in the dishes vs doubt that the food was the source
        ("r292.lab_salm", "r292.lawyer_doubt"),
        # the samples: Friday morning from the fridges vs two days later from exposed leftovers
        ("r292.pafn_samples", "r292.lawyer_samples"),
        # timing: delivered at ten and served half an hour later vs arrived at six, served at eleven or later
        ("r291.owner_time", "r291.hall_arrive"),
        ("r291.owner_time", "r291.hall_serve11"),
        ("r291.owner_time", "r292.guest_midnight"),
        ("r291.owner_time", "r291.worker"),  # delivered at ten vs carried over before sunset
        # the guests: 600 invited vs no more than 450 present
        ("r291.guest200", "r291.hall_450"),
        # --- Holhol: the toll on Thursday (3, 5 bodies, "only two")
        ("r293.int3", "r293.hosp5"),
        ("r293.hd", "r293.hosp5"),
        ("r293.int3", "r293.edr2"),
        ("r293.hd", "r293.edr2"),
        ("r293.hosp5", "r293.edr2"),
        # the driver: killed vs survived and treated
        ("r293.edr2", "r293.eth_alive"),
        # speed: as scheduled / within the limit vs above the limit / 62 in a 40 bend
        ("r293.edr_speed", "r293.min_speed"),
        ("r293.edr_speed", "r294.min_echo"),  # the minister's words recalled
        ("r294.driver_speed", "r293.min_speed"),
        ("r294.driver_speed", "r294.min_echo"),
        ("r294.inv_src62", "r293.edr_speed"),
        ("r294.inv_src62", "r294.driver_speed"),
        # the coaches: stayed on the track vs two overturned
        ("r293.edr_coaches", "r293.pass_overturn"),
        ("r293.edr_coaches", "r294.gov_overturn"),
        # time of the derailment: about four vs about two
        ("r293.int_time", "r293.pass_time"),
        # passengers on board: 180 vs more than 400
        ("r293.edr_180", "r294.gov400"),
        # the union's letter: sent in May vs never received
        ("r293.union_letter", "r294.edr_noletter"),
        ("r294.union_sg", "r294.edr_noletter"),
        # migrants on the roofs among the dead vs no migrant on the train
        ("r293.ngo_migr", "r294.pol_nomig"),
        ("r294.iom4", "r294.pol_nomig"),
        # the three detainees: confessed vs no link, 30 km away that night
        ("r294.pol_confess", "r294.elder_deny"),
        ("r294.pol_confess", "r294.elder_alibi"),
        # the line: reopened on Thursday evening vs still closed
        ("r294.edr_resumed", "r294.fwd_closed"),
    ],
    "agreements": [
        ("r289.wit_open", "r290.surv_nobarrier"),  # no barrier at the crossing
        ("r289.shura6", "r290.cd6"),  # no fewer than six; six
        ("r289.shura_breach", "r290.hydro_gap"),  # a breach in the earth embankment
        ("r289.shura_breach", "r290.hydro_partial"),  # hedged: a partial collapse
        ("r291.hosp_icu3", "r292.nurse_icu"),  # three patients in intensive care
        ("r292.son_poison", "r292.mp_victim"),  # the death came from the poisoning
        ("r291.hall_serve11", "r292.guest_midnight"),  # dinner served late at night
        ("r291.hall_arrive", "r291.worker"),  # the food reached the hall around sunset
        ("r293.ngo_migr", "r294.iom4"),  # migrants on the roofs among the dead
        ("r293.pass_overturn", "r294.gov_overturn"),  # two coaches overturned
        ("r293.edr_bolts", "r294.pol_confess"),  # the rail fastenings were removed
        ("r293.edr_sab", "r294.pol_confess"),  # sabotage
        ("r293.edr_speed", "r294.driver_speed"),  # within the speed limit
        ("r293.union_letter", "r293.an_ballast"),  # ballast washed away on the section
    ],
    "echoes": [
        ("r289.shura_breach", "r290.shura_echo"),  # the Shura member's words to Atheer, recalled
        ("r291.owner_water", "r292.owner_echo"),  # the kitchen owner's words to Al-Qabas, recalled
        ("r291.hosp140", "r292.hosp_echo"),  # the medical source's figure in Al-Qabas, recalled
        ("r293.min_speed", "r294.min_echo"),  # the minister's words to Sky News Arabia, recalled
    ],
    "not_contradictions": [
        ("r289.cd4", "r290.cd6"),  # the same authority's toll rose from 4 to 6
        ("r289.hd", "r290.cd_missing"),  # 3 missing on Monday, 1 after two bodies were found
        ("r289.hosp5", "r289.shura6"),  # 5 bodies in one hospital by midnight vs at least 6 in all
        ("r289.met48", "r289.obs97"),  # two stations in different places
        ("r289.cd_year", "r289.cd4"),  # drowned in wadis since January vs this flood
        ("r289.pol_src56", "r290.pol_5veh"),  # "five or six" vs five
        ("r290.nakhal", "r290.cd6"),  # Nakhal vs al-Rustaq
        ("r289.shura_bus", "r290.embassy3"),  # four foreign workers vs three Bangladeshis among the dead
        ("r289.shura_bus", "r290.surv9"),  # four workers dead vs nine aboard
        ("r291.moh87", "r292.moh96"),  # the ministry's count rose from 87 to 96
        ("r291.moh87", "r291.guest200"),  # registered cases vs guests with symptoms
        ("r291.ems34", "r291.moh87"),  # carried by ambulance vs all cases
        ("r291.int4", "r292.pros2"),  # four held; two remanded and two released
        ("r292.expert_nosalm", "r292.lab_salm"),  # salmonella present vs not salmonella alone
        ("r291.pafn_close", "r292.moci_valid"),  # closed by the food authority vs a valid commercial licence
        ("r291.pafn_viol", "r292.moci_valid"),  # violations recorded vs licence valid
        ("r293.int3", "r294.int7"),  # the interior ministry's toll rose from 3 to 7
        ("r293.hosp5", "r294.int7"),  # 5 bodies by Thursday noon vs 7 dead by Saturday
        ("r293.embassy9", "r293.int3"),  # 9 Ethiopians among the 27 injured
        ("r294.iom4", "r294.embassy5"),  # 4 migrants vs 5 Ethiopians among the dead
        ("r293.edr_sab", "r293.union_neglect"),  # sabotage vs neglected maintenance: both can hold
        ("r293.min_early", "r294.pol_confess"),  # too early on Thursday vs confessions by Saturday
    ],
}

# Entries that restate another one (a headline, a recalled statement): counted apart by --stats.
COPIES = {
    "r289.hd",
    "r290.hd",
    "r290.shura_echo",
    "r291.hd",
    "r292.hd",
    "r292.owner_echo",
    "r292.hosp_echo",
    "r293.hd",
    "r294.hd",
    "r294.min_echo",
}

# The house style of each article: the outlet as its dateline names it, its digits, the month as it writes
# it, and the August 2029 days whose weekdays it names (the publication day included).
LAYOUT: dict[str, dict[str, Any]] = {
    "r289_rustaq_flood": {"tag": "«أثير»", "digits": "western", "month": "أغسطس", "days": (4, 5, 6)},
    "r290_rustaq_wadi": {"tag": "الجزيرة نت", "digits": "indic", "month": "أغسطس/آب", "days": (4, 6, 7)},
    "r291_jahra_poisoning": {"tag": "«القبس»", "digits": "indic", "month": "أغسطس", "days": (9, 10, 11)},
    "r292_jahra_wedding": {"tag": "«الراي»", "digits": "western", "month": "أغسطس", "days": (9, 10, 12, 13)},
    "r293_holhol_derailment": {
        "tag": "سكاي نيوز عربية",
        "digits": "western",
        "month": "أغسطس",
        "days": (16,),
    },
    "r294_holhol_train": {
        "tag": "إندبندنت عربية",
        "digits": "indic",
        "month": "أغسطس (آب)",
        "days": (15, 16, 18),
    },
}
PAIRS = [
    ("r289_rustaq_flood", "r290_rustaq_wadi"),
    ("r291_jahra_poisoning", "r292_jahra_wedding"),
    ("r293_holhol_derailment", "r294_holhol_train"),
]
STORY_NAMES = ("al-Rustaq", "al-Jahra", "Holhol")

WORDS = (320, 335)
ENTRIES = (20, 23)
TOTALS = {
    "contradictions": (60, 80),
    "agreements": (12, 10**6),
    "echoes": (3, 6),
    "not_contradictions": (17, 23),
}
WEEKDAYS = (
    "الاثنين",
    "الثلاثاء",
    "الأربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "الأحد",
)  # datetime.weekday() order
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
CUE_DISTANCE = 150


def number(name: str) -> str:
    return name.split("_", 1)[0]


def text_of(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def in_digits(n: int, kind: str) -> str:
    return str(n).translate(INDIC) if kind == "indic" else str(n)


def weekdays_named(text: str) -> set[str]:
    """Weekday names standing as words, alone or after و/ف/ب (so الأحداث is not الأحد)."""
    found = set()
    for word in re.findall(r"[\u0621-\u064a]+", text):
        for day in WEEKDAYS:
            if word == day or (word[:1] in "وفب" and word[1:] == day):
                found.add(day)
    return found


def check_layout() -> tuple[list[str], dict[str, int]]:
    """Every problem of the texts, and the word count of each."""
    problems, words = [], {}
    for name, art in ARTICLES.items():
        lay, text = LAYOUT[name], text_of(name)
        pub = dt.date.fromisoformat(art["published"])
        if "\r" in text or "\t" in text or "  " in text:
            problems.append(f"{name}: CR, tab or double space")
        if not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{name}: must end with exactly one newline")
        paras = text.rstrip("\n").split("\n\n")
        if any(not p.strip() or "\n" in p or p != p.strip() for p in paras):
            problems.append(f"{name}: paragraphs must be single non-empty lines separated by one blank line")
        if len(paras) < 3:
            problems.append(f"{name}: a headline and at least two paragraphs")
        words[name] = len(text.split())
        if not WORDS[0] <= words[name] <= WORDS[1]:
            problems.append(f"{name}: {words[name]} words, not {WORDS[0]}-{WORDS[1]}")
        if len(paras) > 1:
            head = paras[1].split(":", 1)[0]
            day = f"{WEEKDAYS[pub.weekday()]} {in_digits(pub.day, lay['digits'])} {lay['month']} "
            day += in_digits(pub.year, lay["digits"])
            if ":" not in paras[1] or lay["tag"] not in head or day not in head:
                problems.append(
                    f"{name}: the second paragraph must open with a dateline naming {lay['tag']} and {day}"
                )
        western, indic = re.search(r"[0-9]", text), re.search(r"[٠-٩]", text)
        if re.search(r"[۰-۹]", text):
            problems.append(f"{name}: Persian digits")
        if lay["digits"] == "western" and (indic or not western):
            problems.append(f"{name}: must use Western digits only")
        if lay["digits"] == "indic" and (western or not indic):
            problems.append(f"{name}: must use Arabic-Indic digits only")
        dates = [dt.date(2029, 8, d) for d in lay["days"]]
        if pub not in dates or any(d > pub for d in dates):
            problems.append(f"{name}: the declared days must include the publication day and none after it")
        declared = [WEEKDAYS[d.weekday()] for d in dates]
        if len(set(declared)) != len(declared):
            problems.append(f"{name}: two declared days share a weekday")
        named = weekdays_named(text)
        if named != set(declared):
            problems.append(f"{name}: weekdays named {sorted(named)} but declared {sorted(declared)}")
        for m in re.finditer(r"اليوم\s+([\u0621-\u064a]+)", text):
            if m.group(1) in WEEKDAYS and m.group(1) != WEEKDAYS[pub.weekday()]:
                problems.append(f"{name}: «اليوم {m.group(1)}» is not the publication day")
    for a, b in PAIRS:
        gap = (
            dt.date.fromisoformat(ARTICLES[b]["published"]) - dt.date.fromisoformat(ARTICLES[a]["published"])
        ).days
        if gap not in (1, 2):
            problems.append(f"{a} / {b}: {gap} days apart, not one or two")
        if LAYOUT[a]["digits"] == LAYOUT[b]["digits"]:
            problems.append(f"{a} / {b}: both use {LAYOUT[a]['digits']} digits")
    return problems, words


def story_of(label: str) -> int:
    return next(i for i, pair in enumerate(PAIRS) if label.split(".")[0] in {number(n) for n in pair})


def check_counts() -> list[str]:
    """Every problem of the annotation."""
    problems, labels, optional = [], set(), set()
    if set(ARTICLES) != set(LAYOUT) or set(ARTICLES) != {n for pair in PAIRS for n in pair}:
        problems.append("ARTICLES, LAYOUT and PAIRS name different articles")
    for name, art in ARTICLES.items():
        n = len(art["entries"])
        if not ENTRIES[0] <= n <= ENTRIES[1]:
            problems.append(f"{name}: {n} entries, not {ENTRIES[0]}-{ENTRIES[1]}")
        for entry in art["entries"]:
            key = f"{number(name)}.{entry[0]}"
            labels.add(key)
            if entry[6].get("optional"):
                optional.add(key)
    for kind, pairs in RELATIONS.items():
        lo, hi = TOTALS[kind]
        if not lo <= len(pairs) <= hi:
            problems.append(f"{kind}: {len(pairs)}, outside {lo}-{hi}")
        for a, b in pairs:
            for x in (a, b):
                if x not in labels:
                    problems.append(f"{kind}: unknown label {x}")
                if x in optional:
                    problems.append(f"{kind}: optional entry {x} in a relation")
            if a in labels and b in labels and story_of(a) != story_of(b):
                problems.append(f"{kind}: {a} and {b} belong to different stories")
    if set(TOTALS) != set(RELATIONS):
        problems.append("RELATIONS must have exactly the four kinds")
    for x in COPIES - labels:
        problems.append(f"COPIES: unknown label {x}")
    return problems


def occurrences(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def warnings_of(gold: dict[str, Any]) -> list[str]:
    """Claims far from every occurrence of their cue, and channels (`via`) missing from the text."""
    out = []
    for art in gold["articles"]:
        text = text_of(art["id"])
        for row in art["attributions"]:
            gaps = [
                max(0, row["claim_start"] - (c + len(row["cue"])), c - row["claim_end"])
                for c in occurrences(text, row["cue"])
            ]
            if min(gaps) > CUE_DISTANCE:
                out.append(f"{row['id']}: claim {min(gaps)} characters from its cue {row['cue']}")
            for v in row["via"]:
                if v not in text:
                    out.append(f"{row['id']}: via {v} not in the text")
    return out


def print_stats(gold: dict[str, Any], words: dict[str, int]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("words:", ", ".join(f"{number(n)} {w}" for n, w in words.items()))
    print("entries:", ", ".join(f"{number(a['id'])} {len(a['attributions'])}" for a in gold["articles"]))
    print("attributions:", len(rows), "| optional:", sum(r["optional"] for r in rows))
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows),
        "| negated:",
        sum(r["polarity"] == "negated" for r in rows),
        "| with via:",
        sum(bool(r["via"]) for r in rows),
        "| with alt_types:",
        sum(bool(r["alt_types"]) for r in rows),
    )
    print("cues:", dict(Counter(r["cue"] for r in rows).most_common()))
    print("relations:", {k: len(v) for k, v in RELATIONS.items()})
    for i, story in enumerate(STORY_NAMES):
        per = {k: sum(story_of(a) == i for a, _ in v) for k, v in RELATIONS.items()}
        print(f"  {story}:", per)
    cross = {k: sum(a.split(".")[0] != b.split(".")[0] for a, b in v) for k, v in RELATIONS.items()}
    print("  across the two files of a pair:", cross)
    copies = [p for p in RELATIONS["contradictions"] if set(p) & COPIES]
    print(
        "  contradictions involving a copy:",
        len(copies),
        "| between originals:",
        len(RELATIONS["contradictions"]) - len(copies),
    )
    print("speakers found more than once in their article (occurrence taken, text after it):")
    for art in gold["articles"]:
        text = text_of(art["id"])
        for row in art["attributions"]:
            spots = occurrences(text, row["speaker"])
            if len(spots) > 1:
                taken = spots.index(row["speaker_start"]) + 1
                after = text[row["speaker_end"] : row["speaker_end"] + 30]
                print(f"  {row['id']} {row['speaker']}: {taken} of {len(spots)} -> {after}")


def main() -> None:
    stats = "--stats" in sys.argv[1:]
    problems, words = check_layout()
    print("check_layout:", "passed" if not problems else f"{len(problems)} problems")
    counts = check_counts()
    print("check_counts:", "passed" if not counts else f"{len(counts)} problems")
    for p in problems + counts:
        print("  ", p)
    if problems or counts:
        print("words:", ", ".join(f"{number(n)} {w}" for n, w in words.items()))
        raise SystemExit(1)
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    warnings = warnings_of(gold)
    if stats:
        print_stats(gold, words)
    for w in warnings:
        print("warning:", w)
    print("warnings:", len(warnings))
    if not stats:
        write(HERE, gold)


if __name__ == "__main__":
    main()
