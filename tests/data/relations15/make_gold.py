"""Writes gold.json for the fifteenth relations set (r85..r90) from the annotations below (`python3 tests/data/relations15/make_gold.py`).

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

# r85/r86: Nertiti (Central Darfur), the RSF attack
SLM = "حركة جيش تحرير السودان بقيادة عبد الواحد محمد نور"
SLM86 = "حركة جيش تحرير السودان"
KARTILA = "المتحدث باسم الحركة، يعقوب آدم كرتيلا"
KARTILA86 = "المتحدث باسمها، يعقوب آدم كرتيلا"
RSF = "قوات الدعم السريع"
DOC85 = "طبيب في مستشفى نيرتتي"
DOC86 = "طبيب في مستشفى المدينة"
COORD = "المنسقية العامة للنازحين واللاجئين في دارفور"
COORD86 = "المنسقية العامة للنازحين واللاجئين"
IOM = "المنظمة الدولية للهجرة"
OCHA = "مكتب تنسيق الشؤون الإنسانية التابع للأمم المتحدة «أوتشا»"
HASAB = "الباحث في الشأن الدارفوري عثمان حسب الله"
DABANGA = "«راديو دبنقا»"
TELEGRAM = "«تلغرام»"
ZAIN = "المستشار في قوات الدعم السريع، إبراهيم مختار الزين"
SKY = "«سكاي نيوز عربية»"
ABAKAR = "القائد في القوة المشتركة لحركات الكفاح المسلح، العميد نصر الدين أبكر"
SHOGAR = "عضو القيادة السياسية للحركة، محمد آدم شوقار"
SDN = "شبكة أطباء السودان"
SHARTAY = "شرتاي نيرتتي، آدم الطيب بحر الدين"
# r87/r88: the Tuhayta prisoner exchange (Hodeidah), and the shelling of al-Jah
JFMEDIA = "الإعلام العسكري للقوات المشتركة في الساحل الغربي"
JF88 = "القوات المشتركة في الساحل الغربي لليمن"
MUAYYAD = "عضو اللجنة الوطنية لشؤون الأسرى التابعة للحوثيين، حسين عبد الله المؤيد"
MUAYYAD88 = "عضو لجنة الأسرى الحوثية حسين المؤيد"
PCOMM = "اللجنة الوطنية لشؤون الأسرى التابعة للحوثيين"
X = "منصة «إكس»"
BAWAZIR = "المتحدثة باسم اللجنة الدولية للصليب الأحمر في صنعاء، سلمى باوزير"
ICRC = "اللجنة الدولية للصليب الأحمر"
MASDAR = "«المصدر أونلاين»"
GOVSRC = "مصدر في الوفد الحكومي المفاوض في ملف الأسرى"
QUDAIMI = "المتحدث باسم القوات المشتركة، العقيد فؤاد القديمي"
QUDAIMI88 = "المتحدث باسم القوات، العقيد فؤاد القديمي"
AHDAL = "الوسيط القبلي الشيخ علي عوض الأهدل"
AHDAL88 = "الشيخ علي عوض الأهدل"
MAQTARI = "الباحث اليمني في الشؤون العسكرية عادل المقطري"
MASIRAH = "قناة «المسيرة»"
ARABIYA = "«العربية.نت»"
QUZAIH = "عبده محمد قزيح"
SUFI = "عضو الوفد الحكومي المفاوض هشام عبد الجليل الصوفي"
SABA = "وكالة «سبأ»"
ENVOY = "مكتب المبعوث الخاص للأمم المتحدة إلى اليمن"
MOTHERS = "رابطة أمهات المختطفين"
HUDHAIFI = "المحلل السياسي اليمني فيصل الحذيفي"
# r89/r90: the killing of a tribal notable in al-Karama (Raqqa countryside)
ASAYISH = "قوى الأمن الداخلي (الأسايش)"
KAREEM = "ابن عم القتيل، الشيخ عبد الكريم العلي"
KAREEM90 = "الشيخ عبد الكريم العلي"
ENAB = "«عنب بلدي»"
FACEBOOK = "«فيسبوك»"
ASA_OFF = "مسؤول في الأسايش"
KHABOUR = "شبكة «الخابور» المحلية"
KARAMI = "القيادي في مجلس الرقة العسكري التابع لـ«قسد»، أبو عمر الكرامي"
KARAMI90 = "القيادي في مجلس الرقة العسكري، أبو عمر الكرامي"
SY_MOI = "وزارة الداخلية السورية"
SOHR = "المرصد السوري لحقوق الإنسان"
RCC = "مجلس الرقة المدني"
COCHAIR = "الرئيسة المشتركة للمجلس، هيفاء العبد الله"
NPA = "«نورث برس»"
WHATSAPP = "«واتساب»"
HUSSEIN = "المتحدث باسم قوى الأمن الداخلي في الرقة، علي الحسين"
MOUSA = "الباحث في شؤون العشائر السورية خالد الموسى"

ARTICLES: dict[str, dict[str, Any]] = {
    "r85_nertiti_attack": {
        "outlet": "راديو دبنقا",
        "published": "2026-11-02",
        "entries": [
            E("hd", "صددنا هجوم «الدعم السريع» على نيرتتي", "جيش تحرير السودان", SLM, ORG, ":", HEAD),
            E(
                "slm_repel",
                "مقاتليها صدوا هجوما واسعا شنته قوات الدعم السريع فجر السبت على مدينة نيرتتي",
                SLM,
                "",
                ORG,
                "أعلنت",
            ),
            E("slm_control", "المدينة «ما زالت تحت سيطرتها الكاملة»", "مؤكدة", SLM, ORG, "مؤكدة"),
            E("kartila_9", "9 من مقاتلي الحركة قتلوا في المعارك", KARTILA, "", N_OFF, "وقال", via=[DABANGA]),
            E(
                "kartila_civ",
                "الأشخاص الأربعة عشر الذين ظهروا في مقطع مصور بثته قوات الدعم السريع «مدنيون من مزارعي وادي نيرتتي، وليسوا أسرى حرب»",
                "مضيفا",
                KARTILA,
                N_OFF,
                "مضيفا",
                via=[DABANGA],
            ),
            E("rsf_took", "«حررت» نيرتتي بالكامل", RSF, "", ORG, "زعمت", via=[TELEGRAM]),
            E("rsf_60", "قتلت أكثر من 60 من عناصر الحركة", RSF, "", ORG, "زعمت", via=[TELEGRAM]),
            E("rsf_captives", "أسرت 14 آخرين", RSF, "", ORG, "زعمت", via=[TELEGRAM]),
            E(
                "rsf_alliance",
                "الحركة بالقتال «في حلف مع الجيش والقوة المشتركة»",
                "واتهمت",
                RSF,
                ORG,
                "واتهمت",
                via=[TELEGRAM],
            ),
            E("kartila_nocoord", "وجود أي تنسيق عسكري مع الجيش", "كرتيلا", KARTILA, N_OFF, "ونفى", NEG),
            E("kartila_neutral", "الحركة «تقف على الحياد» في هذه الحرب", "قائلا", KARTILA, N_OFF, "قائلا"),
            E(
                "doc_23",
                "المستشفى استقبل 23 جثة معظمها لمدنيين بينهم خمس نساء",
                DOC85,
                "",
                A_OFF,
                "وقال",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "doc_shells",
                "قذائف سقطت داخل سوق المدينة ظهر السبت",
                "مشيرا",
                DOC85,
                A_OFF,
                "مشيرا",
                ANON,
                alt_types=[A_SRC],
            ),
            E(
                "wit_burn",
                "عناصر من الدعم السريع اقتحموا السوق الغربي وأضرموا النار في عشرات المحال",
                "شهود عيان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "wit_withdrew",
                "انسحبوا نحو الطريق المؤدي إلى زالنجي عند الغروب",
                "شهود عيان",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "coord_25k",
                "أكثر من 25 ألف شخص فروا من نيرتتي والقرى المحيطة بها",
                COORD,
                "",
                ORG,
                "قالت",
            ),
            E("iom_8400", "عدد الفارين بنحو 8400 شخص حتى مساء الأحد", IOM, "", ORG, "قدرت"),
            E(
                "ocha_trucks",
                "ثلاث شاحنات على الأقل تحمل مساعدات غذائية تعرضت للنهب قرب زالنجي",
                OCHA,
                "",
                ORG,
                "وكشف",
            ),
            E("slm_loot", "عناصر الدعم السريع بنهبها", "الحركة", SLM, ORG, "اتهمت"),
            E(
                "an_road",
                "الدعم السريع «ربما تسعى» إلى فتح ممر نحو زالنجي عبر نيرتتي",
                HASAB,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_warn",
                "سقوط المدينة، إذا حدث، سيعني عمليا محاصرة مئات الآلاف من النازحين في جبل مرة",
                "محذرا",
                HASAB,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r86_nertiti_captives": {
        "outlet": "سكاي نيوز عربية",
        "published": "2026-11-03",
        "entries": [
            E("hd", "نيرتتي تحت سيطرتنا الكاملة", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "zain_control",
                "قواته «تسيطر سيطرة تامة» على مدينة نيرتتي في ولاية وسط دارفور منذ صباح الأحد",
                ZAIN,
                "",
                N_OFF,
                "قال",
                via=[SKY],
            ),
            E(
                "zain_fighters",
                "المحتجزين الأربعة عشر «مقاتلون ضُبطوا بأسلحتهم في الخنادق»",
                "مؤكدا",
                ZAIN,
                N_OFF,
                "مؤكدا",
                via=[SKY],
            ),
            E(
                "zain_alliance",
                "الأسلحة التي عُثر عليها في مواقع حركة جيش تحرير السودان «تثبت تحالفها مع الجيش»",
                "الزين",
                ZAIN,
                N_OFF,
                "وأضاف",
                via=[SKY],
            ),
            E("zain_nociv", "تكون قواته قد قتلت أي مدني", "ونفى", ZAIN, N_OFF, "ونفى", NEG, via=[SKY]),
            E("zain_allfighters", "«كل القتلى مقاتلون»", "قائلا", ZAIN, N_OFF, "قائلا", via=[SKY]),
            E("slm_renew", "سيطرتها على المدينة", "الحركة", SLM86, ORG, "جددت"),
            E(
                "kartila_echo",
                "المحتجزين «مدنيون من مزارعي وادي نيرتتي»",
                KARTILA86,
                "",
                N_OFF,
                "ونقل",
                via=[DABANGA],
            ),
            E("slm_12", "عدد قتلاها إلى ١٢ مقاتلا", "الحركة", SLM86, ORG, "رفعت"),
            E(
                "res_east",
                "عربات الدعم السريع «تتمركز عند المدخل الشرقي فقط»",
                "سكان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SKY],
            ),
            E(
                "res_move",
                "مقاتلو الحركة بحرية داخل الأحياء",
                "سكان",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[SKY],
            ),
            E(
                "jf_room",
                "مقاتلي عبد الواحد «انضموا قبل أسبوعين إلى غرفة عمليات مشتركة في طويلة»",
                ABAKAR,
                "",
                N_OFF,
                "وقال",
            ),
            E("jf_alliance", "ذلك بأنه «تحالف ميداني ضد الدعم السريع»", "واصفا", ABAKAR, N_OFF, "واصفا"),
            E(
                "shogar_tactical",
                "ما يجري ليس تحالفا، بل مجرد تنسيق تكتيكي لتأمين ممرات النازحين نحو طويلة",
                SHOGAR,
                "",
                N_OFF,
                "قائلا",
                DIRECT,
            ),
            E("rsf_drone", "الجيش بقصف سوق نيرتتي بطائرة مسيّرة أدت إلى احتراقه", RSF, "", ORG, "اتهمت"),
            E(
                "army_deny",
                "تنفيذ أي غارة جوية في ولاية وسط دارفور خلال الأسبوع الماضي",
                "مصدرا عسكريا في الجيش السوداني",
                "",
                A_OFF,
                "نفى",
                ANON,
                NEG,
                via=[SKY],
            ),
            E("sdn_31", "مقتل ما لا يقل عن ٣١ مدنيا في نيرتتي منذ السبت", SDN, "", ORG, "وأعلنت"),
            E(
                "doc_echo",
                "المستشفى استقبل ٢٣ جثة معظمها لمدنيين",
                DOC86,
                "",
                A_OFF,
                "نقل",
                ANON,
                alt_types=[A_SRC],
                via=[DABANGA],
            ),
            E(
                "chief_release",
                "الدعم السريع أطلقت مساء الاثنين ستة من المحتجزين بعد وساطة قادها أعيان المنطقة",
                SHARTAY,
                "",
                N_PER,
                "وأكد",
                alt_types=[N_OFF],
            ),
            E("zain_norelease", "الإفراج عن أي منهم", "الزين", ZAIN, N_OFF, "نفى", NEG),
            E("iom_11k", "عدد الفارين من نيرتتي ارتفع إلى نحو ١١ ألف شخص", IOM, "", ORG, "وقالت"),
            E("coord_30k", "العدد «تجاوز ٣٠ ألفا»", COORD86, "", ORG, "تقول"),
            E(
                "zain_loot",
                "«عصابات تابعة لحركة عبد الواحد» بنهب شاحنات المساعدات قرب زالنجي",
                "الزين",
                ZAIN,
                N_OFF,
                "واتهم",
            ),
        ],
    },
    "r87_tuhayta_exchange": {
        "outlet": "المصدر أونلاين",
        "published": "2026-11-16",
        "entries": [
            E(
                "hd",
                "لا اتفاق شاملا مع الحوثيين بشأن أسرى الساحل الغربي",
                "مصدر حكومي",
                GOVSRC,
                A_OFF,
                ":",
                HEAD,
                ANON,
            ),
            E("jf_done", "إتمام صفقة لتبادل الأسرى مع جماعة الحوثي", JFMEDIA, "", ORG, "أعلن", alt_types=[MEDIA]),
            E(
                "jf_23",
                "أُفرج بموجبها عن 23 من منتسبي القوات مقابل 23 من عناصر الجماعة",
                JFMEDIA,
                "",
                ORG,
                "أعلن",
                alt_types=[MEDIA],
            ),
            E(
                "jf_fighters",
                "من سلّمتهم القوات «عناصر حوثية أُسروا في معارك الجبلية»",
                "مؤكدا",
                JFMEDIA,
                ORG,
                "مؤكدا",
                alt_types=[MEDIA],
            ),
            E("hou_31", "الصفقة شملت 31 أسيرا من كل طرف", MUAYYAD, "", N_OFF, "قال", via=[X]),
            E(
                "hou_civ",
                "المفرج عنهم من سجون القوات المشتركة «مدنيون اختُطفوا من مزارعهم وأسواقهم، لا مقاتلون»",
                MUAYYAD,
                "",
                N_OFF,
                "قال",
                via=[X],
            ),
            E(
                "hou_icrc",
                "العملية جرت «بإشراف اللجنة الدولية للصليب الأحمر»",
                "المؤيد",
                MUAYYAD,
                N_OFF,
                "وأضاف",
                via=[X],
            ),
            E(
                "hou_phase1",
                "«المرحلة الأولى من اتفاق الكل مقابل الكل على جبهة الساحل»",
                "المؤيد",
                MUAYYAD,
                N_OFF,
                "وأضاف",
                via=[X],
            ),
            E(
                "icrc_norole",
                "اللجنة «لم تكن طرفا في العملية ولم تشرف عليها»",
                BAWAZIR,
                "",
                N_OFF,
                "قالت",
                via=[MASDAR],
            ),
            E("icrc_tribal", "تكون قد جرت عبر وسطاء قبليين", "مرجحة", BAWAZIR, N_OFF, "مرجحة", via=[MASDAR]),
            E(
                "gov_noagree",
                "وجود أي اتفاق شامل مع الحوثيين بشأن أسرى الساحل الغربي",
                GOVSRC,
                "",
                A_OFF,
                "ونفى",
                ANON,
                NEG,
            ),
            E("gov_local", "ما جرى «مجرد صفقة محلية رتبها مشايخ من التحيتا»", "موضحا", GOVSRC, A_OFF, "موضحا", ANON),
            E("jf_calm", "الصفقة «رافقها تفاهم على تهدئة جبهة التحيتا»", QUDAIMI, "", N_OFF, "أكد"),
            E("jf_guarantee", "مشايخ المنطقة «تعهدوا بضمان التزام الطرفين»", "مشيرا", QUDAIMI, N_OFF, "مشيرا"),
            E(
                "loc_27",
                "القائمة النهائية ضمت 27 أسيرا من كل جانب",
                "مصادر محلية في التحيتا",
                "",
                A_SRC,
                "وقالت",
                ANON,
            ),
            E(
                "fam_ransom",
                "دفعوا مبالغ تراوحت بين مليونين وخمسة ملايين ريال لوسطاء مقابل إدراج أبنائهم في القائمة",
                "ذوو ثلاثة من المحررين",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[MASDAR],
            ),
            E("med_deny", "تقاضي أي أموال من الأسر", AHDAL, "", N_PER, "نفى", NEG, alt_types=[N_OFF]),
            E("med_noriyal", "الوساطة «لم يُدفع فيها ريال واحد»", "قائلا", AHDAL, N_PER, "قائلا", alt_types=[N_OFF]),
            E("an_pave", "الصفقة «قد تمهد لتبادلات أوسع» على جبهات الحديدة", MAQTARI, "", N_PER, "ويعتقد"),
            E(
                "an_warn",
                "أي خرق للتهدئة في حال وقوعه سيعيد الملف إلى نقطة الصفر",
                "لكنه",
                MAQTARI,
                N_PER,
                "حذر",
            ),
        ],
    },
    "r88_tuhayta_shelling": {
        "outlet": "العربية.نت",
        "published": "2026-11-17",
        "entries": [
            E(
                "hd",
                "اختُطفت من مزرعتي في الجراحي ولم أحمل سلاحا",
                "أسير محرر",
                QUZAIH,
                N_PER,
                ":",
                HEAD,
                alt_types=[A_SRC],
            ),
            E(
                "jf_shell",
                "جماعة الحوثي قصفت بقذائف الهاون، مساء الاثنين، قرية الجاح الأعلى في مديرية بيت الفقيه جنوبي الحديدة",
                JF88,
                "",
                ORG,
                "قالت",
            ),
            E("jf_toll", "مقتل امرأة وطفلين", JF88, "", ORG, "قالت"),
            E(
                "qud_noshell",
                "قواته «لم تطلق قذيفة واحدة منذ إتمام الصفقة»",
                QUDAIMI88,
                "",
                N_OFF,
                "وأكد",
            ),
            E(
                "hou_blame",
                "«مرتزقة العدوان» هم من قصفوا القرية «لتخريب أجواء الصفقة»",
                "مصدر عسكري",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[MASIRAH],
            ),
            E(
                "hou_notruce",
                "وجود أي «تفاهم على التهدئة» رافق عملية التبادل",
                "نافيا",
                "مصدر عسكري",
                A_OFF,
                "نافيا",
                ANON,
                NEG,
                via=[MASIRAH],
            ),
            E(
                "res_houthi",
                "القذائف «انطلقت من مواقع الحوثيين شرق القرية»",
                "سكان من القرية",
                "",
                A_SRC,
                "وقال",
                ANON,
                via=[ARABIYA],
            ),
            E("health_2", "القصف أودى بحياة طفلين فقط", "مكتب الصحة في المديرية", "", ORG, "وأفاد"),
            E("health_woman", "امرأة أصيبت بجروح بالغة", "مكتب الصحة في المديرية", "", ORG, "وأفاد"),
            E(
                "freed_farmer",
                "اقتادوني من مزرعتي في الجراحي قبل عامين، ولم أحمل سلاحا في حياتي",
                QUZAIH,
                "",
                N_PER,
                "قال",
                DIRECT,
                via=[ARABIYA],
            ),
            E("sufi_23", "الصفقة شملت ٢٣ أسيرا من كل طرف وفق القوائم الموقعة", SUFI, "", N_OFF, "فقال"),
            E("sufi_nophase2", "«لا توجد أي مرحلة ثانية متفق عليها»", "مؤكدا", SUFI, N_OFF, "مؤكدا"),
            E("hou31_recall", "الصفقة شملت ٣١ أسيرا من كل طرف", MUAYYAD88, "", N_OFF, "قال"),
            E("houciv_recall", "المفرج عنهم من جانب القوات المشتركة مدنيون", MUAYYAD88, "", N_OFF, "قال"),
            E(
                "hou_phase2",
                "المرحلة الثانية من الاتفاق ستُنفذ «خلال أسبوعين»",
                PCOMM,
                "",
                ORG,
                "وأعلنت",
                via=[SABA],
            ),
            E("icrc_renew", "«لم تشارك في الإشراف» على عملية التبادل", ICRC, "", ORG, "وجددت"),
            E("envoy_noinfo", "«لم يُبلَّغ» بأي اتفاق بين الطرفين على الساحل الغربي", ENVOY, "", ORG, "قال"),
            E(
                "mothers_ransom",
                "أسرا «اضطرت إلى دفع مبالغ مالية» لإدراج أبنائها في قوائم التبادل",
                MOTHERS,
                "",
                ORG,
                "وذكرت",
            ),
            E("med_renew", "تقاضي أي مبالغ من الأسر", AHDAL88, "", N_PER, "نفيه", NEG, alt_types=[N_OFF]),
            E(
                "med_rumours",
                "تلك الروايات بأنها «شائعات تستهدف المشايخ»",
                "واصفا",
                AHDAL88,
                N_PER,
                "واصفا",
                alt_types=[N_OFF],
            ),
            E(
                "an_msg",
                "قصف الجاح «ليس خرقا معزولا، بل رسالة بأن التهدئة لم تولد أصلا»",
                HUDHAIFI,
                "",
                N_PER,
                "ويرى",
            ),
        ],
    },
    "r89_karama_sheikh": {
        "outlet": "عنب بلدي",
        "published": "2026-11-23",
        "entries": [
            E(
                "hd",
                "«قسد» اغتالت الشيخ فياض العلي في الكرامة",
                "شيخ من العفادلة",
                "الشيخ عبد الكريم العلي",
                N_PER,
                ":",
                HEAD,
                alt_types=[A_SRC],
            ),
            E(
                "asa_isis",
                "ألقت القبض على ثلاثة أشخاص «ينتمون إلى خلية لتنظيم الدولة الإسلامية» نفذت عملية الاغتيال",
                ASAYISH,
                "",
                ORG,
                "وأعلنت",
                via=[FACEBOOK],
            ),
            E("asa_curfew", "حظر التجوال في البلدة حتى إشعار آخر", "أعلنت", ASAYISH, ORG, "أعلنت", via=[FACEBOOK]),
            E(
                "kareem_sdf",
                "عناصر من استخبارات «قسد» هم من نفذوا الاغتيال «لأن الشيخ رفض تجنيد شبان العشيرة»",
                KAREEM,
                "",
                N_PER,
                "قال",
                via=[ENAB],
            ),
            E("kareem_cover", "«رواية الخلية مجرد غطاء»", "وأضاف", KAREEM, N_PER, "وأضاف", via=[ENAB]),
            E(
                "kareem_noisis",
                "تنظيم الدولة «لا وجود له في البلدة منذ سنوات»",
                "وأضاف",
                KAREEM,
                N_PER,
                "وأضاف",
                via=[ENAB],
            ),
            E(
                "neigh_flee",
                "المسلحين فرّوا بعد إطلاق النار «باتجاه حاجز لقسد عند المدخل الشمالي للبلدة، ولم يعترضهم أحد»",
                "أحد الجيران",
                "",
                A_SRC,
                "وروى",
                ANON,
                via=[ENAB],
            ),
            E(
                "act_40",
                "«قسد» شنت يوم السبت حملة دهم في البلدة والقرى المحيطة بها اعتقلت خلالها أكثر من 40 شابا",
                "ناشطون من الكرامة",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "act_2000",
                "أكثر من ألفي شخص شاركوا في تشييع الشيخ ثم في مظاهرة غاضبة",
                "ناشطون من الكرامة",
                "",
                A_SRC,
                "وأفاد",
                ANON,
            ),
            E(
                "asa_off_7",
                "الحملة «لم تطل سوى سبعة أشخاص» يشتبه بتعاونهم مع الخلية",
                ASA_OFF,
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E("asa_off_150", "عدد المتظاهرين «لم يتجاوز 150»", ASA_OFF, "", A_OFF, "قال", ANON),
            E(
                "khabour_student",
                "الشاب أحمد العيسى (22 عاما) قتل برصاص عناصر إحدى الدوريات في قرية رطلة، وهو «طالب جامعي لا علاقة له بأي جهة»",
                KHABOUR,
                "",
                MEDIA,
                "وذكرت",
            ),
            E(
                "asa_isisman",
                "أنه «عنصر في تنظيم الدولة بادر بإطلاق النار على الدورية»",
                "الأسايش",
                ASAYISH,
                ORG,
                "زعمت",
            ),
            E(
                "karami_coord",
                "شبانا من العشيرة بالتنسيق مع فصائل تابعة لوزارة الدفاع السورية «لزعزعة الأمن في الرقة»",
                KARAMI,
                "",
                N_OFF,
                "واتهم",
            ),
            E(
                "kareem_nocoord",
                "أي تنسيق عسكري مع تلك الفصائل",
                "الشيخ عبد الكريم",
                KAREEM,
                N_PER,
                "ونفى",
                NEG,
            ),
            E(
                "kareem_kin",
                "أبناء العشيرة «لا تربطهم بها سوى صلات القربى»",
                "مؤكدا",
                KAREEM,
                N_PER,
                "مؤكدا",
            ),
            E(
                "moi_settle",
                "الشيخ العلي «كان يعمل على تسوية أوضاع أبناء العشيرة مع الدولة»",
                SY_MOI,
                "",
                ORG,
                "قالت",
            ),
            E("moi_blame", "«قسد» مسؤولية «الفلتان الأمني» في المنطقة", "محمّلة", SY_MOI, ORG, "محمّلة"),
            E(
                "sohr_feud",
                "يكون الاغتيال قد وقع «على خلفية ثأر عشائري قديم»",
                SOHR,
                "",
                ORG,
                "ورجح",
            ),
        ],
    },
    "r90_karama_detainees": {
        "outlet": "نورث برس",
        "published": "2026-11-24",
        "entries": [
            E("hd", "اتفاق مع وجهاء الكرامة على لجنة تحقيق مشتركة", RCC, "", ORG, ":", HEAD),
            E(
                "rcc_agree",
                "التوصل، مساء الاثنين، إلى اتفاق مع وجهاء من عشيرة العفادلة في بلدة الكرامة شرقي الرقة يقضي بتشكيل لجنة تحقيق مشتركة في مقتل الشيخ فياض الحسين العلي",
                RCC,
                "",
                ORG,
                "أعلن",
            ),
            E(
                "cochair_signed",
                "الاتفاق «وُقّع بحضور ١٢ من وجهاء العشيرة»",
                COCHAIR,
                "",
                N_OFF,
                "وقالت",
                via=[NPA],
            ),
            E(
                "cochair_19",
                "قوى الأمن الداخلي أفرجت حتى صباح الثلاثاء عن ١٩ من أصل ٢٦ موقوفا",
                "مضيفة",
                COCHAIR,
                N_OFF,
                "مضيفة",
                via=[NPA],
            ),
            E(
                "khabour_40",
                "حملة الدهم التي نفذتها «قسد» يوم السبت شملت أكثر من ٤٠ شابا من البلدة وقراها",
                "ناشطين",
                "",
                A_SRC,
                "نقلت",
                ANON,
                via=[KHABOUR],
            ),
            E("kareem_noagree", "التوصل إلى أي اتفاق", KAREEM90, "", N_PER, "نفى", NEG, via=[WHATSAPP]),
            E(
                "kareem_meeting",
                "ما جرى «لم يكن سوى لقاء للاستماع»",
                "مؤكدا",
                KAREEM90,
                N_PER,
                "مؤكدا",
                via=[WHATSAPP],
            ),
            E(
                "kareem_norelease",
                "أحدا من المعتقلين «لم يخرج حتى الآن»",
                "مؤكدا",
                KAREEM90,
                N_PER,
                "مؤكدا",
                via=[WHATSAPP],
            ),
            E(
                "kareem_echo",
                "استخبارات «قسد» بتنفيذ الاغتيال",
                "عنه",
                KAREEM90,
                N_PER,
                "نقلت",
                via=[ENAB],
            ),
            E(
                "spox_confess",
                "الموقوفين الثلاثة «اعترفوا بتنفيذ الاغتيال بأوامر من قيادي في تنظيم الدولة»",
                HUSSEIN,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "spox_fled",
                "المسلحَين فرّا بعد العملية باتجاه البادية جنوبي البلدة",
                "موضحا",
                HUSSEIN,
                N_OFF,
                "موضحا",
            ),
            E(
                "spox_cells",
                "الكرامة «من أكثر بلدات ريف الرقة الشرقي نشاطا لخلايا التنظيم»",
                "الحسين",
                HUSSEIN,
                N_OFF,
                "وأضاف",
            ),
            E(
                "spox_isisman",
                "الشاب أحمد العيسى «عنصر في التنظيم بادر بإطلاق النار»",
                "وجدد",
                HUSSEIN,
                N_OFF,
                "وجدد",
            ),
            E(
                "family_noarms",
                "لم يحمل سلاحا قط، ولا علاقة له بأي تنظيم",
                "ذوي الشاب",
                "",
                A_SRC,
                "قالوا",
                ANON,
                DIRECT,
                via=[NPA],
            ),
            E("karami_nolink", "الشيخ القتيل «لم تكن له أي صلة بدمشق»", KARAMI90, "", N_OFF, "وقال"),
            E(
                "karami_exploit",
                "بيان وزارة الداخلية السورية «محاولة لاستثمار الحادثة»",
                "معتبرا",
                KARAMI90,
                N_OFF,
                "معتبرا",
            ),
            E("moi_recall", "«قسد» مسؤولية الفلتان الأمني في المنطقة", "الوزارة", SY_MOI, ORG, "حمّلت"),
            E("asa_lift", "رفع حظر التجوال عن الكرامة صباح الثلاثاء", "قوى الأمن الداخلي", "", ORG, "وأعلنت"),
            E(
                "mousa_sympathy",
                "العلاقة بين بعض شبان العفادلة والفصائل الحكومية «ليست تحالفا، بل تعاطف عشائري عابر»",
                MOUSA,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "mousa_mediate",
                "يلجأ الطرفان إلى الوساطة مجددا إذا تعثرت لجنة التحقيق",
                "مرجحا",
                MOUSA,
                N_PER,
                "مرجحا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Nertiti: who holds the town (RSF "liberated"/"full control" vs the movement's control, the
        # witnesses' withdrawal at dusk and the residents' "only at the eastern entrance")
        ("r85.rsf_took", "r85.slm_repel"),
        ("r85.rsf_took", "r85.hd"),  # headline copy
        ("r85.rsf_took", "r85.slm_control"),
        ("r85.rsf_took", "r86.slm_renew"),  # renewed claim of control
        ("r85.rsf_took", "r85.wit_withdrew"),
        ("r86.zain_control", "r85.slm_control"),
        ("r86.zain_control", "r86.slm_renew"),
        ("r86.zain_control", "r86.res_east"),
        ("r86.zain_control", "r86.res_move"),
        ("r86.hd", "r85.slm_control"),  # headline copy of the adviser's claim
        ("r86.hd", "r86.slm_renew"),
        ("r86.hd", "r86.res_east"),
        ("r86.hd", "r86.res_move"),
        # the movement's dead: more than 60 vs 9, then 12
        ("r85.rsf_60", "r85.kartila_9"),
        ("r85.rsf_60", "r86.slm_12"),
        # the fourteen: captured fighters vs civilian farmers
        ("r85.rsf_captives", "r85.kartila_civ"),
        ("r85.rsf_captives", "r86.kartila_echo"),  # the spokesman's words retold
        ("r86.zain_fighters", "r85.kartila_civ"),
        ("r86.zain_fighters", "r86.kartila_echo"),
        # six released on Monday vs no one released
        ("r86.chief_release", "r86.zain_norelease"),
        # alliance vs neutrality, no coordination with the army, "merely tactical coordination"
        ("r85.rsf_alliance", "r85.kartila_nocoord"),
        ("r85.rsf_alliance", "r85.kartila_neutral"),
        ("r85.rsf_alliance", "r86.shogar_tactical"),
        ("r86.zain_alliance", "r85.kartila_nocoord"),
        ("r86.zain_alliance", "r85.kartila_neutral"),
        ("r86.zain_alliance", "r86.shogar_tactical"),
        ("r86.jf_alliance", "r86.shogar_tactical"),
        ("r86.jf_alliance", "r85.kartila_neutral"),
        # "all the dead are fighters" vs civilian dead
        ("r86.zain_allfighters", "r85.doc_23"),
        ("r86.zain_allfighters", "r86.doc_echo"),
        ("r86.zain_allfighters", "r86.sdn_31"),
        # who burned the market: an army drone vs RSF fighters; the strike vs the army's denial
        ("r86.rsf_drone", "r85.wit_burn"),
        ("r86.rsf_drone", "r86.army_deny"),
        # the displaced: the coordination's figures vs IOM's
        ("r85.coord_25k", "r85.iom_8400"),
        ("r85.coord_25k", "r86.iom_11k"),
        ("r86.coord_30k", "r86.iom_11k"),
        # who looted the aid trucks
        ("r85.slm_loot", "r86.zain_loot"),
        # --- Tuhayta: how many were exchanged (23 each, 31 each, 27 each)
        ("r87.jf_23", "r87.hou_31"),
        ("r87.jf_23", "r88.hou31_recall"),  # recalled copy
        ("r87.jf_23", "r87.loc_27"),
        ("r88.sufi_23", "r87.hou_31"),
        ("r88.sufi_23", "r88.hou31_recall"),
        ("r88.sufi_23", "r87.loc_27"),
        ("r87.hou_31", "r87.loc_27"),
        ("r88.hou31_recall", "r87.loc_27"),
        # who were handed over by the Joint Forces: Houthi fighters captured at al-Jabaliya vs civilians
        ("r87.jf_fighters", "r87.hou_civ"),
        ("r87.jf_fighters", "r88.houciv_recall"),
        ("r87.jf_fighters", "r88.freed_farmer"),
        ("r87.jf_fighters", "r88.hd"),  # headline copy of the freed man's words
        # ICRC supervision vs "not a party, did not supervise"
        ("r87.hou_icrc", "r87.icrc_norole"),
        ("r87.hou_icrc", "r88.icrc_renew"),  # renewed statement
        # a first phase of an all-for-all agreement / a second phase within two weeks vs no agreement
        ("r87.hou_phase1", "r87.gov_noagree"),
        ("r87.hou_phase1", "r87.hd"),
        ("r87.hou_phase1", "r87.gov_local"),
        ("r87.hou_phase1", "r88.sufi_nophase2"),
        ("r88.hou_phase2", "r87.gov_noagree"),
        ("r88.hou_phase2", "r87.hd"),
        ("r88.hou_phase2", "r87.gov_local"),
        ("r88.hou_phase2", "r88.sufi_nophase2"),
        # an understanding on calm vs none
        ("r87.jf_calm", "r88.hou_notruce"),
        # who shelled al-Jah
        ("r88.jf_shell", "r88.hou_blame"),
        ("r88.qud_noshell", "r88.hou_blame"),
        ("r88.res_houthi", "r88.hou_blame"),
        # the toll: a woman and two children killed vs only two children, the woman wounded
        ("r88.jf_toll", "r88.health_2"),
        ("r88.jf_toll", "r88.health_woman"),
        # money paid to the mediators vs the mediator's denials (original and renewed)
        ("r87.fam_ransom", "r87.med_deny"),
        ("r87.fam_ransom", "r87.med_noriyal"),
        ("r87.fam_ransom", "r88.med_renew"),
        ("r87.fam_ransom", "r88.med_rumours"),
        ("r88.mothers_ransom", "r87.med_deny"),
        ("r88.mothers_ransom", "r87.med_noriyal"),
        ("r88.mothers_ransom", "r88.med_renew"),
        ("r88.mothers_ransom", "r88.med_rumours"),
        # --- al-Karama: an ISIS cell vs SDF intelligence
        ("r89.asa_isis", "r89.hd"),
        ("r89.asa_isis", "r89.kareem_sdf"),
        ("r89.asa_isis", "r89.kareem_cover"),
        ("r89.asa_isis", "r90.kareem_echo"),  # retold accusation
        ("r90.spox_confess", "r89.hd"),
        ("r90.spox_confess", "r89.kareem_sdf"),
        ("r90.spox_confess", "r89.kareem_cover"),
        ("r90.spox_confess", "r90.kareem_echo"),
        # ISIS absent from the town vs one of the most active towns for its cells
        ("r89.kareem_noisis", "r90.spox_cells"),
        # where the gunmen fled
        ("r89.neigh_flee", "r90.spox_fled"),
        # how many were arrested: more than 40 vs only seven; more than 40 vs 26 in all
        ("r89.act_40", "r89.asa_off_7"),
        ("r90.khabour_40", "r89.asa_off_7"),
        ("r89.act_40", "r90.cochair_19"),
        ("r90.khabour_40", "r90.cochair_19"),
        # the protest: more than two thousand vs no more than 150
        ("r89.act_2000", "r89.asa_off_150"),
        # the young man killed in the raids: an ISIS member who opened fire vs a student / never armed
        ("r89.asa_isisman", "r89.khabour_student"),
        ("r89.asa_isisman", "r90.family_noarms"),
        ("r90.spox_isisman", "r89.khabour_student"),
        ("r90.spox_isisman", "r90.family_noarms"),
        # coordination with government factions vs "only kinship" and "not an alliance but sympathy"
        ("r89.karami_coord", "r89.kareem_nocoord"),
        ("r89.karami_coord", "r89.kareem_kin"),
        ("r89.karami_coord", "r90.mousa_sympathy"),
        # the sheikh's ties with Damascus
        ("r89.moi_settle", "r90.karami_nolink"),
        # the agreement vs "no agreement, only a meeting to listen"
        ("r90.rcc_agree", "r90.kareem_noagree"),
        ("r90.rcc_agree", "r90.kareem_meeting"),
        ("r90.hd", "r90.kareem_noagree"),
        ("r90.hd", "r90.kareem_meeting"),
        ("r90.cochair_signed", "r90.kareem_noagree"),
        ("r90.cochair_signed", "r90.kareem_meeting"),
        # 19 released vs no one released
        ("r90.cochair_19", "r90.kareem_norelease"),
    ],
    "agreements": [
        ("r85.rsf_alliance", "r86.jf_alliance"),  # an alliance (RSF and the joint force's commander)
        ("r87.jf_23", "r88.sufi_23"),  # 23 for 23
        ("r87.hou_civ", "r88.freed_farmer"),  # those handed over by the Joint Forces were civilians
        ("r88.jf_shell", "r88.res_houthi"),  # the shells came from Houthi positions
        ("r87.fam_ransom", "r88.mothers_ransom"),  # families paid to be put on the lists
        ("r89.khabour_student", "r90.family_noarms"),  # the young man had no armed link
    ],
    "echoes": [
        ("r85.kartila_civ", "r86.kartila_echo"),  # the spokesman's words to Radio Dabanga, cited by Sky News Arabia
        ("r85.doc_23", "r86.doc_echo"),  # the doctor's words, cited via Radio Dabanga
        ("r85.slm_control", "r86.slm_renew"),  # the movement renews its claim of control
        ("r87.hou_31", "r88.hou31_recall"),  # the Houthi official's tweet, recalled
        ("r87.hou_civ", "r88.houciv_recall"),
        ("r87.icrc_norole", "r88.icrc_renew"),  # the ICRC renews its statement
        ("r87.med_deny", "r88.med_renew"),  # the mediator renews his denial
        ("r89.kareem_sdf", "r90.kareem_echo"),  # the sheikh's words to Enab Baladi, retold
        ("r89.asa_isisman", "r90.spox_isisman"),  # the Asayish account, renewed
        ("r89.moi_blame", "r90.moi_recall"),  # the Syrian interior ministry's statement, recalled
        ("r89.act_40", "r90.khabour_40"),  # the activists' figure, retold by al-Khabour
    ],
    "not_contradictions": [
        ("r85.rsf_took", "r86.zain_control"),  # same side: seized on Saturday, held since Sunday morning
        ("r85.kartila_9", "r86.slm_12"),  # the movement's toll rose from 9 to 12
        ("r85.doc_23", "r86.sdn_31"),  # bodies at one hospital vs civilians killed in the town
        ("r85.iom_8400", "r86.iom_11k"),  # IOM's figure rose
        ("r85.coord_25k", "r86.coord_30k"),  # the coordination's figure rose
        ("r85.ocha_trucks", "r85.slm_loot"),  # OCHA names no party
        ("r85.kartila_nocoord", "r86.shogar_tactical"),  # no military coordination with the army vs
        # tactical coordination (to secure corridors, not with the army)
        ("r85.doc_shells", "r85.wit_burn"),  # shells fell in the market; fighters burned shops
        ("r88.envoy_noinfo", "r87.hou_phase1"),  # not informed of an agreement is not its denial
        ("r87.gov_noagree", "r87.jf_calm"),  # no comprehensive prisoners' agreement vs a local calm
        ("r87.gov_local", "r87.jf_calm"),  # a local deal that came with an understanding on calm
        ("r87.jf_done", "r88.hou_notruce"),  # the exchange took place; no calm understanding came with it
        ("r87.gov_noagree", "r87.jf_done"),  # no comprehensive agreement, but one exchange done
        ("r89.asa_curfew", "r90.asa_lift"),  # curfew imposed, then lifted
        ("r89.moi_blame", "r89.asa_isis"),  # responsibility for the security chaos vs the killers
        ("r90.rcc_agree", "r90.kareem_norelease"),  # an agreement to release vs none released yet
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
