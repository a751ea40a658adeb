"""Corpus-scale ingest: read -> skip what is stored -> extract -> annotate -> store -> compare -> commit.

Everything streams: articles are read one at a time, extracted in order (optionally by several
processes), and written one batch per transaction, so memory stays flat and a run killed at any
moment leaves every committed batch whole and nothing of the batch in flight. An article already
stored with the same text is not extracted again; one whose text changed replaces its old records.
New claims are compared only with stored claims that share a blocking key with them (the blocks of
tracker.compare and the MinHash buckets of tracker.echo), a bounded number per claim, never with the
whole store.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import time
import zipfile
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields

from tracker.analyse import ARTICLE_SECONDS, Extracted, analysed
from tracker.models import Comparison, Record
from tracker.progress import Progress
from tracker.read import JSON_SUFFIXES, TEXT_SUFFIXES, ZIP_SUFFIXES, ArticleText, ReadProblem
from tracker.store import Status, Store

BATCH = 64
"""Articles per transaction: small enough that a kill loses little work, large enough to amortize commits."""
PER_KEY = 20
"""Of the stored claims sharing a blocking key with a new claim, only the latest PER_KEY are candidates..."""
PER_CLAIM = 3
"""...and of those, PER_CLAIM per new claim (those sharing the most keys) are compared with the batch.
Comparing is then linear in the corpus: each batch costs the same however large the store grows."""
MAX_CHARS = 100_000
"""Longer articles are reported and skipped: about 15,000 words, several times a long news article;
longer texts are dumps of many articles, and extraction time grows faster than their length."""


@dataclass
class Stages:
    """The pipeline steps ingest drives; tests and other front ends can swap any of them.

    `extract` yields every article it is given, in order, with its records annotated with
    propositions, or with a one-line reason it could not be extracted.
    """

    extract: Callable[[Iterable[ArticleText]], Iterator[Extracted]]
    compare: Callable[[Sequence[Record]], Iterable[Comparison]]
    keys: Callable[[Record], Collection[str]] = field(default=lambda r: blocking_keys(r))


def blocking_keys(record: Record) -> set[str]:
    """The blocks tracker.compare puts a claim in (actor pairs, event/actor/week, counted unit/actor,
    also through entity links), and its echo buckets (the MinHash LSH bands tracker.echo probes), so
    that near-identical wording meets even without a relation."""
    from tracker import compare, echo

    return compare.blocking_keys(record) | set(echo.bucket_keys(record.claim.text))


def default_stages(jobs: int = 1, seconds: float = ARTICLE_SECONDS) -> Stages:
    """The real pipeline: rule-based extraction and propositions, in `jobs` processes, at most
    `seconds` per article."""
    from tracker.compare import compare

    return Stages(extract=lambda articles: analysed(articles, jobs, seconds), compare=compare)


@dataclass
class IngestStats:
    """What a run did; `stored` articles were committed, everything else was skipped or failed."""

    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    duplicate: int = 0
    repeated: int = 0
    failed: int = 0
    stale: int = 0
    problems: int = 0
    stored: int = 0
    claims: int = 0
    comparisons: int = 0
    words: int = 0
    batches: int = 0
    seconds: float = 0.0
    compare_seconds: float = 0.0

    def count(self, status: Status) -> None:
        setattr(self, status, getattr(self, status) + 1)

    def as_dict(self) -> dict[str, int | float]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def summary(self) -> str:
        skipped = ", ".join(f"{n} {name}" for name in ("unchanged", "duplicate", "repeated", "failed")
                            if (n := getattr(self, name)))
        return (
            f"{self.read} articles read: {self.stored} stored ({self.new} new, {self.changed} changed"
            + (f", {self.stale} re-extracted" if self.stale else "") + "), "
            f"{skipped or 'none'} skipped, {self.problems} problems; {self.claims} claims, "
            f"{self.comparisons} comparisons in {self.seconds:.1f}s ({self.compare_seconds:.1f}s comparing)"
        )


def ingest(
    items: Iterable[ArticleText | ReadProblem],
    store: Store,
    stages: Stages,
    *,
    batch_size: int = BATCH,
    per_key: int = PER_KEY,
    per_claim: int = PER_CLAIM,
    max_chars: int | None = MAX_CHARS,
    progress: Progress | None = None,
    warn: Callable[[str], None] = print,
    stats: IngestStats | None = None,
    sources: int | None = None,
    fingerprint: str | None = None,
    reextract: bool = False,
) -> IngestStats:
    """Ingest a stream of articles into `store`; read problems are reported through `warn` and skipped.

    `sources` (see count_sources) lets the progress bar estimate the total and so an ETA.
    Articles the extractor fails on are recorded under `fingerprint` (default: extractor_fingerprint())
    and not tried again until it changes; with `reextract`, stored articles whose records another
    fingerprint made are extracted again.

    Store errors (locked, read-only, disk full) propagate as StoreError after the batch in flight
    was rolled back; `stats` (pass your own to see it after an error) says what was committed.
    """
    stats = stats if stats is not None else IngestStats()
    started = time.monotonic()
    with store.transaction():
        pass  # a locked or read-only store fails here, before any extraction work
    fingerprint = fingerprint if fingerprint is not None else extractor_fingerprint()
    pending = _todo(items, store, stats, max_chars, progress, warn, sources, fingerprint, reextract)
    first = next(pending, None)
    if first is not None:  # start extracting only when there is something to extract
        batch: list[tuple[ArticleText, list[Record]]] = []
        failures: list[tuple[ArticleText, str]] = []
        for article, analysis in stages.extract(itertools.chain([first], pending)):
            if isinstance(analysis, str):
                stats.problems += 1
                warn(analysis)
                failures.append((article, analysis))
            else:
                batch.append((article, analysis))
            if len(batch) >= batch_size:
                _commit(batch, failures, fingerprint, store, stages, per_key, per_claim, stats, progress)
                batch, failures = [], []
        if batch or failures:
            _commit(batch, failures, fingerprint, store, stages, per_key, per_claim, stats, progress)
    stats.seconds = time.monotonic() - started
    return stats


def extractor_fingerprint() -> str:
    """The tracker version and the content of every rule file: what extraction depends on."""
    from tracker import __version__
    from tracker.resources import data_dir

    h = hashlib.sha256(__version__.encode())
    rules = data_dir("rules")
    for path in sorted(p for p in rules.rglob("*") if p.is_file()):
        h.update(str(path.relative_to(rules)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def count_sources(paths: Sequence[str]) -> int | None:
    """How many files (and zip members) articles will be read from; None when stdin is among them.

    Cheap (names only, zip directories only) and approximate: it gives the progress bar an ETA.
    """
    readable = TEXT_SUFFIXES | JSON_SUFFIXES
    n = 0
    for path in paths:
        if path == "-":
            return None
        files = [path]
        if os.path.isdir(path):
            files = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                files += [os.path.join(root, name) for name in names if not name.startswith(".")]
        for file in files:
            suffix = os.path.splitext(file)[1].lower()
            if suffix in ZIP_SUFFIXES:
                try:
                    with zipfile.ZipFile(file) as archive:
                        n += sum(os.path.splitext(m)[1].lower() in readable for m in archive.namelist())
                except (OSError, zipfile.BadZipFile):
                    n += 1
            elif suffix in readable or file == path:
                n += 1
    return n


class _Estimate:
    """Articles in total, from the sources done so far: a folder of texts is exact, a set of JSON
    files or zip members is extrapolated from the articles per file read so far."""

    def __init__(self, sources: int | None, progress: Progress | None) -> None:
        self.sources, self.progress = sources, progress
        self.current: str | None = None
        self.done = self.articles = 0

    def saw(self, path: str | None) -> None:
        if path != self.current:
            self.current = path
            self.done += 1
            if self.sources and self.progress is not None and self.done > 1:
                per_source = self.articles / (self.done - 1)
                self.progress.set_total(max(round(per_source * self.sources), self.articles))
        self.articles += 1


def _todo(
    items: Iterable[ArticleText | ReadProblem],
    store: Store,
    stats: IngestStats,
    max_chars: int | None,
    progress: Progress | None,
    warn: Callable[[str], None],
    sources: int | None,
    fingerprint: str,
    reextract: bool,
) -> Iterator[ArticleText]:
    """The articles that need extracting; everything else is counted (and reported) here."""
    estimate = _Estimate(sources, progress)
    for item in items:
        estimate.saw(item.path)
        if isinstance(item, ReadProblem):
            stats.problems += 1
            warn(str(item))
            continue
        stats.read += 1
        if max_chars is not None and len(item.text) > max_chars:
            stats.problems += 1
            warn(f"{item.path or item.id}: article {item.id} has {len(item.text):,} characters, more than "
                 f"the extractor takes ({max_chars:,}); skipped")
            continue
        meta = item.meta()
        status = store.classify(meta, fingerprint, stale=reextract)
        stats.count(status)
        if status in ("new", "changed", "stale"):
            yield item
            continue
        if status == "failed":
            stats.problems += 1
            warn(f"{item.path or item.id}: article {item.id}: skipped, extraction failed on this text before "
                 f"with the same rules: {store.failure(meta)}")
        if progress is not None:
            progress.update(skipped=1)


def _commit(
    annotated: list[tuple[ArticleText, list[Record]]], failures: list[tuple[ArticleText, str]],
    fingerprint: str, store: Store, stages: Stages, per_key: int, per_claim: int, stats: IngestStats,
    progress: Progress | None,
) -> None:
    """One transaction: the batch's articles and records, and the verdicts on its claims compared
    with each other and with the stored claims nearest to them (compared before the transaction, so
    that the store is locked for writing only while it is written)."""
    new = [r for _, records in annotated for r in records]
    words = [len(article.text.split()) for article, _ in annotated]
    started = time.monotonic()
    keys = {r.id: stages.keys(r) for r in new}
    wanted = set().union(*keys.values()) if keys else set()
    near = store.neighbours(wanted, per_key, per_claim * len(new))
    fresh = set(keys)
    block = [r for r in near if r.id not in fresh] + new
    found = [c for c in stages.compare(block) if c.a in fresh or c.b in fresh] if len(block) > 1 else []
    stats.compare_seconds += time.monotonic() - started
    with store.transaction():
        for (article, records), n in zip(annotated, words, strict=True):
            store.put_article(article.meta(), records, keys, words=n, fingerprint=fingerprint)
        compared = store.put_comparisons(found)
        for article, message in failures:
            store.put_failure(article.meta(), message, fingerprint)
    stats.stored += len(annotated)
    stats.claims += len(new)
    stats.comparisons += compared
    stats.words += sum(words)
    stats.batches += 1
    if progress is not None:
        progress.update(articles=len(annotated) + len(failures), claims=len(new))
