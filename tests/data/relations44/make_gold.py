"""Writes gold.json for relations set 44 (r259..r264) from the annotations below (`python3 -B make_gold.py`).

Each entry has a label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks
every offset. `check_layout` checks the articles' layout, datelines, word counts, digits and dates;
`check_counts` checks the number of entries per article and of contradictions, and that relations stay within
one story. `--stats` prints the tallies (and writes nothing).
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter
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

# r259/r260: Gao (Mali), the JNIM attack and mortar fire of Monday 5 March
GAO_ARMY = "هيئة الأركان العامة للجيوش المالية"
JNIM = "«جماعة نصرة الإسلام والمسلمين»"
ZALLAQA = "مؤسسة «الزلاقة»"
MAIGA = "مدير مستشفى غاو الإقليمي، الطبيب موسى مايغا"
MAIGA60 = "مدير مستشفى غاو الإقليمي، موسى مايغا"
SANOGO = "المتحدث باسم الجيش، العقيد عمر سانوغو"
CHATEAU = "سكان من حي شاتو"
TG = "قناة على «تليغرام» قريبة من «الفيلق الأفريقي» الروسي"
MALI_GOV = "الحكومة الانتقالية"
ANAC = "الوكالة الوطنية للطيران المدني"
TRAORE = "حاكم منطقة غاو، الجنرال موديبو تراوري"
OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"
ARABI = "«العربي الجديد»"
# r261/r262: Ajdabiya (Libya), the abducted engineers of a Turkish company
LNA = "القيادة العامة للقوات المسلحة العربية الليبية"
OBEIDI = "المتحدث باسم القيادة العامة، اللواء فرج العبيدي"
OBEIDI62 = "المتحدث باسم القيادة العامة للجيش الليبي، اللواء فرج العبيدي"
TR_MFA = "وزارة الخارجية التركية"
CO_SRC = "مصدر في الشركة"
INDY = "«اندبندنت عربية»"
OZKAN = "شركة «أوزكان» التركية للإنشاءات"
ELDER = "شيخ قبيلة المغاربة صالح بوحليقة"
CELIK = "المهندس أوغور تشليك"
AA = "الأناضول"
# r263/r264: Socotra (Yemen), the port of Socotra and the ship
GOVERNOR = "محافظ أرخبيل سقطرى، أحمد سعيد بن حميد"
GOVERNOR64 = "المحافظ أحمد سعيد بن حميد"
KALSHAT = "المتحدث باسم المجلس الانتقالي في سقطرى، ناصر عبد الله كلشات"
HEALTH = "مكتب الصحة في الأرخبيل"
MASDAR = "«المصدر أونلاين»"
HARBI = "المتحدث الرسمي باسم قوات تحالف دعم الشرعية في اليمن، العميد فهد الحربي"
JUAIDI = "عضو هيئة رئاسة المجلس الانتقالي، عمر سعد الجعيدي"
STC = "المجلس الانتقالي الجنوبي"
RIYADH = "«الرياض»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r259_gao_mortars": {
        "outlet": "العربي الجديد",
        "published": "2029-03-06",
        "entries": [
            E(
                "hd",
                "صد هجوم لـ«نصرة الإسلام والمسلمين» على غاو ومقتل 4 جنود",
                "الجيش المالي",
                GAO_ARMY,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "army_repel",
                "وحداتها صدت «هجوما إرهابيا منسقا» استهدف المعسكر الأول ومحيط مطار غاو فجر ذلك اليوم",
                GAO_ARMY,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "army4",
                "مقتل أربعة جنود وإصابة 11 آخرين و«تحييد 17 إرهابيا»",
                "مؤكدة",
                GAO_ARMY,
                ORG,
                "مؤكدة",
            ),
            E("army_fled", "المهاجمين «فروا باتجاه الحدود مع النيجر»", "وقالت", GAO_ARMY, ORG, "وقالت"),
            E(
                "jnim_storm",
                "مقاتليها «اقتحموا المعسكر وسيطروا عليه لساعات»",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=[ZALLAQA],
            ),
            E(
                "jnim30",
                "قتلوا «أكثر من 30 جنديا ومرتزقا روسيا»",
                JNIM,
                "",
                ORG,
                "زعمت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_deny",
                "تكون قذائفها قد سقطت على السوق أو الأحياء السكنية",
                "الجماعة",
                JNIM,
                ORG,
                "ونفت",
                NEG,
            ),
            E("jnim_army_market", "الجيش بقصف السوق المركزي بالمدفعية", "متهمة", JNIM, ORG, "متهمة"),
            E(
                "hosp9",
                "المستشفى استقبل جثث تسعة مدنيين، بينهم ثلاثة أطفال، و27 جريحا",
                MAIGA,
                "",
                N_OFF,
                "وقال",
                via=[ARABI],
            ),
            E(
                "spk_mortar",
                "قذائف الهاون التي سقطت على السوق «أطلقها الإرهابيون من الضفة الأخرى لنهر النيجر»",
                SANOGO,
                "",
                N_OFF,
                "فأكد",
            ),
            E("spk_deny", "سقوط أي قذيفة للجيش داخل المدينة", "نافيا", SANOGO, N_OFF, "نافيا", NEG),
            E(
                "res_nine",
                "تبادل إطلاق النار «استمر حتى التاسعة صباحا»",
                CHATEAU,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[ARABI],
            ),
            E(
                "res_herders",
                "مروحية عسكرية أطلقت النار على رعاة كانوا يفرون بقطعانهم قرب قرية كادجي، فقتلت خمسة منهم",
                CHATEAU,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[ARABI],
            ),
            E(
                "mil_only",
                "المروحيات «لم تستهدف سوى مسلحين على دراجات نارية»",
                "مصدرا عسكريا في غاو",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("tg_russ2", "عنصرين روسيين قتلا في الهجوم", "مصادرها", "", A_SRC, "نقلت", ANON, via=[TG]),
            E("gov_noforeign", "وجود «أي عنصر أجنبي» بين الضحايا", MALI_GOV, "", ORG, "نفت", NEG),
            E(
                "gov_training",
                "الوجود الروسي في البلاد بأنه «تعاون تدريبي لا أكثر»",
                "واصفة",
                MALI_GOV,
                ORG,
                "واصفة",
            ),
            E("anac_suspend", "تعليق الرحلات من مطار غاو وإليه «حتى إشعار آخر»", ANAC, "", ORG, "وأعلنت"),
            E("gov_airport", "المطار «لم يصب بأي أذى»", TRAORE, "", N_OFF, "قال"),
            E(
                "ocha600",
                "عدد الأسر التي نزحت من الأحياء الشرقية بنحو 600 أسرة",
                OCHA,
                "",
                ORG,
                "وقدر",
            ),
            E(
                "an_message",
                "الهجوم «رسالة بأن الجماعة قادرة على ضرب كبرى مدن الشمال»",
                "الباحث الموريتاني في شؤون الساحل أحمدو ولد سيدي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r260_gao_casualties": {
        "outlet": "الشرق الأوسط",
        "published": "2029-03-07",
        "entries": [
            E(
                "hd",
                "ارتفاع عدد القتلى المدنيين إلى ١٤",
                "مستشفى غاو",
                MAIGA60,
                N_OFF,
                ":",
                HEAD,
                alt_types=[ORG],
            ),
            E(
                "hosp14",
                "حصيلة القتلى المدنيين في هجوم فجر الاثنين على المدينة الواقعة شمال شرقي مالي إلى ١٤، بينهم خمسة أطفال",
                MAIGA60,
                "",
                N_OFF,
                "رفع",
            ),
            E(
                "hosp_crit",
                "ثلاثة من الجرحى الـ٣١ «في حالة حرجة»",
                "وقال",
                MAIGA60,
                N_OFF,
                "وقال",
                via=["«الشرق الأوسط»"],
            ),
            E("army6", "عدد قتلى الجنود إلى ستة", GAO_ARMY, "", ORG, "رفعت"),
            E(
                "army_time",
                "الهجوم «بدأ عند الخامسة فجرا وانتهى قبل السادسة»",
                "مؤكدة",
                GAO_ARMY,
                ORG,
                "مؤكدة",
            ),
            E("army_noherder", "مقتل أي راع في غارات المروحيات", "ونفت", GAO_ARMY, ORG, "ونفت", NEG),
            E(
                "src19",
                "١٩ جنديا على الأقل قتلوا",
                "مصدرا أمنيا ماليا",
                "",
                A_OFF,
                "قال",
                ANON,
                via=["وكالة الصحافة الفرنسية"],
            ),
            E(
                "src_wall",
                "المهاجمين «اخترقوا السور الخارجي للمعسكر قبل دحرهم»",
                "مصدرا أمنيا ماليا",
                "",
                A_OFF,
                "قال",
                ANON,
                via=["وكالة الصحافة الفرنسية"],
            ),
            E(
                "jnim_heli",
                "مقاتليها دمروا «مروحية وطائرتين مسيرتين» في مطار غاو",
                JNIM,
                "",
                ORG,
                "فقالت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_wagner",
                "«مرتزقة فاغنر الروس كانوا يقودون الدفاع عن المعسكر»",
                JNIM,
                "",
                ORG,
                "فقالت",
                via=[ZALLAQA],
            ),
            E(
                "jnim_nomarkets",
                "الجماعة «لا تستهدف الأسواق ولا المدنيين»",
                "البيان",
                JNIM,
                ORG,
                "وجاء في",
                alt_types=[DOC],
            ),
            E(
                "trader_camp",
                "القذيفتان اللتان سقطتا على السوق جاءتا من جهة المعسكر لا من النهر",
                "التاجر في السوق المركزي الحسن توري",
                "",
                N_PER,
                "وقال",
                DIRECT,
            ),
            E("spk_echo", "سقوط أي قذيفة للجيش داخل المدينة", SANOGO, "", N_OFF, "نفى", NEG),
            E(
                "tabital8",
                "ثمانية رعاة قتلوا بنيران مروحية قرب كادجي، «جميعهم مدنيون عزل»",
                "جمعية «تابيتال بولاكو»",
                "",
                ORG,
                "وأكدت",
            ),
            E(
                "gov_mourning",
                "حدادا وطنيا لثلاثة أيام",
                "المتحدث باسم الحكومة الانتقالية، عبد الله ديارا",
                "",
                N_OFF,
                "وأعلن",
            ),
            E(
                "an_combat",
                "عناصر «الفيلق الأفريقي» «يقودون العمليات القتالية في الشمال، ولا يقتصر دورهم على التدريب»",
                "الباحث في شؤون الساحل أمادو كوناتي",
                "",
                N_PER,
                "ويرى",
            ),
            E("ocha900", "عدد الأسر النازحة ارتفع إلى نحو ٩٠٠", "مكتب «أوتشا»", "", ORG, "وأفاد"),
            E(
                "cp_nodisp",
                "«لم تسجل أي حالة نزوح»",
                "مدير الحماية المدنية في غاو، العقيد سيدو كانتي",
                "",
                N_OFF,
                "قال",
            ),
            E(
                "emp_hangar",
                "حريقا «أتى على حظيرة للطائرات المسيرة»",
                "موظف في المطار",
                "",
                A_OFF,
                "وذكر",
                ANON,
                alt_types=[A_SRC],
            ),
            E("anac_resume", "استئناف الرحلات صباح اليوم", ANAC, "", ORG, "أعلنت"),
            E("gov_curfew", "فرض حظر تجول ليلي في المدينة", TRAORE, "", N_OFF, "وقرر"),
        ],
    },
    "r261_ajdabiya_engineers": {
        "outlet": "اندبندنت عربية",
        "published": "2029-03-13",
        "entries": [
            E(
                "hd",
                "تحرير المهندسين المخطوفين جنوب أجدابيا بعملية عسكرية",
                "القيادة العامة",
                LNA,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "lna_op",
                "وحدة من القوات الخاصة حررت فجر الاثنين، في «عملية عسكرية دقيقة»، ستة مهندسين أتراك وزميلين ليبيين",
                LNA,
                "",
                ORG,
                "أعلنت",
            ),
            E("lna_killed", "اثنين من الخاطفين قتلا واعتقل ثلاثة آخرون", "وقالت", LNA, ORG, "وقالت"),
            E(
                "lna_chad",
                "«أفراد عصابة تشادية تنشط في تهريب البشر»",
                "مؤكدة",
                LNA,
                ORG,
                "مؤكدة",
            ),
            E("mfa5", "«الإفراج عن مواطنينا الخمسة»", TR_MFA, "", ORG, "أعلنت"),
            E(
                "mfa_health",
                "«بصحة جيدة» وسلموا إلى القنصلية العامة في بنغازي مساء الاثنين",
                "موضحة",
                TR_MFA,
                ORG,
                "موضحة",
            ),
            E("mfa_nopay", "أنقرة «لم تدفع أي مقابل»", "موضحة", TR_MFA, ORG, "موضحة"),
            E("co7", "عدد المخطوفين «سبعة لا ثمانية»", CO_SRC, "", A_OFF, "وقال", ANON, via=[INDY]),
            E(
                "co_ransom",
                "فدية قدرها ٣ ملايين دينار «دفعت عبر وسطاء محليين»",
                CO_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[INDY],
            ),
            E(
                "sabah10",
                "طالب الخاطفون في البداية بعشرة ملايين دينار",
                "صحيفة «صباح» التركية",
                "",
                MEDIA,
                "وبحسب",
            ),
            E(
                "co_suspend",
                "تعليق العمل في المشروع «إلى حين توفير الحماية اللازمة»",
                "الشركة",
                "شركة «أوزكان» التركية للإنشاءات",
                ORG,
                "وأعلنت",
            ),
            E("spk_noransom", "«دفع أي فدية للخاطفين»", OBEIDI, "", N_OFF, "نفى", NEG),
            E("spk_20min", "العملية «لم تستغرق أكثر من عشرين دقيقة»", "وقال", OBEIDI, N_OFF, "وقال"),
            E(
                "res_drone",
                "طائرة مسيرة «حلقت لساعات فوق الأودية جنوب المدينة» فجر الاثنين",
                "سكان في أجدابيا",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "eld_nego",
                "الإفراج تم ليل الأحد «بعد مفاوضات قادها الأعيان ومن دون إطلاق رصاصة واحدة»",
                ELDER,
                "",
                N_PER,
                "أكد",
                alt_types=[N_OFF],
            ),
            E(
                "eld_local",
                "الخاطفين «شبان من المنطقة يطالبون بتعويضات عن أراض صودرت لشق الطريق»",
                "مشيرا",
                ELDER,
                N_PER,
                "مشيرا",
                alt_types=[N_OFF],
            ),
            E(
                "mayor_warn",
                "ملف التعويضات «قنبلة موقوتة»",
                "عميد بلدية أجدابيا، مفتاح الفرجاني",
                "",
                N_OFF,
                "حذر",
            ),
            E(
                "hosp_shot",
                "أحد المهندسين الأتراك وصل «مصابا بطلق ناري في ساقه»",
                "مدير مستشفى أجدابيا العام، الطبيب عادل الفاخري",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "gnu_contacts",
                "الإفراج جاء «ثمرة اتصالات أجراها جهاز المخابرات الليبية»",
                "حكومة الوحدة الوطنية",
                "",
                ORG,
                "قالت",
            ),
            E("chad_deny", "تورط أي من مواطنيها", "سفارة تشاد لدى ليبيا", "", ORG, "نفت", NEG),
        ],
    },
    "r262_ajdabiya_negotiators": {
        "outlet": "الأناضول",
        "published": "2029-03-14",
        "entries": [
            E("hd", "لم يصب أحد منا بأذى", "مهندس تركي محرر", CELIK, N_PER, ":", HEAD),
            E(
                "eng_sunday",
                "الخاطفين «أطلقوا سراحنا على الطريق الصحراوي ليل الأحد، ولم نسمع طلقة واحدة»",
                CELIK,
                "",
                N_PER,
                "وقال",
                via=[AA],
            ),
            E(
                "eng7",
                "عدد المخطوفين كان «سبعة: خمسة أتراك وليبيين اثنين»",
                "مضيفا",
                CELIK,
                N_PER,
                "مضيفا",
                via=[AA],
            ),
            E(
                "eng_local",
                "الخاطفين «كانوا يتحدثون اللهجة المحلية، ويقولون إنهم يريدون تعويضات عن أراضيهم»",
                "تشليك",
                CELIK,
                N_PER,
                "وأوضح",
            ),
            E(
                "eng_house",
                "احتجزوا «في بيت ريفي قريب من المدينة، نسمع منه الأذان»",
                "تشليك",
                CELIK,
                N_PER,
                "وأوضح",
            ),
            E("eng_unhurt", "أحدا منهم «لم يصب بأذى»", "مؤكدا", CELIK, N_PER, "مؤكدا"),
            E(
                "spk_cave",
                "الرهائن كانوا محتجزين «في كهف بوادي الفارغ على بعد 150 كيلومترا جنوب أجدابيا»",
                OBEIDI62,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "spk_deploy",
                "قواته «عززت انتشارها على طريق أجدابيا – جالو»",
                OBEIDI62,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "co_echo",
                "فدية قدرها 3 ملايين دينار دفعت عبر وسطاء",
                CO_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[INDY],
            ),
            E(
                "trib5m",
                "المبلغ بـ«خمسة ملايين دينار سلمت ليل الأحد»",
                "مصادر قبلية في أجدابيا",
                "",
                A_SRC,
                "قدرت",
                ANON,
                via=[AA],
            ),
            E(
                "eld_echo",
                "الإفراج تم «بعد مفاوضات قادها الأعيان»",
                ELDER,
                "",
                N_PER,
                "ونقلت",
                alt_types=[N_OFF],
                via=[INDY],
            ),
            E(
                "sec_noarrest",
                "«لم يعتقل أي مشتبه به حتى الآن»",
                "مدير أمن أجدابيا، العميد سالم الزوي",
                "",
                N_OFF,
                "فقال",
            ),
            E(
                "sec_early",
                "التحقيق «ما زال في بدايته»",
                "مدير أمن أجدابيا، العميد سالم الزوي",
                "",
                N_OFF,
                "فقال",
            ),
            E(
                "chad_fm",
                "اتهام مواطنين تشاديين «محاولة لتحميل الأجانب مسؤولية أزمة محلية»",
                "وزير الخارجية التشادي، محمد صالح أبكر",
                "",
                N_OFF,
                "ونقلت",
                via=["وكالة الأنباء التشادية"],
            ),
            E(
                "tr_nonego",
                "أنقرة «لم تجر أي مفاوضات مع الخاطفين»",
                "المتحدث باسم الخارجية التركية، مراد أوزتورك",
                "",
                N_OFF,
                "قال",
            ),
            E(
                "tr_coord",
                "الإفراج جاء «بفضل التنسيق مع السلطات الليبية في الشرق والغرب»",
                "المتحدث باسم الخارجية التركية، مراد أوزتورك",
                "",
                N_OFF,
                "قال",
            ),
            E(
                "tr_mit",
                "جهاز الاستخبارات «تابع الملف لحظة بلحظة»",
                "مصادر أمنية تركية",
                "",
                A_OFF,
                "وذكرت",
                ANON,
                via=[AA],
            ),
            E(
                "an_tribal",
                "رواية «العصابة التشادية» «تخفي نزاعا قبليا على تعويضات الأراضي لم تحسمه السلطات منذ عامين»",
                "الباحث الليبي في الشؤون الأمنية عبد السلام الترهوني",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "co_resume",
                "ستستأنف العمل في المشروع الشهر المقبل",
                "شركة «أوزكان»",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "biz30",
                "نحو 30 شركة تركية تعمل في شرق ليبيا «ستراجع إجراءاتها الأمنية»",
                "رئيس مجلس الأعمال الليبي التركي، خليل أرسلان",
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
            ),
        ],
    },
    "r263_socotra_governor": {
        "outlet": "المصدر أونلاين",
        "published": "2029-03-20",
        "entries": [
            E(
                "hd",
                "قوات «الانتقالي» اقتحمت الميناء بالقوة",
                "محافظ سقطرى",
                GOVERNOR,
                N_OFF,
                ":",
                HEAD,
            ),
            E(
                "gov_storm",
                "قوات تابعة للمجلس الانتقالي الجنوبي بـ«اقتحام ميناء سقطرى بالقوة» صباح الاثنين وطرد حراسه",
                GOVERNOR,
                "",
                N_OFF,
                "اتهم",
            ),
            E(
                "gov_arms",
                "السفينة التي رست فيه مساء الأحد «كانت تحمل أسلحة وعربات مدرعة»",
                "وقال",
                GOVERNOR,
                N_OFF,
                "وقال",
                via=[MASDAR],
            ),
            E(
                "stc_noclash",
                "قوات الحزام الأمني «تسلمت تأمين الميناء بطلب من عماله ومن دون أي اشتباك»",
                KALSHAT,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "stc_cargo",
                "حمولة السفينة «مواد بناء ووقود ومواد غذائية لأبناء الأرخبيل»",
                KALSHAT,
                "",
                N_OFF,
                "قال",
            ),
            E("stc_normal", "الميناء «يعمل بصورة طبيعية»", KALSHAT, "", N_OFF, "قال"),
            E("stc_islah", "المحافظ بالعمل لصالح حزب الإصلاح", "متهما", KALSHAT, N_OFF, "متهما"),
            E(
                "stc_nolegal",
                "يكون للمحافظ «أي صفة قانونية» بعد «انتهاء تكليفه»",
                "ونفى",
                KALSHAT,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "wit_fire",
                "تبادلا لإطلاق النار «استمر نحو نصف ساعة» عند بوابة الميناء",
                "شهود عيان في منطقة حولف",
                "",
                A_SRC,
                "وروى",
                ANON,
            ),
            E("health1", "مقتل أحد حراس الميناء وإصابة ثلاثة آخرين", HEALTH, "", ORG, "وأعلن"),
            E(
                "stcsrc_nocas",
                "العملية «لم تسفر عن أي إصابات»",
                "مصدر في المجلس الانتقالي",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E(
                "port_manifest",
                "بيان الشحنة «يتضمن إسمنتا وحديدا ومواد غذائية فقط»",
                "مدير عام مؤسسة موانئ سقطرى، علي سالم الدعرهي",
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "mil20",
                "السفينة «أفرغت ليلا 20 عربة عسكرية»",
                "مسؤولا عسكريا في محور سقطرى",
                "",
                A_OFF,
                "قال",
                ANON,
                via=[MASDAR],
            ),
            E(
                "plc_stays",
                "المحافظ «باق في منصبه ولم يصدر أي قرار بإقالته»",
                "مصدر في مجلس القيادة الرئاسي",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "loc_saudi",
                "وفدا سعوديا وصل إلى حديبو مساء الاثنين للوساطة",
                "مصادر محلية",
                "",
                A_SRC,
                "وذكرت",
                ANON,
            ),
            E(
                "loc_noagree",
                "المفاوضات «لم تفض بعد إلى اتفاق»",
                "مصادر محلية",
                "",
                A_SRC,
                "وذكرت",
                ANON,
            ),
            E(
                "chamber_fuel",
                "سعر الوقود «تضاعف خلال يومين» بسبب توقف الميناء",
                "الغرفة التجارية في الأرخبيل",
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "fish_barred",
                "«ممنوعون من دخول المرفأ منذ الاثنين»",
                "صيادون",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
            E("yemenia", "تعليق رحلتها الأسبوعية إلى سقطرى", "«اليمنية»", "", ORG, "وأعلنت"),
            E(
                "an_power",
                "ما يجري «صراع على الميناء بوصفه بوابة النفوذ في الأرخبيل، لا خلاف إداري»",
                "الباحث اليمني في شؤون الجزر فؤاد باحميش",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r264_socotra_shipment": {
        "outlet": "الرياض",
        "published": "2029-03-22",
        "entries": [
            E(
                "hd",
                "اتفاق على تسليم ميناء سقطرى لخفر السواحل",
                "التحالف",
                "قوات تحالف دعم الشرعية في اليمن",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "coal_agree",
                "التوصل مساء الأربعاء إلى اتفاق بين السلطة المحلية في أرخبيل سقطرى والمجلس الانتقالي الجنوبي «يقضي بتسليم ميناء سقطرى لقوات خفر السواحل خلال ٤٨ ساعة»",
                HARBI,
                "",
                N_OFF,
                "أعلن",
            ),
            E("coal_signed", "الطرفين «وقعا عليه في حديبو»", "مؤكدا", HARBI, N_OFF, "مؤكدا"),
            E("stc_prelim", "ما جرى «تفاهمات أولية لا اتفاق»", JUAIDI, "", N_OFF, "قال", via=[RIYADH]),
            E(
                "stc_stay",
                "قوات الحزام الأمني «باقية في الميناء حتى تسليمه لإدارة مدنية يرضى عنها أبناء سقطرى»",
                JUAIDI,
                "",
                N_OFF,
                "قال",
                via=[RIYADH],
            ),
            E("stc_nosign", "يكون المجلس «قد وقع أي وثيقة»", "ونفى", JUAIDI, N_OFF, "ونفى", NEG),
            E(
                "gov_signed",
                "السلطة المحلية «وقعت الاتفاق وتنتظر التنفيذ»",
                GOVERNOR64,
                "",
                N_OFF,
                "أكد",
                via=[RIYADH],
            ),
            E("gov_stcfire", "قوات الانتقالي بقتل حارسي الميناء", "متهما", GOVERNOR64, N_OFF, "متهما"),
            E(
                "gov_noparty",
                "لست عضوا في الإصلاح ولا في غيره",
                "وقال",
                GOVERNOR64,
                N_OFF,
                "وقال",
                DIRECT,
                via=[RIYADH],
            ),
            E(
                "health2",
                "ارتفاع عدد القتلى إلى اثنين بعد وفاة أحد جرحى اشتباك الاثنين عند بوابة الميناء",
                HEALTH,
                "",
                ORG,
                "وأعلن",
            ),
            E("stc_noshot", "قواته «لم تطلق رصاصة واحدة»", "المجلس الانتقالي", STC, ORG, "جدد"),
            E(
                "stc_stray",
                "يكون الحارسان قتلا «برصاص مرافقي المحافظ خلال فوضى الانسحاب»",
                "مرجحا",
                STC,
                ORG,
                "مرجحا",
            ),
            E(
                "plc_probe",
                "لجنة «شكلت للتحقيق في مقتل الحارسين»",
                "مصدر في مجلس القيادة الرئاسي",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "src12",
                "فريق تفتيش صعد إلى السفينة الثلاثاء «ووجد على متنها ١٢ عربة مدرعة مفككة»",
                "مصدر في قيادة التحالف",
                "",
                A_OFF,
                "وكشف",
                ANON,
            ),
            E(
                "wit_echo",
                "تبادل إطلاق النار عند البوابة استمر نحو نصف ساعة",
                "شهود عيان",
                "",
                A_SRC,
                "ونقل",
                ANON,
                via=[MASDAR],
            ),
            E(
                "wit_still",
                "عناصر الحزام الأمني «ما زالوا منتشرين عند بوابة الميناء» صباح اليوم",
                "سكان في حديبو",
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "wfp_wheat",
                "مخزون القمح في الأرخبيل «يكفي أقل من أسبوعين»",
                "برنامج الأغذية العالمي",
                "",
                ORG,
                "وقال",
            ),
            E(
                "chamber_back",
                "سعر الوقود «عاد إلى مستواه السابق» بعد استئناف تفريغ الشحنات جزئيا",
                "الغرفة التجارية",
                "",
                ORG,
                "أكدت",
            ),
            E(
                "yemenia_resume",
                "استئناف رحلاتها إلى الأرخبيل الأسبوع المقبل",
                "«اليمنية»",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "an_admin",
                "الخلاف «إداري على صلاحيات المحافظ، وليس صراع نفوذ»",
                "أستاذ العلوم السياسية في جامعة عدن محمد صالح العولقي",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Gao: repelled vs stormed and held for hours
        ("r259.army_repel", "r259.jnim_storm"),
        ("r259.hd", "r259.jnim_storm"),  # headline copy
        ("r260.army_time", "r259.jnim_storm"),  # over before six vs held for hours
        # soldiers killed
        ("r259.army4", "r259.jnim30"),
        ("r259.hd", "r259.jnim30"),
        ("r260.army6", "r259.jnim30"),  # more than 30 on Monday vs six on Tuesday
        ("r260.army6", "r260.src19"),
        # when the fighting ended and began
        ("r260.army_time", "r259.res_nine"),
        # who shelled the market
        ("r259.jnim_army_market", "r259.spk_mortar"),
        ("r259.jnim_army_market", "r259.spk_deny"),
        ("r259.jnim_army_market", "r260.spk_echo"),
        ("r260.trader_camp", "r259.spk_mortar"),
        ("r260.trader_camp", "r259.spk_deny"),
        ("r260.trader_camp", "r260.spk_echo"),
        ("r259.jnim_deny", "r259.spk_mortar"),
        # the herders near Kadji
        ("r259.res_herders", "r259.mil_only"),
        ("r259.res_herders", "r260.army_noherder"),
        ("r260.tabital8", "r259.mil_only"),
        ("r260.tabital8", "r260.army_noherder"),
        # Russians among the dead, and the Russian role
        ("r259.tg_russ2", "r259.gov_noforeign"),
        ("r259.jnim30", "r259.gov_noforeign"),
        ("r259.gov_training", "r260.an_combat"),
        ("r259.gov_training", "r260.jnim_wagner"),
        # the airport
        ("r259.gov_airport", "r260.jnim_heli"),
        ("r259.gov_airport", "r260.emp_hangar"),
        # displacement
        ("r260.ocha900", "r260.cp_nodisp"),
        ("r259.ocha600", "r260.cp_nodisp"),
        # --- Ajdabiya: how many were held
        ("r261.lna_op", "r261.mfa5"),
        ("r261.lna_op", "r261.co7"),
        ("r261.lna_op", "r262.eng7"),
        # a military operation at dawn on Monday vs a release on Sunday night after talks, without a shot
        ("r261.lna_op", "r261.eld_nego"),
        ("r261.hd", "r261.eld_nego"),
        ("r261.lna_op", "r262.eng_sunday"),
        ("r261.hd", "r262.eng_sunday"),
        ("r261.lna_op", "r262.eld_echo"),
        ("r261.hd", "r262.eld_echo"),
        ("r261.gnu_contacts", "r261.lna_op"),  # intelligence contacts vs a military operation
        ("r261.gnu_contacts", "r261.hd"),
        # two kidnappers killed, three arrested
        ("r261.lna_killed", "r261.eld_nego"),
        ("r261.lna_killed", "r262.eng_sunday"),
        ("r261.lna_killed", "r262.sec_noarrest"),
        # who the kidnappers were
        ("r261.lna_chad", "r261.eld_local"),
        ("r261.lna_chad", "r262.eng_local"),
        ("r261.lna_chad", "r261.chad_deny"),
        ("r261.lna_chad", "r262.chad_fm"),
        ("r261.lna_chad", "r262.an_tribal"),
        # the ransom: none vs 3 million vs 5 million
        ("r261.spk_noransom", "r261.co_ransom"),
        ("r261.spk_noransom", "r262.co_echo"),
        ("r261.spk_noransom", "r262.trib5m"),
        ("r261.co_ransom", "r262.trib5m"),
        ("r262.co_echo", "r262.trib5m"),
        # hurt or unhurt
        ("r261.mfa_health", "r261.hosp_shot"),
        ("r262.eng_unhurt", "r261.hosp_shot"),
        ("r262.hd", "r261.hosp_shot"),
        # where they were held
        ("r262.spk_cave", "r262.eng_house"),
        # --- Socotra: taken by force vs handed over without a clash
        ("r263.gov_storm", "r263.stc_noclash"),
        ("r263.hd", "r263.stc_noclash"),
        ("r263.wit_fire", "r263.stc_noclash"),
        ("r264.wit_echo", "r263.stc_noclash"),
        ("r263.wit_fire", "r264.stc_noshot"),
        ("r264.wit_echo", "r264.stc_noshot"),
        # casualties and who killed the guards
        ("r263.health1", "r263.stcsrc_nocas"),
        ("r264.gov_stcfire", "r264.stc_stray"),
        ("r264.gov_stcfire", "r264.stc_noshot"),
        # the cargo
        ("r263.gov_arms", "r263.stc_cargo"),
        ("r263.gov_arms", "r263.port_manifest"),
        ("r263.mil20", "r263.stc_cargo"),
        ("r263.mil20", "r263.port_manifest"),
        ("r264.src12", "r263.stc_cargo"),
        ("r264.src12", "r263.port_manifest"),
        ("r264.src12", "r263.mil20"),  # 12 vs 20 vehicles
        # the port working vs stopped
        ("r263.stc_normal", "r263.chamber_fuel"),
        # the governor's status and party
        ("r263.stc_nolegal", "r263.plc_stays"),
        ("r263.stc_islah", "r264.gov_noparty"),
        # agreement signed vs preliminary understandings, nothing signed
        ("r264.coal_agree", "r264.stc_prelim"),
        ("r264.hd", "r264.stc_prelim"),
        ("r264.coal_signed", "r264.stc_nosign"),
        # what the dispute is
        ("r263.an_power", "r264.an_admin"),
    ],
    "agreements": [
        ("r259.jnim_army_market", "r260.trader_camp"),  # the army's shells hit the market
        ("r259.res_herders", "r260.tabital8"),  # herders killed by a helicopter near Kadji
        ("r260.jnim_wagner", "r260.an_combat"),  # the Russians lead the fighting
        ("r260.jnim_heli", "r260.emp_hangar"),  # damage at the airport
        ("r259.army_repel", "r260.src_wall"),  # the attackers were pushed back
        ("r261.eld_nego", "r262.eng_sunday"),  # released on Sunday night, no shot
        ("r261.eld_local", "r262.eng_local"),  # local men wanting compensation for land
        ("r261.co7", "r262.eng7"),  # seven abductees
        ("r261.mfa5", "r262.eng7"),  # five Turks
        ("r261.mfa_health", "r262.eng_unhurt"),  # nobody hurt
        ("r261.eld_local", "r262.an_tribal"),  # a dispute over land compensation
        ("r263.gov_arms", "r264.src12"),  # armoured vehicles on board
        ("r263.stc_cargo", "r263.port_manifest"),  # building materials and food
        ("r263.gov_storm", "r263.wit_fire"),  # force was used at the port
        ("r264.coal_signed", "r264.gov_signed"),  # the local authority signed
        ("r264.stc_stay", "r264.wit_still"),  # STC forces still at the port
    ],
    "echoes": [
        ("r259.spk_deny", "r260.spk_echo"),  # the army spokesman's Monday denial, recalled
        ("r261.co_ransom", "r262.co_echo"),  # the company source's words, retold from Independent Arabia
        ("r261.eld_nego", "r262.eld_echo"),  # the elder's words, retold from Independent Arabia
        ("r263.wit_fire", "r264.wit_echo"),  # the witnesses, retold from Al-Masdar Online
    ],
    "not_contradictions": [
        ("r259.hosp9", "r260.hosp14"),  # the hospital's toll rose from 9 to 14
        ("r259.hosp9", "r260.hd"),
        ("r259.ocha600", "r260.ocha900"),  # OCHA's figure rose from 600 to 900
        ("r259.army4", "r260.army6"),  # the army's toll rose from 4 to 6
        ("r259.hd", "r260.army6"),
        ("r259.jnim30", "r260.src19"),  # "more than 30" vs "at least 19"
        ("r259.anac_suspend", "r259.gov_airport"),  # flights suspended, airport unharmed
        ("r259.anac_suspend", "r260.anac_resume"),  # suspended, then resumed
        ("r261.co_ransom", "r261.sabah10"),  # 3 million paid vs 10 million first demanded
        ("r261.mfa_health", "r262.eng_sunday"),  # released Sunday night, handed over Monday evening
        ("r261.gnu_contacts", "r261.eld_nego"),  # intelligence contacts and the elders' talks
        ("r261.mfa_nopay", "r261.co_ransom"),  # Ankara paid nothing; the company's ransom
        ("r262.tr_nonego", "r261.co_ransom"),  # Ankara did not negotiate; mediators were paid
        ("r261.co_suspend", "r262.co_resume"),  # work suspended, to resume next month
        ("r261.mfa5", "r261.co7"),  # five Turks among seven
        ("r263.health1", "r264.health2"),  # one dead, then two after a wounded man died
        ("r263.chamber_fuel", "r264.chamber_back"),  # fuel doubled, then back to its level
        ("r263.loc_noagree", "r264.coal_agree"),  # no agreement on Monday, agreement on Wednesday
        ("r263.loc_noagree", "r264.hd"),
        ("r263.yemenia", "r264.yemenia_resume"),  # flights suspended, to resume next week
        ("r264.gov_signed", "r264.stc_nosign"),  # the local authority signed; the STC did not
        ("r263.fish_barred", "r263.stc_normal"),  # fishermen barred while cargo works
    ],
}

STORIES = [
    ("r259_gao_mortars", "r260_gao_casualties"),
    ("r261_ajdabiya_engineers", "r262_ajdabiya_negotiators"),
    ("r263_socotra_governor", "r264_socotra_shipment"),
]

# digits, dateline (the start of the second paragraph), the month as the outlet writes it, and the weekdays
# named in the text with their day of March 2029
LAYOUT: dict[str, dict[str, Any]] = {
    "r259_gao_mortars": {
        "digits": "western",
        "dateline": "غاو (مالي) – العربي الجديد – 6 مارس 2029:",
        "month": "مارس",
        "weekdays": {"الاثنين": 5},
    },
    "r260_gao_casualties": {
        "digits": "arabic",
        "dateline": "باماكو – «الشرق الأوسط» – ٧ مارس ٢٠٢٩:",
        "month": "مارس",
        "weekdays": {"الاثنين": 5, "الثلاثاء": 6},
    },
    "r261_ajdabiya_engineers": {
        "digits": "arabic",
        "dateline": "أجدابيا (ليبيا) – اندبندنت عربية – ١٣ مارس ٢٠٢٩:",
        "month": "مارس",
        "weekdays": {"السبت": 10, "الأحد": 11, "الاثنين": 12},
    },
    "r262_ajdabiya_negotiators": {
        "digits": "western",
        "dateline": "إسطنبول – الأناضول – 14 آذار 2029:",
        "month": "آذار",
        "weekdays": {"الأحد": 11, "الثلاثاء": 13},
    },
    "r263_socotra_governor": {
        "digits": "western",
        "dateline": "حديبو – المصدر أونلاين – 20 مارس 2029:",
        "month": "مارس",
        "weekdays": {"الأحد": 18, "الاثنين": 19},
    },
    "r264_socotra_shipment": {
        "digits": "arabic",
        "dateline": "حديبو – «الرياض» – ٢٢ مارس ٢٠٢٩:",
        "month": "مارس",
        "weekdays": {"الاثنين": 19, "الثلاثاء": 20, "الأربعاء": 21},
    },
}

WORDS = (320, 335)
ENTRIES = (20, 23)
CONTRADICTIONS = (60, 80)
AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
FA_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
WEEKDAY_NO = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
LETTER = "\u0621-\u064a"
WEEKDAY_RE = re.compile(
    rf"(?<![{LETTER}])[وفب]?(الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)(?![{LETTER}])"
)
TODAY_RE = re.compile(r"اليوم\s+(الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد)")


def to_digits(n: int, kind: str) -> str:
    s = str(n)
    return s.translate(str.maketrans("0123456789", AR_DIGITS)) if kind == "arabic" else s


def check_layout() -> list[str]:
    """Every problem of every article (an empty list when all pass), and the word counts."""
    problems: list[str] = []
    for name, lay in LAYOUT.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        published = datetime.date.fromisoformat(ARTICLES[name]["published"])
        words = len(text.split())
        if not WORDS[0] <= words <= WORDS[1]:
            problems.append(f"{name}: {words} words, not {WORDS[0]}-{WORDS[1]}")
        if "\r" in text or not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{name}: line endings or final newline")
        paras = text[:-1].split("\n\n")
        for i, p in enumerate(paras):
            if not p.strip() or "\n" in p or p != p.strip():
                problems.append(f"{name}: paragraph {i + 1} is empty, spans lines or has edge spaces")
        if len(paras) < 3:
            problems.append(f"{name}: fewer than three paragraphs")
        elif not paras[1].startswith(lay["dateline"]):
            problems.append(f"{name}: the second paragraph does not open with the dateline")
        dl = lay["dateline"]
        day = to_digits(published.day, lay["digits"])
        year = to_digits(published.year, lay["digits"])
        if f"{day} {lay['month']} {year}" not in dl or ARTICLES[name]["outlet"] not in dl:
            problems.append(f"{name}: the dateline lacks the outlet or the publication day")
        if published.year != 2029 or published.month != 3:
            problems.append(f"{name}: published outside March 2029")
        if any(c in FA_DIGITS for c in text):
            problems.append(f"{name}: Persian digits")
        if lay["digits"] == "western" and any(c in AR_DIGITS for c in text):
            problems.append(f"{name}: Arabic-Indic digits in a Western-digit article")
        if lay["digits"] == "arabic" and re.search(r"[0-9]", text):
            problems.append(f"{name}: Western digits in an Arabic-Indic article")
        named = {m.group(1).replace("الإثنين", "الاثنين") for m in WEEKDAY_RE.finditer(text)}
        declared = lay["weekdays"]
        for w in named - set(declared):
            problems.append(f"{name}: weekday {w} named but not declared")
        for w, d in declared.items():
            if w not in named:
                problems.append(f"{name}: weekday {w} declared but not named")
            date = datetime.date(2029, 3, d)
            if date.weekday() != WEEKDAY_NO[w]:
                problems.append(f"{name}: {w} is not {date}")
            if date > published:
                problems.append(f"{name}: {w} ({date}) falls after publication")
        for m in TODAY_RE.finditer(text):
            if WEEKDAY_NO[m.group(1).replace("الإثنين", "الاثنين")] != published.weekday():
                problems.append(f"{name}: «اليوم {m.group(1)}» is not the publication day")
    for a, b in STORIES:
        gap = abs(
            (
                datetime.date.fromisoformat(ARTICLES[b]["published"])
                - datetime.date.fromisoformat(ARTICLES[a]["published"])
            ).days
        )
        if gap not in (1, 2):
            problems.append(f"{a}/{b}: {gap} days apart")
        if LAYOUT[a]["digits"] == LAYOUT[b]["digits"]:
            problems.append(f"{a}/{b}: the same digits")
    return problems


def check_counts() -> list[str]:
    problems: list[str] = []
    story_of = {article_no(n): i for i, pair in enumerate(STORIES) for n in pair}
    optional = {
        f"{article_no(name)}.{e[0]}"
        for name, art in ARTICLES.items()
        for e in art["entries"]
        if e[6].get("optional")
    }
    for name, art in ARTICLES.items():
        if not ENTRIES[0] <= len(art["entries"]) <= ENTRIES[1]:
            problems.append(f"{name}: {len(art['entries'])} entries, not {ENTRIES[0]}-{ENTRIES[1]}")
    for kind, pairs in RELATIONS.items():
        for a, b in pairs:
            if a in optional or b in optional:
                problems.append(f"{kind}: optional entry in {a} {b}")
            if story_of[a.split(".")[0]] != story_of[b.split(".")[0]]:
                problems.append(f"{kind}: {a} and {b} are in different stories")
    n = len(RELATIONS["contradictions"])
    if not CONTRADICTIONS[0] <= n <= CONTRADICTIONS[1]:
        problems.append(f"{n} contradictions, not {CONTRADICTIONS[0]}-{CONTRADICTIONS[1]}")
    return problems


def article_no(name: str) -> str:
    return name.split("_", 1)[0]


def stats(gold: dict[str, Any]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("attributions:", len(rows), {a["id"]: len(a["attributions"]) for a in gold["articles"]})
    print("  optional:", sum(r["optional"] for r in rows), "anonymous:", sum(r["anonymous"] for r in rows))
    print(
        "  kinds:",
        dict(Counter(r["kind"] for r in rows)),
        "negated:",
        sum(r["polarity"] == "negated" for r in rows),
    )
    print(
        "  with via:",
        sum(bool(r["via"]) for r in rows),
        "with alt_types:",
        sum(bool(r["alt_types"]) for r in rows),
    )
    print("  types:", dict(Counter(r["type"] for r in rows).most_common()))
    print("relations:", {k: len(v) for k, v in gold["relations"].items()})
    for i, (a, b) in enumerate(STORIES):
        nums = {article_no(a), article_no(b)}
        per = {k: sum(p[0].split("-")[0] in nums for p in v) for k, v in gold["relations"].items()}
        cross = {k: sum(p[0].split("-")[0] != p[1].split("-")[0] for p in v if p[0].split("-")[0] in nums)
                 for k, v in gold["relations"].items()}  # fmt: skip
        print(f"  story {i + 1} ({a.split('_', 1)[1]} / {b.split('_', 1)[1]}):", per, "across files:", cross)
    for art in gold["articles"]:
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        print(f"{art['id']}: {len(text.split())} words")
        for r in art["attributions"]:
            spots = [m.start() for m in re.finditer(re.escape(r["speaker"]), text)]
            if len(spots) > 1:
                k = spots.index(r["speaker_start"])
                after = text[r["speaker_end"] : r["speaker_end"] + 30].replace("\n", " ")
                print(
                    f"  {r['id']} speaker {r['speaker']!r}: occurrence {k + 1} of {len(spots)}, then: {after}"
                )
            cues = [m.start() for m in re.finditer(re.escape(r["cue"]), text)]
            if cues and min(abs(c - r["speaker_start"]) for c in cues) > 120:
                print(f"  warning {r['id']}: cue {r['cue']!r} far from the speaker")
            for v in r["via"]:
                if v not in text:
                    print(f"  warning {r['id']}: via {v!r} not in the text")


if __name__ == "__main__":
    layout = check_layout()
    if "--stats" in sys.argv or layout:
        for name in LAYOUT:
            n = len((HERE / f"{name}.txt").read_text(encoding="utf-8").split())
            print(f"{name}: {n} words")
    if layout:
        raise SystemExit("layout:\n" + "\n".join(layout))
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    counts = check_counts()
    if counts:
        raise SystemExit("counts:\n" + "\n".join(counts))
    if "--stats" in sys.argv:
        stats(gold)
    else:
        write(HERE, gold)
