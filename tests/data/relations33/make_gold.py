"""Writes gold.json for the 33rd relations set (r193..r198) from the annotations below (`python3 tests/data/relations33/make_gold.py`).

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

# r193/r194: al-Hol camp (Hasakah), the Asayish operation and the handover to Damascus
ASAYISH = "قوى الأمن الداخلي (الأسايش)"
HAJO = "المتحدث باسم الأسايش، دلشاد حاجو"
ISIS = "تنظيم «داعش»"
SOHR = "المرصد السوري لحقوق الإنسان"
NP = "موقع «نورث برس»"
CAMP_SRC = "مصدر في إدارة المخيم"
WOMEN = "نساء من قاطنات المخيم"
KRC = "منظمة الهلال الأحمر الكردي"
REDFORD = "المتحدث باسم التحالف الدولي، الكولونيل جيمس ريدفورد"
SY_MOI = "وزارة الداخلية السورية"
KHALIL = "الرئيسة المشتركة لإدارة المخيم، روناهي خليل"
IQ_MIG = "وزارة الهجرة العراقية"
AA_OFF = "مسؤول في الإدارة الذاتية"
ABUZEID = "الباحث في شؤون الجماعات المتشددة حسن أبو زيد"
ASHARQ = "«الشرق الأوسط»"
HASSO = "الرئيس المشترك لدائرة العلاقات الخارجية في الإدارة الذاتية، آلدار حسو"
KHATIB = "المتحدث باسم وزارة الداخلية السورية، مازن الخطيب"
RESIDENT = "إحدى القاطنات"
INDY = "«اندبندنت عربية»"
SDF_CMD = "قيادي في «قسد»"
JADAA = "مسؤول في مخيم الجدعة"
YOUSSEF = "الباحث الكردي شيرزاد يوسف"
# r195/r196: Tinzaouaten, the drone downed on the Algeria–Mali border
MDN = "وزارة الدفاع الوطني الجزائرية"
FAMA = "هيئة الأركان العامة للجيش المالي"
FLA = "«جبهة تحرير أزواد»"
AGHASSAN = "الناطق باسمها، إلياس أغ الحسن"
BAKAY = "أحد أعيان الشطر المالي من البلدة، الشيخ بكاي أغ سيدي"
AFP = "وكالة فرانس برس"
BBM = "مسؤول محلي في ولاية برج باجي مختار"
DZ_MFA = "الخارجية الجزائرية"
AES = "تحالف دول الساحل"
BELKACEM = "الباحث الجزائري في الشؤون الأمنية نور الدين بلقاسم"
KONATE = "وزير الخارجية المالي، موسى كوناتي"
TRAORE = "المتحدث باسمه، العقيد سيدو تراوري"
APS = "وكالة الأنباء الجزائرية"
APS_SRC = "مصدر عسكري"
BENAISSA = "وزير الاتصال الجزائري، رشيد بن عيسى"
ML_OFF = "مسؤول محلي مالي في تين زاواتين"
SEMENOV = "الخبير الروسي في الشؤون الأفريقية أندريه سيمينوف"
# r197/r198: Kutum, the WFP convoy attacked on the Tine–Kutum road
WFP = "برنامج الأغذية العالمي"
RSF = "قوات الدعم السريع"
ISSA = "المستشار الإعلامي لقائد الدعم السريع، حامد آدم عيسى"
TAHER197 = "الناطق باسم الجيش السوداني، العميد عثمان الطاهر"
TAHER198 = "الناطق باسم الجيش، العميد عثمان الطاهر"
DRIVER = "سائق نجا من الهجوم"
ER = "غرفة طوارئ كتم"
SRC = "جمعية الهلال الأحمر السوداني"
JF_SPK = "المتحدث باسم القوة المشتركة للحركات المسلحة، الرائد آدم يعقوب سليمان"
COORD = "المنسقية العامة للنازحين واللاجئين"
LUNDGREN = "منسقة الشؤون الإنسانية الأممية في السودان، كارين لوندغرين"
ABDELRAHIM = "الباحث السوداني صلاح الدين عبد الرحيم"
MIL_SRC = "مصدر عسكري سوداني"
HAMDAN = "المتحدثة باسم البرنامج، ليلى حمدان"
YALE = "صور أقمار صناعية حللها مختبر البحوث الإنسانية في جامعة ييل"
IOM = "المنظمة الدولية للهجرة"

ARTICLES: dict[str, dict[str, Any]] = {
    "r193_hasakah_hol_raid": {
        "outlet": "الشرق الأوسط",
        "published": "2028-04-07",
        "entries": [
            E("hd", "6 قتلى حصيلة عملية مخيم الهول وجميعهم من «داعش»", "الأسايش", ASAYISH, ORG, ":", HEAD),
            E(
                "op",
                "وحداتها أنهت فجر الجمعة «عملية نوعية» في القسم الخامس من مخيم الهول",
                ASAYISH,
                "",
                ORG,
                "أعلنت",
            ),
            E("hajo6", "حصيلة القتلى ستة مسلحين، «جميعهم من عناصر التنظيم»", HAJO, "", N_OFF, "وقال", via=[ASHARQ]),
            E("hajo_noloss", "سقوط أي قتيل في صفوف قواته", "نافيا", HAJO, N_OFF, "نافيا", NEG, via=[ASHARQ]),
            E(
                "hajo_first",
                "أفراد الخلية «بادروا بإلقاء قنابل يدوية على حاجز عند مدخل القسم»",
                "وأضاف",
                HAJO,
                N_OFF,
                "وأضاف",
                via=[ASHARQ],
            ),
            E(
                "hajo_noescape",
                "أحدا من قاطني المخيم لم يتمكن من الفرار",
                "مؤكدا",
                HAJO,
                N_OFF,
                "مؤكدا",
                via=[ASHARQ],
            ),
            E("amaq4", "مقاتليه قتلوا 4 من عناصر الأسايش", ISIS, "", ORG, "قد زعم", via=["وكالة «أعماق»"]),
            E("sohr11", "11 شخصا قتلوا، بينهم ثلاث نساء وطفلان", SOHR, "", ORG, "أفاد"),
            E("sohr_coal", "مروحيات للتحالف الدولي شاركت في تطويق القسم", "مشيرا", SOHR, ORG, "مشيرا"),
            E(
                "med9",
                "المستشفى الوطني في الحسكة استقبل 9 جثث",
                "مصدر طبي",
                "",
                A_OFF,
                "ونقل",
                ANON,
                alt_types=[A_SRC],
                via=[NP],
            ),
            E(
                "camp_escape",
                "14 امرأة وطفلا على الأقل فروا عبر ثغرة في السياج الجنوبي",
                CAMP_SRC,
                "",
                A_OFF,
                "ونقل",
                ANON,
                via=[NP],
            ),
            E(
                "res_first",
                "الدورية «اقتحمت الخيام قبل الفجر وأطلقت النار عشوائيا»",
                WOMEN,
                "",
                A_SRC,
                "وقالت",
                ANON,
            ),
            E("res_tents", "ما لا يقل عن 20 خيمة احترقت", WOMEN, "", A_SRC, "وقالت", ANON),
            E("krc16", "16 جريحا أسعفتهم فرقها", KRC, "", ORG, "وأحصت"),
            E("coal_deny", "مشاركة أي طائرة أو جندي من التحالف في العملية", REDFORD, "", N_OFF, "ونفى", NEG),
            E("coal_info", "دوره «اقتصر على تبادل المعلومات»", "موضحا", REDFORD, N_OFF, "موضحا"),
            E(
                "moi_agree",
                "التوصل إلى اتفاق مع «قسد» يقضي بتسليم إدارة المخيم إلى الوزارة قبل نهاية مايو",
                SY_MOI,
                "",
                ORG,
                "قد أعلنت",
            ),
            E("khalil_deny", "توقيع أي اتفاق", KHALIL, "", N_OFF, "نفت", NEG),
            E("khalil_discuss", "الملف ما زال قيد النقاش", "وقالت", KHALIL, N_OFF, "وقالت", DIRECT),
            E(
                "iq_convoy",
                "قافلة تضم 150 عائلة ستغادر المخيم السبت «وفق الجدول المقرر»",
                IQ_MIG,
                "",
                ORG,
                "وأعلنت",
            ),
            E("aa_postpone", "الرحلة أرجئت إلى أجل غير مسمى", AA_OFF, "", A_OFF, "أفاد", ANON),
            E(
                "an_test",
                "التنظيم «ربما أراد اختبار جاهزية الحراسة» قبل انتقال المخيم إلى سلطة جديدة",
                ABUZEID,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r194_hasakah_hol_handover": {
        "outlet": "اندبندنت عربية",
        "published": "2028-04-09",
        "entries": [
            E("hd", "لا اتفاق مع دمشق على تسليم مخيم الهول", "الإدارة الذاتية", "", ORG, ":", HEAD),
            E("hasso", "«أي اتفاق لم يوقع» مع دمشق بشأن مستقبل المخيم", HASSO, "", N_OFF, "قال"),
            E(
                "hasso_pledge",
                "الإدارة «لن تسلمه قبل ضمانات دولية بشأن مصير قاطنيه»",
                "مضيفا",
                HASSO,
                N_OFF,
                "مضيفا",
                OPT,
            ),
            E("khatib_signed", "الاتفاق «وقع بالأحرف الأولى»", KHATIB, "", N_OFF, "جدد"),
            E("khatib_weeks", "تتسلم الوزارة المخيم «خلال أسابيع»", "متوقعا", KHATIB, N_OFF, "متوقعا"),
            E(
                "khatib_accuse",
                "قيادات في «قسد» بـ«المماطلة تحت ضغط خارجي»",
                "واتهم",
                KHATIB,
                N_OFF,
                "واتهم",
            ),
            E("sohr13", "حصيلة قتلى العملية إلى ١٣، بينهم أربع نساء وثلاثة أطفال", SOHR, "", ORG, "ورفع"),
            E(
                "stable6",
                "الحصيلة «استقرت عند ستة قتلى من أفراد الخلية»",
                "الأسايش",
                ASAYISH,
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E(
                "asayish_first",
                "المسلحين «هم من بادر بإطلاق النار»",
                "البيان",
                ASAYISH,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E(
                "res_child",
                "طفلا في التاسعة قتل برصاص الدورية داخل خيمته",
                RESIDENT,
                "",
                A_SRC,
                "وروت",
                ANON,
                via=[INDY],
            ),
            E(
                "res_noshot",
                "«أحدا لم يهاجم العناصر» قبل اقتحام القسم",
                RESIDENT,
                "",
                A_SRC,
                "وروت",
                ANON,
                via=[INDY],
            ),
            E("unicef2", "طفلين على الأقل بين القتلى", "منظمة «يونيسف»", "", ORG, "وأكدت"),
            E(
                "np_escape",
                "١٤ امرأة وطفلا على الأقل فروا عبر ثغرة في السياج الجنوبي",
                CAMP_SRC,
                "",
                A_OFF,
                "وبحسب ما نقله",
                ANON,
                via=[NP],
            ),
            E("tried3", "إعادة ٣ نساء «حاولن التسلل» من السياج نفسه", "الأسايش", ASAYISH, ORG, "أعلنت"),
            E("khalil_tents2", "خيمتين فقط احترقتا", KHALIL, "", N_OFF, "وأكدت"),
            E("ocha30", "عدد الخيام المحترقة بنحو ٣٠", "مكتب «أوتشا» الأممي", "", ORG, "قدر"),
            E("sdf_air", "طيران التحالف الدولي «وفر غطاء جويا» للعملية", SDF_CMD, "", A_OFF, "وقال", ANON),
            E(
                "coal_recall",
                "مشاركة أي طائرة أو جندي من قواته",
                "التحالف",
                "التحالف الدولي",
                ORG,
                "قد نفى",
                NEG,
            ),
            E(
                "iq_arrived",
                "وصول القافلة صباح السبت إلى مخيم الجدعة جنوبي الموصل وعلى متنها ١٥٠ عائلة",
                IQ_MIG,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "rudaw90",
                "القافلة ضمت ٩٠ عائلة فقط",
                JADAA,
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["شبكة «رووداو»"],
            ),
            E(
                "krc21",
                "عدد الجرحى الذين أسعفهم الهلال الأحمر الكردي إلى ٢١",
                "المنظمة",
                "الهلال الأحمر الكردي",
                ORG,
                "بحسب",
            ),
            E("an_delay", "تؤجل دمشق تسلم المخيم إلى ما بعد الصيف", YOUSSEF, "", N_PER, "ويرجح"),
        ],
    },
    "r195_tinzaouaten_drone": {
        "outlet": "فرانس برس",
        "published": "2028-04-13",
        "entries": [
            E("hd", "إسقاط مسيرة مالية اخترقت الأجواء قرب تين زاواتين", "الدفاع الجزائرية", MDN, ORG, ":", HEAD),
            E(
                "mdn_shot",
                "دفاعاتها الجوية أسقطت بعيد منتصف ليل الأربعاء «طائرة مسيرة مسلحة» تابعة للجيش المالي",
                MDN,
                "",
                ORG,
                "أعلنت",
            ),
            E("mdn_2km", "توغلت «مسافة كيلومترين» داخل الأراضي الجزائرية", MDN, "", ORG, "أعلنت"),
            E(
                "mdn_nodamage",
                "الحطام سقط في منطقة خالية «دون تسجيل أي أضرار»",
                "الوزارة",
                MDN,
                ORG,
                "وأضافت",
            ),
            E(
                "fama_inside",
                "الطائرة «تحطمت قرابة الساعة 22:50 داخل الأراضي المالية، على بعد 9.5 كيلومترات من الحدود»",
                FAMA,
                "",
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E("fama_fault", "سقوطها نجم عن «عطل فني»", "مؤكدة", FAMA, ORG, "مؤكدة", alt_types=[DOC]),
            E(
                "fama_strike",
                "الطائرة «حيدت» قبل سقوطها 8 إرهابيين كانوا يجهزون عبوات ناسفة",
                "البيان",
                FAMA,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E("fama_nociv", "وجود أي مدني في المكان", "نافيا", FAMA, ORG, "نافيا", NEG, alt_types=[DOC]),
            E(
                "fla_accuse",
                "الجيش المالي وعناصر «الفيلق الأفريقي» الروسي بتنفيذ القصف",
                FLA,
                "",
                ORG,
                "اتهمت",
            ),
            E("fla5", "5 مدنيين قتلوا، بينهم طفلان", AGHASSAN, "", N_OFF, "وقال"),
            E(
                "bakay7",
                "القتلى «سبعة من المنقبين عن الذهب، ولم يكن بينهم مسلح واحد»",
                BAKAY,
                "",
                N_PER,
                "وقال",
                alt_types=[N_OFF],
                via=[AFP],
            ),
            E(
                "bakay_fire",
                "المنقبين «كانوا يتقاسمون الطعام حول نار عندما سقط الصاروخ»",
                "مضيفا",
                BAKAY,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
                via=[AFP],
            ),
            E(
                "res_cross",
                "«مئات العائلات» عبرت إلى الشطر الجزائري خشية غارات جديدة",
                "سكان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("iom1200", "عدد العابرين بنحو 1200 شخص", IOM, "", ORG, "قدرت"),
            E(
                "house",
                "شظايا الطائرة أصابت منزلا في الشطر الجزائري وجرحت امرأة",
                BBM,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "med4",
                "الجرحى الذين نقلوا إليه من الجانب المالي لا يتجاوز عددهم 4",
                "مصدر طبي في مستشفى الولاية",
                "",
                A_OFF,
                "أفاد",
                ANON,
                alt_types=[A_SRC],
            ),
            E("mfa_shirk", "باماكو بـ«التنصل من التزاماتها الأمنية»", DZ_MFA, "", ORG, "اتهمت"),
            E("mfa_three", "رصد ثلاثة خروق لأجوائها منذ يناير", "مشيرة", DZ_MFA, ORG, "مشيرة"),
            E(
                "ortm_recall",
                "باماكو استدعت سفيرها لدى الجزائر للتشاور",
                "التلفزيون الرسمي المالي",
                "",
                MEDIA,
                "وذكر",
            ),
            E("aes_hostile", "إسقاط الطائرة «عمل عدائي ضد الدول الثلاث»", AES, "", ORG, "اعتبر", alt_types=[DOC]),
            E(
                "dz_summon",
                "استدعاء القائم بالأعمال المالي لإبلاغه «احتجاجا شديد اللهجة»",
                "الجزائر",
                "",
                ORG,
                "أعلنت",
            ),
            E("un_call", "البلدين إلى «ضبط النفس وتغليب الحوار»", "الأمم المتحدة", "", ORG, "ودعت", OPT),
            E(
                "an_close",
                "الحادثة «قد تدفع الجزائر إلى إغلاق أجوائها بالكامل» أمام الطيران المالي",
                BELKACEM,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r196_tinzaouaten_border": {
        "outlet": "RT Arabic",
        "published": "2028-04-15",
        "entries": [
            E("hd", "الطائرة المسيرة سقطت داخل أراضينا ولم تعبر الحدود", "باماكو", "", ORG, ":", HEAD),
            E("fm_never", "أي طائرة مالية لم تعبر الحدود الجزائرية يوما", KONATE, "", N_OFF, "قال", via=["RT"]),
            E(
                "fm_norecall",
                "تكون بلاده قد استدعت سفيرها من الجزائر",
                "نافيا",
                KONATE,
                N_OFF,
                "نافيا",
                NEG,
                via=["RT"],
            ),
            E(
                "fm_noafrica",
                "أي دور لعناصر «الفيلق الأفريقي» في تشغيل الطائرة",
                "نفى",
                KONATE,
                N_OFF,
                "نفى",
                NEG,
                via=["RT"],
            ),
            E(
                "ru_emb",
                "المدربين الروس «لا يشاركون في أي عمليات قتالية»",
                "السفارة الروسية في باماكو",
                "",
                ORG,
                "أكدت",
            ),
            E("fama11", "عدد «الإرهابيين» الذين حيدتهم الطائرة إلى ١١", "الجيش المالي", "", ORG, "رفع"),
            E("traore_nociv", "لا مدنيين بين القتلى", TRAORE, "", N_OFF, "وقال"),
            E("traore_chase", "الطائرة كانت «تلاحق رتلا للإرهابيين قرب الحدود»", "موضحا", TRAORE, N_OFF, "موضحا"),
            E("fla7", "ارتفاع عدد القتلى المدنيين إلى ٧، بينهم طفلان وامرأة", FLA, "", ORG, "أعلنت"),
            E("fla_renew", "عناصر «الفيلق الأفريقي» بتوجيه الطائرة", "وجددت", FLA, ORG, "وجددت"),
            E(
                "bakay_echo",
                "القتلى «سبعة من المنقبين عن الذهب، ولم يكن بينهم مسلح واحد»",
                "أحد أعيان البلدة",
                "",
                A_SRC,
                "وبحسب ما نقلته",
                ANON,
                alt_types=[N_PER],
                via=[AFP],
            ),
            E("mdn_photos", "لحطام الطائرة «داخل التراب الجزائري»", "وزارة الدفاع الجزائرية", "", ORG, "قالت"),
            E(
                "aps_tracked",
                "الرادارات «رصدت الطائرة منذ لحظة دخولها الأجواء»",
                APS_SRC,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[APS],
            ),
            E(
                "house_echo",
                "شظايا الطائرة أصابت منزلا وجرحت امرأة",
                "مسؤول محلي جزائري",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["فرانس برس"],
            ),
            E("dz_defensive", "الإسقاط بأنه «إجراء دفاعي لا يستهدف أي دولة»", BENAISSA, "", N_OFF, "ووصف"),
            E("aes_echo", "عملا عدائيا ضد الدول الثلاث", AES, "", ORG, "قد اعتبره"),
            E("ml_nobody", "لم يغادر أحد البلدة", ML_OFF, "", A_OFF, "وقال", ANON, DIRECT),
            E("unhcr2000", "نحو ٢٠٠٠ عابر إلى الجزائر منذ ليل الأربعاء", "المفوضية الأممية للاجئين", "", ORG, "أحصت"),
            E("crc300", "توزيع خيام على ٣٠٠ عائلة وافدة", "الهلال الأحمر الجزائري", "", ORG, "وأعلن"),
            E(
                "res_schools",
                "مدرستين في البلدة تحولتا إلى مراكز إيواء للوافدين",
                "سكان في الشطر الجزائري",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=["RT"],
            ),
            E(
                "an_pressure",
                "الجزائر «ربما تسعى إلى الضغط على باماكو» في ملف الحوار مع الحركات الأزوادية",
                SEMENOV,
                "",
                N_PER,
                "ويعتقد",
            ),
        ],
    },
    "r197_kutum_convoy": {
        "outlet": "الجزيرة نت",
        "published": "2028-04-23",
        "entries": [
            E("hd", "مقتل ٣ سائقين في هجوم على قافلة إغاثة قرب كتم", "الأغذية العالمي", WFP, ORG, ":", HEAD),
            E("wfp_burn", "١٠ من أصل ٢٢ شاحنة احترقت بالكامل", WFP, "", ORG, "قال", alt_types=[DOC]),
            E("wfp_noloot", "الحمولة «أتلفت بالنار ولم تنهب»", "مؤكدا", WFP, ORG, "مؤكدا", alt_types=[DOC]),
            E(
                "wfp_notified",
                "القافلة أبلغت طرفي الحرب بمسارها قبل ٤٨ ساعة",
                "مؤكدا",
                WFP,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E("rsf_drone", "الجيش بقصف القافلة بطائرة مسيرة", RSF, "", ORG, "واتهمت"),
            E("rsf5", "٥ سائقين قتلوا", "قائلة", RSF, ORG, "قائلة"),
            E("rsf_nonear", "يكون عناصرها قد اقتربوا من الشاحنات", "ونفت", RSF, ORG, "ونفت", NEG),
            E(
                "rsf_noinfo",
                "القافلة «لم تبلغ قواتنا بمسارها أو موعد مرورها»",
                ISSA,
                "",
                N_OFF,
                "وقال",
                via=["الجزيرة نت"],
            ),
            E(
                "rsf_hour",
                "قواته نقلت الجرحى إلى مستشفى كتم «خلال أقل من ساعة»",
                "مضيفا",
                ISSA,
                N_OFF,
                "مضيفا",
                via=["الجزيرة نت"],
            ),
            E(
                "army_nosortie",
                "يكون الطيران قد نفذ أي طلعة فوق شمال دارفور يوم السبت",
                TAHER197,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E("army_loot", "عناصر الدعم السريع «نهبوا الشاحنات ثم أحرقوها»", "مؤكدا", TAHER197, N_OFF, "مؤكدا"),
            E(
                "drv_gunmen",
                "مسلحين على سيارات رباعية الدفع «أفرغوا حمولة الشاحنات الأولى قبل إشعال النار فيها»",
                DRIVER,
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E("drv_noplane", "لم نسمع صوت أي طائرة", "مضيفا", DRIVER, A_SRC, "مضيفا", ANON, DIRECT),
            E("er7", "٧ سائقين قتلوا", ER, "", ORG, "وأفادت"),
            E(
                "er_wait",
                "الجرحى «ظلوا في العراء أكثر من ست ساعات» قبل نقلهم إلى أي مستشفى",
                ER,
                "",
                ORG,
                "وأفادت",
            ),
            E("src6", "فرقها انتشلت ٦ جثث من موقع الهجوم", SRC, "", ORG, "فذكرت"),
            E("rsf_control", "«سيطرتها الكاملة» على مدينة كتم منذ الجمعة", "الدعم السريع", RSF, ORG, "وأعلنت"),
            E("jf_fighting", "مقاتليه «ما زالوا يقاتلون داخل الأحياء الشرقية»", JF_SPK, "", N_OFF, "قال"),
            E(
                "jf_shields",
                "الدعم السريع بـ«استخدام المدنيين دروعا بشرية»",
                "متهما",
                JF_SPK,
                N_OFF,
                "متهما",
            ),
            E("res_clash", "اشتباكات لم تتوقف داخل المدينة حتى فجر الأحد", "سكان", "", A_SRC, "وتحدث", ANON),
            E("coord4000", "نحو ٤ آلاف شخص فروا من كتم إلى مخيمات طويلة خلال يومين", COORD, "", ORG, "وقالت"),
            E(
                "un_pause",
                "موافقة الطرفين على «هدنة إنسانية مدتها ٧٢ ساعة» لإجلاء الجرحى وسحب الشاحنات",
                LUNDGREN,
                "",
                N_OFF,
                "أعلنت",
            ),
            E("an_message", "الهجوم «رسالة لقطع الإمدادات عن طويلة»", ABDELRAHIM, "", N_PER, "ويرجح"),
        ],
    },
    "r198_kutum_truce": {
        "outlet": "بي بي سي عربي",
        "published": "2028-04-24",
        "entries": [
            E("hd", "لم نوافق على أي هدنة في شمال دارفور", "الجيش السوداني", "", ORG, ":", HEAD),
            E(
                "mil_noproposal",
                "قيادة الجيش السوداني «لم تتلق أصلا أي مقترح لهدنة» في شمال دارفور",
                MIL_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=["بي بي سي"],
            ),
            E(
                "mil_noaccept",
                "الجيش «لن يقبل هدنة تمنح الخصم فرصة لإعادة التموضع»",
                "مضيفا",
                MIL_SRC,
                A_OFF,
                "مضيفا",
                ANON,
                OPT,
                via=["بي بي سي"],
            ),
            E("un_echo", "موافقة الطرفين على هدنة مدتها 72 ساعة", LUNDGREN, "", N_OFF, "قد أعلنت"),
            E("rsf_commit", "التزامها بالهدنة", RSF, "", ORG, "أكدت"),
            E("rsf_ammo", "بعض الشاحنات «كانت تنقل ذخيرة للقوة المشتركة»", ISSA, "", N_OFF, "قد ادعى"),
            E(
                "sarho_flow",
                "القوافل «تتدفق بشكل طبيعي» عبر معبر الطينة",
                "الوكالة السودانية للإغاثة التابعة للقوات",
                "",
                ORG,
                "قالت",
            ),
            E("wfp_suspend", "تعليق قوافله عبر المعبر حتى إشعار آخر", WFP, "", ORG, "أعلن"),
            E("wfp4", "عدد السائقين القتلى إلى 4 بعد وفاة أحد الجرحى", "ورفع", WFP, ORG, "ورفع"),
            E("wfp_coords", "إحداثيات القافلة «سلمت للطرفين قبل يومين من انطلاقها»", HAMDAN, "", N_OFF, "وقالت"),
            E(
                "wfp_onlyfood",
                "تكون الشاحنات قد حملت «أي شيء سوى الذرة الرفيعة والزيوت»",
                "نافية",
                HAMDAN,
                N_OFF,
                "نافية",
                NEG,
            ),
            E("wfp12", "12 شاحنة نجت ووصلت إلى طويلة", "وأوضحت", HAMDAN, N_OFF, "وأوضحت"),
            E(
                "yale_crater",
                "«حفرة تتسق مع ضربة جوية» على بعد أمتار من الشاحنات المحترقة",
                YALE,
                "",
                DOC,
                "وأظهرت",
                alt_types=[ORG],
            ),
            E("army_renew", "تنفيذ أي غارة في المنطقة", TAHER198, "", N_OFF, "جدد نفيه", NEG),
            E(
                "hac_accuse",
                "الدعم السريع بـ«استهداف القافلة عمدا»",
                "مفوضية العون الإنساني الحكومية",
                "",
                ORG,
                "واتهمت",
            ),
            E(
                "rsf_pockets",
                "«آخر جيوب» القوة المشتركة في كتم «سقطت مساء السبت»",
                "قائد ميداني في الدعم السريع",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["بي بي سي"],
            ),
            E(
                "jf_still",
                "مقاتليها «ما زالوا متمركزين في الحي الشرقي وحول السوق»",
                "القوة المشتركة",
                "",
                ORG,
                "أكدت",
            ),
            E(
                "res_streets",
                "مقاتلي القوة المشتركة «ما زالوا ينتشرون في الشوارع»",
                "سكان في الحي الشرقي",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "rsf_nobody",
                "أحدا لم يغادر المدينة",
                "الإدارة المدنية التابعة للدعم السريع في كتم",
                "",
                ORG,
                "وقالت",
            ),
            E("iom6000", "عدد الفارين منها بنحو 6 آلاف شخص", IOM, "", ORG, "قدرت"),
            E(
                "er_echo",
                "الجرحى «ظلوا في العراء أكثر من ست ساعات» قبل نقلهم إلى أي مستشفى",
                ER,
                "",
                ORG,
                "ونقلت",
                via=["«الجزيرة نت»"],
            ),
            E(
                "an_before",
                "إعلان الهدنة «ربما سبق توافقا فعليا بين الطرفين على تفاصيلها»",
                "الباحث في الشأن السوداني عادل المكاشفي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- al-Hol: tolls of the same operation (6 ISIS members / 11 / 9 bodies at one hospital; 6 vs 13)
        ("r193.hd", "r193.sohr11"),
        ("r193.hajo6", "r193.sohr11"),
        ("r193.hd", "r193.med9"),  # 9 bodies reached one hospital vs six killed in all
        ("r193.hajo6", "r193.med9"),
        ("r194.stable6", "r194.sohr13"),
        ("r193.sohr11", "r194.stable6"),  # 11 on Friday vs "settled at six" on Sunday (tolls do not fall)
        ("r193.med9", "r194.stable6"),
        # who the dead were: all cell members vs children among them
        ("r193.hajo6", "r194.res_child"),
        ("r193.hajo6", "r194.unicef2"),
        ("r193.hajo6", "r194.sohr13"),  # "all members" vs three children (the counts alone, lower first, are not paired)
        ("r193.hd", "r194.res_child"),  # headline copy
        ("r193.hd", "r194.unicef2"),
        ("r193.hd", "r194.sohr13"),
        ("r194.stable6", "r194.res_child"),
        ("r194.stable6", "r194.unicef2"),
        # nobody escaped vs 14 women and children fled through the fence
        ("r193.hajo_noescape", "r193.camp_escape"),
        ("r193.hajo_noescape", "r194.np_escape"),  # the same source retold through North Press
        # who started it: grenades thrown by the cell vs the patrol storming and firing at random
        ("r193.hajo_first", "r193.res_first"),
        ("r193.hajo_first", "r194.res_noshot"),
        ("r194.asayish_first", "r193.res_first"),
        ("r194.asayish_first", "r194.res_noshot"),
        # the coalition's part: helicopters / air cover vs no aircraft or soldier, only information
        ("r193.sohr_coal", "r193.coal_deny"),
        ("r193.sohr_coal", "r193.coal_info"),
        ("r194.sdf_air", "r193.coal_deny"),
        ("r194.sdf_air", "r193.coal_info"),
        ("r194.sdf_air", "r194.coal_recall"),  # the recalled denial
        ("r193.sohr_coal", "r194.coal_recall"),
        # the handover: an agreement reached / initialled vs no agreement signed, still under discussion
        ("r193.moi_agree", "r193.khalil_discuss"),
        ("r193.moi_agree", "r194.hd"),
        ("r194.khatib_signed", "r194.hd"),
        ("r194.khatib_signed", "r194.hasso"),
        ("r194.khatib_signed", "r193.khalil_deny"),
        ("r194.khatib_signed", "r193.khalil_discuss"),
        # burnt tents: at least 20 / about 30 vs two only
        ("r193.res_tents", "r194.khalil_tents2"),
        ("r194.ocha30", "r194.khalil_tents2"),
        # the Iraqi convoy: leaving on schedule / arrived vs postponed indefinitely; 150 vs 90 families
        ("r193.iq_convoy", "r193.aa_postpone"),
        ("r194.iq_arrived", "r193.aa_postpone"),
        ("r194.iq_arrived", "r194.rudaw90"),
        # Asayish losses
        ("r193.amaq4", "r193.hajo_noloss"),
        # --- Tinzaouaten: where the drone was, and whether it crossed
        ("r195.hd", "r196.hd"),
        ("r195.hd", "r196.fm_never"),
        ("r195.mdn_2km", "r196.hd"),
        ("r195.mdn_2km", "r196.fm_never"),
        ("r195.mfa_three", "r196.fm_never"),
        ("r196.mdn_photos", "r196.hd"),
        ("r196.mdn_photos", "r196.fm_never"),
        ("r196.mdn_photos", "r195.fama_inside"),
        ("r196.aps_tracked", "r196.fm_never"),
        ("r196.aps_tracked", "r196.hd"),
        # shot down after midnight vs crashed at 22:50 from a technical fault
        ("r195.mdn_shot", "r195.fama_fault"),
        ("r195.hd", "r195.fama_fault"),
        ("r195.mdn_shot", "r195.fama_inside"),
        # the dead: 8 / 11 "terrorists", no civilian vs 5 / 7 civilians, gold miners, no gunman
        ("r195.fama_strike", "r195.bakay7"),
        ("r195.fla5", "r195.bakay7"),  # 5 vs 7 on the same day
        ("r195.fama_strike", "r195.bakay_fire"),  # preparing explosive devices vs sharing food round a fire
        ("r195.fama_nociv", "r195.fla5"),
        ("r195.fama_nociv", "r195.bakay7"),
        ("r196.fama11", "r196.bakay_echo"),
        ("r196.traore_nociv", "r196.fla7"),
        ("r196.traore_nociv", "r196.bakay_echo"),
        ("r196.traore_nociv", "r195.bakay7"),
        ("r195.fama_nociv", "r196.fla7"),
        # Africa Corps: operating the drone vs no part in it / no combat
        ("r195.fla_accuse", "r196.fm_noafrica"),
        ("r195.fla_accuse", "r196.ru_emb"),
        ("r196.fla_renew", "r196.fm_noafrica"),
        ("r196.fla_renew", "r196.ru_emb"),
        # damage: no damage vs a house hit and a woman wounded
        ("r195.mdn_nodamage", "r195.house"),
        ("r195.mdn_nodamage", "r196.house_echo"),
        # the ambassador recalled vs denied
        ("r195.ortm_recall", "r196.fm_norecall"),
        # displacement: nobody left vs families crossing into Algeria
        ("r196.ml_nobody", "r195.res_cross"),
        ("r196.ml_nobody", "r195.iom1200"),
        ("r196.ml_nobody", "r196.unhcr2000"),
        ("r196.ml_nobody", "r196.crc300"),
        ("r196.ml_nobody", "r196.res_schools"),
        # a hostile act vs a purely defensive measure
        ("r195.aes_hostile", "r196.dz_defensive"),
        ("r196.aes_echo", "r196.dz_defensive"),
        # --- Kutum: drivers killed (3 / 5 / 7; 4 on Monday)
        ("r197.hd", "r197.rsf5"),
        ("r197.hd", "r197.er7"),
        ("r197.rsf5", "r197.er7"),
        ("r197.rsf5", "r198.wfp4"),
        ("r197.er7", "r198.wfp4"),
        # who hit the convoy: an army drone vs no sortie / RSF looting; satellite crater vs no raid
        ("r197.rsf_drone", "r197.army_nosortie"),
        ("r197.rsf_drone", "r198.army_renew"),
        ("r198.yale_crater", "r197.army_nosortie"),
        ("r198.yale_crater", "r198.army_renew"),
        ("r198.hac_accuse", "r197.rsf_drone"),
        ("r197.army_loot", "r197.rsf_drone"),
        ("r197.army_loot", "r197.rsf_nonear"),
        # the cargo burnt, not looted vs looted / emptied before the fire
        ("r197.wfp_noloot", "r197.army_loot"),
        ("r197.wfp_noloot", "r197.drv_gunmen"),
        # the route notified to both sides vs "did not inform our forces"
        ("r197.wfp_notified", "r197.rsf_noinfo"),
        ("r198.wfp_coords", "r197.rsf_noinfo"),
        # ammunition vs nothing but sorghum and oil
        ("r198.rsf_ammo", "r198.wfp_onlyfood"),
        # control of Kutum
        ("r197.rsf_control", "r197.jf_fighting"),
        ("r197.rsf_control", "r197.res_clash"),
        ("r197.rsf_control", "r198.rsf_pockets"),  # full control since Friday vs last pockets fell Saturday evening
        ("r197.rsf_control", "r198.jf_still"),
        ("r197.rsf_control", "r198.res_streets"),
        ("r198.rsf_pockets", "r198.jf_still"),
        ("r198.rsf_pockets", "r198.res_streets"),
        ("r198.rsf_pockets", "r197.jf_fighting"),
        ("r198.rsf_pockets", "r197.res_clash"),
        # displacement
        ("r198.rsf_nobody", "r197.coord4000"),
        ("r198.rsf_nobody", "r198.iom6000"),
        # speed of evacuation: within an hour vs more than six hours in the open
        ("r197.rsf_hour", "r197.er_wait"),
        ("r197.rsf_hour", "r198.er_echo"),
        # the 72-hour pause: both sides agreed vs the army agreed to none, received no proposal
        ("r197.un_pause", "r198.hd"),
        ("r197.un_pause", "r198.mil_noproposal"),
        ("r198.un_echo", "r198.hd"),
        ("r198.un_echo", "r198.mil_noproposal"),
        # convoys suspended vs flowing normally
        ("r198.wfp_suspend", "r198.sarho_flow"),
    ],
    "agreements": [
        ("r193.sohr_coal", "r194.sdf_air"),  # the coalition took part from the air
        ("r193.sohr11", "r194.res_child"),  # children among the dead
        ("r193.sohr11", "r194.unicef2"),
        ("r194.res_child", "r194.unicef2"),
        ("r195.bakay7", "r196.fla7"),  # seven civilians killed
        ("r196.bakay_echo", "r196.fla7"),
        ("r196.fm_noafrica", "r196.ru_emb"),  # Russians took no part
        ("r195.res_cross", "r195.iom1200"),  # people crossed into Algeria
        ("r195.res_cross", "r196.crc300"),
        ("r197.army_loot", "r197.drv_gunmen"),  # the cargo was taken before the trucks were burnt
        ("r197.jf_fighting", "r197.res_clash"),  # fighting still inside Kutum
        ("r198.jf_still", "r198.res_streets"),  # joint-force fighters still in the eastern district
        ("r197.rsf_drone", "r198.yale_crater"),  # an air strike on the convoy
    ],
    "echoes": [
        ("r193.camp_escape", "r194.np_escape"),  # the camp source's words to North Press, retold
        ("r193.coal_deny", "r194.coal_recall"),  # the coalition's Friday denial, recalled
        ("r193.moi_agree", "r194.khatib_signed"),  # the ministry renewing its announcement («جدد»)
        ("r195.house", "r196.house_echo"),  # the Algerian local official, retold via AFP
        ("r195.bakay7", "r196.bakay_echo"),  # the notable's words to AFP, retold
        ("r195.aes_hostile", "r196.aes_echo"),  # the AES statement, recalled
        ("r195.fla_accuse", "r196.fla_renew"),  # the FLA renewing its accusation («وجددت»)
        ("r197.un_pause", "r198.un_echo"),  # the UN coordinator's announcement, recalled
        ("r197.er_wait", "r198.er_echo"),  # the emergency room, retold via Al Jazeera Net
        ("r197.army_nosortie", "r198.army_renew"),  # the army spokesman renewing his denial («جدد نفيه»)
    ],
    "not_contradictions": [
        ("r193.sohr11", "r194.sohr13"),  # the observatory's toll rose from 11 to 13
        ("r193.krc16", "r194.krc21"),  # wounded treated rose from 16 to 21
        ("r194.unicef2", "r194.sohr13"),  # "at least two children" vs three children among 13
        ("r193.med9", "r193.sohr11"),  # nine bodies at one hospital, eleven dead in all
        ("r193.res_tents", "r194.ocha30"),  # "no fewer than 20" vs about 30
        ("r193.iq_convoy", "r194.iq_arrived"),  # leaving on Saturday, arrived on Saturday
        ("r193.moi_agree", "r194.khatib_weeks"),  # before the end of May vs "within weeks"
        ("r193.hajo_noescape", "r194.tried3"),  # three women caught trying vs nobody escaped
        ("r193.hajo6", "r194.stable6"),  # the same six, restated
        ("r195.fama_strike", "r196.fama11"),  # the army's count rose from 8 to 11
        ("r195.fla5", "r196.fla7"),  # the FLA's count rose from 5 to 7
        ("r195.iom1200", "r196.unhcr2000"),  # about 1,200 on Thursday, about 2,000 by Saturday
        ("r195.iom1200", "r196.crc300"),  # 1,200 people vs 300 families
        ("r195.mfa_three", "r195.mdn_2km"),  # three breaches since January vs this one
        ("r195.med4", "r195.house"),  # wounded brought from Mali vs a woman hurt on the Algerian side
        ("r197.hd", "r198.wfp4"),  # the WFP toll rose from 3 to 4
        ("r197.coord4000", "r198.iom6000"),  # about 4,000 in two days vs about 6,000 by Monday
        ("r197.un_pause", "r198.rsf_commit"),  # RSF keeps the pause it agreed to
        ("r197.wfp_burn", "r198.wfp12"),  # 10 of 22 burnt, 12 reached Tawila
        ("r197.hd", "r197.src6"),  # three drivers among six bodies
        ("r197.rsf5", "r197.src6"),  # five drivers among six bodies
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
