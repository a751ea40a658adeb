"""Benchmark claim extraction against the bare spaCy Arabic tokenizer on the same articles (issue 3).

    .venv/bin/python bench/extract_bench.py [CORPUS ...] [--limit N] [--jobs N] [--skip-command]
                                               [--sequential]

CORPUS defaults to ../shared/corpus/saudinewsnet. Each measurement runs in its own child process
(so each peak RSS is its own) and streams the corpus with `read.iter_articles` again: no run holds
all texts in memory. Measured: the bare `spacy.blank("ar")` tokenizer (`nlp.pipe`); our extraction
(`Extractor.records`: the spaCy pipeline and the records) in one process; and what `tracker extract`
runs (`analyse.analysed`: records and propositions) with one process and with --jobs N (default 2;
--skip-command leaves both out). The bare tokenizer and the extraction take turns, 200 articles each
(which goes first alternates), so that their ratio is measured under the same load and clock speed;
--sequential runs one after the other instead. Timing starts after the pipeline is built and counts
reading the articles; for N jobs it includes starting the worker processes.
Words are whitespace tokens. CPU s is user + system time of the measuring process and its workers:
words per CPU second is the speed per core, which other load on the machine changes less than wall time.
Peak RSS is `getrusage(RUSAGE_SELF)` of the measuring process and `getrusage(RUSAGE_CHILDREN)`
(the largest worker) for N jobs. For one job the current RSS is also sampled after 25%, 50% and 100%
of the articles: with streaming it should stay flat. Prints Markdown tables.

Targets (issue 3): extraction at least half the bare tokenizer's words/s per core, memory flat in
corpus size, --jobs 2 close to twice one job.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
BATCH = 200
"""Articles per turn when the bare tokenizer and the extraction take turns."""


def articles(paths: list[str], limit: int | None) -> Iterator[Any]:
    """The corpus as a stream of `ArticleText` (read problems skipped), at most `limit` of them."""
    from tracker.read import ArticleText, iter_articles

    stream = (a for a in iter_articles(paths) if isinstance(a, ArticleText))
    return itertools.islice(stream, limit) if limit else stream


def current_rss_mb() -> float:
    """Resident memory now (VmRSS), in MiB; Linux only, else the peak so far."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_now() -> float:
    """CPU seconds used so far by this process and its finished children (workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def prepare(kind: str, paths: list[str], limit: int | None, jobs: int) -> Iterator[tuple[int, int | None]]:
    """Build what `kind` measures (outside the timing), and return the stream of (words, claims) that
    processes one article per item: reading it, then tokenizing or extracting it.

    bare: the tokenizer alone; extract: `Extractor.records` (spaCy pipeline + records), one process;
    command: what `tracker extract` runs (`analyse.analysed`: records and propositions) with `jobs`.
    """
    if kind == "bare":
        import spacy

        nlp = spacy.blank("ar")
        nlp("تهيئة")
        return ((len(doc.text.split()), None) for doc in nlp.pipe(a.text for a in articles(paths, limit)))
    from tracker.analyse import analysed, use_rules

    extractor = use_rules()
    extractor.nlp("تهيئة")  # lexicon and rule files loaded before timing
    stream = articles(paths, limit)
    if kind == "extract":
        done: Iterator[tuple[Any, Any]] = ((a, extractor.records(a)) for a in stream)
    else:
        done = analysed(stream, jobs)
    return ((len(a.text.split()), len(r) if isinstance(r, list) else 0) for a, r in done)


def measure(kind: str, paths: list[str], limit: int | None, jobs: int, total: int | None,
            lockstep: bool = False) -> dict:
    """One measurement, in this (child) process: counts, seconds, peak and sampled RSS.

    With `lockstep` the articles are processed BATCH at a time, each batch when the parent asks for it
    on stdin, so that two measurements taking turns meet the same machine (another job starting, the
    CPU's clock changing); seconds and CPU seconds count the batches only.
    """
    items = prepare(kind, paths, limit, jobs)
    n = words = claims = 0
    seconds = cpu = 0.0
    samples: dict[str, float] = {}
    marks = {max(1, round(total * f)): f"{int(f * 100)}%" for f in (0.25, 0.5, 1.0)} if total else {}
    label = "bare tokenizer" if kind == "bare" else f"{kind}, {jobs} job(s)"

    def run(most: int | None) -> bool:
        """Process `most` articles (all when None); True when the stream is exhausted."""
        nonlocal n, words, claims, seconds, cpu
        t0, cpu0, k = time.perf_counter(), cpu_now(), 0
        for w, c in itertools.islice(items, most):
            k += 1
            n += 1
            words += w
            claims += c or 0
            if n in marks and jobs == 1:
                samples[marks[n]] = round(current_rss_mb(), 1)
            if n % 500 == 0:
                of = f"/{total}" if total else ""
                print(f"  {label}: {n}{of} articles", file=sys.stderr, flush=True)
        seconds += time.perf_counter() - t0
        cpu += cpu_now() - cpu0
        return most is None or k < most

    if lockstep:
        print("ready", flush=True)
        for _ in sys.stdin:
            done = run(BATCH)
            print(json.dumps({"done": done}), flush=True)
            if done:
                break
    else:
        run(None)
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_seconds": cpu,
        "articles": n,
        "words": words,
        "claims": claims if kind != "bare" else None,
        "seconds": seconds,
        "peak_self_mb": me.ru_maxrss / 1024,
        "peak_children_mb": kids.ru_maxrss / 1024,
        "rss_samples": samples,
    }


def child_command(kind: str, args: argparse.Namespace, jobs: int, total: int | None) -> list[str]:
    cmd = [sys.executable, __file__, *args.paths, "--measure", kind, "--jobs", str(jobs),
           "--total", str(total or 0)]
    if args.limit:
        cmd += ["--limit", str(args.limit)]
    return cmd


def run_child(kind: str, args: argparse.Namespace, jobs: int, total: int | None) -> dict:
    """`measure` in a fresh interpreter, so that its peak RSS is its own."""
    print(f"{kind}, {jobs} job(s) ...", file=sys.stderr, flush=True)
    out = subprocess.run(child_command(kind, args, jobs, total), check=True, stdout=subprocess.PIPE,
                         text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_lockstep(args: argparse.Namespace, total: int | None) -> tuple[dict, dict]:
    """The bare tokenizer and the extraction, each in its own interpreter, taking turns batch by batch
    (which goes first alternates): their ratio is then measured under the same conditions."""
    print("bare tokenizer and extraction, taking turns ...", file=sys.stderr, flush=True)
    kinds = ("bare", "extract")
    procs = {k: subprocess.Popen([*child_command(k, args, 1, total), "--lockstep"], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, text=True) for k in kinds}
    for k, p in procs.items():
        assert p.stdout is not None and p.stdout.readline().strip() == "ready", k
    left, turn = set(kinds), 0
    while left:
        for k in kinds if turn % 2 == 0 else kinds[::-1]:
            p = procs[k]
            assert p.stdin is not None and p.stdout is not None
            if k in left:
                p.stdin.write("next\n")
                p.stdin.flush()
                if json.loads(p.stdout.readline())["done"]:
                    left.discard(k)
        turn += 1
    results = {}
    for k, p in procs.items():
        assert p.stdin is not None and p.stdout is not None
        p.stdin.close()
        out = p.stdout.read()  # not communicate(): it would miss lines already in p.stdout's buffer
        if p.wait():
            raise subprocess.CalledProcessError(p.returncode, p.args)
        results[k] = json.loads(out.strip().splitlines()[-1])
    return results["bare"], results["extract"]


def row(name: str, r: dict) -> list[Any]:
    s = r["seconds"]
    worker = f"{r['peak_children_mb']:.0f}" if r["peak_children_mb"] else "-"
    return [name, r["articles"], r["words"], "-" if r["claims"] is None else r["claims"], f"{s:.1f}",
            f"{r['cpu_seconds']:.1f}", f"{r['articles'] / s:.1f}", f"{r['words'] / s:,.0f}",
            f"{r['words'] / r['cpu_seconds']:,.0f}", f"{r['peak_self_mb']:.0f}", worker]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*", default=[str(DEFAULT_CORPUS)], help="corpus files or folders")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--jobs", type=int, default=2, help="also time the command with N processes")
    parser.add_argument("--skip-command", action="store_true",
                        help="time only the bare tokenizer and the extraction (the ratio of issue 3)")
    parser.add_argument("--sequential", action="store_true",
                        help="run the bare tokenizer, then the extraction (by default they take turns)")
    parser.add_argument("--measure", choices=["bare", "extract", "command"], help=argparse.SUPPRESS)
    parser.add_argument("--lockstep", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--total", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        result = measure(args.measure, args.paths, args.limit, args.jobs, args.total or None, args.lockstep)
        print(json.dumps(result))
        return

    if args.sequential:
        bare = run_child("bare", args, 1, args.limit)
        total = bare["articles"]  # the bare pass counts the articles; the others sample RSS at its quarters
        one = run_child("extract", args, 1, total)
    else:
        total = args.limit or sum(1 for _ in articles(args.paths, None))
        bare, one = run_lockstep(args, total)
        total = bare["articles"]
    results = [("bare `spacy.blank(\"ar\")` tokenizer", bare), ("extraction (records), 1 process", one)]
    command = many = None
    if not args.skip_command:
        command = run_child("command", args, 1, total)
        results.append(("`tracker extract` (records + propositions), --jobs 1", command))
    if args.jobs > 1 and command is not None:
        many = run_child("command", args, args.jobs, total)
        results.append((f"`tracker extract` (records + propositions), --jobs {args.jobs}", many))

    headers = ["run", "articles", "words", "claims", "seconds", "CPU s", "articles/s", "words/s",
               "words/CPU s", "peak RSS MiB", "peak RSS worker MiB"]
    print(tabulate([row(name, r) for name, r in results], headers, tablefmt="github", disable_numparse=True))
    print()

    def ratio(r: dict, by: str) -> float:
        return (r["words"] / r[by]) / (bare["words"] / bare[by])

    print(f"extraction / bare tokenizer: {ratio(one, 'seconds'):.2f} in words/s, "
          f"{ratio(one, 'cpu_seconds'):.2f} in words/CPU s")
    if command is not None:
        print(f"tracker extract --jobs 1 / bare tokenizer: {ratio(command, 'seconds'):.2f} in words/s, "
              f"{ratio(command, 'cpu_seconds'):.2f} in words/CPU s")
    if many is not None and command is not None:
        print(f"--jobs {args.jobs} / --jobs 1 (words/s): {command['seconds'] / many['seconds']:.2f}")
    samples = one["rss_samples"]
    if samples:
        print("RSS of extraction after " + ", ".join(f"{k} of the articles: {v:.0f} MiB"
                                                              for k, v in samples.items()))
    print(f"\nmachine: {os.cpu_count()} CPUs; load average before the run is not controlled "
          f"(now {os.getloadavg()[0]:.2f})")


if __name__ == "__main__":
    main()
