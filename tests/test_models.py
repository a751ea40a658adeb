"""The record contract: what a valid record is, what is rejected and with which message."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from tracker.models import SCHEMA_VERSION, Quantity, Record, Span


def errors_of(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str, str]]:
    with pytest.raises(ValidationError) as caught:
        Record.model_validate(data)
    return [(tuple(e["loc"]), e["type"], e["msg"]) for e in caught.value.errors()]


def test_valid_record_round_trips(make_record):
    record = make_record()
    data = record.model_dump(mode="json")
    assert data["schema_version"] == SCHEMA_VERSION
    assert Record.model_validate(data) == record
    assert Record.model_validate_json(record.model_dump_json()) == record


def test_valid_record_with_via_and_anonymous_source(make_record, article_span):
    record = make_record(
        claim={**article_span("الطريق الساحلي أغلق أمام المدنيين"), "kind": "indirect"},
        cue={**article_span("قوله"), "lemma": "قال"},
        speaker={
            **article_span("مصدر أمني"),
            "resolved": "مصدر أمني",
            "type": "anonymous_source",
            "anonymous": True,
            "role": None,
        },
        via=[{**article_span("وكالة الأنباء المحلية"), "type": "media_outlet"}],
    )
    assert record.speaker.anonymous
    assert record.via[0].text == "وكالة الأنباء المحلية"


@pytest.mark.parametrize("part", ["claim", "cue", "speaker"])
def test_end_before_start_is_rejected(make_record, part):
    data = make_record().model_dump(mode="json")
    span = data[part]
    span["start"], span["end"] = span["end"], span["start"]
    errors = errors_of(data)
    start, end = span["start"], span["end"]
    assert errors == [
        ((part,), "value_error", f"Value error, end ({end}) must be greater than start ({start})")
    ]


def test_empty_span_is_rejected(make_record):
    data = make_record().model_dump(mode="json")
    data["cue"]["end"] = data["cue"]["start"]
    assert errors_of(data)[0][2] == "Value error, end (0) must be greater than start (0)"


def test_negative_offset_is_rejected(make_record):
    data = make_record().model_dump(mode="json")
    data["cue"]["start"] = -1
    assert errors_of(data) == [
        (("cue", "start"), "greater_than_equal", "Input should be greater than or equal to 0")
    ]


def test_empty_text_is_rejected(make_record):
    data = make_record().model_dump(mode="json")
    data["claim"]["text"] = ""
    assert errors_of(data) == [
        (("claim", "text"), "string_too_short", "String should have at least 1 character")
    ]


def test_text_length_must_equal_end_minus_start(make_record):
    data = make_record().model_dump(mode="json")
    data["speaker"]["end"] += 2
    assert errors_of(data) == [
        (("speaker",), "value_error", "Value error, text has 20 characters but end - start = 22")
    ]


@pytest.mark.parametrize("kind", ["named_official", "named_person"])
def test_named_speaker_cannot_be_anonymous(make_record, kind):
    with pytest.raises(ValidationError, match=f"a speaker of type {kind} cannot be anonymous"):
        make_record(speaker={"type": kind, "anonymous": True})


@pytest.mark.parametrize("kind", ["anonymous_official", "anonymous_source"])
def test_anonymous_types_can_be_anonymous(make_record, kind):
    assert make_record(speaker={"type": kind, "anonymous": True}).speaker.type == kind


def test_unknown_keys_are_rejected_at_every_level(make_record):
    data = make_record().model_dump(mode="json")
    data["claimm"] = "typo"
    data["speaker"]["rol"] = "typo"
    errors = errors_of(data)
    assert (("claimm",), "extra_forbidden", "Extra inputs are not permitted") in errors
    assert (("speaker", "rol"), "extra_forbidden", "Extra inputs are not permitted") in errors
    assert len(errors) == 2


def test_missing_field_is_rejected(make_record):
    data = make_record().model_dump(mode="json")
    del data["speaker"]
    assert errors_of(data) == [(("speaker",), "missing", "Field required")]


def test_unknown_speaker_type_is_rejected(make_record):
    with pytest.raises(ValidationError, match=r"speaker\.type"):
        make_record(speaker={"type": "rumour"})


def test_cue_inside_claim_is_rejected(make_record, article_span):
    with pytest.raises(ValidationError, match="cue and claim spans overlap"):
        make_record(cue={**article_span("المستشفى"), "lemma": "قال"})


def test_bad_sha256_and_schema_version_are_rejected(make_record):
    data = make_record().model_dump(mode="json")
    data["article"]["sha256"] = "ABC"
    data["schema_version"] = "2.0"
    locs = {loc for loc, kind, _ in errors_of(data) if kind == "string_pattern_mismatch"}
    assert locs == {("article", "sha256"), ("schema_version",)}


def test_schema_1_0_record_without_proposition_or_grades_is_valid(make_record):
    record = make_record(schema_version="1.0")
    assert record.proposition is None and record.grades is None


def test_quantity_range_must_be_ordered():
    assert Quantity(low=3, high=5, unit="killed", text="ثلاثة إلى خمسة").high == 5
    with pytest.raises(ValidationError, match=r"low \(5.0\) is greater than high \(3.0\)"):
        Quantity(low=5, high=3, unit="killed", text="خمسة إلى ثلاثة")
    with pytest.raises(ValidationError, match="a quantity needs low or high"):
        Quantity(unit="killed", text="عشرات")


def test_records_are_immutable(make_record):
    record = make_record()
    with pytest.raises(ValidationError):
        record.id = "other"  # type: ignore[misc]


# --- ids ------------------------------------------------------------------------------------------------


def test_same_article_and_spans_give_the_same_id(make_record):
    first, again = make_record(), make_record()
    assert first.id == again.id
    assert first.id.startswith("c") and len(first.id) == 17
    # Fields that are not part of the identity (grades, role, polarity ...) do not change it.
    assert make_record(speaker={"role": None}, claim={"polarity": "negated"}).id == first.id


def test_id_depends_only_on_sha_and_offsets():
    claim = Span(text="أ" * 5, start=10, end=15)
    speaker = Span(text="ب" * 3, start=2, end=5)
    same = Record.make_id("0" * 64, Span(text="ج" * 5, start=10, end=15), Span(text="د" * 3, start=2, end=5))
    assert Record.make_id("0" * 64, claim, speaker) == same


def test_different_spans_or_article_give_different_ids(make_record, article_span):
    base = make_record()
    other_claim = make_record(claim=article_span("عشرين جريحا"))
    other_speaker = make_record(speaker={**article_span("أحمد سالم"), "resolved": "أحمد سالم"})
    other_article = make_record(article={"sha256": "f" * 64})
    ids = {base.id, other_claim.id, other_speaker.id, other_article.id}
    assert len(ids) == 4
