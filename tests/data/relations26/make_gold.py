"""Writes gold.json for relations set 26 (r151..r156) from the annotations below (`python3 tests/data/relations26/make_gold.py`).

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

# r151/r152: Port Sudan, RSF drones on the southern port and the Osman Digna air base
RSF = "قوات الدعم السريع"
KOKO = "الناطق الرسمي باسم القوات المسلحة، العميد الركن صلاح الدين كوكو"
KOKO152 = "الناطق باسم الجيش، العميد الركن صلاح الدين كوكو"
SALABONA = "سكان في حي سلبونا القريب من الميناء"
GOV_RS = "والي البحر الأحمر، الفريق معاوية حسن أبو فاطمة"
HOSP = "مدير مستشفى بورتسودان التعليمي، هاشم عبد الرحيم"
PORTS = "هيئة الموانئ البحرية"
SAFI = "المستشار السياسي لقائد الدعم السريع، عز الدين أبكر الصافي"
MILSRC = "مصدر عسكري"
POLICE_RS = "شرطة ولاية البحر الأحمر"
LAWYERS = "مجموعة «محامو الطوارئ»"
DIPL = "دبلوماسي غربي مطلع على محادثات جدة"
DAFALLA = "الخبير العسكري العميد المتقاعد حسن الطيب دفع الله"
SUDAN_GOV = "الحكومة السودانية"
TAYEB = "الناطق الرسمي باسم الحكومة السودانية، وزير الإعلام الطيب عوض الكريم"
SAUDI = "مصدرا سعوديا مطلعا"
SAT = "صورا التقطتها الأقمار الصناعية"
MOH = "وزارة الصحة الاتحادية"
MFA = "وزارة الخارجية"
HAJ = "الباحث في الشؤون الأفريقية عبد المنعم الحاج"
ST = "«سودان تربيون»"
SHARQ = "«الشرق الأوسط»"
# r153/r154: Qamishli, the Asayish against General Security and tribal gunmen in the Tayy quarter
ASAYISH = "قوى الأمن الداخلي (الأسايش) التابعة للإدارة الذاتية"
HASSO = "المتحدث باسم الأسايش، آزاد حسو"
HASSO154 = "المتحدث باسمها، آزاد حسو"
SEC = "قيادة الأمن الداخلي في محافظة الحسكة"
SANA = "وكالة الأنباء السورية (سانا)"
SOHR = "المرصد السوري لحقوق الإنسان"
MED = "مصدر طبي في المشفى الوطني بالقامشلي"
SHEIKH = "أحد وجهاء قبيلة طيء، الشيخ فواز العبد الله"
SHEIKH154 = "الشيخ فواز العبد الله، أحد وجهاء قبيلة طيء"
ROJDA = "الرئيسة المشتركة لدائرة العلاقات الخارجية في الإدارة الذاتية، روجدا أحمد"
MOISRC = "مصدرا في وزارة الداخلية السورية"
SHIYAR = "الباحث في الشأن السوري شيار يوسف"
NP = "«نورث برس»"
MOI = "وزارة الداخلية السورية"
AKID = "المتحدث باسم «قسد»، دلدار عكيد"
COAL = "قيادة التحالف الدولي"
ACTIV = "ناشطين من أبناء الحي"
HAMADA = "محافظ الحسكة، عبد الكريم الحمادة"
COUNCIL = "المجلس المحلي لمدينة القامشلي"
SNHR = "الشبكة السورية لحقوق الإنسان"
AANES_SRC = "مصدر في الإدارة الذاتية"
SHEIKHALI = "الباحث في مركز عمران للدراسات الاستراتيجية، ماهر الشيخ علي"
ENAB = "«عنب بلدي»"
# r155/r156: Kayes region, Mali, the JNIM attack on the Diboli camp and the fuel road
JNIM = "جماعة نصرة الإسلام والمسلمين"
ZALLAQA = "مؤسسة «الزلاقة»"
STAFF = "هيئة الأركان العامة للقوات المسلحة المالية"
DIBOLI_RES = "سكانا في ديبولي"
SM = "«صحراء ميديا»"
UNION = "نقابة سائقي الشاحنات في مالي"
CUSTOMS = "مسؤول في الجمارك السنغالية بمعبر كيديرا"
KONATE = "وزير الاتصال الناطق باسم الحكومة الانتقالية، موسى كوناتي"
BAKRIN = "الناطق باسم الجبهة، إلياس أغ بكرين"
BAKRIN156 = "الناطق باسم جبهة تحرير أزواد، إلياس أغ بكرين"
TABITAL = "جمعية «تابيتال بولاكو»"
HCI_SRC = "مصدر في المجلس الإسلامي الأعلى في مالي"
OULDCHEIKH = "الباحث الموريتاني في شؤون الساحل سيدي محمد ولد الشيخ"
MAYOR = "رئيس بلدية ديبولي، بكاري سيسوكو"
DIARRA = "المتحدث باسم هيئة الأركان العامة، العقيد سليمان ديارا"
AFRICA = "قناة على «تليغرام» تابعة للفيلق الإفريقي الروسي"
SEN_MOI = "وزارة الداخلية السنغالية"
IMAM = "عضو المجلس الإسلامي الأعلى، الإمام عمر تراوري"
COUL = "الأمين العام لنقابة سائقي الشاحنات، آداما كوليبالي"
DAH = "الباحث في مركز الجزيرة للدراسات محمد الأمين ولد الداه"
JZ = "الجزيرة نت"

ARTICLES: dict[str, dict[str, Any]] = {
    "r151_portsudan_drones": {
        "outlet": "سودان تربيون",
        "published": "2027-09-07",
        "entries": [
            E("hd", "مسيراتنا دمرت طائرتي شحن عسكريتين في قاعدة عثمان دقنة", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "rsf_hit",
                "طائراتها المسيرة قصفت مستودعات الوقود في الميناء الجنوبي وقاعدة عثمان دقنة الجوية المجاورة لمطار بورتسودان الدولي",
                RSF,
                "",
                ORG,
                "أعلنت",
            ),
            E("rsf_planes", "دمرت طائرتي شحن عسكريتين كانتا تفرغان ذخائر على المدرج", RSF, "", ORG, "أعلنت"),
            E(
                "army_intercept",
                "الدفاعات الجوية اعترضت 11 مسيرة انتحارية «ولم تبلغ أي منها هدفها»",
                KOKO,
                "",
                N_OFF,
                "قال",
            ),
            E("army_fire", "اندلاع حريق محدود في خزان وقود واحد جراء سقوط شظايا", "مقرا", KOKO, N_OFF, "مقرا"),
            E("wit_blasts", "سمعوا ستة انفجارات متتالية على الأقل قبيل الفجر", SALABONA, "", A_SRC, "وأفاد", ANON),
            E("wit_smoke", "سحابة دخان أسود غطت سماء المدينة حتى الظهيرة", "مضيفين", SALABONA, A_SRC, "مضيفين", ANON),
            E("gov3", "ثلاثة مدنيين قتلوا وأصيب تسعة آخرون", GOV_RS, "", N_OFF, "وقال", via=[ST]),
            E("hosp7", "المستشفى استقبل سبع جثث، بينها جثث أربعة من عمال الشحن والتفريغ", HOSP, "", N_OFF, "ذكر"),
            E("port_ok", "حركة السفن «لم تتأثر»", PORTS, "", ORG, "وأكدت"),
            E("agents_divert", "تحويل ثلاث سفن على الأقل إلى ميناء سواكن", "وكلاء شحن", "", A_SRC, "تحدثوا", ANON),
            E("caa", "تعليق الرحلات في المطار 12 ساعة", "سلطة الطيران المدني", "", ORG, "أعلنت"),
            E("adv_alliance", "الجيش بإقامة «تحالف عسكري» مع طهران", SAFI, "", N_OFF, "واتهم"),
            E("adv_experts", "خبراء إيرانيين يديرون غرفة تشغيل المسيرات داخل القاعدة", "مشيرا", SAFI, N_OFF, "مشيرا"),
            E("src_noexperts", "وجود أي خبراء أجانب في بورتسودان", MILSRC, "", A_OFF, "ونفى", ANON, NEG),
            E(
                "src_deals",
                "العلاقة مع إيران بأنها «صفقات تسليح عادية كما تفعل أي دولة»",
                "واصفا",
                MILSRC,
                A_OFF,
                "واصفا",
                ANON,
            ),
            E(
                "police5",
                "توقيف خمسة أشخاص يشتبه في «إرسالهم إحداثيات» إلى الدعم السريع",
                POLICE_RS,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "lawyers14",
                "الأجهزة الأمنية احتجزت 14 شابا من أحياء الأطراف من دون توجيه اتهامات إليهم",
                LAWYERS,
                "",
                ORG,
                "قالت",
            ),
            E(
                "dipl_truce",
                "وفدي الطرفين «توصلا الأسبوع الماضي إلى تفاهم أولي» على هدنة إنسانية مدتها 30 يوما",
                DIPL,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "an_message",
                "الهجوم «رسالة إلى شركات الشحن الأجنبية أكثر منه ضربة عسكرية»",
                DAFALLA,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_recur", "تتكرر الضربات على الميناء خلال الأسابيع المقبلة", "مرجحا", DAFALLA, N_PER, "مرجحا"),
        ],
    },
    "r152_portsudan_jeddah": {
        "outlet": "الشرق الأوسط",
        "published": "2027-09-08",
        "entries": [
            E("hd_port", "ميناء بورتسودان يعمل بكامل طاقته", SUDAN_GOV, "", ORG, ":", HEAD, alt_types=[N_OFF]),
            E("hd_truce", "لا تفاهم على هدنة في جدة", SUDAN_GOV, "", ORG, ":", HEAD, alt_types=[N_OFF]),
            E("gov_full", "ميناء بورتسودان «يعمل بكامل طاقته» منذ مساء الثلاثاء", TAYEB, "", N_OFF, "قال"),
            E("gov_nodivert", "تحويل أي سفينة إلى ميناء سواكن", "نافيا", TAYEB, N_OFF, "نافيا", NEG),
            E("gov_nodelegation", "الحكومة «لم ترسل أي وفد إلى جدة»", "الوزير", TAYEB, N_OFF, "وأضاف", via=[SHARQ]),
            E(
                "gov_nounderst",
                "«لا يوجد أي تفاهم على هدنة إنسانية»",
                "مؤكدا",
                TAYEB,
                N_OFF,
                "مؤكدا",
                via=[SHARQ],
            ),
            E(
                "saudi_talks",
                "ممثلين عن الطرفين يواصلون محادثات فنية في جدة منذ أسبوعين",
                SAUDI,
                "",
                A_OFF,
                "ذكر",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "saudi_nounderst",
                "«من دون التوصل إلى تفاهم حتى الآن»",
                SAUDI,
                "",
                A_OFF,
                "ذكر",
                ANON,
                alt_types=[A_SRC],
            ),
            E("army_renew", "الدفاعات الجوية اعترضت المسيرات الـ١١ كلها", KOKO152, "", N_OFF, "وجدد"),
            E(
                "army_fake",
                "مقطعا مصورا نشرته الدعم السريع بأنه «مفبرك ومأخوذ من هجوم سابق»",
                "واصفا",
                KOKO152,
                N_OFF,
                "واصفا",
            ),
            E(
                "rsf_video",
                "المقطع يظهر «احتراق إحدى طائرتي الشحن على مدرج القاعدة»",
                "الدعم السريع",
                RSF,
                ORG,
                "قالت",
            ),
            E("sat_hull", "هيكلا متفحما لطائرة كبيرة قرب حظائر قاعدة عثمان دقنة", SAT, "", DOC, "تظهر"),
            E("sat_tanks", "خزانين محترقين بالكامل في الميناء الجنوبي", SAT, "", DOC, "تظهر"),
            E("hosp9", "ارتفعت حصيلة القتلى إلى تسعة", HOSP, "", N_OFF, "بحسب"),
            E("hosp_two", "اثنين من الجرحى فارقا الحياة ليلا", "الذي", HOSP, N_OFF, "أوضح"),
            E("moh4", "مقتل أربعة أشخاص فقط، «ثلاثة منهم مدنيون»", MOH, "", ORG, "فأعلنت"),
            E("gov_two", "الدفاعات أسقطت مسيرتين أخريين مساء الثلاثاء من دون أضرار", GOV_RS, "", N_OFF, "وقال"),
            E(
                "adv_echo",
                "خبراء إيرانيين يديرون غرفة تشغيل المسيرات داخل القاعدة",
                SAFI,
                "",
                N_OFF,
                "ونقل",
                via=["موقع «سودان تربيون»"],
            ),
            E(
                "mfa_noexperts",
                "وجود أي خبراء إيرانيين على الأراضي السودانية",
                MFA,
                "",
                ORG,
                "ونفت",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "mfa_diplo",
                "العلاقة مع طهران «لا تتعدى التعاون الدبلوماسي المعتاد بين الدول»",
                "مؤكدة",
                MFA,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E(
                "an_notalliance",
                "ما يجمع الجيش وطهران «ليس تحالفا، بل حاجة متبادلة إلى السلاح والموانئ»",
                HAJ,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "police8",
                "ارتفاع عدد الموقوفين إلى ثمانية، بينهم امرأة «كانت تصور مواقع عسكرية»",
                POLICE_RS,
                "",
                ORG,
                "وأعلنت",
            ),
            E("lawyers20", "عدد المحتجزين تجاوز ٢٠ شابا نقلوا إلى مقرات أمنية مجهولة", LAWYERS, "", ORG, "أفادت"),
        ],
    },
    "r153_qamishli_tayy": {
        "outlet": "نورث برس",
        "published": "2027-09-13",
        "entries": [
            E("hd", "سيطرنا على حي طي في القامشلي بالكامل", "«الأسايش»", "قوى الأمن الداخلي (الأسايش)", ORG, ":", HEAD),
            E("control", "بسطت سيطرتها الكاملة على حي طي جنوبي مدينة القامشلي", ASAYISH, "", ORG, "أعلنت"),
            E("asayish4", "أربعة من عناصر القوى قتلوا وأصيب ١١ آخرون", HASSO, "", N_OFF, "وقال", via=[NP]),
            E(
                "withdrew",
                "عناصر الأمن العام «انسحبوا إلى المربع الأمني وسط المدينة تاركين أسلحتهم»",
                "مضيفا",
                HASSO,
                N_OFF,
                "مضيفا",
                via=[NP],
            ),
            E("alliance", "الحكومة في دمشق بعقد «تحالف» مع مسلحين من قبيلة طيء", "حسو", HASSO, N_OFF, "واتهم"),
            E("sec_deny", "انسحاب عناصرها من الحي", SEC, "", ORG, "نفت", NEG, via=[SANA], alt_types=[DOC]),
            E(
                "sec_hold",
                "«ما زالوا يتمركزون في مواقعهم عند المدخل الجنوبي»",
                "مؤكدة",
                SEC,
                ORG,
                "مؤكدة",
                via=[SANA],
                alt_types=[DOC],
            ),
            E("sec2", "اثنين منهم قتلا برصاص قناصة", "مؤكدة", SEC, ORG, "مؤكدة", via=[SANA], alt_types=[DOC]),
            E(
                "sohr11",
                "مقتل ١١ شخصا، هم خمسة من الأسايش وأربعة من عناصر الأمن العام ومدنيان",
                SOHR,
                "",
                ORG,
                "فقال",
            ),
            E("med3", "المشفى استقبل جثث ثلاثة مدنيين، بينهم امرأة مسنة", MED, "", A_OFF, "وأفاد", ANON),
            E(
                "sheikh_deny",
                "وجود أي تحالف بين القبيلة والحكومة",
                SHEIKH,
                "",
                N_PER,
                "ونفى",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "sheikh_coord",
                "ما جرى «مجرد تنسيق ميداني مؤقت لحماية بيوتنا»",
                "قائلا",
                SHEIKH,
                N_PER,
                "قائلا",
                alt_types=[N_OFF],
            ),
            E(
                "ceasefire",
                "وقفا لإطلاق النار سرى منذ السادسة من مساء الأحد بوساطة من التحالف الدولي",
                ROJDA,
                "",
                N_OFF,
                "وقالت",
            ),
            E(
                "moi_noagree",
                "«لا يوجد أي اتفاق لوقف إطلاق النار»",
                MOISRC,
                "",
                A_OFF,
                "أكد",
                ANON,
                via=[NP],
            ),
            E("moi_calm", "ما حصل «مجرد تهدئة لإخلاء الجرحى»", "موضحا", MOISRC, A_OFF, "موضحا", ANON, via=[NP]),
            E("arrest23", "اعتقال ٢٣ شخصا", "الأسايش", ASAYISH, ORG, "وأعلنت"),
            E("cells", "«أعضاء في خلايا تتلقى أوامرها من دمشق»", "قالت", ASAYISH, ORG, "قالت"),
            E("sana_kidnap", "القوات الكردية باختطاف أكثر من ٤٠ مدنيا من أبناء الحي", "«سانا»", SANA, MEDIA, "اتهمت"),
            E("displaced", "مئات العائلات نزحت نحو قرى ريف القامشلي الجنوبي", "سكان من الحي", "", A_SRC, "وأفاد", ANON),
            E(
                "an_march",
                "الاشتباكات «قد تطيح بما تبقى من اتفاق العاشر من آذار»",
                SHIYAR,
                "",
                N_PER,
                "ويعتقد",
            ),
        ],
    },
    "r154_qamishli_agreement": {
        "outlet": "عنب بلدي",
        "published": "2027-09-14",
        "entries": [
            E("hd", "اتفاق على انسحاب الطرفين من حي طي في القامشلي", "الداخلية السورية", MOI, ORG, ":", HEAD),
            E(
                "moi_agree",
                "التوصل إلى اتفاق مع «قوات سوريا الديمقراطية» (قسد) برعاية التحالف الدولي، يقضي بانسحاب الأسايش وعناصر الأمن العام من حي طي",
                MOI,
                "",
                ORG,
                "أعلنت",
            ),
            E("sdf_nosign", "توقيع أي اتفاق", AKID, "", N_OFF, "نفى", NEG),
            E("sdf_oral", "ما جرى «تفاهمات شفهية على تبادل المحتجزين فقط»", "مشيرا", AKID, N_OFF, "مشيرا"),
            E(
                "coalition",
                "«سهلت اتصالات بين الطرفين» أفضت إلى «تفاهم على خفض التصعيد»",
                COAL,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E(
                "control_echo",
                "بسطت سيطرتها الكاملة على حي طي جنوبي مدينة القامشلي",
                "الأسايش",
                "",
                ORG,
                "وجددت",
                via=["شبكة «نورث برس»"],
                alt_types=[DOC],
            ),
            E(
                "act_south",
                "عناصر الأمن العام ومسلحي العشائر «لا يزالون منتشرين في الشوارع الجنوبية»",
                ACTIV,
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[ENAB],
            ),
            E("act_north", "حواجز الأسايش تقتصر على المداخل الشمالية", ACTIV, "", A_SRC, "قالوا", ANON, via=[ENAB]),
            E("sohr14", "حصيلة القتلى إلى 14، بعد وفاة ثلاثة جرحى متأثرين بإصاباتهم", SOHR, "", ORG, "ورفع"),
            E("moi3", "ثلاثة من عناصرها قتلوا", "وزارة الداخلية", MOI, ORG, "قالت"),
            E("mortar", "الأسايش بقصف الحي بقذائف الهاون", HAMADA, "", N_OFF, "واتهم"),
            E("nomortar", "بقصف الحي بقذائف الهاون", HASSO154, "", N_OFF, "نفاه", NEG, OPT),
            E("light", "عناصرها «لم يستخدموا سوى الأسلحة الخفيفة»", "مؤكدا", HASSO154, N_OFF, "مؤكدا"),
            E("council650", "نزحت 650 عائلة من الحي خلال يومين", COUNCIL, "", ORG, "وبحسب"),
            E("asayish70", "عدد العائلات التي غادرت مؤقتا «لا يتجاوز 70»", "حسو", HASSO154, N_OFF, "قال"),
            E(
                "sheikh_echo",
                "ما جرى «مجرد تنسيق ميداني مؤقت لحماية بيوتنا»",
                SHEIKH154,
                "",
                N_PER,
                "نقلت",
                via=[NP],
                alt_types=[N_OFF],
            ),
            E(
                "sheikh_defend",
                "أبناء القبيلة «لم يحملوا السلاح إلا بعد مداهمة منازلهم»",
                "العبد الله",
                SHEIKH154,
                N_PER,
                "وأضاف",
                via=[ENAB],
                alt_types=[N_OFF],
            ),
            E("snhr31", "احتجاز 31 شخصا من سكان الحي", SNHR, "", ORG, "ووثقت"),
            E("release9", "الإفراج عن تسعة من المعتقلين الـ23", AANES_SRC, "", A_OFF, "أفاد", ANON),
            E(
                "an_convenience",
                "علاقة الحكومة بالعشائر في الحسكة «تحالف مصالح واضح وإن أنكره الطرفان»",
                SHEIKHALI,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_repeat", "يتكرر السيناريو في أحياء أخرى إذا تعثر تطبيق الاتفاق", "مرجحا", SHEIKHALI, N_PER, "مرجحا"),
        ],
    },
    "r155_kayes_diboli": {
        "outlet": "صحراء ميديا",
        "published": "2027-09-20",
        "entries": [
            E("hd_camp", "سيطرنا على معسكر ديبولي", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E("hd_tankers", "أحرقنا 40 صهريجا", "«نصرة الإسلام والمسلمين»", JNIM, ORG, ":", HEAD),
            E(
                "jnim_camp",
                "مقاتليها سيطروا فجر الأحد على المعسكر الرئيسي للجيش المالي في بلدة ديبولي الحدودية مع السنغال",
                JNIM,
                "",
                ORG,
                "قالت",
                via=[ZALLAQA],
                alt_types=[DOC],
            ),
            E("jnim27", "قتلوا 27 جنديا", JNIM, "", ORG, "قالت", via=[ZALLAQA], alt_types=[DOC]),
            E(
                "jnim_tankers",
                "أحرقت 40 صهريج وقود على الطريق الرابط بين كايس وديبولي",
                "الجماعة",
                JNIM,
                ORG,
                "وأضافت",
            ),
            E("army_repel", "وحداتها «صدت الهجوم الإرهابي»", STAFF, "", ORG, "أكدت", alt_types=[DOC]),
            E("army_control", "المعسكر «لا يزال تحت السيطرة الكاملة»", STAFF, "", ORG, "أكدت", alt_types=[DOC]),
            E("army48", "«تحييد» 48 مهاجما", "معلنة", STAFF, ORG, "معلنة", alt_types=[DOC]),
            E("army5", "مقتل خمسة جنود فقط", "معلنة", STAFF, ORG, "معلنة", alt_types=[DOC]),
            E(
                "res_stay",
                "بقاء المسلحين داخل المعسكر حتى عصر الأحد",
                DIBOLI_RES,
                "",
                A_SRC,
                "تحدثوا",
                ANON,
                via=[SM],
            ),
            E(
                "res_flag",
                "رفعوا رايتهم السوداء فوق بوابته الرئيسية",
                "مؤكدين",
                DIBOLI_RES,
                A_SRC,
                "مؤكدين",
                ANON,
                via=[SM],
            ),
            E("res12", "أحصى «جثث ما لا يقل عن 12 جنديا» قرب المدخل", "أحدهم", "", A_SRC, "وقال", ANON),
            E("tamani", "الاتصالات الهاتفية انقطعت عن البلدة طوال يوم الأحد", "إذاعة «ستوديو تاماني»", "", MEDIA, "ذكرت"),
            E("union3", "مقتل ثلاثة سائقين، بينهم سنغاليان، وفقدان ستة آخرين", UNION, "", ORG, "وأعلنت"),
            E("customs200", "نحو 200 شاحنة عالقة على الجانب السنغالي من الحدود", CUSTOMS, "", A_OFF, "قال", ANON),
            E("gov_alliance", "الجماعة بإقامة «تحالف عملياتي» مع جبهة تحرير أزواد", KONATE, "", N_OFF, "واتهم"),
            E(
                "gov_fighters",
                "الجبهة «زودت المهاجمين بمقاتلين وسيارات رباعية الدفع»",
                "قائلا",
                KONATE,
                N_OFF,
                "قائلا",
            ),
            E("fla_deny", "مشاركة أي من مقاتليها في هجوم ديبولي", BAKRIN, "", N_OFF, "ونفى", NEG),
            E(
                "fla_tactical",
                "ما يربطها بالجماعة «لا يتعدى تنسيقا تكتيكيا في الشمال»",
                "مضيفا",
                BAKRIN,
                N_OFF,
                "مضيفا",
            ),
            E("gend17", "توقيف 17 مشتبها بهم في كايس", "الدرك الوطني", "", ORG, "وأعلن"),
            E("tab31", "31 مدنيا من الفولان اعتقلوا تعسفيا في المدينة وضواحيها", TABITAL, "", ORG, "قالت"),
            E(
                "hci_deal",
                "وساطة قادها أئمة من كايس أفضت إلى «اتفاق» مع الجماعة يسمح بمرور صهاريج الوقود نحو باماكو",
                HCI_SRC,
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E("gov_nonegot", "«لا تفاوض مع الإرهابيين ولا اتفاق معهم»", "كوناتي", KONATE, N_OFF, "شدد"),
            E(
                "an_lifeline",
                "الجماعة تسعى إلى قطع شريان باماكو الواصل إلى ميناء داكار",
                OULDCHEIKH,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_negot",
                "تجد السلطات نفسها «مضطرة إلى التفاوض عاجلا أو آجلا»",
                "مرجحا",
                OULDCHEIKH,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r156_kayes_fuel": {
        "outlet": "الجزيرة نت",
        "published": "2027-09-22",
        "entries": [
            E("hd_nowithdraw", "لم ننسحب من ديبولي", "الجيش المالي", "هيئة الأركان العامة", ORG, ":", HEAD, alt_types=[N_OFF]),
            E("hd_camp", "المعسكر بقي في أيدينا", "الجيش المالي", "هيئة الأركان العامة", ORG, ":", HEAD, alt_types=[N_OFF]),
            E(
                "mayor_left",
                "معظم الجنود غادروا المعسكر باتجاه كايس مساء السبت، أي قبل ساعات من الهجوم",
                MAYOR,
                "",
                N_OFF,
                "قال",
                via=[JZ],
            ),
            E(
                "mayor_armory",
                "المسلحين لم يغادروا البلدة إلا ظهر الاثنين بعد أن استولوا على مخزن السلاح",
                "مضيفا",
                MAYOR,
                N_OFF,
                "مضيفا",
                via=[JZ],
            ),
            E("army_nowithdraw", "تكون القوات قد انسحبت من ديبولي", DIARRA, "", N_OFF, "نفى", NEG),
            E("army_notfall", "المعسكر «لم يسقط في أي لحظة»", "مؤكدا", DIARRA, N_OFF, "مؤكدا"),
            E("army56", "عدد المهاجمين «المحيدين» إلى ٥٦", "ديارا", DIARRA, N_OFF, "ورفع"),
            E("army5", "خسائر الجيش عند خمسة جنود قتلى", "مبقيا", DIARRA, N_OFF, "مبقيا"),
            E("army_noforeign", "«لم تشارك أي قوة أجنبية في صد الهجوم»", "وقال", DIARRA, N_OFF, "وقال"),
            E(
                "africa60",
                "مروحياته شاركت في المعركة وقتلت «أكثر من ٦٠ إرهابيا»",
                AFRICA,
                "",
                MEDIA,
                "ذكرت",
                alt_types=[ORG],
            ),
            E("jnim_video", "يظهر مقاتليها «داخل مخزن السلاح في المعسكر»", JNIM, "", ORG, "قالت"),
            E("jnim27", "قتلت ٢٧ جنديا", "مجددة", JNIM, ORG, "مجددة"),
            E("sen12", "١٢ سائقا سنغاليا قتلوا في الهجوم على قافلة الصهاريج", SEN_MOI, "", ORG, "وأعلنت"),
            E("sen300", "نحو ٣٠٠ شاحنة ما زالت عالقة في كيديرا", SEN_MOI, "", ORG, "وأعلنت"),
            E("unhcr", "عبور قرابة ١٨٠٠ شخص إلى الأراضي السنغالية منذ الأحد", "مفوضية اللاجئين الأممية", "", ORG, "وأحصت"),
            E(
                "imam_deal",
                "الاتفاق مع الجماعة «ساري المفعول»",
                IMAM,
                "",
                N_OFF,
                "قال",
                via=[JZ],
                alt_types=[N_PER],
            ),
            E(
                "imam_crossed",
                "أولى الصهاريج عبرت نحو باماكو مساء الثلاثاء",
                IMAM,
                "",
                N_OFF,
                "قال",
                via=[JZ],
                alt_types=[N_PER],
            ),
            E("union_none", "أي صهريج لم يعبر الطريق منذ الأحد", COUL, "", N_OFF, "أكد"),
            E(
                "fla_echo",
                "ما يربط الجبهة بالجماعة «لا يتعدى تنسيقا تكتيكيا في الشمال»",
                BAKRIN156,
                "",
                N_OFF,
                "ونقل",
                via=["موقع «صحراء ميديا»"],
            ),
            E(
                "secsrc3",
                "بين القتلى المهاجمين «ثلاثة مقاتلين من الجبهة تعرف عليهم الجيش»",
                "مصدرا أمنيا ماليا",
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[JZ],
            ),
            E("tab44", "عدد الفولانيين المعتقلين في كايس إلى ٤٤", TABITAL, "", ORG, "ورفعت"),
            E("torture", "عناصر الدرك بتعذيب بعضهم", "متهمة", TABITAL, ORG, "متهمة"),
            E(
                "notorture",
                "تعرض أي موقوف لسوء المعاملة",
                "قيادة الدرك الوطني",
                "",
                ORG,
                "نفت",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "an_loot",
                "الجماعة «لم تسع إلى الاحتفاظ بالمعسكر بقدر ما أرادت الاستيلاء على سلاحه»",
                DAH,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_siege", "الحصار قد يمتد إلى طريق نيورو الساحل", "لافتا", DAH, N_PER, "لافتا"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Port Sudan: the drones hit the port and the base, two planes destroyed vs "none reached its target"
        ("r151.rsf_hit", "r151.army_intercept"),
        ("r151.rsf_planes", "r151.army_intercept"),
        ("r151.hd", "r151.army_intercept"),  # headline copy
        ("r151.rsf_hit", "r152.army_renew"),  # the army's renewed claim
        ("r151.rsf_planes", "r152.army_renew"),
        ("r151.hd", "r152.army_renew"),
        ("r152.rsf_video", "r151.army_intercept"),
        ("r152.rsf_video", "r152.army_renew"),
        ("r152.rsf_video", "r152.army_fake"),  # the plane burning vs a fabricated, older clip
        ("r152.sat_hull", "r151.army_intercept"),  # a burnt hull at the base vs no drone reached its target
        ("r152.sat_hull", "r152.army_renew"),
        ("r152.sat_tanks", "r151.army_fire"),  # two tanks burnt out vs a limited fire in one tank
        # tolls of the same attack
        ("r151.gov3", "r151.hosp7"),
        ("r151.gov3", "r152.hosp9"),
        ("r152.moh4", "r152.hosp9"),
        ("r152.moh4", "r151.hosp7"),  # seven bodies on Tuesday vs four dead on Wednesday
        # shipping: not affected / no ship diverted vs three ships diverted to Suakin
        ("r151.port_ok", "r151.agents_divert"),
        ("r152.gov_nodivert", "r151.agents_divert"),
        # Tehran: a military alliance and Iranian experts vs ordinary deals / diplomacy / "not an alliance"
        ("r151.adv_alliance", "r151.src_deals"),
        ("r151.adv_alliance", "r152.mfa_diplo"),
        ("r151.adv_alliance", "r152.an_notalliance"),
        ("r151.adv_experts", "r151.src_noexperts"),
        ("r151.adv_experts", "r152.mfa_noexperts"),
        ("r152.adv_echo", "r151.src_noexperts"),
        ("r152.adv_echo", "r152.mfa_noexperts"),
        # arrests
        ("r151.police5", "r151.lawyers14"),
        ("r152.police8", "r151.lawyers14"),
        ("r152.police8", "r152.lawyers20"),
        # Jeddah: a preliminary understanding between the two delegations vs none, and no delegation sent
        ("r151.dipl_truce", "r152.gov_nounderst"),
        ("r151.dipl_truce", "r152.hd_truce"),
        ("r151.dipl_truce", "r152.saudi_nounderst"),
        ("r151.dipl_truce", "r152.gov_nodelegation"),
        ("r152.gov_nodelegation", "r152.saudi_talks"),
        # --- Qamishli: the Asayish's full control of the Tayy quarter vs General Security still there
        ("r153.control", "r153.sec_deny"),
        ("r153.control", "r153.sec_hold"),
        ("r153.control", "r154.act_south"),
        ("r153.control", "r154.act_north"),
        ("r153.hd", "r153.sec_deny"),
        ("r153.hd", "r153.sec_hold"),
        ("r153.hd", "r154.act_south"),
        ("r153.hd", "r154.act_north"),
        ("r154.control_echo", "r153.sec_deny"),
        ("r154.control_echo", "r153.sec_hold"),
        ("r154.control_echo", "r154.act_south"),
        ("r154.control_echo", "r154.act_north"),
        ("r153.withdrew", "r153.sec_deny"),
        ("r153.withdrew", "r153.sec_hold"),
        ("r153.withdrew", "r154.act_south"),
        # tolls
        ("r153.asayish4", "r153.sohr11"),  # four Asayish vs five
        ("r153.sec2", "r153.sohr11"),  # two General Security men vs four
        ("r153.med3", "r153.sohr11"),  # three civilians vs two
        ("r154.moi3", "r153.sohr11"),  # four security men on Monday vs three on Tuesday
        # tribal gunmen: an alliance with Damascus vs "mere temporary field coordination"
        ("r153.alliance", "r153.sheikh_deny"),
        ("r153.alliance", "r153.sheikh_coord"),
        ("r153.alliance", "r154.sheikh_echo"),
        ("r154.an_convenience", "r153.sheikh_deny"),
        ("r154.an_convenience", "r153.sheikh_coord"),
        ("r154.an_convenience", "r154.sheikh_echo"),
        # a ceasefire since Sunday evening vs no ceasefire agreement, only a lull
        ("r153.ceasefire", "r153.moi_noagree"),
        ("r153.ceasefire", "r153.moi_calm"),
        # an agreement on withdrawal vs nothing signed, only oral understandings on detainees
        ("r154.moi_agree", "r154.sdf_nosign"),
        ("r154.moi_agree", "r154.sdf_oral"),
        ("r154.hd", "r154.sdf_nosign"),
        ("r154.hd", "r154.sdf_oral"),
        # detainees
        ("r153.arrest23", "r153.sana_kidnap"),
        ("r153.cells", "r153.sana_kidnap"),
        ("r153.arrest23", "r154.snhr31"),
        ("r153.sana_kidnap", "r154.snhr31"),
        # mortars vs light weapons only
        ("r154.mortar", "r154.light"),
        # displacement
        ("r154.council650", "r154.asayish70"),
        ("r153.displaced", "r154.asayish70"),
        # --- Diboli: the camp seized vs repelled, still under control, never fell
        ("r155.jnim_camp", "r155.army_repel"),
        ("r155.jnim_camp", "r155.army_control"),
        ("r155.jnim_camp", "r156.army_notfall"),
        ("r155.jnim_camp", "r156.hd_camp"),
        ("r155.hd_camp", "r155.army_repel"),
        ("r155.hd_camp", "r155.army_control"),
        ("r155.hd_camp", "r156.army_notfall"),
        ("r155.hd_camp", "r156.hd_camp"),
        ("r155.res_stay", "r155.army_repel"),
        ("r155.res_stay", "r155.army_control"),
        ("r155.res_stay", "r156.army_notfall"),
        ("r155.res_stay", "r156.hd_camp"),
        ("r155.res_flag", "r155.army_control"),
        ("r155.res_flag", "r156.army_notfall"),
        ("r156.mayor_armory", "r155.army_repel"),
        ("r156.mayor_armory", "r155.army_control"),
        ("r156.mayor_armory", "r156.army_notfall"),
        ("r156.mayor_armory", "r156.hd_camp"),
        ("r156.jnim_video", "r155.army_control"),
        ("r156.jnim_video", "r156.army_notfall"),
        ("r156.jnim_video", "r156.hd_camp"),
        # the soldiers left on Saturday evening vs no withdrawal
        ("r156.mayor_left", "r156.army_nowithdraw"),
        ("r156.mayor_left", "r156.hd_nowithdraw"),
        # soldiers killed
        ("r155.jnim27", "r155.army5"),
        ("r155.jnim27", "r156.army5"),
        ("r156.jnim27", "r155.army5"),
        ("r156.jnim27", "r156.army5"),
        ("r155.res12", "r155.army5"),
        ("r155.res12", "r156.army5"),
        # attackers killed, and who fought
        ("r156.army56", "r156.africa60"),
        ("r156.army_noforeign", "r156.africa60"),
        # drivers killed
        ("r155.union3", "r156.sen12"),
        # the Azawad Liberation Front: an operational alliance, fighters supplied vs no part, tactical coordination
        ("r155.gov_alliance", "r155.fla_tactical"),
        ("r155.gov_alliance", "r156.fla_echo"),
        ("r155.gov_fighters", "r155.fla_deny"),
        ("r155.gov_fighters", "r155.fla_tactical"),
        ("r155.gov_fighters", "r156.fla_echo"),
        ("r156.secsrc3", "r155.fla_deny"),
        ("r156.secsrc3", "r155.fla_tactical"),
        ("r156.secsrc3", "r156.fla_echo"),
        # arrests and ill-treatment
        ("r155.gend17", "r155.tab31"),
        ("r155.gend17", "r156.tab44"),
        ("r156.torture", "r156.notorture"),
        # the fuel deal
        ("r155.hci_deal", "r155.gov_nonegot"),
        ("r156.imam_deal", "r155.gov_nonegot"),
        ("r156.imam_crossed", "r156.union_none"),
    ],
    "agreements": [
        ("r152.sat_hull", "r151.rsf_planes"),
        ("r152.sat_hull", "r151.hd"),
        ("r152.sat_hull", "r152.rsf_video"),
        ("r152.sat_tanks", "r151.rsf_hit"),
        ("r152.gov_nounderst", "r152.saudi_nounderst"),
        ("r152.hd_truce", "r152.saudi_nounderst"),
        ("r151.port_ok", "r152.gov_nodivert"),
        ("r151.src_deals", "r152.an_notalliance"),
        ("r151.src_noexperts", "r152.mfa_noexperts"),
        ("r153.sec_hold", "r154.act_south"),
        ("r153.sec_deny", "r154.act_south"),
        ("r153.alliance", "r154.an_convenience"),
        ("r153.displaced", "r154.council650"),
        ("r155.res_stay", "r155.jnim_camp"),
        ("r155.res_flag", "r155.jnim_camp"),
        ("r156.mayor_armory", "r156.jnim_video"),
        ("r156.mayor_armory", "r155.res_stay"),
        ("r156.secsrc3", "r155.gov_fighters"),
        ("r155.hci_deal", "r156.imam_deal"),
    ],
    "echoes": [
        ("r151.army_intercept", "r152.army_renew"),
        ("r151.adv_experts", "r152.adv_echo"),
        ("r153.control", "r154.control_echo"),
        ("r153.sheikh_coord", "r154.sheikh_echo"),
        ("r155.army5", "r156.army5"),
        ("r155.jnim27", "r156.jnim27"),
        ("r155.fla_tactical", "r156.fla_echo"),
    ],
    "not_contradictions": [
        ("r151.hosp7", "r152.hosp9"),  # the same hospital, two wounded died overnight
        ("r151.gov3", "r152.moh4"),  # three civilians among four dead
        ("r151.police5", "r152.police8"),
        ("r151.lawyers14", "r152.lawyers20"),
        ("r151.army_intercept", "r152.gov_two"),  # eleven at dawn, two more in the evening
        ("r152.army_renew", "r152.gov_two"),
        ("r153.sohr11", "r154.sohr14"),
        ("r153.sec2", "r154.moi3"),
        ("r153.moi_noagree", "r154.moi_agree"),  # no agreement on Sunday, an agreement on Tuesday
        ("r153.moi_noagree", "r154.hd"),
        ("r153.arrest23", "r154.release9"),
        ("r154.coalition", "r154.sdf_nosign"),  # facilitated contacts vs nothing signed
        ("r155.army48", "r156.army56"),
        ("r155.tab31", "r156.tab44"),
        ("r155.customs200", "r156.sen300"),
        ("r155.res12", "r155.jnim27"),  # at least 12 bodies vs 27 killed
    ],
}

if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
