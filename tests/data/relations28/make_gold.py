"""Writes gold.json for the twenty-eighth relations set (r163..r168) from the annotations below
(`python3 tests/data/relations28/make_gold.py`).

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

# r163/r164: Jenin camp, the Palestinian Authority's security operation against the Jenin Brigade
BRIG = "«كتيبة جنين»"
TG = "«تلغرام»"
SHALABI = "الناطق باسم المؤسسة الأمنية الفلسطينية، العميد ماهر الشلبي"
SHALABI164 = "الناطق باسم المؤسسة الأمنية، العميد ماهر الشلبي"
A21 = "«عربي21»"
MOH = "وزارة الصحة الفلسطينية"
AREDA = "مدير مستشفى جنين الحكومي، سامر العارضة"
UNCLE = "عم الفتى، خالد السعدي"
HAMDAN = "المتحدث باسم حركة «فتح» في جنين، سامر حمدان"
TOUBASI = "القيادي في «حماس» ماجد الطوباسي"
NOTABLES = "مصادر في لجنة وجهاء المخيم"
ICHR = "الهيئة المستقلة لحقوق الإنسان"
UNRWA163 = "وكالة «الأونروا»"
JAYYOUSI = "محافظ جنين، اللواء فراس الجيوسي"
AWAD = "الباحث في الشأن الفلسطيني نزار عوض"
PA = "السلطة الفلسطينية"
ABUSARIYA = "عضو لجنة الوجهاء، الحاج عبد الله أبو سرية"
GHOUL = "القائد الميداني في «كتيبة جنين»، أبو البراء الغول"
NASSAR = "الناطق باسم الرئاسة الفلسطينية، عادل نصار"
AZZAM = "الناطق باسمها في الضفة، طارق عزام"
DUAIBES = "المحلل السياسي رامي دعيبس"
# r165/r166: Koya (Koysinjaq), Erbil, Iranian strikes on the camp of the Kurdistan Democratic Party of Iran
IRGC = "القوات البرية التابعة للحرس الثوري الإيراني"
TASNIM = "وكالة «تسنيم»"
KDPI = "الحزب الديمقراطي الكردستاني الإيراني"
RAHIMI = "المتحدث باسم الحزب، كاوه رحيمي"
SUMARIA = "السومرية نيوز"
CT = "جهاز مكافحة الإرهاب في إقليم كردستان"
QADIR = "قائممقام كويسنجق، هيمن قادر"
IQ_MOFA = "وزارة الخارجية العراقية"
NSA = "مستشارية الأمن القومي"
NADERI = "المتحدث باسم الخارجية الإيرانية، حسين نادري"
NADERI166 = "المتحدث باسم وزارة الخارجية الإيرانية، حسين نادري"
KRG = "المتحدث باسم حكومة إقليم كردستان، دلاور محمد"
UNHCR = "مفوضية الأمم المتحدة لشؤون اللاجئين"
JANABI = "الخبير الأمني ليث الجنابي"
MUSAWI = "المتحدث باسم الحكومة العراقية، علي الموسوي"
EMB = "السفارة الإيرانية في بغداد"
AZIZ = "المتحدث باسم جهاز مكافحة الإرهاب في الإقليم، ريبوار عزيز"
RUSTAMI = "قائد القوات البرية في الحرس الثوري، العميد كاظم رستمي"
ASAYISH = "مدير أسايش القضاء، العقيد سردار حمه أمين"
QADIR166 = "قائممقام القضاء، هيمن قادر"
JCC = "مركز التنسيق المشترك للأزمات في حكومة الإقليم"
KARIMI = "عضو المكتب السياسي للحزب، دلشاد كريمي"
SALEH = "الباحث في الشأن الإيراني، آرام صالح"
# r167/r168: Birao (Vakaga), Central African Republic, the CPC attack
CPC = "«تحالف الوطنيين من أجل التغيير»"
NDOUBA = "المتحدث باسم القوات المسلحة لأفريقيا الوسطى، المقدم جان كلود ندوبا"
RU_EMB = "السفارة الروسية في بانغي"
MINUSCA = "بعثة الأمم المتحدة المتكاملة المتعددة الأبعاد لتحقيق الاستقرار في أفريقيا الوسطى (مينوسكا)"
ICRC = "اللجنة الدولية للصليب الأحمر"
KOUANGA = "محافظ فاكاغا، إيتيان كوانغا"
TIJANI = "المتحدث باسم التحالف، حامد تيجاني"
BELLO = "وزير الاتصال، ماكسيم بيلو"
LUANDA = "مصدر دبلوماسي في لواندا"
NGONO = "الباحث الكاميروني في الشؤون الأمنية، بول نغونو"
FAPA = "القوات المسلحة لأفريقيا الوسطى"
ZINGA = "رئيس أركان القوات المسلحة لأفريقيا الوسطى، الجنرال ألفونس زينغا"
ADAMA = "المتحدثة باسم بعثة «مينوسكا»، فلورنس أداما"
CORPS = "قناة «الفيلق الأفريقي»"
SD_MOFA = "وزارة الخارجية السودانية"
ZEIN = "مستشار قائد الدعم السريع، عمر الزين"
OCHA = "مكتب تنسيق الشؤون الإنسانية الأممي (أوتشا)"
MBAYA = "وزيرة العمل الإنساني، فيرجيني مبايا"
KOZO = "المحلل السياسي تييري كوزو"

ARTICLES: dict[str, dict[str, Any]] = {
    "r163_jenin_camp": {
        "outlet": "عربي21",
        "published": "2027-11-03",
        "entries": [
            E("hd", "قوات السلطة عجزت عن اقتحام المخيم لليوم الثالث", BRIG, BRIG, ORG, ":", HEAD),
            E("brig_repel", "مقاتليها صدوا «ثلاث محاولات لاقتحام المخيم» منذ فجر الثلاثاء", BRIG, "", ORG, "قالت",
              alt_types=[DOC], via=[TG]),
            E("brig_noadv", "عناصر الأجهزة الأمنية «لم يتقدموا مترا واحدا» باتجاه حارة الدمج", "مؤكدة", BRIG, ORG,
              "مؤكدة", alt_types=[DOC], via=[TG]),
            E("brig_coord", "السلطة الفلسطينية بتنفيذ العملية «بتنسيق كامل مع جيش الاحتلال»", "الكتيبة", BRIG, ORG,
              "واتهمت"),
            E("brig_7", "«سبعة شهداء» من أبناء المخيم منذ صباح الاثنين", "وأحصت", BRIG, ORG, "وأحصت"),
            E("sec_control", "القوات «بسطت سيطرتها على حارة الدمج ومحيط دوار العودة»", SHALABI, "", N_OFF, "أكد"),
            E("sec_40", "الحملة تلاحق «خارجين عن القانون» لا يتجاوز عددهم 40 مسلحا", "مضيفا", SHALABI, N_OFF,
              "مضيفا"),
            E("sec_22", "أسفرت عن توقيف 22 مطلوبا", "مضيفا", SHALABI, N_OFF, "مضيفا"),
            E("sec_nocoord", "تكون العملية قد نفذت «بأي تنسيق مع الاحتلال»", "الشلبي", SHALABI, N_OFF, "ونفى", NEG),
            E("sec_lies", "اتهامات الكتيبة بأنها «أكاذيب مكشوفة»", "واصفا", SHALABI, N_OFF, "واصفا"),
            E("moh4", "مقتل 4 أشخاص، بينهم عنصر في جهاز الأمن الوطني، وإصابة 17 آخرين منذ بدء العملية", MOH, "",
              ORG, "وأعلنت"),
            E("hosp3", "المستشفى استقبل ثلاث جثث، إحداها للفتى محمود السعدي (15 عاما)", AREDA, "", N_OFF, "وأوضح"),
            E("uncle", "رصاصة قناص من عناصر الأمن أصابته في رأسه أمام منزله", UNCLE, "", N_PER, "وقال", DIRECT,
              via=[A21]),
            E("sec_child", "الفتى سقط «برصاص المسلحين المتحصنين بين المنازل»", "الشلبي", SHALABI, N_OFF, "زعم"),
            E("fatah", "الكتيبة بأنها «تتلقى الأموال والأوامر من قيادة حماس في الخارج»", HAMDAN, "", N_OFF, "اتهم"),
            E("hamas_deny", "وجود أي صلة تنظيمية بين الحركة والكتيبة", TOUBASI, "", N_OFF, "ونفى", NEG, via=[A21]),
            E("hamas_sym", "علاقتها بالمقاتلين «لا تعدو التعاطف الشعبي»", "مؤكدا", TOUBASI, N_OFF, "مؤكدا",
              via=[A21]),
            E("notables_deal",
              "اللجنة توصلت مساء الثلاثاء إلى «تفاهم مبدئي» مع قيادة الأجهزة الأمنية يقضي بوقف إطلاق النار وسحب الآليات إلى أطراف المخيم",
              NOTABLES, "", A_OFF, "وأفادت", ANON, alt_types=[A_SRC]),
            E("ichr35", "اعتقال 35 شخصا منذ الاثنين، بينهم ستة قاصرين", ICHR, "", ORG, "وثقت"),
            E("unrwa2000", "أكثر من 2000 شخص غادروا المخيم نحو برقين وكفر دان", UNRWA163, "", ORG, "وذكرت"),
            E("gov_nodisp", "«الحياة تسير بشكل طبيعي» ولم تسجل «أي حالة نزوح»", JAYYOUSI, "", N_OFF, "قال"),
            E("an_weeks", "تمتد العملية «لأسابيع»", AWAD, "", N_PER, "ويرجح"),
            E("an_prestige", "السلطة «تسعى لاستعادة هيبتها» قبل أي ترتيبات سياسية", "معتبرا", AWAD, N_PER,
              "معتبرا"),
        ],
    },
    "r164_jenin_operation": {
        "outlet": "الشرق الأوسط",
        "published": "2027-11-04",
        "entries": [
            E("hd", "المرحلة الأولى من عملية جنين «حققت أهدافها»", PA, "", ORG, ":", HEAD),
            E("pa_phase", "انتهاء «المرحلة الأولى» من عمليتها الأمنية في مخيم جنين", PA, "", ORG, "أعلنت"),
            E("sec_full", "القوات «تسيطر بالكامل على المخيم باستثناء جيوب صغيرة في حارة الحواشين»", SHALABI164, "",
              N_OFF, "قال"),
            E("sec_31", "عدد الموقوفين ارتفع إلى ٣١ مطلوبا", SHALABI164, "", N_OFF, "قال"),
            E("sec_nonego", "وجود «أي مفاوضات مع الخارجين عن القانون»", "الشلبي", SHALABI164, N_OFF, "ونفى", NEG),
            E("sec_baseless", "ما يتداول عن تفاهمات مع وجهاء المخيم «لا أساس له»", "مضيفا", SHALABI164, N_OFF,
              "مضيفا"),
            E("nb_deal", "التفاهم أبرم مساء الثلاثاء «بحضور ضابط من الاستخبارات العسكرية»", ABUSARIYA, "", N_PER,
              "أكد", alt_types=[N_OFF], via=["«الشرق الأوسط»"]),
            E("nb_breach", "الأجهزة الأمنية «لم تلتزم به سوى ساعات»", "مشيرا", ABUSARIYA, N_PER, "مشيرا",
              alt_types=[N_OFF], via=["«الشرق الأوسط»"]),
            E("brig_stay", "«أكثر من مئتي مقاتل» لا يزالون يتمركزون في حارتي الدمج والحواشين", GHOUL, "", N_OFF,
              "قال", alt_types=[N_PER], via=["«الجزيرة»"]),
            E("brig_9", "عدد الشهداء ارتفع إلى تسعة", GHOUL, "", N_OFF, "قال", alt_types=[N_PER],
              via=["«الجزيرة»"]),
            E("brig_echo", "مقاتليها أفشلوا ثلاث محاولات لاقتحام المخيم", "الكتيبة", "«كتيبة جنين»", ORG, "قالت",
              alt_types=[DOC]),
            E("moh6", "حصيلة القتلى إلى ٦، بينهم عنصران من الأمن الوطني، والجرحى إلى ٢٣", "وزارة الصحة", "", ORG,
              "فرفعت"),
            E("ichr40", "عدد المعتقلين «تجاوز ٤٠»", ICHR, "", ORG, "وقالت"),
            E("committee", "الرصاصة التي قتلته «لا تطابق الأسلحة التي تستخدمها الأجهزة الأمنية»",
              "لجنة التحقيق الحكومية", "", ORG, "خلصت", alt_types=[DOC]),
            E("uncle_echo", "قناصا من عناصر الأمن أصابه في رأسه", "عمه", "", N_PER, "قال", via=["«عربي21»"]),
            E("kan_coord", "العملية «تجري بتنسيق وثيق مع الجيش الإسرائيلي»", "مسؤول أمني إسرائيلي", "", A_OFF,
              "نقلت", ANON, via=["هيئة البث «كان»"]),
            E("idf_nopart", "قوات الجيش «لم تشارك» في أي نشاط داخل المخيم", "متحدث عسكري إسرائيلي", "", A_OFF,
              "بالقول", ANON),
            E("pres_alliance", "حركتي حماس والجهاد الإسلامي بإدارة «تحالف عسكري» داخل المخيم", NASSAR, "", N_OFF,
              "اتهم"),
            E("jihad_indep", "الكتيبة «إطار محلي مستقل لا يتبع أي فصيل»", AZZAM, "", N_OFF, "وردت"),
            E("jihad_coord", "ما يربطها بـ«سرايا القدس» لا يتجاوز «التنسيق الميداني»", AZZAM, "", N_OFF, "وردت"),
            E("unrwa3000", "تقديرها للنازحين إلى نحو ٣ آلاف شخص", "«الأونروا»", "", ORG, "ورفعت"),
            E("unrwa_schools", "إغلاق مدارسها الأربع في المخيم", "لافتة", "«الأونروا»", ORG, "لافتة"),
            E("an_infight", "العملية «قد تفتح الباب لاقتتال داخلي أوسع»", DUAIBES, "", N_PER, "ويحذر"),
        ],
    },
    "r165_koya_strike": {
        "outlet": "السومرية نيوز",
        "published": "2027-11-11",
        "entries": [
            E("hd", "«تدمير مقرات الانفصاليين» قرب كويسنجق", "الحرس الثوري", IRGC, ORG, ":", HEAD),
            E("irgc_hq", "استهدفت فجر الأربعاء «مقرات الجماعات الإرهابية الانفصالية» قرب قضاء كويسنجق", IRGC, "",
              ORG, "أعلنت", alt_types=[DOC], via=[TASNIM]),
            E("irgc_20", "مقتل «أكثر من ٢٠ إرهابيا»", IRGC, "", ORG, "أعلنت", alt_types=[DOC], via=[TASNIM]),
            E("irgc_mossad", "الجماعات المستهدفة «كانت تخطط لعمليات تخريبية بدعم من الموساد»", "البيان", IRGC, ORG,
              "وأضاف", alt_types=[DOC], via=[TASNIM]),
            E("irgc_nociv", "الضربات «لم تلحق أي أذى بالمدنيين»", "مؤكدا", IRGC, ORG, "مؤكدا", alt_types=[DOC],
              via=[TASNIM]),
            E("kdpi_camp", "الصواريخ أصابت «مخيم آزادي» الذي يؤوي عائلات لاجئين", KDPI, "", ORG, "قال"),
            E("kdpi_3", "قتلت ثلاثة مدنيين بينهم امرأة وطفلها، وأصابت ١١ آخرين", KDPI, "", ORG, "قال"),
            E("rahimi_nohq", "وجود «أي مقر عسكري» في المخيم", RAHIMI, "", N_OFF, "ونفى", NEG, via=[SUMARIA]),
            E("rahimi_noisrael", "أي صلة للحزب بإسرائيل", RAHIMI, "", N_OFF, "ونفى", NEG, via=[SUMARIA]),
            E("rahimi_political", "نشاطه «سياسي وإعلامي فحسب»", "قائلا", RAHIMI, N_OFF, "قائلا", via=[SUMARIA]),
            E("ct_weapons", "الهجوم نفذ بأربع طائرات مسيرة وصاروخين باليستيين", CT, "", ORG, "فذكر"),
            E("ct_2", "مقتل شخصين وإصابة ستة", CT, "", ORG, "فذكر"),
            E("mayor_4", "مستشفى القضاء تسلم «أربع جثث»", QADIR, "", N_OFF, "وقال"),
            E("mayor_150", "نحو ١٥٠ عائلة نزحت من القرى المحيطة بالمخيم خشية ضربات جديدة", "مضيفا", QADIR, N_OFF,
              "مضيفا"),
            E("wit_3", "سمعوا «ثلاثة انفجارات متتالية» قرابة الثالثة فجرا", "سكان في أطراف البلدة", "", A_SRC,
              "وروى", ANON),
            E("mofa_summon", "استدعاء السفير الإيراني في بغداد وتسليمه مذكرة احتجاج شديدة اللهجة", IQ_MOFA, "", ORG,
              "أعلنت"),
            E("nsa_done", "بنود الاتفاق الأمني الموقع مع طهران عام ٢٠٢٣ «نفذت بالكامل»", NSA, "", ORG, "شددت"),
            E("nsa_disarmed", "عناصر الأحزاب المعارضة «جردوا من سلاحهم ونقلوا إلى مخيمات بعيدة عن الحدود»", NSA, "",
              ORG, "شددت"),
            E("ir_delay", "الضربة جاءت «بعد تلكؤ بغداد في تنفيذ التزاماتها»", NADERI, "", N_OFF, "قال"),
            E("ir_armed", "مسلحي تلك الأحزاب «ما زالوا يحتفظون بأسلحتهم قرب الحدود»", "مشيرا", NADERI, N_OFF,
              "مشيرا"),
            E("krg_civil", "الموقع المستهدف بأنه «مخيم مدني يخضع لإشراف أممي»", KRG, "", N_OFF, "وصف"),
            E("krg_call", "الحكومة الاتحادية إلى «موقف حازم يتجاوز بيانات الشجب»", "داعيا", KRG, N_OFF, "داعيا", OPT),
            E("unhcr_maybe", "يكون بين الضحايا لاجئون مسجلون لديها", UNHCR, "", ORG, "ولم تستبعد"),
            E("unhcr_900", "المخيم يضم نحو ٩٠٠ لاجئ", "موضحة", UNHCR, ORG, "موضحة"),
            E("an_msg", "الضربة «ربما تكون رسالة إلى واشنطن أكثر منها إلى أربيل»", JANABI, "", N_PER, "ويرى"),
        ],
    },
    "r166_koya_committee": {
        "outlet": "إندبندنت عربية",
        "published": "2027-11-13",
        "entries": [
            E("hd", "لا لجنة مشتركة مع بغداد قبل «تنفيذ الالتزامات»", "طهران", "وزارة الخارجية الإيرانية", ORG, ":",
              HEAD, alt_types=[N_OFF]),
            E("iq_committee",
              "رئيس الوزراء والرئيس الإيراني اتفقا في اتصال هاتفي مساء الجمعة على «تشكيل لجنة مشتركة للتحقيق في ضربة كويسنجق ومراجعة تطبيق الاتفاق الأمني»",
              MUSAWI, "", N_OFF, "قال"),
            E("ir_nocomm", "الاتفاق على أي لجنة", NADERI166, "", N_OFF, "نفى", NEG),
            E("ir_only", "ما بحث «يقتصر على التزامات العراق بموجب الاتفاق»", "مؤكدا", NADERI166, N_OFF, "مؤكدا"),
            E("emb_nosummon", "يكون سفيرها قد استدعي إلى وزارة الخارجية العراقية", EMB, "", ORG, "ونفت", NEG,
              alt_types=[DOC]),
            E("emb_routine", "لقاءه بوكيل الوزارة الأربعاء «مجرد تشاور روتيني»", "معتبرة", EMB, ORG, "معتبرة",
              alt_types=[DOC]),
            E("health5", "حصيلة القتلى ارتفعت إلى 5، بينهم طفلان", "دائرة صحة أربيل", "", ORG, "أفادت"),
            E("kdpi5", "الحصيلة إلى خمسة بعد وفاة جريحين", KDPI, "", ORG, "ورفع"),
            E("ct_only2", "القتلى «اثنان فقط»", AZIZ, "", N_OFF, "فأصر"),
            E("ct_fighters", "أنهما «من عناصر البيشمركة التابعة للحزب»", AZIZ, "", N_OFF, "فأصر"),
            E("unhcr_conf", "بين القتلى امرأة وطفلين مسجلين لديها بصفة لاجئين", UNHCR, "", ORG, "أكدت"),
            E("irgc_30", "عدد القتلى «تجاوز 30 عنصرا»", RUSTAMI, "", N_OFF, "ونقلت", via=[TASNIM]),
            E("irgc_training", "المواقع المستهدفة «معسكرات تدريب وليست مخيمات لاجئين»", RUSTAMI, "", N_OFF, "ونقلت",
              via=[TASNIM]),
            E("irgc_nociv_echo", "الضربات لم تلحق أي أذى بالمدنيين", "بيان الحرس", "الحرس الثوري", ORG, "زعم",
              alt_types=[DOC]),
            E("asayish_2", "اعتقال شخصين يشتبه في أنهما «أرسلا إحداثيات المخيم إلى الاستخبارات الإيرانية»", ASAYISH,
              "", N_OFF, "أعلن"),
            E("emb_nolink", "أي صلة لطهران بالموقوفين", "السفارة", EMB, ORG, "نفت", NEG, alt_types=[DOC]),
            E("mayor_echo", "نحو 150 عائلة نزحت من القرى المحيطة", QADIR166, "", N_OFF, "ونقلت",
              via=["«السومرية نيوز»"]),
            E("jcc_nodisp", "«لم يسجل أي نزوح» من قرى كويسنجق", JCC, "", ORG, "أكد"),
            E("kdpi_disarm", "مقاتليه سلموا أسلحتهم المتوسطة والثقيلة عام 2023 «ولم يعودوا يقتربون من الحدود»",
              KARIMI, "", N_OFF, "وقال", via=["«إندبندنت عربية»"]),
            E("kdpi_personal", "لا يحملون «سوى أسلحة فردية لحراسة المخيم»", "موضحا", KARIMI, N_OFF, "موضحا",
              via=["«إندبندنت عربية»"]),
            E("ir_armed_echo", "مسلحي تلك الأحزاب «ما زالوا يحتفظون بأسلحتهم قرب الحدود»", "نادري", NADERI166,
              N_OFF, "قال"),
            E("an_recur", "تتكرر الضربات «ما لم تحسم بغداد ملف هذه الأحزاب نهائيا»", SALEH, "", N_PER, "ويرجح"),
        ],
    },
    "r167_birao_attack": {
        "outlet": "الجزيرة نت",
        "published": "2027-11-20",
        "entries": [
            E("hd", "سيطرنا على مطار بيراو", CPC, "", ORG, ":", HEAD),
            E("cpc_airport", "مقاتليه سيطروا فجر الجمعة على مطار بيراو ومقر لواء الدرك في المدينة", CPC, "", ORG,
              "قال", alt_types=[DOC]),
            E("cpc_killed", "قتلوا «عشرات الجنود وثمانية مرتزقة روس»", CPC, "", ORG, "قال", alt_types=[DOC]),
            E("army_repel", "الجيش «صد الهجوم بالكامل»", NDOUBA, "", N_OFF, "أكد"),
            E("army_27", "قتل 27 متمردا", NDOUBA, "", N_OFF, "أكد"),
            E("army_12", "أسر 12 آخرين، بينهم 5 يحملون الجنسية السودانية", NDOUBA, "", N_OFF, "أكد"),
            E("army_3", "مقتل 3 جنود فقط", NDOUBA, "", N_OFF, "أكد"),
            E("army_infil", "المهاجمين «تسللوا من الأراضي السودانية» ليلا", "مضيفا", NDOUBA, N_OFF, "مضيفا"),
            E("ru_nodead", "سقوط أي قتيل بين «المدربين الروس»", RU_EMB, "", ORG, "ونفت", NEG, via=[TG]),
            E("ru_nopart", "أنهم «لم يشاركوا في القتال أصلا»", "مضيفة", RU_EMB, ORG, "مضيفة", via=[TG]),
            E("minusca_airport", "جنود حفظ السلام «يؤمنون مطار بيراو منذ صباح الجمعة»", MINUSCA, "", ORG, "وذكرت"),
            E("minusca_9", "9 مدنيين على الأقل قتلوا", MINUSCA, "", ORG, "وذكرت"),
            E("minusca_4000", "لجأ نحو 4000 شخص إلى محيط قاعدتها", MINUSCA, "", ORG, "وذكرت", OPT),
            E("icrc_31", "مستشفى المدينة استقبل 31 جريحا، بينهم نساء وأطفال", ICRC, "", ORG, "وأفادت"),
            E("prefect_14", "عدد القتلى المدنيين بلغ 14", KOUANGA, "", N_OFF, "قال", via=["الجزيرة نت"]),
            E("prefect_market", "المتمردين بإحراق السوق المركزي", "متهما", KOUANGA, N_OFF, "متهما",
              via=["الجزيرة نت"]),
            E("cpc_nomarket", "يكون مقاتلوه قد اقتربوا من السوق", TIJANI, "", N_OFF, "ونفى", NEG),
            E("cpc_shelling", "الحريق «نجم عن قصف مدفعي للجيش»", "زاعما", TIJANI, N_OFF, "زاعما"),
            E("wit_east", "مسلحين «يجوبون الأحياء الشرقية» حتى ظهر الجمعة", "سكان فروا نحو بلدة أم دافوق الحدودية",
              "", A_SRC, "وتحدث", ANON),
            E("gov_rsf", "التحالف بالقتال «جنبا إلى جنب مع عناصر من قوات الدعم السريع السودانية»", BELLO, "", N_OFF,
              "اتهم"),
            E("cpc_noforeign", "لا يوجد بين صفوفنا أي مقاتل أجنبي", "تيجاني", TIJANI, N_OFF, "قائلا", DIRECT),
            E("cpc_coord", "علاقة التحالف بمجموعات الرعاة العابرة للحدود بأنها «مجرد تنسيق لتأمين طرق الترحال»",
              "واصفا", TIJANI, N_OFF, "واصفا"),
            E("dip_msgs", "وسطاء أنغوليين «نقلوا رسائل» بين الحكومة والتحالف خلال الأسبوع الماضي", LUANDA, "", A_OFF,
              "وكشف", ANON),
            E("an_gold", "الهجوم «قد يكون محاولة للسيطرة على طرق تهريب الذهب والماشية» نحو دارفور", NGONO, "", N_PER,
              "ويرى"),
            E("an_hold", "يتمكن المتمردون من الاحتفاظ بالمدينة طويلا", "مستبعدا", NGONO, N_PER, "مستبعدا", NEG),
        ],
    },
    "r168_birao_airport": {
        "outlet": "سكاي نيوز عربية",
        "published": "2027-11-22",
        "entries": [
            E("hd", "بيراو «تحت السيطرة الكاملة» ومطارها لم يسقط", "جيش أفريقيا الوسطى", FAPA, ORG, ":", HEAD,
              alt_types=[N_OFF]),
            E("cs_control", "مدينة بيراو «تحت السيطرة الكاملة للجيش»", ZINGA, "", N_OFF, "أكد",
              via=["التلفزيون الرسمي"]),
            E("cs_airport", "مطارها «لم يسقط في أي لحظة»", ZINGA, "", N_OFF, "أكد", via=["التلفزيون الرسمي"]),
            E("cs_fled", "فلول المهاجمين «فروا شمالا نحو الحدود السودانية»", "مضيفا", ZINGA, N_OFF, "مضيفا",
              via=["التلفزيون الرسمي"]),
            E("cs_41", "عدد قتلى المتمردين إلى ٤١", "زينغا", ZINGA, N_OFF, "ورفع"),
            E("cpc_airport_echo", "سيطرته على مطار بيراو", CPC, "", ORG, "أعلن"),
            E("cpc_stay", "مقاتليه «لا يزالون يتمركزون في الأحياء الشرقية وعلى مشارف المطار»", CPC, "", ORG, "قال",
              alt_types=[DOC], via=["إذاعة «ندكي لوكا»"]),
            E("cpc_6", "لم يخسر سوى ستة من عناصره", "مؤكدا", CPC, ORG, "مؤكدا", alt_types=[DOC],
              via=["إذاعة «ندكي لوكا»"]),
            E("cpc_herders", "الموقوفين الاثني عشر لدى الجيش «رعاة ماشية لا صلة لهم بالتحالف»", "البيان", CPC, ORG,
              "وأضاف", alt_types=[DOC], via=["إذاعة «ندكي لوكا»"]),
            E("res_east", "مسلحي التحالف «ما زالوا ينتشرون في شوارع الحي»", "سكان من الحي الشرقي", "", A_SRC, "وأكد",
              ANON),
            E("min_13", "حصيلة القتلى المدنيين ارتفعت إلى ١٣", ADAMA, "", N_OFF, "وأبلغت",
              via=["«سكاي نيوز عربية»"]),
            E("min_airport", "المطار «ظل طوال الوقت تحت حماية قوات حفظ السلام والجيش»", ADAMA, "", N_OFF, "وأبلغت",
              via=["«سكاي نيوز عربية»"]),
            E("prefect_echo", "عدد القتلى المدنيين بلغ ١٤", KOUANGA, "", N_OFF, "نقل", via=["موقع «الجزيرة نت»"]),
            E("corps_wounded", "مدربين روسيين «أصيبا بجروح طفيفة أثناء صد الهجوم»", CORPS, "", MEDIA, "ورد",
              alt_types=[ORG], via=["«تلغرام»"]),
            E("ru_echo", "سقوط أي قتيل بينهم", "السفارة الروسية", "", ORG, "نفت", NEG),
            E("sd_rsf", "قوات الدعم السريع بإرسال «مئات المقاتلين» لمساندة المتمردين في بيراو", SD_MOFA, "", ORG,
              "واتهمت"),
            E("rsf_deny", "عبور أي من عناصر قواته الحدود", ZEIN, "", N_OFF, "نفى", NEG),
            E("rsf_export", "الاتهامات «محاولة لتصدير أزمات بانغي»", "معتبرا", ZEIN, N_OFF, "معتبرا"),
            E("min_notalks", "رفض الحكومة «أي تفاوض مع الإرهابيين»", BELLO, "", N_OFF, "وجدد"),
            E("min_nomed", "وجود وساطة أنغولية", "نافيا", BELLO, N_OFF, "نافيا", NEG),
            E("cpc_contacts", "بوجود «اتصالات غير مباشرة عبر لواندا»", TIJANI, "", N_OFF, "أقر"),
            E("ocha_7500", "عدد النازحين بنحو ٧٥٠٠ شخص", OCHA, "", ORG, "وقدر"),
            E("ocha_3000", "عبر ٣ آلاف منهم إلى ولاية جنوب دارفور السودانية", OCHA, "", ORG, "وقدر"),
            E("hum_noborder", "أحدا من السكان «لم يعبر الحدود»", MBAYA, "", N_OFF, "قالت"),
            E("hum_returned", "النازحين «عادوا إلى منازلهم»", MBAYA, "", N_OFF, "قالت"),
            E("an_weeks", "يعاود التحالف الهجوم «خلال أسابيع»", KOZO, "", N_PER, "ويرجح"),
            E("an_soft", "المدينة «تبقى رخوة» أمنيا", "مشيرا", KOZO, N_PER, "مشيرا"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Jenin: the brigade held its ground vs the security forces' control of al-Damj / the whole camp
        ("r163.hd", "r163.sec_control"),
        ("r163.brig_repel", "r163.sec_control"),
        ("r163.brig_noadv", "r163.sec_control"),
        ("r163.hd", "r164.sec_full"),
        ("r163.brig_repel", "r164.sec_full"),
        ("r163.brig_noadv", "r164.sec_full"),
        ("r164.brig_echo", "r163.sec_control"),  # the brigade's statement recalled the next day
        ("r164.brig_echo", "r164.sec_full"),
        ("r164.brig_stay", "r163.sec_control"),  # still stationed in al-Damj
        ("r164.brig_stay", "r164.sec_full"),
        ("r164.brig_stay", "r163.sec_40"),  # more than 200 fighters vs no more than 40 gunmen
        # coordination with the Israeli army vs the denial
        ("r163.brig_coord", "r163.sec_nocoord"),
        ("r163.brig_coord", "r163.sec_lies"),
        ("r164.kan_coord", "r163.sec_nocoord"),
        ("r164.kan_coord", "r163.sec_lies"),
        # tolls of the same operation
        ("r163.moh4", "r163.brig_7"),
        ("r164.moh6", "r163.brig_7"),  # 7 on Wednesday vs 6 on Thursday (tolls do not fall)
        ("r164.moh6", "r164.brig_9"),
        # arrests counted on the same day
        ("r163.sec_22", "r163.ichr35"),
        ("r164.sec_31", "r164.ichr40"),
        # who killed the boy
        ("r163.uncle", "r163.sec_child"),
        ("r164.uncle_echo", "r163.sec_child"),
        ("r163.uncle", "r164.committee"),
        ("r164.uncle_echo", "r164.committee"),
        # Hamas's / the factions' hand in the brigade
        ("r163.fatah", "r163.hamas_deny"),
        ("r163.fatah", "r163.hamas_sym"),
        ("r163.fatah", "r164.jihad_indep"),
        ("r164.pres_alliance", "r163.hamas_deny"),
        ("r164.pres_alliance", "r163.hamas_sym"),
        ("r164.pres_alliance", "r164.jihad_indep"),
        ("r164.pres_alliance", "r164.jihad_coord"),  # "a military alliance" vs "no more than field coordination"
        # the notables' understanding vs "baseless"
        ("r163.notables_deal", "r164.sec_baseless"),
        ("r164.nb_deal", "r164.sec_baseless"),
        # displacement
        ("r163.unrwa2000", "r163.gov_nodisp"),
        ("r164.unrwa3000", "r163.gov_nodisp"),
        ("r164.unrwa_schools", "r163.gov_nodisp"),  # schools closed vs "life goes on normally"
        # --- Koya: separatists' headquarters / training camps vs a refugee camp
        ("r165.irgc_hq", "r165.kdpi_camp"),
        ("r165.hd", "r165.kdpi_camp"),
        ("r165.irgc_hq", "r165.rahimi_nohq"),
        ("r165.hd", "r165.rahimi_nohq"),
        ("r165.irgc_hq", "r165.krg_civil"),
        ("r165.hd", "r165.krg_civil"),
        ("r166.irgc_training", "r165.kdpi_camp"),
        ("r166.irgc_training", "r165.rahimi_nohq"),
        ("r166.irgc_training", "r165.krg_civil"),
        ("r166.irgc_training", "r165.unhcr_900"),  # "not refugee camps" vs a camp of about 900 refugees
        # no civilian harmed vs civilians among the dead
        ("r165.irgc_nociv", "r165.kdpi_3"),
        ("r165.irgc_nociv", "r166.health5"),
        ("r165.irgc_nociv", "r166.unhcr_conf"),
        ("r166.irgc_nociv_echo", "r165.kdpi_3"),
        ("r166.irgc_nociv_echo", "r166.health5"),
        ("r166.irgc_nociv_echo", "r166.unhcr_conf"),
        ("r166.ct_fighters", "r165.kdpi_3"),  # both dead were party fighters vs three civilians
        ("r166.ct_fighters", "r166.health5"),
        ("r166.ct_fighters", "r166.unhcr_conf"),
        # tolls
        ("r165.irgc_20", "r165.ct_2"),
        ("r165.irgc_20", "r165.kdpi_3"),
        ("r165.irgc_20", "r165.mayor_4"),
        ("r165.irgc_20", "r166.health5"),
        ("r165.irgc_20", "r166.kdpi5"),
        ("r165.irgc_20", "r166.ct_only2"),
        ("r166.irgc_30", "r165.ct_2"),
        ("r166.irgc_30", "r165.kdpi_3"),
        ("r166.irgc_30", "r165.mayor_4"),
        ("r166.irgc_30", "r166.health5"),
        ("r166.irgc_30", "r166.kdpi5"),
        ("r166.irgc_30", "r166.ct_only2"),
        ("r165.ct_2", "r165.kdpi_3"),
        ("r165.ct_2", "r165.mayor_4"),
        ("r165.kdpi_3", "r165.mayor_4"),
        ("r166.ct_only2", "r166.health5"),
        ("r166.ct_only2", "r166.kdpi5"),
        ("r166.ct_only2", "r166.unhcr_conf"),
        ("r166.ct_only2", "r165.mayor_4"),
        ("r166.ct_only2", "r165.kdpi_3"),
        # Mossad vs a purely political party
        ("r165.irgc_mossad", "r165.rahimi_noisrael"),
        ("r165.irgc_mossad", "r165.rahimi_political"),
        # the 2023 security agreement: implemented, disarmed vs stalling, still armed near the border
        ("r165.nsa_done", "r165.ir_delay"),
        ("r165.nsa_done", "r165.ir_armed"),
        ("r165.nsa_disarmed", "r165.ir_armed"),
        ("r165.nsa_disarmed", "r165.ir_delay"),
        ("r166.kdpi_disarm", "r165.ir_armed"),
        ("r166.ir_armed_echo", "r165.nsa_done"),
        ("r166.ir_armed_echo", "r165.nsa_disarmed"),
        ("r166.ir_armed_echo", "r166.kdpi_disarm"),
        # the joint committee
        ("r166.iq_committee", "r166.ir_nocomm"),
        ("r166.iq_committee", "r166.hd"),
        ("r166.iq_committee", "r166.ir_only"),
        # the ambassador summoned vs "a routine consultation"
        ("r165.mofa_summon", "r166.emb_nosummon"),
        ("r165.mofa_summon", "r166.emb_routine"),
        # the two held for sending coordinates to Iranian intelligence vs no link with Tehran
        ("r166.asayish_2", "r166.emb_nolink"),
        # displacement
        ("r165.mayor_150", "r166.jcc_nodisp"),
        ("r166.mayor_echo", "r166.jcc_nodisp"),
        # --- Birao: the airport seized vs repelled / never fell / protected all along
        ("r167.hd", "r167.army_repel"),
        ("r167.cpc_airport", "r167.army_repel"),
        ("r167.hd", "r168.hd"),
        ("r167.cpc_airport", "r168.hd"),
        ("r167.hd", "r168.cs_airport"),
        ("r167.cpc_airport", "r168.cs_airport"),
        ("r167.hd", "r168.min_airport"),
        ("r167.cpc_airport", "r168.min_airport"),
        ("r168.cpc_airport_echo", "r167.army_repel"),
        ("r168.cpc_airport_echo", "r168.hd"),
        ("r168.cpc_airport_echo", "r168.cs_airport"),
        ("r168.cpc_airport_echo", "r168.min_airport"),
        ("r167.wit_east", "r167.army_repel"),  # gunmen roaming the eastern districts vs repelled entirely
        # still in the eastern districts vs full control / fled north
        ("r168.cpc_stay", "r168.cs_control"),
        ("r168.cpc_stay", "r168.hd"),
        ("r168.cpc_stay", "r168.cs_fled"),
        ("r168.res_east", "r168.cs_control"),
        ("r168.res_east", "r168.hd"),
        ("r168.res_east", "r168.cs_fled"),
        ("r168.cpc_stay", "r167.army_repel"),  # still inside on Monday vs the attack repelled entirely
        ("r168.res_east", "r167.army_repel"),
        # losses
        ("r167.cpc_killed", "r167.army_3"),
        ("r167.cpc_killed", "r167.ru_nodead"),
        ("r167.cpc_killed", "r167.ru_nopart"),
        ("r167.cpc_killed", "r168.ru_echo"),
        ("r168.corps_wounded", "r167.ru_nopart"),  # wounded repelling the attack vs "took no part at all"
        ("r168.cpc_6", "r167.army_27"),
        ("r168.cpc_6", "r168.cs_41"),
        ("r168.min_13", "r167.prefect_14"),
        ("r168.min_13", "r168.prefect_echo"),
        # the market fire
        ("r167.prefect_market", "r167.cpc_nomarket"),
        ("r167.prefect_market", "r167.cpc_shelling"),
        # foreign fighters
        ("r167.gov_rsf", "r167.cpc_noforeign"),
        ("r167.gov_rsf", "r168.rsf_deny"),
        ("r168.sd_rsf", "r167.cpc_noforeign"),
        ("r168.sd_rsf", "r168.rsf_deny"),
        ("r167.army_12", "r167.cpc_noforeign"),  # five Sudanese among the captured rebels
        ("r167.army_12", "r168.cpc_herders"),
        # Angolan mediation
        ("r167.dip_msgs", "r168.min_nomed"),
        ("r168.cpc_contacts", "r168.min_nomed"),
        # displacement
        ("r168.ocha_3000", "r168.hum_noborder"),
        ("r168.ocha_7500", "r168.hum_returned"),
    ],
    "agreements": [
        ("r163.brig_coord", "r164.kan_coord"),
        ("r163.sec_child", "r164.committee"),
        ("r163.fatah", "r164.pres_alliance"),
        ("r163.hamas_deny", "r164.jihad_indep"),
        ("r163.notables_deal", "r164.nb_deal"),
        ("r165.kdpi_camp", "r165.krg_civil"),
        ("r165.rahimi_nohq", "r165.krg_civil"),
        ("r165.unhcr_900", "r165.kdpi_camp"),
        ("r165.unhcr_900", "r165.krg_civil"),
        ("r166.ct_fighters", "r165.irgc_nociv"),
        ("r166.health5", "r166.kdpi5"),
        ("r165.kdpi_3", "r166.unhcr_conf"),
        ("r165.nsa_disarmed", "r166.kdpi_disarm"),
        ("r165.nsa_done", "r166.kdpi_disarm"),
        ("r168.cs_airport", "r168.min_airport"),
        ("r167.army_repel", "r168.min_airport"),
        ("r168.cpc_stay", "r168.res_east"),
        ("r167.gov_rsf", "r168.sd_rsf"),
        ("r167.cpc_noforeign", "r168.rsf_deny"),
        ("r167.dip_msgs", "r168.cpc_contacts"),
    ],
    "echoes": [
        ("r163.brig_repel", "r164.brig_echo"),
        ("r163.uncle", "r164.uncle_echo"),
        ("r165.irgc_nociv", "r166.irgc_nociv_echo"),
        ("r165.mayor_150", "r166.mayor_echo"),
        ("r165.ir_armed", "r166.ir_armed_echo"),
        ("r167.cpc_airport", "r168.cpc_airport_echo"),
        ("r167.ru_nodead", "r168.ru_echo"),
        ("r167.prefect_14", "r168.prefect_echo"),
    ],
    "not_contradictions": [
        ("r163.moh4", "r164.moh6"),  # the ministry's toll rose from 4 to 6
        ("r163.brig_7", "r164.brig_9"),  # the brigade's count rose from 7 to 9
        ("r163.sec_22", "r164.sec_31"),  # arrests rose from 22 to 31
        ("r163.ichr35", "r164.ichr40"),  # 35, then more than 40
        ("r163.unrwa2000", "r164.unrwa3000"),  # more than 2,000, then about 3,000
        ("r163.hosp3", "r163.moh4"),  # one hospital's three bodies among four dead
        ("r164.idf_nopart", "r164.kan_coord"),  # not taking part vs coordinating
        ("r164.idf_nopart", "r163.brig_coord"),
        ("r165.irgc_20", "r166.irgc_30"),  # more than 20, then more than 30
        ("r165.kdpi_3", "r166.kdpi5"),  # two wounded died
        ("r165.mayor_4", "r166.health5"),  # four bodies on Thursday, five dead on Saturday
        ("r165.wit_3", "r165.ct_weapons"),  # three blasts heard vs six projectiles
        ("r167.minusca_9", "r168.min_13"),  # at least 9, then 13
        ("r167.minusca_9", "r167.prefect_14"),  # "at least 9" vs 14
        ("r167.army_27", "r168.cs_41"),  # rebels killed, 27 then 41
        ("r167.ru_nodead", "r168.corps_wounded"),  # two wounded, none killed
        ("r168.ru_echo", "r168.corps_wounded"),
        ("r167.dip_msgs", "r168.min_notalks"),  # messages passed vs refusing negotiation
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
