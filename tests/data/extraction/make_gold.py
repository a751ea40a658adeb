"""Writes gold.json from the annotations below: offsets are computed here, never typed by hand.

Run `python tests/data/extraction/make_gold.py` after editing an article or an annotation; it checks
that every claim and speaker is an exact substring at its offsets (`text[start:end] == claim`).
Each entry: claim, speaker, cue and optional fields; a claim must occur once in its article (or give
`nth`), and the speaker is taken at its occurrence nearest to the claim.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

N_OFF = "named_official"
N_PER = "named_person"
A_OFF = "anonymous_official"
A_SRC = "anonymous_source"
MEDIA = "media_outlet"
ORG = "organization"
DOC = "document"

# (claim, speaker, resolved or "", type, cue, extra fields)
ANNOTATIONS: dict[str, list[tuple[str, str, str, str, str, dict[str, Any]]]] = {
    "t01_hudna": [
        ("وحدات الجيش ردت على مصادر النيران بعد استهداف نقطة مراقبة قرب بلدة تل زهور",
         "المتحدث باسم الجيش العقيد سامي العبيدي", "", N_OFF, "قال", {}),
        ("الهجوم أسفر عن إصابة ثلاثة جنود بجروح طفيفة", "وأضاف",
         "المتحدث باسم الجيش العقيد سامي العبيدي", N_OFF, "وأضاف", {}),
        ("الحكومة ملتزمة بوقف إطلاق النار", "وزارة الخارجية", "", ORG, "وأكدت", {}),
        ("الطرف الآخر خرق الاتفاق أكثر من عشرين مرة خلال أسبوع", "مشيرة", "وزارة الخارجية", ORG, "مشيرة", {}),
        ("القصف طال منازل المدنيين في الأحياء الشرقية", "الناطقة باسم فصائل المعارضة ليلى الخطيب", "",
         N_OFF, "قالت", {}),
        ("الفصائل لن ترد قبل انتهاء المشاورات", "لكنها", "الناطقة باسم فصائل المعارضة ليلى الخطيب",
         N_OFF, "أوضحت", {}),
        ("قافلة إغاثة علقت عند الحاجز الجنوبي منذ يومين", "مسؤولان في الأمم المتحدة", "", A_OFF, "وذكر",
         {"anonymous": True}),
        ("نقص الوقود يهدد عمل المستشفى الوحيد في البلدة", "وأوضحا", "مسؤولان في الأمم المتحدة", A_OFF,
         "وأوضحا", {"anonymous": True}),
        ("الانفجارات لم تتوقف طوال الليل", "السكان", "", A_SRC, "يقولون", {"anonymous": True}),
        ("الهدنة الهشة قد تنهار إذا استمر التصعيد خلال الأيام المقبلة", "محللون", "", A_SRC, "ويرى",
         {"anonymous": True}),
    ],
    "t02_chain": [
        ("مقتل قيادي بارز في غارة بطائرة مسيرة", "مصادر أمنية", "", A_OFF, ":",
         {"anonymous": True, "kind": "headline"}),
        ("الغارة استهدفت سيارة كانت تقل القيادي ومرافقيه على طريق المطار", "مصدر أمني عراقي", "", A_OFF,
         "نقلت", {"anonymous": True, "via": ["صحيفة الشرق الأوسط"]}),
        ("القيادي كان مطلوبا منذ سنوات بتهمة تمويل هجمات", "ضابط في الاستخبارات", "", A_OFF, "وقال",
         {"anonymous": True, "via": ["وكالة رويترز"]}),
        ("سيارة الإسعاف وصلت بعد نصف ساعة من الانفجار", "شهود عيان", "", A_SRC, "وبحسب", {"anonymous": True}),
        ("تصاعد الدخان من الموقع لساعات", "قناة الجزيرة", "", MEDIA, "وفقا", {}),
        ("جثتين وصلتا إلى مستشفى اليرموك", "مصادر طبية", "", A_SRC, "وأفادت",
         {"anonymous": True, "via": ["وكالة الأناضول"]}),
        ("طائرتين شاركتا في العملية", "قناة العربية", "", MEDIA, "ذكرت", {}),
        ("لم تعلن أي جهة مسؤوليتها عن الغارة حتى الآن", "إذاعة مونت كارلو", "", MEDIA, "حسبما", {}),
        ("الضربة نفذت بصاروخين موجهين", "تقرير للجنة التحقيق البرلمانية", "", DOC, "واستنادا", {}),
    ],
    "t03_quotes": [
        ("استخدام أسلحة محرمة في معارك الوادي", "الحكومة", "", ORG, "تنفي", {"polarity": "negated"}),
        ("تكون قواتها استخدمت قنابل حارقة في معارك وادي السلام", "الحكومة", "", ORG, "نفت",
         {"polarity": "negated"}),
        ("هذه الاتهامات ملفقة وتهدف إلى تشويه صورة الجيش", "وزير الإعلام فؤاد الراشد", "", N_OFF, "وقال",
         {"kind": "direct"}),
        ("ندعو أي جهة محايدة إلى زيارة المنطقة والتحقق بنفسها", "وتابع", "وزير الإعلام فؤاد الراشد", N_OFF,
         "وتابع", {"kind": "direct"}),
        ("فرقها عالجت عشرات المصابين بحروق غير معتادة", "منظمة أطباء بلا حدود", "", ORG, "أكدت", {}),
        ("رواية الحكومة", "المنظمة", "منظمة أطباء بلا حدود", ORG, "وشككت", {"polarity": "negated"}),
        ("الأدلة التي جمعتها موثقة بالصور", "مؤكدة", "منظمة أطباء بلا حدود", ORG, "مؤكدة", {}),
        ("وجود أي مدنيين في المنطقة وقت القصف", "قائد العمليات اللواء ماجد الساعدي", "", N_OFF, "وأنكر",
         {"polarity": "negated"}),
        ("القصف استمر ثلاثة أيام متواصلة", "الأهالي", "", A_SRC, "ويقول", {"anonymous": True}),
        ("عشرات العائلات نزحت نحو الجبال", "ناشطات في المدينة", "", A_SRC, "وتقول", {"anonymous": True}),
        ("تكون الحرائق ناجمة عن قصف عشوائي", "خبراء عسكريون", "", A_SRC, "واستبعد",
         {"anonymous": True, "polarity": "negated", "alt_types": [A_OFF]}),
        ("سنرفع القضية إلى المحكمة الدولية", "المحامية هند الزين", "", N_PER, "وقالت",
         {"kind": "direct", "via": ["صحيفة الحياة"]}),
    ],
    "t04_noise": [
        ("الاشتباكات أجبرت نحو ألفي أسرة على مغادرة منازلها", "محافظ الحمرا عادل النعيمي", "", N_OFF,
         "وقال", {}),
        ("المسلحين يتمركزون فوق أسطح المباني", "أحد السكان", "", A_SRC, "وقال", {"anonymous": True}),
        ("فرقه انتشلت أربع جثث من تحت الأنقاض", "مدير الدفاع المدني في المدينة العقيد وائل حمدان", "",
         N_OFF, "وأوضح", {}),
        ("البحث ما زال جاريا", "مضيفا", "مدير الدفاع المدني في المدينة العقيد وائل حمدان", N_OFF,
         "مضيفا", {}),
    ],
    "t05_inflect": [
        ("أكثر من خمسة آلاف شخص فروا من القرى الحدودية خلال الأسبوع الماضي",
         "منظمتا الأمل والنجدة الإغاثيتان", "", ORG, "قالت", {}),
        ("المخيمات القريبة لم تعد تتسع لمزيد من النازحين", "وأضافتا", "منظمتا الأمل والنجدة الإغاثيتان",
         ORG, "وأضافتا", {}),
        ("الأدوية الأساسية نفدت منذ أيام", "طبيبات في المستشفى الميداني", "", A_SRC, "وأكدت",
         {"anonymous": True}),
        ("غرف العمليات تعمل بمولد واحد", "وقلن", "طبيبات في المستشفى الميداني", A_SRC, "وقلن",
         {"anonymous": True}),
        ("البلدية فتحت ثلاث مدارس لإيواء العائلات", "المسؤول المحلي حسن الجبوري", "", N_OFF, "ويقول", {}),
        ("المساعدات لا تكفي سوى لأسبوع", "عمال الإغاثة", "", A_SRC, "يؤكد", {"anonymous": True}),
        ("القرار بيد السلطات الأمنية وحدها", "فقال", "المسؤول المحلي حسن الجبوري", N_OFF, "فقال", {}),
        ("القوات الحكومية بقصف الطرق التي يسلكها النازحون", "المعارضة", "", ORG, "وتتهم", {}),
        ("فرقهم أجلت مئات المرضى", "مسؤولون في الهلال الأحمر", "", A_OFF, "وقال", {"anonymous": True}),
        ("الوضع يزداد سوءا كل ساعة", "قائلين", "مسؤولون في الهلال الأحمر", A_OFF, "قائلين",
         {"anonymous": True}),
        ("سيارات الإسعاف تعرضت لإطلاق نار مرتين", "وأكدوا", "مسؤولون في الهلال الأحمر", A_OFF, "وأكدوا",
         {"anonymous": True}),
        ("البلدية لم تتلق أي دعم من العاصمة منذ بداية الأزمة", "الجبوري", "المسؤول المحلي حسن الجبوري",
         N_OFF, "قال", {}),
        ("نصف النازحين من الأطفال", "تقرير للأمم المتحدة", "", DOC, "ويشير", {}),
    ],
}


def _occurrences(text: str, part: str) -> list[int]:
    out, i = [], text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


def build() -> dict[str, Any]:
    articles = []
    for name, entries in ANNOTATIONS.items():
        text = (HERE / f"{name}.txt").read_text(encoding="utf-8")
        rows = []
        for n, (claim, speaker, resolved, type_, cue, extra) in enumerate(entries, 1):
            found = _occurrences(text, claim)
            if len(found) != 1 and "nth" not in extra:
                raise SystemExit(f"{name}: claim found {len(found)} times: {claim}")
            c0 = found[extra.get("nth", 0)]
            spots = _occurrences(text, speaker)
            if not spots:
                raise SystemExit(f"{name}: speaker not found: {speaker}")
            s0 = min(spots, key=lambda s: abs(s - c0))
            row = {
                "id": f"{name[:3]}-{n:02d}",
                "claim": claim, "claim_start": c0, "claim_end": c0 + len(claim),
                "speaker": speaker, "speaker_start": s0, "speaker_end": s0 + len(speaker),
                "resolved": resolved or speaker,
                "type": type_, "alt_types": extra.get("alt_types", []),
                "anonymous": extra.get("anonymous", False),
                "cue": cue, "via": extra.get("via", []),
                "kind": extra.get("kind", "indirect"), "polarity": extra.get("polarity", "affirmed"),
                "also_speakers": extra.get("also_speakers", []), "optional": extra.get("optional", False),
            }
            assert text[row["claim_start"] : row["claim_end"]] == claim
            assert text[row["speaker_start"] : row["speaker_end"]] == speaker
            assert cue in text
            rows.append(row)
        articles.append({"id": name, "file": f"{name}.txt", "attributions": rows})
    return {"format": "tracker-gold/1", "articles": articles,
            "relations": {"contradictions": [], "agreements": [], "echoes": [], "not_contradictions": []}}


if __name__ == "__main__":
    gold = build()
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["attributions"]) for a in gold["articles"])
    print(n, "attributions in", len(gold["articles"]), "articles")
