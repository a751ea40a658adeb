"""Who said what: find attribution cues in each sentence and read off speaker, claim and chain.

Constructions (the rule files name each one):
  وقال SPEAKER [لوكالة X] إن CLAIM       verb first; intermediaries between speaker and إن
  SPEAKER قال إن CLAIM / وكانت SPEAKER ذكرت أن CLAIM
  وأضاف: «CLAIM» / وأضاف أن ... / لكنه أوضح أن ... / مشيرا إلى أن ...   speaker from coreference
  نقلت X عن SOURCE قوله إن CLAIM / قالت X، نقلا عن SOURCE، إن CLAIM   chains
  CLAIM، بحسب SOURCE / وبحسب SOURCE، فإن CLAIM / CLAIM، وفق ما أفاد SOURCE
  SOURCE: CLAIM (headlines)
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from tracker import lexicon as lexicon_mod
from tracker.arabic import ARTICLE, CONJUNCTIONS, POSSESSIVES, depossessed, norm, plain, stems, unsuffixed
from tracker.lexicon import FIGURE, OBJECT_SUFFIXES, Lexicon, Slot, Verb, VerbForm
from tracker.metadata import month_words
from tracker.models import ClaimKind, Polarity
from tracker.quotes import QUOTE_CHARS, SENTENCE_END, doc_text, marked, sentence_bounds
from tracker.speakers import (
    APPOSITION,
    PREPOSITIONS,
    Mention,
    agrees,
    by_first_word,
    classify,
    first_forms,
    is_name_like,
    keys_of,
    phrase_at,
    phrase_in,
)

MAX_REGION = 30
HEADLINE_LABEL = 6
"""The most tokens a headline's SOURCE may have before its colon, quotation marks aside."""
LITOTES_NEGATIONS = frozenset({"لا", "لم"})  # not ليس or عدم: لا يستبعد, never عدم استبعاد
COMMA = frozenset({"،", ","})
NAME_CLOSERS = frozenset({")", "»"})
"""Marks that close a name's acronym or quoted form after a speaker: (أوكسا)، «أوكسا»."""
PARTICLES = frozenset({"قد", "وقد", "لقد", "ولقد"})  # verbal particles between a subject and its verb
VERBAL_OPENERS = PARTICLES | {"كان", "كانت", "وكان", "وكانت", "سبق", "وسبق"}
EXPLANATORY = frozenset({"حيث", "اذ"})
NOT_ACCUSATIONS = frozenset({"باسم", "بن"})
"""Words opening with بـ inside a speaker's name (المتحدث باسم، فهد بن سعد), not an accusation."""
CIRCUMSTANCE_PREPOSITIONS = frozenset({"في", "خلال", "عبر", "امام", "اثناء", "ضمن", "علي"})
OCCASION_REACH = 3
"""How many words into an occasion phrase its preposition may stand (في مقطع مصور نشره على)."""
PLATFORM_PREPOSITIONS = frozenset({"علي", "عبر"})
"""Before the quoted name of the platform a statement was posted on (نشرته على «تلغرام»)، normalized."""
NISBA_ENDINGS = ("ي", "يه", "يون", "يين")  # الأمني، العراقية، الأمريكيون
SURNAME_ENDING = "ي"
"""A family name in ال ends as a masculine nisba (الحلفي، الصالحي)."""
FOR_SEAT = "عن"
"""A post's seat follows it (النائب عن البصرة، عضو المجلس عن الجبهة)."""
SEAT_WORDS = 3
"""The most words of a seat (عن ائتلاف دولة القانون) before its holder's name."""
PERSON_CLASSES = ("official", "person")
"""Heads whose holder is a person (النائب، الشيخ), whom a name may follow."""
MAX_NAME_WORDS = 4
NAME_GENITIVES = frozenset({"عبد", "ابو", "ابي", "ام", "ابن", "بن", "بنت"})  # عبد الله، أبو بكر
PARTICIPLE_PREFIX = "الم"
"""A definite participle (المعروفة، المدعومة، المنتشر) opening an aside about the noun before it."""
ANTECEDENT_SLOTS: dict[str, frozenset[str]] = {
    "الذي": frozenset({"msg"}),
    "التي": frozenset({"fsg", "fpl"}),  # non-human plurals agree in the feminine singular
    "الذين": frozenset({"mpl"}),
    "اللذين": frozenset({"du"}),
    "اللذان": frozenset({"du"}),
    "اللتين": frozenset({"du"}),
    "اللتان": frozenset({"du"}),
}
ANTECEDENT_WORDS = 12  # the most words of a speaker phrase before its relative pronoun
APPOSITION_REACH = 9  # the most words of a post before the name in apposition to it
ANONYMITY_REACH = 16  # tokens between a speaker and the anonymity phrase about it (الذي فضل عدم ...)
HARD_STOPS = frozenset({".", "!", "?", "؟", ":", "؛", "..."})
SPOKEN_TO = frozenset({"الي", "اليه", "اليها", "اليهم", "اليهما"})
"""إلى / إليهم after a verb of speaking, before the outlet spoken to (normalized)."""
OUTLET_REACH = 8  # the most words of an outlet's name and its head (وكالة الأنباء السودانية الرسمية)
OWN_REACH = 9  # how far past a participle its own object may stand (محملة «قوات الدعم السريع» المسؤولية)
PEOPLE = frozenset({*PERSON_CLASSES, "source"})
"""Speaker heads that are people (or their unnamed sources), not bodies or documents."""
CONSTRUCT_ENDINGS = ("و", "ي")
"""A sound plural in construct (مسؤولو الوزارة، مسؤولي الوزارة), normalized."""
MEMBERSHIP = frozenset({"في", "من", "باسم"})
"""Words tying a speaker to the body it belongs to or speaks for (القيادي في الحركة، المتحدث باسم الجيش)."""
SAME_WORDS = frozenset({"ذاته", "نفسه", "ذاتها", "نفسها"})
"""في البيان ذاته: the same occasion, normalized."""

PLACE_NOUNS = frozenset(
    {"مدينه", "بلديه", "محافظه", "ولايه", "منطقه", "بلده", "قريه", "مقاطعه", "اقليم", "مخيم"}
)
"""A place's kind before its name, bound to a body by ل (المجلس البلدي لمدينة زوارة) or before a name that
looks like a verb (منطقة رايا), normalized."""
CLITIC_L = "ل"  # لـ / ل written apart before a quotation mark: لـ«الشرق الأوسط»، ل"الرياض"
SECOND_SOURCE = "وعن"  # ...، وعن مصدر في الإدارة أن: a chain's second source
SECOND_SOURCE_WORDS = 8  # the most words of that source before its أن
BELONGING = frozenset(
    f + e
    for f in ("التابع", "الموالي", "المنتمي", "المقرب", "المؤيد", "المناصر", "المناهض", "المعارض")
    for e in ("", "ه", "ين", "ون")
)
"""Words after which لـ«X» is a complement of the phrase (القيادي في الفصيل التابع لـ«الجيش الحر»),
not the channel the speaker talked to; kept here rather than in a rule file, a closed list."""
DANGLING = PREPOSITIONS | {"", "و", "او", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي"}
"""Words that cannot end a speaker phrase: what they open was cut off after them."""
ACRONYM = re.compile(r"\(\s*([\u0621-\u064a]{2,6})\s*\)")  # (قسد), (سنتكوم)
MAX_OUTLET_WORDS = 3  # an outlet named by unknown words after its head: لوكالة أنباء فارس، لصحيفة إيلاف


@dataclass
class Attribution:
    cue: Span
    lemma: str
    polarity: Polarity
    kind: ClaimKind
    claim: tuple[int, int]
    speaker: Mention | None
    via: list[Mention] = field(default_factory=list)
    slot: Slot | None = None
    implicit: Span | None = None  # the pronoun or bare verb standing for the speaker
    region_end: int = 0  # tokens up to here (speaker, chain) belong to this attribution
    clausal: bool = False  # the claim is a complement clause (قال إن ...، أكد أن ...)
    participle: bool = False  # ...، مضيفا أن ...: continues the sentence's statement
    contrast: str | None = None  # ...، بينما قالت X: the connector setting it against the account before


if not Doc.has_extension("attributions"):
    Doc.set_extension("attributions", default=None)


CLAUSE_REACH = 16
"""How far back a topic (أما X فقال) or an apposition (X، وهو ...، قال) is looked for before a verb."""
LONG_NAME_WORDS = 6
"""The most words of a body's quoted name after a verb (نفى «التحالف من أجل الثورة الشعبية» أي صلة)."""
SUBJECT_REACH = 15
"""The most words of a subject before its verb, an aside of anonymity not counted (مسؤولا محليا منتخبا في
بلدة ...، طلب عدم الكشف عن هويته خشية على سلامته، أبلغ)."""
ORIGIN_HEAD = 3
"""The most words before a من of origin in a subject, from a speaker's head (وسائل إعلام مقربة من الحركة)."""
PLURAL_ENDINGS = ("ين", "ون")
"""Sound masculine plurals (المتمردين): no adjective of a singular noun."""


def _gender(normed_word: str) -> str:
    """ "f" for a word in ة (normalized ه) or a plural in ات (non-human plurals agree in the feminine)."""
    return "f" if normed_word.endswith(("ه", "ات")) else "m"


def _prepositions(verb: Verb) -> dict[str, tuple[bool, ...]]:
    """The verb's prepositional complements by normal form, each with "needs إن/أن after it"."""
    hit = _PREPS.get(id(verb))
    if hit is not None and hit[0] is verb:
        return hit[1]
    out: dict[str, list[bool]] = {}
    for p in verb.complements:
        prep, _, needs_that = p.partition(" ")
        if prep not in ("that", "quote", "object"):
            out.setdefault(norm(prep), []).append(bool(needs_that))
    table = {k: tuple(v) for k, v in out.items()}
    _PREPS[id(verb)] = (verb, table)
    return table


_PREPS: dict[int, tuple[Verb, dict[str, tuple[bool, ...]]]] = {}


DAMMA = "\u064f"


def _passive(word: str, verb: Verb) -> bool:
    """The passive, when the text is vowelled: a past verb with a damma on its first letter and a
    kasra after (ذُكِر، نُقِل، أُعلِن); a present one with a damma on its prefix, for the verbs whose
    active prefix takes a fatha: those with a hamzat wasl (اعتبر -> يَعتبر، تُعتبر). (Forms II to IV
    take a damma in the active: يُؤكد، يُشير; unvowelled, ذكر and صرّح look alike.)"""
    letters = word.lstrip("وف")
    if len(letters) > 1 and letters[0] in "يت" and letters[1] == DAMMA:
        return any(f.startswith("ا") for f in verb.past.msg)
    return len(letters) > 3 and letters[1] == DAMMA and "\u0650" in letters[2:4]


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


class Finder:
    """Reads the attributions of one document, sentence by sentence."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc, self.lex = doc, lex
        self.quotes: list[tuple[int, int]] = doc.user_data.get("quotes", [])
        self.quote_at_open = {o: c for o, c in self.quotes}
        self.out: list[Attribution] = []
        self.known: set[str] = set()  # words of the people named so far
        self.text = doc_text(doc)
        # (the quotations closed by a mark on their line: not one left open to the line's end, as an
        # opening mark written for a closing one leaves it: إن « المعرض « يفتح)
        self.closed_quotes = [(o, c) for o, c in self.quotes if self._closed_at(c)]
        # Per token, so that no Token is made to compare words: the normalizer's lists, if it ran.
        self.words: list[str] = doc.user_data.get("words") or [t.text for t in doc]
        self.normed: list[str] = doc.user_data.get("norms") or [norm(w) for w in self.words]
        self.idx: list[int] = doc.user_data.get("idx") or [t.idx for t in doc]
        flags = doc.to_array([IS_PUNCT, IS_SPACE]).astype(bool).T.tolist() if len(doc) else [[], []]
        self.punct: list[bool] = flags[0]
        self.space: list[bool] = flags[1]
        self._anonymity: dict[int, bool] = {}  # sentence start -> anonymity phrase in it
        self.acronyms = self._acronyms()

    def _acronyms(self) -> dict[str, tuple[str, frozenset[str], str]]:
        """Short names a body is given in parentheses: قوات سوريا الديمقراطية (قسد), then قسد alone;
        each with the head and the words of the full name, for coreference."""
        out: dict[str, tuple[str, frozenset[str], str]] = {}
        for m in ACRONYM.finditer(self.text):
            i = bisect_left(self.idx, m.start(1))
            if i >= len(self.idx) or self.idx[i] != m.start(1) or i < 2 or self.words[i - 1] != "(":
                continue
            for k in range(max(0, i - 2 - MAX_NAME_WORDS), i - 1):
                h = self.lex.head(self.words[k])
                if h is not None and h.cls == "organization" and not any(self.punct[k : i - 1]):
                    keys = keys_of(list(self.doc[k : i - 1]), self.lex)
                    full = self.text[self.idx[k] : m.end()]
                    out.setdefault(self.normed[i], (h.lemma, keys | {self.normed[i]}, full))
                    break
        return out

    # -- helpers -----------------------------------------------------------------------------
    def is_comp(self, t: Token) -> bool:
        return self.normed[t.i] in self.lex.complementizers

    def verb(self, t: Token) -> VerbForm | None:
        return self.verb_at(t.i)

    def verb_at(self, i: int) -> VerbForm | None:
        """The reporting-verb form token i is, unless its left neighbour makes it a noun or content."""
        form = self.lex.verb_forms.get(self.normed[i])
        if form is None:
            return None
        if not form.participle and _passive(self.words[i], form.verb):
            return None  # تُعتبر، ذُكِر: written passive, the verb has no speaker
        if i == 0:
            return form
        if (
            form.opening
            and self.words[i - 1] not in COMMA | HARD_STOPS
            and self.normed[i - 1] not in self.lex.lone_discourse
        ):
            # ضرورة رفع المستندات: the verbal noun (not وفي حصيلة جديدة، رفع المرصد ...; بينما رفع المستشفى)
            return None
        prev = self.normed[i - 1]
        if prev in self.lex.negations and self._litotes(i, form):
            return form  # ولا يستبعد الباحث أن ...: the negated doubt is the cue
        if prev in PREPOSITIONS or prev in self.lex.negations or prev in self.lex.pair_joiners:
            return None  # عن نقل الأسلحة، طلب عدم ذكر اسمه، لا ترى، تأكيد أو نفي
        if prev in PLACE_NOUNS:
            return None  # منطقة رايا: a place's name, not رأيا
        if form.verb.belonging and self._belonging_at(i):
            return None  # مسؤول تابع للإدارة: belonging to it (not وتابع للصحفيين أن)
        if form.participle and prev in self.lex.adjective_negations:
            return None  # محادثات غير معلنة: an adjective
        return form

    def _belonging_at(self, i: int) -> bool:
        """A form with no conjunction before a word in ل: an adjective after a noun, not a verb."""
        n = self.normed
        return not n[i].startswith(CONJUNCTIONS) and i + 1 < len(n) and n[i + 1][:1] == CLITIC_L

    def _litotes(self, i: int, form: VerbForm) -> bool:
        """لا يستبعد / لم تستبعد: a finite verb of doubt right after لا or لم affirms (hedged)."""
        return (
            form.verb.litotes
            and not form.participle
            and i > 0
            and self.normed[i - 1].lstrip("وف") in LITOTES_NEGATIONS
        )

    def _finite_verb_at(self, i: int) -> bool:
        """A reporting verb that is not a participle: it starts a new attribution."""
        form = self.verb_at(i) if self.normed[i] in self.lex.verb_forms else None
        return form is not None and not form.participle

    def opening_quote(self, t: Token) -> bool:
        return t.text in QUOTE_CHARS and t.idx in self.quote_at_open

    def _opening_at(self, i: int) -> bool:
        return self.words[i] in QUOTE_CHARS and self.idx[i] in self.quote_at_open

    def _quoted_name_at(self, i: int) -> bool:
        return self._opening_at(i) and not self._speech_at(i)

    def _platform_at(self, i: int, end: int) -> bool:
        """عبر «أعماق»، نشرته على «تلغرام»، حسابه على «إكس»: the quoted platform a statement went out on;
        after على only following a word of publishing or its occasion (not تشجع على «مصالحة»)."""
        n = self.normed[i]
        if n not in PLATFORM_PREPOSITIONS or i + 1 >= end or not self._quoted_name_at(i + 1):
            return False
        if n == "عبر":
            return True
        prev = self.words[i - 1] if i > 0 else ""
        bare_prev = depossessed(self.normed[i - 1])  # قناتها على «X»: قنات، then قناة
        bare_prev = bare_prev[:-1] + "ه" if bare_prev.endswith("ت") else bare_prev
        head = self.lex.head(prev) or self.lex.head(bare_prev)
        return (
            self.normed[i - 1] in self.lex.publication_verbs
            or self._occasion_word(prev)
            or (head is not None and head.cls == "outlet")
        )

    def _closing_at(self, i: int) -> bool:
        return self.words[i] in QUOTE_CHARS and not self._opening_at(i)

    def _speech_at(self, i: int) -> bool:
        """`speech_quote` for token i, with no Token made for the words that are no quotation mark."""
        return self._opening_at(i) and self.speech_quote(self.doc[i])

    def closed_on_line(self, t: Token) -> bool:
        return self._closed_at(self.quote_at_open.get(t.idx, len(self.text)))

    def _closed_at(self, close: int) -> bool:
        """A quotation's end at `close` is a mark on its line, not the line's or the text's end."""
        return close < len(self.text) and self.text[close] != "\n"

    def _after_quote(self, t: Token) -> int:
        """Index of the first token after the quotation that `t` opens."""
        close = self.quote_at_open.get(t.idx, t.idx)
        j, idx = t.i + 1, self.idx
        while j < len(idx) and idx[j] <= close:
            j += 1
        return j

    def _quote_opened_before(self, t: Token) -> Token | None:
        """The opening mark of the quotation that the closing mark `t` ends."""
        opens = [o for o, c in self.quotes if c == t.idx]
        if not opens:
            return None
        span = self.doc.char_span(opens[0], opens[0] + 1, alignment_mode="expand")
        return span[0] if span is not None else None

    def speech_quote(self, t: Token) -> bool:
        """A quotation of speech, not a quoted name (صحيفة «ديلي بيست»، تنظيمي «داعش» و«القاعدة»)."""
        if not self.opening_quote(t):
            return False
        doc, lex = self.doc, self.lex
        prev = doc[t.i - 1] if t.i > 0 else None
        if prev is not None and (
            lex.head(prev.text)
            or norm(prev.text) in PREPOSITIONS
            or norm(prev.text) in PLATFORM_PREPOSITIONS  # عبر «أعماق»
            or prev.text in PREPOSITIONS  # على: its normal form (علي) is also a given name
            or (len(norm(prev.text)) == 1 and prev.text[0].isalpha())  # ل، لـ (with its tatweel)
        ):
            return False
        close = self.quote_at_open[t.idx]
        inner = self._inner_words(t.i, close, LONG_NAME_WORDS + 1)
        if not inner:
            return False
        after = self.text[close + 1 : close + 3].lstrip(" ")
        texts = [self.words[k] for k in inner]
        if len(inner) <= 4:
            normed = [self.normed[k] for k in inner]
            names = (lex.outlets, lex.organizations)
            if lex.head(texts[0]) or any(phrase_in(texts, normed, p) for p in names):
                return False
        elif len(inner) <= LONG_NAME_WORDS and (head := lex.head(texts[0])) and self._name_goes_on(t, after):
            # نفى «التحالف من أجل الثورة الشعبية» أي صلة: a body's long name, the sentence going on (not
            # أضاف "التحقيق جار والشرطة ستعتقل المنفذين" مشيرا: speech, whose first word may be a head too)
            return head.cls != "organization"
        return len(inner) >= 4 or not after or not after[0].isalpha()

    def _relative_aside(self, j: int, limit: int, body: bool = False) -> int | None:
        """The token after the comma that closes a relative clause opened after a comma at j (وقال الوزير،
        الذي كان قد نفى ...، إن), or None: no relative pronoun there, or no such comma before `limit`, a
        complementizer or the sentence's end. After a `body` a definite participle opens one too (قالت
        الحكومة، المعروفة سابقا بـ...، إن); after a person it tells his post (X، المشرف العام على ...)."""
        if self.words[j - 1] not in COMMA or (
            self.normed[j] not in ANTECEDENT_SLOTS and not (body and self._described(j))
        ):
            return None
        for k in range(j + 1, limit):
            if self.words[k] in SENTENCE_END or self.normed[k] in self.lex.complementizers:
                return None
            if self.words[k] in COMMA:
                return k + 1
        return None

    def _body_at(self, k: int) -> bool:
        """A speaker phrase starting at token k is headed by an organization (ولاية، الجيش، الحكومة)."""
        head = self.lex.head(self.words[k]) if k < len(self.words) else None
        return head is not None and head.cls == "organization"

    def _described(self, j: int) -> bool:
        """A definite participle that is no post or title (المعروفة، المنتشر; not المتحدث، المقدم), or a
        word of description (كبرى الفصائل، إحدى الجماعات)."""
        n, lex = self.normed[j], self.lex
        return n in lex.descriptions or (
            n.startswith(PARTICIPLE_PREFIX)
            and len(n) > len(PARTICIPLE_PREFIX) + 2
            and lex.head(self.words[j]) is None
            and n not in lex.official_titles
            and n not in lex.person_titles
        )

    def _name_goes_on(self, t: Token, after: str) -> bool:
        """After a long quoted name the sentence goes on: with a word (نفى «...» أي صلة), with an
        apposition before the complement of the verb it follows (قال «...»، أبرز ائتلاف للمتمردين، في بيان
        إن), or, opening a line, with a headline's colon («...»: CLAIM)."""
        if after[:1].isalpha():
            return True
        if after[:1] == ":":
            return t.i == 0 or "\n" in self.words[t.i - 1]
        if after[:1] not in COMMA or t.i == 0 or self.normed[t.i - 1] not in self.lex.verb_forms:
            return False
        for k in range(self._after_quote(t), min(len(self.words), t.i + MAX_REGION)):
            if self.words[k] in SENTENCE_END or self._opening_at(k) or self.normed[k] in self.lex.verb_forms:
                return False  # (قال «...»، مضيفا أن: the quotation was speech, the participle the next cue)
            if self.normed[k] in self.lex.complementizers:
                return True
        return False

    def _inner_words(self, i: int, close: int, most: int) -> list[int]:
        """Up to `most` indices of the non-punctuation tokens inside the quotation opened by token i."""
        out: list[int] = []
        k, idx, words = i + 1, self.idx, self.words
        while k < len(words) and idx[k] + len(words[k]) <= close and len(out) < most:
            if not self.punct[k]:
                out.append(k)
            k += 1
        return out

    def _phrase(self, start: int, end: int, phrases: list[tuple[str, ...]]) -> tuple[int, int] | None:
        """`phrase_at` on the tokens start..end, read from the document's word lists."""
        return phrase_in(self.words[start:end], self.normed[start:end], phrases)

    def anonymity_in(self, sent: Span) -> bool:
        if sent.start not in self._anonymity:
            self._anonymity[sent.start] = self._phrase(sent.start, sent.end, self.lex.anonymity) is not None
        return self._anonymity[sent.start]

    def _anonymity_near(self, start: int, end: int, sent: Span) -> bool:
        """Is an anonymity phrase of the sentence about the mention start..end: inside it, or after it
        before any complementizer, quotation or stop (قال مسؤول، طلب عدم ذكر اسمه، إن ... / نقلت X عن
        مسؤول لم تسمه أن ...)? One after the complementizer belongs to another speaker: ففي حين قال
        الوزير X إن ...، أكد مسؤول، طالبا عدم كشف هويته، أن ..."""
        normed, comps = self.normed, self.lex.complementizers
        for p in self._anonymity_starts_in(sent):
            if p < start:
                continue
            if p < end:
                return True
            if p - end > ANONYMITY_REACH:
                return False
            return not any(
                normed[k] in comps or self.words[k] in HARD_STOPS or self._speech_at(k) for k in range(end, p)
            )
        return False

    def _anonymity_starts_in(self, sent: Span) -> list[int]:
        """Token indices where the anonymity phrases of the sentence start."""
        out, k = [], sent.start
        while k < sent.end:
            hit = self._phrase(k, sent.end, self.lex.anonymity)
            if hit is None:
                break
            out.append(k + hit[0])
            k += hit[0] + max(1, hit[1])
        return out

    def mention(self, start: int, end: int, sent: Span, subject: bool = False) -> Mention | None:
        punct, words, normed = self.punct, self.words, self.normed  # the lists, not a Token per look
        while start < end and ((punct[start] and not self._opening_at(start)) or not normed[start]):
            start += 1
        while end > start and (
            (punct[end - 1] and words[end - 1] not in QUOTE_CHARS and words[end - 1] != ")")
            or normed[end - 1] in DANGLING
        ):
            end -= 1  # ...، / ضابط رفيع في / المرصد الذي / ـ: nothing follows them in the phrase
        if end > start and words[end - 1] == ")" and "(" not in words[start : end - 1]:
            end -= 1
        if end <= start:
            return None
        if end - start == 1 and self.acronyms and stems(words[start])[-1] in self.acronyms:
            head, keys, full = self.acronyms[stems(words[start])[-1]]  # قسد: the article's short name
            return Mention(
                self.doc[start:end], "organization", False, "fsg", True, resolved=full, keys=keys, head=head
            )
        anonymous = self.anonymity_in(sent) and self._anonymity_near(start, end, sent)
        m = classify(self.doc[start:end], self.lex, anonymous, frozenset(self.known), subject)
        if m is not None and m.named:
            self.known.update(self.normed[m.span.start : m.span.end])
        return m

    def skip_discourse(self, start: int, end: int) -> int:
        """Skip openers such as بدوره، / وكانت / من جهته، at the start of a phrase."""
        moved = True
        while moved and start < end:
            moved = False
            normed = self.normed[start:end]
            for phrase in self.lex.discourse:
                n = len(phrase)
                if tuple(normed[:n]) == phrase:
                    start += n
                    while start < end and self.doc[start].text in COMMA:
                        start += 1
                    moved = True
                    break
        return start

    # -- the noun phrase of a speaker ----------------------------------------------------------
    def speaker_end(self, start: int, end: int) -> int:
        """Where the speaker phrase that starts at `start` stops inside a region ending at `end`."""
        words, normed, lex = self.words, self.normed, self.lex
        skip_to = -1
        for i in range(start + 1, end):
            if i < skip_to:
                continue
            w, n = words[i], normed[i]
            if w == "(" and (close := self._short_aside(i, end)) is not None:
                skip_to = close + 1  # حركة المقاومة الإسلامية (حماس) خليل ...: an abbreviation in the name
                continue
            if (n in lex.time_words and not self._general_at(i, end)) or w == "(" or n in lex.quoting_nouns:
                return i
            s = stems(w)
            if any(x in lex.quoting_nouns for x in s):
                return i
            if self._occasion_opens(i, end):
                return i  # في تصريحات، في بيانها، في بيانه (not ب + يانه)
            if n.startswith(CLITIC_L) and self._channel_end(i, end) > i and not self._owner_at(i, end):
                return i  # قال ... لوكالة X / للصحيفة / لرويترز / لـ«الشرق الأوسط»
            if self._platform_at(i, end):
                return i  # وقال المتحدث عبر «إكس» إن: the platform, not the speaker
            if (
                len(n) > 2
                and n[0] in "لب"
                and not n.startswith("ال")
                and any(x in lex.occasions for x in s[1:])
            ):
                return i  # بتصريحات، لبيانها
            if n == "مع" and i + 1 < end:
                head = lex.head(words[i + 1])
                if head and head.cls == "outlet":
                    return i
            if self._anonymity_starts(i, end):
                return i  # ...، طالبا عدم ذكر اسمه: the speaker phrase ends before the phrase
            if n in lex.verb_forms and self.verb_at(i) is not None:
                return i  # وقال أحد الشهود قائلا: «...»: another reporting verb is no part of a speaker
            if i + 1 < end and self._relative_aside(i + 1, end, self._body_at(start)):
                return i  # وقال الوزير، الذي كان قد نفى ...، إن: a relative clause after the name
            if n in self._discourse_firsts and self._discourse_at(i, end):
                return i  # وقال اللواء محمد سعد، من جهته، إن ...
            if self._object_noun_at(i) and not any(x in ANTECEDENT_SLOTS for x in normed[start:i]):
                return i  # وأعلنت جماعة مرتبطة بالتنظيم مسؤوليتها عن الهجوم: the object (not one inside a
                # relative clause: نفت الوزارة الأنباء التي ترددت بمنع دخول ...)
            if (
                w in COMMA
                and i + 1 < end
                and normed[i + 1] in lex.object_nouns
                and COMMA & set(words[start:i])
            ):
                return i  # ونفى المحافظ، محمد X، اعتقال ...: the apposition closed, its object follows
        return end

    def _general_at(self, i: int, end: int) -> bool:
        """العام after a post or a place says "general" (الأمين العام، مستشفى المدينة العام), and the year
        only before a time word (العام الماضي)."""
        after = self.normed[i + 1] if i + 1 < end else ""
        return self.normed[i] in self.lex.year_adjectives and after not in self.lex.time_words

    def _owner_at(self, i: int, end: int) -> bool:
        """المركز الإعلامي لـ«قسد»: ل written apart before the quoted name of an actor (no outlet) names
        the body the speaker belongs to, not a channel it talked to."""
        if self.normed[i] != CLITIC_L or i + 1 >= end or not self._opening_at(i + 1):
            return False
        close = self._after_quote(self.doc[i + 1]) - 1  # the closing mark
        if self._phrase(i + 2, close, self.lex.outlets) is not None:
            return False
        hit = self._phrase(i + 2, close, self.lex.actors)
        return hit is not None and hit == (0, close - i - 2)

    def _short_aside(self, i: int, end: int) -> int | None:
        """The ) closing the ( at i over one to three plain words (no time, no number), else None."""
        months = month_words()
        for k in range(i + 1, min(end, i + 5)):
            if self.words[k] == ")":
                return k if k > i + 1 else None
            n = self.normed[k]
            if self.punct[k] or n in self.lex.time_words or n in months or n[:1].isdigit():
                return None
        return None

    def _occasion_word(self, w: str) -> bool:
        """An occasion noun (بيان، تصريحات), bare, with a clitic, or with a possessive pronoun: each
        stem is tried, so that بيانه is not read as ب + يانه."""
        occasions = self.lex.occasions
        return unsuffixed(w) in occasions or any(
            x in occasions or depossessed(x) in occasions for x in stems(w)
        )

    def _own_object_at(self, k: int, own: frozenset[str] | None) -> bool:
        """An object noun (one of a verb's `own`) starts at k, or right inside a quotation opening there
        (أحصت البعثة «ما لا يقل عن 5 قتلى»), or, for a verb with its own objects, right after the comma
        that closes the speaker's apposition (رفع المتحدث، العقيد X، حصيلة القتلى إلى ...)."""
        if k + 1 < len(self.words) and self._opening_at(k):
            return self._object_noun_at(k + 1, own, quoted=True)
        closed = own is not None and 0 < k < len(self.words) and self.words[k - 1] in COMMA
        return k < len(self.words) and self._object_noun_at(k, own, quoted=closed)

    def _object_noun_at(self, i: int, nouns: frozenset[str] | None = None, quoted: bool = False) -> bool:
        """A verbal noun opening an object (مسؤوليتها، القبض، مقتل; or, for a verb that lists its own
        `nouns`, one of them or two words of them: تبنى الهجوم، رفع عدد القتلى, the two with a definite kind
        between them: رفع عدد المدنيين القتلى), not a genitive of a head before it (لجنة الإفراج عن
        المعتقلين)."""
        normed = self.normed
        listed = normed[i] in (self.lex.object_nouns if nouns is None else nouns) or (
            nouns is not None
            and (
                (i + 1 < len(normed) and f"{normed[i]} {normed[i + 1]}" in nouns)
                or (
                    i + 2 < len(normed)
                    and normed[i + 1].startswith("ال")
                    and f"{normed[i]} {normed[i + 2]}" in nouns
                )
                or (FIGURE in nouns and normed[i][:1].isdigit())
            )
        )
        return (
            listed
            and i > 0
            and (
                quoted or not self.punct[i - 1] or self._closing_at(i - 1) or self.words[i - 1] == ")"
            )  # نفت «الحركة» وجود
            and self.normed[i - 1] not in PREPOSITIONS  # لجنة التحقيق في سقوط المدينة
            and self.words[i - 1] not in PREPOSITIONS  # على أي من (على is normalized as a name)
            and not self._construct_head(i - 1)
        )

    def _construct_head(self, k: int) -> bool:
        """The word at k heads a genitive construct with the noun after it (لجنة الإفراج عن المعتقلين): an
        indefinite speaker head, save people in the plural not written in construct (ونفت مصادر وجود ...،
        وقدر شهود عدد ...: the sources deny, the witnesses estimate; مسؤولو is a construct form)."""
        n = self.normed[k]
        head = self.lex.heads.get(n)
        if head is None or n.startswith("ال"):
            return False
        people = head.cls in PEOPLE and head.slot in ("mpl", "fpl") and not n.endswith(CONSTRUCT_ENDINGS)
        return not people

    @property
    def _discourse_firsts(self) -> frozenset[str]:
        return first_forms(self.lex.discourse)

    def _discourse_at(self, i: int, end: int) -> int:
        """The length of a discourse opener (من جهته، في المقابل، أيضا) starting at token i, or 0; not كان
        or قد, which may belong to a relative clause in the speaker phrase (المسؤول الذي كان ...)."""
        hit = self._phrase(i, min(end, i + 4), self.lex.discourse)
        return hit[1] if hit is not None and hit[0] == 0 and self.normed[i] not in VERBAL_OPENERS else 0

    def _circumstance_at(self, i: int, end: int) -> bool:
        """Does the region open with an occasion, a channel or a time (وأشاروا في تصريحات لوكالة X إلى)?"""
        if self.doc[i].is_punct:
            return self.doc[i].text != "("  # a parenthesis starts more than a circumstance
        probe = self.speaker_end(i - 1, end) if i > 0 else end
        return probe == i

    def _channel_end(self, i: int, end: int) -> int:
        """End of the channel a speaker talked to, starting at token i, or i when none starts there.

        لوكالة X / للصحيفة / لرويترز / لـ«الشرق الأوسط» / ل"الرياض": ل on an outlet's head or known
        name, or written apart before a quoted name (not after التابع and its kin), with the adjectives
        after the name (لصحيفة «معاريف» الإسرائيلية).
        """
        words, normed, lex = self.words, self.normed, self.lex
        n = normed[i] if i < end else ""
        if not n.startswith(CLITIC_L) or n.startswith("ال"):
            return i
        if n == CLITIC_L:  # the clitic written apart
            if i + 1 >= end or (i > 0 and normed[i - 1] in BELONGING):
                return i
            if self._opening_at(i + 1):
                j = self._after_quote(self.doc[i + 1])
            elif words[i + 1] == "(" and ")" in words[i + 2 : min(end, i + 8)]:
                j = words.index(")", i + 2, min(end, i + 8)) + 1
            else:
                head = lex.head(words[i + 1])
                j = self._outlet_name_end(i + 2, end) if head and head.cls == "outlet" else i + 1
                hit = self._phrase(i + 1, end, lex.outlets)
                if j == i + 1 and (hit is None or hit[0] != 0):
                    return i
                if j == i + 1 and hit is not None:
                    j = i + 1 + hit[1]
        else:
            hit = self._phrase(i, end, lex.outlets)
            head = lex.head(words[i])
            if hit is not None and hit[0] == 0:
                j = i + hit[1]  # لرويترز، لوكالة الأنباء السعودية
            elif head is not None and head.cls == "outlet":
                j = self._outlet_name_end(i + 1, end)  # لوكالة X، للصحيفة
            else:
                return i
        return self._adjectives_end(j, end)

    def _adjectives_end(self, j: int, end: int) -> int:
        """After an outlet's name, its adjectives: الإسرائيلية، الرسمية، اللندنية."""
        words, normed, lex = self.words, self.normed, self.lex
        while j < end and (
            lex.nationality(words[j]) or (normed[j].startswith("ال") and normed[j].endswith(NISBA_ENDINGS))
        ):
            j += 1
        if j < end and self.words[j] == "(" and (close := self._short_aside(j, end)) is not None:
            return close + 1  # لهيئة البث الإسرائيلية (كان): its short name
        return j

    def _outlet_name_end(self, k: int, end: int) -> int:
        """End of an outlet's name after its head (وكالة ...): a quotation, a known name, definite words
        (الأنباء الألمانية), or a few others (أنباء فارس); never a speaker's head, title or given name."""
        words, normed, lex = self.words, self.normed, self.lex
        if k < end and self._opening_at(k):
            return self._after_quote(self.doc[k])
        others = 0
        while k < end:
            hit = self._phrase(k, end, lex.outlets)
            if hit is not None and hit[0] == 0:
                return k + hit[1]
            w, n = words[k], normed[k]
            head = lex.head(w)
            if (
                self.punct[k]
                or (head is not None and head.cls not in ("outlet",))
                or n in lex.official_titles
                or n in lex.person_titles
                or n in lex.given_names
                or n in lex.complementizers
                or n in lex.time_words
                or n in lex.verb_forms
            ):
                break
            if not n.startswith("ال"):
                if others == MAX_OUTLET_WORDS:
                    break
                others += 1
            k += 1
        return k

    def _outlet_in(self, start: int, end: int) -> int | None:
        """Where an outlet is named inside start..end: a quoted name, a known one, or an outlet's head."""
        for k in range(start, end):
            head = self.lex.head(self.words[k])
            known = self._phrase(k, end, self.lex.outlets)
            outlet = (head is not None and head.cls == "outlet") or (known is not None and known[0] == 0)
            if outlet or self._opening_at(k):
                return k
        return None

    def _channel_mention(self, i: int, j: int, sent: Span) -> Mention | None:
        """The channel i..j as an intermediary: a media outlet unless the lexicon says otherwise."""
        m = self.mention(i, j, sent)
        if m is None and j > i:
            m = Mention(self.doc[i:j], "media_outlet", False, "fsg", nonhuman=True)
        if m is not None:
            m.channel = True
        return m

    def _anonymity_starts(self, i: int, end: int) -> bool:
        """An anonymity phrase starts here or right after this token (a comma, طالبا، مفضلا)."""
        forms = first_forms(self.lex.anonymity)
        if self.normed[i] not in forms and (i + 1 >= min(end, i + 8) or self.normed[i + 1] not in forms):
            return False  # no phrase can start at either place
        hit = self._phrase(i, min(end, i + 8), self.lex.anonymity)
        # Right after a comma only: وقال ضابط في الأنبار رفض الكشف عن هويته keeps الأنبار.
        # (not after a closing quotation mark: مصدر في «قسد» طلب عدم ... ends after the name)
        return hit is not None and (
            hit[0] == 0 or (hit[0] == 1 and self.punct[i] and not self._closing_at(i))
        )

    def vias_in(self, start: int, end: int, sent: Span) -> list[Mention]:
        """Outlets named in the rest of a speaker region: لوكالة X، مع شبكة X، للصحيفة نفسها."""
        out = []
        i = start
        while i < end:
            channel = self._channel_end(i, end)
            if channel > i:  # لـ«الشرق الأوسط»، لوكالة الأنباء الألمانية
                m = self._channel_mention(i, channel, sent)
                if m is not None:
                    out.append(m)
                i = channel
                continue
            if self._platform_at(i, end):
                close = self._after_quote(self.doc[i + 1])  # نشرته على «تلغرام»، عبر «أعماق»: the platform
                if close <= end:
                    m = self._channel_mention(i + 1, close, sent)
                    if m is not None:
                        out.append(m)
                    i = close
                    continue
            if (j := self._outlet_end(i, end)) is not None:
                # في مقابلة مع شبكة «سي إن إن» الأميركية: the outlet's name and adjectives, no further
                j = self._adjectives_end(j, end)
                m = self.mention(i, j, sent)
                if m is not None:
                    out.append(m)
                i = j
            i += 1
        return out

    # -- claims ----------------------------------------------------------------------------
    def quote_claim(self, t: Token) -> tuple[int, int] | None:
        close = self.quote_at_open.get(t.idx)
        if close is None:
            return None
        start, end = t.idx + 1, close
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".،,"):
            end -= 1
        return (start, end) if end > start else None

    def claim_from(self, i: int, sent_end: int, limit: int | None = None) -> tuple[int, int] | None:
        """The claim starting at token i: to the sentence end, the next attribution, or a clause stop."""
        words, normed = self.words, self.normed
        end = min(sent_end, limit if limit is not None else sent_end, self._quote_end(i))
        # a quotation opened inside the claim is the speaker's words, whatever marks stand in it: the
        # claim goes on from its closing mark (مضيفا أن عددهم «سبعة: خمسة أتراك واثنان»)
        at = self.idx[i] if i < len(self.idx) else len(self.text)
        close_of = {o: c for o, c in self.closed_quotes if o > at}
        j, joined = i, False
        while j < end:
            w = words[j]
            if (close := close_of.get(self.idx[j])) is not None:
                j = bisect_left(self.idx, close, lo=j)
                continue
            if w == "؛" and not (j + 1 < end and normed[j + 1] in EXPLANATORY):
                break  # ...؛ حيث إن ... / ...؛ إذ ...: the reason belongs to the same statement
            if w == ":" and j > i + 2:
                break
            if w in COMMA and j > i + 2 and j + 1 < end:
                if joined:
                    break  # ...، فيما قتل ثلاثة، ...: the joined clause ends here
                joiners = self.lex.claim_clause_joiners
                joiner = next(
                    (x for x in joiners if " ".join(normed[j + 1 : j + 2 + x.count(" ")]) == x), None
                )
                if joiner is not None and self._finite_verb_at(min(j + 2 + joiner.count(" "), end - 1)):
                    break  # ...، فيما تقدر المفوضية عدد ...: the clause has a speaker of its own
                if joiner is not None and self._sourced_after(j + 1, end):
                    break  # ...، فيما نزح 34 شخصا، وفقا لمكتب «أوتشا»: so has one with its source after it
                if joiner is not None:
                    joined = True
                    j += 1
                    continue
                following = " ".join(normed[j + 1 : min(end, j + 4)])
                if self._clause_stop(following) and not following.startswith(self.lex.claim_consequences):
                    break
                if self._narration_at(j + 1, end):
                    break
                form = self.verb_at(j + 1)
                if form is not None and form.participle:
                    break
                if form is not None and normed[j + 1][:1] == "و" and self._statement_opens(j + 2, end):
                    break  # ...، وقال: «...» / ، وأضاف أن: the speaker's next statement
                if normed[j + 1] in self.lex.also_openers and j + 2 < end and self.verb_at(j + 2) is not None:
                    break  # ...، كما نفى وقوع أي انفجار: so is one joined by كما
            j += 1
        while j > i and ((self.punct[j - 1] and words[j - 1] not in QUOTE_CHARS) or self.space[j - 1]):
            j -= 1
        if j <= i:
            return None
        c0, c1 = _char_span(self.doc, i, j)
        while c1 > c0 and self.text[c1 - 1] in ".،,":
            c1 -= 1  # إلى 40.: the stop glued to a number
        return (c0, c1) if c1 > c0 else None

    def _sourced_after(self, i: int, end: int) -> bool:
        """A mark before `end` is followed by an according-to phrase (، وفقا لـ X، بحسب X): what runs from
        i to it is that source's."""
        marks = (k for k in range(i, end - 1) if self.words[k] in COMMA)
        return any(self._according_to_at(k + 1, end) is not None for k in marks)

    def _quote_end(self, i: int) -> int:
        """The token closing the innermost quotation that token i stands in (a claim inside one ends
        with it: «... وقال لي مسؤول إن CLAIM»), or the document's length."""
        if i >= len(self.idx):
            return len(self.idx)
        at, close = self.idx[i], None
        for o, c in self.quotes:
            if o >= at:
                break
            if at < c and (close is None or c < close):
                close = c
        if close is None:
            return len(self.words)
        j = bisect_left(self.idx, close, lo=i)
        return j

    def _statement_opens(self, k: int, end: int) -> bool:
        """A reported statement opens at token k: a colon or a complementizer (قال: / قال إن)."""
        return k < end and (self.words[k] == ":" or self.normed[k] in self.lex.complementizers)

    def _narration_at(self, i: int, end: int) -> bool:
        """، وجاء ذلك / ، وجاء السماح: a verb of occurrence with a new subject after it (not ، وجاءت في)."""
        if i + 1 >= end or self.normed[i] not in self.lex.narration_verbs:
            return False
        nxt = self.normed[i + 1]
        return nxt.startswith("ال") or nxt in self.lex.demonstratives

    def _clause_stop(self, following: str) -> bool:
        """Do the (normalized, space-joined) words after a comma open with a clause stop (إلا أنها)?"""
        stops = self.lex.claim_stop_forms  # each stop, its last word also with a pronoun
        if following in stops:
            return True
        return any(following[:k] in stops for k, ch in enumerate(following) if ch == " ")

    # -- one sentence ----------------------------------------------------------------------------
    def sentence(self, sent: Span, cues: Sequence[int] | None = None) -> None:
        """The attributions of one sentence; `cues`: the indices of its words that may start one."""
        doc, lex = self.doc, self.lex
        consumed: set[int] = set()
        found: list[Attribution] = []
        if cues is None:
            cues = [i for i in range(sent.start, sent.end) if self.normed[i] in lex.cue_forms]
        for i in cues:
            if self.normed[i] not in lex.verb_forms or i in consumed:
                continue  # no reporting verb (most words), or one inside an earlier attribution's
                # speaker region (وقال أحد الشهود قائلا: «...»: the same statement, said once)
            t = doc[i]
            form = self.verb(t)
            if form is None or self._after_according_to(t):
                continue
            prev = doc[t.i - 1] if t.i > sent.start else None
            if prev is not None and plain(prev.text) in lex.concessives:
                continue  # وإن أنكره الطرفان: even though both deny it, no report
            a = self.verbal(t, form, sent, consumed)
            if a is None:
                continue
            resumed = t.i + 1 < sent.end and self.normed[t.i + 1] in lex.statement_resumptives
            # (والذي جاء فيه: the statement's relative pronoun under its conjunction too)
            said_in = () if prev is None else stems(prev.text) if resumed else (norm(prev.text),)
            relative = not lex.relatives.isdisjoint(said_in)
            if relative and form.suffixed and said_in[0] in ANTECEDENT_SLOTS and not form.verb.accuses:
                # التهدئة التي أعلنها الوسطاء «لم تصمد»: the antecedent is what was said, no speaker (not the
                # accused: الدولة التي يتهمها التنظيم بدعم الحركة, whose charge follows)
                continue
            before = a.speaker is not None and a.speaker.span.start < t.i  # (read across the pronoun)
            if prev is not None and relative and (a.speaker is None or a.implicit or (resumed and before)):
                # من قالت إنه ...: no speaker; القيادة التي قالت في بيان إن ...: the antecedent speaks;
                # أعاد المجلس نشر بيانه، الذي قال فيه إن ... (or والذي جاء فيه أن): the statement's owner
                antecedent = (
                    self._statement_owner(prev.i, sent) if resumed else self._antecedent(prev.i, sent, form)
                )
                if antecedent is None:
                    continue
                a.speaker, a.implicit, a.slot = antecedent, None, antecedent.slot
            alone = a.participle and a.speaker is None and not any(f.speaker for f in found)
            subject = self._opening_actor(sent, t.i) if alone else None
            if subject is not None and agrees(a.slot, subject):
                # وجددت كتائب X، في بيان، تحميل واشنطن ...، معلنة أن: with no speaker quoted before it in its
                # sentence, the actor after its first verb is the participle's, not the last one quoted
                a.speaker, a.implicit = subject, None
            # (a participle's object is its claim: what follows it, ، ومؤكدا أن ..., is free)
            end = min(a.region_end, bisect_left(self.idx, a.claim[1])) if a.participle else a.region_end
            consumed.update(range(a.cue.start, max(end, a.cue.start + 1)))
            found.append(a)
        found += self.according_to(sent, consumed, cues)
        found.sort(key=lambda a: a.cue.start)
        # A claim ends where the next attribution of the sentence begins.
        for a, b in pairwise(found):
            b_start = min((b.implicit or (b.speaker.span if b.speaker else b.cue)).start, b.cue.start)
            b_start = self._opener_start(b_start, sent.start)
            b_char = doc[b_start].idx
            # (المسلحين «كانوا ملثمين، ويقولون إنهم ...»: a verb with no speaker named, inside a quotation
            # opened in the claim, is the quoted speaker's words)
            quoted = b.speaker is None or b.implicit is not None
            if quoted and any(a.claim[0] < o < b_char < c for o, c in self.closed_quotes):
                continue
            if a.claim[0] < b_char < a.claim[1] and a.kind not in ("direct",):
                end = b_char
                while end > a.claim[0] and (self.text[end - 1].isspace() or self.text[end - 1] in "،,"):
                    end -= 1
                if end > a.claim[0]:
                    a.claim = (a.claim[0], end)
        self.out += [
            part for a in found for second in self._second_sources(a) for part in self._coordinated(second)
        ]

    def _antecedent(self, rel: int, sent: Span, form: VerbForm) -> Mention | None:
        """The speaker a relative pronoun at token `rel` stands for (وهو ما أكدته القيادة المركزية التي
        قالت إن ...، نقلت الوكالة عن المحافظ الذي قال إن ...): the noun phrase right before it, from its
        first head, title or known name, agreeing with the pronoun; None for من / ما or no such phrase."""
        slots = ANTECEDENT_SLOTS.get(self.normed[rel])
        if slots is None or form.participle or form.slot not in slots:
            return None  # الشبكة التي أعلن عن ضبطها: the verb does not agree, its subject is another
        words, normed, lex = self.words, self.normed, self.lex
        k = rel
        while k > sent.start and rel - k < ANTECEDENT_WORDS:
            w, n = words[k - 1], normed[k - 1]
            if (self.punct[k - 1] and w not in QUOTE_CHARS) or w in HARD_STOPS or self.space[k - 1]:
                break
            if n in lex.complementizers or n in lex.relatives or n in lex.subordinators or n == "و":
                break
            if n in lex.verb_forms and self.verb_at(k - 1) is not None:
                break
            k -= 1
        agreeing: list[Mention] = []
        for s in range(k, rel):
            if not (
                lex.head(words[s])
                or normed[s] in lex.official_titles
                or normed[s] in lex.person_titles
                or self._phrase(s, rel, lex.organizations) == (0, rel - s)
                or ((hit := self._phrase(s, rel, lex.outlets)) is not None and hit[0] == 0)
            ):
                continue
            m = classify(self.doc[s:rel], lex, self._anonymity_near(s, rel, sent), frozenset(self.known))
            disagrees = m is not None and m.slot is not None and m.slot not in slots
            if m is None or (disagrees and not (m.nonhuman and "fsg" in slots)):
                continue  # المحافظ الذي، الوزارة التي، القوات التي (a non-human plural)
            if self._np_end(s, rel) >= rel:
                return self.mention(s, rel, sent)  # one noun phrase up to the pronoun: the longest
            agreeing.append(m)
        # انتقد النائب X رئيس الوزراء الذي قال: no phrase reads whole; the one nearest the pronoun
        return self.mention(agreeing[-1].span.start, rel, sent) if agreeing else None

    def _statement_owner(self, rel: int, sent: Span) -> Mention | None:
        """Who published the statement a relative pronoun at `rel` points back to (وأعاد المجلس نشر
        بيانه الصادر الأحد، الذي قال فيه): the speaker phrase right before the words of publishing."""
        lex = self.lex

        def publishing(k: int) -> bool:
            return not lex.republishing.isdisjoint(stems(self.words[k]))

        floor = max(sent.start, rel - ANTECEDENT_WORDS)
        told = next((k for k in range(rel - 1, floor - 1, -1) if publishing(k)), None)
        if told is None:
            return None
        while told > floor and publishing(told - 1):
            told -= 1  # نشر بيانه
        for s in range(floor, told):
            named = (hit := self._phrase(s, told, lex.organizations)) is not None and hit[0] == 0
            if named or lex.head(self.words[s]) or self._opening_at(s):
                return self.mention(s, told, sent)
        return None

    def _opener_start(self, i: int, floor: int) -> int:
        """Back from token i over the subordinators and openers that introduce its clause (بينما قال،
        في حين أكد، وفيما نقلت): they belong to the next attribution, not to the claim before it."""
        normed, lex = self.normed, self.lex
        while i > floor:
            n = normed[i - 1]
            subordinator = n in lex.subordinators or (n[:1] in CONJUNCTIONS and n[1:] in lex.subordinators)
            if not (subordinator or (n in ("في", "وفي", "ففي") and normed[i] == "حين")):
                break
            i -= 1
        return i

    def _comp_after(self, i: int | None) -> bool:
        """أشار إلى أن: a complementizer right after the preposition."""
        return i is not None and i + 1 < len(self.normed) and self.normed[i + 1] in self.lex.complementizers

    def _coordinated(self, a: Attribution) -> list[Attribution]:
        """وأكد X أن A، وأن B / قال إن A، وإن «B»: a second complement clause of the same verb is a
        claim of its own (same speaker, cue, channel and polarity). Only after a complementizer (not
        كشف عن اجتماع ... وأن ...), not inside a quotation, not after an inner أن of the first clause
        (قال إن عليها أن تنسحب وأن تفاوض: one claim), and only when the first clause is a simple one,
        with no comma of its own (after الاتحاد، في حال حدوثه، سيجلب ...، وأن the attachment is open)."""
        if a.kind not in ("indirect", "direct") or not a.clausal:
            return [a]
        span = self.doc.char_span(a.claim[0], a.claim[1], alignment_mode="expand")
        if span is None:
            return [a]
        if a.kind == "direct":
            return [a, *self._coordinated_after(a, span.end)]
        normed, comps = self.normed, self.lex.complementizers
        opened = normed[span.start - 1] if span.start > 0 else ""
        glued = "ب" if opened.startswith("ب") and opened in comps else ""
        start, parts = span.start, []
        for j in range(span.start, span.end - 2):
            n = normed[j]
            if n in comps or (
                self.words[j] in COMMA
                and j + 1 < span.end
                and normed[j + 1][1:] not in comps
                and not self._aside_comma(j, start)
            ):
                break  # an inner complement clause, or a comma inside the first: وأن may be their own
            if not self._and_that(j, glued) or j - start < 2:
                continue
            if self._quote_end(j) < len(self.words):
                break  # inside a quotation: the speaker's own words, one claim
            end = j
            while end > start and (self.punct[end - 1] and self.words[end - 1] not in QUOTE_CHARS):
                end -= 1
            if end - start < 2:
                continue
            parts.append((start, end))
            start = j + 1
        if not parts:
            return [a]
        parts.append((start, span.end))
        out = []
        for k, (s0, s1) in enumerate(parts):
            kind: ClaimKind = "indirect"
            claim = _char_span(self.doc, s0, s1)
            if k == 0:
                claim = (a.claim[0], claim[1])
            elif self._speech_at(s0) and self._after_quote(self.doc[s0]) >= s1 - 1:
                quoted = self.quote_claim(self.doc[s0])
                if quoted is not None:
                    claim, kind = quoted, "direct"
            if k == len(parts) - 1:
                claim = (claim[0], a.claim[1]) if kind == "indirect" else claim
            out.append(replace(a, claim=claim, kind=kind if k else a.kind, via=list(a.via)))
        return out

    def _second_sources(self, a: Attribution) -> list[Attribution]:
        """نقل X عن مصدر طبي أن A، وعن مصدر في إدارة المخيم أن B: the chain's second source, told through
        the same intermediary, says a claim of its own."""
        form = self.verb_at(a.cue.start)
        span = self.doc.char_span(a.claim[0], a.claim[1], alignment_mode="expand")
        if form is None or not form.verb.chain or a.kind != "indirect" or span is None:
            return [a]
        words, normed = self.words, self.normed
        for j in range(span.start + 2, span.end - 2):
            if normed[j] != SECOND_SOURCE or words[j - 1] not in COMMA:
                continue
            reach = range(j + 2, min(span.end - 1, j + 1 + SECOND_SOURCE_WORDS))
            that = next((k for k in reach if normed[k] in self.lex.complementizers), None)
            if that is None or any(self.punct[k] for k in range(j + 1, that)):
                continue
            source = self.mention(j + 1, that, self.doc[j].sent)
            if source is None:
                continue
            first = replace(a, claim=_char_span(self.doc, span.start, j - 1))
            second = replace(a, speaker=source, claim=(self.doc[that + 1].idx, a.claim[1]), via=list(a.via))
            return [first, *self._second_sources(second)]
        return [a]

    def _aside_comma(self, j: int, start: int) -> bool:
        """A comma that opens or closes a short aside (، بينهم امرأتان،) or stands inside a quotation:
        the clause goes on across it."""
        if self._quote_end(j) < len(self.words):
            return True
        if j + 1 < len(self.words) and self.normed[j + 1] in self.lex.asides:
            return True
        back = range(j - 1, max(start, j - 6) - 1, -1)
        opener = next((k for k in back if self.words[k] in COMMA), None)
        return opener is not None and self.normed[opener + 1] in self.lex.asides

    def _and_that(self, j: int, glued: str = "") -> bool:
        """وإن / وأن: a complementizer joined by و; وبأن only after a verb's بأن (أفاد بأن A، وبأن B),
        never وفإن."""
        n = self.normed[j]
        return n[:1] == "و" and n[1:] in self.lex.complementizers and (n[1:2] not in "بف" or n[1:2] == glued)

    def _coordinated_after(self, a: Attribution, k: int) -> list[Attribution]:
        """قال إنه «A»، وإن B: the clause after a quoted claim, joined by وإن, is a claim of its own."""
        words = self.words
        while k < len(words) and (
            self.space[k] or words[k] in COMMA or (words[k] in QUOTE_CHARS and not self._opening_at(k))
        ):
            k += 1
        if k + 1 >= len(self.words) or not self._and_that(k) or self._quote_end(k) < len(self.words):
            return []
        kind: ClaimKind = "indirect"
        claim = self.claim_from(k + 1, self.doc[k].sent.end)
        if self._speech_at(k + 1) and (quoted := self.quote_claim(self.doc[k + 1])) is not None:
            claim, kind = quoted, "direct"
        return [] if claim is None else [replace(a, claim=claim, kind=kind, via=list(a.via))]

    def _after_according_to(self, t: Token) -> bool:
        """وفق ما أفاد X / حسبما ذكرت X: the verb belongs to the prepositional cue."""
        doc = self.doc
        if t.i == 0:
            return False
        prev = norm(doc[t.i - 1].text)
        if prev in self.lex.relatives and prev != "ما":
            return prev in ("حسبما", "بحسبما", "وفقما")
        if prev == "ما" and t.i >= 2:
            return any(
                phrase[-1] == "ما" or phrase[0] in stems(doc[t.i - 2].text)
                for phrase, _ in self.lex.according_to
            )
        return False

    def _according_to_at(self, i: int, end: int) -> tuple[tuple[str, ...], str, int] | None:
        """(phrase, lemma, words it covers) of an according-to phrase opening at token i and ending before
        `end` (بحسب، نقلا عن، وفقا لـ), or None. A one-letter clitic last (وفقا ل، استنادا ل) sits on the next
        word (وفقا لمكتب) or stands alone before a quotation (وفقا لـ«المرصد»): then it is the cue's. Inside a
        quotation the phrase is the quoted speaker's words («يجري وفق جدول عادل»), no source: None."""
        normed = self.normed
        if normed[i] not in self.lex.according_to_forms:  # most words start no according-to phrase
            return None
        by_first = by_first_word(self.lex.according_to, lambda item: item[0][0])
        candidates = [c for s in stems(self.words[i])[:2] if s in by_first for c in by_first[s]]
        hit = None
        for _, (phrase, lemma) in sorted(candidates):
            n, last = len(phrase), phrase[-1]
            if i + n > end:
                continue
            if n > 1 and len(last) == 1:
                if tuple(normed[i + 1 : i + n - 1]) == phrase[1:-1] and normed[i + n - 1].startswith(last):
                    hit = phrase, lemma, n if normed[i + n - 1] == last else n - 1
                    break
            elif tuple(normed[i + 1 : i + n]) == phrase[1:]:
                hit = phrase, lemma, n
                break
        return hit if hit is None or self._quote_end(i) == len(self.words) else None

    def according_to(self, sent: Span, consumed: set[int], cues: Sequence[int]) -> list[Attribution]:
        """CLAIM، بحسب SOURCE / وبحسب SOURCE، فإن CLAIM / وفق ما أفاد SOURCE: `cues` are the candidates."""
        doc, lex = self.doc, self.lex
        out = []
        normed = self.normed[sent.start : sent.end]
        forms = lex.according_to_forms
        pos = 0  # words before it belong to a source already read
        for k in [i - sent.start for i in cues if self.normed[i] in forms]:
            if k < pos or sent.start + k in consumed:
                continue
            hit = self._according_to_at(sent.start + k, sent.end)
            if hit is None:
                continue
            phrase, lemma, width = hit
            cue_start, cue_end = sent.start + k, sent.start + k + width
            # بحسب ما أفاد SOURCE / حسبما تناقلت SOURCE: ما, then the verb of publishing, then the source
            src = cue_end
            after_ma = phrase[-1].endswith("ما")
            if src < sent.end and normed[src - sent.start] == "ما":
                src, after_ma = src + 1, True
            published = normed[src - sent.start] if src < sent.end else ""
            publishing = published in lex.publication_verbs
            quoting: Verb | None = None  # حسب ما نقلته وكالة X عن مسؤول: X the intermediary
            if publishing or (after_ma and published in lex.verb_forms):
                src += 1
                bases = [published] + [published[: -len(p)] for p in POSSESSIVES if published.endswith(p)]
                form = next((lex.verb_forms[b] for b in bases if b in lex.verb_forms), None)  # نقلته: نقلت
                quoting = form.verb if form is not None and form.verb.chain else None
                if after_ma and src < sent.end and normed[src - sent.start] in lex.resumptives:
                    src += 1  # بحسب ما أفاد به SOURCE: the pronoun pointing back to ما
            src_end = src
            answers = lex.according_to_answers
            while src_end < sent.end and doc[src_end].text not in COMMA | HARD_STOPS:
                if self.is_comp(doc[src_end]) or self.normed[src_end] in answers:
                    break
                src_end += 1
            src_end = stretch_end = self._past_source_aside(src_end, sent.end)
            via: list[Mention] = []
            split = self._chain_split(quoting, src, src_end) if quoting is not None else None
            if split is not None and (outer := self.mention(src, split[0], sent)) is not None:
                via, src = [outer], split[1]
            if src_end > src:  # ...، بحسب المرصد في بيان له / بحسب ما قال المسؤول لرويترز
                src_end = self.speaker_end(src, src_end)
            speaker = self.mention(src, src_end, sent)
            named_source = after_ma or publishing or lemma in lex.naming_source
            if speaker is None or not (named_source or self._source_opens(speaker, src_end)):
                continue  # وفق أهواء المشرفين على الجمعيات: in accordance with a thing, no source
            lead = self.skip_discourse(sent.start, sent.end)
            if lemma in lex.documentary and not (
                speaker.type == "document"
                and cue_start <= lead + 1
                and src_end < sent.end
                and (self.is_comp(doc[src_end]) or doc[src_end].text == ":")
            ):
                continue  # جاء في المركز الأول: a place in a ranking; جاء في بيان X أن: a document's claim
            consumed.update(range(cue_start, src_end))
            if cue_start <= lead + 1:  # وبحسب SOURCE، فإن CLAIM
                # (the claim after the stretch: وبحسب المرصد في بيان له، فإن / مصدر طلب عدم ذكر اسمه، فإن)
                c = (
                    stretch_end
                    if stretch_end < sent.end and doc[stretch_end].text not in HARD_STOPS
                    else src_end
                )
                while c < sent.end and (
                    doc[c].text in COMMA
                    or doc[c].text == ":"
                    or self.is_comp(doc[c])
                    or self.normed[c] in answers
                ):
                    c += 1
                claim = self.claim_from(c, sent.end)
            else:  # CLAIM، بحسب SOURCE
                claim_start = self._clause_start(sent, cue_start)
                claim = (
                    self.claim_from(claim_start, cue_start + 1, cue_start)
                    if claim_start < cue_start
                    else None
                )
            if claim is not None:
                out.append(
                    Attribution(
                        doc[cue_start:cue_end],
                        lemma,
                        "affirmed",
                        "according_to",
                        claim,
                        speaker,
                        via,
                        slot=speaker.slot,
                    )
                )
            pos = src_end - sent.start
        return out

    def _past_source_aside(self, comma: int, end: int) -> int:
        """Past what a source's comma opens that is still the source's: an aside of anonymity (، طلب عدم
        ذكر اسمه، فإن) or a name in apposition (، العقيد X، فإن); `comma` itself when neither opens there."""
        if comma >= end or self.words[comma] not in COMMA:
            return comma
        if self._anonymity_starts(comma, end):
            stops = (
                k
                for k in range(comma + 1, end)
                if self.words[k] in COMMA or self.normed[k] in self.lex.complementizers
            )
            return next(stops, comma)
        return self._name_in_apposition(comma, end) or comma

    def _source_opens(self, speaker: Mention, end: int) -> bool:
        """A source opens its phrase (past a quantifier or a number: بعض، إحدى، عدد من، ثلاثة): a head or
        title, a quoted name, an outlet or a body, what a source gives or where it gave it (بحسب حصيلة أعدتها
        الوكالة، حسب مقطع مصور نشرته الحركة: `account_nouns`, `occasions`), or a name (بحسب كلابر)."""
        lex, i = self.lex, speaker.span.start
        while i + 1 < end and (
            self.normed[i] == "من"
            or self.normed[i][:1].isdigit()
            or any(q in lex.source_quantifiers for q in stems(self.words[i])[:2])
        ):
            i += 1  # (لبعض التقارير، لعدة مصادر: the clitic of وفقا ل on the quantifier)
        word = self.words[i]
        return (
            speaker.named
            or (speaker.type == "named_person" and speaker.head is None)
            or self._opening_at(i)
            or lex.head(word) is not None
            or self.normed[i] in lex.official_titles
            or self.normed[i] in lex.person_titles
            or self._phrase(i, end, lex.organizations) is not None
            or self._phrase(i, end, lex.outlets) is not None
            or any(s in lex.account_nouns or s in lex.occasions for s in stems(word))
        )

    def _clause_start(self, sent: Span, before: int) -> int:
        """Start of the clause that ends at token `before` (after an earlier attribution or opener)."""
        start = self.skip_discourse(sent.start, before)
        for j in range(before - 1, start - 1, -1):
            if self.doc[j].text in (":", "؛"):
                return j + 1
            if (
                self.words[j] in COMMA
                and (hit := self._phrase(j + 1, before, self.lex.contrasts))
                and hit[0] == 0
            ):
                return j + 1 + hit[1]  # ...، في حين بلغ عدد القتلى 31، حسبما أفادت X
        return start

    def verbal(self, t: Token, form: VerbForm, sent: Span, consumed: set[int]) -> Attribution | None:
        """وقال SPEAKER [لوكالة X] إن CLAIM and its kin: complement, chain, speaker, then the claim."""
        verb = form.verb
        limit = min(sent.end, t.i + 1 + MAX_REGION)
        comp_i, comp_kind = self._complement(t.i, verb, limit, consumed)
        if comp_i is None and "object" not in verb.complements:
            return None
        region_end = comp_i if comp_i is not None else limit
        split = self._chain_split(verb, t.i + 1, region_end)
        if verb.chain and split is None:
            return None  # شاحنات نقل الوقود: نقل without عن is not "quoting"
        region_start = t.i + 1
        if region_start < region_end and self.normed[region_start] in self.lex.addressees:
            region_start += 1  # وقال لي أحد المسعفين إن: the hearer, then the speaker
        elif region_start < region_end and self.normed[region_start] in self.lex.statement_resumptives:
            region_start += 1  # بيانه الذي قال فيه إن: the statement, its owner before the pronoun
        via: list[Mention] = []
        hearer: Mention | None = None
        if split is not None:  # نقلت X عن SOURCE: X is the intermediary
            outer = self.mention(region_start, self.speaker_end(region_start, split[0]), sent)
            if outer is None and split[0] == region_start and not form.participle:
                outer = self._subject_before(t, sent)  # وكان موقع X قد نقل عن SOURCE
            if outer is not None:
                via.append(outer)
            region_start = split[1]
        if region_start < region_end and (restated := self.verb_at(region_start)) and restated.participle:
            region_start += 1  # وأضاف قائلا: «...»: the participle restates the verb, the speaker is implicit
        channel = self._channel_end(region_start, region_end) if region_start < region_end else region_start
        if channel > region_start:  # وقال لـ«الشرق الأوسط» مصدر أمني إن: the channel, then the speaker
            m = self._channel_mention(region_start, channel, sent)
            if m is not None:
                via.append(m)
            region_start = channel
            while region_start < region_end and self.words[region_start] in COMMA:
                region_start += 1
        anonymity_first = region_start < region_end and self._anonymity_starts(region_start, region_end)
        object_first = (
            "object" in verb.complements
            and region_start < region_end
            and self.normed[region_start] in self.lex.object_nouns
        )  # قدر عدد القتلى بـ...، نفى لـ«X» مشاركة قواته: the object, no speaker
        object_aside = False  # the object noun stands after an aside (تبنى X، في بيان ...، الهجوم)
        own = self.lex.verb_objects.get(verb.lemma)  # تبنى: the attack, not any verbal noun
        # أما المرصد فأحصى 9 قتلى: the topic is the speaker, the verb's own object follows it
        # ...، ورفعت عدد المعتقلين إلى ستة: so is the same speaker's next verb, its own object right after it
        object_first = object_first or (
            own is not None
            and region_start < region_end
            and self._object_noun_at(region_start, own)
            and (
                self._topic_at(t.i, sent.start) is not None
                or self._second_verb_with_object(t, form)
                # وكانت الوزارة قد رفعت حصيلة القتلى: its subject before it
                or (
                    t.i > sent.start
                    and self.normed[t.i - 1] in self.lex.lone_discourse
                    and self._subject_before(t, sent) is not None
                )
                # لكن الشرطة قدرت عدد المحتجين: so in the past, its object bare (not فائض يقدر حجمه، مشروع
                # قدرت تكلفتها: whose size is put at), the subject no clause another verb reports
                or (
                    t.i > sent.start
                    and self.normed[t.i] in self.lex.past_forms
                    and self.normed[region_start] in self.lex.verb_bare_objects.get(verb.lemma, ())
                    and (subject := self._subject_before(t, sent)) is not None
                    and not self._reported_at(subject.span.start)
                )
            )
        )
        if object_first and not form.participle:
            end, comp_i, comp_kind, region_end = region_start, None, None, region_start  # not a later أن
        elif form.participle or anonymity_first:
            end = region_start  # فقال لـ«X»، طالبا عدم ذكر اسمه، إن: no speaker after the verb
        else:
            end = self.speaker_end(region_start, region_end)
            if own:  # تبنى التنظيم الهجوم: the verb's own object ends the speaker phrase
                end = next((k for k in range(region_start + 1, end + 1) if self._own_object_at(k, own)), end)
            told = self._outlet_in(region_start, end) if verb.hearer else None
            if told == region_start and self._subject_before(t, sent) is None:
                told = self._outlet_in(region_start + 1, end)  # (the outlet told it: أبلغت رويترز مصادر أن)
            if told is not None:
                # أبلغ مسؤول «الأنباء» أن: whom he told, its name without the quotation marks (right after
                # the verb, a subject before it: مصدران أبلغا رويترز بأن)
                quoted = self._opening_at(told)
                name = (told + 1, self._after_quote(self.doc[told]) - 1) if quoted else (told, end)
                hearer = self._channel_mention(*name, sent)
                end = told
            if verb.accuses:  # اتهمت الحكومة القيادة بـ«الوقوف وراء إغلاق ...»: the charge, past the speaker
                end = next((k for k in range(region_start + 1, end) if self._charge_at(k)), end)
            inside = region_start < end < region_end
            after_occasion = self._past_circumstance(end, region_end) if inside else end
            if (
                after_occasion + 1 < region_end
                and self.words[after_occasion] in COMMA
                and self.normed[region_start] not in self.lex.time_words
            ):
                after_occasion += 1  # الهلال الأحمر، فرع زوارة، إجلاء ...: the apposition closed (not a
                # time and a channel: وكان X قد نفى الثلاثاء، عبر وكالة «أعماق»، أي تعاون)
            if (
                "object" in verb.complements
                and region_start < end < region_end
                and (
                    self._own_object_at(end, own)
                    or self.normed[after_occasion] in (self.lex.object_nouns if own is None else own)
                )
                and not any(n in self.lex.negations for n in self.normed[region_start:end])
            ):  # أعلنت X مسؤوليتها عن ...، نفت X، في بيان، وجود ...: its object, not a later participle's أن
                # (not أكد X عدم اطمئنانه ... في حادثة سقوط ...)
                via += self.vias_in(end, after_occasion, sent)  # في بيان نشرته على «تلغرام»
                comp_i, comp_kind, region_end = None, None, end
                object_aside = True
            leftover = end < region_end and not self._circumstance_at(end, region_end)
            if comp_kind == "colon" and leftover and not self.vias_in(end, region_end, sent):
                if "object" not in verb.complements:
                    return None
                comp_i = comp_kind = None  # واعتبر X هجوم ... دليلا على ...: a list colon, not speech
                region_end = limit
            if (
                comp_i is None
                and not object_aside
                and not (end == region_end < limit and self._own_object_at(end, own))
            ):
                end = region_end = self._np_end(region_start, region_end)  # object: the claim follows
        if (
            verb.object_noun
            and comp_i is None
            and not object_aside
            and not (end < len(self.words) and self._own_object_at(end, own))
        ):
            return None  # وثقت الإمارة حسابها، وثقته بإيران: not the verb of recording an event
        who = self._who(t, form, sent, (region_start, end, region_end), split is not None, comp_i is not None)
        if who is None:
            return None
        speaker, implicit, more_via = who
        via += more_via
        if not form.participle:
            via += self._fronted_channel(t, sent)
        if hearer is not None and all(v.span.start != hearer.span.start for v in via):
            via.append(hearer)  # a quoted name the channels after the speaker do not read as an outlet
        object_start = self._past_named_occasion(end, sent.end) if comp_i is None else end
        claim, kind = self._verbal_claim(t, speaker, object_start, comp_i, comp_kind, sent)
        if (
            form.participle
            and comp_i is not None
            and comp_i > t.i + 1
            # (or a cause's preposition, مرجعة الحادث إلى ...، or the quotation its own object is estimated
            # at, مقدرا عدد المحتجين بما «لا يتجاوز 200»)
            and (
                comp_kind == "that"
                or (comp_kind == "prep" and verb.cause)
                or (comp_kind == "quote" and own is not None and self._own_object_at(t.i + 1, own))
            )
            and not self._circumstance_at(t.i + 1, comp_i)
            and self.normed[t.i + 1] not in self.lex.statement_resumptives  # معلنة فيه أن: no object
        ):  # واصفا تلك المزاعم بأنها «...»: the object and what it is called, one claim
            object_claim = self.claim_from(t.i + 1, sent.end)
            if object_claim is not None and claim is not None and object_claim[1] >= claim[1]:
                claim, kind = object_claim, "indirect"
        if claim is None:
            return None
        slot = form.slot if implicit is not None and implicit.start == t.i else None
        if implicit is not None and implicit.start != t.i:
            slot = self.lex.pronoun(implicit.text)
        polarity: Polarity = verb.polarity
        if t.i > 0 and self.normed[t.i - 1] in self.lex.negations and self._litotes(t.i, form):
            polarity = "affirmed"  # ولا يستبعد X أن ...
        denying = self.lex.verb_denying.get(verb.lemma) if comp_i is None else None
        first = bisect_left(self.idx, claim[0]) if denying else len(self.words)
        if denying and first < len(self.words) and self.normed[first] in denying:
            if first + 1 >= len(self.words) or self.punct[first + 1]:
                return None  # وجددت أسمرة نفيها، إذ ...: the denial told, not what it denies
            claim, polarity = (self.idx[first + 1], claim[1]), "negated"  # جدد X نفيه وجود ...: denied
            region_end = max(region_end, first + 1)  # (the noun is this cue's, no cue of its own)
        return Attribution(
            t.doc[t.i : t.i + 1],
            verb.lemma,
            polarity,
            kind,
            claim,
            speaker,
            via,
            slot,
            implicit,
            region_end,
            clausal=comp_kind == "that" or (comp_kind == "prep" and self._comp_after(comp_i)),
            participle=form.participle,
        )

    def _complement(
        self, i: int, verb: Verb, limit: int, consumed: set[int]
    ) -> tuple[int | None, str | None]:
        """The complement of the verb at token i: (index, "that" | "colon" | "quote" | "prep") or none.

        Looked for up to `limit`; a non-participle reporting verb or an earlier attribution's
        region in between means the verb has none of its own.
        """
        words, normed, lex = self.words, self.normed, self.lex
        allowed = verb.complements
        that_ok = "that" in allowed or "إلى" in allowed or "على" in allowed
        quote_ok = "quote" in allowed or "that" in allowed
        preps = _prepositions(verb)
        form = self.verb_at(i)
        if form is not None and form.participle and i + 1 < limit and len(normed[i + 1]) > 3:
            glued = normed[i + 1][0]  # مقرا بمقتل ...، متوعدة بعدم السماح ...: ب on the next word
            if any(not needs for needs in preps.get(glued, ())) and normed[i + 1] not in lex.complementizers:
                return i + 1, "clitic"
        # وأقر الجيش بمقتل ...، أفاد مصدر طبي بوقوع ...: past the speaker, ب glued to a verbal noun that
        # opens an object (object_nouns), not to a place or the speaker's institution (مصدر بالشرطة،
        # صرح المتحدث بمنطقة نجران أن); ل glued is the channel (وأشاروا لوكالة X إلى ...)
        glued_preps = {p for p, needs in preps.items() if len(p) == 1 and p != CLITIC_L and not all(needs)}
        finite = form is not None and not form.participle
        topic = finite and self._topic_at(i, 0) is not None
        first = i + 1 if topic else i + 2  # أما X فأفاد بمقتل: no speaker after the verb
        skip_to = aside = -1
        anonymous_firsts = first_forms(lex.anonymity)
        for j in range(i + 1, limit):
            if j < skip_to:
                continue
            w, n = words[j], normed[j]
            # (أفاد مصدر طبي، طلب عدم ذكر اسمه، بوصول ...: the mark closing an anonymity aside)
            # (أفاد مكتب الإغاثة (أوكسا) بنزوح ...: past the bracket or quote closing the speaker's acronym)
            after_mark = not self.punct[j - 1] or j - 1 == aside or words[j - 1] in NAME_CLOSERS
            # (اعترف المدير، سمير الحداد، بوقوع ...: past the comma closing the speaker's apposition)
            after_mark = after_mark or (
                words[j - 1] in COMMA and any(words[k] in COMMA for k in range(i + 2, j - 1))
            )
            prefixed = finite and j >= first and n[:1] in glued_preps and after_mark
            if prefixed and n[1:] in lex.object_nouns:
                return j, "clitic"
            if w in QUOTE_CHARS and self._opening_at(j) and not self.speech_quote(self.doc[j]):
                skip_to = self._after_quote(self.doc[j])  # «سي إن إن»: a quoted name is no complement
                continue
            if shut := self._relative_aside(j, limit, self._body_at(i + 1)):
                skip_to = shut  # وقال الوزير، الذي كان قد نفى ...، إن: the speaker's relative clause
                continue
            if j in consumed or (j > i + 1 and self._finite_verb_at(j) and not self._told_channel(j)):
                break
            if "object" in allowed and j >= first and n in lex.object_nouns and words[j - 1] in COMMA:
                break  # نفى الناطق، عبد الخالق المؤيد، سقوط أي ضحايا «جراء العمليات»: the object opens it
            if j > i + 2 and words[j - 1] in COMMA and (p := self.verb_at(j)) is not None and p.participle:
                break  # ونفى الرئيس الاتهامات، مؤكدا أن ...: the أن is the participle's
            if n in anonymous_firsts and self._anonymity_starts(j, limit):
                # تحدث ... طالبا عدم الكشف عن اسمه، ...: the phrase runs to a mark, its عن no complement
                ends = (k for k in range(j + 1, limit) if self.punct[k] or normed[k] in lex.complementizers)
                skip_to = aside = next(ends, limit)
                continue
            contrast = self._phrase(j, min(limit, j + 3), lex.contrasts) if words[j - 1] in COMMA else None
            if contrast is not None and contrast[0] == 0:
                break  # وأوضح X موقفه من الاتفاق، غير أن المتحدث نفى: the أن opens another's clause
            if that_ok and n in lex.complementizers:
                return j, "that"
            if w == ":" and quote_ok:
                return j, "colon"
            if quote_ok and w in QUOTE_CHARS and self._speech_at(j):
                return j, "quote"
            if that_ok and n in preps and self._in_occasion(j) and (that := self._that_ahead(j + 1, limit)):
                skip_to = that  # أكدت، في بيان على منصة «إكس»، أن ...: the statement's على, not the verb's
                continue
            for needs_that in preps.get(n, ()):
                if not needs_that or (j + 1 < limit and normed[j + 1] in lex.complementizers):
                    return j, "prep"
        return None, None

    def _in_occasion(self, j: int) -> bool:
        """Token j stands inside an occasion phrase (في بيان على منصة، في مقطع مصور نشره على «فيسبوك»)."""
        for k in range(max(0, j - OCCASION_REACH - 1), j - 1):
            if self._occasion_opens(k, j):
                return not any(self.punct[m] for m in range(k + 1, j))
        return False

    def _that_ahead(self, start: int, limit: int) -> int | None:
        """The complementizer that follows the occasion's closing comma (أكدت، في بيان على منصة «إكس»، أن),
        if the first one ahead does; not أكد في بيان على أهمية أن, a noun's."""
        that = next((k for k in range(start, limit) if self.normed[k] in self.lex.complementizers), None)
        return that if that is not None and self.words[that - 1] in COMMA else None

    def _fronted_channel(self, t: Token, sent: Span) -> list[Mention]:
        """وفي حديث لـ«X»، قال ...: the occasion and the channel told before the verb and its comma."""
        if t.i <= sent.start or self.words[t.i - 1] not in COMMA:
            return []
        lead = self.skip_discourse(sent.start, t.i)
        occasion = lead < t.i - 1 and self.normed[lead].removeprefix("و") in CIRCUMSTANCE_PREPOSITIONS
        if not occasion or not self._occasion_word(self.words[lead + 1]):
            return []
        return self.vias_in(lead + 2, t.i - 1, sent)

    def _told_channel(self, j: int) -> bool:
        """وأفاد مصدر أمني تحدث لوكالة X، ...، بأن / قائد في المجلس، تحدث لـX، أن / سكان تحدثوا إلى «X»
        / سكان تحدثت إليهم «X»: a verb after an indefinite speaker or a comma, its channel after it,
        describes the speaker (an unmarked relative clause, or an aside); the sentence goes on. So does
        an aside of the occasion alone (سكان، تحدثوا عبر الهاتف، أن ...), or of the condition it was
        said on (مسؤول، تحدث شريطة عدم الكشف عن هويته، إن)."""
        k, n = j - 1, self.normed[j]
        end = len(self.words)
        to = j + 2 < end and self.normed[j + 1] in SPOKEN_TO and self._outlet_named_at(j + 2)
        aside = (
            k > 0
            and self.words[k] in COMMA
            and (self._occasion_opens(j + 1, end) or (j + 1 < end and self._anonymity_starts(j + 1, end)))
        )
        return (
            k > 0
            and not (n[:1] in CONJUNCTIONS and n[1:] in self.lex.verb_forms)  # ، وقال لـX: a verb of its own
            and (self.words[k] in COMMA or not (self.normed[k].startswith("ال") or self.punct[k]))
            and (to or aside or self._channel_end(j + 1, end) > j + 1)
        )

    def _outlet_named_at(self, i: int) -> bool:
        """A quoted name or an outlet (its head or its known name) opens at token i."""
        return self._opening_at(i) or self._outlet_end(i, min(len(self.words), i + OUTLET_REACH)) is not None

    def _outlet_end(self, i: int, end: int) -> int | None:
        """End of the outlet named at token i (its known name, or its head and the name after it)."""
        named = self._phrase(i, end, self.lex.outlets)
        if named is not None and named[0] == 0:
            return i + named[1]
        head = self.lex.head(self.words[i])
        return self._outlet_name_end(i + 1, end) if head and head.cls == "outlet" else None

    def _chain_split(self, verb: Verb, start: int, end: int) -> tuple[int, int] | None:
        """Tokens (from, to) of a chain marker (عن، على لسان) after a verb of quoting, or of نقلا عن after
        any verb, between an intermediary and the source it quotes."""
        normed, markers = self.normed, self.lex.chain_markers
        for j in range(start, end):
            nj = normed[j]
            if verb.chain and (hit := self._phrase(j, min(end, j + 2), markers)) is not None and hit[0] == 0:
                return j, j + hit[1]
            if nj == "نقلا" and j + 1 < end and normed[j + 1] == "عن":
                return j, j + 2
        return None

    def _who(
        self,
        t: Token,
        form: VerbForm,
        sent: Span,
        region: tuple[int, int, int],
        chained: bool,
        has_comp: bool,
    ) -> tuple[Mention | None, Span | None, list[Mention]] | None:
        """(speaker, implicit subject, intermediaries) of a verb; None when it has no possible speaker.

        `region` = (start, end of the speaker phrase, end of the speaker's region). The speaker
        follows the verb; else it precedes it (SPEAKER قال إن) or is a pronoun (لكنه أوضح أن); a bare
        verb or participle stands for a speaker found by coreference.
        """
        doc, lex = self.doc, self.lex
        region_start, end, region_end = region
        speaker: Mention | None = None
        implicit: Span | None = None
        via: list[Mention] = []
        if end - region_start == 1 and lex.pronoun(self.words[region_start]):
            implicit = doc[region_start:end]  # وأكد سموه أن ...: the dignitary named before
            return None, implicit, self.vias_in(end, region_end, sent)
        if end > region_start:
            # وأكد أوباما أن ...: one word alone between the verb and its complement is its subject;
            # ونفت كينشاسا أي دعم / وأعلنت سرايا القدس تنفيذ ...: so are the words before its object
            alone = (
                end - region_start == 1
                and has_comp
                and (end == region_end or self._circumstance_at(end, region_end))
            )
            before_object = end < len(self.words) and end - region_start <= 3 and self._object_noun_at(end)
            speaker = self.mention(region_start, end, sent, subject=alone or before_object)
        if end - region_start == 1 and self._accused_only(t, form, end):
            # ...، واتهم الحركة بقصف القرية: the same speaker's next verb (واتهم الحراس بأنهم: whoever the
            # one word names, even none a speaker could be)
            return None, doc[t.i : t.i + 1], []
        if speaker is not None:
            return speaker, None, self.vias_in(end, region_end, sent)
        if not chained and not form.participle:
            prev = t.i - 1 if t.i > sent.start else None
            if prev is not None and lex.pronoun(self.words[prev]):
                if form.verb.needs_subject and self.normed[prev] in lex.complementizers:
                    return None  # تقول X إنها وثقت ...: the verb is inside X's claim
                implicit = doc[prev : prev + 1]
            elif form.verb.subject_after:
                pass  # قارب انقلب يعتقد أنه كان يقل ...: "is believed", no speaker before it
            elif self.normed[t.i][0] not in CONJUNCTIONS or self.normed[t.i][1:] not in lex.verb_forms:
                speaker = self._subject_before(t, sent)  # وقال opens a clause: its subject follows
            elif self.normed[t.i][0] == "ف":
                speaker = self._topic_before(t, sent)
            via = self.vias_in(region_start, region_end, sent)
            if speaker is not None and speaker.span.end < t.i:
                via = self.vias_in(speaker.span.end, t.i, sent) + via  # سكانا تحدثوا لبي بي سي قالوا
        if speaker is None and implicit is None and form.participle and not has_comp:
            if self._object_after_participle(t.i, form):
                return None, doc[t.i : t.i + 1], []  # ..., مستبعدا وجود أي تحالف
            return None
        if speaker is None and implicit is None:
            if not has_comp and not chained and self._second_verb_with_object(t, form):
                return None, doc[t.i : t.i + 1], []  # ...، ونفى سقوط قتلى: the same speaker's next verb
            if (form.verb.needs_subject and not form.participle) or chained or not has_comp:
                return None
            if (
                region_end > region_start
                and not self._circumstance_at(region_start, region_end)
                and not self._anonymity_starts(region_start, region_end)
                and not (form.participle and self._short_object(region_start, region_end))
            ):
                return None  # words stand between the verb and its complement, and they are no speaker
            implicit = doc[t.i : t.i + 1]
            if not via:
                via = self.vias_in(region_start, region_end, sent)
        return speaker, implicit, via

    def _charge_at(self, k: int) -> bool:
        """بقصف، بـ«الوقوف»، بأنهم: بـ opening the charge an accusation names (not المتحدث باسم، بن)."""
        return self.normed[k][:1] == "ب" and self.normed[k] not in NOT_ACCUSATIONS and not self.punct[k - 1]

    def _accused_only(self, t: Token, form: VerbForm, end: int) -> bool:
        """واتهم الحركة بقصف القرية: a verb of accusing joined by و, one word after it and then the
        accusation (بـ): that word is the accused, the subject the speaker before (with a subject of its
        own, واتهمت الحركة الجيش بقصف، واتهم ذوو الطفلة المستشفى بالخطأ, more words stand before بـ)."""
        return (
            form.verb.needs_subject
            and not form.participle
            and "object" in form.verb.complements
            and self.normed[t.i][:1] == "و"
            and end < len(self.words)
            and self._charge_at(end)
        )

    def _second_verb_with_object(self, t: Token, form: VerbForm) -> bool:
        """، ونفى سقوط قتلى: a verb joined by و after a comma, or opening a sentence (the last speaker's
        next statement: . وأعلن ارتفاع عدد القتلى), its object (a verbal noun, or one of the verb's own:
        ، ورفعت عدد المعتقلين إلى ستة) right after it."""
        i = t.i
        if i > 0 and self.normed[i - 1] in self.lex.also_openers:
            i -= 1  # كما نفى وقوع أي انفجار: كما joins it as و does
        elif i == 0 or self.normed[i][:1] != "و":
            return False
        before = self.words[i - 1] if i > 0 else "\n"
        # (a sentence's first verb in the past only: ويقدر عدد ..., ويعتبر ... are as often passive narration)
        verb = self.normed[t.i][1:] if i == t.i else self.normed[t.i]
        opens = (before in SENTENCE_END or "\n" in before) and verb in self.lex.past_forms
        return (
            (before in COMMA or opens)
            and t.i + 1 < len(self.words)
            and self._object_noun_at(t.i + 1, self.lex.verb_objects.get(form.verb.lemma))
        )

    def _short_object(self, start: int, end: int) -> bool:
        """A participle's object before its complement: واصفا إياها بأنها / واصفا تلك المزاعم بأنها."""
        return end - start <= 6 and not any(self.punct[k] for k in range(start, end))

    def _object_after_participle(self, i: int, form: VerbForm) -> bool:
        """A participle of a verb that takes an object, the object right after it: مستبعدا وجود ..."""
        if "object" not in form.verb.complements or i + 1 >= len(self.words):
            return False
        own = self.lex.verb_objects.get(form.verb.lemma)
        if own is not None:  # رافعا عدد القتلى، محملة قوات الدعم السريع المسؤولية: one of its own objects
            reach = range(i + 1, min(len(self.words), i + OWN_REACH))
            return any(self._object_noun_at(k, own) for k in reach)
        k = i + 1
        while k + 1 < len(self.words) and self.normed[k] in self.lex.time_words and not self.punct[k + 1]:
            k += 1  # نافيا مجددا تنفيذ أي غارة: an adverb, then the object
        n = self.normed[k]
        if self._quoted_name_at(k):
            return True  # نافيا «مزاعم الاحتلال» بوجود ...: a quoted object
        return not (
            self.punct[k]
            or self.space[k]
            or n in PREPOSITIONS
            or n in self.lex.complementizers
            or n in self.lex.time_words
            or n in self.lex.relatives
            or self.lex.pronoun(self.words[k]) is not None
            or n[:1].isdigit()
        )

    def _verbal_claim(
        self,
        t: Token,
        speaker: Mention | None,
        end: int,
        comp_i: int | None,
        comp_kind: str | None,
        sent: Span,
    ) -> tuple[tuple[int, int] | None, ClaimKind]:
        """The claim after the complement (إن، أن، «، :), or after the speaker of an object verb."""
        if comp_i is None:
            start = end if speaker is not None and end > t.i + 1 else t.i + 1
            while start < sent.end - 1 and self.normed[start] in self.lex.time_words:
                start += 1  # ونفى الرئيس بقوة الاتهامات: the adverb is neither speaker nor claim
            start = self._past_circumstance(start, sent.end)
            return self.claim_from(start, sent.end), "indirect"
        normed, comps = self.normed, self.lex.complementizers
        if comp_kind == "clitic":
            return self.claim_from(comp_i, sent.end), "indirect"
        c = comp_i + 1 if comp_kind != "quote" else comp_i
        if comp_kind == "prep":
            while c < sent.end and (normed[c] in comps or normed[c] == "ما"):
                c += 1
        if c < sent.end and comp_kind != "quote" and normed[c] in comps:
            c += 1
        if c < sent.end and self._speech_at(c):
            if comp_kind == "that" and self._clause_goes_on(c, sent.end):
                # إن «ما لا يقل عن 12» قتلوا: a partial quotation opens the clause
                return self.claim_from(c, sent.end), "indirect"
            if self.closed_on_line(self.doc[c]):
                return self.quote_claim(self.doc[c]), "direct"
            return self.claim_from(c + 1, sent.end), "direct"  # unclosed: its clause, not the paragraph
        return self.claim_from(c, sent.end), "indirect"

    def _past_named_occasion(self, k: int, end: int) -> int:
        """Past an occasion named with the article between the speaker and its object (واتهمت الخدمة في
        البيان ذاته إريتريا ب...); k itself otherwise (في بيان الحركة may be the movement's statement)."""
        if k + 1 >= end or not self._occasion_opens(k, end) or not self.normed[k + 1].startswith(ARTICLE):
            return k
        return k + 3 if k + 2 < end and self.normed[k + 2] in SAME_WORDS else k + 2

    def _past_circumstance(self, i: int, end: int) -> int:
        """Where an object starts after the occasion between it and the speaker (نفت الحركة، في بيان
        نشرته على «تلغرام»، وجود أي تحالف / نفت الحركة في بيان وجود ...): the object noun, or the word
        after the comma that closes the occasion; i itself when no occasion stands there."""
        k = i
        while k < end and self.words[k] in COMMA:
            k += 1
        if k < end and (opener := self._discourse_at(k, end)):
            # ووثقت الرابطة من جهتها مقتل ...: a discourse word between the speaker and its object
            after = k + opener
            while after < end and self.words[after] in COMMA:
                after += 1
            if after < end and self.normed[after] in self.lex.object_nouns:
                return after
        if k < end and (self._anonymity_starts(k, end) or (self.verb_at(k) and self._told_channel(k))):
            # نفى مصدر عسكري، تحدث لوكالة X طالبا عدم الكشف عن اسمه، سقوط ...: the speaker's aside
            shut = next((j for j in range(k + 1, min(end, k + MAX_REGION)) if self.words[j] in COMMA), None)
            if shut is not None and shut + 1 < end and self.normed[shut + 1] in self.lex.object_nouns:
                return shut + 1
        close = (
            next((j for j in range(k, min(end, k + 4)) if self.words[j] in COMMA), None) if k > i else None
        )
        if close is not None and close > k and all(self._time_word(j) for j in range(k, close)):
            return close + 1  # أعلن الجيش، هذا الصباح، سيطرته على ...: a time between commas
        if k >= end or not self._occasion_at(k, end):
            return i
        for j in range(k + 1, min(end, k + MAX_REGION)):
            if self.normed[j] in self.lex.object_nouns:
                return j
            if self.words[j] in COMMA and j + 1 < end:
                return j + 1
        return i

    def _time_word(self, j: int) -> bool:
        """A word of time, with or without its article, or a demonstrative (هذا الصباح، مساء أمس)."""
        n, lex = self.normed[j], self.lex
        return n in lex.time_words or n.removeprefix("ال") in lex.time_words or n in lex.demonstratives

    def _occasion_at(self, k: int, end: int) -> bool:
        """An occasion (في بيان، في تصريحات)، a time (الأحد) or a channel (لـ«الصباح») starts at k."""
        n = self.normed[k]
        return self._occasion_opens(k, end) or n in self.lex.time_words or self._channel_end(k, end) > k

    def _occasion_opens(self, k: int, end: int) -> bool:
        """An occasion phrase opens at k: a preposition and an occasion noun (في بيان، عبر مقطع مصور)."""
        return (
            self.normed[k] in CIRCUMSTANCE_PREPOSITIONS
            and k + 1 < end
            and self._occasion_word(self.words[k + 1])
        )

    def _clause_goes_on(self, i: int, end: int) -> bool:
        """After a complementizer, does the clause go on past the quotation opened at token i (إن «ما
        لا يقل عن 12 شخصا» قتلوا، أن «لواء X» يعمل ...)? Not when a stop, another quotation (و«...») or a
        reporting verb or a relative pronoun follows the closing mark."""
        j = self._after_quote(self.doc[i])
        if j >= end or j >= len(self.words) or self.punct[j] or self.space[j]:
            return False
        n = self.normed[j]
        if n in CONJUNCTIONS or self.words[j][-1:] in QUOTE_CHARS:
            return False  # و«...»: a second quotation
        if n[:1] in CONJUNCTIONS and n[1:] in self.lex.complementizers:
            return False  # «...» وأن ...: a second complement clause of its own
        if n in ANTECEDENT_SLOTS:
            return False  # «...» التي سيطر عليها: a relative clause about the quotation's last word
        if n in self.lex.according_to_forms:  # «...» على أي تعديل: على opens no على لسان here
            return self._according_to_at(j, len(self.words)) is None
        return self.verb_at(j) is None and n not in self.lex.cue_forms

    def _apposition_closed(self, i: int, end: int) -> int | None:
        """The comma closing a name in apposition to the post that starts at i (عضو مجلس المحافظة عن
        الجبهة، مهدي البياتي، ...), within APPOSITION_REACH words and no mark before its first comma."""
        for k in range(i + 1, min(end, i + APPOSITION_REACH)):
            if self.words[k] in COMMA:
                return self._name_in_apposition(k, end)
            if self.punct[k] or self.normed[k] in self.lex.complementizers:
                return None
        return None

    def _name_in_apposition(self, comma: int, end: int) -> int | None:
        """The comma that closes a name standing after the comma at `comma` (، النقيب محمد سالم،)."""
        named = self._title_and_name_end(comma + 1, end, titled=False)
        if named == comma + 1:
            named = self._unknown_name_end(comma + 1, end)
        close = next((j for j in range(named, min(end, named + 3)) if self.punct[j]), None)
        return close if comma + 1 < named and close is not None and self.words[close] in COMMA else None

    def _unknown_name_end(self, i: int, end: int) -> int:
        """End of a name of two words or more that no lexicon knows, closed by a comma (، هايلي برهي،); i
        when none stands at i."""
        j = i
        while j < min(end, i + MAX_NAME_WORDS) and is_name_like(self.doc[j], self.lex):
            j += 1
        return j if j - i >= 2 and j < end and self.words[j] in COMMA else i

    def _np_end(self, start: int, end: int) -> int:
        """End of a speaker noun phrase followed directly by an object: head, adjectives, genitives.

        وتتهم المعارضة الحكومة ب...: of two definite nouns in a row the second is the object, unless it
        is an adjective (الأمني); a head without the article takes a genitive (قائد العمليات); a post
        may be followed by rank and name (قائد العمليات اللواء سامر الحلبي).
        """
        lex, words, normed = self.lex, self.words, self.normed
        i = start
        while i < end and (self.punct[i] and words[i] not in QUOTE_CHARS):
            i += 1
        if i >= end:
            return start
        if self._opening_at(i):
            return self._adjectives_end(min(end, self._after_quote(self.doc[i])), end)  # «كتائب الفجر»
        if lex.head(words[i]) and (closed := self._apposition_closed(i, end)) is not None:
            return closed  # اتهم عضو المجلس عن الجبهة، مهدي X، «عناصر» بـ...: the post, then its holder
        i += 1
        genders = {_gender(normed[i - 1])}  # an adjective agrees with the head or its genitive
        head = lex.head(words[i - 1])
        if head is not None and head.slot == "mpl" and not normed[i - 1].endswith(PLURAL_ENDINGS):
            genders.add("f")  # مصادر تركية: a broken plural takes a feminine adjective
        while i < end:
            w, n, prev = words[i], normed[i], normed[i - 1]
            if n.startswith("ال") and not prev.startswith("ال") and lex.head(words[i - 1]):
                genders.add(_gender(n))
                i += 1  # مسؤولو الاستخبارات، قائد العمليات، وزير الداخلية: construct state, not an adjective
                continue
            if self._opening_at(i) and not prev.startswith("ال") and lex.head(words[i - 1]):
                # منظمة «هيومن رايتس ووتش»: the head's quoted name, and its adjectives
                return self._adjectives_end(min(end, self._after_quote(self.doc[i])), end)
            if lex.nationality(w) or (n.startswith("ال") and n.endswith(NISBA_ENDINGS)):
                if _gender(n) not in genders:
                    break  # وزارة الخزانة الأميركية الكواري: a masculine word after feminine nouns, a name
                i += 1  # adjectives: أميركي، الأمني، العراقية
                continue
            genders.add(_gender(n))
            if n in lex.official_markers and not prev.startswith("ال"):
                i += 1  # مسؤول أمني، مسؤولو الإدارة (not اتهم الجيش السوداني قوات X: the object)
                continue
            if (
                not n.startswith("ال")
                and not prev.startswith("ال")
                and lex.head(words[i - 1])
                and i + 1 < end
                and normed[i + 1].startswith("ال")
                and (lex.head(w) or not is_name_like(self.doc[i], lex))
            ):
                i += 1  # رئيس مجلس النواب، مدير مكتب الرئيس: a genitive chain
                continue
            post = lex.head(words[i - 1])
            if n == FOR_SEAT and post is not None and post.cls == "official":
                # اتهم النائب عن البصرة سلام X ... / النائب عن محافظة بغداد، وليد X، ...: the seat, then
                # the name
                k = i + 1
                while k < min(end, i + 1 + SEAT_WORDS) and not self.punct[k]:
                    if (named := self._title_and_name_end(k, end, titled=False, after_post=False)) > k:
                        return named if k > i + 1 else i  # (no seat named: النائب عن سلام X)
                    k += 1
                if k < end and words[k] in COMMA and (close := self._name_in_apposition(k, end)) is not None:
                    return close
            body = None if prev.startswith("ال") else post
            if body is not None and body.cls == "organization" and is_name_like(self.doc[i], lex):
                i += 1  # مدير مستشفى ألاماتا العام، حكومة نتنياهو: a body of a named place or person
                continue
            named = self._title_and_name_end(i, end, titled=False)
            if named > i:
                return named  # the name ends the phrase: اتهم الجنرال X الحكومة ب... / رئيس المجلس سليم X
            if n in BELONGING and i + 1 < end and normed[i + 1][:1] == CLITIC_L:
                i += 1  # اللجنة التابعة للجماعة
                continue
            if n[:1] == CLITIC_L and len(n) > 3 and not n.startswith("ال"):
                if prev in BELONGING:
                    i += 1
                    continue
                if not n.startswith("لل") and i + 1 < end and normed[i + 1].startswith("ال"):
                    i += 2  # رئيس اللجنة الوطنية لشؤون الأسرى: a genitive through ل
                    continue
                if n[1:] in PLACE_NOUNS and i + 1 < end and is_name_like(self.doc[i + 1], lex):
                    i += 2  # المجلس البلدي لمدينة زوارة: the body of a named place
                    continue
            if w in COMMA and (close := self._name_in_apposition(i, end)) is not None:
                return close  # القيادي في الحركة، النقيب محمد سالم، ...: the name in apposition
            if w in COMMA and (shut := self._relative_aside(i + 1, end, self._body_at(start))) is not None:
                return shut - 1  # اتهمت الحركة، كبرى الفصائل، جنودا ...: the body's description
            if self._occasion_opens(i, end):
                break  # واتهمت الوزارة في بيان الحركة ب...: where it spoke, not whose member it is
            if n in MEMBERSHIP and i + 1 < end and normed[i + 1].startswith("ال"):
                i += 2  # القيادي في الحركة، المتحدث باسم الجيش
                continue
            quoted = i + 1 < end and self._quoted_name_at(i + 1)
            if n in MEMBERSHIP and quoted:
                i = self._after_quote(self.doc[i + 1])  # القيادي في «لواء الفجر»: a quoted name
                genders |= {"f", "m"}  # the name's gender is unknown: المنضوية / المنضوي may follow it
                continue
            if n in MEMBERSHIP and i + 2 < end and lex.head(words[i + 1]) and normed[i + 2].startswith("ال"):
                i += 3  # مسؤول في وزارة الصحة، المتحدث باسم قوات الأمن
                continue
            agrees = _gender(n) in genders and n.endswith(PLURAL_ENDINGS) == prev.endswith(PLURAL_ENDINGS)
            through_l = i + 2 < end and normed[i + 1][:1] == CLITIC_L and normed[i + 2].startswith("ال")
            if n.startswith("ال") and i + 1 < end and (words[i + 1] in COMMA or through_l) and agrees:
                # أعلنت قوات الدعم السريع، الثلاثاء، سيطرتها: an adjective agreeing with the noun before
                # it, and no object cut off by a comma (not اتهمت الحكومة المتمردين، في بيان، بقصف ...);
                # or before a genitive through ل (الهيئة العامة لشؤون المعابر)
                i += 1
                continue
            break
        return i

    def _surnamed(self, j: int, end: int, after_post: bool = True) -> bool:
        """After a person's post (or its seat), a name no lexicon knows followed by a surname in ال...ي
        (اتهم النائب سلام الحلفي عناصر ...، الشيخ جبار الصالحي): the post's holder, not the verb's object."""
        head = self.lex.head(self.words[j - 1]) if j > 0 and after_post else None
        normed = self.normed
        return (
            (not after_post or (head is not None and head.cls in PERSON_CLASSES))
            and j + 1 < end
            and not normed[j].startswith("ال")
            and normed[j + 1].startswith("ال")
            and normed[j + 1].endswith(SURNAME_ENDING)
            and is_name_like(self.doc[j], self.lex)
            and is_name_like(self.doc[j + 1], self.lex)
        )

    def _title_and_name_end(self, i: int, end: int, titled: bool = True, after_post: bool = True) -> int:
        """End of a rank or title and the name after it (اللواء الركن سامر الحلبي); i if none starts here.

        With `titled` False a name may also follow a post directly when it opens with a given name
        (رئيس مجلس النواب سليم الجبوري) or ends in a surname (_surnamed): an unknown word there may be
        the verb's object.
        """
        lex, normed = self.lex, self.normed
        j = i
        while j < end and (normed[j] in lex.official_titles or normed[j] in lex.person_titles):
            j += 1
        if j == i and (titled or j >= end):
            return i
        given = j > i or any(x in lex.given_names for x in stems(self.words[j]))
        if not given and not self._surnamed(j, end, after_post):
            return i
        if j >= end or not is_name_like(self.doc[j], lex):
            return i
        names = 0
        while j < end and names < MAX_NAME_WORDS and is_name_like(self.doc[j], lex):
            if self._phrase(j, j + 1, lex.organizations) or self._phrase(j, j + 1, lex.outlets):
                break  # اتهم اللواء X حماس ...: a body after the name is the object
            j += 1
            names += 1
            if normed[j - 1] in NAME_GENITIVES and j < end and not self.punct[j]:
                j += 1  # عبد الله، أبو بكر: the name's genitive, whatever its shape
                names += 1
                continue
            if self.normed[j - 1].startswith("ال"):
                break  # a family name in ال (الحلبي) ends the name: هادي الحمداني علمه ب...
        return j

    def _subject_before(self, t: Token, sent: Span) -> Mention | None:
        """SPEAKER قال إن: the noun phrase between the clause start and the verb; read through a من of
        origin (وكان مصدر من الوقاية المدنية قد أكد) where the longer phrase holds, else up to it (وعند
        وصول رسالة من وزارة الصحة تؤكد: the ministry's)."""
        found = self._subject_from(t, sent, True)
        # (a second reading only where it may differ: a من stands before the verb)
        if found is None and "من" in self.normed[sent.start : t.i]:
            found = self._subject_from(t, sent, False)
        return found

    def _subject_from(self, t: Token, sent: Span, through_min: bool) -> Mention | None:
        doc, lex = self.doc, self.lex
        j = end = self._before_apposition(t.i, sent.start)
        aside = 0  # the words of an aside of anonymity, no part of the subject's length
        opening = self.skip_discourse(sent.start, t.i)  # (في المقابل، بث ...: no part of it either)
        origin = None
        while j > sent.start:
            rel = self._anonymous_relative_before(j, sent.start)
            if rel is not None:
                aside += j - rel
                j = rel  # المسؤول الذي رفض ذكر اسمه قال إن: the clause belongs to the subject
                if norm(doc[rel].text) not in lex.relatives:
                    end = rel  # قياديا في الحركة لم يكشف عن اسمه زعم: the subject ends before it
                continue
            u = doc[j - 1]
            n = norm(u.text)
            verb = self.verb(u)
            if verb is not None and j - 1 > sent.start and self._told_channel(j - 1):
                aside += end - (j - 1)
                end = j = j - 1  # سكانا تحدثوا لبي بي سي قالوا: whom they told, no part of the subject
                continue
            partitive = False
            if n == "من" and j - 2 >= sent.start and self._indefinite_noun_at(j - 2):
                if self._count_at(j):
                    partitive = True
                elif (
                    through_min
                    and j < t.i
                    and (self.normed[j].startswith("ال") or self._indefinite_noun_at(j))
                ):
                    partitive, origin = True, j - 1  # (a من of origin: a few words before it are the head)
            if u.text in HARD_STOPS or self.is_comp(u) or verb or (n in lex.relatives and not partitive):
                break  # (not من after a noun: ضبط عصابة من خمسة أشخاص قالت إنهم, of five, not who; وكان
                # مصدر من الوقاية المدنية قد أكد, one of the service; not بعد يومين من نشر تقرير أفاد)
            if n in lex.subordinators:
                break
            if j == t.i and u.text in QUOTE_CHARS and not self.opening_quote(u):
                opener = self._quote_opened_before(u)
                if opener is None or self.speech_quote(opener):
                    break  # «...» قال: after a quotation, the verb's subject follows it
            if u.is_space:
                break
            if j < t.i and self.opening_quote(u) and self.quote_at_open[u.idx] > t.idx:
                break  # «المسؤولون قالوا ...»: the verb is quoted, its subject starts inside the quotation
            if n in ("و",):
                break
            if n == "قد" and j < t.i and not self._publishing_at(j):
                # وكانت الوزارة قد أطاحت بخلايا ... اتهموا: a clause of its own, no subject (but قد بثت
                # مقطعا قالت إنه: the statement published, its owner before)
                return None
            j -= 1
            if t.i - max(j, opening) - aside > SUBJECT_REACH:
                return None
        first = self.verb(doc[j - 1]) if j > sent.start else None
        if first is not None and (self._object_in(j, t.i) or (not first.verb.chain and self._suffixed(t.i))):
            # أعلنت الشرطة توقيف 14 شخصا قالت إنهم: the first verb's object; its subject implied (so is
            # جددت كيغالي نفيها: a verbal noun with its pronoun, spelt as the verb's would be; not after نقل
            # X عن Y, whose نفيه is the source's word)
            return None
        start = self.skip_discourse(j, t.i)
        if origin is not None and (origin - start > ORIGIN_HEAD or self.lex.head(self.words[start]) is None):
            return None  # (أرسل البرلمان طلبا من لجنة الدفاع يؤكد: a clause, no speaker's head and origin)
        if first is not None and (split := self._chain_split(first.verb, start, end)) is not None:
            start = split[1]  # ونقلت الوكالة عن X نفيه ...: X denied it, the agency retold it
        while end > start and norm(doc[end - 1].text) in PARTICLES:
            end -= 1  # وكانت قناة العربية قد ذكرت: قد belongs to the verb
        start, end = self._statement_published(start, end, t.i)
        if start >= t.i:
            return None
        if (
            start > sent.start
            and doc[start - 1].text in QUOTE_CHARS
            and not self.opening_quote(doc[start - 1])
        ):
            return None  # «...» قال: the verb's subject follows
        return self.mention(start, end, sent, subject=True)

    def _statement_published(self, start: int, end: int, cue: int) -> tuple[int, int]:
        """The owner of a statement published before the verb that points back to it (وأصدرت الجبهة بيانا
        قالت فيه، بث القائد مقطعا مصورا قال فيه): the words between the verb of publishing and the
        statement, not the verb nor the statement."""
        normed, lex = self.normed, self.lex
        resumed = cue + 1 < len(normed) and normed[cue + 1] in lex.statement_resumptives
        if not resumed or not self._publishing_at(start):
            return start, end
        owner_end = end
        while owner_end > start + 1 and normed[owner_end - 1] in lex.statements:
            owner_end -= 1
        if owner_end == end:
            return start, end
        # (أصدرت القيادة، اليوم (الأربعاء)، بيانا: when it was published is no part of the owner)
        while owner_end > start + 1 and (
            normed[owner_end - 1] in lex.time_words or self.words[owner_end - 1] in (*COMMA, "(", ")")
        ):
            owner_end -= 1
        return start + 1, owner_end

    def _publishing_at(self, k: int) -> bool:
        """A verb of publishing a statement at k (أصدرت، وبث، نشروا)."""
        return not self.lex.publishing.isdisjoint(stems(self.words[k]))

    def _opening_actor(self, sent: Span, before: int) -> Mention | None:
        """The actor named right after the sentence's first word, a verb (وجددت كتائب حزب الله ...): its
        subject; none after a preposition or a word of time (وفي بغداد)."""
        k = self.skip_discourse(sent.start, sent.end)
        n = self.normed[k] if k < before else ""
        bare = n[1:] if n[:1] in CONJUNCTIONS else n
        lex = self.lex
        if not n or self.punct[k] or {n, bare} & PREPOSITIONS or n in lex.time_words:
            return None
        hit = self._phrase(k + 1, before, lex.actors)
        if hit is not None and hit[0] == 0:
            return self.mention(k + 1, k + 1 + hit[1], sent, subject=True)
        if bare.startswith("ال") or lex.head(self.words[k + 1]) is None:
            return None  # (الهجوم ...: a noun opens the sentence, no verb)
        # وعاد وزير الداخلية ليؤكد ...، وخرج المتحدث باسم الجيش ...، مؤكدا: a speaker's head after the verb
        # (not a lone head or title, رئيس، الدكتور, whose name the phrase may have cut off)
        m = self.mention(k + 1, self._np_end(k + 1, before), sent, subject=True)
        if m is None or m.type == "anonymous_source" or (len(m.span) == 1 and m.type != "organization"):
            return None
        return m

    def _indefinite_noun_at(self, i: int) -> bool:
        """A word at i that may be an indefinite noun (عصابة، مجموعة): no mark, article, particle or verb."""
        n, lex = self.normed[i], self.lex
        particles = lex.relatives | lex.subordinators | lex.complementizers | lex.negations
        return not self.punct[i] and not n.startswith("ال") and n not in particles and not self.verb_at(i)

    def _count_at(self, i: int) -> bool:
        """A number opens at i: a figure, or a number word (خمسة، عشرات; not a demonstrative: من ذلك)."""
        counts = self.lex.source_quantifiers - self.lex.demonstratives
        return self.normed[i][:1].isdigit() or any(q in counts for q in stems(self.words[i])[:2])

    def _suffixed(self, i: int) -> bool:
        """The cue at i is a verb's form with an object pronoun (نفيها), not one of its listed forms."""
        n = self.normed[i]
        return any(n.endswith(p) and n[: -len(p)] in self.lex.verb_forms for p in OBJECT_SUFFIXES)

    def _object_in(self, start: int, end: int) -> bool:
        return any(self._object_noun_at(k) for k in range(start + 1, end))

    def _topic_at(self, i: int, floor: int) -> int | None:
        """Index of the أما whose topic the verb at i, glued to ف, follows (أما X فقال)."""
        if not self.normed[i].startswith("ف"):
            return None
        for j in range(i - 1, max(floor, i - CLAUSE_REACH) - 1, -1):
            if self.words[j] in HARD_STOPS:
                return None
            if self.normed[j] in self.lex.topics:
                return j
        return None

    def _topic_before(self, t: Token, sent: Span) -> Mention | None:
        """أما SPEAKER فقال إن: the topic of أما is the subject of the verb glued to ف."""
        j = self._topic_at(t.i, sent.start)
        if j is None:
            return None
        end = t.i
        while end > j + 1 and self.words[end - 1] in COMMA:
            end -= 1
        return self.mention(j + 1, end, sent, subject=True) if end > j + 1 else None

    def _before_apposition(self, i: int, floor: int) -> int:
        """The comma that opens an apposition between a subject and its verb at i (محمود خليل، وهو نازح
        يقيم في المدرسة منذ أشهر، قال; الجبهة، التي كانت قد أعلنت ...، قالت), or i when none stands there:
        what the subject is, not its name."""
        if i - 1 <= floor or self.words[i - 1] not in COMMA:
            return i
        for k in range(i - 2, max(floor, i - CLAUSE_REACH), -1):
            if self.words[k] in HARD_STOPS:
                break
            if self.words[k] in COMMA:
                opens = self.normed[k + 1] in APPOSITION or self.normed[k + 1] in ANTECEDENT_SLOTS
                # (شاهد ومصدر طبي، أبلغا عن ثلاثة تفجيرات، قالا: a clause of their own verb describes them)
                told = (v := self.verb_at(k + 1)) is not None and not v.participle
                return k if opens or (told and self.normed[k + 1][:1] not in CONJUNCTIONS) else i
        return i

    def _anonymous_relative_before(self, j: int, floor: int) -> int | None:
        """Index of the relative pronoun when the tokens before j are a relative clause of anonymity
        (الذي رفض ذكر اسمه، / التي طلبت عدم الكشف عن هويتها), else None."""
        words, normed, lex = self.words, self.normed, self.lex
        k = j - 1 if j - 1 > floor and words[j - 1] in COMMA else j
        lo = max(floor, k - 9)
        for start in range(lo, k - 1):  # قياديا في الحركة لم يكشف عن اسمه زعم: no relative; the longest
            hit = self._phrase(start, k, lex.anonymity)
            whole = start + hit[1] == k if hit is not None else False
            if (
                hit is not None
                and hit[0] == 0
                and (whole or self._aside_opens(start, k))  # طلب عدم ذكر اسمه لأنه غير مخول ...،
                and normed[start] not in lex.relatives
                and not (start > floor and normed[start - 1] in lex.relatives)  # الذي رفض ...: the loop below
            ):
                # (مصدرا أمنيا طلب عدم الكشف عن اسمه قدر: the phrase found from عدم opens on طلب)
                while start - 1 > floor and self._phrase(start - 1, k, lex.anonymity) == (0, 2):
                    start -= 1
                return start - 1 if start - 1 > floor and words[start - 1] in COMMA else start
        for start in range(k - 2, lo - 1, -1):
            if normed[start] not in lex.relatives or normed[start] in ("ما", "من"):
                continue
            hit = self._phrase(start + 1, k, lex.anonymity)  # its verb may be outside the phrase
            if hit is not None and hit[0] <= 1 and start + 1 + hit[0] + hit[1] == k:
                return start - 1 if start - 1 > floor and words[start - 1] in COMMA else start
            return None
        return None

    def _aside_opens(self, start: int, k: int) -> bool:
        """Tokens start..k are one aside between commas: a comma before start, none inside."""
        words = self.words
        return start > 0 and words[start - 1] in COMMA and not any(words[x] in COMMA for x in range(start, k))

    def headline(self, sent: Span, found: list[Attribution]) -> None:
        """SOURCE: CLAIM on a title line; an inner attribution gets SOURCE as intermediary."""
        doc, lex = self.doc, self.lex
        colon = next((t.i for t in sent if t.text == ":"), None)
        if colon is None or colon == sent.start:
            return
        quoting = sum(w in QUOTE_CHARS for w in self.words[sent.start : colon])
        if colon - sent.start - quoting > HEADLINE_LABEL:
            return  # (quotation marks around a body's name are no words of it)
        label = list(doc[sent.start : colon])
        blocked = phrase_at(label, lex.not_headline_sources)
        if (
            blocked is not None
            and blocked[0] == 0
            and not (
                sum(blocked) < len(label) and (h := lex.head(label[0].text)) is not None and h.cls == "source"
            )
        ):
            return  # المصدر: X is a credit line; مصدر عسكري: X is a source; جبهة تحرير أزواد: a name
        if any(self.verb(t) for t in label):
            return  # وقالت المحامية لصحيفة X: «...»: a verbal attribution, not a SOURCE: headline
        if self._outlet_only(colon + 1, sent.end):
            return  # بغداد: «الشرق الأوسط» / القاهرة: رويترز: a dateline, the place and the outlet
        source = self.mention(sent.start, colon, sent)
        if source is None:
            return
        inner = [a for a in found if a.cue.start > colon and a.cue.start < sent.end and a.speaker is not None]
        if inner:
            for a in inner:
                a.via.insert(0, source)
            return
        claim = self.claim_from(colon + 1, sent.end)
        if claim is not None:
            found.append(
                Attribution(
                    doc[colon : colon + 1], ":", "affirmed", "headline", claim, source, slot=source.slot
                )
            )

    def _outlet_only(self, start: int, end: int) -> bool:
        """Do the tokens start..end name an outlet and nothing else (a quoted name, or a known one)?"""
        words = [k for k in range(start, end) if not (self.punct[k] or self.space[k])]
        if not words or len(words) > MAX_OUTLET_WORDS + 1:
            return False
        hit = self._phrase(words[0], words[-1] + 1, self.lex.outlets)
        if hit is not None and hit[0] == 0 and words[0] + hit[1] > words[-1]:
            return True
        k = start
        while k < end and self.space[k]:
            k += 1
        if k < end and self._quoted_name_at(k):
            return self._after_quote(self.doc[k]) > words[-1]
        return False

    def run(self) -> list[Attribution]:
        lex = self.lex
        # Most sentences hold no cue at all: find the candidate words of the document in one pass.
        cues = marked(self.doc, lex.cue_forms.__contains__, forms=True)
        k = 0
        for start, end in sentence_bounds(self.doc):
            while k < len(cues) and cues[k] < start:
                k += 1
            first = k
            while k < len(cues) and cues[k] < end:
                k += 1
            has_cue = k > first
            title = self._is_title_line(start, end)
            if not (has_cue or title):
                continue
            sent = self.doc[start:end]
            before = len(self.out)
            if has_cue:
                self.sentence(sent, cues[first:k])
            if title:
                mine = self.out[before:]
                self.headline(sent, mine)
                self.out[before:] = sorted(mine, key=lambda a: a.cue.start)
        self.out = [part for a in self.out for part in self._second_claims(a)]
        for a in self.out:
            a.contrast = self._contrast_before(a)
        return self.out

    def _second_claims(self, a: Attribution) -> list[Attribution]:
        """The attribution, cut where a second claim of its speaker opens (CLAIM، واستعادوا السيطرة ...:
        a word of `second_claims` joined by و after a comma, outside a quotation): one per claim."""
        c0, c1 = a.claim
        cuts = [
            k
            for k in range(max(1, bisect_left(self.idx, c0)), bisect_left(self.idx, c1))
            if self._second_claim_at(k)
        ]
        if not cuts:
            return [a]
        starts = [c0, *(self.idx[k] + 1 for k in cuts)]  # the second claim opens past its و
        ends = [*(self.idx[k - 1] for k in cuts), c1]
        return [
            replace(a, claim=(x, x + len(self.text[x:y].rstrip()))) for x, y in zip(starts, ends, strict=True)
        ]

    def _second_claim_at(self, k: int) -> bool:
        """، و and a verb or verbal noun of a fight's events (وقتلوا، و«بسطت»، واعتقال; وقتل before a
        figure in digits), outside a quotation."""
        word, lex = "".join(c for c in self.normed[k] if c not in QUOTE_CHARS), self.lex
        figure = k + 1 < len(self.words) and self.normed[k + 1][:1].isdigit()
        return (
            word[:1] == "و"
            and (word[1:] in lex.second_claims or (figure and word[1:] in lex.second_claims_before_figure))
            and self.words[k - 1] in COMMA
            and not any(o < self.idx[k] < c for o, c in self.quotes)
        )

    def _reported_at(self, k: int) -> bool:
        """Token k opens a clause another verb reports (مشيرا إلى أن الإدارة أحصت ...): a complementizer
        before it, not the one of a contrast (غير أن مصدرا قدر ...)."""
        return k > 0 and self.normed[k - 1] in self.lex.complementizers and not self._contrast_ending(k)

    def _contrast_ending(self, k: int) -> int:
        """The length of the contrast phrase that ends right before token k (لكن، غير أن), 0 if none."""
        longest = len(self.lex.contrasts[0]) if self.lex.contrasts else 0  # (sorted longest first)
        return next(
            (
                n
                for n in range(longest, 0, -1)
                if k - n >= 0 and self._phrase(k - n, k, self.lex.contrasts) == (0, n)
            ),
            0,
        )

    def _contrast_before(self, a: Attribution) -> str | None:
        """The connector right before the attribution's first word (...، بينما قالت X، لكن مصدرا أكد، في
        المقابل، أعلنت X): the report sets its account against the one before it."""
        first = min(
            a.cue.start_char, a.claim[0], a.speaker.span.start_char if a.speaker else a.cue.start_char
        )
        k = bisect_left(self.idx, first)
        while k > 0 and self.words[k - 1] in COMMA:
            k -= 1
        n = self._contrast_ending(k)
        return " ".join(self.words[k - n : k]) if n else None

    def _is_title_line(self, start: int, end: int) -> bool:
        """A short line of its own with no sentence-final stop: a title or subtitle."""
        words, n = self.words, len(self.words)
        line_start = start == 0 or "\n" in words[start - 1]
        line_end = end >= n or "\n" in words[end - 1] or (end < n and "\n" in words[end])
        if not (line_start and line_end) or end - start > 80:
            return False
        punct, space = self.punct, self.space
        content = sum(1 for k in range(start, end) if not (punct[k] or space[k]))
        return 0 < content <= 20 and words[end - 1] not in (".", "؟", "!")


@Language.factory("tracker_attribution", default_config={"rules_dir": None})
def make_attribution(nlp: Language, name: str, rules_dir: str | None) -> AttributionComponent:
    return AttributionComponent(lexicon_mod.load(rules_dir))


class AttributionComponent:
    """Sets `doc._.attributions`: the cues, speakers, claims and chains of the document."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    def __call__(self, doc: Doc) -> Doc:
        doc._.attributions = Finder(doc, self.lex).run()
        return doc
