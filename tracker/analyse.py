"""A stream of articles -> each article's records with propositions (extract, then normalize), in one
process or several, in input order, with a time limit per article.

Both `tracker extract` and `tracker ingest` run articles through here, so they give the same records
and the same per-article failures: an article that crashes the rules or takes too long is reported
with a one-line reason and the run goes on.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING

from tracker.models import Record
from tracker.read import ArticleText

if TYPE_CHECKING:
    from tracker.extract import Extractor

ARTICLE_SECONDS = 120.0
"""An article whose extraction takes longer is abandoned and reported."""
CHUNK = 8
"""Articles sent to a worker process at a time..."""
AHEAD = 4
"""...and chunks in flight per worker: enough for the workers to go on while the main process
writes, few enough to keep memory flat."""

Analysis = list[Record] | str
"""An article's records (with propositions), or why extracting them failed."""
Extracted = tuple[ArticleText, Analysis]


class TooSlow(Exception):
    """Raised inside an article's extraction when its time is up."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TooSlow in the block after `seconds` (SIGALRM: Unix, main thread; elsewhere no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds <= 0 or not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TooSlow

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


_extractor: Extractor | None = None
_rules_dir: str | None = None


def use_rules(rules_dir: str | None = None) -> Extractor:
    """The extractor of this process, built on first use (a run with nothing to extract never loads
    spaCy) or when other rules are asked for; bad rules raise RuleError here, not once per article."""
    global _extractor, _rules_dir
    from tracker.extract import Extractor

    if _extractor is None or rules_dir != _rules_dir:
        _extractor, _rules_dir = Extractor(rules_dir), rules_dir
    return _extractor


def analyse(article: ArticleText, seconds: float = ARTICLE_SECONDS) -> Analysis:
    """Extract and annotate one article, or say in one line why that failed."""
    from tracker.propositions import annotate

    where = article.path or article.id
    extractor = _extractor or use_rules(_rules_dir)
    try:
        with time_limit(seconds):
            records = extractor.records(article)
            return list(annotate(records, lambda _: article.text))
    except TooSlow:
        return (f"{where}: article {article.id}: extraction took more than {seconds:g} s "
                f"({len(article.text):,} characters); abandoned")
    except Exception as e:  # one article's failure must not end a corpus run
        why = " ".join(str(e).split())[:300]
        return f"{where}: article {article.id}: extraction failed: {type(e).__name__}: {why}"


def analysed(
    articles: Iterable[ArticleText],
    jobs: int = 1,
    seconds: float = ARTICLE_SECONDS,
    rules_dir: str | None = None,
) -> Iterator[Extracted]:
    """Every article with its analysis, in input order; with jobs > 1 in that many worker processes."""
    if jobs <= 1:
        use_rules(rules_dir)
        for article in articles:
            yield article, analyse(article, seconds)
    else:
        yield from _parallel(articles, jobs, seconds, rules_dir)


def _analyse_chunk(chunk: list[ArticleText], seconds: float) -> list[Analysis]:
    return [analyse(article, seconds) for article in chunk]


def _start_worker(parent: int, rules_dir: str | None) -> None:
    """Worker initializer: use the run's rules, and end this worker when the parent process is gone
    (killed with SIGKILL, say), rather than wait forever on a queue nobody will feed."""
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    use_rules(rules_dir)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _parallel(
    articles: Iterable[ArticleText], jobs: int, seconds: float, rules_dir: str | None
) -> Iterator[Extracted]:
    """`analyse` in a pool of processes, in input order, with a bounded number of articles in flight
    (Pool.imap would read the whole input ahead)."""
    source = iter(articles)
    window: deque[tuple[list[ArticleText], Future[list[Analysis]]]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(os.getpid(), rules_dir)) as pool:

        def submit() -> None:
            chunk = list(itertools.islice(source, CHUNK))
            if chunk:
                window.append((chunk, pool.submit(_analyse_chunk, chunk, seconds)))

        for _ in range(AHEAD * jobs):
            submit()
        while window:
            chunk, future = window.popleft()
            results = future.result()
            submit()
            yield from zip(chunk, results, strict=True)
