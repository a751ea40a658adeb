"""Writes gold.json for relations set 48 (r283..r288) from the annotations below (`python3 -B make_gold.py`
from this folder; `--stats` prints word counts, tallies and warnings and writes nothing).

Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every offset.
check_layout checks the articles' layout, datelines, digits, July 2029 dates and weekdays; check_counts checks the
number of entries per article and of relations per kind.
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

# r283/r284: Oran, the crush at the gates of the Miloud Hadefi stadium before the cup final
CP = "مديرية الحماية المدنية لولاية وهران"
BENAOUDA = "المكلف بالإعلام في المديرية، النقيب سمير بن عودة"
HOSP = "مصدرا طبيا في المؤسسة الاستشفائية الجامعية «أول نوفمبر»"
FANS = "«تنسيقية أنصار الغرب الجزائري»"
POLICE = "خلية الاتصال بأمن ولاية وهران"
SENOUSSI = "مدير الملعب، عبد الحميد سنوسي"
FAF = "الاتحادية الجزائرية لكرة القدم"
SEC283 = "مصدرا أمنيا طلب عدم الكشف عن اسمه"
BOUTALEB = "والي وهران، رشيد بوطالب"
APS = "وكالة الأنباء الجزائرية"
KADA = "أستاذ علم الاجتماع الرياضي بجامعة وهران 2، ياسين قادة"
SHOROUK = "«الشروق»"
FB = "«فيسبوك»"
MOH = "وزارة الصحة الجزائرية"
SURV = "ثلاثة ناجين"
ZITOUNI = "الطالب أمين زيتوني"
DGSN = "المديرية العامة للأمن الوطني"
COMM = "مصدر في لجنة التحقيق الولائية"
MEKRANE = "وزير الشباب والرياضة، فريد مقران"
PROS_DZ = "نيابة الجمهورية لدى محكمة وهران"
BELKACEMI = "المتحدث باسم الاتحادية الجزائرية لكرة القدم، نور الدين بلقاسمي"
CRESCENT = "الهلال الأحمر الجزائري"
LAARABI = "الصحافي الرياضي عمر لعرابي"
ASHARQ = "«الشرق الأوسط»"
# r285/r286: Marrakech, the leaked mathematics paper of the baccalaureate resit
MEN = "وزارة التربية الوطنية والتعليم الأولي والرياضة"
MEN86 = "وزارة التربية الوطنية والتعليم الأولي والرياضة المغربية"
HESPRESS = "هسبريس"
CANDS = "مترشحين من مراكش وقلعة السراغنة"
HIND = "المترشحة هند العلوي"
CHICH = "المديرية الإقليمية للتعليم بشيشاوة"
SEC285 = "مصدر أمني طلب عدم الكشف عن هويته"
KETTANI = "مدير الأكاديمية الجهوية للتربية والتكوين لجهة مراكش آسفي، محمد أمين الكتاني"
KETTANI86 = "مدير الأكاديمية الجهوية، محمد أمين الكتاني"
FNE = "الجامعة الوطنية للتعليم"
OUAZZANI = "رئيس تنسيقية أولياء التلاميذ بجهة مراكش آسفي، عبد الرحيم الوزاني"
MAP = "وكالة المغرب العربي للأنباء"
BOUAZZA = "الخبير في السياسات التعليمية حسن بوعزة"
HAYAT = "«الحياة»"
CAB = "مصدرا في ديوان الوزير"
ZAHRAOUI = "الكاتب الجهوي لنقابة «الجامعة الوطنية للتعليم»، مصطفى الزهراوي"
PROS_MA = "النيابة العامة لدى المحكمة الابتدائية بمراكش"
TAHIRI = "محامي الموظف الموقوف، يونس الطاهري"
BENALI = "فاطمة الزهراء بنعلي"
BENCHEKROUN = "أستاذ علوم التربية في جامعة القاضي عياض، عادل بنشقرون"
# r287/r288: Fayoum, dead fish on Lake Qarun
SHENAWY = "محافظ الفيوم، الدكتور حازم الشناوي"
ABOUZEID = "رئيس رابطة صيادي بحيرة قارون، ربيع أبو زيد"
LEAGUE = "رابطة صيادي بحيرة قارون"
WATAN = "«الوطن»"
IRR = "وزارة الموارد المائية والري"
EEAA_SRC = "مصدر في جهاز شؤون البيئة"
QALYOUBI = "أستاذ الأحياء المائية بكلية الزراعة في جامعة الفيوم، الدكتور سامح القليوبي"
FARGHALY = "النائب عن دائرة إبشواي، عماد فرغلي"
VET = "مديرية الطب البيطري بالفيوم"
CONS = "جمعية محلية لحماية المستهلك"
ABDELHAFIZ = "خبير الاستزراع السمكي مجدي عبد الحفيظ"
MOE = "وزارة البيئة"
AHRAM = "«الأهرام»"
HCWW = "مصدرا في شركة مياه الشرب والصرف الصحي بالفيوم"
SEROUGI = "وكيل وزارة الري بالفيوم، المهندس خالد السروجي"
HEALTH = "مديرية الشؤون الصحية بالفيوم"
DEMERDASH = "رئيس جهاز حماية وتنمية البحيرات والثروة السمكية، اللواء طارق الدمرداش"
SHAK = "صيادون في قرية شكشوك"
QASABI = "أستاذ البيئة المائية بجامعة عين شمس، الدكتور نبيل القصبي"

FISHER = {"alt_types": [N_PER]}

ARTICLES: dict[str, dict[str, Any]] = {
    "r283_oran_stadium": {
        "outlet": "الشروق",
        "published": "2029-07-06",
        "entries": [
            E(
                "hd",
                "3 قتلى و68 مصابا في تدافع بمدخل ملعب ميلود هدفي بوهران",
                "الحماية المدنية",
                CP,
                ORG,
                ":",
                HEAD,
            ),
            E("cp3", "ثلاثة أشخاص لقوا حتفهم وأصيب 68 آخرون في تدافع", CP, "", ORG, "أعلنت"),
            E("cp_minor", "بين الضحايا قاصرا في السادسة عشرة", BENAOUDA, "", N_OFF, "وقال", via=[SHOROUK]),
            E(
                "cp_crit",
                "11 مصابا ما زالوا في حالة حرجة",
                "موضحا",
                BENAOUDA,
                N_OFF,
                "موضحا",
                via=[SHOROUK],
            ),
            E("hosp5", "مصلحة حفظ الجثث استقبلت خمس جثث قبل منتصف الليل", HOSP, "", A_OFF, "أكد", ANON),
            E("hosp_gas", "عشرات المصابين عولجوا من الاختناق بالغاز", "مضيفا", HOSP, A_OFF, "مضيفا", ANON),
            E("fans7", "سبعة قتلى على الأقل", FANS, "", ORG, "فتحدثت", via=[FB]),
            E(
                "fans_gas",
                "الشرطة بإطلاق قنابل الغاز المسيل للدموع على طوابير المناصرين أمام البوابة",
                "متهمة",
                FANS,
                ORG,
                "متهمة",
                via=[FB],
            ),
            E("pol_nogas", "استعمال أي غاز مسيل للدموع", POLICE, "", ORG, "نفت", NEG),
            E(
                "pol_force",
                "«مئات الأشخاص الذين لا يحملون تذاكر حاولوا اقتحام البوابة بالقوة، فسقط بعضهم تحت الأقدام»",
                "مؤكدة",
                POLICE,
                ORG,
                "مؤكدة",
            ),
            E(
                "wit_closed",
                "أعوان الأمن أغلقوا البوابة الشمالية قبل ساعتين من موعد اللقاء وآلاف من حاملي التذاكر في الخارج",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[SHOROUK],
            ),
            E(
                "wit_gas",
                "دوي قنابل الغاز سمع قبل أن يندفع الحشد نحو الحواجز",
                "شهود عيان",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[SHOROUK],
            ),
            E(
                "dir_open",
                "البوابات الاثنتي عشرة «بقيت مفتوحة إلى غاية صافرة البداية»",
                SENOUSSI,
                "",
                N_OFF,
                "ورد",
            ),
            E("dir_blame", "المسؤولية لـ«مناصرين تسلقوا الأسوار»", "محملا", SENOUSSI, N_OFF, "محملا"),
            E("faf38", "عدد الحاضرين في المدرجات «لم يتجاوز 38 ألف متفرج»", FAF, "", ORG, "وذكرت"),
            E("faf_nofake", "نظامها «يجعل تزوير التذاكر مستحيلا»", "مشيرة", FAF, ORG, "مشيرة"),
            E("sec52", "عدد من كانوا في المدرجات بأكثر من 52 ألفا", SEC283, "", A_OFF, "قدر", ANON),
            E(
                "sec_fake",
                "تكون تذاكر مزورة قد بيعت في محيط الملعب",
                "مرجحا",
                SEC283,
                A_OFF,
                "مرجحا",
                ANON,
            ),
            E(
                "wali_comm",
                "لجنة تحقيق ولائية باشرت عملها منذ الليلة الماضية",
                BOUTALEB,
                "",
                N_OFF,
                "ونقلت",
                via=[APS],
            ),
            E(
                "wali_delay",
                "صافرة البداية تأخرت 40 دقيقة «بطلب من المصالح الأمنية»",
                BOUTALEB,
                "",
                N_OFF,
                "ونقلت",
                via=[APS],
            ),
            E(
                "an_expected",
                "ما حدث «كان متوقعا» في ظل «فوضى مزمنة» في تنظيم دخول الجماهير",
                KADA,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_noacc", "التحقيقات السابقة «لم تحاسب أحدا»", "محذرا", KADA, N_PER, "محذرا"),
        ],
    },
    "r284_oran_stampede": {
        "outlet": "الشرق الأوسط",
        "published": "2029-07-07",
        "entries": [
            E(
                "hd",
                "الغاز سبق اندفاع الحشد نحو البوابة",
                "ناجون من تدافع وهران",
                SURV,
                A_SRC,
                ":",
                HEAD,
                ANON,
            ),
            E(
                "moh4",
                "أربعة قتلى، بعد وفاة مصاب في العناية المركزة صباح أمس الجمعة",
                MOH,
                "",
                ORG,
                "وفق ما أعلنته",
            ),
            E(
                "moh_obs",
                "٥١ مصابا غادروا المستشفيات، فيما لا يزال ١٦ آخرون تحت المراقبة، بينهم ثلاثة في حالة خطيرة",
                "الوزارة",
                MOH,
                ORG,
                "وأوضحت",
            ),
            E(
                "surv_gas",
                "الشرطة أطلقت قنابل الغاز حين بدأ المنتظرون يطالبون بفتح البوابة الشمالية",
                SURV,
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ASHARQ],
            ),
            E("surv_after", "«الاندفاع جاء بعد الغاز لا قبله»", SURV, "", A_SRC, "وقال", ANON, via=[ASHARQ]),
            E(
                "zitouni",
                "كنا نحمل تذاكرنا وننتظر منذ الظهر، ثم أغلقوا البوابة في وجوهنا قبل موعد المباراة بساعتين",
                ZITOUNI,
                "",
                N_PER,
                "ويقول",
                DIRECT,
            ),
            E("dgsn_nogas", "قواتها «لم تستعمل الغاز إطلاقا»", DGSN, "", ORG, "أكدت"),
            E("dgsn14", "توقيف ١٤ شخصا «حاولوا اقتحام الملعب عنوة»", "مشيرة", DGSN, ORG, "مشيرة"),
            E(
                "comm_cctv",
                "تسجيلات كاميرات المراقبة تظهر إغلاق البوابة الشمالية عند السادسة وعشر دقائق مساء",
                COMM,
                "",
                A_OFF,
                "وكشف",
                ANON,
            ),
            E("comm_officers", "اللجنة استمعت إلى ضابطين في الشرطة", "مضيفا", COMM, A_OFF, "مضيفا", ANON),
            E("min_suspend", "توقيف مدير الملعب تحفظيا", MEKRANE, "", N_OFF, "فأعلن"),
            E(
                "min_3gates",
                "تقريرا أوليا أظهر أن «ثلاث بوابات فقط من أصل ١٢ كانت مفتوحة لحظة التدافع»",
                "مؤكدا",
                MEKRANE,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "pros9",
                "إيداع تسعة أشخاص الحبس المؤقت بتهمة بيع تذاكر مزورة في محيط الملعب",
                PROS_DZ,
                "",
                ORG,
                "وأعلنت",
            ),
            E("pros_all", "التحقيق «يشمل كل المتدخلين»", "مضيفة", PROS_DZ, ORG, "مضيفة"),
            E("faf_ontime", "النهائي «انطلق في موعده المحدد»", BELKACEMI, "", N_OFF, "ونقلت", via=[APS]),
            E(
                "faf_notinf",
                "الاتحادية «لم تبلغ بأي وفاة قبل نهاية اللقاء»",
                BELKACEMI,
                "",
                N_OFF,
                "ونقلت",
                via=[APS],
            ),
            E(
                "hosp_echo",
                "مستشفى وهران الجامعي استقبل خمس جثث ليل الخميس",
                "مصدر طبي",
                "",
                A_OFF,
                "قد نقلت",
                ANON,
                alt_types=[A_SRC],
                via=["صحيفة «الشروق» الجزائرية"],
            ),
            E("fans_echo", "سبعة قتلى على الأقل", FANS, "", ORG, "تحدثت"),
            E(
                "crescent",
                "متطوعيه قدموا إسعافات أولية لأكثر من ١٢٠ شخصا في محيط الملعب",
                CRESCENT,
                "",
                ORG,
                "وقال",
            ),
            E("crescent_minor", "معظمهم أصيبوا برضوض أو حالات إغماء", CRESCENT, "", ORG, "وقال"),
            E(
                "an_sec",
                "«المقاربة الأمنية التي تعامل المناصر كمشتبه به» هي أصل المأساة",
                LAARABI,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_repeat", "«يتكرر المشهد» ما لم تراجع طريقة بيع التذاكر", "مرجحا", LAARABI, N_PER, "مرجحا"),
        ],
    },
    "r285_marrakech_exam": {
        "outlet": "هسبريس",
        "published": "2029-07-11",
        "entries": [
            E(
                "hd",
                "تسريب موضوع الرياضيات «محدود» ولا داعي لإعادة الامتحان",
                "وزارة التربية",
                MEN,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "min_37",
                "صور موضوع الرياضيات «لم تظهر على مواقع التواصل إلا بعد 37 دقيقة من انطلاق الاختبار»",
                MEN,
                "",
                ORG,
                "قالت",
            ),
            E(
                "min_room",
                "الصور التقطها مترشح بهاتف محمول داخل قاعة امتحان بإقليم شيشاوة",
                "الوزارة",
                MEN,
                ORG,
                "وأوضحت",
                via=[HESPRESS],
            ),
            E(
                "min_others",
                "باقي المواد «لم تتعرض لأي تسريب»",
                "الوزارة",
                MEN,
                ORG,
                "وأوضحت",
                via=[HESPRESS],
            ),
            E(
                "min_noretake",
                "الواقعة «تبقى محدودة ولا تستدعي إعادة الاختبار»",
                "معتبرة",
                MEN,
                ORG,
                "معتبرة",
                via=[HESPRESS],
            ),
            E(
                "min_212",
                "رصد 212 حالة غش على الصعيد الوطني منذ انطلاق الدورة",
                "ومشيرة",
                MEN,
                ORG,
                "ومشيرة",
                via=[HESPRESS],
            ),
            E(
                "cand_6am",
                "الموضوع كان متداولا في مجموعات على «تيليغرام» منذ السادسة صباحا",
                CANDS,
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[HESPRESS],
            ),
            E(
                "hind",
                "وصلني الموضوع كاملا على هاتفي في السادسة والنصف، بالتمارين نفسها التي وجدتها في الورقة",
                HIND,
                "",
                N_PER,
                "وقالت",
                DIRECT,
            ),
            E("dp_deny", "يكون أي مترشح في مراكزها قد صور الموضوع", CHICH, "", ORG, "ونفت", NEG),
            E("dp_phones", "الهواتف «تودع عند مدخل كل قاعة»", "مشيرة", CHICH, ORG, "مشيرة"),
            E("dgsn3", "توقيف ثلاثة أشخاص بمراكش، بينهم مترشح وشقيقه", DGSN, "", ORG, "أعلنت"),
            E(
                "sec_storage",
                "الصور التقطت داخل مركز إقليمي لتخزين الأظرفة، لا في قاعة امتحان",
                SEC285,
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "acad_14300",
                "14 ألفا و300 مترشح اجتازوا اختبار الرياضيات في الجهة",
                KETTANI,
                "",
                N_OFF,
                "وقال",
            ),
            E("acad_8", "مراكز الامتحان فتحت أبوابها «في الثامنة تماما»", KETTANI, "", N_OFF, "وقال"),
            E("acad_sealed", "الأظرفة «وصلت مختومة»", "مضيفا", KETTANI, N_OFF, "مضيفا"),
            E("fne19", "عدد من اجتازوا الاختبار نفسه في الجهة بأكثر من 19 ألف مترشح", FNE, "", ORG, "قدرت"),
            E("fne_retake", "إعادته «حفاظا على تكافؤ الفرص»", "مطالبة", FNE, ORG, "مطالبة", OPT),
            E(
                "pres_phys",
                "موضوعي الفيزياء وعلوم الحياة والأرض «تسربا بدورهما مساء الاثنين»",
                OUAZZANI,
                "",
                N_OFF,
                "أكد",
                alt_types=[N_PER],
            ),
            E(
                "min_src",
                "لجنة مركزية حلت بمراكش «لتتبع مسار الأظرفة من المطبعة إلى القاعات»",
                "مصدر بالوزارة",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[MAP],
            ),
            E(
                "an_cost",
                "تكون الوزارة «تقلل من حجم التسريب لتفادي كلفة تنظيم اختبار جديد»",
                BOUAZZA,
                "",
                N_PER,
                "ويرجح",
            ),
            E("an_chain", "«الثغرة في سلسلة النقل لا في القاعات»", "مضيفا", BOUAZZA, N_PER, "مضيفا"),
        ],
    },
    "r286_marrakech_baccalaureate": {
        "outlet": "الحياة",
        "published": "2029-07-12",
        "entries": [
            E(
                "hd",
                "موضوع «البكالوريا» صور داخل مركز لتخزين الأظرفة قبل الامتحان",
                "الأمن المغربي",
                DGSN,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "min_retake",
                "إعادة اختبار الرياضيات لمترشحي شعبة العلوم التجريبية في جهة مراكش آسفي يوم ١٦ تموز الجاري",
                MEN86,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "dgsn7",
                "ارتفاع عدد الموقوفين إلى سبعة، بينهم موظف في مركز إقليمي لتخزين أظرفة الامتحانات",
                DGSN,
                "",
                ORG,
                "وأكدت فيه",
            ),
            E(
                "dgsn_storage",
                "الموضوع «صور داخل المركز ليلة الامتحان قبل نقله إلى القاعات»",
                DGSN,
                "",
                ORG,
                "وأكدت فيه",
            ),
            E(
                "dgsn_0610",
                "الصور نشرت أول مرة في مجموعة مغلقة على «تيليغرام» عند السادسة وعشر دقائق صباحا",
                "البلاغ",
                DGSN,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E(
                "pros",
                "أحالت خمسة من الموقوفين على قاضي التحقيق في حالة اعتقال، وأخلت سبيل اثنين",
                PROS_MA,
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "cab_newdata",
                "«المعطيات الأمنية الجديدة» حسمت القرار",
                CAB,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[HAYAT],
            ),
            E(
                "cab_nohide",
                "تكون الوزارة «أخفت أي معلومة»",
                "نافيا",
                CAB,
                A_OFF,
                "نافيا",
                NEG,
                ANON,
                via=[HAYAT],
            ),
            E(
                "cab_verified",
                "لجنة مركزية «تحققت من أن موضوعي الفيزياء وعلوم الحياة والأرض لم يتسربا»",
                "المصدر",
                CAB,
                A_OFF,
                "وأكد",
                ANON,
            ),
            E("cab_region", "التسريب «لم يتجاوز حدود جهة مراكش آسفي»", "المصدر", CAB, A_OFF, "وأكد", ANON),
            E(
                "zah_regions",
                "الموضوع «وصل إلى مترشحين في جهتي الدار البيضاء سطات وسوس ماسة قبل الامتحان»",
                ZAHRAOUI,
                "",
                N_OFF,
                "قال",
            ),
            E("zah_notenough", "إعادته في جهة واحدة «لا تكفي»", "معتبرا", ZAHRAOUI, N_OFF, "معتبرا"),
            E(
                "acad_echo",
                "١٤ ألفا و٣٠٠ مترشح اجتازوا الاختبار في الجهة",
                KETTANI86,
                "",
                N_OFF,
                "قد صرح",
                via=["موقع «هسبريس»"],
            ),
            E("fne_less", "أقل من الحقيقي بنحو خمسة آلاف", "النقابة", FNE, ORG, "تقول"),
            E(
                "parents_phys",
                "تملك «ما يثبت» تسرب موضوع الفيزياء أيضا",
                "تنسيقية أولياء التلاميذ",
                "",
                ORG,
                "أكدت",
            ),
            E("lawyer", "موكله «كان في عطلة ليلة الامتحان»", TAHIRI, "", N_PER, "وقال"),
            E(
                "mother",
                "ابنتي رأت الموضوع على هاتف زميلتها قبل دخول القاعة",
                BENALI,
                "",
                N_PER,
                "قالت",
                DIRECT,
                via=[HAYAT],
            ),
            E(
                "min_newpaper",
                "الاختبار المعاد سيجرى «بموضوع جديد أعدته لجنة وطنية»",
                "الوزارة",
                MEN86,
                ORG,
                "ونقلت",
                via=[MAP],
            ),
            E(
                "an_confusion",
                "تراجع الوزارة خلال ٢٤ ساعة «يكشف ارتباكا في تدبير الأزمة»",
                BENCHEKROUN,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_more", "«تتسع دائرة الموقوفين»", "مرجحا", BENCHEKROUN, N_PER, "مرجحا"),
        ],
    },
    "r287_fayoum_qarun": {
        "outlet": "الوطن",
        "published": "2029-07-23",
        "entries": [
            E(
                "hd",
                "أكثر من 150 طنا من الأسماك نفقت في ثلاثة أيام",
                "صيادو قارون",
                LEAGUE,
                ORG,
                ":",
                HEAD,
                alt_types=[A_SRC],
            ),
            E(
                "gov20",
                "كميات الأسماك النافقة التي رفعت من الشاطئ الجنوبي لبحيرة قارون «لا تتجاوز 20 طنا»",
                SHENAWY,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "gov_cause",
                "النفوق إلى «تراجع نسبة الأكسجين الذائب مع موجة الحر، لا إلى أي تلوث»",
                "مرجعا",
                SHENAWY,
                N_OFF,
                "مرجعا",
            ),
            E("gov_start", "الظاهرة «بدأت صباح السبت»", "المحافظ", SHENAWY, N_OFF, "وأضاف"),
            E(
                "gov_ban",
                "وقف الصيد في البحيرة عشرة أيام وصرف تعويض عاجل لـ1200 صياد في مرحلة أولى",
                "معلنا",
                SHENAWY,
                N_OFF,
                "معلنا",
            ),
            E(
                "fish150",
                "ما نفق «يتجاوز 150 طنا» من البلطي والبوري",
                ABOUZEID,
                "",
                N_OFF,
                "أكد",
                FISHER,
                via=[WATAN],
            ),
            E(
                "fish_friday",
                "الأسماك بدأت تطفو منذ فجر الجمعة قرب قرية شكشوك",
                ABOUZEID,
                "",
                N_OFF,
                "أكد",
                FISHER,
                via=[WATAN],
            ),
            E(
                "fish_sewage",
                "مياه صرف صحي غير معالجة تصب في البحيرة عبر مصرف البطس منذ أسبوعين",
                "أبو زيد",
                ABOUZEID,
                N_OFF,
                "وتابع",
                FISHER,
            ),
            E("fish_cause", "هي سبب الكارثة", "أبو زيد", ABOUZEID, N_OFF, "وتابع", FISHER),
            E(
                "fish_warned",
                "الصيادين أبلغوا جهاز شؤون البيئة بتغير لون المياه قبل عشرة أيام «ولم يتحرك أحد»",
                "مشيرا",
                ABOUZEID,
                N_OFF,
                "مشيرا",
                FISHER,
            ),
            E("irr_deny", "وصول أي صرف صحي غير معالج إلى مصرف البطس", IRR, "", ORG, "نفت", NEG),
            E(
                "irr_only",
                "المصرف «لا يحمل سوى مياه الصرف الزراعي ومياه سبقت معالجتها»",
                "موضحة",
                IRR,
                ORG,
                "موضحة",
            ),
            E(
                "env_temp",
                "العينات الأولية أظهرت ارتفاع حرارة المياه إلى 33 درجة مئوية",
                EEAA_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "env_nocomplaint",
                "يكون الجهاز قد تلقى أي بلاغ من الصيادين قبل السبت",
                "نافيا",
                EEAA_SRC,
                A_OFF,
                "نافيا",
                NEG,
                ANON,
            ),
            E(
                "univ_coli",
                "تحاليل معمل الكلية رصدت بكتيريا القولون في عينات من مصب مصرف البطس «بتركيز يفوق الحد المسموح 40 مرة»، وهو «دليل على وصول صرف غير معالج»",
                QALYOUBI,
                "",
                N_PER,
                "وبحسب",
            ),
            E(
                "mp17",
                "17 شخصا نقلوا إلى مستشفى إبشواي المركزي بأعراض تسمم بعد تناولهم أسماكا جمعت من الشاطئ",
                FARGHALY,
                "",
                N_OFF,
                "وقال",
            ),
            E("mp_children", "بين المصابين أربعة أطفال", "مضيفا", FARGHALY, N_OFF, "مضيفا"),
            E(
                "vet_safe",
                "الأسماك المعروضة في أسواق المحافظة «آمنة وتخضع للفحص اليومي»",
                VET,
                "",
                ORG,
                "وطمأنت",
            ),
            E("consumer", "تجنب أسماك البحيرة «حتى ظهور النتائج النهائية»", CONS, "", ORG, "دعت", OPT),
            E("an_both", "النفوق «ربما نتج عن الحرارة والتلوث معا»", ABDELHAFIZ, "", N_PER, "ويرى"),
            E("an_before", "البحيرة «شهدت ظاهرة مشابهة قبل سنوات»", "لافتا", ABDELHAFIZ, N_PER, "لافتا"),
        ],
    },
    "r288_fayoum_fishkill": {
        "outlet": "الأهرام",
        "published": "2029-07-24",
        "entries": [
            E(
                "hd",
                "٣٥ طنا من الأسماك النافقة في قارون والحرارة السبب الرئيسي",
                "البيئة",
                MOE,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "moe35",
                "إجمالي ما جمع من أسماك نافقة في بحيرة قارون منذ بدء الظاهرة بلغ نحو ٣٥ طنا",
                MOE,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "moe_heat",
                "النفوق «بالدرجة الأولى» إلى ارتفاع حرارة المياه ونقص الأكسجين الذائب",
                "مرجعة",
                MOE,
                ORG,
                "مرجعة",
            ),
            E(
                "moe_noind",
                "تحاليل ١٢ عينة من مواقع متفرقة «لم تثبت وجود ملوثات صناعية أو معادن ثقيلة»",
                "الوزارة",
                MOE,
                ORG,
                "وأوضحت",
            ),
            E("fish200", "«ما لا يقل عن ٢٠٠ طن»", ABOUZEID, "", N_OFF, "رفع تقديره", FISHER),
            E(
                "fish_official",
                "الأرقام الرسمية «تحسب ما رفعته المعدات من الشاطئ فقط، لا ما غرق في القاع»",
                "وقال",
                ABOUZEID,
                N_OFF,
                "وقال",
                FISHER,
                via=[AHRAM],
            ),
            E(
                "fish4000",
                "نحو أربعة آلاف صياد فقدوا مصدر رزقهم",
                "مضيفا",
                ABOUZEID,
                N_OFF,
                "مضيفا",
                FISHER,
                via=[AHRAM],
            ),
            E(
                "fish_echo",
                "مياه صرف غير معالجة تصل إلى البحيرة عبر مصرف البطس",
                "أبو زيد",
                ABOUZEID,
                N_OFF,
                "قد أكد",
                FISHER,
                via=["صحيفة «الوطن»"],
            ),
            E(
                "hcww_half",
                "محطة معالجة في مركز إبشواي «تعمل بنصف طاقتها منذ مطلع الشهر بسبب عطل في المضخات»",
                HCWW,
                "",
                A_OFF,
                "أقر",
                ANON,
                via=[AHRAM],
            ),
            E(
                "hcww_untreated",
                "جزءا من مياهها «يصرف إلى مصرف البطس دون معالجة كاملة»",
                HCWW,
                "",
                A_OFF,
                "أقر",
                ANON,
                via=[AHRAM],
            ),
            E("irr_full", "المحطة «تعمل بكامل طاقتها»", SEROUGI, "", N_OFF, "قال"),
            E("irr_samples", "عينات الوزارة من المصرف «مطابقة للمعايير»", "مؤكدا", SEROUGI, N_OFF, "مؤكدا"),
            E("health_none", "«لم تسجل أي حالة تسمم مرتبطة بأسماك البحيرة»", HEALTH, "", ORG, "وأعلنت"),
            E("mp_echo", "نقل ١٧ شخصا إلى مستشفى إبشواي المركزي", "النائب عماد فرغلي", "", N_OFF, "قاله"),
            E("health_markets", "عينات أسماك الأسواق «خالية من التلوث»", "المديرية", HEALTH, ORG, "وأكدت"),
            E("agency_north", "«الجزء الشمالي من البحيرة لم يسجل فيه أي نفوق»", DEMERDASH, "", N_OFF, "وقال"),
            E(
                "agency_2300",
                "عدد الصيادين المرخص لهم في قارون يبلغ ٢٣٠٠ صياد",
                "مشيرا",
                DEMERDASH,
                N_OFF,
                "مشيرا",
            ),
            E(
                "agency_fry",
                "الجهاز سيطلق مليوني زريعة فور تحسن جودة المياه",
                "مشيرا",
                DEMERDASH,
                N_OFF,
                "مشيرا",
            ),
            E("shak_smell", "رائحة كريهة تغطي القرية منذ أيام", SHAK, "", A_SRC, "وتحدث", ANON, via=[AHRAM]),
            E(
                "shak_nocomp",
                "الجمعيات «لم تتسلم أي تعويض حتى الآن»",
                "قائلين",
                SHAK,
                A_SRC,
                "قائلين",
                ANON,
                via=[AHRAM],
            ),
            E("an_notheat", "«الحرارة وحدها لا تقتل هذه الكميات»", QASABI, "", N_PER, "ويرى"),
            E("an_decisive", "يكون الصرف غير المعالج «العامل الحاسم»", "مرجحا", QASABI, N_PER, "مرجحا"),
        ],
    },
}

_NOGAS = ("r283.pol_nogas", "r284.dgsn_nogas")
_GAS = ("r283.fans_gas", "r283.wit_gas", "r283.hosp_gas", "r284.surv_gas", "r284.surv_after", "r284.hd")
_NOSEWAGE = ("r287.irr_deny", "r287.irr_only")
_SEWAGE = ("r287.fish_sewage", "r288.fish_echo", "r287.univ_coli", "r288.hcww_untreated")

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Oran: the toll (3 dead, then 4 after a death on Friday, against 5 bodies in one morgue and 7 at least)
        ("r283.hd", "r283.hosp5"),
        ("r283.cp3", "r283.hosp5"),
        ("r283.hd", "r283.fans7"),
        ("r283.cp3", "r283.fans7"),
        ("r283.hd", "r284.hosp_echo"),  # the medical source as recalled the next day
        ("r283.cp3", "r284.hosp_echo"),
        ("r283.hd", "r284.fans_echo"),  # the fans' figure as recalled the next day
        ("r283.cp3", "r284.fans_echo"),
        ("r284.moh4", "r283.hosp5"),  # 5 bodies on Thursday night vs 4 dead by Saturday
        ("r284.moh4", "r284.hosp_echo"),
        ("r284.moh4", "r283.fans7"),
        ("r284.moh4", "r284.fans_echo"),
        # tear gas: "none used at all" vs gas fired into the queue / casualties treated for gas
        *[(a, b) for a in _NOGAS for b in _GAS],
        # the gates: all twelve open until kick-off vs the north gate shut about two hours before
        ("r283.dir_open", "r283.wit_closed"),
        ("r283.dir_open", "r284.zitouni"),
        ("r283.dir_open", "r284.comm_cctv"),
        ("r283.dir_open", "r284.min_3gates"),
        # spectators, forged tickets, kick-off
        ("r283.faf38", "r283.sec52"),
        ("r283.faf_nofake", "r284.pros9"),  # forgery "impossible" vs nine remanded for selling forged tickets
        ("r283.wali_delay", "r284.faf_ontime"),  # 40 minutes late vs on time
        # --- Marrakech: when the paper got out (37 minutes after the start vs before the exam)
        ("r285.min_37", "r285.cand_6am"),
        ("r285.min_37", "r285.hind"),
        ("r285.min_37", "r286.dgsn_0610"),
        ("r285.min_37", "r286.mother"),
        # where it was photographed: by a candidate in an exam room in Chichaoua vs elsewhere / before the exam
        ("r285.min_room", "r285.dp_deny"),
        ("r285.min_room", "r285.sec_storage"),
        ("r285.min_room", "r285.an_chain"),
        ("r285.min_room", "r286.dgsn_storage"),
        ("r285.min_room", "r286.hd"),  # headline copy of the storage centre
        ("r285.min_room", "r286.dgsn_0610"),  # a photo from the exam room cannot be online at 6:10
        ("r285.min_room", "r285.cand_6am"),
        ("r285.min_room", "r285.hind"),
        ("r285.min_room", "r286.mother"),
        # the other subjects
        ("r285.min_others", "r285.pres_phys"),
        ("r285.min_others", "r286.parents_phys"),
        ("r286.cab_verified", "r285.pres_phys"),
        ("r286.cab_verified", "r286.parents_phys"),
        # other regions
        ("r286.cab_region", "r286.zah_regions"),
        # candidates who sat the paper in the region: 14,300 vs more than 19,000 / about 5,000 more
        ("r285.acad_14300", "r285.fne19"),
        ("r285.acad_14300", "r286.fne_less"),
        ("r286.acad_echo", "r285.fne19"),  # the director's figure as recalled the next day
        ("r286.acad_echo", "r286.fne_less"),
        # --- Fayoum: how much fish died
        ("r287.gov20", "r287.fish150"),
        ("r287.gov20", "r287.hd"),
        ("r288.moe35", "r287.fish150"),  # more than 150 on Monday vs about 35 in all on Tuesday
        ("r288.moe35", "r287.hd"),
        ("r288.moe35", "r288.fish200"),
        ("r288.hd", "r287.fish150"),
        ("r288.hd", "r287.hd"),
        ("r288.hd", "r288.fish200"),
        # when it began
        ("r287.gov_start", "r287.fish_friday"),
        # the cause: oxygen and heat, no pollution vs the sewage
        ("r287.gov_cause", "r287.fish_cause"),
        ("r287.gov_cause", "r288.an_notheat"),
        ("r288.moe_heat", "r287.fish_cause"),
        ("r288.hd", "r287.fish_cause"),
        # untreated sewage in the El Bats drain
        *[(a, b) for a in _NOSEWAGE for b in _SEWAGE],
        ("r288.irr_samples", "r287.univ_coli"),
        ("r288.irr_full", "r288.hcww_half"),
        # the fishermen's warning, and poisoning
        ("r287.env_nocomplaint", "r287.fish_warned"),
        ("r288.health_none", "r287.mp17"),
        ("r288.health_none", "r288.mp_echo"),
    ],
    "agreements": [
        ("r283.wit_gas", "r283.fans_gas"),  # gas fired at the crowd
        ("r283.wit_gas", "r284.surv_gas"),
        ("r283.hosp_gas", "r284.surv_gas"),
        ("r283.wit_closed", "r284.comm_cctv"),  # the north gate shut about two hours before the match
        ("r284.zitouni", "r284.comm_cctv"),
        ("r283.sec_fake", "r284.pros9"),  # forged tickets sold around the stadium
        ("r285.cand_6am", "r286.dgsn_0610"),  # on Telegram soon after six in the morning
        ("r285.hind", "r286.dgsn_0610"),
        ("r285.cand_6am", "r286.mother"),  # seen before the exam
        ("r285.dp_deny", "r285.sec_storage"),  # not photographed in an exam room
        ("r285.sec_storage", "r285.an_chain"),  # the breach is in the chain of envelopes
        ("r287.gov_cause", "r288.moe_heat"),  # heat and oxygen
        ("r287.fish_sewage", "r287.univ_coli"),  # untreated sewage reaches the lake
        ("r287.fish_sewage", "r288.hcww_untreated"),
        ("r287.univ_coli", "r288.hcww_untreated"),
        ("r287.fish_cause", "r288.an_decisive"),  # the sewage as the (decisive) cause
        ("r287.vet_safe", "r288.health_markets"),  # fish on sale is safe
    ],
    "echoes": [
        ("r283.hosp5", "r284.hosp_echo"),  # the medical source's words to Echorouk, recalled
        ("r283.fans7", "r284.fans_echo"),  # the fans' Facebook figure, recalled
        ("r285.acad_14300", "r286.acad_echo"),  # the academy director's words to Hespress, recalled
        ("r287.fish_sewage", "r288.fish_echo"),  # the fishermen's head's words to El Watan, recalled
        ("r287.mp17", "r288.mp_echo"),  # the MP's figure, recalled
    ],
    "not_contradictions": [
        ("r283.cp3", "r284.moh4"),  # 3 on Thursday night, 4 after an injured man died on Friday
        ("r283.hd", "r284.moh4"),
        ("r283.hosp5", "r283.fans7"),  # five bodies in one morgue before midnight vs at least seven in all
        ("r283.cp_crit", "r284.moh_obs"),  # 11 critical on Thursday night vs 3 serious on Saturday
        ("r283.cp3", "r284.moh_obs"),  # 68 injured = 51 discharged + 16 still watched + 1 who died
        ("r284.crescent", "r283.cp3"),  # first aid to 120+ on the spot vs 68 injured
        ("r284.dgsn14", "r284.pros9"),  # 14 held for storming the gate vs 9 remanded for forged tickets
        ("r283.wali_delay", "r284.faf_notinf"),  # a late kick-off vs no death reported to the federation
        ("r285.min_noretake", "r286.min_retake"),  # no retake on Wednesday morning, a retake that evening
        ("r285.hd", "r286.min_retake"),
        ("r285.dgsn3", "r286.dgsn7"),  # arrests rose from 3 to 7
        ("r286.dgsn7", "r286.pros"),  # 5 of the 7 referred, 2 released
        ("r285.cand_6am", "r285.acad_8"),  # circulating at six vs centres opening at eight
        ("r285.min_212", "r285.dgsn3"),  # cheating cases nationwide vs three arrests in Marrakech
        ("r287.fish150", "r288.fish200"),  # the fishermen's estimate rose
        ("r287.gov_ban", "r287.vet_safe"),  # fishing stopped on the lake vs fish on sale safe
        ("r287.gov_ban", "r288.agency_2300"),  # 1,200 compensated in a first stage vs 2,300 licensed
        ("r288.agency_2300", "r288.fish4000"),  # licensed fishermen vs all who lost their living
        ("r288.moe35", "r288.fish_official"),  # what was collected vs what sank
        ("r288.moe_heat", "r288.an_notheat"),  # heat "first of all" vs "heat alone" cannot
        ("r288.agency_north", "r287.fish_friday"),  # the northern part vs near Shakshouk on the south shore
        ("r288.moe_noind", "r287.univ_coli"),  # no industrial pollutants vs coliform bacteria
        ("r287.gov_ban", "r288.shak_nocomp"),  # compensation announced vs none received yet
    ],
}

# --- layout ---------------------------------------------------------------------------------------------------

YEAR, MONTH = 2029, 7
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # date.weekday() order
WEEKDAY_RE = re.compile(r"(?<![\u0621-\u064a])[وبلف]?(" + "|".join(WEEKDAYS) + r")(?![\u0621-\u064a])")
TODAY_RE = re.compile(r"اليوم (" + "|".join(WEEKDAYS) + r")(?![\u0621-\u064a])")
INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
WORDS = (320, 335)

# digits, the outlet as the dateline names it, the month as the outlet writes it, and every weekday named (day)
LAYOUT: dict[str, dict[str, Any]] = {
    "r283_oran_stadium": {
        "digits": "western",
        "dateline": SHOROUK,
        "month": "جويلية",
        "weekdays": {"الخميس": 5, "الجمعة": 6},
    },
    "r284_oran_stampede": {
        "digits": "indic",
        "dateline": ASHARQ,
        "month": "يوليو (تموز)",
        "weekdays": {"الخميس": 5, "الجمعة": 6, "السبت": 7},
    },
    "r285_marrakech_exam": {
        "digits": "western",
        "dateline": HESPRESS,
        "month": "يوليوز",
        "weekdays": {"الاثنين": 9, "الثلاثاء": 10, "الأربعاء": 11},
    },
    "r286_marrakech_baccalaureate": {
        "digits": "indic",
        "dateline": HAYAT,
        "month": "تموز (يوليو)",
        "weekdays": {"الأربعاء": 11, "الخميس": 12},
    },
    "r287_fayoum_qarun": {
        "digits": "western",
        "dateline": WATAN,
        "month": "يوليو",
        "weekdays": {"الجمعة": 20, "السبت": 21, "الاثنين": 23},
    },
    "r288_fayoum_fishkill": {
        "digits": "indic",
        "dateline": AHRAM,
        "month": "يوليو",
        "weekdays": {"الاثنين": 23, "الثلاثاء": 24},
    },
}
PAIRS = [
    ("r283_oran_stadium", "r284_oran_stampede"),
    ("r285_marrakech_exam", "r286_marrakech_baccalaureate"),
    ("r287_fayoum_qarun", "r288_fayoum_fishkill"),
]
STORY = {article_number(name): i for i, pair in enumerate(PAIRS) for name in pair}


def digits(s: str, kind: str) -> str:
    return s.translate(str.maketrans("0123456789", INDIC)) if kind == "indic" else s


def text_of(name: str) -> str:
    return (HERE / f"{name}.txt").read_text(encoding="utf-8")


def published(name: str) -> datetime.date:
    return datetime.date.fromisoformat(ARTICLES[name]["published"])


def check_layout() -> None:
    """Layout, dateline, word range, digits, dates and weekdays of every article, and the gap within each pair."""
    problems = []
    for name, lay in LAYOUT.items():
        text, pub = text_of(name), published(name)
        say = lambda msg, name=name: problems.append(f"{name}: {msg}")  # noqa: E731
        if (pub.year, pub.month) != (YEAR, MONTH):
            say(f"published {pub} is not in July {YEAR}")
        if not text.endswith("\n") or text.endswith("\n\n") or "\r" in text or "\t" in text:
            say("must end with exactly one newline and hold no CR or tab")
        paras = text[:-1].split("\n\n")
        if len(paras) < 3:
            say("fewer than three paragraphs")
        for i, p in enumerate(paras):
            if not p or "\n" in p or p != p.strip() or "  " in p:
                say(f"paragraph {i + 1} is empty, spans lines, or has stray spaces")
        n = len(text.split())
        if not WORDS[0] <= n <= WORDS[1]:
            say(f"{n} words, outside {WORDS}")
        if any(c in PERSIAN for c in text):
            say("Persian digits")
        if lay["digits"] == "indic" and re.search("[0-9]", text):
            say("Western digits in an Arabic-Indic article")
        if lay["digits"] == "western" and any(c in INDIC for c in text):
            say("Arabic-Indic digits in a Western-digit article")
        head = paras[1].split(":", 1)[0] if len(paras) > 1 and ":" in paras[1] else ""
        stamp = f"{WEEKDAYS[pub.weekday()]} {digits(str(pub.day), lay['digits'])} {lay['month']} "
        stamp += digits(str(pub.year), lay["digits"])
        if lay["dateline"] not in head or stamp not in head:
            say(f"dateline before the first colon of paragraph 2 lacks {lay['dateline']} or «{stamp}»")
        named = {m.group(1) for m in WEEKDAY_RE.finditer(text)}
        if named != set(lay["weekdays"]):
            say(f"weekdays named {sorted(named)} differ from those declared {sorted(lay['weekdays'])}")
        for wd, day in lay["weekdays"].items():
            d = datetime.date(YEAR, MONTH, day)
            if WEEKDAYS[d.weekday()] != wd:
                say(f"{wd} declared for {d}, which is a {WEEKDAYS[d.weekday()]}")
            if d > pub:
                say(f"{wd} {d} falls after publication")
        if lay["weekdays"].get(WEEKDAYS[pub.weekday()]) != pub.day:
            say("the publication day is not among the declared weekdays")
        for m in TODAY_RE.finditer(text):
            if m.group(1) != WEEKDAYS[pub.weekday()]:
                say(f"«اليوم {m.group(1)}» is not the publication day")
    for a, b in PAIRS:
        gap = abs((published(b) - published(a)).days)
        if gap not in (1, 2):
            problems.append(f"{a}/{b}: {gap} days apart")
        if LAYOUT[a]["digits"] == LAYOUT[b]["digits"]:
            problems.append(f"{a}/{b}: same digits")
    if problems:
        raise SystemExit("check_layout:\n  " + "\n  ".join(problems))


def check_counts() -> None:
    """20–23 entries an article; relations within one story, none with an optional entry; totals per kind."""
    problems = []
    labels: dict[str, dict[str, Any]] = {}
    for name, art in ARTICLES.items():
        n = len(art["entries"])
        if not 20 <= n <= 23:
            problems.append(f"{name}: {n} entries")
        for label, *_, extra in art["entries"]:
            labels[f"{article_number(name)}.{label}"] = extra
    for kind, pairs in RELATIONS.items():
        for a, b in pairs:
            for x in (a, b):
                if x not in labels:
                    problems.append(f"{kind}: unknown label {x}")
                elif labels[x].get("optional"):
                    problems.append(f"{kind}: optional entry {x}")
            if STORY[a.split(".")[0]] != STORY[b.split(".")[0]]:
                problems.append(f"{kind}: {a} and {b} belong to different stories")
    bounds = {
        "contradictions": (60, 80),
        "agreements": (12, 999),
        "echoes": (3, 6),
        "not_contradictions": (17, 23),
    }
    for kind, (lo, hi) in bounds.items():
        n = len(RELATIONS.get(kind, []))
        if not lo <= n <= hi:
            problems.append(f"{n} {kind}, outside {lo}–{hi}")
    if problems:
        raise SystemExit("check_counts:\n  " + "\n  ".join(problems))


# --- statistics -------------------------------------------------------------------------------------------------


def _spots(text: str, part: str) -> list[int]:
    out, i = [], text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


def cue_gap(text: str, row: dict[str, Any]) -> int:
    """Characters between the claim and the nearest occurrence of its cue (0 when they touch or overlap)."""
    cs, ce, best = row["claim_start"], row["claim_end"], None
    for p in _spots(text, row["cue"]):
        q = p + len(row["cue"])
        gap = cs - q if q <= cs else (p - ce if p >= ce else 0)
        best = gap if best is None else min(best, gap)
    return best if best is not None else -1


def stats(gold: dict[str, Any]) -> None:
    rows_all = [r for a in gold["articles"] for r in a["attributions"]]
    print("words:", {a["id"]: len(text_of(a["id"]).split()) for a in gold["articles"]})
    print("attributions:", len(rows_all), {a["id"]: len(a["attributions"]) for a in gold["articles"]})
    print("kinds:", dict(Counter(r["kind"] for r in rows_all)))
    print("types:", dict(Counter(r["type"] for r in rows_all).most_common()))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows_all),
        "negated:",
        sum(r["polarity"] == "negated" for r in rows_all),
        "optional:",
        sum(r["optional"] for r in rows_all),
        "with via:",
        sum(bool(r["via"]) for r in rows_all),
        "with alt_types:",
        sum(bool(r["alt_types"]) for r in rows_all),
    )
    rel = gold["relations"]
    print("relations:", {k: len(v) for k, v in rel.items()})
    for i, pair in enumerate(PAIRS):
        nums = {article_number(n) for n in pair}
        per = {k: sum(a.split("-")[0] in nums for a, _ in v) for k, v in rel.items()}
        print(f"  story {i + 1} ({' / '.join(pair)}):", per)
    print(
        "  across the two files of a pair:",
        {k: sum(a.split("-")[0] != b.split("-")[0] for a, b in v) for k, v in rel.items()},
    )
    warnings = 0
    for a in gold["articles"]:
        text = text_of(a["id"])
        for r in a["attributions"]:
            gap = cue_gap(text, r)
            if gap > 150:
                warnings += 1
                print(f"WARNING {r['id']}: claim {gap} characters from its cue «{r['cue']}»")
            for v in r["via"]:
                if v not in text:
                    warnings += 1
                    print(f"WARNING {r['id']}: via {v} not in the text")
            spots = _spots(text, r["speaker"])
            if len(spots) > 1:
                k = spots.index(r["speaker_start"]) + 1
                after = text[r["speaker_end"] : r["speaker_end"] + 25].replace("\n", " ")
                print(f"  speaker {r['id']} «{r['speaker']}»: occurrence {k} of {len(spots)}, then «{after}»")
    print("warnings:", warnings)


if __name__ == "__main__":
    check_layout()
    check_counts()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    if "--stats" in sys.argv[1:]:
        stats(gold)
    else:
        write(HERE, gold)
