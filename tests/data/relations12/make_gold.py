"""Writes gold.json for the twelfth relations set (r67..r72) from the annotations below (`python3 tests/data/relations12/make_gold.py`).

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

# r67/r68: Ubari (south-west Libya), the Tariq Ibn Ziyad brigade vs Tuareg fighters, the Sharara field
GC = "القيادة العامة للقوات المسلحة العربية الليبية"
ZAWI = "المتحدث باسم اللواء، العقيد ميلود الزوي"
ZAWI68 = "المتحدث باسم «اللواء طارق بن زياد»، العقيد ميلود الزوي"
AGH = "آمر كتيبة المغاوير، الطاهر أغ محمد"
FACT = "جبهة الوفاق من أجل التغيير في تشاد (فاكت)"
AJ = "«العربي الجديد»"
FB = "«فيسبوك»"
TG = "«تلغرام»"
NOC = "المؤسسة الوطنية للنفط"
IOM = "المنظمة الدولية للهجرة"
COUNCIL = "رئيس المجلس، الشيخ موسى أغ بكدة"
SKY = "«سكاي نيوز عربية»"
# r69/r70: Gondar (Amhara, Ethiopia), the Fano militia vs the federal army, Azezo and the airport
AYALU = "المتحدث باسم «فانو» في منطقة غوندر، ديسالين أيالو"
JAZ = "«الجزيرة نت»"
ENDF = "قوات الدفاع الوطني الإثيوبية"
ENA = "وكالة الأنباء الإثيوبية"
AMHARA = "مكتب الاتصال في حكومة إقليم أمهرة"
MIL_SRC = "مصدر عسكري إثيوبي"
MEKONNEN = "وزير الدولة للاتصال الحكومي، تسفاي مكونن"
TPLF = "الجبهة الشعبية لتحرير تيغراي"
HASHEM = "الباحث في شؤون القرن الأفريقي هاشم عبد الرحيم"
REUTERS = "وكالة «رويترز»"
FANO_CMD = "قائد ميداني في «فانو»"
INDY = "«إندبندنت عربية»"
# r71/r72: Hermel (Lebanon–Syria border), Syrian defence ministry forces vs the clans, Hosh al-Sayyed Ali
SY_MOD = "وزارة الدفاع السورية"
SANA = "الوكالة العربية السورية للأنباء (سانا)"
LAF = "قيادة الجيش اللبناني"
NAHAR = "«النهار»"
HZB = "حزب الله"
SY_SRC = "مصدر في وزارة الدفاع السورية"
LB_DEF = "مصدر في وزارة الدفاع اللبنانية"
SOHR = "المرصد السوري لحقوق الإنسان"
ENAB = "«عنب بلدي»"
QUSAYR_RES = "سكان من قرية مطربا في ريف القصير"

ARTICLES: dict[str, dict[str, Any]] = {
    "r67_ubari_sharara": {
        "outlet": "العربي الجديد",
        "published": "2026-03-09",
        "entries": [
            E("hd", "قواتنا تسيطر على مطار أوباري وبوابات حقل الشرارة", "«طارق بن زياد»", "اللواء طارق بن زياد", ORG, ":", HEAD),
            E(
                "z_control",
                "وحداته «بسطت سيطرتها الكاملة على المطار والبوابات المؤدية إلى الحقل» مساء الأحد",
                ZAWI,
                "",
                N_OFF,
                "وقال",
                via=[FB],
            ),
            E(
                "z_toll",
                "مقتل «أكثر من 30 مرتزقا تشاديا» وأربعة من عناصر اللواء",
                "مضيفا",
                ZAWI,
                N_OFF,
                "مضيفا",
                via=[FB],
            ),
            E("m_nofall", "يكون المطار قد سقط", AGH, "", N_OFF, "نفى", NEG, via=[AJ]),
            E(
                "m_inside",
                "مقاتلونا ما زالوا داخل المطار، وما يروجه إعلام الرجمة كذب",
                "وقال",
                AGH,
                N_OFF,
                "وقال",
                DIRECT,
                via=[AJ],
            ),
            E("m_nochad", "وجود أي مقاتل تشادي في صفوف الكتيبة", "نفى", AGH, N_OFF, "نفى", NEG, via=[AJ]),
            E(
                "m_seven",
                "قتلاها «سبعة شبان من أبناء أوباري خرجوا للدفاع عن بيوتهم»",
                "مؤكدا",
                AGH,
                N_OFF,
                "مؤكدا",
                via=[AJ],
            ),
            E(
                "gc_alliance",
                "من وصفتهم بـ«عصابات التهريب» في أوباري بعقد «تحالف» مع جبهة الوفاق من أجل التغيير في تشاد (فاكت)",
                "القيادة العامة",
                GC,
                ORG,
                "اتهمت",
                resolved_elsewhere=True,  # written «للقيادة العامة للقوات ...» in the first paragraph
            ),
            E(
                "gc_lead",
                "مقاتلي الجبهة «يقودون الهجمات على الحقل»",
                "زاعمة",
                GC,
                ORG,
                "زاعمة",
                resolved_elsewhere=True,
            ),
            E("fact_deny", "مشاركة أي من عناصرها في معارك أوباري", "الجبهة", FACT, ORG, "نفت", NEG, via=[TG]),
            E(
                "fact_nolink",
                "أي صلة لها بـ«المجموعات المسلحة الليبية»",
                "نافية",
                FACT,
                ORG,
                "نافية",
                NEG,
                via=[TG],
            ),
            E(
                "fact_chad",
                "قواتها «موجودة داخل الأراضي التشادية منذ أشهر»",
                "ومشيرة",
                FACT,
                ORG,
                "ومشيرة",
                via=[TG],
            ),
            E(
                "hosp19",
                "المستشفى استقبل منذ السبت 19 جثة و43 جريحا",
                "مصدر طبي في مستشفى أوباري العام",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "mayor6",
                "بين القتلى «ستة مدنيين على الأقل، بينهم طفلان»",
                "عميد بلدية أوباري، محمد أغالي",
                "",
                N_OFF,
                "قال",
            ),
            E(
                "mayor_blame",
                "قوات اللواء مسؤولية قصف حي الشرقية",
                "محملا",
                "عميد بلدية أوباري، محمد أغالي",
                N_OFF,
                "محملا",
            ),
            E("noc_halt", "توقف الإنتاج في حقل الشرارة بالكامل", NOC, "", ORG, "وأعلنت"),
            E("noc_280", "الحقل كان يضخ نحو 280 ألف برميل يوميا", "موضحة", NOC, ORG, "موضحة"),
            E(
                "akakus_partial",
                "الضخ «لم يتوقف إلا في خط واحد من أصل أربعة»",
                "مصدرا في شركة أكاكوس للعمليات النفطية",
                "",
                A_OFF,
                "أكد",
                ANON,
                via=[AJ],
            ),
            E(
                "iom1200",
                "نزحت نحو 1200 أسرة من الأحياء الجنوبية لأوباري باتجاه غات وسبها",
                IOM,
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "an_coord",
                "ما يجمع الكتيبة بالمعارضة التشادية «ليس تحالفا، بل تنسيق ظرفي على طرق التهريب»",
                "الباحث الليبي عبد الرحمن الحضيري",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "استمرار المعارك «قد يفتح الجنوب أمام مرتزقة من كل الجهات»",
                "محذرا",
                "الباحث الليبي عبد الرحمن الحضيري",
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r68_ubari_truce": {
        "outlet": "سكاي نيوز عربية",
        "published": "2026-03-10",
        "entries": [
            E("hd", "وقف العمليات العسكرية في أوباري بعد اتفاق مع الأعيان", "القيادة العامة", GC, ORG, ":", HEAD),
            E(
                "gc_truce",
                "وقف العمليات العسكرية في مدينة أوباري اعتبارا من ظهر الثلاثاء، بعد «اتفاق مع أعيان الطوارق» جرى برعاية المجلس الاجتماعي لقبائل الطوارق",
                GC,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "council_signed",
                "توقيع الاتفاق «بحضور ممثلين عن القيادة ووجهاء المدينة»",
                COUNCIL,
                "",
                N_OFF,
                "وأكد",
                alt_types=[N_PER],
                via=[SKY],
            ),
            E(
                "council_terms",
                "ينص على انسحاب المسلحين من محيط الحقل مقابل وقف القصف",
                "موضحا",
                COUNCIL,
                N_OFF,
                "موضحا",
                alt_types=[N_PER],
                via=[SKY],
            ),
            E("m_noagree", "التوصل إلى أي اتفاق", AGH, "", N_OFF, "نفى", NEG, via=[FB]),
            E(
                "m_notrep",
                "من جلسوا مع القيادة «لا يمثلون إلا أنفسهم»",
                "معتبرا",
                AGH,
                N_OFF,
                "معتبرا",
                via=[FB],
            ),
            E(
                "m_stay",
                "مقاتليه «لن يغادروا مواقعهم قبل انسحاب اللواء من محيط الحقل»",
                "ومشددا",
                AGH,
                N_OFF,
                "ومشددا",
                via=[FB],
            ),
            E("z_still", "قوات اللواء «ما زالت تسيطر على المطار والحقل»", ZAWI68, "", N_OFF, "قال"),
            E("z_noshell", "تكون قد قصفت أي حي سكني", "ونفى", ZAWI68, N_OFF, "ونفى", NEG),
            E("z_shields", "المسلحين باتخاذ السكان «دروعا بشرية»", "متهما", ZAWI68, N_OFF, "متهما"),
            E("z_arrest", "وحدات اللواء اعتقلت ١٤ «مرتزقا» تشاديا خلال المعارك", "وأضاف", ZAWI68, N_OFF, "وأضاف"),
            E(
                "lcw_workers",
                "الموقوفين الأربعة عشر «عمال مهاجرون في مزارع أوباري لا صلة لهم بالقتال»",
                "منظمة رصد الجرائم في ليبيا",
                "",
                ORG,
                "قالت",
            ),
            E("lcw_release", "بالإفراج عنهم", "مطالبة", "منظمة رصد الجرائم في ليبيا", ORG, "مطالبة", OPT),
            E(
                "hosp24",
                "ارتفعت حصيلة المستشفى إلى ٢٤ جثة و٥٨ جريحا",
                "مدير مستشفى أوباري العام، سالم بوسيف",
                "",
                N_OFF,
                "وبحسب",
            ),
            E(
                "moh12",
                "عدد القتلى «لا يتجاوز ١٢»",
                "وزارة الصحة في الحكومة المكلفة من مجلس النواب",
                "",
                ORG,
                "فأعلنت",
            ),
            E("noc_resume", "استئناف الإنتاج جزئيا في حقل الشرارة", NOC, "", ORG, "وأعلنت"),
            E(
                "z_neverstop",
                "الضخ في الحقل «لم يتوقف يوما واحدا»",
                "الزوي",
                ZAWI68,
                N_OFF,
                "نقلت",
                via=["قناة «ليبيا الحدث»"],
            ),
            E("iom1900", "عدد الأسر النازحة ارتفع إلى ١٩٠٠", IOM, "", ORG, "وأفادت"),
            E(
                "moi_exag",
                "الحديث عن موجات نزوح «مبالغ فيه»",
                "وزارة الداخلية في الحكومة نفسها",
                "",
                ORG,
                "اعتبرت",
            ),
            E(
                "moi300",
                "عدد الأسر التي غادرت المدينة بنحو ٣٠٠ فقط",
                "مقدرة",
                "وزارة الداخلية في الحكومة نفسها",
                ORG,
                "مقدرة",
            ),
            E("fact_echo", "مشاركة عناصرها في معارك أوباري", "جبهة «فاكت»", "", ORG, "نفت", NEG, via=[TG]),
            E(
                "m_echo",
                "قتلى الكتيبة «سبعة شبان من أبناء أوباري خرجوا للدفاع عن بيوتهم»",
                "أغ محمد",
                AGH,
                N_OFF,
                "نقل",
                via=["موقع «العربي الجديد»"],
            ),
            E(
                "an2_money",
                "يكون مقاتلون من «فاكت» قد شاركوا في الهجوم على بوابات الحقل «بدافع المال لا بموجب تحالف»",
                "المحلل العسكري الليبي عادل الفرجاني",
                "",
                N_PER,
                "ورجح",
            ),
        ],
    },
    "r69_gondar_azezo": {
        "outlet": "الجزيرة نت",
        "published": "2026-04-14",
        "entries": [
            E("hd", "مقاتلونا دخلوا أزيزو وسيطروا على مطار غوندر", "«فانو»", "ميليشيا «فانو»", ORG, ":", HEAD),
            E(
                "fano_seized",
                "مقاتليه «اقتحموا أزيزو وسيطروا على المطار بعد ساعات من المعارك»",
                AYALU,
                "",
                N_OFF,
                "وقال",
                via=[JAZ],
            ),
            E("fano200", "قتلوا «أكثر من 200 جندي» وأسروا العشرات", "مضيفا", AYALU, N_OFF, "مضيفا", via=[JAZ]),
            E("fano_notigray", "مشاركة أي مقاتل من إقليم تيغراي في الهجوم", "أيالو", AYALU, N_OFF, "ونفى", NEG),
            E(
                "army_regained",
                "قواته «استعادت السيطرة على أزيزو ومحيط المطار» مساء الأحد بعد «طرد العناصر المتطرفة»",
                "الجيش الإثيوبي",
                ENDF,
                ORG,
                "أعلن",
                via=[ENA],
            ),
            E("army87", "قتلت 87 منهم", "الجيش الإثيوبي", ENDF, ORG, "أعلن", via=[ENA]),
            E("army9", "بمقتل تسعة جنود", "معترفا", ENDF, ORG, "معترفا", via=[ENA]),
            E(
                "region_never",
                "أزيزو لم تسقط في أي لحظة، وما جرى تسلل محدود لمجموعات صغيرة جرى التعامل معه",
                AMHARA,
                "",
                ORG,
                "فقال",
                DIRECT,
            ),
            E(
                "hosp16",
                "المستشفى استقبل جثث 16 مدنيا من أحياء أزيزو",
                "طبيب في مستشفى جامعة غوندر",
                "",
                A_OFF,
                "وأفاد",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "res27",
                "طائرة مسيرة قصفت السوق الأسبوعية ظهر السبت، ما أدى إلى مقتل 27 مدنيا، بينهم نساء وأطفال",
                "سكان",
                "",
                A_SRC,
                "قال",
                ANON,
                via=[JAZ],
            ),
            E("mil_nociv", "استهداف أي مدنيين", MIL_SRC, "", A_OFF, "ونفى", ANON, NEG),
            E(
                "mil_leaders",
                "الغارة أصابت «تجمعا لقادة المتطرفين» على أطراف البلدة",
                "مؤكدا",
                MIL_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
            ),
            E(
                "gov_alliance",
                "«فانو» بالتحالف مع الجبهة الشعبية لتحرير تيغراي بهدف «إسقاط النظام الدستوري»",
                MEKONNEN,
                "",
                N_OFF,
                "واتهم",
            ),
            E(
                "gov_tigray",
                "مقاتلين من تيغراي شاركوا في الهجوم على المطار",
                "زاعما",
                MEKONNEN,
                N_OFF,
                "زاعما",
            ),
            E(
                "tplf_deny",
                "«أي علاقة» لها بفانو أو بالمعارك في أمهرة",
                "الجبهة",
                TPLF,
                ORG,
                "بنفي",
                NEG,
                via=["منصة «إكس»"],
            ),
            E(
                "ocha45",
                "نزح نحو 45 ألف شخص من جنوب غوندر والقرى المجاورة منذ الأحد",
                "مكتب الأمم المتحدة للشؤون الإنسانية (أوتشا)",
                "",
                ORG,
                "ووفق",
            ),
            E(
                "an_converge",
                "ما بين «فانو» وتيغراي «تقاطع مصالح مؤقت لا يرقى إلى تحالف»",
                HASHEM,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_cond",
                "إذا لم تبدأ مفاوضات جدية خلال أسابيع، فقد يمتد القتال إلى بحر دار",
                "محذرا",
                HASHEM,
                N_PER,
                "محذرا",
                DIRECT,
            ),
        ],
    },
    "r70_gondar_talks": {
        "outlet": "إندبندنت عربية",
        "published": "2026-04-15",
        "entries": [
            E("hd", "لا مفاوضات مع «فانو» ولا هدنة في غوندر", "الحكومة الإثيوبية", "", ORG, ":", HEAD),
            E("gov_nonego", "إجراء أي مفاوضات مع ميليشيا «فانو»", "الحكومة الإثيوبية", "", ORG, "نفت", NEG),
            E(
                "reuters_truce",
                "محادثات غير معلنة بين الطرفين في نيروبي أسفرت عن «اتفاق مبدئي على هدنة إنسانية مدتها 72 ساعة» في غوندر",
                "تقرير لوكالة «رويترز»",
                REUTERS,
                MEDIA,
                "تحدث عن",
                alt_types=[DOC],
            ),
            E(
                "dip_met",
                "ممثلين عن الطرفين «التقوا مرتين برعاية كينية»",
                "دبلوماسيين غربيين",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[REUTERS],
            ),
            E(
                "pm_never",
                "لم نجلس ولن نجلس مع عصابات متطرفة، والعمليات مستمرة حتى استعادة الأمن بالكامل",
                "المتحدثة باسم مكتب رئيس الوزراء، مارتا غيتاتشو",
                "",
                N_OFF,
                "قالت",
                DIRECT,
            ),
            E("fano_notruce", "وجود أي هدنة", FANO_CMD, "", A_OFF, "نفى", ANON, NEG, via=[INDY]),
            E(
                "fano_still",
                "مقاتليه «ما زالوا يتمركزون في الأحياء الشمالية من أزيزو»",
                "قائلا",
                FANO_CMD,
                A_OFF,
                "قائلا",
                ANON,
                via=[INDY],
            ),
            E(
                "fano_lie",
                "الجيش «يكذب بشأن استعادة المطار»",
                "قائلا",
                FANO_CMD,
                A_OFF,
                "قائلا",
                ANON,
                via=[INDY],
            ),
            E("army_full", "أزيزو كلها «تحت السيطرة الكاملة»", "الجيش", "", ORG, "وأكد"),
            E("army_normal", "الحياة «عادت إلى طبيعتها»", "الجيش", "", ORG, "وأكد"),
            E("army120", "عدد قتلى «المتطرفين» إلى 120", "رافعا", "الجيش", ORG, "رافعا"),
            E(
                "region_echo",
                "أزيزو لم تسقط في أي لحظة، وما جرى تسلل محدود لمجموعات صغيرة جرى التعامل معه",
                AMHARA,
                "",
                ORG,
                "جاء فيه",
                DIRECT,
                alt_types=[DOC],
            ),
            E("region12", "عدد النازحين بـ«نحو 12 ألفا فقط»", "المكتب", AMHARA, ORG, "وقدر"),
            E(
                "fano200_echo",
                "مقاتليه قتلوا «أكثر من 200 جندي»",
                "المتحدث باسم «فانو» ديسالين أيالو",
                "",
                N_OFF,
                "ونقل عن",
                via=["موقع «الجزيرة نت»"],
            ),
            E(
                "ehrc22",
                "22 مدنيا على الأقل قتلوا في غارة المسيرة على سوق تشيلغا",
                "اللجنة الإثيوبية لحقوق الإنسان",
                "",
                ORG,
                "وقالت",
            ),
            E("ehrc_probe", "بتحقيق مستقل", "مطالبة", "اللجنة الإثيوبية لحقوق الإنسان", ORG, "مطالبة", OPT),
            E(
                "msf64",
                "فرقها عالجت 64 جريحا في مستشفى جامعة غوندر",
                "منظمة «أطباء بلا حدود»",
                "",
                ORG,
                "أفادت",
            ),
            E(
                "police312",
                "اعتقال 312 شخصا في أديس أبابا وبحر دار «ينتمون إلى خلايا نائمة تابعة لفانو»",
                "الشرطة الفيدرالية",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "lawyers",
                "بين الموقوفين صحفيين اثنين و«عشرات التجار والطلاب الذين لا علاقة لهم بأي تنظيم»",
                "محامين يمثلون عددا منهم",
                "",
                A_SRC,
                "أكدوا",
                ANON,
            ),
            E(
                "fano_channels",
                "العلاقة مع تيغراي «مجرد قنوات تواصل، وليست تحالفا»",
                "القيادي في «فانو» أسفاو تيرونيه",
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[INDY],
            ),
            E(
                "an_test",
                "تكون أديس أبابا «تختبر تماسك قيادات فانو قبل أي تفاوض علني»",
                "الصحافي الإثيوبي يوناس برهي",
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r71_hermel_border": {
        "outlet": "النهار",
        "published": "2026-05-18",
        "entries": [
            E(
                "hd",
                "الشق اللبناني من حوش السيد علي لم يخرج عن سيطرتنا",
                "الجيش اللبناني",
                LAF,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "sy_control",
                "وحداتها «بسطت سيطرتها الكاملة على قرية حوش السيد علي بشقيها»",
                SY_MOD,
                "",
                ORG,
                "وأعلنت",
                via=[SANA],
            ),
            E(
                "sy_hzb",
                "الحزب بـ«المشاركة المباشرة» في الهجمات على مواقعها",
                "متهمة",
                SY_MOD,
                ORG,
                "متهمة",
                via=[SANA],
            ),
            E("sy3", "مقتل ثلاثة من جنودها", "ومشيرة", SY_MOD, ORG, "ومشيرة", via=[SANA]),
            E("lb_deployed", "وحداتها «ما زالت منتشرة في الشق اللبناني من البلدة»", LAF, "", ORG, "أكدت"),
            E("lb_never", "هذا الشق «لم يخرج عن سيطرة الجيش في أي وقت»", LAF, "", ORG, "أكدت"),
            E(
                "lbsrc_arrest9",
                "الجيش أوقف تسعة أشخاص، بينهم أربعة سوريين، «بجرم تهريب الأسلحة»",
                "مصدر عسكري",
                "",
                A_OFF,
                "وأوضح",
                ANON,
                via=[NAHAR],
            ),
            E("hzb_deny", "أي علاقة له بالاشتباكات", HZB, "", ORG, "ونفى", NEG),
            E(
                "hzb_nofighters",
                "لا وجود لمقاتلين من الحزب على الحدود الشمالية الشرقية",
                "مؤكدا",
                HZB,
                ORG,
                "مؤكدا",
            ),
            E(
                "clan_alone",
                "أبناء العشائر يدافعون عن قراهم وحدهم، ولا علاقة للحزب بما يجري",
                "أحد وجهاء عشائر الهرمل، الحاج علي ناصر الدين",
                "",
                N_PER,
                "وقال",
                DIRECT,
                via=[NAHAR],
            ),
            E(
                "lbmoh7",
                "القصف السوري أدى إلى مقتل سبعة أشخاص وإصابة 52 آخرين",
                "وزارة الصحة العامة",
                "",
                ORG,
                "وأعلنت",
            ),
            E("lbmoh_civ", "القتلى «جميعهم مدنيون، بينهم طفل»", "مؤكدة", "وزارة الصحة العامة", ORG, "مؤكدة"),
            E(
                "sysrc_fighters",
                "القتلى «مسلحون من المهربين وعناصر حزب الله»",
                SY_SRC,
                "",
                A_OFF,
                "زعم",
                ANON,
                via=["قناة «الإخبارية السورية»"],
            ),
            E(
                "lbdef_truce",
                "وزيري الدفاع في البلدين «اتفقا هاتفيا على وقف لإطلاق النار يبدأ عند منتصف ليل الاثنين»",
                LB_DEF,
                "",
                A_OFF,
                "وكشف",
                ANON,
            ),
            E(
                "lbdef_committee",
                "لجنة عسكرية مشتركة «ستجتمع الأسبوع المقبل لتحديد النقاط الحدودية المتنازع عليها»",
                "مشيرا",
                LB_DEF,
                A_OFF,
                "مشيرا",
                ANON,
            ),
            E(
                "mayor400",
                "أكثر من 400 عائلة نزحت من القرى الحدودية إلى المدينة",
                "رئيس بلدية الهرمل، حسين شمص",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "an_fait",
                "ما يجري «ليس اشتباكا عابرا مع مهربين، بل محاولة لفرض أمر واقع على الحدود»",
                "العميد المتقاعد سمير الحلبي",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_cond",
                "الاشتباكات «ستتكرر ما لم ترسم الحدود»",
                "محذرا",
                "العميد المتقاعد سمير الحلبي",
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r72_hermel_qusayr": {
        "outlet": "عنب بلدي",
        "published": "2026-05-19",
        "entries": [
            E("hd", "لا اتفاق مع لبنان على وقف إطلاق النار", "مصدر عسكري سوري", SY_SRC, A_OFF, ":", HEAD, ANON),
            E(
                "sysrc_noagree",
                "التوصل إلى أي اتفاق مع الجانب اللبناني لوقف إطلاق النار على الحدود في ريف القصير",
                SY_SRC,
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
                via=[ENAB],
            ),
            E(
                "sysrc_nocall",
                "الحديث عن اتصال هاتفي بين الوزيرين غير دقيق",
                "مؤكدا",
                SY_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[ENAB],
            ),
            E(
                "sysrc_ongoing",
                "العمليات «مستمرة ضد عصابات التهريب»",
                "مؤكدا",
                SY_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[ENAB],
            ),
            E("sy5", "حصيلة قتلى جنودها في الاشتباكات إلى خمسة", "الوزارة", SY_MOD, ORG, "رفعت"),
            E(
                "sy_echo",
                "وحداتها «بسطت سيطرتها الكاملة على قرية حوش السيد علي بشقيها»",
                "الوزارة",
                SY_MOD,
                ORG,
                "جاء فيه",
                alt_types=[DOC],
            ),
            E("sohr4", "مقتل أربعة عناصر من قوات وزارة الدفاع وستة لبنانيين", SOHR, "", ORG, "وأفاد"),
            E(
                "sohr_hzb3",
                "بين اللبنانيين «ثلاثة من عناصر حزب الله قاتلوا إلى جانب أبناء العشائر»",
                "موضحا",
                SOHR,
                ORG,
                "موضحا",
            ),
            E(
                "lbmoh10",
                "ارتفعت حصيلة القتلى إلى ١٠",
                "وزارة الصحة اللبنانية",
                "",
                ORG,
                "نقلا عن",
                via=["الوكالة الوطنية للإعلام"],
            ),
            E("hzb_echo", "أي علاقة له بالاشتباكات", HZB, "", ORG, "نفى", NEG),
            E(
                "mp_civ",
                "قتلى القرى «مدنيون سقطوا في منازلهم»",
                "النائب عن كتلة «الوفاء للمقاومة» رامي حمادة",
                "",
                N_OFF,
                "ونقلت",
                via=["قناة «المنار»"],
            ),
            E(
                "res_shells",
                "قذائف أطلقت من الأراضي اللبنانية سقطت على منازلهم مساء الاثنين",
                QUSAYR_RES,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ENAB],
            ),
            E(
                "res_nonstop",
                "الاشتباكات «لم تتوقف طوال الليل»",
                QUSAYR_RES,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ENAB],
            ),
            E(
                "sy_arrest6",
                "القبض على ستة لبنانيين «من مهربي الأسلحة والمخدرات» تسللوا إلى الأراضي السورية",
                "إدارة الأمن العام في حمص",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "families",
                "أنهم «مزارعون خطفوا من أراضيهم داخل الحدود اللبنانية»",
                "عائلاتهم",
                "",
                A_SRC,
                "أكدت",
                ANON,
                via=["مواقع لبنانية"],
            ),
            E(
                "nahar_echo",
                "الجيش أوقف تسعة أشخاص، بينهم أربعة سوريين، بتهمة تهريب الأسلحة",
                "مصدر عسكري لبناني",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["صحيفة «النهار»"],
            ),
            E(
                "unhcr2500",
                "نحو ٢٥٠٠ شخص لجؤوا إلى مدينة الهرمل من القرى الحدودية منذ السبت",
                "مفوضية الأمم المتحدة لشؤون اللاجئين",
                "",
                ORG,
                "وذكرت",
            ),
            E(
                "sy_displ85",
                "٨٥ عائلة نزحت من مطربا وحاويك إلى مدينة القصير",
                "مديرية الشؤون الاجتماعية في حمص",
                "",
                ORG,
                "قالت",
            ),
            E(
                "an_msg",
                "يكون التصعيد «رسالة من دمشق إلى بيروت قبل مفاوضات الترسيم»",
                "الباحث في مركز «جسور» للدراسات، فراس العلي",
                "",
                N_PER,
                "ورجح",
            ),
            E(
                "an_hedge",
                "الحزب «قد يكون دفع بمقاتلين بلباس عشائري»",
                "مشيرا",
                "الباحث في مركز «جسور» للدراسات، فراس العلي",
                N_PER,
                "مشيرا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Ubari: who holds the airport (Sunday evening / "still") vs "it has not fallen, we are inside"
        ("r67.z_control", "r67.m_nofall"),
        ("r67.z_control", "r67.m_inside"),
        ("r67.hd", "r67.m_nofall"),  # headline copy
        ("r67.hd", "r67.m_inside"),
        ("r68.z_still", "r67.m_nofall"),  # «ما زالت» on Tuesday claims control since Sunday
        ("r68.z_still", "r67.m_inside"),
        # who the dead were: 30+ Chadian mercenaries vs seven young men of Ubari
        ("r67.z_toll", "r67.m_seven"),
        ("r67.z_toll", "r68.m_echo"),  # the commander's words as retold the next day
        # FACT fighters leading the attacks vs FACT: none of our men took part, our forces are in Chad
        ("r67.gc_lead", "r67.fact_deny"),
        ("r67.gc_lead", "r67.fact_chad"),
        ("r67.gc_lead", "r68.fact_echo"),
        # alliance vs no link at all vs "not an alliance, coordination" / "for money, not an alliance"
        ("r67.gc_alliance", "r67.fact_nolink"),
        ("r67.gc_alliance", "r67.an_coord"),
        ("r67.an_coord", "r67.fact_nolink"),
        ("r67.gc_alliance", "r68.an2_money"),
        # shelling of a district vs "we shelled no residential district"
        ("r67.mayor_blame", "r68.z_noshell"),
        # the Sharara field: complete halt vs one line in four vs "never stopped a single day"
        ("r67.noc_halt", "r67.akakus_partial"),
        ("r68.z_neverstop", "r67.noc_halt"),
        ("r68.z_neverstop", "r67.akakus_partial"),
        ("r68.z_neverstop", "r68.noc_resume"),  # a resumption presupposes a stop
        # the truce agreement vs the commander's denial
        ("r68.gc_truce", "r68.m_noagree"),
        ("r68.hd", "r68.m_noagree"),
        ("r68.council_signed", "r68.m_noagree"),
        # the 14 detainees: Chadian mercenaries vs migrant farm workers
        ("r68.z_arrest", "r68.lcw_workers"),
        # tolls: "no more than 12" vs the hospital's 24 (same day), its 19 (Monday), the brigade's 34+
        ("r68.moh12", "r68.hosp24"),
        ("r68.moh12", "r67.hosp19"),
        ("r68.moh12", "r67.z_toll"),
        # displaced families: about 300 vs 1,900 (same day) and 1,200 (Monday)
        ("r68.moi300", "r68.iom1900"),
        ("r68.moi300", "r67.iom1200"),
        # --- Gondar: Azezo seized / regained vs "never fell"
        ("r69.fano_seized", "r69.region_never"),
        ("r69.hd", "r69.region_never"),
        ("r69.army_regained", "r69.region_never"),  # regaining presupposes a loss
        ("r69.fano_seized", "r70.region_echo"),  # republished statement
        ("r69.hd", "r70.region_echo"),
        ("r69.army_regained", "r70.region_echo"),
        # soldiers killed: 200+ vs nine
        ("r69.fano200", "r69.army9"),
        ("r70.fano200_echo", "r69.army9"),
        # the Chilga market strike: civilians killed vs no civilian targeted / a leaders' gathering outside town
        ("r69.res27", "r69.mil_nociv"),
        ("r69.res27", "r69.mil_leaders"),
        ("r70.ehrc22", "r69.mil_nociv"),
        ("r70.ehrc22", "r69.mil_leaders"),
        # Fano–TPLF: alliance, Tigrayan fighters vs no relation / none took part / channels / convergence
        ("r69.gov_alliance", "r69.tplf_deny"),
        ("r69.gov_tigray", "r69.tplf_deny"),
        ("r69.gov_tigray", "r69.fano_notigray"),
        ("r69.gov_alliance", "r69.an_converge"),
        ("r69.gov_alliance", "r70.fano_channels"),
        ("r69.tplf_deny", "r70.fano_channels"),  # "no relation at all" vs "channels of communication"
        # talks in Nairobi and a 72-hour truce vs no negotiations, no truce
        ("r70.gov_nonego", "r70.reuters_truce"),
        ("r70.gov_nonego", "r70.dip_met"),
        ("r70.hd", "r70.reuters_truce"),
        ("r70.hd", "r70.dip_met"),
        ("r70.pm_never", "r70.dip_met"),
        ("r70.pm_never", "r70.reuters_truce"),
        ("r70.fano_notruce", "r70.reuters_truce"),
        # Azezo on Wednesday: fully under control vs fighters still in its northern districts
        ("r70.army_full", "r70.fano_still"),
        ("r70.fano_lie", "r70.army_full"),
        ("r70.fano_lie", "r69.army_regained"),
        # the detainees: sleeper cells vs journalists, traders and students
        ("r70.police312", "r70.lawyers"),
        # displaced: 45,000 vs "about 12,000 only"
        ("r70.region12", "r69.ocha45"),
        # --- Hermel: the whole village (both parts) vs the Lebanese part never left the army's control
        ("r71.sy_control", "r71.lb_deployed"),
        ("r71.sy_control", "r71.lb_never"),
        ("r71.hd", "r71.sy_control"),
        ("r72.sy_echo", "r71.lb_deployed"),  # republished statement
        ("r72.sy_echo", "r71.lb_never"),
        ("r72.sy_echo", "r71.hd"),
        # Hezbollah's participation vs its denial and the clans' "alone"
        ("r71.sy_hzb", "r71.hzb_deny"),
        ("r71.sy_hzb", "r71.hzb_nofighters"),
        ("r71.sy_hzb", "r71.clan_alone"),
        ("r71.sy_hzb", "r72.hzb_echo"),
        ("r71.sysrc_fighters", "r71.hzb_deny"),
        ("r71.sysrc_fighters", "r71.hzb_nofighters"),
        ("r72.sohr_hzb3", "r71.hzb_deny"),
        ("r72.sohr_hzb3", "r71.hzb_nofighters"),
        ("r72.sohr_hzb3", "r71.clan_alone"),
        ("r72.sohr_hzb3", "r72.hzb_echo"),
        # who the Lebanese dead were: all civilians vs armed smugglers and Hezbollah members
        ("r71.sysrc_fighters", "r71.lbmoh_civ"),
        ("r71.sysrc_fighters", "r72.mp_civ"),
        ("r72.sohr_hzb3", "r71.lbmoh_civ"),
        ("r72.sohr_hzb3", "r72.mp_civ"),
        # the ceasefire agreed by phone vs no agreement, no phone call
        ("r72.sysrc_noagree", "r71.lbdef_truce"),
        ("r72.hd", "r71.lbdef_truce"),
        ("r72.sysrc_nocall", "r71.lbdef_truce"),
        # tolls on Tuesday: five soldiers vs four; ten Lebanese dead vs six
        ("r72.sohr4", "r72.sy5"),
        ("r72.sohr4", "r72.lbmoh10"),
        # the six Lebanese detainees: smugglers vs farmers abducted from their fields
        ("r72.sy_arrest6", "r72.families"),
    ],
    "agreements": [
        ("r67.m_nochad", "r67.fact_deny"),  # no Chadian fighters took part
        ("r67.an_coord", "r68.an2_money"),  # not an alliance
        ("r68.gc_truce", "r68.council_signed"),  # an agreement with the Tuareg notables was signed
        ("r69.fano_notigray", "r69.tplf_deny"),  # no Tigrayan fighters in the attack
        ("r69.res27", "r70.ehrc22"),  # civilians killed in the Chilga market strike
        ("r70.hd", "r70.fano_notruce"),  # there is no truce
        ("r69.an_converge", "r70.fano_channels"),  # contacts, not an alliance
        ("r71.hzb_nofighters", "r71.clan_alone"),  # Hezbollah is not fighting on the border
        ("r71.sy_hzb", "r72.sohr_hzb3"),  # Hezbollah members fought alongside the clans
        ("r71.lbmoh_civ", "r72.mp_civ"),  # the Lebanese dead were civilians
    ],
    "echoes": [
        ("r67.fact_deny", "r68.fact_echo"),  # FACT's Telegram statement, recalled
        ("r67.m_seven", "r68.m_echo"),  # the commander's words to al-Araby al-Jadeed, cited by Sky News Arabia
        ("r69.fano200", "r70.fano200_echo"),  # the Fano spokesman's words to Al Jazeera Net, cited again
        ("r69.region_never", "r70.region_echo"),  # the Amhara statement, republished
        ("r71.sy_control", "r72.sy_echo"),  # the Syrian defence ministry's statement, republished
        ("r71.hzb_deny", "r72.hzb_echo"),  # Hezbollah's statement, recalled
        ("r71.lbsrc_arrest9", "r72.nahar_echo"),  # the Lebanese military source quoted by an-Nahar
    ],
    "not_contradictions": [
        ("r67.hosp19", "r68.hosp24"),  # the hospital's count rose from 19 to 24 bodies
        ("r67.iom1200", "r68.iom1900"),  # IOM: 1,200 then 1,900 families
        ("r67.noc_halt", "r68.noc_resume"),  # halted, then partly resumed
        ("r67.mayor6", "r67.hosp19"),  # six civilians among the 19 bodies
        ("r67.an_coord", "r67.fact_deny"),  # coordination on smuggling routes vs no part in the battles
        ("r68.council_signed", "r68.m_notrep"),  # signed, by people who "represent only themselves"
        ("r69.fano_seized", "r69.army_regained"),  # stormed at dawn, regained in the evening
        ("r69.fano200", "r69.army87"),  # soldiers killed vs Fano fighters killed
        ("r69.army87", "r70.army120"),  # the army's count of Fano dead rose from 87 to 120
        ("r69.an_converge", "r69.tplf_deny"),  # a convergence of interests is not a relation
        ("r69.hosp16", "r69.res27"),  # Azezo vs Chilga: two places
        ("r70.fano_notruce", "r70.dip_met"),  # meetings held vs no truce in force
        ("r69.hosp16", "r70.msf64"),  # dead vs wounded
        ("r71.sy3", "r72.sy5"),  # the Syrian toll rose from three to five
        ("r71.lbmoh7", "r72.lbmoh10"),  # the Lebanese toll rose from seven to ten
        ("r71.sy3", "r71.lbmoh7"),  # Syrian soldiers vs Lebanese dead
        ("r71.lbsrc_arrest9", "r72.sy_arrest6"),  # two different sets of arrests
        ("r71.mayor400", "r72.unhcr2500"),  # 400 families vs about 2,500 people
        ("r71.lbdef_truce", "r72.res_nonstop"),  # an agreement vs fighting through the night
        ("r72.unhcr2500", "r72.sy_displ85"),  # displaced on the two sides of the border
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
