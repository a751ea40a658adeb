"""Link speaker mentions across articles to one source, with a stable id.

Within an article the extractor has already resolved each mention to its fullest form
(`Speaker.resolved`). Across articles:

- named people link by their name, cut out of the role description with the words of
  rules/ar/sources.yaml: جيمس كلابر، كلابر and مدير الاستخبارات الوطنية الأمريكية جيمس كلابر share
  the name {جيمس, كلابر} or a part of it. A short form joins a longer one only when exactly one longer
  name contains it (two different people called كلابر stay apart);
- outlets and organisations link by their name without the kind of outlet or nationality words:
  صحيفة «ديلي بيست» الأمريكية = ديلي بيست;
- anonymous speakers, documents and bodies named by a common noun (السلطات) stay inside their
  article: only the text (the extractor's resolution) ties two of them together.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from pydantic import BaseModel, ConfigDict, Field, field_validator

from tracker import rules
from tracker.arabic import norm, stems, words
from tracker.models import NAMED_TYPES, Record, Source, SpeakerType

PERSON, BODY, LOCAL = "person", "body", "local"
_SEGMENTS = re.compile(r"[،,;؛()\[\]\-–—:]")
_DOUBLED = re.compile(r"(.)\1+")
_ENDINGS = ("يين", "يون", "يان", "ين", "ون", "ان", "ه", "ات")

# Which type wins when the mentions of one source disagree (most specific first).
_TYPE_ORDER: tuple[SpeakerType, ...] = (
    "named_official",
    "named_person",
    "media_outlet",
    "organization",
    "document",
    "anonymous_official",
    "anonymous_source",
    "publisher",
)


def _fold_list(items: Iterable[str]) -> frozenset[str]:
    return frozenset(f for item in items for w in words(item) for f in forms(w))


class SourceRules(BaseModel):
    """rules/ar/sources.yaml: the words that separate a name from its description."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    titles: list[str] = Field(min_length=1, description="Words heading a post or trade: مدير، اللواء.")
    role_fillers: list[str] = Field(default_factory=list, description="Words inside a role: باسم، السابق.")
    function_words: list[str] = Field(default_factory=list)
    name_prefixes: list[str] = Field(default_factory=list, description="عبد، أبو: keep the next word.")
    name_links: list[str] = Field(default_factory=list, description="بن: keep the word before.")
    outlet_words: list[str] = Field(default_factory=list, description="صحيفة، وكالة: not part of a name.")
    generic_bodies: list[str] = Field(default_factory=list, description="السلطات: linked per article only.")
    nationalities: dict[str, str] = Field(default_factory=dict, description="Adjective -> country.")

    @field_validator("titles", "role_fillers", "function_words", "outlet_words", "generic_bodies")
    @classmethod
    def _no_blank(cls, value: list[str]) -> list[str]:
        if any(not w.strip() for w in value):
            raise ValueError("blank word")
        return value

    @cached_property
    def title_set(self) -> frozenset[str]:
        return _fold_list(self.titles)

    @cached_property
    def filler_set(self) -> frozenset[str]:
        return _fold_list(self.role_fillers) | _fold_list(self.function_words)

    @cached_property
    def prefix_set(self) -> frozenset[str]:
        return _fold_list(self.name_prefixes)

    @cached_property
    def link_set(self) -> frozenset[str]:
        return frozenset(fold(w) for w in self.name_links)

    @cached_property
    def outlet_set(self) -> frozenset[str]:
        return _fold_list(self.outlet_words)

    @cached_property
    def generic_set(self) -> frozenset[str]:
        return _fold_list(self.generic_bodies)

    @cached_property
    def country_of(self) -> dict[str, str]:
        return {fold(k): v for k, v in self.nationalities.items()}

    def country(self, word: str) -> str | None:
        """The country a nationality adjective names, with clitics and gender/number endings peeled."""
        for w in forms(word):
            for cand in (w, *(w[: -len(e)] for e in _ENDINGS if w.endswith(e) and len(w) - len(e) >= 3)):
                for c in (cand, cand + "ي"):
                    if c in self.country_of:
                        return self.country_of[c]
        return None

    def is_title(self, word: str) -> bool:
        return bool(forms(word) & self.title_set)

    def is_filler(self, word: str) -> bool:
        return bool(forms(word) & self.filler_set) or self.country(word) is not None

    def is_prefix(self, word: str) -> bool:
        return fold(word) in self.prefix_set

    def is_link(self, word: str) -> bool:
        return fold(word) in self.link_set

    def is_descriptor(self, word: str) -> bool:
        return self.is_title(word) or self.is_filler(word)


def fold(word: str) -> str:
    """A name word's comparison form: normalized, the article ال dropped, doubled letters collapsed.

    Clitics other than ال are not peeled: names such as كلابر or بيست begin with letters that look
    like prepositions.
    """
    w = norm(word)
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return _DOUBLED.sub(r"\1", w)


def forms(word: str) -> frozenset[str]:
    """Every comparison form of a description word, clitics peeled one by one (لرئيس -> رئيس)."""
    return frozenset(fold(s) for s in stems(word))


def source_rules() -> SourceRules:
    model = rules.load("sources")
    assert isinstance(model, SourceRules)
    return model


def name_core(form: str, lex: SourceRules) -> tuple[str, ...]:
    """The name inside a person's description, as folded words.

    `NAME، TITLE ...` -> NAME; `TITLE ... NAME` -> the last words after the last title (two, or
    three after a prefix such as عبد); with several `TITLE ...` segments the last one that has a name
    wins (المتحدث باسم الوزارة، اللواء NAME).
    """
    best: tuple[str, ...] = ()
    for seg in _SEGMENTS.split(form):
        toks = words(seg)
        if not toks:
            continue
        if not lex.is_descriptor(toks[0]):
            out = []
            for t in toks:
                if lex.is_descriptor(t):
                    break
                out.append(fold(t))
            return tuple(out[:4])
        titles = [i for i, t in enumerate(toks) if lex.is_title(t)]
        tail = toks[titles[-1] + 1 :] if titles else toks
        while tail and lex.is_filler(tail[0]):
            tail = tail[1:]
        if not tail:
            continue
        n = min(2, len(tail))
        if n == 2 and (lex.is_prefix(tail[-2]) or lex.is_link(tail[-2])):
            n = min(3, len(tail))  # a compound surname (عبد الرحيم، بن حسين): take the first name too
        while n < min(4, len(tail)) and (lex.is_prefix(tail[-n - 1]) or lex.is_link(tail[-n])):
            n += 1
        best = tuple(fold(t) for t in tail[-n:])
    return best


def body_key(form: str, lex: SourceRules) -> str:
    """An outlet's or organisation's name without outlet-kind and nationality words, spaces dropped."""
    toks = [w for w in words(form) if not forms(w) & lex.outlet_set and lex.country(w) is None]
    return "".join(fold(w) for w in toks)


def nationality_of(forms: Iterable[str], lex: SourceRules) -> str | None:
    found = Counter(c for f in forms for w in words(f) if (c := lex.country(w)))
    return found.most_common(1)[0][0] if found else None


@dataclass
class Mention:
    """One appearance of a speaker, an intermediary or a publishing outlet."""

    form: str
    surface: str
    type: SpeakerType
    anonymous: bool
    article: str
    record: str | None = None
    affiliation: str | None = None
    nationality: str | None = None
    role: str = "speaker"


@dataclass
class _Cluster:
    cls: str
    key: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class SourceIndex:
    """Sources, and which source each record's speaker, each hop and each outlet belongs to."""

    sources: dict[str, Source]
    speaker: dict[str, str]  # record id -> source id
    hops: dict[tuple[str, int], str]  # (record id, hop index) -> source id
    publisher: dict[str, str]  # article id -> source id

    def of(self, record: Record) -> Source:
        return self.sources[self.speaker[record.id]]


def _class_of(m: Mention, lex: SourceRules) -> str:
    if m.anonymous or m.type in ("anonymous_official", "anonymous_source", "document"):
        return LOCAL
    if len(words(m.form)) == 1 and forms(m.form) & lex.generic_set:
        return LOCAL
    if m.type in NAMED_TYPES:
        return PERSON
    return BODY


def _local_key(m: Mention) -> str:
    return f"{m.article}:{' '.join(fold(w) for w in words(m.form))}"


def _mentions(records: Sequence[Record]) -> list[Mention]:
    out: list[Mention] = []
    for r in records:
        sp = r.speaker
        out.append(
            Mention(
                sp.resolved,
                sp.text,
                sp.type,
                sp.anonymous,
                r.article.id,
                r.id,
                sp.affiliation,
                sp.nationality,
            )
        )
        for hop in r.via:
            out.append(Mention(hop.text, hop.text, hop.type, False, r.article.id, r.id, role="hop"))
        if r.article.outlet:
            out.append(
                Mention(
                    r.article.outlet, r.article.outlet, "publisher", False, r.article.id, role="publisher"
                )
            )
    return out


def _person_clusters(mentions: list[Mention], lex: SourceRules) -> dict[int, str]:
    """Mention index -> cluster key; a shorter name joins the one longer name that contains it."""
    cores = {i: frozenset(name_core(m.form, lex)) for i, m in enumerate(mentions)}
    distinct = set(cores.values())
    maximal = [c for c in distinct if c and not any(c < d for d in distinct)]
    out: dict[int, str] = {}
    for i, core in cores.items():
        if not core:
            out[i] = "?" + _local_key(mentions[i])
            continue
        heads = [d for d in maximal if core <= d]
        head = heads[0] if len(heads) == 1 else core
        out[i] = " ".join(sorted(head))
    return out


def _source_id(cls: str, key: str) -> str:
    return "s" + hashlib.sha256(f"{cls}:{key}".encode()).hexdigest()[:12]


def _names(surface: str, resolved: str, lex: SourceRules) -> bool:
    """Is the surface at the cue a form of the name (كلابر), not a pronoun or verb (وأضاف، الصحيفة)?"""
    full = {fold(w) for w in words(resolved)}
    return any(
        fold(w) in full and not lex.is_descriptor(w) and not forms(w) & (lex.outlet_set | lex.generic_set)
        for w in words(surface)
    )


def _build(cluster: _Cluster, lex: SourceRules) -> Source:
    ms = cluster.mentions
    speakers = [m for m in ms if m.role == "speaker"] or ms
    counts = Counter(m.type for m in speakers)
    top = max(counts.values())
    stype = next(t for t in _TYPE_ORDER if counts.get(t) == top)
    resolved = " ".join(m.form for m in ms)
    forms = list(
        dict.fromkeys(f for m in ms for f in (m.form, m.surface) if f == m.form or _names(f, resolved, lex))
    )
    name = max((m.form for m in ms), key=lambda f: (len(words(f)), f))
    stated = [m.nationality for m in ms if m.nationality]
    affiliations = [m.affiliation for m in ms if m.affiliation]
    return Source(
        id=_source_id(cluster.cls, cluster.key),
        type=stype,
        name=name,
        anonymous=any(m.anonymous for m in speakers) and stype not in NAMED_TYPES,
        forms=forms,
        affiliation=Counter(affiliations).most_common(1)[0][0] if affiliations else None,
        nationality=Counter(stated).most_common(1)[0][0] if stated else nationality_of(forms, lex),
        records=list(dict.fromkeys(m.record for m in ms if m.record and m.role == "speaker")),
        articles=list(dict.fromkeys(m.article for m in ms)),
    )


def link(records: Sequence[Record], lex: SourceRules | None = None) -> SourceIndex:
    """Group every speaker, hop and publishing outlet of `records` into sources."""
    lex = lex or source_rules()
    mentions = _mentions(records)
    keys: list[tuple[str, str]] = []
    persons = [i for i, m in enumerate(mentions) if _class_of(m, lex) == PERSON]
    person_key = _person_clusters([mentions[i] for i in persons], lex)
    by_index = {i: person_key[j] for j, i in enumerate(persons)}
    for i, m in enumerate(mentions):
        cls = _class_of(m, lex)
        if cls == PERSON:
            keys.append((PERSON, by_index[i]))
        elif cls == BODY:
            key = body_key(m.form, lex)
            keys.append((BODY, key) if key else (LOCAL, _local_key(m)))
        else:
            keys.append((LOCAL, _local_key(m)))
    clusters: dict[tuple[str, str], _Cluster] = {}
    for m, (cls, key) in zip(mentions, keys, strict=True):
        clusters.setdefault((cls, key), _Cluster(cls, key)).mentions.append(m)
    built = {k: _build(c, lex) for k, c in clusters.items()}
    speaker: dict[str, str] = {}
    hops: dict[tuple[str, int], str] = {}
    publisher: dict[str, str] = {}
    hop_no: defaultdict[str, int] = defaultdict(int)
    for m, k in zip(mentions, keys, strict=True):
        sid = built[k].id
        if m.role == "speaker" and m.record:
            speaker[m.record] = sid
        elif m.role == "hop" and m.record:
            hops[(m.record, hop_no[m.record])] = sid
            hop_no[m.record] += 1
        else:
            publisher[m.article] = sid
    return SourceIndex({s.id: s for s in built.values()}, speaker, hops, publisher)
