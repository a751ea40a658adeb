"""Who a claim is about: canonical actor ids from the alias table in rules/ar/entities.yaml.

Names are matched on normalized words with clitics peeled (والقاعدة, لداعش, «النصرة»), longest alias
first. Organisations missing from the table keep a normalized surface form (حركه نور) so that two
claims naming the same unknown group still compare. Entity links (`branch_of`, `predecessor_of`) let
the comparer see a claim about al-Nusra as one about al-Qaeda too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field
from spacy.lang.ar.stop_words import STOP_WORDS

from tracker import rules
from tracker.arabic import bare, norm, stems

EntityKind = Literal["group", "state", "person", "place"]
UNKNOWN_PREFIX = "?"
"""Surface-form ids start with this, so that they never collide with a canonical id."""

_TOKEN = re.compile(r"[\u0621-\u064a\u0671-\u06d3\w]+")
_HEAD_BEFORE_QUOTE = re.compile(r"([\u0621-\u064a\u0671-\u06d3\w]+)\s*[«\"“]$")
"""The word before the opening quote a name starts right after (تنظيم «داعش»)."""
HEAD_REACH_CHARS = 24
"""How far before a quoted name its head is looked for: one word and the quote."""


class Entity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: EntityKind
    aliases: list[str] = Field(min_length=1)
    branch_of: list[str] = Field(default_factory=list, description="Ids of the organisations it belongs to.")
    predecessor_of: list[str] = Field(default_factory=list, description="Ids of what it became.")
    adjectives: list[str] = Field(
        default_factory=list,
        description="Adjectives of nationality (أميركي، إسرائيلية): who did it or who speaks, never a party.",
    )
    not_before: list[str] = Field(
        default_factory=list,
        description="Words right after an alias that make it a common noun (القاعدة الجوية: an air base).",
    )
    not_after: list[str] = Field(
        default_factory=list,
        description="Words right before an alias that make it an adjective (القوة القاهرة: force majeure).",
    )


class EntityRules(BaseModel):
    """rules/ar/entities.yaml"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    actor_heads: list[str] = Field(description="Words that introduce an organisation name (حركة، جماعة).")
    definite_heads: list[str] = Field(
        default_factory=list, description="Heads that name a group only before a definite word (لواء القدس)."
    )
    not_names: list[str] = Field(default_factory=list, description="Words after a head that name no one.")
    entities: list[Entity]


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity found in a text: its id and the character offsets of the words that named it."""

    id: str
    start: int
    end: int


_PAUSE = re.compile(r"[،,.:؛;()\[\]]")
"""Punctuation between an organisation head and the next word: that word names something else."""
QUOTED_NAME = 6
"""The most words of an unknown name in quotation marks that its mention covers."""


def _quoted(text: str, toks: list[tuple[tuple[str, ...], int, int]], i: int, n: int) -> int:
    """How many words from toks[i] an unknown name covers: `n`, or up to its closing quotation mark
    when the name opens with one («فرقة السلطان سليمان شاه» is one name, not فرقة السلطان and more)."""
    if not text[: toks[i][1]].rstrip().endswith("«"):
        return n
    close = text.find("»", toks[i][2])
    while close >= 0 and n < QUOTED_NAME and i + n < len(toks) and toks[i + n][2] <= close:
        n += 1
    return n


class EntityTable:
    """Alias matcher and link graph built once from the rule file."""

    def __init__(self, spec: EntityRules) -> None:
        self.spec = spec
        self.by_id = {e.id: e for e in spec.entities}
        # first normalized alias word -> [(alias words, id)], longest alias first
        self.index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for entity in spec.entities:
            for alias in entity.aliases:
                toks = tuple(norm(w) for w in _TOKEN.findall(alias))
                self.index.setdefault(toks[0], []).append((toks, entity.id))
        self.adjectives = {norm(w): e.id for e in spec.entities for w in e.adjectives}
        self.not_before = {e.id: frozenset(norm(w) for w in e.not_before) for e in spec.entities}
        self.not_after = {e.id: frozenset(norm(w) for w in e.not_after) for e in spec.entities}
        # the one-word alias with the article of each actor that may be a common noun (القاعدة)
        self.nouns = {
            e.id: norm(a)
            for e in spec.entities
            if e.not_before
            for a in e.aliases
            if a.startswith("ال") and " " not in a
        }
        for options in self.index.values():
            options.sort(key=lambda o: -len(o[0]))
        self.heads = {norm(w) for w in spec.actor_heads}
        self.definite_heads = {norm(w) for w in spec.definite_heads}
        self.any_head = self.heads | self.definite_heads
        self.stop = frozenset(bare(norm(w)) for w in STOP_WORDS)
        self.not_names = {bare(w) for w in spec.not_names}
        for target in (t for e in spec.entities for t in (*e.branch_of, *e.predecessor_of)):
            if target not in self.by_id:
                raise rules.RuleError(f"entities.yaml: link to unknown entity id {target!r}")
        # الجيش الوطني read alone is `?جيش وطني`, which may be الجيش الوطني السوري shortened
        self.short_forms: dict[str, set[str]] = {}
        for entity in spec.entities:
            for alias in entity.aliases:
                words = [(stems(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(alias)]
                if short := self._unknown_at(alias, words, 0, set()):
                    self.short_forms.setdefault(short[0], set()).add(entity.id)

    def mentions(self, text: str, common: frozenset[str] = frozenset()) -> Iterator[Mention]:
        """Every actor named in `text`, in order; unknown organisations as `?surface form`.

        Where aliases overlap the longer one wins, wherever it starts (تنظيم القاعدة في العراق is aqi).
        The one-word aliases of the actors in `common` (`common_nouns` of the article) name no one.
        """
        toks = [(stems(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        found = [(i, *m) for i in range(len(toks)) if (m := self._match_at(toks, i))]
        found = [(i, n, eid) for i, n, eid in found if n > 1 or eid not in common]
        taken: dict[int, tuple[int, str]] = {}
        used: set[int] = set()
        for i, n, eid in sorted(found, key=lambda f: (-f[1], f[0])):
            if not used.intersection(range(i, i + n)):
                taken[i] = (n, eid)
                used.update(range(i, i + n))
        i = 0
        while i < len(toks):
            if i in taken:
                n, eid = taken[i]
                yield Mention(eid, toks[i][1], toks[i + n - 1][2])
                i += n
                continue
            unknown = self._unknown_at(text, toks, i, used)
            if unknown and not _PAUSE.search(text, toks[i][2], toks[i + 1][1]):  # الفرقة، النقيب
                eid, n = unknown
                n = _quoted(text, toks, i, n)
                yield Mention(eid, toks[i][1], toks[i + n - 1][2])
                i += n
                continue
            i += 1

    def _unknown_at(
        self, text: str, toks: list[tuple[tuple[str, ...], int, int]], i: int, used: set[int]
    ) -> tuple[str, int] | None:
        """(`?head name`, the words it covers) for an organisation head followed by a name not in the
        table: حركة «إم 23» (all the words in quotation marks), جماعة الشباب; a head with the article
        takes a name with it too (الجيش الكونغولي), not the name of the person after it (المتحدث باسم
        الحركة أوسكار ...)."""
        if i + 1 >= len(toks) or i + 1 in used or self.any_head.isdisjoint(toks[i][0]):
            return None
        head = next(s for s in toks[i][0] if s in self.any_head)
        definite_head = any(f == "ال" + head for f in toks[i][0])
        if not definite_head and text[toks[i][2] : toks[i + 1][1]].strip() == "«":
            inside = [t[0][-1] for t in toks[i + 1 : i + 1 + _quoted(text, toks, i + 1, 0)]]
            return (f"{UNKNOWN_PREFIX}{head} {' '.join(inside)}", 1 + len(inside)) if inside else None
        forms = toks[i + 1][0]
        name = forms[-1]
        if name in self.not_names or name in self.stop or len(name) < 3 or forms[0].startswith("وال"):
            return None  # الجيش والقوة المشتركة: two actors, not one named القوة
        if (head in self.definite_heads or definite_head) and not forms[0].startswith("ال"):
            return None  # اللواء بالاعتداء: a preposition's noun, no name
        return f"{UNKNOWN_PREFIX}{head} {name}", 2

    def _match_at(self, toks: list[tuple[tuple[str, ...], int, int]], i: int) -> tuple[int, str] | None:
        if self.index.keys().isdisjoint(toks[i][0]):
            return None
        for first in toks[i][0]:
            for alias, eid in self.index.get(first, ()):
                if i + len(alias) > len(toks):
                    continue
                if all(a in toks[i + k][0] for k, a in enumerate(alias[1:], 1)):
                    n = i + len(alias)
                    if n < len(toks) and not self.not_before[eid].isdisjoint(toks[n][0]):
                        continue  # القاعدة الجوية: an air base
                    if i > 0 and not self.not_after[eid].isdisjoint(toks[i - 1][0]):
                        continue  # القوة القاهرة: force majeure, not Cairo
                    return len(alias), eid
        return None

    def head_of(self, text: str, m: Mention) -> str | None:
        """The actor head a mention opens with (حركة «إم 23»، الجيش الكونغولي، حركة الشباب), or that stands
        right before its quoted name (تنظيم «داعش»), if any."""
        first = _TOKEN.search(text, m.start)
        forms = stems(first.group()) if first else ()
        head = next((f for f in forms if f in self.any_head), None)
        if head is None and (
            before := _HEAD_BEFORE_QUOTE.search(text, max(0, m.start - HEAD_REACH_CHARS), m.start)
        ):
            head = next((f for f in stems(before.group(1)) if f in self.any_head), None)
        return head

    def bare_heads(self, text: str, found: Iterable[Mention] | None = None) -> list[tuple[str, int]]:
        """(head, offset) of each actor head with the article and no name after it (أكدت الحركة،
        مقاتلي الحركة، الجيش «ما زال ...»): a group its article named in full before. `found`: the
        text's mentions, when the caller has them already."""
        named = [(m.start, m.end) for m in (self.mentions(text) if found is None else found)]
        out = []
        for t in _TOKEN.finditer(text):
            definite = (f[2:] for f in stems(t.group()) if f.startswith("ال"))
            head = next((f for f in definite if f in self.any_head), None)
            if head and not any(s <= t.start() < e for s, e in named):
                out.append((head, t.start()))
        return out

    def agents(self, text: str) -> list[str]:
        """The actors of `text` with those its adjectives of nationality name (الضربة أميركية، قوات
        إسرائيلية): who did what a text tells, or whom a speaker speaks for; not the parties of a
        relation (بوساطة أميركية names a mediator)."""
        found = [m.id for m in self.mentions(text)]
        for m in _TOKEN.finditer(text):
            found += [self.adjectives[f] for f in stems(m.group()) if f in self.adjectives][:1]
        return list(dict.fromkeys(found))

    def ids(self, text: str, common: frozenset[str] = frozenset()) -> list[str]:
        """Distinct entity ids of `text` in order of first mention."""
        return list(dict.fromkeys(m.id for m in self.mentions(text, common)))

    def common_nouns(self, text: str) -> frozenset[str]:
        """The actors whose one-word alias the text also writes as a common noun: with no article and
        in no alias (قاعدة الوطية) or before a `not_before` word (القاعدة الجوية). There the alias
        standing alone is that noun too (سقوط القاعدة: the base's fall)."""
        toks = [(stems(m.group()), m.start(), m.end()) for m in _TOKEN.finditer(text)]
        out = set()
        for k, (forms, _, _) in enumerate(toks):
            for eid, word in self.nouns.items():
                if word in forms:
                    if k + 1 < len(toks) and not self.not_before[eid].isdisjoint(toks[k + 1][0]):
                        out.add(eid)
                elif word[2:] in forms and self._match_at(toks, k) is None:
                    out.add(eid)
        return frozenset(out)

    def kind(self, eid: str) -> EntityKind:
        entity = self.by_id.get(eid)
        return entity.kind if entity else "group"

    @cache  # noqa: B019  (the table lives as long as the process)
    def expand(self, eid: str) -> tuple[str, ...]:
        """The entity and everything it is a branch or predecessor of, transitively (itself first)."""
        out, todo = [eid], [eid]
        while todo:
            entity = self.by_id.get(todo.pop())
            for nxt in (*entity.branch_of, *entity.predecessor_of) if entity else ():
                if nxt not in out:
                    out.append(nxt)
                    todo.append(nxt)
        return tuple(out)

    def link(self, a: str, b: str) -> str | None:
        """How `a` reaches `b` through the link graph, in words (None when it does not)."""
        entity = self.by_id.get(a)
        if not entity or a == b:
            return None
        if b in entity.branch_of:
            return f"{a} branch_of {b}"
        if b in entity.predecessor_of:
            return f"{a} predecessor_of {b}"
        for nxt in (*entity.branch_of, *entity.predecessor_of):
            via = self.link(nxt, b)
            if via:
                return f"{self.link(a, nxt)}, {via}"
        return None


@cache
def table() -> EntityTable:
    spec = rules.load("entities")
    assert isinstance(spec, EntityRules)
    return EntityTable(spec)
