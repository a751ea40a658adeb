"""Writes gold.json for the second relations set (r07..r12) from the annotations below (`python3 tests/data/relations2/make_gold.py`).

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

# r07 / r08: Iraq, strike near al-Qaim
SEC07 = "مصدر أمني في قيادة عمليات الجزيرة"
PMF = "هيئة الحشد الشعبي"
SAADI = "المتحدث الأمني باسم «كتائب حزب الله» أبو حيدر الساعدي"
ZUBAIDI = "المتحدث باسم الحكومة العراقية حيدر الزبيدي"
JUGHAIFI = "قائممقام القائم مهند الجغيفي"
RAWI = "الباحث في الشأن الأمني ماجد الراوي"
HOSP = "مصدر طبي في مستشفى القائم العام"
BROOKS = "المتحدث باسم القيادة المركزية الأميركية (سنتكوم) الكولونيل دانيال بروكس"
# r09 / r10: northeast Syria, Tishreen dam
SDF = "قوات سوريا الديمقراطية (قسد)"
SHEIKHO = "المتحدث باسم المركز الإعلامي لقسد دلوفان شيخو"
SHEIKH = "القيادي في «فرقة الحمزات» المنضوية في الجيش الوطني، النقيب أحمد الشيخ"
SOHR = "المرصد السوري لحقوق الإنسان"
AHMAD = "الباحث في مركز جسور للدراسات عمار الأحمد"
SNA_SRC = "مصدر عسكري في «الجيش الوطني السوري»"
ABDULLAH = "المتحدث باسم الفرقة، النقيب حسن العبد الله"
TR_MOD = "مصادر في وزارة الدفاع التركية"
STATE = "متحدثاً باسم وزارة الخارجية الأميركية"
# r11 / r12: Mali, Diafarabe
MALI_ARMY = "الجيش المالي"
JNIM = "جماعة نصرة الإسلام والمسلمين"
LOCAL = "مسؤول محلي في ديافارابي"
SISSE = "الباحث في معهد الدراسات الأمنية في داكار مامادو سيسيه"
DEMBELE = "المتحدث باسم الجيش المالي العقيد سليمان دمبيلي"
TRAORE = "رئيس بلدية ديافارابي بكاري تراوري"
KOULIBALY = "الإمام عمر كوليبالي، عضو المجلس الإسلامي الأعلى في مالي"
DUBOIS = "الباحثة الفرنسية في شؤون الساحل كلير دوبوا"

ARTICLES: dict[str, dict[str, Any]] = {
    "r07_qaim_strike": {"outlet": "الشرق الأوسط", "published": "2025-09-17", "entries": [
        E("hd", "8 قتلى بضربة جوية على موقع لـ«الحشد» قرب القائم", "مصادر أمنية", "", A_OFF, ":", ANON, HEAD),
        E("sec8", "قُتل ثمانية من عناصر «الحشد الشعبي» وأصيب خمسة آخرون بجروح، فجر الأربعاء، في ضربة جوية استهدفت "
          "موقعاً تابعاً لـ«كتائب حزب الله» قرب قضاء القائم", SEC07, "", A_OFF, "حسبما ذكر", ANON,
          via=["«الشرق الأوسط»"]),
        E("drone", "طائرة مسيّرة «مجهولة الهوية» أطلقت صاروخين على مستودع داخل الموقع", "المصدر", SEC07, A_OFF,
          "وأوضح", ANON, via=["«الشرق الأوسط»"]),
        E("pmf4", "حصيلة «الاعتداء الآثم» بلغت أربعة شهداء من منتسبي اللواء 45 وجريحين", PMF, "", ORG, "أعلنت"),
        E("pmf_vow", "بعدم السماح بمرور «هذه الجريمة» من دون حساب", "متوعدة", PMF, ORG, "متوعدة"),
        E("kh_us", "الضربة أميركية بامتياز", SAADI, "", N_OFF, "قال", DIRECT),
        E("kh_noagr", "لا يوجد أي اتفاق على انسحاب قوات الاحتلال الأميركي، وكل ما تروّجه الحكومة وعود لا قيمة لها",
          SAADI, "", N_OFF, "قال", DIRECT),
        E("us_deny", "تكون القوات الأميركية أو قوات التحالف الدولي قد نفذت أي عملية جوية في غرب العراق",
          "مسؤولاً عسكرياً أميركياً", "", A_OFF, "نفى", ANON, NEG, via=["وكالة «رويترز»"]),
        E("gov_probe", "رئيس الوزراء وجّه بتشكيل لجنة تحقيق عليا لكشف ملابسات الضربة", ZUBAIDI, "", N_OFF, "قال"),
        E("gov_viol", "انتهاك صارخ للسيادة العراقية", "واصفاً", ZUBAIDI, N_OFF, "واصفاً", DIRECT),
        E("gov_agr", "الاتفاق المبرم مع واشنطن على انسحاب قوات التحالف الدولي على مرحلتين «ما زال سارياً»", "الزبيدي",
          ZUBAIDI, N_OFF, "وأكد"),
        E("gov_phase1", "مرحلته الأولى أُنجزت بخروج قوات التحالف من قاعدة عين الأسد", "الزبيدي", ZUBAIDI, N_OFF,
          "وأكد"),
        E("qm_loc", "الموقع المستهدف يقع في منطقة صحراوية تبعد نحو 15 كيلومتراً عن مركز القضاء", JUGHAIFI, "", N_OFF,
          "وقال", via=["«الشرق الأوسط»"]),
        E("qm_nociv", "الضربة «لم توقع أي إصابات في صفوف المدنيين»", "مؤكداً", JUGHAIFI, N_OFF, "مؤكداً",
          via=["«الشرق الأوسط»"]),
        E("analyst_isr", "تكون إسرائيل وراء الضربة", RAWI, "", N_PER, "ولا يستبعد"),
        E("analyst_2019", "استهدفت مواقع لـ«الحشد» في المنطقة نفسها صيف 2019 من دون أن تتبنى ذلك رسمياً", "لافتاً",
          RAWI, N_PER, "لافتاً"),
    ]},
    "r08_qaim_toll": {"outlet": "فرانس برس", "published": "2025-09-18", "entries": [
        E("sec11", "ارتفعت حصيلة الضربة الجوية التي استهدفت فجر الأربعاء موقعاً لفصيل «كتائب حزب الله» الموالي لإيران "
          "قرب مدينة القائم في غرب العراق إلى 11 قتيلاً، بعد وفاة ثلاثة جرحى متأثرين بإصاباتهم", "مصدر أمني", "",
          A_OFF, "وفق ما أفاد", ANON, via=["وكالة فرانس برس"]),
        E("pmf6", "الحصيلة النهائية للضربة ارتفعت إلى ستة شهداء", PMF, "", ORG, "قالت"),
        E("hosp7", "المستشفى تسلّم جثث سبعة قتلى سقطوا في الضربة", HOSP, "", A_OFF, "وقال", ANON,
          via=["فرانس برس"]),
        E("hosp_icu", "جريحين ما زالا في العناية المركزة", "مضيفاً", HOSP, A_OFF, "مضيفاً", ANON, DIRECT,
          via=["فرانس برس"]),
        E("resident", "سمعنا ثلاثة انفجارات متتالية، وكان راعي أغنام من أبناء القرية بين القتلى",
          "أحد سكان قرية قريبة من الموقع", "", A_SRC, "وقال", ANON, DIRECT, via=["فرانس برس"]),
        E("kh_us_echo", "الضربة أميركية بامتياز", SAADI, "", N_OFF, "قال", DIRECT),
        E("israel", "سلاح الجو الإسرائيلي نفذ الضربة «لإحباط تهريب شحنة أسلحة إيرانية عبر الحدود»",
          "مسؤول أمني إسرائيلي", "", A_OFF, "نقلت", ANON, via=["هيئة البث الإسرائيلية العامة «كان»"]),
        E("centcom", "القوات الأميركية لم تنفذ أي ضربة في العراق هذا الأسبوع", BROOKS, "", N_OFF, "وقال", DIRECT,
          via=["فرانس برس"]),
        E("us_deny_echo", "تكون قوات بلاده أو قوات التحالف نفذت أي عملية جوية في غرب العراق", "مسؤول عسكري أميركي",
          "", A_OFF, "نفى", ANON, NEG, via=["وكالة رويترز"]),
        E("pmf_src", "الموقع المستهدف «مقر للإسناد اللوجستي ولا يضم أي مخازن للأسلحة»", "مصدر في الحشد الشعبي", "",
          A_OFF, "وأكد", ANON, via=["فرانس برس"]),
        E("kh_noagr_echo", "لا يوجد أي اتفاق على انسحاب قوات الاحتلال الأميركي", "الساعدي", SAADI, N_OFF, "قال",
          DIRECT),
        E("mofa", "بغداد وواشنطن اتفقتا على انسحاب قوات التحالف من العراق الاتحادي بحلول أيلول/سبتمبر 2025، ومن إقليم "
          "كردستان بعد ذلك بعام", "مسؤول في وزارة الخارجية العراقية", "", A_OFF, "أكد", ANON, DIRECT,
          via=["فرانس برس"]),
        E("nujaba", "الاتفاق لم يُنفذ منه شيء على الأرض، والقوات الأميركية ما زالت في عين الأسد",
          "عضو المكتب السياسي لحركة «النجباء» رعد الفتلاوي", "", N_OFF, "قال", DIRECT, via=["فرانس برس"]),
        E("joc", "لجنة التحقيق «باشرت عملها في موقع الضربة»", "قيادة العمليات المشتركة", "", ORG, "وأعلنت"),
    ]},
    "r09_tishreen_clashes": {"outlet": "الجزيرة نت", "published": "2025-02-10", "entries": [
        E("hd", "استعدنا قريتين قرب سد تشرين بعد معارك مع فصائل موالية لتركيا", "قسد", SDF, ORG, ":", HEAD),
        E("sdf_ctrl", "استعادت السيطرة على قريتي أبو قلقل والمستريحة جنوب شرقي مدينة منبج", SDF, "", ORG, "أعلنت"),
        E("sdf23", "مقاتلي قسد «قتلوا 23 عنصراً من الفصائل» خلال المعارك", SHEIKHO, "", N_OFF, "وقال",
          via=["الجزيرة نت"]),
        E("sdf_loss4", "قسد خسرت أربعة من مقاتليها", "مضيفاً", SHEIKHO, N_OFF, "مضيفاً", via=["الجزيرة نت"]),
        E("sdf_alliance", "«فرقة السلطان سليمان شاه» بالعمل «في تحالف ميداني مع بقايا تنظيم الدولة الإسلامية» في ريف منبج",
          "شيخو", SHEIKHO, N_OFF, "واتهم"),
        E("sdf_isis_join", "عناصر من التنظيم شاركوا في الهجمات الأخيرة على محيط السد", "مشيراً", SHEIKHO, N_OFF,
          "مشيراً"),
        E("sna_deny", "سيطرة قسد على أي من القريتين", SHEIKH, "", N_OFF, "نفى", NEG),
        E("sna_hold", "المقاتلين «صدّوا الهجوم وما زالوا يتمركزون في أبو قلقل والمستريحة»", "وقال", SHEIKH, N_OFF,
          "وقال", via=["الجزيرة نت"]),
        E("sna3", "خسائر الفصائل اقتصرت على ثلاثة قتلى", "مؤكداً", SHEIKH, N_OFF, "مؤكداً", via=["الجزيرة نت"]),
        E("sohr31", "31 مقاتلاً قُتلوا منذ اندلاع المواجهات مساء الأحد، هم 19 من الفصائل الموالية لأنقرة و12 من قسد",
          SOHR, "", ORG, "أفاد"),
        E("sohr_out", "الأخيرة تقدمت إلى الأطراف الشرقية لقرية أبو قلقل وسط اشتباكات متواصلة", "مشيراً", SOHR, ORG,
          "مشيراً"),
        E("kurd_truce", "الطرفين توصلا، بوساطة أميركية، إلى اتفاق على وقف إطلاق النار في محيط سد تشرين",
          "مصادر كردية مطلعة", "", A_SRC, "قالت", ANON, via=["الجزيرة نت"], alt_types=[A_OFF]),
        E("tr_notruce", "لا يوجد أي اتفاق لوقف إطلاق النار في محيط سد تشرين مع التنظيمات الإرهابية", TR_MOD, "", A_OFF, "نقلت", ANON,
          DIRECT, via=["وكالة الأناضول"]),
        E("an_tactical", "العلاقة بين «سليمان شاه» وخلايا التنظيم «لا تعدو كونها تنسيقاً تكتيكياً مؤقتاً»", AHMAD, "",
          N_PER, "ويرى"),
        E("an_noall", "وجود أي تحالف بين الطرفين", "مستبعداً", AHMAD, N_PER, "مستبعداً", NEG),
        E("sdf_arrest9", "اعتقال خلية من تسعة عناصر تابعة لتنظيم الدولة في بلدة الشحيل بريف دير الزور الشرقي", "قسد",
          SDF, ORG, "أعلنت"),
        E("centcom_arrest", "قوات شريكة اعتقلت «قيادياً في التنظيم وثمانية من مساعديه»", "القيادة المركزية الأميركية",
          "", ORG, "قالت"),
    ]},
    "r10_tishreen_anadolu": {"outlet": "الأناضول", "published": "2025-02-11", "entries": [
        E("hd", "«الجيش الوطني السوري» يحتفظ بمواقعه قرب سد تشرين", "مصدر عسكري", SNA_SRC, A_OFF, ":", ANON, HEAD),
        E("sna_ctrl", "قوات الجيش صدّت هجوماً شنه تنظيم «ي ب ك/ بي كا كا» الإرهابي ليل الأحد - الاثنين على قريتي "
          "أبو قلقل والمستريحة جنوب شرقي منبج بريف حلب، وإن القريتين «ما زالتا تحت سيطرة الجيش الوطني بالكامل»",
          SNA_SRC, "", A_OFF, "قال", ANON, via=["الأناضول"]),
        E("sna27", "27 إرهابياً من التنظيم قُتلوا خلال الاشتباكات، فيما قضى عنصران من الجيش الوطني وأصيب سبعة آخرون",
          "المصدر", SNA_SRC, A_OFF, "وأضاف", ANON, via=["الأناضول"]),
        E("sna_drones", "التنظيم «استخدم طائرات مسيّرة انتحارية في الهجوم»", "ولفت", SNA_SRC, A_OFF, "ولفت", ANON,
          via=["الأناضول"]),
        E("sdf_all_echo", "«فرقة السلطان سليمان شاه» تعمل «في تحالف ميداني مع بقايا تنظيم الدولة الإسلامية» في ريف منبج",
          "المتحدث باسم التنظيم الإرهابي دلوفان شيخو", "", N_OFF, "زعم"),
        E("amshat_deny", "يكون للفرقة أي تنسيق مع خلايا «داعش»", ABDULLAH, "", N_OFF, "ونفى", NEG,
          via=["الأناضول"]),
        E("amshat_lies", "تلك المزاعم بأنها «أكاذيب مكشوفة تهدف إلى تبرير الدعم الغربي للتنظيم»", "واصفاً", ABDULLAH,
          N_OFF, "واصفاً", via=["الأناضول"]),
        E("tr_notruce", "لا يوجد أي اتفاق لوقف إطلاق النار في محيط سد تشرين مع التنظيمات الإرهابية", TR_MOD, "", A_OFF, "قالت", ANON,
          DIRECT),
        E("tr14", "القوات التركية «حيّدت 14 إرهابياً في مناطق عمليات درع الفرات وغصن الزيتون ونبع السلام خلال الأسبوع الماضي»",
          "مشيرة", TR_MOD, A_OFF, "مشيرة", ANON),
        E("media_truce", "التوصل إلى هدنة برعاية أميركية تبدأ صباح الثلاثاء", "وسائل إعلام مقربة من التنظيم", "", MEDIA,
          "تحدثت", ANON),
        E("us_work", "واشنطن «تعمل مع جميع الأطراف لخفض التصعيد»", STATE, "", A_OFF, "قال", ANON, via=["الأناضول"]),
        E("us_noagr", "لم يتم التوصل إلى اتفاق بعد", "مضيفاً", STATE, A_OFF, "مضيفاً", ANON, DIRECT,
          via=["الأناضول"]),
        E("wh_civ", "قصفاً مدفعياً مصدره مناطق سيطرة التنظيم استهدف الأحياء الشرقية لمدينة منبج، ما أسفر عن مقتل مدنيين "
          "اثنين بينهم طفل وإصابة ستة آخرين", "الدفاع المدني السوري (الخوذ البيضاء)", "", ORG, "قال"),
        E("mp_arrest5", "القبض على خلية تابعة لـ«داعش» مؤلفة من خمسة أشخاص", "الشرطة العسكرية", "", ORG, "أعلنت"),
    ]},
    "r11_diafarabe_attack": {"outlet": "رويترز", "published": "2025-07-14", "entries": [
        E("hd", "مقتل 41 مسلحاً في هجوم على موقع عسكري بوسط البلاد", "جيش مالي", MALI_ARMY, ORG, ":", HEAD),
        E("army41", "قواته قتلت 41 مسلحاً خلال هجوم شنه متشددون على موقع عسكري في بلدة ديافارابي", MALI_ARMY, "", ORG,
          "قال"),
        E("jnim_resp", "مسؤوليتها عن الهجوم", "جماعة مرتبطة بتنظيم القاعدة", JNIM, ORG, "وأعلنت"),
        E("army6", "ستة جنود قتلوا وأصيب عشرة آخرون في الهجوم", "الجيش", MALI_ARMY, ORG, "وذكر",
          via=["التلفزيون الرسمي"]),
        E("army_ctrl", "الوضع تحت السيطرة بالكامل", "مضيفاً", MALI_ARMY, ORG, "مضيفاً", DIRECT,
          via=["التلفزيون الرسمي"]),
        E("jnim_ctrl", "مقاتليها «سيطروا على الثكنة بالكامل»", JNIM, "", ORG, "وقالت", via=["مؤسسة «الزلاقة»"]),
        E("jnim38", "قتلوا 38 جندياً واستولوا على أسلحة وعربات", JNIM, "", ORG, "وقالت", via=["مؤسسة «الزلاقة»"]),
        E("local17", "«ما لا يقل عن 17 جندياً» قتلوا", LOCAL, "", A_OFF, "وقال", ANON, via=["رويترز"]),
        E("local_bodies", "السكان ساعدوا في نقل الجثث إلى مستشفى موبتي", "مشيراً", LOCAL, A_OFF, "مشيراً", ANON,
          via=["رويترز"]),
        E("ac_heli", "مروحياته «شاركت في المعارك ودمرت ثلاث عربات للمسلحين»", "الفيلق الأفريقي الروسي", "", ORG,
          "وقال"),
        E("gov_alliance", "جماعة نصرة الإسلام والمسلمين وتنظيم «داعش - ولاية الساحل» بإبرام «تحالف شيطاني» لتنسيق "
          "الهجمات على الجيش", "المتحدث باسم الحكومة الانتقالية في مالي موسى كامارا", "", N_OFF, "واتهم"),
        E("sisse_war", "الجماعتين «تخوضان اقتتالاً مفتوحاً منذ 2020» في منطقتي ميناكا وغاو", SISSE, "", N_PER, "قال",
          via=["رويترز"]),
        E("sisse_nocoord", "أي تنسيق بينهما «مستبعد تماماً في الوقت الراهن»", SISSE, "", N_PER, "قال",
          via=["رويترز"]),
        E("local_talks", "مفاوضات يجريها أعيان من المنطقة مع الجماعة، بوساطة من المجلس الإسلامي الأعلى، لرفع الحصار",
          "مصادر محلية", "", A_SRC, "وتحدثت", ANON),
    ]},
    "r12_diafarabe_followup": {"outlet": "اندبندنت عربية", "published": "2025-07-15", "entries": [
        E("army52", "ارتفاع حصيلة قتلى المهاجمين في الهجوم على موقعه في بلدة ديافارابي وسط البلاد إلى 52 مسلحاً",
          MALI_ARMY, "", ORG, "أعلن"),
        E("army9", "مقتل تسعة من جنوده بعد وفاة ثلاثة من الجرحى", "مقراً", MALI_ARMY, ORG, "مقراً"),
        E("jnim_stick", "«السيطرة على الثكنة» ومقتل 38 جندياً", "جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة",
          "", ORG, "تتمسك"),
        E("army_solo", "القوات المسلحة واجهت المهاجمين «بوسائلها الذاتية ومن دون أي إسناد جوي خارجي»", DEMBELE, "",
          N_OFF, "وقال", via=["التلفزيون الرسمي"]),
        E("army_notfall", "الموقع «لم يسقط في أي لحظة»", "مؤكداً", DEMBELE, N_OFF, "مؤكداً",
          via=["التلفزيون الرسمي"]),
        E("sec_heli", "مروحيتين تابعتين للفيلق الأفريقي، الذي خلف مجموعة «فاغنر» الروسية، «قدمتا إسناداً جوياً حاسماً» "
          "خلال المعارك", "مصدراً أمنياً مالياً", "", A_OFF, "أكد", ANON, via=["وكالة الصحافة الفرنسية"]),
        E("ac_echo", "مروحياته «شاركت في المعارك»", "الفيلق نفسه", "الفيلق الأفريقي", ORG, "قال",
          resolved_elsewhere=True),  # the text has «للفيلق الأفريقي»
        E("mayor3", "ثلاثة مدنيين قتلوا برصاص طائش خلال الاشتباكات", TRAORE, "", N_OFF, "قال",
          via=["«اندبندنت عربية»"]),
        E("mayor_disp", "عشرات العائلات نزحت نحو مدينة موبتي خوفاً من هجوم جديد", TRAORE, "", N_OFF, "قال", DIRECT,
          via=["«اندبندنت عربية»"]),
        E("med_deny", "وجود أي مفاوضات مع الجماعة", KOULIBALY, "", N_OFF, "نفى", NEG, alt_types=[N_PER]),
        E("med_quote", "لم يكلفني أحد بأي وساطة، ولا توجد قنوات مفتوحة مع نصرة الإسلام والمسلمين", "وقال", KOULIBALY,
          N_OFF, "وقال", DIRECT, via=["«اندبندنت عربية»"], alt_types=[N_PER]),
        E("bamako_nom", "للجماعة بالتحالف مع تنظيم «داعش - ولاية الساحل»", "باماكو", "", ORG, "اتهامات", OPT),
        E("acled", "الاشتباكات بين التنظيمين أوقعت أكثر من 200 قتيل منذ مطلع العام في منطقتي ميناكا وغاو",
          "تقرير حديث لمشروع بيانات مواقع النزاعات المسلحة وأحداثها (أكليد)", "", DOC, "أفاد"),
        E("isis14", "مقتل 14 من عناصر «القاعدة» في كمين قرب ميناكا", "«داعش»", "تنظيم «داعش - ولاية الساحل»", ORG,
          "أعلن", via=["وكالة «أعماق»"]),
        E("dubois_noall", "لا يوجد تحالف بين التنظيمين", DUBOIS, "", N_PER, "وترى", DIRECT),
        E("dubois_local", "«تفاهمات محلية لعدم الاعتداء» في بعض مناطق شمال بوركينا فاسو", "لكنها", DUBOIS, N_PER,
          "تشير"),
        E("bf30", "قتل «أكثر من 30 إرهابياً» في عملية جوية قرب مدينة جيبو", "الجيش البوركيني", "", ORG, "قال"),
    ]},
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # Iraq: death toll of the same strike (Wednesday 8 by the security source; PMF 4, then 6 on Thursday)
        ("r07.hd", "r07.pmf4"),
        ("r07.sec8", "r07.pmf4"),
        ("r07.sec8", "r08.pmf6"),              # 8 dead on Wednesday vs a total of 6 on Thursday
        ("r07.hd", "r08.pmf6"),
        ("r08.sec11", "r08.pmf6"),             # 11 vs 6, both Thursday
        ("r08.hosp7", "r08.pmf6"),             # one hospital got 7 bodies, PMF says the final toll is 6
        # Iraq: who carried out the strike (US vs US denial / Israel)
        ("r07.kh_us", "r07.us_deny"),
        ("r07.kh_us", "r08.centcom"),
        ("r07.kh_us", "r08.us_deny_echo"),
        ("r07.kh_us", "r08.israel"),
        ("r08.kh_us_echo", "r07.us_deny"),
        ("r08.kh_us_echo", "r08.centcom"),
        ("r08.kh_us_echo", "r08.us_deny_echo"),
        ("r08.kh_us_echo", "r08.israel"),
        # Iraq: civilian casualties
        ("r07.qm_nociv", "r08.resident"),      # no civilian hurt vs a shepherd among the dead
        # Iraq: agreement on the coalition's withdrawal
        ("r07.kh_noagr", "r07.gov_agr"),
        ("r07.kh_noagr", "r08.mofa"),
        ("r08.kh_noagr_echo", "r07.gov_agr"),
        ("r08.kh_noagr_echo", "r08.mofa"),
        ("r07.gov_phase1", "r08.nujaba"),      # first phase done (left Ain al-Asad) vs nothing done, still there
        # Syria: control of Abu Qalqal and al-Mustariha
        ("r09.hd", "r09.sna_deny"),
        ("r09.hd", "r09.sna_hold"),
        ("r09.hd", "r10.hd"),
        ("r09.hd", "r10.sna_ctrl"),
        ("r09.sdf_ctrl", "r09.sna_deny"),
        ("r09.sdf_ctrl", "r09.sna_hold"),
        ("r09.sdf_ctrl", "r10.hd"),
        ("r09.sdf_ctrl", "r10.sna_ctrl"),
        # Syria: fighters killed in the same battle
        ("r09.sdf23", "r09.sna3"),             # factions lost 23 vs 3
        ("r09.sdf23", "r10.sna27"),            # 23 vs 2
        ("r09.sdf23", "r09.sohr31"),           # 23 vs 19
        ("r09.sdf_loss4", "r10.sna27"),        # SDF lost 4 vs 27
        ("r09.sdf_loss4", "r09.sohr31"),       # 4 vs 12
        ("r09.sna3", "r09.sohr31"),            # 3 vs 19
        ("r09.sna3", "r10.sna27"),             # 3 (Monday) vs 2 (Tuesday), both SNA side
        ("r09.sohr31", "r10.sna27"),           # 19/12 vs 2/27
        # Syria: ceasefire reached vs no agreement
        ("r09.kurd_truce", "r09.tr_notruce"),
        ("r09.kurd_truce", "r10.tr_notruce"),
        ("r09.kurd_truce", "r10.us_noagr"),
        ("r10.media_truce", "r10.tr_notruce"),
        ("r10.media_truce", "r09.tr_notruce"),
        ("r10.media_truce", "r10.us_noagr"),
        # Syria: Sultan Suleiman Shah - ISIS: alliance vs tactical coordination vs no coordination
        ("r09.sdf_alliance", "r09.an_tactical"),
        ("r09.sdf_alliance", "r09.an_noall"),
        ("r09.sdf_alliance", "r10.amshat_deny"),
        ("r10.sdf_all_echo", "r10.amshat_deny"),
        ("r10.sdf_all_echo", "r09.an_tactical"),
        ("r10.sdf_all_echo", "r09.an_noall"),
        ("r09.an_tactical", "r10.amshat_deny"),  # tactical coordination exists vs no coordination at all
        # Mali: soldiers killed at Diafarabe
        ("r11.army6", "r11.jnim38"),
        ("r11.army6", "r11.local17"),
        ("r11.army6", "r12.jnim_stick"),
        ("r12.army9", "r11.jnim38"),
        ("r12.army9", "r11.local17"),
        ("r12.army9", "r12.jnim_stick"),
        # Mali: did the post fall
        ("r12.army_notfall", "r11.jnim_ctrl"),
        ("r12.army_notfall", "r12.jnim_stick"),
        # Mali: Russian (Africa Corps) air support
        ("r12.army_solo", "r11.ac_heli"),
        ("r12.army_solo", "r12.sec_heli"),
        ("r12.army_solo", "r12.ac_echo"),
        # Mali: JNIM - ISIS Sahel alliance vs open fighting
        ("r11.gov_alliance", "r11.sisse_war"),
        ("r11.gov_alliance", "r11.sisse_nocoord"),
        ("r11.gov_alliance", "r12.dubois_noall"),
        # Mali: negotiations with JNIM
        ("r11.local_talks", "r12.med_deny"),
        ("r11.local_talks", "r12.med_quote"),
    ],
    "agreements": [
        ("r07.us_deny", "r08.centcom"),           # US forces did not strike
        ("r08.us_deny_echo", "r08.centcom"),
        ("r07.gov_agr", "r08.mofa"),              # an agreement on ending the coalition mission exists
        ("r07.gov_probe", "r08.joc"),             # an investigation committee is at work
        ("r09.sdf_arrest9", "r09.centcom_arrest"),  # nine ISIS members arrested (a leader and eight aides)
        ("r09.tr_notruce", "r10.us_noagr"),       # no ceasefire agreement
        ("r10.tr_notruce", "r10.us_noagr"),
        ("r09.sna_hold", "r10.sna_ctrl"),         # SNA still holds both villages
        ("r09.sna_hold", "r10.hd"),
        ("r09.sna_deny", "r10.sna_ctrl"),
        ("r11.ac_heli", "r12.sec_heli"),          # Africa Corps helicopters took part
        ("r12.ac_echo", "r12.sec_heli"),
        ("r11.sisse_war", "r12.acled"),           # JNIM and ISIS Sahel fight each other
        ("r11.sisse_war", "r12.isis14"),
        ("r12.acled", "r12.isis14"),
        ("r11.sisse_nocoord", "r12.dubois_noall"),  # no alliance between the two groups
    ],
    "echoes": [
        ("r07.kh_us", "r08.kh_us_echo"),          # al-Saadi's statement of Wednesday, quoted again by AFP
        ("r07.kh_noagr", "r08.kh_noagr_echo"),
        ("r07.us_deny", "r08.us_deny_echo"),      # the US official's words to Reuters, retold
        ("r09.tr_notruce", "r10.tr_notruce"),     # the Turkish MoD briefing, via Anadolu and by Anadolu
        ("r09.sdf_alliance", "r10.sdf_all_echo"),  # Sheikho's accusation to Al Jazeera, retold by Anadolu
        ("r11.jnim38", "r12.jnim_stick"),         # JNIM's al-Zallaqa statement, retold
        ("r11.jnim_ctrl", "r12.jnim_stick"),
        ("r11.ac_heli", "r12.ac_echo"),           # the Africa Corps Telegram post, retold
    ],
    "not_contradictions": [
        ("r07.sec8", "r08.sec11"),                # toll rose from 8 to 11 (three wounded died)
        ("r07.hd", "r08.sec11"),
        ("r07.pmf4", "r08.pmf6"),                 # PMF's own toll rose from 4 to 6
        ("r08.hosp7", "r08.sec11"),               # bodies at one hospital vs the total
        ("r07.sec8", "r08.hosp7"),
        ("r07.drone", "r07.kh_us"),               # "unidentified drone" is not a claim that it was not American
        ("r07.analyst_isr", "r07.kh_us"),         # "does not rule out Israel" asserts nothing
        ("r08.israel", "r08.centcom"),            # Israel did it / the US did not
        ("r07.gov_agr", "r08.nujaba"),            # the agreement exists vs it has not been implemented
        ("r07.drone", "r08.pmf_src"),             # a depot was hit vs no weapons stores at the site
        ("r09.an_tactical", "r09.an_noall"),      # tactical coordination but no alliance (same speaker)
        ("r09.sdf_arrest9", "r10.mp_arrest5"),    # two different cells, two places
        ("r10.wh_civ", "r10.sna27"),              # two civilians vs fighters' losses
        ("r10.tr14", "r10.sna27"),                # Turkish forces' weekly count vs the SNA's battle figure
        ("r10.us_work", "r09.kurd_truce"),        # working on de-escalation vs a US-mediated deal
        ("r10.us_work", "r10.us_noagr"),          # same speaker
        ("r09.sna3", "r09.sdf_loss4"),            # losses of different sides
        ("r09.sohr_out", "r09.sna_deny"),         # SDF reached the outskirts vs no SDF control of the villages
        ("r11.local17", "r11.jnim38"),            # "at least 17" vs 38
        ("r11.army41", "r12.army52"),             # army's toll of attackers rose from 41 to 52
        ("r11.hd", "r12.army52"),
        ("r11.army6", "r12.army9"),               # six soldiers, then nine after three wounded died
        ("r12.mayor3", "r12.army9"),              # civilians vs soldiers
        ("r12.dubois_noall", "r12.dubois_local"),  # no alliance but local non-aggression understandings
        ("r12.bf30", "r11.army41"),               # a different operation in another country
        ("r12.dubois_local", "r11.sisse_war"),    # understandings in northern Burkina vs fighting in Menaka and Gao
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
