"""Writes gold.json for the third relations set (r13..r18) from the annotations below (`python3 tests/data/relations3/make_gold.py`).

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

# r13/r14: south Lebanon
LB_MOH = "وزارة الصحة العامة اللبنانية"
IDF = "الجيش الإسرائيلي"
MAYOR = "رئيس بلدية عيترون حسن فواز"
LB_MIN = "مصدر وزاري لبناني"
HAMAS_LB = "حركة حماس في لبنان"
EISSA = "الخبير العسكري العميد المتقاعد وليد عيسى"
IDF_SPOX = "متحدث باسم الجيش الإسرائيلي"
RESIDENT = "أحد سكان البلدة"
BEN_AMI = "المتحدث باسم الجيش الإسرائيلي المقدم إيتاي بن عامي"
SWEIDAN = "النائب عن كتلة «الوفاء للمقاومة» رامي سويدان"
LB_SEC = "مصدر أمني لبناني"
LB_OFF = "مسؤول لبناني مطلع على المحادثات"
FR_DIP = "دبلوماسيا فرنسيا"
# r15/r16: Gaza
ABU_SHANAB = "عضو المكتب السياسي لحركة المقاومة الإسلامية (حماس) خليل أبو شنب"
ISR_SR = "مسؤول إسرائيلي رفيع"
ISR_2 = "مسؤول ثان"
EGY = "مصدر مصري مطلع على المفاوضات"
SHURBAJI = "المتحدث باسم جهاز الدفاع المدني في غزة أيمن الشوربجي"
IOF = "جيش الاحتلال"
QUDRA = "القيادي في الجهاد الإسلامي أنور القدرة"
IDF_R = "متحدث عسكري إسرائيلي"
EGY2 = "مصدران أمنيان مصريان"
PMO = "مكتب رئيس الوزراء الإسرائيلي"
YED_SRC = "مصدر أمني إسرائيلي"
AYYAD = "المحلل السياسي الفلسطيني سامر عياد"
# r17/r18: eastern DR Congo
M23 = "حركة «إم 23»"
BIZIMANA = "المتحدث العسكري باسم الحركة المقدم إيمانويل بيزيمانا"
MUTOMBO = "المتحدث باسم القوات المسلحة الكونغولية في شمال كيفو المقدم ديودونيه موتومبو"
MBUSA = "منسق المجتمع المدني في إقليم روتشورو جان كلود مبوسا"
OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"
LUKOJI = "المتحدث باسم الحكومة الكونغولية جوزيف لوكوجي"
UWIMANA = "المتحدثة باسم الحكومة الرواندية كلودين أويمانا"
QA_DIP = "مصدر دبلوماسي قطري مطلع على الوساطة"
NZABO = "المتحدث السياسي باسم الحركة أوسكار نزابونيمبا"
MONUSCO = "بعثة الأمم المتحدة لتحقيق الاستقرار في جمهورية الكونغو الديمقراطية (مونوسكو)"
UN_EXP = "تقرير لفريق خبراء الأمم المتحدة المعني بالكونغو"

ARTICLES: dict[str, dict[str, Any]] = {
    "r13_aitaroun_strike": {"outlet": "الشرق الأوسط", "published": "2025-11-17", "entries": [
        E("hd", "5 قتلى بينهم طفلان بغارة إسرائيلية على عيترون", "الصحة اللبنانية", LB_MOH, ORG, ":", HEAD),
        E("moh5", "قتل خمسة أشخاص بينهم طفلان، وأصيب تسعة آخرون بجروح، في غارة شنتها مسيرة إسرائيلية فجر الاثنين على منزل في بلدة عيترون",
          LB_MOH, "", ORG, "وفق ما أعلنت"),
        E("idf_depot", "طائراته «استهدفت مستودعا للأسلحة تابعا لحزب الله داخل مبنى في منطقة عيترون»", IDF, "", ORG,
          "وقال"),
        E("idf_3", "قضى على ثلاثة من عناصر الحزب كانوا يعملون على «إعادة بناء قدرات عسكرية»", "مضيفا", IDF, ORG,
          "مضيفا"),
        E("idf_coord", "أحد القتلى «كان مسؤولا عن التنسيق العسكري بين حزب الله وحركة حماس في جنوب لبنان»", "البيان",
          IDF, ORG, "وزعم", alt_types=[DOC]),
        E("mayor_deny", "وجود أي مخزن للأسلحة في المنزل المستهدف", MAYOR, "", N_OFF, "نفى", NEG),
        E("mayor_family", "المبنى يعود لعائلة عادت إلى البلدة قبل شهرين فقط، ولم يكن فيه سوى أفراد العائلة", "وقال",
          MAYOR, N_OFF, "وقال", DIRECT, via=["«الشرق الأوسط»"]),
        E("mayor_rescue", "فرق الإسعاف «عملت ساعات لانتشال الضحايا من تحت الركام»", "وأضاف", MAYOR, N_OFF, "وأضاف",
          via=["«الشرق الأوسط»"]),
        E("hzb_civ", "الغارة «استهدفت منزلا مدنيا آمنا»", "حزب الله", "", ORG, "أكد"),
        E("hzb_one", "عنصرا واحدا فقط من عناصره كان بين الضحايا «وهو في منزل عائلته»", "موضحا", "حزب الله", ORG,
          "موضحا"),
        E("hzb_deny", "«ادعاءات العدو» بوجود أسلحة في المكان", "ونافيا", "حزب الله", ORG, "ونافيا", NEG),
        E("leb_agree", "بيروت «توصلت عبر الموفد الأميركي إلى تفاهم على توسيع عمل لجنة الإشراف على وقف إطلاق النار (الميكانيزم) لتضم شخصيات مدنية من الجانبين»",
          LB_MIN, "", A_OFF, "قال", ANON, via=["«الشرق الأوسط»"]),
        E("leb_france", "الجانب الفرنسي «شارك في صياغة التفاهم»", "مشيرا", LB_MIN, A_OFF, "مشيرا", ANON,
          via=["«الشرق الأوسط»"]),
        E("isr_noagr", "«لا يوجد اتفاق حتى الآن» على أي تعديل في آلية المراقبة", "مسؤولا إسرائيليا", "", A_OFF, "قال",
          ANON, via=["هيئة البث الإسرائيلية (كان)"]),
        E("isr_early", "المحادثات مع واشنطن «ما زالت في مراحلها الأولى»", "معتبرا", "مسؤولا إسرائيليا", A_OFF,
          "معتبرا", ANON, via=["هيئة البث الإسرائيلية (كان)"]),
        E("hamas_deny", "وجود أي «تنسيق عسكري» مع حزب الله انطلاقا من الأراضي اللبنانية", HAMAS_LB, "", ORG, "نفت",
          NEG),
        E("hamas_commit", "التزامها «بسيادة لبنان وبقرارات الدولة اللبنانية»", "مؤكدة", HAMAS_LB, ORG, "مؤكدة"),
        E("sec_warning", "السلطات اللبنانية قد سلمت الحركة تحذيرا من «أي عمل يمس بالأمن الوطني»",
          "مصادر أمنية لبنانية", "", A_OFF, "بحسب ما أفادت", ANON),
        E("unifil", "وثقت أكثر من 7 آلاف خرق إسرائيلي لوقف إطلاق النار منذ دخوله حيز التنفيذ في 27 نوفمبر (تشرين الثاني) 2024",
          "قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل)", "", ORG, "تقول"),
        E("an_buffer", "إسرائيل «تسعى إلى فرض منطقة عازلة بالنار» جنوب نهر الليطاني", EISSA, "", N_PER, "ويرى"),
        E("an_double", "وتيرة الغارات «تضاعفت خلال الشهر الأخير»", "لافتا", EISSA, N_PER, "لافتا"),
    ]},
    "r14_aitaroun_toll": {"outlet": "فرانس برس", "published": "2025-11-18", "entries": [
        E("hd", "7 قتلى في غارة عيترون", "الصحة اللبنانية", "وزارة الصحة اللبنانية", ORG, ":", HEAD),
        E("hd_isr", "«مستودع أسلحة»", "إسرائيل", "", ORG, "تتحدث", HEAD),
        E("moh7", "ارتفعت حصيلة الغارة الإسرائيلية التي استهدفت منزلا في بلدة عيترون الحدودية في جنوب لبنان فجر الاثنين إلى سبعة قتلى بينهم طفلان وامرأة",
          "وزارة الصحة اللبنانية", "", ORG, "بحسب ما أعلنت"),
        E("idf_secondary", "«انفجارات ثانوية» أعقبت الضربة، «ما يثبت أن المبنى كان يستخدم لتخزين أسلحة حزب الله»",
          IDF_SPOX, "", A_OFF, "وقال", ANON, via=["وكالة فرانس برس"]),
        E("idf_depot", "طائراته «استهدفت مستودعا للأسلحة تابعا لحزب الله داخل مبنى في منطقة عيترون»", "الجيش", IDF,
          ORG, "أعلن"),
        E("idf_3", "قضى على ثلاثة من عناصر الحزب", "مضيفا", IDF, ORG, "مضيفا"),
        E("res_one", "«لم يقع سوى انفجار واحد»", RESIDENT, "", A_SRC, "قال", ANON, via=["فرانس برس"]),
        E("res_family", "المنزل «كان يؤوي عائلة نزحت ثم عادت بعد وقف إطلاق النار»", "مضيفا", RESIDENT, A_SRC,
          "مضيفا", ANON, via=["فرانس برس"]),
        E("manar3", "بين القتلى ثلاثة أطفال", "قناة «المنار» التابعة لحزب الله", "", MEDIA, "وأوردت"),
        E("hzb_one", "عنصرا واحدا فقط من عناصره سقط في الغارة", "الحزب", "حزب الله", ORG, "أشار"),
        E("spk_room", "حزب الله وحركة حماس «أقاما غرفة عمليات مشتركة في جنوب لبنان لإطلاق الصواريخ نحو الجليل»",
          BEN_AMI, "", N_OFF, "قال"),
        E("mp_fabric", "الحديث عن غرفة عمليات مشتركة «فبركة إسرائيلية لتبرير قتل المدنيين»", SWEIDAN, "", N_OFF,
          "ورد"),
        E("mp_nofire", "الحزب «لم يطلق رصاصة واحدة منذ سريان وقف إطلاق النار»", "مؤكدا", SWEIDAN, N_OFF, "مؤكدا"),
        E("sec_political", "العلاقة بين الطرفين في الجنوب «تقتصر على التنسيق السياسي»", LB_SEC, "", A_OFF, "وقال",
          ANON, via=["فرانس برس"]),
        E("sec_noactivity", "الأجهزة اللبنانية «لم ترصد أي نشاط عسكري مشترك»", "مشيرا", LB_SEC, A_OFF, "مشيرا",
          ANON, via=["فرانس برس"]),
        E("leb_agree", "«اتفاقا تم التوصل إليه» مع الموفد الأميركي لضم مدنيين إلى لجنة الإشراف على وقف إطلاق النار المعروفة بـ«الميكانيزم»",
          LB_OFF, "", A_OFF, "قال", ANON, via=["فرانس برس"]),
        E("leb_days", "الإعلان عنه «مسألة أيام»", "موضحا", LB_OFF, A_OFF, "موضحا", ANON, via=["فرانس برس"]),
        E("fr_noagr", "المشاورات «لا تزال جارية ولم يتم الاتفاق على أي صيغة نهائية»", FR_DIP, "", A_OFF, "قال", ANON),
        E("isr_noagr", "«لا يوجد اتفاق حتى الآن» على أي تعديل في آلية المراقبة", "مسؤول إسرائيلي", "", A_OFF, "نقلت",
          ANON, via=["هيئة البث الإسرائيلية"]),
        E("moh_total", "قتل أكثر من 330 شخصا بضربات إسرائيلية في لبنان منذ سريان وقف إطلاق النار", "وزارة الصحة",
          "وزارة الصحة اللبنانية", ORG, "ووفق"),
    ]},
    "r15_gaza_cairo_talks": {"outlet": "العربي الجديد", "published": "2025-08-05", "entries": [
        E("hd", "اتفاق وقف إطلاق النار وتبادل الأسرى بات قريبا", "حماس", "حركة المقاومة الإسلامية (حماس)", ORG, ":",
          HEAD),
        E("h_progress", "جولة المفاوضات في القاهرة «قطعت شوطا كبيرا»", ABU_SHANAB, "", N_OFF, "قال",
          via=["«العربي الجديد»"]),
        E("h_close", "الاتفاق على وقف إطلاق النار وتبادل الأسرى «بات قريبا جدا»", "معتبرا", ABU_SHANAB, N_OFF,
          "معتبرا", via=["«العربي الجديد»"]),
        E("h_blame", "الاحتلال مسؤولية أي تأخير", "ومحملا", ABU_SHANAB, N_OFF, "ومحملا", via=["«العربي الجديد»"]),
        E("h_paper", "الوسيطين المصري والقطري قدما ورقة معدلة «تعاملت معها الحركة بإيجابية ومسؤولية»، تتضمن هدنة مدتها 60 يوما يطلق خلالها سراح عشرة أسرى إسرائيليين أحياء",
          "أبو شنب", ABU_SHANAB, N_OFF, "وأوضح", via=["«العربي الجديد»"]),
        E("isr_noprog", "المحادثات «لا تشهد أي تقدم يذكر»", ISR_SR, "", A_OFF, "نقلت", ANON,
          via=["القناة 12 الإسرائيلية"]),
        E("isr2_notclose", "الاتفاق «ليس قريبا على الإطلاق»", ISR_2, "", A_OFF, "قال", ANON,
          via=["القناة 12 الإسرائيلية"]),
        E("isr2_accuse", "حماس بـ«التمسك بمطالب تعجيزية»", "متهما", ISR_2, A_OFF, "متهما", ANON,
          via=["القناة 12 الإسرائيلية"]),
        E("egy_closer", "القاهرة «نجحت في تقريب وجهات النظر» بشأن المرحلة الأولى", EGY, "", A_OFF, "فقال", ANON,
          via=["«العربي الجديد»"]),
        E("egy_stuck", "ملف الانسحاب من محور فيلادلفيا «لا يزال عالقا»", "لكنه", EGY, A_OFF, "أقر", ANON,
          via=["«العربي الجديد»"]),
        E("cd19", "19 شخصا، بينهم تسعة أطفال وخمس نساء، قتلوا في غارة إسرائيلية استهدفت فجر الثلاثاء مدرسة تؤوي نازحين في مخيم الشاطئ غربي مدينة غزة",
          SHURBAJI, "", N_OFF, "قال"),
        E("cd_civ", "جميع الضحايا «مدنيون نازحون لجأوا إلى المدرسة بعد تدمير منازلهم»", "مؤكدا", SHURBAJI, N_OFF,
          "مؤكدا"),
        E("idf_cmd", "استهدف «مركز قيادة وسيطرة تابعا لحماس أقيم داخل مجمع كان يستخدم في السابق مدرسة»", IOF, "",
          ORG, "زعم"),
        E("idf_8", "قتل ثمانية «مخربين» كانوا يخططون لهجمات ضد قواته", "مشيرا", IOF, ORG, "مشيرا"),
        E("idf_steps", "اتخذ «خطوات عديدة لتقليل خطر إصابة المدنيين»", "ومدعيا", IOF, ORG, "ومدعيا"),
        E("kan_split", "«خلافا حادا» نشب بين حماس وحركة الجهاد الإسلامي بسبب رفض الأخيرة إدراج أسرى تحتجزهم في المرحلة الأولى",
          "هيئة البث الإسرائيلية (كان)", "", MEDIA, "ذكرت"),
        E("pij_deny", "وجود أي خلاف مع حماس", QUDRA, "", N_OFF, "نفى", NEG),
        E("pij_united", "الحركتين تديران المعركة والمفاوضات من غرفة عمليات مشتركة، وموقفنا واحد في كل الملفات",
          "وقال", QUDRA, N_OFF, "وقال", DIRECT, via=["«العربي الجديد»"]),
        E("moh_total", "ارتفع عدد الشهداء منذ بدء العدوان في أكتوبر (تشرين الأول) 2023 إلى 61 ألفا و158، بينهم 87 شهيدا خلال الساعات الـ24 الماضية",
          "وزارة الصحة في غزة", "", ORG, "ووفق"),
        E("unrwa", "أكثر من 80 في المئة من مدارسها التي تحولت إلى مراكز إيواء تعرضت للقصف",
          "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (أونروا)", "", ORG, "وقالت"),
    ]},
    "r16_gaza_shelter_toll": {"outlet": "رويترز", "published": "2025-08-06", "entries": [
        E("hd", "ارتفاع قتلى قصف مدرسة في مخيم الشاطئ إلى 23", "الصحة في غزة", "وزارة الصحة في قطاع غزة", ORG, ":",
          HEAD),
        E("moh23", "عدد القتلى جراء غارة إسرائيلية على مدرسة تؤوي نازحين في مخيم الشاطئ غربي مدينة غزة ارتفع إلى 23، بينهم 11 طفلا",
          "وزارة الصحة في قطاع غزة", "", ORG, "قالت"),
        E("idf_inflated", "الأرقام التي تنشرها السلطات في غزة «مضخمة ولا يمكن التحقق منها»", IDF_R, "", A_OFF, "وقال",
          ANON, via=["رويترز"]),
        E("idf_nodisp", "المبنى المستهدف «لم يكن يؤوي نازحين وقت الضربة»", "مضيفا", IDF_R, A_OFF, "مضيفا", ANON,
          via=["رويترز"]),
        E("idf_8", "قتل ثمانية «مخربين» في الضربة", "الجيش", "", ORG, "قال"),
        E("witness", "الصاروخ سقط على الصفوف التي تنام فيها العائلات في الطابق الأرضي، ولم يكن بيننا أي مسلح",
          "محمود شملخ", "", N_PER, "قال", DIRECT, via=["رويترز"]),
        E("egy_underst", "الوسطاء «توصلوا إلى تفاهم» مع الطرفين على الخطوط العريضة للمرحلة الأولى", EGY2, "", A_OFF,
          "قال", ANON, via=["رويترز"]),
        E("egy_maps", "الخلاف ما زال قائما حول خرائط انسحاب القوات الإسرائيلية", "مضيفين", EGY2, A_OFF, "مضيفين",
          ANON, via=["رويترز"]),
        E("pmo_deny", "«لا صحة للتقارير عن التوصل إلى تفاهمات»", PMO, "", ORG, "قال"),
        E("pmo_return", "الوفد الإسرائيلي سيعود من القاهرة مساء الأربعاء للتشاور", PMO, "", ORG, "قال"),
        E("h_close", "الاتفاق «بات قريبا جدا»", "القيادي في حماس خليل أبو شنب", "", N_OFF, "قال",
          via=["صحيفة «العربي الجديد»"]),
        E("qatar", "جهود الوساطة «مستمرة بالتنسيق مع الشركاء المصريين والأميركيين»", "وزارة الخارجية القطرية", "", ORG,
          "وقالت"),
        E("joint_united", "موقف الحركتين في المفاوضات «موحد»", "حماس", "", ORG, "قالت",
          also_speakers=["حركة الجهاد الإسلامي"]),
        E("joint_psy", "ما تنشره وسائل الإعلام الإسرائيلية عن خلافات بينهما بأنه «جزء من الحرب النفسية»", "واصفة",
          "حماس", ORG, "واصفة", also_speakers=["حركة الجهاد الإسلامي"]),
        E("saraya", "تنفيذ «عملية مشتركة» مع كتائب القسام استهدفت دبابة إسرائيلية شرقي خان يونس", "سرايا القدس",
          "سرايا القدس، الجناح العسكري للجهاد الإسلامي", ORG, "وأعلنت"),
        E("yedioth_sep", "الجهاد الإسلامي «باتت تعمل بشكل منفصل عن حماس» في شمال القطاع", YED_SRC, "", A_OFF, "نقلت",
          ANON, via=["صحيفة يديعوت أحرونوت"]),
        E("yedioth_refuse", "ترفض الامتثال لتعليمات قيادة القسام هناك", YED_SRC, "", A_OFF, "نقلت", ANON,
          via=["صحيفة يديعوت أحرونوت"]),
        E("an_nuance", "بين الحركتين «تباينات في التفاصيل» لا ترقى إلى مستوى الخلاف", AYYAD, "", N_PER, "ويرى"),
        E("an_exclude", "تخرج الجهاد عن «سقف التفاهم مع حماس» في المفاوضات", "مستبعدا", AYYAD, N_PER, "مستبعدا",
          NEG),
    ]},
    "r17_kivu_nyanzale": {"outlet": "الجزيرة نت", "published": "2025-09-09", "entries": [
        E("hd", "سيطرنا بالكامل على نيانزالي شرقي الكونغو", M23, "", ORG, ":", HEAD),
        E("m23_control", "سيطرتها الكاملة على بلدة نيانزالي في إقليم روتشورو بمقاطعة شمال كيفو", M23, "", ORG,
          "أعلنت"),
        E("army_deny", "سقوط البلدة", "الجيش", "الجيش الكونغولي", ORG, "نفى", NEG),
        E("m23_expel", "مقاتليه «طردوا القوات الحكومية وحلفاءها من نيانزالي» مساء الاثنين", BIZIMANA, "", N_OFF,
          "وقال", via=["منصة «إكس»"]),
        E("m23_60", "قتلوا «أكثر من 60 من عناصر الجيش والميليشيات»", "مضيفا", BIZIMANA, N_OFF, "مضيفا",
          via=["منصة «إكس»"]),
        E("m23_nociv", "الحركة «لا تستهدف المدنيين»", "وأكد", BIZIMANA, N_OFF, "وأكد"),
        E("m23_corridor", "فتحت ممرا آمنا لخروج السكان", "مشيرا", BIZIMANA, N_OFF, "مشيرا"),
        E("army_centre", "الجيش «ما زال يسيطر على وسط نيانزالي والطريق المؤدي إلى كانيابايونغا»", MUTOMBO, "", N_OFF,
          "قال", via=["الجزيرة نت"]),
        E("army_propag", "إعلان المتمردين بأنه «دعاية كاذبة»", "واصفا", MUTOMBO, N_OFF, "واصفا",
          via=["الجزيرة نت"]),
        E("army_12", "بمقتل 12 جنديا", "موتومبو", MUTOMBO, N_OFF, "وأقر"),
        E("army_losses", "المتمردين «تكبدوا خسائر فادحة»", "مؤكدا", MUTOMBO, N_OFF, "مؤكدا"),
        E("cs40", "40 مدنيا على الأقل قتلوا خلال المعارك، معظمهم بقذائف سقطت على سوق البلدة", MBUSA, "", N_OFF, "قال",
          alt_types=[N_PER]),
        E("ocha21", "بمقتل 21 مدنيا على الأقل", OCHA, "", ORG, "فأفاد"),
        E("ocha_displ", "نحو 35 ألف شخص نزحوا باتجاه كانيابايونغا وكيواندجا", "مضيفا", OCHA, ORG, "مضيفا"),
        E("drc_rwanda", "رواندا بـ«الدفع بأكثر من ألف جندي» لدعم هجوم المتمردين", LUKOJI, "", N_OFF, "واتهم"),
        E("rw_deny", "تقديم بلادها أي دعم عسكري للحركة", UWIMANA, "", N_OFF, "نفت", NEG),
        E("rw_cover", "الاتهامات الكونغولية محاولة مكشوفة للتغطية على إخفاقات الجيش", "قائلة", UWIMANA, N_OFF,
          "قائلة", DIRECT),
        E("rw_fdlr", "كينشاسا بـ«التحالف» مع القوات الديمقراطية لتحرير رواندا", "أويمانا", UWIMANA, N_OFF, "واتهمت"),
        E("qa_round", "جولة جديدة من المحادثات بين الحكومة الكونغولية والحركة ستعقد في الدوحة الأسبوع المقبل", QA_DIP,
          "", A_OFF, "قال", ANON, via=["الجزيرة نت"]),
        E("qa_prisoners", "الطرفين «اتفقا من حيث المبدأ على تبادل الأسرى» عبر اللجنة الدولية للصليب الأحمر", "مضيفا",
          QA_DIP, A_OFF, "مضيفا", ANON, via=["الجزيرة نت"]),
        E("an_fragile", "معركة نيانزالي «تكشف هشاشة أي تفاهمات» في ظل غياب آلية مراقبة ميدانية",
          "الباحث في شؤون منطقة البحيرات العظمى باتريك مويسي", "", N_PER, "ويرى"),
    ]},
    "r18_kivu_retake": {"outlet": "الأناضول", "published": "2025-09-10", "entries": [
        E("hd", "استعدنا السيطرة على نيانزالي بعد طرد «إم 23»", "الجيش الكونغولي", "", ORG, ":", HEAD),
        E("army_retake", "استعادة السيطرة على بلدة نيانزالي في إقليم روتشورو بشمال كيفو", "الجيش الكونغولي", "", ORG,
          "أعلن"),
        E("m23_ctrl_ref", "سيطرتها عليها", M23, "", ORG, "إعلان"),
        E("m23_nowithdraw", "انسحاب مقاتليها من البلدة", "الحركة", M23, ORG, "نفت", NEG),
        E("army_cleared", "وحدات الجيش المدعومة بمقاتلي «وازاليندو» «طهرت البلدة بالكامل»", MUTOMBO, "", N_OFF, "وقال",
          via=["الأناضول"]),
        E("army_100", "قتلت «أكثر من 100 متمرد» خلال الهجوم المضاد", "مضيفا", MUTOMBO, N_OFF, "مضيفا",
          via=["الأناضول"]),
        E("army_rwweap", "ضبط أسلحة وذخائر «مصدرها رواندا»", "وأشار", MUTOMBO, N_OFF, "وأشار"),
        E("m23_still", "مقاتلي الحركة «ما زالوا داخل نيانزالي ويسيطرون على كل أحيائها»", NZABO, "", N_OFF, "قال",
          via=["الأناضول"]),
        E("m23_9", "الحركة «لم تخسر سوى تسعة مقاتلين» منذ بدء المعارك", "مؤكدا", NZABO, N_OFF, "مؤكدا",
          via=["الأناضول"]),
        E("m23_nociv_dead", "سقوط أي مدني في البلدة", "نزابونيمبا", NZABO, N_OFF, "ونفى", NEG),
        E("m23_accuse", "الجيش والميليشيات الموالية له بقصف «أحياء مأهولة» في محيطها", "متهما", NZABO, N_OFF, "متهما"),
        E("monusco", "رصدت «تحرك أرتال عسكرية قادمة من الأراضي الرواندية» باتجاه روتشورو خلال الأيام الأخيرة", MONUSCO,
          "", ORG, "قالت"),
        E("rw_cover", "الاتهامات الكونغولية محاولة مكشوفة للتغطية على إخفاقات الجيش", UWIMANA, "", N_OFF, "قالت",
          DIRECT),
        E("unexp_coord", "وحدات من الجيش الكونغولي «نسقت ميدانيا» مع مقاتلي القوات الديمقراطية لتحرير رواندا على بعض الجبهات",
          UN_EXP, "", DOC, "أفاد"),
        E("unexp_noalliance", "ذلك «لا يرقى إلى تحالف منظم»", "لكنه", UN_EXP, DOC, "اعتبر"),
        E("drc_deny", "أي تعاون مع هذه الجماعة", "كينشاسا", "", ORG, "وتنفي", NEG),
        E("m23_noagr", "التوصل إلى أي اتفاق مع كينشاسا بشأن تبادل الأسرى", "نزابونيمبا", NZABO, N_OFF, "نفى", NEG),
        E("m23_premature", "كل ما يقال عن تفاهمات في الدوحة سابق لأوانه", "وقال", NZABO, N_OFF, "وقال", DIRECT),
        E("pres_agree", "الحكومة «وافقت من حيث المبدأ على تبادل الأسرى» بوساطة قطرية", "مصدر في الرئاسة الكونغولية",
          "", A_OFF, "قال", ANON, via=["الأناضول"]),
        E("police_arrest", "توقيف 14 شخصا", "الشرطة", "", ORG, "أعلنت"),
        E("police_involve", "ثبت تورطهم في نقل معلومات عن مواقع الجيش إلى المتمردين", "قالت", "الشرطة", ORG, "قالت",
          DIRECT),
        E("lucha", "بين الموقوفين خمسة طلاب جامعيين «اعتقلوا بسبب منشورات على مواقع التواصل»",
          "حركة «لوتشا» الحقوقية", "", ORG, "أكدت"),
    ]},
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- south Lebanon: weapons depot vs denial
        ("r13.idf_depot", "r13.mayor_deny"),
        ("r13.idf_depot", "r13.hzb_deny"),
        ("r14.idf_depot", "r13.mayor_deny"),     # the army statement as republished by AFP
        ("r14.idf_depot", "r13.hzb_deny"),
        ("r14.hd_isr", "r13.mayor_deny"),        # headline copy
        ("r14.hd_isr", "r13.hzb_deny"),
        ("r14.idf_secondary", "r13.mayor_deny"),  # building used to store weapons vs no depot
        ("r14.idf_secondary", "r13.hzb_deny"),
        ("r14.idf_secondary", "r14.res_one"),    # secondary explosions vs only one explosion
        # three Hezbollah members killed vs only one
        ("r13.idf_3", "r13.hzb_one"),
        ("r14.idf_3", "r13.hzb_one"),
        ("r13.idf_3", "r14.hzb_one"),
        ("r14.idf_3", "r14.hzb_one"),
        ("r14.moh7", "r14.manar3"),              # two children (ministry, Tuesday) vs three (al-Manar, Tuesday)
        # understanding on the ceasefire mechanism: reached vs not yet
        ("r13.leb_agree", "r13.isr_noagr"),
        ("r13.leb_agree", "r14.isr_noagr"),
        ("r13.leb_agree", "r14.fr_noagr"),
        ("r14.leb_agree", "r13.isr_noagr"),
        ("r14.leb_agree", "r14.isr_noagr"),
        ("r14.leb_agree", "r14.fr_noagr"),
        # Hezbollah–Hamas military coordination vs denial / "political only"
        ("r13.idf_coord", "r13.hamas_deny"),
        ("r13.idf_coord", "r14.sec_political"),
        ("r14.spk_room", "r13.hamas_deny"),
        ("r14.spk_room", "r14.mp_fabric"),
        ("r14.spk_room", "r14.sec_political"),
        ("r14.spk_room", "r14.sec_noactivity"),
        # --- Gaza: talks
        ("r15.h_close", "r15.isr2_notclose"),
        ("r15.hd", "r15.isr2_notclose"),         # headline copy
        ("r16.h_close", "r15.isr2_notclose"),    # echoed copy
        ("r15.h_progress", "r15.isr_noprog"),
        ("r15.egy_closer", "r15.isr_noprog"),
        ("r16.egy_underst", "r15.isr_noprog"),
        ("r16.egy_underst", "r16.pmo_deny"),     # understanding reached vs no understandings
        # shelter strike: civilians vs militants, shelter vs no displaced
        ("r15.cd_civ", "r15.idf_8"),
        ("r15.cd_civ", "r16.idf_8"),
        ("r16.witness", "r15.idf_8"),
        ("r16.witness", "r16.idf_8"),
        ("r16.idf_nodisp", "r15.cd19"),
        ("r16.idf_nodisp", "r15.cd_civ"),
        ("r16.idf_nodisp", "r16.moh23"),
        ("r16.idf_nodisp", "r16.witness"),
        ("r16.idf_inflated", "r16.moh23"),
        ("r16.idf_inflated", "r16.hd"),         # headline copy
        # Hamas and Islamic Jihad: split vs united
        ("r15.kan_split", "r15.pij_deny"),
        ("r15.kan_split", "r15.pij_united"),
        ("r15.kan_split", "r16.joint_united"),
        ("r15.kan_split", "r16.joint_psy"),
        ("r15.kan_split", "r16.an_nuance"),      # sharp dispute vs differences that do not amount to a dispute
        ("r16.yedioth_sep", "r15.pij_united"),   # working separately vs one joint operations room
        # --- eastern DR Congo: control of Nyanzale
        ("r17.m23_control", "r17.army_deny"),
        ("r17.hd", "r17.army_deny"),
        ("r17.m23_control", "r17.army_centre"),
        ("r17.hd", "r17.army_centre"),
        ("r17.m23_expel", "r17.army_centre"),
        ("r17.m23_expel", "r17.army_deny"),
        ("r18.m23_ctrl_ref", "r17.army_deny"),   # the M23 announcement as retold the next day
        ("r18.m23_ctrl_ref", "r17.army_centre"),
        ("r17.army_deny", "r18.army_retake"),    # "the town did not fall" vs "we recaptured it"
        ("r17.army_deny", "r18.hd"),
        ("r18.army_retake", "r18.m23_nowithdraw"),
        ("r18.army_retake", "r18.m23_still"),
        ("r18.hd", "r18.m23_still"),
        ("r18.hd", "r18.m23_nowithdraw"),
        ("r18.army_cleared", "r18.m23_still"),
        ("r18.army_cleared", "r18.m23_nowithdraw"),
        # casualties
        ("r18.army_100", "r18.m23_9"),           # over 100 rebels killed vs nine fighters lost since the start
        ("r18.m23_nociv_dead", "r17.cs40"),
        ("r18.m23_nociv_dead", "r17.ocha21"),
        # Rwandan support, FDLR alliance, prisoner exchange
        ("r17.drc_rwanda", "r17.rw_deny"),
        ("r17.rw_fdlr", "r18.unexp_noalliance"),  # "alliance" vs "not an organised alliance"
        ("r17.rw_fdlr", "r18.drc_deny"),
        ("r18.unexp_coord", "r18.drc_deny"),     # field coordination vs no cooperation at all
        ("r17.qa_prisoners", "r18.m23_noagr"),   # both sides agreed in principle vs no agreement
        ("r17.qa_prisoners", "r18.m23_premature"),
    ],
    "agreements": [
        ("r13.mayor_deny", "r13.hzb_deny"),      # no weapons in the house
        ("r13.mayor_family", "r14.res_family"),  # a family that had returned lived there
        ("r13.hzb_civ", "r13.mayor_family"),     # a civilian home
        ("r13.isr_noagr", "r14.fr_noagr"),       # no agreement on the mechanism yet
        ("r14.isr_noagr", "r14.fr_noagr"),
        ("r13.leb_agree", "r14.leb_agree"),      # two Lebanese officials: understanding reached
        ("r13.hamas_deny", "r14.sec_political"),  # no military coordination
        ("r13.hamas_deny", "r14.sec_noactivity"),
        ("r14.mp_fabric", "r14.sec_noactivity"),  # no joint military activity / operations room
        ("r15.h_progress", "r15.egy_closer"),    # the talks made progress
        ("r15.h_progress", "r16.egy_underst"),
        ("r15.egy_closer", "r16.egy_underst"),
        ("r15.isr_noprog", "r16.pmo_deny"),      # no progress / no understandings
        ("r15.egy_stuck", "r16.egy_maps"),       # the withdrawal file is unresolved
        ("r15.cd_civ", "r16.witness"),           # no militants among the victims
        ("r15.pij_deny", "r16.an_nuance"),       # no dispute between the two movements
        ("r17.qa_prisoners", "r18.pres_agree"),  # Kinshasa agreed in principle to a prisoner exchange
    ],
    "echoes": [
        ("r13.idf_depot", "r14.idf_depot"),      # Monday's army statement, quoted again by AFP
        ("r13.idf_3", "r14.idf_3"),
        ("r13.isr_noagr", "r14.isr_noagr"),      # the Israeli official's words to Kan, retold
        ("r13.hzb_one", "r14.hzb_one"),          # the same Hezbollah statement
        ("r15.h_close", "r16.h_close"),          # Abu Shanab's remarks to Al-Araby Al-Jadeed, cited by Reuters
        ("r15.hd", "r16.h_close"),
        ("r15.idf_8", "r16.idf_8"),              # Tuesday's army statement
        ("r17.rw_cover", "r18.rw_cover"),        # Uwimana's sentence, quoted verbatim twice
        ("r17.m23_control", "r18.m23_ctrl_ref"),  # the M23 announcement, retold
        ("r17.hd", "r18.m23_ctrl_ref"),
    ],
    "not_contradictions": [
        ("r13.moh5", "r14.moh7"),                # toll rose from 5 to 7 (same ministry, next day)
        ("r13.hd", "r14.hd"),
        ("r14.moh7", "r14.moh_total"),           # one town vs the whole country since the truce
        ("r13.moh5", "r13.idf_3"),               # three members can be among five dead
        ("r14.moh7", "r14.hzb_one"),             # one member among seven dead
        ("r13.leb_france", "r14.fr_noagr"),      # France helped draft vs no final text agreed
        ("r15.cd19", "r16.moh23"),               # toll rose from 19 to 23
        ("r15.cd19", "r16.hd"),
        ("r15.cd19", "r15.moh_total"),           # one strike vs the war total / the last 24 hours
        ("r16.moh23", "r15.moh_total"),
        ("r16.moh23", "r15.idf_8"),              # eight militants can be among 23 dead (11 children)
        ("r15.h_close", "r16.pmo_deny"),         # "close" vs "no understandings reached yet"
        ("r15.egy_stuck", "r15.h_close"),        # one file stuck, deal still said to be close
        ("r16.egy_underst", "r16.egy_maps"),     # understanding on outlines, dispute on maps (same speaker)
        ("r16.yedioth_sep", "r16.joint_united"),  # separate field work in the north vs one negotiating position
        ("r16.yedioth_sep", "r16.saraya"),       # north vs a joint operation near Khan Younis (south)
        ("r17.m23_60", "r17.army_12"),           # soldiers and militiamen vs soldiers only
        ("r17.m23_control", "r18.army_retake"),  # taken on Monday, retaken on Wednesday
        ("r17.hd", "r18.hd"),
        ("r18.m23_ctrl_ref", "r18.army_retake"),
        ("r17.cs40", "r17.ocha21"),              # "at least 21" and "at least 40"
        ("r17.m23_nociv", "r17.cs40"),           # not targeting civilians vs civilians killed
        ("r18.pres_agree", "r18.m23_noagr"),     # one side agreed in principle vs no agreement between the sides
        ("r18.unexp_coord", "r18.unexp_noalliance"),  # field coordination but no alliance (same report)
        ("r18.monusco", "r17.rw_deny"),          # columns from Rwandan territory, affiliation not stated
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
