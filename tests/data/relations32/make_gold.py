"""Writes gold.json for relations set 32 (r187..r192) from the annotations below
(`python3 tests/data/relations32/make_gold.py`).

Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every
offset (claims must be unique substrings, speakers are taken at their occurrence nearest to the claim).
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

# r187/r188: north Basra, the Al Badran / Al Bu Salih clan fighting in al-Nashwa
POLICE = "قيادة شرطة البصرة"
FRAIJI = "المتحدث باسم القيادة، العقيد كاظم الفريجي"
FRAIJI88 = "المتحدث باسم شرطة البصرة، العقيد كاظم الفريجي"
HEALTH = "دائرة صحة البصرة"
AFAD = "مرصد «أفاد» الحقوقي"
OFFICER = "ضابط في شرطة الناحية"
KINANI = "مدير الناحية، رعد الكناني"
KINANI88 = "مدير ناحية النشوة رعد الكناني"
BADRANI = "شيخ عشيرة آل بدران، عبد الأمير البدراني"
BADRANI88 = "الشيخ عبد الأمير البدراني"
SALIHI = "الشيخ جبار الصالحي"
GOV_OFFICE = "مكتب محافظ البصرة"
HILFI = "النائب عن البصرة سلام الحلفي"
HILFI88 = "النائب سلام الحلفي"
PMF = "هيئة الحشد الشعبي"
TAMIMI = "اللواء عباس التميمي، قائد شرطة المحافظة"
BOC = "شركة نفط البصرة"
ENGINEER = "مهندسا في الحقل"
MOUSAWI = "الباحث في الشأن العشائري حسن الموسوي"
KAABI = "محافظ البصرة نزار الكعبي"
SAL_SRC = "مصدرا مقربا من شيخ البو صالح"
COUNCIL = "عضو في مجلس المحافظة"
RES_NASHWA = "سكانا في النشوة"
DOC_DAIR = "طبيب في مستشفى الدير العام"
IOM = "المنظمة الدولية للهجرة"
HAJJAJ = "أستاذ علم الاجتماع في جامعة البصرة علي الحجاج"
TNA = "«العربي الجديد»"
SKY = "«سكاي نيوز عربية»"
# r189/r190: the Red Sea, the attack on the «Callisto Star» and the US strikes on Ras Isa
CENT = "القيادة المركزية الأميركية «سنتكوم»"
CENT90 = "القيادة المركزية الأميركية"
US_OFF = "مسؤول عسكري أميركي"
JARMOUZI = "المتحدث العسكري باسم الحوثيين، عبد الخالق الجرموزي"
JARMOUZI90 = "المتحدث العسكري للحركة، عبد الخالق الجرموزي"
UKMTO = "هيئة عمليات التجارة البحرية البريطانية"
OPERATOR = "الشركة اليونانية المشغلة للسفينة"
H_MOH = "وزارة الصحة في حكومة الحوثيين غير المعترف بها دوليا"
DOC_THAWRA = "طبيبا في مستشفى الثورة بالحديدة"
SHARJABI = "وزير الإعلام في الحكومة اليمنية نبيل الشرجبي"
PORT_OFF = "مسؤول في مؤسسة موانئ البحر الأحمر الخاضعة للحوثيين"
KPLER = "بيانات منصة «كبلر» لتتبع السفن"
AHDAL = "مدير المديرية المعين من الجماعة، حسن الأهدل"
SHARIHI = "الباحث في شؤون الأمن البحري مازن الشريحي"
HAMZI = "فضل الحمزي، القيادي في المكتب السياسي لأنصار الله"
QUDSI = "المتحدث باسم وزارة الصحة في حكومة الحركة، نجيب القدسي"
REZAEI = "المتحدث باسم الخارجية الإيرانية، مهدي رضائي"
SAVIN = "الخبير العسكري الروسي أندريه سافين"
# r191/r192: Malakal, the UN protection-of-civilians site
UNMISS = "بعثة «أونميس» الأممية"
MSF = "منظمة أطباء بلا حدود"
OKUJ = "وزير الإعلام في ولاية أعالي النيل، بيتر أوكوج"
OKUJ92 = "وزير الإعلام في ولاية أعالي النيل بيتر أوكوج"
OCHA = "مكتب «أوتشا» الأممي"
OBONG = "رئيس لجنة مجتمع الشلك في الموقع، دانيال أوبونغ"
OBONG92 = "رئيس لجنة مجتمع الشلك، دانيال أوبونغ"
CHUOL = "زعيم مجتمع النوير غاتلواك تشول"
CHUOL92 = "زعيم مجتمع النوير في موقع حماية المدنيين بملكال، غاتلواك تشول"
IO = "الحركة الشعبية في المعارضة"
MAKER = "اللواء سانتينو ماكير، المتحدث باسم الجيش الجنوب سوداني"
MAKER92 = "المتحدث باسم الجيش، اللواء سانتينو ماكير"
LADO = "الباحث الجنوب سوداني مايكل لادو"
ADJEI = "رئيس مكتب بعثة «أونميس» في ملكال، الغاني كوفي أدجيه"
HRC = "لجنة حقوق الإنسان الأممية الخاصة بجنوب السودان"
ODOL = "حاكم ولاية أعالي النيل، جيمس أودول"
AKEC = "الباحثة في الشؤون الأمنية ريبيكا أكيج"
AFP = "وكالة فرانس برس"
AJN = "الجزيرة نت"

ARTICLES: dict[str, dict[str, Any]] = {
    "r187_basra_nashwa_clashes": {
        "outlet": "العربي الجديد",
        "published": "2028-03-03",
        "entries": [
            E("hd", "قواتنا بسطت سيطرتها على النشوة", "شرطة البصرة", POLICE, ORG, ":", HEAD),
            E(
                "pol_control",
                "وحداتها «أحكمت قبضتها على قرى ناحية النشوة كافة» فجر الجمعة",
                POLICE,
                "",
                ORG,
                "أعلنت",
            ),
            E("pol4", "المواجهات خلفت 4 قتلى و11 جريحا", FRAIJI, "", N_OFF, "وقال", via=[TNA]),
            E(
                "pol_gunmen",
                "جميع القتلى «مسلحون شاركوا في إطلاق النار»",
                "مؤكدا",
                FRAIJI,
                N_OFF,
                "مؤكدا",
                via=[TNA],
            ),
            E("pol_arrest9", "الدوريات اعتقلت 9 من حاملي السلاح", "وأضاف", FRAIJI, N_OFF, "وأضاف", via=[TNA]),
            E("pol_nodisp", "تكون أي عائلة قد تركت منزلها", "نافيا", FRAIJI, N_OFF, "نافيا", NEG, via=[TNA]),
            E("moh7", "7 قتلى و19 جريحا", HEALTH, "", ORG, "فأحصت"),
            E("afad_kids", "بين الضحايا طفلين وامرأة أصابهم رصاص طائش داخل بيوتهم", AFAD, "", ORG, "وذكر"),
            E(
                "off_still",
                "مسلحي البو صالح «ما زالوا ينتشرون فوق السداد الترابية شرقي النشوة»",
                OFFICER,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("mayor60", "نزوح نحو 60 عائلة", KINANI, "", N_OFF, "وتحدث"),
            E(
                "bad_first",
                "مسلحي البو صالح «هم من بدأ بإطلاق النار» على مزارعين من عشيرته",
                BADRANI,
                "",
                N_PER,
                "وبحسب",
                alt_types=[N_OFF],
            ),
            E("sal_ambush", "آل بدران بنصب كمين لسيارة تقل ثلاثة من أقاربه", SALIHI, "", N_PER, "اتهم"),
            E("sal_deny", "تكون عشيرته قبلت العطوة", "ونفى", SALIHI, N_PER, "ونفى", NEG),
            E("sal_quote", "لا عطوة قبل أن يسلموا القتلة", "قائلا", SALIHI, N_PER, "قائلا", DIRECT),
            E(
                "govoff",
                "العشيرتين وافقتا على عطوة مدتها 30 يوما بوساطة شيوخ من ميسان",
                GOV_OFFICE,
                "",
                ORG,
                "قد أعلن",
            ),
            E(
                "mp_pmf",
                "عناصر من فصيل منضو في الحشد الشعبي بالقتال إلى جانب آل بدران مستخدمين عربات حكومية",
                HILFI,
                "",
                N_OFF,
                "واتهم",
            ),
            E("pmf_deny", "مشاركة أي من منتسبيها", PMF, "", ORG, "فنفت", NEG, alt_types=[DOC]),
            E("pmf_vehicles", "آلياتها «لم تقترب من مكان النزاع»", "مؤكدة", PMF, ORG, "مؤكدة", alt_types=[DOC]),
            E("ina_chief", "فوج طوارئ وصل من الناصرية لتعزيز الانتشار", TAMIMI, "", N_OFF, "ونقلت", via=["«واع»"]),
            E("oil_ok", "الإنتاج في حقل مجنون «لم يتأثر إطلاقا»", BOC, "", ORG, "وأكدت"),
            E("eng_halt", "توقف الضخ ساعات في محطتين", ENGINEER, "", A_OFF, "تحدث", ANON),
            E(
                "an_renew",
                "تتجدد المواجهات «ما لم تحسم الحكومة ملف التعويضات النفطية»",
                MOUSAWI,
                "",
                N_PER,
                "ويرجح",
            ),
            E("an_fragile", "العطوة قد لا تصمد أكثر من أسابيع", "معتبرا", MOUSAWI, N_PER, "معتبرا"),
        ],
    },
    "r188_basra_nashwa_truce": {
        "outlet": "سكاي نيوز عربية",
        "published": "2028-03-04",
        "entries": [
            E("hd", "شيوخ العشيرتين وقعوا وثيقة عطوة لمدة ٣٠ يوما", "محافظ البصرة", KAABI, N_OFF, ":", HEAD),
            E(
                "gov_signed",
                "شيوخ عشيرتي آل بدران والبو صالح «وقعوا صباح السبت في ديوان المحافظة وثيقة عطوة مدتها ٣٠ يوما»",
                KAABI,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "gov_committee",
                "لجنة مساحية ستعيد ترسيم الأراضي المتنازع عليها خلال أسبوعين",
                "وأضاف",
                KAABI,
                N_OFF,
                "وأضاف",
            ),
            E(
                "sal_nosign",
                "«أحدا من شيوخ العشيرة لم يضع توقيعه على الوثيقة»",
                SAL_SRC,
                "",
                A_SRC,
                "أكد",
                ANON,
                alt_types=[A_OFF],
                via=[SKY],
            ),
            E("council_one", "الوثيقة لم يوقعها سوى شيخ آل بدران", COUNCIL, "", A_OFF, "وقال", ANON, DIRECT),
            E(
                "pol_control2",
                "القوات «تسيطر على الناحية بالكامل ولا وجود لأي مسلح فيها»",
                FRAIJI88,
                "",
                N_OFF,
                "جدد",
            ),
            E("pol5", "ارتفاع حصيلة القتلى إلى ٥", "معلنا", FRAIJI88, N_OFF, "معلنا"),
            E("pol_arrest14", "اعتقال ١٤ مطلوبا", "معلنا", FRAIJI88, N_OFF, "معلنا"),
            E("pol_gunmen_echo", "جميع القتلى مسلحون", "الفريجي", FRAIJI88, N_OFF, "قد أكد"),
            E("pol_nokids", "يكون بينهم أي طفل", "ونفى", FRAIJI88, N_OFF, "ونفى", NEG),
            E(
                "res_still",
                "مسلحين ملثمين «لا يزالون يقيمون حواجز عند جسر الناحية»",
                RES_NASHWA,
                "",
                A_SRC,
                "أفادوا",
                ANON,
                via=[SKY],
            ),
            E(
                "res_left",
                "عشرات العائلات رحلت ليلا نحو مدينة البصرة",
                RES_NASHWA,
                "",
                A_SRC,
                "أفادوا",
                ANON,
                via=[SKY],
            ),
            E("moh9", "الحصيلة إلى ٩ قتلى و٢٣ جريحا", HEALTH, "", ORG, "ورفعت"),
            E(
                "doc_boy",
                "بين الجثث جثة فتى في العاشرة أصيب برصاصة في رأسه",
                DOC_DAIR,
                "",
                A_OFF,
                "أوضح",
                ANON,
                alt_types=[A_SRC],
            ),
            E("mayor85", "عدد العائلات النازحة بلغ ٨٥", KINANI88, "", N_OFF, "وأعلن"),
            E("iom45", "عددها بما لا يقل عن ٤٥ عائلة", IOM, "", ORG, "قدرت"),
            E(
                "mp_photos",
                "تظهر عربات تحمل شعار الحشد الشعبي قرب مكان الاشتباك",
                HILFI88,
                "",
                N_OFF,
                "قال",
            ),
            E("pmf_echo", "مشاركة أي من منتسبيها في القتال", "هيئة الحشد", "", ORG, "قد نفت", NEG),
            E(
                "bad_echo",
                "مسلحي البو صالح هم من بدأ إطلاق النار",
                BADRANI88,
                "",
                N_PER,
                "وبحسب ما نقلته",
                alt_types=[N_OFF],
                via=[TNA],
            ),
            E("oil_ok2", "الضخ من حقل مجنون «استمر دون انقطاع»", BOC, "", ORG, "فقالت"),
            E(
                "an_pause",
                "العطوة «قد لا تكون أكثر من استراحة لالتقاط الأنفاس»",
                HAJJAJ,
                "",
                N_PER,
                "ويعتقد",
            ),
            E("an_harvest", "يعود النزاع مع موسم الحصاد", "مرجحا", HAJJAJ, N_PER, "مرجحا"),
        ],
    },
    "r189_ras_isa_strikes": {
        "outlet": "العربية.نت",
        "published": "2028-03-12",
        "entries": [
            E(
                "hd",
                "ضرباتنا في رأس عيسى استهدفت منصات صواريخ حوثية",
                "القيادة المركزية الأميركية",
                CENT,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "cent_targets",
                "مقاتلاتها قصفت فجر الأحد «منصات لإطلاق الصواريخ ومحطتي رادار» تابعة لميليشيا الحوثي في ميناء رأس عيسى ومديرية الصليف غرب اليمن",
                CENT,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "cent_response",
                "الضربات جاءت ردا على استهداف سفينة الشحن «كاليستو ستار» في البحر الأحمر مساء السبت",
                "مضيفة",
                CENT,
                ORG,
                "مضيفة",
                alt_types=[DOC],
            ),
            E(
                "cent_nociv",
                "«لم ترد أي تقارير عن إصابات في صفوف المدنيين»",
                "البيان",
                CENT,
                ORG,
                "وأكد",
                alt_types=[DOC],
            ),
            E(
                "us_off3",
                "الغارات دمرت ثلاث منصات على الأقل",
                US_OFF,
                "",
                A_OFF,
                "وأوضح",
                ANON,
                via=["«العربية.نت»"],
            ),
            E(
                "hth_hit",
                "صاروخين بحريين «أصابا السفينة إصابة مباشرة وأشعلا فيها النيران»",
                JARMOUZI,
                "",
                N_OFF,
                "قد زعم",
            ),
            E("hth_eilat", "كانت متجهة إلى ميناء إيلات", "مدعيا", JARMOUZI, N_OFF, "مدعيا"),
            E(
                "ukmto_miss",
                "مقذوفا «سقط في الماء على مسافة ميل بحري» من سفينة تجارية غرب المخا، دون تسجيل أضرار",
                UKMTO,
                "",
                ORG,
                "أفادت",
            ),
            E("op_nodmg", "هيكلها «لم يتعرض لأي ضرر»", OPERATOR, "", ORG, "وقالت"),
            E("op_crew", "أفراد طاقمها الـ٢١ بخير", OPERATOR, "", ORG, "وقالت"),
            E("op_jeddah", "تواصل رحلتها نحو جدة", "مشيرة", OPERATOR, ORG, "مشيرة"),
            E("moh14", "مقتل ١٤ شخصا وإصابة ٣١", H_MOH, "", ORG, "وأعلنت"),
            E("moh_civ", "«جميعا من عمال الميناء والصيادين»", "قالت", H_MOH, ORG, "قالت"),
            E(
                "doc9",
                "قتلى الغارات «لا يتجاوزون ٩»",
                DOC_THAWRA,
                "",
                A_OFF,
                "أكد",
                ANON,
                alt_types=[A_SRC],
                via=["العربية.نت"],
            ),
            E(
                "gov_experts",
                "القتلى «خبراء وعناصر حوثيون كانوا يجهزون منصات الإطلاق»",
                SHARJABI,
                "",
                N_OFF,
                "وقال",
            ),
            E("gov_barracks", "الجماعة بتحويل الميناء المدني إلى ثكنة", "متهما", SHARJABI, N_OFF, "متهما"),
            E("port_ok", "العمل في رأس عيسى «يسير بشكل طبيعي»", PORT_OFF, "", A_OFF, "وزعم", ANON),
            E(
                "kpler_halt",
                "أي ناقلة لم تفرغ حمولتها هناك منذ فجر الأحد",
                KPLER,
                "",
                DOC,
                "أظهرت",
                alt_types=[ORG],
            ),
            E(
                "masirah_uk",
                "«غارات أميركية بريطانية» طالت أيضا خزانات وقود ومساكن للعمال",
                "مصادر محلية",
                "",
                A_SRC,
                "ونقلت",
                ANON,
                via=["قناة «المسيرة»"],
            ),
            E(
                "res_fled100",
                "أكثر من مئة عائلة من الصيادين غادرت القرى نحو باجل",
                "سكان في الصليف",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("salif_nobody", "«أحدا لم يغادر منزله»", AHDAL, "", N_OFF, "قال"),
            E(
                "an_deter",
                "الضربات «ربما تهدف إلى ردع الجماعة أكثر من شل قدراتها»",
                SHARIHI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r190_red_sea_muscat": {
        "outlet": "روسيا اليوم (RT Arabic)",
        "published": "2028-03-14",
        "entries": [
            E(
                "hd",
                "لا تفاهمات مع واشنطن عبر مسقط ولا تهدئة في البحر الأحمر",
                "أنصار الله",
                "",
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "hzm_deny",
                "التوصل إلى أي تفاهم مع الولايات المتحدة بوساطة عمانية",
                HAMZI,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=["RT"],
            ),
            E(
                "hzm_continue",
                "العمليات البحرية «ستستمر ما دام العدوان مستمرا»",
                "مؤكدا",
                HAMZI,
                N_OFF,
                "مؤكدا",
                OPT,
                via=["RT"],
            ),
            E(
                "axios_us",
                "«تفاهما غير معلن» جرى التوصل إليه عبر مسقط لوقف الهجمات على السفن مقابل تعليق الغارات",
                "مسؤول أميركي",
                "",
                A_OFF,
                "نقل",
                ANON,
                via=["موقع «أكسيوس»"],
            ),
            E(
                "oman_noagree",
                "نقلنا رسائل بين الطرفين، لكن لا اتفاق حتى الآن",
                "مصدر دبلوماسي عماني",
                "",
                A_OFF,
                "فقال",
                ANON,
                DIRECT,
                via=["RT"],
            ),
            E(
                "hth_disabled",
                "السفينة «كاليستو ستار» «باتت عاجزة عن الإبحار» بعد إصابتها",
                JARMOUZI90,
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "hth_ukus",
                "«العدوان الأميركي البريطاني» بقصف منشآت مدنية في رأس عيسى",
                "متهما",
                JARMOUZI90,
                N_OFF,
                "متهما",
            ),
            E(
                "hth_drone",
                "إسقاط طائرة أميركية مسيرة من طراز «إم كيو-9» فوق الحديدة",
                "الجرموزي",
                JARMOUZI90,
                N_OFF,
                "وادعى",
            ),
            E(
                "op_docked",
                "السفينة «رست بسلام في ميناء جدة مساء الاثنين»",
                "متحدثا باسم الشركة المشغلة",
                "",
                A_OFF,
                "قال",
                ANON,
                via=["وكالة «رويترز»"],
            ),
            E("ukmto_echo", "المقذوف سقط في البحر بعيدا عن السفينة", UKMTO, "", ORG, "قد ذكرت"),
            E(
                "ph_wounded",
                "بحارين فلبينيين من الطاقم أصيبا بجروح طفيفة",
                "وزارة العمال المهاجرين الفلبينية",
                "",
                ORG,
                "أعلنت",
            ),
            E("uk_deny", "مشاركة أي طائرة بريطانية في غارات الأحد", "وزارة الدفاع البريطانية", "", ORG, "ونفت", NEG),
            E("cent7", "ضرباتها دمرت 7 منصات إطلاق", CENT90, "", ORG, "قالت"),
            E("cent_nocivfac", "لم تمس أي منشأة مدنية", CENT90, "", ORG, "قالت"),
            E("cent_nodrone", "فقدان أي طائرة", "نافية", CENT90, ORG, "نافية", NEG),
            E("moh17", "حصيلة القتلى إلى 17", QUDSI, "", N_OFF, "رفع"),
            E("moh_kids4", "بينهم 4 أطفال", "مشيرا", QUDSI, N_OFF, "مشيرا"),
            E("moh_allciv", "الضحايا جميعهم مدنيون", "مشيرا", QUDSI, N_OFF, "مشيرا"),
            E(
                "yem_iran",
                "بين القتلى «خبيرين إيرانيين» كانا يشرفان على منصات الصواريخ",
                "مصدر عسكري في الحكومة اليمنية",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["قناة «الحدث»"],
            ),
            E("iran_baseless", "«ادعاء لا أساس له»", REZAEI, "", N_OFF, "وصفه"),
            E("iran_deny", "وجود أي عسكري إيراني في اليمن", "نافيا", REZAEI, N_OFF, "نافيا", NEG),
            E(
                "port_resumed",
                "استئناف العمل في ميناء رأس عيسى منذ صباح الاثنين",
                "مؤسسة موانئ البحر الأحمر",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "iom240",
                "عدد العائلات النازحة من قرى الصليف الساحلية بنحو 240 عائلة",
                IOM,
                "",
                ORG,
                "قدرت",
            ),
            E(
                "an_tacit",
                "واشنطن «قد تفضل تهدئة صامتة» تجنبها حرب استنزاف في البحر الأحمر",
                SAVIN,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r191_malakal_clashes": {
        "outlet": "وكالة فرانس برس",
        "published": "2028-03-20",
        "entries": [
            E(
                "hd",
                "قوات حفظ السلام استعادت السيطرة على موقع حماية المدنيين في ملكال",
                "الأمم المتحدة",
                UNMISS,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "unm_quick",
                "عناصر حفظ السلام «تدخلوا خلال دقائق» لوقف اشتباكات اندلعت ليل الأحد بين شبان من قبيلتي الشلك والنوير داخل موقع حماية المدنيين في ملكال",
                UNMISS,
                "",
                ORG,
                "قالت",
            ),
            E("unm_control", "الموقع بات «تحت السيطرة التامة» صباح الاثنين", "مؤكدة", UNMISS, ORG, "مؤكدة"),
            E("unm5", "«ما لا يقل عن 5 قتلى» بينهم امرأة وطفل", "البعثة", UNMISS, ORG, "وأحصت"),
            E("msf11", "استقبلت 11 جثة وتعالج 38 مصابا", MSF, "", ORG, "أعلنت"),
            E("unicef3", "بين الجرحى ثلاثة أطفال على الأقل", "منظمة «يونيسف»", "", ORG, "وقالت"),
            E("min7", "القتلى «سبعة فقط»", OKUJ, "", N_OFF, "وقال", via=[AFP]),
            E("min_nobody", "أحدا من سكان الموقع «لم يغادره»", "مضيفا", OKUJ, N_OFF, "مضيفا", via=[AFP]),
            E("iom3000", "أكثر من 3 آلاف شخص فروا من الموقع باتجاه وسط المدينة", IOM, "", ORG, "أفادت"),
            E(
                "res_fence",
                "قوات حفظ السلام «بقيت خلف السياج قرابة ثلاث ساعات» قبل أن تتدخل",
                "سكان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=["فرانس برس"],
            ),
            E(
                "res400",
                "النيران التهمت «أكثر من 400 مأوى»",
                "سكان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=["فرانس برس"],
                speaker_nth=1,
            ),
            E("ocha150", "عدد الملاجئ المحترقة بنحو 150", OCHA, "", ORG, "قدر"),
            E(
                "shl_first",
                "شبان النوير بالمبادرة إلى الهجوم «بأسلحة نارية هربت إلى الموقع»",
                OBONG,
                "",
                N_PER,
                "واتهم",
                alt_types=[N_OFF],
            ),
            E(
                "shl_soldiers",
                "«جنودا بالزي العسكري قاتلوا إلى جانبهم»",
                "مؤكدا",
                OBONG,
                N_PER,
                "مؤكدا",
                alt_types=[N_OFF],
            ),
            E("unm_warned", "تهريب أسلحة إلى المخيم", "البعثة", UNMISS, ORG, "قد حذرت"),
            E(
                "nuer_first",
                "الشجار بدأ حين طعن شبان من الشلك شابا نويريا عند نقطة المياه",
                CHUOL,
                "",
                N_PER,
                "فقال",
                alt_types=[N_OFF],
            ),
            E(
                "nuer_noguns",
                "يكون أي من أبناء مجتمعه قد حمل سلاحا ناريا",
                "نافيا",
                CHUOL,
                N_PER,
                "نافيا",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "io_soldiers",
                "جنودا حكوميين بدخول الموقع وإطلاق النار على المدنيين",
                IO,
                "",
                ORG,
                "واتهمت",
            ),
            E("ss_deny", "يكون أي جندي قد دخل الموقع", MAKER, "", N_OFF, "ونفى", NEG),
            E("ss_allarmed", "جميع القتلى «شبان مسلحون من الطرفين»", "مؤكدا", MAKER, N_OFF, "مؤكدا"),
            E(
                "unm_signed",
                "ممثلين عن المجتمعين وقعوا بعد ظهر الاثنين «إعلانا لوقف الأعمال العدائية»",
                "البعثة",
                UNMISS,
                ORG,
                "وأعلنت",
            ),
            E(
                "an_rains",
                "التوتر في الموقع «قد يتفجر مجددا» مع اقتراب موسم الأمطار وشح الغذاء",
                LADO,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r192_malakal_declaration": {
        "outlet": "الجزيرة نت",
        "published": "2028-03-21",
        "entries": [
            E(
                "hd",
                "لم نوقع أي إعلان لوقف الأعمال العدائية في ملكال",
                "زعيم في مجتمع النوير",
                "غاتلواك تشول",
                N_PER,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "nuer_nosign",
                "ممثلي مجتمعه «لم يضعوا توقيعهم على أي وثيقة»",
                CHUOL92,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[AJN],
            ),
            E(
                "nuer_hold",
                "شبان النوير «ما زالوا يسيطرون على القطاع الشمالي من الموقع منذ مساء الأحد»",
                "مؤكدا",
                CHUOL92,
                N_PER,
                "مؤكدا",
                alt_types=[N_OFF],
                via=[AJN],
            ),
            E("unm_signed2", "الإعلان «وقعه ممثلون عن المجتمعين أمام الجميع»", ADJEI, "", N_OFF, "أكد"),
            E("unm_control2", "قوات حفظ السلام «تسيطر على كل قطاعات الموقع»", ADJEI, "", N_OFF, "أكد"),
            E("unm_nofire", "لم يسجل أي إطلاق نار منذ ظهر الاثنين", "مشيرا", ADJEI, N_OFF, "مشيرا"),
            E(
                "unm_quick_echo",
                "عناصرها تدخلوا خلال دقائق من اندلاع الاشتباكات",
                "البعثة",
                "بعثة «أونميس»",
                ORG,
                "قد قالت",
            ),
            E(
                "res_fire",
                "رشقات نارية دوت ليل الاثنين قرب القطاع الشمالي",
                "سكانا في الموقع",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[AJN],
            ),
            E("msf14", "حصيلة القتلى إلى ١٤", MSF, "", ORG, "ورفعت"),
            E("msf_women", "بينهم ثلاث نساء وطفلين", "موضحة", MSF, ORG, "موضحة"),
            E("min9", "العدد «لا يتجاوز ٩»", OKUJ92, "", N_OFF, "قال"),
            E(
                "hrc_uniform",
                "شهودا أبلغوها برؤية «رجال يرتدون زي الجيش» داخل الموقع ليل الأحد",
                HRC,
                "",
                ORG,
                "وأفادت",
            ),
            E("ss_echo", "دخول أي جندي إلى الموقع", MAKER92, "", N_OFF, "قد نفى", NEG),
            E(
                "ss_fence",
                "قواته «لم تقترب من سياج المخيم»",
                "وجدد",
                MAKER92,
                N_OFF,
                "وجدد",
                via=["إذاعة «مرايا» الأممية"],
            ),
            E(
                "io_echo",
                "جنودا حكوميين «أطلقوا النار على المدنيين» داخل المخيم",
                IO,
                "",
                ORG,
                "وبحسب ما نقلته",
                via=["إذاعة «تمازج»"],
            ),
            E("shl_repeat", "شبان النوير هم من بدأ الهجوم", OBONG92, "", N_PER, "وكرر", alt_types=[N_OFF]),
            E("iom5000", "عدد الفارين من الموقع ارتفع إلى نحو ٥ آلاف", IOM, "", ORG, "وقالت"),
            E("gov_dozens", "بضع عشرات فقط غادروا الموقع، وقد عادوا جميعا", ODOL, "", N_OFF, "قال", DIRECT),
            E("ocha200", "عدد المآوي المحترقة بنحو ٢٠٠", OCHA, "", ORG, "وقدر"),
            E(
                "xin12",
                "الشرطة أوقفت ١٢ شابا يشتبه في تورطهم",
                "مسؤول أمني في ملكال",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «شينخوا» الصينية"],
            ),
            E("an_probe", "رواية الجيش «قد لا تصمد أمام تحقيق مستقل»", AKEC, "", N_PER, "وترجح"),
        ],
    },
}


def cross(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    """Every pair of a left and a right label."""
    return [(a, b) for a in left for b in right]


RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Basra: police control of al-Nashwa (headline, statement, Saturday) vs gunmen still deployed
        ("r187.hd", "r187.off_still"),
        ("r187.pol_control", "r187.off_still"),
        ("r187.hd", "r188.res_still"),  # "still" on Saturday: never left since Friday
        ("r187.pol_control", "r188.res_still"),
        ("r188.pol_control2", "r188.res_still"),
        # tolls of the same clashes from different sources
        ("r187.pol4", "r187.moh7"),
        ("r188.pol5", "r188.moh9"),
        ("r187.moh7", "r188.pol5"),  # 7 on Friday vs 5 on Saturday (tolls do not fall)
        # the dead: all gunmen / no child vs children killed
        *cross(["r187.pol_gunmen", "r188.pol_gunmen_echo", "r188.pol_nokids"], ["r187.afad_kids", "r188.doc_boy"]),
        # displacement: no family left vs families fled
        *cross(["r187.pol_nodisp"], ["r187.mayor60", "r188.res_left", "r188.mayor85", "r188.iom45"]),
        # who fired first
        ("r187.bad_first", "r187.sal_ambush"),
        ("r188.bad_echo", "r187.sal_ambush"),
        # the truce: both clans accepted (Friday) vs Al Bu Salih's denial and "no truce before ..."
        ("r187.govoff", "r187.sal_deny"),
        ("r187.govoff", "r187.sal_quote"),
        # the signed truce document (Saturday): both clans' sheikhs signed vs none of them / only Al Badran
        *cross(["r188.hd", "r188.gov_signed"], ["r188.sal_nosign", "r188.council_one"]),
        # a PMF faction fought with PMF vehicles vs the commission's denial
        *cross(["r187.mp_pmf", "r188.mp_photos"], ["r187.pmf_deny", "r187.pmf_vehicles", "r188.pmf_echo"]),
        # Majnoon: production unaffected / uninterrupted vs pumping stopped for hours
        ("r187.oil_ok", "r187.eng_halt"),
        ("r188.oil_ok2", "r187.eng_halt"),
        # --- Red Sea: the ship hit and ablaze vs the projectile fell a mile away, no damage
        *cross(["r189.hth_hit"], ["r189.ukmto_miss", "r189.op_nodmg", "r190.ukmto_echo"]),
        # unable to sail vs docked in Jeddah / sailing on / never hit
        *cross(
            ["r190.hth_disabled"],
            ["r190.op_docked", "r189.op_jeddah", "r189.ukmto_miss", "r189.op_nodmg", "r190.ukmto_echo"],
        ),
        ("r189.hth_eilat", "r189.op_jeddah"),  # bound for Eilat vs bound for Jeddah
        ("r189.op_crew", "r190.ph_wounded"),  # all 21 crew fine vs two Filipino sailors wounded
        # the dead of Ras Isa: civilians vs Houthi experts and fighters / Iranian experts
        *cross(["r189.moh_civ", "r190.moh_allciv"], ["r189.gov_experts", "r190.yem_iran"]),
        ("r189.gov_experts", "r190.moh_kids4"),
        *cross(["r189.cent_nociv"], ["r189.moh_civ", "r190.moh_allciv", "r190.moh_kids4"]),
        ("r190.yem_iran", "r190.iran_baseless"),
        ("r190.yem_iran", "r190.iran_deny"),
        ("r189.moh14", "r189.doc9"),  # 14 dead vs "no more than 9", same day
        # Ras Isa port working normally vs no tanker unloaded / work resumed on Monday
        ("r189.port_ok", "r189.kpler_halt"),
        ("r189.port_ok", "r190.port_resumed"),
        # displacement from al-Salif vs "nobody left"
        ("r189.salif_nobody", "r189.res_fled100"),
        ("r189.salif_nobody", "r190.iom240"),
        # British part in the strikes
        ("r189.masirah_uk", "r190.uk_deny"),
        ("r190.hth_ukus", "r190.uk_deny"),
        # civilian facilities hit vs none touched
        ("r190.cent_nocivfac", "r189.masirah_uk"),
        ("r190.cent_nocivfac", "r190.hth_ukus"),
        ("r190.hth_drone", "r190.cent_nodrone"),  # MQ-9 downed vs no aircraft lost
        # an understanding through Muscat vs denied / no agreement yet
        ("r190.hd", "r190.axios_us"),
        ("r190.hzm_deny", "r190.axios_us"),
        ("r190.oman_noagree", "r190.axios_us"),
        # --- Malakal: peacekeepers intervened within minutes vs stayed behind the fence for three hours
        ("r191.unm_quick", "r191.res_fence"),
        ("r192.unm_quick_echo", "r191.res_fence"),
        # control of the site vs Nuer youths still controlling the northern sector since Sunday evening
        ("r191.hd", "r192.nuer_hold"),
        ("r191.unm_control", "r192.nuer_hold"),
        ("r192.unm_control2", "r192.nuer_hold"),
        ("r192.unm_nofire", "r192.res_fire"),  # no shot since Monday noon vs bursts on Monday night
        # the declaration signed by both communities vs "we signed nothing"
        *cross(["r191.unm_signed", "r192.unm_signed2"], ["r192.hd", "r192.nuer_nosign"]),
        # tolls
        ("r191.min7", "r191.msf11"),
        ("r192.min9", "r192.msf14"),
        ("r191.msf11", "r192.min9"),  # 11 bodies on Monday vs "no more than 9" on Tuesday
        # the dead: all armed youths vs a woman and a child / three women and two children
        ("r191.ss_allarmed", "r191.unm5"),
        ("r191.ss_allarmed", "r192.msf_women"),
        # soldiers in the site vs the army's denials
        *cross(
            ["r191.shl_soldiers", "r191.io_soldiers", "r192.hrc_uniform", "r192.io_echo"],
            ["r191.ss_deny", "r192.ss_echo", "r192.ss_fence"],
        ),
        # who started it
        ("r191.shl_first", "r191.nuer_first"),
        ("r192.shl_repeat", "r191.nuer_first"),
        ("r191.shl_first", "r191.nuer_noguns"),  # firearms smuggled in vs no Nuer carried a firearm
        # displacement from the site vs nobody left / a few dozen who returned
        *cross(["r191.min_nobody", "r192.gov_dozens"], ["r191.iom3000", "r192.iom5000"]),
        # burnt shelters
        ("r191.res400", "r191.ocha150"),
        ("r191.res400", "r192.ocha200"),
    ],
    "agreements": [
        ("r187.off_still", "r188.res_still"),  # gunmen still deployed in al-Nashwa
        ("r187.afad_kids", "r188.doc_boy"),  # children among the dead
        ("r187.mayor60", "r188.res_left"),  # families fled al-Nashwa
        ("r188.res_left", "r188.iom45"),
        ("r188.sal_nosign", "r188.council_one"),  # Al Bu Salih's sheikhs did not sign
        ("r189.ukmto_miss", "r189.op_nodmg"),  # no damage to the ship
        ("r190.oman_noagree", "r190.hzm_deny"),  # no agreement through Muscat (yet)
        ("r189.kpler_halt", "r190.port_resumed"),  # Ras Isa stopped on Sunday
        ("r191.shl_soldiers", "r192.hrc_uniform"),  # men in army uniform in the site
        ("r191.io_soldiers", "r192.hrc_uniform"),
        ("r191.shl_soldiers", "r191.io_soldiers"),  # soldiers took part (Shilluk leader, SPLM-IO)
        ("r191.unm5", "r192.msf_women"),  # women and children among the dead
    ],
    "echoes": [
        ("r187.bad_first", "r188.bad_echo"),  # the sheikh's words to The New Arab, retold by Sky News Arabia
        ("r187.pmf_deny", "r188.pmf_echo"),  # the PMF commission's Friday denial, recalled
        ("r187.pol_gunmen", "r188.pol_gunmen_echo"),  # the police spokesman's Friday claim, recalled
        ("r189.ukmto_miss", "r190.ukmto_echo"),  # UKMTO's notice, recalled
        ("r191.unm_quick", "r192.unm_quick_echo"),  # UNMISS's statement, recalled
        ("r191.ss_deny", "r192.ss_echo"),  # the army spokesman's denial, recalled
        ("r191.io_soldiers", "r192.io_echo"),  # the SPLM-IO accusation, retold through Radio Tamazuj
        ("r191.shl_first", "r192.shl_repeat"),  # the Shilluk leader repeating his account
    ],
    "not_contradictions": [
        ("r187.pol4", "r188.pol5"),  # police toll rose from 4 to 5
        ("r187.moh7", "r188.moh9"),  # health toll rose from 7 to 9
        ("r187.mayor60", "r188.mayor85"),  # displaced families rose from 60 to 85
        ("r188.iom45", "r188.mayor85"),  # "no fewer than 45" vs 85
        ("r187.mayor60", "r188.iom45"),  # about 60 vs "no fewer than 45"
        ("r187.pol_arrest9", "r188.pol_arrest14"),  # arrests rose from 9 to 14
        ("r187.afad_kids", "r187.moh7"),  # two children and a woman among seven dead
        ("r187.sal_deny", "r188.gov_signed"),  # refused on Friday, signing announced on Saturday
        ("r187.govoff", "r188.sal_nosign"),  # accepting a truce vs not signing the document
        ("r189.moh14", "r190.moh17"),  # toll rose from 14 to 17
        ("r189.us_off3", "r190.cent7"),  # "at least three" platforms vs seven
        ("r190.moh_kids4", "r190.moh17"),  # four children among 17
        ("r189.res_fled100", "r190.iom240"),  # "more than 100" families vs about 240
        ("r189.cent_targets", "r189.masirah_uk"),  # launchers and radars vs fuel tanks and housing also hit
        ("r189.hd", "r190.hth_ukus"),  # missile platforms targeted vs civilian facilities hit
        ("r191.msf11", "r192.msf14"),  # MSF toll rose from 11 to 14
        ("r191.min7", "r192.min9"),  # the minister's toll rose from 7 to 9
        ("r191.unm5", "r191.msf11"),  # "no fewer than 5" vs 11
        ("r191.unm5", "r191.min7"),  # "no fewer than 5" vs 7
        ("r191.iom3000", "r192.iom5000"),  # displaced rose from 3,000+ to about 5,000
        ("r191.ocha150", "r192.ocha200"),  # burnt shelters rose from about 150 to about 200
        ("r191.unm_control", "r192.res_fire"),  # under control on Monday morning vs shots on Monday night
        ("r192.msf_women", "r192.msf14"),  # three women and two children among 14
        ("r191.unicef3", "r191.ss_allarmed"),  # wounded children vs the dead being armed youths
        ("r191.unm_warned", "r191.nuer_noguns"),  # January warning of smuggled arms vs this night's clash
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
