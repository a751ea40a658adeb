"""Writes gold.json for the thirty-sixth relations set (r211..r216) from the annotations below
(`python3 -B tests/data/relations36/make_gold.py`).

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

# r211/r212: Zueitina oil port, a Petroleum Facilities Guard unit halts exports
NOC = "المؤسسة الوطنية للنفط"
CMD = "آمر الكتيبة المكلفة بحماية الميناء، العقيد ونيس الفاخري"
CMD212 = "آمر الكتيبة، العقيد ونيس الفاخري"
PFG = "جهاز حرس المنشآت النفطية"
PFG_SPK = "المتحدث باسم جهاز حرس المنشآت النفطية، النقيب حمزة الورفلي"
PFG_SPK212 = "متحدثه النقيب حمزة الورفلي"
MAYOR = "عميد بلدية الزويتينة، إدريس بورقيعة"
TT = "موقع «تانكر تراكرز»"
LNA = "القيادة العامة للقوات المسلحة"
LNA_SPK = "المتحدث باسم القيادة العامة، العميد نوري الحاسي"
MIN_OIL = "وزير النفط والغاز في حكومة الوحدة الوطنية، عمر البرغثي"
MIN_OIL212 = "وزير النفط والغاز عمر البرغثي"
MAGHARIBA = "مجلس أعيان قبيلة المغاربة"
KAWAFI = "الباحث في شؤون الطاقة جمال الكوافي"
LOCALS212 = "مصادر محلية في الزويتينة"
HOSP_AJD = "مستشفى أجدابيا العام"
SHEIKH = "الشيخ صالح بوعجيلة، عضو مجلس أعيان قبيلة المغاربة"
AWAMI = "المحلل السياسي الليبي فرج العوامي"
ARABI = "«العربي الجديد»"
SKY = "«سكاي نيوز عربية»"
# r213/r214: Comoros, clashes at polling stations in Mutsamudu (Anjouan) and the disputed result
MOI = "وزارة الداخلية القمرية"
MIN_IN = "وزير الداخلية، محمد علي ساندي"
MCD = "إذاعة مونت كارلو الدولية"
JUWA = "المتحدث باسم حزب جووا المعارض، إبراهيم مدي"
JUWA214 = "المتحدث باسمه، إبراهيم مدي"
HOMBO = "مدير مستشفى هومبو في موتسامودو، الطبيب عبد الكريم حسن علي"
CENI_HEAD = "رئيس اللجنة الوطنية المستقلة للانتخابات، ضياء الدين يوسف"
CENI = "اللجنة الوطنية المستقلة للانتخابات في جزر القمر"
AU = "رئيس بعثة مراقبي الاتحاد الأفريقي، الدبلوماسي الكيني جوزيف أوتينو"
GOV_SPK = "المتحدث باسم الحكومة، حسين مزي"
GEND = "قائد الدرك في أنجوان، العقيد حمادي عيسى"
NASR = "الباحث القمري في العلوم السياسية نصر الدين عبد الله"
AA = "الأناضول"
# r215/r216: al-Fashaga, a cross-border attack on farms, abducted farmers
SD_SPK = "المتحدث باسم القوات المسلحة السودانية، العميد معتصم حسن البدوي"
UNION_HEAD = "رئيس اتحاد مزارعي الفشقة، حامد الزين عوض"
ECS = "مكتب الاتصال الحكومي الإثيوبي"
SD_MOFA = "وزارة الخارجية السودانية"
GED_HEALTH = "وزارة الصحة بولاية القضارف"
FADNI = "الخبير العسكري السوداني اللواء المتقاعد عوض الكريم الفادني"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة (أوتشا)"
ST = "«سودان تريبيون»"
ETH_SPK = "المتحدث باسم وزارة الخارجية الإثيوبية، تسفاي ولدي ميكائيل"
AMHARA = "حكومة إقليم أمهرة"
DAWIT = "الباحث الإثيوبي في شؤون القرن الأفريقي داويت أسفاو"
WALI = "والي القضارف المكلف، إبراهيم الطيب أبشر"
UNION = "اتحاد مزارعي الفشقة"
ARABIYA = "«العربية.نت»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r211_zueitina_oil_port": {
        "outlet": "العربي الجديد",
        "published": "2028-07-04",
        "entries": [
            E("hd", "مسلحون أوقفوا الشحن في ميناء الزويتينة", NOC, "", ORG, ":", HEAD),
            E("noc_fm", "حالة القوة القاهرة على صادرات ميناء الزويتينة شرقي ليبيا", NOC, "", ORG, "أعلنت"),
            E(
                "noc_storm",
                "مسلحين من جهاز حرس المنشآت النفطية اقتحموا الميناء فجرا وأوقفوا عمليات الشحن بالقوة",
                "قائلة",
                NOC,
                ORG,
                "قائلة",
            ),
            E("noc_loss", "الإغلاق يحرم البلاد من نحو 90 ألف برميل يوميا", "المؤسسة", NOC, ORG, "وأضافت"),
            E(
                "cmd_orders",
                "عناصره «تسلموا الميناء بأوامر من رئاسة الجهاز ولم يقتحموه»",
                CMD,
                "",
                N_OFF,
                "قال",
                via=[ARABI],
            ),
            E(
                "cmd_wages",
                "الشحن سيبقى متوقفا حتى صرف رواتب الحرس المتأخرة منذ ثمانية أشهر",
                "مضيفا",
                CMD,
                N_OFF,
                "مضيفا",
                via=[ARABI],
            ),
            E("pfg_deny", "تكون رئاسة الجهاز أصدرت أي أمر بتسليم الميناء", PFG_SPK, "", N_OFF, "نفى", NEG),
            E("pfg_mutiny", "ما جرى «تمردا فرديا لا يمثل الجهاز»", "معتبرا", PFG_SPK, N_OFF, "معتبرا"),
            E(
                "sec_two",
                "اشتباكا قصيرا عند البوابة الرئيسية أدى إلى مقتل حارسين",
                "مصدر أمني في أجدابيا",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E("mayor_noshot", "سلم الميناء من دون إطلاق رصاصة واحدة", MAYOR, "", N_OFF, "قال", DIRECT),
            E("mayor_nohurt", "لم يصب أحد بأذى", MAYOR, "", N_OFF, "قال", DIRECT),
            E(
                "tt_left",
                "ناقلة يونانية غادرت الرصيف قبيل الاقتحام محملة بنحو 600 ألف برميل",
                TT,
                "",
                MEDIA,
                "وذكر",
                alt_types=[ORG],
            ),
            E(
                "zoc_notleft",
                "الناقلة «لم تكمل التحميل وما زالت راسية قبالة الميناء»",
                "مسؤول في شركة الزويتينة للنفط",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "lna_control",
                "وحداتها «استعادت السيطرة الكاملة» على الميناء وأنهت ما وصفته بالعصيان",
                LNA,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E("lna_resume", "التصدير سيستأنف خلال ساعات", "مؤكدة", LNA, ORG, "مؤكدة", alt_types=[DOC]),
            E("min_paid", "رواتب الحرس «صرفت كاملة حتى شهر مايو»", MIN_OIL, "", N_OFF, "وقال"),
            E("min_nodemand", "وزارته لم تتلق أي مطالب مكتوبة من المحتجين", "مشيرا", MIN_OIL, N_OFF, "مشيرا"),
            E(
                "reuters_half",
                "إنتاج حقلي أبو الطفل والانتصار، المرتبطين بالميناء، تراجع بنحو النصف",
                "مصدرين في قطاع النفط",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                alt_types=[A_SRC],
                via=["وكالة «رويترز»"],
            ),
            E(
                "workers",
                "أمرهم المسلحون بمغادرة الأرصفة ولم يسمحوا إلا لطواقم الصيانة بالبقاء",
                "عمال في الميناء",
                "",
                A_SRC,
                "ووفقا",
                ANON,
            ),
            E("tribe_solid", "تضامنه مع مطالب الحرس", MAGHARIBA, "", ORG, "وأعلن"),
            E(
                "tribe_demand",
                "الخلاف «مطلبي بحت ولا علاقة له بأي طرف سياسي»",
                "مؤكدا",
                MAGHARIBA,
                ORG,
                "مؤكدا",
            ),
            E(
                "an_lever",
                "الإغلاق «ورقة ضغط في صراع على تقاسم عائدات النفط، وليس احتجاجا على الرواتب»",
                KAWAFI,
                "",
                N_PER,
                "يرى",
            ),
        ],
    },
    "r212_zueitina_standoff": {
        "outlet": "سكاي نيوز عربية",
        "published": "2028-07-05",
        "entries": [
            E(
                "hd",
                "مسلحو «حرس المنشآت» ما زالوا داخل ميناء الزويتينة",
                "مصادر محلية",
                LOCALS212,
                A_SRC,
                ":",
                ANON,
                HEAD,
            ),
            E(
                "loc_still",
                "عناصر الكتيبة المنشقة عن جهاز حرس المنشآت النفطية ما زالوا يتمركزون داخل الميناء وعند بوابته الرئيسية",
                LOCALS212,
                "",
                A_SRC,
                "قالت",
                ANON,
                via=[SKY],
            ),
            E(
                "loc_noapproach",
                "آليات القيادة العامة «لم تقترب من الأسوار»",
                LOCALS212,
                "",
                A_SRC,
                "قالت",
                ANON,
                via=[SKY],
            ),
            E(
                "lna_renew",
                "الميناء «تحت السيطرة الكاملة للقوات المسلحة منذ مساء الاثنين»",
                LNA_SPK,
                "",
                N_OFF,
                "جدد",
            ),
            E("lna_rumor", "الحديث عن بقاء المسلحين بأنه «شائعات مغرضة»", "واصفا", LNA_SPK, N_OFF, "واصفا"),
            E("cmd_stay", "رجاله «باقون في مواقعهم»", CMD212, "", N_OFF, "قال", via=[SKY]),
            E(
                "cmd_deal",
                "اتفق الثلاثاء مع وفد من المؤسسة الوطنية للنفط على صرف الرواتب المتأخرة خلال أسبوع",
                CMD212,
                "",
                N_OFF,
                "قال",
                via=[SKY],
            ),
            E("cmd_renew_deny", "يكون الميناء قد اقتحم", "نافيا", CMD212, N_OFF, "نافيا", NEG, via=[SKY]),
            E(
                "noc_nodeal",
                "التوصل إلى أي اتفاق مع المسلحين",
                "المؤسسة",
                NOC,
                ORG,
                "نفت",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "noc_nonego",
                "أنها «لا تفاوض تحت تهديد السلاح»",
                "مؤكدة",
                NOC,
                ORG,
                "مؤكدة",
                OPT,
                alt_types=[DOC],
            ),
            E(
                "noc_loss2",
                "تقديرها لخسائر الإغلاق إلى أكثر من ١٠٠ ألف برميل يوميا",
                "ورفعت",
                NOC,
                ORG,
                "ورفعت",
                alt_types=[DOC],
            ),
            E("min_40k", "الخسائر «لا تتجاوز ٤٠ ألف برميل يوميا»", MIN_OIL212, "", N_OFF, "قال"),
            E(
                "min_tanker",
                "الناقلة اليونانية غادرت فجر الاثنين بحمولتها كاملة",
                "مؤكدا",
                MIN_OIL212,
                N_OFF,
                "مؤكدا",
            ),
            E("tt_echo", "أبحرت الناقلة محملة قبيل الاقتحام", TT, "", MEDIA, "وبحسب", alt_types=[ORG]),
            E("hosp_body", "استقبل جثة حارس قتل عند بوابة الميناء وجريحين", HOSP_AJD, "", ORG, "وأعلن"),
            E("hosp_one", "الاشتباك «لم يخلف سوى قتيل واحد»", "موضحا", HOSP_AJD, ORG, "موضحا"),
            E(
                "sec_echo",
                "حارسين قتلا في اشتباك عند البوابة",
                "مصدر أمني",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[ARABI],
            ),
            E("pfg_dismiss", "إعفاء الفاخري من مهامه وإحالته إلى التحقيق", PFG, "", ORG, "وأعلن"),
            E(
                "pfg_few",
                "«معظم عناصر الكتيبة عادوا إلى مقراتهم، ولم يبق مع آمرها في الميناء سوى بضع عشرات»",
                PFG_SPK212,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "workers2",
                "طواقم الصيانة عادت إلى الأرصفة صباح الثلاثاء، بينما بقيت أذرع التحميل مغلقة",
                "عمال في الميناء",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "sheikh_nocover",
                "القبيلة «لا تغطي أحدا»",
                SHEIKH,
                "",
                N_PER,
                "ونقلت",
                alt_types=[N_OFF],
                via=["وكالة الأنباء الليبية"],
            ),
            E(
                "sheikh_kin",
                "علاقتها بالكتيبة «مجرد صلة قرابة لا تحالف»",
                SHEIKH,
                "",
                N_PER,
                "ونقلت",
                alt_types=[N_OFF],
                via=["وكالة الأنباء الليبية"],
            ),
            E("an2_alliance", "الكتيبة «تحتمي بتحالف قبلي واضح مع أعيان المغاربة»", AWAMI, "", N_PER, "يرى"),
        ],
    },
    "r213_anjouan_polling_clashes": {
        "outlet": "مونت كارلو الدولية",
        "published": "2028-07-10",
        "entries": [
            E(
                "hd",
                "قتيل وسبعة جرحى في أعمال شغب رافقت الاقتراع بأنجوان",
                "الداخلية القمرية",
                MOI,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "moi_attack",
                "شبانا ملثمين هاجموا الأحد مراكز اقتراع في موتسامودو، كبرى مدن جزيرة أنجوان، وأحرقوا صناديقها",
                MOI,
                "",
                ORG,
                "أعلنت",
            ),
            E("moi_toll", "مقتل عنصر في الدرك وإصابة سبعة آخرين", MOI, "", ORG, "أعلنت"),
            E(
                "min_gas",
                "قوات الأمن «لم تستخدم سوى الغاز المسيل للدموع»",
                MIN_IN,
                "",
                N_OFF,
                "وقال",
                via=[MCD],
            ),
            E("min_accuse", "«جهات معارضة» بتحريض الشبان على العنف", "متهما", MIN_IN, N_OFF, "متهما", via=[MCD]),
            E("juwa_three", "ثلاثة من أنصار الحزب قتلوا برصاص الدرك", JUWA, "", N_OFF, "أكد"),
            E(
                "juwa_first",
                "عناصر الدرك «بادروا بإطلاق النار» على ناخبين تجمعوا سلميا",
                "موضحا",
                JUWA,
                N_OFF,
                "موضحا",
            ),
            E("juwa_noburn", "يكون أنصار الحزب أحرقوا أي صندوق", "ونفى", JUWA, N_OFF, "ونفى", NEG),
            E(
                "juwa_arrest",
                "مرشح الحزب لمنصب حاكم أنجوان، سعيد أحمد عبدو، «اعتقل مساء الأحد في منزله»",
                "مضيفا",
                JUWA,
                N_OFF,
                "مضيفا",
            ),
            E("hosp_two", "المستشفى استقبل جثتي مدنيين و١٩ جريحا", HOMBO, "", N_OFF, "وقال"),
            E("hosp_live", "«أربعة منهم مصابون بالرصاص الحي»", HOMBO, "", N_OFF, "وقال"),
            E("hosp_crit", "حالة ثلاثة من الجرحى «حرجة»", "وأضاف", HOMBO, N_OFF, "وأضاف"),
            E(
                "ceni_turnout",
                "نسبة المشاركة على المستوى الوطني بلغت نحو ٦١ في المئة",
                CENI_HEAD,
                "",
                N_OFF,
                "وأعلن",
            ),
            E("ceni_12", "التصويت تعطل في ١٢ مركزا فقط بأنجوان", "مشيرا", CENI_HEAD, N_OFF, "مشيرا"),
            E(
                "au_calm",
                "الاقتراع جرى «في أجواء هادئة عموما» باستثناء حوادث «محدودة» في أنجوان",
                AU,
                "",
                N_OFF,
                "قال",
            ),
            E("nb_7h", "انقطع الإنترنت في أنجوان بشكل شبه تام طوال سبع ساعات", "مرصد «نتبلوكس»", "", ORG, "وبحسب"),
            E("gov_tech", "الخلل «تقني بحت»", GOV_SPK, "", N_OFF, "أكد"),
            E("gov_1h", "لم يستمر «أكثر من ساعة»", GOV_SPK, "", N_OFF, "أكد"),
            E(
                "afp_23",
                "٢٣ شخصا أوقفوا، «بينهم ناشطون محليون في حزب جووا»",
                "مصدر في الدرك",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة فرانس برس"],
            ),
            E(
                "wit_fire",
                "إطلاق نار كثيف قرب ساحة السوق القديم استمر حتى المساء",
                "شهود عيان",
                "",
                A_SRC,
                "وتحدث",
                ANON,
            ),
            E("gend_curfew", "فرضنا حظر تجول ليليا على موتسامودو حتى إشعار آخر", GEND, "", N_OFF, "وقال", DIRECT),
            E("an_separat", "ما جرى «قد يعيد إحياء النزعة الانفصالية في أنجوان»", NASR, "", N_PER, "ويرى"),
            E("an_1997", "الجزيرة أعلنت انفصالها عام ١٩٩٧", "مذكرا", NASR, N_PER, "مذكرا"),
        ],
    },
    "r214_anjouan_disputed_results": {
        "outlet": "وكالة الأناضول",
        "published": "2028-07-12",
        "entries": [
            E(
                "hd",
                "صناديق أكثر من 40 مركزا في أنجوان أحرقت أو سرقت",
                "حزب جووا",
                "حزب جووا المعارض",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "ceni_result",
                "فوز مرشح حزب اتفاقية تجديد جزر القمر الحاكم، علوي بكر، بمنصب حاكم أنجوان بنسبة 57.4 في المئة",
                CENI,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "ceni_turnout_renew",
                "المشاركة على المستوى الوطني بلغت 61 في المئة",
                "مجددة",
                CENI,
                ORG,
                "مجددة",
            ),
            E("juwa_40", "صناديق «أكثر من 40 مركزا» أحرقت أو سرقت", JUWA214, "", N_OFF, "وقال", via=[AA]),
            E("juwa_30", "المشاركة «لم تتجاوز 30 في المئة»", JUWA214, "", N_OFF, "وقال", via=[AA]),
            E("juwa_fraud", "«تزويرا واسعا قلب النتيجة»", "مؤكدا", JUWA214, N_OFF, "مؤكدا", via=[AA]),
            E(
                "juwa_appeal",
                "الحزب سيطعن في النتائج أمام المحكمة العليا",
                "مدي",
                JUWA214,
                N_OFF,
                "وأضاف",
                via=[AA],
            ),
            E(
                "au_report",
                "المخالفات المسجلة «لم تكن بحجم يؤثر في النتيجة العامة»",
                "التقرير الأولي لبعثة مراقبي الاتحاد الأفريقي",
                "",
                DOC,
                "جاء في",
                alt_types=[ORG],
            ),
            E(
                "al_anjouan",
                "الإقبال في أنجوان «كان أضعف منه في الجزيرتين الأخريين»",
                "بعثة جامعة الدول العربية",
                "",
                ORG,
                "وذكرت",
            ),
            E("hosp_three", "وفاة مدني ثالث متأثرا بإصابته بالرصاص", "مستشفى هومبو", "", ORG, "وأعلن"),
            E(
                "moi_insist",
                "أعمال الشغب «لم تخلف سوى قتيل واحد من الدرك»",
                "وزارة الداخلية",
                "",
                ORG,
                "أصرت",
            ),
            E("min_noarrest", "يكون سعيد أحمد عبدو قد اعتقل", MIN_IN, "", N_OFF, "ونفى", NEG),
            E(
                "min_summon",
                "«استدعي فقط للاستماع إلى أقواله، وغادر مقر الدرك بعد ساعات»",
                "موضحا",
                MIN_IN,
                N_OFF,
                "موضحا",
            ),
            E(
                "lawyer_held",
                "موكلي ما زال محتجزا في مقر الدرك بموتسامودو",
                "محامي المرشح، عبد الحميد كامل",
                "",
                N_PER,
                "قال",
                DIRECT,
            ),
            E(
                "pros_14",
                "عدد من أوقفوا منذ الأحد «لم يتجاوز 14 شخصا»",
                "المدعي العام في موتسامودو، مصطفى علي بورهان",
                "",
                N_OFF,
                "وبحسب",
            ),
            E(
                "ceni_src9",
                "نتائج 9 مراكز في أنجوان ألغيت بسبب إتلاف صناديقها",
                "مصدر في اللجنة الانتخابية",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "crc_accuse",
                "أنصار جووا بـ«إشعال الفوضى بعدما أدركوا خسارتهم»",
                "الأمين العام للحزب الحاكم، يوسف بكاري",
                "",
                N_OFF,
                "واتهم",
            ),
            E("gend_lift", "رفع حظر التجول الليلي عن موتسامودو", GEND, "", N_OFF, "وأعلن"),
            E("gend_calm", "«الهدوء عاد بالكامل»", "مؤكدا", GEND, N_OFF, "مؤكدا"),
            E(
                "res_patrol",
                "آليات عسكرية ما زالت تجوب الأحياء وإن معظم المحال مغلقة",
                "سكانا",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[AA],
            ),
            E(
                "wit_echo",
                "إطلاق نار كثيفا سمع قرب ساحة السوق القديم",
                "شهود عيان",
                "",
                A_SRC,
                "نقلت",
                ANON,
                via=[MCD],
            ),
            E("gov_renew", "انقطاع الإنترنت في الجزيرة «لم يتجاوز ساعة»", GOV_SPK, "", N_OFF, "وجدد"),
        ],
    },
    "r215_fashaga_border_attack": {
        "outlet": "سودان تريبيون",
        "published": "2028-07-20",
        "entries": [
            E(
                "hd",
                "قوة إثيوبية نظامية شاركت في هجوم الفشقة",
                "الجيش السوداني",
                "القوات المسلحة السودانية",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "army_cross",
                "قوة من الجيش الإثيوبي ومسلحين من ميليشيات الأمهرة عبروا الحدود فجر الأربعاء وهاجموا مزارع في منطقة بركة نورين بالفشقة الصغرى",
                SD_SPK,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "army_hill",
                "القوات السودانية صدت الهجوم و«استعادت السيطرة على جبل أبو طيور قبل مغيب الشمس»",
                "مضيفا",
                SD_SPK,
                N_OFF,
                "مضيفا",
            ),
            E("army_toll", "الهجوم أسفر عن مقتل 4 جنود و9 مزارعين", "المتحدث", SD_SPK, N_OFF, "وأوضح"),
            E("army_losses", "المهاجمين تكبدوا «خسائر فادحة»", "مؤكدا", SD_SPK, N_OFF, "مؤكدا"),
            E(
                "mil_reinf",
                "الفرقة الثانية مشاة دفعت بتعزيزات كبيرة نحو الشريط الحدودي",
                "مصادر عسكرية",
                "",
                A_OFF,
                "وقالت",
                ANON,
                via=[ST],
            ),
            E(
                "union_17",
                "17 مزارعا على الأقل قتلوا",
                UNION_HEAD,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[ST],
            ),
            E(
                "union_23",
                "المسلحين «خطفوا 23 آخرين واقتادوهم إلى داخل الأراضي الإثيوبية»",
                UNION_HEAD,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[ST],
            ),
            E(
                "farmer_art",
                "بدأ القصف المدفعي من الجهة الإثيوبية قبل الفجر بساعة",
                "مزارع من بركة نورين",
                "",
                A_SRC,
                "وروى",
                ANON,
                DIRECT,
            ),
            E("eth_deny", "أي مشاركة للجيش الفيدرالي في الاشتباكات", ECS, "", ORG, "نفى", NEG),
            E("eth_mere", "ما حدث «مجرد مواجهة بين مزارعين ومسلحين محليين»", "معتبرا", ECS, ORG, "معتبرا"),
            E(
                "eth_first",
                "قوات سودانية بالتوغل أولا في أراض «تقع داخل الحدود الإثيوبية» والاعتداء على مزارعين إثيوبيين",
                "البيان",
                ECS,
                ORG,
                "واتهم",
                alt_types=[DOC],
            ),
            E(
                "ebc_five",
                "خمسة مزارعين إثيوبيين قتلوا برصاص جنود سودانيين",
                "مسؤول محلي في إقليم أمهرة",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["هيئة الإذاعة الإثيوبية"],
            ),
            E(
                "sov_1902",
                "الفشقة «أرض سودانية بموجب اتفاقية 1902، ولن نتنازل عن شبر منها»",
                "عضو مجلس السيادة، الفريق بشير آدم الطيب",
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "mofa_summon",
                "استدعاء القائم بالأعمال الإثيوبي وتسليمه مذكرة احتجاج",
                SD_MOFA,
                "",
                ORG,
                "وأعلنت",
            ),
            E("mofa_12", "12 مواطنا سودانيا اختطفوا خلال الهجوم", "مشيرة", SD_MOFA, ORG, "مشيرة"),
            E("health_11", "بلغت حصيلة القتلى 11 شخصا، إلى جانب 26 جريحا", GED_HEALTH, "", ORG, "وحسب"),
            E("health_kids", "بين الجرحى ستة أطفال", "الوزارة", GED_HEALTH, ORG, "وأشارت"),
            E(
                "loc_hill",
                "المسلحين «ما زالوا يتحصنون على السفح الشرقي لجبل أبو طيور» حتى مساء الأربعاء",
                "مصادر محلية في محلية باسندة",
                "",
                A_SRC,
                "وأكدت",
                ANON,
            ),
            E(
                "an_alliance",
                "الهجوم يكشف «تحالفا قائما بين الجيش الإثيوبي وميليشيات فانو» على الشريط الحدودي",
                FADNI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "ocha_3k",
                "نحو 3 آلاف شخص فروا من قرى الفشقة الصغرى نحو القلابات ومدينة القضارف",
                OCHA,
                "",
                ORG,
                "وقدر",
            ),
        ],
    },
    "r216_fashaga_abductees": {
        "outlet": "العربية نت",
        "published": "2028-07-21",
        "entries": [
            E(
                "hd",
                "لم يشارك أي جندي إثيوبي في اشتباكات الفشقة",
                "الخارجية الإثيوبية",
                "وزارة الخارجية الإثيوبية",
                ORG,
                ":",
                HEAD,
            ),
            E("eth_renew_deny", "مشاركة أي جندي إثيوبي في اشتباكات الفشقة", ETH_SPK, "", N_OFF, "نفى", NEG),
            E(
                "eth_nosummon",
                "القائم بالأعمال الإثيوبي في السودان «لم يتلق أي استدعاء، بل عقد لقاء تشاوريا عاديا»",
                "قائلا",
                ETH_SPK,
                N_OFF,
                "قائلا",
            ),
            E(
                "mofa_renew",
                "الاستدعاء «تم رسميا وسلمت خلاله مذكرة احتجاج مكتوبة»",
                SD_MOFA,
                "",
                ORG,
                "وردت",
            ),
            E("army_hill_renew", "قواته تسيطر «بالكامل» على جبل أبو طيور", SD_SPK, "", N_OFF, "وجدد"),
            E(
                "army_toll2",
                "ارتفاع حصيلة قتلى الجيش إلى ٦ جنود بعد وفاة جريحين",
                "معلنا",
                SD_SPK,
                N_OFF,
                "معلنا",
            ),
            E(
                "amhara_nofano",
                "«ميليشيات فانو لا تنشط في تلك المنطقة أصلا»",
                AMHARA,
                "",
                ORG,
                "وقالت",
                alt_types=[DOC],
            ),
            E(
                "amhara_defend",
                "مزارعين إثيوبيين «دافعوا عن أراضيهم في وجه توغل سوداني»",
                AMHARA,
                "",
                ORG,
                "وقالت",
                alt_types=[DOC],
            ),
            E(
                "an_coord",
                "العلاقة بين قادة ميدانيين في الجيش الإثيوبي ومسلحي فانو «لا تتعدى تنسيقا ظرفيا على الأرض، ولا ترقى إلى تحالف»",
                DAWIT,
                "",
                N_PER,
                "ويرى",
            ),
            E("wali_8", "إطلاق سراح ٨ من المزارعين المخطوفين", WALI, "", N_OFF, "وأعلن"),
            E("wali_noransom", "«من دون دفع أي فدية» بعد وساطة أهلية", WALI, "", N_OFF, "وأعلن"),
            E(
                "wali_hosp",
                "المفرج عنهم نقلوا إلى مستشفى القضارف التعليمي لتلقي العلاج",
                "مشيرا",
                WALI,
                N_OFF,
                "مشيرا",
            ),
            E("union_ransom", "الأسر «جمعت ٤٠ مليون جنيه فدية»", UNION, "", ORG, "قال", via=[ARABIYA]),
            E("union_15", "١٥ مزارعا ما زالوا في الأسر", UNION, "", ORG, "قال", via=[ARABIYA]),
            E(
                "freed_uniform",
                "كان بين خاطفينا جنود بالزي الرسمي للجيش الإثيوبي",
                "مزارعان أفرج عنهما",
                "",
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
                via=[ARABIYA],
            ),
            E(
                "union_echo",
                "١٧ مزارعا على الأقل قتلوا في الهجوم",
                "رئيس الاتحاد، حامد الزين عوض",
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=["موقع «سودان تريبيون»"],
            ),
            E("health_14", "الحصيلة إلى ١٤ قتيلا بعد وفاة ثلاثة من الجرحى", GED_HEALTH, "", ORG, "رفعت"),
            E(
                "ena_seven",
                "«سبعة مزارعين إثيوبيين» قتلوا برصاص الجنود السودانيين",
                "مسؤول محلي في إقليم أمهرة",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة الأنباء الإثيوبية"],
            ),
            E(
                "hac_1k",
                "عدد النازحين من الفشقة «لا يتجاوز ألف شخص»",
                "مفوضية العون الإنساني بولاية القضارف",
                "",
                ORG,
                "ووفقا",
            ),
            E("ocha_5k", "تقديره إلى نحو ٥ آلاف", "مكتب «أوتشا»", "", ORG, "رفع"),
            E(
                "igad",
                "«ضبط النفس»",
                "الهيئة الحكومية للتنمية في شرق أفريقيا (إيغاد)",
                "",
                ORG,
                "ودعت",
                OPT,
            ),
            E(
                "res_artillery",
                "دوي المدافع سمع طوال ليل الخميس من ناحية جبل أبو طيور",
                "سكان في القلابات",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ARABIYA],
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Zueitina: stormed by force vs handed over on orders, not stormed
        ("r211.noc_storm", "r211.cmd_orders"),
        ("r211.noc_storm", "r212.cmd_renew_deny"),
        # on the orders of the PFG leadership vs no order given, an individual mutiny
        ("r211.cmd_orders", "r211.pfg_deny"),
        ("r211.cmd_orders", "r211.pfg_mutiny"),
        # wages eight months late vs paid in full until May
        ("r211.cmd_wages", "r211.min_paid"),
        # a deadly clash at the gate vs handed over without a shot, nobody hurt
        ("r211.sec_two", "r211.mayor_noshot"),
        ("r211.sec_two", "r211.mayor_nohurt"),
        ("r212.sec_echo", "r211.mayor_noshot"),
        ("r212.sec_echo", "r211.mayor_nohurt"),
        ("r212.hosp_body", "r211.mayor_noshot"),
        ("r212.hosp_body", "r211.mayor_nohurt"),
        ("r212.hosp_one", "r211.mayor_nohurt"),
        # two guards killed vs only one dead
        ("r211.sec_two", "r212.hosp_one"),
        ("r212.sec_echo", "r212.hosp_one"),
        # the tanker left loaded vs never finished loading, still anchored
        ("r211.tt_left", "r211.zoc_notleft"),
        ("r212.tt_echo", "r211.zoc_notleft"),
        ("r212.min_tanker", "r211.zoc_notleft"),
        # who holds the port: the LNA since Monday evening vs the unit still inside
        ("r211.lna_control", "r212.hd"),
        ("r211.lna_control", "r212.loc_still"),
        ("r211.lna_control", "r212.loc_noapproach"),
        ("r211.lna_control", "r212.cmd_stay"),
        ("r211.lna_control", "r212.pfg_few"),
        ("r212.lna_renew", "r212.hd"),
        ("r212.lna_renew", "r212.loc_still"),
        ("r212.lna_renew", "r212.loc_noapproach"),
        ("r212.lna_renew", "r212.cmd_stay"),
        ("r212.lna_renew", "r212.pfg_few"),
        ("r212.lna_rumor", "r212.hd"),
        ("r212.lna_rumor", "r212.loc_still"),
        ("r212.lna_rumor", "r212.cmd_stay"),
        ("r212.lna_rumor", "r212.pfg_few"),
        # daily loss: about 90 thousand / more than 100 thousand vs no more than 40 thousand
        ("r211.noc_loss", "r212.min_40k"),
        ("r212.noc_loss2", "r212.min_40k"),
        # an agreement on wages with an NOC delegation vs no agreement
        ("r212.cmd_deal", "r212.noc_nodeal"),
        # a purely wage dispute vs a political lever
        ("r211.tribe_demand", "r211.an_lever"),
        # merely kinship, no alliance vs a clear tribal alliance
        ("r212.sheikh_kin", "r212.an2_alliance"),
        # --- Anjouan: who started the violence
        ("r213.moi_attack", "r213.juwa_first"),
        ("r214.crc_accuse", "r213.juwa_first"),
        # the dead: one gendarme (and seven hurt) vs three supporters shot / two civilian bodies and 19 hurt
        ("r213.moi_toll", "r213.juwa_three"),
        ("r213.hd", "r213.juwa_three"),
        ("r213.moi_toll", "r213.hosp_two"),
        ("r213.hd", "r213.hosp_two"),
        ("r214.moi_insist", "r213.juwa_three"),
        ("r214.moi_insist", "r213.hosp_two"),
        ("r214.moi_insist", "r214.hosp_three"),
        # only tear gas vs live ammunition
        ("r213.min_gas", "r213.juwa_three"),
        ("r213.min_gas", "r213.hosp_live"),
        ("r213.min_gas", "r213.wit_fire"),
        ("r213.min_gas", "r214.wit_echo"),
        ("r213.min_gas", "r214.hosp_three"),
        # the candidate arrested / still held vs merely summoned and released
        ("r213.juwa_arrest", "r214.min_noarrest"),
        ("r213.juwa_arrest", "r214.min_summon"),
        ("r214.lawyer_held", "r214.min_noarrest"),
        ("r214.lawyer_held", "r214.min_summon"),
        # voting disrupted in only 12 centres vs boxes of more than 40 burned or stolen
        ("r213.ceni_12", "r214.juwa_40"),
        ("r213.ceni_12", "r214.hd"),
        # national turnout about 61 percent vs no more than 30
        ("r213.ceni_turnout", "r214.juwa_30"),
        ("r214.ceni_turnout_renew", "r214.juwa_30"),
        # the result: fraud reversed it vs irregularities too small to matter / the announced winner
        ("r214.juwa_fraud", "r214.au_report"),
        ("r214.juwa_fraud", "r214.ceni_result"),
        # the internet outage: seven hours vs no more than an hour
        ("r213.nb_7h", "r213.gov_1h"),
        ("r213.nb_7h", "r214.gov_renew"),
        # detainees: 23 vs no more than 14 since Sunday
        ("r213.afp_23", "r214.pros_14"),
        # --- al-Fashaga: Ethiopian regular troops took part vs no Ethiopian soldier involved
        ("r215.army_cross", "r215.eth_deny"),
        ("r215.army_cross", "r215.eth_mere"),
        ("r215.hd", "r215.eth_deny"),
        ("r215.hd", "r215.eth_mere"),
        ("r215.army_cross", "r216.hd"),
        ("r215.army_cross", "r216.eth_renew_deny"),
        ("r215.hd", "r216.hd"),
        ("r215.hd", "r216.eth_renew_deny"),
        ("r216.freed_uniform", "r215.eth_deny"),
        ("r216.freed_uniform", "r215.eth_mere"),
        ("r216.freed_uniform", "r216.hd"),
        ("r216.freed_uniform", "r216.eth_renew_deny"),
        # who crossed first
        ("r215.army_cross", "r215.eth_first"),
        ("r215.farmer_art", "r215.eth_first"),
        ("r215.army_cross", "r216.amhara_defend"),
        ("r215.farmer_art", "r216.amhara_defend"),
        # whose land
        ("r215.eth_first", "r215.sov_1902"),
        # an army–Fano alliance on the border strip vs Fano not active there
        ("r215.an_alliance", "r216.amhara_nofano"),
        # an alliance vs merely tactical coordination
        ("r215.an_alliance", "r216.an_coord"),
        # the hill retaken before sunset vs gunmen still on its slope in the evening
        ("r215.army_hill", "r215.loc_hill"),
        # the toll of the attack
        ("r215.army_toll", "r215.union_17"),
        ("r215.army_toll", "r215.health_11"),
        ("r215.union_17", "r215.health_11"),
        ("r216.union_echo", "r215.army_toll"),
        ("r216.union_echo", "r215.health_11"),
        ("r215.union_17", "r216.health_14"),
        ("r216.union_echo", "r216.health_14"),
        # abducted: 23 (15 still held after 8 freed) vs 12
        ("r215.union_23", "r215.mofa_12"),
        ("r216.union_15", "r215.mofa_12"),
        # freed without a ransom vs a ransom collected
        ("r216.wali_noransom", "r216.union_ransom"),
        # the chargé d'affaires summoned vs no summons, an ordinary meeting
        ("r215.mofa_summon", "r216.eth_nosummon"),
        ("r216.mofa_renew", "r216.eth_nosummon"),
        # displaced: about 3 / 5 thousand vs no more than a thousand
        ("r216.hac_1k", "r215.ocha_3k"),
        ("r216.hac_1k", "r216.ocha_5k"),
    ],
    "agreements": [
        ("r212.cmd_stay", "r212.loc_still"),  # the unit is still in the port
        ("r212.pfg_few", "r212.loc_still"),  # some dozens remain inside
        ("r211.tt_left", "r212.min_tanker"),  # the tanker left loaded
        ("r212.tt_echo", "r212.min_tanker"),
        ("r213.hosp_live", "r213.juwa_three"),  # live ammunition was used
        ("r213.wit_fire", "r213.hosp_live"),
        ("r214.wit_echo", "r213.hosp_live"),
        ("r214.hosp_three", "r213.juwa_three"),  # three civilians killed by bullets
        ("r214.crc_accuse", "r213.min_accuse"),  # the opposition behind the violence
        ("r215.army_cross", "r215.farmer_art"),  # the attack came from the Ethiopian side
        ("r215.army_cross", "r216.freed_uniform"),  # Ethiopian soldiers among the attackers
        ("r215.hd", "r216.freed_uniform"),
        ("r215.eth_first", "r216.amhara_defend"),  # a Sudanese incursion came first
    ],
    "echoes": [
        ("r211.lna_control", "r212.lna_renew"),  # the LNA's claim of control, renewed by its spokesman
        ("r211.cmd_orders", "r212.cmd_renew_deny"),  # the commander denies again that the port was stormed
        ("r211.sec_two", "r212.sec_echo"),  # the security source to Al-Araby Al-Jadeed, recalled
        ("r211.tt_left", "r212.tt_echo"),  # TankerTrackers, recalled
        ("r213.ceni_turnout", "r214.ceni_turnout_renew"),  # turnout of 61 percent, renewed
        ("r213.moi_toll", "r214.moi_insist"),  # one gendarme dead, insisted on
        ("r213.wit_fire", "r214.wit_echo"),  # the witnesses to Monte Carlo Doualiya, retold
        ("r213.gov_1h", "r214.gov_renew"),  # the outage under an hour, renewed
        ("r215.army_hill", "r216.army_hill_renew"),  # control of Jebel Abu Tuyur, renewed
        ("r215.mofa_summon", "r216.mofa_renew"),  # the summons, restated
        ("r215.union_17", "r216.union_echo"),  # the union head to Sudan Tribune, retold
        ("r215.eth_deny", "r216.eth_renew_deny"),  # the Ethiopian denial, renewed
    ],
    "not_contradictions": [
        ("r211.noc_loss", "r212.noc_loss2"),  # the NOC raises its estimate after a field stops pumping
        ("r211.min_nodemand", "r211.cmd_wages"),  # a demand, but none in writing
        ("r211.tribe_solid", "r212.sheikh_nocover"),  # backing the demands vs covering no one
        ("r211.workers", "r212.workers2"),  # only maintenance crews on the quays
        ("r213.moi_attack", "r213.juwa_noburn"),  # boxes burned by masked youths, not said to be Juwa's
        ("r213.juwa_noburn", "r214.juwa_40"),  # boxes burned or stolen, not by Juwa supporters
        ("r213.juwa_noburn", "r214.hd"),
        ("r213.hosp_two", "r214.hosp_three"),  # the hospital's toll rises from two to three
        ("r213.ceni_12", "r214.ceni_src9"),  # nine cancelled among twelve disrupted
        ("r213.gend_curfew", "r214.gend_lift"),  # a curfew imposed, then lifted
        ("r214.gend_calm", "r214.res_patrol"),  # calm, with patrols and closed shops
        ("r213.nb_7h", "r213.gov_tech"),  # an outage, whatever its cause
        ("r213.ceni_turnout", "r214.al_anjouan"),  # national turnout vs lower turnout in Anjouan
        ("r215.army_toll", "r216.army_toll2"),  # army dead rise from four to six
        ("r215.health_11", "r216.health_14"),  # the health ministry's toll rises from 11 to 14
        ("r215.ocha_3k", "r216.ocha_5k"),  # OCHA raises its estimate
        ("r215.union_23", "r216.wali_8"),  # eight freed of 23
        ("r216.union_15", "r216.wali_8"),  # 15 still held after eight freed
        ("r215.mofa_12", "r216.wali_8"),  # eight freed of 12
        ("r215.ebc_five", "r215.army_toll"),  # Ethiopian farmers vs Sudanese dead
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
