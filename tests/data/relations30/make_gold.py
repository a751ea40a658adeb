"""Writes gold.json for the thirtieth relations set (r175..r180) from the annotations below (`python3 tests/data/relations30/make_gold.py`).

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

# r175/r176: Quneitra (Syria), an Israeli incursion into Jubata al-Khashab and a position on Tal Kurum
HOURANI = "محافظ القنيطرة عامر الحوراني"
SHAHAR = "المتحدث باسم الجيش الإسرائيلي العقيد إيتاي شاحر"
SHAHAR176 = "المتحدث باسم الجيش الإسرائيلي، العقيد إيتاي شاحر"
RES175 = "سكانا من البلدة"
HEALTH_Q = "مديرية صحة القنيطرة"
SOHR = "المرصد السوري لحقوق الإنسان"
UNDOF = "قوة الأمم المتحدة لمراقبة فض الاشتباك (أندوف)"
KAN = "هيئة البث الإسرائيلية (كان)"
SY_MOFA = "وزارة الخارجية السورية"
SAFADI = "رئيس المجلس المحلي في جباتا الخشب خالد الصفدي"
SAFADI176 = "رئيس المجلس المحلي في جباتا، خالد الصفدي"
ALI = "المتحدث باسم الخارجية السورية نزار العلي"
DIAB = "الخبير العسكري العميد المتقاعد سامر دياب"
IDF = "الجيش الإسرائيلي"
SANA = "وكالة الأنباء السورية (سانا)"
OCHA176 = "مكتب «أوتشا» الأممي لتنسيق المساعدات"
YEDIOTH = "صحيفة «يديعوت أحرونوت»"
AXIOS = "موقع «أكسيوس»"
SY_SRC = "مصدرا في وزارة الخارجية السورية"
RIZVANI = "المتحدث باسم وزارة الخارجية الإيرانية مهدي رضواني"
FERREIRA = "متحدث أممي في نيويورك، هو دانيال فيريرا"
KHATIB = "الباحث في الشؤون الإسرائيلية عادل الخطيب"
AWSAT = "«الشرق الأوسط»"
# r177/r178: the Mali–Mauritania border, herders killed east of Adel Bagrou
MR_GOV = "الحكومة الموريتانية"
BOUBACAR = "الناطق باسم الحكومة، سيدي محمد ولد بوبكر"
ML_STAFF = "هيئة الأركان العامة للجيوش المالية"
RELATIVES = "أقارب للضحايا"
MAYOR = "رئيس بلدية عدل بكرو، محمد الأمين ولد اعلي"
MP = "النائب عن المقاطعة أحمد سالم ولد الشيخ"
JNIM = "جماعة «نصرة الإسلام والمسلمين»"
ZALLAQA = "مؤسسة «الزلاقة»"
MR_ARMY = "قيادة أركان الجيش الموريتاني"
UNHCR = "مفوضية الأمم المتحدة لشؤون اللاجئين"
AKHBAR = "موقع «الأخبار» الموريتاني"
OULD_SIDI = "الباحث الموريتاني في شؤون الساحل محمد فال ولد سيدي"
ML_GOV = "الحكومة المالية"
COULIBALY = "وزير الخارجية المالي موسى كوليبالي"
MR_OFF = "مسؤولا موريتانيا"
ML_OFFICER = "ضابط في الجيش المالي"
SURVIVOR = "أحد الناجين"
SAHARA = "موقع \"صحراء ميديا\""
ML_STAFF178 = "هيئة الأركان المالية"
RU_EMB = "السفارة الروسية"
SANGARE = "الناطق باسم الحكومة المالية العقيد إبراهيم سانغاري"
WALI = "والي الحوض الشرقي، الشيخ ولد أحمدو"
AES = "تحالف دول الساحل"
DIPLOMAT178 = "دبلوماسي غربي في نواكشوط"
# r179/r180: Alamata (Raya, Ethiopia), Tigray forces against Amhara and the federal army
TPLF = "جبهة تحرير شعب تيغراي"
DTV = "تلفزيون «ديمتسي وياني»"
ALEMU = "رئيس مكتب الاتصال في حكومة إقليم أمهرة، ميكونين أليمو"
AIN = "«العين الإخبارية»"
GCS = "خدمة الاتصال الحكومية الإثيوبية"
DAGNEW = "المتحدث باسم «فانو» في شمال ولو، منغستو داغنو"
RES179 = "سكان من الأحياء الجنوبية"
BERHE = "مدير مستشفى ألاماتا العام، الطبيب هايلي برهي"
BERHE180 = "مدير مستشفى ألاماتا العام، هايلي برهي"
EHRC = "لجنة حقوق الإنسان الإثيوبية"
OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"
TIA_OFF = "مسؤولا في الإدارة المؤقتة لإقليم تيغراي"
TESFAY = "المتحدث باسم الجبهة، أماني تسفاي"
WOLDE = "الباحث الإثيوبي داويت ولدي"
ADEMI = "الممثل الأعلى للاتحاد الأفريقي في القرن الأفريقي، أولوسيغون أديمي"
AMHARA = "حكومة إقليم أمهرة"
DW = "DW عربية"
ENDF_OFF = "ضابط في قوات الدفاع الوطني"
MENGISTU = "وزير الإعلام الإريتري، هبتي منغستو"
X = "«إكس»"
DIPLOMAT180 = "دبلوماسيا غربيا في أديس أبابا"
TIA_OFF180 = "مسؤول في الإدارة المؤقتة لإقليم تيغراي"
UNICEF = "منظمة الأمم المتحدة للطفولة (يونيسف)"
WFP = "برنامج الأغذية العالمي"
HELLER = "الباحث الألماني في شؤون القرن الأفريقي، ماركوس هيلر"

ARTICLES: dict[str, dict[str, Any]] = {
    "r175_quneitra_jubata": {
        "outlet": "الجزيرة نت",
        "published": "2028-01-10",
        "entries": [
            E("hd", "الاحتلال يقيم موقعا عسكريا جديدا على تل كروم", "محافظ القنيطرة", HOURANI, N_OFF, ":", HEAD),
            E(
                "gov_post",
                "قوة إسرائيلية قوامها نحو 15 آلية، بينها جرافات، توغلت فجر الاثنين في بلدة جباتا الخشب بريف المحافظة الشمالي، وشرعت في تحصين موقع على تل كروم المشرف عليها",
                HOURANI,
                "",
                N_OFF,
                "قال",
                via=["الجزيرة نت"],
            ),
            E(
                "gov_raids",
                "الجنود \"داهموا أكثر من 30 منزلا وعبثوا بمحتوياتها\"",
                "وأضاف",
                HOURANI,
                N_OFF,
                "وأضاف",
                via=["الجزيرة نت"],
            ),
            E(
                "idf_cell",
                "قواته نفذت \"نشاطا محددا\" في جنوب سوريا اعتقلت خلاله خمسة مشتبه بهم ينتمون إلى خلية \"تعمل بتوجيه من فيلق القدس الإيراني\"",
                SHAHAR,
                "",
                N_OFF,
                "أعلن",
            ),
            E("idf_3h", "العملية لم تستغرق سوى ثلاث ساعات", "مؤكدا", SHAHAR, N_OFF, "مؤكدا"),
            E("idf_out", "القوة انسحبت بالكامل من المنطقة فور انتهائها", "مؤكدا", SHAHAR, N_OFF, "مؤكدا"),
            E("idf_gunman", "الجنود قتلوا مسلحا حاول الاقتراب منهم", "شاحر", SHAHAR, N_OFF, "وزعم"),
            E("idf_nociv", "إطلاق النار على أي مدني", "نافيا", SHAHAR, N_OFF, "نافيا", NEG),
            E("res_seven", "الجنود اقتادوا سبعة شبان من بيوتهم", RES175, "", A_SRC, "أفادوا", ANON),
            E("res_dig", "الجرافات ظلت تعمل على التل حتى ظهر الاثنين", RES175, "", A_SRC, "أفادوا", ANON),
            E(
                "health1",
                "قتل شخص واحد، هو راع عشريني أصيب برصاصة في ظهره أثناء فراره",
                HEALTH_Q,
                "",
                ORG,
                "ووفق",
            ),
            E("health_wnd", "جرح مدنيان آخران", HEALTH_Q, "", ORG, "ووفق"),
            E("sohr2", "مقتل مدنيين اثنين، أحدهما مسن فارق الحياة متأثرا بجروحه", SOHR, "", ORG, "فتحدث"),
            E("undof", "دورياتها رصدت \"أعمال حفر وتحصين\" على التل صباح الاثنين", UNDOF, "", ORG, "وقالت"),
            E("undof_call", "احترام اتفاق عام 1974", "داعية", UNDOF, ORG, "داعية", OPT),
            E(
                "kan_stay",
                "الجيش يعتزم البقاء هناك \"إلى أجل غير مسمى\"",
                "مصدر أمني",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=[KAN],
            ),
            E(
                "mofa_farm",
                "المعتقلين بأنهم \"مزارعون ورعاة لا صلة لهم بأي جهة مسلحة\"",
                SY_MOFA,
                "",
                ORG,
                "وصفت",
                alt_types=[DOC],
            ),
            E("mofa_breach", "تل أبيب بانتهاك اتفاق فض الاشتباك", "متهمة", SY_MOFA, ORG, "متهمة", alt_types=[DOC]),
            E("council40", "نزحت نحو 40 عائلة إلى بلدة خان أرنبة", SAFADI, "", N_OFF, "وبحسب"),
            E(
                "council_fear",
                "الأهالي \"يخشون تكرار ما جرى في الحميدية والرفيد\"",
                "ولفت",
                SAFADI,
                N_OFF,
                "ولفت",
            ),
            E(
                "fm_nosign",
                "دمشق \"لن توقع أي ترتيب أمني\" قبل انسحاب القوات الإسرائيلية إلى خطوط عام 1974",
                ALI,
                "",
                N_OFF,
                "شدد",
            ),
            E(
                "an_fait",
                "إسرائيل \"ربما تسعى إلى فرض أمر واقع\" قبل أي جولة تفاوض",
                DIAB,
                "",
                N_PER,
                "ويرى",
                alt_types=[N_OFF],
            ),
            E(
                "an_nocell",
                "يكون للخلية المزعومة وجود فعلي",
                "مستبعدا",
                DIAB,
                N_PER,
                "مستبعدا",
                NEG,
                alt_types=[N_OFF],
            ),
        ],
    },
    "r176_quneitra_tal_kurum": {
        "outlet": "الشرق الأوسط",
        "published": "2028-01-11",
        "entries": [
            E("hd", "لا مواقع جديدة لقواتنا في ريف القنيطرة", IDF, "", ORG, ":", HEAD),
            E("idf_nopost", "إقامة أي موقع عسكري جديد في ريف القنيطرة", IDF, "", ORG, "نفى", NEG, alt_types=[DOC]),
            E(
                "idf_maint",
                "الأشغال التي رصدها السكان على تل كروم «مجرد صيانة لطريق دوريات قائم»",
                "مؤكدا",
                IDF,
                ORG,
                "مؤكدا",
                alt_types=[DOC],
            ),
            E(
                "idf_release",
                "القوات أفرجت عن ثلاثة من المعتقلين الخمسة بعد التحقيق معهم",
                "البيان",
                IDF,
                ORG,
                "وأضاف",
                alt_types=[DOC],
            ),
            E("sana_still", "القوة الإسرائيلية «لا تزال متمركزة» على التل", SANA, "", MEDIA, "أفادت"),
            E("sana_towers", "رفعت سواتر ترابية ونصبت برجي مراقبة في محيطه", SANA, "", MEDIA, "أفادت"),
            E(
                "gov_echo",
                "القوة المتوغلة «شرعت في تحصين موقع» على تل كروم",
                "محافظ القنيطرة عامر الحوراني",
                "",
                N_OFF,
                "قال",
            ),
            E(
                "health2",
                "ارتفاع حصيلة التوغل إلى قتيلين، بعد وفاة أحد الجريحين صباح الثلاثاء",
                HEALTH_Q,
                "",
                ORG,
                "وأعلنت",
            ),
            E("gunman_echo", "القتيل الأول «مسلح حاول الاقتراب من القوة»", SHAHAR176, "", N_OFF, "ادعى"),
            E(
                "res7_echo",
                "الجنود اقتادوا سبعة شبان من بيوتهم",
                "سكان",
                "",
                A_SRC,
                "نقلت",
                ANON,
                via=["«الجزيرة نت»"],
            ),
            E(
                "ocha65",
                "عدد النازحين من جباتا الخشب وطرنجة المجاورة بنحو ٦٥ عائلة",
                OCHA176,
                "",
                ORG,
                "وقدر",
            ),
            E(
                "council50",
                "عدد العائلات التي غادرت البلدة وحدها «تجاوز ٥٠»",
                SAFADI176,
                "",
                N_OFF,
                "وأبلغ",
                via=[AWSAT],
            ),
            E(
                "yed_nofam",
                "«أي عائلة لم تغادر البلدة»",
                "ضابط في القيادة الشمالية",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[YEDIOTH],
            ),
            E(
                "yed_normal",
                "الحياة فيها «تسير بشكل طبيعي»",
                "ضابط في القيادة الشمالية",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[YEDIOTH],
            ),
            E(
                "axios",
                "دمشق وتل أبيب توصلتا إلى «تفاهمات أولية» حول ترتيبات أمنية في الجنوب السوري",
                "مسؤولين أميركيين اثنين",
                "",
                A_OFF,
                "نقل",
                ANON,
                via=[AXIOS],
            ),
            E("src_deny", "التوصل إلى «أي تفاهم»", SY_SRC, "", A_OFF, "نفى", ANON, NEG, via=[AWSAT]),
            E(
                "src_only",
                "الاتصالات «اقتصرت على بحث العودة إلى خطوط فض الاشتباك»",
                "موضحا",
                SY_SRC,
                A_OFF,
                "موضحا",
                ANON,
                via=[AWSAT],
            ),
            E("iran_deny", "وجود «أي مستشارين أو خلايا» إيرانية في جنوب سوريا", RIZVANI, "", N_OFF, "نفى", NEG),
            E("iran_pretext", "الرواية الإسرائيلية بأنها «ذريعة مكشوفة»", "واصفا", RIZVANI, N_OFF, "واصفا"),
            E(
                "un_breach",
                "الوجود العسكري الإسرائيلي في المنطقة العازلة «انتهاكا صريحا لاتفاق عام ١٩٧٤»",
                FERREIRA,
                "",
                N_OFF,
                "اعتبر",
            ),
            E(
                "an_lever",
                "تستخدم تل أبيب التل «ورقة مساومة» في أي مفاوضات مقبلة مع دمشق",
                KHATIB,
                "",
                N_PER,
                "ويرجح",
            ),
        ],
    },
    "r177_mauritania_adel_bagrou": {
        "outlet": "فرانس 24",
        "published": "2028-01-17",
        "entries": [
            E("hd", "وحدة من الجيش المالي قتلت تسعة رعاة موريتانيين قرب الحدود", "نواكشوط", MR_GOV, ORG, ":", HEAD),
            E(
                "gov9",
                "تسعة من مواطنيها، جميعهم رعاة عزل، قتلوا صباح الأحد برصاص وحدة من الجيش المالي",
                MR_GOV,
                "",
                ORG,
                "أعلنت",
            ),
            E("gov_foreign", "الجيش المالي «ترافقها عناصر أجنبية»", MR_GOV, "", ORG, "أعلنت"),
            E(
                "spk_inside",
                "الضحايا «كانوا داخل التراب الموريتاني، على بعد ١٢ كيلومترا من الشريط الحدودي»",
                BOUBACAR,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "spk_summon",
                "وزارة الخارجية استدعت السفير المالي وأبلغته «احتجاجا شديد اللهجة»",
                "مضيفا",
                BOUBACAR,
                N_OFF,
                "مضيفا",
            ),
            E(
                "ml14",
                "وحداتها «حيدت ١٤ إرهابيا» خلال عملية استطلاع هجومية في منطقة نارا",
                ML_STAFF,
                "",
                ORG,
                "أكدت",
                alt_types=[DOC],
                via=["التلفزيون الرسمي"],
            ),
            E(
                "ml_noinc",
                "«أي توغل» في أراضي «البلد الجار»",
                "نافية",
                ML_STAFF,
                ORG,
                "نافية",
                NEG,
                alt_types=[DOC],
                via=["التلفزيون الرسمي"],
            ),
            E(
                "rel_white",
                "الجنود كانوا برفقة «رجال بيض يتكلمون لغة غير مفهومة»",
                RELATIVES,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=["وكالة فرانس برس"],
            ),
            E(
                "rel_burn",
                "أحرقوا خيمتين واستولوا على نحو ٢٠٠ رأس من الإبل",
                RELATIVES,
                "",
                A_SRC,
                "وروى",
                ANON,
                via=["وكالة فرانس برس"],
            ),
            E(
                "mayor11",
                "الحصيلة بلغت ١١ قتيلا، بينهم فتيان دون الخامسة عشرة",
                MAYOR,
                "",
                N_OFF,
                "فقال",
                DIRECT,
                via=["فرانس برس"],
            ),
            E(
                "mayor_missing",
                "لا يزال اثنان في عداد المفقودين",
                MAYOR,
                "",
                N_OFF,
                "فقال",
                DIRECT,
                via=["فرانس برس"],
            ),
            E("mp_russ", "المهاجمين ضموا «عناصر من الفيلق الأفريقي الروسي»", MP, "", N_OFF, "أكد"),
            E("mp_accuse", "باماكو بـ«استباحة الحدود»", "متهما", MP, N_OFF, "متهما"),
            E(
                "jnim_none",
                "مقتل أي من عناصرها في المنطقة",
                JNIM,
                "",
                ORG,
                "نفت",
                NEG,
                alt_types=[DOC],
                via=[ZALLAQA],
            ),
            E(
                "jnim_herders",
                "القتلى «رعاة مسلمون» لا علاقة لهم بها",
                "معتبرة",
                JNIM,
                ORG,
                "معتبرة",
                alt_types=[DOC],
                via=[ZALLAQA],
            ),
            E("mr_reinf", "نشر «تعزيزات كبيرة» على امتداد الحدود الشرقية", MR_ARMY, "", ORG, "أعلنت"),
            E(
                "unhcr2000",
                "أكثر من ألفي مالي عبروا إلى مخيم امبرة منذ مطلع يناير فرارا من العمليات العسكرية",
                UNHCR,
                "",
                ORG,
                "أفادت",
            ),
            E(
                "local_bodies",
                "السلطات المالية «لم ترد حتى الآن» على طلب تسليم جثث نقلها الجنود إلى الجانب الآخر من الحدود",
                "مسؤول محلي",
                "",
                A_OFF,
                "ونقل",
                ANON,
                via=[AKHBAR],
            ),
            E(
                "an_suspend",
                "الحادث «قد يدفع نواكشوط إلى تعليق التنسيق الأمني» مع جارتها",
                OULD_SIDI,
                "",
                N_PER,
                "ويرى",
            ),
            E("an_nowar", "أي مواجهة عسكرية بين البلدين", "مستبعدا", OULD_SIDI, N_PER, "مستبعدا", NEG),
        ],
    },
    "r178_mali_mauritania_committee": {
        "outlet": "رويترز",
        "published": "2028-01-19",
        "entries": [
            E(
                "hd",
                "اتفاق مع نواكشوط على لجنة مشتركة للتحقيق في حادث الحدود",
                "باماكو",
                ML_GOV,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "fm_committee",
                "بلاده وموريتانيا اتفقتا خلال اتصال هاتفي بين رئيسي البلدين على تشكيل لجنة تحقيق مشتركة في حادث الأحد",
                COULIBALY,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "fm_gunmen",
                "القتلى \"مسلحون اشتبكوا مع وحدة مالية داخل أراضينا\"",
                "مضيفا",
                COULIBALY,
                N_OFF,
                "مضيفا",
            ),
            E(
                "mr_nocomm",
                "لا وجود لأي لجنة مشتركة حتى الآن",
                MR_OFF,
                "",
                A_OFF,
                "قال",
                ANON,
                via=["رويترز"],
            ),
            E(
                "mr_apology",
                "نواكشوط لن تقبل \"بأقل من اعتذار رسمي وتعويض للأسر\"",
                MR_OFF,
                "",
                A_OFF,
                "قال",
                ANON,
                via=["رويترز"],
            ),
            E(
                "gov12",
                "ارتفاع عدد القتلى إلى 12 بعد العثور على ثلاث جثث قرب الآبار",
                MR_GOV,
                "",
                ORG,
                "وأعلنت",
            ),
            E(
                "mayor_echo",
                "الحصيلة بلغت 11 قتيلا",
                "رئيس بلدية عدل بكرو",
                "",
                N_OFF,
                "نقلت",
                via=["وكالة فرانس برس"],
            ),
            E(
                "off_armed",
                "ثلاثة على الأقل من القتلى كانوا يحملون بنادق كلاشنيكوف",
                ML_OFFICER,
                "",
                A_OFF,
                "وأبلغ",
                ANON,
                via=["رويترز"],
            ),
            E(
                "off_first",
                "الوحدة \"تعرضت لإطلاق النار أولا\"",
                ML_OFFICER,
                "",
                A_OFF,
                "وأبلغ",
                ANON,
                via=["رويترز"],
            ),
            E(
                "surv",
                "الجنود أطلقوا النار على الرعاة \"وهم يسقون إبلهم، من دون أي إنذار\"",
                SURVIVOR,
                "",
                A_SRC,
                "روى",
                ANON,
                via=[SAHARA],
            ),
            E("ml14_echo", "\"تحييد 14 إرهابيا\" في العملية", ML_STAFF178, "", ORG, "أعلنت"),
            E("ml_air", "إنها جرت بدعم جوي", "قالت", ML_STAFF178, ORG, "قالت"),
            E("ru_deny", "\"مشاركة أي عسكري روسي\" في العملية", RU_EMB, "", ORG, "نفت", NEG),
            E(
                "ru_only",
                "مهمة الفيلق الأفريقي في مالي \"تقتصر على التدريب وتقديم المشورة\"",
                "مؤكدة",
                RU_EMB,
                ORG,
                "مؤكدة",
            ),
            E("spk_seasonal", "ما يجري \"مجرد تنقل موسمي للرعاة مع قطعانهم\"", SANGARE, "", N_OFF, "قال"),
            E("spk_noflee", "فرار أي مدنيين من العمليات العسكرية", "نافيا", SANGARE, N_OFF, "نافيا", NEG),
            E(
                "unhcr3100",
                "عدد الواصلين إلى مخيم امبرة منذ مطلع يناير تجاوز 3100، بينهم نحو 900 في الأيام الثلاثة الأخيرة وحدها",
                UNHCR,
                "",
                ORG,
                "ذكرت",
            ),
            E(
                "wali350",
                "ما لا يقل عن 350 أسرة موريتانية من البدو غادرت المراعي المحاذية للحدود نحو عدل بكرو",
                WALI,
                "",
                N_OFF,
                "أحصى",
            ),
            E("aes_solid", "\"تضامنه الكامل\" مع باماكو", AES, "", ORG, "وأعلن", OPT, alt_types=[DOC]),
            E(
                "aes_foreign",
                "\"أطرافا خارجية تسعى إلى زرع الفتنة\" بين البلدين",
                "معتبرا",
                AES,
                ORG,
                "معتبرا",
                alt_types=[DOC],
            ),
            E(
                "dip_redraw",
                "الحادث \"قد يعيد رسم علاقات البلدين لسنوات\"",
                DIPLOMAT178,
                "",
                A_OFF,
                "وقال",
                ANON,
            ),
            E(
                "dip_border",
                "تتجه موريتانيا إلى تشديد الرقابة على حدودها الشرقية",
                "مرجحا",
                DIPLOMAT178,
                A_OFF,
                "مرجحا",
                ANON,
            ),
        ],
    },
    "r179_tigray_alamata": {
        "outlet": "العين الإخبارية",
        "published": "2028-01-24",
        "entries": [
            E("hd", "قواتنا تسيطر بالكامل على ألاماتا", "جبهة تحرير تيغراي", TPLF, ORG, ":", HEAD),
            E(
                "tplf_control",
                "قوات دفاع تيغراي «بسطت سيطرتها الكاملة» على مدينة ألاماتا، كبرى مدن منطقة رايا المتنازع عليها، بعد يومين من المعارك مع ميليشيات «فانو»",
                TPLF,
                "",
                ORG,
                "أعلنت",
                alt_types=[DOC],
                via=[DTV],
            ),
            E("tplf60", "مقتل «أكثر من 60 من عناصر الميليشيات»", "مؤكدة", TPLF, ORG, "مؤكدة", alt_types=[DOC], via=[DTV]),
            E("tplf_nociv", "استهداف أي مدني", "ونافية", TPLF, ORG, "ونافية", NEG, alt_types=[DOC], via=[DTV]),
            E(
                "amh_control",
                "المدينة «لا تزال تحت سيطرة القوات الإقليمية والجيش الفيدرالي»",
                ALEMU,
                "",
                N_OFF,
                "قال",
                via=[AIN],
            ),
            E(
                "amh_civ40",
                "مقاتلي الجبهة بقتل ما لا يقل عن 40 مدنيا من أبناء رايا «بدم بارد»",
                "متهما",
                ALEMU,
                N_OFF,
                "متهما",
                via=[AIN],
            ),
            E(
                "fed_deploy",
                "وحدات من قوات الدفاع الوطني انتشرت في ألاماتا وبلدة كوريم «لمنع أي احتكاك»",
                GCS,
                "",
                ORG,
                "ذكرت",
                alt_types=[DOC],
            ),
            E("fed_noother", "«لا وجود لأي قوة مسلحة أخرى» داخل المدينة", "مشددة", GCS, ORG, "مشددة", alt_types=[DOC]),
            E(
                "fed_eritrea",
                "إريتريا بتزويد «جناح متشدد» في الجبهة بالوقود والذخيرة عبر معبر زالامبيسا",
                "الخدمة",
                GCS,
                ORG,
                "واتهمت",
                alt_types=[DOC],
            ),
            E("fano_deny", "مشاركة مقاتليه في القتال", DAGNEW, "", N_OFF, "فنفى", NEG),
            E(
                "fano_direct",
                "لسنا طرفا في معركة ألاماتا، ومن يقاتل هناك هم ميليشيات رايا المحلية",
                "قائلا",
                DAGNEW,
                N_OFF,
                "قائلا",
                DIRECT,
            ),
            E(
                "res_tdf",
                "مقاتلين بزي قوات تيغراي «ينتشرون في الشوارع ويقيمون الحواجز»",
                RES179,
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "res_barracks",
                "الجنود الفيدراليين «لم يدخلوا سوى ثكنتهم في الطرف الشمالي»",
                RES179,
                "",
                A_SRC,
                "أفاد",
                ANON,
            ),
            E(
                "hosp23",
                "استقبل المستشفى جثث 23 شخصا، بينهم سبعة مدنيين فقط، إضافة إلى 58 جريحا",
                BERHE,
                "",
                N_OFF,
                "ووفق",
            ),
            E(
                "ehrc",
                "«تقارير موثوقة» بشأن إعدامات ميدانية طالت مدنيين في الحي الثالث من المدينة",
                EHRC,
                "",
                ORG,
                "وتحدثت",
            ),
            E("ocha18k", "أكثر من 18 ألف شخص فروا نحو كوبو ووالديا منذ الجمعة", OCHA, "", ORG, "قال"),
            E(
                "tia_few",
                "عدد الفارين «لا يتجاوز بضعة آلاف عاد أغلبهم»",
                TIA_OFF,
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("tplf_notalks", "«لا مفاوضات قبل عودة نازحي رايا إلى ديارهم»", TESFAY, "", N_OFF, "صرح"),
            E("an_pretoria", "المعركة «قد تكون مقدمة لانهيار اتفاق بريتوريا»", WOLDE, "", N_PER, "ويرى"),
            E("an_noeritrea", "تتدخل أسمرة مباشرة في المعارك", "مستبعدا", WOLDE, N_PER, "مستبعدا", NEG),
        ],
    },
    "r180_tigray_truce": {
        "outlet": "DW عربية",
        "published": "2028-01-25",
        "entries": [
            E(
                "hd",
                "اتفاق على وقف فوري لإطلاق النار في ألاماتا",
                "الاتحاد الأفريقي",
                "",
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "au_signed",
                "ممثلين عن الحكومة الفيدرالية وجبهة تحرير شعب تيغراي وحكومة إقليم أمهرة «وقعوا في مقلي اتفاقا لوقف فوري لإطلاق النار» في منطقة رايا",
                ADEMI,
                "",
                N_OFF,
                "أعلن",
            ),
            E("amh_commit", "التزامها بالاتفاق الذي «وقعه ممثلوها»", "حكومة أمهرة", AMHARA, ORG, "وأكدت", alt_types=[DOC]),
            E("amh52", "عدد القتلى المدنيين إلى ٥٢", "لكنها", AMHARA, ORG, "رفعت", alt_types=[DOC]),
            E("amh_cleansing", "مقاتلي الجبهة بـ«تطهير عرقي» في الأحياء الجنوبية", "متهمة", AMHARA, ORG, "متهمة", alt_types=[DOC]),
            E("tplf_nosign", "الجبهة «لم توقع أي وثيقة»", TESFAY, "", N_OFF, "قال", via=[DW]),
            E(
                "tplf_stay",
                "قواتها «باقية في ألاماتا حتى عودة آخر نازح من أبناء رايا»",
                TESFAY,
                "",
                N_OFF,
                "قال",
                via=[DW],
            ),
            E("tplf_nocleanse", "وقوع «أي عملية تطهير» بحق السكان", "نافيا", TESFAY, N_OFF, "نافيا", NEG, via=[DW]),
            E(
                "tplf_echo",
                "قوات دفاع تيغراي «بسطت سيطرتها الكاملة» على المدينة",
                "الجبهة",
                TPLF,
                ORG,
                "أعلنت",
            ),
            E("endf_control", "الجيش «يمسك بزمام الأمور» في المدينة كليا", ENDF_OFF, "", A_OFF, "أكد", ANON),
            E(
                "endf_withdrew",
                "مقاتلي تيغراي «انسحبوا ليلا إلى ما وراء مايتشو»",
                ENDF_OFF,
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E(
                "res_echo",
                "مقاتلين بزي قوات تيغراي «ينتشرون في الشوارع ويقيمون الحواجز»",
                "سكان",
                "",
                A_SRC,
                "نقلا عن",
                ANON,
                via=[AIN],
            ),
            E("hosp31", "ارتفاع الحصيلة إلى ٣١ قتيلا، من بينهم تسعة مدنيين", BERHE180, "", N_OFF, "وأعلن"),
            E("ocha26", "عدد النازحين بنحو ٢٦ ألفا", OCHA, "", ORG, "قدر"),
            E(
                "tia_return",
                "«نحو ثلاثة آلاف» من الفارين عادوا إلى ألاماتا منذ صباح الاثنين",
                TIA_OFF180,
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E(
                "eri_deny",
                "تكون بلاده زودت أي طرف في تيغراي بالوقود أو السلاح",
                MENGISTU,
                "",
                N_OFF,
                "نفى",
                NEG,
                via=[X],
            ),
            E(
                "eri_lies",
                "الاتهامات الإثيوبية بأنها «أكاذيب مكررة ليس إلا»",
                "واصفا",
                MENGISTU,
                N_OFF,
                "واصفا",
                via=[X],
            ),
            E(
                "dip_trucks",
                "صورا التقطتها أقمار صناعية أظهرت «قوافل شاحنات صهاريج تعبر من زالامبيسا» الأسبوع الماضي",
                DIPLOMAT180,
                "",
                A_OFF,
                "أبلغ",
                ANON,
                via=[DW],
            ),
            E("unicef4", "أربعة أطفال على الأقل قتلوا في المعارك", UNICEF, "", ORG, "وقالت"),
            E("wfp", "مخزونه في كوبو «يكفي لأسبوعين على الأكثر»", WFP, "", ORG, "أشار"),
            E("an_truce", "الهدنة «ربما لن تصمد طويلا»", HELLER, "", N_PER, "ويعتقد"),
            E("an_raya", "«الخلاف الجوهري على تبعية رايا لم يمس»", "لافتا", HELLER, N_PER, "لافتا"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Quneitra: a new position on Tal Kurum vs "no new position", "mere maintenance", "withdrew fully"
        ("r175.hd", "r176.hd"),
        ("r175.hd", "r176.idf_nopost"),
        ("r175.hd", "r176.idf_maint"),
        ("r175.hd", "r175.idf_out"),
        ("r175.gov_post", "r176.hd"),
        ("r175.gov_post", "r176.idf_nopost"),
        ("r175.gov_post", "r176.idf_maint"),
        ("r175.gov_post", "r175.idf_out"),
        ("r176.gov_echo", "r176.hd"),  # the governor's words recalled the next day
        ("r176.gov_echo", "r176.idf_nopost"),
        ("r176.gov_echo", "r176.idf_maint"),
        ("r176.gov_echo", "r175.idf_out"),
        ("r175.undof", "r176.idf_maint"),  # digging and fortification vs mere road maintenance
        ("r175.res_dig", "r175.idf_3h"),  # bulldozers working until noon vs a three-hour operation
        ("r175.res_dig", "r175.idf_out"),
        ("r175.kan_stay", "r175.idf_out"),  # staying indefinitely vs withdrew fully
        ("r176.sana_still", "r175.idf_out"),  # still stationed on Tuesday vs withdrew fully on Monday
        ("r176.sana_towers", "r176.hd"),  # earth berms and watchtowers vs no new position
        ("r176.sana_towers", "r176.idf_nopost"),
        ("r176.sana_towers", "r176.idf_maint"),
        # the detainees: five suspects vs seven young men; a Quds Force cell vs farmers / no Iranian cells
        ("r175.idf_cell", "r175.res_seven"),
        ("r175.idf_cell", "r176.res7_echo"),
        ("r176.idf_release", "r175.res_seven"),  # "three of the five detainees"
        ("r176.idf_release", "r176.res7_echo"),
        ("r175.idf_cell", "r175.mofa_farm"),
        ("r175.idf_cell", "r176.iran_deny"),
        ("r175.idf_cell", "r176.iran_pretext"),
        # the dead: a gunman vs a shepherd shot in the back / two civilians; "no fire at any civilian"
        ("r175.idf_gunman", "r175.health1"),
        ("r175.idf_gunman", "r175.sohr2"),
        ("r176.gunman_echo", "r175.health1"),
        ("r176.gunman_echo", "r175.sohr2"),
        ("r175.idf_nociv", "r175.health1"),
        ("r175.idf_nociv", "r175.health_wnd"),
        ("r175.idf_nociv", "r175.sohr2"),
        ("r175.health1", "r175.sohr2"),  # one dead vs two dead, the same day
        # displacement vs "no family left"
        ("r175.council40", "r176.yed_nofam"),
        ("r176.council50", "r176.yed_nofam"),
        ("r176.ocha65", "r176.yed_nofam"),
        # preliminary security understandings vs the denial
        ("r176.axios", "r176.src_deny"),
        ("r176.axios", "r176.src_only"),
        # --- Mali–Mauritania: where the herders were killed
        ("r177.spk_inside", "r177.ml_noinc"),
        ("r177.spk_inside", "r178.fm_gunmen"),
        # who the dead were: unarmed herders vs "terrorists" / gunmen / armed men
        ("r177.gov9", "r177.ml14"),
        ("r177.hd", "r177.ml14"),
        ("r177.gov9", "r178.ml14_echo"),
        ("r177.hd", "r178.ml14_echo"),
        ("r177.gov9", "r178.fm_gunmen"),
        ("r177.hd", "r178.fm_gunmen"),
        ("r177.gov9", "r178.off_armed"),  # "unarmed" vs three carrying Kalashnikovs
        ("r177.jnim_herders", "r177.ml14"),
        ("r177.jnim_herders", "r178.ml14_echo"),
        ("r177.jnim_herders", "r178.fm_gunmen"),
        ("r178.surv", "r177.ml14"),
        ("r178.surv", "r178.ml14_echo"),
        ("r178.surv", "r178.fm_gunmen"),
        ("r178.surv", "r178.off_first"),  # shot while watering camels, no warning vs fired upon first
        # the toll on Monday: nine vs eleven
        ("r177.gov9", "r177.mayor11"),
        ("r177.hd", "r177.mayor11"),
        ("r177.gov9", "r178.mayor_echo"),
        ("r177.hd", "r178.mayor_echo"),
        # Russian Africa Corps troops with the unit vs the embassy
        ("r177.mp_russ", "r178.ru_deny"),
        ("r177.mp_russ", "r178.ru_only"),
        # the joint committee
        ("r178.fm_committee", "r178.mr_nocomm"),
        ("r178.hd", "r178.mr_nocomm"),
        # refugees fleeing military operations vs seasonal movement / nobody fled
        ("r177.unhcr2000", "r178.spk_seasonal"),
        ("r177.unhcr2000", "r178.spk_noflee"),
        ("r178.unhcr3100", "r178.spk_seasonal"),
        ("r178.unhcr3100", "r178.spk_noflee"),
        # --- Alamata: who holds the town on Sunday–Monday
        ("r179.hd", "r179.amh_control"),
        ("r179.tplf_control", "r179.amh_control"),
        ("r180.tplf_echo", "r179.amh_control"),
        ("r179.hd", "r179.fed_noother"),
        ("r179.tplf_control", "r179.fed_noother"),
        ("r180.tplf_echo", "r179.fed_noother"),
        ("r179.res_tdf", "r179.amh_control"),
        ("r179.res_tdf", "r179.fed_noother"),
        ("r180.res_echo", "r179.amh_control"),
        ("r180.res_echo", "r179.fed_noother"),
        ("r179.amh_control", "r179.fed_noother"),  # regional forces in the town vs no other armed force
        # ... and on Tuesday
        ("r180.tplf_stay", "r180.endf_control"),
        ("r180.tplf_stay", "r180.endf_withdrew"),
        # Fano in the battle vs Fano's denial
        ("r179.tplf_control", "r179.fano_deny"),
        ("r179.tplf_control", "r179.fano_direct"),
        # civilians
        ("r179.tplf_nociv", "r179.amh_civ40"),
        ("r179.tplf_nociv", "r180.amh_cleansing"),
        ("r180.tplf_nocleanse", "r180.amh_cleansing"),
        ("r179.amh_civ40", "r179.hosp23"),  # at least 40 civilians vs only seven, the same day
        ("r180.amh52", "r180.hosp31"),  # 52 vs nine, the same day
        ("r179.amh_civ40", "r180.hosp31"),  # at least 40 on Monday vs nine on Tuesday
        # displacement
        ("r179.ocha18k", "r179.tia_few"),
        ("r180.ocha26", "r179.tia_few"),
        # the truce
        ("r180.au_signed", "r180.tplf_nosign"),
        ("r180.hd", "r180.tplf_nosign"),
        # Eritrean fuel and ammunition
        ("r179.fed_eritrea", "r180.eri_deny"),
        ("r179.fed_eritrea", "r180.eri_lies"),
    ],
    "agreements": [
        ("r175.gov_post", "r175.undof"),  # fortification works on the hill
        ("r175.gov_post", "r176.sana_towers"),
        ("r175.undof", "r175.res_dig"),  # works on the hill on Monday morning
        ("r175.kan_stay", "r176.sana_still"),  # the force stays on the hill
        ("r175.mofa_breach", "r176.un_breach"),  # a breach of the 1974 agreement
        ("r175.sohr2", "r176.health2"),  # two dead
        ("r177.gov9", "r177.jnim_herders"),  # the dead were herders
        ("r177.gov9", "r178.surv"),  # soldiers shot herders
        ("r177.gov_foreign", "r177.rel_white"),  # foreigners with the Malian unit
        ("r178.fm_gunmen", "r178.off_armed"),  # the dead were armed
        ("r179.tplf_control", "r179.res_tdf"),  # Tigray forces in the streets of Alamata
        ("r179.amh_civ40", "r179.ehrc"),  # civilians summarily killed
        ("r180.au_signed", "r180.amh_commit"),  # Amhara's representatives signed
        ("r179.fed_eritrea", "r180.dip_trucks"),  # fuel crossing from Zalambessa
    ],
    "echoes": [
        ("r175.gov_post", "r176.gov_echo"),  # the governor's claim recalled
        ("r175.idf_gunman", "r176.gunman_echo"),  # the army spokesman's "gunman" recalled
        ("r175.res_seven", "r176.res7_echo"),  # the residents' seven, retold via Al Jazeera Net
        ("r177.mayor11", "r178.mayor_echo"),  # the mayor's eleven, retold via AFP
        ("r177.ml14", "r178.ml14_echo"),  # the Malian staff's 14 "terrorists" recalled
        ("r179.tplf_control", "r180.tplf_echo"),  # the TPLF's Sunday announcement recalled
        ("r179.res_tdf", "r180.res_echo"),  # the residents retold via Al-Ain
    ],
    "not_contradictions": [
        ("r175.health1", "r176.health2"),  # toll rose from one to two (a wounded man died)
        ("r175.health_wnd", "r176.health2"),  # two wounded, one of whom died
        ("r175.council40", "r176.council50"),  # 40 families, then more than 50
        ("r175.council40", "r176.ocha65"),  # one village vs two villages
        ("r176.council50", "r176.ocha65"),
        ("r175.idf_cell", "r176.idf_release"),  # five detained, three released
        ("r175.res_dig", "r176.idf_maint"),  # bulldozers on the hill vs road maintenance: both can hold
        ("r177.gov9", "r178.gov12"),  # the government's toll rose from nine to 12
        ("r177.mayor11", "r178.gov12"),  # 11 on Monday, 12 on Tuesday evening
        ("r178.mayor_echo", "r178.gov12"),
        ("r177.unhcr2000", "r178.unhcr3100"),  # more than 2,000, then more than 3,100
        ("r178.wali350", "r178.spk_noflee"),  # Mauritanian nomads leaving pastures vs no Malian civilians fleeing
        ("r177.mr_reinf", "r177.an_nowar"),  # reinforcements vs no military confrontation expected
        ("r179.hosp23", "r180.hosp31"),  # the hospital's toll rose from 23 to 31
        ("r179.amh_civ40", "r180.amh52"),  # at least 40, then 52
        ("r179.ocha18k", "r180.ocha26"),  # more than 18,000, then about 26,000
        ("r180.tia_return", "r180.ocha26"),  # returns vs the displaced
        ("r180.unicef4", "r180.hosp31"),  # four children among the dead
        ("r179.fed_eritrea", "r179.an_noeritrea"),  # supplying fuel vs no direct intervention
        ("r179.tplf_control", "r180.endf_withdrew"),  # held on Sunday, withdrew on Monday night
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
