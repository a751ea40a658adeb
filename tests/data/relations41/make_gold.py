"""Writes gold.json for relations set 41 (r241..r246) from the annotations below.

`python3 -B tests/data/relations41/make_gold.py` (add `--stats` for the tallies). Each entry has a label;
RELATIONS names pairs by `article.label`. ../goldkit.py computes and checks every offset; check_layout checks
the layout of the six articles and check_counts the relations.
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
    MEDIA,
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

# r241/r242: El Fula (West Kordofan, Sudan), a cargo plane brought down
RSF = "قوات الدعم السريع"
RSF_SPK = "المتحدث باسم قوات الدعم السريع، العقيد الفاضل إدريس أبكر"
ARMY_SPK = "المتحدث باسم الجيش السوداني، العميد الركن معتصم عوض الكريم"
CAA = "سلطة الطيران المدني"
JAZ = "الجزيرة نت"
MSRC = "مصدر عسكري طلب عدم الكشف عن اسمه"
REPORT = "تقرير أولي أصدرته سلطة الطيران المدني السودانية"
COMPANY = "المدير التنفيذي لشركة «سما النيل» للشحن الجوي، هشام الزبير عثمان"
WFP = "برنامج الأغذية العالمي"
RSF_ADV = "مستشارها الإعلامي عمران عبد الباقي"
TRIB = "«سودان تربيون»"
# r243/r244: Zliten (Libya), a Sufi shrine blown up
POL = "مديرية أمن زليتن"
POL_SPK = "الناطق باسم المديرية، الملازم أول نوري بلعيد"
AWQ = "مدير مكتب الأوقاف في زليتن، خالد عمر الصغير"
ANT = "مصلحة الآثار الليبية"
SHEIKH = "شيخ الزاوية، محمد الهادي الجبالي"
AHRAR = "«ليبيا الأحرار»"
AG = "مكتب النائب العام الليبي"
GUARD = "حارس الضريح، رمضان علي الشكشوكي"
MOI = "وزارة الداخلية بحكومة الوحدة الوطنية"
DPA = "وكالة الأنباء الألمانية"
UNESCO = "منظمة يونسكو"
# r245/r246: Sulaymaniyah and Ranya (Kurdistan Region of Iraq), salary protests put down
ASAYISH = "المديرية العامة لأسايش السليمانية"
COMM = "المتحدث باسم لجنة تنسيق احتجاجات المعلمين، ريبوار علي حمه"
KRG_SPK = "المتحدث باسم حكومة إقليم كردستان، آرام محمود صالح"
SUMARIA = "السومرية نيوز"
GOV = "محافظ السليمانية، دلشاد رحيم أمين"
ASAYISH46 = "أسايش السليمانية"
AS_OFF = "مسؤول في أسايش السليمانية"
INDEP = "«إندبندنت عربية»"
MP = "النائبة عن محافظة السليمانية في مجلس النواب العراقي، شيلان قادر نوري"

ARTICLES: dict[str, dict[str, Any]] = {
    "r241_fula_cargo_plane": {
        "outlet": "الجزيرة نت",
        "published": "2028-12-05",
        "entries": [
            E("hd", "إسقاط طائرة شحن عسكرية في سماء الفولة", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "rsf_down",
                "دفاعاتها الجوية أسقطت مساء الاثنين طائرة شحن عسكرية من طراز «إليوشن 76» تابعة للجيش السوداني في سماء مدينة الفولة",
                RSF,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "rsf_ammo",
                "الطائرة كانت تنقل ذخائر وقطع غيار لطائرات مسيرة إلى حامية الجيش في المجلد",
                "مضيفة",
                RSF,
                ORG,
                "مضيفة",
                alt_types=[DOC],
            ),
            E(
                "spk_crew7",
                "أفراد الطاقم السبعة قتلوا جميعا، وبينهم خبيران أجنبيان",
                RSF_SPK,
                "",
                N_OFF,
                "وقال",
                via=[JAZ],
            ),
            E(
                "spk_nociv",
                "الطائرة سقطت في منطقة خالية شرق المدينة ولم يصب أي مدني",
                "مؤكدا",
                RSF_SPK,
                N_OFF,
                "مؤكدا",
                via=[JAZ],
            ),
            E("army_deny", "تكون الطائرة عسكرية أو تابعة للقوات المسلحة", ARMY_SPK, "", N_OFF, "نفى", NEG),
            E(
                "army_nocap",
                "«الميليشيا لا تملك أي قدرة على إصابة طائرة تحلق على هذا الارتفاع»",
                "وقال",
                ARMY_SPK,
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E(
                "caa_type",
                "الطائرة مدنية من طراز «أنتونوف 12» وتملكها شركة خاصة",
                CAA,
                "",
                ORG,
                "وذكرت",
                alt_types=[DOC],
            ),
            E("caa_crew5", "طاقمها يتألف من خمسة سودانيين", "مشيرة", CAA, ORG, "مشيرة", alt_types=[DOC]),
            E(
                "caa_src",
                "برج المراقبة فقد الاتصال بالطائرة قرابة السابعة مساء، بعدما أبلغ قائدها عن حريق في أحد المحركات",
                "مصدر في السلطة",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["صحيفة «السوداني»", "وكالة السودان للأنباء (سونا)"],
            ),
            E(
                "wit_blasts",
                "سمعوا دوي انفجارين في الجو قبل أن تهوي الطائرة مشتعلة",
                "شهود عيان في الفولة",
                "",
                A_SRC,
                "أكدوا",
                ANON,
                via=[JAZ],
            ),
            E(
                "adam",
                "حطامها سقط على منزل في حي السلام فقتل امرأة وطفليها",
                "التاجر آدم يحيى",
                "",
                N_PER,
                "وقال",
            ),
            E("lawyers3", "3 قتلى مدنيين و5 جرحى في المدينة", "مجموعة «محامو الطوارئ»", "", ORG, "وأحصت"),
            E(
                "committees",
                "المستشفى الوحيد العامل فيها يفتقر إلى أدوية الحروق",
                "لجان مقاومة الفولة",
                "",
                ORG,
                "قالت",
            ),
            E("msrc_survivor", "مساعد الطيار نجا من الحادث", MSRC, "", A_OFF, "وقال", ANON),
            E("msrc_held", "عناصر «الدعم السريع» تحتجزه داخل المدينة", MSRC, "", A_OFF, "وقال", ANON),
            E(
                "analyst",
                "تكون هذه القوات قد حصلت أخيرا على صواريخ محمولة على الكتف قادرة على إصابة طائرات الشحن",
                "الخبير العسكري اللواء المتقاعد عثمان بشير الدومة",
                "",
                N_PER,
                "رجح",
            ),
            E(
                "tg_video",
                "يظهر حطام الطائرة مشتعلا بين أشجار الهشاب",
                "القناة الرسمية للدعم السريع على «تلغرام»",
                "",
                MEDIA,
                "قالت",
                alt_types=[ORG],
            ),
            E(
                "local_cordon",
                "مسلحين طوقوا موقع السقوط ومنعوا الأهالي من الاقتراب منه",
                "مصادر محلية",
                "",
                A_SRC,
                "أفادت",
                ANON,
            ),
            E(
                "dabanga",
                "عشرات الأسر في حي السلام نزحت إلى أطراف المدينة خشية غارات انتقامية",
                "راديو «دبنقا»",
                "",
                MEDIA,
                "وأفاد",
            ),
        ],
    },
    "r242_fula_crew": {
        "outlet": "سودان تربيون",
        "published": "2028-12-07",
        "entries": [
            E("hd", "طائرة الفولة لم تكن تنقل أي شحنات تابعة لنا", WFP, "", ORG, ":", HEAD),
            E(
                "rep_fire",
                "طائرة الشحن التي سقطت قرب الفولة مساء الاثنين تحطمت نتيجة حريق في محركها الأيسر",
                REPORT,
                "",
                DOC,
                "قال",
            ),
            E("rep_noproj", "فحص صور الحطام لم يظهر «أي أثر لمقذوف»", REPORT, "", DOC, "قال"),
            E(
                "rep_site",
                "الطائرة ارتطمت بالأرض في منطقة غير مأهولة على بعد ٣٨ كيلومترا جنوب شرقي المدينة",
                "التقرير",
                REPORT,
                DOC,
                "وأوضح",
            ),
            E(
                "co_wfp",
                "الطائرة كانت مستأجرة لصالح برنامج الأغذية العالمي ولا تحمل سوى ١٨ طنا من الدقيق والأدوية",
                COMPANY,
                "",
                N_OFF,
                "وقال",
                via=[TRIB],
            ),
            E(
                "co_crew",
                "طاقمها خمسة سودانيين «لم ينج منهم أحد»",
                "مضيفا",
                COMPANY,
                N_OFF,
                "مضيفا",
                via=[TRIB],
            ),
            E(
                "co_engine",
                "قائدها أبلغ الشركة باشتعال المحرك قبل دقائق من انقطاع الاتصال",
                "مضيفا",
                COMPANY,
                N_OFF,
                "مضيفا",
                via=[TRIB],
            ),
            E("wfp_deny", "يكون قد استأجر الطائرة", "البرنامج الأممي", WFP, ORG, "نفى", NEG, alt_types=[DOC]),
            E("wfp_none", "«أيا من شحناته لم يكن على متنها»", "مؤكدا", WFP, ORG, "مؤكدا", alt_types=[DOC]),
            E(
                "reuters_ammo",
                "الطائرة كانت تحمل صناديق ذخيرة إلى جانب المساعدات",
                "مسؤولين عسكريين اثنين",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «رويترز»"],
            ),
            E(
                "kosti7",
                "أقلعت عصر الاثنين وعلى متنها سبعة أشخاص",
                "مسؤول في مطار كوستي",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("rsf_renew", "دفاعاتها الجوية أسقطت الطائرة بصاروخين", RSF, "", ORG, "جددت"),
            E("rsf_nohold", "تكون قواته تحتجز أي ناج من الطاقم", RSF_ADV, "", N_OFF, "ونفى", NEG),
            E(
                "rsf_handed7",
                "جثث أفراده السبعة سلمت إلى اللجنة الدولية للصليب الأحمر",
                "مؤكدا",
                RSF_ADV,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "icrc5",
                "تسلمت من موقع الحادث رفات خمسة أشخاص فقط",
                "اللجنة الدولية",
                "اللجنة الدولية للصليب الأحمر",
                ORG,
                "قالت",
            ),
            E(
                "msrc_echo",
                "مساعد الطيار نجا وأن عناصر الدعم السريع تحتجزه في الفولة",
                "مصدر عسكري",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["«الجزيرة نت»"],
            ),
            E(
                "doctors4",
                "٤ مدنيين، بينهم طفلان، قتلوا حين سقط جزء من الحطام على منازل في حي السلام",
                "شبكة أطباء السودان",
                "",
                ORG,
                "قالت",
            ),
            E("hosp3", "استقبل جثث ٣ مدنيين و٦ جرحى", "مصدر طبي في مستشفى الفولة", "", A_OFF, "أفاد", ANON),
            E(
                "analyst",
                "حريق المحرك «لا يستبعد إصابة الطائرة بصاروخ»",
                "المحلل العسكري السوداني صديق آدم الحاج",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "ocha",
                "تعليق رحلات الإغاثة الجوية إلى غرب كردفان حتى إشعار آخر",
                "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية",
                "",
                ORG,
                "أعلن",
            ),
        ],
    },
    "r243_zliten_shrine": {
        "outlet": "ليبيا الأحرار",
        "published": "2028-12-11",
        "entries": [
            E("hd", "عبوات ناسفة استهدفت ضريح الشيخ عمران الجبالي", POL, "", ORG, ":", HEAD),
            E(
                "pol_blast",
                "مجهولين فجروا فجر الأحد ضريح الشيخ عمران الجبالي وزاويته وسط المدينة بعبوات ناسفة زرعت حول القبر",
                POL,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E("pol_arrest3", "توقيف ٣ مشتبه بهم", "مشيرة", POL, ORG, "مشيرة", alt_types=[DOC]),
            E("pol_time", "الانفجار وقع عند الثانية فجرا", POL_SPK, "", N_OFF, "وقال"),
            E("pol_guard", "حارس الضريح «لم يصب بأذى»", "مؤكدا", POL_SPK, N_OFF, "مؤكدا"),
            E("pol_nopatrol", "لم تكن أي دورية للشرطة قرب المكان", "مؤكدا", POL_SPK, N_OFF, "مؤكدا"),
            E("awq_short", "ما حدث «حريق ناتج عن ماس كهربائي لا تفجير»", AWQ, "", N_OFF, "قال"),
            E("awq_dome", "الأضرار اقتصرت على جزء من القبة", AWQ, "", N_OFF, "قال"),
            E("ant_total", "القبة والضريح «دمرا بالكامل»", ANT, "", ORG, "أكدت"),
            E("ant_mss", "نحو ٤٠٠ مخطوط في مكتبة الزاوية احترقت", ANT, "", ORG, "أكدت"),
            E(
                "ant_fifth",
                "الهجوم هو الخامس على أضرحة في غرب ليبيا منذ مطلع العام",
                "لافتة",
                ANT,
                ORG,
                "لافتة",
            ),
            E(
                "wit_blasts",
                "سمعوا ثلاثة انفجارات متتالية قبيل الفجر",
                "شهود عيان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[AHRAR],
            ),
            E(
                "wit_police",
                "سيارة للشرطة كانت متوقفة على بعد ١٠٠ متر «ولم يتدخل أحد من ركابها»",
                "شهود عيان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[AHRAR],
            ),
            E(
                "sheikh_madkhali",
                "«مجموعة مسلحة تتبنى الفكر المدخلي» بالوقوف وراء الهجوم",
                SHEIKH,
                "",
                N_PER,
                "واتهم",
                alt_types=[N_OFF],
            ),
            E(
                "sheikh_guard",
                "المهاجمين ضربوا الحارس وقيدوه قبل التفجير",
                "مضيفا",
                SHEIKH,
                N_PER,
                "مضيفا",
                alt_types=[N_OFF],
            ),
            E(
                "hosp_guard",
                "الحارس وصل مصابا بكسور في ذراعه ورضوض في وجهه",
                "مصدر طبي في مستشفى زليتن التعليمي",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "salafi_deny",
                "تكون للتيار السلفي في المدينة أي صلة بالتفجير",
                "الداعية السلفي مصطفى الكوني",
                "",
                N_PER,
                "ونفى",
                NEG,
            ),
            E(
                "salafi_fitna",
                "الاتهامات بأنها «محاولة لإشعال فتنة»",
                "واصفا",
                "الداعية السلفي مصطفى الكوني",
                N_PER,
                "واصفا",
            ),
            E(
                "tanasuh_locals",
                "المنفذين «شبان من المدينة يعرفهم الأهالي»",
                "قناة «التناصح»",
                "",
                MEDIA,
                "وذكرت",
            ),
            E(
                "secsrc_outside",
                "«جاؤوا من خارج زليتن في أربع سيارات رباعية الدفع»",
                "مصدر أمني طلب عدم الكشف عن اسمه",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "mayor_rebuild",
                "البلدية «ستعيد بناء الضريح على نفقتها»",
                "عميد بلدية زليتن، عبد الباسط القريو",
                "",
                N_OFF,
                "وأعلن",
            ),
            E("unesco_call", "السلطات الليبية إلى حماية مواقع التراث الديني", UNESCO, "", ORG, "دعت", OPT),
        ],
    },
    "r244_zliten_warrants": {
        "outlet": "وكالة الأنباء الألمانية (د ب أ)",
        "published": "2028-12-12",
        "entries": [
            E("hd", "أوامر ضبط بحق 7 متهمين في تفجير ضريح زليتن", "النائب العام الليبي", AG, ORG, ":", HEAD),
            E(
                "ag_warrants",
                "أوامر ضبط بحق 7 متهمين في تفجير ضريح الشيخ عمران الجبالي بمدينة زليتن فجر الأحد",
                AG,
                "",
                ORG,
                "أصدر",
                OPT,
            ),
            E("ag_none", "أحدا لم يوقف في القضية حتى الآن", "مؤكدا", AG, ORG, "مؤكدا", alt_types=[DOC]),
            E(
                "ag_tnt",
                "التحقيقات الأولية أثبتت استخدام مادة «تي إن تي» شديدة الانفجار",
                "مؤكدا",
                AG,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E("pol_renew", "3 مشتبه بهم محتجزون لديها منذ الأحد", POL, "", ORG, "جددت"),
            E(
                "awqhq_blast",
                "الضريح «تعرض لتفجير متعمد»",
                "الهيئة العامة للأوقاف والشؤون الإسلامية",
                "",
                ORG,
                "وأقرت",
            ),
            E(
                "src_dismissed",
                "مدير مكتبها في زليتن أعفي من منصبه مساء الاثنين",
                "مصدر في الهيئة",
                "",
                A_OFF,
                "وأكد",
                ANON,
                via=["«بوابة الوسط»"],
            ),
            E(
                "sheikh_nomss",
                "مكتبة الزاوية «كانت خالية من المخطوطات»، لأنها نقلت جميعا إلى مكان آمن قبل عام",
                SHEIKH,
                "",
                N_PER,
                "وقال",
                alt_types=[N_OFF],
                via=[DPA],
            ),
            E("ant_echo", "احتراق نحو 400 مخطوط", "مصلحة الآثار", "", ORG, "تحدثت"),
            E(
                "sheikh_notstrangers",
                "المهاجمين «ليسوا غرباء عن المدينة»",
                "مؤكدا",
                SHEIKH,
                N_PER,
                "مؤكدا",
                alt_types=[N_OFF],
                via=[DPA],
            ),
            E("guard_beaten", "«خمسة ملثمين» انهالوا عليه بالضرب وقيدوه", GUARD, "", N_PER, "وروى"),
            E("guard_dialect", "كانوا يتحدثون بلهجة أهل المدينة", "مضيفا", GUARD, N_PER, "مضيفا"),
            E(
                "sec2_locals",
                "المنفذين من أبناء المدينة وينتمون إلى مجموعة مسلحة تنشط فيها",
                "مسؤولان أمنيان في زليتن",
                "",
                A_OFF,
                "وأبلغ",
                ANON,
                via=["«د ب أ»"],
            ),
            E(
                "moi_withdrew",
                "دورية الشرطة المكلفة بحراسة الضريح انسحبت من محيطه قبل ساعة من التفجير",
                MOI,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "moi_suspend4",
                "أوقفت 4 من عناصرها عن العمل إلى حين انتهاء التحقيق",
                "مضيفة",
                MOI,
                ORG,
                "مضيفة",
            ),
            E(
                "resident_police",
                "«سيارة الشرطة بقيت في مكانها وركابها يتفرجون»",
                "أحد سكان الحي، سالم الفرجاني",
                "",
                N_PER,
                "قال",
                DIRECT,
            ),
            E(
                "pc_social",
                "التفجير «يستهدف السلم الاجتماعي في المدينة»",
                "المجلس الرئاسي الليبي",
                "",
                ORG,
                "واعتبر",
            ),
            E(
                "local_road",
                "محتجين أغلقوا الطريق الساحلي للمرة الثانية صباح الثلاثاء",
                "مصادر محلية",
                "",
                A_SRC,
                "أفادت",
                ANON,
            ),
            E(
                "analyst7",
                "الضريح هو السابع الذي يتعرض للتخريب في غرب ليبيا هذا العام",
                "الباحث الليبي في شؤون الجماعات الدينية فرج الورفلي",
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "unesco_war",
                "استهداف مواقع التراث الديني «قد يرقى إلى جريمة حرب»",
                UNESCO,
                "",
                ORG,
                "قالت",
            ),
        ],
    },
    "r245_sulaymaniyah_protests": {
        "outlet": "السومرية نيوز",
        "published": "2028-12-20",
        "entries": [
            E("hd", "لم نطلق رصاصة حية على المتظاهرين", "أسايش السليمانية", ASAYISH, ORG, ":", HEAD),
            E(
                "as_offices",
                "محتجين اقتحموا وأحرقوا 4 مقرات حزبية في قضاء رانية مساء الاثنين",
                ASAYISH,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
            ),
            E(
                "as_nolive",
                "قواتها لم تطلق «رصاصة حية واحدة» واكتفت بالغاز المسيل للدموع وخراطيم المياه",
                "مؤكدة",
                ASAYISH,
                ORG,
                "مؤكدة",
                alt_types=[DOC],
            ),
            E("as_arrest31", "اعتقال 31 «مخربا»", "ومشيرة", ASAYISH, ORG, "ومشيرة", alt_types=[DOC]),
            E(
                "health2",
                "مقتل متظاهرين اثنين وإصابة 47 آخرين، بينهم 12 من عناصر الأمن",
                "مديرية صحة السليمانية",
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "hdir_live",
                "الضحيتين أصيبا «برصاص حي في الصدر والرأس»",
                "مدير الصحة، الدكتور شوان عثمان كريم",
                "",
                N_OFF,
                "وقال",
            ),
            E("shafaq8", "ثمانية جرحى في حال حرجة", "«شفق نيوز»", "", MEDIA, "وذكرت"),
            E(
                "comm5",
                "5 متظاهرين قتلوا في السليمانية ورانية",
                COMM,
                "",
                N_OFF,
                "قال",
                alt_types=[N_PER],
                via=[SUMARIA],
            ),
            E(
                "comm_notprot",
                "لم يحرق أي متظاهر مقرا حزبيا، «بل ملثمون بملابس مدنية وصلوا بسيارات حكومية»",
                "مضيفا",
                COMM,
                N_OFF,
                "مضيفا",
                alt_types=[N_PER],
                via=[SUMARIA],
            ),
            E(
                "wit_live",
                "عناصر من الأسايش أطلقوا الرصاص الحي في الهواء أمام مبنى المحافظة ثم صوبوه نحو المحتجين",
                "شهود عيان",
                "",
                A_SRC,
                "وأكد",
                ANON,
            ),
            E(
                "metro9",
                "اعتقال 9 صحفيين بسبب تغطيتهم الاحتجاجات",
                "مركز «ميترو» للدفاع عن حقوق الصحفيين",
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "nrt_raid",
                "قوة من الأسايش داهمت مكتبها في رانية وصادرت كاميرتين",
                "قناة «إن آر تي»",
                "",
                MEDIA,
                "قالت",
            ),
            E("lawyers70", "عدد المحتجزين بأكثر من 70 شخصا", "نقابة محامي كردستان", "", ORG, "وقدرت"),
            E(
                "netblocks9",
                "الإنترنت انقطع في محافظة السليمانية 9 ساعات متواصلة",
                "مرصد «نت بلوكس»",
                "",
                ORG,
                "وذكر",
            ),
            E(
                "moc_fault",
                "«عطل فني في أحد الكوابل الرئيسية لا قطع متعمد»",
                "وزارة النقل والمواصلات في الإقليم",
                "",
                ORG,
                "عزت",
            ),
            E("krg_nofund", "بغداد لم ترسل أي مبلغ لتمويل رواتب تشرين الثاني", KRG_SPK, "", N_OFF, "قال"),
            E(
                "krg_exploit",
                "«جهات سياسية استغلت الاحتجاجات لإثارة الفوضى»",
                "معتبرا",
                KRG_SPK,
                N_OFF,
                "معتبرا",
            ),
            E(
                "wae_federal",
                "الوزارة حولت 850 مليار دينار إلى الإقليم في العاشر من الشهر الجاري لتغطية تلك الرواتب",
                "مصدر في وزارة المالية الاتحادية",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["وكالة الأنباء العراقية (واع)"],
            ),
            E(
                "puk3",
                "ثلاثة مقرات حزبية فقط تعرضت للحرق في رانية",
                "مسؤولان في الاتحاد الوطني الكردستاني",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "rudaw_curfew",
                "محافظ السليمانية فرض حظرا للتجوال ليلا",
                "شبكة رووداو الإعلامية",
                "",
                MEDIA,
                "أفادت",
            ),
        ],
    },
    "r246_sulaymaniyah_salaries": {
        "outlet": "إندبندنت عربية",
        "published": "2028-12-21",
        "entries": [
            E("hd", "لا حظر للتجوال في المدينة", "محافظ السليمانية", GOV, N_OFF, ":", HEAD),
            E("gov_deny", "تكون السلطات فرضت حظرا للتجوال في المدينة", GOV, "", N_OFF, "نفى", NEG),
            E("gov_normal", "الحياة «عادت إلى طبيعتها»", "مؤكدا", GOV, N_OFF, "مؤكدا"),
            E(
                "health3",
                "حصيلة القتلى إلى ٣ بعد وفاة جريح متأثرا بإصابته",
                "مديرية صحة السليمانية",
                "",
                ORG,
                "ورفعت",
            ),
            E("comm_renew", "عدد القتلى خمسة", "لجنة تنسيق احتجاجات المعلمين", "", ORG, "جددت"),
            E(
                "doc_third",
                "الضحية الثالثة طالب جامعي «استقرت رصاصة في بطنه»",
                "طبيب في مستشفى الطوارئ بالمدينة",
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "as2_infiltr",
                "الرصاص الحي الذي أصاب المحتجين أطلقه «مندسون» من بينهم",
                AS_OFF,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[INDEP],
            ),
            E(
                "as2_journalists",
                "الصحفيين الموقوفين اعتقلوا «لمشاركتهم في أعمال الشغب لا بسبب عملهم الصحفي»",
                AS_OFF,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[INDEP],
            ),
            E(
                "as2_nrt",
                "تكون قواتها داهمت أي مكتب إعلامي",
                "المديرية",
                ASAYISH46,
                ORG,
                "ونفت",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "as2_release20",
                "الإفراج بكفالة عن ٢٠ من الموقوفين",
                "معلنة",
                ASAYISH46,
                ORG,
                "معلنة",
                alt_types=[DOC],
            ),
            E(
                "protester",
                "«رأيت عنصرا من الأسايش يطلق النار على صدور المتظاهرين من فوق سيارة عسكرية»",
                "المعلم هوكر صابر",
                "",
                N_PER,
                "قال",
                DIRECT,
            ),
            E(
                "ihchr86",
                "اعتقال ٨٦ محتجا في السليمانية ورانية وكلار",
                "المفوضية العليا لحقوق الإنسان في العراق",
                "",
                ORG,
                "ووثقت",
            ),
            E("metro11", "ارتفاع عدد الصحفيين المعتقلين إلى ١١", "مركز «ميترو»", "", ORG, "أعلن"),
            E(
                "ranya_src",
                "«ملثمين لا ينتمون إلى المحتجين» هم من أحرقوا المقرات الحزبية",
                "مصدر في شرطة رانية",
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "kdp_protesters",
                "مقره في القضاء أحرقه «متظاهرون غاضبون رفعوا صور قادة خصومه»",
                "الحزب الديمقراطي الكردستاني",
                "",
                ORG,
                "قال",
                alt_types=[DOC],
            ),
            E(
                "mp_funds",
                "أموال رواتب تشرين الثاني «وصلت إلى أربيل قبل أسبوع لكنها لم توزع»",
                MP,
                "",
                N_OFF,
                "قالت",
            ),
            E(
                "krgfin_oct",
                "المبلغ الذي تسلمته «يغطي رواتب تشرين الأول لا الثاني»",
                "وزارة المالية والاقتصاد في الإقليم",
                "",
                ORG,
                "ذكرت",
            ),
            E(
                "krg_sunday",
                "صرف الرواتب سيبدأ الأحد المقبل",
                "مسؤولان في حكومة الإقليم",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[INDEP],
            ),
            E("nb_echo", "انقطاع الإنترنت في المحافظة ٩ ساعات", "مرصد «نت بلوكس»", "", ORG, "أفاد"),
            E(
                "analyst",
                "هذه الاحتجاجات «الأوسع في السليمانية منذ نحو عقد»",
                "الباحث السياسي الكردي كاروان أنور",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- El Fula: shot down by RSF air defences vs no trace of a projectile / no such capability
        ("r241.rsf_down", "r242.rep_noproj"),
        ("r241.hd", "r242.rep_noproj"),  # headline copy
        ("r242.rsf_renew", "r242.rep_noproj"),  # the RSF claim renewed two days later
        ("r241.rsf_down", "r241.army_nocap"),
        ("r241.hd", "r241.army_nocap"),
        ("r242.rsf_renew", "r241.army_nocap"),
        # an army Ilyushin vs a civilian Antonov of a private company / not military
        ("r241.rsf_down", "r241.army_deny"),
        ("r241.hd", "r241.army_deny"),
        ("r241.rsf_down", "r241.caa_type"),
        ("r241.hd", "r241.caa_type"),
        # the cargo: ammunition vs only flour and medicine for WFP; WFP: not ours
        ("r241.rsf_ammo", "r242.co_wfp"),
        ("r242.reuters_ammo", "r242.co_wfp"),
        ("r242.co_wfp", "r242.wfp_deny"),
        ("r242.co_wfp", "r242.wfp_none"),
        ("r242.co_wfp", "r242.hd"),  # WFP headline copy
        # the crew: seven (two foreigners) vs five Sudanese; seven bodies handed over vs five received
        ("r241.spk_crew7", "r241.caa_crew5"),
        ("r241.spk_crew7", "r242.co_crew"),
        ("r242.rsf_handed7", "r242.icrc5"),
        # a survivor held by the RSF vs all killed / nobody held
        ("r241.msrc_survivor", "r241.spk_crew7"),
        ("r241.msrc_survivor", "r242.co_crew"),
        ("r242.msrc_echo", "r241.spk_crew7"),  # the source retold from Al Jazeera Net
        ("r242.msrc_echo", "r242.co_crew"),
        ("r241.msrc_held", "r241.spk_crew7"),  # held alive vs all seven killed
        ("r241.msrc_held", "r242.co_crew"),
        ("r241.msrc_held", "r242.rsf_nohold"),
        ("r242.msrc_echo", "r242.rsf_nohold"),
        # civilians on the ground: none hurt vs a house hit and civilians killed
        ("r241.spk_nociv", "r241.adam"),
        ("r241.spk_nociv", "r241.lawyers3"),
        ("r241.spk_nociv", "r242.doctors4"),
        ("r241.spk_nociv", "r242.hosp3"),
        ("r242.rep_site", "r241.adam"),  # an uninhabited area 38 km out vs a house in the town
        # --- Zliten: explosive charges vs an electrical fire, "not an explosion"
        ("r243.pol_blast", "r243.awq_short"),
        ("r243.hd", "r243.awq_short"),
        ("r243.wit_blasts", "r243.awq_short"),
        ("r244.ag_tnt", "r243.awq_short"),
        ("r244.awqhq_blast", "r243.awq_short"),
        # the damage: all destroyed, 400 manuscripts burned vs part of the dome / an empty library
        ("r243.ant_total", "r243.awq_dome"),
        ("r243.ant_mss", "r243.awq_dome"),
        ("r244.ant_echo", "r243.awq_dome"),  # the manuscripts figure recalled
        ("r243.ant_mss", "r244.sheikh_nomss"),
        ("r244.ant_echo", "r244.sheikh_nomss"),
        # the guard: unhurt vs beaten, tied, fractures
        ("r243.pol_guard", "r243.sheikh_guard"),
        ("r243.pol_guard", "r243.hosp_guard"),
        ("r243.pol_guard", "r244.guard_beaten"),
        # the police: no patrol near / withdrew an hour before vs a police car parked and watching
        ("r243.pol_nopatrol", "r243.wit_police"),
        ("r243.pol_nopatrol", "r244.resident_police"),
        ("r244.moi_withdrew", "r243.wit_police"),
        ("r244.moi_withdrew", "r244.resident_police"),
        # the perpetrators: from outside Zliten vs young men of the town
        ("r243.secsrc_outside", "r243.tanasuh_locals"),
        ("r243.secsrc_outside", "r244.sec2_locals"),
        ("r243.secsrc_outside", "r244.sheikh_notstrangers"),
        # a Madkhali armed group vs the Salafi preacher's denial
        ("r243.sheikh_madkhali", "r243.salafi_deny"),
        # arrests: three held vs nobody arrested
        ("r243.pol_arrest3", "r244.ag_none"),
        ("r244.pol_renew", "r244.ag_none"),  # renewal
        # the tally of shrines attacked in western Libya this year: fifth vs seventh
        ("r243.ant_fifth", "r244.analyst7"),
        # --- Sulaymaniyah: no live round fired by the Asayish vs Asayish men firing live rounds
        ("r245.hd", "r245.wit_live"),
        ("r245.as_nolive", "r245.wit_live"),
        ("r246.as2_infiltr", "r245.wit_live"),
        ("r245.hd", "r246.protester"),
        ("r245.as_nolive", "r246.protester"),
        ("r246.as2_infiltr", "r246.protester"),
        # protesters killed
        ("r245.comm5", "r245.health2"),
        ("r245.comm5", "r246.health3"),
        ("r246.comm_renew", "r246.health3"),
        # the party offices in Ranya: burned by protesters vs by masked men; four vs three only
        ("r245.as_offices", "r245.comm_notprot"),
        ("r245.as_offices", "r246.ranya_src"),
        ("r246.kdp_protesters", "r245.comm_notprot"),
        ("r246.kdp_protesters", "r246.ranya_src"),
        ("r245.as_offices", "r245.puk3"),
        # detainees: 31 vs more than 70
        ("r245.as_arrest31", "r245.lawyers70"),
        # journalists held for their coverage vs for rioting; the NRT office raided vs no raid
        ("r245.metro9", "r246.as2_journalists"),
        ("r246.metro11", "r246.as2_journalists"),
        ("r245.nrt_raid", "r246.as2_nrt"),
        # the internet: cut for nine hours vs a technical fault, not a deliberate cut
        ("r245.netblocks9", "r245.moc_fault"),
        ("r246.nb_echo", "r245.moc_fault"),  # the observatory's figure recalled
        # November salaries: Baghdad sent nothing vs 850 billion / the funds arrived; October, not November
        ("r245.krg_nofund", "r245.wae_federal"),
        ("r245.krg_nofund", "r246.mp_funds"),
        ("r245.wae_federal", "r246.krgfin_oct"),
        ("r246.mp_funds", "r246.krgfin_oct"),
        # a night curfew vs none
        ("r245.rudaw_curfew", "r246.gov_deny"),
        ("r245.rudaw_curfew", "r246.hd"),
    ],
    "agreements": [
        ("r241.caa_crew5", "r242.co_crew"),  # a crew of five Sudanese
        ("r241.rsf_ammo", "r242.reuters_ammo"),  # ammunition aboard
        ("r241.adam", "r241.lawyers3"),  # three civilians killed
        ("r241.caa_type", "r241.army_deny"),  # a civilian plane, not the army's
        ("r241.caa_src", "r242.co_engine"),  # the captain reported an engine fire
        ("r243.pol_blast", "r243.wit_blasts"),  # explosions
        ("r243.pol_blast", "r244.ag_tnt"),
        ("r243.pol_blast", "r244.awqhq_blast"),
        ("r243.sheikh_guard", "r243.hosp_guard"),  # the guard was beaten
        ("r243.sheikh_guard", "r244.guard_beaten"),
        ("r243.wit_police", "r244.resident_police"),  # a police car stayed and watched
        ("r243.tanasuh_locals", "r244.sec2_locals"),  # the perpetrators are from the town
        ("r244.sheikh_notstrangers", "r244.sec2_locals"),
        ("r245.wit_live", "r246.protester"),  # Asayish men fired at the protesters
        ("r245.hdir_live", "r245.wit_live"),  # live rounds
        ("r245.hdir_live", "r246.as2_infiltr"),  # live rounds hit the protesters (whoever fired)
        ("r245.comm_notprot", "r246.ranya_src"),  # masked men, not protesters, burned the offices
        ("r245.as_offices", "r246.kdp_protesters"),  # protesters burned the offices
        ("r245.wae_federal", "r246.mp_funds"),  # the November money reached the region
    ],
    "echoes": [
        ("r241.rsf_down", "r242.rsf_renew"),  # the RSF claim, renewed
        ("r241.msrc_survivor", "r242.msrc_echo"),  # the military source, retold from Al Jazeera Net
        ("r243.pol_arrest3", "r244.pol_renew"),  # the police's three suspects, renewed
        ("r243.ant_mss", "r244.ant_echo"),  # the Antiquities Authority's manuscripts, recalled
        ("r245.comm5", "r246.comm_renew"),  # the committee's five dead, renewed
        ("r245.netblocks9", "r246.nb_echo"),  # NetBlocks' nine hours, recalled
    ],
    "not_contradictions": [
        ("r242.kosti7", "r242.co_crew"),  # seven aboard vs a crew of five
        ("r241.caa_crew5", "r242.icrc5"),  # a crew of five vs the remains of five people
        ("r241.wit_blasts", "r241.caa_src"),  # blasts in the air vs an engine fire
        ("r242.rep_fire", "r242.analyst"),  # an engine fire does not rule out a missile
        ("r241.spk_nociv", "r242.rep_site"),  # an empty area east of the town vs 38 km south-east
        ("r242.hosp3", "r242.doctors4"),  # three bodies at one hospital vs four killed
        ("r243.pol_time", "r243.wit_blasts"),  # at 2 a.m. vs shortly before dawn
        ("r243.pol_nopatrol", "r244.moi_withdrew"),  # no patrol near vs it withdrew an hour before
        ("r243.pol_arrest3", "r244.hd"),  # three held vs seven warrants
        ("r243.ant_total", "r244.sheikh_nomss"),  # the building destroyed vs the library empty
        ("r245.health2", "r246.health3"),  # the toll rose from two to three (same directorate)
        ("r245.metro9", "r246.metro11"),  # journalists held: 9, then 11
        ("r245.lawyers70", "r246.ihchr86"),  # more than 70 vs 86
        ("r245.as_arrest31", "r246.as2_release20"),  # 20 of the detainees released
        ("r245.krg_nofund", "r246.krg_sunday"),  # no money from Baghdad vs salaries paid on Sunday
        ("r245.as_nolive", "r246.as2_infiltr"),  # no live round by the Asayish vs live rounds by infiltrators
    ],
}

# copies of another entry: headlines restating the body, renewals, recalls and retellings
COPIES = {
    "r241.hd",
    "r242.hd",
    "r242.rsf_renew",
    "r242.msrc_echo",
    "r243.hd",
    "r244.hd",
    "r244.pol_renew",
    "r244.ant_echo",
    "r245.hd",
    "r246.hd",
    "r246.comm_renew",
    "r246.nb_echo",
}
EXPECTED = {
    "attributions": 122,
    "contradictions": 81,
    "agreements": 19,
    "echoes": 6,
    "not_contradictions": 16,
}

STORIES = {
    "El Fula": ("r241", "r242"),
    "Zliten": ("r243", "r244"),
    "Sulaymaniyah": ("r245", "r246"),
}

# dateline opening the second paragraph, digits, and the weekday of publication worked out by hand
# (1 December 2028 is a Friday)
LAYOUT = {
    "r241_fula_cargo_plane": ("الخرطوم- ", "western", "Tuesday"),
    "r242_fula_crew": ("كوستي ٧ ديسمبر ٢٠٢٨ (سودان تربيون) – ", "indic", "Thursday"),
    "r243_zliten_shrine": ("زليتن (ليبيا الأحرار) – ", "indic", "Monday"),
    "r244_zliten_warrants": ("زليتن (د ب أ) – ", "western", "Tuesday"),
    "r245_sulaymaniyah_protests": ("السليمانية/ السومرية نيوز – ", "western", "Wednesday"),
    "r246_sulaymaniyah_salaries": ("أربيل – ", "indic", "Thursday"),
}
WORDS = (320, 335)
WESTERN = re.compile(r"[0-9]")
INDIC = re.compile(r"[\u0660-\u0669]")
PERSIAN = re.compile(r"[\u06f0-\u06f9]")


def check_layout() -> dict[str, int]:
    """Layout, dateline, word range, digits, December 2028 dates and the one- or two-day gap of each pair."""
    assert date(2028, 12, 1).strftime("%A") == "Friday"
    words = {}
    for name, art in ARTICLES.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        dateline, digits, weekday = LAYOUT[name]
        if not text.endswith("\n") or text.endswith("\n\n") or "\n\n\n" in text or "\r" in text:
            raise SystemExit(f"{name}: line ends")
        paras = text.rstrip("\n").split("\n\n")
        if len(paras) < 5 or any("\n" in p or p != p.strip() for p in paras):
            raise SystemExit(f"{name}: paragraphs")
        if not paras[1].startswith(dateline) or any(p.startswith(dateline) for p in paras[2:]):
            raise SystemExit(f"{name}: dateline")
        words[name] = len(text.split())
        if PERSIAN.search(text):
            raise SystemExit(f"{name}: Persian digits")
        if digits == "western" and (INDIC.search(text) or not WESTERN.search(text)):
            raise SystemExit(f"{name}: digits should be Western")
        if digits == "indic" and (WESTERN.search(text) or not INDIC.search(text)):
            raise SystemExit(f"{name}: digits should be Arabic-Indic")
        day = date.fromisoformat(art["published"])
        if (day.year, day.month) != (2028, 12) or day.strftime("%A") != weekday:
            raise SystemExit(f"{name}: date {day} is a {day.strftime('%A')}, not {weekday}")
    if any(not WORDS[0] <= n <= WORDS[1] for n in words.values()):
        raise SystemExit(f"word counts outside {WORDS}: {words}")
    for story, (a, b) in STORIES.items():
        na = next(n for n in ARTICLES if article_number(n) == a)
        nb = next(n for n in ARTICLES if article_number(n) == b)
        gap = (
            date.fromisoformat(ARTICLES[nb]["published"]) - date.fromisoformat(ARTICLES[na]["published"])
        ).days
        if gap not in (1, 2):
            raise SystemExit(f"{story}: {gap} days apart")
        if LAYOUT[na][1] == LAYOUT[nb][1]:
            raise SystemExit(f"{story}: both articles use the same digits")
    return words


def story_of(key: str) -> str:
    art = key.split(".", 1)[0]
    return next(s for s, arts in STORIES.items() if art in arts)


def check_counts(gold: dict[str, Any]) -> None:
    """No optional entry in a relation, relations within one story, 20-23 entries an article."""
    optional = {
        f"{article_number(name)}.{e[0]}"
        for name, art in ARTICLES.items()
        for e in art["entries"]
        if e[6].get("optional")
    }
    for kind, pairs in RELATIONS.items():
        for a, b in pairs:
            if a in optional or b in optional:
                raise SystemExit(f"{kind}: optional entry in {a} {b}")
            if story_of(a) != story_of(b):
                raise SystemExit(f"{kind}: {a} and {b} are in different stories")
    for art in gold["articles"]:
        if not 20 <= len(art["attributions"]) <= 23:
            raise SystemExit(f"{art['id']}: {len(art['attributions'])} entries")
    used = {k for pairs in RELATIONS.values() for p in pairs for k in p}
    labels = {f"{article_number(name)}.{e[0]}" for name, art in ARTICLES.items() for e in art["entries"]}
    if (used | COPIES) - labels:
        raise SystemExit(f"unknown labels {sorted((used | COPIES) - labels)}")
    got = {k: len(v) for k, v in RELATIONS.items()}
    got["attributions"] = sum(len(a["attributions"]) for a in gold["articles"])
    if got != EXPECTED:
        raise SystemExit(f"tallies changed (update the README): {got}")


def stats(gold: dict[str, Any], words: dict[str, int]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("words:", words)
    print("attributions:", len(rows), {a["id"]: len(a["attributions"]) for a in gold["articles"]})
    print("optional:", sum(r["optional"] for r in rows), "kinds:", dict(Counter(r["kind"] for r in rows)))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows),
        "negated:",
        sum(r["polarity"] == "negated" for r in rows),
        "with via:",
        sum(bool(r["via"]) for r in rows),
        "with alt_types:",
        sum(bool(r["alt_types"]) for r in rows),
    )
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print("relations:", {k: len(v) for k, v in RELATIONS.items()})
    for story in STORIES:
        print(" ", story, {k: sum(story_of(a) == story for a, _ in v) for k, v in RELATIONS.items()})
    print(
        "  across the two files of a pair:",
        {k: sum(a.split(".")[0] != b.split(".")[0] for a, b in v) for k, v in RELATIONS.items()},
    )
    contra = RELATIONS["contradictions"]
    print(
        "  contradictions involving a copy:",
        {s: sum(story_of(a) == s and bool({a, b} & COPIES) for a, b in contra) for s in STORIES},
        "between originals:",
        sum(not ({a, b} & COPIES) for a, b in contra),
    )
    # which occurrence goldkit took for a speaker that occurs more than once: flag one after its claim
    for name, art in zip(ARTICLES, gold["articles"], strict=True):
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        for r in art["attributions"]:
            if (
                text.count(r["speaker"]) > 1
                and r["kind"] != "headline"
                and r["speaker_start"] > r["claim_start"]
            ):
                print("  speaker after claim:", r["id"], r["speaker"], r["speaker_start"], r["claim_start"])
            if r["kind"] == "headline" and r["speaker_start"] > 0:
                print("  headline speaker not at the start:", r["id"])


if __name__ == "__main__":
    words = check_layout()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    check_counts(gold)
    write(HERE, gold)
    if "--stats" in sys.argv[1:]:
        stats(gold, words)
