"""Provenance chains, origins, and first appearances versus echoes.

A chain runs outlet (article metadata) -> intermediaries (`via`, outermost first) -> speaker; the
speaker is the origin. One origin's statement carried by several articles is one statement: its
earliest appearance is `first`, the others are `echoes`. Records join one statement when

- the comparer called the pair an echo;
- they come from the same source in different articles and the comparer found them in agreement,
  or their claims share at least `same_source_overlap` of their content (a paraphrased re-publication);
- their claims are near-duplicates (MinHash, tracker.echo) in different articles, whoever is named
  as the speaker: a republished text is not a second origin.

Earliest: by publication date when every appearance has one, else by input order.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tracker import echo
from tracker.claimmatch import content_stems, overlap_stems
from tracker.models import Comparison, Record, SpeakerType
from tracker.sources import SourceIndex

SAME_SOURCE_OVERLAP = 0.34
"""Same source, different articles: this share of the shorter claim's content makes one statement."""


@dataclass(frozen=True)
class Link:
    """One step of a chain: who published, passed on, or said the claim."""

    role: str  # "outlet" | "via" | "speaker"
    name: str
    type: SpeakerType | None
    source: str | None  # source id; None for an article with no outlet in its metadata


@dataclass
class Statement:
    """One origin's statement and every record that carries it, earliest first."""

    id: str
    origin: str  # source id of the innermost speaker of the first appearance
    first: str  # record id
    echoes: list[str] = field(default_factory=list)
    how: dict[str, str] = field(default_factory=dict)  # echo record id -> why it is an echo

    @property
    def members(self) -> list[str]:
        return [self.first, *self.echoes]


@dataclass
class Provenance:
    chains: dict[str, list[Link]]
    statements: list[Statement]
    statement_of: dict[str, Statement]

    def origin(self, record_id: str) -> str:
        """The source id that independent-origin counting uses for this record."""
        return self.statement_of[record_id].origin


def chain(record: Record, index: SourceIndex) -> list[Link]:
    """outlet -> via... -> speaker."""
    art = record.article
    links = [
        Link(
            "outlet",
            art.outlet or art.title or art.id,
            "publisher" if art.outlet else None,
            index.publisher.get(art.id),
        )
    ]
    for i, hop in enumerate(record.via):
        links.append(Link("via", hop.text, hop.type, index.hops.get((record.id, i))))
    src = index.of(record)
    links.append(Link("speaker", record.speaker.resolved, src.type, src.id))
    return links


class _Union:
    """Union-find over record ids that keeps one record per article in a group: a statement appears
    once per article, so two different claims of one article never merge through a third."""

    def __init__(self, records: Iterable[Record]) -> None:
        self.parent = {r.id: r.id for r in records}
        self.articles = {r.id: {r.article.id} for r in records}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb or self.articles[ra] & self.articles[rb]:
            return False
        keep, drop = min(ra, rb), max(ra, rb)
        self.parent[drop] = keep
        self.articles[keep] |= self.articles.pop(drop)
        return True


def _earliest_first(members: list[Record], order: dict[str, int]) -> list[Record]:
    dates: list[dt.date | None] = [m.article.published for m in members]
    if all(d is not None for d in dates):
        return sorted(members, key=lambda m: (m.article.published, order[m.id]))
    return sorted(members, key=lambda m: order[m.id])


def trace(
    records: Sequence[Record],
    index: SourceIndex,
    comparisons: Iterable[Comparison] = (),
    same_source_overlap: float = SAME_SOURCE_OVERLAP,
    near_duplicate: float = echo.THRESHOLD,
) -> Provenance:
    """Chains for every record, and the statements they group into."""
    by_id = {r.id: r for r in records}
    order = {r.id: i for i, r in enumerate(records)}
    edges: list[tuple[float, str, str, str]] = []  # strongest evidence first
    for c in comparisons:
        if c.a not in by_id or c.b not in by_id:
            continue
        if c.verdict == "echo":
            edges.append((3.0, c.a, c.b, f"the comparer called it an echo ({c.rule})"))
        elif c.verdict == "agree" and index.speaker[c.a] == index.speaker[c.b]:
            edges.append((2.0, c.a, c.b, f"same source, agreeing content ({c.rule})"))
    for a, b, sim in echo.near_duplicates([(r.id, r.claim.text) for r in records], near_duplicate):
        edges.append((1.0 + sim, a, b, f"near-duplicate text (estimated Jaccard {sim:.2f})"))
    by_source: defaultdict[str, list[Record]] = defaultdict(list)
    for r in records:
        by_source[index.speaker[r.id]].append(r)
    stems = {r.id: set(content_stems(r.claim.text)) for r in records}
    for rs in by_source.values():
        for i, x in enumerate(rs):
            for y in rs[i + 1 :]:
                if x.article.id == y.article.id:
                    continue
                if (o := overlap_stems(stems[x.id], stems[y.id])) >= same_source_overlap:
                    edges.append((o, x.id, y.id, f"same source, {o:.0%} of the content shared"))
    uf = _Union(records)
    why: dict[frozenset[str], str] = {}
    for _, a, b, reason in sorted(edges, key=lambda e: (-e[0], order[e[1]], order[e[2]])):
        if by_id[a].article.id != by_id[b].article.id and uf.union(a, b):
            why[frozenset((a, b))] = reason

    groups: defaultdict[str, list[Record]] = defaultdict(list)
    for r in records:
        groups[uf.find(r.id)].append(r)
    statements: list[Statement] = []
    statement_of: dict[str, Statement] = {}
    for members in groups.values():
        ordered = _earliest_first(members, order)
        first = ordered[0]
        st = Statement(id="st-" + first.id, origin=index.speaker[first.id], first=first.id)
        for m in ordered[1:]:
            st.echoes.append(m.id)
            st.how[m.id] = next(
                (why[k] for k in (frozenset((m.id, o.id)) for o in ordered) if k in why),
                "linked through another appearance",
            )
        statements.append(st)
        for m in members:
            statement_of[m.id] = st
    statements.sort(key=lambda s: order[s.first])
    return Provenance({r.id: chain(r, index) for r in records}, statements, statement_of)
