"""Score `tracker compare` against the `relations` of a gold file (tracker-gold/1), on extracted records.

    python bench/score_compare.py [--gold ../shared/gold/seeds.json] RECORDS.jsonl [COMPARISONS.jsonl]

Each gold entry is matched to the extracted record of the same article whose claim covers at least
half of the gold claim (the rule of ../shared/tools/score.py), the one overlapping most. Without
COMPARISONS the records are compared here (tracker.compare.compare). Prints JSON:
- contradictions: gold contradictions flagged / gold contradictions (recall); pairs whose entries were
  not both extracted count as missed;
- false_contradictions: pairs listed in `agreements` or `not_contradictions` called a contradiction;
- precision: record pairs called a contradiction that a gold contradiction names / record pairs
  called a contradiction that some gold relation names (a contradiction between entries no relation
  mentions is `unjudged`, not counted);
- echoes and agreements found (an echo also counts as found when called `agree`: never as independent).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path, PurePosixPath
from typing import Any

from tracker.compare import compare
from tracker.jsonio import iter_json
from tracker.models import Comparison, Record


def load(path: str, model: type[Any]) -> list[Any]:
    return [model.model_validate(item.value) for item in iter_json(path) if item.error is None]


def match(gold: dict[str, Any], records: list[Record]) -> dict[str, str]:
    """Gold entry id -> record id."""
    by_article: dict[str, list[Record]] = {}
    for r in records:
        by_article.setdefault(r.article.id, []).append(r)
    out = {}
    for article in gold["articles"]:
        candidates = by_article.get(PurePosixPath(article["file"]).stem, [])
        for entry in article["attributions"]:
            start, end = entry["claim_start"], entry["claim_end"]

            def overlap(r: Record, start: int = start, end: int = end) -> int:
                return max(0, min(end, r.claim.end) - max(start, r.claim.start))

            best = max(candidates, key=overlap, default=None)
            if best is not None and 2 * overlap(best) >= end - start:
                out[entry["id"]] = best.id
    return out


def score(gold: dict[str, Any], records: list[Record], comparisons: list[Comparison]) -> dict[str, Any]:
    rec = match(gold, records)
    verdict = {frozenset((c.a, c.b)): c.verdict for c in comparisons}

    def called(pair: list[str]) -> str | None:
        a, b = (rec.get(x) for x in pair)
        return verdict.get(frozenset((a, b))) if a and b and a != b else None

    rel = gold["relations"]
    judged = {frozenset(rec[x] for x in p) for lst in rel.values() for p in lst if all(x in rec for x in p)}
    flagged = sum(called(p) == "contradict" for p in rel["contradictions"])
    contradicted = [pair for pair, v in verdict.items() if v == "contradict"]
    called_judged = sum(pair in judged for pair in contradicted)
    # precision counts record pairs: two gold pairs that map onto one record pair are one call
    gold_contra = {frozenset(rec[x] for x in p) for p in rel["contradictions"] if all(x in rec for x in p)}
    called_right = sum(pair in gold_contra for pair in contradicted)
    false = [p for key in ("agreements", "not_contradictions") for p in rel[key] if called(p) == "contradict"]
    return {
        "gold_entries_matched": f"{len(rec)}/{sum(len(a['attributions']) for a in gold['articles'])}",
        "contradictions": f"{flagged}/{len(rel['contradictions'])}",
        "contradiction_recall": round(flagged / max(1, len(rel["contradictions"])), 3),
        "contradiction_precision": round(called_right / called_judged, 3) if called_judged else None,
        "false_contradictions": false,
        "unjudged_contradictions": len(contradicted) - called_judged,
        "echoes": f"{sum(called(p) in ('echo', 'agree') for p in rel['echoes'])}/{len(rel['echoes'])}",
        "echoes_as_echo": sum(called(p) == "echo" for p in rel["echoes"]),
        "agreements": f"{sum(called(p) == 'agree' for p in rel['agreements'])}/{len(rel['agreements'])}",
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    seeds = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seeds.json"
    ap.add_argument("--gold", type=Path, default=seeds)
    ap.add_argument("records")
    ap.add_argument("comparisons", nargs="?")
    args = ap.parse_args()
    gold = json.loads(args.gold.read_text(encoding="utf-8"))
    records = load(args.records, Record)
    comparisons = load(args.comparisons, Comparison) if args.comparisons else list(compare(records))
    print(json.dumps(score(gold, records, comparisons), ensure_ascii=False))


if __name__ == "__main__":
    main()
