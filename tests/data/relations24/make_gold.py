"""Writes gold.json for the twenty-fourth relations set (r139..r144) from the annotations below
(`python3 tests/data/relations24/make_gold.py`).

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

# r139/r140: Tal Tamr (al-Hasakah countryside), the Syrian National Army factions vs the SDF
SNA = "«الجيش الوطني السوري»"
OBEID = "المتحدث باسم «الجيش الوطني»، الرائد حسان العبيد"
OBEID140 = "الرائد حسان العبيد، المتحدث باسم «الجيش الوطني»"
SDF_MC = "المركز الإعلامي لـ«قسد»"
SOHR = "المرصد السوري لحقوق الإنسان"
ENAB = "عنب بلدي"
SDF_SRC = "مصدر عسكري في «قسد»"
KHABUR_VILL = "سكان من قرى الخابور الآشورية"
SY_MOD = "وزارة الدفاع السورية"
SANA = "الوكالة العربية السورية للأنباء (سانا)"
YOUSEF = "الباحث في الشؤون الكردية شيرزاد يوسف"
KHABOUR = "قائد مجلس تل تمر العسكري التابع لـ«قوات سوريا الديمقراطية» (قسد)، جوان خابور"
NPA = "نورث برس"
TR_SRC = "مصدر في وزارة الدفاع التركية"
AA = "وكالة الأناضول"
PRIEST = "كاهن رعية تل شاميرام، الأب نينوس داود"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)"
RONAHI = "عضو وفد «قسد» المفاوض، روناهي أحمد"
ZOUBI = "المحلل العسكري السوري العقيد المتقاعد مهند الزعبي"
# r141/r142: Timbuktu, JNIM's attack on the airport; Ber
JNIM = "«جماعة نصرة الإسلام والمسلمين»"
ZALLAQA = "مؤسسة «الزلاقة»"
STAFF = "هيئة أركان الجيوش المالية"
FLA_SPK = "المتحدث باسم «جبهة تحرير أزواد»، عثمان أغ بكرين"
AJNET = "الجزيرة نت"
LOCAL = "مسؤول محلي في بلدية تمبكتو"
GOV_TBK = "حاكم منطقة تمبكتو، العقيد باكاري كوليبالي"
AMAP = "الوكالة المالية للأنباء"
TG = "قنوات على تطبيق تلغرام مقربة من «الفيلق الأفريقي» الروسي"
ELDER = "رئيس تنسيقية أعيان تمبكتو، الشيخ محمد الأمين ولد سيدي"
DIALLO = "الباحث في شؤون الساحل بوبكر ديالو"
ML_GOV = "الحكومة الانتقالية في مالي"
DIARRA = "الناطق باسم الحكومة الانتقالية في مالي، الكولونيل موسى ديارا"
MCD = "مونت كارلو الدولية"
ML_SRC = "مصدر عسكري مالي"
AFP = "وكالة فرانس برس"
MED = "مصدر طبي في مستشفى تمبكتو"
TRADERS = "رئيس رابطة التجار العرب في تمبكتو، سيدي محمد ولد الطالب"
WFP = "برنامج الأغذية العالمي"
TOURE = "الباحثة في معهد الدراسات الأمنية بداكار، فاطمة توري"
EX_FLA = "مقاتلون سابقون في الجبهة"
# r143/r144: al-Khokha (Hodeidah), the fish market strike and the Mawshij hills
YE_GOV = "الحكومة اليمنية المعترف بها دوليا"
SHARABI = "وزير الإعلام في الحكومة اليمنية المعترف بها دوليا، نبيل الشرعبي"
SHARABI144 = "وزير الإعلام نبيل الشرعبي"
MAHTOURI = "المتحدث العسكري باسم الحوثيين، العميد عبد الكريم المحطوري"
MASIRAH = "قناة «المسيرة»"
NR_OFFICE = "المكتب الإعلامي لقوات «المقاومة الوطنية»"
NR = "قوات «المقاومة الوطنية»"
QUDSI = "مدير مستشفى الخوخة الريفي، الدكتور عادل القدسي"
MASDAR = "«المصدر أونلاين»"
ZAILAI = "رئيس جمعية الصيادين في الخوخة، علي حسن زيلعي"
GIANTS_SRC = "مصدر عسكري في «ألوية العمالقة»"
UNMHA = "بعثة الأمم المتحدة لدعم اتفاق الحديدة"
WALI = "الخبير العسكري اليمني العميد المتقاعد محسن الوالي"
AZANI = "المتحدث باسم قوات «المقاومة الوطنية» في الساحل الغربي، العقيد ماجد العزاني"
NR144 = "قوات «المقاومة الوطنية» في الساحل الغربي"
AWSAT = "«الشرق الأوسط»"
SABA = "وكالة «سبأ»"
H_SRC = "مصدر عسكري حوثي"
HEALTH = "مكتب الصحة العامة والسكان في الحديدة"
IR_SPK = "متحدث باسم الخارجية الإيرانية"
SUBAIHI = "المتحدث باسم «ألوية العمالقة»، الرائد حمدي الصبيحي"
WASHALI = "عضو المكتب السياسي للحوثيين، حسين الوشلي"
PORT = "مصادر ملاحية في ميناء الخوخة"
BAHMISH = "الكاتب والمحلل السياسي اليمني عبد الله باحميش"

ARTICLES: dict[str, dict[str, Any]] = {
    "r139_taltamr_villages": {
        "outlet": "عنب بلدي",
        "published": "2027-07-05",
        "entries": [
            E("hd", "سيطرنا على قريتي أم الكيف والدردارة غربي تل تمر", "«الجيش الوطني»", SNA, ORG, ":", HEAD),
            E(
                "sna_control",
                "مقاتلي «فرقة السلطان مراد» «بسطوا سيطرتهم الكاملة على قريتي أم الكيف والدردارة بعد فرار عناصر قسد منهما»",
                OBEID,
                "",
                N_OFF,
                "وقال",
                via=[ENAB],
            ),
            E(
                "sna27",
                "27 عنصرا من «قسد» قتلوا خلال المعارك، بينهم قيادي ميداني",
                "وأضاف",
                OBEID,
                N_OFF,
                "وأضاف",
                via=[ENAB],
            ),
            E(
                "sna_losses",
                "خسائر الفصائل «اقتصرت على ثلاثة جرحى إصاباتهم طفيفة»",
                "مؤكدا",
                OBEID,
                N_OFF,
                "مؤكدا",
                via=[ENAB],
            ),
            E("sdf_deny", "تكون قواته قد خسرت أي نقطة على خطوط التماس", SDF_MC, "", ORG, "نفى", NEG),
            E(
                "sdf14",
                "مقاتليه «أفشلوا الهجوم وأوقعوا 14 قتيلا في صفوف المرتزقة»",
                "وذكر",
                SDF_MC,
                ORG,
                "وذكر",
            ),
            E("sdf4", "مقتل أربعة من عناصره", "معترفا", SDF_MC, ORG, "معترفا"),
            E(
                "sdf_drones",
                "الفصائل المهاجمة بالتقدم تحت غطاء طائرات مسيرة تركية «لم تغادر سماء المنطقة طوال الليل»",
                "البيان",
                SDF_MC,
                ORG,
                "واتهم",
                alt_types=[DOC],
            ),
            E(
                "sohr11",
                "الاشتباكات أسفرت عن 11 قتيلا، هم سبعة من عناصر الفصائل وأربعة من «قسد»",
                SOHR,
                "",
                ORG,
                "فأفاد",
            ),
            E(
                "sohr_open",
                "القريتين «لا تزالان ساحة كر وفر ولم يحسم أي طرف السيطرة عليهما»",
                "مشيرا",
                SOHR,
                ORG,
                "مشيرا",
            ),
            E(
                "sdfsrc_drone",
                "مسيرة تركية قصفت سيارة عسكرية قرب قرية تل جمعة فجر الأحد، ما أدى إلى مقتل اثنين من مقاتلي «المجلس العسكري السرياني»",
                SDF_SRC,
                "",
                A_OFF,
                "وبحسب",
                ANON,
            ),
            E("res_church", "قذائف سقطت على كنيسة قرية تل شاميرام", KHABUR_VILL, "", A_SRC, "وروى", ANON, via=[ENAB]),
            E(
                "res_flee",
                "عشرات العائلات غادرت منازلها باتجاه مدينة الحسكة",
                KHABUR_VILL,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[ENAB],
            ),
            E(
                "mod_reinf",
                "إرسال تعزيزات إلى محيط تل تمر «لمنع أي تصعيد إضافي»",
                SY_MOD,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "modsrc_m4",
                "التفاهم الموقع مع «قسد» في آذار الماضي «يتضمن انتشار وحدات الجيش على الطريق الدولي M4 بين تل تمر وعين عيسى»",
                "مصدر في الوزارة",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[SANA],
            ),
            E(
                "an_exploit",
                "الفصائل «تستغل تعثر مفاوضات قسد مع دمشق لفرض أمر واقع على الأرض»",
                YOUSEF,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_renew",
                "تتجدد المواجهات «ما لم تتدخل أنقرة أو واشنطن بشكل مباشر»",
                "مرجحا",
                YOUSEF,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r140_taltamr_church": {
        "outlet": "نورث برس",
        "published": "2027-07-06",
        "entries": [
            E("hd", "الفصائل لم تتقدم مترا واحدا في ريف تل تمر", "قائد في «قسد»", KHABOUR, N_OFF, ":", HEAD),
            E("kh_nomove", "الفصائل الموالية لأنقرة «لم تتقدم مترا واحدا»", KHABOUR, "", N_OFF, "قال", via=[NPA]),
            E(
                "kh_control",
                "قريتي أم الكيف والدردارة «بقيتا تحت سيطرة قواتنا طوال الوقت»",
                "مؤكدا",
                KHABOUR,
                N_OFF,
                "مؤكدا",
                via=[NPA],
            ),
            E(
                "kh_monday",
                "هجوما جديدا على قرية تل جمعة فجر الاثنين «انتهى بتراجع المهاجمين تاركين جثث ٦ من عناصرهم في الحقول»",
                "وأوضح",
                KHABOUR,
                N_OFF,
                "وأوضح",
                via=[NPA],
            ),
            E(
                "kh_nopkk",
                "وجود أي مقاتل من حزب العمال الكردستاني في المنطقة",
                "خابور",
                KHABOUR,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "sna_alliance",
                "«قسد» بـ«القتال في حلف معلن مع عناصر قنديل»",
                SNA,
                "",
                ORG,
                "اتهم",
                alt_types=[DOC],
            ),
            E("sna_renew", "تأكيد السيطرة على القريتين", "البيان ذاته", SNA, ORG, "وجدد", alt_types=[DOC]),
            E("sna31", "حصيلة قتلى «قسد» إلى ٣١", "رافعا", SNA, ORG, "رافعا", alt_types=[DOC]),
            E(
                "tr_nostrike",
                "القوات التركية «لم تنفذ أي ضربة جوية في محيط تل تمر»",
                TR_SRC,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[AA],
            ),
            E(
                "tr_internal",
                "ما يجري هناك بأنه «شأن داخلي بين السوريين»",
                "واصفا",
                TR_SRC,
                A_OFF,
                "واصفا",
                ANON,
                via=[AA],
            ),
            E(
                "sdfsrc_echo",
                "مسيرة تركية قتلت مقاتلين اثنين من «المجلس العسكري السرياني» قرب تل جمعة",
                SDF_SRC,
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["«عنب بلدي»"],
            ),
            E(
                "sohr14",
                "ارتفاع عدد القتلى إلى ١٤، بعد وفاة ثلاثة جرحى من عناصر الفصائل",
                SOHR,
                "",
                ORG,
                "أفاد",
            ),
            E(
                "priest_shell",
                "قذيفتين أطلقتا من مواقع الفصائل قرب قرية الأغيبش «أصابتا سقف الكنيسة وسورها الشرقي»",
                PRIEST,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "sna_nociv",
                "تكون فصائله قد استهدفت «أي موقع مدني أو ديني»",
                OBEID140,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "sna_blame",
                "«قسد» بقصف الكنيسة «لتأليب الرأي العام الغربي»",
                "متهما",
                OBEID140,
                N_OFF,
                "متهما",
            ),
            E(
                "ocha",
                "أكثر من ١٢٠٠ شخص نزحوا من قرى حوض الخابور نحو مدينة الحسكة منذ السبت",
                OCHA,
                "",
                ORG,
                "وذكر",
            ),
            E(
                "ron_noagree",
                "الطرفين «لم يتوصلا حتى الآن إلى أي اتفاق بشأن انتشار الجيش على الطريق الدولي بين تل تمر وعين عيسى»",
                RONAHI,
                "",
                N_OFF,
                "قالت",
            ),
            E("ron_meet", "لجانا فنية ستجتمع في الحسكة الأسبوع المقبل", "مضيفة", RONAHI, N_OFF, "مضيفة"),
            E(
                "an_test",
                "أنقرة «تختبر قدرة قسد على الصمود» قبل أي جولة تفاوض جديدة",
                ZOUBI,
                "",
                N_PER,
                "ويعتقد",
            ),
        ],
    },
    "r141_timbuktu_airport": {
        "outlet": "الجزيرة نت",
        "published": "2027-07-12",
        "entries": [
            E("hd", "قتلنا ٤٠ جنديا في هجوم على مطار تمبكتو", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E(
                "jnim40",
                "مقاتليها قتلوا «أكثر من ٤٠ جنديا ومرتزقا روسيا»",
                "وقالت",
                JNIM,
                ORG,
                "وقالت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_loot",
                "غنموا كميات كبيرة من الأسلحة والذخائر",
                "وقالت",
                JNIM,
                ORG,
                "وقالت",
                via=[ZALLAQA],
            ),
            E("army_repel", "الوحدات المتمركزة في المطار «صدت الهجوم بنجاح»", STAFF, "", ORG, "أعلنت"),
            E("army5", "٥ جنود قتلوا وأصيب ١١ آخرون", "موضحة", STAFF, ORG, "موضحة"),
            E("army33", "«تم تحييد ٣٣ إرهابيا»", "موضحة", STAFF, ORG, "موضحة"),
            E(
                "army_alliance",
                "المهاجمين «قدموا من منطقة بير بالتحالف مع انفصاليي جبهة تحرير أزواد»",
                "البيان",
                STAFF,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E("fla_deny", "مشاركة لمقاتلي الجبهة في هجوم تمبكتو", FLA_SPK, "", N_OFF, "نفى", NEG, via=[AJNET]),
            E(
                "fla_tactical",
                "العلاقة مع الجماعة «لا ترقى إلى تحالف، بل هي تنسيق تكتيكي ظرفي في مواجهة عدو مشترك»",
                "وقال",
                FLA_SPK,
                N_OFF,
                "وقال",
                via=[AJNET],
            ),
            E(
                "fla_ber",
                "قوات الجبهة «دخلت معسكر بير صباح الأحد بعد انسحاب الجيش منه دون قتال»",
                "لكنه",
                FLA_SPK,
                N_OFF,
                "أكد",
                via=[AJNET],
            ),
            E(
                "loc12",
                "قذائف هاون سقطت على سوق حي أباراجو، ما أسفر عن مقتل ١٢ مدنيا بينهم ثلاثة أطفال",
                LOCAL,
                "",
                A_OFF,
                "ووفق",
                ANON,
            ),
            E("gov2", "«مدنيين اثنين فقط» قتلا جراء القصف", GOV_TBK, "", N_OFF, "فنقلت", via=[AMAP]),
            E("gov_shields", "المسلحين باتخاذ السكان دروعا بشرية", "متهما", GOV_TBK, N_OFF, "متهما", via=[AMAP]),
            E(
                "gov_arrest",
                "توقيف ٨ «متعاونين» كانوا يزودون المهاجمين بإحداثيات المواقع العسكرية",
                "الحاكم",
                GOV_TBK,
                N_OFF,
                "وأكد",
            ),
            E("wit_long", "دوي الانفجارات تواصل نحو ثلاث ساعات", "شهود عيان", "", A_SRC, "وقال", ANON, via=[AJNET]),
            E(
                "wit_vbied",
                "سيارة مفخخة انفجرت عند البوابة الشرقية للمطار قبل أن يقتحمه المسلحون على دراجات نارية",
                "شهود عيان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[AJNET],
            ),
            E(
                "tg_heli",
                "مروحيات روسية شاركت في صد الهجوم و«قتلت عشرات المسلحين» في محيط المطار",
                TG,
                "",
                MEDIA,
                "وذكرت",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "elder_agree",
                "الأعيان «توصلوا إلى اتفاق مع الجماعة يقضي بفتح طريق غوندام أمام الشاحنات التجارية مطلع الأسبوع المقبل»",
                ELDER,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "an_message",
                "الهجوم «رسالة بأن باماكو عاجزة عن حماية مدن الشمال»",
                DIALLO,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_more", "تتكرر الهجمات على مطارات غاو وموبتي", "مرجحا", DIALLO, N_PER, "مرجحا"),
        ],
    },
    "r142_timbuktu_ber": {
        "outlet": "مونت كارلو الدولية",
        "published": "2027-07-13",
        "entries": [
            E("hd", "لا انسحاب من معسكر بير ومطار تمبكتو في أمان تام", "باماكو", ML_GOV, ORG, ":", HEAD),
            E("gov_nowd", "الجيش «لم ينسحب من معسكر بير»", DIARRA, "", N_OFF, "أكد"),
            E(
                "gov_units",
                "وحداته «ما زالت تتمركز فيه وتسير دوريات منتظمة في محيطه»",
                DIARRA,
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "gov_novbied",
                "وقوع أي تفجير بسيارة مفخخة عند مطار تمبكتو",
                "نفى",
                DIARRA,
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "gov7",
                "عدد قتلى الجيش ارتفع إلى 7 جنود بعد وفاة جريحين في المستشفى العسكري",
                "مشيرا",
                DIARRA,
                N_OFF,
                "مشيرا",
            ),
            E("gov_noneg", "الحكومة «لا تتفاوض مع الإرهابيين»", "ديارا", DIARRA, N_OFF, "وشدد"),
            E(
                "gov_noagree",
                "الحديث عن اتفاق لفتح طريق غوندام «عار عن الصحة»",
                "معتبرا",
                DIARRA,
                N_OFF,
                "معتبرا",
            ),
            E(
                "gov_noair",
                "صد الهجوم على المطار تم «بأيد مالية خالصة ومن دون أي إسناد جوي أجنبي»",
                "وأكد",
                DIARRA,
                N_OFF,
                "وأكد",
            ),
            E(
                "jnim_ber",
                "يظهر مقاتليها يتجولون داخل معسكر بير «بعد فرار الجنود منه»",
                JNIM,
                "",
                ORG,
                "قالت",
            ),
            E("jnim_capt", "أسرت 6 جنود خلال هجوم الأحد", "وزعمت", JNIM, ORG, "وزعمت"),
            E(
                "jnim_noagree",
                "أي تفاهم مع أعيان تمبكتو «لم يبرم بعد»",
                "الجماعة",
                JNIM,
                ORG,
                "وأوضحت",
                alt_types=[DOC],
            ),
            E("msrc_nocapt", "يكون أي جندي قد وقع في الأسر", ML_SRC, "", A_OFF, "ونفى", ANON, NEG, via=[MCD]),
            E(
                "msrc_back",
                "«جميع العسكريين الذين كانوا في المطار عادوا إلى ثكناتهم»",
                "مؤكدا",
                ML_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[MCD],
            ),
            E("jnim40_echo", "مقتل أكثر من أربعين جنديا ومرتزقا روسيا", "الجماعة", JNIM, ORG, "أعلنت"),
            E(
                "loc12_echo",
                "قذائف الهاون قتلت 12 مدنيا في سوق حي أباراجو",
                "مسؤول محلي",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[AJNET],
            ),
            E("med9", "المستشفى استقبل جثث تسعة مدنيين و23 جريحا", MED, "", A_OFF, "ونقلت", ANON, via=[AFP]),
            E(
                "trader",
                "الموقوفون الثمانية تجار معروفون في السوق الكبير، ولا صلة لهم بأي جماعة مسلحة",
                TRADERS,
                "",
                N_PER,
                "وقال",
                DIRECT,
                alt_types=[N_OFF],
            ),
            E(
                "trader_rel",
                "ثلاثة منهم أفرج عنهم ليل الاثنين بعد تدخل وجهاء المدينة",
                "وأضاف",
                TRADERS,
                N_PER,
                "وأضاف",
                alt_types=[N_OFF],
            ),
            E(
                "wfp",
                "تعليق رحلات خدمته الجوية الإنسانية إلى تمبكتو «حتى إشعار آخر»",
                WFP,
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "an_oproom",
                "التقارب بين الجماعة و«جبهة تحرير أزواد» «تجاوز التنسيق الميداني إلى غرفة عمليات مشتركة»",
                TOURE,
                "",
                N_PER,
                "وترى",
            ),
            E(
                "ex_nomerge",
                "قياداتها «ترفض أي اندماج مع الجهاديين»",
                EX_FLA,
                "",
                A_SRC,
                "يؤكد",
                ANON,
                alt_types=[A_OFF],
                via=[MCD],
            ),
        ],
    },
    "r143_khokha_market": {
        "outlet": "المصدر أونلاين",
        "published": "2027-07-19",
        "entries": [
            E("hd", "مسيرة حوثية قتلت 9 صيادين في سوق الخوخة", "الحكومة اليمنية", YE_GOV, ORG, ":", HEAD),
            E(
                "min_drone",
                "جماعة الحوثي بإطلاق طائرة مسيرة مفخخة على سوق السمك في مدينة الخوخة جنوبي محافظة الحديدة صباح الأحد",
                SHARABI,
                "",
                N_OFF,
                "اتهم",
            ),
            E("min9", "الهجوم أودى بحياة 9 صيادين وأصاب 17 آخرين", "وقال", SHARABI, N_OFF, "وقال"),
            E("min_crime", "إياه بأنه «جريمة حرب مكتملة الأركان»", "واصفا", SHARABI, N_OFF, "واصفا"),
            E(
                "hth_target",
                "سلاح الجو المسير استهدف «تجمعا للمرتزقة وورشة لتجهيز الزوارق المفخخة في ميناء الخوخة»",
                MAHTOURI,
                "",
                N_OFF,
                "قال",
                via=[MASIRAH],
            ),
            E(
                "hth_dozens",
                "العملية أوقعت «عشرات القتلى والجرحى في صفوف العدو»",
                MAHTOURI,
                "",
                N_OFF,
                "قال",
                via=[MASIRAH],
            ),
            E("hth_nociv", "استهداف أي تجمع مدني", "المحطوري", MAHTOURI, N_OFF, "ونفى", NEG),
            E(
                "hth_control",
                "«السيطرة الكاملة على تباب موشج» شرقي المدينة",
                "معلنا",
                MAHTOURI,
                N_OFF,
                "معلنا",
            ),
            E(
                "wit_market",
                "الطائرة حلقت على ارتفاع منخفض فوق الميناء، ثم انقضت على مظلات الباعة في الطرف الشمالي من السوق",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "nr_foil",
                "وحداتها أحبطت محاولة تسلل حوثية نحو تباب موشج ليل السبت",
                NR_OFFICE,
                "",
                ORG,
                "أكد",
            ),
            E("nr_hold", "التباب «ما زالت في قبضة قواتنا»", NR_OFFICE, "", ORG, "أكد"),
            E("nr_toll", "مقتل 6 من المهاجمين وأسر اثنين", "مشيرا", NR_OFFICE, ORG, "مشيرا"),
            E(
                "hosp",
                "المستشفى استقبل جثث 7 قتلى و17 جريحا، بينهم أربعة أطفال كانوا يرافقون آباءهم إلى السوق",
                QUDSI,
                "",
                N_OFF,
                "وقال",
                via=[MASDAR],
            ),
            E(
                "union_all",
                "الضحايا «جميعهم صيادون وباعة سمك، ولم يكن في السوق أي مسلح»",
                ZAILAI,
                "",
                N_PER,
                "أوضح",
                alt_types=[N_OFF],
            ),
            E(
                "gsrc_wd",
                "قيادة الألوية سحبت لواءين من الساحل الغربي إلى محافظة شبوة الشهر الماضي، «ما خلف فراغا استغله الحوثيون»",
                GIANTS_SRC,
                "",
                A_OFF,
                "وذكر",
                ANON,
            ),
            E("nr_cell", "ضبط خلية من أربعة أشخاص", "«المقاومة الوطنية»", NR, ORG, "وأعلنت"),
            E(
                "nr_smuggle",
                "كانوا يهربون مكونات طائرات مسيرة على متن قارب صيد قبالة سواحل الخوخة",
                "قالت",
                NR,
                ORG,
                "قالت",
            ),
            E("unmha_call", "الأطراف إلى «ضبط النفس»", UNMHA, "", ORG, "ودعت", OPT),
            E("unmha_verify", "تعمل على التحقق من ملابسات الهجوم", "مؤكدة", UNMHA, ORG, "مؤكدة"),
            E("an_weak", "سحب اللواءين «أضعف خطوط الدفاع على الساحل»", WALI, "", N_PER, "ويقول"),
            E(
                "an_bab",
                "يسعى الحوثيون إلى الاقتراب من ممر الملاحة قرب باب المندب",
                "مرجحا",
                WALI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r144_khokha_hills": {
        "outlet": "الشرق الأوسط",
        "published": "2027-07-20",
        "entries": [
            E("hd", "تباب موشج في قبضتنا والحوثيون تراجعوا", "«المقاومة الوطنية»", NR144, ORG, ":", HEAD),
            E(
                "az_hold",
                "تباب موشج شرقي مدينة الخوخة «لم تخرج عن سيطرة قواتنا لحظة واحدة»",
                AZANI,
                "",
                N_OFF,
                "قال",
                via=[AWSAT],
            ),
            E("az11", "جثث ١١ مسلحا حوثيا «ما زالت ملقاة على سفوحها»", AZANI, "", N_OFF, "قال", via=[AWSAT]),
            E(
                "az_capt",
                "الأسيرين اللذين وقعا في قبضة قواته ليل السبت «يخضعان للتحقيق في المخا»",
                "وأضاف",
                AZANI,
                N_OFF,
                "وأضاف",
                via=[AWSAT],
            ),
            E(
                "hsrc_hold",
                "مقاتلي الجماعة «يواصلون تثبيت مواقعهم في تباب موشج»",
                H_SRC,
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[SABA],
            ),
            E("hsrc_nocapt", "أسر أي منهم", "نافيا", H_SRC, A_OFF, "نافيا", ANON, NEG, via=[SABA]),
            E(
                "hsrc14",
                "قتلى الخوخة «١٤ مرتزقا ليس بينهم مدني واحد»",
                "وزاعما",
                H_SRC,
                A_OFF,
                "وزاعما",
                ANON,
                via=[SABA],
            ),
            E(
                "health11",
                "ارتفاع حصيلة ضحايا سوق السمك إلى ١١ قتيلا، جميعهم مدنيون، بعد وفاة اثنين من الجرحى في مستشفى المخا",
                HEALTH,
                "",
                ORG,
                "وأعلن",
            ),
            E("min9_echo", "مقتل ٩ صيادين في الهجوم", SHARABI144, "", N_OFF, "أعلن"),
            E(
                "min_iran",
                "طهران بتزويد الحوثيين بالمسيرة التي ضربت السوق",
                "يتهم",
                SHARABI144,
                N_OFF,
                "يتهم",
            ),
            E("ir_deny", "«ادعاء مكرر لا يستند إلى أي دليل»", IR_SPK, "", A_OFF, "وصفه", ANON),
            E("gi_deny", "سحب أي وحدة من الساحل الغربي", SUBAIHI, "", N_OFF, "ونفى", NEG),
            E(
                "gi_full",
                "الألوية «تنتشر بكامل قوامها في مواقعها من الخوخة حتى المخا»",
                "مؤكدا",
                SUBAIHI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "gi_nobasis",
                "ما تداولته مواقع إخبارية عن نقل لواءين إلى شبوة «لا أساس له»",
                "مؤكدا",
                SUBAIHI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "wash_fish",
                "الأربعة الذين أعلنت «المقاومة الوطنية» ضبطهم «صيادون من أبناء الخوخة اختطفوا من قاربهم في عرض البحر»",
                WASHALI,
                "",
                N_OFF,
                "قال",
            ),
            E("wash_release", "الإفراج الفوري عنهم", "مطالبا", WASHALI, N_OFF, "مطالبا", OPT),
            E(
                "unmha_saw",
                "فريقا تابعا لها زار السوق الاثنين و«عاين آثار انفجار في منطقة كانت مكتظة بالباعة»",
                UNMHA,
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "port_boats",
                "توقف نحو ٤٠ قارب صيد عن الإبحار منذ الهجوم خشية استهدافها",
                PORT,
                "",
                A_OFF,
                "ووفق",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "an_talks",
                "التصعيد في الخوخة «مرتبط بتعثر المشاورات التي ترعاها الأمم المتحدة»",
                BAHMISH,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_lever",
                "الحوثيين «يستخدمون الساحل ورقة ضغط» قبيل أي جولة تفاوض جديدة",
                "مشيرا",
                BAHMISH,
                N_PER,
                "مشيرا",
            ),
        ],
    },
}


def cross(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for a in left for b in right]


# --- Tal Tamr
SNA_SEIZED = ["r139.hd", "r139.sna_control", "r140.sna_renew"]
NOT_SEIZED = ["r139.sdf_deny", "r139.sohr_open", "r140.hd", "r140.kh_nomove", "r140.kh_control"]
SDF_DEAD_HIGH = ["r139.sna27", "r140.sna31"]
SDF_DEAD_LOW = ["r139.sdf4", "r139.sohr11", "r140.sohr14"]
TURKISH_DRONES = ["r139.sdf_drones", "r139.sdfsrc_drone", "r140.sdfsrc_echo"]
# --- Timbuktu
JNIM_TOLL = ["r141.hd", "r141.jnim40", "r142.jnim40_echo"]
ARMY_TOLL = ["r141.army5", "r142.gov7"]
ARMY_LEFT_BER = ["r141.fla_ber", "r142.jnim_ber"]
ARMY_IN_BER = ["r142.hd", "r142.gov_nowd", "r142.gov_units"]
MANY_CIVILIANS = ["r141.loc12", "r142.loc12_echo", "r142.med9"]
# --- al-Khokha
HOUTHI_MARKET = ["r143.hth_target", "r143.hth_nociv"]
MARKET_CIVILIANS = [
    "r143.hd",
    "r143.min_drone",
    "r143.min9",
    "r143.union_all",
    "r143.wit_market",
    "r144.health11",
    "r144.min9_echo",
    "r144.unmha_saw",
]
CIVILIAN_DEAD = ["r143.hd", "r143.min9", "r143.union_all", "r144.health11", "r144.min9_echo"]
HOUTHI_HILLS = ["r143.hth_control", "r144.hsrc_hold"]
NR_HILLS = ["r143.nr_foil", "r143.nr_hold", "r144.hd", "r144.az_hold"]
GIANTS_LEFT = ["r143.gsrc_wd", "r143.an_weak"]
GIANTS_STAY = ["r144.gi_deny", "r144.gi_full", "r144.gi_nobasis"]

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Tal Tamr: the two villages seized vs never lost / still contested
        *cross(SNA_SEIZED, NOT_SEIZED),
        ("r139.sohr_open", "r140.kh_control"),  # "no side has settled control" vs "ours all along"
        # SDF dead: 27 / 31 vs four (SDF, SOHR) and SOHR's totals of 11 and 14
        *cross(SDF_DEAD_HIGH, SDF_DEAD_LOW),
        # attackers' dead: 14 (SDF) vs seven, then ten (SOHR)
        ("r139.sdf14", "r139.sohr11"),
        ("r139.sdf14", "r140.sohr14"),
        # the factions' losses "only three lightly wounded" vs dead among them
        ("r139.sna_losses", "r139.sohr11"),
        ("r139.sna_losses", "r139.sdf14"),
        ("r139.sna_losses", "r140.sohr14"),
        # Turkish drones over Tal Tamr vs no Turkish air strike
        *cross(TURKISH_DRONES, ["r140.tr_nostrike"]),
        # an open alliance with Qandil fighters vs no PKK fighter in the area
        ("r140.sna_alliance", "r140.kh_nopkk"),
        # the church: shells fired from the factions' positions vs the denial and the counter-accusation
        ("r140.priest_shell", "r140.sna_nociv"),
        ("r140.priest_shell", "r140.sna_blame"),
        # the March understanding covers the army on the M4 vs no agreement yet on that deployment
        ("r139.modsrc_m4", "r140.ron_noagree"),
        # --- Timbuktu: more than 40 soldiers killed vs 5, then 7
        *cross(JNIM_TOLL, ARMY_TOLL),
        # attackers came in alliance with the FLA vs no part in the attack / mere tactical coordination
        ("r141.army_alliance", "r141.fla_deny"),
        ("r141.army_alliance", "r141.fla_tactical"),
        ("r142.an_oproom", "r141.fla_tactical"),  # a joint operations room vs "not an alliance"
        # the army left the Ber camp vs never withdrew, still deployed
        *cross(ARMY_LEFT_BER, ARMY_IN_BER),
        # civilians killed: 12 (and 9 bodies at one hospital) vs "only two"
        *cross(MANY_CIVILIANS, ["r141.gov2"]),
        # a car bomb at the airport gate vs the denial
        ("r141.wit_vbied", "r142.gov_novbied"),
        # six soldiers captured vs none captured, all back in barracks
        ("r142.jnim_capt", "r142.msrc_nocapt"),
        ("r142.jnim_capt", "r142.msrc_back"),
        # eight collaborators vs traders with no link to any armed group
        ("r141.gov_arrest", "r142.trader"),
        # Russian helicopters in the fight vs no foreign air support
        ("r141.tg_heli", "r142.gov_noair"),
        # the notables' agreement to open the Goundam road vs "baseless" / "not concluded yet"
        ("r141.elder_agree", "r142.gov_noagree"),
        ("r141.elder_agree", "r142.jnim_noagree"),
        # --- al-Khokha: a fish market full of fishermen vs a mercenaries' gathering, no civilian targeted
        *cross(HOUTHI_MARKET, MARKET_CIVILIANS),
        *cross(["r144.hsrc14"], CIVILIAN_DEAD),  # "14 mercenaries, not one civilian"
        ("r143.hth_dozens", "r143.union_all"),  # dozens of enemy casualties vs no gunman in the market
        # the Mawshij hills: Houthi control vs the National Resistance holding them
        *cross(HOUTHI_HILLS, NR_HILLS),
        # two Houthis captured vs none captured
        ("r144.hsrc_nocapt", "r143.nr_toll"),
        ("r144.hsrc_nocapt", "r144.az_capt"),
        # a drone-smuggling cell vs fishermen abducted at sea
        ("r143.nr_cell", "r144.wash_fish"),
        ("r143.nr_smuggle", "r144.wash_fish"),
        # two Giants brigades withdrawn to Shabwa vs no unit withdrawn
        *cross(GIANTS_LEFT, GIANTS_STAY),
        # Iran supplied the drone vs a baseless claim
        ("r144.min_iran", "r144.ir_deny"),
    ],
    "agreements": [
        ("r139.sdf4", "r139.sohr11"),  # four SDF fighters killed
        ("r139.res_church", "r140.priest_shell"),  # shells hit the Tal Shamiram church
        ("r139.res_flee", "r140.ocha"),  # families fled the Khabur villages towards al-Hasakah
        ("r141.fla_ber", "r142.jnim_ber"),  # the army left the Ber camp
        ("r142.gov_noagree", "r142.jnim_noagree"),  # no agreement on the Goundam road
        ("r141.army_alliance", "r142.an_oproom"),  # more than coordination between JNIM and the FLA
        ("r143.min9", "r143.union_all"),  # the dead were fishermen
        ("r143.union_all", "r144.health11"),  # all the dead were civilians
        ("r143.min9", "r143.hosp"),  # 17 wounded
        ("r143.min_drone", "r143.wit_market"),  # the drone hit the fish market
        ("r143.wit_market", "r144.unmha_saw"),  # the blast was among the vendors
        ("r143.gsrc_wd", "r143.an_weak"),  # two brigades pulled out of the coast
    ],
    "echoes": [
        ("r139.sdfsrc_drone", "r140.sdfsrc_echo"),  # the SDF source's words to Enab Baladi, retold
        ("r139.sna_control", "r140.sna_renew"),  # the SNA renews its control claim
        ("r141.jnim40", "r142.jnim40_echo"),  # JNIM's Sunday toll, recalled
        ("r141.loc12", "r142.loc12_echo"),  # the local official's words to Al Jazeera Net, retold
        ("r143.min9", "r144.min9_echo"),  # the minister's Sunday toll, recalled
        ("r143.nr_hold", "r144.az_hold"),  # the National Resistance repeats that it holds the hills
    ],
    "not_contradictions": [
        ("r139.sohr11", "r140.sohr14"),  # SOHR's toll rose after three wounded died
        ("r139.sna27", "r140.sna31"),  # the SNA's own figure rose
        ("r139.sna_losses", "r140.kh_monday"),  # Saturday night's losses vs a new attack on Monday
        ("r139.sdfsrc_drone", "r139.sdf4"),  # two Syriac council fighters among the SDF's four
        ("r139.mod_reinf", "r140.ron_noagree"),  # reinforcements around Tal Tamr vs no deal on the highway
        ("r139.res_church", "r140.sna_blame"),  # shells fell on the church; who fired is not said
        ("r141.army5", "r142.gov7"),  # the army's toll rose after two wounded died
        ("r141.loc12", "r142.med9"),  # one hospital's bodies vs the toll
        ("r142.loc12_echo", "r142.med9"),
        ("r141.army33", "r141.tg_heli"),  # 33 "neutralised" vs "dozens" killed
        ("r141.elder_agree", "r142.gov_noneg"),  # notables' deal vs the government not negotiating
        ("r142.an_oproom", "r142.ex_nomerge"),  # an operations room is not a merger
        ("r141.gov_arrest", "r142.trader_rel"),  # eight arrested, three later released
        ("r143.min9", "r144.health11"),  # the toll rose from 9 to 11 after two wounded died
        ("r143.hosp", "r144.health11"),  # seven bodies at al-Khokha hospital vs eleven in all
        ("r143.nr_toll", "r144.az11"),  # six attackers killed, then eleven bodies
        ("r143.hth_dozens", "r143.nr_toll"),  # casualties on opposite sides
        ("r143.hth_dozens", "r144.hsrc14"),  # "dozens" killed and wounded vs 14 killed
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
