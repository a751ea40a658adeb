"""Ingest into the claim store: incremental, idempotent, blocked comparisons, bad input, faults and kills.

Most tests drive `tracker.ingest.ingest` with small stand-in stages (a regex extractor for the
sentences written here), so that they test the loop itself: what is skipped, what is committed when,
what survives a fault. The end-to-end tests at the bottom run the real `tracker ingest` command.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path

import pytest

from tracker.ingest import IngestStats, Stages, ingest
from tracker.models import Claim, Comparison, Cue, Proposition, Record, Span, Speaker
from tracker.progress import Progress
from tracker.read import ArticleText, iter_articles
from tracker.store import StoreError, open_store
from tracker.store.sqlite import SQLiteStore

# Sentences written for these tests: "قال SPEAKER إن CLAIM."
SAID = re.compile(r"قال (?P<speaker>[^.،]+?) إن (?P<claim>[^.]+)")
TEXTS = {
    "police": "قال وزير الداخلية إن الشرطة اعتقلت ثلاثة مشتبهين في المدينة.",
    "police2": "قال قائد الشرطة إن الشرطة اعتقلت أربعة مشتبهين في المدينة القديمة.",
    "water": "قال رئيس البلدية إن المياه عادت إلى الأحياء الشرقية مساء أمس.",
    "roads": "قال مدير المرور إن الطرق أغلقت بسبب الأمطار. وقال الدفاع المدني إن الفرق أنقذت عائلتين.",
}


def span(m: re.Match[str], group: str | int) -> Span:
    return Span(text=m[group], start=m.start(group), end=m.end(group))


def fake_records(a: ArticleText) -> list[Record]:
    """Records for every `قال X إن Y` in the article, with offsets into its text."""
    meta, out = a.meta(), []
    for m in SAID.finditer(a.text):
        claim, speaker = span(m, "claim"), span(m, "speaker")
        out.append(Record(
            id=Record.make_id(meta.sha256, claim, speaker),
            article=meta,
            claim=Claim(**claim.model_dump(), kind="indirect", polarity="affirmed"),
            cue=Cue(text="قال", start=m.start(), end=m.start() + 3, lemma="قال"),
            speaker=Speaker(**speaker.model_dump(), resolved=m["speaker"], type="named_official",
                            anonymous=False),
        ))
    return out


def fake_annotate(records: Iterable[Record]) -> Iterator[Record]:
    """The claim's first word is its one entity."""
    for r in records:
        first = r.claim.text.split()[0]
        yield r.model_copy(update={"proposition": Proposition(
            entities=[first], relation="say", polarity="affirmed", key=r.claim.text)})


@dataclass
class Fake:
    """Stand-in stages that remember what they were asked to do."""

    delay: float = 0.0
    broken: frozenset[str] = frozenset()
    calls: int = 0
    extracted: list[str] = field(default_factory=list)
    compared: list[list[Record]] = field(default_factory=list)

    def extract(self, articles: Iterable[ArticleText]) -> Iterator[tuple[ArticleText, list[Record]]]:
        self.calls += 1
        for a in articles:
            time.sleep(self.delay)
            self.extracted.append(a.id)
            if a.id in self.broken:
                yield a, f"{a.path}: article {a.id}: extraction failed: stand-in failure"
            else:
                yield a, list(fake_annotate(fake_records(a)))

    def compare(self, records: Sequence[Record]) -> Iterator[Comparison]:
        self.compared.append(list(records))
        for a, b in itertools.combinations(records, 2):
            assert a.proposition and b.proposition
            if a.proposition.entities == b.proposition.entities:
                yield Comparison(a=a.id, b=b.id, verdict="agree", proposition=a.proposition.entities[0],
                                 reason="same entity", rule="test.same-entity")

    def stages(self) -> Stages:
        return Stages(extract=self.extract, compare=self.compare, keys=entity_keys)


def entity_keys(record: Record) -> set[str]:
    assert record.proposition
    return set(record.proposition.entities)


def write_corpus(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def run(paths: list[str], db: str, fake: Fake, **kw: object) -> tuple[IngestStats, list[str]]:
    warnings: list[str] = []
    with open_store(db) as store:
        stats = ingest(iter_articles(paths), store, fake.stages(), warn=warnings.append, **kw)  # type: ignore[arg-type]
    return stats, warnings


def stored(db: str) -> tuple[list[str], list[Record]]:
    with open_store(db, create=False) as store:
        assert store.check() == []
        return [a.id for a in store.articles()], list(store.records())


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "claims.db")


def test_ingest_stores_every_article_once_and_reingest_extracts_nothing(tmp_path: Path, db: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    first = Fake()
    stats, warnings = run([str(corpus)], db, first, batch_size=2)
    assert warnings == []
    assert (stats.read, stats.new, stats.stored, stats.claims, stats.batches) == (4, 4, 4, 5, 2)
    ids, records = stored(db)
    assert sorted(ids) == sorted(TEXTS)
    assert len(records) == 5
    again = Fake()
    stats, _ = run([str(corpus)], db, again)
    assert again.calls == 0 and again.extracted == []
    assert (stats.unchanged, stats.stored, stats.claims) == (4, 0, 0)
    assert stored(db) == (ids, records)


def test_changed_article_replaces_its_records_in_place_of_the_old(tmp_path: Path, db: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    run([str(corpus)], db, Fake())
    _, before = stored(db)
    changed = "قال رئيس البلدية إن الكهرباء عادت إلى الأحياء الشرقية."
    (corpus / "water.txt").write_text(changed, encoding="utf-8")
    fake = Fake()
    stats, _ = run([str(corpus)], db, fake)
    assert fake.extracted == ["water"]
    assert (stats.changed, stats.unchanged, stats.stored) == (1, 3, 1)
    ids, after = stored(db)
    assert sorted(ids) == sorted(TEXTS)
    water = [r for r in after if r.article.id == "water"]
    assert [r.claim.text for r in water] == ["الكهرباء عادت إلى الأحياء الشرقية"]
    assert len(after) == len(before)
    assert {r.id for r in before if r.article.id != "water"} <= {r.id for r in after}


def test_same_text_under_two_names_is_stored_once(tmp_path: Path, db: str) -> None:
    texts = {"a": TEXTS["water"], "b": TEXTS["water"], "c": TEXTS["police"]}
    corpus = write_corpus(tmp_path / "corpus", texts)
    stats, _ = run([str(corpus)], db, Fake())
    assert (stats.stored, stats.duplicate) == (2, 1)
    stats, _ = run([str(corpus)], db, Fake())
    assert (stats.stored, stats.unchanged, stats.duplicate) == (0, 2, 1)


def test_new_claims_are_compared_only_with_stored_claims_that_share_a_key(tmp_path: Path, db: str) -> None:
    day1 = {k: TEXTS[k] for k in ("police", "water", "roads")}
    run([str(write_corpus(tmp_path / "day1", day1))], db, Fake())
    fake = Fake()
    stats, _ = run([str(write_corpus(tmp_path / "day2", {"police2": TEXTS["police2"]}))], db, fake)
    (block,) = fake.compared
    # police2's claim is about الشرطة: only the stored claim about الشرطة is loaded, not water or roads.
    assert sorted(r.article.id for r in block) == ["police", "police2"]
    assert stats.comparisons == 1
    with open_store(db) as store:
        (c,) = store.comparisons()
    assert {c.a, c.b} == {r.id for r in block}


def test_bad_inputs_are_reported_by_name_and_the_rest_is_stored(tmp_path: Path, db: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", {"police": TEXTS["police"], "water": TEXTS["water"]})
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    good = zipfile.ZipFile(tmp_path / "feed.zip", "w", compression=zipfile.ZIP_DEFLATED)
    good.writestr("day.json", f'[{{"id": "z1", "content": "{TEXTS["roads"]}"}}]')
    good.close()
    (corpus / "truncated.zip").write_bytes((tmp_path / "feed.zip").read_bytes()[:60])
    (corpus / "feed.jsonl").write_text(
        f'{{"id": "j1", "content": "{TEXTS["police2"]}"}}\n{{"id": "j2", "title": "بلا نص"}}\n'
        '{"id": "j3", "content": 7}\n', encoding="utf-8")
    stats, warnings = run([str(corpus), str(tmp_path / "missing")], db, Fake())
    text = "\n".join(warnings)
    for name in ("empty.txt", "image.txt", "truncated.zip", "feed.jsonl:2", "feed.jsonl:3", "missing"):
        assert name in text
    assert stats.problems == len(warnings) == 6
    ids, _ = stored(db)
    assert sorted(ids) == ["j1", "police", "water"]


def test_an_article_that_fails_extraction_is_reported_and_retried_only_with_other_rules(
    tmp_path: Path, db: str
) -> None:
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    stats, warnings = run([str(corpus)], db, Fake(broken=frozenset({"water"})), batch_size=2)
    failure = f"{corpus / 'water.txt'}: article water: extraction failed: stand-in failure"
    assert warnings == [failure]
    assert (stats.stored, stats.problems) == (3, 1)
    same = Fake()
    stats, warnings = run([str(corpus)], db, same)
    assert same.calls == 0  # nothing to extract: the failure is known under the same rules
    assert (stats.failed, stats.problems, stats.stored) == (1, 1, 0)
    assert warnings == [f"{corpus / 'water.txt'}: article water: skipped, extraction failed on this text "
                        f"before with the same rules: {failure}"]
    fixed = Fake()
    stats, warnings = run([str(corpus)], db, fixed, fingerprint="new rules")
    assert (fixed.extracted, warnings, stats.stored) == (["water"], [], 1)
    assert sorted(stored(db)[0]) == sorted(TEXTS)
    with open_store(db) as store:
        assert store.failure(next(a for a in store.articles() if a.id == "water")) is None


def test_full_disk_midway_keeps_committed_batches_and_a_rerun_finishes(tmp_path: Path, db: str) -> None:
    texts = {f"n{i:03}": f"قال المتحدث رقم {i} إن اللجنة {i} أنهت عملها في الموعد." for i in range(60)}
    corpus = write_corpus(tmp_path / "corpus", texts)
    with open_store(db) as store:
        assert isinstance(store, SQLiteStore)
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        store._conn.execute(f"PRAGMA max_page_count = {pages + 8}")  # the "disk" fills up midway
        stats = IngestStats()
        with pytest.raises(StoreError, match="disk is full"):
            ingest(iter_articles([str(corpus)]), store, Fake().stages(), batch_size=5, stats=stats,
                   warn=print)
    ids, records = stored(db)
    assert 0 < stats.stored < 60
    assert len(ids) == stats.stored and len(records) == stats.stored
    stats, _ = run([str(corpus)], db, Fake(), batch_size=5)
    ids, records = stored(db)
    assert sorted(ids) == sorted(texts)
    assert len(records) == 60


KILLED = """
import sys
sys.path.insert(0, {tests!r})
from test_ingest import Fake
from tracker.ingest import ingest
from tracker.read import iter_articles
from tracker.store import open_store

with open_store({db!r}) as store:
    ingest(iter_articles([{corpus!r}]), store, Fake(delay=0.02).stages(), batch_size=4, warn=print)
"""


def test_a_killed_ingest_leaves_whole_batches_and_a_rerun_completes(tmp_path: Path, db: str) -> None:
    texts = {f"n{i:03}": f"قال المتحدث رقم {i} إن اللجنة {i} أنهت عملها. وقال عضو فيها إن التقرير جاهز."
             for i in range(200)}
    corpus = write_corpus(tmp_path / "corpus", texts)
    script = tmp_path / "ingest.py"
    here = str(Path(__file__).parent)
    script.write_text(textwrap.dedent(KILLED.format(tests=here, db=db, corpus=str(corpus))))
    proc = subprocess.Popen([sys.executable, str(script)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    committed = 0
    while committed < 12 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if Path(db).exists():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            with contextlib.closing(conn), contextlib.suppress(sqlite3.OperationalError):  # no tables yet
                committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert proc.stderr is not None
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()!r}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    records = conn.execute("SELECT count(*) FROM records").fetchone()[0]
    orphans = conn.execute(
        "SELECT count(*) FROM records WHERE article NOT IN (SELECT seq FROM articles)").fetchone()[0]
    conn.close()
    assert 12 <= articles < 200
    assert articles % 4 == 0  # whole batches only
    assert records == 2 * articles and orphans == 0
    fake = Fake()
    stats, _ = run([str(corpus)], db, fake)
    assert stats.unchanged == articles and len(fake.extracted) == 200 - articles
    ids, stored_records = stored(db)
    assert sorted(ids) == sorted(texts)
    assert len(stored_records) == len({r.id for r in stored_records}) == 400


def test_progress_is_silent_off_a_terminal_and_counts_anyway() -> None:
    class Tty(StringIO):
        def isatty(self) -> bool:
            return True

    quiet_stream, tty = StringIO(), Tty()
    with Progress(None, stream=quiet_stream) as p:
        p.update(articles=3, claims=7)
        p.update(skipped=2)
    assert quiet_stream.getvalue() == ""
    assert (p.articles, p.claims, p.skipped) == (5, 7, 2)
    with Progress(10, quiet=True, stream=tty) as p:
        p.update(articles=1, claims=1)
    assert tty.getvalue() == ""
    with Progress(10, stream=tty) as p:
        p.update(articles=4, claims=9)
    shown = tty.getvalue()
    assert "4/10" in shown and "9 claims" in shown


# --- the real command -----------------------------------------------------------------------------

NEWS = {
    "talks": "قال وزير الخارجية خالد العمري إن المحادثات مع الجانب الآخر ستستأنف الأسبوع المقبل في العاصمة.\n"
             "وأضاف أن الوفد سيضم خبراء في شؤون المياه والحدود.\n",
    "crossing": "أكد المتحدث باسم الحكومة أن الجيش استعاد السيطرة على المعبر الحدودي بعد اشتباكات "
                "استمرت يومين.\n",
    "denial": "نفى مصدر عسكري أن يكون الجيش قد استعاد السيطرة على المعبر الحدودي، مؤكدا أن المعارك مستمرة.\n",
}


def test_ingest_command_end_to_end(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    corpus = write_corpus(tmp_path / "news", NEWS)
    (corpus / "empty.txt").write_bytes(b"")
    huge = "قال المسؤول إن الوضع في المدينة هادئ تماما. " * 25_000  # over a million characters, ~2 MB
    (corpus / "huge.txt").write_text(huge, encoding="utf-8")
    db, out = str(tmp_path / "t.db"), str(tmp_path / "records.jsonl")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--format", "json"])
    assert result.exit_code == 1, result.output  # some inputs had problems
    problems = result.stderr.splitlines()
    assert len(problems) == 2
    assert "empty.txt: empty file" in problems[0]
    assert "huge.txt" in problems[1] and "characters" in problems[1] and "skipped" in problems[1]
    summary = json.loads(result.stdout)
    assert (summary["stored"], summary["problems"]) == (3, 2)
    assert summary["claims"] >= 3
    dumped = runner.invoke(app, ["dump", "--db", db, "-o", out])
    assert dumped.exit_code == 0, dumped.output
    checked = runner.invoke(app, ["validate", out, "--articles", str(corpus)])
    assert checked.exit_code == 0, checked.output
    records = [json.loads(line) for line in Path(out).read_text(encoding="utf-8").splitlines()]
    assert len(records) == summary["claims"]
    assert {r["article"]["id"] for r in records} == set(NEWS)
    assert all("proposition" in r for r in records)
    extracted = tmp_path / "extracted.jsonl"
    paths = [str(corpus / f"{name}.txt") for name in sorted(NEWS)]
    assert runner.invoke(app, ["extract", *paths, "-o", str(extracted), "--quiet"]).exit_code == 0
    assert extracted.read_text(encoding="utf-8") == Path(out).read_text(encoding="utf-8")
    again = runner.invoke(app, ["ingest", str(corpus), "--db", db, "--format", "json", "--quiet"])
    summary = json.loads(again.stdout)
    assert (summary["stored"], summary["unchanged"], summary["claims"]) == (0, 3, 0)


def test_ingest_command_on_a_locked_store_fails_fast_and_harms_nothing(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    corpus = write_corpus(tmp_path / "news", {"talks": NEWS["talks"]})
    db = str(tmp_path / "t.db")
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = CliRunner().invoke(app, ["ingest", str(corpus), "--db", db, "--wait", "0.1"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 2
    assert result.stderr.startswith(f"tracker: {db}: ") and "locked by another process" in result.stderr
    with open_store(db) as store:
        assert store.counts().articles == 0 and store.check() == []


def test_parallel_extraction_gives_the_records_of_one_process(tmp_path: Path) -> None:
    from tracker.ingest import default_stages

    corpus = write_corpus(tmp_path / "news", NEWS)
    one, two = str(tmp_path / "one.db"), str(tmp_path / "two.db")
    for db, jobs in ((one, 1), (two, 2)):
        with open_store(db) as store:
            ingest(iter_articles([str(corpus)]), store, default_stages(jobs), batch_size=2)
    assert stored(one) == stored(two)
    assert stored(one)[1]


def _children(pid: int) -> list[int]:
    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError), open(f"/proc/{entry}/stat") as f:
                stat = f.read()
                if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                    out.append(int(entry))
    return out


def test_killing_the_ingest_command_with_workers_midway(tmp_path: Path) -> None:
    texts = {f"n{i:04}": f"قال المتحدث باسم البلدية رقم {i} إن اللجنة أنهت أعمال الصيانة في الحي رقم {i}.\n"
             for i in range(120)}
    corpus = write_corpus(tmp_path / "corpus", texts)
    db = str(tmp_path / "t.db")
    tracker = str(Path(sys.executable).parent / "tracker")
    command = [tracker, "ingest", str(corpus), "--db", db, "--jobs", "2", "--batch-size", "4", "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline, committed, workers = time.monotonic() + 120, 0, []
    while committed < 8 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.02)
        workers = _children(proc.pid) or workers
        if Path(db).exists():
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            with contextlib.closing(conn), contextlib.suppress(sqlite3.OperationalError):
                committed = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert proc.stderr is not None
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()!r}"
    assert len(workers) == 2
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{w}").exists() for w in workers), "workers outlived the killed ingest"
    with open_store(db) as store:
        assert store.check() == []
        counts = store.counts()
    assert 8 <= counts.articles < 120 and counts.articles % 4 == 0
    assert counts.records == counts.articles
    rerun = subprocess.run([*command[:-1], "--format", "json"], capture_output=True, text=True, check=True)
    summary = json.loads(rerun.stdout)
    assert (summary["unchanged"], summary["stored"]) == (counts.articles, 120 - counts.articles)
    ids, records = stored(db)
    assert sorted(ids) == sorted(texts) and len(records) == 120


def test_sources_are_counted_for_the_eta_and_the_total_is_estimated_from_them(tmp_path: Path) -> None:
    from tracker.ingest import _Estimate, count_sources

    corpus = write_corpus(tmp_path / "corpus", {"a": TEXTS["water"], "b": TEXTS["police"]})
    (corpus / ".hidden.txt").write_text("مخفي", encoding="utf-8")
    (corpus / "notes.csv").write_text("x", encoding="utf-8")
    with zipfile.ZipFile(corpus / "days.zip", "w") as z:
        z.writestr("d1.json", "[]")
        z.writestr("d2.json", "[]")
        z.writestr("readme.md", "")
    assert count_sources([str(corpus)]) == 4
    assert count_sources([str(corpus), "-"]) is None

    class Seen(Progress):
        totals: list[int | None]

        def set_total(self, total: int | None) -> None:
            self.totals.append(total)

    progress = Seen(None, quiet=True)
    progress.totals = []
    estimate = _Estimate(4, progress)
    for path in ["f1", "f1", "f1", "f2", "f2", "f2", "f3"]:
        estimate.saw(path)
    assert progress.totals == [12, 12]  # 3 articles per file so far, 4 files


def test_two_ingests_of_one_corpus_at_once_store_each_article_once(tmp_path: Path, db: str) -> None:
    import threading

    texts = {f"n{i:02}": f"قال المتحدث رقم {i} إن اللجنة {i} أنهت عملها في الموعد." for i in range(40)}
    corpus = write_corpus(tmp_path / "corpus", texts)
    open_store(db).close()
    errors: list[BaseException] = []

    def one() -> None:
        try:
            run([str(corpus)], db, Fake(delay=0.005), batch_size=3)
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=one) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    ids, records = stored(db)
    assert sorted(ids) == sorted(texts) and len(records) == 40


def test_reextract_redoes_only_articles_made_by_other_rules(tmp_path: Path, db: str) -> None:
    corpus = write_corpus(tmp_path / "corpus", TEXTS)
    run([str(corpus)], db, Fake(), fingerprint="rules-1")
    _, before = stored(db)
    unasked = Fake()
    stats, _ = run([str(corpus)], db, unasked, fingerprint="rules-2")
    assert (unasked.calls, stats.unchanged, stats.stale) == (0, 4, 0)
    asked = Fake()
    stats, _ = run([str(corpus)], db, asked, fingerprint="rules-2", reextract=True)
    assert sorted(asked.extracted) == sorted(TEXTS)
    assert (stats.stale, stats.stored) == (4, 4)
    ids, after = stored(db)
    assert sorted(ids) == sorted(TEXTS) and sorted(r.id for r in after) == sorted(r.id for r in before)
    again = Fake()
    stats, _ = run([str(corpus)], db, again, fingerprint="rules-2", reextract=True)
    assert (again.calls, stats.unchanged) == (0, 4)
