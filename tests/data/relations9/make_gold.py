"""Writes gold.json for the ninth relations set (r49..r54) from the annotations below (`python3 tests/data/relations9/make_gold.py`).

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
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r49/r50: Hays (Hodeidah), the Houthi offensive against the Joint Forces
JF_MEDIA = "الإعلام العسكري للقوات المشتركة في الساحل الغربي"
SHAR = "المتحدث باسم القوات المشتركة، العقيد نبيل الشرعبي"
MASDAR = "«المصدر أونلاين»"
MASIRA = "قناة «المسيرة»"
H_SRC = "مصدر عسكري في صنعاء"
MED_MOKHA = "مصدرا طبيا في مستشفى المخا"
HEALTH_HOD = "مكتب الصحة في الحديدة"
HAYS_LA = "السلطة المحلية في مديرية حيس"
ZARNOUQI = "الوسيط القبلي الشيخ عبده مهدي الزرنوقي"
UNMHA = "بعثة الأمم المتحدة لدعم اتفاق الحديدة"
IOM = "المنظمة الدولية للهجرة"
SUFI = "الباحث العسكري اليمني عادل الصوفي"
SHAMI = "المتحدث باسم القوات التابعة للحوثيين، العميد عبد الخالق الشامي"
ARABI = "«العربي الجديد»"
COAL_SRC = "مصدر في التحالف بقيادة السعودية"
JF_CMD = "قائد ميداني في القوات المشتركة"
H_SEC = "مسؤول أمني حوثي"
SAM = "منظمة سام للحقوق والحريات"
PRIS = "مسؤول في الفريق الحكومي لملف الأسرى"
HAKIMI = "المحلل السياسي اليمني مروان الحكيمي"
# r51/r52: Ain al-Hilweh (Sidon), Fatah vs the Muslim Youth grouping
FATAH = "حركة «فتح»"
TAJAMMU = "تجمع الشباب المسلم"
HASAN = "المتحدث باسم التجمع، الشيخ معاذ الحسن"
OWAID = "قائد الأمن الوطني الفلسطيني في منطقة صيدا، العميد سامر عويد"
NNA = "الوكالة الوطنية للإعلام"
PRCS = "جمعية الهلال الأحمر الفلسطيني"
LEB_SEC = "مصدر أمني لبناني"
LAF = "قيادة الجيش اللبناني - مديرية التوجيه"
JOINT = "هيئة العمل الفلسطيني المشترك في لبنان"
KASHMAR = "عضو المجلس الثوري لحركة «فتح»، جمال قشمر"
ALI = "الباحث في شؤون المخيمات نبيل العلي"
TAJ_SRC = "مصدر في «تجمع الشباب المسلم»"
HUSSEINI = "أمين سر حركة «فتح» في منطقة صيدا، فادي الحسيني"
HAMAS = "ممثل حركة «حماس» في صيدا، وليد أبو شرخ"
SHARIF = "رئيس بلدية صيدا، كمال الشريف"
ABDELHADI = "الكاتب الفلسطيني سليم عبد الهادي"
# r53/r54: Bara (North Kordofan), the RSF attack
RSF = "قوات الدعم السريع"
ZEIN = "مستشار قائد قوات الدعم السريع، حامد الزين"
ZEIN54 = "مستشار قائد الدعم السريع، حامد الزين"
ST = "«سودان تريبيون»"
ABU = "المتحدث باسم الجيش، العميد الطاهر أبو شامة"
SAF = "الجيش السوداني"
SDN = "شبكة أطباء السودان"
ER = "غرفة طوارئ بارا"
NAZIR = "ناظر قبيلة الجوامعة، الأمير عبد الرحيم التوم"
FIKI = "الخبير العسكري السوداني اللواء المتقاعد عثمان الفكي"
SPLM = "المتحدث باسم الحركة الشعبية لتحرير السودان - شمال، عمار نجم الدين"
MAJDI = "الباحث في الشأن السوداني مجدي عبد القادر"

ARTICLES: dict[str, dict[str, Any]] = {
    "r49_hays_offensive": {
        "outlet": "المصدر أونلاين",
        "published": "2026-03-08",
        "entries": [
            E("hd", "صد هجوم حوثي واسع شرق حيس ومقتل 30 من المهاجمين", "القوات المشتركة", JF_MEDIA, ORG, ":", HEAD),
            E(
                "jf_stmt",
                "صدت هجوما واسعا للحوثيين على مواقعها شرق حيس واستعادت تبتين تقدموا إليهما قبل الفجر",
                JF_MEDIA,
                "",
                ORG,
                "أعلن",
            ),
            E("shr30", "المعارك انتهت بـ«مقتل 30 حوثيا على الأقل وأسر ستة منهم»", SHAR, "", N_OFF, "وقال", via=[MASDAR]),
            E(
                "shr_hold",
                "القوات «لا تزال تمسك بكامل مواقعها داخل المدينة وعلى أطرافها الشرقية»",
                "مضيفا",
                SHAR,
                N_OFF,
                "مضيفا",
                via=[MASDAR],
            ),
            E("shr4", "بسقوط أربعة من أفراد القوات في المواجهات", "الشرعبي", SHAR, N_OFF, "وأقر"),
            E(
                "med7",
                "المستشفى استقبل منذ الصباح جثث سبعة جنود وأكثر من 20 جريحا",
                MED_MOKHA,
                "",
                A_OFF,
                "أفاد",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "hou_seized",
                "قوات الجماعة «سيطرت على مركز مديرية حيس وقطعت طريق الإمداد القادم من الخوخة»",
                H_SRC,
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[MASIRA],
            ),
            E("hou_dozens", "سقوط «عشرات المرتزقة بين قتيل وجريح»", "مشيرا", H_SRC, A_OFF, "مشيرا", ANON, via=[MASIRA]),
            E(
                "hou_raids",
                "طيران التحالف «نفذ 12 غارة لإسناد المرتزقة» خلال ساعات الهجوم",
                "المصدر",
                H_SRC,
                A_OFF,
                "وزعم",
                ANON,
                via=[MASIRA],
            ),
            E(
                "health3",
                "قصفا مدفعيا للقوات المشتركة على قرية الحجنة أدى إلى مقتل ثلاثة مدنيين بينهم طفلان",
                HEALTH_HOD,
                "",
                ORG,
                "وذكر",
            ),
            E(
                "shr_fighters",
                "القتلى الثلاثة «عناصر حوثية كانت تدير مربض هاون داخل مزرعة»",
                "الشرعبي",
                SHAR,
                N_OFF,
                "اعتبر",
            ),
            E("shr_nohouse", "قصف أي منزل في القرية", "نافيا", SHAR, N_OFF, "نافيا", NEG),
            E(
                "la_market",
                "الحوثيين بقصف سوق المدينة بطائرة مسيرة، ما أسفر عن مقتل بائعين اثنين",
                HAYS_LA,
                "",
                ORG,
                "واتهمت",
            ),
            E(
                "loc_arrest",
                "مسلحي الجماعة اعتقلوا 14 شخصا من قرى مديرية الجراحي المجاورة بتهمة «التخابر»، بينهم معلمان",
                "مصادر محلية",
                "",
                A_SRC,
                "وقالت",
                ANON,
            ),
            E(
                "med_agree",
                "الطرفين اتفقا على تبادل جثث القتلى «صباح الثلاثاء عند منطقة الجبلية»",
                ZARNOUQI,
                "",
                N_PER,
                "وأفاد",
                alt_types=[N_OFF],
            ),
            E("unmha_call", "«التهدئة الفورية»", UNMHA, "", ORG, "ودعت", OPT),
            E(
                "unmha40",
                "رصدت أكثر من 40 خرقا لوقف إطلاق النار في المحافظة منذ مطلع مارس",
                "مشيرة",
                UNMHA,
                ORG,
                "مشيرة",
            ),
            E("iom150", "نزحت نحو 150 أسرة من حيس باتجاه الخوخة خلال يومين", IOM, "", ORG, "وبحسب"),
            E(
                "an_test",
                "الهجوم «ربما يكون محاولة لاختبار دفاعات الساحل قبل أي جولة تفاوض جديدة»",
                SUFI,
                "",
                N_PER,
                "ورأى",
            ),
        ],
    },
    "r50_hays_market": {
        "outlet": "العربي الجديد",
        "published": "2026-03-09",
        "entries": [
            E(
                "hd",
                "قواتنا ثبتت مواقعها في مركز مديرية حيس",
                "متحدث حوثي",
                SHAMI,
                N_OFF,
                ":",
                HEAD,
                alt_types=[A_OFF],
            ),
            E(
                "sh_center",
                "وحدات الجماعة «ثبتت مواقعها في مركز المديرية وتتقدم نحو الخوخة»",
                SHAMI,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "sh_uae",
                "«ضباطا إماراتيين» بإدارة المعركة من غرفة عمليات في المخا",
                "متهما",
                SHAMI,
                N_OFF,
                "متهما",
            ),
            E("sh_market", "تكون قواته قد استهدفت سوق حيس", "الشامي", SHAMI, N_OFF, "ونفى", NEG),
            E(
                "sh_shell",
                "السوق أصيب بـ«قذيفة أطلقتها القوات المشتركة من مواقعها في الجبلية»",
                "مؤكدا",
                SHAMI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "jf_echo",
                "صدت هجوما واسعا للحوثيين على مواقعها شرق حيس واستعادت تبتين تقدموا إليهما قبل الفجر",
                "القوات المشتركة",
                "",
                ORG,
                "جاء فيه",
                alt_types=[DOC],
            ),
            E("jf5", "حصيلة قتلاها إلى خمسة جنود", "رفعت", "القوات المشتركة", ORG, "رفعت"),
            E(
                "med9",
                "عدد الجثث التي وصلت إلى المستشفى ارتفع إلى ٩",
                MED_MOKHA,
                "",
                A_OFF,
                "قال",
                ANON,
                alt_types=[A_SRC],
                via=[ARABI],
            ),
            E("tribal7", "مقتل سبعة من جنود القوات في هجوم الأحد", "مصادر قبلية", "", A_SRC, "أكدت", ANON),
            E("coal_deny", "تنفيذ أي غارة جوية في حيس منذ بدء الهجوم", COAL_SRC, "", A_OFF, "ونفى", ANON, NEG),
            E(
                "cmd_coord",
                "التنسيق مع التحالف «لا يتجاوز تبادل المعلومات، ولا وجود لأي ضابط أجنبي في غرفة عمليات المخا»",
                JF_CMD,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("hsec_noarrest", "اعتقال أي مدني من قرى المديرية", H_SEC, "", A_OFF, "نفى", ANON, NEG),
            E(
                "hsec_three",
                "الموقوفين «مجرد ثلاثة عناصر تابعين للمرتزقة تسللوا إلى المنطقة»",
                "مضيفا",
                H_SEC,
                A_OFF,
                "مضيفا",
                ANON,
            ),
            E("sam14", "وثقت اعتقال ١٤ مدنيا من قرى الجراحي منذ الأحد", SAM, "", ORG, "قالت"),
            E(
                "health4",
                "عدد القتلى المدنيين في قرية الحجنة إلى أربعة بعد وفاة امرأة متأثرة بجروحها",
                HEALTH_HOD,
                "",
                ORG,
                "ورفع",
            ),
            E(
                "shr_echo",
                "القتلى «عناصر حوثية كانت تدير مربض هاون داخل مزرعة»",
                SHAR,
                "",
                N_OFF,
                "نقل",
                via=[MASDAR],
            ),
            E("pris_noagree", "«لم يتم التوصل إلى أي اتفاق حتى الآن» لتبادلها", PRIS, "", A_OFF, "قال", ANON),
            E("pris_contacts", "الوساطة القبلية «ما زالت في طور الاتصالات»", "موضحا", PRIS, A_OFF, "موضحا", ANON),
            E(
                "wit_east",
                "مسلحين حوثيين «ما زالوا ينتشرون في الحي الشرقي للمدينة»",
                "شهود عيان في حيس",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("unmha_echo", "الخروق المسجلة في المحافظة منذ مطلع مارس تجاوزت ٤٠ خرقا", UNMHA, "", ORG, "وبحسب"),
            E("iom220", "عدد الأسر النازحة من حيس ارتفع إلى ٢٢٠ أسرة", IOM, "", ORG, "وقالت"),
            E(
                "an_escal",
                "ما يجري «ليس هجوما عابرا، بل بداية تصعيد على جبهة الساحل الغربي»",
                HAKIMI,
                "",
                N_PER,
                "واعتبر",
            ),
        ],
    },
    "r51_ainhilweh_clashes": {
        "outlet": "الوكالة الوطنية للإعلام",
        "published": "2026-03-23",
        "entries": [
            E("hd", "«الشباب المسلم» اغتالوا العقيد محمود الخطيب في عين الحلوة", "«فتح»", FATAH, ORG, ":", HEAD),
            E(
                "fatah_accuse",
                "مسلحين من «تجمع الشباب المسلم» باغتيال الخطيب «برصاص قناص تمركز على سطح مبنى في حي الطوارئ»",
                FATAH,
                "",
                ORG,
                "واتهمت",
            ),
            E(
                "fatah_khatib",
                "الضابط «كان يشرف على ملف تسليم المطلوبين إلى الدولة»",
                "مشيرة",
                FATAH,
                ORG,
                "مشيرة",
            ),
            E("hasan_deny", "أي علاقة لعناصره بعملية الاغتيال", HASAN, "", N_OFF, "نفى", NEG),
            E("hasan_fatah", "«تصفية حسابات داخل فتح نفسها»", "معتبرا", HASAN, N_OFF, "معتبرا"),
            E(
                "hasan_hold",
                "مسلحي التجمع «ما زالوا في مواقعهم ولم يتراجعوا مترا واحدا»",
                "مؤكدا",
                HASAN,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "ow_control",
                "قواته «استعادت السيطرة على مدخل حي الطوارئ وسوق الخضار بعد منتصف الليل»",
                OWAID,
                "",
                N_OFF,
                "وقال",
                via=[NNA],
            ),
            E("ow_fled", "المسلحين «انكفأوا إلى عمق الحي»", "مضيفا", OWAID, N_OFF, "مضيفا", via=[NNA]),
            E("prcs5", "الاشتباكات أسفرت عن مقتل 5 أشخاص وإصابة 23 آخرين", PRCS, "", ORG, "وأفادت"),
            E("leb8", "عدد القتلى بلغ 8، بينهم ثلاثة من عناصر الأمن الوطني", LEB_SEC, "", A_OFF, "ذكر", ANON),
            E(
                "unrwa_civ",
                "بين القتلى مدنيين اثنين سقطا قرب مدرسة السموع التابعة لها، أحدهما حارس في المدرسة",
                "وكالة «الأونروا»",
                "",
                ORG,
                "وأعلنت",
            ),
            E("unrwa2000", "نحو 2000 شخص لجأوا إلى مساجد صيدا وقاعاتها", "لافتة", "وكالة «الأونروا»", ORG, "لافتة"),
            E(
                "army3",
                "وحداتها أوقفت عند حاجز الحسبة ثلاثة أشخاص «يشتبه في مشاركتهم في الاشتباكات»",
                LAF,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "mil_member",
                "أحد الموقوفين «عنصر معروف في تجمع الشباب المسلم»",
                "مصدر عسكري",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "joint_truce",
                "التوصل إلى اتفاق لوقف إطلاق النار «يسري من السادسة صباحا»",
                JOINT,
                "",
                ORG,
                "وأعلنت",
            ),
            E("moe_close", "إقفال المدارس في محيط المخيم الاثنين", "وزارة التربية والتعليم العالي", "", ORG, "أعلنت"),
            E("kashmar", "حركة «حماس» بأنها «توفر الغطاء والسلاح» لمسلحي التجمع", KASHMAR, "", N_OFF, "واتهم"),
            E(
                "an_arms",
                "جولة العنف «قد تكون مرتبطة بملف تسليم السلاح الفلسطيني إلى الدولة اللبنانية»",
                ALI,
                "",
                N_PER,
                "ورأى",
            ),
        ],
    },
    "r52_ainhilweh_truce": {
        "outlet": "المدن",
        "published": "2026-03-24",
        "entries": [
            E("hd", "لسنا طرفا في أي اتفاق لوقف النار", "«الشباب المسلم»", TAJAMMU, ORG, ":", HEAD),
            E(
                "src_nosign",
                "التجمع «لم يوقع على أي اتفاق ولم يستشره أحد»",
                TAJ_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["«المدن»"],
            ),
            E(
                "src_holds",
                "عناصره «يحتفظون بمواقعهم عند مدخل حي الطوارئ وفي سوق الخضار»",
                TAJ_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["«المدن»"],
            ),
            E(
                "joint_echo",
                "التوصل إلى اتفاق لوقف إطلاق النار «يسري من السادسة صباحا»",
                "هيئة العمل الفلسطيني المشترك",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "fatah_informed",
                "الهيئة «أبلغت جميع القوى بالاتفاق ووافق عليه ممثلو الإسلاميين»",
                HUSSEINI,
                "",
                N_OFF,
                "وأكد",
            ),
            E(
                "hasan_echo",
                "الاغتيال «تصفية حسابات داخل فتح نفسها»",
                HASAN,
                "",
                N_OFF,
                "ونقلت",
                via=["«الوكالة الوطنية للإعلام»"],
            ),
            E(
                "taj_fighters",
                "القتيلين قرب مدرسة السموع «مسلحان من الأمن الوطني كانا يطلقان النار على الحي»",
                "التجمع",
                TAJAMMU,
                ORG,
                "وقال",
                alt_types=[DOC],
            ),
            E(
                "taj_noarrest",
                "توقيف أي عنصر من التجمع على حواجز الجيش اللبناني",
                "البيان",
                TAJAMMU,
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
            ),
            E("army5", "عدد الموقوفين ارتفع إلى خمسة", "مديرية التوجيه في الجيش اللبناني", "", ORG, "أوضحت"),
            E(
                "leb_deploy",
                "وحدات الجيش عززت انتشارها عند مداخل المخيم الأربعة تحسبا لتجدد المعارك",
                LEB_SEC,
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E(
                "hamas_deny",
                "تكون الحركة قدمت «أي سلاح أو غطاء» لأي مجموعة داخل المخيم",
                HAMAS,
                "",
                N_OFF,
                "ونفى",
                NEG,
            ),
            E("hamas_med", "دورها «يقتصر على الوساطة لتثبيت وقف النار»", "موضحا", HAMAS, N_OFF, "موضحا"),
            E("prcs7", "ارتفعت حصيلة الضحايا إلى 7 قتلى و31 جريحا", PRCS, "", ORG, "وفق ما أعلنت"),
            E(
                "hosp11",
                "المستشفى وحده استقبل 11 جثة منذ مساء الأحد",
                "مصدرا طبيا في مستشفى حمود الجامعي",
                "",
                A_OFF,
                "قال",
                ANON,
                alt_types=[A_SRC],
            ),
            E("pal8", "ثمانية قتلوا في ليلة الأحد وحدها", "مصادر فلسطينية في المخيم", "", A_SRC, "وأكدت", ANON),
            E(
                "unrwa3500",
                "عدد النازحين إلى مساجد صيدا وقاعاتها ارتفع إلى نحو 3500",
                "«الأونروا»",
                "",
                ORG,
                "وذكرت",
            ),
            E("res_leave", "عشرات العائلات غادرت حي حطين باتجاه المدينة", "سكان", "", A_SRC, "وقال", ANON),
            E("mayor", "الرصاص الطائش «بات يهدد الأحياء المحيطة بالمخيم»", SHARIF, "", N_OFF, "وحذر"),
            E(
                "an_fight",
                "المعركة «ليست على اغتيال ضابط، بل على من يمسك بأحياء المخيم»",
                ABDELHADI,
                "",
                N_PER,
                "ورأى",
            ),
        ],
    },
    "r53_bara_attack": {
        "outlet": "سودان تريبيون",
        "published": "2026-04-05",
        "entries": [
            E("hd", "سيطرنا على مدينة بارا بالكامل", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E("rsf_control", "«بسطت سيطرتها الكاملة على مدينة بارا»", RSF, "", ORG, "أعلنت"),
            E("army_repel", "صد الهجوم وكبد المهاجمين خسائر كبيرة", SAF, "", ORG, "قال"),
            E(
                "zein_garrison",
                "قواته «دخلت مقر حامية بارا وغنمت عشرات العربات القتالية»",
                ZEIN,
                "",
                N_OFF,
                "وقال",
                via=[ST],
            ),
            E(
                "zein200",
                "أكثر من 200 من جنود الجيش والمستنفرين قتلوا في المعارك",
                "مضيفا",
                ZEIN,
                N_OFF,
                "مضيفا",
                via=[ST],
            ),
            E(
                "army_holds",
                "القوات المسلحة «ما زالت تحتفظ بمواقعها داخل بارا وعلى طريق الأبيض»",
                ABU,
                "",
                N_OFF,
                "أكد",
            ),
            E("army120", "مقتل «أكثر من 120 من عناصر الميليشيا»", "مشيرا", ABU, N_OFF, "مشيرا"),
            E(
                "army14",
                "بمقتل 14 من أفراد القوات المسلحة والمستنفرين",
                "البيان",
                SAF,
                ORG,
                "وأقر",
                alt_types=[DOC],
            ),
            E(
                "army_splm",
                "مقاتلين من الحركة الشعبية لتحرير السودان - شمال بالمشاركة في الهجوم «جنبا إلى جنب مع الدعم السريع»",
                "أبو شامة",
                ABU,
                N_OFF,
                "واتهم",
            ),
            E(
                "sdn47",
                "مقتل 47 مدنيا جراء قصف مدفعي شنته قوات الدعم السريع على سوق بارا والأحياء المحيطة به",
                SDN,
                "",
                ORG,
                "وأفادت",
            ),
            E("er63", "عدد القتلى المدنيين بلغ 63 شخصا", ER, "", ORG, "قالت"),
            E("er_kids", "بينهم تسعة أطفال", "مشيرة", ER, ORG, "مشيرة"),
            E(
                "moh85",
                "مستشفى الأبيض استقبل 85 جريحا نقلوا من بارا",
                "وزارة الصحة بولاية شمال كردفان",
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "zein_fighters",
                "من سقطوا في أحياء المدينة «مستنفرون مسلحون قاتلوا إلى جانب الجيش، وليسوا مدنيين»",
                "الزين",
                ZEIN,
                N_OFF,
                "اعتبر",
            ),
            E("zein_noshell", "تكون قواته قد قصفت أي منطقة سكنية", "ونفى", ZEIN, N_OFF, "ونفى", NEG),
            E(
                "loc_detain",
                "عناصر الدعم السريع احتجزوا عشرات الشبان في مبنى قسم الشرطة بعد دخولهم المدينة",
                "مصادر محلية",
                "",
                A_SRC,
                "وقالت",
                ANON,
            ),
            E(
                "wit_deploy",
                "عربات القوات انتشرت في وسط المدينة وحول سوقها الرئيسي",
                "شهود عيان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "nazir",
                "الأعيان توصلوا مع الطرفين إلى اتفاق «لفتح ممر آمن لخروج المدنيين نحو الأبيض ابتداء من الاثنين»",
                NAZIR,
                "",
                N_PER,
                "وأعلن",
                alt_types=[N_OFF],
            ),
            E("iom4300", "نحو 4300 شخص نزحوا من بارا خلال يوم واحد", IOM, "", ORG, "وذكرت"),
            E(
                "an_cut",
                "الدعم السريع «يحاول قطع طريق الصادرات وعزل الأبيض عن أم درمان»",
                FIKI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r54_bara_corridor": {
        "outlet": "الجزيرة نت",
        "published": "2026-04-06",
        "entries": [
            E("hd", "لا اتفاق على ممرات آمنة في بارا", SAF, "", ORG, ":", HEAD, alt_types=[N_OFF]),
            E(
                "mil_withdrew",
                "وحدات الجيش «انسحبت من داخل بارا منذ فجر الأحد إلى مواقع تبعد نحو ١٥ كيلومترا جنوبها»",
                "مصدر عسكري في الأبيض",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["الجزيرة نت"],
            ),
            E(
                "army_echo",
                "القوات المسلحة «ما زالت تحتفظ بمواقعها داخل بارا وعلى طريق الأبيض»",
                "الجيش",
                SAF,
                ORG,
                "جاء فيه",
                alt_types=[DOC],
            ),
            E("army_nocorr", "التوصل إلى أي اتفاق بشأن ممرات آمنة", ABU, "", N_OFF, "ونفى", NEG),
            E("army_nonego", "القوات المسلحة «لا تتفاوض مع الميليشيا»", "مؤكدا", ABU, N_OFF, "مؤكدا"),
            E(
                "nazir_echo",
                "اتفاقا مع الطرفين لفتح ممر آمن لخروج المدنيين نحو الأبيض",
                "ناظر قبيلة الجوامعة",
                "",
                N_PER,
                "أعلن",
                alt_types=[N_OFF, A_OFF],
            ),
            E("zein_nodetain", "احتجاز أي مدني في بارا", ZEIN54, "", N_OFF, "نفى", NEG),
            E(
                "zein_intel",
                "من أوقفوا «مجرد عناصر من الاستخبارات العسكرية ضبطوا بأسلحتهم»",
                "مضيفا",
                ZEIN54,
                N_OFF,
                "مضيفا",
            ),
            E("zein_air", "طيران الجيش بقصف سوق بارا", "متهما", ZEIN54, N_OFF, "متهما"),
            E(
                "lawyers80",
                "وثقت احتجاز أكثر من ٨٠ شابا في قسم شرطة المدينة",
                "مجموعة محامو الطوارئ",
                "",
                ORG,
                "قالت",
            ),
            E(
                "splm_pol",
                "تحالف الحركة مع الدعم السريع ضمن «تأسيس» «تحالف سياسي فقط»",
                SPLM,
                "",
                N_OFF,
                "وقال",
            ),
            E("splm_nofight", "وجود أي مقاتل للحركة في شمال كردفان", "نافيا", SPLM, N_OFF, "نافيا", NEG),
            E("sdn58", "عدد القتلى المدنيين إلى ٥٨", SDN, "", ORG, "بحسب"),
            E("er71", "الحصيلة إلى ٧١ قتيلا", ER, "", ORG, "رفعت"),
            E(
                "stc9",
                "تسعة أطفال على الأقل قتلوا في بارا منذ بدء الهجوم",
                "منظمة «أنقذوا الأطفال»",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "zein_echo",
                "من سقطوا «مستنفرون مسلحون قاتلوا إلى جانب الجيش، وليسوا مدنيين»",
                "الزين",
                ZEIN54,
                N_OFF,
                "ونقلت",
                via=[ST],
            ),
            E(
                "obeid4",
                "قتل ٤ أشخاص في قصف بطائرة مسيرة استهدف حيا سكنيا",
                "السلطات المحلية",
                "",
                ORG,
                "حسبما أفادت",
            ),
            E("iom11k", "عدد النازحين من بارا ارتفع إلى نحو ١١ ألف شخص", IOM, "", ORG, "وقالت"),
            E(
                "ocha",
                "عدد النازحين في شمال كردفان منذ بدء الحرب بأكثر من ٦٠٠ ألف",
                "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
                "",
                ORG,
                "يقدر",
            ),
            E(
                "disp_block",
                "عناصر الدعم السريع منعوهم من المغادرة عبر الطريق الرئيسي",
                "نازحون وصلوا إلى الأبيض",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "an_bara",
                "«سقوط بارا، إن تأكد، ليس مجرد خسارة بلدة، بل تهديد مباشر للأبيض»",
                MAJDI,
                "",
                N_PER,
                "واعتبر",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Hays: the Houthis in the district centre vs the Joint Forces holding all positions in the town
        ("r49.hou_seized", "r49.shr_hold"),
        ("r50.sh_center", "r49.shr_hold"),
        ("r50.hd", "r49.shr_hold"),  # headline copy
        ("r50.wit_east", "r49.shr_hold"),  # Houthi gunmen "still" in the eastern quarter
        # the Joint Forces' own dead
        ("r49.shr4", "r49.med7"),  # 4 vs 7 bodies, same day
        ("r49.med7", "r50.jf5"),  # 7 on Sunday vs 5 on Monday from another source
        ("r50.jf5", "r50.med9"),
        ("r50.jf5", "r50.tribal7"),
        # who died in al-Hajna: civilians vs Houthi mortar crew
        ("r49.health3", "r49.shr_fighters"),
        ("r49.health3", "r50.shr_echo"),  # the spokesman's words retold via al-Masdar Online
        ("r50.health4", "r49.shr_fighters"),
        ("r50.health4", "r50.shr_echo"),
        # who hit the Hays market
        ("r49.la_market", "r50.sh_market"),
        ("r49.la_market", "r50.sh_shell"),
        # coalition air raids / Emirati officers vs denial and "no more than information exchange"
        ("r49.hou_raids", "r50.coal_deny"),
        ("r50.sh_uae", "r50.cmd_coord"),
        # arrests in al-Jarrahi vs denial
        ("r49.loc_arrest", "r50.hsec_noarrest"),
        ("r49.loc_arrest", "r50.hsec_three"),
        ("r50.sam14", "r50.hsec_noarrest"),
        ("r50.sam14", "r50.hsec_three"),
        # the exchange of bodies: agreed vs no agreement yet
        ("r49.med_agree", "r50.pris_noagree"),
        ("r49.med_agree", "r50.pris_contacts"),
        # --- Ain al-Hilweh: who killed Col. al-Khatib
        ("r51.hd", "r51.hasan_deny"),
        ("r51.fatah_accuse", "r51.hasan_deny"),
        ("r51.hd", "r51.hasan_fatah"),
        ("r51.fatah_accuse", "r51.hasan_fatah"),
        ("r51.hd", "r52.hasan_echo"),  # the spokesman's words retold via NNA
        ("r51.fatah_accuse", "r52.hasan_echo"),
        # control of the Tawari entrance and the vegetable market
        ("r51.ow_control", "r51.hasan_hold"),
        ("r51.ow_control", "r52.src_holds"),
        ("r51.ow_fled", "r51.hasan_hold"),
        ("r51.ow_fled", "r52.src_holds"),
        # tolls
        ("r51.prcs5", "r51.leb8"),
        ("r51.prcs5", "r52.pal8"),  # 5 on Monday vs 8 on Sunday night alone
        ("r51.leb8", "r52.prcs7"),  # 8 on Monday vs 7 on Tuesday from another source
        ("r52.prcs7", "r52.pal8"),
        ("r52.prcs7", "r52.hosp11"),
        # the two dead near the Samou school: civilians vs National Security gunmen
        ("r51.unrwa_civ", "r52.taj_fighters"),
        # a member of the grouping among the detainees vs denial
        ("r51.mil_member", "r52.taj_noarrest"),
        # the truce accepted by the Islamists' representatives vs "not a party"
        ("r52.fatah_informed", "r52.src_nosign"),
        ("r52.fatah_informed", "r52.hd"),
        # Hamas: cover and arms vs denial / mediation only
        ("r51.kashmar", "r52.hamas_deny"),
        ("r51.kashmar", "r52.hamas_med"),
        # --- Bara: control of the town
        ("r53.rsf_control", "r53.army_holds"),
        ("r53.rsf_control", "r53.army_repel"),
        ("r53.rsf_control", "r54.army_echo"),  # the army's statement, republished
        ("r53.hd", "r53.army_holds"),
        ("r53.hd", "r53.army_repel"),
        ("r53.hd", "r54.army_echo"),
        ("r53.zein_garrison", "r53.army_holds"),
        ("r53.zein_garrison", "r54.army_echo"),
        ("r54.mil_withdrew", "r53.army_holds"),
        ("r54.mil_withdrew", "r54.army_echo"),
        # the army's dead
        ("r53.zein200", "r53.army14"),
        # civilian tolls
        ("r53.sdn47", "r53.er63"),
        ("r54.sdn58", "r54.er71"),
        ("r53.er63", "r54.sdn58"),  # 63 on Sunday vs 58 on Monday from another source
        # civilians vs armed mobilised fighters
        ("r53.zein_fighters", "r53.sdn47"),
        ("r53.zein_fighters", "r53.er63"),
        ("r53.zein_fighters", "r53.er_kids"),
        ("r53.zein_fighters", "r54.sdn58"),
        ("r53.zein_fighters", "r54.er71"),
        ("r53.zein_fighters", "r54.stc9"),
        ("r54.zein_echo", "r53.sdn47"),
        ("r54.zein_echo", "r53.er63"),
        ("r54.zein_echo", "r53.er_kids"),
        ("r54.zein_echo", "r54.sdn58"),
        ("r54.zein_echo", "r54.er71"),
        ("r54.zein_echo", "r54.stc9"),
        # who shelled the market and quarters
        ("r53.sdn47", "r53.zein_noshell"),
        ("r53.sdn47", "r54.zein_air"),
        # SPLM-N fighters in the attack vs a political alliance only
        ("r53.army_splm", "r54.splm_pol"),
        ("r53.army_splm", "r54.splm_nofight"),
        # detentions vs denial
        ("r53.loc_detain", "r54.zein_nodetain"),
        ("r53.loc_detain", "r54.zein_intel"),
        ("r54.lawyers80", "r54.zein_nodetain"),
        ("r54.lawyers80", "r54.zein_intel"),
        # a safe corridor agreed vs no agreement
        ("r53.nazir", "r54.army_nocorr"),
        ("r53.nazir", "r54.hd"),
        ("r54.nazir_echo", "r54.army_nocorr"),
        ("r54.nazir_echo", "r54.hd"),
    ],
    "agreements": [
        ("r49.med7", "r50.tribal7"),  # seven soldiers killed: medical source and tribal sources
        ("r49.loc_arrest", "r50.sam14"),  # 14 people from al-Jarrahi detained: local sources and SAM
        ("r51.leb8", "r52.pal8"),  # eight killed: Lebanese security source and Palestinian sources
        ("r53.loc_detain", "r54.lawyers80"),  # young men detained at the police station
        ("r53.er_kids", "r54.stc9"),  # nine children among the dead
    ],
    "echoes": [
        ("r49.jf_stmt", "r50.jf_echo"),  # the Joint Forces' statement, republished
        ("r49.shr_fighters", "r50.shr_echo"),  # the spokesman's words to al-Masdar Online, cited by al-Araby
        ("r49.unmha40", "r50.unmha_echo"),  # UNMHA's March figure, recalled
        ("r51.hasan_fatah", "r52.hasan_echo"),  # the spokesman's words to NNA, cited by al-Modon
        ("r51.joint_truce", "r52.joint_echo"),  # the committee's announcement, recalled
        ("r53.army_holds", "r54.army_echo"),  # the army's statement, republished
        ("r53.nazir", "r54.nazir_echo"),  # the nazir's announcement, recalled
        ("r53.zein_fighters", "r54.zein_echo"),  # the adviser's words to Sudan Tribune, cited again
    ],
    "not_contradictions": [
        ("r49.shr4", "r50.jf5"),  # the Joint Forces' toll rose from 4 to 5
        ("r49.med7", "r50.med9"),  # the hospital's count rose from 7 to 9
        ("r49.health3", "r50.health4"),  # al-Hajna: 3 then 4 after a woman died
        ("r49.iom150", "r50.iom220"),  # displaced families rising
        ("r49.hou_dozens", "r49.shr4"),  # "dozens killed or wounded" vs 4 dead (and 20+ wounded)
        ("r49.la_market", "r49.health3"),  # Hays market vs al-Hajna village: two incidents
        ("r51.prcs5", "r52.prcs7"),  # the Red Crescent's toll rose from 5 to 7
        ("r51.army3", "r52.army5"),  # detainees rising from 3 to 5
        ("r51.unrwa2000", "r52.unrwa3500"),  # displaced rising
        ("r52.hosp11", "r52.pal8"),  # 11 bodies since Sunday evening vs 8 on Sunday night
        ("r51.unrwa_civ", "r51.leb8"),  # two civilians among eight dead
        ("r53.sdn47", "r54.sdn58"),  # the doctors' toll rose from 47 to 58
        ("r53.er63", "r54.er71"),  # the emergency room's toll rose from 63 to 71
        ("r53.iom4300", "r54.iom11k"),  # displaced from Bara rising
        ("r54.iom11k", "r54.ocha"),  # from Bara in two days vs the state since the war began
        ("r54.obeid4", "r54.sdn58"),  # El Obeid vs Bara: different places
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
