"""Writes gold.json for relations set 34 (r199..r204) from the annotations below (`python3 tests/data/relations34/make_gold.py`).

Each entry has a label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks
every offset.
"""

from __future__ import annotations

import sys
from itertools import product
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

# r199/r200: Brega oil port (Libya), a sit-in that closed the port
PFG = "جهاز حرس المنشآت النفطية"
BUKHTWA = "المتحدث باسم الجهاز، العقيد سالم بوخطوة"
BUKHTWA200 = "الناطق باسم جهاز حرس المنشآت النفطية، العقيد سالم بوخطوة"
BUSHNAF = "ونيس بوشناف، أحد منظمي الاعتصام"
BUSHNAF200 = "المتحدث باسم المعتصمين في ميناء البريقة النفطي، ونيس بوشناف"
NOC = "المؤسسة الوطنية للنفط"
MIN_E = "وزارة النفط والغاز في الحكومة المكلفة من مجلس النواب"
GNU = "حكومة الوحدة الوطنية في طرابلس"
ARFI = "الناطق باسم القيادة العامة، اللواء فتحي العرفي"
ARFI200 = "اللواء فتحي العرفي، الناطق باسم القيادة العامة"
SIRTE = "شركة سرت لإنتاج وتصنيع النفط والغاز"
ELDERS = "أعيان قبيلة المغاربة"
NAV = "مصادر ملاحية"
REUT = "وكالة رويترز"
AJ = "«العربي الجديد»"
DPA = "وكالة الأنباء الألمانية"
# r201/r202: the Jordanian north-eastern border, a clash with smugglers and a disputed air strike
ARMY = "القوات المسلحة الأردنية"
ARMYSRC = "مصدر عسكري في القيادة العامة للجيش الأردني"
PETRA = "وكالة الأنباء الأردنية (بترا)"
SOHR = "المرصد السوري لحقوق الإنسان"
MUTLAQ = "الشيخ عواد المطلق، أحد وجهاء العشائر في البادية السورية"
SY_MOI = "وزارة الداخلية السورية"
OMOUSH = "الناطق الرسمي باسم الحكومة الأردنية، الوزير باسل العموش"
SARC = "الهلال الأحمر العربي السوري"
SKY = "«سكاي نيوز عربية»"
# r203/r204: al-Mughayyir (Ramallah), a settler attack
MOH = "وزارة الصحة الفلسطينية"
SHALABI = "رئيس مجلس قروي المغير، عادل شلبي"
IDF = "الجيش الإسرائيلي"
COMM = "هيئة مقاومة الجدار والاستيطان"
YESHA = "مجلس المستوطنات في الضفة الغربية «يشع»"
ISR_POL = "الشرطة الإسرائيلية"
QUDS = "«القدس العربي»"
AA = "الأناضول"

ARTICLES: dict[str, dict[str, Any]] = {
    "r199_brega_oil_port": {
        "outlet": "العربي الجديد",
        "published": "2028-05-04",
        "entries": [
            E("hd", "استعدنا السيطرة على ميناء البريقة", "حرس المنشآت النفطية", PFG, ORG, ":", HEAD),
            E("pfg_control", "استعادة السيطرة الكاملة على ميناء البريقة النفطي شرقي ليبيا", PFG, "", ORG, "أعلن"),
            E("pfg_armed", "المقتحمين «كانوا يحملون رشاشات متوسطة»", BUKHTWA, "", N_OFF, "وقال", via=[AJ]),
            E("pfg_started", "بادروا بإطلاق النار على البوابة الشمالية", BUKHTWA, "", N_OFF, "وقال", via=[AJ]),
            E("pfg_nodead", "سقوط أي قتيل في صفوف الحراس", "نافيا", BUKHTWA, N_OFF, "نافيا", NEG, via=[AJ]),
            E("pfg_2wounded", "اثنين منهم أصيبا بجروح طفيفة", "ومضيفا", BUKHTWA, N_OFF, "ومضيفا", via=[AJ]),
            E("prot_inside", "عشرات الشبان «ما زالوا داخل الميناء قرب خزانات التخزين»", "ونيس بوشناف", BUSHNAF,
              N_PER, "قال", alt_types=[N_OFF]),
            E("prot_peaceful", "تحركهم «سلمي، ولم يحمل أي مشارك فيه سلاحا»", "مؤكدا", BUSHNAF, N_PER, "مؤكدا",
              alt_types=[N_OFF]),
            E("prot_fired_first", "الحراس بأنهم «هم من أطلقوا النار أولا لتفريق العاطلين عن العمل»", "واتهم", BUSHNAF,
              N_PER, "واتهم", alt_types=[N_OFF]),
            E("med", "وصول جثة حارس وخمسة جرحى من الحرس إلى قسم الطوارئ ليلا", "مصدر طبي في مستشفى أجدابيا", "",
              A_OFF, "وأفاد", ANON, alt_types=[A_SRC]),
            E("noc_halt", "توقف الشحنات من البريقة وتفعيل بند «القوة القاهرة»", NOC, "", ORG, "أعلنت"),
            E("noc_90k", "الخسائر بنحو 90 ألف برميل يوميا", "وقدرت", NOC, ORG, "وقدرت"),
            E("noc_april", "إنتاج البلاد بلغ 1.42 مليون برميل يوميا", "المؤسسة", NOC, ORG, "قد أعلنت"),
            E("minE", "«التصدير من البريقة لم يتوقف ولو لساعة»", MIN_E, "", ORG, "قالت", alt_types=[DOC]),
            E("nav_left", "ناقلة ترفع علم مالطا غادرت الرصيف فارغة صباح الخميس", NAV, "", A_SRC, "نقلا عن", ANON,
              via=[REUT]),
            E("gnu_accuse", "القيادة العامة بـ«الوقوف وراء إغلاق الميناء لابتزاز الدولة»", GNU, "", ORG, "اتهمت"),
            E("lna_deny", "أي صلة لقواته بالمعتصمين", ARFI, "", N_OFF, "نفى", NEG),
            E("union_evac", "إجلاء نحو 200 عامل من الميناء إلى أجدابيا", "الاتحاد العام لعمال النفط", "", ORG, "وتحدث"),
            E("sirte_noevac", "موظفيها «لم يغادروا مواقعهم»", SIRTE, "", ORG, "أكدت"),
            E("sirte_nodamage", "المنشآت «لم تتعرض لأي أضرار»", SIRTE, "", ORG, "أكدت"),
            E("wit_smoke", "رأوا دخانا كثيفا يتصاعد من أحد الخزانات قرابة منتصف الليل", "شهود عيان", "", A_SRC, "قالوا",
              ANON),
            E("elders_agree", "التوصل إلى اتفاق مع المعتصمين ينهي الاعتصام خلال 48 ساعة", ELDERS, "", ORG, "وأعلن",
              alt_types=[A_SRC]),
            E("an", "يكون الإغلاق «ورقة ضغط في الصراع على توزيع العائدات»",
              "الباحث الليبي في شؤون الطاقة عماد الفرجاني", "", N_PER, "ويرجح"),
        ],
    },
    "r200_brega_sit_in": {
        "outlet": "وكالة الأنباء الألمانية (د ب أ)",
        "published": "2028-05-06",
        "entries": [
            E("hd", "ما زلنا داخل الميناء", "متحدث باسم معتصمي البريقة", BUSHNAF200, N_OFF, ":", HEAD,
              alt_types=[N_PER, A_OFF]),
            E("prot_inside2", "نحو ١٥٠ شابا «ما زالوا يعتصمون داخل الميناء منذ مساء الأربعاء»", BUSHNAF200, "", N_OFF,
              "جدد", alt_types=[N_PER]),
            E("prot_nosign", "التوصل إلى أي اتفاق مع أعيان المنطقة", "نافيا", BUSHNAF200, N_OFF, "نافيا", NEG,
              alt_types=[N_PER]),
            E("prot_noarrest", "«أحدا من المعتصمين لم يعتقل»", "بوشناف", BUSHNAF200, N_OFF, "وأضاف",
              alt_types=[N_PER], via=[DPA]),
            E("prot_demands", "مطالبهم «لا تتجاوز التوظيف وتحسين الخدمات في المدينة»", "بوشناف", BUSHNAF200, N_OFF,
              "وأضاف", alt_types=[N_PER], via=[DPA]),
            E("pfg_control2", "الميناء «تحت سيطرتنا الكاملة منذ فجر الخميس»", BUKHTWA200, "", N_OFF, "أكد"),
            E("pfg_arrest9", "عناصره أوقفوا ٩ من المقتحمين", BUKHTWA200, "", N_OFF, "أكد"),
            E("pfg_tank", "الخزان رقم ٤ «تضرر جزئيا بنيران أشعلها المقتحمون»", "مقرا", BUKHTWA200, N_OFF, "مقرا"),
            E("pfg_1died", "حارسا واحدا توفي متأثرا بجروحه مساء الجمعة، «وهو القتيل الوحيد في صفوفنا»", "الجهاز",
              "جهاز حرس المنشآت النفطية", ORG, "وأعلن", alt_types=[DOC]),
            E("hosp", "ارتفعت حصيلة قتلى الحرس إلى اثنين، وبلغ عدد جرحاهم ٧", "إدارة مستشفى أجدابيا", "", ORG,
              "حسب"),
            E("video_armed", "مسلحين ملثمين يحملون رشاشات عند البوابة الشمالية للميناء ليلة الاقتحام",
              "مقطع مصور نشره الجهاز على صفحته", "", DOC, "وأظهر"),
            E("noc_130k", "تقديرها لخسائر الإغلاق إلى ١٣٠ ألف برميل يوميا", NOC, "", ORG, "ورفعت"),
            E("noc_anchored", "الناقلة المالطية «ما زالت راسية قبالة الميناء بانتظار استئناف التحميل»", "مؤكدة", NOC,
              ORG, "مؤكدة"),
            E("nav_recalled", "الناقلة غادرت الرصيف فارغة", NAV, "", A_SRC, "قد نقلت", ANON, via=[REUT]),
            E("minE2", "التصدير من البريقة «مستمر بشكل طبيعي»", MIN_E, "", ORG, "فجددت"),
            E("gnu_money", "المعتصمين بتلقي «أموال من جهات عسكرية في الشرق»",
              "وزير النفط في حكومة الوحدة الوطنية، مصطفى بن عمران", "", N_OFF, "اتهم"),
            E("lna_deny2", "أي علاقة لقواته بالاعتصام", ARFI200, "", N_OFF, "نفى", NEG),
            E("sec_escort", "عربات مسلحة تابعة لكتيبة موالية للقيادة العامة رافقت المعتصمين ليلة الاقتحام",
              "مصدرا أمنيا في أجدابيا", "", A_OFF, "أكد", ANON),
            E("worker_bus", "نقلتنا شركة سرت بالحافلات إلى أجدابيا قبيل منتصف ليل الأربعاء", "عامل في الميناء", "",
              A_SRC, "وقال", ANON, DIRECT),
            E("elders_recalled", "اتفاقا مع المعتصمين لإنهاء الاعتصام", ELDERS, "", ORG, "قد أعلنوا",
              alt_types=[A_SRC]),
            E("an", "استمرار الإغلاق «قد يدفع المؤسسة إلى خفض الإنتاج في الحقول المرتبطة بالميناء»",
              "المحلل الاقتصادي الليبي نوري الزوي", "", N_PER, "ويرى"),
        ],
    },
    "r201_ruwaished_smugglers": {
        "outlet": "رويترز",
        "published": "2028-05-15",
        "entries": [
            E("hd", "مقتل 7 مهربين في اشتباك على الحدود مع سوريا", "الجيش الأردني", ARMY, ORG, ":", HEAD),
            E("army_clash",
              "وحدات من حرس الحدود اشتبكت فجر الاثنين في المنطقة الشرقية مع مجموعة مسلحة حاولت إدخال شحنة ضخمة من الحبوب المخدرة عبر الساتر الترابي",
              ARMYSRC, "", A_OFF, "قال", ANON, via=[PETRA]),
            E("army_7", "«مقتل سبعة مهربين، فيما لاذ الباقون بالفرار نحو الجانب السوري»", ARMYSRC, "", A_OFF, "قال", ANON,
              via=[PETRA]),
            E("army_started", "المهربين «بادروا بإطلاق النار على الدورية»", "المصدر", ARMYSRC, A_OFF, "وأضاف", ANON,
              via=[PETRA]),
            E("army_noloss", "عدم وقوع إصابات في صفوف القوات", "مؤكدا", ARMYSRC, A_OFF, "مؤكدا", ANON, via=[PETRA]),
            E("army_drone", "إسقاط طائرة مسيرة كانت تحمل 4 كيلوغرامات من الحشيش", "ومشيرا", ARMYSRC, A_OFF, "ومشيرا",
              ANON, via=[PETRA]),
            E("sec_5", "عدد القتلى 5", "مصدرين أمنيين أردنيين", "", A_OFF, "أبلغا", ANON, via=["رويترز"]),
            E("med_soldier", "جنديا أردنيا نقل إلى عمان مصابا بطلق ناري في البطن",
              "مصدر طبي في مستشفى الرويشد الحكومي", "", A_OFF, "وأفاد", ANON, alt_types=[A_SRC]),
            E("sohr_4", "القتلى بأنهم «4 رعاة من أبناء عشائر البادية» كانوا يرعون أغنامهم قرب الساتر الترابي", SOHR,
              "", ORG, "وصف"),
            E("elder_shep", "الضحايا «كانوا يبحثون عن إبل ضلت طريقها»", "الشيخ عواد المطلق", MUTLAQ, N_PER, "وقال",
              alt_types=[N_OFF], via=["رويترز"]),
            E("elder_unarmed", "«لم يكن بحوزتهم سلاح»", "مضيفا", MUTLAQ, N_PER, "مضيفا", alt_types=[N_OFF],
              via=["رويترز"]),
            E("act_strike", "غارة جوية استهدفت فجرا مزرعة على بعد نحو 15 كيلومترا داخل الأراضي السورية",
              "ناشطون في البادية", "", A_SRC, "وتحدث", ANON),
            E("army_nostrike", "تنفيذ أي ضربة خارج حدود المملكة", "المصدر العسكري الأردني", ARMYSRC, A_OFF, "نفى",
              ANON, NEG),
            E("res_fled", "عشرات العائلات غادرت مضاربها نحو الشمال خشية غارات جديدة", "سكان من المنطقة", "", A_SRC,
              "وقال", ANON, via=["رويترز"]),
            E("mp_planes", "أهالي الرويشد «سمعوا أزيز طائرات حربية فوق الشريط الحدودي قبيل الفجر»",
              "النائب عن دائرة بدو الشمال سليمان الزبن", "", N_OFF, "وروى"),
            E("sy_agree",
              "لجنة أمنية مشتركة مع الأردن اتفقت الأسبوع الماضي على تبادل المعلومات حول شبكات التهريب", SY_MOI, "",
              ORG, "أعلنت"),
            E("sy_notinformed", "لم تبلغ مسبقا بالعملية", "موضحة", SY_MOI, ORG, "موضحة"),
            E("sy_arrest3", "دورياتها اعتقلت 3 من الفارين", "موضحة", SY_MOI, ORG, "موضحة"),
            E("jgov_pledge", "المملكة «ستتعامل بحزم مع كل من يعبث بأمن حدودها»",
              "وزير الاتصال الحكومي الأردني باسل العموش", "", N_OFF, "وقال", OPT),
            E("army_ytd", "إحباط 23 محاولة تهريب منذ مطلع العام", ARMY, "", ORG, "قد أعلنت"),
            E("an", "المهربين «ربما استغلوا موجة الغبار التي غطت المنطقة ليلا»",
              "الخبير العسكري الأردني العميد المتقاعد حسن الرقاد", "", N_PER, "ويرجح"),
        ],
    },
    "r202_ruwaished_air_strike": {
        "outlet": "سكاي نيوز عربية",
        "published": "2028-05-17",
        "entries": [
            E("hd", "غارة أردنية قتلت ٥ من عائلة واحدة في البادية", "الداخلية السورية", SY_MOI, ORG, ":", HEAD),
            E("symoi_strike", "سلاح الجو الأردني بقصف منزل في البادية السورية قرب الحدود فجر الاثنين", SY_MOI, "",
              ORG, "اتهمت", alt_types=[DOC]),
            E("symoi_5", "الغارة «أودت بحياة ٥ أفراد من عائلة واحدة، بينهم ٣ أطفال»", "مؤكدة", SY_MOI, ORG, "مؤكدة",
              alt_types=[DOC]),
            E("symoi_nolink", "العائلة «لا صلة لها بالتهريب»", "ومشددة", SY_MOI, ORG, "ومشددة", alt_types=[DOC]),
            E("rel_missile", "سقط الصاروخ على البيت وهم نيام", "أحد أقارب العائلة", "", A_SRC, "وقال", ANON, DIRECT),
            E("sarc_bodies", "فرقه انتشلت ٥ جثث من تحت الأنقاض", SARC, "", ORG, "وأفاد"),
            E("sarc_40", "نحو ٤٠ عائلة نزحت من مضاربها في البادية", SARC, "", ORG, "وأفاد"),
            E("local_none", "«الحياة طبيعية، ولم تغادر أي عائلة»", "مسؤول محلي سوري", "", A_OFF, "قال", ANON),
            E("army_9", "حصيلة المهربين القتلى ارتفعت إلى ٩ بعد العثور على جثتين قرب الساتر الترابي",
              "مصدر عسكري أردني", "", A_OFF, "قال", ANON, via=[SKY]),
            E("army_nostrike2", "تنفيذ أي غارة جوية داخل الأراضي السورية", "نافيا", "مصدر عسكري أردني", A_OFF,
              "نافيا", ANON, NEG, via=[SKY]),
            E("army_soldier_died", "وفاة العريف يزن الخوالدة «متأثرا بإصابة تعرض لها خلال الاشتباك»", ARMY, "", ORG,
              "وأعلنت"),
            E("army_2drones", "إسقاط طائرتين مسيرتين محملتين بالمخدرات منذ فجر الاثنين", "أعلنت", ARMY, ORG,
              "كما أعلنت"),
            E("sohr_6", "٦ رعاة قتلى حتى مساء الثلاثاء، بينهم فتيان اثنان", SOHR, "", ORG, "فأحصى"),
            E("elder_echo", "الضحايا «كانوا يبحثون عن إبل ضلت طريقها»", "الشيخ عواد المطلق",
              "الشيخ عواد المطلق، أحد وجهاء العشائر", N_PER, "ونقلت", alt_types=[N_OFF], via=[REUT]),
            E("jgov_noshep", "يكون بين القتلى أي راع", OMOUSH, "", N_OFF, "نفى", NEG),
            E("jgov_allsmug", "«جميعهم مهربون مسلحون معروفون للأجهزة الأمنية»", "مؤكدا", OMOUSH, N_OFF, "مؤكدا"),
            E("ghad_armed", "المهربين «استخدموا رشاشات ونواظير ليلية»", "مصدر أمني", "", A_OFF, "ونقلت", ANON,
              via=["صحيفة «الغد» الأردنية"]),
            E("army_recalled", "المهربين «بادروا بإطلاق النار على الدورية»", "الجيش الأردني", ARMY, ORG, "قد أكد"),
            E("jo_informed", "عمان «أبلغت الجانب السوري بتحركات المهربين قبل ساعات من العملية»", "مسؤول أردني", "",
              A_OFF, "وقال", ANON),
            E("jo_nomeet", "اللجنة الأمنية المشتركة «لم تعقد أي اجتماع منذ تشكيلها»", "مضيفا", "مسؤول أردني",
              A_OFF, "مضيفا", ANON),
            E("sana_summon", "الخارجية السورية استدعت القائم بالأعمال الأردني في دمشق وسلمته مذكرة احتجاج",
              "وكالة «سانا» الرسمية", "", MEDIA, "وأوردت"),
            E("an", "الحادث «قد يعقد التنسيق الناشئ بين البلدين»", "الباحث السوري في الشؤون الأمنية مازن الصفدي",
              "", N_PER, "ويعتقد"),
            E("an_probe", "تطالب دمشق بتحقيق مشترك في الغارة", "مرجحا",
              "الباحث السوري في الشؤون الأمنية مازن الصفدي", N_PER, "مرجحا"),
        ],
    },
    "r203_mughayyir_settlers": {
        "outlet": "القدس العربي",
        "published": "2028-05-27",
        "entries": [
            E("hd", "شاب استشهد برصاص مستوطنين في المغير", "الصحة الفلسطينية", MOH, ORG, ":", HEAD),
            E("moh_settlers",
              "الشاب أنس رضوان (٢٢ عاما) قضى برصاص مستوطنين هاجموا المغير، القرية الواقعة إلى الشمال الشرقي من رام الله، عصر الجمعة", MOH,
              "", ORG, "قالت"),
            E("moh_14", "١٤ آخرين أصيبوا بجروح مختلفة", MOH, "", ORG, "قالت"),
            E("council_100", "«أكثر من مئة مستوطن اقتحموا الأطراف الشرقية للقرية تحت حماية جنود الاحتلال»",
              SHALABI, "", N_OFF, "وقال", via=[QUDS]),
            E("council_noprovo", "الهجوم بدأ «دون أي احتكاك مسبق مع الأهالي»", "مؤكدا", SHALABI, N_OFF, "مؤكدا",
              via=[QUDS]),
            E("council_6", "المهاجمين «أحرقوا ٦ منازل و١١ مركبة»", "وأضاف", SHALABI, N_OFF, "وأضاف", via=[QUDS]),
            E("council_3h", "اعتداءهم «استمر نحو ثلاث ساعات»", "وأضاف", SHALABI, N_OFF, "وأضاف", via=[QUDS]),
            E("idf_stones", "المواجهات اندلعت بعد أن رشق فلسطينيون مركبة إسرائيلية بالحجارة قرب القرية", IDF, "",
              ORG, "ادعى", alt_types=[DOC]),
            E("idf_minutes", "قواته «فرقت المواجهات خلال دقائق»", IDF, "", ORG, "ادعى", alt_types=[DOC]),
            E("idf_checking", "«يتحقق من تقارير عن مقتل فلسطيني»", "مضيفا", IDF, ORG, "مضيفا", alt_types=[DOC]),
            E("idf_soldier_hurt", "جنديا أصيب بجروح طفيفة بحجر أصابه في وجهه", "البيان", IDF, ORG, "وأضاف",
              alt_types=[DOC]),
            E("prcs_19", "١٩ إصابة عالجها مسعفوها، بينها ٦ بالرصاص الحي", "جمعية الهلال الأحمر الفلسطيني", "", ORG,
              "وأحصت"),
            E("wit_settler", "مستوطنا ملثما أطلق النار على الشاب من مسافة قريبة", "شهود عيان", "", A_SRC, "وروى",
              ANON, via=["وكالة «وفا»"]),
            E("bro_sheep", "كان أنس يعيد أغنام العائلة إلى الحظيرة حين أصيب", "شقيقه خالد رضوان", "", N_PER, "وقال",
              DIRECT),
            E("bed_12", "١٢ عائلة «حملت ما استطاعت من متاعها ورحلت ليلا»", "سليمان الكعابنة", "", N_PER, "قال"),
            E("comm_outpost",
              "نصب المستوطنون خياما وبيتا متنقلا على تلة شرقي القرية، تمهيدا لإقامة بؤرة جديدة", COMM, "", ORG,
              "ووفق"),
            E("comm_trees", "اقتلعوا نحو ٢٠٠ شجرة زيتون في السهل المحاذي", "الهيئة", COMM, ORG, "وأضافت"),
            E("kan_3", "الشرطة اعتقلت ٣ مستوطنين مشتبها بهم", "هيئة البث الإسرائيلية «كان»", "", MEDIA,
              "وأوردت"),
            E("btselem_video", "جنودا يقفون قرب منزل مشتعل دون أن يتدخلوا",
              "مقطع مصور نشرته منظمة «بتسيلم» الإسرائيلية", "", DOC, "وأظهر", alt_types=[ORG]),
            E("ocha_month", "أحرق المستوطنون ٢٥ منزلا في الضفة الغربية منذ مطلع أيار",
              "التقرير الأسبوعي لمكتب «أوتشا» الأممي", "", DOC, "وبحسب", alt_types=[ORG]),
            E("presidency", "ما جرى في المغير «ثمرة لتسليح المستوطنين وإفلاتهم من العقاب»", "الرئاسة الفلسطينية",
              "", ORG, "واعتبرت"),
            E("an", "تصاعد الهجمات «ربما يهدف إلى دفع التجمعات البدوية إلى الرحيل عن المنطقة»",
              "الباحث في شؤون الاستيطان جمال عودة", "", N_PER, "ويرى"),
        ],
    },
    "r204_mughayyir_army_probe": {
        "outlet": "وكالة الأناضول",
        "published": "2028-05-28",
        "entries": [
            E("hd", "جندي أطلق النار على الشاب الفلسطيني في المغير", IDF, "", ORG, ":", HEAD),
            E("idf_inq", "أحد جنوده «أطلق النار على مشتبه به ألقى زجاجة حارقة» نحو قوة عسكرية في المغير قرب رام الله", IDF,
              "", ORG, "قال"),
            E("idf_notsettlers", "يكون الشاب أنس رضوان قد أصيب برصاص مدنيين إسرائيليين", "نافيا", IDF, ORG, "نافيا",
              NEG),
            E("moh_renew", "رضوان «ارتقى برصاص مستوطن»", MOH, "", ORG, "جددت"),
            E("moh_17", "ارتفاع عدد المصابين في الهجوم إلى 17", "وأعلنت", MOH, ORG, "وأعلنت"),
            E("bro_stick", "أنس «لم يكن يحمل سوى عصا يسوق بها الأغنام»", "شقيقه خالد", "", N_PER, "وقال", via=[AA]),
            E("yesha_ambush", "فلسطينيين بـ«نصب كمين لراع يهودي» قرب القرية", YESHA, "", ORG, "واتهم"),
            E("yesha_hurt", "الراعي أصيب بجروح في رأسه", "مؤكدا", YESHA, ORG, "مؤكدا"),
            E("yesha_nofire", "«أحدا من السكان اليهود لم يطلق رصاصة واحدة»", "مؤكدا", YESHA, ORG, "مؤكدا"),
            E("pol_none", "«لم تعتقل أي مشتبه به حتى الآن»", ISR_POL, "", ORG, "ذكرت", via=[AA]),
            E("pol_noinj", "لم تسجل أي إصابة بين الإسرائيليين", ISR_POL, "", ORG, "ذكرت", via=[AA]),
            E("haaretz_released", "3 مستوطنين اعتقلوا ليل الجمعة ثم أفرج عنهم صباح السبت", "صحيفة «هآرتس»", "",
              MEDIA, "أفادت"),
            E("yeshdin", "أقل من 5 في المئة من ملفات عنف المستوطنين تنتهي بلوائح اتهام",
              "منظمة «ييش دين» الحقوقية الإسرائيلية", "", ORG, "وقالت"),
            E("idf_nohouse", "إحراق أي منزل في القرية", "الجيش", IDF, ORG, "ونفى", NEG),
            E("idf_only2", "«النيران طالت مركبتين وحظيرة فقط»", "موضحا", IDF, ORG, "موضحا"),
            E("council_8", "حصر الأضرار أظهر احتراق 8 منازل بشكل كامل أو جزئي", "رئيس مجلس قروي المغير عادل شلبي",
              "", N_OFF, "قال"),
            E("idf_nodisp", "«لم تسجل أي حالة تهجير» في محيط القرية", "الجيش", IDF, ORG, "وأكد"),
            E("ocha_34", "نزح 34 شخصا من تجمع بدوي قرب المغير بعد الهجوم", "مكتب «أوتشا»", "", ORG, "وفقا"),
            E("bed_echo", "12 عائلة رحلت ليلا", "سليمان الكعابنة", "أحد سكان التجمع، سليمان الكعابنة", N_PER,
              "ونقلت", via=["صحيفة «القدس العربي»"]),
            E("comm_renew", "إقامة بؤرة استيطانية جديدة على تلة شرقي القرية", COMM, "", ORG, "وجددت"),
            E("civadmin_none", "«لا توجد أي بؤرة جديدة في المنطقة»", "الإدارة المدنية الإسرائيلية", "", ORG,
              "قالت"),
            E("mofa_call", "«تحقيق دولي عاجل» في مقتل الشاب", "الخارجية الفلسطينية", "", ORG, "وطالبت", OPT),
            E("an", "الجيش «ربما يسعى لتبرئة المستوطنين قبل أي تحقيق مستقل قد تطالب به جهات دولية»",
              "الخبير في الشأن الإسرائيلي نزار دويكات", "", N_PER, "ويرجح"),
        ],
    },
}


def cross(left: list[str], right: list[str]) -> list[tuple[str, str]]:
    """Every pair of a claim on one side with a claim on the other."""
    return list(product(left, right))


# Brega: the port under the guards' control vs the sit-in still inside it
CONTROL = cross(["r199.hd", "r199.pfg_control", "r200.pfg_control2"], ["r199.prot_inside", "r200.hd", "r200.prot_inside2"])
# exports halted (and losses) vs exports never stopped
EXPORTS = cross(["r199.noc_halt", "r199.noc_90k", "r200.noc_130k"], ["r199.minE", "r200.minE2"])
# the General Command behind the closure vs its denials
LNA = cross(["r199.gnu_accuse", "r200.gnu_money", "r200.sec_escort"], ["r199.lna_deny", "r200.lna_deny2"])
# Ruwaished: smugglers vs shepherds (identity of the dead), and the counts
SMUGGLERS = ["r201.army_7", "r201.hd", "r202.army_9", "r202.jgov_noshep", "r202.jgov_allsmug"]
SHEPHERDS = ["r201.sohr_4", "r202.sohr_6", "r201.elder_shep", "r202.elder_echo"]
COUNTS = [
    ("r201.army_7", "r201.sohr_4"),
    ("r201.hd", "r201.sohr_4"),
    ("r201.army_7", "r201.sec_5"),  # seven vs five, the same morning
    ("r201.hd", "r201.sec_5"),
    ("r201.sec_5", "r201.sohr_4"),  # five vs four
    ("r202.army_9", "r202.sohr_6"),
    ("r201.army_7", "r202.sohr_6"),  # seven on Monday vs six on Wednesday (a lower figure later, another source)
    ("r201.hd", "r202.sohr_6"),
]
IDENTITY = [p for p in cross(SMUGGLERS, SHEPHERDS) if p not in COUNTS]
# a Jordanian strike inside Syria vs the denial and its renewal
STRIKE = cross(["r201.army_nostrike", "r202.army_nostrike2"],
               ["r201.act_strike", "r202.symoi_strike", "r202.hd", "r202.rel_missile"])
# al-Mughayyir: killed by settlers vs by a soldier / no settler fired
SHOT = cross(["r203.hd", "r203.moh_settlers", "r203.wit_settler", "r204.moh_renew"],
             ["r204.hd", "r204.idf_inq", "r204.idf_notsettlers", "r204.yesha_nofire"])
HOUSES = cross(["r204.idf_nohouse", "r204.idf_only2"], ["r203.council_6", "r204.council_8"])

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Brega
        *CONTROL,
        ("r199.pfg_started", "r199.prot_fired_first"),  # who opened fire first
        ("r199.pfg_armed", "r199.prot_peaceful"),  # armed intruders vs a peaceful sit-in with no weapon
        ("r200.video_armed", "r199.prot_peaceful"),
        ("r199.pfg_nodead", "r199.med"),  # no guard killed vs a guard's body at the hospital
        ("r199.pfg_2wounded", "r199.med"),  # two lightly wounded vs five wounded guards
        ("r200.pfg_1died", "r200.hosp"),  # one dead, the only one, vs two dead
        ("r200.pfg_1died", "r199.med"),  # the only dead died on Friday vs a body on Wednesday night
        *EXPORTS,
        ("r199.nav_left", "r200.noc_anchored"),  # the tanker left vs still anchored off the port
        ("r200.nav_recalled", "r200.noc_anchored"),
        *LNA,
        ("r199.union_evac", "r199.sirte_noevac"),  # 200 workers evacuated vs nobody left
        ("r200.worker_bus", "r199.sirte_noevac"),
        ("r199.wit_smoke", "r199.sirte_nodamage"),  # smoke from a tank vs no damage
        ("r200.pfg_tank", "r199.sirte_nodamage"),
        ("r199.elders_agree", "r200.prot_nosign"),  # agreement reached vs none reached
        ("r200.elders_recalled", "r200.prot_nosign"),
        ("r200.pfg_arrest9", "r200.prot_noarrest"),  # nine held vs nobody arrested
        # --- Ruwaished
        *COUNTS,
        *IDENTITY,
        ("r201.army_started", "r201.elder_unarmed"),  # smugglers opened fire / armed vs no weapon
        ("r202.army_recalled", "r201.elder_unarmed"),
        ("r202.ghad_armed", "r201.elder_unarmed"),
        ("r202.jgov_allsmug", "r201.elder_unarmed"),
        ("r201.army_noloss", "r201.med_soldier"),  # no casualties vs a soldier shot in the abdomen
        ("r201.army_noloss", "r202.army_soldier_died"),  # ... vs a soldier died of a wound from the clash
        *STRIKE,
        ("r201.sy_notinformed", "r202.jo_informed"),  # not informed vs informed hours before
        ("r201.sy_agree", "r202.jo_nomeet"),  # the committee agreed last week vs it never met
        ("r201.res_fled", "r202.local_none"),  # families fled vs no family left
        ("r202.sarc_40", "r202.local_none"),
        # --- al-Mughayyir
        *SHOT,
        ("r204.idf_inq", "r203.bro_sheep"),  # a Molotov thrower vs bringing the sheep home
        ("r204.idf_inq", "r204.bro_stick"),  # ... vs carrying nothing but a stick
        ("r203.idf_stones", "r203.council_noprovo"),  # who started it
        ("r204.yesha_ambush", "r203.council_noprovo"),
        ("r203.idf_minutes", "r203.council_3h"),  # dispersed within minutes vs about three hours
        ("r203.idf_minutes", "r203.btselem_video"),  # ... vs soldiers standing by a burning house
        ("r203.moh_14", "r203.prcs_19"),  # injured: 14 vs 19
        ("r204.moh_17", "r203.prcs_19"),  # 17 on Sunday vs 19 on Saturday
        *HOUSES,
        ("r204.idf_nodisp", "r203.bed_12"),  # no displacement vs families left
        ("r204.idf_nodisp", "r204.bed_echo"),
        ("r204.idf_nodisp", "r204.ocha_34"),
        ("r204.civadmin_none", "r203.comm_outpost"),  # no new outpost vs tents and a caravan on the hill
        ("r204.civadmin_none", "r204.comm_renew"),
        ("r204.pol_none", "r203.kan_3"),  # no arrest vs three arrested
        ("r204.pol_none", "r204.haaretz_released"),
        ("r204.pol_noinj", "r204.yesha_hurt"),  # no Israeli injured vs a shepherd wounded in the head
        ("r204.pol_noinj", "r203.idf_soldier_hurt"),  # ... vs a soldier lightly wounded by a stone
    ],
    "agreements": [
        ("r199.wit_smoke", "r200.pfg_tank"),  # a tank on fire
        ("r199.union_evac", "r200.worker_bus"),  # workers taken to Ajdabiya
        ("r199.gnu_accuse", "r200.sec_escort"),  # the General Command behind the sit-in
        ("r200.gnu_money", "r200.sec_escort"),
        ("r201.med_soldier", "r202.army_soldier_died"),  # a soldier wounded in the clash
        ("r201.act_strike", "r202.symoi_strike"),  # an air strike inside Syria
        ("r201.act_strike", "r202.rel_missile"),
        ("r202.symoi_strike", "r202.rel_missile"),
        ("r201.res_fled", "r202.sarc_40"),  # families fled
        ("r201.sohr_4", "r201.elder_shep"),  # the dead were herders
        ("r202.sohr_6", "r202.elder_echo"),
        ("r202.symoi_5", "r202.sarc_bodies"),  # five dead in the house
        ("r203.moh_settlers", "r203.wit_settler"),  # shot by a settler
        ("r203.kan_3", "r204.haaretz_released"),  # three settlers arrested
        ("r203.bed_12", "r204.ocha_34"),  # Bedouin families displaced
        ("r203.council_100", "r203.btselem_video"),  # soldiers present, not stopping the settlers
    ],
    "echoes": [
        ("r199.pfg_control", "r200.pfg_control2"),  # the guards' spokesman, again
        ("r199.prot_inside", "r200.prot_inside2"),  # «جدد ... تأكيده»
        ("r199.minE", "r200.minE2"),  # «فجددت تأكيدها»
        ("r199.lna_deny", "r200.lna_deny2"),  # «نفى ... مجددا»
        ("r199.nav_left", "r200.nav_recalled"),  # the Reuters report, recalled
        ("r199.elders_agree", "r200.elders_recalled"),  # recalled
        ("r201.army_nostrike", "r202.army_nostrike2"),  # «نافيا مجددا»
        ("r201.elder_shep", "r202.elder_echo"),  # the elder's words to Reuters, retold
        ("r201.army_started", "r202.army_recalled"),  # recalled
        ("r203.moh_settlers", "r204.moh_renew"),  # «جددت تأكيدها»
        ("r203.bed_12", "r204.bed_echo"),  # retold via al-Quds al-Arabi
        ("r203.comm_outpost", "r204.comm_renew"),  # «وجددت ... تأكيدها»
    ],
    "not_contradictions": [
        ("r199.noc_90k", "r200.noc_130k"),  # the NOC's estimate raised
        ("r199.med", "r200.hosp"),  # 1 dead, 5 wounded on Thursday; 2 and 7 on Saturday
        ("r199.pfg_nodead", "r200.pfg_1died"),  # none dead on Thursday; a guard died on Friday
        ("r199.noc_april", "r199.noc_90k"),  # national output vs the loss at one port
        ("r199.elders_agree", "r200.prot_inside2"),  # an agreement to end it vs still inside (it may fail)
        ("r201.army_7", "r202.army_9"),  # the army's toll raised after two bodies were found
        ("r201.sohr_4", "r202.sohr_6"),  # the Observatory's toll raised
        ("r201.army_drone", "r202.army_2drones"),  # one drone on Monday, two since Monday
        ("r201.army_ytd", "r201.army_7"),  # attempts foiled this year vs this one
        ("r201.sy_arrest3", "r201.army_7"),  # three of those who fled arrested vs seven killed
        ("r202.symoi_5", "r202.sohr_6"),  # five in the house vs six herders at the border
        ("r202.symoi_5", "r202.army_9"),
        ("r203.moh_14", "r204.moh_17"),  # the ministry's count raised
        ("r203.council_6", "r204.council_8"),  # the council's count raised after a survey
        ("r203.idf_checking", "r203.moh_settlers"),  # checking reports vs the death
        ("r203.ocha_month", "r204.idf_nohouse"),  # West Bank houses this month vs none in this village
        ("r203.ocha_month", "r203.council_6"),  # a month's total vs this attack
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
