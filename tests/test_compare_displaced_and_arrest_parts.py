"""Read since the forty-second blind set became a development set: the displaced as the people another
event befalls (قتل 12 نازحا: killed, of the displaced), and a count of arrests with its part told after it
(14 مطلوبا، بينهم ستة) as one count against another source's. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from claimkit import Article, annotated, contradiction

from tracker import quantities

DAY = dt.date(2029, 2, 13)


def test_the_displaced_befallen_by_another_event_are_its_count() -> None:
    (killed,) = quantities.find("قتل 12 نازحا في قصف المخيم")
    assert (killed.unit, killed.of) == ("killed", "displaced")
    (arrested,) = quantities.find("الشرطة اعتقلت أكثر من 40 نازحا")
    assert (arrested.unit, arrested.of) == ("arrested", "displaced")
    (verb_after,) = quantities.find("18 نازحا على الأقل قتلوا في الهجوم")
    assert (verb_after.unit, verb_after.of) == ("killed", "displaced")
    # (their own event stays theirs: نزوح 500 نازح counts the displaced)
    (fled,) = quantities.find("نزوح 500 نازح من القرى")
    assert (fled.unit, fled.of) == ("displaced", None)


def test_the_displaced_killed_against_a_lower_toll_of_the_attack() -> None:
    article = Article("a", title="هجوم على مخيم للنازحين قرب بلدة بني", published=DAY)
    article.said("منسق المخيم، أندريه كابيلا", "18 نازحا على الأقل قتلوا في الهجوم على المخيم")
    article.said("المتحدث باسم الجيش، الرائد جوزيف موانزا", "حصيلة قتلى الهجوم على المخيم بلغت تسعة")
    recs = annotated(article)
    assert contradiction(recs, "18 نازحا", "بلغت تسعة") is not None


def test_a_count_of_arrests_with_its_part_against_another_sources_count() -> None:
    article = Article("b", title="حملة اعتقالات في بلدة الحراك بريف درعا", published=DAY)
    article.said(
        "وزارة الداخلية", "قواتها ألقت القبض على 11 مطلوبا، بينهم أربعة من عناصر الخلية", type="organization"
    )
    article.said("مصادر محلية", "عدد الموقوفين تجاوز 40 شابا من أبناء البلدة", anonymous=True)
    assert contradiction(annotated(article), "11 مطلوبا", "40 شابا") == "contradict-figures"
    # (two counts joined by و make up the whole, 17 شابا وأكثر من 20 من النازحين: no count alone)
    article = Article("c", title="حملة اعتقالات في بلدة الحراك بريف درعا", published=DAY)
    article.said(
        "وزارة الداخلية", "قواتها اعتقلت 17 شابا وأكثر من 20 من النازحين في البلدة", type="organization"
    )
    article.said("مصادر محلية", "عدد الموقوفين تجاوز 40 شخصا من أبناء البلدة", anonymous=True)
    assert contradiction(annotated(article), "17 شابا", "40 شخصا") is None
