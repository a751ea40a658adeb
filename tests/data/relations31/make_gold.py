"""Writes gold.json for relations set 31 (r181..r186) from the annotations below (`python3 tests/data/relations31/make_gold.py`).

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
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r181/r182: Oog, Somaliland against the North Eastern State (formerly SSC-Khatumo)
NE = "ولاية شمال شرق الصومال"
WARSAME = "المتحدث باسم وزارة الدفاع في الولاية، عبد الرحمن ورسمي جامع"
SAMATAR = "المتحدث باسم جيش أرض الصومال، العقيد محمد فارح سمتر"
SAMATAR182 = "المتحدث باسم الجيش، العقيد محمد فارح سمتر"
VOA = 'القسم الصومالي في إذاعة "صوت أمريكا"'
DAALI = "وزير الإعلام في أرض الصومال، أحمد يوسف دعالي"
ILMI = "المتحدث باسم الحكومة الفيدرالية، فرحان عثمان علمي"
NE_PRES = "رئيس الولاية، عبد القادر جامع علي"
NE_MOH = "وزارة الصحة في الولاية"
SL_MOD = "وزارة الدفاع في أرض الصومال"
OCHA181 = 'مكتب "أوتشا" الأممي'
OCHA182 = "مكتب «أوتشا» الأممي"
WARI = "الباحث في شؤون القرن الأفريقي عبد الله حسن واري"
ELDERS = "وفد من سلاطين العشائر"
WARFA = "السلطان جامع محمد ورفا"
KAHIN = "النائب عن حزب «وطني» المعارض، محمود عبدي كاهن"
HORN = "قناة «هورن كيبل» المحلية"
BURALE = "عمدة لاسعانود، سعيد محمد بوراله"
NUR = "الباحثة في معهد «هيريتيج» للدراسات السياسية بمقديشو، هودان نور"
AJ = "الجزيرة نت"
INDY = "«إندبندنت عربية»"
# r183/r184: Chaman / Spin Boldak, Pakistan against Afghanistan
AF_MOD = "وزارة الدفاع في حكومة طالبان"
HAQJO = "المتحدث باسم الوزارة، عبد الصمد حقجو"
ISPR = "الجناح الإعلامي للجيش الباكستاني"
PK_SEC = "مسؤول أمني باكستاني"
SIDDIQI = "المتحدث باسم ولاية قندهار، عبد الباري صديقي"
UNAMA183 = "بعثة «يوناما» الأممية"
RANA = "المتحدثة باسم الخارجية الباكستانية، سعدية رانا"
KAKAR = "نائب مفوض تشمن، عرفان علي كاكر"
KAKAR184 = "نائب مفوض المنطقة، عرفان علي كاكر"
FATEH = "قائد حرس الحدود في قندهار، المولوي نصر الله فاتح"
TOLO = "قناة «طلوع نيوز» الأفغانية"
MALIK = "الباحث الأمني الباكستاني فهد عزيز ملك"
TR_MFA = "وزارة الخارجية التركية"
SHINWARI = "نائب المتحدث باسم حكومة طالبان، عبيد الله شينواري"
AF_MOD184 = "وزارة الدفاع الأفغانية"
DAWN = "صحيفة «دون» الباكستانية"
IOM = "المنظمة الدولية للهجرة"
ACHAKZAI = "رئيس الغرفة التجارية الباكستانية الأفغانية المشتركة، رحمة الله أتشكزي"
DEMIR = "الباحث في مركز «سيتا» للدراسات بأنقرة، كرم دمير"
# r185/r186: Monguno (Borno), an ISWAP attack and its hostages
NG_ARMY = "الجيش النيجيري"
ISWAP = "تنظيم «الدولة الإسلامية في غرب أفريقيا»"
ADEKUNLE = "المتحدث باسم الجيش، العميد صامويل أديكونلي"
AMAQ = "وكالة «أعماق»"
NRC = "المجلس النرويجي للاجئين"
MAINA = "المتحدث باسم شرطة ولاية بورنو، يوسف ماينا"
DOCTOR = "طبيب في المستشفى العام بالبلدة"
ALI = "رئيس مجلس الحكم المحلي، بابا كورا علي"
BELLO185 = "المتحدث باسم سلاح الجو، العميد الجوي أولوسيغون بيلو"
KYARI = "رئيس جمعية صيادي بحيرة تشاد، أبا مالا كياري"
GONI = "حاكم ولاية بورنو، إبراهيم غوني"
DANJUMA = "الباحث النيجيري في شؤون الجماعات المسلحة موسى أبوبكر دانجوما"
OKAFOR = "وزير الإعلام الاتحادي، تشيديما أوكافور"
YERIMA = "الباحثة النيجيرية في الشؤون الأمنية آمنة يريما"
AFP = "وكالة فرانس برس"
BBC = "بي بي سي"

ARTICLES: dict[str, dict[str, Any]] = {
    "r181_oog_clashes": {
        "outlet": "الجزيرة نت",
        "published": "2028-02-02",
        "entries": [
            E("hd", "قواتنا سيطرت بالكامل على بلدة أوغ", "شمال شرق الصومال", NE, ORG, ":", HEAD),
            E(
                "ne_ann",
                "قواتها سيطرت فجر الثلاثاء على بلدة أوغ، بعد معارك مع قوات أرض الصومال استمرت نحو 10 ساعات",
                NE,
                "",
                ORG,
                "أعلنت",
            ),
            E("ne_base", 'المقاتلين "دخلوا القاعدة العسكرية ومركز الشرطة"', WARSAME, "", N_OFF, "وقال", via=[AJ]),
            E("ne_pow27", "أسروا 27 جنديا بينهم ضابطان", "مضيفا", WARSAME, N_OFF, "مضيفا", via=[AJ]),
            E("ne_loss7", "خسائرنا لم تتجاوز سبعة قتلى", "وأضاف", WARSAME, N_OFF, "وأضاف", DIRECT, via=[AJ]),
            E("sl_deny_fall", "سقوط البلدة", SAMATAR, "", N_OFF, "نفى", NEG),
            E("sl_holds", 'وحداته "ما زالت تسيطر على أوغ"', "مؤكدا", SAMATAR, N_OFF, "مؤكدا"),
            E("sl_deny_pow", "أسر أي جندي", "نفى", SAMATAR, N_OFF, "نفى", NEG),
            E("sl_kill70", "الجيش قتل أكثر من 70 من المهاجمين", "وقال", SAMATAR, N_OFF, "وقال"),
            E(
                "voa_withdrew",
                'الوحدات انسحبت من أوغ إلى مرتفعات شرقها "لتفادي التطويق"',
                "ضابطا في الجيش",
                "",
                A_OFF,
                "قال",
                ANON,
                via=[VOA],
            ),
            E(
                "min_accuse",
                "الحكومة الفيدرالية في مقديشو بإرسال أسلحة وضباط للقتال إلى جانب قوات الولاية",
                DAALI,
                "",
                N_OFF,
                "واتهم",
            ),
            E("fed_deny", "مشاركة أي جندي فيدرالي في القتال", ILMI, "", N_OFF, "نفى", NEG),
            E("fed_coord", 'علاقة مقديشو بالولاية "تقتصر على التنسيق الإداري"', "موضحا", ILMI, N_OFF, "موضحا"),
            E("pres_recall", 'قواته "لا تتلقى أي دعم عسكري من مقديشو"', NE_PRES, "", N_OFF, "قد قال"),
            E(
                "moh11",
                "مقتل 11 مدنيا، بينهم أربعة أطفال، في قصف مدفعي لقوات أرض الصومال على أوغ",
                NE_MOH,
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "res_school",
                "قذيفة من مواقع الجيش سقطت قرب مدرسة قرآنية فقتلت ثلاثة أطفال",
                "سكان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[AJ],
            ),
            E("mod_target", 'مدفعيتها استهدفت "مواقع المليشيات حصرا"', SL_MOD, "", ORG, "فقالت", alt_types=[DOC]),
            E("mod_deny", "تكون قذائفها أصابت أي مدني", "نافية", SL_MOD, ORG, "نافية", NEG, alt_types=[DOC]),
            E("ocha4", "4 مدنيين على الأقل قتلوا", OCHA181, "", ORG, "وقال"),
            E("ocha12k", "نحو 12 ألف شخص نزحوا من البلدة ومحيطها", OCHA181, "", ORG, "وقال"),
            E(
                "loc_nofled",
                'المنطقة "لم تشهد أي حركة نزوح"',
                "مسؤول محلي تابع لهرجيسا",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("an_fait", 'الهجوم "ربما يهدف إلى فرض أمر واقع"', WARI, "", N_PER, "ويرى"),
            E(
                "an_ruleout",
                'تكون مقديشو قادرة على تسليح الولاية "بهذا الحجم"',
                "مستبعدا",
                WARI,
                N_PER,
                "مستبعدا",
                NEG,
            ),
        ],
    },
    "r182_oog_truce": {
        "outlet": "إندبندنت عربية",
        "published": "2028-02-03",
        "entries": [
            E(
                "hd",
                "هدنة لثلاثة أيام في أوغ تبدأ ظهر اليوم",
                "سلاطين العشائر",
                ELDERS,
                ORG,
                ":",
                HEAD,
                alt_types=[N_PER],
            ),
            E(
                "elders_truce",
                "التوصل إلى هدنة مدتها ٧٢ ساعة تبدأ ظهر الخميس في محيط بلدة أوغ",
                WARFA,
                "",
                N_PER,
                "أعلن",
                alt_types=[N_OFF],
            ),
            E(
                "elders_committee",
                "لجنة من الأعيان «ستشرف على تبادل الأسرى وفتح الطريق أمام قوافل الإغاثة»",
                "مضيفا",
                WARFA,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
            ),
            E("ne_accept", "الولاية «قبلت الهدنة دون شروط»", WARSAME, "", N_OFF, "وأكد", via=[INDY]),
            E("ne_pow31", "قواته تحتجز ٣١ أسيرا", "مشيرا", WARSAME, N_OFF, "مشيرا", via=[INDY]),
            E("echo27", "٢٧ جنديا أسيرا", "المتحدث نفسه", WARSAME, N_OFF, "نقلته", via=["«الجزيرة نت»"]),
            E("min_notruce", "تكون هرجيسا وافقت على أي هدنة", DAALI, "", N_OFF, "نفى", NEG),
            E(
                "min_withdrew",
                "القوات انسحبت من أوغ صباح الثلاثاء «حفاظا على أرواح المدنيين»",
                "لكنه",
                DAALI,
                N_OFF,
                "أقر",
            ),
            E("min_retake", "باستعادتها «في أقرب وقت»", "متعهدا", DAALI, N_OFF, "متعهدا", OPT),
            E("recall_holds", "وحداته «ما زالت تسيطر على أوغ»", SAMATAR182, "", N_OFF, "قد أكد"),
            E("mp40", "«ما لا يقل عن ٤٠ جنديا» وقعوا في الأسر", KAHIN, "", N_OFF, "فقال"),
            E("mp_blame", "الحكومة مسؤولية «ترك الجبهة بلا إمدادات»", "محملا", KAHIN, N_OFF, "محملا"),
            E(
                "horn_shabab",
                "عناصر من «حركة الشباب» قاتلوا في صفوف قوات الولاية",
                "ضابط في جيش أرض الصومال",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[HORN],
            ),
            E("ne_deny_shabab", "وجود «أي عنصر من الحركة» بين مقاتليه", "ورسمي", WARSAME, N_OFF, "نفى", NEG),
            E(
                "fed_renew",
                "إرسال أي قوات أو أسلحة إلى جبهة أوغ",
                "الحكومة الفيدرالية في مقديشو",
                "",
                ORG,
                "نفيها",
                NEG,
            ),
            E("moh15", "حصيلة القتلى المدنيين إلى ١٥", NE_MOH, "", ORG, "ورفعت"),
            E(
                "sl_two",
                "مدنيين اثنين فقط قتلا «برصاص المليشيات»",
                "مسؤول في وزارة الدفاع بأرض الصومال",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("ocha20k", "عدد النازحين من أوغ ومحيطها بنحو ٢٠ ألفا", OCHA182, "", ORG, "وقدر"),
            E(
                "mayor30k",
                "«أكثر من ٣٠ ألفا» فروا من البلدة والقرى المجاورة نحو المدينة",
                BURALE,
                "",
                N_OFF,
                "قال",
            ),
            E("res_calm", "الهدوء ساد منذ الظهر باستثناء إطلاق نار متقطع", "سكان في أوغ", "", A_SRC, "وأفاد", ANON),
            E("an_fragile", "تكون الهدنة «هشة»", NUR, "", N_PER, "وترجح"),
            E("an_political", "دعم مقديشو للولاية «سياسي أكثر منه عسكري»", "معتبرة", NUR, N_PER, "معتبرة"),
        ],
    },
    "r183_chaman_clashes": {
        "outlet": "رويترز",
        "published": "2028-02-11",
        "entries": [
            E("hd", "سيطرنا على ٣ مواقع حدودية باكستانية قرب تشمن", "الدفاع الأفغانية", AF_MOD, ORG, ":", HEAD),
            E(
                "afmod_posts",
                "قواتها سيطرت على ثلاثة مواقع عسكرية باكستانية قرب معبر تشمن الحدودي ليل الأربعاء",
                AF_MOD,
                "",
                ORG,
                "قالت",
            ),
            E("afmod_started", "«بادرت القوات الباكستانية بإطلاق النار»", AF_MOD, "", ORG, "قالت"),
            E("afmod_kill", "١٢ جنديا باكستانيا قتلوا", "مضيفة", AF_MOD, ORG, "مضيفة"),
            E("afmod_pow", "أسر أربعة آخرون", "مضيفة", AF_MOD, ORG, "مضيفة"),
            E(
                "afmod_noshell",
                "«لم تسقط أي قذيفة أفغانية» على الأحياء السكنية في تشمن",
                HAQJO,
                "",
                N_OFF,
                "وقال",
                via=["رويترز"],
            ),
            E("ispr_deny_posts", "فقدان أي موقع", ISPR, "", ORG, "نفى", NEG, alt_types=[DOC]),
            E(
                "ispr_started",
                "القوات «صدت هجوما غير مبرر» بدأته عناصر طالبان",
                "قائلا",
                ISPR,
                ORG,
                "قائلا",
                alt_types=[DOC],
            ),
            E("ispr_kill30", "قتلت أكثر من ٣٠ منهم ومن «الخوارج»", "قائلا", ISPR, ORG, "قائلا", alt_types=[DOC]),
            E("ispr_loss2", "جنديين قتلا", "البيان", ISPR, ORG, "وأضاف", alt_types=[DOC]),
            E("ispr_nopow", "«لا يوجد أي جندي مفقود أو أسير»", "مؤكدا", ISPR, ORG, "مؤكدا", alt_types=[DOC]),
            E(
                "pk_hideouts",
                "طائرات مسيرة قصفت صباح الخميس «مخابئ لحركة طالبان باكستان» في مديرية سبين بولدك",
                PK_SEC,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=["رويترز"],
            ),
            E("pk_allmil", "جميع القتلى، وعددهم نحو ٢٠، «مسلحون»", PK_SEC, "", A_OFF, "وقال", ANON, via=["رويترز"]),
            E(
                "kand_civ9",
                "الغارات أصابت منازل في بلدة ويش وقتلت تسعة مدنيين بينهم نساء وأطفال",
                SIDDIQI,
                "",
                N_OFF,
                "قال",
            ),
            E("kand_nottp", "وجود أي عنصر من «طالبان باكستان» في المنطقة", "نافيا", SIDDIQI, N_OFF, "نافيا", NEG),
            E(
                "res_rocket",
                "سقط صاروخ على بيت جاري فقتل زوجته وأطفاله الثلاثة",
                "أحد سكان ويش",
                "",
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
                via=["رويترز"],
            ),
            E(
                "hosp14",
                "تسلم جثث ١٤ مدنيا، بينهم ستة أطفال",
                "طبيب في مستشفى سبين بولدك",
                "",
                A_OFF,
                "وأفاد",
                ANON,
                alt_types=[A_SRC],
            ),
            E("unama6", "تحققت من مقتل ستة مدنيين على الأقل في الجانب الأفغاني", UNAMA183, "", ORG, "وذكرت"),
            E("fo_harbor", "كابول بإيواء «الخوارج»", RANA, "", N_OFF, "اتهمت"),
            E("fo_joint", "مقاتلين منهم «شاركوا إلى جانب قوات طالبان» في الهجوم", "مؤكدة", RANA, N_OFF, "مؤكدة"),
            E("chaman_civ3", "قذائف أفغانية قتلت ثلاثة مدنيين في المدينة", KAKAR, "", N_OFF, "قال"),
            E(
                "chaman_trucks",
                "المعبر أغلق وأن أكثر من ٥٠٠ شاحنة عالقة على جانبيه",
                "مضيفا",
                KAKAR,
                N_OFF,
                "مضيفا",
            ),
            E("tolo_still", "قواته «ما زالت تتمركز» في المواقع الثلاثة", FATEH, "", N_OFF, "نقلا عن", via=[TOLO]),
            E("an_escalate", "التصعيد «قد يخرج عن السيطرة» ما لم تتدخل وساطة إقليمية", MALIK, "", N_PER, "ويرى"),
            E("an_mediation", "تضطلع قطر وتركيا بهذا الدور", "مرجحا", MALIK, N_PER, "مرجحا"),
        ],
    },
    "r184_chaman_truce": {
        "outlet": "وكالة الأناضول",
        "published": "2028-02-13",
        "entries": [
            E(
                "hd",
                "اتفاق باكستاني أفغاني على وقف النار ولجنة مشتركة لمراقبته",
                "الخارجية التركية",
                TR_MFA,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "tr_agree",
                "وفدي باكستان وأفغانستان اتفقا، خلال محادثات استضافتها الدوحة السبت بوساطة تركية قطرية، على وقف فوري لإطلاق النار على الحدود وتشكيل لجنة مشتركة لمراقبته",
                TR_MFA,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E("tr_signed", "الوفدين «وقعا على وثيقة تفاهم»", "مشيرة", TR_MFA, ORG, "مشيرة", alt_types=[DOC]),
            E(
                "af_committee",
                "الاتفاق يشمل «لجنة مشتركة لمراقبة الحدود وتبادل الأسرى»",
                SHINWARI,
                "",
                N_OFF,
                "وقال",
                via=["الأناضول"],
            ),
            E(
                "af_vacated",
                "القوات الأفغانية أخلت المواقع الحدودية الثلاثة التي سيطرت عليها ليل الأربعاء",
                "مضيفا",
                SHINWARI,
                N_OFF,
                "مضيفا",
                via=["الأناضول"],
            ),
            E(
                "af_nottp",
                "مشاركة أي مقاتل من «طالبان باكستان» في المعارك",
                "ونفى",
                SHINWARI,
                N_OFF,
                "ونفى",
                NEG,
                via=["الأناضول"],
            ),
            E(
                "af_pretext",
                "هذه ذريعة باكستانية قديمة لتبرير القصف",
                "قائلا",
                SHINWARI,
                N_OFF,
                "قائلا",
                DIRECT,
                via=["الأناضول"],
            ),
            E(
                "afmod_released",
                "سلمت الصليب الأحمر «الجنود الباكستانيين الأربعة» الذين أسرتهم",
                AF_MOD184,
                "",
                ORG,
                "وأفادت",
            ),
            E("ispr_drivers", "الأربعة «سائقو شاحنات مدنيون، وليسوا جنودا»", ISPR, "", ORG, "قال"),
            E("ispr3", "حصيلة قتلى الجيش إلى ثلاثة", "ورفع", ISPR, ORG, "ورفع"),
            E("recall_afmod12", "مقتل 12 جنديا باكستانيا", "الوزارة الأفغانية", AF_MOD184, ORG, "قد أعلنت"),
            E("fo_nocommittee", "الاتفاق على أي لجنة مشتركة", RANA, "", N_OFF, "نفت", NEG),
            E("fo_conditional", "وقف النار «مشروط بتحرك كابول ضد الخوارج»", "مؤكدة", RANA, N_OFF, "مؤكدة"),
            E(
                "dawn_nosign",
                "الوفد الباكستاني «لم يوقع أي وثيقة» في الدوحة",
                "مسؤول في الخارجية",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[DAWN],
            ),
            E(
                "kand11",
                "حصيلة قتلى الغارات الباكستانية على بلدة ويش ارتفعت إلى 11 مدنيا",
                SIDDIQI,
                "",
                N_OFF,
                "وقال",
            ),
            E("unama10", "مقتل 10 مدنيين على الأقل، بينهم أربعة أطفال", "بعثة «يوناما»", "", ORG, "أحصت"),
            E("pk_recall", "جميع قتلى الغارات «مسلحون»", PK_SEC, "", A_OFF, "قد قال", ANON, via=["رويترز"]),
            E("iom4k", "نزح نحو 4 آلاف شخص من ويش إلى مدينة قندهار", IOM, "", ORG, "ووفق"),
            E("chaman_res", "«مئات العائلات» غادرت إلى كويتا", "سكان من تشمن", "", A_SRC, "روى", ANON, via=["الأناضول"]),
            E("dc_normal", "الحياة «طبيعية» وإن أحدا لم ينزح من المدينة", KAKAR184, "", N_OFF, "قال"),
            E(
                "trucks1200",
                "أكثر من 1200 شاحنة ما زالت عالقة على جانبي معبر تشمن المغلق",
                ACHAKZAI,
                "",
                N_OFF,
                "وأوضح",
                alt_types=[N_PER],
            ),
            E("an_hold", "الهدنة «قد تصمد» إذا التزم الطرفان بآلية المراقبة", DEMIR, "", N_PER, "ويرى"),
            E("an_bomb", "ملف «طالبان باكستان» سيبقى «قنبلة موقوتة»", "محذرا", DEMIR, N_PER, "محذرا"),
        ],
    },
    "r185_monguno_attack": {
        "outlet": "فرانس 24",
        "published": "2028-02-18",
        "entries": [
            E("hd", "صددنا هجوما لتنظيم «الدولة» على مونغونو", NG_ARMY, "", ORG, ":", HEAD),
            E(
                "army_repel",
                "قواته صدت ليل الأربعاء هجوما واسعا على بلدة مونغونو في ولاية بورنو بشمال شرق البلاد",
                NG_ARMY,
                "",
                ORG,
                "أعلن",
            ),
            E("iswap_base", "مقاتليه سيطروا على القاعدة العسكرية في البلدة لساعات", ISWAP, "", ORG, "أكد"),
            E("army_nofall", "«القاعدة لم تسقط ولو لدقيقة»", ADEKUNLE, "", N_OFF, "وقال", via=[AFP]),
            E("army_toll", "مقتل ثلاثة جنود و«ما لا يقل عن 40 إرهابيا»", "مشيرا", ADEKUNLE, N_OFF, "مشيرا", via=[AFP]),
            E("army_nopow", "يكون أي جندي قد وقع في الأسر", "ونفى", ADEKUNLE, N_OFF, "ونفى", NEG, via=[AFP]),
            E(
                "army_jas",
                "التنظيم بـ«التحالف» مع عناصر من جماعة «بوكو حرام» المنافسة لتنفيذ الهجوم",
                "متهما",
                ADEKUNLE,
                N_OFF,
                "متهما",
                via=[AFP],
            ),
            E("iswap25", "قتل 25 جنديا", "التنظيم", ISWAP, ORG, "زعم", alt_types=[DOC], via=[AMAQ]),
            E("iswap_pow7", "أسر سبعة آخرين", "التنظيم", ISWAP, ORG, "زعم", alt_types=[DOC], via=[AMAQ]),
            E(
                "iswap_aid6",
                "«ستة من عمال المنظمات الصليبية»",
                "التنظيم",
                ISWAP,
                ORG,
                "زعم",
                alt_types=[DOC],
                via=[AMAQ],
            ),
            E(
                "nrc4",
                "فقدان الاتصال بأربعة من موظفيه كانوا في مجمع الإغاثة الذي اقتحمه المسلحون",
                NRC,
                "",
                ORG,
                "أعلن",
            ),
            E("pol2", "اثنين فقط من عمال الإغاثة خطفا", MAINA, "", N_OFF, "قال"),
            E("res_market", "المسلحين أحرقوا السوق الرئيسية", "سكان", "", A_SRC, "وقال", ANON, via=["فرانس برس"]),
            E("res_8", "قتلوا ما لا يقل عن ثمانية مدنيين", "سكان", "", A_SRC, "وقال", ANON, via=["فرانس برس"]),
            E(
                "trader",
                "رأيت الجنود يغادرون القاعدة نحو المطار قبل منتصف الليل",
                "أحد التجار",
                "",
                A_SRC,
                "وقال",
                ANON,
                DIRECT,
            ),
            E("hosp13", "تسلم جثث 13 مدنيا", DOCTOR, "", A_OFF, "وأفاد", ANON, alt_types=[A_SRC]),
            E("chair5", "عدد القتلى المدنيين «خمسة لا أكثر»", ALI, "", N_OFF, "أكد"),
            E(
                "naf_neut",
                "غارات على المسلحين الفارين قرب بلدة كروس كاوا «حيدت العشرات»",
                BELLO185,
                "",
                N_OFF,
                "وقال",
            ),
            E("naf_nociv", "إصابة أي مدني", "نافيا", BELLO185, N_OFF, "نافيا", NEG),
            E("fish17", "القصف أصاب مخيما للصيادين وقتل 17 منهم", KYARI, "", N_PER, "قال", alt_types=[N_OFF]),
            E("iom6k", "عدد الفارين من مونغونو إلى مايدوغوري بأكثر من 6 آلاف", IOM, "", ORG, "وقدرت"),
            E("gov_nofled", "«السكان لم يغادروا بيوتهم»", GONI, "", N_OFF, "قال"),
            E("gov_recall", "البلدة «باتت آمنة بالكامل»", "غوني", GONI, N_OFF, "قد أكد"),
            E(
                "an_notalliance",
                "ما يجمع التنظيمين «ليس تحالفا، بل هدنة ميدانية مؤقتة»",
                DANJUMA,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_leverage", "يسعى تنظيم «الدولة» إلى استخدام الرهائن «ورقة ضغط»", "مرجحا", DANJUMA, N_PER, "مرجحا"),
        ],
    },
    "r186_monguno_hostages": {
        "outlet": "بي بي سي عربي",
        "published": "2028-02-20",
        "entries": [
            E("hd", "نحتجز سبعة جنود نيجيريين وستة عمال إغاثة", "تنظيم «الدولة»", ISWAP, ORG, ":", HEAD),
            E(
                "iswap_video",
                "«سبعة جنود وستة من عمال الإغاثة» خطفوا خلال هجومه على بلدة مونغونو بولاية بورنو",
                ISWAP,
                "",
                ORG,
                "قال",
            ),
            E("iswap_held", "مقاتليه «بقوا في القاعدة العسكرية حتى الفجر»", "مؤكدا", ISWAP, ORG, "مؤكدا"),
            E(
                "army_cjtf",
                "الرجال السبعة الذين ظهروا بالزي العسكري «متطوعون في قوة المهام المشتركة المدنية، وليسوا جنودا»",
                ADEKUNLE,
                "",
                N_OFF,
                "قال",
                via=[BBC],
            ),
            E("army_five", "حصيلة قتلى الجيش إلى خمسة", "ورفع", ADEKUNLE, N_OFF, "ورفع", via=[BBC]),
            E("army_nocontact", "أي اتصال بالخاطفين", "نافيا", ADEKUNLE, N_OFF, "نافيا", NEG, via=[BBC]),
            E("recall_nofall", "«القاعدة لم تسقط ولو لدقيقة»", "الجيش", "", ORG, "قد أكد"),
            E("res_airstrip", "الجنود انسحبوا إلى مهبط الطائرات", "سكانا", "", A_SRC, "قالوا", ANON, via=[BBC]),
            E("res_streets", "المسلحين جابوا الشوارع حتى شروق الشمس", "سكانا", "", A_SRC, "قالوا", ANON, via=[BBC]),
            E("echo_market", "المسلحين أحرقوا السوق الرئيسية", "سكان", "", A_SRC, "ونقلت", ANON, via=[AFP]),
            E("un5", "خمسة عمال إغاثة من منظمتين خطفوا", "مسؤول أممي في مايدوغوري", "", A_OFF, "وقال", ANON),
            E("nrc_video", "أربعة من موظفيه ظهروا في المقطع", NRC, "", ORG, "أكد"),
            E(
                "gov_committee",
                "تشكيل لجنة من الأعيان ورجال الدين «للسعي إلى إطلاق المخطوفين عبر وسطاء»",
                GONI,
                "",
                N_OFF,
                "وأعلن",
            ),
            E("min_nocommittee", "تشكيل أي لجنة", OKAFOR, "", N_OFF, "نفى", NEG),
            E("min_nonego", "الحكومة «لا تتفاوض مع الإرهابيين»", "مؤكدا", OKAFOR, N_OFF, "مؤكدا"),
            E(
                "rel_ransom",
                "الخاطفين طلبوا فدية قدرها ٥٠٠ مليون نايرا",
                "أقارب أحد المخطوفين",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=["خدمة بي بي سي بلغة الهوسا"],
            ),
            E("hosp16", "عدد القتلى المدنيين إلى ١٦", "المستشفى العام في مونغونو", "", ORG, "ورفع"),
            E("chair7", "عددهم لا يتجاوز سبعة", ALI, "", N_OFF, "قال"),
            E(
                "amnesty20",
                "٢٠ مدنيا على الأقل، معظمهم صيادون، قتلوا في غارة جوية قرب كروس كاوا",
                "منظمة العفو الدولية",
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "naf_disguised",
                "القتلى «إرهابيون متنكرون في زي صيادين»",
                "المتحدث باسم سلاح الجو، العميد الجوي أولوسيغون بيلو",
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "naba",
                "أي تنسيق مع «خوارج» جماعة «بوكو حرام»",
                "التنظيم",
                ISWAP,
                ORG,
                "نفى",
                NEG,
                via=["صحيفة «النبأ»"],
            ),
            E("recall25", "مقتل ٢٥ جنديا", "التنظيم", ISWAP, ORG, "قد زعم"),
            E("iom9k", "ارتفع عدد الفارين إلى مايدوغوري إلى نحو ٩ آلاف", IOM, "", ORG, "وبحسب"),
            E("an_months", "ملف الرهائن «قد يستغرق أشهرا»", YERIMA, "", N_PER, "وترى"),
            E("an_ransom", "تدفع الحكومة «فدية عبر طرف ثالث» رغم نفيها", "مرجحة", YERIMA, N_PER, "مرجحة"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Oog: taken by the North Eastern State vs "not fallen" / "still held" by Somaliland
        ("r181.hd", "r181.sl_deny_fall"),
        ("r181.ne_ann", "r181.sl_deny_fall"),
        ("r181.ne_base", "r181.sl_deny_fall"),
        ("r181.hd", "r181.sl_holds"),
        ("r181.ne_ann", "r181.sl_holds"),
        ("r181.ne_base", "r181.sl_holds"),
        ("r182.recall_holds", "r181.hd"),  # the spokesman's claim recalled the next day
        ("r182.recall_holds", "r181.ne_ann"),
        ("r182.recall_holds", "r181.ne_base"),
        # Somaliland's own accounts: withdrew from Oog (officer via VOA, minister) vs still holds / not fallen
        ("r181.voa_withdrew", "r181.sl_holds"),
        ("r181.voa_withdrew", "r181.sl_deny_fall"),
        ("r182.recall_holds", "r181.voa_withdrew"),
        ("r182.min_withdrew", "r181.sl_holds"),  # withdrew on Tuesday morning vs still holding on Tuesday evening
        ("r182.min_withdrew", "r181.sl_deny_fall"),
        ("r182.recall_holds", "r182.min_withdrew"),
        # prisoners: 27 / 31 held by the state, "at least 40" (MP) vs no soldier captured
        ("r181.ne_pow27", "r181.sl_deny_pow"),
        ("r182.ne_pow31", "r181.sl_deny_pow"),
        ("r182.echo27", "r181.sl_deny_pow"),
        ("r182.mp40", "r181.sl_deny_pow"),
        ("r182.mp40", "r182.ne_pow31"),  # the same day: 31 vs no fewer than 40
        # the state's dead: "no more than seven" vs "more than 70 attackers killed"
        ("r181.ne_loss7", "r181.sl_kill70"),
        # federal weapons and officers vs denial / "administrative coordination" / "no military support"
        ("r181.min_accuse", "r181.fed_deny"),
        ("r181.min_accuse", "r181.fed_coord"),
        ("r181.min_accuse", "r181.pres_recall"),
        ("r181.min_accuse", "r182.fed_renew"),
        # al-Shabaab fighters in the state's ranks vs denial
        ("r182.horn_shabab", "r182.ne_deny_shabab"),
        # civilians killed by Somaliland shelling vs "our shells hit no civilian"
        ("r181.moh11", "r181.mod_deny"),
        ("r181.res_school", "r181.mod_deny"),
        # "only two civilians, by militia bullets" vs the other civilian tolls
        ("r182.sl_two", "r182.moh15"),
        ("r182.sl_two", "r181.moh11"),
        ("r182.sl_two", "r181.ocha4"),
        ("r182.sl_two", "r181.res_school"),
        # displacement vs "no displacement"; OCHA's 20,000 vs the mayor's 30,000+ on the same day
        ("r181.loc_nofled", "r181.ocha12k"),
        ("r181.loc_nofled", "r182.ocha20k"),
        ("r181.loc_nofled", "r182.mayor30k"),
        ("r182.ocha20k", "r182.mayor30k"),
        # the elders' truce, accepted by the state, vs Hargeisa's denial
        ("r182.hd", "r182.min_notruce"),
        ("r182.elders_truce", "r182.min_notruce"),
        ("r182.ne_accept", "r182.min_notruce"),
        # --- Chaman: three Pakistani posts taken vs "no post lost"
        ("r183.hd", "r183.ispr_deny_posts"),
        ("r183.afmod_posts", "r183.ispr_deny_posts"),
        ("r183.tolo_still", "r183.ispr_deny_posts"),
        ("r184.af_vacated", "r183.ispr_deny_posts"),  # vacating the posts presupposes having taken them
        # who opened fire
        ("r183.afmod_started", "r183.ispr_started"),
        # Pakistani soldiers killed: 12 vs 2, then 3
        ("r183.afmod_kill", "r183.ispr_loss2"),
        ("r183.afmod_kill", "r184.ispr3"),
        ("r184.recall_afmod12", "r183.ispr_loss2"),
        ("r184.recall_afmod12", "r184.ispr3"),
        # four soldiers captured / handed over vs no soldier missing / "civilian truck drivers"
        ("r183.afmod_pow", "r183.ispr_nopow"),
        ("r184.afmod_released", "r183.ispr_nopow"),
        ("r183.afmod_pow", "r184.ispr_drivers"),
        ("r184.afmod_released", "r184.ispr_drivers"),
        # Afghan shells on Chaman: three civilians killed vs "no Afghan shell fell" on its districts
        ("r183.chaman_civ3", "r183.afmod_noshell"),
        # the Wesh strikes: "all the dead were militants" (and its recalled copy) vs civilian dead
        ("r183.pk_allmil", "r183.kand_civ9"),
        ("r183.pk_allmil", "r183.res_rocket"),
        ("r183.pk_allmil", "r183.hosp14"),
        ("r183.pk_allmil", "r183.unama6"),
        ("r183.pk_allmil", "r184.kand11"),
        ("r183.pk_allmil", "r184.unama10"),
        ("r184.pk_recall", "r183.kand_civ9"),
        ("r184.pk_recall", "r183.res_rocket"),
        ("r184.pk_recall", "r183.hosp14"),
        ("r184.pk_recall", "r183.unama6"),
        ("r184.pk_recall", "r184.kand11"),
        ("r184.pk_recall", "r184.unama10"),
        # TTP hideouts struck vs no TTP element in the area
        ("r183.pk_hideouts", "r183.kand_nottp"),
        # civilian counts: 9 vs 14 bodies the same day; 11 two days later is still below 14
        ("r183.kand_civ9", "r183.hosp14"),
        ("r184.kand11", "r183.hosp14"),
        # TTP fighters alongside the Taliban vs denial / "an old Pakistani pretext"
        ("r183.fo_joint", "r184.af_nottp"),
        ("r183.fo_joint", "r184.af_pretext"),
        # the joint committee agreed (Ankara, Kabul) vs denied (Islamabad); signed vs not signed
        ("r184.hd", "r184.fo_nocommittee"),
        ("r184.tr_agree", "r184.fo_nocommittee"),
        ("r184.af_committee", "r184.fo_nocommittee"),
        ("r184.tr_signed", "r184.dawn_nosign"),
        # Chaman: hundreds of families left vs nobody displaced
        ("r184.chaman_res", "r184.dc_normal"),
        # --- Monguno: the base held by ISWAP for hours / soldiers left vs "repelled", "never fell"
        ("r185.iswap_base", "r185.army_nofall"),
        ("r185.iswap_base", "r186.recall_nofall"),
        ("r185.iswap_base", "r185.hd"),
        ("r185.iswap_base", "r185.army_repel"),
        ("r186.iswap_held", "r185.army_nofall"),
        ("r186.iswap_held", "r186.recall_nofall"),
        ("r186.iswap_held", "r185.hd"),
        ("r186.iswap_held", "r185.army_repel"),
        ("r186.res_airstrip", "r185.army_nofall"),
        ("r186.res_airstrip", "r186.recall_nofall"),
        ("r185.trader", "r185.army_nofall"),
        ("r185.trader", "r186.recall_nofall"),
        ("r186.res_streets", "r185.army_repel"),
        ("r186.res_streets", "r185.hd"),
        # soldiers killed: 25 (and its recalled copy) vs 3, then 5
        ("r185.iswap25", "r185.army_toll"),
        ("r185.iswap25", "r186.army_five"),
        ("r186.recall25", "r185.army_toll"),
        ("r186.recall25", "r186.army_five"),
        # soldiers captured vs none captured / "Civilian JTF volunteers, not soldiers"
        ("r185.iswap_pow7", "r185.army_nopow"),
        ("r186.hd", "r185.army_nopow"),
        ("r186.iswap_video", "r185.army_nopow"),
        ("r185.iswap_pow7", "r186.army_cjtf"),
        ("r186.hd", "r186.army_cjtf"),
        ("r186.iswap_video", "r186.army_cjtf"),
        # aid workers abducted: 6 (ISWAP) / 4 (NRC) vs "only two" (police) on Friday; 5 (UN) vs 6 (ISWAP)
        ("r185.iswap_aid6", "r185.pol2"),
        ("r185.nrc4", "r185.pol2"),
        ("r186.un5", "r186.hd"),
        ("r186.un5", "r186.iswap_video"),
        ("r186.un5", "r185.iswap_aid6"),
        # civilian tolls
        ("r185.hosp13", "r185.chair5"),
        ("r185.res_8", "r185.chair5"),
        ("r186.hosp16", "r186.chair7"),
        ("r185.hosp13", "r186.chair7"),  # a lower count later from another source
        ("r185.res_8", "r186.chair7"),
        # the Cross Kauwa air strike: fishermen / civilians killed vs no civilian hit / disguised terrorists
        ("r185.fish17", "r185.naf_nociv"),
        ("r186.amnesty20", "r185.naf_nociv"),
        ("r185.fish17", "r186.naf_disguised"),
        ("r186.amnesty20", "r186.naf_disguised"),
        # an ISWAP–Boko Haram alliance vs "not an alliance" / no coordination
        ("r185.army_jas", "r185.an_notalliance"),
        ("r185.army_jas", "r186.naba"),
        # displacement vs "residents did not leave"
        ("r185.iom6k", "r185.gov_nofled"),
        ("r186.iom9k", "r185.gov_nofled"),
        # a committee formed vs no committee
        ("r186.gov_committee", "r186.min_nocommittee"),
    ],
    "agreements": [
        ("r181.voa_withdrew", "r182.min_withdrew"),  # Somaliland's forces withdrew from Oog
        ("r181.ne_ann", "r182.min_withdrew"),  # Oog left Somaliland's hands on Tuesday
        ("r181.moh11", "r181.res_school"),  # civilians, children among them, killed by army shells
        ("r181.fed_deny", "r181.pres_recall"),  # no federal military role
        ("r182.elders_truce", "r182.ne_accept"),  # a truce reached and accepted
        ("r182.elders_truce", "r182.res_calm"),  # calm since Thursday noon
        ("r183.afmod_posts", "r183.tolo_still"),  # Afghan forces on the three posts
        ("r183.kand_civ9", "r183.unama6"),  # civilians killed on the Afghan side
        ("r183.kand_civ9", "r183.res_rocket"),  # women and children killed in Wesh homes
        ("r184.tr_agree", "r184.af_committee"),  # ceasefire with a joint committee
        ("r185.iswap_base", "r186.res_airstrip"),  # the soldiers abandoned the base
        ("r185.trader", "r186.res_airstrip"),  # soldiers left the base for the airstrip
        ("r185.fish17", "r186.amnesty20"),  # fishermen killed in the air strike
        ("r186.iswap_video", "r186.nrc_video"),  # aid workers held in the video
        ("r185.an_notalliance", "r186.naba"),  # no ISWAP–Boko Haram alliance
    ],
    "echoes": [
        ("r181.sl_holds", "r182.recall_holds"),  # the army spokesman's Tuesday claim recalled
        ("r181.ne_pow27", "r182.echo27"),  # the 27 prisoners, as Al Jazeera Net quoted them
        ("r183.afmod_kill", "r184.recall_afmod12"),  # the 12 soldiers recalled
        ("r183.pk_allmil", "r184.pk_recall"),  # the security official's words to Reuters recalled
        ("r185.army_nofall", "r186.recall_nofall"),  # "the base never fell" recalled
        ("r185.res_market", "r186.echo_market"),  # the residents' words to AFP retold
        ("r185.iswap25", "r186.recall25"),  # ISWAP's 25 soldiers recalled
    ],
    "not_contradictions": [
        ("r181.moh11", "r182.moh15"),  # civilian toll rose 11 -> 15 (same ministry)
        ("r181.ocha12k", "r182.ocha20k"),  # displaced rose 12,000 -> 20,000 (OCHA)
        ("r181.ocha12k", "r182.mayor30k"),  # a higher figure a day later
        ("r181.ne_pow27", "r182.ne_pow31"),  # prisoners 27 -> 31 (same spokesman)
        ("r182.mp40", "r181.ne_pow27"),  # "at least 40" on Thursday vs 27 on Wednesday
        ("r181.ocha4", "r181.moh11"),  # "at least 4" vs 11
        ("r182.sl_two", "r181.mod_deny"),  # killed by militia bullets vs not by our shells
        ("r183.ispr_loss2", "r184.ispr3"),  # soldiers' toll 2 -> 3
        ("r183.kand_civ9", "r184.kand11"),  # civilians 9 -> 11
        ("r183.unama6", "r184.unama10"),  # "at least 6" -> "at least 10"
        ("r183.unama6", "r183.hosp14"),  # "at least 6" vs 14
        ("r183.hosp14", "r184.unama10"),  # 14 vs "at least 10"
        ("r183.chaman_trucks", "r184.trucks1200"),  # stranded trucks 500+ -> 1,200+
        ("r183.tolo_still", "r184.af_vacated"),  # still on the posts Friday, vacated after the deal
        ("r184.iom4k", "r184.dc_normal"),  # displacement from Wesh vs none from Chaman
        ("r184.fo_conditional", "r184.tr_agree"),  # a conditional ceasefire is still a ceasefire
        ("r185.army_toll", "r186.army_five"),  # soldiers 3 -> 5
        ("r185.hosp13", "r186.hosp16"),  # civilians 13 -> 16 (hospital)
        ("r185.chair5", "r186.chair7"),  # civilians 5 -> 7 (local chairman)
        ("r185.iom6k", "r186.iom9k"),  # displaced 6,000+ -> about 9,000
        ("r185.res_8", "r185.hosp13"),  # "at least 8" vs 13
        ("r185.nrc4", "r186.un5"),  # four NRC staff among five aid workers from two organisations
        ("r185.iswap_aid6", "r185.nrc4"),  # four of one NGO among six aid workers
        ("r186.nrc_video", "r186.un5"),
        ("r185.naf_neut", "r185.fish17"),  # militants "neutralised" and fishermen killed can both be true
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
