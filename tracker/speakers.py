"""What a speaker mention is: its type, whether it is anonymous, how verbs agree with it.

Decided from the lexicon (heads, titles, outlet and organization names) and the shape of the
mention: a definite singular post (المتحدث باسم الوزارة) designates one person, an indefinite one
(مسؤول أردني) hides him; a name in the mention's own phrase (not inside a complement such as
"في إدارة الرئيس باراك أوباما") makes it a named speaker.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from operator import itemgetter
from typing import Any, TypeVar

from spacy.tokens import Span, Token

from tracker.arabic import bare, norm, stems
from tracker.lexicon import POSSESSED, HeadInfo, Lexicon, Slot, clitic_forms
from tracker.models import SpeakerType

PREPOSITIONS = frozenset(
    {"في", "من", "عن", "على", "الي", "الى", "مع", "حول", "ضد", "لدي", "لدى", "داخل", "باسم"}
)
DUAL_WORDS = frozenset({"اثنان", "اثنين", "اثنتان", "اثنتين"})
ONE_WORDS = frozenset({"احد", "احدى", "احدي"})
QUANTIFIERS = (
    DUAL_WORDS
    | ONE_WORDS
    | frozenset({"ثلاثه", "اربعه", "خمسه", "عدد", "بعض", "كبار", "معظم", "غالبيه", "عشرات", "مئات"})
)
TOPIC_PREPOSITIONS = frozenset({"بشان", "بخصوص", "حيال", "ازاء"})  # وبشأن القصف، زعم: the matter spoken of
NOT_OPENING = (
    PREPOSITIONS
    | TOPIC_PREPOSITIONS
    | frozenset({"خلال", "عبر", "امام", "اثناء", "ضمن", "بعد", "قبل", "منذ", "عند", "ل", "ب"})
)
"""A phrase opening with a preposition (with و/ف or not), or a clitic written apart, is a circumstance or a
channel, never a speaker: وفي مدينة الرمادي، ... أعلن / وقال في تصريح لوكالة X / قالت لـ«X»."""


def _opens_with_preposition(word: str, first: str) -> bool:
    """`first` (the word normalized) is a preposition, with و/ف or not; والي (a governor) is no وإلى,
    which is written with alef maqsura however the normalizer spells the two alike."""
    if first in NOT_OPENING:
        return True
    rest = first[1:] if first[:1] in "وف" else ""
    return rest in NOT_OPENING and not (rest == "الي" and word.endswith("ي"))


ACCUSATIVE_AFTER = frozenset({"ان", "لكن", "ولكن"})
"""The particles after which a subject is accusative (أن، إن، لكن)."""
FORMER = frozenset({"السابق", "سابق", "السابقه", "سابقه", "السابقين", "سابقون", "السابقون"})
OFFICIAL_SITE = frozenset({"الرسمي", "الرسميه"})

T = TypeVar("T")


@dataclass
class Mention:
    """A speaker or intermediary as written at one place in the article."""

    span: Span
    type: SpeakerType
    anonymous: bool
    slot: Slot | None
    nonhuman: bool = False
    named: bool = False
    role: str | None = None
    nationality: str | None = None
    affiliation: str | None = None
    resolved: str = ""
    keys: frozenset[str] = field(default_factory=frozenset)
    head: str | None = None
    channel: bool = False  # the outlet a speaker talked to (لـ«الشرق الأوسط»): a hearer, not a speaker

    def __post_init__(self) -> None:
        if not self.resolved:
            self.resolved = span_text(self.span)


def span_text(span: Span) -> str:
    """`span.text`, sliced from the tokenizer's copy of the text when the doc keeps one (no Token made)."""
    text = span.doc.user_data.get("text")
    return text[span.start_char : span.end_char] if isinstance(text, str) else span.text


def _content(tokens: Sequence[Token]) -> list[Token]:
    return [t for t in tokens if not (t.is_punct or t.is_space)]


def is_name_like(t: Token, lex: Lexicon) -> bool:
    """Proper-name shape: not a lexicon word, not a function word; ال only on nisba surnames (الموسوي).

    Decided by the word alone (its text and lexeme flags), so remembered per word.
    """
    known = lex.name_like.get(t.text)
    if known is None:
        if len(lex.name_like) > 100_000:
            lex.name_like.clear()
        known = lex.name_like[t.text] = t.is_alpha and not t.is_stop and _name_shaped(t.text, lex)
    return known


def _name_shaped(text: str, lex: Lexicon) -> bool:
    n = norm(text)
    if len(n) < 2 or n in PREPOSITIONS:
        return False
    if lex.head(text) or lex.nationality(text) or n in lex.time_words or n in lex.not_sources:
        return False
    if n in lex.official_titles or n in lex.person_titles or n in lex.complementizers:
        return False
    if n.endswith(("يون", "يين", "يه", "ون")) and n not in lex.given_names:
        return False  # plural and feminine adjectives (استخباريين، الأمريكية، مطلعون)
    if n.startswith(("بال", "لل", "كال", "فال")):
        return False  # a preposition on a definite noun (بالنسبة، للأمم) is no name
    if n.endswith(("ها", "هم", "هما")) and len(n) > 4:
        return False  # a possessive pronoun (رئيسها، قادتهم) is no name
    if n in lex.verb_forms:
        return False  # يقول، أكد: a reporting verb
    if n.startswith("ال"):
        return n.endswith("ي") and len(n) > 4
    # (و is a conjunction on most words, not on وليد or وائل)
    return not n.startswith("و") or n in lex.given_names or n[1:] in lex.given_names


def _name_run(zone: Sequence[Token], lex: Lexicon) -> bool:
    """Two name-shaped words in a row (جيمس كلابر، ارديان سيبا): a personal name."""
    return any(is_name_like(a, lex) and is_name_like(b, lex) for a, b in pairwise(zone))


_BY_FIRST_WORD: dict[int, tuple[list[Any], dict[str, list[tuple[int, Any]]]]] = {}


def by_first_word(items: list[T], first: Callable[[T], str]) -> dict[str, list[tuple[int, T]]]:
    """`items` grouped by the first word of their phrase, each with its list position.

    One dict lookup per token instead of a scan of every phrase. Cached per list object: the
    lexicon's lists are built once and never changed; the cache keeps them alive, so ids stay unique.
    """
    hit = _BY_FIRST_WORD.get(id(items))
    if hit is not None and hit[0] is items:
        return hit[1]
    index: dict[str, list[tuple[int, T]]] = {}
    for k, item in enumerate(items):
        index.setdefault(first(item), []).append((k, item))
    if len(_BY_FIRST_WORD) < 64:
        _BY_FIRST_WORD[id(items)] = (items, index)
    return index


_FIRST_FORMS: dict[int, tuple[list[Any], frozenset[str]]] = {}


def first_forms(phrases: list[tuple[str, ...]]) -> frozenset[str]:
    """`clitic_forms` of the phrases' first words, cached per list object like `by_first_word`."""
    hit = _FIRST_FORMS.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    forms = clitic_forms({p[0] for p in phrases})
    if len(_FIRST_FORMS) < 64:
        _FIRST_FORMS[id(phrases)] = (phrases, forms)
    return forms


def phrase_at(tokens: Sequence[Token], phrases: list[tuple[str, ...]]) -> tuple[int, int] | None:
    """First (start, length) where one of the phrases occurs, clitics on its first word allowed.

    At one start the phrase listed first wins.
    """
    texts = [t.text for t in tokens]
    return phrase_in(texts, [norm(w) for w in texts], phrases)


SHORT_PEELED = ("ل", "ب")
"""Prepositions peeled from a three-letter word for phrase matching only (لبي بي سي، لتل أبيب): `stems`
keeps such words whole, so that لما or بان are not read as ما or ان everywhere."""


def _phrase_stems(text: str) -> tuple[str, ...]:
    """`stems`, and a phrase's two-letter first word behind a one-letter preposition (لبي: بي)."""
    found = stems(text)
    w = found[-1]
    return (*found, w[1:]) if len(w) == 3 and w[0] in SHORT_PEELED else found


def phrase_in(
    texts: Sequence[str], normed: Sequence[str], phrases: list[tuple[str, ...]]
) -> tuple[int, int] | None:
    """`phrase_at` on token texts and their `norm` forms (slices of a document's word lists)."""
    index = by_first_word(phrases, itemgetter(0))
    forms = first_forms(phrases)
    for i, text in enumerate(texts):
        if normed[i] not in forms:
            continue  # most words start no phrase, with or without clitics
        best: tuple[int, int] | None = None
        for stem in _phrase_stems(text):
            for k, phrase in index.get(stem, ()):
                n = len(phrase)
                if (best is not None and k > best[0]) or i + n > len(normed):
                    continue
                if tuple(normed[i + 1 : i + n]) == phrase[1:]:
                    best = (k, n)
        if best is not None:
            return i, best[1]
    return None


def keys_of(tokens: Sequence[Token], lex: Lexicon) -> frozenset[str]:
    """Content words of a mention, clitics peeled and heads lemmatized, for matching mentions."""
    out = set()
    for t in _content(tokens):
        n = norm(t.text)
        if t.is_stop or n in PREPOSITIONS or len(n) < 2:
            continue
        head = lex.head(t.text)
        # المتحدث = الناطق, المسؤولون = المسؤول: one lemma; but the bodies a lemma lists are different
        # nouns (الحكومة is not الوزارة, الجيش not المجلس)
        if head is None:
            out.add(stems(t.text)[-1])
        elif head.cls in DISTINCT_NOUNS:  # the noun itself, its clitics peeled (not وزارة as و + زارة)
            out.add(next((f for f in stems(t.text) if f in lex.heads and not f.startswith("ال")), n))
        else:
            out.add(head.lemma)
    return frozenset(out)


DISTINCT_NOUNS = frozenset({"organization", "outlet", "document"})
"""Head classes whose lemma lists different nouns of one kind, not forms of one word."""


QUOTED_NAME_WORDS = 4
"""The most words of a speaker named by a quoted name alone («سرايا أنصار السنة»)."""


def _quoted_whole(span: Span) -> bool:
    """The phrase is one quotation: «...» or "..." around all its words."""
    text = span.text.strip(" ،,")
    return len(text) > 2 and text[0] in '«"“' and text[-1] in '»"”' and text.count("«") <= 1


def classify(
    span: Span,
    lex: Lexicon,
    anonymity_phrase: bool = False,
    known: frozenset[str] = frozenset(),
    subject: bool = False,
) -> Mention | None:
    """The mention's type and anonymity, or None when the phrase cannot be a source.

    `known`: normalized words of people already named in the article, so that a bare surname
    (كلابر، النعيمي) is recognised as the same person; `subject`: the phrase stands right before
    its verb (النعيمي قال إن), where a lone name-shaped word is a name.
    """
    tokens = _content(list(span))
    if not tokens:
        return None
    first = norm(tokens[0].text)
    org = phrase_at(tokens, lex.organizations)
    named_body = org is not None and org[0] == 0  # المنطقة العسكرية الخامسة, though المنطقة alone is none
    if not named_body and (first in lex.not_sources or stems(tokens[0].text)[-1] in lex.not_sources):
        return None
    if _opens_with_preposition(tokens[0].text, first):
        return None
    lead = 2 if len(tokens) > 2 and first in QUANTIFIERS and norm(tokens[1].text) == "من" else 0
    zone = _head_zone(tokens[lead:])  # اثنان من مسؤولي الاستخبارات: the head follows من
    head: HeadInfo | None = None
    title: str | None = None
    head_token: Token | None = None
    titles = lex.official_titles | lex.person_titles
    # غير أن قائدا ميدانيا أقر: after إن / أن / لكن an indefinite head is accusative
    after_particle = span.start > 0 and norm(span.doc[span.start - 1].text) in ACCUSATIVE_AFTER
    # صاحب السمو الملكي الأمير ...: a style of address, no owner; the title after it heads the phrase
    styled = {
        k
        for i in range(len(zone) - 1)
        if (norm(zone[i].text), norm(zone[i + 1].text)) in lex.honorifics
        for k in (i, i + 1)
    }
    for i, t in enumerate(zone):
        if i in styled:
            continue
        n = norm(t.text)
        nxt = zone[i + 1] if i + 1 < len(zone) else None
        if n in titles and nxt is not None and is_name_like(nxt, lex):
            title = "official" if n in lex.official_titles else "person"
            head_token = head_token or t
            break
        h = lex.head(t.text) or (lex.accusative_head(t.text) if after_particle and t is zone[0] else None)
        if h:
            head, head_token = h, t
            break
    names = [t for t in zone if is_name_like(t, lex) and t is not head_token]
    given = any(s in lex.given_names for t in zone for s in stems(t.text))
    outlet = phrase_at(tokens, lex.outlets)
    nationality = next((nat for t in tokens if (nat := lex.nationality(t.text))), None)
    slot: Slot | None = head.slot if head else None
    if first in DUAL_WORDS:
        slot = "du"
    elif first in ONE_WORDS:
        slot = "msg" if first == "احد" else "fsg"
    role = None
    if head_token is not None:
        role = " ".join(t.text for t in zone[zone.index(head_token) :] if not is_name_like(t, lex)) or None

    affiliation = _affiliation(tokens, head_token, org, lex)

    def make(type_: SpeakerType, anonymous: bool, named: bool = False) -> Mention:
        return Mention(
            span,
            type_,
            anonymous,
            slot,
            bool(head and head.nonhuman),
            named,
            role,
            nationality,
            affiliation,
            keys=keys_of(tokens, lex),
            head=head.lemma if head else None,
        )

    # A government seat, state, body or armed group named as such: واشنطن، الأمم المتحدة، داعش
    if head is None and title is None and org is not None and org[0] == 0:
        m = make("organization", False)
        m.slot = m.slot or "fsg"
        return m
    cls = head.cls if head else None
    if cls == "document":
        definite = any(s.startswith("ال") for s in stems(tokens[0].text))
        attributed = (
            org is not None
            or outlet is not None
            or any((h := lex.head(t.text)) and h.cls in ("organization", "outlet") for t in tokens[1:])
        )
        return make("document", not definite and not attributed)
    if cls == "outlet" or (cls is None and title is None and outlet is not None):
        if (
            head is not None
            and head.lemma == "موقع"
            and any(norm(t.text) in OFFICIAL_SITE for t in tokens[1:4])
        ):
            return make("organization", False)  # الموقع الرسمي للوزارة: the ministry speaking
        if outlet is None and head_token is not None and _body_of_people(tokens, head_token, lex):
            return make("organization", False)  # شبكة أطباء السودان: a network of doctors
        unnamed = head is not None and head.lemma == "وسائل" and outlet is None
        m = make("media_outlet", unnamed)
        m.slot = m.slot or "fsg"
        return m
    if cls == "organization":
        return make("organization", False)
    # القيادي في الحركة، النقيب محمد سالم: a rank and a name in apposition make a named official
    # (after a comma or a quoted name: a title inside the complement is someone else's, في إدارة الرئيس X)
    ranked = cls in ("official", "person") and any(
        prev.text in APPOSITION_OPENERS and norm(t.text) in lex.official_titles and is_name_like(nxt, lex)
        for prev, t, nxt in zip(span, span[1:], span[2:], strict=False)
    )
    named = title is not None or given or ranked or _name_run(zone, lex) or _trailing_name(tokens, zone, lex)
    former = any(norm(t.text) in FORMER for t in zone)
    if cls == "source":
        # مصدر أمني، مصادر في الشرطة، مصدر في الحشد الشعبي: a marker, or a body the source is in
        official = any(
            norm(t.text) in lex.official_markers
            or stems(t.text)[-1] in lex.official_markers
            or ((h := lex.head(t.text)) is not None and h.cls == "organization")
            for t in tokens[1:]
        )
        return make("anonymous_official" if official else "anonymous_source", True)
    if cls in ("official", "person") or title is not None:
        is_official = (cls == "official" or title == "official" or ranked) and not former
        if named and not anonymity_phrase:
            m = make("named_official" if is_official else "named_person", False, named=True)
            m.slot = m.slot or "msg"
            return m
        if cls == "person" or (
            former and not is_official and head is not None and not _definite_single(tokens, head, lex)
        ):
            return make("anonymous_source" if cls == "person" else "anonymous_official", True)
        if is_official and not anonymity_phrase and head is not None and _definite_single(tokens, head, lex):
            return make("named_official", False, named=True)  # المتحدث باسم الوزارة: one identifiable person
        return make("anonymous_official", True)
    # «الدعم السريع» أكدت / نفت «سرايا أنصار السنة»: a name in quotation marks and nothing else is
    # a group's (or an outlet's, when known: handled above)
    if head is None and title is None and _quoted_whole(span) and len(tokens) <= QUOTED_NAME_WORDS:
        m = make("organization", False)
        m.slot = m.slot or "fsg"
        return m
    # No head word: a bare name (كلابر، النعيمي), a name and its apposition after a comma (ماريا
    # تيريزا، الراهبة التي ...), or nothing a source can be.
    first_known = bool(names) and names[0] is tokens[0] and (norm(names[0].text) in known or subject)
    if len(tokens) == 1 and first in known and first.startswith("ال") and _name_shaped(first[2:], lex):
        first_known = True  # وقال الشعار: the surname of كمال الشعار, named before, not "the slogan"
    own = _before_comma(span)
    own_given = any(s in lex.given_names for t in own for s in stems(t.text))
    if len(own) <= 4 and (own_given or _name_run(own[:3], lex) or first_known):
        m = make("named_person", False, named=True)
        m.slot = "msg"
        return m
    return None


APPOSITION_OPENERS = frozenset({"،", ",", "»", "”", '"'})  # what a rank in apposition follows

APPOSITION = frozenset({"وهو", "وهي", "وهم", "وهما"})  # سلوى داود وهي نائبة ...: what follows describes her


BODY_REACH = 2
"""How many words after an outlet's word a body of people may be named (الشبكة السورية لحقوق الإنسان)."""


def _body_of_people(tokens: Sequence[Token], head: Token, lex: Lexicon) -> bool:
    """An outlet's word names a body of people (شبكة أطباء السودان، الشبكة السورية لحقوق الإنسان)."""
    k = next(i for i, t in enumerate(tokens) if t is head)
    return any(not lex.bodies_of_people.isdisjoint(stems(t.text)) for t in tokens[k + 1 : k + 1 + BODY_REACH])


def _before_comma(span: Span) -> list[Token]:
    """The words of the span before its first comma or وهو/وهي (an apposition follows them)."""
    out = []
    for t in span:
        if t.text in ("،", ",") or t.text in APPOSITION:
            break
        if not (t.is_punct or t.is_space):
            out.append(t)
    return out


def _trailing_name(tokens: list[Token], zone: list[Token], lex: Lexicon) -> bool:
    """A name after the complement, not owned by a title inside it.

    عضو البرلمان السابق في الأنبار جابر الجابري: the speaker's name; في إدارة الرئيس باراك أوباما and
    لرئيس الوزراء العراقي نوري المالكي: the name of someone else, the title just before it.
    """
    rest = [t for t in tokens if t not in zone and not t.is_punct]
    places = _place_names([t for t in tokens if t not in zone], lex)
    for i, t in enumerate(rest):
        if t.i in places:
            continue
        given = any(s in lex.given_names for s in stems(t.text))
        if not (given or (i + 1 < len(rest) and is_name_like(t, lex) and is_name_like(rest[i + 1], lex))):
            continue
        j = i - 1
        owned = False
        while j >= 0 and i - j <= 3:
            n = norm(rest[j].text)
            # (not an honorific: مدير مكتب الصحة في محافظة تعز الدكتور X, the director's own title; a body
            # owns the name after it, قيادة عمليات بابل, save a given name: أستاذ في جامعة البصرة علي X)
            h = lex.head(rest[j].text)
            by_body = h is not None and h.cls == "organization" and given
            if (h and not by_body and n not in lex.person_titles) or n in lex.official_titles:
                owned = True
                break
            if not (n.startswith("ال") or lex.nationality(rest[j].text)):
                break
            j -= 1
        if not owned:
            return True
    return False


def _place_names(tokens: list[Token], lex: Lexicon) -> frozenset[int]:
    """The tokens of a word for a place and the place's name after it, up to a mark (سكان في بلدة عين
    عيسى; قائد القوة في ولاية بورنو، موسى بولاما: the commander's name after the comma)."""
    out: set[int] = set()
    place = False
    for t in tokens:
        after_mark = t.i > 0 and t.doc[t.i - 1].is_punct  # (the mention's tokens may leave marks out)
        place = not t.is_punct and (
            not lex.place_nouns.isdisjoint(stems(t.text))
            or (place and not after_mark and is_name_like(t, lex))
        )
        if place:
            out.add(t.i)
    return frozenset(out)


def _affiliation(
    tokens: list[Token], head_token: Token | None, org: tuple[int, int] | None, lex: Lexicon
) -> str | None:
    """The body a speaker speaks for, named after his post: المتحدث باسم وزارة الدفاع -> وزارة الدفاع."""
    if head_token is None:
        return None
    after = tokens[tokens.index(head_token) + 1 :] if head_token in tokens else []
    for i, t in enumerate(after):
        h = lex.head(t.text)
        if (h and h.cls == "organization") or (org is not None and tokens.index(t) == org[0]):
            words = []
            for u in after[i:]:
                n = norm(u.text)
                if u.text in ("،", ",", "(") or n in lex.official_titles or n in lex.person_titles:
                    break  # the body ends where the speaker's own title or name begins
                if is_name_like(u, lex) and not n.startswith("ال"):
                    break
                words.append(u.text)
            return " ".join(words).strip('«»“”"') or None
    return None


def _head_zone(tokens: list[Token]) -> list[Token]:
    """The mention's own phrase: up to the first preposition of a complement, across appositions."""
    out: list[Token] = []
    skipping = False
    for t in tokens:
        if t.text in ("،", ","):
            skipping = False
            continue
        n = norm(t.text)
        if n in PREPOSITIONS or (out and len(n) > 3 and n[0] in "لب" and n[1:3] == "ال"):
            skipping = True
        if not skipping:
            out.append(t)
    return out


def _definite_single(tokens: list[Token], head: HeadInfo, lex: Lexicon) -> bool:
    """A singular post with the article, a possessive or a definite complement: المتحدث، متحدثهم، مدير
    الاستخبارات (not a title many hold at once: القيادي في الحركة)."""
    if head.slot not in ("msg", "fsg") or head.lemma in lex.many_heads:
        return False
    first = norm(tokens[0].text)
    if first.startswith("ال") or first.startswith("وال") or bare(tokens[0].text).endswith(POSSESSED):
        return True
    return len(tokens) > 1 and norm(tokens[1].text).startswith("ال") and not lex_adjective(tokens[1].text)


def lex_adjective(text: str) -> bool:
    """Nisba adjectives (الأمريكي، العراقية) agree with a head; they do not make it definite."""
    n = norm(text)
    return n.endswith(("ي", "يه", "يون", "يين"))


def agrees(slot: Slot | None, m: Mention) -> bool:
    """Does a verb or pronoun of this slot agree with the mention? Non-human plurals are feminine singular."""
    if slot is None or m.slot is None:
        return slot in (None, "msg", "fsg") and m.slot in (None, "msg", "fsg")
    if m.nonhuman and m.slot in ("mpl", "fpl"):
        return slot in ("fsg", "fpl")
    if slot == m.slot:
        return True
    if slot == "mpl" and m.slot == "du":
        return True  # مصدران ...، مضيفين أن: a dual's participle is written as the plural's
    if slot == "du" and any(_joined(w) for w in m.resolved.split()[1:]):
        return True  # الوزارة والقوة أكدتا ...، مشيرتين إلى: two bodies joined by و are a dual
    return {slot, m.slot} <= {"mpl", "fpl"}


def _joined(word: str) -> bool:
    """A word joined by و to what comes before (وقوة، ونظيرته; not و2011, nor وهو)."""
    return word.startswith("و") and len(word) > 3 and word[1].isalpha()
