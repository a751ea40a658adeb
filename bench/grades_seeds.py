"""What the grades say on real records: the checks of issue 5 ("Measured"), printed, not asserted.

    python bench/grades_seeds.py RECORDS.jsonl [--comparisons FILE] [--limit N]

RECORDS is the output of `tracker extract ../shared/seeds/` (or bench/gold_records.py). Prints, per
article, the credibility of claims confirmed by several independent origins against single-origin
claims, the sources seen in more than one article, and the statements carried by several articles.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from statistics import mean

from tracker.cli.prov_common import load


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("records", nargs="+")
    ap.add_argument("--comparisons")
    ap.add_argument("--limit", type=int, default=0, help="Grade only the first N records.")
    args = ap.parse_args()
    a = load(args.records, args.comparisons)
    records = a.records[: args.limit] if args.limit else a.records
    per_article: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for r in records:
        assert r.grades is not None
        sup = a.support[a.statement(r.id).id]
        group = (
            "multi-origin confirmed"
            if len(sup.agree) >= 2 and not sup.contradict
            else ("single origin" if not sup.agree and not sup.contradict else "other")
        )
        per_article[r.article.id][group].append(r.grades.credibility)
    for art, groups in per_article.items():
        cells = ", ".join(f"{g}: n={len(v)} mean={mean(v):.2f}" for g, v in sorted(groups.items()))
        print(f"{art}: {cells}")
    print("\nsources in several articles:")
    for sg in a.sources.values():
        if len(sg.source.articles) > 1 and sg.source.records:
            print(
                f"  {sg.source.id} {sg.source.name} ({sg.source.type}) {sg.reliability} "
                f"articles={len(sg.source.articles)} records={len(sg.source.records)}"
            )
    print("\nstatements carried by several articles:")
    by_id = a.by_id
    for st in a.provenance.statements:
        if st.echoes:
            first = by_id[st.first]
            print(f"  first {first.article.id} «{first.claim.text[:60]}»")
            for e in st.echoes:
                print(f"    echo {by_id[e].article.id} ({st.how[e]})")


if __name__ == "__main__":
    main()
