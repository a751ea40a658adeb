"""The contradiction report: for each proposition several sources speak to, who says what, and the verdicts.

Comparisons are grouped by the proposition they are about; a group is reported when more than one
independent source speaks to it (echoes count once). Groups with contradictions come first. Rendered
as a terminal table (tabulate), Markdown, one self-contained right-to-left HTML page, or JSON following
schemas/report.schema.json. Article text is escaped in every rendering.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Literal

from pydantic import Field
from tabulate import tabulate

from tracker import entities
from tracker.arabic import ARTICLE, CONJUNCTIONS, PREPOSITIONS, norm
from tracker.compare import ACTOR_SEPARATOR, actor_ids, topic
from tracker.models import Comparison, NonEmpty, Record, Strict

REPORT_FORMAT = "tracker-report/1"
Stance = Literal["affirms", "denies", "affirms only"]
VERDICT_ORDER = {"contradict": 0, "echo": 1, "agree": 2}


class Side(Strict):
    """One record's position on the proposition."""

    record: NonEmpty
    stance: Stance
    relation: str | None = None
    modality: str = "asserted"
    speaker: NonEmpty
    article: NonEmpty
    outlet: str | None = None
    chain: list[NonEmpty] = Field(description="How the claim reached the article: outlets, then the speaker.")
    claim: NonEmpty = Field(description="The claim text as written in the article.")


class Topic(Strict):
    proposition: NonEmpty = Field(
        description="The actors by id (canonical ids, `?surface` for unknown ones)."
    )
    title: NonEmpty = Field(description="The actors by name, as people read them: the heading of the topic.")
    names: dict[str, str] = Field(default_factory=dict, description="Display name of each actor id.")
    independent_sources: int = Field(ge=0, description="Speakers counted once, echoes not counted again.")
    contradictions: int = Field(ge=0)
    agreements: int = Field(ge=0)
    echoes: int = Field(ge=0)
    sides: list[Side]
    verdicts: list[Comparison]


class Report(Strict):
    """`tracker report --format json`."""

    format: Literal["tracker-report/1"] = "tracker-report/1"
    records: int = Field(ge=0)
    comparisons: int = Field(ge=0)
    topics: list[Topic]


def _side(r: Record) -> Side:
    p = r.proposition
    stance: Stance = "affirms"
    if p and p.polarity == "negated":
        stance = "denies"
    elif p and p.restrictive:
        stance = "affirms only"
    return Side(
        record=r.id,
        stance=stance,
        relation=p.relation if p else None,
        modality=p.modality if p else "asserted",
        speaker=r.speaker.resolved,
        article=r.article.id,
        outlet=r.article.outlet,
        chain=[*(h.text for h in r.via), r.speaker.resolved],
        claim=r.claim.text,
    )


def _independent(members: Iterable[str], echoes: Iterable[Comparison]) -> int:
    """Number of groups left when echoed records are merged (union-find over echo pairs)."""
    parent = {m: m for m in members}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in echoes:
        if c.a in parent and c.b in parent:
            parent[root(c.a)] = root(c.b)
    return len({root(m) for m in parent})


CLITICS = frozenset(CONJUNCTIONS + PREPOSITIONS)


def display_name(eid: str, texts: Iterable[str] = ()) -> str:
    """How people write an actor: a known entity's first alias in rules/ar/entities.yaml; an unknown one
    (`?حركه فجر`, a normalized form) as a claim about it spells it (حركة فجر), else its form without `?`."""
    table = entities.table()
    if eid in table.by_id:
        return table.by_id[eid].aliases[0]
    if not eid.startswith(entities.UNKNOWN_PREFIX):
        return eid
    head = eid.removeprefix(entities.UNKNOWN_PREFIX).split()[0]
    for text in texts:
        for m in table.mentions(text):
            if m.id == eid:
                return _unclitic(" ".join(text[m.start : m.end].split()), head)
    return eid.removeprefix(entities.UNKNOWN_PREFIX)


def _unclitic(surface: str, head: str) -> str:
    """The name without the conjunction or preposition written onto it (وحركة فجر -> حركة فجر)."""
    while surface[:1] in CLITICS and not norm(surface).startswith((head, ARTICLE + head)):
        surface = surface[1:]
    return surface


def _names(proposition: str, texts: Sequence[str]) -> dict[str, str]:
    return {eid: display_name(eid, texts) for eid in actor_ids(proposition)}


def build(records: Sequence[Record], comparisons: Iterable[Comparison]) -> Report:
    by_id = {r.id: r for r in records}
    groups: dict[str, list[Comparison]] = defaultdict(list)
    n = 0
    for c in comparisons:
        n += 1
        groups[topic(c.proposition)].append(c)
    topics = []
    for proposition, verdicts in groups.items():
        members = list(dict.fromkeys(x for c in verdicts for x in (c.a, c.b) if x in by_id))
        independent = _independent(members, (c for c in verdicts if c.verdict == "echo"))
        if independent < 2 and not any(c.verdict == "echo" for c in verdicts):
            continue
        verdicts.sort(key=lambda c: (VERDICT_ORDER[c.verdict], -c.confidence, c.a, c.b))
        count = {v: sum(c.verdict == v for c in verdicts) for v in VERDICT_ORDER}
        names = _names(proposition, [by_id[m].claim.text for m in members])
        topics.append(
            Topic(
                proposition=proposition,
                title=ACTOR_SEPARATOR.join(names.values()) or proposition,
                names=names,
                independent_sources=independent,
                contradictions=count["contradict"],
                agreements=count["agree"],
                echoes=count["echo"],
                sides=[_side(by_id[m]) for m in members],
                verdicts=verdicts,
            )
        )
    topics.sort(key=lambda t: (-t.contradictions, -t.independent_sources, t.proposition))
    return Report(records=len(records), comparisons=n, topics=topics)


# --- renderers ------------------------------------------------------------------------------------


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _sides_rows(t: Topic, cell: Callable[[str], str] | None = None) -> list[list[str]]:
    esc = cell or (lambda s: s)
    return [
        [esc(s.stance), esc(s.speaker), esc(s.article), esc(" ← ".join(s.chain)), esc(_short(s.claim))]
        for s in t.sides
    ]


def _verdict_rows(t: Topic, cell: Callable[[str], str] | None = None) -> list[list[str]]:
    esc = cell or (lambda s: s)
    return [[esc(c.verdict), esc(c.a), esc(c.b), esc(c.rule), esc(c.reason)] for c in t.verdicts]


SIDE_HEADERS = ["stance", "speaker", "article", "chain", "claim"]
VERDICT_HEADERS = ["verdict", "a", "b", "rule", "reason"]


def _headline(t: Topic) -> str:
    return (
        f"{t.title} — {t.independent_sources} independent sources, "
        f"{t.contradictions} contradictions, {t.agreements} agreements, {t.echoes} echoes"
    )


def _html_table(cls: str, headers: Sequence[str], rows: list[str]) -> str:
    """A table of already-escaped rows under escaped headers."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _summary(report: Report) -> str:
    return f"{len(report.topics)} propositions, {report.comparisons} comparisons, {report.records} records"


def render_table(report: Report) -> str:
    out = []
    for t in report.topics:
        out.append(_headline(t))
        out.append(tabulate(_sides_rows(t), headers=SIDE_HEADERS, tablefmt="simple"))
        out.append(tabulate(_verdict_rows(t), headers=VERDICT_HEADERS, tablefmt="simple"))
        out.append("")
    out.append(_summary(report))
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """A Markdown table cell: HTML escaped (Markdown renders HTML), pipes and line breaks neutralized."""
    return html.escape(" ".join(text.split())).replace("|", "&#124;").replace("`", "&#96;")


def render_md(report: Report) -> str:
    out = ["# Contradiction report", ""]
    for t in report.topics:
        out += [f"## {_md(_headline(t))}", ""]
        out.append(tabulate(_sides_rows(t, _md), headers=SIDE_HEADERS, tablefmt="github"))
        out.append("")
        out.append(tabulate(_verdict_rows(t, _md), headers=VERDICT_HEADERS, tablefmt="github"))
        out.append("")
    out.append(f"_{_summary(report)}_")
    return "\n".join(out) + "\n"


CSS = """
body{font-family:"Noto Naskh Arabic","Amiri","DejaVu Sans",Tahoma,sans-serif;margin:2em;line-height:1.6;
color:#222;background:#fff}
h1{font-size:1.6em}section{border:1px solid #ccc;border-radius:6px;padding:1em;margin-bottom:1.5em}
section.contradicted{border-color:#b00020}h2{font-size:1.15em;margin-top:0}
table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #ddd;padding:.3em .5em;
vertical-align:top;text-align:start}th{background:#f3f3f3}
.contradict{color:#b00020;font-weight:bold}.agree{color:#1b5e20}.echo{color:#6d4c41}
.denies{color:#b00020}.affirms{color:#1b5e20}.ids{direction:ltr;unicode-bidi:isolate;font-family:monospace}
"""


def render_html(report: Report) -> str:
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ar" dir="rtl">',
        '<head><meta charset="utf-8"><title>تقرير التناقضات</title>',
        f"<style>{CSS}</style></head>",
        "<body>",
        "<h1>تقرير التناقضات بين المصادر</h1>",
        f'<p class="summary">{e(_summary(report))}</p>',
    ]
    for t in report.topics:
        cls = "contradicted" if t.contradictions else "consistent"
        head = f"<h2><bdi>{e(_headline(t))}</bdi></h2>"
        parts.append(f'<section class="{cls}" data-proposition="{e(t.proposition)}">{head}')
        sides = [
            f'<tr data-record="{e(s.record)}"><td class="{e(s.stance.split()[0])}">{e(s.stance)}</td>'
            f'<td>{e(s.speaker)}</td><td class="ids">{e(s.article)}</td>'
            f"<td>{' ← '.join(f'<bdi>{e(x)}</bdi>' for x in s.chain)}</td>"
            f'<td class="claim">{e(s.claim)}</td></tr>'
            for s in t.sides
        ]
        verdicts = [
            f'<tr><td class="{e(c.verdict)}">{e(c.verdict)}</td><td class="ids">{e(c.a)}</td>'
            f'<td class="ids">{e(c.b)}</td><td class="ids">{e(c.rule)}</td>'
            f"<td><bdi>{e(c.reason)}</bdi></td></tr>"
            for c in t.verdicts
        ]
        parts.append(_html_table("sides", SIDE_HEADERS, sides))
        parts.append(_html_table("verdicts", VERDICT_HEADERS, verdicts) + "</section>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"


RENDERERS = {"table": render_table, "md": render_md, "html": render_html, "json": render_json}
