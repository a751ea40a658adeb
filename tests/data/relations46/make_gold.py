"""Writes gold.json for relations set 46 (r271..r276) from the annotations below.

Run `python3 -B make_gold.py` from this folder (add `--stats` for the tallies; it then writes nothing). Each entry
has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every offset;
check_layout() checks the articles' layout, datelines, digits, dates and weekdays, and check_counts() the size
and shape of the set. Every problem found is reported at once.
"""

from __future__ import annotations

import datetime as dt
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

# r271/r272: Gabes, the ammonia leak at the Tunisian Chemical Group's plant in Ghannouch
HEALTH = "المندوبية الجهوية للصحة بقابس"
GCT = "المجمع الكيميائي التونسي"
MOSAIQUE = "موزاييك إف إم"
RAZGUI71 = "الكاتب العام للنقابة الأساسية لعمال المجمع بغنوش، فتحي الرزقي"
RAZGUI72 = "الكاتب العام للنقابة الأساسية لعمال المجمع الكيميائي بغنوش، فتحي الرزقي"
STOP = "حملة «أوقفوا التلوث»"
GOV_GB = "والي قابس، الهادي بن سالم"
ANPE = "الوكالة الوطنية لحماية المحيط"
FTDES = "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"
EDU = "المندوبية الجهوية للتربية"
IND = "وزارة الصناعة والمناجم والطاقة"
CEO_GB = "الرئيس المدير العام للمجمع الكيميائي التونسي، كمال الورتاني"
DELEGATE = "المندوب الجهوي للصحة، سمير العياري"
# r273/r274: El Tarf, the forest fires
PC = "المديرية العامة للحماية المدنية"
WALI = "والي الطارف، رشيد بوعلام"
SHOROUK = "الشروق أونلاين"
RESID = "سكانا من مشتة الزيتونة ببلدية عين العسل"
SONELGAZ = "الشركة الوطنية للكهرباء والغاز (سونلغاز)"
FORESTS = "المديرية العامة للغابات"
SEC_SRC = "مصدر أمني"
MP_TARF = "النائب عن الولاية بالمجلس الشعبي الوطني، سليم بن عمارة"
PROSEC = "نيابة الجمهورية لدى محكمة الطارف"
LAWYER = "المحامي عبد الرزاق مزيان"
LAWYER_FULL = "المحامي عبد الرزاق مزيان، عضو هيئة الدفاع عن الموقوفين"
EXPERT = "الخبير في المخاطر الطبيعية، نور الدين بلقاسمي"
MAYOR = "رئيس المجلس الشعبي البلدي لعين العسل، العربي حمايدية"
# r275/r276: Aqaba, the container terminal strike
UNION = "النقابة العامة للعاملين في الموانئ البحرية"
AMAYREH = "رئيس النقابة العامة للعاملين في الموانئ البحرية، خالد العمايرة"
ACT = "شركة ميناء حاويات العقبة"
PSD = "مديرية الأمن العام"
RAI = "«الرأي»"
AMMON = "«عمون»"
ZOUBI = "المدير التنفيذي لشركة ميناء حاويات العقبة، عمر الزعبي"
ASEZA = "سلطة منطقة العقبة الاقتصادية الخاصة"
MINISTER = "وزير العمل، فراس الطراونة"

ARTICLES: dict[str, dict[str, Any]] = {
    "r271_gabes_ammonia": {
        "outlet": "موزاييك إف إم",
        "published": "2029-05-07",
        "entries": [
            E(
                "hd",
                "37 حالة اختناق في شط السلام إثر تسرب غازي من المجمع الكيميائي",
                "الصحة بقابس",
                HEALTH,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "h37",
                "قسم الاستعجالي بالمستشفى الجامعي استقبل 37 حالة اختناق ليلة الأحد",
                HEALTH,
                "",
                ORG,
                "أعلنت",
            ),
            E("h33", "33 منهم غادروا المستشفى صباح اليوم الاثنين", "مشيرة", HEALTH, ORG, "مشيرة"),
            E("gct_deny", "حدوث أي تسرب للأمونيا من وحداته بغنوش", GCT, "", ORG, "نفى", NEG),
            E("gct_call", "السكان إلى «عدم الانسياق وراء الإشاعات»", "داعيا", GCT, ORG, "داعيا", OPT),
            E(
                "gct_internal",
                "إدارة المجمع «فتحت تحقيقا داخليا» للتثبت من مصدر الروائح التي اشتكى منها السكان",
                "البلاغ",
                GCT,
                ORG,
                "وأكد",
                alt_types=[DOC],
            ),
            E(
                "union_valve",
                "صماما في أحد خزانات الأمونيا انفجر قرابة التاسعة ليلا",
                RAZGUI71,
                "",
                N_OFF,
                "قال",
                via=[MOSAIQUE],
            ),
            E(
                "union_warn",
                "العمال نبهوا الإدارة منذ أشهر إلى تآكله",
                "مضيفا",
                RAZGUI71,
                N_OFF,
                "مضيفا",
                via=[MOSAIQUE],
            ),
            E(
                "res_cloud",
                "سحابة بيضاء ذات رائحة خانقة انبعثت من جهة الخزانات في التوقيت نفسه",
                "سكان من شط السلام",
                "",
                A_SRC,
                "وتحدث",
                ANON,
            ),
            E(
                "civ52",
                "أعوانها نقلوا 52 مصابا إلى المستشفى الجامعي",
                "الإدارة الجهوية للحماية المدنية",
                "",
                ORG,
                "وأفادت",
            ),
            E("stop120", "عدد من نقلوا إليه تلك الليلة «تجاوز 120 شخصا، بينهم رضع»", STOP, "", ORG, "قالت"),
            E(
                "son_gas",
                "والدي مات مختنقا بالغاز أمام أعيننا",
                "ابنه، منير الحامدي",
                "",
                N_PER,
                "وقال",
                DIRECT,
            ),
            E(
                "med_heart",
                "الوفاة ناجمة عن «أزمة قلبية لا علاقة لها بالتسرب»",
                "مصدر طبي بالمستشفى الجامعي",
                "",
                A_OFF,
                "ذكر",
                ANON,
            ),
            E(
                "gov_stop",
                "إيقاف وحدة الأمونيا بصفة وقتية إلى حين انتهاء تحقيق فني",
                GOV_GB,
                "",
                N_OFF,
                "أعلن",
            ),
            E("gov_control", "الوضع «تحت السيطرة»", "مؤكدا", GOV_GB, N_OFF, "مؤكدا"),
            E(
                "anpe_ok",
                "تركيز الأمونيا في هواء شط السلام كان صباح الاثنين «في حدود المسموح به»",
                ANPE,
                "",
                ORG,
                "وذكرت",
            ),
            E("ftdes9", "9 حوادث تسرب في المجمع منذ مطلع 2028", FTDES, "", ORG, "فأحصى"),
            E(
                "mp_hide",
                "السلطات «تخفي حجم كارثة بيئية حقيقية»",
                "النائب عن الجهة بمجلس نواب الشعب، عادل القاسمي",
                "",
                N_OFF,
                "رأى",
            ),
            E("edu_suspend", "تعليق الدروس اليوم في ثلاث مدارس ابتدائية بشط السلام", EDU, "", ORG, "وأعلنت"),
            E(
                "ind_phase1",
                "المرحلة الأولى من قرار 2017 القاضي بتفكيك الوحدات الملوثة نفذت",
                IND,
                "",
                ORG,
                "وتقول",
            ),
            E("stop_none", "القرار «لم ينفذ منه شيء»", STOP, "", ORG, "تؤكد"),
        ],
    },
    "r272_gabes_phosphate": {
        "outlet": "الشرق الأوسط",
        "published": "2029-05-09",
        "entries": [
            E(
                "hd",
                "وحدة الأمونيا في قابس تعمل رغم قرار إيقافها",
                "نقابي",
                RAZGUI72,
                N_OFF,
                ":",
                HEAD,
                alt_types=[ORG],
            ),
            E(
                "ceo_fault",
                "وقوع «خلل فني محدود» في صمام بأحد خزانات الأمونيا بغنوش ليلة الأحد",
                CEO_GB,
                "",
                N_OFF,
                "اعترف",
            ),
            E("ceo_200", "الكمية المنبعثة «لم تتجاوز ٢٠٠ كيلوغرام»", "مؤكدا", CEO_GB, N_OFF, "مؤكدا"),
            E("ceo_alarm", "منظومة الإنذار «اشتغلت في الحين»", "مؤكدا", CEO_GB, N_OFF, "مؤكدا"),
            E("ceo_care", "المجمع «سيتكفل بمصاريف علاج المصابين»", "الورتاني", CEO_GB, N_OFF, "وأضاف"),
            E(
                "union_running",
                "الوحدة «ما زالت تنتج بشكل عادي» منذ صباح الثلاثاء",
                RAZGUI72,
                "",
                N_OFF,
                "أكد",
                via=["«الشرق الأوسط»"],
            ),
            E("gov_echo", "إيقاف الوحدة بصفة وقتية", GOV_GB, "", N_OFF, "قد أعلن"),
            E(
                "workers_noalarm",
                "صفارة الإنذار «لم تطلق أصلا» تلك الليلة",
                "عاملان في الحصة الليلية",
                "",
                A_SRC,
                "وقال",
                ANON,
                alt_types=[A_OFF],
            ),
            E(
                "expert_3t",
                "الكمية المتسربة بما «لا يقل عن ثلاثة أطنان»",
                "الخبير في السلامة الصناعية نبيل الزواري",
                "",
                N_PER,
                "وقدر",
            ),
            E(
                "anpe_src6",
                "محطة القياس بشط السلام سجلت تلك الليلة تركيزا للأمونيا «يفوق الحد المسموح به ست مرات»",
                "مصدر بالوكالة الوطنية لحماية المحيط",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["وكالة تونس إفريقيا للأنباء"],
            ),
            E(
                "health48",
                "عدد من استقبلهم المستشفى الجامعي منذ ليلة الأحد ارتفع إلى ٤٨",
                "المندوبية الجهوية للصحة",
                "",
                ORG,
                "ووفق",
            ),
            E(
                "children11",
                "١١ طفلا كانوا بين المصابين",
                "مدير المستشفى الجامعي، رياض القفصي",
                "",
                N_OFF,
                "وأوضح",
            ),
            E("delegate3", "ثلاثة فقط ما زالوا تحت المراقبة", DELEGATE, "", N_OFF, "وقال"),
            E(
                "stop9",
                "تسعة مصابين على الأقل، بينهم طفلان، لم يغادروا المستشفى بعد",
                "منسق حملة «أوقفوا التلوث»، خير الدين بالحاج",
                "",
                N_OFF,
                "قال",
                DIRECT,
                alt_types=[N_PER],
            ),
            E("delegate_natural", "الوفاة «طبيعية وسببها قصور قلبي مزمن»", "العياري", DELEGATE, N_OFF, "قال"),
            E(
                "lawyer_autopsy",
                "تقرير الطب الشرعي «أثبت وجود آثار استنشاق للأمونيا في رئتيه»",
                "محامي العائلة، رضا الشابي",
                "",
                N_PER,
                "أكد",
            ),
            E(
                "minister_limited",
                "الحادث «محدود ولا يستدعي التهويل»",
                "وزيرة البيئة، ليلى المرزوقي",
                "",
                N_OFF,
                "قالت",
            ),
            E(
                "mp_crime",
                "ما جرى «جريمة بيئية تتكرر كل شهر»",
                "معتبرا",
                "النائب عن قابس عادل القاسمي",
                N_OFF,
                "معتبرا",
            ),
            E("ftdes_echo", "٩ حوادث تسرب في المجمع منذ مطلع ٢٠٢٨", FTDES, "", ORG, "قد أحصى"),
            E(
                "ind_committee",
                "تشكيل لجنة فنية من خمسة مهندسين بدأت أعمالها الثلاثاء",
                IND,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "edu_resume",
                "استئناف الدروس اليوم الأربعاء في المدارس الثلاث بشط السلام",
                EDU,
                "",
                ORG,
                "أعلنت",
            ),
        ],
    },
    "r273_eltarf_wildfire": {
        "outlet": "الشروق أونلاين",
        "published": "2029-05-12",
        "entries": [
            E("hd", "4 قتلى في حرائق غابات بولاية الطارف", "الحماية المدنية", PC, ORG, ":", HEAD),
            E("pc4", "وفاة 4 أشخاص، بينهم عون إطفاء", PC, "", ORG, "أعلنت"),
            E(
                "pc80",
                "وحداتها «حاصرت 80 بالمائة من بؤر النيران» إلى غاية صباح اليوم السبت",
                "موضحة",
                PC,
                ORG,
                "موضحة",
            ),
            E(
                "wali14",
                "النيران اشتعلت «في 14 نقطة متباعدة خلال أقل من ساعة»",
                WALI,
                "",
                N_OFF,
                "وقال",
                via=[SHOROUK],
            ),
            E(
                "wali_arson",
                "دليلا قاطعا على فعل إجرامي مدبر",
                "معتبرا",
                WALI,
                N_OFF,
                "معتبرا",
                via=[SHOROUK],
            ),
            E(
                "wali_evac",
                "سكان مشاتي عين العسل «أجلوا جميعا في الوقت المناسب»",
                "الوالي",
                WALI,
                N_OFF,
                "وأكد",
            ),
            E(
                "res_fled",
                "فروا بأنفسهم عبر الحقول ولم يأت أحد لإجلائهم",
                RESID,
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[SHOROUK],
            ),
            E(
                "res_spark",
                "النار اندلعت تحت خطوط الضغط العالي لسونلغاز التي تعبر المشتة مع هبوب رياح السيروكو",
                RESID,
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[SHOROUK],
            ),
            E("sonel_deny", "«أي علاقة لشبكتها» بالحرائق", SONELGAZ, "", ORG, "ونفت", NEG),
            E(
                "sonel_nofault",
                "خطوطها في المنطقة «لم تسجل أي عطب» يوم الجمعة",
                "مؤكدة",
                SONELGAZ,
                ORG,
                "مؤكدة",
            ),
            E(
                "meteo44",
                "44 درجة مئوية في القالة عصر ذلك اليوم",
                "الديوان الوطني للأرصاد الجوية",
                "",
                ORG,
                "وسجل",
            ),
            E(
                "moi_planes",
                "طائرتين من طراز «بيريف بي-200» تشاركان في الإطفاء «منذ مساء الجمعة»",
                "وزارة الداخلية والجماعات المحلية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "cllr_noplane",
                "أول طائرة لم تظهر في سماء البلدية قبل ظهر السبت",
                "عضو المجلس الشعبي البلدي لعين العسل، مصطفى قرايرية",
                "",
                N_OFF,
                "قال",
                DIRECT,
            ),
            E("forest1200", "المساحة المتضررة بنحو 1200 هكتار", FORESTS, "", ORG, "وقدرت"),
            E(
                "assoc4000",
                "النيران أتت على «أكثر من 4 آلاف هكتار، جزء منها داخل الحظيرة الوطنية للقالة»",
                "رئيس جمعية نوميديا لحماية البيئة بالقالة، كمال شريط",
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
            ),
            E(
                "sec6",
                "فرق الدرك الوطني أوقفت 6 مشتبه بهم",
                SEC_SRC,
                "",
                A_OFF,
                "نقلا عن",
                ANON,
                via=["وكالة الأنباء الجزائرية"],
            ),
            E(
                "sec_minors",
                "بينهم قاصران",
                SEC_SRC,
                "",
                A_OFF,
                "نقلا عن",
                ANON,
                via=["وكالة الأنباء الجزائرية"],
            ),
            E("mp7", "عدد القتلى «بلغ 7، بينهم طفلان»", MP_TARF, "", N_OFF, "فأكد"),
            E("mp_minimize", "السلطات بـ«التقليل من حجم الكارثة»", "متهما", MP_TARF, N_OFF, "متهما"),
            E(
                "tn_crossed",
                "ألسنة اللهب «عبرت الحدود» ليلا نحو غابات عين دراهم بولاية جندوبة",
                "الديوان الوطني للحماية المدنية",
                "",
                ORG,
                "قال",
            ),
            E(
                "dz_deny",
                "تكون النيران قد اقتربت من الشريط الحدودي «لأقل من 5 كيلومترات»",
                "مسؤول بالمديرية العامة للحماية المدنية الجزائرية",
                "",
                A_OFF,
                "ونفى",
                ANON,
                NEG,
            ),
        ],
    },
    "r274_eltarf_arson": {
        "outlet": "القدس العربي",
        "published": "2029-05-13",
        "entries": [
            E(
                "hd",
                "موقوفو حرائق الطارف «رعاة لا علاقة لهم بالنيران»",
                "هيئة الدفاع",
                "هيئة الدفاع عن الموقوفين",
                ORG,
                ":",
                HEAD,
            ),
            E("pc5", "حصيلة ضحايا حرائق غابات ولاية الطارف إلى ٥ قتلى", PC, "", ORG, "رفعت"),
            E("pc_out", "النيران «أخمدت كليا» فجر اليوم الأحد", "مؤكدة", PC, ORG, "مؤكدة"),
            E(
                "agents_burning",
                "بؤرتين على الأقل «ما زالتا مشتعلتين» قرب بحيرة طونغة حتى ظهر الأحد",
                "أعوانا في وحدة الحماية المدنية بالقالة",
                "",
                A_OFF,
                "قالوا",
                ANON,
                via=["«القدس العربي»"],
            ),
            E(
                "pros_confess",
                "الموقوفين الستة «اعترفوا بإضرام النار مقابل مبالغ مالية»",
                PROSEC,
                "",
                ORG,
                "وأعلنت",
            ),
            E("pros_incite", "التحقيق يبحث عن «الجهات التي حرضتهم»", PROSEC, "", ORG, "وأعلنت"),
            E("lawyer_random", "موكليه «رعاة من المنطقة أوقفوا عشوائيا»", LAWYER, LAWYER_FULL, N_PER, "قال"),
            E("lawyer_noconf", "أيا منهم لم يعترف بشيء", LAWYER, LAWYER_FULL, N_PER, "قال"),
            E(
                "expert_heat",
                "الحرارة الشديدة ورياح السيروكو «تكفيان لتفسير سرعة الانتشار دون حاجة إلى فرضية الفعل الإجرامي»",
                EXPERT,
                "",
                N_PER,
                "قال",
            ),
            E(
                "expert_embers",
                "تكون البؤر المتعددة نتجت عن «تطاير الجمر بفعل الرياح»",
                "مرجحا",
                EXPERT,
                N_PER,
                "مرجحا",
            ),
            E(
                "conservator3",
                "النيران «انطلقت من ثلاث بؤر فقط»",
                "محافظ الغابات لولاية الطارف، عبد الحميد زروقي",
                "",
                N_OFF,
                "وأكد",
            ),
            E(
                "sonel_dir",
                "وجود أي خط ضغط عال يعبر مشتة الزيتونة",
                "مدير توزيع الكهرباء بسونلغاز في الطارف، فاتح عيساني",
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E("mayor_nobus", "أي حافلة لم تصل لإجلاء السكان", MAYOR, "", N_OFF, "وقال"),
            E("mayor7", "الضحايا «سبعة على الأقل»، بينهم طفلان من مشتة الزيتونة", MAYOR, "", N_OFF, "وقال"),
            E(
                "cllr_echo",
                "أول طائرة لم تظهر في سماء البلدية قبل ظهر السبت",
                "عضو المجلس مصطفى قرايرية",
                "",
                N_OFF,
                "ونقلت",
                via=["صحيفة «الشروق»"],
            ),
            E("moi_third", "إرسال طائرة إطفاء ثالثة إلى الولاية", "وزارة الداخلية", "", ORG, "أعلنت"),
            E(
                "copernicus",
                "أتت النيران على أكثر من ٤ آلاف هكتار",
                "خدمة «كوبرنيكوس» الأوروبية لإدارة الطوارئ",
                "",
                ORG,
                "وبحسب",
                alt_types=[DOC],
            ),
            E("forest1800", "تقديرها إلى ١٨٠٠ هكتار", FORESTS, "", ORG, "رفعت"),
            E(
                "tn_agri",
                "حريقا «قادما من التراب الجزائري» أتلف ٣٠٠ هكتار من غابات الفلين بمعتمدية عين دراهم",
                "المندوبية الجهوية للفلاحة بجندوبة",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "health62",
                "مستشفيات الولاية استقبلت ٦٢ مصابا بحروق واختناقات",
                "مديرية الصحة لولاية الطارف",
                "",
                ORG,
                "وقالت",
            ),
            E("crescent230", "إيواء ٢٣٠ عائلة في مدارس القالة", "الهلال الأحمر الجزائري", "", ORG, "أعلن"),
        ],
    },
    "r275_aqaba_dockers": {
        "outlet": "الرأي",
        "published": "2029-05-21",
        "entries": [
            E("hd", "إضراب شامل في ميناء حاويات العقبة يشل حركة السفن", "النقابة", UNION, ORG, ":", HEAD),
            E(
                "union1100",
                "أكثر من ١١٠٠ عامل، «أي نحو ٩٥ في المئة من القوى العاملة»، التزموا بالإضراب المفتوح",
                AMAYREH,
                "",
                N_OFF,
                "قال",
            ),
            E("union_cranes", "الرافعات «متوقفة بالكامل» منذ الأحد", "العمايرة", AMAYREH, N_OFF, "وأضاف"),
            E("union_15", "الشركة «لم تعرض سوى ١٥ دينارا» زيادة شهرية", "العمايرة", AMAYREH, N_OFF, "وأضاف"),
            E("union_notapplied", "لم تطبق الاتفاقية «منذ عامين»", "العمايرة", AMAYREH, N_OFF, "وأضاف"),
            E("act300", "عدد المضربين «لا يتجاوز ٣٠٠ عامل»", ACT, "", ORG, "أكدت"),
            E("act_normal", "العمل يسير «بصورة طبيعية» بعد مناولة ثلاث سفن أمس", ACT, "", ORG, "أكدت"),
            E("act40", "عرضت زيادة قدرها ٤٠ دينارا «رفضتها النقابة دون نقاش»", "الشركة", ACT, ORG, "وأوضحت"),
            E("act_applied", "بنود اتفاقية ٢٠٢٧ «طبقت كاملة»", "مؤكدة", ACT, ORG, "مؤكدة"),
            E(
                "mol_illegal",
                "الإضراب «غير قانوني» لعدم توجيه إشعار مسبق قبل ١٤ يوما",
                "وزارة العمل",
                "",
                ORG,
                "واعتبرت",
            ),
            E("union_notice", "الإشعار «سلم للوزارة في الثاني من أيار»", "النقابة", UNION, ORG, "ردت"),
            E(
                "agents18",
                "١٨ سفينة، بينها ناقلتا حبوب، تنتظر في منطقة المخطاف",
                "جمعية وكلاء الملاحة البحرية",
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "aseza6",
                "عدد السفن المنتظرة «ست فقط، وهو رقم معتاد»",
                "مصدر في سلطة منطقة العقبة الاقتصادية الخاصة",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "jmc_nodivert",
                "لا سفينة غيرت وجهتها حتى الآن",
                "الهيئة البحرية الأردنية",
                "",
                ORG,
                "ونقلت",
                via=["قناة «المملكة»"],
            ),
            E(
                "drivers_none",
                "أي حاوية «لم تحمل منذ صباح الأحد»",
                "سائقو شاحنات عند البوابة الرئيسية",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "worker_threat",
                "الإدارة «هددت بفصل كل من يواصل الإضراب»",
                "أحد عمال الرافعات",
                "",
                A_SRC,
                "وقال",
                ANON,
                alt_types=[A_OFF],
            ),
            E("act_nothreat", "توجيه أي تهديد بالفصل", "الشركة", ACT, ORG, "نفت", NEG),
            E(
                "union_arrest4",
                "توقيف أربعة من أعضاء هيئتها الإدارية فجر اليوم الاثنين من منازلهم في العقبة",
                "النقابة",
                UNION,
                ORG,
                "وتحدثت",
            ),
            E("psd_deny", "توقيف أي عامل", PSD, "", ORG, "نفت", NEG, via=[RAI]),
            E("psd_right", "الأجهزة الأمنية «تحمي حق الإضراب السلمي»", "مؤكدة", PSD, ORG, "مؤكدة", via=[RAI]),
            E(
                "chamber3m",
                "الخسائر بنحو ٣ ملايين دينار يوميا",
                "رئيس غرفة تجارة العقبة، ماهر الخطيب",
                "",
                N_OFF,
                "وقدر",
            ),
            E(
                "researcher",
                "الأزمة «نتيجة مباشرة لتجاهل اتفاقية ٢٠٢٧»",
                "الباحث في المرصد العمالي الأردني، سامر الخوالدة",
                "",
                N_PER,
                "ورأى",
            ),
            E(
                "researcher_call",
                "الحكومة إلى «التدخل قبل اتساع رقعة الاحتجاج»",
                "داعيا",
                "الباحث في المرصد العمالي الأردني، سامر الخوالدة",
                N_PER,
                "داعيا",
                OPT,
            ),
        ],
    },
    "r276_aqaba_wages": {
        "outlet": "عمون",
        "published": "2029-05-23",
        "entries": [
            E("hd", "اتفاق ينهي إضراب ميناء حاويات العقبة", "وزارة العمل", "", ORG, ":", HEAD),
            E(
                "mol_deal",
                "التوصل ليل الثلاثاء إلى اتفاق بين شركة ميناء حاويات العقبة والنقابة العامة للعاملين في الموانئ "
                "البحرية يقضي بزيادة شهرية قدرها 40 دينارا",
                "وزارة العمل",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "mol_back",
                "العمال «عادوا إلى أرصفتهم صباح اليوم الأربعاء»",
                "مؤكدة",
                "وزارة العمل",
                ORG,
                "مؤكدة",
            ),
            E(
                "union_nosign",
                "النقابة «لم توقع على أي اتفاق»",
                "رئيس النقابة، خالد العمايرة",
                "",
                N_OFF,
                "قال",
                via=[AMMON],
            ),
            E(
                "union_cont",
                "الإضراب «مستمر» في يومه الرابع",
                "مؤكدا",
                "رئيس النقابة، خالد العمايرة",
                N_OFF,
                "مؤكدا",
                via=[AMMON],
            ),
            E(
                "union_accuse",
                "الشركة بـ«الوقوف وراء توقيف زملائنا»",
                "ومتهما",
                "رئيس النقابة، خالد العمايرة",
                N_OFF,
                "ومتهما",
                via=[AMMON],
            ),
            E("ceo80", "80 في المئة من العمال «عادوا إلى مناوباتهم»", ZOUBI, "", N_OFF, "قال"),
            E(
                "ceo_deny",
                "تكون الشركة «طلبت من الأمن أي إجراء بحق النقابيين»",
                "نافيا",
                ZOUBI,
                N_OFF,
                "نافيا",
                NEG,
            ),
            E(
                "drivers_nomove",
                "الرافعات «لم تتحرك» حتى ظهر اليوم",
                "سائقي شاحنات عند البوابة الرئيسية",
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[AMMON],
            ),
            E(
                "act_workforce",
                "يعمل في الميناء نحو 1150 عاملا",
                "أرقام الشركة",
                ACT,
                ORG,
                "بحسب",
                alt_types=[DOC],
            ),
            E("psd_echo", "توقيف أي عامل", PSD, "", ORG, "قد نفت", NEG, via=["صحيفة «الرأي»"]),
            E(
                "observ14h",
                "أعضاء الهيئة الإدارية الأربعة «احتجزوا 14 ساعة» قبل الإفراج عنهم مساء الاثنين",
                "المرصد العمالي الأردني",
                "",
                ORG,
                "ذكر",
                alt_types=[DOC],
            ),
            E(
                "aseza_priority",
                "سفينتين تحملان أدوية ومواد غذائية «منحتا أولوية الرسو»",
                "مسؤولون في سلطة منطقة العقبة الاقتصادية الخاصة لم يسمّوا",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "aseza_gate",
                "تمديد ساعات عمل البوابة الرئيسية حتى منتصف الليل لتخفيف الازدحام",
                "السلطة",
                ASEZA,
                ORG,
                "وأعلنت",
            ),
            E("jmc21", "21 سفينة تنتظر دورها في منطقة المخطاف", "الهيئة البحرية الأردنية", "", ORG, "وأكدت"),
            E("act_spk4", "لا توجد سوى 4 سفن في الانتظار", "متحدث باسم الشركة", "", A_OFF, "قال", ANON),
            E(
                "chamber10m",
                "الخسائر المتراكمة منذ الأحد بنحو 10 ملايين دينار",
                "غرفة تجارة العقبة",
                "",
                ORG,
                "وقدرت",
            ),
            E("minister_oral", "ممثلي النقابة «وافقوا شفهيا على كل البنود»", MINISTER, "", N_OFF, "وقال"),
            E(
                "minister_monitor",
                "الوزارة «ستراقب صرف العلاوة بأثر رجعي»",
                "مضيفا",
                MINISTER,
                N_OFF,
                "مضيفا",
            ),
            E(
                "lawyer_notice",
                "إشعار الثاني من أيار يستوفي مهلة الأيام الأربعة عشر التي يشترطها قانون العمل",
                "المحامي المتخصص في قضايا العمل، زيد الحوامدة",
                "",
                N_PER,
                "قال",
                DIRECT,
            ),
            E(
                "gov_src",
                "الحكومة «ستتحمل كلفة علاوة الخطورة للعام الأول»",
                "مصدر حكومي",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["قناة «المملكة»", "وكالة الأنباء الأردنية (بترا)"],
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Gabes: "no ammonia leak at all" against a leak told by the headline, the union, residents, the CEO,
        # the expert and the measuring station
        ("r271.gct_deny", "r271.hd"),
        ("r271.gct_deny", "r271.union_valve"),
        ("r271.gct_deny", "r271.res_cloud"),
        ("r271.gct_deny", "r272.ceo_fault"),
        ("r271.gct_deny", "r272.ceo_200"),
        ("r271.gct_deny", "r272.expert_3t"),
        ("r271.gct_deny", "r272.anpe_src6"),
        # how many were taken to hospital on Sunday night
        ("r271.h37", "r271.civ52"),
        ("r271.h37", "r271.stop120"),
        ("r271.civ52", "r271.stop120"),
        ("r271.hd", "r271.civ52"),  # headline copy
        ("r271.hd", "r271.stop120"),
        (
            "r271.stop120",
            "r272.health48",
        ),  # higher figure on Monday, lower one from another source on Wednesday
        ("r271.civ52", "r272.health48"),
        # the old man's death: the gas against a heart condition
        ("r271.son_gas", "r271.med_heart"),
        ("r271.son_gas", "r272.delegate_natural"),
        ("r272.lawyer_autopsy", "r271.med_heart"),
        ("r272.lawyer_autopsy", "r272.delegate_natural"),
        # the unit stopped by the governor against "still producing"
        ("r271.gov_stop", "r272.union_running"),
        ("r272.gov_echo", "r272.union_running"),  # recalled announcement
        ("r272.hd", "r271.gov_stop"),
        ("r272.hd", "r272.gov_echo"),
        # the quantity released, the alarm
        ("r272.ceo_200", "r272.expert_3t"),
        ("r272.ceo_alarm", "r272.workers_noalarm"),
        # still in hospital on Wednesday
        ("r272.delegate3", "r272.stop9"),
        # the 2017 dismantling decision
        ("r271.ind_phase1", "r271.stop_none"),
        # characterisations
        ("r271.gov_control", "r271.mp_hide"),
        ("r272.minister_limited", "r272.mp_crime"),
        ("r272.minister_limited", "r271.mp_hide"),
        # --- El Tarf: the toll
        ("r273.pc4", "r273.mp7"),
        ("r273.hd", "r273.mp7"),
        ("r274.pc5", "r274.mayor7"),
        ("r274.pc5", "r273.mp7"),  # 7 on Saturday against 5 on Sunday (tolls do not fall)
        # evacuation
        ("r273.wali_evac", "r273.res_fled"),
        ("r273.wali_evac", "r274.mayor_nobus"),
        # the power lines
        ("r273.res_spark", "r273.sonel_deny"),
        ("r273.res_spark", "r274.sonel_dir"),
        # the water bombers
        ("r273.moi_planes", "r273.cllr_noplane"),
        ("r273.moi_planes", "r274.cllr_echo"),  # retold through Echorouk
        # the burnt area
        ("r273.forest1200", "r273.assoc4000"),
        ("r274.forest1800", "r273.assoc4000"),
        ("r274.forest1800", "r274.copernicus"),
        # the border
        ("r273.tn_crossed", "r273.dz_deny"),
        ("r274.tn_agri", "r273.dz_deny"),
        # the cause: 14 points and a planned crime against three foci, heat, wind and embers
        ("r273.wali14", "r274.conservator3"),
        ("r273.wali_arson", "r274.expert_heat"),
        ("r273.wali_arson", "r274.expert_embers"),
        # the detainees
        ("r274.pros_confess", "r274.lawyer_noconf"),
        ("r274.pros_confess", "r274.hd"),
        # the fire put out
        ("r274.pc_out", "r274.agents_burning"),
        # --- Aqaba: how many strike, whether the port works
        ("r275.union1100", "r275.act300"),
        ("r275.hd", "r275.act300"),
        ("r275.hd", "r275.act_normal"),
        ("r275.union_cranes", "r275.act_normal"),
        ("r275.drivers_none", "r275.act_normal"),
        # the offer and the 2027 agreement
        ("r275.union_15", "r275.act40"),
        ("r275.union_notapplied", "r275.act_applied"),
        ("r275.researcher", "r275.act_applied"),
        # the notice
        ("r275.mol_illegal", "r275.union_notice"),
        ("r276.lawyer_notice", "r275.mol_illegal"),
        # ships waiting, same day
        ("r275.agents18", "r275.aseza6"),
        ("r276.jmc21", "r276.act_spk4"),
        # the four union board members
        ("r275.union_arrest4", "r275.psd_deny"),
        ("r276.observ14h", "r275.psd_deny"),
        ("r276.observ14h", "r276.psd_echo"),
        ("r275.union_arrest4", "r276.psd_echo"),  # recalled denial
        ("r276.union_accuse", "r276.ceo_deny"),
        # dismissal threats
        ("r275.worker_threat", "r275.act_nothreat"),
        # the agreement and the return to work
        ("r276.mol_deal", "r276.union_nosign"),
        ("r276.hd", "r276.union_nosign"),
        ("r276.mol_back", "r276.union_cont"),
        ("r276.hd", "r276.union_cont"),
        ("r276.ceo80", "r276.union_cont"),
        ("r276.ceo80", "r276.drivers_nomove"),
        ("r276.mol_back", "r276.drivers_nomove"),
    ],
    "agreements": [
        ("r271.union_valve", "r271.res_cloud"),  # a release from the tanks at about nine
        ("r271.union_valve", "r272.ceo_fault"),  # a valve of an ammonia tank
        ("r271.son_gas", "r272.lawyer_autopsy"),  # he died of the gas
        ("r271.med_heart", "r272.delegate_natural"),  # a heart condition
        ("r273.mp7", "r274.mayor7"),  # seven dead, two children among them
        ("r273.assoc4000", "r274.copernicus"),  # more than 4,000 hectares
        ("r273.res_fled", "r274.mayor_nobus"),  # nobody came to evacuate them
        ("r273.tn_crossed", "r274.tn_agri"),  # the fire crossed into Tunisia
        ("r273.wali_arson", "r274.pros_confess"),  # set on purpose
        ("r275.union_cranes", "r275.drivers_none"),  # nothing loaded since Sunday
        ("r275.union_arrest4", "r276.observ14h"),  # the four were detained
        ("r276.mol_back", "r276.ceo80"),  # the workers went back
        ("r276.union_cont", "r276.drivers_nomove"),  # the cranes still idle
        ("r275.union_notice", "r276.lawyer_notice"),  # the notice was valid
        ("r275.union_notapplied", "r275.researcher"),  # the 2027 agreement ignored
    ],
    "echoes": [
        ("r271.gov_stop", "r272.gov_echo"),  # the governor's Monday announcement, recalled
        ("r271.ftdes9", "r272.ftdes_echo"),  # the forum's count, recalled
        ("r273.cllr_noplane", "r274.cllr_echo"),  # the councillor's words to Echorouk, retold
        ("r275.psd_deny", "r276.psd_echo"),  # the police denial to Al-Rai, recalled
    ],
    "not_contradictions": [
        ("r271.h37", "r272.health48"),  # the directorate's count rose from 37 to 48
        ("r271.hd", "r272.health48"),
        ("r271.anpe_ok", "r272.anpe_src6"),  # Monday morning against Sunday night
        ("r271.edu_suspend", "r272.edu_resume"),  # classes suspended, then resumed
        ("r271.h33", "r272.delegate3"),  # four left on Monday, three on Wednesday
        ("r272.health48", "r272.children11"),  # 11 children among the 48
        ("r271.stop120", "r272.stop9"),  # taken to hospital against still there
        ("r271.gct_internal", "r272.ceo_fault"),  # an internal inquiry, then a fault admitted
        ("r273.pc4", "r274.pc5"),  # toll rose from 4 to 5
        ("r273.hd", "r274.pc5"),
        ("r273.forest1200", "r274.forest1800"),  # the forests directorate raised its estimate
        ("r273.sec6", "r274.pros_confess"),  # six arrested, the six detainees
        ("r273.pc80", "r274.agents_burning"),  # 80% contained on Saturday, two foci left on Sunday
        ("r274.tn_agri", "r274.forest1800"),  # Tunisian hectares against Algerian ones
        ("r273.moi_planes", "r274.moi_third"),  # two planes, then a third
        ("r273.wali14", "r274.expert_embers"),  # 14 points against embers as their cause
        ("r275.union1100", "r276.act_workforce"),  # 1,100 of about 1,150
        ("r275.chamber3m", "r276.chamber10m"),  # a daily loss against the total
        ("r275.union_15", "r276.mol_deal"),  # an offer on Monday, a deal on Tuesday night
        ("r275.act40", "r276.mol_deal"),
        ("r276.union_nosign", "r276.minister_oral"),  # not signed against agreed orally
        ("r275.agents18", "r275.jmc_nodivert"),  # ships waiting, none diverted
    ],
}

# headline copies, recalled and retold statements: paired wherever their original contradicts
COPIES = {
    "r271.hd",
    "r272.hd",
    "r272.gov_echo",
    "r272.ftdes_echo",
    "r273.hd",
    "r274.hd",
    "r274.cllr_echo",
    "r275.hd",
    "r276.hd",
    "r276.psd_echo",
}

PAIRS = [
    ("r271_gabes_ammonia", "r272_gabes_phosphate", "Gabes"),
    ("r273_eltarf_wildfire", "r274_eltarf_arson", "El Tarf"),
    ("r275_aqaba_dockers", "r276_aqaba_wages", "Aqaba"),
]

# digits, month as the outlet writes it, the outlet as named in the dateline, weekdays named (day of May 2029)
LAYOUT: dict[str, dict[str, Any]] = {
    "r271_gabes_ammonia": {
        "digits": "western",
        "month": "ماي",
        "outlet": "موزاييك إف إم",
        "weekdays": {"الأحد": 6, "الاثنين": 7},
    },
    "r272_gabes_phosphate": {
        "digits": "indic",
        "month": "مايو (أيار)",
        "outlet": "«الشرق الأوسط»",
        "weekdays": {"الأحد": 6, "الاثنين": 7, "الثلاثاء": 8, "الأربعاء": 9},
    },
    "r273_eltarf_wildfire": {
        "digits": "western",
        "month": "ماي",
        "outlet": "الشروق أونلاين",
        "weekdays": {"الجمعة": 11, "السبت": 12},
    },
    "r274_eltarf_arson": {
        "digits": "indic",
        "month": "أيار/مايو",
        "outlet": "«القدس العربي»",
        "weekdays": {"السبت": 12, "الأحد": 13},
    },
    "r275_aqaba_dockers": {
        "digits": "indic",
        "month": "أيار",
        "outlet": "الرأي",
        "weekdays": {"الأحد": 20, "الاثنين": 21},
    },
    "r276_aqaba_wages": {
        "digits": "western",
        "month": "أيار",
        "outlet": "عمون",
        "weekdays": {"الأحد": 20, "الاثنين": 21, "الثلاثاء": 22, "الأربعاء": 23},
    },
}

WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")  # date.weekday() order
WESTERN, INDIC, PERSIAN = "0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"
PUNCT = "«»()\"'،.,:;؛!?؟–-"
WORDS = (320, 335)
BOUNDS = {
    "contradictions": (60, 80),
    "agreements": (12, 10**6),
    "echoes": (3, 6),
    "not_contradictions": (17, 23),
}


def text_of(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def in_digits(n: int, kind: str) -> str:
    return str(n).translate(str.maketrans(WESTERN, INDIC)) if kind == "indic" else str(n)


def weekday_words(text: str) -> list[str]:
    """Weekday names used in the text, bare or after و, punctuation stripped."""
    out = []
    for token in text.split():
        word = token.strip(PUNCT)
        if word not in WEEKDAYS and word.startswith("و") and word[1:] in WEEKDAYS:
            word = word[1:]
        if word in WEEKDAYS:
            out.append(word)
    return out


def check_layout() -> list[str]:
    problems = []
    for name, lay in LAYOUT.items():
        text = text_of(name)
        pub = dt.date.fromisoformat(ARTICLES[name]["published"])
        kind = lay["digits"]
        n_words = len(text.split())
        if not WORDS[0] <= n_words <= WORDS[1]:
            problems.append(f"{name}: {n_words} words, not {WORDS[0]}-{WORDS[1]}")
        if not text.endswith("\n") or text.endswith("\n\n"):
            problems.append(f"{name}: must end with exactly one newline")
        paras = text.rstrip("\n").split("\n\n")
        if len(paras) < 4 or any(not p or "\n" in p or p != p.strip() for p in paras):
            problems.append(f"{name}: paragraphs must be single lines separated by one blank line")
        if any(c in text for c in PERSIAN):
            problems.append(f"{name}: Persian digits")
        own, other = (WESTERN, INDIC) if kind == "western" else (INDIC, WESTERN)
        if any(c in text for c in other) or not any(c in text for c in own):
            problems.append(f"{name}: digits must all be {kind}")
        head = paras[1].split(":", 1)[0] if len(paras) > 1 else ""
        want = (
            f"{WEEKDAYS[pub.weekday()]} {in_digits(pub.day, kind)} {lay['month']} {in_digits(pub.year, kind)}"
        )
        if lay["outlet"] not in head or want not in head:
            problems.append(
                f"{name}: the dateline must name {lay['outlet']} and {want} before its first colon"
            )
        if (pub.year, pub.month) != (2029, 5):
            problems.append(f"{name}: published outside May 2029")
        declared = lay["weekdays"]
        named = set(weekday_words(text))
        if named != set(declared):
            problems.append(f"{name}: weekdays named {sorted(named)}, declared {sorted(declared)}")
        for wd, day in declared.items():
            when = dt.date(2029, 5, day)
            if WEEKDAYS[when.weekday()] != wd:
                problems.append(f"{name}: {day} May 2029 is not {wd}")
            if when > pub:
                problems.append(f"{name}: {wd} {day} is after publication")
        if WEEKDAYS[pub.weekday()] not in declared:
            problems.append(f"{name}: the publication day is not among the declared weekdays")
        for m in re.finditer(r"اليوم\s+(\S+)", text):
            word = m.group(1).strip(PUNCT)
            if word in WEEKDAYS and word != WEEKDAYS[pub.weekday()]:
                problems.append(f"{name}: «اليوم {word}» is not the publication day")
    for a, b, _ in PAIRS:
        gap = (
            dt.date.fromisoformat(ARTICLES[b]["published"]) - dt.date.fromisoformat(ARTICLES[a]["published"])
        ).days
        if gap not in (1, 2):
            problems.append(f"{a}/{b}: {gap} days apart")
        if LAYOUT[a]["digits"] == LAYOUT[b]["digits"]:
            problems.append(f"{a}/{b}: same digits")
    return problems


def story_of(row_id: str) -> str:
    num = row_id.split("-")[0]
    return next(title for a, b, title in PAIRS if num in (article_number(a), article_number(b)))


def check_counts(gold: dict[str, Any]) -> list[str]:
    problems = []
    rows = {}
    for art in gold["articles"]:
        n = len(art["attributions"])
        if not 20 <= n <= 23:
            problems.append(f"{art['id']}: {n} entries, not 20-23")
        rows.update({r["id"]: r for r in art["attributions"]})
    for kind, pairs in gold["relations"].items():
        for a, b in pairs:
            if rows[a]["optional"] or rows[b]["optional"]:
                problems.append(f"{kind}: optional entry in {a} {b}")
            if story_of(a) != story_of(b):
                problems.append(f"{kind}: {a} {b} cross stories")
    for kind, (lo, hi) in BOUNDS.items():
        n = len(gold["relations"].get(kind, []))
        if not lo <= n <= hi:
            problems.append(f"{n} {kind}, not {lo}-{hi}")
    return problems


def occurrences(text: str, part: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(part), text)]


def stats(gold: dict[str, Any]) -> None:
    labels = {}
    for name, art in ARTICLES.items():
        num = article_number(name)
        for i, entry in enumerate(art["entries"], 1):
            labels[f"{num}-{i:02d}"] = f"{num}.{entry[0]}"
    rows = [r for art in gold["articles"] for r in art["attributions"]]
    print("attributions:", len(rows), {art["id"]: len(art["attributions"]) for art in gold["articles"]})
    print("optional:", sum(r["optional"] for r in rows), "| kinds:", dict(Counter(r["kind"] for r in rows)))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows),
        "| negated:",
        sum(r["polarity"] == "negated" for r in rows),
        "| with via:",
        sum(bool(r["via"]) for r in rows),
        "| with alt_types:",
        sum(bool(r["alt_types"]) for r in rows),
    )
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    rel = gold["relations"]
    print("relations:", {k: len(v) for k, v in rel.items()})
    for _, _, title in PAIRS:
        mine = {k: [p for p in v if story_of(p[0]) == title] for k, v in rel.items()}
        across = {k: sum(p[0][:4] != p[1][:4] for p in v) for k, v in mine.items()}
        copies = sum(labels[a] in COPIES or labels[b] in COPIES for a, b in mine["contradictions"])
        print(
            f"  {title}:",
            {k: len(v) for k, v in mine.items()},
            "across files:",
            across,
            "copy pairs:",
            copies,
        )
    n_copies = sum(labels[a] in COPIES or labels[b] in COPIES for a, b in rel["contradictions"])
    print("contradictions involving a copy:", n_copies, "| originals:", len(rel["contradictions"]) - n_copies)
    for art in gold["articles"]:
        text = text_of(art["id"])
        for r in art["attributions"]:
            spots = occurrences(text, r["speaker"])
            if len(spots) > 1:
                after = text[r["speaker_end"] : r["speaker_end"] + 40]
                print(f"  {r['id']} {labels[r['id']]}: speaker occurrence {spots.index(r['speaker_start']) + 1}"
                      f" of {len(spots)}, then: {after}")  # fmt: skip
            cues = occurrences(text, r["cue"])
            if min(abs(c - r["speaker_start"]) for c in cues) > 150:
                print(f"  WARNING {r['id']} {labels[r['id']]}: cue {r['cue']} far from speaker")
            for v in r["via"]:
                if v not in text:
                    print(f"  WARNING {r['id']} {labels[r['id']]}: via {v} not in text")


def main(argv: list[str]) -> None:
    problems = check_layout()
    if "--stats" in argv:
        print("words:", {name: len(text_of(name).split()) for name in ARTICLES})
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    problems += check_counts(gold)
    if "--stats" in argv:
        stats(gold)
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        raise SystemExit(1)
    print("check_layout and check_counts passed")
    if "--stats" not in argv:
        write(HERE, gold)


if __name__ == "__main__":
    main(sys.argv[1:])
