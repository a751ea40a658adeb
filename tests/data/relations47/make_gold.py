"""Writes gold.json for relations set 47 (r277..r282) from the annotations below.

From this folder: `python3 -B make_gold.py` runs check_layout (the articles' layout, dateline, words, digits,
dates and weekdays) and check_counts (attributions per article, relation tallies) and, when both pass, writes
gold.json; `python3 -B make_gold.py --stats` runs the same checks and prints word counts and tallies (with
warnings about a cue far from its claim or a `via` missing from the text) without writing anything.

Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every offset.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from datetime import date
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
    article_number,
    relations_gold,
    write,
)

# r277/r278: Sohag (Egypt), the shooting between two families in Nag' al-Awaida, Dar El Salam
SEC = "مديرية أمن سوهاج"
SEC_ST = "بيان المديرية"
SAWI = "وكيل وزارة الصحة بسوهاج، الدكتور وائل الصاوي"
MAYOR = "عمدة النجع، الحاج فاروق عبد الراضي"
SEC_SRC = "مصدر أمني طلب عدم الكشف عن اسمه"
ELDER = "كبير عائلة المراعية، الحاج صابر مرعي"
LAWYER_J = "محامي عائلة الجوادية، أشرف عبد الجواد"
MASRAWY = "موقع «مصراوي»"
AHRAM = "«الأهرام»"
SOCIO = "أستاذ علم الاجتماع بجامعة سوهاج، الدكتور ممدوح عبد التواب"
MOI_EG = "وزارة الداخلية"
HEALTH = "مديرية الصحة بسوهاج"
PROS = "النيابة العامة"
GOV_S = "محافظ سوهاج، اللواء حسام الدين الشرقاوي"
HIFNI = "عضو اللجنة، الشيخ عبد الباسط الحفني"
MASRY = "«المصري اليوم»"
SEC_SRC2 = "مصدر أمني فضل عدم ذكر اسمه"
EXPERT_S = "الخبير الأمني اللواء المتقاعد رفعت عبد المقصود"
# r279/r280: Fez (Morocco), a residential building collapsed in Aouinat al-Hajjaj
AUTH = "السلطات المحلية بعمالة فاس"
AUTH_ST = "بلاغ للسلطات"
CP_SRC = "مصدرا من الوقاية المدنية"
HESPRESS = "هسبريس"
WAZANI = "المستشار بمجلس جماعة فاس، رشيد الوزاني"
RADEEF = "الوكالة المستقلة الجماعية لتوزيع الماء والكهرباء بفاس"
AMDH = "فرع فاس للجمعية المغربية لحقوق الإنسان"
HOUSING = "وزارة إعداد التراب الوطني والتعمير والإسكان وسياسة المدينة"
CP_SRC80 = "مصدر من الوقاية المدنية"
INDY = "«اندبندنت عربية»"
ALAMI = "محامي مالكها، يوسف العلمي"
WALI = "والي جهة فاس مكناس، عامل عمالة فاس، عبد الرحيم الصقلي"
BELMLIH = "مدير الوكالة المستقلة الجماعية لتوزيع الماء والكهرباء بفاس، حميد بلمليح"
# r281/r282: Zahle (Lebanon), the disputed municipal election
MOI_LB = "وزارة الداخلية والبلديات"
ABBOUD = "رئيس لائحة «زحلة أولا»، المهندس رامي عبود"
SHAMI = "محافظ البقاع، مروان الشامي"
LADE = "الجمعية اللبنانية من أجل ديمقراطية الانتخابات «لادي»"
GHANEM81 = "رئيس لائحة «قرار زحلة»، المحامي فادي غانم"
AKHBAR = "«الأخبار»"
SAWAYA = "الباحث في الشؤون الانتخابية وليد صوايا"
EID = "رئيس لجنة القيد في زحلة، القاضي نبيل عيد"
ABI_RACHED = "وكيل اللائحة، المحامي شربل أبي راشد"
NAHAR = "«النهار»"
ASHKAR = "وزير الداخلية والبلديات، سمير الأشقر"
GHANEM82 = "رئيس لائحة «قرار زحلة»، فادي غانم"
SALAMEH = "الخبير الدستوري الدكتور جوزف سلامة"

ARTICLES: dict[str, dict[str, Any]] = {
    "r277_sohag_vendetta": {
        "outlet": "الأهرام",
        "published": "2029-06-04",
        "entries": [
            E(
                "hd",
                "مصرع ٣ وإصابة ٥ في مشاجرة على ري أرض زراعية بدار السلام",
                "أمن سوهاج",
                SEC,
                ORG,
                ":",
                HEAD,
            ),
            E("sec_toll", "ثلاثة أشخاص لقوا مصرعهم وأصيب خمسة آخرون", SEC, "", ORG, "أعلنت"),
            E(
                "sec_brawl",
                "«مشادة كلامية على أولوية ري قطعة أرض تطورت سريعا إلى تبادل لإطلاق النار»",
                SEC_ST,
                SEC,
                ORG,
                "وأوضح",
                alt_types=[DOC],
            ),
            E("sec_shotgun", "الطرفين استخدما بنادق خرطوش فقط", SEC_ST, SEC, ORG, "وأوضح", alt_types=[DOC]),
            E(
                "sec_arrest",
                "ضبط ١١ متهما من العائلتين وتحريز ست قطع سلاح",
                "مشيرا",
                SEC,
                ORG,
                "مشيرا",
                alt_types=[DOC],
            ),
            E(
                "health4",
                "مستشفى سوهاج الجامعي استقبل أربع جثث وتسعة مصابين",
                SAWI,
                "",
                N_OFF,
                "قال",
                via=[AHRAM],
            ),
            E("mayor6", "القتلى ستة لا ثلاثة", MAYOR, "", N_OFF, "فأكد"),
            E("mayor_farmer", "بينهم «مزارعا من قرية مجاورة كان عائدا من حقله»", MAYOR, "", N_OFF, "فأكد"),
            E(
                "mayor_late",
                "الشرطة «لم تصل إلا بعد نحو ساعتين من بدء إطلاق النار»",
                "مضيفا",
                MAYOR,
                N_OFF,
                "مضيفا",
            ),
            E(
                "src_quick",
                "قوة من مركز شرطة دار السلام «وصلت خلال ربع ساعة وفرضت طوقا حول النجع»",
                SEC_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("src_allfam", "جميع القتلى «من أبناء العائلتين»", SEC_SRC, "", A_OFF, "قال", ANON),
            E("src_calm", "الهدوء عاد إليه بالكامل منذ منتصف الليل", SEC_SRC, "", A_OFF, "قال", ANON),
            E(
                "res_shots",
                "أعيرة نارية متفرقة ظلت تسمع حتى فجر اليوم الاثنين",
                "سكانا",
                "",
                A_SRC,
                "تحدثوا",
                ANON,
                via=[AHRAM],
            ),
            E(
                "res_shops",
                "محال أغلقت أبوابها خشية تجدد الاشتباك",
                "سكانا",
                "",
                A_SRC,
                "تحدثوا",
                ANON,
                via=[AHRAM],
            ),
            E(
                "elder_ambush",
                "ما جرى ليس مشاجرة، بل كمين مدبر نصبه مسلحون من الجوادية لأبنائنا عند رأس الترعة",
                ELDER,
                "",
                N_PER,
                "وقال",
                DIRECT,
            ),
            E("elder_nosulh", "العائلة «لن تقبل أي صلح قبل القصاص»", "وأضاف", ELDER, N_PER, "وأضاف"),
            E(
                "elder_atlarge",
                "القتلة الحقيقيين «ما زالوا طلقاء في زراعات القصب»",
                "وأضاف",
                ELDER,
                N_PER,
                "وأضاف",
            ),
            E(
                "law_first",
                "شبانا من المراعية «هم من بادروا بإطلاق النار على مزارعين عند الساقية»",
                LAWYER_J,
                "",
                N_PER,
                "نقل",
                via=[MASRAWY],
            ),
            E(
                "law_deny",
                "تكون عائلته قد أعدت لأي كمين",
                "نافيا",
                LAWYER_J,
                N_PER,
                "نافيا",
                NEG,
                via=[MASRAWY],
            ),
            E(
                "wit_auto",
                "سمعوا «رشقات متواصلة من أسلحة آلية» استمرت أكثر من ساعة",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E(
                "an_vendetta",
                "ما حدث «حلقة جديدة في ثأر يعود إلى مقتل أحد أبناء المراعية عام ٢٠٢٧»",
                SOCIO,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_risk",
                "تشهد المنطقة جولات أخرى «ما لم تتحرك لجنة المصالحات سريعا»",
                "مرجحا",
                SOCIO,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r278_sohag_reconciliation": {
        "outlet": "المصري اليوم",
        "published": "2029-06-06",
        "entries": [
            E("hd", "ضبط جميع المتورطين في أحداث نجع العوايضة بسوهاج", "الداخلية", MOI_EG, ORG, ":", HEAD),
            E("moi_all", "ضبط «كل المتورطين، وبينهم مطلق النار الرئيسي»", MOI_EG, "", ORG, "أعلنت"),
            E("moi_rifles", "تحريز 4 بنادق آلية و3 بنادق خرطوش", MOI_EG, "", ORG, "أعلنت"),
            E(
                "health5",
                "حصيلة القتلى إلى خمسة بعد وفاة أحد المصابين فجر الثلاثاء",
                HEALTH,
                "",
                ORG,
                "وفق ما أعلنته",
            ),
            E(
                "health_farmer",
                "بين القتلى مزارعا من قرية مجاورة لا ينتمي إلى أي من العائلتين",
                "موضحة",
                HEALTH,
                ORG,
                "موضحة",
            ),
            E("health6", "6 مصابين ما زالوا في مستشفى سوهاج الجامعي", "موضحة", HEALTH, ORG, "موضحة"),
            E("pros_9", "أمرت بحبس 9 متهمين أربعة أيام على ذمة التحقيقات", PROS, "", ORG, "وقالت"),
            E("pros_release", "أخلت سبيل اثنين «لعدم ثبوت صلتهما بالواقعة»", PROS, "", ORG, "وقالت"),
            E("pros_autopsy", "أحد الضحايا أصيب بطلقة في ظهره من مسافة بعيدة", "مضيفة", PROS, ORG, "مضيفة"),
            E("sec_recall", "الطرفين استخدما بنادق الخرطوش وحدها", SEC, "", ORG, "قد ذكرت"),
            E(
                "gov_truce",
                "لجنة المصالحات «انتزعت هدنة لثلاثة أشهر وقعت عليها العائلتان»",
                GOV_S,
                "",
                N_OFF,
                "وأعلن",
            ),
            E("gov_page", "«صفحة الدم طويت»", "مؤكدا", GOV_S, N_OFF, "مؤكدا"),
            E(
                "cmte_signed",
                "كبار المراعية «وقعوا بأيديهم على محضر الهدنة»",
                HIFNI,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
            ),
            E(
                "son_nosign",
                "لم نوقع على أي ورقة، ولن نقبل العزاء قبل القصاص",
                "محمود رجب مرعي",
                "",
                N_PER,
                "قال",
                DIRECT,
                via=[MASRY],
            ),
            E(
                "res_tents",
                "المراعية أقامت سرادقا للعزاء ورفضت استقبال أي معزين من الجوادية",
                "أهال",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "local_fugitive",
                "مطلق النار الرئيسي «ما زال هاربا في زراعات القصب»",
                "مصادر محلية",
                "",
                A_SRC,
                "وقالت",
                ANON,
            ),
            E("law_accept", "عائلته «قبلت الهدنة احتراما لكبار البلد»", LAWYER_J, "", N_PER, "أكد"),
            E(
                "law_echo",
                "شبانا من المراعية بادروا بإطلاق النار عند الساقية",
                "عبد الجواد",
                LAWYER_J,
                N_PER,
                "قد قال",
                via=[MASRAWY],
            ),
            E(
                "src2_spont",
                "الاشتباك «بدأ بمشادة عفوية عند الساقية، لا بكمين»",
                SEC_SRC2,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "an_fragile",
                "الهدنة «هشة»، لأن العرف في الصعيد «لا يعتد بها ما لم تقدم القودة»",
                EXPERT_S,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_warn", "«الثأر قد يتجدد مع أول احتكاك»", "محذرا", EXPERT_S, N_PER, "محذرا"),
            E(
                "edu",
                "طلاب الثانوية العامة بالنجع يؤدون امتحانات اليوم الأربعاء في لجان بمدينة دار السلام",
                "مديرية التربية والتعليم",
                "",
                ORG,
                "وذكرت",
            ),
        ],
    },
    "r279_fez_collapse": {
        "outlet": "هسبريس",
        "published": "2029-06-09",
        "entries": [
            E("hd", "5 قتلى و7 جرحى في انهيار بناية بعوينات الحجاج", "سلطات فاس", AUTH, ORG, ":", HEAD),
            E(
                "auth_toll",
                "خمسة أشخاص لقوا حتفهم وأصيب سبعة آخرون بجروح متفاوتة الخطورة",
                AUTH,
                "",
                ORG,
                "أفادت",
            ),
            E(
                "auth_classified",
                "البناية «مصنفة ضمن البنايات الآيلة للسقوط منذ 2027»",
                AUTH_ST,
                AUTH,
                ORG,
                "وأكد",
                alt_types=[DOC],
            ),
            E(
                "auth_notice",
                "مالكها وقاطنيها «توصلوا بقرار إفراغ قبل سنتين ورفضوا تنفيذه»",
                AUTH_ST,
                AUTH,
                ORG,
                "وأكد",
                alt_types=[DOC],
            ),
            E(
                "auth_hotel",
                "الأسر المتضررة نقلت إلى فندق بالمدينة على نفقة العمالة",
                "مضيفا",
                AUTH,
                ORG,
                "مضيفا",
                alt_types=[DOC],
            ),
            E(
                "cp_6",
                "فرق الإنقاذ انتشلت ست جثث من تحت الأنقاض",
                CP_SRC,
                "",
                A_OFF,
                "كشف",
                ANON,
                via=[HESPRESS],
            ),
            E(
                "cp_done",
                "عمليات البحث «انتهت، ولم يعد أحد تحت الركام»",
                "مؤكدا",
                CP_SRC,
                A_OFF,
                "مؤكدا",
                ANON,
                via=[HESPRESS],
            ),
            E(
                "cp_12",
                "«أول فرقة بلغت المكان بعد 12 دقيقة من التبليغ»",
                "المصدر ذاته",
                CP_SRC,
                A_OFF,
                "وأضاف",
                ANON,
            ),
            E(
                "res_missing",
                "ثلاثة أفراد من أسرة واحدة «ما زالوا مفقودين»",
                "جيرانا للضحايا",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[HESPRESS],
            ),
            E(
                "res_nonotice",
                "السكان لم يتوصلوا «بأي إشعار بالإفراغ، لا مكتوب ولا شفوي»",
                "جيرانا للضحايا",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[HESPRESS],
            ),
            E(
                "benaissa_mosque",
                "الأسر «قضت ليلتها في مسجد الحي، لا في أي فندق»",
                "عبد الإله بنعيسى",
                "",
                N_PER,
                "وتابع",
            ),
            E(
                "wit_late",
                "فرق الإنقاذ «لم تصل إلا بعد أكثر من ساعة»",
                "شهود عيان",
                "",
                A_SRC,
                "واشتكى",
                ANON,
            ),
            E(
                "wazani_floor",
                "مالك البناية «أضاف طابقين دون أي ترخيص، وتحت أعين السلطة المحلية»",
                WAZANI,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "res_leak",
                "«تسرب مائي من قناة للشبكة العمومية ظل ينخر الأساسات منذ أشهر»",
                "سكان آخرون",
                "",
                A_SRC,
                "وعزا",
                ANON,
            ),
            E("radeef_deny", "وجود أي تسرب في شبكتها بالحي", RADEEF, "", ORG, "نفت", NEG),
            E("radeef_check", "آخر فحص للقنوات أجري في مارس الماضي", "مشيرة", RADEEF, ORG, "مشيرة"),
            E(
                "pros_custody",
                "وضع مالك البناية ومقاول تحت تدابير الحراسة النظرية",
                "النيابة العامة لدى محكمة الاستئناف بفاس",
                "",
                ORG,
                "وأعلنت",
            ),
            E("amdh_11", "عدد القتلى بما لا يقل عن 11", AMDH, "", ORG, "فقدر"),
            E(
                "amdh_blame",
                "السلطات مسؤولية «إهمال مزمن لملف البنايات الآيلة للسقوط»",
                "محملا",
                AMDH,
                ORG,
                "محملا",
            ),
            E(
                "ministry_3800",
                "تضم فاس نحو 3800 بناية مهددة بالانهيار",
                "معطيات " + HOUSING,
                HOUSING,
                ORG,
                "وبحسب",
                alt_types=[DOC],
            ),
            E(
                "an_load",
                "الطابقان المضافان «ضاعفا الحمولة على جدران قديمة من الطين المدكوك»",
                "المهندس المعماري سعيد التازي",
                "",
                N_PER,
                "ويرجح",
                via=[HESPRESS],
            ),
        ],
    },
    "r280_fez_rubble": {
        "outlet": "اندبندنت عربية",
        "published": "2029-06-10",
        "entries": [
            E(
                "hd",
                "١٢ قتيلا في انهيار بناية فاس والسلطات «تتكتم» على الحصيلة",
                "حقوقيون",
                AMDH,
                ORG,
                ":",
                HEAD,
                alt_types=[A_SRC],
            ),
            E(
                "auth9",
                "حصيلة انهيار البناية السكنية في حي عوينات الحجاج إلى تسعة قتلى",
                AUTH,
                "",
                ORG,
                "رفعت",
            ),
            E(
                "auth_3bodies",
                "فرق الإنقاذ انتشلت مساء السبت جثث ثلاثة أفراد من أسرة واحدة ظلوا عالقين تحت الأنقاض نحو عشرين ساعة",
                "موضحة",
                AUTH,
                ORG,
                "موضحة",
            ),
            E("auth_nohide", "أي تكتم على عدد الضحايا", "السلطات", AUTH, ORG, "ونفت", NEG),
            E(
                "cp_echo",
                "عمليات البحث انتهت ولم يعد أحد تحت الركام",
                CP_SRC80,
                "",
                A_OFF,
                "قد أكد",
                ANON,
                via=["موقع «هسبريس»"],
            ),
            E("amdh12", "١٢ شخصا بينهم أربعة أطفال قضوا في الانهيار", AMDH, "", ORG, "قال"),
            E("amdh_hide", "السلطات بـ«التكتم على الحصيلة الحقيقية»", "متهما", AMDH, ORG, "متهما"),
            E(
                "agency_nopermit",
                "«لم تسلم أي رخصة لإضافة طوابق» إلى البناية",
                "الوكالة الحضرية لفاس",
                "",
                ORG,
                "وأكدت",
                via=[INDY],
            ),
            E(
                "lawyer_permit",
                "موكله شيد الطابقين العلويين «برخصة قانونية سلمت له عام ٢٠٢٦»",
                ALAMI,
                "",
                N_PER,
                "قال",
            ),
            E(
                "lawyer_nonotice",
                "يكون قد تلقى في أي وقت إنذارا بالإفراغ",
                "نافيا",
                ALAMI,
                N_PER,
                "نافيا",
                NEG,
            ),
            E("lawyer_leak", "يكون التسرب المائي «وراء الانهيار»", "ومرجحا", ALAMI, N_PER, "ومرجحا"),
            E(
                "wali_hotel",
                "الأسر المتضررة، وعددها ١٤، «تقيم كلها في فندق منذ ليلة الجمعة»",
                WALI,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "wali_suspend",
                "وزارة الداخلية أوقفت قائد الملحقة الإدارية عن العمل «احترازيا»",
                "مضيفا",
                WALI,
                N_OFF,
                "مضيفا",
            ),
            E(
                "res_street",
                "نحو عشر أسر «ما زالت تبيت في العراء أمام المسجد»",
                "سكانا",
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[INDY],
            ),
            E(
                "src_lab",
                "تقريرا أوليا للمختبر العمومي للتجارب والدراسات «رصد تسربا من قناة للماء الشروب تابعة للشبكة العمومية تحت أساسات البناية»",
                "مصدر مطلع",
                "",
                A_SRC,
                "وكشف",
                ANON,
            ),
            E(
                "radeef2",
                "أي تسرب محتمل «مصدره القنوات الداخلية للبناية، لا الشبكة العمومية»",
                BELMLIH,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "pros_extend",
                "تمديد الحراسة النظرية لمالك البناية والمقاول ٤٨ ساعة",
                "مصدر قضائي",
                "",
                A_OFF,
                "بحسب",
                ANON,
            ),
            E(
                "hosp_6",
                "ستة من الجرحى ما زالوا يتلقون العلاج",
                "إدارة المركز الاستشفائي الجامعي الحسن الثاني",
                "",
                ORG,
                "أفادت",
            ),
            E(
                "resassoc_letters",
                "راسلنا السلطات ثلاث مرات منذ ٢٠٢٧ بشأن تشققات البناية، ولم يصلنا أي رد",
                "رئيس جمعية سكان عوينات الحجاج، محمد الشرايبي",
                "",
                N_OFF,
                "وقال",
                DIRECT,
                alt_types=[N_PER],
            ),
            E(
                "minister_600",
                "٦٠٠ بناية آيلة للسقوط في فاس «عولجت منذ ٢٠٢٣»",
                "وزيرة التعمير، نادية بنعلي",
                "",
                N_OFF,
                "قد أكدت",
            ),
        ],
    },
    "r281_zahle_ballots": {
        "outlet": "الأخبار",
        "published": "2029-06-18",
        "entries": [
            E(
                "hd",
                "فزنا بالأكثرية والنتائج الرسمية «مفبركة»",
                "«زحلة أولا»",
                "لائحة «زحلة أولا»",
                ORG,
                ":",
                HEAD,
            ),
            E("moi_14", "فوز لائحة «قرار زحلة» بـ١٤ مقعدا من أصل ٢١", MOI_LB, "", ORG, "أعلنت"),
            E("moi_31", "نسبة الاقتراع بلغت ٣١ في المئة", "مشيرة", MOI_LB, ORG, "مشيرة"),
            E(
                "abboud_12",
                "أرقام مندوبي اللائحة «تمنحنا ١٢ مقعدا على الأقل»",
                ABBOUD,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
            ),
            E(
                "abboud_24",
                "نسبة الاقتراع الفعلية «لم تتخط ٢٤ في المئة»",
                ABBOUD,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
            ),
            E(
                "abboud_seals",
                "صندوقين من حوش الزراعنة «وصلا إلى لجنة القيد من دون أختام»",
                "وأضاف",
                ABBOUD,
                N_OFF,
                "وأضاف",
                alt_types=[N_PER],
            ),
            E(
                "abboud_power",
                "الكهرباء «انقطعت أربعين دقيقة في قاعة الفرز»",
                "وأضاف",
                ABBOUD,
                N_OFF,
                "وأضاف",
                alt_types=[N_PER],
            ),
            E(
                "abboud_appeal",
                "اللائحة «ستطعن بالنتائج أمام مجلس شورى الدولة»",
                "معلنا",
                ABBOUD,
                N_OFF,
                "معلنا",
                OPT,
                alt_types=[N_PER],
            ),
            E(
                "maalouf_out",
                "مندوبيها «أخرجوا من قاعة الفرز في السرايا قرابة منتصف الليل بحجة الاكتظاظ»",
                "المرشحة على اللائحة نفسها، ريتا معلوف",
                "",
                N_PER,
                "وقالت",
            ),
            E("gov_seals", "يكون أي صندوق قد وصل «مفتوحا أو بلا ختم»", SHAMI, "", N_OFF, "نفى", NEG),
            E("gov_delegates", "الفرز جرى «بحضور مندوبي اللائحتين»", "مؤكدا", SHAMI, N_OFF, "مؤكدا"),
            E("gov_power", "الكهرباء «لم تنقطع لحظة واحدة»", "مؤكدا", SHAMI, N_OFF, "مؤكدا"),
            E(
                "cmte_src",
                "اللجنة وافقت على طلب «زحلة أولا» إعادة فرز صندوقين",
                "مصدر في لجنة القيد",
                "",
                A_OFF,
                "وأوضح",
                ANON,
                via=[AKHBAR],
            ),
            E("lade_26", "نسبة الاقتراع بنحو ٢٦ في المئة", LADE, "", ORG, "وقدرت"),
            E(
                "lade_cash",
                "مراقبيها وثقوا «دفع مبالغ نقدية لناخبين» قرب مركزين في حي الميدان",
                "لافتة",
                LADE,
                ORG,
                "لافتة",
            ),
            E(
                "ghanem_deny",
                "تكون لائحته «اشترت صوتا واحدا»",
                GHANEM81,
                "",
                N_OFF,
                "ونفى",
                NEG,
                alt_types=[N_PER],
                via=[AKHBAR],
            ),
            E(
                "ghanem_defeat",
                "خصومه «يرفضون الإقرار بهزيمة واضحة»",
                "معتبرا",
                GHANEM81,
                N_OFF,
                "معتبرا",
                alt_types=[N_PER],
                via=[AKHBAR],
            ),
            E(
                "sec_fist",
                "الإشكال الذي وقع ظهر الأحد قرب مدرسة رسمية «اقتصر على تضارب بالأيدي» بين مناصري اللائحتين",
                "مصدر أمني",
                "",
                A_OFF,
                "ذكر",
                ANON,
            ),
            E("sec_2inj", "أسفر عن إصابة شخصين بجروح طفيفة", "مصدر أمني", "", A_OFF, "ذكر", ANON),
            E("wit_shots", "«إطلاق رصاص في الهواء لدقائق»", "شهود", "", A_SRC, "تحدث", ANON),
            E("redcross", "نقل جريحين إلى مستشفى تل شيحا", "الصليب الأحمر اللبناني", "", ORG, "وأعلن"),
            E("an_turnout", "تدني المشاركة «يعكس نقمة على الطرفين معا»", SAWAYA, "", N_PER, "ويرى"),
            E("an_courts", "«تبقى المعركة مفتوحة في أروقة القضاء لأشهر»", "مرجحا", SAWAYA, N_PER, "مرجحا"),
        ],
    },
    "r282_zahle_appeal": {
        "outlet": "النهار",
        "published": "2029-06-19",
        "entries": [
            E(
                "hd",
                "إعادة فرز صندوقين في زحلة لم تبدل النتيجة",
                "لجنة القيد",
                "لجنة القيد في زحلة",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "judge_recount",
                "اللجنة أعادت مساء أمس الاثنين فرز صندوقي حوش الزراعنة بطلب من لائحة «زحلة أولا»، «فجاءت الأرقام مطابقة لما أعلن»",
                EID,
                "",
                N_OFF,
                "أعلن",
            ),
            E("judge_sealed", "الصندوقين «وصلا مختومين بالشمع الأحمر»", "مؤكدا", EID, N_OFF, "مؤكدا"),
            E(
                "judge_nocomplaint",
                "اللجنة «لم تتلق أي شكوى خطية بشأن انقطاع الكهرباء»",
                "مؤكدا",
                EID,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "lawyer_norecount",
                "اللجنة «رفضت إعادة فرز أي صندوق»",
                ABI_RACHED,
                "",
                N_PER,
                "قال",
                via=[NAHAR],
            ),
            E(
                "lawyer_11",
                "«زحلة أولا» تقدمت صباح اليوم الثلاثاء بطعن أمام مجلس شورى الدولة يشمل نتائج 11 قلم اقتراع",
                ABI_RACHED,
                "",
                N_PER,
                "قال",
                via=[NAHAR],
            ),
            E(
                "abboud_echo",
                "أرقام مندوبي لائحته تمنحها 12 مقعدا على الأقل",
                "رئيس «زحلة أولا»، رامي عبود",
                "",
                N_OFF,
                "ونقلت",
                alt_types=[N_PER],
                via=[AKHBAR],
            ),
            E(
                "delegate_sealed",
                "وصل الصندوقان إلى السرايا مختومين، وقد عاينت الأختام بنفسي",
                "مندوبا للائحة",
                "",
                A_OFF,
                "قال",
                ANON,
                DIRECT,
                alt_types=[A_SRC],
                via=[NAHAR],
            ),
            E(
                "min_final",
                "النتائج المعلنة «نهائية ما لم يقرر مجلس شورى الدولة خلاف ذلك»",
                ASHKAR,
                "",
                N_OFF,
                "وقال",
            ),
            E("min_clean", "الانتخابات بأنها «نزيهة وشفافة»", "واصفا", ASHKAR, N_OFF, "واصفا"),
            E(
                "army_noshots",
                "وحداتها «لم تسجل أي إطلاق نار» في محيط مراكز الاقتراع في زحلة",
                "قيادة الجيش – مديرية التوجيه",
                "",
                ORG,
                "وأكدت",
            ),
            E(
                "isf_2arrest",
                "توقيف شخصين على خلفية إشكال حوش الأمراء",
                "قوى الأمن الداخلي",
                "",
                ORG,
                "أعلنت",
            ),
            E("lade_27", "تقديرها لنسبة الاقتراع إلى 27 في المئة", LADE, "", ORG, "رفعت"),
            E("lade_power", "الكهرباء «انقطعت نحو نصف ساعة» في قاعة الفرز", "مؤكدة", LADE, ORG, "مؤكدة"),
            E(
                "lade_cash_recall",
                "مراقبيها وثقوا دفع مبالغ نقدية لناخبين قرب مركزين في حي الميدان",
                "الجمعية",
                LADE,
                ORG,
                "قد أفادت",
            ),
            E(
                "ghanem_prop",
                "الطعن بأنه «دعاية سياسية لا أكثر»",
                GHANEM82,
                "",
                N_OFF,
                "وصف",
                alt_types=[N_PER],
            ),
            E(
                "ghanem_handover",
                "المجلس الجديد «سيعقد جلسته الأولى مطلع الأسبوع المقبل»",
                "مؤكدا",
                GHANEM82,
                N_OFF,
                "مؤكدا",
                alt_types=[N_PER],
            ),
            E(
                "mayor_handover",
                "تسليم المجلس الجديد «سيجري وفق الأصول فور تبلغ النتائج رسميا»",
                "رئيس البلدية المستقيل، نجيب الطويل",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "expert_months",
                "البت في الطعون البلدية «يستغرق عادة بين ستة أشهر وسنة»",
                SALAMEH,
                "",
                N_PER,
                "ويوضح",
            ),
            E(
                "expert_rare",
                "مجلس شورى الدولة «نادرا ما يلغي نتائج انتخابات بلدية»",
                SALAMEH,
                "",
                N_PER,
                "ويوضح",
            ),
            E(
                "an_shackle",
                "يؤدي الطعن إلى «تكبيل المجلس الجديد في أشهره الأولى»",
                "الباحث في الشأن المحلي إيلي حنا",
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Sohag: the toll of Sunday evening's shooting (3 / 4 / 6, then 5 on Tuesday)
        ("r277.sec_toll", "r277.health4"),
        ("r277.hd", "r277.health4"),  # headline copy of the security directorate's toll
        ("r277.sec_toll", "r277.mayor6"),
        ("r277.hd", "r277.mayor6"),
        ("r277.health4", "r277.mayor6"),
        ("r277.mayor6", "r278.health5"),  # six on Monday vs five by Wednesday from another source
        # a farmer from outside the two families among the dead vs all dead from the two families
        ("r277.mayor_farmer", "r277.src_allfam"),
        ("r278.health_farmer", "r277.src_allfam"),
        # the police arrived after about two hours vs within a quarter of an hour
        ("r277.mayor_late", "r277.src_quick"),
        # calm since midnight vs shots heard until dawn
        ("r277.src_calm", "r277.res_shots"),
        # shotguns only vs automatic weapons
        ("r277.sec_shotgun", "r277.wit_auto"),
        ("r277.sec_shotgun", "r278.moi_rifles"),
        ("r278.sec_recall", "r277.wit_auto"),  # the first statement, recalled
        ("r278.sec_recall", "r278.moi_rifles"),
        # a quarrel that escalated / a spontaneous spat vs a planned ambush; who fired first
        ("r277.sec_brawl", "r277.elder_ambush"),
        ("r277.hd", "r277.elder_ambush"),  # the headline calls it a quarrel over irrigation
        ("r277.elder_ambush", "r277.law_deny"),
        ("r277.elder_ambush", "r278.src2_spont"),
        ("r277.elder_ambush", "r277.law_first"),
        ("r277.elder_ambush", "r278.law_echo"),  # the lawyer's words, recalled
        # the killers / main shooter still at large vs all involved arrested
        ("r277.elder_atlarge", "r278.moi_all"),
        ("r277.elder_atlarge", "r278.hd"),
        ("r278.local_fugitive", "r278.moi_all"),
        ("r278.local_fugitive", "r278.hd"),
        # a truce signed by both families vs "we signed no paper"
        ("r278.gov_truce", "r278.son_nosign"),
        ("r278.cmte_signed", "r278.son_nosign"),
        # --- Fez: the toll (5 / 6 bodies / at least 11 on Saturday; 9 / 12 on Sunday)
        ("r279.auth_toll", "r279.cp_6"),
        ("r279.hd", "r279.cp_6"),
        ("r279.auth_toll", "r279.amdh_11"),
        ("r279.hd", "r279.amdh_11"),
        ("r279.cp_6", "r279.amdh_11"),
        ("r279.amdh_11", "r280.auth9"),  # at least 11 on Saturday vs 9 on Sunday from another source
        ("r280.hd", "r280.auth9"),
        ("r280.amdh12", "r280.auth9"),
        # nobody left under the rubble vs three family members missing / pulled out that evening
        ("r279.cp_done", "r279.res_missing"),
        ("r279.cp_done", "r280.auth_3bodies"),
        ("r280.cp_echo", "r279.res_missing"),  # the civil-protection source, recalled
        ("r280.cp_echo", "r280.auth_3bodies"),
        # an eviction order received vs no notice at all
        ("r279.auth_notice", "r279.res_nonotice"),
        ("r279.auth_notice", "r280.lawyer_nonotice"),
        # families in a hotel vs the night in the mosque / still sleeping outdoors
        ("r279.auth_hotel", "r279.benaissa_mosque"),
        ("r280.wali_hotel", "r279.benaissa_mosque"),
        ("r279.auth_hotel", "r280.res_street"),
        ("r280.wali_hotel", "r280.res_street"),
        # a leak from the public network vs none / only the building's own pipes
        ("r279.res_leak", "r279.radeef_deny"),
        ("r280.src_lab", "r279.radeef_deny"),
        ("r280.src_lab", "r280.radeef2"),
        ("r279.res_leak", "r280.radeef2"),
        # the added floors: no permit vs a legal permit
        ("r279.wazani_floor", "r280.lawyer_permit"),
        ("r280.agency_nopermit", "r280.lawyer_permit"),
        # rescuers: after 12 minutes vs after more than an hour
        ("r279.wit_late", "r279.cp_12"),
        # hiding the toll vs the denial
        ("r280.amdh_hide", "r280.auth_nohide"),
        ("r280.hd", "r280.auth_nohide"),
        # --- Zahle: the seats (14 of 21 for "Qarar Zahle" vs 12 at least for "Zahle First")
        ("r281.moi_14", "r281.abboud_12"),
        ("r281.moi_14", "r281.hd"),
        ("r281.moi_14", "r282.abboud_echo"),  # Abboud's figure retold through Al-Akhbar
        ("r281.ghanem_defeat", "r281.abboud_12"),
        ("r281.ghanem_defeat", "r281.hd"),
        ("r281.ghanem_defeat", "r282.abboud_echo"),
        # turnout: 31% vs about 26% vs no more than 24%; LADE's final 27%
        ("r281.moi_31", "r281.lade_26"),
        ("r281.moi_31", "r281.abboud_24"),
        ("r281.lade_26", "r281.abboud_24"),
        ("r282.lade_27", "r281.moi_31"),
        ("r282.lade_27", "r281.abboud_24"),
        # the two Hawsh al-Zaraane boxes: unsealed vs sealed
        ("r281.abboud_seals", "r281.gov_seals"),
        ("r281.abboud_seals", "r282.judge_sealed"),
        ("r281.abboud_seals", "r282.delegate_sealed"),
        # the power cut during the count
        ("r281.abboud_power", "r281.gov_power"),
        ("r282.lade_power", "r281.gov_power"),
        # delegates put out of the counting hall vs the count in both lists' delegates' presence
        ("r281.maalouf_out", "r281.gov_delegates"),
        # cash for voters vs "not a single vote bought"
        ("r281.lade_cash", "r281.ghanem_deny"),
        ("r282.lade_cash_recall", "r281.ghanem_deny"),  # LADE's observation, recalled
        # a fistfight only / no shooting vs shots in the air
        ("r281.sec_fist", "r281.wit_shots"),
        ("r282.army_noshots", "r281.wit_shots"),
        # the recount: agreed to and carried out vs refused
        ("r281.cmte_src", "r282.lawyer_norecount"),
        ("r282.judge_recount", "r282.lawyer_norecount"),
        ("r282.hd", "r282.lawyer_norecount"),
        # "fabricated" official results vs "fair and transparent" elections
        ("r281.hd", "r282.min_clean"),
    ],
    "agreements": [
        ("r277.wit_auto", "r278.moi_rifles"),  # automatic weapons were used
        ("r277.mayor_farmer", "r278.health_farmer"),  # a farmer from a nearby village among the dead
        ("r277.elder_atlarge", "r278.local_fugitive"),  # the killers / main shooter still at large
        ("r277.law_deny", "r278.src2_spont"),  # no ambush
        ("r278.son_nosign", "r278.res_tents"),  # the Mar'i family refuses condolences
        ("r279.res_missing", "r280.auth_3bodies"),  # three of one family were still under the rubble
        ("r279.res_nonotice", "r280.lawyer_nonotice"),  # no eviction notice
        ("r279.benaissa_mosque", "r280.res_street"),  # families not in a hotel but at the mosque
        ("r279.res_leak", "r280.src_lab"),  # a leak from the public network
        ("r279.wazani_floor", "r280.agency_nopermit"),  # the added floors had no permit
        ("r281.gov_seals", "r282.judge_sealed"),  # the boxes arrived sealed
        ("r281.gov_seals", "r282.delegate_sealed"),
        ("r282.judge_sealed", "r282.delegate_sealed"),
        ("r281.abboud_power", "r282.lade_power"),  # the power was cut during the count
        ("r281.sec_2inj", "r281.redcross"),  # two injured
        ("r281.sec_fist", "r282.army_noshots"),  # no shooting
    ],
    "echoes": [
        ("r277.sec_shotgun", "r278.sec_recall"),  # the security directorate's first statement, recalled
        ("r277.law_first", "r278.law_echo"),  # the lawyer's words to Masrawy, recalled
        ("r279.cp_done", "r280.cp_echo"),  # the civil-protection source's words to Hespress, recalled
        ("r281.abboud_12", "r282.abboud_echo"),  # Abboud's figure, retold through Al-Akhbar
        ("r281.lade_cash", "r282.lade_cash_recall"),  # LADE's observation, recalled
    ],
    "not_contradictions": [
        ("r277.health4", "r278.health5"),  # the health authorities' toll rose from 4 to 5
        ("r278.health_farmer", "r278.health5"),  # the farmer among the five
        ("r277.sec_arrest", "r278.pros_9"),  # 11 arrested, 9 remanded
        ("r277.sec_arrest", "r278.pros_release"),  # two of the 11 released
        ("r278.moi_all", "r278.pros_release"),  # "all involved" held vs two freed for lack of a link
        ("r277.sec_arrest", "r278.moi_rifles"),  # six weapons on Sunday night, seven by Tuesday
        ("r278.law_accept", "r278.son_nosign"),  # one family accepted, the other did not sign
        ("r277.elder_nosulh", "r278.gov_truce"),  # no reconciliation (صلح) vs a three-month truce (هدنة)
        ("r279.auth_toll", "r280.auth9"),  # the authorities' toll rose from 5 to 9
        ("r279.amdh_11", "r280.amdh12"),  # "at least 11", then 12
        ("r280.auth_3bodies", "r280.auth9"),  # three of one family among the nine
        ("r279.cp_6", "r280.auth9"),  # six bodies by Saturday morning, three more that evening
        ("r279.auth_toll", "r280.hosp_6"),  # seven injured vs six still treated
        ("r279.ministry_3800", "r279.auth_classified"),  # 3,800 threatened buildings, this one among them
        ("r279.ministry_3800", "r280.minister_600"),  # 600 treated of about 3,800
        ("r279.pros_custody", "r280.pros_extend"),  # custody, then extended
        ("r281.lade_26", "r282.lade_27"),  # LADE's estimate rose from 26 to 27
        ("r281.sec_2inj", "r282.isf_2arrest"),  # two injured vs two arrested
        ("r282.min_final", "r282.lawyer_11"),  # final unless the State Council decides otherwise vs an appeal
        ("r282.expert_months", "r282.ghanem_handover"),  # appeals take months vs a first session next week
        ("r281.cmte_src", "r282.lawyer_11"),  # a recount of two boxes vs an appeal on 11 polling stations
        ("r282.judge_nocomplaint", "r281.abboud_power"),  # no written complaint vs a power cut
    ],
}

# Layout of each article: digits, the outlet and month as its dateline writes them, the weekdays it names.
LAYOUT: dict[str, dict[str, Any]] = {
    "r277_sohag_vendetta": {
        "digits": "arabic",
        "outlet": "الأهرام",
        "month": "يونيو",
        "weekdays": {"الأحد": 3, "الاثنين": 4},
    },
    "r278_sohag_reconciliation": {
        "digits": "western",
        "outlet": "المصري اليوم",
        "month": "يونيو",
        "weekdays": {"الأحد": 3, "الثلاثاء": 5, "الأربعاء": 6},
    },
    "r279_fez_collapse": {
        "digits": "western",
        "outlet": "هسبريس",
        "month": "يونيو",
        "weekdays": {"الجمعة": 8, "السبت": 9},
    },
    "r280_fez_rubble": {
        "digits": "arabic",
        "outlet": "اندبندنت عربية",
        "month": "يونيو (حزيران)",
        "weekdays": {"الجمعة": 8, "السبت": 9, "الأحد": 10},
    },
    "r281_zahle_ballots": {
        "digits": "arabic",
        "outlet": "الأخبار",
        "month": "حزيران",
        "weekdays": {"الأحد": 17, "الاثنين": 18},
    },
    "r282_zahle_appeal": {
        "digits": "western",
        "outlet": "النهار",
        "month": "حزيران",
        "weekdays": {"الاثنين": 18, "الثلاثاء": 19},
    },
}
STORIES = {"sohag": ("r277", "r278"), "fez": ("r279", "r280"), "zahle": ("r281", "r282")}

WORDS = (320, 335)
ATTRIBUTIONS = (20, 23)
RELATION_LIMITS = {
    "contradictions": (60, 80),
    "agreements": (12, 10**6),
    "echoes": (3, 6),
    "not_contradictions": (17, 23),
}
CUE_GAP = 150  # characters between a cue and its claim before --stats warns

WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # date.weekday() order
WEEKDAY_RE = re.compile(r"(?<!\w)[وفبل]?(" + "|".join(WEEKDAYS) + r")(?!\w)")
TODAY_RE = re.compile(r"(?<!\w)اليوم\s+(" + "|".join(WEEKDAYS) + r")(?!\w)")
WESTERN = "0123456789"
ARABIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
TO_ARABIC = str.maketrans(WESTERN, ARABIC)


def in_digits(n: int, kind: str) -> str:
    return str(n) if kind == "western" else str(n).translate(TO_ARABIC)


def check_article(name: str, text: str) -> list[str]:
    """Problems with one article's layout, dateline, digits, dates and weekdays."""
    out: list[str] = []
    spec = LAYOUT[name]
    pub = date.fromisoformat(ARTICLES[name]["published"])
    if (pub.year, pub.month) != (2029, 6):
        out.append(f"published {pub} is not in June 2029")
    n = len(text.split())
    if not WORDS[0] <= n <= WORDS[1]:
        out.append(f"{n} words, not {WORDS[0]}-{WORDS[1]}")
    if not text.endswith("\n") or text.endswith("\n\n"):
        out.append("does not end with exactly one newline")
    if "\r" in text or "\t" in text:
        out.append("contains a carriage return or a tab")
    paragraphs = text[:-1].split("\n\n")
    if len(paragraphs) < 3:
        out.append("fewer than three paragraphs")
    for i, para in enumerate(paragraphs, 1):
        if not para.strip() or "\n" in para or para != para.strip():
            out.append(
                f"paragraph {i} is empty, padded or broken over lines (or the blank lines are not single)"
            )
    # the dateline: outlet and publication day (weekday, day, month, year) before the first colon of paragraph 2
    second = paragraphs[1] if len(paragraphs) > 1 else ""
    head = second.split(":", 1)[0] if ":" in second else ""
    if not head or len(head) > 90:
        out.append("the second paragraph does not open with a dateline ending in a colon")
    else:
        kind = spec["digits"]
        tokens = re.findall(r"[^\s،,()«»]+", head)
        for part in (spec["outlet"], spec["month"]):
            if part not in head:
                out.append(f"dateline lacks {part!r}")
        if WEEKDAYS[pub.weekday()] not in tokens:
            out.append(f"dateline lacks the weekday {WEEKDAYS[pub.weekday()]}")
        for number in (pub.day, pub.year):
            if in_digits(number, kind) not in tokens:
                out.append(f"dateline lacks {in_digits(number, kind)}")
    # digits: one system per article, never Persian
    western = any(c in WESTERN for c in text)
    arabic = any(c in ARABIC for c in text)
    if any(c in PERSIAN for c in text):
        out.append("Persian digits")
    if spec["digits"] == "western" and (arabic or not western):
        out.append("should use Western digits only")
    if spec["digits"] == "arabic" and (western or not arabic):
        out.append("should use Arabic-Indic digits only")
    # weekdays: every one named is declared, every declared one named, each on its date, none after publication
    named = {m.group(1) for m in WEEKDAY_RE.finditer(text)}
    declared = spec["weekdays"]
    for day in sorted(named - set(declared)):
        out.append(f"names {day} without declaring it")
    for day in sorted(set(declared) - named):
        out.append(f"declares {day} but does not name it")
    for day, dom in declared.items():
        when = date(2029, 6, dom)
        if WEEKDAYS[when.weekday()] != day:
            out.append(f"{day} declared for {when}, which is a {WEEKDAYS[when.weekday()]}")
        if when > pub:
            out.append(f"{day} {when} is after publication")
    if declared.get(WEEKDAYS[pub.weekday()]) != pub.day:
        out.append("the publication day is not among the declared weekdays")
    for m in TODAY_RE.finditer(text):
        if m.group(1) != WEEKDAYS[pub.weekday()]:
            out.append(f"«اليوم {m.group(1)}» is not the publication day")
    return out


def check_layout(texts: dict[str, str]) -> list[str]:
    """Every article's layout, and each pair one or two days apart with different digits."""
    problems = [f"{name}: {p}" for name, text in texts.items() for p in check_article(name, text)]
    by_number = {article_number(name): name for name in texts}
    for story, (a, b) in STORIES.items():
        first, second = by_number[a], by_number[b]
        gap = (
            date.fromisoformat(ARTICLES[second]["published"])
            - date.fromisoformat(ARTICLES[first]["published"])
        ).days
        if gap not in (1, 2):
            problems.append(f"{story}: {a} and {b} are {gap} days apart, not one or two")
        if LAYOUT[first]["digits"] == LAYOUT[second]["digits"]:
            problems.append(f"{story}: {a} and {b} use the same digits")
    return problems


def story_of(row_id: str) -> str:
    number = row_id.split("-")[0]
    return next(story for story, pair in STORIES.items() if number in pair)


def check_counts(gold: dict[str, Any]) -> list[str]:
    """Attributions per article, relation tallies, no optional entry in a relation, relations within a story."""
    problems = []
    optional = set()
    for art in gold["articles"]:
        n = len(art["attributions"])
        if not ATTRIBUTIONS[0] <= n <= ATTRIBUTIONS[1]:
            problems.append(f"{art['id']}: {n} attributions, not {ATTRIBUTIONS[0]}-{ATTRIBUTIONS[1]}")
        optional |= {row["id"] for row in art["attributions"] if row["optional"]}
    for kind, (lo, hi) in RELATION_LIMITS.items():
        pairs = gold["relations"].get(kind, [])
        if not lo <= len(pairs) <= hi:
            problems.append(f"{len(pairs)} {kind}, outside {lo}-{hi}")
        for a, b in pairs:
            if a in optional or b in optional:
                problems.append(f"{kind}: optional entry in {a} {b}")
            if story_of(a) != story_of(b):
                problems.append(f"{kind}: {a} and {b} are in different stories")
    return problems


def cue_gap(text: str, row: dict[str, Any]) -> int:
    """Characters between the claim and the nearest occurrence of its cue (0 when they touch)."""
    c0, c1, cue = row["claim_start"], row["claim_end"], row["cue"]
    gaps, i = [], text.find(cue)
    while i >= 0:
        j = i + len(cue)
        gaps.append(0 if i < c1 and j > c0 else (c0 - j if j <= c0 else i - c1))
        i = text.find(cue, i + 1)
    return min(gaps)


def print_stats(texts: dict[str, str], gold: dict[str, Any]) -> None:
    rows = [row for art in gold["articles"] for row in art["attributions"]]
    print("words:", ", ".join(f"{article_number(name)} {len(text.split())}" for name, text in texts.items()))
    per_article = {article_number(a["id"]): len(a["attributions"]) for a in gold["articles"]}
    print("attributions:", len(rows), per_article)
    print("kinds:", dict(Counter(r["kind"] for r in rows).most_common()))
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print(
        "anonymous:", sum(r["anonymous"] for r in rows),
        "| negated:", sum(r["polarity"] == "negated" for r in rows),
        "| with via:", sum(bool(r["via"]) for r in rows),
        "| with alt_types:", sum(bool(r["alt_types"]) for r in rows),
        "| optional:", sum(r["optional"] for r in rows),
    )  # fmt: skip
    for kind, pairs in gold["relations"].items():
        per_story = Counter(story_of(a) for a, _ in pairs)
        across = sum(a.split("-")[0] != b.split("-")[0] for a, b in pairs)
        print(f"{kind}: {len(pairs)} {dict(per_story)}; across the two files of a pair: {across}")
    for art in gold["articles"]:
        text = texts[art["id"]]
        for row in art["attributions"]:
            gap = cue_gap(text, row)
            if gap > CUE_GAP:
                print(f"warning: {row['id']}: cue {row['cue']!r} is {gap} characters from its claim")
            for via in row["via"]:
                if via not in text:
                    print(f"warning: {row['id']}: via {via!r} is not in the text")
            spots = [m.start() for m in re.finditer(re.escape(row["speaker"]), text)]
            if len(spots) > 1:
                k = spots.index(row["speaker_start"])
                after = text[row["speaker_end"] : row["speaker_end"] + 20]
                print(
                    f"{row['id']}: speaker {row['speaker']!r} taken at occurrence {k + 1} of {len(spots)}: …{after}"
                )


def main(argv: list[str]) -> int:
    stats = "--stats" in argv
    texts = {name: (HERE / f"{name}.txt").read_text(encoding="utf-8") for name in ARTICLES}
    problems = check_layout(texts)
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    problems += check_counts(gold)
    if stats:
        print_stats(texts, gold)
    for problem in problems:
        print("problem:", problem)
    if problems:
        return 1
    if stats:
        print("check_layout and check_counts passed; nothing written")
        return 0
    write(HERE, gold)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
