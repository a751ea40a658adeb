"""Writes gold.json for the forty-fifth relations set (r265..r270) from the annotations below.

Run `python3 -B make_gold.py` from this folder (add `--stats` to print the tallies, word counts and checks
instead of writing). Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes
and checks every offset; check_layout checks the texts (layout, dateline, length, digits, April 2029 dates and
weekdays, the gap within each pair) and check_counts the annotation (entries per article, optional entries,
relations within one story, totals).
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
    MEDIA,
    N_OFF,
    N_PER,
    NEG,
    ORG,
    E,
    relations_gold,
    write,
)

# r265/r266: Tarhuna, a new mass grave
AUTH = "الهيئة العامة للبحث والتعرف على المفقودين"
SHTEWI = "المتحدث باسم الهيئة، نوري الشتيوي"
FARMER = "صاحب المزرعة، خليفة أبوعرقوب"
RC = "فرع جمعية الهلال الأحمر الليبي في ترهونة"
COUNCIL = "المجلس الاجتماعي لقبائل ترهونة"
TARSHANI = "رئيس رابطة ضحايا ترهونة، عبد الحكيم الطرشاني"
FARJANI = "أحد أعضاء الرابطة، ميلاد الفرجاني"
SEC265 = "مصدر أمني في ترهونة طلب عدم الكشف عن هويته"
LNA_SRC = "مصدر في القيادة العامة"
HADATH = "قناة «ليبيا الحدث»"
UNSMIL = "البعثة الأممية للدعم في ليبيا"
AG = "مكتب النائب العام الليبي"
BARKI = "الطبيب الشرعي في مستشفى ترهونة العام، هشام البركي"
MP_TAR = "النائب عن ترهونة في مجلس النواب، فتحي بن نصر"
SECDIR = "مدير أمن ترهونة، العميد الطاهر بوزقية"
FAQHI = "الباحث في الشأن الليبي عادل الفقهي"
ICC = "مكتب المدعي العام للمحكمة الجنائية الدولية"
# r267/r268: the military helicopter lost in the Palmyra desert
MOD = "وزارة الدفاع السورية"
SOHR = "المرصد السوري لحقوق الإنسان"
ISIS = "تنظيم «الدولة الإسلامية»"
MIL_SRC = "مصدر عسكري طلب عدم الكشف عن هويته"
MET = "المديرية العامة للأرصاد الجوية"
KHATIB = "الخبير العسكري، العقيد المتقاعد نزار الخطيب"
GAS_SRC = "مصدر في الشركة السورية للغاز"
HAMDAN = "المتحدث باسم الوزارة، العقيد ماهر الحمدان"
BROTHER = "شقيق الطيار، أحمد العبدالله"
# r269/r270: Najaf, the graduates' protest
HEALTH = "دائرة صحة النجف"
IHCHR = "المفوضية العليا لحقوق الإنسان"
SHIBLI = "قائد شرطة النجف، اللواء رعد كاظم الشبلي"
GHAZALI = "المتحدث باسم تنسيقية خريجي النجف، مصطفى جبار الغزالي"
KHAFAJI = "محافظ النجف، عباس نعمة الخفاجي"
OPS = "قيادة عمليات الفرات الأوسط"
MOI = "وزارة الداخلية العراقية"
RUBAIE = "عضو المفوضية العليا لحقوق الإنسان، سعد مهدي الربيعي"
COORD = "تنسيقية خريجي النجف"

ARTICLES: dict[str, dict[str, Any]] = {
    "r265_tarhuna_graves": {
        "outlet": "عين ليبيا",
        "published": "2029-04-03",
        "entries": [
            E("hd", "انتشال 17 جثة من مقبرة جماعية جديدة في ترهونة", "هيئة المفقودين", AUTH, ORG, ":", HEAD),
            E(
                "auth17",
                "انتشال 17 جثة من مقبرة جماعية عثر عليها صباح الاثنين داخل مزرعة في منطقة مشروع الربط جنوب شرقي ترهونة",
                AUTH,
                "",
                ORG,
                "أعلنت",
            ),
            E("auth_bound", "عددا من الضحايا وجدوا مكبلي الأيدي ومعصوبي الأعين", "موضحة", AUTH, ORG, "موضحة"),
            E("shtewi_civil", "الجثث كلها كانت بملابس مدنية", SHTEWI, "", N_OFF, "وقال", via=["عين ليبيا"]),
            E("shtewi_women", "بينها جثتي امرأتين", SHTEWI, "", N_OFF, "وقال", via=["عين ليبيا"]),
            E(
                "shtewi_kaniyat",
                "يكون الدفن جرى خلال سيطرة ميليشيا «الكانيات» على المدينة بين عامي 2019 و2020",
                "مرجحا",
                SHTEWI,
                N_OFF,
                "مرجحا",
                via=["عين ليبيا"],
            ),
            E(
                "farmer_chance",
                "كنت أحفر بئرا لري أشجار الزيتون حين ظهرت العظام مصادفة، فأبلغت الشرطة فورا",
                FARMER,
                "",
                N_PER,
                "وقال",
                DIRECT,
            ),
            E("rc11", "الحفرة لم تضم سوى 11 جثة", RC, "", ORG, "أكد"),
            E("council_deny", "أي صلة لـ«الكانيات» بالمقبرة", COUNCIL, "", ORG, "نفى", NEG),
            E(
                "council_after",
                "الرفات تعود لأبناء المدينة الذين قتلوا على أيدي تشكيلات موالية لحكومة الوفاق بعد دخولها ترهونة في يونيو 2020",
                "معتبرا",
                COUNCIL,
                ORG,
                "معتبرا",
            ),
            E(
                "council_uniform",
                "بعض الجثث «ما زالت عليها بقايا بزات عسكرية»",
                "البيان",
                COUNCIL,
                ORG,
                "وأشار",
                alt_types=[DOC],
            ),
            E(
                "assoc_kaniyat",
                "واحدة من حفر كثيرة أخفت فيها الكانيات جرائمها",
                TARSHANI,
                "",
                N_OFF,
                "ووصف",
                alt_types=[N_PER],
            ),
            E(
                "assoc_politics",
                "رواية المجلس «محاولة مكشوفة لتبرئة القتلة»",
                "مضيفا",
                TARSHANI,
                N_OFF,
                "مضيفا",
                alt_types=[N_PER],
            ),
            E(
                "relative_recog",
                "تعرف على ملابس شقيقه المفقود منذ نوفمبر 2019 بين الرفات",
                FARJANI,
                "",
                N_PER,
                "وقال",
            ),
            E(
                "ag_site",
                "فريقا من النيابة والطب الشرعي باشر معاينة الموقع",
                "مكتب النائب العام",
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "sec_tamper",
                "قوة أمنية أرسلت لحراسة المزرعة بعد محاولة مجهولين طمس معالم الحفرة مساء الاثنين",
                SEC265,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "lna_politics",
                "حكومة طرابلس «توظف المقابر في معاركها السياسية»",
                LNA_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[HADATH],
            ),
            E(
                "lna_deny",
                "تكون لقوات القيادة أي علاقة بمجموعة الكاني",
                "نافيا",
                LNA_SRC,
                A_OFF,
                "نافيا",
                ANON,
                NEG,
                via=[HADATH],
            ),
            E("unsmil_doc", "وثقت عام 2020 «انتهاكات جسيمة» في ترهونة", UNSMIL, "", ORG, "ذكّرت"),
            E(
                "auth_total",
                "ما انتشلته من رفات في ترهونة ومحيطها منذ يونيو 2020 تجاوز 370 جثة",
                "الهيئة",
                AUTH,
                ORG,
                "وتقول",
            ),
            E("auth_missing", "لا يزال مصير نحو 150 مفقودا من المدينة مجهولا", "الهيئة", AUTH, ORG, "وتقول"),
        ],
    },
    "r266_tarhuna_forensics": {
        "outlet": "الجزيرة نت",
        "published": "2029-04-05",
        "entries": [
            E(
                "hd",
                "موقع مقبرة ترهونة حدد باعترافات عنصر سابق في «الكانيات»",
                "النائب العام الليبي",
                AG,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "ag_confess",
                "فرق الحفر توجهت إلى مزرعة مشروع الربط في ترهونة صباح الاثنين بناء على اعترافات أدلى بها عنصر سابق في ميليشيا «الكانيات» موقوف منذ فبراير الماضي",
                AG,
                "",
                ORG,
                "قال",
            ),
            E("ag_warrants", "أمر بضبط ثلاثة مشتبه بهم آخرين فروا من المدينة", "مضيفا", AG, ORG, "مضيفا"),
            E("auth23", "انتهاء أعمال الانتشال بعد استخراج ٢٣ جثة بينها رفات طفل", AUTH, "", ORG, "وأعلنت"),
            E("auth_dna", "عينات الحمض النووي أخذت من جميع الرفات", "مشيرة", AUTH, ORG, "مشيرة"),
            E(
                "shtewi_6id",
                "ست جثث جرى التعرف على أصحابها حتى الآن",
                SHTEWI,
                "",
                N_OFF,
                "وأوضح",
                via=["الجزيرة نت"],
            ),
            E(
                "shtewi_abducted",
                "من سكان المدينة الذين اختطفتهم «الكانيات» في سبتمبر ٢٠١٩",
                SHTEWI,
                "",
                N_OFF,
                "وأوضح",
                via=["الجزيرة نت"],
            ),
            E(
                "assoc_noid",
                "أي جثة من المقبرة الجديدة «لم يتعرف عليها بعد»",
                TARSHANI,
                "",
                N_OFF,
                "أكد",
                alt_types=[N_PER],
            ),
            E(
                "assoc_civil",
                "الضحايا جميعهم «مدنيون اقتيدوا من بيوتهم»",
                TARSHANI,
                "",
                N_OFF,
                "أكد",
                alt_types=[N_PER],
            ),
            E(
                "doc_tied",
                "أيدي تسعة من الضحايا كانت مقيدة بأسلاك معدنية",
                BARKI,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
            ),
            E("doc_civil", "الرفات وجدت بملابس مدنية", BARKI, "", N_OFF, "وقال", alt_types=[N_PER]),
            E(
                "doc_9yrs",
                "الدفن جرى قبل تسع سنوات على الأقل",
                "مقدرا",
                BARKI,
                N_OFF,
                "مقدرا",
                alt_types=[N_PER],
            ),
            E("council_deny_echo", "أي صلة لـ«الكانيات» بالمقبرة", COUNCIL, "", ORG, "قد نفى", NEG),
            E(
                "council_fighters",
                "بين القتلى «مقاتلين من أبناء ترهونة سقطوا في معارك جنوب طرابلس»",
                "ليؤكد",
                COUNCIL,
                ORG,
                "ليؤكد",
            ),
            E(
                "mp_after",
                "الضحايا «قتلوا بعد يونيو ٢٠٢٠ على أيدي القوات التي دخلت المدينة»",
                MP_TAR,
                "",
                N_OFF,
                "وذهب",
            ),
            E("mp_selective", "الهيئة بـ«الانتقائية»", "متهما", MP_TAR, N_OFF, "متهما"),
            E(
                "neighbor_chance",
                "العظام «ظهرت صدفة حين حفر صاحب الأرض بئرا»",
                "أحد جيران المزرعة",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=["الجزيرة نت"],
            ),
            E("secdir_deny", "يكون أحد قد حاول العبث بالموقع", SECDIR, "", N_OFF, "نفى", NEG),
            E("secdir_guard", "الحراسة فرضت عليه «منذ الساعة الأولى»", "مؤكدا", SECDIR, N_OFF, "مؤكدا"),
            E(
                "an_lna",
                "«الكانيات» قاتلت «ضمن قوات القيادة العامة» خلال الهجوم على طرابلس عام ٢٠١٩",
                FAQHI,
                "",
                N_PER,
                "ويرى",
            ),
            E("icc", "«جرائم ترهونة» ما زالت ضمن تحقيقاته في ليبيا", ICC, "", ORG, "وأكد"),
        ],
    },
    "r267_palmyra_helicopter": {
        "outlet": "عنب بلدي",
        "published": "2029-04-15",
        "entries": [
            E(
                "hd",
                "صاروخ حراري أسقط المروحية العسكرية في بادية تدمر",
                "المرصد السوري",
                SOHR,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "mod4",
                "مقتل أفراد طاقم مروحية عسكرية الأربعة إثر سقوطها مساء السبت في البادية شرقي مدينة تدمر",
                MOD,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "mod_fault",
                "«عطل فني» تزامن مع عاصفة رملية خلال مهمة تدريبية ليلية",
                "مرجعة",
                MOD,
                ORG,
                "مرجعة",
            ),
            E("mod_40km", "المروحية سقطت على بعد 40 كيلومترا شرق المدينة", "الوزارة", MOD, ORG, "وأوضحت"),
            E(
                "mod_allbodies",
                "فرق البحث التابعة لها انتشلت جثث أفراد الطاقم كاملة صباح اليوم الأحد",
                "الوزارة",
                MOD,
                ORG,
                "وأوضحت",
            ),
            E(
                "sohr_missile",
                "عناصر من تنظيم «الدولة الإسلامية» أسقطوا المروحية بصاروخ حراري محمول على الكتف",
                SOHR,
                "",
                ORG,
                "قال",
            ),
            E("sohr7", "القتلى سبعة بينهم ضابط برتبة عميد", "مشيرا", SOHR, ORG, "مشيرا"),
            E("sohr_missing", "أحد من كانوا على متنها «لا يزال مفقودا»", "مشيرا", SOHR, ORG, "مشيرا"),
            E(
                "isis_down",
                "مقاتليه أسقطوا «مروحية للجيش المرتد» قرب حقل الشاعر للغاز شمال غربي تدمر",
                "التنظيم",
                ISIS,
                ORG,
                "وزعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "shep_flash",
                "شاهدوا «وميضا» ينطلق من الأرض قبل أن تشتعل المروحية وتهوي",
                "رعاة أغنام من المنطقة",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=["عنب بلدي"],
            ),
            E(
                "mil_supply",
                "المروحية كانت تنقل ذخائر إلى نقطة للجيش قرب حقل الشاعر، «لا في مهمة تدريب»",
                MIL_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("met_clear", "الرؤية في بادية حمص كانت «جيدة» مساء السبت", MET, "", ORG, "وذكرت"),
            E("met_wind", "الرياح كانت خفيفة", MET, "", ORG, "وذكرت"),
            E("homs5", "مشفى تدمر الوطني تسلم خمس جثث", "مديرية صحة حمص", "", ORG, "وأفادت"),
            E(
                "cd4",
                "فرقها وصلت إلى الموقع فجر الأحد وانتشلت أربع جثث من بين الحطام",
                "وزارة الطوارئ وإدارة الكوارث",
                "",
                ORG,
                "قالت",
            ),
            E("an_nomanpads", "التنظيم «لا يملك صواريخ حرارية» في البادية", KHATIB, "", N_PER, "ويرى"),
            E(
                "an_age",
                "معظم المروحيات الروسية الصنع في الخدمة «تجاوزت عمرها الافتراضي»",
                "لافتا",
                KHATIB,
                N_PER,
                "لافتا",
            ),
            E(
                "net_russians",
                "وجود خبيرين روسيين على متن المروحية",
                "شبكة «فرات بوست» المحلية",
                "",
                MEDIA,
                "وتحدثت",
            ),
            E(
                "local_cordon",
                "وحدات من الجيش طوقت موقع الحطام منذ ساعات الصباح الأولى ومنعت الأهالي والصحفيين من الاقتراب",
                "مسؤول محلي في تدمر",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "sohr_attacks12",
                "12 هجوما للتنظيم في البادية منذ مطلع العام، استهدف معظمها نقاطا عسكرية",
                "المرصد",
                SOHR,
                ORG,
                "قد أحصى",
            ),
        ],
    },
    "r268_palmyra_crew": {
        "outlet": "القدس العربي",
        "published": "2029-04-16",
        "entries": [
            E("hd", "المروحية العسكرية سقطت قرب حقل الشاعر", GAS_SRC, "", A_OFF, ":", HEAD, ANON),
            E(
                "mod5",
                "حصيلة قتلى المروحية العسكرية التي سقطت مساء السبت في بادية تدمر إلى خمسة، بعد العثور على جثة خامسة قرب الحطام",
                MOD,
                "",
                ORG,
                "رفعت",
            ),
            E(
                "spk_tech",
                "الجثة الخامسة تعود لفني صيانة كان يرافق الطاقم",
                HAMDAN,
                "",
                N_OFF,
                "وقال",
                via=["القدس العربي"],
            ),
            E(
                "spk_norussian",
                "وجود أي مواطن روسي على متن المروحية",
                "نافيا",
                HAMDAN,
                N_OFF,
                "نافيا",
                NEG,
                via=["القدس العربي"],
            ),
            E(
                "mod_committee",
                "لجنة فنية شكلت الأحد للتحقيق في أسباب الحادث",
                "وأضاف",
                HAMDAN,
                N_OFF,
                "وأضاف",
            ),
            E(
                "sohr8",
                "الحصيلة إلى ثمانية، بعد العثور على جثة الطيار المفقود على بعد ثلاثة كيلومترات من موقع السقوط",
                SOHR,
                "",
                ORG,
                "رفع",
            ),
            E("sohr_2brig", "بين القتلى ضابطين برتبة عميد", "مؤكدا", SOHR, ORG, "مؤكدا"),
            E("sohr19", "١٩ هجوما للتنظيم في البادية منذ مطلع العام", "المرصد", SOHR, ORG, "وأحصى"),
            E(
                "gas_near",
                "عمالا في حقل الشاعر شاهدوا المروحية «تهوي مشتعلة» على بعد كيلومترات قليلة من الحقل، شمال غربي تدمر",
                GAS_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "res_twoblasts",
                "سمعوا انفجارين متتاليين، أولهما في الجو",
                "سكان في تدمر",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E(
                "met_echo",
                "الرؤية مساء السبت كانت «جيدة» في البادية",
                MET,
                "",
                ORG,
                "ونقل",
                via=["موقع «عنب بلدي»"],
            ),
            E("isis_video", "يظهر لحظة استهداف المروحية بصاروخ", ISIS, "", ORG, "قال"),
            E(
                "an2_stole",
                "التنظيم استولى على صواريخ محمولة على الكتف من مستودعات الجيش السابق أواخر ٢٠٢٤",
                "الباحث في الشؤون العسكرية رامي الحسن",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "brother_supply",
                "أخي أبلغني قبل الإقلاع أنه ذاهب في مهمة إمداد إلى نقطة قرب حقل الشاعر",
                BROTHER,
                "",
                N_PER,
                "وقال",
                DIRECT,
                via=["القدس العربي"],
            ),
            E(
                "brother_maint",
                "المروحية «خرجت من الصيانة قبل أسبوع فقط»",
                "مضيفا",
                BROTHER,
                N_PER,
                "مضيفا",
                via=["القدس العربي"],
            ),
            E(
                "gov_t4",
                "الحطام نقل إلى مطار التيفور العسكري لفحصه",
                "محافظ حمص، وليد الحاج يحيى",
                "",
                N_OFF,
                "وأعلن",
            ),
            E(
                "af_ground",
                "وقف طلعات المروحيات من الطراز نفسه حتى انتهاء الفحص الفني",
                "قيادة القوات الجوية",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "sarc",
                "متطوعيها نقلوا الجثامين إلى مدينة حمص",
                "منظمة الهلال الأحمر العربي السوري",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "med_charred",
                "الجثث «متفحمة بالكامل»",
                "مصدر طبي في مشفى حمص العسكري",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "centcom",
                "قواتها قتلت، الأحد، قياديا في التنظيم بغارة قرب حقل الشاعر",
                "القيادة المركزية الأميركية",
                "",
                ORG,
                "قالت",
            ),
        ],
    },
    "r269_najaf_graduates": {
        "outlet": "المدى",
        "published": "2029-04-24",
        "entries": [
            E(
                "hd",
                "قتيل و٢٣ جريحا في تفريق تظاهرة الخريجين أمام مبنى المحافظة",
                "صحة النجف",
                HEALTH,
                ORG,
                ":",
                HEAD,
            ),
            E("health1", "مقتل متظاهر وإصابة ٢٣ آخرين، بينهم ستة من منتسبي الأمن", HEALTH, "", ORG, "أعلنت"),
            E(
                "health_bullet",
                "القتيل وصل إلى مستشفى الحكيم العام مصابا بطلق ناري في الصدر",
                "موضحة",
                HEALTH,
                ORG,
                "موضحة",
            ),
            E("ihchr3", "فرقها الميدانية وثقت سقوط ثلاثة قتلى وأكثر من ٤٠ جريحا", IHCHR, "", ORG, "قالت"),
            E("police_deny", "تكون قواته قد استخدمت الرصاص الحي", SHIBLI, "", N_OFF, "نفى", NEG),
            E(
                "police_infiltr",
                "«مندسين» أضرموا النار في بوابة المبنى ورشقوا عناصر الأمن بقنابل المولوتوف",
                "مؤكدا",
                SHIBLI,
                N_OFF,
                "مؤكدا",
            ),
            E("police_300", "عدد المحتجين بما «لا يزيد على ٣٠٠ شخص»", "ومقدرا", SHIBLI, N_OFF, "ومقدرا"),
            E("police_14", "١٤ منتسبا أصيبوا بحروق وكدمات", "الشبلي", SHIBLI, N_OFF, "وقال"),
            E(
                "coord_peace",
                "التظاهرة «كانت سلمية من أولها إلى آخرها»",
                GHAZALI,
                "",
                N_OFF,
                "وقال",
                via=["المدى"],
            ),
            E(
                "coord_gas_fire",
                "الحريق شب حين سقطت قنبلة غاز على إطارات قديمة قرب البوابة",
                GHAZALI,
                "",
                N_OFF,
                "وقال",
                via=["المدى"],
            ),
            E(
                "coord_live",
                "عناصر مكافحة الشغب أطلقوا الرصاص الحي «بشكل مباشر على الصدور»",
                "مؤكدا",
                GHAZALI,
                N_OFF,
                "مؤكدا",
                via=["المدى"],
            ),
            E("coord_40k", "في المحافظة أكثر من ٤٠ ألف خريج بلا عمل", "وأضاف", GHAZALI, N_OFF, "وأضاف"),
            E("wit_3000", "عدد المشاركين بأكثر من ثلاثة آلاف", "شهود عيان", "", A_SRC, "وقدر", ANON),
            E("gov_met", "استقبل وفدا من المتظاهرين صباح الاثنين", KHAFAJI, "", N_OFF, "وقال"),
            E("gov_1500", "المحافظة ستوفر ١٥٠٠ فرصة عمل بعقود خلال أسابيع", KHAFAJI, "", N_OFF, "وقال"),
            E(
                "prot_refused",
                "المحافظ رفض استقبال ممثليهم",
                "متظاهرين",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=["المدى"],
            ),
            E(
                "prot_doors",
                "أبواب المبنى «أغلقت في وجوههم»",
                "متظاهرين",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=["المدى"],
            ),
            E("gov_march", "بتعيين ألف خريج قبل نهاية العام", "الخفاجي", KHAFAJI, N_OFF, "قد تعهد"),
            E(
                "ops_curfew",
                "حظرا للتجوال في مركز المدينة من التاسعة مساء الاثنين «حتى إشعار آخر»",
                OPS,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "sec_3",
                "ثلاثة ضباط من قوات حفظ القانون أحيلوا إلى التحقيق بأمر من وزير الداخلية",
                "مصدر أمني طلب عدم الكشف عن هويته",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "pm_72",
                "لجنة تحقيق عليا ستعلن نتائجها خلال ٧٢ ساعة",
                "المكتب الإعلامي لرئيس الوزراء",
                "",
                ORG,
                "قال",
            ),
        ],
    },
    "r270_najaf_curfew": {
        "outlet": "شفق نيوز",
        "published": "2029-04-26",
        "entries": [
            E("hd", "توقيف ضابط أطلق النار على متظاهري النجف", "الداخلية العراقية", MOI, ORG, ":", HEAD),
            E(
                "moi_officer",
                "توقيف نقيب في قوات حفظ القانون «أطلق النار من سلاحه الشخصي» خلال تفريق تظاهرة الخريجين",
                MOI,
                "",
                ORG,
                "أعلنت",
            ),
            E("moi_individual", "تصرف «بشكل فردي ومن دون أوامر»", "مؤكدة", MOI, ORG, "مؤكدة"),
            E(
                "health2",
                "حصيلة الضحايا إلى قتيلين و31 جريحا، بعد وفاة شاب في العشرين من عمره متأثرا بجروحه مساء الثلاثاء",
                HEALTH,
                "",
                ORG,
                "ورفعت",
            ),
            E(
                "forensic_gas",
                "القتيل الأول توفي بإصابة مباشرة من قنبلة غاز في الرأس، لا بطلق ناري",
                "مصدر في دائرة الطب العدلي بالنجف",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["شفق نيوز"],
            ),
            E("family_sniper", "«رصاصة قناص» استقرت في صدره", "عائلته", "", A_SRC, "أصرت", ANON),
            E(
                "police_echo",
                "تكون قواته استخدمت الرصاص الحي",
                SHIBLI,
                "",
                N_OFF,
                "نفيه",
                NEG,
                via=["صحيفة «المدى»"],
            ),
            E(
                "ihchr_multi",
                "فرق المفوضية وثقت «إطلاق نار من أكثر من عنصر أمني»",
                RUBAIE,
                "",
                N_OFF,
                "قال",
                via=["شفق نيوز"],
            ),
            E("ihchr_three", "عدد القتلى «ثلاثة لا اثنان»", RUBAIE, "", N_OFF, "قال", via=["شفق نيوز"]),
            E(
                "mp_scapegoat",
                "النقيب الموقوف كبش فداء لحماية القادة الذين أصدروا أوامر إطلاق النار",
                "عضو لجنة حقوق الإنسان النيابية، النائب كاظم حسن العبودي",
                "",
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E(
                "hosp_9",
                "المستشفى استقبل تسعة مصابين بطلقات نارية",
                "مدير مستشفى الحكيم العام، الدكتور حسنين عبد الرضا",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "gov_2000",
                "الحكومة المحلية أقرت تعيين 2000 خريج بعقود",
                KHAFAJI,
                "",
                N_OFF,
                "وقال",
                via=["شفق نيوز"],
            ),
            E(
                "gov_fin_ok",
                "وزارة المالية وافقت على تمويلها",
                "مؤكدا",
                KHAFAJI,
                N_OFF,
                "مؤكدا",
                via=["شفق نيوز"],
            ),
            E(
                "gov_released",
                "جميع الموقوفين من المتظاهرين أطلق سراحهم",
                "ومضيفا",
                KHAFAJI,
                N_OFF,
                "ومضيفا",
                via=["شفق نيوز"],
            ),
            E(
                "fin_deny",
                "تلقي أي طلب من محافظة النجف بشأن عقود جديدة",
                "وزارة المالية",
                "",
                ORG,
                "نفت",
                NEG,
            ),
            E("bar_17", "17 متظاهرا ما زالوا محتجزين", "نقابة المحامين في النجف", "", ORG, "قالت"),
            E("coord_suspend", "تعليق التظاهرات ثلاثة أيام «حدادا»", COORD, "", ORG, "أعلنت"),
            E(
                "coord_nomeeting",
                "المحافظ بـ«الكذب» بشأن لقاء «لم يحدث» مع وفدها",
                "متهمة",
                COORD,
                ORG,
                "متهمة",
            ),
            E(
                "prov_molotov",
                "حريق البوابة اندلع بفعل «قنابل مولوتوف» ألقاها ملثمون",
                "مصدر في ديوان المحافظة",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("ops_lift", "رفع حظر التجوال صباح الأربعاء", OPS, "", ORG, "وأعلنت"),
            E("planning14", "نسبة البطالة في النجف بنحو 14 في المئة", "وزارة التخطيط", "", ORG, "تقدر"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Tarhuna: how many bodies the grave held (same day)
        ("r265.auth17", "r265.rc11"),
        ("r265.hd", "r265.rc11"),  # headline copy
        # buried under the Kaniyat in 2019-2020 / abducted by them vs no link to them / killed after June 2020
        ("r265.shtewi_kaniyat", "r265.council_deny"),
        ("r265.assoc_kaniyat", "r265.council_deny"),
        ("r265.shtewi_kaniyat", "r265.council_after"),
        ("r265.assoc_kaniyat", "r265.council_after"),
        ("r266.council_deny_echo", "r265.shtewi_kaniyat"),  # the council's Monday denial, recalled
        ("r266.council_deny_echo", "r265.assoc_kaniyat"),
        ("r266.shtewi_abducted", "r265.council_deny"),
        ("r266.shtewi_abducted", "r266.council_deny_echo"),
        ("r266.shtewi_abducted", "r265.council_after"),
        ("r266.mp_after", "r265.shtewi_kaniyat"),
        ("r266.mp_after", "r265.assoc_kaniyat"),
        ("r266.mp_after", "r266.shtewi_abducted"),
        ("r266.doc_9yrs", "r265.council_after"),  # buried before April 2020 vs killed after June 2020
        ("r266.doc_9yrs", "r266.mp_after"),
        # all in civilian clothes vs remnants of military uniforms; civilians vs fighters
        ("r265.shtewi_civil", "r265.council_uniform"),
        ("r266.doc_civil", "r265.council_uniform"),
        ("r266.council_fighters", "r266.assoc_civil"),
        # found by chance while digging a well vs located through a detainee's confessions
        ("r266.ag_confess", "r265.farmer_chance"),
        ("r266.ag_confess", "r266.neighbor_chance"),
        ("r266.hd", "r265.farmer_chance"),
        ("r266.hd", "r266.neighbor_chance"),
        # six identified vs none identified
        ("r266.shtewi_6id", "r266.assoc_noid"),
        # no relation of the General Command with the Kani group vs the Kaniyat fought within its forces
        ("r265.lna_deny", "r266.an_lna"),
        # an attempt to erase the site, guards sent afterwards vs no attempt, guarded from the first hour
        ("r265.sec_tamper", "r266.secdir_deny"),
        ("r265.sec_tamper", "r266.secdir_guard"),
        # --- Palmyra: a technical fault in a sandstorm vs shot down from the ground
        ("r267.mod_fault", "r267.hd"),
        ("r267.mod_fault", "r267.sohr_missile"),
        ("r267.mod_fault", "r267.isis_down"),
        ("r267.mod_fault", "r267.shep_flash"),
        ("r267.mod_fault", "r268.isis_video"),
        # ISIS has no heat-seeking missiles vs a heat-seeking missile / it seized shoulder-fired missiles
        ("r267.an_nomanpads", "r267.hd"),
        ("r267.an_nomanpads", "r267.sohr_missile"),
        ("r267.an_nomanpads", "r268.an2_stole"),
        # the sandstorm vs good visibility and light wind
        ("r267.met_clear", "r267.mod_fault"),
        ("r267.met_wind", "r267.mod_fault"),
        ("r268.met_echo", "r267.mod_fault"),  # the met office retold through Enab Baladi
        # a training mission vs carrying ammunition / supplies
        ("r267.mil_supply", "r267.mod_fault"),
        ("r268.brother_supply", "r267.mod_fault"),
        # 40 km east of Palmyra vs near al-Sha'er field, north-west of Palmyra
        ("r267.mod_40km", "r267.isis_down"),
        ("r267.mod_40km", "r268.gas_near"),
        ("r267.mod_40km", "r268.hd"),
        # all crew bodies recovered vs one still missing
        ("r267.mod_allbodies", "r267.sohr_missing"),
        # tolls
        ("r267.mod4", "r267.sohr7"),
        ("r267.mod4", "r267.homs5"),  # four killed vs five bodies received
        ("r267.sohr7", "r268.mod5"),  # seven on Sunday vs five on Monday
        ("r268.sohr8", "r268.mod5"),
        # Russians aboard vs the denial
        ("r267.net_russians", "r268.spk_norussian"),
        # --- Najaf: the toll
        ("r269.health1", "r269.ihchr3"),
        ("r269.hd", "r269.ihchr3"),
        ("r270.health2", "r269.ihchr3"),  # three on Monday vs two on Thursday
        ("r270.health2", "r270.ihchr_three"),
        ("r269.police_14", "r269.health1"),  # 14 policemen vs six of the security forces injured
        # how the first protester died
        ("r269.health_bullet", "r270.forensic_gas"),
        ("r270.family_sniper", "r270.forensic_gas"),
        # no live ammunition vs live fire by the security forces
        ("r269.police_deny", "r269.coord_live"),
        ("r269.police_deny", "r270.moi_officer"),
        ("r269.police_deny", "r270.hd"),
        ("r269.police_deny", "r270.ihchr_multi"),
        ("r270.police_echo", "r269.coord_live"),  # the denial retold through Al-Mada
        ("r270.police_echo", "r270.moi_officer"),
        ("r270.police_echo", "r270.hd"),
        ("r270.police_echo", "r270.ihchr_multi"),
        # one officer acting alone vs several shooters / orders from commanders
        ("r270.moi_individual", "r270.ihchr_multi"),
        ("r270.moi_individual", "r270.mp_scapegoat"),
        ("r270.moi_individual", "r269.coord_live"),  # riot police (plural) fired live rounds
        # the fire at the gate: Molotovs by infiltrators vs a gas canister on tyres; peaceful or not
        ("r269.police_infiltr", "r269.coord_gas_fire"),
        ("r270.prov_molotov", "r269.coord_gas_fire"),
        ("r269.police_infiltr", "r269.coord_peace"),
        ("r270.prov_molotov", "r269.coord_peace"),
        # crowd size
        ("r269.police_300", "r269.wit_3000"),
        # the governor met a delegation vs refused / never happened
        ("r269.gov_met", "r269.prot_refused"),
        ("r269.gov_met", "r270.coord_nomeeting"),
        # funding approved vs no request received; all released vs 17 still held
        ("r270.gov_fin_ok", "r270.fin_deny"),
        ("r270.gov_released", "r270.bar_17"),
    ],
    "agreements": [
        ("r265.shtewi_civil", "r266.doc_civil"),  # civilian clothes
        ("r265.auth_bound", "r266.doc_tied"),  # hands tied
        ("r265.shtewi_kaniyat", "r265.assoc_kaniyat"),  # the Kaniyat's doing
        ("r265.council_after", "r266.mp_after"),  # killed after June 2020
        ("r265.farmer_chance", "r266.neighbor_chance"),  # found by chance while digging a well
        ("r267.mod4", "r267.cd4"),  # four dead / four bodies
        ("r267.homs5", "r268.mod5"),  # five dead
        ("r267.isis_down", "r268.gas_near"),  # near al-Sha'er, north-west of Palmyra
        ("r267.mil_supply", "r268.brother_supply"),  # a supply flight near al-Sha'er
        ("r267.sohr_missile", "r267.shep_flash"),  # fired on from the ground
        ("r270.ihchr_multi", "r269.coord_live"),  # security men fired live rounds
        ("r270.moi_officer", "r269.coord_live"),
        ("r269.prot_refused", "r270.coord_nomeeting"),  # no meeting with the governor
        ("r269.police_infiltr", "r270.prov_molotov"),  # Molotovs set the gate on fire
        ("r269.health_bullet", "r270.family_sniper"),  # a bullet in the chest
    ],
    "echoes": [
        ("r265.council_deny", "r266.council_deny_echo"),  # the council's statement, recalled
        ("r267.met_clear", "r268.met_echo"),  # the met office's words to Enab Baladi, retold
        ("r269.police_deny", "r270.police_echo"),  # the police chief's denial to Al-Mada, retold
    ],
    "not_contradictions": [
        ("r265.auth17", "r266.auth23"),  # 17 on Tuesday, 23 when the digging ended
        ("r265.hd", "r266.auth23"),
        ("r265.auth17", "r265.auth_total"),  # one grave vs all of Tarhuna since 2020
        ("r266.shtewi_6id", "r266.auth23"),  # six of the 23 identified
        ("r266.doc_9yrs", "r265.shtewi_kaniyat"),  # nine years or more vs 2019-2020
        ("r265.relative_recog", "r266.assoc_noid"),  # clothes recognised vs no formal identification
        ("r267.mod4", "r268.mod5"),  # the ministry's toll rose from 4 to 5
        ("r267.sohr7", "r268.sohr8"),  # the observatory's toll rose from 7 to 8
        ("r267.sohr_missing", "r268.sohr8"),  # the missing man found dead
        ("r267.sohr_attacks12", "r268.sohr19"),  # attacks to mid-March vs to mid-April
        ("r268.res_twoblasts", "r267.mod_fault"),  # a blast in the air fits a fault too
        ("r267.sohr7", "r268.sohr_2brig"),  # one brigadier, then two
        ("r267.mod_allbodies", "r268.mod5"),  # all the crew, and a technician who was not crew
        ("r269.health1", "r270.health2"),  # toll rose from 1 to 2 dead, 23 to 31 injured
        ("r269.hd", "r270.health2"),
        ("r269.gov_1500", "r270.gov_2000"),  # 1,500 jobs promised, 2,000 approved
        ("r269.gov_march", "r269.gov_1500"),  # March's pledge vs this week's
        ("r269.ops_curfew", "r270.ops_lift"),  # curfew imposed, then lifted
        ("r270.forensic_gas", "r269.coord_live"),  # one death by a gas canister, live fire at others
        ("r269.sec_3", "r270.moi_officer"),  # three referred for questioning, one arrested
        ("r270.ihchr_multi", "r270.moi_officer"),  # one arrested among several who fired
    ],
}

STORIES = {
    "Tarhuna": ("r265_tarhuna_graves", "r266_tarhuna_forensics"),
    "Palmyra": ("r267_palmyra_helicopter", "r268_palmyra_crew"),
    "Najaf": ("r269_najaf_graduates", "r270_najaf_curfew"),
}

# Copies of a statement in the same set: a headline restating its body, a recalled or retold statement.
COPIES = {
    "r265.hd",
    "r266.hd",
    "r266.council_deny_echo",
    "r267.hd",
    "r268.hd",
    "r268.met_echo",
    "r269.hd",
    "r270.hd",
    "r270.police_echo",
}

# Layout of each article: its digits, the month as the outlet writes it, and every weekday it names
# (with its day of April 2029), the publication day included.
LAYOUT: dict[str, dict[str, Any]] = {
    "r265_tarhuna_graves": {"digits": "western", "month": "أبريل", "weekdays": {"الثلاثاء": 3, "الاثنين": 2}},
    "r266_tarhuna_forensics": {
        "digits": "arabic",
        "month": "أبريل",
        "weekdays": {"الخميس": 5, "الاثنين": 2, "الأربعاء": 4},
    },
    "r267_palmyra_helicopter": {
        "digits": "western",
        "month": "نيسان",
        "weekdays": {"الأحد": 15, "السبت": 14},
    },
    "r268_palmyra_crew": {
        "digits": "arabic",
        "month": "نيسان",
        "weekdays": {"الاثنين": 16, "السبت": 14, "الأحد": 15},
    },
    "r269_najaf_graduates": {
        "digits": "arabic",
        "month": "نيسان",
        "weekdays": {"الثلاثاء": 24, "الاثنين": 23},
    },
    "r270_najaf_curfew": {
        "digits": "western",
        "month": "نيسان",
        "weekdays": {"الخميس": 26, "الاثنين": 23, "الثلاثاء": 24, "الأربعاء": 25},
    },
}

WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
WEEKDAY_RE = re.compile(r"(?<![\u0621-\u064a])[وفب]?(" + "|".join(WEEKDAYS) + r")(?![\u0621-\u064a])")
TODAY_RE = re.compile(r"اليوم (\S+)")
WESTERN = "0123456789"
ARABIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
WORDS = (320, 335)


def digits(n: int, kind: str) -> str:
    return str(n) if kind == "western" else str(n).translate(str.maketrans(WESTERN, ARABIC))


def check_layout() -> dict[str, int]:
    """Checks every article and reports all problems at once; returns the word counts."""
    errors: list[str] = []
    counts: dict[str, int] = {}
    for name, art in ARTICLES.items():
        lay = LAYOUT[name]
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        pub = dt.date.fromisoformat(art["published"])
        if (pub.year, pub.month) != (2029, 4):
            errors.append(f"{name}: published outside April 2029")
        if not text.endswith("\n") or text.endswith("\n\n"):
            errors.append(f"{name}: the text must end with exactly one newline")
        paras = text[:-1].split("\n\n")
        for i, p in enumerate(paras, 1):
            if not p or "\n" in p or p != p.strip():
                errors.append(f"{name}: paragraph {i} is empty, spans lines or has stray spaces")
        if len(paras) < 3:
            errors.append(f"{name}: fewer than three paragraphs")
        counts[name] = n = len(text.split())
        if not WORDS[0] <= n <= WORDS[1]:
            errors.append(f"{name}: {n} words, not {WORDS[0]}-{WORDS[1]}")
        if any(c in PERSIAN for c in text):
            errors.append(f"{name}: Persian digits")
        own, other = (WESTERN, ARABIC) if lay["digits"] == "western" else (ARABIC, WESTERN)
        if any(c in other for c in text) or not any(c in own for c in text):
            errors.append(f"{name}: digits are not all {lay['digits']}")
        # the dateline opens the second paragraph: outlet and publication day, up to the first colon
        head = paras[1].split(":", 1)[0] if len(paras) > 1 and ":" in paras[1][:90] else ""
        names = {v: k for k, v in WEEKDAYS.items()}
        day = f"{names[pub.weekday()]} {digits(pub.day, lay['digits'])} {lay['month']} {digits(2029, lay['digits'])}"
        if art["outlet"] not in head or day not in head:
            errors.append(f"{name}: dateline lacks the outlet or «{day}»: {head!r}")
        # weekdays: each named one declared, each declared one named, on its date, none after publication
        found = {m.group(1) for m in WEEKDAY_RE.finditer(text)}
        declared: dict[str, int] = lay["weekdays"]
        for wd in sorted(found - set(declared)):
            errors.append(f"{name}: weekday {wd} named but not declared")
        for wd, d in declared.items():
            if wd not in found:
                errors.append(f"{name}: weekday {wd} declared but not named")
            date = dt.date(2029, 4, d)
            if date.weekday() != WEEKDAYS[wd]:
                errors.append(f"{name}: {wd} is not {date}")
            if date > pub:
                errors.append(f"{name}: {wd} {date} falls after publication")
        if declared.get(names[pub.weekday()]) != pub.day:
            errors.append(f"{name}: the publication day is not declared")
        for m in TODAY_RE.finditer(text):
            if m.group(1) in WEEKDAYS and declared.get(m.group(1)) != pub.day:
                errors.append(f"{name}: «اليوم {m.group(1)}» is not the publication day")
    for story, (a, b) in STORIES.items():
        gap = (
            dt.date.fromisoformat(ARTICLES[b]["published"]) - dt.date.fromisoformat(ARTICLES[a]["published"])
        ).days
        if gap not in (1, 2):
            errors.append(f"{story}: the two articles are {gap} days apart")
        if LAYOUT[a]["digits"] == LAYOUT[b]["digits"]:
            errors.append(f"{story}: both articles use {LAYOUT[a]['digits']} digits")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"check_layout: {len(errors)} problem(s); word counts {counts}")
    return counts


def story_of(key: str) -> str:
    prefix = key.split(".", 1)[0]
    for story, names in STORIES.items():
        if any(n.startswith(prefix + "_") for n in names):
            return story
    raise SystemExit(f"{key}: no story")


def check_counts() -> None:
    errors: list[str] = []
    optional = set()
    for name, art in ARTICLES.items():
        n = len(art["entries"])
        if not 20 <= n <= 23:
            errors.append(f"{name}: {n} entries, not 20-23")
        prefix = name.split("_", 1)[0]
        optional |= {f"{prefix}.{e[0]}" for e in art["entries"] if e[6].get("optional")}
    for kind, pairs in RELATIONS.items():
        for a, b in pairs:
            if a in optional or b in optional:
                errors.append(f"{kind}: optional entry in {a} {b}")
            if story_of(a) != story_of(b):
                errors.append(f"{kind}: {a} {b} cross two stories")
    limits = {
        "contradictions": (60, 80),
        "agreements": (12, 99),
        "echoes": (3, 6),
        "not_contradictions": (17, 23),
    }
    for kind, (lo, hi) in limits.items():
        if not lo <= len(RELATIONS[kind]) <= hi:
            errors.append(f"{kind}: {len(RELATIONS[kind])}, not {lo}-{hi}")
    if errors:
        print("\n".join(errors))
        raise SystemExit(f"check_counts: {len(errors)} problem(s)")


def stats(gold: dict[str, Any], counts: dict[str, int]) -> None:
    total: Counter[str] = Counter()
    for art in gold["articles"]:
        rows = art["attributions"]
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        c: Counter[str] = Counter()
        for r in rows:
            c[r["kind"]] += 1
            c["type " + r["type"]] += 1
            c["anonymous"] += r["anonymous"]
            c["negated"] += r["polarity"] == "negated"
            c["with via"] += bool(r["via"])
            c["with alt_types"] += bool(r["alt_types"])
            c["optional"] += r["optional"]
        total.update(c)
        total["entries"] += len(rows)
        print(
            f"{art['id']}: {counts[art['id']]} words, {len(rows)} entries; "
            + ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
        )
        for r in rows:
            spots = [m.start() for m in re.finditer(re.escape(r["speaker"]), text)]
            if len(spots) > 1:
                k = spots.index(r["speaker_start"]) + 1
                after = text[r["speaker_start"] : r["speaker_start"] + 45].replace("\n", " ")
                print(f"  {r['id']} speaker «{r['speaker']}» occurrence {k} of {len(spots)}: {after}")
            cues = [m.start() for m in re.finditer(re.escape(r["cue"]), text)]
            far = min(abs(p - r["speaker_start"]) for p in cues)
            if r["cue"] != ":" and far > 150:
                print(f"  WARNING {r['id']}: cue «{r['cue']}» {far} characters from its speaker")
            for v in r["via"]:
                if v not in text:
                    print(f"  WARNING {r['id']}: via «{v}» not in the text")
    print("total:", ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    for kind, pairs in RELATIONS.items():
        per = Counter(story_of(a) for a, _ in pairs)
        cross = sum(a.split(".")[0] != b.split(".")[0] for a, b in pairs)
        copies = sum(a in COPIES or b in COPIES for a, b in pairs)
        print(
            f"{kind}: {len(pairs)} ({', '.join(f'{s} {per[s]}' for s in STORIES)}); across files {cross}; with a copy {copies}"
        )


if __name__ == "__main__":
    words = check_layout()
    check_counts()
    result = relations_gold(HERE, ARTICLES, RELATIONS)
    if "--stats" in sys.argv:
        stats(result, words)
    else:
        write(HERE, result)
