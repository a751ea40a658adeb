"""Score claim records against a `tracker-gold/1` file, by the matching rules of the team's scorer.

A record matches a gold attribution when their claim spans overlap by at least half of the gold span
and a fifth of the record's span; pairs are taken greedily, best overlap first (a gold entry with
`also_speakers` may take one record per speaker). The speaker is right when the content words of the
gold speaker (unless it is a bare verb or pronoun) and its resolved form meet those of the record's
speaker text and resolved form. Kept here so that the tests run from the repository alone.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

_DIAC = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_STOP = frozenset([
    "في", "من", "على", "الى", "إلى", "عن", "الذي", "التي", "الذين", "باسم", "بن", "او", "أو", "و",
    "ان", "أن", "إن", "قد", "لا", "مع", "بين", "هذا", "هذه", "ذلك", "تلك", "كل",
])
_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
# A gold speaker that is only a verb, participle or pronoun names nobody: its resolved form counts.
_BARE = re.compile(
    r"^(و|ف)?(قال|أضاف|اضاف|أشار|اشار|مشير|مضيف|لكن|أنه|انه|أنها|انها|تابع|أكد|اكد|أوضح|اوضح|"
    r"معتبر|مؤكد|موضح|لافت|محمل|متهم|مرجح|نفى|نفت|وصف)"
)


def _norm(s: str) -> str:
    s = _DIAC.sub("", unicodedata.normalize("NFKC", s or ""))
    s = re.sub("[إأآٱ]", "ا", s)
    return s.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")


def content(s: str) -> set[str]:
    """Content words, one clitic prefix peeled, short and function words dropped."""
    out = set()
    for w in re.findall(r"[\u0621-\u064a\w]+", _norm(s)):
        for p in _PREFIXES:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p) :]
                break
        if len(w) >= 3 and w not in _STOP:
            out.add(w)
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


Misses = list[tuple[str, ...]]


def score(gold: dict[str, Any], records: Iterable[dict[str, Any]]) -> tuple[dict[str, Any], Misses]:
    """Metrics (claim P/R/F1, speaker, type, anonymity, via, negation) and the list of misses."""
    preds: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        if (r.get("speaker") or {}).get("type") != "publisher":
            preds[str(r["article"]["id"])].append(r)
    t: dict[str, int] = defaultdict(int)
    misses: Misses = []
    for art in gold["articles"]:
        recs, entries = preds.get(art["id"], []), art["attributions"]
        cand = []
        for gi, g in enumerate(entries):
            glen = g["claim_end"] - g["claim_start"]
            for pi, p in enumerate(recs):
                c = p["claim"]
                o = _overlap(g["claim_start"], g["claim_end"], c["start"], c["end"])
                plen = max(1, c["end"] - c["start"])
                if o >= 0.5 * glen and o >= 0.2 * plen:
                    cand.append((o / glen + o / plen, gi, pi))
        cand.sort(reverse=True)
        used: set[int] = set()
        match: dict[int, list[int]] = defaultdict(list)
        for _, gi, pi in cand:
            if pi not in used and len(match[gi]) < 1 + len(entries[gi].get("also_speakers", [])):
                used.add(pi)
                match[gi].append(pi)
        for gi, g in enumerate(entries):
            if g["optional"]:
                continue
            t["gold"] += 1
            if not match[gi]:
                misses.append(("FN", g["id"], g["speaker"], g["claim"]))
                continue
            t["tp"] += 1
            sp = recs[match[gi][0]].get("speaker") or {}
            want = content(g["resolved"]) | (set() if _BARE.match(g["speaker"]) else content(g["speaker"]))
            for extra in g.get("also_speakers", []):
                want |= content(extra)
            got = content(sp.get("resolved") or "") | content(sp.get("text") or "")
            if want & got:
                t["speaker_ok"] += 1
            else:
                misses.append(("SPEAKER", g["id"], g["resolved"], sp.get("resolved") or sp.get("text") or ""))
            if sp.get("type") in [g["type"], *g["alt_types"]]:
                t["type_ok"] += 1
            else:
                misses.append(("TYPE", g["id"], g["type"], str(sp.get("type"))))
            if bool(sp.get("anonymous")) == g["anonymous"]:
                t["anon_ok"] += 1
            else:
                misses.append(("ANONYMITY", g["id"], str(g["anonymous"]), str(sp.get("anonymous"))))
            if g["via"]:
                t["via_gold"] += 1
                hops = set().union(*(content(v.get("text", "")) for v in recs[match[gi][0]].get("via") or []))
                t["via_ok"] += bool(hops & set().union(*(content(v) for v in g["via"])))
            if g["polarity"] == "negated":
                t["neg_gold"] += 1
                t["neg_ok"] += recs[match[gi][0]]["claim"].get("polarity") == "negated"
        optional = {pi for gi, g in enumerate(entries) if g["optional"] for pi in match[gi]}
        t["pred"] += len(recs) - len(optional)
        misses += [("FP", art["id"], (p.get("speaker") or {}).get("text", ""), p["claim"].get("text", ""))
                   for pi, p in enumerate(recs) if pi not in used]
    prec = t["tp"] / t["pred"] if t["pred"] else 0.0
    rec = t["tp"] / t["gold"] if t["gold"] else 0.0
    metrics = {
        "gold": t["gold"], "predicted": t["pred"], "matched": t["tp"],
        "claim_precision": round(prec, 3), "claim_recall": round(rec, 3),
        "claim_f1": round(2 * prec * rec / (prec + rec), 3) if prec + rec else 0.0,
        "speaker_accuracy": _ratio(t["speaker_ok"], t["tp"]),
        "type_accuracy": _ratio(t["type_ok"], t["tp"]),
        "anonymity_accuracy": _ratio(t["anon_ok"], t["tp"]),
        "via_recall": _ratio(t["via_ok"], t["via_gold"]),
        "negation_recall": _ratio(t["neg_ok"], t["neg_gold"]),
    }
    return metrics, misses
