"""Benchmark `tracker ingest`: a corpus into an empty store with --jobs 1 and --jobs 2, then a re-ingest.

    .venv/bin/python bench/ingest_bench.py [CORPUS] [--limit N] [--jobs 1 2] [--keep DIR]

CORPUS defaults to ../shared/corpus/saudinewsnet (31,030 articles in 19 zips). With --limit N the
first N articles are copied into a JSON Lines file first and that file is ingested. Each run is the
real command in a subprocess; peak memory is the largest sum of RSS over the command's whole process
tree (worker processes included), sampled every 50 ms from /proc, and the largest sum of PSS (shared
pages counted once: what the tree really holds; RSS counts the pages workers share with the parent
and the libraries in every process). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRACKER = [str(Path(sys.executable).parent / "tracker")]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
PAGE = os.sysconf("SC_PAGE_SIZE")


def _pss(pid: int) -> int:
    """Proportional set size of a process, in bytes: shared pages (the interpreter, spaCy's libraries,
    the pages a worker shares with its parent after fork) counted once over the processes sharing them."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("Pss:"))
    except (OSError, StopIteration):
        return 0


def tree_memory(root: int) -> tuple[int, int]:
    """(sum of RSS, sum of PSS) in bytes of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
            with open(f"/proc/{entry}/statm") as f:
                resident = int(f.read().split()[1]) * PAGE
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry))
        rss[int(entry)] = resident
    total = pss = 0
    todo = [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        pss += _pss(pid)
        todo += children.get(pid, [])
    return total, pss


@dataclass
class Run:
    name: str
    seconds: float
    peak: int
    peak_pss: int
    summary: dict[str, float]


def run(name: str, args: list[str]) -> Run:
    """Run one tracker command, sampling the memory of its process tree until it ends."""
    started = time.monotonic()
    proc = subprocess.Popen([*TRACKER, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = peak_pss = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_pss
        while not done.is_set():
            rss, pss = tree_memory(proc.pid)
            peak, peak_pss = max(peak, rss), max(peak_pss, pss)
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.monotonic() - started
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        sys.exit(f"{name} failed ({proc.returncode}): {err.strip()[-2000:]}")
    problems = [line for line in err.splitlines() if line.strip()]
    if problems:
        print(f"{name}: {len(problems)} lines on stderr, first: {problems[0]}", file=sys.stderr)
    return Run(name, seconds, peak, peak_pss, json.loads(out))


def limited_copy(corpus: Path, limit: int, folder: Path) -> Path:
    """The first `limit` articles of `corpus` as one JSON Lines file (fields as in the corpus)."""
    sys.path.insert(0, str(ROOT))
    from tracker.read import ArticleText, iter_articles

    target = folder / f"first-{limit}.jsonl"
    n = 0
    with open(target, "w", encoding="utf-8") as out:
        for item in iter_articles([str(corpus)]):
            if isinstance(item, ArticleText):
                row = {"id": item.id, "content": item.text, "title": item.title, "source": item.outlet,
                       "url": item.url, "date": item.published.isoformat() if item.published else None}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
                if n == limit:
                    break
    return target


def db_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="Ingest only the first N articles.")
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="Job counts to run (default: 1 2).")
    ap.add_argument("--keep", type=Path, help="Keep the stores in this folder (default: a temporary one).")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source = limited_copy(args.corpus, args.limit, work) if args.limit else args.corpus

    rows, first_seconds = [], {}
    for jobs in args.jobs:
        db = work / f"jobs{jobs}.db"
        for p in work.glob(db.name + "*"):
            p.unlink()
        r = run(f"ingest --jobs {jobs}", ["ingest", str(source), "--db", str(db), "--jobs", str(jobs),
                                          "--quiet", "--format", "json"])
        first_seconds[jobs] = r.seconds
        rows.append((r, db_size(db), None))
        last_db, last_jobs = db, jobs
    again = run(f"re-ingest --jobs {last_jobs}", ["ingest", str(source), "--db", str(last_db), "--jobs",
                                                  str(last_jobs), "--quiet", "--format", "json"])
    rows.append((again, db_size(last_db), again.seconds / first_seconds[last_jobs]))
    with sqlite3.connect(last_db) as conn:
        words = conn.execute("SELECT sum(words) FROM articles").fetchone()[0] or 0

    print(f"Corpus: {args.corpus}{f' (first {args.limit} articles)' if args.limit else ''}; "
          f"{words:,} words stored.")
    print(f"Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}, {platform.platform()}\n")
    print("| run | wall s | of which comparing s | articles/s | words/s | articles stored | claims "
          "| comparisons | peak RSS MB | peak PSS MB | db MB | share of first run |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r, size, share in rows:
        s = r.summary
        done = s["read"]
        words = f"{s['words'] / r.seconds:,.0f}" if s["words"] else "-"
        print(f"| {r.name} | {r.seconds:.1f} | {s['compare_seconds']:.1f} | {done / r.seconds:,.0f} "
              f"| {words} | "
              f"{s['stored']:,} | {s['claims']:,} | {s['comparisons']:,} | {r.peak / 2**20:,.0f} | "
              f"{r.peak_pss / 2**20:,.0f} | "
              f"{size / 2**20:,.1f} | {f'{share:.1%}' if share is not None else ''} |")


if __name__ == "__main__":
    main()
