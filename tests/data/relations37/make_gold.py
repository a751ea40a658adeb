"""Writes gold.json for relations set 37 (r217..r222) from the annotations below
(`python3 -B tests/data/relations37/make_gold.py`).

Each entry has a label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks
every offset. `check_layout` also checks each article's layout (headline, dateline, blank-line paragraphs),
its length (320-335 words) and its digits (Western or Arabic-Indic only, as listed in DIGITS).
"""

from __future__ import annotations

import re
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

# r217/r218: the Nukhaib desert (Anbar, Iraq): an attack on an army post and abducted shepherds
CELL = "خلية الإعلام الأمني"
ANBAR_SRC = "مصدرا في قيادة عمليات الأنبار"
SUMARIA = "السومرية نيوز"
PMF = "هيئة الحشد الشعبي"
TAI = "قائد محور غرب الأنبار في الحشد، أبو حيدر الطائي"
DARAAN = "الشيخ عواد الدرعان، أحد وجهاء عشيرة عنزة"
MAHLAWI = "مدير ناحية النخيب، سالم المحلاوي"
MED = "مصدر طبي في مستشفى الحسين التعليمي بكربلاء"
SHAMMARI = "الباحث في الشؤون الأمنية نزار الشمري"
JOCREP = "تقرير أصدرته قيادة العمليات المشتركة"
DARAAN18 = "الشيخ عواد الدرعان، أحد وجهاء عشيرة عنزة في بادية النخيب"
INDY = "«إندبندنت عربية»"
RAWI = "قائد شرطة الأنبار، اللواء منذر الراوي"
SHWAILI = "المتحدث باسم خلية الإعلام الأمني، العميد كاظم الشويلي"
AKILI = "المتحدث باسم قيادة العمليات المشتركة، اللواء جبار العكيلي"
ZAIDI = "قائد حرس الحدود في قاطع الأنبار، اللواء رحيم الزيدي"
HADITHI = "الباحث في شؤون الجماعات المسلحة وليد الحديثي"
# r219/r220: Kassala (eastern Sudan): clashes between Beni Amer and Nuba youths
SEC = "لجنة أمن ولاية كسلا"
STATE_MOH = "وزارة الصحة بالولاية"
DOCS = "لجنة أطباء كسلا"
ADAM = "المتحدث باسم شرطة الولاية، العقيد إبراهيم موسى آدم"
KOKO = "رئيس رابطة أبناء النوبة في كسلا، كوكو عبد الرحمن"
JAZ = "الجزيرة نت"
OMDA = "العمدة حامد إدريس، ممثل نظارة البني عامر"
NOUR = "المتحدث باسم قوات الأورطة الشرقية، عمر محمد نور"
BASHIR = "والي كسلا، اللواء المتقاعد عوض الكريم بشير"
ONOUR = "الباحث في شؤون شرق السودان هاشم أونور"
OMDA20 = "ممثل نظارة البني عامر، العمدة حامد إدريس"
DABANGA = "راديو دبنقا"
BASHIR20 = "والي كسلا، عوض الكريم بشير"
KOKO20 = "رئيس رابطة أبناء النوبة، كوكو عبد الرحمن"
IOM = "المنظمة الدولية للهجرة"
HAC = "مفوض العون الإنساني بالولاية، الطاهر محمد علي"
LAWYERS = "مجموعة محامي الطوارئ"
# r221/r222: Baalbek (Lebanon): a feud between the Daher and Zein families in the Sharawneh quarter
ARMY = "الجيش اللبناني"
NNA = "الوكالة الوطنية للإعلام"
HAIDAR = "مدير مستشفى بعلبك الحكومي، الدكتور وسام حيدر"
DAHER = "عائلة آل ضاهر"
ZEIN = "الحاج علي الزين، أحد وجهاء آل الزين"
NAHAR = "«النهار»"
RAAD = "محافظ بعلبك، سامر رعد"
YAGHI21 = "الشيخ عباس ياغي، الذي يقود وساطة عشائرية بين الطرفين"
YAGHI = "الشيخ عباس ياغي، الذي قاد الوساطة العشائرية في بعلبك"
MODON = "«المدن»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r217_nukhaib_desert_attack": {
        "outlet": "السومرية نيوز",
        "published": "2028-08-14",
        "entries": [
            E("hd", "أحد ألويتنا شارك في صد هجوم «داعش» جنوبي النخيب", "الحشد", PMF, ORG, ":", HEAD),
            E(
                "cell_repel",
                "قوة من الجيش «تصدت لهجوم شنه عناصر من داعش على نقطة مراقبة جنوبي ناحية النخيب»",
                CELL,
                "",
                ORG,
                "أعلنت",
            ),
            E("cell_kill4", "قتلت أربعة من المهاجمين", CELL, "", ORG, "أعلنت"),
            E("cell_noloss", "الهجوم «لم يوقع أي خسائر في صفوف القوات الأمنية»", "مؤكدة", CELL, ORG, "مؤكدة"),
            E(
                "src_3dead",
                "ثلاثة جنود قتلوا وأصيب خمسة آخرون في اشتباك دام نحو ساعتين",
                ANBAR_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "src_30",
                "المهاجمين «كانوا أكثر من ثلاثين مسلحا على دراجات نارية وعجلات رباعية الدفع»",
                "مضيفا",
                ANBAR_SRC,
                A_OFF,
                "مضيفا",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "pmf_joined",
                "أحد ألويتها «شارك إلى جانب الجيش في صد الهجوم»",
                PMF,
                "",
                ORG,
                "وقالت",
                alt_types=[DOC],
            ),
            E("pmf_2dead", "فقد مقاتلين اثنين", PMF, "", ORG, "وقالت", alt_types=[DOC]),
            E("pmf_cmd", "المهاجمين «فروا نحو وادي الغدف تاركين عجلتين محترقتين»", TAI, "", N_OFF, "وأكد"),
            E(
                "sheikh_11",
                "مسلحي التنظيم خطفوا 11 راعيا من أبناء العشيرة فجر الاثنين",
                DARAAN,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E("sheikh_sheep", "استولوا على نحو 400 رأس من الأغنام", DARAAN, "", N_PER, "قال", alt_types=[N_OFF]),
            E(
                "sheikh_bodies",
                "العثور على جثتي راعيين قرب الوادي «وعليهما آثار رصاص»",
                "مشيرا",
                DARAAN,
                N_PER,
                "مشيرا",
                alt_types=[N_OFF],
            ),
            E("mayor_nobody", "العثور على أي جثة حتى الآن", MAHLAWI, "", N_OFF, "نفى", NEG),
            E("mayor_6", "المخطوفون ستة رعاة فقط، كلهم من عائلة واحدة", "وقال", MAHLAWI, N_OFF, "وقال", DIRECT),
            E(
                "shep_story",
                "المسلحين «وصلوا قبيل منتصف الليل ملثمين، يتكلمون بلهجة غير عراقية»",
                "راع نجا من الهجوم",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "res_families",
                "عشرات العائلات البدوية بدأت تنتقل من البادية إلى مركز الناحية خوفا من هجمات جديدة",
                "سكان في النخيب",
                "",
                A_SRC,
                "وذكر",
                ANON,
            ),
            E(
                "med_2bodies",
                "المستشفى استقبل جثتي جنديين وسبعة جرحى نقلوا من النخيب فجرا",
                MED,
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E("med_critical", "ثلاثة من الجرحى في حالة حرجة", "مضيفا", MED, A_OFF, "مضيفا", ANON),
            E(
                "an_syria",
                "المجموعة «تسللت من البادية السورية عبر ثغرات في الساتر الحدودي»",
                SHAMMARI,
                "",
                N_PER,
                "ورجح",
            ),
            E("an_regroup", "التنظيم «يعيد ترتيب صفوفه في الصحراء الغربية»", "معتبرا", SHAMMARI, N_PER, "معتبرا"),
            E(
                "ops_search",
                "بدء عملية تفتيش واسعة في وديان المنطقة بإسناد من طيران الجيش",
                "قيادة عمليات الأنبار",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "jocrep_9",
                "نفذ التنظيم 9 هجمات في صحراء الأنبار منذ مطلع العام",
                JOCREP,
                "",
                DOC,
                "وبحسب",
                alt_types=[ORG],
            ),
        ],
    },
    "r218_nukhaib_shepherds": {
        "outlet": "إندبندنت عربية",
        "published": "2028-08-15",
        "entries": [
            E("hd", "لا تسلل من سوريا إلى بادية الأنبار", "حرس الحدود", "", ORG, ":", HEAD),
            E(
                "sheikh_rel",
                "خاطفي الرعاة أطلقوا مساء الاثنين سراح ٥ منهم «بعد أن جمعت عائلاتهم ٥٠ مليون دينار»",
                DARAAN18,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[INDY],
            ),
            E(
                "sheikh_still6",
                "٦ آخرين ما زالوا محتجزين في مكان مجهول",
                "مضيفا",
                DARAAN18,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
                via=[INDY],
            ),
            E(
                "brother",
                "العائلات «سلمت المبلغ لوسيط في الرطبة قبل ساعات من الإفراج»",
                "شقيق أحد المفرج عنهم",
                "",
                A_SRC,
                "وأكد",
                ANON,
            ),
            E(
                "police_raid",
                "قوة من الشرطة «حررت ٥ رعاة في عملية دهم لمخبأ جنوب وادي الغدف»",
                RAWI,
                "",
                N_OFF,
                "قال",
            ),
            E("police_kill2", "قتلت ٢ من الخاطفين", RAWI, "", N_OFF, "قال"),
            E("police_noransom", "دفع أي فدية", "نافيا", RAWI, N_OFF, "نافيا", NEG),
            E("cell_deny", "يكون لـ«داعش» أي صلة بخطف الرعاة", SHWAILI, "", N_OFF, "ونفى", NEG),
            E(
                "cell_gangs",
                "البادية تشهد منذ أشهر «نشاطا متزايدا لعصابات تهريب المواشي»",
                "معتبرا",
                SHWAILI,
                N_OFF,
                "معتبرا",
            ),
            E(
                "isis_spies",
                "مسلحيه «أسروا ١١ من جواسيس الحشد» في بادية النخيب",
                "تنظيم «داعش»",
                "",
                ORG,
                "زعم",
                via=["وكالة «أعماق»"],
            ),
            E(
                "health_3",
                "مستشفياتها تسلمت جثث ٣ جنود قتلوا في هجوم النخيب",
                "دائرة صحة كربلاء",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "src_echo",
                "٣ جنود قتلوا في الاشتباك",
                "مصدر في قيادة عمليات الأنبار",
                "",
                A_OFF,
                "قال",
                ANON,
                via=["«السومرية نيوز»"],
            ),
            E(
                "joc_pmf",
                "الحشد «لم يشارك في الاشتباك، واقتصر دوره على تبادل المعلومات»",
                AKILI,
                "",
                N_OFF,
                "وقال",
            ),
            E("joc_secure", "البادية «باتت مؤمنة بالكامل»", "مؤكدا", AKILI, N_OFF, "مؤكدا"),
            E("pmf_echo", "أحد ألويتها «شارك إلى جانب الجيش في صد الهجوم»", PMF, "", ORG, "أعلنت", alt_types=[DOC]),
            E(
                "res_roam",
                "مسلحين «ما زالوا يتجولون ليلا في الوديان القريبة»",
                "سكانا في النخيب",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[INDY],
            ),
            E("iom_35", "نزحت ٣٥ عائلة من البادية إلى مركز الناحية منذ الاثنين", IOM, "", ORG, "ووفق"),
            E(
                "mayor_nodisp",
                "المنطقة «لم تشهد أي نزوح، بل تنقلا موسميا معتادا للبدو»",
                "مدير الناحية، سالم المحلاوي",
                "",
                N_OFF,
                "أكد",
            ),
            E("border_deny", "تسجيل أي تسلل من الأراضي السورية", ZAIDI, "", N_OFF, "ونفى", NEG),
            E(
                "border_cams",
                "الساتر الحدودي «مراقب بالكاميرات الحرارية على مدار الساعة»",
                "مؤكدا",
                ZAIDI,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "an_local",
                "المهاجمين «خلية محلية تختبئ في الوديان منذ سنوات، ولا تحتاج إلى عبور الحدود»",
                HADITHI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r219_kassala_clashes": {
        "outlet": "الجزيرة نت",
        "published": "2028-08-19",
        "entries": [
            E(
                "hd",
                "حظر تجول ليلي ونشر الجيش داخل الأحياء بعد اشتباكات قبلية",
                "لجنة أمن كسلا",
                SEC,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "sec_curfew",
                "فرض حظر تجول في المدينة من الساعة ٦ مساء حتى ٦ صباحا",
                SEC,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "sec_army",
                "نشر وحدات من الجيش داخل الأحياء التي شهدت اشتباكات",
                SEC,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E("moh9", "الحصيلة بلغت ٩ قتلى و٤٣ جريحا", STATE_MOH, "", ORG, "وقالت"),
            E("docs16", "مقتل ١٦ شخصا بينهم ٣ أطفال", DOCS, "", ORG, "أفادت"),
            E(
                "docs_blood",
                "مستشفى كسلا التعليمي «يعاني نقصا حادا في أكياس الدم»",
                "مشيرة",
                DOCS,
                ORG,
                "مشيرة",
            ),
            E(
                "pol_cause",
                "الشرارة «جريمة جنائية فردية»، إذ قتل سائق ركشة في السوق الشعبي إثر مشادة مع زبون",
                ADAM,
                "",
                N_OFF,
                "وأوضح",
            ),
            E("pol_38", "الشرطة أوقفت ٣٨ مشتبها بهم", "مضيفا", ADAM, N_OFF, "مضيفا"),
            E(
                "nuba_planned",
                "«الهجوم على حي الكارا كان مدبرا منذ أيام»",
                KOKO,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[JAZ],
            ),
            E(
                "nuba_alliance",
                "شبانا من البني عامر بالقتال «في تحالف مع قوات الأورطة الشرقية»",
                "متهما",
                KOKO,
                N_OFF,
                "متهما",
                alt_types=[N_PER],
                via=[JAZ],
            ),
            E(
                "omda_defend",
                "شبان القبيلة «دافعوا عن بيوتهم بعد أن هاجمها مسلحون قادمون من حي الكارا»",
                OMDA,
                "",
                N_OFF,
                "أكد",
                alt_types=[N_PER],
            ),
            E("orta_deny", "مشاركة أي من عناصرها في الاشتباكات", NOUR, "", N_OFF, "ونفى", NEG, via=[JAZ]),
            E("orta_command", "قواته «تتبع لقيادة الجيش وتلتزم بأوامره»", "مشيرا", NOUR, N_OFF, "مشيرا", via=[JAZ]),
            E(
                "wit_insignia",
                "مسلحين «يضعون شارات الأورطة» شاركوا في إطلاق النار على حي الكارا",
                "شهود عيان",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[JAZ],
            ),
            E("res_60", "احتراق نحو ٦٠ منزلا ومتجرا", "سكان في الحي", "", A_SRC, "أحصى", ANON),
            E(
                "rc_200",
                "متطوعي الجمعية نقلوا ٢٠٠ أسرة من حي الكارا إلى مدارس قريبة",
                "جمعية الهلال الأحمر السوداني",
                "",
                ORG,
                "نقلا عن",
                via=["وكالة السودان للأنباء"],
            ),
            E(
                "gov_control",
                "الأوضاع «تحت السيطرة تماما منذ العصر»",
                BASHIR,
                "",
                N_OFF,
                "قال",
                via=["التلفزيون الرسمي"],
            ),
            E(
                "gov_account",
                "محاسبة «كل من حمل السلاح»",
                "متعهدا",
                BASHIR,
                N_OFF,
                "متعهدا",
                OPT,
                via=["التلفزيون الرسمي"],
            ),
            E(
                "res_gunfire",
                "إطلاق النار «تواصل حتى منتصف الليل رغم الحظر»",
                "سكانا",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[JAZ],
            ),
            E(
                "an_political",
                "ما جرى «ليس قبليا في جوهره، بل صراع على النفوذ تغذيه الحرب»",
                ONOUR,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "تحول كسلا إلى «ساحة لتصفية حسابات الفصائل المسلحة»",
                "محذرا",
                ONOUR,
                N_PER,
                "محذرا",
                OPT,
            ),
        ],
    },
    "r220_kassala_truce": {
        "outlet": "راديو دبنقا",
        "published": "2028-08-21",
        "entries": [
            E(
                "hd",
                "البني عامر لم توقع أي هدنة في كسلا",
                "العمدة حامد إدريس",
                OMDA20,
                N_OFF,
                ":",
                HEAD,
                alt_types=[N_PER],
            ),
            E(
                "omda_deny",
                "تكون القبيلة قد وقعت على الهدنة التي أعلنتها حكومة ولاية كسلا الأحد",
                OMDA20,
                "",
                N_OFF,
                "نفى",
                NEG,
                alt_types=[N_PER],
                via=[DABANGA],
            ),
            E(
                "omda_unmandated",
                "من حضروا مراسم التوقيع «لم يكونوا مفوضين من النظارة»",
                "قائلا",
                OMDA20,
                N_OFF,
                "قائلا",
                alt_types=[N_PER],
                via=[DABANGA],
            ),
            E(
                "gov_truce",
                "توقيع زعماء القبيلتين «هدنة لمدة ثلاثة أشهر» برعاية لجنة أمن الولاية",
                BASHIR20,
                "",
                N_OFF,
                "أعلن",
            ),
            E("gov_normal", "«الحياة عادت إلى طبيعتها في كل الأحياء»", "مؤكدا", BASHIR20, N_OFF, "مؤكدا"),
            E(
                "traders",
                "معظم المحال ما زالت مغلقة خوفا من تجدد الاشتباكات",
                "تاجرا في السوق الشعبي",
                "",
                A_SRC,
                "قال",
                ANON,
                DIRECT,
            ),
            E("nuba_signed", "ممثلي الرابطة وقعوا على الهدنة", KOKO20, "", N_OFF, "وأكد", alt_types=[N_PER]),
            E(
                "nuba_renew",
                "قوات الأورطة الشرقية بـ«القتال إلى جانب شبان البني عامر»",
                "لكنه",
                KOKO20,
                N_OFF,
                "جدد",
                alt_types=[N_PER],
            ),
            E(
                "omda_coord",
                "علاقة النظارة بالأورطة «مجرد تنسيق لحماية الأحياء، وليست تحالفا»",
                "العمدة إدريس",
                OMDA20,
                N_OFF,
                "ورد",
                alt_types=[N_PER],
            ),
            E("moh14", "حصيلة القتلى إلى 14 والجرحى إلى 61", STATE_MOH, "", ORG, "ورفعت"),
            E("docs21", "عدد القتلى «بلغ 21 على الأقل، معظمهم من حي الكارا»", DOCS, "", ORG, "قالت"),
            E("unicef4", "مقتل 4 أطفال على الأقل", "منظمة يونيسف", "", ORG, "وأكدت"),
            E(
                "docs_corridor",
                "فتح ممر آمن لنقل الجرحى من حي الكارا إلى المستشفى التعليمي",
                "لجنة الأطباء",
                DOCS,
                ORG,
                "وطالبت",
                OPT,
            ),
            E(
                "docs_ambulance",
                "سيارات الإسعاف «تعرضت لإطلاق نار مرتين يوم السبت»",
                "مؤكدة",
                DOCS,
                ORG,
                "مؤكدة",
            ),
            E(
                "iom4200",
                "نحو 4200 شخص نزحوا من حي الكارا والأحياء المجاورة منذ الجمعة",
                IOM,
                "",
                ORG,
                "وقالت",
            ),
            E("hac150", "الأسر النازحة «لا يتجاوز عددها 150 أسرة، عاد أغلبها»", HAC, "", N_OFF, "قال"),
            E("pol57", "ارتفاع عدد الموقوفين إلى 57", "الشرطة", "", ORG, "وأعلنت"),
            E("law120", "أكثر من 120 شخصا احتجزوا", LAWYERS, "", ORG, "قالت"),
            E("law_minors", "بينهم 15 قاصرا", LAWYERS, "", ORG, "قالت"),
            E(
                "pol_nominor",
                "وجود أي قاصر بين المحتجزين",
                "المتحدث باسم الشرطة، العقيد إبراهيم موسى آدم",
                "",
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "mil_notinside",
                "الجيش «لم ينتشر داخل الأحياء، لأن حفظ الأمن الداخلي مهمة الشرطة»",
                "مصدر عسكري في كسلا",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "res_nointervene",
                "دوريات الجيش «كانت تمر قرب البيوت المحترقة من دون أن تتدخل»",
                "سكان من حي الكارا",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "wit_echo",
                "مسلحين يضعون شارات الأورطة شاركوا في إطلاق النار على حي الكارا",
                "شهود عيان",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[JAZ],
            ),
        ],
    },
    "r221_baalbek_clan_clashes": {
        "outlet": "النهار",
        "published": "2028-08-24",
        "entries": [
            E(
                "hd",
                "توقيف 14 مطلوبا في بعلبك بعد اشتباكات بين آل ضاهر وآل الزين",
                "الجيش",
                ARMY,
                ORG,
                ":",
                HEAD,
            ),
            E("army_14", "وحداته «دهمت حي الشراونة وأوقفت 14 مطلوبا»", ARMY, "", ORG, "أعلن", alt_types=[DOC]),
            E(
                "army_soldier",
                "استشهاد عسكري برصاص قناص خلال المداهمة",
                "مشيرا",
                ARMY,
                ORG,
                "مشيرا",
                alt_types=[DOC],
            ),
            E(
                "army_control",
                "قواته «باتت تسيطر على الحي بالكامل»",
                "مشيرا",
                ARMY,
                ORG,
                "مشيرا",
                alt_types=[DOC],
            ),
            E(
                "isf_2dead",
                "الاشتباكات أسفرت عن سقوط قتيلين وسبعة جرحى",
                "مصدر في قوى الأمن الداخلي",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[NNA],
            ),
            E(
                "hosp_4",
                "المستشفى استقبل أربع جثث من ضحايا الاشتباكات، بينها جثة امرأة، وتسعة جرحى",
                HAIDAR,
                "",
                N_OFF,
                "قال",
            ),
            E("rc_11", "فرقه نقلت 11 جريحا إلى مستشفيات المنطقة", "الصليب الأحمر اللبناني", "", ORG, "وأعلن"),
            E(
                "nna_3abd",
                "خطف مسلحون ثلاثة شبان من آل ضاهر عند حاجز أقاموه على طريق بريتال",
                "الوكالة",
                NNA,
                MEDIA,
                "وبحسب",
            ),
            E(
                "daher_5abd",
                "خمسة من أبنائها «خطفهم مسلحون من آل الزين» من سياراتهم",
                "العائلة",
                DAHER,
                ORG,
                "قالت",
                alt_types=[DOC],
            ),
            E("zein_deny", "تكون عائلته قد خطفت أحدا", ZEIN, "", N_PER, "ونفى", NEG, via=[NAHAR]),
            E(
                "zein_ambush",
                "الاشتباك اندلع «حين قتل آل ضاهر ابن عمنا في كمين» قرب ساحة خليل مطران مساء الثلاثاء",
                "قائلا",
                ZEIN,
                N_PER,
                "قائلا",
                via=[NAHAR],
            ),
            E("daher_deny", "أي علاقة لها بمقتل الشاب", DAHER, "", ORG, "نفت", NEG),
            E(
                "daher_respond",
                "أبناءها «ردوا على هجوم استهدف منازلهم في الشراونة»",
                "مؤكدة",
                DAHER,
                ORG,
                "مؤكدة",
            ),
            E(
                "sec_drugs",
                "الخلاف بين العائلتين «يعود إلى نزاع على تجارة المخدرات في الحي»",
                "مصدر أمني",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[NAHAR],
            ),
            E(
                "sec_alliance",
                "آل الزين «يتحالفون مع عصابة يقودها مطلوب بعشرات مذكرات التوقيف»",
                "لافتا",
                "مصدر أمني",
                A_OFF,
                "لافتا",
                ANON,
                via=[NAHAR],
            ),
            E(
                "mp_drugs",
                "«الثأر غطاء لصراع تجار المخدرات على الحي»",
                "النائب عن بعلبك حسين المولى",
                "",
                N_OFF,
                "ورأى",
            ),
            E("gov_60", "60 عائلة غادرت الشراونة إلى بلدة دورس والأحياء المجاورة", RAAD, "", N_OFF, "وقال"),
            E("gov_20", "القذائف أصابت نحو 20 منزلا ومحلا", RAAD, "", N_OFF, "وقال"),
            E(
                "res_sniping",
                "رصاص القنص «استمر حتى الفجر من أسطح المباني»",
                "سكان اتصلت بهم «النهار»",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[NAHAR],
            ),
            E(
                "local_shops",
                "معظم المحال في وسط المدينة أقفلت أبوابها",
                "مصادر محلية",
                "",
                A_SRC,
                "وأفادت",
                ANON,
            ),
            E(
                "med_contacts",
                "الاتصالات «قطعت شوطا كبيرا نحو عطوة» قد تعلن خلال ساعات",
                YAGHI21,
                "",
                N_PER,
                "وأكد",
            ),
        ],
    },
    "r222_baalbek_truce": {
        "outlet": "المدن",
        "published": "2028-08-25",
        "entries": [
            E(
                "hd",
                "«عطوة» لمدة شهر بين آل ضاهر وآل الزين",
                "الشيخ ياغي",
                "الشيخ عباس ياغي",
                N_PER,
                ":",
                HEAD,
            ),
            E(
                "med_truce",
                "التوصل إلى «عطوة» بين عائلتي آل ضاهر وآل الزين لمدة شهر اعتبارا من مساء الخميس",
                YAGHI,
                "",
                N_PER,
                "أعلن",
            ),
            E("med_freed", "المخطوفين «أطلق سراحهم جميعا بعد الوساطة»", "مؤكدا", YAGHI, N_PER, "مؤكدا"),
            E(
                "army_raid",
                "دورية من مديرية المخابرات «حررت ٣ مخطوفين من آل ضاهر في عملية دهم في بريتال»",
                ARMY,
                "",
                ORG,
                "قال",
                alt_types=[DOC],
            ),
            E("army_2kidnap", "أوقفت ٢ من الخاطفين", ARMY, "", ORG, "قال", alt_types=[DOC]),
            E("army_renew", "الوضع في الشراونة «ممسوك بالكامل»", "مؤكدا", ARMY, ORG, "مؤكدا", alt_types=[DOC]),
            E(
                "freed_man",
                "أطلقوا سراحي مع قريبين لي عند مدخل بريتال بعد اتصال من الوسطاء، ولم تحصل أي مداهمة",
                "أحد المفرج عنهم",
                "",
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
                via=[MODON],
            ),
            E(
                "daher_still2",
                "٢ من أبنائها «ما زالا في قبضة الخاطفين»",
                DAHER,
                "",
                ORG,
                "أكدت",
                alt_types=[DOC],
            ),
            E(
                "daher_noagree",
                "تكون قد وافقت على أي عطوة",
                "نافية",
                DAHER,
                ORG,
                "نافية",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "daher_land",
                "الخلاف «بدأ على أرض زراعية في سهل بعلبك»",
                "ومشيرة",
                DAHER,
                ORG,
                "ومشيرة",
                alt_types=[DOC],
            ),
            E("zein_echo", "تكون عائلته قد خطفت أحدا", "الحاج علي الزين", "", N_PER, "وجدد", NEG),
            E(
                "zein_kin",
                "صلتها بالمطلوب الذي تحدثت عنه الأجهزة الأمنية «قرابة فقط، لا تحالف ولا شراكة»",
                "مؤكدا",
                "الحاج علي الزين",
                N_PER,
                "مؤكدا",
            ),
            E(
                "zein_30",
                "الجيش أوقف «أكثر من ٣٠ من شباننا، ليس بينهم مطلوب واحد»",
                "وقال",
                "الحاج علي الزين",
                N_PER,
                "وقال",
            ),
            E(
                "hosp_5",
                "ارتفاع عدد القتلى إلى ٥ بعد وفاة جريح متأثرا بإصابته",
                "مستشفى بعلبك الحكومي",
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "hosp_icu",
                "٣ من الجرحى ما زالوا في العناية المركزة",
                "مصادر طبية فيه",
                "",
                A_OFF,
                "وقالت",
                ANON,
            ),
            E(
                "douris_200",
                "البلدة تستضيف «أكثر من ٢٠٠ عائلة» نزحت من الشراونة",
                "رئيس بلدية دورس، محمد شومان",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "douris_needs",
                "البلدية «عاجزة عن تأمين الفرش ومياه الشرب للجميع»",
                "مشيرا",
                "رئيس بلدية دورس، محمد شومان",
                N_OFF,
                "مشيرا",
            ),
            E(
                "res_roofs",
                "مسلحين «ما زالوا يتمركزون على أسطح المباني» في الجزء الشرقي من الحي",
                "سكان في الشراونة",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[MODON],
            ),
            E("road", "إعادة فتح الطريق بين بعلبك وبريتال", "أفيد", "", A_SRC, "أفيد", ANON, OPT),
            E(
                "mp_echo",
                "«الثأر غطاء لصراع تجار المخدرات على الحي»",
                "النائب حسين المولى",
                "",
                N_OFF,
                "قال",
                via=[NAHAR],
            ),
            E(
                "sec_hiding",
                "المطلوب المذكور «ما زال متواريا في جرود بريتال»",
                "مصدر أمني",
                "",
                A_OFF,
                "ولفت",
                ANON,
            ),
            E("an_temp", "العطوة «هدنة مؤقتة لا تطفئ الثأر»", "الباحثة في علم الاجتماع منى الحاج", "", N_PER, "وترى"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Nukhaib: "no losses among the security forces" vs soldiers and PMF fighters killed
        ("r217.cell_noloss", "r217.src_3dead"),
        ("r217.cell_noloss", "r217.pmf_2dead"),
        ("r217.cell_noloss", "r217.med_2bodies"),
        ("r217.cell_noloss", "r218.health_3"),
        ("r217.cell_noloss", "r218.src_echo"),  # the source's three soldiers, recalled
        # how many shepherds were abducted; bodies found or not
        ("r217.sheikh_11", "r217.mayor_6"),
        ("r217.mayor_6", "r218.isis_spies"),  # "only six" vs 11 captured
        ("r217.mayor_6", "r218.sheikh_still6"),  # five freed and six "others" still held vs only six in all
        ("r217.sheikh_bodies", "r217.mayor_nobody"),
        # did the PMF take part: a brigade joined and lost two fighters vs "did not take part in the clash"
        ("r218.joc_pmf", "r217.hd"),
        ("r218.joc_pmf", "r217.pmf_joined"),
        ("r218.joc_pmf", "r217.pmf_2dead"),
        ("r218.joc_pmf", "r218.pmf_echo"),
        # how the shepherds were freed: released for a ransom vs freed in a police raid, no ransom paid
        ("r218.sheikh_rel", "r218.police_raid"),
        ("r218.sheikh_rel", "r218.police_noransom"),
        ("r218.brother", "r218.police_noransom"),
        # who took them: ISIS vs the denial of any ISIS link
        ("r218.cell_deny", "r217.sheikh_11"),
        ("r218.cell_deny", "r218.isis_spies"),
        # "fully secured" vs gunmen still roaming at night
        ("r218.joc_secure", "r218.res_roam"),
        # displacement: families fleeing vs "no displacement at all"
        ("r218.mayor_nodisp", "r218.iom_35"),
        ("r218.mayor_nodisp", "r217.res_families"),
        # where the attackers came from: the Syrian desert vs no infiltration / a local cell
        ("r218.border_deny", "r217.an_syria"),
        ("r218.hd", "r217.an_syria"),
        ("r218.an_local", "r217.an_syria"),
        # --- Kassala: the toll
        ("r219.moh9", "r219.docs16"),
        ("r220.moh14", "r220.docs21"),
        ("r219.docs16", "r220.moh14"),  # at least 16 on Saturday vs 14 on Monday (tolls do not fall)
        # how it started and who attacked whom
        ("r219.pol_cause", "r219.nuba_planned"),  # an individual crime vs an attack planned for days
        ("r219.nuba_planned", "r219.omda_defend"),
        # the Eastern Orta: fought in alliance with Beni Amer youths vs no part in the clashes / coordination only
        ("r219.nuba_alliance", "r219.orta_deny"),
        ("r219.wit_insignia", "r219.orta_deny"),
        ("r220.nuba_renew", "r219.orta_deny"),
        ("r220.wit_echo", "r219.orta_deny"),
        ("r219.nuba_alliance", "r220.omda_coord"),
        # under control since the afternoon vs gunfire until midnight
        ("r219.gov_control", "r219.res_gunfire"),
        # the truce: signed by both tribes' leaders vs the Beni Amer denial
        ("r220.omda_deny", "r220.gov_truce"),
        ("r220.hd", "r220.gov_truce"),
        ("r220.omda_unmandated", "r220.gov_truce"),
        # life back to normal vs shops still shut
        ("r220.gov_normal", "r220.traders"),
        # displacement
        ("r220.iom4200", "r220.hac150"),
        ("r219.rc_200", "r220.hac150"),
        # detainees
        ("r220.pol57", "r220.law120"),
        ("r220.law_minors", "r220.pol_nominor"),
        # the army inside the districts or not
        ("r219.sec_army", "r220.mil_notinside"),
        ("r219.hd", "r220.mil_notinside"),
        # --- Baalbek: the toll (dead and wounded)
        ("r221.isf_2dead", "r221.hosp_4"),
        ("r221.isf_2dead", "r221.rc_11"),  # seven wounded vs eleven wounded carried by the Red Cross
        # the abducted: three vs five; abducted by the Zein family vs "we abducted no one"
        ("r221.nna_3abd", "r221.daher_5abd"),
        ("r221.zein_deny", "r221.daher_5abd"),
        ("r222.zein_echo", "r221.daher_5abd"),
        # the killing that set it off
        ("r221.zein_ambush", "r221.daher_deny"),
        # Zein and the wanted man's gang: alliance vs kinship only
        ("r221.sec_alliance", "r222.zein_kin"),
        # the cause: a drug-trade dispute vs farmland
        ("r221.sec_drugs", "r222.daher_land"),
        ("r221.mp_drugs", "r222.daher_land"),
        ("r222.mp_echo", "r222.daher_land"),
        # displaced families
        ("r221.gov_60", "r222.douris_200"),
        # control of the quarter
        ("r221.army_control", "r222.res_roofs"),
        ("r222.army_renew", "r222.res_roofs"),
        # arrests: 14 wanted men vs more than 30 of the Zein youths, not one wanted
        ("r221.army_14", "r222.zein_30"),
        ("r221.hd", "r222.zein_30"),
        # the truce between the two families vs the Daher denial
        ("r222.hd", "r222.daher_noagree"),
        ("r222.med_truce", "r222.daher_noagree"),
        # the abducted: all freed through mediation vs freed in an army raid / two still held
        ("r222.med_freed", "r222.army_raid"),
        ("r222.med_freed", "r222.daher_still2"),
        ("r222.freed_man", "r222.army_raid"),
    ],
    "agreements": [
        ("r217.src_3dead", "r218.health_3"),  # three soldiers killed
        ("r218.src_echo", "r218.health_3"),
        ("r217.res_families", "r218.iom_35"),  # families moving from the desert to the town
        ("r218.border_deny", "r218.an_local"),  # no crossing from Syria
        ("r218.hd", "r218.an_local"),
        ("r217.sheikh_11", "r218.isis_spies"),  # ISIS took 11
        ("r218.sheikh_rel", "r218.brother"),  # a ransom was paid
        ("r219.nuba_alliance", "r219.wit_insignia"),  # Orta men fought on the Beni Amer side
        ("r220.nuba_renew", "r219.wit_insignia"),
        ("r220.nuba_signed", "r220.gov_truce"),  # the Nuba side signed
        ("r221.sec_drugs", "r221.mp_drugs"),  # a drug-trade dispute behind the feud
        ("r221.sec_drugs", "r222.mp_echo"),
        ("r222.med_freed", "r222.freed_man"),  # released through the mediators, no raid
    ],
    "echoes": [
        ("r217.src_3dead", "r218.src_echo"),  # the Anbar source's words to Alsumaria, recalled
        ("r217.pmf_joined", "r218.pmf_echo"),  # the PMF statement, recalled
        ("r219.nuba_alliance", "r220.nuba_renew"),  # the Nuba leader renews his accusation
        ("r219.wit_insignia", "r220.wit_echo"),  # the witnesses' words to Al Jazeera Net, retold
        ("r221.zein_deny", "r222.zein_echo"),  # the Zein denial, renewed
        ("r221.mp_drugs", "r222.mp_echo"),  # the MP's words, retold via An-Nahar
        ("r221.army_control", "r222.army_renew"),  # full control, restated
    ],
    "not_contradictions": [
        ("r217.med_2bodies", "r218.health_3"),  # one hospital vs all the directorate's hospitals
        ("r217.med_2bodies", "r217.src_3dead"),  # two bodies at one hospital of three killed
        ("r217.cell_kill4", "r218.police_kill2"),  # attackers at the post vs kidnappers at the hideout
        ("r217.mayor_6", "r218.police_raid"),  # five freed of six
        ("r217.sheikh_11", "r218.sheikh_rel"),  # five released of eleven
        ("r217.ops_search", "r218.joc_secure"),  # search launched on Monday, "secured" on Tuesday
        ("r217.hd", "r217.cell_repel"),  # an army force repelled it; a PMF brigade took part
        ("r219.moh9", "r220.moh14"),  # the ministry's toll rose
        ("r219.docs16", "r220.docs21"),  # the doctors' toll rose
        ("r219.docs16", "r220.unicef4"),  # three children (Saturday) vs at least four (Monday)
        ("r219.pol_38", "r220.pol57"),  # detainees rose from 38 to 57
        ("r219.sec_army", "r220.res_nointervene"),  # deployed, but did not intervene
        ("r219.pol_cause", "r219.omda_defend"),  # the spark vs the night attack that followed
        ("r220.iom4200", "r219.rc_200"),  # all displaced vs families moved to schools
        ("r220.nuba_signed", "r220.omda_deny"),  # the Nuba signed; the Beni Amer did not
        ("r221.hosp_4", "r222.hosp_5"),  # the hospital's toll rose after a wounded man died
        ("r221.rc_11", "r221.hosp_4"),  # eleven carried to the area's hospitals vs nine at one
        ("r222.army_raid", "r222.daher_still2"),  # three freed, two still held (of five)
        ("r222.freed_man", "r222.daher_still2"),  # he and two relatives freed, two others still held
        ("r221.daher_5abd", "r222.army_raid"),
        ("r221.nna_3abd", "r222.army_raid"),  # three abducted, three freed
        ("r221.army_control", "r221.res_sniping"),  # sniping until dawn, control stated in the morning
        ("r221.med_contacts", "r222.med_truce"),  # progress, then a truce
        ("r222.an_temp", "r222.med_truce"),  # a truce that is only temporary
    ],
}

# Western digits or Arabic-Indic digits, one kind per article
DIGITS = {
    "r217_nukhaib_desert_attack": "western",
    "r218_nukhaib_shepherds": "indic",
    "r219_kassala_clashes": "indic",
    "r220_kassala_truce": "western",
    "r221_baalbek_clan_clashes": "western",
    "r222_baalbek_truce": "indic",
}


def check_layout() -> None:
    """Headline on line 1, a dateline opening line 2, blank-line paragraphs, 320-335 words, and only the
    digits named in DIGITS."""
    bad = []
    for name, kind in DIGITS.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        lines = text.split("\n")
        assert lines[0] and lines[2] == "", name
        assert re.match(r"^\S+ – [0-9٠-٩]+ أغسطس [0-9٠-٩]{4} – ", lines[1]), name
        assert "\n\n\n" not in text and text.endswith("\n") and not text.endswith("\n\n"), name
        western, indic = re.findall(r"[0-9]", text), re.findall(r"[٠-٩]", text)
        assert (not indic) if kind == "western" else (not western), (name, kind)
        words = len(text.split())
        print(f"{name}: {words} words, {len(text.strip().split(chr(10) + chr(10)))} paragraphs, {kind} digits")
        if not 320 <= words <= 335:
            bad.append((name, words))
    assert not bad, bad


def stats(gold: dict[str, Any]) -> None:
    """With --stats: the tallies the README reports."""
    from collections import Counter

    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print({a["id"][:4]: len(a["attributions"]) for a in gold["articles"]})
    print("kind", Counter(r["kind"] for r in rows), "types", Counter(r["type"] for r in rows))
    print("optional", sum(r["optional"] for r in rows), "anonymous", Counter(r["type"] for r in rows if r["anonymous"]))
    print("negated", sum(r["polarity"] == "negated" for r in rows), "via", sum(bool(r["via"]) for r in rows),
          "alt_types", sum(bool(r["alt_types"]) for r in rows))  # fmt: skip
    pairs = {"r217": "Nukhaib", "r218": "Nukhaib", "r219": "Kassala", "r220": "Kassala", "r221": "Baalbek",
             "r222": "Baalbek"}  # fmt: skip
    for kind, items in RELATIONS.items():
        by_pair = Counter(pairs[a[:4]] for a, _ in items)
        cross = Counter(pairs[a[:4]] for a, b in items if a[:4] != b[:4])
        print(kind, len(items), dict(by_pair), "crossing", dict(cross))
    for a in gold["articles"]:  # speakers that occur more than once: which occurrence was taken
        text = (HERE / a["file"]).read_text(encoding="utf-8")
        for r in a["attributions"]:
            if text.count(r["speaker"]) > 1:
                s0 = r["speaker_start"]
                print(r["id"], "|", text[max(0, s0 - 12) : s0 + len(r["speaker"]) + 25].replace("\n", " "))


if __name__ == "__main__":
    check_layout()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    write(HERE, gold)
    if "--stats" in sys.argv:
        stats(gold)
