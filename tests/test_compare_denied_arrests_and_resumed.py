"""Read since the forty-third blind set became a development set: the state denying any arrest (لم يتم توقيف
أي شخص) against another of its bodies' arrests, and work said resumed (عادت إلى العمل) against work said
halted still. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import compare

DAY = dt.date(2029, 3, 8)
TITLE = "غرق مركب للصيادين قبالة ميناء زوارة"


def test_the_state_denying_any_arrest_against_its_own_arrests() -> None:
    article = Article("a", title=TITLE, published=DAY)
    article.said("وزارة الداخلية", "القبض على ثلاثة مهربين يشتبه في تنظيم الرحلة", type="organization")
    article.said("مدير أمن زوارة، العقيد سالم الورفلي", "لم يتم اعتقال أي شخص على خلفية الحادث")
    assert contradiction(annotated(article), "ثلاثة مهربين", "أي شخص") == "contradict-denial"
    # (a denial of any "yet" told the day before the arrests: no dispute)
    before = Article("b", title=TITLE, published=DAY)
    before.said("مدير أمن زوارة، العقيد سالم الورفلي", "لم يتم اعتقال أي شخص على خلفية الحادث")
    after = Article("c", title=TITLE, published=DAY + dt.timedelta(days=1))
    after.said("وزارة الداخلية", "القبض على ثلاثة مهربين يشتبه في تنظيم الرحلة", type="organization")
    for report in (before, after):
        report.said("خفر السواحل", "انتشال 11 جثة من البحر قرب زوارة", type="organization")
    assert contradiction(annotated(before, after), "ثلاثة مهربين", "أي شخص") is None


def test_anyone_denied_is_of_no_kind_but_anyone_else_is() -> None:
    assert compare._denied_kind("لم يتم اعتقال أي شخص على خلفية الحادث") == frozenset()
    # (anyone other than the driver: the one it leaves out is a kind the rules do not read)
    assert compare._denied_kind("لم يتم اعتقال أي شخص آخر غير السائق") != frozenset()


def test_work_resumed_against_work_halted_still() -> None:
    article = Article("d", title="إضراب عمال المصانع في مدينة سحاب", published=DAY)
    article.said("وزير الصناعة، ماهر الزعبي", "جميع المصانع «عادت إلى العمل صباح اليوم»")
    article.said("عمال", "عشرات المصانع ما زالت متوقفة في المنطقة الصناعية", anonymous=True)
    assert contradiction(annotated(article), "عادت إلى العمل", "متوقفة") == "contradict-running"
