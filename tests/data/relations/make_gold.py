"""Writes gold.json for the first relations set (r01..r06) from the annotations below (`python3 tests/data/relations/make_gold.py`).

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

SHARAB = "المتحدث باسم الحكومة اليمنية نبيل الشرعبي"
SAMEI = "مدير مكتب الصحة في محافظة تعز الدكتور عبد الرحيم السامعي"
WASHLI = "المتحدث العسكري باسم جماعة أنصار الله (الحوثيين) العميد حميد الوشلي"
ENVOY = "مكتب المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن"
HARBI = "المتحدث باسم تحالف دعم الشرعية في اليمن العميد منصور الحربي"
ABSI = "الباحث السياسي اليمني وضاح العبسي"
MONITOR = "مرصد تعز للحقوق والحريات"
UNICEF = "منظمة الأمم المتحدة للطفولة (يونيسف)"
SDN = "شبكة أطباء السودان"
BABIKER = "المتحدث باسم الجيش السوداني العميد معتصم بابكر"
IDRIS = "المستشار السياسي لقائد قوات الدعم السريع حامد إدريس"
HAROUN = "المتحدث باسم القوة المشتركة لحركات الكفاح المسلح آدم عيسى هارون"
RC = "تنسيقية لجان المقاومة في الفاشر"
DIPLO = "دبلوماسي مطلع على الوساطة"
GNU_MOD = "وزارة الدفاع في حكومة الوحدة الوطنية الليبية"
FITOURI = "المتحدث باسم القيادة العامة لقوات شرق ليبيا اللواء عمران الفيتوري"
JMC = "عضو في اللجنة العسكرية المشتركة (5+5)"
WARFALLI = "المحلل السياسي الليبي سالم الورفلي"
SHABAB = "حركة الشباب المرتبطة بتنظيم القاعدة"
ADOW = "المتحدث باسم وزارة الدفاع الصومالية عبد الرحمن طاهر عدو"
US_OFF = "مسؤولا عسكريا أميركيا"
MARWANI = "عضو المكتب السياسي لجماعة أنصار الله ياسر المروني"

ARTICLES: dict[str, dict[str, Any]] = {
    "r01_taiz_market": {"outlet": "الشرق الأوسط", "published": "2025-03-12", "entries": [
        E("hd", "27 قتيلا بقصف حوثي على سوق شعبي في تعز", "الحكومة اليمنية", "", ORG, ":", HEAD),
        E("moh27", "27 مدنيا قتلوا في قصف مدفعي شنته جماعة الحوثي مساء الثلاثاء على سوق شعبي في حي الجحملية شرقي مدينة تعز",
          "وزارة الصحة العامة والسكان في الحكومة اليمنية المعترف بها دوليا", "", ORG, "قالت"),
        E("kids5", "بين القتلى خمسة أطفال وثلاث نساء", SAMEI, "", N_OFF, "وأوضح"),
        E("wounded43", "مستشفيات المدينة استقبلت 43 جريحا، حالة تسعة منهم حرجة", "مضيفا", SAMEI, N_OFF, "مضيفا"),
        E("ambulance", "سيارات الإسعاف واجهت صعوبة في الوصول إلى السوق بسبب استمرار سقوط القذائف", "وأشار", SAMEI,
          N_OFF, "وأشار"),
        E("gov_quote", "الجماعة الحوثية ترد على كل مبادرة للتهدئة بمزيد من القذائف على رؤوس المدنيين", SHARAB, "",
          N_OFF, "وقال", DIRECT, via=["«الشرق الأوسط»"]),
        E("gov_noagr", "الحكومة لم تتوصل إلى أي اتفاق جديد مع الحوثيين بشأن فتح الطرق المغلقة في تعز", "مشيرا",
          SHARAB, N_OFF, "مشيرا", via=["«الشرق الأوسط»"]),
        E("h_deny", "تكون قوات الجماعة قد استهدفت السوق", WASHLI, "", N_OFF, "نفى", NEG, via=["قناة «المسيرة»"]),
        E("h_accuse", "القوات الحكومية بالتسبب في انفجار مخزن للذخيرة قرب الحي", "متهما", WASHLI, N_OFF, "متهما",
          via=["قناة «المسيرة»"]),
        E("envoy", "يشعر بقلق بالغ إزاء التقارير عن سقوط ضحايا مدنيين في تعز", ENVOY, "", ORG, "وقال"),
        E("envoy2", "على تواصل مع الطرفين لاحتواء التصعيد", "مضيفا", ENVOY, ORG, "مضيفا"),
        E("marib", "ثلاثة جنود من القوات الحكومية قتلوا الأحد في هجوم بطائرة مسيرة حوثية استهدف موقعا عسكريا في مديرية صرواح",
          HARBI, "", N_OFF, "أعلن"),
        E("intercept", "الدفاعات الجوية اعترضت طائرة ثانية قبل وصولها إلى هدفها", "مؤكدا", HARBI, N_OFF, "مؤكدا"),
        E("un_report", "الحوثيين يقيمون تنسيقا متزايدا مع حركة الشباب الصومالية في مجال تهريب الأسلحة عبر خليج عدن",
          "تقرير لفريق خبراء الأمم المتحدة المعني باليمن", "", DOC, "أفاد"),
        E("absi1", "التهدئة باتت حبرا على ورق في جبهات تعز", ABSI, "", N_PER, "ويرى"),
        E("absi2", "المدينة تعيش حصارا جزئيا منذ نحو عشر سنوات", "لافتا", ABSI, N_PER, "لافتا"),
        E("absi3", "أي اتفاق لا يشمل فتح الطرق «لن يصمد طويلا»", "وأضاف", ABSI, N_PER, "وأضاف"),
    ]},
    "r02_taiz_toll": {"outlet": "فرانس برس", "published": "2025-03-13", "entries": [
        E("moh31", "ارتفعت حصيلة القصف الذي استهدف سوقا شعبيا في مدينة تعز بجنوب غرب اليمن إلى 31 قتيلا",
          "وزارة الصحة في الحكومة المعترف بها دوليا", "", ORG, "بحسب"),
        E("mon12", "عدد القتلى لم يتجاوز 12 شخصا", "مرصد حقوقي محلي", MONITOR, ORG, "قال"),
        E("mon_visit", "فرقه زارت المستشفيات الثلاثة التي نقل إليها الضحايا", MONITOR, "", ORG, "وأوضح"),
        E("mon_accuse", "السلطات المحلية بتضخيم الأرقام «لأغراض سياسية»", "متهما", MONITOR, ORG, "متهما"),
        E("unicef5", "خمسة أطفال قتلوا في الهجوم", UNICEF, "", ORG, "وقالت"),
        E("unicef_q", "لا شيء يبرر استهداف أماكن يرتادها الأطفال", "مؤكدة", UNICEF, ORG, "مؤكدة", DIRECT),
        E("vendor", "سمعنا صفير القذائف آتيا من التلال الشرقية التي يسيطر عليها الحوثيون، وسقطت الأولى وسط البسطات",
          "بائع خضار في السوق", "", A_SRC, "وقال", ANON, DIRECT, via=["وكالة فرانس برس"]),
        E("h_deny", "تكون قوات الجماعة قد استهدفت السوق", "المتحدث العسكري باسم الحوثيين العميد حميد الوشلي", "",
          N_OFF, "ونفى", NEG, via=["قناة «المسيرة»"]),
        E("h_accuse", "القوات الحكومية بالتسبب في انفجار مخزن للذخيرة قرب الحي", "متهما",
          "المتحدث العسكري باسم الحوثيين العميد حميد الوشلي", N_OFF, "متهما", via=["قناة «المسيرة»"]),
        E("h_agree", "توصلنا مع الطرف الآخر إلى اتفاق برعاية أممية لفتح طريق الحوبان",
          "عضو الوفد التفاوضي للحوثيين صادق المطري", "", N_OFF, "وقال", DIRECT, via=["قناة «المسيرة»"]),
        E("gov_noagr", "الحكومة لم تتوصل إلى أي اتفاق جديد مع الحوثيين بشأن فتح الطرق المغلقة في تعز",
          "المتحدث باسم الحكومة نبيل الشرعبي", "", N_OFF, "قال", via=["صحيفة «الشرق الأوسط» السعودية"]),
        E("un_spk", "المشاورات بشأن فتح الطرق ما زالت مستمرة ولم يتم التوصل إلى أي اتفاق حتى الآن",
          "متحدثا باسم مكتب المبعوث الأممي", "", A_OFF, "قال", ANON, via=["فرانس برس"]),
        E("marib", "ثلاثة جنود قتلوا الأحد بهجوم بطائرة مسيرة حوثية في مديرية صرواح", "مصدر عسكري حكومي", "",
          A_OFF, "قال", ANON, via=["فرانس برس"]),
        E("un_war", "خلّف النزاع مئات آلاف القتلى بصورة مباشرة أو غير مباشرة", "الأمم المتحدة", "", ORG, "وفق",
          alt_types=[DOC]),
    ]},
    "r03_fasher_camp": {"outlet": "العربي الجديد", "published": "2025-06-09", "entries": [
        E("hd", "40 قتيلا بمسيرة للدعم السريع على مخيم أبو شوك", SDN, "", ORG, ":", HEAD),
        E("sdn40", "40 مدنيا قتلوا، بينهم نساء وأطفال، في هجوم بطائرة مسيرة شنته قوات الدعم السريع صباح الاثنين على سوق داخل مخيم أبو شوك للنازحين",
          SDN, "", ORG, "قالت"),
        E("sdn_rockets", "المسيرة أطلقت ثلاثة صواريخ على السوق في ساعة الذروة", "الشبكة", SDN, ORG, "وأضافت"),
        E("sdn_blame", "قوات الدعم السريع المسؤولية الكاملة عن «المجزرة»", "محملة", SDN, ORG, "محملة"),
        E("army_context", "الهجوم على المخيم جاء بعد ساعات من محاولة فاشلة لاقتحام الفاشر من محورها الشمالي", BABIKER,
          "", N_OFF, "وقال"),
        E("army_haftar", "قوات حفتر تنسق مع ميليشيا الدعم السريع، وقد شنتا معا هجوما على مواقعنا في المثلث الحدودي مع ليبيا ومصر",
          "وأضاف", BABIKER, N_OFF, "وأضاف", DIRECT),
        E("army_notruce", "لا يوجد أي اتفاق هدنة مع الميليشيا المتمردة، لا في الفاشر ولا في غيرها", "بابكر", BABIKER,
          N_OFF, "وشدد", DIRECT),
        E("rsf_target", "قواته استهدفت تجمعات للجيش والقوة المشتركة داخل المخيم", IDRIS, "", N_OFF, "قال",
          via=["وكالة رويترز"]),
        E("rsf_nociv", "يكون الهجوم أوقع قتلى مدنيين", "نافيا", IDRIS, N_OFF, "نافيا", NEG, via=["وكالة رويترز"]),
        E("rsf_7", "القتلى «سبعة من عناصر القوة المشتركة فقط»", "وأضاف", IDRIS, N_OFF, "وأضاف", via=["وكالة رويترز"]),
        E("rsf_truce", "الدعم السريع توصل مع الجيش، عبر الوسطاء، إلى اتفاق على هدنة إنسانية في الفاشر مدتها أسبوع",
          "إدريس", IDRIS, N_OFF, "وأكد"),
        E("rsf_breach", "الجيش بخرقها «منذ الساعة الأولى»", "متهما", IDRIS, N_OFF, "متهما"),
        E("jf_nopos", "القوة لم تكن لها أي مواقع داخل المخيم", HAROUN, "", N_OFF, "قال"),
        E("jf_civ", "كل الضحايا من المدنيين النازحين", "مؤكدا", HAROUN, N_OFF, "مؤكدا", DIRECT),
        E("nyala", "المسيرة انطلقت من مطار نيالا الخاضع لسيطرة قوات الدعم السريع", "مصدر عسكري", "", A_OFF, "ونقلت",
          ANON, via=["صحيفة «السوداني»"]),
        E("ocha", "نحو 3 آلاف أسرة فرت من المخيم خلال الأسبوع الماضي وحده",
          "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)", "", ORG, "أفاد"),
        E("iom", "يؤوي أبو شوك نحو 190 ألف نازح", "المنظمة الدولية للهجرة", "", ORG, "وفق", alt_types=[DOC]),
    ]},
    "r04_fasher_followup": {"outlet": "رويترز", "published": "2025-06-10", "entries": [
        E("hd", "ارتفاع قتلى هجوم مخيم أبو شوك في الفاشر إلى 52", "مصادر طبية", "", A_SRC, ":", ANON, HEAD,
          alt_types=[ORG]),
        E("sdn52", "حصيلة قتلى هجوم الطائرة المسيرة على مخيم أبو شوك للنازحين قرب مدينة الفاشر ارتفعت إلى 52", SDN, "",
          ORG, "قالت"),
        E("rc70", "عدد القتلى تجاوز 70", RC, "", ORG, "قالت"),
        E("rc_buried", "عشرات الجثث دفنت دون تسجيل في مقابر داخل المخيم", "مشيرة", RC, ORG, "مشيرة"),
        E("unicef11", "11 طفلا على الأقل كانوا بين القتلى", UNICEF, "", ORG, "وقالت"),
        E("volunteer", "الصواريخ سقطت على السوق حين كان مكتظا بالنساء اللواتي يبعن الخضار والحطب",
          "متطوع في غرفة طوارئ المخيم", "", A_SRC, "وقال", ANON, alt_types=[A_OFF], via=["رويترز"]),
        E("rsf_target", "قواته استهدفت تجمعات للجيش والقوة المشتركة داخل المخيم",
          "حامد إدريس، المستشار السياسي لقائد قوات الدعم السريع", "", N_OFF, "قال", via=["رويترز"]),
        E("rsf_nociv", "سقوط قتلى مدنيين", "ونفى", "حامد إدريس، المستشار السياسي لقائد قوات الدعم السريع", N_OFF,
          "ونفى", NEG, via=["رويترز"]),
        E("drones", "الجيش أسقط مسيرتين فوق الفاشر فجر الثلاثاء", "مصادر محلية", "", A_SRC, "وأفادت", ANON,
          via=["قناة «الجزيرة»"]),
        E("diplomat", "المحادثات غير المباشرة «لم تسفر عن أي اتفاق حتى الآن»", DIPLO, "", A_OFF, "وقال", ANON),
        E("diplomat2", "الجيش يشترط انسحاب الدعم السريع من محيط المدينة قبل أي هدنة", "مضيفا", DIPLO, A_OFF, "مضيفا",
          ANON),
        E("diplomat3", "تعلن أي هدنة قبل نهاية الشهر الجاري", "واستبعد", DIPLO, A_OFF, "واستبعد", ANON, NEG),
        E("haftar_nocoord", "لا يوجد أي تنسيق لقواتنا مع أي طرف من أطراف النزاع في السودان",
          "المتحدث باسم القيادة العامة للقوات التي يقودها خليفة حفتر، اللواء عمران الفيتوري", "", N_OFF, "قال",
          DIRECT),
        E("army_accuse", "لقوات حفتر بدعم هجوم الدعم السريع على المثلث الحدودي", "الجيش السوداني", "", ORG,
          "اتهامات", optional=True),
        E("residents", "عربات تحمل شارات قوات حفتر رافقت أرتال الدعم السريع عند عبورها الحدود", "سكانا", "", A_SRC,
          "قالوا", ANON, via=["رويترز"]),
        E("un_displaced", "نزوح أكثر من 12 مليون شخص", "الأمم المتحدة", "", ORG, "بحسب"),
    ]},
    "r05_libya_sirte": {"outlet": "الجزيرة نت", "published": "2025-06-11", "entries": [
        E("hd", "قوات حفتر هاجمت مواقعنا غرب سرت", "حكومة الوحدة الليبية", "", ORG, ":", HEAD),
        E("gnu_accuse", "قوات اللواء المتقاعد خليفة حفتر بشن هجوم بالمدفعية الثقيلة فجر الأربعاء على مواقع تابعة لها في منطقة أبو قرين غرب مدينة سرت",
          GNU_MOD, "", ORG, "اتهمت"),
        E("gnu_toll", "الهجوم أسفر عن مقتل أربعة من عناصرها وإصابة سبعة آخرين", "الوزارة", GNU_MOD, ORG, "وقالت"),
        E("gnu_reply", "قواتها «ردت بالمثل» دون أن تتقدم من مواقعها", "مؤكدة", GNU_MOD, ORG, "مؤكدة"),
        E("tv_columns", "أرتالا عسكرية تابعة لحكومة الوحدة تحركت من مصراتة باتجاه أبو قرين بعد ساعات من الهجوم",
          "قناة «ليبيا الأحرار»", "", MEDIA, "وذكرت"),
        E("cmdr", "اتفاق وقف إطلاق النار انهار عمليا، والطرف الآخر هو من مزقه",
          "آمر غرفة عمليات سرت والجفرة التابعة لحكومة الوحدة العميد مصطفى الشريف", "", N_OFF, "وقال", DIRECT,
          via=["الجزيرة نت"]),
        E("lna_deny", "تكون قواته قد شنت أي هجوم على مواقع قوات حكومة الوحدة", FITOURI, "", N_OFF, "نفى", NEG),
        E("lna_reply", "وحداته «اكتفت بالرد على مصادر نيران استهدفت دورية في محيط منطقة الوشكة»", "وقال", FITOURI,
          N_OFF, "وقال"),
        E("lna_nocoord", "لا يوجد أي تنسيق لقواتنا مع أي طرف من أطراف النزاع في السودان", "الفيتوري", FITOURI, N_OFF,
          "قال", DIRECT),
        E("lna_fight", "وحدات الجيش في الكفرة «تصدت لمجموعات مسلحة عبرت الحدود، بينها عناصر من الدعم السريع»", "مشيرا",
          FITOURI, N_OFF, "مشيرا"),
        E("army_accuse", "قوات حفتر بالتنسيق مع قوات الدعم السريع في الهجوم على مواقعه في المثلث الحدودي بين السودان وليبيا ومصر",
          "الجيش السوداني", "", ORG, "اتهم"),
        E("jmc_holds", "اتفاق وقف إطلاق النار لا يزال صامدا", JMC, "", A_OFF, "وقال", ANON, via=["الجزيرة نت"]),
        E("jmc_isolated", "ما جرى في أبو قرين بأنه «حادث معزول»", "واصفا", JMC, A_OFF, "واصفا", ANON,
          via=["الجزيرة نت"]),
        E("unsmil", "وقف إطلاق النار ما زال قائما رغم حادث أبو قرين", "بعثة الأمم المتحدة للدعم في ليبيا", "", ORG,
          "وأكدت"),
        E("an_noalliance", "العلاقة بين حفتر وقوات الدعم السريع ليست تحالفا عسكريا", WARFALLI, "", N_PER, "ويرى"),
        E("an_coord", "هناك تنسيقا لوجستيا يسمح بمرور الوقود والإمدادات عبر الجنوب الليبي نحو دارفور", "مستدركا",
          WARFALLI, N_PER, "مستدركا"),
    ]},
    "r06_somalia_shabaab": {"outlet": "إندبندنت عربية", "published": "2025-03-14", "entries": [
        E("hd", "قتلنا 47 جنديا في هجوم على قاعدة وسط الصومال", "حركة الشباب", SHABAB, ORG, ":", HEAD),
        E("sh_claim", "مسؤوليتها عن هجوم شنه مقاتلوها فجر الاثنين على قاعدة للجيش الصومالي في بلدة مهداي بإقليم شبيلي الوسطى",
          SHABAB, "", ORG, "أعلنت"),
        E("sh47", "مقاتليها قتلوا 47 جنديا", "وقالت", SHABAB, ORG, "وقالت", via=["إذاعة «الأندلس»"]),
        E("sh_seize", "سيطروا على القاعدة بالكامل واستولوا على أسلحة وآليات", "مؤكدة", SHABAB, ORG, "مؤكدة",
          via=["إذاعة «الأندلس»"]),
        E("mod_repel", "الجيش صد الهجوم بعد معارك استمرت نحو ساعتين", ADOW, "", N_OFF, "قال"),
        E("mod_hold", "القاعدة «لا تزال تحت سيطرة قواتنا»", "مؤكدا", ADOW, N_OFF, "مؤكدا"),
        E("mod6", "ستة جنود قتلوا وأصيب 11 آخرون، مقابل مقتل أكثر من 30 من عناصر الحركة", "وأوضح", ADOW, N_OFF,
          "وأوضح"),
        E("aussom", "القوات الصومالية تمكنت، بدعم من وحدات البعثة، من صد الهجوم على مهداي",
          "بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال (أوسوم)", "", ORG, "وأكدت"),
        E("site_reinf", "تعزيزات عسكرية وصلت إلى البلدة مساء الاثنين", "موقع «الصومال الجديد» الإخباري", "", MEDIA,
          "وأفاد"),
        E("residents", "الاشتباكات استمرت حتى ساعات الصباح الأولى", "سكان في البلدة", "", A_SRC, "وبحسب", ANON),
        E("police9", "تسعة أشخاص قتلوا الأربعاء في تفجير سيارة مفخخة قرب مطعم في حي هودن",
          "المتحدث باسم الشرطة الصومالية الرائد محمد عثمان ورسمي", "", N_OFF, "قال"),
        E("un_report", "تنسيق متزايد بين الطرفين في تهريب الأسلحة عبر خليج عدن",
          "تقرير لفريق خبراء الأمم المتحدة المعني باليمن", "", DOC, "أشار"),
        E("som_alliance", "الحوثيين «تحالفوا مع حركة الشباب، ويزودونها بالطائرات المسيرة والخبراء»",
          "مسؤول أمني صومالي", "", A_OFF, "وقال", ANON, via=["«إندبندنت عربية»"]),
        E("us_noalliance", "لا يوجد تحالف بين الجماعتين", US_OFF, "", A_OFF, "قال", ANON),
        E("us_tactical", "هناك «تنسيقا تكتيكيا» بينهما في تهريب السلاح والمكونات العسكرية عبر خليج عدن", "مستدركا",
          US_OFF, A_OFF, "مستدركا", ANON),
        E("h_deny", "وجود أي علاقة أو تنسيق بين جماعته وحركة الشباب", MARWANI, "", N_OFF, "ونفى", NEG),
        E("h_describe", "التقرير الأممي بأنه «مسيس ويخدم أجندة أميركية»", "واصفا", MARWANI, N_OFF, "واصفا"),
        E("strength", "عدد مقاتلي الحركة بما بين 7 آلاف و12 ألف مقاتل", "مسؤولون أمنيون صوماليون", "", A_OFF,
          "ويقدر", ANON),
        E("recruits", "نحو 1500 مقاتل جديد التحقوا بالحركة خلال الأشهر الستة الماضية",
          "وزير الأمن الداخلي عبد الله شيخ إسماعيل", "", N_OFF, "نقلت",
          via=["وكالة الأنباء الصومالية الرسمية (صونا)"]),
    ]},
}

# Pairs by "article-prefix.label". Judged as a fact-checker: a contradiction is two claims that cannot both
# be true about the same thing; an echo is one original statement repeated in another article.
RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        ("r01.moh27", "r02.mon12"),          # 27 dead vs "no more than 12", same strike
        ("r02.moh31", "r02.mon12"),          # updated 31 vs 12, same strike
        ("r01.moh27", "r01.h_deny"),         # Houthi shelling killed 27 vs Houthis did not hit the market
        ("r02.vendor", "r02.h_deny"),        # shells came from Houthi-held hills vs denial
        ("r01.gov_noagr", "r02.h_agree"),    # no agreement on roads vs "we reached an agreement"
        ("r02.gov_noagr", "r02.h_agree"),    # same, republished quote in the same article
        ("r02.h_agree", "r02.un_spk"),       # agreement reached vs no agreement reached yet
        ("r03.sdn40", "r03.rsf_7"),          # 40 civilians vs only 7 joint-force fighters
        ("r03.sdn40", "r03.rsf_nociv"),      # 40 civilians vs denial of civilian deaths
        ("r03.jf_civ", "r03.rsf_7"),         # all victims civilians vs dead are 7 fighters only
        ("r03.rsf_7", "r04.unicef11"),       # dead are only 7 fighters vs 11 children among the dead
        ("r03.rsf_target", "r03.jf_nopos"),  # hit joint-force gatherings inside camp vs no positions there
        ("r03.army_notruce", "r03.rsf_truce"),  # no truce agreement vs truce agreement reached
        ("r04.diplomat", "r03.rsf_truce"),   # talks produced no agreement vs agreement reached
        ("r04.rc70", "r04.sdn52"),           # over 70 vs 52 dead, same attack, same day
        ("r03.army_haftar", "r05.lna_nocoord"),  # Haftar coordinates with RSF vs no coordination
        ("r03.army_haftar", "r05.lna_fight"),    # coordinating vs fighting RSF elements
        ("r04.residents", "r04.haftar_nocoord"),  # Haftar vehicles escorted RSF columns vs no coordination
        ("r05.an_coord", "r05.lna_nocoord"),     # logistic coordination exists vs no coordination at all
        ("r05.gnu_accuse", "r05.lna_deny"),      # Haftar forces attacked vs no attack launched
        ("r05.cmdr", "r05.unsmil"),              # ceasefire collapsed vs still in place
        ("r05.cmdr", "r05.jmc_holds"),           # ceasefire collapsed vs still holding
        ("r01.un_report", "r06.h_deny"),         # Houthi-Shabaab coordination vs no relation or coordination
        ("r06.us_tactical", "r06.h_deny"),       # tactical coordination vs no coordination
        ("r06.som_alliance", "r06.us_noalliance"),  # allied vs no alliance
        ("r06.som_alliance", "r06.h_deny"),      # allied vs no relation at all
        ("r06.sh47", "r06.mod6"),                # 47 soldiers killed vs 6 soldiers killed, same attack
        ("r06.sh_seize", "r06.mod_hold"),        # seized the base vs base still under army control
        # headline copies and republished (echoed) statements contradict the same claims as their originals
        ("r01.hd", "r02.mon12"),
        ("r01.hd", "r01.h_deny"),
        ("r01.hd", "r02.h_deny"),
        ("r01.moh27", "r02.h_deny"),
        ("r02.vendor", "r01.h_deny"),
        ("r03.hd", "r03.rsf_7"),
        ("r03.hd", "r03.rsf_nociv"),
        ("r03.sdn40", "r04.rsf_nociv"),      # 40 civilians vs (republished) denial of civilian deaths
        ("r04.unicef11", "r03.rsf_nociv"),   # children among the dead vs no civilian dead
        ("r04.unicef11", "r04.rsf_nociv"),
        ("r03.jf_civ", "r03.rsf_nociv"),     # all victims civilians vs no civilian dead
        ("r03.jf_civ", "r04.rsf_nociv"),
        ("r04.hd", "r04.rc70"),              # 52 vs over 70, same day
        ("r04.rsf_target", "r03.jf_nopos"),
        ("r03.army_haftar", "r04.haftar_nocoord"),
        ("r05.army_accuse", "r05.lna_nocoord"),
        ("r05.army_accuse", "r05.lna_fight"),
        ("r05.army_accuse", "r04.haftar_nocoord"),
        ("r04.residents", "r05.lna_nocoord"),
        ("r04.residents", "r05.lna_fight"),  # Haftar vehicles escorted RSF columns vs Haftar units fought them
        ("r05.an_coord", "r04.haftar_nocoord"),
        ("r05.hd", "r05.lna_deny"),
        ("r05.gnu_accuse", "r05.lna_reply"),  # Haftar forces launched the attack vs they only returned fire
        ("r06.un_report", "r06.h_deny"),
        ("r06.hd", "r06.mod6"),
        ("r06.sh_seize", "r06.mod_repel"),   # base taken vs attack repelled
        ("r06.sh_seize", "r06.aussom"),
    ],
    "agreements": [
        ("r01.kids5", "r02.unicef5"),            # five children among the dead
        ("r01.gov_noagr", "r02.un_spk"),         # no agreement on opening roads yet
        ("r01.moh27", "r02.vendor"),             # the market was shelled from Houthi positions
        ("r01.marib", "r02.marib"),              # three soldiers killed by a Houthi drone in Sirwah on Sunday
        ("r03.army_notruce", "r04.diplomat"),    # no truce agreement in El Fasher
        ("r03.sdn_rockets", "r04.volunteer"),    # rockets hit the crowded market
        ("r03.sdn40", "r03.jf_civ"),             # the victims were civilians
        ("r03.army_haftar", "r04.residents"),    # Haftar forces operate alongside the RSF
        ("r03.army_haftar", "r05.an_coord"),     # there is coordination between Haftar and the RSF
        ("r05.jmc_holds", "r05.unsmil"),         # the ceasefire still holds
        ("r06.mod_repel", "r06.aussom"),         # the attack on the base was repelled
        ("r01.un_report", "r06.us_tactical"),    # Houthis and al-Shabaab coordinate in arms smuggling
        ("r01.hd", "r02.vendor"),
        ("r02.gov_noagr", "r02.un_spk"),     # the republished government line and the UN spokesman
        ("r04.residents", "r05.an_coord"),
        ("r06.un_report", "r06.us_tactical"),
    ],
    "echoes": [
        ("r01.h_deny", "r02.h_deny"),            # same statement of spokesman al-Washli, via al-Masirah
        ("r01.h_accuse", "r02.h_accuse"),
        ("r01.gov_noagr", "r02.gov_noagr"),      # AFP republishes the spokesman's words to Asharq al-Awsat
        ("r03.rsf_target", "r04.rsf_target"),    # Idris's remarks to Reuters, cited again by Reuters
        ("r03.rsf_nociv", "r04.rsf_nociv"),
        ("r04.haftar_nocoord", "r05.lna_nocoord"),  # one statement of the Haftar spokesman, quoted verbatim twice
        ("r01.un_report", "r06.un_report"),      # one UN panel report cited in two articles
        ("r03.army_haftar", "r05.army_accuse"),  # the Sudanese army's accusation, retold
    ],
    "not_contradictions": [
        ("r01.moh27", "r01.kids5"),              # part of the total (children among the 27)
        ("r01.moh27", "r01.wounded43"),          # killed vs wounded
        ("r01.moh27", "r02.moh31"),              # toll rose from 27 to 31 (same ministry, next day)
        ("r01.moh27", "r01.marib"),              # two different attacks on two days
        ("r02.mon12", "r02.unicef5"),            # five children can be among twelve dead
        ("r03.sdn40", "r04.sdn52"),              # toll rose from 40 to 52
        ("r03.ocha", "r03.iom"),                 # families fleeing in a week vs camp population
        ("r04.unicef11", "r04.sdn52"),           # children among the total
        ("r05.gnu_accuse", "r05.jmc_isolated"),  # an attack happened vs it was an isolated incident
        ("r05.gnu_accuse", "r05.unsmil"),        # an attack happened vs the ceasefire still stands
        ("r05.an_noalliance", "r05.an_coord"),   # no alliance but logistic coordination (same speaker)
        ("r05.an_noalliance", "r03.army_haftar"),  # no military alliance vs coordination
        ("r06.us_noalliance", "r06.us_tactical"),  # no alliance but tactical coordination (same speaker)
        ("r06.us_noalliance", "r01.un_report"),  # no alliance vs coordination in smuggling
        ("r06.mod6", "r06.police9"),             # two different attacks on two days
        ("r06.strength", "r06.recruits"),        # six-month inflow vs total strength
        ("r01.hd", "r02.moh31"),                 # toll rose
        ("r02.marib", "r02.moh31"),              # two different attacks
        ("r03.hd", "r04.hd"),                    # toll rose from 40 to 52
        ("r04.unicef11", "r03.sdn40"),           # children among the dead
        ("r05.an_noalliance", "r04.residents"),  # no alliance vs escorting columns
        ("r06.us_noalliance", "r06.un_report"),
        ("r06.sh47", "r06.police9"),             # two different attacks on two days
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
