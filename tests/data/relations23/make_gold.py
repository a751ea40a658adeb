"""Writes gold.json for the twenty-third relations set (r133..r138) from the annotations below (`python3 tests/data/relations23/make_gold.py`).

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
    N_OFF,
    N_PER,
    NEG,
    OPT,
    ORG,
    E,
    relations_gold,
    write,
)

# r133/r134: Sabha, the Tariq Ben Ziyad brigade vs Tebu fighters in al-Tayouri
TBZ = "اللواء طارق بن زياد"
WARDKO = "عضو المجلس الاجتماعي لقبائل التبو، بركة وردكو"
WARDKO134 = "عضو المجلس بركة وردكو"
TEBU = "المجلس الاجتماعي لقبائل التبو"
SHARIF = "مدير مركز سبها الطبي، الدكتور أحمد الشريف"
SEC = "مصدرا في مديرية أمن سبها"
DIR = "مديرية أمن سبها"
ZAWI = "رئيس لجنة المصالحة المشكلة من أعيان فزان، الشيخ حامد الزوي"
ZAWI134 = "رئيس لجنة المصالحة، الشيخ حامد الزوي"
QATROUNI = "الباحث في شؤون الجنوب الليبي يوسف القطروني"
HASSI = "المتحدث باسم اللواء طارق بن زياد، الرائد سالم الحاسي"
MAQRAHI = "عميد بلدية سبها، مصطفى المقرحي"
CAA = "مصلحة الطيران المدني"
ARABY = "«العربي الجديد»"
SKY = "«سكاي نيوز عربية»"
# r135/r136: Abyei, the attack on Rumamer
KUOL = "كبير الإداريين في منطقة أبيي، دينق مجوك كوال"
KUOL136 = "كبير الإداريين في المنطقة، دينق مجوك كوال"
SAFI = "أمير المسيرية، حمدان عبد الله الصافي"
SAFI136 = "أمير المسيرية حمدان عبد الله الصافي"
RSF = "قوات الدعم السريع"
UNISFA = "قوة الأمم المتحدة الأمنية المؤقتة لأبيي (يونيسفا)"
ATEM = "المتحدث باسم قوات دفاع شعب جنوب السودان، العقيد مابيور أتيم"
AMPOFO = "المتحدث باسم قوة يونيسفا، الرائد كوفي أمبوفو"
RES136 = "نازحين وصلوا إلى أقوك"
TWIC = "مفوض مقاطعة تويك بولاية واراب، أكوت دينق مانيانغ"
SAF = "المتحدث باسم الجيش السوداني، العميد الطاهر عبد الباقي"
ALOR = "سلطان دينكا نقوك، بول ماكير ألور"
TAMAZUJ = "راديو تمازج"
JAZ = "الجزيرة نت"
# r137/r138: Jurf al-Nasr, the depot blast
KH = "كتائب حزب الله"
BABIL2 = "مسؤولان في قيادة عمليات بابل"
CELL = "خلية الإعلام الأمني"
CENTCOM = "متحدث باسم القيادة المركزية الأميركية (سنتكوم)"
KHSRC = "مصدر في الكتائب"
KANANI = "الخبير الأمني علي الكناني"
SUMARIA = "«السومرية نيوز»"
ZUBAIDI = "الناطق باسم الحكومة العراقية، عدنان الزبيدي"
RES138 = "سكانا في ناحية المسيب المجاورة"
CT_KRG = "جهاز مكافحة الإرهاب في إقليم كردستان"
JANABI = "النائب عن بابل في لجنة الأمن والدفاع النيابية، حيدر الجنابي"
ASHARQ = "«الشرق الأوسط»"

ARTICLES: dict[str, dict[str, Any]] = {
    "r133_sabha_tayouri": {
        "outlet": "العربي الجديد",
        "published": "2027-06-07",
        "entries": [
            E("hd", "قواتنا تسيطر على حي الطيوري في سبها", "«طارق بن زياد»", TBZ, ORG, ":", HEAD),
            E(
                "bde_control",
                "قواته «بسطت سيطرتها التامة على حي الطيوري ومحيط قلعة سبها»",
                "اللواء",
                TBZ,
                ORG,
                "وقال",
            ),
            E("bde4", "4 من عناصره قتلوا خلال المواجهات", "مضيفا", TBZ, ORG, "مضيفا"),
            E(
                "bde_chad",
                "مسلحين من المعارضة التشادية بالقتال إلى جانب التبو داخل الحي",
                "البيان",
                TBZ,
                ORG,
                "واتهم",
                alt_types=[DOC],
            ),
            E(
                "tebu_deny",
                "يكون مقاتلو القبيلة قد غادروا الطيوري",
                WARDKO,
                "",
                N_PER,
                "نفى",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "tebu_still",
                "«شبابنا ما زالوا في بيوتهم وعند مداخل الحي، ولم يتقدم اللواء مترا واحدا»",
                "وقال",
                WARDKO,
                N_PER,
                "وقال",
                alt_types=[N_OFF],
                via=[ARABY],
            ),
            E(
                "tebu15",
                "المهاجمين خسروا «أكثر من 15 عنصرا»",
                "وردكو",
                WARDKO,
                N_PER,
                "وأكد",
                alt_types=[N_OFF],
            ),
            E(
                "tebu_nochad",
                "وجود أي مقاتل تشادي بين المدافعين عن الحي",
                "نافيا",
                WARDKO,
                N_PER,
                "نافيا",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "hosp11",
                "المركز استقبل جثث 11 شخصا، بينهم ثلاثة مدنيين، إلى جانب 26 جريحا",
                SHARIF,
                "",
                N_OFF,
                "وأفاد",
            ),
            E("sec17", "عدد القتلى «لا يقل عن 17»", SEC, "", A_OFF, "أكد", ANON),
            E(
                "sec_buried",
                "عائلات دفنت أبناءها في مقبرة الحي من دون نقلهم إلى المستشفى",
                "موضحا",
                SEC,
                A_OFF,
                "موضحا",
                ANON,
            ),
            E("dir9", "توقيف تسعة أشخاص خلال عمليات دهم في الطيوري", "المديرية", DIR, ORG, "وأعلنت"),
            E(
                "dir_gunmen",
                'جميعا "من المسلحين الذين شاركوا في إطلاق النار على الدوريات"',
                "مشيرة",
                DIR,
                ORG,
                "مشيرة",
            ),
            E(
                "zawi_truce",
                'التوصل إلى اتفاق لوقف إطلاق النار "وقعه ممثلون عن الطرفين"، يقضي بسحب المسلحين من الشوارع وتسليم الحي لقوة من الشرطة',
                ZAWI,
                "",
                N_PER,
                "أعلن",
                alt_types=[N_OFF],
            ),
            E(
                "zawi_monitor",
                'اللجنة "ستتابع الالتزام بالاتفاق ساعة بساعة"',
                "الزوي",
                ZAWI,
                N_PER,
                "ونقلت",
                alt_types=[N_OFF],
                via=["وكالة الأنباء الليبية"],
            ),
            E("res_power", "قذيفة أصابت محطة كهرباء الطيوري فجرا", "سكان", "", A_SRC, "وقال", ANON),
            E("caa_suspend", "تعليق الرحلات من مطار سبها وإليه حتى إشعار آخر", CAA, "", ORG, "أعلنت"),
            E(
                "an_routes",
                'المعركة "تدور على طرق التهريب العابرة للصحراء أكثر مما تدور على الأحياء"',
                QATROUNI,
                "",
                N_PER,
                "ويرى",
            ),
            E(
                "an_short",
                'الهدنة "قصيرة العمر إذا لم تنسحب القوات القادمة من الشمال"',
                "مرجحا",
                QATROUNI,
                N_PER,
                "مرجحا",
            ),
        ],
    },
    "r134_sabha_detainees": {
        "outlet": "سكاي نيوز عربية",
        "published": "2027-06-08",
        "entries": [
            E("hd", "اعتقال ٢٣ من شبان الطيوري بينهم طلاب", "المجلس الاجتماعي للتبو", TEBU, ORG, ":", HEAD),
            E(
                "zawi_holds",
                'الهدنة "صامدة منذ ظهر الاثنين، ولم نرصد أي خرق يذكر"',
                ZAWI134,
                "",
                N_PER,
                "وأكد",
                alt_types=[N_OFF],
                via=[SKY],
            ),
            E(
                "res_resumed",
                "إطلاق النار تجدد قرابة منتصف الليل قرب سوق الطيوري واستمر نحو ساعة",
                "ثلاثة من سكان الحي",
                "",
                A_SRC,
                "أفادوا",
                ANON,
            ),
            E("spk_deny", "يكون اللواء طرفا في أي اتفاق", HASSI, "", N_OFF, "ونفى", NEG),
            E(
                "spk_nosign",
                "لم نوقع شيئا مع أحد، فنحن قوة نظامية لا تفاوض المهربين",
                "وقال",
                HASSI,
                N_OFF,
                "وقال",
                DIRECT,
            ),
            E("spk5", "عدد قتلى اللواء ارتفع إلى ٥", "وأضاف", HASSI, N_OFF, "وأضاف"),
            E("spk_control", 'وحداته "تسيطر على الطيوري بالكامل"', "مجددا", HASSI, N_OFF, "مجددا"),
            E(
                "mayor_withdraw",
                "آليات اللواء انسحبت من الطيوري مساء الاثنين تنفيذا للاتفاق",
                MAQRAHI,
                "",
                N_OFF,
                "أكد",
            ),
            E("mayor_police", "دوريات الشرطة باتت وحدها في الشوارع", MAQRAHI, "", N_OFF, "أكد"),
            E("tebu23", "الأجهزة الأمنية اعتقلت خلال مداهمات الاثنين ٢٣ شابا من الحي", TEBU, "", ORG, "فقال"),
            E(
                "tebu_students",
                '"بينهم طلاب في جامعة سبها لا صلة لهم بالقتال"',
                TEBU,
                "",
                ORG,
                "فقال",
            ),
            E(
                "tebu_noforeign",
                "مشاركة أي عناصر أجنبية في المواجهات",
                "البيان",
                TEBU,
                ORG,
                "ونفى",
                NEG,
                alt_types=[DOC],
            ),
            E(
                "tebu_echo",
                "«شبابنا ما زالوا في بيوتهم وعند مداخل الحي»",
                WARDKO134,
                "",
                N_PER,
                "قد قال",
                alt_types=[N_OFF],
                via=[ARABY],
            ),
            E(
                "moh13",
                "مقتل ١٣ شخصا وإصابة ٣١ آخرين في اشتباكات سبها",
                "وزارة الصحة في الحكومة المكلفة من مجلس النواب",
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "gecol_hit",
                'محطة الطيوري "خرجت عن الخدمة إثر إصابتها المباشرة بقذيفة"',
                "الشركة العامة للكهرباء",
                "",
                ORG,
                "وأوضحت",
            ),
            E("gecol_two", "إعادة التيار خلال يومين", "متوقعة", "الشركة العامة للكهرباء", ORG, "متوقعة", OPT),
            E("caa_resume", "استئناف الرحلات إلى مطار سبها اعتبارا من صباح الأربعاء", CAA, "", ORG, "أعلنت"),
            E(
                "qatrun2",
                "مسلحين مجهولين هاجموا بوابة أمنية قرب القطرون، على بعد نحو ٣٠٠ كيلومتر جنوب سبها، فجر الثلاثاء، ما أدى إلى مقتل جنديين",
                "مصدر عسكري",
                "",
                A_OFF,
                "قال",
                ANON,
            ),
            E(
                "unsmil_call",
                "«حماية المدنيين والإفراج عن المحتجزين تعسفيا»",
                "البعثة الأممية في ليبيا",
                "",
                ORG,
                "ودعت",
                OPT,
            ),
            E(
                "unsmil_warn",
                "استمرار التوتر في الجنوب «يهدد المسار السياسي برمته»",
                "محذرة",
                "البعثة الأممية في ليبيا",
                ORG,
                "محذرة",
            ),
        ],
    },
    "r135_abyei_rumamer": {
        "outlet": "راديو تمازج",
        "published": "2027-06-14",
        "entries": [
            E("hd", "٢١ قتيلا في هجوم مسلح على رومامير", "كبير إداريي أبيي", KUOL, N_OFF, ":", HEAD),
            E("adm21", "٢١ شخصا قتلوا، بينهم ستة أطفال وثلاث نساء", KUOL, "", N_OFF, "وقال", via=[TAMAZUJ]),
            E(
                "adm_miss",
                'المهاجمين "مسلحون من المسيرية جاؤوا على دراجات نارية وسيارات دفع رباعي"',
                KUOL,
                "",
                N_OFF,
                "وقال",
                via=[TAMAZUJ],
            ),
            E(
                "adm_rsf",
                'عناصر من قوات الدعم السريع "شاركوا في الهجوم على متن سيارات تحمل شارات قواتهم"',
                "وأضاف",
                KUOL,
                N_OFF,
                "وأضاف",
                via=[TAMAZUJ],
            ),
            E(
                "adm_breach",
                'المسيرية بخرق "اتفاق التعايش" الموقع في المجلد في مايو الماضي',
                "متهما",
                KUOL,
                N_OFF,
                "متهما",
                via=[TAMAZUJ],
            ),
            E(
                "emir_deny",
                "يكون أبناء القبيلة قد شاركوا في الهجوم",
                SAFI,
                "",
                N_PER,
                "نفى",
                NEG,
                alt_types=[N_OFF],
            ),
            E(
                "emir_twic",
                'الاعتداء نفذه "شبان مسلحون من دينكا تويك بسبب خلاف قديم على المراعي"',
                "وقال",
                SAFI,
                N_PER,
                "وقال",
                alt_types=[N_OFF],
            ),
            E(
                "emir_valid",
                'اتفاق المجلد "ما زال ساريا، ونحن ملتزمون به حرفا حرفا"',
                "الصافي",
                SAFI,
                N_PER,
                "وشدد",
                alt_types=[N_OFF],
            ),
            E("rsf_deny", "وجود أي من عناصرها داخل حدود منطقة أبيي", RSF, "", ORG, "نفت", NEG),
            E(
                "rsf_drag",
                'الاتهامات "محاولة مكشوفة لجر المنطقة إلى أتون الحرب"',
                "معتبرة",
                RSF,
                ORG,
                "معتبرة",
            ),
            E("unisfa12", "دورياتها وثقت مقتل ١٢ شخصا على الأقل", UNISFA, "", ORG, "قالت"),
            E("unisfa_unknown", '"لم تتمكن بعد من تحديد هوية المهاجمين"', UNISFA, "", ORG, "قالت"),
            E(
                "unisfa_escort",
                "جنودها يرافقون قوافل النازحين المتجهة إلى بلدة أقوك",
                "مشيرة",
                UNISFA,
                ORG,
                "مشيرة",
            ),
            E(
                "local_cattle",
                "المسلحين نهبوا نحو ٤ آلاف رأس من الأبقار واقتادوها شمالا",
                "مسؤول محلي في رومامير",
                "",
                A_OFF,
                "وأبلغ",
                ANON,
                via=[TAMAZUJ],
            ),
            E(
                "sspdf_none",
                'الجيش "لم ينشر جنديا واحدا في أبيي احتراما للاتفاقات الموقعة مع الخرطوم"',
                ATEM,
                "",
                N_OFF,
                "قال",
            ),
            E(
                "sspdf_deny",
                "تحريك أي وحدات نحو أقوك خلال الأسابيع الماضية",
                "نافيا",
                ATEM,
                N_OFF,
                "نافيا",
                NEG,
            ),
            E(
                "iom5k",
                "فر نحو ٥ آلاف شخص من رومامير والقرى المجاورة منذ السبت",
                "المنظمة الدولية للهجرة",
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "wfp_stock",
                'مخزونه في المنطقة "لن يكفي أكثر من ثلاثة أسابيع"',
                "برنامج الأغذية العالمي",
                "",
                ORG,
                "حذر",
            ),
        ],
    },
    "r136_abyei_displaced": {
        "outlet": "الجزيرة نت",
        "published": "2027-06-15",
        "entries": [
            E(
                "hd",
                "أبناؤنا لم يطلقوا رصاصة في رومامير",
                "أمير المسيرية",
                SAFI136,
                N_PER,
                ":",
                HEAD,
                alt_types=[N_OFF],
            ),
            E(
                "adm24",
                "حصيلة القتلى ارتفعت إلى 24 بعد وفاة ثلاثة جرحى في مستشفى أقوك",
                KUOL136,
                "",
                N_OFF,
                "وقال",
            ),
            E("adm_noarrest", '"أحدا من الجناة لم يعتقل حتى الآن"', "مؤكدا", KUOL136, N_OFF, "مؤكدا"),
            E(
                "adm_echo",
                'المهاجمين "مسلحون من المسيرية جاؤوا على دراجات نارية وسيارات دفع رباعي"',
                "كوال",
                KUOL136,
                N_OFF,
                "قد قال",
                via=[TAMAZUJ],
            ),
            E(
                "un6",
                "قوات حفظ السلام احتجزت 6 مشتبه بهم قرب رومامير يوم الأحد وسلمتهم إلى الشرطة المجتمعية",
                AMPOFO,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "un_calm",
                'الوضع في القرية "تحت السيطرة، ولم تسجل أي اشتباكات منذ صباح الأحد"',
                "مضيفا",
                AMPOFO,
                N_OFF,
                "مضيفا",
            ),
            E(
                "res_returned",
                'المسلحين "عادوا ليل الأحد وأحرقوا ما تبقى من الأكواخ"',
                RES136,
                "",
                A_SRC,
                "رووا",
                ANON,
                via=[JAZ],
            ),
            E(
                "res_rsf",
                'بعض المهاجمين "كانوا من جنود الدعم السريع، بزيهم وسلاحهم"',
                RES136,
                "",
                A_SRC,
                "رووا",
                ANON,
                via=[JAZ],
            ),
            E(
                "emir_nobullet",
                '"أبناء المسيرية لم يطلقوا رصاصة واحدة في رومامير"',
                SAFI136,
                "",
                N_PER,
                "فقال",
                alt_types=[N_OFF],
                via=[JAZ],
            ),
            E(
                "emir_eight",
                'القتلى "ثمانية فقط، وأغلبهم مسلحون"',
                "مشيرا",
                SAFI136,
                N_PER,
                "مشيرا",
                alt_types=[N_OFF],
                via=[JAZ],
            ),
            E(
                "emir_probe",
                '"لجنة تحقيق محايدة تكشف الفاعل الحقيقي"',
                "وداعيا",
                SAFI136,
                N_PER,
                "وداعيا",
                OPT,
                alt_types=[N_OFF],
                via=[JAZ],
            ),
            E("twic_deny", "أي دور لشباب المقاطعة في الهجوم", TWIC, "", N_OFF, "ونفى", NEG),
            E("twic_flee", 'اتهامات الصافي بأنها "هروب إلى الأمام"', "واصفا", TWIC, N_OFF, "واصفا"),
            E("saf_battalion", '"كتيبة من جيش جنوب السودان دخلت أقوك الأسبوع الماضي"', SAF, "", N_OFF, "زعم"),
            E(
                "saf_threat",
                'ذلك "يهدد ترتيبات الأمن المتفق عليها في المنطقة"',
                "محذرا",
                SAF,
                N_OFF,
                "محذرا",
            ),
            E(
                "chief_cattle",
                "عدد الأبقار المنهوبة بنحو أربعة آلاف رأس",
                ALOR,
                "",
                N_PER,
                "وقدر",
                alt_types=[N_OFF],
            ),
            E(
                "ocha20k",
                "عدد النازحين داخل منطقة أبيي تجاوز 20 ألفا منذ يناير",
                "مكتب الشؤون الإنسانية الأممي",
                "",
                ORG,
                "قال",
            ),
            E(
                "msf37",
                "فرقها في أقوك عالجت 37 جريحا منذ السبت، بينهم 11 طفلا",
                "منظمة أطباء بلا حدود",
                "",
                ORG,
                "وقالت",
            ),
            E(
                "msf_capacity",
                "مستشفى البلدة «يعمل بأكثر من طاقته»",
                "مضيفة",
                "منظمة أطباء بلا حدود",
                ORG,
                "مضيفة",
            ),
            E(
                "meiram2",
                "قتل شخصان في اشتباك بين رعاة قرب بلدة الميرم بولاية غرب كردفان مساء الاثنين",
                "شهود",
                "",
                A_SRC,
                "وفق ما أفاد",
                ANON,
            ),
        ],
    },
    "r137_jurf_strike": {
        "outlet": "السومرية نيوز",
        "published": "2027-06-20",
        "entries": [
            E("hd", "مسيرات أميركية قصفت مقراتنا في جرف النصر", "«كتائب حزب الله»", KH, ORG, ":", HEAD),
            E("kh_us", '"طائرات مسيرة أميركية" بتنفيذ الضربة', KH, "", ORG, "واتهمت"),
            E("kh6", "ستة من مقاتليها قتلوا", "مؤكدة", KH, ORG, "مؤكدة"),
            E(
                "kh_truce",
                '"التهدئة التي التزمت بها فصائل المقاومة لم تعد قائمة بعد اليوم"',
                "مؤكدة",
                KH,
                ORG,
                "مؤكدة",
            ),
            E(
                "off_accident",
                'الانفجار "عرضي، ونتج عن سوء تخزين صواريخ في درجات حرارة تجاوزت الخمسين"',
                BABIL2,
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "off_noradar",
                '"الرادارات لم ترصد أي طائرة في أجواء المنطقة"',
                "مؤكدين",
                BABIL2,
                A_OFF,
                "مؤكدين",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "res_buzz",
                "سمعوا «أزيز طائرة» قبل دقائق من الانفجار الأول",
                "شهودا من قرى ناحية الإسكندرية القريبة",
                "",
                A_SRC,
                "قالوا",
                ANON,
            ),
            E(
                "cell_depot",
                'الانفجار وقع داخل "مخزن للعتاد تابع لإحدى تشكيلات الحشد الشعبي"',
                CELL,
                "",
                ORG,
                "بالقول",
            ),
            E("cell_probe", "لجنة فنية شكلت للتحقيق في ملابساته", CELL, "", ORG, "بالقول"),
            E(
                "gov_fire",
                "النيران امتدت إلى بساتين مجاورة، وأن فرق الدفاع المدني أخمدتها بعد نحو ست ساعات",
                "محافظ بابل، سلام المعموري",
                "",
                N_OFF,
                "وأوضح",
            ),
            E("pmf4", 'مقتل أربعة من منتسبيها في "الحادث"', "هيئة الحشد الشعبي", "", ORG, "وأعلنت"),
            E(
                "health3",
                "مستشفى المسيب العام استقبل جثث ثلاثة أشخاص وثمانية جرحى، اثنان منهم في حالة حرجة",
                "دائرة صحة بابل",
                "",
                ORG,
                "أفادت",
            ),
            E(
                "us_none",
                'القوات الأميركية "لم تنفذ أي ضربة على الأراضي العراقية خلال اليومين الماضيين"',
                CENTCOM,
                "",
                A_OFF,
                "قال",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "kh_control",
                'مقاتليها "يتولون وحدهم تأمين جرف النصر، ولن يدخلها أحد من دون إذنهم"',
                KHSRC,
                "",
                A_OFF,
                "وأكد",
                ANON,
            ),
            E(
                "kh_rescue",
                "فرق الإنقاذ التابعة للفصيل ما زالت تبحث تحت الأنقاض عن مفقودين",
                "مشيرا",
                KHSRC,
                A_OFF,
                "مشيرا",
                ANON,
            ),
            E(
                "pol3",
                "اعتقال 3 أشخاص صوروا موقع الانفجار بهواتفهم عند سيطرة قرب المسيب",
                "شرطة بابل",
                "",
                ORG,
                "أعلنت",
            ),
            E("an_israel", 'الضربة "تحمل بصمات إسرائيلية أكثر منها أميركية"', KANANI, "", N_PER, "ويرى"),
            E("an_deny", '"واشنطن لا تنفي عادة ما تقوم به في العراق"', "لافتا", KANANI, N_PER, "لافتا"),
        ],
    },
    "r138_jurf_truce": {
        "outlet": "الشرق الأوسط",
        "published": "2027-06-21",
        "entries": [
            E(
                "hd",
                "قطعات الجيش دخلت جرف النصر والتهدئة مع الفصائل صامدة",
                "بغداد",
                "الحكومة العراقية",
                ORG,
                ":",
                HEAD,
            ),
            E(
                "gov_army",
                'قطعات من الجيش "دخلت المنطقة مساء الأحد وتسلمت مهمة تأمينها بالكامل"',
                ZUBAIDI,
                "",
                N_OFF,
                "وقال",
                via=[ASHARQ],
            ),
            E(
                "gov_truce",
                '"التهدئة ما زالت قائمة، وقد أبلغتنا الفصائل التزامها بها"',
                "مؤكدا",
                ZUBAIDI,
                N_OFF,
                "مؤكدا",
                via=[ASHARQ],
            ),
            E(
                "res_checkpoints",
                'حواجز الكتائب "ما زالت تغلق كل الطرق المؤدية إلى الجرف"',
                RES138,
                "",
                A_SRC,
                "ذكروا",
                ANON,
            ),
            E(
                "res_nocolumn",
                "لم يروا أي رتل عسكري يعبر الجسر منذ الأحد",
                "مؤكدين",
                RES138,
                A_SRC,
                "مؤكدين",
                ANON,
            ),
            E("kh_blame", "تحميل واشنطن مسؤولية الضربة", KH, "", ORG, "وجددت"),
            E("kh7", "عدد قتلاها ارتفع إلى ٧", "معلنة", KH, ORG, "معلنة"),
            E(
                "kh5",
                'احتجاز ٥ أشخاص للاشتباه في تزويدهم "جهات معادية" بإحداثيات المخزن',
                "أعلنت",
                KH,
                ORG,
                "أعلنت",
            ),
            E(
                "kh_truce_echo",
                '"التهدئة التي التزمت بها فصائل المقاومة لم تعد قائمة بعد اليوم"',
                "الكتائب",
                KH,
                ORG,
                "قد أكدت",
            ),
            E("moh5", "حصيلة ضحايا الانفجار استقرت عند ٥ قتلى", "وزارة الصحة", "", ORG, "أعلنت"),
            E(
                "med8",
                "المستشفى عالج ثمانية جرحى، نقل اثنان منهم إلى بغداد",
                "مصدر طبي في مستشفى المسيب العام",
                "",
                A_OFF,
                "أفاد",
                ANON,
            ),
            E(
                "dip_israel",
                '"إسرائيل هي من نفذت الضربة، وأبلغت الأميركيين بها قبل ساعات من تنفيذها"',
                "دبلوماسي غربي في بغداد",
                "",
                A_OFF,
                "وقال",
                ANON,
                via=[ASHARQ],
            ),
            E(
                "off_echo",
                'الانفجار "عرضي، ونتج عن سوء تخزين صواريخ"',
                "مسؤولين في قيادة عمليات بابل",
                "",
                A_OFF,
                "قد نقلت",
                ANON,
                via=[SUMARIA],
            ),
            E(
                "ir_harir",
                "هجوما بطائرتين مسيرتين على قاعدة حرير في أربيل ليل الأحد",
                "المقاومة الإسلامية في العراق",
                "",
                ORG,
                "وتبنت",
            ),
            E("krd_none", 'القاعدة "لم تتعرض لأي هجوم"', CT_KRG, "", ORG, "قال"),
            E("krd_downed", 'طائرة مسيرة واحدة "أسقطت في أرض زراعية قرب خبات"', CT_KRG, "", ORG, "قال"),
            E(
                "coal_two",
                "القاعدة تعرضت لهجومين بمسيرات منذ مطلع يونيو (حزيران)",
                "مسؤول في التحالف الدولي",
                "",
                A_OFF,
                "قد قال",
                ANON,
                via=["وكالة رويترز"],
            ),
            E(
                "mp_knows",
                'الحكومة "تعرف من نفذ الضربة لكنها تخشى إعلان ذلك"',
                JANABI,
                "",
                N_OFF,
                "ويقول",
            ),
            E("mp_demand", "بنشر نتائج التحقيق خلال أسبوع", "مطالبا", JANABI, N_OFF, "مطالبا", OPT),
            E(
                "gov_committee",
                "تشكيل لجنة لإعادة نازحي الجرف إلى مناطقهم",
                "الحكومة",
                "الحكومة العراقية",
                ORG,
                "قد أعلنت",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Sabha: who holds al-Tayouri (the brigade, its headline and its spokesman) vs the Tebu and the mayor
        ("r133.bde_control", "r133.tebu_deny"),
        ("r133.bde_control", "r133.tebu_still"),
        ("r133.hd", "r133.tebu_deny"),
        ("r133.hd", "r133.tebu_still"),
        ("r133.bde_control", "r134.tebu_echo"),  # the Tebu member's words, retold the next day
        ("r133.hd", "r134.tebu_echo"),
        ("r134.spk_control", "r133.tebu_deny"),
        ("r134.spk_control", "r133.tebu_still"),
        ("r134.spk_control", "r134.tebu_echo"),
        ("r134.spk_control", "r134.mayor_withdraw"),  # Tuesday: full control vs withdrew on Monday evening
        ("r134.spk_control", "r134.mayor_police"),  # full control vs police alone in the streets
        # the brigade's own losses: 4 (then 5) vs "more than 15"
        ("r133.bde4", "r133.tebu15"),
        ("r134.spk5", "r133.tebu15"),
        # Chadian fighters alongside the Tebu vs the denials
        ("r133.bde_chad", "r133.tebu_nochad"),
        ("r133.bde_chad", "r134.tebu_noforeign"),
        # the toll: "no fewer than 17" vs a "final" 13
        ("r133.sec17", "r134.moh13"),
        # the Monday raids: nine detained vs 23; all gunmen vs students with no link to the fighting
        ("r133.dir9", "r134.tebu23"),
        ("r133.dir9", "r134.hd"),
        ("r133.dir_gunmen", "r134.tebu_students"),
        ("r133.dir_gunmen", "r134.hd"),
        # a truce signed by both sides vs the brigade's denial
        ("r133.zawi_truce", "r134.spk_deny"),
        ("r133.zawi_truce", "r134.spk_nosign"),
        # the truce holds vs fire resumed at midnight
        ("r134.zawi_holds", "r134.res_resumed"),
        # --- Abyei: who attacked Rumamer
        ("r135.adm_miss", "r135.emir_deny"),
        ("r135.adm_miss", "r135.emir_twic"),
        ("r135.adm_miss", "r136.emir_nobullet"),
        ("r135.adm_miss", "r136.hd"),
        ("r136.adm_echo", "r135.emir_deny"),  # the administrator's words, recalled
        ("r136.adm_echo", "r135.emir_twic"),
        ("r136.adm_echo", "r136.emir_nobullet"),
        ("r136.adm_echo", "r136.hd"),
        ("r135.emir_twic", "r136.twic_deny"),
        # RSF taking part vs the RSF denial
        ("r135.adm_rsf", "r135.rsf_deny"),
        ("r136.res_rsf", "r135.rsf_deny"),
        # the al-Muglad coexistence agreement breached vs still in force
        ("r135.adm_breach", "r135.emir_valid"),
        # the toll: eight only vs 21, 24 and at least 12
        ("r136.emir_eight", "r135.adm21"),
        ("r136.emir_eight", "r135.hd"),
        ("r136.emir_eight", "r136.adm24"),
        ("r136.emir_eight", "r135.unisfa12"),
        # arrests: none vs six held by UNISFA
        ("r136.adm_noarrest", "r136.un6"),
        # calm since Sunday morning vs gunmen back on Sunday night
        ("r136.un_calm", "r136.res_returned"),
        # South Sudanese troops in Agok
        ("r136.saf_battalion", "r135.sspdf_none"),
        ("r136.saf_battalion", "r135.sspdf_deny"),
        # --- Jurf al-Nasr: a US drone strike vs an accident / no aircraft / no US strike / Israel
        ("r137.kh_us", "r137.off_accident"),
        ("r137.hd", "r137.off_accident"),
        ("r137.kh_us", "r137.off_noradar"),
        ("r137.hd", "r137.off_noradar"),
        ("r137.kh_us", "r138.off_echo"),  # the officials' words, recalled
        ("r137.hd", "r138.off_echo"),
        ("r138.kh_blame", "r137.off_accident"),
        ("r138.kh_blame", "r138.off_echo"),
        ("r137.kh_us", "r137.us_none"),
        ("r137.hd", "r137.us_none"),
        ("r138.kh_blame", "r137.us_none"),
        ("r138.dip_israel", "r137.kh_us"),
        ("r138.dip_israel", "r137.hd"),
        ("r138.dip_israel", "r138.kh_blame"),
        ("r138.dip_israel", "r137.off_accident"),
        ("r138.dip_israel", "r138.off_echo"),
        ("r138.dip_israel", "r137.off_noradar"),
        ("r137.res_buzz", "r137.off_noradar"),  # an aircraft heard vs none on the radars
        # the toll
        ("r137.kh6", "r137.pmf4"),
        ("r137.kh6", "r138.moh5"),
        ("r138.kh7", "r138.moh5"),
        # the truce with the factions: over vs still holding
        ("r137.kh_truce", "r138.gov_truce"),
        ("r137.kh_truce", "r138.hd"),
        ("r138.kh_truce_echo", "r138.gov_truce"),
        ("r138.kh_truce_echo", "r138.hd"),
        # the army inside Jurf al-Nasr vs the checkpoints and no column seen
        ("r138.gov_army", "r138.res_checkpoints"),
        ("r138.gov_army", "r138.res_nocolumn"),
        ("r138.hd", "r138.res_checkpoints"),
        ("r138.hd", "r138.res_nocolumn"),
        # the Harir base
        ("r138.ir_harir", "r138.krd_none"),
    ],
    "agreements": [
        ("r133.res_power", "r134.gecol_hit"),  # a shell hit the al-Tayouri power station
        ("r133.zawi_truce", "r134.mayor_withdraw"),  # an agreement exists and was carried out
        ("r135.adm_rsf", "r136.res_rsf"),  # RSF fighters among the attackers
        ("r135.local_cattle", "r136.chief_cattle"),  # about 4,000 cattle looted
        ("r137.health3", "r138.med8"),  # eight wounded at al-Musayyib hospital
        ("r137.an_israel", "r138.dip_israel"),  # Israel behind the strike
        ("r137.off_accident", "r137.cell_depot"),  # a blast inside an ammunition depot
    ],
    "echoes": [
        ("r133.tebu_still", "r134.tebu_echo"),  # the Tebu member's words to al-Araby, retold
        ("r133.bde_control", "r134.spk_control"),  # the brigade repeats its control claim
        ("r135.adm_miss", "r136.adm_echo"),  # the administrator's words to Radio Tamazuj, recalled
        ("r135.emir_deny", "r136.emir_nobullet"),  # the emir repeats his denial
        ("r137.off_accident", "r138.off_echo"),  # the Babil officials' words to al-Sumaria, recalled
        ("r137.kh_truce", "r138.kh_truce_echo"),  # the KH statement, recalled
        ("r137.kh_us", "r138.kh_blame"),  # KH renews its blame of Washington
    ],
    "not_contradictions": [
        ("r133.bde4", "r134.spk5"),  # the brigade's dead rose from 4 to 5
        ("r133.bde4", "r133.hosp11"),  # the brigade's own dead vs the bodies at the medical centre
        ("r133.hosp11", "r133.sec17"),  # one centre's bodies vs the total (some buried without the hospital)
        ("r133.hosp11", "r134.moh13"),
        ("r133.bde_control", "r134.mayor_withdraw"),  # control on Monday morning, withdrawal on Monday evening
        ("r133.caa_suspend", "r134.caa_resume"),  # flights suspended, then resumed
        ("r134.qatrun2", "r134.moh13"),  # al-Qatrun vs Sabha
        ("r135.adm21", "r136.adm24"),  # the administrator's toll rose from 21 to 24
        ("r135.adm21", "r135.unisfa12"),  # "at least 12" vs 21
        ("r135.hd", "r135.unisfa12"),
        ("r136.adm24", "r135.unisfa12"),
        ("r135.unisfa_unknown", "r135.adm_miss"),  # not yet identified vs identified by another source
        ("r135.iom5k", "r136.ocha20k"),  # fled Rumamer since Saturday vs all displaced in Abyei since January
        ("r136.meiram2", "r136.adm24"),  # al-Meiram vs Rumamer
        ("r136.msf37", "r136.adm24"),  # wounded treated vs the dead
        ("r137.kh6", "r138.kh7"),  # KH's toll rose from 6 to 7
        ("r137.health3", "r137.kh6"),  # one hospital's bodies vs the total
        ("r137.health3", "r137.pmf4"),
        ("r137.pol3", "r138.kh5"),  # arrests by the Babil police vs detentions by KH
        ("r137.us_none", "r138.dip_israel"),  # no US strike; Israel struck
        ("r137.cell_depot", "r137.kh_us"),  # a blast in a depot vs a strike on it
        ("r137.kh_control", "r138.gov_army"),  # a stance on Sunday vs an entry on Sunday evening
        ("r138.coal_two", "r138.krd_none"),  # two attacks since early June vs none on Sunday night
    ],
}


if __name__ == "__main__":
    write(HERE, relations_gold(HERE, ARTICLES, RELATIONS))
