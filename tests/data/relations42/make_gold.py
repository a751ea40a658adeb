"""Writes gold.json for relations set 42 (r247..r252) from the annotations below.

Run `python3 -B tests/data/relations42/make_gold.py` (add `--stats` for the tallies, the word counts and the
occurrence goldkit took for every speaker string that occurs more than once in its article).

Each entry has a label; RELATIONS names pairs by `article.label`. tests/data/goldkit.py computes and checks
every offset. `check_layout` checks the articles themselves (layout, dateline, word range, digits, dates and
weekdays, the gap within each pair); `check_counts` checks the tallies recorded in TALLIES.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
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

# r247/r248: Amarah (Maysan, Iraq), the killing of the anti-narcotics chief
POL_MAYSAN = "قيادة شرطة ميسان"
ZAIDI = "المتحدث باسم القيادة، العقيد حسن كاظم الزيدي"
HEALTH_SRC = "مصدر في دائرة صحة ميسان"
KARRAR = "ابن عمه، كرار جبار اللامي"
FURAIJI = "النائب عن المحافظة جاسم محسن الفريجي"
HALFI = "محافظ ميسان، رعد عبد الواحد الحلفي"
CLAN = "عشيرة المغدور"
NADAWI = "الباحث في الشأن الأمني علاء حميد النداوي"
SHAFAQ = "شفق نيوز"
INA = "وكالة الأنباء العراقية (واع)"
MOI = "وزارة الداخلية العراقية"
MUSAWI = "المتحدث باسم الوزارة، العميد نبيل جواد الموسوي"
ARABY = "«العربي الجديد»"
JUD = "مصدر قضائي في رئاسة محكمة استئناف ميسان"
SHEIKH = "شيخ العشيرة، فالح سلمان اللامي"
FURAIJI48 = "النائب عن ميسان جاسم محسن الفريجي"
RUBAIE = "الباحث الأمني مهند عباس الربيعي"
DDN = "المديرية العامة لشؤون المخدرات والمؤثرات العقلية"
# r249/r250: Bentiu (Unity State, South Sudan), the looted food warehouses
WFP = "برنامج الأغذية العالمي"
HOLM = "المديرة القطرية للبرنامج، إنغريد هولمبرغ"
TAMAZUJ = "راديو تمازج"
LAM = "وزير الإعلام في حكومة ولاية الوحدة، بيتر لام قاي"
RIAK = "مفوض شرطة ولاية الوحدة، اللواء جون مايكل رياك"
MSF = "منظمة أطباء بلا حدود"
IO_SPK = "المتحدث العسكري باسم الحركة الشعبية لتحرير السودان في المعارضة، العقيد بول قاتكوث ريال"
UNMISS = "بعثة الأمم المتحدة في جنوب السودان (يونميس)"
OCHA = "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"
GATLUAK = "مفوض مقاطعة ربكونا، سايمون دوب قاتليك"
KIR = "حاكم ولاية الوحدة في جنوب السودان، جوزيف نيال كير"
LAMBERT = "المتحدثة باسم البعثة، صوفي لامبير"
AWSAT = "«الشرق الأوسط»"
LAM50 = "وزير الإعلام في الولاية، بيتر لام قاي"
ATER = "المتحدث باسم قوات دفاع شعب جنوب السودان، اللواء ماكور دينق أتير"
SPLMIO = "الحركة الشعبية لتحرير السودان في المعارضة"
GATWECH = "أحد سكان ربكونا، ويدعى جيمس قاتويتش"
CEPO = "منظمة تمكين المجتمع للتقدم (سيبو)"
UNHCR = "المفوضية السامية للأمم المتحدة لشؤون اللاجئين"
AKOL = "الباحث في شؤون جنوب السودان، ستيفن ماجوك أكول"
# r251/r252: Conakry (Guinea), a coup attempt or a mutiny
GN_GOV = "الحكومة الغينية"
BANGOURA = "المتحدث باسم الحكومة، سيكو بانغورا"
STATE_TV = "التلفزيون الرسمي"
F24 = "فرانس 24"
FV = "تحالف القوى الحية"
DONKA = "مصدر طبي في مستشفى دونكا الجامعي"
OGDH = "المنظمة الغينية للدفاع عن حقوق الإنسان والمواطن"
ECOWAS = "المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)"
KABA = "الباحث الغيني في الشؤون الأمنية، عمر كابا"
PROS = "النيابة العامة في غينيا"
FOFANA = "وزير الدفاع، الجنرال مورلاي فوفانا"
BAH = "محامي عائلة توري، ألفا بوبكر باه"
AA = "الأناضول"
SOLEIL = "صحيفة «لوسولاي» السنغالية"
SOW = "أحد سكان كالوم، ويدعى إبراهيما سو"
DIARRA = "الباحث في شؤون غرب أفريقيا، سليمان ديارا"

ARTICLES: dict[str, dict[str, Any]] = {
    "r247_amarah_assassination": {
        "outlet": "شفق نيوز",
        "published": "2029-01-07",
        "entries": [
            E(
                "hd",
                "اعتقال 3 مشتبه بهم في اغتيال مدير مكافحة المخدرات بالعمارة",
                "شرطة ميسان",
                POL_MAYSAN,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "arrest3",
                "اعتقال ثلاثة مشتبه بهم في اغتيال مدير قسم مكافحة المخدرات في المحافظة",
                POL_MAYSAN,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "two",
                "مسلحين اثنين يستقلان دراجة نارية أطلقا النار على سيارة اللامي",
                ZAIDI,
                "",
                N_OFF,
                "وقال",
                via=[SHAFAQ],
            ),
            E(
                "time",
                "الهجوم وقع «عند الساعة السابعة والنصف مساء»",
                "موضحا",
                ZAIDI,
                N_OFF,
                "موضحا",
                via=[SHAFAQ],
            ),
            E("driver", "سائق الضابط أصيب بجروح متوسطة", "موضحا", ZAIDI, N_OFF, "موضحا", via=[SHAFAQ]),
            E(
                "network",
                "المهاجمين ينتمون إلى «شبكة لتجارة المخدرات فكك المغدور عددا من خلاياها»",
                "الزيدي",
                ZAIDI,
                N_OFF,
                "وأكد",
            ),
            E("nothreat", "يكون اللامي قد تلقى أي تهديد قبل اغتياله", "نافيا", ZAIDI, N_OFF, "نافيا", NEG),
            E(
                "wit4",
                "أربعة مسلحين ترجلوا من سيارة رباعية الدفع لا تحمل لوحات تسجيل",
                "شهود عيان",
                "",
                A_SRC,
                "أفاد",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "wit9",
                "أمطروا سيارة الضابط بالرصاص قرابة التاسعة مساء",
                "شهود عيان",
                "",
                A_SRC,
                "أفاد",
                ANON,
                via=[SHAFAQ],
            ),
            E("pol20", "الجناة أطلقوا «أكثر من 20 إطلاقة»", "مصدر في الشرطة", "", A_OFF, "وأشار", ANON),
            E("instant", "اللامي «فارق الحياة على الفور»", HEALTH_SRC, "", A_OFF, "أوضح", ANON),
            E(
                "bullets",
                "جسده اخترقته سبع إطلاقات في الرأس والصدر",
                "مبينا",
                HEALTH_SRC,
                A_OFF,
                "مبينا",
                ANON,
            ),
            E(
                "hosp",
                "المقدم «بقي على قيد الحياة نحو ساعتين في مستشفى الصدر التعليمي قبل أن يتوفى»",
                KARRAR,
                "",
                N_PER,
                "قال",
            ),
            E(
                "threats",
                "تلقى رسالتي تهديد خلال الشهر الماضي، وطلب حماية إضافية فلم يستجب أحد",
                "مؤكدا",
                KARRAR,
                N_PER,
                "مؤكدا",
            ),
            E("alone", "قريبه كان وحيدا في سيارته لحظة الهجوم", "وأضاف", KARRAR, N_PER, "وأضاف"),
            E(
                "cover",
                "«جهات مسلحة متنفذة» بتوفير الغطاء لتجار المخدرات في ميسان",
                FURAIJI,
                "",
                N_OFF,
                "واتهم",
            ),
            E("allies", "تلك الجهات والشبكات «حلفاء يتقاسمون الأرباح»", "معتبرا", FURAIJI, N_OFF, "معتبرا"),
            E(
                "kg40",
                "القسم الذي كان يديره اللامي ضبط الشهر الماضي 40 كيلوغراما من مادة الكريستال في ناحية المشرح",
                "مصدر أمني",
                "",
                A_OFF,
                "وبحسب",
                ANON,
                via=[SHAFAQ],
            ),
            E(
                "reward",
                "رصد مكافأة قدرها 50 مليون دينار لمن يدلي بمعلومات عن الجناة",
                HALFI,
                "",
                N_OFF,
                "ونقلت",
                via=[INA],
            ),
            E(
                "clan72",
                "أمهلت الحكومة 72 ساعة «لكشف القتلة»",
                CLAN,
                "",
                ORG,
                "وأعلنت",
                alt_types=[DOC],
            ),
            E("warn", "«ستأخذ حقها بيدها» بعد انقضاء المهلة", "محذرة", CLAN, ORG, "محذرة", alt_types=[DOC]),
            E(
                "msg",
                "الاغتيال «رسالة إلى كل ضابط يقترب من رؤوس تجارة المخدرات»",
                NADAWI,
                "",
                N_PER,
                "ورجح",
            ),
        ],
    },
    "r248_amarah_suspects": {
        "outlet": "العربي الجديد",
        "published": "2029-01-09",
        "entries": [
            E("hd", "القبض على قاتلي ضابط المخدرات في ميسان", "الداخلية العراقية", MOI, ORG, ":", HEAD),
            E(
                "caught",
                "القبض على «المنفذين المباشرين» لاغتيال مدير قسم مكافحة المخدرات في ميسان",
                MOI,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "gang",
                "عصابات المخدرات في المحافظة «لا ترتبط بأي جهة سياسية أو مسلحة»",
                "مشيرة",
                MOI,
                ORG,
                "مشيرة",
            ),
            E(
                "confess",
                "القاتلين «اعترفا بتنفيذ الجريمة مقابل ٣٠ مليون دينار»",
                MUSAWI,
                "",
                N_OFF,
                "وقال",
                via=[ARABY],
            ),
            E(
                "kg12",
                "قسم اللامي ضبط الشهر الماضي ١٢ كيلوغراما من الكريستال في ناحية المشرح",
                "لافتا",
                MUSAWI,
                N_OFF,
                "لافتا",
                via=[ARABY],
            ),
            E(
                "five",
                "عدد الموقوفين على ذمة القضية ارتفع إلى خمسة",
                "مصدر في شرطة ميسان",
                "",
                A_OFF,
                "وأفاد",
                ANON,
            ),
            E(
                "ohr20",
                "«أكثر من ٢٠ شابا» من حي المعلمين ما زالوا محتجزين على ذمة القضية بعد اعتقالهم عشوائيا",
                "المرصد العراقي لحقوق الإنسان",
                "",
                ORG,
                "ذكر",
            ),
            E("noconf", "يكون أي من الموقوفين قد اعترف بالجريمة", JUD, "", A_OFF, "ونفى", ANON, NEG),
            E(
                "nocharge",
                "الأدلة المتوفرة «لا تكفي حتى الآن لتوجيه تهمة القتل لأحد»",
                "موضحا",
                JUD,
                A_OFF,
                "موضحا",
                ANON,
            ),
            E(
                "wit_echo",
                "أربعة مسلحين ترجلوا من سيارة رباعية الدفع بلا لوحات",
                "شهود عيان",
                "",
                A_SRC,
                "ونقلت",
                ANON,
                via=["«شفق نيوز»"],
            ),
            E(
                "colleague",
                "اللامي «أبلغ قيادة الشرطة بتهديدات تلقاها، وطلب نقل عائلته إلى بغداد»",
                "زميل للمغدور في القسم",
                "",
                A_OFF,
                "أكد",
                ANON,
            ),
            E(
                "driver_ok",
                "سائق الضابط المصاب غادر المستشفى بعد تلقيه العلاج",
                "دائرة صحة ميسان",
                "",
                ORG,
                "وقالت",
            ),
            E("fm7", "الضابط أصيب بسبع إطلاقات", "تقرير الطب العدلي", "", DOC, "ذكر"),
            E("fm_hosp", "توفي «بعد وصوله إلى المستشفى»", "تقرير الطب العدلي", "", DOC, "ذكر"),
            E("clan_echo", "أمهلت الحكومة ٧٢ ساعة لكشف القتلة", CLAN, "", ORG, "أعلنت"),
            E(
                "nodeadline",
                "لم نمهل الحكومة أي مدة، وقضيتنا بيد القضاء",
                SHEIKH,
                "",
                N_PER,
                "قال",
                DIRECT,
                via=[ARABY],
                alt_types=[N_OFF],
            ),
            E(
                "norevenge",
                "نية العشيرة الأخذ بالثأر",
                "نافيا",
                SHEIKH,
                N_PER,
                "نافيا",
                NEG,
                via=[ARABY],
                alt_types=[N_OFF],
            ),
            E(
                "mp_echo",
                "«جهات مسلحة متنفذة» بتوفير الغطاء لتجار المخدرات",
                FURAIJI48,
                "",
                N_OFF,
                "اتهم",
                via=["«شفق نيوز»"],
            ),
            E(
                "tactical",
                "العلاقة بين العصابات وبعض الفصائل «تقاطع مصالح مؤقت، لا تحالف»",
                RUBAIE,
                "",
                N_PER,
                "يرى",
            ),
            E(
                "reward100",
                "رفع المكافأة المرصودة للمبلغين عن الجناة إلى ١٠٠ مليون دينار",
                "مكتب محافظ ميسان",
                "",
                ORG,
                "وأعلن",
            ),
            E(
                "kg700",
                "المحافظة شهدت ضبط «أكثر من ٧٠٠ كيلوغرام» من المخدرات خلال ٢٠٢٨",
                DDN,
                "",
                ORG,
                "أفادت",
            ),
        ],
    },
    "r249_bentiu_warehouses": {
        "outlet": "راديو تمازج",
        "published": "2029-01-12",
        "entries": [
            E("hd", "نهب أكثر من ٢١٠٠ طن من المساعدات في بانتيو", WFP, "", ORG, ":", HEAD),
            E("uniform", "مسلحين «يرتدي بعضهم الزي العسكري»", WFP, "", ORG, "قال", alt_types=[DOC]),
            E("three", "اقتحموا فجر الخميس ثلاثة من مستودعاته الأربعة", WFP, "", ORG, "قال", alt_types=[DOC]),
            E(
                "t2100",
                "نهبوا «أكثر من ٢١٠٠ طن» من الذرة الرفيعة والعدس والزيت",
                WFP,
                "",
                ORG,
                "قال",
                alt_types=[DOC],
            ),
            E(
                "2am",
                "الهجوم بدأ «نحو الساعة الثانية فجرا» واستمر ثلاث ساعات",
                HOLM,
                "",
                N_OFF,
                "وأوضحت",
                via=[TAMAZUJ],
            ),
            E(
                "suspend",
                "البرنامج علق توزيع الغذاء في مخيم بانتيو للنازحين «حتى إشعار آخر»",
                "مشيرة",
                HOLM,
                N_OFF,
                "مشيرة",
                via=[TAMAZUJ],
            ),
            E("t400", "الكمية المنهوبة «لا تتجاوز ٤٠٠ طن» أخذت من مستودع واحد", LAM, "", N_OFF, "قال"),
            E(
                "civ",
                "المهاجمين «شبان مسلحون من المدنيين، بينهم نازحون من المخيم»",
                "مضيفا",
                LAM,
                N_OFF,
                "مضيفا",
            ),
            E("nosusp", "يكون التوزيع قد توقف", "الوزير", LAM, N_OFF, "ونفى", NEG),
            E("arr36", "اعتقال ٣٦ مشتبها بهم في ربكونا وبانتيو", RIAK, "", N_OFF, "وأعلن"),
            E(
                "10pm",
                "عناصره تصدوا للمهاجمين «منذ العاشرة من مساء الأربعاء»",
                "مؤكدا",
                RIAK,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "nokill",
                "لم يقتلوا أحدا، واكتفوا بإطلاق أعيرة تحذيرية في الهواء",
                "مؤكدا",
                RIAK,
                N_OFF,
                "مؤكدا",
            ),
            E(
                "wit_killed",
                "رجال الشرطة «أطلقوا النار على الحشود فقتلوا شابين»",
                "شهود عيان من النازحين",
                "",
                A_SRC,
                "قالوا",
                ANON,
                via=[TAMAZUJ],
            ),
            E(
                "msf7",
                "مستشفاها في المخيم استقبل سبعة مصابين بالرصاص، توفي أحدهم لاحقا",
                MSF,
                "",
                ORG,
                "أفادت",
            ),
            E(
                "soldiers",
                "جنودا من الجيش الحكومي «لم يتقاضوا رواتبهم منذ سبعة أشهر» بتنفيذ عملية النهب",
                IO_SPK,
                "",
                N_OFF,
                "واتهم",
            ),
            E("coord", "بالتنسيق مع شبان مسلحين يزودهم الجيش بالسلاح", IO_SPK, "", N_OFF, "واتهم"),
            E(
                "sold",
                "أكياس الذرة التي تحمل شعار البرنامج «تباع علنا بنصف سعرها»",
                "تجار في سوق ربكونا",
                "",
                A_SRC,
                "وأفاد",
                ANON,
                via=[TAMAZUJ],
            ),
            E(
                "patrols",
                "نشر دوريات لقوات حفظ السلام في محيط المستودعات صباح الخميس",
                UNMISS,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "camp140",
                "يؤوي مخيم بانتيو نحو ١٤٠ ألف نازح يعتمد معظمهم على المساعدات الغذائية",
                OCHA,
                "",
                ORG,
                "وبحسب",
            ),
            E(
                "rumor",
                "النهب بدأ «بعد أن سرت شائعات بين النازحين عن وقف الحصص الغذائية مطلع الشهر المقبل»",
                GATLUAK,
                "",
                N_OFF,
                "وقال",
            ),
        ],
    },
    "r250_bentiu_food_aid": {
        "outlet": "الشرق الأوسط",
        "published": "2029-01-13",
        "entries": [
            E("hd", "استعادة معظم المساعدات المنهوبة في بانتيو", "حاكم ولاية الوحدة", KIR, N_OFF, ":", HEAD),
            E(
                "recover",
                "قوات الأمن استعادت «معظم» المساعدات التي نهبت فجر الخميس",
                KIR,
                "",
                N_OFF,
                "أعلن",
            ),
            E(
                "agree",
                "التوصل إلى «اتفاق مع بعثة الأمم المتحدة على نشر قوة مشتركة لحماية المستودعات»",
                "مشيرا",
                KIR,
                N_OFF,
                "مشيرا",
            ),
            E(
                "noagree",
                "المحادثات مع سلطات الولاية «ما زالت جارية، ولم نتوصل إلى اتفاق بعد»",
                LAMBERT,
                "",
                N_OFF,
                "قالت",
                via=[AWSAT],
            ),
            E("t3200", "تقديره للكمية المنهوبة إلى 3200 طن بعد جرد مستودعاته", WFP, "", ORG, "رفع"),
            E("pct10", "لم يستعد منها سوى أقل من 10 في المئة", "مؤكدا", WFP, ORG, "مؤكدا"),
            E(
                "resume",
                "استأنف اليوم السبت توزيعا جزئيا للغذاء في مخيم النازحين",
                "مؤكدا",
                WFP,
                ORG,
                "مؤكدا",
            ),
            E("t400_echo", "الكمية «لا تتجاوز 400 طن»", LAM50, "", N_OFF, "جدد"),
            E("army_deny", "تورط أي من الجنود في النهب", ATER, "", N_OFF, "ونفى", NEG),
            E("army_io", "«متسللين من المعارضة المسلحة» بتدبيره", "متهما", ATER, N_OFF, "متهما"),
            E("army_norel", "الجيش «لا تربطه أي علاقة بالشبان المسلحين»", "ومؤكدا", ATER, N_OFF, "ومؤكدا"),
            E(
                "io_echo",
                "جنودا حكوميين «لم يتقاضوا رواتبهم منذ سبعة أشهر» بتنفيذ النهب",
                SPLMIO,
                "",
                ORG,
                "اتهمت",
            ),
            E("io_deny", "أي صلة لعناصرها بالحادث", "ونفت", SPLMIO, ORG, "ونفت", NEG),
            E(
                "res_soldiers",
                "رأيت جنودا بزيهم الرسمي يحملون أكياس الذرة إلى شاحنة عسكرية",
                GATWECH,
                "",
                N_PER,
                "وقال",
                DIRECT,
                via=[AWSAT],
            ),
            E(
                "wit_fire",
                "عناصر الشرطة أطلقوا النار مباشرة على الحشود أمام المستودعات",
                "شهود آخرون",
                "",
                A_SRC,
                "وأكد",
                ANON,
            ),
            E("arr52", "عدد من اعتقلوا منذ الخميس ارتفع إلى 52", "مصدر في الشرطة", "", A_OFF, "وأفاد", ANON),
            E(
                "cepo150",
                "الشرطة «اعتقلت أكثر من 150 نازحا عشوائيا، بينهم قاصرون»",
                CEPO,
                "",
                ORG,
                "قالت",
            ),
            E(
                "msf3",
                "ارتفاع عدد الوفيات بين المصابين الذين استقبلتهم إلى ثلاثة",
                MSF,
                "",
                ORG,
                "وأشارت",
            ),
            E("camp110", "عدد سكان مخيم بانتيو بنحو 110 آلاف نازح", UNHCR, "", ORG, "قدرت"),
            E(
                "sold_echo",
                "أكياس الذرة المنهوبة «تباع علنا» في سوق ربكونا",
                "تجار",
                "",
                A_SRC,
                "ونقلت",
                ANON,
                via=["«راديو تمازج»"],
            ),
            E(
                "salaries",
                "النهب «نتيجة مباشرة لتأخر رواتب الجنود والموظفين منذ ثمانية أشهر»",
                AKOL,
                "",
                N_PER,
                "ورأى",
            ),
            E(
                "famine",
                "تعليق المساعدات، ولو مؤقتا، «سيدفع آلاف النازحين إلى حافة المجاعة»",
                "محذرا",
                AKOL,
                N_PER,
                "محذرا",
            ),
        ],
    },
    "r251_conakry_coup_attempt": {
        "outlet": "فرانس 24",
        "published": "2029-01-22",
        "entries": [
            E("hd", "إحباط محاولة انقلابية في كوناكري ومقتل 4 من المهاجمين", GN_GOV, "", ORG, ":", HEAD),
            E(
                "coup",
                "قوات الأمن «أحبطت محاولة انقلابية» قادتها مجموعة من ضباط القوات الخاصة",
                GN_GOV,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "min40",
                "تبادل لإطلاق النار استمر «نحو أربعين دقيقة» قرب قصر سيكوتوريا الرئاسي",
                GN_GOV,
                "",
                ORG,
                "أعلنت",
            ),
            E(
                "toll6",
                "الأحداث أسفرت عن «مقتل أربعة من المهاجمين واثنين من الحرس الرئاسي»",
                BANGOURA,
                "",
                N_OFF,
                "وقال",
                via=[STATE_TV],
            ),
            E("nociv", "لم يصب أي مدني بأذى", "مؤكدا", BANGOURA, N_OFF, "مؤكدا", via=[STATE_TV]),
            E(
                "leader",
                "قائد المجموعة، العقيد لانسانا توري، اعتقل مع 18 من رجاله",
                "وأضاف",
                BANGOURA,
                N_OFF,
                "وأضاف",
                via=[STATE_TV],
            ),
            E(
                "opp",
                "المخططين «كانوا على اتصال بقيادات في تحالف القوى الحية المعارض»",
                "وأضاف",
                BANGOURA,
                N_OFF,
                "وأضاف",
                via=[STATE_TV],
            ),
            E(
                "mutiny",
                "ما جرى «تمرد على خلفية مستحقات مالية متأخرة، وليس محاولة انقلاب»",
                "مصدر عسكري",
                "",
                A_OFF,
                "قال",
                ANON,
                via=[F24],
            ),
            E(
                "demand",
                "الجنود طالبوا «بلقاء رئيس الأركان، لا بالاستيلاء على السلطة»",
                "مضيفا",
                "مصدر عسكري",
                A_OFF,
                "مضيفا",
                ANON,
                via=[F24],
            ),
            E("fv_deny", "أي صلة له بالأحداث", FV, "", ORG, "ونفى", NEG, alt_types=[DOC]),
            E(
                "staged",
                "رواية الحكومة بأنها «مسرحية معدة سلفا لتبرير حملة قمع جديدة»",
                "واصفا",
                FV,
                ORG,
                "واصفا",
                alt_types=[DOC],
            ),
            E(
                "res3h",
                "إطلاق النار الكثيف «بدأ قرابة الثانية فجرا واستمر حتى ما بعد الخامسة»",
                "سكان في كالوم",
                "",
                A_SRC,
                "وأفاد",
                ANON,
                via=[F24],
            ),
            E("camp", "رشقات متقطعة قرب معسكر ألفا يايا ديالو", "سكان آخرون", "", A_SRC, "تحدث", ANON),
            E(
                "donka11",
                "المستشفى استقبل 11 جثة، «بينها ثلاث لمدنيين على الأقل»",
                DONKA,
                "",
                A_OFF,
                "وذكر",
                ANON,
            ),
            E("ogdh9", "«ما لا يقل عن تسعة أشخاص» قتلوا خلال الليل", OGDH, "", ORG, "قالت"),
            E(
                "house",
                "رئيس أركان الجيش «وضع قيد الإقامة الجبرية» للاشتباه في علمه بالمخطط",
                "دبلوماسي غربي في كوناكري",
                "",
                A_OFF,
                "ونقلت",
                ANON,
                via=["وكالة «فرانس برس»"],
            ),
            E("airport", "تعليق الرحلات حتى ظهر الاثنين", "إدارة مطار كوناكري الدولي", "", ORG, "وأعلنت"),
            E(
                "curfew",
                "حظر تجول ليليا في كالوم من التاسعة مساء حتى السادسة صباحا",
                "الجيش",
                "",
                ORG,
                "أعلن",
            ),
            E("condemn", "أي محاولة للاستيلاء على السلطة بالقوة", ECOWAS, "", ORG, "ودانت", OPT),
            E("call", "احترام المسار الدستوري", "داعية", ECOWAS, ORG, "داعية", OPT),
            E(
                "split",
                "أحداث ليل الأحد «تكشف انقساما عميقا داخل المؤسسة العسكرية»",
                KABA,
                "",
                N_PER,
                "ورأى",
            ),
            E("purge", "تعقبها «حملة تطهير واسعة في صفوف القوات الخاصة»", "مرجحا", KABA, N_PER, "مرجحا"),
        ],
    },
    "r252_conakry_arrests": {
        "outlet": "وكالة الأناضول",
        "published": "2029-01-24",
        "entries": [
            E(
                "hd",
                "توجيه الاتهام إلى ٢٧ شخصا في قضية «المحاولة الانقلابية»",
                "النيابة الغينية",
                PROS,
                ORG,
                ":",
                HEAD,
            ),
            E(
                "charged27",
                "توجيه تهم «المساس بأمن الدولة» إلى ٢٧ شخصا، بينهم ٢١ عسكريا وستة مدنيين",
                PROS,
                "",
                ORG,
                "أعلنت",
            ),
            E("coord", "المتهمين «نسقوا بشكل كامل مع قيادات معارضة»", "مؤكدة", PROS, ORG, "مؤكدة"),
            E(
                "toll8",
                "حصيلة القتلى ارتفعت إلى ثمانية، «هم خمسة من المهاجمين وثلاثة من الحرس الرئاسي»",
                FOFANA,
                "",
                N_OFF,
                "وقال",
            ),
            E(
                "cos",
                "رئيس الأركان «يمارس مهامه بشكل طبيعي، وقاد بنفسه عملية التصدي»",
                "مشيرا",
                FOFANA,
                N_OFF,
                "مشيرا",
            ),
            E("confess", "العقيد لانسانا توري «أقر بدوره أمام المحققين»", "وأضاف", FOFANA, N_OFF, "وأضاف"),
            E(
                "nomutiny",
                "الحديث عن تمرد بسبب المستحقات بأنه «لا أساس له»",
                "واصفا",
                FOFANA,
                N_OFF,
                "واصفا",
            ),
            E("law_deny", "يكون موكله قد اعتقل أصلا", BAH, "", N_PER, "نفى", NEG),
            E("law_dakar", "لا يزال في داكار حيث يتلقى العلاج", "مؤكدا", BAH, N_PER, "مؤكدا", via=[AA]),
            E(
                "left",
                "توري «غادر داكار متوجها إلى كوناكري قبل أسبوع من الأحداث»",
                "مصدر في شرطة الحدود",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=[SOLEIL],
            ),
            E(
                "resid",
                "سمعنا إطلاق نار متواصلا لأكثر من ثلاث ساعات، ثم رأينا جثث مدنيين قرب سوق النيجر",
                SOW,
                "",
                N_PER,
                "وقال",
                DIRECT,
                via=[AA],
            ),
            E("ogdh14", "ما لا يقل عن ١٤ قتيلا، بينهم خمسة مدنيين", OGDH, "", ORG, "ورفعت"),
            E(
                "live",
                "قوات الأمن «باستخدام الرصاص الحي في أحياء سكنية مكتظة»",
                "متهمة",
                OGDH,
                ORG,
                "متهمة",
            ),
            E("held31", "عدد الموقوفين بلغ ٣١", BANGOURA, "", N_OFF, "وأوضح"),
            E("nopol", "ليس بينهم أي سياسي", BANGOURA, "", N_OFF, "وأوضح"),
            E(
                "law60",
                "قوات الأمن اعتقلت «أكثر من ٦٠ شخصا، بينهم ثلاثة قياديين في تحالف القوى الحية»",
                "هيئة الدفاع عن المعتقلين",
                "",
                ORG,
                "قالت",
            ),
            E("fv_echo", "رواية الحكومة بـ«المسرحية»", "التحالف", FV, ORG, "وجدد"),
            E(
                "mil_echo",
                "ما جرى «تمرد على خلفية مستحقات مالية متأخرة»",
                "مصدر عسكري",
                "",
                A_OFF,
                "نقلت",
                ANON,
                via=["قناة «فرانس ٢٤»"],
            ),
            E("noclose", "مطار كوناكري «لم يغلق في أي لحظة»", "وزارة النقل الغينية", "", ORG, "وأكدت"),
            E(
                "lift",
                "رفع حظر التجول الليلي عن حي كالوم اعتبارا من مساء الثلاثاء",
                "الجيش",
                "",
                ORG,
                "أعلن",
            ),
            E(
                "contacts",
                "الاتصالات بين الضباط والمعارضة «استطلاعية، ولم ترق إلى مستوى التنسيق»",
                DIARRA,
                "",
                N_PER,
                "ورجح",
            ),
            E(
                "blame",
                "السلطات «تسعى إلى تحميل خصومها السياسيين مسؤولية أزمة داخل الجيش»",
                "معتبرا",
                DIARRA,
                N_PER,
                "معتبرا",
            ),
        ],
    },
}

RELATIONS: dict[str, list[tuple[str, str]]] = {
    "contradictions": [
        # --- Amarah: two gunmen on a motorcycle at 7.30 vs four from a 4x4 near nine
        ("r247.two", "r247.wit4"),
        ("r247.two", "r248.wit_echo"),  # the witnesses as retold by Al-Araby from Shafaq
        ("r247.time", "r247.wit9"),
        # the driver wounded beside him vs alone in his car
        ("r247.driver", "r247.alone"),
        ("r248.driver_ok", "r247.alone"),
        # no threat received vs threats reported to the police
        ("r247.nothreat", "r247.threats"),
        ("r247.nothreat", "r248.colleague"),
        # died on the spot vs died in hospital
        ("r247.instant", "r247.hosp"),
        ("r247.instant", "r248.fm_hosp"),
        # the December seizure: 40 kg vs 12 kg
        ("r247.kg40", "r248.kg12"),
        # drug gangs and armed groups: cover / allies vs no link at all; allies vs a passing overlap
        ("r247.cover", "r248.gang"),
        ("r248.mp_echo", "r248.gang"),
        ("r247.allies", "r248.gang"),
        ("r247.allies", "r248.tactical"),
        ("r248.tactical", "r248.gang"),
        # the two confessed vs nobody confessed
        ("r248.confess", "r248.noconf"),
        # the clan's 72-hour deadline and threat vs the sheikh's denial
        ("r247.clan72", "r248.nodeadline"),
        ("r248.clan_echo", "r248.nodeadline"),
        ("r247.warn", "r248.norevenge"),
        # five held in the case vs more than twenty still held in it
        ("r248.five", "r248.ohr20"),
        # --- Bentiu: who looted
        ("r249.soldiers", "r250.army_deny"),
        ("r250.io_echo", "r250.army_deny"),
        ("r250.res_soldiers", "r250.army_deny"),
        ("r249.soldiers", "r249.civ"),
        ("r250.io_echo", "r249.civ"),
        ("r250.res_soldiers", "r249.civ"),
        ("r250.army_io", "r250.io_deny"),
        # the army and the armed youths: armed and coordinated by it vs no relation
        ("r249.coord", "r250.army_norel"),
        # how much: more than 2,100 t, then 3,200 t, vs at most 400 t (a fixed quantity, not a running toll)
        ("r249.t2100", "r249.t400"),
        ("r249.hd", "r249.t400"),
        ("r249.t2100", "r250.t400_echo"),
        ("r249.hd", "r250.t400_echo"),
        ("r250.t3200", "r249.t400"),
        ("r250.t3200", "r250.t400_echo"),
        # three of four warehouses vs one
        ("r249.three", "r249.t400"),
        # when: about 2 a.m. Thursday vs 10 p.m. Wednesday
        ("r249.2am", "r249.10pm"),
        # distributions suspended vs not stopped
        ("r249.suspend", "r249.nosusp"),
        ("r249.nosusp", "r250.resume"),  # "never stopped" vs "resumed today"
        # the police killed no one, warning shots in the air vs fired at the crowd
        ("r249.nokill", "r249.wit_killed"),
        ("r249.nokill", "r250.wit_fire"),
        # arrests since Thursday: 52 vs more than 150
        ("r250.arr52", "r250.cepo150"),
        # joint protection force: agreement reached vs no agreement yet
        ("r250.agree", "r250.noagree"),
        # most recovered vs less than a tenth
        ("r250.recover", "r250.pct10"),
        ("r250.hd", "r250.pct10"),
        # the camp's population
        ("r249.camp140", "r250.camp110"),
        # months of unpaid salaries: seven vs eight
        ("r249.soldiers", "r250.salaries"),
        ("r250.io_echo", "r250.salaries"),
        # --- Conakry: a coup attempt vs a mutiny over pay
        ("r251.coup", "r251.mutiny"),
        ("r251.hd", "r251.mutiny"),
        ("r251.coup", "r251.demand"),
        ("r252.nomutiny", "r251.mutiny"),
        ("r252.nomutiny", "r252.mil_echo"),
        ("r251.coup", "r252.mil_echo"),
        ("r251.hd", "r252.mil_echo"),
        # a coup foiled vs a staged play
        ("r251.coup", "r251.staged"),
        ("r251.hd", "r251.staged"),
        ("r251.coup", "r252.fv_echo"),
        ("r251.hd", "r252.fv_echo"),
        # the plotters and the opposition: contacts / full coordination vs no link; coordination vs mere soundings
        ("r251.opp", "r251.fv_deny"),
        ("r252.coord", "r251.fv_deny"),
        ("r252.coord", "r252.contacts"),
        # forty minutes vs three hours
        ("r251.min40", "r251.res3h"),
        ("r251.min40", "r252.resid"),
        # the dead
        ("r251.toll6", "r251.ogdh9"),
        ("r251.toll6", "r251.donka11"),
        ("r252.toll8", "r252.ogdh14"),
        ("r252.toll8", "r251.donka11"),  # 11 bodies on Monday vs 8 dead on Wednesday
        ("r252.toll8", "r251.ogdh9"),  # at least 9 on Monday vs 8 on Wednesday
        # no civilian hurt vs civilians among the dead
        ("r251.nociv", "r251.donka11"),
        ("r251.nociv", "r252.ogdh14"),
        ("r251.nociv", "r252.resid"),
        # the colonel held and confessing (and back in Conakry) vs never arrested, still in Dakar
        ("r251.leader", "r252.law_deny"),
        ("r251.leader", "r252.law_dakar"),
        ("r252.confess", "r252.law_deny"),
        ("r252.confess", "r252.law_dakar"),
        ("r252.left", "r252.law_dakar"),
        # the chief of staff under house arrest vs at his post
        ("r251.house", "r252.cos"),
        # the airport
        ("r251.airport", "r252.noclose"),
        # detainees: 31, no politician vs more than 60 with three opposition leaders
        ("r252.held31", "r252.law60"),
        ("r252.nopol", "r252.law60"),
    ],
    "agreements": [
        ("r247.threats", "r248.colleague"),  # threats received and reported
        ("r247.driver", "r248.driver_ok"),  # the driver wounded
        ("r247.bullets", "r248.fm7"),  # seven bullets
        ("r247.hosp", "r248.fm_hosp"),  # died in hospital
        ("r249.wit_killed", "r250.wit_fire"),  # the police fired at the crowd
        ("r249.soldiers", "r250.res_soldiers"),  # soldiers took part
        ("r249.uniform", "r250.res_soldiers"),  # men in military uniform among the looters
        ("r251.res3h", "r252.resid"),  # about three hours of gunfire
        ("r251.donka11", "r252.ogdh14"),  # civilians among the dead
        ("r251.donka11", "r252.resid"),
        ("r252.ogdh14", "r252.resid"),
    ],
    "echoes": [
        ("r247.wit4", "r248.wit_echo"),  # Shafaq's witnesses, retold by Al-Araby
        ("r247.cover", "r248.mp_echo"),  # the MP's words to Shafaq, retold
        ("r247.clan72", "r248.clan_echo"),  # the clan's Sunday statement, recalled
        ("r249.soldiers", "r250.io_echo"),  # the SPLM-IO accusation, recalled
        ("r249.sold", "r250.sold_echo"),  # the traders, retold from Radio Tamazuj
        ("r249.t400", "r250.t400_echo"),  # the minister renews his figure
        ("r251.mutiny", "r252.mil_echo"),  # France 24's military source, retold by Anadolu
        ("r251.staged", "r252.fv_echo"),  # the coalition renews "a play"
    ],
    "not_contradictions": [
        ("r247.arrest3", "r248.five"),  # the police's three held rise to five
        ("r247.hd", "r248.five"),
        ("r247.bullets", "r247.pol20"),  # seven bullets hit him of more than twenty fired
        ("r247.kg40", "r248.kg700"),  # one seizure vs the year's total
        ("r248.kg12", "r248.kg700"),
        ("r247.reward", "r248.reward100"),  # the reward raised
        ("r248.caught", "r248.five"),  # two perpetrators among five held
        ("r247.cover", "r248.tactical"),  # cover for dealers and a passing overlap of interests fit together
        ("r249.t2100", "r250.t3200"),  # "more than 2,100" then 3,200 after the inventory
        ("r249.hd", "r250.t3200"),
        ("r249.arr36", "r250.arr52"),  # arrests rise
        ("r249.suspend", "r250.resume"),  # suspended, then partly resumed
        ("r249.msf7", "r250.msf3"),  # deaths among MSF's wounded rise from one to three
        ("r249.msf7", "r249.wit_killed"),  # one death at one hospital vs two killed at the warehouses
        ("r249.patrols", "r250.noagree"),  # patrols sent vs no agreement yet on a joint force
        ("r251.toll6", "r252.toll8"),  # the government's toll rises
        ("r251.hd", "r252.toll8"),
        ("r251.ogdh9", "r252.ogdh14"),  # the rights group's toll rises
        ("r251.ogdh9", "r251.donka11"),  # "at least nine" vs eleven bodies
        ("r251.leader", "r252.held31"),  # nineteen held on Monday, 31 on Wednesday
        ("r252.held31", "r252.charged27"),  # 27 charged of 31 held
        ("r251.curfew", "r252.lift"),  # curfew imposed, then lifted
        ("r251.opp", "r252.contacts"),  # contacts, but no coordination
        ("r251.min40", "r251.camp"),  # the palace vs the Alpha Yaya Diallo camp
        ("r252.nopol", "r252.charged27"),  # six civilians charged, no politician held
    ],
}

# which articles tell one story, and the checks on the texts themselves
STORIES = {
    "r247": "Amarah",
    "r248": "Amarah",
    "r249": "Bentiu",
    "r250": "Bentiu",
    "r251": "Conakry",
    "r252": "Conakry",
}
PAIRS = [("r247", "r248"), ("r249", "r250"), ("r251", "r252")]
INDIC = "٠١٢٣٤٥٦٧٨٩"
PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
# dateline: city, month as written, outlet in brackets; digits: "western" or "indic"
LAYOUT = {
    "r247": ("العمارة", "كانون الثاني", "شفق نيوز", "western"),
    "r248": ("بغداد", "كانون الثاني", "العربي الجديد", "indic"),
    "r249": ("بانتيو", "يناير", "راديو تمازج", "indic"),
    "r250": ("جوبا", "يناير", "الشرق الأوسط", "western"),
    "r251": ("كوناكري", "يناير", "فرانس 24", "western"),
    "r252": ("كوناكري", "يناير", "الأناضول", "indic"),
}
# every weekday named in an article, with the day of January 2029 it stands for (worked out by hand)
WEEKDAYS = {
    "r247": {"السبت": 6, "الأحد": 7},
    "r248": {"السبت": 6, "الأحد": 7, "الثلاثاء": 9},
    "r249": {"الأربعاء": 10, "الخميس": 11},
    "r250": {"الخميس": 11, "الجمعة": 12, "السبت": 13},
    "r251": {"الأحد": 21, "الاثنين": 22},
    "r252": {"الأحد": 21, "الاثنين": 22, "الثلاثاء": 23, "الأربعاء": 24},
}
DAY_NAMES = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]  # Monday first
WORDS = (320, 335)
ENTRIES = (20, 23)
TALLIES = {
    "attributions": 129,
    "contradictions": 80,
    "agreements": 11,
    "echoes": 8,
    "not_contradictions": 25,
}


def _num(name: str) -> str:
    return name.split("_", 1)[0]


def _digits(n: int, style: str) -> str:
    s = str(n)
    return s if style == "western" else s.translate(str.maketrans("0123456789", INDIC))


def _tokens(text: str) -> list[str]:
    """Words with a leading conjunction or preposition (و، ف، ب، ل) taken off where what is left is a day name."""
    out = []
    for w in re.findall(r"\w+", text):
        if w not in DAY_NAMES and w[:1] in "وفبل" and w[1:] in DAY_NAMES:
            w = w[1:]
        out.append(w)
    return out


def check_layout() -> dict[str, int]:
    words, errors = {}, []
    for name, art in ARTICLES.items():
        num = _num(name)
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        bad = []
        if "\r" in text or "\t" in text:
            bad.append("CR or tab")
        if not text.endswith("\n") or text.endswith("\n\n"):
            bad.append("must end with exactly one newline")
        paras = text.rstrip("\n").split("\n\n")
        if any(not p or "\n" in p or p != p.strip() for p in paras):
            bad.append("paragraphs: one line each, separated by one blank line, no stray spaces")
        if len(paras) < 6:
            bad.append("fewer than 6 paragraphs")
        city, month, outlet, style = LAYOUT[num]
        pub = dt.date.fromisoformat(art["published"])
        if (pub.year, pub.month) != (2029, 1):
            bad.append("published outside January 2029")
        dateline = f"{city}، {_digits(pub.day, style)} {month} ({outlet}) – "
        if len(paras) > 1 and not paras[1].startswith(dateline):
            bad.append(f"dateline is not {dateline!r}")
        if any(c in PERSIAN for c in text):
            bad.append("Persian digits")
        has_w, has_i = bool(re.search(r"[0-9]", text)), any(c in INDIC for c in text)
        if style == "western" and (has_i or not has_w):
            bad.append("digits: expected Western only")
        if style == "indic" and (has_w or not has_i):
            bad.append("digits: expected Arabic-Indic only")
        n = len(text.split())
        words[num] = n
        if not WORDS[0] <= n <= WORDS[1]:
            bad.append(f"{n} words")
        named = {t for t in _tokens(text) if t in DAY_NAMES}
        if named != set(WEEKDAYS[num]):
            bad.append(f"weekdays named {sorted(named)} but declared {sorted(WEEKDAYS[num])}")
        for day_name, day in WEEKDAYS[num].items():
            if DAY_NAMES[dt.date(2029, 1, day).weekday()] != day_name:
                bad.append(f"{day} January 2029 is not {day_name}")
            if day > pub.day:
                bad.append(f"{day_name} {day} is after publication")
        for today in re.findall(r"اليوم (\w+)", text):
            if today in DAY_NAMES and today != DAY_NAMES[pub.weekday()]:
                bad.append(f"'اليوم {today}' but published on {DAY_NAMES[pub.weekday()]}")
        errors.extend(f"{name}: {b}" for b in bad)
    if errors:
        raise SystemExit("\n".join(errors))
    pub_of = {_num(k): dt.date.fromisoformat(v["published"]) for k, v in ARTICLES.items()}
    for a, b in PAIRS:
        if (pub_of[b] - pub_of[a]).days not in (1, 2):
            raise SystemExit(f"{a}/{b}: not one or two days apart")
    return words


def check_counts(gold: dict[str, Any]) -> dict[str, Any]:
    by_id = {r["id"]: r for a in gold["articles"] for r in a["attributions"]}
    for art in gold["articles"]:
        n = len(art["attributions"])
        if not ENTRIES[0] <= n <= ENTRIES[1]:
            raise SystemExit(f"{art['id']}: {n} entries")
    for kind, pairs in gold["relations"].items():
        for a, b in pairs:
            if by_id[a]["optional"] or by_id[b]["optional"]:
                raise SystemExit(f"{kind}: optional entry in {a} {b}")
            if STORIES[a.split("-")[0]] != STORIES[b.split("-")[0]]:
                raise SystemExit(f"{kind}: {a} {b} cross stories")
    got = {"attributions": len(by_id)} | {k: len(v) for k, v in gold["relations"].items()}
    if any(TALLIES.values()) and got != TALLIES:
        raise SystemExit(f"tallies {got} differ from TALLIES {TALLIES}")
    return got


def stats(gold: dict[str, Any], words: dict[str, int]) -> None:
    rows = [r for a in gold["articles"] for r in a["attributions"]]
    print("words:", words)
    print("entries:", {a["id"].split("_")[0]: len(a["attributions"]) for a in gold["articles"]})
    print("kinds:", dict(Counter(r["kind"] for r in rows)))
    print("types:", dict(Counter(r["type"] for r in rows).most_common()))
    print(
        "anonymous:",
        sum(r["anonymous"] for r in rows),
        "negated:",
        sum(r["polarity"] == "negated" for r in rows),
        "via:",
        sum(bool(r["via"]) for r in rows),
        "alt_types:",
        sum(bool(r["alt_types"]) for r in rows),
        "optional:",
        sum(r["optional"] for r in rows),
    )
    for kind, pairs in gold["relations"].items():
        per = Counter(STORIES[a.split("-")[0]] for a, _ in pairs)
        cross = sum(a.split("-")[0] != b.split("-")[0] for a, b in pairs)
        print(f"{kind}: {len(pairs)} {dict(per)} across files: {cross}")
    print("speaker strings found more than once (occurrence taken, of n; text after it):")
    for art in gold["articles"]:
        text = (HERE / art["file"]).read_text(encoding="utf-8")
        for r in art["attributions"]:
            spots = [m.start() for m in re.finditer(re.escape(r["speaker"]), text)]
            if len(spots) > 1:
                k = spots.index(r["speaker_start"]) + 1
                after = text[r["speaker_end"] : r["speaker_end"] + 25].replace("\n", " ")
                print(f"  {r['id']} {r['speaker']} -> {k}/{len(spots)} @{r['speaker_start']}: ...{after}")
            gap = min(abs(m.start() - r["speaker_start"]) for m in re.finditer(re.escape(r["cue"]), text))
            if gap > 150:
                print(f"  ! {r['id']}: cue {r['cue']} is {gap} characters from the speaker")
            for v in r["via"]:
                if v not in text:
                    print(f"  ! {r['id']}: via {v} not in the text")


if __name__ == "__main__":
    words = check_layout()
    gold = relations_gold(HERE, ARTICLES, RELATIONS)
    got = check_counts(gold)
    write(HERE, gold)
    if "--stats" in sys.argv:
        stats(gold, words)
        print("tallies:", got)
