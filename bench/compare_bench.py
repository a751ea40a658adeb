"""Benchmark `compare`: time on N claims for growing N, and how it grows (near linear, not all pairs).

    .venv/bin/python bench/compare_bench.py RECORDS.jsonl [--start 1000] [--limit N] [--order prefix|sample]
    .venv/bin/python bench/compare_bench.py [CORPUS] --articles N      # extract the first N articles first
    .venv/bin/python bench/compare_bench.py --synthetic 20000

RECORDS.jsonl is a records file with propositions (`tracker extract -o`, or `tracker dump` of a store:
a dump of the full-SaudiNewsNet store gives the corpus-wide figure). A corpus (zips, folders, JSON Lines
of articles; default ../shared/corpus/saudinewsnet) has its first --articles articles run through the
real `tracker extract` first. --synthetic N builds N records from sentences written for this benchmark.

Compare runs on 1k, 2k, 4k ... claims and on all of them (--start sets the first size; --limit caps
the claims used). `prefix` takes the first N claims (the corpus order: by day, so blocks fill as news
accumulates), `sample` a random N (seeded). The Markdown table gives claims, candidate pairs (pairs
sharing a block), comparisons written (verdicts), seconds of `compare` alone, claims/s, and the growth
exponent: the least-squares slope of log(seconds) against log(claims) (1 = linear, 2 = all pairs),
overall and between successive sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tracker import compare, propositions  # noqa: E402
from tracker.models import Record, Span, text_sha256  # noqa: E402
from tracker.records import read_records  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
TRACKER = str(Path(sys.executable).parent / "tracker")

# --- synthetic records from sentences written for the benchmark ----------------------------------------
ACTORS = ["داعش", "جبهة النصرة", "القاعدة", "حزب الله", "الحوثيون", "حماس", "قسد", "الحشد الشعبي", "طالبان",
          "أحرار الشام", "حركة الشباب", "بوكو حرام"]
PATTERNS = [
    "التعاون بين {x} و{y} مستمر منذ أشهر",
    "لا تحالف بين {x} و{y} في الوقت الراهن",
    "ما يجري بين {x} و{y} مجرد تنسيق تكتيكي",
    "اشتباكات عنيفة اندلعت بين {x} و{y} قرب الحدود",
    "{x} يقدم الدعم إلى {y} بالسلاح والمال",
    "{x} و{y} قررا الاندماج في كيان واحد",
    "{x} قتل {n} شخصا في هجوم على قرية",
    "{x} سيطر على {n} قرى في الريف الشرقي",
]
PLACES = ["قرب الحدود", "في ريف حلب", "في دير الزور", "شمال بغداد", "في الأنبار", "جنوب إدلب", "في صعدة",
          "في غزة"]
SPEAKERS = ["المحلل سمير داود", "الخبير نزار قباني", "مسؤول أمني", "الباحثة هدى منصور", "المتحدث باسم الجيش",
            "مصادر محلية", "الصحفي جواد سليمان", "المرصد المحلي"]


def synthetic(n: int, seed: int = 7) -> list[Record]:
    rng = random.Random(seed)
    out: list[Record] = []
    day0 = dt.date(2015, 7, 1)
    while len(out) < n:
        art = len(out) // 4
        speaker = rng.choice(SPEAKERS)
        x, y = rng.sample(ACTORS, 2)
        claim = rng.choice(PATTERNS).format(x=x, y=y, n=rng.randint(2, 60)) + " " + rng.choice(PLACES)
        text = f"قال {speaker} إن {claim}.\n"
        sha = text_sha256(text)
        sp = Span(text=speaker, start=4, end=4 + len(speaker))
        start = text.index(claim)
        cl = Span(text=claim, start=start, end=start + len(claim))
        rec = Record.model_validate({
            "id": Record.make_id(sha, cl, sp) + f"-{len(out)}",
            "article": {"id": f"syn-{art}", "sha256": sha, "published": day0 + dt.timedelta(days=art % 40)},
            "claim": {**cl.model_dump(), "kind": "indirect", "polarity": "affirmed"},
            "cue": {"text": "قال", "start": 0, "end": 3, "lemma": "قال"},
            "speaker": {**sp.model_dump(), "resolved": speaker, "type": "named_person", "anonymous": False},
        })  # fmt: skip
        out.append(rec)
    return list(propositions.annotate(out, lambda r: None))


def extracted(source: Path, limit: int | None, folder: Path) -> list[Record]:
    """Records of a records file, or of the first `limit` articles of a corpus run through extract."""
    if source.suffix == ".jsonl" and _is_records(source):
        return list(read_records([str(source)]))
    corpus = source
    if limit:
        from ingest_bench import limited_copy

        corpus = limited_copy(source, limit, folder)
    out = folder / "records.jsonl"
    t = time.perf_counter()
    subprocess.run([TRACKER, "extract", str(corpus), "-o", str(out), "--quiet"], check=False)
    print(f"extracted in {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return list(read_records([str(out)]))


def _is_records(path: Path) -> bool:
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return '"claim"' in first and '"speaker"' in first


def clear_caches() -> None:
    """Forget what earlier sizes memoized (per-text and per-pair lru caches), keep the loaded rules (the
    unbounded @cache of rule files and models): each size is timed as if it were the only run."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("tracker"):
            continue
        for obj in list(vars(module).values()):
            params = getattr(obj, "cache_parameters", None)
            if callable(params) and params().get("maxsize") is not None:
                obj.cache_clear()


def run(records: list[Record], stance: bool) -> tuple[float, int, dict[str, int]]:
    """Seconds of compare.compare alone, candidate pairs (counted untimed), verdict counts."""
    clear_caches()
    t = time.perf_counter()
    rows = list(compare.compare(records, use_stance=stance))
    seconds = time.perf_counter() - t
    claims = [compare.as_claim(r, i) for i, r in enumerate(records)]
    pairs = sum(1 for _ in compare.candidate_pairs(claims))
    counts = {v: sum(r.verdict == v for r in rows) for v in ("contradict", "agree", "echo")}
    return seconds, pairs, counts


def sizes(total: int, start: int) -> list[int]:
    """start, 2*start, 4*start ... below total, then total."""
    out, n = [], max(1, start)
    while n < total:
        out.append(n)
        n *= 2
    return [*out, total]


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(seconds) on log(claims)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else float("nan")


def subset(records: list[Record], n: int, order: str, seed: int = 7) -> list[Record]:
    if order == "prefix" or n >= len(records):
        return records[:n]
    picked = sorted(random.Random(seed).sample(range(len(records)), n))  # keep the corpus order
    return [records[i] for i in picked]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, help="Extract only the first N articles of a corpus.")
    ap.add_argument("--limit", type=int, help="Use at most the first N claims.")
    ap.add_argument("--synthetic", type=int, help="Use N synthetic records instead of a corpus.")
    ap.add_argument("--start", type=int, default=1000, help="Smallest size; each next size doubles it.")
    ap.add_argument("--order", choices=("prefix", "sample"), default="prefix",
                    help="First N claims or random N.")
    ap.add_argument("--no-stance", action="store_true", help="Lattice only (no stance detectors).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.synthetic:
            records = synthetic(args.synthetic)
            source = f"{args.synthetic} synthetic records"
        else:
            records = extracted(args.input, args.articles, Path(tmp))
            source = f"{args.input}" + (f" (first {args.articles} articles)" if args.articles else "")
    if args.limit:
        records = records[: args.limit]
    total = len(records)
    stance = "off" if args.no_stance else "on"
    print(f"# compare benchmark: {source}, {total} claims, {args.order}, stance {stance}\n")
    print("| claims | candidate pairs | comparisons | seconds | claims/s | exponent (from previous size) |")
    print("|---:|---:|---:|---:|---:|---:|")
    run(subset(records, min(args.start, total), args.order), not args.no_stance)  # loads rules, stance model
    points: list[tuple[int, float]] = []
    for n in sizes(total, args.start):
        part = subset(records, n, args.order)
        seconds, pairs, counts = run(part, not args.no_stance)
        step = f"{exponent([points[-1], (n, seconds)]):.2f}" if points and seconds > 0 else ""
        if seconds > 0:
            points.append((n, seconds))
        verdicts = f"{counts['contradict']} contradict, {counts['agree']} agree, {counts['echo']} echo"
        rate = n / max(seconds, 1e-9)
        cells = [n, pairs, f"{sum(counts.values())} ({verdicts})", f"{seconds:.2f}", f"{rate:.0f}", step]
        print(f"| {' | '.join(map(str, cells))} |", flush=True)
    if len(points) >= 2:
        print(f"\ngrowth: time ~ claims^{exponent(points):.2f} (least squares over {len(points)} sizes, "
              f"{points[0][0]}..{points[-1][0]} claims; 1 = linear, 2 = all pairs)")  # fmt: skip
    print(f"\n{platform_line()}")


def platform_line() -> str:
    import os
    import platform

    return f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}"


if __name__ == "__main__":
    main()
