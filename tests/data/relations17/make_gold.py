"""Writes gold.json for the seventeenth relations set (r97..r102) from the annotations below
(`python3 tests/data/relations17/make_gold.py`).

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

# r97/r98: al-Zawiya, the First Support Force vs the Stability Support Apparatus around the refinery
ISNAD = "قوة الإسناد الأولى"
SHARIF = "المتحدث باسم جهاز دعم الاستقرار، معاذ الشريف"
HOSP = "مستشفى الزاوية التعليمي"
DIR97 = "مدير المستشفى، الطبيب خالد بن نصر"
DIR98 = "مدير مستشفى الزاوية التعليمي، خالد بن نصر"
EMS = "جهاز الإسعاف والطوارئ"
REFCO = "شركة الزاوية لتكرير النفط"
ELDER97 = "رئيس مجلس حكماء وأعيان الزاوية، الحاج عمر أبو ديب"
ELDER98 = "رئيس مجلس حكماء وأعيان الزاوية، عمر أبو ديب"
ISNAD_SRC = "مصدرا عسكريا في قوة الإسناد"
MOI_LY = "وزارة الداخلية بحكومة الوحدة الوطنية"
UNSMIL = "بعثة الأمم المتحدة للدعم في ليبيا"
HOUNI = "الباحث في الشأن الليبي نوري الهوني"
MOD_LY = "وزارة الدفاع في الحكومة نفسها"
AKKARI = "المتحدث باسم قوة الإسناد، النقيب فرج العكاري"
RES_HARSHA = "سكان في حي الحرشة"
QARAWI = "آمر الكتيبة ١٠٣، العقيد صالح القروي"
OIL_SRC = "مسؤول في وزارة النفط والغاز"
NOC = "المؤسسة الوطنية للنفط"
LRC = "الهلال الأحمر الليبي، فرع الزاوية"
SHAIBANI = "عميد بلدية الزاوية، محمود الشيباني"
WARFALLI = "المحلل السياسي الليبي هشام الورفلي"
AIN = "«عين ليبيا»"
SKY = "«سكاي نيوز عربية»"
# r99/r100: Sennar, the Rapid Support Forces' attack on Jebel Moya
SAF = "القوات المسلحة السودانية"
TAHER99 = "الناطق الرسمي باسم القوات المسلحة السودانية، العميد الطاهر عبد الرحيم"
TAHER100 = "الناطق الرسمي باسم الجيش السوداني، العميد الطاهر عبد الرحيم"
RSF = "قوات الدعم السريع"
JF = "قائد ميداني في القوات المشتركة لحركات الكفاح المسلح"
SDN = "شبكة أطباء السودان"
SINJA_SRC = "مصدر طبي في مستشفى سنجة التعليمي"
GOV_SN = "والي سنار المكلف، اللواء الزبير حسن السيد"
IOM = "المنظمة الدولية للهجرة"
RESCOM = "لجان مقاومة سنار"
POL_SN = "شرطة ولاية سنار"
BUSHRA = "الخبير العسكري اللواء المتقاعد عثمان بشرى"
EL = "مجموعة «محامو الطوارئ» الحقوقية"
SN_SRC = "مسؤولا في حكومة ولاية سنار"
ADVISER = "المستشار الإعلامي لقائد قوات الدعم السريع، عمران عبد الباقي"
RES_MOYA = "أحد سكان جبل موية"
OCHA = "مكتب «أوتشا» الأممي"
ELEC = "الشركة السودانية لتوزيع الكهرباء"
AMIN = "الصحفي السوداني المتابع للشأن العسكري معتز الأمين"
DABANGA = "«راديو دبنقا»"
TG = "«تلغرام»"
# r101/r102: Tafas (western Daraa countryside), the security campaign after the checkpoint attack
MOI_SY = "وزارة الداخلية السورية"
SOHR = "المرصد السوري لحقوق الإنسان"
ABDULLAH = "أحد وجهاء طفس، الشيخ محمود العبد الله"
HAMAD = "محافظ درعا، عمار الحمد"
SNHR = "الشبكة السورية لحقوق الإنسان"
SARC = "الهلال الأحمر العربي السوري"
CENTRAL = "اللجنة المركزية في ريف درعا الغربي"
ISIS = "تنظيم «داعش»"
MASRI = "الباحث في الشأن السوري سامر المصري"
OMAR = "قائد الأمن الداخلي في محافظة درعا، العميد شادي العمر"
FAMILIES = "عائلات القتلى"
CMTE_SRC = "عضو في اللجنة المركزية"
HORAN = "«تجمع أحرار حوران»"
MOD_SRC = "مصدر في وزارة الدفاع السورية"
ALI = "المحلل السياسي فراس العلي"
SYTV = "«تلفزيون سوريا»"
ENAB = "«عنب بلدي»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r97_zawiya_clashes": {
        "outlet": "عين ليبيا",
        "published": "2026-12-23",
        "entries": [
            E("hd", "استعدنا السيطرة على محيط مصفاة الزاوية", "«الإسناد الأولى»", ISNAD, ORG, ":", HEAD),
            E(
                "isnad_control",
                "عناصرها «استعادوا السيطرة الكاملة على محيط المصفاة وبوابة الحرشة»",
                "القوة",
                ISNAD,
                ORG,
                "وأعلنت",
                via=["صفحتها الرسمية"],
            ),
            E(
                "isnad_accuse",
                "الجهاز بـ«مهاجمة نقطة تفتيش تابعة لها عند جسر الحرشة دون سابق إنذار»",
                "متهمة",
                ISNAD,
                ORG,
                "متهمة",
                via=["صفحتها الرسمية"],
            ),
            E(
                "isnad_103",
                "الجهاز «استعان بمقاتلين من الكتيبة 103» في هجومه",
                "البيان",
                ISNAD,
                ORG,
                "وأضاف",
                alt_types=[DOC],
                via=["صفحتها الرسمية"],
            ),
            E(
                "ssa_deny",
                "تكون دوريات الجهاز قد بادرت بإطلاق النار",
                SHARIF,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=[AIN],
            ),
            E(
                "ssa_ambush",
                "عناصر القوة «هم من نصبوا كمينا لدورية عائدة من جودائم»",
                "وقال",
                SHARIF,
                N_OFF,
                "وقال",
                via=[AIN],
            ),
            E(
                "ssa_hold",
                "وحدات الجهاز «ما زالت تتمركز عند البوابة الشرقية للمصفاة ولم تتراجع مترا واحدا»",
                "الشريف",
                SHARIF,
                N_OFF,
                "وأكد",
                via=[AIN],
            ),
            E("hosp6", "بوصول جثامين 6 قتلى و19 جريحا", HOSP, "", ORG, "وأفاد"),
            E(
                "ems9",
                "فرقه نقلت 9 جثث من مواقع الاشتباك، بينها جثتا طفلين من حي الحرشة",
                EMS,
                "",
                ORG,
                "قال",
            ),
            E(
                "dir_civ",
                "«أغلب الجرحى مدنيون أصابتهم الشظايا داخل منازلهم»",
                DIR97,
                "",
                N_OFF,
                "وأوضح",
            ),
            E(
                "ref_halt",
                "إيقاف تشغيل المصفاة «بشكل كامل» وإجلاء العاملين بعد سقوط قذيفتين داخل سورها",
                REFCO,
                "",
                ORG,
                "وأعلنت",
            ),
            E("ref_tank", "خزانا للوقود ظل مشتعلا لساعات", "مشيرة", REFCO, ORG, "مشيرة"),
            E(
                "elders_truce",
                "الطرفين «وافقا على وقف لإطلاق النار يسري منذ الرابعة فجرا»",
                ELDER97,
                "",
                N_PER,
                "وقال",
                alt_types=[N_OFF],
                via=[AIN],
            ),
            E(
                "elders_team",
                "الأعيان سيشكلون فريقا لمتابعة الالتزام بالتهدئة",
                "مضيفا",
                ELDER97,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
                via=[AIN],
            ),
            E(
                "src_notruce",
                "لم نوافق على أي هدنة، ولا حديث عن تهدئة قبل خروج الجهاز من محيط المصفاة",
                ISNAD_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                DIRECT,
            ),
            E(
                "moi7",
                "مديرية أمن الزاوية أوقفت 7 أشخاص يشتبه في تورطهم بتهريب الوقود «وتأجيج القتال»",
                MOI_LY,
                "",
                ORG,
                "ذكرت",
            ),
            E(
                "unsmil_total",
                "قُتل 31 شخصا في اشتباكات متفرقة بالمدينة منذ مطلع سبتمبر",
                UNSMIL,
                "",
                ORG,
                "بحسب",
            ),
            E(
                "an_hedge",
                "تتجدد المواجهات «إذا لم تُحسم مسألة عائدات الوقود المهرب»",
                HOUNI,
                "",
                N_PER,
                "ورجّح",
            ),
            E(
                "an_stake",
                "الصراع في الزاوية «يدور على المصفاة ومنافذ التهريب قبل أي شيء آخر»",
                "معتبرا",
                HOUNI,
                N_PER,
                "معتبرا",
            ),
        ],
    },
    "r98_zawiya_refinery": {
        "outlet": "سكاي نيوز عربية",
        "published": "2026-12-24",
        "entries": [
            E("hd", "ارتفاع حصيلة الاشتباكات إلى ١١ قتيلا", "مدير مستشفى الزاوية", DIR98, N_OFF, ":", HEAD),
            E("hosp11", "عدد القتلى ارتفع إلى ١١، بينهم ثلاثة مدنيين", DIR98, "", N_OFF, "وقال", via=[SKY]),
            E("moi8", "الحصيلة «لم تتجاوز ثمانية قتلى، جميعهم من المسلحين»", MOI_LY, "", ORG, "أكدت"),
            E("moi10", "رفع عدد الموقوفين إلى ١٠", "معلنة", MOI_LY, ORG, "معلنة"),
            E(
                "mod_agree",
                "التوصل إلى اتفاق يقضي بانسحاب الطرفين من محيط المصفاة وتسليمه إلى جهاز حرس المنشآت النفطية",
                MOD_LY,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "isnad_handed",
                "عناصره سلّموا بوابة الحرشة للحرس صباح الخميس «التزاما بالاتفاق»",
                AKKARI,
                "",
                N_OFF,
                "وأكد",
            ),
            E("ssa_noparty", "الجهاز «ليس طرفا في أي اتفاق»", SHARIF, "", N_OFF, "قال"),
            E("ssa_stay", "وحداته «باقية عند البوابة الشرقية حتى إشعار آخر»", SHARIF, "", N_OFF, "قال"),
            E(
                "ssa_deny_echo",
                "تكون دوريات الجهاز بادرت بإطلاق النار",
                "الشريف",
                SHARIF,
                N_OFF,
                "نفى",
                NEG,
                via=[AIN],
            ),
            E(
                "res_still",
                "عربات الجهاز «ما زالت متوقفة عند البوابة الشرقية»",
                RES_HARSHA,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SKY],
            ),
            E(
                "res_night",
                "دوي الرصاص تقطّع طوال ليل الأربعاء",
                "مؤكدين",
                RES_HARSHA,
                A_SRC,
                "مؤكدين",
                ANON,
                via=[SKY],
            ),
            E(
                "elder_echo",
                "الطرفين «وافقا على وقف لإطلاق النار يسري منذ الرابعة فجرا»",
                ELDER98,
                "",
                N_PER,
                "ونقل",
                alt_types=[N_OFF],
                via=["موقع «عين ليبيا»"],
            ),
            E("k103_deny", "مشاركة عناصره في القتال", QARAWI, "", N_OFF, "فنفى", NEG),
            E(
                "k103_coord",
                "ما يربطهم بجهاز دعم الاستقرار «مجرد تنسيق لتأمين الطريق الساحلي»",
                "مؤكدا",
                QARAWI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "oil_half",
                "المصفاة «لم تتوقف، بل خفضت إنتاجها إلى النصف فقط»",
                OIL_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("noc_resume", "استئناف العمل فيها بطاقتها المعتادة صباح الخميس", NOC, "", ORG, "أعلنت"),
            E("rc120", "بنزوح ١٢٠ عائلة من حي الحرشة", LRC, "", ORG, "وأفاد"),
            E(
                "mayor300",
                "عدد العائلات النازحة من أحياء المدينة كلها بأكثر من ٣٠٠",
                SHAIBANI,
                "",
                N_OFF,
                "قدّر",
            ),
            E(
                "an_cond",
                "الاتفاق «قد ينهار سريعا إذا لم تُسحب الأسلحة الثقيلة من وسط المدينة»",
                WARFALLI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r99_sennar_jebelmoya": {
        "outlet": "سودان تربيون",
        "published": "2026-12-26",
        "entries": [
            E("hd", "استعدنا السيطرة على جبل موية غربي سنار", "الجيش السوداني", SAF, ORG, ":", HEAD),
            E(
                "wit_drone",
                "طائرات مسيّرة قصفت المحطة التحويلية للكهرباء في مدينة سنجة",
                "شهود عيان",
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "army_ret",
                "قوات الفرقة ١٧ مشاة «استعادت السيطرة الكاملة على جبل موية مساء الجمعة»",
                TAHER99,
                "",
                N_OFF,
                "وقال",
            ),
            E("army_kill", "أكثر من ١٢٠ من عناصر الدعم السريع قُتلوا في المعارك", TAHER99, "", N_OFF, "وقال"),
            E("army_merc", "المهاجمين «زجّوا بمرتزقة أجانب» في الهجوم", "وأضاف", TAHER99, N_OFF, "وأضاف"),
            E(
                "rsf_control",
                "مقاتليها «يسيطرون بالكامل على جبل موية والقرى المحيطة بها»",
                RSF,
                "",
                ORG,
                "أكدت",
                via=["منصة «إكس»"],
            ),
            E(
                "rsf_alliance",
                "الجيش بالقتال «في تحالف مع كتائب الحركة الإسلامية»",
                "متهمة",
                RSF,
                ORG,
                "متهمة",
                via=["منصة «إكس»"],
            ),
            E(
                "rsf_nociv",
                "استهداف المدنيين",
                "البيان",
                RSF,
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
                via=["منصة «إكس»"],
            ),
            E(
                "rsf_mobil",
                "قتلى القرى «مستنفرون حملوا السلاح إلى جانب الجيش»",
                "زاعما",
                RSF,
                ORG,
                "زاعما",
                alt_types=[DOC],
                via=["منصة «إكس»"],
            ),
            E(
                "rsf_army80",
                "خسائر الجيش والمستنفرين «تجاوزت ٨٠ قتيلا»",
                "ومشيرا",
                RSF,
                ORG,
                "ومشيرا",
                alt_types=[DOC],
                via=["منصة «إكس»"],
            ),
            E(
                "jf_entered",
                "وحداته دخلت جبل موية مساء الجمعة «إلى جانب الفرقة ١٧ مشاة»",
                JF,
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "jf_withdrew",
                "مقاتلي الدعم السريع «انسحبوا غربا نحو الدالي والمزموم» تاركين عرباتهم",
                "مضيفا",
                JF,
                A_OFF,
                "مضيفا",
                ANON,
            ),
            E(
                "sdn21",
                "مقتل ٢١ مدنيا، بينهم أربع نساء، في قصف مدفعي للدعم السريع على قرى جبل موية",
                SDN,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "hosp14",
                "المستشفى استقبل ١٤ جثة من بين القتلى و٤٠ جريحا",
                SINJA_SRC,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                alt_types=[A_SRC],
                via=["«سودان تربيون»"],
            ),
            E("gov9", "عدد القتلى المدنيين «لا يتجاوز تسعة»", GOV_SN, "", N_OFF, "قال"),
            E(
                "gov_drone",
                "مسيّرات الدعم السريع أصابت المحطة التحويلية وأغرقت سنجة في الظلام",
                "مضيفا",
                GOV_SN,
                N_OFF,
                "مضيفا",
            ),
            E(
                "iom4k",
                "عدد الفارين من جبل موية بنحو ٤ آلاف شخص توجه معظمهم إلى سنار وسنجة",
                IOM,
                "",
                ORG,
                "وقدّرت",
            ),
            E(
                "rc15k",
                "«أكثر من ١٥ ألفا» غادروا المنطقة سيرا على الأقدام",
                RESCOM,
                "",
                ORG,
                "قالت",
                alt_types=[A_SRC],
            ),
            E(
                "pol23",
                "توقيف ٢٣ شخصا في سنجة «بتهمة التعاون مع الميليشيا وإرشاد مسيّراتها»",
                POL_SN,
                "",
                ORG,
                "وأعلنت",
            ),
            E("an_aim", "الهجوم «محاولة لقطع طريق سنار–كوستي»", BUSHRA, "", N_PER, "ويرى"),
            E(
                "an_hedge",
                "تعيد قوات الدعم السريع الكرّة «إذا لم يعزز الجيش دفاعاته غرب الولاية»",
                "مرجحا",
                BUSHRA,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r100_sennar_detentions": {
        "outlet": "راديو دبنقا",
        "published": "2026-12-27",
        "entries": [
            E(
                "hd",
                "اعتقال أكثر من 60 مدنيا في سنجة بتهمة التعاون",
                "«محامو الطوارئ»",
                EL,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "law60",
                "الاستخبارات العسكرية والشرطة احتجزتا «أكثر من 60 مدنيا» في مدينة سنجة منذ الجمعة",
                EL,
                "",
                ORG,
                "قالت",
            ),
            E("law_beat", "بعضهم «تعرّض للضرب خلال التحقيق»", "مضيفة", EL, ORG, "مضيفة"),
            E("pol23_echo", "توقيف 23 شخصا بتهمة التعاون مع الدعم السريع", POL_SN, "", ORG, "أعلنت"),
            E("sn_release", "«من ثبتت براءته أُطلق سراحه»", SN_SRC, "", A_OFF, "قال", ANON),
            E("sn15", "عدد المحتجزين حاليا «لا يتعدى 15»", SN_SRC, "", A_OFF, "قال", ANON),
            E(
                "army150",
                "عدد قتلى الدعم السريع في جبل موية ارتفع إلى 150",
                TAHER100,
                "",
                N_OFF,
                "وقال",
                via=[DABANGA],
            ),
            E("army_safe", "المنطقة «آمنة تماما»", "مؤكدا", TAHER100, N_OFF, "مؤكدا", via=[DABANGA]),
            E(
                "rsf_all_echo",
                "بالقتال «في تحالف مع كتائب الحركة الإسلامية»",
                "الدعم السريع",
                RSF,
                ORG,
                "اتهام",
            ),
            E(
                "army_noall",
                "وجود أي تحالف مع تنظيمات سياسية",
                "الناطق",
                TAHER100,
                N_OFF,
                "نفى",
                NEG,
                via=[DABANGA],
            ),
            E(
                "army_mere",
                "المستنفرين «مجرد متطوعين يقاتلون تحت إمرة الجيش»",
                "قائلا",
                TAHER100,
                N_OFF,
                "قائلا",
                via=[DABANGA],
            ),
            E("rsf_still", "مقاتلي الدعم السريع «ما زالوا في جبل موية»", ADVISER, "", N_OFF, "قال", via=[TG]),
            E("rsf7", "قتلاهم في المعارك «لم يتجاوزوا سبعة»", ADVISER, "", N_OFF, "قال", via=[TG]),
            E(
                "rsf_nodrone",
                "تكون قواته أطلقت أي مسيّرة باتجاه سنجة",
                "ونفى",
                ADVISER,
                N_OFF,
                "ونفى",
                NEG,
                via=[TG],
            ),
            E(
                "rsf_nomerc",
                "وجود مقاتلين أجانب في صفوفها",
                "نفى",
                ADVISER,
                N_OFF,
                "نفى",
                NEG,
                via=[TG],
            ),
            E(
                "rsf_fabricate",
                "الجيش بـ«اختلاق الرواية لتبرير حملة الاعتقالات»",
                "واتهم",
                ADVISER,
                N_OFF,
                "واتهم",
                via=[TG],
            ),
            E("sdn27", "حصيلة القتلى المدنيين إلى 27", SDN, "", ORG, "ورفعت"),
            E(
                "res_market",
                "سقطت القذائف على السوق وقت الضحى، وأغلب القتلى باعة ونساء",
                RES_MOYA,
                "",
                A_SRC,
                "وروى",
                ANON,
                DIRECT,
                via=[DABANGA],
            ),
            E("gov9_echo", "عدد القتلى المدنيين بتسعة فقط", GOV_SN, "", N_OFF, "قدّر"),
            E("iom7k", "عدد النازحين من جبل موية ارتفع إلى 7 آلاف", IOM, "", ORG, "وأفادت"),
            E(
                "ocha140",
                "قُتل 140 مدنيا في ولاية سنار منذ مطلع أكتوبر",
                OCHA,
                "",
                ORG,
                "وفق",
                alt_types=[DOC],
            ),
            E("elec_restore", "عودة التيار جزئيا إلى سنجة مساء السبت", ELEC, "", ORG, "وأعلنت"),
            E("elec_drones", "المحطة التحويلية التي «تضررت بمسيّرتين»", ELEC, "", ORG, "وأعلنت"),
            E(
                "an_blame",
                "تبادل الاتهامات «يخفي عجز الطرفين عن حسم المعركة»",
                AMIN,
                "",
                N_PER,
                "ويعتقد",
            ),
            E(
                "an_hedge",
                "تبقى قرى جبل موية «ساحة كر وفر لأسابيع»",
                "مرجحا",
                AMIN,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r101_tafas_raids": {
        "outlet": "تلفزيون سوريا",
        "published": "2026-12-29",
        "entries": [
            E("hd", "مقتل 5 من خلية لـ«داعش» في طفس بريف درعا", "الداخلية السورية", MOI_SY, ORG, ":", HEAD),
            E(
                "moi5",
                "الحملة أسفرت عن «تحييد خمسة عناصر من خلية تتبع لتنظيم داعش»",
                MOI_SY,
                "",
                ORG,
                "وقالت",
            ),
            E("moi12", "اعتقال 12 آخرين", MOI_SY, "", ORG, "وقالت"),
            E("moi_cell", "الخلية نفذت هجوم الأحد على الحاجز", "مؤكدة", MOI_SY, ORG, "مؤكدة"),
            E("moi3", "أودى بحياة ثلاثة من عناصر الأمن", "قالت", MOI_SY, ORG, "قالت"),
            E(
                "moi_fund",
                "أفراد الخلية «يتلقون تمويلا من شبكات تهريب المخدرات عبر الحدود مع الأردن»",
                "البيان",
                MOI_SY,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E(
                "moi_control",
                "قواتها «بسطت سيطرتها الكاملة على طفس ومزارعها»",
                "الوزارة",
                MOI_SY,
                ORG,
                "ذكرت",
            ),
            E("sohr5sec", "هجوم الحاجز قتل خمسة من عناصر الأمن", SOHR, "", ORG, "وأفاد"),
            E(
                "sohr7",
                "حصيلة الحملة بلغت سبعة قتلى، بينهم رجل مسن وفتى في الخامسة عشرة «لم يحملا السلاح»",
                SOHR,
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "sheikh_local",
                "القتلى «شبان من أبناء البلدة لا علاقة لهم بداعش ولا بتجارة المخدرات»",
                ABDULLAH,
                "",
                N_PER,
                "وقال",
                via=[SYTV],
            ),
            E(
                "sheikh_feud",
                "هجوم الحاجز «جاء على خلفية ثأر عائلي»",
                "موضحا",
                ABDULLAH,
                N_PER,
                "موضحا",
                via=[SYTV],
            ),
            E(
                "sheikh_deal",
                "الوجهاء توصلوا مع قيادة الأمن الداخلي إلى «اتفاق يقضي بتسليم السلاح المتوسط مقابل وقف المداهمات»",
                "وأكد",
                ABDULLAH,
                N_PER,
                "وأكد",
                via=[SYTV],
            ),
            E(
                "res_holed",
                "مسلحين «ما زالوا يتحصنون في المزارع الغربية» للمدينة",
                "سكان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SYTV],
            ),
            E(
                "res_fire",
                "إطلاق النار تجدد عصر الاثنين قرب الملعب البلدي",
                "سكان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SYTV],
            ),
            E("gov_only", "الحملة «تستهدف المطلوبين فقط»", HAMAD, "", N_OFF, "قال"),
            E("gov_nociv", "سقوط أي مدني خلال المداهمات", "نافيا", HAMAD, N_OFF, "نافيا", NEG),
            E("snhr40", "اعتقال «ما لا يقل عن 40 شخصا»، بينهم ستة قاصرين", SNHR, "", ORG, "ووثقت"),
            E(
                "sarc200",
                "نحو 200 عائلة نزحت من طفس نحو المزيريب واليادودة منذ فجر الاثنين",
                SARC,
                "",
                ORG,
                "وقال",
            ),
            E("cmte1000", "عدد العائلات النازحة بأكثر من ألف", CENTRAL, "", ORG, "قدّرت"),
            E("isis_resp", "المسؤولية عن هجوم الحاجز", ISIS, "", ORG, "وتبنى", via=["وكالة «أعماق»"]),
            E(
                "isis_claim",
                "مقاتليه «قتلوا ستة عناصر وانسحبوا بسلام»",
                "وزعم",
                ISIS,
                ORG,
                "وزعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "an_msg",
                "تكون الحملة «رسالة إلى الفصائل المحلية قبل فتح ملف السلاح»",
                MASRI,
                "",
                N_PER,
                "ورجّح",
            ),
            E(
                "an_warn",
                "التصعيد «قد يمتد إلى داعل واليادودة إذا سقط مدنيون جدد»",
                "محذرا",
                MASRI,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r102_tafas_settlement": {
        "outlet": "عنب بلدي",
        "published": "2026-12-30",
        "entries": [
            E("hd", "لا اتفاق مع المسلحين في طفس", "قائد الأمن الداخلي في درعا", OMAR, N_OFF, ":", HEAD),
            E(
                "cmd_nodeal",
                "لا اتفاق ولا تفاوض مع الخارجين عن القانون، والحملة مستمرة حتى تسليم آخر المطلوبين",
                OMAR,
                "",
                N_OFF,
                "وقال",
                DIRECT,
                via=[ENAB],
            ),
            E(
                "cmd4",
                "حصيلة قتلى هجوم الحاجز ارتفعت إلى أربعة بعد وفاة عنصر متأثرا بجروحه",
                "وأضاف",
                OMAR,
                N_OFF,
                "وأضاف",
                via=[ENAB],
            ),
            E(
                "cmd_rel5",
                "خمسة من الموقوفين الـ١٢ أُفرج عنهم بعد التحقيق",
                "وأشار",
                OMAR,
                N_OFF,
                "وأشار",
                via=[ENAB],
            ),
            E(
                "cmd_control",
                "قواته «تسيطر على كامل طفس بما فيها المزارع الغربية»",
                "مؤكدا",
                OMAR,
                N_OFF,
                "مؤكدا",
                via=[ENAB],
            ),
            E(
                "moi_fund_echo",
                "أفراد الخلية «يتلقون تمويلا من شبكات تهريب المخدرات عبر الحدود مع الأردن»",
                "وزارة الداخلية",
                "",
                ORG,
                "أكدت",
            ),
            E(
                "fam_deny",
                "أي صلة لأبنائها بتجارة المخدرات",
                FAMILIES,
                "",
                A_SRC,
                "نفت",
                ANON,
                NEG,
                alt_types=[ORG],
            ),
            E(
                "fam_workers",
                "القتلى «عمال زراعيون وطلاب جامعات»",
                "مؤكدة",
                FAMILIES,
                A_SRC,
                "مؤكدة",
                ANON,
                alt_types=[ORG],
            ),
            E("gov_echo", "سقوط أي مدني خلال المداهمات", "محافظ درعا", "", N_OFF, "نفى", NEG),
            E(
                "sheikh_echo",
                "الوجهاء توصلوا مع قيادة الأمن الداخلي إلى «اتفاق يقضي بتسليم السلاح المتوسط مقابل وقف المداهمات»",
                "الشيخ محمود العبد الله",
                "",
                N_PER,
                "ونقل",
                via=[SYTV],
            ),
            E(
                "cmte_handed",
                "الوجهاء سلّموا «رشاشين ثقيلين وقاذفين» صباح الثلاثاء تنفيذا للاتفاق",
                CMTE_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
                alt_types=[A_SRC],
                via=[ENAB],
            ),
            E(
                "res_until",
                "الاشتباكات في المزارع الغربية استمرت حتى منتصف ليل الاثنين ثم توقفت",
                "سكان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "horan_tanks",
                "دبابات من الجيش شاركت في اقتحام الحي الشمالي",
                HORAN,
                "",
                MEDIA,
                "وذكر",
                alt_types=[ORG],
            ),
            E(
                "mod_encircle",
                "دور الجيش «اقتصر على تطويق المدينة ولم يدخلها»",
                MOD_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("sohr8", "حصيلة قتلى الحملة إلى ثمانية", SOHR, "", ORG, "ورفع"),
            E("snhr55", "عدد المعتقلين الموثقين إلى ٥٥", SNHR, "", ORG, "رفعت"),
            E("sarc_return", "«معظم العائلات الـ٢٠٠» عادت إلى طفس مساء الثلاثاء", SARC, "", ORG, "وقال"),
            E("isis_echo", "تبنيه هجوم الحاجز", ISIS, "", ORG, "وكرر", via=["صحيفة «النبأ» الأسبوعية"]),
            E(
                "an_not",
                "ما يجري في طفس «ليس حربا على داعش، بل صراع على السلاح المحلي»",
                ALI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "استمرار الاعتقالات «قد يدفع شبانا إلى حمل السلاح»",
                "محذرا",
                ALI,
                N_PER,
                "محذرا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- al-Zawiya: the First Support Force's full control vs the apparatus still at the eastern gate
        ("r97.isnad_control", "r97.ssa_hold"),
        ("r97.hd", "r97.ssa_hold"),  # headline copy
        ("r97.isnad_control", "r98.ssa_stay"),
        ("r97.hd", "r98.ssa_stay"),
        ("r97.isnad_control", "r98.res_still"),
        ("r97.hd", "r98.res_still"),
        # who attacked first: the checkpoint attack vs the denial and the ambush
        ("r97.isnad_accuse", "r97.ssa_deny"),
        ("r97.isnad_accuse", "r97.ssa_ambush"),
        ("r97.isnad_accuse", "r98.ssa_deny_echo"),  # the denial recalled the next day
        # fighters of the 103rd Battalion in the attack vs no part in the fighting / merely coordination
        ("r97.isnad_103", "r98.k103_deny"),
        ("r97.isnad_103", "r98.k103_coord"),
        # tolls
        ("r97.hosp6", "r97.ems9"),
        ("r97.ems9", "r98.moi8"),  # nine bodies incl. two children vs no more than eight, all gunmen
        ("r98.hosp11", "r98.moi8"),  # eleven incl. three civilians vs eight gunmen
        ("r98.hd", "r98.moi8"),
        # the elders' truce vs the Support Force source
        ("r97.elders_truce", "r97.src_notruce"),
        ("r98.elder_echo", "r97.src_notruce"),  # the elder's words retold via Ain Libya
        # the defence ministry's agreement of both sides vs "not a party to any agreement"
        ("r98.mod_agree", "r98.ssa_noparty"),
        # the refinery: stopped completely vs only halved
        ("r97.ref_halt", "r98.oil_half"),
        # --- Sennar: control of Jebel Moya
        ("r99.army_ret", "r99.rsf_control"),
        ("r99.hd", "r99.rsf_control"),
        ("r99.army_ret", "r100.rsf_still"),
        ("r99.hd", "r100.rsf_still"),
        ("r100.army_safe", "r100.rsf_still"),
        ("r99.jf_withdrew", "r99.rsf_control"),
        ("r99.jf_withdrew", "r100.rsf_still"),
        # the RSF's dead
        ("r99.army_kill", "r100.rsf7"),
        ("r100.army150", "r100.rsf7"),
        # foreign mercenaries vs their denial
        ("r99.army_merc", "r100.rsf_nomerc"),
        # an alliance with the Islamic Movement's battalions vs no alliance / merely volunteers
        ("r99.rsf_alliance", "r100.army_noall"),
        ("r99.rsf_alliance", "r100.army_mere"),
        ("r100.rsf_all_echo", "r100.army_noall"),  # the accusation recalled
        ("r100.rsf_all_echo", "r100.army_mere"),
        # who the dead in the villages were
        ("r99.rsf_nociv", "r99.sdn21"),
        ("r99.rsf_mobil", "r99.sdn21"),
        ("r99.rsf_mobil", "r100.sdn27"),
        ("r99.rsf_mobil", "r100.res_market"),
        # civilian toll
        ("r99.gov9", "r99.sdn21"),
        ("r99.gov9", "r100.sdn27"),
        ("r100.gov9_echo", "r99.sdn21"),
        ("r100.gov9_echo", "r100.sdn27"),
        # the drones on the Sinja power station: the RSF's vs the denial
        ("r99.gov_drone", "r100.rsf_nodrone"),
        # displaced
        ("r99.iom4k", "r99.rc15k"),
        # detentions in Sinja
        ("r99.pol23", "r100.law60"),
        ("r99.pol23", "r100.hd"),
        ("r100.pol23_echo", "r100.law60"),
        ("r100.pol23_echo", "r100.hd"),
        # --- Tafas: the campaign's dead, how many and who
        ("r101.hd", "r101.sohr7"),
        ("r101.moi5", "r101.sohr7"),
        ("r101.hd", "r102.sohr8"),
        ("r101.moi5", "r102.sohr8"),
        ("r101.hd", "r101.sheikh_local"),
        ("r101.moi5", "r101.sheikh_local"),
        ("r101.hd", "r102.fam_workers"),
        ("r101.moi5", "r102.fam_workers"),
        ("r102.an_not", "r101.hd"),  # "not a war on ISIS" vs an ISIS cell
        ("r102.an_not", "r101.moi5"),
        # no civilian hurt vs civilians among the dead
        ("r101.gov_nociv", "r101.sohr7"),
        ("r101.gov_nociv", "r101.sheikh_local"),
        ("r101.gov_nociv", "r102.fam_workers"),
        ("r102.gov_echo", "r101.sohr7"),
        ("r102.gov_echo", "r101.sheikh_local"),
        ("r102.gov_echo", "r102.fam_workers"),
        # who attacked the checkpoint: an ISIS cell vs a family feud
        ("r101.moi_cell", "r101.sheikh_feud"),
        ("r101.isis_resp", "r101.sheikh_feud"),
        ("r102.isis_echo", "r101.sheikh_feud"),
        # the checkpoint toll
        ("r101.moi3", "r101.sohr5sec"),
        ("r101.moi3", "r101.isis_claim"),
        ("r101.sohr5sec", "r101.isis_claim"),
        ("r101.sohr5sec", "r102.cmd4"),  # five on Monday vs four on Tuesday (tolls do not fall)
        ("r101.isis_claim", "r102.cmd4"),
        # drug-smuggling money vs no link to the drug trade
        ("r101.moi_fund", "r101.sheikh_local"),
        ("r101.moi_fund", "r102.fam_deny"),
        ("r102.moi_fund_echo", "r102.fam_deny"),
        ("r102.moi_fund_echo", "r101.sheikh_local"),
        # the weapons deal vs "no agreement, no negotiation"
        ("r101.sheikh_deal", "r102.cmd_nodeal"),
        ("r101.sheikh_deal", "r102.hd"),
        ("r102.sheikh_echo", "r102.cmd_nodeal"),
        ("r102.sheikh_echo", "r102.hd"),
        ("r102.cmte_handed", "r102.cmd_nodeal"),
        ("r102.cmte_handed", "r102.hd"),
        # control of Tafas and its farms on Monday
        ("r101.moi_control", "r101.res_holed"),
        ("r101.moi_control", "r102.res_until"),
        # arrests, displacement, the army's role
        ("r101.moi12", "r101.snhr40"),
        ("r101.sarc200", "r101.cmte1000"),
        ("r102.horan_tanks", "r102.mod_encircle"),
    ],
    "agreements": [
        ("r97.ssa_hold", "r98.res_still"),  # the apparatus still at the refinery's eastern gate
        ("r98.mod_agree", "r98.isnad_handed"),  # an agreement exists (the gate handed over under it)
        ("r99.army_ret", "r99.jf_entered"),  # government forces in Jebel Moya on Friday evening
        ("r99.sdn21", "r100.res_market"),  # civilians, women among them, killed in the attack
        ("r99.wit_drone", "r99.gov_drone"),  # drones hit the Sinja power station
        ("r99.wit_drone", "r100.elec_drones"),
        ("r101.moi_cell", "r101.isis_resp"),  # ISIS behind the checkpoint attack
        ("r101.sheikh_local", "r102.fam_deny"),  # the dead had no link to the drug trade
        ("r101.sheikh_deal", "r102.cmte_handed"),  # a weapons deal with the notables
    ],
    "echoes": [
        ("r97.ssa_deny", "r98.ssa_deny_echo"),  # the spokesman's denial to Ain Libya, recalled
        ("r97.elders_truce", "r98.elder_echo"),  # the elder's words retold via Ain Libya
        ("r99.pol23", "r100.pol23_echo"),  # the police's 23 arrests, recalled
        ("r99.gov9", "r100.gov9_echo"),  # the governor's nine, recalled
        ("r99.rsf_alliance", "r100.rsf_all_echo"),  # the RSF's accusation, recalled
        ("r101.moi_fund", "r102.moi_fund_echo"),  # the interior ministry's statement, recalled
        ("r101.sheikh_deal", "r102.sheikh_echo"),  # the sheikh's words retold via Syria TV
        ("r101.gov_nociv", "r102.gov_echo"),  # the governor's denial, recalled
        ("r101.isis_resp", "r102.isis_echo"),  # ISIS repeats its claim in al-Naba
    ],
    "not_contradictions": [
        ("r97.hosp6", "r98.hosp11"),  # the hospital's toll rose from 6 to 11
        ("r97.hosp6", "r98.hd"),
        ("r97.moi7", "r98.moi10"),  # arrests rose from 7 to 10 (same ministry)
        ("r97.unsmil_total", "r97.ems9"),  # since September vs one night
        ("r97.ref_halt", "r98.noc_resume"),  # halted on Tuesday night, resumed on Thursday morning
        ("r98.rc120", "r98.mayor300"),  # one district vs the whole city
        ("r97.an_hedge", "r97.elders_truce"),  # a conditional forecast
        ("r98.an_cond", "r98.mod_agree"),
        ("r97.ssa_hold", "r98.isnad_handed"),  # the eastern gate vs the al-Harsha gate
        ("r99.army_kill", "r100.army150"),  # the army's figure rose from 120+ to 150
        ("r99.sdn21", "r100.sdn27"),  # 21 rose to 27 after six wounded died
        ("r99.iom4k", "r100.iom7k"),  # IOM's figure rose from 4,000 to 7,000
        ("r99.hosp14", "r99.sdn21"),  # 14 bodies reached one hospital, of 21 dead
        ("r100.ocha140", "r100.sdn27"),  # the state since October vs one attack
        ("r100.sn15", "r100.law60"),  # still held now vs detained since Friday
        ("r100.sn15", "r99.pol23"),
        ("r99.gov_drone", "r100.elec_restore"),  # darkness on Friday, power back on Saturday evening
        ("r99.an_hedge", "r99.army_ret"),  # a conditional forecast
        ("r101.moi3", "r102.cmd4"),  # the security toll rose from 3 to 4 (same ministry)
        ("r101.sohr7", "r102.sohr8"),  # the Observatory's toll rose from 7 to 8
        ("r101.snhr40", "r102.snhr55"),  # the Network's count rose from 40 to 55
        ("r101.moi12", "r102.cmd_rel5"),  # five of the twelve released
        ("r101.sarc200", "r102.sarc_return"),  # fled on Monday, returned on Tuesday evening
        ("r101.res_holed", "r102.cmd_control"),  # gunmen in the farms on Monday, control on Tuesday
        ("r102.res_until", "r102.cmd_control"),  # clashes until Monday midnight, then control
        ("r101.an_warn", "r101.moi_control"),  # a conditional forecast
        ("r101.hd", "r101.sohr5sec"),  # five cell members vs five security men: different dead
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
