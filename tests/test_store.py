"""The claim store: article identity, replacement, blocking, migrations, faults that must not damage it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.cli import app
from tracker.cli.inputs import load_records
from tracker.jsonio import write_jsonl
from tracker.models import (
    Article,
    Claim,
    Comparison,
    Cue,
    Hop,
    Proposition,
    Record,
    Span,
    Speaker,
    text_sha256,
)
from tracker.store import StoreError, open_store
from tracker.store.migrations import LATEST, MIGRATIONS, Migration
from tracker.store.sqlite import SQLiteStore

# Sentences written for these tests.
HOSPITAL = "قال وزير الصحة إن المستشفى استقبل عشرين جريحا صباح أمس."
BRIDGE = "أعلن المتحدث باسم الجيش أن القوات سيطرت على الجسر الشمالي بعد معارك عنيفة."
DENIAL = "نفى مسؤول محلي، بحسب وكالة الأنباء، أن تكون القوات سيطرت على الجسر الشمالي."


def article(text: str, id_: str) -> Article:
    return Article(id=id_, sha256=text_sha256(text), path=f"{id_}.txt", outlet="صحيفة المساء")


def span(text: str, part: str) -> dict[str, object]:
    start = text.index(part)
    return {"text": part, "start": start, "end": start + len(part)}


def record(
    text: str, id_: str, claim: str, cue: str, speaker: str, *, entities: tuple[str, ...] = (),
    relation: str | None = None, via: str | None = None, kind: str = "named_official",
) -> Record:
    """A record for `claim` said by `speaker` in the article `text`, with offsets found in the text."""
    meta = article(text, id_)
    c, s = span(text, claim), span(text, speaker)
    prop = None
    if entities:
        prop = Proposition(entities=list(entities), relation=relation, polarity="affirmed", key=claim)
    return Record(
        id=Record.make_id(meta.sha256, Span.model_validate(c), Span.model_validate(s)),
        article=meta,
        claim=Claim.model_validate({**c, "kind": "indirect", "polarity": "affirmed"}),
        cue=Cue.model_validate({**span(text, cue), "lemma": cue}),
        speaker=Speaker.model_validate({**s, "resolved": speaker, "type": kind, "anonymous": False}),
        via=[Hop.model_validate({**span(text, via), "type": "media_outlet"})] if via else [],
        proposition=prop,
    )


def hospital(id_: str = "a1", text: str = HOSPITAL) -> Record:
    return record(text, id_, "المستشفى استقبل عشرين جريحا", "قال", "وزير الصحة",
                  entities=("المستشفى",), relation="receive")


def bridge(id_: str = "a2") -> Record:
    return record(BRIDGE, id_, "القوات سيطرت على الجسر الشمالي", "أعلن", "المتحدث باسم الجيش",
                  entities=("القوات", "الجسر الشمالي"), relation="control")


def denial(id_: str = "a3") -> Record:
    return record(DENIAL, id_, "تكون القوات سيطرت على الجسر الشمالي", "نفى", "مسؤول محلي",
                  entities=("القوات", "الجسر الشمالي"), relation="control", via="وكالة الأنباء",
                  kind="anonymous_official")


def keys(*records: Record) -> dict[str, set[str]]:
    return {r.id: {f"{r.proposition.relation}|{e}" for e in r.proposition.entities}
            for r in records if r.proposition}


def put(store: SQLiteStore | object, *records: Record) -> None:
    with store.transaction():  # type: ignore[attr-defined]
        for r in records:
            store.put_article(r.article, [r], keys(r), words=5)  # type: ignore[attr-defined]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "claims.db")


def test_records_come_back_equal_and_in_order(db: str) -> None:
    rs = [hospital(), bridge(), denial()]
    with open_store(db) as store:
        put(store, *rs)
    with open_store(db, create=False) as store:
        assert list(store.records()) == rs
        assert [a.id for a in store.articles()] == ["a1", "a2", "a3"]
        counts = store.counts()
        assert (counts.articles, counts.records, counts.words) == (3, 3, 15)
        # speakers and the one intermediary are sources
        assert counts.sources == 4
        assert store.check() == []


def test_classify_new_unchanged_changed_duplicate_repeated(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
    with open_store(db) as store:
        assert store.classify(article(HOSPITAL, "a1")) == "unchanged"
        assert store.classify(article(HOSPITAL, "a1")) == "repeated"
        assert store.classify(article(HOSPITAL, "copy")) == "duplicate"
        assert store.classify(article(BRIDGE, "a2")) == "new"
        assert store.classify(article(BRIDGE, "other")) == "duplicate"  # same text, met this session
    with open_store(db) as store:  # a new session forgets what it met
        assert store.classify(article(HOSPITAL + " وأضاف.", "a1")) == "changed"


def test_changed_article_replaces_its_records_keys_sources_and_comparisons(db: str) -> None:
    old, other = hospital(), denial()
    with open_store(db) as store:
        put(store, old, other)
        with store.transaction():
            agree = Comparison(a=old.id, b=other.id, verdict="agree", proposition="p", reason="r", rule="t")
            assert store.put_comparisons([agree]) == 1
        changed = HOSPITAL.replace("عشرين", "ثلاثين")
        new = record(changed, "a1", "المستشفى استقبل ثلاثين جريحا", "قال", "الصحة", entities=("المستشفى",),
                     relation="receive", kind="organization")
        put(store, new)
        assert [r.id for r in store.records()] == [other.id, new.id]
        assert list(store.comparisons()) == []
        assert store.neighbours({"receive|المستشفى"}, 10, 10) == [new]
        assert store.check() == []  # the old speaker "وزير الصحة" is gone with its record
        assert store.counts().articles == 2


def test_failed_transaction_stores_nothing(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
        with pytest.raises(RuntimeError), store.transaction():
            store.put_article(bridge().article, [bridge()], {})
            raise RuntimeError("extractor crashed")
        assert [a.id for a in store.articles()] == ["a1"]
        assert store.counts().records == 1


def test_neighbours_share_a_key_keep_the_latest_per_key_and_the_closest(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital(), bridge(), denial())
        got = store.neighbours({"control|الجسر الشمالي"}, 10, 10)
        assert [r.id for r in got] == [bridge().id, denial().id]
        assert store.neighbours({"control|الجسر الشمالي"}, 1, 10) == [denial()]
        assert store.neighbours({"receive|المستشفى", "nothing|here"}, 10, 10) == [hospital()]
        assert store.neighbours(set(), 10, 10) == []
        # the record sharing two keys comes before the later one sharing one
        two = record(BRIDGE + " ", "a4", "القوات سيطرت على الجسر الشمالي", "أعلن", "المتحدث باسم الجيش",
                     entities=("القوات",), relation="control")
        with store.transaction():
            store.put_article(two.article, [two], {two.id: {"control|القوات"}})
        wanted = {"control|القوات", "control|الجسر الشمالي"}
        assert store.neighbours(wanted, 10, 1) == [denial()]
        assert [r.id for r in store.neighbours(wanted, 10, 3)] == [bridge().id, denial().id, two.id]
        assert [r.id for r in store.neighbours(wanted, 1, 3)] == [denial().id, two.id]


def test_comparisons_round_trip(db: str) -> None:
    b, d = bridge(), denial()
    c = Comparison(a=b.id, b=d.id, verdict="contradict", proposition="السيطرة على الجسر",
                   reason="نفي مقابل إعلان", rule="polarity", confidence=0.8)
    with open_store(db) as store:
        put(store, b, d)
        with store.transaction():
            store.put_comparisons([c])
        assert list(store.comparisons()) == [c]
        assert store.counts().comparisons == 1


def test_new_database_is_at_the_latest_schema(db: str) -> None:
    with open_store(db) as store:
        assert isinstance(store, SQLiteStore)
        assert store.version == LATEST
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_older_schema_is_migrated_forward_keeping_data(db: str) -> None:
    SQLiteStore(db, migrations=MIGRATIONS[:1]).close()  # a store made by the first release
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO articles (id, sha256, ingested_at) VALUES ('old', ?, 'then')", ("0" * 64,))
    conn.commit()
    conn.close()
    with open_store(db) as store:
        assert isinstance(store, SQLiteStore) and store.version == LATEST > 1
        assert [a.id for a in store.articles()] == ["old"]
        put(store, hospital())
        assert store.counts().articles == 2
    extra = Migration(LATEST + 1, "a note per article", "ALTER TABLE articles ADD COLUMN note TEXT;")
    with SQLiteStore(db, migrations=(*MIGRATIONS, extra)) as store:
        assert store.version == LATEST + 1
        assert list(store.records()) == [hospital()]
    conn = sqlite3.connect(db)
    assert "note" in [row[1] for row in conn.execute("PRAGMA table_info(articles)")]


def test_a_failing_migration_leaves_the_store_as_it_was(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
    broken = Migration(LATEST + 1, "broken", "ALTER TABLE articles ADD COLUMN x TEXT; SELECT * FROM nowhere;")
    with pytest.raises(StoreError, match=f"migration to schema version {LATEST + 1} failed"):
        SQLiteStore(db, migrations=(*MIGRATIONS, broken))
    with open_store(db) as store:
        assert isinstance(store, SQLiteStore) and store.version == LATEST
        assert list(store.records()) == [hospital()]
    conn = sqlite3.connect(db)
    assert "x" not in [row[1] for row in conn.execute("PRAGMA table_info(articles)")]


def test_newer_database_is_refused_with_a_clear_message(db: str) -> None:
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {LATEST + 3}")
    conn.close()
    with pytest.raises(StoreError, match=rf"schema version {LATEST + 3} is newer than this tracker.*upgrade"):
        open_store(db)
    result = CliRunner().invoke(app, ["dump", "--db", db])
    assert result.exit_code == 2
    assert "newer than this tracker" in result.stderr


def test_files_that_are_not_stores_are_refused(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x89PNG not a database at all" * 100)
    with pytest.raises(StoreError, match="not an SQLite database"):
        open_store(junk)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(StoreError, match="not a tracker store"):
        open_store(other)
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "missing.db", create=False)
    with pytest.raises(StoreError, match="is a directory"):
        open_store(tmp_path)
    with pytest.raises(StoreError, match="unsupported store 'postgresql'"):
        open_store("postgresql://localhost/claims")


def test_sqlite_url(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path}/u.db") as store:
        put(store, bridge())
    assert (tmp_path / "u.db").exists()


def test_read_only_store_reads_but_refuses_writes(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
    before = Path(db).read_bytes()
    with open_store(db, readonly=True) as store:
        assert list(store.records()) == [hospital()]
        with pytest.raises(StoreError, match="read-only"):
            put(store, bridge())
    assert Path(db).read_bytes() == before


def test_locked_store_gives_a_clear_error_and_stays_intact(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with open_store(db, timeout=0.05) as store, pytest.raises(StoreError, match="locked by another"):
            put(store, bridge())
    finally:
        other.execute("ROLLBACK")
    with open_store(db) as store:
        assert list(store.records()) == [hospital()]
        put(store, bridge())
        assert store.counts().articles == 2


def test_full_disk_rolls_back_the_batch_and_keeps_what_was_stored(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
        assert isinstance(store, SQLiteStore)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL, as on a full disk
        big = [record(BRIDGE + " " * i, f"b{i}", "القوات سيطرت على الجسر الشمالي", "أعلن",
                      "المتحدث باسم الجيش", entities=("القوات",), relation="control") for i in range(200)]
        with pytest.raises(StoreError, match="disk is full"):
            put(store, *big)
    with open_store(db) as store:
        assert list(store.records()) == [hospital()]
        assert store.check() == []


def test_check_finds_orphans(db: str) -> None:
    with open_store(db) as store:
        put(store, hospital())
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM articles")
    conn.commit()
    with open_store(db) as store:
        problems = store.check()
    assert any("orphan row in records" in p for p in problems)


def test_dump_writes_valid_records_and_read_commands_load_them_from_db(db: str, tmp_path: Path) -> None:
    rs = [hospital(), bridge(), denial()]
    with open_store(db) as store:
        put(store, *rs)
    out = tmp_path / "out" / "records.jsonl"
    runner = CliRunner()
    result = runner.invoke(app, ["dump", "--db", db, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "3 records written" in result.stderr
    checked = runner.invoke(app, ["validate", str(out)])
    assert checked.exit_code == 0, checked.output
    assert load_records(None, db) == load_records([str(out)], None) == rs
    reference = tmp_path / "reference.jsonl"
    write_jsonl(reference, rs)
    assert out.read_text(encoding="utf-8") == reference.read_text(encoding="utf-8")


def test_dump_of_a_missing_store_fails_without_creating_it(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["dump", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code == 2
    assert "no such database" in result.stderr
    assert not (tmp_path / "nope.db").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["validate", "--format", "json"],
        ["compare", "--format", "json"],
        ["report", "--format", "json"],
        ["sources", "--format", "json"],
        ["attribute", "القوات سيطرت على الجسر", "--format", "json"],
        ["export", "prov", "-o", "-"],
    ],
)
def test_read_commands_give_the_same_output_from_db_as_from_the_dumped_file(
    command: list[str], db: str, tmp_path: Path
) -> None:
    with open_store(db) as store:
        put(store, hospital(), bridge(), denial())
    dumped = tmp_path / "records.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["dump", "--db", db, "-o", str(dumped)]).exit_code == 0
    from_file = runner.invoke(app, [*command, str(dumped)])
    from_db = runner.invoke(app, [*command, "--db", db])
    assert from_file.exit_code == from_db.exit_code
    assert from_db.stdout.strip()
    assert from_db.stdout.replace(db, "FILE") == from_file.stdout.replace(str(dumped), "FILE")


def test_processes_opening_a_new_store_at_once_create_it_once(db: str) -> None:
    import threading

    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def open_it() -> None:
        barrier.wait()
        try:
            open_store(db).close()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=open_it) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(db) as store:
        assert isinstance(store, SQLiteStore) and store.version == LATEST and store.check() == []
