"""Writes gold.json for relations set 27 (r157..r162) from the annotations below (`python3 tests/data/relations27/make_gold.py`).

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

# r157/r158: El Obeid (North Kordofan, Sudan), the RSF attack on Kazgil and the drone strike on the market
RSF = "قوات الدعم السريع"
SAF = "القوات المسلحة السودانية"
FADIL = "المتحدث باسم القوات المسلحة السودانية، العميد عاصم الفاضل"
FADIL58 = "المتحدث باسم الجيش السوداني، العميد عاصم الفاضل"
GOV_NK = "والي شمال كردفان، عبد الله حامد الطاهر"
SDN = "شبكة أطباء السودان"
ISSA = "مستشار قائدها، صالح آدم عيسى"
ISSA58 = "مستشار قائد الدعم السريع، صالح آدم عيسى"
KOKO = "المتحدث باسم الحركة، إسماعيل كوكو النور"
KOKO58 = "المتحدث باسمها، إسماعيل كوكو النور"
OMDA = "العمدة إبراهيم التوم عثمان"
IOM = "المنظمة الدولية للهجرة"
SEC = "لجنة أمن الولاية"
LC = "لجان مقاومة الأبيض"
CIVADM = "الإدارة المدنية التابعة للدعم السريع في المنطقة"
DABANGA = "«راديو دبنقا»"
# r159/r160: Tibesti (Chad), the CCMSR attack on the Kouri Bougoudi gold mines
GS = "هيئة الأركان العامة للجيوش التشادية"
CCMSR = "«مجلس القيادة العسكرية لإنقاذ الجمهورية»"
SNOUSSI = "المتحدث باسم المجلس المتمرد، علي وردي سنوسي"
SNOUSSI60 = "المتحدث باسم المجلس، علي وردي سنوسي"
DOUSSA = "وزير الاتصال المتحدث باسم الحكومة، محمد أحمد دوسة"
DOUSSA60 = "المتحدث باسم الحكومة التشادية، محمد أحمد دوسة"
CHIDI = "الزعيم التباوي أبكر وارلي شيدي"
LTDH = "الرابطة التشادية لحقوق الإنسان"
LNA_SRC = "مصدر في القيادة العامة للجيش الوطني الليبي"
DIPL = "دبلوماسي غربي في نجامينا"
QA_SRC = "مصدرا قطريا مطلعا"
DUBOIS = "الباحث الفرنسي في شؤون الساحل جيروم دوبوا"
QATRUN = "عميد بلدية القطرون، سالم عيسى مكي"
F24 = "فرانس 24"
# r161/r162: Smara (Western Sahara), the projectiles on the town and the drone strike near Mahbes
AUTH = "السلطات المحلية بإقليم السمارة"
MILSRC = "مصدر عسكري"
POL_MOD = "«وزارة الدفاع» التابعة لجبهة البوليساريو الانفصالية"
SPS = "وكالة الأنباء الصحراوية"
MINURSO = "بعثة «المينورسو»"
SECSRC = "مصدر أمني"
DIPSRC = "مصدر دبلوماسي مغربي"
WAZZANI = "الخبير في الشؤون العسكرية عبد الرحيم الوزاني"
POLISARIO = "جبهة البوليساريو"
BACHIR = "ممثلها لدى الأمم المتحدة، محمد سالم البشير"
QUDS = "«القدس العربي»"
DZ = "الخارجية الجزائرية"
BELARBI = "المتحدث باسم الحكومة المغربية، مصطفى بلعربي"
CODESA = "تجمع المدافعين الصحراويين عن حقوق الإنسان (كوديسا)"

ARTICLES: dict[str, dict[str, Any]] = {
    "r157_elobeid_kazgil": {
        "outlet": "راديو دبنقا",
        "published": "2027-10-04",
        "entries": [
            E("hd", "سيطرنا بالكامل على كازقيل جنوبي الأبيض", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E("rsf_seize", "مقاتليها بسطوا سيطرتهم الكاملة على بلدة كازقيل", RSF, "", ORG, "أعلنت",
              alt_types=[DOC], via=["«تلغرام»"]),
            E("rsf200", "قتلوا «أكثر من 200» من جنود الجيش والقوات المساندة له", RSF, "", ORG, "أعلنت",
              alt_types=[DOC], via=["«تلغرام»"]),
            E("army_deny", "سقوط البلدة", FADIL, "", N_OFF, "ونفى", NEG),
            E("army_repel", "الفرقة الخامسة مشاة «الهجانة» صدت الهجوم", "مؤكدا", FADIL, N_OFF, "مؤكدا"),
            E("army_hold", "وحداتها «ما زالت متمركزة داخل كازقيل وفي محيطها»", "مؤكدا", FADIL, N_OFF, "مؤكدا"),
            E("army120", "قواته قتلت 120 من المهاجمين", "الفاضل", FADIL, N_OFF, "وأضاف"),
            E("army9", "لم تفقد سوى تسعة جنود", "الفاضل", FADIL, N_OFF, "وأضاف"),
            E("disp_market", "عناصر الدعم السريع دخلوا سوق كازقيل ظهر الأحد وأحرقوا محاله",
              "نازحين وصلوا إلى الأبيض", "", A_SRC, "أبلغوا", ANON, via=[DABANGA]),
            E("gov11", "مسيرة تابعة للدعم السريع ضربت السوق الكبير ظهر الأحد وقتلت 11 مدنيا", GOV_NK, "", N_OFF,
              "وقال", via=[DABANGA]),
            E("sdn17", "17 شخصا على الأقل لقوا حتفهم، بينهم خمسة أطفال", SDN, "", ORG, "أفادت"),
            E("rsf_nomarket", "تكون استهدفت السوق", RSF, "", ORG, "ونفت", NEG),
            E("rsf_depots", "مسيراتها ضربت «مخازن الذخيرة في مقر الفرقة الخامسة» لا غير", ISSA, "", N_OFF, "قال"),
            E("army13", "الدفاعات الأرضية أسقطت 13 مسيرة", "الفاضل", FADIL, N_OFF, "وأوضح"),
            E("army_depots", "مخازن الفرقة «لم تمس»", "مشددا", FADIL, N_OFF, "مشددا"),
            E("army_splm",
              "الحركة الشعبية لتحرير السودان – شمال بقيادة عبد العزيز الحلو بالمشاركة في الهجوم «بمئات المقاتلين»",
              "الجيش", SAF, ORG, "واتهم"),
            E("army_alliance", "ما بينها وبين الدعم السريع بأنه «تحالف عسكري كامل»", "واصفا", SAF, ORG, "واصفا"),
            E("splm_none", "أيا من مقاتليها لم يشارك", KOKO, "", N_OFF, "قال", via=[DABANGA]),
            E("splm_coord", "العلاقة «مجرد تنسيق سياسي داخل تحالف تأسيس»", KOKO, "", N_OFF, "قال", via=[DABANGA]),
            E("omda_truce", "الطرفين قبلا هدنة مدتها 72 ساعة تبدأ صباح الاثنين لإجلاء الجرحى", OMDA, "", N_PER,
              "وذكر", alt_types=[N_OFF]),
            E("mil_notruce", "علم القيادة بأي هدنة", "مصدر عسكري", "", A_OFF, "نفى", ANON, NEG),
            E("iom7400", "عدد الفارين من كازقيل وجوارها بنحو 7400 شخص", IOM, "", ORG, "وقدرت"),
            E("sec34", "توقيف 34 «متعاونا» مع الدعم السريع", SEC, "", ORG, "وأعلنت"),
            E("lc57", "الحملة طالت 57 شابا «لم تثبت بحقهم أي تهمة»", LC, "", ORG, "قالت"),
            E("an_cut", "الدعم السريع «ربما يسعى إلى قطع الطريق بين الأبيض وكوستي»",
              "الباحث في الشأن السوداني مجدي عبد القادر", "", N_PER, "ويرى"),
        ],
    },
    "r158_elobeid_truce": {
        "outlet": "العربي الجديد",
        "published": "2027-10-05",
        "entries": [
            E("hd", "كازقيل لم تسقط", "الجيش السوداني", "", ORG, ":", HEAD, alt_types=[N_OFF], speaker_nth=0),
            E("hd_fled", "المهاجمون فروا نحو أم صميمة", "الجيش السوداني", "", ORG, ":", HEAD, alt_types=[N_OFF],
              speaker_nth=0),
            E("army_hold_echo", "وحدات الفرقة الخامسة مشاة «ما زالت متمركزة داخل كازقيل وفي محيطها»", FADIL58, "",
              N_OFF, "جدد"),
            E("army160", "عدد قتلى المهاجمين إلى ١٦٠", "رافعا", FADIL58, N_OFF, "رافعا"),
            E("army_fled", "من تبقى منهم فر غربا باتجاه أم صميمة", "ومضيفا", FADIL58, N_OFF, "ومضيفا"),
            E("rsf_walk", "عناصره «يتجولون في أسواق كازقيل وشوارعها منذ يومين»",
              "القائد الميداني في قوات الدعم السريع، اللواء آدم جمعة بشارة", "", N_OFF, "قال فيه"),
            E("rsf200_echo", "أكثر من ٢٠٠ من جنود الجيش قتلوا في المعارك", "بيان للدعم السريع", RSF, ORG, "نقل",
              alt_types=[DOC], via=[DABANGA]),
            E("sat", "آثار حريق واسع في مبنيين داخل مقر الفرقة الخامسة بالأبيض", "صور أقمار صناعية", "", DOC,
              "وأظهرت"),
            E("sdn21", "ارتفعت حصيلة ضحايا قصف السوق الكبير إلى ٢١ قتيلا", SDN, "", ORG, "بحسب"),
            E("moh14", "عدد القتلى ١٤ فقط", "وزارة الصحة الاتحادية", "", ORG, "أعلنت"),
            E("elec_out", "محطة الأبيض خرجت عن الخدمة كليا بعد إصابة محولاتها", "الشركة السودانية لتوزيع الكهرباء",
              "", ORG, "وقالت"),
            E("gov_minor", "الأضرار «طفيفة»", "الوالي عبد الله حامد الطاهر", "", N_OFF, "أكد",
              via=["«العربي الجديد»"]),
            E("gov_power", "التيار عاد بعد ساعات", "الوالي عبد الله حامد الطاهر", "", N_OFF, "أكد",
              via=["«العربي الجديد»"]),
            E("min_pow", "بين الأسرى «عشرة مقاتلين من الحركة اعترفوا بمشاركتهم»",
              "وزير الإعلام المتحدث باسم الحكومة، محمد الأمين صديق", "", N_OFF, "قال"),
            E("splm_echo", "العلاقة بالدعم السريع «مجرد تنسيق سياسي داخل تحالف تأسيس»", KOKO58, "", N_OFF, "نقل",
              via=["موقع «راديو دبنقا»"]),
            E("an_tact", "الأمر «لا يتجاوز التنسيق التكتيكي»",
              "الخبير العسكري اللواء المتقاعد فتح الرحمن سيد أحمد", "", N_PER, "ويعتقد"),
            E("rsf_truce", "التزام قواته بها «حتى اكتمال إجلاء الجرحى»", ISSA58, "", N_OFF, "فأكد"),
            E("army_notruce", "«لا هدنة ولا اتفاق مع ميليشيا»", "الفاضل", FADIL58, N_OFF, "قال", DIRECT),
            E("iom11k", "نحو ١١ ألف نازح من كازقيل والقرى المحيطة", IOM, "", ORG, "وأحصت"),
            E("civ_nodisp", "أي نزوح", CIVADM, "", ORG, "نفت", NEG),
            E("civ_stay", "السكان «لم يغادروا منازلهم»", "قائلة", CIVADM, ORG, "قائلة"),
            E("sec48", "عدد الموقوفين إلى ٤٨", SEC, "", ORG, "ورفعت"),
            E("sec_noabuse", "تعرض أي منهم لسوء المعاملة", "نافية", SEC, ORG, "نافية", NEG),
            E("lc90", "تجاوزوا ٩٠ شابا", LC, "", ORG, "تقول"),
            E("lc_beat", "بعضهم تعرض للضرب", LC, "", ORG, "تقول"),
        ],
    },
    "r159_tibesti_kouribougoudi": {
        "outlet": "فرانس 24",
        "published": "2027-10-12",
        "entries": [
            E("hd", "صد هجوم للمتمردين على مناجم الذهب في تيبستي", "الجيش التشادي", GS, ORG, ":", HEAD),
            E("gs_repel",
              "قواتها صدت فجر الأحد هجوما شنه مسلحو «مجلس القيادة العسكرية لإنقاذ الجمهورية» على مواقعها في منطقة كوري بوغودي",
              GS, "", ORG, "أعلنت", alt_types=[DOC], via=["التلفزيون الرسمي"]),
            E("gs78", "«حيدت ٧٨ إرهابيا»", GS, "", ORG, "أعلنت", alt_types=[DOC], via=["التلفزيون الرسمي"]),
            E("gs6", "ستة شهداء في صفوفها", GS, "", ORG, "أعلنت", alt_types=[DOC], via=["التلفزيون الرسمي"]),
            E("gs_bases", "الطيران الحربي «دمر قاعدتين خلفيتين للإرهابيين» قرب الحدود", "البيان", GS, ORG, "وأضاف",
              alt_types=[DOC]),
            E("ccmsr_hold", "مقاتليه «يسيطرون منذ ظهر الأحد على موقعي كوري بوغودي وميسكي»", SNOUSSI, "", N_OFF, "قال",
              via=[F24]),
            E("ccmsr43", "قتلوا ٤٣ جنديا وأسروا ١٥ آخرين", "مؤكدا", SNOUSSI, N_OFF, "مؤكدا", via=[F24]),
            E("ccmsr_camps", "الغارات «لم تصب سوى مخيمات المنقبين»", "ومشيرا", SNOUSSI, N_OFF, "ومشيرا", via=[F24]),
            E("gov_alliance", "المتمردين «تحالفوا مع مرتزقة من الجنوب الليبي وشبكات تهريب الذهب»", DOUSSA, "", N_OFF,
              "وقال"),
            E("gov_nociv", "سقوط أي مدني في العمليات", "نافيا", DOUSSA, N_OFF, "نافيا", NEG),
            E("tebu30", "«أكثر من ٣٠ منقبا» قتلوا عندما قصفت طائرات الجيش مخيماتهم قرب الآبار", CHIDI, "", N_PER,
              "أكد", alt_types=[N_OFF], via=[F24]),
            E("tebu_wounded", "عشرات الجرحى نقلوا إلى مستشفى القطرون الليبي", "موضحا", CHIDI, N_PER, "موضحا",
              alt_types=[N_OFF], via=[F24]),
            E("ltdh19", "مقتل ١٩ منقبا", LTDH, "", ORG, "ووثقت"),
            E("ltdh_inq", "تحقيق مستقل", "داعية", LTDH, ORG, "داعية", OPT),
            E("ccmsr_noforeign", "وجود «أي مقاتل أجنبي» في صفوفه", "المجلس", CCMSR, ORG, "ونفى", NEG,
              alt_types=[DOC]),
            E("ccmsr_coord", "ما يربطه بلجان الدفاع الذاتي التي شكلها المنقبون «تنسيق ميداني لا أكثر»", "موضحا",
              CCMSR, ORG, "موضحا", alt_types=[DOC]),
            E("lna_deny", "مشاركة أي مسلحين ليبيين", LNA_SRC, "", A_OFF, "نفى", ANON, NEG),
            E("lna_border", "الحدود «مغلقة من جهتنا منذ أشهر»", "قائلا", LNA_SRC, A_OFF, "قائلا", ANON),
            E("iom2300", "نحو ٢٣٠٠ منقب عبروا الحدود إلى بلدة القطرون الليبية منذ الأحد", IOM, "", ORG, "وأفادت"),
            E("army27", "أسر ٢٧ متمردا", "الجيش", GS, ORG, "وأعلن"),
            E("ccmsr4", "أربعة فقط من عناصره وقعوا في الأسر", "المجلس", CCMSR, ORG, "يؤكد"),
            E("ccmsr_miners", "البقية «منقبون عزل»", "المجلس", CCMSR, ORG, "يؤكد"),
            E("dipl_doha", "اتصالات تجريها الدوحة «للتوصل إلى اتفاق لتبادل الأسرى»", DIPL, "", A_OFF, "وتحدث", ANON),
            E("dipl_days", "تبدأ المحادثات «خلال أيام»", "مرجحا", DIPL, A_OFF, "مرجحا", ANON),
            E("an_gold", "السيطرة على الذهب «قد تكون الهدف الحقيقي» للطرفين",
              "الباحث التشادي في شؤون الساحل إسماعيل محمد أبكر", "", N_PER, "ويرى"),
        ],
    },
    "r160_tibesti_prisoners": {
        "outlet": "مونت كارلو الدولية",
        "published": "2027-10-14",
        "entries": [
            E("hd", "لا مفاوضات مع المتمردين ولا صفقة لتبادل الأسرى", "نجامينا", "الحكومة التشادية", ORG, ":", HEAD,
              alt_types=[N_OFF], speaker_nth=0),
            E("gov_nonego", "وجود أي مفاوضات مع «مجلس القيادة العسكرية لإنقاذ الجمهورية»", DOUSSA60, "", N_OFF,
              "نفى", NEG),
            E("gov_noswap", "«لا وساطة ولا صفقة أسرى مع الإرهابيين»", "مؤكدا", DOUSSA60, N_OFF, "مؤكدا",
              via=["إذاعة مونت كارلو الدولية"]),
            E("qa_deal",
              "وفدين من الطرفين «توصلا الثلاثاء إلى اتفاق مبدئي» يقضي بالإفراج عن 15 جنديا مقابل 20 معتقلا من المجلس",
              QA_SRC, "", A_OFF, "قال", ANON, alt_types=[A_SRC]),
            E("qa_exec", "التنفيذ «قد يتم مطلع الأسبوع المقبل» عبر الأراضي النيجرية", "مضيفا", QA_SRC, A_OFF,
              "مضيفا", ANON, alt_types=[A_SRC]),
            E("ccmsr_contacts", "بوجود «اتصالات غير مباشرة»", SNOUSSI60, "", N_OFF, "فأقر"),
            E("ccmsr_nothing", "«شيئا لم يحسم بعد»", "لكنه", SNOUSSI60, N_OFF, "شدد"),
            E("gs95", "حصيلة قتلى المتمردين إلى 95", GS, "", ORG, "رفعت", alt_types=[DOC]),
            E("gs_nolost", "قواتها «لم تفقد أي موقع»", "مجددة", GS, ORG, "مجددة", alt_types=[DOC]),
            E("gs_libyans", "بين الأسرى السبعة والعشرين ثلاثة ليبيين", "ومشيرة", GS, ORG, "ومشيرة",
              alt_types=[DOC]),
            E("ccmsr_hold_echo", "مقاتليه «يسيطرون على موقعي كوري بوغودي وميسكي»", "المجلس", CCMSR, ORG, "جدد"),
            E("miners_withdrew", "المسلحين انسحبوا من كوري بوغودي ليل الاثنين نحو الحدود بعد نهب المخازن",
              "منقبون عادوا إلى القطرون", "", A_SRC, "قال", ANON, via=["«مونت كارلو الدولية»"]),
            E("lib_miners", "الليبيين الثلاثة «منقبون لا علاقة لهم بأي جماعة مسلحة»", "مصدر عسكري ليبي في القطرون",
              "", A_OFF, "وقال", ANON),
            E("ltdh26", "عدد المنقبين القتلى إلى 26", LTDH, "", ORG, "رفعت"),
            E("sd7", "مقتل سبعة من رعاياها «بنيران الطيران التشادي»", "وزارة الخارجية السودانية", "", ORG, "أعلنت"),
            E("sd_inq", "«تحقيق شفاف»", "داعية", "وزارة الخارجية السودانية", ORG, "داعية", OPT),
            E("act_tents", "لخيام محترقة في مخيم للمنقبين قرب الآبار", "ناشطون تباويون", "", A_SRC, "قالوا", ANON),
            E("gov_nociv_echo", "العمليات لم توقع «أي ضحية مدنية»", "الوزير دوسة", DOUSSA60, N_OFF, "قال"),
            E("iom3100", "عدد العابرين إلى ليبيا بنحو 3100", IOM, "", ORG, "وقدرت"),
            E("qat4000", "أكثر من 4000 منقب وصلوا إلى البلدة خلال أربعة أيام", QATRUN, "", N_OFF, "قال"),
            E("qat_noshelter", "معظمهم بلا مأوى", QATRUN, "", N_OFF, "قال"),
            E("tebu_echo", "«أكثر من 30 منقبا» قتلوا في قصف المخيمات", CHIDI, "", N_PER, "ونقلت", alt_types=[N_OFF],
              via=["«فرانس 24»"]),
            E("an_front", "المجلس «ليس سوى واجهة» لشبكات تهريب الذهب العابرة للحدود", DUBOIS, "", N_PER, "ويذهب"),
            E("an_renew", "تتجدد المواجهات «مع أول موسم تنقيب»", "مرجحا", DUBOIS, N_PER, "مرجحا"),
        ],
    },
    "r161_smara_projectiles": {
        "outlet": "هسبريس",
        "published": "2027-10-20",
        "entries": [
            E("hd", "مقذوفات سقطت في محيط المدينة دون خسائر بشرية", "السلطات المحلية بالسمارة", AUTH, ORG, ":", HEAD),
            E("auth4",
              "أربعة مقذوفات سقطت حوالي الساعة الحادية عشرة وأربعين دقيقة من ليلة الاثنين في منطقة خالية شرق المدينة",
              AUTH, "", ORG, "أفادت", alt_types=[DOC]),
            E("auth_noloss", "دون تسجيل أي خسائر بشرية أو مادية", AUTH, "", ORG, "أفادت", alt_types=[DOC]),
            E("far5km", "المقذوفات سقطت «على بعد أكثر من خمسة كيلومترات من أقرب موقع للقوات المسلحة الملكية»",
              MILSRC, "", A_OFF, "وقال", ANON, via=["هسبريس"]),
            E("far_nodamage", "إصابة أي منشأة عسكرية", "نافيا", MILSRC, A_OFF, "نافيا", ANON, NEG, via=["هسبريس"]),
            E("far_drone4",
              "مسيرة تابعة للقوات المسلحة الملكية «حيدت أربعة عناصر من ميليشيات البوليساريو» شرق الجدار الأمني، قرب المحبس، كانوا وراء إطلاق المقذوفات",
              "المصدر", MILSRC, A_OFF, "وأضاف", ANON),
            E("pol_hq", "وحداتها «قصفت مقر قيادة قطاع السمارة»", POL_MOD, "", ORG, "زعمت", alt_types=[DOC],
              via=[SPS]),
            E("pol_losses", "كبدت القوات المغربية «خسائر فادحة في الأرواح والعتاد»", POL_MOD, "", ORG, "زعمت",
              alt_types=[DOC], via=[SPS]),
            E("sps3civ", "ثلاثة «مدنيين صحراويين» قتلوا في قصف المسيرة", "الوكالة ذاتها", SPS, MEDIA, "وادعت"),
            E("min4",
              "فريقا تابعا لها عاين صباح الثلاثاء «آثار أربعة مقذوفات» على بعد نحو 300 متر من مقرها بالمدينة",
              MINURSO, "", ORG, "وأفادت"),
            E("min_nostaff", "أيا من موظفيها لم يصب", "مشيرة", MINURSO, ORG, "مشيرة"),
            E("mayor_cem", "أحد المقذوفات سقط «قرب المقبرة، على بعد أمتار من آخر المنازل»",
              "رئيس جماعة السمارة، حمدي ولد الطالب", "", N_OFF, "وقال"),
            E("res3", "سمعوا «ثلاثة انفجارات متتالية»", "سكان من حي السلام", "", A_SRC, "وأكد", ANON,
              via=["هسبريس"]),
            E("res_normal", "الحياة عادت إلى طبيعتها صباح الثلاثاء", "سكان من حي السلام", "", A_SRC, "وأكد", ANON,
              via=["هسبريس"]),
            E("edu_normal", "الدراسة «مرت في ظروف عادية» بجميع المؤسسات", "المديرية الإقليمية للتربية الوطنية", "",
              ORG, "أعلنت"),
            E("sec3", "أوقفت المصالح الأمنية ثلاثة أشخاص للاشتباه في تصويرهم مواقع سقوط المقذوفات ونشرها", SECSRC,
              "", A_OFF, "حسبما أفاد", ANON),
            E("sec_prosec", "التحقيق يجري تحت إشراف النيابة العامة", "مضيفا", SECSRC, A_OFF, "مضيفا", ANON),
            E("sec_ext", "يكون للموقوفين «ارتباط بجهات خارجية»", "المصدر", SECSRC, A_OFF, "ولم يستبعد", ANON),
            E("dip_nodirect", "المملكة «لن تجلس إلى طاولة مفاوضات مباشرة مع البوليساريو»", DIPSRC, "", A_OFF, "قال",
              ANON),
            E("dip_roundtable", "الموائد المستديرة بمشاركة الجزائر «تبقى الإطار الوحيد»", DIPSRC, "", A_OFF, "قال",
              ANON),
            E("dip_noinv", "الرباط «لم تتلق أي دعوة» إلى لقاء في جنيف", "مضيفا", DIPSRC, A_OFF, "مضيفا", ANON),
            E("an_iran", "تكون المقذوفات «إيرانية الصنع وصلت عبر الجزائر»", WAZZANI, "", N_PER, "ويرجح"),
            E("an_green", "الجبهة «لا تتحرك إلا بضوء أخضر من قصر المرادية»", "معتبرا", WAZZANI, N_PER, "معتبرا"),
        ],
    },
    "r162_smara_drone": {
        "outlet": "القدس العربي",
        "published": "2027-10-21",
        "entries": [
            E("hd", "ثلاثة مدنيين قتلوا بقصف مسيرة مغربية شرق الجدار", "«البوليساريو»", POLISARIO, ORG, ":", HEAD),
            E("pol3civ",
              "مسيرة مغربية قتلت ثلاثة مدنيين صحراويين، بينهم فتى في السادسة عشرة، كانوا يرعون الإبل قرب المحبس مساء الثلاثاء",
              POLISARIO, "", ORG, "قالت"),
            E("rep_warcrime", "ما جرى بأنه «جريمة حرب موصوفة»", BACHIR, "", N_OFF, "ووصف"),
            E("rel_noweapon", "القتلى «لم يكونوا يحملون سوى عصي الرعي»", "ابن عم أحد الضحايا، الطالب بوزيد", "", N_PER,
              "وقال", via=[QUDS]),
            E("rep_noiran", "تكون الجبهة تلقت أي سلاح من إيران", "البشير", BACHIR, N_OFF, "ونفى", NEG, via=[QUDS]),
            E("rep_political", "الدعم الجزائري «سياسي وإنساني لا غير»", "مؤكدا", BACHIR, N_OFF, "مؤكدا", via=[QUDS]),
            E("dz_noparty", "الجزائر «ليست طرفا في النزاع»", DZ, "", ORG, "أعلنت", alt_types=[DOC]),
            E("dz_nolink", "لا صلة لها «بأي عمل عسكري»", DZ, "", ORG, "أعلنت", alt_types=[DOC]),
            E("med2", "قسم المستعجلات استقبل ليلة الاثنين مدنيين اثنين أصيبا بشظايا", "مصدر طبي في المستشفى الإقليمي",
              "", A_OFF, "أفاد", ANON),
            E("auth_echo", "المقذوفات «لم تخلف أي خسائر بشرية»", AUTH, "", ORG, "جددت"),
            E("auth_fake", "«جهات معادية» بترويج «أخبار زائفة»", "متهمة", AUTH, ORG, "متهمة"),
            E("pol_losses_echo", "قصف السمارة «كبد العدو خسائر فادحة في الأرواح والعتاد»",
              "البلاغ العسكري الثاني للجبهة", POLISARIO, DOC, "ونقلت", alt_types=[ORG], via=[SPS]),
            E("ma_baseless", "هذه الادعاءات «لا أساس لها»", BELARBI, "", N_OFF, "قال"),
            E("ma_nosoldier", "أي جندي لم يصب", BELARBI, "", N_OFF, "قال"),
            E("ma_algeria", "الجزائر بـ«تسليح الميليشيات وتوجيهها»", "متهما", BELARBI, N_OFF, "متهما"),
            E("codesa9", "الأمن المغربي اعتقل تسعة شبان صحراويين في السمارة منذ الثلاثاء", CODESA, "", ORG, "أفاد"),
            E("dgsn3", "عدد الموقوفين «لا يتعدى ثلاثة»", "المديرية العامة للأمن الوطني", "", ORG, "أكدت"),
            E("codesa_schools", "المدارس القريبة من مكان السقوط «ظلت مغلقة» الثلاثاء وسط حالة من الهلع", "التجمع",
              CODESA, ORG, "وأضاف"),
            E("elpais",
              "الطرفين «وافقا مبدئيا» على لقاء غير مباشر في جنيف الشهر المقبل برعاية المبعوث الشخصي للأمين العام",
              "مصادر في الأمم المتحدة", "", A_OFF, "ذكرت", ANON, via=["صحيفة «إل باييس» الإسبانية"]),
            E("rep_accept", "قبول الجبهة الدعوة", "البشير", BACHIR, N_OFF, "وأكد"),
            E("rabat_deny", "أي تفاهم من هذا النوع", "الرباط", "الحكومة المغربية", ORG, "نفت", NEG),
            E("an_vote",
              "التصعيد «قد يلقي بظلاله» على تصويت مجلس الأمن على تمديد ولاية بعثة «المينورسو» نهاية الشهر الجاري",
              "الباحث التونسي في الشؤون المغاربية رضا بن عمر", "", N_PER, "ويرى"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- El Obeid: Kazgil seized (statement, headline, the field commander's clip) vs repelled / still held
        ("r157.rsf_seize", "r157.army_deny"),
        ("r157.rsf_seize", "r157.army_repel"),
        ("r157.rsf_seize", "r157.army_hold"),
        ("r157.rsf_seize", "r158.hd"),
        ("r157.rsf_seize", "r158.army_hold_echo"),  # renewed the next day
        ("r157.hd", "r157.army_deny"),
        ("r157.hd", "r157.army_repel"),
        ("r157.hd", "r157.army_hold"),
        ("r157.hd", "r158.hd"),
        ("r157.hd", "r158.army_hold_echo"),
        ("r158.rsf_walk", "r157.army_deny"),
        ("r158.rsf_walk", "r157.army_repel"),
        ("r158.rsf_walk", "r157.army_hold"),
        ("r158.rsf_walk", "r158.hd"),
        ("r158.rsf_walk", "r158.army_hold_echo"),
        ("r158.rsf_walk", "r158.hd_fled"),  # roaming Kazgil for two days vs fled west
        ("r158.rsf_walk", "r158.army_fled"),
        ("r157.disp_market", "r157.army_repel"),  # they entered the market and burnt it vs attack repelled
        # soldiers killed: more than 200 vs nine only
        ("r157.rsf200", "r157.army9"),
        ("r158.rsf200_echo", "r157.army9"),  # the RSF statement retold via Radio Dabanga
        # the market: an RSF drone hit it vs the RSF denial, "only the depots"
        ("r157.gov11", "r157.rsf_nomarket"),
        ("r157.gov11", "r157.rsf_depots"),
        # the market toll
        ("r157.gov11", "r157.sdn17"),
        ("r158.moh14", "r158.sdn21"),
        ("r158.moh14", "r157.sdn17"),  # 14 on Tuesday vs at least 17 on Monday (tolls do not fall)
        # the 5th Division's depots: struck / burnt buildings vs "untouched"
        ("r157.rsf_depots", "r157.army_depots"),
        ("r158.sat", "r157.army_depots"),
        # SPLM-N: took part, a full military alliance, fighters among the prisoners vs none took part, mere coordination
        ("r157.army_splm", "r157.splm_none"),
        ("r157.army_splm", "r157.splm_coord"),
        ("r157.army_splm", "r158.splm_echo"),
        ("r157.army_alliance", "r157.splm_coord"),
        ("r157.army_alliance", "r158.splm_echo"),
        ("r157.army_alliance", "r158.an_tact"),
        ("r158.min_pow", "r157.splm_none"),
        ("r158.min_pow", "r157.splm_coord"),
        ("r158.min_pow", "r158.splm_echo"),
        # the 72-hour truce vs no truce
        ("r157.omda_truce", "r157.mil_notruce"),
        ("r157.omda_truce", "r158.army_notruce"),
        ("r158.rsf_truce", "r158.army_notruce"),
        ("r158.rsf_truce", "r157.mil_notruce"),
        # the power station: out of service vs minor damage, power back within hours
        ("r158.elec_out", "r158.gov_minor"),
        ("r158.elec_out", "r158.gov_power"),
        # displacement vs "no displacement"
        ("r157.iom7400", "r158.civ_nodisp"),
        ("r157.iom7400", "r158.civ_stay"),
        ("r158.iom11k", "r158.civ_nodisp"),
        ("r158.iom11k", "r158.civ_stay"),
        # arrests: rival counts, ill treatment
        ("r157.sec34", "r157.lc57"),
        ("r158.sec48", "r158.lc90"),
        ("r158.sec48", "r157.lc57"),  # 48 on Tuesday vs 57 on Monday
        ("r158.sec_noabuse", "r158.lc_beat"),
        # --- Tibesti: Kouri Bougoudi repelled / no position lost vs held by the rebels / looted and left
        ("r159.hd", "r159.ccmsr_hold"),
        ("r159.hd", "r160.ccmsr_hold_echo"),
        ("r159.gs_repel", "r159.ccmsr_hold"),
        ("r159.gs_repel", "r160.ccmsr_hold_echo"),
        ("r160.gs_nolost", "r159.ccmsr_hold"),
        ("r160.gs_nolost", "r160.ccmsr_hold_echo"),
        ("r160.miners_withdrew", "r159.hd"),
        ("r160.miners_withdrew", "r159.gs_repel"),
        ("r160.miners_withdrew", "r160.gs_nolost"),
        ("r160.miners_withdrew", "r160.ccmsr_hold_echo"),  # left on Monday night vs still holding on Thursday
        # soldiers killed: six vs 43
        ("r159.gs6", "r159.ccmsr43"),
        # the air strikes: rear bases vs only miners' camps
        ("r159.gs_bases", "r159.ccmsr_camps"),
        # no civilian killed vs miners killed
        ("r159.gov_nociv", "r159.tebu30"),
        ("r159.gov_nociv", "r160.tebu_echo"),
        ("r159.gov_nociv", "r159.ltdh19"),
        ("r159.gov_nociv", "r160.ltdh26"),
        ("r159.gov_nociv", "r160.sd7"),
        ("r160.gov_nociv_echo", "r159.tebu30"),
        ("r160.gov_nociv_echo", "r160.tebu_echo"),
        ("r160.gov_nociv_echo", "r159.ltdh19"),
        ("r160.gov_nociv_echo", "r160.ltdh26"),
        ("r160.gov_nociv_echo", "r160.sd7"),
        # the miners' toll
        ("r159.tebu30", "r159.ltdh19"),
        ("r159.tebu30", "r160.ltdh26"),
        ("r160.tebu_echo", "r159.ltdh19"),
        ("r160.tebu_echo", "r160.ltdh26"),
        # alliance with Libyan mercenaries / Libyans among the prisoners vs no foreign fighter, field coordination
        ("r159.gov_alliance", "r159.ccmsr_noforeign"),
        ("r159.gov_alliance", "r159.ccmsr_coord"),
        ("r159.gov_alliance", "r159.lna_deny"),
        ("r160.gs_libyans", "r159.ccmsr_noforeign"),
        ("r160.gs_libyans", "r159.lna_deny"),
        # prisoners: 27 rebels vs four fighters, the rest miners
        ("r159.army27", "r159.ccmsr4"),
        ("r159.army27", "r159.ccmsr_miners"),
        ("r159.army27", "r160.lib_miners"),
        # talks and a prisoner exchange vs no negotiation, no mediation
        ("r160.hd", "r160.qa_deal"),
        ("r160.gov_nonego", "r160.qa_deal"),
        ("r160.gov_noswap", "r160.qa_deal"),
        ("r160.hd", "r160.ccmsr_contacts"),
        ("r160.gov_nonego", "r160.ccmsr_contacts"),
        ("r160.gov_noswap", "r160.ccmsr_contacts"),
        ("r160.hd", "r159.dipl_doha"),
        ("r160.gov_nonego", "r159.dipl_doha"),
        ("r160.gov_noswap", "r159.dipl_doha"),
        ("r160.qa_deal", "r160.ccmsr_nothing"),  # a preliminary agreement on Tuesday vs nothing settled
        # miners crossing into Libya
        ("r160.iom3100", "r160.qat4000"),
        # --- Smara: no losses vs heavy losses in lives and equipment
        ("r161.hd", "r161.pol_losses"),
        ("r161.hd", "r162.pol_losses_echo"),
        ("r161.auth_noloss", "r161.pol_losses"),
        ("r161.auth_noloss", "r162.pol_losses_echo"),
        ("r162.auth_echo", "r161.pol_losses"),
        ("r162.auth_echo", "r162.pol_losses_echo"),
        ("r162.ma_nosoldier", "r161.pol_losses"),
        ("r162.ma_nosoldier", "r162.pol_losses_echo"),
        ("r162.ma_baseless", "r161.pol_losses"),
        ("r162.ma_baseless", "r162.pol_losses_echo"),
        ("r162.ma_baseless", "r161.pol_hq"),
        # the command post hit vs far from any position, no facility hit, an empty area
        ("r161.far5km", "r161.pol_hq"),
        ("r161.far5km", "r161.pol_losses"),
        ("r161.far5km", "r162.pol_losses_echo"),
        ("r161.far_nodamage", "r161.pol_hq"),
        ("r161.far_nodamage", "r161.pol_losses"),
        ("r161.far_nodamage", "r162.pol_losses_echo"),
        ("r161.auth4", "r161.pol_hq"),
        # two civilians wounded vs no human losses
        ("r162.med2", "r161.hd"),
        ("r162.med2", "r161.auth_noloss"),
        ("r162.med2", "r162.auth_echo"),
        # the drone: four militiamen who fired the projectiles vs three civilian herders
        ("r161.far_drone4", "r162.pol3civ"),
        ("r161.far_drone4", "r162.hd"),
        ("r161.far_drone4", "r161.sps3civ"),
        ("r161.far_drone4", "r162.rel_noweapon"),
        # Iranian projectiles via Algeria, Algeria arms and directs vs no Iranian arms, Algeria not a party
        ("r161.an_iran", "r162.rep_noiran"),
        ("r161.an_iran", "r162.dz_nolink"),
        ("r161.an_iran", "r162.rep_political"),
        ("r161.an_green", "r162.dz_noparty"),
        ("r161.an_green", "r162.dz_nolink"),
        ("r162.ma_algeria", "r162.dz_noparty"),
        ("r162.ma_algeria", "r162.dz_nolink"),
        ("r162.ma_algeria", "r162.rep_political"),
        # arrests: three vs nine
        ("r161.sec3", "r162.codesa9"),
        ("r162.dgsn3", "r162.codesa9"),
        # schools: normal vs closed
        ("r162.codesa_schools", "r161.edu_normal"),
        ("r162.codesa_schools", "r161.res_normal"),
        # Geneva: both sides agreed in principle vs no such understanding, no invitation received
        ("r162.elpais", "r162.rabat_deny"),
        ("r162.elpais", "r161.dip_noinv"),
    ],
    "agreements": [
        ("r157.disp_market", "r157.rsf_seize"),  # RSF fighters inside Kazgil
        ("r157.disp_market", "r157.hd"),
        ("r157.disp_market", "r158.rsf_walk"),
        ("r158.sat", "r157.rsf_depots"),  # the 5th Division's buildings burnt / struck
        ("r157.omda_truce", "r158.rsf_truce"),  # a truce to evacuate the wounded
        ("r158.min_pow", "r157.army_splm"),  # SPLM-N fighters took part
        ("r159.dipl_doha", "r160.ccmsr_contacts"),  # contacts under way
        ("r159.tebu30", "r160.sd7"),  # miners, Sudanese among them, killed by the air force
        ("r160.tebu_echo", "r160.sd7"),
        ("r160.ltdh26", "r160.sd7"),
        ("r159.tebu30", "r160.act_tents"),  # the miners' camps were bombed
        ("r159.ccmsr_camps", "r160.act_tents"),
        ("r159.gov_alliance", "r160.an_front"),  # the rebels and the gold-smuggling networks
        ("r159.gov_alliance", "r160.gs_libyans"),  # Libyans on the rebels' side
        ("r159.ccmsr_miners", "r160.lib_miners"),  # prisoners who are miners
        ("r161.auth4", "r161.min4"),  # four projectiles
        ("r161.auth_noloss", "r162.ma_nosoldier"),  # nobody (no soldier) hurt
        ("r161.far_nodamage", "r162.ma_baseless"),  # Polisario's claims of damage unfounded
        ("r161.res_normal", "r161.edu_normal"),  # normal life and classes on Tuesday
        ("r161.sec3", "r162.dgsn3"),  # three arrested
        ("r162.elpais", "r162.rep_accept"),  # the Geneva meeting accepted
        ("r161.an_green", "r162.ma_algeria"),  # Algeria directs the Polisario
        ("r162.pol3civ", "r162.rel_noweapon"),  # the dead were unarmed herders
    ],
    "echoes": [
        ("r157.army_hold", "r158.army_hold_echo"),  # the army spokesman renews "still stationed in Kazgil"
        ("r157.rsf200", "r158.rsf200_echo"),  # the RSF statement retold via Radio Dabanga
        ("r157.splm_coord", "r158.splm_echo"),  # the SPLM-N spokesman retold via Radio Dabanga
        ("r159.ccmsr_hold", "r160.ccmsr_hold_echo"),  # the CCMSR renews its control
        ("r159.gov_nociv", "r160.gov_nociv_echo"),  # the minister's denial, recalled
        ("r159.tebu30", "r160.tebu_echo"),  # the Tebu leader retold via France 24
        ("r161.auth_noloss", "r162.auth_echo"),  # the local authorities renew "no human losses"
        ("r161.pol_losses", "r162.pol_losses_echo"),  # Polisario's "heavy losses", renewed in its second bulletin
    ],
    "not_contradictions": [
        ("r157.sdn17", "r158.sdn21"),  # the network's toll rose from 17 to 21
        ("r157.army120", "r158.army160"),  # attackers killed: 120, then 160
        ("r157.iom7400", "r158.iom11k"),  # displaced: 7,400, then 11,000
        ("r157.sec34", "r158.sec48"),  # arrests: 34, then 48
        ("r157.lc57", "r158.lc90"),  # 57, then more than 90
        ("r157.gov11", "r158.moh14"),  # 11 on Monday, 14 on Tuesday
        ("r157.army13", "r157.gov11"),  # 13 drones downed; another hit the market
        ("r159.gs78", "r160.gs95"),  # rebels killed: 78, then 95
        ("r159.ltdh19", "r160.ltdh26"),  # miners killed: 19, then 26
        ("r159.iom2300", "r160.iom3100"),  # crossings: 2,300, then 3,100
        ("r159.dipl_doha", "r160.qa_deal"),  # contacts towards a deal, then a preliminary deal
        ("r159.army27", "r160.gs_libyans"),  # three Libyans among the 27
        ("r161.res3", "r161.auth4"),  # three blasts heard, four projectiles fell
        ("r161.dip_nodirect", "r162.elpais"),  # no direct talks vs an indirect meeting
        ("r162.med2", "r161.far_nodamage"),  # civilians wounded, no military facility hit
        ("r162.med2", "r161.min_nostaff"),  # civilians wounded, none of the mission's staff
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
