"""Writes gold.json for the twenty-ninth relations set (r169..r174) from the annotations below
(`python3 tests/data/relations29/make_gold.py`).

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

# r169/r170: El Geneina, the battle for Ardamata and the market strike
RSF = "قوات الدعم السريع"
ABDELRAHIM = "المتحدث باسم الدعم السريع، المقدم ياسر عبد الرحيم"
ABDELRAHIM170 = "المتحدث باسمها، المقدم ياسر عبد الرحيم"
ISSA = "المتحدث باسم القوة المشتركة، الرائد محمد آدم عيسى"
SDN = "شبكة أطباء السودان"
MIL_SRC = "مصدرا في الجيش"
YAHIA = "مدير مستشفى الجنينة، الطبيب إسحق يحيى"
ABAKAR = "والي غرب دارفور المعين من الدعم السريع، عبد الله إدريس أبكر"
UNHCR = "مفوضية اللاجئين الأممية"
NATIVE = "مصدر في الإدارة الأهلية لدار مساليت"
ISMAIL = "الباحث السوداني حامد إسماعيل"
SAF = "الجيش السوداني"
TAHIR = "المتحدث باسم الجيش، العميد حسن الطاهر"
LAWYERS = "مجموعة «محامو الطوارئ»"
SD_MFA = "وزارة الخارجية السودانية"
HASABALLA = "الناطق باسم الحكومة التشادية، محمد علي حسب الله"
MAHDI = "حاكم ولاية وداي التشادية، الجنرال يوسف مهدي"
ICRC = "اللجنة الدولية للصليب الأحمر"
HAJ = "الخبير العسكري اللواء المتقاعد معتصم الحاج"
ARABY = "«العربي الجديد»"
# r171/r172: Lahj, the Karish front
HOUTHI = "جماعة الحوثي"
MIL_SRC171 = "مصدر عسكري"
MAHTOURI = "المتحدث العسكري باسم الحوثيين، العميد زيد المحطوري"
SABA = "وكالة «سبأ» التي يديرها الحوثيون"
BAOBAID = "مدير مستشفى ابن خلدون في الحوطة، الطبيب فؤاد باعبيد"
SUBAIHI = "مدير عام مديرية القبيطة، عادل الصبيحي"
DALEI = "المتحدث باسم المجلس الانتقالي الجنوبي، منصور الضالعي"
IOM = "المنظمة الدولية للهجرة"
MUAYYAD = "رئيس لجنة شؤون الأسرى التابعة للحوثيين، عبد الله المؤيد"
HIMYARI = "عضو الوفد الحكومي المفاوض، محمد الحميري"
ABSI = "الباحث العسكري اليمني مروان العبسي"
GIANTS = "ألوية العمالقة"
HALMI = "المتحدث باسم ألوية العمالقة، النقيب وضاح الحالمي"
SHEHRI = "المتحدث باسم تحالف دعم الشرعية، العميد الركن خالد الشهري"
SANAA_MOH = "وزارة الصحة في حكومة صنعاء غير المعترف بها"
WASHLI = "عضو المكتب السياسي للحوثيين، أحمد الوشلي"
ZUBAIRI = "الأكاديمي اليمني سامي الزبيري"
INDY = "«إندبندنت عربية»"
# r173/r174: northern Benin, the attack on Birni Lafia
BEN_ARMY = "جيش بنين"
AGOSSOU = "المتحدث باسم الحكومة، أوريليان أغوسو"
JNIM = "جماعة نصرة الإسلام والمسلمين"
ZALLAQA = "مؤسسة «الزلاقة»"
MED_SRC = "مصدرا طبيا في مستشفى كاندي"
BIO = "عمدة كاريماما، موسى بيو"
SEC_SRC = "مصدر أمني بنيني"
CNSP173 = "المجلس الوطني لحماية الوطن الحاكم في النيجر"
CNSP174 = "المجلس الوطني لحماية الوطن في النيجر"
DOSSOU = "الباحث البنيني في الشؤون الأمنية ريشار دوسو"
ADJOVI = "رئيس أركان الجيش، الجنرال فيليكس أدجوفي"
HOUNKPE = "وزير الداخلية البنيني، ألان هونكبي"
FR_MFA = "وزارة الخارجية الفرنسية"
AHOUANSOU = "وزير الخارجية البنيني، جان بيير أهوانسو"
SANI = "الناطق باسم المجلس العسكري النيجري، العقيد ساني موسى"
DIALLO = "الباحثة في شؤون الساحل أميناتا ديالو"

ARTICLES: dict[str, dict[str, Any]] = {
    "r169_geneina_ardamata": {
        "outlet": "العربي الجديد",
        "published": "2027-12-04",
        "entries": [
            E("hd", "صد هجوم الجيش والقوة المشتركة على أردمتا", "«الدعم السريع»", RSF, ORG, ":", HEAD),
            E(
                "rsf_repel",
                "صدت «هجوما واسعا» شنه الجيش السوداني والقوة المشتركة لحركات الكفاح المسلح على ضاحية أردمتا",
                RSF,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "rsf_notnear",
                "المهاجمين «لم يقتربوا من مقر الفرقة الخامسة عشرة مشاة»",
                "مؤكدة",
                RSF,
                ORG,
                "مؤكدة",
            ),
            E(
                "ar_150",
                "قواته قتلت «أكثر من 150 من عناصر الجيش والمرتزقة»",
                ABDELRAHIM,
                "",
                N_OFF,
                "وقال",
                via=[ARABY],
            ),
            E("ar_7", "خسائرها «لا تتجاوز سبعة قتلى»", "مضيفا", ABDELRAHIM, N_OFF, "مضيفا", via=[ARABY]),
            E(
                "ar_baraa",
                "الجيش بالقتال «جنبا إلى جنب مع كتائب البراء بن مالك»",
                "واتهم",
                ABDELRAHIM,
                N_OFF,
                "واتهم",
            ),
            E(
                "ar_chad",
                "بالاستعانة بمقاتلين من حركات تشادية معارضة",
                "واتهم",
                ABDELRAHIM,
                N_OFF,
                "واتهم",
            ),
            E(
                "je_control",
                "القوة والجيش «دخلوا أردمتا وسيطروا على مقر الفرقة الخامسة عشرة» فجر الجمعة",
                ISSA,
                "",
                N_OFF,
                "قال",
                via=["«إكس»"],
            ),
            E("je_200", "أكثر من 200 من عناصر الدعم السريع قتلوا", ISSA, "", N_OFF, "قال", via=["«إكس»"]),
            E("je_deny", "مشاركة كتائب البراء أو أي مقاتل أجنبي", "عيسى", ISSA, N_OFF, "ونفى", NEG),
            E(
                "je_volunteers",
                "من يقاتلون إلى جانب الجيش «مجرد متطوعين من المقاومة الشعبية يعملون تحت إمرته»",
                "موضحا",
                ISSA,
                N_OFF,
                "موضحا",
            ),
            E(
                "sdn_27",
                "27 مدنيا على الأقل قتلوا في قصف بطائرة مسيرة استهدف سوق الجنينة الكبير ظهر الجمعة",
                SDN,
                "",
                ORG,
                "وأفادت",
            ),
            E("sdn_blame", "الجيش بتنفيذه", "متهمة", SDN, ORG, "متهمة"),
            E(
                "mil_depot",
                "المسيرة «أصابت مخزن ذخيرة للمليشيا في حي الجمارك»",
                MIL_SRC,
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E("mil_nociv", "سقوط أي مدني", "نافيا", MIL_SRC, A_OFF, "نافيا", ANON, NEG),
            E(
                "hosp_19",
                "19 شخصا قتلوا في قصف السوق وأصيب 64، «معظمهم من الباعة والنساء»",
                YAHIA,
                "",
                N_OFF,
                "ونقل",
                via=["موقع «دارفور 24»"],
            ),
            E("gov_34", "حصيلة «مجزرة السوق» بلغت 34 قتيلا", ABAKAR, "", N_OFF, "فأعلن"),
            E(
                "unhcr_9k",
                "نحو 9 آلاف شخص فروا من الجنينة إلى مدينة أدري التشادية منذ مساء الخميس",
                UNHCR,
                "",
                ORG,
                "وقالت",
            ),
            E(
                "gov_normal",
                "«الحياة تسير بصورة طبيعية» وأن المدينة «لم تشهد أي موجة نزوح»",
                "الوالي",
                ABAKAR,
                N_OFF,
                "أكد",
            ),
            E(
                "na_truce",
                "الطرفين وافقا، بوساطة الصليب الأحمر، على «هدنة إنسانية مدتها 48 ساعة» لانتشال الجثث",
                NATIVE,
                "",
                A_OFF,
                "وكشف",
                ANON,
                alt_types=[A_SRC],
            ),
            E("ar_notruce", "التوصل إلى أي هدنة", "عبد الرحيم", ABDELRAHIM, N_OFF, "نفى", NEG),
            E("ar_nonego", "لا تفاوض مع حركات الارتزاق", "قائلا", ABDELRAHIM, N_OFF, "قائلا", DIRECT),
            E("an_fate", "معركة أردمتا «قد تحدد مصير الطريق إلى أدري»", ISMAIL, "", N_PER, "ويرى"),
            E("an_retry", "يعيد الجيش الكرة «خلال أيام»", "مرجحا", ISMAIL, N_PER, "مرجحا"),
        ],
    },
    "r170_geneina_adre": {
        "outlet": "سكاي نيوز عربية",
        "published": "2027-12-05",
        "entries": [
            E("hd", "قواتنا باقية في أردمتا وتطهر أطرافها", SAF, SAF, ORG, ":", HEAD, alt_types=[N_OFF]),
            E(
                "army_stationed",
                "قواته والقوة المشتركة «لا تزال تتمركز في مقر الفرقة الخامسة عشرة» بضاحية أردمتا",
                SAF,
                "",
                ORG,
                "أكد",
            ),
            E("army_clean", "تعمل على «تطهير الأطراف الشمالية»", "مضيفا", SAF, ORG, "مضيفا"),
            E("tahir_300", "«أكثر من ٣٠٠ من عناصر المليشيا» قتلوا منذ الخميس", TAHIR, "", N_OFF, "وقال"),
            E("tahir_11", "خسائر الجيش والقوة المشتركة «لم تتعد ١١ شهيدا»", TAHIR, "", N_OFF, "وقال"),
            E("tahir_nocapt", "أسر أي جندي", "نافيا", TAHIR, N_OFF, "نافيا", NEG),
            E(
                "tahir_gathering",
                "مسيرة الجمعة استهدفت «تجمعا للمرتزقة ومخزن ذخيرة»",
                "وأوضح",
                TAHIR,
                N_OFF,
                "وأوضح",
            ),
            E("tahir_nomarket", "لم تستهدف «أي سوق أو حي سكني»", "وأوضح", TAHIR, N_OFF, "وأوضح"),
            E(
                "rsf_full",
                "«تبسط سيطرتها الكاملة على أردمتا والجنينة»",
                RSF,
                "",
                ORG,
                "ذكرت",
                via=["«تلغرام»"],
            ),
            E("rsf_fled", "«فلول الجيش فرت شمالا نحو كلبس»", RSF, "", ORG, "ذكرت", via=["«تلغرام»"]),
            E("rsf_36", "أسر ٣٦ جنديا", "مشيرة", RSF, ORG, "مشيرة", via=["«تلغرام»"]),
            E("ar7_echo", "خسائرها «لا تتجاوز سبعة قتلى»", ABDELRAHIM170, "", N_OFF, "قال", via=[ARABY]),
            E(
                "res_fight",
                "«اشتباكات عنيفة» تواصلت ليل السبت في الأحياء الشمالية لأردمتا",
                "سكانا",
                "",
                A_SRC,
                "أفادوا",
                ANON,
                via=["«سكاي نيوز عربية»"],
            ),
            E(
                "je_echo",
                "القوة والجيش «دخلوا أردمتا وسيطروا على مقر الفرقة الخامسة عشرة»",
                ISSA,
                "",
                N_OFF,
                "أعلن",
            ),
            E("sdn_38", "حصيلة قتلى قصف سوق الجنينة إلى ٣٨ مدنيا", SDN, "", ORG, "ورفعت"),
            E("el_41", "٤١ مدنيا قتلوا في القصف ذاته", LAWYERS, "", ORG, "قالت"),
            E("el_blame", "الجيش المسؤولية", "محملة", LAWYERS, ORG, "محملة"),
            E(
                "mfa_convoys",
                "السلطات التشادية بالسماح بعبور «قوافل أسلحة» إلى الدعم السريع عبر معبر أدري",
                SD_MFA,
                "",
                ORG,
                "واتهمت",
            ),
            E("chad_deny", "عبور أي سلاح من بلاده", HASABALLA, "", N_OFF, "نفى", NEG),
            E("chad_aid", "المعبر «مخصص للمساعدات الإنسانية فقط»", "مؤكدا", HASABALLA, N_OFF, "مؤكدا"),
            E("unhcr_14k", "عدد الفارين إلى أدري ارتفع إلى نحو ١٤ ألفا", UNHCR, "", ORG, "وأعلنت"),
            E("ouaddai_4k", "عدد الوافدين «لا يتجاوز ٤ آلاف»", MAHDI, "", N_OFF, "قال"),
            E(
                "na_echo",
                "الطرفين وافقا، بوساطة الصليب الأحمر، على «هدنة إنسانية مدتها ٤٨ ساعة»",
                NATIVE,
                "",
                A_OFF,
                "ونقلت",
                ANON,
                alt_types=[A_SRC],
                via=[ARABY],
            ),
            E("icrc_only", "دورها «اقتصر على تسهيل انتشال ٢٣ جثة»", ICRC, "", ORG, "أكدت"),
            E("icrc_notparty", "«ليست طرفا في أي اتفاق هدنة»", ICRC, "", ORG, "أكدت"),
            E("an_split", "السيطرة على أردمتا «موزعة بين الطرفين»", HAJ, "", N_PER, "ورجح", alt_types=[N_OFF]),
            E("an_weeks", "حسم المعركة «قبل أسابيع»", "مستبعدا", HAJ, N_PER, "مستبعدا", NEG, alt_types=[N_OFF]),
        ],
    },
    "r171_lahj_karish": {
        "outlet": "الأناضول",
        "published": "2027-12-13",
        "entries": [
            E("hd", "سيطرنا على تبة الخزان في جبهة كرش بلحج", "الحوثيون", HOUTHI, ORG, ":", HEAD),
            E(
                "src_4",
                "قتل ٤ جنود وأصيب ٩ آخرون، الأحد، في هجوم شنته جماعة الحوثي على مواقع للقوات الحكومية في جبهة كرش",
                MIL_SRC171,
                "",
                A_OFF,
                "وفق ما أفاد",
                ANON,
                via=["الأناضول"],
            ),
            E(
                "src_repel",
                "«ألوية العمالقة» صدت الهجوم على تبة الخزان والشريجة",
                "المصدر",
                MIL_SRC171,
                A_OFF,
                "وقال",
                ANON,
                via=["الأناضول"],
            ),
            E(
                "src_17",
                "١٧ مسلحا حوثيا قتلوا وأسر خمسة آخرون",
                "المصدر",
                MIL_SRC171,
                A_OFF,
                "وقال",
                ANON,
                via=["الأناضول"],
            ),
            E(
                "hou_seized",
                "قوات الجماعة «سيطرت على تبة الخزان وعدد من المواقع المطلة على الشريجة»",
                MAHTOURI,
                "",
                N_OFF,
                "أعلن",
                via=["قناة «المسيرة»"],
            ),
            E(
                "hou_dozens",
                "مقتل وإصابة «العشرات من المرتزقة»",
                "مؤكدا",
                MAHTOURI,
                N_OFF,
                "مؤكدا",
                via=["قناة «المسيرة»"],
            ),
            E(
                "saba_11",
                "مقاتلي الجماعة أسروا ١١ جنديا",
                "مصدر عسكري في صنعاء",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «سبأ»"],
            ),
            E("hosp_6", "المستشفى استقبل جثامين ستة جنود", BAOBAID, "", N_OFF, "قال"),
            E(
                "res_seen",
                "شاهدوا مسلحين حوثيين على التبة مساء الأحد",
                "سكان من كرش",
                "",
                A_SRC,
                "أكد",
                ANON,
                via=["الأناضول"],
            ),
            E(
                "dir_6",
                "قذيفة حوثية سقطت على سوق كرش الشعبي، ما أسفر عن مقتل ستة مدنيين بينهم طفلان",
                SUBAIHI,
                "",
                N_OFF,
                "وقال",
                via=["الأناضول"],
            ),
            E(
                "saba_gather",
                "القصف استهدف «تجمعا لمسلحي العمالقة» قرب السوق",
                "«سبأ» بنسختها الحوثية",
                SABA,
                MEDIA,
                "زعمت",
            ),
            E(
                "hou_coal",
                "طيران التحالف بقيادة السعودية بشن غارتين على الشريجة أسفرتا عن مقتل خمسة مدنيين بينهم امرأة",
                "الجماعة",
                HOUTHI,
                ORG,
                "واتهمت",
                via=["«المسيرة»"],
            ),
            E(
                "stc_iran",
                "الهجوم جرى «بإشراف خبراء من الحرس الثوري الإيراني وحزب الله»",
                DALEI,
                "",
                N_OFF,
                "قال",
            ),
            E("stc_1000", "الجماعة حشدت «أكثر من ألف مقاتل» على الجبهة", "مضيفا", DALEI, N_OFF, "مضيفا"),
            E("iom_210", "نزحت ٢١٠ أسر من قرى كرش والشريجة منذ صباح الأحد", IOM, "", ORG, "بحسب"),
            E(
                "mo_deal",
                "«التوصل إلى اتفاق مبدئي» في مسقط لتبادل نحو ٤٠٠ أسير",
                MUAYYAD,
                "",
                N_OFF,
                "كشف",
                via=["«إكس»"],
            ),
            E("gov_nodeal", "التوصل إلى أي اتفاق", HIMYARI, "", N_OFF, "نفى", NEG),
            E("gov_propaganda", "ما نشره الحوثيون بأنه «مجرد دعاية»", "واصفا", HIMYARI, N_OFF, "واصفا"),
            E(
                "un_warn",
                "التصعيد في لحج «قد يقوض التهدئة القائمة منذ أكثر من خمس سنوات»",
                "مكتب المبعوث الأممي إلى اليمن",
                "",
                ORG,
                "وحذر",
                OPT,
            ),
            E("an_test", "الهجوم «ربما يكون اختبارا لجاهزية القوات الجنوبية»", ABSI, "", N_PER, "يرى"),
        ],
    },
    "r172_lahj_prisoners": {
        "outlet": "إندبندنت عربية",
        "published": "2027-12-15",
        "entries": [
            E(
                "hd",
                "تبة الخزان لم تسقط ولا وجود للحوثيين في الشريجة",
                "«العمالقة»",
                GIANTS,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E("wad_nofall", "تبة الخزان في جبهة كرش «لم تسقط في أي لحظة»", HALMI, "", N_OFF, "قال", via=[INDY]),
            E(
                "wad_withdrew",
                "مسلحي الحوثي «انسحبوا بعد ساعات تاركين جثث قتلاهم»",
                HALMI,
                "",
                N_OFF,
                "قال",
                via=[INDY],
            ),
            E("wad_23", "عدد قتلى الحوثيين ارتفع إلى 23", "وأضاف", HALMI, N_OFF, "وأضاف", via=[INDY]),
            E("wad_5", "خسائر قواته «اقتصرت على خمسة قتلى»", "وأضاف", HALMI, N_OFF, "وأضاف", via=[INDY]),
            E("wad_nocapt", "أسر أي جندي", "نافيا", HALMI, N_OFF, "نافيا", NEG, via=[INDY]),
            E("mah_still", "قواته «ما زالت تتمركز في تبة الخزان»", MAHTOURI, "", N_OFF, "جدد"),
            E("mah_3", "أفشلت «ثلاث محاولات لاستعادتها»", MAHTOURI, "", N_OFF, "جدد"),
            E("mah_40", "مقتل «أكثر من 40 مرتزقا»", "مدعيا", MAHTOURI, N_OFF, "مدعيا"),
            E(
                "health_8",
                "ارتفعت حصيلة قصف سوق كرش الشعبي إلى ثمانية مدنيين",
                "مكتب الصحة في محافظة لحج",
                "",
                ORG,
                "بحسب",
            ),
            E("saba_echo", "القصف استهدف «تجمعا لمسلحي العمالقة» قرب السوق", SABA, "", MEDIA, "زعمت"),
            E("coal_deny", "تنفيذ أي غارة جوية في لحج «منذ بدء التهدئة»", SHEHRI, "", N_OFF, "ونفى", NEG),
            E(
                "coal_baseless",
                "اتهامات الحوثيين بأنها «ادعاءات لا أساس لها»",
                "واصفا",
                SHEHRI,
                N_OFF,
                "واصفا",
            ),
            E("sanaa_7", "عدد قتلى «الغارتين» على الشريجة إلى سبعة مدنيين", SANAA_MOH, "", ORG, "رفعت"),
            E(
                "stc_echo",
                "الهجوم جرى «بإشراف خبراء من الحرس الثوري الإيراني وحزب الله»",
                DALEI,
                "",
                N_OFF,
                "ونقلت",
                via=["«الأناضول»"],
            ),
            E("wash_deny", "وجود «أي خبير أجنبي» في جبهة كرش", WASHLI, "", N_OFF, "نفى", NEG),
            E("wash_yemeni", "القرار في صنعاء يمني خالص", "قائلا", WASHLI, N_OFF, "قائلا", DIRECT),
            E(
                "dir_600",
                "أكثر من 600 أسرة نزحت منذ الأحد نحو الحوطة وطور الباحة",
                SUBAIHI,
                "",
                N_OFF,
                "قال",
            ),
            E("iom_260", "تقديرها إلى 260 أسرة فقط", IOM, "", ORG, "رفعت"),
            E("mo_signed", "الطرفين «وقعا الاتفاق النهائي» في مسقط مساء الثلاثاء", MUAYYAD, "", N_OFF, "أكد"),
            E("mo_2weeks", "التنفيذ سيبدأ «خلال أسبوعين»", MUAYYAD, "", N_OFF, "أكد"),
            E(
                "un_ongoing",
                "المشاورات «لا تزال جارية» ولم تفض بعد إلى اتفاق نهائي",
                "مكتب المبعوث الأممي",
                "",
                ORG,
                "أوضح",
            ),
            E(
                "gov_nodeal_echo",
                "التوصل إلى أي اتفاق",
                "عضو الوفد الحكومي، محمد الحميري",
                "",
                N_OFF,
                "نفى",
                NEG,
            ),
            E(
                "an_pressure",
                "الحوثيين «قد يلجؤون إلى الضغط العسكري لتحسين شروطهم في صفقة الأسرى»",
                ZUBAIRI,
                "",
                N_PER,
                "ويعتقد",
            ),
            E("an_nocollapse", "انهيار التهدئة «في المدى القريب»", "مستبعدا", ZUBAIRI, N_PER, "مستبعدا", NEG),
        ],
    },
    "r173_benin_karimama": {
        "outlet": "وكالة فرانس برس",
        "published": "2027-12-19",
        "entries": [
            E("hd", "مقتل ثمانية جنود وصد هجوم «جهادي» في الشمال", BEN_ARMY, BEN_ARMY, ORG, ":", HEAD),
            E(
                "army_8",
                "مقتل ثمانية من جنوده في هجوم شنه «جهاديون» فجر السبت على موقع بيرني لافيا العسكري",
                BEN_ARMY,
                "",
                ORG,
                "أعلن",
            ),
            E("army_repel", "المهاجمين «صدوا بعد معارك عنيفة»", "مؤكدا", BEN_ARMY, ORG, "مؤكدا"),
            E(
                "agu_12",
                "«12 إرهابيا على الأقل حيدوا»",
                AGOSSOU,
                "",
                N_OFF,
                "وقال",
                via=["وكالة فرانس برس"],
            ),
            E(
                "agu_control",
                "الموقع «لا يزال بالكامل تحت سيطرة قواتنا»",
                AGOSSOU,
                "",
                N_OFF,
                "وقال",
                via=["وكالة فرانس برس"],
            ),
            E(
                "agu_infiltr",
                "المهاجمين «تسللوا من الجانب النيجري لحديقة دبليو»",
                "وأضاف",
                AGOSSOU,
                N_OFF,
                "وأضاف",
                via=["وكالة فرانس برس"],
            ),
            E(
                "jnim_storm",
                "مقاتليها «اقتحموا الثكنة وسيطروا عليها لساعات»",
                JNIM,
                "",
                ORG,
                "أكدت",
                alt_types=[DOC],
                via=[ZALLAQA],
            ),
            E("jnim_28", "قتلوا 28 جنديا", JNIM, "", ORG, "أكدت", alt_types=[DOC], via=[ZALLAQA]),
            E("jnim_2capt", "أسروا اثنين آخرين", JNIM, "", ORG, "أكدت", alt_types=[DOC], via=[ZALLAQA]),
            E("jnim_nociv", "استهداف أي مدني", "الجماعة", JNIM, ORG, "ونفت", NEG),
            E("med_13", "المستشفى استقبل جثث 13 جنديا", MED_SRC, "", A_OFF, "أفاد", ANON, alt_types=[A_SRC]),
            E("res_noon", "المسلحين «بقوا في محيط الثكنة حتى الظهر»", "سكان من بيرني لافيا", "", A_SRC, "وروى", ANON),
            E(
                "ap_2",
                "اثنين من حراسها قتلا في هجوم منفصل قرب نقطة الحدود الثلاثية",
                "منظمة «أفريكان باركس»",
                "",
                ORG,
                "أفادت",
            ),
            E(
                "mayor_5",
                "خمسة قرويين قتلوا «برصاص المهاجمين أثناء فرارهم»",
                BIO,
                "",
                N_OFF,
                "وقال",
                via=["فرانس برس"],
            ),
            E(
                "mayor_3000",
                "نحو 3 آلاف شخص فروا نحو مالانفيل",
                "مضيفا",
                BIO,
                N_OFF,
                "مضيفا",
                via=["فرانس برس"],
            ),
            E("sec_nociv", "«لا ضحايا بين المدنيين»", SEC_SRC, "", A_OFF, "أكد", ANON),
            E(
                "sec_relocate",
                "ما جرى «مجرد ترحيل احترازي لبضع عشرات من العائلات»",
                SEC_SRC,
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E(
                "niger_drones",
                "بنين بالسماح لـ«مسيرات فرنسية تنطلق من قاعدة في كاندي» بالتحليق فوق أراضيه خلال المعارك",
                CNSP173,
                "",
                ORG,
                "اتهم",
                alt_types=[DOC],
                via=["التلفزيون الرسمي"],
            ),
            E(
                "niger_nobase",
                "وجود أي قاعدة للإرهابيين في الجزء النيجري من الحديقة",
                "نافيا",
                CNSP173,
                ORG,
                "نافيا",
                NEG,
                alt_types=[DOC],
                via=["التلفزيون الرسمي"],
            ),
            E("agu_nobases", "لا توجد أي قاعدة أجنبية على أرض بنين", "أغوسو", AGOSSOU, N_OFF, "ورد", DIRECT),
            E(
                "agu_intel",
                "التعاون مع الشركاء «يقتصر على تبادل المعلومات الاستخباراتية»",
                "موضحا",
                AGOSSOU,
                N_OFF,
                "موضحا",
            ),
            E(
                "acled_90",
                "قتل أكثر من 90 جنديا بنينيا في شمال البلاد منذ مطلع 2027",
                "مشروع «أكليد» لرصد النزاعات",
                "",
                ORG,
                "وبحسب",
                alt_types=[DOC],
            ),
            E("an_corridor", "الجماعة «تسعى إلى تثبيت ممر نحو خليج غينيا»", DOSSOU, "", N_PER, "ويرجح"),
        ],
    },
    "r174_benin_niger_border": {
        "outlet": "بي بي سي عربي",
        "published": "2027-12-21",
        "entries": [
            E(
                "hd",
                "لا اتفاق مع كوتونو على أي لجنة أمنية مشتركة",
                "نيامي",
                CNSP174,
                ORG,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E("gov_11", "حصيلة قتلى الجيش في هجوم بيرني لافيا إلى ١١ جنديا", "حكومة بنين", "", ORG, "رفعت"),
            E("cos_secure", "المنطقة «باتت آمنة بالكامل»", ADJOVI, "", N_OFF, "قال"),
            E("cos_allback", "«جميع الجنود المفقودين عادوا إلى وحداتهم»", ADJOVI, "", N_OFF, "قال"),
            E(
                "cos_30",
                "«أكثر من ٣٠ إرهابيا» قتلوا في الهجوم والعمليات التي تلته",
                "وأضاف",
                ADJOVI,
                N_OFF,
                "وأضاف",
            ),
            E(
                "jnim_surround",
                "مقاتليها «ما زالوا يطوقون بيرني لافيا»",
                JNIM,
                "",
                ORG,
                "قالت",
                via=[ZALLAQA],
            ),
            E("jnim_3lost", "لم تفقد «سوى ثلاثة مقاتلين»", JNIM, "", ORG, "قالت", via=[ZALLAQA]),
            E("jnim_captives", "جنديان بنينيان أسيران", "الجماعة", JNIM, ORG, "قالت"),
            E("jnim28_echo", "مقتل ٢٨ جنديا", "الجماعة", JNIM, ORG, "أكدت"),
            E(
                "res_seen",
                "مسلحين على دراجات نارية «شوهدوا الأحد على بعد كيلومترات قليلة من الثكنة»",
                "سكان من كاريماما",
                "",
                A_SRC,
                "وأكد",
                ANON,
                via=["بي بي سي"],
            ),
            E(
                "mayor_echo",
                "خمسة قرويين قتلوا «برصاص المهاجمين أثناء فرارهم»",
                BIO,
                "",
                N_OFF,
                "ونقلت",
                via=["وكالة فرانس برس"],
            ),
            E(
                "moi_informants",
                "القتلى الخمسة «مخبرون يعملون لصالح الإرهابيين» سقطوا في تبادل لإطلاق النار",
                HOUNKPE,
                "",
                N_OFF,
                "قال",
            ),
            E("moi_nodispl", "«لا نزوح جماعيا» من المنطقة", "مضيفا", HOUNKPE, N_OFF, "مضيفا"),
            E("iom_4200", "نحو ٤٢٠٠ شخص نزحوا من قرى كاريماما منذ السبت", IOM, "", ORG, "فقالت"),
            E(
                "niger_base2",
                "اتهامه لبنين بإيواء «قاعدة فرنسية في كاندي» انطلقت منها مسيرات خلال المعارك",
                CNSP174,
                "",
                ORG,
                "وجدد",
                via=["التلفزيون الرسمي «تيلي ساحل»"],
            ),
            E(
                "niger_nocross",
                "«لم يعبر أي إرهابي من أراضي النيجر»",
                "مؤكدا",
                CNSP174,
                ORG,
                "مؤكدا",
                via=["التلفزيون الرسمي «تيلي ساحل»"],
            ),
            E("fr_deny", "وجود «أي جندي فرنسي في شمال بنين»", FR_MFA, "", ORG, "ونفت", NEG),
            E(
                "fm_committee",
                "بلاده والنيجر «اتفقتا على تشكيل لجنة أمنية مشتركة» لمراقبة الحدود",
                AHOUANSOU,
                "",
                N_OFF,
                "وأعلن",
            ),
            E("sani_explor", "محادثات لومي «مجرد لقاء استكشافي»", SANI, "", N_OFF, "قال"),
            E("sani_noagree", "لا اتفاق ما دامت بنين تؤوي قواعد فرنسية", "مضيفا", SANI, N_OFF, "مضيفا", DIRECT),
            E("togo_prelim", "الجانبين «توصلا إلى تفاهمات أولية»", "الخارجية التوغولية", "", ORG, "بالقول"),
            E(
                "an_wider",
                "الهجوم «قد يكون مقدمة لهجمات أوسع» على طول الحدود الشمالية لبنين",
                DIALLO,
                "",
                N_PER,
                "وتقول",
            ),
            E("an_rupture", "تستفيد الجماعة من «القطيعة بين كوتونو ونيامي»", "مرجحة", DIALLO, N_PER, "مرجحة"),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- El Geneina: Ardamata repelled (RSF) vs the joint force and the army inside the division HQ
        ("r169.hd", "r169.je_control"),
        ("r169.rsf_repel", "r169.je_control"),
        ("r169.rsf_notnear", "r169.je_control"),
        ("r169.hd", "r170.je_echo"),  # the joint force's Friday claim, recalled
        ("r169.rsf_repel", "r170.je_echo"),
        ("r169.rsf_notnear", "r170.je_echo"),
        ("r170.hd", "r169.hd"),  # the army still in Ardamata on Sunday vs "attack repelled"
        ("r170.hd", "r169.rsf_repel"),
        ("r170.hd", "r169.rsf_notnear"),
        ("r170.army_stationed", "r169.hd"),
        ("r170.army_stationed", "r169.rsf_repel"),
        ("r170.army_stationed", "r169.rsf_notnear"),
        # RSF on Sunday: full control, the army fled north vs the army still stationed and clearing
        ("r170.rsf_full", "r170.hd"),
        ("r170.rsf_full", "r170.army_stationed"),
        ("r170.rsf_full", "r170.army_clean"),
        ("r170.rsf_fled", "r170.hd"),
        ("r170.rsf_fled", "r170.army_stationed"),
        ("r170.rsf_fled", "r170.army_clean"),
        # fighters' tolls and captives
        ("r169.ar_7", "r169.je_200"),  # RSF lost at most seven vs more than 200 RSF dead
        ("r170.ar7_echo", "r169.je_200"),
        ("r169.ar_7", "r170.tahir_300"),
        ("r170.ar7_echo", "r170.tahir_300"),
        ("r169.ar_150", "r170.tahir_11"),  # 150+ army and allies killed vs no more than 11
        ("r170.rsf_36", "r170.tahir_nocapt"),  # 36 soldiers captured vs no soldier captured
        # the drone strike: the market and its civilian dead vs an ammunition depot / a gathering
        ("r169.sdn_27", "r169.mil_depot"),
        ("r169.sdn_27", "r169.mil_nociv"),
        ("r169.hosp_19", "r169.mil_depot"),
        ("r169.hosp_19", "r169.mil_nociv"),
        ("r169.gov_34", "r169.mil_depot"),
        ("r169.gov_34", "r169.mil_nociv"),
        ("r170.sdn_38", "r169.mil_depot"),
        ("r170.sdn_38", "r169.mil_nociv"),
        ("r170.el_41", "r169.mil_depot"),
        ("r170.el_41", "r169.mil_nociv"),
        ("r170.tahir_gathering", "r169.sdn_27"),
        ("r170.tahir_gathering", "r169.hosp_19"),
        ("r170.tahir_gathering", "r169.gov_34"),
        ("r170.tahir_gathering", "r170.sdn_38"),
        ("r170.tahir_gathering", "r170.el_41"),
        ("r170.tahir_nomarket", "r169.sdn_27"),
        ("r170.tahir_nomarket", "r169.hosp_19"),
        ("r170.tahir_nomarket", "r169.gov_34"),
        ("r170.tahir_nomarket", "r170.sdn_38"),
        ("r170.tahir_nomarket", "r170.el_41"),
        # the market toll: different figures for the same strike on the same day
        ("r169.sdn_27", "r169.hosp_19"),  # at least 27 vs 19
        ("r169.gov_34", "r169.hosp_19"),
        ("r170.sdn_38", "r170.el_41"),
        # al-Baraa bin Malik and Chadian rebels alongside the army vs none, only popular-resistance volunteers
        ("r169.ar_baraa", "r169.je_deny"),
        ("r169.ar_baraa", "r169.je_volunteers"),
        ("r169.ar_chad", "r169.je_deny"),
        ("r169.ar_chad", "r169.je_volunteers"),
        # arms convoys through Adré vs the Chadian denial
        ("r170.mfa_convoys", "r170.chad_deny"),
        ("r170.mfa_convoys", "r170.chad_aid"),
        # displacement to Adré vs "no displacement" and "no more than 4,000"
        ("r169.unhcr_9k", "r169.gov_normal"),
        ("r170.unhcr_14k", "r169.gov_normal"),
        ("r170.ouaddai_4k", "r169.gov_normal"),
        ("r170.unhcr_14k", "r170.ouaddai_4k"),
        ("r169.unhcr_9k", "r170.ouaddai_4k"),  # 9,000 on Saturday vs at most 4,000 on Sunday
        # the 48-hour truce through the Red Cross vs no truce / the Red Cross party to none
        ("r169.na_truce", "r169.ar_notruce"),
        ("r170.na_echo", "r169.ar_notruce"),
        ("r169.na_truce", "r170.icrc_notparty"),
        ("r170.na_echo", "r170.icrc_notparty"),
        # --- Lahj: al-Khazzan hill seized and held (Houthis, residents) vs repelled / never fell
        ("r171.hd", "r171.src_repel"),
        ("r171.hou_seized", "r171.src_repel"),
        ("r171.res_seen", "r171.src_repel"),
        ("r171.hd", "r172.hd"),
        ("r171.hou_seized", "r172.hd"),
        ("r171.res_seen", "r172.hd"),
        ("r171.hd", "r172.wad_nofall"),
        ("r171.hou_seized", "r172.wad_nofall"),
        ("r171.res_seen", "r172.wad_nofall"),
        ("r172.mah_still", "r172.hd"),
        ("r172.mah_still", "r172.wad_nofall"),
        ("r172.mah_still", "r172.wad_withdrew"),
        ("r172.mah_still", "r171.src_repel"),
        ("r172.mah_3", "r172.hd"),  # three attempts to retake it vs it never fell
        ("r172.mah_3", "r172.wad_nofall"),
        # soldiers' tolls and captives
        ("r171.src_4", "r171.hosp_6"),  # four soldiers killed vs six soldiers' bodies
        ("r171.src_4", "r171.hou_dozens"),  # 4 dead and 9 wounded vs "dozens" dead and wounded
        ("r171.hosp_6", "r172.wad_5"),  # six bodies on Monday vs losses "limited to five"
        ("r172.wad_5", "r172.mah_40"),
        ("r171.saba_11", "r172.wad_nocapt"),
        # the Karish market: six / eight civilians vs "a gathering of Giants fighters"
        ("r171.dir_6", "r171.saba_gather"),
        ("r171.dir_6", "r172.saba_echo"),
        ("r172.health_8", "r171.saba_gather"),
        ("r172.health_8", "r172.saba_echo"),
        # coalition air strikes on al-Sharija vs the coalition's denial
        ("r171.hou_coal", "r172.coal_deny"),
        ("r171.hou_coal", "r172.coal_baseless"),
        ("r172.sanaa_7", "r172.coal_deny"),
        ("r172.sanaa_7", "r172.coal_baseless"),
        # Iranian and Hezbollah experts vs no foreign expert, a purely Yemeni decision
        ("r171.stc_iran", "r172.wash_deny"),
        ("r172.stc_echo", "r172.wash_deny"),
        ("r171.stc_iran", "r172.wash_yemeni"),
        ("r172.stc_echo", "r172.wash_yemeni"),
        # displacement on the same day
        ("r172.dir_600", "r172.iom_260"),
        # the prisoner exchange
        ("r171.mo_deal", "r171.gov_nodeal"),
        ("r171.mo_deal", "r171.gov_propaganda"),
        ("r171.mo_deal", "r172.gov_nodeal_echo"),
        ("r172.mo_signed", "r172.un_ongoing"),  # final agreement signed vs no final agreement yet
        # --- northern Benin: the barracks stormed and held vs repelled / under control
        ("r173.jnim_storm", "r173.hd"),
        ("r173.jnim_storm", "r173.army_repel"),
        ("r173.jnim_storm", "r173.agu_control"),
        ("r174.jnim_surround", "r174.cos_secure"),
        # soldiers killed
        ("r173.army_8", "r173.jnim_28"),
        ("r173.hd", "r173.jnim_28"),
        ("r173.army_8", "r173.med_13"),
        ("r173.hd", "r173.med_13"),
        ("r173.jnim_28", "r173.med_13"),
        ("r173.med_13", "r174.gov_11"),  # 13 bodies on Sunday vs 11 dead on Monday
        ("r173.jnim_28", "r174.gov_11"),
        ("r174.jnim28_echo", "r174.gov_11"),
        ("r174.jnim28_echo", "r173.army_8"),
        ("r174.jnim28_echo", "r173.hd"),
        ("r174.jnim28_echo", "r173.med_13"),
        # attackers killed vs "only three"
        ("r174.jnim_3lost", "r173.agu_12"),
        ("r174.jnim_3lost", "r174.cos_30"),
        # captured soldiers vs all missing soldiers back
        ("r173.jnim_2capt", "r174.cos_allback"),
        ("r174.jnim_captives", "r174.cos_allback"),
        # five villagers shot by the attackers vs no civilian victims / informants in crossfire
        ("r173.mayor_5", "r173.jnim_nociv"),
        ("r174.mayor_echo", "r173.jnim_nociv"),
        ("r173.mayor_5", "r173.sec_nociv"),
        ("r174.mayor_echo", "r173.sec_nociv"),
        ("r173.mayor_5", "r174.moi_informants"),
        ("r174.mayor_echo", "r174.moi_informants"),
        # displacement vs a precautionary relocation / no mass displacement
        ("r173.mayor_3000", "r173.sec_relocate"),
        ("r174.iom_4200", "r173.sec_relocate"),
        ("r173.mayor_3000", "r174.moi_nodispl"),
        ("r174.iom_4200", "r174.moi_nodispl"),
        # French drones from a base in Kandi vs no foreign base, only intelligence, no French soldier
        ("r173.niger_drones", "r173.agu_nobases"),
        ("r173.niger_drones", "r173.agu_intel"),
        ("r173.niger_drones", "r174.fr_deny"),
        ("r174.niger_base2", "r173.agu_nobases"),
        ("r174.niger_base2", "r173.agu_intel"),
        ("r174.niger_base2", "r174.fr_deny"),
        # infiltration from Niger's side vs no terrorist crossed from Niger
        ("r173.agu_infiltr", "r174.niger_nocross"),
        # a joint security committee agreed vs no agreement, a mere exploratory meeting
        ("r174.fm_committee", "r174.hd"),
        ("r174.fm_committee", "r174.sani_noagree"),
        ("r174.fm_committee", "r174.sani_explor"),
    ],
    "agreements": [
        ("r169.mil_depot", "r170.tahir_gathering"),  # the drone hit an ammunition depot
        ("r169.mil_nociv", "r170.tahir_nomarket"),  # no civilians / no market hit
        ("r169.sdn_blame", "r170.el_blame"),  # the army carried out the strike
        ("r169.je_control", "r170.army_stationed"),  # the joint force and the army in the division HQ
        ("r170.res_fight", "r170.army_clean"),  # fighting in Ardamata's northern districts
        ("r171.hou_seized", "r171.res_seen"),  # Houthi fighters on the hill
        ("r171.src_repel", "r172.wad_nofall"),  # the hill held
        ("r171.src_repel", "r172.wad_withdrew"),  # the attack repelled, the attackers withdrew
        ("r173.jnim_storm", "r173.res_noon"),  # the attackers stayed at the barracks for hours
        ("r174.jnim_surround", "r174.res_seen"),  # gunmen still near the barracks
        ("r173.agu_nobases", "r174.fr_deny"),  # no French base or soldiers in Benin
        ("r173.sec_nociv", "r173.jnim_nociv"),  # no civilian victims
        ("r174.fm_committee", "r174.togo_prelim"),  # an outcome in Lomé
    ],
    "echoes": [
        ("r169.ar_7", "r170.ar7_echo"),  # the RSF spokesman to Al-Araby Al-Jadeed, recalled
        ("r169.je_control", "r170.je_echo"),  # the joint force's Friday announcement, recalled
        ("r169.na_truce", "r170.na_echo"),  # the native administration source, retold via Al-Araby Al-Jadeed
        ("r171.saba_gather", "r172.saba_echo"),  # Saba's claim, recalled
        ("r171.stc_iran", "r172.stc_echo"),  # the STC spokesman, retold via Anadolu
        ("r171.gov_nodeal", "r172.gov_nodeal_echo"),  # the government negotiator's denial, recalled
        ("r173.mayor_5", "r174.mayor_echo"),  # the mayor to AFP, retold
        ("r173.jnim_28", "r174.jnim28_echo"),  # JNIM's first statement, recalled
    ],
    "not_contradictions": [
        ("r169.sdn_27", "r170.sdn_38"),  # the doctors' toll rose from 27+ to 38
        ("r169.unhcr_9k", "r170.unhcr_14k"),  # UNHCR's figure rose
        ("r169.je_200", "r170.tahir_300"),  # more than 200 on Friday, more than 300 since Thursday
        ("r169.sdn_27", "r169.gov_34"),  # "at least 27" and 34
        ("r169.sdn_27", "r170.el_41"),  # "at least 27" and 41
        ("r169.gov_34", "r170.sdn_38"),  # higher figures a day later
        ("r169.gov_34", "r170.el_41"),
        ("r170.icrc_only", "r169.ar_notruce"),  # bodies retrieved through the ICRC, no truce
        ("r171.iom_210", "r172.iom_260"),  # IOM's figure rose
        ("r171.iom_210", "r172.dir_600"),  # Monday's count vs the total since Sunday two days later
        ("r171.dir_6", "r172.health_8"),  # the market toll rose from six to eight
        ("r171.hou_coal", "r172.sanaa_7"),  # the air-strike toll rose from five to seven
        ("r171.src_17", "r172.wad_23"),  # Houthi dead rose from 17 to 23
        ("r171.src_4", "r172.wad_5"),  # soldiers' dead rose from four to five
        ("r171.mo_deal", "r172.un_ongoing"),  # a preliminary agreement vs no final agreement yet
        ("r171.gov_nodeal", "r172.mo_signed"),  # no agreement on Monday, signing on Tuesday evening
        ("r172.gov_nodeal_echo", "r172.mo_signed"),  # the same Monday denial, recalled
        ("r173.army_8", "r174.gov_11"),  # the army toll rose from 8 to 11
        ("r173.agu_12", "r174.cos_30"),  # "at least 12" and "more than 30" (with later operations)
        ("r173.mayor_3000", "r174.iom_4200"),  # about 3,000 on Sunday, about 4,200 on Tuesday
        ("r173.ap_2", "r173.army_8"),  # two rangers in a separate attack vs eight soldiers
        ("r173.acled_90", "r173.army_8"),  # the year's total vs one attack
        ("r173.acled_90", "r174.gov_11"),
        ("r173.jnim_storm", "r174.cos_secure"),  # held the barracks for hours on Saturday, area secure on Monday
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
