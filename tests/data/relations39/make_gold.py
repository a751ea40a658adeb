"""Writes gold.json for the 39th relations set (r229..r234) from the annotations below.

Run `python3 -B tests/data/relations39/make_gold.py` (add `--stats` for the tallies). Each entry has a
label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks every offset;
check_layout checks the layout, word range and digits of each article; check_counts checks the tallies.
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
    article_number,
    relations_gold,
    write,
)

# r229/r230: Ed Daein (East Darfur), the strike on the teaching hospital
AJ = "الجزيرة نت"
QUDS = "«القدس العربي»"
SALAH = "المتحدث باسم الجيش السوداني، العميد الركن صلاح الدين عوض الكريم"
NOUR = "مدير المستشفى، الطبيب آدم إسحق النور"
RSF = "قوات الدعم السريع"
SDN = "شبكة أطباء السودان"
WHO = "منظمة الصحة العالمية"
DAWMA = "والي شرق دارفور المكلف من قبلها، حامد يعقوب الدومة"
NURSE = "ممرضة في قسم الأطفال، تدعى فاطمة يعقوب"
YALE = "صور أقمار اصطناعية حللها مختبر البحوث الإنسانية في جامعة ييل"
OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"
HAJ = "الخبير العسكري السوداني اللواء المتقاعد عثمان بشير الحاج"
# r231/r232: Badush prison (Nineveh), the escape
SHAFAQ = "شفق نيوز"
INDY = "«اندبندنت عربية»"
SRC31 = "مصدر أمني في قيادة شرطة نينوى"
MOJ = "وزارة العدل"
MOJ32 = "وزارة العدل العراقية"
MUSAWI31 = "المتحدث باسم الوزارة، حيدر عبد الزهرة الموسوي"
MUSAWI32 = "المتحدث باسم وزارة العدل، حيدر عبد الزهرة الموسوي"
INA = "وكالة الأنباء العراقية"
JUBOURI = "النائب عن محافظة نينوى، أحمد مجبل الجبوري"
RES31 = "سكان في ناحية بادوش"
HAMDANI = "محافظ نينوى، رافع يونس الحمداني"
OBAIDI = "قائد عمليات نينوى، اللواء الركن سعد حميد العبيدي"
BAYATI = "عضو لجنة الأمن والدفاع النيابية، ياسر حسين البياتي"
FAMILIES = "ذوو نزلاء"
AZZAWI = "الخبير الأمني عدنان فاضل العزاوي"
# r233/r234: Yemeni fishermen held by the Eritrean navy (Zuqar–Hanish)
SHARQ = "«الشرق الأوسط»"
REUTERS = "رويترز"
BAAWADA = "قائد قطاع البحر الأحمر في مصلحة خفر السواحل اليمنية، العميد صالح ناجي باعوضة"
SANAA = "الهيئة العامة للمصائد السمكية في البحر الأحمر"
SURVIVOR = "صياد من مديرية اللحية"
ZAILAI = "رئيس جمعية صيادي اللحية، عبده محمد زيلعي"
SAM = "منظمة «سام» للحقوق والحريات"
ERI = "وزارة الإعلام الإريترية"
HOUSHABI = "المتحدث باسم وزارة الخارجية اليمنية، فؤاد أحمد الحوشبي"
FREED = "أحد المفرج عنهم، ويدعى علي حسن مقبول"
SANAA_OFF = "مسؤول في الهيئة العامة للمصائد السمكية التي يديرها الحوثيون في الحديدة"
SHEHRI = "المتحدث باسم تحالف دعم الشرعية في اليمن، العقيد الركن منصور عبد الله الشهري"

ARTICLES: dict[str, dict[str, Any]] = {
    "r229_daein_hospital": {
        "outlet": "الجزيرة نت",
        "published": "2028-10-03",
        "dateline": "الضعين- ",
        "entries": [
            E(
                "hd",
                "مسيرة للجيش قصفت مستشفى الضعين التعليمي",
                "الدعم السريع",
                RSF,
                ORG,
                ":",
                HEAD,
                alt_types=[DOC],
            ),
            E(
                "rsf_drone",
                "طائرة مسيرة تابعة للجيش السوداني قصفت مستشفى الضعين التعليمي مساء الاثنين",
                RSF,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E(
                "rsf_27",
                "مقتل 27 مدنيا بينهم مرضى ومرافقون وممرضتان",
                "مضيفة",
                RSF,
                ORG,
                "مضيفة",
                alt_types=[DOC],
            ),
            E("army_deny", "تكون قواته قد استهدفت أي منشأة طبية", SALAH, "", N_OFF, "نفى", NEG),
            E(
                "army_depot",
                "الضربة أصابت مخزن ذخيرة وتجمعا لعناصر الميليشيا ملاصقا للسور الشرقي للمستشفى",
                "موضحا",
                SALAH,
                N_OFF,
                "موضحا",
            ),
            E(
                "army_barracks",
                "تحويل أجزاء من المبنى إلى ثكنة لعلاج جرحاها وإيواء مقاتليها",
                "ومتهما",
                SALAH,
                N_OFF,
                "ومتهما",
            ),
            E("dir_wards", "صاروخين سقطا على قسمي الولادة والأطفال", NOUR, "", N_OFF, "وقال", via=[AJ]),
            E(
                "dir_19",
                "الإدارة أحصت 19 قتيلا و41 جريحا حتى صباح الثلاثاء",
                "مشيرا",
                NOUR,
                N_OFF,
                "مشيرا",
                via=[AJ],
            ),
            E(
                "dir_noarmed",
                "لم يكن في المستشفى مسلح واحد، كان هناك المرضى وأمهاتهم فقط",
                "وأضاف",
                NOUR,
                N_OFF,
                "وأضاف",
                DIRECT,
                via=[AJ],
            ),
            E(
                "wit",
                "طائرة مسيرة حلقت فوق المدينة قرابة نصف ساعة قبل أن يدوي انفجاران متتاليان",
                "شهود عيان",
                "",
                A_SRC,
                "وتحدث",
                ANON,
                via=[AJ],
            ),
            E(
                "res_flee",
                "مئات الأسر غادرت أحياء وسط الضعين نحو القرى المجاورة وبلدة عديلة خشية ضربات جديدة",
                "سكان",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E(
                "src_ammo",
                "الانفجار داخل المستشفى نجم عن ذخائر خزنتها الميليشيا في مستودع الصيدلية",
                "مصدر عسكري",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة السودان للأنباء (سونا)"],
            ),
            E(
                "sdn",
                "الجناح الجنوبي من المستشفى كان يضم منذ أسابيع عشرات الجرحى من مقاتلي الدعم السريع تحت حراسة مسلحة",
                SDN,
                "",
                ORG,
                "وذكرت",
            ),
            E("sdn_call", "تحقيق مستقل في الهجوم", "داعية", SDN, ORG, "داعية", OPT),
            E(
                "rsf_off",
                "جرحى القوات نقلوا من المستشفى قبل أكثر من شهر",
                "ضابطا في الدعم السريع",
                "",
                A_OFF,
                "قال",
                ANON,
                via=[AJ],
            ),
            E("law31", "وثقت مقتل 31 شخصا، بينهم 9 أطفال", "مجموعة «محامو الطوارئ»", "", ORG, "فقالت"),
            E(
                "med15",
                "نقل 15 جريحا في حالة حرجة إلى مستشفى خاص في المدينة",
                "مصدر طبي",
                "",
                A_OFF,
                "وبحسب",
                ANON,
            ),
            E("who_out", "تعرض المستشفى لهجوم أخرجه عن الخدمة", WHO, "", ORG, "وأكدت"),
            E(
                "who_12",
                "الهجوم الثاني عشر على منشآت صحية في دارفور منذ مطلع العام",
                "مشيرة",
                WHO,
                ORG,
                "مشيرة",
            ),
            E(
                "unicef7",
                "7 أطفال على الأقل قتلوا في القصف",
                "منظمة الأمم المتحدة للطفولة (يونيسف)",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "an",
                "غياب أي جهة تحقيق مستقلة يجعل كل رواية قابلة للتصديق لدى جمهورها",
                "الباحث في الشأن السوداني خالد عبد الرحيم",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r230_daein_wards": {
        "outlet": "القدس العربي",
        "published": "2028-10-04",
        "dateline": "الخرطوم ـ «القدس العربي»: ",
        "entries": [
            E(
                "hd",
                "انفجار مستشفى الضعين سببه ذخائر الدعم السريع",
                "الجيش السوداني",
                "",
                ORG,
                ":",
                HEAD,
                alt_types=[DOC],
            ),
            E(
                "army_renew",
                "استهداف مستشفى الضعين التعليمي في ولاية شرق دارفور",
                "الجيش السوداني",
                "",
                ORG,
                "جدد",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "army_ammo",
                "الانفجارات التي هزت المبنى ناجمة عن ذخائر خزنتها قوات الدعم السريع داخله",
                "مؤكدا",
                "الجيش السوداني",
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "src_cmdr",
                "قائدا ميدانيا في الدعم السريع يدعى يوسف أبكر حماد قتل في الضربة",
                "مصدر عسكري",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["صحيفة «السوداني»", "وكالة «سونا»"],
            ),
            E("rsf_34", "حصيلة القصف إلى ٣٤ قتيلا", RSF, "", ORG, "رفعت"),
            E("rsf_civ", "جميعا مدنيون من المرضى ومرافقيهم والكوادر الطبية", "قائلة", RSF, ORG, "قائلة"),
            E("gov_deny", "وجود أي مخزن ذخيرة داخل المستشفى أو قربه", DAWMA, "", N_OFF, "ونفى", NEG),
            E(
                "dir_23",
                "عدد القتلى ارتفع إلى ٢٣ بعد وفاة أربعة من الجرحى",
                NOUR,
                "",
                N_OFF,
                "وقال",
                via=[QUDS],
            ),
            E("dir_kids", "قسم الأطفال دمر بالكامل", "لافتا", NOUR, N_OFF, "لافتا", via=[QUDS]),
            E(
                "dir_300",
                "المستشفى كان يستقبل قرابة ٣٠٠ مريض يوميا قبل القصف",
                "لافتا",
                NOUR,
                N_OFF,
                "لافتا",
                via=[QUDS],
            ),
            E("nurse_3", "ثلاثة صواريخ سقطت تباعا خلال دقائق", NURSE, "", N_PER, "وروت", via=[QUDS]),
            E(
                "nurse_disp",
                "الجناح الجنوبي كان يؤوي نازحين من قرى شرق الولاية لا مقاتلين",
                "مضيفة",
                NURSE,
                N_PER,
                "مضيفة",
                via=[QUDS],
            ),
            E("sdn_renew", "جرحى من مقاتلي الدعم السريع كانوا يعالجون في ذلك الجناح", SDN, "", ORG, "جددت"),
            E("sdn_6", "ستة منهم قتلوا في القصف", "مشيرة", SDN, ORG, "مشيرة"),
            E(
                "yale",
                "آثار ضربتين في ساحة قسم الولادة، ولا أثر لانفجار قرب السور الشرقي",
                YALE,
                "",
                DOC,
                "وأظهرت",
                alt_types=[ORG],
            ),
            E("msf5", "خمسة أطفال دون سن الخامسة بين القتلى", "منظمة «أطباء بلا حدود»", "", ORG, "وبحسب"),
            E("unicef_echo", "مقتل سبعة أطفال على الأقل", "«يونيسف»", "", ORG, "أحصت"),
            E(
                "moh_resume",
                "استئناف العمل في قسم الطوارئ صباح الأربعاء",
                "وزارة الصحة في الولاية",
                "",
                ORG,
                "وأعلنت",
            ),
            E("ocha", "نزوح نحو ٤ آلاف شخص من وسط المدينة منذ مساء الاثنين", OCHA, "", ORG, "أفاد"),
            E(
                "res_drones",
                "مسيرتين حلقتا فوق المدينة مجددا ليل الثلاثاء من دون أن تقصفا",
                "سكان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[QUDS],
            ),
            E(
                "an",
                "حجم الدمار «يشير إلى انفجار ثانوي لذخائر مخزنة، لا إلى ضربة مسيرة وحدها»",
                HAJ,
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r231_badush_escape": {
        "outlet": "شفق نيوز",
        "published": "2028-10-08",
        "dateline": "شفق نيوز- ",
        "entries": [
            E(
                "hd",
                "فرار ١٧ نزيلا من سجن بادوش",
                "مصدر أمني",
                SRC31,
                A_OFF,
                ":",
                HEAD,
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "src17",
                "١٧ نزيلا فروا فجر اليوم من سجن بادوش المركزي غربي الموصل",
                SRC31,
                "",
                A_OFF,
                "أفاد",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "src_terror",
                "بينهم تسعة مدانين بقضايا إرهاب",
                "مبينا",
                SRC31,
                A_OFF,
                "مبينا",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "src_tunnel",
                "الفارين خرجوا عبر نفق حفروه على مدى أسابيع من الحمامات إلى ما وراء السور الخارجي",
                "المصدر",
                SRC31,
                A_OFF,
                "وأوضح",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "src_guard",
                "حارسا قتل وأصيب اثنان آخران خلال ملاحقتهم",
                "مضيفا",
                SRC31,
                A_OFF,
                "مضيفا",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "cell",
                "القوات الأمنية أعادت القبض على «جميع الفارين» من سجن بادوش خلال ساعات",
                "خلية الإعلام الأمني",
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E(
                "moj6",
                "فرار ستة نزلاء من البوابة الخارجية بعد اعتدائهم على حراس خلال نقلهم إلى محكمة استئناف نينوى",
                MOJ,
                "",
                ORG,
                "فأعلنت",
                alt_types=[DOC],
            ),
            E("moj_rec4", "إعادة القبض على أربعة منهم خلال ساعات", MOJ, "", ORG, "فأعلنت", alt_types=[DOC]),
            E(
                "spk_crim",
                "الفارين «محكومون بقضايا مخدرات وسرقة، وليس بينهم أي مدان بالإرهاب»",
                MUSAWI31,
                "",
                N_OFF,
                "وقال",
                via=[INA],
            ),
            E("spk_noguard", "وقوع أي إصابات بين الحراس", "نافيا", MUSAWI31, N_OFF, "نافيا", NEG, via=[INA]),
            E("mp_collusion", "إدارة السجن بالتواطؤ مع الفارين", JUBOURI, "", N_OFF, "اتهم"),
            E("mp_call", "بإقالة مديرها وفتح تحقيق برلماني", "مطالبا", JUBOURI, N_OFF, "مطالبا", OPT),
            E("res_shots", "سمعوا إطلاق نار استمر نحو ساعة", RES31, "", A_SRC, "وقال", ANON, via=[SHAFAQ]),
            E(
                "res_run",
                "شاهدوا رجالا بملابس السجن يركضون نحو التلال المحيطة بالناحية",
                RES31,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "relatives",
                "القوات الأمنية منعتهم من الاقتراب ولم تبلغهم بأي معلومات عن أبنائهم",
                "ذوو نزلاء تجمعوا أمام بوابة السجن",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E(
                "chain400",
                "القسم الذي شهد الهروب يضم نحو ٤٠٠ نزيل",
                "مصدر في دائرة الإصلاح",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["«السومرية نيوز»", "وكالة الأنباء العراقية (واع)"],
            ),
            E(
                "afad",
                "يضم السجن بأكمله قرابة ٣ آلاف نزيل رغم أن طاقته لا تتجاوز ١٢٠٠",
                "مرصد «أفاد» الحقوقي",
                "",
                ORG,
                "بحسب",
            ),
            E(
                "ops_cordon",
                "فرض طوق أمني على المنطقة ونشر نقاط تفتيش على الطرق المؤدية إلى الحدود السورية",
                "قيادة عمليات نينوى",
                "",
                ORG,
                "وأعلنت",
            ),
            E("gov_control", "الوضع «تحت السيطرة»", HAMDANI, "", N_OFF, "أكد"),
            E("gov_far", "لا يبتعد الفارون كثيرا", "متوقعا", HAMDANI, N_OFF, "متوقعا"),
            E(
                "heli",
                "مروحيات للجيش تمشط الوديان الواقعة شمال السجن",
                "قناة «الرابعة»",
                "",
                MEDIA,
                "وأفادت",
            ),
        ],
    },
    "r232_badush_recapture": {
        "outlet": "اندبندنت عربية",
        "published": "2028-10-10",
        "dateline": "الموصل - ",
        "entries": [
            E("hd", "إعادة القبض على جميع الفارين من سجن بادوش", MOJ32, "", ORG, ":", HEAD),
            E("moj_last2", "القبض على آخر نزيلين فارين من سجن بادوش المركزي", MOJ32, "", ORG, "أعلنت"),
            E("moj_renew", "أيا من الفارين لم يكن مدانا بالإرهاب", "وجددت", MOJ32, ORG, "وجددت"),
            E(
                "ops11",
                "قواته ألقت القبض على 11 من الفارين في عمليات دهم بناحية المحلبية",
                OBAIDI,
                "",
                N_OFF,
                "قال",
                via=[INDY],
            ),
            E("ops_six", "البحث ما زال جاريا عن ستة آخرين", "مشيرا", OBAIDI, N_OFF, "مشيرا", via=[INDY]),
            E(
                "ops_control",
                "قيادة العمليات تسلمت حماية السجن وإدارته بأمر من القائد العام للقوات المسلحة",
                "وأكد",
                OBAIDI,
                N_OFF,
                "وأكد",
                via=[INDY],
            ),
            E(
                "res_raid",
                "قوة أمنية داهمت منزلين فجر الاثنين واعتقلت ثلاثة شبان",
                "سكان في المحلبية",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E("spk_control", "تسليم إدارة السجن لأي جهة أخرى", MUSAWI32, "", N_OFF, "نفى", NEG),
            E("spk_nocoll", "وجود أي تواطؤ من الحراس", "نفى", MUSAWI32, N_OFF, "نفى", NEG),
            E(
                "cmte_guards",
                "التحقيقات الأولية كشفت تورط ثلاثة حراس في تسهيل الهروب",
                BAYATI,
                "",
                N_OFF,
                "وقال",
            ),
            E("cmte17", "عدد الفارين بلغ 17", "مضيفا", BAYATI, N_OFF, "مضيفا"),
            E(
                "judicial",
                "أحيل مدير السجن وثلاثة من معاونيه إلى التحقيق",
                "مصدر قضائي",
                "",
                A_OFF,
                "ووفقا",
                ANON,
            ),
            E(
                "aa_syria",
                "ثلاثة من الفارين عبروا إلى الأراضي السورية عبر صحراء البعاج",
                "مسؤول في وزارة الداخلية",
                "",
                A_OFF,
                "نقلا عن",
                ANON,
                via=["وكالة الأناضول"],
            ),
            E(
                "retold",
                "تسعة من الفارين مدانون بقضايا إرهاب",
                "مصدر أمني",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["وكالة شفق نيوز"],
            ),
            E(
                "med_guard",
                "جثة حارس من سجن بادوش وصلت إلى المستشفى فجر الأحد",
                "مصدر طبي في مستشفى الجمهوري بالموصل",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("activists", "لفتحة نفق في الساحة الخلفية للسجن", "ناشطون", "", A_SRC, "قالوا", ANON),
            E(
                "fam_visits",
                "إدارة السجن منعت الزيارات منذ الأحد",
                FAMILIES,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[INDY],
            ),
            E(
                "fam_phones",
                "قطعت الاتصالات الهاتفية عن أبنائهم",
                FAMILIES,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[INDY],
            ),
            E(
                "obs",
                "القوات الأمنية احتجزت أقارب لخمسة من الفارين للضغط عليهم لتسليم أنفسهم",
                "المرصد العراقي لحقوق الإنسان",
                "",
                ORG,
                "وقال",
            ),
            E(
                "an",
                "تضارب الأرقام «يكشف صراع صلاحيات بين وزارتي العدل والداخلية أكثر مما يكشف حجم الهروب»",
                AZZAWI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_hide",
                "يكون بعض الفارين قد لجؤوا إلى أقارب لهم في القرى المجاورة",
                "مرجحا",
                AZZAWI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r233_hanish_fishermen": {
        "outlet": "الشرق الأوسط",
        "published": "2028-10-17",
        "dateline": "عدن - «الشرق الأوسط»: ",
        "entries": [
            E(
                "hd",
                "البحرية الإريترية احتجزت ٣٨ صيادا يمنيا",
                "خفر السواحل اليمنية",
                "مصلحة خفر السواحل اليمنية",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "cg_seize",
                "زوارق تابعة للبحرية الإريترية اقتادت أربعة قوارب صيد على متنها ٣٨ صيادا فجر الاثنين",
                BAAWADA,
                "",
                N_OFF,
                "قال",
                via=[SHARQ],
            ),
            E(
                "cg_where",
                "القوارب كانت داخل المياه الإقليمية اليمنية على بعد نحو خمسة أميال شمال جزيرة زقر",
                "مشيرا",
                BAAWADA,
                N_OFF,
                "مشيرا",
                via=[SHARQ],
            ),
            E(
                "cg_shots",
                "أحد الزوارق أطلق النار على قارب حاول الفرار، ما أدى إلى إصابة صيادين اثنين بجروح طفيفة",
                "وأضاف",
                BAAWADA,
                N_OFF,
                "وأضاف",
                via=[SHARQ],
            ),
            E("cg_nodead", "عدم سقوط قتلى", "مؤكدا", BAAWADA, N_OFF, "مؤكدا", via=[SHARQ]),
            E(
                "cg_permits",
                "جميع الصيادين يحملون تصاريح صيد سارية",
                "ولافتا",
                BAAWADA,
                N_OFF,
                "ولافتا",
                via=[SHARQ],
            ),
            E(
                "sanaa63",
                "٦٣ صيادا على متن سبعة قوارب «اختطفوا» قرب جزيرة حنيش الكبرى",
                SANAA,
                "",
                ORG,
                "قالت",
            ),
            E("sanaa_killed", "مقتل صياد برصاص البحرية الإريترية", "مشيرة", SANAA, ORG, "مشيرة"),
            E("sanaa_coal", "«تحالف العدوان» بالوقوف وراء العملية", "ومتهمة", SANAA, ORG, "ومتهمة"),
            E("sanaa_call", "الأمم المتحدة إلى التدخل", "وداعية", SANAA, ORG, "وداعية", OPT),
            E(
                "surv_where",
                "كانوا يصطادون «في مياهنا، على مرمى البصر من زقر»",
                SURVIVOR,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E("surv_shots", "الإريتريين أطلقوا النار عليهم من دون إنذار", SURVIVOR, "", A_SRC, "وروى", ANON),
            E(
                "fm_agree",
                "التوصل إلى تفاهم مع أسمرة للإفراج عن الصيادين «خلال أيام»",
                "وزارة الخارجية اليمنية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "union_assab",
                "القوارب اقتيدت إلى ميناء عصب الإريتري",
                ZAILAI,
                "",
                N_OFF,
                "وبحسب",
                alt_types=[N_PER],
            ),
            E(
                "relatives",
                "ابنهم اتصل بهم من هاتف إريتري وأبلغهم بنقله إلى عصب",
                "أقارب أحد المحتجزين",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "chain_ship",
                "سفينة حربية أجنبية رافقت الزوارق الإريترية خلال العملية",
                "مصدر في خفر السواحل بصنعاء",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["قناة «المسيرة»", "وكالة «سبأ»"],
            ),
            E(
                "sam200",
                "عدد الصيادين اليمنيين الذين احتجزتهم إريتريا منذ مطلع العام بأكثر من ٢٠٠ صياد",
                SAM,
                "",
                ORG,
                "وتقدر",
            ),
            E(
                "fish_off",
                "الحكومة ستعوض أصحاب القوارب المحتجزة",
                "مسؤول في وزارة الزراعة والري والثروة السمكية",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "local_off",
                "أسر المحتجزين تعيش «أوضاعا صعبة» بعد توقف مصدر رزقها الوحيد",
                "مسؤول محلي في مديرية اللحية",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "an",
                "حكم التحكيم الدولي عام ١٩٩٨ «منح صيادي البلدين حقوقا تقليدية في المنطقة، لكن أحدا لم يرسم حدودها عمليا»",
                "الباحث في شؤون البحر الأحمر مراد علي الحكيمي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r234_hanish_release": {
        "outlet": "رويترز",
        "published": "2028-10-19",
        "dateline": "عدن (رويترز) - ",
        "entries": [
            E(
                "hd",
                "الصيادون اليمنيون دخلوا مياهنا الإقليمية وسيحاكمون",
                "إريتريا",
                ERI,
                ORG,
                ":",
                HEAD,
                alt_types=[DOC],
            ),
            E("eri29", "بحريتها أوقفت 29 متسللا على متن ثلاثة قوارب", ERI, "", ORG, "قالت", alt_types=[DOC]),
            E(
                "eri_where",
                "كانت تصطاد داخل المياه الإقليمية الإريترية قبالة ميناء عصب",
                ERI,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E("eri_massawa", "محتجزون في مصوع بانتظار محاكمتهم", "مضيفة", ERI, ORG, "مضيفة", alt_types=[DOC]),
            E("eri_nets", "الصيادين باستخدام شباك جر محظورة", "البيان", ERI, ORG, "واتهم", alt_types=[DOC]),
            E(
                "eri_noshots",
                "إطلاق أي رصاصة أو سقوط ضحايا خلال العملية",
                "ونفى",
                ERI,
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "eri_noagree",
                "التوصل إلى أي اتفاق مع الحكومة اليمنية بشأن الإفراج عن الموقوفين",
                "نفى",
                ERI,
                ORG,
                "نفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "fm_renew",
                "الحكومة «توصلت إلى اتفاق واضح» مع أسمرة يقضي بالإفراج عن الصيادين",
                HOUSHABI,
                "",
                N_OFF,
                "قال",
                via=[REUTERS],
            ),
            E(
                "fm14",
                "14 منهم وصلوا بالفعل إلى ميناء المخا مساء الأربعاء",
                HOUSHABI,
                "",
                N_OFF,
                "قال",
                via=[REUTERS],
            ),
            E(
                "mokha_off",
                "الصيادين الأربعة عشر وصلوا على متن قاربين من دون معداتهم",
                "مسؤول في ميناء المخا",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "freed_assab",
                "احتجزونا يومين في عنبر بميناء عصب",
                FREED,
                "",
                N_PER,
                "وقال",
                DIRECT,
                via=[REUTERS],
            ),
            E(
                "freed_seized",
                "صادر الجنود هواتفنا وحصيلة صيدنا",
                FREED,
                "",
                N_PER,
                "وقال",
                DIRECT,
                via=[REUTERS],
            ),
            E(
                "union_held",
                "24 صيادا ما زالوا محتجزين على متن قواربهم في ميناء عصب",
                ZAILAI,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
                via=[REUTERS],
            ),
            E("sanaa_norel", "أحدا من الصيادين لم يفرج عنه حتى الآن", SANAA_OFF, "", A_OFF, "قال", ANON),
            E(
                "sanaa_piracy",
                "البحرية الإريترية بممارسة «قرصنة منظمة»",
                "متهما",
                SANAA_OFF,
                A_OFF,
                "متهما",
                ANON,
            ),
            E("coal_deny", "أي صلة للتحالف بالحادثة", SHEHRI, "", N_OFF, "ونفى", NEG),
            E(
                "un_envoy",
                "يتابع القضية مع الأطراف المعنية",
                "مكتب المبعوث الخاص للأمم المتحدة إلى اليمن",
                "",
                ORG,
                "وقال",
            ),
            E(
                "diplomat",
                "احتجاز الصيادين «يتكرر كل موسم ونادرا ما ينتهي بمحاكمات»",
                "دبلوماسي غربي في عدن",
                "",
                A_OFF,
                "قال",
                ANON,
                via=[REUTERS],
            ),
            E(
                "sam_echo",
                "عدد الصيادين اليمنيين المحتجزين في إريتريا منذ مطلع العام بأكثر من 200",
                SAM,
                "",
                ORG,
                "قدرت",
            ),
            E(
                "an",
                "أسمرة «تستخدم ملف الصيادين ورقة ضغط على عدن»",
                "المحلل الإريتري المقيم في لندن تسفاي برهاني",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Ed Daein: an army drone struck the hospital vs the army's denial (and its renewal)
        ("r229.rsf_drone", "r229.army_deny"),
        ("r229.hd", "r229.army_deny"),  # headline copy
        ("r229.rsf_drone", "r230.army_renew"),
        ("r229.hd", "r230.army_renew"),
        # how: missiles on the wards vs ammunition stored inside exploding
        ("r229.dir_wards", "r229.src_ammo"),
        ("r229.dir_wards", "r230.army_ammo"),
        ("r229.dir_wards", "r230.hd"),  # headline copy of the army statement
        # where: a depot at the eastern fence vs the wards / the maternity courtyard
        ("r229.army_depot", "r229.dir_wards"),
        ("r229.army_depot", "r230.yale"),
        # an ammunition depot in or next to the hospital vs the governor's denial
        ("r230.gov_deny", "r229.army_depot"),
        ("r230.gov_deny", "r230.army_ammo"),
        ("r230.gov_deny", "r229.src_ammo"),
        ("r230.gov_deny", "r230.hd"),
        # fighters inside vs no armed man / displaced people, not fighters / wounded moved out a month ago
        ("r229.army_barracks", "r229.dir_noarmed"),
        ("r229.sdn", "r229.dir_noarmed"),
        ("r230.sdn_renew", "r229.dir_noarmed"),  # renewal
        ("r229.sdn", "r230.nurse_disp"),
        ("r230.sdn_renew", "r230.nurse_disp"),
        ("r229.sdn", "r229.rsf_off"),
        ("r230.sdn_renew", "r229.rsf_off"),
        # all the dead civilians vs fighters and a field commander among them
        ("r230.sdn_6", "r230.rsf_civ"),
        ("r230.src_cmdr", "r230.rsf_civ"),
        # tolls
        ("r229.rsf_27", "r229.dir_19"),
        ("r229.rsf_27", "r229.law31"),
        ("r229.dir_19", "r229.law31"),
        ("r230.rsf_34", "r230.dir_23"),
        ("r229.law31", "r230.dir_23"),  # 31 on Tuesday vs 23 on Wednesday
        ("r229.rsf_27", "r230.dir_23"),
        # how many missiles / blasts
        ("r230.nurse_3", "r229.dir_wards"),
        ("r230.nurse_3", "r229.wit"),
        # --- Badush: how many escaped (six vs 17; 11 recaptured)
        ("r231.src17", "r231.moj6"),
        ("r231.hd", "r231.moj6"),  # headline copy
        ("r232.cmte17", "r231.moj6"),
        ("r232.ops11", "r231.moj6"),
        # all recaptured vs six still sought / three in Syria; all within hours vs four of six
        ("r232.hd", "r232.ops_six"),
        ("r232.hd", "r232.aa_syria"),
        ("r232.moj_last2", "r232.ops_six"),
        ("r232.moj_last2", "r232.aa_syria"),
        ("r231.cell", "r232.ops_six"),
        ("r231.cell", "r232.aa_syria"),
        ("r231.cell", "r231.moj_rec4"),
        ("r231.cell", "r232.moj_last2"),  # all within hours on Sunday vs the last two on Monday
        # terrorism convicts among the escapees vs none (statement, renewal, retelling)
        ("r231.src_terror", "r231.spk_crim"),
        ("r232.retold", "r231.spk_crim"),
        ("r231.src_terror", "r232.moj_renew"),
        ("r232.retold", "r232.moj_renew"),
        # how: a tunnel vs the outer gate
        ("r231.src_tunnel", "r231.moj6"),
        ("r232.activists", "r231.moj6"),
        # a guard killed vs no injuries among the guards
        ("r231.src_guard", "r231.spk_noguard"),
        ("r232.med_guard", "r231.spk_noguard"),
        # complicity of the guards vs the denial
        ("r231.mp_collusion", "r232.spk_nocoll"),
        ("r232.cmte_guards", "r232.spk_nocoll"),
        # who runs the prison
        ("r232.ops_control", "r232.spk_control"),
        # --- Zuqar/Hanish: how many fishermen (38 on four boats, 63 on seven, 29 on three)
        ("r233.cg_seize", "r233.sanaa63"),
        ("r233.cg_seize", "r234.eri29"),
        ("r233.sanaa63", "r234.eri29"),
        ("r233.hd", "r233.sanaa63"),  # headline copy
        ("r233.hd", "r234.eri29"),
        # where: Yemeni waters north of Zuqar vs Eritrean waters off Assab
        ("r233.cg_where", "r234.eri_where"),
        ("r233.cg_where", "r234.hd"),
        ("r233.surv_where", "r234.eri_where"),
        ("r233.surv_where", "r234.hd"),
        # shots fired / a fisherman killed vs no shot; a fisherman killed vs no deaths
        ("r233.cg_shots", "r234.eri_noshots"),
        ("r233.surv_shots", "r234.eri_noshots"),
        ("r233.sanaa_killed", "r234.eri_noshots"),
        ("r233.sanaa_killed", "r233.cg_nodead"),
        # an agreement on the release vs the denial
        ("r233.fm_agree", "r234.eri_noagree"),
        ("r234.fm_renew", "r234.eri_noagree"),  # renewal
        # the coalition behind the seizure vs its denial
        ("r233.sanaa_coal", "r234.coal_deny"),
        # where the detainees are held
        ("r234.eri_massawa", "r234.union_held"),
        ("r234.eri_massawa", "r234.freed_assab"),
        # 14 released vs nobody released
        ("r234.sanaa_norel", "r234.fm14"),
        ("r234.sanaa_norel", "r234.mokha_off"),
    ],
    "agreements": [
        ("r229.rsf_drone", "r229.wit"),  # a drone over the city, then the blasts
        ("r229.dir_wards", "r230.yale"),  # two strikes on the maternity side
        ("r229.army_barracks", "r229.sdn"),  # RSF wounded fighters in the hospital
        ("r229.dir_noarmed", "r230.nurse_disp"),  # no fighters inside
        ("r229.res_flee", "r230.ocha"),  # hundreds of families / about 4,000 people fled
        ("r230.src_cmdr", "r230.sdn_6"),  # RSF fighters among the dead
        ("r231.src_guard", "r232.med_guard"),  # a guard killed
        ("r231.src_tunnel", "r232.activists"),  # a tunnel
        ("r231.mp_collusion", "r232.cmte_guards"),  # help from inside
        ("r231.src17", "r232.cmte17"),  # 17 escaped
        ("r233.cg_where", "r233.surv_where"),  # in Yemeni waters near Zuqar
        ("r233.cg_shots", "r233.surv_shots"),  # the Eritreans fired at the boats
        ("r234.fm14", "r234.mokha_off"),  # 14 arrived in Mokha
        ("r234.union_held", "r234.freed_assab"),  # held in Assab
        ("r233.union_assab", "r233.relatives"),  # taken to Assab
    ],
    "echoes": [
        ("r229.army_deny", "r230.army_renew"),  # the army renews its denial
        ("r229.sdn", "r230.sdn_renew"),  # the doctors' network renews its account
        ("r229.unicef7", "r230.unicef_echo"),  # UNICEF's figure recalled
        ("r231.spk_crim", "r232.moj_renew"),  # the ministry renews "no terrorism convict"
        ("r231.src_terror", "r232.retold"),  # the Shafaq source retold
        ("r233.fm_agree", "r234.fm_renew"),  # the agreement announced, then renewed
        ("r233.sam200", "r234.sam_echo"),  # SAM's yearly figure recalled
    ],
    "not_contradictions": [
        ("r229.rsf_27", "r230.rsf_34"),  # the RSF toll rises
        ("r229.dir_19", "r230.dir_23"),  # the director's toll rises (four wounded died)
        ("r229.unicef7", "r229.law31"),  # at least 7 children vs 9
        ("r230.msf5", "r229.law31"),  # 5 under-fives among 9 children
        ("r229.med15", "r229.dir_19"),  # 15 critically wounded of 41
        ("r229.who_out", "r230.moh_resume"),  # out of service, then the emergency ward reopens
        ("r230.sdn_6", "r230.rsf_34"),  # six fighters among 34 dead (a count, not an identity)
        ("r230.res_drones", "r229.wit"),  # Monday evening vs Tuesday night
        ("r229.who_12", "r229.who_out"),  # this attack vs the year's twelve in Darfur
        ("r231.moj_rec4", "r232.moj_last2"),  # four within hours, the last two on Monday
        ("r231.chain400", "r231.afad"),  # one wing vs the whole prison
        ("r232.ops11", "r232.cmte17"),  # 11 recaptured of 17
        ("r232.aa_syria", "r232.ops_six"),  # three in Syria among six still sought
        ("r232.retold", "r232.cmte17"),  # nine of 17
        ("r232.judicial", "r232.cmte_guards"),  # director and aides referred vs three guards implicated
        ("r231.ops_cordon", "r232.aa_syria"),  # checkpoints towards the border vs three crossed
        ("r231.res_shots", "r231.spk_noguard"),  # shooting heard vs no guard hurt
        ("r233.cg_seize", "r233.sam200"),  # one seizure vs the year's total
        ("r234.mokha_off", "r233.cg_seize"),  # 14 of 38
        ("r234.union_held", "r234.fm14"),  # 24 still held and 14 back (38 in all)
        ("r233.fm_agree", "r234.fm14"),  # an understanding, then a release
        ("r234.eri_noagree", "r234.fm14"),  # a release without an agreement
        ("r233.cg_shots", "r233.sanaa_killed"),  # two wounded and one killed
    ],
}

STORIES = {
    "r229": "daein",
    "r230": "daein",
    "r231": "badush",
    "r232": "badush",
    "r233": "hanish",
    "r234": "hanish",
}
WESTERN = {"r229", "r232", "r234"}  # the other article of each pair uses Arabic-Indic digits
WORDS = (320, 335)
EXPECTED = {
    "attributions": {"r229": 21, "r230": 21, "r231": 21, "r232": 21, "r233": 20, "r234": 20},
    "optional": 3,
    "relations": {"contradictions": 73, "agreements": 15, "echoes": 7, "not_contradictions": 23},
}


def check_layout(name: str, text: str, dateline: str) -> list[str]:
    """Headline line, blank line, one-line paragraphs, the dateline, the word range and the digits."""
    bad = []
    num = article_number(name)
    if "\r" in text or not text.endswith("\n") or text.endswith("\n\n"):
        bad.append(f"{name}: line ends")
    paras = text.rstrip("\n").split("\n\n")
    if len(paras) < 4 or any(not p.strip() or "\n" in p or p != p.strip() for p in paras):
        bad.append(f"{name}: paragraphs")
    if not paras[1].startswith(dateline):
        bad.append(f"{name}: dateline")
    words = len(text.split())
    if not WORDS[0] <= words <= WORDS[1]:
        bad.append(f"{name}: {words} words")
    western, eastern = re.search(r"[0-9]", text), re.search(r"[٠-٩]", text)
    if re.search(r"[۰-۹]", text):
        bad.append(f"{name}: Persian digits")
    if num in WESTERN and (eastern or not western):
        bad.append(f"{name}: should use Western digits only")
    if num not in WESTERN and (western or not eastern):
        bad.append(f"{name}: should use Arabic-Indic digits only")
    return bad


def check_counts(gold: dict[str, Any], labels: dict[str, str]) -> list[str]:
    bad = []
    got = {article_number(a["id"]): len(a["attributions"]) for a in gold["articles"]}
    if got != EXPECTED["attributions"]:
        bad.append(f"attributions {got}")
    optional = {r["id"] for a in gold["articles"] for r in a["attributions"] if r["optional"]}
    if len(optional) != EXPECTED["optional"]:
        bad.append(f"optional {len(optional)}")
    rel = {k: len(v) for k, v in gold["relations"].items()}
    if rel != EXPECTED["relations"]:
        bad.append(f"relations {rel}")
    for kind, pairs in gold["relations"].items():
        for a, b in pairs:
            if a in optional or b in optional:
                bad.append(f"{kind}: optional entry in {a} {b}")
            if STORIES[a.split("-")[0]] != STORIES[b.split("-")[0]]:
                bad.append(f"{kind}: across stories {labels[a]} {labels[b]}")
    return bad


def stats(gold: dict[str, Any], labels: dict[str, str]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("per article:", {article_number(a["id"]): len(a["attributions"]) for a in gold["articles"]})
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows),
        "negated:",
        sum(r["polarity"] == "negated" for r in rows),
    )
    print("with via:", sum(bool(r["via"]) for r in rows), "optional:", sum(r["optional"] for r in rows))
    print("alt_types:", sum(bool(r["alt_types"]) for r in rows))
    for kind, pairs in gold["relations"].items():
        per = Counter(STORIES[a.split("-")[0]] for a, _ in pairs)
        print(kind, len(pairs), dict(per))
    for art in gold["articles"]:
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        for r in art["attributions"]:
            spots = [m.start() for m in re.finditer(re.escape(r["speaker"]), text)]
            if len(spots) > 1:
                nth = spots.index(r["speaker_start"])
                print(
                    f"  {r['id']} {labels[r['id']]}: speaker {r['speaker']} occurrence {nth + 1}/{len(spots)}"
                )


def main() -> None:
    bad = []
    for name, art in ARTICLES.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        bad += check_layout(name, text, art["dateline"])
        if not art["published"].startswith("2028-10-"):
            bad.append(f"{name}: date")
    if bad:
        raise SystemExit("\n".join(bad))
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    labels = {}
    for name, art in ARTICLES.items():
        for n, entry in enumerate(art["entries"], 1):
            labels[f"{article_number(name)}-{n:02d}"] = f"{article_number(name)}.{entry[0]}"
    bad = check_counts(gold, labels)
    if bad:
        raise SystemExit("\n".join(bad))
    write(HERE, gold)
    if "--stats" in sys.argv:
        for name in ARTICLES:
            print(name, len((HERE / f"{name}.txt").read_text(encoding="utf-8").split()), "words")
        stats(gold, labels)


if __name__ == "__main__":
    main()
