"""Record -> Proposition: the claim in a form two claims can be compared in.

Reads, from the claim text and the rule files: which actors (entities.py), which relation
(rules/ar/relations.yaml: most specific trigger wins), whether the content negates it (لا، لم، لم
يجدوا أي دليل), restricts it (مجرد، فقط، لا X بل Y), hedges it (قد، ربما), reports an attempt (يحاولون) or
a condition (في حال); which figures (quantities.py) and when. A claim that names its actors only by
anaphora (التنظيمين، الطرفين) or not at all takes them from the article text around it.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from spacy.lang.ar.stop_words import STOP_WORDS

from tracker import arabic, entities, lexicon, metadata, quantities, rules
from tracker.arabic import bare, norm, normed
from tracker.models import Modality, Polarity, Proposition, Record
from tracker.quantities import Tok, tokens

RelationKind = Literal["relational", "event"]
QUOTE_ENDS = ("»", "”")
CONTEXT_CHARS = 900
"""How far before (then after) a claim to look for the actors it leaves unnamed."""


class Relation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z_]+$")
    kind: RelationKind
    triggers: list[str] = Field(min_length=1)


class Downgrade(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    from_: str = Field(alias="from")
    to: str
    qualifiers: list[str]
    window: int = Field(ge=1)


class Negation(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    short: list[str]
    short_scope: int = Field(ge=1)
    wide: list[str]
    cessation: list[str] = Field(
        default_factory=list, description="Words that end what follows (تخلت عن دعمها)."
    )
    whole: list[str] = Field(default_factory=list, description="Predicates that deny the whole claim.")
    collapse: list[str] = Field(default_factory=list, description="Predicates after a relation that end it.")
    scope_ends: list[str] = Field(default_factory=list, description="Clauses of time a negator stops at.")
    not_negators: list[str] = Field(default_factory=list, description="A negator in a fixed phrase: لا يزال.")


class Restrictive(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str]
    contrast: list[str]
    not_words: list[str] = Field(default_factory=list)


class Surpassed(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    verbs: list[str]
    to: list[str]


class ModalityWords(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    hedged: list[str]
    hedged_particles: list[str] = Field(description="Hedge only before an imperfect verb (قد يتعاون).")
    perfect_before: list[str] = Field(
        default_factory=list, description="Forms of كان that make قد after them a perfect (يكون قد تلقى)."
    )
    attempted: list[str]
    conditional: list[str]
    not_modal: list[str] = Field(
        default_factory=list,
        description="Phrases holding a modal word that say no such thing (في حالة حرجة).",
    )


class Anaphora(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str]
    kind: Literal["group", "state", "any"]
    exact: bool = Field(default=True, description="Stands for exactly the two actors (a dual), not a class.")


class Arguments(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    window: int = Field(ge=0, description="Words, actor names not counted, between a trigger and its actors.")
    barriers: list[str] = Field(description="Words a trigger does not reach past (الذي، التي).")
    marks: str = Field(description="Punctuation a trigger does not reach past.")
    locatives: list[str] = Field(default_factory=list, description="Words that make the next name a place.")
    uncounted: list[str] = Field(default_factory=list, description="Words of time the window passes over.")
    companions: list[str] = Field(
        default_factory=list, description="Words right after a trigger that name its other party (مع)."
    )


class Background(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str] = Field(description="Prepositions of time and cause: بعد، منذ، على خلفية، بسبب.")
    reach: int = Field(ge=0, description="Words between it and the trigger (بعد توقيع الاتفاق).")


class Denying(BaseModel):
    """Phrases that deny a relation by themselves: coming out unharmed (the dead), a place handed over
    without a shot (a fight)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    relation: str = Field(description="The relation the phrases deny: the dead, a fight.")
    forms: list[str] = Field(min_length=1)


class Falls(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    relation: str = Field(description="The relation a fall tells: the loss of ground.")
    forms: list[str] = Field(min_length=1)
    unless: list[str] = Field(description="Relations whose triggers make a fall the dead's or a shell's.")
    into: list[str] = Field(default_factory=list, description="Into someone's hands: بيد، في قبضة.")
    done: list[str] = Field(default_factory=list, description="Told done, right before the fall: قد.")


class RelationRules(BaseModel):
    """rules/ar/relations.yaml"""

    model_config = ConfigDict(extra="forbid", frozen=True)

    suffixes: list[str]
    relations: list[Relation]
    not_triggers: list[str] = Field(default_factory=list)
    falls: Falls | None = None
    unharmed: Denying | None = None
    unfought: Denying | None = None
    harmless: Denying | None = None
    downgrades: list[Downgrade] = Field(default_factory=list)
    negation: Negation
    restrictive: Restrictive
    clause_breaks: list[str]
    modality: ModalityWords
    anaphora: list[Anaphora] = Field(default_factory=list)
    arguments: Arguments
    background: Background | None = None
    not_qualifying: list[str] = Field(default_factory=list)
    surpassed: Surpassed | None = None
    group_members: list[str] = Field(default_factory=list)
    own_pronouns: list[str] = Field(default_factory=list)
    alternatives: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known_relations(self) -> RelationRules:
        known = {r.id for r in self.relations}
        named = {x for d in self.downgrades for x in (d.from_, d.to)}
        if self.falls:
            named |= {self.falls.relation, *self.falls.unless}
        named |= {d.relation for d in (self.unharmed, self.unfought, self.harmless) if d}
        if named - known:
            raise ValueError(f"unknown relations: {', '.join(sorted(named - known))}")
        return self


Phrase = tuple[str, ...]


def _guessed(record: Record) -> bool:
    """The cue is a verb of guessing (رجح، توقع), or a doubt negated (لا يستبعد أن: does not rule out):
    the speaker hedges the claim."""
    hedging, litotes = _hedging_lemmas()
    lemma = record.cue.lemma
    return lemma in hedging or (lemma in litotes and record.claim.polarity == "affirmed")


@cache
def _hedging_lemmas() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of guessing, and the verbs of doubt a negation turns into a hedge (verbs.yaml)."""
    verbs = rules.load("verbs")
    assert isinstance(verbs, lexicon.VerbsFile)
    return frozenset(v.lemma for v in verbs.verbs if v.hedged), frozenset(
        v.lemma for v in verbs.verbs if v.litotes
    )


def _denying(spec: Denying | None) -> list[tuple[Phrase, str]]:
    """The phrases that deny a relation by themselves, each with that relation."""
    return [(p, spec.relation) for p in rule_phrases(spec.forms)] if spec else []


def rule_phrases(words: Iterable[str]) -> list[Phrase]:
    """Rule phrases as tuples of normalized words, longest first."""
    out = {tuple(norm(t.text) for t in tokens(w)) for w in words}
    return sorted((p for p in out if p), key=len, reverse=True)


@dataclass(frozen=True, slots=True)
class Hit:
    start: int  # token index
    end: int
    label: str


class Grammar:
    """relations.yaml compiled into phrase tables matched over claim tokens."""

    def __init__(self, spec: RelationRules) -> None:
        self.spec = spec
        self._indexes: dict[int, tuple[list[tuple[Phrase, str]], dict[str, list[int]]]] = {}
        self._labelled: dict[int, tuple[list[Phrase], list[tuple[Phrase, str]]]] = {}
        self.suffixes = {norm(s) for s in spec.suffixes}
        self._keys = lru_cache(maxsize=50_000)(self._unsuffixed)
        self.priority = {r.id: n for n, r in enumerate(spec.relations)}
        self.kind = {r.id: r.kind for r in spec.relations}
        self.triggers = [(p, r.id) for r in spec.relations for p in rule_phrases(r.triggers)]
        self.not_triggers = rule_phrases(spec.not_triggers)
        self.falls = [(p, spec.falls.relation) for p in rule_phrases(spec.falls.forms)] if spec.falls else []
        self.falls_unless = frozenset(spec.falls.unless) if spec.falls else frozenset()
        self.falls_into = rule_phrases(spec.falls.into) if spec.falls else []
        self.falls_done = frozenset(norm(w) for w in spec.falls.done) if spec.falls else frozenset()
        self.unharmed, self.unfought = _denying(spec.unharmed), _denying(spec.unfought)
        self.harmless = _denying(spec.harmless)
        self.short_neg = rule_phrases(spec.negation.short)
        self.wide_neg = rule_phrases(spec.negation.wide)
        self.cessation = rule_phrases(spec.negation.cessation)
        self.collapse = rule_phrases(spec.negation.collapse)
        self.whole_neg = rule_phrases(spec.negation.whole)
        self.scope_ends = rule_phrases(spec.negation.scope_ends)
        self.not_neg = rule_phrases(spec.negation.not_negators)
        bounds = quantities.lexicon().spec
        self.bounds = rule_phrases([*bounds.lower_bounds, *bounds.upper_bounds])
        self.restrict = rule_phrases(spec.restrictive.words)
        self.not_restrict = normed(spec.restrictive.not_words)
        self.contrast = rule_phrases(spec.restrictive.contrast)
        self.breaks = rule_phrases(spec.clause_breaks)
        m = spec.modality
        self.modal = [
            ("conditional", rule_phrases(m.conditional)),
            ("attempted", rule_phrases(m.attempted)),
            ("hedged", rule_phrases(m.hedged)),
        ]
        self.particles = rule_phrases(m.hedged_particles)
        self.perfect_before = rule_phrases(m.perfect_before)
        self.not_modal = rule_phrases(m.not_modal)
        self.downgrades = [(d.from_, d.to, rule_phrases(d.qualifiers), d.window) for d in spec.downgrades]
        self.anaphora = [(rule_phrases(a.words), a.kind, a.exact) for a in spec.anaphora]
        self.barriers = rule_phrases(spec.arguments.barriers) + self.breaks
        self.locatives = {norm(w) for w in spec.arguments.locatives}
        self.uncounted = {norm(w) for w in spec.arguments.uncounted}
        self.companions = {norm(w) for w in spec.arguments.companions}
        self.background = rule_phrases(spec.background.words) if spec.background else []
        self.background_reach = spec.background.reach if spec.background else 0
        self.not_qualifying = normed(spec.not_qualifying)
        self.surpassed = normed(spec.surpassed.verbs) if spec.surpassed else frozenset()
        self.surpassed_to = normed(spec.surpassed.to) if spec.surpassed else frozenset()
        self.group_members = normed(spec.group_members)
        # (a ة before a pronoun is written ت: قيادتها، ألويتها; normalized, ة is ه)
        bases = self.group_members | {m[:-1] + "ت" for m in self.group_members if m.endswith("ه")}
        self.own_members = frozenset(m + p for m in bases for p in normed(spec.own_pronouns))
        self.alternatives = normed(spec.alternatives)

    def word_is(self, tok: Tok, form: str, inflected: bool) -> bool:
        if form in tok.forms:
            return True
        return inflected and len(form) >= 3 and form in self._keys(tok.forms)

    def find(self, toks: list[Tok], phrases: list[tuple[Phrase, str]], inflected: bool) -> list[Hit]:
        """Every occurrence of the phrases, in token order then phrase order.

        Phrases are looked up by their first word (the token's forms, and with `inflected` the forms
        without a suffix), so a claim costs one dict lookup per token, not one try per phrase.
        """
        index = self._index(phrases)
        hits = []
        for i, tok in enumerate(toks):
            keys = self._keys(tok.forms) if inflected else tok.forms
            if index.keys().isdisjoint(keys):  # most words start no phrase
                continue
            for n in sorted({n for k in keys for n in index.get(k, ())}):
                phrase, label = phrases[n]
                if i + len(phrase) <= len(toks) and all(
                    self.word_is(toks[i + k], w, inflected) for k, w in enumerate(phrase)
                ):
                    hits.append(Hit(i, i + len(phrase), label))
        return hits

    def _unsuffixed(self, forms: tuple[str, ...]) -> frozenset[str]:
        """The forms and the forms without an inflectional suffix (cached: words repeat)."""
        bases = (f[: -len(s)] for f in forms for s in self.suffixes if s and f.endswith(s))
        return frozenset(forms).union(bases)

    def _index(self, phrases: list[tuple[Phrase, str]]) -> dict[str, list[int]]:
        key = id(phrases)
        if key not in self._indexes:
            index: dict[str, list[int]] = {}
            for n, (phrase, _) in enumerate(phrases):
                index.setdefault(phrase[0], []).append(n)
            self._indexes[key] = (phrases, index)  # the list is kept so that its id stays its own
        return self._indexes[key][1]

    def where(self, toks: list[Tok], phrases: list[Phrase], inflected: bool = False) -> list[Hit]:
        key = id(phrases)
        if key not in self._labelled:
            self._labelled[key] = (phrases, [(p, "") for p in phrases])
        return self.find(toks, self._labelled[key][1], inflected)


@cache
def grammar() -> Grammar:
    spec = rules.load("relations")
    assert isinstance(spec, RelationRules)
    return Grammar(spec)


_STOP = frozenset(bare(norm(w)) for w in STOP_WORDS)


def content_key(text: str) -> str:
    """Normalized content words in order (arabic.content_key without stop words): the proposition's key."""
    return " ".join(arabic.content_key(text, _STOP))


NOT_NOW = "لا"
"""The negator of the imperfect, which may stand between a hedging قد and its verb."""

PERFECT_REACH = 3
"""How many words a form of كان may stand before قد to make it a perfect (أن يكون الضابط قد تلقى)."""


@dataclass(frozen=True, slots=True)
class Reading:
    relation: str | None
    negated: bool
    restrictive: bool
    modality: Modality
    anaphora: str | None  # entity kind the claim refers back to
    parties: tuple[str, ...] = ()  # the actors a relational trigger reaches, in text order
    refers: bool = False  # its trigger reaches a dual anaphor (بين التنظيمين): parties named before
    events: frozenset[str] = frozenset()  # every event the claim tells (قتل 27 في قصف: casualties, attack)


def _main(triggers: list[Hit], text: str, toks: list[Tok], g: Grammar) -> Hit:
    """The claim's main relation: its first trigger, unless a more specific one qualifies it right
    after, or one word after (هجمات موحدة: a merger, not an attack; تعاون ... تكتيكي is handled by
    `downgrades`), not as its circumstance (قتل خلال المواجهات) nor in another clause (ما زال داخل
    المقر، والاشتباكات مستمرة). Of alternatives (أي تحالف أو تنسيق) the least specific is what the
    claim says at least, or denies of both."""
    first = min(triggers, key=lambda h: h.start)
    k = first.end
    between = k + 1 < len(toks) and not any(
        c in g.spec.arguments.marks for c in text[toks[k - 1].end : toks[k + 1].start]
    )
    if between and not g.alternatives.isdisjoint(toks[k].forms):
        either = [h for h in triggers if first.start <= h.start <= k + 1]
        return max(either, key=lambda h: (g.priority[h.label], -h.start))
    if (
        g.kind[first.label] == "event"
        and k < len(toks)
        and not toks[k - 1].text.startswith("ال")
        and toks[k].text.startswith("ال")
    ):
        return first  # حصيلة المواجهات: an event noun and the definite noun it governs, the clashes' toll
    gap = between and g.not_qualifying.isdisjoint(toks[k].forms)
    # (الحصيلة النهائية للمواجهات: a noun governed through لـ is no qualifier either)
    near = [
        h
        for h in triggers
        if first.start <= h.start <= first.end + gap
        and (h is first or not toks[h.start].text.startswith("لل"))
    ]
    return min(near, key=lambda h: (g.priority[h.label], h.start))


SURPASSED_REACH = 4
"""How many words after a tie said to be gone beyond its successor's إلى may stand (تجاوزت التنسيق السياسي
والأمني إلى تحالف)."""


def _surpassed(first: Hit, found: list[Hit], toks: list[Tok], g: Grammar) -> Hit | None:
    """تجاوزت التنسيق إلى تحالف: the tie after إلى, where the first is said to be gone beyond, not
    denied to be (لا تتجاوز التنسيق)."""
    k = first.start - 1
    if k < 0 or g.surpassed.isdisjoint(toks[k].forms):
        return None
    if k > 0 and quantities.Lexicon.ends_at(toks, k, g.short_neg) is not None:
        return None
    reach = range(first.end, min(first.end + SURPASSED_REACH, len(toks)))
    to = next((j for j in reach if not g.surpassed_to.isdisjoint(toks[j].forms)), None)
    later = [h for h in found if to is not None and h.start > to]
    return min(later, key=lambda h: h.start) if later else None


class Reach:
    """Which actors a relational trigger holds between: those named within `arguments.window` words
    of it (names and their heads not counted: تحالف بين تنظيمي الدولة الإسلامية وجبهة النصرة), with no
    barrier between
    (a comma, a relative pronoun: التحالف الذي تقوده واشنطن). Actors further off are what the rest of
    the sentence is about, not the relation's parties."""

    def __init__(self, text: str, toks: list[Tok], g: Grammar) -> None:
        self.text, self.toks, self.g = text, toks, g
        starts = [t.start for t in toks]
        self.mentions: list[tuple[str, int, int]] = []  # (id, first token, end token)
        for m in entities.table().mentions(text):
            i = bisect_left(starts, m.start)
            j = bisect_left(starts, m.end, lo=i)
            if i < j and (i == 0 or g.locatives.isdisjoint(toks[i - 1].forms)):
                self.mentions.append((m.id, i, j))
        heads = entities.table().any_head
        # names, their heads (تنظيمي داعش والنصرة), a lone و and words of time (توصلتا الأسبوع الماضي إلى
        # تفاهم) do not count as words between
        self.covered = {k for _, i, j in self.mentions for k in range(i, j)}
        self.covered |= {
            k
            for k, t in enumerate(toks)
            if t.text == "و" or not heads.isdisjoint(t.forms) or not g.uncounted.isdisjoint(t.forms)
        }
        self.stops = {k for h in g.where(toks, g.barriers) for k in range(h.start, h.end)}
        self.named = _actors(eid for eid, _, _ in self.mentions)

    def reaches(self, hit: Hit, lo: int, hi: int) -> bool:
        """The trigger reaches the words [lo, hi)."""
        a, b = (hi, hit.start) if hi <= hit.start else (hit.end, lo)
        if a >= b:
            return True
        gap = range(a, b)
        if sum(k not in self.covered for k in gap) > self.g.spec.arguments.window:
            return False
        if not self.stops.isdisjoint(gap):
            return False
        between = self.text[self.toks[a - 1].end : self.toks[b].start]
        return not any(c in self.g.spec.arguments.marks for c in between)

    def parties(self, hit: Hit) -> tuple[str, ...]:
        return tuple(_actors(eid for eid, i, j in self.mentions if self.reaches(hit, i, j)))

    def refers(self, hit: Hit, anaphors: list[Hit]) -> bool:
        return any(self.reaches(hit, a.start, a.end) for a in anaphors)

    def states(self, hit: Hit, anaphors: list[Hit]) -> bool:
        """The relation is stated of actors: two reached, an anaphor reached (بين التنظيمين), or every
        actor the claim names reached (none or one: the others are in the article around it)."""
        if self.g.kind[hit.label] == "event":
            return True
        parties = self.parties(hit)
        if len(parties) >= 2 or self.refers(hit, anaphors):
            return True
        return set(parties) == set(self.named) or self.accompanied(hit)

    def accompanied(self, hit: Hit) -> bool:
        """TRIGGER مع ACTOR: the trigger names its other party itself (the speaker's side is the first)."""
        k = hit.end
        return (
            k < len(self.toks)
            and not self.g.companions.isdisjoint(self.toks[k].forms)
            and any(
                i > k and self.reaches(Hit(hit.start, k + 1, hit.label), i, j) for _, i, j in self.mentions
            )
        )


EXCEPT = frozenset({"الا", "سوي"})
"""إلا and سوى, normalized: after a negator they make an exception (لا يوجد إلا تنسيق، لم يكن سوى لقاء:
only coordination, only a meeting)."""


FALL_REACH = 2
"""How many words may stand between a fall and the hands it fell into (سقط لساعات بيد المهاجمين)."""


def _place_falls(toks: list[Tok], h: Hit, g: Grammar) -> bool:
    """A fall of ground, not of a barrel or a man: denied (لم تسقط), into someone's hands (سقطت بيد
    التنظيم، سقط لساعات بيد المهاجمين), the last word of its claim (نفى أن يكون المطار قد سقط), or
    told done, قد right before it (أن يكون المعسكر قد سقط ولو لدقيقة)."""
    denied = h.start > 0 and quantities.Lexicon.ends_at(toks, h.start, g.short_neg) is not None
    done = h.start > 0 and not g.falls_done.isdisjoint(toks[h.start - 1].forms)
    into = any(
        quantities.Lexicon.starts_at(toks, k, g.falls_into) is not None
        for k in range(h.end, min(h.end + FALL_REACH + 1, len(toks)))
    )
    return denied or done or into or h.end == len(toks)


def read(text: str) -> Reading:
    """Relation, content negation, restriction, modality and anaphora of a claim text."""
    g = grammar()
    toks = tokens(text)
    reach = Reach(text, toks, g)
    anaphors = [Hit(h.start, h.end, kind) for phrases, kind, _ in g.anaphora for h in g.where(toks, phrases)]
    duals = [h for phrases, _, exact in g.anaphora if exact for h in g.where(toks, phrases)]
    blocked = {i for h in g.where(toks, g.not_triggers) for i in range(h.start, h.end)}
    # a trigger inside a name is no predicate (قوات الدعم السريع، جبهة النصرة)
    blocked |= {k for _, i, j in reach.mentions for k in range(i, j)}
    # بعد توقيع الاتفاق مع إيران: a relation taken for granted in a phrase of time or cause is not
    # what the claim asserts
    blocked |= {h.end + k for h in g.where(toks, g.background) for k in range(g.background_reach + 1)}
    # مقاتلي الحلف، عناصر التحالف: the trigger names the group its members belong to
    # (a noun or a participle describing them, عناصر مرتبطة بالحزب: not a verb, القوات انسحبت)
    blocked |= {
        k
        for k in range(1, len(toks))
        if toks[k].forms[0].startswith(("ال", "م")) and not g.group_members.isdisjoint(toks[k - 1].forms)
    }
    found = [h for h in g.find(toks, g.triggers, True) if h.start not in blocked]
    if g.falls and g.falls_unless.isdisjoint(h.label for h in found):  # أزيزو لم تسقط (not سقط 5 قتلى)
        falls = [h for h in g.find(toks, g.falls, False) if h.start not in blocked]
        found = sorted(found + [h for h in falls if _place_falls(toks, h, g)], key=lambda h: h.start)
    triggers = [h for h in found if reach.states(h, anaphors)]
    breaks = sorted(h.start for h in g.where(toks, g.breaks))
    contrasts = [h.start for h in g.where(toks, g.contrast)]
    # لا تزال تحت سيطرتنا: still, not a denial; ما لا يقل عن 17، لم يتجاوز 12: a bound of a figure
    fixed = {i for h in g.where(toks, g.not_neg) + g.where(toks, g.bounds) for i in range(h.start, h.end)}
    # لم يلتزم بالهدنة إلا طرف واحد، لا يوجد إلا تنسيق: a negator closed by إلا restricts, it denies nothing
    scope = g.spec.negation.short_scope
    however = {h.start for h in g.where(toks, g.breaks, True)}  # إلا أنه: a new clause (clause_breaks)
    excepted = [k for k, t in enumerate(toks) if t.forms[0] in EXCEPT and k not in however]
    only = {h.start for h in g.where(toks, g.short_neg) if any(h.end <= k < h.end + scope for k in excepted)}
    short = [h.end for h in g.where(toks, g.short_neg) if h.start not in fixed | only]
    wide = [h.end for h in g.where(toks, g.wide_neg)]

    ceased = g.where(toks, g.cessation, True)
    ends = [h.start for h in g.where(toks, g.scope_ends)]

    def negated_at(i: int, ended: bool = True) -> bool:
        lo = max((b for b in breaks + contrasts if b < i), default=-1)
        # CEASE X (تخلت عن دعمها) denies a relation X; NOT CEASE X (لن تتخلى عن دعمها) affirms it
        stop = next((h for h in ceased if lo < h.end <= i and i - h.end < scope), None) if ended else None
        if stop is not None:
            return not negated_at(stop.start, ended=False)
        near = any(lo < end <= i and i - end < scope and not any(end <= e < i for e in ends) for end in short)
        return near or any(lo < end <= i for end in wide)

    # ليس فقط للتعاون بل ...: "not only" restricts nothing
    restricts = [
        h
        for h in g.where(toks, g.restrict)
        if quantities.Lexicon.ends_at(toks, h.start, g.short_neg) is None
        and toks[h.start].forms[0] not in g.not_restrict
    ]
    restrictive = bool(restricts) or bool(only)
    chosen: Hit | None = None
    stated_of: Hit | None = None  # the trigger whose parties are the relation's
    negated = False
    # لا X بل Y: X denied, Y affirmed and restricted to itself, between X's parties
    for c in contrasts:
        before = [h for h in triggers if h.start < c and negated_at(h.start)]
        after = [h for h in found if h.start > c and (before or h in triggers)]
        if (before or any(s < c for s in short + wide)) and after:
            chosen = min(after, key=lambda h: (g.priority[h.label], h.start))
            stated_of = before[0] if before else chosen
            restrictive = True
            break
    harmless = g.find(toks, g.harmless, False) if chosen is None else []
    if harmless and all(h.end <= harmless[0].start for h in found):
        chosen, negated = harmless[0], True  # الهجوم لم يوقع أي خسائر: the event told, its dead denied
    elif chosen is None and not found and (safe := g.find(toks, g.unharmed + g.unfought, False)):
        chosen, negated = safe[0], True  # عادوا إلى مواقعهم سالمين: none of them dead; دون قتال: no fight
    if chosen is None and triggers:
        first = min(triggers, key=lambda h: h.start)
        # تجاوزت التنسيق إلى تحالف: the tie after إلى, between the first's parties
        beyond = _surpassed(first, found, toks, g)
        chosen, stated_of = (beyond, first) if beyond else (_main(triggers, text, toks, g),) * 2
        negated = negated_at(chosen.start, ended=g.kind[chosen.label] == "relational")
        if g.kind[chosen.label] == "relational" and any(
            chosen.end <= h.start < chosen.end + scope and not any(chosen.end <= b <= h.start for b in breaks)
            for h in g.where(toks, g.collapse, True)
        ):  # الاتفاق انهار: the relation ended (لم ينهر: it holds)
            negated = not negated_at(
                next(h.start for h in g.where(toks, g.collapse, True) if h.start >= chosen.end), ended=False
            )
        if g.where(toks, g.whole_neg):  # ما تردد عن X عار من الصحة
            negated = not negated
    relation = chosen.label if chosen else None
    relational = stated_of is not None and g.kind[stated_of.label] == "relational"
    parties = reach.parties(stated_of) if stated_of and relational else ()
    refers = bool(stated_of and relational and reach.refers(stated_of, duals))
    if chosen is not None:
        for src, dst, quals, window in g.downgrades:
            if relation == src and any(
                chosen.end <= h.start < chosen.end + window for h in g.where(toks, quals, True)
            ):
                relation = dst
    modality: Modality = "asserted"
    not_modal = {k for h in g.where(toks, g.not_modal, True) for k in range(h.start, h.end)}
    # a word of aim inside a name is no aim (الحركة الشعبية لتحرير السودان)
    not_modal |= {k for _, i, j in reach.mentions for k in range(i, j)}
    for name, phrases in g.modal:
        if any(h.start not in not_modal for h in g.where(toks, phrases, True)):
            modality = name  # type: ignore[assignment]
            break
    else:
        perfect = {h.end for h in g.where(toks, g.perfect_before)}
        for h in g.where(toks, g.particles):
            if any(h.start - PERFECT_REACH <= k <= h.start for k in perfect):
                continue  # أن يكون الضابط قد تلقى: a perfect, asserted
            # قد يتعاون and قد لا تصمد hedge; قد استهدفت (a past verb, as form X verbs begin with ا) and
            # قد تركت (ت opening a past verb that ends in the feminine ت) affirm
            k = h.end + (h.end < len(toks) and NOT_NOW in toks[h.end].forms)
            verb = toks[k].forms[-1] if k < len(toks) else ""
            if verb[:1] in "ين" or (verb[:1] == "ت" and not verb.endswith("ت")):
                modality = "hedged"
    anaphora = min(anaphors, key=lambda h: h.start).label if anaphors else None
    events = frozenset(h.label for h in found if g.kind[h.label] == "event")
    return Reading(relation, negated, restrictive, modality, anaphora, parties, refers, events)


def _actors(found: Iterable[str], kind: str | None = None) -> list[str]:
    table = entities.table()
    out = []
    for eid in found:
        k = "group" if eid.startswith(entities.UNKNOWN_PREFIX) else table.kind(eid)
        if k == "place":
            continue
        if kind in (None, "any") or k == kind:
            out.append(eid)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def speaker_actors(name: str, affiliation: str | None) -> tuple[str, ...]:
    """The actors a speaker speaks for (حماس، المتحدث باسم جبهة النصرة): the party a claim leaves
    unnamed when it speaks of "a truce with X". Actors past a barrier are not its side (مصادر في
    الفصائل التي تقاتل الحوثيين، قوات مناهضة لداعش)."""
    g = grammar()
    found: list[str] = []
    for phrase in (name, affiliation or ""):
        toks = tokens(phrase)
        stops = g.where(toks, g.barriers)
        cut = toks[min(h.start for h in stops)].start if stops else len(phrase)
        found += [m.id for m in entities.table().mentions(phrase) if m.end <= cut]
    return tuple(_actors(found))


@lru_cache(maxsize=4)
def _article_actors(text: str) -> tuple[tuple[entities.Mention, ...], tuple[str, ...]]:
    """The actors named in an article, in order and most named first: read once per article, not
    once per claim (the claims of one article arrive together)."""
    table = entities.table()
    named = tuple(
        m
        for m in table.mentions(text, _common(text))
        if not _attribute(text, m, table) and not metadata.opens_dateline(text, m.start, m.end)
    )
    return named, tuple(eid for eid, _ in Counter(m.id for m in named).most_common())


@lru_cache(maxsize=4)
def _common(text: str) -> frozenset[str]:
    """The actors whose alias the article also uses as a common noun (قاعدة الوطية: a base)."""
    return entities.table().common_nouns(text)


@lru_cache(maxsize=4)
def _article_heads(text: str) -> dict[str, str]:
    """Each actor head the article uses (حركة، جيش) with the actor it names most with it: what الحركة
    or الجيش standing alone refers back to."""
    table = entities.table()
    named, ranked = _article_actors(text)
    by_head: dict[str, Counter[str]] = {}
    for m in named:
        if (head := table.head_of(text, m)) is not None:
            by_head.setdefault(head, Counter())[m.id] += 1
    found = {head: ids.most_common(1)[0][0] for head, ids in by_head.items()}
    # الجماعة in a report that names the group only as ميليشيا الحوثي: the group it names most
    group = next((eid for eid in ranked if table.kind(eid) == "group"), None)
    if group is not None:
        found.update({head: group for head in table.heads if head not in found})
    return found


def _anaphors(record: Record, text: str) -> tuple[dict[str, str], list[str]]:
    """The bare actor heads of the claim and of its speaker's description with what they refer to, and
    the actors the claim's own bare heads refer to, in order."""
    heads = _article_heads(text)
    if not heads:
        return {}, []
    table = entities.table()
    own = [h for h, _ in table.bare_heads(record.claim.text) if h in heads]
    speaker = (record.speaker.resolved, record.speaker.affiliation or "")
    told = [h for phrase in speaker for h, _ in table.bare_heads(phrase) if h in heads]
    return {h: heads[h] for h in (*own, *told)}, [heads[h] for h in own]


def _attribute(text: str, m: entities.Mention, table: entities.EntityTable) -> bool:
    """A country right after a quoted name is that name's attribute («الشرق الأوسط» السعودية)."""
    return table.kind(m.id) == "state" and text[: m.start].rstrip().endswith(QUOTE_ENDS)


def context_entities(record: Record, text: str, want: int, kind: str | None) -> list[str]:
    """Actors named nearest the claim in the article: before it first, then after, then the most named."""
    start, end = record.claim.start, record.claim.end
    named, ranked = _article_actors(text)
    before = [m.id for m in reversed(named) if start - CONTEXT_CHARS <= m.start and m.end <= start]
    after = [m.id for m in named if end <= m.start and m.end <= end + CONTEXT_CHARS]
    pools = [before, after, ranked]
    out: list[str] = []
    for prefer in ("group", kind) if kind in (None, "any") else (kind,):
        for pool in pools:
            for eid in _actors(pool, prefer):
                if eid not in out and len(out) < want:
                    out.append(eid)
    return out


def proposition(record: Record, article_text: str | None = None) -> Proposition:
    """The comparable reading of one record; `article_text` lets unnamed actors be found in context."""
    g = grammar()
    text = record.claim.text
    reading = read(text)
    kind = g.kind.get(reading.relation or "")
    if kind == "relational":
        found = list(reading.parties)
        if len(found) == 1:  # نفت حماس وجود اتفاق مع فتح: the speaker's side is the other party
            found += [
                e
                for e in speaker_actors(record.speaker.resolved, record.speaker.affiliation)
                if e not in found
            ][:1]
    else:
        found = _actors(entities.table().ids(text, _common(article_text) if article_text else frozenset()))
        if not found and any(not g.own_members.isdisjoint(t.forms) for t in tokens(text)):
            found = list(speaker_actors(record.speaker.resolved, record.speaker.affiliation))[:1]
    referred, claimed = _anaphors(record, article_text) if article_text else ({}, [])
    found = list(dict.fromkeys([*found, *claimed]))  # مقاتلي الحركة: the group the article named
    want = 2 if kind == "relational" or reading.anaphora else 1
    if article_text and (len(found) < want or reading.anaphora):
        extra = context_entities(record, article_text, want, reading.anaphora)
        found = list(dict.fromkeys([*found, *extra])) if len(found) < want else found
    polarity: Polarity = "negated" if reading.negated != (record.claim.polarity == "negated") else "affirmed"
    counted = quantities.find(text, anaphor := _counted_before(record, article_text))
    relation = reading.relation
    if relation is None and anaphor in COUNTED_EVENTS and any(q.unit == anaphor for q in counted):
        relation = COUNTED_EVENTS[anaphor]  # (حصيلة القتلى ...) عددهم بلغ 23 مدنيا: no word of its own
    if relation is None:
        relation = _event_of_count(text, counted)  # أسر ١٢ جنديا: the verb counts, no trigger of its own
    return Proposition(
        entities=found,
        relation=relation,
        polarity=polarity,
        modality="hedged" if reading.modality == "asserted" and _guessed(record) else reading.modality,
        restrictive=reading.restrictive,
        quantities=counted,
        time=quantities.find_time(text, record.article.published),
        key=content_key(text) or norm(text),
        anaphors=referred,
    )


COUNTED_EVENTS = {
    quantities.KILLED: "casualties",
    quantities.WOUNDED: "casualties",
    quantities.ARRESTED: "arrest",
}
"""The relation (relations.yaml) of a claim whose count is of one of these units and names no relation of its
own: carried over by an anaphor (العدد) or told right after its event's word (أسر ١٢ جنديا)."""


def _event_of_count(text: str, counted: list[quantities.Quantity]) -> str | None:
    """The relation of a count told right after a word of its event (أسر ١٢ جنديا، numbers.yaml `before`)
    where no trigger names one: أسر alone is as often families, so it is no trigger."""
    lex = quantities.lexicon()
    toks = tokens(text)
    for q in counted:
        if q.unit not in COUNTED_EVENTS or (k := text.find(q.text)) <= 0:
            continue
        before = next((t for t in reversed(toks) if t.end <= k), None)
        word = lex.lookup(before, lex.before) if before else None
        if word is not None and lex.before[word] == q.unit:
            return COUNTED_EVENTS[q.unit]
    return None


CLAUSE_ENDS = (".", "؟", "!", "\n", "،")
"""What ends the clause before a claim."""
COUNT_BEFORE_CHARS = 300
"""How far back in its article an anaphoric count (العدد) looks for what it counts: a sentence or two."""


def _counted_before(record: Record, article_text: str | None) -> str | None:
    """What the article counted last before a claim that opens on an anaphoric count (العدد)."""
    if not article_text or not quantities.opens_on_anaphor(record.claim.text):
        return None
    start = record.claim.start
    # (وقالت عائلات الموقوفين إن عددهم تسعة: the noun of its own clause, before the last figure)
    clause = max(article_text.rfind(p, 0, start) for p in CLAUSE_ENDS)
    if (noun := quantities.last_counted_noun(article_text[clause + 1 : start])) is not None:
        return noun
    before = quantities.find(article_text[max(0, start - COUNT_BEFORE_CHARS) : start])
    units = [q.unit for q in before if not quantities.is_period(q)]
    return units[-1] if units else None


def read_article(record: Record) -> str | None:
    """The text at `record.article.path`, when that file is still the one the record was read from."""
    path = record.article.path
    if not path:
        return None
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    if hashlib.sha256(data).hexdigest() != record.article.sha256:
        return None
    return data.decode("utf-8", errors="replace")


def annotate(
    records: Iterable[Record], article_text: Callable[[Record], str | None] | None = None
) -> Iterator[Record]:
    """The records with `proposition` set; `article_text` gives each record's article (default: its path)."""
    fetch = article_text or read_article
    cache_key, cached = "", None
    for record in records:
        if record.article.sha256 != cache_key:
            cache_key, cached = record.article.sha256, fetch(record)
        yield record.model_copy(update={"proposition": proposition(record, cached)})
