"""Gold attributions (tracker-gold/1) as tracker records, and gold relations as comparisons.

For measuring sources / provenance / grades apart from extraction errors:

    python bench/gold_records.py [--gold ../shared/gold/seeds.json] -o /tmp/gold.jsonl \
        [--comparisons /tmp/gold-cmp.jsonl]

then `tracker attribute "..." /tmp/gold.jsonl --comparisons /tmp/gold-cmp.jsonl`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tracker.jsonio import write_jsonl
from tracker.models import Comparison, Record, Span, text_sha256

VERDICTS = {"agreements": "agree", "contradictions": "contradict", "echoes": "echo"}


def convert(gold_path: Path) -> tuple[list[Record], list[Comparison]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    root = gold_path.parent.parent
    records: list[Record] = []
    ids: dict[str, str] = {}
    for art in gold["articles"]:
        text = (root / art["file"]).read_text(encoding="utf-8")
        sha = text_sha256(text)
        for a in art["attributions"]:
            claim = Span(text=a["claim"], start=a["claim_start"], end=a["claim_end"])
            speaker = Span(text=a["speaker"], start=a["speaker_start"], end=a["speaker_end"])
            cue_start = text.find(a["cue"], max(0, speaker.start - 40)) if a["cue"] != ":" else speaker.end
            data: dict[str, Any] = {
                "id": Record.make_id(sha, claim, speaker),
                "article": {
                    "id": art["id"],
                    "sha256": sha,
                    "outlet": art.get("outlet"),
                    "published": art.get("published"),
                },
                "claim": {**claim.model_dump(), "kind": a["kind"], "polarity": a["polarity"]},
                "cue": {
                    "text": a["cue"],
                    "start": cue_start,
                    "end": cue_start + len(a["cue"]),
                    "lemma": a["cue"],
                },
                "speaker": {
                    **speaker.model_dump(),
                    "resolved": a["resolved"],
                    "type": a["type"],
                    "anonymous": a["anonymous"],
                },
                "via": [{"text": v, "start": 0, "end": len(v), "type": "media_outlet"} for v in a["via"]],
            }
            try:
                rec = Record.model_validate(data)
            except ValueError:  # cue found inside the claim: put it on the speaker's side
                data["cue"] = {**data["speaker"], "lemma": a["cue"]}
                data["cue"] = {k: data["cue"][k] for k in ("text", "start", "end", "lemma")}
                rec = Record.model_validate(data)
            records.append(rec)
            ids[a["id"]] = rec.id
    comparisons = [
        Comparison(a=ids[x], b=ids[y], verdict=v, proposition="gold", reason="gold relation", rule="gold")  # type: ignore[arg-type]
        for key, v in VERDICTS.items()
        for x, y in gold["relations"].get(key, [])
    ]
    return records, comparisons


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument(
        "--gold", type=Path, default=Path(__file__).parent.parent.parent / "shared/gold/seeds.json"
    )
    ap.add_argument("-o", "--output", required=True)
    ap.add_argument("--comparisons")
    args = ap.parse_args()
    records, comparisons = convert(args.gold)
    write_jsonl(args.output, records)
    if args.comparisons:
        write_jsonl(args.comparisons, comparisons)


if __name__ == "__main__":
    main()
