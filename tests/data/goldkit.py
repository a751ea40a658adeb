"""What the gold generators of tests/data/*/make_gold.py share: speaker types, entry helpers, offsets.

Offsets are computed from the strings and checked (text[start:end] == string), never typed by hand. A
claim must occur once in its article (or give `nth`); the speaker is taken at its occurrence nearest to
the claim (or `speaker_nth`); a `resolved` name must occur in the article (or say `resolved_elsewhere`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

N_OFF = "named_official"
N_PER = "named_person"
A_OFF = "anonymous_official"
A_SRC = "anonymous_source"
MEDIA = "media_outlet"
ORG = "organization"
DOC = "document"

ANON = {"anonymous": True}
NEG = {"polarity": "negated"}
DIRECT = {"kind": "direct"}
HEAD = {"kind": "headline"}
OPT = {"optional": True}

Entry = tuple[str, str, str, str, str, dict[str, Any]]
"""(claim, speaker, resolved, type, cue, extra)"""


def E(label: str, claim: str, speaker: str, resolved: str, type_: str, cue: str, *extras: dict, **kw: Any):
    """A labelled entry of a relations set: RELATIONS name pairs by `article.label`."""
    extra: dict[str, Any] = {}
    for x in extras:
        extra.update(x)
    extra.update(kw)
    return (label, claim, speaker, resolved, type_, cue, extra)


def _occurrences(text: str, part: str) -> list[int]:
    out, i = [], text.find(part)
    while i >= 0:
        out.append(i)
        i = text.find(part, i + 1)
    return out


def article_number(name: str) -> str:
    """The article's number, which prefixes its ids and labels (r07, r100): the name up to its first _."""
    return name.split("_", 1)[0]


def rows(name: str, text: str, entries: Iterable[Entry]) -> list[dict[str, Any]]:
    """The gold attributions of one article, ids `rNN-01` ... in entry order."""
    out = []
    for n, (claim, speaker, resolved, type_, cue, extra) in enumerate(entries, 1):
        found = _occurrences(text, claim)
        if len(found) != 1 and "nth" not in extra:
            raise SystemExit(f"{name}: claim found {len(found)} times: {claim}")
        c0 = found[extra.get("nth", 0)]
        spots = _occurrences(text, speaker)
        if not spots:
            raise SystemExit(f"{name}: speaker not found: {speaker}")
        s0 = spots[extra["speaker_nth"]] if "speaker_nth" in extra else min(spots, key=lambda s: abs(s - c0))
        if cue not in text:
            raise SystemExit(f"{name}: cue not found: {cue}")
        if resolved and resolved not in text and not extra.get("resolved_elsewhere"):
            raise SystemExit(f"{name}: resolved speaker not found: {resolved}")
        row = {
            "id": f"{article_number(name)}-{n:02d}",
            "claim": claim, "claim_start": c0, "claim_end": c0 + len(claim),
            "speaker": speaker, "speaker_start": s0, "speaker_end": s0 + len(speaker),
            "resolved": resolved or speaker,
            "type": type_, "alt_types": extra.get("alt_types", []),
            "anonymous": extra.get("anonymous", False),
            "cue": cue, "via": extra.get("via", []),
            "kind": extra.get("kind", "indirect"), "polarity": extra.get("polarity", "affirmed"),
            "also_speakers": extra.get("also_speakers", []), "optional": extra.get("optional", False),
        }  # fmt: skip
        assert text[row["claim_start"] : row["claim_end"]] == claim
        assert text[row["speaker_start"] : row["speaker_end"]] == speaker
        out.append(row)
    return out


def relations_gold(
    here: Path, articles: Mapping[str, Mapping[str, Any]], relations: Mapping[str, list[tuple[str, str]]]
) -> dict[str, Any]:
    """A relations set: labelled entries per article (`outlet`, `published`, `entries` of E(...)), and
    pairs of `article.label` per relation kind (a pair listed twice, or with itself, is refused)."""
    out, ids = [], {}
    for name, art in articles.items():
        text = (here / f"{name}.txt").read_text(encoding="utf-8")
        labels = [e[0] for e in art["entries"]]
        got = rows(name, text, [e[1:] for e in art["entries"]])
        for label, row in zip(labels, got, strict=True):
            key = f"{article_number(name)}.{label}"
            if key in ids:
                raise SystemExit(f"duplicate label {key}")
            ids[key] = row["id"]
        out.append({"id": name, "file": f"{name}.txt", "outlet": art["outlet"], "published": art["published"],
                    "attributions": got})  # fmt: skip
    seen: set[frozenset[str]] = set()
    for kind, pairs in relations.items():
        for a, b in pairs:
            if a == b or frozenset((a, b)) in seen:
                raise SystemExit(f"{kind}: repeated or self pair {a} {b}")
            seen.add(frozenset((a, b)))
    pairs_by_kind = {kind: [[ids[a], ids[b]] for a, b in pairs] for kind, pairs in relations.items()}
    return {"format": "tracker-gold/1", "articles": out, "relations": pairs_by_kind}


def write(here: Path, gold: dict[str, Any]) -> None:
    (here / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    n = sum(len(a["attributions"]) for a in gold["articles"])
    print(n, "attributions in", len(gold["articles"]), "articles;", {k: len(v) for k, v in gold["relations"].items()})
