"""Writes gold.json for relations set 43 (r253..r258) from the annotations below.

Run from this folder: `python3 -B make_gold.py` (add `--stats` for the tallies, the word counts and a report of
repeated speaker strings). Each entry has a label; RELATIONS names pairs by `article.label`. ../goldkit.py
computes and checks every offset; check_layout checks the articles' layout, dateline, word range, digits, dates
and weekdays; check_counts checks the tallies and that relations stay within one story.
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
    relations_gold,
    write,
)

# r253/r254: a migrant boat capsized off Tobruk (eastern Libya)
LRC_TOBRUK = "فرع الهلال الأحمر الليبي في طبرق"
BOUAJILA = "المتحدث باسم جهاز خفر السواحل في المنطقة الشرقية، العقيد فرج بوعجيلة"
BOUAJILA54 = "المتحدث باسم خفر السواحل، العقيد فرج بوعجيلة"
FISHER = "الصياد سليمان بوحليقة"
IOM = "المنظمة الدولية للهجرة"
ALARM = "منظمة «هاتف الإنذار»"
GR_CG = "خفر السواحل اليوناني"
MOI_EAST = "وزارة الداخلية في الحكومة المكلفة من مجلس النواب"
SEC_TOBRUK = "مصدر أمني في طبرق"
CONSUL = "القنصلية المصرية في بنغازي"
TMC = "مركز طبرق الطبي"
UNHCR = "مفوضية الأمم المتحدة لشؤون اللاجئين"
SKY = "سكاي نيوز عربية"
EG_MFA = "وزارة الخارجية المصرية"
MENA = "وكالة أنباء الشرق الأوسط"
SURVIVOR = "الناجي محمود عبد الستار"
LNA = "مكتب إعلام القيادة العامة للقوات المسلحة العربية الليبية"
AWAMI = "مدير مركز طبرق الطبي، الدكتور عبد الرازق العوامي"
SHENAWI = "رضا الشناوي"
OBEIDI = "مدير مديرية أمن طبرق، العميد ونيس العبيدي"
ZAYYAT = "الباحث في شؤون الهجرة أيمن الزيات"
AHRAM = "«الأهرام»"
# r255/r256: the truckers' strike in Ma'an (Jordan)
PSD = "مديرية الأمن العام"
KHAWALDEH = "الناطق الإعلامي باسم المديرية، المقدم نضال الخوالدة"
HAMZA = "حمزة أبو هلالة، ابن عم الشاب"
HAMZA56 = "ابن عم الشاب، حمزة أبو هلالة"
QARAMSEH = "مدير مستشفى معان الحكومي، الدكتور باسل القرامسة"
SHARAYRI = "وزير الاتصال الحكومي، عمر الشرايري"
SHARAYRI56 = "وزير الاتصال الحكومي عمر الشرايري"
HABAHBEH = "نقيب أصحاب الشاحنات، سالم الهباهبة"
PORT_SRC = "مصدر في شركة ميناء حاويات العقبة"
MP = "النائب عن محافظة معان خليل أبو درويش"
MP56 = "النائب خليل أبو درويش"
NCHR = "المركز الوطني لحقوق الإنسان"
RAFATI = "الخبير الاقتصادي زياد الرفاتي"
RAI = "«الرأي»"
AMMOUSH = "الناطق باسم وزارة النقل، رائد العموش"
INDY = "«اندبندنت عربية»"
FORENSIC = "تقرير الطب الشرعي"
NUAIMAT = "المحامي فراس النعيمات"
ACT = "شركة ميناء حاويات العقبة"
JCC = "غرفة تجارة الأردن"
ASSAF = "الباحث في الشؤون الاجتماعية هاني العساف"
# r257/r258: cholera in Abs district (Hajjah, Yemen)
WHO = "منظمة الصحة العالمية"
GHARBANI = "المتحدث باسم وزارة الصحة في حكومة الحوثيين غير المعترف بها دوليا، يحيى الغرباني"
GHARBANI58 = "المتحدث باسم الوزارة، يحيى الغرباني"
MORATI = "ممثلة المنظمة في اليمن، إيلينا موراتي"
OKASHA = "رئيس اللجنة المجتمعية في مخيمات بني حسن للنازحين، عبده عكاشة"
OKASHA58 = "رئيس اللجنة المجتمعية في مخيمات بني حسن، عبده عكاشة"
KIBSI = "مدير مكتب الصحة في المحافظة، طه الكبسي"
SABA = "وكالة «سبأ» الحوثية"
MSF = "منظمة أطباء بلا حدود"
UNICEF = "منظمة الأمم المتحدة للطفولة (يونيسف)"
BAMATRAF = "وزير الصحة في الحكومة المعترف بها دوليا، فؤاد بامطرف"
AWADI = "محافظ حجة المعين من الحكومة، ناصر العواضي"
MASDAR = "«المصدر أونلاين»"
HOUTHI_MOH = "وزارة الصحة في حكومة الحوثيين غير المعترف بها"
BAHMISH = "وكيل وزارة الصحة العامة والسكان في عدن، سالم باحميش"
MASIRAH = "قناة «المسيرة»"
SHARABI = "الباحث اليمني في الشأن الإنساني ماجد الشرعبي"
AWSAT = "«الشرق الأوسط»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r253_tobruk_shipwreck": {
        "outlet": "سكاي نيوز عربية",
        "published": "2029-02-06",
        "entries": [
            E(
                "hd",
                "انتشال 27 جثة بعد غرق قارب مهاجرين قبالة طبرق",
                "الهلال الأحمر",
                LRC_TOBRUK,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "lrc27",
                "فرقه انتشلت 27 جثة من البحر والشاطئ قرب منطقة كمبوت شرقي المدينة",
                LRC_TOBRUK,
                "",
                ORG,
                "أعلن",
            ),
            E("lrc14", "إنقاذ 14 ناجيا بينهم طفلان", "مشيرا", LRC_TOBRUK, ORG, "مشيرا"),
            E("cg60", "القارب كان يحمل نحو 60 مهاجرا", BOUAJILA, "", N_OFF, "وقال", via=[SKY]),
            E(
                "cg_capsize",
                "انقلب على بعد 12 ميلا بحريا من الساحل بسبب عطل في محركه وارتفاع الأمواج",
                BOUAJILA,
                "",
                N_OFF,
                "وقال",
                via=[SKY],
            ),
            E(
                "cg_nochase",
                "تكون أي دورية تابعة للجهاز قد طاردت القارب",
                "بوعجيلة",
                BOUAJILA,
                N_OFF,
                "ونفى",
                NEG,
            ),
            E(
                "cg_7pm",
                "زوارق الإنقاذ وصلت إلى موقع الغرق «قبل السابعة مساء»",
                "مؤكدا",
                BOUAJILA,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "surv_chase",
                "زورقا مسلحا لاحقهم أكثر من ساعة ثم اصطدم بمقدمة قاربهم",
                "ناجون",
                "",
                A_SRC,
                "روى",
                ANON,
                via=[SKY],
            ),
            E(
                "surv130",
                "كان على متنه أكثر من 130 شخصا",
                "مؤكدين",
                "ناجون",
                A_SRC,
                "مؤكدين",
                ANON,
                via=[SKY],
            ),
            E("fish_2km", "رأى القارب ينقلب «على بعد كيلومترين تقريبا من الشاطئ»", FISHER, "", N_PER, "قال"),
            E("fish_noboat", "لم يلمح أي زورق آخر بالقرب منه", FISHER, "", N_PER, "قال"),
            E(
                "iom110",
                "أبحر القارب من شاطئ قريب من طبرق وعلى متنه نحو 110 أشخاص، معظمهم مصريون وسوريون",
                IOM,
                "",
                ORG,
                "وبحسب",
            ),
            E("iom_missing", "العشرات ما زالوا في عداد المفقودين", "المنظمة", IOM, ORG, "وأضافت"),
            E("iom_call", "توسيع عمليات البحث", "داعية", IOM, ORG, "داعية", OPT),
            E(
                "ap_alert",
                "أبلغت السلطات الليبية واليونانية بوضع القارب عند السادسة مساء الاثنين",
                ALARM,
                "",
                ORG,
                "فقالت",
            ),
            E("ap_midnight", "أي زورق ليبي «لم يتحرك قبل منتصف الليل»", ALARM, "", ORG, "فقالت"),
            E("gr_deny", "تلقيه أي نداء استغاثة بشأن القارب", GR_CG, "", ORG, "ونفى", NEG),
            E("gr_zone", "الغرق وقع ضمن منطقة البحث والإنقاذ الليبية", "موضحا", GR_CG, ORG, "موضحا"),
            E("moi4", "القبض على أربعة مهربين يشتبه في تنظيمهم الرحلة", MOI_EAST, "", ORG, "وأعلنت"),
            E("sec_sudanese", "الشبكة يقودها سوداني «ما زال طليقا»", SEC_TOBRUK, "", A_OFF, "قال", ANON),
            E("consul9", "تسعة مصريين على الأقل بين الضحايا", CONSUL, "", ORG, "وقالت"),
            E("hosp11", "استقبال 11 ناجيا، حالتان منهم حرجتان", TMC, "", ORG, "أفاد"),
            E(
                "unhcr9k",
                "أكثر من 9 آلاف مهاجر بلغوا جزيرة كريت انطلاقا من شرق ليبيا خلال 2028",
                UNHCR,
                "",
                ORG,
                "وتقدر",
            ),
        ],
    },
    "r254_tobruk_survivors": {
        "outlet": "الأهرام",
        "published": "2029-02-08",
        "entries": [
            E("hd", "١٩ مصريا بين ضحايا غرق مركب طبرق", "الخارجية", EG_MFA, ORG, ":", HEAD),
            E("mfa19", "١٩ مواطنا مصريا على الأقل لقوا حتفهم", EG_MFA, "", ORG, "أعلنت"),
            E(
                "cons_salloum",
                "الجثامين ستنقل إلى مصر عبر منفذ السلوم البري",
                "مصدر في القنصلية العامة ببنغازي",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[MENA],
            ),
            E("lrc41", "حصيلة الجثث المنتشلة إلى ٤١ جثة", "الهلال الأحمر الليبي", "", ORG, "ورفع"),
            E("iom50", "٥٠ شخصا على الأقل ما زالوا مفقودين", IOM, "", ORG, "أكدت"),
            E("cg_nomissing", "«لم يعد هناك مفقودون»", "جهاز خفر السواحل الليبي", "", ORG, "أعلنه"),
            E("surv127", "المركب كان يقل ١٢٧ شخصا", SURVIVOR, "", N_PER, "وقال", via=[AHRAM]),
            E(
                "surv_fire",
                "زورقا عسكريا أطلق النار على محركه قبل أن ينقلب بدقائق",
                SURVIVOR,
                "",
                N_PER,
                "وقال",
                via=[AHRAM],
            ),
            E("lna_deny", "تكون أي من وحداته قد أطلقت النار على المركب", LNA, "", ORG, "ونفى", NEG),
            E(
                "hosp_nobullet",
                "«لا توجد أي إصابات بطلقات نارية» بين الناجين أو في الجثث",
                AWAMI,
                "",
                N_OFF,
                "قال",
            ),
            E("hosp_died2", "وفاة ناجيين متأثرين بالإعياء الشديد", "معلنا", AWAMI, N_OFF, "معلنا"),
            E("fam40", "السمسار وعد الأسر بأن المركب «لن يحمل أكثر من ٤٠ راكبا»", SHENAWI, "", N_PER, "قال"),
            E("fam_paid", "كل أسرة دفعت له ١٨٠ ألف جنيه", SHENAWI, "", N_PER, "قال"),
            E("pp2", "حبس سمسارين أربعة أيام على ذمة التحقيق", "النيابة العامة", "", ORG, "وأعلنت"),
            E("dir_noarrest", "«لم يتم توقيف أي شخص حتى الآن» في القضية", OBEIDI, "", N_OFF, "فقال"),
            E("dir_libyans", "التحقيقات تتجه إلى «شبكة يديرها ليبيون»", OBEIDI, "", N_OFF, "فقال"),
            E("cg_echo", "القارب كان يحمل نحو ٦٠ مهاجرا", BOUAJILA54, "", N_OFF, "صرح", via=[SKY]),
            E("ap_renew", "الزوارق الليبية «لم تتحرك قبل منتصف الليل»", ALARM, "", ORG, "جددت"),
            E(
                "an_collusion",
                "تضاعف الرحلات من شرق ليبيا نحو كريت «ربما لا يحدث دون تواطؤ محلي»",
                ZAYYAT,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "unhcr_echo",
                "عدد الواصلين إلى كريت من شرق ليبيا في ٢٠٢٨ بأكثر من ٩ آلاف",
                "مفوضية اللاجئين",
                "",
                ORG,
                "قدرت",
            ),
            E(
                "greek340",
                "٣٤٠ مهاجرا وصلوا إلى الجزيرة منذ مطلع فبراير",
                "صحيفة «كاثيميريني» اليونانية",
                "",
                MEDIA,
                "ذكرت",
            ),
        ],
    },
    "r255_maan_truckers": {
        "outlet": "الرأي",
        "published": "2029-02-13",
        "entries": [
            E("hd", "القبض على ١٢ شخصا خلال أحداث معان", "الأمن العام", PSD, ORG, ":", HEAD),
            E(
                "psd12",
                "القبض على ١٢ شخصا خلال أحداث ليل الاثنين عند المدخل الشمالي لمدينة معان",
                PSD,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "psd_attack",
                "اعتدوا على شاحنات عاملة وأغلقوا الطريق الصحراوي بالإطارات المشتعلة",
                "قالت",
                PSD,
                ORG,
                "قالت",
            ),
            E(
                "psd_nogas",
                "القوة الأمنية «لم تستخدم الغاز المسيل للدموع ولا الرصاص»",
                KHAWALDEH,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "psd_bullet",
                "الشاب الذي فارق الحياة فجر الثلاثاء أصيب «بعيار ناري أطلقه مجهولون من مزرعة قريبة»",
                KHAWALDEH,
                "",
                N_OFF,
                "وقال",
            ),
            E("psd7", "إصابة سبعة من رجال الأمن بالحجارة", "مشيرا", KHAWALDEH, N_OFF, "مشيرا"),
            E(
                "fam_canister",
                "قنبلة غاز أصابت رأس قريبه أمام منزل العائلة",
                HAMZA,
                "",
                N_PER,
                "قال",
                via=[RAI],
            ),
            E(
                "fam_body",
                "العائلة «لن تتسلم الجثمان قبل صدور تقرير التشريح»",
                "مضيفا",
                HAMZA,
                N_PER,
                "مضيفا",
                via=[RAI],
            ),
            E(
                "res_gas",
                "قوات الدرك أطلقت «عشرات القنابل» المسيلة للدموع باتجاه المنازل",
                "سكان في الحي",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E("hosp9", "المستشفى استقبل تسعة مصابين، بينهم ثلاثة من رجال الأمن", QARAMSEH, "", N_OFF, "وقال"),
            E("hosp_doa", "الشاب «وصل إلى الطوارئ متوفى»", QARAMSEH, "", N_OFF, "وقال"),
            E(
                "min15",
                "نسبة المشاركة في الإضراب «لم تتجاوز ١٥ في المئة من الشاحنات»",
                SHARAYRI,
                "",
                N_OFF,
                "قال",
            ),
            E("min_port", "العمل في ميناء العقبة «يسير بصورة طبيعية»", SHARAYRI, "", N_OFF, "قال"),
            E(
                "min_incite",
                "نقابة أصحاب الشاحنات بـ«التحريض» على الإضراب",
                "متهما",
                SHARAYRI,
                N_OFF,
                "متهما",
            ),
            E("min_noretreat", "الحكومة «لن تتراجع عن تسعيرة السولار»", "وأكد", SHARAYRI, N_OFF, "وأكد"),
            E("synd80", "أكثر من ٨٠ في المئة من الشاحنات توقفت عن العمل", HABAHBEH, "", N_OFF, "أكد"),
            E("synd_nocall", "تكون النقابة قد دعت إلى الإضراب", "ونفى", HABAHBEH, N_OFF, "ونفى", NEG),
            E("synd_own", "السائقين «تحركوا من تلقاء أنفسهم»", "قائلا", HABAHBEH, N_OFF, "قائلا"),
            E(
                "port70",
                "مناولة الحاويات تراجعت بنحو ٧٠ في المئة منذ الأحد",
                PORT_SRC,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E("mp_freeze", "الحكومة «وعدت أمس بتجميد زيادة السولار على الشاحنات»", MP, "", N_OFF, "وذكر"),
            E("nchr_team", "إيفاد فريق لتقصي ملابسات الوفاة", NCHR, "", ORG, "أعلن"),
            E("econ3", "كلفة الإضراب على الاقتصاد بنحو «٣ ملايين دينار يوميا»", RAFATI, "", N_PER, "ويقدر"),
        ],
    },
    "r256_maan_agreement": {
        "outlet": "اندبندنت عربية",
        "published": "2029-02-14",
        "entries": [
            E(
                "hd",
                "اتفاق مع الحكومة ينهي إضراب معان",
                "نقابة الشاحنات",
                "",
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "synd_agree",
                "التوصل مساء الثلاثاء إلى اتفاق مع وزارة النقل يقضي برفع أجور الشحن 12 في المئة وتثبيت سعر السولار للشاحنات ستة أشهر",
                HABAHBEH,
                "",
                N_OFF,
                "أعلن",
            ),
            E("synd_back", "جميع الشاحنات «عادت إلى العمل صباح اليوم»", "مؤكدا", HABAHBEH, N_OFF, "مؤكدا"),
            E("mot_nosign", "«أي اتفاق لم يوقع»", AMMOUSH, "", N_OFF, "قال"),
            E("mot_consult", "اجتماع الثلاثاء مع النقابة كان «تشاوريا»", AMMOUSH, "", N_OFF, "قال"),
            E(
                "mot_noexempt",
                "الحكومة «لم تقر أي استثناء للشاحنات من تسعيرة السولار»",
                "مضيفا",
                AMMOUSH,
                N_OFF,
                "مضيفا",
            ),
            E("min_nopromise", "الحكومة «لم تعد بتجميد أي زيادة»", SHARAYRI56, "", N_OFF, "قال"),
            E("mp_backtrack", "الحكومة بـ«التراجع عن وعدها» بتجميد الزيادة", MP56, "", N_OFF, "واتهم"),
            E(
                "drv_parked",
                "مئات الشاحنات ما زالت متوقفة على جانبي الطريق الصحراوي",
                "سائقون",
                "",
                A_SRC,
                "قال",
                ANON,
                via=[INDY],
            ),
            E(
                "drv_rep",
                "النقابة «تمثل أصحاب الشركات لا السائقين»",
                "سائقون",
                "",
                A_SRC,
                "قال",
                ANON,
                via=[INDY],
            ),
            E(
                "drv_noconsult",
                "«أحدا لم يستشر السائقين قبل الإعلان عن الاتفاق»",
                "أحدهم",
                "سائقون",
                A_SRC,
                "وأضاف",
                ANON,
            ),
            E("for_skull", "توفي الشاب بكسر في الجمجمة سببه «جسم صلب مقذوف»", FORENSIC, "", DOC, "وبحسب"),
            E("for_nobullet", "لم يعثر في جسده على أي أثر لعيار ناري", FORENSIC, "", DOC, "وبحسب"),
            E("psd_echo", "الشاب أصيب «بعيار ناري أطلقه مجهولون من مزرعة قريبة»", PSD, "", ORG, "ذكرت"),
            E("psd_release8", "الإفراج عن ثمانية من الموقوفين الـ12", "أعلنت", PSD, ORG, "أعلنت"),
            E("law31", "31 شخصا اعتقلوا ليل الاثنين وحده، بينهم أربعة قاصرين", NUAIMAT, "", N_PER, "قال"),
            E(
                "fam_echo",
                "قنبلة غاز أصابت رأس قريبه أمام منزل العائلة",
                HAMZA56,
                "",
                N_PER,
                "ونقلت",
                via=["صحيفة «الرأي»"],
            ),
            E(
                "nchr_gas",
                "فريقه وثق إطلاق «كميات كبيرة» من الغاز المسيل للدموع في حي الطور",
                NCHR,
                "",
                ORG,
                "قال",
            ),
            E(
                "act40",
                "مناولة الحاويات تراجعت 40 في المئة يومي الاثنين والثلاثاء",
                ACT,
                "",
                ORG,
                "وذكرت",
                alt_types=[DOC],
            ),
            E("chamber10", "خسائر الإضراب بنحو 10 ملايين دينار يوميا", JCC, "", ORG, "قدرت"),
            E(
                "an_unemp",
                "ما يجري ليس أزمة سولار، بل أزمة بطالة مزمنة في الجنوب",
                ASSAF,
                "",
                N_PER,
                "ويقول",
                DIRECT,
            ),
        ],
    },
    "r257_abs_cholera": {
        "outlet": "المصدر أونلاين",
        "published": "2029-02-19",
        "entries": [
            E("hd", "31 وفاة بالكوليرا في عبس خلال أسبوعين", "الصحة العالمية", WHO, ORG, ":", HEAD),
            E(
                "who2300",
                "مديرية عبس في محافظة حجة سجلت 2300 حالة يشتبه في إصابتها بالكوليرا و31 وفاة منذ الخامس من فبراير",
                WHO,
                "",
                ORG,
                "قالت",
            ),
            E(
                "who_spread",
                "العدوى امتدت إلى مديريتي مستبأ وخيران المحرق المجاورتين",
                "محذرة",
                WHO,
                ORG,
                "محذرة",
            ),
            E("hth1450", "تسجيل 1450 حالة مشتبها بها و12 وفاة", GHARBANI, "", N_OFF, "أعلن"),
            E("hth_confined", "التفشي «محصور في مديرية عبس»", "مؤكدا", GHARBANI, N_OFF, "مؤكدا"),
            E("hth_camps", "الحالات الأولى ظهرت «في مخيمات النازحين»", "وقال", GHARBANI, N_OFF, "وقال"),
            E(
                "hth_approved",
                "الوزارة «وافقت منذ أسابيع» على حملة التطعيم الفموي",
                "مضيفا",
                GHARBANI,
                N_OFF,
                "مضيفا",
            ),
            E("hth_orgs", "التأخير «تتحمله المنظمات»", "مضيفا", GHARBANI, N_OFF, "مضيفا"),
            E(
                "who_noapproval",
                "حملة التطعيم «ما زالت مؤجلة لأن سلطات صنعاء لم توافق عليها حتى الآن»",
                MORATI,
                "",
                N_OFF,
                "قالت",
                via=[MASDAR],
            ),
            E(
                "who_doses",
                "وصول 300 ألف جرعة من اللقاح إلى عدن",
                "مشيرة",
                MORATI,
                N_OFF,
                "مشيرة",
                via=[MASDAR],
            ),
            E(
                "camp_town",
                "أول الحالات سجلت «في أحياء مدينة عبس لا في المخيمات»",
                OKASHA,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "camp_nowater",
                "المخيمات «لم تتسلم مياها نظيفة منذ عشرة أيام»",
                OKASHA,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
            ),
            E(
                "office_chlorine",
                "المكتب وزع 15 طنا من الكلور على آبار المديرية",
                KIBSI,
                "",
                N_OFF,
                "نقلا عن",
                via=[SABA],
            ),
            E(
                "msf640",
                "مركز علاج الكوليرا الذي تدعمه في عبس استقبل 640 حالة خلال أسبوع، توفيت تسع منها",
                MSF,
                "",
                ORG,
                "وأفادت",
            ),
            E("msf_capacity", "المركز يعمل «بأكثر من ضعف طاقته»", MSF, "", ORG, "وأفادت"),
            E(
                "unicef40",
                "أوصلت 40 طنا من محاليل الإرواء والكلور إلى عبس الأسبوع الماضي",
                UNICEF,
                "",
                ORG,
                "وقالت",
            ),
            E("unicef_third", "الأطفال يمثلون ثلث الإصابات", "مشيرة", UNICEF, ORG, "مشيرة"),
            E("aden_concealed", "الحوثيين بـ«إخفاء التفشي شهرا كاملا»", BAMATRAF, "", N_OFF, "اتهم"),
            E("gov50", "عدد الوفيات «تجاوز 50»", AWADI, "", N_OFF, "قال"),
            E(
                "docs_wells",
                "التفشي وتلوث آبار في المدينة بمياه الصرف الصحي بعد سيول الشهر الماضي",
                "أطباء في مستشفى عبس",
                "",
                A_OFF,
                "وربط",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "res_unrecorded",
                "عشرات الوفيات في القرى النائية «لم تسجل أصلا»",
                "سكان",
                "",
                A_SRC,
                "قال",
                ANON,
            ),
        ],
    },
    "r258_abs_vaccination": {
        "outlet": "الشرق الأوسط",
        "published": "2029-02-21",
        "entries": [
            E("hd", "لا مساعدات وصلت إلى عبس رغم تفشي الكوليرا", "الحوثيون", HOUTHI_MOH, ORG, ":", HEAD),
            E(
                "hth_noaid",
                "«أي شحنة من المنظمات الدولية لم تصل» إلى مديرية عبس",
                HOUTHI_MOH,
                "",
                ORG,
                "قالت",
            ),
            E("hth19", "حصيلة الوفيات إلى ١٩ من بين ١٨٠٠ حالة مشتبه بها", "رافعة", HOUTHI_MOH, ORG, "رافعة"),
            E("hth_noneout", "ظهور أي حالة خارج المديرية", "ونفت", HOUTHI_MOH, ORG, "ونفت", NEG),
            E(
                "who_campaign",
                "بدء حملة تطعيم فموي تستهدف ٢٨٠ ألف شخص في عبس ومستبأ وكشر",
                WHO,
                "",
                ORG,
                "أعلنت",
            ),
            E("who_approval", "حصلت على «الموافقات اللازمة مساء الاثنين»", "قائلة", WHO, ORG, "قائلة"),
            E("who_kushar", "إصابات سجلت أيضا في مديرية كشر", "قائلة", WHO, ORG, "قائلة"),
            E("who_day1", "فرقها وصلت في اليوم الأول إلى ٤١ ألف شخص", "المنظمة", WHO, ORG, "وأضافت"),
            E(
                "src_mustaba",
                "مرضى من مديرية مستبأ يصلون يوميا إلى المستشفى",
                "مصدر طبي في مستشفى عبس",
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "src_full",
                "قسم العزل «لم يعد يتسع لمريض إضافي»",
                "موضحا",
                "مصدر طبي في مستشفى عبس",
                A_OFF,
                "موضحا",
                ANON,
            ),
            E(
                "hth_denyconceal",
                "تكون الوزارة قد أخفت التفشي",
                GHARBANI58,
                "",
                N_OFF,
                "ونفى",
                NEG,
                via=[MASIRAH],
            ),
            E(
                "hth_sameday",
                "أول حالة «أعلنت في اليوم نفسه الذي تأكدت فيه مخبريا»",
                "مؤكدا",
                GHARBANI58,
                N_OFF,
                "مؤكدا",
                via=[MASIRAH],
            ),
            E("aden_first", "أولى الحالات رصدت «في الأسبوع الأول من يناير»", BAHMISH, "", N_OFF, "قال"),
            E("aden60", "الحصيلة الفعلية «تتجاوز ٦٠ وفاة»", BAHMISH, "", N_OFF, "قال"),
            E(
                "msf410",
                "مركزها في عبس استقبل ٤١٠ حالات إضافية منذ الأحد، نحو نصفها من الأطفال",
                MSF,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "unicef_convoy",
                "قافلة ثانية من ١٢ شاحنة محملة بمستلزمات طبية وصلت إلى عبس أمس",
                "يونيسف",
                "",
                ORG,
                "أكدت",
            ),
            E(
                "camp_echo",
                "أول الحالات سجلت «في أحياء مدينة عبس لا في المخيمات»",
                OKASHA58,
                "",
                N_PER,
                "قال",
                alt_types=[N_OFF],
                via=[MASDAR],
            ),
            E(
                "hth_cause",
                "التفشي إلى تلوث مصادر المياه بعد «تدمير العدوان» لمشروع المياه الرئيسي في المدينة",
                "وزارة صنعاء",
                HOUTHI_MOH,
                ORG,
                "عزت",
            ),
            E(
                "ocha18",
                "لم تمول خطة الاستجابة للكوليرا في اليمن إلا بنسبة ١٨ في المئة",
                "مكتب «أوتشا»",
                "",
                ORG,
                "ووفقا",
            ),
            E(
                "res_novacc",
                "فرق التطعيم «لم تصل بعد» إلى قراهم",
                "سكان في غرب المديرية",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[AWSAT],
            ),
            E("an_political", "تضارب الأرقام سياسي قبل أن يكون صحيا", SHARABI, "", N_PER, "قال", DIRECT),
        ],
    },
}

STORIES = {
    "tobruk": ("r253", "r254"),
    "maan": ("r255", "r256"),
    "abs": ("r257", "r258"),
}

# Copies of a statement: a headline restating the body, a recall, a renewal or a retelling through another outlet.
COPIES = {
    "r253.hd",
    "r254.hd",
    "r255.hd",
    "r256.hd",
    "r257.hd",
    "r258.hd",
    "r254.cg_echo",
    "r254.ap_renew",
    "r254.unhcr_echo",
    "r256.fam_echo",
    "r256.psd_echo",
    "r258.camp_echo",
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Tobruk: how many were on board (about 60 / about 110 / more than 130 / 127)
        ("r253.cg60", "r253.surv130"),
        ("r253.cg60", "r253.iom110"),
        ("r253.surv130", "r253.iom110"),
        ("r254.surv127", "r253.cg60"),
        ("r254.surv127", "r253.iom110"),
        ("r254.surv127", "r253.surv130"),
        ("r254.cg_echo", "r253.surv130"),  # the spokesman's 60, recalled
        ("r254.cg_echo", "r253.iom110"),
        ("r254.cg_echo", "r254.surv127"),
        # where and why it capsized: 12 nautical miles out, engine failure and waves, no chase
        ("r253.cg_capsize", "r253.fish_2km"),
        ("r253.cg_capsize", "r253.surv_chase"),
        ("r253.cg_nochase", "r253.surv_chase"),
        ("r253.fish_noboat", "r253.surv_chase"),
        ("r254.surv_fire", "r253.cg_nochase"),
        ("r254.surv_fire", "r253.cg_capsize"),
        ("r254.surv_fire", "r253.fish_noboat"),
        ("r254.lna_deny", "r254.surv_fire"),
        # when the rescue came; whether Greece was alerted
        ("r253.cg_7pm", "r253.ap_midnight"),
        ("r254.ap_renew", "r253.cg_7pm"),
        ("r253.gr_deny", "r253.ap_alert"),
        # the missing, arrests, and who runs the smuggling network
        ("r254.cg_nomissing", "r254.iom50"),
        ("r254.dir_noarrest", "r253.moi4"),
        ("r254.dir_libyans", "r253.sec_sudanese"),
        # --- Ma'an: tear gas and the young man's death
        ("r255.psd_nogas", "r255.res_gas"),
        ("r255.psd_nogas", "r255.fam_canister"),
        ("r256.nchr_gas", "r255.psd_nogas"),
        ("r256.fam_echo", "r255.psd_nogas"),
        ("r255.psd_bullet", "r255.fam_canister"),
        ("r256.fam_echo", "r255.psd_bullet"),
        ("r255.fam_canister", "r256.psd_echo"),
        ("r256.fam_echo", "r256.psd_echo"),
        ("r256.for_nobullet", "r255.psd_bullet"),
        ("r256.for_nobullet", "r256.psd_echo"),
        ("r256.for_skull", "r255.psd_bullet"),
        ("r256.for_skull", "r256.psd_echo"),
        # arrests on Monday night: 12 against 31
        ("r256.law31", "r255.psd12"),
        ("r256.law31", "r255.hd"),
        ("r256.law31", "r256.psd_release8"),
        # the size and effect of the strike; its cost
        ("r255.min15", "r255.synd80"),
        ("r255.min_port", "r255.port70"),
        ("r256.act40", "r255.port70"),
        ("r256.act40", "r255.min_port"),
        ("r256.chamber10", "r255.econ3"),
        # the syndicate's part
        ("r255.min_incite", "r255.synd_nocall"),
        ("r255.min_incite", "r255.synd_own"),
        # an agreement reached vs not reached; a promise to freeze diesel vs none
        ("r256.hd", "r256.mot_nosign"),
        ("r256.synd_agree", "r256.mot_nosign"),
        ("r256.synd_agree", "r256.mot_consult"),
        ("r256.hd", "r256.mot_consult"),
        ("r256.synd_agree", "r256.mot_noexempt"),
        ("r256.min_nopromise", "r255.mp_freeze"),
        ("r256.mp_backtrack", "r256.min_nopromise"),
        ("r256.synd_back", "r256.drv_parked"),
        # --- Abs: cases and deaths
        ("r257.who2300", "r257.hth1450"),
        ("r257.hd", "r257.hth1450"),
        ("r257.gov50", "r257.who2300"),
        ("r257.gov50", "r257.hth1450"),
        ("r257.gov50", "r257.hd"),
        ("r258.hth19", "r257.who2300"),  # 31 deaths on Monday vs 19 on Wednesday (tolls do not fall)
        ("r258.hth19", "r257.hd"),
        ("r258.hth19", "r257.gov50"),
        ("r258.hth19", "r258.aden60"),
        # spread beyond Abs
        ("r257.who_spread", "r257.hth_confined"),
        ("r258.hth_noneout", "r257.who_spread"),
        ("r258.hth_noneout", "r258.who_kushar"),
        ("r258.src_mustaba", "r258.hth_noneout"),
        # where it began
        ("r257.camp_town", "r257.hth_camps"),
        ("r258.camp_echo", "r257.hth_camps"),
        # the vaccination campaign: approved weeks ago vs not approved / approvals on Monday evening
        ("r257.who_noapproval", "r257.hth_approved"),
        ("r257.who_noapproval", "r257.hth_orgs"),
        ("r258.who_approval", "r257.hth_approved"),
        # concealment
        ("r258.hth_denyconceal", "r257.aden_concealed"),
        ("r258.hth_sameday", "r257.aden_concealed"),
        # aid: no shipment arrived vs UNICEF's deliveries
        ("r258.hth_noaid", "r257.unicef40"),
        ("r258.hth_noaid", "r258.unicef_convoy"),
        ("r258.hd", "r257.unicef40"),
        ("r258.hd", "r258.unicef_convoy"),
    ],
    "agreements": [
        ("r253.cg_nochase", "r253.fish_noboat"),  # no patrol near the boat
        ("r254.lna_deny", "r253.fish_noboat"),
        ("r253.surv_chase", "r254.surv_fire"),  # an armed boat attacked the migrants' boat
        ("r255.res_gas", "r256.nchr_gas"),  # tear gas fired in Hay al-Tur
        ("r255.fam_canister", "r256.for_skull"),  # killed by a projectile, not a bullet
        ("r256.mot_noexempt", "r256.mp_backtrack"),  # no diesel freeze for trucks
        ("r257.who_spread", "r258.src_mustaba"),  # cases from Mustaba
        ("r257.res_unrecorded", "r258.aden60"),  # the real toll is above the announced ones
        ("r257.msf_capacity", "r258.src_full"),  # the treatment places in Abs are overwhelmed
    ],
    "echoes": [
        ("r253.cg60", "r254.cg_echo"),
        ("r253.ap_midnight", "r254.ap_renew"),
        ("r253.unhcr9k", "r254.unhcr_echo"),
        ("r255.fam_canister", "r256.fam_echo"),
        ("r255.psd_bullet", "r256.psd_echo"),
        ("r257.camp_town", "r258.camp_echo"),
    ],
    "not_contradictions": [
        ("r253.lrc27", "r254.lrc41"),  # the Red Crescent's count of bodies rose
        ("r253.consul9", "r254.mfa19"),  # Egyptians among the dead rose
        ("r253.lrc14", "r253.hosp11"),  # 11 of 14 survivors at one hospital
        ("r253.moi4", "r253.sec_sudanese"),  # four arrested, the leader at large
        ("r254.fam40", "r254.surv127"),  # a broker's promise vs the number on board
        ("r254.hosp_nobullet", "r254.surv_fire"),  # fire at the engine need wound no one
        ("r253.unhcr9k", "r254.greek340"),  # a year's arrivals vs February's
        ("r254.unhcr_echo", "r254.greek340"),
        ("r253.cg_7pm", "r253.ap_alert"),  # alert at six, boats before seven
        ("r254.pp2", "r254.dir_noarrest"),  # brokers held in Egypt vs no arrest in Tobruk
        ("r255.psd7", "r255.hosp9"),  # seven police hurt vs three at one hospital
        ("r255.psd12", "r256.psd_release8"),  # eight of the 12 released
        ("r255.hd", "r256.psd_release8"),
        ("r255.min15", "r256.drv_parked"),  # hundreds of trucks can be 15 percent
        ("r255.mp_freeze", "r256.mp_backtrack"),  # a promise, then its withdrawal
        ("r255.synd_nocall", "r256.synd_agree"),  # did not call the strike, negotiated its end
        ("r257.hth1450", "r258.hth19"),  # the ministry's toll rose from 12 to 19
        ("r257.msf640", "r257.hth1450"),  # one centre in one week vs the district total
        ("r257.who_noapproval", "r258.who_approval"),  # not approved yet, then approved Monday evening
        ("r257.office_chlorine", "r257.camp_nowater"),  # chlorine in wells vs no clean water for the camps
        ("r257.docs_wells", "r258.hth_cause"),  # sewage in wells vs a destroyed water project
        (
            "r258.aden_first",
            "r258.hth_sameday",
        ),  # first cases seen in January vs announced on lab confirmation
        ("r257.gov50", "r258.aden60"),  # more than 50 vs more than 60
        ("r258.who_day1", "r258.res_novacc"),  # 41,000 reached vs western villages not yet
        ("r257.unicef_third", "r258.msf410"),  # a third of all cases vs half of one centre's new cases
    ],
}

# Layout of each article: digits, dateline (opening the second paragraph) and the weekdays it names.
META: dict[str, dict[str, Any]] = {
    "r253_tobruk_shipwreck": {
        "digits": "western",
        "dateline": "طبرق - سكاي نيوز عربية، 6 فبراير 2029:",
        "month": "فبراير",
        "weekdays": {"الاثنين": "2029-02-05"},
    },
    "r254_tobruk_survivors": {
        "digits": "arabic",
        "dateline": "القاهرة - «الأهرام»، ٨ فبراير ٢٠٢٩:",
        "month": "فبراير",
        "weekdays": {"الاثنين": "2029-02-05", "الثلاثاء": "2029-02-06", "الأربعاء": "2029-02-07"},
    },
    "r255_maan_truckers": {
        "digits": "arabic",
        "dateline": "معان - «الرأي» - ١٣ شباط ٢٠٢٩:",
        "month": "شباط",
        "weekdays": {"الأحد": "2029-02-11", "الاثنين": "2029-02-12", "الثلاثاء": "2029-02-13"},
    },
    "r256_maan_agreement": {
        "digits": "western",
        "dateline": "عمان - اندبندنت عربية، 14 فبراير 2029:",
        "month": "فبراير",
        "weekdays": {"الأحد": "2029-02-11", "الاثنين": "2029-02-12", "الثلاثاء": "2029-02-13"},
    },
    "r257_abs_cholera": {
        "digits": "western",
        "dateline": "عبس (حجة) - المصدر أونلاين، 19 فبراير 2029:",
        "month": "فبراير",
        "weekdays": {},
    },
    "r258_abs_vaccination": {
        "digits": "arabic",
        "dateline": "عدن - «الشرق الأوسط»، ٢١ فبراير ٢٠٢٩:",
        "month": "فبراير",
        "weekdays": {"الأحد": "2029-02-18", "الاثنين": "2029-02-19", "الثلاثاء": "2029-02-20"},
    },
}

WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6}
LETTER = "\u0621-\u064a"
DAY_RE = re.compile(rf"(?<![{LETTER}])[وبلف]?({'|'.join(WEEKDAYS)})(?![{LETTER}])")
TODAY_RE = re.compile(rf"اليوم\s+({'|'.join(WEEKDAYS)})(?![{LETTER}])")
WESTERN = re.compile(r"[0-9]")
ARABIC = re.compile(r"[\u0660-\u0669]")
PERSIAN = re.compile(r"[\u06f0-\u06f9]")
WORDS = (320, 335)
ENTRIES = (20, 23)
CONTRADICTIONS = (60, 80)


def in_digits(n: int, kind: str) -> str:
    s = str(n)
    return s if kind == "western" else s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def check_layout() -> dict[str, int]:
    """Every problem of every article, reported at once; returns the word counts."""
    problems, words = [], {}
    for name, meta in META.items():
        art = ARTICLES[name]
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        pub = date.fromisoformat(art["published"])
        words[name] = n = len(text.split())
        if not WORDS[0] <= n <= WORDS[1]:
            problems.append(f"{name}: {n} words")
        if not text.endswith("\n") or "\r" in text:
            problems.append(f"{name}: line endings")
        paras = text.rstrip("\n").split("\n\n")
        if any("\n" in p or not p.strip() or p != p.strip() for p in paras):
            problems.append(f"{name}: paragraphs must be single lines separated by one blank line")
        if len(paras) < 3:
            problems.append(f"{name}: headline and body paragraphs expected")
        dl = meta["dateline"]
        if not paras[1].startswith(dl):
            problems.append(f"{name}: dateline missing")
        when = f"{in_digits(pub.day, meta['digits'])} {meta['month']} {in_digits(pub.year, meta['digits'])}"
        if when not in dl or art["outlet"] not in dl:
            problems.append(f"{name}: dateline does not name the day or the outlet")
        other = ARABIC if meta["digits"] == "western" else WESTERN
        if other.search(text):
            problems.append(f"{name}: digits of the wrong kind: {other.findall(text)}")
        if PERSIAN.search(text):
            problems.append(f"{name}: Persian digits")
        found = {m.group(1) for m in DAY_RE.finditer(text)}
        declared = meta["weekdays"]
        if found != set(declared):
            problems.append(f"{name}: weekdays named {sorted(found)} vs declared {sorted(declared)}")
        for day, iso in declared.items():
            d = date.fromisoformat(iso)
            if d.weekday() != WEEKDAYS[day] or d > pub or (d.year, d.month) != (2029, 2):
                problems.append(f"{name}: {day} is not {iso} or falls after publication or outside Feb 2029")
        for m in TODAY_RE.finditer(text):
            if WEEKDAYS[m.group(1)] != pub.weekday():
                problems.append(f"{name}: «اليوم {m.group(1)}» is not the publication day")
    for a, b in STORIES.values():
        (na,) = [k for k in ARTICLES if k.startswith(a + "_")]
        (nb,) = [k for k in ARTICLES if k.startswith(b + "_")]
        gap = (
            date.fromisoformat(ARTICLES[nb]["published"]) - date.fromisoformat(ARTICLES[na]["published"])
        ).days
        if gap not in (1, 2):
            problems.append(f"{a}/{b}: {gap} days apart")
        if META[na]["digits"] == META[nb]["digits"]:
            problems.append(f"{a}/{b}: both articles use the same digits")
    if problems:
        raise SystemExit("layout:\n  " + "\n  ".join(problems))
    return words


def story_of(key: str) -> str:
    num = key.split(".", 1)[0]
    (story,) = [s for s, nums in STORIES.items() if num in nums]
    return story


def check_counts() -> None:
    problems = []
    labels = {}
    for name, art in ARTICLES.items():
        num = name.split("_", 1)[0]
        n = len(art["entries"])
        if not ENTRIES[0] <= n <= ENTRIES[1]:
            problems.append(f"{name}: {n} entries")
        for e in art["entries"]:
            labels[f"{num}.{e[0]}"] = e[-1]
    for kind, pairs in RELATIONS.items():
        for a, b in pairs:
            for k in (a, b):
                if k not in labels:
                    problems.append(f"{kind}: unknown label {k}")
                elif labels[k].get("optional"):
                    problems.append(f"{kind}: optional entry {k} in a relation")
            if a in labels and b in labels and story_of(a) != story_of(b):
                problems.append(f"{kind}: {a} and {b} belong to different stories")
    for k in COPIES:
        if k not in labels:
            problems.append(f"copies: unknown label {k}")
    n = len(RELATIONS["contradictions"])
    if not CONTRADICTIONS[0] <= n <= CONTRADICTIONS[1]:
        problems.append(f"{n} contradictions")
    if problems:
        raise SystemExit("counts:\n  " + "\n  ".join(problems))


def stats(gold: dict[str, Any], words: dict[str, int]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("words:", ", ".join(f"{k.split('_')[0]} {v}" for k, v in words.items()))
    print(
        "attributions:",
        len(rows),
        "(" + ", ".join(f"{a['id'].split('_')[0]} {len(a['attributions'])}" for a in gold["articles"]) + ")",
    )
    print("  optional:", sum(r["optional"] for r in rows), "| kinds:", dict(Counter(r["kind"] for r in rows)))
    print(
        "  anonymous:", sum(r["anonymous"] for r in rows),
        "| negated:", sum(r["polarity"] == "negated" for r in rows),
        "| with via:", sum(bool(r["via"]) for r in rows),
        "| with alt_types:", sum(bool(r["alt_types"]) for r in rows),
    )  # fmt: skip
    print("  types:", dict(Counter(r["type"] for r in rows).most_common()))
    print("  cues:", " ".join(sorted({r["cue"] for r in rows})))
    rel = RELATIONS
    print("relations:", {k: len(v) for k, v in rel.items()})
    for story in STORIES:
        print(f"  {story}:", {k: sum(story_of(a) == story for a, _ in v) for k, v in rel.items()})
    cross = {k: sum(a.split(".")[0] != b.split(".")[0] for a, b in v) for k, v in rel.items()}
    print("  across the two files of a pair:", cross)
    with_copy = [p for p in rel["contradictions"] if p[0] in COPIES or p[1] in COPIES]
    per_story = Counter(story_of(a) for a, _ in with_copy)
    print(
        f"  contradictions involving a copy: {len(with_copy)} {dict(per_story)}; originals only: {len(rel['contradictions']) - len(with_copy)}"
    )
    print("repeated speaker strings (occurrence taken, text after it):")
    for art in gold["articles"]:
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        for r in art["attributions"]:
            spots = [m.start() for m in re.finditer(re.escape(r["speaker"]), text)]
            if len(spots) > 1:
                i = spots.index(r["speaker_start"])
                after = text[r["speaker_end"] : r["speaker_end"] + 30].replace("\n", " ")
                print(f"  {r['id']} {r['speaker']} #{i + 1}/{len(spots)}: {after}")
            cues = [m.start() for m in re.finditer(re.escape(r["cue"]), text)]
            gap = min(abs(c - r["speaker_start"]) for c in cues)
            if gap > 150:
                print(f"  warning: {r['id']} cue {r['cue']} is {gap} characters from its speaker")
            for v in r["via"]:
                if v not in text:
                    print(f"  warning: {r['id']} via {v} is not in the text")


if __name__ == "__main__":
    words = check_layout()
    check_counts()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    write(HERE, gold)
    if "--stats" in sys.argv:
        stats(gold, words)
