"""Writes gold.json for the tenth relations set (r55..r60) from the annotations below (`python3 tests/data/relations10/make_gold.py`).

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

# r55/r56: al-Dhale (Yemen), the Houthi attack on al-Fakhir north of Qataba
JF = "القوات المشتركة في محور الضالع"
SHUAIBI = "المتحدث باسم القوات المشتركة في محور الضالع، العقيد مختار الشعيبي"
SHUAIBI56 = "العقيد مختار الشعيبي"
HOUTHI = "جماعة الحوثي"
WASHLI55 = "المتحدث العسكري باسم الحوثيين، العميد عبد الملك الوشلي"
WASHLI56 = "المتحدث العسكري باسم جماعة الحوثي، العميد عبد الملك الوشلي"
MASIRA = "قناة «المسيرة»"
HOSP = "مصدرا طبيا في مستشفى النصر العام بمدينة الضالع"
HUMAIDI = "مدير مكتب الصحة في قعطبة، فؤاد الحميدي"
HUMAIDI56 = "مدير مكتب الصحة فؤاد الحميدي"
MILSRC = "مصدر عسكري في المحور"
YAFEI = "المتحدث باسم المجلس الانتقالي الجنوبي في الضالع، ناصر اليافعي"
OFFICER = "ضابط في قيادة المحور"
MASDAR = "«المصدر أونلاين»"
MASDAR56 = "موقع «المصدر أونلاين»"
MURAISI = "الوسيط القبلي الشيخ علي حسين المريسي"
JARADI = "رئيس لجنة شؤون الأسرى التابعة للحوثيين، حمود الجرادي"
EXEC = "الوحدة التنفيذية لإدارة مخيمات النازحين"
ABSI = "الباحث في الشؤون العسكرية اليمنية وضاح العبسي"
ANSI = "محافظ الضالع، أحمد قائد العنسي"
SABA = "وكالة الأنباء اليمنية «سبأ» الرسمية"
KHADR = "الخبير العسكري اليمني العميد المتقاعد محسن الخضر"
JAZEERA = "الجزيرة نت"
# r57/r58: al-Nuhud (West Kordofan, Sudan), the RSF assault
RSF = "قوات الدعم السريع"
ZAIN = "المتحدث باسم قوات الدعم السريع، عمر حمدان الزين"
SUDTRIB = "«سودان تربيون»"
TAYEB = "المتحدث باسم القوات المسلحة السودانية، العميد الركن حسن الطيب"
TAWER = "المتحدث باسم الحركة، عمار كوكو تاور"
DOCTORS = "شبكة أطباء السودان"
LAWYERS = "مجموعة محامو الطوارئ"
IOM = "المنظمة الدولية للهجرة"
WALI = "والي غرب كردفان المكلف، اللواء معاوية عبد الرحمن"
SD_MOFA = "وزارة الخارجية السودانية"
ABUGROUN = "الباحث السوداني في الشؤون الأمنية محمد عثمان أبو قرون"
ADVISER = "مستشار قائد «الدعم السريع»، صالح آدم هارون"
ARABIYA = "العربية.نت"
SHUTAL = "قائد ميداني يدعى إبراهيم أبو شوتال"
LNA = "القيادة العامة لـ«الجيش الوطني الليبي»"
DIV5 = "الفرقة الخامسة مشاة (الهجانة)"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)"
BILAL = "الخبير العسكري السوداني اللواء المتقاعد عثمان بلال"
# r59/r60: Busra al-Sham (Daraa, Syria), the General Security campaign
SY_MOI = "وزارة الداخلية السورية"
ZOUBI = "المتحدث باسم الوزارة، العقيد مازن الزعبي"
ENAB = "«عنب بلدي»"
MAHAMID = "القيادي السابق في «اللواء الثامن»، سامر المحاميد"
MAHAMID60 = "القيادي السابق في «اللواء الثامن» سامر المحاميد"
SOHR = "المرصد السوري لحقوق الإنسان"
SY_MOD = "وزارة الدفاع السورية"
QADDAH = "عضو لجنة وجهاء بصرى الشام، الشيخ فواز القداح"
QADDAH60 = "عضو لجنة الوجهاء، الشيخ فواز القداح"
COUNCIL = "مجلس مدينة بصرى الشام"
KHATIB = "الباحث السوري في الشؤون العسكرية رامي الخطيب"
HARIRI = "محافظ درعا، أنور الحريري"
ARABY = "«العربي الجديد»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r55_dhale_fakhir": {
        "outlet": "المصدر أونلاين",
        "published": "2026-03-09",
        "entries": [
            E("hd", "إحباط هجوم حوثي واسع على جبهة الفاخر شمال الضالع", "القوات المشتركة", JF, ORG, ":", HEAD),
            E(
                "jf_held",
                "وحداته «صدت موجات الهجوم المتتالية وحافظت على كل مواقعها في الفاخر وتبة الخزان»",
                SHUAIBI,
                "",
                N_OFF,
                "وقال",
            ),
            E("jf_hou17", "17 من عناصر الجماعة قتلوا", "مضيفا", SHUAIBI, N_OFF, "مضيفا"),
            E(
                "jf_own4",
                "أربعة من أفراد القوات المشتركة لقوا حتفهم وأصيب تسعة آخرون",
                "مضيفا",
                SHUAIBI,
                N_OFF,
                "مضيفا",
            ),
            E(
                "hou_seized",
                "مقاتلي الجماعة «سيطروا على سبعة مواقع في الفاخر بينها تبة الخزان»",
                WASHLI55,
                "",
                N_OFF,
                "قال",
                via=[MASIRA],
            ),
            E("hou23", "مقتل 23 من «المرتزقة» وأسر آخرين", "مؤكدا", WASHLI55, N_OFF, "مؤكدا", via=[MASIRA]),
            E(
                "med9",
                "المستشفى استقبل جثث تسعة جنود و21 جريحا منذ مساء الأحد",
                HOSP,
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E(
                "health3",
                "ثلاثة مدنيين بينهم طفل قتلوا بقذيفة أطلقها الحوثيون على سوق المدينة عصر الأحد",
                HUMAIDI,
                "",
                N_OFF,
                "وقال",
            ),
            E("hou_denymarket", "تكون قواته قصفت أي سوق أو حي سكني", "الوشلي", WASHLI55, N_OFF, "ونفى", NEG),
            E(
                "hou_shields",
                "القوات المشتركة بـ«التمترس بين منازل المدنيين»",
                "متهما",
                WASHLI55,
                N_OFF,
                "متهما",
            ),
            E(
                "src_drones",
                "الحوثيين «استخدموا طائرات مسيرة مفخخة لأول مرة على هذه الجبهة»",
                MILSRC,
                "",
                A_OFF,
                "وأوضح",
                ANON,
            ),
            E(
                "src_prep",
                "تكون الجماعة تمهد لهجوم أوسع باتجاه مدينة قعطبة",
                "مرجحا",
                MILSRC,
                A_OFF,
                "مرجحا",
                ANON,
            ),
            E(
                "stc_unified",
                "القوات الجنوبية وألوية الجيش الحكومي تقاتل تحت قيادة عسكرية موحدة منذ مطلع العام",
                YAFEI,
                "",
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E(
                "off_coord",
                "العلاقة بين الطرفين «لا تتعدى التنسيق الميداني، ولكل منهما قيادته المستقلة»",
                "ضابطا في قيادة المحور",
                "",
                A_OFF,
                "أكد",
                ANON,
                via=[MASDAR],
            ),
            E(
                "med_swap",
                "الطرفين «توافقا على تبادل جثث القتلى عبر منفذ مريس خلال 48 ساعة»",
                MURAISI,
                "",
                N_PER,
                "وقال",
                via=[MASDAR],
            ),
            E("hou_noswap", "التوصل إلى أي اتفاق بشأن الجثث", JARADI, "", N_OFF, "نفى", NEG),
            E("hou_open", "الجماعة «منفتحة على أي مبادرة إنسانية»", "مضيفا", JARADI, N_OFF, "مضيفا"),
            E(
                "exec210",
                "نزحت 210 أسر من قرى الفاخر إلى مدينتي قعطبة والضالع منذ مساء الأحد",
                EXEC,
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "loc_renewed",
                "تجدد الاشتباكات بصورة متقطعة صباح الاثنين في محيط تبة الخزان",
                "مصادر محلية",
                "",
                A_SRC,
                "أفادت",
                ANON,
            ),
            E(
                "an_aim",
                "الحوثيين «يسعون إلى السيطرة على المرتفعات المطلة على قعطبة لقطع خطوط الإمداد عن جبهة مريس»",
                ABSI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r56_dhale_qataba": {
        "outlet": "الجزيرة نت",
        "published": "2026-03-10",
        "entries": [
            E("hd", "مقاتلونا يثبتون مواقعهم في تبة الخزان شمالي الضالع", "الحوثيون", HOUTHI, ORG, ":", HEAD),
            E(
                "hou_hold",
                "مقاتلي الجماعة «ما زالوا يتمركزون في تبة الخزان والمواقع التي دخلوها في الفاخر»",
                WASHLI56,
                "",
                N_OFF,
                "قال",
                via=[MASIRA],
            ),
            E(
                "hou31",
                "عدد قتلى القوات الحكومية في معارك الأحد ارتفع إلى ٣١",
                "مضيفا",
                WASHLI56,
                N_OFF,
                "مضيفا",
                via=[MASIRA],
            ),
            E(
                "hou_drones",
                "مشاركة «سلاح الجو المسير» في العملية",
                "ومشيرا",
                WASHLI56,
                N_OFF,
                "ومشيرا",
                via=[MASIRA],
            ),
            E(
                "jf_echo",
                "وحداته «صدت موجات الهجوم المتتالية وحافظت على كل مواقعها في الفاخر وتبة الخزان»",
                "متحدثها العقيد مختار الشعيبي",
                SHUAIBI56,
                N_OFF,
                "قال فيه",
            ),
            E(
                "jf6",
                "مقتل ستة من أفرادها، بعد وفاة جريحين متأثرين بإصابتهما",
                "القوات",
                JF,
                ORG,
                "وأعلنت",
            ),
            E(
                "gov_lines",
                "«خطوط التماس في الفاخر لم تتغير، والحوثيون فشلوا في التقدم مترا واحدا»",
                ANSI,
                "",
                N_OFF,
                "ونقلت",
                via=[SABA],
            ),
            E(
                "health5",
                "ضحايا القذيفة الحوثية التي سقطت على سوق المدينة ارتفعوا إلى خمسة مدنيين، بينهم طفلان",
                HUMAIDI56,
                "",
                N_OFF,
                "قال",
                via=[JAZEERA],
            ),
            E(
                "hou_maris",
                "القوات المشتركة بقصف قريتين في مديرية مريس، ما أدى إلى مقتل مدنيين اثنين",
                "الجماعة",
                HOUTHI,
                ORG,
                "واتهمت",
            ),
            E("jf_denymaris", "قصف أي قرية في مريس", "الشعيبي", SHUAIBI56, N_OFF, "ونفى", NEG),
            E(
                "jf_noshell",
                "قواته «لم تطلق قذيفة واحدة باتجاه القرى»",
                "مؤكدا",
                SHUAIBI56,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "off_echo",
                "«لا تتعدى التنسيق الميداني، ولكل منهما قيادته المستقلة»",
                OFFICER,
                "",
                A_OFF,
                "نقل",
                ANON,
                via=[MASDAR56],
            ),
            E(
                "an_alliance",
                "الطرفين «يخوضان المعركة حلفا واحدا بغرفة عمليات مشتركة»",
                KHADR,
                "",
                N_PER,
                "رأى",
            ),
            E(
                "med_echo",
                "الطرفين «توافقا على تبادل جثث القتلى عبر منفذ مريس خلال ٤٨ ساعة»",
                MURAISI,
                "",
                N_PER,
                "نقل",
                via=[MASDAR56],
            ),
            E(
                "icrc",
                "لم نتلق طلبا من أي طرف لتيسير عملية التبادل",
                "اللجنة الدولية للصليب الأحمر",
                "",
                ORG,
                "وقالت",
                DIRECT,
            ),
            E(
                "iom90",
                "فرقها سجلت نزوح ٩٠ أسرة فقط من قرى الفاخر منذ مساء الأحد",
                "المنظمة الدولية للهجرة",
                "",
                ORG,
                "قالت",
            ),
            E(
                "loc_hasha",
                "مقتل مزارع برصاص قناص حوثي أثناء عمله في أرضه",
                "مصادر محلية",
                "",
                A_SRC,
                "أفادت",
                ANON,
                via=[JAZEERA],
            ),
            E("un_call", "«خفض التصعيد وحماية المدنيين»", "مكتب المبعوث الأممي إلى اليمن", "", ORG, "دعا", OPT),
        ],
    },
    "r57_nuhud_takeover": {
        "outlet": "سودان تربيون",
        "published": "2026-04-13",
        "entries": [
            E("hd", "قواتنا تسيطر بالكامل على مدينة النهود", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "rsf_control",
                "سيطرتها الكاملة على مدينة النهود بولاية غرب كردفان بعد «اجتياح مقر الحامية العسكرية» فجر الأحد",
                RSF,
                "",
                ORG,
                "أعلنت",
                via=["«تلغرام»"],
            ),
            E(
                "rsf_pow70",
                "مقاتليه «أسروا أكثر من 70 جنديا بينهم ضباط» واستولوا على 40 مركبة قتالية",
                ZAIN,
                "",
                N_OFF,
                "وقال",
                via=[SUDTRIB],
            ),
            E(
                "rsf_nociv",
                "«جميع القتلى من الجنود والمستنفرين، ولم يسقط أي مدني»",
                "مشيرا",
                ZAIN,
                N_OFF,
                "مشيرا",
                via=[SUDTRIB],
            ),
            E(
                "army_holds",
                "«الحامية ما زالت صامدة بعد أن صدت الهجوم وكبدت المليشيا مئات القتلى»",
                TAYEB,
                "",
                N_OFF,
                "أكد",
            ),
            E("army_nopow", "أسر أي من أفرادها", "نافيا", TAYEB, N_OFF, "نافيا", NEG),
            E(
                "army_splm",
                "«الحركة الشعبية لتحرير السودان - شمال» بالمشاركة في الهجوم «جنبا إلى جنب مع المليشيا ضمن تحالف عسكري معلن»",
                "الطيب",
                TAYEB,
                N_OFF,
                "واتهم",
            ),
            E("splm_deny", "مشاركة أي من مقاتلي الحركة في معارك النهود", TAWER, "", N_OFF, "نفى", NEG),
            E(
                "splm_political",
                "العلاقة مع «الدعم السريع» «تنسيق سياسي ضمن تحالف تأسيس فقط، ولا تشمل أي عمليات عسكرية مشتركة»",
                "موضحا",
                TAWER,
                N_OFF,
                "موضحا",
            ),
            E(
                "loc_market",
                "عربات «الدعم السريع» شوهدت في السوق الكبير ومحيط المستشفى",
                "مصادر محلية",
                "",
                A_SRC,
                "وقالت",
                ANON,
                via=[SUDTRIB],
            ),
            E(
                "loc_garrison",
                "جنودا ما زالوا يتحصنون داخل مقر الحامية الذي يتعرض لقصف مدفعي متواصل",
                "مصادر محلية",
                "",
                A_SRC,
                "وقالت",
                ANON,
                via=[SUDTRIB],
            ),
            E(
                "doc47",
                "«الدعم السريع» قتلت 47 مدنيا بينهم تسع نساء خلال اقتحام الأحياء الشرقية للمدينة",
                DOCTORS,
                "",
                ORG,
                "وأفادت",
            ),
            E("law62", "عدد القتلى المدنيين «لا يقل عن 62»", LAWYERS, "", ORG, "قالت"),
            E(
                "med35",
                "المستشفى استقبل 35 جريحا نقلوا من النهود",
                "مصدر طبي في مستشفى الخوي الريفي",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "iom18k",
                "نزح نحو 18 ألف شخص من النهود باتجاه الخوي والأبيض منذ صباح الأحد",
                IOM,
                "",
                ORG,
                "ووفق",
            ),
            E("gov5k", "عدد النازحين لا يتجاوز خمسة آلاف", WALI, "", N_OFF, "قال", DIRECT),
            E(
                "mofa_lna",
                "القوات التابعة لـ«الجيش الوطني الليبي» بتسهيل عبور شحنات أسلحة إلى «الدعم السريع» عبر المثلث الحدودي",
                SD_MOFA,
                "",
                ORG,
                "اتهمت",
            ),
            E(
                "an_road",
                "سقوط النهود «إن تأكد» سيفتح أمام «الدعم السريع» الطريق نحو الأبيض",
                ABUGROUN,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_supply", "تسعى القوات إلى «قطع الإمداد عن كردفان»", "مرجحا", ABUGROUN, N_PER, "مرجحا"),
        ],
    },
    "r58_nuhud_civilians": {
        "outlet": "العربية.نت",
        "published": "2026-04-14",
        "entries": [
            E("hd", "كل قتلى النهود مقاتلون سقطوا في المعارك", "مستشار «الدعم السريع»", ADVISER, N_OFF, ":", HEAD),
            E(
                "doc71",
                "حصيلة القتلى المدنيين في مدينة النهود بولاية غرب كردفان إلى 71، بينهم 14 امرأة وستة أطفال",
                DOCTORS,
                "",
                ORG,
                "رفعت",
            ),
            E(
                "doc_exec",
                "قوات الدعم السريع بتنفيذ «إعدامات ميدانية» في حي الوحدة شرقي المدينة",
                "متهمة",
                DOCTORS,
                ORG,
                "متهمة",
            ),
            E(
                "adv_fighters",
                "القتلى «كلهم مقاتلون من الجيش والمستنفرين»",
                ADVISER,
                "",
                N_OFF,
                "قال",
                via=[ARABIYA],
            ),
            E("adv_noexec", "تنفيذ أي إعدامات", "نافيا", ADVISER, N_OFF, "نافيا", NEG, via=[ARABIYA]),
            E(
                "adv_inflate",
                "منظمات «موالية للجيش» بتضخيم الأرقام",
                "ومتهما",
                ADVISER,
                N_OFF,
                "ومتهما",
                via=[ARABIYA],
            ),
            E(
                "rsf_echo",
                "«السيطرة الكاملة على مدينة النهود»",
                "«الدعم السريع»",
                RSF,
                ORG,
                "أعلنت فيه",
                alt_types=[DOC],
            ),
            E(
                "field_pows",
                "الأسرى الذين ظهروا خلفه «ضباط وجنود من حامية النهود»",
                SHUTAL,
                "",
                N_OFF,
                "قال فيه",
                via=["منصات «الدعم السريع»"],
            ),
            E(
                "army_control",
                "قواته «تحكم سيطرتها على مقر الحامية والأحياء الغربية للمدينة»",
                "الجيش السوداني",
                "",
                ORG,
                "قال",
            ),
            E(
                "army_jets",
                "الطيران الحربي «دمر أكثر من 30 عربة قتالية للمليشيا»",
                "مضيفا",
                "الجيش السوداني",
                ORG,
                "مضيفا",
            ),
            E(
                "src_splm3",
                "ثلاثة من مقاتلي «الحركة الشعبية - شمال» بين أسرى وقعوا في قبضة الجيش خلال المعارك",
                "مصدر عسكري",
                "",
                A_OFF,
                "وأبلغ",
                ANON,
                via=[ARABIYA],
            ),
            E(
                "splm_echo",
                "مشاركة أي من مقاتليها في معارك النهود",
                TAWER,
                "",
                N_OFF,
                "نفيه",
                NEG,
                via=[SUDTRIB],
            ),
            E(
                "mofa_retold",
                "لها بتسهيل نقل أسلحة إلى «الدعم السريع»",
                "الخارجية السودانية",
                "",
                ORG,
                "اتهامات",
                OPT,
            ),
            E("lna_deny", "تسهيل نقل أسلحة إلى «الدعم السريع»", LNA, "", ORG, "ونفت", NEG, nth=0),
            E("lna_nocomp", "«لم تتورط بأي شكل في الصراع السوداني»", "مؤكدة", LNA, ORG, "مؤكدة"),
            E("lna_export", "«محاولة لتصدير الأزمة»", "وواصفة", LNA, ORG, "وواصفة"),
            E(
                "rsf_obeid",
                "مسيراتها «أصابت مستودعات الوقود في مطار الأبيض»",
                "«الدعم السريع»",
                RSF,
                ORG,
                "قالت",
            ),
            E(
                "div5",
                "دفاعاتها الجوية «أسقطت جميع المسيرات قبل بلوغ أهدافها»",
                DIV5,
                "",
                ORG,
                "أكدت",
            ),
            E("ocha30k", "أكثر من 30 ألف شخص فروا من النهود منذ الأحد", OCHA, "", ORG, "وقدر"),
            E(
                "wfp",
                "تعليق قافلة مساعدات كانت في طريقها إلى المدينة بسبب انعدام الأمن",
                "برنامج الأغذية العالمي",
                "",
                ORG,
                "أعلن",
            ),
            E(
                "res_water",
                "«نقص حاد في مياه الشرب والأدوية» داخل مراكز الإيواء",
                "سكان فروا إلى بلدة الخوي",
                "",
                A_SRC,
                "وتحدث",
                ANON,
                via=[ARABIYA],
            ),
            E(
                "an_battle",
                "الجيش «يخوض في النهود معركة وجود لإبقاء طريق الإمداد إلى الأبيض مفتوحا»",
                BILAL,
                "",
                N_PER,
                "يرى",
            ),
        ],
    },
    "r59_busra_campaign": {
        "outlet": "عنب بلدي",
        "published": "2026-05-11",
        "entries": [
            E("hd", "أكثر من 30 موقوفا في حملة أمنية ببصرى الشام", "مصادر محلية", "", A_SRC, ":", HEAD, ANON),
            E(
                "moi_control",
                "وحدات الأمن العام «فرضت السيطرة الكاملة على مدينة بصرى الشام»",
                "وزارة الداخلية",
                SY_MOI,
                ORG,
                "وقالت",
            ),
            E("moi_14", "ألقت القبض على 14 مطلوبا", "وزارة الداخلية", SY_MOI, ORG, "وقالت"),
            E(
                "moi_six",
                "«بينهم ستة من العناصر السابقين في اللواء الثامن متورطون في اغتيال الضابط»",
                "وزارة الداخلية",
                SY_MOI,
                ORG,
                "وقالت",
            ),
            E("moi_2dead", "مقتل عنصرين من الأمن العام وإصابة خمسة", "مشيرة", SY_MOI, ORG, "مشيرة"),
            E(
                "spk_nociv",
                "«أحدا من المدنيين لم يتعرض لأذى»",
                ZOUBI,
                "",
                N_OFF,
                "وأكد",
                via=[ENAB],
            ),
            E(
                "spk_stop",
                "الحملة «ستتوقف فور تسليم بقية المطلوبين»",
                ZOUBI,
                "",
                N_OFF,
                "وأكد",
                via=[ENAB],
            ),
            E(
                "loc30",
                "عدد الموقوفين «تجاوز 30 شابا، معظمهم من عائلة واحدة»",
                "مصادر محلية",
                "",
                A_SRC,
                "قالت",
                ANON,
                via=["عنب بلدي"],
            ),
            E(
                "loc_holdout",
                "مسلحين من أبناء المدينة «ما زالوا يتحصنون في الحي الشرقي ومحيط القلعة»",
                "مصادر محلية",
                "",
                A_SRC,
                "قالت",
                ANON,
                via=["عنب بلدي"],
            ),
            E(
                "wit_reinf",
                "وصول تعزيزات أمنية من مدينتي درعا وإزرع مساء الأحد",
                "شهود عيان",
                "",
                A_SRC,
                "وتحدث",
                ANON,
            ),
            E(
                "act_burn",
                "عناصر الأمن أحرقوا منزلين في الحي الشرقي",
                "ناشطين",
                "",
                A_SRC,
                "نقلت",
                ANON,
                via=["شبكة «درعا 24» المحلية"],
            ),
            E(
                "leader_deny",
                "يكون أي من عناصر اللواء السابقين بين الموقوفين",
                MAHAMID,
                "",
                N_PER,
                "ونفى",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "leader_fabricated",
                "«الاتهامات بالضلوع في اغتيال الضابط ملفقة»",
                "مؤكدا",
                MAHAMID,
                N_PER,
                "مؤكدا",
                alt_types=[N_OFF],
            ),
            E(
                "sohr11",
                "قتل 11 شخصا في الاشتباكات، هم أربعة من عناصر الأمن العام وخمسة مسلحين محليين ومدنيان، أحدهما امرأة",
                SOHR,
                "",
                ORG,
                "ووفق",
            ),
            E("mod_deny", "مشاركة أي من تشكيلات الجيش في العملية", SY_MOD, "", ORG, "ونفت", NEG),
            E("mod_pure", "«مهمة أمنية بحتة تنفذها وزارة الداخلية»", "مؤكدة", SY_MOD, ORG, "مؤكدة"),
            E(
                "notable_agree",
                "اللجنة توصلت ظهر الاثنين إلى «اتفاق مبدئي مع محافظ درعا» يقضي بتسليم السلاح المتوسط مقابل وقف الحملة الأمنية",
                QADDAH,
                "",
                N_PER,
                "وقال",
                alt_types=[N_OFF],
            ),
            E(
                "council300",
                "نحو 300 عائلة نزحت إلى بلدتي معربة وغصم المجاورتين منذ بدء الحملة",
                COUNCIL,
                "",
                ORG,
                "وذكر",
            ),
            E(
                "an_test",
                "الحملة «اختبار لقدرة دمشق على بسط سلطتها في الجنوب»",
                KHATIB,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_extend",
                "تمتد إلى بلدات أخرى في ريف درعا الشرقي إذا تعثرت المفاوضات",
                "مرجحا",
                KHATIB,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r60_busra_agreement": {
        "outlet": "العربي الجديد",
        "published": "2026-05-12",
        "entries": [
            E("hd", "لا اتفاق مع وجهاء بصرى الشام قبل تسليم جميع المطلوبين", "محافظ درعا", HARIRI, N_OFF, ":", HEAD),
            E(
                "gov_noagree",
                "ما تداوله وجهاء من بصرى الشام عن اتفاق مبدئي مع المحافظة «لا أساس له»",
                HARIRI,
                "",
                N_OFF,
                "قال",
                via=[ARABY],
            ),
            E(
                "gov_continue",
                "الحملة الأمنية في المدينة «مستمرة حتى تسليم آخر مطلوب»",
                "مضيفا",
                HARIRI,
                N_OFF,
                "مضيفا",
                via=[ARABY],
            ),
            E(
                "gov_smuggle",
                "المسلحين المتحصنين في المدينة بأنهم «جزء من شبكة تهريب مخدرات تمتد إلى الحدود الأردنية»",
                "الحريري",
                HARIRI,
                N_OFF,
                "واتهم",
            ),
            E(
                "notable_nosmuggle",
                "المسلحون أبناء عشائر يدافعون عن بيوتهم، ولا صلة لهم بالتهريب",
                QADDAH60,
                "",
                N_PER,
                "قال",
                DIRECT,
                alt_types=[N_OFF],
            ),
            E(
                "moi_echo",
                "وحدات الأمن العام «فرضت السيطرة الكاملة على مدينة بصرى الشام»",
                SY_MOI,
                "",
                ORG,
                "قالت فيه",
                alt_types=[DOC],
            ),
            E("moi19", "ارتفاع عدد الموقوفين إلى ١٩", "أعلنت", SY_MOI, ORG, "أعلنت"),
            E("moi3", "حصيلة قتلى الأمن العام إلى ثلاثة، بعد وفاة أحد المصابين", "أعلنت", SY_MOI, ORG, "أعلنت"),
            E("moi_normal", "«الحياة عادت إلى طبيعتها في معظم أحياء المدينة»", "وأضافت", SY_MOI, ORG, "وأضافت"),
            E(
                "loc_citadel",
                "مسلحين «لا يزالون يتحصنون في محيط قلعة بصرى»",
                "مصادر محلية",
                "",
                A_SRC,
                "قالت",
                ANON,
                via=[ARABY],
            ),
            E(
                "loc_tanks",
                "دبابات تابعة للفرقة ٤٠ في الجيش السوري «شاركت في قصف الحي الشرقي» ليل الاثنين",
                "مصادر محلية",
                "",
                A_SRC,
                "قالت",
                ANON,
                via=[ARABY],
            ),
            E(
                "sohr13",
                "حصيلة القتلى إلى ١٣، بينهم خمسة من عناصر الأمن العام وثلاثة مدنيين",
                SOHR,
                "",
                ORG,
                "ورفع",
            ),
            E(
                "snhr3",
                "مقتل ثلاثة مدنيين، بينهم امرأة وطفل",
                "الشبكة السورية لحقوق الإنسان",
                "",
                ORG,
                "وثقت",
            ),
            E(
                "leader_echo",
                "يكون أي من عناصر اللواء السابقين بين الموقوفين",
                MAHAMID60,
                "",
                N_PER,
                "نفيه",
                NEG,
                alt_types=[N_OFF],
                via=["موقع «عنب بلدي»"],
            ),
            E(
                "secsrc",
                "بين الموقوفين «ثلاثة مطلوبين في قضايا تهريب»",
                "مصدر في الأمن العام",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[ARABY],
            ),
            E("sarc40", "فرقه أجلت ٤٠ عائلة من الحي الشرقي", "الهلال الأحمر العربي السوري", "", ORG, "قال"),
            E(
                "off50",
                "عدد العائلات النازحة بما «لا يتجاوز ٥٠ عائلة»",
                "مسؤول في المحافظة",
                "",
                A_OFF,
                "قدر",
                ANON,
            ),
            E(
                "jordan",
                "أحبطت محاولة تهريب عبر حدودها الشمالية فجر الثلاثاء، وقتلت ثلاثة مهربين",
                "القوات المسلحة الأردنية",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "an_pockets",
                "دمشق «تريد إنهاء آخر جيوب السلاح المحلي في الجنوب قبل أي تسوية مع الوجهاء»",
                "الكاتب والمحلل السياسي السوري حسان الجاسم",
                "",
                N_PER,
                "ورأى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- al-Dhale: the joint forces held all positions vs the Houthis seized / still hold them
        ("r55.hd", "r55.hou_seized"),
        ("r55.jf_held", "r55.hou_seized"),
        ("r56.jf_echo", "r55.hou_seized"),  # republished statement
        ("r56.gov_lines", "r55.hou_seized"),
        ("r55.hd", "r56.hd"),
        ("r55.jf_held", "r56.hd"),
        ("r56.jf_echo", "r56.hd"),
        ("r56.gov_lines", "r56.hd"),
        ("r55.hd", "r56.hou_hold"),
        ("r55.jf_held", "r56.hou_hold"),
        ("r56.jf_echo", "r56.hou_hold"),
        ("r56.gov_lines", "r56.hou_hold"),
        # the joint forces' dead: 4 (then 6) vs the Houthis' 23 (then 31) and the hospital's 9 bodies
        ("r55.jf_own4", "r55.hou23"),
        ("r55.jf_own4", "r55.med9"),
        ("r55.jf_own4", "r56.hou31"),
        ("r56.jf6", "r55.hou23"),
        ("r56.jf6", "r56.hou31"),
        ("r56.jf6", "r55.med9"),  # nine bodies by Monday vs six dead on Tuesday (tolls do not fall)
        # the Qataba market shell vs the Houthi denial
        ("r55.health3", "r55.hou_denymarket"),
        ("r56.health5", "r55.hou_denymarket"),
        # shelling of villages in Marris vs the joint forces' denial
        ("r56.hou_maris", "r56.jf_denymaris"),
        ("r56.hou_maris", "r56.jf_noshell"),
        # southern forces and government brigades: one command / one alliance vs mere field coordination
        ("r55.stc_unified", "r55.off_coord"),
        ("r55.stc_unified", "r56.off_echo"),
        ("r56.an_alliance", "r55.off_coord"),
        ("r56.an_alliance", "r56.off_echo"),
        # exchange of bodies agreed vs no agreement
        ("r55.med_swap", "r55.hou_noswap"),
        ("r56.med_echo", "r55.hou_noswap"),
        # displaced families since Sunday evening: 210 vs "only 90"
        ("r55.exec210", "r56.iom90"),
        # --- al-Nuhud: full RSF control after storming the garrison vs the garrison still holding
        ("r57.hd", "r57.army_holds"),
        ("r57.rsf_control", "r57.army_holds"),
        ("r58.rsf_echo", "r57.army_holds"),
        ("r57.hd", "r57.loc_garrison"),
        ("r57.rsf_control", "r57.loc_garrison"),
        ("r58.rsf_echo", "r57.loc_garrison"),
        ("r57.hd", "r58.army_control"),
        ("r57.rsf_control", "r58.army_control"),
        ("r58.rsf_echo", "r58.army_control"),
        # all the dead were fighters / no civilian vs civilian tolls
        ("r57.rsf_nociv", "r57.doc47"),
        ("r57.rsf_nociv", "r57.law62"),
        ("r57.rsf_nociv", "r58.doc71"),
        ("r58.adv_fighters", "r57.doc47"),
        ("r58.adv_fighters", "r57.law62"),
        ("r58.adv_fighters", "r58.doc71"),
        ("r58.hd", "r57.doc47"),
        ("r58.hd", "r57.law62"),
        ("r58.hd", "r58.doc71"),
        ("r57.doc47", "r57.law62"),  # 47 vs "no fewer than 62" on the same day
        ("r58.doc_exec", "r58.adv_noexec"),
        # prisoners: more than 70 soldiers captured vs none of the garrison captured
        ("r57.rsf_pow70", "r57.army_nopow"),
        ("r58.field_pows", "r57.army_nopow"),
        # SPLM-N: took part in a declared military alliance vs no fighter took part, political coordination only
        ("r57.army_splm", "r57.splm_deny"),
        ("r57.army_splm", "r57.splm_political"),
        ("r57.army_splm", "r58.splm_echo"),
        ("r58.src_splm3", "r57.splm_deny"),
        ("r58.src_splm3", "r57.splm_political"),
        ("r58.src_splm3", "r58.splm_echo"),
        # arms through the LNA vs no involvement
        ("r57.mofa_lna", "r58.lna_deny"),
        ("r57.mofa_lna", "r58.lna_nocomp"),
        # El Obeid: drones hit the fuel depots vs all shot down
        ("r58.rsf_obeid", "r58.div5"),
        # displaced on Monday: about 18,000 vs no more than 5,000
        ("r57.iom18k", "r57.gov5k"),
        # --- Busra al-Sham: full control vs gunmen still entrenched
        ("r59.moi_control", "r59.loc_holdout"),
        ("r59.moi_control", "r60.loc_citadel"),
        ("r60.moi_echo", "r59.loc_holdout"),
        ("r60.moi_echo", "r60.loc_citadel"),
        # detainees: 14 (then 19) vs more than 30
        ("r59.moi_14", "r59.loc30"),
        ("r59.moi_14", "r59.hd"),
        ("r60.moi19", "r59.loc30"),
        ("r60.moi19", "r59.hd"),
        # six former Eighth Brigade members among those held, involved in the killing vs denial
        ("r59.moi_six", "r59.leader_deny"),
        ("r59.moi_six", "r59.leader_fabricated"),
        ("r59.moi_six", "r60.leader_echo"),
        # General Security dead: 2 (then 3) vs SOHR's 4 (then 5)
        ("r59.moi_2dead", "r59.sohr11"),
        ("r60.moi3", "r59.sohr11"),
        ("r60.moi3", "r60.sohr13"),
        # no civilian harmed vs two civilians killed
        ("r59.spk_nociv", "r59.sohr11"),
        # agreement in principle with the governor vs no agreement
        ("r59.notable_agree", "r60.hd"),
        ("r59.notable_agree", "r60.gov_noagree"),
        # army formations took no part vs tanks of the 40th Division shelled the eastern quarter
        ("r59.mod_deny", "r60.loc_tanks"),
        ("r59.mod_pure", "r60.loc_tanks"),
        # displaced: about 300 families vs no more than 50
        ("r59.council300", "r60.off50"),
        # part of a drug-smuggling network vs no link to smuggling
        ("r60.gov_smuggle", "r60.notable_nosmuggle"),
    ],
    "agreements": [
        ("r55.src_drones", "r56.hou_drones"),  # explosive drones used (a joint-forces source and the Houthis)
        ("r55.stc_unified", "r56.an_alliance"),  # one command / one alliance
        ("r55.jf_held", "r56.gov_lines"),  # positions held / front lines unchanged
        ("r57.army_holds", "r57.loc_garrison"),  # the garrison still holds
        ("r57.loc_garrison", "r58.army_control"),
        ("r59.loc_holdout", "r60.loc_citadel"),  # gunmen still entrenched by the citadel
        ("r60.sohr13", "r60.snhr3"),  # three civilians killed
    ],
    "echoes": [
        ("r55.jf_held", "r56.jf_echo"),  # statement republished
        ("r55.off_coord", "r56.off_echo"),  # retold via al-Masdar Online
        ("r55.med_swap", "r56.med_echo"),  # retold via al-Masdar Online
        ("r57.rsf_control", "r58.rsf_echo"),  # statement republished
        ("r57.splm_deny", "r58.splm_echo"),  # retold via Sudan Tribune
        ("r59.moi_control", "r60.moi_echo"),  # statement republished
        ("r59.leader_deny", "r60.leader_echo"),  # retold via Enab Baladi
    ],
    "not_contradictions": [
        ("r55.jf_own4", "r56.jf6"),  # the same source's toll rose from 4 to 6
        ("r55.hou23", "r56.hou31"),  # the same source's figure rose from 23 to 31
        ("r55.health3", "r56.health5"),  # market toll rose from 3 to 5
        ("r55.med9", "r55.hou23"),  # bodies received by one hospital vs the Houthi total
        ("r55.jf_hou17", "r55.hou23"),  # Houthi dead vs joint-forces dead
        ("r55.med_swap", "r56.icrc"),  # an agreement can exist before the ICRC is asked
        ("r55.hou_denymarket", "r56.loc_hasha"),  # no shelling of markets vs a sniper in al-Hasha
        ("r55.loc_renewed", "r55.jf_held"),  # intermittent clashes around the hill vs positions held
        ("r57.doc47", "r58.doc71"),  # toll rose from 47 to 71
        ("r57.law62", "r58.doc71"),  # "at least 62" vs 71 a day later
        ("r57.iom18k", "r58.ocha30k"),  # displacement grew between Monday and Tuesday
        ("r57.loc_market", "r57.army_holds"),  # RSF vehicles in the market while the garrison holds
        ("r57.rsf_pow70", "r58.src_splm3"),  # each side holds prisoners
        ("r59.moi_14", "r60.moi19"),  # the ministry's count rose from 14 to 19
        ("r59.moi_2dead", "r60.moi3"),  # a wounded man died: 2 to 3
        ("r59.sohr11", "r60.sohr13"),  # SOHR toll rose from 11 to 13
        ("r59.sohr11", "r60.snhr3"),  # two civilians on Monday, three on Tuesday
        ("r59.council300", "r60.sarc40"),  # 40 families evacuated by SARC among the displaced
        ("r59.spk_stop", "r60.gov_continue"),  # stops once the wanted are handed over / continues until then
        ("r60.loc_citadel", "r60.moi_normal"),  # normal life in most quarters vs a pocket by the citadel
        ("r60.secsrc", "r60.notable_nosmuggle"),  # three detainees wanted for smuggling vs the entrenched gunmen
        ("r60.jordan", "r60.gov_smuggle"),  # smugglers killed on the Jordanian border: another event
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
