"""Writes gold.json for the sixth relations set (r31..r36) from the annotations below (`python3 tests/data/relations6/make_gold.py`).

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

# r31/r32: Sweida, Druze factions vs Bedouin tribes in Walgha
MC = "المجلس العسكري في السويداء"
TAJAMMU = "تجمع عشائر الجنوب"
OBEID = "الناطق باسم تجمع عشائر الجنوب، الشيخ فرحان العبيد"
FIELD = "قائد ميداني في المجلس العسكري"
SOHR = "المرصد السوري لحقوق الإنسان"
S24 = "شبكة «السويداء 24» المحلية"
DHS = "مديرية صحة السويداء"
MED31 = "مصدر طبي في المشفى"
MOI = "وزارة الداخلية السورية"
SEC31 = "مصدر في قيادة الأمن الداخلي بالسويداء"
HALABI = "الباحث في الشأن السوري مازن الحلبي"
ENAB = "عنب بلدي"
GOV = "محافظ السويداء، نزار الشعار"
ABUF = "المتحدث باسم المجلس العسكري في السويداء، العقيد المتقاعد سليمان أبو فخر"
MOD_SRC = "مصدر في وزارة الدفاع"
SKY = "«سكاي نيوز عربية»"
# r33/r34: Marib, the Raghwan front and the missile on al-Mujamma
SRC3 = "مصدر عسكري في المنطقة العسكرية الثالثة"
MASDAR = "«المصدر أونلاين»"
SANAA = "مصدر عسكري في صنعاء"
MASIRA = "قناة «المسيرة»"
HOUTHI = "ميليشيا الحوثي"
LA = "السلطة المحلية بالمحافظة"
MED33 = "مصدر طبي في مستشفى هيئة مأرب العام"
MUAILI = "وكيل محافظة مأرب، ناصر بن معيلي"
AWLAQI = "المتحدث باسم الحكومة اليمنية، فهد العولقي"
POLICE = "شرطة محافظة مأرب"
HR_MARIB = "مكتب حقوق الإنسان في مأرب"
AQ = "جماعة «أنصار الله» (الحوثيين)"
MADANI = "المتحدث العسكري باسم قوات جماعة «أنصار الله» (الحوثيين)، العميد عبد الكريم المداني"
SHAMI = "رئيس اللجنة الوطنية لشؤون الأسرى التابعة للجماعة، يحيى الشامي"
SABA = "وكالة «سبأ»"
TRIB = "مصدر قبلي في رغوان"
# r35/r36: Burkina Faso, the JNIM attack on Djibo
JNIM = "جماعة «نصرة الإسلام والمسلمين»"
ZALLAQA = "مؤسسة «الزلاقة»"
GOVBF = "الحكومة البوركينية"
RES35 = "أحد سكان جيبو"
ZONGO = "قائد متطوعي الدفاع عن الوطن في جيبو، عمر زونغو"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)"
MSF = "منظمة أطباء بلا حدود"
MIL = "مصدر عسكري بوركيني"
JNIM36 = "جماعة نصرة الإسلام والمسلمين"
CMDR = "قيادي ميداني في الجماعة"
MIN = "وزير الاتصال، إسماعيل سوادوغو"
BARRY = "أحد أعيان جيبو، الحاج عثمان باري"
DIALLO = "الباحث المالي في الشؤون الأمنية بوبكر ديالو"
JAZ = "الجزيرة نت"

ARTICLES: dict[str, dict[str, Any]] = {
    "r31_sweida_walgha": {
        "outlet": "عنب بلدي",
        "published": "2026-03-09",
        "entries": [
            E("hd", "الفصائل تحتجز 14 شابا من أبنائنا", TAJAMMU, "", ORG, ":", HEAD),
            E(
                "mc_retake",
                "مقاتليه «استعادوا السيطرة الكاملة على القرية مع ساعات الفجر الأولى»",
                MC,
                "",
                ORG,
                "يعلن",
            ),
            E(
                "mc_start",
                "المواجهات اندلعت عندما «هاجم مسلحو العشائر القرية من جهة الغرب»",
                "المجلس",
                MC,
                ORG,
                "وقال",
            ),
            E(
                "mc_cover",
                "قوات الأمن العام بتأمين غطاء لهم عبر «عربات مدرعة تمركزت على طريق المزرعة»",
                "متهما",
                MC,
                ORG,
                "متهما",
            ),
            E(
                "tr_inside",
                "مقاتلي العشائر «ما زالوا داخل ولغا، ويخوضون اشتباكات في أطرافها الشرقية»",
                OBEID,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[ENAB],
            ),
            E(
                "tr_start",
                "الفصائل هي من بدأت المواجهات بقصف منازل البدو في حي المقوس بمدينة السويداء مساء الأحد",
                "معتبرا",
                OBEID,
                N_OFF,
                "معتبرا",
                alt_types=[N_PER],
                via=[ENAB],
            ),
            E(
                "tr_civ6",
                "ستة مدنيين من عائلة واحدة، بينهم امرأتان، قتلوا جراء القصف على المقوس",
                "العبيد",
                OBEID,
                N_OFF,
                "وأضاف",
                alt_types=[N_PER],
                via=[ENAB],
            ),
            E(
                "tr_14",
                "الفصائل «تحتجز 14 شابا من أبناء العشائر» أوقفتهم على حواجزها منذ مساء الأحد",
                "العبيد",
                OBEID,
                N_OFF,
                "وأضاف",
                alt_types=[N_PER],
                via=[ENAB],
            ),
            E("mc_nociv", "يكون أي مدني قد قتل خلال المواجهات", FIELD, "", A_OFF, "ونفى", ANON, NEG, via=[ENAB]),
            E(
                "mc_armed",
                "كل من سقطوا من الطرف الآخر كانوا يحملون السلاح",
                "مؤكدا",
                FIELD,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[ENAB],
            ),
            E("sohr23", "مقتل 23 شخصا في اشتباكات ولغا، بينهم 9 من مقاتلي العشائر", SOHR, "", ORG, "ووثق"),
            E("s24_31", "بلغ عدد القتلى 31 على الأقل", S24, "", MEDIA, "حسبما أفادت"),
            E(
                "dhs17",
                "استقبل المشفى الوطني في المدينة 17 جثة و40 مصابا حتى ظهر الاثنين",
                DHS,
                "",
                ORG,
                "وبحسب",
            ),
            E("med11", "بين المصابين 11 طفلا", MED31, "", A_OFF, "وكشف", ANON, alt_types=[A_SRC]),
            E(
                "moi_deploy",
                "وحدات من الأمن العام انتشرت على طريق دمشق–السويداء «لحماية المدنيين ومنع تمدد الاشتباكات»",
                MOI,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "sec_noagree",
                "الوساطة التي يقودها وجهاء من المحافظة «لم تفض حتى الآن إلى اتفاق لوقف إطلاق النار»",
                SEC31,
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "res_mazraa",
                "ثلاث قذائف سقطت على أطراف بلدتهم صباح الاثنين من دون أن توقع إصابات",
                "سكان من بلدة المزرعة",
                "",
                A_SRC,
                "وذكر",
                ANON,
            ),
            E(
                "an_indiv",
                "بعض عناصر الأمن العام «ربما ساندوا مقاتلي العشائر بشكل فردي»",
                HALABI,
                "",
                N_PER,
                "ورأى",
            ),
            E("an_warn", "استمرار القتال «قد يعيد المحافظة إلى عزلتها»", "محذرا", HALABI, N_PER, "محذرا"),
        ],
    },
    "r32_sweida_ceasefire": {
        "outlet": "سكاي نيوز عربية",
        "published": "2026-03-10",
        "entries": [
            E("hd", "اتفاق بين الفصائل والعشائر على وقف القتال في ولغا", "محافظ السويداء", GOV, N_OFF, ":", HEAD),
            E(
                "gov_agree",
                "التوصل إلى اتفاق بين الفصائل المحلية والعشائر البدوية لوقف إطلاق النار في قرية ولغا غربي المحافظة، دخل حيز التنفيذ عند الساعة الثامنة من مساء الاثنين",
                GOV,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "gov_release",
                "الاتفاق، الذي رعاه وجهاء من الطرفين، ينص على إطلاق سراح ١١ محتجزا لدى الفصائل و٧ محتجزين لدى العشائر خلال ٤٨ ساعة",
                "الشعار",
                GOV,
                N_OFF,
                "وقال",
                via=[SKY],
            ),
            E(
                "tr_noparty",
                "العشائر «لم تكن طرفا في أي اتفاق، ولم يتواصل معنا أحد»",
                OBEID,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
            ),
            E(
                "tr_coord",
                "علاقتها بالحكومة «لا تتجاوز التنسيق لتأمين الطريق الدولي»",
                "مضيفا",
                OBEID,
                N_OFF,
                "مضيفا",
                alt_types=[N_PER],
            ),
            E(
                "tr_echo",
                "مقاتلي العشائر «ما زالوا داخل ولغا»",
                "العبيد",
                OBEID,
                N_OFF,
                "نقل",
                alt_types=[N_PER],
                via=["موقع «عنب بلدي»"],
            ),
            E(
                "mc_nostay",
                "يكون أي من مقاتلي العشائر قد بقي في القرية بعد فجر الاثنين",
                ABUF,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E("mc_empty", "القرية «خالية اليوم من المسلحين الغرباء»", "مؤكدا", ABUF, N_OFF, "مؤكدا"),
            E(
                "mc_five",
                "الفصائل لم توقف منذ الأحد سوى خمسة أشخاص «ضبطوا وهم يحملون السلاح»",
                "أبو فخر",
                ABUF,
                N_OFF,
                "وأشار",
            ),
            E(
                "res_withdrew",
                "انسحب مقاتلو العشائر نحو الغرب قبيل الفجر، بعد قتال استمر قرابة خمس ساعات",
                "أحد سكان ولغا",
                "",
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
            ),
            E("sohr29", "عدد قتلى الاشتباكات إلى ٢٩", SOHR, "", ORG, "رفع"),
            E("moh24", "٢٤ شخصا قتلوا وأصيب ٥٢ آخرون", "وزارة الصحة السورية", "", ORG, "قالت"),
            E(
                "sohr_month",
                "ارتفع عدد قتلى أعمال العنف في محافظة السويداء منذ مطلع آذار إلى ٦٤",
                "المرصد",
                SOHR,
                ORG,
                "وبحسب",
            ),
            E(
                "mc_command",
                "مقاتلي العشائر «يعملون تحت إمرة ضباط في الأمن العام»",
                "المجلس العسكري",
                MC,
                ORG,
                "وقال",
            ),
            E(
                "mc_echo",
                "المواجهات اندلعت عندما «هاجم مسلحو العشائر القرية من جهة الغرب»",
                "بيانه الصادر الاثنين",
                MC,
                ORG,
                "جاء فيه",
                alt_types=[DOC],
            ),
            E("moi_deny", "تقديم أي دعم لأي من الطرفين", MOI, "", ORG, "نفت", NEG),
            E(
                "mod_deny",
                "تكون أي عربات مدرعة تابعة للجيش أو الأمن العام قد شاركت في القتال",
                MOD_SRC,
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
                via=[SKY],
            ),
            E(
                "mod_justify",
                "اتهامات المجلس «محاولة لتبرير رفض دخول مؤسسات الدولة إلى المحافظة»",
                "معتبرا",
                MOD_SRC,
                A_OFF,
                "معتبرا",
                ANON,
                via=[SKY],
            ),
            E(
                "sarc60",
                "أجلت فرق الهلال الأحمر العربي السوري ٦٠ عائلة من ولغا والقرى المجاورة",
                "المنظمة",
                "الهلال الأحمر العربي السوري",
                ORG,
                "وفق ما أعلنت",
            ),
        ],
    },
    "r33_marib_raghwan": {
        "outlet": "المصدر أونلاين",
        "published": "2026-03-23",
        "entries": [
            E("hd", "ضبط خلية حوثية تزرع العبوات الناسفة على طريق صافر", "شرطة مأرب", POLICE, ORG, ":", HEAD),
            E(
                "src_repel",
                "قوات الجيش الوطني ورجال القبائل «أفشلوا هجوما واسعا شنته ميليشيا الحوثي فجر الأحد على مواقعهم في مديرية رغوان»",
                SRC3,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[MASDAR],
            ),
            E("src_nolose", "القوات «لم تخسر أي موقع»", "مؤكدا", SRC3, A_OFF, "مؤكدا", ANON, via=[MASDAR]),
            E("src_40", "المهاجمين تكبدوا «أكثر من 40 قتيلا»", "مؤكدا", SRC3, A_OFF, "مؤكدا", ANON, via=[MASDAR]),
            E(
                "src_6",
                "مقتل ستة من الجنود ورجال القبائل وإصابة 11 آخرين في المعارك التي استمرت حتى ظهر الأحد",
                "المصدر",
                SRC3,
                A_OFF,
                "وأقر",
                ANON,
                via=[MASDAR],
            ),
            E(
                "hou_seize",
                "مقاتلي الجماعة «سيطروا على سبعة مواقع في رغوان، بينها موقع الطلعة الحمراء»",
                SANAA,
                "",
                A_OFF,
                "نقلا عن",
                ANON,
                via=[MASIRA],
            ),
            E("hou_30", "قتلوا «أكثر من 30 مرتزقا»", SANAA, "", A_OFF, "نقلا عن", ANON, via=[MASIRA]),
            E(
                "la_house5",
                "صاروخا باليستيا أطلقته الميليشيا مساء الأحد سقط على منزل أسرة نازحة في حي المجمع، ما أدى إلى مقتل خمسة من أفرادها، بينهم ثلاثة أطفال",
                LA,
                "",
                ORG,
                "قالت",
            ),
            E("med3", "الضربة أسفرت عن ثلاثة قتلى وثمانية جرحى", MED33, "", A_OFF, "أفاد", ANON, alt_types=[A_SRC]),
            E(
                "wak_noarms",
                "المنزل لم يكن فيه أي سلاح، وسكانه مدنيون نزحوا من صرواح قبل سنوات",
                MUAILI,
                "",
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E("hou_depot", "الصاروخ استهدف «مخزنا للأسلحة تابعا للمرتزقة»", "الجماعة", HOUTHI, ORG, "ادعت"),
            E("gov_iran", "إيران بتزويد الجماعة بالصاروخ", AWLAQI, "", N_OFF, "واتهم"),
            E(
                "gov_shards",
                "الشظايا التي جمعت من الموقع «تحمل علامات مصنع إيراني»",
                "مشيرا",
                AWLAQI,
                N_OFF,
                "مشيرا",
            ),
            E(
                "pol_cell",
                "ضبط خلية حوثية مؤلفة من ستة عناصر «كانت تزرع عبوات ناسفة على طريق مأرب–صافر»",
                POLICE,
                "",
                ORG,
                "أعلنت",
                via=["موقع وزارة الداخلية"],
            ),
            E(
                "src_noagree",
                "الطرفين «لم يتوصلا بعد إلى اتفاق» لتبادل جثث قتلى جبهة رغوان",
                "مصدر مطلع على الوساطة القبلية",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E(
                "iom85",
                "نزوح 85 أسرة من مديرية رغوان خلال شهر فبراير",
                "بيانات المنظمة الدولية للهجرة",
                "المنظمة الدولية للهجرة",
                ORG,
                "وتشير",
                alt_types=[DOC],
            ),
            E("hr19", "مقتل 19 مدنيا في المحافظة منذ مطلع العام", HR_MARIB, "", ORG, "وثق"),
            E(
                "an_terms",
                "الهجوم «محاولة لتحسين شروط التفاوض قبل أي تسوية»",
                "الخبير العسكري العميد المتقاعد صادق المقطري",
                "",
                N_PER,
                "ويرى",
                alt_types=[N_OFF],
            ),
            E("un_warn", "التصعيد في مأرب «يهدد التهدئة الهشة»", "مكتب المبعوث الأممي إلى اليمن", "", ORG, "حذر"),
        ],
    },
    "r34_marib_bodies": {
        "outlet": "RT عربية",
        "published": "2026-03-24",
        "entries": [
            E("hd", "قواتنا باقية في المواقع التي سيطرت عليها في رغوان", "«أنصار الله»", AQ, ORG, ":", HEAD),
            E(
                "spox_hold",
                "قواته «ما زالت تتمركز في المواقع السبعة التي سيطرت عليها الأحد في مديرية رغوان»",
                MADANI,
                "",
                N_OFF,
                "أكد",
            ),
            E("spox_noretake", "تكون القوات الحكومية قد استعادت أيا منها", "نافيا", MADANI, N_OFF, "نافيا", NEG),
            E(
                "spox_3",
                "خسائر قواته في المعارك «لم تتجاوز ثلاثة شهداء»",
                "المداني",
                MADANI,
                N_OFF,
                "وأضاف",
                via=[MASIRA],
            ),
            E(
                "spox_nociv",
                "الصاروخ الذي سقط في مدينة مأرب مساء الأحد أصاب «مخزن أسلحة، ولم يسقط فيه أي مدني»",
                "المداني",
                MADANI,
                N_OFF,
                "وأضاف",
                via=[MASIRA],
                speaker_nth=1,
            ),
            E("spox_noiran", "تكون الجماعة قد تلقت أي صواريخ من إيران", "المداني", MADANI, N_OFF, "ونفى", NEG),
            E("spox_yemeni", "ترسانتها «صناعة يمنية خالصة»", "مؤكدا", MADANI, N_OFF, "مؤكدا"),
            E(
                "wak_echo",
                "المنزل المستهدف «لم يكن فيه أي سلاح»",
                MUAILI,
                "",
                N_OFF,
                "نقل",
                via=["موقع «المصدر أونلاين»"],
            ),
            E(
                "med6",
                "حصيلة الضربة ارتفعت إلى ستة قتلى، بينهم ثلاثة أطفال، بعد وفاة امرأة متأثرة بجروحها",
                "مصدر طبي",
                "",
                A_OFF,
                "أفاد",
                ANON,
                alt_types=[A_SRC],
                via=["RT"],
            ),
            E("hr19_echo", "مقتل ١٩ مدنيا في المحافظة منذ مطلع العام", HR_MARIB, "", ORG, "وثق"),
            E(
                "pc_exchange",
                "التوصل إلى اتفاق مع الجانب الحكومي، برعاية وسطاء قبليين، لتبادل ٢٠ جثة من قتلى جبهة رغوان صباح الأربعاء",
                SHAMI,
                "",
                N_OFF,
                "وأعلن",
                via=[SABA],
            ),
            E(
                "gov_nosign",
                "الحكومة «لم توقع على أي اتفاق بهذا الشأن حتى الآن»",
                "عضوا في الفريق الحكومي المعني بملف الأسرى",
                "",
                A_OFF,
                "قال",
                ANON,
                via=["RT"],
            ),
            E(
                "pc_travellers",
                "الموقوفين الذين أعلنت شرطة مأرب ضبطهم «تسعة مسافرين اختطفوا من نقطة الفلج، وليسوا خلية كما تزعم»",
                "الشامي",
                SHAMI,
                N_OFF,
                "على لسان",
                via=[SABA],
            ),
            E(
                "trib_talaa",
                "مقاتلي «أنصار الله» «ما زالوا يتمركزون في موقع الطلعة الحمراء» الذي انتزعوه من القوات الحكومية الأحد",
                TRIB,
                "",
                A_SRC,
                "وأفاد",
                ANON,
                alt_types=[A_OFF],
            ),
            E(
                "trib_alliance",
                "مشايخ من قبيلة مراد «أبرموا تحالفا مع صنعاء» سمح بمرور قواتها عبر مناطقهم",
                TRIB,
                "",
                A_SRC,
                "وأفاد",
                ANON,
                alt_types=[A_OFF],
            ),
            E(
                "murad_not",
                "ليس هناك تحالف، بل تفاهم محلي على فتح الطرق ونقل الجثث",
                "الشيخ مسفر بن جلال المرادي",
                "",
                N_PER,
                "قال",
                DIRECT,
                via=["RT"],
            ),
            E(
                "juba2",
                "قتل مدنيان بانفجار لغم أرضي زرع على طريق زراعي",
                "مسؤول محلي",
                "",
                A_OFF,
                "وفق ما ذكره",
                ANON,
            ),
            E(
                "idp120",
                "١٢٠ أسرة نزحت من رغوان منذ الأحد",
                "الوحدة التنفيذية لإدارة مخيمات النازحين",
                "",
                ORG,
                "قالت",
            ),
            E(
                "an_pressure",
                "التصعيد الأخير «ورقة ضغط تسبق جولة مفاوضات مرتقبة»",
                "المحلل السياسي اليمني عبد الوهاب الحمادي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r35_djibo_attack": {
        "outlet": "بي بي سي نيوز عربي",
        "published": "2026-04-06",
        "entries": [
            E("hd", "السيطرة على معسكر للجيش في جيبو", "«نصرة الإسلام والمسلمين»", JNIM, ORG, "تعلن", HEAD),
            E(
                "jnim_camp",
                "مقاتليها «اقتحموا المعسكر الرئيسي للجيش في مدينة جيبو وسيطروا عليه» فجر الأحد",
                JNIM,
                "",
                ORG,
                "قالت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_100",
                "قتلوا «أكثر من 100 من الجنود وعناصر ميليشيا المتطوعين»",
                JNIM,
                "",
                ORG,
                "قالت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_convoy",
                "«دمرت قافلة إمداد عسكرية» كانت متجهة إلى جيبو قرب بلدة نامسيغيا يوم السبت",
                "الجماعة",
                JNIM,
                ORG,
                "وأكدت",
                via=[ZALLAQA],
            ),
            E(
                "gov_repel",
                "الجيش «صد الهجوم وحافظ على مواقعه كافة»",
                GOVBF,
                "",
                ORG,
                "قالت",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "gov_14",
                "مقتل 14 من الجنود ومتطوعي الدفاع عن الوطن، و«تحييد عشرات الإرهابيين»",
                "مشيرة",
                GOVBF,
                ORG,
                "مشيرة",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "gov_9civ",
                "المهاجمين قتلوا تسعة مدنيين خلال انسحابهم",
                "البيان",
                GOVBF,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E(
                "res_6h",
                "المسلحين «بقوا داخل المدينة قرابة ست ساعات وأحرقوا السوق المركزي»",
                RES35,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=["بي بي سي"],
            ),
            E(
                "res_bodies",
                "رأى جثث عدد من المدنيين في الشوارع المحيطة بالسوق",
                "مضيفا",
                RES35,
                A_SRC,
                "مضيفا",
                ANON,
                via=["بي بي سي"],
            ),
            E(
                "wit30",
                "المسلحين «أعدموا ما لا يقل عن 30 مدنيا»، بينهم تجار في السوق",
                "شهود",
                "",
                A_SRC,
                "نقلت",
                ANON,
                via=["منظمة هيومن رايتس ووتش"],
            ),
            E("hrw_call", "فتح تحقيق مستقل", "داعية", "منظمة هيومن رايتس ووتش", ORG, "داعية", OPT),
            E("vdp11", "فقدنا 11 من رجالنا، لكن المهاجمين دفعوا ثمنا باهظا", ZONGO, "", N_OFF, "وقال", DIRECT),
            E(
                "vdp_east",
                "المسلحين دخلوا المدينة من جهتها الشرقية على دراجات نارية",
                "زونغو",
                ZONGO,
                N_OFF,
                "وأوضح",
                speaker_nth=1,
            ),
            E(
                "sec_russia",
                "مروحيات يقودها عناصر من «الفيلق الأفريقي» الروسي شاركت في صد المهاجمين",
                "مصدر أمني",
                "",
                A_OFF,
                "وأفاد",
                ANON,
                via=["وكالة الصحافة الفرنسية"],
            ),
            E(
                "local_noagree",
                "أعيانا من جيبو يجرون منذ أسابيع اتصالات مع الجماعة لفتح الطريق أمام شاحنات الغذاء، من دون التوصل إلى اتفاق حتى الآن",
                "مصادر محلية",
                "",
                A_SRC,
                "وذكرت",
                ANON,
            ),
            E("curfew", "فرض حظر تجول ليلي في المدينة حتى إشعار آخر", "السلطات المحلية", "", ORG, "وأعلنت"),
            E("msf57", "مستشفى جيبو استقبل 57 جريحا خلال يوم الأحد", MSF, "", ORG, "وأفادت"),
            E(
                "ocha300",
                "يعيش في المدينة المحاصرة أكثر من 300 ألف شخص معظمهم نازحون",
                OCHA,
                "",
                ORG,
                "بحسب",
            ),
            E(
                "an_msg",
                "الهجوم «رسالة إلى المجلس العسكري الحاكم بأن الحصار لم ينكسر»",
                "الباحث في شؤون الساحل الأفريقي، سيدي محمد ولد الطالب",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r36_djibo_convoy": {
        "outlet": "الجزيرة نت",
        "published": "2026-04-07",
        "entries": [
            E("hd", "قافلة الإمداد وصلت إلى جيبو سالمة", "مصدر عسكري", MIL, A_OFF, ":", HEAD, ANON, via=[JAZ]),
            E(
                "mil_convoy",
                "قافلة الإمداد العسكرية المتجهة إلى جيبو «وصلت إلى المدينة سالمة مساء السبت، ولم تتعرض لأي هجوم»",
                MIL,
                "",
                A_OFF,
                "أفاد",
                ANON,
                via=[JAZ],
            ),
            E(
                "mil_camp",
                "المعسكر الرئيسي في المدينة «لم يخرج عن سيطرة الجيش لحظة واحدة»",
                "مضيفا",
                MIL,
                A_OFF,
                "مضيفا",
                ANON,
                via=[JAZ],
            ),
            E("jn_convoy_echo", "تدمير القافلة قرب بلدة نامسيغيا", JNIM36, "", ORG, "أعلنت", alt_types=[DOC]),
            E(
                "jn_hours",
                "مقاتليها «سيطروا على المعسكر عدة ساعات وغنموا أسلحة وذخائر»",
                CMDR,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("jn_russians", "«مرتزقة روسا» كانوا بين المدافعين عنه", CMDR, "", A_OFF, "قال", ANON),
            E("jn_nociv", "يكونوا قد قتلوا أي مدني", "نافيا", CMDR, A_OFF, "نافيا", ANON, NEG),
            E(
                "jn_market",
                "المدنيين الذين قتلوا قرب السوق «سقطوا بنيران مروحيات الجيش»",
                "القيادي",
                CMDR,
                A_OFF,
                "وزعم",
                ANON,
            ),
            E(
                "elder_deal",
                "أعيان المدينة «توصلوا ليل الاثنين إلى اتفاق مع الجماعة» يسمح بدخول ٤٠ شاحنة غذاء أسبوعيا إلى المدينة المحاصرة",
                BARRY,
                "",
                N_PER,
                "وقال",
                via=[JAZ],
            ),
            E("gov_noforeign", "مشاركة أي قوات أجنبية في المعارك", MIN, "", N_OFF, "نفى", NEG),
            E("gov_nodeal", "يكون أعيان جيبو قد أبرموا أي اتفاق مع «الإرهابيين»", "نفى", MIN, N_OFF, "نفى", NEG),
            E("gov19", "ارتفاع حصيلة قتلى الجيش والمتطوعين إلى ١٩", "معلنا", MIN, N_OFF, "معلنا"),
            E(
                "res_echo",
                "المسلحين «بقوا داخل المدينة قرابة ست ساعات وأحرقوا السوق المركزي»",
                "أحد سكان جيبو",
                "",
                A_SRC,
                "ونقلت",
                ANON,
                via=["«بي بي سي»"],
            ),
            E("msf63", "مستشفى جيبو استقبل ٦٣ جريحا منذ الأحد، بينهم ٢٠ طفلا", MSF, "", ORG, "أعلنت"),
            E(
                "flee2k",
                "نحو ألفي شخص فروا من الأحياء الشرقية إلى وسط المدينة منذ الهجوم",
                "مسؤول في بلدية جيبو",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "ocha_echo",
                "يعيش في جيبو أكثر من ٣٠٠ ألف شخص معظمهم نازحون",
                OCHA,
                "",
                ORG,
                "وفقا لأرقام",
                alt_types=[DOC],
            ),
            E(
                "wfp_flight",
                "آخر رحلة جوية لمساعداته هبطت في المدينة قبل ثلاثة أسابيع",
                "برنامج الأغذية العالمي",
                "",
                ORG,
                "قال",
            ),
            E(
                "an_capable",
                "الجماعة «باتت قادرة على ضرب أكبر معاقل الجيش في الشمال»",
                DIALLO,
                "",
                N_PER,
                "ورأى",
            ),
            E("an_siege", "تلجأ إلى «تشديد الحصار بدل السيطرة على المدن»", "مرجحا", DIALLO, N_PER, "مرجحا"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Sweida: who holds Walgha (retaken at dawn / nobody stayed / they withdrew vs still inside and fighting)
        ("r31.mc_retake", "r31.tr_inside"),
        ("r31.mc_retake", "r32.tr_echo"),  # the tribal spokesman's words retold via Enab Baladi
        ("r32.mc_nostay", "r31.tr_inside"),
        ("r32.mc_nostay", "r32.tr_echo"),
        ("r32.res_withdrew", "r31.tr_inside"),
        ("r32.res_withdrew", "r32.tr_echo"),
        # who started it: a tribal attack from the west vs the factions' shelling of al-Maqwas
        ("r31.mc_start", "r31.tr_start"),
        ("r32.mc_echo", "r31.tr_start"),  # republished statement
        # six civilians killed vs no civilian killed / all the dead were armed
        ("r31.tr_civ6", "r31.mc_nociv"),
        ("r31.tr_civ6", "r31.mc_armed"),
        # detainees since Sunday: 14 vs only five
        ("r31.tr_14", "r32.mc_five"),
        ("r31.hd", "r32.mc_five"),  # headline copy
        # an agreement between factions and tribes vs "we were party to no agreement"
        ("r32.gov_agree", "r32.tr_noparty"),
        ("r32.hd", "r32.tr_noparty"),
        ("r32.gov_release", "r32.tr_noparty"),
        # tolls of the same clashes from different sources
        ("r31.sohr23", "r31.s24_31"),
        ("r32.sohr29", "r32.moh24"),
        ("r31.s24_31", "r32.sohr29"),  # at least 31 on Monday vs 29 on Tuesday (tolls do not fall)
        ("r31.s24_31", "r32.moh24"),
        # government support to the tribes vs denials / "no more than coordination"
        ("r31.mc_cover", "r32.mod_deny"),
        ("r31.mc_cover", "r32.moi_deny"),
        ("r32.mc_command", "r32.moi_deny"),
        ("r32.mc_command", "r32.tr_coord"),  # under the command of officers vs merely coordination
        ("r31.mc_cover", "r32.tr_coord"),
        # --- Marib: Raghwan positions (attack foiled, nothing lost vs seven positions seized and held)
        ("r33.src_repel", "r33.hou_seize"),
        ("r33.src_nolose", "r33.hou_seize"),
        ("r33.src_repel", "r34.spox_hold"),
        ("r33.src_nolose", "r34.spox_hold"),
        ("r33.src_repel", "r34.hd"),
        ("r33.src_nolose", "r34.hd"),
        ("r33.src_repel", "r34.trib_talaa"),
        ("r33.src_nolose", "r34.trib_talaa"),
        # losses
        ("r33.src_40", "r34.spox_3"),  # more than 40 Houthi dead vs no more than three
        ("r33.hou_30", "r33.src_6"),  # more than 30 "mercenaries" killed vs six soldiers and tribesmen
        ("r33.la_house5", "r33.med3"),  # five vs three killed by the missile, same evening
        # what the missile hit: a displaced family's house without weapons vs an arms depot, no civilian
        ("r33.hou_depot", "r33.wak_noarms"),
        ("r33.hou_depot", "r33.la_house5"),
        ("r33.hou_depot", "r34.wak_echo"),
        ("r34.spox_nociv", "r33.wak_noarms"),
        ("r34.spox_nociv", "r33.la_house5"),
        ("r34.spox_nociv", "r34.wak_echo"),
        ("r34.spox_nociv", "r34.med6"),
        # Iranian missile vs denial / "purely Yemeni"
        ("r33.gov_iran", "r34.spox_noiran"),
        ("r33.gov_iran", "r34.spox_yemeni"),
        ("r33.gov_shards", "r34.spox_noiran"),
        ("r33.gov_shards", "r34.spox_yemeni"),
        # the detainees: a cell of six planting bombs vs nine travellers, not a cell
        ("r33.pol_cell", "r34.pc_travellers"),
        ("r33.hd", "r34.pc_travellers"),
        # exchange of bodies agreed with the government vs the government signed nothing
        ("r34.pc_exchange", "r34.gov_nosign"),
        # Murad sheikhs: alliance vs "no alliance, a local understanding"
        ("r34.trib_alliance", "r34.murad_not"),
        # --- Djibo: the camp (stormed and seized vs repelled, never out of the army's control)
        ("r35.jnim_camp", "r35.gov_repel"),
        ("r35.hd", "r35.gov_repel"),
        ("r35.jnim_camp", "r36.mil_camp"),
        ("r35.hd", "r36.mil_camp"),
        ("r36.jn_hours", "r36.mil_camp"),
        ("r36.jn_hours", "r35.gov_repel"),
        # the supply convoy: destroyed vs arrived safely
        ("r35.jnim_convoy", "r36.mil_convoy"),
        ("r35.jnim_convoy", "r36.hd"),
        ("r36.jn_convoy_echo", "r36.mil_convoy"),
        ("r36.jn_convoy_echo", "r36.hd"),
        # soldiers and volunteers killed
        ("r35.jnim_100", "r35.gov_14"),
        ("r35.jnim_100", "r36.gov19"),
        # civilians killed by the attackers: how many, whether any, and by whom
        ("r35.wit30", "r35.gov_9civ"),
        ("r36.jn_nociv", "r35.gov_9civ"),
        ("r36.jn_nociv", "r35.wit30"),
        ("r36.jn_market", "r35.wit30"),  # executed by the militants vs killed by army helicopters
        # Russian participation vs no foreign forces
        ("r35.sec_russia", "r36.gov_noforeign"),
        ("r36.jn_russians", "r36.gov_noforeign"),
        # the notables' agreement vs its denial
        ("r36.elder_deal", "r36.gov_nodeal"),
    ],
    "agreements": [
        ("r32.res_withdrew", "r31.mc_retake"),  # the tribal fighters were out of Walgha by Monday dawn
        ("r32.res_withdrew", "r32.mc_nostay"),
        ("r32.res_withdrew", "r32.mc_empty"),
        ("r34.med6", "r33.la_house5"),  # three children among the dead of the house (5, then 6 after a death)
        ("r33.an_terms", "r34.an_pressure"),  # the escalation as leverage before negotiations
        ("r34.trib_talaa", "r34.spox_hold"),  # Houthi fighters still hold the positions
        ("r34.trib_talaa", "r33.hou_seize"),  # al-Talaa al-Hamra taken by the Houthis
        ("r35.sec_russia", "r36.jn_russians"),  # Russians fought in the defence of Djibo
        ("r35.res_bodies", "r35.wit30"),  # civilians killed around the market
        ("r35.res_bodies", "r35.gov_9civ"),  # civilians killed
    ],
    "echoes": [
        ("r31.tr_inside", "r32.tr_echo"),  # the tribal spokesman's words to Enab Baladi, cited by Sky News Arabia
        ("r31.mc_start", "r32.mc_echo"),  # the Military Council's Monday statement, republished
        ("r33.wak_noarms", "r34.wak_echo"),  # the deputy governor's words to al-Masdar Online, cited by RT
        ("r33.hr19", "r34.hr19_echo"),  # the human rights office's yearly figure, recalled
        ("r35.jnim_convoy", "r36.jn_convoy_echo"),  # JNIM's convoy claim, recalled
        ("r35.res_6h", "r36.res_echo"),  # the resident's words to the BBC, cited by Al Jazeera Net
        ("r35.ocha300", "r36.ocha_echo"),  # OCHA's population figure, recalled
    ],
    "not_contradictions": [
        ("r31.sohr23", "r32.sohr29"),  # SOHR's toll rose from 23 to 29
        ("r31.dhs17", "r31.sohr23"),  # bodies received by one hospital vs all the dead
        ("r31.dhs17", "r32.moh24"),
        ("r31.med11", "r31.mc_nociv"),  # children wounded vs no civilian killed
        ("r31.sec_noagree", "r32.gov_agree"),  # no agreement yet on Monday, agreement on Monday evening
        ("r32.sohr_month", "r32.sohr29"),  # March in the province vs one night of clashes
        ("r31.an_indiv", "r32.moi_deny"),  # hedged, individual members vs the ministry's support
        ("r31.res_mazraa", "r31.sohr23"),  # al-Mazraa (no casualties) vs Walgha
        ("r33.src_noagree", "r34.pc_exchange"),  # no agreement yet on Monday, agreement announced on Tuesday
        ("r33.hr19", "r33.la_house5"),  # civilians killed since January vs one strike
        ("r34.hr19_echo", "r34.med6"),
        ("r33.iom85", "r34.idp120"),  # displaced in February vs since Sunday
        ("r34.juba2", "r34.spox_nociv"),  # a landmine in al-Juba vs the missile in Marib city
        ("r35.gov_14", "r36.gov19"),  # the government's toll rose from 14 to 19
        ("r35.vdp11", "r35.gov_14"),  # 11 volunteers among the 14 soldiers and volunteers
        ("r35.res_6h", "r36.mil_camp"),  # militants in the town for hours vs the camp never lost
        ("r36.res_echo", "r36.mil_camp"),
        ("r36.jn_nociv", "r35.res_bodies"),  # civilian bodies seen vs "we killed no civilian" (no culprit named)
        ("r35.local_noagree", "r36.elder_deal"),  # no agreement yet on Monday, agreement on Monday night
        ("r36.wfp_flight", "r36.mil_convoy"),  # a military convoy arrived vs the last aid flight weeks ago
        ("r35.msf57", "r36.msf63"),  # wounded received rose from 57 to 63
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
