"""The attribution lexicon: rule files `verbs`, `speakers`, `outlets`, `attribution`, compiled for lookup.

Every key is an `arabic.norm` form, so spelling variants match; clitics are handled by the
callers through `arabic.stems`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tracker import rules
from tracker.arabic import bare, depossessed, norm, normed, plain, stems, words
from tracker.entities import EntityRules

Slot = Literal["msg", "fsg", "du", "mpl", "fpl"]
SLOTS: tuple[Slot, ...] = ("msg", "fsg", "du", "mpl", "fpl")
STOP_ENDINGS = ("", "ه", "ها", "هم", "هما")  # a clause stop as written, or with a pronoun (إلا أنها)
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما")  # واعتبرتها الأمم المتحدة ...
FIGURE = "#"
"""In a verb's `objects`: a figure in digits (أحصى المرصد 9 قتلى)."""
POSSESSED = ("هما", "هم", "ها")
"""The possessive pronouns a speaker head may carry (متحدثهم، قائدها)."""
HeadClass = Literal["official", "person", "source", "outlet", "organization", "document"]


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Forms(_Rule):
    msg: list[str] = []
    fsg: list[str] = []
    du: list[str] = []
    mpl: list[str] = []
    fpl: list[str] = []


class Verb(_Rule):
    lemma: str = Field(min_length=1)
    complements: list[str] = Field(min_length=1)
    polarity: Literal["affirmed", "negated"] = "affirmed"
    chain: bool = Field(default=False, description="نقل X عن Y: X is an intermediary, Y the speaker.")
    hearer: bool = Field(default=False, description="أبلغ X رويترز أن: the outlet told is the channel.")
    needs_subject: bool = Field(default=False, description="Never a bare continuation verb.")
    subject_after: bool = Field(
        default=False, description="يعتقد X أن: its speaker follows it (before it, it reads as a passive)."
    )
    litotes: bool = Field(
        default=False, description="لا يستبعد: under a negation the verb of doubt affirms, hedged."
    )
    hedged: bool = Field(default=False, description="رجح، توقع: the speaker's guess, not a fact asserted.")
    accuses: bool = Field(
        default=False,
        description="اتهم X Y بـ...: the accused, then the charge after بـ; no speaker past بـ.",
    )
    purpose: bool = Field(
        default=False,
        description="ليؤكد، لتنفي: لـ and the imperfect continues the subject's statement (not where the "
        "imperfect is another verb's too: لتبلغ is mostly 'to reach').",
    )
    object_noun: bool = Field(
        default=False, description="وثق X مقتل ...: a claim only with a verbal noun of object_nouns after X."
    )
    belonging: bool = Field(
        default=False, description="تابع لـ: before a word in ل, an adjective of belonging, no verb."
    )
    cause: bool = Field(
        default=False,
        description="مرجعة الحادث إلى عطل فني: the participle's object and its cause make one claim.",
    )
    objects: list[str] = Field(
        default_factory=list,
        description="Nouns (or two words) opening this verb's object only: تبنى X الهجوم، رفع X عدد القتلى;"
        f" {FIGURE} for a figure in digits (أحصى X 9 قتلى).",
    )
    denying: list[str] = Field(
        default_factory=list,
        description="Own objects that deny: جدد X نفيه وجود ... (the claim is what follows, denied).",
    )
    past: Forms
    present: Forms = Forms()
    participle: Forms = Forms()
    opening: Forms = Field(
        default=Forms(),
        description="Past forms written as the verbal noun too (رفع: ضرورة رفع المستندات): the verb only "
        "where it opens a clause (وفي حصيلة جديدة، رفع المرصد ...).",
    )


class VerbsFile(_Rule):
    verbs: list[Verb] = Field(min_length=1)


class Head(Forms):
    lemma: str = Field(min_length=1)
    class_: HeadClass = Field(alias="class")
    nonhuman: bool = False
    partitive: bool = Field(
        default=False, description="One of a group named just before (أحدهم): speaks as it."
    )
    many: bool = Field(
        default=False, description="A title many hold at once (قيادي): القيادي في الحركة singles no one out."
    )


class Titles(_Rule):
    official: list[str]
    person: list[str]


class SpeakersFile(_Rule):
    heads: list[Head] = Field(min_length=1)
    titles: Titles
    official_markers: list[str]
    organizations: list[str]
    nationalities: list[str]
    not_sources: list[str]
    given_names: list[str]
    bodies_of_people: list[str] = Field(default_factory=list)
    place_nouns: list[str] = Field(default_factory=list)
    honorifics: list[str] = Field(default_factory=list)


class Outlet(_Rule):
    id: str = Field(min_length=1)
    names: list[str] = Field(min_length=1)


class OutletsFile(_Rule):
    outlets: list[Outlet]


class AccordingTo(_Rule):
    lemma: str
    phrases: list[str] = Field(min_length=1)
    document: bool = Field(
        default=False,
        description="وجاء في بيان X أن: only a document as source, and its claim after أن or a colon.",
    )
    names_source: bool = Field(
        default=False, description="نقلا عن X، على لسان X: what follows is a source, whatever its first word."
    )


class PronounSubjects(Forms):
    pass


class AttributionFile(_Rule):
    complementizers: list[str]
    according_to: list[AccordingTo]
    publication_verbs: list[str]
    occasions: list[str]
    quoting_nouns: list[str]
    account_nouns: list[str] = []
    source_quantifiers: list[str] = []
    discourse: list[str]
    time_words: list[str]
    year_adjectives: list[str] = []
    pronoun_subjects: PronounSubjects
    relatives: list[str]
    concessives: list[str] = []
    negations: list[str]
    pair_joiners: list[str] = []
    adjective_negations: list[str] = []
    subordinators: list[str]
    anonymity: list[str]
    not_headline_sources: list[str]
    claim_stops: list[str]
    claim_consequences: list[str] = []
    according_to_answers: list[str] = []
    also_openers: list[str] = []
    claim_clause_joiners: list[str] = []
    second_claims: list[str] = []
    second_claims_before_figure: list[str] = []
    addressees: list[str] = []
    statement_resumptives: list[str] = []
    republishing: list[str] = []
    publishing: list[str] = []
    statements: list[str] = []
    asides: list[str] = []
    descriptions: list[str] = []
    chain_markers: list[str] = []
    contrasts: list[str] = []
    object_nouns: list[str] = []
    narration_verbs: list[str] = []
    demonstratives: list[str] = []
    resumptives: list[str] = []
    topics: list[str] = []


@dataclass(frozen=True, slots=True)
class VerbForm:
    lemma: str
    slot: Slot
    participle: bool
    verb: Verb
    opening: bool = False
    suffixed: bool = False  # with an object pronoun (أعلنها)


@dataclass(frozen=True, slots=True)
class HeadInfo:
    lemma: str
    cls: HeadClass
    slot: Slot
    nonhuman: bool


CLITIC_PREFIXES = tuple(
    c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك", "لل") for a in ("", "ال")
)


def clitic_forms(words: Iterable[str]) -> frozenset[str]:
    """Every normalized form whose `arabic.stems` can include one of `words`.

    A superset: one set lookup per token rejects the words that start no phrase before any
    clitic is peeled.
    """
    out: set[str] = set()
    for w in words:
        out.update(p + w for p in CLITIC_PREFIXES)
        if w.startswith("ال"):  # للقاعدة: ل + ال with the alef dropped
            out.update(c + "لل" + w[2:] for c in ("", "و", "ف"))
    return frozenset(out)


PURPOSE = "ل"
"""The particle of purpose before an imperfect (ليؤكد، لتعلن)."""


def _clitic_variants(form: str) -> list[str]:
    f = norm(form)
    return [f, "و" + f, "ف" + f]


def _phrases(items: list[str]) -> list[tuple[str, ...]]:
    """Multi-word entries as tuples of normalized words, longest first (ties in text order)."""
    return sorted({tuple(words(x)) for x in items if words(x)}, key=lambda p: (-len(p), p))


@dataclass
class Lexicon:
    verb_forms: dict[str, VerbForm] = field(default_factory=dict)
    heads: dict[str, HeadInfo] = field(default_factory=dict)
    partitive_heads: frozenset[str] = frozenset()  # lemmas of heads that are one of a group (أحدهم)
    many_heads: frozenset[str] = frozenset()  # lemmas of titles many hold at once (قيادي)
    accusative_heads: dict[str, HeadInfo] = field(default_factory=dict)  # قائدا: after أن only
    official_titles: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()
    official_markers: frozenset[str] = frozenset()
    organizations: list[tuple[str, ...]] = field(default_factory=list)
    actors: list[tuple[str, ...]] = field(default_factory=list)  # every name of entities.yaml
    outlets: list[tuple[str, ...]] = field(default_factory=list)
    nationalities: dict[str, str] = field(default_factory=dict)
    not_sources: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    # شبكة أطباء، الوكالة الدولية للطاقة: a body of people or of a task, no outlet
    bodies_of_people: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()  # مدينة حرض: a place's name follows
    honorifics: frozenset[tuple[str, ...]] = frozenset()  # صاحب السمو: a style, no head of its own
    complementizers: frozenset[str] = frozenset()
    according_to: list[tuple[tuple[str, ...], str]] = field(default_factory=list)
    according_to_forms: frozenset[str] = frozenset()  # words that may start an according-to phrase
    documentary: frozenset[str] = frozenset()  # lemmas of according-to phrases a document must follow
    naming_source: frozenset[str] = frozenset()  # lemmas of according-to phrases a source always follows
    source_quantifiers: frozenset[str] = frozenset()  # بعض، إحدى، آخر: before the source's first noun
    publication_verbs: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    quoting_nouns: frozenset[str] = frozenset()
    account_nouns: frozenset[str] = frozenset()  # بحسب حصيلة أعدتها الوكالة: what a source gives
    discourse: list[tuple[str, ...]] = field(default_factory=list)
    lone_discourse: frozenset[str] = frozenset()  # the one-word openers: بينما، قد، بدوره
    time_words: frozenset[str] = frozenset()
    year_adjectives: frozenset[str] = frozenset()  # العام: the year, or "general" after a post
    pronouns: dict[str, Slot] = field(default_factory=dict)

    def pronoun(self, token_text: str) -> Slot | None:
        """لكنه، وأنهم، إلا أنها: the agreement slot of a pronoun subject, through its clitics."""
        for s in stems(token_text):
            if s in self.pronouns:
                return self.pronouns[s]
        return None

    relatives: frozenset[str] = frozenset()
    concessives: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    pair_joiners: frozenset[str] = frozenset()
    adjective_negations: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    anonymity: list[tuple[str, ...]] = field(default_factory=list)
    not_headline_sources: list[tuple[str, ...]] = field(default_factory=list)
    claim_stops: list[str] = field(default_factory=list)
    claim_stop_forms: frozenset[str] = frozenset()  # each stop, its last word also with a pronoun
    claim_consequences: tuple[str, ...] = ()
    according_to_answers: frozenset[str] = frozenset()
    also_openers: frozenset[str] = frozenset()
    claim_clause_joiners: frozenset[str] = frozenset()  # ، فيما: one more clause, then the claim ends
    second_claims: frozenset[str] = frozenset()  # ، واستعادوا السيطرة: a second claim of the speaker's
    second_claims_before_figure: frozenset[str] = frozenset()  # ، وقتل 31: the verb, not its verbal noun
    past_forms: frozenset[str] = frozenset()  # the reporting verbs' past forms, bare (أعلن، نفت ...)
    cue_forms: frozenset[str] = frozenset()  # words that may be a reporting verb or start an according-to
    narration_verbs: frozenset[str] = frozenset()  # ، وجاء ذلك: the outlet's narration resumes
    demonstratives: frozenset[str] = frozenset()
    resumptives: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()  # أما X فقال: X is the speaker
    addressees: frozenset[str] = frozenset()  # قال لي X: the hearer between a verb and its speaker
    statement_resumptives: frozenset[str] = frozenset()  # بيانه الذي قال فيه: the statement it said it in
    republishing: frozenset[str] = frozenset()  # أعاد X نشر بيانه: the words between owner and statement
    publishing: frozenset[str] = frozenset()  # أصدرت X بيانا قالت فيه: the verb before the owner
    statements: frozenset[str] = frozenset()  # ... and the statement after it
    asides: frozenset[str] = frozenset()  # ، بينهم امرأتان،: an aside inside a clause
    descriptions: frozenset[str] = frozenset()  # الحركة، كبرى الفصائل، ...: a body described
    contrasts: list[tuple[str, ...]] = field(default_factory=list)  # ، في حين CLAIM، بحسب X
    chain_markers: list[tuple[str, ...]] = field(default_factory=list)  # نقل X عن Y، على لسان Y
    object_nouns: frozenset[str] = frozenset()  # أعلنت X مسؤوليتها عن ...: the object opens here
    verb_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> its own object nouns
    verb_bare_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # ... with no pronoun: عدد
    verb_denying: dict[str, frozenset[str]] = field(default_factory=dict)  # lemma -> its objects that deny
    name_like: dict[str, bool] = field(default_factory=dict)  # speakers' per-word cache of name shape

    def head(self, token_text: str) -> HeadInfo | None:
        """The speaker head a token is (through its clitics and a possessive pronoun), if any: متحدثهم
        العسكري is their spokesman (not with ه, as often a feminine ending: الدول المصدرة)."""
        for s in stems(token_text):
            if s in self.heads:
                return self.heads[s]
        stem = bare(token_text)
        if not stem.endswith(POSSESSED) or norm(token_text).startswith("ال"):
            return None
        # one post (not موقعها، نتائجها، سكانها), of four letters at least (أمرها is أمر, a matter, not آمر)
        post = depossessed(stem)
        owned = self.heads.get(post) if len(post) >= 4 else None
        return owned if owned and owned.cls == "official" and owned.slot in ("msg", "fsg") else None

    def accusative_head(self, token_text: str) -> HeadInfo | None:
        """The indefinite head in the accusative, after إن / أن / لكن (غير أن قائدا ميدانيا أقر); elsewhere
        قائدا، موقعا is an object or a predicate (يعتبر موقعا استراتيجيا)."""
        return self.accusative_heads.get(norm(token_text))

    def nationality(self, token_text: str) -> str | None:
        for s in stems(token_text):
            if s in self.nationalities:
                return self.nationalities[s]
        return None


def _object_forms(noun: str) -> list[str]:
    """A verb's own object: one noun with its pronoun endings (مسؤوليتها), or two words as written (عدد
    القتلى: their pair is looked up, الحصيلة or عدد with no pronoun)."""
    if noun == FIGURE:
        return [FIGURE]
    parts = [norm(w) for w in noun.split()]
    return _with_pronouns(parts[0]) if len(parts) == 1 else [" ".join(parts)]


def _with_pronouns(word: str) -> list[str]:
    """مسؤوليه -> مسؤوليه، مسؤوليته، مسؤوليتها ... (a word with the article takes no pronoun)."""
    if word.startswith("ال"):
        return [word]
    stem = word[:-1] + "ت" if word.endswith("ه") else word
    return [word, *(stem + p for p in OBJECT_SUFFIXES)]


def _nisba_forms(stem: str) -> list[str]:
    """عراقي -> عراقي، عراقيه، عراقيون، عراقيين، عراقيان، and with the article."""
    base = [stem, stem + "ه", stem + "ون", stem + "ين", stem + "ان", stem + "تان", stem + "تين"]
    return base + ["ال" + b for b in base]


@lru_cache(maxsize=4)
def load(directory: str | None = None) -> Lexicon:
    verbs = rules.load("verbs", directory=directory)
    speakers = rules.load("speakers", directory=directory)
    outlets = rules.load("outlets", directory=directory)
    attribution = rules.load("attribution", directory=directory)
    actors = rules.load("entities", directory=directory)
    assert isinstance(verbs, VerbsFile) and isinstance(speakers, SpeakersFile)
    assert isinstance(outlets, OutletsFile) and isinstance(attribution, AttributionFile)
    assert isinstance(actors, EntityRules)

    lex = Lexicon()
    for verb in verbs.verbs:
        tables = (
            (verb.past, False, False),
            (verb.present, False, False),
            (verb.participle, True, False),
            (verb.opening, False, True),
        )
        for table, participle, opening in tables:
            for slot in SLOTS:
                for form in getattr(table, slot):
                    # (a verb with its own objects takes no pronoun: قدره is as often قدرة, ability)
                    takes_pronoun = "object" in verb.complements and not verb.objects
                    suffixed = [form + p for p in OBJECT_SUFFIXES] if takes_pronoun else []
                    for f in [form, *suffixed]:
                        for variant in _clitic_variants(f):
                            lex.verb_forms.setdefault(
                                variant, VerbForm(verb.lemma, slot, participle, verb, opening, f != form)
                            )
        # لـ and the imperfect (عاد الوزير ليؤكد أن ...، خرجت الناطقة لتنفي): the purpose the sentence's
        # subject spoke for, continuing its statement as a participle does
        for slot in SLOTS if verb.purpose else ():
            for form in getattr(verb.present, slot):
                for variant in _clitic_variants(PURPOSE + form):
                    lex.verb_forms.setdefault(variant, VerbForm(verb.lemma, slot, True, verb))
        # a participle's feminine dual is its feminine stem and تين (مشيرة: مشيرتين), never listed
        for form in verb.participle.fsg:
            if form.endswith("ة"):
                for variant in _clitic_variants(form[:-1] + "تين"):
                    lex.verb_forms.setdefault(variant, VerbForm(verb.lemma, "du", True, verb))
    lex.past_forms = frozenset(norm(f) for v in verbs.verbs for slot in SLOTS for f in getattr(v.past, slot))
    for head in speakers.heads:
        for slot in SLOTS:
            for form in getattr(head, slot):
                info = HeadInfo(head.lemma, head.class_, slot, head.nonhuman)
                f = norm(form)
                lex.heads.setdefault(f, info)
                if not f.startswith("ال"):
                    lex.heads.setdefault("ال" + f, info)
                if slot == "msg" and not f.startswith("ال") and f[-1] not in "اهء":
                    lex.accusative_heads.setdefault(f + "ا", info)
    lex.partitive_heads = frozenset(h.lemma for h in speakers.heads if h.partitive)
    lex.many_heads = frozenset(h.lemma for h in speakers.heads if h.many)
    # a person's dual subject is regular (موظفان، طبيبتان) and listed only where it is not; listed forms
    # win. (Not the oblique ـين: it is the sound plural's as well, للصحفيين the channel, not two speakers.)
    for head in speakers.heads:
        if head.du or head.partitive or head.class_ not in ("official", "person"):
            continue
        info = HeadInfo(head.lemma, head.class_, "du", head.nonhuman)
        stems = [norm(f) for f in head.msg] + [norm(f)[:-1] + "ت" for f in head.fsg if norm(f).endswith("ه")]
        for stem in stems:
            if not stem.startswith("ال") and stem[-1] not in "ا." and " " not in stem:
                lex.heads.setdefault(stem + "ان", info)
                lex.heads.setdefault("ال" + stem + "ان", info)
    lex.official_titles = frozenset(norm(t) for t in speakers.titles.official)
    lex.person_titles = frozenset(norm(t) for t in speakers.titles.person)
    lex.official_markers = frozenset(
        f for m in speakers.official_markers for f in [norm(m), *_nisba_forms(norm(m))[1:]]
    )
    # the actors of entities.yaml speak as organizations too (الدعم السريع: ...), by their names of two
    # words or more or of one with the article (وقالت الأسايش إن); one bare word may be a person's (حفتر،
    # بوتين) or an adjective (حوثي)
    named = [a for e in actors.entities for a in e.aliases if len(words(a)) > 1 or norm(a).startswith("ال")]
    lex.organizations = _phrases([*speakers.organizations, *named])
    lex.actors = _phrases([a for e in actors.entities for a in e.aliases])
    lex.outlets = _phrases([n for o in outlets.outlets for n in o.names])
    lex.nationalities = {f: norm(n) for n in speakers.nationalities for f in _nisba_forms(norm(n))}
    lex.not_sources = normed(speakers.not_sources)
    lex.given_names = frozenset(norm(n) for n in speakers.given_names)
    lex.bodies_of_people = normed(speakers.bodies_of_people)
    lex.place_nouns = normed(speakers.place_nouns)
    lex.honorifics = frozenset(_phrases(speakers.honorifics))
    lex.complementizers = frozenset(norm(c) for c in attribution.complementizers)
    # Longest first; among equals, whole words before a trailing clitic (وفقا لما before وفقا ل),
    # then by text, so the order never depends on the hash seed.
    lex.according_to = sorted(
        {(tuple(words(p)), a.lemma) for a in attribution.according_to for p in a.phrases},
        key=lambda x: (-len(x[0]), len(x[0][-1]) == 1, x),
    )
    lex.according_to_forms = clitic_forms({phrase[0] for phrase, _ in lex.according_to})
    lex.documentary = frozenset(a.lemma for a in attribution.according_to if a.document)
    lex.naming_source = frozenset(a.lemma for a in attribution.according_to if a.names_source)
    lex.source_quantifiers = frozenset(norm(q) for q in attribution.source_quantifiers)
    lex.publication_verbs = frozenset(norm(v) for v in attribution.publication_verbs)
    lex.occasions = frozenset(norm(o) for o in attribution.occasions)
    lex.quoting_nouns = frozenset(norm(q) for q in attribution.quoting_nouns)
    lex.account_nouns = frozenset(norm(q) for q in attribution.account_nouns)
    lex.discourse = _phrases(attribution.discourse)
    lex.lone_discourse = frozenset(p[0] for p in lex.discourse if len(p) == 1)
    lex.time_words = frozenset(norm(t) for t in attribution.time_words)
    lex.year_adjectives = frozenset(norm(t) for t in attribution.year_adjectives)
    lex.pronouns = {norm(p): slot for slot in SLOTS for p in getattr(attribution.pronoun_subjects, slot)}
    lex.relatives = frozenset(norm(r) for r in attribution.relatives)
    lex.concessives = frozenset(plain(r) for r in attribution.concessives)  # (وإن is not وأن)
    lex.negations = frozenset(norm(r) for r in attribution.negations)
    lex.pair_joiners = frozenset(norm(r) for r in attribution.pair_joiners)
    lex.adjective_negations = frozenset(norm(r) for r in attribution.adjective_negations)
    lex.subordinators = frozenset(norm(r) for r in attribution.subordinators)
    lex.anonymity = _phrases(attribution.anonymity)
    lex.not_headline_sources = _phrases(attribution.not_headline_sources)
    lex.claim_stops = [" ".join(words(s)) for s in attribution.claim_stops if words(s)]
    lex.according_to_answers = frozenset(norm(w) for w in attribution.according_to_answers)
    lex.also_openers = frozenset(f for w in attribution.also_openers for f in _clitic_variants(w))
    lex.claim_consequences = tuple(" ".join(words(s)) for s in attribution.claim_consequences if words(s))
    joiners = attribution.claim_clause_joiners
    lex.claim_clause_joiners = frozenset(" ".join(words(s)) for s in joiners if words(s))
    lex.second_claims = frozenset(norm(w) for w in attribution.second_claims)
    lex.second_claims_before_figure = frozenset(norm(w) for w in attribution.second_claims_before_figure)
    lex.addressees = frozenset(norm(a) for a in attribution.addressees)
    lex.statement_resumptives = frozenset(norm(a) for a in attribution.statement_resumptives)
    lex.republishing = frozenset(norm(a) for a in attribution.republishing)
    lex.publishing = frozenset(norm(a) for a in attribution.publishing)
    lex.statements = frozenset(norm(a) for a in attribution.statements)
    lex.asides = frozenset(f for a in attribution.asides for f in _clitic_variants(a))
    lex.descriptions = frozenset(norm(d) for d in attribution.descriptions)
    lex.contrasts = _phrases(attribution.contrasts)
    lex.chain_markers = _phrases(attribution.chain_markers)
    lex.object_nouns = frozenset(f for w in attribution.object_nouns for f in _with_pronouns(norm(w)))
    lex.verb_denying = {
        v.lemma: frozenset(f for w in v.denying for f in _object_forms(w)) for v in verbs.verbs if v.denying
    }
    lex.verb_objects = {
        v.lemma: frozenset(f for w in v.objects for f in _object_forms(w)) for v in verbs.verbs if v.objects
    }
    lex.verb_bare_objects = {v.lemma: frozenset(norm(w) for w in v.objects) for v in verbs.verbs if v.objects}
    lex.narration_verbs = frozenset(f for v in attribution.narration_verbs for f in _clitic_variants(v))
    lex.demonstratives = frozenset(norm(d) for d in attribution.demonstratives)
    lex.resumptives = frozenset(norm(d) for d in attribution.resumptives)
    lex.topics = frozenset(f for d in attribution.topics for f in _clitic_variants(d))
    lex.claim_stop_forms = frozenset(s + e for s in lex.claim_stops for e in STOP_ENDINGS)
    lex.cue_forms = frozenset(lex.verb_forms) | lex.according_to_forms
    return lex
