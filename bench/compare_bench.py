"""Benchmark `compare`: time on N claims for growing N, and how it grows (near linear, not all pairs).

    .venv/bin/python bench/compare_bench.py [INPUT] [--limit N] [--steps K] [--no-stance]
    .venv/bin/python bench/compare_bench.py --synthetic 20000

INPUT is a records file (JSON Lines from `tracker extract`, used as is) or a corpus (zips, folders,
JSON Lines of articles; default ../shared/corpus/saudinewsnet), whose first --limit articles are
extracted first with the real `tracker extract` (propositions included). --synthetic N builds N
records from sentences written for this benchmark instead (no corpus needed). Compare then runs on
the first N/2^k claims for k = steps-1 .. 0; the table gives seconds, candidate pairs, verdicts, and
the log-log slope of time against claims (1 = linear, 2 = all pairs). Prints Markdown.
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


def run(records: list[Record], stance: bool) -> tuple[float, int, dict[str, int]]:
    t = time.perf_counter()
    claims = [compare._claim(i, r) for i, r in enumerate(records)]
    pairs = sum(1 for _ in compare.candidate_pairs(claims))
    rows = list(compare.compare(records, use_stance=stance))
    seconds = time.perf_counter() - t
    counts = {v: sum(r.verdict == v for r in rows) for v in ("contradict", "agree", "echo")}
    return seconds, pairs, counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="Extract only the first N articles of a corpus.")
    ap.add_argument("--synthetic", type=int, help="Use N synthetic records instead of a corpus.")
    ap.add_argument("--steps", type=int, default=5, help="Sizes: all claims, half, a quarter, ...")
    ap.add_argument("--no-stance", action="store_true", help="Lattice only (no stance detectors).")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.synthetic:
            records = synthetic(args.synthetic)
            source = f"{args.synthetic} synthetic records"
        else:
            records = extracted(args.input, args.limit, Path(tmp))
            source = f"{args.input}" + (f" (first {args.limit} articles)" if args.limit else "")
    total = len(records)
    print(f"# compare benchmark: {source}, {total} claims, stance {'off' if args.no_stance else 'on'}\n")
    print("| claims | seconds | claims/s | candidate pairs | pairs/claim | contradict | agree | echo |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|")
    run(records[: min(50, total)], not args.no_stance)  # warm-up: rule files, stance model, caches
    points = []
    for k in range(args.steps - 1, -1, -1):
        n = max(1, total >> k)
        seconds, pairs, counts = run(records[:n], not args.no_stance)
        points.append((n, seconds))
        print(f"| {n} | {seconds:.2f} | {n / max(seconds, 1e-9):.0f} | {pairs} | {pairs / n:.1f} | "
              f"{counts['contradict']} | {counts['agree']} | {counts['echo']} |")
    usable = [(n, s) for n, s in points if n > 1 and s > 0]
    if len(usable) >= 2:
        (n0, s0), (n1, s1) = usable[0], usable[-1]
        slope = math.log(s1 / s0) / math.log(n1 / n0) if n1 != n0 else float("nan")
        print(f"\ngrowth: time ~ claims^{slope:.2f} between {n0} and {n1} claims (1 = linear, 2 = all pairs)")
    print(f"\n{platform_line()}")


def platform_line() -> str:
    import os
    import platform

    return f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.machine()}"


if __name__ == "__main__":
    main()
