"""Writes gold.json for relations set 35 (r205..r210) from the annotations below (`python3 tests/data/relations35/make_gold.py`).

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

# r205/r206: Roumieh central prison (Lebanon), a riot and an escape
ISF = "المديرية العامة لقوى الأمن الداخلي"
FAM = "لجنة أهالي الموقوفين في سجن رومية"
ULAMA = "هيئة علماء المسلمين"
KHOURY = "وزير الداخلية والبلديات، زياد الخوري"
SFEIR = "نقيب المحامين في بيروت، جورج صفير"
DABOUSSI = "الباحث في الشؤون القضائية كريم دبوسي"
MAYADEEN_NET = "«الميادين نت»"
JUD = "مصدر قضائي مطلع على التحقيق"
INDY = "«اندبندنت عربية»"
JABBOUR = "رئيس شعبة العلاقات العامة في المديرية، العقيد طوني جبور"
EID = "المحامي وسام عيد"
HOSP = "إدارة مستشفى ضهر الباشق الحكومي"
QABBANI = "النائب عن دائرة بيروت الثانية، سامر قباني"
QARM = "وزير العدل، نبيل قرم"
NASRALLAH = "الخبير الأمني العميد المتقاعد فادي نصر الله"
# r207/r208: Zamfara (Nigeria), Chinese mine workers kidnapped
POL = "شرطة ولاية زامفارا"
IDRIS = "المتحدث باسم الشرطة، المفتش ساني إدريس"
IDRIS208 = "المتحدث باسم شرطة ولاية زامفارا، ساني إدريس"
AJ = "الجزيرة نت"
EMB = "السفارة الصينية في أبوجا"
GADO = "رئيس مجلس الحكم المحلي في أنكا، يعقوب غادو"
RES = "سكان من المنطقة"
NAF = "الجيش النيجيري"
DANKO = "حاكم الولاية، إبراهيم دنكو"
SHITU = "الباحث في الشؤون الأمنية أمينو شيتو"
ADEMI = "المتحدث باسم الجيش، العميد أولوسيغون أديمي"
EMB208 = "السفارة الصينية في نيجيريا"
HUA = "شركة «هوا شينغ للتعدين»"
LOCAL = "مصادر محلية في أنكا"
XINHUA = "وكالة شينخوا"
# r209/r210: Dhi Qar (Iraq), a tribal feud over irrigation water
DQPOL = "قيادة شرطة محافظة ذي قار"
RIKABI = "قائد شرطة المحافظة، اللواء حازم الركابي"
INA = "وكالة الأنباء العراقية (واع)"
HEALTH_SRC = "مصدرا في دائرة صحة ذي قار"
BBC = "بي بي سي"
UBAISI = "الشيخ عبد الزهرة العبيسي"
SHAMIKH = "عشيرة البو شامخ"
MOWR = "وزارة الموارد المائية"
MUSAWI = "محافظ ذي قار، حسن الموسوي"
ZAIDI = "المتحدث باسم وزارة الداخلية، العميد علي الزيدي"
DQPOL210 = "قيادة شرطة ذي قار"
SHAMIKHI = "المتحدث باسم عشيرة البو شامخ، الحاج مهدي الشامخي"
SUMARIA = "السومرية نيوز"
RADI = "المتحدث باسم وزارة الموارد المائية، علي راضي"

ARTICLES: dict[str, dict[str, Any]] = {
    "r205_roumieh_prison_riot": {
        "outlet": "الميادين نت",
        "published": "2028-06-05",
        "entries": [
            E("hd", "استعادة السيطرة على سجن رومية بعد ليلة من التمرد", "قوى الأمن الداخلي", ISF, ORG, ":", HEAD),
            E(
                "isf_control",
                "وحداتها «استعادت السيطرة الكاملة على المبنى (ب)» في سجن رومية المركزي شرقي بيروت عند الساعة الثالثة من فجر الاثنين",
                ISF,
                "",
                ORG,
                "أعلنت",
            ),
            E("isf_escape4", "فرار 4 سجناء أعيد توقيف 3 منهم", "مشيرة", ISF, ORG, "مشيرة"),
            E(
                "isf_start",
                "الأحداث انطلقت حين «أقدم عدد من النزلاء على طعن أحد الحراس أثناء توزيع وجبة العشاء»",
                "المديرية",
                ISF,
                ORG,
                "وقالت",
                alt_types=[DOC],
            ),
            E(
                "isf_nolive",
                "عناصرها «لم يستخدموا الرصاص الحي واكتفوا بالقنابل المسيلة للدموع»",
                "المديرية",
                ISF,
                ORG,
                "وقالت",
                alt_types=[DOC],
            ),
            E("isf_nodeath", "وقوع أي وفيات", "ونفت", ISF, ORG, "ونفت", NEG, alt_types=[DOC]),
            E("isf_6guards", "إصابة 6 عناصر بجروح طفيفة", "لافتة", ISF, ORG, "لافتة", alt_types=[DOC]),
            E(
                "sec11",
                "11 سجينا فروا عبر فتحة أحدثوها في سور الباحة الشمالية",
                "مصدرا أمنيا",
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[MAYADEEN_NET],
            ),
            E(
                "sec_drugs",
                "معظمهم «موقوفون بقضايا مخدرات»",
                "مصدرا أمنيا",
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[MAYADEEN_NET],
            ),
            E(
                "fam_raid",
                "الحراس بمداهمة الزنازين وضرب عدد من النزلاء قبل ساعات من اندلاع الاحتجاج",
                FAM,
                "",
                ORG,
                "اتهمت",
            ),
            E("fam_2killed", "سجينين قتلا برصاص حي أطلق من برج المراقبة", "مؤكدة", FAM, ORG, "مؤكدة"),
            E(
                "audio_hostage",
                "نحتجز ثلاثة من الحراس، ولن نطلق سراحهم قبل أن يحضر قاض إلى السجن",
                "سجناء في المبنى",
                "",
                A_SRC,
                "يقولون",
                ANON,
                DIRECT,
                alt_types=[DOC],
            ),
            E(
                "res_gunfire",
                "سمعوا «رشقات متواصلة من الرصاص» قرابة منتصف الليل",
                "سكان في بلدة رومية",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "res_flames",
                "شاهدوا ألسنة اللهب تتصاعد من الطبقات العليا",
                "سكان في بلدة رومية",
                "",
                A_SRC,
                "وقال",
                ANON,
            ),
            E(
                "cd_fire",
                "عناصره عملوا أربع ساعات لإخماد حريق «أتى على كامل الطبقة الثانية» من المبنى",
                "الدفاع المدني",
                "",
                ORG,
                "وأفاد",
            ),
            E(
                "rc17",
                "نقل 17 مصابا إلى مستشفيات المنطقة، «أغلبهم يعانون من الاختناق»",
                "الصليب الأحمر اللبناني",
                "",
                ORG,
                "أحصى",
            ),
            E("ulama_deal", "«اتفاق أنهى التمرد» يقضي بتسريع محاكمات الموقوفين", ULAMA, "", ORG, "وتحدثت"),
            E(
                "min_nodeal",
                "تكون الوزارة «فاوضت المتمردين أو قطعت لهم أي وعد»",
                KHOURY,
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "bar_overcrowd",
                "ما حدث «نتيجة متوقعة لاكتظاظ» سجن يضم نحو 3900 نزيل في مبان صممت لـ1050",
                SFEIR,
                "",
                N_OFF,
                "ورأى",
                alt_types=[N_PER],
            ),
            E(
                "bar_80",
                "أكثر من 80 في المئة منهم موقوفون لم تصدر بحقهم أحكام",
                "لافتا",
                SFEIR,
                N_OFF,
                "لافتا",
                alt_types=[N_PER],
            ),
            E(
                "an_amnesty",
                "يعيد الحادث مشروع قانون العفو العام إلى طاولة البرلمان، «ربما قبل نهاية الصيف»",
                DABOUSSI,
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r206_roumieh_fugitives": {
        "outlet": "اندبندنت عربية",
        "published": "2028-06-07",
        "entries": [
            E(
                "hd",
                "٩ سجناء فروا من رومية وخمسة منهم ما زالوا طلقاء",
                "مصدر قضائي",
                JUD,
                A_OFF,
                ":",
                HEAD,
                ANON,
            ),
            E("jud9", "تسعة سجناء تمكنوا من الفرار ليل الأحد", JUD, "", A_OFF, "قال", ANON, via=[INDY]),
            E("jud5free", "خمسة منهم «لا يزالون متوارين»", JUD, "", A_OFF, "قال", ANON, via=[INDY]),
            E(
                "jud_collusion",
                "يكون عنصران من الحراس «سهلا خروجهم»",
                "مرجحا",
                JUD,
                A_OFF,
                "مرجحا",
                ANON,
                via=[INDY],
            ),
            E("isf_4th", "توقيف السجين الرابع فجر الثلاثاء في جونية", ISF, "", ORG, "أعلنت"),
            E("isf_allback", "الفارون جميعهم قد أعيدوا إلى السجن", ISF, "", ORG, "أعلنت"),
            E("isf_gate", "الأربعة خرجوا «من بوابة الزوار مستغلين الفوضى»", "موضحة", ISF, ORG, "موضحة"),
            E(
                "isf_echo",
                "وحداتها استعادت السيطرة على المبنى (ب) «فجر الاثنين»",
                "المديرية",
                ISF,
                ORG,
                "وجددت",
            ),
            E("isf_nodeath_echo", "سقوط أي قتيل", "نافية", ISF, ORG, "نافية", NEG),
            E(
                "isf_calm",
                "«الهدوء التام يسود السجن، وجميع النزلاء في زنازينهم»",
                JABBOUR,
                "",
                N_OFF,
                "وقال",
            ),
            E("isf_nohostage", "احتجاز أي عنصر من الحراس", "نافيا", JABBOUR, N_OFF, "نافيا", NEG),
            E("isf_damage", "الأضرار «اقتصرت على فرش وأبواب خشبية»", "وأضاف", JABBOUR, N_OFF, "وأضاف"),
            E(
                "law_holdout",
                "نحو ٤٠ سجينا «ما زالوا يتحصنون في الطبقة الثالثة»",
                EID,
                "",
                N_PER,
                "أكد",
                via=[INDY],
            ),
            E(
                "law_beat",
                "الاحتجاج اندلع بعد أن «ضرب حراس سجينا مريضا أمام رفاقه»",
                "موضحا",
                EID,
                N_PER,
                "موضحا",
                via=[INDY],
            ),
            E("hosp_dead", "سجينا «وصل جثة هامدة» فجر الاثنين", HOSP, "", ORG, "وأفادت"),
            E(
                "hosp_nobullet",
                "التقرير الطبي الأولي يعزو وفاته إلى الاختناق «من دون أي أثر لطلق ناري»",
                HOSP,
                "",
                ORG,
                "وأفادت",
            ),
            E("fam_echo", "للحراس بقتل سجينين «بالرصاص الحي»", "لجنة أهالي الموقوفين", "", ORG, "فجددت"),
            E(
                "sec_echo",
                "١١ سجينا فروا عبر فتحة في السور الشمالي",
                "مصدر أمني",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["قناة «الميادين»"],
            ),
            E(
                "army2",
                "دورية له أوقفت فارين اثنين في برج حمود صباح الاثنين",
                "الجيش اللبناني",
                "",
                ORG,
                "ذكر",
                alt_types=[DOC],
            ),
            E(
                "mp_deal",
                "«تفاهما» أبرم ليل الأحد مع المحتجين لنقل ملفاتهم إلى محكمة الجنايات",
                QABBANI,
                "",
                N_OFF,
                "وكشف",
            ),
            E("moi_echo", "إجراء «أي تفاوض»", "وزارة الداخلية", "", ORG, "جددت", NEG),
            E(
                "just55",
                "نسبة الموقوفين من دون أحكام في رومية «لا تتجاوز ٥٥ في المئة»",
                QARM,
                "",
                N_OFF,
                "وقال",
            ),
            E("an_help", "الفارين «ربما تلقوا مساعدة من خارج السجن»", NASRALLAH, "", N_PER, "ويعتقد"),
        ],
    },
    "r207_zamfara_mine_kidnapping": {
        "outlet": "الجزيرة نت",
        "published": "2028-06-14",
        "entries": [
            E("hd", "مسلحون خطفوا 3 صينيين وعاملين نيجيريين من منجم ذهب", "شرطة زامفارا", POL, ORG, ":", HEAD),
            E(
                "pol_kidnap",
                "مسلحين على دراجات نارية هاجموا فجر الثلاثاء منجما للذهب تديره شركة صينية قرب بلدة أنكا، واقتادوا 3 مواطنين صينيين وعاملين نيجيريين إلى جهة مجهولة",
                POL,
                "",
                ORG,
                "قالت",
            ),
            E("pol_2dead", "قتيلي الهجوم شرطيان كانا يحرسان الموقع", POL, "", ORG, "قالت"),
            E(
                "pol_gang",
                "عصابة من «قطاع الطرق» يتزعمها المدعو شيهو بويا تقف وراء العملية",
                IDRIS,
                "",
                N_OFF,
                "وأوضح",
                via=[AJ],
            ),
            E("pol_20", "عدد المهاجمين «لم يتجاوز 20»", "مشيرا", IDRIS, N_OFF, "مشيرا", via=[AJ]),
            E(
                "pol_chase",
                "قوة مشتركة «تلاحق الخاطفين في الغابات المحيطة»",
                "مشيرا",
                IDRIS,
                N_OFF,
                "مشيرا",
                via=[AJ],
            ),
            E("emb4", "4 من مواطنيها العاملين في المنجم خطفوا", EMB, "", ORG, "أعلنت"),
            E("emb_call", "«بذل أقصى الجهود» لإعادتهم سالمين", "وحثت", EMB, ORG, "وحثت", OPT),
            E("lg7", "الهجوم أوقع 7 قتلى، بينهم 5 من حراس الشركة وقرويان", GADO, "", N_OFF, "وقال"),
            E("lg60", "عدد المسلحين «بأكثر من 60»", "مقدرا", GADO, N_OFF, "مقدرا"),
            E("res_kidnap", "الخاطفين اقتادوا 4 صينيين و6 عمال محليين", RES, "", A_SRC, "وأبلغ", ANON, via=[AJ]),
            E("res_9", "المهاجمين قتلوا 9 أشخاص", RES, "", A_SRC, "وأبلغ", ANON, via=[AJ]),
            E(
                "res_post",
                "نقطة الجيش القريبة من المنجم «خالية من الجنود منذ أسبوع»",
                RES,
                "",
                A_SRC,
                "وأبلغ",
                ANON,
                via=[AJ],
            ),
            E(
                "res_fled",
                "مئات العائلات فرت نحو مدينة غوساو عاصمة الولاية",
                "مضيفين",
                RES,
                A_SRC,
                "مضيفين",
                ANON,
                via=[AJ],
            ),
            E("army_nopost", "تكون نقطته هناك قد أخليت", NAF, "", ORG, "نفى", NEG, alt_types=[DOC]),
            E(
                "army_clash",
                "جنوده «اشتبكوا مع المهاجمين وأجبروهم على الانسحاب»",
                "مؤكدا",
                NAF,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "sec_lak",
                "المهاجمين «من عناصر جماعة لاكوراوا» التي تنشط في ولايتي سوكوتو وكيبي المجاورتين، وليسوا من العصابات المحلية",
                "مصدر أمني",
                "",
                A_OFF,
                "وذكر",
                ANON,
            ),
            E("gov_nolak", "وجود أي خلايا للجماعة في زامفارا", DANKO, "", N_OFF, "نفى", NEG),
            E("gov_exagg", "الحديث عنها «تهويلا إعلاميا»", "معتبرا", DANKO, N_OFF, "معتبرا"),
            E(
                "min_unlic",
                "المنجم «يعمل من دون ترخيص منذ عامين»",
                "مسؤول في وزارة تنمية المعادن الصلبة",
                "",
                A_OFF,
                "وكشف",
                ANON,
            ),
            E(
                "ai400",
                "قتل أكثر من 400 مدني في الولاية منذ مطلع العام",
                "تقرير لمنظمة العفو الدولية",
                "",
                DOC,
                "وبحسب",
                alt_types=[ORG],
            ),
            E("an_ransom", "يكون دافع الخطف «فدية كبيرة»", SHITU, "", N_PER, "ويرجح"),
            E(
                "an_leave",
                "تكرار الهجمات «قد يدفع الشركات الأجنبية إلى مغادرة الولاية»",
                "محذرا",
                SHITU,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r208_zamfara_hostages_freed": {
        "outlet": "وكالة شينخوا",
        "published": "2028-06-15",
        "entries": [
            E("hd", "تحرير جميع المواطنين الصينيين المخطوفين في زامفارا", NAF, "", ORG, ":", HEAD),
            E(
                "army_free3",
                "قواته حررت ٣ مواطنين صينيين خطفوا الثلاثاء من منجم للذهب في ولاية زامفارا",
                NAF,
                "",
                ORG,
                "أعلن",
            ),
            E("army_noransom", "من دون دفع أي فدية", NAF, "", ORG, "أعلن"),
            E(
                "army12",
                "العملية أسفرت عن «تحييد ١٢ من الخاطفين» وإصابة جندي واحد بجروح طفيفة",
                ADEMI,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "army_local",
                "المهاجمين «ينتمون إلى عصابة محلية» ولا صلة لهم بأي جماعة عابرة للحدود",
                "مضيفا",
                ADEMI,
                N_OFF,
                "مضيفا",
            ),
            E("emb_all4", "الإفراج عن «المواطنين الصينيين الأربعة»", EMB208, "", ORG, "ورحبت"),
            E(
                "emb_health",
                "«في حالة صحية جيدة» ويخضعون لفحوص طبية في العاصمة",
                "مؤكدة",
                EMB208,
                ORG,
                "مؤكدة",
            ),
            E(
                "fm_appr",
                "بلاده «تقدر جهود الجانب النيجيري»",
                "المتحدث باسم وزارة الخارجية الصينية، تشانغ هاو",
                "",
                N_OFF,
                "وقال",
                OPT,
            ),
            E("co_noransom", "دفع أي فدية للخاطفين", HUA, "", ORG, "ونفت", NEG),
            E("co_license", "تعمل «بموجب ترخيص اتحادي ساري المفعول»", "مؤكدة", HUA, ORG, "مؤكدة"),
            E(
                "loc_ransom",
                "الرهائن أطلق سراحهم «بعد دفع فدية بلغت ٢٠٠ مليون نايرا»",
                LOCAL,
                "",
                A_SRC,
                "قالت",
                ANON,
                via=[XINHUA],
            ),
            E("loc_nosoldiers", "الجنود «لم يدخلوا الغابة أصلا»", LOCAL, "", A_SRC, "قالت", ANON, via=[XINHUA]),
            E("pol_2still", "العاملين النيجيريين «ما زالا في قبضة الخاطفين»", IDRIS208, "", N_OFF, "وأفاد"),
            E("pol_echo2", "الهجوم لم يسفر إلا عن مقتل شرطيين اثنين", "مجددا", IDRIS208, N_OFF, "مجددا"),
            E(
                "lg9",
                "حصيلة القتلى إلى ٩، بعد وفاة حارسين متأثرين بجروحهما",
                "رئيس مجلس الحكم المحلي في أنكا",
                "",
                N_OFF,
                "رفع",
            ),
            E("gov_echo", "نشاط جماعة لاكوراوا في زامفارا", DANKO, "", N_OFF, "وجدد", NEG),
            E(
                "aj_echo",
                "المهاجمين من عناصرها",
                "مصدر أمني",
                "",
                A_OFF,
                "نقل",
                ANON,
                via=["موقع الجزيرة نت"],
            ),
            E(
                "nema1200",
                "نحو ١٢٠٠ شخص نزحوا من قرى أنكا منذ الثلاثاء",
                "مسؤول في الوكالة الوطنية لإدارة الطوارئ (نيما)",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "state_normal",
                "«الحياة طبيعية في أنكا ولم تغادر أي أسرة»",
                "المتحدث باسم حكومة الولاية، سليمان تسافي",
                "",
                N_OFF,
                "أكد",
            ),
            E(
                "dt_billion",
                "الخاطفين طالبوا في البداية بمليار نايرا",
                "صحيفة «ديلي تراست» النيجيرية",
                "",
                MEDIA,
                "وأوردت",
            ),
            E(
                "an_lure",
                "الإفراج السريع «ربما يغري العصابات باستهداف مزيد من الأجانب»",
                "الخبير الأمني النيجيري موسى بالا",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r209_dhiqar_water_feud": {
        "outlet": "بي بي سي عربي",
        "published": "2028-06-24",
        "entries": [
            E("hd", "٣ قتلى في نزاع عشائري على المياه جنوبي العراق", "شرطة ذي قار", DQPOL, ORG, ":", HEAD),
            E("pol3", "ثلاثة أشخاص قتلوا وأصيب ثمانية آخرون", DQPOL, "", ORG, "قالت"),
            E("pol_curfew", "فرضت حظرا للتجوال في الناحية", "القيادة", DQPOL, ORG, "وأضافت", alt_types=[DOC]),
            E(
                "pol_heavy",
                "المتنازعين استخدموا «أسلحة متوسطة وقاذفات آر بي جي»",
                "القيادة",
                DQPOL,
                ORG,
                "وأضافت",
                alt_types=[DOC],
            ),
            E("chief_stop", "الاشتباكات «توقفت تماما قبل منتصف الليل»", RIKABI, "", N_OFF, "ونقلت", via=[INA]),
            E(
                "health5",
                "مستشفيات الناصرية استقبلت جثث خمسة قتلى و١٤ جريحا",
                HEALTH_SRC,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[BBC],
            ),
            E(
                "shA_fired",
                "أبناء البو شامخ «أغلقوا بوابة الجدول وأطلقوا النار أولا» على مزارعين حاولوا فتحها",
                UBAISI,
                "",
                N_PER,
                "وروى",
                alt_types=[N_OFF],
            ),
            E("shA_4dead", "أربعة من أبناء عشيرته قتلوا", "مضيفا", UBAISI, N_PER, "مضيفا", alt_types=[N_OFF]),
            E(
                "clB_deny",
                "يكون أبناؤها قد بادروا بإطلاق النار",
                "بيان باسم عشيرة البو شامخ",
                SHAMIKH,
                ORG,
                "نفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "clB_accuse",
                "الطرف الآخر بـ«اقتحام أراضينا ليلا وهدم السدة الترابية»",
                "متهما",
                SHAMIKH,
                ORG,
                "متهما",
                alt_types=[DOC],
            ),
            E("wr_extra", "أطلقت «حصصا إضافية» لجنوب المحافظة الأسبوع الماضي", MOWR, "", ORG, "وقالت"),
            E("wr_fair", "توزيع المياه «يجري وفق جدول مراشنة عادل»", MOWR, "", ORG, "وقالت"),
            E(
                "farm40",
                "المياه «لم تبلغ أراضينا منذ أربعين يوما»",
                "مزارعين في الفهود",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[BBC],
            ),
            E(
                "wrdir_damage",
                "الرصاص «ألحق أضرارا بالغة ببوابات ناظم الفهود»",
                "مديرية الموارد المائية في ذي قار",
                "",
                ORG,
                "وأفادت",
            ),
            E(
                "wit_fled",
                "عشرات العائلات غادرت منازلها على ضفتي الجدول باتجاه مركز الناحية",
                "شهود",
                "",
                A_SRC,
                "وذكر",
                ANON,
            ),
            E("gov_truce", "التوصل إلى «عطوة عشائرية» مدتها شهر بين الطرفين", MUSAWI, "", N_OFF, "وأعلن"),
            E("gov11", "الأجهزة الأمنية «اعتقلت ١١ مطلوبا»", "مؤكدا", MUSAWI, N_OFF, "مؤكدا"),
            E(
                "med_signed",
                "وجهاء العشيرتين «وقعوا وثيقة العطوة» صباح السبت",
                "الشيخ كاظم الحسيناوي",
                "",
                N_PER,
                "وقال",
            ),
            E("moi_2h", "قوة من الرد السريع «سيطرت على الموقف خلال ساعتين»", ZAIDI, "", N_OFF, "وأكد"),
            E(
                "hr34",
                "٣٤ نزاعا عشائريا في المحافظة منذ مطلع العام، «أغلبها بسبب المياه»",
                "مكتب المفوضية العليا لحقوق الإنسان في ذي قار",
                "",
                ORG,
                "وتحدث",
            ),
            E(
                "an_spread",
                "هذه النزاعات «قد تتسع» مع تراجع الإطلاقات المائية من دول المنبع",
                "الباحث في شؤون المياه أحمد الكناني",
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r210_dhiqar_truce_dispute": {
        "outlet": "السومرية نيوز",
        "published": "2028-06-26",
        "entries": [
            E("hd", "لم نوقع على أي عطوة مع آل عبيس", SHAMIKH, "", ORG, ":", HEAD),
            E(
                "health6",
                "ارتفاع حصيلة ضحايا النزاع العشائري في ناحية الفهود إلى 6 قتلى و17 جريحا",
                "دائرة صحة ذي قار",
                "",
                ORG,
                "أعلنت",
            ),
            E("health_crit", "حالة ثلاثة من الجرحى «حرجة»", "مشيرة", "دائرة صحة ذي قار", ORG, "مشيرة"),
            E("pol_echo3", "عدد القتلى «لم يتجاوز ثلاثة»", DQPOL210, "", ORG, "أصرت"),
            E("pol_curfew_recall", "فرض حظر للتجوال في الناحية", "القيادة", DQPOL210, ORG, "أعلنت"),
            E(
                "qaim_nocurfew",
                "فرض أي حظر",
                "قائممقام قضاء سوق الشيوخ، فلاح الجابري",
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "qaim_reinf",
                "القوات «عززت انتشارها حول الناحية فقط»",
                "موضحا",
                "قائممقام قضاء سوق الشيوخ، فلاح الجابري",
                N_OFF,
                "موضحا",
            ),
            E(
                "clB_notruce",
                "العشيرة «لم توقع على أي عطوة»",
                SHAMIKHI,
                "",
                N_OFF,
                "وقال",
                alt_types=[N_PER],
                via=[SUMARIA],
            ),
            E("clB_7dead", "سبعة من أبنائها قتلوا", SHAMIKHI, "", N_OFF, "وقال", alt_types=[N_PER], via=[SUMARIA]),
            E(
                "clB_rifles",
                "«لم يحملوا سوى بنادق شخصية» دفاعا عن أراضيهم",
                "مؤكدا",
                SHAMIKHI,
                N_OFF,
                "مؤكدا",
                alt_types=[N_PER],
                via=[SUMARIA],
            ),
            E(
                "bbc_echo",
                "أبناء البو شامخ «أغلقوا بوابة الجدول وأطلقوا النار أولا»",
                UBAISI,
                "",
                N_PER,
                "ونقلت",
                alt_types=[N_OFF],
                via=["الإذاعة البريطانية «بي بي سي»"],
            ),
            E("gov_echo", "العطوة «سارية ويلتزم بها الطرفان»", MUSAWI, "", N_OFF, "جدد"),
            E("sec4", "القوات «اعتقلت أربعة متهمين فقط»", "مصدر أمني", "", A_OFF, "كشف", ANON, via=[SUMARIA]),
            E("res_noon", "تبادل إطلاق النار «استمر متقطعا حتى ظهر السبت»", "سكان", "", A_SRC, "وأفاد", ANON),
            E(
                "nah_normal",
                "«الحياة طبيعية ولم تنزح أي عائلة»",
                "مدير ناحية الفهود، رعد الخفاجي",
                "",
                N_OFF,
                "قال",
                DIRECT,
            ),
            E("wr_nodamage", "ناظم الفهود «لم يتعرض لأي ضرر ويعمل بكامل طاقته»", RADI, "", N_OFF, "قال"),
            E("wr_nostop", "حصة الناحية «لم تنقطع يوما واحدا»", "مؤكدا", RADI, N_OFF, "مؤكدا"),
            E(
                "council_fish",
                "«جهات متنفذة» تحول مياه الجدول إلى بحيرات أسماك غير مرخصة على حساب المزارعين",
                "عضو مجلس محافظة ذي قار، نوال الغزي",
                "",
                N_OFF,
                "أكدت",
            ),
            E(
                "an_tail",
                "الإطلاقات الإضافية «ربما لم تصل إلى ذنائب الجداول بسبب التجاوزات»",
                "الخبير الزراعي صباح البدري",
                "",
                N_PER,
                "ويرجح",
            ),
            E(
                "agri4k",
                "تقلصت المساحة المزروعة بالشلب في المحافظة هذا الموسم إلى 4 آلاف دونم",
                "مديرية زراعة ذي قار",
                "",
                ORG,
                "وحسب",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Roumieh: how many escaped (4, 9 or 11), by which way, and whether any is still at large
        ("r205.isf_escape4", "r205.sec11"),
        ("r205.isf_escape4", "r206.jud9"),
        ("r205.isf_escape4", "r206.hd"),
        ("r205.isf_escape4", "r206.sec_echo"),
        ("r205.isf_escape4", "r206.jud5free"),  # only 4 escaped vs 5 still at large
        ("r205.sec11", "r206.jud9"),
        ("r205.sec11", "r206.hd"),
        ("r206.sec_echo", "r206.jud9"),
        ("r206.sec_echo", "r206.hd"),
        ("r206.isf_gate", "r205.sec11"),  # the four left by the visitors' gate vs 11 through a hole in the wall
        ("r206.isf_gate", "r206.sec_echo"),
        ("r206.isf_gate", "r206.jud9"),
        ("r206.isf_gate", "r206.hd"),
        ("r206.isf_allback", "r206.jud5free"),  # all returned vs five still hiding
        ("r206.isf_allback", "r206.hd"),
        # no deaths vs two inmates shot dead / a body at the hospital
        ("r205.isf_nodeath", "r205.fam_2killed"),
        ("r205.isf_nodeath", "r206.fam_echo"),
        ("r205.isf_nodeath", "r206.hosp_dead"),
        ("r206.isf_nodeath_echo", "r205.fam_2killed"),
        ("r206.isf_nodeath_echo", "r206.fam_echo"),
        ("r206.isf_nodeath_echo", "r206.hosp_dead"),
        ("r206.hosp_nobullet", "r205.fam_2killed"),  # suffocation, no bullet trace vs killed by live fire
        ("r206.hosp_nobullet", "r206.fam_echo"),
        # no live ammunition vs live fire
        ("r205.isf_nolive", "r205.fam_2killed"),
        ("r205.isf_nolive", "r206.fam_echo"),
        ("r205.isf_nolive", "r205.res_gunfire"),
        # who started it: a guard stabbed vs guards raiding cells / beating a sick inmate
        ("r205.isf_start", "r205.fam_raid"),
        ("r205.isf_start", "r206.law_beat"),
        # hostages
        ("r205.audio_hostage", "r206.isf_nohostage"),
        # control of Building B
        ("r206.law_holdout", "r205.isf_control"),
        ("r206.law_holdout", "r206.isf_echo"),
        ("r206.law_holdout", "r205.hd"),
        ("r206.law_holdout", "r206.isf_calm"),
        # damage
        ("r206.isf_damage", "r205.cd_fire"),
        # a deal with the rioters vs none
        ("r205.ulama_deal", "r205.min_nodeal"),
        ("r205.ulama_deal", "r206.moi_echo"),
        ("r206.mp_deal", "r205.min_nodeal"),
        ("r206.mp_deal", "r206.moi_echo"),
        # share of inmates without a verdict
        ("r205.bar_80", "r206.just55"),
        # --- Zamfara: how many Chinese (3 or 4) and Nigerians (2 or 6) were taken
        ("r207.hd", "r207.emb4"),
        ("r207.hd", "r207.res_kidnap"),
        ("r207.hd", "r208.emb_all4"),
        ("r207.pol_kidnap", "r207.emb4"),
        ("r207.pol_kidnap", "r207.res_kidnap"),
        ("r207.pol_kidnap", "r208.emb_all4"),
        ("r208.army_free3", "r208.emb_all4"),  # three freed vs the four released
        ("r208.pol_2still", "r207.res_kidnap"),  # "the two Nigerian workers" vs six local workers
        # the dead: two policemen vs 7 / 9
        ("r207.pol_2dead", "r207.lg7"),
        ("r207.pol_2dead", "r207.res_9"),
        ("r207.res_9", "r207.lg7"),
        ("r208.pol_echo2", "r207.lg7"),
        ("r208.pol_echo2", "r207.res_9"),
        ("r208.pol_echo2", "r208.lg9"),
        # the attackers: no more than 20 vs more than 60
        ("r207.pol_20", "r207.lg60"),
        # who: a local gang vs Lakurawa
        ("r207.pol_gang", "r207.sec_lak"),
        ("r207.pol_gang", "r208.aj_echo"),
        ("r208.army_local", "r207.sec_lak"),
        ("r208.army_local", "r208.aj_echo"),
        ("r207.gov_nolak", "r207.sec_lak"),
        ("r207.gov_nolak", "r208.aj_echo"),
        ("r208.gov_echo", "r207.sec_lak"),
        ("r208.gov_echo", "r208.aj_echo"),
        ("r207.gov_exagg", "r207.sec_lak"),
        ("r207.gov_exagg", "r208.aj_echo"),
        # the army post: empty for a week vs not vacated, soldiers fought
        ("r207.res_post", "r207.army_nopost"),
        ("r207.res_post", "r207.army_clash"),
        # ransom
        ("r208.loc_ransom", "r208.army_noransom"),
        ("r208.loc_ransom", "r208.co_noransom"),
        # the rescue operation vs soldiers never entered the forest
        ("r208.loc_nosoldiers", "r208.army_free3"),
        ("r208.loc_nosoldiers", "r208.army12"),
        # licence
        ("r207.min_unlic", "r208.co_license"),
        # displacement vs "life is normal"
        ("r208.state_normal", "r207.res_fled"),
        ("r208.state_normal", "r208.nema1200"),
        # --- Dhi Qar: the dead
        ("r209.hd", "r209.health5"),
        ("r209.pol3", "r209.health5"),
        ("r209.pol3", "r209.shA_4dead"),  # three in all vs four of one clan
        ("r209.hd", "r209.shA_4dead"),
        ("r210.pol_echo3", "r209.health5"),
        ("r210.pol_echo3", "r210.health6"),
        ("r210.pol_echo3", "r209.shA_4dead"),
        ("r210.pol_echo3", "r210.clB_7dead"),
        ("r210.health6", "r210.clB_7dead"),  # six in all vs seven of one clan
        # who fired first
        ("r209.shA_fired", "r209.clB_deny"),
        ("r209.shA_fired", "r209.clB_accuse"),
        ("r210.bbc_echo", "r209.clB_deny"),
        ("r210.bbc_echo", "r209.clB_accuse"),
        # weapons
        ("r209.pol_heavy", "r210.clB_rifles"),
        # curfew
        ("r209.pol_curfew", "r210.qaim_nocurfew"),
        ("r210.pol_curfew_recall", "r210.qaim_nocurfew"),
        # when the shooting stopped
        ("r210.res_noon", "r209.chief_stop"),
        ("r210.res_noon", "r209.moi_2h"),
        # arrests
        ("r209.gov11", "r210.sec4"),
        # the truce: signed and in force vs never signed
        ("r209.gov_truce", "r210.clB_notruce"),
        ("r209.gov_truce", "r210.hd"),
        ("r210.gov_echo", "r210.clB_notruce"),
        ("r210.gov_echo", "r210.hd"),
        ("r209.med_signed", "r210.clB_notruce"),
        ("r209.med_signed", "r210.hd"),
        # displacement
        ("r209.wit_fled", "r210.nah_normal"),
        # the regulator: badly damaged vs no damage
        ("r209.wrdir_damage", "r210.wr_nodamage"),
        # water
        ("r209.farm40", "r210.wr_nostop"),
        ("r209.wr_fair", "r210.council_fish"),
    ],
    "agreements": [
        ("r205.fam_raid", "r206.law_beat"),  # guards' violence set it off
        ("r205.cd_fire", "r205.res_flames"),  # fire in the upper floors
        ("r205.ulama_deal", "r206.mp_deal"),  # a deal ended the riot
        ("r205.res_gunfire", "r205.fam_2killed"),  # live fire was used
        ("r205.isf_nolive", "r206.hosp_nobullet"),  # no one was shot
        ("r207.pol_gang", "r208.army_local"),  # a local gang
        ("r207.res_fled", "r208.nema1200"),  # people fled Anka
        ("r207.pol_kidnap", "r208.army_free3"),  # three Chinese
        ("r207.emb4", "r207.res_kidnap"),  # four Chinese
        ("r207.res_kidnap", "r208.emb_all4"),
        ("r207.res_9", "r208.lg9"),  # nine dead
        ("r209.gov_truce", "r209.med_signed"),  # a truce was reached
        ("r209.chief_stop", "r209.moi_2h"),  # it was over within hours
        ("r209.farm40", "r210.council_fish"),  # the farmers are not getting their water
    ],
    "echoes": [
        ("r205.isf_control", "r206.isf_echo"),  # «وجددت المديرية تأكيدها»
        ("r205.isf_nodeath", "r206.isf_nodeath_echo"),  # «نافية مجددا»
        ("r205.fam_2killed", "r206.fam_echo"),  # «فجددت اتهامها»
        ("r205.sec11", "r206.sec_echo"),  # Al-Mayadeen's source, retold
        ("r205.min_nodeal", "r206.moi_echo"),  # «جددت نفيها»
        ("r207.pol_2dead", "r208.pol_echo2"),  # «مجددا التأكيد»
        ("r207.gov_nolak", "r208.gov_echo"),  # «وجدد ... نفيه»
        ("r207.sec_lak", "r208.aj_echo"),  # Al Jazeera Net's source, retold
        ("r209.shA_fired", "r210.bbc_echo"),  # the sheikh's words, retold via the BBC
        ("r209.gov_truce", "r210.gov_echo"),  # «جدد ... تأكيده»
        ("r209.pol3", "r210.pol_echo3"),  # «أصرت»
        ("r209.pol_curfew", "r210.pol_curfew_recall"),  # «وكانت القيادة قد أعلنت»
    ],
    "not_contradictions": [
        ("r205.isf_escape4", "r206.isf_4th"),  # 3 recaptured on Monday, the fourth on Tuesday
        ("r205.isf_6guards", "r205.rc17"),  # 6 guards lightly hurt vs 17 taken to hospital, mostly inmates
        ("r206.army2", "r205.isf_escape4"),  # two of the recaptured held by the army
        ("r206.isf_calm", "r205.res_flames"),  # flames on Sunday night, calm on Wednesday
        ("r205.isf_6guards", "r206.isf_nohostage"),  # guards hurt, none held
        ("r206.jud_collusion", "r206.isf_gate"),  # hedged: guards "perhaps" helped vs they used the chaos
        ("r206.an_help", "r206.isf_gate"),  # hedged: "perhaps" outside help
        ("r207.lg7", "r208.lg9"),  # the toll rose from 7 to 9 (two guards died)
        ("r207.pol_kidnap", "r208.pol_2still"),  # the two Nigerians are still held
        ("r208.hd", "r208.pol_2still"),  # all the Chinese freed, the Nigerians not
        ("r207.ai400", "r207.lg7"),  # the year vs this attack
        ("r207.pol_chase", "r208.army_free3"),  # a pursuit, then a rescue
        ("r207.an_ransom", "r208.co_noransom"),  # hedged motive vs no ransom paid
        ("r207.emb4", "r208.emb_all4"),  # four taken, four released
        ("r208.dt_billion", "r208.loc_ransom"),  # the first demand vs the sum said to be paid
        ("r209.health5", "r210.health6"),  # the health directorate's toll rose from 5 to 6
        ("r209.shA_4dead", "r209.health5"),  # four of one clan among five dead
        ("r209.hr34", "r209.pol3"),  # feuds this year vs this clash
        ("r209.wr_extra", "r209.farm40"),  # extra shares released vs not reaching the tail of the canal
        ("r210.an_tail", "r209.wr_extra"),  # perhaps the extra water did not reach the tails
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
