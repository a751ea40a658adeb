"""Writes gold.json for the fourth relations set (r19..r24) from the annotations below (`python3 tests/data/relations4/make_gold.py`).

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
    ORG,
    E,
    relations_gold,
    write,
)

# r19/r20: Syrian Badia (al-Sukhnah)
SY_MOI = "وزارة الداخلية السورية"
SHAMI = "المتحدث باسم الوزارة المقدم عبد الرحمن الشامي"
SARAYA = "سرايا أنصار السنة"
SOHR = "المرصد السوري لحقوق الإنسان"
ISIS = "تنظيم «الدولة الإسلامية»"
OMAR = "الباحث في مركز «جسور للدراسات» وائل العمر"
COAL = "مسؤول في التحالف الدولي ضد تنظيم «الدولة»"
SY_WIT = "شهود عيان من أهالي السخنة"
KHATIB = "قائد الأمن الداخلي في محافظة حمص العميد مروان الخطيب"
CENTCOM = "القيادة المركزية الأميركية (سنتكوم)"
SY_SEC = "مصدرا أمنيا سوريا"
HUSSEINI = "الخبير العسكري العقيد المتقاعد مهند الحسيني"
# r21/r22: Sudan, Babanusa (West Kordofan) and El Obeid
RSF = "قوات الدعم السريع"
SAF = "الجيش السوداني"
TOM = "المتحدث باسم قوات الدعم السريع المقدم آدم يعقوب التوم"
SAFI = "المتحدث باسم الجيش السوداني العميد الركن حسن إبراهيم الصافي"
ANDREW = "الناطق باسم الحركة الشعبية جمال كوكو أندرو"
SDN = "شبكة أطباء السودان"
NK_OFF = "مسؤول في حكومة الولاية"
IOM = "المنظمة الدولية للهجرة"
BABIKER = "المحلل العسكري اللواء المتقاعد عثمان بابكر"
SAF_SRC = "مصدرا عسكريا في الفرقة"
MED = "مصدر طبي في مستشفى بابنوسة العسكري"
NOUR = "المستشار في قيادة قوات الدعم السريع محمد المختار النور"
NK_GOV = "حكومة ولاية شمال كردفان"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)"
SPLM_SR = "قيادي في الحركة الشعبية لتحرير السودان - شمال"
AWP = "وكالة أنباء العالم العربي (AWP)"
# r23/r24: Lake Chad, Boko Haram vs ISWAP; Nigeria–Niger patrols
NG_ARMY = "الجيش النيجيري"
OKON = "المتحدث باسم عملية «هادين كاي» العسكرية المقدم صامويل أوكونكوو"
CJTF = "قائدا في قوة المهام المشتركة المدنية"
KINDI = "النائب عن ولاية بورنو في مجلس النواب الاتحادي موسى علي كيندي"
ISWAP = "تنظيم «الدولة الإسلامية في غرب أفريقيا» (إيسواب)"
NSA = "مسؤول في مكتب مستشار الأمن القومي النيجيري"
UNHCR = "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
SALL = "الباحث في معهد الدراسات الأمنية بداكار إدريس سال"
SEIDOU = "المتحدث باسم الحكومة النيجرية العقيد إبراهيم سيدو"
GREMA = "الخبير الأمني النيجيري بولاما غريما"
BH_CMD = "قياديا في «بوكو حرام» لم يكشف عن اسمه"
BUKAR = "رئيس اتحاد الصيادين في الولاية علي بوكار"

ARTICLES: dict[str, dict[str, Any]] = {
    "r19_sukhnah_checkpoint": {
        "outlet": "عنب بلدي",
        "published": "2025-10-14",
        "entries": [
            E(
                "hd",
                "«داعش» و«سرايا أنصار السنة» تحالفا لمهاجمة حاجز في البادية",
                "الداخلية السورية",
                SY_MOI,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "moi4",
                "قتل أربعة عناصر من الأمن العام وأصيب ستة آخرون في هجوم استهدف حاجزا على طريق تدمر السخنة في ريف حمص الشرقي فجر الاثنين",
                SY_MOI,
                "",
                ORG,
                "بحسب ما أعلنت",
            ),
            E("moi_blame", "خلايا تنظيم «الدولة الإسلامية» مسؤولية الهجوم", "الوزارة", SY_MOI, ORG, "وحملت"),
            E(
                "moi_repel",
                "عناصر الحاجز «تمكنوا من صد المهاجمين وقتل اثنين منهم»",
                "وقالت",
                SY_MOI,
                ORG,
                "وقالت",
            ),
            E(
                "sp_alliance",
                "المهاجمين «ينتمون إلى تحالف جديد يضم خلايا داعش وسرايا أنصار السنة»",
                SHAMI,
                "",
                N_OFF,
                "وقال",
                via=["«عنب بلدي»"],
            ),
            E(
                "sp_merge",
                "الجماعتين «اندمجتا فعليا تحت قيادة عسكرية واحدة» في البادية منذ الصيف الماضي",
                "مضيفا",
                SHAMI,
                N_OFF,
                "مضيفا",
                via=["«عنب بلدي»"],
            ),
            E(
                "sp_arms",
                "التحقيقات الأولية مع موقوفين كشفت عن «تبادل للسلاح والمعلومات» بين الطرفين",
                "وأوضح",
                SHAMI,
                N_OFF,
                "وأوضح",
                via=["«عنب بلدي»"],
            ),
            E(
                "sar_deny",
                "وجود أي تحالف أو اندماج مع تنظيم «الدولة»",
                SARAYA,
                "",
                ORG,
                "نفت",
                NEG,
                via=["«تلغرام»"],
            ),
            E(
                "sar_slander",
                "رواية الوزارة «افتراء يراد به تبرير الحملات الأمنية على أبناء البادية»",
                "معتبرة",
                SARAYA,
                ORG,
                "معتبرة",
                via=["«تلغرام»"],
            ),
            E(
                "sohr9",
                "تسعة عناصر من الأمن العام قتلوا في الهجوم، بينهم ضابط برتبة ملازم أول",
                SOHR,
                "",
                ORG,
                "فأفاد",
            ),
            E(
                "sohr_withdraw",
                "المهاجمين انسحبوا باتجاه جبل البشري بعد اشتباك دام نحو ساعتين",
                "مشيرا",
                SOHR,
                ORG,
                "مشيرا",
            ),
            E(
                "isis15",
                "مقاتليه «قتلوا 15 عنصرا من الحكومة السورية» ودمروا آليتين",
                "تنظيم «الدولة»",
                ISIS,
                ORG,
                "وزعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "wit_gunfire",
                "أصوات الرصاص استمرت حتى ساعات الصباح الأولى",
                SY_WIT,
                "",
                A_SRC,
                "وذكر",
                ANON,
                via=["«عنب بلدي»"],
            ),
            E(
                "wit_4x4",
                "المهاجمين استقلوا سيارات رباعية الدفع",
                SY_WIT,
                "",
                A_SRC,
                "وذكر",
                ANON,
                via=["«عنب بلدي»"],
            ),
            E(
                "an_tactical",
                "العلاقة بين الطرفين «لا تتعدى مجرد تنسيق تكتيكي في مناطق محددة»",
                OMAR,
                "",
                N_PER,
                "ورأى",
            ),
            E("an_nomerge", "تكون الجماعتان قد اندمجتا", "مستبعدا", OMAR, N_PER, "مستبعدا", NEG),
            E(
                "an_exploit",
                "خلايا التنظيم ربما «تحاول استغلال الفراغ الأمني» الذي خلفه انسحاب فصائل محلية من المنطقة",
                "وأضاف",
                OMAR,
                N_PER,
                "وأضاف",
            ),
            E(
                "coal_joint",
                "قوات التحالف «نفذت بالاشتراك مع القوات الحكومية السورية» عملية إنزال جوي قرب قرية الطيبة شمالي السخنة ليل الاثنين",
                COAL,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "coal_leader",
                "العملية أسفرت عن مقتل قيادي في التنظيم يعتقد أنه خطط للهجوم",
                "مشيرا",
                COAL,
                A_OFF,
                "مشيرا",
                ANON,
            ),
            E(
                "moi_arrest12",
                "القبض على 12 شخصا يشتبه بانتمائهم إلى خلايا التنظيم في ريف تدمر",
                "الوزارة",
                SY_MOI,
                ORG,
                "أعلنت",
            ),
        ],
    },
    "r20_tayba_raid": {
        "outlet": "سكاي نيوز عربية",
        "published": "2025-10-15",
        "entries": [
            E("hd", "عملية الطيبة نفذتها قواتنا وحدها", "الداخلية السورية", SY_MOI, ORG, ":", HEAD),
            E(
                "moi6",
                "ارتفعت حصيلة قتلى الهجوم الذي استهدف حاجزا للأمن العام قرب السخنة في البادية السورية فجر الاثنين إلى ستة عناصر، بعد وفاة اثنين من المصابين متأثرين بجروحهما",
                SY_MOI,
                "",
                ORG,
                "وفق ما أفادت",
            ),
            E(
                "khatib_alone",
                "عملية الإنزال قرب قرية الطيبة «نفذتها وحدات الأمن العام بمفردها، ولم يشارك فيها أي طرف خارجي»",
                KHATIB,
                "",
                N_OFF,
                "وأكد",
                via=["«سكاي نيوز عربية»"],
            ),
            E(
                "khatib_wali",
                "انتهت بمقتل «والي البادية» في التنظيم واعتقال اثنين من مرافقيه",
                "لافتا",
                KHATIB,
                N_OFF,
                "لافتا",
                via=["«سكاي نيوز عربية»"],
            ),
            E("centcom", "قواتها «قدمت دعما استخباريا وجويا» للعملية", CENTCOM, "", ORG, "ذكرت"),
            E(
                "coal_leader",
                "العملية أسفرت عن مقتل قيادي في التنظيم يعتقد أنه خطط للهجوم",
                "مسؤول في التحالف الدولي",
                "",
                A_OFF,
                "نقل",
                ANON,
                via=["موقع «عنب بلدي»"],
            ),
            E(
                "sp_merge",
                "الجماعتين «اندمجتا فعليا تحت قيادة عسكرية واحدة»",
                "المتحدث باسم الوزارة عبد الرحمن الشامي",
                "",
                N_OFF,
                "نقل",
                via=["موقع «عنب بلدي»"],
            ),
            E(
                "sec_limited",
                "التنسيق بين «داعش» و«سرايا أنصار السنة» «لا يزال في إطار ميداني محدود»، ولم يرق بعد إلى مستوى التحالف",
                SY_SEC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=["«سكاي نيوز عربية»"],
            ),
            E(
                "exp_alliance",
                "ما يجمع الطرفين «تحالف مكتمل الأركان وليس مجرد تنسيق عابر»",
                HUSSEINI,
                "",
                N_PER,
                "يعتقد",
            ),
            E(
                "exp_expand",
                "يتوسع نشاطهما نحو ريف دير الزور خلال الأشهر المقبلة",
                "مرجحا",
                HUSSEINI,
                N_PER,
                "مرجحا",
            ),
            E("sohr11", "عدد قتلى هجوم السخنة ارتفع إلى 11 عنصرا", SOHR, "", ORG, "قال"),
            E(
                "sohr_week",
                "هجمات التنظيم في البادية أوقعت 17 قتيلا من القوات الحكومية خلال الأيام السبعة الماضية",
                "مضيفا",
                SOHR,
                ORG,
                "مضيفا",
            ),
            E(
                "furat_kom",
                "غارة جوية استهدفت سيارة قرب قرية الكوم شرقي السخنة، ما أدى إلى مقتل شخصين لم تعرف هويتهما",
                "شبكة «فرات بوست» المحلية",
                "",
                MEDIA,
                "أفادت",
            ),
            E(
                "moi_3",
                "بين الموقوفين الـ12 في ريف تدمر ثلاثة «قياديين» أحدهم مسؤول عن التمويل",
                "الوزارة",
                SY_MOI,
                ORG,
                "وذكرت",
            ),
            E(
                "activists",
                "حملة المداهمات «طالت رعاة أغنام لا صلة لهم بالتنظيم»",
                "ناشطون من المنطقة",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
        ],
    },
    "r21_babanusa_division": {
        "outlet": "سودان تريبيون",
        "published": "2025-11-25",
        "entries": [
            E("hd", "سيطرنا على مقر الفرقة 22 في بابنوسة", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "rsf_control",
                "سيطرتها الكاملة على مقر قيادة الفرقة 22 مشاة التابعة للجيش السوداني في مدينة بابنوسة بولاية غرب كردفان",
                RSF,
                "",
                ORG,
                "أعلنت",
            ),
            E("saf_deny", "سقوط المقر", "الجيش", SAF, ORG, "نفى", NEG),
            E(
                "rsf_300",
                "قواته «كبدت الجيش أكثر من 300 قتيل» واستولت على عشرات المركبات القتالية والمدافع الثقيلة",
                TOM,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "rsf_corridors",
                "قواته فتحت «ممرات آمنة» لخروج من تبقى من المدنيين في المدينة",
                "مضيفا",
                TOM,
                N_OFF,
                "مضيفا",
            ),
            E(
                "saf_repelled",
                "المتمردين حاولوا اقتحام المقر من ثلاثة محاور وتم دحرهم",
                SAFI,
                "",
                N_OFF,
                "قال",
                DIRECT,
                via=["«سودان تريبيون»"],
            ),
            E(
                "saf_dozens",
                "الجيش قتل «العشرات» من عناصر الدعم السريع",
                "مؤكدا",
                SAFI,
                N_OFF,
                "مؤكدا",
                via=["«سودان تريبيون»"],
            ),
            E("saf_11", "خسائره لم تتجاوز 11 جنديا", "مؤكدا", SAFI, N_OFF, "مؤكدا", via=["«سودان تريبيون»"]),
            E(
                "saf_splm",
                "الحركة الشعبية لتحرير السودان - شمال بالمشاركة في الهجوم «بمئات المقاتلين»",
                "الصافي",
                SAFI,
                N_OFF,
                "واتهم",
            ),
            E(
                "splm_deny",
                "مشاركة قوات الحركة في معارك بابنوسة",
                ANDREW,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=["«سودان تريبيون»"],
            ),
            E(
                "splm_political",
                "علاقتها بالدعم السريع «تقتصر على الشراكة السياسية ضمن تحالف تأسيس، وليست تحالفا عسكريا»",
                "موضحا",
                ANDREW,
                N_OFF,
                "موضحا",
                via=["«سودان تريبيون»"],
            ),
            E(
                "sdn27",
                "قتل 27 مدنيا بينهم تسعة أطفال جراء قصف مدفعي شنته قوات الدعم السريع على الأحياء السكنية في بابنوسة خلال اليومين الماضيين",
                SDN,
                "",
                ORG,
                "ووفقا",
            ),
            E("rsf_nociv", "لا تستهدف المدنيين", "«الدعم السريع»", RSF, ORG, "وأكدت", DIRECT),
            E("rsf_shields", "الجيش باتخاذ السكان «دروعا بشرية»", "متهمة", RSF, ORG, "متهمة"),
            E(
                "obeid8",
                "ثمانية أشخاص قتلوا في هجوم بطائرة مسيرة استهدف سوق الماشية في مدينة الأبيض صباح الثلاثاء",
                NK_OFF,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "obeid_origin",
                "تكون المسيرة «انطلقت من مناطق سيطرة الدعم السريع»",
                "مرجحا",
                NK_OFF,
                A_OFF,
                "مرجحا",
                ANON,
            ),
            E(
                "local_comms",
                "شبكات الاتصالات مقطوعة عن المدينة منذ مساء الأحد",
                "مصادر محلية في بابنوسة",
                "",
                A_SRC,
                "وأفادت",
                ANON,
            ),
            E(
                "iom_month",
                "نحو 12 ألفا و400 شخص نزحوا من بابنوسة وضواحيها خلال الشهر الماضي وحده",
                IOM,
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "an_road",
                "سقوط بابنوسة، إن حدث، «قد يفتح الطريق أمام الدعم السريع نحو الأبيض»",
                BABIKER,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_supply",
                "الجيش «يدفع ثمن تأخر الإمدادات عن الفرقة منذ أشهر»",
                "معتبرا",
                BABIKER,
                N_PER,
                "معتبرا",
            ),
        ],
    },
    "r22_babanusa_video": {
        "outlet": "وكالة أنباء العالم العربي",
        "published": "2025-11-26",
        "entries": [
            E("hd", "مقر الفرقة ٢٢ في بابنوسة لا يزال تحت سيطرتنا", SAF, "", ORG, ":", HEAD),
            E(
                "saf_full",
                "قواته «لا تزال تسيطر بالكامل» على مقر قيادة الفرقة ٢٢ مشاة في مدينة بابنوسة بولاية غرب كردفان",
                SAF,
                "",
                ORG,
                "قال",
            ),
            E("rsf_video", "يظهر عناصرها داخل مباني قيادة الفرقة", "قالت", RSF, ORG, "قالت"),
            E(
                "saf_src_video",
                "المقطع «صور في مقر سرية معزولة شرق المدينة سقط قبل أسبوعين»",
                SAF_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[AWP],
            ),
            E(
                "saf_repelled",
                "المتمردين حاولوا اقتحام المقر من ثلاثة محاور وتم دحرهم",
                "المتحدث باسم الجيش العميد الركن حسن إبراهيم الصافي",
                "",
                N_OFF,
                "ونقلت",
                DIRECT,
                via=["صحيفة «سودان تريبيون»"],
            ),
            E(
                "residents",
                "الجيش ما زال داخل المقر، والاشتباكات مستمرة على أطرافه",
                "سكان فروا من المدينة إلى الأبيض",
                "",
                A_SRC,
                "وأفاد",
                ANON,
                DIRECT,
            ),
            E(
                "med19",
                "المستشفى استقبل جثامين ١٩ جنديا خلال يومي الأحد والاثنين",
                MED,
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[AWP],
            ),
            E(
                "sdn34",
                "حصيلة القتلى المدنيين جراء قصف الدعم السريع على المدينة ارتفعت إلى ٣٤، بينهم ١٢ طفلا",
                SDN,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "lawyers",
                "«عشرات الضحايا المدنيين» خلال ثلاثة أيام",
                "مجموعة «محامو الطوارئ» الحقوقية",
                "",
                ORG,
                "تحدثت",
            ),
            E("nour_deny", "يكون أي مدني قد قتل بنيران قواته في بابنوسة", NOUR, "", N_OFF, "ونفى", NEG),
            E(
                "nour_politic",
                "أرقام الشبكة «مسيسة وتصدر عن جهة موالية للجيش»",
                "معتبرا",
                NOUR,
                N_OFF,
                "معتبرا",
            ),
            E("nk10", "ارتفاع عدد قتلى الهجوم بالمسيرة على سوق الماشية إلى عشرة", NK_GOV, "", ORG, "أعلنت"),
            E("nk_blame", "الدعم السريع مسؤوليته", "وحملت", NK_GOV, ORG, "وحملت"),
            E("rsf_obeid_deny", "أي صلة لها بالهجوم", "الأخيرة", RSF, ORG, "نفت", NEG),
            E(
                "ocha46",
                "هجمات المسيرات في إقليم كردفان أودت بحياة ٤٦ مدنيا على الأقل خلال الأسبوع الماضي",
                OCHA,
                "",
                ORG,
                "وقال",
            ),
            E(
                "iom_month",
                "نحو ١٢ ألفا و٤٠٠ شخص نزحوا من بابنوسة وضواحيها خلال الشهر الماضي",
                IOM,
                "",
                ORG,
                "ذكرت",
            ),
            E(
                "iom_total",
                "تجاوز عدد النازحين من ولاية غرب كردفان منذ مطلع العام ٩٠ ألفا",
                "تقديراتها",
                IOM,
                ORG,
                "بحسب",
                alt_types=[DOC],
            ),
            E(
                "splm_military",
                "التنسيق مع الدعم السريع «عسكري وميداني في جبهتي الدلنج وكادقلي»",
                SPLM_SR,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "splm_undecided",
                "قيادة الحركة «لم تقرر بعد» إرسال قوات إلى غرب كردفان",
                "مضيفا",
                SPLM_SR,
                A_OFF,
                "مضيفا",
                ANON,
            ),
        ],
    },
    "r23_lake_chad_infighting": {
        "outlet": "بي بي سي عربي",
        "published": "2025-12-09",
        "entries": [
            E("hd", "أكثر من 100 قتيل في اقتتال بين «بوكو حرام» و«إيسواب»", NG_ARMY, "", ORG, ":", HEAD),
            E(
                "army100",
                "أكثر من 100 مسلح قتلوا في اشتباكات عنيفة اندلعت بين جماعة «بوكو حرام» وتنظيم «الدولة الإسلامية في غرب أفريقيا» (إيسواب) على جزر في بحيرة تشاد قرب بلدة كوكاوا بولاية بورنو",
                NG_ARMY,
                "",
                ORG,
                "قال",
            ),
            E(
                "okon_rift",
                "الاقتتال «يكشف حجم التصدع داخل صفوف الإرهابيين»",
                OKON,
                "",
                N_OFF,
                "وقال",
                via=["بي بي سي"],
            ),
            E(
                "okon_nointerv",
                "الجيش «لم يتدخل في المعارك» واكتفى بمراقبة تحركات المسلحين بالطائرات المسيرة",
                "مضيفا",
                OKON,
                N_OFF,
                "مضيفا",
                via=["بي بي سي"],
            ),
            E("cjtf_range", "عدد القتلى بما بين 40 و60", CJTF, "", A_OFF, "قدر", ANON),
            E(
                "cjtf_most",
                "معظم الجثث التي رأيناها تعود لمقاتلي بوكو حرام",
                "موضحا",
                CJTF,
                A_OFF,
                "موضحا",
                ANON,
                DIRECT,
            ),
            E(
                "dt_spy",
                "شرارة المعارك انطلقت بعد أن احتجز «إيسواب» قياديا في «بوكو حرام» بتهمة التجسس",
                "صحيفة «ديلي تراست» النيجيرية",
                "",
                MEDIA,
                "وذكرت",
            ),
            E("mp_coord", "الجماعتين «تنسقان هجماتهما ضد الجيش منذ أشهر»", KINDI, "", N_OFF, "اعتبر"),
            E(
                "mp_spoils",
                "ما جرى «مجرد خلاف على تقاسم الغنائم، وليس حربا بينهما»",
                KINDI,
                "",
                N_OFF,
                "اعتبر",
            ),
            E(
                "iswap_deny",
                "أي تعاون مع «بوكو حرام»",
                "«إيسواب»",
                ISWAP,
                ORG,
                "فنفى",
                NEG,
                via=["وكالة «أعماق»"],
            ),
            E(
                "iswap_dozens",
                "مقاتليه قتلوا «العشرات» منهم وسيطروا على جزيرتين قرب كوكاوا",
                "وزعم",
                ISWAP,
                ORG,
                "وزعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "kuk9",
                "مسلحين من «بوكو حرام» قتلوا تسعة صيادين في قرية دورون باغا صباح الأحد",
                "رئيس الحكومة المحلية في كوكاوا أبا غوني محمد",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "police14",
                "اعتقال 14 شخصا يشتبه في أنهم كانوا يزودون الجماعتين بالوقود والمواد الغذائية",
                "شرطة ولاية بورنو",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "nsa_agree",
                "أبوجا ونيامي «توصلتا إلى اتفاق» لاستئناف الدوريات العسكرية المشتركة على الحدود، على أن يعلن رسميا خلال أيام",
                NSA,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "unhcr_month",
                "نحو ثلاثة آلاف نيجيري عبروا إلى إقليم البحيرة في تشاد خلال نوفمبر (تشرين الثاني) هربا من المعارك",
                UNHCR,
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "iss_chance",
                "الاقتتال «قد يمنح الجيش فرصة نادرة» لاستعادة جزر البحيرة",
                SALL,
                "",
                N_PER,
                "ويرى",
            ),
            E("iss_civ", "المدنيين سيدفعون الثمن", "محذرا", SALL, N_PER, "محذرا", DIRECT),
        ],
    },
    "r24_niger_patrols": {
        "outlet": "اندبندنت عربية",
        "published": "2025-12-10",
        "entries": [
            E(
                "hd",
                "لا اتفاق حتى الآن مع أبوجا على الدوريات المشتركة",
                "نيامي",
                "حكومة النيجر",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "niger_deny",
                "التوصل إلى أي اتفاق مع نيجيريا لاستئناف الدوريات العسكرية المشتركة على حدود البلدين",
                "حكومة النيجر",
                "",
                ORG,
                "نفت",
                NEG,
            ),
            E("nsa_ref", "اتفاق «سيعلن رسميا خلال أيام»", "مسؤول نيجيري", "", A_OFF, "تحدث", ANON),
            E(
                "niger_early",
                "المشاورات «لا تزال في مرحلة تبادل المقترحات»",
                SEIDOU,
                "",
                N_OFF,
                "وقال",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "niger_sov",
                "بلاده «لن توقع أي اتفاق لا يحترم سيادتها الكاملة»",
                "مؤكدا",
                SEIDOU,
                N_OFF,
                "مؤكدا",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "army130",
                "ارتفاع حصيلة الاقتتال بين «بوكو حرام» وتنظيم «الدولة الإسلامية في غرب أفريقيا» (إيسواب) في بحيرة تشاد إلى ١٣٠ قتيلا",
                NG_ARMY,
                "",
                ORG,
                "أعلن",
            ),
            E(
                "okon_rift",
                "الاقتتال «يكشف حجم التصدع داخل صفوف الإرهابيين»",
                "المتحدث العسكري المقدم صامويل أوكونكوو",
                "",
                N_OFF,
                "نقلت",
                via=["«بي بي سي»"],
            ),
            E(
                "iswap_deny",
                "أي تعاون مع «بوكو حرام»",
                "«إيسواب»",
                ISWAP,
                ORG,
                "نفى",
                NEG,
                via=["وكالة «أعماق»"],
            ),
            E(
                "bh_islands",
                "جماعته «ما زالت تسيطر على كل جزر منطقة كوكاوا»",
                BH_CMD,
                "",
                A_OFF,
                "زعم",
                ANON,
                alt_types=[A_SRC],
                via=["«تلغرام»"],
            ),
            E(
                "exp_overstated",
                "الحديث عن تعاون بين الجماعتين «مبالغ فيه»",
                GREMA,
                "",
                N_PER,
                "ويقول",
                via=["«اندبندنت عربية»"],
            ),
            E(
                "exp_truces",
                "ما يجمعهما «ليس تحالفا، بل هدنات مؤقتة تنهار عند أول خلاف»",
                "موضحا",
                GREMA,
                N_PER,
                "موضحا",
                via=["«اندبندنت عربية»"],
            ),
            E(
                "police3",
                "بين الموقوفين الـ١٤ ثلاثة مقاتلين من «إيسواب» اعترفوا بالمشاركة في هجمات سابقة",
                "شرطة ولاية بورنو",
                "",
                ORG,
                "أوضحت",
            ),
            E(
                "fish_all",
                "جميع الموقوفين «صيادون وتجار سمك لا علاقة لهم بأي جماعة مسلحة»",
                BUKAR,
                "",
                N_OFF,
                "أكد",
                alt_types=[N_PER],
            ),
            E(
                "local5",
                "مقاتلين من «إيسواب» قتلوا خمسة مزارعين في قرية كاريتو شمالي الولاية مساء الثلاثاء",
                "مسؤول محلي",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "af30",
                "غارة واحدة على معسكر في غابة سامبيسا أسفرت عن مقتل «نحو ٣٠ إرهابيا»",
                "سلاح الجو النيجيري",
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "army_week",
                "عملياته في الشمال الشرقي قتلت ٧٦ مسلحا واعتقلت ٤١ آخرين",
                "الجيش",
                NG_ARMY,
                ORG,
                "قال",
            ),
            E(
                "unhcr_total",
                "يستضيف إقليم البحيرة في تشاد أكثر من ٢٥ ألف لاجئ نيجيري",
                UNHCR,
                "",
                ORG,
                "وبحسب",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Syrian Badia: the toll of the al-Sukhnah checkpoint attack (same event, different figures)
        ("r19.moi4", "r19.sohr9"),
        ("r19.moi4", "r19.isis15"),
        ("r19.sohr9", "r19.isis15"),
        ("r20.moi6", "r20.sohr11"),
        ("r19.sohr9", "r20.moi6"),  # nine dead on Tuesday vs six on Wednesday (tolls do not fall)
        ("r19.isis15", "r20.moi6"),
        ("r19.isis15", "r20.sohr11"),
        # ISIS and Saraya Ansar al-Sunna: merger / alliance vs denial / mere tactical coordination
        ("r19.sp_merge", "r19.sar_deny"),
        ("r19.sp_merge", "r19.an_tactical"),
        ("r19.sp_merge", "r19.an_nomerge"),
        ("r19.sp_merge", "r20.sec_limited"),
        ("r20.sp_merge", "r19.sar_deny"),  # the spokesman's words as retold the next day
        ("r20.sp_merge", "r19.an_tactical"),
        ("r20.sp_merge", "r19.an_nomerge"),
        ("r20.sp_merge", "r20.sec_limited"),
        ("r19.hd", "r19.sar_deny"),  # headline copy
        ("r19.hd", "r19.an_tactical"),
        ("r19.hd", "r20.sec_limited"),
        ("r19.sp_alliance", "r19.sar_deny"),
        ("r19.sp_alliance", "r19.an_tactical"),
        ("r19.sp_alliance", "r20.sec_limited"),
        ("r20.exp_alliance", "r19.sar_deny"),
        ("r20.exp_alliance", "r19.an_tactical"),
        ("r20.exp_alliance", "r20.sec_limited"),
        # the al-Tayba raid: jointly with the coalition vs by Syrian forces alone
        ("r19.coal_joint", "r20.khatib_alone"),
        ("r19.coal_joint", "r20.hd"),
        ("r20.centcom", "r20.khatib_alone"),
        ("r20.centcom", "r20.hd"),
        # --- Sudan: control of the 22nd Division HQ in Babanusa
        ("r21.rsf_control", "r21.saf_deny"),
        ("r21.rsf_control", "r21.saf_repelled"),
        ("r21.rsf_control", "r22.saf_full"),
        ("r21.rsf_control", "r22.hd"),
        ("r21.rsf_control", "r22.residents"),
        ("r21.rsf_control", "r22.saf_repelled"),  # echoed copy
        ("r21.hd", "r21.saf_deny"),  # headline copy
        ("r21.hd", "r21.saf_repelled"),
        ("r21.hd", "r22.saf_full"),
        ("r21.hd", "r22.hd"),
        ("r21.hd", "r22.residents"),
        ("r21.hd", "r22.saf_repelled"),
        (
            "r22.rsf_video",
            "r22.saf_src_video",
        ),  # inside the HQ buildings vs filmed at an isolated company post
        ("r22.rsf_video", "r22.saf_full"),
        ("r22.rsf_video", "r22.hd"),
        # losses
        ("r21.rsf_300", "r21.saf_11"),  # over 300 soldiers killed vs losses of at most 11
        ("r21.saf_11", "r22.med19"),  # at most 11 vs 19 soldiers' bodies on Sunday–Monday alone
        ("r22.nour_deny", "r21.sdn27"),  # no civilian killed by RSF fire vs 27 / 34 / dozens
        ("r22.nour_deny", "r22.sdn34"),
        ("r22.nour_deny", "r22.lawyers"),
        # SPLM-N: took part in the attack vs denial / political partnership only
        ("r21.saf_splm", "r21.splm_deny"),
        ("r21.saf_splm", "r21.splm_political"),
        ("r21.saf_splm", "r22.splm_undecided"),
        (
            "r21.splm_political",
            "r22.splm_military",
        ),  # "political, not a military alliance" vs "military and field coordination"
        # El Obeid drone strike
        ("r22.nk_blame", "r22.rsf_obeid_deny"),
        # --- Lake Chad: death toll of the Boko Haram–ISWAP fighting
        ("r23.army100", "r23.cjtf_range"),
        ("r23.hd", "r23.cjtf_range"),
        ("r24.army130", "r23.cjtf_range"),
        # infighting vs cooperation
        ("r23.okon_rift", "r23.mp_spoils"),  # deep rift vs a mere quarrel over spoils, not a war
        ("r24.okon_rift", "r23.mp_spoils"),
        ("r23.mp_coord", "r23.iswap_deny"),
        ("r23.mp_coord", "r24.iswap_deny"),
        ("r23.mp_coord", "r24.exp_overstated"),
        ("r23.mp_coord", "r24.exp_truces"),  # coordinating attacks for months vs no alliance, short truces
        (
            "r23.iswap_dozens",
            "r24.bh_islands",
        ),  # ISWAP seized two islands near Kukawa vs BH still holds them all
        # Nigeria–Niger patrols: agreement reached vs no agreement yet
        ("r23.nsa_agree", "r24.hd"),
        ("r23.nsa_agree", "r24.niger_deny"),
        ("r23.nsa_agree", "r24.niger_early"),
        ("r24.nsa_ref", "r24.hd"),
        ("r24.nsa_ref", "r24.niger_deny"),
        ("r24.nsa_ref", "r24.niger_early"),
        # the Maiduguri detainees
        ("r24.police3", "r24.fish_all"),
    ],
    "agreements": [
        ("r19.moi_blame", "r19.isis15"),  # ISIS carried out the attack (ministry; ISIS's own claim)
        ("r19.sar_deny", "r19.an_nomerge"),  # no merger
        ("r19.an_tactical", "r20.sec_limited"),  # limited, tactical coordination only
        ("r19.sp_alliance", "r20.exp_alliance"),  # an alliance
        ("r19.coal_leader", "r20.khatib_wali"),  # the raid killed an ISIS commander
        ("r21.saf_deny", "r22.residents"),  # the HQ has not fallen
        ("r22.saf_full", "r22.residents"),
        ("r21.sdn27", "r22.lawyers"),  # dozens of civilians killed by the shelling
        ("r22.sdn34", "r22.lawyers"),
        ("r23.cjtf_most", "r23.iswap_dozens"),  # Boko Haram lost most / dozens of fighters
        ("r23.iswap_deny", "r24.exp_overstated"),  # no real cooperation between the two groups
    ],
    "echoes": [
        ("r19.sp_merge", "r20.sp_merge"),  # al-Shami's words to Enab Baladi, cited by Sky News Arabia
        ("r19.coal_leader", "r20.coal_leader"),  # the coalition official, via Enab Baladi
        ("r21.saf_repelled", "r22.saf_repelled"),  # al-Safi's words to Sudan Tribune, cited by AWP
        ("r21.iom_month", "r22.iom_month"),  # the same IOM figure, recalled
        ("r23.okon_rift", "r24.okon_rift"),  # Okonkwo's words to the BBC, cited again
        ("r23.iswap_deny", "r24.iswap_deny"),  # the same Amaq statement
        ("r23.nsa_agree", "r24.nsa_ref"),  # the Nigerian official's remarks, retold
    ],
    "not_contradictions": [
        ("r19.moi4", "r20.moi6"),  # toll rose from 4 to 6 (same ministry, next day)
        ("r19.sohr9", "r20.sohr11"),  # SOHR's toll rose from 9 to 11
        ("r20.moi6", "r20.sohr_week"),  # one attack vs the last seven days
        ("r20.sohr11", "r20.sohr_week"),
        ("r19.isis15", "r20.sohr_week"),
        ("r19.sp_arms", "r19.an_tactical"),  # exchanging arms and information fits tactical coordination
        ("r19.coal_joint", "r20.furat_kom"),  # al-Tayba vs al-Kawm: two villages, two operations
        ("r19.moi_arrest12", "r20.moi_3"),  # three "leaders" among the twelve detainees
        ("r21.sdn27", "r22.sdn34"),  # civilian toll rose from 27 to 34
        ("r21.obeid8", "r22.nk10"),  # El Obeid toll rose from 8 to 10
        ("r22.nk10", "r22.ocha46"),  # one strike vs all drone strikes in Kordofan over the week
        ("r21.obeid8", "r22.ocha46"),
        ("r21.iom_month", "r22.iom_total"),  # last month from Babanusa vs since January from the whole state
        ("r21.rsf_nociv", "r21.sdn27"),  # "we do not target civilians" vs civilians killed
        (
            "r21.splm_deny",
            "r22.splm_military",
        ),  # not in Babanusa vs coordination on the Dilling/Kadugli fronts
        ("r21.saf_dozens", "r21.rsf_300"),  # each side's count of the other side's dead
        ("r23.army100", "r24.army130"),  # toll rose from over 100 to 130
        ("r23.police14", "r24.police3"),  # three fighters among the fourteen detainees
        ("r23.kuk9", "r24.local5"),  # Doron Baga vs Kareto: two villages, two attacks
        ("r24.af30", "r24.army_week"),  # one air strike vs the week's operations
        ("r24.army_week", "r24.army130"),  # killed by the army vs killed in the infighting
        ("r23.unhcr_month", "r24.unhcr_total"),  # November's arrivals vs the total hosted
        ("r23.iswap_dozens", "r23.cjtf_range"),  # "dozens" of Boko Haram fighters vs 40–60 dead in all
        (
            "r23.okon_nointerv",
            "r24.af30",
        ),  # no army role in the island fighting vs a strike in Sambisa forest
        ("r20.moi_3", "r20.activists"),  # three leaders among the detainees vs raids that also took herders
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
